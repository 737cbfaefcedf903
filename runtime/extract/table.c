/*
** table.c: units of table cells.
**
** Tables in text give a number's unit and scale once, not in each cell:
** a caption "(in thousands of US$, except per share data)" or a header
** row "HK$'000   HK$'000" or "October (billion yuan)   y/y (%)".  A
** sentence is a table line when its words stand in cells, two or more
** spaces apart.  A header row's cells that name a unit keep their
** columns; a number below one, with no unit of its own, takes that unit
** and scale.  A caption's unit holds for every bare number of the block.
** A row that says "per share" is not scaled, one that says "cents" is in
** hundredths.  The table ends at a blank line or a break.
*/
#include "find.h"

#include <string.h>

/* Column (bytes from the line's start) of byte offset `at`; looks back
** a bounded distance. */
static int column_of(const struct scanner *sc, uint32_t at)
{
    uint32_t s = at;
    while (s > 0 && at - s < 512 && sc->text[s - 1] != '\n')
        s--;
    return (int)(at - s);
}

/* Tabs between the start of the line holding byte `at` and `at`: the
** cell's place in a tab-separated row, empty cells counted.  Looks back
** as far as column_of. */
static int tab_index(const struct scanner *sc, uint32_t at)
{
    int tabs = 0;
    for (uint32_t s = at; s > 0 && at - s < 512 && sc->text[s - 1] != '\n'; s--)
        tabs += sc->text[s - 1] == '\t';
    return tabs;
}

/* The rest of fx_cell_gap (scan.h): only spaces and tabs between
** offsets a and b, no line break. */
bool fx_blank_between(const char *text, uint32_t a, uint32_t b)
{
    for (uint32_t x = a; x < b; x++)
        if (text[x] != ' ' && text[x] != '\t')
            return false;
    return true;
}

struct spec {
    int unit, exp;
    bool scale_word; /* "thousands", "millions", "'000" */
    bool numbers;    /* the cell holds other numbers */
};

