/*
** article.h: one article of a corpus, as the rest of wicrun sees it.
**
** An article is made once from the raw bytes of a file (a .txt, .md or
** .html entry of a pack or of a folder) by article_parse(), and is then
** read-only.  Its `text` is the normalised UTF-8 text that every offset in
** wicrun refers to: figure spans, paragraphs, sentences and boilerplate
** ranges are all byte ranges in `text`.
**
** Normalisation, in one pass over the input:
**   - a UTF-8 byte order mark is dropped, CRLF and lone CR become LF;
**   - invalid UTF-8 (bad lead bytes, truncated or overlong sequences,
**     surrogates, code points past U+10FFFF) is replaced by U+FFFD and
**     counted in `invalid_bytes`; NUL bytes are replaced the same way, so
**     `text` is a proper C string too;
**   - HTML is parsed (libxml2), scripts, styles and navigation dropped,
**     entities decoded, block elements become paragraphs (blank lines).
**
** What is found in the text:
**   - `title`: the headline (HTML <title>/<h1>, Markdown "# ", or the first
**     short headline-like line of a plain-text page);
**   - `date`: the publication date as "YYYY-MM-DD", or "" when the article
**     states none (never guessed from the file name or the clock);
**   - `outlet`: the publisher when the page states it, else NULL;
**   - `boilerplate`: ranges of page furniture (breadcrumbs, "Latest News",
**     copyright footers, phone/fax/licence lines, navigation, datelines,
**     bylines, photo credits) that figure extraction skips;
**   - `paragraphs` and `sentences`: ranges of body text (outside
**     boilerplate), in order.
*/
#ifndef WIC_ARTICLE_H
#define WIC_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"
#include "../core/span.h"

/* Largest article accepted: offsets are 32-bit (see core/span.h). */
#define ARTICLE_MAX_BYTES ((size_t)1 << 31)

enum article_format {
    ARTICLE_UNKNOWN = 0,
    ARTICLE_TEXT,     /* .txt                                   */
    ARTICLE_MARKDOWN, /* .md, .markdown                         */
    ARTICLE_HTML,     /* .html, .htm                            */
};

struct article {
    char *id;             /* path inside the corpus, '/'-separated   */
    char *title;          /* NULL when none was found                */
    char date[11];        /* "YYYY-MM-DD" or ""                      */
    char *outlet;         /* NULL when not stated                    */
    char *text;           /* normalised UTF-8, NUL-terminated        */
    size_t text_len;      /* bytes in text, without the NUL          */
    size_t invalid_bytes; /* input bytes replaced by U+FFFD          */
    size_t words;         /* words in the body (outside boilerplate) */
    struct span *boilerplate; /* sorted, disjoint                    */
    size_t n_boilerplate;
    struct span *paragraphs; /* body paragraphs, sorted             */
    size_t n_paragraphs;
    struct span *sentences; /* body sentences, sorted               */
    size_t n_sentences;
};

/* The format of a file from its name's extension (case-insensitive);
** ARTICLE_UNKNOWN for anything else. */
enum article_format article_format_from_name(const char *name);

/* Parse `len` bytes into `a` (which the call zeroes first).  `id` is
** copied.  Returns 0, or -1 with `err` set (only for input that cannot be
** an article at all, e.g. over ARTICLE_MAX_BYTES, or out of memory):
** empty or binary input gives an article with empty text, not an error. */
int article_parse(struct article *a, const char *id, const char *bytes,
                  size_t len, enum article_format format,
                  struct wic_error *err);

/* Flags for article_parse_with(). */
enum article_parse_flag {
    /* skip paragraphs, sentences and the word count (n_paragraphs,
    ** n_sentences and words stay 0): `wicrun extract` needs only the text,
    ** its boilerplate and its metadata */
    ARTICLE_NO_SEGMENTS = 1,
};

/* article_parse with flags. */
int article_parse_with(struct article *a, const char *id, const char *bytes,
                       size_t len, enum article_format format,
                       unsigned flags, struct wic_error *err);

/* Free everything article_parse allocated; `a` may be zeroed or parsed. */
void article_free(struct article *a);

/* Non-zero when byte offset `pos` lies inside a boilerplate range
** (binary search). */
int article_in_boilerplate(const struct article *a, uint32_t pos);

#endif
