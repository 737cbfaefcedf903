/*
** test_numbers.c: how numbers are read: digits, separators, decimals,
** scale words, spelled-out numbers, ranges, qualifiers, Chinese scales.
*/
#include "scan_helpers.h"

static void digits(void)
{
    EXPECT("The port handled 1,234,567 containers.", "1,234,567 containers",
           1234567, "count");
    EXPECT("Revenue reached 12.75 million yuan.", "12.75 million yuan",
           12750000, "CNY");
    EXPECT("The fund holds 0.45 percent of the shares.", "0.45 percent", 0.45,
           "%");
    EXPECT("A grant of $.5 million was approved.", "$.5 million", 500000,
           "USD");
    EXPECT("Output totaled 2,400 this spring.", "2,400", 2400, "count");
    /* 37.73 billion must print as an integer: it is built exactly */
    scan("Investment hit 37.73 billion yuan.", 2018);
    const struct figure *f = fig("37.73 billion yuan");
    CHECK(f && f->value == 37730000000.0, "37.73 billion is exact");
}

static void scales(void)
{
    EXPECT("The city lent 3 thousand yuan to each shop.", "3 thousand yuan",
           3000, "CNY");
    EXPECT("Exports were worth $4.2bn last quarter.", "$4.2bn", 4.2e9, "USD");
    EXPECT("The startup raised $15m from investors.", "$15m", 15e6, "USD");
    EXPECT("Sales hit 8 mln units.", "8 mln units", 8e6, "count");
    EXPECT("Debt stood at 1.1 trillion euros.", "1.1 trillion euros", 1.1e12,
           "EUR");
    EXPECT("The studio sold 250k tickets.", "250k tickets", 250000, "count");
    EXPECT("The state spent Rs 3 crore on roads.", "Rs 3 crore", 3e7, "INR");
    EXPECT("Farmers earned 2 lakh rupees each.", "2 lakh rupees", 2e5, "INR");
    /* "cr" and "Cr": crore as Indian business copy abbreviates it */
    EXPECT("Net debt fell by Rs 450 cr in the year.", "Rs 450 cr", 4.5e9, "INR");
    EXPECT("Income rose to \xe2\x82\xb9" "5,432 Cr on exports.",
           "\xe2\x82\xb9" "5,432 Cr", 5.432e10, "INR");
    EXPECT("The route runs 4 km past Cr Mills.", "4 km", 4, "km");
    scan("The odd 3 was left over, the 4-oddity aside.", 2018);
    CHECK(!fig("4-oddity"), "only the word odd is a qualifier");
    EXPECT("The bank holds 5 hundred million dollars.",
           "5 hundred million dollars", 5e8, "USD");
}

static void spelled(void)
{
    EXPECT("The firm hired five engineers.", "five engineers", 5, "count");
    EXPECT("They opened twenty-one new branches.", "twenty-one new branches",
           21, "count");
    EXPECT("Output will reach four trillion yuan.", "four trillion yuan", 4e12,
           "CNY");
    EXPECT("A hundred volunteers came.", "A hundred volunteers", 100, "count");
    EXPECT("The trip took two and a half hours.", "two and a half hours", 2.5,
           "hour");
    EXPECT("Some one hundred and five villages joined.",
           "one hundred and five villages", 105, "count");
    EXPECT("The campaign reached half a million homes.", "half a million homes",
           500000, "count");
    EXPECT("The chain closed a dozen stores.", "a dozen stores", 12, "count");
    EXPECT("It costs a million dollars.", "a million dollars", 1e6, "USD");
    EXPECT("The county has ninety-nine schools.", "ninety-nine schools", 99,
           "count");
}

