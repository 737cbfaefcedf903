/*
** attrib.c: what each figure of a sentence is about (see scan.h).
**
**   role     target first: a target cue ("expected to", "will", "should",
**            "calls for", "by 2022" for a future year) back to the start
**            of the figure's clause, or a modal right after its noun
**            ("80% of adults should ...").  Then cue words in the
**            figure's own stretch: back to the previous figure or a comma
**            ("up", "an increase of", "accounting for", "同比增长"), a few
**            words ahead ("81.8 percent year-on-year", "17 percent of",
**            "6% above"), a multiple of the same thing earlier ("1.4
**            times the level a year ago").  A percentage of a rate that
**            is a share of a whole (occupancy, unemployment, margin) is a
**            share.  The base of a comparison ("compared with 58.9%",
**            "from 183") is a level, or a share when what it is compared
**            with is one; a figure listed after another ("up 59% and 45%
**            respectively", "Google Pay at 36%") is what that one is.
**   period   a time cue in the figure's clause: the nearest after it (up
**            to the next figure, a comparison word or a clause break: "X
**            in 2014 to Y in 2018", "260 from 183 last year"), else the
**            nearest before it.  Starts and bases ("since 2014", "than in
**            2019") never count.  "A year earlier" is the year before the
**            figure compared.  Without a cue: the article's year for a
**            statement in the present and for a target with no other
**            anchor; else the period stated earlier in the sentence or
**            the paragraph, or in the headline, or the article's year.
**   subject  the nearest mention before the figure, stepping over an
**            apposition ("Tongxiang, the city that administers Wuzhen,
**            signed ...") and taking the owner in "Alibaba's Tmall" and
**            the head in "the Palace Museum in Beijing"; else one after
**            it up to a "said"; else the subject of the paragraph; else
**            (when the text ends) the article's main subject.
**   metric   the noun phrase the figure measures: "N of X" reads X back
**            from "of"; "X reached N" skips the verb (and a place after
**            "in") and reads X back; "N percent of X" reads X forward.
**            A change with no metric of its own ("up 51.4 percent")
**            takes the metric of the level before it.
**
** Every scan is bounded by a constant number of tokens.
*/
#include <string.h>

#include "scan.h"

#define ROLE_BACK 15
#define TARGET_BACK 24
#define PERIOD_BACK 40
#define PERIOD_AHEAD 12
#define SUBJECT_BACK 60
#define SUBJECT_AHEAD 30
#define METRIC_WORDS 5
#define HEAD_WINDOWS 6

static bool phrase_at(const struct scanner *sc, int x, int kind)
{
    const struct phrase *ph;
    return sc->tok[x].kind == TK_WORD &&
           (lex_phrase_kinds[sc->tok[x].lex] & (1u << kind)) &&
           lex_phrase_at(sc->tok, sc->n, x, 1u << kind, &ph) > 0;
}

/* "up"/"down" are change cues as in "up 5 percent", not "set up 300";
** comparisons ("compared with") only when `ahead` of the figure. */
static bool change_cue(const struct scanner *sc, int x, bool ahead)
{
    const struct phrase *ph;
    if (!is_word(sc, x, LX_CHANGE))
        return phrase_at(sc, x, PH_CHANGE) &&
               lex_phrase_at(sc->tok, sc->n, x, 1u << PH_CHANGE, &ph) > 0 &&
               (ahead || ph->arg == 0);
    if (is_lex(sc, x, KW.up) || is_lex(sc, x, KW.down))
        return x == 0 || sc->tok[x - 1].kind == TK_PUNCT ||
               is_word(sc, x - 1, LX_STOP);
    return true;
}

/* A comparison word: what follows is a base ("than", "from", "compared
** with", "over", "against", "above"). */
static bool comparison_word(const struct scanner *sc, int x)
{
    const struct phrase *ph;
    if (sc->tok[x].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[x].lex;
    if (w == KW.than || w == KW.from || w == KW.over || w == KW.against ||
        w == KW.versus || w == KW.vs || w == KW.above || w == KW.below ||
        w == KW.compared)
        return true;
    return phrase_at(sc, x, PH_CHANGE) &&
           lex_phrase_at(sc->tok, sc->n, x, 1u << PH_CHANGE, &ph) > 0 &&
           ph->arg == 1;
}

/* A conjunction after a comma that starts another clause. */
static inline bool clause_conj(const struct scanner *sc, int x)
{
    if (sc->tok[x].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[x].lex;
    return w == KW.and_ || w == KW.but || w == KW.while_ || w == KW.whereas ||
           w == KW.although || w == KW.though;
}

/* Does a clause start at token x (looking back from after it)? */
static bool clause_break(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x];
    if (t->kind == TK_PUNCT)
        return t->hash == ';' || t->hash == ':' ||
               (t->hash == ',' && x + 1 < sc->n && clause_conj(sc, x + 1));
    return t->kind == TK_WORD &&
           (t->lex == KW.but || t->lex == KW.while_ || t->lex == KW.whereas);
}

static bool is_may(const struct scanner *sc, int x)
{
    return is_word(sc, x, LX_MONTH) && !(sc->tok[x].flags & TF_CAP) &&
           tlex(sc, x)->val == 5;
}

/* A word that makes what it governs a target. */
static bool target_cue(const struct scanner *sc, int x)
{
    if (sc->cue_kind[x] == TC_BYFUTURE)
        return true;
    if (sc->tok[x].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[x].lex;
    if ((sc->tok[x].cls & LX_TARGET) || w == KW.should || w == KW.could ||
        w == KW.must || w == KW.might || is_may(sc, x))
        return true;
    if ((fx_aword(sc, x, AW_CALLS) || fx_aword(sc, x, AW_CALL)) &&
        is_lex(sc, x + 1, KW.for_))
        return true;
    return phrase_at(sc, x, PH_TARGET);
}

/* "The targets cover four areas": the noun as the subject of another
** verb says nothing about the figure. */
static bool target_noun_subject(const struct scanner *sc, int x)
{
    return (fx_aword(sc, x, AW_TARGET) || fx_aword(sc, x, AW_TARGETS) ||
            fx_aword(sc, x, AW_GOAL) || fx_aword(sc, x, AW_GOALS)) &&
           is_word(sc, x - 1, LX_DET) && x + 1 < sc->n &&
           sc->tok[x + 1].kind == TK_WORD && !is_word(sc, x + 1, LX_STOP);
}

static bool percent_like(const struct cand *c)
{
    int k = lex_units[c->unit].kind;
    return k == UK_PERCENT || k == UK_PP || c->unit == U_BP;
}

/* A target cue back to the start of the figure's clause. */
static bool target_before(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - TARGET_BACK; x--) {
        if (sc->mark[x] & M_TARGET)
            return true;
        if ((sc->mark[x] & M_CLAUSE) || is_lex(sc, x, KW.said) ||
            is_lex(sc, x, KW.says))
            return false;
    }
    return false;
}

/* A season ("in the autumn": a time like a month) or "the conference"
** (the organisation named last) at x. */
static void rare_word(struct scanner *sc, int x)
{
    int w = fx_aword_id(sc, x);
    if (w >= AW_SPRING && w <= AW_WINTER && !sc->cue_kind[x] &&
        !(x + 1 < sc->n && (sc->tok[x + 1].flags & TF_CAP)))
        fx_month_cue(sc, x, 3 + 3 * (w - AW_SPRING));
    else if ((w == AW_CONFERENCE || w == AW_SUMMIT || w == AW_EXPO) &&
             is_lex(sc, x - 1, KW.the) && !sc->mention[x] &&
             !(x + 1 < sc->n && sc->tok[x + 1].kind == TK_WORD &&
               !is_word(sc, x + 1, LX_STOP | LX_VERB)))
        sc->mention[x] = sc->last_kind[GK_ORGANISATION]; /* not "the expo
                                                            area" */
}

/* Mark the target cues and clause starts of the window once, for the
** look-backs of all its figures. */
static void mark_cues(struct scanner *sc)
{
    /* the look-backs end before the last figure; seasons anywhere */
    int end = sc->cand[sc->n_cand - 1].qs;
    const uint16_t *kinds = lex_phrase_kinds;
    for (int x = end; x < sc->n; x++)
        if (!sc->tok[x].lex && sc->tok[x].kind == TK_WORD &&
            fx_rare(sc->tok[x].hash) &&
            is_word(sc, x - 1, LX_STOP | LX_DET | LX_TIMEADJ))
            rare_word(sc, x);
    for (int x = 0; x < end; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT) {
            if ((t->hash == ';' || t->hash == ':' || t->hash == ',') &&
                clause_break(sc, x))
                sc->mark[x] |= M_CLAUSE;
            continue;
        }
        if (sc->cue_kind[x] == TC_BYFUTURE) {
            sc->mark[x] |= M_TARGET;
            continue;
        }
        if (t->kind != TK_WORD)
            continue;
        uint16_t w = t->lex;
        if (!w) {
            if (fx_rare(t->hash) &&
                is_word(sc, x - 1, LX_STOP | LX_DET | LX_TIMEADJ))
                rare_word(sc, x);
            else if (t->hash == fx_aw_hash[AW_CALLS] ||
                     t->hash == fx_aw_hash[AW_CALL])
                goto target; /* "calls for" */
            continue;
        }
        if (w == KW.but || w == KW.while_ || w == KW.whereas) {
            sc->mark[x] |= M_CLAUSE;
            continue;
        }
        if (!(t->cls & (LX_TARGET | LX_STOP | LX_MONTH)) &&
            !(kinds[w] & (1u << PH_TARGET)))
            continue;
    target:
        if (target_cue(sc, x) && !target_noun_subject(sc, x))
            sc->mark[x] |= M_TARGET;
    }
}

