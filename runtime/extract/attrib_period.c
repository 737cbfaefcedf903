/*
** attrib_period.c: the period (year) of a figure.
**
** A time cue in the figure's clause: the nearest after it (up to the next
** figure, a comparison word or a clause break: "X in 2014 to Y in 2018",
** "260 from 183 last year"), else the nearest before it.  Starts and
** bases ("since 2014", "than in 2019") never count.  "A year earlier" is
** the year before the figure compared (resolved in attrib.c, once every
** figure has its own).  Without a cue: the article's year for a statement
** in the present and for a target with no other anchor; else the period
** stated earlier in the sentence or the paragraph, or in the headline, or
** the article's year.
**
** Its own file because years, months, tense and the context's periods are
** one question apart from what the figure is.  The cues themselves are
** marked by the context pass (scan.c); here they are only read, within
** PERIOD_BACK tokens before a figure and PERIOD_AHEAD after it.
*/
#include "attrib.h"

#define PERIOD_BACK 40
#define PERIOD_AHEAD 12

/* Is the figure's clause in the present ("has", "is", "reaches")?  (Inline
** with past_verb: fx_find_tense asks both at every word it stops at.) */
static inline __attribute__((always_inline)) bool
present_verb(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x];
    if (t->kind != TK_WORD)
        return false;
    uint16_t w = t->lex;
    if (w == KW.is || w == KW.are || w == KW.has || w == KW.have ||
        (t->cls & LX_NOW))
        return true;
    size_t n = t->end - t->start;
    return (t->cls & (LX_VERB | LX_REACH | LX_CHANGE)) && n > 3 &&
           (sc->text[t->end - 1] | 32) == 's' &&
           (sc->text[t->end - 2] | 32) != 's';
}

/* A verb of state after an aside closes ("Shopee, which ..., holds"). */
static bool state_verb(const struct scanner *sc, int x)
{
    static const char *const verbs[] = {
        "holds", "allows", "costs", "remains", "includes", "employs",
        "covers", "owns", "runs", "operates", "controls", "accounts",
        "stands", "serves", "handles", "offers", NULL};
    return word_among(sc, x, verbs);
}

/* Does the aside [open, close] date the figure's source, so the year
** holds: "The census, conducted in 2020, shows ...", "The survey, carried
** out in 2023, finds ..."? */
static bool aside_dates_source(const struct scanner *sc, int open, int close)
{
    static const char *const sources[] = {
        "census", "survey", "study", "poll", "report", "data", "audit",
        "count", "estimate", "review", NULL};
    static const char *const measuring[] = {
        "conducted", "carried", "counted", "surveyed", "reported",
        "recorded", "tracked", "measured", "published", "released",
        "compiled", "collected", NULL};
    static const char *const reporting[] = {
        "shows", "finds", "found", "suggests", "estimates", "reveals",
        "indicates", "puts", "says", NULL};
    if (open > 0 && word_among(sc, open - 1, sources))
        return true;
    for (int x = open + 1; x < close; x++)
        if (word_among(sc, x, measuring))
            return true;
    return word_among(sc, close + 1, reporting);
}

/* Is the cue at x inside an aside set off by commas before the figure's
** present-tense verb: "Singapore, which lifted its moratorium in 2022,
** has about 1.4GW", "The scheme, made permanent in March 2024, allows
** stays of up to 30 days"?  The year dates the aside, not the figure. */
static bool dates_aside(const struct scanner *sc, int x, int qs)
{
    /* the opening first: most cues are in no aside */
    int open = x - 1;
    while (open > 0 && x - open < 16 && !is_punct(sc, open, ','))
        open--;
    if (open <= 0 || x - open >= 16)
        return false;
    const struct token *w = &sc->tok[open + 1];
    if (w->kind != TK_WORD)
        return false;
    size_t n = w->end - w->start;
    const char *text = sc->text + w->start;
    if (!(w->lex == KW.which || word_is(sc, open + 1, "who") ||
          word_is(sc, open + 1, "made") ||
          (n > 4 && text[n - 2] == 'e' && text[n - 1] == 'd')))
        return false;
    int close = x + 1;
    while (close < qs && !is_punct(sc, close, ','))
        close++;
    if (close >= qs - 1 || !(present_verb(sc, close + 1) ||
                             state_verb(sc, close + 1)))
        return false;
    return !aside_dates_source(sc, open, close);
}

