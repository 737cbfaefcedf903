/*
** require.h: modules: wic's own, and a pack's scripts/.
**
** wic's modules (the C bindings of bindings/registry.c and the Lua
** modules embedded from scripts/wic/) are opened once per state and
** preloaded, so `require("wic.report")` and `wic.report` are the same
** table.  In a pack, `require("x.y")` then finds "scripts/x/y.lua" in the
** pack and nowhere else; in `wicrun run`, the script's own folder comes
** first on package.path and the rest of Lua's search is as usual.
*/
#ifndef WIC_REQUIRE_H
#define WIC_REQUIRE_H

#include <lua.h>

#include "../pack/pack.h"

/* Open wic's modules into a new `wic` table and leave it on the stack.
** Each module is also stored in the table at `loaded` under its name.
** With `freeze`, modules are read-only proxies and Lua modules run in
** the globals at `env`. */
void modules_open(lua_State *L, int loaded, int freeze, int env);

/* Give the sandboxed globals at `env` a `require` for the pack and `wic`. */
void require_install(lua_State *L, int env,
                     const struct pack_archive *archive);

/* For `wicrun run`: open the standard `package` searchers to the script's
** folder and preload wic's modules; sets the global `wic`. */
void require_install_unsandboxed(lua_State *L, const char *script_dir);

#endif