/* A modal right after the figure's noun phrase: "80% of all adults
** should have ...", "10,000 edge nodes should be deployed". */
static bool target_after(const struct scanner *sc, const struct cand *c,
                         int next_start)
{
    int e = c->t1 + c->post;
    for (int x = e; x < next_start && x < e + 10; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT) {
            if (t->hash == '-' && glued(sc, x))
                continue;
            return false;
        }
        if (t->kind != TK_WORD)
            return false;
        if (sc->cue_kind[x] == TC_BYFUTURE)
            return true;
        uint16_t w = t->lex;
        if (w == KW.will || w == KW.would || w == KW.should || w == KW.could ||
            w == KW.must || w == KW.might || is_may(sc, x))
            return true;
        if ((w == KW.is || w == KW.are) && is_word(sc, x + 1, LX_TARGET))
            return true; /* "is expected to" */
        if (w == KW.and_ || w == KW.or_) {
            if (is_word(sc, x + 1, LX_STOP | LX_DET | LX_ARTICLE) ||
                (x + 1 < sc->n && sc->tok[x + 1].kind != TK_WORD))
                return false; /* "and the EU should" is another clause */
            continue;
        }
        if ((t->cls & (LX_VERB | LX_CHANGE | LX_REACH)) || w == KW.is ||
            w == KW.are || w == KW.was || w == KW.were || w == KW.has ||
            w == KW.have || w == KW.had || w == KW.which || w == KW.that ||
            w == KW.who || w == KW.while_ || w == KW.but)
            return false;
    }
    return false;
}

/* At a comma x closing ", which excludes energy and food,": the token
** before the clause, else -1. */
static int relative_clause(const struct scanner *sc, int x)
{
    for (int w = x - 1; w > 0 && w >= x - 12; w--)
        if (sc->tok[w].kind == TK_PUNCT)
            return is_punct(sc, w, ',') && (is_lex(sc, w + 1, KW.which) ||
                                            is_lex(sc, w + 1, KW.who))
                       ? w - 1
                       : -1;
    return -1;
}

/* "Gross margin was 61.5%", "occupancy reaches 90 percent": a rate that
** is a share of a whole, named before the figure in its clause. */
static bool share_noun_before(const struct scanner *sc, const struct cand *c,
                              int prev_end)
{
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - 10; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash == ',' &&
            relative_clause(sc, x) > prev_end) {
            x = relative_clause(sc, x) + 1;
            continue;
        }
        if (t->kind == TK_PUNCT && (t->hash == ',' || t->hash == ';'))
            return false;
        if (t->kind == TK_WORD && !(t->cls & LX_STOP)) {
            int w = fx_aword_id(sc, x);
            if (w >= AW_OCCUPANCY && w < AW_SHARE_END)
                return true;
        }
    }
    return false;
}

/* Chinese cues right before the figure: 同比增长27.3%, 占 */
static int cjk_role(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - 4; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind != TK_CJK)
            break;
        switch (t->hash) {
        case 0x589E: /* 增 */
        case 0x964D: /* 降 */
        case 0x51CF: /* 减 */
        case 0x6DA8: /* 涨 */
        case 0x5347: /* 升 */
        case 0x8DCC: /* 跌 */
        case 0x6BD4: /* 比 (同比, 环比) */
            return ROLE_CHANGE;
        case 0x5360: /* 占 */
            return ROLE_SHARE;
        }
    }
    return -1;
}

/* "1.4 times the level a year ago": a multiple of the same thing at an
** earlier time is a change ("five times that of Black Friday" is not). */
static bool multiple_of_earlier(const struct scanner *sc, const struct cand *c)
{
    if (c->unit != U_X)
        return false;
    int e = c->t1 + c->post;
    for (int x = e; x < sc->n && x < e + 8; x++) {
        if (sc->tok[x].kind == TK_PUNCT)
            return false;
        int k = sc->cue_kind[x];
        if (k == TC_PREV || k == TC_SINCE ||
            (k == TC_REL && sc->year && sc->cue_year[x] < sc->year) ||
            (k == TC_YEAR && sc->year && sc->cue_year[x] < sc->year))
            return true;
    }
    return false;
}

