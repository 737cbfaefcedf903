/*
** corpus.c: finding and loading articles (see corpus.h).
**
** Loading is done in two steps.  First the paths are expanded into a list
** of sources (one per article: an id, and either a file path or bytes of
** an open pack); this part is quick and single-threaded, and it is where a
** missing path or an unreadable folder is reported.  Then the sources are
** parsed on a pool of threads that take the next source from an atomic
** counter and parse it into a slot of their own, so no locks are needed
** and the articles come out in the order of the sources.
*/
#include "corpus.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/progress.h"
#include "walk.h"

enum { MAX_THREADS = 64 };

/* ---- the list of sources ---- */

void corpus_sources_init(struct corpus_sources *sources)
{
    memset(sources, 0, sizeof *sources);
}

void corpus_sources_free(struct corpus_sources *sources)
{
    for (size_t i = 0; i < sources->count; i++) {
        free(sources->items[i].id);
        free(sources->items[i].path);
    }
    free(sources->items);
    for (size_t i = 0; i < sources->n_archives; i++) {
        pack_archive_free(sources->archives[i]);
        free(sources->archives[i]);
    }
    free(sources->archives);
    memset(sources, 0, sizeof *sources);
}

static struct corpus_source *push_source(struct corpus_sources *sources,
                                         const char *id,
                                         enum article_format format,
                                         struct wic_error *err)
{
    if (sources->count == sources->capacity) {
        size_t capacity = sources->capacity ? sources->capacity * 2 : 64;
        struct corpus_source *bigger =
            realloc(sources->items, capacity * sizeof *bigger);
        if (bigger == NULL) {
            wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
            return NULL;
        }
        sources->items = bigger;
        sources->capacity = capacity;
    }
    struct corpus_source *source = &sources->items[sources->count];
    memset(source, 0, sizeof *source);
    source->format = format;
    source->archive = -1;
    if ((source->id = strdup(id)) == NULL) {
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        return NULL;
    }
    sources->count++;
    return source;
}

