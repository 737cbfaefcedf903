/*
** bench_scan.c: figure_scan speed and output on real files (not a test).
**
**     bench_scan [--dump jsonl|csv|table] [--year N] [--repeat N] PATH...
**
** PATHs are files or folders (read recursively, every regular file).  All
** files are loaded first, then scanned `repeat` times on one thread; the
** report is MB/s of text scanned and figures per MB.  --dump prints every
** figure of the first round, which is how false positives are found: run
** it over a corpus and read.  --year gives the article year used for
** "this year" / "last year" (default 0: unknown).
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "extract/figure.h"
#include "extract/figure_format.h"

struct doc {
    char *name;
    char *text;
    size_t len;
};

static struct doc *docs;
static size_t n_docs, cap_docs;

static void add_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)size + 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "%s: read failed\n", path);
        free(buf);
        fclose(f);
        return;
    }
    fclose(f);
    buf[size] = '\0';
    if (n_docs == cap_docs) {
        cap_docs = cap_docs ? cap_docs * 2 : 256;
        docs = realloc(docs, cap_docs * sizeof *docs);
    }
    docs[n_docs].name = strdup(path);
    docs[n_docs].text = buf;
    docs[n_docs].len = (size_t)size;
    n_docs++;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        add_file(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        snprintf(names[n], len, "%s/%s", path, e->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        add_path(names[i]);
        free(names[i]);
    }
    free(names);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const char *dump = NULL;
    int year = 0, repeat = 1;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc)
            dump = argv[++i];
        else if (strcmp(argv[i], "--year") == 0 && i + 1 < argc)
            year = atoi(argv[++i]);
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_scan [--dump jsonl|csv|table] "
                            "[--year N] [--repeat N] PATH...\n");
            return 2;
        }
    }
    for (; i < argc; i++)
        add_path(argv[i]);
    if (n_docs == 0) {
        fprintf(stderr, "bench_scan: no files\n");
        return 2;
    }
    size_t bytes = 0;
    for (size_t d = 0; d < n_docs; d++)
        bytes += docs[d].len;

    struct figure_list list;
    figure_list_init(&list);
    struct extract_options opt = {0};
    opt.year = year;
    /* warm up: builds the lexicon and the gazetteer */
    figure_scan("x", 1, &opt, &list);
    figure_list_clear(&list);

    if (dump && strcmp(dump, "csv") == 0)
        figure_write_csv_header(stdout);
    size_t figures = 0;
    double best = 1e30;
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        figures = 0;
        for (size_t d = 0; d < n_docs; d++) {
            figure_list_clear(&list);
            if (figure_scan(docs[d].text, docs[d].len, &opt, &list) != 0) {
                fprintf(stderr, "%s: out of memory\n", docs[d].name);
                return 1;
            }
            figures += list.count;
            if (dump && r == 0) {
                if (strcmp(dump, "jsonl") == 0)
                    figure_write_jsonl(stdout, docs[d].name, list.items,
                                       list.count, docs[d].text);
                else if (strcmp(dump, "csv") == 0)
                    figure_write_csv(stdout, docs[d].name, list.items,
                                     list.count, docs[d].text);
                else
                    figure_write_table(stdout, docs[d].name, list.items,
                                       list.count, docs[d].text);
            }
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    double mb = (double)bytes / 1e6;
    fprintf(stderr,
            "%zu files, %.2f MB, %zu figures (%.1f per MB), best of %d: "
            "%.3f s, %.1f MB/s\n",
            n_docs, mb, figures, (double)figures / mb, repeat, best, mb / best);
    figure_list_free(&list);
    for (size_t d = 0; d < n_docs; d++) {
        free(docs[d].name);
        free(docs[d].text);
    }
    free(docs);
    return 0;
}
