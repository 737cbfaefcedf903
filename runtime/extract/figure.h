/*
** figure.h: figures, the runtime's unit of data (see docs/figures.md).
**
** A figure is one quantitative claim in a text: a value with its unit and
** what it measures.  figure_scan() finds them in one pass over the bytes
** of a text and appends them to a figure_list; the list owns every string
** a figure points to that is not a static constant.
**
** Fields mirror the JSON names of docs/figures.md.  Absent values are
** NULL (strings), NAN (low/high), 0 (period) and -1 (pair).
*/
#ifndef WIC_FIGURE_H
#define WIC_FIGURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/span.h"

struct gazetteer;

struct figure {
    uint32_t start, end; /* byte span in the scanned text              */
    double value;        /* base units; the low end for ranges         */
    double low, high;    /* ranges only, NAN otherwise                 */
    const char *unit;    /* "CNY", "USD", "%", "pp", "x", "count", ... */
    const char *noun;    /* unit "count": what is counted              */
    const char *approx;  /* "about", "over", "at_least", "nearly",
                            "under", "at_most", or NULL when exact     */
    const char *role;    /* "level", "change", "share", "target"       */
    const char *subject; /* place or organisation, or NULL             */
    const char *metric;  /* short phrase, or NULL                      */
    int period;          /* year, or 0 when unknown                    */
    int pair;            /* index in the list of the same quantity in
                            another unit, or -1                        */
    bool implicit;       /* unit inferred from context                 */
};

struct figure_list {
    struct figure *items;
    size_t count, capacity;
    struct figure_arena *arena; /* owned strings (nouns, metrics, ...) */
};

struct extract_options {
    int year, month, day;         /* the article's date, 0 when unknown */
    const struct span *skip;      /* ranges not to scan (boilerplate),
                                     sorted and disjoint               */
    size_t n_skip;
    const struct gazetteer *gazetteer; /* NULL: the built-in one       */
};

void figure_list_init(struct figure_list *list);
void figure_list_clear(struct figure_list *list); /* keeps capacity */
void figure_list_free(struct figure_list *list);

/* Append a figure with every field absent (low/high NAN, pair -1) and
** return it, or NULL when memory runs out. */
struct figure *figure_list_push(struct figure_list *list);

/* Copy `n` bytes of `s` into the list's arena, NUL-terminated; the copy
** lives until figure_list_clear/free.  NULL when memory runs out. */
char *figure_list_strdup(struct figure_list *list, const char *s, size_t n);

/* Scan `len` bytes of UTF-8 `text` and append its figures to `out` in
** text order.  Linear in `len` whatever the input; never fails except
** for lack of memory (returns -1). `pair` indexes are relative to the
** first figure this call appended.  `options` may be NULL (no date, no
** skipped ranges, the built-in gazetteer).  One text is one article:
** "the province's" and "¥" are resolved within it.  Safe to call from
** several threads at once on different lists. */
int figure_scan(const char *text, size_t len,
                const struct extract_options *options,
                struct figure_list *out);

#endif
