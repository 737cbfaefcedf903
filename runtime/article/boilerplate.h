/*
** boilerplate.h: the page furniture of a whole article, as line marks
** and as spans.
**
** Each line is classified by furniture_line() (furniture.h); on top of
** that, a block of three or more short organisation names (no digits, no
** final punctuation) that closes the page, possibly followed by other
** furniture, is a sponsor list.  The spans are what figure extraction
** skips.
*/
#ifndef WIC_BOILERPLATE_H
#define WIC_BOILERPLATE_H

#include <stddef.h>

#include "furniture.h"
#include "lines.h"
#include "spans.h"

/* The first line marked BP_DATELINE, and its date as dateline_parse()
** read it on its bp range: meta_find() takes the page's date from it
** without reading the line again. */
struct first_dateline {
    size_t line; /* its index, or the line count when there is none */
    struct dateline date;
};

/* Classify every line of text: sets kind, bp and body ranges, and
** *first.  Markdown heading lines ("# Title") get LINE_HEADING when
** `markdown`. */
void boilerplate_mark(const char *text, struct line *lines, size_t n,
                      int markdown, struct first_dateline *first);

/* The boilerplate ranges of marked lines, sorted and disjoint; ranges
** separated only by whitespace are merged.  -1 when out of memory. */
int boilerplate_spans(const char *text, const struct line *lines, size_t n,
                      struct spanvec *out);

#endif
