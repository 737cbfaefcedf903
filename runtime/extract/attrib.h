/*
** attrib.h: what the attribution files share (internal; see scan.h).
**
** Attribution (fx_attribute) is split by what it finds for a figure:
**
**   attrib.c          the driver: each figure of the window in turn, the
**                     fallbacks between figures, the window in its
**                     article (headline, lead, paragraph);
**   attrib_role.c     role: cue words, change, share, target, bases;
**   attrib_period.c   period: time cues, years, tense, fallbacks;
**   attrib_subject.c  subject: mentions, appositions, owners;
**   attrib_metric.c   metric: the noun phrase a figure measures;
**   attrib_ctx.c      what attribution knows beyond one sentence;
**   attrib_date.c     the article's date when the caller gives none.
**
** The small word tests more than one of them makes are inline here; the
** rest is one function per question, called once per figure.
*/
#ifndef WIC_EXTRACT_ATTRIB_H
#define WIC_EXTRACT_ATTRIB_H

#include "scan.h"

/* ---- word tests shared by the attribution files ----------------------- */

/* Known words (KW) the attribution loops test by identity, flagged by
** lexeme id (attrib_ctx.c builds the table once), so that a loop over
** tokens tests one entry, not a dozen words.  WF_MARK and WF_PROJECT
** also flag other lexemes, by their classes, phrases and AW_* words: what
** a look-back must stop at, the rest it passes with one test. */
enum {
    WF_CLAUSE = 1 << 0,   /* "but", "while", "whereas": a clause starts */
    WF_BE_CUE = 1 << 1,   /* stop words a target cue can be: "is",
                             "are", "was", "were" (be + to) and the
                             modals but "will", "would"                 */
    WF_MODAL = 1 << 2,    /* "will", "would", "should", "could", ...   */
    WF_IS = 1 << 3,       /* "is", "are"                               */
    WF_AND_OR = 1 << 4,   /* "and", "or"                               */
    WF_ENDS_NP = 1 << 5,  /* be, have, "which", "that", "who", "while",
                             "but": what ends a figure's noun phrase   */
    WF_COMPARE = 1 << 6,  /* "than", "from", "over", "against", "versus",
                             "vs", "above", "below", "compared"        */
    WF_CONJ = 1 << 7,     /* "and", "but", "while", "whereas",
                             "although", "though"                      */
    WF_PREP = 1 << 8,     /* "in", "at", "for", "on", "to", "during",
                             "across", "within", "among"               */
    WF_BE = 1 << 9,       /* "is", "are", "was", "were"                */
    WF_AUX = 1 << 10,     /* what a verb group holds besides its verbs:
                             "to", "by", "from", "a", "at", "record",
                             "has", "have", "had", "been", "be"        */
    WF_BASE = 1 << 11,    /* before a base: "from", "than", "against",
                             "versus", "vs"                            */
    WF_SAID = 1 << 12,    /* "said", "says", "according", "since": the
                             look-ahead for a time cue stops           */
    WF_SAYS = 1 << 13,    /* "said", "says": the look-back for a
                             projection stops                          */
    WF_TENSE = 1 << 14,   /* "is", "are", "has", "have", "was", "were",
                             "had", "should", "which", "who": words
                             fx_find_tense decides at                  */
    WF_MARK = 1 << 15,    /* what fx_mark_cues looks at: WF_CLAUSE,
                             WF_BE_CUE, target and month words, the
                             first words of target phrases             */
    WF_PROJECT = 1 << 16, /* AW_* words fx_projected says yes at
                             ("projected", "budgeted", "guidance",
                             "priced") that are no stop words          */
    WF_FORECAST = 1 << 17, /* the forecast nouns ("forecast" to
                              "consensus") and "had", "have": what
                              fx_forecast can say yes at               */
    WF_ROLE = 1 << 18,     /* AW_* words, LX_CHANGE and LX_SHARE words,
                              the first words of change and share
                              phrases: what fx_find_kind_role's
                              look-back tests                          */
    WF_AND = 1 << 19,      /* "and"                                    */
    WF_AFTER = 1 << 20,    /* modals, "is", "are" and months: where
                              fx_target_after may say yes               */
    WF_UNKNOWN = 1 << 21,  /* only the lexeme 0 of the words the lexicon
                              does not know, which fx_mark_cues looks
                              at by their spelling                     */
    WF_KIND = 1 << 22,     /* LX_KIND ("city", "company"): "the city"
                              may name a subject without M_MENTION      */
    WF_PAST = 1 << 23,     /* AW_* past forms without -ed ("rose",
                              "sold") the lexicon knows                 */
    WF_ED = 1 << 24,       /* lexemes ending in "ed": only their words
                              can end in "-ed" (fx_find_tense)          */
};
/* The words fx_mark_cues does something at: most words have none of
** these flags, and one test of the lexeme's flags passes them. */
#define WF_MARK_PASS                                                           \
    (WF_MARK | WF_SAYS | WF_AND | WF_PROJECT | WF_FORECAST | WF_UNKNOWN |      \
     WF_AFTER | WF_KIND)
