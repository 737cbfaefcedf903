/*
** test_corpus.c: loading articles from folders, files and zips.
**
** What is checked is what a user relies on: which files become articles,
** what their ids are, that the order is stable whatever the threads do,
** and that a bad path fails cleanly without half-loading.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zip.h>

#include "check.h"
#include "corpus/corpus.h"

static char dir[64];

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static void make_folder(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/sub", dir);
    mkdir(path, 0755);
    write_file("b.txt", "Second article\n\nIt says 5 things.\n");
    write_file("a.md", "# First article\n\nA body line.\n");
    write_file("sub/c.html",
               "<html><head><title>Third</title></head><body><p>Para."
               "</p></body></html>");
    write_file(".hidden.txt", "not an article\n");
    write_file("notes.pdf", "%PDF not an article\n");
}

static void test_folder(void)
{
    struct corpus c;
    corpus_init(&c);
    struct wic_error err;
    struct corpus_options options = {2, 0, NULL, 0};
    int rc = corpus_add_path(&c, dir, &options, &err);
    CHECK(rc == 0, "folder loads");
    CHECK(c.count == 3, "three articles: hidden and unknown files skipped");
    if (c.count == 3) {
        CHECK_STR(c.articles[0].id, "a.md", "sorted: a.md first");
        CHECK_STR(c.articles[1].id, "b.txt", "then b.txt");
        CHECK_STR(c.articles[2].id, "sub/c.html", "subfolder id has path");
        CHECK(strstr(c.articles[1].text, "5 things") != NULL,
              "text loaded");
    }
    /* the same folder on one thread gives the same order */
    struct corpus d;
    corpus_init(&d);
    struct corpus_options one = {1, 0, NULL, 0};
    corpus_add_path(&d, dir, &one, &err);
    int same = d.count == c.count;
    for (size_t i = 0; same && i < c.count; i++)
        same = strcmp(c.articles[i].id, d.articles[i].id) == 0 &&
               c.articles[i].text_len == d.articles[i].text_len;
    CHECK(same, "order independent of threads");
    corpus_free(&d);
    corpus_free(&c);
}

static void test_file_and_errors(void)
{
    struct corpus c;
    corpus_init(&c);
    struct wic_error err;
    char path[256];
    snprintf(path, sizeof path, "%s/b.txt", dir);
    CHECK(corpus_add_path(&c, path, NULL, &err) == 0 && c.count == 1,
          "single file loads");
    if (c.count == 1)
        CHECK_STR(c.articles[0].id, "b.txt", "file id is its base name");
    snprintf(path, sizeof path, "%s/missing", dir);
    CHECK(corpus_add_path(&c, path, NULL, &err) != 0 &&
              err.kind == WIC_ERR_INPUT && strstr(err.message, "missing"),
          "missing path names the path");
    CHECK(c.count == 1, "failed load leaves the corpus as it was");
    CHECK(corpus_add_bytes(&c, "mem", "Made in memory.", 15, ARTICLE_TEXT,
                           &err) == 0 &&
              c.count == 2,
          "article from bytes");
    CHECK(c.text_bytes >= 15, "text bytes counted");
    corpus_free(&c);
}

static void test_zip(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/p.zip", dir);
    int code;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
    const char *names[] = {"pack.lua", "articles/x.txt", "articles/y.md",
                           "data/z.txt", "scripts/main.lua"};
    for (int i = 0; i < 5; i++)
        zip_file_add(z, names[i],
                     zip_source_buffer(z, "Some text.\n", 11, 0), 0);
    zip_close(z);
    struct corpus c;
    corpus_init(&c);
    struct wic_error err;
    CHECK(corpus_add_path(&c, path, NULL, &err) == 0, "pack zip loads");
    CHECK(c.count == 2, "only articles/ of a pack by default");
    if (c.count == 2)
        CHECK_STR(c.articles[0].id, "articles/x.txt", "entry name is the id");
    corpus_free(&c);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/wicrun-corpus-XXXXXX");
    if (mkdtemp(dir) == NULL)
        return 1;
    make_folder();
    test_folder();
    test_file_and_errors();
    test_zip();
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        printf("# could not remove %s\n", dir);
    return check_done();
}
