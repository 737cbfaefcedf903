/*
** lines.c: cutting text into line records (see lines.h).
**
** Two passes with memchr: count the lines that are not blank, then fill,
** so the array is allocated once at its exact size.
*/
#include "lines.h"

#include <stdlib.h>
#include <string.h>

#include "textscan.h"

/* The trimmed range of the line text[at..stop); empty when blank. */
static struct range trimmed(const char *text, size_t at, size_t stop)
{
    struct range r = {at, stop};
    ts_trim(text, &r);
    return r;
}

struct line *lines_split(const char *text, size_t len, size_t *n)
{
    size_t count = 0, at = 0;
    *n = 0;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t stop = nl ? (size_t)(nl - text) : len;
        struct range r = trimmed(text, at, stop);
        count += r.start < r.end;
        at = stop + 1;
    }
    struct line *lines = calloc(count ? count : 1, sizeof *lines);
    if (lines == NULL)
        return NULL;
    size_t i = 0;
    int gap = 0;
    at = 0;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t stop = nl ? (size_t)(nl - text) : len;
        struct range r = trimmed(text, at, stop);
        if (r.start == r.end) {
            gap = i > 0;
        } else {
            lines[i].start = (uint32_t)at;
            lines[i].end = (uint32_t)stop;
            lines[i].body_start = (uint32_t)r.start;
            lines[i].body_end = (uint32_t)r.end;
            lines[i].bp_start = lines[i].bp_end = (uint32_t)r.end;
            lines[i].flags = gap ? LINE_AFTER_GAP : 0;
            gap = 0;
            i++;
        }
        at = stop + 1;
    }
    *n = i;
    return lines;
}