static void ranges(void)
{
    /* a bare number before "to N percent" is a range even after a past
    ** change; "from" still gives a change's two ends */
    scan("Rents fell 5 to 7 pct last year.", 2018);
    const struct figure *fr = fig("5 to 7 pct");
    CHECK(fr && fr->high == 7 && scanned.count == 1, "fell 5 to 7 pct");
    scan("Rents fell 5 per cent to 7 per cent.", 2018);
    CHECK(scanned.count == 2, "fell 5 per cent to 7 per cent: two figures");
    scan("The top rate rose from 31 to 36 percent.", 2018);
    CHECK(!fig("31 to 36 percent"), "from 31 to 36 percent");
    scan("Shops stay open five to six hours a day.", 2018);
    const struct figure *f = fig("five to six hours");
    CHECK(f != NULL, "five to six hours");
    if (f) {
        CHECK_NUM(f->value, 5, "range value is the low end");
        CHECK_NUM(f->low, 5, "low");
        CHECK_NUM(f->high, 6, "high");
        CHECK_STR(f->unit, "hour", "unit hour");
    } else
        show();

    scan("Margins were 10-15% in the south.", 2018);
    f = fig("10-15%");
    CHECK(f && f->low == 10 && f->high == 15 && strcmp(f->unit, "%") == 0,
          "10-15%");

    scan("The plant will hire between 200 and 300 workers.", 2018);
    f = fig("200 and 300 workers");
    CHECK(f && f->low == 200 && f->high == 300 && f->noun &&
              strcmp(f->noun, "workers") == 0,
          "between 200 and 300 workers");
    if (!f)
        show();

    scan("The deal is worth $5-6 million.", 2018);
    f = fig("$5-6 million");
    CHECK(f && f->low == 5e6 && f->high == 6e6 && strcmp(f->unit, "USD") == 0,
          "$5-6 million: the scale applies to both ends");

    scan("Each unit costs 3 to 4 yuan.", 2018);
    f = fig("3 to 4 yuan");
    CHECK(f && f->low == 3 && f->high == 4, "3 to 4 yuan");

    scan("Tickets cost 20\xe2\x80\x93"
         "30 euros.",
         2018);
    f = fig("20\xe2\x80\x93"
            "30 euros");
    CHECK(f && f->low == 20 && f->high == 30, "en dash range");

    /* the unit written at both ends: one range */
    scan("Revenue will grow approximately 12% to 16% next year.", 2018);
    f = fig("12% to 16%");
    CHECK(f && f->low == 12 && f->high == 16 && scanned.count == 1,
          "12% to 16%: one range");
    if (!f)
        show();
    scan("The rate was held in a range of 5.25%-5.5% in July.", 2018);
    f = fig("5.25%-5.5%");
    CHECK(f && f->low == 5.25 && f->high == 5.5 && scanned.count == 1,
          "5.25%-5.5%: one range");
    scan("Yields ranged between 3 percent and 4 percent.", 2018);
    f = fig("3 percent and 4 percent");
    CHECK(f && f->low == 3 && f->high == 4, "between 3 percent and 4 percent");
    scan("Prices rose 5% to 16% of income.", 2018);
    CHECK(fig("5%") && fig("16%"), "rose 5% to 16%: two figures");
    scan("Exports grew 5% to 10 trillion yuan.", 2018);
    CHECK(fig("5%") && fig("10 trillion yuan"), "other unit: two figures");
    /* a forecast change: its plain verb after "to" or a modal */
    scan("Analysts expect rents to climb 4 percent to 6 percent.", 2018);
    f = fig("4 percent to 6 percent");
    CHECK(f && f->low == 4 && f->high == 6, "to climb 4 percent to 6 percent");
    scan("It expects sales to grow by 12% to 15% in 2025.", 2025);
    f = fig("12% to 15%");
    CHECK(f && f->low == 12 && f->high == 15 && scanned.count == 1,
          "to grow by 12% to 15%: one range");
    scan("Sales grew by 12% to 15% of the market.", 2025);
    CHECK(fig("12%") && fig("15%"), "grew by 12% to 15%: two figures");
    scan("The fund will raise its stake by 5% to 20% of the company.", 2025);
    CHECK(fig("5%") && fig("20%"), "will raise by 5% to 20% of: two figures");
    scan("Margins could fall 1 to 2 per cent.", 2018);
    f = fig("1 to 2 per cent");
    CHECK(f && f->low == 1 && f->high == 2, "could fall 1 to 2 per cent");
    scan("The levy is set to raise fares by 5 to 8 rupees a trip.", 2018);
    f = fig("5 to 8 rupees");
    CHECK(f && f->low == 5 && f->high == 8, "to raise fares by 5 to 8 rupees");
    scan("Imports will rise by 3 million to 40 million tons.", 2018);
    CHECK(!fig("3 million to 40 million tons"),
          "by 3 million to 40 million: a change and a level");
    scan("The bank sees inflation of -0.5 to 1 per cent.", 2018);
    f = fig("-0.5 to 1 per cent");
    CHECK(f && f->low == -0.5 && f->high == 1, "a range from below zero");
    /* signs */
    EXPECT("Exports +0.5% y/y.", "+0.5%", 0.5, "%");
    EXPECT("Call +86 571 8888 1234 or +86-10-6500 for tickets, 5% off.", "5%",
           5, "%");
    scan("Call +86 571 8888 1234 for tickets.", 2018);
    CHECK(scanned.count == 0, "a phone number with + is no figure");

    /* not ranges */
    scan("Output rose from 5 to 6 percent.", 2018);
    CHECK(fig("5") && strcmp(fig("5")->unit, "%") == 0 && fig("6 percent"),
          "from 5 to 6 percent: two figures, the first takes the unit");
    CHECK(fig("5 to 6 percent") == NULL, "no range after from");
    scan("Buyers rose by 22 million to 779 million.", 2018);
    CHECK(fig("22 million") && fig("779 million"),
          "rose by X to Y: two figures, not a range");
    scan("The team won 3-1 on Sunday.", 2018);
    CHECK(scanned.count == 0, "a score is not a range");
}

