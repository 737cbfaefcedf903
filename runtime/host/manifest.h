/*
** manifest.h: reading a pack's pack.lua as data.
**
** The manifest is Lua syntax so that it can hold comments, lists and
** tables naturally, but it is read as data: the chunk runs as text only,
** in an empty environment (no functions at all to call), in a state of its
** own with a few megabytes of memory and a bounded number of
** instructions.  Its fields are then checked one by one, and the first
** thing checked is `requires`, so a pack made for a newer wicrun says so
** before anything else can go wrong.
*/
#ifndef WIC_MANIFEST_H
#define WIC_MANIFEST_H

#include "../pack/pack.h"

#define MANIFEST_MAX_BYTES (64 * 1024)

/* Read and check pack.lua of `archive` into `manifest`.  Errors name the
** zip and pack.lua (and the line for a syntax error). */
int manifest_read(const struct pack_archive *archive,
                  struct pack_manifest *manifest, struct wic_error *err);

/* The corpus globs of the pack's manifest as a NULL-terminated malloc'd
** array of malloc'd strings (a corpus_pack_patterns_fn, corpus.h). */
char **manifest_corpus_patterns(const struct pack_archive *archive,
                                struct wic_error *err);

#endif
