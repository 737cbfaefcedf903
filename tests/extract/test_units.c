/*
** test_units.c: units: currencies (symbols, codes and words, before or
** after the number, from context), percent, points, multipliers,
** measures, counted nouns.
*/
#include "scan_helpers.h"

static void currencies(void)
{
    EXPECT("The plant cost US$5.41 billion.", "US$5.41 billion", 5.41e9, "USD");
    EXPECT("The plant cost $2 billion.", "$2 billion", 2e9, "USD");
    EXPECT("The bill came to 300 U.S. dollars.", "300 U.S. dollars", 300,
           "USD");
    EXPECT("It raised 40 million US dollars.", "40 million US dollars", 4e7,
           "USD");
    EXPECT("Fares rose to 25 dollars.", "25 dollars", 25, "USD");
    EXPECT("It paid USD 12 million.", "USD 12 million", 12e6, "USD");
    EXPECT("Grants total 8 million yuan.", "8 million yuan", 8e6, "CNY");
    EXPECT("Its capital is RMB 50 million.", "RMB 50 million", 5e7, "CNY");
    EXPECT("Its capital is RMB50 million.", "RMB50 million", 5e7, "CNY");
    EXPECT("Its capital is 70 million renminbi.", "70 million renminbi", 7e7,
           "CNY");
    EXPECT("Its capital is CNY 3 billion.", "CNY 3 billion", 3e9, "CNY");
    EXPECT("Rent is 900 euros a month.", "900 euros", 900, "EUR");
    EXPECT("Rent is \xe2\x82\xac"
           "900 a month.",
           "\xe2\x82\xac"
           "900",
           900, "EUR");
    EXPECT("It sold for EUR 4 million.", "EUR 4 million", 4e6, "EUR");
    EXPECT("It sold for HK$3.2 billion.", "HK$3.2 billion", 3.2e9, "HKD");
    EXPECT("It sold for 3 billion Hong Kong dollars.",
           "3 billion Hong Kong dollars", 3e9, "HKD");
    EXPECT("It sold for \xc2\xa3"
           "45 million.",
           "\xc2\xa3"
           "45 million",
           4.5e7, "GBP");
    EXPECT("A London firm sold it for 45 million pounds.",
           "45 million pounds", 4.5e7, "GBP");
    EXPECT("The farm shipped 45 million pounds of pork.", "45 million pounds",
           4.5e7, "lb");
    EXPECT("The farm shipped 45 million pounds.", "45 million pounds", 4.5e7,
           "lb");
    EXPECT("It cost \xc2\xa3" "3 million, or 4 million pounds in all.",
           "4 million pounds", 4e6, "GBP");
    EXPECT("The fee is 800 yen.", "800 yen", 800, "JPY");
    EXPECT("The fee is \xe2\x82\xb9"
           "800.",
           "\xe2\x82\xb9"
           "800",
           800, "INR");
    EXPECT("The fee is Rs. 800.", "Rs. 800", 800, "INR");
    EXPECT("The fee is 800 rupees.", "800 rupees", 800, "INR");
    EXPECT("A stamp costs 55 cents.", "55 cents", 0.55, "USD");
    /* cents are of the money the article writes */
    scan("The fund set aside €49 billion. Power cost 17 cents per "
         "kilowatt-hour.",
         2018);
    CHECK(fig("17 cents") && strcmp(fig("17 cents")->unit, "EUR") == 0,
          "17 cents in an article about euros");
    EXPECT("It paid S$40 million.", "S$40 million", 4e7, "SGD");
    EXPECT("It is a 5 billion-yuan project.", "5 billion-yuan", 5e9, "CNY");
    EXPECT("They paid Rmb5bn for it.", "Rmb5bn", 5e9, "CNY");
}

static void more_currencies(void)
{
    EXPECT("It will invest SR2.6 billion in Riyadh.", "SR2.6 billion", 2.6e9,
           "SAR");
    EXPECT("Trade with China reached Dh312bn.", "Dh312bn", 312e9, "AED");
    /* a letters prefix glued to a plain small number is money on a page
    ** that used it before a true amount, not otherwise */
    scan("Deals were worth QR366,512,927. Prices ranged between QR271 and "
         "QR438 for land.",
         2026);
    CHECK(fig("QR271 and QR438") && fig("QR271 and QR438")->low == 271 &&
              fig("QR271 and QR438")->high == 438,
          "QR271 and QR438 after QR366,512,927: a range in riyals");
    scan("Prices ranged between QR271 and QR438 for land.", 2026);
    CHECK(!fig("QR271 and QR438"), "QR271 alone names no money");
    /* the Kyiv Independent's hryvnia; "HR" before a count is no currency */
    EXPECT("Transactions hit GH\xC2\xA2" "3.1 trillion.", "GH\xC2\xA2" "3.1 trillion",
           3.1e12, "GHS");
    EXPECT("Fees rose to GH\xE2\x82\xB5 2.5 billion.", "GH\xE2\x82\xB5 2.5 billion",
           2.5e9, "GHS");
    EXPECT("IT firms paid Hr 31.7 billion in taxes.", "Hr 31.7 billion",
           31.7e9, "UAH");
    EXPECT("HR 2,000 staff joined.", "2,000 staff", 2000, "count");
    /* a bare number a qualifying verb reaches is a count; a year is not */
    EXPECT("The number of residents has exceeded 1,900.", "1,900", 1900,
           "count");
    EXPECT_NONE("The yield still exceeds 1913 in value.");
    EXPECT_NONE("Its share price has exceeded 250.");
    scan("The valuation is 25 times expected 2027 earnings.", 2026);
    CHECK(fig("25 times") && !fig("2027 earnings"),
          "a year before money's plural is no count");
    /* the count a percentage change reaches; counts listed after a name
    ** and "with" count the same things */
    EXPECT("Tourist arrivals rose 12.4 percent to 206,318 in November.",
           "206,318", 206318, "count");
    scan("India accounted for 48,902 arrivals, or 23.7 percent of the total, "
         "followed by Russia with 21,436 and China with 14,205.", 2026);
    CHECK(fig("21,436") && strcmp(fig("21,436")->unit, "count") == 0 &&
              fig("14,205") && strcmp(fig("14,205")->unit, "count") == 0,
          "counts listed after a name and \"with\"");
    CHECK(fig("48,902 arrivals") &&
              strcmp(fig("48,902 arrivals")->role, "level") == 0,
          "things counted are never a share");
    /* letters that are also names: the figure keeps its own unit */
    scan("Alibaba fell 3.1% and JD 2.4% in Hong Kong; DHS sent 1,200 agents "
         "and the NIS2 rules apply.",
         2026);
    CHECK(fig("2.4%") && strcmp(fig("2.4%")->unit, "%") == 0 &&
              fig("1,200 agents") && !fig("NIS2") && !fig("2"),
          "JD, DHS and NIS before a figure of their own");
    scan("In 2010 Lei Jun founded Xiaomi; 1.5 million Afghanis live there.",
         2026);
    CHECK(!fig("2010 Lei") && (!fig("1.5 million") ||
                               strcmp(fig("1.5 million")->unit, "AFN") != 0),
          "Lei and Afghanis, capitalised, are names");
    EXPECT("It paid 300 lei.", "300 lei", 300, "RON");
    /* one-letter signs glued to an amount: rand, Philippine pesos, naira */
    EXPECT("It will cost R40 billion.", "R40 billion", 40e9, "ZAR");
    EXPECT("Power costs R1.86 per kWh.", "R1.86", 1.86, "ZAR");
    EXPECT("The budget is P1.2 billion.", "P1.2 billion", 1.2e9, "PHP");
    EXPECT("Revenue hit N480 billion.", "N480 billion", 480e9, "NGN");
    scan("The R2 route, N95 masks, P2P loans and the F1 car.", 2026);
    CHECK(scanned.count == 0, "letters glued to a plain number are names");
    EXPECT("Transactions hit Tk 1.62 lakh crore.", "Tk 1.62 lakh crore",
           1.62e12, "BDT");
    EXPECT("The dollar fetched Tk 122.", "Tk 122", 122, "BDT");
    EXPECT("It paid 500 taka.", "500 taka", 500, "BDT");
    /* rupees are the page's country's: India's unless it is Pakistan's */
    EXPECT("Mumbai firms raised Rs 450 crore.", "Rs 450 crore", 4.5e9, "INR");
    scan("NEW DELHI: The defence budget rose to Rs 6.8 lakh crore, as "
         "Pakistan, Pakistan and Pakistan raised theirs.",
         2026);
    CHECK(fig("Rs 6.8 lakh crore") &&
              strcmp(fig("Rs 6.8 lakh crore")->unit, "INR") == 0,
          "a New Delhi dateline outweighs three mentions");
    scan("Karachi: Pakistan's IT exports earned Rs498.6 billion, and "
         "Lahore firms 12 billion rupees.",
         2026);
    CHECK(fig("Rs498.6 billion") &&
              strcmp(fig("Rs498.6 billion")->unit, "PKR") == 0 &&
              fig("12 billion rupees") &&
              strcmp(fig("12 billion rupees")->unit, "PKR") == 0,
          "rupees on a Pakistani page");
    /* amounts listed after one in money are in it */
    scan("Mexico City led with sales of 19.5 billion pesos, followed by "
         "Nuevo Leon with 14.1 billion and Jalisco with 12.8 billion.",
         2026);
    CHECK(fig("14.1 billion") && strcmp(fig("14.1 billion")->unit, "MXN") == 0 &&
              fig("14.1 billion")->implicit && fig("12.8 billion") &&
              strcmp(fig("12.8 billion")->unit, "MXN") == 0,
          "listed after an amount in pesos");
    scan("Netflix paid $5 million, and 3 million watched the final.", 2026);
    CHECK(fig("3 million") && strcmp(fig("3 million")->unit, "count") == 0,
          "an amount with a verb of its own is not listed money");
    scan("Revenue was $5 billion and it shipped 2 million.", 2026);
    CHECK(!fig("2 million") || strcmp(fig("2 million")->unit, "count") == 0,
          "another scale is not listed money");
    EXPECT("The peso traded at 18.38 per US dollar.", "18.38", 18.38, "MXN");
    EXPECT("约为去年同期的1.3倍。", "1.3倍", 1.3, "x");
    EXPECT("上年同期为-1.35亿元。", "-1.35亿元", -1.35e8, "CNY");
    scan("全年营业收入目标为52亿元至55亿元。", 2026);
    CHECK(fig("52亿元至55亿元") && fig("52亿元至55亿元")->low == 5.2e9 &&
              fig("52亿元至55亿元")->high == 5.5e9,
          "a Chinese range with its unit twice");
    EXPECT("Inflation was 2.6%, with the Consumer Price Index (CPI) at 109.85.",
           "109.85", 109.85, "point");
    EXPECT("The Australian dollar bought 63 US cents.", "63 US cents", 0.63,
           "USD");
    scan("• Of the 38 provinces, 37 recorded inflation and 1 province "
         "recorded deflation.",
         2026);
    CHECK(fig("37") && strcmp(fig("37")->unit, "count") == 0 &&
              fig("1 province") && strcmp(fig("1 province")->unit, "count") == 0,
          "a bulleted \"Of the ...,\" and one thing in digits");
    scan("Swiss watch exports slip\n\nPublished on November 19, 2026\n3 minutes"
         "\n\nRecommended Stories\nlist of 3 items\n",
         2026);
    CHECK(!fig("3 minutes") && !fig("3 items"), "a reading time and a widget");
    EXPECT("累计引进企业1800余家。", "1800余家", 1800, "count");
    /* Chinese qualifiers: 余/多 after, 约/超过/逾/近 before */
    scan("1600余名嘉宾，约312亿元，超过1.5万亿元，近46万人。", 2026);
    CHECK(fig("1600余名") && fig("1600余名")->approx &&
              strcmp(fig("1600余名")->approx, "over") == 0 && fig("312亿元") &&
              strcmp(fig("312亿元")->approx, "about") == 0 &&
              fig("1.5万亿元") && strcmp(fig("1.5万亿元")->approx, "over") == 0 &&
              fig("46万人") && strcmp(fig("46万人")->approx, "nearly") == 0,
          "Chinese qualifiers");
    /* other words several countries share: the page's country's */
    scan("Manila: Philippine banks lent 5 billion pesos.", 2026);
    CHECK(fig("5 billion pesos") &&
              strcmp(fig("5 billion pesos")->unit, "PHP") == 0,
          "pesos on a Philippine page");
    EXPECT("Sales reached 190 billion pesos.", "190 billion pesos", 190e9,
           "MXN");
    scan("Kampala: Uganda's MTN earned Sh40.6 billion and 3 billion "
         "shillings.",
         2026);
    CHECK(fig("Sh40.6 billion") &&
              strcmp(fig("Sh40.6 billion")->unit, "UGX") == 0 &&
              fig("3 billion shillings") &&
              strcmp(fig("3 billion shillings")->unit, "UGX") == 0,
          "shillings on a Ugandan page");
    /* shillings of no country named: a count of them, as in 1843 */
    scan("A duty of 20 shillings was levied.", 1843);
    CHECK(fig("20 shillings") &&
              strcmp(fig("20 shillings")->unit, "count") == 0 &&
              fig("20 shillings")->noun &&
              strcmp(fig("20 shillings")->noun, "shillings") == 0,
          "shillings without a country");
    scan("Doha: Qatar's QNB earned QR1.2bn and 300 million riyals.", 2026);
    CHECK(fig("QR1.2bn") && strcmp(fig("QR1.2bn")->unit, "QAR") == 0 &&
              fig("300 million riyals") &&
              strcmp(fig("300 million riyals")->unit, "QAR") == 0,
          "riyals on a Qatari page");
    EXPECT("Zain earned KD 5 million.", "KD 5 million", 5e6, "KWD");
    /* the country of the figure's own sentence outweighs the page's */
    scan("Iraq, Iraq and Iraq pumped more. Kuwait's oil ministry said exports "
         "earned 5.1 billion dinars.",
         2026);
    CHECK(fig("5.1 billion dinars") &&
              strcmp(fig("5.1 billion dinars")->unit, "KWD") == 0,
          "dinars of the sentence's country");
    EXPECT("It paid 12 billion Swedish kronor.", "12 billion Swedish kronor",
           12e9, "SEK");
    EXPECT("It raised NIS 2 billion.", "NIS 2 billion", 2e9, "ILS");
    EXPECT("It raised 40 million zlotys.", "40 million zlotys", 40e6, "PLN");
    EXPECT("Remittances reached 3 billion Sri Lankan rupees.",
           "3 billion Sri Lankan rupees", 3e9, "LKR");
    EXPECT("A night costs Dh5,900 there.", "Dh5,900", 5900, "AED");
    EXPECT("It raised Dhs 4 billion.", "Dhs 4 billion", 4e9, "AED");
    scan("The SR 71 flew faster than the SR71 Blackbird.", 2024);
    CHECK(scanned.count == 0, "SR before a space, or a plain number, is no riyal");
    EXPECT("It will cost 800 to 1.2 billion euros.", "800 to 1.2 billion euros",
           800e6, "EUR");
    EXPECT("全线5000余公里。", "5000余公里", 5000, "km");
    EXPECT("员工1000余名。", "1000余名", 1000, "count");
    EXPECT("来自130多个国家和地区。", "130多个", 130, "count");
    EXPECT("举办24场分论坛。", "24场", 24, "count");
    scan("附表：主要指标\n地区\t增加值（亿元）\t同比增长（%）\n"
         "全市\t168.4\t13.6\n", 2026);
    CHECK(fig("168.4") && fig("168.4")->value == 16840000000.0 &&
              strcmp(fig("168.4")->unit, "CNY") == 0,
          "增加值（亿元） heads a column in 亿元");
    EXPECT("Costs fell to 8,000 riels per kilogram.", "8,000 riels", 8000,
           "KHR");
    EXPECT("Transfers rose to Sh40.6 trillion.", "Sh40.6 trillion", 40.6e12,
           "KES");
    EXPECT("Sales reached TL 1.94 trillion.", "TL 1.94 trillion", 1.94e12,
           "TRY");
    scan("Sh 5 said hello to the TL 5 team.", 2024);
    CHECK(scanned.count == 0, "Sh and TL before a plain number are letters");
    EXPECT("Power costs about 4.8 US cents.", "4.8 US cents", 0.048, "USD");
    EXPECT("Token use soared thirtyfold.", "thirtyfold", 30, "x");
    /* a sign after a bracket; a range written out before its scale */
    EXPECT("Exports to Vietnam (+41.5%) rose.", "+41.5%", 41.5, "%");
    EXPECT("Exports to India (-22.8%) fell.", "-22.8%", -22.8, "%");
    scan("Salaries range from 600,000 to 1.2 million yuan a year.", 2024);
    CHECK(fig("600,000 to 1.2 million yuan") &&
              fig("600,000 to 1.2 million yuan")->low == 600000 &&
              fig("600,000 to 1.2 million yuan")->high == 1200000,
          "600,000 to 1.2 million: the low end is written out");
    EXPECT("Payments reached ₱9.6 trillion.", "₱9.6 trillion", 9.6e12,
           "PHP");
    EXPECT("It cost 320 billion tenge.", "320 billion tenge", 3.2e11, "KZT");
    EXPECT("It cost ₸5 billion.", "₸5 billion", 5e9, "KZT");
    EXPECT("The cable carries 400 terabits per second.",
           "400 terabits per second", 400, "Tbps");
    EXPECT("Profit reached 412.7 billion won.", "412.7 billion won", 4.127e11,
           "KRW");
    EXPECT("Shares closed at 24,150 won on Friday.", "24,150 won", 24150,
           "KRW");
    EXPECT("It sold for KRW 5 billion.", "KRW 5 billion", 5e9, "KRW");
    scan("The 11 won the seats.", 2018);
    CHECK(!fig("11 won"), "'won' as a verb is no currency");
    EXPECT("Damage came to VND 81.5 trillion.", "VND 81.5 trillion", 8.15e13,
           "VND");
    EXPECT("It cost 30,000 dong.", "30,000 dong", 30000, "VND");
    EXPECT("The fee is \xe2\x82\xab" "30,000.", "\xe2\x82\xab" "30,000", 30000,
           "VND");
    EXPECT("The cap is \xe2\x82\xa6" "2,000.", "\xe2\x82\xa6" "2,000", 2000,
           "NGN");
    EXPECT("Rails moved KSh 38.3 trillion.", "KSh 38.3 trillion", 3.83e13,
           "KES");
    EXPECT("It raised 40 million Kenyan shillings.",
           "40 million Kenyan shillings", 4e7, "KES");
}

