/*
** figure_format.c: the JSON Lines, CSV and table writers (see the header).
**
** Writers append to a textbuf (core/textbuf.h), not to stdio: a figure is
** a dozen short pieces, and a stdio call per piece cost more than finding
** the figure.  The FILE functions format into a buffer and write it once.
**
** The JSON Lines writer is the one `wicrun extract` runs by default, once
** per figure, so it writes a line with plain pointer stores: it makes room
** for the whole line first (make_room), copies keys as literals of known
** length, and copies the string fields that repeat from line to line (the
** doc, unit, role, the article's subject) from a cache instead of escaping
** them again (struct string_field), and the period from the line before
** (struct period_field).
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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Room put_number needs: the longest number it prints,
** "-1.2345678901234567e-308", is 24 bytes, and snprintf adds a NUL. */
#define NUMBER_ROOM 32

/* `n` bytes of `s` at out; returns their end.  With a constant n (keys,
** see LITERAL) the copy compiles to a few stores. */
static inline char *put_bytes(char *out, const char *s, size_t n)
{
    memcpy(out, s, n);
    return out + n;
}

/* A string literal and its length, for put_bytes and field_keys. */
#define LITERAL(s) s, sizeof s - 1

/* 10^0 to 10^19: every power of ten a uint64_t holds. */
/* clang-format off */
static const uint64_t pow10_integer[20] = {
    1u, 10u, 100u,
    1000u, 10000u, 100000u,
    1000000u, 10000000u, 100000000u,
    1000000000u, 10000000000u, 100000000000u,
    1000000000000u, 10000000000000u, 100000000000000u,
    1000000000000000u, 10000000000000000u, 100000000000000000u,
    1000000000000000000u, 10000000000000000000u,
};
/* clang-format on */

/* "00" to "99": integers are written two digits at a time. */
static const char digit_pairs[] = "0001020304050607080910111213141516171819"
                                  "2021222324252627282930313233343536373839"
                                  "4041424344454647484950515253545556575859"
                                  "6061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

/* v / 100 for every v below 43,699, with a multiply instead of a
** division: 5243 / 2^19 is just above 1/100. */
static inline uint32_t hundreds(uint32_t v)
{
    return v * 5243 >> 19;
}

/* The four digits of v < 10000, with leading zeros, at out. */
static void put_four_digits(char *out, uint32_t v)
{
    uint32_t high = hundreds(v), low = v - high * 100;
    memcpy(out, digit_pairs + high * 2, 2);
    memcpy(out + 2, digit_pairs + low * 2, 2);
}

/* The digits of v < 10000 at out (offsets and years are mostly this
** short); returns their end. */
static inline char *put_small_uint(char *out, uint32_t v)
{
    if (v < 10) {
        *out = (char)('0' + v);
        return out + 1;
    }
    if (v < 100)
        return put_bytes(out, digit_pairs + v * 2, 2);
    uint32_t high = hundreds(v), low = v - high * 100;
    if (high < 10)
        *out++ = (char)('0' + high);
    else
        out = put_bytes(out, digit_pairs + high * 2, 2);
    return put_bytes(out, digit_pairs + low * 2, 2);
}

/* put_uint for v >= 10000, in groups of four digits with no loop and no
** count of the digits first: v below 10^8 is its first one to four
** digits and four more; a larger v is the digits of v / 10^8 (written
** the same way, one step more at most, as v < 2^64 < 10^20) and eight
** more. */
static char *put_large_uint(char *out, uint64_t v)
{
    if (v < 100000000u) {
        uint32_t high = (uint32_t)v / 10000, low = (uint32_t)v - high * 10000;
        out = put_small_uint(out, high);
        put_four_digits(out, low);
        return out + 4;
    }
    uint64_t top = v / 100000000u;
    uint32_t eight = (uint32_t)(v - top * 100000000u);
    out = top < 10000 ? put_small_uint(out, (uint32_t)top)
                      : put_large_uint(out, top);
    uint32_t high = eight / 10000;
    put_four_digits(out, high);
    put_four_digits(out + 4, eight - high * 10000);
    return out + 8;
}

