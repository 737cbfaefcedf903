/*
** library.h: shared libraries loaded on first use.
**
** libxml2 and libzip are big at start-up, not in use: libxml2 brings ICU
** and the C++ runtime, libzip brings OpenSSL's libcrypto, and mapping and
** relocating them costs about 9 ms at every start (measured: a program
** that only links them takes 12 ms to do nothing, one that does not takes
** 3 ms).  That is more than wicrun spends extracting the figures of a
** megabyte of text, and most runs read plain text and need neither.
**
** So they are not linked.  The module that uses one (article/html.c,
** pack/libzip.c) lists the functions it calls, and library_load() opens
** the library and looks them up the first time one is needed.  The
** headers are still the library's own, so every call is type-checked
** against its real declaration.
**
** A confined pack run cannot open files once Landlock is on, so the host
** loads what a script may need before it confines itself (host.c).
*/
#ifndef WIC_LIBRARY_H
#define WIC_LIBRARY_H

#include <stddef.h>

#include "error.h"

struct library {
    const char *file;          /* the soname: "libxml2.so.2"            */
    const char *const *names;  /* the symbols to look up, NULL-ended    */
    void *table;               /* filled: a struct of pointers, one per
                                  name in the same order (POSIX gives
                                  function and data pointers one form)  */
    int state;                 /* 0 not tried, 1 loaded, -1 failed       */
    char message[256];         /* why it failed                          */
};

/* Helpers for a module's list of symbols, written as an X-macro
** (`#define LIBXML_SYMBOLS(X) X(xmlFreeDoc) X(htmlReadMemory) ...`):
** LIBRARY_FIELD declares a field of the table typed as the symbol's
** address, so calls through it are checked against the library's header;
** LIBRARY_NAME gives the string library_load() looks up. */
#define LIBRARY_FIELD(name) __typeof__(&name) name;
#define LIBRARY_NAME(name) #name,

/* Load lib once (thread-safe) and fill its table.  Returns 0, or -1
** with a one-line message in err (WIC_ERR_INPUT) when the library or one
** of its symbols is missing; a failure is remembered, not retried. */
int library_load(struct library *lib, struct wic_error *err);

#endif
