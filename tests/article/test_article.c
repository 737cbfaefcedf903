/*
** test_article.c: whole pages through article_parse(): title, date,
** outlet, which lines are furniture and which are body, for each fixture
** page, plus the edge cases of the API itself.
*/
#include "article_check.h"

static void test_daily_updated(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "daily_updated.txt") == 0, "daily_updated parses");
    CHECK_STR(a.title, "Lakeside county bets on cloud services", "title");
    CHECK_STR(a.date, "2016-11-16", "date from \"outlet Updated: ISO\"");
    CHECK_STR(a.outlet, "chinadaily.com.cn", "outlet before \"Updated:\"");
    CHECK(phrase_is_boilerplate(&a, "Home > Business"), "breadcrumb");
    CHECK(phrase_is_boilerplate(&a, "chinadaily.com.cn Updated: 2016-11-16"),
          "dateline");
    CHECK(phrase_is_boilerplate(&a, "Visitors try a robot guide"),
          "photo caption with a date");
    CHECK(phrase_is_boilerplate(&a, "Latest News"), "Latest News");
    CHECK(phrase_is_boilerplate(&a, "Cyberspace Bureau of Tongxiang"),
          "sponsor list, first name");
    CHECK(phrase_is_boilerplate(&a, "Wuzhen Tourism Holding Company"),
          "sponsor list, last name");
    CHECK(phrase_is_boilerplate(&a, "Tel: 0086-573-88123456"), "Tel line");
    CHECK(phrase_is_boilerplate(&a, "QQ: 1234567890"), "QQ line");
    CHECK(phrase_is_boilerplate(&a, "Copyright \xC2\xA9"), "copyright line");
    CHECK(phrase_is_boilerplate(&a, "ICP\xE5\xA4\x87" "12345678"),
          "licence code");
    CHECK(phrase_is_body(&a, "earned local firms 12.6 billion yuan"),
          "body sentence with figures");
    CHECK(phrase_is_body(&a, "Mr. Chen, who heads"), "body after Mr.");
    CHECK(phrase_is_body(&a, "2.5 billion yuan on fibre"), "last body line");
    CHECK(!phrase_is_boilerplate(&a, "Lakeside county bets"),
          "the headline is not boilerplate (its figures count)");
    CHECK(!phrase_is_body(&a, "Lakeside county bets"),
          "the headline is the title, not a body paragraph");
    CHECK(a.n_paragraphs == 4, "four body paragraphs");
    CHECK(a.n_sentences == 8, "eight sentences despite Mr. Dr. Dec. U.S. i.e.");
    CHECK(article_invariants(&a), "daily_updated invariants");
    article_free(&a);
}

static void test_weekday_byline(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "weekday_byline.txt") == 0, "weekday_byline parses");
    CHECK_STR(a.title, "River town hosts smart city forum", "title");
    CHECK_STR(a.date, "2016-11-18", "date from a weekday dateline");
    CHECK(a.outlet == NULL, "no outlet stated, none invented");
    CHECK(phrase_is_boilerplate(&a, "Friday, November 18, 2016, 14:05"),
          "weekday dateline");
    CHECK(phrase_is_boilerplate(&a, "By Wang Lei in Hangzhou"), "byline");
    CHECK(phrase_is_boilerplate(&a, "(Photo by Zhao Min / China Daily)"),
          "(Photo by ...) caption");
    CHECK(phrase_is_body(&a, "More than 1,500 delegates"), "body");
    CHECK(phrase_is_body(&a, "Hangzhou Cloud Co. Ltd. in the town"),
          "Co. Ltd. stays inside its sentence");
    CHECK(article_invariants(&a), "weekday_byline invariants");
    article_free(&a);
}

