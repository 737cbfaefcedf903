/*
** money.c: whose currency a word shared by several countries names.
**
** "Rs498.6 billion" in a Karachi paper is Pakistan's, "5 billion pesos" in
** Manila the Philippines', "Sh40.6 trillion" in Kampala Uganda's.  News
** writes such amounts without the country: the page has said it already,
** in its masthead or by what it is about.  So the unit of a shared word
** (U_RUPEE, U_PESO, ...: lexicon.h) waits for the article's end, as "¥"
** and a bare "$" do (scan.c), and is then:
**
**   0. the currency of the country the figure's own sentence is about,
**      if it uses the word ("Kuwait's oil ministry said exports earned
**      5.1 billion dinars", on a page naming Iraq more);
**   1. the currency of the masthead's country if it uses the word
**      ("The Daily Star" names no country; "Statistics Canada" does);
**   2. else the currency of the country, among those using the word,
**      whose places and bodies the page names most (the weights that
**      also choose its main subject: attrib_ctx.c), its wire dateline
**      ("NEW DELHI: ...") and its headline's subject counting for a dozen
**      mentions each;
**   3. else the word's usual one, the first of its row below; but
**      "shillings" and "dinars" name no country of today by themselves
**      (a speech of 1843 levies "20 shillings"): 0, for a count of them.
**
** A country named with the word ("Pakistani rupees", "Qatari riyals")
** is a phrase of the lexicon and never comes here.
**
** A bare "$" with no note and no masthead to say whose it is (scan.c)
** asks fx_page_dollar: a page that writes the US's dollars as "US$" and
** names Canada, Australia, New Zealand or Singapore more than the US,
** never writing that country's own prefix, means its own dollars by "$"
** (the Financial Post's "$4.8 billion ... US$650 million").
*/
#include <stdbool.h>
#include <string.h>

#include "scan.h"

enum { USERS_MAX = 8 };

struct user {
    char country[3]; /* ISO 3166, as the gazetteer's */
    uint8_t unit;    /* its currency; 0 ends a row  */
};

/* The countries that use each shared word, the usual one first. */
static const struct {
    uint8_t unit;        /* the shared word's U_*          */
    bool needs_evidence; /* no usual one (3. above)        */
    struct user user[USERS_MAX];
} shared[] = {
    {U_RUPEE, false, {{"IN", U_INR}, {"PK", U_PKR}, {"LK", U_LKR}, {"NP", U_NPR}}},
    {U_PESO,
     false,
     {{"MX", U_MXN},
      {"PH", U_PHP},
      {"AR", U_ARS},
      {"CO", U_COP},
      {"CL", U_CLP},
      {"UY", U_UYU},
      {"DO", U_DOP}}},
    {U_SHILLING, true, {{"KE", U_KES}, {"UG", U_UGX}, {"TZ", U_TZS}}},
    {U_DINAR,
     true,
     {{"KW", U_KWD},
      {"BH", U_BHD},
      {"JO", U_JOD},
      {"IQ", U_IQD},
      {"DZ", U_DZD},
      {"TN", U_TND},
      {"LY", U_LYD},
      {"RS", U_RSD}}},
    {U_RIYAL, false, {{"SA", U_SAR}, {"QA", U_QAR}}},
    {U_RIAL, false, {{"IR", U_IRR}, {"OM", U_OMR}, {"YE", U_YER}}},
    {U_KRONE, false, {{"DK", U_DKK}, {"NO", U_NOK}}},
};
_Static_assert(sizeof shared / sizeof shared[0] ==
                   U_SHARED_LAST - U_SHARED_FIRST + 1,
               "a row per shared word, in enum order");

/* The weight of country `c` on the page: its places and bodies named,
** its wire dateline and its headline's subject a dozen mentions each. */
static unsigned country_weight(const struct scanner *sc, const char *c)
{
    unsigned w = 0;
    if (sc->dateline_country[0] && memcmp(sc->dateline_country, c, 2) == 0)
        w += 24;
    if (sc->ctx.head_subject && memcmp(sc->ctx.head_subject->country, c, 2) == 0)
        w += 24;
    for (int k = 0; k < sc->ctx.n_seen; k++)
        if (memcmp(sc->ctx.seen[k]->country, c, 2) == 0)
            w += sc->ctx.seen_weight[k];
    return w;
}

int fx_page_dollar(const struct scanner *sc)
{
    static const struct user dollars[] = {
        {"CA", U_CAD}, {"AU", U_AUD}, {"NZ", U_NZD}, {"SG", U_SGD}};
    unsigned bare = sc->currency_seen[U_DOLLAR];
    unsigned us = sc->currency_seen[U_USD] - bare; /* "US$", "U.S. dollars" */
    if (!bare || !us)
        return 0;
    unsigned best = 0, of_us = country_weight(sc, "US");
    int unit = 0;
    for (size_t d = 0; d < sizeof dollars / sizeof dollars[0]; d++) {
        unsigned w = country_weight(sc, dollars[d].country);
        if (w > best) {
            best = w;
            unit = dollars[d].unit;
        }
    }
    /* named a few times, more than the US; and its own dollar never
    ** written with its prefix ("C$1.5 billion ($1.1 billion)" is Reuters'
    ** style, where "$" is the US's) */
    if (best < 4 || best <= of_us || sc->currency_seen[unit])
        return 0;
    return unit;
}

int fx_yen_currency(const struct scanner *sc)
{
    if (sc->japanese || sc->yen_words > sc->currency_seen[U_CNY])
        return U_JPY; /* kana, or "yen" written more than yuan amounts */
    unsigned jp = country_weight(sc, "JP"), cn = country_weight(sc, "CN");
    return sc->chinese && cn >= jp ? U_CNY : U_JPY;
}

int fx_country_currency(int unit, const char *country)
{
    if (unit < U_SHARED_FIRST || unit > U_SHARED_LAST || !country[0])
        return 0;
    const struct user *user = shared[unit - U_SHARED_FIRST].user;
    for (int u = 0; u < USERS_MAX && user[u].unit; u++)
        if (memcmp(country, user[u].country, 2) == 0)
            return user[u].unit;
    return 0;
}

int fx_page_currency(const struct scanner *sc, int unit)
{
    if (unit < U_SHARED_FIRST || unit > U_SHARED_LAST)
        return unit;
    const struct user *user = shared[unit - U_SHARED_FIRST].user;
    bool needs_evidence = shared[unit - U_SHARED_FIRST].needs_evidence;
    unsigned weight[USERS_MAX] = {0};
    for (int u = 0; u < USERS_MAX && user[u].unit; u++)
        if (memcmp(sc->masthead_country, user[u].country, 2) == 0)
            return user[u].unit;
    for (int u = 0; u < USERS_MAX && user[u].unit; u++)
        weight[u] = country_weight(sc, user[u].country);
    int best = 0;
    for (int u = 1; u < USERS_MAX && user[u].unit; u++)
        if (weight[u] > weight[best])
            best = u;
    return weight[best] || !needs_evidence ? user[best].unit : 0;
}
