/*
** wic.c: the root module's own fields.
**
**   wic.version      "0.1.0"
**   wic.params       the run's parameters: the manifest's defaults with
**                    --set values over them, typed like the defaults
**   wic.sandboxed    true in a pack
**   wic.output       the output folder's path, or nil
**   wic.extract      wic.figures.extract (figures of any string)
**
** The submodules (wic.corpus, wic.figures, wic.report, ...) are added by
** the host from registry.c and scripts/wic/.
*/
#include <lauxlib.h>
#include <stdlib.h>

#include "../runtime/host/host.h"
#include "../runtime/host/output.h"
#include "../runtime/host/sandbox.h"
#include "registry.h"
#include "wicrun_config.h"

static void push_param(lua_State *L, const struct pack_param *p)
{
    switch (p->type) {
    case PACK_PARAM_NUMBER:
        if (lua_stringtonumber(L, p->value) == 0)
            lua_pushstring(L, p->value);
        break;
    case PACK_PARAM_BOOLEAN:
        lua_pushboolean(L, p->value[0] == 't');
        break;
    default:
        lua_pushstring(L, p->value);
    }
}

/* luaopen_wic() -> table */
int luaopen_wic(lua_State *L)
{
    struct host *host = host_from_state(L);
    lua_newtable(L);
    lua_pushliteral(L, WICRUN_VERSION);
    lua_setfield(L, -2, "version");
    lua_newtable(L);
    for (size_t i = 0; host && i < host->n_params; i++) {
        push_param(L, &host->params[i]);
        lua_setfield(L, -2, host->params[i].key);
    }
    if (host && host->sandboxed) {
        sandbox_push_frozen(L, -1);
        lua_remove(L, -2);
    }
    lua_setfield(L, -2, "params");
    lua_pushcfunction(L, wic_figures_extract);
    lua_setfield(L, -2, "extract");
    lua_pushboolean(L, host && host->sandboxed);
    lua_setfield(L, -2, "sandboxed");
    if (host && host->out_dir) {
        lua_pushstring(L, host->out_dir);
        lua_setfield(L, -2, "output");
    }
    return 1;
}
