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

/* Classify every line of text: sets kind, bp and body ranges.  Markdown
** heading lines ("# Title") get LINE_HEADING when `markdown`. */
void boilerplate_mark(const char *text, struct line *lines, size_t n,
                      int markdown);

/* The boilerplate ranges of marked lines, sorted and disjoint; ranges
** separated only by whitespace are merged.  -1 when out of memory. */
int boilerplate_spans(const char *text, const struct line *lines, size_t n,
                      struct spanvec *out);

#endif