/* any ISO 4217 code, in capitals, before or after the number */
static void iso_codes(void)
{
    EXPECT("Tourists spent THB 1.67 trillion.", "THB 1.67 trillion", 1.67e12,
           "THB");
    EXPECT("Investment reached MYR 38.2 billion.", "MYR 38.2 billion",
           3.82e10, "MYR");
    EXPECT("Inflows came to PKR 8.5 trillion.", "PKR 8.5 trillion", 8.5e12,
           "PKR");
    EXPECT("The deal is worth SEK 12 billion.", "SEK 12 billion", 1.2e10,
           "SEK");
    EXPECT("It raised 300 million PLN.", "300 million PLN", 3e8, "PLN");
    EXPECT("Tickets cost 250 CZK.", "250 CZK", 250, "CZK");
    EXPECT("Cards work at 156 points of sale.", "156 points of sale", 156,
           "count");
    CHECK(fig("156 points of sale") && fig("156 points of sale")->noun &&
              strcmp(fig("156 points of sale")->noun, "points of sale") == 0,
          "points of sale are things counted");
    EXPECT("The index rose 30 points.", "30 points", 30, "point");
    scan("The TOP 10 stories of the year.", 2018);
    CHECK(!fig("TOP 10") || strcmp(fig("TOP 10")->unit, "count") == 0,
          "TOP is an acronym, not the pa'anga");
    /* an exchange rate takes the currency it prices */
    scan("The ringgit ended at 4.45 per dollar on Monday.", 2024);
    const struct figure *r = fig("4.45");
    CHECK(r && strcmp(r->unit, "MYR") == 0 && r->implicit,
          "the ringgit at 4.45 per dollar");
    scan("The yuan firmed to 7.02 against the U.S. dollar.", 2024);
    CHECK(fig("7.02") && strcmp(fig("7.02")->unit, "CNY") == 0,
          "7.02 against the U.S. dollar");
    scan("The yen hovered near 151 to the dollar.", 2024);
    CHECK(fig("151") && strcmp(fig("151")->unit, "JPY") == 0,
          "151 to the dollar");
    scan("Stores sold 40 per dollar of stock.", 2024);
    CHECK(scanned.count == 0, "no currency named before: no rate");
    /* a number ending a quote: "PKR 5." */
    scan("\"The premium is now under PKR 5.\" Dealers agreed.", 2024);
    CHECK(fig("PKR 5") && fig("PKR 5")->value == 5,
          "a full stop and a closing quote after the number");
    scan("Version 5.\"x\" shipped.", 2024);
    CHECK(!fig("5"), "a full stop glued to a quote mid-word is no end");
    /* page furniture: reading times */
    scan("Reading Time: 4 minutes\n\nThe ferry takes 4 minutes.\n", 2024);
    CHECK(scanned.count == 1, "Reading Time: 4 minutes is furniture");
    scan("Reserves were 5 billion thb.", 2018);
    CHECK(!fig("5 billion thb"), "codes count only in capitals");
}

