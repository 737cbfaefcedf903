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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* For each byte, the labels that start with it, in either case (bit l
** for labels[l]), and those whose second byte it is: most places are no
** label's start, and the others are compared with one label or two
** (those both bytes allow, "th" allows none), not twelve.  Filled at
** start; until then every label is tried. */
static unsigned labels_by_first[256], labels_by_second[256];
static int labels_by_first_ready;

#ifdef __GNUC__
/* Note label l under byte c of `table`, in either case. */
static void note_label(unsigned table[256], unsigned char c, size_t l)
{
    table[c] |= 1u << l;
    table[ts_lower(c)] |= 1u << l;
    if (ts_is_lower(c))
        table[c - 32] |= 1u << l;
}

__attribute__((constructor)) static void sort_labels_by_first(void)
{
    for (size_t l = 0; l < COUNT(labels); l++) {
        note_label(labels_by_first, (unsigned char)labels[l].word.text[0], l);
        note_label(labels_by_second, (unsigned char)labels[l].word.text[1], l);
    }
    labels_by_first_ready = 1;
}
#endif

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

/* A time of day at i ("07:48 pm ", "16:21 "): where the text after it
** starts; i when there is none. */
static size_t skip_clock_time(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && j - i < 2 && ts_is_digit((unsigned char)s[j]))
        j++;
    if (j == i || j + 2 >= n || s[j] != ':' ||
        !ts_is_digit((unsigned char)s[j + 1]) ||
        !ts_is_digit((unsigned char)s[j + 2]))
        return i;
    j = ts_skip_space(s, n, j + 3);
    if (j + 2 <= n && (ts_starts_ci(s + j, n - j, "am") ||
                       ts_starts_ci(s + j, n - j, "pm")))
        j = ts_skip_space(s, n, j + 2);
    return j;
}

/* After the label: spaces, a colon, spaces, "on"/"at"; then a date,
** whose end goes to *de. */
static int date_after_label(const char *s, size_t n, size_t i,
                            int needs_colon, struct dateline *out,
                            size_t *de)
{
    int colon = i < n && s[i] == '\t'; /* "Date<TAB>3 November 2026": a
                                           table's field, as good */
    i = ts_skip_space(s, n, i);
    if ((ts_starts(s + i, n - i, "on ") || ts_starts(s + i, n - i, "On ")) &&
        ts_skip_space(s, n, i + 3) < n && s[ts_skip_space(s, n, i + 3)] == ':')
        i = ts_skip_space(s, n, i + 3); /* "Posted on : Dec.3,2026" */
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
    if (ts_starts(s + i, n - i, "on ") || ts_starts(s + i, n - i, "at ") ||
        ts_starts(s + i, n - i, "On ")) /* "Published On 21 Nov 2026" */
        i += 3;
    i = skip_clock_time(s, n, i); /* "Published at 07:48 pm December 1st" */
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
        int dot = 0, wide = 0; /* wide: "e公司", a Chinese name */
        while (j < n && s[j] != ' ') {
            wide |= (unsigned char)s[j] >= 0x80;
            dot |= s[j++] == '.';
        }
        unsigned char c = (unsigned char)s[i];
        if (!(ts_is_upper(c) || wide || dot || ts_is_digit(c) ||
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
    static const char *const ok[] = {
        "am",   "pm",   "gmt",   "utc", "bjt", "cst", "on",  "at",
        "beijing", "time", "local", "min", "mins", "read", /* "· 5 min read" */
        "jst",  "kst",  "hkt",   "sgt", "ist", "cet", "cest", "est",
        "edt",  "pst",  "pdt",   "aest", "aedt", "wib"}; /* zones */
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
static size_t last_four_digits_probed(const char *s, size_t from, size_t to)
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

#ifdef __SSE2__
/* The bytes of the 16 at p that are in [low, high], all ones each, the
** others zero.  Signed compares: bytes from 0x80 up are negative, below
** any ASCII bound. */
static inline __m128i bytes_in(const char *p, char low, char high)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)(low - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8((char)(high + 1))));
}