/* "employers added 199,000 jobs": an absolute change (right before the
** figure: "the value added of industry was ..." is not one) */
static bool added(const struct scanner *sc, int x)
{
    int w = fx_aword_id(sc, x);
    return w >= AW_ADD && w <= AW_ADDING;
}

/* "Core inflation slowed to 3.6 per cent": a rate of change by name. */
static bool change_noun_before(const struct scanner *sc, const struct cand *c,
                               int prev_end)
{
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - 10; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash == ',' &&
            relative_clause(sc, x) > prev_end) {
            x = relative_clause(sc, x) + 1;
            continue;
        }
        if (t->kind == TK_PUNCT && (t->hash == ',' || t->hash == ';'))
            return false;
        if (fx_aword(sc, x, AW_INFLATION))
            return true;
    }
    return false;
}

/* The role from cue words, ignoring targets; *cued says a cue decided. */
static int find_kind_role(const struct scanner *sc, const struct cand *c,
                          int prev_end, int next_start, bool *cued)
{
    bool by = false;
    int back = -1;
    *cued = true;
    int cjk = cjk_role(sc, c);
    if (cjk >= 0)
        return cjk;
    if ((is_lex(sc, c->qs - 1, KW.up) || is_lex(sc, c->qs - 1, KW.down)) &&
        (percent_like(c) || c->unit == U_X) &&
        !is_word(sc, c->qs - 2, LX_VERB | LX_REACH | LX_CHANGE | LX_TARGET) &&
        !(c->qs >= 2 && phrase_at(sc, c->qs - 2, PH_SHARE)))
        return ROLE_CHANGE; /* "volumes down 42.3 per cent", not "made up
                               56 percent" */
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - ROLE_BACK; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && (t->hash == ';' || t->hash == ':'))
            break;
        if (t->kind == TK_PUNCT && t->hash == ',')
            break; /* the figure's stretch ends at a comma */
        if (x == c->qs - 1 && is_lex(sc, x, KW.by)) {
            by = true; /* "cut the ratio by 50 bp": the verb decides */
            continue;
        }
        if (x == c->qs - 1 && (is_lex(sc, x, KW.to) || is_lex(sc, x, KW.from)))
            back = ROLE_LEVEL; /* the end point of a change */
        else if (change_cue(sc, x, false) || (x >= c->qs - 2 && added(sc, x)))
            back = ROLE_CHANGE;
        else if (x >= c->qs - 4 && change_cue(sc, x, true))
            back = ROLE_LEVEL; /* "compared with 3,800 yuan": the base */
        else if (!by && (is_word(sc, x, LX_SHARE) ||
                         (phrase_at(sc, x, PH_SHARE) &&
                          (!is_lex(sc, x, KW.of) || x >= c->qs - 6))))
            back = ROLE_SHARE; /* "of which" only close to the figure */
        if (back >= 0)
            break;
    }
    if (back == ROLE_CHANGE || back == ROLE_SHARE)
        return back;
    int x = c->t1 + c->post;
    if (lex_units[c->unit].kind == UK_PERCENT && is_lex(sc, x, KW.of))
        return ROLE_SHARE;
    if (multiple_of_earlier(sc, c))
        return ROLE_CHANGE;
    /* right after the figure: "7 percent year-on-year", "6% higher" */
    for (; x < next_start && x < c->t1 + c->post + 4; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash != '-')
            break;
        if ((is_lex(sc, x, KW.above) || is_lex(sc, x, KW.below)) &&
            (percent_like(c) || c->unit == U_X))
            return ROLE_CHANGE; /* "1.5 percent above the 2019 level" */
        if (is_word(sc, x, LX_STOP) && !is_lex(sc, x, KW.more) &&
            !is_lex(sc, x, KW.up) && !is_lex(sc, x, KW.down) &&
            !phrase_at(sc, x, PH_CHANGE))
            break;
        if (change_cue(sc, x, true) || is_lex(sc, x, KW.more))
            return ROLE_CHANGE;
    }
    if (lex_units[c->unit].kind == UK_PERCENT) {
        if (share_noun_before(sc, c, prev_end))
            return ROLE_SHARE;
        if (change_noun_before(sc, c, prev_end))
            return ROLE_CHANGE;
    }
    *cued = back >= 0;
    return ROLE_LEVEL;
}

/* The base of a comparison: "from 183", "compared with 58.9%", "against
** 54% today", "than 3 billion", "last year's 213.5 billion yuan". */
static bool is_base(const struct scanner *sc, const struct cand *c)
{
    int p = c->qs - 1;
    if (p < 0)
        return false;
    if (is_lex(sc, p, KW.from) || is_lex(sc, p, KW.than) ||
        is_lex(sc, p, KW.against) || is_lex(sc, p, KW.versus) ||
        is_lex(sc, p, KW.vs))
        return true;
    if ((is_lex(sc, p, KW.with_) || is_lex(sc, p, KW.to)) &&
        is_lex(sc, p - 1, KW.compared))
        return true;
    /* "over last year's 213.5 billion yuan" */
    return is_lex(sc, p, KW.year) && (sc->tok[p].flags & TF_POSS) &&
           is_lex(sc, p - 1, KW.last);
}

/* "14 of its 31 stores": the whole the first is part of. */
static bool denominator(const struct scanner *sc, const struct cand *c)
{
    int p = c->qs - 1;
    return (is_lex(sc, p, KW.its) || is_lex(sc, p, KW.their) ||
            is_lex(sc, p, KW.the)) &&
           is_lex(sc, p - 1, KW.of) && p >= 2 &&
           (sc->tok[p - 2].kind == TK_NUM || is_word(sc, p - 2, LX_NUMWORD));
}

/* ---- period ------------------------------------------------------------ */

static bool period_cue(const struct scanner *sc, int x)
{
    int k = sc->cue_kind[x];
    return k != TC_NONE && k != TC_SINCE;
}

/* No clause break between tokens a and b (a <= b)? */
static bool same_clause(const struct scanner *sc, int a, int b)
{
    if (b - a > 6)
        return false;
    for (int x = a; x < b; x++)
        if (sc->tok[x].kind == TK_PUNCT &&
            !(sc->tok[x].hash == '-' && glued(sc, x)))
            return false;
    return true;
}