/* Is word j, capitalised, a currency and nothing else?  "Won", "Rand",
** "Dong", "Pound" and "Lira" are also words or names. */
static bool capital_currency(const struct scanner *sc, int j)
{
    static const char *const names[] = {"Yen", "Yuan", "Renminbi", "Euros",
                                        "Dollars", "Rupees", "Ringgit",
                                        "Baht"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (word_is(sc, j, names[k]))
            return true;
    return false;
}

/* Is token j the "'" of "'000" ("HK$'000"), the cell ending before b? */
static bool thousands_mark(const struct scanner *sc, int j, int b)
{
    return is_punct(sc, j, '\'') && j + 1 < b && glued(sc, j + 1) &&
           sc->tok[j + 1].kind == TK_NUM &&
           sc->tok[j + 1].end - sc->tok[j + 1].start == 3 &&
           memcmp(sc->text + sc->tok[j + 1].start, "000", 3) == 0;
}

/* Is the number token j the year of a month's head, "Nov-25"? */
static bool month_dash_number(const struct scanner *sc, int j)
{
    return j >= 2 && is_punct(sc, j - 1, '-') && glued(sc, j) &&
           glued(sc, j - 1) && is_month(sc, j - 2);
}

/* Is the number token j, in a cell ending before b, data?  Years, labels
** ("2024", "9M") and spans ("3 months") head columns too. */
static bool data_number(const struct scanner *sc, int j, int b)
{
    if ((sc->mark[j] & (M_YEAR | M_DATE)) ||
        (j + 1 < b && glued(sc, j + 1) && sc->tok[j + 1].kind == TK_WORD))
        return false;
    /* "Index (2015=100)": an index's base, no data */
    if (j >= 2 && is_punct(sc, j - 1, '=') && (sc->mark[j - 2] & M_YEAR))
        return false;
    if (month_dash_number(sc, j))
        return false; /* "Nov-25": a month's column */
    /* "12-month rate (per cent)", "3-year yield": a span names the column */
    if (j + 2 < b && is_punct(sc, j + 1, '-') && glued(sc, j + 1) &&
        glued(sc, j + 2) && is_word(sc, j + 2, LX_UNIT) &&
        lex_units[tlex(sc, j + 2)->unit].kind == UK_DURATION)
        return false;
    /* "3 months on 3 months (%)", "12 months to October": a span heads
    ** a column of changes over it */
    if (j + 1 < b && is_word(sc, j + 1, LX_UNIT) &&
        lex_units[tlex(sc, j + 1)->unit].kind == UK_DURATION)
        return false;
    /* "1-10月", "2026年", "3季度": months, years, quarters head columns */
    int k = j + 1;
    if (k + 1 < b && is_punct(sc, k, '-') && sc->tok[k + 1].kind == TK_NUM)
        k += 2;
    if (k < b && glued(sc, k) && sc->tok[k].kind == TK_CJK) {
        uint32_t c = sc->tok[k].hash;
        if (c == 0x6708 || c == 0x5E74 || c == 0x65E5 || c == 0x5B63)
            return false; /* 月 年 日 季 */
    }
    long y = fx_plain_int(&sc->tok[j]);
    return !(y >= 1900 && y <= 2100);
}

/* k when v is 10^k, else -1. */
static int power_of_ten(uint64_t v)
{
    int k = 0;
    while (v >= 10 && v % 10 == 0) {
        v /= 10;
        k++;
    }
    return v == 1 ? k : -1;
}

/* Is the number token j, in a cell [a, b), the scale of a Chinese-style
** header: "(100 million yuan)", "(RMB 10,000)", "10,000 yuan"?  A power
** of ten from 100 before a scale word, or from 1,000 next to money.
** Returns the tokens it takes (0 for none) and sets *exp. */
static int header_scale(const struct scanner *sc, int a, int j, int b,
                        int *exp)
{
    const struct token *t = &sc->tok[j];
    if (t->exp != 0 || (t->nflags & ~NF_COMMA) || t->ndigits > 12)
        return 0; /* "10,000" may have its separator; "100.0" is data */
    int k = power_of_ten(t->mant);
    if (k < 2)
        return 0;
    if (j + 1 < b && is_word(sc, j + 1, LX_SCALE)) {
        *exp = k + tlex(sc, j + 1)->val;
        return 2;
    }
    bool money_after = j + 1 < b && is_word(sc, j + 1, LX_UNIT) &&
                       is_money(tlex(sc, j + 1)->unit);
    int st;
    bool money_before = j - 1 >= a && fx_currency_before(sc, j, &st) &&
                        st >= a;
    if (k >= 3 && (money_after || money_before)) {
        *exp = k;
        return 1;
    }
    return 0;
}

/* What unit the tokens [a, b) name, if any. */
static void cell_spec(const struct scanner *sc, int a, int b, struct spec *s)
{
    memset(s, 0, sizeof *s);
    for (int j = a; j < b; j++) {
        const struct token *t = &sc->tok[j];
        if (t->kind == TK_WORD && !s->unit &&
            (lex_phrase_kinds[t->lex] & (1u << PH_UNIT))) {
            const struct phrase *ph;
            int m = lex_phrase_at(sc->tok, sc->n, j, 1u << PH_UNIT, &ph);
            if (m > 0 && j + m <= b && (ph->arg == U_PP || ph->arg == U_PCT)) {
                s->unit = ph->arg; /* "(percentage points)", "(per cent)" */
                j += m - 1;
                continue;
            }
        }
        if (t->kind == TK_WORD && !s->unit && j == a &&
            word_is_ci(sc, j, "index") && !is_lex(sc, j + 1, KW.of)) {
            s->unit = U_POINT; /* "Index (current prices)": index levels */
            continue;
        }
        /* most words name no scale, unit or currency code: one test */
        if (t->kind == TK_WORD && !(t->cls & (LX_SCALE | LX_UNIT)) &&
            !(t->flags & TF_ALLCAP))
            continue;
        if ((t->kind == TK_PUNCT && t->hash == '%') ||
            (t->kind == TK_WORD && (t->cls & LX_UNIT) &&
             (tlex(sc, j)->unit == U_PCT || tlex(sc, j)->unit == U_PP ||
              tlex(sc, j)->unit == U_BP))) {
            s->unit = t->kind == TK_PUNCT ? U_PCT : tlex(sc, j)->unit;
        } else if (thousands_mark(sc, j, b)) {
            s->exp = 3; /* HK$'000 */
            s->scale_word = true;
            j++;
        } else if (t->kind == TK_NUM) {
            int exp, used = header_scale(sc, a, j, b, &exp);
            if (used) {
                s->exp = exp; /* "(100 million yuan)", "(RMB 10,000)" */
                s->scale_word = true;
                j += used - 1;
            } else if (data_number(sc, j, b)) {
                /* a cell of data: what else it names heads no column
                ** and makes no caption (fx_table_line asks nothing
                ** more of it), so the rest of a line of prose is not
                ** read */
                s->numbers = true;
                return;
            }
        } else if (t->kind == TK_WORD && is_word(sc, j, LX_SCALE)) {
            s->exp = tlex(sc, j)->val;
            const char *w = wtext(sc, j);
            s->scale_word = s->scale_word || w[wlen(sc, j) - 1] == 's';
        } else if (t->kind == TK_WORD && is_word(sc, j, LX_UNIT) &&
                   is_money(tlex(sc, j)->unit) &&
                   tlex(sc, j)->unit != U_USD_CENT && /* row_exp */
                   ((t->flags & (TF_ALLCAP | TF_CAP)) != (TF_CAP) ||
                    (b - a == 1 && capital_currency(sc, j)))) {
            /* "yuan", "USD"; not "Rand" in a name or "Won" in a sports
            ** table, but "Yen" alone in a cell or in brackets, "(Yen)" */
            if (!s->unit)
                s->unit = tlex(sc, j)->unit;
        } else if (t->kind == TK_WORD && fx_iso_currency(sc, j)) {
            if (!s->unit)
                s->unit = fx_iso_currency(sc, j);
        } else if ((t->kind == TK_SYM ||
                    (t->kind == TK_PUNCT && t->hash == '$')) &&
                   !s->unit) {
            int st;
            int u = fx_currency_before(sc, j + 1, &st);
            if (u && st >= a) {
                s->unit = u;
                /* "(A$m)", "(US$bn)": the scale glued to the sign */
                static const char *const m[] = {"m", "mn", "M", NULL},
                                         *const bn[] = {"bn", "b", "B", NULL};
                if (j + 1 < b && glued(sc, j + 1) && word_among(sc, j + 1, m))
                    s->exp = 6;
                else if (j + 1 < b && glued(sc, j + 1) &&
                         word_among(sc, j + 1, bn))
                    s->exp = 9;
            }
        } else if (t->kind == TK_CJK && !s->unit &&
                   (b - a <= 4 ||
                    (is_punct(sc, j - 1, '(') && is_punct(sc, b - 1, ')')))) {
            /* a cell of a unit column or header: "亿元", "万元",
            ** "增加值（亿元）" */
            int x = 0, used = fx_scales_after_full(sc, j, true, &x), u = 0;
            if (j + used < b && fx_unit_after_full(sc, j + used, &u) > 0 &&
                (is_money(u) || (u == U_COUNT && b - a == 1))) {
                s->unit = u; /* (a measure word alone: "家", firms) */
                s->exp = x;
            }
        }
    }
    if (s->unit == U_PCT)
        s->exp = 0;
    /* "(billion yuan)" closing a line: a unit for what follows, as
    ** "(in thousands of US$)" is */
    if (s->unit && s->exp && !s->numbers && b - a >= 3 &&
        is_punct(sc, b - 1, ')') && is_word(sc, b - 2, LX_UNIT | LX_SCALE) &&
        (b == sc->n || fx_cell_gap(sc, b)))
        s->scale_word = true;
}

/* Is cell [a, b) a line's declaration of the unit of the table below it:
** "Unit: Yuan", "Currency: RMB", "Unit: 100 million yuan", "单位：亿元，%"?
** Sets *unit and *exp to the money or measure named (0: only "%"), and
** *pct when "%" is named too: the columns of changes are in percent. */
static bool unit_label(const struct scanner *sc, int a, int b, int *unit,
                       int *exp, bool *pct)
{
    int c = a + 1; /* the colon */
    const struct token *t = &sc->tok[a];
    if (t->kind == TK_WORD) {
        if (!word_is_ci(sc, a, "unit") && !word_is_ci(sc, a, "units") &&
            !word_is_ci(sc, a, "currency"))
            return false;
    } else if (t->kind == TK_CJK && a + 1 < b &&
               sc->tok[a + 1].kind == TK_CJK &&
               ((t->hash == 0x5355 && sc->tok[a + 1].hash == 0x4F4D) ||
                (t->hash == 0x5E01 && sc->tok[a + 1].hash == 0x79CD))) {
        c = a + 2; /* 单位 "unit", 币种 "currency" */
    } else {
        return false;
    }
    if (c + 1 >= b || !is_punct(sc, c, ':')) /* "：" too: folded */
        return false;
    *unit = 0;
    *exp = 0;
    *pct = false;
    /* the units named, parted by commas: "亿元，%", "Yuan, %" */
    for (int j = c + 1; j < b;) {
        int e = j;
        while (e < b && !is_punct(sc, e, ',') &&
               !is_punct(sc, e, 0x3001)) /* "，" is folded to ',' */
            e++;
        if (e == j + 1 && is_punct(sc, j, '%')) {
            *pct = true;
        } else if (sc->tok[j].kind == TK_CJK) {
            int x = 0, used = fx_scales_after_full(sc, j, true, &x), u = 0;
            if (j + used < e && fx_unit_after_full(sc, j + used, &u) > 0 &&
                u && !*unit) {
                *unit = u;
                *exp = x;
            }
        } else {
            struct spec s;
            cell_spec(sc, j, e, &s);
            if (s.numbers)
                return false;
            if (s.unit == U_PCT)
                *pct = true;
            else if (s.unit && !*unit) {
                *unit = s.unit;
                *exp = s.exp;
            }
        }
        j = e + 1;
    }
    return *unit || *pct;
}

/* A caption's unit declared in its closing brackets: "主要财务数据（单
** 位：万元）", "Key figures (Unit: RMB million)"; 0 for none. */
static int paren_unit_label(const struct scanner *sc, int *exp)
{
    int b = sc->n - 1;
    if (b < 4 || !is_punct(sc, b, ')'))
        return 0;
    int o = b - 1;
    while (o > 0 && b - o < 12 && !is_punct(sc, o, '('))
        o--;
    int u = 0;
    bool pct = false;
    if (!is_punct(sc, o, '(') || !unit_label(sc, o + 1, b, &u, exp, &pct))
        return 0;
    return u ? u : U_PCT;
}

/* Is the window a line of unit declarations ("Unit: Yuan    Currency:
** RMB", "单位：亿元，%")?  Then their unit holds for the table below, as a
** caption's does.  The first token turns prose away with one test. */
static bool unit_line(struct scanner *sc)
{
    /* in brackets too: "(Unit: billion won, %)" */
    int from = is_punct(sc, 0, '(') && is_punct(sc, sc->n - 1, ')') ? 1 : 0;
    int to = sc->n - from;
    const struct token *t = &sc->tok[from];
    if (t->kind == TK_CJK ? t->hash != 0x5355 && t->hash != 0x5E01
                          : t->kind != TK_WORD || to - from < 3 ||
                                !is_punct(sc, from + 1, ':'))
        return false; /* "Unit:", "Currency:", 单位, 币种 */
    int unit = 0, exp = 0;
    bool pct = false;
    for (int a = from, j = from + 1; j <= to; j++) {
        if (j < to && !fx_cell_gap(sc, j))
            continue;
        int u, e;
        bool p;
        if (!unit_label(sc, a, j, &u, &e, &p))
            return false;
        if (u && !unit) {
            unit = u;
            exp = e;
        }
        pct |= p;
        a = j;
    }
    struct table *tb = &sc->table;
    tb->wide_unit = (uint8_t)(unit ? unit : U_PCT);
    tb->wide_exp = (int8_t)exp;
    tb->wide_pct = pct;
    tb->wide_change = false;
    tb->ncol = 0;
    tb->nhead = 0;
    tb->nyear = 0;
    tb->live = tb->awaiting = true;
    return true;
}

/* Is word token i "M2" or "M3", a money supply, not square or cubic
** metres ("Domestic Liquidity (M3)" labelling a row)?  The lexicon folds case. */
static bool money_supply_word(const struct scanner *sc, int i)
{
    return is_word(sc, i, LX_UNIT) && wlen(sc, i) == 2 &&
           wtext(sc, i)[0] == 'M' &&
           (wtext(sc, i)[1] == '2' || wtext(sc, i)[1] == '3');
}

/* Does the cell [a, b) end in a parenthesised unit, "(%)", "(GW)",
** "(US$ million)"?  A caption or a row label naming its numbers' unit. */
static int paren_unit(const struct scanner *sc, int a, int b, int *exp)
{
    if (b - a < 3 || !is_punct(sc, b - 1, ')'))
        return 0;
    int o = b - 2;
    while (o > a && b - 1 - o < 5 && !is_punct(sc, o, '('))
        o--;
    if (!is_punct(sc, o, '(') || o + 1 >= b - 1)
        return 0;
    struct spec s;
    cell_spec(sc, o + 1, b - 1, &s);
    if (s.numbers)
        return 0; /* "(10,000 tons)": a scale, not a unit */
    *exp = s.exp;
    if (s.unit)
        return s.unit;
    /* things counted: "Foreign tourist arrivals (persons)", "(units)" */
    if (o + 2 == b - 1 && sc->tok[o + 1].kind == TK_WORD &&
        !is_word(sc, o + 1, LX_UNIT | LX_SCALE) &&
        (word_is_ci(sc, o + 1, "persons") || word_is_ci(sc, o + 1, "people") ||
         word_is_ci(sc, o + 1, "units") || word_is_ci(sc, o + 1, "number")))
        return U_COUNT;
    /* a measure: one unit word, perhaps scaled ("(GW)", "(million tons)") */
    int u = 0;
    for (int j = o + 1; j < b - 1; j++) {
        if (sc->tok[j].kind != TK_WORD)
            return 0;
        if (money_supply_word(sc, j))
            return 0;
        if (is_word(sc, j, LX_UNIT))
            u = u ? -1 : tlex(sc, j)->unit;
        else if (!is_word(sc, j, LX_SCALE))
            return 0;
    }
    return u > 0 && lex_units[u].kind != UK_DURATION ? u : 0;
}

/* May token j end a caption's period: a year or a month? */
static bool dated_end(const struct scanner *sc, int j)
{
    return sc->tok[j].kind == TK_NUM ? (sc->mark[j] & M_YEAR) != 0
                                     : is_month(sc, j);
}

/* A caption's bracketed unit followed by its period: "Table 1. Change
** rates of main groups (%), November 2026", "Output (GW), 2025".  The
** unit as paren_unit reads it, when all after the ")" is a comma and a
** month, year or quarter. */
static int dated_paren_unit(const struct scanner *sc, int a, int b, int *exp)
{
    if (b - a > 2 && is_punct(sc, b - 1, '.'))
        b--; /* "..., November 2026." */
    int k = b - 1;
    while (k > a && b - k <= 6 && !is_punct(sc, k, ')'))
        k--;
    if (k <= a || !is_punct(sc, k, ')') || !is_punct(sc, k + 1, ','))
        return 0;
    for (int j = k + 2; j < b; j++)
        if (!is_month(sc, j) && !(sc->mark[j] & M_YEAR) &&
            !is_punct(sc, j, '-') && /* "January-November 2026" */
            !(sc->tok[j].kind == TK_WORD && (sc->tok[j].flags & TF_DIGIT)))
            return 0; /* "Q3", "H1" */
    return k + 2 < b ? paren_unit(sc, a, k + 1, exp) : 0;
}

/* Does the caption [a, b) end in its unit after a comma: "Volume of
** retail trade, change on a year earlier, %", "Retail trade sales volume,
** percentage change", "Exports, EUR million"?  Statistics offices write
** the unit last, unbracketed.  The last part may hold only the unit, its
** scale and words of change, so that prose ("..., up 5%") is no caption. */
static int tail_unit(const struct scanner *sc, int a, int b, int *exp)
{
    int k = b - 1;
    while (k > a && b - k <= 4 && !is_punct(sc, k, ',') && !is_punct(sc, k, ':'))
        k--;
    if (k <= a || !(is_punct(sc, k, ',') || is_punct(sc, k, ':')))
        return 0;
    static const char *const change_words[] = {"change", "changes", "annual",
                                               "growth", "in", NULL};
    bool percentage = false;
    int measure = 0;
    for (int j = k + 1; j < b; j++) {
        if (sc->tok[j].kind == TK_NUM || is_punct(sc, j, ')'))
            return 0; /* "(Millions of yen, %)" names two units */
        if (sc->tok[j].kind != TK_WORD)
            continue;
        if ((word_is_ci(sc, j, "percentage") && word_is_ci(sc, j + 1, "change")) ||
            (word_is_ci(sc, j, "per") && word_is_ci(sc, j + 1, "cent"))) {
            percentage = true;
            j++;
            continue;
        }
        bool change = false;
        for (const char *const *w = change_words; *w && !change; w++)
            change = word_is_ci(sc, j, *w);
        if (!change && !is_word(sc, j, LX_UNIT | LX_SCALE) &&
            !(sc->tok[j].flags & TF_ALLCAP))
            return 0;
        if (is_word(sc, j, LX_UNIT) && !is_money(tlex(sc, j)->unit) &&
            lex_units[tlex(sc, j)->unit].kind != UK_DURATION)
            measure = tlex(sc, j)->unit; /* "Grain harvest, thousand tonnes" */
    }
    if (percentage) {
        *exp = 0;
        return U_PCT;
    }
    struct spec s;
    cell_spec(sc, k + 1, b, &s);
    *exp = s.exp;
    if (s.numbers)
        return 0;
    if (!s.unit)
        return measure;
    /* money needs its scale: "Exports, EUR million"; a headline's
    ** "Rand weakens against dollar, euro" is no caption */
    return is_money(s.unit) && !s.exp ? 0 : s.unit;
}

/* Does a table row follow the caption line ending with token b-1: the
** next line, or the one after a blank line, parted by a tab?  An
** unbracketed caption holds only so; a headline ending in a unit's
** word is no caption for a table further down. */
static bool row_follows(const struct scanner *sc, int b)
{
    uint32_t x = sc->tok[b - 1].end;
    for (int line = 0; line < 3; line++) {
        const char *nl = memchr(sc->text + x, '\n', sc->len - x);
        if (!nl)
            return false;
        x = (uint32_t)(nl - sc->text) + 1; /* the next line */
        if (line == 0)
            continue; /* (the caption's own end) */
        const char *t = sc->text + x;
        const char *end = memchr(t, '\n', sc->len - x);
        size_t n = end ? (size_t)(end - t) : sc->len - x;
        if (memchr(t, '\t', n))
            return true;
        for (size_t k = 0; k < n; k++)
            if (t[k] != ' ' && t[k] != '\r')
                return false; /* a line of prose */
        /* a blank line: one more */
    }
    return false;
}

/* Does the line end where token b-1 ends (a caption's last token)? */
static bool line_ends_after(const struct scanner *sc, int b)
{
    uint32_t e = sc->tok[b - 1].end;
    return e >= sc->len || sc->text[e] == '\n' || sc->text[e] == '\r';
}

/* Does the header cell [a, b) head shares of a whole: "Share",
** "Proportion", "as a percent of total", 比重, 占比? */
static bool share_head(const struct scanner *sc, int a, int b)
{
    for (int j = a; j < b; j++) {
        if (word_is_ci(sc, j, "share") || word_is_ci(sc, j, "proportion") ||
            word_is_ci(sc, j, "weight") ||
            ((word_is_ci(sc, j, "percent") || is_punct(sc, j, '%')) &&
             is_lex(sc, j + 1, KW.of) && j + 1 < b))
            return true; /* "as a percent of total", "% of GDP" */
        if (j + 1 < b && word_is_ci(sc, j + 1, "rate") &&
            (word_is_ci(sc, j, "occupancy") ||
             word_is_ci(sc, j, "unemployment") ||
             word_is_ci(sc, j, "penetration") ||
             word_is_ci(sc, j, "participation") ||
             word_is_ci(sc, j, "utilisation") ||
             word_is_ci(sc, j, "utilization")))
            return true; /* rates that are shares of a whole (the
                         ** annotation guidelines' list) */
        if (j + 1 < b && sc->tok[j].kind == TK_CJK &&
            sc->tok[j + 1].kind == TK_CJK &&
            ((sc->tok[j].hash == 0x6BD4 && sc->tok[j + 1].hash == 0x91CD) ||
             (sc->tok[j].hash == 0x5360 && sc->tok[j + 1].hash == 0x6BD4)))
            return true; /* 比重, 占比 */
    }
    return false;
}

/* Do the few lines above byte `at` speak of prices ("inflation",
** "consumer prices", "HICP", "CPI")?  A bounded look back. */
static bool prices_above(const struct scanner *sc, uint32_t at)
{
    static const char *const words[] = {"inflation", "price", "HICP", "CPI"};
    uint32_t from = at > 400 ? at - 400 : 0;
    for (uint32_t x = from; x < at; x++)
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
            size_t m = strlen(words[w]);
            if (m <= at - x && fx_strncaseeq(sc->text + x, words[w], m))
                return true;
        }
    return false;
}

