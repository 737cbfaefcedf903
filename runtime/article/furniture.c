/*
** furniture.c: the per-line furniture rules (see furniture.h).
**
** Every line goes through here, body paragraphs included, so the cost is
** kept to one look: line_shape() notes the few characters and keywords
** the rules of a short line depend on (in one AVX2 pass where the CPU has
** it, else with a keyword search, memchr and a word loop); each rule then
** starts with a test of those bits and most lines are rejected without
** another look.
** Lines longer than FURNITURE_SHORT are never looked at as a whole (no
** piece of furniture is that long): only their last bytes are checked for
** captions and editor or source tails, so a 100 MB line costs O(1) here.
** Order matters a little: datelines are tried before bylines, since
** "By X | Updated: ..." dates the page.
*/
#include "furniture.h"

#include <stdint.h>
#include <stdlib.h>

#include "date.h"
#include "dateline.h"
#include "source.h"
#include "textscan.h"

#define TAIL_WINDOW 100    /* how far from the end a tail may start */
#define CAPTION_WINDOW 200 /* how long a bracketed photo credit may be */

enum feature {
    F_CRUMB = 1 << 1,   /* > » › ＞  */
    F_PIPE = 1 << 2,
    F_LT = 1 << 3,
    F_WIDE = 1 << 4,    /* bytes >= 0x80 */
    F_FLASH = 1 << 5,   /* "flash player"        */
    F_SCRIPT = 1 << 6,  /* "javascript"          */
    F_COPY = 1 << 7,    /* "copyright" + ©/(c)/digit */
    F_RIGHTS = 1 << 8,  /* "all rights reserved" */
    F_ICP = 1 << 9,     /* "ICP"                 */
    F_CJK = 1 << 10,    /* a CJK ideograph (lead byte E4-E9) */
};

/* What the rules of a short line read, gathered once. */
struct shape {
    unsigned f;   /* enum feature bits */
    size_t colon; /* the first ':' or 0xEF (lead byte of '：'), or n */
};

#define HIGH_BITS 0x8080808080808080ULL /* of each byte of a word */

/* Only the rules for lines up to this long look at '>', '<' and '|'. */
#define PUNCTUATION_RULES_MAX 200

static const char *const kind_names[BP_KIND_COUNT] = {
    "none",     "breadcrumb", "dateline", "byline",  "caption", "links",
    "editor",   "source",     "copyright", "contact", "licence", "pager",
    "player",   "language",   "toolbar",  "field",   "credit",  "sponsors",
};

const char *furniture_kind_name(enum bp_kind kind)
{
    return (unsigned)kind < BP_KIND_COUNT ? kind_names[kind] : "?";
}

static int has(const char *s, size_t n, const char *needle)
{
    return ts_find(s, n, needle) < n;
}

static int has_ci(const char *s, size_t n, const char *needle)
{
    return ts_find_ci(s, n, needle) < n;
}

/* The keyword that may start at s[i], if s[i] starts a word. */
static void keyword(const char *s, size_t n, size_t i, unsigned *f)
{
    if (i > 0 && ts_is_alpha((unsigned char)s[i - 1]))
        return;
    switch (s[i]) {
    case 'F': case 'f':
        if (ts_starts_ci(s + i, n - i, "flash player"))
            *f |= F_FLASH;
        break;
    case 'J': case 'j':
        if (ts_starts_ci(s + i, n - i, "javascript"))
            *f |= F_SCRIPT;
        break;
    case 'C': case 'c':
        if (ts_starts_ci(s + i, n - i, "copyright")) {
            size_t k = ts_skip_space(s, n, i + 9);
            if (k < n && (ts_starts(s + k, n - k, "\xC2\xA9") ||
                          ts_starts_ci(s + k, n - k, "(c)") ||
                          ts_is_digit((unsigned char)s[k])))
                *f |= F_COPY;
        }
        break;
    case 'A': case 'a':
        if (ts_starts_ci(s + i, n - i, "all rights reserved"))
            *f |= F_RIGHTS;
        break;
    default:
        break;
    }
}

/* The keywords are found by Horspool's method: a window as long as the
** shortest keyword (9 bytes) slides along the line, and its last byte
** says how far it may jump without passing over the first nine bytes of
** a keyword ("copyrigh", "flash pl", "javascri", "all righ" before it).
** Most bytes of prose ('e', 't', 'n', digits) let it jump nine, so a line
** costs a table lookup per five or six bytes instead of a test per byte. */
#define KEYWORD_WINDOW 9
#define NINTH 0x80 /* the byte ends "copyright", "flash pla", "javascrip"
                   ** or "all right": look at the window's first byte */

/* For each byte, 1 + the last place (0-7) it has in the first eight bytes
** of a keyword, or 0 (ASCII letters in either case), with NINTH: the
** window ending on it may move KEYWORD_WINDOW minus that far. */
#define BOTH_CASES(c, v) [c] = (v), [(c) - 32] = (v)
static const unsigned char keyword_window[256] = {
    BOTH_CASES('f', 1), BOTH_CASES('j', 1), BOTH_CASES('o', 2),
    BOTH_CASES('v', 3), BOTH_CASES('y', 4), BOTH_CASES('a', 4 | NINTH),
    BOTH_CASES('s', 5), BOTH_CASES('c', 6), [' '] = 6,
    BOTH_CASES('p', 7 | NINTH), BOTH_CASES('r', 7), BOTH_CASES('g', 7),
    BOTH_CASES('i', 8), BOTH_CASES('h', 8), BOTH_CASES('l', 8),
    BOTH_CASES('t', NINTH),
};
#undef BOTH_CASES

static unsigned keywords(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned f = 0;
    size_t end = KEYWORD_WINDOW - 1;
    while (end < n) {
        size_t k = keyword_window[u[end]];
        if (k & NINTH) {
            /* the first letter that goes with this ninth one? */
            size_t start = end + 1 - KEYWORD_WINDOW;
            unsigned char first = ts_lower(u[start]), ninth = ts_lower(u[end]);
            if ((ninth == 't' && (first == 'c' || first == 'a')) ||
                (ninth == 'a' && first == 'f') || (ninth == 'p' && first == 'j'))
                keyword(s, n, start, &f);
            k &= ~(size_t)NINTH;
        }
        end = end + KEYWORD_WINDOW - k;
    }
    if (has(s, n, "ICP"))
        f |= F_ICP;
    return f;
}

/* Where the next byte >= 0x80 is in s[i..n), or n: ASCII is skipped 32,
** then 8 bytes at a time. */
static size_t next_wide(const unsigned char *u, size_t i, size_t n)
{
    uint64_t w[4];
    while (n - i >= 32) {
        memcpy(w, u + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & HIGH_BITS)
            break;
        i += 32;
    }
    while (n - i >= 8) {
        memcpy(w, u + i, 8);
        if (w[0] & HIGH_BITS)
            break;
        i += 8;
    }
    while (i < n && u[i] < 0x80)
        i++;
    return i;
}

