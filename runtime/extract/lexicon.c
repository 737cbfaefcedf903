/*
** lexicon.c: the extractor's word tables and their lookup.
**
** The tables are written for people: a word may be listed in several
** sections (once as a stop word, once as a change cue) and lex_init()
** merges the entries.  At init every word is hashed into one open-address
** table (FNV-1a of the lower-cased word, the hash the tokenizer already
** computes), so a lookup is one or two probes and a short compare.
**
** Phrases are sorted by the id of their first word; each lexeme knows
** where its phrases start, so lex_phrase_at() only tries the handful that
** can match.  No regular expressions, no allocation after init.
*/
#include "lexicon.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

const char *const qual_name[] = {NULL,       "about",   "over",   "nearly",
                                 "at_least", "at_most", "under"};

const struct unit_info unit_table[U__N] = {
    [U_NONE] = {NULL, UK_NONE, 0},
    [U_CNY] = {"CNY", UK_CURRENCY, 0},
    [U_USD] = {"USD", UK_CURRENCY, 0},
    [U_EUR] = {"EUR", UK_CURRENCY, 0},
    [U_GBP] = {"GBP", UK_CURRENCY, 0},
    [U_JPY] = {"JPY", UK_CURRENCY, 0},
    [U_INR] = {"INR", UK_CURRENCY, 0},
    [U_HKD] = {"HKD", UK_CURRENCY, 0},
    [U_KRW] = {"KRW", UK_CURRENCY, 0},
    [U_SGD] = {"SGD", UK_CURRENCY, 0},
    [U_AUD] = {"AUD", UK_CURRENCY, 0},
    [U_CAD] = {"CAD", UK_CURRENCY, 0},
    [U_TWD] = {"TWD", UK_CURRENCY, 0},
    [U_NZD] = {"NZD", UK_CURRENCY, 0},
    [U_CHF] = {"CHF", UK_CURRENCY, 0},
    [U_RUB] = {"RUB", UK_CURRENCY, 0},
    [U_THB] = {"THB", UK_CURRENCY, 0},
    [U_MYR] = {"MYR", UK_CURRENCY, 0},
    [U_IDR] = {"IDR", UK_CURRENCY, 0},
    [U_BRL] = {"BRL", UK_CURRENCY, 0},
    [U_MXN] = {"MXN", UK_CURRENCY, 0},
    [U_ZAR] = {"ZAR", UK_CURRENCY, 0},
    [U_AED] = {"AED", UK_CURRENCY, 0},
    [U_SAR] = {"SAR", UK_CURRENCY, 0},
    [U_TRY] = {"TRY", UK_CURRENCY, 0},
    [U_NGN] = {"NGN", UK_CURRENCY, 0},
    [U_USD_CENT] = {"USD", UK_CURRENCY, -2},
    [U_YEN_SIGN] = {"JPY", UK_CURRENCY, 0}, /* CNY in Chinese context */
    [U_PCT] = {"%", UK_PERCENT, 0},
    [U_PP] = {"pp", UK_PP, 0},
    [U_BP] = {"bp", UK_PP, 0},
    [U_X] = {"x", UK_MULT, 0},
    [U_KM2] = {"km2", UK_MEASURE, 0},
    [U_M2] = {"m2", UK_MEASURE, 0},
    [U_KM] = {"km", UK_MEASURE, 0},
    [U_M] = {"m", UK_MEASURE, 0},
    [U_CM] = {"cm", UK_MEASURE, 0},
    [U_MM] = {"mm", UK_MEASURE, 0},
    [U_MILE] = {"mile", UK_MEASURE, 0},
    [U_SQMILE] = {"mi2", UK_MEASURE, 0},
    [U_FT] = {"ft", UK_MEASURE, 0},
    [U_HA] = {"ha", UK_MEASURE, 0},
    [U_ACRE] = {"acre", UK_MEASURE, 0},
    [U_MU] = {"mu", UK_MEASURE, 0},
    [U_HOUR] = {"hour", UK_DURATION, 0},
    [U_MINUTE] = {"minute", UK_DURATION, 0},
    [U_SECOND] = {"second", UK_DURATION, 0},
    [U_DAY] = {"day", UK_DURATION, 0},
    [U_WEEK] = {"week", UK_DURATION, 0},
    [U_MONTH] = {"month", UK_DURATION, 0},
    [U_YEAR] = {"year", UK_DURATION, 0},
    [U_DECADE] = {"decade", UK_DURATION, 0},
    [U_T] = {"t", UK_MEASURE, 0},
    [U_KG] = {"kg", UK_MEASURE, 0},
    [U_G] = {"g", UK_MEASURE, 0},
    [U_LB] = {"lb", UK_MEASURE, 0},
    [U_L] = {"L", UK_MEASURE, 0},
    [U_M3] = {"m3", UK_MEASURE, 0},
    [U_BARREL] = {"barrel", UK_MEASURE, 0},
    [U_KWH] = {"kWh", UK_MEASURE, 0},
    [U_MWH] = {"MWh", UK_MEASURE, 0},
    [U_GWH] = {"GWh", UK_MEASURE, 0},
    [U_TWH] = {"TWh", UK_MEASURE, 0},
    [U_KW] = {"kW", UK_MEASURE, 0},
    [U_MW] = {"MW", UK_MEASURE, 0},
    [U_GW] = {"GW", UK_MEASURE, 0},
    [U_W] = {"W", UK_MEASURE, 0},
    [U_GB] = {"GB", UK_MEASURE, 0},
    [U_TB] = {"TB", UK_MEASURE, 0},
    [U_PB] = {"PB", UK_MEASURE, 0},
    [U_MB] = {"MB", UK_MEASURE, 0},
    [U_MBPS] = {"Mbps", UK_MEASURE, 0},
    [U_GBPS] = {"Gbps", UK_MEASURE, 0},
    [U_GHZ] = {"GHz", UK_MEASURE, 0},
    [U_MHZ] = {"MHz", UK_MEASURE, 0},
    [U_CELSIUS] = {"°C", UK_MEASURE, 0},
    [U_FAHRENHEIT] = {"°F", UK_MEASURE, 0},
    [U_NM] = {"nm", UK_MEASURE, 0},
    [U_MAH] = {"mAh", UK_MEASURE, 0},
    [U_COUNT] = {"count", UK_NONE, 0},
};

#define W(w, c) {w, c, 0, 0, 0}
#define WV(w, c, v) {w, c, v, 0, 0}
#define WU(w, u) {w, LX_UNIT, 0, u, 0}
#define WCU(w, u) {w, LX_UNIT | LX_CURPREFIX, 0, u, 0}
#define WQ(w, q) {w, LX_QUAL, 0, 0, q}

