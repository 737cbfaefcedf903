/*
** corpus.c: wic.corpus, articles as Lua sees them.
**
**   wic.corpus() -> corpus              the run's corpus (the pack's
**                                       articles, or run --corpus paths)
**   wic.corpus(path, ...) -> corpus | nil, message
**                                       other articles: in a pack, entry
**                                       names, folders or globs inside it;
**                                       in `wicrun run`, files and folders
**   #corpus, corpus[i]                  count, i-th article (1-based)
**   for a in corpus:articles() do       every article, in order
**   a.id a.title a.date a.outlet a.text a.words a.invalid_bytes
**   a:paragraphs(), a:sentences()       lists of strings
**
** A corpus is one userdata over the C corpus (no table per article until
** asked); an article is a small userdata that keeps its corpus alive
** through its user value.  `date` is "YYYY-MM-DD" or nil, never guessed.
*/
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/host/host.h"
#include "../runtime/host/run_limits.h"
#include "corpus_binding.h"
#include "registry.h"

static const char RUN_CORPUS_KEY[] = "wic.run_corpus";

struct corpus_handle {
    struct corpus *corpus;
    int owned;      /* free in __gc (loaded by the script, not the run's) */
    size_t charged; /* bytes counted against the memory limit */
};

struct article_handle {
    const struct article *article;
};

/* ---- corpus ---- */

struct corpus *wic_check_corpus(lua_State *L, int index)
{
    struct corpus_handle *h = luaL_checkudata(L, index, WIC_CORPUS_TYPE);
    if (h->corpus == NULL) /* only a resurrected, finalized corpus */
        luaL_argerror(L, index, "the corpus has been freed");
    return h->corpus;
}

const struct article *wic_check_article(lua_State *L, int index)
{
    struct article_handle *h = luaL_checkudata(L, index, WIC_ARTICLE_TYPE);
    /* the article lives in its corpus (the user value): check it is
    ** still there */
    lua_getiuservalue(L, index, 1);
    wic_check_corpus(L, -1);
    lua_pop(L, 1);
    return h->article;
}

/* Bytes a loaded corpus holds in C, to count against the memory limit. */
static size_t corpus_bytes(const struct corpus *c)
{
    size_t bytes = c->capacity * sizeof *c->articles;
    for (size_t i = 0; i < c->count; i++) {
        const struct article *a = &c->articles[i];
        bytes += a->text_len + 1 +
                 (a->n_boilerplate + a->n_paragraphs + a->n_sentences) *
                     sizeof(struct span);
    }
    return bytes;
}

static void push_corpus(lua_State *L, struct corpus *corpus, int owned)
{
    struct corpus_handle *h = lua_newuserdatauv(L, sizeof *h, 0);
    h->corpus = corpus;
    h->owned = owned;
    h->charged = 0;
    luaL_setmetatable(L, WIC_CORPUS_TYPE);
}

void wic_push_article(lua_State *L, int corpus_index, size_t i)
{
    corpus_index = lua_absindex(L, corpus_index);
    struct corpus *corpus = wic_check_corpus(L, corpus_index);
    struct article_handle *h = lua_newuserdatauv(L, sizeof *h, 1);
    h->article = &corpus->articles[i];
    luaL_setmetatable(L, WIC_ARTICLE_TYPE);
    lua_pushvalue(L, corpus_index);
    lua_setiuservalue(L, -2, 1);
}

static int corpus_gc(lua_State *L)
{
    struct corpus_handle *h = luaL_checkudata(L, 1, WIC_CORPUS_TYPE);
    if (h->owned && h->corpus) {
        corpus_free(h->corpus);
        free(h->corpus);
        limits_uncharge(h->charged);
    }
    h->corpus = NULL;
    return 0;
}

/* #corpus -> number of articles */
static int corpus_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)wic_check_corpus(L, 1)->count);
    return 1;
}

static int corpus_tostring(lua_State *L)
{
    struct corpus *c = wic_check_corpus(L, 1);
    lua_pushfstring(L, "corpus (%d articles, %d bytes)", (int)c->count,
                    (int)c->text_bytes);
    return 1;
}

