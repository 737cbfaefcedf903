/*
** lexicon.h: the words the extractor knows (internal to runtime/extract).
**
** One table of lexemes (number words, scale words, units, currencies,
** qualifiers, role and time cues, function words) looked up by the hash the
** tokenizer computes anyway, so classifying a word costs one probe.  A word
** can belong to several classes at once ("up" is a change cue and the start
** of "up to"); the classes are bits.  Multi-word expressions ("more than",
** "per cent", "U.S. dollars", "accounting for") live in a phrase table
** indexed by their first word and are only tried where the scanner asks.
**
** Units are small integers into lex_units; unit codes are static strings
** so figures can point at them without copying.
*/
#ifndef WIC_EXTRACT_LEXICON_H
#define WIC_EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct token;

/* lexeme.cls bits */
enum {
    LX_NUMWORD = 1u << 0,     /* zero..ninety; val = value                 */
    LX_SCALE = 1u << 1,       /* hundred..trillion, bn, lakh; val = 10^val  */
    LX_UNIT = 1u << 2,        /* unit after a number; unit = U_*           */
    LX_CURPREFIX = 1u << 3,   /* currency code before a number (RMB 5);
                                 val = PREFIX_* bits                       */
    LX_QUAL = 1u << 4,        /* one-word qualifier; qual = Q_*            */
    LX_PHRASE = 1u << 5,      /* first word of a phrase                    */
    LX_MONTH = 1u << 6,       /* val = 1..12                               */
    LX_STOP = 1u << 7,        /* function word: ends noun phrases          */
    LX_YEARPREP = 1u << 8,    /* in/since/by...: what precedes a year      */
    LX_CHANGE = 1u << 9,      /* role cue: change                          */
    LX_SHARE = 1u << 10,      /* role cue: share                           */
    LX_TARGET = 1u << 11,     /* role cue: target                          */
    LX_REACH = 1u << 12,      /* "reached", "totaled": a level follows     */
    LX_IDLINE = 1u << 13,     /* "Tel", "Fax", "QQ": numbers after are ids */
    LX_IDNUM = 1u << 14,      /* "No.", "#": the next number is an id      */
    LX_ORDINAL = 1u << 15,    /* first, second, ...                        */
    LX_CLOCK = 1u << 16,      /* a.m., p.m., o'clock                       */
    LX_PLURAL = 1u << 17,     /* plural without -s: people, staff          */
    LX_DET = 1u << 18,        /* the, its, these...                        */
    LX_KIND = 1u << 19,       /* province, city...; val = gazetteer kind   */
    LX_TIMEADJ = 1u << 20,    /* first/past/next/recent N years            */
    LX_FREQ = 1u << 21,       /* a/per/each/every after "times"            */
    LX_CHINA = 1u << 22,      /* China, yuan, RMB: Chinese context         */
    LX_NOW = 1u << 23,        /* currently, now: the article's year        */
    LX_ABBREV = 1u << 24,     /* a following '.' does not end a sentence   */
    LX_CAPONLY = 1u << 25,    /* month only when capitalised (May, March)  */
    LX_ARTICLE = 1u << 26,    /* a, an: "a million", "a dozen"             */
    LX_HALF = 1u << 27,       /* half                                      */
    LX_FOLD = 1u << 28,       /* threefold; val = factor                   */
    LX_VERB = 1u << 29,       /* other verbs that end a noun phrase        */
    LX_YEARWORD = 1u << 30,   /* year, years: "this year", "last year"     */
    LX_TIMEPHRASE = 1u << 31, /* starts a time phrase ("last year")      */
};

/* The classes of the words the scanner's sentence loop may note (scan.c:
** note_word, which tells the units and verbs apart by word); a lower-case
** word with none of them is plain (TF_PLAIN), and the loop skips it. */
#define LEX_NOTED_CLASSES                                                      \
    (LX_FOLD | LX_NUMWORD | LX_HALF | LX_ARTICLE | LX_SCALE | LX_IDLINE |     \
     LX_CHINA | LX_TIMEPHRASE | LX_NOW | LX_MONTH | LX_YEARWORD | LX_UNIT |   \
     LX_VERB | LX_KIND)

/* approx kinds */
enum { Q_NONE = 0, Q_ABOUT, Q_OVER, Q_NEARLY, Q_AT_LEAST, Q_AT_MOST, Q_UNDER };
extern const char *const lex_qual_name[]; /* indexed by Q_*, NULL for Q_NONE */