/* The bits the byte >= 0x80 at s[i] gives (F_WIDE with the others). */
static unsigned wide_byte_features(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[i];
    unsigned f = F_WIDE;
    if (c >= 0xE4 && c <= 0xE9)
        f |= F_CJK;
    if ((c == 0xC2 && i + 1 < n && u[i + 1] == 0xBB) ||
        ts_starts(s + i, n - i, "\xE2\x80\xBA") ||
        ts_starts(s + i, n - i, "\xEF\xBC\x9E"))
        f |= F_CRUMB;
    return f;
}

/* The bits that bytes >= 0x80 give.  Most lines have none, and the
** ASCII between those of the others is skipped by the word. */
static unsigned wide_features(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned f = 0;
    for (size_t i = next_wide(u, 0, n); i < n; i = next_wide(u, i + 1, n))
        f |= wide_byte_features(s, n, i);
    return f;
}

static struct shape line_shape_portable(const char *s, size_t n)
{
    struct shape sh = {keywords(s, n) | wide_features(s, n), n};
    if (n <= PUNCTUATION_RULES_MAX) {
        if (memchr(s, '>', n))
            sh.f |= F_CRUMB;
        if (memchr(s, '|', n))
            sh.f |= F_PIPE;
        if (memchr(s, '<', n))
            sh.f |= F_LT;
    }
    const char *colon = memchr(s, ':', n);
    if (colon)
        sh.colon = (size_t)(colon - s);
    if (sh.f & F_WIDE) {
        const char *lead = memchr(s, 0xEF, sh.colon);
        if (lead)
            sh.colon = (size_t)(lead - s);
    }
    return sh;
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
/* With AVX2, the shape of a line is taken in one pass of 32 bytes at a
** time instead of the keyword search, the wide-byte search and five
** memchr calls: about half the instructions.  The CPU is asked once, at
** start; WICRUN_NO_AVX2 in the environment forces the portable pass, so
** that the tests and check.sh can run both: they must give the same
** shape. */
#include <immintrin.h>

#include "../core/cpu.h"
#define SHAPE_AVX2 1

static int shape_with_avx2;

__attribute__((constructor)) static void choose_line_shape(void)
{
    shape_with_avx2 = cpu_avx2_allowed(0);
}

/* Bytes are told apart by their two halves: a table for each half gives
** the classes a byte with that half may be in, and the byte is in the
** classes both give (vpshufb looks up 32 halves at once).  The classes
** of a byte that may start a block's interesting places: */
enum {
    OPENS_C_A = 1 << 0, /* 'c' or 'a': "copyright", "all rights reserved" */
    OPENS_F = 1 << 1,   /* 'f': "flash player" */
    OPENS_J = 1 << 2,   /* 'j': "javascript" */
    RARE_3X = 1 << 3,   /* ':', '<', '>' */
    RARE_7X = 1 << 4,   /* '|' */
    RARE_4X = 1 << 5,   /* 'I', for "ICP" */
    RARE = RARE_3X | RARE_7X | RARE_4X,
};

/* By the low half, then the high half, of the keyword's first byte (either
** case) or of a rare byte. */
static const unsigned char first_low[16] = {
    [0x1] = OPENS_C_A, [0x3] = OPENS_C_A, [0x6] = OPENS_F,
    [0x9] = RARE_4X, [0xA] = OPENS_J | RARE_3X, [0xC] = RARE_3X | RARE_7X,
    [0xE] = RARE_3X,
};
static const unsigned char first_high[16] = {
    [0x3] = RARE_3X, [0x4] = OPENS_C_A | OPENS_F | OPENS_J | RARE_4X,
    [0x6] = OPENS_C_A | OPENS_F | OPENS_J, [0x7] = RARE_7X,
};

/* By the halves of the byte eight on (the ninth of a keyword): the
** OPENS_ classes it completes ('t' after 'c' or 'a', 'a' after 'f', 'p'
** after 'j'), and RARE whatever it is, so that rare bytes pass. */
static const unsigned char ninth_low[16] = {
    [0x0] = OPENS_J | RARE, [0x1] = OPENS_F | RARE, [0x2] = RARE,
    [0x3] = RARE, [0x4] = OPENS_C_A | RARE, [0x5] = RARE, [0x6] = RARE,
    [0x7] = RARE, [0x8] = RARE, [0x9] = RARE, [0xA] = RARE, [0xB] = RARE,
    [0xC] = RARE, [0xD] = RARE, [0xE] = RARE, [0xF] = RARE,
};
static const unsigned char ninth_high[16] = {
    [0x0] = RARE, [0x1] = RARE, [0x2] = RARE, [0x3] = RARE,
    [0x4] = OPENS_F | RARE, [0x5] = OPENS_C_A | OPENS_J | RARE,
    [0x6] = OPENS_F | RARE, [0x7] = OPENS_C_A | OPENS_J | RARE,
    [0x8] = RARE, [0x9] = RARE, [0xA] = RARE, [0xB] = RARE,
    [0xC] = RARE, [0xD] = RARE, [0xE] = RARE, [0xF] = RARE,
};

/* What 32 bytes of a line hold, a bit per byte. */
struct block_bits {
    size_t at;      /* where the block starts in the line */
    unsigned marks; /* may start a keyword, or '>', '|', '<', ':', 'I' */
    unsigned wide;  /* >= 0x80 */
    unsigned leads; /* >= 0xC0: the lead byte of a character */
};

/* The classes of the 32 bytes v by the tables of their halves (each
** table twice, once for each 16-byte lane). */
__attribute__((target("avx2"), always_inline)) static inline __m256i
classes(__m256i v, __m256i low_table, __m256i high_table)
{
    __m256i low_half = _mm256_set1_epi8(0x0F);
    __m256i low = _mm256_and_si256(v, low_half);
    __m256i high = _mm256_and_si256(_mm256_srli_epi16(v, 4), low_half);
    return _mm256_and_si256(_mm256_shuffle_epi8(low_table, low),
                            _mm256_shuffle_epi8(high_table, high));
}

__attribute__((target("avx2"), always_inline)) static inline __m256i
table_of(const unsigned char table[16])
{
    return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table));
}

#define SHAPE_BLOCKS (FURNITURE_SHORT / 32 + 2)

/* The second letter of the keyword that starts with c: "copyright",
** "all rights reserved", "flash player", "javascript". */
static unsigned char second_letter(char c)
{
    switch (ts_lower((unsigned char)c)) {
    case 'c': return 'o';
    case 'a': case 'f': return 'l';
    default: return 'a'; /* 'j' */
    }
}

