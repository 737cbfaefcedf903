/*
** token.c: cut text into tokens in one forward pass (see token.h).
**
** Every byte is looked at a bounded number of times (once, and once
** more when it ends a URL).  ASCII goes through a fast path; other UTF-8 is
*decoded
** once and classified by code point range (Han and kana are one token per
** character, Latin-script letters continue words, dashes and full-width
** punctuation are folded to their ASCII twins so the scanner has one
** spelling to test).  Invalid bytes become one-byte TK_OTHER tokens.
*/
#include "token.h"

#include <string.h>

#include "lexicon.h"

#define MAX_LOOKUP 24 /* longer words are not in the lexicon */
#define MAX_DIGITS 30 /* a number with more digits is not a figure */

static inline int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
static inline int is_alpha(unsigned char c)
{
    return (unsigned char)((c | 32) - 'a') < 26;
}
static inline int is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Decode one UTF-8 sequence at s (n bytes available); returns its length
** and the code point in *cp, or 0 when invalid. */
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((uint32_t)(c & 0x0F) << 12) |
                     ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((uint32_t)(c & 0x07) << 18) |
                     ((uint32_t)(s[1] & 0x3F) << 12) |
                     ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        if (v < 0x10000 || v > 0x10FFFF)
            return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

enum cp_class { C_OTHER, C_SPACE, C_LETTER, C_CJK, C_KANA, C_PUNCT, C_SYM };

/* Classify a non-ASCII code point; *fold gets the code point the scanner
** sees for punctuation (ASCII twin where there is one). */
static enum cp_class classify(uint32_t cp, uint32_t *fold)
{
    *fold = cp;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
        cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
        return C_SPACE;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
        return C_CJK;
    if (cp >= 0x3040 && cp <= 0x30FF)
        return C_KANA;
    switch (cp) {
    case CP_EURO:
    case CP_POUND:
    case CP_YEN:
    case CP_FULL_YEN:
    case CP_RUPEE:
    case CP_WON:
    case CP_DEGREE:
    case CP_SUP2:
    case CP_SUP3:
    case CP_PRIME:
    case 0x2033:
    case 0x20BD:
    case 0x20BA:
    case 0x20AB:
    case 0x20A6:
        return C_SYM;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case CP_EN_DASH:
    case CP_MINUS:
        *fold = '-';
        return C_PUNCT;
    case 0x2018:
    case 0x2019:
    case 0x201A:
        *fold = '\'';
        return C_PUNCT;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB:
        *fold = '"';
        return C_PUNCT;
    case 0xD7:
    case 0xF7:
        return C_PUNCT;
    }
    if ((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) ||
        (cp >= 0x1E00 && cp <= 0x1EFF))
        return C_LETTER;
    if (cp >= 0xFF01 && cp <= 0xFF5E) { /* full-width ASCII */
        uint32_t a = cp - 0xFEE0;
        if (is_digit((unsigned char)a) || is_alpha((unsigned char)a))
            return C_OTHER;
        *fold = a;
        return C_PUNCT;
    }
    if ((cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) ||
        (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F))
        return C_PUNCT;
    return C_OTHER;
}

void tok_init(struct tokenizer *tz, const char *text, size_t len,
              const struct span *skip, size_t n_skip)
{
    lex_init();
    memset(tz, 0, sizeof *tz);
    tz->text = text;
    tz->len = len;
    tz->skip = skip;
    tz->n_skip = skip ? n_skip : 0;
}

/* Does a URL or an e-mail address go on at p, right after a word or a
** number?  ("http" + "://", "www" + ".", "name" + "@host") */
static int url_follows(const unsigned char *s, size_t start, size_t p,
                       size_t limit)
{
    if (p + 3 < limit && s[p] == ':' && s[p + 1] == '/' && s[p + 2] == '/')
        return 1;
    if (p + 1 < limit && s[p] == '@' &&
        (is_alpha(s[p + 1]) || is_digit(s[p + 1])))
        return 1;
    return p - start == 3 && p + 1 < limit && s[p] == '.' &&
           (s[start] | 32) == 'w' && (s[start + 1] | 32) == 'w' &&
           (s[start + 2] | 32) == 'w' && is_alpha(s[p + 1]);
}