/* Does the header cell [a, b) head a column of changes: "y/y (%)",
** "Change over same period (%)", "YoY", "Growth (%)"? */
static bool change_head(const struct scanner *sc, int a, int b,
                        bool beside_amounts)
{
    static const struct {
        const char *text;
        size_t len;
        bool rate; /* "Annual rate (%)" of prices, or beside a column of
                   ** counts or money ("Overnight stays"), is a change; of
                   ** a loan, a card or a bill, a level */
    } heads[] = {{"y/y", 3, false},
                 {"yoy", 3, false},
                 {"y-o-y", 5, false},
                 {"y-on-y", 6, false},
                 {"m-o-m", 5, false},
                 {"m-to-m", 6, false},
                 {"change", 6, false},
                 {"variation", 9, false}, /* "Variation over year (bps)" */
                 {"growth", 6, false},
                 {"annual rate", 11, true},
                 {"monthly rate", 12, true},
                 {"month rate", 10, true}, /* "12-month rate (per cent)" */
                 {"year on year", 12, false},
                 {"month on month", 14, false},
                 {"quarter on quarter", 18, false},
                 {"months on", 9, false}}; /* "Month on month (%)", "3
                                              months on 3 months (%)" */
    for (int j = a; j + 1 < b; j++) /* 同比 "year on year", 增长 "growth",
                                      ** 增速 "growth rate", 增幅 "rise";
                                      ** not 增长额 "the amount grown" */
        if (sc->tok[j].kind == TK_CJK && sc->tok[j + 1].kind == TK_CJK &&
            ((sc->tok[j].hash == 0x540C && sc->tok[j + 1].hash == 0x6BD4) ||
             (sc->tok[j].hash == 0x589E &&
              (sc->tok[j + 1].hash == 0x957F || sc->tok[j + 1].hash == 0x901F ||
               sc->tok[j + 1].hash == 0x5E45 ||
               sc->tok[j + 1].hash == 0x51CF))) && /* 增减 "up or down" */
            !(j + 2 < b && sc->tok[j + 2].kind == TK_CJK &&
              sc->tok[j + 2].hash == 0x989D))
            return true;
    const char *s = sc->text + sc->tok[a].start;
    size_t n = sc->tok[b - 1].end - sc->tok[a].start;
    for (size_t x = 0; x < n; x++) {
        if (x > 0 && ((s[x - 1] | 0x20) >= 'a' && (s[x - 1] | 0x20) <= 'z'))
            continue; /* at a word's start only */
        char c = (char)(s[x] | 0x20);
        if (c != 'y' && c != 'c' && c != 'g' && c != 'a' && c != 'm' &&
            c != 'q' && c != 'v')
            continue; /* no head starts so (the first letters of heads[]:
                         keep them in step): skip the comparisons, 1% of
                         the instructions on news */
        for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
            size_t m = heads[h].len;
            if (c == heads[h].text[0] && m <= n - x &&
                fx_strncaseeq(s + x, heads[h].text, m) &&
                (!heads[h].rate || beside_amounts ||
                 prices_above(sc, sc->tok[a].start)))
                return true;
        }
    }
    return false;
}


