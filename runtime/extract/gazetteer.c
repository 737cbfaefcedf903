/*
** gazetteer.c: building and matching gazetteers (see gazetteer.h).
**
** Every name is cut into tokens by the extractor's own tokenizer, and each
** token reduced to a 32-bit key (the lower-cased word hash for words, the
** hash of the bytes otherwise).  An entry is found by the hash of its key
** sequence in an open-address table; a bitmap of first-token keys turns
** away almost every word of running text with one memory access, which
** is what keeps subject finding off the scanner's profile (the sentence
** loop tests it inline as words come: gazetteer_may_start).  A second
** bitmap, of the hashes of names' longer prefixes, stops a match from
** reading and probing further than some name could go ("Hangzhou said":
** one key, one probe, not twelve), and a third, of the hashes of whole
** names, spares the probes of lengths no name has ("The" of "The Hindu").
**
** All strings of a gazetteer live in one buffer it owns; entries point
** into it.  Extension copies the base's entries (not its strings: those
** of the built-in gazetteer live forever; an extension of an extension
** copies them) so a gazetteer never depends on another being alive.
*/
#include "gazetteer.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/embedded.h"
#include "token.h"

extern const struct embedded_file gazetteer_files[];
extern const size_t gazetteer_files_count;

#define MAX_KEYS 12
#define BITMAP_WORDS (GAZETTEER_FIRST_BITS / 64)
#define PREFIX_WORDS 2048 /* 131072 bits */

struct gazetteer {
    struct gazetteer_entry *entries;
    size_t count, capacity;
    uint32_t *slots; /* entry index + 1, 0 = empty */
    uint32_t *slot_hash;
    size_t n_slots;
    uint64_t cap_bits[BITMAP_WORDS]; /* first-token keys, capitalised */
    uint64_t low_bits[BITMAP_WORDS]; /* first-token keys, lower_ok    */
    /* combined hashes of every name's first two, three, ... tokens: a
    ** match stops reading keys at the first prefix no name has */
    uint64_t prefix_bits[PREFIX_WORDS];
    /* combined hashes of every whole name: a match probes the table only
    ** for a length some name may have ("The Hindu" lets "The" through
    ** the first test, and "The" alone is no name) */
    uint64_t name_bits[PREFIX_WORDS];
    int max_keys;
    char **buffers; /* owned string buffers */
    size_t n_buffers;
};

static const char *const kind_names[GK__N] = {
    NULL,   "province", "city",    "county",
    "town", "country",  "company", "organisation"};

const char *gazetteer_kind_name(int kind)
{
    return kind > 0 && kind < GK__N ? kind_names[kind] : NULL;
}

static uint32_t token_key(const char *text, const struct token *t)
{
    if (t->kind == TK_WORD)
        return t->hash;
    uint32_t h = TOK_HASH_INIT;
    for (uint32_t i = t->start; i < t->end; i++)
        h = tok_hash_step(h, (unsigned char)text[i]);
    return h;
}

/* The hash of a key sequence is built one key at a time, so a match
** gets the hash of every prefix of the text's tokens in one pass. */
#define COMBINE_INIT 0x9E3779B9u
static uint32_t combine_step(uint32_t h, uint32_t key)
{
    h = (h ^ key) * 0x01000193u;
    return h ^ (h >> 15);
}

static uint32_t combine_end(uint32_t h)
{
    return h ? h : 1;
}

static uint32_t combine(const uint32_t *keys, int n)
{
    uint32_t h = COMBINE_INIT;
    for (int i = 0; i < n; i++)
        h = combine_step(h, keys[i]);
    return combine_end(h);
}

static bool prefix_test(const uint64_t *bits, uint32_t h)
{
    uint32_t b = (h ^ (h >> 17)) & (PREFIX_WORDS * 64 - 1);
    return (bits[b >> 6] >> (b & 63)) & 1;
}