static const struct lexeme words[] = {
    {"", 0, 0, 0, 0}, /* id 0: no lexeme */

    /* number words */
    WV("zero", LX_NUMWORD, 0), WV("one", LX_NUMWORD, 1),
    WV("two", LX_NUMWORD, 2), WV("three", LX_NUMWORD, 3),
    WV("four", LX_NUMWORD, 4), WV("five", LX_NUMWORD, 5),
    WV("six", LX_NUMWORD, 6), WV("seven", LX_NUMWORD, 7),
    WV("eight", LX_NUMWORD, 8), WV("nine", LX_NUMWORD, 9),
    WV("ten", LX_NUMWORD, 10), WV("eleven", LX_NUMWORD, 11),
    WV("twelve", LX_NUMWORD, 12), WV("thirteen", LX_NUMWORD, 13),
    WV("fourteen", LX_NUMWORD, 14), WV("fifteen", LX_NUMWORD, 15),
    WV("sixteen", LX_NUMWORD, 16), WV("seventeen", LX_NUMWORD, 17),
    WV("eighteen", LX_NUMWORD, 18), WV("nineteen", LX_NUMWORD, 19),
    WV("twenty", LX_NUMWORD, 20), WV("thirty", LX_NUMWORD, 30),
    WV("forty", LX_NUMWORD, 40), WV("fourty", LX_NUMWORD, 40),
    WV("fifty", LX_NUMWORD, 50), WV("sixty", LX_NUMWORD, 60),
    WV("seventy", LX_NUMWORD, 70), WV("eighty", LX_NUMWORD, 80),
    WV("ninety", LX_NUMWORD, 90), WV("dozen", LX_NUMWORD, 12),
    W("half", LX_HALF), W("a", LX_ARTICLE | LX_DET | LX_STOP | LX_FREQ),
    W("an", LX_ARTICLE | LX_DET | LX_STOP | LX_FREQ),

    /* scale words: val is the power of ten */
    WV("hundred", LX_SCALE, 2), WV("thousand", LX_SCALE, 3),
    WV("million", LX_SCALE, 6), WV("billion", LX_SCALE, 9),
    WV("trillion", LX_SCALE, 12), WV("bn", LX_SCALE, 9),
    WV("bln", LX_SCALE, 9), WV("mn", LX_SCALE, 6), WV("mln", LX_SCALE, 6),
    WV("mio", LX_SCALE, 6), WV("tn", LX_SCALE, 12), WV("trn", LX_SCALE, 12),
    WV("lakh", LX_SCALE, 5), WV("lakhs", LX_SCALE, 5),
    WV("lac", LX_SCALE, 5), WV("crore", LX_SCALE, 7),
    WV("crores", LX_SCALE, 7), WV("thousands", LX_SCALE, 3),
    WV("millions", LX_SCALE, 6), WV("billions", LX_SCALE, 9),
    WV("trillions", LX_SCALE, 12),

    /* ordinals: never figures, but "the first six months" is a time */
    WV("first", LX_ORDINAL | LX_TIMEADJ, 1), WV("second", LX_ORDINAL, 2),
    WV("third", LX_ORDINAL, 3), WV("fourth", LX_ORDINAL, 4),
    WV("fifth", LX_ORDINAL, 5), WV("sixth", LX_ORDINAL, 6),
    WV("seventh", LX_ORDINAL, 7), WV("eighth", LX_ORDINAL, 8),
    WV("ninth", LX_ORDINAL, 9), WV("tenth", LX_ORDINAL, 10),
    WV("eleventh", LX_ORDINAL, 11), WV("twelfth", LX_ORDINAL, 12),
    WV("twentieth", LX_ORDINAL, 20), WV("hundredth", LX_ORDINAL, 100),
    WV("thousandth", LX_ORDINAL, 1000), WV("millionth", LX_ORDINAL, 0),

    /* months */
    WV("january", LX_MONTH, 1), WV("february", LX_MONTH, 2),
    WV("march", LX_MONTH | LX_CAPONLY, 3), WV("april", LX_MONTH, 4),
    WV("may", LX_MONTH | LX_CAPONLY | LX_STOP, 5),
    WV("june", LX_MONTH, 6), WV("july", LX_MONTH, 7),
    WV("august", LX_MONTH, 8), WV("september", LX_MONTH, 9),
    WV("october", LX_MONTH, 10), WV("november", LX_MONTH, 11),
    WV("december", LX_MONTH, 12),
    WV("jan", LX_MONTH | LX_CAPONLY | LX_ABBREV, 1),
    WV("feb", LX_MONTH | LX_CAPONLY | LX_ABBREV, 2),
    WV("mar", LX_MONTH | LX_CAPONLY | LX_ABBREV, 3),
    WV("apr", LX_MONTH | LX_CAPONLY | LX_ABBREV, 4),
    WV("jun", LX_MONTH | LX_CAPONLY | LX_ABBREV, 6),
    WV("jul", LX_MONTH | LX_CAPONLY | LX_ABBREV, 7),
    WV("aug", LX_MONTH | LX_CAPONLY | LX_ABBREV, 8),
    WV("sep", LX_MONTH | LX_CAPONLY | LX_ABBREV, 9),
    WV("sept", LX_MONTH | LX_CAPONLY | LX_ABBREV, 9),
    WV("oct", LX_MONTH | LX_CAPONLY | LX_ABBREV, 10),
    WV("nov", LX_MONTH | LX_CAPONLY | LX_ABBREV, 11),
    WV("dec", LX_MONTH | LX_CAPONLY | LX_ABBREV, 12),

    /* qualifiers written as one word */
    WQ("about", Q_ABOUT), WQ("around", Q_ABOUT),
    WQ("approximately", Q_ABOUT), WQ("approx", Q_ABOUT),
    WQ("roughly", Q_ABOUT), WQ("some", Q_ABOUT), WQ("circa", Q_ABOUT),
    WQ("estimated", Q_ABOUT), WQ("nearly", Q_NEARLY),
    WQ("almost", Q_NEARLY), WQ("over", Q_OVER), WQ("above", Q_OVER),
    WQ("exceeding", Q_OVER), WQ("exceeded", Q_OVER), WQ("exceeds", Q_OVER),
    WQ("exceed", Q_OVER), WQ("surpassing", Q_OVER),
    WQ("surpassed", Q_OVER), WQ("topping", Q_OVER), WQ("topped", Q_OVER),
    WQ("under", Q_UNDER), WQ("below", Q_UNDER),

    /* currencies, as codes before a number or as words after it */
    WCU("rmb", U_CNY), WCU("cny", U_CNY), WU("yuan", U_CNY),
    WU("renminbi", U_CNY), WCU("usd", U_USD), WU("dollars", U_USD),
    WU("dollar", U_USD), WU("cents", U_USD_CENT), WU("cent", U_USD_CENT),
    WCU("eur", U_EUR), WU("euros", U_EUR), WU("euro", U_EUR),
    WCU("gbp", U_GBP), WU("pounds", U_GBP), WU("pound", U_GBP),
    WU("sterling", U_GBP), WCU("jpy", U_JPY), WU("yen", U_JPY),
    WCU("inr", U_INR), {"rs", LX_UNIT | LX_CURPREFIX | LX_ABBREV, 0, U_INR, 0}, WU("rupees", U_INR),
    WU("rupee", U_INR), WCU("hkd", U_HKD), WCU("krw", U_KRW),
    WCU("sgd", U_SGD), WCU("aud", U_AUD), WCU("cad", U_CAD),
    WCU("twd", U_TWD), WCU("nzd", U_NZD), WCU("chf", U_CHF),
    WU("francs", U_CHF), WCU("rub", U_RUB), WU("rubles", U_RUB),
    WU("roubles", U_RUB), WU("baht", U_THB), WU("ringgit", U_MYR),
    WU("rupiah", U_IDR), WU("reais", U_BRL), WU("pesos", U_MXN),
    WU("rand", U_ZAR), WU("dirhams", U_AED), WU("riyals", U_SAR),
    WU("lira", U_TRY), WU("naira", U_NGN),

    /* percent, points, multipliers */
    WU("percent", U_PCT), WU("pct", U_PCT), WU("bps", U_BP),
    WU("times", U_X), WU("fold", U_X),
    WV("twofold", LX_FOLD, 2), WV("threefold", LX_FOLD, 3),
    WV("fourfold", LX_FOLD, 4), WV("fivefold", LX_FOLD, 5),
    WV("sixfold", LX_FOLD, 6), WV("sevenfold", LX_FOLD, 7),
    WV("eightfold", LX_FOLD, 8), WV("ninefold", LX_FOLD, 9),
    WV("tenfold", LX_FOLD, 10), WV("hundredfold", LX_FOLD, 100),

    /* measures */
    WU("km", U_KM), WU("kms", U_KM), WU("kilometers", U_KM),
    WU("kilometres", U_KM), WU("kilometer", U_KM), WU("kilometre", U_KM),
    WU("km2", U_KM2), WU("m2", U_M2), WU("m3", U_M3), WU("meters", U_M),
    WU("metres", U_M), WU("meter", U_M), WU("metre", U_M),
    WU("cm", U_CM), WU("centimeters", U_CM), WU("centimetres", U_CM),
    WU("mm", U_MM), WU("millimeters", U_MM), WU("millimetres", U_MM),
    WU("miles", U_MILE), WU("mile", U_MILE), WU("feet", U_FT),
    WU("ft", U_FT), WU("hectares", U_HA), WU("hectare", U_HA),
    WU("ha", U_HA), WU("acres", U_ACRE), WU("acre", U_ACRE),
    WU("mu", U_MU), WU("hours", U_HOUR), WU("hour", U_HOUR),
    WU("hrs", U_HOUR), WU("minutes", U_MINUTE), WU("minute", U_MINUTE),
    WU("mins", U_MINUTE), WU("seconds", U_SECOND), WU("days", U_DAY),
    WU("day", U_DAY), WU("weeks", U_WEEK), WU("week", U_WEEK),
    WU("months", U_MONTH), WU("month", U_MONTH), WU("years", U_YEAR),
    WU("year", U_YEAR), WU("yrs", U_YEAR), WU("decades", U_DECADE),
    WU("decade", U_DECADE), WU("tonnes", U_T), WU("tonne", U_T),
    WU("tons", U_T), WU("ton", U_T), WU("kilograms", U_KG),
    WU("kilogram", U_KG), WU("kg", U_KG), WU("kilos", U_KG),
    WU("grams", U_G), WU("gram", U_G), WU("lbs", U_LB),
    WU("liters", U_L), WU("litres", U_L), WU("liter", U_L),
    WU("litre", U_L), WU("barrels", U_BARREL), WU("barrel", U_BARREL),
    WU("kwh", U_KWH), WU("mwh", U_MWH), WU("gwh", U_GWH),
    WU("twh", U_TWH), WU("kw", U_KW), WU("kilowatts", U_KW),
    WU("mw", U_MW), WU("megawatts", U_MW), WU("gw", U_GW),
    WU("gigawatts", U_GW), WU("watts", U_W), WU("gb", U_GB),
    WU("gigabytes", U_GB), WU("tb", U_TB), WU("terabytes", U_TB),
    WU("pb", U_PB), WU("petabytes", U_PB), WU("mb", U_MB),
    WU("megabytes", U_MB), WU("mbps", U_MBPS), WU("gbps", U_GBPS),
    WU("ghz", U_GHZ), WU("mhz", U_MHZ), WU("mah", U_MAH),
    WU("nm", U_NM), WU("nanometers", U_NM), WU("nanometres", U_NM),

    /* plural nouns without -s */
    W("people", LX_PLURAL), W("children", LX_PLURAL), W("men", LX_PLURAL),
    W("women", LX_PLURAL), W("staff", LX_PLURAL),
    W("personnel", LX_PLURAL), W("police", LX_PLURAL),
    W("cattle", LX_PLURAL), W("livestock", LX_PLURAL),
    W("poultry", LX_PLURAL), W("sheep", LX_PLURAL), W("fish", LX_PLURAL),
    W("deer", LX_PLURAL), W("aircraft", LX_PLURAL), W("data", LX_PLURAL),
    W("media", LX_PLURAL), W("crew", LX_PLURAL), W("youth", LX_PLURAL),
    W("teeth", LX_PLURAL), W("mice", LX_PLURAL), W("geese", LX_PLURAL),
    W("headquarters", LX_PLURAL), W("offspring", LX_PLURAL),
    W("alumni", LX_PLURAL), W("criteria", LX_PLURAL),
    W("phenomena", LX_PLURAL), W("equipment", LX_PLURAL),

    /* determiners and function words */
    W("the", LX_DET | LX_STOP), W("these", LX_DET | LX_STOP),
    W("those", LX_DET | LX_STOP), W("this", LX_DET | LX_STOP),
    W("that", LX_DET | LX_STOP), W("its", LX_DET | LX_STOP),
    W("their", LX_DET | LX_STOP), W("his", LX_DET | LX_STOP),
    W("her", LX_DET | LX_STOP), W("our", LX_DET | LX_STOP),
    W("your", LX_DET | LX_STOP), W("my", LX_DET | LX_STOP),
    W("both", LX_DET | LX_STOP), W("all", LX_DET | LX_STOP),
    W("another", LX_DET | LX_STOP), W("each", LX_DET | LX_STOP | LX_FREQ),
    W("every", LX_DET | LX_STOP | LX_FREQ), W("any", LX_DET | LX_STOP),
    W("such", LX_DET | LX_STOP), W("no", LX_DET | LX_STOP | LX_IDNUM),
    W("per", LX_STOP | LX_FREQ),
    W("and", LX_STOP), W("or", LX_STOP), W("but", LX_STOP),
    W("nor", LX_STOP), W("of", LX_STOP | LX_YEARPREP),
    W("in", LX_STOP | LX_YEARPREP), W("on", LX_STOP),
    W("at", LX_STOP), W("to", LX_STOP | LX_YEARPREP),
    W("for", LX_STOP | LX_YEARPREP), W("from", LX_STOP | LX_YEARPREP),
    W("by", LX_STOP | LX_YEARPREP), W("with", LX_STOP),
    W("without", LX_STOP), W("as", LX_STOP), W("is", LX_STOP),
    W("are", LX_STOP), W("was", LX_STOP), W("were", LX_STOP),
    W("be", LX_STOP), W("been", LX_STOP), W("being", LX_STOP),
    W("has", LX_STOP), W("have", LX_STOP), W("had", LX_STOP),
    W("do", LX_STOP), W("does", LX_STOP), W("did", LX_STOP),
    W("will", LX_STOP | LX_TARGET), W("would", LX_STOP | LX_TARGET),
    W("shall", LX_STOP | LX_TARGET), W("should", LX_STOP),
    W("can", LX_STOP), W("could", LX_STOP), W("might", LX_STOP),
    W("must", LX_STOP), W("which", LX_STOP), W("who", LX_STOP),
    W("whom", LX_STOP), W("whose", LX_STOP), W("what", LX_STOP),
    W("when", LX_STOP), W("where", LX_STOP), W("while", LX_STOP),
    W("it", LX_STOP), W("they", LX_STOP), W("them", LX_STOP),
    W("he", LX_STOP), W("him", LX_STOP), W("she", LX_STOP),
    W("we", LX_STOP), W("us", LX_STOP), W("you", LX_STOP),
    W("i", LX_STOP), W("me", LX_STOP), W("than", LX_STOP),
    W("rate", 0), W("record", 0), W("average", 0), W("annual", 0),
    W("yearly", 0), W("total", 0),
    W("then", LX_STOP), W("so", LX_STOP), W("also", LX_STOP),
    W("not", LX_STOP), W("only", LX_STOP), W("just", LX_STOP),
    W("more", LX_STOP), W("most", LX_STOP), W("less", LX_STOP),
    W("least", LX_STOP), W("other", LX_STOP), W("into", LX_STOP),
    W("onto", LX_STOP), W("via", LX_STOP), W("up", LX_STOP | LX_CHANGE),
    W("down", LX_STOP | LX_CHANGE), W("out", LX_STOP), W("off", LX_STOP),
    W("if", LX_STOP), W("because", LX_STOP),
    W("since", LX_STOP | LX_YEARPREP), W("until", LX_STOP | LX_YEARPREP),
    W("till", LX_STOP | LX_YEARPREP), W("after", LX_STOP | LX_YEARPREP),
    W("before", LX_STOP | LX_YEARPREP),
    W("during", LX_STOP | LX_YEARPREP),
    W("through", LX_STOP | LX_YEARPREP), W("between", LX_STOP),
    W("among", LX_STOP), W("against", LX_STOP), W("within", LX_STOP),
    W("across", LX_STOP), W("including", LX_STOP), W("like", LX_STOP),
    W("there", LX_STOP), W("here", LX_STOP), W("how", LX_STOP),
    W("very", LX_STOP), W("much", LX_STOP), W("many", LX_STOP),
    W("few", LX_STOP), W("several", LX_STOP), W("still", LX_STOP),
    W("yet", LX_STOP), W("already", LX_STOP), W("even", LX_STOP),
    W("ever", LX_STOP), W("never", LX_STOP), W("again", LX_STOP),
    W("too", LX_STOP), W("own", LX_STOP), W("same", LX_STOP),
    W("whereas", LX_STOP), W("although", LX_STOP), W("though", LX_STOP),
    W("whether", LX_STOP), W("upon", LX_STOP), W("toward", LX_STOP),
    W("towards", LX_STOP), W("beyond", LX_STOP), W("respectively", LX_STOP),
    W("each", LX_STOP), W("either", LX_STOP), W("neither", LX_STOP),
    W("versus", LX_STOP), W("vs", LX_STOP | LX_ABBREV), W("etc", LX_STOP),
    W("it's", LX_STOP), W("altogether", LX_STOP), W("others", LX_STOP),
    W("ago", LX_STOP), W("later", LX_STOP), W("earlier", LX_STOP),
    W("hence", LX_STOP), W("respective", LX_STOP),

    /* verbs that end a counted noun phrase ("500 families live") */
    W("said", LX_VERB), W("says", LX_VERB), W("say", LX_VERB),
    W("according", LX_VERB), W("became", LX_VERB), W("become", LX_VERB),
    W("made", LX_VERB), W("make", LX_VERB), W("took", LX_VERB),
    W("take", LX_VERB), W("came", LX_VERB), W("come", LX_VERB),
    W("went", LX_VERB), W("got", LX_VERB), W("received", LX_VERB),
    W("attended", LX_VERB), W("joined", LX_VERB), W("visited", LX_VERB),
    W("worked", LX_VERB), W("lived", LX_VERB), W("live", LX_VERB),
    W("work", LX_VERB), W("participated", LX_VERB),
    W("settled", LX_VERB), W("registered", 0), W("used", LX_VERB),
    W("created", LX_VERB), W("built", LX_VERB), W("opened", LX_VERB),
    W("signed", LX_VERB), W("employed", LX_VERB), W("completed", LX_VERB),
    W("launched", LX_VERB), W("attracted", LX_VERB),
    W("saw", LX_VERB), W("sees", LX_VERB), W("see", LX_VERB),
    W("showed", LX_VERB), W("reported", LX_VERB), W("earned", LX_VERB),
    W("paid", LX_VERB), W("spent", LX_VERB), W("invested", LX_VERB),
    W("raised", LX_VERB), W("handled", LX_VERB), W("contributed", LX_VERB),
    W("brought", LX_VERB), W("produced", LX_VERB), W("sold", LX_VERB),
    W("bought", LX_VERB), W("exported", LX_VERB), W("imported", LX_VERB),
    W("owned", LX_VERB), W("provided", LX_VERB), W("hired", LX_VERB),
    W("generating", LX_VERB), W("bringing", LX_VERB), W("making", LX_VERB),
    W("taking", LX_VERB), W("creating", LX_VERB), W("raising", LX_VERB),
    W("attracting", LX_VERB), W("adding", LX_VERB), W("driving", LX_VERB),
    W("helping", LX_VERB), W("providing", LX_VERB), W("earning", LX_VERB),
    W("valuing", LX_VERB), W("costing", LX_VERB), W("cost", LX_VERB),
    W("costs", LX_VERB), W("worth", LX_VERB), W("give", LX_VERB),
    W("gave", LX_VERB), W("given", LX_VERB), W("allocates", LX_VERB),
    W("allocated", LX_VERB), W("announced", LX_VERB), W("approved", LX_VERB),
    W("includes", LX_VERB), W("represents", LX_VERB), W("remains", LX_VERB),
    W("means", LX_VERB), W("shows", LX_VERB), W("seems", LX_VERB),
    W("needs", LX_VERB), W("makes", LX_VERB), W("takes", LX_VERB),
    W("comes", LX_VERB), W("goes", LX_VERB), W("gets", LX_VERB),
    W("gives", LX_VERB), W("keeps", LX_VERB), W("stands", LX_VERB),
    W("helps", LX_VERB), W("looks", LX_VERB), W("refers", LX_VERB),
    W("provides", LX_VERB), W("covers", LX_VERB), W("employs", LX_VERB),

    /* role cues: change */
    W("rose", LX_CHANGE), W("rise", LX_CHANGE), W("rises", LX_CHANGE),
    W("rising", LX_CHANGE), W("risen", LX_CHANGE), W("grew", LX_CHANGE),
    W("grow", LX_CHANGE), W("grows", LX_CHANGE), W("growing", LX_CHANGE),
    W("grown", LX_CHANGE), W("growth", LX_CHANGE),
    W("increase", LX_CHANGE), W("increased", LX_CHANGE),
    W("increases", LX_CHANGE), W("increasing", LX_CHANGE),
    W("decrease", LX_CHANGE), W("decreased", LX_CHANGE),
    W("decreases", LX_CHANGE), W("decreasing", LX_CHANGE),
    W("decline", LX_CHANGE), W("declined", LX_CHANGE),
    W("declines", LX_CHANGE), W("declining", LX_CHANGE),
    W("fell", LX_CHANGE), W("fall", LX_CHANGE), W("falls", LX_CHANGE),
    W("falling", LX_CHANGE), W("fallen", LX_CHANGE), W("drop", LX_CHANGE),
    W("dropped", LX_CHANGE), W("drops", LX_CHANGE),
    W("dropping", LX_CHANGE), W("jumped", LX_CHANGE), W("jump", LX_CHANGE),
    W("jumps", LX_CHANGE), W("surged", LX_CHANGE), W("surge", LX_CHANGE),
    W("soared", LX_CHANGE), W("soaring", LX_CHANGE),
    W("climbed", LX_CHANGE), W("gained", LX_CHANGE), W("gain", LX_CHANGE),
    W("plunged", LX_CHANGE), W("plunge", LX_CHANGE),
    W("slumped", LX_CHANGE), W("shrank", LX_CHANGE), W("shrunk", LX_CHANGE),
    W("contracted", LX_CHANGE), W("contraction", LX_CHANGE),
    W("expanded", LX_CHANGE), W("higher", LX_CHANGE),
    W("lower", LX_CHANGE), W("boosted", LX_CHANGE), W("reduced", LX_CHANGE),
    W("reduction", LX_CHANGE), W("cut", LX_CHANGE), W("widened", LX_CHANGE),
    W("narrowed", LX_CHANGE), W("doubled", LX_CHANGE),
    W("tripled", LX_CHANGE), W("slid", LX_CHANGE), W("slipped", LX_CHANGE),
    W("dipped", LX_CHANGE), W("edged", LX_CHANGE), W("rebounded", LX_CHANGE),
    W("yoy", LX_CHANGE), W("cutting", LX_CHANGE), W("cuts", LX_CHANGE),
    W("reduce", LX_CHANGE), W("reducing", LX_CHANGE), W("reduces", LX_CHANGE),
    W("raise", LX_CHANGE), W("raised", LX_CHANGE), W("raising", LX_CHANGE),
    W("lowered", LX_CHANGE), W("lowering", LX_CHANGE), W("boost", LX_CHANGE),
    W("boosting", LX_CHANGE), W("doubling", LX_CHANGE),
    W("decreased", LX_CHANGE), W("expand", LX_CHANGE),
    W("expanding", LX_CHANGE), W("slowed", LX_CHANGE),
    W("accelerated", LX_CHANGE), W("tumbled", LX_CHANGE),
    W("rallied", LX_CHANGE), W("spiked", LX_CHANGE), W("eased", 0), W("increment", LX_CHANGE),
    W("gains", LX_CHANGE), W("losses", 0), W("lost", LX_CHANGE),
    W("shed", LX_CHANGE), W("upturn", LX_CHANGE), W("downturn", LX_CHANGE),

    /* role cues: share */
    W("share", LX_SHARE), W("proportion", LX_SHARE),
    W("percentage", LX_SHARE), W("accounting", 0), W("accounted", 0),
    W("accounts", 0), W("account", 0), W("ratio", LX_SHARE),
    W("penetration", LX_SHARE),

    /* role cues: target */
    W("expected", LX_TARGET), W("expect", LX_TARGET),
    W("expects", LX_TARGET), W("expecting", LX_TARGET),
    W("target", LX_TARGET), W("targets", LX_TARGET),
    W("targeted", LX_TARGET), W("targeting", LX_TARGET),
    W("goal", LX_TARGET), W("aim", LX_TARGET), W("aims", LX_TARGET),
    W("aiming", LX_TARGET), W("aimed", LX_TARGET),
    W("forecast", LX_TARGET), W("forecasts", LX_TARGET),
    W("projected", LX_TARGET), W("likely", LX_TARGET),
    W("intends", LX_TARGET), W("intend", LX_TARGET), W("plan", 0),
    W("plans", 0), W("planned", 0), W("planning", 0),
    W("anticipated", LX_TARGET), W("predicted", LX_TARGET),

    /* verbs after which a level is stated */
    W("reach", LX_REACH), W("reached", LX_REACH), W("reaches", LX_REACH),
    W("reaching", LX_REACH), W("totaled", LX_REACH),
    W("totalled", LX_REACH), W("totals", LX_REACH),
    W("totaling", LX_REACH), W("totalling", LX_REACH), W("hit", LX_REACH),
    W("hits", LX_REACH), W("numbered", LX_REACH), W("stood", 0),
    W("amounted", 0), W("came", 0), W("achieved", LX_REACH), W("achieve", LX_REACH),
    W("achieves", LX_REACH), W("achieving", LX_REACH),
    W("recorded", LX_REACH), W("registering", LX_REACH),
    W("posted", LX_REACH), W("generated", LX_REACH),

    /* time */
    W("year", LX_YEARWORD), W("years", LX_YEARWORD), W("this", 0),
    W("last", LX_TIMEADJ | LX_STOP), W("next", LX_TIMEADJ | LX_STOP),
    W("past", LX_TIMEADJ), W("recent", LX_TIMEADJ),
    W("coming", LX_TIMEADJ), W("previous", LX_TIMEADJ),
    W("following", LX_TIMEADJ), W("preceding", LX_TIMEADJ),
    W("initial", LX_TIMEADJ), W("final", LX_TIMEADJ),
    W("latest", LX_TIMEADJ), W("currently", LX_NOW),
    W("presently", LX_NOW), W("now", LX_NOW), W("today", LX_NOW),
    W("end", LX_YEARPREP), W("early", LX_YEARPREP),
    W("late", LX_YEARPREP), W("mid", LX_YEARPREP),
    W("fiscal", LX_YEARPREP), W("fy", LX_YEARPREP),
    W("a.m.", LX_CLOCK), W("p.m.", LX_CLOCK), W("am", LX_CLOCK),
    W("pm", LX_CLOCK), W("o'clock", LX_CLOCK), W("gmt", LX_CLOCK),
    W("utc", LX_CLOCK),

    /* identifiers */
    W("tel", LX_IDLINE | LX_ABBREV), W("telephone", LX_IDLINE),
    W("phone", LX_IDLINE), W("fax", LX_IDLINE), W("qq", LX_IDLINE),
    W("hotline", LX_IDLINE), W("wechat", LX_IDLINE),
    W("whatsapp", LX_IDLINE), W("email", LX_IDLINE),
    W("mobile", LX_IDLINE), W("zip", LX_IDLINE),
    W("postcode", LX_IDLINE), W("isbn", LX_IDLINE), W("issn", LX_IDLINE),
    W("icp", LX_IDLINE), W("ext", LX_IDLINE | LX_ABBREV),
    W("nos", LX_IDNUM | LX_ABBREV), W("number", LX_IDNUM),
    W("no", LX_ABBREV),

    /* abbreviations after which '.' is not a sentence end */
    W("mr", LX_ABBREV), W("mrs", LX_ABBREV), W("ms", LX_ABBREV),
    W("dr", LX_ABBREV), W("prof", LX_ABBREV), W("st", LX_ABBREV),
    W("gen", LX_ABBREV), W("gov", LX_ABBREV), W("sen", LX_ABBREV),
    W("rep", LX_ABBREV), W("co", LX_ABBREV), W("corp", LX_ABBREV),
    W("inc", LX_ABBREV), W("ltd", LX_ABBREV), W("jr", LX_ABBREV),
    W("sr", LX_ABBREV), W("mt", LX_ABBREV), W("fig", LX_ABBREV),
    W("vol", LX_ABBREV), W("approx", LX_ABBREV), W("est", LX_ABBREV),
    W("u.s.", 0), W("u.k.", 0), W("sq", LX_ABBREV),

    /* kinds of place and organisation (val: enum gazetteer_kind) */
    WV("province", LX_KIND, 1), WV("city", LX_KIND, 2),
    WV("municipality", LX_KIND, 2), WV("prefecture", LX_KIND, 2),
    WV("county", LX_KIND, 3), WV("district", LX_KIND, 3),
    WV("town", LX_KIND, 4), WV("township", LX_KIND, 4),
    WV("village", LX_KIND, 4), WV("country", LX_KIND, 5),
    WV("nation", LX_KIND, 5), WV("company", LX_KIND, 6),
    WV("firm", LX_KIND, 6), WV("corporation", LX_KIND, 6),
    WV("group", LX_KIND, 6), WV("region", LX_KIND, 1),

    /* Chinese context */
    W("china", LX_CHINA), W("chinese", LX_CHINA), W("yuan", LX_CHINA),
    W("rmb", LX_CHINA), W("renminbi", LX_CHINA), W("cny", LX_CHINA),
    W("prc", LX_CHINA),
};

