/*
** zip_reader.c: read a zip into memory, trusting none of it.
**
** A pack comes from a stranger, so every entry is checked before a byte
** of it is used:
**   - the entry count, each entry's size and the total size are capped,
**     and the caps are enforced on the bytes actually inflated, not on the
**     sizes the zip declares (a zip bomb or a lying header stops at the
**     cap);
**   - names must be plain relative paths (see pack_name_problem), and no
**     two entries may share a name once the top folder is stripped;
**   - symlinks, devices and encrypted entries are refused;
**   - libzip checks each entry's CRC as it is read, so a corrupt or
**     truncated zip fails here, not later in a script.
** Directory entries and macOS "__MACOSX/" litter are skipped.  When the
** manifest sits under one top folder ("wuzhen/pack.lua", from zipping a
** folder by hand) that folder is stripped and the pack reads as if it
** were the root.
*/
#include "pack.h"
#include "libzip.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void pack_limits_default(struct pack_limits *limits)
{
    limits->max_entries = 10000;
    limits->max_entry_bytes = (size_t)64 << 20;
    limits->max_total_bytes = (size_t)512 << 20;
}

static int compare_entries(const void *a, const void *b)
{
    const struct pack_entry *x = a, *y = b;
    return strcmp(x->name, y->name);
}

const struct pack_entry *pack_archive_find(const struct pack_archive *archive,
                                           const char *name)
{
    struct pack_entry key = {.name = (char *)name};
    return bsearch(&key, archive->entries, archive->count,
                   sizeof *archive->entries, compare_entries);
}

void pack_archive_free(struct pack_archive *archive)
{
    for (size_t i = 0; i < archive->count; i++) {
        free(archive->entries[i].name);
        free(archive->entries[i].data);
    }
    free(archive->entries);
    free(archive->path);
    free(archive->top_folder);
    memset(archive, 0, sizeof *archive);
}

/* libzip refuses duplicate names without saying which: find it. */
static int duplicate_error(const char *path, struct wic_error *err)
{
    int code = 0;
    zip_t *zip = libzip.zip_open(path, ZIP_RDONLY, &code);
    zip_int64_t n = zip ? libzip.zip_get_num_entries(zip, 0) : 0;
    const char *found = NULL;
    for (zip_int64_t i = 1; i < n && !found; i++) {
        const char *name = libzip.zip_get_name(zip, (zip_uint64_t)i, 0);
        for (zip_int64_t j = 0; name && j < i && !found; j++) {
            const char *other = libzip.zip_get_name(zip, (zip_uint64_t)j, 0);
            if (other && strcmp(name, other) == 0)
                found = name;
        }
        if (i > 10000)
            break; /* the count limit is checked later anyway */
    }
    if (found)
        wic_error_set(err, WIC_ERR_PACK, "%s: entry \"%.200s\" appears twice",
                      path, found);
    else
        wic_error_set(err, WIC_ERR_PACK, "%s: two entries have the same name",
                      path);
    if (zip)
        libzip.zip_discard(zip);
    return -1;
}

static int zip_open_error(const char *path, int code, struct wic_error *err)
{
    if (code == ZIP_ER_EXISTS)
        return duplicate_error(path, err);
    zip_error_t ze;
    libzip.zip_error_init_with_code(&ze, code);
    const char *what =
        code == ZIP_ER_NOZIP    ? "not a zip file"
        : code == ZIP_ER_INCONS ? "not a valid zip (corrupt or truncated)"
                                : libzip.zip_error_strerror(&ze);
    wic_error_set(err, WIC_ERR_PACK, "%s: %s", path, what);
    libzip.zip_error_fini(&ze);
    return -1;
}

