/*
** error.h: how the runtime reports a failure.
**
** Every runtime function that can fail for reasons outside the program (a
** bad file, a hostile pack, a limit) takes a `struct wic_error *` and fills
** it with a kind and a one-line message, then returns non-zero or NULL.
** The kind decides the command's exit code (see host/exit_code.h); the
** message is what the user reads, so it names the file and, where there is
** one, the line.  Passing NULL for the error is allowed and discards it.
*/
#ifndef WIC_ERROR_H
#define WIC_ERROR_H

#include <stddef.h>

enum wic_error_kind {
    WIC_OK = 0,
    WIC_ERR_INPUT,   /* missing path, unreadable or malformed input      */
    WIC_ERR_PACK,    /* a pack that is not a valid pack (zip, manifest)  */
    WIC_ERR_SCRIPT,  /* an error raised by a Lua script                   */
    WIC_ERR_SANDBOX, /* a pack tried something the sandbox forbids        */
    WIC_ERR_LIMIT,   /* a CPU, memory or size limit was reached           */
    WIC_ERR_VERSION, /* the pack needs a newer wicrun                     */
    WIC_ERR_OUTPUT,  /* writing results failed                            */
    WIC_ERR_MEMORY,  /* the runtime itself ran out of memory              */
};

struct wic_error {
    enum wic_error_kind kind;
    char message[512];
};

/* Set kind and a printf-style message; returns -1 so callers can
** `return wic_error_set(err, ...)`.  A NULL err is ignored. */
int wic_error_set(struct wic_error *err, enum wic_error_kind kind,
                  const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefix the existing message with "prefix: " (e.g. a file name). */
void wic_error_prefix(struct wic_error *err, const char *prefix);

void wic_error_clear(struct wic_error *err);

#endif