static const struct phrase phrases[] = {
    /* qualifiers before the number */
    {{"more", "than"}, PH_QUAL, Q_OVER},
    {{"greater", "than"}, PH_QUAL, Q_OVER},
    {{"in", "excess", "of"}, PH_QUAL, Q_OVER},
    {{"upwards", "of"}, PH_QUAL, Q_OVER},
    {{"upward", "of"}, PH_QUAL, Q_OVER},
    {{"well", "over"}, PH_QUAL, Q_OVER},
    {{"just", "over"}, PH_QUAL, Q_OVER},
    {{"well", "above"}, PH_QUAL, Q_OVER},
    {{"just", "under"}, PH_QUAL, Q_NEARLY},
    {{"just", "below"}, PH_QUAL, Q_NEARLY},
    {{"close", "to"}, PH_QUAL, Q_NEARLY},
    {{"almost", "reaching"}, PH_QUAL, Q_NEARLY},
    {{"at", "least"}, PH_QUAL, Q_AT_LEAST},
    {{"no", "less", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"not", "less", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"no", "fewer", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"not", "fewer", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"a", "minimum", "of"}, PH_QUAL, Q_AT_LEAST},
    {{"up", "to"}, PH_QUAL, Q_AT_MOST},
    {{"at", "most"}, PH_QUAL, Q_AT_MOST},
    {{"no", "more", "than"}, PH_QUAL, Q_AT_MOST},
    {{"not", "more", "than"}, PH_QUAL, Q_AT_MOST},
    {{"a", "maximum", "of"}, PH_QUAL, Q_AT_MOST},
    {{"as", "much", "as"}, PH_QUAL, Q_AT_MOST},
    {{"as", "many", "as"}, PH_QUAL, Q_AT_MOST},
    {{"less", "than"}, PH_QUAL, Q_UNDER},
    {{"fewer", "than"}, PH_QUAL, Q_UNDER},
    {{"lower", "than"}, PH_QUAL, Q_UNDER},
    {{"an", "estimated"}, PH_QUAL, Q_ABOUT},
    {{"in", "the", "region", "of"}, PH_QUAL, Q_ABOUT},
    {{"on", "the", "order", "of"}, PH_QUAL, Q_ABOUT},
    {{"in", "the", "neighborhood", "of"}, PH_QUAL, Q_ABOUT},
    /* qualifiers after it */
    {{"or", "more"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"or", "above"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"and", "above"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"or", "so"}, PH_POSTQUAL, Q_ABOUT},
    {{"or", "less"}, PH_POSTQUAL, Q_AT_MOST},
    {{"or", "fewer"}, PH_POSTQUAL, Q_AT_MOST},
    /* units of several words */
    {{"per", "cent"}, PH_UNIT, U_PCT},
    {{"percentage", "points"}, PH_UNIT, U_PP},
    {{"percentage", "point"}, PH_UNIT, U_PP},
    {{"percent", "points"}, PH_UNIT, U_PP},
    {{"pct", "points"}, PH_UNIT, U_PP},
    {{"basis", "points"}, PH_UNIT, U_BP},
    {{"square", "kilometers"}, PH_UNIT, U_KM2},
    {{"square", "kilometres"}, PH_UNIT, U_KM2},
    {{"square", "kilometer"}, PH_UNIT, U_KM2},
    {{"square", "kilometre"}, PH_UNIT, U_KM2},
    {{"square", "km"}, PH_UNIT, U_KM2},
    {{"sq", "km"}, PH_UNIT, U_KM2},
    {{"square", "meters"}, PH_UNIT, U_M2},
    {{"square", "metres"}, PH_UNIT, U_M2},
    {{"square", "meter"}, PH_UNIT, U_M2},
    {{"square", "metre"}, PH_UNIT, U_M2},
    {{"square", "m"}, PH_UNIT, U_M2},
    {{"sq", "m"}, PH_UNIT, U_M2},
    {{"square", "miles"}, PH_UNIT, U_SQMILE},
    {{"square", "mile"}, PH_UNIT, U_SQMILE},
    {{"sq", "mi"}, PH_UNIT, U_SQMILE},
    {{"cubic", "meters"}, PH_UNIT, U_M3},
    {{"cubic", "metres"}, PH_UNIT, U_M3},
    {{"metric", "tons"}, PH_UNIT, U_T},
    {{"metric", "tonnes"}, PH_UNIT, U_T},
    {{"kilowatt", "hours"}, PH_UNIT, U_KWH},
    {{"megawatt", "hours"}, PH_UNIT, U_MWH},
    {{"degrees", "celsius"}, PH_UNIT, U_CELSIUS},
    {{"degrees", "centigrade"}, PH_UNIT, U_CELSIUS},
    {{"degrees", "fahrenheit"}, PH_UNIT, U_FAHRENHEIT},
    {{"pounds", "of"}, PH_UNIT, U_LB},
    {{"u.s.", "dollars"}, PH_UNIT, U_USD},
    {{"u.s.", "dollar"}, PH_UNIT, U_USD},
    {{"us", "dollars"}, PH_UNIT, U_USD},
    {{"american", "dollars"}, PH_UNIT, U_USD},
    {{"hong", "kong", "dollars"}, PH_UNIT, U_HKD},
    {{"hk", "dollars"}, PH_UNIT, U_HKD},
    {{"singapore", "dollars"}, PH_UNIT, U_SGD},
    {{"australian", "dollars"}, PH_UNIT, U_AUD},
    {{"canadian", "dollars"}, PH_UNIT, U_CAD},
    {{"new", "zealand", "dollars"}, PH_UNIT, U_NZD},
    {{"new", "taiwan", "dollars"}, PH_UNIT, U_TWD},
    {{"taiwan", "dollars"}, PH_UNIT, U_TWD},
    {{"nt", "dollars"}, PH_UNIT, U_TWD},
    {{"swiss", "francs"}, PH_UNIT, U_CHF},
    {{"south", "korean", "won"}, PH_UNIT, U_KRW},
    {{"korean", "won"}, PH_UNIT, U_KRW},
    {{"japanese", "yen"}, PH_UNIT, U_JPY},
    {{"indian", "rupees"}, PH_UNIT, U_INR},
    {{"chinese", "yuan"}, PH_UNIT, U_CNY},
    {{"yuan", "renminbi"}, PH_UNIT, U_CNY},
    {{"british", "pounds"}, PH_UNIT, U_GBP},
    {{"pounds", "sterling"}, PH_UNIT, U_GBP},
    {{"mexican", "pesos"}, PH_UNIT, U_MXN},
    {{"brazilian", "reais"}, PH_UNIT, U_BRL},
    {{"south", "african", "rand"}, PH_UNIT, U_ZAR},
    /* role cues */
    {{"year", "on", "year"}, PH_CHANGE, 0},
    {{"month", "on", "month"}, PH_CHANGE, 0},
    {{"quarter", "on", "quarter"}, PH_CHANGE, 0},
    {{"growth", "rate"}, PH_CHANGE, 0},
    /* arg 1: a comparison; a change cue after the figure only, and
    ** what follows it is the base level */
    {{"compared", "with"}, PH_CHANGE, 1},
    {{"compared", "to"}, PH_CHANGE, 1},
    {{"from", "a", "year", "earlier"}, PH_CHANGE, 1},
    {{"from", "a", "year", "ago"}, PH_CHANGE, 1},
    {{"from", "last", "year"}, PH_CHANGE, 1},
    {{"over", "the", "previous", "year"}, PH_CHANGE, 1},
    {{"over", "last", "year"}, PH_CHANGE, 1},
    {{"over", "the", "same", "period"}, PH_CHANGE, 1},
    {{"accounting", "for"}, PH_SHARE, 0},
    {{"accounted", "for"}, PH_SHARE, 0},
    {{"accounts", "for"}, PH_SHARE, 0},
    {{"account", "for"}, PH_SHARE, 0},
    {{"made", "up"}, PH_SHARE, 0},
    {{"of", "whom"}, PH_SHARE, 0},
    {{"of", "which"}, PH_SHARE, 0},
    {{"making", "up"}, PH_SHARE, 0},
    {{"plan", "to"}, PH_TARGET, 0},
    {{"plans", "to"}, PH_TARGET, 0},
    {{"planned", "to"}, PH_TARGET, 0},
    {{"planning", "to"}, PH_TARGET, 0},
    {{"is", "set", "to"}, PH_TARGET, 0},
    {{"are", "set", "to"}, PH_TARGET, 0},
    {{"on", "track", "to"}, PH_TARGET, 0},
    {{"strive", "to"}, PH_TARGET, 0},
    {{"striving", "to"}, PH_TARGET, 0},
    {{"stood", "at"}, PH_REACH, 0},
    {{"stands", "at"}, PH_REACH, 0},
    {{"amounted", "to"}, PH_REACH, 0},
    {{"amounting", "to"}, PH_REACH, 0},
    {{"came", "to"}, PH_REACH, 0},
    /* time */
    {{"this", "year"}, PH_TIME, 0},
    {{"the", "current", "year"}, PH_TIME, 0},
    {{"last", "year"}, PH_TIME, -1},
    {{"the", "previous", "year"}, PH_TIME, -1},
    {{"the", "year", "before"}, PH_TIME, -1},
    {{"next", "year"}, PH_TIME, 1},
    {{"the", "coming", "year"}, PH_TIME, 1},
    {{"at", "present"}, PH_NOW, 0},
    {{"so", "far"}, PH_NOW, 0},
    {{"to", "date"}, PH_NOW, 0},
    {{"till", "now"}, PH_NOW, 0},
    {{"until", "now"}, PH_NOW, 0},
    {{"up", "to", "now"}, PH_NOW, 0},
    {{"as", "of", "now"}, PH_NOW, 0},
};

