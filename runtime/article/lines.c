/*
** lines.c: cutting text into line records (see lines.h).
**
** One pass with memchr: the array starts small and doubles as lines come
** (a first pass to count them would cost as much as the split itself),
** so blank lines still cost no memory.
*/
#include "lines.h"

#include <stdlib.h>
#include <string.h>

#include "textscan.h"

#define FIRST_CAPACITY 64 /* lines: enough for most news pages */

/* The trimmed range of the line text[at..stop); empty when blank. */
static struct range trimmed(const char *text, size_t at, size_t stop)
{
    struct range r = {at, stop};
    ts_trim(text, &r);
    return r;
}

struct line *lines_split(const char *text, size_t len, size_t *n)
{
    size_t cap = FIRST_CAPACITY, i = 0, at = 0;
    struct line *lines = malloc(cap * sizeof *lines);
    int gap = 0;
    *n = 0;
    if (lines == NULL)
        return NULL;
    while (at < len) {
        /* a blank line (a third of them all) needs no memchr call */
        const char *nl = text[at] == '\n' ? text + at
                                          : memchr(text + at, '\n', len - at);
        size_t stop = nl ? (size_t)(nl - text) : len;
        struct range r = trimmed(text, at, stop);
        if (r.start == r.end) {
            gap = i > 0;
        } else {
            if (i == cap) {
                struct line *more = realloc(lines, 2 * cap * sizeof *lines);
                if (more == NULL) {
                    free(lines);
                    return NULL;
                }
                lines = more;
                cap *= 2;
            }
            struct line *l = &lines[i++];
            l->start = (uint32_t)at;
            l->end = (uint32_t)stop;
            l->body_start = (uint32_t)r.start;
            l->body_end = (uint32_t)r.end;
            l->bp_start = l->bp_end = (uint32_t)r.end;
            l->kind = 0;
            l->flags = gap ? LINE_AFTER_GAP : 0;
            gap = 0;
        }
        at = stop + 1;
    }
    /* no realloc to fit: the array lives only while the article is
    ** analysed (article.c), and its slack is at most the first 64
    ** records or half of it */
    *n = i;
    return lines;
}
