/*
** version.c: does this wicrun satisfy a pack's `requires`?
**
** Versions are up to three dot-separated numbers; a missing part is 0, so
** "0.1" means "0.1.0 or later".  The comparison is numeric, part by part
** ("0.10" is after "0.9").  Anything else is not a version, and the
** manifest reader reports it as such rather than guessing.
*/
#include "pack.h"

#include <ctype.h>

static int parse_version(const char *s, long parts[3])
{
    parts[0] = parts[1] = parts[2] = 0;
    int n = 0;
    while (n < 3) {
        if (!isdigit((unsigned char)*s))
            return -1;
        long v = 0;
        while (isdigit((unsigned char)*s)) {
            if (v > 100000000)
                return -1;
            v = v * 10 + (*s++ - '0');
        }
        parts[n++] = v;
        if (*s == '\0')
            return 0;
        if (*s++ != '.')
            return -1;
    }
    return -1;
}

int pack_version_satisfies(const char *have, const char *requires)
{
    while (isspace((unsigned char)*requires))
        requires++;
    if (requires[0] == '>' && requires[1] == '=')
        requires += 2;
    while (isspace((unsigned char)*requires))
        requires++;
    long need[3], got[3];
    if (parse_version(requires, need) != 0)
        return -1;
    if (parse_version(have, got) != 0)
        return 0;
    for (int i = 0; i < 3; i++)
        if (got[i] != need[i])
            return got[i] > need[i];
    return 1;
}
