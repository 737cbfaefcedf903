/*
** test_attrib.c: role, period, subject and metric of figures, on
** sentences written the way news reports numbers.
*/
#include "scan_helpers.h"

#define FIELD(text, span, field, want)                                         \
    do {                                                                       \
        scan((text), 2018);                                                    \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ != NULL, "found [" span "]");                                 \
        if (f_)                                                                \
            CHECK_STR(f_->field, (want), #field " of [" span "]: " text);      \
        else                                                                   \
            show();                                                            \
    } while (0)

/* The subject of `span` (NULL: none) in an article of 2021. */
#define SUBJECT(text, span, want)                                              \
    do {                                                                       \
        scan_dated((text), 2021, 6);                                           \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ != NULL, "found [" span "]");                                 \
        if (f_)                                                                \
            CHECK_STR(f_->subject, (want), "subject of [" span "]: " text);    \
        else                                                                   \
            show();                                                            \
    } while (0)

static void roles(void)
{
    ROLE("Retail sales reached 300 billion yuan in June.", "300 billion yuan",
         "level");
    ROLE("Retail sales reached 300 billion yuan, up 12.5 percent.",
         "12.5 percent", "change");
    ROLE("Retail sales reached 300 billion yuan, up 12.5 percent.",
         "300 billion yuan", "level");
    ROLE("Income was 250 million yuan, a year-on-year increase of 81.8 "
         "percent.",
         "81.8 percent", "change");
    ROLE("Exports grew 7 percent year-on-year.", "7 percent", "change");
    ROLE("Exports were up 7 percent from a year earlier.", "7 percent",
         "change");
    ROLE("Profits declined 4.5% in the quarter.", "4.5%", "change");
    ROLE("Users increased by 18 million in a year.", "18 million", "change");
    ROLE("The average annual growth rate of output was 18.1%.", "18.1%",
         "change");
    ROLE("Output was 6.7% higher than the national average.", "6.7%", "change");
    ROLE("The sector's value reached 2 trillion yuan, accounting for 41.5% "
         "of GDP.",
         "41.5%", "share");
    ROLE("About 70 percent of residents work in services.", "70 percent",
         "share");
    ROLE("Online sales accounted for about 80% of the total.", "80%", "share");
    ROLE("Output is expected to reach 50 billion yuan.", "50 billion yuan",
         "target");
    ROLE("By 2022, output will reach 50 billion yuan.", "50 billion yuan",
         "target");
    ROLE("The city plans to build 300 stations.", "300 stations", "target");
    ROLE("The firm aims to hire 1,000 engineers.", "1,000 engineers", "target");
    ROLE("Value rose from 285 billion yuan in 2014 to 554 billion yuan in "
         "2018.",
         "285 billion yuan", "level");
    ROLE("Value rose from 285 billion yuan in 2014 to 554 billion yuan in "
         "2018.",
         "554 billion yuan", "level");
    ROLE("Helped by strong growth, sales reached 9 billion yuan.",
         "9 billion yuan", "level");
    ROLE("The group set up 300 stores.", "300 stores", "level");
    ROLE("Income rose to 4,500 yuan, compared with 3,800 yuan in 2016.",
         "3,800 yuan", "level");
    ROLE("Income rose to 4,500 yuan, compared with 3,800 yuan in 2016.",
         "4,500 yuan", "level");
    ROLE("Sales rose 25% from last year's 213 billion yuan.", "25%", "change");
    ROLE("Sales rose 25% from last year's 213 billion yuan.",
         "213 billion yuan", "level");
    ROLE("The bank cut the reserve ratio by 50 basis points.",
         "50 basis points", "change");
    ROLE("It has 854 million users, of whom 99 percent use phones.",
         "99 percent", "share");
    ROLE("Output was five times that of Chengdu and grew later.", "five times",
         "level");
    ROLE("Exports rose by $10 million, or 21 percent, last year.", "21 percent",
         "change");
}

