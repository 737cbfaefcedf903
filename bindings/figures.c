/*
** figures.c: wic.figures, figures as Lua sees them (docs/figures.md).
**
**   a:figures() -> figures                 one article's figures
**   corpus:figures() -> figures            every article's, in order,
**                                          extracted on every core
**   wic.extract(text [, {date = "YYYY-MM-DD", id = "name"}]) -> figures
**   #figures, figures[i] -> record         (1-based; ipairs works)
**   for f in figures:records() do          every record
**   record: doc start end text value low high unit noun implicit approx
**           role period subject metric pair (the JSON names; `start` is
**           0-based like the JSON, `pair` a 1-based index into figures)
**
** A figures value is one userdata over the C figure lists; a record table
** is built only when a script asks for it, presized, so a script that
** only counts or hands the list on pays nothing per figure.  The lists
** stay laid out as arrays of struct figure, which a later columnar frame
** can read without copying.
*/
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/extract/figure.h"
#include "../runtime/host/host.h"
#include "../runtime/host/run_limits.h"
#include "corpus_binding.h"
#include "registry.h"

#define FIGURES_TYPE "wic.Figures"

/* The figures of `n_docs` texts: list d holds the figures of doc d. */
struct figures {
    struct figure_list *lists;
    const char **doc_ids; /* borrowed from the articles (or owned: extract) */
    const char **texts;   /* the scanned texts, for `text` spans          */
    size_t *offsets;      /* offsets[d]: index of doc d's first figure    */
    size_t n_docs, count;
    char *owned_id;       /* wic.extract's doc id                         */
    size_t charged;       /* bytes counted against the memory limit       */
};

static struct figures *check_figures(lua_State *L, int index)
{
    return luaL_checkudata(L, index, FIGURES_TYPE);
}

/* The extraction options for an article (its date and boilerplate, and
** the pack's gazetteer when it has one). */
static void article_options(const struct article *a,
                            const struct gazetteer *gazetteer,
                            struct extract_options *o)
{
    memset(o, 0, sizeof *o);
    o->gazetteer = gazetteer;
    if (a->date[0] != '\0')
        sscanf(a->date, "%d-%d-%d", &o->year, &o->month, &o->day);
    o->skip = a->boilerplate;
    o->n_skip = a->n_boilerplate;
}

/* A new figures userdata for `n_docs` docs, its source at `owner` kept
** alive as its user value. */
static struct figures *new_figures(lua_State *L, size_t n_docs, int owner)
{
    owner = lua_absindex(L, owner);
    struct figures *f = lua_newuserdatauv(L, sizeof *f, 1);
    memset(f, 0, sizeof *f);
    luaL_setmetatable(L, FIGURES_TYPE);
    lua_pushvalue(L, owner);
    lua_setiuservalue(L, -2, 1);
    f->n_docs = n_docs;
    f->lists = calloc(n_docs ? n_docs : 1, sizeof *f->lists);
    f->doc_ids = calloc(n_docs ? n_docs : 1, sizeof *f->doc_ids);
    f->texts = calloc(n_docs ? n_docs : 1, sizeof *f->texts);
    f->offsets = calloc(n_docs + 1, sizeof *f->offsets);
    if (!f->lists || !f->doc_ids || !f->texts || !f->offsets)
        luaL_error(L, "out of memory");
    for (size_t d = 0; d < n_docs; d++)
        figure_list_init(&f->lists[d]);
    return f;
}

/* Index the lists, and count their memory against the run's limit. */
static void finish_offsets(lua_State *L, struct figures *f)
{
    f->count = 0;
    for (size_t d = 0; d < f->n_docs; d++) {
        f->offsets[d] = f->count;
        f->count += f->lists[d].count;
    }
    f->offsets[f->n_docs] = f->count;
    size_t bytes = f->n_docs * (sizeof *f->lists + 3 * sizeof(void *)) +
                   f->count * sizeof(struct figure);
    if (limits_charge(L, bytes) != 0)
        luaL_error(L, "%s", limits_message());
    f->charged = bytes;
}

static int figures_gc(lua_State *L)
{
    struct figures *f = check_figures(L, 1);
    for (size_t d = 0; f->lists && d < f->n_docs; d++)
        figure_list_free(&f->lists[d]);
    free(f->lists);
    free(f->doc_ids);
    free(f->texts);
    free(f->offsets);
    free(f->owned_id);
    limits_uncharge(f->charged);
    memset(f, 0, sizeof *f);
    return 0;
}

