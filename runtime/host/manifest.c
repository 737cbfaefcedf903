/*
** manifest.c: see manifest.h.
*/
#include "manifest.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "wicrun_config.h"

enum {
    MANIFEST_MEMORY = 4 << 20,
    MANIFEST_INSTRUCTIONS = 1000000,
    MAX_LIST = 64,
    MAX_FIELD_BYTES = 4096,
};

struct budget {
    size_t used;
};

static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct budget *b = ud;
    if (ptr == NULL)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        b->used -= osize;
        return NULL;
    }
    if (nsize > osize && b->used - osize + nsize > MANIFEST_MEMORY)
        return NULL;
    void *block = realloc(ptr, nsize);
    if (block != NULL)
        b->used = b->used - osize + nsize;
    return block;
}

static void too_long(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lua_pushliteral(L, "the manifest takes too long to read (it should be "
                       "plain data)");
    lua_error(L);
}

static const char *const FIELDS[] = {
    "name", "version", "title", "description", "authors", "license",
    "requires", "main", "corpus", "params", "gazetteer", NULL};

/* ---- checking fields: each returns 0 or sets err ---- */

struct reader {
    lua_State *L;
    int table;
    const char *where; /* "x.zip: pack.lua" */
    struct wic_error *err;
};

static int field_error(struct reader *r, const char *field, const char *what)
{
    return wic_error_set(r->err, WIC_ERR_PACK, "%s: field '%s' %s", r->where,
                         field, what);
}

static char *dup_checked(lua_State *L, int index, size_t *len)
{
    const char *s = lua_tolstring(L, index, len);
    return s ? strndup(s, *len) : NULL;
}

/* An optional string field; `required` makes absence an error. */
static int read_string(struct reader *r, const char *field, char **out,
                       int required)
{
    int type = lua_getfield(r->L, r->table, field);
    int status = 0;
    if (type == LUA_TNIL) {
        if (required)
            status = field_error(r, field, "is required");
    } else if (type != LUA_TSTRING) {
        char what[64];
        snprintf(what, sizeof what, "must be a string, not a %s",
                 lua_typename(r->L, type));
        status = field_error(r, field, what);
    } else {
        size_t len;
        *out = dup_checked(r->L, -1, &len);
        if (len > MAX_FIELD_BYTES)
            status = field_error(r, field, "is too long");
        else if (strlen(*out) != len)
            status = field_error(r, field, "contains a NUL byte");
    }
    lua_pop(r->L, 1);
    return status;
}

/* A string or a list of strings. */
static int read_list(struct reader *r, const char *field, char ***out,
                     size_t *count)
{
    lua_State *L = r->L;
    int type = lua_getfield(L, r->table, field);
    int status = 0;
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (type == LUA_TSTRING) {
        lua_createtable(L, 1, 0);
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
    } else if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return field_error(r, field, "must be a string or a list of strings");
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    if (n > MAX_LIST) {
        lua_pop(L, 1);
        return field_error(r, field, "has too many items");
    }
    *out = calloc((size_t)n + 1, sizeof **out);
    if (*out == NULL) {
        lua_pop(L, 1);
        return wic_error_set(r->err, WIC_ERR_MEMORY, "out of memory");
    }
    for (lua_Integer i = 1; i <= n && status == 0; i++) {
        size_t len;
        if (lua_rawgeti(L, -1, i) != LUA_TSTRING)
            status = field_error(r, field, "must list strings only");
        else if (((*out)[*count] = dup_checked(L, -1, &len)) == NULL ||
                 len > 256)
            status = field_error(r, field, "has an item that is too long");
        else
            (*count)++;
        lua_pop(L, 1);
    }
    /* a list has only the keys 1..n */
    lua_pushnil(L);
    while (status == 0 && lua_next(L, -2) != 0) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
            lua_tointeger(L, -1) > n) {
            lua_pop(L, 1);
            status = field_error(r, field, "must be a list (no named keys)");
            break;
        }
    }
    lua_pop(L, 1);
    return status;
}

static int valid_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