static void periods(void)
{
    PERIOD("In 2016, exports reached 5 billion dollars.", 2018,
           "5 billion dollars", 2016);
    PERIOD("Exports reached 5 billion dollars in 2016.", 2018,
           "5 billion dollars", 2016);
    PERIOD("By the end of 2017, the province had 900 firms.", 2019, "900 firms",
           2017);
    PERIOD("Value rose from 285 billion yuan in 2014 to 554 billion yuan "
           "in 2018.",
           2019, "285 billion yuan", 2014);
    PERIOD("Value rose from 285 billion yuan in 2014 to 554 billion yuan "
           "in 2018.",
           2019, "554 billion yuan", 2018);
    PERIOD("This year, sales hit 3 million units.", 2015, "3 million units",
           2015);
    PERIOD("Last year, the town's GDP reached 2.7 billion yuan.", 2015,
           "2.7 billion yuan", 2014);
    PERIOD("Next year the plant will make 400 cars.", 2015, "400 cars", 2016);
    PERIOD("Sales were 30 billion yuan in the first half of this year.", 2015,
           "30 billion yuan", 2015);
    PERIOD("From January to August this year, income was 250 million yuan.",
           2018, "250 million yuan", 2018);
    PERIOD("Currently the zone hosts 300 firms.", 2018, "300 firms", 2018);
    /* no cue: a statement about now takes the article's year */
    PERIOD("The zone hosts 300 firms.", 2018, "300 firms", 2018);
    PERIOD("The zone hosts 300 firms.", 0, "300 firms", 0);
    PERIOD("Since 2014, the city has drawn 565 projects.", 2018, "565 projects",
           2018);
    PERIOD("On Dec 12, 2015, the fair sold 4,000 tickets.", 2016,
           "4,000 tickets", 2015);
    PERIOD("Sales were 30 billion yuan this year.", 0, "30 billion yuan", 0);
    PERIOD("GDP grew 6.2 percent year-on-year to 10.7 trillion yuan in 2019.",
           2020, "6.2 percent", 2019);
    PERIOD("GDP grew 6.2 percent year-on-year to 10.7 trillion yuan in 2019.",
           2020, "10.7 trillion yuan", 2019);
    PERIOD("Sales rose 25% from last year's 213 billion yuan.", 2020, "25%",
           2020);
    PERIOD("Sales rose 25% from last year's 213 billion yuan.", 2020,
           "213 billion yuan", 2019);
    PERIOD("Some 3,000 firms said they would hire next year.", 2020,
           "3,000 firms", 2020);
}

/* A written sign makes a rate a change; a bare base takes the level's. */
/* What others expected a figure to be is a target, even as the base of a
** comparison, and dated like the figure reported. */
static void roles_forecasts(void)
{
    ROLE("Unemployment was 4.1% vs 4.3% forecast.", "4.3%", "target");
    ROLE("Industrial output rose 3.2% in May, above the 2.5% gain forecast "
         "in a poll of analysts.",
         "2.5%", "target");
    ROLE("Industrial output rose 3.2% in May, above the 2.5% gain forecast "
         "in a poll of analysts.",
         "3.2%", "change");
    ROLE("Retail sales grew 2.1%, compared with expectations for a 1.8% "
         "increase.",
         "1.8%", "target");
    ROLE("That compares with the median estimate of 0.7% among economists.",
         "0.7%", "target");
    ROLE("Profit came in at $850 million, short of the $900 million "
         "consensus of analysts.",
         "$900 million", "target");
    ROLE("Wages rose by 2.8-3.1 per cent, the range most analysts had "
         "expected.",
         "2.8-3.1 per cent", "change");
    ROLE("Inflation was 2.9 per cent, above the 2.6-2.8 per cent range most "
         "analysts had expected.",
         "2.6-2.8 per cent", "target");
    /* not a forecast: forecasts named elsewhere in the sentence */
    ROLE("Revenue of $2 billion beat estimates.", "$2 billion", "level");
    ROLE("Sales rose 6% to 3 million units, beating forecasts.",
         "3 million units", "level");
    ROLE("Exports rose 5% against the bank's forecast of a fall.", "5%",
         "change");
    DPERIOD("Exports rose 3% in December, beating the 1.5% growth forecast "
            "in a poll of economists.",
            2025, 1, "1.5%", 2024);
    /* a table's forecast columns; Chinese target and role cues */
    ROLE("Table: GDP growth (%)\n\nEconomy\t2025\t2026 forecast\n"
         "PRC\t5.0\t4.8\n",
         "4.8", "target");
    ROLE("Table: GDP growth (%)\n\nEconomy\t2025\t2026 forecast\n"
         "PRC\t5.0\t4.8\n",
         "5.0", "change");
    ROLE("全年增加值有望突破600亿元。", "600亿元", "target");
    ROLE("到2027年比重力争达到7%。", "7%", "target");
    ROLE("制造业增加值412.6亿元。", "412.6亿元", "level");
    ROLE("占规上工业的比重为16.2%。", "16.2%", "share");
    ROLE("智能算力占比为58.5%。", "58.5%", "share");
    ROLE("比上年同期提高1.1个百分点。", "1.1个百分点", "change");
    ROLE("项目提供1200个岗位。", "1200个", "level");
    ROLE("人民币汇率升值1.2%。", "1.2%", "change");
    ROLE("城镇化率提高到68.5%。", "68.5%", "level");
    ROLE("目标市场的份额达到15%。", "15%", "level");
    ROLE("预计今年全市GDP将达到9000亿元。", "9000亿元", "target");
    ROLE("力争2027年营收达到1000亿元。", "1000亿元", "target");
    /* a level reached is a share when what rose is one; 占 past a name */
    ROLE("同比增长8.9%，占GDP比重提升至42.8%。", "42.8%", "share");
    ROLE("同比增长7.6%，占全省GDP的12.9%。", "12.9%", "share");
    /* a rate or ratio of a whole is a share; growth and interest rates
    ** are not */
    ROLE("合计持股比例为38.65%。", "38.65%", "share");
    ROLE("互联网普及率达80.1%。", "80.1%", "share");
    ROLE("增长率为5.2%。", "5.2%", "change");
    ROLE("贷款利率为3.45%。", "3.45%", "level");
    /* percentage points are a difference */
    ROLE("Food added a contribution of 1.09 percentage points.",
         "1.09 percentage points", "change");
    /* a clause of its own after a target keeps the kind, not the target */
    ROLE("全年目标是增长5%，前三季度完成4.8%。", "4.8%", "change");
    ROLE("全年目标是增长5%，前三季度完成4.8%。", "5%", "target");
}

