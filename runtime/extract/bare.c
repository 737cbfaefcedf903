/*
** bare.c: bare counts.
**
** A number with no unit or noun is a count when the things it counts are
** named elsewhere and the words around it point back to them: "260 of
** them", "Of those, 242,800 were shipped", "three more than in 2023",
** "29.3 for every 10,000 residents", "fell by about 70,000", "bringing
** the total to 6,320", "from two people to 18", "254,000 and 219,000,
** respectively".  Everything here looks a few tokens either side.
*/
#include "find.h"

/* Large enough that a bare change is a count, not points or percent
** ("payrolls rose by 150,000", not "the index rose by 5"). */
static bool large(const struct core *c)
{
    return !c->spelled && fx_make_value(c->mant, c->exp) >= 1000;
}

/* "of them", "of those", "of which": the things named before */
static bool of_them(const struct scanner *sc, int k)
{
    return is_lex(sc, k, KW.of) &&
           (word_is(sc, k + 1, "them") || word_is(sc, k + 1, "those") ||
            word_is(sc, k + 1, "these") || is_lex(sc, k + 1, KW.which) ||
            word_is(sc, k + 1, "whom"));
}

/* "254,000 and 219,000, respectively": either number */
static bool respectively(const struct scanner *sc, int k)
{
    int j = k;
    if (is_lex(sc, j, KW.and_) && free_num(sc, j + 1))
        j += 2;
    if (is_punct(sc, j, ','))
        j++;
    return j > k && word_is(sc, j, "respectively");
}

/* "Of those, 242,800 were", "Of the 34 models, 21 are": the sentence opens
** with "Of" and the number follows its first comma. */
static bool of_opening(const struct scanner *sc, int q)
{
    int s = 0; /* past a list's bullet: "• Of the 38 provinces, 37 ..." */
    while (s < q && (sc->tok[s].kind == TK_SYM ||
                     (sc->tok[s].kind == TK_PUNCT && sc->tok[s].hash != ',')))
        s++;
    if (!word_is(sc, s, "Of") || !is_punct(sc, q - 1, ','))
        return false;
    for (int j = s + 1; j < q - 1; j++)
        if (sc->tok[j].kind == TK_PUNCT && sc->tok[j].hash != '-')
            return false;
    return true;
}

/* "from two people to 18": the end of a change whose start is a count */
static bool count_from(const struct scanner *sc, int q)
{
    if (!is_lex(sc, q - 1, KW.to) || sc->n_cand == 0)
        return false;
    const struct cand *p = &sc->cand[sc->n_cand - 1];
    return p->unit == U_COUNT && p->t1 == q - 1 && p->qs > 0 &&
           is_lex(sc, p->qs - 1, KW.from);
}

/* A change as a noun: "gain", "increase", "drop" */
static bool change_noun(const struct scanner *sc, int j)
{
    static const char *const nouns[] = {"gain", "increase", "rise", "drop",
                                        "decline", "decrease", "jump", NULL};
    if (!is_word(sc, j, LX_CHANGE))
        return false;
    return word_among(sc, j, nouns);
}

/* Does the clause before token q open with "the number of"? */
static bool number_of(const struct scanner *sc, int q)
{
    for (int j = q - 1; j > 0 && q - j <= 16; j--) {
        if (is_punct(sc, j, '.') || is_punct(sc, j, ';') ||
            is_punct(sc, j, '(') || is_punct(sc, j, ')'))
            return false;
        if (is_lex(sc, j, KW.of) && wlen(sc, j - 1) == 6 &&
            fx_strncaseeq(wtext(sc, j - 1), "number", 6))
            return true;
    }
    return false;
}

bool fx_bare_count(const struct scanner *sc, int q, int k,
                   const struct core *c)
{
    if (c->one || c->article)
        return false;
    if (of_them(sc, k) || of_opening(sc, q) || count_from(sc, q))
        return true;
    if ((is_lex(sc, k, KW.more) || word_is(sc, k, "fewer")) &&
        is_lex(sc, k + 1, KW.than) && sc->n_cand > 0 &&
        sc->cand[sc->n_cand - 1].unit == U_COUNT)
        return true; /* "34 firms, three more than in 2023"; not "sold 300
                     ** more than planned" */
    if (c->spelled)
        return false;
    if (respectively(sc, k))
        return true;
    if ((is_lex(sc, k, KW.per) ||
         (word_is(sc, k, "for") && is_lex(sc, k + 1, KW.every))) &&
        k + 2 < sc->n && sc->tok[k + 1 + !is_lex(sc, k, KW.per)].kind == TK_NUM)
        return true; /* "29.3 for every 10,000 residents" */
    if (is_lex(sc, q - 1, KW.to) && is_lex(sc, q - 2, KW.total))
        return true; /* "bringing the total to 6,320" */
    if (is_lex(sc, q - 1, KW.which) && is_lex(sc, q - 2, KW.of))
        return true; /* "412,000, of which more than 61,000 were" */
    if (is_punct(sc, q - 1, ':') && q >= 3 && (sc->mark[q - 2] & M_YEAR) &&
        is_punct(sc, q - 3, '(') && sc->n_cand > 0 &&
        sc->cand[sc->n_cand - 1].unit == U_COUNT &&
        q - 3 - sc->cand[sc->n_cand - 1].t1 <= 1)
        return true; /* "1,836 employees (2023: 1,612)": last year's */
    if (!large(c))
        return false;
    if (is_lex(sc, q - 1, KW.to) && number_of(sc, q - 1))
        return true; /* "the number of merchants rose 15% to 412,000" */
    /* "the 180,000 gain", "October's gain was 150,000" */
    if (change_noun(sc, k) ||
        ((word_is(sc, q - 1, "was") || word_is(sc, q - 1, "is")) &&
         change_noun(sc, q - 2)))
        return true;
    /* "fell by about 70,000", "an increase of 7,300", "a goal of 360,000" */
    return (is_lex(sc, q - 1, KW.by) && is_word(sc, q - 2, LX_CHANGE)) ||
           (is_lex(sc, q - 1, KW.of) &&
            is_word(sc, q - 2, LX_CHANGE | LX_TARGET));
}
