/*
** registry.h: the list of wic's C modules.
**
** Each binding is one file in bindings/ exporting luaopen_wic_<area>,
** which returns the module's table.  The host opens every module listed
** in wic_bindings (registry.c) and makes it both `wic.<area>` and
** `require("wic.<area>")`.  Adding a binding is: one file, one line in
** bindings/meson.build, one line in registry.c (docs/bindings.md).
*/
#ifndef WIC_BINDINGS_REGISTRY_H
#define WIC_BINDINGS_REGISTRY_H

#include <lua.h>

struct wic_binding {
    const char *name; /* "wic.corpus" */
    lua_CFunction open;
};

extern const struct wic_binding wic_bindings[]; /* ends with {NULL, NULL} */

int luaopen_wic(lua_State *L); /* the root table's own fields */
int luaopen_wic_corpus(lua_State *L);
int luaopen_wic_figures(lua_State *L);
int luaopen_wic_hash(lua_State *L);

/* wic.extract, also wic.figures.extract */
int wic_figures_extract(lua_State *L);

#endif
