/*
** test_format.c: the writers' output, byte for byte where it matters:
** field names and order, integers as integers, omitted absent fields,
** JSON escaping of anything, RFC 4180 quoting.
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "extract/figure.h"
#include "extract/figure_format.h"

static char *buf;
static size_t buf_len;

static FILE *open_buf(void)
{
    free(buf);
    buf = NULL;
    return open_memstream(&buf, &buf_len);
}

static void numbers(void)
{
    char b[40];
    CHECK_STR(figure_format_number(b, sizeof b, 37730000000.0), "37730000000",
              "integer, not 3.773e10");
    CHECK_STR(figure_format_number(b, sizeof b, 51.4), "51.4", "51.4");
    CHECK_STR(figure_format_number(b, sizeof b, 0.1 + 0.2),
              "0.30000000000000004", "shortest round trip");
    CHECK_STR(figure_format_number(b, sizeof b, -2.5), "-2.5", "negative");
    CHECK_STR(figure_format_number(b, sizeof b, 0.0), "0", "zero");
    CHECK_STR(figure_format_number(b, sizeof b, -0.0), "0", "minus zero");
    CHECK_STR(figure_format_number(b, sizeof b, 1e20), "1e+20",
              "huge values use an exponent");
    CHECK(strtod(figure_format_number(b, sizeof b, 1.0 / 3), NULL) == 1.0 / 3,
          "1/3 round-trips");
    CHECK_STR(figure_format_number(b, sizeof b, NAN), "null", "NaN is null");
    CHECK_STR(figure_format_number(b, sizeof b, INFINITY), "null",
              "inf is null");
}

/* The rule the writers promise, with printf: the shortest of %.15g,
** %.16g, %.17g that reads back (integers below 1e17 as integers). */
static void printf_rule(char *b, size_t size, double v)
{
    if (fabs(v) < 1e17 && v == floor(v)) {
        snprintf(b, size, "%.0f", v == 0 ? 0.0 : v);
        return;
    }
    for (int p = 15; p <= 17; p++) {
        snprintf(b, size, "%.*g", p, v);
        if (strtod(b, NULL) == v)
            return;
    }
}

/* figure_format_number finds short decimals without printf; it must give
** the printf rule's bytes for every value, short decimal or not. */
static void numbers_match_printf(void)
{
    static const double edge[] = {
        0.1,     0.2,    0.3,     51.4,    0.05,   0.0001, 0.00011,
        0.00009, 1.5e-5, 99999.99, 1e14 + 0.5, 123456789012.5,
        1e15 + 0.5, 9.999999999999999e13, 37.73, 5.41, 0.35, 2.675,
        1.0 / 3, 2.0 / 3, 1e-300, 4.35e15 + 2};
    char got[64], want[64];
    int bad = 0;
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        for (int sign = 0; sign < 2; sign++) {
            double v = sign ? -edge[i] : edge[i];
            figure_format_number(got, sizeof got, v);
            printf_rule(want, sizeof want, v);
            if (strcmp(got, want) != 0) {
                bad++;
                fprintf(stderr, "# %.17g: got %s, printf %s\n", v, got, want);
            }
        }
    CHECK(bad == 0, "edge values print as printf would");
    /* decimals as text has them: mantissa up to 15 digits, 0-8 decimals,
    ** and random doubles of every magnitude */
    uint64_t x = 88172645463325252u; /* xorshift64 */
    bad = 0;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        if (i % 2) {
            uint64_t digits = x % 1000000000000000u;
            v = (double)(digits >> (x % 40)) / pow(10, (double)((x >> 60) % 9));
        } else {
            uint64_t bits = x & 0x7FEFFFFFFFFFFFFFu;
            memcpy(&v, &bits, sizeof v);
        }
        figure_format_number(got, sizeof got, v);
        printf_rule(want, sizeof want, v);
        if (strcmp(got, want) != 0 && bad++ < 5)
            fprintf(stderr, "# %.17g: got %s, printf %s\n", v, got, want);
    }
    CHECK(bad == 0, "200,000 values print as printf would");
}

