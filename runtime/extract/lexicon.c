/*
** lexicon.c: the extractor's word tables and their lookup.
**
** The words themselves are data in lexicon_words.c; the phrases, which
** are few and read best next to the matcher, are here.  At init every
** word goes into one open-address table by its first 8 bytes (lexicon.h:
** lex_first_slot), with its hash (tok_hash_word) beside it, so a lookup is
** one or two probes and one or two 8-byte compares for most words, and
** a word found needs no hashing; the tokenizer probes the table inline
** (lex_probe) for words of up to 15 letters.  Frequent words that are no
** lexeme (lex_common_words) are in the table too, with id 0, only for
** their hash.
**
** Phrases are sorted by the ids of their first and second words; each
** lexeme knows where its phrases start, so lex_phrase_at() only tries the
** handful that can match.  No regular expressions, no allocation after
** init.
*/
#include "lexicon.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

/* clang-format off */
static const struct phrase phrases[] = {
    /* qualifiers before the number */
    {{"more", "than"}, PH_QUAL, Q_OVER},
    {{"greater", "than"}, PH_QUAL, Q_OVER},
    {{"in", "excess", "of"}, PH_QUAL, Q_OVER},
    {{"upwards", "of"}, PH_QUAL, Q_OVER},
    {{"upward", "of"}, PH_QUAL, Q_OVER},
    {{"well", "over"}, PH_QUAL, Q_OVER},
    {{"just", "over"}, PH_QUAL, Q_OVER},
    {{"well", "above"}, PH_QUAL, Q_OVER},
    {{"just", "under"}, PH_QUAL, Q_NEARLY},
    {{"just", "below"}, PH_QUAL, Q_NEARLY},
    {{"close", "to"}, PH_QUAL, Q_NEARLY},
    {{"almost", "reaching"}, PH_QUAL, Q_NEARLY},
    {{"at", "least"}, PH_QUAL, Q_AT_LEAST},
    {{"no", "less", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"not", "less", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"no", "fewer", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"not", "fewer", "than"}, PH_QUAL, Q_AT_LEAST},
    {{"a", "minimum", "of"}, PH_QUAL, Q_AT_LEAST},
    {{"up", "to"}, PH_QUAL, Q_AT_MOST},
    {{"at", "most"}, PH_QUAL, Q_AT_MOST},
    {{"no", "more", "than"}, PH_QUAL, Q_AT_MOST},
    {{"not", "more", "than"}, PH_QUAL, Q_AT_MOST},
    {{"a", "maximum", "of"}, PH_QUAL, Q_AT_MOST},
    {{"as", "much", "as"}, PH_QUAL, Q_AT_MOST},
    {{"as", "many", "as"}, PH_QUAL, Q_AT_MOST},
    {{"less", "than"}, PH_QUAL, Q_UNDER},
    {{"fewer", "than"}, PH_QUAL, Q_UNDER},
    {{"lower", "than"}, PH_QUAL, Q_UNDER},
    {{"an", "estimated"}, PH_QUAL, Q_ABOUT},
    {{"in", "the", "region", "of"}, PH_QUAL, Q_ABOUT},
    {{"on", "the", "order", "of"}, PH_QUAL, Q_ABOUT},
    {{"in", "the", "neighborhood", "of"}, PH_QUAL, Q_ABOUT},
    /* qualifiers after it */
    {{"or", "more"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"or", "above"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"and", "above"}, PH_POSTQUAL, Q_AT_LEAST},
    {{"or", "so"}, PH_POSTQUAL, Q_ABOUT},
    {{"or", "less"}, PH_POSTQUAL, Q_AT_MOST},
    {{"or", "fewer"}, PH_POSTQUAL, Q_AT_MOST},
    /* units of several words */
    {{"per", "cent"}, PH_UNIT, U_PCT},
    {{"percentage", "points"}, PH_UNIT, U_PP},
    {{"percentage", "point"}, PH_UNIT, U_PP},
    {{"percent", "points"}, PH_UNIT, U_PP},
    {{"pct", "points"}, PH_UNIT, U_PP},
    {{"basis", "points"}, PH_UNIT, U_BP},
    {{"points", "of", "sale"}, PH_UNIT, U_COUNT}, /* not index points */
    {{"square", "kilometers"}, PH_UNIT, U_KM2},
    {{"square", "kilometres"}, PH_UNIT, U_KM2},
    {{"square", "kilometer"}, PH_UNIT, U_KM2},
    {{"square", "kilometre"}, PH_UNIT, U_KM2},
    {{"square", "km"}, PH_UNIT, U_KM2},
    {{"sq", "km"}, PH_UNIT, U_KM2},
    {{"square", "meters"}, PH_UNIT, U_M2},
    {{"square", "metres"}, PH_UNIT, U_M2},
    {{"square", "meter"}, PH_UNIT, U_M2},
    {{"square", "metre"}, PH_UNIT, U_M2},
    {{"square", "m"}, PH_UNIT, U_M2},
    {{"sq", "m"}, PH_UNIT, U_M2},
    {{"square", "miles"}, PH_UNIT, U_SQMILE},
    {{"square", "mile"}, PH_UNIT, U_SQMILE},
    {{"sq", "mi"}, PH_UNIT, U_SQMILE},
    {{"square", "feet"}, PH_UNIT, U_FT2},
    {{"square", "foot"}, PH_UNIT, U_FT2},
    {{"sq", "ft"}, PH_UNIT, U_FT2},
    {{"sq", "feet"}, PH_UNIT, U_FT2},
    {{"cubic", "meters"}, PH_UNIT, U_M3},
    {{"cubic", "metres"}, PH_UNIT, U_M3},
    {{"metric", "tons"}, PH_UNIT, U_T},
    {{"metric", "tonnes"}, PH_UNIT, U_T},
    {{"kilowatt", "hours"}, PH_UNIT, U_KWH},
    {{"barrels", "per", "day"}, PH_UNIT, U_BPD},
    {{"barrels", "a", "day"}, PH_UNIT, U_BPD},
    {{"megabits", "per", "second"}, PH_UNIT, U_MBPS},
    {{"gigabits", "per", "second"}, PH_UNIT, U_GBPS},
    {{"gigabit", "per", "second"}, PH_UNIT, U_GBPS},
    {{"megabit", "per", "second"}, PH_UNIT, U_MBPS},
    {{"terabits", "per", "second"}, PH_UNIT, U_TBPS},
    {{"megawatt", "hours"}, PH_UNIT, U_MWH},
    {{"megawatt", "hour"}, PH_UNIT, U_MWH},
    {{"kilowatt", "hour"}, PH_UNIT, U_KWH},
    {{"gigawatt", "hours"}, PH_UNIT, U_GWH},
    {{"gigawatt", "hour"}, PH_UNIT, U_GWH},
    {{"terawatt", "hours"}, PH_UNIT, U_TWH},
    {{"terawatt", "hour"}, PH_UNIT, U_TWH},
    {{"degrees", "celsius"}, PH_UNIT, U_CELSIUS},
    {{"degrees", "centigrade"}, PH_UNIT, U_CELSIUS},
    {{"degrees", "fahrenheit"}, PH_UNIT, U_FAHRENHEIT},
    {{"u.s.", "dollars"}, PH_UNIT, U_USD},
    {{"u.s.", "dollar"}, PH_UNIT, U_USD},
    {{"us", "dollars"}, PH_UNIT, U_USD},
    {{"american", "dollars"}, PH_UNIT, U_USD},
    {{"hong", "kong", "dollars"}, PH_UNIT, U_HKD},
    {{"hk", "dollars"}, PH_UNIT, U_HKD},
    {{"singapore", "dollars"}, PH_UNIT, U_SGD},
    {{"australian", "dollars"}, PH_UNIT, U_AUD},
    {{"canadian", "dollars"}, PH_UNIT, U_CAD},
    {{"new", "zealand", "dollars"}, PH_UNIT, U_NZD},
    {{"new", "taiwan", "dollars"}, PH_UNIT, U_TWD},
    {{"taiwan", "dollars"}, PH_UNIT, U_TWD},
    {{"nt", "dollars"}, PH_UNIT, U_TWD},
    {{"swiss", "francs"}, PH_UNIT, U_CHF},
    {{"south", "korean", "won"}, PH_UNIT, U_KRW},
    {{"korean", "won"}, PH_UNIT, U_KRW},
    {{"japanese", "yen"}, PH_UNIT, U_JPY},
    {{"indian", "rupees"}, PH_UNIT, U_INR},
    {{"pakistani", "rupees"}, PH_UNIT, U_PKR},
    {{"sri", "lankan", "rupees"}, PH_UNIT, U_LKR},
    {{"nepalese", "rupees"}, PH_UNIT, U_NPR},
    {{"chinese", "yuan"}, PH_UNIT, U_CNY},
    {{"yuan", "renminbi"}, PH_UNIT, U_CNY},
    {{"british", "pounds"}, PH_UNIT, U_GBP},
    {{"pounds", "sterling"}, PH_UNIT, U_GBP},
    {{"mexican", "pesos"}, PH_UNIT, U_MXN},
    {{"philippine", "pesos"}, PH_UNIT, U_PHP},
    {{"argentine", "pesos"}, PH_UNIT, U_ARS},
    {{"colombian", "pesos"}, PH_UNIT, U_COP},
    {{"chilean", "pesos"}, PH_UNIT, U_CLP},
    {{"ugandan", "shillings"}, PH_UNIT, U_UGX},
    {{"tanzanian", "shillings"}, PH_UNIT, U_TZS},
    {{"kuwaiti", "dinars"}, PH_UNIT, U_KWD},
    {{"bahraini", "dinars"}, PH_UNIT, U_BHD},
    {{"jordanian", "dinars"}, PH_UNIT, U_JOD},
    {{"iraqi", "dinars"}, PH_UNIT, U_IQD},
    {{"algerian", "dinars"}, PH_UNIT, U_DZD},
    {{"tunisian", "dinars"}, PH_UNIT, U_TND},
    {{"saudi", "riyals"}, PH_UNIT, U_SAR},
    {{"qatari", "riyals"}, PH_UNIT, U_QAR},
    {{"omani", "rials"}, PH_UNIT, U_OMR},
    {{"iranian", "rials"}, PH_UNIT, U_IRR},
    {{"rwandan", "francs"}, PH_UNIT, U_RWF},
    {{"cfa", "francs"}, PH_UNIT, U_XOF},
    {{"swedish", "kronor"}, PH_UNIT, U_SEK},
    {{"swedish", "crowns"}, PH_UNIT, U_SEK},
    {{"norwegian", "kroner"}, PH_UNIT, U_NOK},
    {{"norwegian", "crowns"}, PH_UNIT, U_NOK},
    {{"danish", "kroner"}, PH_UNIT, U_DKK},
    {{"danish", "crowns"}, PH_UNIT, U_DKK},
    {{"egyptian", "pounds"}, PH_UNIT, U_EGP},
    {{"uae", "dirhams"}, PH_UNIT, U_AED},

    {{"kenyan", "shillings"}, PH_UNIT, U_KES},
    {{"us", "cents"}, PH_UNIT, U_USD_CENT},
    {{"vietnamese", "dong"}, PH_UNIT, U_VND},
    {{"brazilian", "reais"}, PH_UNIT, U_BRL},
    {{"south", "african", "rand"}, PH_UNIT, U_ZAR},
    /* role cues */
    {{"year", "on", "year"}, PH_CHANGE, 0},
    {{"month", "on", "month"}, PH_CHANGE, 0},
    {{"quarter", "on", "quarter"}, PH_CHANGE, 0},
    {{"growth", "rate"}, PH_CHANGE, 0},
    /* "Annual change of CPI was 29.14%": a release's name for a change;
    ** "change" alone is too often something else ("climate change") */
    {{"annual", "change"}, PH_CHANGE, 0},
    {{"monthly", "change"}, PH_CHANGE, 0},
    {{"quarterly", "change"}, PH_CHANGE, 0},
    {{"percentage", "change"}, PH_CHANGE, 0},
    {{"rate", "of", "change"}, PH_CHANGE, 0},
    /* arg 1: a comparison; a change cue after the figure only, and
    ** what follows it is the base level */
    {{"compared", "with"}, PH_CHANGE, 1},
    {{"compared", "to"}, PH_CHANGE, 1},
    {{"from", "a", "year", "earlier"}, PH_CHANGE, 1},
    {{"from", "a", "year", "ago"}, PH_CHANGE, 1},
    {{"from", "last", "year"}, PH_CHANGE, 1},
    {{"over", "the", "previous", "year"}, PH_CHANGE, 1},
    {{"over", "last", "year"}, PH_CHANGE, 1},
    {{"over", "the", "same", "period"}, PH_CHANGE, 1},
    {{"accounting", "for"}, PH_SHARE, 0},
    {{"accounted", "for"}, PH_SHARE, 0},
    {{"accounts", "for"}, PH_SHARE, 0},
    {{"account", "for"}, PH_SHARE, 0},
    {{"made", "up"}, PH_SHARE, 0},
    {{"of", "whom"}, PH_SHARE, 0},
    {{"of", "which"}, PH_SHARE, 0},
    {{"making", "up"}, PH_SHARE, 0},
    {{"plan", "to"}, PH_TARGET, 0},
    {{"plans", "to"}, PH_TARGET, 0},
    {{"planned", "to"}, PH_TARGET, 0},
    {{"planning", "to"}, PH_TARGET, 0},
    {{"is", "set", "to"}, PH_TARGET, 0},
    {{"are", "set", "to"}, PH_TARGET, 0},
    {{"on", "track", "to"}, PH_TARGET, 0},
    {{"strive", "to"}, PH_TARGET, 0},
    {{"striving", "to"}, PH_TARGET, 0},
    {{"stood", "at"}, PH_REACH, 0},
    {{"stands", "at"}, PH_REACH, 0},
    {{"amounted", "to"}, PH_REACH, 0},
    {{"amounting", "to"}, PH_REACH, 0},
    {{"came", "to"}, PH_REACH, 0},
    /* time */
    {{"this", "year"}, PH_TIME, 0},
    {{"the", "current", "year"}, PH_TIME, 0},
    {{"last", "year"}, PH_TIME, -1},
    {{"the", "previous", "year"}, PH_TIME, -1},
    {{"the", "year", "before"}, PH_TIME, -1},
    {{"next", "year"}, PH_TIME, 1},
    {{"the", "coming", "year"}, PH_TIME, 1},
    {{"at", "present"}, PH_NOW, 0},
    {{"so", "far"}, PH_NOW, 0},
    {{"to", "date"}, PH_NOW, 0},
    {{"till", "now"}, PH_NOW, 0},
    {{"until", "now"}, PH_NOW, 0},
    {{"up", "to", "now"}, PH_NOW, 0},
    {{"as", "of", "now"}, PH_NOW, 0},
};
/* clang-format on */

