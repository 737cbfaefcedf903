/*
** segment.c: cutting the body into paragraphs and sentences, counting
** words (see segment.h).
**
** One forward scan per paragraph for sentences and one for words; both
** look back or ahead only a bounded number of bytes (an abbreviation is
** at most ABBREV_MAX letters), so a paragraph of any size is linear.
** Nothing is allocated per token: results are spans into the text.
*/
#include "segment.h"

#include <utf8proc.h>

#include "textscan.h"
#include "utf8.h"

#define ABBREV_MAX 12

/* Abbreviations after which a period does not end a sentence.  Single
** capitals (initials) and dotted forms (U.S., e.g.) are caught by shape. */
static const struct word abbreviations[] = {
    W("Mr"),   W("Mrs"),  W("Ms"),   W("Dr"),   W("Prof"), W("Sr"),
    W("Jr"),   W("St"),   W("Mt"),   W("Ft"),   W("Co"),   W("Corp"),
    W("Inc"),  W("Ltd"),  W("Bros"), W("Gov"),  W("Gen"),  W("Sen"),
    W("Rep"),  W("Rev"),  W("Hon"),  W("Capt"), W("Col"),  W("Lt"),
    W("Sgt"),  W("Maj"),  W("Adm"),  W("Jan"),  W("Feb"),  W("Mar"),
    W("Apr"),  W("Jun"),  W("Jul"),  W("Aug"),  W("Sep"),  W("Sept"),
    W("Oct"),  W("Nov"),  W("Dec"),  W("No"),   W("Nos"),  W("Nr"),
    W("vs"),   W("Vs"),   W("Fig"),  W("Figs"), W("Vol"),  W("Vols"),
    W("pp"),   W("Ave"),  W("Dept"), W("Univ"), W("Assn"), W("est"),
    W("approx"), W("ca"), W("cf"),   W("al"),   W("Op"),   W("Art"),
    W("Para"),
};

static int is_abbreviation(const char *text, size_t floor, size_t dot)
{
    size_t t = dot;
    while (t > floor && dot - t <= ABBREV_MAX &&
           (ts_is_alpha((unsigned char)text[t - 1]) || text[t - 1] == '.'))
        t--;
    size_t len = dot - t;
    if (len == 0 || len > ABBREV_MAX)
        return 0;
    if (t > floor && ts_is_digit((unsigned char)text[t - 1]))
        return 0;
    const char *w = text + t;
    if (w[0] == '.')
        return 0;
    if (len == 1 && ts_is_upper((unsigned char)w[0]))
        return 1; /* an initial: "J. Smith" */
    if (memchr(w, '.', len) != NULL)
        return 1; /* "U.S.", "e.g.", "a.m." */
    for (size_t a = 0; a < COUNT(abbreviations); a++)
        if (abbreviations[a].len == len && abbreviations[a].text[0] == w[0] &&
            memcmp(abbreviations[a].text, w, len) == 0)
            return 1;
    return 0;
}

/* Closing quotes and brackets that stay with the sentence before them;
** their length at s[i], or 0. */
static size_t closer_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']')
        return 1;
    if (c < 0xC2 || i + 1 >= n)
        return 0;
    unsigned char c1 = (unsigned char)s[i + 1];
    if (c == 0xC2)
        return c1 == 0xBB ? 2 : 0; /* » */
    if (i + 2 >= n)
        return 0;
    unsigned char c2 = (unsigned char)s[i + 2];
    if (c == 0xE2 && c1 == 0x80 && (c2 == 0x9D || c2 == 0x99))
        return 3; /* ” ’ */
    if (c == 0xE3 && c1 == 0x80 && (c2 == 0x8D || c2 == 0x8F))
        return 3; /* 」 』 */
    if (c == 0xEF && c1 == 0xBC && c2 == 0x89)
        return 3; /* ） */
    return 0;
}

