/*
** run_limits.c: see run_limits.h.
**
** One run has one limited state, so the bookkeeping is file-static: the
** signal handler must reach it without arguments, and keeping it here
** rather than in the state's extra space keeps it valid even while Lua is
** in the middle of an allocation.
*/
#include "run_limits.h"

#include <lauxlib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "exit_code.h"
#include "output.h"

enum { GRACE_SECONDS = 3 };

static struct {
    size_t limit, in_use, peak;
    volatile sig_atomic_t hit; /* enum limit_kind */
    int released;
    lua_State *main;
    lua_State *volatile running;
    timer_t timer;
    int timer_armed;
    volatile sig_atomic_t deadline_passed;
    volatile sig_atomic_t closing; /* the state is being freed: hands off */
    size_t external; /* C memory held for the script (corpora, figures) */
    double cpu_seconds;
    size_t memory_limit_mb;
    char message[600];
} state;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    if (ptr == NULL)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        state.in_use -= osize;
        return NULL;
    }
    if (nsize > osize && !state.released) {
        if (state.hit == LIMIT_MEMORY)
            return NULL;
        if (state.limit &&
            state.in_use + state.external - osize + nsize > state.limit) {
            state.hit = LIMIT_MEMORY;
            limits_rearm(state.main);
            limits_rearm(state.running);
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL)
        return NULL;
    state.in_use = state.in_use - osize + nsize;
    if (state.in_use > state.peak)
        state.peak = state.in_use;
    return block;
}

/* Raise the hit limit's message, located at the running Lua line (a
** sandbox message carries its location already). */
static void limit_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    if (state.hit == LIMIT_NONE || state.released)
        return;
    if (state.hit == LIMIT_SANDBOX) {
        lua_pushstring(L, state.message);
    } else {
        luaL_where(L, 0);
        lua_pushstring(L, limits_message());
        lua_concat(L, 2);
    }
    lua_error(L);
}

void limits_rearm(lua_State *co)
{
    if (co != NULL && state.hit != LIMIT_NONE && !state.closing)
        lua_sethook(co, limit_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT,
                    1);
}

void limits_set_running(lua_State *co)
{
    state.running = co;
    limits_rearm(co);
}

static void on_deadline(int signo)
{
    (void)signo;
    if (!state.deadline_passed) {
        state.deadline_passed = 1;
        if (state.hit == LIMIT_NONE)
            state.hit = LIMIT_CPU;
        if (state.closing)
            return; /* lua_close is freeing the state: the backstop holds */
        if (state.main)
            lua_sethook(state.main, limit_hook,
                        LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
        lua_State *co = state.running;
        if (co)
            lua_sethook(co, limit_hook,
                        LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
        return;
    }
    /* Still running GRACE_SECONDS later: stuck in C.  End the process
    ** with only async-signal-safe calls. */
    output_discard_partial_files();
    static const char text[] =
        "wicrun: CPU time limit exceeded (the script was stuck in a "
        "library call); raise it with --cpu SECONDS\n";
    ssize_t ignored = write(STDERR_FILENO, text, sizeof text - 1);
    (void)ignored;
    _exit(EXIT_LIMIT);
}

lua_State *limits_new_state(const struct run_limits *limits)
{
    memset(&state, 0, sizeof state);
    state.limit = limits->memory_bytes;
    state.cpu_seconds = limits->cpu_seconds;
    state.memory_limit_mb = limits->memory_bytes >> 20;
    lua_State *L = lua_newstate(limited_alloc, NULL);
    state.main = L;
    return L;
}

int limits_start_clock(lua_State *L, const struct run_limits *limits)
{
    state.main = L;
    if (limits->cpu_seconds <= 0)
        return 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_deadline;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (sigaction(SIGXCPU, &sa, NULL) != 0)
        return -1;
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGXCPU;
    if (timer_create(CLOCK_PROCESS_CPUTIME_ID, &ev, &state.timer) != 0)
        return -1;
    struct itimerspec when;
    memset(&when, 0, sizeof when);
    when.it_value.tv_sec = (time_t)limits->cpu_seconds;
    when.it_value.tv_nsec =
        (long)((limits->cpu_seconds - (double)(time_t)limits->cpu_seconds) *
               1e9);
    if (when.it_value.tv_sec == 0 && when.it_value.tv_nsec == 0)
        when.it_value.tv_nsec = 1;
    when.it_interval.tv_sec = GRACE_SECONDS; /* the second firing kills */
    if (timer_settime(state.timer, 0, &when, NULL) != 0) {
        timer_delete(state.timer);
        return -1;
    }
    state.timer_armed = 1;
    return 0;
}

void limits_stop_clock(void)
{
    if (state.timer_armed) {
        timer_delete(state.timer);
        state.timer_armed = 0;
    }
}

enum limit_kind limits_hit(void)
{
    return (enum limit_kind)state.hit;
}

const char *limits_message(void)
{
    if (state.hit == LIMIT_MEMORY)
        snprintf(state.message, sizeof state.message,
                 "memory limit exceeded (%zu MB); raise it with --memory MB",
                 state.memory_limit_mb);
    else if (state.hit == LIMIT_CPU)
        snprintf(state.message, sizeof state.message,
                 "CPU time limit exceeded (%g s); raise it with --cpu SECONDS",
                 state.cpu_seconds);
    /* LIMIT_SANDBOX: the message was set when it tripped */
    return state.message;
}

void limits_trip_sandbox(lua_State *L, const char *message)
{
    if (state.hit == LIMIT_NONE) {
        state.hit = LIMIT_SANDBOX;
        snprintf(state.message, sizeof state.message, "%s", message);
    }
    limits_rearm(state.main);
    limits_rearm(L);
}

int limits_charge(lua_State *L, size_t bytes)
{
    if (state.limit && state.in_use + state.external + bytes > state.limit) {
        if (state.hit == LIMIT_NONE)
            state.hit = LIMIT_MEMORY;
        limits_rearm(state.main);
        limits_rearm(L);
        return -1;
    }
    state.external += bytes;
    return 0;
}

void limits_uncharge(size_t bytes)
{
    state.external -= bytes < state.external ? bytes : state.external;
}

void limits_closing(void)
{
    state.closing = 1;
    state.running = NULL;
}

void limits_release(void)
{
    state.released = 1;
    limits_stop_clock();
}

size_t limits_memory_in_use(void)
{
    return state.in_use;
}

size_t limits_memory_peak(void)
{
    return state.peak;
}
