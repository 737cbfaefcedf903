/*
** main.c: the `wicrun` command line.
**
** Parsing is by hand (getopt would not give per-subcommand errors this
** clear): the first argument picks the subcommand, options may come
** anywhere after it, and "--" ends the options.  Every mistake is a
** one-line message and exit code 2.
*/
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "exit_code.h"
#include "wicrun_config.h"

static const char USAGE[] =
    "usage: wicrun PACK.zip [--out DIR] [--set KEY=VALUE]... [limits]\n"
    "       wicrun run SCRIPT.lua [--corpus PATH]... [--out DIR] [--set "
    "KEY=VALUE]...\n"
    "       wicrun extract [--format jsonl|csv|table] PATH...\n"
    "       wicrun pack build DIR [-o FILE.zip]\n"
    "       wicrun pack info FILE.zip\n"
    "       wicrun pack check FILE.zip\n"
    "       wicrun --help | --version\n";

static const char HELP[] =
    "\n"
    "wicrun turns news articles into figures you can trust, with Lua "
    "scripts\n"
    "shared as packs (zips of articles and scripts).\n"
    "\n"
    "Commands:\n"
    "  PACK.zip            run a pack in the sandbox; results go to the "
    "output folder\n"
    "  run SCRIPT.lua      run your own script with the full Lua library\n"
    "  extract PATH...     print the figures of files, folders or packs\n"
    "  pack build DIR      zip a pack folder deterministically, with "
    "checksums\n"
    "  pack info FILE.zip  print a pack's manifest and contents\n"
    "  pack check FILE.zip verify a pack and list every problem\n"
    "\n"
    "Options:\n"
    "  --out DIR           output folder (default out/<pack name>; run: "
    "none)\n"
    "  --set KEY=VALUE     set a parameter, seen by scripts as "
    "wic.params.KEY\n"
    "  --corpus PATH       (run) add files, folders or zips to the run's "
    "corpus\n"
    "  --format FORMAT     (extract) jsonl (default), csv or table\n"
    "  --threads N         worker threads (default: one per core)\n"
    "  --memory MB         Lua memory limit (packs: default 1024)\n"
    "  --cpu SECONDS       CPU time limit (packs: default 300; 0: none)\n"
    "  -o FILE.zip         (pack build) output file (default "
    "<name>.zip)\n"
    "  -h, --help          show this help\n"
    "  --version           show the version\n"
    "\n"
    "Exit codes:\n"
    "  0 success            1 script error          2 usage error\n"
    "  3 input error        4 invalid pack          5 sandbox violation\n"
    "  6 limit exceeded     7 pack needs a newer wicrun\n"
    "  8 output error      70 internal error\n"
    "\n"
    "Progress is shown on stderr when it is a terminal; NO_COLOR is "
    "honoured.\n"
    "Documentation: docs/ in the source, or share/doc/wicrun when "
    "installed.\n";

int cli_fail(const struct wic_error *err)
{
    fprintf(stderr, "wicrun: %s\n", err->message);
    return exit_code_for(err->kind);
}

int cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("wicrun: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (see wicrun --help)\n", stderr);
    va_end(ap);
    return EXIT_USAGE;
}

static int parse_number(const char *option, const char *text, double min,
                        double max, double *out)
{
    char *end;
    double v = strtod(text, &end);
    if (end == text || *end != '\0' || !(v >= min && v <= max))
        return cli_usage_error("%s: '%s' is not a number from %g to %g",
                               option, text, min, max);
    *out = v;
    return 0;
}

/* Options that take a value; returns the value or NULL after an error. */
static const char *option_value(int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    const char *eq = strchr(arg, '=');
    if (strncmp(arg, "--", 2) == 0 && eq != NULL)
        return eq + 1;
    if (*i + 1 >= argc) {
        cli_usage_error("%s needs a value", arg);
        return NULL;
    }
    return argv[++*i];
}

