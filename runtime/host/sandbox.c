/*
** sandbox.c: see sandbox.h.
**
** The environment is assembled from whitelists: nothing reaches a pack
** unless it is named below.  Everything shared with the rest of the state
** is reached through a read-only proxy, and the few functions that must
** stay but could do harm (load, string.rep, io.open, coroutine.resume) are
** wrapped.
*/
#include "sandbox.h"

#include <errno.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "run_limits.h"
#include "output.h"
#include "require.h"

static const char FROZEN_KEY[] = "wic.frozen";  /* weak set of proxies  */
static const char ARCHIVE_KEY[] = "wic.archive"; /* the pack, for io.open */

enum { MAX_REP_BYTES = 256 << 20 };

int sandbox_violation(lua_State *L, const char *fmt, ...)
{
    char message[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    /* where: the Lua code that called the forbidden function */
    lua_Debug ar;
    char where[200] = "";
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {
            snprintf(where, sizeof where, "%s:%d: ", ar.short_src,
                     ar.currentline);
            break;
        }
    }
    char full[520];
    snprintf(full, sizeof full, "%ssandbox: %s", where, message);
    limits_trip_sandbox(L, full);
    lua_pushstring(L, full);
    return lua_error(L);
}

/* ---- read-only proxies ---- */

static int refuse_write(lua_State *L)
{
    return luaL_error(L, "attempt to modify a read-only table (key '%s')",
                      lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2)
                                                    : luaL_typename(L, 2));
}

static int frozen_next(lua_State *L)
{
    lua_settop(L, 2);
    if (lua_next(L, lua_upvalueindex(1)) == 0) /* pops key, pushes k, v */
        return 0;
    return 2;
}

/* __pairs hands out a closure, never the hidden table itself. */
static int frozen_pairs(lua_State *L)
{
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushcclosure(L, frozen_next, 1);
    lua_pushnil(L);
    lua_pushnil(L);
    return 3;
}