/* a table's caption or header gives its cells' unit and scale */
static void tables(void)
{
    /* a unit line set in under the years is the table's next line, not
    ** the year line wrapped: both columns are in millions of dollars */
    scan("Table 1\n"
         "                      September 2026   October 2026\n"
         "                          millions of dollars\n"
         "United States                 47,812         47,105\n",
         2026);
    CHECK(fig("47,812") && fig("47,812")->value == 47812e6 &&
              fig("47,105") && fig("47,105")->value == 47105e6,
          "an indented unit line heads every column");
    /* a group's header centred over its columns heads the outer ones */
    scan("Inflation and its components\n"
         "                        Annual rate (%)             Monthly rate (%)\n"
         "                   Nov 2025    Oct 2026    Nov 2026      Nov 2026\n"
         "Energy                -0.5        -0.8        -1.2          -1.6\n",
         2026);
    CHECK(fig("-0.5") && strcmp(fig("-0.5")->unit, "%") == 0 &&
              fig("-1.2") && strcmp(fig("-1.2")->unit, "%") == 0,
          "cells beside a group's header take its unit");
    scan("附表\n指标\t单位\t1-10月\t同比增长（%）\n"
         "规上企业数\t家\t276\t8.7\n",
         2026);
    CHECK(fig("276") && strcmp(fig("276")->unit, "count") == 0,
          "a unit column of 家 counts its row");
    /* a caption's unit in brackets; 增减 heads changes, kept from the
    ** row's per-share yuan */
    scan("主要财务数据（单位：万元）\n"
         "项目\t本报告期\t本报告期比上年同期增减（%）\n"
         "营业收入\t140,532.18\t31.80\n"
         "基本每股收益（元/股）\t0.36\t50.00\n",
         2026);
    CHECK(fig("140,532.18") && fig("140,532.18")->value == 1405321800.0 &&
              strcmp(fig("140,532.18")->unit, "CNY") == 0 && fig("50.00") &&
              strcmp(fig("50.00")->unit, "%") == 0 &&
              strcmp(fig("31.80")->role, "change") == 0,
          "（单位：万元） and 增减（%）");
    /* "(percentage points)" and "y-on-y", "m-to-m" head columns */
    scan("Table 1. Inflation by group\n"
         "Group\tInflation m-to-m (%)\tContribution y-on-y (percentage points)\n"
         "Food\t0.47\t1.09\n",
         2026);
    CHECK(fig("1.09") && strcmp(fig("1.09")->unit, "pp") == 0 &&
              strcmp(fig("1.09")->role, "change") == 0 && fig("0.47") &&
              strcmp(fig("0.47")->role, "change") == 0,
          "percentage points and y-on-y in a header");
    /* a caption in brackets of two sentences; "percent" in a header; a
    ** header's last cell "... year ago" over a row in lower case */
    scan("Table 1. Sales\n[Estimates are shown in millions of dollars. "
         "Adjusted for seasonal variation.]\n\n"
         "Quarter\tSales, total\tPercent change from year ago\n"
         "3rd quarter 2026(p)\t1,903,412\t3.9\n",
         2026);
    CHECK(fig("1,903,412") && fig("1,903,412")->value == 1903412e6 &&
              fig("3.9") && strcmp(fig("3.9")->unit, "%") == 0,
          "a Census table under a caption of two sentences");
    /* "(Unit: billion won, %)": "Share" is in percent, and no change */
    scan("(Unit: billion won, %)\n\n"
         "Group\tOct. 2026\tYear-on-year change\tShare\n"
         "Food\t3,260.8\t5.1\t14.5\n",
         2026);
    CHECK(fig("3,260.8") && strcmp(fig("3,260.8")->unit, "KRW") == 0 &&
              fig("14.5") && strcmp(fig("14.5")->unit, "%") == 0 &&
              strcmp(fig("14.5")->role, "share") == 0,
          "a unit line in brackets and a share column");
    scan("Quarter\tSales\tE-commerce as a percent of total\n"
         "Third quarter\t1,903\t16.8\n",
         2026);
    CHECK(fig("16.8") && strcmp(fig("16.8")->role, "share") == 0,
          "a column of percents of a total is of shares");
    EXPECT("Sales rose 6.4 percent (\xc2\xb1" "1.2%).", "\xc2\xb1" "1.2%", 1.2,
           "%");
    EXPECT("The minimum wage is 22,104 liras.", "22,104 liras", 22104, "TRY");
    EXPECT("Exports rose to US$ 1.5 b in 2025.", "US$ 1.5 b", 1.5e9, "USD");
    EXPECT("They deploy 480,000 GPUs in Europe.", "480,000 GPUs", 480000,
           "count");
    EXPECT("The Commission shortlisted five consortia.", "five consortia", 5,
           "count");
    /* an "Index" column holds index levels; an indented row's cells by
    ** their order between tabs */
    scan("Industry\tIndex (current prices)\t% change y-o-y\nTotal\t101.8\t2.4\n",
         2026);
    CHECK(fig("101.8") && strcmp(fig("101.8")->unit, "point") == 0,
          "a column headed Index");
    scan("(Unit: billion won, %)\n\tQ3 2025\tQ3 2026\tq-o-q change\n"
         "Total\t38,745\t41,200\t2.3\n  Mobile banking\t11,021\t12,900\t6.1\n",
         2026);
    CHECK(fig("12,900") && strcmp(fig("12,900")->unit, "KRW") == 0 &&
              fig("6.1") && strcmp(fig("6.1")->unit, "%") == 0,
          "a long row label between tabs keeps the columns in order");
    /* "% change" alone under a row of quarters is the cells' unit */
    scan("Turnover ICT sector, year-on-year change\n"
         "\t2025-III\t2026-I\n\t% change\nICT sector, total\t3.8\t4.1\n",
         2026);
    CHECK(fig("4.1") && strcmp(fig("4.1")->unit, "%") == 0 &&
              strcmp(fig("4.1")->role, "change") == 0,
          "a unit line alone under a year row");
    EXPECT("增加值预计增长12%\xe2\x80\x94" "14%。", "12%\xe2\x80\x94" "14%", 12, "%");
    scan("Emissions must fall 51 per cent by 2030 compared with 2018 levels.",
         2026);
    CHECK(!fig("2018 levels"), "a year before \"levels\" is a year");
    /* a savings table's "Annual rate (%)" is a level, an inflation
    ** table's a change */
    scan("Savings accounts\n\nBank          Annual rate (%)\n"
         "Alpha Bank    4.10\n",
         2026);
    CHECK(fig("4.10") && strcmp(fig("4.10")->role, "level") == 0,
          "an interest rate is a level");
    /* a list item's wrapped line goes on; a table's indented line does
    ** not (above) */
    scan("- Net debt was cut by 15\n  per cent.\n", 2026);
    CHECK(fig("15   per cent") || fig("15\n  per cent"),
          "an indented line under prose goes on");
    EXPECT("He was jailed for 18 months on 2 counts.", "18 months", 18,
           "month");
    /* "3 months on 3 months (%)" heads a column; its spans are no figures */
    scan("Table 1: Sales volumes\n"
         "Type of store\tMonth on month (%)\t3 months on 3 months (%)\n"
         "Food stores\t-1.9\t-0.3\n",
         2026);
    CHECK(!fig("3 months") && fig("-0.3") &&
              strcmp(fig("-0.3")->unit, "%") == 0 &&
              strcmp(fig("-0.3")->role, "change") == 0 &&
              fig("-1.9") && strcmp(fig("-1.9")->role, "change") == 0,
          "a header of spans compared heads columns of changes");
    scan("Inflation and its components\n"
         "                        Annual rate (%)             Monthly rate (%)\n"
         "                   Nov 2025    Oct 2026    Nov 2026      Nov 2026\n"
         "Energy                -0.5        -0.8        -1.2          -1.6\n",
         2026);
    CHECK(fig("-1.2") && strcmp(fig("-1.2")->role, "change") == 0 &&
              fig("-1.6") && strcmp(fig("-1.6")->role, "change") == 0,
          "an annual or monthly rate is a change");
    const char *t1 = "Selected data (in thousands of US$, except per share data)\n"
                     "                      2024        2023\n"
                     "Revenue               612,418     548,902\n"
                     "Earnings per share    0.34        0.24\n"
                     "\n"
                     "Staff rose to 1,200 from 1,100.\n";
    scan(t1, 2024);
    CHECK(fig("612,418") && fig("612,418")->value == 612418000.0 &&
              strcmp(fig("612,418")->unit, "USD") == 0 &&
              fig("612,418")->implicit,
          "a caption's thousands of US$ scale a cell");
    CHECK(fig("0.24") && fig("0.24")->value == 0.24,
          "a per-share row is not scaled");
    CHECK(!fig("2023"), "the columns' years are no figures");
    CHECK(!fig("1,200") || strcmp(fig("1,200")->unit, "USD") != 0,
          "the table ends at a blank line");
    const char *t2 = "                        2022        2021     Change\n"
                     "                     HK$'000     HK$'000\n"
                     "Revenue            4,582,316   3,967,104     +15.5%\n"
                     "Profit               386,102     412,958      -6.5%\n"
                     "Earnings per share (HK cents)  32.18   34.41  -6.5%\n";
    scan(t2, 2023);
    CHECK(fig("3,967,104") && fig("3,967,104")->value == 3967104000.0 &&
              strcmp(fig("3,967,104")->unit, "HKD") == 0,
          "a header cell HK$'000 scales the column below");
    CHECK(fig("-6.5%") && fig("-6.5%")->value == -6.5,
          "a minus sign opens a cell after a number");
    CHECK(fig("32.18") && fabs(fig("32.18")->value - 0.3218) < 1e-9,
          "a row in cents");
    const char *t3 = "Items                    October (billion yuan)   y/y (%)\n"
                     "Catering                 486.3                    3.2\n"
                     "Indicator         Unit          9M 2024     Change (%)\n"
                     "Export turnover   USD billion   299.63      15.4\n";
    scan(t3, 2024);
    CHECK(fig("486.3") && fig("486.3")->value == 486.3e9 &&
              strcmp(fig("486.3")->unit, "CNY") == 0,
          "a column headed (billion yuan)");
    CHECK(fig("3.2") && strcmp(fig("3.2")->unit, "%") == 0,
          "a column headed (%)");
    CHECK(fig("299.63") && fig("299.63")->value == 299.63e9 &&
              strcmp(fig("299.63")->unit, "USD") == 0,
          "a unit cell before the number");
    CHECK(fig("15.4") && strcmp(fig("15.4")->unit, "%") == 0,
          "a header with a year still heads columns");
    /* a caption in words ending "(million euros)", and a header of
    ** column names only: the caption scales the cells */
    const char *t4 = "Port throughput by terminal, 2022 (million euros)\n"
                     "Terminal    Revenue    Growth\n"
                     "North       48.5       6.1%\n"
                     "South       17.25      -2.4%\n";
    scan(t4, 2023);
    CHECK(fig("48.5") && fig("48.5")->value == 48.5e6 &&
              strcmp(fig("48.5")->unit, "EUR") == 0 && fig("48.5")->implicit,
          "a caption (million euros) scales the cells below");
    CHECK(fig("6.1%") && strcmp(fig("6.1%")->role, "change") == 0,
          "a column headed Growth holds changes");
    CHECK(fig("17.25") && fig("17.25")->value == 17.25e6,
          "the caption holds for every row");
    /* a caption survives the blank line before its table */
    const char *t5 = "Key figures\n(in NZD thousands)\n\n"
                     "                 H1 2023      H1 2024    YoY change\n"
                     "Net sales         82,140       90,511        10.2%\n"
                     "\n"
                     "Staff rose to 900 from 850.\n";
    scan(t5, 2024);
    CHECK(fig("90,511") && fig("90,511")->value == 90511000.0 &&
              strcmp(fig("90,511")->unit, "NZD") == 0,
          "a caption before a blank line scales the table after it");
    CHECK(fig("10.2%") && strcmp(fig("10.2%")->role, "change") == 0,
          "a column headed YoY change holds changes");
    CHECK(!fig("900") || strcmp(fig("900")->unit, "NZD") != 0,
          "the table still ends at the blank line after it");
    /* a filing's table: numbers right-aligned, so "8.4" ends under
    ** "Millions of yen" although its column is the "%" after it; a row
    ** labelled by a date; a column headed "Yen" alone; a header that
    ** leaves the label's place empty */
    const char *filing =
        "Results.\n\n"
        "Six months ended        Millions of yen  %   Millions of yen  %\n"
        "September 30, 2026      184,362      8.4     15,207     21.6\n"
        "September 30, 2025      170,076     -2.3     12,506     -9.8\n"
        "\n"
        "Six months ended        Yen\n"
        "September 30, 2026      78.45\n"
        "\n"
        "             Millions of yen  %   Yen\n"
        "Full year    380,000      6.1     162.30\n";
    scan(filing, 2026);
    CHECK(fig("184,362") && fig("184,362")->value == 184362e6 &&
              strcmp(fig("184,362")->unit, "JPY") == 0,
          "a column headed Millions of yen");
    CHECK(fig("8.4") && strcmp(fig("8.4")->unit, "%") == 0 &&
              fig("8.4")->value == 8.4,
          "cells match the header's cells one by one");
    CHECK(fig("-9.8") && strcmp(fig("-9.8")->unit, "%") == 0,
          "and on every row");
    CHECK(fig("78.45") && strcmp(fig("78.45")->unit, "JPY") == 0 &&
              fig("78.45")->value == 78.45,
          "a header cell Yen alone heads a column");
    CHECK(fig("6.1") && strcmp(fig("6.1")->unit, "%") == 0,
          "a header without a label cell");
    CHECK(fig("162.30") && strcmp(fig("162.30")->unit, "JPY") == 0,
          "a header without a label cell, last column");
    /* a row that leaves its last cells empty only seems to have as many
    ** cells as its header: each number keeps the column it stands in */
    scan("Sales.\n\n"
         "             Sales (million yuan)    Growth (%)    Share (%)\n"
         "Beijing      1,200                   5.2\n", 2024);
    CHECK(fig("1,200") && strcmp(fig("1,200")->unit, "CNY") == 0 &&
              fig("1,200")->value == 1200e6,
          "a short row: the column it stands in");
    CHECK(fig("5.2") && strcmp(fig("5.2")->unit, "%") == 0,
          "a short row: the next column");
    /* "Won" heading a column of a sports table is no currency */
    scan("Tennis.\n\nPlayer           Won       Lost\n"
         "Nadal            1,024     211\n", 2024);
    CHECK(!fig("1,024") || strcmp(fig("1,024")->unit, "KRW") != 0,
          "Won alone is a word, not the currency");
    scan("Fleet costs (million yuan)\n\nThe city said it bought buses.\n\n"
         "Buses     Ordinary     12,000\n", 2024);
    CHECK(!fig("12,000") || strcmp(fig("12,000")->unit, "CNY") != 0,
          "prose after a caption ends the wait for its table");
    /* a unit column naming the things counted */
    const char *t6 = "Indicator        Unit          2024\n"
                     "Output           tonnes        8,300\n"
                     "Visitors         arrivals      512,000\n";
    scan(t6, 2024);
    CHECK(fig("512,000") && strcmp(fig("512,000")->unit, "count") == 0,
          "a unit column of plural nouns makes a count");
    /* a capitalised plural across a cell gap names what is counted */
    const char *t10 = "Item                 Unit         2024\n"
                      "Foreign tourists     Visitors     4,350,000\n"
                      "Airport              Terminal 2   opened\n";
    scan(t10, 2024);
    CHECK(fig("4,350,000") && strcmp(fig("4,350,000")->unit, "count") == 0,
          "Visitors   4,350,000: a count");
    CHECK(!fig("2"), "Terminal 2 stays a name");
    /* a chart's scale in brackets closing its caption is no figure */
    scan("Chart 4 Monthly cement output (10,000 tons)\n\nMills ran hot.\n",
         2024);
    CHECK(scanned.count == 0, "(10,000 tons) closing a caption: a scale");
    scan("Output rose to 8.2 million tons (10,000 tons more than planned).",
         2024);
    CHECK(fig("10,000 tons"), "a round number in brackets inside prose");
    scan("Cement output (12,500 tons)\n", 2024);
    CHECK(fig("12,500 tons"), "not a round power of ten: a figure");
    /* "..." for a missing value does not end the row */
    const char *t7 = "Region          Sales (million yuan)    y/y (%)\n"
                     "Coast           ...                     -3.5\n";
    scan(t7, 2024);
    CHECK(fig("-3.5") && fig("-3.5")->value == -3.5 &&
              strcmp(fig("-3.5")->unit, "%") == 0,
          "a cell after an ellipsis cell keeps its column");
    /* a caption line ending in its unit "(%)", a blank line, and a
    ** header of column names only */
    const char *t8 = "Chart 3 Growth of freight volumes by mode (%)\n\n"
                     "Mode                 March      Q1\n"
                     "Rail                  4.6        3.9\n"
                     "  Inland water       -1.2        0.7\n"
                     "\n"
                     "Rail carried 310 trains.\n";
    scan(t8, 2024);
    CHECK(fig("4.6") && strcmp(fig("4.6")->unit, "%") == 0 &&
              strcmp(fig("4.6")->role, "change") == 0,
          "a caption ending (%) gives the cells below their unit");
    CHECK(fig("-1.2") && fig("-1.2")->value == -1.2 &&
              strcmp(fig("-1.2")->unit, "%") == 0,
          "the caption holds for an indented row");
    CHECK(!fig("310") || strcmp(fig("310")->unit, "%") != 0,
          "the caption's table ends at the blank line");
    CHECK(!fig("3"), "the chart's number is no figure");
    scan("Output was flat (in the end)\n\nPlant   12   14\n", 2024);
    CHECK(!fig("12") || strcmp(fig("12")->unit, "%") != 0,
          "a bracket closing a line without a unit is no caption");
    /* a row labelled in its own unit under a money caption */
    const char *t9 = "Results (in US$ millions, except volumes)\n\n"
                     "                        Q1 2024     Q1 2025\n"
                     "Power sold (GWh)          41.5        44.2\n"
                     "Revenue                1,218.4     1,350.9\n";
    scan(t9, 2025);
    CHECK(fig("44.2") && fig("44.2")->value == 44.2 &&
              strcmp(fig("44.2")->unit, "GWh") == 0,
          "a row label's (GWh) overrides the caption's money");
    const char *t11 = "Item                 2024      2025     YoY (%)\n"
                      "Wind output (TWh)    88.1      97.4     10.6\n";
    scan(t11, 2025);
    CHECK(fig("97.4") && strcmp(fig("97.4")->unit, "TWh") == 0,
          "a row label's (TWh) for its level columns");
    CHECK(fig("10.6") && strcmp(fig("10.6")->unit, "%") == 0,
          "a change column keeps its (%) over the row's unit");
    scan(t9, 2025);
    CHECK(fig("1,350.9") && fig("1,350.9")->value == 1350.9e6 &&
              strcmp(fig("1,350.9")->unit, "USD") == 0,
          "the next row takes the caption's unit again");
    scan("Guidance is US$2.40 billion to US$2.48 billion.", 2024);
    CHECK(fig("US$2.40 billion to US$2.48 billion"),
          "a range with a two-token currency on both ends");
}

