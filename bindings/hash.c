/*
** hash.c: wic.hash, checksums of strings.
**
** The smallest real binding, and the example docs/bindings.md walks
** through: one runtime function (pack_sha256_hex, the digest packs use
** for pack.sha256) made callable from Lua.
**
**   wic.hash.sha256(s) -> string   64 lowercase hex digits
*/
#include <lauxlib.h>

#include "../runtime/pack/pack.h"
#include "registry.h"

/* wic.hash.sha256(s) -> hex */
static int hash_sha256(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    char hex[65];
    pack_sha256_hex(s, len, hex);
    lua_pushlstring(L, hex, 64);
    return 1;
}

static const luaL_Reg functions[] = {
    {"sha256", hash_sha256},
    {NULL, NULL},
};

int luaopen_wic_hash(lua_State *L)
{
    luaL_newlib(L, functions);
    return 1;
}
