/*
** context.c: the context pass, the first pass over each sentence window.
**
** It marks what a later pass must not take for a figure (years, days of
** dates, identifiers after "Tel:"), records time cues ("in 2018", "last
** year", "currently") where they start, and finds gazetteer mentions,
** keeping the last place of each kind so that "the province's" resolves
** to the province named before.  It also notes what the whole article
** says about money: a "£" or "sterling" (British), Chinese or Japanese
** text, which decide what "¥", "£" and bare amounts mean.
*/
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "find.h"

#define IDENT_TOKENS 40 /* how far "Tel:" makes numbers identifiers */

static void cue(struct scanner *sc, int i, int kind, int year)
{
    if (!sc->cue_kind[i]) {
        sc->cue_kind[i] = (int16_t)kind;
        sc->cue_year[i] = (int16_t)year;
    }
}

/* "Note: Values are in New Zealand dollars", "all amounts in CAD": the
** page says whose dollars its bare "$" and "dollars" are.  A statistics
** office writes "$6.6 billion" throughout and says so once, often at the
** end, so the article's end decides (scan.c).  Called at i, a currency
** word; it counts only as the last word of a dollar currency after "in",
** with a word before "in" saying that the page's numbers are meant:
** "bonds sold in Hong Kong dollars" says nothing of the rest. */
static void dollar_note(struct scanner *sc, int i)
{
    static const char *const of_numbers[] = {
        "values", "figures", "amounts", "numbers", "data", "prices", "dollar"};
    int in = i - 1;
    while (in >= 1 && in >= i - 3 && !is_lex(sc, in, KW.in))
        in--;
    int u = 0;
    if (in < 1 || !is_lex(sc, in, KW.in) ||
        fx_unit_after_full(sc, in + 1, &u) != i - in)
        return;
    if (u != U_AUD && u != U_CAD && u != U_NZD && u != U_SGD && u != U_HKD &&
        u != U_TWD && u != U_MXN && u != U_USD)
        return;
    /* a note's form: "... are (expressed) in", or the noun right before
    ** "in" opening its sentence or line ("Note: Values in NZD"); not "Gold
    ** prices in Australian dollars hit a record" */
    int v = in - 1;
    bool are = false;
    if (word_is(sc, v, "expressed") || word_is(sc, v, "given") ||
        word_is(sc, v, "shown") || word_is(sc, v, "stated") ||
        word_is(sc, v, "reported"))
        v--;
    if (is_lex(sc, v, KW.are) || is_lex(sc, v, KW.is)) {
        are = true;
        v--;
    }
    for (int p = v; p >= 0 && p >= in - 8; p--) {
        const struct token *t = &sc->tok[p];
        if (t->kind == TK_NUM ||
            (t->kind == TK_PUNCT && t->hash != ',' && t->hash != '-'))
            return; /* another clause */
        if (t->kind == TK_WORD && (t->cls & LX_VERB))
            return; /* "Prices of imports in US dollars rose" is no note */
        for (size_t k = 0; k < sizeof of_numbers / sizeof *of_numbers; k++)
            if (t->kind == TK_WORD && word_is_ci(sc, p, of_numbers[k])) {
                int s0 = p; /* "All dollar amounts", "The figures" */
                while (s0 > 0 && p - s0 < 2 &&
                       (word_is_ci(sc, s0 - 1, "all") ||
                        word_is_ci(sc, s0 - 1, "dollar") ||
                        is_lex(sc, s0 - 1, KW.the)))
                    s0--;
                bool opens = s0 == 0 || is_punct(sc, s0 - 1, ':') ||
                             (sc->tok[s0].flags & TF_NEWLINE);
                if (are || (p == v && opens))
                    sc->dollar_home = u;
                return;
            }
    }
}

/* What a page's masthead says of its numbers' conventions: its country
** (sc->masthead_country: whose rupees or pesos, money.c; and whether its
** fiscal years are Japan's, fiscal_year) and that country's dollar, for
** a bare "$" ("Statistics Canada", "Stats NZ Tatauranga Aotearoa",
** "GovHK"): a national publisher writes its own dollars as a bare "$"
** (the US's as "US$") and need never say so.  The masthead is the page's
** first line, read whether or not it is furniture, when it is a name: a
** few words, no digit, no full stop at its end, and its first name one
** of a body, a publisher or an office of statistics in the gazetteer: a
** page may start with its headline, and "Trump threatens Canada with new
** tariffs" names a place. */
void fx_read_masthead(struct scanner *sc)
{
    enum { MASTHEAD_TOKENS = 12, MASTHEAD_BYTES = 120 };
    static const struct {
        char country[3];
        uint8_t unit;
    } dollar_of[] = {{"AU", U_AUD}, {"CA", U_CAD}, {"NZ", U_NZD},
                     {"SG", U_SGD}, {"HK", U_HKD}, {"TW", U_TWD}};
    const char *text = sc->text;
    size_t a = 0;
    while (a < sc->len && (text[a] == ' ' || text[a] == '\t' ||
                           text[a] == '\r' || text[a] == '\n'))
        a++;
    size_t b = a;
    while (b < sc->len && b - a <= MASTHEAD_BYTES && text[b] != '\n')
        b++;
    if (b - a > MASTHEAD_BYTES)
        return;
    struct tokenizer tz;
    struct token t[MASTHEAD_TOKENS + 1];
    tok_init(&tz, text + a, b - a, NULL, 0);
    int n = tok_run(&tz, t, MASTHEAD_TOKENS + 1);
    if (n == 0 || t[n - 1].kind != TK_END)
        return; /* too long for a name */
    n--;
    for (int i = 0; i < n; i++)
        if (t[i].kind == TK_NUM)
            return;
    if (n == 0 || (t[n - 1].kind == TK_PUNCT && t[n - 1].hash == '.'))
        return;
    for (int i = 0; i < n; i++) {
        const struct gazetteer_entry *e;
        if ((t[i].kind != TK_WORD && t[i].kind != TK_CJK) ||
            !gazetteer_match(sc->gz, text + a, t, n, i, &e))
            continue;
        if (e->kind != GK_ORGANISATION && e->kind != GK_COMPANY)
            return; /* a place: a headline's ("Trump threatens Canada") */
        for (size_t k = 0; k < sizeof dollar_of / sizeof *dollar_of; k++)
            if (memcmp(e->country, dollar_of[k].country, 2) == 0)
                sc->dollar_masthead = dollar_of[k].unit;
        memcpy(sc->masthead_country, e->country, 2);
        return;
    }
}

