/*
** utf8.c: validating and normalising input bytes (see utf8.h).
**
** Speed matters here (every article goes through it), so the input is
** looked at 64 bytes at a time, and only the bytes that are not printable
** ASCII, tabs or line feeds are looked at one by one (a line feed ending
** each line must not stop the fast path).  Valid sequences and kept
** controls are copied with the plain bytes around them, in one memcpy up
** to the next byte that is replaced (most files: none).  Validation follows
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

/* Which of the 64 bytes at s are not plain, a bit per byte (bit k for
** s[k]).  Plain runs are most of any text, so a block of them costs a
** few vector instructions, and the bytes that are not are visited by
** their bits without loading the block again. */
#define BLOCK 64
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

static inline uint64_t not_plain64(const unsigned char *s)
{
    /* first the test without the line feed and tab exceptions, one
    ** compare a vector: most blocks of prose hold no line feed */
    __m128i any = _mm_or_si128(
        _mm_or_si128(low_or_high16(s), low_or_high16(s + 16)),
        _mm_or_si128(low_or_high16(s + 32), low_or_high16(s + 48)));
    if (_mm_movemask_epi8(any) == 0)
        return 0;
    __m128i a = not_plain16(s), b = not_plain16(s + 16),
            c = not_plain16(s + 32), d = not_plain16(s + 48);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0)
        return 0; /* line feeds, no more */
    return (uint64_t)(unsigned)_mm_movemask_epi8(a) |
           (uint64_t)(unsigned)_mm_movemask_epi8(b) << 16 |
           (uint64_t)(unsigned)_mm_movemask_epi8(c) << 32 |
           (uint64_t)(unsigned)_mm_movemask_epi8(d) << 48;
}
#else
/* Bytes the fast path passes over: printable ASCII, TAB and LF. */
static int plain(unsigned char c)
{
    return (c >= 0x20 && c < 0x80) || c == '\n' || c == '\t';
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t not_plain64(const unsigned char *s)
{
    uint64_t bits = 0;
    for (size_t k = 0; k < BLOCK; k += 8) {
        uint64_t w;
        memcpy(&w, s + k, 8);
        /* a cheap test that also stops on LF and TAB (and may stop on
        ** bytes after one below 0x20): most words pass it */
        if (((((w - ONES * 0x20) & ~w) | w) & HIGHS) == 0)
            continue;
        for (size_t j = k; j < k + 8; j++)
            if (!plain(s[j]))
                bits |= (uint64_t)1 << j;
    }
    return bits;
}
#endif

/* The first block of whole ones from i on (those starting before
** `whole`) with a byte that is not plain: where it starts, its bits in
** *stops; or the first place past them, with no bits. */
static size_t skip_plain(const unsigned char *s, size_t i, size_t whole,
                         uint64_t *stops)
{
    for (; i < whole; i += BLOCK)
        if ((*stops = not_plain64(s + i)) != 0)
            return i;
    *stops = 0;
    return i;
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
/* With AVX2 the blocks are looked at 32 bytes a compare: about half the
** instructions of the SSE2 pass, over every byte of every text.  The CPU
** is asked once, at start; WICRUN_NO_AVX2 in the environment forces the
** other pass (as for furniture.c's line shapes), so that both can be
** checked to give the same text. */
#include <immintrin.h>

#include "../core/cpu.h"
#define SKIP_AVX2 1

static int skip_with_avx2;

__attribute__((constructor)) static void choose_skip(void)
{
    skip_with_avx2 = cpu_avx2_allowed(0);
}

__attribute__((target("avx2"))) static size_t
skip_plain_avx2(const unsigned char *s, size_t i, size_t whole, uint64_t *stops)
{
    const __m256i space = _mm256_set1_epi8(0x20), lf = _mm256_set1_epi8('\n'),
                  tab = _mm256_set1_epi8('\t');
    for (; i < whole; i += BLOCK) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(s + i));
        __m256i b = _mm256_loadu_si256((const __m256i *)(s + i + 32));
        /* signed: bytes from 0x80 up are negative, so below 0x20 */
        __m256i low_a = _mm256_cmpgt_epi8(space, a), low_b = _mm256_cmpgt_epi8(space, b);
        if (_mm256_testz_si256(_mm256_or_si256(low_a, low_b), _mm256_set1_epi8(-1)))
            continue; /* most blocks of prose: no line feed either */
        __m256i bad_a = _mm256_andnot_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(a, lf), _mm256_cmpeq_epi8(a, tab)), low_a);
        __m256i bad_b = _mm256_andnot_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(b, lf), _mm256_cmpeq_epi8(b, tab)), low_b);
        *stops = (uint64_t)(unsigned)_mm256_movemask_epi8(bad_a) |
                 (uint64_t)(unsigned)_mm256_movemask_epi8(bad_b) << 32;
        if (*stops)
            return i;
    }
    *stops = 0;
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