#define N_WORDS (sizeof words / sizeof words[0])
#define N_PHRASES (sizeof phrases / sizeof phrases[0])
#define MAX_LEX 2048
#define HASH_SLOTS 4096 /* power of two, > 2 * MAX_LEX */

static struct lexeme lex[MAX_LEX]; /* merged entries; 0 is empty */
static size_t n_lex;
static struct {
    uint32_t hash;
    uint16_t id;
    uint16_t len;
} slots[HASH_SLOTS];
static uint64_t packed[MAX_LEX]; /* first 8 bytes of each word, see pack() */
static uint16_t phr_kinds[MAX_LEX]; /* phrase kinds a word starts (bits) */
const uint16_t *const lex_phrase_kinds = phr_kinds;

/* phrases sorted by first word; per lexeme: first index and count */
struct phrase_ix {
    const struct phrase *p;
    uint16_t ids[4]; /* lexeme ids of the words */
    uint8_t n;
};
static struct phrase_ix phr[N_PHRASES];
static uint16_t phr_first[MAX_LEX], phr_count[MAX_LEX];

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static uint32_t hash_lower(const char *w, size_t len)
{
    uint32_t h = TOK_HASH_INIT;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        h = tok_hash_step(h, c);
    }
    return h;
}

static int same_lower(const char *word, const char *w, size_t len)
{
    size_t i = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if ((unsigned char)word[i] != c)
            return 0;
    }
    return word[i] == '\0';
}

