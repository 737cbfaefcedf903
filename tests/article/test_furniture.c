/*
** test_furniture.c: furniture_line() on lines of real-looking pages.
**
** Each positive case names the kind expected and where the furniture
** starts (0: the whole line); each negative case is a body sentence that
** resembles furniture (a phone number, "By 2022", a '>' sign) and must be
** kept.
*/
#include <stdlib.h>

#include "article/furniture.h"
#include "check.h"

static void kind(const char *line, enum bp_kind want, const char *tail)
{
    size_t cut, n = strlen(line);
    enum bp_kind got = furniture_line(line, n, &cut);
    size_t want_cut = tail ? (size_t)(strstr(line, tail) - line) : 0;
    char what[300];
    snprintf(what, sizeof what, "%s: \"%.60s\"", furniture_kind_name(want),
             line);
    if (got != want || cut != want_cut)
        printf("# got %s, cut %zu (want %zu)\n", furniture_kind_name(got), cut,
               want_cut);
    CHECK(got == want && cut == want_cut, what);
}

static void body(const char *line)
{
    size_t cut, n = strlen(line);
    enum bp_kind got = furniture_line(line, n, &cut);
    char what[300];
    snprintf(what, sizeof what, "body: \"%.60s\"", line);
    if (got != BP_NONE)
        printf("# got %s\n", furniture_kind_name(got));
    CHECK(got == BP_NONE && cut == n, what);
}

static void test_kinds(void)
{
    kind("Home > Nation", BP_BREADCRUMB, NULL);
    kind("Home > In Depth >", BP_BREADCRUMB, NULL);
    kind("News \xC2\xBB China \xC2\xBB Zhejiang", BP_BREADCRUMB, NULL);
    kind("Tuesday, December 15, 2015, 09:34", BP_DATELINE, NULL);
    kind("China.org.cnUpdated: October 17, 2019", BP_DATELINE, NULL);
    kind("Date :2018-05-18    Resource:", BP_DATELINE, NULL);
    kind("By Shi Jing in Shanghai", BP_BYLINE, NULL);
    kind("By Wang Lei and Zhou Ping in Hangzhou", BP_BYLINE, NULL);
    kind("By Li Na (chinadaily.com.cn)", BP_BYLINE, NULL);
    kind("Reporter: Li Na", BP_BYLINE, NULL);
    kind("A screen shows data in Wuzhen, Dec 12, 2015. [Photo/IC]",
         BP_CAPTION, NULL);
    kind("The town at night. [Photo by Yu Tian/Xinhua]", BP_CAPTION, NULL);
    kind("Night falls on the canal. (Photo by Geng Fei / China Daily)",
         BP_CAPTION, NULL);
    kind("Workers check a server rack. (Xinhua/Li Xin)", BP_CAPTION, NULL);
    kind("[Photo provided to China Daily]", BP_CAPTION, NULL);
    kind("Latest News", BP_LINKS, NULL);
    kind("Related Stories:", BP_LINKS, NULL);
    kind("MORE FROM China SCIO", BP_LINKS, NULL);
    /* a linked headline after its label; a sentence after one is body */
    kind("Related news: BI holds benchmark rate at 4.50 percent", BP_LINKS,
         NULL);
    kind("Also read: Exports top $10 billion", BP_LINKS, NULL);
    body("Related: Sales rose 5% in May.");
    body("Recommended: raising the threshold to Rs 40 lakh");
    body("LATEST: Customs data show exports rose 5.1% in November");
    kind("Related news: Will BI cut rates to 4.25% in December?", BP_LINKS,
         NULL);
    kind("Read more: Auto parts makers seek duty relief | PSX gains 1,200 "
         "points on rate cut hopes, a gain that traders had long awaited",
         BP_LINKS, NULL);
    kind("Related Contents", BP_LINKS, NULL);
    kind("\"We will grow,\" the official said.  Editor:Lucky", BP_EDITOR,
         "Editor:");
    kind("The plan was approved in May. (Editor: Li Jing)", BP_EDITOR,
         "(Editor");
    kind("Sales doubled in 2017. Chief Editor: Wang Fang", BP_EDITOR,
         "Chief Editor");
    kind("Editor: Wang Fang", BP_EDITOR, NULL);
    kind("Source: Xinhua", BP_SOURCE, NULL);
    kind("(Source: China Daily)", BP_SOURCE, NULL);
    kind("(Source_title:Wuzhen opens a museum)", BP_SOURCE, NULL);
    kind("Residents want more parks, he said. (from Jiaxing Daily)", BP_SOURCE,
         "(from");
    kind("Copyright \xC2\xA9 World Internet Conference. All rights Reserved",
         BP_COPYRIGHT, NULL);
    kind("\xC2\xA9 2019 Example Media", BP_COPYRIGHT, NULL);
    kind("Copyright 2015 Example Daily", BP_COPYRIGHT, NULL);
    kind("Presented by China Daily. \xE4\xBA\xAC" "ICP\xE5\xA4\x87"
         "13028878\xE5\x8F\xB7-23",
         BP_LICENCE, NULL);
    kind("\xE4\xBA\xAC" "ICP\xE5\xA4\x87" "13028878\xE5\x8F\xB7-23",
         BP_LICENCE, NULL);
    kind("Tel: 0086-571-85311391(For Conference) 0086-571-85800770-213",
         BP_CONTACT, NULL);
    kind("Fax: 0086-571-85195207", BP_CONTACT, NULL);
    kind("Email: service@example.cn", BP_CONTACT, NULL);
    kind("E-mail : desk@example.cn", BP_CONTACT, NULL);
    kind("QQ: 2092919312", BP_CONTACT, NULL);
    kind("\xE7\x94\xB5\xE8\xAF\x9D\xEF\xBC\x9A" "0571-12345678", BP_CONTACT,
         NULL);
    kind("1   2   >", BP_PAGER, NULL);
    kind("< Prev   Next >", BP_PAGER, NULL);
    kind("Page 1 of 3", BP_PAGER, NULL);
    kind("[1] [2] 3 Next", BP_PAGER, NULL);
    kind("\xE6\xAD\xA4\xE9\xA1\xB5\xE9\x9D\xA2\xE4\xB8\x8A\xE7\x9A\x84"
         "\xE5\x86\x85\xE5\xAE\xB9\xE9\x9C\x80\xE8\xA6\x81\xE8\xBE\x83"
         "\xE6\x96\xB0\xE7\x89\x88\xE6\x9C\xAC\xE7\x9A\x84 Adobe Flash "
         "Player\xE3\x80\x82",
         BP_PLAYER, NULL);
    kind("Please enable JavaScript in your browser", BP_PLAYER, NULL);
    kind("Example Portal\xE4\xB8\xAD\xE5\x9B\xBD\xE7\xBD\x91 | "
         "\xE4\xB8\xAD\xE6\x96\x87\xE7\xB9\x81\xE9\xAB\x94 | "
         "\xE4\xB8\xAD\xE6\x96\x87\xE7\xAE\x80\xE4\xBD\x93",
         BP_LANGUAGE, NULL);
    kind("English | \xE4\xB8\xAD\xE6\x96\x87", BP_LANGUAGE, NULL);
    kind("Share | Print | Email", BP_TOOLBAR, NULL);
    kind("Share", BP_TOOLBAR, NULL);
    /* toolbars with counters and short fillers between the tools */
    kind("Share to: WeChat  Weibo  Facebook  X    (1.2K)", BP_TOOLBAR, NULL);
    kind("Listen to this article \xE2\x96\xB6  |  Font size  A  A  A  |  "
         "1,842 views",
         BP_TOOLBAR, NULL);
    body("Share of GDP rose to 5 percent");
    body("A to Z of 50 firms");
    body("Print run of 5,000 copies");
    body("Facebook 1.2M  Twitter 800K  WeChat 3.4M");
    body("Save $50 on a large TV");
    body("Save 20% on large TVs");
    kind("Description:An old port has become a trade hub.", BP_FIELD, NULL);
    kind("Keywords: Wuzhen, internet, summit", BP_FIELD, NULL);
    kind("Presented by China Daily.", BP_CREDIT, NULL);
    kind("Viewed 2,417 times", BP_FIELD, NULL);
    kind("Views: 1,024", BP_FIELD, NULL);
    kind("3,456 views", BP_FIELD, NULL);
    kind("Related links:", BP_LINKS, NULL);
}