/* The marks of a block of s into sh.  `punctuation` gathers '>', '|'
** and '<', which count only on short lines. */
static void shape_block(const char *s, size_t n, struct block_bits bits,
                        struct shape *sh, unsigned *punctuation)
{
    size_t i = bits.at;
    for (; bits.marks; bits.marks &= bits.marks - 1) {
        size_t k = i + (size_t)__builtin_ctz(bits.marks);
        switch (s[k]) {
        case '>': *punctuation |= F_CRUMB; break;
        case '|': *punctuation |= F_PIPE; break;
        case '<': *punctuation |= F_LT; break;
        case ':':
            if (k < sh->colon)
                sh->colon = k;
            break;
        case 'I':
            if (ts_starts(s + k, n - k, "ICP"))
                sh->f |= F_ICP;
            break;
        default: /* the first and ninth letters of a keyword ('c', 'a',
                 ** 'f' or 'j', eight bytes or more before the end): most
                 ** pairs are no keyword's, and its second letter says so
                 ** without a call */
            if (ts_lower((unsigned char)s[k + 1]) == second_letter(s[k]))
                keyword(s, n, k, &sh->f);
            break;
        }
    }
    if (bits.wide)
        sh->f |= F_WIDE;
    for (; bits.leads; bits.leads &= bits.leads - 1) {
        size_t k = i + (size_t)__builtin_ctz(bits.leads);
        unsigned char c = (unsigned char)s[k];
        if (c >= 0xE4 && c <= 0xE9) {
            sh->f |= F_CJK; /* most leads of CJK text: nothing else to see */
            continue;
        }
        sh->f |= wide_byte_features(s, n, k);
        if (c == 0xEF && k < sh->colon)
            sh->colon = k;
    }
}

/* The tables of classes() as vectors, made once a line. */
struct shape_tables {
    __m256i first_low, first_high, ninth_low, ninth_high;
};

/* The bits of the 32 bytes v, whose ninth bytes (eight on) are `ninth`,
** into *bits, but for those outside `keep`.  Returns whether the block
** holds anything to look at: most hold nothing, and are turned away by
** one test of the high bits (no mask is taken, nothing is stored).
** Inlined, and with no call, so that the tables stay in registers. */
__attribute__((target("avx2"), always_inline)) static inline int
bits_of_block(__m256i v, __m256i ninth, const struct shape_tables *tables,
              unsigned keep, struct block_bits *bits)
{
    __m256i marks = _mm256_and_si256(classes(v, tables->first_low, tables->first_high),
                                     classes(ninth, tables->ninth_low, tables->ninth_high));
    /* the classes are below 0x80: adding 0x7F with saturation sets the
    ** high bit of the bytes in one at least */
    marks = _mm256_adds_epu8(marks, _mm256_set1_epi8(0x7F));
    __m256i high_bit = _mm256_set1_epi8((char)0x80);
    if (_mm256_testz_si256(_mm256_or_si256(marks, v), high_bit))
        return 0;
    /* continuation bytes, 0x80-0xBF, are the signed bytes below 0xC0 */
    __m256i continuation = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)0xC0), v);
    bits->marks = (unsigned)_mm256_movemask_epi8(marks) & keep;
    bits->wide = (unsigned)_mm256_movemask_epi8(v) & keep;
    bits->leads = bits->wide & ~(unsigned)_mm256_movemask_epi8(continuation);
    return (bits->marks | bits->wide) != 0;
}

__attribute__((target("avx2"))) static struct shape
line_shape_avx2(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    const struct shape_tables tables = {table_of(first_low), table_of(first_high),
                                        table_of(ninth_low), table_of(ninth_high)};
    struct block_bits bits[SHAPE_BLOCKS];
    size_t blocks = 0, i = 0;
    /* the blocks with 8 bytes after them in the line */
    for (; n - i >= 40; i += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(u + i));
        __m256i ninth = _mm256_loadu_si256((const __m256i *)(u + i + 8));
        bits[blocks].at = i;
        blocks += bits_of_block(v, ninth, &tables, ~0u, &bits[blocks]);
    }
    /* The rest (under 40 bytes) is read as if zeros followed the line:
    ** they are in no class that marks.  A line of 40 bytes or more takes
    ** it from the block that ends with the line, its ninth bytes that
    ** block moved down by eight with zeros after (and, when the rest is
    ** longer than that block, from the block before, whose ninth bytes
    ** are all in the line), keeping the bits of bytes not seen yet; a
    ** shorter line from a copy padded with zeros. */
    if (n >= 40) {
        size_t at = n - 40;
        if (i < at + 8) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(u + at));
            __m256i ninth = _mm256_loadu_si256((const __m256i *)(u + at + 8));
            bits[blocks].at = at;
            blocks += bits_of_block(v, ninth, &tables, ~0u << (i - at), &bits[blocks]);
            i = at + 8;
        }
        at = n - 32;
        __m256i v = _mm256_loadu_si256((const __m256i *)(u + at));
        /* v's bytes eight on: its high lane's low half into the low
        ** lane's high half, zeros into the high lane's */
        __m256i ninth = _mm256_alignr_epi8(
            _mm256_permute2x128_si256(v, v, 0x81), v, 8);
        bits[blocks].at = at;
        blocks += bits_of_block(v, ninth, &tables, ~0u << (i - at), &bits[blocks]);
    } else {
        unsigned char rest[32 + 40] = {0};
        memcpy(rest, u, n);
        for (; i < n; i += 32) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(rest + i));
            __m256i ninth = _mm256_loadu_si256((const __m256i *)(rest + i + 8));
            bits[blocks].at = i;
            blocks += bits_of_block(v, ninth, &tables, ~0u, &bits[blocks]);
        }
    }
    struct shape sh = {0, n};
    unsigned punctuation = 0;
    for (size_t b = 0; b < blocks; b++)
        shape_block(s, n, bits[b], &sh, &punctuation);
    if (n <= PUNCTUATION_RULES_MAX)
        sh.f |= punctuation;
    return sh;
}
#endif

static struct shape line_shape(const char *s, size_t n)
{
#ifdef SHAPE_AVX2
    if (shape_with_avx2)
        return line_shape_avx2(s, n);
#endif
    return line_shape_portable(s, n);
}

static int ends_with_punctuation(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (strchr(".!?:;,\"')]", s[n - 1]) != NULL)
        return 1;
    return ts_ends(s, n, "\xE2\x80\x9D") /* ” */ ||
           ts_ends(s, n, "\xE3\x80\x82") /* 。 */;
}

