/*
** attrib_role.c: the role of a figure (level, change, share, target).
**
** Target first: a target cue ("expected to", "will", "should", "calls
** for", "by 2022" for a future year) back to the start of the figure's
** clause, or a modal right after its noun ("80% of adults should ...").
** Then cue words in the figure's own stretch: back to the previous figure
** or a comma ("up", "an increase of", "accounting for", "同比增长"), a few
** words ahead ("81.8 percent year-on-year", "17 percent of", "6% above"),
** a multiple of the same thing earlier ("1.4 times the level a year
** ago").  A percentage of a rate that is a share of a whole (occupancy,
** unemployment, margin) is a share.  The base of a comparison ("compared
** with 58.9%", "from 183") is a level; what a base or a figure listed
** after another takes from its neighbour is decided in attrib.c.
**
** Its own file because the cue words are the largest part of attribution
** and the only part that marks the window (fx_mark_cues) for the others.
** Every look is bounded by ROLE_BACK, TARGET_BACK or a few tokens.
*/
#include "attrib.h"

#include <string.h>

#define ROLE_BACK 15

/* Is token i the word w (lower case), in any case?  Inline, so that w's
** length is a constant; the first letter is compared before the call. */
static inline bool tok_is(const struct scanner *sc, int i, const char *w)
{
    size_t n = strlen(w);
    if (i < 0 || i >= sc->n || sc->tok[i].kind != TK_WORD ||
        sc->tok[i].end - sc->tok[i].start != n)
        return false;
    const char *s = sc->text + sc->tok[i].start;
    return (s[0] | 0x20) == w[0] && fx_strncaseeq(s, w, n);
}
#define TARGET_BACK 24

/* What a change cue at x says: CUE_CHANGE wherever it stands ("up",
** "rose", "an increase of"), CUE_AHEAD only ahead of the figure (a
** comparison: "compared with"), CUE_NONE.  "up"/"down" are change cues as
** in "up 5 percent", not "set up 300".  One answer for both questions
** fx_find_kind_role asks of a token (50k times on gen-10: inline). */
enum { CUE_NONE, CUE_CHANGE, CUE_AHEAD };
static inline __attribute__((always_inline)) int
change_cue(const struct scanner *sc, int x)
{
    const struct phrase *ph;
    if (!is_word(sc, x, LX_CHANGE)) {
        int w = fx_aword_id(sc, x); /* "sales climb 25%", not "the climb" */
        if (w >= AW_CHANGE_FIRST && w <= AW_CHANGE_LAST)
            return is_word(sc, x - 1, LX_DET | LX_ARTICLE) ? CUE_NONE
                                                            : CUE_CHANGE;
        if (phrase_len(sc, x, PH_CHANGE, &ph) <= 0)
            return CUE_NONE;
        return ph->arg == 0 ? CUE_CHANGE : CUE_AHEAD;
    }
    if (is_lex(sc, x, KW.up) || is_lex(sc, x, KW.down))
        return x == 0 || sc->tok[x - 1].kind == TK_PUNCT ||
                       is_word(sc, x - 1, LX_STOP) ||
                       fx_aword(sc, x - 1, AW_WENT) /* "went down by 2.7%" */
                   ? CUE_CHANGE
                   : CUE_NONE;
    return CUE_CHANGE;
}