/* The period of a fiscal year named "fiscal `year`": the year it ends in,
** which is the next one in Japan, whose "fiscal 2025" runs from April 2025
** to March 2026 (India's "FY25", a Japanese firm's "FY2025" and a US
** firm's "fiscal 2025" are named by the year they end in).  A page is
** Japanese by its masthead or its kana. */
static int fiscal_year(const struct scanner *sc, int year)
{
    bool japan = memcmp(sc->masthead_country, "JP", 2) == 0;
    return japan || sc->japanese ? year + 1 : year;
}

/* A word that names a part of a year before it: "fiscal", "FY", "Q3",
** "H1", "quarter", "half".  (Inline: every year asks it twice, of the
** word before it and before its date.) */
static inline bool period_word(const struct scanner *sc, int p)
{
    if (p < 0 || sc->tok[p].kind != TK_WORD)
        return false;
    const struct token *t = &sc->tok[p];
    if (t->lex == KW.fiscal || t->lex == KW.fy || fx_aword(sc, p, AW_QUARTER) ||
        fx_aword(sc, p, AW_HALF))
        return true;
    if (t->end - t->start == 2 && (t->flags & TF_DIGIT)) {
        char a = (char)(sc->text[t->start] | 32), b = sc->text[t->start + 1];
        return (a == 'q' && b >= '1' && b <= '4') ||
               (a == 'h' && (b == '1' || b == '2'));
    }
    return false;
}

/* A year-like number at i (four digits, 1700-2100)? */
static int year_value(const struct scanner *sc, int i)
{
    if (i < 0 || i >= sc->n || sc->tok[i].kind != TK_NUM ||
        sc->tok[i].ndigits != 4)
        return 0;
    long v = fx_plain_int(&sc->tok[i]);
    return v >= 1700 && v <= 2100 ? (int)v : 0;
}

/* Words before a time expression starting at s that make it a start or
** a base rather than the period: "since", "from", "than (in)", "before",
** "against", "compared with (in)". */
static bool base_before(const struct scanner *sc, int s)
{
    int p = s - 1;
    if (is_lex(sc, p, KW.in))
        p--;
    if (is_lex(sc, p, KW.since) || is_lex(sc, p, KW.from) ||
        is_lex(sc, p, KW.than) || is_lex(sc, p, KW.before) ||
        is_lex(sc, p, KW.against) || is_lex(sc, p, KW.versus) ||
        is_lex(sc, p, KW.vs))
        return true;
    if (is_lex(sc, p, KW.of))
        p--;
    /* "up 11.4 per cent on the same period of 2025", "over the same month
    ** in 2025": the time compared with; not "In the same period of 2025,
    ** sales were ...", nor "with the same period of 2025 at ...", the
    ** figure's own */
    static const char *const spans[] = {"period", "month", "quarter", "time",
                                        NULL};
    static const char *const against[] = {"on", "over", "from", "against",
                                          "than", "versus", NULL};
    if (is_lex(sc, p - 1, KW.same) && word_among(sc, p, spans) &&
        is_lex(sc, p - 2, KW.the) && word_among(sc, p - 3, against))
        return true;
    return (is_lex(sc, p, KW.with_) || is_lex(sc, p, KW.to)) &&
           is_lex(sc, p - 1, KW.compared);
}

/* "比2023年增长", "较2025年", "是2023年同期的1.9倍", "是去年全年的1.2倍": the
** year (i, from s; the word of 年 after it) is a Chinese comparison's
** base: after 比 or 较 "than", or after 是/为 "is" when a 的 soon follows
** (what the figure is a multiple of). */
static bool cjk_base(const struct scanner *sc, int s, int i)
{
    uint32_t b = cjk_char(sc, s - 1);
    if (b == 0x6BD4 || b == 0x8F83) /* 比 较 "than" */
        return true;
    if (b != 0x662F && b != 0x4E3A)
        return false;
    for (int x = i + 1; x <= i + 4; x++)
        if (cjk_char(sc, x) == 0x7684) /* 的 */
            return true;
    return false;
}