static int is_player(const char *s, size_t n, unsigned f)
{
    return (f & F_FLASH) ||
           ((f & F_SCRIPT) && (has_ci(s, n, "enable") || has_ci(s, n, "browser"))) ||
           ((f & F_CJK) && has(s, n, "\xE9\x9C\x80\xE8\xA6\x81\xE8\xBE\x83\xE6\x96\xB0")); /* 需要较新 */
}

static int is_copyright(const char *s, size_t n, unsigned f)
{
    return (f & (F_COPY | F_RIGHTS)) || ts_starts(s, n, "\xC2\xA9") ||
           ((f & F_CJK) && has(s, n, "\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89")); /* 版权所有 */
}

static int is_licence(const char *s, size_t n, unsigned f)
{
    if (f & F_ICP)
        return has(s, n, "ICP\xE5\xA4\x87") ||   /* ICP备 */
               has(s, n, "ICP\xE8\xAF\x81") ||   /* ICP证 */
               has_ci(s, n, "icp license") || has_ci(s, n, "icp no");
    return (f & F_CJK) &&
           has(s, n, "\xE5\x85\xAC\xE7\xBD\x91\xE5\xAE\x89\xE5\xA4\x87"); /* 公网安备 */
}

/* The labels of the rules that want a label then a colon at the start
** of a line: word sets (textscan.h), summed up at start by
** init_word_sets below, so that most lines with a colon are turned away
** by the first byte and the place of the colon. */
static const struct word contact_label_list[] = {
    W("Tel"), W("Tel."), W("Telephone"), W("Phone"), W("Fax"),
    W("Email"), W("E-mail"), W("QQ"), W("WeChat"), W("Address"),
    W("Add"), W("Hotline"), W("Contact"), W("Contact us"),
    W("Postcode"), W("Zip code"), W("Mobile"),
    W("\xE7\x94\xB5\xE8\xAF\x9D"), /* 电话 */
    W("\xE4\xBC\xA0\xE7\x9C\x9F"), /* 传真 */
    W("\xE9\x82\xAE\xE7\xAE\xB1"), /* 邮箱 */
    W("\xE5\x9C\xB0\xE5\x9D\x80"), /* 地址 */
    W("\xE9\x82\xAE\xE7\xBC\x96"), /* 邮编 */
};
static const struct word field_label_list[] = {
    W("Description"), W("Keywords"), W("Keyword"), W("Key words"),
    W("Tags"), W("Tag")};
static const struct word byline_label_list[] = {
    W("Writer"), W("Reporter"), W("Author"), W("Authors"), W("Written by")};

static struct word_set contact_labels = WORD_SET(contact_label_list),
                       field_labels = WORD_SET(field_label_list),
                       byline_labels = WORD_SET(byline_label_list);

/* The bytes whitespace characters are made of (ASCII blanks, U+00A0,
** U+3000). */
static int space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xC2 ||
           c == 0xA0 || c == 0xE3 || c == 0x80;
}

/* starts_with_label once the line's first colon is known to be one: does
** one of the labels open the line and end where only whitespace is left
** before the colon? */
static int label_before_colon(const char *s, size_t n, size_t colon,
                              const struct word_set *labels)
{
    /* a label ends where nothing but whitespace is left before the
    ** colon: not before `gap`, the start of the bytes before the colon
    ** that whitespace characters are made of ("Date 2023-05-22 09:58"
    ** leaves no label a place to end) */
    size_t gap = colon;
    while (gap > 0 && space_byte((unsigned char)s[gap - 1]))
        gap--;
    /* most lines: no label of the set starts with their first byte and
    ** is from gap to colon bytes long */
    if (!ts_set_may_hold(labels, (unsigned char)s[0], gap, colon))
        return 0;
    for (size_t l = 0; l < labels->count; l++) {
        const struct word *label = &labels->words[l];
        size_t k = label->len;
        if (k > colon || k < gap || ts_lower((unsigned char)s[0]) !=
                         ts_lower((unsigned char)label->text[0]) ||
            !ts_starts_ci(s, n, label->text))
            continue;
        if (ts_is_alpha((unsigned char)label->text[k - 1]) &&
            !ts_word_end(s, n, k))
            continue;
        if (ts_skip_space(s, n, k) == colon)
            return 1;
    }
    return 0;
}

/* A label then a colon at the start: "Tel:", "E-mail :", "QQ：".  No label
** holds a ':' or a 0xEF byte, nor does the space after it, so its colon
** can only be the line's first one, `colon`: most lines have none and
** are done without looking at a label.  Inlined, so that the three rules
** that ask it of every line do so without a call. */
static inline int starts_with_label(const char *s, size_t n, size_t colon,
                                    const struct word_set *labels)
{
    if (colon == n ||
        (s[colon] != ':' && !ts_starts(s + colon, n - colon, "\xEF\xBC\x9A")))
        return 0;
    return label_before_colon(s, n, colon, labels);
}

static int is_contact(const char *s, size_t n, size_t colon)
{
    return starts_with_label(s, n, colon, &contact_labels);
}

static int is_field(const char *s, size_t n, size_t colon)
{
    return starts_with_label(s, n, colon, &field_labels);
}

static int view_counter(const char *s, size_t n);

/* A page's view counter: "Viewed 2,417 times", "Views: 1,024",
** "3,456 views", "Read 980 times".  The first test turns most lines
** away, and is inlined so that they do without a call. */
static inline int is_view_counter(const char *s, size_t n)
{
    return n > 0 && n <= 40 &&
           (ts_is_digit((unsigned char)s[0]) ||
            strchr("VvPpRrHhCc", s[0]) != NULL) &&
           view_counter(s, n);
}

static int view_counter(const char *s, size_t n)
{
    static const struct word labels[] = {W("Viewed"), W("Views"),
                                         W("Page views"), W("Read"),
                                         W("Hits"), W("Clicks")};
    int l = ts_prefix_of(s, n, labels, COUNT(labels));
    size_t i = l >= 0 ? labels[l].len : 0;
    if (l >= 0) {
        if (i < n && s[i] == ':')
            i++;
        if (ts_skip_space(s, n, i) == i)
            return 0; /* "Readers", not "Read 980" */
        i = ts_skip_space(s, n, i);
    }
    size_t d = i;
    while (i < n && (ts_is_digit((unsigned char)s[i]) || s[i] == ','))
        i++;
    if (i == d || !ts_is_digit((unsigned char)s[d]))
        return 0;
    size_t rest = ts_skip_space(s, n, i);
    if (rest == n)
        return l >= 0; /* "Views: 1,024" */
    if (rest == i)
        return 0;
    /* "Viewed 2,417 times", "3,456 views" */
    return (l >= 0 && ts_equals_ci(s + rest, n - rest, "times")) ||
           (l < 0 && d == 0 && (ts_equals_ci(s + rest, n - rest, "views") ||
                                ts_equals_ci(s + rest, n - rest, "reads")));
}