/* "compared with $548.9 million in the three months ended June 30, 2023,
** an increase of 11.6%": a cue after a base is the base's.  Only the
** figures between the cue and c are looked at. */
static bool dates_base(const struct scanner *sc, const struct cand *c, int x)
{
    for (const struct cand *p = c - 1; p >= sc->cand && p->t1 > x - 12; p--)
        if (p->t1 <= x)
            return p->base;
    return false;
}

/* The token of the time cue that dates figure c, or -1. */
/* Does the year of the cue at x start a span: 从2028年开始, 从明年起? */
static bool cjk_onwards(const struct scanner *sc, int x)
{
    int y = cjk_char(sc, x + 1) == CP_NIAN ? x + 2 : x + 1;
    return cjk_char(sc, y) == 0x8D77 || cjk_char(sc, y) == 0x5F00; /* 起 开 */
}

int fx_find_period_cue(const struct scanner *sc, const struct attrib_index *ix,
                       const struct cand *c, int next_start, int after_next)
{
    /* "grew 6% to 10 trillion yuan in 2019": the year is both's */
    if (next_start < sc->n && is_lex(sc, next_start - 1, KW.to) &&
        same_clause(sc, c->t1, next_start))
        next_start = after_next;
    /* "$21.7 million, or $0.34 per share, in 2023": the same claim */
    else if (next_start < sc->n &&
             or_restates(sc, c->t1 + c->post, next_start))
        next_start = after_next;
    /* "从2024年的约20%提升至今年的45%": in Chinese a time qualifies what
    ** follows it with 的, so a cue right before the 的 is the figure's */
    if (cjk_char(sc, c->qs - 1) == 0x7684)
        for (int x = c->qs - 2; x >= 0 && x >= c->qs - 5; x--)
            if (period_cue(sc, x) ||
                (sc->cue_kind[x] == TC_SINCE && sc->cue_year[x] &&
                 c->unit != U_X))
                return x; /* "较2022年的18万辆": the base's own year; not
                             "是去年的3.2倍", a multiple now of then */
    /* both loops return only at a cue: none there, no loop */
    int ahead = next_start < c->t1 + PERIOD_AHEAD ? next_start
                                                  : c->t1 + PERIOD_AHEAD;
    int last_cue = last_in(ix, IX_CUE, c->t1, ahead - 1); /* or -1 */
    for (int x = c->t1; x <= last_cue; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT) {
            if (t->hash == ';' || t->hash == '.' || t->hash == CP_FULL_COMMA ||
                (t->hash == ',' && cjk_char(sc, x + 1)))
                break; /* a Chinese time qualifies what follows it, so
                          none past "，" is the figure's ("6.02亿元，上年
                          同期为-1.35亿元") */
            if (t->hash == ',' && x + 1 < sc->n &&
                (clause_conj(sc, x + 1) || is_lex(sc, x + 1, KW.which)))
                break;
            if (t->hash == '(' && is_punct(sc, x + 2, ':') &&
                period_cue(sc, x + 1))
                break; /* "was 8.6% (2023: 11.2%)": the year is the
                          next's */
        } else if (t->kind == TK_WORD && (word_flags(t->lex) & WF_SAID)) {
            break; /* another clause ("said", "according"), or a start:
                      "450 basis points since July 2022" */
        }
        if (period_cue(sc, x))
            return x;
        if (x >= c->t1 + c->post && comparison_word(sc, x))
            break; /* "260 from 183 last year": the year is the base's */
        if (c->unit == U_X && x == c->t1 + c->post &&
            (is_word(sc, x, LX_DET | LX_ARTICLE) || is_lex(sc, x, KW.that)))
            break; /* "1.4 times the level a year ago" */
    }
    /* "(2023: 11.2%)" (the tests after one of the token before: most
    ** figures have a word there) */
    int q = c->qs - 1;
    if (q >= 0 && sc->tok[q].kind == TK_PUNCT) {
        if (is_punct(sc, q, '+') || is_punct(sc, q, '-'))
            q--;
        if (is_punct(sc, q, ':') && is_punct(sc, q - 2, '(') &&
            period_cue(sc, q - 1))
            return q - 1;
    }
    int back = c->qs - PERIOD_BACK > 0 ? c->qs - PERIOD_BACK : 0;
    /* the nearest cue back to a clause start, or to an "and" that starts
    ** another predicate: "12% before the pandemic and employs 4.5
    ** million", in the present; from one cue to the next, and from each
    ** to the marks between it and the last one looked at */
    for (int x = c->qs - 1, cue; (cue = last_in(ix, IX_CUE, back, x)) >= 0;
         x = cue - 1) {
        for (int b = last_in(ix, IX_BLOCK, cue, x); b >= 0;
             b = last_in(ix, IX_BLOCK, cue, b - 1))
            if ((sc->mark[b] & M_CLAUSE) ||
                (b + 1 < c->qs && present_verb(sc, b + 1)))
                return -1;
        if (dates_aside(sc, cue, c->qs))
            return -1;
        if (cjk_char(sc, cue - 1) == 0x4ECE && !cjk_onwards(sc, cue))
            continue; /* 从去年的18%提高到41%: 从 "from" dates the base */
        if (!dates_base(sc, c, cue))
            return cue;
    }
    return -1;
}