/* 今年 "this year", 去年 and 上年 "last year", 前年 "the year before
** last", 明年 "next year", at 年 (i), against the article's year; a
** comparison's base where cjk_base says so. */
static void cjk_relative_year(struct scanner *sc, int i)
{
    int back;
    switch (cjk_char(sc, i - 1)) {
    case 0x4ECA: back = 0; break;  /* 今 */
    case 0x53BB: back = 1; break;  /* 去 */
    case 0x4E0A: back = 1; break;  /* 上 */
    case 0x524D: back = 2; break;  /* 前 */
    case 0x660E: back = -1; break; /* 明 */
    default: return;
    }
    /* 比去年, 较上年, 为上年同期的, 是去年全年的: a base, whose year the
    ** base's own figure takes ("较去年的5.2%": attrib_period.c) */
    cue(sc, i - 1, cjk_base(sc, i - 1, i - 1) ? TC_SINCE : TC_REL,
        sc->year - back);
}

/* First token of the date around the year at i: "15 September 2021",
** "Nov. 15, 2022", "June 2023", "Q3 2019". */
static int date_start(const struct scanner *sc, int i)
{
    int s = i;
    if (s >= 2 && is_punct(sc, s - 1, ',') && (sc->mark[s - 2] & M_DATE))
        s -= 2; /* "Nov. 15, 2022": back to the day */
    else if (s >= 1 && (sc->mark[s - 1] & M_DATE))
        s -= 1; /* "Nov 15 2022" */
    if (is_month(sc, s - 1))
        s--;
    else if (is_punct(sc, s - 1, '.') && is_month(sc, s - 2))
        s -= 2;
    if (s >= 1 && (sc->mark[s - 1] & M_DATE))
        s--; /* "15 September 2021" */
    if (period_word(sc, s - 1))
        s--;
    return s;
}

static bool is_year_context(struct scanner *sc, int i)
{
    int p = i - 1, x = i + 1;
    if (p >= 0) {
        const struct token *pt = &sc->tok[p];
        if (pt->kind == TK_SYM || is_punct(sc, p, '$') ||
            is_word(sc, p, LX_CURPREFIX | LX_QUAL) || is_lex(sc, p, KW.than))
            return false;
    }
    if (x < sc->n) {
        const struct token *nt = &sc->tok[x];
        if (nt->kind == TK_WORD && !(nt->flags & TF_SPACE))
            return false; /* 1990s, 2018th */
        if (is_word(sc, x, LX_SCALE | LX_UNIT) && nt->lex != KW.year &&
            nt->lex != KW.years && !fx_currency_is_name(sc, x))
            return false; /* "2,010 yuan"; not "In 2010 Lei Jun founded" */
        if (is_punct(sc, x, '%'))
            return false;
        if (nt->kind == TK_CJK && nt->hash == CP_NIAN)
            return true;
        if (nt->kind == TK_CJK &&
            (nt->hash == CP_WAN || nt->hash == CP_YI || nt->hash == CP_YUAN ||
             nt->hash == 0x4F59 || nt->hash == 0x591A || /* 余 多 */
             fx_cjk_measure(nt->hash)))
            return false; /* "1870家": 1,870 firms; "1800余家" */
        if (is_punct(sc, x, ':') &&
            (nt->end - nt->start > 1 ||
             (x + 1 < sc->n && (sc->tok[x + 1].flags & TF_SPACE))))
            return true; /* a year as a label: "2018：3.6亿元", "2018: 3.6" */
    }
    /* "In 2020 orders fell": a year opening a sentence */
    if (p == 0 && is_word(sc, p, LX_YEARPREP) && (sc->tok[p].flags & TF_CAP))
        return true;
    if (period_word(sc, p))
        return true; /* "fiscal 2024 sales", "Q3 2019", "third quarter 2022" */
    /* "compared with 2018 levels", "SBI 2008 codes": a year naming what
    ** follows, not a count of it */
    if (x < sc->n && (word_is(sc, x, "levels") || word_is(sc, x, "codes") ||
                      word_is(sc, x, "prices") || word_is(sc, x, "figures")))
        return true;
    /* "2000 people", "in 2000 cities"; but a word in -s before an article
    ** is a verb: "Regulation No. 31 of 2023 sets a minimum price", "the
    ** budget for 2027 includes these ..." ("that" and "this" may follow a
    ** noun: "in 2000 cities that ...") */
    if (x < sc->n && !(sc->tok[x].flags & TF_CAP) && fx_word_is_plural(sc, x) &&
        !(is_word(sc, x + 1, LX_DET) && !is_lex(sc, x + 1, KW.that) &&
          !is_lex(sc, x + 1, KW.this_)))
        return false;
    if (p < 0 || (sc->tok[i].flags & TF_NEWLINE) ||
        is_word(sc, p, LX_YEARPREP | LX_YEARWORD | LX_DET | LX_ORDINAL) ||
        is_month(sc, p) || sc->tok[p].kind == TK_PUNCT ||
        sc->tok[p].kind == TK_CJK)
        return true;
    /* "between 2009 and 2010", "2016 or 2017" */
    if ((is_lex(sc, p, KW.and_) || is_lex(sc, p, KW.or_)) && p > 0 &&
        (sc->mark[p - 1] & M_YEAR))
        return true;
    /* after any other word ("reached 2000", "room 1508", "Beijing 2022")
    ** a four-digit number is not taken for a year */
    return false;
}

