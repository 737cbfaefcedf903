/*
** figure_format.c: the JSON Lines, CSV and table writers (see the header).
**
** Numbers: an integral double below 1e17 prints with "%.0f" (exact); any
** other finite value with the shortest "%.*g" that strtod reads back to
** the same bits.  JSON has no NaN or infinity; the scanner never makes
** them, and if a caller does, "null" keeps the line valid.
*/
#include "figure_format.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Digits of a non-negative integer below 2^63, without printf. */
static char *format_integer(char *buf, size_t size, uint64_t v, int negative)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    size_t at = 0;
    if (negative && at + 1 < size)
        buf[at++] = '-';
    while (n > 0 && at + 1 < size)
        buf[at++] = digits[--n];
    buf[at] = '\0';
    return buf;
}

char *figure_format_number(char *buf, size_t size, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, size, "null");
        return buf;
    }
    if (fabs(v) < 1e17 && v == floor(v))
        return format_integer(buf, size, (uint64_t)fabs(v), v < 0);
    /* Numbers read from text have at most 15 significant digits, so %.15g
    ** (which drops trailing zeros) almost always reads back exactly; only
    ** computed values need 16 or 17. */
    for (int p = 15; p <= 17; p++) {
        snprintf(buf, size, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return buf;
}

/* Length of a valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static int utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (!len || c > 0xF4 || (size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (len == 3) {
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
    }
    if (len == 4) {
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
    }
    return len;
}

void figure_write_json_string(FILE *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    putc('"', out);
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            size_t j = i + 1; /* copy a run of plain bytes at once */
            while (j < n && p[j] >= 0x20 && p[j] < 0x7F && p[j] != '"' &&
                   p[j] != '\\')
                j++;
            fwrite(p + i, 1, j - i, out);
            i = j;
            continue;
        }
        switch (c) {
        case '"':
            fputs("\\\"", out);
            i++;
            continue;
        case '\\':
            fputs("\\\\", out);
            i++;
            continue;
        case '\n':
            fputs("\\n", out);
            i++;
            continue;
        case '\r':
            fputs("\\r", out);
            i++;
            continue;
        case '\t':
            fputs("\\t", out);
            i++;
            continue;
        case '\b':
            fputs("\\b", out);
            i++;
            continue;
        case '\f':
            fputs("\\f", out);
            i++;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            fprintf(out, "\\u%04x", c);
            i++;
            continue;
        }
        int len = utf8_len(p + i, n - i);
        if (len == 0) {
            fputs("\\ufffd", out);
            i++;
        } else {
            fwrite(p + i, 1, (size_t)len, out);
            i += (size_t)len;
        }
    }
    putc('"', out);
}

static void json_key_str(FILE *out, const char *key, const char *v)
{
    putc(',', out);
    putc('"', out);
    fputs(key, out);
    fputs("\":", out);
    figure_write_json_string(out, v, strlen(v));
}

static void json_key_num(FILE *out, const char *key, double v)
{
    char buf[40];
    putc(',', out);
    putc('"', out);
    fputs(key, out);
    fputs("\":", out);
    fputs(figure_format_number(buf, sizeof buf, v), out);
}

static void json_key_int(FILE *out, const char *key, long long v)
{
    char buf[24];
    fputs(key, out); /* ",\"name\":" */
    fputs(format_integer(buf, sizeof buf,
                         (uint64_t)(v < 0 ? -(v + 1) + 1ull : (uint64_t)v),
                         v < 0),
          out);
}

int figure_write_jsonl(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text)
{
    flockfile(out); /* once per article, not once per putc */
    for (size_t i = 0; i < count; i++) {
        const struct figure *f = &figures[i];
        fputs("{\"doc\":", out);
        figure_write_json_string(out, doc ? doc : "", doc ? strlen(doc) : 0);
        json_key_int(out, ",\"start\":", f->start);
        json_key_int(out, ",\"end\":", f->end);
        if (text && f->end >= f->start) {
            fputs(",\"text\":", out);
            figure_write_json_string(out, text + f->start, f->end - f->start);
        }
        json_key_num(out, "value", f->value);
        if (!isnan(f->low))
            json_key_num(out, "low", f->low);
        if (!isnan(f->high))
            json_key_num(out, "high", f->high);
        if (f->unit)
            json_key_str(out, "unit", f->unit);
        if (f->noun)
            json_key_str(out, "noun", f->noun);
        fputs(f->implicit ? ",\"implicit\":true" : ",\"implicit\":false", out);
        if (f->approx)
            json_key_str(out, "approx", f->approx);
        if (f->role)
            json_key_str(out, "role", f->role);
        if (f->period)
            json_key_int(out, ",\"period\":", f->period);
        if (f->subject)
            json_key_str(out, "subject", f->subject);
        if (f->metric)
            json_key_str(out, "metric", f->metric);
        if (f->pair >= 0)
            json_key_int(out, ",\"pair\":", f->pair);
        fputs("}\n", out);
    }
    funlockfile(out);
    return ferror(out) ? -1 : 0;
}

