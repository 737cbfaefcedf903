/*
** test_library.c: libraries loaded on first use (core/library.h).
**
** This program links neither libxml2 nor libzip, so it can watch them
** arrive: each is absent until the first page or pack that needs it.  A
** library or symbol that is missing gives a one-line error, and stays
** failed without being retried.
*/
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article/html.h"
#include "check.h"
#include "core/library.h"
#include "pack/pack.h"

static int is_loaded(const char *soname)
{
    void *h = dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);
    if (h)
        dlclose(h); /* drops only the reference NOLOAD added */
    return h != NULL;
}

static void test_html_loads_libxml2(void)
{
    CHECK(!is_loaded("libxml2.so.2"), "libxml2 not loaded at start");
    struct html_doc doc;
    struct wic_error err;
    CHECK(html_extract("<p>Up 5%</p>", 12, &doc, &err) == 0 &&
              strcmp(doc.text, "Up 5%") == 0,
          "the first page parses");
    html_doc_free(&doc);
    CHECK(is_loaded("libxml2.so.2"), "libxml2 loaded by the first page");
}

static void test_pack_loads_libzip(void)
{
    CHECK(!is_loaded("libzip.so.4"), "libzip not loaded at start");
    char dir[] = "/tmp/wicrun-library-XXXXXX", path[64];
    if (!mkdtemp(dir)) {
        CHECK(0, "temporary folder");
        return;
    }
    snprintf(path, sizeof path, "%s/not.zip", dir);
    FILE *f = fopen(path, "w");
    fputs("not a zip\n", f);
    fclose(f);
    struct pack_archive archive;
    struct pack_limits limits;
    pack_limits_default(&limits);
    struct wic_error err;
    CHECK(pack_archive_open(&archive, path, &limits, &err) != 0 &&
              strstr(err.message, "not a zip file") != NULL,
          "a file that is not a zip is refused by libzip");
    CHECK(is_loaded("libzip.so.4"), "libzip loaded by the first pack");
    unlink(path);
    rmdir(dir);
}

static void test_missing(void)
{
    static const char *const names[] = {"strlen", NULL};
    struct {
        size_t (*strlen)(const char *);
    } table;
    struct library missing = {"libwicrun-missing.so.1", names, &table, 0,
                              ""};
    struct wic_error err;
    CHECK(library_load(&missing, &err) == -1 && err.kind == WIC_ERR_INPUT &&
              strncmp(err.message, "cannot load libwicrun-missing.so.1: ",
                      36) == 0 &&
              strchr(err.message, '\n') == NULL,
          "a missing library: one line naming it");
    CHECK(library_load(&missing, &err) == -1 && missing.state == -1,
          "the failure is remembered");

    static const char *const bad[] = {"strlen", "wicrun_no_such_symbol", NULL};
    struct {
        size_t (*strlen)(const char *);
        void *missing;
    } two;
    struct library libc = {"libc.so.6", bad, &two, 0, ""};
    CHECK(library_load(&libc, &err) == -1 &&
              strcmp(err.message, "cannot load libc.so.6: it has no "
                                  "wicrun_no_such_symbol") == 0,
          "a missing symbol is named");

    struct library libc_ok = {"libc.so.6", names, &table, 0, ""};
    table.strlen = NULL;
    CHECK(library_load(&libc_ok, &err) == 0, "a present library loads");
    CHECK(table.strlen && table.strlen("four") == 4,
          "and its table holds the function");
}

int main(void)
{
    test_html_loads_libxml2();
    test_pack_loads_libzip();
    test_missing();
    return check_done();
}