/* Makes room in *out for what may still be written once the input from
** `from` on is copied at one byte per byte, plus a step. */
static int room(char **out, size_t *cap, size_t o, size_t left)
{
    return *cap - o >= left + SLACK || grow(out, cap, o + left) == 0;
}

/* The byte s[i] that is not plain, with its sequence: what it turns
** into goes to out (after the kept bytes before it, from *kept on), and
** the place after it is returned.  Bytes kept as they are (valid
** sequences, controls) stay in the run from *kept, copied later with
** the rest of it.  NULL_STEP when out of memory. */
#define NULL_STEP ((size_t)-1)
static size_t step(const unsigned char *s, size_t len, size_t i, char **out,
                   size_t *cap, size_t *o, size_t *kept,
                   struct utf8_stats *st)
{
    unsigned char c = s[i];
    size_t k = 1;
    /* the sequences of most text first: two bytes from C2, three from E1
    ** but ED (whose second byte is bounded), continuation bytes 80-BF */
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80)
        return i + 2;
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < len &&
        (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
        return i + 3;
    if (c >= 0x80) {
        size_t need;
        unsigned char lo, hi;
        lead_info(c, &need, &lo, &hi);
        if (need > 0) {
            /* accept continuation bytes while they fit their position */
            while (k < need && i + k < len) {
                unsigned char b = s[i + k];
                if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                    break;
                k++;
            }
        }
        if (need > 0 && k == need)
            return i + k;
        st->invalid_bytes += k; /* a maximal ill-formed subpart */
    } else if (c == '\r') {
        if (i + 1 < len && s[i + 1] == '\n')
            k = 2;
    } else if (c == 0) {
        st->invalid_bytes++;
        st->nul_bytes++;
    } else {
        if (c != '\f' && c != '\v')
            st->control_bytes++;
        return i + 1;
    }
    /* the run so far, then the byte's replacement: U+FFFD, or a line
    ** feed for a CR */
    if (!room(out, cap, *o, len - *kept))
        return NULL_STEP;
    memcpy(*out + *o, s + *kept, i - *kept);
    *o += i - *kept;
    if (c == '\r') {
        (*out)[(*o)++] = '\n';
    } else {
        memcpy(*out + *o, replacement, 3);
        *o += 3;
    }
    *kept = i + k;
    return i + k;
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

    /* Most bytes are kept as they are: the input from `kept` on is
    ** copied only when something replaces a byte, and at the end. */
    size_t kept = i;
    size_t whole = len >= BLOCK ? len - BLOCK + 1 : 0; /* blocks start before */
    while (i < len) {
        uint64_t stops;
#ifdef SKIP_AVX2
        if (skip_with_avx2)
            i = skip_plain_avx2(s, i, whole, &stops);
        else
#endif
            i = skip_plain(s, i, whole, &stops);
        size_t block = i, end = i + BLOCK;
        if (i >= whole) {
            if (i == len)
                break;
            /* the last bytes, padded with spaces (plain) */
            unsigned char last[BLOCK];
            memset(last, ' ', BLOCK);
            memcpy(last, s + i, len - i);
            stops = not_plain64(last);
            end = len;
        }
        for (; stops; stops &= ~(uint64_t)0 << (i - block)) { /* bits from i on */
            i = step(s, len, block + (size_t)__builtin_ctzll(stops), &out, &cap,
                     &o, &kept, &st);
            if (i == NULL_STEP) {
                free(out);
                return NULL;
            }
            if (i >= end)
                break;
        }
        if (i < end)
            i = end;
    }
    if (!room(&out, &cap, o, len - kept)) {
        free(out);
        return NULL;
    }
    memcpy(out + o, s + kept, len - kept);
    o += len - kept;
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
