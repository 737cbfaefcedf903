/*
** date.c: reading calendar dates (see date.h).
**
** A hand-written recogniser rather than a table of strptime formats: the
** forms share pieces (a month name, a day, a year, an optional clock
** time), the pieces are tried at one position with bounded lookahead, and
** date_find() can therefore try every word start of a line and stay
** linear.  Nothing here allocates or depends on the locale.
*/
#include "date.h"

#include <stdbool.h>

#include "textscan.h"

#define YEAR_MIN 1800
#define YEAR_MAX 2200

/* Longer spellings first so "Sept" wins over "Sep", "June" over "Jun". */
static const struct {
    struct word word;
    int month;
} months[] = {
    {W("january"), 1},   {W("february"), 2}, {W("march"), 3},
    {W("april"), 4},     {W("may"), 5},      {W("june"), 6},
    {W("july"), 7},      {W("august"), 8},   {W("september"), 9},
    {W("october"), 10},  {W("november"), 11}, {W("december"), 12},
    {W("jan"), 1},  {W("feb"), 2},  {W("mar"), 3},  {W("apr"), 4},
    {W("jun"), 6},  {W("jul"), 7},  {W("aug"), 8},  {W("sept"), 9},
    {W("sep"), 9},  {W("oct"), 10}, {W("nov"), 11}, {W("dec"), 12},
};
static const struct word weekdays[] = {
    W("monday"), W("tuesday"), W("wednesday"), W("thursday"), W("friday"),
    W("saturday"), W("sunday"), W("thurs"), W("tues"), W("thur"), W("mon"),
    W("tue"), W("wed"), W("thu"), W("fri"), W("sat"), W("sun"),
};

/* A name matches only the whole run of letters it starts (the name is
** all letters, and no letter may follow it), so only a name as long as
** that run can match.  For each first letter (its low five bits, shared
** by both cases), the lengths of the month names and of the weekday
** names that start with it, bit k for k letters: most capitalised words
** ("China", "Beijing") are turned away at one look, not compared with
** every name.  Filled at start; until then every word is compared. */
static unsigned month_lengths[32], weekday_lengths[32];
static unsigned name_lengths[32]; /* of both */
static int name_lengths_ready;

#ifdef __GNUC__
__attribute__((constructor)) static void sum_up_names(void)
{
    for (size_t i = 0; i < COUNT(months); i++)
        month_lengths[months[i].word.text[0] & 31] |= 1u << months[i].word.len;
    for (size_t i = 0; i < COUNT(weekdays); i++)
        weekday_lengths[weekdays[i].text[0] & 31] |= 1u << weekdays[i].len;
    for (size_t k = 0; k < 32; k++)
        name_lengths[k] = month_lengths[k] | weekday_lengths[k];
    name_lengths_ready = 1;
}
#endif

/* May a name of `lengths` match at s: is there one as long as the run of
** letters at s (up to n bytes) with its first letter? */
static int may_be_name(const unsigned lengths[32], const char *s, size_t n)
{
    if (!name_lengths_ready)
        return 1;
    size_t run = 0;
    while (run < n && run < 31 && ts_is_alpha((unsigned char)s[run]))
        run++;
    return (lengths[(unsigned char)s[0] & 31] >> run) & 1;
}

int date_valid(int year, int month, int day)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12 ||
        day < 1)
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = days[month - 1] + (month == 2 && leap);
    return day <= last;
}

/* Exactly min..max digits at s[i], not followed by another digit. */
static size_t digits(const char *s, size_t n, size_t i, size_t min,
                     size_t max, int *value)
{
    size_t k = 0;
    int v = 0;
    while (i + k < n && ts_is_digit((unsigned char)s[i + k])) {
        if (k == max)
            return 0;
        v = v * 10 + (s[i + k] - '0');
        k++;
    }
    if (k < min)
        return 0;
    *value = v;
    return k;
}

/* The index of the capitalised name at s (a whole word), or -1. */
static int match_name(const char *s, size_t n, const struct word *names,
                      size_t count, const unsigned lengths[32])
{
    if (n < 3 || !ts_is_upper((unsigned char)s[0]) ||
        !may_be_name(lengths, s, n))
        return -1;
    unsigned char first = ts_lower((unsigned char)s[0]);
    for (size_t i = 0; i < count; i++)
        if ((unsigned char)names[i].text[0] == first && names[i].len <= n &&
            ts_starts_ci(s, n, names[i].text) &&
            ts_word_end(s, n, names[i].len))
            return (int)i;
    return -1;
}