#define N_WORDS lex_words_count
#define N_PHRASES (sizeof phrases / sizeof phrases[0])
_Static_assert(LEX_SLOTS >= 2 * LEX_MAX_WORDS, "the probe table stays sparse");

/* The merged entries (0 is empty), by id; lexicon.h reads them in
** lex_get, everything else here. */
struct lexeme lex_entries[LEX_MAX_WORDS];
static size_t n_lex;
/* The probe table (see lexicon.h). */
struct lex_slot lex_slots[LEX_SLOTS + LEX_OVERFLOW_SLOTS];
static uint16_t phr_kinds[LEX_MAX_WORDS]; /* phrase kinds a word starts */
const uint16_t *const lex_phrase_kinds = phr_kinds;

/* phrases sorted by first word; per lexeme: first index and count */
struct phrase_ix {
    const struct phrase *p;
    uint16_t ids[4]; /* lexeme ids of the words */
    uint16_t kind;   /* 1 << p->kind, tested without going to p */
    uint8_t n;
};
static struct phrase_ix phr[N_PHRASES];
static uint16_t phr_first[LEX_MAX_WORDS], phr_count[LEX_MAX_WORDS];
/* (lexicon.h: lex_phrase_second) */
static uint64_t phr_second[LEX_MAX_WORDS];
const uint64_t *const lex_phrase_second = phr_second;

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static int same_lower(const char *word, const char *w, size_t len)
{
    size_t i = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if ((unsigned char)word[i] != c)
            return 0;
    }
    return word[i] == '\0';
}

