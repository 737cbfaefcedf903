/*
** utf8.h: turning arbitrary bytes into clean UTF-8 text, in one pass.
**
** utf8_normalise() is the only place where raw input bytes are looked at;
** everything after it may assume valid UTF-8 with LF line ends and no NUL.
** It drops a leading BOM, turns CRLF and lone CR into LF, and replaces each
** maximal ill-formed subsequence (Unicode's "best practice": a truncated
** sequence is one replacement, a byte that can never start or continue a
** sequence is one each) and each NUL by U+FFFD.
**
** It also counts what makes a file look binary, so the caller can decide
** that a file is not text at all without a second pass.
*/
#ifndef WIC_UTF8_H
#define WIC_UTF8_H

#include <stddef.h>
#include <stdint.h>

struct utf8_stats {
    size_t invalid_bytes; /* input bytes replaced by U+FFFD, NULs included */
    size_t nul_bytes;     /* NUL bytes among them                          */
    size_t control_bytes; /* C0 controls kept (not TAB, LF, CR, FF, VT)    */
};

/* A fresh NUL-terminated buffer with the normalised text of in[0..len);
** its length in *out_len.  NULL when out of memory.  Linear in len. */
char *utf8_normalise(const char *in, size_t len, size_t *out_len,
                     struct utf8_stats *stats);

/* Heuristic: do these counts say the len input bytes were not text? */
int utf8_looks_binary(const struct utf8_stats *stats, size_t len);

/* Decode one code point of valid UTF-8 at s[i] (i < n); returns its byte
** length (at least 1, so a loop always advances). */
static inline size_t utf8_decode(const char *s, size_t n, size_t i,
                                 uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s + i;
    size_t left = n - i;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] >= 0xF0 && left >= 4) {
        *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
              ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return 4;
    }
    if (p[0] >= 0xE0 && left >= 3) {
        *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
              (p[2] & 0x3F);
        return 3;
    }
    if (p[0] >= 0xC0 && left >= 2) {
        *cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    *cp = 0xFFFD;
    return 1;
}

/* Code points written one per word in Chinese, Japanese and Korean
** ideographic text (CJK ideographs, kana, compatibility ideographs). */
static inline int utf8_is_cjk(uint32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

#endif
