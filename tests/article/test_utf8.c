/*
** test_utf8.c: utf8_normalise() against the Unicode replacement rules.
**
** Each ill-formed sequence is checked for the exact output bytes and the
** count of replaced input bytes; a small independent validator then
** checks, over many random inputs, that the output is always valid UTF-8
** without NUL or CR and that normalising twice changes nothing.
*/
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "article/utf8.h"
#include "check.h"

#define FFFD "\xEF\xBF\xBD"

/* Normalise and compare with the expected bytes and invalid count. */
static void expect(const char *in, size_t len, const char *want,
                   size_t want_len, size_t want_invalid, const char *what)
{
    struct utf8_stats st;
    size_t n;
    char *out = utf8_normalise(in, len, &n, &st);
    int ok = out && n == want_len && memcmp(out, want, n) == 0 &&
             out[n] == '\0' && st.invalid_bytes == want_invalid;
    if (!ok && out)
        printf("# got %zu bytes, %zu invalid\n", n, st.invalid_bytes);
    CHECK(ok, what);
    free(out);
}

#define EXPECT(in, want, invalid, what) \
    expect(in, sizeof(in) - 1, want, sizeof(want) - 1, invalid, what)

/* A second, deliberately simple reading of Table 3-7. */
static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else
            return 0;
        if (i + need >= n)
            return 0;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return 0;
        for (size_t k = 2; k <= need; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return 0;
        i += need + 1;
    }
    return 1;
}