static void test_glued_outlet(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "glued_outlet.txt") == 0, "glued_outlet parses");
    CHECK_STR(a.title, "Three years on: how a conference changed a county",
              "title");
    CHECK_STR(a.date, "2016-11-20", "date after a glued outlet");
    CHECK_STR(a.outlet, "China.org.cn", "outlet glued to \"Updated:\"");
    CHECK(phrase_is_boilerplate(&a, "Home > Features >"), "trailing-> crumb");
    CHECK(phrase_is_boilerplate(&a, "1   2   3   >"), "pager");
    CHECK(phrase_is_boilerplate(&a, "MORE FROM China SCIO"), "MORE FROM");
    CHECK(phrase_is_boilerplate(&a, "[Photo by Li Hua/China.org.cn]"),
          "caption credit");
    CHECK(phrase_is_body(&a, "rose from 95 in 2014 to 402 in 2016"), "body");
    CHECK(article_invariants(&a), "glued_outlet invariants");
    article_free(&a);
}

static void test_resource_from(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "resource_from.txt") == 0, "resource_from parses");
    CHECK_STR(a.title,
              "Bamboo, Tea and Data: A County \xE2\x80\x9CGrowing Online"
              "\xE2\x80\x9D",
              "title after a Flash notice and a section name");
    CHECK_STR(a.date, "2017-03-09", "date from \"Date :ISO  Resource:\"");
    CHECK_STR(a.outlet, "Huzhou Daily", "outlet from a final (from X)");
    CHECK(phrase_is_boilerplate(&a, "Adobe Flash Player\xE3\x80\x82"),
          "Flash notice");
    CHECK(phrase_is_boilerplate(&a, "(from Huzhou Daily)"), "source tail");
    CHECK(phrase_is_body(&a, "30.5 percent of the county"),
          "the line before the source tail stays body");
    CHECK(phrase_is_body(&a, "20,000 servers"), "indented paragraph is body");
    CHECK(article_invariants(&a), "resource_from invariants");
    article_free(&a);
}

