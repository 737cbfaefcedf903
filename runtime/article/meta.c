/*
** meta.c: headline, date and publisher from the marked lines (see
** meta.h).
**
** Everything here reads the first LABELLED_LINES and the last
** FOOTER_LINES lines, and walks back over the furniture closing the
** page, so it costs next to nothing on long articles;
** the lines themselves were already classified, and only the few that
** matter are parsed again to pull out their values.
*/
#include "meta.h"

#include "boilerplate.h"
#include "date.h"
#include "dateline.h"
#include "segment.h"
#include "source.h"

/* Lines that stand where a headline stands but are a release's or a
** byline's furniture. */
static int headline_furniture(const char *s, size_t n)
{
    static const char *const labels[] = {
        "FOR IMMEDIATE RELEASE", "Press release:", "Written by ",
        "Words by ", "Reported by "};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (ts_starts_ci(s, n, labels[k]))
            return 1;
    size_t day = date_weekday_name(s, n);
    if (day > 0 && day < n && s[day] == ',')
        return 1; /* a page's date: "Tue, Nov 24, 2026 page 10" */
    /* a section's number: "(I) Key accounting data", "(2) Revenue" */
    size_t close = ts_next_byte(s, 0, n < 6 ? n : 6, ')');
    if (s[0] == '(' && close < n && close > 1) {
        size_t i = 1;
        while (i < close && (ts_is_digit((unsigned char)s[i]) ||
                             memchr("IVXivx", s[i], 6) != NULL))
            i++;
        if (i == close)
            return 1;
    }
    /* "每经记者：沈佳怡", "作者：王晓岚", "来源：中国日报网" */
    return ts_find(s, n, "记者") < n || ts_find(s, n, "作者：") < n ||
           ts_find(s, n, "编辑：") < n || ts_find(s, n, "来源：") < n;
}