/* Does 从 "from" open the figure's phrase: 从去年的27%提高到39%? */
static bool cjk_from(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - 6; x--) {
        if (sc->tok[x].kind == TK_PUNCT)
            return false;
        if (cjk_char(sc, x) == 0x4ECE)
            return true;
    }
    return false;
}

/* A period stated earlier in the sentence, in the paragraph, in the
** headline, or 0.  (Inline: every figure no cue dates asks it.) */
static inline int stated_year(const struct scanner *sc, int ci)
{
    for (int k = ci - 1; k >= 0; k--) {
        const struct cand *p = &sc->cand[k];
        if (p->anchored && !p->table_year && !p->base && p->period &&
            p->role != ROLE_TARGET && !cjk_from(sc, p))
            return p->period;
    }
    if (sc->ctx.para_year)
        return sc->ctx.para_year;
    return sc->ctx.head_year;
}

/* The year the context is about: the period `stated` earlier
** (stated_year), else the lead's (when `lead`), else the article's. */
static int context_year(const struct scanner *sc, int stated, bool lead)
{
    if (stated)
        return stated;
    if (lead && sc->ctx.lead_year)
        return sc->ctx.lead_year;
    return sc->year;
}

/* The year of a month named without one: last year's when a statement
** in the past names a month still to come this year. */
int fx_month_cue_year(const struct scanner *sc, int m, bool past)
{
    return past && sc->month && m > sc->month ? sc->year - 1 : sc->year;
}

int fx_resolve_cue_other(const struct scanner *sc, int ci, int x)
{
    const struct cand *c = &sc->cand[ci];
    switch (sc->cue_kind[x]) {
    case TC_CTX:
        return context_year(sc, stated_year(sc, ci), true);
    case TC_MONTH:
        return fx_month_cue_year(sc, sc->cue_year[x],
                                 (c->role != ROLE_TARGET || c->forecast) &&
                                     c->tense != TENSE_PRESENT);
    case TC_PREV:
        return 0; /* resolved when the figure before is dated */
    case TC_REL:
        /* "By the end of December, Zhejiang had built ..." in January:
        ** a deadline month still to come this year, in the past tense,
        ** is last year's */
        if (is_word(sc, x, LX_MONTH) && c->tense == TENSE_PAST &&
            c->role != ROLE_TARGET && sc->month &&
            tlex(sc, x)->val > sc->month && sc->cue_year[x] == sc->year)
            return sc->year - 1;
        return sc->cue_year[x];
    default:
        return sc->cue_year[x];
    }
}

static inline __attribute__((always_inline)) bool
past_verb(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x];
    if (t->kind != TK_WORD || (t->flags & TF_CAP))
        return false;
    uint16_t w = t->lex;
    if (w == KW.was || w == KW.were || w == KW.had)
        return true;
    /* "has kept", "is expected", "have been": not the past tense */
    int a = x - 1;
    if (is_word(sc, a, LX_STOP) && !is_lex(sc, a, KW.had))
        a--; /* "has also kept" */
    if (is_lex(sc, a, KW.has) || is_lex(sc, a, KW.have) ||
        is_lex(sc, a, KW.is) || is_lex(sc, a, KW.are) || is_lex(sc, a, KW.be) ||
        is_lex(sc, a, KW.been))
        return false;
    size_t n = t->end - t->start;
    if (n > 4 && sc->text[t->end - 2] == 'e' && sc->text[t->end - 1] == 'd')
        return true;
    int k = fx_aword_id(sc, x);
    return k >= AW_PAST_FIRST && k <= AW_PAST_LAST;
}

/* A word of more than four letters ending in "-ed". */
static inline bool ends_in_ed(const struct scanner *sc, const struct token *t)
{
    return t->end - t->start > 4 && sc->text[t->end - 2] == 'e' &&
           sc->text[t->end - 1] == 'd';
}

