/*
** attrib_date.c: the article's date from its text (see scan.h).
**
** When the caller gives no date, a dateline near the top of the text
** ("Nov. 15, 2022", "15 September 2021", "07-Oct-2023") gives the
** article's year and month.
**
** Wires date their stories without a year ("BANGKOK, Jan 6 (Reuters) -"),
** because it is the current one.  The page then still says which year it
** is: the lead names the weekday of the dateline ("the ministry said on
** Monday"), and a day of the year falls on a given weekday in only one of
** three years running.  The years around the one the text names most are
** tried; when the weekday picks none of them the year stays unknown.
**
** Reads tokens of its own, before the scan: a bounded look at the top of
** the text, and one pass over all of it only for a year-less dateline.
*/
#include <string.h>

#include "scan.h"

static int month_of(const struct token *t, const char *text)
{
    (void)text;
    if (t->kind != TK_WORD)
        return 0;
    const struct lexeme *l = lex_get(t->lex);
    if (!(l->cls & LX_MONTH) || !(t->flags & (TF_CAP | TF_ALLCAP)))
        return 0;
    return l->val;
}

static int year_of(const struct token *t)
{
    if (t->kind != TK_NUM || t->ndigits != 4)
        return 0; /* most tokens: no call */
    long v = fx_plain_int(t);
    return v >= 1900 && v <= 2100 ? (int)v : 0;
}

static int day_of(const struct token *t)
{
    /* "07" is a day too: leading zeros are allowed here */
    if (t->kind != TK_NUM || t->ndigits > 2 || t->exp != 0 ||
        (t->nflags & ~NF_LEADZERO))
        return 0;
    return t->mant >= 1 && t->mant <= 31 ? (int)t->mant : 0;
}

static bool punct(const struct token *t, uint32_t cp)
{
    return t->kind == TK_PUNCT && t->hash == cp;
}