/* Chinese measure words count; a full-width colon does not name a number */
static void chinese_measure_words(void)
{
    EXPECT("直播间 2800个", "2800个", 2800, "count");
    EXPECT("民宿 B&Bs：568家", "568家", 568, "count");
    EXPECT("床位：1.2万张", "1.2万张", 12000, "count");
    EXPECT("带动就业 1.2万人", "1.2万人", 12000, "count");
    scan("工期 3个月", 2018);
    CHECK(!fig("3个"), "个月 is months, not a count");
    /* measures written in characters */
    EXPECT("面积1160万平方米", "1160万平方米", 11600000, "m2");
    EXPECT("面积达2.5平方公里", "2.5平方公里", 2.5, "km2");
    EXPECT("货运量320万吨", "320万吨", 3200000, "t");
    EXPECT("全程1200公里", "1200公里", 1200, "km");
    EXPECT("耗时3小时", "3小时", 3, "hour");
    EXPECT("用电45亿千瓦时", "45亿千瓦时", 4500000000.0, "kWh");
    EXPECT("高于全市4.3个百分点", "4.3个百分点", 4.3, "pp");
    EXPECT("提高1.1百分点", "1.1百分点", 1.1, "pp");
    EXPECT("软件企业达到520余家", "520余家", 520, "count");
    EXPECT("集装箱吞吐量达142.6万标箱", "142.6万标箱", 1426000, "TEU");
    EXPECT("光伏装机容量18.6吉瓦", "18.6吉瓦", 18.6, "GW");
    EXPECT("储能规模120兆瓦", "120兆瓦", 120, "MW");
    EXPECT("开行中欧班列2186列", "2186列", 2186, "count");
    /* a range whose unit is written once, after its second scale */
    scan("投资规模在30亿至50亿元之间", 2026);
    CHECK(fig("30亿至50亿元") && fig("30亿至50亿元")->low == 3e9 &&
              fig("30亿至50亿元")->high == 5e9 &&
              strcmp(fig("30亿至50亿元")->unit, "CNY") == 0,
          "30亿至50亿元 is one range in yuan");
}

static void yen_sign(void)
{
    /* the same sign is yuan in a Chinese article and yen elsewhere */
    scan("Beijing shops sold goods worth \xc2\xa5"
         "300 million.",
         2018);
    const struct figure *f = fig("\xc2\xa5"
                                 "300 million");
    CHECK(f && strcmp(f->unit, "CNY") == 0, "\xc2\xa5 in a Chinese article");
    scan("Osaka shops sold goods worth \xc2\xa5"
         "300 million.",
         2018);
    f = fig("\xc2\xa5"
            "300 million");
    CHECK(f && strcmp(f->unit, "JPY") == 0, "\xc2\xa5 elsewhere");
    /* a Tokyo filing writes "yen" and mentions sales in China */
    scan("(Amounts in millions of yen)\nNet sales were \xc2\xa5" "184.3 billion; "
         "China accounted for 19.4% and Shanghai sales grew.",
         2026);
    f = fig("\xc2\xa5" "184.3 billion");
    CHECK(f && strcmp(f->unit, "JPY") == 0, "\xc2\xa5 on a page writing yen");
    EXPECT("It invested AED15.8bn.", "AED15.8bn", 15.8e9, "AED");
    /* the clue may come after the figure */
    scan("Shops sold \xc2\xa5"
         "5 million. Later, the yuan fell.",
         2018);
    f = fig("\xc2\xa5"
            "5 million");
    CHECK(f && strcmp(f->unit, "CNY") == 0, "context read after the figure");
}

/* A bare "$" is the US's unless the page says whose dollars it writes:
** statistics offices say so once, often in a note at the end. */
static void dollar_sign(void)
{
    const char *nz = "Exports rose $512 million to $6.6 billion, and fares "
                     "rose to 25 dollars.\n\n"
                     "Note: Values are in New Zealand dollars, free on board.\n";
    scan(nz, 2026);
    CHECK(fig("$512 million") && strcmp(fig("$512 million")->unit, "NZD") == 0,
          "a note after the figures names the dollar");
    CHECK(fig("25 dollars") && strcmp(fig("25 dollars")->unit, "NZD") == 0,
          "a plain \"dollars\" follows the note too");
    scan("All amounts, unless stated otherwise, are in Canadian dollars. "
         "Sales were $4.2 billion, or US$3.1 billion.",
         2026);
    CHECK(fig("$4.2 billion") && strcmp(fig("$4.2 billion")->unit, "CAD") == 0,
          "a note before the figures, parted by commas");
    CHECK(fig("US$3.1 billion") &&
              strcmp(fig("US$3.1 billion")->unit, "USD") == 0,
          "a dollar with its country stays that country's");
    /* a currency named for one deal says nothing of the page's dollars */
    scan("The bonds were sold in Hong Kong dollars. Profit was $2 billion.",
         2026);
    CHECK(fig("$2 billion") && strcmp(fig("$2 billion")->unit, "USD") == 0,
          "a deal's currency is no note");
    scan("Figures for 2025 were revised. Profit was $2 billion, paid in "
         "Australian dollars.",
         2026);
    CHECK(fig("$2 billion") && strcmp(fig("$2 billion")->unit, "USD") == 0,
          "\"in\" a dollar with a number before it is no note");
    /* a national publisher's masthead names its country's dollar */
    scan("Statistics Canada\nHome > The Daily\n\nTotal exports fell to "
         "$64.4 billion in October.\n",
         2026);
    CHECK(fig("$64.4 billion") &&
              strcmp(fig("$64.4 billion")->unit, "CAD") == 0,
          "a masthead naming Canada");
    scan("Stats NZ Tatauranga Aotearoa\n\nValues are in US dollars. Exports "
         "rose $512 million.\n",
         2026);
    CHECK(fig("$512 million") && strcmp(fig("$512 million")->unit, "USD") == 0,
          "a note outweighs the masthead");
    scan("Canada buys jets for $2 billion\n\nThe deal was signed.\n", 2026);
    CHECK(fig("$2 billion") && strcmp(fig("$2 billion")->unit, "USD") == 0,
          "a headline with a figure is no masthead");
    scan("Hangzhou, China | Singapore desk\n\nProfit was $2 billion.\n", 2026);
    CHECK(fig("$2 billion") && strcmp(fig("$2 billion")->unit, "USD") == 0,
          "the masthead's first place decides");
    /* a headline naming a place is no masthead; a deal's prices are no
    ** note; world prices are the US's */
    scan("Trump threatens Canada with steep new tariffs\n\nThe tariffs would "
         "cover $50 billion of goods.\n",
         2026);
    CHECK(fig("$50 billion") && strcmp(fig("$50 billion")->unit, "USD") == 0,
          "a headline naming Canada");
    scan("Gold prices in Australian dollars also hit a record. Barrick earned "
         "$1.5 billion.",
         2026);
    CHECK(fig("$1.5 billion") && strcmp(fig("$1.5 billion")->unit, "USD") == 0,
          "prices in Australian dollars are no note");
    scan("Statistics Canada\n\nGold traded at $2,400 an ounce; exports were "
         "$5 billion.\n",
         2026);
    CHECK(fig("$2,400") && strcmp(fig("$2,400")->unit, "USD") == 0 &&
              fig("$5 billion") && strcmp(fig("$5 billion")->unit, "CAD") == 0,
          "an ounce of gold is priced in US dollars");
    /* a page about Canada that writes the US's dollars "US$" means its
    ** own by "$" (not Reuters' "C$1.5 billion ($1.1 billion)") */
    scan("FINANCIAL POST\n\nQuebec lures data centre\n\nMONTREAL - The "
         "Quebec campus near Montreal will cost $4.8 billion, with US$650 "
         "million of chips; Ottawa and Quebec backed it.\n",
         2026);
    CHECK(fig("$4.8 billion") && strcmp(fig("$4.8 billion")->unit, "CAD") == 0,
          "the Financial Post's bare dollars");
    scan("TORONTO - The Toronto firm will spend C$1.5 billion ($1.1 billion) "
         "in Toronto, Ontario and Montreal, and US$2 million elsewhere.\n",
         2026);
    CHECK(fig("$1.1 billion") && strcmp(fig("$1.1 billion")->unit, "USD") == 0,
          "Reuters' style: C$ written, so $ is the US's");
    /* the page's dollar holds for its cents and implicit amounts */
    scan("Stats NZ\n\nPetrol cost $2.85 a litre, up 12 cents. The council "
         "took a loan of 3 billion (US$1.8 billion).\n",
         2026);
    CHECK(fig("12 cents") && strcmp(fig("12 cents")->unit, "NZD") == 0 &&
              fig("3 billion") && strcmp(fig("3 billion")->unit, "NZD") == 0,
          "cents and implicit amounts on a Stats NZ page");
    EXPECT("It cost $5 million Australian dollars.",
           "$5 million Australian dollars", 5e6, "AUD");
    EXPECT("It cost US$5 million dollars.", "US$5 million dollars", 5e6, "USD");
}

