/*
** error.c: filling a struct wic_error (see error.h).
*/
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int wic_error_set(struct wic_error *err, enum wic_error_kind kind,
                  const char *fmt, ...)
{
    if (err == NULL)
        return -1;
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return -1;
}

void wic_error_prefix(struct wic_error *err, const char *prefix)
{
    if (err == NULL)
        return;
    char old[sizeof err->message];
    memcpy(old, err->message, sizeof old);
    size_t n = strlen(prefix);
    if (n > sizeof err->message - 3)
        n = sizeof err->message - 3;
    memcpy(err->message, prefix, n);
    memcpy(err->message + n, ": ", 2);
    size_t room = sizeof err->message - n - 3;
    size_t m = strnlen(old, room);
    memcpy(err->message + n + 2, old, m);
    err->message[n + 2 + m] = '\0';
}

void wic_error_clear(struct wic_error *err)
{
    if (err == NULL)
        return;
    err->kind = WIC_OK;
    err->message[0] = '\0';
}