/* The token of the time cue that dates figure c, or -1. */
static int find_period_cue(const struct scanner *sc, const struct cand *c,
                           int next_start, int after_next)
{
    /* "grew 6% to 10 trillion yuan in 2019": the year is both's */
    if (next_start < sc->n && is_lex(sc, next_start - 1, KW.to) &&
        same_clause(sc, c->t1, next_start))
        next_start = after_next;
    for (int x = c->t1; x < next_start && x < c->t1 + PERIOD_AHEAD; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && (t->hash == ';' || t->hash == '.'))
            break;
        if (t->kind == TK_PUNCT && t->hash == ',' && x + 1 < sc->n &&
            (clause_conj(sc, x + 1) || is_lex(sc, x + 1, KW.which)))
            break;
        if (is_lex(sc, x, KW.said) || is_lex(sc, x, KW.says) ||
            is_lex(sc, x, KW.according))
            break; /* another clause */
        if (is_lex(sc, x, KW.since))
            break; /* "450 basis points since July 2022" */
        if (period_cue(sc, x))
            return x;
        if (comparison_word(sc, x) && x >= c->t1 + c->post)
            break; /* "260 from 183 last year": the year is the base's */
        if (c->unit == U_X && x == c->t1 + c->post &&
            (is_word(sc, x, LX_DET | LX_ARTICLE) || is_lex(sc, x, KW.that)))
            break; /* "1.4 times the level a year ago" */
    }
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - PERIOD_BACK; x--) {
        if (sc->mark[x] & M_CLAUSE)
            break;
        if (period_cue(sc, x))
            return x;
    }
    return -1;
}

/* The year the context is about: a period stated earlier in the
** sentence, in the paragraph, in the headline; else the article's. */
static int context_year(const struct scanner *sc, int ci, bool lead)
{
    for (int k = ci - 1; k >= 0; k--) {
        const struct cand *p = &sc->cand[k];
        if (p->anchored && !p->base && p->period && p->role != ROLE_TARGET)
            return p->period;
    }
    if (sc->ctx.para_year)
        return sc->ctx.para_year;
    if (sc->ctx.head_year)
        return sc->ctx.head_year;
    if (lead && sc->ctx.lead_year)
        return sc->ctx.lead_year;
    return sc->year;
}

/* The year of a month named without one: last year's when a statement
** in the past names a month still to come this year. */
static int month_cue_year(const struct scanner *sc, int m, bool past)
{
    return past && sc->month && m > sc->month ? sc->year - 1 : sc->year;
}

static int resolve_cue(const struct scanner *sc, int ci, int x)
{
    const struct cand *c = &sc->cand[ci];
    switch (sc->cue_kind[x]) {
    case TC_CTX:
        return context_year(sc, ci, true);
    case TC_MONTH:
        return month_cue_year(sc, sc->cue_year[x],
                              c->role != ROLE_TARGET &&
                                  c->tense != TENSE_PRESENT);
    case TC_PREV:
        return 0; /* resolved when the figure before is dated */
    default:
        return sc->cue_year[x];
    }
}

/* Is the figure's clause in the present ("has", "is", "reaches")? */
static bool present_verb(const struct scanner *sc, int x)
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

static bool past_verb(const struct scanner *sc, int x)
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

static int find_tense(const struct scanner *sc, const struct cand *c,
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
static int fallback_period(const struct scanner *sc, int ci)
{
    const struct cand *c = &sc->cand[ci];
    if (c->role == ROLE_TARGET) {
        /* "by 2030 ..., and the EU should employ 20 million" */
        for (int k = ci - 1; k >= 0; k--) {
            const struct cand *p = &sc->cand[k];
            if (p->anchored && p->role == ROLE_TARGET && p->period)
                return p->period;
        }
        if (sc->ctx.para_year > sc->year && sc->year)
            return sc->ctx.para_year;
        return sc->ctx.head_target ? sc->ctx.head_target : sc->year;
    }
    if (c->tense == TENSE_PRESENT && sc->year)
        return sc->year;
    return context_year(sc, ci, c->tense == TENSE_PAST);
}

/* ---- subject ------------------------------------------------------------ */

/* The first token of the mention whose tokens include e, or -1. */
static int mention_start(const struct scanner *sc, int e)
{
    for (int k = 0; k < 12 && e >= 0 && (sc->mark[e] & M_MENTION); k++, e--)
        if (sc->mention[e])
            return e;
    return -1;
}

static bool organisation(const struct gazetteer_entry *e)
{
    return e->kind == GK_COMPANY || e->kind == GK_ORGANISATION;
}

/* The subject a mention at x stands for: the owner in "Alibaba's Tmall",
** the head in "the Palace Museum in Beijing". */
static const struct gazetteer_entry *head_of(const struct scanner *sc, int x)
{
    const struct gazetteer_entry *e = sc->mention[x];
    int s = -1;
    if (x >= 1 && (sc->tok[x - 1].flags & TF_POSS))
        s = mention_start(sc, x - 1);
    else if (x >= 2 && is_lex(sc, x - 1, KW.in))
        s = mention_start(sc, x - 2);
    if (s >= 0 && !(sc->mark[s] & M_ATTR) && organisation(sc->mention[s]) &&
        (organisation(e) || is_lex(sc, x - 1, KW.in)))
        return sc->mention[s];
    return e;
}

/* A comma closing an apposition after a name ("Tongxiang, the city that
** administers Wuzhen,"): the token of the comma that opens it, or -1. */
static int apposition_open(const struct scanner *sc, int x)
{
    /* the clause goes on after it with its verb or its figure: "...,
    ** signed", "..., is planned", "..., said", "..., 15 new ..." */
    const struct token *after = &sc->tok[x + 1 < sc->n ? x + 1 : x];
    if (x + 1 >= sc->n ||
        !(after->kind == TK_NUM ||
          (after->kind == TK_WORD &&
           ((after->cls & (LX_VERB | LX_REACH | LX_CHANGE | LX_TARGET)) ||
            after->lex == KW.is || after->lex == KW.are ||
            after->lex == KW.was || after->lex == KW.were ||
            after->lex == KW.has || after->lex == KW.have ||
            after->lex == KW.had || after->lex == KW.will ||
            after->lex == KW.would))))
        return -1;
    for (int w = x - 1; w > 0 && w >= x - 14; w--) {
        const struct token *t = &sc->tok[w];
        if (t->kind == TK_NUM)
            return -1; /* a figure of its own */
        if (t->kind != TK_PUNCT || (t->hash == '-' && glued(sc, w)))
            continue;
        if (t->hash != ',')
            return -1;
        const struct token *o = &sc->tok[w + 1];
        bool participle = o->kind == TK_WORD && !(o->flags & TF_CAP) &&
                          o->end - o->start > 4 &&
                          sc->text[o->end - 2] == 'e' &&
                          sc->text[o->end - 1] == 'd'; /* ", held at" */
        bool opener = is_word(sc, w + 1, LX_ARTICLE) ||
                      is_lex(sc, w + 1, KW.the) || is_lex(sc, w + 1, KW.who) ||
                      is_lex(sc, w + 1, KW.which) || participle;
        bool name = (sc->mark[w - 1] & M_MENTION) ||
                    (sc->tok[w - 1].kind == TK_WORD &&
                     !is_word(sc, w - 1, LX_STOP)); /* "a network, the" */
        return opener && name ? w : -1;
    }
    return -1;
}

/* What figures about no particular place or organisation point to: an
** empty name, dropped when the text ends (see fx_ctx_finish). */
static const struct gazetteer_entry no_subject = {.name = "", .canonical = ""};

/* "RMB7.1135 to US$1.00", "7.1605 yuan per dollar": an exchange rate. */
static bool exchange_rate(const struct scanner *sc, const struct cand *c)
{
    int x = c->t1 + c->post;
    if (lex_units[c->unit].kind != UK_CURRENCY && !c->implicit)
        return false;
    if (!is_lex(sc, x, KW.to) && !is_lex(sc, x, KW.per) &&
        !is_lex(sc, x, KW.against))
        return false;
    x++;
    if (is_lex(sc, x, KW.the) || is_word(sc, x, LX_ARTICLE | LX_NUMWORD))
        x++;
    if (x >= sc->n)
        return false;
    const struct token *t = &sc->tok[x];
    return t->kind == TK_SYM || is_punct(sc, x, '$') ||
           is_word(sc, x, LX_CURPREFIX) ||
           (is_punct(sc, x + 1, '$') && glued(sc, x + 1)) || /* "US$" */
           (is_word(sc, x, LX_UNIT) &&
            lex_units[tlex(sc, x)->unit].kind == UK_CURRENCY);
}

static const struct gazetteer_entry *find_subject(const struct scanner *sc,
                                                  const struct cand *c)
{
    if (exchange_rate(sc, c))
        return &no_subject;
    int lo = c->qs - SUBJECT_BACK > 0 ? c->qs - SUBJECT_BACK : 0;
    int m = c->qs - 1;
    while (m >= lo && !(sc->mark[m] & M_MENTION) && !sc->mention[m])
        m--; /* most windows name nothing: find that out cheaply */
    for (int x = c->qs - 1; m >= lo && x >= lo; x--) {
        if (is_punct(sc, x, ',')) {
            int w = apposition_open(sc, x);
            if (w > 0)
                x = w; /* step over it: the loop goes on before w */
            continue;
        }
        if (sc->mention[x] && !(sc->mark[x] & M_ATTR))
            return head_of(sc, x);
    }
    for (int x = c->t1; x < sc->n && x < c->t1 + SUBJECT_AHEAD; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT &&
            (t->hash == ';' ||
             (t->hash == ',' && x + 1 < sc->n && clause_conj(sc, x + 1))))
            break;
        if (is_lex(sc, x, KW.said) || is_lex(sc, x, KW.says) ||
            is_lex(sc, x, KW.according))
            break; /* "..., said Ma Lin, an analyst in Shanghai" */
        if (sc->mention[x] && !(sc->mark[x] & M_ATTR) &&
            sc->mention[x]->kind != GK_ORGANISATION)
            return sc->mention[x]; /* not "..., the bureau said" */
    }
    return NULL;
}