static void test_body(void)
{
    body("Call the hotline at 0571-12345678 if you need help, the bureau "
         "said.");
    body("By 2022, the total output is expected to reach 50 billion yuan.");
    body("By the end of 2018, the province had 1,200 firms.");
    body("Growth > 5% was reported in 12 counties.");
    body("The company holds the copyright to 300 designs, it said.");
    body("Email and messaging apps were used by 80 percent of residents.");
    body("Share prices rose 3 percent on Monday.");
    body("Next year the county will invest 2 billion yuan.");
    body("Latest News about the summit shows strong interest.");
    body("Photo sharing apps are popular, the survey found.");
    body("The firm grew fast in its first year (Xinhua)");
    body("He told the Editor: we will invest more.");
    body("Source data from 2015 were revised upward by 3 percent.");
    body("The third summit, held on Dec 12, 2015 in the town, drew 2,000 "
         "guests.");
    body("Wuzhen clicks with global conference");
    body("Jiaxing Today");
    body("2015");
    body("Sales of phones (from left to right) rose.");
    body("Read 20 books a year");
    body("Viewed 2,417 times by 300 people");
    body("1,200 views of the lake");
}

/* Long lines: only their ends are furniture, and rules stay cheap. */
static void test_long_lines(void)
{
    size_t n = 5000;
    char *line = malloc(n + 100);
    for (size_t i = 0; i < n; i++)
        line[i] = "Output rose sharply. "[i % 21];
    strcpy(line + n, " [Photo by Wang Yi/Xinhua]");
    kind(line, BP_CAPTION, NULL);
    strcpy(line + n, "  Editor:Lucky");
    size_t cut, len = strlen(line);
    CHECK(furniture_line(line, len, &cut) == BP_EDITOR && cut == n + 2,
          "an editor tail ends a long line");
    strcpy(line + n, " Home > News");
    CHECK(furniture_line(line, strlen(line), &cut) == BP_NONE,
          "whole-line rules do not apply to long lines");
    free(line);
}

int main(void)
{
    test_kinds();
    test_body();
    test_long_lines();
    return check_done();
}