static int push_file(struct corpus_sources *sources, const char *path,
                     const char *id, enum article_format format,
                     struct wic_error *err)
{
    struct corpus_source *source = push_source(sources, id, format, err);
    if (source == NULL)
        return -1;
    if ((source->path = strdup(path)) == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    return 0;
}

/* Every article file under `dir` now, sorted by name at each level. */
static int add_folder(struct corpus_sources *sources, const char *dir,
                      struct wic_error *err)
{
    struct folder_walk walk;
    if (folder_walk_start(&walk, dir, err) != 0)
        return -1;
    char *path, *id;
    enum article_format format;
    int found, status = 0;
    while (status == 0 &&
           (found = folder_walk_next(&walk, &path, &id, &format, err)) > 0) {
        status = push_file(sources, path, id, format, err);
        free(path);
        free(id);
    }
    folder_walk_free(&walk);
    return found < 0 ? -1 : status;
}

int corpus_sources_add_archive(struct corpus_sources *sources,
                               const struct pack_archive *archive,
                               char *const *patterns, struct wic_error *err)
{
    for (size_t i = 0; i < archive->count; i++) {
        const struct pack_entry *entry = &archive->entries[i];
        enum article_format format = article_format_from_name(entry->name);
        if (format == ARTICLE_UNKNOWN)
            continue;
        int matched = 0;
        for (char *const *p = patterns; *p && !matched; p++)
            matched = pack_glob_match(*p, entry->name);
        if (!matched)
            continue;
        struct corpus_source *source =
            push_source(sources, entry->name, format, err);
        if (source == NULL)
            return -1;
        source->bytes = (const char *)entry->data;
        source->len = entry->size;
    }
    return 0;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* A zip: kept open in the list, its articles chosen by the manifest's
** globs (through the host's callback) or by default. */
static int add_zip(struct corpus_sources *sources, const char *path,
                   const struct corpus_options *options,
                   struct wic_error *err)
{
    struct pack_archive *archive = malloc(sizeof *archive);
    struct pack_archive **list =
        realloc(sources->archives,
                (sources->n_archives + 1) * sizeof *sources->archives);
    if (archive == NULL || list == NULL) {
        free(archive);
        if (list)
            sources->archives = list;
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    }
    sources->archives = list;
    struct pack_limits limits;
    pack_limits_default(&limits);
    if (pack_archive_open(archive, path, &limits, err) != 0) {
        free(archive);
        return -1;
    }
    sources->archives[sources->n_archives++] = archive;
    int has_manifest = pack_archive_find(archive, PACK_MANIFEST_NAME) != NULL;
    static char articles[] = "articles/**", everything[] = "**";
    char *with_manifest[] = {articles, NULL}, *without[] = {everything, NULL};
    if (has_manifest && options && options->patterns) {
        char **patterns = options->patterns(archive, err);
        if (patterns == NULL)
            return -1;
        size_t first = sources->count;
        int status = corpus_sources_add_archive(sources, archive, patterns,
                                                err);
        for (size_t i = first; i < sources->count; i++)
            sources->items[i].archive = (int)sources->n_archives - 1;
        for (char **p = patterns; *p; p++)
            free(*p);
        free(patterns);
        return status;
    }
    size_t first = sources->count;
    int status = corpus_sources_add_archive(
        sources, archive, has_manifest ? with_manifest : without, err);
    for (size_t i = first; i < sources->count; i++)
        sources->items[i].archive = (int)sources->n_archives - 1;
    return status;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

int corpus_sources_add_path(struct corpus_sources *sources, const char *path,
                            const struct corpus_options *options,
                            struct wic_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path,
                             strerror(errno));
    if (S_ISDIR(st.st_mode) && options && options->walk_later) {
        struct corpus_source *source =
            push_source(sources, base_name(path), ARTICLE_UNKNOWN, err);
        if (source == NULL || (source->path = strdup(path)) == NULL)
            return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        source->folder = 1;
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return add_folder(sources, path, err);
    if (!S_ISREG(st.st_mode))
        return wic_error_set(err, WIC_ERR_INPUT, "%s: not a file or a folder",
                             path);
    if (has_suffix(path, ".zip"))
        return add_zip(sources, path, options, err);
    enum article_format format = article_format_from_name(path);
    return push_file(sources, path, base_name(path),
                     format == ARTICLE_UNKNOWN ? ARTICLE_TEXT : format, err);
}

/* ---- reading and parsing one source ---- */

static char *read_whole_file(const char *path, size_t *len,
                             struct wic_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (uint64_t)st.st_size >= ARTICLE_MAX_BYTES) {
        wic_error_set(err, WIC_ERR_LIMIT,
                      "%s: larger than the limit of %zu bytes for an "
                      "article",
                      path, (size_t)ARTICLE_MAX_BYTES);
        close(fd);
        return NULL;
    }
    /* Read what fstat promised and no more: a file that grows while we
    ** read is taken as fstat saw it, and one that shrinks ends early.  A
    ** regular file then takes one read(), not a second one to meet its
    ** end.  Anything else (a link to a pipe, say) is read up to its fstat
    ** size and one byte more, and that byte dropped. */
    int regular = S_ISREG(st.st_mode);
    size_t capacity = (size_t)st.st_size + !regular, size = 0;
    char *data = malloc(capacity + 1);
    if (data == NULL) {
        close(fd);
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        return NULL;
    }
    while (size < capacity) {
        ssize_t n = read(fd, data + size, capacity - size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path,
                          strerror(errno));
            free(data);
            close(fd);
            return NULL;
        }
        if (n == 0)
            break;
        size += (size_t)n;
    }
    close(fd);
    if (!regular && size == capacity)
        size = capacity - 1;
    data[size] = '\0';
    *len = size;
    return data;
}

int corpus_source_load(const struct corpus_source *source,
                       struct article *article, unsigned flags,
                       struct wic_error *err)
{
    const char *bytes = source->bytes;
    size_t len = source->len;
    char *owned = NULL;
    if (source->folder) /* only a corpus_feed walks it */
        return wic_error_set(err, WIC_ERR_INPUT, "%s: a folder, not an article",
                             source->path);
    if (source->path != NULL) {
        owned = read_whole_file(source->path, &len, err);
        if (owned == NULL)
            return -1;
        bytes = owned;
    }
    int status = article_parse_with(article, source->id, bytes, len,
                                    source->format, flags, err);
    if (status != 0)
        wic_error_prefix(err, source->path ? source->path : source->id);
    free(owned);
    return status;
}

/* ---- the sources one at a time, folders walked as they come ---- */

void corpus_feed_init(struct corpus_feed *feed,
                      const struct corpus_sources *sources)
{
    memset(feed, 0, sizeof *feed);
    feed->sources = sources;
}

void corpus_feed_free(struct corpus_feed *feed)
{
    if (feed->walking)
        folder_walk_free(&feed->walk);
    feed->walking = 0;
}

void corpus_source_clear(struct corpus_source *source)
{
    free(source->id);
    free(source->path);
    memset(source, 0, sizeof *source);
    source->archive = -1;
}

int corpus_feed_next(struct corpus_feed *feed, struct corpus_source *out,
                     struct wic_error *err)
{
    memset(out, 0, sizeof *out);
    out->archive = -1;
    for (;;) {
        if (feed->walking) {
            int found = folder_walk_next(&feed->walk, &out->path, &out->id,
                                         &out->format, err);
            if (found != 0)
                return found;
            corpus_feed_free(feed);
            continue;
        }
        if (feed->next == feed->sources->count)
            return 0;
        const struct corpus_source *s = &feed->sources->items[feed->next++];
        if (s->folder) {
            if (folder_walk_start(&feed->walk, s->path, err) != 0)
                return -1;
            feed->walking = 1;
            continue;
        }
        *out = *s;
        out->id = strdup(s->id);
        out->path = s->path ? strdup(s->path) : NULL;
        if (out->id == NULL || (s->path && out->path == NULL)) {
            corpus_source_clear(out);
            return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        }
        return 1;
    }
}

/* ---- parsing many, on every core ---- */

struct slot {
    struct article article;
    struct wic_error error;
    int status;
};

struct pool {
    const struct corpus_sources *sources;
    struct slot *slots;
    atomic_size_t next, done;
    atomic_uint_fast64_t bytes;
};

/* Take the next source; returns 0 when there is none left. */
static int work_one(struct pool *pool)
{
    size_t i = atomic_fetch_add(&pool->next, 1);
    if (i >= pool->sources->count)
        return 0;
    struct slot *slot = &pool->slots[i];
    wic_error_clear(&slot->error);
    slot->status = corpus_source_load(&pool->sources->items[i],
                                      &slot->article, 0, &slot->error);
    atomic_fetch_add(&pool->bytes, slot->article.text_len);
    atomic_fetch_add(&pool->done, 1);
    return 1;
}

static void *worker(void *arg)
{
    while (work_one(arg))
        ;
    return NULL;
}

int corpus_thread_count(int requested, size_t jobs)
{
    long cores = requested > 0 ? requested : sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1)
        cores = 1;
    if (cores > MAX_THREADS)
        cores = MAX_THREADS;
    if ((size_t)cores > jobs)
        cores = jobs ? (long)jobs : 1;
    return (int)cores;
}

int corpus_start_threads(pthread_t *threads, int n, void *(*run)(void *),
                         void *arg)
{
    /* workers take no signals: the host's CPU deadline must reach the
    ** thread that runs Lua */
    sigset_t all, saved;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &saved);
    int started = 0;
    for (int i = 0; i < n; i++)
        if (pthread_create(&threads[started], NULL, run, arg) == 0)
            started++;
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    return started;
}