static void jsonl(void)
{
    const char *text = "Sales in Zhejiang reached 37.73 billion yuan "
                       "(US$5.41 billion) in 2018, up 5-6% year-on-year.";
    struct figure_list list;
    figure_list_init(&list);
    struct extract_options o = {0};
    o.year = 2019;
    figure_scan(text, strlen(text), &o, &list);
    CHECK(list.count == 3, "three figures");
    FILE *f = open_buf();
    CHECK(figure_write_jsonl(f, "a/b.txt", list.items, list.count, text) == 0,
          "jsonl written");
    fclose(f);
    const char *want =
        "{\"doc\":\"a/b.txt\",\"start\":26,\"end\":44,\"text\":\"37.73 "
        "billion yuan\",\"value\":37730000000,\"unit\":\"CNY\","
        "\"implicit\":false,\"role\":\"level\",\"period\":2018,"
        "\"subject\":\"Zhejiang\",\"metric\":\"sales\",\"pair\":1}\n"
        "{\"doc\":\"a/b.txt\",\"start\":46,\"end\":61,\"text\":\"US$5.41 "
        "billion\",\"value\":5410000000,\"unit\":\"USD\","
        "\"implicit\":false,\"role\":\"level\",\"period\":2018,"
        "\"subject\":\"Zhejiang\",\"metric\":\"sales\",\"pair\":0}\n"
        "{\"doc\":\"a/b.txt\",\"start\":75,\"end\":79,\"text\":\"5-6%\","
        "\"value\":5,\"low\":5,\"high\":6,\"unit\":\"%\","
        "\"implicit\":false,\"role\":\"change\",\"period\":2018,"
        "\"subject\":\"Zhejiang\",\"metric\":\"sales\"}\n";
    CHECK_STR(buf, want, "jsonl bytes");
    figure_list_free(&list);
}

static void escaping(void)
{
    FILE *f = open_buf();
    figure_write_json_string(f, "a\"b\\c\n\t\x01\x7f", 9);
    fclose(f);
    CHECK_STR(buf, "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\"", "control chars");
    f = open_buf();
    const char bad[] = "x\xff\xc3y\xe4\xb8\xad\xed\xa0\x80z";
    figure_write_json_string(f, bad, sizeof bad - 1);
    fclose(f);
    CHECK_STR(buf, "\"x\\ufffd\\ufffdy\xe4\xb8\xad\\ufffd\\ufffd\\ufffdz\"",
              "invalid UTF-8 becomes U+FFFD, valid kept");

    /* a figure whose doc name needs escaping */
    struct figure fig;
    memset(&fig, 0, sizeof fig);
    fig.start = 0;
    fig.end = 2;
    fig.value = 12;
    fig.low = fig.high = NAN;
    fig.pair = -1;
    fig.unit = "count";
    fig.noun = "say \"hi\"";
    f = open_buf();
    figure_write_jsonl(f, "dir/\"q\".txt", &fig, 1, "12 x");
    fclose(f);
    CHECK_STR(buf,
              "{\"doc\":\"dir/\\\"q\\\".txt\",\"start\":0,\"end\":2,"
              "\"text\":\"12\",\"value\":12,\"unit\":\"count\","
              "\"noun\":\"say \\\"hi\\\"\",\"implicit\":false}\n",
              "absent fields omitted, strings escaped");
}

static void csv(void)
{
    struct figure fig[2];
    memset(fig, 0, sizeof fig);
    fig[0].start = 0;
    fig[0].end = 5;
    fig[0].value = 1500;
    fig[0].low = fig[0].high = NAN;
    fig[0].unit = "count";
    fig[0].noun = "cats, dogs";
    fig[0].role = "level";
    fig[0].pair = -1;
    fig[1] = fig[0];
    fig[1].start = 6;
    fig[1].end = 9;
    fig[1].value = 2.5;
    fig[1].low = 2.5;
    fig[1].high = 3;
    fig[1].unit = "%";
    fig[1].noun = NULL;
    fig[1].metric = "say \"x\"";
    fig[1].period = 2018;
    fig[1].pair = 0;
    fig[1].implicit = true;
    FILE *f = open_buf();
    figure_write_csv_header(f);
    figure_write_csv(f, "d,1", fig, 2, "1,500 2.5%");
    fclose(f);
    CHECK_STR(buf,
              "doc,start,end,text,value,low,high,unit,noun,implicit,approx,"
              "role,period,subject,metric,pair\r\n"
              "\"d,1\",0,5,\"1,500\",1500,,,count,\"cats, dogs\",false,,"
              "level,,,,\r\n"
              "\"d,1\",6,9,2.5,2.5,2.5,3,%,,true,,level,2018,,"
              "\"say \"\"x\"\"\",0\r\n",
              "csv rows");
}

