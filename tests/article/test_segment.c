/*
** test_segment.c: sentence splitting, word counts and paragraphs.
**
** Sentences are compared as text, so a failure shows where the split
** went wrong.  The cases are the traps of news prose: titles, months and
** initials with periods, decimals, quotes around the period, CJK
** punctuation, and a heading line glued to the next.
*/
#include <stdlib.h>

#include "article/article.h"
#include "article/segment.h"
#include "check.h"

/* Split s and compare with the '|'-separated expected sentences. */
static void sentences(const char *s, const char *want)
{
    struct spanvec v = {0};
    char got[1024] = "";
    size_t n = strlen(s);
    segment_sentences(s, 0, n, &v);
    for (size_t i = 0; i < v.count; i++) {
        if (i)
            strcat(got, "|");
        strncat(got, s + v.items[i].start, v.items[i].end - v.items[i].start);
    }
    char what[200];
    snprintf(what, sizeof what, "sentences of \"%.50s\"", s);
    for (char *p = what; *p; p++)
        if (*p == '\n')
            *p = '/'; /* one TAP line per check */
    CHECK_STR(got, want, what);
    spanvec_free(&v);
}

static void words(const char *s, size_t want)
{
    char what[200];
    snprintf(what, sizeof what, "%zu words in \"%s\"", want, s);
    size_t got = segment_count_words(s, strlen(s));
    if (got != want)
        printf("# got %zu\n", got);
    CHECK(got == want, what);
}

static void test_sentences(void)
{
    sentences("Mr. Chen met Dr. Liu on Oct. 3. They agreed.",
              "Mr. Chen met Dr. Liu on Oct. 3.|They agreed.");
    sentences("Output rose 51.4 percent. Sales hit 2.5 billion yuan.",
              "Output rose 51.4 percent.|Sales hit 2.5 billion yuan.");
    sentences("He said \"It works.\" Then he left.",
              "He said \"It works.\"|Then he left.");
    sentences("\xE2\x80\x9CWe will invest,\xE2\x80\x9D he said. "
              "\xE2\x80\x9CIt is time.\xE2\x80\x9D The plan passed.",
              "\xE2\x80\x9CWe will invest,\xE2\x80\x9D he said.|"
              "\xE2\x80\x9CIt is time.\xE2\x80\x9D|The plan passed.");
    sentences("They grow.\xE2\x80\x9D said Jiang Wei. Next.",
              "They grow.\xE2\x80\x9D said Jiang Wei.|Next.");
    sentences("The U.S. and the U.K. signed. J. Smith agreed.",
              "The U.S. and the U.K. signed.|J. Smith agreed.");
    sentences("Sales rose in Jan.-Dec. last year. Then fell.",
              "Sales rose in Jan.-Dec. last year.|Then fell.");
    sentences("Use e.g. cloud tools. Visit tmall.com today. Now!",
              "Use e.g. cloud tools.|Visit tmall.com today.|Now!");
    sentences("What? Really! Yes.", "What?|Really!|Yes.");
    sentences("Wait... What happened?", "Wait...|What happened?");
    sentences("Hangzhou Cloud Co. Ltd. won the bid (worth $2 million). "
              "Work starts soon.",
              "Hangzhou Cloud Co. Ltd. won the bid (worth $2 million).|"
              "Work starts soon.");
    sentences("No final period", "No final period");
    sentences("   ", "");
    sentences("\xE4\xB9\x8C\xE9\x95\x87\xE6\x98\xAF\xE5\x8F\xA4\xE9\x95\x87"
              "\xE3\x80\x82\xE6\xB8\xB8\xE5\xAE\xA2\xE5\xA2\x9E\xE9\x95\xBF"
              "10%\xEF\xBC\x81\xE7\x9C\x9F\xE7\x9A\x84\xE5\x90\x97\xEF\xBC\x9F",
              "\xE4\xB9\x8C\xE9\x95\x87\xE6\x98\xAF\xE5\x8F\xA4\xE9\x95\x87"
              "\xE3\x80\x82|\xE6\xB8\xB8\xE5\xAE\xA2\xE5\xA2\x9E\xE9\x95\xBF"
              "10%\xEF\xBC\x81|\xE7\x9C\x9F\xE7\x9A\x84\xE5\x90\x97\xEF\xBC\x9F");
    sentences("Huzhou Today\nBamboo and tea go online.",
              "Huzhou Today|Bamboo and tea go online.");
    sentences("The county said its output rose\nsharply this year.",
              "The county said its output rose\nsharply this year.");
    sentences("Prices fell 3.\nThen rose.", "Prices fell 3.|Then rose.");
}

static void test_words(void)
{
    words("Wuzhen's 2,507 base stations cost 51.4 billion yuan.", 8);
    words("year-on-year", 3);
    words("\xE4\xB9\x8C\xE9\x95\x87 is \xE5\x8D\x83\xE5\xB9\xB4\xE5\x8F\xA4"
          "\xE9\x95\x87",
          7);
    words("Caf\xC3\xA9 na\xC3\xAFve", 2);
    words("don\xE2\x80\x99t stop", 2);
    words("", 0);
    words("!!! --- ...", 0);
    words("US$5.41 billion", 3);
}

/* Paragraphs through the whole pipeline. */
static void test_paragraphs(void)
{
    const char *text = "First line of one paragraph\ncontinues here.\n\n"
                       "Second paragraph.\nLatest News\nThird one.\n";
    struct article a;
    struct wic_error err;
    CHECK(article_parse(&a, "p.txt", text, strlen(text), ARTICLE_TEXT,
                        &err) == 0,
          "paragraph text parses");
    CHECK(a.n_paragraphs == 3, "blank lines and furniture end paragraphs");
    if (a.n_paragraphs == 3) {
        const struct span *p = a.paragraphs;
        CHECK(strncmp(a.text + p[0].start, "First", 5) == 0 &&
                  a.text[p[0].end - 1] == '.' &&
                  memchr(a.text + p[0].start, '\n', p[0].end - p[0].start),
              "a paragraph runs over consecutive lines");
        CHECK(p[1].end - p[1].start == strlen("Second paragraph."),
              "a paragraph stops before a furniture line");
        CHECK(strncmp(a.text + p[2].start, "Third one.", 10) == 0,
              "the paragraph after the furniture line");
    }
    CHECK(a.words == 11, "words are counted over paragraphs only");
    article_free(&a);
}

int main(void)
{
    test_sentences();
    test_words();
    test_paragraphs();
    return check_done();
}