/* #figures */
static int figures_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)check_figures(L, 1)->count);
    return 1;
}

static int figures_tostring(lua_State *L)
{
    struct figures *f = check_figures(L, 1);
    lua_pushfstring(L, "figures (%d in %d documents)", (int)f->count,
                    (int)f->n_docs);
    return 1;
}

/* Which doc holds figure i (0-based): binary search over offsets. */
static size_t doc_of(const struct figures *f, size_t i)
{
    size_t lo = 0, hi = f->n_docs;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->offsets[mid] <= i)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static void set_string(lua_State *L, const char *key, const char *value)
{
    if (value != NULL) {
        lua_pushstring(L, value);
        lua_setfield(L, -2, key);
    }
}

static void set_number(lua_State *L, const char *key, double value)
{
    if (isnan(value))
        return;
    if (value == floor(value) && fabs(value) < 9e15)
        lua_pushinteger(L, (lua_Integer)value);
    else
        lua_pushnumber(L, value);
    lua_setfield(L, -2, key);
}

/* The texts a figures value points into belong to its source (the user
** value): make sure that is still alive before reading them. */
static void check_source(lua_State *L, int index)
{
    lua_getiuservalue(L, index, 1);
    if (luaL_testudata(L, -1, WIC_CORPUS_TYPE))
        wic_check_corpus(L, -1);
    else if (luaL_testudata(L, -1, WIC_ARTICLE_TYPE))
        wic_check_article(L, -1);
    lua_pop(L, 1);
}

/* Push the record table of figure i (0-based). */
static void push_record(lua_State *L, const struct figures *f, size_t i)
{
    size_t d = doc_of(f, i);
    const struct figure *g = &f->lists[d].items[i - f->offsets[d]];
    lua_createtable(L, 0, 16);
    set_string(L, "doc", f->doc_ids[d]);
    lua_pushinteger(L, g->start);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, g->end);
    lua_setfield(L, -2, "end");
    lua_pushlstring(L, f->texts[d] + g->start, g->end - g->start);
    lua_setfield(L, -2, "text");
    set_number(L, "value", g->value);
    set_number(L, "low", g->low);
    set_number(L, "high", g->high);
    set_string(L, "unit", g->unit);
    set_string(L, "noun", g->noun);
    lua_pushboolean(L, g->implicit);
    lua_setfield(L, -2, "implicit");
    set_string(L, "approx", g->approx);
    set_string(L, "role", g->role);
    if (g->period != 0) {
        lua_pushinteger(L, g->period);
        lua_setfield(L, -2, "period");
    }
    set_string(L, "subject", g->subject);
    set_string(L, "metric", g->metric);
    if (g->pair >= 0) {
        lua_pushinteger(L, (lua_Integer)(f->offsets[d] + (size_t)g->pair) + 1);
        lua_setfield(L, -2, "pair");
    }
}

/* figures[i] -> record | nil; figures.method -> method */
static int figures_index(lua_State *L)
{
    struct figures *f = check_figures(L, 1);
    if (lua_type(L, 2) == LUA_TNUMBER) {
        lua_Integer i = luaL_checkinteger(L, 2);
        if (i < 1 || (lua_Unsigned)i > f->count)
            return 0;
        check_source(L, 1);
        push_record(L, f, (size_t)i - 1);
        return 1;
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    return 1;
}

static int next_record(lua_State *L)
{
    struct figures *f = check_figures(L, lua_upvalueindex(1));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    if ((lua_Unsigned)i >= f->count)
        return 0;
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    check_source(L, lua_upvalueindex(1));
    push_record(L, f, (size_t)i);
    return 1;
}

/* figures:records() -> iterator over record tables */
static int figures_records(lua_State *L)
{
    check_figures(L, 1);
    lua_settop(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, next_record, 2);
    return 1;
}

/* ---- making figures ---- */

static void scan_article(const struct article *a,
                         const struct gazetteer *gazetteer,
                         struct figure_list *list)
{
    struct extract_options o;
    article_options(a, gazetteer, &o);
    if (figure_scan(a->text, a->text_len, &o, list) != 0)
        list->count = 0; /* out of memory: no figures rather than half */
}

/* a:figures() -> figures */
static int article_figures(lua_State *L)
{
    const struct article *a = wic_check_article(L, 1);
    struct figures *f = new_figures(L, 1, 1);
    f->doc_ids[0] = a->id;
    f->texts[0] = a->text;
    struct host *host = host_from_state(L);
    scan_article(a, host ? host->gazetteer : NULL, &f->lists[0]);
    finish_offsets(L, f);
    return 1;
}

struct scan_pool {
    const struct corpus *corpus;
    const struct gazetteer *gazetteer;
    struct figures *figures;
    atomic_size_t next;
};

static void *scan_worker(void *arg)
{
    struct scan_pool *pool = arg;
    for (;;) {
        size_t d = atomic_fetch_add(&pool->next, 1);
        if (d >= pool->corpus->count)
            return NULL;
        scan_article(&pool->corpus->articles[d], pool->gazetteer,
                     &pool->figures->lists[d]);
    }
}

/* corpus:figures() -> figures (cached: the corpus does not change) */
static int corpus_figures(lua_State *L)
{
    struct corpus *corpus = wic_check_corpus(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "wic.corpus_figures");
    lua_pushvalue(L, 1);
    if (lua_rawget(L, -2) == LUA_TUSERDATA)
        return 1;
    lua_pop(L, 1);
    struct figures *f = new_figures(L, corpus->count, 1);
    for (size_t d = 0; d < corpus->count; d++) {
        f->doc_ids[d] = corpus->articles[d].id;
        f->texts[d] = corpus->articles[d].text;
    }
    struct host *host = host_from_state(L);
    struct scan_pool pool = {.corpus = corpus, .figures = f,
                             .gazetteer = host ? host->gazetteer : NULL};
    int n = corpus_thread_count(host ? host->threads : 0, corpus->count);
    pthread_t threads[64];
    int started = corpus_start_threads(threads, n - 1, scan_worker, &pool);
    scan_worker(&pool);
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    finish_offsets(L, f);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, -4); /* cache[corpus] = figures */
    return 1;
}

