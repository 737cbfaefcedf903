/*
** unit.c: currencies before a number and units after it.
**
** Before: signs ("$", "€", "£", "¥", "₹"), a sign with a country prefix
** ("US$", "HK$", "S$"), codes ("RMB", "USD", "Rs."), "人民币".  "¥" is
** left undecided (U_YEN_SIGN): scan.c makes it CNY in a Chinese article.
** So is a bare "$" or "dollars" (U_DOLLAR): USD unless the article says
** its dollars are another country's (context.c, scan.c).
** After: "%", unit words and phrases from the lexicon ("per cent",
** "square kilometres", "U.S. dollars", "Hong Kong dollars"), "元",
** "美元", "°C".  A hyphen joins a unit as an adjective ("a 10-km road",
** "2.5-fold"), except durations: "a five-year plan" counts nothing.
*/
#include "find.h"

#include <string.h>

/* ---- ISO 4217 codes ------------------------------------------------- */

static const struct {
    char code[4];
    uint8_t unit;
} iso_codes[] = {
#define ISO_ROW(c) {#c, U_##c},
    LEX_ISO_CURRENCIES(ISO_ROW, ISO_ROW)
#undef ISO_ROW
};

/* The currency an all-capital three-letter word at token p names
** ("PKR", "THB", "SEK"), or 0. */
int lex_iso_code(const char *w)
{
    size_t lo = 0, hi = sizeof iso_codes / sizeof iso_codes[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = memcmp(w, iso_codes[mid].code, 3);
        if (c == 0)
            return iso_codes[mid].unit;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int fx_iso_currency(const struct scanner *sc, int p)
{
    if (p < 0 || p >= sc->n)
        return 0;
    const struct token *t = &sc->tok[p];
    if (t->kind != TK_WORD || !(t->flags & TF_ALLCAP) || wlen(sc, p) != 3)
        return 0;
    return lex_iso_code(wtext(sc, p));
}

/* The currency a word at p names ("yuan", "yen", "CNY"), or 0. */
static int money_word(const struct scanner *sc, int p)
{
    if (is_word(sc, p, LX_UNIT) && is_money(tlex(sc, p)->unit))
        return tlex(sc, p)->unit;
    return fx_iso_currency(sc, p);
}

int fx_rate_currency(const struct scanner *sc, int q, int k)
{
    /* "per", "to the", "against the", then perhaps "U.S." */
    int j = k;
    if (word_is(sc, j, "per"))
        j++;
    else if ((is_lex(sc, j, KW.to) || is_lex(sc, j, KW.against)) &&
             is_lex(sc, j + 1, KW.the))
        j += 2;
    else
        return 0;
    for (int s = 0; s < 4 && j < sc->n && !money_word(sc, j) &&
                    (is_punct(sc, j, '.') ||
                     (sc->tok[j].kind == TK_WORD && wlen(sc, j) <= 4 &&
                      (sc->tok[j].flags & TF_CAP)));
         s++)
        j++;
    int per = money_word(sc, j);
    if (!per)
        return 0;
    /* the currency priced, named earlier in the sentence */
    for (int p = q - 1; p >= 0 && q - p <= 12; p--) {
        if (is_punct(sc, p, ';') || is_punct(sc, p, '.'))
            break;
        int u = money_word(sc, p);
        if (u && u != per && !(sc->mark[p] & M_USED))
            return u;
    }
    return 0;
}

/* Is the page about the country whose money the letters prefix u
** names: its masthead's, its wire dateline's or the last country it
** named?  Then "R61" is rand, as the page's readers take it. */
static bool prefix_at_home(const struct scanner *sc, int u)
{
    static const struct {
        uint8_t unit;
        char country[3];
    } homes[] = {{U_ZAR, "ZA"}, {U_KWD, "KW"}, {U_BHD, "BH"}, {U_OMR, "OM"},
                 {U_JOD, "JO"}, {U_QAR, "QA"}, {U_SAR, "SA"}, {U_AED, "AE"},
                 {U_EGP, "EG"}, {U_PHP, "PH"}, {U_NGN, "NG"}, {U_TRY, "TR"},
                 {U_UAH, "UA"}, {U_ILS, "IL"}, {U_SHILLING, "KE"},
                 {U_SHILLING, "UG"}, {U_SHILLING, "TZ"}};
    const struct gazetteer_entry *country = sc->last_kind[GK_COUNTRY];
    for (size_t k = 0; k < sizeof homes / sizeof homes[0]; k++) {
        if (homes[k].unit != u)
            continue;
        const char *c = homes[k].country;
        if (memcmp(sc->masthead_country, c, 2) == 0 ||
            memcmp(sc->dateline_country, c, 2) == 0 ||
            (country && memcmp(country->country, c, 2) == 0))
            return true;
    }
    return false;
}

/* Does the prefix at p with its number name a thing, not an amount:
** "the R21" (a road), "flight QR 701", "the Huawei P30"?  Asked before
** a plain number is taken for money on a page at home. */
static bool prefix_names_thing(const struct scanner *sc, int p)
{
    static const char *const before[] = {"the", "a", "an", "flight",
                                         "flights", "route", "road",
                                         "highway", "model", NULL};
    if (p == 0 || sc->tok[p - 1].kind != TK_WORD)
        return false;
    return word_among(sc, p - 1, before) ||
           ((sc->tok[p - 1].flags & (TF_CAP | TF_ALLCAP)) &&
            !(sc->tok[p].flags & TF_NEWLINE));
}

/* Prefixes that are also plain letters (the lexeme's val: PREFIX_*):
** "the SR71", "Sh 5 said", "the TL 5 team".  They name money only before
** an amount with a decimal, a thousands group or a scale word, some only
** glued to it ("SR2.6 billion", "Sh40.6 trillion", "TL 1.94 trillion"). */
static bool prefix_refused(const struct scanner *sc, int p, int i)
{
    int32_t how = tlex(sc, p)->val;
    if (!(how & PREFIX_NEEDS_AMOUNT))
        return false;
    bool amount = (sc->tok[i].nflags & (NF_DECIMAL | NF_COMMA)) ||
                  fx_scale_of(sc, i + 1, true) || /* "BD412m" */
                  /* "QR271 and QR438" glued, on a page that wrote
                  ** "QR366,512,927" before, or on a page of the
                  ** prefix's country ("R61 per gigabyte" in Johannesburg) */
                  (!prefix_names_thing(sc, p) &&
                   ((glued(sc, i) &&
                     (sc->prefix_money >> (tlex(sc, p)->unit % 64) & 1)) ||
                    ((glued(sc, i) || !(how & PREFIX_GLUED)) &&
                     prefix_at_home(sc, tlex(sc, p)->unit))));
    if (!amount || ((how & PREFIX_GLUED) && !glued(sc, i)) ||
        word_is(sc, p, "DHS"))
        return true; /* (the US Department of Homeland Security) */
    /* the number has a unit or noun of its own: "JD 2.4%" is the
    ** retailer JD's, "DHS 1,200 agents" count agents, "LE 5.5 mm" */
    int k = i + 1;
    while (k < sc->n && is_word(sc, k, LX_SCALE))
        k++;
    if (is_punct(sc, k, '%'))
        return true;
    if (is_word(sc, k, LX_UNIT) && !is_money(tlex(sc, k)->unit))
        return true;
    return k < sc->n && sc->tok[k].kind == TK_WORD &&
           !(sc->tok[k].flags & (TF_CAP | TF_ALLCAP)) &&
           fx_word_is_plural(sc, k) && !is_word(sc, k, LX_STOP | LX_VERB);
}

/* Currency written before the number starting at token i; sets *start
** to the first token of the currency.  The whole test: fx_currency_before
** (find.h) gives the common answers inline. */
int fx_currency_before_full(const struct scanner *sc, int i, int *start)
{
    int p = i - 1;
    *start = i;
    if (p < 0)
        return 0;
    const struct token *t = &sc->tok[p];
    if (sc->mark[p] & M_USED)
        return 0;
    /* most numbers follow a word in lower case ("to", "about"): no code
    ** or prefix is, and the tests below all want another kind of token */
    if (t->kind == TK_WORD && !(t->flags & (TF_CAP | TF_ALLCAP)))
        return 0;
    if (t->kind == TK_SYM) {
        *start = p;
        switch (t->hash) {
        case CP_EURO:
            return U_EUR;
        case CP_POUND:
            return U_GBP;
        case CP_YEN:
        case CP_FULL_YEN:
            return U_YEN_SIGN;
        case CP_RUPEE:
            return U_INR;
        case CP_WON:
            return U_KRW;
        case 0x20BD:
            return U_RUB;
        case 0x20BA:
            return U_TRY;
        case 0x20A6: /* naira sign */
            return U_NGN;
        case 0x20AB: /* dong sign */
            return U_VND;
        case 0x20B1: /* peso sign, the Philippines' */
            return U_PHP;
        case 0x20B8: /* tenge sign */
            return U_KZT;
        case 0x20B5: /* cedi sign, "GH₵" */
        case 0xA2:   /* "GH¢", the cedi as Ghana's papers write it */
            if (p >= 1 && glued(sc, p) && word_is(sc, p - 1, "GH")) {
                *start = p - 1;
                return U_GHS;
            }
            if (t->hash == 0x20B5)
                return U_GHS;
            break;
        }
        *start = i;
        return 0;
    }
    if (t->kind == TK_PUNCT && t->hash == '$') {
        *start = p;
        int q = p - 1;
        if (q < 0 || sc->tok[q].kind != TK_WORD || (sc->mark[q] & M_USED))
            return U_DOLLAR;
        if (glued(sc, p) || (sc->tok[q].flags & TF_ALLCAP)) {
            static const struct {
                const char *w;
                int unit;
            } pre[] = {{"US", U_USD},  {"U.S.", U_USD}, {"USD", U_USD},
                       {"HK", U_HKD},  {"S", U_SGD},    {"A", U_AUD},
                       {"AU", U_AUD},  {"C", U_CAD},    {"CA", U_CAD},
                       {"Can", U_CAD}, {"NT", U_TWD},   {"NZ", U_NZD},
                       {"R", U_BRL},   {"MX", U_MXN},   {"Mex", U_MXN}};
            /* the first letter first: word_is measures the prefix */
            char first = *wtext(sc, q);
            for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
                if (pre[k].w[0] == first && word_is(sc, q, pre[k].w)) {
                    *start = q;
                    return pre[k].unit;
                }
        }
        return U_DOLLAR;
    }
    if (t->kind == TK_WORD && is_word(sc, p, LX_CURPREFIX) &&
        (t->flags & (TF_CAP | TF_ALLCAP)) &&
        !prefix_refused(sc, p, i)) {
        *start = p; /* "RM 5 billion", "SR2.6 billion" */
        return tlex(sc, p)->unit;
    }
    if (t->kind == TK_WORD) {
        int u = fx_iso_currency(sc, p);
        if (u) {
            *start = p;
            return u;
        }
    }
    if (is_punct(sc, p, '.') && glued(sc, p) && word_is(sc, p - 1, "Rs")) {
        *start = p - 1;
        return U_RUPEE;
    }
    if (t->kind == TK_CJK && t->hash == 0x5E01 /* 币 */ && p >= 2 &&
        sc->tok[p - 1].hash == 0x6C11 && sc->tok[p - 2].hash == 0x4EBA) {
        *start = p - 2; /* 人民币 */
        return U_CNY;
    }
    return 0;
}

/* A time unit at j that ends a frequency: "a day", "each year", not
** "a day's". */
static bool per_time(const struct scanner *sc, int j)
{
    return is_word(sc, j, LX_UNIT) &&
           lex_units[tlex(sc, j)->unit].kind == UK_DURATION &&
           !(sc->tok[j].flags & TF_POSS);
}

/* Days to decades that place or bound other facts rather than being
** measured: "nine months of 2024", "18 months of operation", "three
** months ended June 30", "after three days", "1.2 trillion yuan over
** three years".  w is the unit word. */
static bool time_span(const struct scanner *sc, int w, int unit)
{
    if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_YEAR &&
        unit != U_DECADE)
        return false;
    if (is_lex(sc, w + 1, KW.of) || is_lex(sc, w + 1, KW.since) ||
        word_is(sc, w + 1, "ended") || word_is(sc, w + 1, "ending"))
        return true; /* "it's been 20 years since": a time, as "ago" is */
    int j = w - 1; /* back over the number: "two", "twenty-one", "1.5" */
    while (j >= 0 && w - j <= 4 &&
           (sc->tok[j].kind == TK_NUM || is_word(sc, j, LX_NUMWORD) ||
            (is_punct(sc, j, '-') && glued(sc, j))))
        j--;
    bool det = is_lex(sc, j, KW.its) || is_lex(sc, j, KW.their);
    if (det)
        j--;
    if (is_lex(sc, j, KW.during) || is_lex(sc, j, KW.after))
        return true; /* not "for": "he served for four years" is measured */
    /* "over" is "during" after a figure or before "its"; else "more than".
    ** The figure may have what it is of between: "by 0.7 percentage points
    ** of GDP over five years". */
    if (!is_lex(sc, j, KW.over) || word_is(sc, w + 1, "old") ||
        word_is(sc, w + 1, "older"))
        return false; /* "drivers over 70 years old": an age */
    if (det || (j > 0 && (sc->mark[j - 1] & M_USED)))
        return true;
    for (int o = j - 2; o >= 1 && o >= j - 3; o--)
        if (is_lex(sc, o, KW.of))
            return (sc->mark[o - 1] & M_USED) != 0;
    return false;
}

/* Page furniture: "Reading time: 3 minutes", "5 min read".  w is the
** unit word. */
static bool reading_time(const struct scanner *sc, int w, int unit)
{
    if (unit != U_MINUTE)
        return false;
    if (word_is(sc, w + 1, "read"))
        return true;
    /* "3 minutes" alone on its line under a dateline: a reading time */
    if ((sc->tok[w - 1].flags & TF_NEWLINE) &&
        (w + 1 >= sc->n || (sc->tok[w + 1].flags & TF_NEWLINE)))
        return true;
    int j = w - 2; /* before the number */
    if (is_punct(sc, j, ':'))
        j--;
    return j >= 1 && word_is_ci(sc, j, "time") &&
           (word_is_ci(sc, j - 1, "reading") || word_is_ci(sc, j - 1, "read"));
}

bool fx_cjk_measure(uint32_t c)
{
    switch (c) { /* 个 家 人 名 场 张 台 辆 座 项 件 所 位 户 套 款 艘 架 栋 间 种
                  ** 列 (trains) */
    case 0x4E2A: case 0x5BB6: case 0x4EBA: case 0x540D: case 0x573A:
    case 0x5F20: case 0x53F0:
    case 0x8F86: case 0x5EA7: case 0x9879: case 0x4EF6: case 0x6240:
    case 0x4F4D: case 0x6237: case 0x5957: case 0x6B3E: case 0x8258:
    case 0x67B6: case 0x680B: case 0x95F4: case 0x79CD: case 0x5217:
        return true;
    }
    return false;
}

/* The character of token k + i if it is one, else 0. */
static uint32_t cjk_at(const struct scanner *sc, int k, int i)
{
    return k + i < sc->n && sc->tok[k + i].kind == TK_CJK ? sc->tok[k + i].hash
                                                          : 0;
}

/* Chinese measures: 平方米 m2, 平方公里 km2, 公里 km, 吨 t, 标箱 TEU,
** 小时 hours, 千瓦时 kWh, (个)百分点 percentage points.  Returns tokens used, or 0. */
static int cjk_measure(const struct scanner *sc, int k, int *unit)
{
    uint32_t c = cjk_at(sc, k, 0), d = cjk_at(sc, k, 1);
    int ge = c == 0x4E2A; /* 个, the measure word before 百分点 */
    if (cjk_at(sc, k, ge) == 0x767E && cjk_at(sc, k, ge + 1) == 0x5206 &&
        cjk_at(sc, k, ge + 2) == 0x70B9)
        return *unit = U_PP, ge + 3;
    if (c == 0x5E73 && d == 0x65B9) { /* 平方 */
        uint32_t e = cjk_at(sc, k, 2);
        if (e == 0x7C73)
            return *unit = U_M2, 3;
        if (e == 0x516C && cjk_at(sc, k, 3) == 0x91CC)
            return *unit = U_KM2, 4;
        return 0;
    }
    if (c == 0x516C && d == 0x91CC) /* 公里 */
        return *unit = U_KM, 2;
    if (c == 0x5428) /* 吨 */
        return *unit = U_T, 1;
    if (c == 0x500D) /* 倍: "约为去年同期的1.3倍", 1.3 times */
        return *unit = U_X, 1;
    if ((c == 0x5409 || c == 0x5146 || c == 0x5343) && d == 0x74E6 &&
        cjk_at(sc, k, 2) != 0x65F6) /* 吉瓦 GW, 兆瓦 MW, 千瓦 kW; not 千瓦时 */
        return *unit = c == 0x5409 ? U_GW : c == 0x5146 ? U_MW : U_KW, 2;
    if (c == 0x6807 && d == 0x7BB1) /* 标箱: twenty-foot equivalent units */
        return *unit = U_TEU, 2;
    if (c == 0x5C0F && d == 0x65F6) /* 小时 */
        return *unit = U_HOUR, 2;
    if (c == 0x5343 && d == 0x74E6 && cjk_at(sc, k, 2) == 0x65F6) /* 千瓦时 */
        return *unit = U_KWH, 3;
    return 0;
}

/* Is the currency word at w, capitalised, a name?  "Rand" and "Dong"
** are surnames, "Lei Jun" founded Xiaomi, "Afghanis" are people, "Birr"
** and "Cedi" name offices and streets; in lower case they are money. */
bool fx_currency_is_name(const struct scanner *sc, int w)
{
    static const char *const names[] = {"rand",  "dong",   "lei",  "leva",
                                        "birr",  "cedi",   "cedis", "kyat",
                                        "kwacha", "afghanis"};
    if (!(sc->tok[w].flags & (TF_CAP | TF_ALLCAP)) || !is_word(sc, w, LX_UNIT))
        return false;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (word_is_ci(sc, w, names[k]))
            return true;
    return false;
}

/* fx_unit_after_full for a CJK character at k: 元, 美元, 人民币, the
** measures and measure words.  Out of line: most units are words, and
** this part's registers made every call save more. */
static __attribute__((noinline)) int
cjk_unit_after(const struct scanner *sc, int k, int *unit)
{
    const struct token *t = &sc->tok[k];
    uint32_t c = t->hash;
    uint32_t d = k + 1 < sc->n && sc->tok[k + 1].kind == TK_CJK
                     ? sc->tok[k + 1].hash
                     : 0;
    if (c == CP_YUAN)
        return *unit = U_CNY, 1;
    if (c == 0x5186) /* 円 */
        return *unit = U_JPY, 1;
    if (d == CP_YUAN) {
        if (c == CP_MEI)
            return *unit = U_USD, 2;
        if (c == CP_OU)
            return *unit = U_EUR, 2;
        if (c == CP_GANG)
            return *unit = U_HKD, 2;
        if (c == CP_RI)
            return *unit = U_JPY, 2;
    }
    if (c == 0x4EBA && d == 0x6C11) /* 人民币 */
        return *unit = U_CNY, 3;
    int cjk_used = cjk_measure(sc, k, unit);
    if (cjk_used)
        return cjk_used;
    if (c == 0x4E2A && d == CP_YUE)
        return 0; /* 个月: months, not a count of things */
    if (fx_cjk_measure(c))
        return *unit = U_COUNT, 1;
    if ((c == 0x4F59 || c == 0x591A) && fx_cjk_measure(d))
        return *unit = U_COUNT, 2; /* 520余家, 130多个: "520-odd" */
    if ((c == 0x4F59 || c == 0x591A) && k + 1 < sc->n) {
        int m = fx_unit_after_full(sc, k + 1, unit);
        if (m > 0)
            return m + 1; /* 5000余公里 */
    }
    if (c == CP_YUE || c == CP_RI || c == CP_HAO || c == 0x65F6 ||
        c == 0x70B9 || c == 0x5206 || c == 0x79D2)
        return -1; /* 月 日 号 时 点 分 秒: dates, times, numbers */
    return 0;
}

/* Unit after the number at token k; returns tokens used, 0 for none,
** -1 when what follows makes the number not a figure.  The whole test:
** fx_unit_after (find.h) gives the common answers inline. */
int fx_unit_after_full(const struct scanner *sc, int k, int *unit)
{
    const struct phrase *ph;
    if (k >= sc->n)
        return 0;
    const struct token *t = &sc->tok[k];
    if (t->kind == TK_PUNCT && t->hash == '%')
        return *unit = U_PCT, 1;
    if (t->kind == TK_SYM) {
        switch (t->hash) {
        case CP_EURO:
            return *unit = U_EUR, 1;
        case CP_POUND:
            return *unit = U_GBP, 1;
        case CP_YEN:
        case CP_FULL_YEN:
            return *unit = U_YEN_SIGN, 1;
        case CP_DEGREE:
            if (glued(sc, k + 1) && word_is(sc, k + 1, "C"))
                return *unit = U_CELSIUS, 2;
            if (glued(sc, k + 1) && word_is(sc, k + 1, "F"))
                return *unit = U_FAHRENHEIT, 2;
            return -1; /* angles and coordinates */
        }
        return 0;
    }
    if (t->kind == TK_CJK)
        return cjk_unit_after(sc, k, unit);
    int hyphen = 0;
    if (t->kind == TK_PUNCT && t->hash == '-' && glued(sc, k) &&
        glued(sc, k + 1) && k + 1 < sc->n && sc->tok[k + 1].kind == TK_WORD)
        hyphen = 1; /* 2.5-fold, five-year */
    int w = k + hyphen;
    if (w >= sc->n || sc->tok[w].kind != TK_WORD)
        return 0;
    int m = phrase_len(sc, w, PH_UNIT, &ph);
    if (m) {
        *unit = ph->arg;
        return m + hyphen;
    }
    if (!is_word(sc, w, LX_UNIT)) {
        /* a code is in capitals: the call only for those */
        int u = hyphen || !(sc->tok[w].flags & TF_ALLCAP)
                    ? 0
                    : fx_iso_currency(sc, w);
        if (u)
            *unit = u; /* "5 billion PKR", "300 SEK" */
        return u ? 1 : 0;
    }
    const struct lexeme *l = tlex(sc, w);
    /* (only a capitalised word may be a name: most units are not, and
    ** need no call) */
    if ((sc->tok[w].flags & (TF_CAP | TF_ALLCAP)) && fx_currency_is_name(sc, w))
        return 0;
    const char *wt = wtext(sc, w);
    bool won = l->unit == U_KRW && wlen(sc, w) == 3 &&
               (wt[0] | 0x20) == 'w' && (wt[1] | 0x20) == 'o' &&
               (wt[2] | 0x20) == 'n';
    if (won && !word_is(sc, w, "won") &&
        (!word_is(sc, w, "Won") || sc->tok[w - 1].kind != TK_WORD))
        return 0; /* "WON", "Won" after a bare number: a name */
    if (won && !hyphen && sc->tok[w - 1].kind != TK_WORD &&
        (is_word(sc, w + 1, LX_DET | LX_ARTICLE) ||
         (w + 1 < sc->n && (sc->tok[w + 1].flags & TF_CAP))))
        return 0; /* "the 11 won the seats", "3 won Olympic gold" */
    if (hyphen && lex_units[l->unit].kind == UK_DURATION)
        return -1; /* "a five-year plan" describes, it does not count */
    if (time_span(sc, w, l->unit) || reading_time(sc, w, l->unit))
        return -1;
    if (l->unit == U_X && is_word(sc, w + 1, LX_FREQ) && per_time(sc, w + 2))
        return -1;   /* three times a day: a frequency; not "1.2 times a
                        normal day's volume" */
    *unit = l->unit; /* also "a 5 billion-yuan project" */
    if (l->unit == U_POUND_WORD && is_lex(sc, w + 1, KW.of))
        *unit = U_LB; /* "pounds of pork" is a weight anywhere */
    return 1 + hyphen;
}
