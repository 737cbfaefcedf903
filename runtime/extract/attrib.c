/*
** attrib.c: what each figure of a sentence is about (see scan.h).
**
** fx_attribute gives every candidate of the window its role, period,
** subject and metric.  Each of those has its own file (attrib.h):
**
**   role     attrib_role.c     cue words: change, share, target, base;
**   period   attrib_period.c   time cues, years, tense, fallbacks;
**   subject  attrib_subject.c  the nearest mention, appositions, owners;
**   metric   attrib_metric.c   the noun phrase the figure measures.
**
** This file owns what needs more than one figure or more than one
** window: a base takes the kind of what it is compared with ("compared
** with 58.9%" after a margin of 61.5% is a share); a figure listed after
** another ("up 59% and 45% respectively", "Google Pay at 36%") is what
** that one is; "a year earlier" is the year before the figure compared;
** a change with no metric of its own takes the level's; the second of a
** pair copies the first.  And, after the window, what it tells the
** article: the headline's period and subject, the lead's year, the period
** and subject the paragraph goes on about (struct attrib_ctx, with
** attrib_ctx.c).
**
** Every scan is bounded by a constant number of tokens.  Before the
** figures, one pass marks the window's cues and notes where its period
** cues, mentions and clause marks are (struct attrib_index), so a
** figure's look-back that can only end at one of them jumps between them.
*/
#include "attrib.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define HEAD_WINDOWS 6

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
        if (t->kind == TK_PUNCT && (t->hash == '|' || t->hash == '>' ||
                                    t->hash == '[' || t->hash == ']'))
            return false; /* a menu, or a form: "Search by code: [ ] Go" */
        if (t->kind != TK_WORD)
            continue;
        words++;
        if (!(t->flags & (TF_CAP | TF_ALLCAP)))
            lower++;
    }
    return words >= 4 && lower >= 2;
}

/* "Rheinchem to cut 2,600 jobs": in a headline, "to" and a verb before
** the figure announce a plan.  Right before it any verb the lexicon does
** not know will do: "Wuzhen summit to draw 1,500 guests" (not "to China
** 1,500", nor "to May"). */
static bool headline_plan(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->qs - 1; x >= 1 && x >= c->qs - 3; x--)
        if (is_lex(sc, x - 1, KW.to) && sc->tok[x].kind == TK_WORD &&
            ((sc->tok[x].cls & (LX_CHANGE | LX_VERB | LX_REACH)) ||
             (x == c->qs - 1 && !sc->tok[x].lex && !sc->mention[x] &&
              !(sc->mark[x] & M_MENTION))) &&
            x - 1 > 0 && sc->tok[x - 2].kind == TK_WORD)
            return true;
    return false;
}

/* "2024-25" at x, a fiscal year named by the two calendar years it spans:
** the year it ends, else 0. */
static int fiscal_span(const struct scanner *sc, int x)
{
    /* "Budget 2024-25" is marked as a name, still a year */
    if (x + 2 >= sc->n || !(sc->mark[x] & (M_YEAR | M_IDENT)) ||
        sc->tok[x].kind != TK_NUM || sc->tok[x].ndigits != 4 ||
        !is_punct(sc, x + 1, '-') || !glued(sc, x + 1) || !glued(sc, x + 2) ||
        sc->tok[x + 2].kind != TK_NUM || sc->tok[x + 2].ndigits != 2)
        return 0;
    long y = fx_plain_int(&sc->tok[x]), end = fx_plain_int(&sc->tok[x + 2]);
    return y > 0 && end == (y + 1) % 100 ? (int)(y + 1) : 0;
}

/* The future year a window names ("by 2027"), or 0. */
static int future_year(const struct scanner *sc)
{
    for (int x = 0; x < sc->n; x++) {
        int k = sc->cue_kind[x], y = sc->cue_year[x];
        if (y && (k == TC_BYFUTURE ||
                  ((k == TC_YEAR || k == TC_REL) && sc->year && y > sc->year)))
            return y;
    }
    return 0;
}

/* Does the window name a figure or a time? */
static bool window_says(const struct scanner *sc)
{
    if (sc->n_cand)
        return true;
    for (int x = 0; x < sc->n; x++)
        if (sc->cue_kind[x])
            return true;
    return false;
}

