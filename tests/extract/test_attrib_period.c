/*
** test_attrib_period.c: periods from cues attribution marks itself
** ("before the pandemic") and from where a clause ends (", so ...",
** "and employs ...").
*/
#include "scan_helpers.h"

static void pandemic(void)
{
    PERIOD("Tourism made up 11% of output before the pandemic.", 2024, "11%",
           2019);
    PERIOD("Arrivals are back at pre-pandemic levels of 40 million.", 2023,
           "40 million", 2019);
    /* a comparison with it takes the year measured */
    PERIOD("Fares are still 20% above pre-pandemic levels.", 2023, "20%",
           2023);
    PERIOD("Before the pandemic, the port handled 9 million containers.", 2022,
           "9 million containers", 2019);
    /* an article written before it: no such year */
    PERIOD("Sales fell 11% before the pandemic.", 2019, "11%", 2019);
    PERIOD("Sales rose 4% during the pandemic.", 2022, "4%", 2022);
}

static void clause_ends(void)
{
    PERIOD("In 2012 the sector was worth 3 trillion yuan, so it is now four "
           "times larger.",
           2023, "3 trillion yuan", 2012);
    PERIOD("Farming made up 9% of output in 2010 and employs 3 million "
           "people.",
           2023, "3 million people", 2023);
    PERIOD("Farming made up 9% of output in 2010 and 12% in 2000.", 2023,
           "9%", 2010);
    /* a year in an aside between commas dates the aside, not a figure in
    ** the present after it; in the past the year still holds */
    PERIOD("Singapore, which lifted its moratorium in 2022, has about 1.4GW.",
           2025, "1.4GW", 2025);
    PERIOD("Shopee, which took over a rival in early 2024, holds an estimated "
           "39 percent of the market.",
           2025, "39 percent", 2025);
    PERIOD("The scheme, made permanent in March 2024, allows stays of up to "
           "30 days.",
           2025, "30 days", 2025);
    PERIOD("Sales, which rose in 2024, were 5 million yuan.", 2025,
           "5 million yuan", 2024);
    /* an aside that dates the source: the year holds */
    PERIOD("The census, conducted in 2020, shows a population of 331 "
           "million.",
           2025, "331 million", 2020);
    PERIOD("The study, which tracked patients in 2022, suggests 30% "
           "relapsed.",
           2025, "30%", 2022);
}

static void bases_and_restatements(void)
{
    /* the year after a base is the base's */
    PERIOD("Sales were $80 million, compared with $70 million in 2022, an "
           "increase of 14%.",
           2023, "14%", 2023);
    PERIOD("Sales were $80 million, compared with $70 million in 2022, an "
           "increase of 14%.",
           2023, "$70 million", 2022);
    PERIOD("Sales rose 14% in 2022 to $80 million.", 2023, "14%", 2022);
    /* "the prior-year period": the year before the figure compared */
    PERIOD("Profit was $9 million, against $6 million in the prior-year "
           "period.",
           2023, "$6 million", 2022);
    PERIOD("Profit was $9 million, against $6 million in the prior year.",
           2023, "$6 million", 2022);
    PERIOD("Profit was $9 million, against $6 million in a prior deal.", 2023,
           "$6 million", 2023);
    /* "X, or Y": one claim, one period */
    PERIOD("Net income was $6 million, or $0.10 per share, in the prior-year "
           "period.",
           2023, "$6 million", 2022);
    PERIOD("Net income was $6 million, or $0.10 per share, in the prior-year "
           "period.",
           2023, "$0.10", 2022);
}

static void masthead(void)
{
    /* a masthead above the headline: the headline's target year still
    ** dates the plan's figures */
    PERIOD("Ministry of Transport of the Republic of Ruritania\n\n"
           "Ministry sets out plan for 500 new berths by 2030\n\n"
           "The ministry issued the plan on Monday.\n\n"
           "Port capacity is to reach 900 million tonnes.\n",
           2023, "900 million tonnes", 2030);
    PERIOD("Ministry of Transport of the Republic of Ruritania\n\n"
           "Ministry sets out plan for new berths\n\n"
           "The ministry issued the plan on Monday.\n\n"
           "Port capacity is to reach 900 million tonnes.\n",
           2023, "900 million tonnes", 2023);
    /* a search form above an undated filing's title is no headline: the
    ** title's year dates the report */
    PERIOD("Search by code / abbreviation: [        ]  Go\n\n"
           "Summary of the 2025 Semi-Annual Report\n\n"
           "Revenue from knitting machines was RMB 512.36 million.\n",
           0, "RMB 512.36 million", 2025);
}

