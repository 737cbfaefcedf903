/*
** test_hostile.c: input made to hurt: random bytes, random near-text in
** every format, huge single lines and many tiny ones.  Nothing may crash,
** every invariant must hold, and time must grow linearly: each large
** input has a CPU budget that a quadratic scan would miss by orders of
** magnitude, even under sanitizers.
*/
#include <time.h>

#include "article_check.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static unsigned next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static const enum article_format formats[] = {
    ARTICLE_TEXT, ARTICLE_MARKDOWN, ARTICLE_HTML, ARTICLE_UNKNOWN};

static void test_binary(void)
{
    size_t len = 1u << 20;
    char *bytes = malloc(len);
    for (size_t i = 0; i < len; i++)
        bytes[i] = (char)next_random();
    int ok = 1, empty = 1, counted = 1;
    for (size_t f = 0; f < 4; f++) {
        struct article a;
        struct wic_error err;
        ok &= article_parse(&a, "rand", bytes, len, formats[f], &err) == 0;
        empty &= a.text_len == 0 && a.n_paragraphs == 0;
        counted &= a.invalid_bytes > len / 4;
        ok &= article_invariants(&a);
        article_free(&a);
    }
    CHECK(ok, "1 MB of random bytes parses in every format");
    CHECK(empty, "random bytes give an empty text");
    CHECK(counted, "their invalid bytes are still counted");
    free(bytes);
}

/* Random lines built from page-like pieces, with some damage. */
static size_t near_text(char *out, size_t cap)
{
    static const char *const pieces[] = {
        "Home > News", "Updated: 2015-12-15", "By Li Na in Wuzhen",
        "Sales rose 12.5 percent. ", "Mr. Chen said.", "[Photo/IC]",
        "(from Jiaxing Daily)", "Editor:Lucky", "Tel: 0571-1234", "\n", "\n\n",
        "\r\n", "\r", "---\n", "# ", "<p>", "</p>", "<script>", "<br>", "&amp;",
        "\xE2\x80\x9C", "\xE3\x80\x82", "\xC2\xA0", "\x80", "\xE2\x82", "\0",
        "1   2   >", "Copyright \xC2\xA9", "   ", "\"Yes.\" ", "Dec. ", "U.S. ",
        "Latest News\n", "Cyberspace Bureau\n", "(Source_title:x)", "...",
        "\xE4\xB9\x8C\xE9\x95\x87", "title: x\n", "date: 2019-10-20\n", "\t",
    };
    size_t n = 0, count = sizeof pieces / sizeof pieces[0];
    size_t parts = next_random() % 120;
    for (size_t i = 0; i < parts; i++) {
        unsigned r = next_random() % count;
        size_t k = r == 25 ? 1 : strlen(pieces[r]); /* the NUL piece */
        if (n + k >= cap)
            break;
        memcpy(out + n, pieces[r], k);
        n += k;
    }
    return n;
}

static void test_near_text(void)
{
    static char buf[8192];
    int ok = 1, inv = 1;
    for (int round = 0; round < 1500; round++) {
        size_t n = near_text(buf, sizeof buf);
        struct article a;
        struct wic_error err;
        ok &= article_parse(&a, "n", buf, n, formats[round % 4], &err) == 0;
        if (!article_invariants(&a)) {
            if (inv) {
                printf("# first broken round %d (format %d)\n", round,
                       (int)formats[round % 4]);
                if (getenv("DUMP_BROKEN")) {
                    FILE *f = fopen(getenv("DUMP_BROKEN"), "wb");
                    fwrite(buf, 1, n, f);
                    fclose(f);
                }
            }
            inv = 0;
        }
        article_free(&a);
    }
    CHECK(ok, "1500 random page-like inputs parse");
    CHECK(inv, "and keep every invariant");
}

