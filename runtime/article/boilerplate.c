/*
** boilerplate.c: marking the furniture of a whole page (see
** boilerplate.h).
**
** furniture_line() decides each line on its own; this file applies it to
** every line, adds the one rule that needs the page's shape (a closing
** block of organisation names: sponsors, hosts, partners), and turns the
** marked lines into the sorted span array the article exposes.
*/
#include "boilerplate.h"

#include "textscan.h"

/* A line of a sponsor list: a short name, no digits, no final
** punctuation ("(Preparatory Office)" may close a name). */
static int name_like(const char *s, size_t n)
{
    if (n == 0 || n > 100 || strchr(".!?:;,\"'", s[n - 1]) != NULL ||
        ts_ends(s, n, "\xE2\x80\x9D") || ts_ends(s, n, "\xE3\x80\x82"))
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (!(ts_is_upper(c) || c >= 0x80))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (ts_is_digit((unsigned char)s[i]))
            return 0;
    return ts_count_tokens(s, n) <= 10;
}

/* Markdown ATX heading: 1-6 '#' then a space; returns the text start. */
static size_t heading_text(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 6 && s[i] == '#')
        i++;
    if (i == 0 || i >= n || s[i] != ' ')
        return 0;
    return ts_skip_space(s, n, i);
}

static void mark_sponsors(const char *text, struct line *lines, size_t n)
{
    size_t i = n, names = 0, first = n;
    /* skip the furniture that closes the page */
    while (i > 0 && (lines[i - 1].body_start == lines[i - 1].body_end))
        i--;
    while (i > 0) {
        struct line *l = &lines[i - 1];
        if (l->body_start == l->body_end) {
            i--;
            continue;
        }
        if (l->kind != BP_NONE ||
            !name_like(text + l->body_start, l->body_end - l->body_start))
            break;
        names++;
        first = i - 1;
        i--;
    }
    if (names < 3)
        return;
    for (size_t k = first; k < n; k++) {
        struct line *l = &lines[k];
        if (l->kind == BP_NONE && l->body_start < l->body_end) {
            l->kind = BP_SPONSORS;
            l->bp_start = l->body_start;
            l->bp_end = l->body_end;
            l->body_start = l->body_end = l->bp_end;
        }
    }
}

#define LINK_LIST_MAX 20 /* lines of links under one heading */

/* Is the line a headline, short and not closed like a sentence (by a
** full stop or a comma)? */
static int headline_like(const char *s, size_t n)
{
    return n >= 3 && n <= 160 && strchr(".,;:", s[n - 1]) == NULL &&
           !ts_ends(s, n, "\xE3\x80\x82"); /* 。 */
}

/* Does the line open with a list mark: "- ", "* ", "• ", "· ", "1. ",
** "2) ", "3  ", "[Herald Interview] ..."? */
static int list_mark(const char *s, size_t n)
{
    if (n < 2)
        return 0;
    if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
        return 1;
    if (ts_starts(s, n, "\xE2\x80\xA2") || /* • */
        ts_starts(s, n, "\xC2\xB7") || s[0] == '[') /* · */
        return 1;
    size_t d = 0;
    while (d < n && d < 3 && ts_is_digit((unsigned char)s[d]))
        d++;
    return d > 0 && d + 1 < n &&
           (((s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') ||
            (s[d] == ' ' && s[d + 1] == ' '));
}

static void mark_as_links(struct line *l)
{
    l->kind = BP_LINKS;
    l->bp_start = l->body_start;
    l->bp_end = l->body_end;
    l->body_start = l->body_end = l->bp_end;
}

/* The lines under a heading of links ("Related", "Most Popular", "Read
** more"), up to the blank line that ends the block, are the headlines of
** other articles: "- Singapore picks four operators for green data
** centre pilot", "1  Won slips past 1,390 per dollar".  A block of lines
** that all read as headlines is taken whole.  Otherwise it may be body
** text hard-wrapped under a heading ("Top Stories" over a paragraph whose
** first line ends "... to 3.5% on"), and only its leading lines that
** carry a list mark are taken. */
static void mark_link_lists(const char *text, struct line *lines, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (lines[k].kind != BP_LINKS)
            continue;
        size_t end = k + 1, items = 0;
        while (end < n && end - k <= LINK_LIST_MAX &&
               !(lines[end].flags & LINE_AFTER_GAP) &&
               lines[end].kind == BP_NONE) {
            const struct line *l = &lines[end];
            items += headline_like(text + l->body_start,
                                   l->body_end - l->body_start) != 0;
            end++;
        }
        int whole = items == end - k - 1;
        for (size_t j = k + 1; j < end; j++) {
            struct line *l = &lines[j];
            const char *s = text + l->body_start;
            size_t len = l->body_end - l->body_start;
            if (!headline_like(s, len) || (!whole && !list_mark(s, len)))
                break;
            mark_as_links(l);
        }
        k = end - 1;
    }
}

void boilerplate_mark(const char *text, struct line *lines, size_t n,
                      int markdown, struct first_dateline *first)
{
    first->line = n;
    for (size_t k = 0; k < n; k++) {
        struct line *l = &lines[k];
        const char *s = text + l->body_start;
        size_t len = l->body_end - l->body_start, cut, h;
        if (len == 0)
            continue;
        if (markdown && (h = heading_text(s, len)) != 0) {
            l->flags |= LINE_HEADING;
            l->body_start += (uint32_t)h;
            s += h;
            len -= h;
        }
        struct dateline date;
        l->kind = (uint8_t)furniture_line_dated(s, len, &cut, &date);
        if (l->kind == BP_NONE)
            continue;
        if (l->kind == BP_DATELINE && first->line == n) {
            first->line = k; /* its bp range is s[0..len): cut is 0 */
            first->date = date;
        }
        struct range body = {l->body_start, l->body_start + cut};
        ts_trim(text, &body);
        l->bp_start = l->body_start + (uint32_t)cut;
        l->bp_end = l->body_end;
        if (body.start == body.end)
            body.start = body.end = l->bp_start;
        l->body_start = (uint32_t)body.start;
        l->body_end = (uint32_t)body.end;
    }
    mark_link_lists(text, lines, n);
    mark_sponsors(text, lines, n);
}

int boilerplate_spans(const char *text, const struct line *lines, size_t n,
                      struct spanvec *out)
{
    int open = 0; /* may the last span grow over the next one? */
    (void)text;
    for (size_t k = 0; k < n; k++) {
        const struct line *l = &lines[k];
        int body = l->body_start < l->body_end;
        if (body)
            open = 0;
        if (l->bp_start >= l->bp_end)
            continue;
        if (open && out->count > 0)
            out->items[out->count - 1].end = l->bp_end;
        else if (spanvec_push(out, l->bp_start, l->bp_end) < 0)
            return -1;
        open = 1;
    }
    return 0;
}