/* Is the number at i the denominator of a rate: "per 10,000 people",
** "for every 100 residents", "RMB7.05 to US$1.00"?  Only the numerator
** is a figure. */
static bool denominator(const struct scanner *sc, int i)
{
    /* is_lex twice, with the bounds tested once: every number asks */
    if (i > 0 && sc->tok[i - 1].kind == TK_WORD &&
        (sc->tok[i - 1].lex == KW.per || sc->tok[i - 1].lex == KW.every))
        return true;
    const struct token *t = &sc->tok[i];
    /* the value is 1 only for a mantissa of 1 and no power of ten, or
    ** with a negative one ("1.00"): a mantissa of 10^-exp, compared as an
    ** integer while that is exact in a double too (up to 10^15, no other
    ** mantissa's quotient rounds to 1.0); beyond it the quotient */
    /* clang-format off */
    static const uint64_t p10[] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000, 10000000000, 100000000000, 1000000000000,
        10000000000000, 100000000000000, 1000000000000000};
    /* clang-format on */
    bool one;
    if (t->exp < 0)
        one = t->exp >= -15 ? t->mant == p10[-t->exp]
                            : fx_make_value(t->mant, t->exp) == 1.0;
    else
        one = t->exp == 0 && t->mant == 1;
    if (!one || is_word(sc, i + 1, LX_SCALE))
        return false; /* not "$1 million" */
    int c = i - 1; /* the currency of "US$1", "$1", "USD 1" */
    if (is_punct(sc, c, '$') || (c >= 0 && sc->tok[c].kind == TK_SYM))
        c -= c > 0 && glued(sc, c) && sc->tok[c - 1].kind == TK_WORD;
    else if (!is_word(sc, c, LX_CURPREFIX))
        return false;
    if (!is_lex(sc, c - 1, KW.to) && !is_lex(sc, c - 1, KW.per) &&
        !is_punct(sc, c - 1, '='))
        return false;
    /* the rate before: "7.05 to", "7.05 yuan to", "7.8 HK dollars to" */
    for (int p = c - 2; p >= 0 && p >= c - 5; p--) {
        if (sc->tok[p].kind == TK_NUM) /* not "rose from 80 cents to $1" */
            return !is_lex(sc, p - 1, KW.from) && !is_lex(sc, p - 2, KW.from);
        if (sc->tok[p].kind != TK_WORD)
            return false;
    }
    return false;
}

/* The number at i (an identifier when `ident`): a day of a date, a year
** and its cue, or neither. */
static void context_number(struct scanner *sc, int i, bool ident)
{
    const struct token *t = &sc->tok[i];
    if (ident || denominator(sc, i)) {
        sc->mark[i] |= M_IDENT;
        return;
    }
    /* a day or a year is a plain integer (fx_plain_int) of one, two or
    ** four digits: most numbers of a report ("19.3", "201,381", "179")
    ** are neither, and need no more */
    if (t->nflags || t->exp || (t->ndigits > 2 && t->ndigits != 4))
        return;
    long v = fx_plain_int(t);
    if (v >= 1 && v <= 31 && t->ndigits <= 2) {
        if (is_month(sc, i - 1) ||
            (is_punct(sc, i - 1, '.') && is_month(sc, i - 2)))
            sc->mark[i] |= M_DATE;
        else if (is_month(sc, i + 1) && !(sc->tok[i + 1].flags & TF_NEWLINE))
            sc->mark[i] |= M_DATE;
        else if (i >= 2 && (sc->mark[i - 2] & M_DATE) &&
                 (is_punct(sc, i - 1, '-') || is_lex(sc, i - 1, KW.to) ||
                  is_lex(sc, i - 1, KW.and_)) &&
                 !(is_punct(sc, i - 3, '-') && year_value(sc, i - 4)))
            sc->mark[i] |= M_DATE; /* Oct. 20-22, Oct 20 to 22; not the 3
                                      of "in 2025-26 and 3% in 2027" */
    }
    if (v >= 1700 && v <= 2100 && t->ndigits == 4 && !(sc->mark[i] & M_DATE) &&
        is_year_context(sc, i)) {
        sc->mark[i] |= M_YEAR;
        int kind = TC_YEAR, year = (int)v;
        int s = date_start(sc, i);
        if (base_before(sc, s) || cjk_base(sc, s, i) ||
            (is_punct(sc, i + 1, '=') && glued(sc, i + 1)))
            kind = TC_SINCE; /* (also an index's base: "(2015=100)") */
        else if (sc->year && v > sc->year &&
                 (is_lex(sc, s - 1, KW.by) ||
                  (is_lex(sc, s - 1, KW.of) && is_lex(sc, s - 2, KW.end) &&
                   is_lex(sc, s - 4, KW.by))))
            kind = TC_BYFUTURE; /* "by 2025", "by the end of 2025" */
        /* "2021-2025", "2016 to 2018", "between 2021 and 2027": the span
        ** ends with the second year, which is the period */
        if ((is_punct(sc, i + 1, '-') || is_punct(sc, i + 1, CP_EN_DASH) ||
             is_lex(sc, i + 1, KW.to) || is_lex(sc, i + 1, KW.and_)) &&
            year_value(sc, i + 2) > (int)v)
            kind = TC_SINCE;
        /* "fiscal year 2025/26", "2025/2026": the year it ends in */
        if (is_punct(sc, i + 1, '/') && glued(sc, i + 1) && i + 2 < sc->n &&
            sc->tok[i + 2].kind == TK_NUM && glued(sc, i + 2) &&
            (sc->tok[i + 2].ndigits == 2 || sc->tok[i + 2].ndigits == 4) &&
            !sc->tok[i + 2].nflags) {
            long w = fx_plain_int(&sc->tok[i + 2]);
            if (w == (sc->tok[i + 2].ndigits == 2 ? (v + 1) % 100 : v + 1)) {
                sc->mark[i + 2] |= M_DATE;
                year = (int)v + 1;
            }
        }
        /* ISO dates and "2014-18": the parts after the year are dates */
        if (is_punct(sc, i + 1, '-') && glued(sc, i + 1) && i + 2 < sc->n &&
            sc->tok[i + 2].kind == TK_NUM && glued(sc, i + 2)) {
            long w = fx_plain_int(&sc->tok[i + 2]);
            if (!(sc->tok[i + 2].ndigits == 4 && w >= 1700 && w <= 2100)) {
                sc->mark[i + 2] |= M_DATE;
                if (is_punct(sc, i + 3, '-') && glued(sc, i + 3) &&
                    i + 4 < sc->n && sc->tok[i + 4].kind == TK_NUM &&
                    glued(sc, i + 4))
                    sc->mark[i + 4] |= M_DATE;
                else if (sc->tok[i + 2].ndigits == 2 && w > v % 100)
                    year = (int)(v - v % 100 + w); /* "2023-24": 2024 */
            }
        }
        if (year == v && (is_lex(sc, i - 1, KW.fiscal) ||
                          (is_lex(sc, i - 1, KW.year) &&
                           is_lex(sc, i - 2, KW.fiscal))))
            year = fiscal_year(sc, year); /* "fiscal 2025", "fiscal year
                                             2025"; not "fiscal 2025-26" */
        cue(sc, i, kind, year);
    }
}