/* The first 8 bytes of a word, lower-cased, in one integer: most words
** are compared with one instruction. */
static uint64_t pack(const char *w, size_t len)
{
    uint64_t v = 0;
    for (size_t i = 0; i < len && i < 8; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        v |= (uint64_t)c << (8 * i);
    }
    return v;
}

/* The slot of a word, or of the empty slot where it would go; pk is
** pack(w, len).  A word has no 0 byte, so the 16 bytes packed say its
** length up to 15; one of 16 bytes or more compares the rest too (its
** slot is a lexeme's: the common words are shorter). */
static uint32_t find_slot(uint64_t pk, const char *w, size_t len)
{
    uint64_t pk2 = len > 8 ? pack(w + 8, len - 8) : 0;
    for (uint32_t s = lex_first_slot(pk);; s++) {
        const struct lex_slot *d = &lex_slots[s];
        if (d->packed == 0 ||
            (d->packed == pk && d->packed2 == pk2 &&
             (len < 16 ||
              same_lower(lex_entries[d->id].word + 16, w + 16, len - 16))))
            return s;
    }
}

static uint16_t find(const char *w, size_t len)
{
    return lex_slots[find_slot(pack(w, len), w, len)].id;
}

/* Put a word of `len` bytes and its lexeme id (0 for a word kept only
** for its hash) into its slot, which it may already hold. */
static void fill_slot(const char *w, size_t len, uint16_t id)
{
    if (len == 0) { /* (an empty slot's packed is 0) */
        fprintf(stderr, "lexicon: an empty word\n");
        abort();
    }
    uint64_t pk = pack(w, len);
    uint32_t s = find_slot(pk, w, len);
    if (s >= LEX_SLOTS + LEX_OVERFLOW_SLOTS - 1) {
        fprintf(stderr, "lexicon: the probe table overflows\n");
        abort();
    }
    struct lex_slot *d = &lex_slots[s];
    d->packed = pk;
    d->packed2 = len > 8 ? pack(w + 8, len - 8) : 0;
    d->hash = tok_hash_word(w, len);
    d->id = id;
    d->kind = TK_WORD;
}

