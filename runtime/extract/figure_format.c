/*
** figure_format.c: the JSON Lines, CSV and table writers (see the header).
**
** Writers append to a textbuf (core/textbuf.h), not to stdio: a figure is
** a dozen short pieces, and a stdio call per piece cost more than finding
** the figure.  The FILE functions format into a buffer and write it once.
**
** Numbers: an integral double below 1e17 prints as an integer (exact);
** any other finite value as the shortest "%.*g" (15 to 17 digits) that
** strtod reads back to the same bits.  Most figures ("51.4", "0.35") have
** a short decimal form, found without printf: see decimal_digits().  JSON
** has no NaN or infinity; the scanner never makes them, and if a caller
** does, "null" keeps the line valid.
*/
#include "figure_format.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Room integer_before needs: 20 digits, leading zeros up to its point,
** the point and a sign. */
#define INTEGER_ROOM 48

/* Digits of a non-negative integer below 2^64, without printf, written
** from the right so that they end just before `end`; returns where they
** start.  With `point` > 0, a decimal point that many digits from the
** right (and leading zeros: 5 with point 2 is "0.05"). */
static char *integer_before(char *end, uint64_t v, int negative, int point)
{
    char *at = end;
    int n = 0;
    do {
        *--at = (char)('0' + v % 10);
        v /= 10;
        if (++n == point)
            *--at = '.';
    } while (v || n <= point);
    if (negative)
        *--at = '-';
    return at;
}

/* integer_before into buf (size bytes, NUL-terminated). */
static char *format_integer(char *buf, size_t size, uint64_t v, int negative,
                            int point)
{
    char digits[INTEGER_ROOM], *end = digits + sizeof digits;
    char *at = integer_before(end, v, negative, point);
    size_t len = (size_t)(end - at);
    if (len >= size)
        len = size ? size - 1 : 0;
    memcpy(buf, at, len);
    if (size)
        buf[len] = '\0';
    return buf;
}

static const double pow10_exact[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,
                                     1e6, 1e7, 1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15};

/* The fewest decimals d (1..14) such that v is the double nearest to
** r / 10^d with r an integer below 10^15, or 0.  Such a decimal has at
** most 15 significant digits, and is then exactly what "%.15g" prints:
** no two such decimals share a double.  r / 10^d, both exact doubles, is
** rounded once, as strtod rounds the decimal, so the test is exact. */
static int decimal_digits(double a, uint64_t *r)
{
    if (a < 1e-4 || a >= 1e14) /* %g would use an exponent, or too long */
        return 0;
    for (int d = 1; d <= 14; d++) {
        double x = a * pow10_exact[d];
        if (x >= 1e15)
            return 0;
        double n = nearbyint(x);
        if (n / pow10_exact[d] == a) {
            *r = (uint64_t)n;
            return d;
        }
    }
    return 0;
}

char *figure_format_number(char *buf, size_t size, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, size, "null");
        return buf;
    }
    double a = fabs(v);
    if (a < 1e17 && v == floor(v))
        return format_integer(buf, size, (uint64_t)a, v < 0, 0);
    uint64_t r;
    int d = decimal_digits(a, &r);
    if (d)
        return format_integer(buf, size, r, v < 0, d);
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

/* Bytes a JSON string holds as they are: printable ASCII but '"' and
** '\\'.  A table, because figure_json_string asks it of every byte. */
#define PLAIN_16(c)                                                            \
    PLAIN_1(c), PLAIN_1(c + 1), PLAIN_1(c + 2), PLAIN_1(c + 3),                \
        PLAIN_1(c + 4), PLAIN_1(c + 5), PLAIN_1(c + 6), PLAIN_1(c + 7),        \
        PLAIN_1(c + 8), PLAIN_1(c + 9), PLAIN_1(c + 10), PLAIN_1(c + 11),      \
        PLAIN_1(c + 12), PLAIN_1(c + 13), PLAIN_1(c + 14), PLAIN_1(c + 15)
#define PLAIN_1(c) ((c) >= 0x20 && (c) < 0x7F && (c) != '"' && (c) != '\\')
static const bool json_plain_byte[256] = {
    PLAIN_16(0x00), PLAIN_16(0x10), PLAIN_16(0x20), PLAIN_16(0x30),
    PLAIN_16(0x40), PLAIN_16(0x50), PLAIN_16(0x60), PLAIN_16(0x70),
    PLAIN_16(0x80), PLAIN_16(0x90), PLAIN_16(0xA0), PLAIN_16(0xB0),
    PLAIN_16(0xC0), PLAIN_16(0xD0), PLAIN_16(0xE0), PLAIN_16(0xF0)};
#undef PLAIN_1
#undef PLAIN_16

static bool json_plain(unsigned char c)
{
    return json_plain_byte[c];
}