/* "中文繁體 | 中文简体", "English | 中文". */
static int is_language_switch(const char *s, size_t n, unsigned f)
{
    static const struct word languages[] = {
        W("English"), W("Chinese"), W("EN"), W("CN"), W("Deutsch"),
        W("Francais"), W("Fran\xC3\xA7" "ais"), W("Espa\xC3\xB1ol"),
        W("\xE4\xB8\xAD\xE6\x96\x87"),             /* 中文 */
        W("\xE7\xAE\x80\xE4\xBD\x93"),             /* 简体 */
        W("\xE7\xB9\x81\xE9\xAB\x94"),             /* 繁體 */
        W("\xE7\xB9\x81\xE4\xBD\x93"),             /* 繁体 */
        W("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), /* 日本語 */
        W("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4"), /* 한국어 */
    };
    if (n > 200 || !(f & (F_PIPE | F_WIDE)))
        return 0;
    /* each of the four holds 中文: most CJK lines are turned away by one
    ** search for it */
    if ((f & F_CJK) && has(s, n, "\xE4\xB8\xAD\xE6\x96\x87") && /* 中文 */
        (has(s, n, "\xE4\xB8\xAD\xE6\x96\x87\xE7\xB9\x81\xE9\xAB\x94") || /* 中文繁體 */
         has(s, n, "\xE4\xB8\xAD\xE6\x96\x87\xE7\xAE\x80\xE4\xBD\x93") || /* 中文简体 */
         has(s, n, "\xE7\xB9\x81\xE9\xAB\x94\xE4\xB8\xAD\xE6\x96\x87") || /* 繁體中文 */
         has(s, n, "\xE7\xAE\x80\xE4\xBD\x93\xE4\xB8\xAD\xE6\x96\x87")))  /* 简体中文 */
        return 1;
    if (!(f & F_PIPE))
        return 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != '|')
            j++;
        struct range r = {i, j};
        ts_trim(s, &r);
        if (ts_one_of(s + r.start, r.end - r.start, languages, COUNT(languages)))
            return 1;
        i = j + 1;
    }
    return 0;
}

/* Separator of a breadcrumb trail at s[i]: '>', '»', '›', '＞'. */
static size_t crumb_separator(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '>')
        return 1;
    if (c < 0xC2) /* most bytes: no lead byte of the others */
        return 0;
    if (ts_starts(s + i, n - i, "\xC2\xBB"))
        return 2;
    if (ts_starts(s + i, n - i, "\xE2\x80\xBA") ||
        ts_starts(s + i, n - i, "\xEF\xBC\x9E"))
        return 3;
    return 0;
}

/* "Home > Nation", "Home > In Depth >", "News » China » Zhejiang". */
static int is_breadcrumb(const char *s, size_t n, unsigned f)
{
    if (n > 150 || !(f & F_CRUMB) || (f & F_LT))
        return 0;
    size_t separators = 0, i = 0, field = 0, k;
    int fields_ok = 1;
    struct range first = {0, n};
    while (i < n) {
        if ((k = crumb_separator(s, n, i)) == 0) {
            i++;
            continue;
        }
        struct range r = {field, i};
        ts_trim(s, &r);
        if (separators == 0)
            first = r;
        const char *p = s + r.start;
        size_t len = r.end - r.start;
        if (ts_count_tokens(p, len) > 5 || memchr(p, '.', len) ||
            memchr(p, ',', len) || memchr(p, '!', len) || memchr(p, '?', len))
            fields_ok = 0;
        separators++;
        i += k;
        field = i;
    }
    const char *p = s + first.start;
    size_t len = first.end - first.start;
    if (separators > 0 &&
        (ts_equals_ci(p, len, "home") || ts_ends(p, len, "Home") ||
         ts_equals_ci(p, len, "\xE9\xA6\x96\xE9\xA1\xB5"))) /* 首页 */
        return 1;
    return separators >= 2 && fields_ok;
}

/* Word lists of the rules that try every token of a line (pager,
** toolbar) or a whole short line (link headings) against them: word sets
** (textscan.h), summed up at start by init_word_sets below. */
static const struct word pager_arrow_list[] = {
    W("<"), W(">"), W("<<"), W(">>"), W("|"), W("..."),
    W("\xC2\xAB"), W("\xC2\xBB"), W("\xE2\x80\xB9"), W("\xE2\x80\xBA"),
    W("\xE2\x80\xA6"), W("\xE2\x86\x90"), W("\xE2\x86\x92")};
static const struct word pager_word_list[] = {
    W("prev"), W("previous"), W("next"), W("first"), W("last"),
    W("page"), W("of"),
    W("\xE4\xB8\x8A\xE4\xB8\x80\xE9\xA1\xB5"), /* 上一页 */
    W("\xE4\xB8\x8B\xE4\xB8\x80\xE9\xA1\xB5"), /* 下一页 */
    W("\xE5\xB0\xBE\xE9\xA1\xB5")};            /* 尾页 */
static const struct word link_heading_list[] = {
    W("Latest News"), W("Related News"), W("Related Stories"),
    W("Related Articles"), W("Related Links"), W("Related"),
    W("Related Contents"), W("Related Content"),
    W("See also"), W("Also read"), W("Most Viewed"),
    W("Most Popular"), W("Most Read"), W("Top News"), W("Top Stories"),
    W("Editor's Picks"), W("Editor\xE2\x80\x99s Picks"), W("Recommended"),
    W("Hot Topics"), W("Trending"), W("Read more"), W("Headlines"),
    W("Special Coverage"), W("Back to top"), W("Go to Forum"),
    W("Comments"), W("You may also like"), W("Photos"), W("Videos"),
    W("Latest")};
static const struct word link_label_list[] = {
    W("Related News"), W("Related Stories"), W("Related Articles"),
    W("Related Links"), W("Related Story"), W("Related Article"),
    W("See also"), W("Also read"), W("Read also"), W("Read more"),
    W("Also see")};
static const struct word counter_word_list[] = {W("views"), W("reads"),
                                                W("shares"), W("likes")};
static const struct word filler_word_list[] = {W("listen"), W("this"),
                                               W("article"), W("to:")};
static const struct word tool_action_list[] = {
    W("share"), W("share:"), W("print"), W("email"), W("e-mail"),
    W("mail"), W("comment"), W("comments"), W("save"), W("favorite"),
    W("favourite"), W("copy"), W("link"), W("font"), W("size"),
    W("size:"), W("a+"), W("a-"),
    W("\xE5\x88\x86\xE4\xBA\xAB"), /* 分享 */
    W("\xE6\x89\x93\xE5\x8D\xB0"), /* 打印 */
    W("\xE6\x94\xB6\xE8\x97\x8F"), /* 收藏 */
};
static const struct word tool_other_list[] = {
    W("tweet"), W("facebook"), W("twitter"), W("weibo"), W("wechat"),
    W("linkedin"), W("reddit"), W("whatsapp"), W("large"), W("small"),
    W("medium"), W("larger"), W("smaller"), W("|"), W("/"),
};