static int next_article(lua_State *L)
{
    struct corpus *c = wic_check_corpus(L, lua_upvalueindex(1));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    if (i >= (lua_Integer)c->count)
        return 0;
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    wic_push_article(L, lua_upvalueindex(1), (size_t)i);
    return 1;
}

/* corpus:articles() -> iterator over articles */
static int corpus_articles(lua_State *L)
{
    wic_check_corpus(L, 1);
    lua_settop(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, next_article, 2);
    return 1;
}

/* corpus[i] -> article | nil; corpus.method -> method */
static int corpus_index(lua_State *L)
{
    struct corpus *c = wic_check_corpus(L, 1);
    if (lua_type(L, 2) == LUA_TNUMBER) {
        lua_Integer i = luaL_checkinteger(L, 2);
        if (i < 1 || i > (lua_Integer)c->count)
            return 0;
        wic_push_article(L, 1, (size_t)(i - 1));
        return 1;
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1)); /* methods */
    return 1;
}

/* ---- article ---- */

static void push_spans(lua_State *L, const struct article *a,
                       const struct span *spans, size_t n)
{
    lua_createtable(L, (int)(n < 1u << 30 ? n : 0), 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushlstring(L, a->text + spans[i].start,
                        spans[i].end - spans[i].start);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* a:paragraphs() -> {string} */
static int article_paragraphs(lua_State *L)
{
    const struct article *a = wic_check_article(L, 1);
    push_spans(L, a, a->paragraphs, a->n_paragraphs);
    return 1;
}

/* a:sentences() -> {string} */
static int article_sentences(lua_State *L)
{
    const struct article *a = wic_check_article(L, 1);
    push_spans(L, a, a->sentences, a->n_sentences);
    return 1;
}

static void push_optional_string(lua_State *L, const char *s)
{
    if (s != NULL && s[0] != '\0')
        lua_pushstring(L, s);
    else
        lua_pushnil(L);
}

/* a.field -> value; a.method -> method */
static int article_index(lua_State *L)
{
    const struct article *a = wic_check_article(L, 1);
    const char *key = luaL_checkstring(L, 2);
    if (strcmp(key, "id") == 0)
        lua_pushstring(L, a->id);
    else if (strcmp(key, "title") == 0)
        push_optional_string(L, a->title);
    else if (strcmp(key, "date") == 0)
        push_optional_string(L, a->date);
    else if (strcmp(key, "outlet") == 0)
        push_optional_string(L, a->outlet);
    else if (strcmp(key, "text") == 0)
        lua_pushlstring(L, a->text, a->text_len);
    else if (strcmp(key, "words") == 0)
        lua_pushinteger(L, (lua_Integer)a->words);
    else if (strcmp(key, "invalid_bytes") == 0)
        lua_pushinteger(L, (lua_Integer)a->invalid_bytes);
    else {
        lua_pushvalue(L, 2);
        lua_rawget(L, lua_upvalueindex(1)); /* methods */
    }
    return 1;
}

static int article_tostring(lua_State *L)
{
    const struct article *a = wic_check_article(L, 1);
    lua_pushfstring(L, "article %s", a->id);
    return 1;
}

static int article_eq(lua_State *L)
{
    struct article_handle *x = luaL_testudata(L, 1, WIC_ARTICLE_TYPE);
    struct article_handle *y = luaL_testudata(L, 2, WIC_ARTICLE_TYPE);
    lua_pushboolean(L, x && y && x->article == y->article);
    return 1;
}

/* ---- wic.corpus(...) ---- */

static int has_glob(const char *s)
{
    return strpbrk(s, "*?") != NULL;
}

/* In a pack: each argument is an entry, a folder or a glob. */
static int load_from_pack(lua_State *L, int first, int n, struct host *host,
                          struct corpus *corpus, struct wic_error *err)
{
    char **patterns = calloc((size_t)n + 1, sizeof *patterns);
    if (patterns == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    int status = 0;
    for (int i = 0; i < n && status == 0; i++) {
        const char *arg = lua_tostring(L, first + i);
        size_t len = strlen(arg);
        patterns[i] = malloc(len + 4);
        if (patterns[i] == NULL) {
            status = wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
            break;
        }
        strcpy(patterns[i], arg);
        if (!has_glob(arg) && !pack_archive_find(host->archive, arg)) {
            if (len == 0 || arg[len - 1] != '/')
                strcat(patterns[i], "/");
            strcat(patterns[i], "**");
        }
    }
    struct corpus_options options = host_corpus_options(host);
    if (status == 0)
        status = corpus_add_archive(corpus, host->archive, patterns,
                                    &options, err);
    if (status == 0 && corpus->count == 0)
        status = wic_error_set(err, WIC_ERR_INPUT,
                               "no articles in the pack match %s",
                               patterns[0] ? patterns[0] : "(nothing)");
    for (int i = 0; i < n; i++)
        free(patterns[i]);
    free(patterns);
    return status;
}

/* wic.corpus([path, ...]) -> corpus | nil, message */
static int corpus_call(lua_State *L)
{
    struct host *host = host_from_state(L);
    struct wic_error err;
    wic_error_clear(&err);
    if (lua_gettop(L) <= 1) {
        if (lua_getfield(L, LUA_REGISTRYINDEX, RUN_CORPUS_KEY) ==
            LUA_TUSERDATA)
            return 1;
        struct corpus *corpus = host ? host_corpus(host, &err) : NULL;
        if (corpus == NULL)
            return luaL_error(L, "%s", host ? err.message : "no run corpus");
        push_corpus(L, corpus, 0);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, RUN_CORPUS_KEY);
        return 1;
    }
    for (int i = 2; i <= lua_gettop(L); i++)
        luaL_checkstring(L, i);
    struct corpus *corpus = malloc(sizeof *corpus);
    if (corpus == NULL)
        return luaL_error(L, "out of memory");
    corpus_init(corpus);
    push_corpus(L, corpus, 1); /* collected on error too */
    int status = 0, last = lua_gettop(L) - 1; /* arguments: 2..last */
    if (host && host->archive && host->sandboxed) {
        status = load_from_pack(L, 2, last - 1, host, corpus, &err);
    } else {
        struct corpus_options options =
            host ? host_corpus_options(host)
                 : (struct corpus_options){0, 1, NULL, 0};
        for (int i = 2; i <= last && status == 0; i++)
            status = corpus_add_path(corpus, lua_tostring(L, i), &options,
                                     &err);
    }
    if (status != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err.message);
        return 2;
    }
    struct corpus_handle *h = lua_touserdata(L, -1);
    size_t bytes = corpus_bytes(corpus);
    if (limits_charge(L, bytes) != 0)
        return luaL_error(L, "%s", limits_message());
    h->charged = bytes;
    return 1;
}

static const luaL_Reg corpus_methods[] = {
    {"articles", corpus_articles},
    {NULL, NULL},
};

static const luaL_Reg article_methods[] = {
    {"paragraphs", article_paragraphs},
    {"sentences", article_sentences},
    {NULL, NULL},
};

/* A metatable for `type` whose __index is `index` with the methods table
** as upvalue; the methods table is also kept as field "methods" of the
** registry entry WIC_METHODS(type) so other bindings can add to it. */
static void new_type(lua_State *L, const char *type, const luaL_Reg *methods,
                     lua_CFunction index)
{
    luaL_newmetatable(L, type);
    lua_newtable(L);
    luaL_setfuncs(L, methods, 0);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "methods");
    lua_pushcclosure(L, index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, type); /* getmetatable(x) gives the type's name */
    lua_setfield(L, -2, "__metatable");
}

int luaopen_wic_corpus(lua_State *L)
{
    new_type(L, WIC_CORPUS_TYPE, corpus_methods, corpus_index);
    lua_pushcfunction(L, corpus_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, corpus_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, corpus_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);
    new_type(L, WIC_ARTICLE_TYPE, article_methods, article_index);
    lua_pushcfunction(L, article_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, article_eq);
    lua_setfield(L, -2, "__eq");
    lua_pop(L, 1);

    lua_newtable(L); /* the module: callable */
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, corpus_call);
    lua_setfield(L, -2, "__call");
    lua_setmetatable(L, -2);
    return 1;
}

void wic_add_methods(lua_State *L, const char *type, const luaL_Reg *methods)
{
    luaL_getmetatable(L, type);
    lua_getfield(L, -1, "methods");
    luaL_setfuncs(L, methods, 0);
    lua_pop(L, 2);
}
