/*
** confine.h: the OS layer of the pack sandbox.
**
** Lua's own sandbox is the first wall; Debian's Lua 5.4.4 lacks some
** later upstream memory-safety fixes, so a second wall stands behind it in
** case a pack ever escapes into native code.  Before a pack's code runs,
** the process gives up, for good:
**   - spawning programs and processes (execve, fork; threads stay allowed),
**     networking (socket), tracing and kernel-level tricks (ptrace, bpf,
**     mount, ...), through a seccomp filter (libseccomp);
**   - with Landlock, where the kernel has it, all file access but reading
**     and writing inside the output folder and reading the time zone data;
**   - new privileges (PR_SET_NO_NEW_PRIVS) and core dumps.
** Everything the pack needs (its entries, wicrun's embedded scripts) is
** already in memory by then.  Where the kernel lacks a feature the layer
** does what it can and carries on: the Lua sandbox still holds.
*/
#ifndef WIC_CONFINE_H
#define WIC_CONFINE_H

#include "../core/error.h"

/* Confine the process; `out_dir` (may be NULL) stays writable. */
int confine_process(const char *out_dir, struct wic_error *err);

/* What the last confine_process() achieved, for `wicrun --version -v`
** and the tests: a bit per layer. */
enum { CONFINE_SECCOMP = 1, CONFINE_LANDLOCK = 2 };
int confine_status(void);

/* 0 in builds with AddressSanitizer, which keep fork-like clone and
** ptrace for LeakSanitizer; 1 otherwise. */
int confine_blocks_processes(void);

#endif
