/*
** textbuf.c: growth, hand-over and printf for textbuf.h.
*/
#include "textbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void textbuf_init(struct textbuf *b)
{
    memset(b, 0, sizeof *b);
}

void textbuf_free(struct textbuf *b)
{
    free(b->data);
    textbuf_init(b);
}

bool textbuf_reserve(struct textbuf *b, size_t n)
{
    if (b->failed)
        return false;
    if (b->cap - b->len >= n)
        return true;
    if (n > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < n)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

char *textbuf_take(struct textbuf *b, size_t *len)
{
    char *p = b->data;
    *len = b->len;
    textbuf_init(b);
    return p;
}

void textbuf_printf(struct textbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        textbuf_put(b, small, (size_t)n);
        return;
    }
    if (!textbuf_reserve(b, (size_t)n + 1))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}