/* ---- the window in its article ----------------------------------------- */

/* A headline: a line of at least four words, two of them in lower case,
** without a full stop ("China logs 826 million domestic trips during
** extended Golden Week", not "GLOBAL TIMES" or "Zhejiang Provincial
** Bureau of Statistics"). */
static bool headline_like(const struct scanner *sc)
{
    if (sc->n > 40 || is_punct(sc, 0, '[') || is_punct(sc, 0, '('))
        return false; /* a caption */
    const struct token *last = &sc->tok[sc->n - 1];
    if (last->kind == TK_PUNCT &&
        (last->hash == '.' || last->hash == '!' || last->hash == '?' ||
         last->hash == CP_IDEO_STOP))
        return false;
    int words = 0, lower = 0;
    for (int x = 0; x < sc->n; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && (t->hash == '|' || t->hash == '>'))
            return false;
        if (t->kind != TK_WORD)
            continue;
        words++;
        if (!(t->flags & (TF_CAP | TF_ALLCAP)))
            lower++;
    }
    return words >= 4 && lower >= 2;
}

/* "Rheinchem to cut 2,600 jobs": in a headline, "to" and a verb before
** the figure announce a plan. */
static bool headline_plan(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 1 && x >= c->qs - 3; x--)
        if (is_lex(sc, x - 1, KW.to) && sc->tok[x].kind == TK_WORD &&
            (sc->tok[x].cls & (LX_CHANGE | LX_VERB | LX_REACH)) && x - 1 > 0 &&
            sc->tok[x - 2].kind == TK_WORD)
            return true;
    return false;
}

