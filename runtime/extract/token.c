/*
** token.c: cut text into tokens in one forward pass (see token.h).
**
** Every byte is looked at a bounded number of times (once, and once
** more when it ends a URL).  ASCII is dispatched on a table of byte
** classes, and the common word (1-15 ASCII letters, then a byte that
** cannot continue it) is read 16 bytes at a time (8 without SSE2),
** hashed from the same loads and looked up with the lexicon's probe
** inlined (run_word, short_word); the common number (digits, maybe a
** thousands group and a decimal part) is read and valued eight digits at
** a time (run_number); everything else takes the general paths (tok_run's
** loop of the short paths is also built for AVX2, chosen at start).
** Other UTF-8 is decoded once and classified by code point range (Han
** and kana are one token per character, Latin-script letters continue
** words, dashes and full-width punctuation are folded to their ASCII
** twins so the scanner has one spelling to test).  Invalid bytes become
** one-byte TK_OTHER tokens.
*/
#include "token.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon.h"

#define MAX_LOOKUP 24 /* longer words are not in the lexicon */

/* Paths that most tokens never take stay out of tok_next, which then
** needs fewer registers to save on every call. */
#define RARE __attribute__((noinline, cold))
#define MAX_DIGITS 30 /* a number with more digits is not a figure */

/* The bytes of a token from `hash` on that say what it is (hash, lex,
** kind, nflags), which a lexicon slot keeps ready-made for a word. */
#define TOKEN_IDENT 8
_Static_assert(offsetof(struct lex_slot, id) - offsetof(struct lex_slot, hash) ==
                       offsetof(struct token, lex) - offsetof(struct token, hash) &&
                   offsetof(struct lex_slot, kind) -
                           offsetof(struct lex_slot, hash) ==
                       offsetof(struct token, kind) - offsetof(struct token, hash) &&
                   offsetof(struct lex_slot, nflags) -
                           offsetof(struct lex_slot, hash) ==
                       offsetof(struct token, nflags) - offsetof(struct token, hash) &&
                   offsetof(struct lex_slot, nflags) + 1 -
                           offsetof(struct lex_slot, hash) ==
                       TOKEN_IDENT,
               "a lexicon slot keeps a word token's identity as it is");

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

/* Do the digits at p make an amount: a decimal or a thousands group
** ("18.6", "1,250"), or a scale word after them ("500 million",
** "12bn")?  Asked only of three capitals glued to digits. */
static bool amount_follows(const unsigned char *s, size_t p, size_t limit)
{
    while (p < limit && s[p] >= '0' && s[p] <= '9')
        p++;
    if (p + 1 < limit && (s[p] == '.' || s[p] == ',') && s[p + 1] >= '0' &&
        s[p + 1] <= '9')
        return true;
    if (p < limit && s[p] == ' ')
        p++;
    static const char *const scales[] = {"million", "billion", "trillion",
                                         "bn", "mn", "m", "b", "k"};
    for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
        size_t n = strlen(scales[k]);
        if (p + n <= limit && memcmp(s + p, scales[k], n) == 0 &&
            (p + n == limit || !((s[p + n] | 32) >= 'a' && (s[p + n] | 32) <= 'z')))
            return true;
    }
    return false;
}

/* Byte classes: what an ASCII byte starts, or that it is whitespace;
** B_HIGH bytes start UTF-8 sequences (or are invalid).  The order is
** used: the classes tok_next takes itself (B_CTRL to B_LETTER) are one
** range, so one test sends the rest on; ':' and '@' (B_URLMARK) and '.'
** may go on into a URL after a word, and are next to each other so that
** is one test too; '.' and '\'' have classes
** of their own because they may go on with a word or a number, and the
** classes from B_APOS on are exactly the bytes that can continue a word
** of ASCII letters. */
enum {
    B_SPACE,
    B_NEWLINE,
    B_CTRL,
    B_PUNCT,
    B_URLMARK,
    B_DOT,
    B_APOS,
    B_DIGIT,
    B_LETTER,
    B_HIGH
};

#define B_HIGH16                                                               \
    B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH,    \
        B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH

static const uint8_t byte_class[256] = {
    /* 0x00: \t \n \v \f \r */
    B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL,
    B_SPACE, B_NEWLINE, B_SPACE, B_SPACE, B_SPACE, B_CTRL, B_CTRL,
    /* 0x10 */
    B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL,
    B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL, B_CTRL,
    /* 0x20: space, punctuation, ' and . */
    B_SPACE, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_APOS,
    B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_DOT, B_PUNCT,
    /* 0x30: digits, : and punctuation */
    B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT,
    B_DIGIT, B_DIGIT, B_URLMARK, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT, B_PUNCT,
    /* 0x40: @ A-O, P-Z [ \ ] ^ _ */
    B_URLMARK, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_PUNCT, B_PUNCT, B_PUNCT,
    B_PUNCT, B_PUNCT,
    /* 0x60: ` a-o, p-z { | } ~ DEL */
    B_PUNCT, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_PUNCT, B_PUNCT, B_PUNCT,
    B_PUNCT, B_CTRL,
    /* 0x80-0xFF */
    B_HIGH16, B_HIGH16, B_HIGH16, B_HIGH16, B_HIGH16, B_HIGH16, B_HIGH16,
    B_HIGH16,
};

