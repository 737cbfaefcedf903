/*
** test_tok_run.c: tok_run against tok_next.  tok_run takes the common
** tokens on short paths of its own (token.c) and must give the very
** tokens tok_next gives, but for TF_PLAIN, which only it sets.  Texts are
** strung together from pieces that sit on the edges of those paths
** (lengths of 15 and 16 letters, "www.", "'s", thousands groups, seven
** and eight digits, line breaks, UTF-8, skipped ranges), by a fixed
** pseudo-random sequence, and read in runs of every length.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "extract/lexicon.h"
#include "extract/token.h"

static const char *const pieces[] = {
    "the", "The", "THE", "of", "in", "GDP", "www", "WWW", "U", "S", "a",
    "percent", "internationally", "international", "abcdefghijklmnop",
    "abcdefghijklmno", "Zhejiang", "eBay", "iPhone", "billion", "yuan",
    "RMB", "Rs", "H3C", "0", "007", "12", "455", "1,234", "455,250",
    "12,345,678", "1234,567", "1.5", "3.14159", "1234567", "12345678",
    "1.23456789", ".5", " ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\t",
    ".", ",", "'", "'s", "'S", ":", "@", "/", "//", "-", "%", "$", "(", ")",
    "\xe2\x80\x99", "\xe2\x80\x9c", "\xe4\xba\xbf", "\xc3\xa9", "\xc2\xa0",
    "http", "://", "example.com", "o'clock", "s'", "No.", "1,2", "1.2.3",
    "12:30", "x@y", "\xff", "mln", "km2", "Mar.", "a.m.", "said", "people",
};

/* A fixed sequence, the same on every machine. */
static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1103515245u + 12345u;
    return *state >> 8;
}

/* Tokens of text by tok_next, into out (room for max); returns how many,
** the last TK_END. */
static int by_next(const char *text, size_t len, const struct span *skip,
                   size_t n_skip, struct token *out, int max)
{
    struct tokenizer tz;
    tok_init(&tz, text, len, skip, n_skip);
    int n = 0;
    while (n < max && tok_next(&tz, &out[n++]) != TK_END)
        ;
    return n;
}

/* The same by tok_run, in runs of 1-16 tokens. */
static int by_run(const char *text, size_t len, const struct span *skip,
                  size_t n_skip, struct token *out, int max,
                  uint32_t *state)
{
    struct tokenizer tz;
    tok_init(&tz, text, len, skip, n_skip);
    int n = 0;
    while (n < max) {
        int room = 1 + (int)(next_random(state) % 16);
        if (room > max - n)
            room = max - n;
        n += tok_run(&tz, &out[n], room);
        if (out[n - 1].kind == TK_END)
            break;
    }
    return n;
}

static void run_agrees_with_next(void)
{
    static char text[2048];
    static struct token a[1024], b[1024];
    uint32_t state = 12345;
    int texts = 0, differ = 0, bad_plain = 0;
    for (int iter = 0; iter < 3000; iter++) {
        size_t len = 0;
        for (int k = (int)(next_random(&state) % 120); k > 0; k--) {
            const char *p =
                pieces[next_random(&state) % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(p);
            if (len + l >= sizeof text)
                break;
            memcpy(text + len, p, l);
            len += l;
        }
        struct span skip = {0, 0};
        size_t n_skip = 0;
        if (len > 40 && next_random(&state) % 3 == 0) {
            skip.start = (uint32_t)(next_random(&state) % (len - 20));
            skip.end = skip.start + (uint32_t)(next_random(&state) % 20);
            n_skip = 1;
        }
        /* in a block of its own length, with no NUL after it: a read past
        ** the text is one a sanitizer sees */
        char *exact = malloc(len ? len : 1);
        if (!exact)
            break;
        memcpy(exact, text, len);
        int na = by_next(exact, len, n_skip ? &skip : NULL, n_skip, a, 1024);
        int nb = by_run(exact, len, n_skip ? &skip : NULL, n_skip, b, 1024,
                        &state);
        free(exact);
        texts++;
        if (na != nb) {
            differ++;
            continue;
        }
        for (int i = 0; i < na; i++) {
            struct token x = a[i], y = b[i];
            x.flags &= (uint16_t)~TF_PLAIN;
            y.flags &= (uint16_t)~TF_PLAIN;
            if (memcmp(&x, &y, sizeof x) != 0) {
                differ++;
                break;
            }
            /* TF_PLAIN: a lower-case word of no noted class */
            if ((b[i].flags & TF_PLAIN) &&
                (b[i].kind != TK_WORD ||
                 (b[i].flags & (TF_CAP | TF_ALLCAP | TF_MIXED)) ||
                 (b[i].cls & LEX_NOTED_CLASSES)))
                bad_plain++;
        }
    }
    CHECK(texts == 3000 && differ == 0,
          "tok_run gives tok_next's tokens, run lengths aside");
    CHECK(bad_plain == 0, "TF_PLAIN only on plain lower-case words");
}

int main(void)
{
    run_agrees_with_next();
    return check_done();
}