/* The digits of v at out (no printf: this runs for every start, end and
** value); returns their end. */
static inline char *put_uint(char *out, uint64_t v)
{
    if (v < 10000)
        return put_small_uint(out, (uint32_t)v);
    return put_large_uint(out, v);
}

static char *put_int(char *out, long long v)
{
    if (v < 0) {
        *out++ = '-';
        return put_uint(out, -(uint64_t)v);
    }
    return put_uint(out, (uint64_t)v);
}

/* r with a decimal point `point` digits from the right (1 to 19), and
** the zeros that needs: 5 with point 2 is "0.05". */
static char *put_decimal(char *out, uint64_t r, int point)
{
    uint64_t scale = pow10_integer[point], fraction = r % scale;
    out = put_uint(out, r / scale);
    *out++ = '.';
    char *end = out + point;
    for (char *at = end; at > out; fraction /= 10)
        *--at = (char)('0' + fraction % 10);
    return end;
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

/* put_number for what is not an integer below 1e17: NaN, infinities
** and fractions.  Not inlined, so that the integers, most values, are
** written without a call. */
__attribute__((noinline)) static char *put_other_number(char *out, double v)
{
    if (!isfinite(v))
        return put_bytes(out, LITERAL("null"));
    uint64_t r;
    int d = decimal_digits(fabs(v), &r);
    if (d) {
        if (v < 0)
            *out++ = '-';
        return put_decimal(out, r, d);
    }
    /* Numbers read from text have at most 15 significant digits, so %.15g
    ** (which drops trailing zeros) almost always reads back exactly; only
    ** computed values need 16 or 17. */
    for (int p = 15; p <= 17; p++) {
        snprintf(out, NUMBER_ROOM, "%.*g", p, v);
        if (strtod(out, NULL) == v)
            break;
    }
    return out + strlen(out);
}

/* `v` as the writers print it at out (NUMBER_ROOM bytes); returns the
** end, with no NUL. */
static inline char *put_number(char *out, double v)
{
    double a = fabs(v);
    /* the cast drops any fraction, so a is integral when it comes back
    ** (below 1e17 < 2^63 the cast is exact, and signed is one
    ** instruction); NaN and infinities fail the first test */
    if (a < 1e17 && (double)(int64_t)a == a) {
        if (v < 0) /* not for -0.0, which prints as "0" */
            *out++ = '-';
        return put_uint(out, (uint64_t)(int64_t)a);
    }
    return put_other_number(out, v);
}

char *figure_format_number(char *buf, size_t size, double v)
{
    char number[NUMBER_ROOM];
    size_t len = (size_t)(put_number(number, v) - number);
    if (len >= size)
        len = size ? size - 1 : 0;
    memcpy(buf, number, len);
    if (size)
        buf[len] = '\0';
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
** '\\'.  A table, because put_any_json_chars asks it of each byte it does
** not test by the word. */
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

#define EVERY_BYTE(c) (0x0101010101010101u * (c))

/* The high bit of each byte of x that is zero (and maybe of bytes after
** a zero one): nonzero exactly when x has a zero byte. */
static inline uint64_t zero_bytes(uint64_t x)
{
    return (x - EVERY_BYTE(1)) & ~x & EVERY_BYTE(0x80);
}

/* The bytes of w that are not plain (json_plain_byte), all 8 tested at
** once: zero when w can be copied as it is.  A byte from 0x80 up has its
** high bit set in w.  Otherwise no byte carries into the next when 1 is
** added to each, and only 0x7F reaches the high bit; and a byte below
** 0x20 borrows into its high bit when 0x20 is taken from each (the lowest
** such byte does, whatever the bytes above do). */
static inline uint64_t not_plain_bytes(uint64_t w)
{
    uint64_t not_plain =
        ((w - EVERY_BYTE(0x20)) | w | (w + EVERY_BYTE(1))) & EVERY_BYTE(0x80);
    not_plain |= zero_bytes(w ^ EVERY_BYTE('"'));
    not_plain |= zero_bytes(w ^ EVERY_BYTE('\\'));
    return not_plain;
}

static inline uint64_t load_word(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

/* The escape of an ASCII byte that is not plain, at out. */
static char *put_escape(char *out, unsigned char c)
{
    char letter = 0;
    switch (c) {
    case '"': letter = '"'; break;
    case '\\': letter = '\\'; break;
    case '\n': letter = 'n'; break;
    case '\r': letter = 'r'; break;
    case '\t': letter = 't'; break;
    case '\b': letter = 'b'; break;
    case '\f': letter = 'f'; break;
    }
    if (letter) {
        out[0] = '\\';
        out[1] = letter;
        return out + 2;
    }
    static const char hex[] = "0123456789abcdef";
    out = put_bytes(out, LITERAL("\\u00"));
    out[0] = hex[c >> 4];
    out[1] = hex[c & 15];
    return out + 2;
}

/* The longest escape of one byte ("\u001f", "\ufffd"): a JSON string of
** n bytes takes at most JSON_PER_BYTE * n bytes and its quotes. */
#define JSON_PER_BYTE 6

/* put_json_chars for any string: 8 bytes at a time while they are plain,
** then byte by byte up to the next byte that needs escaping.  The last
** bytes of a long string are the word that ends it, which overlaps the
** word before.  Not inlined: in put_json_chars it would make every call
** save the registers this loop needs. */
__attribute__((noinline)) static char *put_any_json_chars(char *out,
                                                          const char *s,
                                                          size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    for (;;) {
        bool after_word = false;
        while (n - i >= 8) {
            uint64_t w = load_word(p + i);
            if (not_plain_bytes(w))
                break;
            out = put_bytes(out, s + i, 8);
            i += 8;
            after_word = true;
        }
        if (after_word && i < n && n - i < 8) {
            /* the word that ends the string starts in the one just
            ** copied, which went out unchanged */
            uint64_t w = load_word(p + n - 8);
            if (not_plain_bytes(w) == 0) {
                memcpy(out - (8 - (n - i)), &w, 8);
                return out + (n - i);
            }
        }
        while (i < n && json_plain_byte[p[i]])
            *out++ = (char)p[i++];
        if (i == n)
            return out;
        if (p[i] < 0x80) {
            out = put_escape(out, p[i]);
            i++;
            continue;
        }
        int len = utf8_len(p + i, n - i);
        if (len == 0) {
            out = put_bytes(out, LITERAL("\\ufffd"));
            i++;
        } else {
            for (int k = 0; k < len; k++)
                *out++ = (char)p[i++];
        }
    }
}

/* 4 to 7 bytes as two half words that overlap, when they are all plain:
** returns whether it wrote them. */
static inline bool put_plain_half_words(char *out, const unsigned char *p,
                                        size_t n)
{
    uint32_t head, tail;
    memcpy(&head, p, 4);
    memcpy(&tail, p + n - 4, 4);
    if (not_plain_bytes((uint64_t)head << 32 | tail) != 0)
        return false;
    memcpy(out, &head, 4);
    memcpy(out + n - 4, &tail, 4);
    return true;
}

#ifdef __SSE2__
/* A bit for each of the 16 bytes of v, set when the byte is plain
** (json_plain_byte).  One signed compare finds the printable ones: plus
** 1, the bytes 0x20 to 0x7E are 0x21 to 0x7F, above 0x20, and the others
** wrap to 0x80 (-128) and up to 0x00, or stay at most 0x20. */
static inline int plain_bits16(__m128i v)
{
    __m128i printable = _mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(1)),
                                       _mm_set1_epi8(0x20));
    __m128i escaped = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                   _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return _mm_movemask_epi8(_mm_andnot_si128(escaped, printable));
}

/* Is any of the 16 bytes of v not plain? */
static inline bool any_not_plain16(__m128i v)
{
    return plain_bits16(v) != 0xFFFF;
}

/* Is any of the low 8 bytes of v not plain? */
static inline bool any_not_plain8(__m128i v)
{
    return (plain_bits16(v) & 0xFF) != 0xFF;
}

/* `n` bytes of `s` escaped for a JSON string (no quotes) at out, which
** has JSON_PER_BYTE * n bytes of room; returns the end.
**
** Strings are mostly plain ASCII and short ("$801.22 mln", "Zhejiang"):
** 16 bytes are checked and copied at a time, the last 16 ending at the
** end of the string (overlapping the block before: plain bytes go out
** where they came in, so writing them twice writes the same); from 8 to
** 15 bytes, two words that overlap are checked as one block, from 4 to
** 7 two half words, and the units of one to three bytes ("%", "x",
** "USD") byte by byte.  No loop for most strings, and no call. */
static inline char *put_json_chars(char *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n >= 16) {
        for (size_t i = 0;; i += 16) {
            if (n - i < 16)
                i = n - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            if (any_not_plain16(v))
                return put_any_json_chars(out + i, s + i, n - i);
            _mm_storeu_si128((__m128i *)(out + i), v);
            if (i == n - 16)
                return out + n;
        }
    }
    if (n >= 8) {
        __m128i head = _mm_loadl_epi64((const __m128i *)p);
        __m128i tail = _mm_loadl_epi64((const __m128i *)(p + n - 8));
        if (!any_not_plain16(_mm_unpacklo_epi64(head, tail))) {
            _mm_storel_epi64((__m128i *)out, head);
            _mm_storel_epi64((__m128i *)(out + n - 8), tail);
            return out + n;
        }
    } else if (n >= 4) {
        uint32_t head, tail;
        memcpy(&head, p, 4);
        memcpy(&tail, p + n - 4, 4);
        if (!any_not_plain8(_mm_unpacklo_epi32(_mm_cvtsi32_si128((int)head),
                                               _mm_cvtsi32_si128((int)tail)))) {
            memcpy(out, &head, 4);
            memcpy(out + n - 4, &tail, 4);
            return out + n;
        }
    } else if (n == 0) {
        return out;
    } else if (json_plain_byte[p[0]] && json_plain_byte[p[n / 2]] &&
               json_plain_byte[p[n - 1]]) {
        /* bytes 0, n / 2 and n - 1 are all the bytes of 1 to 3 */
        out[0] = (char)p[0];
        out[n / 2] = (char)p[n / 2];
        out[n - 1] = (char)p[n - 1];
        return out + n;
    }
    return put_any_json_chars(out, s, n);
}
#else
/* `n` bytes of `s` escaped for a JSON string (no quotes) at out, which
** has JSON_PER_BYTE * n bytes of room; returns the end.
**
** Strings are mostly plain ASCII, checked 8 bytes at a time (a third of
** the work of asking json_plain_byte byte by byte), and short ("$801.22
** mln", "Zhejiang"): from 4 to 16 bytes they are checked and copied as
** two words (or half words) that overlap, with no loop and no call. */
static inline char *put_json_chars(char *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n >= 8 && n <= 16) {
        uint64_t head = load_word(p), tail = load_word(p + n - 8);
        if ((not_plain_bytes(head) | not_plain_bytes(tail)) == 0) {
            memcpy(out, &head, 8);
            memcpy(out + n - 8, &tail, 8);
            return out + n;
        }
    } else if (n >= 4 && n < 8 && put_plain_half_words(out, p, n)) {
        return out + n;
    }
    return put_any_json_chars(out, s, n);
}
#endif