/* Can a byte of class b, right after a word or number, go on into a URL
** (':', '@' or '.')? */
static inline bool may_start_url(int b)
{
    return (unsigned)(b - B_URLMARK) <= B_DOT - B_URLMARK;
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
    case 0x20B1: /* peso sign: the Philippines' */
    case 0x20B8: /* tenge sign */
    case 0x20B5: /* cedi sign */
    case 0xA2:   /* cent sign: "GH¢" is the cedi */
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

static size_t next_limit(struct tokenizer *tz, size_t p);

void tok_init(struct tokenizer *tz, const char *text, size_t len,
              const struct span *skip, size_t n_skip)
{
    lex_init();
    memset(tz, 0, sizeof *tz);
    tz->text = text;
    tz->len = len;
    tz->skip = skip;
    tz->n_skip = skip ? n_skip : 0;
    tz->limit = next_limit(tz, 0);
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

static size_t url_end(const unsigned char *s, size_t start, size_t p,
                      size_t limit);

/* Make the word or number t, which ends at p, a TK_URL if a URL goes on
** there; returns where the token ends. */
static size_t maybe_url(const unsigned char *s, size_t p, size_t limit,
                        struct token *t)
{
    if (!url_follows(s, t->start, p, limit))
        return p;
    size_t e = url_end(s, t->start, p, limit);
    if (e > p) {
        t->kind = TK_URL;
        t->end = (uint32_t)e;
        return e;
    }
    return p;
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

/* The value of a number of more than 19 digits, which do not fit in
** mant: the first 19 significant digits, the power of ten of the rest.
** Its digits are those of s[start..end) (commas and the point are
** skipped); from `point` on they are decimals. */
static inline void long_number_value(const unsigned char *s, size_t start,
                                     size_t end, size_t point,
                                     struct token *t)
{
    uint64_t mant = 0;
    int nsig = 0, exp = 0;
    for (size_t i = start; i < end; i++) {
        if (!is_digit(s[i]))
            continue;
        unsigned d = s[i] - '0';
        bool decimal = i >= point;
        if (nsig < 19 && (mant || d)) {
            mant = mant * 10 + d;
            nsig++;
            if (decimal)
                exp--;
        } else if (nsig >= 19 && !decimal) {
            exp++;
        } else if (!mant && decimal) {
            exp--; /* leading zeros of 0.05 */
        }
    }
    t->mant = mant;
    t->exp = (int16_t)(exp < -400 ? -400 : exp > 400 ? 400 : exp);
}

/* The digits from q on (up to end) appended to *mant; returns where
** they end. */
static inline const unsigned char *take_digits(const unsigned char *q,
                                               const unsigned char *end,
                                               uint64_t *mant)
{
    uint64_t m = *mant;
    unsigned d;
    while (q < end && (d = (unsigned)*q - '0') <= 9) {
        m = m * 10 + d;
        q++;
    }
    *mant = m;
    return q;
}

/* Digits with thousands separators and a decimal part, at p.  Numbers
** of up to 19 digits (all but freaks) are their digits strung together
** and a power of ten for the decimals, taken in the same pass. */
static inline size_t lex_number(const unsigned char *s, size_t p,
                                size_t limit, struct token *t)
{
    size_t first = p;
    uint64_t mant = 0;
    uint8_t nf = 0;

    t->kind = TK_NUM;
    p = (size_t)(take_digits(s + p, s + limit, &mant) - s);
    size_t intd = p - first;
    if (intd > 1 && s[first] == '0')
        nf |= NF_LEADZERO;
    /* thousands groups: ",ddd" after a first group of 1-3 digits */
    while (p + 3 < limit && s[p] == ',' && is_digit(s[p + 1]) &&
           is_digit(s[p + 2]) && is_digit(s[p + 3]) &&
           (p + 4 >= limit || !is_digit(s[p + 4]))) {
        if (intd > 3 && !(nf & NF_COMMA))
            nf |= NF_BAD;
        mant = mant * 1000 + (s[p + 1] - '0') * 100u + (s[p + 2] - '0') * 10u +
               (s[p + 3] - '0');
        intd += 3;
        nf |= NF_COMMA;
        p += 4;
    }
    size_t point = p, decimals = 0;
    if (p + 1 < limit && s[p] == '.' && is_digit(s[p + 1])) {
        nf |= NF_DECIMAL;
        p = (size_t)(take_digits(s + p + 1, s + limit, &mant) - s);
        decimals = p - point - 1;
    }
    if (__builtin_expect(intd + decimals <= 19, 1)) {
        t->mant = mant;
        t->exp = (int16_t)-(int)decimals;
    } else {
        long_number_value(s, first, p, point, t);
        if (intd + decimals > MAX_DIGITS)
            nf |= NF_HUGE;
    }
    /* anything digit-separator-digit left over is not one number */
    if (p + 1 < limit && (s[p] == '.' || s[p] == ',') && is_digit(s[p + 1])) {
        nf |= NF_BAD;
        while (p < limit &&
               (is_digit(s[p]) || ((s[p] == '.' || s[p] == ',') &&
                                   p + 1 < limit && is_digit(s[p + 1]))))
            p++;
    }
    t->ndigits = (uint8_t)(intd > 255 ? 255 : intd);
    t->nflags = nf;
    t->end = (uint32_t)p;
    return p;
}

/*
** Words are read eight bytes at a time.  In a 64-bit load (little-endian
** byte order is assumed, as everywhere this runs) each byte's top bit
** answers a question for that byte: is it an ASCII letter, is it upper
** case.  No carry crosses a byte because every sum stays below 0x100.
*/
#define ONES 0x0101010101010101u
#define HIGH (0x80 * ONES)

/* 0x80 in every byte of x that is an ASCII letter.  Without bit 5 and
** the top bit (y) a letter is 'A'..'Z'; the top bit of x rules out the
** bytes of UTF-8. */
static inline uint64_t letter_bytes(uint64_t x)
{
    uint64_t y = x & (0x5F * ONES);
    return (y + (0x80 - 'A') * ONES) & ~((y + (0x80 - 'Z' - 1) * ONES) | x) &
           HIGH;
}

/* 0x80 in every byte of x that is an ASCII digit (as letter_bytes). */
static inline uint64_t digit_bytes(uint64_t x)
{
    uint64_t y = x & (0x7F * ONES);
    return (y + (0x80 - '0') * ONES) & ~((y + (0x80 - '9' - 1) * ONES) | x) &
           HIGH;
}

/* The value of the n (1..8) digits that start the chunk x.  They are
** moved to the top bytes (zeros before them are leading zeros), then
** neighbours are joined in three multiplications: pairs of digits into
** numbers of two digits, pairs of those into four, then eight. */
static inline uint64_t digits_value(uint64_t x, size_t n)
{
    x = (x & (0x0F * ONES)) << (8 * (8 - n));
    x = (x * (10 * 256 + 1)) >> 8;
    x = ((x & 0x00FF00FF00FF00FFu) * (100 * 65536 + 1)) >> 16;
    return ((x & 0x0000FFFF0000FFFFu) * (10000 * (1ull << 32) + 1)) >> 32;
}

/* x with the bytes 'A'..'Z' lower-cased. */
static inline uint64_t lower_bytes(uint64_t x)
{
    uint64_t y = x & (0x7F * ONES);
    uint64_t upper = (y + (0x80 - 'A') * ONES) &
                     ~(y + (0x80 - 'Z' - 1) * ONES) & ~x & HIGH;
    return x | upper >> 2;
}

/* The 8-byte chunk at s of which the first n (1..8) bytes count; `room`
** bytes may be read. */
static inline uint64_t load_chunk(const unsigned char *s, size_t n,
                                  size_t room)
{
    uint64_t x = 0;
    if (room >= 8) {
        memcpy(&x, s, 8);
        if (n < 8)
            x &= ~(UINT64_MAX << (8 * n));
    } else {
        for (size_t i = 0; i < n; i++)
            x |= (uint64_t)s[i] << (8 * i);
    }
    return x;
}

/* The hash of an n-byte spelling starts from HASH_SEED ^ n, so spellings
** that differ only by trailing zero bytes differ. */
#define HASH_SEED 0x243F6A8885A308D3u

static inline uint64_t hash_mix(uint64_t acc, uint64_t chunk)
{
    acc = (acc ^ chunk) * 0x9E3779B97F4A7C15u;
    return acc ^ (acc >> 29);
}

static inline uint32_t hash_end(uint64_t acc)
{
    acc = hash_mix(acc, 0);
    return (uint32_t)(acc ^ acc >> 32);
}

/* Hash of the lower-cased spelling s[0..n), 8 bytes per step; *first gets
** the first chunk (what lex_lookup_packed wants). */
static uint32_t hash_spelling(const unsigned char *s, size_t n, size_t room,
                              uint64_t *first)
{
    uint64_t acc = HASH_SEED ^ n;
    *first = 0;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t c = lower_bytes(load_chunk(s + i, n - i < 8 ? n - i : 8,
                                            room - i));
        if (i == 0)
            *first = c;
        acc = hash_mix(acc, c);
    }
    return hash_end(acc);
}

uint32_t tok_hash_word(const char *word, size_t len)
{
    uint64_t first;
    return hash_spelling((const unsigned char *)word, len, len, &first);
}

/* The ASCII letters from p on, up to limit: returns where they end and
** notes in *seen whether upper (1) and lower (2) case letters occurred. */
static size_t ascii_run(const unsigned char *s, size_t p, size_t limit,
                        unsigned *seen)
{
    while (limit - p >= 8) {
        uint64_t x;
        memcpy(&x, s + p, 8);
        uint64_t letters = letter_bytes(x), stop = ~letters & HIGH;
        uint64_t keep = stop ? (stop & -stop) - 1 : UINT64_MAX;
        letters &= keep;
        *seen |= (letters & ~(x << 2) ? 1u : 0) | (letters & x << 2 ? 2u : 0);
        if (stop)
            return p + (size_t)__builtin_ctzll(stop) / 8;
        p += 8;
    }
    for (; p < limit && is_alpha(s[p]); p++)
        *seen |= is_upper(s[p]) ? 1u : 2u;
    return p;
}

enum { SEEN_UPPER = 1, SEEN_LOWER = 2, SEEN_OTHER = 4 };

/* What an apostrophe of `width` bytes at p does to the word that began at
** `start`: "China's" and "banks'" end it as possessives (the 's or ' is
** not part of the word), "o'clock" goes on, anything else ends it. */
enum { APOS_END, APOS_POSS_S, APOS_POSS, APOS_INSIDE };

static int apostrophe(const unsigned char *s, size_t start, size_t p,
                      size_t width, size_t limit)
{
    size_t q = p + width;
    if (q < limit && (s[q] | 32) == 's' && (q + 1 >= limit || !is_alpha(s[q + 1])))
        return APOS_POSS_S;
    if (q < limit && is_alpha(s[q]))
        return APOS_INSIDE;
    if (p > start && (s[p - 1] | 32) == 's')
        return APOS_POSS;
    return APOS_END;
}

#define MAX_CURLY_WORD 64 /* longer words with a ’ get no lexicon entry */

static inline void word_flags_and_entry(struct token *t, uint16_t fl,
                                        unsigned seen, int letters,
                                        uint32_t hash, uint64_t first,
                                        const unsigned char *w, size_t wlen);

static size_t lex_word(const unsigned char *s, size_t p, size_t limit,
                       struct token *t);
__attribute__((noinline)) static int finish(struct tokenizer *tz,
                                            struct token *t, size_t p);

/* A word that the short path does not take: lex_word's general loop. */
__attribute__((noinline)) static int word_general(struct tokenizer *tz,
                                                  struct token *t, size_t p)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    return finish(tz, t, lex_word(s, p, tz->limit, t));
}

/* The case flags of a word whose letters are marked in let0, let1
** (letter_bytes, zero past the word) of the bytes x0, x1: bit 5 (0x20)
** is set in a lower-case letter, and x << 2 moves it to the letter's top
** bit. */
static inline uint16_t case_flags(uint64_t x0, uint64_t let0, uint64_t x1,
                                  uint64_t let1, size_t n)
{
    uint64_t lower0 = let0 & x0 << 2, lower1 = let1 & x1 << 2;
    uint64_t upper0 = let0 ^ lower0, upper1 = let1 ^ lower1;
    if (!(upper0 | upper1))
        return 0;
    if (!(upper0 & 0x80)) /* the first letter */
        return TF_MIXED;
    return TF_CAP | (n >= 2 && !(lower0 | lower1) ? TF_ALLCAP : 0);
}

/* Can the word of n ASCII letters at p stop before the byte of class b?
** Not before a digit, an apostrophe or UTF-8, nor at the first dot of
** "U.S.": lex_word takes those. */
static inline bool word_stops(int b, size_t n)
{
    return b < B_APOS && !(b == B_DOT && n == 1);
}

/* The chunks of a short word of n letters that ends in chunk x0 (bytes
** 0-7, base 0) or x1 (8-15, base 8, x0 all letters), at the first byte
** that is not a letter (the top bit of that byte is the lowest one set
** in `stop`): the bytes from it on are dropped.  Returns its case
** flags. */
static inline uint16_t short_word_case(size_t n, size_t base, uint64_t stop,
                                       uint64_t *x0, uint64_t *let0,
                                       uint64_t *x1, uint64_t *let1)
{
    uint64_t keep = ((stop & -stop) >> 7) - 1; /* the bytes below it */
    if (base == 0) {
        *x0 &= keep;
        *let0 &= keep;
    } else {
        *x1 &= keep;
        *let1 &= keep;
    }
    return case_flags(*x0, *let0, *x1, *let1, n);
}

/* tok_hash_word of a word of n (1..15) letters given lower-cased in
** two chunks (hash_spelling with the chunks at hand). */
static inline uint32_t short_word_hash(size_t n, uint64_t c0, uint64_t c1)
{
    uint64_t acc = hash_mix(HASH_SEED ^ n, c0);
    if (n > 8)
        acc = hash_mix(acc, c1);
    return hash_end(acc);
}

/* The case flags, hash and lexicon entry of the short word of n letters
** that ends in chunk x0 (bytes 0-7, base 0) or x1 (8-15, base 8, x0 all
** letters), at the first byte that is not a letter: the top bit of that
** byte is the lowest one set in `stop`.  The rest of t is set. */
static inline __attribute__((always_inline)) void
short_word_entry(struct token *t, size_t n, size_t base, uint64_t x0,
                 uint64_t let0, uint64_t x1, uint64_t let1, uint64_t stop)
{
    t->flags |= short_word_case(n, base, stop, &x0, &let0, &x1, &let1);

    /* lower case: bit 5 set in every letter */
    uint64_t c0 = x0 | let0 >> 2, c1 = x1 | let1 >> 2;
    const struct lex_slot *d = lex_probe(c0, c1);
    if (d) { /* (t->lex and t->cls are 0 otherwise) */
        memcpy(&t->hash, &d->hash, TOKEN_IDENT); /* hash, lex, kind */
        t->cls = d->cls;
    } else {
        t->hash = short_word_hash(n, c0, c1);
    }
}

/* The word at p ends in chunk x0 or x1 (short_word_entry); at the limit
** it ends with nothing after it, as before a control character. */
static inline __attribute__((always_inline)) int
short_word_end(struct tokenizer *tz, struct token *t, size_t p, size_t base,
               uint64_t x0, uint64_t let0, uint64_t x1, uint64_t let1,
               uint64_t stop)
{
    size_t n = base + (size_t)__builtin_ctzll(stop) / 8;
    int b = p + n < tz->limit ? byte_class[(unsigned char)tz->text[p + n]]
                              : B_CTRL;
    if (!word_stops(b, n))
        return word_general(tz, t, p);
    /* what is known is stored first: fewer values kept in registers, so
    ** none need saving */
    t->kind = TK_WORD;
    t->end = (uint32_t)(p + n);
    tz->pos = p + n;
    bool url = may_start_url(b);
    short_word_entry(t, n, base, x0, let0, x1, let1, stop);
    if (url)
        return finish(tz, t, tz->pos);
    return TK_WORD;
}

/* The short path for words of 8-15 letters: a second load (of the bytes
** before the limit, zeros after them: load_chunk). */
__attribute__((noinline)) static int long_short_word(struct tokenizer *tz,
                                                     struct token *t, size_t p)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t left = tz->limit - p - 8;
    uint64_t x0, x1 = load_chunk(s + p + 8, left < 8 ? left : 8, left);
    memcpy(&x0, s + p, 8);
    uint64_t let1 = letter_bytes(x1), stop = let1 ^ HIGH;
    if (!stop)
        return word_general(tz, t, p);
    return short_word_end(tz, t, p, 8, x0, HIGH, x1, let1, stop);
}

