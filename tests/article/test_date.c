/*
** test_date.c: date_parse() on every form pages use, the calendar check,
** and dateline_parse() telling datelines from sentences with dates.
*/
#include <stdlib.h>

#include "article/date.h"
#include "article/dateline.h"
#include "check.h"

static void parses(const char *s, int y, int m, int d, size_t used)
{
    int year = 0, month = 0, day = 0;
    size_t k = date_parse(s, strlen(s), &year, &month, &day);
    char what[160];
    snprintf(what, sizeof what, "date_parse \"%s\" -> %04d-%02d-%02d", s, y, m,
             d);
    if (k != used || year != y || month != m || day != d)
        printf("# got %zu bytes, %04d-%02d-%02d\n", k, year, month, day);
    CHECK(k == used && year == y && month == m && day == d, what);
}

static void rejects(const char *s)
{
    int y, m, d;
    char what[160];
    snprintf(what, sizeof what, "date_parse rejects \"%s\"", s);
    CHECK(date_parse(s, strlen(s), &y, &m, &d) == 0, what);
}

static void test_forms(void)
{
    parses("2015-12-15", 2015, 12, 15, 10);
    parses("2015-12-15T09:34:00+08:00", 2015, 12, 15, 25);
    parses("2015-12-15T09:34:00Z", 2015, 12, 15, 20);
    parses("2015-12-15 09:34", 2015, 12, 15, 16);
    parses("2015/12/15", 2015, 12, 15, 10);
    parses("2015.5.8", 2015, 5, 8, 8);
    parses("2015\xE5\xB9\xB4" "12\xE6\x9C\x88" "15\xE6\x97\xA5", 2015, 12, 15,
           17);
    parses("Tuesday, December 15, 2015, 09:34", 2015, 12, 15, 33);
    parses("Tue, 15 Dec 2015 09:34:00 +0800", 2015, 12, 15, 31);
    parses("Dec 15, 2015", 2015, 12, 15, 12);
    parses("Dec. 15, 2015", 2015, 12, 15, 13);
    parses("December 15 2015", 2015, 12, 15, 16);
    parses("Sept 3, 2017", 2017, 9, 3, 12);
    parses("Sep 3, 2017", 2017, 9, 3, 11);
    parses("October 17th, 2019", 2019, 10, 17, 18);
    parses("15 December 2015", 2015, 12, 15, 16);
    parses("15 Dec 2015", 2015, 12, 15, 11);
    parses("4th December 2026", 2026, 12, 4, 17);
    /* numbers only: day first with dashes and dots (Europe), either way
    ** with slashes when only one order is a date */
    parses("3-12-2026", 2026, 12, 3, 9);
    parses("07.02.2024", 2024, 2, 7, 10);
    parses("11/28/2026 06:12 PM", 2026, 11, 28, 19);
    parses("28/11/2026", 2026, 11, 28, 10);
    parses("1st Dec. 2026", 2026, 12, 1, 13);
    parses("15-Dec-2015", 2015, 12, 15, 11);
    parses("OCTOBER 17, 2019", 2019, 10, 17, 16);
    parses("Dec 15, 2015 at 9:30 pm", 2015, 12, 15, 23);
    parses("2016-02-29", 2016, 2, 29, 10);
    parses("2000-02-29", 2000, 2, 29, 10);
    parses("May 1, 2018.", 2018, 5, 1, 11);
}

static void test_rejects(void)
{
    rejects("2015-02-30");
    rejects("2015-13-01");
    rejects("2015-00-10");
    rejects("2015-04-31");
    rejects("Feb 29, 2015");
    rejects("1900-02-29");
    rejects("Dec 45, 2015");
    rejects("0000-00-00");
    rejects("2015-12-150");
    rejects("2015-12-15x");
    rejects("2/12/2015"); /* February or December: the country would say */
    rejects("20151215");
    rejects("May be 2015");
    rejects("may 15, 2015"); /* month names are capitalised */
    rejects("Decades 15, 2015");
    rejects("Tuesday");
    rejects("Dec 2015");
    rejects("");
}