static void csv_field(FILE *out, const char *s, size_t n)
{
    bool quote = false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        fwrite(s, 1, n, out);
        return;
    }
    putc('"', out);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            putc('"', out);
        putc(s[i], out);
    }
    putc('"', out);
}

static void csv_str(FILE *out, const char *s)
{
    putc(',', out);
    if (s)
        csv_field(out, s, strlen(s));
}

static void csv_num(FILE *out, double v)
{
    char buf[40];
    putc(',', out);
    if (!isnan(v))
        fputs(figure_format_number(buf, sizeof buf, v), out);
}

int figure_write_csv_header(FILE *out)
{
    fputs("doc,start,end,text,value,low,high,unit,noun,implicit,approx,role,"
          "period,subject,metric,pair\r\n",
          out);
    return ferror(out) ? -1 : 0;
}

int figure_write_csv(FILE *out, const char *doc, const struct figure *figures,
                     size_t count, const char *text)
{
    for (size_t i = 0; i < count; i++) {
        const struct figure *f = &figures[i];
        if (doc)
            csv_field(out, doc, strlen(doc));
        fprintf(out, ",%u,%u,", f->start, f->end);
        if (text)
            csv_field(out, text + f->start, f->end - f->start);
        csv_num(out, f->value);
        csv_num(out, f->low);
        csv_num(out, f->high);
        csv_str(out, f->unit);
        csv_str(out, f->noun);
        csv_str(out, f->implicit ? "true" : "false");
        csv_str(out, f->approx);
        csv_str(out, f->role);
        putc(',', out);
        if (f->period)
            fprintf(out, "%d", f->period);
        csv_str(out, f->subject);
        csv_str(out, f->metric);
        putc(',', out);
        if (f->pair >= 0)
            fprintf(out, "%d", f->pair);
        fputs("\r\n", out);
    }
    return ferror(out) ? -1 : 0;
}

/* Up to `max` bytes of s on one line, cut at a UTF-8 boundary. */
static void one_line(FILE *out, const char *s, size_t n, size_t max)
{
    size_t i = 0;
    while (i < n && i < max) {
        int len = utf8_len((const unsigned char *)s + i, n - i);
        if (len == 0) {
            fputs("?", out);
            i++;
            continue;
        }
        if (i + (size_t)len > max)
            break;
        unsigned char c = (unsigned char)s[i];
        putc(c < 0x20 ? ' ' : c, out);
        if (len > 1)
            fwrite(s + i + 1, 1, (size_t)len - 1, out);
        i += (size_t)len;
    }
    if (i < n)
        fputs("...", out);
}

int figure_write_table(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text)
{
    if (doc && count)
        fprintf(out, "== %s (%zu figures)\n", doc, count);
    for (size_t i = 0; i < count; i++) {
        const struct figure *f = &figures[i];
        char span[32], value[100], lo[40], hi[40];
        snprintf(span, sizeof span, "%u-%u", f->start, f->end);
        figure_format_number(value, sizeof value, f->value);
        if (!isnan(f->low) && !isnan(f->high)) {
            figure_format_number(lo, sizeof lo, f->low);
            figure_format_number(hi, sizeof hi, f->high);
            snprintf(value, sizeof value, "%s..%s", lo, hi);
        }
        fprintf(out, "%-13s %18s %-6s %-8s %-6s %4d ", span, value,
                f->unit ? f->unit : "", f->approx ? f->approx : "",
                f->role ? f->role : "", f->period);
        fprintf(out, "%-12.12s %-28.28s ", f->subject ? f->subject : "",
                f->metric ? f->metric : "");
        if (text)
            one_line(out, text + f->start, f->end - f->start, 60);
        if (f->noun) {
            fputs("  [", out);
            one_line(out, f->noun, strlen(f->noun), 40);
            putc(']', out);
        }
        if (f->pair >= 0)
            fprintf(out, "  pair=%d", f->pair);
        if (f->implicit)
            fputs("  implicit", out);
        putc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}
