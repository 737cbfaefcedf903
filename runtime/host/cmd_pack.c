/*
** cmd_pack.c: `wicrun pack build|info|check`.
**
** check is the verdict a stranger's pack gets before anyone runs it, so
** it goes on after a problem and lists them all: the zip's rules (in
** zip_reader.c), the manifest, the entry script, the checksum list, each
** script's syntax (compiled, never run) and the corpus globs.  build
** refuses to write a pack that check would reject.
*/
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../article/article.h"
#include "../extract/gazetteer.h"
#include "cli.h"
#include "exit_code.h"
#include "host.h"
#include "manifest.h"

static int count_matching_articles(const struct pack_archive *archive,
                                   const struct pack_manifest *m)
{
    int count = 0;
    for (size_t i = 0; i < archive->count; i++) {
        const char *name = archive->entries[i].name;
        if (article_format_from_name(name) == ARTICLE_UNKNOWN)
            continue;
        int matched = m->n_corpus == 0 && pack_glob_match("articles/**", name);
        for (size_t j = 0; j < m->n_corpus && !matched; j++)
            matched = pack_glob_match(m->corpus[j], name);
        count += matched;
    }
    return count;
}

/* Compile (never run) every .lua under scripts/; print syntax errors. */
static int check_scripts(const struct pack_archive *archive, FILE *out)
{
    int problems = 0;
    lua_State *L = luaL_newstate();
    if (L == NULL)
        return 0;
    for (size_t i = 0; i < archive->count; i++) {
        const struct pack_entry *e = &archive->entries[i];
        size_t n = strlen(e->name);
        if (strncmp(e->name, "scripts/", 8) != 0 || n < 4 ||
            strcmp(e->name + n - 4, ".lua") != 0)
            continue;
        char chunkname[PACK_MAX_NAME_BYTES + 2];
        snprintf(chunkname, sizeof chunkname, "@%s", e->name);
        if (luaL_loadbufferx(L, (const char *)e->data, e->size, chunkname,
                             "t") != LUA_OK) {
            if (out)
                fprintf(out, "%s\n", lua_tostring(L, -1));
            problems++;
        }
        lua_settop(L, 0);
    }
    lua_close(L);
    return problems;
}