void figure_json_string(struct textbuf *b, const char *s, size_t n)
{
    if (n > SIZE_MAX / (2 * JSON_PER_BYTE)) {
        b->failed = true;
        return;
    }
    if (!textbuf_reserve(b, JSON_PER_BYTE * n + 2))
        return;
    char *out = b->data + b->len;
    *out++ = '"';
    out = put_json_chars(out, s, n);
    *out++ = '"';
    b->len = (size_t)(out - b->data);
}

/* ---- JSON Lines ---------------------------------------------------------- */

/* Room a cached string field takes: its key, quotes and value.  Longer
** ones are escaped on every line. */
#define FIELD_ROOM 64

/* Room for a key (the longest, ",\"subject\":", is 11 bytes), copied whole. */
#define KEY_ROOM 16

/* The string fields of a line. */
enum {
    FIELD_DOC,
    FIELD_UNIT,
    FIELD_NOUN,
    FIELD_APPROX,
    FIELD_ROLE,
    FIELD_SUBJECT,
    FIELD_METRIC,
    FIELDS
};

static const struct {
    const char *key;
    size_t len;
} field_keys[FIELDS] = {
    [FIELD_DOC] = {LITERAL("{\"doc\":")},
    [FIELD_UNIT] = {LITERAL(",\"unit\":")},
    [FIELD_NOUN] = {LITERAL(",\"noun\":")},
    [FIELD_APPROX] = {LITERAL(",\"approx\":")},
    [FIELD_ROLE] = {LITERAL(",\"role\":")},
    [FIELD_SUBJECT] = {LITERAL(",\"subject\":")},
    [FIELD_METRIC] = {LITERAL(",\"metric\":")},
};

