/*
** test_attrib_role.c: roles that need more than the lexicon's cue words:
** money that is never a share, funding raised, change verbs the lexicon
** does not know, growth rates named before their end point; and
** fx_aword_id, which finds the words attribution asks about by lexeme
** or by spelling, in any case.
*/
#include <ctype.h>
#include <stdlib.h>

#include "extract/scan.h"
#include "scan_helpers.h"

static void money_not_share(void)
{
    ROLE("Mobile orders accounted for $4.2 billion of the chain's sales.",
         "$4.2 billion", "level");
    ROLE("Mobile orders accounted for 42% of the chain's sales.", "42%",
         "share");
    ROLE("Profit was $8 million, or $0.12 per share.", "$0.12", "level");
}

static void funding_raised(void)
{
    ROLE("Fintech firms raised $1.3 billion last year.", "$1.3 billion",
         "level");
    ROLE("The lender raises about $500 million in a bond sale.",
         "$500 million", "level");
    ROLE("The utility raised prices by $12 a month.", "$12", "change");
    ROLE("The utility raised prices by 8 percent.", "8 percent", "change");
}

static void change_verbs(void)
{
    ROLE("Car sales climb 14% as buyers return", "14%", "change");
    ROLE("The rupee has appreciated around 2 percent against the dollar.",
         "2 percent", "change");
    ROLE("The ringgit depreciated 2.4% in the quarter.", "2.4%", "change");
    ROLE("A litre cost EUR 1.79, EUR 0.08 less than one year before.",
         "EUR 0.08", "change");
    ROLE("Home prices slump 3.4 per cent in March", "3.4 per cent", "change");
    ROLE("The rupee weakened 0.8% against the dollar.", "0.8%", "change");
    ROLE("Fuel prices went down by 4.1 percent.", "4.1 percent", "change");
    ROLE("The climb took 6 hours.", "6 hours", "level");
    ROLE("Prices went back to 4.1 percent of income.", "4.1 percent",
         "share");
}

static void growth_end_point(void)
{
    ROLE("Profit growth slows to 1.5% in April", "1.5%", "change");
    ROLE("Export growth eased to 3.2 percent in May.", "3.2 percent",
         "change");
    ROLE("The jobless rate fell to 5.1 percent.", "5.1 percent", "level");
    ROLE("Exports fell to 3.2 percent of output.", "3.2 percent", "share");
}

static void plans(void)
{
    ROLE("The network is to reach 500 stations by 2025.", "500 stations",
         "target");
    ROLE("Under the plan, about 30 new lines are to open.", "30 new lines",
         "target");
    ROLE("The nearest depot is to the north, 12 km away.", "12 km", "level");
    ROLE("Services are meant to account for 60 percent of output.",
         "60 percent", "target");
    ROLE("The province pledged in 2016 to have 2,000 charging posts.",
         "2,000 charging posts", "target");
    ROLE("The firm vowed to cut 800 jobs.", "800 jobs", "target");
    ROLE("The mayor promised a review of the 40 projects.", "40 projects",
         "level");
    ROLE("The city eyes 20 million visitors by 2025.", "20 million visitors",
         "target");
    ROLE("The city had 20 million visitors by 2017.", "20 million visitors",
         "level");
}

static void prices_set(void)
{
    ROLE("From July, a typical household will pay £2,100 a year.", "£2,100",
         "level");
    ROLE("The new bridge will cost $450 million.", "$450 million", "level");
    ROLE("The airline will charge €15 for a second bag.", "€15", "level");
    ROLE("The factory will add 900 jobs.", "900 jobs", "target");
    ROLE("The company will invest $450 million.", "$450 million", "target");
}

static void shares(void)
{
    ROLE("The broadband penetration rate rose to 81.2%.", "81.2%", "share");
    ROLE("Its share of total sales climbed to 33%.", "33%", "share");
    ROLE("The policy rate rose to 5.25%.", "5.25%", "level");
    ROLE("The fund paid $2 billion for a 12.5% stake.", "12.5%", "share");
    ROLE("The fund paid $2 billion for a 12.5% discount.", "12.5%", "level");
    ROLE("A poll found that 41% had skipped meals.", "41%", "share");
    ROLE("Of those asked, 63% say prices are too high.", "63%", "share");
    ROLE("Prices rose 4% and had doubled by June.", "4%", "change");
    ROLE("The unemployment rate of the working-age population in the second "
         "quarter was 3.1%.",
         "3.1%", "share");
}

static void rates_and_multiples(void)
{
    /* a relative clause listing things does not hide the rate's name */
    ROLE("Core inflation, which excludes energy, food and tobacco, eased to "
         "3.1 per cent.",
         "3.1 per cent", "change");
    ROLE("Core goods, energy, food and tobacco, eased to 3.1 per cent of "
         "spending.",
         "3.1 per cent", "share");
    /* a multiple of the same thing at an earlier month is a change */
    ROLE("Subscribers passed 2 million in May, twice the figure recorded in "
         "January.",
         "twice", "change");
    ROLE("Its stores are twice the size of a rival's.", "twice", "level");
}