static void prefix_set(uint64_t *bits, uint32_t h)
{
    uint32_t b = (h ^ (h >> 17)) & (PREFIX_WORDS * 64 - 1);
    bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* the first-token bitmaps: gazetteer_may_start (gazetteer.h) tests */
static void bit_set(uint64_t *bits, uint32_t key)
{
    uint32_t b = (key ^ (key >> 16)) & (GAZETTEER_FIRST_BITS - 1);
    bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* keys a[0..n) and b[0..n) the same?  (Names are a few keys: a loop is
** cheaper than a call of memcmp.) */
static bool same_keys(const uint32_t *a, const uint32_t *b, int n)
{
    for (int k = 0; k < n; k++)
        if (a[k] != b[k])
            return false;
    return true;
}

/* The entry named by keys[0..n), whose combine() is h. */
static const struct gazetteer_entry *find_hashed(const struct gazetteer *g,
                                                 const uint32_t *keys, int n,
                                                 uint32_t h)
{
    if (!g->n_slots)
        return NULL;
    for (size_t s = h & (g->n_slots - 1);; s = (s + 1) & (g->n_slots - 1)) {
        if (!g->slots[s])
            return NULL;
        if (g->slot_hash[s] == h) {
            const struct gazetteer_entry *e = &g->entries[g->slots[s] - 1];
            if (e->n_keys == n && same_keys(e->keys, keys, n))
                return e;
        }
    }
}

static const struct gazetteer_entry *find(const struct gazetteer *g,
                                          const uint32_t *keys, int n)
{
    return find_hashed(g, keys, n, combine(keys, n));
}

/* (Re)build the hash table and bitmaps from the entry array; later
** entries with the same keys replace earlier ones. */
static int index_entries(struct gazetteer *g)
{
    size_t n = 64;
    while (n < g->count * 2 + 1)
        n *= 2;
    free(g->slots);
    free(g->slot_hash);
    g->slots = calloc(n, sizeof *g->slots);
    g->slot_hash = calloc(n, sizeof *g->slot_hash);
    if (!g->slots || !g->slot_hash)
        return -1;
    g->n_slots = n;
    memset(g->cap_bits, 0, sizeof g->cap_bits);
    memset(g->low_bits, 0, sizeof g->low_bits);
    memset(g->prefix_bits, 0, sizeof g->prefix_bits);
    memset(g->name_bits, 0, sizeof g->name_bits);
    g->max_keys = 0;
    for (size_t i = 0; i < g->count; i++) {
        struct gazetteer_entry *e = &g->entries[i];
        uint32_t h = combine(e->keys, e->n_keys);
        size_t s = h & (n - 1);
        for (; g->slots[s]; s = (s + 1) & (n - 1)) {
            const struct gazetteer_entry *o = &g->entries[g->slots[s] - 1];
            if (g->slot_hash[s] == h && o->n_keys == e->n_keys &&
                same_keys(o->keys, e->keys, e->n_keys)) {
                /* replace; "tmall.com" and "Tmall.com" are one name */
                if (strcmp(o->canonical, e->canonical) == 0)
                    e->lower_ok |= o->lower_ok;
                break;
            }
        }
        g->slots[s] = (uint32_t)i + 1;
        g->slot_hash[s] = h;
        prefix_set(g->name_bits, h);
        bit_set(g->cap_bits, e->keys[0]);
        if (e->lower_ok)
            bit_set(g->low_bits, e->keys[0]);
        uint32_t p = COMBINE_INIT;
        for (int k = 0; k < e->n_keys; k++) {
            p = combine_step(p, e->keys[k]);
            if (k > 0)
                prefix_set(g->prefix_bits, combine_end(p));
        }
        if (e->n_keys > g->max_keys)
            g->max_keys = e->n_keys;
    }
    return 0;
}

/* Tokenize `name` into keys; returns the count, or -1 if too many. */
static int name_keys(const char *name, uint32_t *keys)
{
    struct tokenizer tz;
    struct token t;
    int n = 0;
    tok_init(&tz, name, strlen(name), NULL, 0);
    while (tok_next(&tz, &t) != TK_END) {
        if (n == MAX_KEYS)
            return -1;
        keys[n++] = token_key(name, &t);
    }
    return n;
}

static int kind_from(const char *s)
{
    for (int k = 1; k < GK__N; k++)
        if (strcmp(s, kind_names[k]) == 0)
            return k;
    if (strcmp(s, "organization") == 0)
        return GK_ORGANISATION;
    return 0;
}

static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int add_tsv(struct gazetteer *g, const char *tsv, size_t len,
                   struct wic_error *err)
{
    char *buf = malloc(len + 1);
    char **bufs = realloc(g->buffers, (g->n_buffers + 1) * sizeof *bufs);
    if (!buf || !bufs) {
        free(buf);
        if (bufs)
            g->buffers = bufs;
        return wic_error_set(err, WIC_ERR_MEMORY, "gazetteer: out of memory");
    }
    g->buffers = bufs;
    g->buffers[g->n_buffers++] = buf;
    memcpy(buf, tsv, len);
    buf[len] = '\0';

    int line_no = 0;
    char *line = buf, *end = buf + len;
    while (line < end) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        char *next = nl ? nl + 1 : end;
        if (nl)
            *nl = '\0';
        line_no++;
        if (memchr(line, '\0', (size_t)((nl ? nl : end) - line)) != NULL) {
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: NUL byte", line_no);
        }
        char *f[5] = {0};
        int nf = 0;
        char *p = line;
        f[nf++] = p;
        while ((p = strchr(p, '\t')) != NULL && nf < 5) {
            *p++ = '\0';
            f[nf++] = p;
        }
        char *first = trim(f[0]);
        if (nf == 1 && (*first == '\0' || *first == '#')) {
            line = next;
            continue;
        }
        if (*first == '#') {
            line = next;
            continue;
        }
        if (nf < 3 || nf > 4)
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: expected 3 or 4 "
                                 "tab-separated fields, found %d",
                                 line_no, nf);
        char *name = first, *kind = trim(f[1]), *canon = trim(f[2]);
        char *country = nf == 4 ? trim(f[3]) : "";
        int k = kind_from(kind);
        if (!*name || !*canon)
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: empty name", line_no);
        if (!k)
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: unknown kind \"%.40s\"",
                                 line_no, kind);
        if (strlen(country) > 2)
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: country must be a "
                                 "two-letter code",
                                 line_no);
        struct gazetteer_entry e;
        memset(&e, 0, sizeof e);
        int nk = name_keys(name, e.keys);
        if (nk <= 0)
            return wic_error_set(err, WIC_ERR_INPUT,
                                 "gazetteer line %d: name has %s tokens",
                                 line_no, nk < 0 ? "more than 12" : "no");
        e.n_keys = (uint8_t)nk;
        e.name = name;
        e.canonical = canon;
        e.kind = (uint8_t)k;
        e.lower_ok = name[0] >= 'a' && name[0] <= 'z';
        int caps = 0, lowers = 0;
        for (const char *c = name; *c && *c != ' '; c++) {
            caps += *c >= 'A' && *c <= 'Z';
            lowers += *c >= 'a' && *c <= 'z';
        }
        e.acronym = caps >= 2 && lowers == 0;
        memcpy(e.country, country, strlen(country) + 1);
        if (g->count == g->capacity) {
            size_t cap = g->capacity ? g->capacity * 2 : 512;
            struct gazetteer_entry *ne = realloc(g->entries, cap * sizeof *ne);
            if (!ne)
                return wic_error_set(err, WIC_ERR_MEMORY,
                                     "gazetteer: out of memory");
            g->entries = ne;
            g->capacity = cap;
        }
        g->entries[g->count++] = e;
        line = next;
    }
    return 0;
}