/* The first 8 bytes of a word, lower-cased, in one integer: most words
** are compared with one instruction. */
static uint64_t pack(const char *w, size_t len)
{
    uint64_t v = 0;
    for (size_t i = 0; i < len && i < 8; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        v |= (uint64_t)c << (8 * i);
    }
    return v;
}

static uint16_t find_packed(uint32_t h, uint64_t pk, const char *w,
                            size_t len)
{
    for (uint32_t s = h & (HASH_SLOTS - 1);; s = (s + 1) & (HASH_SLOTS - 1)) {
        uint16_t id = slots[s].id;
        if (id == 0)
            return 0;
        if (slots[s].hash == h && slots[s].len == len && packed[id] == pk &&
            (len <= 8 || same_lower(lex[id].word + 8, w + 8, len - 8)))
            return id;
    }
}

static uint16_t find(uint32_t h, const char *w, size_t len)
{
    return find_packed(h, pack(w, len), w, len);
}

static uint16_t add(const struct lexeme *e)
{
    size_t len = strlen(e->word);
    uint32_t h = hash_lower(e->word, len);
    uint16_t id = find(h, e->word, len);
    if (id) { /* merge a word listed in several sections */
        struct lexeme *m = &lex[id];
        m->cls |= e->cls;
        if (!m->val)
            m->val = e->val;
        if (!m->unit)
            m->unit = e->unit;
        if (!m->qual)
            m->qual = e->qual;
        return id;
    }
    if (n_lex >= MAX_LEX) {
        fprintf(stderr, "lexicon: too many words\n");
        abort();
    }
    id = (uint16_t)n_lex++;
    lex[id] = *e;
    packed[id] = pack(e->word, len);
    uint32_t s = h & (HASH_SLOTS - 1);
    while (slots[s].id)
        s = (s + 1) & (HASH_SLOTS - 1);
    slots[s].hash = h;
    slots[s].id = id;
    slots[s].len = (uint16_t)len;
    return id;
}