/* "startups raised $7 billion", "raises $42 million": money raised right
** before the figure is funding, a level ("raised prices by $2" is not). */
static bool raised_money(const struct scanner *sc, const struct cand *c,
                         int x)
{
    if (x < c->qs - 2 || lex_units[c->unit].kind != UK_CURRENCY)
        return false;
    int w = fx_aword_id(sc, x);
    return w >= AW_RAISE && w <= AW_RAISING;
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

/* "may" the modal, not the month.  (Inline, as be_to: target_cue asks
** both at every "is", "was" and modal fx_mark_cues stops at.) */
static inline bool is_may(const struct scanner *sc, int x)
{
    return is_word(sc, x, LX_MONTH) && !(sc->tok[x].flags & TF_CAP) &&
           tlex(sc, x)->val == 5;
}

/* "is to reach", "are to make their debut": be + to + a verb is a plan
** ("is to the north" is not). */
static inline bool be_to(const struct scanner *sc, int x)
{
    uint16_t w = sc->tok[x].lex;
    return (w == KW.is || w == KW.are || w == KW.was || w == KW.were) &&
           is_lex(sc, x + 1, KW.to) && x + 2 < sc->n &&
           sc->tok[x + 2].kind == TK_WORD &&
           !is_word(sc, x + 2, LX_STOP | LX_DET | LX_ARTICLE | LX_MONTH);
}

/* "pledged in 2020 to have", "vowed to cut", "is meant to account for":
** a commitment to what follows, not "promised a review". */
static bool pledge(const struct scanner *sc, int x)
{
    int w = fx_aword_id(sc, x);
    if (w < AW_PLEDGE_FIRST || w > AW_PLEDGE_LAST)
        return false;
    for (int y = x + 1; y < sc->n && y <= x + 4; y++)
        if (is_lex(sc, y, KW.to))
            return true;
    return false;
}

/* "households will pay £1,849", "the campus will cost $2.1 billion",
** "will charge": a price or cost already set, not an aim ("will add 650
** jobs" is one). */
static bool will_pay(const struct scanner *sc, int x)
{
    if (!is_lex(sc, x, KW.will) && !is_lex(sc, x, KW.would))
        return false;
    int v = x + 1 + is_word(sc, x + 1, LX_STOP); /* "will also pay" */
    int w = fx_aword_id(sc, v);
    return w == AW_PAY || w == AW_COST || w == AW_CHARGE;
}

/* A word that makes what it governs a target. */
static bool target_cue(const struct scanner *sc, int x)
{
    if (sc->cue_kind[x] == TC_BYFUTURE)
        return true;
    if (sc->tok[x].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[x].lex;
    if (be_to(sc, x) || (!w && pledge(sc, x)))
        return true;
    if (will_pay(sc, x))
        return false;
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

/* A target cue back to the start of the figure's clause. */
bool fx_target_before(const struct scanner *sc, const struct attrib_index *ix,
                      const struct cand *c)
{
    /* the nearest target cue, clause start, "said" or "says" decides */
    int back = c->qs - TARGET_BACK > 0 ? c->qs - TARGET_BACK : 0;
    int x = last_in(ix, IX_STOP, back, c->qs - 1);
    return x >= 0 && (sc->mark[x] & M_TARGET);
}

/* "before the pandemic", "pre-pandemic levels": 2019, the last year
** before it, in an article written after it. */
static void pandemic(struct scanner *sc, int x)
{
    if (sc->cue_kind[x] || (sc->year && sc->year < 2021))
        return;
    if ((is_lex(sc, x - 1, KW.the) && fx_aword(sc, x - 2, AW_BEFORE)) ||
        (is_punct(sc, x - 1, '-') && fx_aword(sc, x - 2, AW_PRE))) {
        sc->cue_kind[x] = TC_YEAR;
        sc->cue_year[x] = 2019;
    }
}

/* "in the prior-year period", "the prior year": the year before the
** figure compared, as "a year earlier". */
static void prior_year(struct scanner *sc, int x)
{
    int y = is_punct(sc, x + 1, '-') && glued(sc, x + 1) ? x + 2 : x + 1;
    if (!sc->cue_kind[x] && is_lex(sc, x - 1, KW.the) && is_lex(sc, y, KW.year))
        sc->cue_kind[x] = TC_PREV;
}

/* A season ("in the autumn": a time like a month), "the conference"
** (the organisation named last) or "before the pandemic" at x. */
static void rare_word(struct scanner *sc, int x)
{
    int w = fx_aword_id(sc, x);
    if (w == AW_PANDEMIC)
        pandemic(sc, x);
    else if (w == AW_PRIOR)
        prior_year(sc, x);
    else if (is_punct(sc, x - 1, '-'))
        return; /* "mid-summer" is no cue */
    else if (w >= AW_SPRING && w <= AW_WINTER && !sc->cue_kind[x] &&
        !(x + 1 < sc->n && (sc->tok[x + 1].flags & TF_CAP)))
        fx_month_cue(sc, x, 3 + 3 * (w - AW_SPRING));
    else if ((w == AW_CONFERENCE || w == AW_SUMMIT || w == AW_EXPO) &&
             is_lex(sc, x - 1, KW.the) && !sc->mention[x] &&
             !(x + 1 < sc->n && sc->tok[x + 1].kind == TK_WORD &&
               !is_word(sc, x + 1, LX_STOP | LX_VERB)))
        sc->mention[x] = sc->last_kind[GK_ORGANISATION]; /* not "the expo
                                                            area" */
}

/* Can word t be one of the words fx_projected decides at (WF_PROJECT)?
** For a word the lexicon does not know, the answer of a Bloom filter of
** those words (fx_projected compares the spelling of the few it lets
** through). */
static inline bool may_project(const struct token *t)
{
    if (t->lex)
        return word_flags(t->lex) & WF_PROJECT;
    return fx_project_bloom_has(t->hash);
}

/* What words of WF_PROJECT and WF_FORECAST word token t may be: its
** lexeme's flags, or for a word the lexicon does not know, the answer
** of the Bloom filters of those words. */
static inline unsigned may_decide(const struct token *t, unsigned flags)
{
    if (t->lex)
        return flags & (WF_PROJECT | WF_FORECAST);
    return (fx_project_bloom_has(t->hash) ? WF_PROJECT : 0u) |
           (fx_forecast_bloom_has(t->hash) ? WF_FORECAST : 0u);
}

/* A mention fx_index_window does not see (no M_MENTION): "the city",
** "the conference". */
static inline void note_mention(const struct scanner *sc,
                                struct attrib_index *ix, int x)
{
    if (sc->mention[x]) {
        index_note(ix, IX_MENTION, x);
        if (!(sc->mark[x] & M_ATTR))
            index_note(ix, IX_SUBJECT, x);
    }
}

static inline void mark_clause(struct scanner *sc, struct attrib_index *ix,
                               int x)
{
    sc->mark[x] |= M_CLAUSE;
    index_note(ix, IX_STOP, x);
    index_note(ix, IX_BLOCK, x);
}

/* Mark word x (its lexeme's flags: WF_MARK_PASS) before the last figure
** as a target cue or a clause start, and note it in the index.  Returns
** whether it marked a target cue. */
static bool mark_word(struct scanner *sc, struct attrib_index *ix, int x,
                      unsigned flags)
{
    const struct token *t = &sc->tok[x];
    if (!t->lex) {
        if (fx_rare(t->hash) && pledge(sc, x))
            goto target;
        if (fx_rare(t->hash) &&
            (is_word(sc, x - 1, LX_STOP | LX_DET | LX_TIMEADJ) ||
             is_punct(sc, x - 1, '-'))) {
            rare_word(sc, x);
            note_mention(sc, ix, x);
        } else if (t->hash == fx_aw_hash[AW_CALLS] ||
                 t->hash == fx_aw_hash[AW_CALL])
            goto target; /* "calls for" */
        return false;
    }
    if (flags & WF_SAYS)
        index_note(ix, IX_STOP, x);
    if (flags & WF_AND)
        index_note(ix, IX_BLOCK, x);
    if (flags & WF_AFTER)
        index_note(ix, IX_AFTER, x);
    if (flags & WF_KIND)
        note_mention(sc, ix, x);
    /* what target_cue can say yes to in a word the lexicon knows (not the
    ** other stop words: "the", "of", "in"), or a clause start: one flag
    ** of the lexeme says which may be */
    if (!(flags & WF_MARK))
        return false;
    if (flags & WF_CLAUSE) {
        mark_clause(sc, ix, x);
        return false;
    }
target:
    if (!target_cue(sc, x) || target_noun_subject(sc, x))
        return false;
    sc->mark[x] |= M_TARGET;
    index_note(ix, IX_STOP, x);
    return true;
}

/* The first token from x on, before `end`, that fx_mark_cues's look at
** the window before its last figure does something at: a word of
** WF_MARK_PASS (the lexicon's, or one the Bloom filter lets through), a
** ',', ';' or ':', a "by 2025" number; `end` if none.  A tight loop of its
** own over the tokens, which most pass with a test or two: in the loop
** that marks them the compiler kept four counters for one. */
static inline int next_to_mark(const struct scanner *sc, int x, int end)
{
    const struct token *t = &sc->tok[x], *stop = &sc->tok[end];
    for (; t < stop; t++) {
        /* a word the lexicon knows and fx_mark_cues does nothing at, the
        ** most common token, in one test: the other tokens have no
        ** lexeme (token.h), and lexeme 0 is WF_UNKNOWN, which passes */
        if (!(word_flags(t->lex) & WF_MARK_PASS))
            continue;
        if (t->kind == TK_WORD) {
            if (t->lex || fx_mark_bloom_has(t->hash))
                break;
        } else if (t->kind == TK_PUNCT) {
            if (t->hash == ',' || t->hash == ';' || t->hash == ':')
                break;
        } else if (t->kind == TK_NUM &&
                   sc->cue_kind[t - sc->tok] == TC_BYFUTURE) {
            break;
        }
    }
    return (int)(t - sc->tok);
}

/* The same after the last figure: a word of WF_FORECAST, WF_AFTER,
** WF_KIND, or one the lexicon does not know that the Bloom filter lets
** through; sc->n if none. */
static inline int next_after_figures(const struct scanner *sc, int x)
{
    const struct token *t = &sc->tok[x], *stop = &sc->tok[sc->n];
    for (; t < stop; t++)
        if (t->kind == TK_WORD &&
            (word_flags(t->lex) &
             (WF_FORECAST | WF_UNKNOWN | WF_AFTER | WF_KIND)) &&
            (t->lex || fx_mark_bloom_has(t->hash)))
            break;
    return (int)(t - sc->tok);
}

/* Mark the target cues and clause starts of the window once, for the
** look-backs of all its figures, and note them, the commas and the
** "and"s in the window's index (fx_index_window notes the rest).  Note on
** the way whether a word fx_projected or fx_forecast decides at stands
** there: most windows have none, and then their look-backs and
** look-aheads need not run. */
unsigned fx_mark_cues(struct scanner *sc, struct attrib_index *ix)
{
    /* the look-backs end before the last figure; seasons anywhere, and
    ** fx_forecast looks ahead to the end of the window */
    int end = sc->cand[sc->n_cand - 1].qs;
    unsigned seen = 0;
    /* the index's words for the window's tokens: the first by a few
    ** stores (a constant size), the others (a window over 64 tokens) by a
    ** call */
    int rows = (sc->n + 63) >> 6;
    memset(ix->set[0], 0, sizeof ix->set[0]);
    if (rows > 1)
        memset(ix->set[1], 0, (size_t)(rows - 1) * sizeof ix->set[0]);
    for (int x = next_after_figures(sc, end); x < sc->n;
         x = next_after_figures(sc, x + 1)) {
        const struct token *t = &sc->tok[x];
        unsigned flags = word_flags(t->lex);
        if (flags & WF_AFTER)
            index_note(ix, IX_AFTER, x);
        if (flags & WF_KIND)
            note_mention(sc, ix, x);
        seen |= may_decide(t, flags) & WF_FORECAST;
        if (!t->lex && fx_rare(t->hash) &&
            (is_word(sc, x - 1, LX_STOP | LX_DET | LX_TIMEADJ) ||
             is_punct(sc, x - 1, '-'))) {
            rare_word(sc, x);
            note_mention(sc, ix, x);
        }
    }
    for (int x = next_to_mark(sc, 0, end); x < end;
         x = next_to_mark(sc, x + 1, end)) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_WORD) {
            unsigned flags = word_flags(t->lex);
            if (mark_word(sc, ix, x, flags))
                seen |= MARKED_TARGET;
            seen |= may_decide(t, flags);
        } else if (t->kind == TK_PUNCT) {
            if (t->hash == ',')
                index_note(ix, IX_SUBJECT, x);
            if (clause_break(sc, x))
                mark_clause(sc, ix, x);
        } else {
            /* "by 2025": the context pass gives that cue to the year, a
            ** number, only */
            sc->mark[x] |= M_TARGET;
            index_note(ix, IX_STOP, x);
            seen |= MARKED_TARGET;
        }
    }
    return seen;
}

/* The look-ahead of fx_target_after (attrib.h), once the index says it
** may say yes. */
bool fx_target_after_words(const struct scanner *sc, const struct cand *c,
                           int next_start)
{
    int e = c->t1 + c->post;
    for (int x = e; x < next_start && x < e + 10; x++) {
        const struct token *t = &sc->tok[x];
        if (sc->cue_kind[x] == TC_BYFUTURE)
            return true; /* "eyes 60 million visitors by 2030" */
        if (t->kind == TK_PUNCT) {
            if (t->hash == '-' && glued(sc, x))
                continue;
            return false;
        }
        if (t->kind != TK_WORD)
            return false;
        unsigned flags = word_flags(t->lex);
        if ((flags & WF_MODAL) || ((t->cls & LX_MONTH) && is_may(sc, x)))
            return true;
        if ((flags & WF_IS) &&
            (is_word(sc, x + 1, LX_TARGET) || be_to(sc, x)))
            return true; /* "is expected to", "are to open" */
        if (flags & WF_AND_OR) {
            if (is_word(sc, x + 1, LX_STOP | LX_DET | LX_ARTICLE) ||
                (x + 1 < sc->n && sc->tok[x + 1].kind != TK_WORD))
                return false; /* "and the EU should" is another clause */
            continue;
        }
        if ((t->cls & (LX_VERB | LX_CHANGE | LX_REACH)) ||
            (flags & WF_ENDS_NP))
            return false;
    }
    return false;
}

/* "forecast", "estimates", "expectations", "consensus": what others
** expect a figure to be. */
static bool forecast_noun(const struct scanner *sc, int x)
{
    int w = fx_aword_id(sc, x);
    return w >= AW_FORECAST && w <= AW_CONSENSUS;
}

/* What others expected, named around the figure: "vs -1.1% forecast",
** "the 6.0% gain forecast in a poll", "the $2.1 billion average of
** analyst projections", "the range most economists had expected",
** "expectations for a 3.3% rise", "the average estimate of 9.6%".  Even a
** base of a comparison: the forecast is what the figure is set against. */
bool fx_forecast(const struct scanner *sc, const struct cand *c,
                 int next_start)
{
    int p = c->qs - 1;
    if (is_word(sc, p, LX_ARTICLE | LX_DET))
        p--;
    if ((is_lex(sc, p, KW.of) || is_lex(sc, p, KW.for_)) &&
        forecast_noun(sc, p - 1))
        return true;
    /* after: the figure opens the forecast's noun phrase ("the", "a",
    ** "vs"), not "Revenue of $2 billion beat estimates" */
    if (c->qs == 0 || (!is_word(sc, c->qs - 1, LX_ARTICLE | LX_DET) &&
                       !comparison_word(sc, c->qs - 1)))
        return false;
    int e = c->t1 + c->post;
    for (int x = e; x < next_start && x < e + 6; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind != TK_WORD)
            return false;
        if (forecast_noun(sc, x))
            return true;
        if ((t->lex == KW.had || t->lex == KW.have) &&
            is_word(sc, x + 1, LX_TARGET))
            return true; /* "had expected" */
        if ((t->cls & (LX_VERB | LX_REACH | LX_TARGET)) ||
            ((t->cls & LX_STOP) && t->lex != KW.of && !fx_aword(sc, x, AW_MOST)))
            return false;
    }
    return false;
}