static struct word_set pager_arrows = WORD_SET(pager_arrow_list),
                       pager_words = WORD_SET(pager_word_list),
                       link_headings = WORD_SET(link_heading_list),
                       link_labels = WORD_SET(link_label_list),
                       counter_words = WORD_SET(counter_word_list),
                       filler_words = WORD_SET(filler_word_list),
                       tool_actions = WORD_SET(tool_action_list),
                       tool_others = WORD_SET(tool_other_list);

/* What a toolbar's token may be, in the order the sets are asked. */
enum { TB_NONE, TB_ACTION, TB_OTHER, TB_COUNTER, TB_FILLER };
static const struct word_set *const toolbar_sets[] = {
    &tool_actions, &tool_others, &counter_words, &filler_words};

/* The four sets as one, so that a token is looked up once, not in each:
** for each first byte (low five bits), the lengths of the words of all
** four, and which words they are (bit b for toolbar.words[b], the sets'
** words one after the other, so that lower bits are asked first). */
static struct {
    unsigned lengths[32];
    uint64_t members[32];
    const struct word *words[64];
    unsigned char kind[64];
    int ready;
} toolbar;

#ifdef __GNUC__
__attribute__((constructor)) static void init_word_sets(void)
{
    struct word_set *sets[] = {&contact_labels, &field_labels, &byline_labels,
                               &pager_arrows,   &pager_words,  &link_headings,
                               &link_labels,    &counter_words, &filler_words,
                               &tool_actions,   &tool_others};
    for (size_t i = 0; i < COUNT(sets); i++)
        ts_word_set_init(sets[i]);
    size_t words = 0, b = 0;
    for (size_t k = 0; k < COUNT(toolbar_sets); k++)
        words += toolbar_sets[k]->count;
    if (words > 64)
        return; /* too many for the summary: asked set by set */
    for (size_t k = 0; k < COUNT(toolbar_sets); k++) {
        for (size_t w = 0; w < toolbar_sets[k]->count; w++, b++) {
            const struct word *word = &toolbar_sets[k]->words[w];
            unsigned first = (unsigned char)word->text[0] & 31;
            toolbar.lengths[first] |= ts_length_bit(word->len);
            toolbar.members[first] |= (uint64_t)1 << b;
            toolbar.words[b] = word;
            toolbar.kind[b] = (unsigned char)(TB_ACTION + k);
        }
    }
    toolbar.ready = 1;
}
#endif

/* Which of the four sets holds s[0..n) (n > 0) first: TB_*. */
static int toolbar_word(const char *s, size_t n)
{
    if (!toolbar.ready) {
        for (size_t k = 0; k < COUNT(toolbar_sets); k++)
            if (ts_in_set(toolbar_sets[k], s, n))
                return TB_ACTION + (int)k;
        return TB_NONE;
    }
    unsigned first = (unsigned char)s[0] & 31;
    if (!(toolbar.lengths[first] & ts_length_bit(n)))
        return TB_NONE; /* most tokens */
    for (uint64_t m = toolbar.members[first]; m; m &= m - 1) {
        int b = __builtin_ctzll(m);
        if (toolbar.words[b]->len == n && ts_starts_ci(s, n, toolbar.words[b]->text))
            return toolbar.kind[b];
    }
    return TB_NONE;
}

/* "1   2   >", "< Prev  Next >", "[1] [2] 3 Next", "Page 1 of 3". */
static int is_pager(const char *s, size_t n)
{
    if (n > 120)
        return 0;
    /* most lines: a first token that is no number, bracket, arrow or
    ** pager word, told by its first byte */
    size_t first = ts_skip_space(s, n, 0);
    unsigned char c = first < n ? (unsigned char)s[first] : 0;
    if (first == n || !(ts_is_digit(c) || c == '[' ||
                        ts_set_may_start(&pager_arrows, c) ||
                        ts_set_may_start(&pager_words, c)))
        return 0;
    size_t i = first, numbers = 0, nav = 0;
    while (i < n) {
        i = ts_skip_space(s, n, i);
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && ts_space_at(s, n, j) == 0)
            j++;
        struct range t = {i, j};
        if (s[t.start] == '[' && s[t.end - 1] == ']' && t.end - t.start > 2) {
            t.start++;
            t.end--;
        }
        const char *p = s + t.start;
        size_t len = t.end - t.start, d = 0;
        while (d < len && ts_is_digit((unsigned char)p[d]))
            d++;
        if (d == len && len <= 4)
            numbers++;
        else if (ts_in_set(&pager_arrows, p, len) ||
                 ts_in_set(&pager_words, p, len))
            nav++;
        else
            return 0;
        i = j;
    }
    return nav > 0 || numbers >= 3;
}

/* Headings of link lists: "Latest News", "MORE FROM China SCIO". */
static int is_link_heading(const char *s, size_t n)
{
    /* a linked headline after its label: "Related news: BI holds rate at
    ** 4.50 percent", "Also read: ..." (not a sentence: no full stop; a
    ** question may be a headline), or several parted by bars ("Read
    ** more: ... | PSX gains 1,200 points"); only labels of links, not
    ** "Latest:" or "Recommended:", which open real lines too */
    size_t colon = ts_next_byte(s, 0, n < 24 ? n : 24, ':');
    if (colon < n && colon > 0 && n <= 300 &&
        ts_in_set(&link_labels, s, colon) && /* most lines: no label */
        (!ends_with_punctuation(s, n) || s[n - 1] == '?'))
        return 1;
    if (n > 80)
        return 0;
    size_t len = n > 1 && s[n - 1] == ':' ? n - 1 : n;
    if (ts_in_set(&link_headings, s, len))
        return 1;
    return ts_lower((unsigned char)s[0]) == 'm' && /* most lines: not "more" */
           (ts_starts_ci(s, n, "more from ") || ts_starts_ci(s, n, "more on ")) &&
           ts_count_tokens(s, n) <= 8 && !ends_with_punctuation(s, n);
}

/* What a token of a would-be toolbar is, besides a tool: FILL_SHORT ("X",
** "A", "to", "|", "▶": no digit, '$' or '%'), FILL_WORD ("listen",
** "article", "views"), FILL_COUNT ("(1.2K)"), FILL_NUMBER ("1,842", a
** counter only before "views" and the like), or FILL_NONE. */
enum { FILL_NONE, FILL_SHORT, FILL_WORD, FILL_COUNT, FILL_NUMBER };