/* The year a header cell [a, b) names: "2024", "Q3 2024", "FY25",
** "FY2024", "June 30, 2024"; 0 for a cell naming none, -1 for a cell
** holding other numbers (a row of data, not a header). */
static int cell_year(const struct scanner *sc, int a, int b)
{
    int year = 0;
    for (int j = a; j < b; j++) {
        const struct token *t = &sc->tok[j];
        const char *w = sc->text + t->start;
        size_t n = t->end - t->start;
        int y = 0;
        if (t->kind == TK_WORD && n >= 4 && n <= 6 &&
            (w[0] | 32) == 'f' && (w[1] | 32) == 'y') {
            /* "FY25", "FY2024" as one word */
            int v = 0, d = 0;
            for (size_t x = 2; x < n && w[x] >= '0' && w[x] <= '9'; x++, d++)
                v = v * 10 + (w[x] - '0');
            if (d + 2 == (int)n && (d == 2 || d == 4))
                y = d == 2 ? 2000 + v : v;
        } else if (t->kind == TK_NUM) {
            long v = fx_plain_int(t);
            int d = (int)n;
            if (d == 4 && v >= 1900 && v <= 2100)
                y = (int)v;
            else if (d == 2 && v >= 0 && j > a && glued(sc, j) &&
                     word_is(sc, j - 1, "FY"))
                y = 2000 + (int)v; /* "FY" "25" */
            else if (d == 2 && j >= a + 2 && month_dash_number(sc, j))
                y = 2000 + (int)v; /* "Nov-25"; year_row checks the row */
            else if (v < 0 || d > 2)
                return -1; /* "612,418", "34.41": data */
            /* "Q3", "H1", "30" (a day): a label's small numbers */
        }
        if (y) {
            if (year && year != y)
                return -1; /* "2023-2024": which? */
            year = y;
        }
    }
    return year;
}

/* Does the header cell [a, b) head a column of forecasts: "2026
** forecast", "2027F", "2025E", "2030 target"? */
static bool forecast_cell(const struct scanner *sc, int a, int b)
{
    static const char *const words[] = {"forecast", "forecasts", "projection",
                                        "projected", "estimate", "target",
                                        "outlook"};
    for (int j = a; j < b; j++) {
        if (sc->tok[j].kind != TK_WORD)
            continue;
        if (j > a && glued(sc, j) && sc->tok[j - 1].kind == TK_NUM &&
            (word_is_ci(sc, j, "f") || word_is_ci(sc, j, "e")))
            return true; /* "2027F" */
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
            if (word_is_ci(sc, j, words[w]))
                return true;
    }
    return false;
}

/* A header row naming years, two or more cells of them and no data:
** "2024   2023", "Q3 2023   Q3 2024   YoY change", "FY25   FY24".  Each
** cell's columns and year are kept until the table ends, through a
** header row of units below it. */
static void year_row(struct scanner *sc, int cells)
{
    struct table *tb = &sc->table;
    int years = 0, n = cells < TABLE_COLS ? cells : TABLE_COLS;
    int yv[TABLE_COLS];
    for (int k = 0; k < n; k++) {
        int b = k + 1 < n ? tb->row[k + 1].t0 : sc->n;
        if (k + 1 == n && cells > n)
            return;
        yv[k] = cell_year(sc, tb->row[k].t0, b);
        if (yv[k] < 0)
            return;
        years += yv[k] > 0;
    }
    if (years < 2)
        return;
    /* "Nov-25   Oct-26   Nov-26" name years; "Nov-10   Nov-17   Nov-24",
    ** a week apart, name days: month-number heads are years only when
    ** their numbers lie within three of each other and of the article's
    ** year */
    int lo = 9999, hi = -1;
    for (int k = 0; k < n; k++) {
        int t0 = tb->row[k].t0;
        if (yv[k] > 0 && t0 + 2 < sc->n && month_dash_number(sc, t0 + 2)) {
            lo = yv[k] < lo ? yv[k] : lo;
            hi = yv[k] > hi ? yv[k] : hi;
        }
    }
    if (hi >= 0 && (hi - lo > 3 || (sc->year && (hi > sc->year + 3 ||
                                                 lo < sc->year - 3))))
        return;
    for (int k = 0; k < n; k++) {
        int b = k + 1 < n ? tb->row[k + 1].t0 : sc->n;
        tb->ycol[k].c0 = (int16_t)column_of(sc, sc->tok[tb->row[k].t0].start);
        tb->ycol[k].c1 = (int16_t)(column_of(sc, sc->tok[b - 1].start) +
                                   (int)(sc->tok[b - 1].end -
                                         sc->tok[b - 1].start));
        tb->ycol[k].year = (int16_t)yv[k];
        tb->ycol[k].forecast = forecast_cell(sc, tb->row[k].t0, b);
    }
    tb->nyear = n;
}

/* Does the window, read as one cell, hold a number of data?  Most lines
** with a scale word are prose ("rose 5% to 3 million"): the numbers
** noted in scanner.start_at answer without reading every word. */
static bool one_cell_of_data(const struct scanner *sc)
{
    for (int x = 0; x < sc->n_start; x++) {
        int j = sc->start_at[x], exp;
        if (sc->tok[j].kind == TK_NUM && data_number(sc, j, sc->n) &&
            !thousands_mark(sc, j - 1, sc->n) &&
            !header_scale(sc, 0, j, sc->n, &exp))
            return true; /* the "000" of "'000" is a scale, not data, and
                         ** so is "(RMB 10,000)" */
    }
    return false;
}

/* Does the window's line open with a tab before its first word: an
** empty first cell? */
static bool blank_cell_first(const struct scanner *sc, int first)
{
    uint32_t s = sc->tok[first].start;
    bool tab = false;
    while (s > 0 && sc->text[s - 1] != '\n' &&
           (sc->text[s - 1] == ' ' || sc->text[s - 1] == '\t'))
        tab |= sc->text[--s] == '\t';
    return tab && (s == 0 || sc->text[s - 1] == '\n');
}