static int read_params(struct reader *r, struct pack_manifest *m)
{
    lua_State *L = r->L;
    int type = lua_getfield(L, r->table, "params");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return field_error(r, "params", "must be a table of name = value");
    }
    size_t capacity = 8;
    m->params = calloc(capacity, sizeof *m->params);
    int status = m->params ? 0 : wic_error_set(r->err, WIC_ERR_MEMORY,
                                               "out of memory");
    lua_pushnil(L);
    while (status == 0 && lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING ||
            !valid_identifier(lua_tostring(L, -2))) {
            status = field_error(r, "params", "must have names that are "
                                              "identifiers");
        } else if (m->n_params == MAX_LIST) {
            status = field_error(r, "params", "has too many entries");
        } else {
            if (m->n_params == capacity) {
                capacity *= 2;
                struct pack_param *bigger =
                    realloc(m->params, capacity * sizeof *bigger);
                if (bigger == NULL) {
                    lua_pop(L, 3);
                    return wic_error_set(r->err, WIC_ERR_MEMORY,
                                         "out of memory");
                }
                m->params = bigger;
            }
            struct pack_param *p = &m->params[m->n_params];
            int vtype = lua_type(L, -1);
            if (vtype == LUA_TSTRING)
                p->type = PACK_PARAM_STRING;
            else if (vtype == LUA_TNUMBER)
                p->type = PACK_PARAM_NUMBER;
            else if (vtype == LUA_TBOOLEAN)
                p->type = PACK_PARAM_BOOLEAN;
            else
                status = field_error(r, "params", "values must be strings, "
                                                  "numbers or booleans");
            if (status == 0) {
                p->key = strdup(lua_tostring(L, -2));
                p->value = strdup(luaL_tolstring(L, -1, NULL));
                lua_pop(L, 1);
                m->n_params++;
            }
        }
        lua_pop(L, 1);
    }
    if (status != 0)
        lua_pop(L, 1); /* the key left by the interrupted lua_next */
    lua_pop(L, 1);
    return status;
}

static int check_fields(struct reader *r, struct pack_manifest *m)
{
    lua_State *L = r->L;
    /* requires first: a newer pack must say so before anything else */
    if (read_string(r, "requires", &m->requires, 0) != 0)
        return -1;
    if (m->requires != NULL) {
        int ok = pack_version_satisfies(WICRUN_VERSION, m->requires);
        if (ok < 0)
            return field_error(r, "requires", "is not a version (write "
                                              "e.g. \"0.1\")");
        if (ok == 0)
            return wic_error_set(r->err, WIC_ERR_VERSION,
                                 "%s: the pack needs wicrun %s or later "
                                 "(this is %s)",
                                 r->where, m->requires, WICRUN_VERSION);
    }
    lua_pushnil(L);
    while (lua_next(L, r->table) != 0) {
        lua_pop(L, 1);
        int known = 0;
        if (lua_type(L, -1) == LUA_TSTRING)
            for (const char *const *f = FIELDS; *f && !known; f++)
                known = strcmp(*f, lua_tostring(L, -1)) == 0;
        if (!known) {
            const char *key = lua_type(L, -1) == LUA_TSTRING
                                  ? lua_tostring(L, -1)
                                  : "(not a name)";
            wic_error_set(r->err, WIC_ERR_PACK,
                          "%s: unknown field '%.60s'", r->where, key);
            lua_pop(L, 1);
            return -1;
        }
    }
    if (read_string(r, "name", &m->name, 1) ||
        read_string(r, "version", &m->version, 1) ||
        read_string(r, "title", &m->title, 0) ||
        read_string(r, "description", &m->description, 0) ||
        read_string(r, "license", &m->license, 0) ||
        read_string(r, "main", &m->main, 0) ||
        read_string(r, "gazetteer", &m->gazetteer, 0) ||
        read_list(r, "authors", &m->authors, &m->n_authors) ||
        read_list(r, "corpus", &m->corpus, &m->n_corpus) ||
        read_params(r, m))
        return -1;
    for (const char *c = m->name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
              *c == '-' || *c == '_' || *c == '.'))
            return field_error(r, "name", "must use only a-z, 0-9, '-', "
                                          "'_' and '.'");
    if (m->name[0] == '\0' || m->name[0] == '.' || strlen(m->name) > 64)
        return field_error(r, "name", "must be 1 to 64 characters and not "
                                      "start with '.'");
    if (m->main == NULL && (m->main = strdup("scripts/main.lua")) == NULL)
        return wic_error_set(r->err, WIC_ERR_MEMORY, "out of memory");
    const char *problem = pack_name_problem(m->main);
    if (problem)
        return field_error(r, "main", problem);
    if (m->gazetteer && (problem = pack_name_problem(m->gazetteer)))
        return field_error(r, "gazetteer", problem);
    return 0;
}

