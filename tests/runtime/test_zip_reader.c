/*
** test_zip_reader.c: reading zips with pack_archive_open, and building.
**
** Zips are made here with libzip in a temporary folder, so every hostile
** shape is written out in the test itself rather than kept as an opaque
** binary.  (Shapes libzip will not write, like duplicate names, are made
** by tests/fixtures/make_packs.py for the command-line tests.)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "check.h"
#include "pack/pack.h"

static char dir[64];

struct item {
    const char *name;
    const char *data;
    unsigned mode; /* 0: a plain file */
};

static const char *make_zip(const char *name, const struct item *items,
                            size_t n)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int code;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(z, items[i].data,
                                            strlen(items[i].data), 0);
        zip_int64_t index = zip_file_add(z, items[i].name, s, 0);
        if (items[i].mode)
            zip_file_set_external_attributes(z, (zip_uint64_t)index, 0,
                                             ZIP_OPSYS_UNIX,
                                             (zip_uint32_t)items[i].mode
                                                 << 16);
    }
    zip_close(z);
    return path;
}

static int open_zip(const char *path, struct pack_archive *a,
                    struct wic_error *err)
{
    struct pack_limits limits;
    pack_limits_default(&limits);
    return pack_archive_open(a, path, &limits, err);
}

static void test_good_zip(void)
{
    struct item items[] = {{"pack.lua", "name = 'x'", 0},
                           {"b.txt", "bee", 0},
                           {"articles/a.txt", "ay", 0}};
    struct pack_archive a;
    struct wic_error err;
    int rc = open_zip(make_zip("good.zip", items, 3), &a, &err);
    CHECK(rc == 0, "a good zip opens");
    if (rc != 0)
        return;
    CHECK(a.count == 3, "three entries");
    CHECK_STR(a.entries[0].name, "articles/a.txt", "entries sorted");
    const struct pack_entry *e = pack_archive_find(&a, "b.txt");
    CHECK(e && e->size == 3 && memcmp(e->data, "bee", 4) == 0,
          "entry bytes read and NUL-terminated");
    CHECK(pack_archive_find(&a, "nope") == NULL, "missing entry not found");
    CHECK(a.top_folder == NULL, "no top folder");
    pack_archive_free(&a);
}

static void test_top_folder(void)
{
    struct item items[] = {{"mine/pack.lua", "name = 'x'", 0},
                           {"mine/scripts/main.lua", "print(1)", 0},
                           {"mine/", "", 0040755}};
    struct pack_archive a;
    struct wic_error err;
    int rc = open_zip(make_zip("top.zip", items, 3), &a, &err);
    CHECK(rc == 0, "a zip with a top folder opens");
    if (rc != 0)
        return;
    CHECK(pack_archive_find(&a, "pack.lua") != NULL, "manifest at the root");
    CHECK(pack_archive_find(&a, "scripts/main.lua") != NULL,
          "script at the root");
    CHECK_STR(a.top_folder, "mine", "top folder named");
    pack_archive_free(&a);

    /* without a manifest in it, a top folder is just a folder */
    struct item plain[] = {{"articles/a.txt", "x", 0},
                           {"articles/b.txt", "y", 0}};
    rc = open_zip(make_zip("plain.zip", plain, 2), &a, &err);
    CHECK(rc == 0 && pack_archive_find(&a, "articles/a.txt") != NULL,
          "a corpus zip keeps its folders");
    if (rc == 0)
        pack_archive_free(&a);
}

static void expect_refused(const char *zip_name, const struct item *items,
                           size_t n, enum wic_error_kind kind,
                           const char *needle, const char *what)
{
    struct pack_archive a;
    struct wic_error err;
    wic_error_clear(&err);
    int rc = open_zip(make_zip(zip_name, items, n), &a, &err);
    CHECK(rc != 0 && err.kind == kind && strstr(err.message, needle),
          what);
    if (rc == 0)
        pack_archive_free(&a);
    else if (strstr(err.message, needle) == NULL)
        printf("# message: %s\n", err.message);
}

static void test_hostile_names(void)
{
    struct item dotdot[] = {{"../evil.txt", "x", 0}};
    expect_refused("dotdot.zip", dotdot, 1, WIC_ERR_PACK, "\"..\"",
                   ".. entry refused");
    struct item inner[] = {{"a/../../evil.txt", "x", 0}};
    expect_refused("inner.zip", inner, 1, WIC_ERR_PACK, "\"..\"",
                   "inner .. entry refused");
    struct item absolute[] = {{"/etc/evil", "x", 0}};
    expect_refused("absolute.zip", absolute, 1, WIC_ERR_PACK, "absolute",
                   "absolute entry refused");
    struct item link[] = {{"pack.lua", "x", 0},
                          {"data/link", "/etc/passwd", 0120777}};
    expect_refused("link.zip", link, 2, WIC_ERR_PACK, "symbolic link",
                   "symlink entry refused");
    struct item device[] = {{"dev", "x", 0020644}};
    expect_refused("device.zip", device, 1, WIC_ERR_PACK, "regular files",
                   "device entry refused");
}

