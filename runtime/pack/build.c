/*
** build.c: `wicrun pack build`, a folder into a deterministic zip.
**
** Same folder, same bytes: entries are added in name order with a fixed
** time stamp (1980-01-01, the zip epoch), fixed permissions (0644) and
** deflate at level 9, and nothing about the machine or the clock enters
** the archive.  The checksum list pack.sha256 is generated and added as
** the last entry.  Hidden files and folders (".git", ".DS_Store") are
** left out; symlinks and special files are refused, since a reader of the
** pack would refuse them too.  libzip writes to a temporary file and
** renames it over `output` when done, so a failed build leaves no
** half-written zip behind.
*/
#include "pack.h"
#include "libzip.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { BUILD_MAX_DEPTH = 32 };

struct file_list {
    struct pack_entry *items;
    size_t count, capacity;
    size_t total_bytes;
};

static void file_list_free(struct file_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].name);
        free(list->items[i].data);
    }
    free(list->items);
}

static int read_file(const char *path, size_t cap, struct pack_entry *entry,
                     struct wic_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path,
                             strerror(errno));
    size_t capacity = 4096, size = 0;
    unsigned char *data = malloc(capacity + 1);
    while (data != NULL) {
        size += fread(data + size, 1, capacity - size, f);
        if (size < capacity || capacity > cap)
            break;
        unsigned char *bigger = realloc(data, capacity * 2 + 1);
        if (bigger == NULL) {
            free(data);
            data = NULL;
            break;
        }
        data = bigger;
        capacity *= 2;
    }
    int failed = ferror(f);
    fclose(f);
    if (data == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    if (failed) {
        free(data);
        return wic_error_set(err, WIC_ERR_INPUT, "%s: read error", path);
    }
    if (size > cap) {
        free(data);
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "%s: larger than the limit of %zu bytes", path,
                             cap);
    }
    data[size] = '\0';
    entry->data = data;
    entry->size = size;
    return 0;
}

static int add_file(struct file_list *list, const char *path,
                    const char *name, const struct pack_limits *limits,
                    struct wic_error *err)
{
    const char *problem = pack_name_problem(name);
    if (problem != NULL)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path, problem);
    if (list->count + 1 >= limits->max_entries)
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "%s: more than %zu files", path,
                             limits->max_entries);
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        struct pack_entry *bigger =
            realloc(list->items, capacity * sizeof *bigger);
        if (bigger == NULL)
            return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        list->items = bigger;
        list->capacity = capacity;
    }
    struct pack_entry *entry = &list->items[list->count];
    if (read_file(path, limits->max_entry_bytes, entry, err) != 0)
        return -1;
    entry->name = strdup(name);
    if (entry->name == NULL) {
        free(entry->data);
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    }
    list->count++;
    list->total_bytes += entry->size;
    if (list->total_bytes > limits->max_total_bytes)
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "%s: the files add up to more than %zu bytes",
                             path, limits->max_total_bytes);
    return 0;
}

/* Collect the regular files under `dir` (`prefix` is their name so far). */
static int walk(struct file_list *list, const char *dir, const char *prefix,
                int depth, const struct pack_limits *limits,
                struct wic_error *err)
{
    if (depth > BUILD_MAX_DEPTH)
        return wic_error_set(err, WIC_ERR_INPUT,
                             "%s: folders nested too deeply", dir);
    DIR *d = opendir(dir);
    if (d == NULL)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", dir,
                             strerror(errno));
    int status = 0;
    struct dirent *e;
    while (status == 0 && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ".", "..", and hidden files */
        char path[4096], name[4096];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >=
                (int)sizeof path ||
            snprintf(name, sizeof name, "%s%s", prefix, e->d_name) >=
                (int)sizeof name) {
            status = wic_error_set(err, WIC_ERR_INPUT, "%s/%s: path too long",
                                   dir, e->d_name);
            break;
        }
        if (depth == 0 && strcmp(name, PACK_CHECKSUM_NAME) == 0)
            continue; /* regenerated below */
        struct stat st;
        if (lstat(path, &st) != 0) {
            status = wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path,
                                   strerror(errno));
        } else if (S_ISLNK(st.st_mode)) {
            status = wic_error_set(err, WIC_ERR_INPUT,
                                   "%s: symbolic links cannot go in a pack",
                                   path);
        } else if (S_ISDIR(st.st_mode)) {
            strcat(name, "/");
            status = walk(list, path, name, depth + 1, limits, err);
        } else if (S_ISREG(st.st_mode)) {
            status = add_file(list, path, name, limits, err);
        } else {
            status = wic_error_set(err, WIC_ERR_INPUT,
                                   "%s: only regular files can go in a pack",
                                   path);
        }
    }
    closedir(d);
    return status;
}

