/*
** textscan.h: small helpers over byte ranges of normalised UTF-8 text.
**
** Every scanner of the article layer (dates, datelines, boilerplate,
** sentences) looks at a line as (pointer, length), never as a C string:
** lines are not NUL-terminated inside the article text, and copying them
** would cost an allocation per line.  The helpers are static inline so the
** hot loops stay tight; none of them allocates, and each is linear in the
** bytes it is given (callers bound those bytes when a rule only needs the
** start or the end of a line).
*/
#ifndef WIC_TEXTSCAN_H
#define WIC_TEXTSCAN_H

#include <stddef.h>
#include <string.h>

struct range {
    size_t start, end; /* [start, end) */
};

static inline int ts_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int ts_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int ts_is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int ts_is_alpha(unsigned char c)
{
    return ts_is_upper(c) || ts_is_lower(c);
}
static inline int ts_is_alnum(unsigned char c)
{
    return ts_is_alpha(c) || ts_is_digit(c);
}
static inline unsigned char ts_lower(unsigned char c)
{
    return ts_is_upper(c) ? (unsigned char)(c + 32) : c;
}

/* Bytes of the whitespace character at s[i] (ASCII space, tab, FF, VT,
** U+00A0, U+3000), or 0.  Newlines are not line-internal whitespace. */
static inline size_t ts_space_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c > ' ' && c < 0xC2) /* most bytes: one test (a range) */
        return 0;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Is the character ending just before s[i] whitespace?  Its length, or 0. */
static inline size_t ts_space_before(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    unsigned char c = (unsigned char)s[i - 1];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xA0 && i >= 2 && (unsigned char)s[i - 2] == 0xC2)
        return 2;
    if (c == 0x80 && i >= 3 && (unsigned char)s[i - 3] == 0xE3 &&
        (unsigned char)s[i - 2] == 0x80)
        return 3;
    return 0;
}

static inline size_t ts_skip_space(const char *s, size_t n, size_t i)
{
    size_t k;
    while (i < n && (k = ts_space_at(s, n, i)) != 0)
        i += k;
    return i;
}

/* Trim whitespace off both ends of r (in place). */
static inline void ts_trim(const char *s, struct range *r)
{
    size_t k;
    while (r->start < r->end && (k = ts_space_at(s, r->end, r->start)) != 0)
        r->start += k;
    while (r->end > r->start && (k = ts_space_before(s, r->end)) != 0)
        r->end -= k;
}

/* ASCII case-insensitive: does s[0..n) start with the NUL-terminated
** `prefix`? */
static inline int ts_starts_ci(const char *s, size_t n, const char *prefix)
{
    size_t i = 0;
    for (; prefix[i]; i++) {
        if (i >= n || ts_lower((unsigned char)s[i]) !=
                          ts_lower((unsigned char)prefix[i]))
            return 0;
    }
    return 1;
}

/* Exact (case-sensitive) prefix test. */
static inline int ts_starts(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return k <= n && memcmp(s, prefix, k) == 0;
}

static inline int ts_ends(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return k <= n && memcmp(s + n - k, suffix, k) == 0;
}

/* Whole-range ASCII case-insensitive equality with a C string. */
static inline int ts_equals_ci(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && ts_starts_ci(s, n, word);
}

/* Where byte c next occurs in s[i..end), or end. */
static inline size_t ts_next_byte(const char *s, size_t i, size_t end, int c)
{
    const char *p = (const char *)memchr(s + i, c, end - i);
    return p ? (size_t)(p - s) : end;
}

/* First ASCII case-insensitive occurrence of `needle` in s[0..n), or n.
** Needles are short constants, so this is linear in n.  The candidates
** are the two cases of the first byte, each found with memchr (far
** cheaper than a byte loop) and taken in order. */
static inline size_t ts_find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    if (k == 0 || k > n)
        return k == 0 ? 0 : n;
    unsigned char lower = ts_lower((unsigned char)needle[0]);
    unsigned char upper = ts_is_lower(lower) ? (unsigned char)(lower - 32) : lower;
    size_t end = n - k + 1; /* past the last place a match may start */
    size_t next_lower = ts_next_byte(s, 0, end, lower);
    size_t next_upper = upper == lower ? end : ts_next_byte(s, 0, end, upper);
    for (;;) {
        size_t i = next_lower < next_upper ? next_lower : next_upper;
        if (i == end)
            return n;
        if (ts_starts_ci(s + i, n - i, needle))
            return i;
        if (i == next_lower)
            next_lower = ts_next_byte(s, i + 1, end, lower);
        else
            next_upper = ts_next_byte(s, i + 1, end, upper);
    }
}

/* Case-sensitive search for a byte string (UTF-8 needles included):
** memchr for the first byte, then compare.  Linear for the short,
** distinctive needles used here. */
static inline size_t ts_find(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle), i = 0;
    while (k > 0 && k <= n - i) {
        const char *p = (const char *)memchr(s + i, needle[0], n - i - k + 1);
        if (p == NULL)
            break;
        i = (size_t)(p - s);
        if (memcmp(p, needle, k) == 0)
            return i;
        i++;
    }
    return n;
}

