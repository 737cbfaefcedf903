/*
** dateline.c: recognising the line that dates a page (see dateline.h).
**
** A date alone proves nothing (body sentences are full of them), so a
** line is a dateline only when its shape says so: a label right before
** the date, or nothing around the date but weekday, time and punctuation.
** The outlet is read from the same line because pages glue it to the
** label ("China.org.cnUpdated:"), which no other rule could take apart.
*/
#include "dateline.h"

#include "date.h"
#include "source.h"

#define BARE_MAX_BYTES 64
#define BARE_MAX_LOWER 32

struct label {
    struct word word;
    int needs_colon; /* "Date" and "Time" are ordinary words otherwise */
};

static const struct label labels[] = {
    {W("Last updated"), 0},
    {W("Updated"), 0},
    {W("Update"), 0},
    {W("Published"), 0},
    {W("Posted"), 0},
    {W("Released"), 0},
    {W("Publish time"), 1},
    {W("Date"), 1},
    {W("Time"), 1},
    {W("\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4"), 1}, /* 发布时间 */
    {W("\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\xB6\xE9\x97\xB4"), 1}, /* 更新时间 */
    {W("\xE6\x97\xA5\xE6\x9C\x9F"), 1},                         /* 日期 */
};

/* The first bytes of the labels, in either case: the bytes where a
** label may start. */
static const unsigned char label_first[256] = {
    ['U'] = 1, ['u'] = 1, ['P'] = 1, ['p'] = 1, ['L'] = 1, ['l'] = 1,
    ['R'] = 1, ['r'] = 1, ['D'] = 1, ['d'] = 1, ['T'] = 1, ['t'] = 1,
    [0xE5] = 1, [0xE6] = 1,
};

/* The label may start the line, follow a non-letter, or be glued to the
** end of an outlet name ("cnUpdated"): a capital after a lower case
** letter starts a new word. */
static int label_boundary(const char *s, size_t i)
{
    if (i == 0)
        return 1;
    unsigned char before = (unsigned char)s[i - 1];
    if (!ts_is_alpha(before))
        return 1;
    return ts_is_lower(before) && ts_is_upper((unsigned char)s[i]);
}

/* After the label: spaces, a colon, spaces, "on"/"at"; then a date,
** whose end goes to *de. */
static int date_after_label(const char *s, size_t n, size_t i,
                            int needs_colon, struct dateline *out,
                            size_t *de)
{
    i = ts_skip_space(s, n, i);
    int colon = 0;
    if (i < n && s[i] == ':') {
        colon = 1;
        i++;
    } else if (ts_starts(s + i, n - i, "\xEF\xBC\x9A")) {
        colon = 1;
        i += 3;
    }
    if (needs_colon && !colon)
        return 0;
    i = ts_skip_space(s, n, i);
    if (ts_starts(s + i, n - i, "on ") || ts_starts(s + i, n - i, "at "))
        i += 3;
    size_t k = date_parse(s + i, n - i, &out->year, &out->month, &out->day);
    if (k == 0)
        return 0;
    *de = i + k;
    return 1;
}

static int is_separator(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    *len = 1;
    if (c == '|' || c == '/' || c == '-' || c == ',')
        return 1;
    static const char *const wide[] = {"\xE4\xB8\xA8", /* 丨 */
                                       "\xC2\xB7",     /* · */
                                       "\xE2\x80\x93", /* – */
                                       "\xE2\x80\x94"}; /* — */
    for (size_t w = 0; w < 4; w++)
        if (ts_starts(s + i, n - i, wide[w])) {
            *len = strlen(wide[w]);
            return 1;
        }
    return 0;
}

