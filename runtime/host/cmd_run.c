/*
** cmd_run.c: `wicrun PACK.zip` and `wicrun run SCRIPT.lua`.
**
** Both end in host_run(); they differ in what comes before.  A pack is
** opened and checked whole (zip, manifest, version, checksums, entry
** script) before any of its code runs, and then runs sandboxed with
** limits.  A script of the user's own runs with the full standard library
** and no limits unless asked for.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "exit_code.h"
#include "host.h"
#include "manifest.h"

int cli_open_pack(const char *path, struct pack_archive *archive,
                  struct pack_manifest *manifest, struct wic_error *err)
{
    struct pack_limits limits;
    pack_limits_default(&limits);
    if (pack_archive_open(archive, path, &limits, err) != 0)
        return -1;
    if (manifest_read(archive, manifest, err) != 0) {
        pack_archive_free(archive);
        return -1;
    }
    return 0;
}

/* The checksum list, when the pack has one, must match. */
static int verify_checksums(const struct pack_archive *archive,
                            struct wic_error *err)
{
    if (pack_archive_find(archive, PACK_CHECKSUM_NAME) == NULL)
        return 0; /* zipped by hand: nothing to verify against */
    char *problems = pack_checksum_problems(archive);
    int status = 0;
    if (problems && problems[0] != '\0') {
        char *newline = strchr(problems, '\n');
        if (newline)
            *newline = '\0';
        status = wic_error_set(err, WIC_ERR_PACK,
                               "%s: %s (run `wicrun pack check` for every "
                               "problem)",
                               archive->path, problems);
    }
    free(problems);
    return status;
}

/* Manifest defaults, then --set values over them, typed like the
** defaults.  Returns a malloc'd array (entries borrow strings) or NULL
** after printing a usage error. */
static struct pack_param *merge_params(const struct cli *cli,
                                       const struct pack_manifest *m,
                                       size_t *count, int *status)
{
    size_t n_defaults = m ? m->n_params : 0;
    struct pack_param *params =
        calloc(n_defaults + cli->n_sets + 1, sizeof *params);
    if (params == NULL) {
        *status = EXIT_INTERNAL;
        return NULL;
    }
    for (size_t i = 0; i < n_defaults; i++)
        params[i] = m->params[i];
    size_t n = n_defaults;
    for (size_t i = 0; i < cli->n_sets; i++) {
        const char *set = cli->sets[i];
        const char *eq = strchr(set, '=');
        size_t key_len = (size_t)(eq - set);
        struct pack_param *p = NULL;
        for (size_t j = 0; j < n && p == NULL; j++)
            if (strlen(params[j].key) == key_len &&
                strncmp(params[j].key, set, key_len) == 0)
                p = &params[j];
        const char *value = eq + 1;
        if (p == NULL) {
            p = &params[n++];
            p->key = strndup(set, key_len); /* freed by free_params */
            p->type = PACK_PARAM_STRING;
        } else if (p->type == PACK_PARAM_NUMBER) {
            char *end;
            strtod(value, &end);
            if (end == value || *end != '\0') {
                *status = cli_usage_error("--set %s: '%.*s' is a number",
                                          set, (int)key_len, set);
                free(params);
                return NULL;
            }
        } else if (p->type == PACK_PARAM_BOOLEAN &&
                   strcmp(value, "true") != 0 &&
                   strcmp(value, "false") != 0) {
            *status = cli_usage_error("--set %s: '%.*s' is true or false",
                                      set, (int)key_len, set);
            free(params);
            return NULL;
        }
        p->value = (char *)value;
    }
    *count = n;
    return params;
}

/* Free the keys merge_params allocated (those past the defaults). */
static void free_params(struct pack_param *params, size_t n_defaults,
                        size_t count)
{
    for (size_t i = n_defaults; params && i < count; i++)
        free(params[i].key);
    free(params);
}

