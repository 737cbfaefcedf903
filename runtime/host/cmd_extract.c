/*
** cmd_extract.c: `wicrun extract [--format jsonl|csv|table] PATH...`.
**
** Streams: articles are read, parsed, scanned and formatted on every
** core, but written in the order of the paths, and each article's text is
** freed as soon as its figures are formatted.  At most WINDOW_PER_THREAD
** articles per thread are in flight, so memory depends on the size of the
** largest articles, not on the size of the corpus.
**
** Threads hand over work in batches: a worker wakes the writer only when
** half the window is ready (or the last source is), and the writer frees
** room for a whole batch at once.  Waking a thread costs a system call
** and a context switch; doing it once per article was a tenth of the
** time on a corpus of short articles.
**
** Folders are walked as the workers reach them (corpus_feed): the list
** of files under a folder is never built, so memory does not grow with
** the number of files either.  Only a progress bar on a terminal asks for
** the count first, which one extra pass over the folders' names gives.
**
** A source that cannot be read, or a folder inside that cannot be, is
** reported on stderr in its place and skipped (exit code 3 at the end),
** so one bad file does not lose the figures of the rest; a failed write
** to stdout stops at once (exit code 8).
**
** The articles' figures go to stdout a batch at a time (struct output):
** one writev() of the texts as they are, for OUTPUT_BATCH bytes or more.
** Through stdio each article took two write() calls (its buffer is 4 KB
** on a pipe), and a larger stdio buffer would copy every byte once more.
** The batch is written out before a source is reported, so the report
** still comes after the figures before it when both streams go to the
** same place, and after each article when stdout is a terminal.
*/
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "../core/progress.h"
#include "../corpus/corpus.h"
#include "../extract/figure.h"
#include "../extract/figure_format.h"
#include "../extract/gazetteer.h"
#include "cli.h"
#include "exit_code.h"
#include "host.h"
#include "manifest.h"

enum {
    WINDOW_PER_THREAD = 8,
    OUTPUT_BATCH = 1 << 16, /* bytes: a write() per 64 KB        */
    OUTPUT_PIECES = 64      /* texts in a batch, at most         */
};

enum format { FORMAT_JSONL, FORMAT_CSV, FORMAT_TABLE };

struct result {
    struct corpus_source source;
    char *text; /* formatted figures, or NULL */
    size_t len;
    struct wic_error error;
    int status; /* 0 ok, -1 failed */
    int done;
};

struct stream {
    struct corpus_feed feed;       /* the next source to take              */
    int exhausted;                 /* the feed has no more                 */
    size_t total;                  /* sources in all, 0 when not counted   */
    struct gazetteer **gazetteers; /* per archive of sources: NULL = built-in */
    enum format format;
    struct result *window; /* ring of `size` results */
    size_t size;
    size_t next;    /* sources taken so far                      */
    size_t ready;   /* sources 0..ready-1 are done                */
    size_t want;    /* the writer sleeps until ready > want       */
    size_t written; /* sources written to stdout so far           */
    int stop;
    pthread_mutex_t lock;
    pthread_cond_t ready_cond; /* the writer waits on it           */
    pthread_cond_t room_cond;  /* workers wait on it for room      */
};

static int format_figures(struct textbuf *b, enum format format,
                          const char *doc, const struct figure_list *list,
                          const char *text)
{
    switch (format) {
    case FORMAT_JSONL:
        return figure_format_jsonl(b, doc, list->items, list->count, text);
    case FORMAT_CSV:
        return figure_format_csv(b, doc, list->items, list->count, text);
    case FORMAT_TABLE:
        return figure_format_table(b, doc, list->items, list->count, text);
    }
    return -1;
}