int meta_headline_like(const char *s, size_t n)
{
    if (n == 0 || n > 300)
        return 0;
    /* most lines (body paragraphs) end like a sentence: turned away
    ** before their words are counted */
    unsigned char last = (unsigned char)s[n - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':' ||
        ts_ends(s, n, "：") || ts_ends(s, n, "，") || ts_ends(s, n, "。") ||
        ts_is_lower((unsigned char)s[0]))
        return 0;
    size_t words = segment_count_words(s, n), spaces = 0;
    int cjk = 0;
    for (size_t i = 0; i < n; i++) {
        spaces += s[i] == ' ';
        cjk |= (unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9;
    }
    /* a Chinese headline counts each character as a word and parts none
    ** with spaces; in other scripts three words at least stand apart
    ** ("No. 021/HMS/SIPR/II/2026" is a reference, not a headline) */
    if (words < 3 || words > (cjk ? 60u : 25u) || (!cjk && spaces < 2))
        return 0;
    if (headline_furniture(s, n))
        return 0;
    /* one sentence at most: no ". X" inside ("U.S. Employers" is one),
    ** but for a question after it ("... into Southeast Asia. Can they
    ** win?") */
    for (size_t i = 0; last != '?' && i + 2 < n; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
            ts_is_upper((unsigned char)s[i + 2]) &&
            !(s[i] == '.' && i >= 1 && ts_is_upper((unsigned char)s[i - 1]) &&
              (i == 1 || s[i - 2] == '.' || s[i - 2] == ' ')))
            return 0;
    return 1;
}

/* A menu ("Home | News | Business"), a trail ("Home / Research /
** Reports"), a row of cells ("Stock Code: 688592      Announcement No.:
** 2026-058") or a contact with an e-mail address is no headline. */
static int menu_or_cells(const char *s, size_t n)
{
    int bars = 0;
    for (size_t i = 0; i < n; i++) {
        bars += s[i] == '|' ||
                ((s[i] == '/' || s[i] == '>') && i > 0 && i + 1 < n &&
                 s[i - 1] == ' ' && s[i + 1] == ' ');
        if (s[i] == '@')
            return 1;
        if (s[i] == '\t' || (s[i] == ' ' && i + 1 < n && s[i + 1] == ' '))
            return 1;
    }
    return bars >= 2;
}

static int blank(const struct line *l)
{
    return l->body_start == l->body_end && l->bp_start == l->bp_end;
}

static struct range line_body(const struct line *l)
{
    struct range r = {l->body_start, l->body_end};
    return r;
}

/* "# Title #" -> "Title" */
static struct range markdown_title(const char *text, const struct line *l)
{
    struct range r = line_body(l);
    while (r.end > r.start && text[r.end - 1] == '#')
        r.end--;
    ts_trim(text, &r);
    return r;
}

static int level_one(const char *text, const struct line *l)
{
    struct range r = {l->start, l->end};
    ts_trim(text, &r);
    return r.end - r.start >= 2 && text[r.start] == '#' &&
           text[r.start + 1] == ' ';
}

/* Where the page's masthead ends: its first block of lines (no blank
** line between them) when that block holds a bar, a menu or a trail and
** no dateline or byline ("ARAB NEWS" / "The Voice of a Changing Region"
** / "Saudi Arabia | Middle East | World"; "FRANKFURT BUSINESS DAILY |
** English edition").  Its headline-like lines are the outlet's name and
** motto.  A block of plain lines ("Bangkok Post" / "Business" / the
** headline; a headline and its standfirst) is no masthead.  0 when the
** page opens with none. */
#define MASTHEAD_LINE_MAX 300

static size_t masthead_end(const char *text, const struct line *lines,
                           size_t n)
{
    size_t k = 0;
    int dated = 0, nav = 0;
    for (; k < n && k < HEADER_LINES; k++) {
        const struct line *l = &lines[k];
        if (k > 0 && (l->flags & LINE_AFTER_GAP))
            break;
        dated |= l->kind == BP_DATELINE || l->kind == BP_BYLINE;
        if (l->end - l->start > MASTHEAD_LINE_MAX)
            return 0; /* a paragraph: no masthead's (and no reading it) */
        nav |= memchr(text + l->start, '|', l->end - l->start) != NULL ||
               l->kind == BP_BREADCRUMB || l->kind == BP_LANGUAGE ||
               l->kind == BP_TOOLBAR || l->kind == BP_LINKS ||
               menu_or_cells(text + l->start, l->end - l->start) ||
               ts_starts_ci(text + l->start, l->end - l->start, "Skip to ");
    }
    return dated || !nav ? 0 : k;
}

/* The first headline-like line of five words or more from line `from`
** on; a shorter one only when none comes: mastheads ("THE ASTANA
** TIMES", "Asian Development Bank") are short and come first. */
static struct range first_headline(const char *text, const struct line *lines,
                                   size_t n, size_t from)
{
    size_t seen = 0;
    struct range shorter = {0, 0};
    for (size_t k = 0; k < n && seen < HEADER_LINES; k++) {
        const struct line *l = &lines[k];
        if (blank(l))
            continue;
        seen++;
        if (k < from || l->kind != BP_NONE)
            continue;
        struct range r = line_body(l);
        const char *s = text + r.start;
        size_t len = r.end - r.start;
        if (!meta_headline_like(s, len) || menu_or_cells(s, len))
            continue;
        if (segment_count_words(s, len) >= 5)
            return r;
        if (shorter.start == shorter.end) {
            shorter = r;
            /* ... unless a byline or dateline right below confirms it:
            ** "Fed Holds Rates Steady" / "By Jane Doe" */
            size_t j = k + 1;
            while (j < n && blank(&lines[j]))
                j++;
            if (j < n && (lines[j].kind == BP_BYLINE ||
                          lines[j].kind == BP_DATELINE))
                break;
        }
    }
    return shorter;
}

static void find_title(const char *text, const struct line *lines, size_t n,
                       int markdown, struct meta *out)
{
    size_t seen = 0;
    if (markdown)
        for (size_t k = 0; k < n && seen < HEADER_LINES; k++) {
            const struct line *l = &lines[k];
            if (blank(l))
                continue;
            seen++;
            if ((l->flags & LINE_HEADING) && level_one(text, l)) {
                out->title = markdown_title(text, l);
                if (out->title.start < out->title.end)
                    return;
            }
        }
    /* below the masthead; on it only when no headline comes below */
    out->title = first_headline(text, lines, n, masthead_end(text, lines, n));
    if (out->title.start == out->title.end)
        out->title = first_headline(text, lines, n, 0);
}

/* Is s[0, n) a date and nothing else ("October 28, 2026", "2026-10-28")? */
static int date_alone(const char *s, size_t n, struct dateline *dl)
{
    struct range r = {0, n};
    ts_trim(s, &r);
    memset(dl, 0, sizeof *dl);
    return r.end > r.start &&
           date_parse(s + r.start, r.end - r.start, &dl->year, &dl->month,
                      &dl->day) == r.end - r.start;
}

static void take_date(struct meta *out, const struct dateline *dl)
{
    out->year = dl->year;
    out->month = dl->month;
    out->day = dl->day;
}

static void find_date(const char *text, const struct line *lines, size_t n,
                      const struct first_dateline *first, struct meta *out)
{
    size_t seen = 0;
    for (size_t k = 0; k < n && seen < LABELLED_LINES; k++) {
        const struct line *l = &lines[k];
        if (blank(l))
            continue;
        seen++;
        if (l->kind != BP_DATELINE)
            continue;
        struct dateline dl;
        const char *s = text + l->bp_start;
        if (k == first->line)
            dl = first->date; /* read when the line was marked */
        else if (!dateline_parse(s, l->bp_end - l->bp_start, &dl))
            continue;
        if (!dl.labelled && seen > HEADER_LINES)
            continue;
        take_date(out, &dl);
        if (dl.outlet.start < dl.outlet.end) {
            out->outlet.start = l->bp_start + dl.outlet.start;
            out->outlet.end = l->bp_start + dl.outlet.end;
        }
        return;
    }
    /* none: a wire service's dateline opening the first paragraphs
    ** ("MANILA, PHILIPPINES (3 December 2026) -") */
    seen = 0;
    for (size_t k = 0; k < n && seen < HEADER_LINES; k++) {
        const struct line *l = &lines[k];
        struct dateline dl;
        if (blank(l))
            continue;
        seen++;
        if (l->kind == BP_NONE &&
            dateline_wire(text + l->body_start, l->body_end - l->body_start,
                          &dl)) {
            take_date(out, &dl);
            return;
        }
    }
    /* ... or a date alone on a line closing the page, as a filing's
    ** signature is dated ("Board of Directors" / "October 28, 2026") */
    seen = 0;
    for (size_t k = n; k > 0 && seen < FOOTER_LINES; k--) {
        const struct line *l = &lines[k - 1];
        struct dateline dl;
        if (blank(l))
            continue;
        seen++;
        if (l->kind == BP_DATELINE && l->body_start == l->body_end &&
            date_alone(text + l->bp_start, l->bp_end - l->bp_start, &dl)) {
            take_date(out, &dl);
            return;
        }
    }
}

static int source_line_at(const char *text, const struct line *l,
                          struct range *name)
{
    /* a byline may carry the credit: "By He Jing | Source: X" */
    if ((l->kind != BP_SOURCE && l->kind != BP_BYLINE) ||
        l->bp_start != l->body_start ||
        l->bp_start == l->bp_end)
        return 0;
    struct range r;
    if (!source_line(text + l->bp_start, l->bp_end - l->bp_start, &r) ||
        r.start == r.end)
        return 0;
    name->start = l->bp_start + r.start;
    name->end = l->bp_start + r.end;
    return 1;
}

static void find_outlet(const char *text, const struct line *lines, size_t n,
                        struct meta *out)
{
    size_t seen = 0, k;
    struct range r;
    if (out->outlet.start < out->outlet.end)
        return;
    /* "Source: X" near the top */
    for (k = 0; k < n && seen < LABELLED_LINES; k++) {
        if (blank(&lines[k]))
            continue;
        seen++;
        if (source_line_at(text, &lines[k], &out->outlet))
            return;
    }
    /* ... or near the bottom */
    seen = 0;
    for (k = n; k > 0 && seen < FOOTER_LINES; k--) {
        if (blank(&lines[k - 1]))
            continue;
        seen++;
        if (source_line_at(text, &lines[k - 1], &out->outlet))
            return;
    }
    /* "(from X)" ending the last line of the body */
    for (k = n; k > 0; k--) {
        const struct line *l = &lines[k - 1];
        if (l->body_start == l->body_end)
            continue;
        if (l->kind == BP_SOURCE && l->bp_start < l->bp_end) {
            size_t len = l->bp_end - l->bp_start;
            if (source_tail(text + l->bp_start, len, &r) < len) {
                out->outlet.start = l->bp_start + r.start;
                out->outlet.end = l->bp_start + r.end;
                return;
            }
        }
        break;
    }
    /* "Presented by X" in the footer */
    seen = 0;
    for (k = n; k > 0 && seen < FOOTER_LINES; k--) {
        const struct line *l = &lines[k - 1];
        if (blank(l))
            continue;
        seen++;
        if (l->bp_start == l->bp_end)
            continue; /* only furniture credits the publisher */
        if (source_presented_by(text + l->bp_start, l->bp_end - l->bp_start,
                                &r)) {
            out->outlet.start = l->bp_start + r.start;
            out->outlet.end = l->bp_start + r.end;
            return;
        }
    }
}

void meta_find(const char *text, const struct line *lines, size_t n,
               int markdown, const struct first_dateline *first,
               struct meta *out)
{
    memset(out, 0, sizeof *out);
    find_title(text, lines, n, markdown, out);
    find_date(text, lines, n, first, out);
    find_outlet(text, lines, n, out);
}