/* What every line of one call starts with, {"doc":"...","start":, made
** once a call: the doc is the same on every line. */
#define HEAD_ROOM 96
struct line_head {
    size_t len; /* 0 when too long: then each line writes the doc field */
    char bytes[HEAD_ROOM];
};

static void line_head_init(struct line_head *head, const char *doc)
{
    /* room for the key, the quotes and a doc of HEAD_ROOM bytes escaped */
    char line[32 + JSON_PER_BYTE * HEAD_ROOM] = {0};
    size_t n = strlen(doc);
    head->len = 0;
    if (n > HEAD_ROOM)
        return;
    char *end = put_bytes(line, LITERAL("{\"doc\":\""));
    end = put_json_chars(end, doc, n);
    end = put_bytes(end, LITERAL("\",\"start\":"));
    if ((size_t)(end - line) <= HEAD_ROOM) {
        memcpy(head->bytes, line, HEAD_ROOM);
        head->len = (size_t)(end - line);
    }
}

/* Room a line needs besides its text and its uncached strings: keys,
** punctuation and four integers (under 256 bytes), three numbers, the
** cached string fields and the head. */
#define LINE_ROOM (256 + 3 * NUMBER_ROOM + FIELDS * FIELD_ROOM + HEAD_ROOM)

/* A string field as a line wrote it, key and quotes included
** (",\"unit\":\"USD\""), to copy instead of escaping it again. */
struct cached_string {
    size_t len;
    char bytes[FIELD_ROOM];
};