/* Print a problem line to `out` (NULL: count it silently). */
static void problem(FILE *out, int *count, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void problem(FILE *out, int *count, const char *fmt, ...)
{
    (*count)++;
    if (out == NULL)
        return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fputc('\n', out);
}

/* Check the pack at `path`, listing problems on `out` (NULL: quietly). */
static int pack_check(const char *path, FILE *out)
{
    struct wic_error err;
    wic_error_clear(&err);
    struct pack_archive archive;
    struct pack_limits limits;
    pack_limits_default(&limits);
    if (pack_archive_open(&archive, path, &limits, &err) != 0)
        return cli_fail(&err);
    int problems = 0;
    struct pack_manifest manifest;
    int have_manifest = manifest_read(&archive, &manifest, &err) == 0;
    if (!have_manifest) {
        problem(out, &problems, "%s", err.message);
        if (err.kind == WIC_ERR_VERSION) {
            pack_archive_free(&archive);
            if (out)
                fprintf(stderr, "wicrun: %s: 1 problem\n", path);
            return EXIT_VERSION;
        }
    } else {
        if (pack_archive_find(&archive, manifest.main) == NULL) {
            problem(out, &problems, "%s: the entry script %s is missing", path,
                    manifest.main);
        }
        if (count_matching_articles(&archive, &manifest) == 0) {
            problem(out, &problems,
                    "%s: the corpus globs match no articles (.txt, .md, "
                    ".html)",
                    path);
        }
        struct gazetteer *gazetteer = NULL;
        wic_error_clear(&err);
        if (host_pack_gazetteer(&archive, &manifest, &gazetteer, &err) != 0)
            problem(out, &problems, "%s", err.message);
        if (gazetteer)
            gazetteer_free(gazetteer);
    }
    char *sums = pack_checksum_problems(&archive);
    for (char *line = sums; line && *line;) {
        char *newline = strchr(line, '\n');
        if (newline)
            *newline = '\0';
        problem(out, &problems, "%s: %s", path, line);
        line = newline ? newline + 1 : line + strlen(line);
    }
    free(sums);
    problems += check_scripts(&archive, out);
    if (problems == 0 && out)
        fprintf(out, "%s: ok (%zu entries, %zu bytes)\n", path, archive.count,
               archive.total_bytes);
    else if (out)
        fprintf(stderr, "wicrun: %s: %d problem%s\n", path, problems,
                problems == 1 ? "" : "s");
    if (have_manifest)
        pack_manifest_free(&manifest);
    pack_archive_free(&archive);
    return problems ? EXIT_PACK : EXIT_OK;
}

static void print_field(const char *name, const char *value)
{
    if (value)
        printf("%-12s %s\n", name, value);
}

static int pack_info(const char *path)
{
    struct wic_error err;
    wic_error_clear(&err);
    struct pack_archive archive;
    struct pack_manifest m;
    if (cli_open_pack(path, &archive, &m, &err) != 0)
        return cli_fail(&err);
    print_field("name", m.name);
    print_field("version", m.version);
    print_field("title", m.title);
    print_field("description", m.description);
    for (size_t i = 0; i < m.n_authors; i++)
        print_field(i == 0 ? "authors" : "", m.authors[i]);
    print_field("license", m.license);
    print_field("requires", m.requires);
    print_field("main", m.main);
    if (m.n_corpus == 0)
        print_field("corpus", "articles/** (default)");
    for (size_t i = 0; i < m.n_corpus; i++)
        print_field(i == 0 ? "corpus" : "", m.corpus[i]);
    print_field("gazetteer", m.gazetteer);
    for (size_t i = 0; i < m.n_params; i++)
        printf("%-12s %s = %s\n", i == 0 ? "params" : "", m.params[i].key,
               m.params[i].value);
    if (archive.top_folder)
        printf("%-12s %s/ (read as the root)\n", "top folder",
               archive.top_folder);
    printf("%-12s %d\n", "articles", count_matching_articles(&archive, &m));
    printf("\n%10s  %s\n", "bytes", "entry");
    for (size_t i = 0; i < archive.count; i++)
        printf("%10zu  %s\n", archive.entries[i].size,
               archive.entries[i].name);
    printf("%10zu  (%zu entries)\n", archive.total_bytes, archive.count);
    pack_manifest_free(&m);
    pack_archive_free(&archive);
    return EXIT_OK;
}

/* Read DIR/pack.lua alone, to learn the pack's name before building. */
static int read_folder_manifest(const char *dir, struct pack_manifest *m,
                                struct wic_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, PACK_MANIFEST_NAME);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return wic_error_set(err, WIC_ERR_PACK,
                             "%s: not a pack folder: %s is missing", dir,
                             PACK_MANIFEST_NAME);
    static unsigned char data[MANIFEST_MAX_BYTES + 1];
    size_t n = fread(data, 1, sizeof data - 1, f);
    fclose(f);
    data[n] = '\0';
    struct pack_entry entry = {(char *)PACK_MANIFEST_NAME, data, n};
    struct pack_archive archive = {.path = (char *)dir, .entries = &entry,
                                   .count = 1};
    return manifest_read(&archive, m, err);
}

static int pack_build_command(const struct cli *cli, const char *dir)
{
    struct wic_error err;
    wic_error_clear(&err);
    struct pack_manifest m;
    if (read_folder_manifest(dir, &m, &err) != 0)
        return cli_fail(&err);
    char output[4096];
    if (cli->output)
        snprintf(output, sizeof output, "%s", cli->output);
    else
        snprintf(output, sizeof output, "%s.zip", m.name);
    pack_manifest_free(&m);
    struct pack_limits limits;
    pack_limits_default(&limits);
    if (pack_build(dir, output, &limits, &err) != 0)
        return cli_fail(&err);
    /* what we wrote must pass check, or it does not stay */
    int status = pack_check(output, NULL);
    if (status != EXIT_OK) {
        pack_check(output, stderr); /* again, to show the problems */
        unlink(output);
        fprintf(stderr, "wicrun: %s: not built\n", dir);
        return status;
    }
    fprintf(stderr, "wicrun: built %s\n", output);
    return EXIT_OK;
}

int cmd_pack(const struct cli *cli)
{
    if (cli->n_args == 0)
        return cli_usage_error("pack needs a subcommand: build, info or "
                               "check");
    const char *sub = cli->args[0];
    if (cli->n_args != 2)
        return cli_usage_error("pack %s needs exactly one %s", sub,
                               strcmp(sub, "build") == 0 ? "folder"
                                                         : "FILE.zip");
    if (strcmp(sub, "build") == 0)
        return pack_build_command(cli, cli->args[1]);
    if (cli->output)
        return cli_usage_error("-o is for pack build");
    if (strcmp(sub, "info") == 0)
        return pack_info(cli->args[1]);
    if (strcmp(sub, "check") == 0)
        return pack_check(cli->args[1], stdout);
    return cli_usage_error("unknown pack subcommand '%s'", sub);
}
