/*
** run_limits.h: bounded memory and CPU time for a Lua state.
**
** Memory: the state's allocator counts the bytes Lua holds and refuses to
** grow past the limit.  CPU: a POSIX timer on the process's CPU clock
** fires once at the deadline; its signal handler arms a count hook (the
** one thing Lua allows from a signal handler), so until the deadline the
** interpreter runs with no hook at all and no per-instruction cost.
**
** A limit, once hit, stays hit: the allocator keeps refusing to grow and
** the hook raises an error at every instruction of every coroutine that
** runs afterwards, so a pcall in the script can catch the error but cannot
** carry on.  If the deadline passes while C code (a long pattern match)
** keeps the hook from running, a second timer a few seconds later ends
** the process with a one-line message and EXIT_LIMIT, after removing any
** half-written output file (see output.h).
*/
#ifndef WIC_RUN_LIMITS_H
#define WIC_RUN_LIMITS_H

#include <lua.h>
#include <stddef.h>

struct run_limits {
    size_t memory_bytes; /* 0: unlimited */
    double cpu_seconds;  /* 0: unlimited */
};

enum limit_kind { LIMIT_NONE = 0, LIMIT_MEMORY, LIMIT_CPU, LIMIT_SANDBOX };

/* Stop the run for a sandbox violation: from now on it behaves like a
** hit limit (every instruction raises `message`), so a pack cannot probe
** the sandbox under pcall and carry on. */
void limits_trip_sandbox(lua_State *L, const char *message);

/* A Lua state whose allocations are counted against `limits`. */
lua_State *limits_new_state(const struct run_limits *limits);

/* Start the CPU deadline for `L` (the main state).  Call once per run. */
int limits_start_clock(lua_State *L, const struct run_limits *limits);
void limits_stop_clock(void);

/* Which limit has been hit, if any. */
enum limit_kind limits_hit(void);

/* The message for a hit limit, naming the flag that raises it. */
const char *limits_message(void);

/* Tell the limits which coroutine runs now, so the deadline's hook
** reaches it (see sandbox.c's coroutine wrappers). */
void limits_set_running(lua_State *co);

/* Arm the hook on `co` if a limit has been hit (after a resume returns). */
void limits_rearm(lua_State *co);

/* Count `bytes` of C memory held on the script's behalf (a corpus it
** loaded, figures it asked for) against the memory limit; -1 when that
** would exceed it (the limit is then hit, as for Lua's own memory). */
int limits_charge(lua_State *L, size_t bytes);
void limits_uncharge(size_t bytes);

/* lua_close is about to free the state: the deadline must not touch it. */
void limits_closing(void);

/* Let the state free and allocate again for cleanup after the run. */
void limits_release(void);

/* Bytes the state holds now, and at most so far. */
size_t limits_memory_in_use(void);
size_t limits_memory_peak(void);

#endif
