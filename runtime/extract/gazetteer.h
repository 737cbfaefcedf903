/*
** gazetteer.h: places and organisations a figure can be about.
**
** A gazetteer is read from TSV, one entry a line:
**
**     name <TAB> kind <TAB> canonical [<TAB> country]
**
** kind is province, city, county, town, country, company or organisation;
** canonical is the name figures report (aliases map to it: "PRC" ->
** "China"); the optional country is an ISO 3166 alpha-2 code, used to
** tell a Chinese article from another.  Blank lines and lines starting
** with '#' are ignored.
**
** Names are matched on tokens, not bytes: "Hong Kong" matches across any
** whitespace, "JD.com" as the three tokens it is, case-insensitively but
** only where the text capitalises the first word ("china" is porcelain);
** a name starting in lower case in the TSV ("tmall.com", "eBay") matches
** uncapitalised text (the scanner only asks about such words when they
** carry a capital or a glued '.', as those names do), and one whose first word
*is an acronym ("WHO",
** "US") only text in capitals ("Who", "us" are words).
** The longest name wins.  Lookups hash token sequences, so the cost does
** not grow with the size of the gazetteer.
**
** The built-in gazetteer (runtime/extract/gazetteer.tsv, compiled into
** the binary) is built once on first use and shared; packs extend it with
** their own TSV, entries of the extension replacing equal names.
*/
#ifndef WIC_GAZETTEER_H
#define WIC_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"

enum gazetteer_kind {
    GK_NONE = 0,
    GK_PROVINCE,
    GK_CITY,
    GK_COUNTY,
    GK_TOWN,
    GK_COUNTRY,
    GK_COMPANY,
    GK_ORGANISATION,
    GK__N
};

struct gazetteer_entry {
    const char *name;      /* as written in the TSV            */
    const char *canonical; /* what figures report              */
    uint8_t kind;          /* enum gazetteer_kind              */
    uint8_t n_keys;        /* tokens in the name               */
    uint8_t lower_ok;      /* name starts in lower case ("eBay",
                              "tmall.com"): text need not be
                              capitalised                      */
    uint8_t acronym;       /* first word all capitals ("WHO"):
                              text must be too                 */
    char country[3];       /* "CN", or "" when not given       */
    uint32_t keys[12];     /* per-token hashes (see .c)        */
};

struct gazetteer;
struct token;

/* The built-in gazetteer: built on first call (thread-safe), shared,
** never to be freed.  NULL only if memory ran out. */
struct gazetteer *gazetteer_builtin(void);

/* A new gazetteer holding `base`'s entries (base may be NULL) plus those
** of `tsv`.  NULL with `err` set (naming the line) for a malformed line,
** an unknown kind, a name of more than 12 tokens, or lack of memory. */
struct gazetteer *gazetteer_new_extended(const struct gazetteer *base,
                                         const char *tsv, size_t len,
                                         struct wic_error *err);

void gazetteer_free(struct gazetteer *g);

size_t gazetteer_count(const struct gazetteer *g);

/* "province", "city", ... for a kind; NULL for GK_NONE. */
const char *gazetteer_kind_name(int kind);

/* Entry for a name written as in running text ("Hong Kong", "JD.com"),
** matched like the scanner does; NULL when unknown. */
const struct gazetteer_entry *gazetteer_lookup(const struct gazetteer *g,
                                               const char *name);

/* For the scanner: the longest entry starting at token i of `toks` (n
** tokens of `text`); returns how many tokens it covers (0: none). */
int gazetteer_match(const struct gazetteer *g, const char *text,
                    const struct token *toks, int n, int i,
                    const struct gazetteer_entry **out);

/* The first test gazetteer_match makes of a word, for the scanner to make
** inline as the words come: bitmaps of the first-token keys of names
** that match capitalised text (`cap`) and of those that also match
** lower-case text (`low`).  A word (key: its hash) that its bitmap turns
** away starts no name.  A NULL or empty gazetteer gives bitmaps of
** zeros: nothing starts a name there. */
#define GAZETTEER_FIRST_BITS 65536
void gazetteer_first_bits(const struct gazetteer *g, const uint64_t **cap,
                          const uint64_t **low);

static inline int gazetteer_may_start(const uint64_t *bits, uint32_t key)
{
    uint32_t b = (key ^ (key >> 16)) & (GAZETTEER_FIRST_BITS - 1);
    return (int)((bits[b >> 6] >> (b & 63)) & 1);
}

/* gazetteer_match at the word (a TK_WORD) at token i, once the bitmap
** gazetteer_first_bits gave for its case (cap for a capitalised word)
** let it through: the rest of the match, without the tests made already. */
int gazetteer_match_word(const struct gazetteer *g, const char *text,
                         const struct token *toks, int n, int i,
                         const struct gazetteer_entry **out);

#endif
