/*
** source.c: finding publisher credits (see source.h).
**
** Credits sit at the edges of lines (a label at the start, a parenthesis
** at the end), so every finder here looks at a bounded window of its line
** and costs O(1) on a body paragraph of any length.
*/
#include "source.h"

/* Longest credit phrase worth reading; anything longer is prose. */
#define CREDIT_MAX 120

int source_name_ok(const char *s, size_t n)
{
    if (n < 2 || n > 60)
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (!(ts_is_alpha(c) || c >= 0x80))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ')
            words++;
        if (b == ',' || b == ';' || b == '!' || b == '?' || b == ':' ||
            b == '"' || b == '(' || b == ')' || b == '[' || b == ']' ||
            b == '|' || b == '>' || b == '<')
            return 0;
    }
    /* a final period is sentence punctuation, a dot in a domain is not */
    return words <= 6 && s[n - 1] != '.';
}

/* End of a field: a '|', two spaces in a row, or the end. */
static size_t field_end(const char *s, size_t n, size_t i)
{
    for (; i < n; i++) {
        if (s[i] == '|' || (s[i] == ' ' && i + 1 < n && s[i + 1] == ' '))
            break;
        if (ts_starts(s + i, n - i, "\xE4\xB8\xA8")) /* 丨 */
            break;
    }
    return i;
}

size_t source_label(const char *s, size_t n, struct range *value)
{
    static const char *const labels[] = {"Source", "Resource", "SOURCE",
                                         "\xE6\x9D\xA5\xE6\xBA\x90"}; /* 来源 */
    /* the labels' first bytes: most fields start with none of them */
    if (n == 0 || (s[0] != 'S' && s[0] != 'R' && (unsigned char)s[0] != 0xE6))
        return 0;
    for (size_t l = 0; l < sizeof labels / sizeof labels[0]; l++) {
        if (!ts_starts(s, n, labels[l]))
            continue;
        size_t i = strlen(labels[l]);
        i = ts_skip_space(s, n, i);
        if (i < n && s[i] == ':')
            i++;
        else if (ts_starts(s + i, n - i, "\xEF\xBC\x9A")) /* full-width : */
            i += 3;
        else
            continue;
        size_t start = ts_skip_space(s, n, i);
        value->start = start;
        value->end = field_end(s, n, start);
        ts_trim(s, value);
        return i;
    }
    return 0;
}

int source_line(const char *s, size_t n, struct range *name)
{
    /* a long line with nothing to trim is prose: say so before trimming */
    if (n > CREDIT_MAX && ts_space_at(s, n, 0) == 0 && ts_space_before(s, n) == 0)
        return 0;
    struct range r = {0, n};
    ts_trim(s, &r);
    if (r.end - r.start > CREDIT_MAX)
        return 0;
    int paren = r.start < r.end && s[r.start] == '(' && s[r.end - 1] == ')';
    if (paren) {
        r.start++;
        r.end--;
    }
    /* the label may open the line or any '|' field of it, as in
    ** "By He Jing | Source: Zhejiang Daily" */
    for (size_t field = r.start; field < r.end;) {
        field = ts_skip_space(s, r.end, field);
        struct range v;
        if (source_label(s + field, r.end - field, &v) != 0) {
            name->start = field + v.start;
            name->end = field + v.end;
            if (!source_name_ok(s + name->start, name->end - name->start))
                name->end = name->start;
            return 1;
        }
        const char *bar = memchr(s + field, '|', r.end - field);
        if (bar == NULL)
            break;
        field = (size_t)(bar - s) + 1; /* past the bar */
    }
    return 0;
}

size_t source_tail(const char *s, size_t n, struct range *name)
{
    /* most lines end in neither ')' nor a space: no need to trim them */
    if (n == 0 || (s[n - 1] != ')' && ts_space_before(s, n) == 0))
        return n;
    struct range r = {0, n};
    ts_trim(s, &r);
    if (r.end == r.start || s[r.end - 1] != ')')
        return n;
    size_t floor = r.end - r.start > CREDIT_MAX ? r.end - CREDIT_MAX : r.start;
    size_t open = r.end - 1;
    while (open > floor && s[open - 1] != '(' && s[open - 1] != ')')
        open--;
    if (open == floor || s[open - 1] != '(')
        return n;
    open--;
    size_t i = open + 1, k;
    struct range v;
    if (ts_starts(s + i, r.end - 1 - i, "from ") ||
        ts_starts(s + i, r.end - 1 - i, "From ")) {
        v.start = i + 5;
        v.end = r.end - 1;
        ts_trim(s, &v);
    } else if ((k = source_label(s + i, r.end - 1 - i, &v)) != 0) {
        v.start += i;
        v.end += i;
    } else
        return n;
    if (!source_name_ok(s + v.start, v.end - v.start) ||
        !(ts_is_upper((unsigned char)s[v.start]) ||
          (unsigned char)s[v.start] >= 0x80))
        return n;
    *name = v;
    return open;
}

int source_presented_by(const char *s, size_t n, struct range *name)
{
    size_t at = ts_find_ci(s, n, "presented by ");
    if (at == n)
        return 0;
    size_t i = at + strlen("presented by "), end = i;
    /* the name runs to a period, a separator or the first CJK byte */
    while (end < n && s[end] != '.' && s[end] != '|' && s[end] != ',' &&
           (unsigned char)s[end] < 0x80 &&
           !(s[end] == ' ' && end + 1 < n && s[end + 1] == ' '))
        end++;
    /* a dot inside a domain ("chinadaily.com.cn") continues the name */
    while (end + 1 < n && s[end] == '.' && ts_is_alnum((unsigned char)s[end + 1])) {
        end++;
        while (end < n && ts_is_alnum((unsigned char)s[end]))
            end++;
    }
    struct range v = {i, end};
    ts_trim(s, &v);
    if (v.start == v.end || !ts_is_upper((unsigned char)s[v.start]) ||
        !source_name_ok(s + v.start, v.end - v.start))
        return 0;
    *name = v;
    return 1;
}