extern uint32_t fx_word_flags[LEX_MAX_WORDS];
/* WF_PROJECT's words the lexicon does not know, as a 1024-bit Bloom
** filter over their hashes (attrib_ctx.c): fx_aw_bloom holds all AW_*
** words, so it lets far more words through. */
extern uint64_t fx_project_bloom[16];
static inline bool fx_project_bloom_has(uint32_t h)
{
    return (fx_project_bloom[(h >> 3) & 15] >> ((h >> 7) & 63)) & 1;
}
/* The same for WF_FORECAST's words. */
extern uint64_t fx_forecast_bloom[16];
static inline bool fx_forecast_bloom_has(uint32_t h)
{
    return (fx_forecast_bloom[(h >> 3) & 15] >> ((h >> 7) & 63)) & 1;
}
/* The words the lexicon does not know that fx_mark_cues can do something
** at (WF_PROJECT's, WF_FORECAST's, the rare words, "calls", "call"): the
** others it passes after one probe. */
extern uint64_t fx_mark_bloom[16];
static inline bool fx_mark_bloom_has(uint32_t h)
{
    return (fx_mark_bloom[(h >> 3) & 15] >> ((h >> 7) & 63)) & 1;
}
static inline unsigned word_flags(uint16_t lex)
{
    return fx_word_flags[lex];
}

static inline bool phrase_at(const struct scanner *sc, int x, int kind)
{
    const struct phrase *ph;
    return phrase_len(sc, x, kind, &ph) > 0;
}

/* A comparison word: what follows is a base ("than", "from", "compared
** with", "over", "against", "above"). */
static inline bool comparison_word(const struct scanner *sc, int x)
{
    const struct phrase *ph;
    if (sc->tok[x].kind != TK_WORD)
        return false;
    if (word_flags(sc->tok[x].lex) & WF_COMPARE)
        return true;
    return phrase_len(sc, x, PH_CHANGE, &ph) > 0 && ph->arg == 1;
}

/* A conjunction after a comma that starts another clause. */
static inline bool clause_conj(const struct scanner *sc, int x)
{
    if (sc->tok[x].kind != TK_WORD)
        return false;
    return (word_flags(sc->tok[x].lex) & WF_CONJ) ||
           (fx_aword(sc, x, AW_SO) &&
            !phrase_at(sc, x, PH_NOW)); /* ", so it is", not ", so far" */
}

/* "$21.7 million, or $0.34 per share": a figure ending at token `end`
** restated by the one starting at `qs`. */
static inline bool or_restates(const struct scanner *sc, int end, int qs)
{
    return end == qs - 2 && is_punct(sc, qs - 2, ',') &&
           is_lex(sc, qs - 1, KW.or_);
}

static inline bool percent_like(const struct cand *c)
{
    int k = lex_units[c->unit].kind;
    return k == UK_PERCENT || k == UK_PP || c->unit == U_BP;
}

/* No clause break between tokens a and b (a <= b)? */
static inline bool same_clause(const struct scanner *sc, int a, int b)
{
    if (b - a > 6)
        return false;
    for (int x = a; x < b; x++)
        if (sc->tok[x].kind == TK_PUNCT &&
            !(sc->tok[x].hash == '-' && glued(sc, x)))
            return false;
    return true;
}

static inline bool organisation(const struct gazetteer_entry *e)
{
    return e->kind == GK_COMPANY || e->kind == GK_ORGANISATION;
}

/* ---- the window's index ------------------------------------------------ */

/* A time cue that can date a figure: not a start or a base. */
static inline bool period_cue(const struct scanner *sc, int x)
{
    int k = sc->cue_kind[x];
    return k != TC_NONE && k != TC_SINCE;
}