/* Unlabelled names must look like names: every word capitalised, a
** domain, or a connector ("Ministry of Commerce", "chinadaily.com.cn"),
** so that a headline before "Updated:" is not taken for an outlet. */
static int looks_like_name(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        int dot = 0;
        while (j < n && s[j] != ' ')
            dot |= s[j++] == '.';
        unsigned char c = (unsigned char)s[i];
        if (!(ts_is_upper(c) || c >= 0x80 || dot || ts_is_digit(c) ||
              ts_equals_ci(s + i, j - i, "de") || /* "Rio de Janeiro" */
              ts_equals_ci(s + i, j - i, "da") ||
              ts_equals_ci(s + i, j - i, "of") ||
              ts_equals_ci(s + i, j - i, "and") ||
              ts_equals_ci(s + i, j - i, "the")))
            return 0;
        i = j + 1;
    }
    return 1;
}

/* The outlet named before the label: the last field of s[0..end). */
static struct range outlet_before(const char *s, size_t end)
{
    struct range none = {0, 0}, r = {0, end}, v;
    size_t k;
    ts_trim(s, &r);
    while (r.end > r.start) {
        size_t i = r.end - 1;
        while (i > r.start && ((unsigned char)s[i] & 0xC0) == 0x80)
            i--;
        if (!is_separator(s, r.end, i, &k) || k != r.end - i)
            break;
        r.end = i;
        ts_trim(s, &r);
    }
    for (size_t i = r.start; i < r.end; i++)
        if (s[i] == '|' || ts_starts(s + i, r.end - i, "\xE4\xB8\xA8"))
            r.start = i + 1;
    ts_trim(s, &r);
    if (ts_starts(s + r.start, r.end - r.start, "By "))
        return none;
    if (source_label(s + r.start, r.end - r.start, &v)) {
        v.start += r.start;
        v.end += r.start;
        r = v;
    } else if (!looks_like_name(s + r.start, r.end - r.start))
        return none;
    if (!source_name_ok(s + r.start, r.end - r.start))
        return none;
    return r;
}

/* A "Source: X" field after the date. */
static struct range outlet_after(const char *s, size_t n, size_t from)
{
    struct range none = {0, 0}, v;
    for (size_t i = from; i < n; i++) {
        if (!ts_word_start(s, i))
            continue;
        if (source_label(s + i, n - i, &v)) {
            v.start += i;
            v.end += i;
            if (source_name_ok(s + v.start, v.end - v.start))
                return v;
            return none;
        }
    }
    return none;
}

/* Words that may surround a bare date on its own line. */
static int filler_word(const char *s, size_t n)
{
    static const char *const ok[] = {"am",  "pm",  "gmt", "utc", "bjt",
                                     "cst", "on",  "at",  "beijing",
                                     "time", "local", "min", "mins",
                                     "read"}; /* "· 5 min read" */
    for (size_t w = 0; w < sizeof ok / sizeof ok[0]; w++)
        if (ts_equals_ci(s, n, ok[w]))
            return 1;
    return date_weekday_name(s, n) == n;
}

static int only_filler(const char *s, size_t from, size_t to)
{
    size_t i = from;
    while (i < to) {
        unsigned char c = (unsigned char)s[i];
        if (ts_is_alpha(c)) {
            size_t j = i;
            while (j < to && ts_is_alpha((unsigned char)s[j]))
                j++;
            if (!filler_word(s + i, j - i))
                return 0;
            i = j;
        } else if (ts_is_digit(c) || strchr(" \t,.:|()[]-+/", c) != NULL) {
            i++;
        } else if (ts_starts(s + i, to - i, "\xC2\xB7")) {
            i += 2; /* "·" */
        } else {
            size_t k = ts_space_at(s, to, i);
            if (k == 0)
                return 0;
            i += k;
        }
    }
    return 1;
}

/* Where the last run of four digits in s[from..to) starts (the last four
** of a longer run), or `to` when there is none.  Such a run covers one of
** every four positions counted back from to - 1, so only those are probed
** first: a quarter of the bytes of a line without one. */
static size_t last_four_digits(const char *s, size_t from, size_t to)
{
    for (ptrdiff_t p = (ptrdiff_t)to - 1; p >= (ptrdiff_t)from; p -= 4) {
        if (ts_is_digit((unsigned char)s[p])) {
            size_t a = (size_t)p, b = a + 1;
            while (b < to && ts_is_digit((unsigned char)s[b]))
                b++; /* at most to the next probe, a shorter run */
            while (a > from && b - a < 4 && ts_is_digit((unsigned char)s[a - 1]))
                a--;
            if (b - a >= 4)
                return b - 4;
        }
    }
    return to;
}