/* Inflate entry `index` into a fresh buffer, reading at most `cap` bytes
** so a lying size cannot make us allocate or read more. */
static int read_entry(zip_t *zip, zip_uint64_t index, const char *name,
                      size_t cap, struct pack_entry *entry,
                      const char *path, struct wic_error *err)
{
    zip_file_t *file = libzip.zip_fopen_index(zip, index, 0);
    if (file == NULL)
        return wic_error_set(err, WIC_ERR_PACK, "%s: %s: %s", path, name,
                             libzip.zip_strerror(zip));
    size_t capacity = 4096, size = 0;
    unsigned char *data = malloc(capacity + 1);
    if (data == NULL) {
        libzip.zip_fclose(file);
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    }
    for (;;) {
        if (size == capacity) {
            if (capacity > cap) /* read cap+1 bytes already: too big */
                break;
            size_t grown = capacity * 2 > cap + 1 ? cap + 1 : capacity * 2;
            unsigned char *bigger = realloc(data, grown + 1);
            if (bigger == NULL) {
                free(data);
                libzip.zip_fclose(file);
                return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
            }
            data = bigger;
            capacity = grown;
        }
        zip_int64_t n = libzip.zip_fread(file, data + size, capacity - size);
        if (n < 0) {
            wic_error_set(err, WIC_ERR_PACK,
                          "%s: %s: cannot be read (%s)", path, name,
                          libzip.zip_file_strerror(file));
            free(data);
            libzip.zip_fclose(file);
            return -1;
        }
        if (n == 0)
            break;
        size += (size_t)n;
    }
    libzip.zip_fclose(file);
    if (size > cap) {
        free(data);
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "%s: %s: entry is larger than the limit of "
                             "%zu bytes",
                             path, name, cap);
    }
    data[size] = '\0';
    entry->data = data;
    entry->size = size;
    return 0;
}

/* The one top folder to strip, or NULL: only when there is no root
** manifest and exactly one "X/pack.lua" with every entry under "X/". */
static char *find_top_folder(struct pack_entry *entries, size_t count)
{
    if (count == 0)
        return NULL;
    const char *first = entries[0].name;
    const char *slash = strchr(first, '/');
    if (slash == NULL)
        return NULL;
    size_t n = (size_t)(slash - first) + 1;
    int has_manifest = 0;
    for (size_t i = 0; i < count; i++) {
        if (strncmp(entries[i].name, first, n) != 0)
            return NULL;
        if (strcmp(entries[i].name + n, PACK_MANIFEST_NAME) == 0)
            has_manifest = 1;
    }
    return has_manifest ? strndup(first, n) : NULL;
}

static void strip_top_folder(struct pack_archive *archive)
{
    archive->top_folder = find_top_folder(archive->entries, archive->count);
    if (archive->top_folder == NULL)
        return;
    size_t n = strlen(archive->top_folder);
    for (size_t i = 0; i < archive->count; i++) {
        char *name = archive->entries[i].name;
        memmove(name, name + n, strlen(name + n) + 1);
    }
    archive->top_folder[n - 1] = '\0'; /* drop the slash */
}

static int is_skipped_name(const char *name)
{
    size_t len = strlen(name);
    return (len > 0 && name[len - 1] == '/') ||
           strncmp(name, "__MACOSX/", 9) == 0;
}

static int check_entry_type(zip_t *zip, zip_uint64_t index, const char *name,
                            const char *path, struct wic_error *err)
{
    zip_uint8_t opsys;
    zip_uint32_t attributes;
    /* the mode bits are checked whatever system the zip says made it: a
    ** symlink marked as made on macOS or DOS is still a symlink */
    if (libzip.zip_file_get_external_attributes(zip, index, 0, &opsys,
                                         &attributes) == 0) {
        unsigned mode = (attributes >> 16) & S_IFMT;
        if (mode == S_IFLNK)
            return wic_error_set(err, WIC_ERR_PACK,
                                 "%s: %s: symbolic links are not allowed "
                                 "in a pack",
                                 path, name);
        if (mode != 0 && mode != S_IFREG && mode != S_IFDIR)
            return wic_error_set(err, WIC_ERR_PACK,
                                 "%s: %s: only regular files are allowed "
                                 "in a pack",
                                 path, name);
    }
    return 0;
}