/* Can the tests of fx_find_tense's look-back hold at x?  Only for a
** word that ends in "-ed" or is a past form without it, or one of the
** WF_TENSE words, a verb, "now" or a target word (which only a word the
** lexicon knows can be): most words are turned away before present_verb
** and past_verb look at them. */
static bool tense_word(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x];
    if (t->kind != TK_WORD)
        return false;
    if (!t->lex) {
        if (ends_in_ed(sc, t))
            return true;
        int k = fx_aword_id(sc, x);
        return k >= AW_PAST_FIRST && k <= AW_PAST_LAST;
    }
    /* a word the lexicon knows by its lexeme's flags; its text is read
    ** only when the lexeme ends in "ed" (the text in lower case is the
    ** lexeme: another cannot end in "ed") */
    unsigned flags = word_flags(t->lex);
    return (flags & (WF_PAST | WF_TENSE)) ||
           (t->cls & (LX_NOW | LX_VERB | LX_REACH | LX_CHANGE | LX_TARGET)) ||
           ((flags & WF_ED) && ends_in_ed(sc, t));
}

int fx_find_tense(const struct scanner *sc, const struct cand *c,
                  int next_start)
{
    int v = c->qs - 1;
    if (v >= 0 && sc->tok[v].kind == TK_WORD &&
        !(sc->tok[v].flags & (TF_CAP | TF_ALLCAP)) &&
        !(sc->tok[v].cls & ~(LX_VERB | LX_PHRASE)) &&
        sc->tok[v].end - sc->tok[v].start > 3) {
        /* a verb right before the figure: "directly contributes 2.1 million
        ** jobs", "operates 300 stores" */
        const char *e = sc->text + sc->tok[v].end;
        if ((e[-1] | 32) == 's' && (e[-2] | 32) != 's' && (e[-2] | 32) != 'u' &&
            (e[-2] | 32) != 'i')
            return TENSE_PRESENT;
    }
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - 20; x--) {
        if (sc->mark[x] & M_CLAUSE)
            break;
        if (!tense_word(sc, x))
            continue;
        if (present_verb(sc, x))
            return TENSE_PRESENT;
        if (past_verb(sc, x))
            return TENSE_PAST;
        if (is_word(sc, x, LX_TARGET) || is_lex(sc, x, KW.should))
            return TENSE_PRESENT;
        if ((is_lex(sc, x, KW.which) || is_lex(sc, x, KW.who)) &&
            x + 1 < c->qs && sc->tok[x + 1].kind == TK_WORD)
            return past_verb(sc, x + 1) ? TENSE_PAST : TENSE_PRESENT;
    }
    int e = c->t1 + c->post;
    for (int x = e; x < next_start && x < e + 6; x++) {
        if (sc->tok[x].kind == TK_PUNCT)
            break;
        if (present_verb(sc, x))
            return TENSE_PRESENT;
        if (past_verb(sc, x))
            return TENSE_PAST;
        if (sc->tok[x].kind == TK_WORD && (sc->tok[x].cls & LX_VERB) &&
            !(sc->tok[x].cls & LX_STOP))
            return TENSE_PRESENT; /* "3,000 residents work in" */
    }
    return TENSE_UNKNOWN;
}

/* The period of a figure no cue dates. */
int fx_fallback_period(const struct scanner *sc, struct cand *c, int ci,
                       int next_start)
{
    if (c->role == ROLE_TARGET && !c->forecast) {
        /* a forecast of a figure reported is dated like it, below;
        ** "by 2030 ..., and the EU should employ 20 million" */
        for (int k = ci - 1; k >= 0; k--) {
            const struct cand *p = &sc->cand[k];
            if (p->anchored && p->role == ROLE_TARGET && p->period)
                return p->period;
        }
        if (sc->ctx.para_year > sc->year && sc->year)
            return sc->ctx.para_year;
        return sc->ctx.head_target ? sc->ctx.head_target : sc->year;
    }
    /* the present gives the article's year, the past may give the
    ** lead's: the tense is asked only when those and the year stated
    ** differ (in most sentences they are all the article's year) */
    int stated = stated_year(sc, ci);
    if (c->tense == TENSE_UNASKED &&
        (stated ? sc->year && stated != sc->year
                : sc->ctx.lead_year && sc->ctx.lead_year != sc->year))
        c->tense = (uint8_t)fx_find_tense(sc, c, next_start);
    if (c->tense == TENSE_PRESENT && sc->year)
        return sc->year;
    return context_year(sc, stated, c->tense == TENSE_PAST);
}