/* At a comma x closing ", which excludes energy, food and tobacco,": the
** token before the clause, else -1.  Commas inside it list things. */
static int relative_clause(const struct scanner *sc, int x)
{
    for (int w = x - 1; w > 0 && w >= x - 16; w--) {
        if (sc->tok[w].kind != TK_PUNCT)
            continue;
        if (!is_punct(sc, w, ','))
            return -1;
        if (is_lex(sc, w + 1, KW.which) || is_lex(sc, w + 1, KW.who))
            return w - 1;
    }
    return -1;
}

/* "Gross margin was 61.5%", "occupancy reaches 90 percent": a rate that
** is a share of a whole. */
static bool share_name(const struct scanner *sc, int x)
{
    if (sc->tok[x].kind != TK_WORD || (sc->tok[x].cls & LX_STOP))
        return false;
    if (sc->tok[x].cls & LX_SHARE)
        return true; /* "the penetration rate rose to 77.5%" */
    int w = fx_aword_id(sc, x);
    if (w >= AW_OCCUPANCY && w < AW_SHARE_END)
        return true;
    /* "on-time delivery rate", "on-time rate": punctuality by another name */
    return x >= 2 && tok_is(sc, x, "time") && is_punct(sc, x - 1, '-') &&
           is_lex(sc, x - 2, KW.on);
}