/* What a token that is no tool and no filler word is, of the fillers. */
static inline int toolbar_number_or_short(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    int bracket = s[0] == '(';
    i += bracket;
    for (; i < n && (ts_is_digit((unsigned char)s[i]) || s[i] == ',' ||
                     s[i] == '.');
         i++)
        digits += ts_is_digit((unsigned char)s[i]);
    if (digits > 0 && i < n && (s[i] == 'K' || s[i] == 'k' || s[i] == 'M'))
        i++;
    if (digits > 0 && bracket && i + 1 == n && s[i] == ')')
        return FILL_COUNT;
    if (digits > 0 && !bracket && i == n)
        return FILL_NUMBER;
    if (n > 3)
        return FILL_NONE;
    for (i = 0; i < n; i++)
        if (ts_is_digit((unsigned char)s[i]) || s[i] == '$' || s[i] == '%')
            return FILL_NONE;
    return FILL_SHORT;
}

/* "Share | Print | Email", "Font size: A+ A-", "Share to: WeChat  Weibo
** X  (1.2K)", "Listen to this article | Font size A A A | 1,842 views":
** two tools or more, and nothing but tools and fillers; with fillers, one
** tool at least must be an action (not only platform names: "Facebook
** 1.2M  Twitter 800K" is data), and the tools at least half as many as
** the fillers that are words or counts. */
static int toolbar_tokens(const char *s, size_t n);

static int is_toolbar(const char *s, size_t n)
{
    if (n > 120)
        return 0;
    /* most lines open with a token of four bytes or more that is no tool,
    ** no filler word and no number: done before the walk over the
    ** tokens (and without the registers it needs) */
    size_t i = ts_skip_space(s, n, 0), j = i;
    while (j < n && ts_space_at(s, n, j) == 0 && s[j] != '|')
        j++;
    unsigned char c = i < n ? (unsigned char)s[i] : 0;
    if (j - i > 3 && !ts_is_digit(c) && c != '(' && c != ',' && c != '.' &&
        toolbar.ready &&
        !(toolbar.lengths[c & 31] & ts_length_bit(j - i)))
        return 0;
    return toolbar_tokens(s, n);
}

/* The rest of is_toolbar: its walk over the tokens. */
__attribute__((noinline)) static int toolbar_tokens(const char *s, size_t n)
{
    size_t i = 0, tools = 0, acts = 0, fillers = 0, weighed = 0;
    int pending_number = 0; /* a bare number wants a counter word next */
    while (i < n) {
        i = ts_skip_space(s, n, i);
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && ts_space_at(s, n, j) == 0 && s[j] != '|')
            j++;
        if (j == i)
            j++; /* a lone '|' */
        int fill = FILL_NONE, word = toolbar_word(s + i, j - i);
        if (word == TB_ACTION)
            tools++, acts++;
        else if (word == TB_OTHER)
            tools++;
        else if (word != TB_NONE)
            fill = FILL_WORD;
        else if ((fill = toolbar_number_or_short(s + i, j - i)) == FILL_NONE)
            return 0;
        if (pending_number &&
            !ts_in_set(&counter_words, s + i, j - i))
            return 0; /* "Facebook 1.2M Twitter": a number of what? */
        pending_number = fill == FILL_NUMBER;
        fillers += fill != FILL_NONE;
        weighed += fill == FILL_WORD || fill == FILL_COUNT;
        i = j;
    }
    if (pending_number)
        return 0;
    if (fillers > 0)
        return tools >= 2 && acts >= 1 && tools * 2 >= weighed;
    /* one "Save" or "Link" could be a heading; two tools are a bar */
    return tools >= 2 || ts_equals_ci(s, n, "share") ||
           ts_equals_ci(s, n, "print");
}

/* "By Shi Jing in Shanghai", "By Li Qiang (chinadaily.com.cn)",
** "Reporter: Wang Fang". */
static int is_byline(const char *s, size_t n, size_t colon)
{
    static const struct word small[] = {
        W("in"), W("and"), W("of"), W("for"), W("from"), W("at"), W("the"),
        W("with"), W("de"), W("van"), W("von"), W("da"), W("staff"),
        W("reporter"), W("reporters"), W("correspondent"), W("writer"),
        W("writers"), W("|"), W("/"), W("-")};
    if (n > 120)
        return 0;
    if (starts_with_label(s, n, colon, &byline_labels))
        return ts_count_tokens(s, n) <= 10;
    if (!ts_starts(s, n, "By ") || n < 4 || !ts_is_upper((unsigned char)s[3]))
        return 0;
    if (ts_count_tokens(s, n) > 12 || strchr(".!?,", s[n - 1]) != NULL)
        return 0;
    size_t i = 3;
    while (i < n) {
        i = ts_skip_space(s, n, i);
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && ts_space_at(s, n, j) == 0)
            j++;
        unsigned char c = (unsigned char)s[i];
        if (!(ts_is_upper(c) || c >= 0x80 || c == '(' ||
              memchr(s + i, '.', j - i) != NULL ||
              ts_one_of(s + i, j - i, small, COUNT(small))))
            return 0;
        i = j;
    }
    return 1;
}

static int is_credit(const char *s, size_t n)
{
    unsigned char first = ts_lower((unsigned char)s[0]); /* most lines: neither */
    return (first == 'p' || first == 's') &&
           (ts_starts_ci(s, n, "presented by ") ||
            ts_starts_ci(s, n, "powered by ") ||
            ts_starts_ci(s, n, "sponsored by ")) &&
           ts_count_tokens(s, n) <= 10;
}

/* Words opening a bracketed photo credit: "[Photo by ...]", "(Photo/IC)",
** "(Xinhua/Li Xin)".  `alone`: the word may be all of it ("[Photo]");
** "(Xinhua)" alone credits a story, not a picture. */
static int credit_words(const char *s, size_t n)
{
    static const struct {
        struct word word;
        int alone;
    } starts[] = {
        {W("file photo"), 1}, {W("photos"), 1},   {W("photo"), 1},
        {W("images"), 0},     {W("image"), 1},    {W("pictures"), 0},
        {W("picture"), 1},    {W("pic"), 0},      {W("video"), 0},
        {W("graphic"), 0},    {W("illustration"), 0}, {W("xinhua"), 0},
        {W("\xE5\x9B\xBE"), 0}, /* 图 */
    };
    for (size_t w = 0; w < COUNT(starts); w++) {
        size_t k = starts[w].word.len;
        /* the words are in lower case: most differ at the first byte */
        if (k > n ||
            ts_lower((unsigned char)s[0]) != (unsigned char)starts[w].word.text[0] ||
            !ts_starts_ci(s, n, starts[w].word.text))
            continue;
        if (k == n)
            return starts[w].alone;
        unsigned char c = (unsigned char)s[k];
        if (c == '/' || c == ':' || (c == ' ' && starts[w].alone) ||
            ts_starts(s + k, n - k, " by ") ||
            ts_starts(s + k, n - k, "\xEF\xBC\x9A"))
            return 1;
    }
    return 0;
}

