/*
** test_hostile.c: inputs meant to break the scanner: nothing, garbage,
** one enormous line, absurd numbers, endless scale words, invalid UTF-8,
** numbers glued to everything.  Each must end quickly with sane output
** (every figure finite, its span inside the text); and the scan must be
** linear: the cost per byte of 4 MB may not be far above that of 200 KB.
*/
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "extract/figure.h"
#include "extract/figure_format.h"

static struct figure_list list;

static int sane(const char *text, size_t len)
{
    figure_list_clear(&list);
    struct extract_options o = {0};
    o.year = 2018;
    if (figure_scan(text, len, &o, &list) != 0)
        return 0;
    for (size_t i = 0; i < list.count; i++) {
        const struct figure *f = &list.items[i];
        if (f->start >= f->end || f->end > len || !isfinite(f->value) ||
            !f->unit || !f->role)
            return 0;
        if (f->pair >= (int)list.count)
            return 0;
    }
    /* and the JSON writer copes with whatever came out */
    FILE *out = fopen("/dev/null", "w");
    int ok =
        out && figure_write_jsonl(out, "x", list.items, list.count, text) == 0;
    if (out)
        fclose(out);
    return ok;
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void empty_and_garbage(void)
{
    CHECK(sane("", 0) && list.count == 0, "empty input");
    CHECK(sane(NULL, 0) && list.count == 0, "NULL with length 0");
    char *junk = malloc(1 << 20);
    unsigned x = 12345;
    if (!junk)
        return;
    for (int i = 0; i < 1 << 20; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (char)(x >> 16);
    }
    CHECK(sane(junk, 1 << 20), "1 MB of random bytes");
    for (int i = 0; i < 1 << 20; i++)
        junk[i] = "0123456789.,-$%"[(x = x * 1103515245u + 12345u) >> 16 & 15];
    CHECK(sane(junk, 1 << 20), "1 MB of digits and separators");
    free(junk);
    const char bad_utf8[] = "Sales \xff\xfe rose \xc3 5 \xe2\x82 percent "
                            "\xf0\x9f and $\x80"
                            "3 million\xc0\xaf.";
    CHECK(sane(bad_utf8, sizeof bad_utf8 - 1), "invalid UTF-8");
    const char nul[] = "It cost $5\0 million and 7\0% more.";
    CHECK(sane(nul, sizeof nul - 1), "NUL bytes inside");
}

static void absurd_numbers(void)
{
    size_t n = 10000;
    char *big = malloc(n + 32);
    if (!big)
        return;
    memcpy(big, "It cost $", 9);
    memset(big + 9, '9', n);
    memcpy(big + 9 + n, " million.", 10);
    CHECK(sane(big, strlen(big)), "10,000-digit number");
    CHECK(list.count == 0, "an impossible number is not a figure");
    free(big);
    CHECK(sane("It cost $1.7976931348623157e308 million.", 40), "near DBL_MAX");
    const char *many = "$999,999,999,999,999,999,999 trillion trillion";
    CHECK(sane(many, strlen(many)), "overflowing scale");
    CHECK(list.count == 0 || isfinite(list.items[0].value),
          "value stays finite");
}

static void glued(void)
{
    const char *cases[] = {"abc123def",
                           "12.34.56",
                           "$$$5",
                           "5%%%",
                           "1,2,3,4,5",
                           "--5--",
                           "5-",
                           "-",
                           "$",
                           "%",
                           "1e5",
                           "0x1F",
                           "5.",
                           ".5.",
                           "((5))",
                           "5(6)7",
                           "\xe2\x80\x93"
                           "5",
                           "5\xe2\x80\x93",
                           "1,,000",
                           "1,0000",
                           "0.0.0.0",
                           "+86 5"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "glued: %s", cases[i]);
        CHECK(sane(cases[i], strlen(cases[i])), what);
    }
    sane("abc123def", 9);
    CHECK(list.count == 0, "digits inside a word are not a figure");
    sane("12.34.56", 8);
    CHECK(list.count == 0, "a version number is not a figure");
    sane("1,2,3,4,5", 9);
    CHECK(list.count == 0, "a list glued by commas is not a figure");
    sane("--5--", 5);
    CHECK(list.count == 0, "dashes around a number");
    sane("$$$5", 4);
    CHECK(list.count == 1 && list.items[0].value == 5,
          "$$$5 is at most one figure of 5");
}