static void table_captions(void)
{
    /* a caption naming shares makes the rows' percentages shares */
    ROLE("Services as share of GDP, 2016\n"
         "Hebei        41.5%\n"
         "Shanxi       48.2%\n",
         "48.2%", "share");
    ROLE("Services as a proportion of output\n"
         "Hebei        41.5%\n",
         "41.5%", "share");
    /* a caption naming no share: levels */
    ROLE("Unemployment rate by province, 2016\n"
         "Hebei        4.5%\n",
         "4.5%", "level");
}

static void workforce_and_projections(void)
{
    /* people let go or taken on: an absolute change */
    ROLE("Startups laid off more than 15,000 employees, the survey found.",
         "15,000 employees", "change");
    ROLE("The shipyard brought in some 1,200 foreign welders this year.",
         "1,200 foreign welders", "change");
    ROLE("The chain hired 300 drivers in March.", "300 drivers", "change");
    /* money brought in is earned, a level */
    ROLE("The unit brought in $2 billion in revenue.", "$2 billion", "level");
    /* a budget's projections are targets */
    ROLE("The budget is projecting a revenue deficit of $4 billion.",
         "$4 billion", "target");
    ROLE("Its share of federal taxes is estimated at $5 billion.",
         "$5 billion", "target");
    /* a past estimate is not; nor are "projects" */
    ROLE("Damage from the storm was estimated at $2 billion.", "$2 billion",
         "level");
    ROLE("The city signed 40 projects worth $3 billion.", "$3 billion",
         "level");
}

static void headline_plans(void)
{
    /* "to" and a verb before a headline's figure: a plan */
    ROLE("Harbour summit to draw 1,500 guests\n\nThe summit opens on Monday "
         "in the port city.",
         "1,500 guests", "target");
    /* a headline reporting: a level */
    ROLE("Harbour summit draws 1,500 guests\n\nThe summit opened on Monday "
         "in the port city.",
         "1,500 guests", "level");
    /* "to" a place: no verb */
    ROLE("Return fares to Shanghai $150 as airlines add routes\n\nAirlines "
         "added routes on Monday.",
         "$150", "level");
}

static void on_time_rates(void)
{
    /* an on-time rate is a share of what was delivered */
    ROLE("Its on-time delivery rate rose to 96.4 percent this year.",
         "96.4 percent", "share");
    /* a rate of something else: a level */
    ROLE("Its delivery fee rate rose to 6.4 percent this year.",
         "6.4 percent", "level");
}

static void guidance_attrition_advanced(void)
{
    /* a company's guidance is its own projection, a target */
    ROLE("The firm kept its margin guidance band of 18-20 per cent.",
         "18-20 per cent", "target");
    ROLE("Its sales guidance for 2026 is 6-7%.", "6-7%", "target");
    ROLE("The firm kept its margin band of 18-20 per cent.",
         "18-20 per cent", "share");
    /* attrition is a share of the workforce */
    ROLE("Attrition fell to 11.4 per cent in the quarter.", "11.4 per cent",
         "share");
    ROLE("Turnover fell to 11.4 per cent in the quarter.", "11.4 per cent",
         "level");
    /* "advanced" right before the figure is a change */
    ROLE("Bond yields advanced three basis points to 4.1%.",
         "three basis points", "change");
    ROLE("In advanced economies the rate is 4.1%.", "4.1%", "level");
}

static void change_column_under_units(void)
{
    /* a row of units under the header keeps its "Change" column */
    ROLE("                 2017        2016    Change\n"
         "              HK$'000     HK$'000\n"
         "Revenue       2,846,530   2,391,744     19.0%\n",
         "19.0%", "change");
    ROLE("                 2017        2016     Share\n"
         "              HK$'000     HK$'000\n"
         "Revenue       2,846,530   2,391,744     19.0%\n",
         "19.0%", "level");
}

static void priced_in(void)
{
    /* what markets price in is what they expect */
    ROLE("Traders are pricing in about 60 basis points of rate cuts.",
         "60 basis points", "target");
    ROLE("Markets have priced in 25 basis points of hikes.",
         "25 basis points", "target");
    ROLE("The pricing in March rose 25 basis points.", "25 basis points",
         "change");
}