static void pairs(void)
{
    scan("The park drew 12.5 billion yuan (US$1.8 billion) last year.", 2018);
    const struct figure *a = fig("12.5 billion yuan");
    const struct figure *b = fig("US$1.8 billion");
    CHECK(a && b, "both amounts of a pair");
    if (a && b) {
        CHECK(a->pair == 1 && b->pair == 0, "pair links both ways");
        CHECK_STR(b->unit, "USD", "the converted amount");
        CHECK(a->period == 2017 && b->period == 2017,
              "the pair shares its period");
    }
    scan("Zhejiang exports 9 billion yuan ($1.3 billion) of tea.", 2018);
    CHECK(scanned.count == 2 && scanned.items[0].pair == 1,
          "bare $ inside brackets pairs");

    /* implicit currency from the converted amount in a Chinese article */
    scan("The shop in Hangzhou had sales of 104 million "
         "(US$14.65 million).",
         2018);
    a = fig("104 million");
    CHECK(a != NULL, "104 million found");
    if (a) {
        CHECK_STR(a->unit, "CNY", "implicit yuan");
        CHECK(a->implicit, "implicit flag");
        CHECK(a->pair == 1, "implicit amount paired");
    }
    scan("A shop in Lyon had sales of 10 million (US$11 million), "
         "after 9 million euros a year before.",
         2018);
    a = fig("10 million");
    CHECK(a && strcmp(a->unit, "EUR") == 0 && a->implicit,
          "implicit currency: the one the article uses");
    scan("It had sales of 10 million (US$11 million).", 2018);
    a = fig("10 million");
    CHECK(a && !a->implicit && strcmp(a->unit, "count") == 0,
          "no context: no currency is made up");
}

static void percent_points_times(void)
{
    EXPECT("Growth was 6.5 percent.", "6.5 percent", 6.5, "%");
    EXPECT("Growth was 6.5 per cent.", "6.5 per cent", 6.5, "%");
    EXPECT("Growth was 6.5%.", "6.5%", 6.5, "%");
    EXPECT("Growth was 6.5 %.", "6.5 %", 6.5, "%");
    EXPECT("The rate rose 1.2 percentage points.", "1.2 percentage points", 1.2,
           "pp");
    /* points after a percentage, in a sentence naming no index, are
    ** percentage points; an index's points, or a level reached, are not */
    EXPECT("The occupancy rate stood at 62.0%, up 1.1 points.", "1.1 points",
           1.1, "pp");
    EXPECT("The index rose 0.4%, or 6.2 points.", "6.2 points", 6.2, "point");
    EXPECT("The benchmark rose 0.4% to 1,602.35 points.", "1,602.35 points",
           1602.35, "point");
    EXPECT("The digital economy crosses 10 pc of GDP.", "10 pc", 10, "%");
    EXPECT("The Nikkei fell 1.2% while the Topix shed 14.6 points.",
           "14.6 points", 14.6, "point");
    EXPECT("Confidence rose 2.1%, with the expectations gauge up 4.6 points.",
           "4.6 points", 4.6, "point");
    EXPECT("Sales were five times those of rivals.", "five times", 5, "x");
    EXPECT("Profit grew 2.5-fold.", "2.5-fold", 2.5, "x");
    EXPECT("Profit grew threefold.", "threefold", 3, "x");
    EXPECT("Chips are 10x faster.", "10x", 10, "x");
    EXPECT_NONE("She calls three times a week.");
    EXPECT("The chip trains models twice as fast as rivals.", "twice", 2, "x");
    EXPECT("Value added will reach about twice the 2020 level.", "twice", 2,
           "x");
    EXPECT_NONE("The board met twice a year.");
    EXPECT_NONE("He called twice, then left.");
    EXPECT_NONE("Twice this month they missed the chance.");
    /* "a day" is a frequency, "a normal day's" the base of a multiple */
    EXPECT("Traffic hit 1.8 times a normal day's load.", "1.8 times", 1.8,
           "x");
    EXPECT_NONE("The ferry sails four times each week.");
    /* a bare number stated of a ratio is a multiple */
    scan("The ratio of exports to imports rose to 1.35, from 1.2.", 2018);
    CHECK(fig("1.35") && strcmp(fig("1.35")->unit, "x") == 0 && fig("1.2") &&
              strcmp(fig("1.2")->unit, "x") == 0,
          "a ratio and its base are multiples");
    scan("The ratio fell, while sales rose 4% and reached 900.", 2018);
    CHECK(fig("900") && strcmp(fig("900")->unit, "count") == 0,
          "a figure in between ends the ratio's reach");
    EXPECT("The loan ratio reached 61.5 percent.", "61.5 percent", 61.5, "%");
}

static void measures(void)
{
    EXPECT("The zone covers 125 square kilometers.", "125 square kilometers",
           125, "km2");
    EXPECT("The zone covers 125 sq km.", "125 sq km", 125, "km2");
    EXPECT("Output fell to 462.5 million kilogrammes.",
           "462.5 million kilogrammes", 462.5e6, "kg");
    EXPECT("Russia will cut exports by 300,000 bpd.", "300,000 bpd", 300000,
           "bbl/d");
    /* "averaged" reaches a bare number; an average as a noun does not */
    EXPECT("Attendance averaged 38,500 last season.", "38,500", 38500,
           "count");
    /* the level a counted change reached takes its unit */
    EXPECT("Jobless claims fell by 20,000 to 201,000.", "201,000", 201000,
           "count");
    EXPECT("The Sensex rose 320 points to 65,400.", "65,400", 65400, "point");
    scan("Prices rose 5% to 120 on the day.", 2023);
    CHECK(scanned.count == 1, "after a percentage the level's unit is unknown");
    scan("The 30-day average was set in 2019.", 2023);
    CHECK(scanned.count == 0, "a 30-day average");
    EXPECT("The mall has 80,000 square metres of space.",
           "80,000 square metres", 80000, "m2");
    EXPECT("The road is 42 kilometres long.", "42 kilometres", 42, "km");
    EXPECT("The road is 42km long.", "42km", 42, "km");
    EXPECT("The tower is 632 meters tall.", "632 meters", 632, "m");
    EXPECT("The course lasts 16 weeks.", "16 weeks", 16, "week");
    EXPECT("He served for four years.", "four years", 4, "year");
    EXPECT("Talks lasted 3 days.", "3 days", 3, "day");
    EXPECT("The farm grows 5,000 tonnes of tea.", "5,000 tonnes", 5000, "t");
    EXPECT("The plant makes 1.2 million kWh a day.", "1.2 million kWh", 1.2e6,
           "kWh");
    EXPECT("The drive stores 2 TB.", "2 TB", 2, "TB");
    EXPECT("The farm adds 300 MW of solar.", "300 MW", 300, "MW");
    EXPECT("The phone has 8GB of memory.", "8GB", 8, "GB");
    EXPECT("It was 38 degrees Celsius.", "38 degrees Celsius", 38, "°C");
    EXPECT("The port handled 35.3 million TEUs.", "35.3 million TEUs",
           35.3e6, "TEU");
    EXPECT("The hub offers 2.5 EFLOPS of computing power.", "2.5 EFLOPS",
           2.5, "EFLOPS");
    EXPECT("The machine reached 300 petaflops.", "300 petaflops", 300,
           "PFLOPS");
    EXPECT("Data stored will reach 40 ZB.", "40 ZB", 40, "ZB");
    EXPECT("Latency fell to 20 milliseconds.", "20 milliseconds", 20, "ms");
    EXPECT("Arrivals averaged 10.33 mln barrels per day.",
           "10.33 mln barrels per day", 10.33e6, "bbl/d");
    EXPECT("Speeds exceeded 300 megabits per second.",
           "300 megabits per second", 300, "Mbps");
    EXPECT("The index fell to 85.2 points in January.", "85.2 points", 85.2,
           "point");
}

/* currency prefixes written glued or spaced, and cents of that money */
static void prefixes_and_cents(void)
{
    EXPECT("Sales may reach about RM138 billion.", "RM138 billion", 138e9,
           "MYR");
    EXPECT("Sales may reach RM 2.5 million.", "RM 2.5 million", 2.5e6, "MYR");
    EXPECT("The market is worth Rp1,413 trillion.", "Rp1,413 trillion",
           1413e12, "IDR");
    EXPECT("A dividend of HK4.5 cents per share was paid.", "HK4.5 cents",
           0.045, "HKD");
    EXPECT("A stamp costs 55 cents.", "55 cents", 0.55, "USD");
    /* a range with the prefix written twice is one range */
    EXPECT("It will spend HK$220 million to HK$250 million.",
           "HK$220 million to HK$250 million", 220e6, "HKD");
    /* a lower-case "rm" or "rp" is not a currency */
    scan("Type rm 5 times to clear it.", 2024);
    CHECK(!fig("rm 5 times") && fig("5 times"), "rm is a command here");
}

static void feet_and_inches(void)
{
    EXPECT("It leased 450,000 sq ft of offices.", "450,000 sq ft", 450000,
           "ft2");
    EXPECT("They bought a 2,400-square-foot home.", "2,400-square-foot", 2400,
           "ft2");
    EXPECT("It opened a 1.5 million-square-foot plant.",
           "1.5 million-square-foot", 1.5e6, "ft2");
    EXPECT("The mall adds 80,000 square feet.", "80,000 square feet", 80000,
           "ft2");
    EXPECT("The phone has a 6.1-inch screen.", "6.1-inch", 6.1, "in");
    EXPECT("Snow fell 14 inches deep.", "14 inches", 14, "in");
    /* feet alone stay a length */
    EXPECT("The wall is 40 feet tall.", "40 feet", 40, "ft");
}

/* a quoted name inside a counted noun */
static void quoted_nouns(void)
{
    EXPECT("The city will cultivate 100 new \"little giant\" enterprises.",
           "100 new \"little giant\" enterprises", 100, "count");
    EXPECT("It named 3 \xe2\x80\x9cstar\xe2\x80\x9d firms this year.",
           "3 \xe2\x80\x9cstar\xe2\x80\x9d firms", 3, "count");
    /* a quote that never closes, or a quoted remark, is not a noun */
    scan("She scored 12 \"points.", 2024);
    CHECK(!fig("12 \"points"), "an unclosed quote");
    scan("He said 100 \"is too many\".", 2024);
    CHECK(scanned.count == 0, "a quoted remark after the number");
}

/* quarters counted are a span of time, not things */
static void quarter_spans(void)
{
    scan("Our pipeline is the strongest it has been in eight quarters.", 2024);
    CHECK(scanned.count == 0, "in eight quarters");
    scan("Margins fell for three straight quarters.", 2024);
    CHECK(scanned.count == 0, "three straight quarters");
    EXPECT("It opened 5 regional headquarters.", "5 regional headquarters", 5,
           "count");
}