/* A word list entry with its length, so lookups compare lengths before
** bytes: write entries as W("text"). */
struct word {
    const char *text;
    size_t len;
};
#define W(literal) {literal, sizeof(literal) - 1}

/* Is s[0..n) one of the `count` words (ASCII case-insensitive)? */
static inline int ts_one_of(const char *s, size_t n, const struct word *words,
                            size_t count)
{
    for (size_t w = 0; w < count; w++)
        if (words[w].len == n && ts_starts_ci(s, n, words[w].text))
            return 1;
    return 0;
}

/* A word list and a summary of it that turns most strings away at one
** look: for each first byte (its low five bits, which ASCII letters of
** either case share), the lengths of the words that start with it (bit
** k for k bytes, bit 31 for 31 or more), and which words those are (bit
** w for words[w]), so that a string that passes is compared with those
** few and not the whole list.  Rules that try every token of a line
** against lists of words ask this far more often than they find a word.
** ts_word_set_init fills the summary; until then, and for a list of
** more than 32 words, ts_in_set asks the whole list. */
struct word_set {
    const struct word *words;
    size_t count;
    int ready;
    unsigned lengths[32];
    unsigned members[32];
};
#define WORD_SET(array) {array, COUNT(array), 0, {0}, {0}}

static inline unsigned ts_length_bit(size_t n)
{
    return 1u << (n < 31 ? n : 31);
}

static inline void ts_word_set_init(struct word_set *set)
{
    if (set->count > 32)
        return;
    for (size_t w = 0; w < set->count; w++) {
        unsigned first = (unsigned char)set->words[w].text[0] & 31;
        set->lengths[first] |= ts_length_bit(set->words[w].len);
        set->members[first] |= 1u << w;
    }
    set->ready = 1;
}

/* ts_one_of for a word set.  A word that matches has the string's first
** byte in either case, so the same low five bits: only the words of
** that summary are compared. */
static inline int ts_in_set(const struct word_set *set, const char *s,
                            size_t n)
{
    if (!set->ready || n == 0)
        return ts_one_of(s, n, set->words, set->count);
    unsigned first = (unsigned char)s[0] & 31;
    if (!(set->lengths[first] & ts_length_bit(n)))
        return 0;
    for (unsigned m = set->members[first]; m; m &= m - 1) {
        const struct word *w = &set->words[__builtin_ctz(m)];
        if (w->len == n && ts_starts_ci(s, n, w->text))
            return 1;
    }
    return 0;
}

/* May a word of the set start with byte c?  (Yes until the summary is
** made.)  For rules that can turn a line away by its first byte before
** looking for where its first token ends. */
static inline int ts_set_may_start(const struct word_set *set, unsigned char c)
{
    return !set->ready || set->lengths[c & 31] != 0;
}

/* May a word of the set start with byte c and be from lo to hi bytes
** long?  (Yes until the summary is made.) */
static inline int ts_set_may_hold(const struct word_set *set, unsigned char c,
                                  size_t lo, size_t hi)
{
    if (!set->ready)
        return 1;
    unsigned up_to_hi = hi >= 31 ? ~0u : (1u << (hi + 1)) - 1;
    unsigned below_lo = lo >= 31 ? (1u << 31) - 1 : (1u << lo) - 1;
    return (set->lengths[c & 31] & up_to_hi & ~below_lo) != 0;
}

/* The first of the `count` words that s[0..n) starts with (ASCII case-
** insensitive), or -1. */
static inline int ts_prefix_of(const char *s, size_t n,
                               const struct word *words, size_t count)
{
    if (n == 0)
        return -1;
    unsigned char first = ts_lower((unsigned char)s[0]);
    for (size_t w = 0; w < count; w++)
        if (ts_lower((unsigned char)words[w].text[0]) == first &&
            words[w].len <= n && ts_starts_ci(s, n, words[w].text))
            return (int)w;
    return -1;
}

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* Is s[i] the start of a word, i.e. not preceded by an ASCII letter or
** digit? */
static inline int ts_word_start(const char *s, size_t i)
{
    return i == 0 || !ts_is_alnum((unsigned char)s[i - 1]);
}

/* Does the ASCII letter run at s[i] end at i + k (no letter follows)? */
static inline int ts_word_end(const char *s, size_t n, size_t i)
{
    return i >= n || !ts_is_alpha((unsigned char)s[i]);
}

/* Runs of non-space bytes in s[0..n). */
static inline size_t ts_count_tokens(const char *s, size_t n)
{
    size_t tokens = 0, i = 0;
    while (i < n) {
        i = ts_skip_space(s, n, i);
        if (i >= n)
            break;
        tokens++;
        while (i < n && ts_space_at(s, n, i) == 0)
            i++;
    }
    return tokens;
}

#endif