static void deadline_months(void)
{
    /* in a January article: a past deadline month is last year's */
    DPERIOD("By the end of December, the city had built 900 towers.", 2025, 1,
            "900 towers", 2024);
    DPERIOD("By December, the city had built 900 towers.", 2025, 1,
            "900 towers", 2024);
    /* a plan for it is this year's */
    DPERIOD("By the end of December, the city will build 900 towers.", 2025, 1,
            "900 towers", 2025);
    /* a month already past this year is this year's */
    DPERIOD("By the end of March, the city had built 900 towers.", 2025, 6,
            "900 towers", 2025);
}


static void table_years(void)
{
    /* a header row naming years dates the cells below by column */
    PERIOD("Key figures (in US$ million)\n"
           "                 2024        2023\n"
           "Net sales        812.4       733.9\n",
           2024, "733.9", 2023);
    PERIOD("Key figures (in US$ million)\n"
           "                 2024        2023\n"
           "Net sales        812.4       733.9\n",
           2024, "812.4", 2024);
    PERIOD("(RMB million)\n"
           "              Q2 2023     Q2 2024     YoY\n"
           "Gross profit    95.2       120.7     26.8%\n",
           2024, "95.2", 2023);
    /* a column of changes: the change to the latest year */
    PERIOD("(RMB million)\n"
           "              Q2 2023     Q2 2024     YoY\n"
           "Gross profit    95.2       120.7     26.8%\n",
           2024, "26.8%", 2024);
    PERIOD("(INR crore)\n"
           "              FY25        FY24\n"
           "Exports        5,410      4,870\n",
           2025, "4,870", 2024);
    /* no years over the columns: the article's */
    PERIOD("(in US$ million)\n"
           "              North       South\n"
           "Net sales     412.4       301.9\n",
           2024, "301.9", 2024);
    /* a caption naming one year dates the rows below it */
    PERIOD("Broadband coverage by province, 2022\n"
           "Hebei        61.5%\n"
           "Shanxi       58.2%\n",
           2024, "58.2%", 2022);
    /* no year in it: the article's */
    PERIOD("Broadband coverage by province\n"
           "Hebei        61.5%\n",
           2024, "61.5%", 2024);
    /* two years in it: which?  The article's */
    PERIOD("Broadband coverage, 2022 and 2023\n"
           "Hebei        61.5%\n",
           2024, "61.5%", 2024);
    /* a blank line ends the table and its years */
    PERIOD("(in US$ million)\n"
           "              2024        2023\n"
           "Net sales     412.4       301.9\n"
           "\n"
           "Orders were $64.0 million.\n",
           2024, "$64.0 million", 2024);
}

static void year_on_year_bases(void)
{
    /* a base in a sentence comparing year on year: the year before */
    PERIOD("Operating income rose 12% year over year; operating margin was "
           "7.5%, compared with 6.1%.",
           2024, "6.1%", 2023);
    /* a base dated by its own quarter: not the year before */
    PERIOD("Output grew 5.2 percent year on year, up from 4.9 percent in the "
           "third quarter.",
           2024, "4.9 percent", 2024);
    /* "one year earlier", as "a year earlier"; a Chinese base year
    ** ("是2023年同期的1.9倍", "比2023年") is not the period */
    PERIOD("The price was NOK 1.38 in November 2026, compared with NOK 1.26 "
           "one year earlier.",
           2026, "NOK 1.26", 2025);
    PERIOD("2026年1-10月，出口额达到1045.6亿元，是2023年同期的1.9倍。", 2026,
           "1045.6亿元", 2026);
    /* 今年, 去年, 明年 against the article's year; a time qualifies the
    ** figure its 的 leads to; nothing past "，" is the figure's; a level
    ** reached from a base 从 dates is not the base's year */
    PERIOD("去年底这一数字是91%。", 2026, "91%", 2025);
    PERIOD("明年价格还将下降10%—15%。", 2026, "10%—15%", 2027);
    PERIOD("占比已从2024年的约20%提升至今年的45%以上。", 2026, "45%", 2026);
    PERIOD("占比已从2024年的约20%提升至今年的45%以上。", 2026, "20%", 2024);
    PERIOD("占比从去年的18%提高到41%。", 2026, "41%", 2026);
    PERIOD("现金流量净额为6.02亿元，上年同期为-1.35亿元。", 2026, "6.02亿元",
           2026);
    PERIOD("现金流量净额为6.02亿元，上年同期为-1.35亿元。", 2026, "-1.35亿元",
           2025);
    /* an index's base year is not the period */
    PERIOD("Industrial output (2021=100) fell to 96.2 in the month.", 2026,
           "96.2", 2026);
    /* a multiple of a base year is now's; a base figure keeps its base
    ** year; 从X年起 starts a span, not a base */
    PERIOD("今年以来，全市新增数据中心机架是去年全年的1.2倍。", 2026, "1.2倍",
           2026);
    PERIOD("产量较2022年的18万辆翻了一番多。", 2026, "18万辆", 2022);
    PERIOD("从2028年开始，该园区每年可处理数据量达到500PB。", 2026, "500PB",
           2028);
    PERIOD("从明年起，全市将每年安排10亿元。", 2026, "10亿元", 2027);
    /* no comparison with a year before: the sentence's year */
    PERIOD("The jobless rate fell to 6.8%, compared with 7.1%.", 2024, "7.1%",
           2024);
}

