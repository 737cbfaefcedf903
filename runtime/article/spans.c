/*
** spans.c: the growable span array (see spans.h).
*/
#include "spans.h"

#include <stdlib.h>

int spanvec_push(struct spanvec *v, uint32_t start, uint32_t end)
{
    if (v->count == v->capacity) {
        size_t cap = v->capacity ? v->capacity * 2 : 16;
        struct span *p = realloc(v->items, cap * sizeof *p);
        if (p == NULL)
            return -1;
        v->items = p;
        v->capacity = cap;
    }
    v->items[v->count].start = start;
    v->items[v->count].end = end;
    v->count++;
    return 0;
}

struct span *spanvec_take(struct spanvec *v, size_t *count)
{
    struct span *items = v->items;
    *count = v->count;
    v->items = NULL;
    v->count = v->capacity = 0;
    return items;
}

void spanvec_free(struct spanvec *v)
{
    free(v->items);
    v->items = NULL;
    v->count = v->capacity = 0;
}