static void parse_all(struct pool *pool, const struct corpus_options *o)
{
    struct progress bar;
    progress_start(&bar, "loading", pool->sources->count);
    if (!o->progress)
        bar.enabled = 0;
    int n = corpus_thread_count(o->threads, pool->sources->count);
    pthread_t threads[MAX_THREADS];
    int started = corpus_start_threads(threads, n - 1, worker, pool);
    while (work_one(pool)) /* the calling thread works too */
        progress_update(&bar, atomic_load(&pool->done),
                        atomic_load(&pool->bytes));
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    progress_finish(&bar);
}

int corpus_add_sources(struct corpus *corpus,
                       const struct corpus_sources *sources,
                       const struct corpus_options *options,
                       struct wic_error *err)
{
    static const struct corpus_options defaults = {0, 1, NULL, 0};
    if (sources->count == 0)
        return 0;
    size_t need = corpus->count + sources->count;
    if (need > corpus->capacity) {
        struct article *bigger =
            realloc(corpus->articles, need * sizeof *bigger);
        if (bigger == NULL)
            return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        corpus->articles = bigger;
        corpus->capacity = need;
    }
    struct pool pool = {.sources = sources};
    pool.slots = calloc(sources->count, sizeof *pool.slots);
    if (pool.slots == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    parse_all(&pool, options ? options : &defaults);
    int status = 0;
    for (size_t i = 0; i < sources->count && status == 0; i++)
        if (pool.slots[i].status != 0) {
            if (err)
                *err = pool.slots[i].error;
            status = -1;
        }
    for (size_t i = 0; i < sources->count; i++) {
        if (status != 0) {
            article_free(&pool.slots[i].article);
            continue;
        }
        struct article *a = &corpus->articles[corpus->count++];
        *a = pool.slots[i].article;
        corpus->text_bytes += a->text_len;
        corpus->invalid_bytes += a->invalid_bytes;
    }
    free(pool.slots);
    return status;
}

/* ---- the corpus ---- */

void corpus_init(struct corpus *corpus)
{
    memset(corpus, 0, sizeof *corpus);
}

void corpus_free(struct corpus *corpus)
{
    for (size_t i = 0; i < corpus->count; i++)
        article_free(&corpus->articles[i]);
    free(corpus->articles);
    memset(corpus, 0, sizeof *corpus);
}

int corpus_add_archive(struct corpus *corpus,
                       const struct pack_archive *archive,
                       char *const *patterns,
                       const struct corpus_options *options,
                       struct wic_error *err)
{
    struct corpus_sources sources;
    corpus_sources_init(&sources);
    int status = corpus_sources_add_archive(&sources, archive, patterns, err);
    if (status == 0)
        status = corpus_add_sources(corpus, &sources, options, err);
    corpus_sources_free(&sources);
    return status;
}

int corpus_add_path(struct corpus *corpus, const char *path,
                    const struct corpus_options *options,
                    struct wic_error *err)
{
    struct corpus_sources sources;
    corpus_sources_init(&sources);
    int status = corpus_sources_add_path(&sources, path, options, err);
    if (status == 0)
        status = corpus_add_sources(corpus, &sources, options, err);
    corpus_sources_free(&sources);
    return status;
}

int corpus_add_bytes(struct corpus *corpus, const char *id,
                     const char *bytes, size_t len,
                     enum article_format format, struct wic_error *err)
{
    static const struct corpus_options one_thread = {1, 0, NULL, 0};
    struct corpus_sources sources;
    corpus_sources_init(&sources);
    struct corpus_source *source = push_source(&sources, id, format, err);
    int status = -1;
    if (source != NULL) {
        source->bytes = bytes;
        source->len = len;
        status = corpus_add_sources(corpus, &sources, &one_thread, err);
    }
    corpus_sources_free(&sources);
    return status;
}