static void end_window(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    bool was_head = cx->in_head;
    if (cx->in_head && headline_like(sc)) {
        cx->in_head = false;
        for (int x = 0; x < sc->n && !cx->head_subject; x++) {
            if (!sc->mention[x] || (sc->mark[x] & M_ATTR))
                continue;
            int e = x + 1;
            while (e < sc->n && (sc->mark[e] & M_MENTION) && !sc->mention[e])
                e++;
            if (!organisation(sc->mention[x]) &&
                (sc->tok[e - 1].flags & TF_POSS) && e < sc->n &&
                sc->mention[e] && organisation(sc->mention[e]))
                continue; /* "China's Alibaba posts ...": Alibaba */
            cx->head_subject = sc->mention[x];
        }
        for (int x = 0; x < sc->n; x++) {
            int k = sc->cue_kind[x], y = sc->cue_year[x];
            if (k == TC_MONTH)
                y = month_cue_year(sc, y, true), k = TC_REL;
            if (!y || (k != TC_YEAR && k != TC_REL && k != TC_BYFUTURE))
                continue;
            if (k == TC_BYFUTURE || (sc->year && y > sc->year)) {
                if (!cx->head_target)
                    cx->head_target = y;
            } else if (!cx->head_year) {
                cx->head_year = y;
            }
        }
        /* "Express delivery volume hits record 132 billion parcels": the
        ** headline reports what the lead dates */
        cx->head_fig = sc->out->count;
        cx->head_undated = 0;
        for (int ci = 0; ci < sc->n_cand && ci < 32; ci++) {
            const struct cand *c = &sc->cand[ci];
            if (!c->anchored && c->role != ROLE_TARGET && !cx->head_year &&
                c->tense != TENSE_PAST)
                cx->head_undated |= 1u << ci;
        }
    } else if (cx->in_head && cx->windows + 1 >= HEAD_WINDOWS) {
        cx->in_head = false;
    }
    cx->windows++;
    /* the lead: the first sentence of the body with figures says what
    ** period the article reports on ("handled 132 billion parcels in
    ** 2023"); undated past statements after it refer to that period */
    if (!was_head && !cx->lead_done && sc->n_cand) {
        cx->lead_done = true;
        for (int ci = 0; ci < sc->n_cand; ci++) {
            const struct cand *c = &sc->cand[ci];
            if (c->anchored && !c->base && !c->prev_year &&
                c->role != ROLE_TARGET && c->period && sc->year &&
                c->period < sc->year && c->period >= sc->year - 1) {
                cx->lead_year = c->period;
                for (int k = 0; k < 32; k++) {
                    size_t i = cx->head_fig + (size_t)k;
                    if ((cx->head_undated >> k & 1) && i < sc->out->count &&
                        sc->out->items[i].period == sc->year)
                        sc->out->items[i].period = c->period;
                }
                break;
            }
        }
    }
    /* what the paragraph goes on about */
    int year = 0;
    const struct gazetteer_entry *subject = NULL;
    for (int ci = 0; ci < sc->n_cand; ci++) {
        const struct cand *c = &sc->cand[ci];
        if (c->own_subject && !c->base)
            subject = c->subject;
    }
    /* a period the sentence opens with ("In 2020, ...", "Last year, ...",
    ** "From January to August, ...") goes on for the paragraph; one
    ** named at a figure ("... cut 2,600 positions last year") does not */
    int first = sc->n_cand ? sc->cand[0].qs : sc->n;
    bool opener = is_word(sc, cx->dateline, LX_YEARPREP | LX_TIMEADJ) ||
                  is_lex(sc, cx->dateline, KW.this_) ||
                  sc->cue_kind[cx->dateline < sc->n ? cx->dateline : 0];
    for (int x = cx->dateline; opener && x < first && x < cx->dateline + 8;
         x++) {
        int k = sc->cue_kind[x], y = sc->cue_year[x];
        if (k == TC_MONTH)
            y = month_cue_year(sc, y, true), k = TC_REL;
        if (k == TC_CTX)
            y = cx->para_year   ? cx->para_year
                : cx->head_year ? cx->head_year
                                : sc->year,
            k = TC_REL; /* "In the first half of the year, ..." */
        if ((k == TC_YEAR || k == TC_REL || k == TC_NOW) && y &&
            (!sc->year || y <= sc->year)) {
            year = y;
            break;
        }
    }
    for (int x = cx->dateline; x < sc->n && x < cx->dateline + 3 && !subject;
         x++)
        if (sc->mention[x] && !(sc->mark[x] & M_ATTR))
            subject = sc->mention[x]; /* "The town also wants ..." */
    if (year)
        cx->para_year = year;
    if (subject)
        cx->para_subject = subject;
}

/* The figure before ci in the sentence, not counting second halves of
** pairs, or -1. */
static int prev_figure(const struct scanner *sc, int ci)
{
    for (int k = ci - 1; k >= 0; k--)
        if (!(sc->cand[k].pair >= 0 && sc->cand[k].pair < k))
            return k;
    return -1;
}

/* "up 59% and 45% respectively", "47% of volumes, followed by Google Pay
** at 36%": nothing but names and small words between the two. */
static bool listed_after(const struct scanner *sc, const struct cand *p,
                         const struct cand *c)
{
    int a = p->t1 + p->post;
    if (lex_units[p->unit].kind != lex_units[c->unit].kind || c->qs - a > 10 ||
        c->qs < a)
        return false;
    for (int x = a; x < c->qs; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash != ',')
            return false;
        if (t->kind == TK_WORD &&
            ((t->cls & (LX_VERB | LX_CHANGE | LX_REACH | LX_TARGET)) ||
             t->lex == KW.is || t->lex == KW.are || t->lex == KW.was ||
             t->lex == KW.were || t->lex == KW.has || t->lex == KW.have ||
             t->lex == KW.had || t->lex == KW.but || t->lex == KW.while_))
            return false;
    }
    return true;
}

/* ---- metric ------------------------------------------------------------- */

/* A word that can be part of a metric. */
static bool metric_word(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x];
    if (t->kind != TK_WORD || (sc->mark[x] & (M_MENTION | M_USED)) ||
        sc->cue_kind[x])
        return false;
    if (is_lex(sc, x, KW.per) && x + 1 < sc->n &&
        sc->tok[x + 1].kind == TK_WORD &&
        sc->tok[x + 1].end - sc->tok[x + 1].start == 6 &&
        strncasecmp(sc->text + sc->tok[x + 1].start, "capita", 6) == 0)
        return true; /* "per capita income" */
    const uint32_t no = LX_STOP | LX_DET | LX_VERB | LX_REACH | LX_TARGET |
                        LX_QUAL | LX_NUMWORD | LX_ARTICLE | LX_NOW | LX_MONTH |
                        LX_ORDINAL | LX_YEARWORD;
    return !is_word(sc, x, no);
}

/* A preposition that opens a phrase to step over when reading a metric
** backwards: "sales [during the festival] reached". */
static bool pp_start(const struct scanner *sc, int x)
{
    return is_lex(sc, x, KW.in) || is_lex(sc, x, KW.at) ||
           is_lex(sc, x, KW.for_) || is_lex(sc, x, KW.on) ||
           is_lex(sc, x, KW.to) || is_lex(sc, x, KW.during) ||
           is_lex(sc, x, KW.across) || is_lex(sc, x, KW.within) ||
           is_lex(sc, x, KW.among);
}