/*
** Most words are 1-15 ASCII letters followed by a space or punctuation
** that cannot continue them: one or two loads give the letters, their
** case, the hash and the chunks the lexicon compares, and the probe is
** inlined.  Everything else (a digit, an apostrophe or a non-ASCII byte
** after the letters, "U.S.", 16 letters or more) goes to lex_word.  The
** loads never pass the limit: near it they take the bytes before it.
** t->start and t->flags are set; the token is finished here (tz->pos, a
** URL).
*/
static int short_word(struct tokenizer *tz, struct token *t, size_t p)
{
    /* near the limit (before a skipped range, mostly) the bytes up to it
    ** and zeros after them, which end the word */
    size_t left = tz->limit - p;
    uint64_t x = load_chunk((const unsigned char *)tz->text + p,
                            left < 8 ? left : 8, left);
    uint64_t let = letter_bytes(x), stop = let ^ HIGH;
    if (!stop) /* 8 letters or more */
        return long_short_word(tz, t, p);
    return short_word_end(tz, t, p, 0, x, let, 0, 0, stop);
}

/* A word in general: Latin letters beyond ASCII, digits after a letter,
** apostrophes, "U.S.", any length. */
RARE static size_t lex_word(const unsigned char *s, size_t p, size_t limit,
                            struct token *t)
{
    size_t start = p;
    unsigned seen = 0;   /* SEEN_*: the case of its letters */
    bool curly = false;  /* a ’ inside: the spelling is not the bytes */
    int letters = 0;
    uint16_t fl = is_upper(s[p]) ? TF_CAP : 0;
    for (;;) {
        size_t run = p;
        p = ascii_run(s, p, limit, &seen);
        letters += (int)(p - run);
        if (p >= limit)
            break;
        unsigned char c = s[p];
        size_t width = c == '\'' ? 1
                       : c == 0xE2 && limit - p >= 3 && s[p + 1] == 0x80 &&
                               s[p + 2] == 0x99
                           ? 3 /* ’ read as ' */
                           : 0;
        if (width) {
            int a = apostrophe(s, start, p, width, limit);
            if (a == APOS_INSIDE) {
                curly |= width == 3;
                p += width;
                continue;
            }
            if (a == APOS_END)
                break;
            t->end = (uint32_t)p;
            t->flags |= TF_POSS;
            p += width + (a == APOS_POSS_S);
            goto done;
        }
        if (c < 0x80) {
            if (is_digit(c)) {
                /* "RMB50", "Rs500", "R40": a currency code glued to
                ** digits (unit.c asks more of the one-letter "R") */
                size_t n = p - start;
                if (!(fl & TF_DIGIT) && letters == (int)n && n >= 1 && n <= 3) {
                    uint16_t id = lex_lookup(
                        tok_hash_word((const char *)s + start, n),
                        (const char *)s + start, n);
                    if (id && (lex_get(id)->cls & LX_CURPREFIX))
                        break;
                    /* "PHP18.6 trillion", "SEK12.5 million"; not
                    ** "COP28", "PHP8": a code only before an amount */
                    if (n == 3 && is_upper(s[start]) && is_upper(s[start + 1]) &&
                        is_upper(s[start + 2]) && amount_follows(s, p, limit) &&
                        lex_iso_code((const char *)s + start))
                        break;
                }
                fl |= TF_DIGIT;
                p++;
                continue;
            }
            break;
        }
        uint32_t cp, fold;
        int n = utf8_decode(s + p, limit - p, &cp);
        if (n == 0)
            break;
        if (classify(cp, &fold) != C_LETTER)
            break;
        letters++;
        seen |= SEEN_OTHER;
        p += (size_t)n;
    }
    t->end = (uint32_t)p;
done:
    /* "U.S.", "a.m.", "e.g.": single letters joined by dots */
    if (t->end - start == 1 && !(t->flags & TF_POSS) && p + 1 < limit &&
        s[p] == '.' && is_alpha(s[p + 1]) &&
        (p + 2 >= limit || !is_alpha(s[p + 2]))) {
        while (p + 1 < limit && s[p] == '.' && is_alpha(s[p + 1]) &&
               (p + 2 >= limit || !is_alpha(s[p + 2]))) {
            seen |= is_upper(s[p + 1]) ? SEEN_UPPER : SEEN_LOWER;
            letters++;
            p += 2;
        }
        if (p < limit && s[p] == '.')
            p++;
        t->end = (uint32_t)p;
    }
    /* the spelling the lexicon and the gazetteer know: ’ read as ' */
    const unsigned char *w = s + start;
    size_t wlen = t->end - start, room = limit - start;
    unsigned char buf[MAX_CURLY_WORD];
    if (curly && wlen <= sizeof buf) {
        size_t n = 0;
        for (size_t k = 0; k < wlen; k++) {
            if (w[k] == 0xE2 && k + 2 < wlen && w[k + 1] == 0x80 &&
                w[k + 2] == 0x99) {
                buf[n++] = '\'';
                k += 2;
            } else {
                buf[n++] = w[k];
            }
        }
        w = buf;
        wlen = room = n;
    }
    uint64_t first;
    uint32_t h = hash_spelling(w, wlen, room, &first);
    word_flags_and_entry(t, fl, seen, letters, h, first, w, wlen);
    return p;
}