static int finish(struct host *host, int status, struct wic_error *err)
{
    if (status != 0) {
        fprintf(stderr, "wicrun: %s\n", err->message);
        if (host->traceback && err->kind == WIC_ERR_SCRIPT)
            fprintf(stderr, "%s\n", host->traceback);
        status = exit_code_for(err->kind);
    }
    host_free(host);
    return status;
}

int cmd_run_pack(const struct cli *cli)
{
    const char *path = cli->command;
    if (cli->n_args > 0)
        return cli_usage_error("unexpected argument '%s' after the pack",
                               cli->args[0]);
    if (cli->n_corpus > 0)
        return cli_usage_error("--corpus is for `wicrun run`; a pack "
                               "brings its own articles");
    struct wic_error err;
    wic_error_clear(&err);
    struct pack_archive archive;
    struct pack_manifest manifest;
    if (cli_open_pack(path, &archive, &manifest, &err) != 0)
        return cli_fail(&err);
    int status = EXIT_OK;
    if (verify_checksums(&archive, &err) != 0) {
        status = cli_fail(&err);
    } else if (pack_archive_find(&archive, manifest.main) == NULL) {
        wic_error_set(&err, WIC_ERR_PACK,
                      "%s: the entry script %s is missing", path,
                      manifest.main);
        status = cli_fail(&err);
    }
    size_t n_params = 0;
    struct pack_param *params =
        status == EXIT_OK ? merge_params(cli, &manifest, &n_params, &status)
                          : NULL;
    if (status == EXIT_OK) {
        char out_dir[4096];
        if (cli->out_dir)
            snprintf(out_dir, sizeof out_dir, "%s", cli->out_dir);
        else
            snprintf(out_dir, sizeof out_dir, "out/%s", manifest.name);
        struct gazetteer *gazetteer = NULL;
        if (host_pack_gazetteer(&archive, &manifest, &gazetteer, &err) != 0) {
            free_params(params, manifest.n_params, n_params);
            pack_manifest_free(&manifest);
            pack_archive_free(&archive);
            return cli_fail(&err);
        }
        struct host host = {
            .gazetteer = gazetteer,
            .sandboxed = 1,
            .archive = &archive,
            .manifest = &manifest,
            .params = params,
            .n_params = n_params,
            .threads = cli->threads,
            .limits = cli->limits,
            .out_dir = out_dir,
            .confine = 1,
        };
        status = finish(&host, host_run(&host, NULL, &err), &err);
    }
    free_params(params, manifest.n_params, n_params);
    pack_manifest_free(&manifest);
    pack_archive_free(&archive);
    return status;
}

int cmd_run_script(const struct cli *cli)
{
    if (cli->n_args == 0)
        return cli_usage_error("run needs a script: wicrun run SCRIPT.lua");
    if (cli->n_args > 1)
        return cli_usage_error("unexpected argument '%s' after the script "
                               "(use --corpus PATH for articles)",
                               cli->args[1]);
    for (size_t i = 0; i < cli->n_corpus; i++) {
        struct stat st;
        if (stat(cli->corpus[i], &st) != 0) {
            fprintf(stderr, "wicrun: %s: %s\n", cli->corpus[i],
                    strerror(errno));
            return EXIT_INPUT;
        }
    }
    int status = EXIT_OK;
    size_t n_params = 0;
    struct pack_param *params = merge_params(cli, NULL, &n_params, &status);
    if (params == NULL)
        return status;
    struct run_limits limits = {0, 0};
    if (cli->limits_given)
        limits = cli->limits;
    struct host host = {
        .sandboxed = 0,
        .corpus_paths = (char **)cli->corpus,
        .params = params,
        .n_params = n_params,
        .threads = cli->threads,
        .limits = limits,
        .out_dir = cli->out_dir,
    };
    struct wic_error err;
    wic_error_clear(&err);
    status = finish(&host, host_run(&host, cli->args[0], &err), &err);
    free_params(params, 0, n_params);
    return status;
}
