/*
** utf8.c: validating and normalising input bytes (see utf8.h).
**
** Speed matters here (every article goes through it), so the loop copies
** sixteen bytes at a time while they hold only printable ASCII, tabs and
** line feeds (a line feed ending each line must not stop the fast path),
** and falls back to a byte-at-a-time path for anything else.  Validation follows
** Table 3-7 of the Unicode standard; the replacement policy is the
** "maximal subpart" one, which is what browsers and Python do, so counts
** match what users see elsewhere.  The output grows geometrically: most
** files are valid and need exactly len bytes, a hostile one at most 3*len.
*/
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Room for one step of the slow path (4 bytes). */
#define SLACK 16

static const char replacement[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* Bytes the fast path copies as they are: printable ASCII, TAB and LF. */
static int plain(unsigned char c)
{
    return (c >= 0x20 && c < 0x80) || c == '\n' || c == '\t';
}

/* Where the first byte of s[0..n) that is not plain is, or n.  Plain
** runs are most of any text, so they are found many bytes per step and
** copied with one memcpy. */
#ifdef __SSE2__
/* 0xFF in each lane of the 16 bytes at s that is not plain. */
static inline __m128i not_plain16(const unsigned char *s)
{
    __m128i v = _mm_loadu_si128((const __m128i *)s);
    /* a signed compare: bytes from 0x80 up are negative, so below 0x20 */
    __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i kept = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
    return _mm_andnot_si128(kept, low);
}

/* 0xFF in each lane of the 16 bytes at s below 0x20 or from 0x80 up:
** not plain, or a line feed or tab. */
static inline __m128i low_or_high16(const unsigned char *s)
{
    return _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)s),
                          _mm_set1_epi8(0x20));
}

static size_t plain_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (n - i >= 64) {
        /* first the test without the line feed and tab exceptions, one
        ** compare a vector: most blocks of 64 bytes hold no line feed */
        __m128i any = _mm_or_si128(
            _mm_or_si128(low_or_high16(s + i), low_or_high16(s + i + 16)),
            _mm_or_si128(low_or_high16(s + i + 32), low_or_high16(s + i + 48)));
        if (_mm_movemask_epi8(any) != 0) {
            any = _mm_or_si128(
                _mm_or_si128(not_plain16(s + i), not_plain16(s + i + 16)),
                _mm_or_si128(not_plain16(s + i + 32), not_plain16(s + i + 48)));
            if (_mm_movemask_epi8(any) != 0)
                break; /* the loop below finds which byte */
        }
        i += 64;
    }
    while (n - i >= 16) {
        unsigned stop = (unsigned)_mm_movemask_epi8(not_plain16(s + i));
        if (stop != 0)
            return i + (size_t)__builtin_ctz(stop);
        i += 16;
    }
    while (i < n && plain(s[i]))
        i++;
    return i;
}
#else
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The high bit of each of the eight bytes of w that is not plain, each
** byte tested on its own (no carry crosses a byte). */
static uint64_t not_plain8(uint64_t w)
{
    uint64_t ascii = w & ~HIGHS;
    uint64_t low = ~(ascii + ONES * 0x60) & HIGHS; /* below 0x20 */
    uint64_t lf = ascii ^ (ONES * '\n'), tab = ascii ^ (ONES * '\t');
    uint64_t is_lf = ~((lf + ONES * 0x7F) | lf) & HIGHS;
    uint64_t is_tab = ~((tab + ONES * 0x7F) | tab) & HIGHS;
    return (w & HIGHS) | (low & ~is_lf & ~is_tab);
}

static size_t plain_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* first a cheaper test that also stops on LF and TAB (and may
        ** stop on bytes after one below 0x20): most words pass it */
        if (((((w - ONES * 0x20) & ~w) | w) & HIGHS) != 0 && not_plain8(w) != 0)
            break;
        i += 8;
    }
    while (i < n && plain(s[i]))
        i++;
    return i;
}
#endif

/* Second-byte bounds for each lead byte; later continuation bytes are
** always 80..BF.  A zero length marks a byte that cannot lead. */
static void lead_info(unsigned char c, size_t *need, unsigned char *lo,
                      unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        *need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        *need = 3;
        if (c == 0xE0)
            *lo = 0xA0;
        else if (c == 0xED)
            *hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        *need = 4;
        if (c == 0xF0)
            *lo = 0x90; /* no overlong */
        else if (c == 0xF4)
            *hi = 0x8F; /* nothing past U+10FFFF */
    } else
        *need = 0;
}

static int grow(char **buf, size_t *cap, size_t need)
{
    size_t want = *cap + *cap / 2 + SLACK;
    if (want < need + SLACK)
        want = need + SLACK;
    char *p = realloc(*buf, want);
    if (p == NULL)
        return -1;
    *buf = p;
    *cap = want;
    return 0;
}

char *utf8_normalise(const char *in, size_t len, size_t *out_len,
                     struct utf8_stats *stats)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0, o = 0;
    size_t cap = len + len / 64 + SLACK + 1;
    char *out = malloc(cap);
    struct utf8_stats st = {0, 0, 0};

    if (out == NULL)
        return NULL;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;

    while (i < len) {
        /* keep room for the rest at one byte per byte, plus a step */
        if (cap - o < len - i + SLACK && grow(&out, &cap, o + len - i) < 0) {
            free(out);
            return NULL;
        }
        size_t run = plain_run(s + i, len - i);
        if (run > 0) {
            memcpy(out + o, s + i, run);
            o += run;
            i += run;
        }
        if (i >= len)
            break;
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 || c == '\n' || c == '\t') {
                out[o++] = (char)c;
                i++;
            } else if (c == '\r') {
                out[o++] = '\n';
                i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            } else if (c == 0) {
                memcpy(out + o, replacement, 3);
                o += 3;
                st.invalid_bytes++;
                st.nul_bytes++;
                i++;
            } else {
                if (c != '\f' && c != '\v')
                    st.control_bytes++;
                out[o++] = (char)c;
                i++;
            }
            continue;
        }
        size_t need;
        unsigned char lo, hi;
        lead_info(c, &need, &lo, &hi);
        size_t k = 1;
        if (need > 0) {
            /* accept continuation bytes while they fit their position */
            while (k < need && i + k < len) {
                unsigned char b = s[i + k];
                if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                    break;
                k++;
            }
        }
        if (need > 0 && k == need) {
            memcpy(out + o, s + i, need);
            o += need;
        } else {
            /* a maximal ill-formed subpart: one replacement */
            memcpy(out + o, replacement, 3);
            o += 3;
            st.invalid_bytes += k;
        }
        i += k;
    }
    out[o] = '\0';
    *out_len = o;
    if (stats)
        *stats = st;
    return out;
}

int utf8_looks_binary(const struct utf8_stats *stats, size_t len)
{
    /* A few stray bytes are damage; a quarter of the file is not text. */
    size_t bad = stats->invalid_bytes + stats->control_bytes;
    return bad >= 16 && bad > len / 4;
}
