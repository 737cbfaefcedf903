/*
** textbuf.h: a growable byte buffer for writers.
**
** The figure writers produce millions of short pieces ("\"unit\":",
** "CNY", a number); going through stdio for each piece costs more than
** making them.  A textbuf appends them to memory with no per-call locking
** or formatting, and the caller writes the whole buffer once.
**
** Allocation failure is sticky: every later append is dropped and
** `failed` stays set, so a writer checks once at the end.
*/
#ifndef WIC_CORE_TEXTBUF_H
#define WIC_CORE_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct textbuf {
    char *data; /* not NUL-terminated */
    size_t len, cap;
    bool failed;
};

void textbuf_init(struct textbuf *b);
void textbuf_free(struct textbuf *b);

/* Forget the contents, keep the memory. */
static inline void textbuf_clear(struct textbuf *b)
{
    b->len = 0;
    b->failed = false;
}

/* Make room for n more bytes; false (and `failed`) when out of memory. */
bool textbuf_reserve(struct textbuf *b, size_t n);

/* Hand the bytes to the caller (who frees them); the buffer is left empty. */
char *textbuf_take(struct textbuf *b, size_t *len);

static inline void textbuf_put(struct textbuf *b, const char *s, size_t n)
{
    if (b->cap - b->len < n && !textbuf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static inline void textbuf_puts(struct textbuf *b, const char *s)
{
    textbuf_put(b, s, strlen(s));
}

static inline void textbuf_putc(struct textbuf *b, char c)
{
    if (b->cap == b->len && !textbuf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
}

/* printf into the buffer (for the rare, human-facing formats). */
void textbuf_printf(struct textbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