/* Does the cell [a, b) name things counted, one or two words ending in
** a plural ("Arrivals", "New vehicles")?  Not the row's label: a unit
** column stands between the label and the numbers. */
static bool counted_cell(const struct scanner *sc, int a, int b)
{
    if (b - a < 1 || b - a > 2)
        return false;
    for (int j = a; j < b; j++)
        if (sc->tok[j].kind != TK_WORD || is_word(sc, j, LX_UNIT))
            return false;
    return fx_word_is_plural(sc, b - 1);
}

/* Is word j a plural of money ("Exports", "Sales", "Deposits"), whose
** numbers are amounts in a currency left unsaid? */
bool fx_money_plural(const struct scanner *sc, int j)
{
    static const char *const money[] = {
        "sales",    "exports",     "imports",  "earnings", "assets",
        "deposits", "liabilities", "loans",    "revenues", "receipts",
        "profits",  "payments",    "funds",    "reserves", "investments",
        "expenses", "costs",       "savings",  "prices",   "proceeds",
        "inflows",  "outflows",    "flows",    "remittances", "values",
        "amounts",  "taxes",       "wages",    "salaries", "dividends"};
    for (size_t k = 0; k < sizeof money / sizeof money[0]; k++)
        if (word_is_ci(sc, j, money[k]))
            return true;
    return false;
}

/* Does the header cell [a, b) head a column of counts ("Overnight
** stays", "Arrivals"), not of money? */
static bool counted_head(const struct scanner *sc, int a, int b)
{
    return counted_cell(sc, a, b) && !fx_money_plural(sc, b - 1);
}

/* The unit a caption line [a, b) gives after its name: unbracketed and
** last ("..., percentage change"), which holds only over a tab row right
** below it (row_below: the window's own next line is one), or bracketed
** before its period ("(%), November 2026").  0 for none; most lines of
** prose are turned away by their last token. */
static int unit_last(const struct scanner *sc, int a, int b, bool row_below,
                     int *e)
{
    int u;
    if ((sc->tok[b - 1].kind == TK_WORD || is_punct(sc, b - 1, '%')) &&
        (u = tail_unit(sc, a, b, e)) != 0)
        return row_below || row_follows(sc, b) ? u : 0;
    if (dated_end(sc, b - 1) ||
        (b - a >= 2 && is_punct(sc, b - 1, '.') && dated_end(sc, b - 2)))
        return dated_paren_unit(sc, a, b, e);
    return 0;
}

/* A caption [a, b) ending in its unit u (scale e) opens a table: its
** cells take the unit, and changes when it is "%" and the caption says
** so ("Table 2 Output growth (%)"). */
static void caption_unit(struct scanner *sc, int u, int e, int a, int b)
{
    struct table *tb = &sc->table;
    tb->wide_unit = (uint8_t)u;
    tb->wide_exp = (int8_t)e;
    tb->wide_change = u == U_PCT && change_head(sc, a, b, false);
    tb->wide_pct = false;
    tb->ncol = tb->nhead = 0;
    tb->nparts = 0;
    tb->spans = false;
    tb->live = tb->awaiting = true;
}

/* Is the window "(levels in billion PHP, growth rates in percent)", a
** caption giving two or three groups of columns a unit each?  Keeps each
** part's first word and unit for the header below (part_unit).  One
** part with a unit is the whole table's: "(annual averages in %, unless
** otherwise indicated)". */
static void caption_parts(struct scanner *sc)
{
    struct table *tb = &sc->table;
    int b = sc->n - 1; /* the closing ")" */
    /* the bracket opens the caption's last line (a title line with no
    ** full stop may come first in the window) */
    int o = b;
    while (o > 0 && b - o < 64 && !(sc->tok[o].flags & TF_NEWLINE))
        o--;
    if (b - o < 7 || !is_punct(sc, o, '(') || !is_punct(sc, b, ')'))
        return;
    int n = 0, from = o + 1;
    for (int j = o + 1; j <= b && n < 3; j++) {
        if (j < b && !is_punct(sc, j, ',') && !is_punct(sc, j, ';'))
            continue;
        /* a part: LABEL "in" UNIT */
        int in = from + 1;
        while (in < j && !is_lex(sc, in, KW.in))
            in++;
        struct spec u;
        if (in >= j || sc->tok[from].kind != TK_WORD) {
            from = j + 1; /* "unless otherwise indicated" */
            continue;
        }
        cell_spec(sc, in + 1, j, &u);
        if (!u.unit || u.numbers)
            return;
        tb->part[n].word = sc->tok[from].start;
        tb->part[n].len = sc->tok[from].end - sc->tok[from].start;
        tb->part[n].unit = (uint8_t)u.unit;
        tb->part[n].exp = (int8_t)u.exp;
        n++;
        from = j + 1;
    }
    if (n == 1) {
        /* "(annual averages in %, unless otherwise indicated)" */
        caption_unit(sc, tb->part[0].unit, tb->part[0].exp, 0, sc->n);
        return;
    }
    if (n < 2)
        return;
    caption_unit(sc, 0, 0, 0, sc->n);
    tb->nparts = n;
}

/* The unit of the caption's part whose first word the header cell [a, b)
** holds ("Year-on-Year Growth Rates" for "growth rates in percent"). */
static void part_unit(const struct scanner *sc, int a, int b,
                      struct table_col *c)
{
    const struct table *tb = &sc->table;
    for (int k = 0; k < tb->nparts; k++)
        for (int j = a; j < b; j++)
            if (sc->tok[j].kind == TK_WORD &&
                sc->tok[j].end - sc->tok[j].start == tb->part[k].len &&
                fx_strncaseeq(sc->text + sc->tok[j].start,
                              sc->text + tb->part[k].word, tb->part[k].len)) {
                c->unit = tb->part[k].unit;
                c->exp = tb->part[k].exp;
                return;
            }
}

/* Does the tab row starting at token row0 leave a cell empty between
** two of its cells ("Levels<TAB><TAB>Growth")? */
static bool empty_cell_within(const struct scanner *sc, int row0)
{
    for (uint32_t x = sc->tok[row0].start; x < sc->tok[sc->n - 1].start; x++)
        if (sc->text[x] == '\t') {
            uint32_t y = x + 1;
            while (sc->text[y] == ' ')
                y++;
            if (sc->text[y] == '\t')
                return true;
        }
    return false;
}

static void table_cells(struct scanner *sc);

/* Does the block above byte `at` (back to a blank line, at most 300
** bytes) say its numbers are changes: "... seasonally adjusted. Change
** on previous month" over a row of months and "Per cent"? */
static bool change_in_block(const struct scanner *sc, uint32_t at)
{
    uint32_t from = at > 300 ? at - 300 : 0;
    for (uint32_t x = at; x > from; x--) {
        const char *t = sc->text + x - 1;
        if (t[0] == '\n' && x >= 2 && t[-1] == '\n')
            break; /* the blank line opening the block */
        if ((*t | 32) == 'c' && at - (x - 1) >= 6 &&
            fx_strncaseeq(t, "change", 6))
            return true;
    }
    return false;
}

void fx_table_line(struct scanner *sc)
{
    struct table *tb = &sc->table;
    if (sc->n == 0)
        return;
    if ((sc->tok[0].flags & TF_BLANK) && !tb->awaiting) {
        tb->live = false; /* a blank line ends a table, not its caption */
        tb->wide_unit = 0;
        tb->wide_pct = false;
        tb->wide_change = false;
        tb->ncol = 0;
        tb->nhead = 0;
        tb->nyear = 0;
        tb->nparts = 0;
        tb->spans = false;
    }
    tb->row_exp = 0;
    tb->row_noscale = false;
    tb->row_unit = 0;
    tb->nrow = 0;
    if (unit_line(sc))
        return;
    /* a unit alone under a row of years ("2025-III  2026-I ..." over
    ** "% change"): the unit of the table's cells */
    if (tb->nyear > 0 && sc->n <= 4) { /* "% change", "Per cent" */
        struct spec s;
        cell_spec(sc, 0, sc->n, &s);
        if (s.unit == U_PCT && !s.numbers) {
            tb->wide_unit = U_PCT;
            tb->wide_exp = 0;
            tb->wide_change = change_head(sc, 0, sc->n, false) ||
                              change_in_block(sc, sc->tok[0].start);
            tb->wide_pct = false;
            tb->live = tb->awaiting = true;
            return;
        }
    }

    /* most sentences are prose: one cell, and no scale word or "'000"
    ** that could make them a caption (noted as the tokens came) */
    if (!(sc->window & W_CELLS)) {
        /* prose after a caption: no table came; but not the caption's own
        ** next sentence ("[Estimates are shown in millions of dollars
        ** ... Survey. Adjusted for seasonal variation.]") */
        if (sc->tok[0].flags & (TF_NEWLINE | TF_BLANK))
            tb->awaiting = false;
        /* a line with no full stop may be a caption with its unit last
        ** and unbracketed, "Retail trade, percentage change" */
        int e = 0, u = line_ends_after(sc, sc->n)
                           ? unit_last(sc, 0, sc->n, false, &e) : 0;
        if (u)
            caption_unit(sc, u, e, 0, sc->n);
        return;
    }
    table_cells(sc);
}

