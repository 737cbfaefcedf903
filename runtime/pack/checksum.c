/*
** checksum.c: pack.sha256, the list of every entry's SHA-256.
**
** The list is the pack's own statement of its contents, written by
** `wicrun pack build` and verified by `wicrun pack check`: a line
** "<64 lowercase hex>  <entry name>\n" per entry (the format of
** sha256sum, so `sha256sum -c` works on an unzipped pack), sorted by
** name.  The zip's CRC-32s catch accidents; this catches edits.
*/
#include "pack.h"

#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pack_sha256_hex(const void *data, size_t len, char hex[65])
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        sprintf(hex + 2 * i, "%02x", digest[i]);
    hex[64] = '\0';
}

/* A growing list of problem lines. */
struct problems {
    char *text;
    size_t len, capacity;
};

static void add_problem(struct problems *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void add_problem(struct problems *p, const char *fmt, ...)
{
    char line[600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n > sizeof line - 2)
        n = sizeof line - 2;
    line[n++] = '\n';
    if (p->len + (size_t)n + 1 > p->capacity) {
        size_t capacity = (p->capacity + (size_t)n + 1) * 2;
        char *bigger = realloc(p->text, capacity);
        if (bigger == NULL)
            return;
        p->text = bigger;
        p->capacity = capacity;
    }
    memcpy(p->text + p->len, line, (size_t)n);
    p->len += (size_t)n;
    p->text[p->len] = '\0';
}

static int is_hex_digest(const char *s)
{
    for (int i = 0; i < 64; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

char *pack_checksum_problems(const struct pack_archive *archive)
{
    struct problems p = {0};
    add_problem(&p, "%s", ""); /* make sure text is allocated */
    p.len = 0;
    p.text[0] = '\0';
    const struct pack_entry *list =
        pack_archive_find(archive, PACK_CHECKSUM_NAME);
    if (list == NULL) {
        add_problem(&p, "%s is missing: the pack was not made by "
                        "`wicrun pack build`",
                    PACK_CHECKSUM_NAME);
        return p.text;
    }
    unsigned char *seen = calloc(archive->count + 1, 1);
    if (seen == NULL)
        return p.text;
    const char *line = (const char *)list->data;
    const char *end = line + list->size;
    for (int number = 1; line < end; number++) {
        const char *newline = memchr(line, '\n', (size_t)(end - line));
        size_t len = newline ? (size_t)(newline - line) : (size_t)(end - line);
        if (len < 67 || !is_hex_digest(line) || line[64] != ' ' ||
            line[65] != ' ') {
            add_problem(&p, "%s:%d: malformed line", PACK_CHECKSUM_NAME,
                        number);
        } else {
            char name[PACK_MAX_NAME_BYTES + 1];
            size_t name_len = len - 66;
            if (name_len > PACK_MAX_NAME_BYTES)
                name_len = PACK_MAX_NAME_BYTES;
            memcpy(name, line + 66, name_len);
            name[name_len] = '\0';
            const struct pack_entry *entry = pack_archive_find(archive, name);
            char hex[65];
            if (entry == NULL) {
                add_problem(&p, "%s: listed in %s but missing from the pack",
                            name, PACK_CHECKSUM_NAME);
            } else {
                seen[entry - archive->entries] = 1;
                pack_sha256_hex(entry->data, entry->size, hex);
                if (memcmp(hex, line, 64) != 0)
                    add_problem(&p, "%s: checksum mismatch (the entry was "
                                    "changed after the pack was built)",
                                name);
            }
        }
        line += len + 1;
    }
    for (size_t i = 0; i < archive->count; i++)
        if (!seen[i] && strcmp(archive->entries[i].name,
                               PACK_CHECKSUM_NAME) != 0)
            add_problem(&p, "%s: not listed in %s (added after the pack "
                            "was built)",
                        archive->entries[i].name, PACK_CHECKSUM_NAME);
    free(seen);
    return p.text;
}