void gazetteer_free(struct gazetteer *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_buffers; i++)
        free(g->buffers[i]);
    free(g->buffers);
    free(g->entries);
    free(g->slots);
    free(g->slot_hash);
    free(g);
}

/* Copy the strings of `base` into one buffer owned by g. */
static int copy_base(struct gazetteer *g, const struct gazetteer *base)
{
    size_t total = 0;
    for (size_t i = 0; i < base->count; i++)
        total += strlen(base->entries[i].name) +
                 strlen(base->entries[i].canonical) + 2;
    char *buf = malloc(total + 1);
    g->entries = malloc((base->count + 1) * sizeof *g->entries);
    g->buffers = malloc(sizeof *g->buffers);
    if (!buf || !g->entries || !g->buffers) {
        free(buf);
        return -1;
    }
    g->buffers[g->n_buffers++] = buf;
    g->capacity = base->count + 1;
    for (size_t i = 0; i < base->count; i++) {
        struct gazetteer_entry e = base->entries[i];
        size_t a = strlen(e.name) + 1, b = strlen(e.canonical) + 1;
        memcpy(buf, e.name, a);
        e.name = buf;
        buf += a;
        memcpy(buf, e.canonical, b);
        e.canonical = buf;
        buf += b;
        g->entries[g->count++] = e;
    }
    return 0;
}