static void test_limits(void)
{
    static char big[5000];
    memset(big, 'z', sizeof big - 1);
    struct item items[] = {{"big.txt", big, 0}, {"small.txt", "s", 0}};
    const char *path = make_zip("big.zip", items, 2);
    struct pack_limits limits;
    pack_limits_default(&limits);
    limits.max_entry_bytes = 1000;
    struct pack_archive a;
    struct wic_error err;
    CHECK(pack_archive_open(&a, path, &limits, &err) != 0 &&
              err.kind == WIC_ERR_LIMIT && strstr(err.message, "big.txt"),
          "per-entry size limit names the entry");
    pack_limits_default(&limits);
    limits.max_total_bytes = 4000;
    CHECK(pack_archive_open(&a, path, &limits, &err) != 0 &&
              err.kind == WIC_ERR_LIMIT,
          "total size limit");
    pack_limits_default(&limits);
    limits.max_entries = 1;
    CHECK(pack_archive_open(&a, path, &limits, &err) != 0 &&
              err.kind == WIC_ERR_LIMIT && strstr(err.message, "entries"),
          "entry count limit");
}

static void test_not_zips(void)
{
    struct pack_archive a;
    struct wic_error err;
    char path[128];
    snprintf(path, sizeof path, "%s/missing.zip", dir);
    CHECK(open_zip(path, &a, &err) != 0 && err.kind == WIC_ERR_INPUT &&
              strstr(err.message, "missing.zip"),
          "missing file is an input error naming it");
    snprintf(path, sizeof path, "%s/text.zip", dir);
    FILE *f = fopen(path, "w");
    fputs("this is not a zip at all\n", f);
    fclose(f);
    CHECK(open_zip(path, &a, &err) != 0 && err.kind == WIC_ERR_PACK &&
              strstr(err.message, "not a zip"),
          "text file is not a zip");
    /* a good zip cut short */
    struct item items[] = {{"a.txt", "some text to compress here", 0},
                           {"b.txt", "more text", 0}};
    const char *good = make_zip("cut.zip", items, 2);
    struct stat st;
    stat(good, &st);
    CHECK(truncate(good, st.st_size / 2) == 0, "truncated the zip");
    CHECK(open_zip(good, &a, &err) != 0 && err.kind == WIC_ERR_PACK,
          "truncated zip refused");
    CHECK(open_zip(dir, &a, &err) != 0 && err.kind == WIC_ERR_INPUT,
          "a folder is not a pack file");
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static int same_bytes(const char *x, const char *y)
{
    FILE *a = fopen(x, "rb"), *b = fopen(y, "rb");
    int same = a && b;
    while (same) {
        int c = fgetc(a), d = fgetc(b);
        same = c == d;
        if (c == EOF || d == EOF)
            break;
    }
    if (a)
        fclose(a);
    if (b)
        fclose(b);
    return same;
}

static void test_build(void)
{
    char src[128], path[256], out1[128], out2[128];
    snprintf(src, sizeof src, "%s/src", dir);
    mkdir(src, 0755);
    snprintf(path, sizeof path, "%s/scripts", src);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/pack.lua", src);
    write_file(path, "name = 'demo'\nversion = '1'\n");
    snprintf(path, sizeof path, "%s/scripts/main.lua", src);
    write_file(path, "print('hi')\n");
    snprintf(path, sizeof path, "%s/.hidden", src);
    write_file(path, "secret\n");
    snprintf(out1, sizeof out1, "%s/one.zip", dir);
    snprintf(out2, sizeof out2, "%s/two.zip", dir);
    struct pack_limits limits;
    pack_limits_default(&limits);
    struct wic_error err;
    CHECK(pack_build(src, out1, &limits, &err) == 0, "build once");
    sleep(1); /* a time stamp leaking in would now differ */
    snprintf(path, sizeof path, "%s/scripts/main.lua", src);
    write_file(path, "print('hi')\n"); /* same bytes, new mtime */
    CHECK(pack_build(src, out2, &limits, &err) == 0, "build twice");
    CHECK(same_bytes(out1, out2), "same folder, same bytes");
    struct pack_archive a;
    if (open_zip(out1, &a, &err) == 0) {
        CHECK(pack_archive_find(&a, ".hidden") == NULL, "hidden files left out");
        CHECK(pack_archive_find(&a, PACK_CHECKSUM_NAME) != NULL,
              "checksum list added");
        char *problems = pack_checksum_problems(&a);
        CHECK_STR(problems, "", "built pack verifies");
        free(problems);
        pack_archive_free(&a);
    } else {
        CHECK(0, "built pack opens");
    }
    snprintf(path, sizeof path, "%s/scripts/link", src);
    CHECK(symlink("/etc/passwd", path) == 0, "made a symlink");
    CHECK(pack_build(src, out1, &limits, &err) != 0 &&
              strstr(err.message, "symbolic link"),
          "symlinks refused when building");
    CHECK(same_bytes(out1, out2), "a failed build leaves the old zip");
    snprintf(path, sizeof path, "%s/nope", dir);
    CHECK(pack_build(path, out1, &limits, &err) != 0 &&
              err.kind == WIC_ERR_INPUT,
          "missing folder");
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/wicrun-zip-XXXXXX");
    if (mkdtemp(dir) == NULL)
        return 1;
    test_good_zip();
    test_top_folder();
    test_hostile_names();
    test_limits();
    test_not_zips();
    test_build();
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        printf("# could not remove %s\n", dir);
    return check_done();
}
