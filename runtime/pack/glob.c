/*
** glob.c: the patterns a manifest's `corpus` field uses.
**
** A single star matches any bytes but '/', a double star any bytes at
** all (so articles/ followed by a double star is every entry under
** articles/), '?' one byte but '/'.  The pattern comes from a stranger, so matching is a
** simulation of all pattern positions at once (no backtracking): time is
** O(length of name x length of pattern) whatever the pattern, and the
** manifest caps both lengths.
*/
#include "pack.h"

#include <stdlib.h>
#include <string.h>

enum { GLOB_MAX_PATTERN = 256 };

/* Kinds of pattern tokens: a literal byte, '?', '*' or '**'. */
enum token_kind { LITERAL, ANY_ONE, STAR, STARSTAR };

struct token {
    enum token_kind kind;
    unsigned char byte;
};

static size_t tokenize(const char *pattern, struct token *tokens)
{
    size_t n = 0;
    for (const char *p = pattern; *p && n < GLOB_MAX_PATTERN; p++) {
        if (p[0] == '*' && p[1] == '*') {
            tokens[n++].kind = STARSTAR;
            while (p[1] == '*')
                p++;
        } else if (*p == '*') {
            tokens[n++].kind = STAR;
        } else if (*p == '?') {
            tokens[n++].kind = ANY_ONE;
        } else {
            tokens[n].kind = LITERAL;
            tokens[n++].byte = (unsigned char)*p;
        }
    }
    return n;
}

/* States are "how many tokens have been matched"; stars may match
** nothing, so a live star state also makes the next one live. */
static void close_over_stars(const struct token *tokens, size_t n,
                             unsigned char *live)
{
    for (size_t i = 0; i < n; i++)
        if (live[i] && (tokens[i].kind == STAR || tokens[i].kind == STARSTAR))
            live[i + 1] = 1;
}

bool pack_glob_match(const char *pattern, const char *name)
{
    if (strlen(pattern) > GLOB_MAX_PATTERN)
        return false;
    struct token tokens[GLOB_MAX_PATTERN];
    size_t n = tokenize(pattern, tokens);
    unsigned char live[GLOB_MAX_PATTERN + 1] = {0};
    unsigned char next[GLOB_MAX_PATTERN + 1];
    live[0] = 1;
    close_over_stars(tokens, n, live);
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
        memset(next, 0, n + 1);
        int any = 0;
        for (size_t i = 0; i < n; i++) {
            if (!live[i])
                continue;
            switch (tokens[i].kind) {
            case LITERAL:
                if (tokens[i].byte == *c)
                    next[i + 1] = any = 1;
                break;
            case ANY_ONE:
                if (*c != '/')
                    next[i + 1] = any = 1;
                break;
            case STAR:
                if (*c != '/')
                    next[i] = any = 1;
                break;
            case STARSTAR:
                next[i] = any = 1;
                break;
            }
        }
        if (!any)
            return false;
        close_over_stars(tokens, n, next);
        memcpy(live, next, n + 1);
    }
    return live[n] != 0;
}