static uint16_t add(const struct lexeme *e)
{
    size_t len = strlen(e->word);
    uint16_t id = find(e->word, len);
    if (id) { /* merge a word listed in several sections */
        struct lexeme *m = &lex_entries[id];
        m->cls |= e->cls;
        if (!m->val)
            m->val = e->val;
        if (!m->unit)
            m->unit = e->unit;
        if (!m->qual)
            m->qual = e->qual;
        return id;
    }
    if (n_lex >= LEX_MAX_WORDS) {
        fprintf(stderr, "lexicon: too many words\n");
        abort();
    }
    id = (uint16_t)n_lex++;
    lex_entries[id] = *e;
    fill_slot(e->word, len, id);
    return id;
}

static void build(void)
{
    n_lex = 1;
    for (size_t i = 1; i < N_WORDS; i++)
        add(&lex_words[i]);
    for (size_t i = 0; i < N_PHRASES; i++) {
        phr[i].p = &phrases[i];
        phr[i].kind = (uint16_t)(1u << phrases[i].kind);
        phr[i].n = 0;
        for (int k = 0; k < 4 && phrases[i].w[k]; k++) {
            struct lexeme e = {phrases[i].w[k], 0, 0, 0, 0};
            phr[i].ids[k] = add(&e);
            phr[i].n++;
        }
        lex_entries[phr[i].ids[0]].cls |= LX_PHRASE;
        phr_kinds[phr[i].ids[0]] |= (uint16_t)(1u << phrases[i].kind);
        if (phrases[i].kind == PH_TIME || phrases[i].kind == PH_NOW)
            lex_entries[phr[i].ids[0]].cls |= LX_TIMEPHRASE;
        phr_second[phr[i].ids[0]] |=
            phr[i].n > 1 ? 1ull << (phr[i].ids[1] & 63) : UINT64_MAX;
    }
    /* insertion sort by first word, then second (0 for a phrase of one
    ** word), so phrase_match stops past the second it has (stable: among
    ** phrases of the same two words the first listed is tried first; runs
    ** once, on ~150 rows) */
    for (size_t i = 1; i < N_PHRASES; i++) {
        struct phrase_ix x = phr[i];
        size_t j = i;
        for (; j > 0 && (phr[j - 1].ids[0] > x.ids[0] ||
                         (phr[j - 1].ids[0] == x.ids[0] &&
                          phr[j - 1].ids[1] > x.ids[1]));
             j--)
            phr[j] = phr[j - 1];
        phr[j] = x;
    }
    for (size_t i = N_PHRASES; i-- > 0;) {
        phr_first[phr[i].ids[0]] = (uint16_t)i;
        phr_count[phr[i].ids[0]]++;
    }
    /* the common words last: one that is a lexeme keeps its slot */
    for (size_t i = 0; i < lex_common_words_count; i++) {
        const char *w = lex_common_words[i];
        size_t len = strlen(w);
        if (len > 15) {
            fprintf(stderr, "lexicon: common word \"%s\" is too long\n", w);
            abort();
        }
        if (!find(w, len))
            fill_slot(w, len, 0);
    }
    for (size_t s = 0; s < LEX_SLOTS + LEX_OVERFLOW_SLOTS; s++) {
        uint32_t cls = lex_entries[lex_slots[s].id].cls;
        lex_slots[s].cls = cls;
        lex_slots[s].keep_flags =
            (uint16_t)(cls & LEX_NOTED_CLASSES ? ~TF_PLAIN : ~0);
    }
}