static void test_find(void)
{
    const char *s = "The summit, held on Dec 12, 2015 in Wuzhen, drew crowds.";
    int y, m, d;
    size_t a, b;
    CHECK(date_find(s, strlen(s), &y, &m, &d, &a, &b) && y == 2015 &&
              m == 12 && d == 12 && a == 20 && b == 32,
          "date_find locates a date inside a sentence");
    const char *none = "About 2,000 guests came in 2015 from 60 countries.";
    CHECK(!date_find(none, strlen(none), &y, &m, &d, &a, &b),
          "a year alone is not a date");
    const char *glued = "Ref X2015-12-15 is not a date start";
    CHECK(!date_find(glued, strlen(glued), &y, &m, &d, &a, &b),
          "a date glued to a word is not read");
    CHECK(date_time_len("09:34", 5) == 5 && date_time_len("25:00", 5) == 0 &&
              date_time_len("9:7", 3) == 0,
          "clock times are checked");
}

/* A dateline with its date and outlet ("" for none). */
static void dateline(const char *line, int labelled, const char *date,
                     const char *outlet)
{
    struct dateline dl;
    char what[200], got[16] = "", name[80] = "";
    int ok = dateline_parse(line, strlen(line), &dl);
    if (ok) {
        snprintf(got, sizeof got, "%04d-%02d-%02d", dl.year, dl.month, dl.day);
        snprintf(name, sizeof name, "%.*s",
                 (int)(dl.outlet.end - dl.outlet.start),
                 line + dl.outlet.start);
    }
    snprintf(what, sizeof what, "dateline \"%s\"", line);
    if (!ok || strcmp(got, date) || strcmp(name, outlet) ||
        dl.labelled != labelled)
        printf("# got ok=%d date=%s outlet=\"%s\" labelled=%d\n", ok, got,
               name, ok ? dl.labelled : -1);
    CHECK(ok && strcmp(got, date) == 0 && strcmp(name, outlet) == 0 &&
              dl.labelled == labelled,
          what);
}

static void not_dateline(const char *line)
{
    struct dateline dl;
    char what[200];
    snprintf(what, sizeof what, "not a dateline: \"%s\"", line);
    CHECK(!dateline_parse(line, strlen(line), &dl), what);
}

static void test_datelines(void)
{
    dateline("Tuesday, December 15, 2015, 09:34", 0, "2015-12-15", "");
    dateline("Updated: October 17, 2019", 1, "2019-10-17", "");
    dateline("China.org.cnUpdated: October 17, 2019", 1, "2019-10-17",
             "China.org.cn");
    dateline("Date :2018-05-18    Resource:", 1, "2018-05-18", "");
    dateline("chinadaily.com.cn Updated: 2015-12-15", 1, "2015-12-15",
             "chinadaily.com.cn");
    dateline("By Shi Jing | chinadaily.com.cn | Updated: 2015-12-15", 1,
             "2015-12-15", "chinadaily.com.cn");
    dateline("Updated: 2015-12-15 10:02  Source: Xinhua", 1, "2015-12-15",
             "Xinhua");
    dateline("Published: 15 Dec 2015", 1, "2015-12-15", "");
    dateline("Posted on Dec 15, 2015", 1, "2015-12-15", "");
    dateline("  2015-12-15T09:34:00+08:00  ", 0, "2015-12-15", "");
    dateline("Tue, 15 Dec 2015 09:34:00 +0800", 0, "2015-12-15", "");
    dateline("Dec 15, 2015", 0, "2015-12-15", "");
    dateline("15 December 2015", 0, "2015-12-15", "");
    dateline("2015/12/15 | 09:34 Beijing time", 0, "2015-12-15", "");
    dateline("Wednesday, September 30, 2015, 09:34 Beijing time", 0,
             "2015-09-30", "");
    dateline("\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A"
             "2015-12-15",
             1, "2015-12-15", "");
    /* a headline before the label is not an outlet */
    dateline("Wuzhen clicks with global conference Updated: 2015-12-15", 1,
             "2015-12-15", "");

    not_dateline("A big screen shows data in Wuzhen, Dec 12, 2015. [Photo/IC]");
    not_dateline("The summit was held on Dec 12, 2015.");
    not_dateline("Updated figures on Dec 12, 2015 show growth.");
    not_dateline("Date: 2015-02-30");
    not_dateline("Date 2015-12-15");
    not_dateline("Sales rose 12 percent in 2015.");
    /* a results table's row labelled by its date */
    not_dateline("September 30, 2026      78.45");
    not_dateline("As of March 31, 2026    -2.3");
    dateline("2023-05-22  09:58", 0, "2023-05-22", "");
    dateline("Fri 6 Nov 2026  10.30 GMT", 0, "2026-11-06", "");
    dateline("Nov 6, 2026  1030 GMT", 0, "2026-11-06", "");
    dateline("2026-11-06   10.30", 0, "2026-11-06", "");
    not_dateline("September 30, 2026      (2.3)");
    not_dateline("");
    char longline[400];
    memset(longline, 'a', sizeof longline);
    memcpy(longline, "Updated: 2015-12-15 ", 20);
    longline[sizeof longline - 1] = '\0';
    not_dateline(longline);
}

