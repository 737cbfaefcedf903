/*
** span.h: a byte range in an article's text.
**
** Articles are capped below 4 GiB (see corpus/article.h), so 32-bit
** offsets are enough and keep span arrays small: a sentence index for a
** 100 MB corpus is a few megabytes, not tens.
*/
#ifndef WIC_SPAN_H
#define WIC_SPAN_H

#include <stdint.h>

struct span {
    uint32_t start; /* first byte, 0-based           */
    uint32_t end;   /* one past the last byte        */
};

#endif