static void roles_signs_bases(void)
{
    ROLE("Exports +0.5% y/y in November.", "+0.5%", "change");
    ROLE("Net profit -6.5% on the year.", "-6.5%", "change");
    ROLE("Stores rose to 260 from 183 last year.", "183", "level");
}

/* Roles decided by what the figure measures and what it is listed or
** compared with. */
static void roles_more(void)
{
    /* rates that are shares of a whole */
    ROLE("Gross margin was 61.5% in the quarter.", "61.5%", "share");
    ROLE("The unemployment rate rose to 5.1 per cent.", "5.1 per cent",
         "share");
    ROLE("Hotel occupancy reaches 90 percent in the high season.", "90 percent",
         "share");
    ROLE("The urbanization rate reached 70.0 percent, up 1.1 percentage "
         "points.",
         "1.1 percentage points", "change");
    /* the base of a comparison is what it is compared with */
    ROLE("Gross margin was 61.5%, compared with 58.9% a year earlier.", "58.9%",
         "share");
    ROLE("The fair drew 260 firms, up from 183 firms.", "183 firms", "level");
    /* listed after a share or a change */
    ROLE("PhonePe handled 47% of volumes, followed by Google Pay at 36% and "
         "Paytm at 12%.",
         "36%", "share");
    ROLE("PhonePe handled 47% of volumes, followed by Google Pay at 36% and "
         "Paytm at 12%.",
         "12%", "share");
    ROLE("Volume and value rose 59% and 45% respectively.", "45%", "change");
    /* targets: a modal after the figure, "calls for", across a clause */
    ROLE("At least 80% of adults should have basic skills by 2030.", "80%",
         "target");
    ROLE("The plan calls for 26 base stations per 10,000 people.",
         "26 base stations", "target");
    ROLE("The chain said it would close 14 of its 31 stores, with the loss "
         "of about 1,100 jobs.",
         "1,100 jobs", "target");
    ROLE("The chain said it would close 14 of its 31 stores, with the loss "
         "of about 1,100 jobs.",
         "31 stores", "level");
    ROLE("The targets cover four areas.", "four areas", "level");
    scan_dated("Rheinchem to cut 2,600 jobs as costs bite\n\nThe plan was "
               "announced on Wednesday.",
               2024, 2);
    const struct figure *f = fig("2,600 jobs");
    CHECK(f && strcmp(f->role, "target") == 0,
          "a headline's \"to cut\" is a plan");
    ROLE("The share of chips made here should rise to 20%.", "20%", "target");
    /* direction words right before a percentage */
    ROLE("Stores suffered, with volumes down 42.3 per cent on the month.",
         "42.3 per cent", "change");
    ROLE("Young buyers made up 56 percent of new shoppers.", "56 percent",
         "share");
    ROLE("Revenue was 1.5 percent above the level of 2019.", "1.5 percent",
         "change");
    /* a multiple of the same thing earlier is a change */
    ROLE("Volume rose to 38.6 billion yuan, 1.4 times the level a year ago.",
         "1.4 times", "change");
    ROLE("Income was 1.3 times the average for rural areas.", "1.3 times",
         "level");
    /* Chinese cues */
    ROLE("网络零售额218.7亿元，同比增长27.3%", "27.3%", "change");
    /* absolute changes and rates of change by name */
    ROLE("Employers added 199,000 jobs in the month.", "199,000 jobs",
         "change");
    ROLE("The value added of industry was 209 billion yuan.",
         "209 billion yuan", "level");
    ROLE("Core inflation, which excludes energy, slowed to 3.6 per cent.",
         "3.6 per cent", "change");
    ROLE("Prices rose 2.4 per cent, down from 2.9 per cent.", "2.9 per cent",
         "change");
}

