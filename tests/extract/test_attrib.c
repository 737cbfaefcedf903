/*
** test_attrib.c: role, period, subject and metric of figures, on
** sentences written the way news reports numbers.
*/
#include "scan_helpers.h"

#define ROLE(text, span, want)                                                 \
    do {                                                                       \
        scan((text), 2018);                                                    \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ &&strcmp(f_->role, (want)) == 0,                              \
              "role " want ": [" span "] in: " text);                          \
        if (!f_ || strcmp(f_->role, (want)) != 0)                              \
            show();                                                            \
    } while (0)

#define PERIOD(text, year, span, want)                                         \
    do {                                                                       \
        scan((text), (year));                                                  \
        const struct figure *f_ = fig(span);                                   \
        CHECK(f_ && f_->period == (want),                                      \
              "period " #want ": [" span "] in: " text);                       \
        if (!f_ || f_->period != (want))                                       \
            show();                                                            \
    } while (0)

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
    PERIOD("The zone hosts 300 firms.", 2018, "300 firms", 0);
    PERIOD("Since 2014, the city has drawn 565 projects.", 2018, "565 projects",
           0);
    PERIOD("On Dec 12, 2015, the fair sold 4,000 tickets.", 2016,
           "4,000 tickets", 2015);
    PERIOD("Sales were 30 billion yuan this year.", 0, "30 billion yuan", 0);
    PERIOD("GDP grew 6.2 percent year-on-year to 10.7 trillion yuan in 2019.",
           2020, "6.2 percent", 2019);
    PERIOD("GDP grew 6.2 percent year-on-year to 10.7 trillion yuan in 2019.",
           2020, "10.7 trillion yuan", 2019);
    PERIOD("Sales rose 25% from last year's 213 billion yuan.", 2020, "25%", 0);
    PERIOD("Some 3,000 firms said they would hire next year.", 2020,
           "3,000 firms", 0);
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
          "United States");
    FIELD("Exports from the U.S. fell 2 percent.", "2 percent", subject,
          "United States");
    FIELD("Tongdun Technology hired 400 engineers.", "400 engineers", subject,
          "Tongdun Technology");
    FIELD("Orders on tmall.com hit 91 billion yuan.", "91 billion yuan",
          subject, "Tmall");
    FIELD("The shop sold 300 hats.", "300 hats", subject, NULL);
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
    periods();
    subjects();
    metrics();
    figure_list_free(&scanned);
    return check_done();
}