/* End of a URL starting before p: the next space, less trailing
** punctuation that belongs to the sentence. */
static size_t url_end(const unsigned char *s, size_t start, size_t p,
                      size_t limit)
{
    while (p < limit && s[p] > ' ' && s[p] != '"' && s[p] != '<' && s[p] != '>')
        p++;
    while (p > start + 1 &&
           (s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == ';' ||
            s[p - 1] == ':' || s[p - 1] == '!' || s[p - 1] == '?' ||
            s[p - 1] == ')' || s[p - 1] == ']' || s[p - 1] == '\''))
        p--;
    return p;
}

static size_t lex_number(const unsigned char *s, size_t p, size_t limit,
                         struct token *t)
{
    uint64_t mant = 0;
    int nsig = 0, exp = 0, total = 0, intd = 0;
    uint8_t nf = 0;
    size_t first = p;

#define TAKE_DIGIT(d, decimal)                                                 \
    do {                                                                       \
        total++;                                                               \
        if (nsig < 19 && (mant || (d))) {                                      \
            mant = mant * 10 + (d);                                            \
            nsig++;                                                            \
            if (decimal)                                                       \
                exp--;                                                         \
        } else if (nsig >= 19 && !(decimal)) {                                 \
            exp++;                                                             \
        } else if (!mant && (decimal)) {                                       \
            exp--; /* leading zeros of 0.05 */                                 \
        }                                                                      \
    } while (0)

    while (p < limit && is_digit(s[p])) {
        TAKE_DIGIT(s[p] - '0', 0);
        intd++;
        p++;
    }
    if (intd > 1 && s[first] == '0')
        nf |= NF_LEADZERO;
    /* thousands groups: ",ddd" after a first group of 1-3 digits */
    while (p + 3 < limit && s[p] == ',' && is_digit(s[p + 1]) &&
           is_digit(s[p + 2]) && is_digit(s[p + 3]) &&
           (p + 4 >= limit || !is_digit(s[p + 4]))) {
        if (intd > 3 && !(nf & NF_COMMA))
            nf |= NF_BAD;
        for (int k = 1; k <= 3; k++)
            TAKE_DIGIT(s[p + k] - '0', 0);
        intd += 3;
        nf |= NF_COMMA;
        p += 4;
    }
    if (p + 1 < limit && s[p] == '.' && is_digit(s[p + 1])) {
        p++;
        nf |= NF_DECIMAL;
        while (p < limit && is_digit(s[p])) {
            TAKE_DIGIT(s[p] - '0', 1);
            p++;
        }
    }
    /* anything digit-separator-digit left over is not one number */
    if (p + 1 < limit && (s[p] == '.' || s[p] == ',') && is_digit(s[p + 1])) {
        nf |= NF_BAD;
        while (p < limit &&
               (is_digit(s[p]) || ((s[p] == '.' || s[p] == ',') &&
                                   p + 1 < limit && is_digit(s[p + 1]))))
            p++;
    }
#undef TAKE_DIGIT
    if (total > MAX_DIGITS)
        nf |= NF_HUGE;
    t->kind = TK_NUM;
    t->mant = mant;
    t->exp = (int16_t)(exp < -400 ? -400 : exp > 400 ? 400 : exp);
    t->ndigits = (uint8_t)(intd > 255 ? 255 : intd);
    t->nflags = nf;
    return p;
}