/* a level an index goes to is in points */
static void index_levels(void)
{
    EXPECT("The Hang Seng Index jumped 1.9% to 24,112.36 on Monday.",
           "24,112.36", 24112.36, "point");
    EXPECT("She sees the index reaching 27,000 by year-end.", "27,000", 27000,
           "point");
    /* another clause, or no index named: unknown */
    scan("The index fell 3%, and prices rose to 120 on the day.", 2023);
    CHECK(!fig("120") || strcmp(fig("120")->unit, "point") != 0,
          "a comma ends the index's clause");
    scan("Prices rose 5% to 120 on the day.", 2023);
    CHECK(!fig("120"), "no index named");
}

/* a capitalised word before a percentage does not name it */
static void names_before_percent(void)
{
    EXPECT("Asia took half, and Europe 27.1 per cent.", "27.1 per cent", 27.1,
           "%");
    EXPECT("Officials said Trump's 25% tariffs took effect.", "25%", 25, "%");
    EXPECT("Trump's 25 percent tariffs took effect.", "25 percent", 25, "%");
    /* without a percent the name still names the number */
    scan("Airlines bought the Boeing 737 last year.", 2024);
    CHECK(!fig("737"), "Boeing 737");
    scan("It runs on Windows 11 now.", 2024);
    CHECK(!fig("11"), "Windows 11");
    /* nor before a measure, a thousands separator or a table's gap */
    EXPECT("It shipped to Asia 15 tonnes.", "15 tonnes", 15, "t");
    scan("Japan's trade, October 2025\n"
         "                Value (bn yen)    Change (%)\n"
         "Exports                9,580.4          +3.6\n"
         "  to Asia              4,902.6          +5.2\n"
         "  to Europe              902.6          +1.1\n", 2025);
    CHECK(fig("4,902.6") && strcmp(fig("4,902.6")->unit, "JPY") == 0,
          "to Asia   4,902.6");
    CHECK(fig("902.6") && strcmp(fig("902.6")->unit, "JPY") == 0,
          "to Europe   902.6");
    /* Chinese-style scales in a header, a caption or a "Unit:" line */
    scan("Output by city, 2025\n"
         "City          Output (100 million yuan)     Growth (%)\n"
         "Hangzhou                 1,250.5                 12.3\n", 2025);
    CHECK(!fig("100 million yuan"), "a header's scale is not a figure");
    CHECK(fig("1,250.5") && fig("1,250.5")->value == 125050000000.0,
          "(100 million yuan) scales its column");
    scan("Revenue by segment (RMB 10,000)\n"
         "Segment            2025          2024\n"
         "Knitting       51,236.2      43,280.5\n", 2025);
    CHECK(!fig("RMB 10,000"), "a caption's scale is not a figure");
    CHECK(fig("51,236.2") && fig("51,236.2")->value == 512362000.0,
          "(RMB 10,000) scales the block");
    scan("Unit: 100 million yuan\n"
         "City              Output     Growth (%)\n"
         "Hangzhou         1,250.5         12.3\n", 2025);
    CHECK(!fig("100 million yuan"), "a Unit: line is not a figure");
    CHECK(fig("1,250.5") && fig("1,250.5")->value == 125050000000.0 &&
              strcmp(fig("1,250.5")->unit, "CNY") == 0,
          "Unit: 100 million yuan scales the table");
    /* tables parted by tabs, a "Unit:" line naming no scale, the year of
    ** a cell by its place in the row */
    scan("Unit: Yuan    Currency: RMB\n\n"
         "Item\tReporting period\tYoY change (%)\n"
         "Operating revenue\t1,284,516,230.45\t46.31\n", 2026);
    CHECK(fig("1,284,516,230.45") &&
              strcmp(fig("1,284,516,230.45")->unit, "CNY") == 0 &&
              fig("1,284,516,230.45")->value == 1284516230.45,
          "Unit: Yuan gives a tabbed table's cells their currency");
    CHECK(fig("46.31") && strcmp(fig("46.31")->unit, "%") == 0,
          "a tabbed (%) column is in percent");
    scan("Table: GDP growth (%)\n\n"
         "Economy\t2025\t2026 forecast\n"
         "PRC\t5.0\t4.8\n", 2026);
    CHECK(fig("5.0") && fig("5.0")->period == 2025 && fig("4.8") &&
              fig("4.8")->period == 2026,
          "a tabbed cell takes the year of its place in the header");
    /* a row of units between tabs that leaves the labels' cell empty:
    ** its cells line up with the header's by order, so "%" falls on the
    ** change column (it fell under "billion yuan" when the empty cell
    ** went uncounted) */
    scan("Output by region\n\n"
         "Region\t2025\t2026\tChange\n"
         "\tbillion yuan\tbillion yuan\t%\n"
         "Zhejiang\t1,204.5\t1,310.2\t8.8\n", 2026);
    CHECK(fig("1,310.2") && fig("1,310.2")->value == 1310200000000.0 &&
              strcmp(fig("1,310.2")->unit, "CNY") == 0 &&
              fig("1,310.2")->period == 2026,
          "a tabbed unit row with an empty first cell scales its columns");
    CHECK(fig("8.8") && strcmp(fig("8.8")->unit, "%") == 0 &&
              strcmp(fig("8.8")->role, "change") == 0,
          "... and its last cell is the change column's percent");
    scan("Output by region\n\n"
         "\t2025\t2026\tChange\n"
         "\tbillion yuan\tbillion yuan\t%\n"
         "Zhejiang\t1,204.5\t1,310.2\t8.8\n", 2026);
    CHECK(fig("8.8") && strcmp(fig("8.8")->unit, "%") == 0 &&
              strcmp(fig("8.8")->role, "change") == 0 &&
              fig("1,204.5") && fig("1,204.5")->period == 2025,
          "... so does one under a header row with an empty first cell");
    /* "12-month rate (per cent)" heads a column (its "12" is no data)
    ** of changes under talk of prices; "(2015=100)" makes a sentence's
    ** bare numbers an index's levels */
    scan("Consumer prices\n\nThe CPI (2015=100) was 139.4 in November, "
         "compared with 139.7 in October.\n\n"
         "Table 1. Consumer price index (2015=100). Main groups\n"
         "\tIndex Nov. 2026\tChange Oct.-Nov. 2026 (per cent)\t"
         "12-month rate (per cent)\n"
         "Transport\t136.3\t-1.1\t1.7\n", 2026);
    CHECK(fig("139.7") && strcmp(fig("139.7")->unit, "point") == 0,
          "(2015=100) makes a bare number an index level");
    CHECK(fig("136.3") && strcmp(fig("136.3")->unit, "point") == 0 &&
              fig("1.7") && strcmp(fig("1.7")->unit, "%") == 0 &&
              strcmp(fig("1.7")->role, "change") == 0,
          "a 12-month rate column of a price table is a change in %");
    /* "Index (2015=100)" heads a column (its base is no data, and no
    ** year of the rows below) */
    scan("Annual changes by commodity group, October 2026\n\n"
         "Commodity group\tIndex (2015=100)\tAnnual change, %\t"
         "Impact on annual change, percentage points\n"
         "Transport\t121.05\t-0.9\t-0.13\n", 2026);
    CHECK(fig("121.05") && strcmp(fig("121.05")->unit, "point") == 0 &&
              fig("121.05")->period == 2026 && fig("-0.13") &&
              strcmp(fig("-0.13")->unit, "pp") == 0,
          "an Index (2015=100) column of points, dated by the article");
    /* "Per cent" alone under a row of months, in a block that says its
    ** numbers are changes */
    scan("Trade in goods, seasonally adjusted. Change on previous month\n"
         "\tAug. 2026\tSep. 2026\tOct. 2026\n\tPer cent\n"
         "Exports of goods\t1.6\t1.4\t-2.4\n", 2026);
    CHECK(fig("-2.4") && strcmp(fig("-2.4")->unit, "%") == 0 &&
              strcmp(fig("-2.4")->role, "change") == 0,
          "Per cent alone under a row of months: changes in percent");
    /* a caption with no full stop runs into the tab header below it; the
    ** header leaves the labels' cell empty and groups its last columns */
    scan("Table 1: Real GDP by sector\n(Annual change, %)\n"
         "\t% share\t2025\t2026\n\t\t3Q\t2Q\t3Q\n"
         "Services\t59.2\t5.3\t5.0\t5.4\n", 2026);
    CHECK(fig("59.2") && strcmp(fig("59.2")->role, "share") == 0,
          "the % share column under a header with an empty first cell");
    CHECK(fig("5.4") && strcmp(fig("5.4")->unit, "%") == 0 &&
              strcmp(fig("5.4")->role, "change") == 0,
          "columns past the header's end take the caption's annual change");
    /* "Nov-25" heads a year's column, not data; "Variation over year
    ** (bps)" a column of changes in basis points; a label that holds a
    ** currency's word ("rupee loans") is no unit column */
    scan("Lending rates\n(Per cent)\n"
         "Item\tNov-25\tOct-26\tNov-26\tVariation over year (bps)\n"
         "WALR - Fresh rupee loans\t9.63\t8.83\t8.71\t-92\n", 2026);
    CHECK(fig("9.63") && strcmp(fig("9.63")->unit, "%") == 0 &&
              fig("9.63")->period == 2025 && fig("8.71") &&
              fig("8.71")->period == 2026,
          "Nov-25 and Nov-26 head their years' columns of per cent");
    CHECK(fig("-92") && strcmp(fig("-92")->unit, "bp") == 0 &&
              strcmp(fig("-92")->role, "change") == 0,
          "a Variation (bps) column is a change in basis points");
    /* heads a week apart name days, not years (from the session's review) */
    scan("Average pump prices (USD per gallon)\n"
         "Fuel\tNov-10\tNov-17\tNov-24\nRegular\t3.12\t3.15\t3.19\n", 2026);
    CHECK(fig("3.12") && fig("3.12")->period == 2026 && fig("3.19") &&
              fig("3.19")->period == 2026,
          "Nov-10, Nov-17, Nov-24 are days: no years 2010, 2017, 2024");
    /* an annual rate of a loan or a bill is a level */
    scan("Lending rates\nLoan type\tAnnual rate (%)\nWorking capital\t6.85\n\n"
         "Bill auction\nAuction\t3-month rate (%)\t12-month rate (%)\n"
         "No. 45\t4.12\t4.35\n", 2026);
    CHECK(fig("6.85") && strcmp(fig("6.85")->role, "level") == 0 &&
              fig("4.35") && strcmp(fig("4.35")->role, "level") == 0,
          "annual and 12-month rates of loans and bills are levels");
    /* a row label in "(persons)" counts its cells */
    scan("Indicators\n\tOct 2025\tOct 2026\n"
         "Foreign tourist arrivals (persons)\t2,386,412\t2,741,305\n", 2026);
    CHECK(fig("2,741,305") && strcmp(fig("2,741,305")->unit, "count") == 0,
          "(persons) after a row's label makes its cells counts");
    /* a header naming things counted heads whole numbers; "Annual rate
    ** (%)" of hotel stays is a change; an occupancy rate is a share */
    scan("Stays by region. November 2026\n"
         "\tOvernight stays\tAnnual rate (%)\tOccupancy rate by places (%)\n"
         "Canarias\t6,904,218\t2.6\t75.4\n", 2026);
    CHECK(fig("6,904,218") && strcmp(fig("6,904,218")->unit, "count") == 0,
          "Overnight stays heads a column of counts");
    CHECK(fig("2.6") && strcmp(fig("2.6")->role, "change") == 0 &&
              fig("75.4") && strcmp(fig("75.4")->role, "share") == 0,
          "Annual rate (%) is a change, an occupancy rate a share");
    scan("Deposits\n\tSavings\tAnnual rate (%)\nBank A\t1,200\t3.5\n", 2026);
    CHECK(!fig("1,200") && fig("3.5") && strcmp(fig("3.5")->role, "change") != 0,
          "... but savings are money, not counts, and an interest rate a level");
    scan("GDP growth (%)\n"
         "Economy   2025   2026\n"
         "PRC   5.0   4.8\n", 2026);
    CHECK(fig("5.0") && fig("5.0")->period == 2025 && fig("4.8") &&
              fig("4.8")->period == 2026,
          "cells that do not line up under their years still count in order");
    scan("表1 主要指标\n单位：亿元，%\n"
         "指标名称\t1-10月\t同比增长\n"
         "软件业务收入\t386.5\t14.2\n", 2026);
    CHECK(fig("386.5") && fig("386.5")->value == 38650000000.0 &&
              strcmp(fig("386.5")->unit, "CNY") == 0,
          "单位：亿元 scales the table; 1-10月 heads a column, no data");
    CHECK(fig("14.2") && strcmp(fig("14.2")->unit, "%") == 0,
          "同比增长 under 单位：亿元，% is in percent");
    scan("Retail turnover, October 2026\n"
         "Industry            Turnover (A$m)     Monthly change (%)\n"
         "Food retailing           15,214.3                  -0.2\n", 2026);
    CHECK(fig("15,214.3") && fig("15,214.3")->value == 15214300000.0 &&
              strcmp(fig("15,214.3")->unit, "AUD") == 0,
          "(A$m) scales its column to millions");
    scan("附表：主要指标\n指标\t单位\t1-9月\t同比增长(%)\n"
         "数字经济核心产业增加值\t亿元\t287.6\t9.1\n", 2026);
    CHECK(fig("287.6") && fig("287.6")->value == 28760000000.0 &&
              strcmp(fig("287.6")->unit, "CNY") == 0,
          "a unit column's 亿元 scales the row's number");
    scan("The register lists them.\n\n"
         "Shareholder   Shares held   Ratio (%)\n"
         "Zhu Mingyuan   41,600,000   10.40\n", 2026);
    CHECK(fig("10.40") && strcmp(fig("10.40")->unit, "%") == 0,
          "a number beside a cell of no unit, under a header, is data");
    EXPECT("Sales rose to 100 million yuan (US$14 million).",
           "100 million yuan", 100000000, "CNY");
    scan("It built the Industry 4.0 plant for Fortune 500 firms.", 2024);
    CHECK(!fig("4.0") && !fig("500"), "Industry 4.0, Fortune 500");
    /* ranges: "one to", a span verb or "down from" before "from", points */
    EXPECT("Parcels take one to two days.", "one to two days", 1, "day");
    EXPECT("Costs range from US$9 million to US$11 million.",
           "US$9 million to US$11 million", 9000000, "USD");
    EXPECT("It fell to 8-10 days, down from 15 to 20 days in 2023.",
           "15 to 20 days", 15, "day");
    EXPECT("It could lift output by 0.5 to 0.7 percentage points.",
           "0.5 to 0.7 percentage points", 0.5, "pp");
    EXPECT("Margins rose 2.3pp to 5%.", "2.3pp", 2.3, "pp");
    scan("Sales rose from 5 million yuan to 7 million yuan.", 2024);
    CHECK(fig("5 million yuan") && fig("7 million yuan"),
          "a change's two ends stay two figures");
    scan("Ticket prices went up from $5 to $7.", 2024);
    CHECK(fig("$5") && fig("$7"), "'went up from' is a change, not a range");
    EXPECT("About 12 percent of drivers over 70 years old crashed.",
           "70 years", 70, "year");
    EXPECT("The leaked archive (ZIP, 40 GB) held mail.", "40 GB", 40, "GB");
    EXPECT("It set aside a reserve (100 million yuan)   and hired staff.",
           "100 million yuan", 100000000, "CNY");
    /* "over" a span after what a figure is of */
    scan("It would add 0.7 percentage points of GDP over five years.", 2024);
    CHECK(!fig("five years"), "over five years: a span");
    CHECK(!fig("4.0") && !fig("500"), "Industry 4.0, Fortune 500");
}