/* Periods from the context: the paragraph, the headline, the date. */
static void periods_context(void)
{
    /* a headline's fiscal year being budgeted dates the budget's figures */
    DPERIOD("Kerala Budget 2025-26: spending on roads to rise\n\n"
            "Roads were allocated 12,000 crore rupees in the Budget.",
            2025, 2, "12,000 crore rupees", 2026);
    DPERIOD("Kerala Budget: spending on roads to rise\n\n"
            "Roads were allocated 12,000 crore rupees in the Budget.",
            2025, 2, "12,000 crore rupees", 2025);
    /* a year stated earlier in the paragraph carries on */
    DPERIOD("In 2018, exports rose 7 percent. Imports reached 40 billion "
            "yuan.",
            2021, 5, "40 billion yuan", 2018);
    DPERIOD("In 2018, exports rose 7 percent.\n\nImports reached 40 billion "
            "yuan.",
            2021, 5, "40 billion yuan", 2021);
    /* a year named at a figure is that figure's, not the paragraph's */
    DPERIOD("The rival cut 2,600 positions last year. Its shares fell 3.2 "
            "percent.",
            2024, 2, "3.2 percent", 2024);
    /* ... and a statement in the present is about now */
    DPERIOD("In 2018, exports rose 7 percent. The port handles 300 ships a "
            "day.",
            2021, 5, "300 ships", 2021);
    DPERIOD("Visits were 7 million in 2015, and occupancy reaches 90 percent "
            "in the peak week.",
            2016, 11, "90 percent", 2016);
    /* a headline about a past year dates the report's figures */
    DPERIOD("Zhejiang's economy grew steadily in 2019\n\nThe population at "
            "the end of the year was 58.5 million. The province had 1,573 "
            "Taobao villages.",
            2020, 2, "58.5 million", 2019);
    DPERIOD("Zhejiang's economy grew steadily in 2019\n\nThe population at "
            "the end of the year was 58.5 million. The province had 1,573 "
            "Taobao villages.",
            2020, 2, "1,573 Taobao villages", 2019);
    /* a headline target year dates the targets below it */
    DPERIOD("A plan to reach the digital goals by 2030\n\nBroadband should "
            "reach 90% of homes.",
            2021, 9, "90%", 2030);
    DPERIOD("The firm plans to hire 300 engineers.", 2021, 9, "300 engineers",
            2021);
    /* without a date, nothing to fall back on */
    DPERIOD("The plant employs 300 people.", 0, 0, "300 people", 0);
    /* a dateline gives the date when the caller has none */
    DPERIOD("Brussels, 15 September 2021\n\nThe fund holds 20 billion euros.",
            0, 0, "20 billion euros", 2021);
    DPERIOD("HANGZHOU, China, Nov. 15, 2022 /PRNewswire/ -- The company had "
            "326,000 merchants.",
            0, 0, "326,000 merchants", 2022);
    DPERIOD("Updated 21:04, 07-Oct-2023\n\nTravelers made 826 million "
            "trips.",
            0, 0, "826 million trips", 2023);
    DPERIOD("Source: Xinhua | 2021-07-13 18:21:05\n\nUsers reached 365 "
            "million people.",
            0, 0, "365 million people", 2021);
    DPERIOD("Last update: 29/05/2024 04:51 PM\n\nInvestment reached MYR "
            "83.7 billion.",
            0, 0, "MYR 83.7 billion", 2024);
    /* the date below a long headline, standfirst and byline */
    DPERIOD("Shop rents tumble as shoppers cross the border for weekend "
            "bargains and cheaper meals\n\n- Sales fall for a fourth month, "
            "with jewellery and watches hit hardest of all the trades in "
            "the city\n- Vacancies climb in the busiest districts as "
            "landlords cut rents to keep their tenants\n\nReading Time: "
            "3 minutes\n\nBy a Staff Reporter\nPublished: 5:30pm, 1 Aug "
            "2024\n\nThe chain has shut three shops.",
            0, 0, "three shops", 2024);
    DPERIOD("Business\n\n07.02.2024\n\nFactory output fell 1.6 per cent in "
            "December.",
            0, 0, "1.6 per cent", 2023);
    /* the lead dates the undated past statements after it, and the
    ** headline, but not statements in the present */
    DPERIOD("Parcel volume hits record 132 billion parcels\n\nCouriers "
            "handled 132.07 billion parcels in 2023, the bureau said.\n\n"
            "Revenue of the sector reached 1.2 trillion yuan.\n\nThe "
            "largest courier now employs 80,000 people.",
            2024, 1, "1.2 trillion yuan", 2023);
    DPERIOD("Parcel volume hits record 132 billion parcels\n\nCouriers "
            "handled 132.07 billion parcels in 2023, the bureau said.\n\n"
            "Revenue of the sector reached 1.2 trillion yuan.\n\nThe "
            "largest courier now employs 80,000 people.",
            2024, 1, "132 billion parcels", 2023);
    DPERIOD("Parcel volume hits record 132 billion parcels\n\nCouriers "
            "handled 132.07 billion parcels in 2023, the bureau said.\n\n"
            "Revenue of the sector reached 1.2 trillion yuan.\n\nThe "
            "largest courier now employs 80,000 people.",
            2024, 1, "80,000 people", 2024);
    /* a lead about the current year changes nothing */
    DPERIOD("Parcel volume climbs again this spring\n\nCouriers handled "
            "30 billion parcels in 2024.\n\nRevenue reached 1.2 trillion "
            "yuan.",
            2024, 6, "1.2 trillion yuan", 2024);
    /* a column headed as a change holds changes, the others levels */
    ROLE("Items        October (billion yuan)   y/y (%)\n"
         "Catering     486.3                    3.2\n",
         "3.2", "change");
    ROLE("Indicator    USD billion   Change over same period (%)\n"
         "Exports      299.63        15.4\n",
         "15.4", "change");
    ROLE("Bank         Policy rate (%)\n"
         "ECB          4.5\n",
         "4.5", "level");
    /* "last month" in a January article */
    DPERIOD("Employers added 199,000 jobs last month.", 2024, 1, "199,000 jobs",
            2023);
}