/* A photo caption: a line opening or closing with a photo credit. */
static int is_caption(const char *s, size_t n)
{
    if (n > 1 && (s[0] == '[' || s[0] == '(') &&
        credit_words(s + 1, n - 1 < 40 ? n - 1 : 40))
        return 1;
    unsigned char first = ts_lower((unsigned char)s[0]); /* most lines: neither */
    if ((first == 'p' || first == 'f') &&
        (ts_starts_ci(s, n, "photo:") || ts_starts_ci(s, n, "photo by ") ||
         ts_starts_ci(s, n, "file photo:")))
        return 1;
    if (n < 3 || (s[n - 1] != ']' && s[n - 1] != ')'))
        return 0;
    char open = s[n - 1] == ']' ? '[' : '(';
    size_t floor = n > CAPTION_WINDOW ? n - CAPTION_WINDOW : 0;
    size_t i = n - 1;
    while (i > floor && s[i - 1] != open)
        i--;
    if (i == floor && (i == 0 || s[i - 1] != open))
        return 0;
    return credit_words(s + i, n - 1 - i);
}

/* May a tail that starts at s[start] follow what precedes it?  Only
** after a sentence end, a wide gap, or as a bracket of its own. */
static int tail_boundary(const char *s, size_t start)
{
    if (start == 0 || s[start] == '(' || s[start] == '[')
        return 1;
    size_t gap = 0, b = start, w;
    while ((w = ts_space_before(s, b)) != 0) {
        b -= w;
        gap++;
    }
    if (gap == 0)
        return 0;
    return b == 0 || gap >= 2 || strchr(".!?\")]", s[b - 1]) != NULL ||
           ts_ends(s, b, "\xE2\x80\x9D") || ts_ends(s, b, "\xE3\x80\x82");
}

/* "...said.  Editor:Lucky", "(Editor: Li Jing)", "Edited by X",
** "责任编辑：X".  Returns where the tail starts, or n.  `wide`: the line
** may have bytes >= 0x80 (without them there is no 责 to look for). */
static size_t editor_tail(const char *s, size_t n, int wide)
{
    size_t floor = n > TAIL_WINDOW ? n - TAIL_WINDOW : 0;
    /* the next 'E' and the next 0xE8 (责) from i: most lines have few or
    ** none, and memchr skips to them faster than a byte loop */
    size_t next_e = ts_next_byte(s, floor, n, 'E');
    size_t next_ze = wide ? ts_next_byte(s, floor, n, 0xE8) : n;
    for (size_t i = floor; i < n; i++) {
        size_t j;
        if (next_e < i)
            next_e = ts_next_byte(s, i, n, 'E');
        if (next_ze < i)
            next_ze = ts_next_byte(s, i, n, 0xE8);
        i = next_e < next_ze ? next_e : next_ze;
        if (i == n)
            break;
        if (s[i] == 'E' && ts_starts(s + i, n - i, "Edit")) {
            if (ts_starts(s + i, n - i, "Edited by "))
                j = i + 10;
            else if (ts_starts(s + i, n - i, "Editor")) {
                j = i + 6;
                if (j < n && s[j] == 's')
                    j++;
                j = ts_skip_space(s, n, j);
                if (j < n && s[j] == ':')
                    j++;
                else if (ts_starts(s + j, n - j, "\xEF\xBC\x9A"))
                    j += 3;
                else
                    continue;
            } else
                continue;
        } else if ((unsigned char)s[i] == 0xE8 &&
                   ts_starts(s + i, n - i,
                             "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91")) {
            j = i + 12; /* 责任编辑 */
            if (ts_starts(s + j, n - j, "\xEF\xBC\x9A"))
                j += 3;
            else if (j < n && s[j] == ':')
                j++;
        } else
            continue;
        /* what follows is a name or two, not a sentence */
        size_t rest = n - j;
        if (rest > 60 || ts_count_tokens(s + j, rest) > 6 || has(s + j, rest, ". "))
            continue;
        size_t start = i;
        if (ts_space_before(s, start) == 1 && start >= 6 &&
            (ts_ends(s, start - 1, "Chief") || ts_ends(s, start - 1, "Executive")))
            start -= ts_ends(s, start - 1, "Chief") ? 6 : 10;
        if (start > 0 && (s[start - 1] == '(' || s[start - 1] == '['))
            start--;
        if (tail_boundary(s, start))
            return start;
    }
    return n;
}

enum bp_kind furniture_line(const char *s, size_t n, size_t *cut)
{
    struct dateline date;
    return furniture_line_dated(s, n, cut, &date);
}

enum bp_kind furniture_line_dated(const char *s, size_t n, size_t *cut,
                                  struct dateline *date)
{
    struct range name;
    int wide = 1; /* may the line have bytes >= 0x80?  Known for short ones */
    *cut = 0;
    if (n == 0) {
        *cut = n;
        return BP_NONE;
    }
    if (n <= FURNITURE_SHORT) {
        struct shape sh = line_shape(s, n);
        unsigned f = sh.f;
        wide = (f & F_WIDE) != 0;
        if (is_player(s, n, f))
            return BP_PLAYER;
        if (is_copyright(s, n, f))
            return BP_COPYRIGHT;
        if (is_licence(s, n, f))
            return BP_LICENCE;
        if (is_contact(s, n, sh.colon))
            return BP_CONTACT;
        if (is_language_switch(s, n, f))
            return BP_LANGUAGE;
        if (is_breadcrumb(s, n, f))
            return BP_BREADCRUMB;
        if (is_pager(s, n))
            return BP_PAGER;
        if (is_link_heading(s, n))
            return BP_LINKS;
        if (is_toolbar(s, n))
            return BP_TOOLBAR;
        if (dateline_parse(s, n, date))
            return BP_DATELINE;
        if (is_byline(s, n, sh.colon))
            return BP_BYLINE;
        if (source_line(s, n, &name) ||
            (s[0] == '(' && ts_starts(s, n, "(Source_"))) /* most: no '(' */
            return BP_SOURCE;
        if (is_field(s, n, sh.colon) || is_view_counter(s, n))
            return BP_FIELD;
        if (is_credit(s, n))
            return BP_CREDIT;
    }
    if (is_caption(s, n))
        return BP_CAPTION;
    size_t at = editor_tail(s, n, wide);
    if (at < n) {
        *cut = at;
        return BP_EDITOR;
    }
    at = source_tail(s, n, &name);
    if (at < n) {
        *cut = at;
        return BP_SOURCE;
    }
    *cut = n;
    return BP_NONE;
}