/* The noun phrase of at most `max` words ending at token e, read
** backwards; up to two prepositional phrases right before the verb are
** stepped over ("volume in Tongxiang reached", "sales during the
** festival reached"), one "of" is crossed ("number of users").  Sets
** [*a, *b). */
static bool phrase_back(const struct scanner *sc, int e, int max, int *a,
                        int *b)
{
    int x = e, words = 0, first = -1, last = -1, skips = 0;
    bool crossed = false;
    while (x >= 0 && words < max) {
        if (sc->mark[x] & M_MENTION) {
            int m = x;
            while (m >= 0 && (sc->mark[m] & M_MENTION))
                m--;
            if (!crossed && skips < 2 && pp_start(sc, m) && m > 0) {
                x = m - 1; /* "in Tongxiang" */
                words = 0;
                first = last = -1;
                skips++;
                continue;
            }
            if (is_lex(sc, m, KW.of) && last < 0 && skips < 2 && m > 0) {
                x = m - 1; /* "exports of Zhejiang" */
                skips++;
                continue;
            }
            break;
        }
        if ((is_word(sc, x, LX_DET) || pp_start(sc, x)) && last >= 0 &&
            !crossed && skips < 2) {
            int p = is_word(sc, x, LX_DET) ? x - 1 : x;
            if (pp_start(sc, p) && p > 0) {
                x = p - 1; /* the phrase so far was a place or a time */
                words = 0;
                first = last = -1;
                skips++;
                continue;
            }
        }
        if (is_lex(sc, x, KW.of) && last >= 0 && !crossed && words < max - 1 &&
            x > 0 && metric_word(sc, x - 1) &&
            !(sc->tok[x - 1].flags & TF_POSS)) {
            crossed = true; /* "annual trips of visitors" */
            words++;
            x--;
            continue;
        }
        if (is_word(sc, x, LX_DET) && last >= 0 && !crossed &&
            is_lex(sc, x - 1, KW.of) && x > 1 && metric_word(sc, x - 2) &&
            words < max - 2 && !(sc->tok[x - 2].flags & TF_POSS)) {
            crossed = true; /* "price of a home" */
            words += 2;
            x -= 2;
            continue;
        }
        if (!metric_word(sc, x) && last >= 0 && !crossed && skips < 2 &&
            !(sc->tok[x].flags & TF_POSS)) {
            /* "revenue [in the third quarter] was": a time or place */
            int y = x;
            while (y >= 0 && y > x - 3 &&
                   is_word(sc, y,
                           LX_DET | LX_ORDINAL | LX_TIMEADJ | LX_NUMWORD |
                               LX_YEARWORD))
                y--;
            if (y > 0 && pp_start(sc, y)) {
                x = y - 1;
                words = 0;
                first = last = -1;
                skips++;
                continue;
            }
        }
        if (!metric_word(sc, x) || (sc->tok[x].flags & TF_POSS))
            break;
        if (last < 0)
            last = x;
        first = x;
        words++;
        /* hyphenated parts: e-commerce, year-on-year, R&D */
        while (x >= 2 &&
               (is_punct(sc, x - 1, '-') || is_punct(sc, x - 1, '&')) &&
               glued(sc, x) && glued(sc, x - 1) &&
               sc->tok[x - 2].kind == TK_WORD) {
            x -= 2;
            first = x;
        }
        x--;
    }
    if (last < 0)
        return false;
    *a = first;
    *b = last + 1;
    return true;
}

/* The noun phrase starting at token s ("of the city's GDP" -> GDP). */
static bool phrase_ahead(const struct scanner *sc, int s, int *a, int *b)
{
    int x = s, words = 0, first = -1, last = -1;
    while (x < sc->n && x < s + 8) {
        if (is_word(sc, x, LX_DET) || (sc->mark[x] & M_MENTION) ||
            (sc->tok[x].kind == TK_WORD && (sc->tok[x].flags & TF_POSS) &&
             first < 0)) {
            if (first >= 0)
                break;
            x++;
            continue;
        }
        break;
    }
    while (x < sc->n && words < METRIC_WORDS - 1 && metric_word(sc, x)) {
        if (first < 0)
            first = x;
        last = x;
        words++;
        if (sc->tok[x].flags & TF_POSS)
            break;
        x++;
        while (x + 1 < sc->n &&
               (is_punct(sc, x, '-') || is_punct(sc, x, '&')) && glued(sc, x) &&
               glued(sc, x + 1) && sc->tok[x + 1].kind == TK_WORD) {
            last = x + 1;
            x += 2;
        }
    }
    if (first < 0)
        return false;
    *a = first;
    *b = last + 1;
    return true;
}

/* A metric that only says "growth" or "year-on-year increase". */
static bool generic_metric(const struct scanner *sc, const struct cand *c)
{
    if (c->metric0 < 0)
        return true;
    int h = c->metric1 - 1;
    return is_word(sc, h, LX_CHANGE) || is_lex(sc, h, KW.rate);
}

static void metric_before(const struct scanner *sc, struct cand *c)
{
    /* "exceeded 600 million": the qualifier is the verb */
    int b = is_word(sc, c->qs, LX_REACH) && c->qs < c->t0 ? c->qs : c->qs - 1;
    if (c->role == ROLE_SHARE && is_lex(sc, c->t1, KW.of) &&
        phrase_ahead(sc, c->t1 + 1, &c->metric0, &c->metric1))
        return;
    if (b < 0)
        return;
    if (is_lex(sc, b, KW.of) && is_lex(sc, b - 1, KW.total)) {
        b -= 2; /* "a total of": look past it for the verb */
        if (is_word(sc, b, LX_ARTICLE | LX_DET))
            b--;
        if (b < 0)
            return;
    } else if (is_lex(sc, b, KW.of)) {
        phrase_back(sc, b - 1, 3, &c->metric0, &c->metric1);
        return;
    }
    /* skip the verb group: "is expected to reach", "had achieved",
    ** "increased by", "reached a record" */
    int verbs = 0, x = b;
    for (int k = 0; k < 6 && x >= 0; k++, x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind != TK_WORD)
            break;
        size_t n = t->end - t->start;
        if (is_word(sc, x, LX_REACH | LX_CHANGE | LX_TARGET) ||
            phrase_at(sc, x, PH_REACH) || is_lex(sc, x, KW.is) ||
            is_lex(sc, x, KW.was) || is_lex(sc, x, KW.are) ||
            is_lex(sc, x, KW.were)) {
            verbs++;
            continue;
        }
        if (x > 0 && (phrase_at(sc, x - 1, PH_SHARE) ||
                      phrase_at(sc, x - 1, PH_REACH))) {
            verbs++; /* "accounted for", "stood at" */
            x--;
            continue;
        }
        if (is_lex(sc, x, KW.to) || is_lex(sc, x, KW.by) ||
            is_lex(sc, x, KW.from) || is_lex(sc, x, KW.a) ||
            is_lex(sc, x, KW.at) || is_lex(sc, x, KW.record) ||
            is_lex(sc, x, KW.has) || is_lex(sc, x, KW.have) ||
            is_lex(sc, x, KW.had) || is_lex(sc, x, KW.been) ||
            is_lex(sc, x, KW.be) ||
            (n > 4 && sc->text[t->end - 2] == 'l' &&
             sc->text[t->end - 1] == 'y'))
            continue;
        break;
    }
    if (verbs)
        phrase_back(sc, x, METRIC_WORDS, &c->metric0, &c->metric1);
}

static void find_metric(const struct scanner *sc, struct cand *c)
{
    metric_before(sc, c);
    /* "a growth of 7.2 percent in its GDP" */
    if ((c->metric0 < 0 || generic_metric(sc, c)) && c->role == ROLE_CHANGE &&
        is_lex(sc, c->t1 + c->post, KW.in))
        phrase_ahead(sc, c->t1 + c->post + 1, &c->metric0, &c->metric1);
}