static size_t lex_word(const unsigned char *s, size_t p, size_t limit,
                       struct token *t)
{
    uint32_t h = TOK_HASH_INIT;
    uint64_t pk = 0; /* first 8 bytes, lower case: see lex_lookup_packed */
    size_t start = p;
    int upper = 0, letters = 0;
    uint16_t fl = is_upper(s[p]) ? TF_CAP : 0;
    for (;;) {
        /* fast path: lower-case ASCII letters, most of every word */
        while (p < limit && (unsigned char)(s[p] - 'a') < 26) {
            h = tok_hash_step(h, s[p]);
            if (p - start < 8)
                pk |= (uint64_t)s[p] << (8 * (p - start));
            letters++;
            p++;
        }
        if (p >= limit)
            break;
        unsigned char c = s[p];
        if (c < 0x80) {
            if (is_alpha(c)) {
                letters++;
                if (is_upper(c)) {
                    upper++;
                    c += 32;
                }
            } else if (is_digit(c)) {
                /* "RMB50", "Rs500": a currency code glued to digits */
                if (!(fl & TF_DIGIT) && letters == (int)(p - start) &&
                    letters >= 2 && letters <= 3) {
                    uint16_t id =
                        lex_lookup(h, (const char *)s + start, p - start);
                    if (id && (lex_get(id)->cls & LX_CURPREFIX))
                        break;
                }
                fl |= TF_DIGIT;
            } else {
                int a = c == '\'' ? 1 : 0;
                if (!a)
                    break;
                /* possessive 's / s' ends the word; o'clock goes on */
                if (p + a < limit && (s[p + a] | 32) == 's' &&
                    (p + a + 1 >= limit || !is_alpha(s[p + a + 1]))) {
                    t->end = (uint32_t)p;
                    t->flags |= TF_POSS;
                    p += a + 1;
                    goto done;
                }
                if (p + a < limit && is_alpha(s[p + a])) {
                    for (int k = 0; k < a; k++)
                        h = tok_hash_step(h, s[p + k]);
                    pk = UINT64_MAX; /* looked up the slow way */
                    p += a;
                    continue;
                }
                if (p > start && (s[p - 1] | 32) == 's') {
                    t->end = (uint32_t)p;
                    t->flags |= TF_POSS;
                    p += a;
                    goto done;
                }
                break;
            }
            h = tok_hash_step(h, c);
            if (p - start < 8)
                pk |= (uint64_t)c << (8 * (p - start));
            p++;
        } else {
            uint32_t cp, fold;
            int n = utf8_decode(s + p, limit - p, &cp);
            if (n == 0)
                break;
            if (cp == 0x2019) { /* curly apostrophe */
                if (p + 3 < limit && (s[p + 3] | 32) == 's' &&
                    (p + 4 >= limit || !is_alpha(s[p + 4]))) {
                    t->end = (uint32_t)p;
                    t->flags |= TF_POSS;
                    p += 4;
                    goto done;
                }
                if (p + 3 < limit && is_alpha(s[p + 3])) {
                    h = tok_hash_step(h, '\'');
                    pk = UINT64_MAX; /* not a lexicon spelling */
                    p += 3;
                    continue;
                }
                if (p > start && (s[p - 1] | 32) == 's') {
                    t->end = (uint32_t)p;
                    t->flags |= TF_POSS;
                    p += 3;
                    goto done;
                }
                break;
            }
            if (classify(cp, &fold) != C_LETTER)
                break;
            letters++;
            for (int k = 0; k < n; k++) {
                h = tok_hash_step(h, s[p + k]);
                if (p + k - start < 8)
                    pk |= (uint64_t)s[p + k] << (8 * (p + k - start));
            }
            p += (size_t)n;
        }
    }
    t->end = (uint32_t)p;
done:
    /* "U.S.", "a.m.", "e.g.": single letters joined by dots */
    int dotted = 0;
    if (t->end - start == 1 && !(t->flags & TF_POSS) && p + 1 < limit &&
        s[p] == '.' && is_alpha(s[p + 1]) &&
        (p + 2 >= limit || !is_alpha(s[p + 2]))) {
        while (p + 1 < limit && s[p] == '.' && is_alpha(s[p + 1]) &&
               (p + 2 >= limit || !is_alpha(s[p + 2]))) {
            h = tok_hash_step(h, '.');
            unsigned char c = s[p + 1];
            if (is_upper(c)) {
                upper++;
                c += 32;
            }
            letters++;
            h = tok_hash_step(h, c);
            p += 2;
            dotted = 1;
        }
        if (p < limit && s[p] == '.') {
            h = tok_hash_step(h, '.');
            p++;
        }
        t->end = (uint32_t)p;
    }
    if (letters >= 2 && upper == letters)
        fl |= TF_ALLCAP;
    else if (upper && !(fl & TF_CAP))
        fl |= TF_MIXED;
    t->kind = TK_WORD;
    t->hash = h;
    t->flags |= fl;
    size_t wlen = t->end - start;
    if (dotted)
        pk = UINT64_MAX;
    t->lex = wlen > MAX_LOOKUP ? 0
             : pk == UINT64_MAX
                 ? lex_lookup(h, (const char *)s + start, wlen)
                 : lex_lookup_packed(h, pk, (const char *)s + start, wlen);
    t->cls = t->lex ? lex_get(t->lex)->cls : 0;
    return p;
}