struct gazetteer *gazetteer_new_extended(const struct gazetteer *base,
                                         const char *tsv, size_t len,
                                         struct wic_error *err)
{
    struct gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        wic_error_set(err, WIC_ERR_MEMORY, "gazetteer: out of memory");
        return NULL;
    }
    if (base && copy_base(g, base) != 0) {
        gazetteer_free(g);
        wic_error_set(err, WIC_ERR_MEMORY, "gazetteer: out of memory");
        return NULL;
    }
    if ((tsv && add_tsv(g, tsv, len, err) != 0)) {
        gazetteer_free(g);
        return NULL;
    }
    if (index_entries(g) != 0) {
        gazetteer_free(g);
        wic_error_set(err, WIC_ERR_MEMORY, "gazetteer: out of memory");
        return NULL;
    }
    return g;
}

static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;
static struct gazetteer *builtin;

static void build_builtin(void)
{
    const struct embedded_file *f =
        embedded_find(gazetteer_files, gazetteer_files_count, "gazetteer.tsv");
    if (!f)
        return;
    struct wic_error err;
    builtin = gazetteer_new_extended(NULL, (const char *)f->data, f->len, &err);
    if (!builtin) /* a broken gazetteer.tsv is a build bug: say so */
        fprintf(stderr, "wicrun: built-in gazetteer: %s\n", err.message);
}

struct gazetteer *gazetteer_builtin(void)
{
    pthread_once(&builtin_once, build_builtin);
    return builtin;
}

size_t gazetteer_count(const struct gazetteer *g)
{
    return g ? g->count : 0;
}

/* Can a name that has token j - 1 go on with token j (j < n)?  Not over
** a break, a line or a URL, nor past a possessive ("China's"). */
static inline bool goes_on(const struct token *toks, int j)
{
    const struct token *u = &toks[j];
    return u->kind != TK_BREAK && u->kind != TK_END && u->kind != TK_URL &&
           !(u->flags & TF_NEWLINE) && !(toks[j - 1].flags & TF_POSS);
}

/* May the text at token t take entry e: capitalised unless the name is
** in lower case, in capitals when the name's first word is? */
static inline bool fits(const struct gazetteer_entry *e,
                        const struct token *t)
{
    bool cap = (t->flags & TF_CAP) != 0 || t->kind == TK_CJK;
    return (cap || e->lower_ok) && (!e->acronym || (t->flags & TF_ALLCAP));
}