int date_month_name(const char *s, size_t len, size_t *used)
{
    if (len < 3 || !ts_is_upper((unsigned char)s[0]) ||
        !may_be_name(month_lengths, s, len))
        return 0;
    unsigned char first = ts_lower((unsigned char)s[0]);
    for (size_t i = 0; i < COUNT(months); i++) {
        const struct word *w = &months[i].word;
        if ((unsigned char)w->text[0] == first && w->len <= len &&
            ts_starts_ci(s, len, w->text) && ts_word_end(s, len, w->len)) {
            *used = w->len;
            return months[i].month;
        }
    }
    return 0;
}

size_t date_weekday_name(const char *s, size_t len)
{
    int w = match_name(s, len, weekdays, COUNT(weekdays), weekday_lengths);
    return w < 0 ? 0 : weekdays[w].len;
}

static size_t spaces(const char *s, size_t n, size_t i)
{
    return ts_skip_space(s, n, i) - i;
}

/* "+08:00", "-0500", "+8" after a zone name or a time. */
static size_t zone_offset(const char *s, size_t n, size_t i)
{
    int v;
    if (i >= n || (s[i] != '+' && s[i] != '-'))
        return 0;
    size_t k = digits(s, n, i + 1, 1, 4, &v);
    if (k == 0)
        return 0;
    size_t at = i + 1 + k;
    if (k == 2 && at + 2 < n && s[at] == ':' &&
        digits(s, n, at + 1, 2, 2, &v))
        at += 3;
    return at - i;
}

size_t date_time_len(const char *s, size_t n)
{
    /* with their lengths: a strlen call per entry cost more than the
    ** compare */
    static const struct word zones[] = {W("GMT"), W("UTC"), W("BJT"), W("CST"),
                                        W("EST"), W("EDT"), W("PST"), W("CET")};
    static const struct word meridiem[] = {W("a.m."), W("p.m."), W("am"),
                                           W("pm")};
    int h, m, sec;
    size_t i = digits(s, n, 0, 1, 2, &h);
    if (i == 0 || h > 23 || i >= n || s[i] != ':')
        return 0;
    size_t k = digits(s, n, i + 1, 2, 2, &m);
    if (k == 0 || m > 59)
        return 0;
    i += 1 + k;
    if (i < n && s[i] == ':' && (k = digits(s, n, i + 1, 2, 2, &sec)) &&
        sec <= 60) {
        i += 1 + k;
        if (i + 1 < n && s[i] == '.' && ts_is_digit((unsigned char)s[i + 1])) {
            i++;
            while (i < n && ts_is_digit((unsigned char)s[i]))
                i++;
        }
    }
    size_t after = i + spaces(s, n, i);
    for (size_t z = 0; z < COUNT(meridiem); z++) {
        size_t len = meridiem[z].len;
        if (ts_starts_ci(s + after, n - after, meridiem[z].text) &&
            (meridiem[z].text[1] == '.' || ts_word_end(s, n, after + len))) {
            i = after + len;
            after = i + spaces(s, n, i);
            break;
        }
    }
    if (i < n && s[i] == 'Z' && ts_word_end(s, n, i + 1))
        return i + 1;
    if ((k = zone_offset(s, n, i)) != 0)
        return i + k;
    if ((k = zone_offset(s, n, after)) != 0 && after > i)
        return after + k;
    for (size_t z = 0; after > i && z < COUNT(zones); z++) {
        size_t len = zones[z].len;
        if (len <= n - after && memcmp(s + after, zones[z].text, len) == 0 &&
            ts_word_end(s, n, after + len)) {
            i = after + len;
            return i + zone_offset(s, n, i);
        }
    }
    return i;
}

/* A time after a date: "T09:34", " 09:34", ", 09:34", " at 09:34". */
static size_t trailing_time(const char *s, size_t n, size_t i)
{
    size_t j = i, k;
    if (j < n && s[j] == 'T') {
        k = date_time_len(s + j + 1, n - j - 1);
        return k ? 1 + k : 0;
    }
    if (j < n && s[j] == ',')
        j++;
    j += spaces(s, n, j);
    if (j == i)
        return 0;
    if (ts_starts(s + j, n - j, "at "))
        j += 3;
    k = date_time_len(s + j, n - j);
    return k ? j - i + k : 0;
}