enum unit_kind {
    UK_NONE = 0,
    UK_CURRENCY,
    UK_PERCENT,
    UK_PP,
    UK_MULT,
    UK_MEASURE,
    UK_DURATION, /* a measure of time: rejected after "the first/past" */
};

/* Every ISO 4217 code the extractor reads as a currency, in byte order:
** N(c) gets its own unit U_c, E(c) names a unit listed below.  Codes that
** are also common acronyms (ALL, AMD, TOP, CUP, CVE, CRC, MAD, PEN, SOS,
** GEL, BOB, TMT, NAD...) are left out. */
#define LEX_ISO_CURRENCIES(N, E) \
    E(AED) N(AFN) N(ANG) N(AOA) N(ARS) E(AUD) N(AZN) N(BAM) N(BBD) N(BDT) \
    N(BGN) N(BHD) N(BIF) N(BND) E(BRL) N(BSD) N(BTN) N(BWP) N(BYN) N(BZD) \
    E(CAD) E(CHF) N(CLP) E(CNY) N(COP) N(CZK) N(DJF) N(DKK) N(DOP) N(DZD) \
    N(EGP) N(ERN) N(ETB) E(EUR) N(FJD) N(FKP) E(GBP) N(GHS) N(GIP) N(GMD) \
    N(GNF) N(GTQ) N(GYD) E(HKD) N(HNL) N(HTG) N(HUF) E(IDR) N(ILS) E(INR) \
    N(IQD) N(IRR) N(ISK) N(JMD) N(JOD) E(JPY) E(KES) N(KGS) N(KHR) N(KMF) \
    N(KPW) E(KRW) N(KWD) N(KYD) N(KZT) N(LAK) N(LBP) N(LKR) N(LRD) N(LSL) \
    N(LYD) N(MDL) N(MGA) N(MKD) N(MMK) N(MNT) N(MOP) N(MRU) N(MUR) N(MVR) \
    N(MWK) E(MXN) E(MYR) N(MZN) E(NGN) N(NOK) N(NPR) E(NZD) N(OMR) N(PGK) \
    N(PHP) N(PKR) N(PLN) N(PYG) N(QAR) N(RON) N(RSD) E(RUB) N(RWF) E(SAR) \
    N(SBD) N(SDG) N(SEK) E(SGD) N(SLE) N(SRD) N(SSP) N(STN) N(SYP) N(SZL) \
    E(THB) N(TJS) N(TND) E(TRY) N(TTD) E(TWD) N(TZS) N(UAH) N(UGX) E(USD) \
    N(UYU) N(UZS) N(VES) E(VND) N(VUV) N(WST) N(XAF) N(XCD) N(XOF) N(XPF) \
    N(YER) E(ZAR) N(ZMW) N(ZWL)

enum unit_id {
    U_NONE = 0,
    U_CNY,
    U_USD,
    U_EUR,
    U_GBP,
    U_JPY,
    U_INR,
    U_HKD,
    U_KRW,
    U_SGD,
    U_AUD,
    U_CAD,
    U_TWD,
    U_NZD,
    U_CHF,
    U_RUB,
    U_THB,
    U_MYR,
    U_IDR,
    U_BRL,
    U_MXN,
    U_ZAR,
    U_AED,
    U_SAR,
    U_TRY,
    U_NGN,
    U_VND,
    U_KES,
    U_USD_CENT,
    U_YEN_SIGN,   /* "¥": CNY or JPY, decided per article            */
    U_POUND_WORD, /* "pounds": GBP or lb, decided per article        */
    U_DOLLAR,     /* "$", "dollars": USD unless the article says whose */
    /* words several countries' currencies share: the page's country's,
    ** decided at the article's end (money.c) */
    U_RUPEE,      /* "Rs", "rupees": INR, PKR, LKR, NPR                */
    U_PESO,       /* "pesos": MXN, PHP, ARS, COP, CLP, ...             */
    U_SHILLING,   /* "Sh", "shillings": KES, UGX, TZS                  */
    U_DINAR,      /* "dinars": KWD, BHD, JOD, IQD, ...                 */
    U_RIYAL,      /* "riyals": SAR, QAR                                */
    U_RIAL,       /* "rials": IRR, OMR, YER                            */
    U_KRONE,      /* "kroner": DKK, NOK ("kronor" are Sweden's)        */
    U_PCT,
    U_PP,
    U_BP,
    U_X,
    U_KM2,
    U_M2,
    U_KM,
    U_M,
    U_CM,
    U_MM,
    U_MILE,
    U_SQMILE,
    U_FT,
    U_FT2,  /* square feet */
    U_INCH,
    U_HA,
    U_ACRE,
    U_MU,
    U_HOUR,
    U_MINUTE,
    U_SECOND,
    U_DAY,
    U_WEEK,
    U_MONTH,
    U_YEAR,
    U_DECADE,
    U_T,
    U_KG,
    U_G,
    U_LB,
    U_L,
    U_M3,
    U_BARREL,
    U_KWH,
    U_MWH,
    U_GWH,
    U_TWH,
    U_KW,
    U_MW,
    U_GW,
    U_W,
    U_GB,
    U_TB,
    U_EB,
    U_ZB,
    U_TEU,
    U_PFLOPS,
    U_EFLOPS,
    U_MS,
    U_PB,
    U_MB,
    U_MBPS,
    U_GBPS,
    U_TBPS,
    U_GHZ,
    U_MHZ,
    U_CELSIUS,
    U_FAHRENHEIT,
    U_NM,
    U_MAH,
    U_BPD,   /* barrels per day */
    U_POINT, /* index points */
    U_COUNT,
    /* ISO codes without a word of their own */
#define LEX_ISO_ENUM(c) U_##c,
#define LEX_ISO_SKIP(c)
    LEX_ISO_CURRENCIES(LEX_ISO_ENUM, LEX_ISO_SKIP)
#undef LEX_ISO_ENUM
#undef LEX_ISO_SKIP
    U__N,
    U_SHARED_FIRST = U_RUPEE,
    U_SHARED_LAST = U_KRONE
};