/* The same, a bit each. */
static inline unsigned bytes_between(const char *p, char low, char high)
{
    return (unsigned)_mm_movemask_epi8(bytes_in(p, low, high));
}

/* last_four_digits_probed, 16 bytes at a time from the end: the digits
** of a block as a mask, with those of the three bytes after it (a run
** may cross), and a bit where four digits end.  The highest such bit
** ends the last run (a digit after it would end four more). */
static size_t last_four_digits(const char *s, size_t from, size_t to)
{
    size_t end = to;
    unsigned after = 0; /* digits of the three bytes after the block */
    while (end - from >= 16) {
        size_t at = end - 16;
        unsigned digits = bytes_between(s + at, '0', '9') | after << 16;
        unsigned four = digits & digits << 1 & digits << 2 & digits << 3;
        if (four)
            return at + (size_t)(31 - __builtin_clz(four)) - 3;
        after = digits & 7;
        end = at;
    }
    size_t last = last_four_digits_probed(s, from, end + 3 < to ? end + 3 : to);
    return last < end ? last : to;
}
#else
#define last_four_digits last_four_digits_probed
#endif

/* The lower-case ASCII letters of s[from, to), counted only until there
** are more than `most` (all a bare dateline asks), 16 bytes at a time:
** a block's letters are its bytes in 'a'..'z' as ones, summed by
** psadbw (with no popcount instruction to count a mask's bits). */
static size_t lower_letters(const char *s, size_t from, size_t to, size_t most)
{
    size_t lower = 0, k = from;
#ifdef __SSE2__
    for (; to - k >= 16 && lower <= most; k += 16) {
        __m128i letters = _mm_and_si128(bytes_in(s + k, 'a', 'z'),
                                        _mm_set1_epi8(1));
        __m128i sums = _mm_sad_epu8(letters, _mm_setzero_si128());
        lower += (size_t)_mm_cvtsi128_si32(sums) +
                 (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    for (; k < to && lower <= most; k++)
        lower += ts_is_lower((unsigned char)s[k]);
    return lower;
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

/* A labelled date at s[i] ("Updated: ...") on the line: fills *out. */
static int try_label(const char *s, struct range line, size_t i,
                     struct dateline *out)
{
    unsigned which = (1u << COUNT(labels)) - 1;
    if (labels_by_first_ready) /* every label is two bytes or more */
        which = i + 1 < line.end
                    ? labels_by_first[(unsigned char)s[i]] &
                          labels_by_second[(unsigned char)s[i + 1]]
                    : 0;
    if (which == 0 || !label_boundary(s, i))
        return 0;
    for (; which; which &= which - 1) { /* the labels in order */
        size_t l = (size_t)__builtin_ctz(which);
        const char *t = labels[l].word.text;
        size_t len = labels[l].word.len, de;
        if (!ts_starts_ci(s + i, line.end - i, t) ||
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
    return 0;
}

/* Bytes of the field separator ending at s[i - 1] ('|', '·', two spaces,
** an ideographic space or a comma), or 0. */
static size_t separator_before(const char *s, size_t from, size_t i)
{
    if (i > from && (s[i - 1] == '|' || s[i - 1] == ','))
        return 1; /* "Ahram Online , Tuesday 10 Nov 2026" */
    if (i >= from + 3 && s[i - 3] == '\xE3' && s[i - 2] == '\x80' &&
        s[i - 1] == '\x80')
        return 3; /* "2026-10-28 21:36　来源：证券时报" */
    if (i >= from + 2 && ((s[i - 2] == ' ' && s[i - 1] == ' ') ||
                          (s[i - 2] == '\xC2' && s[i - 1] == '\xB7')))
        return 2;
    return 0;
}

/* May the field s[f) (trimmed) stand beside a date: empty, a byline
** ("By Lucas Matos", "Author: Chen Siyu"), a labelled field ("Source:
** China News Service"), a short name ("Rio de Janeiro", "News Release":
** three words at most; "Fed Cuts Rates Again" is a related story's
** headline) or filler?  Never data: "Brent  82.40%". */
static int other_field_ok(const char *s, struct range f)
{
    size_t len = f.end - f.start, words = 1;
    int labelled = 0;
    for (size_t k = f.start; k < f.end; k++) {
        int number_mark = (s[k] == '.' || s[k] == ',') && k > f.start &&
                          k + 1 < f.end && ts_is_digit((unsigned char)s[k - 1]) &&
                          ts_is_digit((unsigned char)s[k + 1]);
        if (s[k] == '%' || number_mark)
            return 0;
        labelled |= s[k] == ':' && words == 1;
        words += s[k] == ' ';
    }
    return len == 0 || ts_starts(s + f.start, len, "By ") ||
           ts_starts(s + f.start, len, "Author: ") ||
           ts_equals_ci(s + f.start, len, "news release") ||
           ts_equals_ci(s + f.start, len, "press release") ||
           ts_equals_ci(s + f.start, len, "media release") ||
           (looks_like_name(s + f.start, len) && (words <= 3 || labelled)) ||
           only_filler(s, f.start, f.end);
}

/* Are the fields of s[from, to) that separators part, other than the
** date's, each one other_field_ok takes?  "December 4, 2026 | Rio de
** Janeiro | By X", "News Release | 3 December 2026", "Sok Chanphal
** December 2, 2026" (two spaces apart). */
static int other_fields(const char *s, size_t from, size_t to)
{
    struct range f = {from, from};
    for (size_t i = from; i <= to; i++) {
        size_t sep = i < to ? separator_before(s, from, i + 1) : 1;
        if (sep == 0)
            continue;
        f.end = i + 1 - sep;
        ts_trim(s, &f);
        if (f.end < f.start)
            f.end = f.start;
        if (!other_field_ok(s, f))
            return 0;
        f.start = i + 1;
    }
    return 1;
}

/* Do the bytes a then b follow each other in p[0..len)?  (memchr to each
** a, and no call to compare one byte after it.) */
static int has_pair(const char *p, size_t len, char a, char b)
{
    if (len < 2)
        return 0;
    const char *end = p + len - 1; /* the last place a pair may start */
    for (const char *q = p; (q = memchr(q, a, (size_t)(end - q))) != NULL; q++)
        if (q[1] == b)
            return 1;
    return 0;
}

/* Does the line hold a separator of fields: '|', '·', two spaces, an
** ideographic space or ", "? */
static int has_fields(const char *s, struct range line)
{
    const char *p = s + line.start;
    size_t len = line.end - line.start;
    return memchr(p, '|', len) != NULL || has_pair(p, len, '\xC2', '\xB7') ||
           has_pair(p, len, ' ', ' ') || ts_find(p, len, "\xE3\x80\x80") < len ||
           has_pair(p, len, ',', ' ');
}

/* A byline ending in its date: "By Aigerim Sadvakasova in Business, Tech
** on 27 November 2026". */
static int byline_date(const char *s, struct range line, struct dateline *out)
{
    /* a name after "By": two capitalised words ("By Friday, the index",
    ** "By contrast", "By 2030" are sentences); no sentence's full stop */
    size_t p = line.start + 3;
    if (!ts_starts(s + line.start, line.end - line.start, "By ") ||
        s[line.end - 1] == '.' || p >= line.end ||
        !ts_is_upper((unsigned char)s[p]))
        return 0;
    while (p < line.end && ts_is_alpha((unsigned char)s[p]))
        p++;
    if (p + 1 >= line.end || s[p] != ' ' ||
        !ts_is_upper((unsigned char)s[p + 1]))
        return 0;
    for (size_t i = line.start + 3; i + 4 < line.end; i++) {
        if (ts_is_digit((unsigned char)s[i]))
            return 0; /* a number before the date: a sentence */
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

#ifdef __SSE2__
/* The bytes of the 16 at p that may start a label, a bit each (p[-1] is
** read too): a first byte of a label (either case of an ASCII letter:
** the letter with bit 0x20 set; labels[] starts with no other), unless a
** letter comes before it that label_boundary would refuse.  A superset
** of what try_label takes. */
static unsigned label_places(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i first = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE5)),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE6)));
    static const char letters[] = "uplrdt";
    for (size_t k = 0; k < sizeof letters - 1; k++)
        first = _mm_or_si128(first,
                             _mm_cmpeq_epi8(folded, _mm_set1_epi8(letters[k])));
    /* inside a word: a letter before, and a small letter here or a capital
    ** before ("cnUpdated" starts a label, "pUpdated" and "update" no) */
    unsigned before_small = bytes_between(p - 1, 'a', 'z'),
             before_capital = bytes_between(p - 1, 'A', 'Z'),
             small = bytes_between(p, 'a', 'z');
    unsigned inside = (before_small | before_capital) & (small | before_capital);
    return (unsigned)_mm_movemask_epi8(first) & ~inside;
}
#endif

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
    if (n < 2 || !ts_is_upper((unsigned char)s[0]) ||
        !ts_is_upper((unsigned char)s[1]))
        return 0; /* the place opens in capitals, as wires write it:
                  ** not "Annual General Meeting (June 30, 2027)" */
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

    size_t i = line.start;
#ifdef __SSE2__
    /* the places a label may start, 16 at a time: a first byte of one,
    ** not inside a word (after a letter only as a capital after a small
    ** one); label_boundary has the last word on each */
    if (i == 0 && i < last_year && try_label(s, line, i++, out))
        return 1;
    for (; last_year - i >= 16; i += 16) {
        unsigned places = label_places(s + i);
        for (; places; places &= places - 1)
            if (try_label(s, line, i + (size_t)__builtin_ctz(places), out))
                return 1;
    }
#endif
    for (; i < last_year; i++)
        if (try_label(s, line, i, out))
            return 1;

    if (byline_date(s, line, out))
        return 1;

    /* a bare dateline is little more than its date: short, and with few
    ** lower-case letters (a weekday, a month, "Beijing time"), or fields
    ** of names beside it parted by '|' */
    size_t len = line.end - line.start;
    if (len > 2 * BARE_MAX_BYTES)
        return 0; /* before looking for the separators of fields */
    /* the separators are looked for when a rule asks, -1 until then: a
    ** short line with few small letters asks only when its date is not
    ** all of it */
    int fields = -1;
    if (len > BARE_MAX_BYTES && !(fields = has_fields(s, line)))
        return 0;
    size_t lower = lower_letters(s, line.start, line.end, BARE_MAX_LOWER);
    if (lower > BARE_MAX_LOWER && fields < 0)
        fields = has_fields(s, line);
    if (lower > BARE_MAX_LOWER && !fields)
        return 0;
    size_t ds, de;
    if (!date_find_upto(s + line.start, line.end - line.start,
                        last_year - line.start, &out->year, &out->month,
                        &out->day, &ds, &de))
        return 0;
    ds += line.start;
    de += line.start;
    if (lower <= BARE_MAX_LOWER && len <= BARE_MAX_BYTES &&
        only_filler(s, line.start, ds) && only_filler(s, de, line.end) &&
        !data_cell(s, de, line.end))
        return 1;
    if (fields < 0)
        fields = has_fields(s, line);
    if (!fields || data_cell(s, de, line.end) ||
        data_cell(s, line.start, ds))
        return 0; /* "September 30, 2026      78.45": a table's row */
    /* the date in a field of its own between separators */
    size_t a = ds, b = de;
    while (a > line.start && !separator_before(s, line.start, a))
        a--;
    while (b < line.end && !separator_before(s, line.start, b + 1))
        b++;
    if (b < line.end)
        b = b + 1 - separator_before(s, line.start, b + 1);
    return (a > line.start || b < line.end) && only_filler(s, a, ds) &&
           only_filler(s, de, b) && other_fields(s, line.start, a) &&
           other_fields(s, b, line.end);
}