static int frozen_len(lua_State *L)
{
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

void sandbox_push_frozen(lua_State *L, int index)
{
    index = lua_absindex(L, index);
    lua_newtable(L); /* the proxy */
    lua_createtable(L, 0, 6);
    lua_pushvalue(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, refuse_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, frozen_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushcfunction(L, frozen_len);
    lua_setfield(L, -2, "__len");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    if (lua_getmetatable(L, index)) { /* keep a callable module callable */
        lua_getfield(L, -1, "__call");
        lua_setfield(L, -3, "__call");
        lua_pop(L, 1);
    }
    lua_setmetatable(L, -2);
    if (luaL_getsubtable(L, LUA_REGISTRYINDEX, FROZEN_KEY) == 0) {
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

static int is_frozen(lua_State *L, int index)
{
    index = lua_absindex(L, index);
    lua_getfield(L, LUA_REGISTRYINDEX, FROZEN_KEY);
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return 0;
    }
    lua_pushvalue(L, index);
    int frozen = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    return frozen;
}

/* rawset(t, k, v) that respects read-only proxies. */
static int safe_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    if (is_frozen(L, 1))
        return refuse_write(L);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

/* ---- wrapped functions ---- */

/* setmetatable(t, mt) without finalizers: Lua runs __gc with hooks off,
** so a finalizer could loop beyond the reach of the CPU limit's hook. */
static int safe_setmetatable(lua_State *L)
{
    /* rawget: an __index function must not get to run (and add __gc)
    ** between this check and the real setmetatable */
    lua_pushliteral(L, "__gc");
    if (lua_type(L, 2) == LUA_TTABLE && lua_rawget(L, 2) != LUA_TNIL)
        return sandbox_violation(L, "__gc metamethods are not allowed in a "
                                    "pack");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

/* load(chunk [, name [, mode [, env]]]): text only, and the chunk's
** globals are the pack's unless an env is given. */
static int safe_load(lua_State *L)
{
    int has_env = !lua_isnone(L, 4);
    const char *mode = luaL_optstring(L, 3, "t");
    if (strchr(mode, 'b') != NULL)
        return sandbox_violation(L, "loading bytecode is not allowed in a "
                                    "pack");
    lua_settop(L, 4);
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    if (!has_env) {
        lua_pushvalue(L, lua_upvalueindex(2)); /* the pack's globals */
        lua_replace(L, 4);
    }
    lua_pushvalue(L, lua_upvalueindex(1)); /* the real load */
    lua_insert(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep(s, n [, sep]) without the hang on empty strings and huge n,
** and with a size cap below the memory limit's reach. */
static int safe_rep(lua_State *L)
{
    size_t len, sep_len = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sep_len);
    if (n <= 0 || (len == 0 && sep_len == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((lua_Unsigned)n > MAX_REP_BYTES ||
        (len + sep_len) * (size_t)n > MAX_REP_BYTES)
        return luaL_error(L, "string.rep: result would be larger than %d MB",
                          MAX_REP_BYTES >> 20);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* coroutine.resume and coroutine.close (the original is the upvalue),
** telling the limits which coroutine runs, so the CPU deadline's hook
** lands on it (close runs the coroutine's pending __close handlers). */
static int call_on_coroutine(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    limits_set_running(co);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    limits_set_running(L);
    return lua_gettop(L);
}

static void close_thread(lua_State *co, lua_State *from)
{
#if LUA_VERSION_RELEASE_NUM >= 50406
    lua_closethread(co, from);
#else
    (void)from;
    lua_resetthread(co);
#endif
}

static int wrapped_call(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    lua_pushvalue(L, lua_upvalueindex(2)); /* call_on_coroutine(resume) */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 2);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    if (!lua_toboolean(L, 1)) {
        if (lua_status(co) != LUA_OK && lua_status(co) != LUA_YIELD)
            close_thread(co, L);
        lua_settop(L, 2);
        return lua_error(L);
    }
    return lua_gettop(L) - 1;
}

/* coroutine.wrap built on the tracked resume. */
static int safe_wrap(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, wrapped_call, 2);
    return 1;
}

/* A stand-in for a function a pack may not call. */
static int forbidden(lua_State *L)
{
    return sandbox_violation(L, "%s is not allowed in a pack",
                             lua_tostring(L, lua_upvalueindex(1)));
}

static void set_forbidden(lua_State *L, int table, const char *field,
                          const char *qualified)
{
    table = lua_absindex(L, table);
    lua_pushstring(L, qualified);
    lua_pushcclosure(L, forbidden, 1);
    lua_setfield(L, table, field);
}

/* ---- io ---- */

static int close_memory_file(lua_State *L)
{
    luaL_Stream *p = (luaL_Stream *)luaL_checkudata(L, 1, LUA_FILEHANDLE);
    return luaL_fileresult(L, fclose(p->f) == 0, NULL);
}

static int close_output_file(lua_State *L)
{
    luaL_Stream *p = (luaL_Stream *)luaL_checkudata(L, 1, LUA_FILEHANDLE);
    struct wic_error err;
    if (output_commit(p->f, &err) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err.message);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static luaL_Stream *new_stream(lua_State *L)
{
    luaL_Stream *p = (luaL_Stream *)lua_newuserdatauv(L, sizeof *p, 0);
    p->closef = NULL;
    p->f = NULL;
    luaL_setmetatable(L, LUA_FILEHANDLE);
    return p;
}

/* io.open(path [, mode]): "r"/"rb" read an entry of the pack, "w"/"wb"
** write a file in the output folder; nothing else. */
static int safe_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    int reading = strcmp(mode, "r") == 0 || strcmp(mode, "rb") == 0;
    int writing = strcmp(mode, "w") == 0 || strcmp(mode, "wb") == 0;
    if (!reading && !writing)
        return luaL_argerror(L, 2, "a pack may open files with \"r\", "
                                   "\"rb\", \"w\" or \"wb\" only");
    const char *problem = pack_name_problem(path);
    if (problem != NULL)
        return sandbox_violation(L, "io.open: \"%s\" is outside the %s (%s)",
                                 path, reading ? "pack" : "output folder",
                                 problem);
    if (writing) {
        struct wic_error err;
        wic_error_clear(&err);
        luaL_Stream *p = new_stream(L);
        p->f = output_create(path, &err);
        if (p->f == NULL) {
            if (err.kind == WIC_ERR_SANDBOX)
                return sandbox_violation(L, "io.open: %s", err.message);
            lua_pushnil(L);
            lua_pushstring(L, err.message);
            return 2;
        }
        p->closef = close_output_file;
        return 1;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, ARCHIVE_KEY);
    const struct pack_archive *archive = lua_touserdata(L, -1);
    lua_pop(L, 1);
    const struct pack_entry *entry =
        archive ? pack_archive_find(archive, path) : NULL;
    if (entry == NULL) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s: no such file in the pack", path);
        lua_pushinteger(L, ENOENT);
        return 3;
    }
    luaL_Stream *p = new_stream(L);
    p->f = fmemopen(entry->data, entry->size, "r");
    if (p->f == NULL)
        return luaL_fileresult(L, 0, path);
    p->closef = close_memory_file;
    return 1;
}

/* io.lines(path, ...): like io.open(path):lines(...). */
static int safe_lines(lua_State *L)
{
    if (lua_isnoneornil(L, 1))
        return sandbox_violation(L, "reading standard input is not allowed "
                                    "in a pack");
    int extra = lua_gettop(L) - 1;
    lua_pushcfunction(L, safe_open);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 2);
    if (lua_isnil(L, -2))
        return luaL_error(L, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_getfield(L, -1, "lines");
    lua_insert(L, -2);
    for (int i = 0; i < extra; i++)
        lua_pushvalue(L, 2 + i);
    lua_call(L, 1 + extra, 1);
    return 1;
}

static int refuse_stdin(lua_State *L)
{
    return sandbox_violation(L, "reading standard input is not allowed in a "
                                "pack");
}

/* ---- assembling the environment ---- */

/* Copy the named fields of the global library `lib` into a new table. */
static void push_copy(lua_State *L, const char *lib,
                      const char *const fields[])
{
    lua_getglobal(L, lib);
    lua_newtable(L);
    for (const char *const *f = fields; *f; f++) {
        lua_getfield(L, -2, *f);
        lua_setfield(L, -2, *f);
    }
    lua_remove(L, -2);
}

static const char *const BASE[] = {
    "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall",
    "print", "rawequal", "rawget", "rawlen", "select", "setmetatable",
    "tonumber", "tostring", "type", "xpcall", "_VERSION", "collectgarbage",
    NULL};
static const char *const STRING[] = {
    "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower",
    "match", "pack", "packsize", "reverse", "sub", "unpack", "upper",
    NULL};
static const char *const TABLE[] = {"concat", "insert", "move", "pack",
                                    "remove", "sort", "unpack", NULL};
static const char *const MATH[] = {
    "abs", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log",
    "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad",
    "random", "randomseed", "sin", "sqrt", "tan", "tointeger", "type",
    "ult", "acos", "asin", "atan", NULL};
static const char *const UTF8[] = {"char", "charpattern", "codes",
                                   "codepoint", "len", "offset", NULL};
static const char *const COROUTINE[] = {"close", "create", "isyieldable",
                                        "running", "status", "yield", NULL};
static const char *const OS[] = {"clock", "date", "difftime", "time", NULL};
static const char *const IO[] = {"type", "write", "stdout", "stderr", NULL};

/* The string library as packs see it, kept in the registry so the string
** metatable and the `string` global share it. */
static void push_string_library(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "wic.string") == LUA_TTABLE)
        return;
    lua_pop(L, 1);
    push_copy(L, "string", STRING);
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "rep");
    lua_pushcclosure(L, safe_rep, 1);
    lua_setfield(L, -3, "rep");
    lua_pop(L, 1);
    set_forbidden(L, -1, "dump", "string.dump");
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, "wic.string");
}

void sandbox_lock_strings(lua_State *L)
{
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    push_string_library(L);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
}

void sandbox_push_env(lua_State *L, const struct pack_archive *archive)
{
    lua_pushlightuserdata(L, (void *)archive);
    lua_setfield(L, LUA_REGISTRYINDEX, ARCHIVE_KEY);
    sandbox_lock_strings(L);
    /* file handles: getmetatable(io.stdout) must not hand out their
    ** metatable, whose __gc a pack could otherwise replace */
    luaL_getmetatable(L, LUA_FILEHANDLE);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    push_copy(L, "_G", BASE);
    int env = lua_gettop(L);
    lua_pushcfunction(L, safe_rawset);
    lua_setfield(L, env, "rawset");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, safe_setmetatable, 1);
    lua_setfield(L, env, "setmetatable");
    lua_getglobal(L, "load");
    lua_pushvalue(L, env);
    lua_pushcclosure(L, safe_load, 2);
    lua_setfield(L, env, "load");
    set_forbidden(L, env, "dofile", "dofile");
    set_forbidden(L, env, "loadfile", "loadfile");
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");

    push_string_library(L);
    sandbox_push_frozen(L, -1);
    lua_setfield(L, env, "string");
    lua_pop(L, 1);

    push_copy(L, "table", TABLE);
    lua_setfield(L, env, "table");
    push_copy(L, "math", MATH);
    lua_setfield(L, env, "math");
    push_copy(L, "utf8", UTF8);
    lua_setfield(L, env, "utf8");

    push_copy(L, "coroutine", COROUTINE);
    lua_getglobal(L, "coroutine");
    lua_getfield(L, -1, "resume");
    lua_pushcclosure(L, call_on_coroutine, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, -4, "resume");
    lua_pushcclosure(L, safe_wrap, 1);
    lua_setfield(L, -3, "wrap");
    lua_getfield(L, -1, "close");
    lua_pushcclosure(L, call_on_coroutine, 1);
    lua_setfield(L, -3, "close");
    lua_pop(L, 1);
    lua_setfield(L, env, "coroutine");

    push_copy(L, "os", OS);
    static const char *const os_forbidden[] = {
        "execute", "exit", "getenv", "remove", "rename", "setlocale",
        "tmpname", NULL};
    for (const char *const *f = os_forbidden; *f; f++) {
        char name[32];
        snprintf(name, sizeof name, "os.%s", *f);
        set_forbidden(L, -1, *f, name);
    }
    lua_setfield(L, env, "os");

    push_copy(L, "io", IO);
    lua_pushcfunction(L, safe_open);
    lua_setfield(L, -2, "open");
    lua_pushcfunction(L, safe_lines);
    lua_setfield(L, -2, "lines");
    lua_pushcfunction(L, refuse_stdin);
    lua_setfield(L, -2, "read");
    static const char *const io_forbidden[] = {"popen", "input", "output",
                                               "tmpfile", "close", NULL};
    for (const char *const *f = io_forbidden; *f; f++) {
        char name[32];
        snprintf(name, sizeof name, "io.%s", *f);
        set_forbidden(L, -1, *f, name);
    }
    lua_setfield(L, env, "io");

    /* debug: traceback only, the rest stops the run */
    lua_newtable(L);
    lua_getglobal(L, "debug");
    lua_getfield(L, -1, "traceback");
    lua_setfield(L, -3, "traceback");
    lua_pop(L, 1);
    static const char *const debug_forbidden[] = {
        "debug", "gethook", "getinfo", "getlocal", "getmetatable",
        "getregistry", "getupvalue", "getuservalue", "sethook", "setlocal",
        "setmetatable", "setupvalue", "setuservalue", "upvalueid",
        "upvaluejoin", "setcstacklimit", NULL};
    for (const char *const *f = debug_forbidden; *f; f++) {
        char name[40];
        snprintf(name, sizeof name, "debug.%s", *f);
        set_forbidden(L, -1, *f, name);
    }
    lua_setfield(L, env, "debug");

    lua_newtable(L);
    set_forbidden(L, -1, "loadlib", "package.loadlib");
    lua_setfield(L, env, "package");

    require_install(L, env, archive);
}