/* Strings a field remembers (a power of two): an article mixes about ten
** units, and with 8 slots a third of the unit lookups missed; with 32
** the misses are mostly each string's first use. */
#define SLOT_BITS 5
#define SLOTS (1 << SLOT_BITS)

/* The strings one field wrote in this call, found by their address: the
** doc, unit, role and approx are static strings, the same pointer on
** every line, and a run of figures shares its subject's copy.  Within
** one call the strings the figures point to do not change, so the same
** pointer is the same string.  Metrics are copied per figure, so the
** value of the line before is also compared by its bytes. */
struct string_field {
    char key[KEY_ROOM];
    size_t key_len;
    size_t last; /* the slot of the line before's value */
    /* the string each slot holds (NULL: none), apart from the slots so
    ** that a call clears them with one memset */
    const char *value[SLOTS];
    struct cached_string slot[SLOTS];
};

static void string_field_init(struct string_field *field, const char *key,
                              size_t key_len)
{
    memset(field->key, 0, sizeof field->key);
    memcpy(field->key, key, key_len);
    field->key_len = key_len;
    memset(field->value, 0, sizeof field->value);
    field->last = 0;
}

/* Where s is cached, if it is: the address's bits, mixed (Fibonacci
** hashing) so that strings a few bytes apart take different slots. */
static size_t slot_for(const char *s)
{
    uint64_t mixed = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15u;
    return (size_t)(mixed >> (64 - SLOT_BITS));
}