/* The two digits at s[0..1] as a number, or -1. */
static int two_digits(const char *s)
{
    if (!ts_is_digit((unsigned char)s[0]) || !ts_is_digit((unsigned char)s[1]))
        return -1;
    return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Is s[a, b) a time of day: "09:58" (any colon), "10.30", "1030"? */
static int time_of_day(const char *s, size_t a, size_t b)
{
    if (memchr(s + a, ':', b - a) != NULL)
        return 1;
    int hh, mm;
    if (b - a == 5 && s[a + 2] == '.') {
        hh = two_digits(s + a);
        mm = two_digits(s + a + 3);
    } else if (b - a == 4) {
        hh = two_digits(s + a);
        mm = two_digits(s + a + 2);
    } else {
        return 0;
    }
    return hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59;
}

/* Does [from, to) hold a table's cell of data: two or more spaces, then
** a number that is not a time ("September 30, 2026      78.45" and
** "...      (2.3)" are rows of a results table; "2023-05-22  09:58" and
** "Fri 6 Nov 2026  10.30 GMT" are still datelines)? */
static int data_cell(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i + 2 < to; i++) {
        if (s[i] != ' ' || s[i + 1] != ' ')
            continue;
        size_t j = i + 2;
        while (j < to && s[j] == ' ')
            j++;
        if (j < to && (s[j] == '-' || s[j] == '+' || s[j] == '('))
            j++;
        if (j >= to || !ts_is_digit((unsigned char)s[j]))
            return 0;
        size_t a = j;
        while (j < to && (ts_is_digit((unsigned char)s[j]) || s[j] == '.' ||
                          s[j] == ',' || s[j] == ':'))
            j++;
        return !time_of_day(s, a, j);
    }
    return 0;
}

/* Are the fields of s[from, to) that '|' parts, other than the date's,
** each a byline ("By Lucas Matos"), a name ("Rio de Janeiro", "News
** Release") or filler?  "December 4, 2026 | Rio de Janeiro | By X",
** "News Release | 3 December 2026". */
static int other_fields(const char *s, size_t from, size_t to)
{
    struct range f = {from, from};
    for (size_t i = from; i <= to; i++) {
        if (i < to && s[i] != '|')
            continue;
        f.end = i;
        ts_trim(s, &f);
        size_t len = f.end - f.start;
        if (len > 0 && !ts_starts(s + f.start, len, "By ") &&
            !looks_like_name(s + f.start, len) &&
            !only_filler(s, f.start, f.end))
            return 0;
        f.start = i + 1;
    }
    return 1;
}

/* A byline ending in its date: "By Aigerim Sadvakasova in Business, Tech
** on 27 November 2026". */
static int byline_date(const char *s, struct range line, struct dateline *out)
{
    if (!ts_starts(s + line.start, line.end - line.start, "By "))
        return 0;
    for (size_t i = line.start + 3; i + 4 < line.end; i++) {
        if (s[i] != ' ' || s[i + 1] != 'o' || s[i + 2] != 'n' ||
            s[i + 3] != ' ')
            continue;
        size_t k = date_parse(s + i + 4, line.end - i - 4, &out->year,
                              &out->month, &out->day);
        if (k > 0 && only_filler(s, i + 4 + k, line.end))
            return 1;
    }
    return 0;
}