/* The rest of fx_table_line, for a window that may be a table line: a
** function of its own, so that the many windows of prose return without
** saving the registers it needs. */
__attribute__((noinline)) static void table_cells(struct scanner *sc)
{
    struct table *tb = &sc->table;

    /* a line with no gap of two blanks (scan.h: W_GAP) and no tab is one
    ** cell: the loops over cells below start at its end */
    uint32_t from = sc->tok[0].start, to = sc->tok[sc->n - 1].end;
    const char *tab = memchr(sc->text + from, '\t', to - from);
    tb->row_tabs = tab != NULL;
    bool gaps = (sc->window & W_GAP) || tb->row_tabs;

    /* a caption line with no full stop runs into the tab row below it
    ** ("(Annual change, %)" above "<TAB>% share<TAB>2025"): the row
    ** starts at its own line, and the caption gives the table its unit */
    int row0 = 0;
    const char *nl = tab ? memrchr(sc->text + from, '\n',
                                   (size_t)(tab - (sc->text + from)))
                         : NULL;
    if (nl) {
        uint32_t line = (uint32_t)(nl - sc->text) + 1;
        while (row0 < sc->n && sc->tok[row0].start < line)
            row0++;
        int e = 0, u = 0;
        if (row0 > 0 && line_ends_after(sc, row0)) {
            u = paren_unit(sc, 0, row0, &e);
            if (!u)
                u = unit_last(sc, 0, row0, true, &e);
        }
        if (u)
            caption_unit(sc, u, e, 0, row0);
    }
    int first_gap = gaps ? row0 + 1 : sc->n;

    /* the line's cells and what they name */
    int cells = 0, nspec = 0, nnum = 0, nchange = 0;
    struct spec s, wide = {0};
    int a = row0;
    for (int j = first_gap; j <= sc->n; j++) {
        if (j < sc->n && !fx_cell_gap(sc, j))
            continue;
        if (!gaps && one_cell_of_data(sc)) {
            memset(&s, 0, sizeof s); /* what cell_spec finds for it */
            s.numbers = true;
        } else {
            cell_spec(sc, a, j, &s);
        }
        if (s.numbers)
            nnum++;
        if (s.unit && !s.numbers)
            nspec++;
        if (!s.numbers && (!s.unit || s.unit == U_PCT || s.unit == U_PP ||
                           s.unit == U_BP) &&
            change_head(sc, a, j, false))
            nchange++; /* "YoY change", "Growth": a header without units */
        if (s.unit && s.unit != U_PCT && s.scale_word && !wide.unit)
            wide = s;
        if (cells < TABLE_COLS) {
            struct table_col *c = &tb->row[cells];
            c->t0 = a;
            c->unit = s.numbers ? 0 : (uint8_t)s.unit;
            c->exp = (int8_t)(s.numbers ? 0 : s.exp);
        }
        cells++;
        a = j;
    }
    tb->nrow = cells < TABLE_COLS ? cells : TABLE_COLS;
    if (cells >= 2)
        year_row(sc, cells);
    if (cells >= 2 && nnum > 0) {
        tb->awaiting = false;
        /* a row labelled in its own unit: "Shipments (GW)   7.5   6.1" */
        int e = 0, u = paren_unit(sc, row0, tb->row[1].t0, &e);
        if (u) {
            tb->row_unit = (uint8_t)u;
            tb->row_unit_exp = (int8_t)e;
        }
    }

    /* a row: per share, in cents */
    for (int j = 0; cells >= 2 && j < sc->n; j++) {
        if (word_is(sc, j, "per") && (word_is(sc, j + 1, "share") ||
                                      word_is(sc, j + 2, "share")))
            tb->row_noscale = true;
        if (word_is(sc, j, "cents"))
            tb->row_exp = -2;
    }

    /* a header: cells that name units and no numbers */
    if (cells >= 2 && (nspec >= 1 || nchange >= 1) && nnum == 0) {
        /* a row of units under "2024   2023   Change" keeps the change
        ** column it leaves empty */
        struct table_col keep[TABLE_COLS], above[TABLE_COLS];
        int nkeep = 0, nabove = tb->live ? tb->nhead : 0;
        for (int k = 0; tb->live && k < tb->ncol; k++)
            if (tb->col[k].change)
                keep[nkeep++] = tb->col[k];
        memcpy(above, tb->col, sizeof above);
        tb->ncol = 0;
        a = row0;
        /* "\tbillion yuan\t%" under "Region\t2025\tChange": between
        ** tabs a row of units may leave the labels' cell empty; count it,
        ** since the cells' order is all there is to go by */
        bool lead_blank = tb->row_tabs && blank_cell_first(sc, row0);
        if (lead_blank)
            memset(&tb->col[tb->ncol++], 0, sizeof tb->col[0]);
        bool amounts = false; /* a column of counts or money so far */
        for (int j = first_gap; j <= sc->n && tb->ncol < TABLE_COLS; j++) {
            if (j < sc->n && !fx_cell_gap(sc, j))
                continue;
            cell_spec(sc, a, j, &s);
            struct table_col *c = &tb->col[tb->ncol++];
            c->c0 = (int16_t)column_of(sc, sc->tok[a].start);
            c->c1 = (int16_t)column_of(sc, sc->tok[j - 1].start) +
                    (int16_t)(sc->tok[j - 1].end - sc->tok[j - 1].start);
            c->tab = (int16_t)tab_index(sc, sc->tok[a].start);
            c->unit = (uint8_t)s.unit;
            c->exp = (int8_t)s.exp;
            if (!s.unit)
                part_unit(sc, a, j, c); /* "Levels" under "(levels in
                                        ** billion PHP, ...)" */
            c->change = (!s.unit || s.unit == U_PCT || s.unit == U_PP ||
                         s.unit == U_BP) &&
                        change_head(sc, a, j, amounts);
            c->share = (!s.unit || s.unit == U_PCT) && share_head(sc, a, j);
            if (!c->unit && !c->change && !c->share && counted_head(sc, a, j))
                c->unit = U_COUNT; /* "Overnight stays" over whole numbers */
            amounts |= c->unit == U_COUNT || is_money(c->unit);
            if (!s.unit && tb->wide_pct && c->share)
                c->unit = U_PCT; /* "Share" under "(Unit: billion won, %)" */
            a = j;
        }
        if (lead_blank && nabove == tb->ncol) {
            /* the header above, cell for cell: its changes and shares
            ** stay where they were */
            for (int k = 0; k < tb->ncol; k++) {
                tb->col[k].change |= above[k].change;
                tb->col[k].share |= above[k].share;
            }
            nkeep = 0;
        }
        tb->spans = tb->row_tabs && empty_cell_within(sc, row0);
        tb->nhead = nkeep == 0 ? tb->ncol : 0;
        for (int k = 0; k < nkeep && tb->ncol < TABLE_COLS; k++) {
            bool covered = false;
            for (int m = 0; m < tb->ncol; m++)
                covered |= keep[k].c0 < tb->col[m].c1 &&
                           keep[k].c1 > tb->col[m].c0;
            if (!covered)
                tb->col[tb->ncol++] = keep[k];
        }
        tb->live = tb->awaiting = true;
    } else if (wide.unit && nnum == 0) {
        /* a caption: "(in thousands of US$)", "(RMB'000)" */
        tb->wide_unit = (uint8_t)wide.unit;
        tb->wide_exp = (int8_t)wide.exp;
        tb->wide_change = false;
        tb->wide_pct = false;
        tb->live = tb->awaiting = true;
    } else if (cells == 1 && line_ends_after(sc, sc->n)) {
        /* a caption line ending in its unit: "Table 2 Output growth (%)",
        ** "主要财务数据（单位：万元）" */
        int e = 0, u = paren_unit(sc, 0, sc->n, &e);
        if (!u)
            u = paren_unit_label(sc, &e);
        if (!u)
            u = unit_last(sc, 0, sc->n, false, &e);
        if (u)
            caption_unit(sc, u, e, 0, sc->n);
        else
            caption_parts(sc);
    }
}

/* How many columns a number may stand beside its header cell and still
** be read as under it ("8.4" ending a column before "%"). */
#define ALIGN_SLACK 4
/* How far a number may stand from every header cell and still take the
** nearest one's unit. */
#define GROUP_SLACK 12