/* "a 17.44% stake", "a 20% share": the noun right after the figure. */
static bool share_after(const struct scanner *sc, const struct cand *c)
{
    int x = c->t1 + c->post;
    return x < sc->n && share_name(sc, x);
}

/* "found that 28% had cut back", "40% said": a bare percentage that is
** the subject of a plural verb counts people, a share of them. */
static bool share_of_people(const struct scanner *sc, const struct cand *c)
{
    int x = c->t1 + c->post;
    if (c->post || x >= sc->n || sc->tok[x].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[x].lex;
    return w == KW.had || w == KW.have || w == KW.were || w == KW.are ||
           w == KW.said || fx_aword(sc, x, AW_SAY);
}

/* "Core inflation slowed to 3.6 per cent": a rate of change by name. */
static bool change_name(const struct scanner *sc, int x)
{
    return fx_aword(sc, x, AW_INFLATION) ||
           fx_aword(sc, x, AW_GROWTH) || /* "profit growth slows to 0.7%" */
           (fx_aword(sc, x, AW_GAIN) && is_word(sc, x - 1, LX_DET));
    /* "taking its gain this year to 28%" */
}

/* Is a word naming the rate before the figure in its clause: a share
** (share_name) or a change (change_name)?  ROLE_SHARE if a share is named,
** else ROLE_CHANGE if a change is, else -1: one look back for both
** questions, which end at the same tokens.  Relative clauses (", which
** ...,") are stepped over; any other comma or semicolon ends the clause. */
static int rate_named_before(const struct scanner *sc, const struct cand *c,
                             int prev_end)
{
    int named = -1;
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - 16; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash == ',') {
            int start = relative_clause(sc, x);
            if (start > prev_end) {
                x = start + 1;
                continue;
            }
        }
        if (t->kind == TK_PUNCT && (t->hash == ',' || t->hash == ';'))
            return named;
        if (share_name(sc, x))
            return ROLE_SHARE;
        if (named < 0 && change_name(sc, x))
            named = ROLE_CHANGE;
    }
    return named;
}