static void build(void)
{
    n_lex = 1;
    for (size_t i = 1; i < N_WORDS; i++)
        add(&words[i]);
    for (size_t i = 0; i < N_PHRASES; i++) {
        phr[i].p = &phrases[i];
        phr[i].n = 0;
        for (int k = 0; k < 4 && phrases[i].w[k]; k++) {
            struct lexeme e = {phrases[i].w[k], 0, 0, 0, 0};
            phr[i].ids[k] = add(&e);
            phr[i].n++;
        }
        lex[phr[i].ids[0]].cls |= LX_PHRASE;
        phr_kinds[phr[i].ids[0]] |= (uint16_t)(1u << phrases[i].kind);
        if (phrases[i].kind == PH_TIME || phrases[i].kind == PH_NOW)
            lex[phr[i].ids[0]].cls |= LX_TIMEPHRASE;
    }
    /* insertion sort by first word (stable; runs once, on ~150 rows) */
    for (size_t i = 1; i < N_PHRASES; i++) {
        struct phrase_ix x = phr[i];
        size_t j = i;
        for (; j > 0 && phr[j - 1].ids[0] > x.ids[0]; j--)
            phr[j] = phr[j - 1];
        phr[j] = x;
    }
    for (size_t i = N_PHRASES; i-- > 0;) {
        phr_first[phr[i].ids[0]] = (uint16_t)i;
        phr_count[phr[i].ids[0]]++;
    }
}