/* Load, scan and format r->source into `r`. */
static void process(struct stream *s, struct figure_list *list,
                    struct result *r)
{
    const struct corpus_source *source = &r->source;
    struct article article;
    wic_error_clear(&r->error);
    r->status = corpus_source_load(source, &article, ARTICLE_NO_SEGMENTS,
                                   &r->error);
    if (r->status != 0)
        return;
    struct extract_options options;
    memset(&options, 0, sizeof options);
    if (article.date[0] != '\0')
        sscanf(article.date, "%d-%d-%d", &options.year, &options.month,
               &options.day);
    options.skip = article.boilerplate;
    options.n_skip = article.n_boilerplate;
    if (source->archive >= 0)
        options.gazetteer = s->gazetteers[source->archive];
    figure_list_clear(list);
    struct textbuf b;
    textbuf_init(&b);
    if (figure_scan(article.text, article.text_len, &options, list) != 0 ||
        format_figures(&b, s->format, article.id, list, article.text) != 0) {
        wic_error_set(&r->error, WIC_ERR_MEMORY, "%s: out of memory",
                      source->id);
        r->status = -1;
        textbuf_free(&b);
    } else {
        r->text = textbuf_take(&b, &r->len);
    }
    article_free(&article);
}

static void *worker(void *arg)
{
    struct stream *s = arg;
    struct figure_list list;
    figure_list_init(&list);
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (!s->stop && !s->exhausted && s->next >= s->written + s->size)
            pthread_cond_wait(&s->room_cond, &s->lock);
        if (s->stop || s->exhausted)
            break;
        /* the feed reads folders under the lock: a readdir now and then,
        ** though a folder of a million names holds the others for its
        ** listing (reading the next folder ahead would hide that) */
        struct result *r = &s->window[s->next % s->size];
        int found = corpus_feed_next(&s->feed, &r->source, &r->error);
        if (found == 0) {
            s->exhausted = 1;
            pthread_cond_broadcast(&s->room_cond);
        } else {
            s->next++;
            if (found > 0) {
                pthread_mutex_unlock(&s->lock);
                process(s, &list, r);
                pthread_mutex_lock(&s->lock);
            } else {
                r->status = -1; /* a folder that cannot be read */
            }
            r->done = 1;
            while (s->ready < s->next && s->window[s->ready % s->size].done)
                s->ready++;
        }
        if (s->ready > s->want || (s->exhausted && s->ready == s->next))
            pthread_cond_signal(&s->ready_cond);
    }
    pthread_mutex_unlock(&s->lock);
    figure_list_free(&list);
    return NULL;
}

/* Texts waiting to go to stdout, owned until they are written. */
struct output {
    struct iovec pieces[OUTPUT_PIECES];
    char *texts[OUTPUT_PIECES]; /* what to free: pieces[] advance */
    size_t count, bytes;
    size_t batch; /* write when this many bytes wait: 0 on a terminal */
};

static void output_init(struct output *out)
{
    memset(out, 0, sizeof *out);
    out->batch = isatty(STDOUT_FILENO) ? 0 : OUTPUT_BATCH;
}