/* Chinese cues right before the figure: 同比增长27.3%, 占; the nearest
** decides, so 增加值412.6亿元 ("value added") is a level and 比重为16.2%
** ("a proportion of") a share; a level reached (提升至42.8%) is a share
** when what rose is one (占GDP比重提升至42.8%). */
static int cjk_role(const struct scanner *sc, const struct cand *c)
{
    bool reached = false, latin = false;
    /* 占全省进出口总值的14.1%: 占 "makes up" opens what the 的 closes,
    ** however long the whole it names */
    if (cjk_char(sc, c->qs - 1) == 0x7684 && percent_like(c)) /* 的 */
        for (int x = c->qs - 2; x >= 0 && x >= c->qs - 16; x--) {
            if (sc->tok[x].kind == TK_PUNCT)
                break;
            uint32_t next = cjk_char(sc, x + 1);
            if (cjk_char(sc, x) == 0x5360 && next != 0x5730 &&
                next != 0x636E && next != 0x7528)
                return ROLE_SHARE; /* not 占地, 占据, 占用 */
        }
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - 8; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_WORD && x < c->qs - 1) {
            latin = true; /* a Latin word inside: "占全省GDP的12.9%" */
            continue;
        }
        if (t->kind != TK_CJK || (x < c->qs - 4 && !latin && !reached))
            break; /* four characters back; more past a Latin name or
                      to find the share a level reached is of */
        uint32_t next = sc->tok[x + 1].kind == TK_CJK ? sc->tok[x + 1].hash : 0,
                 prev = x > 0 && sc->tok[x - 1].kind == TK_CJK
                            ? sc->tok[x - 1].hash
                            : 0;
        if (x == c->qs - 1 && (t->hash == 0x5230 || t->hash == 0x81F3)) {
            reached = true; /* 提高到, 增至: the level reached; of a share
                               if one is named: "比重提升至42.8%" */
            continue;
        }
        if (reached) {
            if ((t->hash == 0x6BD4 && (next == 0x91CD || prev == 0x5360)) ||
                t->hash == 0x5360)
                return ROLE_SHARE; /* 比重, 占比, 占 */
            continue;
        }
        if (t->hash == 0x503C && (prev == 0x52A0 || prev == 0x4EA7 ||
                                  prev == 0x603B))
            return -1; /* 增加值, 产值, 总值: the quantity named, a level;
                       ** not 升值, 贬值 */
        if (t->hash == 0x503C && (prev == 0x5347 || prev == 0x8D2C))
            return ROLE_CHANGE; /* 升值, 贬值 */
        if (t->hash == 0x6BD4 && (next == 0x91CD || prev == 0x5360))
            return ROLE_SHARE; /* 比重, 占比 */
        if ((t->hash == 0x7387 && prev != 0x957F && prev != 0x901F &&
             prev != 0x5229 && prev != 0x6C47 && prev != 0x7A0E &&
             prev != 0x80C0) ||
            (t->hash == 0x4F8B && prev == 0x6BD4))
            return ROLE_SHARE; /* 毛利率为36.2%, 普及率达80.1%, 持股比例为
                                  38.65%: a rate or ratio of a whole; not
                                  增长率, 增速率 (growth), 利率 (interest),
                                  汇率, 税率, 通胀率 */
        if (t->hash == 0x63D0 && (next == 0x9AD8 || next == 0x5347))
            return ROLE_CHANGE; /* 提高, 提升: "raised by"; not 提供 */
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