static void qualifiers(void)
{
    static const struct {
        const char *text, *span, *approx;
    } cases[] = {
        {"About 300 firms joined.", "300 firms", "about"},
        {"It employs around 40 staff.", "40 staff", "about"},
        {"Costs were approximately $2 million.", "$2 million", "about"},
        {"Roughly 8 percent of homes are empty.", "8 percent", "about"},
        {"Some 12,000 people attended.", "12,000 people", "about"},
        {"Over 700 talents settled here.", "700 talents", "over"},
        {"It has more than 90 shops.", "90 shops", "over"},
        {"Sales were above 4 billion yuan.", "4 billion yuan", "over"},
        {"Bids exceeding 3 million euros were rejected.", "3 million euros",
         "over"},
        {"Nearly 10% of sales were online.", "10%", "nearly"},
        {"It took almost 3 years.", "3 years", "nearly"},
        {"Prices came close to 7 dollars.", "7 dollars", "nearly"},
        {"At least 15 villages were flooded.", "15 villages", "at_least"},
        {"It needs no less than 2 million yuan.", "2 million yuan", "at_least"},
        {"Loans of up to 50,000 yuan are offered.", "50,000 yuan", "at_most"},
        {"Fees are at most 3 percent.", "3 percent", "at_most"},
        {"It has no more than 20 rooms.", "20 rooms", "at_most"},
        {"Less than 5% of land is farmed.", "5%", "under"},
        {"Under 30 firms applied.", "30 firms", "under"},
        {"Rates stayed below 2 percent.", "2 percent", "under"},
        {"Fewer than 100 workers remain.", "100 workers", "under"},
        {"It will cost an estimated 9 billion dollars.", "9 billion dollars",
         "about"},
        {"It drew 500 visitors or more.", "500 visitors", "at_least"},
        {"Guests came from 100-plus countries.", "100-plus countries", "over"},
        {"Some 40-odd firms bid for the land.", "40-odd firms", "about"},
        {"The firm has 2,000-odd staff.", "2,000-odd staff", "about"},
        {"Shares rose as much as 7% on Monday.", "7%", "at_most"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        scan(cases[i].text, 2018);
        const struct figure *f = fig(cases[i].span);
        char what[200];
        snprintf(what, sizeof what, "approx %s: %s", cases[i].approx,
                 cases[i].text);
        CHECK(f && f->approx && strcmp(f->approx, cases[i].approx) == 0, what);
        if (!f || !f->approx || strcmp(f->approx, cases[i].approx) != 0)
            show();
    }
    scan("The park covers 40 hectares.", 2018);
    CHECK(fig("40 hectares") && fig("40 hectares")->approx == NULL,
          "exact figures have no approx");
    scan("Over the past year 40 firms closed.", 2018);
    CHECK(fig("40 firms") && fig("40 firms")->approx == NULL,
          "'over the past' is not a qualifier");
}

static void chinese(void)
{
    EXPECT("总投资3.5亿元。", "3.5亿元", 350000000, "CNY");
    EXPECT("销售额达到120万元", "120万元", 1200000, "CNY");
    EXPECT("出口额为2万亿美元", "2万亿美元", 2e12, "USD");
    /* traditional 億 萬 (Hong Kong, Taiwan, Japan); 兆 before 円/元 */
    EXPECT("淨利潤8,380億元。", "8,380億元", 8.38e11, "CNY");
    EXPECT("員工7.3萬人。", "7.3萬人", 73000, "count");
    EXPECT("売上高は45兆円だった。", "45兆円", 4.5e13, "JPY");
    EXPECT("営業利益は120億円。", "120億円", 1.2e10, "JPY");
    /* 兆瓦 is megawatts; a sum "4兆9449億円" is not read in halves */
    scan("风电装机100兆瓦。", 2023);
    CHECK(fig("100兆瓦") && fig("100兆瓦")->value == 100 &&
              strcmp(fig("100兆瓦")->unit, "MW") == 0,
          "兆瓦 is megawatts, no trillion");
    scan("純利益は4兆9449億円だった。", 2023);
    CHECK(!fig("9449億円"), "half of 4兆9449億円");
}

int main(void)
{
    digits();
    scales();
    spelled();
    ranges();
    qualifiers();
    chinese();
    figure_list_free(&scanned);
    return check_done();
}