static int option_is(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

static int parse(int argc, char **argv, struct cli *cli)
{
    static const char *positional[4096], *corpus[4096], *sets[4096];
    cli->args = positional;
    cli->corpus = corpus;
    cli->sets = sets;
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value;
        double number;
        if (options_done || arg[0] != '-' || arg[1] == '\0') {
            if (cli->command == NULL) {
                cli->command = arg;
                continue;
            }
            if (cli->n_args == 4095)
                return cli_usage_error("too many arguments");
            positional[cli->n_args++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            options_done = 1;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(USAGE, stdout);
            fputs(HELP, stdout);
            exit(EXIT_OK);
        } else if (strcmp(arg, "--version") == 0) {
            printf("wicrun %s\n", WICRUN_VERSION);
            exit(EXIT_OK);
        } else if (option_is(arg, "--out")) {
            if ((cli->out_dir = option_value(argc, argv, &i)) == NULL)
                return EXIT_USAGE;
        } else if (strcmp(arg, "-o") == 0 || option_is(arg, "--output")) {
            if ((cli->output = option_value(argc, argv, &i)) == NULL)
                return EXIT_USAGE;
        } else if (option_is(arg, "--format")) {
            if ((cli->format = option_value(argc, argv, &i)) == NULL)
                return EXIT_USAGE;
        } else if (option_is(arg, "--corpus")) {
            if ((value = option_value(argc, argv, &i)) == NULL)
                return EXIT_USAGE;
            if (cli->n_corpus == 4095)
                return cli_usage_error("too many --corpus options");
            corpus[cli->n_corpus++] = value;
        } else if (option_is(arg, "--set")) {
            if ((value = option_value(argc, argv, &i)) == NULL)
                return EXIT_USAGE;
            if (strchr(value, '=') == NULL || value[0] == '=')
                return cli_usage_error("--set %s: expected KEY=VALUE", value);
            if (cli->n_sets == 4095)
                return cli_usage_error("too many --set options");
            sets[cli->n_sets++] = value;
        } else if (option_is(arg, "--threads")) {
            if ((value = option_value(argc, argv, &i)) == NULL ||
                parse_number("--threads", value, 1, 64, &number) != 0)
                return EXIT_USAGE;
            cli->threads = (int)number;
        } else if (option_is(arg, "--memory")) {
            if ((value = option_value(argc, argv, &i)) == NULL ||
                parse_number("--memory", value, 1, 1 << 20, &number) != 0)
                return EXIT_USAGE;
            cli->limits.memory_bytes = (size_t)number << 20;
            cli->limits_given = 1;
        } else if (option_is(arg, "--cpu")) {
            if ((value = option_value(argc, argv, &i)) == NULL ||
                parse_number("--cpu", value, 0, 1e7, &number) != 0)
                return EXIT_USAGE;
            cli->limits.cpu_seconds = number;
            cli->limits_given = 1;
        } else {
            return cli_usage_error("unknown option %s", arg);
        }
    }
    return EXIT_OK;
}

/* Articles come and go by the thousand, each a few buffers of tens or
** hundreds of KB.  glibc's defaults hand freed memory back to the kernel
** (madvise, munmap) and take it again with page faults for the next
** article, which cost 10-20% of an extract run on this VM; keeping up to
** 128 MB of freed heap and serving blocks below 32 MB from it makes the
** next article reuse the pages.  Peak memory is unchanged: it is set by
** the articles in flight. */
static void tune_malloc(void)
{
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

int main(int argc, char **argv)
{
    tune_malloc();
    struct cli cli;
    memset(&cli, 0, sizeof cli);
    cli.limits.memory_bytes = (size_t)1024 << 20;
    cli.limits.cpu_seconds = 300;
    int status = parse(argc, argv, &cli);
    if (status != EXIT_OK)
        return status;
    if (cli.command == NULL) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    if (strcmp(cli.command, "run") == 0)
        return cmd_run_script(&cli);
    if (strcmp(cli.command, "pack") == 0)
        return cmd_pack(&cli);
    if (strcmp(cli.command, "extract") == 0)
        return cmd_extract(&cli);
    size_t n = strlen(cli.command);
    if (n > 4 && strcmp(cli.command + n - 4, ".zip") == 0)
        return cmd_run_pack(&cli);
    /* an argument that is neither a command nor a .zip: a pack by another
    ** name, or a typo */
    FILE *f = fopen(cli.command, "rb");
    if (f != NULL) {
        fclose(f);
        return cmd_run_pack(&cli);
    }
    return cli_usage_error("'%s' is neither a command nor a pack file",
                           cli.command);
}