/* bare counts: "of which", last year's in brackets, "the number of" */
static void more_bare_counts(void)
{
    /* an acronym that spells a small word, an owner, a capital scale */
    EXPECT("The ministry trained 12,000 IT specialists.",
           "12,000 IT specialists", 12000, "count");
    EXPECT("The report covers ADB's 46 developing member economies.",
           "46 developing member economies", 46, "count");
    EXPECT("Pix Hits Record 7.3 Billion Transactions", "7.3 Billion Transactions",
           7.3e9, "count");
    EXPECT("Members rose to 412,000, of which more than 61,000 were abroad.",
           "61,000", 61000, "count");
    EXPECT("It employed 1,836 full-time employees (2023: 1,612).", "1,612",
           1612, "count");
    EXPECT("The number of active merchants rose by 15% to about 412,000.",
           "412,000", 412000, "count");
    /* a bracketed year after money, or no "number of": not a count */
    scan("Sales rose 5% to 120,000 on the day.", 2023);
    CHECK(!fig("120,000") || strcmp(fig("120,000")->unit, "count") != 0,
          "no number of things named");
    scan("Cash was 8.6% (2023: 11.2) of equity.", 2024);
    CHECK(!fig("11.2"), "a bracketed base after a percentage");
}

/* a rate touched after a rate quoted is the same rate */
static void rate_again(void)
{
    scan("The yen was at 148.25 per dollar after touching 146.54 on Tuesday.",
         2025);
    CHECK(fig("146.54") && strcmp(fig("146.54")->unit, "JPY") == 0 &&
              fig("146.54")->implicit,
          "146.54 yen per dollar");
    /* another clause: nothing to inherit */
    scan("The yen was at 148.25 per dollar. Stocks after touching 146.54 fell.",
         2025);
    CHECK(!fig("146.54") || strcmp(fig("146.54")->unit, "JPY") != 0,
          "a new sentence");
}

static void counts(void)
{
    EXPECT("Tokyo eyes 60m visitors by 2030.", "60m visitors", 6e7, "count");
    EXPECT("The tower is 60m tall.", "60m", 60, "m");
    EXPECT("A 4.2-megawatt rooftop array.", "4.2-megawatt", 4.2, "MW");
    scan("The city has introduced 565 digital economy-based projects.", 2018);
    const struct figure *f = fig("565 digital economy-based projects");
    CHECK(f && strcmp(f->unit, "count") == 0 && f->noun &&
              strcmp(f->noun, "digital economy-based projects") == 0,
          "count with a head phrase");
    if (!f)
        show();
    scan("A total of 2,507 4G base stations were built.", 2018);
    f = fig("2,507 4G base stations");
    CHECK(f && f->value == 2507 && f->noun &&
              strcmp(f->noun, "4G base stations") == 0,
          "2,507 4G base stations: one figure");
    CHECK(scanned.count == 1, "4G is not a figure");
    /* a verb after the plural ends the noun; a plural modifier does not */
    EXPECT("About 1.2 billion shares changed hands on Friday.",
           "1.2 billion shares", 1.2e9, "count");
    EXPECT("It has 42,000 online shops selling plants.", "42,000 online shops",
           42000, "count");
    EXPECT("The city built 300 sports venues.", "300 sports venues", 300,
           "count");
    /* long noun phrases: six words, an "and" between modifiers */
    scan("The fair showed 12 regional smart city transport pilot "
         "schemes.", 2018);
    CHECK(fig("12 regional smart city transport pilot schemes"),
          "six words before a plural");
    scan("It listed 9 cultural and creative industry parks.", 2018);
    f = fig("9 cultural and creative industry parks");
    CHECK(f && f->noun &&
              strcmp(f->noun, "cultural and creative industry parks") == 0,
          "an and between modifiers");
    scan("It counted 40 firms and banks in the zone.", 2018);
    f = fig("40 firms");
    CHECK(f && strcmp(f->noun, "firms") == 0,
          "no and after the plural head");
    scan("The county has 120 licensed B&Bs.", 2018);
    CHECK(fig("120 licensed B&Bs"), "B&Bs, an acronym plural");
    /* a spelled count after a possessive; not after "the" */
    scan("The mill said its four paper machines run all day.", 2018);
    CHECK(fig("four paper machines"), "its four paper machines");
    scan("Talks between the two neighbours resumed.", 2018);
    CHECK(scanned.count == 0, "the two neighbours: no figure");
    /* "top" as a verb, not a rank */
    scan("Exports top 2.5 billion euros this year.", 2024);
    f = fig("2.5 billion euros");
    CHECK(f && f->approx && strcmp(f->approx, "over") == 0,
          "exports top 2.5 billion euros: over");
    scan("Visitors top 80,000 at the fair.", 2024);
    CHECK(fig("80,000"), "a plural subject before top");
    scan("Among the top 20 suppliers, four are local.", 2024);
    CHECK(!fig("20 suppliers"), "the top 20 suppliers: a rank");
    scan("It now has 300 people and 12 children.", 2018);
    CHECK(fig("300 people") && fig("12 children"), "irregular plurals");
    scan("The firm has 32 employees in its office.", 2018);
    f = fig("32 employees");
    CHECK(f && f->noun && strcmp(f->noun, "employees") == 0,
          "noun stops at a preposition");
    scan("The region has 3 million residents.", 2018);
    f = fig("3 million residents");
    CHECK(f && f->value == 3e6 && strcmp(f->noun, "residents") == 0,
          "scaled count with a noun");
    scan("Another 5.5 million were hired.", 2018);
    f = fig("5.5 million");
    CHECK(f && strcmp(f->unit, "count") == 0 && f->noun == NULL,
          "scaled count without a noun");
    /* bare counts pointing back to things named before */
    EXPECT("The county runs 90 clinics and 35 of them open at night.", "35",
           35, "count");
    EXPECT("Of the 40 ships ordered, 12 were tankers.", "12", 12, "count");
    EXPECT("Of these, 1,850 went to Chile.", "1,850", 1850, "count");
    EXPECT("The shop now has 41 staff, six more than last year.", "six", 6,
           "count");
    EXPECT("Its crew grew from nine sailors to 14.", "14", 14, "count");
    EXPECT("Clinics number 7.2 for every 10,000 people.", "7.2", 7.2,
           "count");
    EXPECT("Ports added 3,100 berths, bringing the total to 9,400.", "9,400",
           9400, "count");
    EXPECT("Farm jobs fell by about 12,000 in May.", "12,000", 12000,
           "count");
    scan("Osaka and Kobe followed with 8,100 and 6,900, respectively.", 2024);
    CHECK(fig("8,100") && fig("6,900"), "both numbers before respectively");
    scan("It employs 26 people in e-commerce roles, against 110 in farming.",
         2024);
    CHECK(fig("110") && strcmp(fig("110")->noun, "people") == 0,
          "a hyphenated word between a count and its base");
    EXPECT("Hiring beat the 95,000 gain analysts expected.", "95,000", 95000,
           "count");
    EXPECT("March's increase was 61,000.", "61,000", 61000, "count");
    scan("The score's increase was 61.", 2024);
    CHECK(scanned.count == 0, "a small bare change after was: no count");
    scan("The index rose by 12 in May.", 2024);
    CHECK(scanned.count == 0, "a small bare change: no count");
    scan("He said one of them left.", 2024);
    CHECK(scanned.count == 0, "one of them: no figure");
    EXPECT("The number of members reached 300.", "300", 300, "count");
    EXPECT("Over 90 firms came, including 14 from Ghana.", "14", 14, "count");
    /* a bare base of a comparison counts what it is compared with */
    scan("Over 1,800 projects are under way, up from 1,100 at the end of "
         "2020.",
         2021);
    f = fig("1,100");
    CHECK(f && f->value == 1100 && f->noun &&
              strcmp(f->noun, "projects") == 0,
          "up from 1,100: projects");
    scan("It delivers 410,000 orders a week, against 345,000 in the autumn.",
         2021);
    f = fig("345,000");
    CHECK(f && f->noun && strcmp(f->noun, "orders") == 0, "against 345,000");
    scan("Guests numbered 1,600, compared with about 1,000 at the first "
         "edition.",
         2021);
    f = fig("1,000");
    CHECK(f && strcmp(f->unit, "count") == 0 && f->approx &&
              strcmp(f->approx, "about") == 0,
          "compared with about 1,000");
    scan("Sales reached $2 billion, up from 1.5 in 2019.", 2021);
    f = fig("1.5");
    CHECK(f && f->value == 1.5e9 && strcmp(f->unit, "USD") == 0 && f->implicit,
          "up from 1.5: the scale and currency of $2 billion");
    scan("The chain will close 14 of its 31 stores.", 2021);
    f = fig("14");
    CHECK(f && f->noun && strcmp(f->noun, "stores") == 0 && fig("31 stores"),
          "14 of its 31 stores");
    scan("The province is home to 38 of the country's 312 giant firms.", 2026);
    f = fig("38");
    CHECK(f && f->noun && strcmp(f->noun, "giant firms") == 0,
          "38 of the country's 312 giant firms");
    scan("Only 2 of the bank's 2024 deals closed.", 2026);
    CHECK(!fig("2") || !fig("2")->noun, "a year after a possessive is no whole");
    scan("Payrolls grew by about 150,000 to 200,000 jobs.", 2026);
    CHECK(fig("150,000 to 200,000 jobs") &&
              fig("150,000 to 200,000 jobs")->low == 150000,
          "by about X to Y of like size is one range");
    scan("The number of online sellers fell by about 8,300 to 412,000.", 2026);
    CHECK(fig("8,300") && fig("8,300")->value == 8300 &&
              !isnan(fig("8,300")->value) && isnan(fig("8,300")->low) &&
              fig("412,000") && strcmp(fig("412,000")->unit, "count") == 0,
          "fell by about 8,300 to 412,000: a change and a level, no range");
    EXPECT("Data centres used 19 terawatt-hours.", "19 terawatt-hours", 19,
           "TWh");
    EXPECT("The digital economy tops 60 trln yuan.", "60 trln yuan", 60e12,
           "CNY");
    EXPECT_NONE("It rose from 2019 to 2021.");
    scan("Revenue reached $1,500,000, and in the number of miles of roads, "
         "which from 5,642 have grown.",
         2021);
    CHECK(fig("5,642") == NULL, "no base across ', which'");
    scan("Visitors came from 30 countries.", 2021);
    CHECK(scanned.count == 1, "from before a noun: one figure");
    EXPECT_NONE("Please see page 12 for details on business.");
    /* words that stand inside a counted noun phrase */
    EXPECT("The port will open 15 more berths.", "15 more berths", 15, "count");
    EXPECT("The club and six other teams signed.", "six other teams", 6,
           "count");
    EXPECT("Savers opened 90,000 such accounts.", "90,000 such accounts", 90000,
           "count");
    EXPECT("The county trains 4,000 young live-streamers.",
           "4,000 young live-streamers", 4000, "count");
    EXPECT("It runs 35 live-streaming rooms.", "35 live-streaming rooms", 35,
           "count");
    scan("Some 200 households live by the lake.", 2018);
    CHECK(fig("200 households"), "a verb after the noun still ends it");
    scan("It sold 300 more than planned.", 2018);
    CHECK(scanned.count == 0, "'300 more than' counts nothing");
    /* plurals in -is */
    EXPECT("The agency placed 5,200 Nepalis in jobs.", "5,200 Nepalis", 5200,
           "count");
    EXPECT("The fleet has 900 taxis.", "900 taxis", 900, "count");
    scan("The lab ran 12 analysis batches and 3 synthesis.", 2018);
    CHECK(fig("12 analysis batches") && !fig("3 synthesis"),
          "analysis and synthesis are no plurals");
    /* capitalised verbs in a Title Case headline */
    EXPECT("Retailer Opens 40 Stores in Texas", "40 Stores", 40, "count");
    EXPECT("Factories Added 12,000 Workers in May", "12,000 Workers", 12000,
           "count");
    EXPECT("Freight Climbs 3.1% in March", "3.1%", 3.1, "%");
    EXPECT("The port handles 300 ships a day.", "300 ships", 300, "count");
    EXPECT("It lists 45 open positions.", "45 open positions", 45, "count");
    scan("Ridership Tops 2 Million", 2018);
    CHECK(fig("2 Million") && strcmp(fig("2 Million")->approx, "over") == 0,
          "tops: over");
}