static void comparatives_targets_gains(void)
{
    /* "N points faster than": a difference, a change */
    ROLE("Exports grew 6% last year, 1.5 percentage points faster than GDP.",
         "1.5 percentage points", "change");
    /* points of percentage are a difference even with no comparison
    ** written (none of the 73 in the annotated sets is a level) */
    ROLE("Exports grew 6% last year, 1.5 percentage points of GDP.",
         "1.5 percentage points", "change");
    /* the noun "target" right after the figure */
    ROLE("Spending stayed below the long-standing 3% target.", "3%",
         "target");
    ROLE("Spending stayed below the long-standing 3% level.", "3%", "level");
    /* a gain named before its end point */
    ROLE("The index rose 2%, taking its gain this year to 18%.", "18%",
         "change");
    ROLE("The index rose 2%, taking its weight this year to 18%.", "18%",
         "level");
    /* a Chinese multiple of an earlier time is a change; 占...的 a
    ** share however long the whole; "value added" a quantity */
    ROLE("出口额是2016年同期的1.9倍。", "1.9倍", "change");
    ROLE("收入已是去年的3.2倍。", "3.2倍", "change");
    ROLE("规模是全国平均水平的2倍。", "2倍", "level");
    ROLE("同比增长12.6%，占全省进出口总值的14.1%。", "14.1%", "share");
    ROLE("Industries generated value added of $1.16 trillion, up 7.8 percent.",
         "$1.16 trillion", "level");
    /* 将 "will" makes a target; 将近 "nearly" does not */
    ROLE("按照规划，到2027年，韶关集群将建成标准机架50万架。", "50万架",
         "target");
    ROLE("预计2026年中国智能算力规模增速将保持在40%左右。", "40%", "target");
    ROLE("去年销售额将近300亿元。", "300亿元", "level");
    /* 将 "took" with its object, or in a clause told as done */
    ROLE("他将2000万元奖金全部捐给了家乡学校。", "2000万元", "level");
    ROLE("2016年该市将研发费用加计扣除比例提高到100%。", "100%", "level");
    /* 占地, a count: no share; 宁波同期: another place, no earlier time */
    ROLE("全市占地超过50亩的328个项目已全部开工。", "328个", "level");
    ROLE("杭州跨境电商进口额为宁波同期的1.6倍。", "1.6倍", "level");
    ROLE("目前全市算力规模是2012年的2.5倍。", "2.5倍", "change");
    /* a figure in brackets after one of its unit is the same measure */
    ROLE("The economy grew by 4.9% in the quarter (2Q 2026: 4.5%).", "4.5%",
         "change");
    ROLE("Canarias drew 44.8% of the stays, followed by Cataluña (14.6%).",
         "14.6%", "share");
    ROLE("Sales rose 5.1% (\xC2\xB1" "0.7%) in the quarter.", "\xC2\xB1" "0.7%",
         "level");
    ROLE("GDP grew 4.8% in the quarter (Reuters poll: 4.6%).", "4.6%",
         "target");
    ROLE("Inflation eased to 2.1% in October (target: 2%).", "2%", "target");
    /* an adoption rate is a share of those who could adopt */
    ROLE("The adoption rate of cloud tools reached 61.5 percent.",
         "61.5 percent", "share");
}

/* Every AW_* word, lower case, capitalised and in capitals, is itself
** (whether the lexicon knows it or not), and with a letter more is not. */
static void aword_ids(void)
{
    struct scanner *sc = calloc(1, sizeof *sc);
    CHECK(sc != NULL, "scanner allocated");
    if (!sc)
        return;
    fx_known_words_init();
    fx_ctx_init(sc);
    int wrong = 0;
    for (int w = 0; w < AW__N; w++) {
        const char *word = fx_aw_text[w];
        size_t n = word ? strlen(word) : 0;
        if (!n)
            continue;
        for (int form = 0; form < 4; form++) {
            char buf[40];
            memcpy(buf, word, n + 1);
            if (form == 1)
                buf[0] = (char)toupper((unsigned char)buf[0]);
            for (size_t k = 0; form == 2 && k < n; k++)
                buf[k] = (char)toupper((unsigned char)buf[k]);
            if (form == 3)
                memcpy(buf + n, "x", 2);
            struct tokenizer tz;
            tok_init(&tz, buf, strlen(buf), NULL, 0);
            tok_next(&tz, &sc->tok[0]);
            sc->text = buf;
            sc->len = strlen(buf);
            sc->n = 1;
            int got = fx_aword_id(sc, 0);
            if (form < 3 ? got != w : got == w) {
                fprintf(stderr, "# aword %s: %d\n", buf, got);
                wrong++;
            }
        }
    }
    CHECK(wrong == 0, "fx_aword_id knows every AW_* word, in any case");
    free(sc);
}

int main(void)
{
    aword_ids();
    comparatives_targets_gains();
    priced_in();
    change_column_under_units();
    guidance_attrition_advanced();
    on_time_rates();
    headline_plans();
    workforce_and_projections();
    table_captions();
    rates_and_multiples();
    shares();
    prices_set();
    plans();
    money_not_share();
    funding_raised();
    change_verbs();
    growth_end_point();
    figure_list_free(&scanned);
    return check_done();
}