/* 2015-12-15, 2015/12/15, 2015.12.15, 2015年12月15日 */
static size_t year_first(const char *s, size_t n, int *y, int *m, int *d)
{
    size_t i = digits(s, n, 0, 4, 4, y), k;
    if (i == 0 || i >= n)
        return 0;
    char sep = s[i];
    if (sep == '-' || sep == '/' || sep == '.') {
        if ((k = digits(s, n, i + 1, 1, 2, m)) == 0)
            return 0;
        i += 1 + k;
        if (i >= n || s[i] != sep || (k = digits(s, n, i + 1, 1, 2, d)) == 0)
            return 0;
        i += 1 + k;
        return i + trailing_time(s, n, i);
    }
    /* 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5 */
    if (!ts_starts(s + i, n - i, "\xE5\xB9\xB4"))
        return 0;
    i += 3;
    if ((k = digits(s, n, i, 1, 2, m)) == 0 ||
        !ts_starts(s + i + k, n - i - k, "\xE6\x9C\x88"))
        return 0;
    i += k + 3;
    if ((k = digits(s, n, i, 1, 2, d)) == 0 ||
        !ts_starts(s + i + k, n - i - k, "\xE6\x97\xA5"))
        return 0;
    return i + k + 3;
}

/* 3-12-2026, 3.12.2026 (day first, as Europe writes with these), and
** 11/28/2026 or 28/11/2026 when only one order is a date: "2/12/2026" is
** February or December by the country, which a date alone cannot say. */
static size_t numeric_dmy(const char *s, size_t n, int *y, int *m, int *d)
{
    int a, b;
    size_t i = digits(s, n, 0, 1, 2, &a), k;
    if (i == 0 || i + 1 >= n)
        return 0;
    /* "02 - 12 - 2026" (Graphic Online): a dash with a space each side */
    size_t pad = i + 3 < n && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ';
    char sep = s[i + pad];
    if (sep != '-' && sep != '.' && sep != '/')
        return 0;
    if ((k = digits(s, n, i + 1 + 2 * pad, 1, 2, &b)) == 0)
        return 0;
    i += 1 + 2 * pad + k;
    if (i + 2 * pad >= n || s[i + pad] != sep || (pad && s[i] != ' ') ||
        (k = digits(s, n, i + 1 + 2 * pad, 4, 4, y)) == 0)
        return 0;
    i += 1 + 2 * pad + k;
    if (i < n && ts_is_digit((unsigned char)s[i]))
        return 0;
    if (sep != '/' || (a > 12 && b <= 12)) {
        *d = a; /* day first */
        *m = b;
    } else if (b > 12 && a <= 12) {
        *m = a; /* "11/28/2026": month first */
        *d = b;
    } else {
        return 0;
    }
    return i + trailing_time(s, n, i);
}

/* 15 December 2015, 15 Dec. 2015, 15-Dec-2015 */
/* "st", "nd", "rd" or "th" ending a word at s[i]: "Dec 15th", "4th". */
static bool ordinal_suffix(const char *s, size_t n, size_t i)
{
    static const char ordinals[][2] = {"st", "nd", "rd", "th"};
    for (size_t o = 0; o < 4 && i + 2 <= n; o++)
        if (memcmp(s + i, ordinals[o], 2) == 0 && ts_word_end(s, n, i + 2))
            return true;
    return false;
}

static size_t day_first(const char *s, size_t n, int *y, int *m, int *d)
{
    size_t i = digits(s, n, 0, 1, 2, d), k;
    if (i == 0 || i >= n)
        return 0;
    if (i + 2 < n && ordinal_suffix(s, n, i))
        i += 2; /* "4th December 2026" (Nigerian and British papers) */
    int dashed = s[i] == '-';
    size_t gap = dashed ? 1 : spaces(s, n, i);
    if (gap == 0)
        return 0;
    i += gap;
    if ((*m = date_month_name(s + i, n - i, &k)) == 0)
        return 0;
    i += k;
    if (i < n && s[i] == '.')
        i++;
    if (dashed) {
        if (i >= n || s[i] != '-')
            return 0;
        i++;
    } else {
        if (i < n && s[i] == ',')
            i++;
        if ((gap = spaces(s, n, i)) == 0)
            return 0;
        i += gap;
    }
    if ((k = digits(s, n, i, 4, 4, y)) == 0)
        return 0;
    i += k;
    return i + trailing_time(s, n, i);
}