/* Labels and years found 16 bytes at a time (dateline.c with SSE2): at
** every place in a block and across the blocks' edges, the same as one
** byte at a time. */
static void test_datelines_in_blocks(void)
{
    for (size_t pad = 0; pad < 40; pad++) {
        char line[160], what[200];
        struct dateline dl;
        /* an outlet-like run of capitals before the label, so that the
        ** label falls at every offset, and the year at every offset */
        snprintf(line, sizeof line, "%.*sUpdated: May 22, 2023", (int)pad,
                 "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ");
        int ok = dateline_parse(line, strlen(line), &dl);
        snprintf(what, sizeof what, "label after %zu capitals", pad);
        /* "XUpdated" glues the label to a capital: no label there */
        CHECK(ok == (pad == 0) || (ok && dl.labelled), what);
        snprintf(line, sizeof line, "%.*s Updated: May 22, 2023",
                 (int)pad, "the summit in wuzhen was held and then it was");
        ok = dateline_parse(line, strlen(line), &dl);
        snprintf(what, sizeof what, "label after %zu small letters", pad);
        CHECK(ok && dl.labelled && dl.year == 2023 && dl.day == 22, what);
        snprintf(line, sizeof line, "Updated: May 22, 2023 %.*s",
                 (int)pad, "in 12345 but 1234567 and 12 345 or 9999999999");
        ok = dateline_parse(line, strlen(line), &dl);
        snprintf(what, sizeof what, "digits after the date, %zu bytes", pad);
        CHECK(!ok || (dl.labelled && dl.year == 2023), what);
    }
    /* every label, where only the search 16 bytes at a time finds it */
    static const char *const labelled[] = {
        "Last updated: 2015-12-15", "Updated 2015-12-15",
        "Update: 2015-12-15", "Published 15 Dec 2015", "Posted on Dec 15, 2015",
        "Released: 2015-12-15", "Publish time: 2015-12-15",
        "Date: 2015-12-15", "Time: 2015-12-15",
        "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A"
        "2015-12-15",
        "\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A"
        "2015-12-15",
        "\xE6\x97\xA5\xE6\x9C\x9F\xEF\xBC\x9A" "2015-12-15"};
    for (size_t k = 0; k < sizeof labelled / sizeof labelled[0]; k++) {
        char line[160], what[200];
        struct dateline dl;
        snprintf(line, sizeof line, "By Zhang Wei and Li Na | %s", labelled[k]);
        int ok = dateline_parse(line, strlen(line), &dl);
        snprintf(what, sizeof what, "labelled far in: \"%s\"", line);
        CHECK(ok && dl.labelled && dl.year == 2015 && dl.month == 12 &&
                  dl.day == 15,
              what);
    }
    /* 15 bytes of filler put the year across the first 16-byte block's
    ** edge; "update" after it is a word, not a label */
    not_dateline("abcdefghijklmno2015 update: in 123 of 4567 the"
                 " plan was 89 to 012");
    not_dateline("the updated plan for 2015 was out, and updates to it are"
                 " due in 2016 too");
    dateline("0123456789abcdeUpdated: 2015-12-15", 1, "2015-12-15", "");
    dateline("in 2016 it was Updated: 2015-12-15", 1, "2015-12-15", "");
}

int main(void)
{
    test_forms();
    test_rejects();
    test_find();
    test_datelines();
    test_datelines_in_blocks();
    return check_done();
}