static int parse_date_option(const char *s, struct extract_options *o)
{
    int y, m, d;
    char extra;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return -1;
    o->year = y;
    o->month = m;
    o->day = d;
    return 0;
}

/* wic.extract(text [, {date = "YYYY-MM-DD", id = "name"}]) -> figures */
int wic_figures_extract(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    struct extract_options o;
    memset(&o, 0, sizeof o);
    struct host *host = host_from_state(L);
    o.gazetteer = host ? host->gazetteer : NULL;
    /* options stay on the stack (slots 3 and 4) while in use, so the
    ** strings cannot be collected under us */
    lua_settop(L, 2);
    if (!lua_isnil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        if (lua_getfield(L, 2, "date") != LUA_TNIL &&
            (!lua_isstring(L, -1) ||
             parse_date_option(lua_tostring(L, -1), &o) != 0))
            return luaL_argerror(L, 2, "date must be \"YYYY-MM-DD\"");
        if (lua_getfield(L, 2, "id") != LUA_TNIL)
            luaL_checkstring(L, 4);
    } else {
        lua_pushnil(L);
        lua_pushnil(L);
    }
    const char *id = lua_isnil(L, 4) ? "text" : lua_tostring(L, 4);
    if (len > UINT32_MAX)
        return luaL_argerror(L, 1, "text is larger than 4 GB");
    struct figures *f = new_figures(L, 1, 1);
    if ((f->owned_id = strdup(id)) == NULL) /* id is kept alive in slot 4 */
        return luaL_error(L, "out of memory");
    f->doc_ids[0] = f->owned_id;
    f->texts[0] = text; /* the string is kept alive as the user value */
    if (figure_scan(text, len, &o, &f->lists[0]) != 0)
        return luaL_error(L, "out of memory");
    finish_offsets(L, f);
    return 1;
}

static const luaL_Reg figures_methods[] = {
    {"records", figures_records},
    {NULL, NULL},
};

static const luaL_Reg article_methods[] = {
    {"figures", article_figures},
    {NULL, NULL},
};

static const luaL_Reg corpus_methods[] = {
    {"figures", corpus_figures},
    {NULL, NULL},
};

int luaopen_wic_figures(lua_State *L)
{
    luaL_newmetatable(L, FIGURES_TYPE);
    luaL_newlib(L, figures_methods);
    lua_pushcclosure(L, figures_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, figures_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, figures_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, figures_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, FIGURES_TYPE);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    wic_add_methods(L, WIC_ARTICLE_TYPE, article_methods);
    wic_add_methods(L, WIC_CORPUS_TYPE, corpus_methods);
    lua_newtable(L); /* weak cache: corpus -> figures */
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, "wic.corpus_figures");

    lua_newtable(L);
    lua_pushcfunction(L, wic_figures_extract);
    lua_setfield(L, -2, "extract");
    return 1;
}