static inline void word_flags_and_entry(struct token *t, uint16_t fl,
                                        unsigned seen, int letters,
                                        uint32_t hash, uint64_t first,
                                        const unsigned char *w, size_t wlen)
{
    if (letters >= 2 && seen == SEEN_UPPER)
        fl |= TF_ALLCAP;
    else if ((seen & SEEN_UPPER) && !(fl & TF_CAP))
        fl |= TF_MIXED;
    t->kind = TK_WORD;
    t->flags |= fl;
    t->hash = hash;
    t->cls = 0;
    t->lex = wlen > MAX_LOOKUP
                 ? 0
                 : lex_lookup_packed(first, (const char *)w, wlen, &t->cls);
}

/* Where the text ends for tokens from p on: the next skipped range's
** start, or the end.  Ranges behind p are dropped first. */
static size_t next_limit(struct tokenizer *tz, size_t p)
{
    while (tz->next_skip < tz->n_skip && tz->skip[tz->next_skip].end <= p)
        tz->next_skip++;
    size_t limit = tz->len;
    if (tz->next_skip < tz->n_skip && tz->skip[tz->next_skip].start < limit)
        limit = tz->skip[tz->next_skip].start;
    return limit;
}

/* Length of the Unicode space (no-break, thin, ideographic...) at s, n
** bytes available, or 0. */
RARE static int unicode_space(const unsigned char *s, size_t n)
{
    uint32_t cp, fold;
    int len = utf8_decode(s, n, &cp);
    return len > 1 && classify(cp, &fold) == C_SPACE ? len : 0;
}