struct unit_info {
    const char *code; /* what figures report                         */
    uint8_t kind;     /* enum unit_kind                              */
    int8_t exp;       /* power of ten applied to the value (cents)   */
};
extern const struct unit_info lex_units[U__N];
_Static_assert(U__N <= 256, "unit ids are stored in uint8_t");

/* A currency written as a code, sign or word (not "cents", not "¥" or
** "pounds", which wait for the article). */
static inline int lex_is_currency_code(int u)
{
    return (u > U_NONE && u < U_USD_CENT) || u > U_COUNT;
}

/* lexeme.val of an LX_CURPREFIX word that is also plain letters (unit.c) */
enum {
    PREFIX_NEEDS_AMOUNT = 1, /* a decimal, thousands or scale must follow */
    PREFIX_GLUED = 2,        /* ... glued to it: "SR2.6 billion"          */
};

struct lexeme {
    const char *word; /* lower case */
    uint32_t cls;     /* LX_* bits  */
    int32_t val;
    uint8_t unit; /* U_*        */
    uint8_t qual; /* Q_*        */
};

/* phrase kinds */
enum {
    PH_QUAL = 1,  /* arg = Q_*: "more than"                          */
    PH_POSTQUAL,  /* arg = Q_*: "or more" after the number            */
    PH_UNIT,      /* arg = U_*: "per cent", "square kilometres"       */
    PH_CURPREFIX, /* arg = U_*: "U.S. dollars" is a unit, this is for
                     words before a number                            */
    PH_CHANGE,    /* "year on year", "growth rate", "compared with"   */
    PH_SHARE,     /* "accounting for", "share of"                     */
    PH_TARGET,    /* "plans to", "is set to"                          */
    PH_REACH,     /* "stood at", "amounted to"                        */
    PH_TIME,      /* arg = year offset: "last year" -> -1             */
    PH_NOW,       /* "at present", "so far", "to date"                */
};

struct phrase {
    const char *w[4]; /* words, lower case; NULL-terminated when short */
    uint8_t kind;
    int16_t arg; /* PH_UNIT: a unit id, which may pass 127 */
};

/* The vocabulary (lexicon_words.c); entry 0 is the empty lexeme. */
extern const struct lexeme lex_words[];
extern const size_t lex_words_count;
/* Frequent words that are no lexeme, whose hashes the probe table keeps
** for the tokenizer (lexicon_words.c). */
extern const char *const lex_common_words[];
extern const size_t lex_common_words_count;

/* Build the tables (once, thread-safe); every lookup calls it. */
void lex_init(void);

/* Lexeme id of a word (`len` bytes, any case), or 0.  (`hash`, the
** word's tok_hash_word, is not needed: the table finds a word by its
** first bytes.) */
uint16_t lex_lookup(uint32_t hash, const char *word, size_t len);

/* The same, given also the word's first 8 bytes lower-cased, byte i in
** bits 8i..8i+7 (the tokenizer builds it while hashing); *cls gets the
** lexeme's classes (0 when none). */
uint16_t lex_lookup_packed(uint64_t packed, const char *word, size_t len,
                           uint32_t *cls);

