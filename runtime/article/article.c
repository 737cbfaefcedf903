/*
** article.c: raw bytes to a struct article (see article.h).
**
** The pipeline, each step in its own file:
**     utf8_normalise         bytes -> clean UTF-8           utf8.c
**     html_extract           HTML -> text + head metadata   html.c
**     markdown_front_matter  YAML block -> metadata         markdown.c
**     lines_split            line records                   lines.c
**     boilerplate_mark       furniture per line             furniture.c,
**                                                           boilerplate.c
**     meta_find              title, date, outlet            meta.c
**     boilerplate_spans      furniture spans                boilerplate.c
**     segment_text           paragraphs, sentences, words   segment.c
** Metadata stated by the format (HTML head, front matter) wins over what
** the text suggests.  Every step is linear in the text, and the only
** allocations are a handful of arrays, whatever the article's size.
*/
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "date.h"
#include "html.h"
#include "lines.h"
#include "markdown.h"
#include "meta.h"
#include "segment.h"
#include "spans.h"
#include "utf8.h"

enum article_format article_format_from_name(const char *name)
{
    if (name == NULL)
        return ARTICLE_UNKNOWN;
    const char *slash = strrchr(name, '/');
    const char *base = slash ? slash + 1 : name;
    const char *dot = strrchr(base, '.');
    if (dot == NULL || dot == base)
        return ARTICLE_UNKNOWN;
    const char *ext = dot + 1;
    size_t n = strlen(ext);
    if (ts_equals_ci(ext, n, "txt") || ts_equals_ci(ext, n, "text"))
        return ARTICLE_TEXT;
    if (ts_equals_ci(ext, n, "md") || ts_equals_ci(ext, n, "markdown"))
        return ARTICLE_MARKDOWN;
    if (ts_equals_ci(ext, n, "html") || ts_equals_ci(ext, n, "htm") ||
        ts_equals_ci(ext, n, "xhtml"))
        return ARTICLE_HTML;
    return ARTICLE_UNKNOWN;
}

/* Unknown formats are text, unless the bytes plainly open an HTML page. */
static enum article_format sniff(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && i < 512 && (text[i] == ' ' || text[i] == '\n' ||
                                  text[i] == '\t'))
        i++;
    if (ts_starts_ci(text + i, len - i, "<!doctype html") ||
        ts_starts_ci(text + i, len - i, "<html"))
        return ARTICLE_HTML;
    return ARTICLE_TEXT;
}

/* What the format states about the article, before the text is read. */
struct stated {
    char *title, *outlet;
    int year, month, day;
};

static char *copy_range(const char *text, struct range r)
{
    if (r.start >= r.end)
        return NULL;
    return strndup(text + r.start, r.end - r.start);
}

static int oom(struct wic_error *err)
{
    return wic_error_set(err, WIC_ERR_MEMORY, "out of memory parsing article");
}

/* Replace *text by its HTML's text; fill what the page states. */
static int from_html(char **text, size_t *len, struct stated *st,
                     struct wic_error *err)
{
    struct html_doc doc;
    if (html_extract(*text, *len, &doc, err) < 0)
        return -1;
    /* libxml2 may decode entities into characters we do not keep (NUL,
    ** surrogates, CR): normalise again; these are not input bytes. */
    struct utf8_stats ignored;
    size_t n;
    char *clean = utf8_normalise(doc.text, doc.text_len, &n, &ignored);
    if (clean == NULL) {
        html_doc_free(&doc);
        return oom(err);
    }
    free(*text);
    *text = clean;
    *len = n;
    st->title = doc.title;
    st->outlet = doc.outlet;
    st->year = doc.year;
    st->month = doc.month;
    st->day = doc.day;
    doc.title = doc.outlet = NULL;
    html_doc_free(&doc);
    return 0;
}

/* Read and strip the front matter block. */
static int from_markdown(char *text, size_t *len, struct stated *st,
                         struct wic_error *err)
{
    struct front_matter fm;
    if (!markdown_front_matter(text, *len, &fm))
        return 0;
    st->title = copy_range(text, fm.title);
    st->outlet = copy_range(text, fm.outlet);
    if ((fm.title.start < fm.title.end && st->title == NULL) ||
        (fm.outlet.start < fm.outlet.end && st->outlet == NULL))
        return oom(err);
    if (fm.date.start < fm.date.end &&
        date_parse(text + fm.date.start, fm.date.end - fm.date.start,
                   &st->year, &st->month, &st->day) == 0)
        st->year = st->month = st->day = 0;
    memmove(text, text + fm.body, *len - fm.body + 1);
    *len -= fm.body;
    return 0;
}

static void set_date(struct article *a, int y, int m, int d)
{
    if (!date_valid(y, m, d))
        return;
    char *p = a->date; /* "YYYY-MM-DD"; date_valid bounds the fields */
    p[0] = (char)('0' + y / 1000);
    p[1] = (char)('0' + y / 100 % 10);
    p[2] = (char)('0' + y / 10 % 10);
    p[3] = (char)('0' + y % 10);
    p[4] = '-';
    p[5] = (char)('0' + m / 10);
    p[6] = (char)('0' + m % 10);
    p[7] = '-';
    p[8] = (char)('0' + d / 10);
    p[9] = (char)('0' + d % 10);
    p[10] = '\0';
}

