/*
** corpus.h: a collection of articles, loaded from folders, files and packs.
**
** Loading is the first half of every run: find the files, read them,
** parse each into an article (article/article.h).  Articles are
** independent, so they are parsed on every core, each worker taking the
** next file; the result is in a fixed order (the order the paths were
** given, folders sorted by name) whatever the scheduling, so runs are
** reproducible.  A progress bar shows on a terminal when loading takes
** longer than a moment.
**
** Article ids: for a folder, the path inside it ("2019/wuzhen.txt"); for a
** file given by itself, its base name; for a pack or zip, the entry name
** ("articles/01-wuzhen-host.txt").
*/
#ifndef WIC_CORPUS_H
#define WIC_CORPUS_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "../article/article.h"
#include "../core/error.h"
#include "../pack/pack.h"
#include "walk.h"

/* Which entries of a pack are articles: the host reads the manifest's
** `corpus` globs (pack.lua is Lua) and returns them as a NULL-terminated
** malloc'd array of malloc'd strings, or NULL with `err` set. */
typedef char **(*corpus_pack_patterns_fn)(const struct pack_archive *archive,
                                          struct wic_error *err);

struct corpus_options {
    int threads;                   /* 0: one per core                  */
    int progress;                  /* allow a progress bar on stderr   */
    corpus_pack_patterns_fn patterns; /* NULL: every article under
                                         articles/ in a pack with a manifest,
                                         else every article entry   */
    int walk_later;                /* a folder is one source, walked by
                                      a corpus_feed as it is read     */
};

/* Where one article comes from: a file, or bytes of an open pack. */
struct corpus_source {
    char *id;
    char *path;        /* read this file, or ...                    */
    const char *bytes; /* ... parse these (borrowed from an archive) */
    size_t len;
    enum article_format format;
    int archive;       /* index in the list's archives, or -1       */
    int folder;        /* a folder (at `path`) a corpus_feed walks  */
};

/* A list of sources, made from paths before anything is parsed; it keeps
** open the packs its sources borrow bytes from.  A corpus is loaded from
** one.  `wicrun extract` streams over one through a corpus_feed, with each
** folder a single item (corpus_options.walk_later) walked as it is read. */
struct corpus_sources {
    struct corpus_source *items;
    size_t count, capacity;
    struct pack_archive **archives;
    size_t n_archives;
};

void corpus_sources_init(struct corpus_sources *sources);
void corpus_sources_free(struct corpus_sources *sources);

/* Add the sources at `path` (see corpus_add_path for what a path may be).
** Returns 0, or -1 with `err` set. */
int corpus_sources_add_path(struct corpus_sources *sources, const char *path,
                            const struct corpus_options *options,
                            struct wic_error *err);

/* Add the entries of `archive` (borrowed: it must outlive the list) that
** match any of the NULL-terminated `patterns` and have an article format. */
int corpus_sources_add_archive(struct corpus_sources *sources,
                               const struct pack_archive *archive,
                               char *const *patterns, struct wic_error *err);

/* The sources of a list one at a time, each folder walked only when the
** feed reaches it (corpus/walk.h): memory does not grow with the number
** of files under it.  `wicrun extract` reads its paths this way. */
struct corpus_feed {
    const struct corpus_sources *sources;
    size_t next; /* the next item of the list */
    struct folder_walk walk;
    int walking;
};

void corpus_feed_init(struct corpus_feed *feed,
                      const struct corpus_sources *sources);

/* The next source in `out`, with its own copies of id and path (free them
** with corpus_source_clear), and 1; 0 at the end; -1 with `err` set when a
** folder cannot be read (it is skipped: the feed can go on). */
int corpus_feed_next(struct corpus_feed *feed, struct corpus_source *out,
                     struct wic_error *err);
void corpus_feed_free(struct corpus_feed *feed);
void corpus_source_clear(struct corpus_source *source);

/* Read (if needed) and parse one source into `article`; `flags` as for
** article_parse_with(). */
int corpus_source_load(const struct corpus_source *source,
                       struct article *article, unsigned flags,
                       struct wic_error *err);

struct corpus {
    struct article *articles;
    size_t count, capacity;
    uint64_t text_bytes; /* sum of text_len */
    size_t invalid_bytes;
};

void corpus_init(struct corpus *corpus);
void corpus_free(struct corpus *corpus);

/* Add the articles at `path`: a .txt/.md/.html file (any other file is
** read as plain text), a folder (recursively; only .txt/.md/.html files,
** hidden ones skipped) or a .zip (pack).  Returns 0, or -1 with `err` set
** and the corpus unchanged. */
int corpus_add_path(struct corpus *corpus, const char *path,
                    const struct corpus_options *options,
                    struct wic_error *err);

/* Add the entries of an open pack that match any of `patterns` (NULL-
** terminated) and have an article format. */
int corpus_add_archive(struct corpus *corpus,
                       const struct pack_archive *archive,
                       char *const *patterns,
                       const struct corpus_options *options,
                       struct wic_error *err);

/* Parse every source, on all cores, and add the articles in order. */
int corpus_add_sources(struct corpus *corpus,
                       const struct corpus_sources *sources,
                       const struct corpus_options *options,
                       struct wic_error *err);

/* Add one article from bytes in memory. */
int corpus_add_bytes(struct corpus *corpus, const char *id,
                     const char *bytes, size_t len,
                     enum article_format format, struct wic_error *err);

/* The number of worker threads to use for `jobs` independent items. */
int corpus_thread_count(int requested, size_t jobs);

/* Start up to `n` threads running run(arg) with every signal blocked in
** them; returns how many started. */
int corpus_start_threads(pthread_t *threads, int n, void *(*run)(void *),
                         void *arg);

#endif