/* Mastheads and menus come before the headline; datelines in the shapes
** of wires, bylines and field rows. */
static void test_mastheads_and_datelines(void)
{
    static const struct {
        const char *page, *title, *date;
    } pages[] = {
        {"THE RIVER TIMES\nNation | Business | Tech\n\n"
         "Port town signs ten digital deals at summit\n\n"
         "By Ana Lee in Business, Tech on 27 November 2026\n\n"
         "The town signed the deals on Monday.\n",
         "Port town signs ten digital deals at summit", "2026-11-27"},
        {"Coast Daily\n\nFerry operator adds three night routes\n\n"
         "December 4, 2026 | Rio de Janeiro | By Lucas Matos\n\n"
         "The operator said demand had grown.\n",
         "Ferry operator adds three night routes", "2026-12-04"},
        {"Lake Bank\nNews Release | 3 December 2026\n\n"
         "Lake region growth forecast raised on strong exports\n\n"
         "The bank raised its forecast.\n",
         "Lake region growth forecast raised on strong exports",
         "2026-12-03"},
        {"Hill Post\n\nCity buses go electric across five districts\n\n"
         "By Chen Yu\nDecember 2, 2026 \xC2\xB7 5 min read\n\n"
         "All buses now run on batteries.\n",
         "City buses go electric across five districts", "2026-12-02"},
        {"Valley Development Bank\nHome > News\n\n"
         "Valley economies expected to grow faster next year\n\n"
         "MANILA, PHILIPPINES (3 December 2026) \xE2\x80\x94 Economies in "
         "the valley will grow, the bank said.\n",
         "Valley economies expected to grow faster next year", "2026-12-03"},
        {"Tech Daily\n\nRobot makers ship twelve thousand units this year\n\n"
         "Author: Chen Siyu \xC2\xB7 Aug 28, 2026, 10:05 AM\n\n"
         "The makers shipped more robots.\n",
         "Robot makers ship twelve thousand units this year", "2026-08-28"},
        /* a table's "Date<TAB>...", "Published On", fields parted by a
        ** comma or an ideographic space */
        {"Reserve Bank\nMedia Release\nDecision on rates\nNumber\t2026-31\n"
         "Date\t3 November 2026\n\nThe board cut the rate.\n",
         "Decision on rates", "2026-11-03"},
        {"Gulf Desk\n\nSummit courts the south\n\nBy Staff\n"
         "Published On 21 Nov 2026\n\nThe summit opened.\n",
         "Summit courts the south", "2026-11-21"},
        {"Nile Online\n\nDigital exports hit a record\n\n"
         "Nile Online , Tuesday 10 Nov 2026\n\nExports rose.\n",
         "Digital exports hit a record", "2026-11-10"},
        {"\xE8\xAF\x81\xE5\x88\xB8\xE7\xBD\x91\n\n"
         "\xE5\x87\x80\xE5\x88\xA9\xE6\xB6\xA6\xE5\xA2\x9E\xE9\x95\xBF\n\n"
         "2026-10-28 21:36\xE3\x80\x80\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A"
         "\xE8\xAF\x81\xE5\x88\xB8\xC2\xB7"
         "e\xE5\x85\xAC\xE5\x8F\xB8"
         "\xE3\x80\x80\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A\xE7\x8E\x8B"
         "\n\n\xE5\x85\xAC\xE5\x8F\xB8\xE6\x8A\xAB\xE9\x9C\xB2\xE3\x80\x82\n",
         "\xE5\x87\x80\xE5\x88\xA9\xE6\xB6\xA6\xE5\xA2\x9E\xE9\x95\xBF",
         "2026-10-28"},
        {"Stats Office\n\nNews release | 3-12-2026 | 09:30\n\n"
         "ICT sector turnover up by 6.2 percent\n\nBusinesses grew.\n",
         "ICT sector turnover up by 6.2 percent", "2026-12-03"},
        {"The Asahi\n\nCashless payments reach a record share\n\n"
         "December 2, 2026 at 17:30 JST\n\nPayments rose.\n",
         "Cashless payments reach a record share", "2026-12-02"},
        {"Khmer Post\n\nQR payments near two million as trade climbs\n\n"
         "Sok Chanphal   December 2, 2026\n\n"
         "Payments rose in the quarter.\n",
         "QR payments near two million as trade climbs", "2026-12-02"},
        /* a sentence opening "By" is no byline; a short headline a
        ** byline confirms beats a later line; a related-stories row at
        ** the page's end dates nothing */
        {"Daily Wire\n\nFed Holds Rates Steady\n\nBy Jane Doe\n\n"
         "Sign up for our daily newsletter and get the news first\n\n"
         "By Friday, the index had fallen 5% to close at 3,000 on 3 "
         "December 2026.\n\nFed Cuts Rates Again | December 1, 2025\n",
         "Fed Holds Rates Steady", ""},
        {"Annual General Meeting (June 30, 2027) \xE2\x80\x94 shareholders "
         "approved the dividend of the company.\n\nThe board met.\n",
         "", ""},
        /* a masthead's block (name, motto, menu) before the headline,
        ** the motto before or after the menu; release labels, reference
        ** numbers, page dates and bylines that stand where headlines
        ** stand; a headline that asks a question after a statement; a
        ** long Chinese headline */
        {"HARBOUR NEWS\nThe Voice of the Harbour Towns\n"
         "Home | Business | World\n\nBusiness\n\n"
         "Harbour cranes go electric as port volumes climb\n\n"
         "Updated 18 November 2026\n\nThe port said so.\n",
         "Harbour cranes go electric as port volumes climb", "2026-11-18"},
        {"VALE POST\nBusiness | Markets | Opinion\n"
         "The region's leading business and financial news\n\nMarkets\n\n"
         "Soy exports reach a record as buyers return\n\n"
         "By Rui Costa\n11/12/2026 5:01 am\n\nExports rose.\n",
         "Soy exports reach a record as buyers return", ""},
        {"Lake State\nHome > Newsroom\n\nFOR IMMEDIATE RELEASE\n"
         "December 1, 2026\n\n"
         "Data firm to build a campus in Lake County\n\nThe firm said so.\n",
         "Data firm to build a campus in Lake County", "2026-12-01"},
        {"STATS OFFICE\nHome > News\n\nPress release: 13 612-241/26\n\n"
         "No. 021/HMS/SIPR/II/2026\n\nInflation in November at 2.6%\n\n"
         "Prices rose.\n",
         "Inflation in November at 2.6%", ""},
        {"Island Times\nHome / Business\n\nTue, Nov 24, 2026 page 10\n\n"
         "Export orders hit a record in October\n\nOrders rose.\n",
         "Export orders hit a record in October", ""},
        {"KrTech\nTech   Startups   Capital\nHome / Tech / Cloud\n\n"
         "Cloud firms pour billions into the region. Can they win?\n\n"
         "Written by Nadia Rahman\nPublished: 02 Dec 2026\n\nThey did.\n",
         "Cloud firms pour billions into the region. Can they win?",
         "2026-12-02"},
        /* "on" before the label's colon, a date with no spaces; a time
        ** of day between "at" and the date */
        {"Korea Daily\n\nFees rise as owners call for a cap\n\n"
         "Posted on : Dec.3,2026 16:21 KST  Modified on : Dec.3,2026 17:02 "
         "KST\n\nOwners paid more.\n",
         "Fees rise as owners call for a cap", "2026-12-03"},
        {"Dhaka Daily\n\nRemittance inflow hits a record in November\n\n"
         "Tribune Report\nPublished at 07:48 pm December 1st, 2026\n\n"
         "Expatriates sent more.\n",
         "Remittance inflow hits a record in November", "2026-12-01"},
        {"Accra Online\n\nMobile money hits a record in ten months\n\n"
         "Author: Ama Mensah\nDate: 02 - 12 - 2026 , Time: 09:15\n\n"
         "Transactions rose.\n",
         "Mobile money hits a record in ten months", "2026-12-02"},
        /* a first block of plain lines is no masthead: its headline
        ** stays the title, not a crosshead further down */
        {"Bangkok Daily\nBusiness\n"
         "Thai exports jump 12% in October on electronics demand\n\n"
         "November 24, 2026\n\nExports rose.\n\n"
         "Electronics shipments lead the way\n\nMore text here.\n",
         "Thai exports jump 12% in October on electronics demand",
         "2026-11-24"},
        /* 某某网 / 首页 | 财经 / 乌镇峰会闭幕 签约项目126个总投资868.6亿元
        ** (long) / 每经记者：王 / 2026-11-22 */
        {"\xE6\x9F\x90\xE6\x9F\x90\xE7\xBD\x91\n"
         "\xE9\xA6\x96\xE9\xA1\xB5 | \xE8\xB4\xA2\xE7\xBB\x8F\n\n"
         "2026\xE5\xB9\xB4\xE4\xB8\x96\xE7\x95\x8C\xE4\xBA\x92"
         "\xE8\x81\x94\xE7\xBD\x91\xE5\xA4\xA7\xE4\xBC\x9A\xE4\xB9\x8C"
         "\xE9\x95\x87\xE5\xB3\xB0\xE4\xBC\x9A\xE9\x97\xAD\xE5\xB9\x95 "
         "\xE7\xAD\xBE\xE7\xBA\xA6\xE9\xA1\xB9\xE7\x9B\xAE" "126\xE4\xB8\xAA"
         "\xE6\x80\xBB\xE6\x8A\x95\xE8\xB5\x84" "868.6\xE4\xBA\xBF\xE5\x85\x83"
         "\n\n\xE6\xAF\x8F\xE7\xBB\x8F\xE8\xAE\xB0\xE8\x80\x85\xEF\xBC\x9A"
         "\xE7\x8E\x8B\n2026-11-22 18:46\n\n\xE6\xAD\xA3\xE6\x96\x87\xE3\x80\x82\n",
         "2026\xE5\xB9\xB4\xE4\xB8\x96\xE7\x95\x8C\xE4\xBA\x92"
         "\xE8\x81\x94\xE7\xBD\x91\xE5\xA4\xA7\xE4\xBC\x9A\xE4\xB9\x8C"
         "\xE9\x95\x87\xE5\xB3\xB0\xE4\xBC\x9A\xE9\x97\xAD\xE5\xB9\x95 "
         "\xE7\xAD\xBE\xE7\xBA\xA6\xE9\xA1\xB9\xE7\x9B\xAE" "126\xE4\xB8\xAA"
         "\xE6\x80\xBB\xE6\x8A\x95\xE8\xB5\x84" "868.6\xE4\xBA\xBF\xE5\x85\x83",
         "2026-11-22"},
        {"Media Contact: Press Office, press@valley.example.org\n\n"
         "Stock Code: 600001      Announcement No.: 2026-058\n\n"
         "Valley Chip maker reports third quarter results\n\n"
         "Revenue rose in the quarter.\n",
         "Valley Chip maker reports third quarter results", ""},
    };
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        struct article a;
        struct wic_error err;
        CHECK(article_parse(&a, "m.txt", pages[k].page, strlen(pages[k].page),
                            ARTICLE_TEXT, &err) == 0,
              "masthead page parses");
        CHECK_STR(a.title ? a.title : "", pages[k].title, pages[k].title);
        CHECK_STR(a.date, pages[k].date, pages[k].title);
        article_free(&a);
    }
}

