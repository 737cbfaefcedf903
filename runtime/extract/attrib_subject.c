/*
** attrib_subject.c: the subject of a figure (a place or organisation).
**
** The nearest mention before the figure, stepping over an apposition
** ("Tongxiang, the city that administers Wuzhen, signed ...") and taking
** the owner in "Alibaba's Tmall" and the head in "the Palace Museum in
** Beijing"; else one after it up to a "said".  When the sentence names
** none, attrib.c gives the subject of the paragraph, and when the text
** ends attrib_ctx.c gives the rest the article's main subject.
**
** Its own file because it reads only the gazetteer mentions of the
** window, never the cues of role or period.  It looks back at most
** SUBJECT_BACK tokens and ahead at most SUBJECT_AHEAD.
*/
#include "attrib.h"

#define SUBJECT_BACK 60
#define SUBJECT_AHEAD 30

/* The first token of the mention whose tokens include e, or -1. */
static int mention_start(const struct scanner *sc, int e)
{
    for (int k = 0; k < 12 && e >= 0 && (sc->mark[e] & M_MENTION); k++, e--)
        if (sc->mention[e])
            return e;
    return -1;
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
const struct gazetteer_entry fx_no_subject = {.name = "", .canonical = ""};

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

const struct gazetteer_entry *fx_find_subject(const struct scanner *sc,
                                              const struct attrib_index *ix,
                                              const struct cand *c)
{
    if (exchange_rate(sc, c))
        return &fx_no_subject;
    int lo = c->qs - SUBJECT_BACK > 0 ? c->qs - SUBJECT_BACK : 0;
    /* the look-back decides only at a comma (an apposition to step over)
    ** or a subject, and goes on while a mention is left before it: down
    ** to the first mention */
    int first = first_in(ix, IX_MENTION, lo, c->qs - 1);
    for (int x = first < 0 ? -1 : last_in(ix, IX_SUBJECT, first, c->qs - 1);
         x >= 0; x = last_in(ix, IX_SUBJECT, first, x - 1)) {
        if (!is_punct(sc, x, ','))
            return head_of(sc, x);
        int w = apposition_open(sc, x);
        if (w > 0)
            x = w; /* step over it: the look goes on before w */
    }
    int ahead = sc->n < c->t1 + SUBJECT_AHEAD ? sc->n : c->t1 + SUBJECT_AHEAD;
    /* the look-ahead can only end at a mention: none after the last one */
    int last = last_in(ix, IX_MENTION, c->t1, ahead - 1);
    for (int x = c->t1; x <= last; x++) {
        const struct token *t = &sc->tok[x];
        if (t->kind == TK_PUNCT &&
            (t->hash == ';' ||
             (t->hash == ',' && x + 1 < sc->n && clause_conj(sc, x + 1))))
            break;
        if (t->kind == TK_WORD && (t->lex == KW.said || t->lex == KW.says ||
                                   t->lex == KW.according))
            break; /* "..., said Ma Lin, an analyst in Shanghai" */
        if (sc->mention[x] && !(sc->mark[x] & M_ATTR) &&
            sc->mention[x]->kind != GK_ORGANISATION)
            return sc->mention[x]; /* not "..., the bureau said" */
    }
    return NULL;
}