static const struct gazetteer_entry *resolve_kind(struct scanner *sc, int kind)
{
    const struct gazetteer_entry *e = sc->last_kind[kind];
    if (!e && kind == GK_CITY)
        e = sc->last_kind[GK_COUNTY];
    return e;
}

/* The year a month or season at token i (m: its first month) refers to,
** from the article's date: "in November" is this year's in a December
** article and last year's in a January one. */
static int month_year(const struct scanner *sc, int i, int m)
{
    int y = sc->year;
    if (!y)
        return 0;
    if (is_lex(sc, i - 1, KW.next))
        return sc->month && m <= sc->month ? y + 1 : y;
    if (is_lex(sc, i - 1, KW.last))
        return sc->month && m >= sc->month ? y - 1 : y;
    if (is_lex(sc, i - 1, KW.this_))
        return y;
    return sc->month && m > sc->month ? y - 1 : y;
}

/* A month or season naming a time ("in November", "the three months to
** December", "in the autumn", "since July"): its cue. */
static void month_cue(struct scanner *sc, int i, int m)
{
    const struct phrase *ph;
    int k = i + 1;
    if (is_punct(sc, k, '.'))
        k++;
    if (k < sc->n && sc->tok[k].kind == TK_NUM && sc->tok[k].ndigits <= 2) {
        k++; /* "Nov 15" */
        if (is_punct(sc, k, ','))
            k++;
    }
    if (year_value(sc, k) ||
        lex_phrase_at(sc->tok, sc->n, i + 1, 1u << PH_TIME, &ph))
        return; /* "June 2023", "February last year": the year says */
    int p = i - 1;
    if (p >= 0 && (sc->mark[p] & M_DATE))
        p--; /* "15 September" */
    if (is_lex(sc, p, KW.last) || is_lex(sc, p, KW.next) ||
        is_lex(sc, p, KW.this_))
        p--;
    if (base_before(sc, p + 1)) {
        cue(sc, i, TC_SINCE, 0);
        return;
    }
    if (!sc->year)
        return;
    int q = is_lex(sc, i - 1, KW.of) && is_lex(sc, i - 2, KW.end) &&
                    is_lex(sc, i - 3, KW.the)
                ? i - 4
                : i - 1;
    if (is_lex(sc, q, KW.by) || is_lex(sc, q, KW.until) ||
        is_lex(sc, q, KW.till) || (q < i - 1 && is_lex(sc, q, KW.to)))
        cue(sc, i, TC_REL, sc->year); /* "until June", "to the end of June":
                                         ahead of the statement */
    else if (p == i - 1)
        cue(sc, i, TC_MONTH, m); /* the year depends on the statement */
    else
        cue(sc, i, TC_REL, month_year(sc, i, m)); /* "last November" */
}

/* "a year earlier", "a month ago", "the end of the year": at the word
** "year" or "month" (i), the cue goes on the word before. */
static void year_word(struct scanner *sc, int i)
{
    int a = i - 1;
    if ((is_lex(sc, a, KW.a) || is_lex(sc, a, KW.an) ||
         word_is_ci(sc, a, "one")) && /* "one year earlier" */
        (is_lex(sc, i + 1, KW.earlier) || is_lex(sc, i + 1, KW.ago) ||
         is_lex(sc, i + 1, KW.before))) {
        if (is_lex(sc, a - 1, KW.from) || is_lex(sc, a - 1, KW.than) ||
            is_lex(sc, a - 1, KW.over) || is_lex(sc, a - 1, KW.with_) ||
            is_lex(sc, a - 1, KW.against))
            cue(sc, a, TC_SINCE, 0); /* "rose 54% from a year earlier" */
        else if (sc->tok[i].lex == KW.year)
            cue(sc, a, TC_PREV, 0);
        else if (sc->year)
            cue(sc, a, TC_REL, sc->month == 1 ? sc->year - 1 : sc->year);
        return;
    }
    if (sc->tok[i].lex == KW.month && sc->year &&
        (is_lex(sc, a, KW.last) || is_lex(sc, a, KW.this_))) {
        /* "last month" in a January article is December's */
        bool last = is_lex(sc, a, KW.last);
        cue(sc, a, TC_REL, last && sc->month == 1 ? sc->year - 1 : sc->year);
        return;
    }
    if (is_lex(sc, a, KW.the) && sc->tok[i].lex == KW.year &&
        !(is_punct(sc, i + 1, '-') && glued(sc, i + 1)) &&
        !is_word(sc, i + 1, LX_STOP) &&
        (is_lex(sc, a - 1, KW.of) || is_lex(sc, a - 1, KW.in) ||
         is_lex(sc, a - 1, KW.during) || is_lex(sc, a - 1, KW.for_)))
        cue(sc, a, TC_CTX, 0); /* "at the end of the year" */
}

