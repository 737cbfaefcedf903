/*
** html.h: the readable text of an HTML page, and what its head says.
**
** libxml2's forgiving HTML parser builds the tree (it copes with the tag
** soup of real news sites); we walk it once and write the text:
**   - script, style, noscript, template, nav, aside, form, iframe, svg,
**     button, select and footer elements are dropped whole, and so is a
**     header unless it sits inside <article> or <main> (where it holds the
**     headline, not the site menu);
**   - block elements (p, div, h1-h6, li, tr, blockquote, ...) become
**     paragraphs separated by a blank line, <br> a line break;
**   - whitespace runs (and &nbsp;) collapse to one space, except in <pre>;
**   - entities are decoded by the parser.
** From the page it also reads the headline (first <h1>, else og:title,
** else <title> without a trailing " | Site" part), the publication date
** (article:published_time, datePublished, pubdate, date metas, or a
** <time pubdate>), and the outlet (og:site_name).
** The input must already be valid UTF-8 (utf8_normalise); the page's own
** charset declaration is ignored.
*/
#ifndef WIC_HTML_H
#define WIC_HTML_H

#include <stddef.h>

#include "../core/error.h"

struct html_doc {
    char *text;      /* NUL-terminated UTF-8, LF line ends          */
    size_t text_len;
    char *title;     /* NULL when the page has none                 */
    char *outlet;    /* NULL when the page does not say             */
    int year, month, day; /* 0 when no date is stated            */
};

/* Extract text and metadata from len bytes of UTF-8 HTML.  Returns 0, or
** -1 with err set when libxml2 cannot be loaded, when out of memory or
** when len is too large for libxml2 (INT_MAX).  Unparseable input is not
** an error: it gives an empty text. */
int html_extract(const char *html, size_t len, struct html_doc *out,
                 struct wic_error *err);

/* Load libxml2 now (html_extract does it on first use): a confined run
** must, before it loses access to the file system. */
int html_load(struct wic_error *err);

void html_doc_free(struct html_doc *doc);

#endif