/* ... and says nothing else: "increase", "average annual growth rate". */
static bool empty_metric(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->metric0; x < c->metric1; x++)
        if (sc->tok[x].kind == TK_WORD && !is_word(sc, x, LX_CHANGE) &&
            !is_lex(sc, x, KW.rate) && !is_lex(sc, x, KW.annual) &&
            !is_lex(sc, x, KW.average) && !is_lex(sc, x, KW.year) &&
            !is_lex(sc, x, KW.on) && !is_lex(sc, x, KW.yearly))
            return false;
    return true;
}

void fx_attribute(struct scanner *sc)
{
    bool headline = sc->ctx.in_head && headline_like(sc);
    if (sc->n_cand > 0)
        mark_cues(sc);
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->pair >= 0 && c->pair < ci)
            continue; /* the second of a pair: copied below */
        int prev_end = ci > 0 ? sc->cand[ci - 1].t1 : 0;
        /* where the next figures (not this one's pair) start */
        int next_start = sc->n, after_next = sc->n, seen = 0;
        for (int k = ci + 1; k < sc->n_cand && seen < 2; k++) {
            const struct cand *n = &sc->cand[k];
            if (k == c->pair || (seen == 1 && n->pair >= 0 && n->pair < k))
                continue;
            if (lex_units[n->unit].kind == UK_DURATION &&
                is_word(sc, n->qs - 1, LX_DET | LX_TIMEADJ | LX_ORDINAL))
                continue; /* "in the three months to December" */
            if (seen++ == 0)
                next_start = sc->cand[k].qs;
            else
                after_next = sc->cand[k].qs;
        }
        int pk = prev_figure(sc, ci);
        const struct cand *p = pk >= 0 ? &sc->cand[pk] : NULL;
        bool cued;
        int kind = find_kind_role(sc, c, prev_end, next_start, &cued);
        if (!cued && kind == ROLE_LEVEL && percent_like(c) &&
            (is_punct(sc, c->t0, '+') || is_punct(sc, c->t0, '-')))
            kind = ROLE_CHANGE; /* "+0.5% y/y", "-6.5%": a signed rate */
        if (!cued && kind == ROLE_LEVEL && percent_like(c) &&
            fx_table_change(sc, c->t0))
            kind = ROLE_CHANGE; /* a cell under "y/y (%)" */
        c->base = is_base(sc, c);
        if (c->base) { /* "compared with 58.9%" after a margin of 61.5%,
                          "down from 2.9%" after a rise of 2.4% */
            kind = ROLE_LEVEL;
            if (p && (p->kind_role == ROLE_SHARE ||
                      (p->kind_role == ROLE_CHANGE && percent_like(p) &&
                       percent_like(c))))
                kind = p->kind_role;
            cued = true;
        }
        bool target =
            !c->base && !denominator(sc, c) &&
            (target_before(sc, c) || target_after(sc, c, next_start) ||
             (headline && headline_plan(sc, c)));
        /* "an increase of $10 million, or 21 percent": the same claim */
        if (p && is_lex(sc, c->qs - 1, KW.or_) &&
            is_punct(sc, c->qs - 2, ',') && p->t1 + p->post == c->qs - 2 &&
            kind != ROLE_SHARE) {
            kind = p->kind_role;
            target = p->role == ROLE_TARGET;
            cued = true;
        }
        /* "up 59% and 45% respectively": listed after one of its kind */
        if (!cued && !target && !c->base && p && p->kind_role != ROLE_LEVEL &&
            listed_after(sc, p, c)) {
            kind = p->kind_role;
            target = p->role == ROLE_TARGET;
        }
        c->kind_role = (uint8_t)kind;
        c->role = (uint8_t)(target ? ROLE_TARGET : kind);
        int x = find_period_cue(sc, c, next_start, after_next);
        c->tense = TENSE_UNKNOWN; /* only asked when no cue says the year */
        if (x < 0 || sc->cue_kind[x] == TC_MONTH)
            c->tense = (uint8_t)find_tense(sc, c, next_start);
        c->anchored = x >= 0;
        c->prev_year = x >= 0 && sc->cue_kind[x] == TC_PREV;
        c->period = x >= 0 ? resolve_cue(sc, ci, x) : 0;
        c->subject = find_subject(sc, c);
        c->own_subject = c->subject != NULL && c->subject != &no_subject;
        if (!c->subject)
            c->subject = sc->ctx.para_subject;
        find_metric(sc, c);
    }
    /* periods no cue in the clause gives */
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->pair >= 0 && c->pair < ci)
            continue;
        if (c->prev_year) { /* "from 271,000 a year earlier" */
            int k = prev_figure(sc, ci);
            int ref = k >= 0 && sc->cand[k].period ? sc->cand[k].period
                                                   : fallback_period(sc, ci);
            c->period = ref ? ref - 1 : 0;
        } else if (!c->anchored) {
            c->period = fallback_period(sc, ci);
        }
    }
    /* changes without a metric of their own take the level's */
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->role != ROLE_CHANGE || (c->pair >= 0 && c->pair < ci) ||
            !generic_metric(sc, c))
            continue;
        int k = ci - 1;
        for (; k >= 0; k--) {
            const struct cand *p = &sc->cand[k];
            if (p->role != ROLE_CHANGE && p->metric0 >= 0) {
                c->metric0 = p->metric0;
                c->metric1 = p->metric1;
                break;
            }
        }
        if (k < 0 && c->metric0 >= 0 && empty_metric(sc, c))
            c->metric0 = c->metric1 = -1; /* "increase" says nothing */
    }
    /* "from X ... to Y", "rose 8% to Y": Y measures what X measures */
    for (int ci = 1; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->metric0 >= 0 || !is_lex(sc, c->qs - 1, KW.to))
            continue;
        for (int k = ci - 1; k >= 0; k--) {
            const struct cand *p = &sc->cand[k];
            if (is_lex(sc, p->qs - 1, KW.from) ||
                same_clause(sc, p->t1, c->qs)) {
                c->metric0 = p->metric0;
                c->metric1 = p->metric1;
                break;
            }
        }
    }
    /* "grew by 18.9 million ... to reach 668 million": the level after a
    ** change is a level of the same thing */
    for (int ci = 1; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        const struct cand *p = &sc->cand[ci - 1];
        if (c->metric0 < 0 && c->role == ROLE_LEVEL && p->role == ROLE_CHANGE &&
            p->metric0 >= 0 && c->qs - p->t1 <= 15 &&
            !(c->pair >= 0 && c->pair < ci)) {
            c->metric0 = p->metric0;
            c->metric1 = p->metric1;
        }
    }
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->pair >= 0 && c->pair < ci) {
            const struct cand *p = &sc->cand[c->pair];
            c->role = p->role;
            c->period = p->period;
            c->subject = p->subject;
            c->metric0 = p->metric0;
            c->metric1 = p->metric1;
        }
    }
    end_window(sc);
}
