/*
** attrib_metric.c: the metric of a figure, the noun phrase it measures.
**
** "N of X" reads X back from "of"; "X reached N" skips the verb (and a
** place after "in") and reads X back; "N percent of X" reads X forward.
** A change with no metric of its own ("up 51.4 percent") takes the
** metric of the level before it: that sharing between figures is done in
** attrib.c with fx_generic_metric and fx_empty_metric.
**
** Its own file because reading noun phrases is a grammar of its own; a
** metric is at most METRIC_WORDS words, found within a bounded look.
*/
#include <string.h>

#include "attrib.h"

#define METRIC_WORDS 5

/* A word that can be part of a metric.  Inline in the look-backs that ask
** it of every word they pass. */
static inline __attribute__((always_inline)) bool
metric_word(const struct scanner *sc, int x)
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
    return x >= 0 && x < sc->n && sc->tok[x].kind == TK_WORD &&
           (word_flags(sc->tok[x].lex) & WF_PREP);
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
        /* what the tests below ask of token x, read once (x < sc->n) */
        const struct token *t = &sc->tok[x];
        bool word = t->kind == TK_WORD, poss = t->flags & TF_POSS;
        bool det = word && (t->cls & LX_DET);
        bool metric = metric_word(sc, x);
        /* before the first word all these fail */
        if (last >= 0 && !crossed) {
            if (skips < 2 &&
                (det || (word && (word_flags(t->lex) & WF_PREP)))) {
                int p = det ? x - 1 : x;
                if (pp_start(sc, p) && p > 0) {
                    x = p - 1; /* the phrase so far was a place or a time */
                    words = 0;
                    first = last = -1;
                    skips++;
                    continue;
                }
            }
            if (word && t->lex == KW.of && words < max - 1 && x > 0 &&
                metric_word(sc, x - 1) && !(sc->tok[x - 1].flags & TF_POSS)) {
                crossed = true; /* "annual trips of visitors" */
                words++;
                x--;
                continue;
            }
            if (det && is_lex(sc, x - 1, KW.of) && x > 1 &&
                metric_word(sc, x - 2) && words < max - 2 &&
                !(sc->tok[x - 2].flags & TF_POSS)) {
                crossed = true; /* "price of a home" */
                words += 2;
                x -= 2;
                continue;
            }
            if (skips < 2 && !metric && !poss) {
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
        }
        if (!metric || poss)
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
bool fx_generic_metric(const struct scanner *sc, const struct cand *c)
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
    if (c->kind_role == ROLE_SHARE && is_lex(sc, c->t1, KW.of) &&
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
        unsigned flags = word_flags(t->lex);
        if ((t->cls & (LX_REACH | LX_CHANGE | LX_TARGET)) ||
            phrase_at(sc, x, PH_REACH) || (flags & WF_BE)) {
            verbs++;
            continue;
        }
        if (x > 0 && (phrase_at(sc, x - 1, PH_SHARE) ||
                      phrase_at(sc, x - 1, PH_REACH))) {
            verbs++; /* "accounted for", "stood at" */
            x--;
            continue;
        }
        if ((flags & WF_AUX) ||
            (n > 4 && sc->text[t->end - 2] == 'l' &&
             sc->text[t->end - 1] == 'y'))
            continue;
        break;
    }
    if (verbs)
        phrase_back(sc, x, METRIC_WORDS, &c->metric0, &c->metric1);
}

void fx_find_metric(const struct scanner *sc, struct cand *c)
{
    metric_before(sc, c);
    /* "a growth of 7.2 percent in its GDP" (the role first: most
    ** figures are not changes, and it is the cheapest test) */
    if (c->role == ROLE_CHANGE &&
        (c->metric0 < 0 || fx_generic_metric(sc, c)) &&
        is_lex(sc, c->t1 + c->post, KW.in))
        phrase_ahead(sc, c->t1 + c->post + 1, &c->metric0, &c->metric1);
}

/* ... and says nothing else: "increase", "average annual growth rate". */
bool fx_empty_metric(const struct scanner *sc, const struct cand *c)
{
    for (int x = c->metric0; x < c->metric1; x++)
        if (sc->tok[x].kind == TK_WORD && !is_word(sc, x, LX_CHANGE) &&
            !is_lex(sc, x, KW.rate) && !is_lex(sc, x, KW.annual) &&
            !is_lex(sc, x, KW.average) && !is_lex(sc, x, KW.year) &&
            !is_lex(sc, x, KW.on) && !is_lex(sc, x, KW.yearly))
            return false;
    return true;
}