/* Is the Chinese clause of figure c, around token x, told as done: 了
** or 已 in it, or a past year or 去年 before x ("去年该市将...提高到100%")? */
static bool cjk_done(const struct scanner *sc, const struct cand *c, int x)
{
    for (int y = x > 0 ? x : 0; y < sc->n && y < c->t1 + 6; y++) {
        uint32_t h = cjk_char(sc, y);
        if (y >= c->t1 && sc->tok[y].kind == TK_PUNCT)
            break;
        if (h == 0x4E86 || h == 0x5DF2) /* 了 已 */
            return true;
    }
    for (int y = x - 1; y >= 0 && sc->tok[y].kind != TK_PUNCT; y--) {
        int k = sc->cue_kind[y];
        if ((k == TC_YEAR || k == TC_REL) && sc->year &&
            sc->cue_year[y] < sc->year)
            return true;
    }
    return false;
}

bool fx_cjk_target(const struct scanner *sc, const struct cand *c)
{
    /* 有望 "expected to", 力争 "strive to", 预计 "forecast", 目标 "target",
    ** 将 "will" within the clause before the figure: 有望突破600亿元,
    ** 韶关集群将建成标准机架50万架 (all 14 annotated after 将 are targets) */
    for (int x = c->qs - 1; x > 0 && x >= c->qs - 20; x--) {
        if (sc->tok[x].kind == TK_PUNCT)
            return false; /* the clause ends */
        if (cjk_char(sc, x) == 0x5C06 && cjk_char(sc, x + 1) != 0x8FD1 &&
            x != c->qs - 1 && !cjk_done(sc, c, x))
            return true; /* 将; not 将近 "nearly", nor 将 "took" with its
                            object ("他将2000万元奖金捐给了学校") */
        if (sc->tok[x].kind != TK_CJK || sc->tok[x - 1].kind != TK_CJK)
            continue; /* a year, a name: 力争2027年营收, 全市GDP将达到 */
        uint32_t a = sc->tok[x - 1].hash, b = sc->tok[x].hash;
        uint32_t after = sc->tok[x + 1].kind == TK_CJK ? sc->tok[x + 1].hash : 0;
        if ((a == 0x6709 && b == 0x671B) || (a == 0x529B && b == 0x4E89) ||
            (a == 0x9884 && b == 0x8BA1) ||
            (a == 0x76EE && b == 0x6807 && (after == 0x662F || after == 0x4E3A)))
            return true; /* 目标 only as "the target is": not 目标市场 */
    }
    return false;
}

