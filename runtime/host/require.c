/*
** require.c: see require.h.
*/
#include "require.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#include "../../bindings/registry.h"
#include "../core/embedded.h"
#include "sandbox.h"

extern const struct embedded_file embedded_scripts[];
extern const size_t embedded_scripts_count;

enum { MAX_MODULE_NAME = 128 };

/* Run an embedded Lua module ("wic/report.lua") in the globals at `env`
** (0: the state's own) and push what it returns. */
static void open_embedded(lua_State *L, const struct embedded_file *file,
                          int env)
{
    char chunkname[160];
    snprintf(chunkname, sizeof chunkname, "=[wic]/%s", file->name);
    if (luaL_loadbufferx(L, (const char *)file->data, file->len, chunkname,
                         "t") != LUA_OK)
        lua_error(L); /* a bug in wicrun's own scripts: tests catch it */
    if (env) {
        lua_pushvalue(L, env);
        lua_setupvalue(L, -2, 1);
    }
    lua_call(L, 0, 1);
}

/* "wic/report.lua" -> "wic.report" */
static void module_name_of(const char *file, char *name, size_t size)
{
    snprintf(name, size, "%s", file);
    char *dot = strrchr(name, '.');
    if (dot && strcmp(dot, ".lua") == 0)
        *dot = '\0';
    for (char *p = name; *p; p++)
        if (*p == '/')
            *p = '.';
}

/* Store the value on top under wic[short name] and loaded[name]; pops. */
static void publish(lua_State *L, int wic, int loaded, const char *name,
                    int freeze)
{
    if (freeze && lua_istable(L, -1)) {
        sandbox_push_frozen(L, -1);
        lua_remove(L, -2);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, loaded, name);
    const char *short_name = strncmp(name, "wic.", 4) == 0 ? name + 4 : name;
    lua_setfield(L, wic, short_name);
}

void modules_open(lua_State *L, int loaded, int freeze, int env)
{
    loaded = lua_absindex(L, loaded);
    env = env ? lua_absindex(L, env) : 0;
    lua_newtable(L);
    int wic = lua_gettop(L);
    lua_pushcfunction(L, luaopen_wic); /* the root's own fields */
    lua_call(L, 0, 1);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, wic);
    }
    lua_pop(L, 1);
    for (const struct wic_binding *b = wic_bindings; b->name; b++) {
        lua_pushcfunction(L, b->open);
        lua_pushstring(L, b->name);
        lua_call(L, 1, 1);
        publish(L, wic, loaded, b->name, freeze);
    }
    for (size_t i = 0; i < embedded_scripts_count; i++) {
        char name[MAX_MODULE_NAME];
        module_name_of(embedded_scripts[i].name, name, sizeof name);
        open_embedded(L, &embedded_scripts[i], env);
        publish(L, wic, loaded, name, freeze);
    }
    if (freeze) {
        sandbox_push_frozen(L, wic);
        lua_replace(L, wic);
    }
    lua_pushvalue(L, wic);
    lua_setfield(L, loaded, "wic");
}

static int valid_module_name(const char *name, size_t len)
{
    if (len == 0 || len > MAX_MODULE_NAME)
        return 0;
    int after_dot = 1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == '.') {
            if (after_dot)
                return 0;
            after_dot = 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '_' || c == '-') {
            after_dot = 0;
        } else {
            return 0;
        }
    }
    return !after_dot;
}

/* require(name) in a pack.  Upvalues: loaded table, env, archive. */
static int pack_require(lua_State *L)
{
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    lua_settop(L, 1);
    int loaded = lua_upvalueindex(1);
    lua_getfield(L, loaded, name);
    if (lua_toboolean(L, -1)) {
        if (lua_islightuserdata(L, -1))
            return luaL_error(L, "module '%s' requires itself (a require "
                                 "loop)", name);
        return 1;
    }
    lua_pop(L, 1);
    if (!valid_module_name(name, len))
        return luaL_error(L, "module '%s' not found: module names are "
                             "letters, digits, '_' and '-', separated by "
                             "dots", name);
    const struct pack_archive *archive =
        lua_touserdata(L, lua_upvalueindex(3));
    char entry_name[MAX_MODULE_NAME + 16];
    snprintf(entry_name, sizeof entry_name, "scripts/%s.lua", name);
    for (char *p = entry_name + 8; *p; p++)
        if (*p == '.' && strcmp(p, ".lua") != 0)
            *p = '/';
    const struct pack_entry *entry =
        archive ? pack_archive_find(archive, entry_name) : NULL;
    if (entry == NULL)
        return luaL_error(L, "module '%s' not found: no %s in the pack", name,
                          entry_name);
    char chunkname[MAX_MODULE_NAME + 20];
    snprintf(chunkname, sizeof chunkname, "@%s", entry_name);
    if (luaL_loadbufferx(L, (const char *)entry->data, entry->size,
                         chunkname, "t") != LUA_OK)
        return lua_error(L);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_setupvalue(L, -2, 1);
    lua_pushlightuserdata(L, (void *)pack_require); /* "loading" mark */
    lua_setfield(L, loaded, name);
    lua_pushvalue(L, 1);
    lua_pushstring(L, entry_name);
    lua_call(L, 2, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, loaded, name);
    return 1;
}

void require_install(lua_State *L, int env,
                     const struct pack_archive *archive)
{
    env = lua_absindex(L, env);
    lua_newtable(L); /* private loaded table */
    int loaded = lua_gettop(L);
    modules_open(L, loaded, 1, env);
    lua_setfield(L, env, "wic");
    lua_pushvalue(L, loaded);
    lua_pushvalue(L, env);
    lua_pushlightuserdata(L, (void *)archive);
    lua_pushcclosure(L, pack_require, 3);
    lua_setfield(L, env, "require");
    lua_pop(L, 1);
}

void require_install_unsandboxed(lua_State *L, const char *script_dir)
{
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    modules_open(L, -1, 0, 0);
    lua_setglobal(L, "wic");
    lua_pop(L, 1);
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "path");
    lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", script_dir, script_dir,
                    lua_tostring(L, -1));
    lua_setfield(L, -3, "path");
    lua_pop(L, 2);
}