/* Parse `len` bytes made by repeating `unit`, within a CPU budget. */
static void timed(const char *what, const char *unit, size_t len,
                  enum article_format format, double budget)
{
    size_t k = strlen(unit);
    char *bytes = malloc(len + 1);
    for (size_t i = 0; i < len; i++)
        bytes[i] = unit[i % k];
    struct article a;
    struct wic_error err;
    clock_t t0 = clock();
    int rc = article_parse(&a, "big", bytes, len, format, &err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    char label[200];
    snprintf(label, sizeof label, "%s: %zu MB in %.2f s (budget %.0f s)", what,
             len >> 20, secs, budget);
    printf("# %s: %.0f MB/s\n", what, secs > 0 ? len / 1e6 / secs : 0.0);
    CHECK(rc == 0 && secs < budget && article_invariants(&a), label);
    article_free(&a);
    free(bytes);
}

static void test_linear(void)
{
    size_t mb = 1u << 20;
    timed("one line of prose", "Sales rose 12.5 percent in the county ", 8 * mb,
          ARTICLE_TEXT, 10);
    timed("one line of sentences", "Sales rose. Output grew. ", 8 * mb,
          ARTICLE_TEXT, 10);
    timed("one line of periods", ".", 4 * mb, ARTICLE_TEXT, 10);
    timed("one line of digits", "2015", 4 * mb, ARTICLE_TEXT, 10);
    timed("one line of dates", "Dec 12, 2015 ", 4 * mb, ARTICLE_TEXT, 10);
    timed("one line of labels", "Updated: Editor: (from ", 4 * mb,
          ARTICLE_TEXT, 10);
    timed("one line of brackets", "([", 4 * mb, ARTICLE_TEXT, 10);
    timed("one line of spaces", " ", 4 * mb, ARTICLE_TEXT, 10);
    timed("short furniture lines", "1 2 >\nHome > News\nTel: 1\n", 4 * mb,
          ARTICLE_TEXT, 10);
    timed("short dateline lines", "Updated: 2015-12-15\n", 4 * mb,
          ARTICLE_TEXT, 10);
    timed("blank lines", "\n", 4 * mb, ARTICLE_TEXT, 10);
    timed("CRLF lines", "Output rose 5%.\r\n", 4 * mb, ARTICLE_TEXT, 10);
    timed("invalid bytes", "ab\x80\xC0", 4 * mb, ARTICLE_TEXT, 10);
    timed("markdown headings", "# Heading\n", 4 * mb, ARTICLE_MARKDOWN, 10);
    timed("HTML paragraphs", "<p>Sales rose 5 percent.</p>", 4 * mb,
          ARTICLE_HTML, 30);
    timed("one HTML text node", "word ", 4 * mb, ARTICLE_HTML, 30);
}

/* A realistic article, to report the speed the corpus will see. */
static void test_speed(void)
{
    const char *page =
        "Home > Business\n\nCounty bets on cloud services\n\n"
        "example.com Updated: 2016-11-16\n\n"
        "The county said cloud and data services earned local firms 12.6 "
        "billion yuan ($1.83 billion) in the first ten months, up 21.4 percent "
        "from a year earlier. Mr. Chen, who heads the county's economy bureau, "
        "expects the figure to pass 15 billion yuan by Dec. 31.\n\n"
        "\xE2\x80\x9CWe started with three server rooms in 2014. Now there are "
        "more than 40,\xE2\x80\x9D he said. The bureau counts 1,260 registered "
        "internet companies, compared with 310 three years ago.\n\n"
        "Latest News\n";
    size_t k = strlen(page), rounds = 4000;
    clock_t t0 = clock();
    int ok = 1;
    for (size_t r = 0; r < rounds; r++) {
        struct article a;
        struct wic_error err;
        ok &= article_parse(&a, "p", page, k, ARTICLE_TEXT, &err) == 0;
        article_free(&a);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("# article_parse: %.0f MB/s on %zu small articles\n",
           secs > 0 ? k * rounds / 1e6 / secs : 0.0, rounds);
    CHECK(ok, "repeated small articles parse");
}

int main(int argc, char **argv)
{
    if (argc > 1)
        fixture_dir = argv[1];
    test_binary();
    test_near_text();
    test_linear();
    test_speed();
    return check_done();
}