/* The header cell above the cell c of the row that holds the byte
** columns [col, end), or NULL.  A row with as many cells as the header
** is read cell by cell: financial tables right-align their numbers, so
** "8.4" can end under the end of "Millions of yen" although it sits in
** the "%" column after it.  So is a row with one cell more, its label,
** under a header that leaves the label's place empty.  Otherwise the
** first header cell it overlaps. */
static const struct table_col *header_over(const struct scanner *sc,
                                           int c, int i)
{
    const struct table *tb = &sc->table;
    const struct table_col *h = NULL;
    int col = column_of(sc, sc->tok[i].start);
    int end = col + (int)(sc->tok[i].end - sc->tok[i].start);
    if (tb->spans && tb->row_tabs) {
        /* "<TAB>Levels<TAB><TAB>Growth rates" over "M3<TAB>18,452.7<TAB>
        ** 18,611.9<TAB>6.9<TAB>7.4": an exported sheet's merged cells;
        ** each header cell heads its own column and the empty ones after
        ** it.  The labels' column (no tab before it) has none. */
        int at = tab_index(sc, sc->tok[i].start);
        for (int k = 0; k < tb->ncol && at > 0; k++)
            if (tb->col[k].tab <= at && tb->col[k].c1 > 0 &&
                (!h || tb->col[k].tab > h->tab))
                h = &tb->col[k];
        return h;
    }
    if (tb->nhead > 0 && tb->nhead == tb->nrow && c >= 0 && c < tb->nhead) {
        h = &tb->col[c];
    } else if (tb->row_tabs && tb->nhead > 1 && tb->nhead < tb->nrow &&
               tb->col[0].c1 == 0 && c >= 1) {
        /* "<TAB>% share<TAB>2025<TAB>2026" over "Services<TAB>59.2<TAB>5.3
        ** <TAB>5.0<TAB>5.3": a header that leaves the labels' cell empty
        ** (table_cells keeps it, of no width) and groups its last columns;
        ** cells past its end stand under its last cell */
        h = &tb->col[c < tb->nhead ? c : tb->nhead - 1];
    } else if (tb->nhead > 0 && tb->nhead + 1 == tb->nrow && c >= 1) {
        const struct token *label_end = &sc->tok[tb->row[1].t0 - 1];
        if (tb->row_tabs || /* between tabs the count is all there is */
            tb->col[0].c0 >= column_of(sc, label_end->start) +
                                 (int)(label_end->end - label_end->start))
            h = &tb->col[c - 1];
    }
    /* the cell must still stand under its header cell or right by it: a
    ** row that leaves its last cells empty only seems to have the
    ** header's count ("Beijing  1,200" under "Sales   Growth   Share");
    ** between tabs, the count is all there is to go by */
    if (h && (tb->row_tabs ||
              (col < h->c1 + ALIGN_SLACK && end > h->c0 - ALIGN_SLACK)))
        return h;
    /* the first header cell it overlaps; else, between two header cells,
    ** the nearer: a group's header centred over three columns leaves the
    ** outer ones bare ("Annual rate (%)" over "Nov 2025  Oct 2026  Nov
    ** 2026"); a column beyond all headers ("1 game left") has none */
    const struct table_col *near = NULL;
    int near_gap = GROUP_SLACK + 1;
    bool left = false, right = false;
    for (int k = 0; k < tb->ncol; k++) {
        if (col < tb->col[k].c1 && end > tb->col[k].c0)
            return &tb->col[k];
        left |= tb->col[k].c1 <= col;
        right |= tb->col[k].c0 >= end;
        int gap = col >= tb->col[k].c1 ? col - tb->col[k].c1
                                       : tb->col[k].c0 - end;
        if (gap < near_gap) {
            near = &tb->col[k];
            near_gap = gap;
        }
    }
    return left && right ? near : NULL;
}

/* The cell of the current row that token i is in (-1: none). */
static int cell_of(const struct table *tb, int i)
{
    int c = -1;
    for (int k = 0; k < tb->nrow; k++)
        if (tb->row[k].t0 <= i)
            c = k;
    return c;
}

/* Does the cell [a, b) name a unit and nothing else ("USD billion",
** "亿元", "RM mil"), not a label that holds a unit's word ("WALR -
** Fresh rupee loans")? */
static bool unit_cell(const struct scanner *sc, int a, int b)
{
    for (int j = a; j < b; j++)
        if (sc->tok[j].kind == TK_WORD &&
            !(sc->tok[j].cls & (LX_SCALE | LX_UNIT)) &&
            !(sc->tok[j].flags & TF_ALLCAP))
            return false;
    return true;
}

bool fx_table_cell(const struct scanner *sc, int i, int *unit, int *exp)
{
    const struct table *tb = &sc->table;
    if (tb->nrow < 2 || i <= 0)
        return false;
    /* the cell holding token i; the number must start it */
    int c = cell_of(tb, i);
    int t0 = tb->row[c < 0 ? 0 : c].t0;
    if (c <= 0 || (t0 != i && !(t0 == i - 1 && (is_punct(sc, t0, '-') ||
                                                 is_punct(sc, t0, '+')))))
        return false; /* the number starts its cell, or its sign does */
    if (sc->mark[i] & (M_YEAR | M_DATE))
        return false;
    long y = fx_plain_int(&sc->tok[i]);
    if (y >= 1900 && y <= 2100)
        return false; /* "2024   2023": the columns' years */
    int u = 0, e = 0;
    if (tb->row_unit && !(tb->live && fx_table_change(sc, i))) {
        u = tb->row_unit; /* the row's label names it: "Output (GW)"; not
                          ** in a "YoY (%)" column */
        e = tb->row_unit_exp;
    } else if (tb->row[c - 1].unit && tb->row[c - 1].unit != U_PCT &&
               unit_cell(sc, tb->row[c - 1].t0, t0)) {
        u = tb->row[c - 1].unit; /* a unit column: "USD billion  299.63" */
        e = tb->row[c - 1].exp;
    } else if (c >= 2 && counted_cell(sc, tb->row[c - 1].t0, t0)) {
        u = U_COUNT; /* a unit column naming things: "Arrivals  12,700" */
    } else if (tb->live) {
        const struct table_col *h = header_over(sc, c, i);
        if (h && !(h->unit == U_COUNT && sc->tok[i].exp < 0)) {
            u = h->unit; /* a count is whole: "3.1" under "Arrivals" is
                         ** some other thing */
            e = h->exp;
            if (!u && h->change && tb->wide_pct)
                u = U_PCT; /* "同比增长" under "单位：亿元，%" */
        }
        if (!u && tb->wide_unit) {
            u = tb->wide_unit;
            e = tb->wide_exp;
        }
    }
    if (!u)
        return false;
    if (u != U_PCT && tb->row_noscale)
        e = 0;
    if (u != U_PCT && tb->row_exp)
        e = tb->row_exp;
    *unit = u;
    *exp = e;
    return true;
}

/* Is token i a number in a column headed as a change ("y/y (%)")? */
/* The header cell over the number at token i (a sign may come first):
** *h, or NULL; false when i is no number of a live table's row. */
static bool head_of(const struct scanner *sc, int i,
                    const struct table_col **h)
{
    const struct table *tb = &sc->table;
    *h = NULL;
    if (!tb->live || tb->nrow < 2 || i <= 0 || i >= sc->n)
        return false;
    if (is_punct(sc, i, '-') || is_punct(sc, i, '+'))
        i++;
    if (i >= sc->n || sc->tok[i].kind != TK_NUM)
        return false;
    *h = header_over(sc, cell_of(tb, i), i);
    return true;
}

bool fx_table_change(const struct scanner *sc, int i)
{
    const struct table_col *h;
    if (!head_of(sc, i, &h))
        return false;
    if (h && (h->unit || h->change || h->share))
        return h->change; /* a year's column says nothing: the caption's
                          ** "(Annual change, %)" does */
    return sc->table.wide_unit == U_PCT && sc->table.wide_change;
}

bool fx_table_share(const struct scanner *sc, int i)
{
    const struct table_col *h;
    return head_of(sc, i, &h) && h && h->share;
}

