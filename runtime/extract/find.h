/*
** find.h: what find.c, number.c and unit.c share (internal).
**
** find.c reads a figure around its number; number.c reads the number
** itself (digits, words, scales, letters glued to it) and unit.c the
** currency before it and the unit after it.  All of them look at the
** sentence window of scan.h and never more than a few tokens away.
*/
#ifndef WIC_EXTRACT_FIND_H
#define WIC_EXTRACT_FIND_H

#include <string.h>

#include "scan.h"

struct core {
    uint64_t mant;
    int exp;
    int end;      /* token after the number                    */
    bool spelled; /* written in words                          */
    bool one;     /* the single word "one"                     */
    bool article; /* "a hundred": needs a scale to be a figure */
};

static inline bool free_num(const struct scanner *sc, int i)
{
    return in_window(sc, i) && sc->tok[i].kind == TK_NUM &&
           !(sc->mark[i] & (M_YEAR | M_DATE | M_IDENT | M_USED)) &&
           !(sc->tok[i].nflags & (NF_BAD | NF_LEADZERO | NF_HUGE));
}

static inline int numword(const struct scanner *sc, int i)
{
    if (!is_word(sc, i, LX_NUMWORD))
        return -1;
    return tlex(sc, i)->val;
}

/* bare.c: is the bare number [q, k) a count of things named elsewhere
** ("260 of them", "Of those, 242,800 were")? */
bool fx_bare_count(const struct scanner *sc, int q, int k,
                   const struct core *c);

/*
** Every figure asks for its number, scales, glued letters, currency and
** unit, and most answers are "none" or plain digits.  So each of those
** is an inline function that gives the common answers from the token's
** kind, class and flags, and calls the whole test in number.c or unit.c
** (the *_full functions) only for a token that may need it.
*/

/* number.c */

/* A number in words ("twenty-one", "a hundred", "half a"); -1 if none. */
int fx_parse_words(struct scanner *sc, int i, struct core *c);

/* Parse the number at i (digits, words, "a hundred"); -1 if none.  The
** tokenizer parsed the digits already. */
static inline int fx_parse_number(struct scanner *sc, int i, struct core *c)
{
    const struct token *t = &sc->tok[i];
    if (t->kind != TK_NUM)
        return fx_parse_words(sc, i, c);
    if (!free_num(sc, i)) {
        *c = (struct core){0};
        return -1;
    }
    *c = (struct core){.mant = t->mant, .exp = t->exp, .end = i + 1};
    return i + 1;
}

/* The power of ten of a scale word at token i ("million", "bn", "万"), or
** 0; single letters ("m", "b") count only after a currency. */
int fx_scale_of(const struct scanner *sc, int i, bool money);

/* May token k be a scale?  What fx_scale_of can take: a CJK character,
** a scale word or a single glued letter. */
static inline bool fx_may_be_scale(const struct scanner *sc, int k)
{
    if (k >= sc->n)
        return false;
    const struct token *t = &sc->tok[k];
    return t->kind == TK_CJK ||
           (t->kind == TK_WORD &&
            ((t->cls & LX_SCALE) || t->end - t->start == 1));
}

/* Scale words after a number, at most two ("hundred million", "万亿");
** adds their powers to *exp and returns how many. */
int fx_scales_after_full(const struct scanner *sc, int k, bool money, int *exp);
static inline int fx_scales_after(const struct scanner *sc, int k, bool money,
                                  int *exp)
{
    if (!fx_may_be_scale(sc, k))
        return 0;
    return fx_scales_after_full(sc, k, money, exp);
}

/* Letters glued after the digits: a unit or scale, or an identifier. */
enum { SUFFIX_NONE, SUFFIX_UNIT, SUFFIX_SCALE, SUFFIX_REJECT };
int fx_glued_suffix_full(const struct scanner *sc, int k, bool money,
                         int *unit);
static inline int fx_glued_suffix(const struct scanner *sc, int k, bool money,
                                  int *unit)
{
    if (k >= sc->n || sc->tok[k].kind != TK_WORD || !glued(sc, k))
        return SUFFIX_NONE;
    return fx_glued_suffix_full(sc, k, money, unit);
}

/* unit.c */

/* Currency written before the number starting at token i (U_*, or 0);
** sets *start to its first token. */
int fx_currency_before_full(const struct scanner *sc, int i, int *start);
static inline int fx_currency_before(const struct scanner *sc, int i,
                                     int *start)
{
    int p = i - 1;
    *start = i;
    if (p < 0 || (sc->mark[p] & M_USED))
        return 0;
    /* most numbers follow a word in lower case ("to", "about"), a number
    ** or punctuation: no code, prefix or sign is any of those */
    const struct token *t = &sc->tok[p];
    if ((t->kind == TK_WORD && !(t->flags & (TF_CAP | TF_ALLCAP))) ||
        t->kind == TK_NUM ||
        (t->kind == TK_PUNCT && t->hash != '$' && t->hash != '.'))
        return 0;
    return fx_currency_before_full(sc, i, start);
}

/* An exchange rate: the bare number [q, k) before "per dollar", "to the
** dollar", after the currency it prices ("the yen traded at 149 to the
** dollar"): that currency, or 0. */
int fx_rate_currency(const struct scanner *sc, int q, int k);

/* The currency an all-capital ISO 4217 code at token p names, or 0. */
int fx_iso_currency(const struct scanner *sc, int p);

/* Unit after the number at token k; returns tokens used, 0 for none,
** -1 when what follows makes the number not a figure. */
int fx_unit_after_full(const struct scanner *sc, int k, int *unit);
/* unit.c: is the currency word at w a name for being capitalised ("Lei
** Jun", "Rand", "Afghanis")? */
bool fx_currency_is_name(const struct scanner *sc, int w);
static inline int fx_unit_after(const struct scanner *sc, int k, int *unit)
{
    if (k >= sc->n)
        return 0;
    const struct token *t = &sc->tok[k];
    if (t->kind == TK_PUNCT && t->hash == '%')
        return *unit = U_PCT, 1;
    /* a number, punctuation but a hyphen ("2.5-fold"), or a word that is
    ** no unit, starts no unit phrase and is no currency code */
    if (t->kind == TK_NUM || (t->kind == TK_PUNCT && t->hash != '-') ||
        (t->kind == TK_WORD && !(t->cls & LX_UNIT) && !(t->flags & TF_ALLCAP) &&
         !(lex_phrase_kinds[t->lex] & (1u << PH_UNIT))))
        return 0;
    return fx_unit_after_full(sc, k, unit);
}

static inline bool is_money(int unit)
{
    return unit && lex_units[unit].kind == UK_CURRENCY;
}

#endif