/* out, with room in b for n more bytes and the rest of the line
** (LINE_ROOM) after them; NULL when memory ran out.  A line makes room
** at its start and before each string that is not cached, and nowhere
** else: everything else fits in LINE_ROOM. */
static char *make_room(struct textbuf *b, char *out, size_t n)
{
    size_t len = (size_t)(out - b->data);
    if (b->cap - len >= n + LINE_ROOM)
        return out;
    b->len = len;
    if (n > SIZE_MAX / 4 || !textbuf_reserve(b, n + LINE_ROOM))
        return NULL;
    return b->data + len;
}

/* put_field for a string not in the cache: escape it, and cache it in
** slot k (slot_for(s)) when it is short enough. */
static char *put_new_field(struct textbuf *b, char *out,
                           struct string_field *field, size_t k, const char *s)
{
    size_t n = strlen(s);
    if (n > SIZE_MAX / (2 * JSON_PER_BYTE) ||
        !(out = make_room(b, out, KEY_ROOM + 2 + JSON_PER_BYTE * n)))
        return NULL;
    /* fixed-size copies (a few moves each): the room is there */
    memcpy(out, field->key, KEY_ROOM);
    char *end = out + field->key_len;
    *end++ = '"';
    end = put_json_chars(end, s, n);
    *end++ = '"';
    size_t len = (size_t)(end - out);
    if (len <= FIELD_ROOM) {
        field->value[k] = s;
        field->slot[k].len = len;
        memcpy(field->slot[k].bytes, out, FIELD_ROOM);
        field->last = k;
    }
    return end;
}

/* The field's key and the JSON string `s` at out; NULL when memory ran
** out. */
static inline char *put_field(struct textbuf *b, char *out,
                              struct string_field *field, const char *s)
{
    size_t k = slot_for(s);
    if (field->value[k] != s) {
        /* the first byte tells most strings apart, without a call */
        const char *last = field->value[field->last];
        if (!last || last[0] != s[0] || strcmp(last, s) != 0)
            return put_new_field(b, out, field, k, s);
        k = field->last;
    }
    field->last = k;
    const struct cached_string *c = &field->slot[k];
    /* the whole entry: a fixed-size copy is a few moves, and the line's
    ** room counts FIELD_ROOM for each field */
    memcpy(out, c->bytes, FIELD_ROOM);
    return out + c->len;
}

/* put_field for an optional field: nothing when s is NULL. */
static inline char *put_optional(struct textbuf *b, char *out,
                                 struct string_field *field, const char *s)
{
    return s ? put_field(b, out, field, s) : out;
}

/* Room for the period field: its key (10 bytes) and an int (11). */
#define PERIOD_ROOM 24

/* The period field as the line before wrote it (",\"period\":2018"): a
** run of figures shares its year (two lines in three), and a copy costs
** fewer instructions than the digits. */
struct period_field {
    int value; /* 0 until a line has one (0 is never written) */
    size_t len;
    char bytes[PERIOD_ROOM];
};

