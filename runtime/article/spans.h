/*
** spans.h: a growable array of spans, the output of every finder here.
**
** Pushes are amortised O(1); the array is handed over to the article as
** is (spanvec_take), so finished results cost no copy.
*/
#ifndef WIC_SPANS_H
#define WIC_SPANS_H

#include <stddef.h>
#include <stdint.h>

#include "../core/span.h"

struct spanvec {
    struct span *items;
    size_t count, capacity;
};

/* Append [start, end); -1 when out of memory. */
int spanvec_push(struct spanvec *v, uint32_t start, uint32_t end);

/* Give the items to the caller (who frees them) and reset v. */
struct span *spanvec_take(struct spanvec *v, size_t *count);

void spanvec_free(struct spanvec *v);

#endif