static void test_editor_tail(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "editor_tail.txt") == 0, "editor_tail parses");
    CHECK_STR(a.title, "Old river port turns into e-commerce hub", "title");
    CHECK_STR(a.date, "", "no dateline: no date");
    CHECK(a.outlet == NULL, "no outlet");
    CHECK(phrase_is_boilerplate(&a, "\xE4\xB8\xAD\xE6\x96\x87\xE7\xB9\x81"),
          "language switcher");
    CHECK(phrase_is_boilerplate(&a, "Description:An old river port"),
          "description field");
    CHECK(phrase_is_boilerplate(&a, "Editor:Zhang"), "editor tail");
    CHECK(phrase_is_body(&a, "said the district head."),
          "the sentence before the editor tail");
    CHECK(phrase_is_boilerplate(&a, "(Source_title:"), "source title");
    CHECK(article_invariants(&a), "editor_tail invariants");
    article_free(&a);
}

static void test_body_date(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "body_date.txt") == 0, "body_date parses");
    CHECK_STR(a.date, "", "dates in body sentences are not the date");
    CHECK(a.n_boilerplate == 0, "nothing is furniture");
    CHECK(a.n_sentences == 2, "two body sentences (the headline is the title)");
    CHECK(article_invariants(&a), "body_date invariants");
    article_free(&a);
}