void lex_init(void)
{
    pthread_once(&lex_once, build);
}

uint16_t lex_lookup(uint32_t hash, const char *word, size_t len)
{
    return find(hash, word, len);
}

uint16_t lex_lookup_packed(uint32_t hash, uint64_t pk, const char *word,
                           size_t len)
{
    return find_packed(hash, pk, word, len);
}

const struct lexeme *lex_get(uint16_t id)
{
    return &lex[id];
}

uint16_t lex_id(const char *word)
{
    lex_init();
    size_t len = strlen(word);
    uint16_t id = find(hash_lower(word, len), word, len);
    if (!id) {
        fprintf(stderr, "lexicon: \"%s\" is not a known word\n", word);
        abort();
    }
    return id;
}

/* A glued '-' or '.' between two words of a phrase ("year-on-year",
** "sq. km") is skipped as if it were a space. */
static int joiner(const struct token *t)
{
    return t->kind == TK_PUNCT && (t->hash == '-' || t->hash == '.');
}

int lex_phrase_at(const struct token *toks, int n, int i, unsigned kinds,
                  const struct phrase **out)
{
    if (i < 0 || i >= n || toks[i].kind != TK_WORD)
        return 0;
    uint16_t first = toks[i].lex;
    if (!first || !(phr_kinds[first] & kinds))
        return 0;
    int best = 0;
    for (unsigned k = phr_first[first], end = k + phr_count[first]; k < end;
         k++) {
        if (!(kinds & (1u << phr[k].p->kind)))
            continue;
        int j = i + 1, w = 1;
        while (w < phr[k].n) {
            if (j + 1 < n && joiner(&toks[j]) && toks[j + 1].kind == TK_WORD)
                j++;
            if (j >= n || toks[j].kind != TK_WORD ||
                toks[j].lex != phr[k].ids[w])
                break;
            j++, w++;
        }
        if (w == phr[k].n && j - i > best) {
            best = j - i;
            *out = phr[k].p;
        }
    }
    return best;
}