static uint64_t rng = 88172645463325252ULL;
static unsigned next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static void test_fixed_cases(void)
{
    EXPECT("plain ascii", "plain ascii", 0, "ASCII is copied as is");
    EXPECT("", "", 0, "empty input gives empty text");
    EXPECT("\xEF\xBB\xBF" "abc", "abc", 0, "a leading BOM is dropped");
    EXPECT("a\xEF\xBB\xBF", "a\xEF\xBB\xBF", 0, "a BOM inside is kept");
    EXPECT("a\r\nb\rc\n", "a\nb\nc\n", 0, "CRLF and lone CR become LF");
    EXPECT("\r\r\n\r", "\n\n\n", 0, "CR CRLF CR: three line ends");
    EXPECT("a\x80" "b", "a" FFFD "b", 1, "lone continuation byte");
    EXPECT("a\xC3", "a" FFFD, 1, "truncated 2-byte sequence at the end");
    EXPECT("a\xE2\x82", "a" FFFD, 2, "truncated 3-byte sequence at the end");
    EXPECT("a\xF0\x9F\x98", "a" FFFD, 3,
           "truncated 4-byte sequence at the end");
    EXPECT("\xE2\x82" "A", FFFD "A", 2,
           "truncated 3-byte sequence before ASCII is one replacement");
    EXPECT("\xC0\xAF", FFFD FFFD, 2, "overlong C0 AF: two replacements");
    EXPECT("\xE0\x80\xAF", FFFD FFFD FFFD, 3, "overlong 3-byte slash");
    EXPECT("\xED\xA0\x80", FFFD FFFD FFFD, 3, "surrogate ED A0 80");
    EXPECT("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD, 4,
           "code point past U+10FFFF");
    EXPECT("\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0, "U+10FFFF is valid");
    EXPECT("\xF5\xFF", FFFD FFFD, 2, "bytes that never lead");
    EXPECT("caf\xC3\xA9 \xE4\xB9\x8C\xE9\x95\x87 \xF0\x9F\x98\x80",
           "caf\xC3\xA9 \xE4\xB9\x8C\xE9\x95\x87 \xF0\x9F\x98\x80", 0,
           "valid 2, 3 and 4-byte characters are kept");

    const char nul[] = {'a', '\0', 'b'};
    struct utf8_stats st;
    size_t n;
    char *out = utf8_normalise(nul, 3, &n, &st);
    CHECK(out && n == 5 && strlen(out) == n &&
              memcmp(out, "a" FFFD "b", 5) == 0,
          "NUL becomes U+FFFD, so the text is a C string");
    CHECK(st.invalid_bytes == 1 && st.nul_bytes == 1, "NUL is counted");
    free(out);

    char ctl[] = "a\x01" "b\tc\fd";
    out = utf8_normalise(ctl, strlen(ctl), &n, &st);
    CHECK(out && n == strlen(ctl) && st.control_bytes == 1 &&
              st.invalid_bytes == 0,
          "controls are kept but counted; TAB and FF are text");
    free(out);
}

/* An invalid byte at every alignment of the 8-byte fast path. */
static void test_alignment(void)
{
    int ok = 1;
    for (size_t at = 0; at < 24; at++) {
        char in[40], want[42];
        memset(in, 'x', sizeof in);
        in[at] = (char)0x80;
        memcpy(want, in, at);
        memcpy(want + at, FFFD, 3);
        memcpy(want + at + 3, in + at + 1, sizeof in - at - 1);
        struct utf8_stats st;
        size_t n;
        char *out = utf8_normalise(in, sizeof in, &n, &st);
        ok &= out && n == sizeof in + 2 && memcmp(out, want, n) == 0 &&
              st.invalid_bytes == 1;
        free(out);
    }
    CHECK(ok, "an invalid byte is found at every offset of a word");
}

static void test_growth(void)
{
    size_t len = 100000;
    char *in = malloc(len);
    memset(in, 0xFF, len);
    struct utf8_stats st;
    size_t n;
    char *out = utf8_normalise(in, len, &n, &st);
    int ok = out && n == 3 * len && st.invalid_bytes == len;
    for (size_t i = 0; ok && i < n; i += 3)
        ok = memcmp(out + i, FFFD, 3) == 0;
    CHECK(ok, "all-invalid input triples in size, every byte replaced");
    CHECK(utf8_looks_binary(&st, len), "all-invalid input looks binary");
    free(in);
    free(out);

    struct utf8_stats few = {3, 0, 0};
    CHECK(!utf8_looks_binary(&few, 1000), "three bad bytes are damage");
    struct utf8_stats tiny = {1, 0, 0};
    CHECK(!utf8_looks_binary(&tiny, 1), "one bad byte alone is not binary");
}

static void test_random(void)
{
    int valid = 1, no_nul = 1, no_cr = 1, stable = 1, bounded = 1;
    for (int round = 0; round < 2000; round++) {
        size_t len = next_random() % 300;
        unsigned char in[300];
        for (size_t i = 0; i < len; i++) {
            unsigned r = next_random();
            /* bias towards the bytes that matter */
            static const unsigned char special[] = {0x00, 0x0D, 0x0A, 0x80,
                                                    0xBF, 0xC0, 0xC2, 0xE0,
                                                    0xED, 0xEF, 0xF0, 0xF4,
                                                    0xF5, 0xFF};
            in[i] = (r & 3) == 0 ? special[(r >> 2) % sizeof special]
                                 : (unsigned char)(r >> 4);
        }
        struct utf8_stats st, st2;
        size_t n, n2;
        char *out = utf8_normalise((const char *)in, len, &n, &st);
        valid &= valid_utf8((const unsigned char *)out, n);
        no_nul &= strlen(out) == n;
        no_cr &= memchr(out, '\r', n) == NULL;
        bounded &= st.invalid_bytes <= len && n <= 3 * len;
        char *again = utf8_normalise(out, n, &n2, &st2);
        stable &= n2 == n && memcmp(again, out, n) == 0 &&
                  st2.invalid_bytes == 0;
        free(out);
        free(again);
    }
    CHECK(valid, "random input: output is always valid UTF-8");
    CHECK(no_nul, "random input: output never holds NUL");
    CHECK(no_cr, "random input: output never holds CR");
    CHECK(bounded, "random input: counts and sizes are bounded");
    CHECK(stable, "normalising twice changes nothing");
}

static void test_speed(void)
{
    size_t len = 16u << 20;
    char *in = malloc(len);
    const char *sentence = "Online sales in the county rose 21.4 percent "
                           "to 3.2 billion yuan \xE2\x80\x9C" "last year"
                           "\xE2\x80\x9D.\n";
    size_t k = strlen(sentence);
    for (size_t i = 0; i < len; i++)
        in[i] = sentence[i % k];
    struct utf8_stats st;
    size_t n;
    clock_t t0 = clock();
    char *out = utf8_normalise(in, len, &n, &st);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("# utf8_normalise: %.0f MB/s on %zu MB of text\n",
           secs > 0 ? len / 1e6 / secs : 0.0, len >> 20);
    CHECK(out && n == len && memcmp(out, in, len) == 0,
          "16 MB of valid text is copied unchanged");
    free(in);
    free(out);
}

int main(void)
{
    test_fixed_cases();
    test_alignment();
    test_growth();
    test_random();
    test_speed();
    return check_done();
}