void lex_init(void)
{
    pthread_once(&lex_once, build);
}

uint16_t lex_lookup(uint32_t hash, const char *word, size_t len)
{
    (void)hash;
    return find(word, len);
}

uint16_t lex_lookup_packed(uint64_t pk, const char *word, size_t len,
                           uint32_t *cls)
{
    const struct lex_slot *d = &lex_slots[find_slot(pk, word, len)];
    *cls = d->cls;
    return d->id;
}

uint16_t lex_id(const char *word)
{
    lex_init();
    size_t len = strlen(word);
    uint16_t id = find(word, len);
    if (!id) {
        fprintf(stderr, "lexicon: \"%s\" is not a known word\n", word);
        abort();
    }
    return id;
}

/* A glued '-' or '.' between two words of a phrase ("year-on-year",
** "sq. km") is skipped as if it were a space. */
static int joiner(const struct token *t)
{
    return t->kind == TK_PUNCT && (t->hash == '-' || t->hash == '.');
}

/* The phrases of the word at i that match, the first test passed: its
** second word is at `next` (after a joiner, if any).  Returns the
** tokens of the longest one, as lex_phrase_at. */
__attribute__((noinline)) static int
phrase_match(const struct token *toks, int n, int i, unsigned kinds,
             const struct phrase **out, int next)
{
    uint16_t first = toks[i].lex;
    uint16_t second = next < n && toks[next].kind == TK_WORD ? toks[next].lex : 0;
    /* the second word is the same for every phrase tried: each needs
    ** only its own test of it, and the words after it */
    int best = 0;
    for (unsigned k = phr_first[first], end = k + phr_count[first]; k < end;
         k++) {
        const struct phrase_ix *ph = &phr[k];
        if (ph->ids[1] > second) /* (and so are the rest: sorted) */
            break;
        if (!(kinds & ph->kind) || (ph->n > 1 && ph->ids[1] != second))
            continue;
        int j = ph->n > 1 ? next + 1 : i + 1, w = ph->n > 1 ? 2 : 1;
        while (w < ph->n) {
            if (j + 1 < n && joiner(&toks[j]) && toks[j + 1].kind == TK_WORD)
                j++;
            if (j >= n || toks[j].kind != TK_WORD || toks[j].lex != ph->ids[w])
                break;
            j++, w++;
        }
        if (w == ph->n && j - i > best) {
            best = j - i;
            *out = ph->p;
        }
    }
    return best;
}

/* Most calls end at one of the first tests, which need no registers
** saved; the rest is phrase_match's. */
int lex_phrase_at(const struct token *toks, int n, int i, unsigned kinds,
                  const struct phrase **out)
{
    if (i < 0 || i >= n || toks[i].kind != TK_WORD)
        return 0;
    uint16_t first = toks[i].lex;
    if (!first || !(phr_kinds[first] & kinds))
        return 0;
    int next = i + 1;
    if (next + 1 < n && joiner(&toks[next]) && toks[next + 1].kind == TK_WORD)
        next++;
    uint16_t second = next < n && toks[next].kind == TK_WORD ? toks[next].lex : 0;
    if (!(phr_second[first] & (1ull << (second & 63))))
        return 0;
    return phrase_match(toks, n, i, kinds, out, next);
}
