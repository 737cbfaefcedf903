/*
** number.c: the number of a figure: digits (already parsed by the
** tokenizer), numbers in words ("twenty-one", "one hundred and five",
** "two and a half", "a dozen", "half a million"), scale words after it
** ("million", "bn", "lakh", "万", "亿") and letters glued to digits, which
** make a unit ("5km"), a scale ("$3bn") or an identifier ("4G", "6th").
**
** Millions and up are left to the scale stage, so "four trillion yuan"
** is 4 with the scale 10^12 and values are built exactly (mant * 10^exp).
*/
#include "find.h"

/* Spelled number at i: "twenty-one", "one hundred and five", "two and a
** half".  Million and up are left to the scale stage. */
static int parse_spelled(const struct scanner *sc, int i, struct core *c)
{
    uint64_t total = 0, cur = 0;
    int last = 0; /* 0 none, 1 unit, 2 teen, 3 tens, 4 hundred, 5 thousand */
    int j = i;
    bool any = false;
    while (j < sc->n && j - i < 16) {
        int v = is_lex(sc, j, KW.dozen) ? -1 : numword(sc, j);
        if (v >= 0) {
            if (v < 10 && (last == 0 || last >= 3)) {
                cur += (uint64_t)v;
                last = 1;
            } else if (v >= 10 && v < 20 && (last == 0 || last >= 4)) {
                cur += (uint64_t)v;
                last = 2;
            } else if (v >= 20 && (last == 0 || last >= 4)) {
                cur += (uint64_t)v;
                last = 3;
            } else {
                break;
            }
            any = true;
            j++;
            if (last == 3 && is_punct(sc, j, '-') && glued(sc, j) &&
                numword(sc, j + 1) > 0 && numword(sc, j + 1) < 10 &&
                glued(sc, j + 1))
                j++; /* twenty-one */
            continue;
        }
        if (!any)
            break;
        if (is_lex(sc, j, KW.hundred) && last >= 1 && last <= 3) {
            cur *= 100;
            last = 4;
            j++;
            continue;
        }
        if (is_lex(sc, j, KW.thousand) && last >= 1 && last <= 4 &&
            (numword(sc, j + 1) >= 0 ||
             (is_lex(sc, j + 1, KW.and_) && numword(sc, j + 2) >= 0))) {
            total += cur * 1000;
            cur = 0;
            last = 5;
            j++;
            continue;
        }
        if (is_lex(sc, j, KW.and_) && (last == 4 || last == 5) &&
            numword(sc, j + 1) >= 0 && !is_lex(sc, j + 1, KW.dozen)) {
            j++;
            continue;
        }
        break;
    }
    if (!any)
        return -1;
    c->mant = total + cur;
    c->exp = 0;
    /* "two and a half" */
    if (is_lex(sc, j, KW.and_) && is_lex(sc, j + 1, KW.a) &&
        is_word(sc, j + 2, LX_HALF)) {
        c->mant = c->mant * 10 + 5;
        c->exp = -1;
        j += 3;
    } else if (is_lex(sc, j, KW.dozen)) {
        c->mant *= 12;
        j++;
    }
    c->spelled = true;
    c->one = c->mant == 1 && c->exp == 0 && j == i + 1;
    c->end = j;
    return j;
}

/* Is token i a scale word a number can take ("million", "bn", "万")?
** Inline here for fx_scales_after_full, which asks for every figure. */
static inline int scale_of(const struct scanner *sc, int i, bool money)
{
    if (i >= sc->n)
        return 0;
    const struct token *t = &sc->tok[i];
    if (t->kind == TK_CJK) {
        if (t->hash == CP_WAN || t->hash == 0x842C) /* 万, traditional 萬 */
            return 4;
        if (t->hash == CP_YI || t->hash == 0x5104) /* 亿, traditional 億 */
            return 8;
        if (t->hash == 0x5146 && i + 1 < sc->n && /* 兆 */
            sc->tok[i + 1].kind == TK_CJK &&
            (sc->tok[i + 1].hash == 0x5186 || sc->tok[i + 1].hash == CP_YUAN))
            return 12; /* 兆円: trillion; not 兆瓦, a megawatt */
        if (t->hash == CP_QIAN && i + 1 < sc->n &&
            sc->tok[i + 1].kind == TK_CJK &&
            (sc->tok[i + 1].hash == CP_YUAN || sc->tok[i + 1].hash == CP_WAN))
            return 3;
        return 0;
    }
    if (t->kind != TK_WORD)
        return 0;
    if (is_word(sc, i, LX_SCALE))
        return tlex(sc, i)->val;
    if (!(t->flags & TF_SPACE) && wlen(sc, i) == 1) {
        char c = *wtext(sc, i);
        if (c == 'k' || c == 'K')
            return 3;
        if (c == 'M' || (c == 'm' && money))
            return 6;
        if (c == 'm' && i + 1 < sc->n && sc->tok[i + 1].kind == TK_WORD &&
            !(sc->tok[i + 1].flags & (TF_CAP | TF_ALLCAP)) &&
            wlen(sc, i + 1) >= 4 &&
            wtext(sc, i + 1)[wlen(sc, i + 1) - 1] == 's' &&
            !is_word(sc, i + 1, LX_UNIT | LX_STOP))
            return 6; /* "60m visitors": a count in millions, not metres */
        if (c == 'm' && is_lex(sc, i + 1, KW.of) && i + 2 < sc->n &&
            (word_is(sc, i + 2, "these") || word_is(sc, i + 2, "them") ||
             word_is(sc, i + 2, "those")))
            return 6; /* "1.1m of these were on 5G plans" */
        if ((c == 'b' || c == 'B') && money)
            return 9;
    }
    /* "US$ 1.5 b" (the Sri Lankan press): a letter apart from money,
    ** ending its clause */
    if ((t->flags & TF_SPACE) && wlen(sc, i) == 1 && money &&
        (i + 1 >= sc->n || sc->tok[i + 1].kind == TK_PUNCT ||
         (sc->tok[i + 1].flags & TF_NEWLINE) || is_lex(sc, i + 1, KW.in) ||
         is_lex(sc, i + 1, KW.and_) || is_lex(sc, i + 1, KW.by))) {
        char c = *wtext(sc, i);
        if (c == 'b' || c == 'B')
            return 9;
        if (c == 'm' || c == 'M')
            return 6;
    }
    return 0;
}

