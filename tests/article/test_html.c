/*
** test_html.c: HTML pages to text: what is dropped, how blocks become
** paragraphs, where title, date and outlet come from, and that broken or
** hostile markup still gives sane text.
*/
#include "article/html.h"
#include "article_check.h"

static int parse_html(struct article *a, const char *html)
{
    struct wic_error err;
    return article_parse(a, "t.html", html, strlen(html), ARTICLE_HTML, &err);
}

static void test_fixture(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "page.html") == 0, "page.html parses");
    CHECK_STR(a.title, "Canal town opens data museum",
              "title from <h1>, whitespace and &nbsp; collapsed");
    CHECK_STR(a.date, "2019-10-18", "date from article:published_time");
    CHECK_STR(a.outlet, "Example News", "outlet from og:site_name");
    const char *dropped[] = {"999", "no</p>", "color", "Menu 12", "Tech",
                             "777", "888", "444", "666", "555", "Home"};
    int none = 1;
    for (size_t i = 0; i < sizeof dropped / sizeof dropped[0]; i++)
        if (find_in(&a, dropped[i]) >= 0) {
            printf("# still there: %s\n", dropped[i]);
            none = 0;
        }
    CHECK(none, "script, style, header, nav, noscript, form, aside, footer "
                "are dropped");
    CHECK(find_in(&a, "120 million yuan & took two years") >= 0,
          "&amp; decoded");
    CHECK(find_in(&a, "town\xE2\x80\x99s first dial-up modem") >= 0,
          "&#8217; decoded, newline in a paragraph collapsed");
    CHECK(find_in(&a, "a year.\nTickets cost 30 yuan.") >= 0,
          "<br> is a line break");
    CHECK(find_in(&a, "Opening: October 20\n\nHours:") >= 0,
          "list items are paragraphs");
    CHECK(find_in(&a, "Visitors 500,000") >= 0, "table cells are spaced");
    CHECK(phrase_is_boilerplate(&a, "By Lin Qiu"), "byline paragraph");
    CHECK(phrase_is_body(&a, "Curators expect 500,000 visitors a year."),
          "body paragraph");
    CHECK(a.text[0] == 'C' && a.text[a.text_len - 1] != '\n',
          "no leading or trailing blank lines");
    CHECK(article_invariants(&a), "page.html invariants");
    article_free(&a);
}

static void test_metadata(void)
{
    struct article a;
    parse_html(&a, "<html><head><title>Tea exports climb | example.com"
                   "</title><meta name=\"pubdate\" content=\"2017-03-09\">"
                   "</head><body><p>Exports rose.</p></body></html>");
    CHECK_STR(a.title, "Tea exports climb", "<title> without its site part");
    CHECK_STR(a.date, "2017-03-09", "pubdate meta");
    CHECK(a.outlet == NULL, "no og:site_name, no outlet");
    article_free(&a);

    parse_html(&a, "<html><head><title>Wuzhen - A Future Town</title>"
                   "<meta property=\"og:title\" content=\"Data town\">"
                   "</head><body><p>Text.</p><time pubdate "
                   "datetime=\"2018-05-18T10:00\">May 18</time></body></html>");
    CHECK_STR(a.title, "Data town", "og:title before <title>");
    CHECK_STR(a.date, "2018-05-18", "<time pubdate datetime>");
    article_free(&a);

    parse_html(&a, "<html><head><title>Wuzhen - A Future Town</title></head>"
                   "<body><p>Text.</p></body></html>");
    CHECK_STR(a.title, "Wuzhen - A Future Town",
              "a dash in a headline is not a site suffix");
    article_free(&a);

    parse_html(&a, "<html><body><p>Home &gt; News</p><h1>Ferries go electric"
                   "</h1><p>Updated: 2016-01-02</p><p>Twelve ferries now run on"
                   " batteries.</p></body></html>");
    CHECK_STR(a.date, "2016-01-02", "no meta: the text's dateline");
    CHECK(phrase_is_boilerplate(&a, "Home > News"),
          "text rules apply to HTML text");
    article_free(&a);

    parse_html(&a, "<html><head><meta name=\"date\" content=\"2015-02-30\">"
                   "</head><body><p>Bad date.</p></body></html>");
    CHECK_STR(a.date, "", "an impossible meta date is ignored");
    article_free(&a);

    parse_html(&a, "<html><head><meta charset=\"gbk\"></head><body><p>"
                   "\xE4\xB9\x8C\xE9\x95\x87 grew.</p></body></html>");
    CHECK(find_in(&a, "\xE4\xB9\x8C\xE9\x95\x87 grew.") >= 0,
          "a declared charset is ignored: input is UTF-8");
    article_free(&a);
}

static void test_broken(void)
{
    struct article a;
    parse_html(&a, "<p>unclosed <b>bold <i>text");
    CHECK_STR(a.text, "unclosed bold text", "unclosed tags");
    article_free(&a);

    parse_html(&a, "<pre>line one\n  line two</pre><p>after</p>");
    CHECK(find_in(&a, "line one\n  line two") >= 0, "<pre> keeps its lines");
    article_free(&a);

    parse_html(&a, "<p>a&#0;b &#xD800; c&#13;d</p>");
    CHECK(article_invariants(&a), "odd character references stay valid text");
    article_free(&a);

    parse_html(&a, "");
    CHECK(a.text_len == 0, "empty HTML, empty text");
    article_free(&a);

    parse_html(&a, "no markup at all");
    CHECK_STR(a.text, "no markup at all", "bare text as HTML");
    article_free(&a);

    parse_html(&a, "<script>only script</script><style>x</style>");
    CHECK(a.text_len == 0, "a page of script has no text");
    article_free(&a);

    parse_html(&a, "<article><header><h1>Kept headline</h1></header><p>Body."
                   "</p></article>");
    CHECK_STR(a.title, "Kept headline", "header inside article: headline");
    CHECK(find_in(&a, "Kept headline") == 0, "header inside article is kept");
    article_free(&a);
}

static void test_deep(void)
{
    size_t depth = 200000;
    size_t len = depth * 11 + 64;
    char *html = malloc(len);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "<div>");
    n += (size_t)sprintf(html + n, "deep text");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "</div>");
    struct article a;
    struct wic_error err;
    CHECK(article_parse(&a, "deep.html", html, n, ARTICLE_HTML, &err) == 0,
          "200,000 nested elements parse without recursion");
    CHECK(article_invariants(&a), "deep nesting invariants");
    article_free(&a);
    free(html);

    struct html_doc doc;
    CHECK(html_extract("<p>x</p>", 8, &doc, NULL) == 0 && doc.text_len == 1,
          "html_extract alone");
    html_doc_free(&doc);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        fixture_dir = argv[1];
    test_fixture();
    test_metadata();
    test_broken();
    test_deep();
    return check_done();
}