/* "1.4 times the level a year ago": a multiple of the same thing at an
** earlier time is a change ("five times that of Black Friday" is not). */
static bool aword_in_range(const struct scanner *sc, int x, int a, int b)
{
    int w = fx_aword_id(sc, x);
    return w >= a && w <= b;
}

static bool multiple_of_earlier(const struct scanner *sc, const struct cand *c)
{
    if (c->unit != U_X)
        return false;
    /* "是2023年同期的1.9倍", "为上年同期的1.3倍", "已是去年的3.2倍": in
    ** Chinese the earlier time comes first, between 是/为 and 的 */
    if (cjk_char(sc, c->qs - 1) == 0x7684) /* 的 */
        for (int x = c->qs - 2; x >= 1 && x >= c->qs - 12; x--) {
            uint32_t h = cjk_char(sc, x), g = cjk_char(sc, x - 1);
            int k = sc->cue_kind[x];
            if ((h == 0x671F && g == 0x540C && /* 年同期 "the year's same
                                                 ** period"; not 宁波同期 */
                 cjk_char(sc, x - 2) == 0x5E74) ||
                (h == 0x5E74 && (g == 0x53BB || g == 0x4E0A)) || /* 去年 上年 */
                k == TC_PREV ||
                ((k == TC_YEAR || k == TC_REL || k == TC_SINCE) && sc->year &&
                 sc->cue_year[x] && sc->cue_year[x] < sc->year))
                return true;
            if (sc->tok[x].kind == TK_PUNCT || h == 0x662F || h == 0x4E3A)
                break; /* 是 "is", 为 "is" open the comparison */
        }
    int e = c->t1 + c->post;
    for (int x = e; x < sc->n && x < e + 8; x++) {
        if (sc->tok[x].kind == TK_PUNCT)
            return false;
        int k = sc->cue_kind[x];
        if (k == TC_PREV || k == TC_SINCE || k == TC_MONTH ||
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
    return w >= AW_ADD && w <= AW_ADDING &&
           !word_is_ci(sc, x - 1, "value"); /* "value added of RMB 1.16
                                             ** trillion": a quantity */
}


/* "laid off more than 15,000 employees", "brought in some 1,200 foreign
** welders", "hired 300": people taken on
** or let go, an absolute change of a workforce (a count, not "brought in
** $2 billion" of revenue). */
static bool workforce_change(const struct scanner *sc, const struct cand *c)
{
    if (c->unit != U_COUNT)
        return false;
    int x = c->qs - 1;
    if (tok_is(sc, x, "some") || tok_is(sc, x, "another"))
        x--;
    if (tok_is(sc, x, "off"))
        return aword_in_range(sc, x - 1, AW_LAID, AW_LAYS);
    if (tok_is(sc, x, "in"))
        return fx_aword(sc, x - 1, AW_BROUGHT);
    return fx_aword(sc, x, AW_HIRED); /* not "created 1.5 lakh jobs": a
                                         scheme's total, a level */
}

/* "projecting a revenue deficit of ₹49,279 crore", "is estimated at
** ₹49,755 crore", "budgeted at": a budget's projection, a target.  Back
** to the clause's start; "was estimated at" (a past estimate) is not.
** "guidance" is the company's own projection: "raised its revenue growth
** guidance for FY25 to 4.5-5 per cent"; so is what markets price in. */
bool fx_projected(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - 10; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT || (sc->mark[x] & M_CLAUSE))
            return false;
        if (t->kind != TK_WORD)
            continue;
        if (word_flags(t->lex) & WF_SAYS)
            return false;
        if ((t->cls & LX_STOP) || !may_project(t))
            continue;
        int w = fx_aword_id(sc, x);
        if (w == AW_PROJECTED || w == AW_PROJECTING || w == AW_BUDGETED ||
            w == AW_GUIDANCE)
            return true; /* "its margin guidance band of 20-22 per cent" */
        if ((w == AW_PRICING || w == AW_PRICED) && is_lex(sc, x + 1, KW.in) &&
            (is_word(sc, x - 1, LX_STOP) || is_word(sc, x - 2, LX_STOP)) &&
            !is_lex(sc, x - 1, KW.the))
            return true; /* "traders are pricing in 80 basis points of
                            cuts", "have fully priced in": what markets
                            expect */
        if (w == AW_ESTIMATED && is_lex(sc, x + 1, KW.at))
            return is_lex(sc, x - 1, KW.is) || is_lex(sc, x - 1, KW.are);
    }
    return false;
}