/* Datelines count only near the top: bare ones in the first 15 non-empty
** lines, labelled ones in the first 40. */
static void test_header_window(void)
{
    char text[8192] = "";
    for (int i = 0; i < 20; i++)
        strcat(text, "Local firms added jobs this year, officials said.\n");
    size_t body = strlen(text);
    struct article a;
    struct wic_error err;
    strcpy(text + body, "Dec 15, 2015\n");
    for (int i = 0; i < 35; i++)
        strcat(text, "Local firms added jobs this year, officials said.\n");
    CHECK(article_parse(&a, "w.txt", text, strlen(text), ARTICLE_TEXT,
                        &err) == 0,
          "window article parses");
    CHECK_STR(a.date, "", "a bare date line on line 21 of 56 is not the date");
    CHECK(phrase_is_boilerplate(&a, "Dec 15, 2015"),
          "but it is still furniture");
    article_free(&a);
    /* a filing dated under its signature, at the page's end */
    strcpy(text + body, "Board of Directors\nDec 15, 2015\n");
    article_parse(&a, "w.txt", text, strlen(text), ARTICLE_TEXT, &err);
    CHECK_STR(a.date, "2015-12-15", "a date line closing the page dates it");
    article_free(&a);
    strcpy(text + body, "Updated: 2015-12-15\n");
    article_parse(&a, "w.txt", text, strlen(text), ARTICLE_TEXT, &err);
    CHECK_STR(a.date, "2015-12-15", "a labelled dateline on line 21 is");
    article_free(&a);
    text[0] = '\0';
    for (int i = 0; i < 45; i++)
        strcat(text, "Firms grew.\n");
    strcat(text, "Updated: 2015-12-15\n");
    article_parse(&a, "w.txt", text, strlen(text), ARTICLE_TEXT, &err);
    CHECK_STR(a.date, "", "a labelled dateline on line 46 is not");
    article_free(&a);
}