/* Where the window's period cues, mentions, clause marks and commas are,
** noted once for all the window's figures (the marks and words by
** fx_mark_cues as it passes them, the cues and mentions by
** fx_index_window): one bit a token in a set of each kind.  A look-back that can only stop
** at a few kinds of token jumps from one to the next (last_in) instead of
** testing every token on its way, and one that finds no token of the kind
** it needs costs nothing. */
#define INDEX_WORDS ((SENT_MAX + 1 + 63) / 64)
enum {
    IX_CUE,     /* period_cue()                                          */
    IX_MENTION, /* in a mention or starting one                          */
    IX_SUBJECT, /* where fx_find_subject's look-back decides: a mention
                   that is a subject (not M_ATTR), a comma               */
    IX_STOP,    /* M_TARGET, M_CLAUSE, "said", "says": where
                   fx_target_before stops                                */
    IX_BLOCK,   /* M_CLAUSE, "and": what may end fx_find_period_cue's
                   look-back                                             */
    IX_AFTER,   /* where fx_target_after may say yes: WF_AFTER words,
                   TC_BYFUTURE cues ("by 2025")                          */
    IX_KINDS
};
struct attrib_index {
    uint64_t set[INDEX_WORDS][IX_KINDS]; /* bit x % 64 of word x / 64 */
};
/* The cues and mentions, after fx_mark_cues (which notes the rest). */
void fx_index_window(const struct scanner *sc, struct attrib_index *ix);

static inline void index_note(struct attrib_index *ix, int kind, int x)
{
    ix->set[x >> 6][kind] |= 1ull << (x & 63);
}

/* The last token of the set `kind` in [lo, x], or -1.  Its word's bits up
** to x are shifted to the top, so that the count of leading zeros is the
** distance back from x; the words before it are only read when a window
** is longer than 64 tokens. */
int fx_last_in_words(const struct attrib_index *ix, int kind, int lo, int w);
static inline int last_in(const struct attrib_index *ix, int kind, int lo,
                          int x)
{
    if (x < lo)
        return -1;
    uint64_t m = ix->set[x >> 6][kind] << (63 - (x & 63));
    if (!m)
        return x >= 64 ? fx_last_in_words(ix, kind, lo, (x >> 6) - 1) : -1;
    int y = x - __builtin_clzll(m);
    return y >= lo ? y : -1;
}

/* The first token of the set `kind` in [lo, x], or -1 (the same, from
** the other end). */
int fx_first_in_words(const struct attrib_index *ix, int kind, int w, int x);
static inline int first_in(const struct attrib_index *ix, int kind, int lo,
                           int x)
{
    if (x < lo)
        return -1;
    uint64_t m = ix->set[lo >> 6][kind] >> (lo & 63);
    if (!m)
        return (lo >> 6) < (x >> 6)
                   ? fx_first_in_words(ix, kind, (lo >> 6) + 1, x)
                   : -1;
    int y = lo + __builtin_ctzll(m);
    return y <= x ? y : -1;
}

/* ---- role (attrib_role.c) ---------------------------------------------- */

/* Mark the target cues and clause starts of the window once, for the
** look-backs of all its figures.  Returns which of WF_PROJECT (a word
** before the last figure) and WF_FORECAST (a word anywhere) the window
** may hold: without one, fx_projected or fx_forecast is false for all
** its figures.  And MARKED_TARGET when it marked a target cue: without
** one, fx_target_before is false for all.  Notes the window's index
** (struct attrib_index) on the way. */
#define MARKED_TARGET (1u << 31) /* no WF_* flag */
unsigned fx_mark_cues(struct scanner *sc, struct attrib_index *ix);
/* The role from cue words, ignoring targets; *cued says a cue decided. */
int fx_find_kind_role(const struct scanner *sc, const struct cand *c,
                      int prev_end, int next_start, bool *cued);
/* "is projected at", "budgeted at": a budget's projection. */
bool fx_projected(const struct scanner *sc, const struct cand *c);
/* A Chinese target cue before the figure: 有望, 力争, 预计, 目标. */
bool fx_cjk_target(const struct scanner *sc, const struct cand *c);
/* A target cue back to the start of the figure's clause. */
bool fx_target_before(const struct scanner *sc, const struct attrib_index *ix,
                      const struct cand *c);
/* A modal right after the figure's noun phrase: "80% of all adults
** should have ...", "10,000 edge nodes should be deployed".  The
** look-ahead says yes only at a word or cue the index notes (IX_AFTER):
** most figures have none ahead and are answered here, inline, without a
** call. */
bool fx_target_after_words(const struct scanner *sc, const struct cand *c,
                           int next_start);
static inline bool fx_target_after(const struct scanner *sc,
                                   const struct attrib_index *ix,
                                   const struct cand *c, int next_start)
{
    int e = c->t1 + c->post;
    if (fx_aword(sc, e, AW_TARGET) || fx_aword(sc, e, AW_GOAL))
        return true; /* "below the long-standing 3% target" */
    int ahead = next_start < e + 10 ? next_start : e + 10;
    if (last_in(ix, IX_AFTER, e, (ahead < sc->n ? ahead : sc->n) - 1) < 0)
        return false;
    return fx_target_after_words(sc, c, next_start);
}
/* What others expected the figure to be: "vs -1.1% forecast". */
bool fx_forecast(const struct scanner *sc, const struct cand *c,
                 int next_start);