int fx_scale_of(const struct scanner *sc, int i, bool money)
{
    return scale_of(sc, i, money);
}

/* Letters glued after the digits at k; fx_glued_suffix (find.h) calls
** it for a glued word only. */
int fx_glued_suffix_full(const struct scanner *sc, int k, bool money, int *unit)
{
    if (k >= sc->n || sc->tok[k].kind != TK_WORD || !glued(sc, k))
        return SUFFIX_NONE;
    int n = wlen(sc, k);
    const char *w = wtext(sc, k);
    if (scale_of(sc, k, money))
        return SUFFIX_SCALE;
    if (n == 2) {
        char a = (char)(w[0] | 32), b = (char)(w[1] | 32);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
            (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
            return SUFFIX_REJECT; /* 6th */
    }
    if (n == 1) {
        switch (w[0]) {
        case 'x':
        case 'X':
            *unit = U_X;
            return SUFFIX_UNIT;
        case 't':
            *unit = U_T;
            return SUFFIX_UNIT;
        case 'h':
            *unit = U_HOUR;
            return SUFFIX_UNIT;
        case 'g':
            *unit = U_G;
            return SUFFIX_UNIT;
        case 'm':
            *unit = U_M;
            return SUFFIX_UNIT;
        case 'W':
            *unit = U_W;
            return SUFFIX_UNIT;
        case 'L':
        case 'l':
            *unit = U_L;
            return SUFFIX_UNIT;
        }
        return SUFFIX_REJECT; /* 4G, 3D, 1990s */
    }
    if (is_word(sc, k, LX_CLOCK))
        return SUFFIX_REJECT;
    if (is_word(sc, k, LX_UNIT)) {
        const struct lexeme *l = tlex(sc, k);
        if (lex_units[l->unit].kind != UK_CURRENCY ||
            (sc->tok[k].flags & TF_ALLCAP)) {
            *unit = l->unit;
            return SUFFIX_UNIT;
        }
    }
    if (n == 2 && (w[0] | 32) == 'p' && (w[1] | 32) == 'c') {
        *unit = U_PCT;
        return SUFFIX_UNIT;
    }
    return SUFFIX_REJECT;
}

/* A number in words ("twenty-one", "a hundred", "half a"); -1 if none
** (fx_parse_number reads digits). */
int fx_parse_words(struct scanner *sc, int i, struct core *c)
{
    memset(c, 0, sizeof *c);
    const struct token *t = &sc->tok[i];
    if (t->kind != TK_WORD || (sc->mark[i] & (M_USED | M_MENTION)))
        return -1;
    const struct lexeme *l = tlex(sc, i);
    if (l->cls & LX_ARTICLE) {
        if (is_lex(sc, i + 1, KW.dozen)) {
            c->mant = 12;
            c->end = i + 2;
            c->spelled = true;
            return c->end;
        }
        int s = is_word(sc, i + 1, LX_SCALE) ? tlex(sc, i + 1)->val : 0;
        if (s && (sc->tok[i + 1].end - sc->tok[i + 1].start) > 3) {
            c->mant = 1;
            c->end = i + 1;
            c->spelled = c->article = true;
            return c->end;
        }
        return -1;
    }
    if (l->cls & LX_HALF) {
        if (is_lex(sc, i + 1, KW.a) && is_word(sc, i + 2, LX_SCALE)) {
            c->mant = 5;
            c->exp = -1;
            c->end = i + 2;
            c->spelled = c->article = true;
            return c->end;
        }
        return -1;
    }
    if (l->cls & LX_NUMWORD)
        return parse_spelled(sc, i, c);
    return -1;
}

/* Scale words after a number, at most two ("hundred million", "万亿");
** fx_scales_after (find.h) calls it when the first may be one. */
int fx_scales_after_full(const struct scanner *sc, int k, bool money, int *exp)
{
    int used = 0;
    /* the caller asked fx_may_be_scale of k already, and scale_of
    ** gives 0 for whatever that test turns away */
    while (used < 2 && (used == 0 || fx_may_be_scale(sc, k + used))) {
        int s = scale_of(sc, k + used, money);
        if (!s)
            break;
        if (sc->tok[k + used].flags & TF_NEWLINE)
            break;
        *exp += s;
        used++;
    }
    return used;
}