/* Find everything in the normalised text and fill the article. */

/* The headline is the article's title, not a body paragraph: its line
** leaves the body (so paragraphs, sentences and words skip it) without
** becoming boilerplate (so figures in it are still found). */
static void drop_title_line(struct line *lines, size_t n, struct range title)
{
    if (title.start >= title.end)
        return;
    for (size_t k = 0; k < n; k++) {
        if (!(lines[k].body_start <= title.start &&
              title.end <= lines[k].body_end))
            continue;
        /* only a headline standing alone: not the first line of a
        ** paragraph that goes on below it */
        int alone_below = k + 1 == n || (lines[k + 1].flags & LINE_AFTER_GAP) ||
                          lines[k + 1].body_start == lines[k + 1].body_end;
        if (alone_below)
            lines[k].body_end = lines[k].body_start;
        return;
    }
}

static int analyse(struct article *a, int markdown, unsigned flags,
                   struct stated *st,
                   struct wic_error *err)
{
    size_t n;
    struct line *lines = lines_split(a->text, a->text_len, &n);
    struct spanvec bp = {0}, paras = {0}, sents = {0};
    if (lines == NULL)
        return oom(err);
    struct first_dateline first;
    boilerplate_mark(a->text, lines, n, markdown, &first);

    struct meta m;
    meta_find(a->text, lines, n, markdown, &first, &m);
    int st_title_was_stated = st->title != NULL;
    a->title = st->title ? st->title : copy_range(a->text, m.title);
    a->outlet = st->outlet ? st->outlet : copy_range(a->text, m.outlet);
    st->title = st->outlet = NULL;
    if (st->year)
        set_date(a, st->year, st->month, st->day);
    else if (m.year)
        set_date(a, m.year, m.month, m.day);

    int rc = 0;
    if ((m.title.start < m.title.end && a->title == NULL) ||
        (m.outlet.start < m.outlet.end && a->outlet == NULL) ||
        boilerplate_spans(a->text, lines, n, &bp) < 0)
        rc = oom(err);
    if (rc == 0 && st_title_was_stated == 0)
        drop_title_line(lines, n, m.title); /* after the boilerplate spans */
    if (rc == 0 && !(flags & ARTICLE_NO_SEGMENTS) &&
        segment_text(a->text, lines, n, &paras, &sents, &a->words) < 0)
        rc = oom(err);
    free(lines);
    a->boilerplate = spanvec_take(&bp, &a->n_boilerplate);
    a->paragraphs = spanvec_take(&paras, &a->n_paragraphs);
    a->sentences = spanvec_take(&sents, &a->n_sentences);
    return rc;
}

int article_parse(struct article *a, const char *id, const char *bytes,
                  size_t len, enum article_format format,
                  struct wic_error *err)
{
    return article_parse_with(a, id, bytes, len, format, 0, err);
}

int article_parse_with(struct article *a, const char *id, const char *bytes,
                       size_t len, enum article_format format,
                       unsigned flags, struct wic_error *err)
{
    struct stated st = {NULL, NULL, 0, 0, 0};
    memset(a, 0, sizeof *a);
    if (len > ARTICLE_MAX_BYTES)
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "article too large: %zu bytes (limit %zu)", len,
                             ARTICLE_MAX_BYTES);
    a->id = strdup(id ? id : "");
    if (a->id == NULL)
        return oom(err);

    struct utf8_stats stats;
    size_t n;
    char *text = utf8_normalise(len ? bytes : "", len, &n, &stats);
    if (text == NULL) {
        article_free(a);
        return oom(err);
    }
    a->invalid_bytes = stats.invalid_bytes;
    if (utf8_looks_binary(&stats, len)) {
        text[0] = '\0';
        n = 0;
    }
    if (format == ARTICLE_UNKNOWN)
        format = sniff(text, n);

    int rc = 0;
    if (format == ARTICLE_HTML)
        rc = from_html(&text, &n, &st, err);
    else if (format == ARTICLE_MARKDOWN)
        rc = from_markdown(text, &n, &st, err);
    a->text = text;
    a->text_len = n;
    if (rc == 0 && n > UINT32_MAX - 1)
        rc = wic_error_set(err, WIC_ERR_LIMIT,
                           "article text too large: %zu bytes", n);
    if (rc == 0)
        rc = analyse(a, format == ARTICLE_MARKDOWN, flags, &st, err);
    free(st.title);
    free(st.outlet);
    if (rc != 0)
        article_free(a);
    return rc;
}

void article_free(struct article *a)
{
    if (a == NULL)
        return;
    free(a->id);
    free(a->title);
    free(a->outlet);
    free(a->text);
    free(a->boilerplate);
    free(a->paragraphs);
    free(a->sentences);
    memset(a, 0, sizeof *a);
}

int article_in_boilerplate(const struct article *a, uint32_t pos)
{
    size_t lo = 0, hi = a->n_boilerplate;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct span *s = &a->boilerplate[mid];
        if (pos < s->start)
            hi = mid;
        else if (pos >= s->end)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}