/* Time expressions in the figure's clause. */
static void periods_cues(void)
{
    DPERIOD("Revenue in Q3 2019 was 5 million euros.", 2021, 3,
            "5 million euros", 2019);
    DPERIOD("Revenue for FY2019 reached 300 million dollars.", 2021, 3,
            "300 million dollars", 2019);
    DPERIOD("FY24 revenue was 58,800 crore rupees.", 2024, 6,
            "58,800 crore rupees", 2024);
    DPERIOD("In fiscal 2024 sales were 3 billion dollars.", 2025, 1,
            "3 billion dollars", 2024);
    DPERIOD("Exports in 2023-24 rose 9 percent.", 2024, 6, "9 percent", 2024);
    DPERIOD("By the end of June 2023, the bank had 4,000 branches.", 2024, 2,
            "4,000 branches", 2023);
    DPERIOD("The programme will invest 7.5 billion euros between 2021 and "
            "2027.",
            2021, 9, "7.5 billion euros", 2027);
    /* comparisons: the base keeps its own year, the figure the article's */
    DPERIOD("Loss narrowed to 45 million euros from 112 million euros a year "
            "earlier.",
            2022, 11, "45 million euros", 2022);
    DPERIOD("Loss narrowed to 45 million euros from 112 million euros a year "
            "earlier.",
            2022, 11, "112 million euros", 2021);
    DPERIOD("In 2019 the fair drew 201 firms, down from 204 firms a year "
            "earlier.",
            2020, 2, "204 firms", 2018);
    DPERIOD("Trips were 4.1 percent higher than in 2019.", 2023, 10,
            "4.1 percent", 2023);
    DPERIOD("The fair drew 260 firms, up from 183 firms last year.", 2016, 11,
            "260 firms", 2016);
    DPERIOD("The fair drew 260 firms, up from 183 firms last year.", 2016, 11,
            "183 firms", 2015);
    DPERIOD("Sales rose 28 percent year on year.", 2021, 7, "28 percent", 2021);
    DPERIOD("The bank has raised rates by 450 basis points since July 2022.",
            2023, 9, "450 basis points", 2023);
    DPERIOD("The bank has kept its rate at 0.1 per cent since March last "
            "year.",
            2021, 3, "0.1 per cent", 2021);
    /* months and seasons against the article's date */
    DPERIOD("Transactions reached 12 billion in December.", 2024, 1,
            "12 billion", 2023);
    DPERIOD("Sales reached 5 million units in January.", 2021, 3,
            "5 million units", 2021);
    DPERIOD("Shoppers spent 1.1 billion pounds a week in February last year.",
            2021, 3, "1.1 billion pounds", 2020);
    DPERIOD("The grocer delivered 345,000 orders a week in the autumn.", 2021,
            3, "345,000 orders", 2020);
    DPERIOD("The relief runs to the end of June, a measure worth 6 billion "
            "pounds.",
            2021, 3, "6 billion pounds", 2021);
}