/* A token that is not ASCII: a letter starting a word, CJK, punctuation
** folded to its ASCII twin, a symbol, or an invalid byte. */
RARE static size_t lex_unicode(const unsigned char *s, size_t p,
                               size_t limit, struct token *t)
{
    uint32_t cp, fold;
    int n = utf8_decode(s + p, limit - p, &cp);
    if (n == 0) {
        t->kind = TK_OTHER;
        t->end = (uint32_t)++p;
        return p;
    }
    switch (classify(cp, &fold)) {
    case C_LETTER:
        return lex_word(s, p, limit, t);
    case C_CJK:
    case C_KANA:
        t->kind = TK_CJK;
        t->hash = cp;
        if (cp >= 0x3040 && cp <= 0x30FF)
            t->flags |= TF_KANA;
        break;
    case C_PUNCT:
        t->kind = TK_PUNCT;
        t->hash = fold;
        break;
    case C_SYM:
        t->kind = TK_SYM;
        t->hash = cp;
        break;
    default:
        t->kind = TK_OTHER;
        break;
    }
    p += (size_t)n;
    t->end = (uint32_t)p;
    return p;
}

/* The whitespace from p on is done and p is at tz->limit: the end of
** the text (TK_END), or a skipped range (TK_BREAK, or nothing when the
** range is empty or behind p: returns -1 and the scan goes on). */
RARE static int at_limit(struct tokenizer *tz, size_t p, uint16_t flags,
                         struct token *t)
{
    size_t limit = tz->limit;
    if (limit < tz->len) { /* a boilerplate range */
        limit = next_limit(tz, p);
        if (p >= limit && limit < tz->len) {
            t->kind = TK_BREAK;
            t->start = t->end = (uint32_t)p;
            t->flags = flags | TF_SPACE;
            size_t e = tz->skip[tz->next_skip].end;
            tz->pos = e > tz->len ? tz->len : e < p ? p : e;
            tz->next_skip++;
            tz->limit = next_limit(tz, tz->pos);
            return TK_BREAK;
        }
        tz->limit = limit;
        if (p < limit) /* (else the range was the text's end) */
            return -1;
    }
    tz->pos = p;
    t->kind = TK_END;
    t->start = t->end = (uint32_t)p;
    t->flags = flags;
    return TK_END;
}

/* A word or number ends at p: does a URL go on?  Then the token is
** done.  (Not inlined: its callers then make no call of their own but
** this last one, and need no registers saved.) */
__attribute__((noinline)) static int finish(struct tokenizer *tz,
                                            struct token *t, size_t p)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t limit = tz->limit;
    /* a '.' goes on into a URL only after "www" (url_follows): the one
    ** that ends a sentence is let go at once */
    if (p < limit && may_start_url(byte_class[s[p]]) &&
        (s[p] != '.' || p - t->start == 3))
        p = maybe_url(s, p, limit, t);
    tz->pos = p;
    return t->kind;
}

/* Does the '.' at p start a number (".5")? */
static inline bool dot_starts_number(const unsigned char *s, size_t p,
                                     size_t limit)
{
    return p + 1 < limit && is_digit(s[p + 1]) &&
           (p == 0 || (!is_digit(s[p - 1]) && !is_alpha(s[p - 1])));
}

/* The number at p (t->start and t->flags are set). */
static int number_token(struct tokenizer *tz, struct token *t, size_t p)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t limit = tz->limit;
    p = lex_number(s, p, limit, t);
    /* a '.' goes on into a URL only after "www" (url_follows) */
    if (p < limit && byte_class[s[p]] == B_URLMARK)
        return finish(tz, t, p);
    tz->pos = p;
    return TK_NUM;
}

/* The token at p, of byte class b, in general (t->start and t->flags
** are set): every kind, every path. */
__attribute__((noinline)) static int token_at(struct tokenizer *tz,
                                              struct token *t, size_t p, int b)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t limit = tz->limit;
    switch (b) {
    case B_LETTER:
        return short_word(tz, t, p);
    case B_DIGIT:
        return number_token(tz, t, p);
    case B_DOT:
        if (dot_starts_number(s, p, limit))
            return number_token(tz, t, p);
        /* fall through */
    case B_PUNCT:
    case B_URLMARK:
    case B_APOS:
        t->kind = TK_PUNCT;
        t->hash = s[p];
        t->end = (uint32_t)++p;
        tz->pos = p;
        return TK_PUNCT;
    case B_HIGH:
        p = lex_unicode(s, p, limit, t);
        if (t->kind == TK_WORD)
            return finish(tz, t, p);
        tz->pos = p;
        return t->kind;
    default: /* control characters */
        t->kind = TK_OTHER;
        t->end = (uint32_t)++p;
        tz->pos = p;
        return TK_OTHER;
    }
}

/* tok_next from p on, in general: whitespace of any kind (flags so far
** in `flags`), the limit and skipped ranges, then any token. */
__attribute__((noinline)) static int
next_general(struct tokenizer *tz, struct token *t, size_t p, uint16_t flags)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    for (;;) {
        size_t limit = tz->limit;
        while (p < limit) {
            int b = byte_class[s[p]], n;
            if (b == B_SPACE) {
                flags |= TF_SPACE;
                p++;
            } else if (b == B_NEWLINE) {
                if (flags & TF_NEWLINE)
                    flags |= TF_BLANK;
                flags |= TF_NEWLINE | TF_SPACE;
                p++;
            } else if (b == B_HIGH && (n = unicode_space(s + p, limit - p))) {
                flags |= TF_SPACE;
                p += (size_t)n;
            } else {
                t->start = (uint32_t)p;
                t->flags = flags;
                return token_at(tz, t, p, b);
            }
        }
        int k = at_limit(tz, p, flags, t);
        if (k >= 0)
            return k;
    }
}

/*
** The common tokens are taken here: ASCII whitespace, then a word of
** 1-15 letters (short_word), a number or one punctuation character.
** Everything else goes to next_general or token_at, always as the last
** thing done (a tail call): with no call on its own paths tok_next needs
** no registers saved, which on 1-2 million tokens is most of a call's
** cost.
*/
int tok_next(struct tokenizer *tz, struct token *t)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t p = tz->pos, limit = tz->limit;
    memset(t, 0, sizeof *t);
    /* the text's start (a line break before the first token) and its
    ** last two bytes are next_general's: then two bytes may be read */
    if (p == 0 || p + 2 > limit)
        return next_general(tz, t, p, p == 0 ? TF_SPACE | TF_NEWLINE : 0);

    /* most tokens follow one space or none; any other whitespace and
    ** UTF-8 are next_general's too */
    uint16_t flags = 0;
    unsigned char c = s[p];
    if (c == ' ') {
        flags = TF_SPACE;
        c = s[++p];
    }
    int b = byte_class[c];
    if ((unsigned)(b - B_CTRL) > B_LETTER - B_CTRL)
        return next_general(tz, t, p, flags);

    t->start = (uint32_t)p;
    t->flags = flags;
    if (b == B_LETTER)
        return short_word(tz, t, p);
    if (b == B_DIGIT)
        return number_token(tz, t, p);
    if (b != B_CTRL && !(b == B_DOT && dot_starts_number(s, p, limit))) {
        t->kind = TK_PUNCT;
        t->hash = s[p];
        t->end = (uint32_t)++p;
        tz->pos = p;
        return TK_PUNCT;
    }
    return token_at(tz, t, p, b);
}

