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
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "extract/figure.h"

static struct figure_list scanned;
static const char *scanned_text;

/* Scan `text` as one article dated year-month (0: unknown); false when
** the scan fails (and then nothing was found). */
static inline bool scan_dated(const char *text, int year, int month)
{
    struct extract_options o;
    memset(&o, 0, sizeof o);
    o.year = year;
    o.month = month;
    figure_list_clear(&scanned);
    scanned_text = text;
    if (figure_scan(text, strlen(text), &o, &scanned) != 0) {
        scanned.count = 0;
        return false;
    }
    return true;
}

static inline size_t scan(const char *text, int year)
{
    return scan_dated(text, year, 0) ? scanned.count : (size_t)-1;
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

/* The period of `span` in an article dated year-month. */
#define DPERIOD(text, year, month, span, want)                                 \
    do {                                                                       \
        scan_dated((text), (year), (month));                                   \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ && f_->period == (want),                                      \
              "period " #want ": [" span "] in: " text);                       \
        if (!f_ || f_->period != (want))                                       \
            show();                                                            \
    } while (0)

/* The period of `span` in a text of `year` (0: undated). */
#define PERIOD(text, year, span, want) DPERIOD(text, year, 0, span, want)

/* The role of `span` in an article of 2018. */
#define ROLE(text, span, want)                                                 \
    do {                                                                       \
        scan((text), 2018);                                                    \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ &&strcmp(f_->role, (want)) == 0,                              \
              "role " want ": [" span "] in: " text);                          \
        if (!f_ || strcmp(f_->role, (want)) != 0)                              \
            show();                                                            \
    } while (0)

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
