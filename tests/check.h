/*
** check.h: the smallest test harness that does the job.
**
** A C test is a program whose checks print TAP lines ("ok N - what",
** "not ok N - what # file:line"); meson runs it with protocol 'tap'.
** CHECK never stops the program, so one run reports every failure.
**
**     int main(void) {
**         CHECK(1 + 1 == 2, "addition");
**         CHECK_STR(name, "wuzhen", "pack name");
**         return check_done();
**     }
*/
#ifndef WIC_CHECK_H
#define WIC_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_count, check_failed;

/* A description on one line: a test sentence's line breaks as "\n", so
** TAP readers do not take its second line for output of their own. */
static void check_print_what(const char *what)
{
    for (; *what; what++) {
        if (*what == '\n')
            fputs("\\n", stdout);
        else if (*what == '#')
            fputs("\\#", stdout); /* TAP reads "#" as a directive */
        else
            putchar(*what);
    }
}

static void check_report(int ok, const char *what, const char *file,
                         int line)
{
    check_count++;
    if (!ok)
        check_failed++;
    printf("%s %d - ", ok ? "ok" : "not ok", check_count);
    check_print_what(what);
    if (!ok)
        printf(" # %s:%d", file, line);
    putchar('\n');
    fflush(stdout);
}

#define CHECK(cond, what) check_report(!!(cond), (what), __FILE__, __LINE__)

#define CHECK_STR(got, want, what)                                         \
    do {                                                                   \
        const char *check_got_ = (got), *check_want_ = (want);             \
        int check_ok_ = (check_got_ == NULL && check_want_ == NULL) ||     \
                        (check_got_ && check_want_ &&                      \
                         strcmp(check_got_, check_want_) == 0);            \
        if (!check_ok_)                                                    \
            printf("# got \"%s\", want \"%s\"\n",                          \
                   check_got_ ? check_got_ : "(null)",                     \
                   check_want_ ? check_want_ : "(null)");                  \
        check_report(check_ok_, (what), __FILE__, __LINE__);               \
    } while (0)

#define CHECK_NUM(got, want, what)                                         \
    do {                                                                   \
        double check_got_ = (got), check_want_ = (want);                   \
        int check_ok_ = fabs(check_got_ - check_want_) <=                  \
                        1e-9 * (fabs(check_want_) + 1);                    \
        if (!check_ok_)                                                    \
            printf("# got %.17g, want %.17g\n", check_got_, check_want_);  \
        check_report(check_ok_, (what), __FILE__, __LINE__);               \
    } while (0)

static int check_done(void)
{
    printf("1..%d\n", check_count);
    return check_failed ? 1 : 0;
}

#endif