/* December 15, 2015, Dec. 15 2015, Dec 15th, 2015 */
static size_t month_first(const char *s, size_t n, int *y, int *m, int *d)
{
    size_t i, k;
    if ((*m = date_month_name(s, n, &i)) == 0)
        return 0;
    int dot = i < n && s[i] == '.';
    i += dot;
    size_t gap = spaces(s, n, i);
    if (gap == 0 && !dot)
        return 0;
    i += gap;
    if ((k = digits(s, n, i, 1, 2, d)) == 0)
        return 0;
    i += k;
    if (ordinal_suffix(s, n, i))
        i += 2;
    int comma = i < n && s[i] == ',';
    i += comma;
    gap = spaces(s, n, i);
    if (gap == 0 && !comma)
        return 0;
    i += gap;
    if ((k = digits(s, n, i, 4, 4, y)) == 0)
        return 0;
    i += k;
    return i + trailing_time(s, n, i);
}

size_t date_parse(const char *s, size_t len, int *year, int *month,
                  int *day)
{
    int y = 0, m = 0, d = 0;
    size_t k = 0;
    if (len == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (ts_is_digit(c)) {
        k = year_first(s, len, &y, &m, &d);
        if (k == 0)
            k = day_first(s, len, &y, &m, &d);
        if (k == 0)
            k = numeric_dmy(s, len, &y, &m, &d);
    } else if (ts_is_upper(c)) {
        size_t w = date_weekday_name(s, len);
        size_t i = w;
        if (w) {
            if (i < len && s[i] == '.')
                i++;
            if (i < len && s[i] == ',')
                i++;
            i += spaces(s, len, i);
            if (i == w)
                return 0;
            k = day_first(s + i, len - i, &y, &m, &d);
            if (k == 0)
                k = month_first(s + i, len - i, &y, &m, &d);
            if (k)
                k += i;
        } else
            k = month_first(s, len, &y, &m, &d);
    }
    if (k == 0 || !date_valid(y, m, d))
        return 0;
    if (k < len && ts_is_alnum((unsigned char)s[k]))
        return 0;
    *year = y;
    *month = m;
    *day = d;
    return k;
}

int date_find(const char *s, size_t len, int *year, int *month, int *day,
              size_t *start, size_t *end)
{
    return date_find_upto(s, len, len, year, month, day, start, end);
}

/* May the digits at s open a date?  The numeric forms above read four
** digits then '-', '/', '.' or 年 (year_first), or one or two digits
** then a separator, a space or an ordinal's letter (day_first,
** numeric_dmy): most numbers of a line ("1,234", "2026 ", "350") are
** turned away here, before the three parsers are tried. */
static int digits_may_open_date(const char *s, size_t n)
{
    size_t run = 0;
    while (run < n && run < 5 && ts_is_digit((unsigned char)s[run]))
        run++;
    if (run >= n)
        return 0;
    unsigned char next = (unsigned char)s[run];
    if (run == 4)
        return next == '-' || next == '/' || next == '.' || next == 0xE5;
    return run <= 2 &&
           (next == '-' || next == '/' || next == '.' || next == ' ' ||
            next == '\t' || next == '\f' || next == '\v' || next == 0xC2 ||
            next == 0xE3 || next == 's' || next == 'n' || next == 'r' ||
            next == 't');
}

int date_find_upto(const char *s, size_t len, size_t last, int *year,
                   int *month, int *day, size_t *start, size_t *end)
{
    size_t stop = last < len ? last + 1 : len;
    for (size_t i = 0; i < stop; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(ts_is_digit(c) || ts_is_upper(c)) || !ts_word_start(s, i))
            continue;
        /* most capitalised words are no weekday and no month (with which
        ** a date that opens with a capital opens): the length of their
        ** letters says so at one look, for both */
        if (ts_is_upper(c) ? !may_be_name(name_lengths, s + i, len - i)
                           : !digits_may_open_date(s + i, len - i))
            continue;
        size_t k = date_parse(s + i, len - i, year, month, day);
        if (k) {
            *start = i;
            *end = i + k;
            return 1;
        }
    }
    return 0;
}