/* gazetteer_match past the first-token bitmap: the longest name whose
** first key, keys[0], the bitmap let through.  Out of line, so that the
** test most words fail is all the common call runs (no arrays set up);
** with six arguments, all in registers, the call to it is a jump. */
static __attribute__((noinline)) int
match_from(const struct gazetteer *g, const char *text,
           const struct token *toks, int n, int i,
           const struct gazetteer_entry **out)
{
    const struct token *t = &toks[i];
    uint32_t keys[MAX_KEYS], hash[MAX_KEYS + 1];
    keys[0] = token_key(text, t);
    uint32_t h = combine_step(COMBINE_INIT, keys[0]);
    hash[1] = combine_end(h);
    int m = 1;
    while (m < g->max_keys && i + m < n && goes_on(toks, i + m)) {
        keys[m] = token_key(text, &toks[i + m]);
        h = combine_step(h, keys[m]);
        if (!prefix_test(g->prefix_bits, combine_end(h)))
            break; /* no name goes on like this, so none is longer */
        hash[++m] = combine_end(h);
    }
    for (int len = m; len >= 1; len--) {
        if (!prefix_test(g->name_bits, hash[len]))
            continue;
        const struct gazetteer_entry *e = find_hashed(g, keys, len, hash[len]);
        if (e && fits(e, t)) {
            *out = e;
            return len;
        }
    }
    return 0;
}

/* gazetteer_match at a CJK token, whose key is hashed from its bytes: out
** of line, so that the test of a word needs no registers saved. */
static __attribute__((noinline)) int
cjk_match(const struct gazetteer *g, const char *text,
          const struct token *toks, int n, int i,
          const struct gazetteer_entry **out)
{
    if (!gazetteer_may_start(g->cap_bits, token_key(text, &toks[i])))
        return 0;
    return match_from(g, text, toks, n, i, out);
}

int gazetteer_match(const struct gazetteer *g, const char *text,
                    const struct token *toks, int n, int i,
                    const struct gazetteer_entry **out)
{
    if (!g || i >= n || g->max_keys == 0)
        return 0;
    const struct token *t = &toks[i];
    if (t->kind == TK_CJK)
        return cjk_match(g, text, toks, n, i, out);
    if (t->kind != TK_WORD)
        return 0;
    /* a word's key is its hash (token_key) */
    if (!gazetteer_may_start(t->flags & TF_CAP ? g->cap_bits : g->low_bits,
                             t->hash))
        return 0;
    return match_from(g, text, toks, n, i, out);
}

/* Most words the first test lets through start no name longer than one
** word with the word after them ("The" of "The Hindu", at "The report";
** "China" at "China said"): two keys decide, and only a name of one word
** is left to look up, with no arrays set up for twelve. */
int gazetteer_match_word(const struct gazetteer *g, const char *text,
                         const struct token *toks, int n, int i,
                         const struct gazetteer_entry **out)
{
    const struct token *t = &toks[i];
    uint32_t key = t->hash; /* a word's key (token_key) */
    uint32_t h = combine_step(COMBINE_INIT, key);
    if (g->max_keys > 1 && i + 1 < n && goes_on(toks, i + 1) &&
        prefix_test(g->prefix_bits,
                    combine_end(combine_step(h, token_key(text, &toks[i + 1])))))
        return match_from(g, text, toks, n, i, out);
    h = combine_end(h);
    if (!prefix_test(g->name_bits, h))
        return 0;
    const struct gazetteer_entry *e = find_hashed(g, &key, 1, h);
    if (!e || !fits(e, t))
        return 0;
    *out = e;
    return 1;
}

void gazetteer_first_bits(const struct gazetteer *g, const uint64_t **cap,
                          const uint64_t **low)
{
    static const uint64_t none[BITMAP_WORDS];
    if (!g || g->max_keys == 0) {
        *cap = *low = none;
        return;
    }
    *cap = g->cap_bits;
    *low = g->low_bits;
}

const struct gazetteer_entry *gazetteer_lookup(const struct gazetteer *g,
                                               const char *name)
{
    uint32_t keys[MAX_KEYS];
    if (!g)
        return NULL;
    int n = name_keys(name, keys);
    if (n <= 0)
        return NULL;
    return find(g, keys, n);
}