/* Write the waiting texts and free them; -1 (with errno) when a write
** failed.  stdio's buffer goes first: it may hold the CSV header. */
static int output_flush(struct output *out)
{
    int status = fflush(stdout) == 0 ? 0 : -1;
    struct iovec *piece = out->pieces;
    size_t left = out->count;
    while (status == 0 && left > 0) {
        ssize_t n = writev(STDOUT_FILENO, piece, (int)left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { /* nothing written is a failure, as for stdio */
            if (n == 0)
                errno = EIO;
            status = -1;
            break;
        }
        size_t done = (size_t)n; /* a write may stop short: go on after */
        for (; left > 0 && done >= piece->iov_len; piece++, left--)
            done -= piece->iov_len;
        if (left > 0) {
            piece->iov_base = (char *)piece->iov_base + done;
            piece->iov_len -= done;
        }
    }
    int saved = errno;
    for (size_t i = 0; i < out->count; i++)
        free(out->texts[i]);
    out->count = out->bytes = 0;
    errno = saved;
    return status;
}

static int write_failed(void)
{
    fprintf(stderr, "wicrun: writing the figures: %s\n", strerror(errno));
    return EXIT_OUTPUT;
}

/* Write result r (source i); returns the exit status so far. */
static int write_one(struct output *out, struct result *r, int status)
{
    if (r->status != 0) {
        if (output_flush(out) != 0) { /* the figures before it, first */
            status = write_failed();
        } else {
            fprintf(stderr, "wicrun: %s\n", r->error.message);
            if (status == EXIT_OK)
                status = exit_code_for(r->error.kind);
        }
    } else if (r->len > 0) {
        out->pieces[out->count] = (struct iovec){r->text, r->len};
        out->texts[out->count++] = r->text;
        out->bytes += r->len;
        r->text = NULL;
        if ((out->bytes >= out->batch || out->count == OUTPUT_PIECES) &&
            output_flush(out) != 0)
            status = write_failed();
    }
    free(r->text);
    corpus_source_clear(&r->source);
    memset(r, 0, sizeof *r);
    return status;
}

/* Write what waits at the end; a failure there is a failed write too. */
static int flush_output(struct output *out, int status)
{
    if (output_flush(out) != 0 && status != EXIT_OUTPUT)
        status = write_failed();
    return status;
}

/* The main thread writes results in order, a batch at a time. */
static int write_results(struct stream *s)
{
    int status = EXIT_OK;
    struct output out;
    output_init(&out);
    struct progress bar;
    progress_start(&bar, "extracting", s->total);
    uint64_t bytes = 0;
    size_t batch = s->size / 2 ? s->size / 2 : 1;
    int over = 0;
    while (!over && status != EXIT_OUTPUT) {
        size_t from = s->written;
        pthread_mutex_lock(&s->lock);
        s->want = from + batch - 1;
        while (s->ready <= s->want && !(s->exhausted && s->ready == s->next))
            pthread_cond_wait(&s->ready_cond, &s->lock);
        size_t to = s->ready;
        over = s->exhausted && to == s->next;
        pthread_mutex_unlock(&s->lock);
        for (size_t i = from; i < to && status != EXIT_OUTPUT; i++) {
            struct result *r = &s->window[i % s->size];
            bytes += r->len;
            status = write_one(&out, r, status);
            progress_update(&bar, i + 1, bytes);
        }
        pthread_mutex_lock(&s->lock);
        s->written = to;
        if (status == EXIT_OUTPUT)
            s->stop = 1;
        pthread_cond_broadcast(&s->room_cond);
        pthread_mutex_unlock(&s->lock);
    }
    progress_finish(&bar);
    return flush_output(&out, status);
}

/* --threads 1: this thread reads, scans and writes each source in turn. */
static int extract_in_order(struct stream *s)
{
    int status = EXIT_OK;
    struct output out;
    output_init(&out);
    struct progress bar;
    progress_start(&bar, "extracting", s->total);
    struct figure_list list;
    figure_list_init(&list);
    uint64_t bytes = 0;
    struct result *r = &s->window[0];
    for (size_t i = 0; status != EXIT_OUTPUT; i++) {
        int found = corpus_feed_next(&s->feed, &r->source, &r->error);
        if (found == 0)
            break;
        if (found > 0)
            process(s, &list, r);
        else
            r->status = -1; /* a folder that cannot be read */
        bytes += r->len;
        status = write_one(&out, r, status);
        progress_update(&bar, i + 1, bytes);
    }
    figure_list_free(&list);
    progress_finish(&bar);
    return flush_output(&out, status);
}

static int has_folder(const struct corpus_sources *sources)
{
    for (size_t i = 0; i < sources->count; i++)
        if (sources->items[i].folder)
            return 1;
    return 0;
}

/* How many sources the list holds with its folders walked, for a progress
** bar (a pass over names only), or 0 (unknown) when no bar can be drawn. */
static size_t count_walked(const struct corpus_sources *sources)
{
    if (!progress_possible())
        return 0;
    struct corpus_feed feed;
    corpus_feed_init(&feed, sources);
    struct corpus_source source;
    struct wic_error ignored;
    size_t count = 0;
    int found;
    while ((found = corpus_feed_next(&feed, &source, &ignored)) != 0) {
        count++; /* a folder that cannot be read is reported as one */
        if (found > 0)
            corpus_source_clear(&source);
    }
    corpus_feed_free(&feed);
    return count;
}

int cmd_extract(const struct cli *cli)
{
    enum format format = FORMAT_JSONL;
    if (cli->format == NULL || strcmp(cli->format, "jsonl") == 0)
        format = FORMAT_JSONL;
    else if (strcmp(cli->format, "csv") == 0)
        format = FORMAT_CSV;
    else if (strcmp(cli->format, "table") == 0)
        format = FORMAT_TABLE;
    else
        return cli_usage_error("--format %s: expected jsonl, csv or table",
                               cli->format);
    if (cli->n_args == 0)
        return cli_usage_error("extract needs files, folders or packs");
    if (cli->output || cli->out_dir || cli->n_corpus || cli->n_sets)
        return cli_usage_error("extract takes only --format and --threads "
                               "(figures go to stdout)");
    struct corpus_sources sources;
    corpus_sources_init(&sources);
    struct wic_error err;
    wic_error_clear(&err);
    struct corpus_options options = {cli->threads, 1,
                                     manifest_corpus_patterns, 1};
    for (size_t i = 0; i < cli->n_args; i++)
        if (corpus_sources_add_path(&sources, cli->args[i], &options,
                                    &err) != 0) {
            corpus_sources_free(&sources);
            return cli_fail(&err);
        }
    /* packs whose manifest names a gazetteer extract with it */
    struct gazetteer **gazetteers =
        calloc(sources.n_archives + 1, sizeof *gazetteers);
    for (size_t i = 0; gazetteers && i < sources.n_archives; i++) {
        struct pack_manifest manifest;
        if (pack_archive_find(sources.archives[i], PACK_MANIFEST_NAME) ==
            NULL)
            continue;
        int failed = manifest_read(sources.archives[i], &manifest, &err) ||
                     host_pack_gazetteer(sources.archives[i], &manifest,
                                         &gazetteers[i], &err);
        if (failed) {
            pack_manifest_free(&manifest); /* safe after manifest_read */
            for (size_t j = 0; j < i; j++)
                if (gazetteers[j])
                    gazetteer_free(gazetteers[j]);
            free(gazetteers);
            corpus_sources_free(&sources);
            return cli_fail(&err);
        }
        pack_manifest_free(&manifest);
    }
    if (gazetteers == NULL) {
        corpus_sources_free(&sources);
        wic_error_set(&err, WIC_ERR_MEMORY, "out of memory");
        return cli_fail(&err);
    }
    if (format == FORMAT_CSV)
        figure_write_csv_header(stdout);
    struct stream s = {.format = format, .gazetteers = gazetteers};
    corpus_feed_init(&s.feed, &sources);
    size_t jobs = sources.count; /* a folder's count is unknown: many */
    if (has_folder(&sources)) {
        s.total = count_walked(&sources);
        jobs = s.total ? s.total : SIZE_MAX;
    } else {
        s.total = sources.count;
    }
    int threads = corpus_thread_count(cli->threads, jobs);
    s.size = (size_t)threads * WINDOW_PER_THREAD;
    s.window = calloc(s.size, sizeof *s.window);
    if (s.window == NULL) {
        corpus_sources_free(&sources);
        wic_error_set(&err, WIC_ERR_MEMORY, "out of memory");
        return cli_fail(&err);
    }
    pthread_mutex_init(&s.lock, NULL);
    pthread_cond_init(&s.ready_cond, NULL);
    pthread_cond_init(&s.room_cond, NULL);
    pthread_t workers[64];
    int started = 0, status;
    if (threads == 1) {
        status = extract_in_order(&s); /* no hand-over on one core */
    } else if ((started = corpus_start_threads(workers, threads, worker,
                                                &s)) == 0 &&
               sources.count > 0) {
        wic_error_set(&err, WIC_ERR_MEMORY, "cannot start threads");
        status = cli_fail(&err);
    } else {
        status = write_results(&s);
    }
    for (int i = 0; i < started; i++)
        pthread_join(workers[i], NULL);
    for (size_t i = 0; i < s.size; i++) {
        free(s.window[i].text);
        corpus_source_clear(&s.window[i].source);
    }
    corpus_feed_free(&s.feed);
    pthread_cond_destroy(&s.ready_cond);
    pthread_cond_destroy(&s.room_cond);
    pthread_mutex_destroy(&s.lock);
    free(s.window);
    for (size_t i = 0; i < sources.n_archives; i++)
        if (gazetteers[i])
            gazetteer_free(gazetteers[i]);
    free(gazetteers);
    corpus_sources_free(&sources);
    return status;
}