static int compare_names(const void *a, const void *b)
{
    const struct pack_entry *x = a, *y = b;
    return strcmp(x->name, y->name);
}

/* "<hex>  <name>\n" for every file, in name order. */
static char *checksum_list(const struct file_list *list, size_t *len)
{
    size_t size = 1;
    for (size_t i = 0; i < list->count; i++)
        size += 64 + 2 + strlen(list->items[i].name) + 1;
    char *text = malloc(size);
    if (text == NULL)
        return NULL;
    size_t at = 0;
    for (size_t i = 0; i < list->count; i++) {
        char hex[65];
        pack_sha256_hex(list->items[i].data, list->items[i].size, hex);
        at += (size_t)sprintf(text + at, "%s  %s\n", hex, list->items[i].name);
    }
    *len = at;
    return text;
}

static int add_entry(zip_t *zip, const char *name, const void *data,
                     size_t size, struct wic_error *err)
{
    zip_source_t *source = libzip.zip_source_buffer(zip, data, size, 0);
    zip_int64_t index = source ? libzip.zip_file_add(zip, name, source,
                                              ZIP_FL_ENC_UTF_8)
                               : -1;
    if (index < 0) {
        if (source)
            libzip.zip_source_free(source);
        return wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", name,
                             libzip.zip_strerror(zip));
    }
    zip_uint64_t i = (zip_uint64_t)index;
    if (libzip.zip_set_file_compression(zip, i, ZIP_CM_DEFLATE, 9) != 0 ||
        libzip.zip_file_set_dostime(zip, i, 0, (1 << 5) | 1, 0) != 0 ||
        libzip.zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX,
                                         (zip_uint32_t)0100644 << 16) != 0)
        return wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", name,
                             libzip.zip_strerror(zip));
    return 0;
}

int pack_build(const char *dir, const char *output,
               const struct pack_limits *limits, struct wic_error *err)
{
    struct stat st;
    if (stat(dir, &st) != 0)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", dir,
                             strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return wic_error_set(err, WIC_ERR_INPUT, "%s: not a folder", dir);
    if (libzip_load(err) != 0)
        return -1;
    struct file_list list = {0};
    if (walk(&list, dir, "", 0, limits, err) != 0) {
        file_list_free(&list);
        return -1;
    }
    qsort(list.items, list.count, sizeof *list.items, compare_names);
    size_t sums_len = 0;
    char *sums = checksum_list(&list, &sums_len);
    if (sums == NULL) {
        file_list_free(&list);
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    }
    int code = 0, status = 0;
    zip_t *zip = libzip.zip_open(output, ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (zip == NULL) {
        zip_error_t ze;
        libzip.zip_error_init_with_code(&ze, code);
        status = wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", output,
                               libzip.zip_error_strerror(&ze));
        libzip.zip_error_fini(&ze);
    }
    for (size_t i = 0; zip && status == 0 && i < list.count; i++)
        status = add_entry(zip, list.items[i].name, list.items[i].data,
                           list.items[i].size, err);
    if (zip && status == 0)
        status = add_entry(zip, PACK_CHECKSUM_NAME, sums, sums_len, err);
    if (zip && status == 0 && libzip.zip_close(zip) != 0) {
        status = wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", output,
                               libzip.zip_strerror(zip));
        libzip.zip_discard(zip);
    } else if (zip && status != 0) {
        libzip.zip_discard(zip);
    }
    free(sums);
    file_list_free(&list);
    return status;
}