/* Can the word at x be a cue of fx_find_kind_role's look-back?  Its
** tests only hold for words, and a word the lexicon knows only when it
** is an AW_* word, a change or share word, starts such a phrase, or is
** "by", "to" or "from" right before the figure: one test of the lexeme
** turns the other words away before the dozen tests.  A word it does not
** know (no classes, no phrases) only when it is an AW_* word. */
static inline bool role_word(const struct scanner *sc, const struct cand *c,
                             int x)
{
    const struct token *t = &sc->tok[x]; /* a word: the caller asked */
    uint16_t w = t->lex;
    if (!w)
        return fx_aword_id(sc, x) >= 0;
    /* a word's class is its lexeme's: WF_ROLE has both tests in one */
    return (word_flags(w) & WF_ROLE) ||
           (x == c->qs - 1 && (w == KW.by || w == KW.to || w == KW.from));
}

/* The role from cue words, ignoring targets; *cued says a cue decided. */
int fx_find_kind_role(const struct scanner *sc, const struct cand *c,
                      int prev_end, int next_start, bool *cued)
{
    bool by = false;
    int back = -1;
    *cued = true;
    /* the tests before the look-back start at the token right before
    ** the figure: a CJK character, else a word */
    int before = c->qs > 0 ? sc->tok[c->qs - 1].kind : -1;
    int cjk = before == TK_CJK ? cjk_role(sc, c) : -1;
    if (cjk >= 0)
        return cjk;
    if (before == TK_WORD && workforce_change(sc, c))
        return ROLE_CHANGE;
    if (before == TK_WORD &&
        (sc->tok[c->qs - 1].lex == KW.up ||
         sc->tok[c->qs - 1].lex == KW.down) &&
        (percent_like(c) || c->unit == U_X) &&
        !is_word(sc, c->qs - 2, LX_VERB | LX_REACH | LX_CHANGE | LX_TARGET) &&
        !(c->qs >= 2 && phrase_at(sc, c->qs - 2, PH_SHARE)))
        return ROLE_CHANGE; /* "volumes down 42.3 per cent", not "made up
                               56 percent" */
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - ROLE_BACK; x--) {
        const struct token *t = &sc->tok[x];
        int cue = CUE_NONE;       /* change_cue(sc, x), asked once */
        if (t->kind != TK_WORD) { /* none of the tests below hold there */
            if (t->kind == TK_PUNCT &&
                (t->hash == ',' || t->hash == ';' || t->hash == ':'))
                break; /* the figure's stretch ends at a comma */
            continue;
        }
        if (!role_word(sc, c, x))
            continue; /* most words: none of the tests below can hold */
        if (x == c->qs - 1 && is_lex(sc, x, KW.by)) {
            by = true; /* "cut the ratio by 50 bp": the verb decides */
            continue;
        }
        if (x == c->qs - 1 && (is_lex(sc, x, KW.to) || is_lex(sc, x, KW.from)))
            back = ROLE_LEVEL; /* the end point of a change */
        else if (!by && raised_money(sc, c, x))
            back = ROLE_LEVEL;
        else if ((cue = change_cue(sc, x)) == CUE_CHANGE ||
                 (x >= c->qs - 2 && added(sc, x)) ||
                 (x == c->qs - 1 && fx_aword(sc, x, AW_ADVANCED)))
            back = ROLE_CHANGE;
        else if (x >= c->qs - 4 && cue == CUE_AHEAD)
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
        if ((is_lex(sc, x, KW.above) || is_lex(sc, x, KW.below) ||
             ((fx_aword(sc, x, AW_FASTER) || fx_aword(sc, x, AW_SLOWER)) &&
              is_lex(sc, x + 1, KW.than))) &&
            (percent_like(c) || c->unit == U_X))
            return ROLE_CHANGE; /* "1.5 percent above the 2019 level" */
        if (word_is(sc, x, "less") && is_lex(sc, x + 1, KW.than))
            return ROLE_CHANGE; /* "EUR 0.08 less than one year before" */
        if (is_word(sc, x, LX_STOP) && !is_lex(sc, x, KW.more) &&
            !is_lex(sc, x, KW.up) && !is_lex(sc, x, KW.down) &&
            !phrase_at(sc, x, PH_CHANGE))
            break;
        if (change_cue(sc, x) != CUE_NONE || is_lex(sc, x, KW.more))
            return ROLE_CHANGE;
    }
    if (lex_units[c->unit].kind == UK_PERCENT) {
        if (share_after(sc, c) || share_of_people(sc, c))
            return ROLE_SHARE;
        int named = rate_named_before(sc, c, prev_end);
        if (named >= 0)
            return named;
    }
    *cued = back >= 0;
    return ROLE_LEVEL;
}
