/*
** exit_code.h: what `wicrun` returns, one code per kind of failure.
**
** The codes are part of the command's interface (documented in --help and
** docs/cli.md): scripts that call wicrun branch on them.
*/
#ifndef WIC_EXIT_CODE_H
#define WIC_EXIT_CODE_H

#include "../core/error.h"

enum wic_exit_code {
    EXIT_OK = 0,      /* success                                        */
    EXIT_SCRIPT = 1,  /* a script raised an error                       */
    EXIT_USAGE = 2,   /* bad command line                               */
    EXIT_INPUT = 3,   /* missing or unreadable input, malformed article */
    EXIT_PACK = 4,    /* not a valid pack (zip, manifest, checksums)    */
    EXIT_SANDBOX = 5, /* the pack tried something the sandbox forbids   */
    EXIT_LIMIT = 6,   /* a CPU, memory or size limit was reached        */
    EXIT_VERSION = 7, /* the pack needs a newer wicrun                  */
    EXIT_OUTPUT = 8,  /* results could not be written                   */
    EXIT_INTERNAL = 70, /* out of memory or a bug in wicrun             */
};

static inline int exit_code_for(enum wic_error_kind kind)
{
    switch (kind) {
    case WIC_OK: return EXIT_OK;
    case WIC_ERR_INPUT: return EXIT_INPUT;
    case WIC_ERR_PACK: return EXIT_PACK;
    case WIC_ERR_SCRIPT: return EXIT_SCRIPT;
    case WIC_ERR_SANDBOX: return EXIT_SANDBOX;
    case WIC_ERR_LIMIT: return EXIT_LIMIT;
    case WIC_ERR_VERSION: return EXIT_VERSION;
    case WIC_ERR_OUTPUT: return EXIT_OUTPUT;
    case WIC_ERR_MEMORY: return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

#endif