/* Short sentences of pieces the scanner reacts to, in random order:
** every look-back and look-ahead meets every neighbour sooner or later. */
static void soup(void)
{
    static const char *pieces[] = {
        "5",
        "2018",
        "0086",
        "1,234",
        "3.5",
        "12.34.56",
        "-",
        "\xe2\x80\x93",
        "$",
        "US$",
        "HK$",
        "\xc2\xa5",
        "\xe2\x82\xac",
        "%",
        "percent",
        "per cent",
        "million",
        "bn",
        "k",
        "m",
        "\xe4\xba\xbf",
        "\xe5\x85\x83",
        "yuan",
        "dollars",
        "to",
        "and",
        "between",
        "from",
        "of",
        "the",
        "a",
        "an",
        "one",
        "two",
        "twenty",
        "-",
        "one",
        "hundred",
        "half",
        "dozen",
        "times",
        "fold",
        "year",
        "years",
        "ago",
        "last",
        "this",
        "first",
        "about",
        "more than",
        "up to",
        "at least",
        "or more",
        "+",
        "(",
        ")",
        ",",
        ".",
        ";",
        ":",
        "/",
        "'s",
        "Tel:",
        "No.",
        "Web",
        "Zhejiang",
        "Hong Kong",
        "the province's",
        "reached",
        "rose",
        "up",
        "by",
        "accounting for",
        "expected to",
        "will",
        "in",
        "Oct.",
        "December",
        "4G",
        "people",
        "base stations",
        "square",
        "kilometers",
        "\n",
        "\n\n",
        "www.x.cn",
        "a@b.cn",
        "\xff",
        "\xc3",
        "\xe4\xb8",
        "year-on-year",
        "compared with",
        "or",
        "since",
        "by 2030",
        "x",
    };
    size_t np = sizeof pieces / sizeof pieces[0];
    unsigned x = 99;
    char buf[512];
    int ok = 1;
    for (int round = 0; round < 20000 && ok; round++) {
        size_t n = 0;
        int words = 1 + (int)((x = x * 1103515245u + 12345u) >> 16) % 24;
        for (int w = 0; w < words; w++) {
            const char *p = pieces[((x = x * 1103515245u + 12345u) >> 16) % np];
            size_t m = strlen(p);
            if (n + m + 1 >= sizeof buf)
                break;
            memcpy(buf + n, p, m);
            n += m;
            if (((x = x * 1103515245u + 12345u) >> 16) % 3)
                buf[n++] = ' ';
        }
        ok = sane(buf, n);
        if (!ok)
            printf("# failed on: %.*s\n", (int)n, buf);
    }
    CHECK(ok, "20,000 random sentences of figure pieces");
}

static char *repeat(const char *unit, size_t times, size_t *len)
{
    size_t n = strlen(unit);
    char *s = malloc(n * times + 1);
    if (!s)
        abort();
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * n, unit, n);
    s[n * times] = '\0';
    *len = n * times;
    return s;
}

static void floods(void)
{
    size_t len;
    char *s = repeat("million ", 100000, &len);
    double t0 = seconds();
    CHECK(sane(s, len) && list.count == 0, "'million' 100,000 times");
    free(s);
    s = repeat("a million million ", 50000, &len);
    CHECK(sane(s, len), "'a million million' 50,000 times");
    free(s);
    s = repeat("5 ", 200000, &len);
    CHECK(sane(s, len), "numbers side by side");
    free(s);
    s = repeat("$5-", 100000, &len);
    CHECK(sane(s, len), "a chain of dashes");
    free(s);
    s = repeat("2018 ", 100000, &len);
    CHECK(sane(s, len) && list.count == 0, "years only");
    free(s);
    s = repeat("Wuzhen ", 100000, &len);
    CHECK(sane(s, len) && list.count == 0, "one name repeated");
    free(s);
    s = repeat("\xe4\xb8\x87", 100000, &len);
    CHECK(sane(s, len), "Chinese scale characters only");
    free(s);
    /* tables and unit lines: a row of 100,000 tab cells under a header
    ** of years, a unit line naming 50,000 units, signs in brackets */
    s = repeat("2024\t", 100000, &len);
    s[len - 1] = '\n';
    char *row = repeat("5.5\t", 100000, &len);
    size_t hl = strlen(s);
    char *table = malloc(hl + len + 1);
    if (!table)
        abort();
    memcpy(table, s, hl);
    memcpy(table + hl, row, len + 1);
    CHECK(sane(table, hl + len), "a tab table 100,000 cells wide");
    free(table);
    free(row);
    free(s);
    s = repeat("\xe5\x8d\x95\xe4\xbd\x8d\xef\xbc\x9a\xe4\xba\xbf"
               "\xe5\x85\x83\xef\xbc\x8c",
               50000, &len); /* "单位：亿元，" */
    CHECK(sane(s, len), "unit lines 50,000 times");
    free(s);
    s = repeat("Unit: Yuan, % ", 50000, &len);
    CHECK(sane(s, len), "'Unit: Yuan, %' 50,000 times");
    free(s);
    s = repeat("(+(-", 100000, &len);
    CHECK(sane(s, len) && list.count == 0, "signs in brackets, no number");
    free(s);
    s = repeat("SR Sh TL 1 ", 100000, &len);
    CHECK(sane(s, len) && list.count == 0,
          "currency letters before plain numbers are no money");
    free(s);
    /* the page's money: notes, shared words and one-letter signs, each
    ** repeated; placeholders resolved at the end for every figure */
    s = repeat("Values are in New Zealand dollars. Exports rose $5 billion. ",
               50000, &len);
    CHECK(sane(s, len) && list.count == 50000 &&
              strcmp(list.items[49999].unit, "NZD") == 0,
          "50,000 dollar notes and bare dollars");
    free(s);
    s = repeat("Karachi earned Rs 5 crore and 3 billion shillings. ", 50000,
               &len);
    CHECK(sane(s, len) && list.count == 100000 &&
              strcmp(list.items[0].unit, "PKR") == 0,
          "shared currency words 100,000 times");
    free(s);
    s = repeat("R5 N95 P2P R1.5bn\n  indented ", 50000, &len);
    CHECK(sane(s, len), "one-letter signs and indented lines");
    free(s);
    CHECK(seconds() - t0 < 10, "floods take seconds, not minutes");
}

