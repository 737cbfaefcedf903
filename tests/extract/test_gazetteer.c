/*
** test_gazetteer.c: the built-in gazetteer, lookups, aliases, extension
** by a pack's TSV, and errors naming the bad line.
*/
#include <pthread.h>

#include "check.h"
#include "extract/figure.h"
#include "extract/gazetteer.h"

static void canonical(const struct gazetteer *g, const char *name,
                      const char *want, const char *kind)
{
    const struct gazetteer_entry *e = gazetteer_lookup(g, name);
    char what[160];
    snprintf(what, sizeof what, "%s -> %s (%s)", name, want, kind);
    CHECK(e && strcmp(e->canonical, want) == 0 &&
              strcmp(gazetteer_kind_name(e->kind), kind) == 0,
          what);
}

static void builtin(void)
{
    struct gazetteer *g = gazetteer_builtin();
    CHECK(g != NULL, "built-in gazetteer");
    CHECK(gazetteer_builtin() == g, "built once, shared");
    CHECK(gazetteer_count(g) > 1000, "over a thousand names");
    canonical(g, "Zhejiang", "Zhejiang", "province");
    canonical(g, "Zhejiang Province", "Zhejiang", "province");
    canonical(g, "Inner Mongolia", "Inner Mongolia", "province");
    canonical(g, "Beijing", "Beijing", "city");
    canonical(g, "Hangzhou", "Hangzhou", "city");
    canonical(g, "Jiaxing", "Jiaxing", "city");
    canonical(g, "Tongxiang", "Tongxiang", "county");
    canonical(g, "Yiwu", "Yiwu", "county");
    canonical(g, "Wuzhen", "Wuzhen", "town");
    canonical(g, "Hong Kong", "Hong Kong", "city");
    canonical(g, "United States", "US", "country");
    canonical(g, "U.S.", "US", "country");
    canonical(g, "PRC", "China", "country");
    canonical(g, "Britain", "UK", "country");
    canonical(g, "Alibaba Group", "Alibaba", "company");
    canonical(g, "JD.com", "JD.com", "company");
    canonical(g, "Tongdun Technology", "Tongdun Technology", "company");
    canonical(g, "Ant Financial", "Ant Group", "company");
    canonical(g, "World Internet Conference", "World Internet Conference",
              "organisation");
    canonical(g, "hong   kong", "Hong Kong", "city");
    canonical(g, "Tamil Nadu", "Tamil Nadu", "province");
    canonical(g, "Monterrey", "Monterrey", "city");
    canonical(g, "Viet Nam", "Viet Nam", "country"); /* as written */
    canonical(g, "Shuyang County", "Shuyang", "county");
    CHECK(gazetteer_lookup(g, "Atlantis") == NULL, "unknown name");
    const struct gazetteer_entry *e = gazetteer_lookup(g, "Hangzhou");
    CHECK(e && strcmp(e->country, "CN") == 0, "country code");

    /* at least 100 Chinese prefecture-level cities */
    const char *cities[] = {"Ningbo", "Wenzhou", "Shenzhen", "Chengdu",
                            "Xi'an",  "Harbin",  "Kunming",  "Urumqi",
                            "Lhasa",  "Haikou",  "Yinchuan", "Zunyi",
                            "Baotou"};
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        e = gazetteer_lookup(g, cities[i]);
        CHECK(e && e->kind == GK_CITY, cities[i]);
    }
}

static void extension(void)
{
    struct wic_error err;
    const char tsv[] = "# a pack's own places\n"
                       "\n"
                       "Moon Base\ttown\tMoon Base\n"
                       "MB One\ttown\tMoon Base\tXX\n"
                       "Zhejiang\tprovince\tZhejiang Province (pack)\n";
    struct gazetteer *g =
        gazetteer_new_extended(gazetteer_builtin(), tsv, strlen(tsv), &err);
    CHECK(g != NULL, "extended gazetteer");
    if (!g)
        return;
    canonical(g, "Moon Base", "Moon Base", "town");
    canonical(g, "MB One", "Moon Base", "town");
    canonical(g, "Hangzhou", "Hangzhou", "city");
    canonical(g, "Zhejiang", "Zhejiang Province (pack)", "province");
    CHECK(gazetteer_count(g) == gazetteer_count(gazetteer_builtin()) + 3,
          "base entries kept");
    canonical(gazetteer_builtin(), "Zhejiang", "Zhejiang", "province");

    /* the scanner uses it */
    struct figure_list list;
    figure_list_init(&list);
    struct extract_options o = {0};
    o.gazetteer = g;
    const char *text = "Moon Base grew 40 percent.";
    figure_scan(text, strlen(text), &o, &list);
    CHECK(list.count == 1 && list.items[0].subject &&
              strcmp(list.items[0].subject, "Moon Base") == 0,
          "extension used by figure_scan");
    /* figures own their subject strings: free the gazetteer first */
    struct gazetteer *g2 = gazetteer_new_extended(g, NULL, 0, &err);
    gazetteer_free(g);
    canonical(g2, "Moon Base", "Moon Base", "town");
    CHECK(list.count == 1 && strcmp(list.items[0].subject, "Moon Base") == 0,
          "subject outlives the gazetteer");
    gazetteer_free(g2);
    figure_list_free(&list);
}

static void errors(void)
{
    struct wic_error err;
    const char *bad[] = {
        "Ok\ttown\tOk\nBroken line without tabs\n",
        "Ok\ttown\tOk\nX\tplanet\tX\n",
        "Ok\ttown\tOk\n\ttown\tEmpty\n",
        "Ok\ttown\tOk\nA\ttown\tA\tCN\textra\n",
        "Ok\ttown\tOk\nA B C D E F G H I J K L M\ttown\tLong\n",
        "Ok\ttown\tOk\nA\ttown\tA\tCHN\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        wic_error_clear(&err);
        struct gazetteer *g =
            gazetteer_new_extended(NULL, bad[i], strlen(bad[i]), &err);
        CHECK(g == NULL, "malformed TSV rejected");
        CHECK(strstr(err.message, "line 2") != NULL, "error names line 2");
        if (!strstr(err.message, "line 2"))
            printf("# %s\n", err.message);
        CHECK(err.kind == WIC_ERR_INPUT, "input error");
        gazetteer_free(g);
    }
    struct gazetteer *g = gazetteer_new_extended(NULL, "", 0, &err);
    CHECK(g && gazetteer_count(g) == 0, "empty TSV is an empty gazetteer");
    gazetteer_free(g);
    const char nul[] = "A\ttown\tA\nB\0\ttown\tB\n";
    g = gazetteer_new_extended(NULL, nul, sizeof nul - 1, &err);
    CHECK(g == NULL && strstr(err.message, "line 2"), "NUL byte rejected");
    gazetteer_free(g);
}

static void *race(void *arg)
{
    (void)arg;
    return gazetteer_builtin();
}

static void threads(void)
{
    pthread_t t[4];
    void *r[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, race, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], &r[i]);
    CHECK(r[0] && r[0] == r[1] && r[1] == r[2] && r[2] == r[3],
          "one built-in gazetteer across threads");
}

int main(void)
{
    threads();
    builtin();
    extension();
    errors();
    return check_done();
}
