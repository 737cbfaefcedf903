/*
** utf8.c: validating and normalising input bytes (see utf8.h).
**
** Speed matters here (every article goes through it), so the loop copies
** eight bytes at a time while a word holds only printable ASCII and falls
** back to a byte-at-a-time path for anything else.  Validation follows
** Table 3-7 of the Unicode standard; the replacement policy is the
** "maximal subpart" one, which is what browsers and Python do, so counts
** match what users see elsewhere.  The output grows geometrically: most
** files are valid and need exactly len bytes, a hostile one at most 3*len.
*/
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Room for one step of the slow path (4 bytes) or a fast word (8). */
#define SLACK 16

static const char replacement[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

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
        /* copy the run of 8-byte words of printable ASCII in one go,
        ** testing four words at once while the run lasts */
        size_t run = i;
        while (len - run >= 32) {
            uint64_t w[4], bad = 0;
            memcpy(w, s + run, 32);
            for (int k = 0; k < 4; k++)
                bad |= w[k] | ((w[k] - ONES * 0x20) & ~w[k]);
            if ((bad & HIGHS) != 0)
                break;
            run += 32;
        }
        while (len - run >= 8) {
            uint64_t v;
            memcpy(&v, s + run, 8);
            uint64_t low = (v - ONES * 0x20) & ~v; /* bytes < 0x20 */
            if (((v | low) & HIGHS) != 0)
                break;
            run += 8;
        }
        if (run > i) {
            memcpy(out + o, s + i, run - i);
            o += run - i;
            i = run;
        }
        /* the word at i holds the byte that stopped the run: copy the
        ** printable ASCII before it here rather than come back to a fast
        ** path that would stop on the same word again */
        while (i < len && s[i] >= 0x20 && s[i] < 0x80)
            out[o++] = (char)s[i++];
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