/* Outlets stated in other ways, and never invented. */
static void test_outlets(void)
{
    struct article a;
    struct wic_error err;
    const char *source = "Tea farms go online\n\nSource: Xinhua\n\n"
                         "Farmers sold 40 percent of their tea online.\n";
    article_parse(&a, "s.txt", source, strlen(source), ARTICLE_TEXT, &err);
    CHECK_STR(a.outlet, "Xinhua", "outlet from a Source: line");
    CHECK(phrase_is_boilerplate(&a, "Source: Xinhua"), "source line");
    article_free(&a);

    const char *footer = "Tea farms go online\n\nFarmers sold 40 percent of "
                         "their tea online.\n\nCopyright \xC2\xA9 Example. "
                         "All rights reserved.\nPresented by China Daily.\n";
    article_parse(&a, "f.txt", footer, strlen(footer), ARTICLE_TEXT, &err);
    CHECK_STR(a.outlet, "China Daily", "outlet from \"Presented by\"");
    article_free(&a);

    const char *body = "Tea farms go online\n\nThe tea was presented by "
                       "Farmer Wang at the fair (from left to right).\n";
    article_parse(&a, "b.txt", body, strlen(body), ARTICLE_TEXT, &err);
    CHECK(a.outlet == NULL, "body phrases name no outlet");
    article_free(&a);
}

static void test_only_furniture(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "only_furniture.txt") == 0, "only_furniture parses");
    CHECK(a.n_paragraphs == 0 && a.n_sentences == 0 && a.words == 0,
          "a page of furniture has no body");
    CHECK(a.n_boilerplate == 1 && a.boilerplate[0].start == 0 &&
              a.boilerplate[0].end == a.text_len - 1,
          "one merged span covers it all");
    CHECK(a.title == NULL, "no title");
    CHECK(article_invariants(&a), "only_furniture invariants");
    article_free(&a);
}

static void test_markdown(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "front_matter.md") == 0, "front_matter parses");
    CHECK_STR(a.title, "Digital villages take root in Zhejiang",
              "title from front matter");
    CHECK_STR(a.date, "2018-07-02", "date from front matter");
    CHECK_STR(a.outlet, "Example Daily", "outlet from front matter");
    CHECK(find_in(&a, "title:") < 0 && find_in(&a, "---") < 0,
          "front matter is not in the text");
    CHECK(strncmp(a.text, "\n# Digital", 10) == 0,
          "text starts right after the block");
    CHECK(phrase_is_body(&a, "Sales grew 18.5%"), "markdown body");
    CHECK(a.n_paragraphs == 4, "headings are paragraphs of their own");
    CHECK(article_invariants(&a), "front_matter invariants");
    article_free(&a);

    CHECK(parse_fixture(&a, "heading_only.md") == 0, "heading_only parses");
    CHECK_STR(a.title, "Ferry line goes cashless", "title from # heading");
    CHECK_STR(a.date, "2018-03-15", "date from \"Published:\"");
    CHECK(phrase_is_boilerplate(&a, "Published: 15 March 2018"),
          "labelled dateline is furniture");
    CHECK(article_invariants(&a), "heading_only invariants");
    article_free(&a);

    const char *open = "---\ntitle: never closed\n\nBody text here.\n";
    struct wic_error err;
    CHECK(article_parse(&a, "o.md", open, strlen(open), ARTICLE_MARKDOWN,
                        &err) == 0 &&
              a.text_len == strlen(open) && a.title == NULL,
          "an unclosed front matter block is kept as text");
    article_free(&a);
}