/* One line of news-like text, `size` bytes, no line breaks at all. */
static char *one_line(size_t size)
{
    static const char *parts[] = {
        "Sales in Zhejiang reached 37.73 billion yuan (US$5.41 billion), ",
        "up 51.4 percent year-on-year, and over 700 talents came; ",
        "the 2,507 4G base stations cost about $2-3 million in 2018 ",
        "while Tel: 0086-571-85311391 and www.example.com stay quiet ",
    };
    char *s = malloc(size + 1);
    size_t n = 0, k = 0;
    if (!s)
        abort();
    while (n < size) {
        const char *p = parts[k++ % 4];
        size_t m = strlen(p);
        if (n + m > size)
            m = size - n;
        memcpy(s + n, p, m);
        n += m;
    }
    s[n] = '\0';
    return s;
}

static double cost_per_byte(size_t size, size_t *figures)
{
    char *s = one_line(size);
    double best = 1e9;
    for (int r = 0; r < 5; r++) {
        double t0 = seconds();
        sane(s, size);
        double t = seconds() - t0;
        if (t < best)
            best = t;
    }
    *figures = list.count;
    free(s);
    return best / (double)size;
}

static void linear(void)
{
    size_t small_figs, big_figs;
    double small = cost_per_byte(200 * 1000, &small_figs);
    double big = cost_per_byte(4 * 1000 * 1000, &big_figs);
    printf("# per byte: 200 KB %.2f ns, 4 MB %.2f ns\n", small * 1e9,
           big * 1e9);
    CHECK(big_figs > 15 * small_figs, "figures grow with the text");
    /* 20 times the text: a quadratic scan would cost 20 times as much per
    ** byte; the margin below that absorbs a machine shared with other
    ** jobs (seen: 5 times, on two busy cores) */
    CHECK(big < small * 10 + 20e-9, "4 MB costs about what 200 KB does per "
                                    "byte: the scan is linear");
}

/* Articles are scanned in parallel: the shared tables are built once and
** read-only, each scan has its own state. */
struct job {
    const char *text;
    size_t len, count;
    double sum;
};

static void *scan_job(void *arg)
{
    struct job *j = arg;
    struct figure_list l;
    figure_list_init(&l);
    for (int r = 0; r < 4; r++) {
        figure_list_clear(&l);
        figure_scan(j->text, j->len, NULL, &l);
    }
    j->count = l.count;
    j->sum = 0;
    for (size_t i = 0; i < l.count; i++)
        j->sum += l.items[i].value + l.items[i].period +
                  (l.items[i].subject ? strlen(l.items[i].subject) : 0);
    figure_list_free(&l);
    return NULL;
}

static void threads(void)
{
    size_t len = 300 * 1000;
    char *text = one_line(len);
    struct job jobs[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        jobs[i].text = text;
        jobs[i].len = len;
        pthread_create(&t[i], NULL, scan_job, &jobs[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    struct job one = {text, len, 0, 0};
    scan_job(&one);
    int same = 1;
    for (int i = 0; i < 4; i++)
        same &= jobs[i].count == one.count && jobs[i].sum == one.sum;
    CHECK(one.count > 0 && same, "4 threads find what one thread finds");
    free(text);
}

int main(void)
{
    empty_and_garbage();
    absurd_numbers();
    glued();
    floods();
    soup();
    linear();
    threads();
    figure_list_free(&list);
    return check_done();
}