static int read_entries(struct pack_archive *archive, zip_t *zip,
                        zip_int64_t count, const struct pack_limits *limits,
                        struct wic_error *err)
{
    const char *path = archive->path;
    for (zip_int64_t i = 0; i < count; i++) {
        zip_stat_t st;
        if (libzip.zip_stat_index(zip, (zip_uint64_t)i, 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_NAME))
            return wic_error_set(err, WIC_ERR_PACK,
                                 "%s: entry %lld: cannot be read (%s)", path,
                                 (long long)i, libzip.zip_strerror(zip));
        const char *name = st.name;
        if (is_skipped_name(name))
            continue;
        const char *problem = pack_name_problem(name);
        if (problem != NULL)
            return wic_error_set(err, WIC_ERR_PACK, "%s: entry \"%.80s\": %s",
                                 path, name, problem);
        if (check_entry_type(zip, (zip_uint64_t)i, name, path, err) != 0)
            return -1;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
            st.encryption_method != ZIP_EM_NONE)
            return wic_error_set(err, WIC_ERR_PACK,
                                 "%s: %s: encrypted entries are not allowed",
                                 path, name);
        if ((st.valid & ZIP_STAT_SIZE) && st.size > limits->max_entry_bytes)
            return wic_error_set(err, WIC_ERR_LIMIT,
                                 "%s: %s: entry is larger than the limit of "
                                 "%zu bytes",
                                 path, name, limits->max_entry_bytes);
        size_t left = limits->max_total_bytes - archive->total_bytes;
        size_t cap = limits->max_entry_bytes < left ? limits->max_entry_bytes
                                                    : left;
        struct pack_entry *entry = &archive->entries[archive->count];
        if (read_entry(zip, (zip_uint64_t)i, name, cap, entry, path, err)) {
            if (err && err->kind == WIC_ERR_LIMIT && cap < limits->max_entry_bytes)
                wic_error_set(err, WIC_ERR_LIMIT,
                              "%s: the pack is larger than the limit of %zu "
                              "bytes uncompressed",
                              path, limits->max_total_bytes);
            return -1;
        }
        entry->name = strdup(name);
        if (entry->name == NULL) {
            free(entry->data);
            return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        }
        archive->count++;
        archive->total_bytes += entry->size;
    }
    return 0;
}

int pack_archive_open(struct pack_archive *archive, const char *path,
                      const struct pack_limits *limits,
                      struct wic_error *err)
{
    memset(archive, 0, sizeof *archive);
    struct stat st;
    if (stat(path, &st) != 0)
        return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", path,
                             strerror(errno));
    if (!S_ISREG(st.st_mode))
        return wic_error_set(err, WIC_ERR_INPUT, "%s: not a regular file",
                             path);
    if (libzip_load(err) != 0)
        return -1;
    int code = 0;
    zip_t *zip = libzip.zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (zip == NULL)
        return zip_open_error(path, code, err);
    archive->path = strdup(path);
    zip_int64_t count = libzip.zip_get_num_entries(zip, 0);
    int status = -1;
    if (archive->path == NULL) {
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    } else if (count < 0 || (zip_uint64_t)count > limits->max_entries) {
        wic_error_set(err, WIC_ERR_LIMIT,
                      "%s: the pack has %lld entries, more than the limit "
                      "of %zu",
                      path, (long long)count, limits->max_entries);
    } else if ((archive->entries = calloc((size_t)count + 1,
                                          sizeof *archive->entries)) ==
               NULL) {
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    } else if (read_entries(archive, zip, count, limits, err) == 0) {
        status = 0;
    }
    libzip.zip_discard(zip);
    if (status == 0) {
        qsort(archive->entries, archive->count, sizeof *archive->entries,
              compare_entries);
        strip_top_folder(archive);
        for (size_t i = 1; i < archive->count; i++)
            if (strcmp(archive->entries[i - 1].name,
                       archive->entries[i].name) == 0) {
                wic_error_set(err, WIC_ERR_PACK,
                              "%s: entry \"%s\" appears twice", path,
                              archive->entries[i].name);
                status = -1;
                break;
            }
    }
    if (status != 0)
        pack_archive_free(archive);
    return status;
}