/* check_fields under lua_pcall: reading fields allocates (converting
** numbers, building lists), and a memory error outside protected mode
** would abort.  Arguments: the table, a struct checking. */
struct checking {
    struct reader *reader;
    struct pack_manifest *manifest;
    int status;
};

static int check_protected(lua_State *L)
{
    struct checking *c = lua_touserdata(L, 2);
    lua_settop(L, 1);
    c->reader->L = L;
    c->reader->table = 1;
    c->status = check_fields(c->reader, c->manifest);
    return 0;
}

int manifest_read(const struct pack_archive *archive,
                  struct pack_manifest *m, struct wic_error *err)
{
    memset(m, 0, sizeof *m);
    char where[600];
    snprintf(where, sizeof where, "%s: %s", archive->path,
             PACK_MANIFEST_NAME);
    const struct pack_entry *entry =
        pack_archive_find(archive, PACK_MANIFEST_NAME);
    if (entry == NULL)
        return wic_error_set(err, WIC_ERR_PACK,
                             "%s: not a pack: %s is missing", archive->path,
                             PACK_MANIFEST_NAME);
    if (entry->size > MANIFEST_MAX_BYTES)
        return wic_error_set(err, WIC_ERR_PACK,
                             "%s: larger than %d bytes", where,
                             MANIFEST_MAX_BYTES);
    struct budget budget = {0};
    lua_State *L = lua_newstate(budget_alloc, &budget);
    if (L == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    lua_sethook(L, too_long, LUA_MASKCOUNT, MANIFEST_INSTRUCTIONS);
    int status = -1;
    char chunkname[] = "=" PACK_MANIFEST_NAME;
    lua_newtable(L); /* the empty environment */
    if (luaL_loadbufferx(L, (const char *)entry->data, entry->size,
                         chunkname, "t") != LUA_OK) {
        wic_error_set(err, WIC_ERR_PACK, "%s: %s", archive->path,
                      lua_tostring(L, -1));
    } else {
        lua_pushvalue(L, -2);
        lua_setupvalue(L, -2, 1);
        if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
            /* "pack.lua:3: ..." already names the file; others do not */
            const char *message = lua_tostring(L, -1);
            if (message == NULL)
                message = "error reading the manifest";
            if (strncmp(message, PACK_MANIFEST_NAME ":", 9) == 0)
                wic_error_set(err, WIC_ERR_PACK, "%s: %s", archive->path,
                              message);
            else
                wic_error_set(err, WIC_ERR_PACK, "%s: %s", where, message);
        } else {
            if (!lua_istable(L, -1)) /* no `return {...}`: the globals */
                lua_pop(L, 1);
            struct reader r = {L, 1, where, err};
            struct checking c = {&r, m, -1};
            lua_pushcfunction(L, check_protected);
            lua_insert(L, -2);
            lua_pushlightuserdata(L, &c);
            if (lua_pcall(L, 2, 0, 0) != LUA_OK) /* out of memory */
                wic_error_set(err, WIC_ERR_PACK, "%s: %s", where,
                              lua_tostring(L, -1));
            status = c.status;
        }
    }
    lua_close(L);
    if (status != 0)
        pack_manifest_free(m);
    return status;
}

char **manifest_corpus_patterns(const struct pack_archive *archive,
                                struct wic_error *err)
{
    struct pack_manifest m;
    if (manifest_read(archive, &m, err) != 0)
        return NULL;
    size_t n = m.n_corpus ? m.n_corpus : 1;
    char **patterns = calloc(n + 1, sizeof *patterns);
    if (patterns != NULL && m.n_corpus == 0) {
        patterns[0] = strdup("articles/**");
    } else if (patterns != NULL) {
        memcpy(patterns, m.corpus, n * sizeof *patterns);
        free(m.corpus); /* the strings now belong to `patterns` */
        m.corpus = NULL;
        m.n_corpus = 0;
    }
    pack_manifest_free(&m);
    if (patterns == NULL || patterns[0] == NULL) {
        free(patterns);
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        return NULL;
    }
    return patterns;
}