/* "DD.MM.YYYY" (or "D.M.YYYY"), the European way of dating a page. */
static bool dotted_date(const char *s, size_t n, int *year, int *month)
{
    int part[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, k = 0;
    for (size_t j = 0; j < n; j++) {
        if (s[j] == '.') {
            if (++k > 2)
                return false;
        } else if (s[j] >= '0' && s[j] <= '9' && digits[k] < 4) {
            part[k] = part[k] * 10 + (s[j] - '0');
            digits[k]++;
        } else {
            return false;
        }
    }
    if (k != 2 || digits[0] < 1 || digits[0] > 2 || digits[1] < 1 ||
        digits[1] > 2 || digits[2] != 4 || part[0] < 1 || part[0] > 31 ||
        part[1] < 1 || part[1] > 12 || part[2] < 1900 || part[2] > 2100)
        return false;
    *year = part[2];
    *month = part[1];
    return true;
}

/* A full date starting at token i of `t` (n tokens): sets year, month. */
static bool date_at(const struct token *t, int n, int i, const char *text,
                    int *year, int *month)
{
    int m, d, y;
    /* Nov 15, 2022 / Nov. 15, 2022 / November 15 2022 */
    if ((m = month_of(&t[i], text))) {
        int k = i + 1;
        if (k < n && punct(&t[k], '.'))
            k++;
        if (k < n && (d = day_of(&t[k]))) {
            k++;
            if (k < n && punct(&t[k], ','))
                k++;
            if (k < n && (y = year_of(&t[k]))) {
                *year = y, *month = m;
                return true;
            }
        }
        return false;
    }
    if (t[i].kind != TK_NUM)
        return false; /* the other dates start with a number */
    /* 07.02.2024: day, month and year with dots, one token */
    if ((t[i].nflags & NF_BAD) &&
        dotted_date(text + t[i].start, t[i].end - t[i].start, year, month))
        return true;
    if (i + 2 >= n)
        return false;
    /* 15 September 2021 */
    if ((d = day_of(&t[i])) && (m = month_of(&t[i + 1], text)) &&
        (y = year_of(&t[i + 2]))) {
        *year = y, *month = m;
        return true;
    }
    /* 2022-11-15, 2022/11/15 */
    if ((y = year_of(&t[i])) && i + 4 < n &&
        (punct(&t[i + 1], '-') || punct(&t[i + 1], '/')) &&
        t[i + 2].kind == TK_NUM && t[i + 3].hash == t[i + 1].hash &&
        t[i + 3].kind == TK_PUNCT && day_of(&t[i + 4])) {
        int mm = day_of(&t[i + 2]); /* "07" */
        if (mm >= 1 && mm <= 12) {
            *year = y, *month = (int)mm;
            return true;
        }
    }
    /* 29/05/2024: day first unless the second part cannot be a month */
    if ((d = day_of(&t[i])) && i + 4 < n && punct(&t[i + 1], '/') &&
        (m = day_of(&t[i + 2])) && punct(&t[i + 3], '/') &&
        (y = year_of(&t[i + 4]))) {
        if (m > 12 && d <= 12)
            m = d;
        if (m <= 12) {
            *year = y, *month = m;
            return true;
        }
    }
    /* 07-Oct-2023 */
    if (day_of(&t[i]) && i + 4 < n && punct(&t[i + 1], '-') &&
        (m = month_of(&t[i + 2], text)) && punct(&t[i + 3], '-') &&
        (y = year_of(&t[i + 4]))) {
        *year = y, *month = m;
        return true;
    }
    return false;
}

/* the date of a page sits above its text, after the headline, the
** standfirst and the byline ("Published: 5:30pm, 1 Aug 2024") */
#define DATELINE_TOKENS 160

/* The longest reach of date_at: a date starting at token i is decided by
** tokens i .. i + DATE_REACH (and whether they exist). */
#define DATE_REACH 4

/* Read the first tokens of the text (without the skipped ranges) into t,
** their count into *n, looking for a date as they come: a date at the top
** (the usual case) ends the reading early.  The dates found are those,
** and in the order, that reading all DATELINE_TOKENS tokens first would
** find, since date_at looks at no token past i + DATE_REACH. */
static bool guess_top(struct scanner *sc, const struct span *skip,
                      size_t n_skip, struct token *t, int *n)
{
    struct tokenizer tz;
    int y, m;
    int count = 0, tried = 0; /* tokens read; dates tried at [0, tried) */
    tok_init(&tz, sc->text, sc->len, skip, n_skip);
    while (count < DATELINE_TOKENS) {
        int k = tok_next(&tz, &t[count]);
        if (k == TK_END)
            break;
        if (k == TK_BREAK)
            continue;
        count++;
        /* with DATE_REACH tokens after it, date_at(t, count, i) is what
        ** date_at(t, final count, i) will be */
        for (; tried + DATE_REACH < count; tried++)
            if (date_at(t, count, tried, sc->text, &y, &m))
                goto found;
    }
    *n = count;
    for (; tried < count; tried++)
        if (date_at(t, count, tried, sc->text, &y, &m))
            goto found;
    return false;
found:
    sc->year = y;
    sc->month = m;
    return true;
}

/* ---- a year-less wire dateline ---------------------------------------- */

/* The weekday of a date: 0 for Sunday (Sakamoto's method). */
static int weekday(int y, int m, int d)
{
    static const int shift[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return (y + y / 4 - y / 100 + y / 400 + shift[m - 1] + d) % 7;
}

/* The weekday (0 Sunday) a capitalised word names in full, or -1. */
static int weekday_of(const struct token *t, const char *text)
{
    static const char *const names[7] = {"Sunday",   "Monday", "Tuesday",
                                         "Wednesday", "Thursday", "Friday",
                                         "Saturday"};
    if (t->kind != TK_WORD || !(t->flags & TF_CAP))
        return -1;
    for (int w = 0; w < 7; w++) {
        size_t n = strlen(names[w]);
        if (t->end - t->start == n &&
            fx_strncaseeq(text + t->start, names[w], n))
            return w;
    }
    return -1;
}

/* "BANGKOK, Jan 6 (Reuters) -": a place in capitals, a comma, a month
** and a day, the agency in brackets.  The token after the bracket, or 0. */
static int wire_dateline(const struct token *t, int n, int i, const char *text,
                         int *month, int *day)
{
    int m = month_of(&t[i], text), k = i + 1;
    if (!m || i < 2 || !punct(&t[i - 1], ',') ||
        !(t[i - 2].kind == TK_WORD && (t[i - 2].flags & TF_ALLCAP)))
        return 0;
    if (k < n && punct(&t[k], '.'))
        k++;
    int d = k < n ? day_of(&t[k]) : 0;
    if (!d || k + 3 >= n || !punct(&t[k + 1], '(') ||
        t[k + 2].kind != TK_WORD || !punct(&t[k + 3], ')'))
        return 0;
    *month = m, *day = d;
    return k + 4;
}

/* The weekday the lead names, from token i to the end of its sentence,
** or -1. */
static int lead_weekday(const struct token *t, int n, int i, const char *text)
{
    for (int x = i; x < n && x < i + 80; x++) {
        if (punct(&t[x], '.') && x > i + 1)
            break;
        int w = weekday_of(&t[x], text);
        if (w >= 0)
            return w;
    }
    return -1;
}

#define YEAR_LOW 1990
#define YEAR_SPAN 111 /* 1990-2100 */

/* The year the text names most often (the later on a tie), or 0. */
static int most_named_year(const struct scanner *sc, const struct span *skip,
                           size_t n_skip)
{
    unsigned count[YEAR_SPAN] = {0};
    struct tokenizer tz;
    struct token t;
    tok_init(&tz, sc->text, sc->len, skip, n_skip);
    for (int k; (k = tok_next(&tz, &t)) != TK_END;) {
        int y = k == TK_NUM ? year_of(&t) : 0;
        if (y >= YEAR_LOW && y < YEAR_LOW + YEAR_SPAN)
            count[y - YEAR_LOW]++;
    }
    int best = -1;
    for (int y = 0; y < YEAR_SPAN; y++)
        if (count[y] && (best < 0 || count[y] >= count[best]))
            best = y;
    return best < 0 ? 0 : YEAR_LOW + best;
}

/* The year of a wire dateline's day: the one, of the three years around
** the year the text names most, on which the day is the lead's weekday. */
static bool wire_year(struct scanner *sc, const struct token *t, int n,
                      const struct span *skip, size_t n_skip)
{
    for (int i = 0; i < n; i++) {
        int m, d, after = wire_dateline(t, n, i, sc->text, &m, &d);
        if (!after)
            continue;
        int w = lead_weekday(t, n, after, sc->text);
        int named = w >= 0 ? most_named_year(sc, skip, n_skip) : 0;
        for (int y = named - 1; named && y <= named + 1; y++)
            if (weekday(y, m, d) == w && (d <= 28 || m != 2 || y % 4 == 0)) {
                sc->year = y;
                sc->month = m;
                return true;
            }
        return false;
    }
    return false;
}

void fx_guess_date(struct scanner *sc, const struct span *skip, size_t n_skip)
{
    /* the text first; then the page furniture, where the date of a page
    ** often is ("Source: Xinhua | 2021-07-13 18:21:05") */
    struct token t[DATELINE_TOKENS];
    int n;
    if (guess_top(sc, skip, n_skip, t, &n))
        return;
    if (n_skip) {
        struct token all[DATELINE_TOKENS];
        int n_all;
        if (guess_top(sc, NULL, 0, all, &n_all))
            return;
    }
    wire_year(sc, t, n, skip, n_skip);
}