int tok_next(struct tokenizer *tz, struct token *t)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t p = tz->pos;
    uint16_t flags = p == 0 ? TF_SPACE | TF_NEWLINE : 0;
    memset(t, 0, sizeof *t);

    for (;;) {
        while (tz->next_skip < tz->n_skip && tz->skip[tz->next_skip].end <= p)
            tz->next_skip++;
        size_t limit = tz->len;
        if (tz->next_skip < tz->n_skip && tz->skip[tz->next_skip].start < limit)
            limit = tz->skip[tz->next_skip].start;
        if (p >= limit && limit < tz->len) { /* a boilerplate range */
            t->kind = TK_BREAK;
            t->start = t->end = (uint32_t)p;
            t->flags = flags | TF_SPACE;
            size_t e = tz->skip[tz->next_skip].end;
            tz->pos = e > tz->len ? tz->len : e < p ? p : e;
            tz->next_skip++;
            return TK_BREAK;
        }
        /* whitespace */
        while (p < limit) {
            unsigned char c = s[p];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                flags |= TF_SPACE;
                p++;
            } else if (c == '\n') {
                if (flags & TF_NEWLINE)
                    flags |= TF_BLANK;
                flags |= TF_NEWLINE | TF_SPACE;
                p++;
            } else if (c >= 0xC2) {
                uint32_t cp, fold;
                int n = utf8_decode(s + p, limit - p, &cp);
                if (n > 1 && classify(cp, &fold) == C_SPACE) {
                    flags |= TF_SPACE;
                    p += (size_t)n;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (p < limit)
            break;
        if (limit == tz->len) {
            tz->pos = p;
            t->kind = TK_END;
            t->start = t->end = (uint32_t)p;
            t->flags = flags;
            return TK_END;
        }
    }

    size_t limit = tz->len;
    if (tz->next_skip < tz->n_skip && tz->skip[tz->next_skip].start < limit)
        limit = tz->skip[tz->next_skip].start;
    t->start = (uint32_t)p;
    t->flags = flags;

    unsigned char c = s[p];
    if (c < 0x80) {
        if (is_alpha(c)) {
            p = lex_word(s, p, limit, t);
        } else if (is_digit(c) ||
                   (c == '.' && p + 1 < limit && is_digit(s[p + 1]) &&
                    (p == 0 || (!is_digit(s[p - 1]) && !is_alpha(s[p - 1]))))) {
            p = lex_number(s, p, limit, t); /* also ".5" */
            t->end = (uint32_t)p;
        } else if (c < 0x20 || c == 0x7F) {
            t->kind = TK_OTHER;
            t->end = (uint32_t)++p;
        } else {
            t->kind = TK_PUNCT;
            t->hash = c;
            t->end = (uint32_t)++p;
        }
    } else {
        uint32_t cp, fold;
        int n = utf8_decode(s + p, limit - p, &cp);
        if (n == 0) {
            t->kind = TK_OTHER;
            t->end = (uint32_t)++p;
        } else {
            switch (classify(cp, &fold)) {
            case C_LETTER:
                p = lex_word(s, p, limit, t);
                break;
            case C_CJK:
            case C_KANA:
                t->kind = TK_CJK;
                t->hash = cp;
                if (cp >= 0x3040 && cp <= 0x30FF)
                    t->flags |= TF_KANA;
                p += (size_t)n;
                t->end = (uint32_t)p;
                break;
            case C_PUNCT:
                t->kind = TK_PUNCT;
                t->hash = fold;
                p += (size_t)n;
                t->end = (uint32_t)p;
                break;
            case C_SYM:
                t->kind = TK_SYM;
                t->hash = cp;
                p += (size_t)n;
                t->end = (uint32_t)p;
                break;
            default:
                t->kind = TK_OTHER;
                p += (size_t)n;
                t->end = (uint32_t)p;
                break;
            }
        }
    }
    if ((t->kind == TK_WORD || t->kind == TK_NUM) && p < limit &&
        (s[p] == ':' || s[p] == '@' || s[p] == '.') &&
        url_follows(s, t->start, p, limit)) {
        size_t e = url_end(s, t->start, p, limit);
        if (e > p) {
            t->kind = TK_URL;
            t->end = (uint32_t)e;
            p = e;
        }
    }
    tz->pos = p;
    return t->kind;
}
