/*
** meta.h: what a page says about itself in its text: headline,
** publication date, publisher.
**
**   title:  Markdown "# heading", else the first headline-like line of the
**           header (not furniture, 3-25 words, no final period, not a
**           menu or a row of cells) of five words or more, else the
**           first shorter one (mastheads are short and come first); a
**           shorter one with a byline or dateline right below it wins;
**   date:   the first dateline in the header: a bare date line among the
**           first HEADER_LINES non-empty lines, or a labelled one
**           ("Updated: ...") among the first LABELLED_LINES; else a wire
**           dateline opening a paragraph among the first HEADER_LINES
**           ("MANILA (3 December 2026) -"), else a line that is a date
**           and nothing else among the last FOOTER_LINES;
**   outlet: the outlet on that dateline, else a "Source: X" line near the
**           top or bottom, else "(from X)" ending the last body line, else
**           "Presented by X" in the footer.  Never guessed.
** Dates in body sentences are never read.  Runs on lines already marked
** by boilerplate_mark().
*/
#ifndef WIC_META_H
#define WIC_META_H

#include <stddef.h>

#include "boilerplate.h"
#include "lines.h"
#include "textscan.h"

#define HEADER_LINES 15
#define LABELLED_LINES 40
#define FOOTER_LINES 30

struct meta {
    struct range title;  /* in text; empty when none              */
    int year, month, day; /* 0 when the page states no date        */
    struct range outlet; /* in text; empty when none              */
};

/* `first`: what boilerplate_mark() found of the first dateline. */
void meta_find(const char *text, const struct line *lines, size_t n,
               int markdown, const struct first_dateline *first,
               struct meta *out);

/* Is s[0..n) shaped like a headline? */
int meta_headline_like(const char *s, size_t n);

#endif
