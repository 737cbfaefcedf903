/*
** host.h: one run of Lua code, a pack's or a user's script.
**
** The host owns everything a run needs besides the Lua state: the pack
** (read into memory), the parameters, the paths of the run's corpus and,
** once a script asks for it, the corpus itself.  Bindings reach it with
** host_from_state().
**
** A run is: make a limited state (run_limits.h), build the environment
** (sandbox.h for a pack; the full standard library for `wicrun run`),
** confine the process (confine.h, packs only), start the CPU clock, call
** the entry script under a traceback handler, then commit or discard the
** output files (output.h).  Every failure ends as a struct wic_error whose
** kind gives the exit code.
*/
#ifndef WIC_HOST_H
#define WIC_HOST_H

#include <lua.h>
#include <stddef.h>

#include "../corpus/corpus.h"
#include "../pack/pack.h"
#include "run_limits.h"

struct host {
    int sandboxed;                       /* a pack's code               */
    const struct pack_archive *archive;  /* pack runs                   */
    const struct pack_manifest *manifest;
    char **corpus_paths;                 /* `run --corpus`, NULL-ended  */
    const struct pack_param *params;     /* defaults overridden by --set */
    size_t n_params;
    int threads;                         /* 0: one per core             */
    struct run_limits limits;
    const char *out_dir;                 /* NULL: no output folder      */
    int confine;                         /* apply the OS sandbox        */
    struct corpus *corpus;               /* the run's corpus, when loaded */
    char *traceback;                     /* of the last script error    */
    struct wic_error load_error;         /* why the run's corpus failed */
    struct gazetteer *gazetteer;         /* the pack's, or NULL: built-in */
};

/* The gazetteer of a pack whose manifest names one (`gazetteer =
** "data/x.tsv"`): the built-in entries plus the pack's.  *out is NULL when
** the manifest names none.  Errors name the pack, the file and the line. */
int host_pack_gazetteer(const struct pack_archive *archive,
                        const struct pack_manifest *manifest,
                        struct gazetteer **out, struct wic_error *err);

struct host *host_from_state(lua_State *L);

/* The run's corpus, loaded on first use; NULL with `err` set on failure. */
struct corpus *host_corpus(struct host *host, struct wic_error *err);

/* Run the pack's entry script (pack mode) or `script_path` (run mode). */
int host_run(struct host *host, const char *script_path,
             struct wic_error *err);

/* Free what the host loaded (the corpus). */
void host_free(struct host *host);

/* Options shared by the command's run and pack commands. */
struct corpus_options host_corpus_options(const struct host *host);

#endif