static void test_line_ends(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "crlf.txt") == 0, "crlf parses");
    CHECK(memchr(a.text, '\r', a.text_len) == NULL, "no CR left");
    CHECK(strstr(a.text, "10 minutes.\n\nA lone CR") != NULL,
          "CR CR became a blank line");
    CHECK_STR(a.title, "Rail link opens", "title of a CRLF file");
    CHECK(a.n_paragraphs == 2, "CRLF paragraphs, headline apart");
    CHECK(article_invariants(&a), "crlf invariants");
    article_free(&a);

    CHECK(parse_fixture(&a, "bom.txt") == 0, "bom parses");
    CHECK(strncmp(a.text, "BOM town news\n", 14) == 0, "BOM dropped");
    CHECK_STR(a.title, "BOM town news", "title of a BOM file");
    CHECK(a.invalid_bytes == 0, "a BOM is not invalid");
    article_free(&a);
}

static void test_api(void)
{
    CHECK(article_format_from_name("a/b/story.TXT") == ARTICLE_TEXT, ".TXT");
    CHECK(article_format_from_name("x.md") == ARTICLE_MARKDOWN, ".md");
    CHECK(article_format_from_name("x.markdown") == ARTICLE_MARKDOWN,
          ".markdown");
    CHECK(article_format_from_name("x.Html") == ARTICLE_HTML, ".Html");
    CHECK(article_format_from_name("x.htm") == ARTICLE_HTML, ".htm");
    CHECK(article_format_from_name("x.pdf") == ARTICLE_UNKNOWN, ".pdf");
    CHECK(article_format_from_name("dir.md/readme") == ARTICLE_UNKNOWN,
          "a dot in a folder name is no extension");
    CHECK(article_format_from_name(".md") == ARTICLE_UNKNOWN, "dot file");
    CHECK(article_format_from_name(NULL) == ARTICLE_UNKNOWN, "NULL name");

    struct article a;
    struct wic_error err;
    CHECK(article_parse(&a, "empty.txt", "", 0, ARTICLE_TEXT, &err) == 0,
          "empty input is not an error");
    CHECK(a.text && a.text_len == 0 && a.text[0] == '\0' &&
              a.n_paragraphs == 0 && a.n_boilerplate == 0 && a.title == NULL &&
              a.date[0] == '\0' && a.outlet == NULL,
          "empty input gives an empty article");
    CHECK_STR(a.id, "empty.txt", "id is copied");
    CHECK(!article_in_boilerplate(&a, 0), "nothing is boilerplate");
    article_free(&a);
    article_free(&a); /* freeing twice is harmless: free zeroes */

    struct article zero;
    memset(&zero, 0, sizeof zero);
    article_free(&zero);
    CHECK(1, "freeing a zeroed article is harmless");

    err.kind = WIC_OK;
    CHECK(article_parse(&a, "huge.txt", "x", ARTICLE_MAX_BYTES + 1,
                        ARTICLE_TEXT, &err) == -1 &&
              err.kind == WIC_ERR_LIMIT && a.text == NULL,
          "over ARTICLE_MAX_BYTES is a limit error, before reading");

    const char *html = "<!DOCTYPE html><html><body><p>Sniffed as HTML."
                       "</p></body></html>";
    CHECK(article_parse(&a, "noext", html, strlen(html), ARTICLE_UNKNOWN,
                        &err) == 0 &&
              strcmp(a.text, "Sniffed as HTML.") == 0,
          "unknown format: an HTML page is sniffed");
    article_free(&a);
    CHECK(article_parse(&a, "noext", html, strlen(html), ARTICLE_TEXT, &err) ==
                  0 &&
              a.text_len == strlen(html),
          "declared text is kept as text");
    article_free(&a);

    const char *bad = "Caf\xC3 sales rose\x80 5 percent.\xF4\x90\x80\x80";
    CHECK(article_parse(&a, "bad.txt", bad, strlen(bad), ARTICLE_TEXT, &err) ==
                  0 &&
              a.invalid_bytes == 6 && strstr(a.text, "\xEF\xBF\xBD") != NULL,
          "invalid UTF-8 in a text is replaced and counted");
    CHECK(article_invariants(&a), "invalid UTF-8 invariants");
    article_free(&a);
}