/* Subjects from the sentence and from the context. */
static void subjects_context(void)
{
    /* the subject of the paragraph carries on */
    SUBJECT("Tongxiang's exports rose 7 percent. Imports reached 40 billion "
            "yuan.",
            "40 billion yuan", "Tongxiang");
    /* a trading partner is not the subject: the reporter is */
    SUBJECT("Canada's exports fell 0.7 percent. Exports to China were up "
            "7.4 percent.",
            "7.4 percent", "Canada");
    SUBJECT("Canada's imports rose. Imports from the United States fell "
            "3 percent.",
            "3 percent", "Canada");
    SUBJECT("Exports of the US rose 4 percent.", "4 percent", "US");
    /* the headline names the article's subject */
    SUBJECT("Hangzhou tops the digital rankings\n\nExports rose 7 percent."
            "\n\nInvestment reached 50 billion yuan.",
            "50 billion yuan", "Hangzhou");
    SUBJECT("China's Alibaba posts record sales\n\nSales reached 5 billion "
            "yuan.",
            "5 billion yuan", "Alibaba");
    /* else the entity the article names most */
    SUBJECT("NEWS DESK\n\nNingbo grew. Ningbo won. Ningbo spent.\n\n"
            "Investment reached 50 billion yuan.",
            "50 billion yuan", "Ningbo");
    /* an apposition is stepped over */
    SUBJECT("Tongxiang, the county-level city that administers Wuzhen, signed "
            "contracts worth 23.8 billion yuan.",
            "23.8 billion yuan", "Tongxiang");
    /* a company defined with its form goes by the shortest name the text
    ** uses, once it uses it */
    SUBJECT("Brightwater Analytics Holdings, Inc. reported revenue of $80 "
            "million.\n\nBrightwater expects growth to continue.",
            "$80 million", "Brightwater");
    SUBJECT("Brightwater Analytics Holdings, Inc. reported revenue of $80 "
            "million.\n\nThe company expects growth to continue.",
            "$80 million", "Brightwater Analytics");
    /* a first word the lexicon knows is no short name: "Global" */
    SUBJECT("Global Harbour Logistics Ltd. moved 90,000 containers.\n\n"
            "Global trade slowed.",
            "90,000 containers", "Global Harbour Logistics");
    /* national statistics get the country, not the bureau publishing them */
    SUBJECT("STATS DESK\n\nThe NBS said factory output grew. The NBS said "
            "it grew again. The NBS added that output hit 9 billion yuan.",
            "9 billion yuan", "China");
    SUBJECT("According to the National Bureau of Statistics, retail sales "
            "reached 4 trillion yuan.",
            "4 trillion yuan", "China");
    /* the owner of a platform, the head of "X in Y" */
    SUBJECT("Alibaba's Tmall platform recorded sales of 268 billion yuan.",
            "268 billion yuan", "Alibaba");
    SUBJECT("The Palace Museum in Beijing set a limit of 40,000 visitors.",
            "40,000 visitors", "Palace Museum");
    /* names that describe something else */
    SUBJECT("A center to be built by a Hangzhou company is worth 4.5 billion "
            "yuan.",
            "4.5 billion yuan", NULL);
    SUBJECT("Growth slowed to 39 percent, said an analyst at a Shanghai-based "
            "consultancy.",
            "39 percent", NULL);
    SUBJECT("Growth slowed to 39 percent, said Ma Lin, an analyst in "
            "Shanghai.",
            "39 percent", NULL);
    SUBJECT("BEIJING, July 13 (Xinhua) -- Operators invested 91.5 billion "
            "yuan.",
            "91.5 billion yuan", NULL);
    SUBJECT("SAN FRANCISCO, May 29, 2024 -- Northwind Cloud, Inc. announced "
            "results. Revenue was $512 million.",
            "$512 million", "Northwind Cloud");
    /* "the city" is the city named as a place, not as a describer */
    SUBJECT("Tongxiang signed deals. A Hangzhou company will build a center. "
            "The city now has 2,815 online shops.",
            "2,815 online shops", "Tongxiang");
    SUBJECT("The World Internet Conference opened. Organizers said the "
            "conference drew 1,600 guests.",
            "1,600 guests", "World Internet Conference");
    /* organisations the gazetteer does not know */
    SUBJECT("Lianyun Technology Holdings Ltd. (\"Lianyun\" or the "
            "\"Company\") reported revenue of 1.2 billion yuan.",
            "1.2 billion yuan", "Lianyun");
    /* a place that starts a company's name does not make it the place */
    SUBJECT("Jiaxing Lanyu Intelligent Equipment Co., Ltd. (\"Lanyu\" or the "
            "\"Company\") reported revenue of 864 million yuan.",
            "864 million yuan", "Lanyu");
    SUBJECT("Jiaxing Lanyu Intelligent Equipment Co., Ltd. reported a profit. "
            "Lanyu delivered 6,820 machines. Exports from Jiaxing rose 5%.",
            "6,820 machines", "Lanyu");
    SUBJECT("Jiaxing Lanyu Intelligent Equipment Co., Ltd. reported a profit. "
            "Lanyu delivered 6,820 machines. Exports from Jiaxing rose 5%.",
            "5%", "Jiaxing");
    SUBJECT("Harlow & Finch, the department store group, said it would close "
            "14 of its 31 stores.",
            "31 stores", "Harlow & Finch");
    SUBJECT("Greenbasket said it was delivering 410,000 orders a week.",
            "410,000 orders", "Greenbasket");
    SUBJECT("FRANKFURT, Feb 14 (Reuters) - German chemicals group Rheinchem "
            "said on Wednesday it plans to cut 2,600 jobs.",
            "2,600 jobs", "Rheinchem");
    SUBJECT("BENGALURU: The chipmaker Xinyuan Semiconductor Ltd reported a "
            "profit of 1,250 crore rupees.",
            "1,250 crore rupees", "Xinyuan Semiconductor");
    /* an exchange rate is about no one */
    SUBJECT("Lianyun grew. Lianyun rose. Lianyun won. Amounts were translated "
            "at RMB7.1135 to US$1.00.",
            "RMB7.1135", NULL);
    /* the short names news uses */
    SUBJECT("The European Union set aside 20 billion euros.",
            "20 billion euros", "EU");
    SUBJECT("Sales in Britain fell 2 percent.", "2 percent", "UK");
    SUBJECT("Payments over the Unified Payments Interface reached 12 billion "
            "transactions.",
            "12 billion transactions", "UPI");
}