/* Captions with their unit last and unbracketed, merged header cells,
** and a caption giving each group of columns its unit (statistics
** offices' tab tables) */
static void captions_and_merged_headers(void)
{
    scan("Sales rose.\n\nRetail trade sales volume, percentage change\n"
         "\tOct 2026 / Sep 2026\tOct 2026 / Oct 2025\n"
         "Total retail trade\t0.7\t3.4\nClothing\t2.4\t-1.5\n\nEnd.\n",
         2026);
    CHECK(fig("0.7") && strcmp(fig("0.7")->unit, "%") == 0 &&
              strcmp(fig("0.7")->role, "change") == 0 && fig("-1.5"),
          "a caption ending \", percentage change\" gives its cells");
    scan("Volume of retail trade, change on a year earlier (raw data), %\n"
         "Denomination\t2026. October\t2026. January-October\n"
         "Second-hand shops\t1.2\t\xe2\x88\x92" "2.3\n",
         2026);
    CHECK(fig("1.2") && strcmp(fig("1.2")->unit, "%") == 0 &&
              fig("\xe2\x88\x92" "2.3") &&
              fig("\xe2\x88\x92" "2.3")->value == -2.3,
          "\", %\" closes a caption; a minus sign after a tab is no range");
    /* a bracketed pair of units stays the header's business */
    scan("Kitamura Denki reports.\n\n(Amounts are rounded down to the "
         "nearest million yen)\n\n"
         "(Millions of yen, %)\n\tNet sales\tOperating profit\n"
         "Six months ended September 30, 2026\t184,372\t16,915\n"
         "\t12.3\t28.6\n",
         2026);
    CHECK(fig("184,372") && strcmp(fig("184,372")->unit, "JPY") == 0 &&
              fig("184,372")->value == 184372e6,
          "(Millions of yen, %) is not a caption in per cent");
    /* merged cells: "Levels" heads two columns, the growth rates two */
    scan("Domestic Liquidity (M3)\n"
         "(levels in billion PHP, growth rates in percent)\n"
         "\tLevels\t\tYear-on-Year Growth Rates\n"
         "\tSep 2026\tOct 2026\tSep 2026\tOct 2026\n"
         "Domestic Liquidity (M3)\t18,452.7\t18,611.9\t6.9\t7.4\n",
         2026);
    CHECK(fig("18,611.9") && strcmp(fig("18,611.9")->unit, "PHP") == 0 &&
              fig("18,611.9")->value == 18611.9e9 &&
              strcmp(fig("18,611.9")->role, "level") == 0,
          "the caption's levels part gives the Levels columns billion PHP");
    CHECK(fig("6.9") && strcmp(fig("6.9")->unit, "%") == 0 &&
              strcmp(fig("6.9")->role, "change") == 0,
          "the growth part gives the growth columns per cent, changes");
    /* the bracketed unit, then the period, ends the caption */
    scan("Table 1. Change rates of main groups (%), November 2026\n"
         "Main groups\tMonthly\tAnnual\nGeneral\t1.38\t29.14\n",
         2026);
    CHECK(fig("1.38") && strcmp(fig("1.38")->unit, "%") == 0 &&
              fig("29.14") && strcmp(fig("29.14")->unit, "%") == 0,
          "a caption's (%) before its month and year");
    scan("Table 2. Output (%), January-November 2026.\n"
         "Region\t2025\t2026\nOslo\t1.2\t1.4\n",
         2026);
    CHECK(fig("1.4") && strcmp(fig("1.4")->unit, "%") == 0,
          "... and before a span of months and a full stop");
    scan("Annual change of CPI was 29.14%, monthly change was 1.38%.", 2026);
    CHECK(fig("29.14%") && strcmp(fig("29.14%")->role, "change") == 0 &&
              fig("1.38%") && strcmp(fig("1.38%")->role, "change") == 0,
          "an annual or monthly change is a change");
    /* an unbracketed caption holds only over a table right below it,
    ** and a currency needs its scale there */
    scan("Rand weakens against dollar, euro\n\nBy Staff\nThe rand fell.\n"
         "Banks kept opening branches.\n\nBank\tBranches\tATMs\n"
         "FNB\t620\t4,100\n",
         2026);
    CHECK(!fig("620") || strcmp(fig("620")->unit, "EUR") != 0,
          "a headline ending \", euro\" is no caption");
    scan("Grain harvest, thousand tonnes\n\t2025\t2026\nOslo\t1,200\t1,350\n",
         2026);
    CHECK(fig("1,350") && strcmp(fig("1,350")->unit, "t") == 0 &&
              fig("1,350")->value == 1350e3,
          "a caption ending in a scaled measure");
    /* double spaces are no cell gap before a range's dash in prose */
    EXPECT("Temperatures range from 5  -  10 degrees Celsius.",
           "5  -  10 degrees Celsius", 5, "\xc2\xb0" "C");
    /* one bracketed part with its unit is the whole table's */
    scan("The Bank Board sees risks.\n\n"
         "(annual averages in %, unless otherwise indicated)\n"
         "Headline inflation\t2.5\t2.4\n",
         2026);
    CHECK(fig("2.4") && strcmp(fig("2.4")->unit, "%") == 0,
          "(annual averages in %, unless otherwise indicated)");
    /* M3 is a money supply, m3 cubic metres */
    EXPECT("Domestic liquidity (M3) grew by 7.4 percent.", "7.4 percent", 7.4,
           "%");
    EXPECT("The tank holds 30 m3 of water.", "30 m3", 30, "m3");
}

/* Letters prefixes and codes glued to numbers, and currencies' words */
static void prefixes_at_home(void)
{
    EXPECT("Liquidity grew to PHP18.6 trillion.", "PHP18.6 trillion", 18.6e12,
           "PHP");
    EXPECT("Fees rose to SEK12.5 million.", "SEK12.5 million", 12.5e6, "SEK");
    EXPECT("Telecoms revenue hits BD412m", "BD412m", 412e6, "BHD");
    /* on a page about the prefix's country a plain number is money */
    EXPECT("In South Africa users paid R61 per gigabyte.", "R61", 61, "ZAR");
    scan("The R100 engine was built in Munich.", 2026);
    CHECK(!fig("R100"), "R100 elsewhere is a name");
    scan("Users in Kuwait paid between KD 15 and KD 40 a month.", 2026);
    CHECK(fig("KD 15 and KD 40") &&
              strcmp(fig("KD 15 and KD 40")->unit, "KWD") == 0 &&
              fig("KD 15 and KD 40")->high == 40,
          "KD before whole numbers on a page about Kuwait");
    EXPECT("More than 1.1m of these were on 5G plans.", "1.1m", 1.1e6, "count");
    EXPECT("It set a minimum speed of 1 gigabit per second.",
           "1 gigabit per second", 1, "Gbps");
    EXPECT("Exports earned 24.6 trillion soums.", "24.6 trillion soums",
           24.6e12, "UZS");
    EXPECT("Exports earned 2.1 trillion tugriks.", "2.1 trillion tugriks",
           2.1e12, "MNT");
    /* from the session's review: what these rules must not take */
    scan("Delegates at COP28 argued. The servers run PHP8.", 2026);
    CHECK(!fig("28") && !fig("8"), "COP28 and PHP8 are names, not money");
    scan("In South Africa traffic on the R21 and the R59 slowed; "
         "the R100 race car placed third. Data cost R61 per gigabyte.",
         2026);
    CHECK(!fig("R21") && !fig("R59") && !fig("R100") && fig("R61"),
          "roads and models keep their prefix letters at home");
    scan("DOHA - Qatar Airways flight QR 701 left at noon.", 2026);
    CHECK(!fig("QR 701"), "a flight number is no money");
    EXPECT("The wall is 4m of which 1m is buried.", "4m", 4, "m");
    EXPECT("A 120 M2 apartment sold quickly.", "120 M2", 120, "m2");
}

int main(void)
{
    currencies();
    more_currencies();
    iso_codes();
    chinese_measure_words();
    tables();
    yen_sign();
    dollar_sign();
    pairs();
    percent_points_times();
    measures();
    prefixes_and_cents();
    feet_and_inches();
    quoted_nouns();
    quarter_spans();
    index_levels();
    names_before_percent();
    more_bare_counts();
    rate_again();
    counts();
    captions_and_merged_headers();
    prefixes_at_home();
    figure_list_free(&scanned);
    return check_done();
}