/* fx_is_base and fx_denominator look only at the word right before the
** figure; inline (once a figure, in fx_attribute) they cost less than
** their calls. */

/* The base of a comparison: "from 183", "compared with 58.9%", "against
** 54% today", "than 3 billion", "last year's 213.5 billion yuan". */
static inline bool fx_is_base(const struct scanner *sc, const struct cand *c)
{
    int p = c->qs - 1;
    /* every test is of a word at p: one test of its bounds and kind */
    if (p < 0 || sc->tok[p].kind != TK_WORD)
        return false;
    const struct token *t = &sc->tok[p];
    if (word_flags(t->lex) & WF_BASE)
        return true;
    if ((t->lex == KW.with_ || t->lex == KW.to) &&
        is_lex(sc, p - 1, KW.compared))
        return true;
    /* "over last year's 213.5 billion yuan" */
    return t->lex == KW.year && (t->flags & TF_POSS) &&
           is_lex(sc, p - 1, KW.last);
}

/* "14 of its 31 stores": the whole the first is part of. */
static inline bool fx_denominator(const struct scanner *sc,
                                  const struct cand *c)
{
    int p = c->qs - 1;
    /* two words and a number before the figure: one test of the bounds */
    if (p < 2 || sc->tok[p].kind != TK_WORD)
        return false;
    uint16_t w = sc->tok[p].lex;
    return (w == KW.its || w == KW.their || w == KW.the) &&
           is_lex(sc, p - 1, KW.of) &&
           (sc->tok[p - 2].kind == TK_NUM || is_word(sc, p - 2, LX_NUMWORD));
}

/* ---- period (attrib_period.c) ------------------------------------------ */

/* The token of the time cue that dates figure c, or -1. */
int fx_find_period_cue(const struct scanner *sc, const struct attrib_index *ix,
                       const struct cand *c, int next_start, int after_next);
/* The year of a month (1-12) named without one. */
int fx_month_cue_year(const struct scanner *sc, int m, bool past);
/* The year the cue at x gives figure ci: a year's own ("in 2023", most
** cues) inline, the others by fx_resolve_cue_other. */
int fx_resolve_cue_other(const struct scanner *sc, int ci, int x);
static inline int fx_resolve_cue(const struct scanner *sc, int ci, int x)
{
    if (sc->cue_kind[x] == TC_YEAR)
        return sc->cue_year[x];
    return fx_resolve_cue_other(sc, ci, x);
}
/* Does the year fx_resolve_cue gives depend on the figure's tense?  Only
** for a month named without its year that is later in the year than the
** article's: "sales in December" in a June article are last year's if
** the statement is in the past. */
static inline bool fx_cue_tensed(const struct scanner *sc, int x)
{
    int k = sc->cue_kind[x];
    if (!sc->month || (k != TC_MONTH && k != TC_REL))
        return false;
    if (k == TC_MONTH)
        return sc->cue_year[x] > sc->month; /* (the month: cue_year) */
    return is_word(sc, x, LX_MONTH) && tlex(sc, x)->val > sc->month;
}
/* TENSE_* of the statement figure c is in. */
int fx_find_tense(const struct scanner *sc, const struct cand *c,
                  int next_start);
/* A figure's tense that only fx_fallback_period may need: fx_find_tense
** is asked there when the answer depends on it, else not at all (and
** c->tense stays so; end_window asks the rest in a headline). */
enum { TENSE_UNASKED = TENSE_PAST + 1 };
/* The period of figure c (sc->cand[ci]) no cue dates; asks its tense if
** TENSE_UNASKED and the period depends on it (next_start: where the next
** figure starts, for fx_find_tense). */
int fx_fallback_period(const struct scanner *sc, struct cand *c, int ci,
                       int next_start);

/* ---- subject (attrib_subject.c) ---------------------------------------- */

/* What figures about no particular place or organisation point to. */
extern const struct gazetteer_entry fx_no_subject;
/* The subject named in the sentence for figure c, fx_no_subject, or
** NULL when the sentence names none. */
const struct gazetteer_entry *fx_find_subject(const struct scanner *sc,
                                              const struct attrib_index *ix,
                                              const struct cand *c);

/* ---- metric (attrib_metric.c) ------------------------------------------ */

/* The metric tokens of figure c (c->metric0, c->metric1). */
void fx_find_metric(const struct scanner *sc, struct cand *c);
/* A metric that only says "growth" or "year-on-year increase". */
bool fx_generic_metric(const struct scanner *sc, const struct cand *c);
/* ... and says nothing else: "increase", "average annual growth rate". */
bool fx_empty_metric(const struct scanner *sc, const struct cand *c);

#endif
