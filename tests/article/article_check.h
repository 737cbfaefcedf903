/*
** article_check.h: helpers shared by the article tests: reading a fixture,
** finding a phrase in an article's text, and checking the invariants every
** parsed article must keep (spans inside the text, sorted, disjoint,
** paragraphs and sentences outside boilerplate).
*/
#ifndef WIC_ARTICLE_CHECK_H
#define WIC_ARTICLE_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article/article.h"
#include "check.h"

static const char *fixture_dir = "fixtures";

static inline char *read_fixture(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", fixture_dir, name);
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        printf("# cannot open %s\n", path);
        *len = 0;
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* Parse a fixture with the format its name says. */
static inline int parse_fixture(struct article *a, const char *name)
{
    size_t len;
    char *bytes = read_fixture(name, &len);
    struct wic_error err;
    int rc = bytes ? article_parse(a, name, bytes, len,
                                   article_format_from_name(name), &err)
                   : -1;
    if (rc != 0)
        memset(a, 0, sizeof *a);
    free(bytes);
    return rc;
}

/* Offset of the first occurrence of phrase in the text, or -1. */
static inline long find_in(const struct article *a, const char *phrase)
{
    const char *p = strstr(a->text, phrase);
    return p ? (long)(p - a->text) : -1;
}

/* Is every byte of the phrase's first occurrence boilerplate? */
static inline int phrase_is_boilerplate(const struct article *a, const char *phrase)
{
    long at = find_in(a, phrase);
    if (at < 0) {
        printf("# phrase not found: %s\n", phrase);
        return 0;
    }
    for (size_t i = 0; i < strlen(phrase); i++)
        if (!article_in_boilerplate(a, (uint32_t)(at + (long)i)))
            return 0;
    return 1;
}

/* Is the phrase body text: no byte boilerplate, inside one paragraph? */
static inline int phrase_is_body(const struct article *a, const char *phrase)
{
    long at = find_in(a, phrase);
    if (at < 0) {
        printf("# phrase not found: %s\n", phrase);
        return 0;
    }
    size_t end = (size_t)at + strlen(phrase);
    for (size_t i = (size_t)at; i < end; i++)
        if (article_in_boilerplate(a, (uint32_t)i))
            return 0;
    for (size_t p = 0; p < a->n_paragraphs; p++)
        if (a->paragraphs[p].start <= at && end <= a->paragraphs[p].end)
            return 1;
    return 0;
}

static inline int spans_ok(const struct span *s, size_t n, size_t text_len,
                    int strictly_disjoint)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i].start >= s[i].end || s[i].end > text_len)
            return 0;
        if (i > 0 && (strictly_disjoint ? s[i].start <= s[i - 1].end
                                        : s[i].start < s[i - 1].end))
            return 0;
    }
    return 1;
}

/* The invariants of any parsed article; returns 1 when they hold. */
static inline int article_invariants(const struct article *a)
{
    if (a->text == NULL || a->text[a->text_len] != '\0' ||
        strlen(a->text) != a->text_len || memchr(a->text, '\r', a->text_len))
        return 0;
    if (!spans_ok(a->boilerplate, a->n_boilerplate, a->text_len, 1) ||
        !spans_ok(a->paragraphs, a->n_paragraphs, a->text_len, 0) ||
        !spans_ok(a->sentences, a->n_sentences, a->text_len, 0))
        return 0;
    /* paragraphs hold no boilerplate; each sentence sits in a paragraph */
    size_t b = 0;
    for (size_t p = 0; p < a->n_paragraphs; p++) {
        while (b < a->n_boilerplate && a->boilerplate[b].end <= a->paragraphs[p].start)
            b++;
        if (b < a->n_boilerplate && a->boilerplate[b].start < a->paragraphs[p].end)
            return 0;
    }
    size_t p = 0;
    for (size_t s = 0; s < a->n_sentences; s++) {
        while (p < a->n_paragraphs && a->paragraphs[p].end <= a->sentences[s].start)
            p++;
        if (p == a->n_paragraphs || a->sentences[s].start < a->paragraphs[p].start ||
            a->sentences[s].end > a->paragraphs[p].end)
            return 0;
    }
    if (a->n_sentences < a->n_paragraphs)
        return 0;
    if (a->date[0] != '\0' && strlen(a->date) != 10)
        return 0;
    return 1;
}

#endif