/* A chart's or table's scale in brackets closing its caption line:
** "output of raw coal (10,000 tons)", "(100 million yuan)".  The number
** [q, k) is a round power of ten: a unit of measure, not a figure. */
bool fx_caption_scale(const struct scanner *sc, int q, int k, uint64_t mant,
                      int exp)
{
    bool unit_line = is_punct(sc, q - 1, ':') &&
                     (word_is(sc, q - 2, "Unit") || word_is(sc, q - 2, "Units")) &&
                     line_ends_after(sc, k); /* "Unit: 100 million yuan" */
    /* a header cell's end: a gap, then another cell, not prose ("a
    ** reserve (100 million yuan)   and hired staff") */
    bool cell_end = fx_cell_gap(sc, k + 1) &&
                    !(sc->tok[k + 1].kind == TK_WORD &&
                      !(sc->tok[k + 1].flags & (TF_CAP | TF_ALLCAP)));
    if (!unit_line &&
        (!is_punct(sc, q - 1, '(') || k >= sc->n || !is_punct(sc, k, ')') ||
         !(line_ends_after(sc, k + 1) || cell_end)))
        return false; /* a caption's end, or a header cell's */
    int tens = power_of_ten(mant);
    return tens >= 0 && tens + exp >= 1;
}

/* The year of the column token i heads a cell of, from a header row
** naming years ("2024   2023" above "Revenue   612,418   548,902"); 0
** when none does. */
/* The cell of the row of years over the number at token i: its index,
** LATEST_YEAR for a cell under none (its latest year), -1 for no table. */
#define LATEST_YEAR (-2)
static int year_column(const struct scanner *sc, int i)
{
    const struct table *tb = &sc->table;
    if (tb->nyear == 0 || tb->nrow < 2 || i <= 0)
        return -1;
    int c = cell_of(tb, i);
    if (c <= 0)
        return -1;
    int t0 = tb->row[c].t0;
    if (t0 != i && !(t0 == i - 1 && (is_punct(sc, t0, '-') ||
                                     is_punct(sc, t0, '+'))))
        return -1;
    int col = column_of(sc, sc->tok[t0].start);
    int e = sc->tok[c + 1 < tb->nrow ? tb->row[c + 1].t0 - 1 : sc->n - 1].end -
            sc->tok[t0].start + col;
    int best = -1, bd = 4;
    /* as many cells as the row of years (or one more: the labels' column
    ** has no header): the cell's place says its year, even when the
    ** columns do not line up ("PRC   5.0   4.8" under "Economy   2025
    ** 2026") or tabs part them.  Else the header cell over it. */
    int same = tb->nyear == tb->nrow && tb->ycol[0].year == 0 ? c
               : tb->nyear + 1 == tb->nrow && tb->ycol[0].year  ? c - 1
                                                                : -1;
    if (!tb->row_tabs && same >= 0 && tb->nyear + 1 == tb->nrow)
        same = -1; /* "   2024   2025" over "Profit      300": spaces that
                   ** leave the last cells empty; the columns decide */
    if (same >= 0)
        return tb->ycol[same].year ? same : LATEST_YEAR;
    if (tb->row_tabs)
        return -1; /* "PRC\t\t4.8": an empty cell between tabs, and byte
                   ** columns say nothing there: no year rather than a
                   ** wrong one */
    for (int k = 0; k < tb->nyear; k++) {
        int h0 = tb->ycol[k].c0, h1 = tb->ycol[k].c1;
        if (col < h1 && e > h0) /* a cell under "YoY", "Change": the
                                ** change to the latest year */
            return tb->ycol[k].year ? k : LATEST_YEAR;
        int d = col >= h1 ? col - h1 + 1 : h0 - e + 1;
        if (d < bd) {
            bd = d;
            best = k;
        }
    }
    return best >= 0 && tb->ycol[best].year ? best : LATEST_YEAR;
}

int fx_table_year(const struct scanner *sc, int i)
{
    const struct table *tb = &sc->table;
    int k = year_column(sc, i), latest = 0;
    if (k >= 0)
        return tb->ycol[k].year;
    for (int m = 0; k == LATEST_YEAR && m < tb->nyear; m++)
        if (tb->ycol[m].year > latest)
            latest = tb->ycol[m].year;
    return latest;
}

bool fx_table_forecast(const struct scanner *sc, int i)
{
    int k = year_column(sc, i);
    return k >= 0 && sc->table.ycol[k].forecast;
}

/* Is the lower-case word w (n bytes) at byte x of line [s, e), in either
** case and on word boundaries? */
static bool line_word(const char *t, uint32_t x, uint32_t e, const char *w,
                      size_t n)
{
    if (x + n > e)
        return false;
    for (size_t k = 0; k < n; k++) {
        char c = t[x + k];
        if ((c >= 'A' && c <= 'Z' ? (char)(c | 32) : c) != w[k])
            return false;
    }
    char a = x > 0 ? (char)(t[x - 1] | 32) : ' ';
    char b = x + n < e ? (char)(t[x + n] | 32) : ' ';
    return !(a >= 'a' && a <= 'z') && !(b >= 'a' && b <= 'z');
}

/* Where the line holding byte `at` starts: after the last '\n' before it. */
static uint32_t line_start(const char *t, uint32_t at)
{
    const char *nl = memrchr(t, '\n', at);
    return nl ? (uint32_t)(nl - t) + 1 : 0;
}

static int caption_over(const struct scanner *sc, bool *share);

/* A caption over the rows of token i's block, a line of prose heading it:
** "Digital economy as share of GDP, 2023" above "Beijing   42.9%".
** Returns the year it names (0 for none, or more than one) and whether it
** names shares.  Every figure of a row asks, and the answer depends only
** on where the row and its window start: it is kept in the table
** (struct table's `caption`) and read back from the text once a row. */
int fx_table_caption(const struct scanner *sc, int i, bool *share)
{
    const struct table *tb = &sc->table;
    *share = false;
    if (tb->nrow < 2 || i <= 0 || tb->row[1].t0 > i)
        return 0;
    uint32_t row_start = sc->tok[tb->row[0].t0].start,
             window_start = sc->tok[0].start;
    /* the scanner is not const, its callers only promise not to change
    ** what they read: the kept answer is no part of that */
    struct table *kept = &((struct scanner *)sc)->table;
    if (!kept->caption.known || kept->caption.row_start != row_start ||
        kept->caption.window_start != window_start) {
        kept->caption.year = caption_over(sc, &kept->caption.share);
        kept->caption.row_start = row_start;
        kept->caption.window_start = window_start;
        kept->caption.known = true;
    }
    *share = kept->caption.share;
    return kept->caption.year;
}

/* fx_table_caption read from the text: the look back is memrchr over
** whole lines and the caption's bytes are looked at once each. */
static int caption_over(const struct scanner *sc, bool *share)
{
    const struct table *tb = &sc->table;
    *share = false;
    const char *t = sc->text;
    uint32_t s = sc->tok[tb->row[0].t0].start, lines = 0;
    /* the look back stops 4096 bytes before the window, mid-line if need
    ** be (a line ending after the window's start is not looked at) */
    uint32_t window = sc->tok[0].start;
    uint32_t floor = window >= 4096 ? window - 4096 : 0;
    /* back to the block's first line: after a blank line */
    while (s > 0 && lines < 40) {
        s = line_start(t, s);
        if (s == 0)
            break;
        uint32_t p = s - 1; /* the previous line's end */
        if (p <= window && p > floor) {
            const char *nl = memrchr(t + floor, '\n', p - floor);
            p = nl ? (uint32_t)(nl - t) + 1 : floor;
        }
        bool blank = true;
        for (uint32_t x = p; x < s - 1 && blank; x++)
            blank = t[x] == ' ' || t[x] == '\t' || t[x] == '\r';
        if (blank)
            break;
        s = p;
        lines++;
    }
    if (lines == 0)
        return 0; /* the row opens its block: no caption */
    uint32_t e = s + (sc->len - s < 200 ? sc->len - s : 200);
    const char *nl = memchr(t + s, '\n', e - s);
    if (nl)
        e = (uint32_t)(nl - t);
    int year = 0;
    for (uint32_t x = s; x < e; x++) {
        switch (t[x]) {
        case ' ':
            if (x + 1 < e && t[x + 1] == ' ')
                return 0; /* cells: a header, not a caption */
            break;
        case '\t':
            return 0; /* cells parted by tabs */
        case 'S': case 's':
            if (line_word(t, x, e, "share", 5))
                *share = true;
            break;
        case 'P': case 'p':
            if (line_word(t, x, e, "proportion", 10))
                *share = true;
            break;
        case '1': case '2':
            if (x + 4 <= e && (x == s || t[x - 1] < '0' || t[x - 1] > '9') &&
                (x + 4 == e || t[x + 4] < '0' || t[x + 4] > '9')) {
                int v = 0, d = 0;
                for (; d < 4 && t[x + d] >= '0' && t[x + d] <= '9'; d++)
                    v = v * 10 + t[x + d] - '0';
                if (d == 4 && v >= 1900 && v <= 2100 &&
                    !(x + 4 < e && t[x + 4] == '=')) { /* not "(2015=100)" */
                    if (year && year != v)
                        return 0;
                    year = v;
                }
            }
            break;
        default:
            break;
        }
    }
    return year;
}
