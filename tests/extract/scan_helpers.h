/*
** scan_helpers.h: scan a sentence and find its figures, for the tests.
**
**     scan("Sales rose 5 percent.", 2018);   // -> number of figures
**     const struct figure *f = fig("5 percent");  // by its span text
**
** fig() returns the figure whose span is exactly that text (NULL if
** none), so a test states the span it expects as well as the values.
** Every test sentence is written for these tests.
*/
#ifndef WIC_TEST_SCAN_HELPERS_H
#define WIC_TEST_SCAN_HELPERS_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "extract/figure.h"

static struct figure_list scanned;
static const char *scanned_text;

static size_t scan(const char *text, int year)
{
    struct extract_options o;
    memset(&o, 0, sizeof o);
    o.year = year;
    figure_list_clear(&scanned);
    scanned_text = text;
    if (figure_scan(text, strlen(text), &o, &scanned) != 0)
        return (size_t)-1;
    return scanned.count;
}

static const struct figure *fig(const char *span)
{
    size_t n = strlen(span);
    for (size_t i = 0; i < scanned.count; i++) {
        const struct figure *f = &scanned.items[i];
        if (f->end - f->start == n &&
            memcmp(scanned_text + f->start, span, n) == 0)
            return f;
    }
    return NULL;
}

/* Print what was found, as a TAP comment, to make a failure readable. */
static void show(void)
{
    for (size_t i = 0; i < scanned.count; i++) {
        const struct figure *f = &scanned.items[i];
        printf("#   [%.*s] value=%.17g unit=%s noun=%s approx=%s role=%s "
               "period=%d subject=%s metric=%s pair=%d implicit=%d\n",
               (int)(f->end - f->start), scanned_text + f->start, f->value,
               f->unit ? f->unit : "-", f->noun ? f->noun : "-",
               f->approx ? f->approx : "-", f->role ? f->role : "-", f->period,
               f->subject ? f->subject : "-", f->metric ? f->metric : "-",
               f->pair, f->implicit);
    }
}

/* One figure `span` in `text` with this value and unit. */
#define EXPECT(text, span, val, unit_)                                         \
    do {                                                                       \
        scan((text), 2018);                                                    \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ != NULL, "found [" span "] in: " text);                       \
        if (f_) {                                                              \
            CHECK_NUM(f_->value, (val), "value of [" span "]");                \
            CHECK_STR(f_->unit, (unit_), "unit of [" span "]");                \
        } else {                                                               \
            show();                                                            \
        }                                                                      \
    } while (0)

/* No figure at all in `text`. */
#define EXPECT_NONE(text)                                                      \
    do {                                                                       \
        size_t n_ = scan((text), 2018);                                        \
        CHECK(n_ == 0, "no figure in: " text);                                 \
        if (n_)                                                                \
            show();                                                            \
    } while (0)

#endif
