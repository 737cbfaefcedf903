/*
** figure_list.c: the growable array of figures and the arena that owns
** their strings.
**
** The array doubles when full, so appending is amortised O(1) and a scan
** never allocates per token.  Strings a figure needs that are not static
** constants (nouns, metrics, subjects) are copied into an arena of chained
** blocks: one malloc per few kilobytes of strings, freed all at once.
** figure_list_clear() keeps the array and the first block, so a caller
** scanning many articles with one list allocates almost nothing after
** the first.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figure.h"

#define BLOCK_MIN 4096

struct arena_block {
    struct arena_block *next;
    size_t used, size;
    char data[];
};

struct figure_arena {
    struct arena_block *head; /* current block; older ones follow */
};

void figure_list_init(struct figure_list *list)
{
    memset(list, 0, sizeof *list);
}

void figure_list_clear(struct figure_list *list)
{
    list->count = 0;
    if (!list->arena || !list->arena->head)
        return;
    struct arena_block *b = list->arena->head->next;
    while (b) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
    list->arena->head->next = NULL;
    list->arena->head->used = 0;
}

void figure_list_free(struct figure_list *list)
{
    if (list->arena) {
        struct arena_block *b = list->arena->head;
        while (b) {
            struct arena_block *next = b->next;
            free(b);
            b = next;
        }
        free(list->arena);
    }
    free(list->items);
    memset(list, 0, sizeof *list);
}

struct figure *figure_list_push(struct figure_list *list)
{
    if (list->count == list->capacity) {
        size_t cap = list->capacity ? list->capacity * 2 : 64;
        struct figure *items = realloc(list->items, cap * sizeof *items);
        if (!items)
            return NULL;
        list->items = items;
        list->capacity = cap;
    }
    struct figure *f = &list->items[list->count++];
    /* one assignment: the compiler stores each field once, where memset
    ** and then the non-zero fields wrote some twice */
    *f = (struct figure){.low = NAN, .high = NAN, .pair = -1};
    return f;
}

char *figure_list_strdup(struct figure_list *list, const char *s, size_t n)
{
    if (!list->arena) {
        list->arena = calloc(1, sizeof *list->arena);
        if (!list->arena)
            return NULL;
    }
    struct arena_block *b = list->arena->head;
    if (!b || b->size - b->used < n + 1) {
        size_t size = n + 1 > BLOCK_MIN ? n + 1 : BLOCK_MIN;
        struct arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->used = 0;
        nb->size = size;
        if (b && b->used == 0) { /* an empty head: replace it */
            nb->next = b->next;
            free(b);
        } else {
            nb->next = b;
        }
        list->arena->head = b = nb;
    }
    char *p = b->data + b->used;
    memcpy(p, s, n);
    p[n] = '\0';
    b->used += n + 1;
    return p;
}
