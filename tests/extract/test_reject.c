/*
** test_reject.c: what is never a figure (docs/figures.md), each case a
** sentence of its own; and years, which are read but not reported.
*/
#include "scan_helpers.h"

static void dates_and_times(void)
{
    EXPECT_NONE("The summit opened in 2018.");
    EXPECT_NONE("It was founded on December 15, 2015.");
    EXPECT_NONE("The meeting runs Oct. 20-22 in the town.");
    EXPECT_NONE("The meeting runs Oct 20 to 22 in the town.");
    EXPECT_NONE("Posted 15 March 2019 by the desk.");
    EXPECT_NONE("Updated: 2019-10-17");
    EXPECT_NONE("Date :2018-05-18");
    EXPECT_NONE("The plan covers 2014-2018 and beyond.");
    EXPECT_NONE("Trade fell between 2009 and 2010.");
    EXPECT_NONE("Tuesday, December 15, 2015, 09:34");
    EXPECT_NONE("The market opens at 9 a.m. and closes at 5pm.");
    EXPECT_NONE("Doors open at 10:30 sharp.");
    EXPECT_NONE("Prices were filed on 12/15/2015.");
    EXPECT_NONE("Music of the 1990s is back.");
    EXPECT_NONE("It was 2018年 when the park opened.");
    EXPECT_NONE("会议于12月15日举行");
    EXPECT_NONE("This year's Singles' Day (Nov 11) was busy.");
    /* a year before a verb in -s: not things counted */
    EXPECT_NONE("Regulation No. 31 of 2023 sets a floor on prices.");
    EXPECT_NONE("My budget for 1979 addresses these needs.");
    EXPECT("Buses now run in 2000 cities that had none.", "2000 cities", 2000,
           "count");
}

static void ordinals(void)
{
    EXPECT_NONE("The fifth conference will be held soon.");
    EXPECT_NONE("She finished 6th in the race.");
    EXPECT_NONE("The second World Internet Conference was a success.");
    EXPECT_NONE("It ranked 21st and then 2nd and 3rd.");
    EXPECT_NONE("In the first six months of this year sales rose.");
    EXPECT_NONE("Over the past five years the town grew.");
    EXPECT_NONE("In recent four years many firms came.");
    EXPECT_NONE("Seven years ago the plant closed; two months later it "
                "reopened.");
}

static void identifiers(void)
{
    EXPECT_NONE("Tel: 0086-571-85311391(For Conference)");
    EXPECT_NONE("Fax: 0086-571-85195207");
    EXPECT_NONE("QQ: 2092919312");
    EXPECT_NONE("Call 0571-8888 1234 for details.");
    EXPECT_NONE("Presented by China Daily. \xe4\xba\xac"
                "ICP\xe5\xa4\x87"
                "13028878\xe5\x8f\xb7"
                "-23");
    EXPECT_NONE("Visit http://www.example.com/news/2018/05/123.html today.");
    EXPECT_NONE("Visit www.example.com/page?id=55 today.");
    EXPECT_NONE("Write to service2019@example.cn for help.");
    EXPECT_NONE("The 4G and 5G networks cover the town.");
    EXPECT_NONE("Web 2.0 gave way to Industry 4.0 plans.");
    EXPECT_NONE("The No. 1 Project starts now.");
    EXPECT_NONE("Flights use the Boeing 737 model.");
    EXPECT_NONE("Boeing's 737 was grounded.");
    EXPECT_NONE("Read Article 5 of the law.");
    /* a sentence's first word names the number unless it reads as a verb */
    EXPECT_NONE("Windows 11 runs on most new laptops.");
    EXPECT_NONE("Goals 2000 links schools to standards.");
    EXPECT("Served 15 years in the Air Force.", "15 years", 15, "year");
    EXPECT("Fully 80 per cent of the plant is new.", "80 per cent", 80, "%");
    EXPECT_NONE("It ranks among the top 10 counties and the Fortune 500.");
    EXPECT_NONE("The top ten shareholders met its top five clients.");
    EXPECT_NONE("公司第1吨钢材下线，第3小时，第1家门店");
    EXPECT_NONE("Download the report (PDF, 6.2 MB) or the data [XLSX 80 MB].");
    EXPECT_NONE("The H3C switch and the G20 summit.");
    EXPECT_NONE("COVID-19 changed the trade.");
    EXPECT_NONE("1   2   >");
    EXPECT_NONE("It lies between latitude 30\xc2\xb0"
                "21' and 30\xc2\xb0"
                "2' north, longitude 120\xc2\xb0"
                "18'.");
    EXPECT_NONE("Version 3.2.1 fixed the bug.");
}

static void lists_and_sections(void)
{
    EXPECT_NONE("1. Introduction\n2. Methods\n3) Results");
    EXPECT_NONE("Steps:\n1. Open the box.\n2. Read it.");
    EXPECT_NONE("1.2 Background of the study");
    /* but a figure at a line start is still a figure */
    EXPECT("Intro\n3.5 billion yuan was raised.", "3.5 billion yuan", 3.5e9,
           "CNY");
}

