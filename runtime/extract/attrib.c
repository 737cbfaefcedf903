/*
** attrib.c: what each figure of a sentence is about (see scan.h).
**
**   role     cue words in the figure's own stretch of the clause: looking
**            back to the previous figure or a comma ("up", "an increase
**            of", "accounting for"), then a few words ahead ("81.8 percent
**            year-on-year", "17 percent of"); a target cue ("expected
**            to", "will", "by 2022" for a future year) anywhere in the
**            stretch wins.  "to"/"from" right before the number make it
**            an end point of a change, hence a level.
**   period   the nearest time cue after the figure (up to the next figure
**            or a clause break: "X in 2014 to Y in 2018"), else the
**            nearest before it in the sentence; "since 2014" never counts.
**   subject  the nearest gazetteer mention before the figure, else after.
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

static int find_role(const struct scanner *sc, const struct cand *c,
                     int prev_end, int next_start)
{
    bool target = false, by = false;
    int back = -1;
    for (int x = c->qs - 1; x >= prev_end && x >= c->qs - TARGET_BACK; x--) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && (t->hash == ';' || t->hash == ':'))
            break;
        if (sc->cue_kind[x] == TC_BYFUTURE || is_word(sc, x, LX_TARGET) ||
            phrase_at(sc, x, PH_TARGET))
            target = true;
        if (back != -1 || x < c->qs - ROLE_BACK)
            continue;
        if (t->kind == TK_PUNCT && t->hash == ',') {
            back = -2; /* the figure's stretch ends at a comma */
            continue;
        }
        if (x == c->qs - 1 && is_lex(sc, x, KW.by)) {
            by = true; /* "cut the ratio by 50 bp": the verb decides */
            continue;
        }
        if (x == c->qs - 1 && (is_lex(sc, x, KW.to) || is_lex(sc, x, KW.from)))
            back = ROLE_LEVEL; /* the end point of a change */
        else if (change_cue(sc, x, false))
            back = ROLE_CHANGE;
        else if (x >= c->qs - 4 && change_cue(sc, x, true))
            back = ROLE_LEVEL; /* "compared with 3,800 yuan": the base */
        else if (!by && (is_word(sc, x, LX_SHARE) ||
                         (phrase_at(sc, x, PH_SHARE) &&
                          (!is_lex(sc, x, KW.of) || x >= c->qs - 6))))
            back = ROLE_SHARE; /* "of which" only close to the figure */
    }
    if (target)
        return ROLE_TARGET;
    if (back == ROLE_CHANGE || back == ROLE_SHARE)
        return back;
    int x = c->t1 + c->post;
    if (lex_units[c->unit].kind == UK_PERCENT && is_lex(sc, x, KW.of))
        return ROLE_SHARE;
    /* right after the figure: "7 percent year-on-year", "6% higher" */
    for (; x < next_start && x < c->t1 + c->post + 4; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT && t->hash != '-')
            break;
        if (is_word(sc, x, LX_STOP) && !is_lex(sc, x, KW.more) &&
            !is_lex(sc, x, KW.up) && !is_lex(sc, x, KW.down) &&
            !phrase_at(sc, x, PH_CHANGE))
            break;
        if (change_cue(sc, x, true) || is_lex(sc, x, KW.more))
            return ROLE_CHANGE;
    }
    return ROLE_LEVEL;
}

static bool period_cue(const struct scanner *sc, int x)
{
    int k = sc->cue_kind[x];
    return k == TC_YEAR || k == TC_REL || k == TC_NOW || k == TC_BYFUTURE;
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

static int find_period(const struct scanner *sc, const struct cand *c,
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
        if (t->kind == TK_PUNCT && t->hash == ',' &&
            (is_lex(sc, x + 1, KW.and_) || is_lex(sc, x + 1, KW.but) ||
             is_lex(sc, x + 1, KW.which) || is_lex(sc, x + 1, KW.while_)))
            break;
        if (is_lex(sc, x, KW.said) || is_lex(sc, x, KW.says) ||
            is_lex(sc, x, KW.according))
            break; /* another clause */
        if (period_cue(sc, x))
            return sc->cue_year[x];
    }
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - PERIOD_BACK; x--)
        if (period_cue(sc, x))
            return sc->cue_year[x];
    return 0;
}

static const struct gazetteer_entry *find_subject(const struct scanner *sc,
                                                  const struct cand *c)
{
    for (int x = c->qs - 1; x >= 0 && x >= c->qs - SUBJECT_BACK; x--)
        if (sc->mention[x])
            return sc->mention[x];
    for (int x = c->t1; x < sc->n && x < c->t1 + SUBJECT_AHEAD; x++)
        if (sc->mention[x] && sc->mention[x]->kind != GK_ORGANISATION)
            return sc->mention[x]; /* not "..., the bureau said" */
    return NULL;
}

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
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->pair >= 0 && c->pair < ci)
            continue; /* the second of a pair: copied below */
        int prev_end = ci > 0 ? sc->cand[ci - 1].t1 : 0;
        /* where the next figures (not this one's pair) start */
        int next_start = sc->n, after_next = sc->n, seen = 0;
        for (int k = ci + 1; k < sc->n_cand && seen < 2; k++) {
            if (k == c->pair ||
                (seen == 1 && sc->cand[k].pair >= 0 && sc->cand[k].pair < k))
                continue;
            if (seen++ == 0)
                next_start = sc->cand[k].qs;
            else
                after_next = sc->cand[k].qs;
        }
        c->role = (uint8_t)find_role(sc, c, prev_end, next_start);
        /* "an increase of $10 million, or 21 percent": the same claim */
        if (ci > 0 && is_lex(sc, c->qs - 1, KW.or_) &&
            is_punct(sc, c->qs - 2, ',') && sc->cand[ci - 1].t1 == c->qs - 2)
            c->role = sc->cand[ci - 1].role;
        c->period = find_period(sc, c, next_start, after_next);
        c->subject = find_subject(sc, c);
        find_metric(sc, c);
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
}