static void subjects(void)
{
    FIELD("Total e-commerce volume in Tongxiang reached 32.5 billion yuan.",
          "32.5 billion yuan", subject, "Tongxiang");
    FIELD("Zhejiang's digital economy reached 2.33 trillion yuan.",
          "2.33 trillion yuan", subject, "Zhejiang");
    FIELD("Supported by Alibaba's growth, online sales in Zhejiang reached "
          "300 billion yuan.",
          "300 billion yuan", subject, "Zhejiang");
    FIELD("Over 20 percent of the world's users are in China.", "20 percent",
          subject, "China");
    FIELD("Huawei shipped 240 million phones.", "240 million phones", subject,
          "Huawei");
    FIELD("Investment in Hong Kong rose 3 percent.", "3 percent", subject,
          "Hong Kong");
    FIELD("Trade with the United States grew 4 percent.", "4 percent", subject,
          "US");
    FIELD("Exports from the U.S. fell 2 percent.", "2 percent", subject, "US");
    /* Great Britain is not the UK (no Northern Ireland); Britain is */
    FIELD("Bills in Great Britain rose 6 percent.", "6 percent", subject,
          "Great Britain");
    FIELD("Bills in Britain rose 6 percent.", "6 percent", subject, "UK");
    FIELD("Tongdun Technology hired 400 engineers.", "400 engineers", subject,
          "Tongdun Technology");
    FIELD("Orders on tmall.com hit 91 billion yuan.", "91 billion yuan",
          subject, "Tmall");
    FIELD("The shop sold 300 hats.", "300 hats", subject, NULL);
    /* Chinese names of the same places */
    FIELD("温州市软件业务收入386.5亿元。", "386.5亿元", subject, "Wenzhou");
    FIELD("浙江省数字经济增长7%。", "7%", subject, "Zhejiang");
    FIELD("我国5G基站达到337.7万个。", "337.7万个", subject, "China");
    FIELD("Sales rose 8 percent, the World Bank said.", "8 percent", subject,
          NULL);
    /* "the province's" is the province named before */
    scan("Zhejiang is rich. Last year the province's exports were 3 "
         "trillion yuan.",
         2018);
    const struct figure *f = fig("3 trillion yuan");
    CHECK(f && f->subject && strcmp(f->subject, "Zhejiang") == 0,
          "the province's -> Zhejiang");
    scan("Wuzhen lies in Tongxiang city. The city's income was 2 billion "
         "yuan.",
         2018);
    f = fig("2 billion yuan");
    CHECK(f && f->subject && strcmp(f->subject, "Tongxiang") == 0,
          "the city's -> Tongxiang (named as a city)");
    scan("Who knows why 300 people came?", 2018);
    CHECK(scanned.count == 1 && scanned.items[0].subject == NULL,
          "'Who' is not the WHO");
}