static void table(void)
{
    const char *text = "It cost $5 million and 3 percent.";
    struct figure_list list;
    figure_list_init(&list);
    figure_scan(text, strlen(text), NULL, &list);
    FILE *f = open_buf();
    figure_write_table(f, "t.txt", list.items, list.count, text);
    fclose(f);
    int lines = 0;
    for (const char *p = buf; *p; p++)
        lines += *p == '\n';
    CHECK(lines == 3, "a header and one line per figure");
    CHECK(strstr(buf, "5000000 USD") != NULL, "value then unit");
    CHECK(strstr(buf, "$5 million") != NULL, "span text shown");
    figure_list_free(&list);
}

/* The escape of one of the bytes escaping_edges puts in a string. */
static const char *edge_escape(unsigned char c, char *one)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case 0x1F: return "\\u001f";
    case 0x7F: return "\\u007f";
    case 0x80:
    case 0xFF: return "\\ufffd"; /* never valid UTF-8 alone */
    }
    one[0] = (char)c;
    one[1] = '\0';
    return one;
}

/* The bytes at the edges of the plain ones (json_plain_byte), alone in
** strings of plain letters of the lengths the writer checks in blocks
** (4-7, 8-15 and 16 bytes or more), at the start, inside and at the end:
** each must be escaped, and only it. */
static void escaping_edges(void)
{
    static const unsigned char edges[] = {0x1F, ' ',  '!',  '"',  '#', '[',
                                          '\\', ']',  0x7E, 0x7F, 0x80, 0xFF};
    static const size_t lengths[] = {4, 7, 8, 15, 16, 17, 31, 32, 40};
    int bad = 0;
    for (size_t e = 0; e < sizeof edges; e++)
        for (size_t l = 0; l < sizeof lengths / sizeof *lengths; l++) {
            size_t n = lengths[l];
            size_t places[] = {0, n / 2, n - 1};
            for (int k = 0; k < 3; k++) {
                char s[64], want[128], one[2];
                memset(s, 'a', n);
                s[places[k]] = (char)edges[e];
                snprintf(want, sizeof want, "\"%.*s%s%.*s\"",
                         (int)places[k], s, edge_escape(edges[e], one),
                         (int)(n - places[k] - 1), s + places[k] + 1);
                FILE *f = open_buf();
                figure_write_json_string(f, s, n);
                fclose(f);
                if (strcmp(buf, want) != 0) {
                    printf("# got %s, want %s\n", buf, want);
                    bad++;
                }
            }
        }
    CHECK(bad == 0, "bytes next to the plain ones escaped in any block");
}

/* Lines copy the period the line before wrote when it is the same: a
** change, an absent period and a return must all be written. */
static void periods(void)
{
    static const int period[] = {2018, 2018, 0, 2019, -5, 2018, 2018};
    enum { N = sizeof period / sizeof *period };
    struct figure fig[N];
    memset(fig, 0, sizeof fig);
    for (int i = 0; i < N; i++) {
        fig[i].start = 0;
        fig[i].end = 1;
        fig[i].value = i;
        fig[i].low = fig[i].high = NAN;
        fig[i].pair = -1;
        fig[i].period = period[i];
    }
    FILE *f = open_buf();
    figure_write_jsonl(f, "p", fig, N, NULL);
    fclose(f);
    CHECK_STR(buf,
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":0,"
              "\"implicit\":false,\"period\":2018}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":1,"
              "\"implicit\":false,\"period\":2018}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":2,"
              "\"implicit\":false}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":3,"
              "\"implicit\":false,\"period\":2019}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":4,"
              "\"implicit\":false,\"period\":-5}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":5,"
              "\"implicit\":false,\"period\":2018}\n"
              "{\"doc\":\"p\",\"start\":0,\"end\":1,\"value\":6,"
              "\"implicit\":false,\"period\":2018}\n",
              "periods written, repeated, changed and left out");
}

int main(void)
{
    numbers();
    numbers_match_printf();
    jsonl();
    escaping();
    escaping_edges();
    periods();
    csv();
    table();
    free(buf);
    return check_done();
}
