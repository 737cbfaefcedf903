/*
** markdown.c: reading front matter (see markdown.h).
**
** One scan over the block's lines; keys are matched case-insensitively
** and the first occurrence of each wins.
*/
#include "markdown.h"

#include <string.h>

/* Is text[start..end) a fence line ("---", or "..." to close)? */
static int fence(const char *text, size_t start, size_t end, int closing)
{
    struct range r = {start, end};
    ts_trim(text, &r);
    size_t n = r.end - r.start;
    return n == 3 && (memcmp(text + r.start, "---", 3) == 0 ||
                      (closing && memcmp(text + r.start, "...", 3) == 0));
}

static void read_pair(const char *text, size_t start, size_t end,
                      struct front_matter *fm)
{
    static const struct {
        const char *key;
        int field; /* 0 title, 1 date, 2 outlet */
    } keys[] = {
        {"title", 0},  {"headline", 0}, {"date", 1},      {"published", 1},
        {"pubdate", 1}, {"outlet", 2},  {"source", 2},    {"publisher", 2},
        {"site_name", 2},
    };
    const char *colon = memchr(text + start, ':', end - start);
    if (colon == NULL)
        return;
    struct range key = {start, (size_t)(colon - text)};
    struct range value = {key.end + 1, end};
    ts_trim(text, &key);
    ts_trim(text, &value);
    if (value.end - value.start >= 2) {
        char q = text[value.start];
        if ((q == '"' || q == '\'') && text[value.end - 1] == q) {
            value.start++;
            value.end--;
            ts_trim(text, &value);
        }
    }
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (!ts_equals_ci(text + key.start, key.end - key.start, keys[k].key))
            continue;
        struct range *slot = keys[k].field == 0   ? &fm->title
                             : keys[k].field == 1 ? &fm->date
                                                  : &fm->outlet;
        if (slot->start == slot->end)
            *slot = value;
        return;
    }
}

int markdown_front_matter(const char *text, size_t len,
                          struct front_matter *fm)
{
    memset(fm, 0, sizeof *fm);
    const char *nl = memchr(text, '\n', len);
    if (nl == NULL || !fence(text, 0, (size_t)(nl - text), 0))
        return 0;
    size_t at = (size_t)(nl - text) + 1;
    struct front_matter found;
    memset(&found, 0, sizeof found);
    while (at < len) {
        nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (fence(text, at, end, 1)) {
            found.body = nl ? end + 1 : end;
            *fm = found;
            return 1;
        }
        read_pair(text, at, end, &found);
        at = end + 1;
    }
    return 0;
}