void figure_json_string(struct textbuf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    /* Most strings (names, units, roles) are plain ASCII: with room made
    ** for all of it, each byte is copied as it is checked, and the loop
    ** below takes over at the first byte that needs more. */
    if (n < SIZE_MAX / 2 &&
        (b->cap - b->len >= n + 2 || textbuf_reserve(b, n + 2))) {
        char *out = b->data + b->len;
        out[0] = '"';
        while (i < n && json_plain(p[i])) {
            out[1 + i] = (char)p[i];
            i++;
        }
        if (i == n) {
            out[1 + n] = '"';
            b->len += n + 2;
            return;
        }
        b->len += 1 + i;
    } else {
        textbuf_putc(b, '"');
    }
    while (i < n) {
        unsigned char c = p[i];
        if (json_plain(c)) {
            size_t j = i + 1; /* copy a run of plain bytes at once */
            while (j < n && json_plain(p[j]))
                j++;
            textbuf_put(b, s + i, j - i);
            i = j;
            continue;
        }
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        }
        if (esc) {
            textbuf_put(b, esc, 2);
            i++;
        } else if (c < 0x20 || c == 0x7F) {
            textbuf_printf(b, "\\u%04x", c);
            i++;
        } else {
            int len = utf8_len(p + i, n - i);
            if (len == 0) {
                textbuf_put(b, "\\ufffd", 6);
                i++;
            } else {
                textbuf_put(b, s + i, (size_t)len);
                i += (size_t)len;
            }
        }
    }
    textbuf_putc(b, '"');
}

/* `key` is the literal ",\"name\":" */
static void json_key_str(struct textbuf *b, const char *key, const char *v)
{
    textbuf_puts(b, key);
    figure_json_string(b, v, strlen(v));
}

static void json_key_num(struct textbuf *b, const char *key, double v)
{
    char buf[40];
    textbuf_puts(b, key);
    textbuf_puts(b, figure_format_number(buf, sizeof buf, v));
}

static void json_key_int(struct textbuf *b, const char *key, long long v)
{
    char buf[INTEGER_ROOM], *end = buf + sizeof buf;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    char *at = integer_before(end, u, v < 0, 0);
    textbuf_puts(b, key);
    textbuf_put(b, at, (size_t)(end - at));
}

int figure_format_jsonl(struct textbuf *b, const char *doc,
                        const struct figure *figures, size_t count,
                        const char *text)
{
    for (size_t i = 0; i < count; i++) {
        const struct figure *f = &figures[i];
        textbuf_puts(b, "{\"doc\":");
        figure_json_string(b, doc ? doc : "", doc ? strlen(doc) : 0);
        json_key_int(b, ",\"start\":", f->start);
        json_key_int(b, ",\"end\":", f->end);
        if (text && f->end >= f->start) {
            textbuf_puts(b, ",\"text\":");
            figure_json_string(b, text + f->start, f->end - f->start);
        }
        json_key_num(b, ",\"value\":", f->value);
        if (!isnan(f->low))
            json_key_num(b, ",\"low\":", f->low);
        if (!isnan(f->high))
            json_key_num(b, ",\"high\":", f->high);
        if (f->unit)
            json_key_str(b, ",\"unit\":", f->unit);
        if (f->noun)
            json_key_str(b, ",\"noun\":", f->noun);
        textbuf_puts(b, f->implicit ? ",\"implicit\":true"
                                    : ",\"implicit\":false");
        if (f->approx)
            json_key_str(b, ",\"approx\":", f->approx);
        if (f->role)
            json_key_str(b, ",\"role\":", f->role);
        if (f->period)
            json_key_int(b, ",\"period\":", f->period);
        if (f->subject)
            json_key_str(b, ",\"subject\":", f->subject);
        if (f->metric)
            json_key_str(b, ",\"metric\":", f->metric);
        if (f->pair >= 0)
            json_key_int(b, ",\"pair\":", f->pair);
        textbuf_put(b, "}\n", 2);
    }
    return b->failed ? -1 : 0;
}

static void csv_field(struct textbuf *b, const char *s, size_t n)
{
    bool quote = false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        textbuf_put(b, s, n);
        return;
    }
    textbuf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            textbuf_putc(b, '"');
        textbuf_putc(b, s[i]);
    }
    textbuf_putc(b, '"');
}

static void csv_str(struct textbuf *b, const char *s)
{
    textbuf_putc(b, ',');
    if (s)
        csv_field(b, s, strlen(s));
}

static void csv_num(struct textbuf *b, double v)
{
    char buf[40];
    textbuf_putc(b, ',');
    if (!isnan(v))
        textbuf_puts(b, figure_format_number(buf, sizeof buf, v));
}

