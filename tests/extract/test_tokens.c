/*
** test_tokens.c: the tokenizer under the scanner: spans, kinds, flags,
** parsed numbers, URLs as one token, skipped ranges; and figure_scan's
** handling of skip ranges and list reuse.
*/
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "extract/figure.h"
#include "extract/lexicon.h"
#include "extract/token.h"

static struct token toks[64];
static int n;

static int tokenize(const char *text, const struct span *skip, size_t n_skip)
{
    struct tokenizer tz;
    tok_init(&tz, text, strlen(text), skip, n_skip);
    n = 0;
    while (n < 64 && tok_next(&tz, &toks[n]) != TK_END)
        n++;
    return n;
}

static int is(const char *text, int i, const char *want)
{
    size_t len = strlen(want);
    return i < n && toks[i].end - toks[i].start == len &&
           memcmp(text + toks[i].start, want, len) == 0;
}

static void words_and_numbers(void)
{
    const char *t = "Zhejiang's 1,234.5 U.S. e-commerce o'clock H3C 0086";
    tokenize(t, NULL, 0);
    CHECK(is(t, 0, "Zhejiang") && (toks[0].flags & TF_POSS),
          "possessive stripped and flagged");
    CHECK(toks[1].kind == TK_NUM && toks[1].mant == 12345 &&
              toks[1].exp == -1 && (toks[1].nflags & NF_COMMA),
          "1,234.5 parsed");
    CHECK(is(t, 2, "U.S.") && toks[2].kind == TK_WORD,
          "dotted abbreviation is one word");
    CHECK(is(t, 3, "e") && is(t, 4, "-") && is(t, 5, "commerce"),
          "hyphen is its own token");
    CHECK(is(t, 6, "o'clock"), "apostrophe inside a word");
    CHECK(is(t, 7, "H3C") && (toks[7].flags & TF_DIGIT), "letters then digits");
    CHECK(toks[8].kind == TK_NUM && (toks[8].nflags & NF_LEADZERO),
          "leading zero flagged");
    CHECK(toks[1].flags & TF_SPACE, "space flag");

    t = "12.34.56 1,2,3 1234,567 5,000,000";
    tokenize(t, NULL, 0);
    CHECK(n == 4, "malformed numbers are one token each");
    CHECK((toks[0].nflags & NF_BAD) && (toks[1].nflags & NF_BAD) &&
              (toks[2].nflags & NF_BAD),
          "malformed flagged");
    CHECK(toks[3].mant == 5000000 && !(toks[3].nflags & NF_BAD),
          "5,000,000 fine");
}

static void unicode(void)
{
    const char *t = "\xe2\x80\x9c"
                    "5\xe2\x80\x93"
                    "6\xe2\x80\x9d "
                    "\xe4\xb8\x87\xe3\x81\x82 caf\xc3\xa9 \xe2\x82\xac"
                    "\xc2\xa0x \xff";
    tokenize(t, NULL, 0);
    CHECK(toks[0].kind == TK_PUNCT && toks[0].hash == '"', "curly quote");
    CHECK(toks[2].kind == TK_PUNCT && toks[2].hash == '-', "en dash folded");
    CHECK(toks[5].kind == TK_CJK && toks[5].hash == 0x4E07, "Han");
    CHECK(toks[6].kind == TK_CJK && (toks[6].flags & TF_KANA), "kana");
    CHECK(is(t, 7, "caf\xc3\xa9"), "accented word");
    CHECK(toks[8].kind == TK_SYM && toks[8].hash == 0x20AC, "euro sign");
    CHECK(is(t, 9, "x") && (toks[9].flags & TF_SPACE), "no-break space");
    CHECK(toks[10].kind == TK_OTHER, "invalid byte");
    CHECK(n == 11, "token count");
}

static void lines_urls_skips(void)
{
    const char *t = "a\nb\n\nc see http://x.cn/1/2 or me@x.cn (www.y.com).";
    tokenize(t, NULL, 0);
    CHECK((toks[1].flags & TF_NEWLINE) && !(toks[1].flags & TF_BLANK),
          "line break");
    CHECK(toks[2].flags & TF_BLANK, "blank line");
    CHECK(toks[4].kind == TK_URL && is(t, 4, "http://x.cn/1/2"), "URL");
    CHECK(toks[6].kind == TK_URL, "e-mail");
    CHECK(is(t, 7, "(") && toks[8].kind == TK_URL && is(t, 8, "www.y.com") &&
              is(t, 9, ")") && is(t, 10, "."),
          "www URL, without the punctuation around it");

    t = "keep 1 drop 2 drop keep 3";
    struct span skip[] = {{7, 19}};
    tokenize(t, skip, 1);
    CHECK(is(t, 0, "keep") && is(t, 1, "1") && toks[2].kind == TK_BREAK &&
              is(t, 3, "keep") && is(t, 4, "3") && n == 5,
          "skipped range leaves a break");
}