/* The probe table, open addressing by the word's first 8 bytes (lexicon.c
** fills it once).  It is public only so that the tokenizer can probe it
** inline for its common words (lex_probe); nothing else should.  A slot
** holds the 8 bytes a word's token has from `hash` on (its
** tok_hash_word, lexeme id and kind) ready-made, so a word found here
** costs the tokenizer no hashing and one copy.  The probe starts from
** one multiplication of the word's bytes, not from the hash. */
/* 13 bits: the table is under a fifth full, and a word not in it (a
** third of the words of speeches) meets an empty slot after 1.2 probes
** on average (1.7 at 12 bits), for 256 KB */
#define LEX_SLOT_BITS 13
#define LEX_SLOTS (1u << LEX_SLOT_BITS)
#define LEX_MAX_WORDS 2048 /* lexeme ids are below it: tables by id   */
/* A probe goes on past the last slot into these instead of wrapping
** around to the first (one test less a step); the last always stays
** empty (lexicon.c checks), so every probe ends. */
#define LEX_OVERFLOW_SLOTS 64
struct lex_slot {
    uint64_t packed;  /* bytes 0-7 of the word, as for lex_lookup_packed;
                         0 in an empty slot                            */
    uint64_t packed2; /* bytes 8-15, the same way (0 for short words)  */
    /* as in the word's struct token (token.c checks that they line up) */
    uint32_t hash;       /* tok_hash_word of the word                  */
    uint16_t id;         /* lexeme id                                  */
    uint8_t kind;        /* TK_WORD                                    */
    uint8_t nflags;      /* 0                                          */
    uint32_t cls;        /* copy of the lexeme's classes               */
    uint32_t keep_flags; /* the token flags a word keeps: all but TF_PLAIN
                            when cls has LEX_NOTED_CLASSES (32 bits:
                            the tokenizer's flags are, and need no
                            widening after the AND)                    */
};
_Static_assert(sizeof(struct lex_slot) == 32, "two slots to a cache line");
extern struct lex_slot lex_slots[LEX_SLOTS + LEX_OVERFLOW_SLOTS];

/* A word's first 8 bytes (packed) give its first slot: the top bits of
** their product with an odd constant depend on all 8. */
static inline uint32_t lex_first_slot(uint64_t packed)
{
    return (uint32_t)((packed * 0x9E3779B97F4A7C15u) >> (64 - LEX_SLOT_BITS));
}

/* The slot of a word of at most 15 bytes, none of them 0, given whole
** as two packed chunks (bytes 0-7 and 8-15 as for lex_lookup_packed,
** zero past the end), or NULL when it is not in the lexicon.  The chunks
** say the length too (a longer entry has a byte where the word has 0),
** so the probe is a few instructions, inlined. */
static inline const struct lex_slot *lex_probe(uint64_t c0, uint64_t c1)
{
    for (const struct lex_slot *d = &lex_slots[lex_first_slot(c0)];; d++) {
        if (d->packed == c0 && d->packed2 == c1)
            return d;
        if (d->packed == 0)
            return NULL;
    }
}

/* The lexeme of an id (0: an empty lexeme).  Inline: the scanner asks
** about a million times per 10 MB, and a call cost more than the read. */
extern struct lexeme lex_entries[LEX_MAX_WORDS];
static inline const struct lexeme *lex_get(uint16_t id)
{
    return &lex_entries[id];
}

/* Longest phrase of a kind in `kinds` (bit 1<<PH_*) starting at token i
** of `toks` (n tokens, `text` the scanned bytes).  Words may be joined by
** spaces or by a glued '-' or '.'.  Returns tokens used (0: none) and
** sets *out. */
int lex_phrase_at(const struct token *toks, int n, int i, unsigned kinds,
                  const struct phrase **out);

/* Per lexeme id, the phrase kinds (bit 1<<PH_*) it can start: a caller
** in a hot loop tests this before calling lex_phrase_at. */
extern const uint16_t *const lex_phrase_kinds;

/* Per lexeme id, a bit (id & 63) per word that can come second in a
** phrase it starts, after a space or a joiner ('-', '.'); a phrase of one
** word sets all bits.  Most "the" and "last" of running text start no
** phrase, and a caller in a hot loop can say so without a call. */
extern const uint64_t *const lex_phrase_second;

/* Id of a word known to be in the lexicon (for the scanner's fixed
** words: "to", "of", "from"...); aborts on a programming error. */
uint16_t lex_id(const char *word);

/* unit.c: the unit of the ISO 4217 code in the three bytes at w
** ("PHP"), or 0 for none the extractor reads */
int lex_iso_code(const char *w);

#endif