void fx_month_cue(struct scanner *sc, int i, int month)
{
    month_cue(sc, i, month);
}

/* "FY2019", "FY24": the fiscal year as one word.  "Q3FY25": a quarter of
** a fiscal year ending March (India's), so the first three end in the
** calendar year before. */
static int fy_word(const struct scanner *sc, int i)
{
    const struct token *t = &sc->tok[i];
    size_t n = t->end - t->start;
    const char *w = sc->text + t->start;
    int back = 0;
    if ((n == 6 || n == 8) && (w[0] | 32) == 'q' && w[1] >= '1' &&
        w[1] <= '4') {
        back = w[1] < '4';
        w += 2, n -= 2;
    }
    if (n != 4 && n != 6)
        return 0;
    if ((w[0] | 32) != 'f' || (w[1] | 32) != 'y')
        return 0;
    int v = 0;
    for (size_t k = 2; k < n; k++) {
        if (w[k] < '0' || w[k] > '9')
            return 0;
        v = v * 10 + (w[k] - '0');
    }
    int y = n == 4 ? 2000 + v : (v >= 1900 && v <= 2100 ? v : 0);
    /* "FY2025/26": Egypt's and Pakistan's fiscal years, named by both */
    if (y && !back && is_punct(sc, i + 1, '/') && glued(sc, i + 1) &&
        i + 2 < sc->n && sc->tok[i + 2].kind == TK_NUM && glued(sc, i + 2) &&
        ((sc->tok[i + 2].ndigits == 2 &&
          fx_plain_int(&sc->tok[i + 2]) == (y + 1) % 100) ||
         (sc->tok[i + 2].ndigits == 4 && fx_plain_int(&sc->tok[i + 2]) == y + 1)))
        y++; /* (and "FY2025/2026") */
    return y ? y - back : 0;
}

/* "a Hangzhou company", "a Shanghai-based consultancy": a name used to
** describe something else, not what a figure is about. */
static bool attributive(const struct scanner *sc, int i, int m)
{
    /* a trading partner: "exports to China" and "imports from the United
    ** States" are the reporter's, not the partner's ("exports from
    ** Jiaxing" are Jiaxing's) */
    static const char *const sent[] = {"exports", "exported", "shipments",
                                       "shipped", "sales",    "export"},
                             *const bought[] = {"imports", "imported",
                                                "import"};
    int p = is_lex(sc, i - 1, KW.the) ? i - 2 : i - 1;
    if (is_lex(sc, p, KW.to)) {
        for (size_t k = 0; k < sizeof sent / sizeof *sent; k++)
            if (word_is_ci(sc, p - 1, sent[k]))
                return true;
    } else if (is_lex(sc, p, KW.from)) {
        for (size_t k = 0; k < sizeof bought / sizeof *bought; k++)
            if (word_is_ci(sc, p - 1, bought[k]))
                return true;
    }
    int x = i + m;
    if (is_punct(sc, x, '-') && glued(sc, x) &&
        (fx_aword(sc, x + 1, AW_BASED) || fx_aword(sc, x + 1, AW_LISTED) ||
         fx_aword(sc, x + 1, AW_HEADQUARTERED)))
        return true;
    return (is_lex(sc, i - 1, KW.a) || is_lex(sc, i - 1, KW.an)) &&
           !(sc->tok[x - 1].flags & TF_POSS) && x < sc->n &&
           sc->tok[x].kind == TK_WORD &&
           !(sc->tok[x].flags & (TF_CAP | TF_ALLCAP)) &&
           !is_word(sc, x, LX_STOP | LX_VERB);
}

/* A "." glued to the word at i (0 <= i < n): "tmall.com" may be a name.
** is_punct and glued test the bounds twice over; the walk asks this of
** most words it visits in lower case. */
static inline bool dot_after(const struct scanner *sc, int i)
{
    const struct token *u = &sc->tok[i + 1];
    return i + 1 < sc->n && u->kind == TK_PUNCT && u->hash == '.' &&
           !(u->flags & TF_SPACE);
}

/* "Tel:" makes the numbers of the next IDENT_TOKENS - 1 tokens of its
** line identifiers: those before token `end`.  The count runs out at
** token `stop`, a line break before it ends it at once.  The tokens of a
** phrase or mention after its first count nothing (the walk skips them),
** as ident_skip says. */
struct ident_run {
    int end, stop;
};

/* The count goes on for `left` tokens after token p (p: -1 for what the
** window before left in sc->ident_left). */
static void ident_start(const struct scanner *sc, struct ident_run *r, int p,
                        int left)
{
    r->stop = p + left;
    r->end = r->stop;
    for (int j = p + 1; j < r->stop && j < sc->n; j++)
        if (sc->tok[j].flags & TF_NEWLINE) {
            r->end = j;
            break;
        }
}

/* The walk skips to i + m after the phrase or mention at i. */
static inline void ident_skip(const struct scanner *sc, struct ident_run *r,
                              int i, int m)
{
    if (i < r->end && m > 1)
        ident_start(sc, r, i + m - 1, r->stop - i);
}