/* Per byte class, bit n set when a word of n ASCII letters can end
** before a byte of that class with nothing more to check: not where
** lex_word goes on (word_stops), nor where a URL may follow (':' and '@'
** may start one, '.' only after "www": finish, url_follows). */
static const uint16_t word_ends_before[B_HIGH + 1] = {
    [B_SPACE] = 0xFFFF,
    [B_NEWLINE] = 0xFFFF,
    [B_CTRL] = 0xFFFF,
    [B_PUNCT] = 0xFFFF,
    [B_DOT] = 0xFFFF & ~(1u << 1 | 1u << 3),
};

/*
** tok_run stores its tokens whole: the span (start, end), then three
** 8-byte words (in the byte order of little-endian machines, as
** everywhere this runs), five stores instead of a clear and one per
** field.  The words are the identity (hash, lex, kind, nflags:
** TOKEN_IDENT bytes, as a lexicon slot keeps them for a word), the shape
** (flags, ndigits, exp) and the value (mant, or cls).
*/
_Static_assert(sizeof(struct token) == 32 &&
                   offsetof(struct token, end) == 4 &&
                   offsetof(struct token, hash) == 8 &&
                   offsetof(struct token, lex) == 12 &&
                   offsetof(struct token, kind) == 14 &&
                   offsetof(struct token, nflags) == 15 &&
                   offsetof(struct token, flags) == 16 &&
                   offsetof(struct token, ndigits) == 18 &&
                   offsetof(struct token, exp) == 20 &&
                   offsetof(struct token, mant) == 24,
               "tok_run's stores know where the fields are");

static inline __attribute__((always_inline)) void
store_token(struct token *t, size_t start, size_t end, uint64_t ident,
            uint64_t shape, uint64_t value)
{
    /* (one memcpy of the three went through the stack, and joining the
    ** span's halves into one store takes more than a second store) */
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    memcpy((char *)t + 8, &ident, 8);
    memcpy((char *)t + 16, &shape, 8);
    memcpy((char *)t + 24, &value, 8);
}

/* The identity word of a token of a kind, with its hash and nflags. */
static inline uint64_t token_ident(uint32_t hash, unsigned kind,
                                   unsigned nflags)
{
    return hash | (uint64_t)kind << 48 | (uint64_t)nflags << 56;
}

/* The shape word of a token. */
static inline uint64_t token_shape(uint32_t flags, unsigned ndigits, int exp)
{
    return flags | (uint64_t)ndigits << 16 | (uint64_t)(uint16_t)exp << 32;
}

/* tok_run's word of n (1..15) letters at q, c0 and c1 its bytes
** lower-cased (as for lex_probe); `flags` has its case flags, and
** TF_PLAIN when the word is plain unless its lexeme says otherwise.  A
** word in the lexicon has its hash, id and classes there. */
static inline __attribute__((always_inline)) void
run_word_store(struct token *t, size_t q, uint32_t flags, size_t n, uint64_t c0,
               uint64_t c1)
{
    uint64_t ident, cls = 0;
    const struct lex_slot *d = lex_probe(c0, c1);
    if (d) {
        memcpy(&ident, &d->hash, TOKEN_IDENT);
        cls = d->cls;
        flags &= d->keep_flags;
    } else {
        ident = token_ident(short_word_hash(n, c0, c1), TK_WORD, 0);
    }
    store_token(t, q, q + n, ident, flags, cls);
}

/* Does the word of n letters at q end before a '.' that word_ends_before
** leaves to tok_next for the word's length (3: "www." may start a URL),
** when it is not "www" ("GDP.", "the.")?  Tested only where the table
** says no. */
static inline bool abbreviation_ends(const unsigned char *s, size_t q,
                                     size_t n)
{
    return n == 3 && s[q + 3] == '.' &&
           !((s[q] | 32) == 'w' && (s[q + 1] | 32) == 'w' &&
             (s[q + 2] | 32) == 'w');
}

/* The place of the lowest bit set in x (not 0): through unsigned, whose
** widening to size_t costs no instruction (an int's does). */
static inline size_t lowest_bit(unsigned x)
{
    return (unsigned)__builtin_ctz(x);
}

/* Does tok_run's word of n (1..15) letters at q end there?  Most words
** end before a space, which one test says; other bytes take the
** table. */
static inline __attribute__((always_inline)) bool
word_ends_at(const unsigned char *s, size_t q, size_t n)
{
    unsigned char c = s[q + n];
    return c == ' ' || ((word_ends_before[byte_class[c]] >> n) & 1) ||
           abbreviation_ends(s, q, n);
}

/* Is there a possessive 's at p, as lex_word cuts it off (apostrophe:
** APOS_POSS_S, "China's"), with no URL after it (finish: ':' or '@')?
** The 3 bytes from p on are inside the limit. */
static inline bool possessive_at(const unsigned char *s, size_t p)
{
    return s[p] == '\'' && (s[p + 1] | 32) == 's' && !is_alpha(s[p + 2]) &&
           byte_class[s[p + 2]] != B_URLMARK;
}

/* Does tok_run's word of n (1..15) letters at q end there (word_ends_at),
** or, when `poss`, before a possessive 's (a word of up to 13 letters,
** so that RUN_STEP_MAX holds)?  Such a word gets TF_POSS and no
** TF_PLAIN (the scanner looks at the gap after it), and the text goes on
** after the 's.  *after gets where the text goes on (set only when the
** word ends). */
static inline __attribute__((always_inline)) bool
word_ends(const unsigned char *s, size_t q, size_t n, bool poss,
          uint32_t *flags, size_t *after)
{
    if (!poss) {
        if (!word_ends_at(s, q, n))
            return false;
        *after = q + n;
        return true;
    }
    if (n > 13 || !possessive_at(s, q + n))
        return false;
    *flags = (*flags & ~TF_PLAIN) | TF_POSS;
    *after = q + n + 2;
    return true;
}

