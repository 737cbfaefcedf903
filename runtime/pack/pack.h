/*
** pack.h: packs, the zip files analysts share (format: docs/packs.md).
**
** This layer knows zips, entry names, checksums and limits; it knows no
** Lua.  The manifest (pack.lua) is Lua syntax, so the host reads it
** (host/manifest.c) into the plain `struct pack_manifest` declared here.
**
** A pack is read whole into memory by pack_archive_open(): every entry is
** checked (name, type, size) and decompressed with hard caps that do not
** trust the sizes the zip declares, so a zip bomb or a lying header stops
** at the cap with a clear error.  After that nothing touches the file
** again: scripts read entries from memory, and the file may change or
** vanish without harm.
*/
#ifndef WIC_PACK_H
#define WIC_PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/error.h"

#define PACK_MANIFEST_NAME "pack.lua"
#define PACK_CHECKSUM_NAME "pack.sha256"
#define PACK_FORMAT_VERSION 1
#define PACK_MAX_NAME_BYTES 255

struct pack_limits {
    size_t max_entries;     /* entries in the zip, directories included */
    size_t max_entry_bytes; /* uncompressed size of one entry           */
    size_t max_total_bytes; /* uncompressed size of all entries         */
};

/* The defaults: 10,000 entries, 64 MiB an entry, 512 MiB in all. */
void pack_limits_default(struct pack_limits *limits);

struct pack_entry {
    char *name;          /* '/'-separated, relative, validated       */
    unsigned char *data; /* the uncompressed bytes, NUL-terminated   */
    size_t size;         /* bytes, without the NUL                   */
};

struct pack_archive {
    char *path;                /* the zip's path, for messages      */
    char *top_folder;          /* stripped common folder, or NULL   */
    struct pack_entry *entries; /* sorted by name, no directories    */
    size_t count;
    size_t total_bytes;
};

/* Read and check the whole zip at `path`.  Returns 0, or -1 with `err`
** set (WIC_ERR_INPUT for a missing/unreadable file, WIC_ERR_PACK for a
** file that is not a zip or breaks a rule, WIC_ERR_LIMIT for a limit). */
int pack_archive_open(struct pack_archive *archive, const char *path,
                      const struct pack_limits *limits,
                      struct wic_error *err);
void pack_archive_free(struct pack_archive *archive);

/* The entry called `name`, or NULL (binary search). */
const struct pack_entry *pack_archive_find(const struct pack_archive *archive,
                                           const char *name);

/* Check one entry name: relative, '/'-separated, no empty, "." or ".."
** component, no backslash or control character, at most
** PACK_MAX_NAME_BYTES.  Returns NULL when fine, else why not. */
const char *pack_name_problem(const char *name);

/* Glob matching for manifest corpus patterns: '*' matches within one
** path component, '**' across components, '?' one byte.  O(name x
** pattern) in the worst case; patterns are capped by the manifest. */
bool pack_glob_match(const char *pattern, const char *name);

/* Versions "MAJOR[.MINOR[.PATCH]]"; requires may start with ">=".
** Returns 1 when `have` satisfies `requires`, 0 when it does not, -1
** when `requires` is not a version. */
int pack_version_satisfies(const char *have, const char *requires);

/* ---- checksums (pack.sha256: "<64 hex>  <name>\n" per entry) ---- */

void pack_sha256_hex(const void *data, size_t len, char hex[65]);

/* Every problem found in the archive's checksum list, one per line in a
** malloc'd string (empty when all is well).  Checks the list parses, that
** every entry but the list itself is listed with the right digest, and
** that nothing listed is missing. */
char *pack_checksum_problems(const struct pack_archive *archive);

/* ---- building ---- */

/* Zip the folder `dir` into `output` deterministically: entries sorted,
** fixed time stamps and permissions, deflate, and a pack.sha256 listing
** every entry.  Hidden files (".x") are skipped; symlinks and other
** special files are an error.  Writes to a temporary file beside
** `output` and renames it, so `output` is never left half-written. */
int pack_build(const char *dir, const char *output,
               const struct pack_limits *limits, struct wic_error *err);

/* ---- the manifest, as data ---- */

enum pack_param_type { PACK_PARAM_STRING, PACK_PARAM_NUMBER, PACK_PARAM_BOOLEAN };

struct pack_param {
    char *key;
    char *value; /* as text: "5", "true", "Zhejiang" */
    enum pack_param_type type;
};

struct pack_manifest {
    char *name, *version, *title, *description, *license, *requires,
        *main, *gazetteer;
    char **authors; /* NULL-terminated */
    size_t n_authors;
    char **corpus; /* glob patterns, NULL-terminated */
    size_t n_corpus;
    struct pack_param *params;
    size_t n_params;
};

void pack_manifest_free(struct pack_manifest *manifest);

#endif