static void metrics(void)
{
    FIELD("The city achieved operating income of 250 million yuan.",
          "250 million yuan", metric, "operating income");
    FIELD("It has a registered capital of 2.5 billion yuan.",
          "2.5 billion yuan", metric, "registered capital");
    FIELD("Total e-commerce transaction volume in Tongxiang reached a "
          "record 32.5 billion yuan.",
          "32.5 billion yuan", metric, "total e-commerce transaction volume");
    FIELD("The town's GDP reached 2.7 billion yuan.", "2.7 billion yuan",
          metric, "GDP");
    FIELD("Online retail sales were 167 billion yuan, a year-on-year "
          "increase of 25.4%.",
          "25.4%", metric, "online retail sales");
    FIELD("Total e-retail volume reached 300 billion yuan, up 51.4 percent.",
          "51.4 percent", metric, "total e-retail volume");
    FIELD("The sector accounts for 41.54% of GDP.", "41.54%", metric, "GDP");
    FIELD("Some 17 percent of Tongxiang's urban area is farmland.",
          "17 percent", metric, "urban area");
    FIELD("The number of active users in China increased by 18.9 million.",
          "18.9 million", metric, "number of active users");
    FIELD("The shop had 32 employees.", "32 employees", metric, NULL);
    FIELD("Online sales during the festival reached 268 billion yuan.",
          "268 billion yuan", metric, "online sales");
    FIELD("Revenue climbed 8.4% to 45.6 billion yuan.", "45.6 billion yuan",
          metric, "revenue");
    FIELD("Buyers rose to 711 million, an increase of 57 million.",
          "57 million", metric, "buyers");
    FIELD("The firm reported an increase of 57 million.", "57 million", metric,
          NULL);
    FIELD("The median price of a home is 12 times the income.", "12 times",
          metric, "median price of a home");
    FIELD("R&D spending reached 3 billion euros.", "3 billion euros", metric,
          "R&D spending");
    FIELD("Revenue in the third quarter was 155 billion yuan.",
          "155 billion yuan", metric, "revenue");
    FIELD("The city registered a growth of 7.2 percent in its GDP.",
          "7.2 percent", metric, "GDP");
    FIELD("Daily active users exceeded 600 million.", "600 million", metric,
          "daily active users");
    FIELD("The rate of smart phone users has reached 95 percent.", "95 percent",
          metric, "rate of smart phone users");
    FIELD("Per capita disposable income reached 52,000 yuan.", "52,000 yuan",
          metric, "per capita disposable income");
}

int main(void)
{
    roles();
    roles_more();
    roles_signs_bases();
    roles_forecasts();
    periods();
    periods_context();
    periods_cues();
    subjects();
    subjects_context();
    metrics();
    figure_list_free(&scanned);
    return check_done();
}