int dateline_wire(const char *s, size_t n, struct dateline *out)
{
    /* the place: words in capitals or capitalised ("COLUMBUS, Ohio"),
    ** spaces, commas, full stops, hyphens */
    size_t i = 0;
    while (i < n && i < 60 &&
           (ts_is_alpha((unsigned char)s[i]) || s[i] == ' ' || s[i] == ',' ||
            s[i] == '.' || s[i] == '-')) {
        if (ts_is_lower((unsigned char)s[i]) &&
            (i == 0 || !ts_is_alpha((unsigned char)s[i - 1])))
            return 0; /* a word in lower case: a sentence, no place */
        i++;
    }
    if (i > 0 && s[i - 1] != ' ')
        return 0; /* "(" after a space: "MANILA (3 ...", not "Act(s)" */
    if (i < 3 || i >= n || s[i] != '(' || !ts_is_upper((unsigned char)s[0]))
        return 0;
    memset(out, 0, sizeof *out);
    size_t k = date_parse(s + i + 1, n - i - 1, &out->year, &out->month,
                          &out->day);
    if (k == 0 || i + 1 + k >= n || s[i + 1 + k] != ')')
        return 0;
    return 1;
}

int dateline_parse(const char *s, size_t n, struct dateline *out)
{
    /* a long line with nothing to trim is no dateline: say so before
    ** trimming it */
    if (n > DATELINE_MAX_BYTES && ts_space_at(s, n, 0) == 0 &&
        ts_space_before(s, n) == 0)
        return 0;
    struct range line = {0, n};
    ts_trim(s, &line);
    if (line.end == line.start || line.end - line.start > DATELINE_MAX_BYTES)
        return 0;
    memset(out, 0, sizeof *out);

    /* every date has a four-digit year: no run of four digits, no date;
    ** and a label comes before its date, so before the last such run */
    size_t last_year = last_four_digits(s, line.start, line.end);
    if (last_year == line.end)
        return 0;

    for (size_t i = line.start; i < last_year; i++) {
        unsigned char c = ts_lower((unsigned char)s[i]);
        if (!label_first[(unsigned char)s[i]] || !label_boundary(s, i))
            continue;
        for (size_t l = 0; l < COUNT(labels); l++) {
            const char *t = labels[l].word.text;
            size_t len = labels[l].word.len, de;
            if (ts_lower((unsigned char)t[0]) != c ||
                !ts_starts_ci(s + i, line.end - i, t) ||
                !label_boundary(s, i) ||
                (ts_is_alpha((unsigned char)t[0]) &&
                 !ts_word_end(s, line.end, i + len)))
                continue;
            if (!date_after_label(s, line.end, i + len, labels[l].needs_colon,
                                  out, &de))
                continue;
            out->labelled = 1;
            out->outlet = outlet_before(s, i);
            if (out->outlet.start == out->outlet.end)
                out->outlet = outlet_after(s, line.end, de);
            return 1;
        }
    }

    if (byline_date(s, line, out))
        return 1;

    /* a bare dateline is little more than its date: short, and with few
    ** lower-case letters (a weekday, a month, "Beijing time"), or fields
    ** of names beside it parted by '|' */
    if (line.end - line.start > BARE_MAX_BYTES &&
        (line.end - line.start > 2 * BARE_MAX_BYTES ||
         !memchr(s + line.start, '|', line.end - line.start)))
        return 0;
    size_t lower = 0;
    for (size_t i = line.start; i < line.end; i++)
        lower += ts_is_lower((unsigned char)s[i]);
    size_t ds, de;
    if (!date_find(s + line.start, line.end - line.start, &out->year,
                   &out->month, &out->day, &ds, &de))
        return 0;
    ds += line.start;
    de += line.start;
    if (lower <= BARE_MAX_LOWER && line.end - line.start <= BARE_MAX_BYTES &&
        only_filler(s, line.start, ds) && only_filler(s, de, line.end) &&
        !data_cell(s, de, line.end))
        return 1;
    /* the date in a field of its own between '|' */
    size_t a = ds, b = de;
    while (a > line.start && s[a - 1] != '|')
        a--;
    while (b < line.end && s[b] != '|')
        b++;
    return (a > line.start || b < line.end) && only_filler(s, a, ds) &&
           only_filler(s, de, b) && other_fields(s, line.start, a) &&
           other_fields(s, b, line.end);
}