static void bad_skips(void)
{
    /* callers should pass sorted, disjoint ranges; if they do not, the
    ** scan must still end */
    const char *t = "one 1 two 2 three 3 four 4 five 5";
    struct span skip[] = {{20, 10}, {5, 8}, {0, 3}, {30, 4000}, {6, 7}};
    tokenize(t, skip, 5);
    CHECK(n > 0 && n < 64, "unsorted and inverted ranges: the scan ends");
    struct figure_list list;
    figure_list_init(&list);
    struct extract_options o = {0};
    o.skip = skip;
    o.n_skip = 5;
    CHECK(figure_scan(t, strlen(t), &o, &list) == 0, "figure_scan ends too");
    figure_list_free(&list);
}

static void scan_skips(void)
{
    const char *t =
        "Sales were 5 million yuan. Tel: 0571 8888. Costs 9 percent.";
    struct figure_list list;
    figure_list_init(&list);
    struct span skip[] = {{0, 26}, {27, 42}};
    struct extract_options o = {0};
    o.skip = skip;
    o.n_skip = 2;
    figure_scan(t, strlen(t), &o, &list);
    CHECK(list.count == 1 && list.items[0].value == 9,
          "no figures inside skipped ranges");
    /* a second scan appends; pair indexes are relative to its first */
    const char *u = "It is 3 billion yuan ($0.4 billion).";
    figure_scan(u, strlen(u), NULL, &list);
    CHECK(list.count == 3 && list.items[1].pair == 1 && list.items[2].pair == 0,
          "appended scan: pairs relative to its first figure");
    figure_list_clear(&list);
    CHECK(list.count == 0, "clear");
    figure_scan(u, strlen(u), NULL, &list);
    CHECK(list.count == 2 && strcmp(list.items[0].unit, "CNY") == 0,
          "list reused after clear");
    figure_list_free(&list);
}

/* A word's hash and lexicon entry do not depend on its case, on where it
** stands (the tokenizer reads 8 bytes at a time, fewer at the end), on its
** length crossing 8 bytes, or on a curly apostrophe. */
static void word_hashes(void)
{
    static const char *const spellings[][4] = {
        {"percent", "PERCENT", "Percent", "pErCeNt"},
        {"quarterly", "QUARTERLY", "Quarterly", "quarterLY"},
        {"year-on-year", "Year-on-Year", "YEAR-ON-YEAR", "year-on-year"},
        {"o'clock", "o\u2019clock", "O'Clock", "O\u2019CLOCK"},
        {"internationalisation", "Internationalisation",
         "INTERNATIONALISATION", "internationaliSation"},
    };
    for (size_t k = 0; k < sizeof spellings / sizeof spellings[0]; k++) {
        char text[256];
        uint32_t want = 0;
        for (int v = 0; v < 4; v++) {
            /* alone (fewer than 8 bytes to read), then inside a sentence */
            for (int ctx = 0; ctx < 2; ctx++) {
                snprintf(text, sizeof text, ctx ? "Then %s, and more text" : "%s",
                         spellings[k][v]);
                tokenize(text, NULL, 0);
                int w = ctx ? 1 : 0;
                if (k == 2) /* hyphens split words: compare the first one */
                    w = ctx ? 1 : 0;
                if (v == 0 && ctx == 0)
                    want = toks[w].hash;
                CHECK(toks[w].kind == TK_WORD && toks[w].hash == want,
                      "same hash for every spelling of a word");
            }
        }
        if (k != 2)
            CHECK(tok_hash_word(spellings[k][0], strlen(spellings[k][0])) ==
                      want,
                  "tok_hash_word agrees with the tokenizer");
    }
    tokenize("Percent o\u2019clock tonnes", NULL, 0);
    CHECK(toks[0].lex == lex_id("percent") && toks[0].lex != 0,
          "capitalised word found in the lexicon");
    CHECK(toks[1].lex != 0 && toks[1].lex == lex_id("o'clock"),
          "curly apostrophe read as a straight one");
    CHECK(toks[2].lex == lex_id("tonnes") && (toks[2].cls & LX_UNIT),
          "classes come with the entry");
    tokenize("percentage percents perc", NULL, 0);
    CHECK(toks[0].lex != lex_id("percent") && toks[1].lex != lex_id("percent") &&
              toks[2].lex != lex_id("percent"),
          "prefixes and longer words are other words");
}