#if defined(__SSE2__)
/* 16 bytes 0xFF then 16 bytes 0: the 16 loaded from 16 - n on keep the
** first n bytes of a vector. */
static const unsigned char first_bytes[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

/* The 16 bytes from a token's start, classified at once (SSE2, which
** every x86-64 has): a letter is a byte that, with bit 5 set, is
** 'a'..'z'; bit 5 already set means not upper case. */
struct run_bytes {
    __m128i bytes, folded; /* folded: with bit 5 set */
    unsigned others;       /* bit i set: byte i is not an ASCII letter
                              (the word's end, with no NOT to take) */
};

/* Does a letter start at q?  *r gets the bytes from q on, for run_word;
** the 17 bytes from q on are inside the limit. */
static inline __attribute__((always_inline)) bool
letter_at(const unsigned char *s, size_t q, struct run_bytes *r)
{
    r->bytes = _mm_loadu_si128((const __m128i *)(s + q));
    r->folded = _mm_or_si128(r->bytes, _mm_set1_epi8(0x20));
    __m128i from_a = _mm_sub_epi8(r->folded, _mm_set1_epi8('a'));
    __m128i other =
        _mm_cmpeq_epi8(_mm_max_epu8(from_a, _mm_set1_epi8(26)), from_a);
    r->others = (unsigned)_mm_movemask_epi8(other);
    return !(r->others & 1);
}

/*
** tok_run's word at q (letter_at said so, and filled r): 1-15 ASCII
** letters, then a byte before which it ends (word_ends_before), or with
** `poss` 1-13 before a possessive 's (word_ends).  Stores it and sets
** *end to where the text goes on, or returns false when it is not one
** tok_run takes (nothing is stored then).
*/
static inline __attribute__((always_inline)) bool
run_word(struct token *t, const unsigned char *s, size_t q, uint32_t flags,
         const struct run_bytes *r, bool poss, size_t *end)
{
    /* n stops at 15: a longer word then looks like one that does not
    ** end (its byte 15 is a letter) */
    size_t n = lowest_bit(r->others | 0x8000);
    if (!word_ends(s, q, n, poss, &flags, end))
        return false;
    /* the word's bytes, lower-cased and not: they differ where it has
    ** capitals (most words have none) */
    __m128i keep = _mm_loadu_si128((const __m128i *)(first_bytes + 16 - n));
    __m128i word = _mm_and_si128(r->folded, keep);
    if (_mm_movemask_epi8(
            _mm_cmpeq_epi8(word, _mm_and_si128(r->bytes, keep))) != 0xFFFF) {
        /* case_flags, from bit i set when byte i is a capital */
        unsigned all = (1u << n) - 1;
        unsigned upper = all & ~(unsigned)_mm_movemask_epi8(
                                   _mm_cmpeq_epi8(r->bytes, r->folded));
        flags = (flags & ~TF_PLAIN) |
                (!(upper & 1)             ? TF_MIXED
                 : n >= 2 && upper == all ? TF_CAP | TF_ALLCAP
                                          : TF_CAP);
    }
    uint64_t c0 = (uint64_t)_mm_cvtsi128_si64(word);
    uint64_t c1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(word, word));
    run_word_store(t, q, flags, n, c0, c1);
    return true;
}

/* Bit i set when byte i from the token's start is an ASCII digit (as
** letter_at's test, from '0'). */
static inline __attribute__((always_inline)) unsigned
digit_mask(const unsigned char *s, size_t q, const struct run_bytes *r)
{
    (void)s, (void)q;
    __m128i from_0 = _mm_sub_epi8(r->bytes, _mm_set1_epi8('0'));
    return (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_min_epu8(from_0, _mm_set1_epi8(9)), from_0));
}
#else
/* As above, eight bytes at a time (letter_bytes). */
struct run_bytes {
    uint64_t x0, let0; /* bytes 0-7 and their letter_bytes */
};

static inline __attribute__((always_inline)) bool
letter_at(const unsigned char *s, size_t q, struct run_bytes *r)
{
    memcpy(&r->x0, s + q, 8);
    r->let0 = letter_bytes(r->x0);
    return r->let0 & 0x80;
}

static inline __attribute__((always_inline)) bool
run_word(struct token *t, const unsigned char *s, size_t q, uint32_t flags,
         const struct run_bytes *r, bool poss, size_t *end)
{
    uint64_t x0 = r->x0, x1 = 0;
    uint64_t let0 = r->let0, let1 = 0, stop = let0 ^ HIGH;
    size_t base = 0;
    if (!stop) { /* 8 letters or more */
        memcpy(&x1, s + q + 8, 8);
        let1 = letter_bytes(x1);
        stop = let1 ^ HIGH;
        if (!stop)
            return false;
        base = 8;
    }
    size_t n = base + (size_t)__builtin_ctzll(stop) / 8;
    if (!word_ends(s, q, n, poss, &flags, end))
        return false;
    uint16_t case_of = short_word_case(n, base, stop, &x0, &let0, &x1, &let1);
    if (case_of)
        flags = (flags & ~TF_PLAIN) | case_of;
    run_word_store(t, q, flags, n, x0 | let0 >> 2, x1 | let1 >> 2);
    return true;
}

/* The top bit of each byte of marks (letter_bytes, digit_bytes) gathered
** into bits 0-7 by one multiplication: byte i's bit lands on bit 56 + i. */
static inline unsigned top_bits(uint64_t marks)
{
    return (unsigned)(((marks >> 7) * 0x0102040810204080u) >> 56);
}

static inline __attribute__((always_inline)) unsigned
digit_mask(const unsigned char *s, size_t q, const struct run_bytes *r)
{
    uint64_t x1;
    memcpy(&x1, s + q + 8, 8);
    return top_bits(digit_bytes(r->x0)) | top_bits(digit_bytes(x1)) << 8;
}
#endif

static const uint32_t power_of_ten[8] = {1,     10,     100,     1000,
                                         10000, 100000, 1000000, 10000000};

/* tok_run's number at q: up to 7 digits (or 1-3 and one thousands
** group: "455,250"), and a '.' and up to 7 more (lex_number's value, read
** eight digits at a time).  Stores it and sets *end to where it ends, or
** returns false when lex_number is needed (more groups or digits,
** "1.2.3") or a URL may follow (':' or '@'), and nothing is stored then.
** The 17 bytes from q on are inside the limit. */
static inline __attribute__((always_inline)) bool
run_number(struct token *t, const unsigned char *s, size_t q, uint32_t flags,
           unsigned digits, size_t *end)
{
    /* digits: bit i set when byte q + i is a digit (digit_mask) */
    size_t n = lowest_bit(~digits), e = q + n;
    if (n > 7)
        return false;
    uint64_t x;
    memcpy(&x, s + q, 8);
    unsigned nflags = n > 1 && s[q] == '0' ? NF_LEADZERO : 0;
    uint64_t mant = digits_value(x, n);
    size_t ndigits = n;
    /* a thousands group, by lex_number's rule, ends by q + 7: the decimals
    ** loaded after it are still inside the 17 bytes */
    if (s[e] == ',' && n <= 3 && is_digit(s[e + 1]) && is_digit(s[e + 2]) &&
        is_digit(s[e + 3]) && !is_digit(s[e + 4])) {
        mant = mant * 1000 + (s[e + 1] - '0') * 100u + (s[e + 2] - '0') * 10u +
               (s[e + 3] - '0');
        ndigits += 3;
        nflags |= NF_COMMA;
        e += 4;
    }
    size_t decimals = 0;
    if (s[e] == '.' && is_digit(s[e + 1])) {
        /* (e + 1 is at most q + 8, and the mask has 16 bytes) */
        decimals = lowest_bit(~(digits >> (e + 1 - q)));
        if (decimals > 7)
            return false;
        memcpy(&x, s + e + 1, 8);
        mant = mant * power_of_ten[decimals] + digits_value(x, decimals);
        nflags |= NF_DECIMAL;
        e += 1 + decimals;
    }
    unsigned char c = s[e];
    if (((c == '.' || c == ',') && is_digit(s[e + 1])) ||
        byte_class[c] == B_URLMARK)
        return false;
    store_token(t, q, e, token_ident(0, TK_NUM, nflags),
                token_shape(flags, (unsigned)ndigits, -(int)decimals), mant);
    *end = e;
    return true;
}