static void end_window(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    bool was_head = cx->in_head;
    if (cx->head_late && cx->windows < HEAD_WINDOWS && headline_like(sc) &&
        !cx->head_target) /* "Ministry of ... of China" above "MIIT
                             targets 300 EFLOPS ... by 2027" */
        cx->head_target = future_year(sc);
    cx->head_late = false;
    if (cx->in_head && headline_like(sc)) {
        cx->in_head = false;
        cx->head_late = !window_says(sc);
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
            int fy = fiscal_span(sc, x);
            if (fy && sc->year && fy == sc->year + 1 && !cx->head_year)
                cx->head_year = fy; /* "Budget 2024-25": the year budgeted */
            if (!k && fy)
                k = TC_YEAR, y = fy;
            if (k == TC_MONTH)
                y = fx_month_cue_year(sc, y, true), k = TC_REL;
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
            if (c->anchored && !c->table_year && !c->base && !c->prev_year &&
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
    for (int ci = sc->n_cand - 1; ci >= 0 && !subject; ci--) {
        const struct cand *c = &sc->cand[ci];
        if (c->own_subject && !c->base)
            subject = c->subject; /* the last figure's own */
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
        if (!k)
            continue; /* most tokens */
        if (k == TC_MONTH)
            y = fx_month_cue_year(sc, y, true), k = TC_REL;
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
    /* (no mention past the window's end: MARK_ROOM has room for three;
    ** most windows have none there, which one test of the three says) */
    const struct gazetteer_entry *const *opening = &sc->mention[cx->dateline];
    if (!subject &&
        ((uintptr_t)opening[0] | (uintptr_t)opening[1] | (uintptr_t)opening[2]))
        for (int x = cx->dateline; x < cx->dateline + 3 && !subject; x++)
            if (sc->mention[x] && !(sc->mark[x] & M_ATTR))
                subject = sc->mention[x]; /* "The town also wants ..." */
    if (year)
        cx->para_year = year;
    if (subject)
        cx->para_subject = subject;
}

/* Does a time phrase follow the base c: "from 4.9 percent in the third
** quarter" (the quarter before, not the year)? */
static bool base_dated(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->t1 + c->post; x < sc->n && x < c->t1 + c->post + 6; x++) {
        if (sc->tok[x].kind == TK_PUNCT)
            return false;
        if (sc->cue_kind[x] || is_word(sc, x, LX_MONTH | LX_TIMEADJ) ||
            fx_aword(sc, x, AW_QUARTER) || fx_aword(sc, x, AW_HALF))
            return true;
    }
    return false;
}

/* Does the sentence compare with a year before: "year over year",
** "year-on-year", "a year earlier"? */
static bool year_on_year(const struct scanner *sc)
{
    for (int x = 1; x < sc->n; x++) {
        if (!is_lex(sc, x, KW.year))
            continue;
        if (is_lex(sc, x - 1, KW.a) &&
            (is_lex(sc, x + 1, KW.earlier) || is_lex(sc, x + 1, KW.ago)))
            return true;
        for (int y = x + 1; y < sc->n && y <= x + 4; y++) {
            if (is_lex(sc, y, KW.year))
                return true;
            if (!is_lex(sc, y, KW.over) && !is_lex(sc, y, KW.on) &&
                !is_punct(sc, y, '-'))
                break;
        }
    }
    return false;
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

/* "grew by 4.9% (2Q 2026: 4.5%)", "followed by Cataluña (14.6%) and
** Andalucía (12.9%)": a figure in brackets opened after one of its unit,
** with no cue of its own, is the same measure at another time or place;
** *aim when the brackets label it a target, forecast or poll. */
static bool bracketed_after(const struct scanner *sc, const struct cand *p,
                            const struct cand *c, bool *aim)
{
    *aim = false;
    if (p->unit != c->unit || !is_punct(sc, c->t1 + c->post, ')') ||
        is_punct(sc, c->t0, 0xB1) || is_punct(sc, c->qs - 1, 0xB1))
        return false; /* "(±0.7%)": a margin of error, a level */
    static const char *const labels[] = {"target", "forecast", "poll",
                                         "consensus", "estimate", "expected",
                                         "projection", "goal", NULL};
    int open = -1;
    for (int x = p->t1 + p->post; x < c->qs; x++) {
        if (is_punct(sc, x, '('))
            open = x;
        else if (is_punct(sc, x, ')'))
            open = -1;
        else if (is_punct(sc, x, ';') || is_punct(sc, x, '.'))
            return false;
        else if (open >= 0 && sc->tok[x].kind == TK_WORD)
            for (const char *const *l = labels; *l; l++)
                if (word_is_ci(sc, x, *l))
                    *aim = true; /* "(target: 2%)", "(Reuters poll: 4.6%)":
                                 ** what is aimed at or expected */
    }
    return open >= 0;
}

/* "up 59% and 45% respectively", "47% of volumes, followed by Google Pay
** at 36%", "分别增长59%和45%": nothing but names and small words between
** the two; *own_clause when Chinese words stand between, which carry the
** kind but not a target. */
static bool listed_after(const struct scanner *sc, const struct cand *p,
                         const struct cand *c, bool *own_clause)
{
    int a = p->t1 + p->post;
    *own_clause = false;
    if (lex_units[p->unit].kind != lex_units[c->unit].kind || c->qs - a > 10 ||
        c->qs < a)
        return false;
    if ((sc->window & W_CELLS) && c->qs > 0 && fx_cell_gap(sc, c->qs) &&
        fx_table_change(sc, p->t0) != fx_table_change(sc, c->t0))
        return false; /* the next cell of a row, under another kind of
                         column: "Year-on-year change", then "Share" */
    for (int x = a; x < c->qs; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash != ',')
            return false;
        /* in Chinese, other words than names and "and" make a clause of
        ** its own, which says no more than its kind: "全年目标是增长5%，
        ** 前三季度完成4.8%" ("achieved 4.8%" growth, no target) */
        if (t->kind == TK_CJK && !(sc->mark[x] & M_MENTION) &&
            t->hash != 0x548C && t->hash != 0x53CA && t->hash != 0x4E0E &&
            t->hash != 0x3001) /* 和 及 与 、 */
            *own_clause = true;
        if (t->kind == TK_WORD &&
            ((t->cls & (LX_VERB | LX_CHANGE | LX_REACH | LX_TARGET)) ||
             t->lex == KW.is || t->lex == KW.are || t->lex == KW.was ||
             t->lex == KW.were || t->lex == KW.has || t->lex == KW.have ||
             t->lex == KW.had || t->lex == KW.but || t->lex == KW.while_))
            return false;
    }
    return true;
}

/* last_in in the words w, w - 1, ... of a set. */
int fx_last_in_words(const struct attrib_index *ix, int kind, int lo, int w)
{
    for (; w >= 0 && w >= lo >> 6; w--)
        if (ix->set[w][kind])
            return last_in(ix, kind, lo, w * 64 + 63);
    return -1;
}

/* first_in in the words w, w + 1, ... of a set. */
int fx_first_in_words(const struct attrib_index *ix, int kind, int w, int x)
{
    for (; w <= x >> 6; w++)
        if (ix->set[w][kind])
            return first_in(ix, kind, w * 64, x);
    return -1;
}

/* Note token x's period cue and mention in the window's index. */
static inline void note_token(const struct scanner *sc,
                              struct attrib_index *ix, int x)
{
    if (period_cue(sc, x)) {
        index_note(ix, IX_CUE, x);
        if (sc->cue_kind[x] == TC_BYFUTURE)
            index_note(ix, IX_AFTER, x);
    }
    if ((sc->mark[x] & M_MENTION) || sc->mention[x]) {
        index_note(ix, IX_MENTION, x);
        if (sc->mention[x] && !(sc->mark[x] & M_ATTR))
            index_note(ix, IX_SUBJECT, x);
    }
}

#ifdef __SSE2__
/* Note the window's period cues, "by 2025" cues and mentions in its index,
** after fx_mark_cues.  Sixteen tokens at a time: their marks (one vector)
** and cues (two) give a bit a token with M_MENTION or a cue, and only
** those tokens are looked at one by one.  A mention without M_MENTION (the
** context pass's "the city", rare_word's "the conference") is at a word
** of LX_KIND or a rare word: fx_mark_cues notes those.  The last sixteen
** may reach past the window's end: the marks and cues are 0 there
** (MARK_ROOM has room for them), so no token past it is noted. */
void fx_index_window(const struct scanner *sc, struct attrib_index *ix)
{
    _Static_assert(MARK_ROOM >= (SENT_MAX + 1 + 15) / 16 * 16,
                   "sixteen marks from the last");
    _Static_assert(M_MENTION == 1 << 3, "the shift below moves bit 3 up");
    const __m128i zero = _mm_setzero_si128();
    for (int x = 0; x < sc->n; x += 16) {
        __m128i marks = _mm_loadu_si128((const __m128i *)&sc->mark[x]);
        __m128i cues0 = _mm_loadu_si128((const __m128i *)&sc->cue_kind[x]);
        __m128i cues1 =
            _mm_loadu_si128((const __m128i *)&sc->cue_kind[x + 8]);
        /* bit 3 of each byte to its top, which movemask gathers */
        unsigned some = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(marks, 4));
        /* the cues that are 0, as bytes of -1 (packs keeps them -1) */
        __m128i none = _mm_packs_epi16(_mm_cmpeq_epi16(cues0, zero),
                                       _mm_cmpeq_epi16(cues1, zero));
        some |= ~(unsigned)_mm_movemask_epi8(none) & 0xFFFF;
        for (; some; some &= some - 1)
            note_token(sc, ix, x + __builtin_ctz(some));
    }
}
#else
/* Tokens' marks and cues as bits, without a branch: bit k of
** byte_lanes(v) is byte k of v (each 0 or 1: the multiplication moves
** byte k's bit to bit 56 + k); bit k of nonzero_lanes(v) says whether
** 16-bit lane k of v (of four) is not 0 (adding 0x7FFF to the lane's low
** 15 bits carries into its top bit unless they are 0). */
#define BYTE_ONES 0x0101010101010101u
#define LANE_ONES 0x0001000100010001u
static inline unsigned byte_lanes(uint64_t v)
{
    return (unsigned)((v * 0x0102040810204080u) >> 56);
}
static inline unsigned nonzero_lanes(uint64_t v)
{
    uint64_t top = (((v & 0x7FFF * LANE_ONES) + 0x7FFF * LANE_ONES) | v) &
                   0x8000 * LANE_ONES;
    return (unsigned)(((top >> 15) * 0x0001000200040008u) >> 48) & 15;
}

/* Note the window's period cues, "by 2025" cues and mentions in its index,
** after fx_mark_cues.  Eight tokens at a time: their cues and marks are
** read as two and one 64-bit words, and only the tokens with a cue or
** M_MENTION are looked at one by one.  A mention without M_MENTION (the
** context pass's "the city", rare_word's "the conference") is at a word
** of LX_KIND or a rare word: fx_mark_cues notes those.  The last eight may
** reach past the window's end: the marks and cues are 0 there (MARK_ROOM
** has room for them), so no token past it is noted. */
void fx_index_window(const struct scanner *sc, struct attrib_index *ix)
{
    _Static_assert(MARK_ROOM >= SENT_MAX + 8, "eight marks from the last");
    for (int x = 0; x < sc->n; x += 8) {
        uint64_t cues[2], marks;
        memcpy(cues, &sc->cue_kind[x], sizeof cues);
        memcpy(&marks, &sc->mark[x], sizeof marks);
        unsigned some = 0;
        if (marks & M_MENTION * BYTE_ONES)
            some = byte_lanes(marks / M_MENTION & BYTE_ONES);
        if (cues[0] | cues[1])
            some |= nonzero_lanes(cues[0]) | nonzero_lanes(cues[1]) << 4;
        for (; some; some &= some - 1)
            note_token(sc, ix, x + __builtin_ctz(some));
    }
}
#endif

void fx_attribute(struct scanner *sc)
{
    /* (asked for the figures only: end_window asks its own) */
    bool headline = sc->n_cand && sc->ctx.in_head && headline_like(sc);
    struct attrib_index ix;
    unsigned may_decide = 0; /* WF_PROJECT, WF_FORECAST, MARKED_TARGET:
                                fx_mark_cues */
    if (sc->ctx.n_alias) /* most texts define no short names */
        fx_ctx_short_names(sc);
    if (sc->n_cand > 0) {
        may_decide = fx_mark_cues(sc, &ix);
        fx_index_window(sc, &ix);
    }
    bool rows = (sc->window & W_CELLS) && sc->table.nrow >= 2; /* a table's */
    /* where the figures after each start, for the tenses asked late */
    int16_t next_of[sizeof sc->cand / sizeof sc->cand[0]];
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
        bool cued = true, cap_asked = false, cap_share = false;
        int kind = ROLE_LEVEL, cap_year = 0;
        c->base = fx_is_base(sc, c);
        if (c->base) { /* "compared with 58.9%" after a margin of 61.5%,
                          "down from 2.9%" after a rise of 2.4%: what
                          cue words say of it does not count */
            if (p && (p->kind_role == ROLE_SHARE ||
                      (p->kind_role == ROLE_CHANGE && percent_like(p) &&
                       percent_like(c))))
                kind = p->kind_role;
        } else {
            kind = fx_find_kind_role(sc, c, prev_end, next_start, &cued);
            if (!cued && kind == ROLE_LEVEL && percent_like(c) &&
                (is_punct(sc, c->t0, '+') || is_punct(sc, c->t0, '-')))
                kind = ROLE_CHANGE; /* "+0.5% y/y", "-6.5%": a signed rate */
            if (!cued && kind == ROLE_LEVEL && percent_like(c) &&
                fx_table_change(sc, c->t0))
                kind = ROLE_CHANGE; /* a cell under "y/y (%)" */
            else if (!cued && kind == ROLE_LEVEL && percent_like(c) &&
                     fx_table_share(sc, c->t0))
                kind = ROLE_SHARE; /* a cell under "Share", "% of total" */
            /* a row under a caption: "Digital economy as share of GDP,
            ** 2023" (asked only when the answer is used: the caption is
            ** read back from the text, thousands of instructions) */
            if (!cued && kind == ROLE_LEVEL && percent_like(c) && rows) {
                cap_year = fx_table_caption(sc, c->t0, &cap_share);
                cap_asked = true;
                if (cap_share)
                    kind = ROLE_SHARE;
            }
        }
        c->forecast = (may_decide & WF_FORECAST) &&
                      fx_forecast(sc, c, next_start);
        bool target =
            c->forecast ||
            (!c->base && !fx_denominator(sc, c) &&
             (((may_decide & MARKED_TARGET) && fx_target_before(sc, &ix, c)) ||
              fx_target_after(sc, &ix, c, next_start) ||
              ((may_decide & WF_PROJECT) && fx_projected(sc, c)) ||
              (headline && headline_plan(sc, c)) ||
              (c->qs > 0 && sc->tok[c->qs - 1].kind == TK_CJK &&
               fx_cjk_target(sc, c)) ||
              ((sc->window & W_CELLS) && sc->table.nyear &&
               fx_table_forecast(sc, c->t0))));
        /* "an increase of $10 million, or 21 percent": the same claim */
        if (p && or_restates(sc, p->t1 + p->post, c->qs) &&
            kind != ROLE_SHARE) {
            kind = p->kind_role;
            target = p->role == ROLE_TARGET;
            cued = true;
        }
        /* "grew by 4.9% (2Q 2026: 4.5%)": the same measure, in brackets;
        ** "eased to 2.1% (target: 2%)": the one aimed at */
        bool aim;
        if (!cued && !target && !c->base && p &&
            bracketed_after(sc, p, c, &aim)) {
            kind = aim ? ROLE_LEVEL : p->kind_role;
            target = aim || p->role == ROLE_TARGET;
            cued = true;
        }
        /* "up 59% and 45% respectively": listed after one of its kind */
        bool own_clause;
        if (!cued && !target && !c->base && p && p->kind_role != ROLE_LEVEL &&
            listed_after(sc, p, c, &own_clause)) {
            kind = p->kind_role;
            target = p->role == ROLE_TARGET && !own_clause;
        }
        if (kind == ROLE_SHARE && (lex_units[c->unit].kind == UK_CURRENCY ||
                                   (c->unit == U_COUNT && c->noun0 > 0)))
            kind = ROLE_LEVEL; /* money is never a share: "accounted for
                                  $16.6 billion of sales", "per share";
                                  nor are things counted: "accounted for
                                  48,902 arrivals" */
        if (c->unit == U_PP && kind == ROLE_LEVEL)
            kind = ROLE_CHANGE; /* points of percentage are a difference:
                                   "a contribution of 1.09 percentage
                                   points" */
        c->kind_role = (uint8_t)kind;
        c->role = (uint8_t)(target ? ROLE_TARGET : kind);
        int x = fx_find_period_cue(sc, &ix, c, next_start, after_next);
        /* a cell under a header naming its column's year */
        int ty = x < 0 && (sc->window & W_CELLS) ? fx_table_year(sc, c->t0)
                                                 : 0;
        /* only asked when no cue says the year, and never of a target
        ** (but a forecast): its period is the target's, whatever the
        ** tense (fx_fallback_period, fx_resolve_cue, end_window); with
        ** no cue at all, only if the fallback's period depends on it */
        c->tense = TENSE_UNKNOWN;
        next_of[ci] = (int16_t)next_start;
        if (!ty && (!target || c->forecast)) {
            if (x < 0)
                c->tense = TENSE_UNASKED;
            else if (fx_cue_tensed(sc, x))
                c->tense = (uint8_t)fx_find_tense(sc, c, next_start);
        }
        c->anchored = x >= 0 || ty;
        c->table_year = x < 0 && ty;
        c->prev_year = x >= 0 && sc->cue_kind[x] == TC_PREV;
        c->period = x >= 0 ? fx_resolve_cue(sc, ci, x) : ty;
        if (x < 0 && !ty && rows && !cap_asked)
            cap_year = fx_table_caption(sc, c->t0, &cap_share);
        if (x < 0 && !ty && cap_year) {
            c->period = cap_year;
            c->anchored = c->table_year = true;
        }
        c->subject = fx_find_subject(sc, &ix, c);
        c->own_subject = c->subject != NULL && c->subject != &fx_no_subject;
        if (!c->subject)
            c->subject = sc->ctx.para_subject;
        fx_find_metric(sc, c);
    }
    /* periods no cue in the clause gives */
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->pair >= 0 && c->pair < ci)
            continue;
        if (c->prev_year) { /* "from 271,000 a year earlier" */
            int k = prev_figure(sc, ci);
            const struct cand *p = k >= 0 ? &sc->cand[k] : NULL;
            if (p && p->prev_year && or_restates(sc, p->t1 + p->post, c->qs)) {
                c->period = p->period; /* "$15.2 million, or $0.24 ..., in
                                          the prior-year period" */
                continue;
            }
            int ref = k >= 0 && sc->cand[k].period
                          ? sc->cand[k].period
                          : fx_fallback_period(sc, c, ci, next_of[ci]);
            c->period = ref ? ref - 1 : 0;
        } else if (!c->anchored) {
            c->period = fx_fallback_period(sc, c, ci, next_of[ci]);
            /* "margin was 9.5%, compared with 8.5%" in a sentence
            ** comparing year on year: the base is the year before the
            ** figure compared */
            int k = c->base && c->role != ROLE_TARGET ? prev_figure(sc, ci)
                                                      : -1;
            if (k >= 0 && sc->cand[k].period && !sc->cand[k].base &&
                sc->cand[k].role != ROLE_TARGET && !base_dated(sc, c) &&
                year_on_year(sc))
                c->period = sc->cand[k].period - 1;
        }
    }
    /* changes without a metric of their own take the level's */
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->role != ROLE_CHANGE || (c->pair >= 0 && c->pair < ci) ||
            !fx_generic_metric(sc, c))
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
        if (k < 0 && c->metric0 >= 0 && fx_empty_metric(sc, c))
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
    /* a headline's undated figures are the lead's if not in the past
    ** (end_window, which asks this of the first 32): their tenses */
    for (int ci = 0; headline && ci < sc->n_cand && ci < 32; ci++)
        if (sc->cand[ci].tense == TENSE_UNASKED)
            sc->cand[ci].tense =
                (uint8_t)fx_find_tense(sc, &sc->cand[ci], next_of[ci]);
    end_window(sc);
}