/* Words of up to 15 ASCII letters are taken by the tokenizer's short
** path (short_word), longer ones by its general loop; a word alone is
** read from the bytes before the text's end: the word must be the same
** token whatever the case, length (across 8 and 16 bytes) or what
** follows. */
static void short_and_general_paths(void)
{
    static const char *const words[] = {
        "a", "A", "I", "of", "US", "Us", "uS", "the", "eBay", "iPhone",
        "percent", "PERCENT", "quarterly", "Quarterly", "QUARTERLY",
        "qUARTERLY", "percentage", "Percentage", "neighborhood",
        "Fahrenheit", "FAHRENHEIT", "centigrade", "abcdefghijklmno",
        "ABCDEFGHIJKLMNO", "abcdefghijklmnop", "internationalisation",
        "Internationalisation",
    };
    static const char *const after[] = {" and more text here.", ", then more",
                                        ".", ")... and so on and on", "\n\n"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        tokenize(words[k], NULL, 0);
        struct token alone = toks[0];
        CHECK(n == 1 && alone.kind == TK_WORD &&
                  alone.end == strlen(words[k]),
              "a word alone is one token");
        for (size_t a = 0; a < sizeof after / sizeof after[0]; a++) {
            char text[128];
            snprintf(text, sizeof text, "%s%s", words[k], after[a]);
            tokenize(text, NULL, 0);
            struct token w = toks[0];
            /* "a." and "I." stay words; only a letter after the dot
            ** would make an abbreviation */
            CHECK(w.kind == TK_WORD && w.end == alone.end &&
                      w.hash == alone.hash && w.lex == alone.lex &&
                      w.cls == alone.cls && w.flags == alone.flags,
                  "the short path agrees with the general one");
        }
    }
    tokenize("Percentage FAHRENHEIT neighborhood pCt", NULL, 0);
    CHECK(toks[0].lex == lex_id("percentage") && (toks[0].flags & TF_CAP) &&
              !(toks[0].flags & TF_ALLCAP),
          "a capitalised word of 10 letters found in the lexicon");
    CHECK(toks[1].lex == lex_id("fahrenheit") && (toks[1].flags & TF_ALLCAP),
          "an all-capitals word of 10 letters found in the lexicon");
    CHECK(toks[2].lex == lex_id("neighborhood"), "a word of 12 letters found");
    CHECK((toks[3].flags & TF_MIXED) && !(toks[3].flags & TF_CAP),
          "capitals after a small first letter");
    const char *t = "Shanghai's RMB50 tmall.com A. Smith";
    tokenize(t, NULL, 0);
    CHECK(is(t, 0, "Shanghai") && (toks[0].flags & TF_POSS),
          "an apostrophe after 8 letters leaves the short path");
    CHECK(is(t, 1, "RMB") && toks[2].kind == TK_NUM,
          "a currency code glued to digits");
    CHECK(is(t, 3, "tmall") && is(t, 4, ".") && is(t, 5, "com"),
          "a domain is words and dots");
    CHECK(is(t, 6, "A") && is(t, 7, "."), "an initial and its dot");
}

/* A word that ends at the limit (a skipped range or the text's end) is
** read from the bytes before the limit only: the letters in the range
** after it are not its own, and it must be the token the same word is
** anywhere else, its hash and lexeme those of its spelling. */
static void words_at_the_limit(void)
{
    static const char *const words[] = {
        "a", "I", "of", "GDP", "town", "eBay", "Percent", "tonnes",
        "Shanghai", "neighborhood", "FAHRENHEIT", "abcdefghijklmno",
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t len = strlen(words[k]);
        char text[128];
        snprintf(text, sizeof text, "in %s and more", words[k]);
        tokenize(text, NULL, 0);
        struct token inside = toks[1];
        snprintf(text, sizeof text, "in %sship and more", words[k]);
        struct span skip = {(uint32_t)(3 + len), (uint32_t)(3 + len + 8)};
        tokenize(text, &skip, 1);
        uint32_t hash = tok_hash_word(words[k], len);
        CHECK(is(text, 1, words[k]) && toks[2].kind == TK_BREAK,
              "a word before a skipped range ends at it");
        CHECK(toks[1].kind == TK_WORD && toks[1].hash == inside.hash &&
                  toks[1].lex == inside.lex && toks[1].cls == inside.cls &&
                  toks[1].flags == inside.flags,
              "a word before a skipped range is the word anywhere else");
        CHECK(toks[1].hash == hash &&
                  toks[1].lex == lex_lookup(hash, words[k], len),
              "a word at the limit has the hash and lexeme of its spelling");
        snprintf(text, sizeof text, "in %s", words[k]);
        tokenize(text, NULL, 0);
        CHECK(n == 2 && is(text, 1, words[k]) && toks[1].hash == hash &&
                  toks[1].lex == inside.lex && toks[1].flags == inside.flags,
              "a word at the text's end is the word anywhere else");
    }
}

int main(void)
{
    word_hashes();
    short_and_general_paths();
    words_at_the_limit();
    words_and_numbers();
    unicode();
    lines_urls_skips();
    bad_skips();
    scan_skips();
    return check_done();
}