/* The Han character at q (U+4E00 to U+9FFF: three bytes of UTF-8 led by
** E4 to E9), or 0.  Each is a TK_CJK token of its own (lex_unicode), the
** commonest token of Chinese text, which tok_run then takes without
** decoding and classifying it in general.  The 3 bytes from q on are
** inside the limit. */
static inline uint32_t han_at(const unsigned char *s, size_t q)
{
    unsigned lead = s[q];
    if (lead - 0xE4u > 0xE9u - 0xE4u || (s[q + 1] & 0xC0) != 0x80 ||
        (s[q + 2] & 0xC0) != 0x80)
        return 0;
    uint32_t cp = (lead & 0x0Fu) << 12 | (s[q + 1] & 0x3Fu) << 6 |
                  (s[q + 2] & 0x3Fu);
    return cp >= 0x4E00 ? cp : 0; /* (not the hexagrams before it) */
}

/* tok_run's bound on p - 1 for the short paths: they need p > 0 and
** 19 bytes before the limit: two of whitespace, 16 loaded and the one
** after them. */
static inline size_t run_bound(size_t limit)
{
    return limit >= 19 ? limit - 19 : 0;
}

/* The most a token of the short paths moves the position on: two bytes of
** whitespace and 15 of a word or number ("455,250.1234567"). */
#define RUN_STEP_MAX 17

/*
** The common tokens (after one space, a line break, a blank line or
** nothing: a word of 1-15 ASCII letters that ends before a space or
** punctuation, a number of digits and a decimal part, one punctuation
** character or one Han character), from *pos on into next, up to last or to a token they do
** not take; returns where they stop, and *pos where the text does.  When
** `near_limit` is false the caller knows that the tokens up to last
** cannot come near the limit (RUN_STEP_MAX), and the test before each
** token is left out.
*/
static inline __attribute__((always_inline)) struct token *
run_short(const unsigned char *s, size_t *pos, size_t bound,
          struct token *next, struct token *last, bool near_limit, bool poss)
{
    size_t p = *pos;
    for (; next < last; next++) {
        size_t q = p;
        /* TF_PLAIN on the line, for a word to drop when it is not plain
        ** (the constants cost nothing, the tests would) */
        uint32_t flags = TF_PLAIN;
        if (near_limit && q - 1 >= bound) /* (the text's start too: q - 1
                                             wraps) */
            break;
        /* (most tokens follow one space: their path is laid out
        ** straight, with no jump) */
        if (__builtin_expect(s[q] == ' ', 1)) {
            flags = TF_SPACE | TF_PLAIN;
            q++;
        } else if (s[q] == '\n') { /* (next_general's flags) */
            flags = TF_SPACE | TF_NEWLINE;
            q++;
            if (s[q] == '\n') {
                flags |= TF_BLANK;
                q++;
            }
        }
        struct run_bytes r;
        if (letter_at(s, q, &r)) {
            if (!run_word(next, s, q, flags, &r, false, &p) &&
                !(poss && run_word(next, s, q, flags, &r, true, &p)))
                break;
            continue;
        }
        int b = byte_class[s[q]];
        if (b == B_DIGIT) {
            if (!run_number(next, s, q, flags & ~TF_PLAIN,
                            digit_mask(s, q, &r), &p))
                break;
            continue;
        }
        if (b == B_PUNCT || b == B_URLMARK || b == B_APOS ||
            (b == B_DOT && !is_digit(s[q + 1]))) { /* (".5": tok_next's) */
            store_token(next, q, q + 1, token_ident(s[q], TK_PUNCT, 0),
                        flags & ~TF_PLAIN, 0);
            p = q + 1;
            continue;
        }
        uint32_t cp;
        if (b == B_HIGH && (cp = han_at(s, q))) {
            store_token(next, q, q + 3, token_ident(cp, TK_CJK, 0),
                        flags & ~TF_PLAIN, 0);
            p = q + 3;
            continue;
        }
        break;
    }
    *pos = p;
    return next;
}

/*
** The token at tz->pos that run_short leaves, into t: a word before a
** possessive 's when it is one run_short takes with `poss` ("China's"),
** else tok_next's.  Returns its kind.  (The possessive is tried here, out
** of the loop: a call or a second run_word in it crowded its registers.
** The AVX2 loop calls this portable one too, for the same tokens.)
*/
__attribute__((noinline)) static int run_other(struct tokenizer *tz,
                                               struct token *t)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t p = tz->pos, bound = run_bound(tz->limit);
    /* (most tokens left are no word, or near the limit: one test each) */
    if (p - 1 < bound && is_alpha(s[p + (s[p] == ' ')]) &&
        run_short(s, &p, bound, t, t + 1, false, true) > t) {
        tz->pos = p;
        return t->kind;
    }
    return tok_next(tz, t);
}

/*
** tok_next in a loop, for the sentence loop (scan.c), which then makes
** one call per run of tokens instead of one per token.  The common
** tokens are read by run_short with the position, the limit and the
** text in registers; anything else is tok_next's, so the tokens are the
** same.
*/
static inline __attribute__((always_inline)) int
run_tokens(struct tokenizer *tz, struct token *t, int room)
{
    const unsigned char *s = (const unsigned char *)tz->text;
    size_t p = tz->pos, bound = run_bound(tz->limit);
    struct token *next = t, *last = t + room;
    for (;;) {
        /* most runs are far from the limit: their short tokens need not
        ** test it one by one (p > 0 too: the text's start is tok_next's) */
        if (p - 1 < bound &&
            (size_t)(last - next) * RUN_STEP_MAX <= bound - p)
            next = run_short(s, &p, bound, next, last, false, false);
        else
            next = run_short(s, &p, bound, next, last, true, false);
        if (next == last)
            break;
        tz->pos = p;
        int k = run_other(tz, next);
        p = tz->pos;
        bound = run_bound(tz->limit);
        next++;
        if (k == TK_END || k == TK_BREAK || next == last)
            return (int)(next - t);
    }
    tz->pos = p;
    return (int)(next - t);
}

#if defined(__GNUC__) && defined(__x86_64__)
/* The same loop compiled for the CPUs with AVX2 (all of which have BMI1
** and BMI2 too): three-operand vector instructions and shifts by any
** register need no copies first, and the constants stay in registers,
** some five instructions a token fewer.  The CPU is asked once, at start;
** WICRUN_NO_AVX2 in the environment forces the portable loop, so that the
** tests and check.sh can run both: they must give the same tokens. */
#define RUN_AVX2 1

#include "../core/cpu.h"

__attribute__((target("avx2,bmi,bmi2"))) static int
run_tokens_avx2(struct tokenizer *tz, struct token *t, int room)
{
    return run_tokens(tz, t, room);
}

static int run_with_avx2;

__attribute__((constructor)) static void choose_run_tokens(void)
{
    run_with_avx2 = cpu_avx2_allowed(1);
}
#endif

/* (Not inlined: tok_run then only chooses, and saves no registers.) */
__attribute__((noinline)) static int
run_tokens_portable(struct tokenizer *tz, struct token *t, int room)
{
    return run_tokens(tz, t, room);
}

int tok_run(struct tokenizer *tz, struct token *t, int room)
{
#ifdef RUN_AVX2
    if (run_with_avx2)
        return run_tokens_avx2(tz, t, room);
#endif
    return run_tokens_portable(tz, t, room);
}