int figure_format_csv_header(struct textbuf *b)
{
    textbuf_puts(b, "doc,start,end,text,value,low,high,unit,noun,implicit,"
                    "approx,role,period,subject,metric,pair\r\n");
    return b->failed ? -1 : 0;
}

int figure_format_csv(struct textbuf *b, const char *doc,
                      const struct figure *figures, size_t count,
                      const char *text)
{
    for (size_t i = 0; i < count; i++) {
        const struct figure *f = &figures[i];
        if (doc)
            csv_field(b, doc, strlen(doc));
        textbuf_printf(b, ",%u,%u,", f->start, f->end);
        if (text)
            csv_field(b, text + f->start, f->end - f->start);
        csv_num(b, f->value);
        csv_num(b, f->low);
        csv_num(b, f->high);
        csv_str(b, f->unit);
        csv_str(b, f->noun);
        csv_str(b, f->implicit ? "true" : "false");
        csv_str(b, f->approx);
        csv_str(b, f->role);
        textbuf_putc(b, ',');
        if (f->period)
            textbuf_printf(b, "%d", f->period);
        csv_str(b, f->subject);
        csv_str(b, f->metric);
        textbuf_putc(b, ',');
        if (f->pair >= 0)
            textbuf_printf(b, "%d", f->pair);
        textbuf_put(b, "\r\n", 2);
    }
    return b->failed ? -1 : 0;
}

/* Up to `max` bytes of s on one line, cut at a UTF-8 boundary. */
static void one_line(struct textbuf *b, const char *s, size_t n, size_t max)
{
    size_t i = 0;
    while (i < n && i < max) {
        int len = utf8_len((const unsigned char *)s + i, n - i);
        if (len == 0) {
            textbuf_putc(b, '?');
            i++;
            continue;
        }
        if (i + (size_t)len > max)
            break;
        unsigned char c = (unsigned char)s[i];
        textbuf_putc(b, c < 0x20 ? ' ' : (char)c);
        if (len > 1)
            textbuf_put(b, s + i + 1, (size_t)len - 1);
        i += (size_t)len;
    }
    if (i < n)
        textbuf_put(b, "...", 3);
}

int figure_format_table(struct textbuf *b, const char *doc,
                        const struct figure *figures, size_t count,
                        const char *text)
{
    if (doc && count)
        textbuf_printf(b, "== %s (%zu figures)\n", doc, count);
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
        textbuf_printf(b, "%-13s %18s %-6s %-8s %-6s %4d ", span, value,
                       f->unit ? f->unit : "", f->approx ? f->approx : "",
                       f->role ? f->role : "", f->period);
        textbuf_printf(b, "%-12.12s %-28.28s ", f->subject ? f->subject : "",
                       f->metric ? f->metric : "");
        if (text)
            one_line(b, text + f->start, f->end - f->start, 60);
        if (f->noun) {
            textbuf_put(b, "  [", 3);
            one_line(b, f->noun, strlen(f->noun), 40);
            textbuf_putc(b, ']');
        }
        if (f->pair >= 0)
            textbuf_printf(b, "  pair=%d", f->pair);
        if (f->implicit)
            textbuf_puts(b, "  implicit");
        textbuf_putc(b, '\n');
    }
    return b->failed ? -1 : 0;
}

/* ---- the same, to a FILE ---------------------------------------------- */

static int write_out(FILE *out, struct textbuf *b, int status)
{
    if (status == 0 && b->len && fwrite(b->data, 1, b->len, out) != b->len)
        status = -1;
    textbuf_free(b);
    return status != 0 || ferror(out) ? -1 : 0;
}

typedef int format_fn(struct textbuf *, const char *, const struct figure *,
                      size_t, const char *);

static int write_with(format_fn *format, FILE *out, const char *doc,
                      const struct figure *figures, size_t count,
                      const char *text)
{
    struct textbuf b;
    textbuf_init(&b);
    return write_out(out, &b, format(&b, doc, figures, count, text));
}

int figure_write_jsonl(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text)
{
    return write_with(figure_format_jsonl, out, doc, figures, count, text);
}

int figure_write_csv(FILE *out, const char *doc, const struct figure *figures,
                     size_t count, const char *text)
{
    return write_with(figure_format_csv, out, doc, figures, count, text);
}

int figure_write_table(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text)
{
    return write_with(figure_format_table, out, doc, figures, count, text);
}

int figure_write_csv_header(FILE *out)
{
    struct textbuf b;
    textbuf_init(&b);
    return write_out(out, &b, figure_format_csv_header(&b));
}

void figure_write_json_string(FILE *out, const char *s, size_t n)
{
    struct textbuf b;
    textbuf_init(&b);
    figure_json_string(&b, s, n);
    write_out(out, &b, 0);
}