/* Full-width terminators: 。！？ */
static size_t wide_terminator(const char *s, size_t n, size_t i)
{
    if (ts_starts(s + i, n - i, "\xE3\x80\x82") ||
        ts_starts(s + i, n - i, "\xEF\xBC\x81") ||
        ts_starts(s + i, n - i, "\xEF\xBC\x9F"))
        return 3;
    return 0;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

static int may_stop(unsigned char c)
{
    return c == '.' || c == '!' || c == '?' || c == '\n' || c >= 0x80;
}

/* The first byte in text[i..end) that may end a sentence: '.', '!', '?',
** a line break, or any non-ASCII byte (for 。！？).  Eight bytes at a time: prose has
** one stop in ~100 bytes, so this is most of the scan. */
static size_t next_stop(const char *text, size_t i, size_t end)
{
    for (;;) {
        while (end - i >= 8) {
            uint64_t v;
            memcpy(&v, text + i, 8);
            uint64_t hit = HAS_ZERO(v ^ (ONES * '.')) |
                           HAS_ZERO(v ^ (ONES * '!')) |
                           HAS_ZERO(v ^ (ONES * '?')) |
                           HAS_ZERO(v ^ (ONES * '\n')) | (v & HIGHS);
            if (hit)
                break;
            i += 8;
        }
        size_t stop = end - i < 8 ? end : i + 8;
        for (; i < stop; i++)
            if (may_stop((unsigned char)text[i]))
                return i;
        if (i >= end)
            return end;
    }
}

static size_t space_or_newline(const char *s, size_t n, size_t i)
{
    return s[i] == '\n' ? 1 : ts_space_at(s, n, i);
}

static int push_trimmed(const char *text, size_t start, size_t end,
                        struct spanvec *out)
{
    struct range r = {start, end};
    size_t k;
    while (r.start < r.end &&
           (k = space_or_newline(text, r.end, r.start)) != 0)
        r.start += k;
    while (r.end > r.start &&
           (text[r.end - 1] == '\n' || (k = ts_space_before(text, r.end)) != 0))
        r.end -= text[r.end - 1] == '\n' ? 1 : k;
    if (r.start == r.end)
        return 0;
    return spanvec_push(out, (uint32_t)r.start, (uint32_t)r.end);
}

/* Does the line text[line..nl) stand alone, like a heading ("Huzhou
** Today" above a headline) rather than wrap into the next line?  Short,
** no closing punctuation, and the next line opens a new sentence. */
static int heading_break(const char *text, size_t line, size_t nl,
                         size_t end)
{
    struct range r = {line, nl};
    ts_trim(text, &r);
    if (r.start == r.end)
        return 0;
    unsigned char last = (unsigned char)text[r.end - 1];
    if (strchr(".,;:!?\"')]-", last) != NULL || last >= 0x80)
        return 0;
    size_t words = 1;
    for (size_t i = r.start; i < r.end && words <= 10; i++)
        words += text[i] == ' ';
    if (words > 10)
        return 0;
    size_t next = ts_skip_space(text, end, nl + 1);
    if (next >= end)
        return 0;
    unsigned char c = (unsigned char)text[next];
    return ts_is_upper(c) || ts_is_digit(c) || c == '"' ||
           ts_starts(text + next, end - next, "\xE2\x80\x9C"); /* “ */
}

int segment_sentences(const char *text, size_t start, size_t end,
                      struct spanvec *out)
{
    size_t from = start, i = start, k, line = start;
    while ((i = next_stop(text, i, end)) < end) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n') {
            if (heading_break(text, line, i, end)) {
                if (push_trimmed(text, from, i, out) < 0)
                    return -1;
                from = i + 1;
            }
            line = ++i;
            continue;
        }
        if (c >= 0x80 && c != 0xE3 && c != 0xEF) {
            i++;
            continue;
        }
        size_t j;
        int wide = 0;
        if (c >= 0x80) {
            if ((j = wide_terminator(text, end, i)) == 0) {
                i++;
                continue;
            }
            j += i;
            wide = 1;
        } else {
            j = i + 1;
            while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?'))
                j++;
        }
        while (j < end && (k = closer_at(text, end, j)) != 0)
            j += k;
        if (j < end && !wide) {
            if (space_or_newline(text, end, j) == 0) {
                i = j; /* "51.4", "Jan.-Dec.", "tmall.com" */
                continue;
            }
            if (c == '.' && j == i + 1 && is_abbreviation(text, from, i)) {
                i = j;
                continue;
            }
            size_t next = j;
            while (next < end && (k = space_or_newline(text, end, next)) != 0)
                next += k;
            if (c == '.' && next < end && ts_is_lower((unsigned char)text[next])) {
                i = next;
                continue;
            }
        }
        if (push_trimmed(text, from, j, out) < 0)
            return -1;
        from = i = j;
    }
    return push_trimmed(text, from, end, out);
}

static int word_char(uint32_t cp)
{
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* ASCII classes for counting words: 1 letter or digit, 2 apostrophe,
** 3 separator inside a number. */
static const unsigned char word_class[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
    ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
    ['\''] = 2, ['.'] = 3, [','] = 3,
};

size_t segment_count_words(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t words = 0, i = 0;
    int in = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80) {
            switch (word_class[c]) {
            case 1:
                words += !in;
                in = 1;
                i++;
                while (i < n && u[i] < 0x80 && word_class[u[i]] == 1)
                    i++;
                continue;
            case 2: /* "Wuzhen's": still the same word */
                in = in && i + 1 < n && u[i + 1] < 0x80 &&
                     word_class[u[i + 1]] == 1;
                break;
            case 3: /* "51.4", "2,507" */
                in = in && i + 1 < n && ts_is_digit(u[i - 1]) &&
                     ts_is_digit(u[i + 1]);
                break;
            default:
                in = 0;
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        if (utf8_is_cjk(cp)) {
            words++;
            in = 0;
        } else if (cp == 0x2019 && in && i + k < n &&
                   ts_is_alnum(u[i + k])) {
            /* right single quote used as an apostrophe */
        } else if (word_char(cp)) {
            words += !in;
            in = 1;
        } else
            in = 0;
        i += k;
    }
    return words;
}

static int close_paragraph(const char *text, size_t *start, size_t end,
                           struct spanvec *paragraphs,
                           struct spanvec *sentences, size_t *words)
{
    if (*start == (size_t)-1)
        return 0;
    size_t s = *start;
    *start = (size_t)-1;
    if (spanvec_push(paragraphs, (uint32_t)s, (uint32_t)end) < 0)
        return -1;
    *words += segment_count_words(text + s, end - s);
    return segment_sentences(text, s, end, sentences);
}

int segment_text(const char *text, const struct line *lines, size_t n,
                 struct spanvec *paragraphs, struct spanvec *sentences,
                 size_t *words)
{
    size_t start = (size_t)-1, end = 0;
    *words = 0;
    for (size_t k = 0; k < n; k++) {
        const struct line *l = &lines[k];
        int body = l->body_start < l->body_end;
        int alone = (l->flags & LINE_HEADING) != 0;
        if (!body || alone || (l->flags & LINE_AFTER_GAP))
            if (close_paragraph(text, &start, end, paragraphs, sentences,
                                words) < 0)
                return -1;
        if (!body)
            continue;
        if (start == (size_t)-1)
            start = l->body_start;
        end = l->body_end;
        /* furniture after the body on this line ends the paragraph */
        if (alone || l->bp_start < l->bp_end)
            if (close_paragraph(text, &start, end, paragraphs, sentences,
                                words) < 0)
                return -1;
    }
    return close_paragraph(text, &start, end, paragraphs, sentences, words);
}
