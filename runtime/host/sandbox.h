/*
** sandbox.h: the environment pack scripts run in.
**
** A pack comes from a stranger.  Its scripts see a globals table built
** here, not the state's real one: the safe parts of the standard library,
** `require` limited to the pack's scripts/ and wic's own modules, `io`
** reading only the pack's entries and writing only into the output folder
** (output.h), `os` limited to the clock, and `load` limited to text.
** What is left out is replaced by a function that stops the run with a
** sandbox error, so a pack that reaches for os.execute gets a clear
** message and exit code rather than "attempt to call a nil value".
**
** Tables shared with wicrun itself (the string metatable, `string` and the
** `wic` modules) are read-only proxies: assignment and rawset fail, and
** getmetatable() returns the string "locked".
**
** The Lua sandbox is one layer.  The OS layer (confine.h) removes the
** ability to spawn processes, open sockets or touch files outside the
** output folder, in case a bug in Lua itself is ever exploited.
*/
#ifndef WIC_SANDBOX_H
#define WIC_SANDBOX_H

#include <lua.h>

#include "../pack/pack.h"

/* Push a new sandboxed globals table.  `archive` is the pack whose
** entries io.open may read. The standard libraries must be open in L. */
void sandbox_push_env(lua_State *L, const struct pack_archive *archive);

/* Make the table at `index` read-only in place of itself: returns with a
** proxy pushed that reads through to the table and refuses writes. */
void sandbox_push_frozen(lua_State *L, int index);

/* Lock the string metatable and its __index for the whole state. */
void sandbox_lock_strings(lua_State *L);

/* Raise a sandbox violation (never returns). */
int sandbox_violation(lua_State *L, const char *fmt, ...);

#endif