static void words_as_words(void)
{
    EXPECT_NONE("It is one of the largest towns.");
    EXPECT_NONE("A large number of stores take mobile payments.");
    EXPECT_NONE("One day the town changed.");
    EXPECT_NONE("The two countries signed a deal.");
    EXPECT_NONE("Thousands of people came, and hundreds of firms.");
    EXPECT_NONE("Dozens of shops opened.");
    EXPECT_NONE("A two-day meeting opened; a five-year plan followed.");
    EXPECT_NONE("A few hundred people came.");
}

static void years_set_periods(void)
{
    /* the year is not a figure but gives the figure its period */
    scan("In 2016, the county built 40 schools.", 2018);
    CHECK(scanned.count == 1, "only the count is a figure");
    CHECK(scanned.count == 1 && scanned.items[0].period == 2016,
          "the year is the period");
    /* a four-digit count is not a year */
    EXPECT("The fair drew 2000 visitors.", "2000 visitors", 2000, "count");
    EXPECT("It paid $2019 in fees.", "$2019", 2019, "USD");
    EXPECT("It grew 2,018 jobs.", "2,018 jobs", 2018, "count");
    EXPECT("Membership reached 2000 last spring.", "2000", 2000, "count");
    scan("Visit room 1508, where 30 firms rent desks.", 2018);
    CHECK(scanned.count == 1 && scanned.items[0].period != 1508,
          "room 1508 is no year");
    scan("Between 2009 and 2010, 40 firms left.", 2018);
    CHECK(scanned.count == 1 && scanned.items[0].period != 0,
          "a year after 'and' another year");
    EXPECT_NONE("It ran from 2016 to 2020, or 2016 through 2021.");
    EXPECT_NONE("The 2008 crisis and mid-2019 slowdown hit hard.");
    /* spans that set the period are no figures */
    EXPECT_NONE("Exports grew for the first time in seven months.");
    EXPECT_NONE("Output rose in the nine months to September.");
    EXPECT_NONE("It opened eight years after the first summit.");
    EXPECT_NONE("Funding was the lowest in six years.");
    EXPECT("The fund has a duration of 15 years.", "15 years", 15, "year");
    EXPECT_NONE("Results for the Nine Months of 2023 are out.");
    EXPECT_NONE("Six months ended March 31 brought a loss.");
    EXPECT_NONE("Sales recovered during two years of reform.");
    EXPECT_NONE("The plant reopened after three weeks.");
    EXPECT_NONE("It has been 12 years since the bridge opened.");
    EXPECT_NONE("The fair closed after four days of talks.");
    scan("The plan will spend 900 million euros over five years.", 2018);
    CHECK(scanned.count == 1, "over five years after an amount: during");
    scan("The hub has hosted 80 firms over its 30 months of work.", 2018);
    CHECK(scanned.count == 1, "over its 30 months: during");
    /* measured durations stay */
    EXPECT("Building the bridge took over four years.", "four years", 4,
           "year");
    EXPECT("Tourists may stay for up to 30 days.", "30 days", 30, "day");
    EXPECT("Shipping time fell to nine days.", "nine days", 9, "day");
    /* a year opening a sentence, or labelling a value */
    scan("In 2021 exports to Chile rose 12 percent.", 2023);
    CHECK(scanned.count == 1 && scanned.items[0].period == 2021,
          "'In 2021 exports': the year, not 2021 exports");
    EXPECT("利润 profit 2021：4.5亿元", "4.5亿元", 4.5e8, "CNY");
    EXPECT("Turnover 2022: 7.4 million euros", "7.4 million euros", 7.4e6,
           "EUR");
    /* but a four-digit count with a measure word is a count */
    EXPECT("注册企业 1905家", "1905家", 1905, "count");
}

/* the denominator of a rate is no figure: only its numerator is */
static void denominators(void)
{
    scan("The town has 41 doctors per 10,000 people.", 2018);
    CHECK(scanned.count == 1 && fig("41 doctors"), "per 10,000 people");
    scan("It counts 12 buses for every 1,000 residents.", 2018);
    CHECK(scanned.count == 1 && fig("12 buses"), "for every 1,000 residents");
    scan("Amounts were converted at RMB6.9 to US$1.00 throughout.", 2018);
    CHECK(scanned.count == 1 && fig("RMB6.9"), "to US$1.00 in a rate");
    scan("The peg held at 7.8 Hong Kong dollars to $1.", 2018);
    CHECK(scanned.count == 1, "7.8 Hong Kong dollars to $1");
    /* a dollar that is an amount stays */
    EXPECT("Tickets rose from 90 cents to $1.", "$1", 1, "USD");
    EXPECT("The grant grew from 5 to $1 million.", "$1 million", 1e6, "USD");
}

int main(void)
{
    dates_and_times();
    ordinals();
    identifiers();
    lists_and_sections();
    words_as_words();
    years_set_periods();
    denominators();
    figure_list_free(&scanned);
    return check_done();
}