static void fiscal_quarters(void)
{
    /* a quarter of a fiscal year ending March: Q1-Q3 end the year before */
    PERIOD("Net profit rose to 3,412 crore in Q3FY25.", 2025,
           "3,412 crore", 2024);
    PERIOD("Net profit rose to 3,600 crore in Q4FY25.", 2025,
           "3,600 crore", 2025);
    PERIOD("Net profit rose to 3,600 crore in FY25.", 2025, "3,600 crore",
           2025);
    /* Japan names a fiscal year by the year it starts in: its "fiscal
    ** 2025" ends in March 2026; a US firm's ends in 2025 */
    PERIOD("The Japan Times\n\nData centres used 19 terawatt-hours in "
           "fiscal 2025, which ended in March.",
           2026, "19 terawatt-hours", 2026);
    PERIOD("The Japan Times\n\nThe market will reach 5 trillion yen in "
           "fiscal year 2028.",
           2026, "5 trillion yen", 2029);
    PERIOD("Ohio Business Daily\n\nData centres used 19 terawatt-hours in "
           "fiscal 2025.",
           2026, "19 terawatt-hours", 2025);
    PERIOD("The Japan Times\n\nSales rose 5% in fiscal 2025-26.", 2026, "5%",
           2026);
    /* a fiscal year named by both years ends in the second */
    PERIOD("Exports hit $6.4 billion in FY2025/26.", 2026, "$6.4 billion",
           2026);
    PERIOD("Exports hit $6.4 billion in fiscal year 2025/26.", 2026,
           "$6.4 billion", 2026);
    PERIOD("Exports rose to $7.4bn in fiscal year (FY) 2025/2026.", 2026,
           "$7.4bn", 2026);
    PERIOD("Exports reached $7.4bn in FY2025/2026.", 2026, "$7.4bn", 2026);
    /* "on the same period of 2025" is the base compared with; "In the
    ** same period of 2025" the figure's own time */
    PERIOD("Cypriots spent \xe2\x82\xac" "7.9 billion in the first nine months, up "
           "11.4 per cent on the same period of 2025.",
           2026, "11.4 per cent", 2026);
    PERIOD("In the same period of 2025, sales were $5 billion.", 2026,
           "$5 billion", 2025);
    PERIOD("Revenue reached 2 trillion baht, with the same period of 2025 at "
           "1.8 trillion baht.",
           2026, "1.8 trillion baht", 2025);
    /* the "26" of a year span is no day that a later number could join */
    PERIOD("Sales rose 5% in 2025-26 and 3% in 2027.", 2026, "3%", 2027);
}

static void year_in_brackets(void)
{
    /* "(2022: 11.2%)" dates the figure after the colon, not the one before */
    PERIOD("The gearing ratio was 8.6% (2022: 11.2%).", 2024, "8.6%", 2024);
    PERIOD("The gearing ratio was 8.6% (2022: 11.2%).", 2024, "11.2%", 2022);
    PERIOD("The gearing ratio was 8.6% (2022).", 2024, "8.6%", 2022);
}

int main(void)
{
    year_in_brackets();
    fiscal_quarters();
    deadline_months();
    masthead();
    bases_and_restatements();
    pandemic();
    clause_ends();
    table_years();
    year_on_year_bases();
    figure_list_free(&scanned);
    return check_done();
}