/* One figure's line at out, which has LINE_ROOM; returns its end, or
** NULL when memory ran out. */
static char *put_line(struct textbuf *b, char *out, struct string_field *fields,
                      const struct line_head *head,
                      struct period_field *period, const char *doc,
                      const struct figure *f, const char *text)
{
    if (head->len) {
        /* fixed-size: a few moves, a third of them for most heads */
        if (head->len <= HEAD_ROOM / 3)
            memcpy(out, head->bytes, HEAD_ROOM / 3);
        else
            memcpy(out, head->bytes, HEAD_ROOM);
        out += head->len;
    } else {
        out = put_field(b, out, &fields[FIELD_DOC], doc);
        if (!out)
            return NULL;
        out = put_bytes(out, LITERAL(",\"start\":"));
    }
    out = put_uint(out, f->start);
    out = put_bytes(out, LITERAL(",\"end\":"));
    out = put_uint(out, f->end);
    if (text && f->end >= f->start) {
        size_t n = f->end - f->start;
        if (!(out = make_room(b, out, JSON_PER_BYTE * n)))
            return NULL;
        out = put_bytes(out, LITERAL(",\"text\":\""));
        out = put_json_chars(out, text + f->start, n);
        *out++ = '"';
    }
    out = put_bytes(out, LITERAL(",\"value\":"));
    out = put_number(out, f->value);
    if (!isnan(f->low)) {
        out = put_bytes(out, LITERAL(",\"low\":"));
        out = put_number(out, f->low);
    }
    if (!isnan(f->high)) {
        out = put_bytes(out, LITERAL(",\"high\":"));
        out = put_number(out, f->high);
    }
    if (!(out = put_optional(b, out, &fields[FIELD_UNIT], f->unit)) ||
        !(out = put_optional(b, out, &fields[FIELD_NOUN], f->noun)))
        return NULL;
    if (f->implicit)
        out = put_bytes(out, LITERAL(",\"implicit\":true"));
    else
        out = put_bytes(out, LITERAL(",\"implicit\":false"));
    if (!(out = put_optional(b, out, &fields[FIELD_APPROX], f->approx)) ||
        !(out = put_optional(b, out, &fields[FIELD_ROLE], f->role)))
        return NULL;
    if (f->period) {
        if (f->period != period->value) {
            char *end = put_bytes(period->bytes, LITERAL(",\"period\":"));
            period->len = (size_t)(put_int(end, f->period) - period->bytes);
            period->value = f->period;
        }
        memcpy(out, period->bytes, PERIOD_ROOM);
        out += period->len;
    }
    if (!(out = put_optional(b, out, &fields[FIELD_SUBJECT], f->subject)) ||
        !(out = put_optional(b, out, &fields[FIELD_METRIC], f->metric)))
        return NULL;
    if (f->pair >= 0) {
        out = put_bytes(out, LITERAL(",\"pair\":"));
        out = put_uint(out, (uint64_t)f->pair);
    }
    return put_bytes(out, LITERAL("}\n"));
}

/* What a line takes on average, to make room for a whole article at
** once (lines are about 190 bytes): growing the buffer as it filled
** copied it four times an article. */
#define LINE_GUESS 256

int figure_format_jsonl(struct textbuf *b, const char *doc,
                        const struct figure *figures, size_t count,
                        const char *text)
{
    if (count == 0)
        return b->failed ? -1 : 0;
    if (count > SIZE_MAX / (4 * LINE_GUESS)) {
        b->failed = true;
        return -1;
    }
    if (!textbuf_reserve(b, count * LINE_GUESS + LINE_ROOM))
        return -1;
    struct string_field fields[FIELDS];
    for (int i = 0; i < FIELDS; i++)
        string_field_init(&fields[i], field_keys[i].key, field_keys[i].len);
    if (doc == NULL)
        doc = "";
    struct line_head head;
    line_head_init(&head, doc);
    struct period_field period = {0};
    for (size_t i = 0; i < count; i++) {
        char *out = make_room(b, b->data + b->len, 0);
        if (!out || !(out = put_line(b, out, fields, &head, &period, doc,
                                    &figures[i], text))) {
            b->failed = true; /* set already, unless a size overflowed */
            return -1;
        }
        b->len = (size_t)(out - b->data);
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