/* Can a time phrase ("last year", "so far") start at the word i?  Its
** second word is one that can follow the first (fx_time_phrase_second);
** the test spares most calls of lex_phrase_at at "the" and "to".  It
** holds as long as every time phrase has two words or more, which
** fx_context_init checks. */
bool fx_single_word_time_phrase;

static inline bool may_start_time_phrase(const struct scanner *sc, int i)
{
    if (fx_single_word_time_phrase)
        return true;
    return i + 1 < sc->n && fx_time_phrase_second(&sc->tok[i], &sc->tok[i + 1]);
}

/* The tokens of sc->context_at from its x-th on and those of sc->name_at
** after token i, merged in token order into `out`; returns how many. */
static int with_names(const struct scanner *sc, int x, int i, int16_t *out)
{
    int y = 0, k = 0;
    while (y < sc->n_name && sc->name_at[y] <= i)
        y++;
    while (x < sc->n_context || y < sc->n_name) {
        if (y == sc->n_name ||
            (x < sc->n_context && sc->context_at[x] < sc->name_at[y]))
            out[k++] = sc->context_at[x++];
        else
            out[k++] = sc->name_at[y++];
    }
    return k;
}

/* Is there a time phrase of one word?  Then may_start_time_phrase
** lets every word through. */
static void time_phrase_check(void)
{
    lex_init();
    for (int id = 1; id < LEX_MAX_WORDS; id++) {
        const struct phrase *ph;
        struct token t = {.kind = TK_WORD, .lex = (uint16_t)id};
        if ((lex_get((uint16_t)id)->cls & LX_TIMEPHRASE) &&
            lex_phrase_at(&t, 1, 0, 1u << PH_TIME | 1u << PH_NOW, &ph) > 0)
            fx_single_word_time_phrase = true;
    }
}

void fx_context_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, time_phrase_check);
}

