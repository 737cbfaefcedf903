/*
** cli.h: the pieces of the `wicrun` command shared by its subcommands.
**
** main.c parses the command line into a struct cli and hands it to one of
** the cmd_*.c files; each returns an exit code (exit_code.h).  Messages go
** to stderr as one line "wicrun: ..."; results go to stdout.
*/
#ifndef WIC_CLI_H
#define WIC_CLI_H

#include <stddef.h>

#include "../core/error.h"
#include "../pack/pack.h"
#include "run_limits.h"

struct cli {
    const char *command;  /* "run-pack", "run", "extract", "pack" */
    const char **args;    /* positional arguments after the command */
    size_t n_args;
    const char **corpus;  /* --corpus PATH, NULL-terminated */
    size_t n_corpus;
    const char **sets;    /* --set KEY=VALUE */
    size_t n_sets;
    const char *out_dir;  /* --out */
    const char *output;   /* -o */
    const char *format;   /* --format */
    int threads;          /* --threads, 0: all cores */
    struct run_limits limits;
    int limits_given;     /* --memory or --cpu on the command line */
};

/* Print "wicrun: message" on stderr and return the exit code for err. */
int cli_fail(const struct wic_error *err);

/* Print "wicrun: ..." for a usage error and return EXIT_USAGE. */
int cli_usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

int cmd_run_pack(const struct cli *cli);
int cmd_run_script(const struct cli *cli);
int cmd_pack(const struct cli *cli);
int cmd_extract(const struct cli *cli);

/* Open a pack and read its manifest; on failure err is set.  Checks the
** checksum list when there is one. */
int cli_open_pack(const char *path, struct pack_archive *archive,
                  struct pack_manifest *manifest, struct wic_error *err);

#endif