/* Boilerplate lookups at span edges. */
static void test_lookup(void)
{
    struct article a;
    CHECK(parse_fixture(&a, "glued_outlet.txt") == 0, "lookup fixture parses");
    int ok = a.n_boilerplate > 0;
    for (size_t i = 0; i < a.n_boilerplate; i++) {
        const struct span *s = &a.boilerplate[i];
        ok &= article_in_boilerplate(&a, s->start) &&
              article_in_boilerplate(&a, s->end - 1) &&
              !article_in_boilerplate(&a, s->end) &&
              (s->start == 0 || !article_in_boilerplate(&a, s->start - 1));
    }
    CHECK(ok, "article_in_boilerplate agrees with every span's edges");
    CHECK(!article_in_boilerplate(&a, (uint32_t)a.text_len + 100),
          "past the end is not boilerplate");
    article_free(&a);
}

/* The headlines listed under "Related" or "Most Popular" are furniture
** up to the blank line that ends the list; a view counter is too. */
static void test_link_lists(void)
{
    const char *text =
        "Shoppers go direct\n\n"
        "Orders rose 20 percent in June, the agency said.\n\n"
        "Related Articles\n"
        "- Temu opens first fulfillment center in Gimpo\n"
        "- [Herald Interview] Why shoppers go direct\n\n"
        "Most Popular\n"
        "1  Won slips past 1,390 per dollar\n"
        "2  Chip exports hit record\n\n"
        "Read more\n"
        "Sales grew 5 percent in May, the firm said.\n\n"
        "Top Stories\n"
        "The central bank raised its policy rate by 25 basis points to 3.5% on\n"
        "Thursday, citing persistent inflation.\n\n"
        "Viewed 2,417 times\n";
    struct article a;
    struct wic_error err;
    CHECK(article_parse(&a, "p.txt", text, strlen(text), ARTICLE_TEXT,
                        &err) == 0,
          "link list page parses");
    CHECK(phrase_is_boilerplate(&a, "Temu opens first"), "a related headline");
    CHECK(phrase_is_boilerplate(&a, "Why shoppers go direct"),
          "the list's last headline");
    CHECK(phrase_is_boilerplate(&a, "Won slips past 1,390"),
          "a numbered popular headline");
    CHECK(phrase_is_boilerplate(&a, "Chip exports hit record"),
          "the next numbered headline");
    CHECK(phrase_is_body(&a, "Orders rose 20 percent"), "the body before");
    CHECK(phrase_is_body(&a, "Sales grew 5 percent"),
          "a sentence under a heading is not a headline");
    CHECK(phrase_is_boilerplate(&a, "Viewed 2,417 times"), "a view counter");
    CHECK(phrase_is_body(&a, "raised its policy rate by 25 basis points"),
          "a wrapped sentence under a heading is no list: it has no marks");
    CHECK(article_invariants(&a), "link list invariants");
    article_free(&a);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        fixture_dir = argv[1];
    test_daily_updated();
    test_weekday_byline();
    test_glued_outlet();
    test_resource_from();
    test_editor_tail();
    test_mastheads_and_datelines();
    test_body_date();
    test_header_window();
    test_outlets();
    test_only_furniture();
    test_markdown();
    test_line_ends();
    test_api();
    test_lookup();
    test_link_lists();
    return check_done();
}