void fx_context_pass(struct scanner *sc)
{
    const struct phrase *ph;
    fx_ctx_window(sc);
    /* in a register, not reloaded after every call the loop makes */
    const uint16_t w_sterling = KW.sterling;
    /* The walk visits the tokens of sc->context_at, a superset of those
    ** the code below does anything with; it skips the tokens of a phrase
    ** or mention it has read (next).  Once the text has names of its own
    ** (fx_dyn_match), it visits those of sc->name_at too. */
    int16_t merged[2 * (SENT_MAX + 1)];
    const int16_t *at = sc->context_at;
    int count = sc->n_context;
    if (sc->ctx.n_dyn && sc->n_name) {
        count = with_names(sc, 0, -1, merged);
        at = merged;
    }
    struct ident_run ident = {0, 0};
    if (sc->ident_left > 0)
        ident_start(sc, &ident, -1, sc->ident_left);
    int next = 0;
    for (int x = 0; x < count; x++) {
        int i = (uint16_t)at[x]; /* an index: the compiler is told >= 0 */
        if (i < next)
            continue; /* inside a phrase or mention already read */
        next = i + 1;
        struct token *t = &sc->tok[i];
        /* words first: most of the tokens visited */
        if (t->kind == TK_WORD) {
            /* (a word's classes are its lexeme's: t->cls) */
        } else if (t->kind == TK_NUM) {
            context_number(sc, i, i < ident.end);
            continue;
        } else if (t->kind == TK_CJK) {
            if (t->flags & TF_KANA)
                sc->japanese = true;
            else
                sc->chinese = true;
            if (t->hash == CP_NIAN && i > 0 && sc->tok[i - 1].kind == TK_NUM &&
                glued(sc, i)) {
                long v = fx_plain_int(&sc->tok[i - 1]);
                if (v >= 1700 && v <= 2100) {
                    sc->mark[i - 1] |= M_YEAR;
                    cue(sc, i - 1, TC_YEAR, (int)v);
                }
            } else if (t->hash == CP_NIAN && sc->year) {
                cjk_relative_year(sc, i);
            }
            /* a CJK token has no lexeme: cls 0, lex 0 */
        } else {
            if (t->kind == TK_SYM && t->hash == CP_POUND)
                sc->british = true;
            continue;
        }
        uint32_t cls = t->cls;
        if (t->lex == w_sterling)
            sc->british = true;
        /* a word of none of the classes below (most names) and no digit:
        ** one test passes it on to the gazetteer */
        if ((cls & (LX_IDLINE | LX_CHINA | LX_TIMEPHRASE | LX_NOW | LX_MONTH |
                    LX_YEARWORD | LX_UNIT | LX_VERB)) ||
            (t->flags & TF_DIGIT)) {
            if ((cls & LX_IDLINE) && (t->flags & (TF_CAP | TF_ALLCAP)) &&
                (is_punct(sc, i + 1, ':') ||
                 (i + 1 < sc->n && sc->tok[i + 1].kind == TK_NUM) ||
                 (is_punct(sc, i + 1, '.') &&
                  (is_punct(sc, i + 2, ':') ||
                   (i + 2 < sc->n && sc->tok[i + 2].kind == TK_NUM)))))
                ident_start(sc, &ident, i, IDENT_TOKENS);
            if (cls & LX_CHINA)
                sc->chinese = true;
            if ((cls & LX_TIMEPHRASE) && may_start_time_phrase(sc, i)) {
                int m = lex_phrase_at(sc->tok, sc->n, i,
                                      1u << PH_TIME | 1u << PH_NOW, &ph);
                if (m > 0) {
                    int p = i - 1;
                    if (is_month(sc, p))
                        p--; /* "since March last year" */
                    bool owner = sc->tok[i + m - 1].flags & TF_POSS;
                    if (ph->kind == PH_TIME && !owner &&
                        (is_lex(sc, p, KW.from) || is_lex(sc, p, KW.than) ||
                         is_lex(sc, p, KW.since) || is_lex(sc, p, KW.with_) ||
                         is_lex(sc, p, KW.against)))
                        cue(sc, i, TC_SINCE, 0); /* a base, not the period; but
                                                    "from last year's 213
                                                    billion" dates the 213 */
                    else if (ph->kind == PH_TIME && ph->arg == -1 &&
                             t->lex == KW.the)
                        cue(sc, i, TC_PREV, 0); /* "the previous year" */
                    else if (ph->kind == PH_TIME)
                        cue(sc, i, TC_REL, sc->year ? sc->year + ph->arg : 0);
                    else
                        cue(sc, i, TC_NOW, sc->year);
                    ident_skip(sc, &ident, i, m);
                    next = i + m;
                    continue;
                }
            }
            if (cls & LX_NOW)
                cue(sc, i, TC_NOW, sc->year);
            /* one test lets the common word through: months, "year",
            ** "month", "said", "FY24" need a closer look */
            if ((cls & (LX_MONTH | LX_YEARWORD | LX_UNIT | LX_VERB)) ||
                (t->flags & TF_DIGIT)) {
                if (is_month(sc, i))
                    month_cue(sc, i,
                              tlex(sc, i)->val); /* seasons: fx_month_cue */
                else if ((t->lex == KW.year || t->lex == KW.month) && i > 0)
                    year_word(sc, i);
                else if ((cls & LX_UNIT) && tlex(sc, i)->unit == U_JPY)
                    sc->yen_words++; /* "(Millions of yen)": whose "¥" */
                else if ((cls & LX_UNIT) && is_money(tlex(sc, i)->unit))
                    dollar_note(sc, i);
                else if ((t->flags & TF_DIGIT) && t->kind == TK_WORD) {
                    int fy = fy_word(sc, i);
                    if (fy)
                        cue(sc, i, base_before(sc, i) ? TC_SINCE : TC_YEAR, fy);
                } else if (t->lex == KW.said || t->lex == KW.says) {
                    fx_ctx_said(sc, i); /* "Greenbasket said it" */
                    if (sc->ctx.n_dyn && sc->n_name && at != merged) {
                        /* a name of its own: the rest of the walk with names */
                        count = with_names(sc, x + 1, i, merged);
                        at = merged;
                        x = -1;
                    }
                }
            }
        }
        const struct gazetteer_entry *e;
        /* names are capitalised, CJK, "eBay" or a domain ("tmall.com");
        ** the gazetteer's first test, inline, turns most words away */
        int m = 0;
        if (t->kind == TK_CJK) {
            m = gazetteer_match(sc->gz, sc->text, sc->tok, sc->n, i, &e);
        } else if ((t->flags & (TF_CAP | TF_MIXED)) || dot_after(sc, i)) {
            if (gazetteer_may_start(t->flags & TF_CAP ? sc->gz_cap_first
                                                      : sc->gz_low_first,
                                    t->hash))
                m = gazetteer_match_word(sc->gz, sc->text, sc->tok, sc->n, i,
                                         &e);
            if (!m && sc->ctx.n_dyn)
                m = fx_dyn_match(sc, i, &e);
        }
        if (m && ((is_punct(sc, i + m, '$') && glued(sc, i + m)) ||
                  is_word(sc, i + m, LX_UNIT)))
            m = 0; /* "US$5", "U.S. dollars", "Hong Kong dollars" */
        if (m > 0) {
            sc->mention[i] = e;
            for (int k = 0; k < m; k++)
                sc->mark[i + k] |= M_MENTION;
            if (e->country[0] == 'C' && e->country[1] == 'N')
                sc->chinese = true;
            if (e->country[0] == 'G' && e->country[1] == 'B')
                sc->british = true;
            if ((sc->mark[i] & M_ATTR) && i < sc->ctx.dateline &&
                !sc->dateline_country[0])
                memcpy(sc->dateline_country, e->country, 2); /* NEW DELHI: */
            if ((sc->mark[i] & M_ATTR) || attributive(sc, i, m)) {
                sc->mark[i] |= M_ATTR;
                ident_skip(sc, &ident, i, m);
                next = i + m;
                continue;
            }
            sc->last_kind[e->kind] = e;
            fx_ctx_seen(sc, e);
            /* "Tongxiang city": the place is also the city named later as
            ** "the city" (not "a Hangzhou company") */
            if (is_word(sc, i + m, LX_KIND) &&
                !(sc->tok[i + m - 1].flags & TF_POSS)) {
                int k = tlex(sc, i + m)->val;
                bool place = e->kind < GK_COMPANY;
                if (place == (k < GK_COMPANY))
                    sc->last_kind[k] = e;
            }
            ident_skip(sc, &ident, i, m);
            next = i + m;
            continue;
        }
        if (!(cls & LX_KIND) || !is_lex(sc, i - 1, KW.the))
            continue;
        e = resolve_kind(sc, tlex(sc, i)->val);
        if (e) {
            sc->mention[i] = e;
            fx_ctx_seen(sc, e);
        }
    }
    /* what "Tel:" leaves for the next window: the count after the last
    ** token, unless a line break ended it */
    sc->ident_left = ident.end > sc->n - 1 ? ident.end - (sc->n - 1) : 0;
}
