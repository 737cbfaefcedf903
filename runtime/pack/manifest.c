/*
** manifest.c: freeing a struct pack_manifest.
**
** The manifest is read by the host (host/manifest.c) because it is Lua
** syntax; this layer only owns the plain data it is read into.
*/
#include "pack.h"

#include <stdlib.h>
#include <string.h>

static void free_strings(char **list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(list[i]);
    free(list);
}

void pack_manifest_free(struct pack_manifest *m)
{
    free(m->name);
    free(m->version);
    free(m->title);
    free(m->description);
    free(m->license);
    free(m->requires);
    free(m->main);
    free(m->gazetteer);
    free_strings(m->authors, m->n_authors);
    free_strings(m->corpus, m->n_corpus);
    for (size_t i = 0; i < m->n_params; i++) {
        free(m->params[i].key);
        free(m->params[i].value);
    }
    free(m->params);
    memset(m, 0, sizeof *m);
}
