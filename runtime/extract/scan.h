/*
** scan.h: state shared by the passes of figure_scan (internal).
**
** figure_scan (scan.c) reads the text one sentence at a time into a fixed
** token window, then runs its passes over that window:
**
**   context  (context.c) years, dates, relative times, identifiers and
**                        gazetteer mentions, marked per token;
**   table    (table.c)   whether the window is a table line, and the
**                        units its header or caption gives cells;
**   find     (find.c)    candidate figures: number, scale, range, unit,
**                        currency, qualifier, counted noun, pairs
**                        (bare.c: bare counts of things named nearby);
**   attrib   (attrib.c)  role, period, subject and metric of each one.
**
** Windows without digits or number words skip find, and windows that
** cannot be table lines skip most of table (scanner.window).  Find and
** context walk only the tokens the sentence loop noted for them as the
** tokens came (scanner.start_at, scanner.context_at): most tokens are
** lower-case words neither pass acts on.
**
** Every pass walks the window once, and every look-back or look-ahead a
** pass makes is bounded by a small constant, so the whole scan is linear
** in the text whatever it contains.  A sentence longer than SENT_MAX
** tokens is cut: attribution never sees past the window anyway.
**
** What must outlive a sentence (the last province or city named, whether
** the article is Chinese, figures whose currency depends on the whole
** article) lives in the scanner and is resolved when the text ends.  So
** does attribution's context (struct attrib_ctx, attrib_ctx.c): the
** article's date when only a dateline gives it, the headline's period and
** subject, the period and subject of the current paragraph, the entities
** named so far and organisations the text defines itself.
*/
#ifndef WIC_EXTRACT_SCAN_H
#define WIC_EXTRACT_SCAN_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "figure.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "token.h"

#define SENT_MAX 384
/* room for the per-token marks: SENT_MAX + 1 tokens rounded up to whole
** blocks, which flush() clears a block at a time */
#define MARK_BLOCK 16
#define MARK_ROOM ((SENT_MAX + MARK_BLOCK) / MARK_BLOCK * MARK_BLOCK)

/* per-token marks set by the context pass and by find */
enum {
    M_YEAR = 1 << 0,    /* a year: anchors periods, never a figure     */
    M_DATE = 1 << 1,    /* a day of a date or a date part              */
    M_IDENT = 1 << 2,   /* part of an identifier (phone, code, ...)    */
    M_MENTION = 1 << 3, /* inside a gazetteer mention                  */
    M_USED = 1 << 4,    /* inside a figure's span                      */
    M_ATTR = 1 << 5,    /* a mention that is no subject: "a Hangzhou
                           company", "Shanghai-based", a dateline      */
    M_TARGET = 1 << 6,  /* attribution: a target cue ("will", "aims")  */
    M_CLAUSE = 1 << 7,  /* attribution: a clause starts here (";",
                           ", and", "but")                             */
};

/* time cues: cue_year is the year meant, except for TC_PREV, TC_CTX and
** TC_MONTH, which attribution resolves against the figures and context */
enum {
    TC_NONE = 0,
    TC_YEAR,     /* "in 2018", "FY24", "2023-24", "March 2021"           */
    TC_SINCE,    /* a start or a base, never the period: "since 2014",
                    "than in 2019", "from 2022", the 2021 of "2021-2025"  */
    TC_REL,      /* "last year", "in November" against the article date */
    TC_NOW,      /* "now", "currently"                                   */
    TC_BYFUTURE, /* "by 2025" after the article's year                   */
    TC_PREV,     /* "a year earlier": the year before the figure's own   */
    TC_CTX,      /* "the end of the year": the year the context is about */
    TC_MONTH,    /* "in November": cue_year is the month; the year is the
                    article's, or the one before for a month still to come
                    that a statement in the past refers to               */
};

enum { ROLE_LEVEL = 0, ROLE_CHANGE, ROLE_SHARE, ROLE_TARGET };

/* table.c: columns of a table header and cells of the current line */
enum { TABLE_COLS = 12 };
struct table_col {
    int16_t c0, c1; /* header: byte columns [c0, c1) in the line */
    int16_t tab;    /* header: tabs before the cell in its line   */
    int t0;         /* row: the cell's first token                */
    uint8_t unit;   /* U_*, 0 when the cell names none            */
    int8_t exp;     /* scale: 3 for thousands                     */
    bool change;    /* header: "y/y (%)", "Change (%)", "Growth"  */
    bool share;     /* header: "Share", "as a percent of total"   */
};
struct table {
    bool live;          /* a header or caption seen in this block   */
    bool awaiting;      /* ... and no row yet: a blank line may follow */
    uint8_t wide_unit;  /* the caption's unit, 0 for none           */
    int8_t wide_exp;
    bool wide_change;   /* the caption says "growth", "change"      */
    bool wide_pct;      /* "单位：亿元，%": a column of changes is in % */
    int8_t row_exp;     /* "cents" in the row: -2                   */
    bool row_noscale;   /* "per share" in the row                   */
    uint8_t row_unit;   /* the row label's "(GW)", 0 for none       */
    int8_t row_unit_exp;
    int ncol, nrow;
    bool row_tabs;  /* the row's cells are parted by tabs: its byte
                    ** columns say nothing, its cells' order does   */
    int nhead; /* the header row's own cells (col[0, nhead)), 0 when
               ** its columns were merged with an earlier header's */
    bool spans; /* the header leaves cells empty between tabs ("<TAB>
                ** Levels<TAB><TAB>Growth rates"): a cell heads the
                ** columns up to the next one's (header_over)         */
    /* "(levels in billion PHP, growth rates in percent)": a caption
    ** giving each group of columns its unit; the header cell naming a
    ** part's word takes its unit (bytes of the word in the text) */
    int nparts;
    struct {
        uint32_t word, len;
        uint8_t unit;
        int8_t exp;
    } part[3];
    struct table_col col[TABLE_COLS], row[TABLE_COLS];
    /* a header row naming years ("2024   2023", "Q3 2024   Q3 2023",
    ** "FY25   FY24"): each cell's byte columns and year (0: none) */
    int nyear;
    struct {
        int16_t c0, c1, year;
        bool forecast; /* "2026 forecast", "2027F": its cells are targets */
    } ycol[TABLE_COLS];
    /* fx_table_caption's last answer, which every figure of a row asks:
    ** where the row and its window start, the year, shares (cleared with
    ** the rest at each text, so `known` is false until asked) */
    struct {
        uint32_t row_start, window_start;
        int year;
        bool share, known;
    } caption;
};

struct cand {
    int t0, t1;           /* token span [t0, t1) reported as the figure  */
    int post;             /* tokens after t1 that qualify it ("or more") */
    int qs;               /* first token of the qualifier, or t0         */
    uint64_t mant, mant2; /* low / high (mant2 only for ranges)       */
    int exp, exp2;
    int sexp;             /* power of ten its scale words add         */
    bool neg, range, implicit, spelled;
    uint8_t unit;     /* U_*                                          */
    uint8_t qual;     /* Q_*                                          */
    uint8_t role;     /* ROLE_*                                       */
    int noun0, noun1; /* counted noun tokens [noun0, noun1), or -1    */
    int pair;         /* index of the partner in the sentence, or -1 */
    int period;
    const struct gazetteer_entry *subject;
    int metric0, metric1; /* metric tokens, or -1                    */
    /* attribution's own */
    uint8_t kind_role; /* the role ignoring target cues ("80% of")   */
    uint8_t tense;     /* TENSE_*                                      */
    bool base;         /* the base of a comparison ("from 183")        */
    bool anchored;     /* period from a cue in the figure's clause     */
    bool table_year;   /* ... or from its column's header year        */
    bool prev_year;    /* period is the compared figure's, minus one   */
    bool own_subject;  /* subject named in the sentence                */
    bool forecast;     /* what others expected: "vs 1.1% forecast"     */
};

enum { TENSE_UNKNOWN = 0, TENSE_PRESENT, TENSE_PAST };

/* Attribution context that outlives a sentence (attrib_ctx.c). */
#define DYN_MAX 16  /* organisations the gazetteer does not know */
#define DYN_NAME 48 /* bytes of a canonical name, NUL included     */
#define SEEN_MAX 32 /* distinct entities counted for the main subject */
struct attrib_ctx {
    int windows;     /* sentence windows attributed so far              */
    bool in_head;    /* still looking for the headline                  */
    int head_year;   /* a past period the headline names, or 0       */
    int head_target; /* a future year the headline names ("by 2030") */
    bool head_late;  /* the headline named neither figure nor time (a
                        masthead?): the next may still name a target */
    int lead_year;   /* a past year the lead's first dated figure names */
    bool lead_done;  /* the lead (first body sentence with figures) seen */
    size_t head_fig;    /* index in the output of the headline's figures */
    uint32_t head_undated; /* bit k: headline figure k has no year of its
                              own and takes the lead's */
    const struct gazetteer_entry *head_subject;
    int para_year; /* the period stated earlier in the paragraph    */
    const struct gazetteer_entry *para_subject;
    bool para_start;  /* the window starts a paragraph               */
    int dateline;     /* tokens of the window's dateline, 0 if none  */
    bool prepass;     /* defining names before the context pass      */
    bool after_break; /* a skipped range came before the window      */
    /* entities named in the article, for its main subject */
    const struct gazetteer_entry *seen[SEEN_MAX];
    unsigned seen_weight[SEEN_MAX];
    int n_seen;
    /* organisations found in the text: "Lianyun Technology Holdings
    ** Ltd. ("Lianyun")", "Harlow & Finch, the department store group," */
    struct gazetteer_entry dyn[DYN_MAX];
    char dyn_name[DYN_MAX][DYN_NAME];
    int n_dyn;
    /* "Tidewell" for "Tidewell Logistics Holdings, Inc.": 1 + the index
    ** of the full name an entry shortens (0: none), and whether the text
    ** used the short form */
    uint8_t dyn_full[DYN_MAX];
    bool dyn_short_used[DYN_MAX];
    int n_alias;
    /* the last subject copied into the figure list, and its copy */
    const struct gazetteer_entry *last_entry;
    const char *last_copy;
};

/* scanner.window: kinds of token seen in the window, so passes that need
** them can be skipped for the (many) windows without */
enum {
    W_NUMBER = 1 << 0, /* digits, or a word a figure can start with */
    W_CELLS = 1 << 1,  /* a cell gap, or a scale word or "'" (a caption's
                          "(in millions)", "HK$'000"): maybe a table line */
    W_GAP = 1 << 2,    /* a cell gap of two blanks or more (not one tab) */
    W_TAB = 1 << 3,    /* one tab between two tokens                    */
    W_CJK = 1 << 4,    /* a CJK character: find's Chinese tests (至, 约,
                          第, 余) need asking only in such a window      */
};

/* Words the context pass looks at besides capitalised ones: the classes
** of words that date, cue or name something (context.c).  Of the units
** and verbs it asks about only "year", "month", "said", "says",
** "sterling" and "dollar(s)" (FX_CONTEXT_NOTED: the others are not noted
** in context_at). */
#define FX_CONTEXT_CLASSES                                                     \
    (LX_IDLINE | LX_CHINA | LX_TIMEPHRASE | LX_NOW | LX_MONTH | LX_YEARWORD |  \
     LX_UNIT | LX_VERB | LX_KIND)
#define FX_CONTEXT_NOTED (FX_CONTEXT_CLASSES & ~(LX_UNIT | LX_VERB))

struct scanner {
    const char *text;
    size_t len;
    const struct extract_options *opt;
    const struct gazetteer *gz;
    int year;  /* article year, 0 if unknown */
    int month; /* article month, 0 if unknown */
    struct figure_list *out;
    size_t first; /* out->count when the scan started */

    struct table table; /* table.c */

    /* the sentence window */
    struct token tok[SENT_MAX + 1];
    /* per token, zero past the window's end (MARK_ROOM: scan.c) */
    uint8_t mark[MARK_ROOM];
    int16_t cue_kind[MARK_ROOM]; /* TC_* at the cue's first token   */
    int16_t cue_year[MARK_ROOM];
    const struct gazetteer_entry *mention[MARK_ROOM]; /* at 1st tok */
    int n;
    unsigned window; /* W_*: what the window holds, noted as tokens come */
    /* tokens the passes start at, noted as tokens come so that each pass
    ** walks a short list instead of every token: where a figure may start
    ** (numbers, "five", "twice", "half", "a"), and what the context pass
    ** looks at (numbers, CJK, symbols, words that are capitalised or of a
    ** class it asks about, or before a glued "."); both in token order */
    int16_t start_at[SENT_MAX + 1], context_at[SENT_MAX + 1];
    int n_start, n_context;
    /* the words among those the context pass could only find a name at,
    ** and whose first key the gazetteer turns away: kept apart, in token
    ** order, for the pass to walk only once the text defines names of
    ** its own (ctx.n_dyn), which fx_dyn_match finds */
    int16_t name_at[SENT_MAX + 1];
    int n_name;
    /* the gazetteer's first-token bitmaps (gazetteer_first_bits) */
    const uint64_t *gz_cap_first, *gz_low_first;
    struct cand cand[SENT_MAX / 2 + 1];
    int n_cand;

    /* article state */
    const struct gazetteer_entry *last_kind[GK__N];
    bool chinese, japanese, british;
    int dollar_home; /* U_*: "Values are in New Zealand dollars" (context.c):
                        the country of a bare "$"; 0 for the US's */
    int dollar_masthead; /* U_*: the dollar of the masthead's country, if
                            no sentence says (fx_read_masthead) */
    char masthead_country[2]; /* ISO 3166 of the first place or body the
                                 masthead names ("JP": "fiscal 2025" ends in
                                 2026; "PK": "Rs" is PKR), or zeros */
    unsigned yen_words;       /* "yen" written: "¥" is Japan's (money.c) */
    uint64_t prefix_money;    /* bit (unit % 64) for each letters prefix
                                 ("QR", "Sh") seen before a true amount:
                                 "QR366,512,927" lets "QR271" be money */
    char dateline_country[2]; /* ... of the first wire dateline's place
                                 ("NEW DELHI: ..."), or zeros (money.c) */
    int ident_left; /* "Tel:" seen: numbers in the next tokens of the
                       line are identifiers; counts down                */
    unsigned currency_seen[U__N];
    int currency_main; /* the first of the currencies written most, the
                          dollar aside (0: none), kept as they come */
    struct attrib_ctx ctx;
    int failed; /* out of memory */
};

/* context.c: the first pass over a window: years and dates marked, time
** cues and gazetteer mentions recorded, article-wide money hints noted;
** fx_context_init once before (thread-safe) */
void fx_context_init(void);
void fx_context_pass(struct scanner *sc);

/* money.c: the currency a word several countries share (U_RUPEE ...
** U_KRONE) names on this page: the masthead's country's, else that of the
** country the page names most, else the word's usual one; other units as
** they are.  At the article's end, once all is named. */
int fx_page_currency(const struct scanner *sc, int unit);
/* money.c: the currency of `country` (ISO 3166) if it uses the shared
** word `unit`, else 0. */
int fx_country_currency(int unit, const char *country);
/* money.c: whose "¥": JPY on a page with kana, writing "yen" more often
** than amounts in yuan, or naming Japan more than China (a Tokyo filing
** that mentions sales in China), else CNY on a Chinese page, else JPY. */
int fx_yen_currency(const struct scanner *sc);
/* money.c: the dollar a bare "$" is on a page that writes the US's as
** "US$" and is about Canada, Australia, New Zealand or Singapore; 0 for
** none (the US's). */
int fx_page_dollar(const struct scanner *sc);

/* context.c: what the page's masthead says: the dollar of the country it
** names, for a bare "$" when no sentence says whose it is, and whether
** its fiscal years are Japan's; once per article */
void fx_read_masthead(struct scanner *sc);

/* context.c: is there a time phrase of one word (fx_context_init)?  Else
** a time phrase starts at the word t only if the token u after it can
** come second: a word that can follow t's in a phrase (the lexicon's
** lex_phrase_second), or punctuation, which a joiner ('-', '.') is. */
extern bool fx_single_word_time_phrase;
static inline bool fx_time_phrase_second(const struct token *t,
                                         const struct token *u)
{
    return u->kind == TK_WORD
               ? u->lex != 0 && (lex_phrase_second[t->lex] >> (u->lex & 63)) & 1
               : u->kind == TK_PUNCT;
}

/* table.c: read the window as a table line (header, caption or row),
** before find; and the unit and scale a bare number at token i takes
** from its table, if any */
void fx_table_line(struct scanner *sc);
bool fx_table_cell(const struct scanner *sc, int i, int *unit, int *exp);
/* Is word j a plural of money: "sales", "exports", "deposits"? */
bool fx_money_plural(const struct scanner *sc, int j);
bool fx_table_change(const struct scanner *sc, int i);
/* table.c: is token i a number in a column of shares ("Share", "E-commerce
** as a percent of total", 比重)? */
bool fx_table_share(const struct scanner *sc, int i);
int fx_table_year(const struct scanner *sc, int i);
bool fx_table_forecast(const struct scanner *sc, int i);
int fx_table_caption(const struct scanner *sc, int i, bool *share);
/* two or more spaces or a tab between tokens j-1 and j: a cell gap
** (inline below: most tokens follow one space or none) */
static inline bool fx_cell_gap(const struct scanner *sc, int j);
bool fx_blank_between(const char *text, uint32_t a, uint32_t b);

/* unit.c: is the CJK character c a measure word of a count (家, 个)? */
bool fx_cjk_measure(uint32_t c);

/* table.c: is the number [q, k) with value mant*10^exp a table's scale:
** in brackets ending a caption or a header cell ("(10,000 tons)", "(100
** million yuan)"), or after "Unit:" ("Unit: 100 million yuan")? */
bool fx_caption_scale(const struct scanner *sc, int q, int k, uint64_t mant,
                      int exp);
/* find.c: fill sc->cand from the window */
void fx_find_figures(struct scanner *sc);

/* attrib.c: role, period, subject, metric for every candidate */
void fx_attribute(struct scanner *sc);

/* context.c: the cue of a month (1-12) or season (its first month) at i */
void fx_month_cue(struct scanner *sc, int i, int month);

/* attrib_ctx.c: context for attribution */
void fx_ctx_init(struct scanner *sc); /* at the start of a text     */
/* attrib_date.c: the article's date from a dateline near the top ("Nov.
** 15, 2022", "15 September 2021", "07-Oct-2023"; a wire's "BANGKOK, Jan 6
** (Reuters) -" with the lead's weekday) when the options give none. */
void fx_guess_date(struct scanner *sc, const struct span *skip, size_t n_skip);
/* Before the context pass of a window: a new paragraph, a dateline, an
** organisation named in an apposition ("X, the department store group,"). */
void fx_ctx_window(struct scanner *sc);
/* After the context pass of a window: short forms of company names it
** uses as names ("Tidewell expects"). */
void fx_ctx_short_names(struct scanner *sc);
/* At "said" (i) in the context pass: "Greenbasket said it ...". */
void fx_ctx_said(struct scanner *sc, int i);
/* An organisation found in the text, starting at token i; returns the
** tokens it covers (0: none). */
int fx_dyn_match(const struct scanner *sc, int i,
                 const struct gazetteer_entry **out);
/* A mention counted towards the article's main subject. */
void fx_ctx_seen(struct scanner *sc, const struct gazetteer_entry *e);
/* After the last window: figures with no subject take the article's. */
void fx_ctx_finish(struct scanner *sc);
/* Words attribution asks about that the lexicon does not know (AW_*):
** fx_aword tests one, fx_aword_id says which one token i is (-1: none). */
/* clang-format off */
enum {
    AW_SPRING, AW_SUMMER, AW_AUTUMN, AW_WINTER, /* seasons, in order */
    AW_QUARTER, AW_HALF, AW_CALLS, AW_CALL,
    /* rates that are shares of a whole */
    AW_OCCUPANCY, AW_UNEMPLOYMENT, AW_URBANIZATION, AW_URBANISATION,
    AW_PARTICIPATION, AW_MARGIN, AW_MARGINS, AW_STAKE, AW_TURNOUT,
    AW_UTILIZATION, AW_UTILISATION, AW_VACANCY, AW_LITERACY,
    AW_SUFFICIENCY, AW_PUNCTUALITY, AW_COVERAGE, AW_ATTRITION, AW_ADOPTION,
    AW_SHARE_END, /* end of the share nouns */
    /* events that "the conference" refers to */
    AW_CONFERENCE, AW_SUMMIT, AW_EXPO,
    /* company forms */
    AW_LTD, AW_LIMITED, AW_INC, AW_CORP, AW_CO, AW_LLC, AW_PLC, AW_GMBH,
    AW_AG, AW_HOLDINGS, AW_GROUP,
    /* heads of an apposition that names a company */
    AW_ORG_FIRST, AW_RETAILER = AW_ORG_FIRST, AW_SELLER, AW_MAKER,
    AW_MANUFACTURER, AW_CHAIN, AW_OPERATOR, AW_BANK, AW_LENDER, AW_INSURER,
    AW_STARTUP, AW_DEVELOPER, AW_SUPPLIER, AW_PROVIDER, AW_BRAND,
    AW_CARRIER, AW_AIRLINE, AW_GROCER, AW_GIANT, AW_CONGLOMERATE,
    AW_PRODUCER, AW_EXPORTER, AW_PLATFORM, AW_RIVAL, AW_ORG_LAST = AW_RIVAL,
    /* verbs in the past tense that do not end in -ed */
    AW_PAST_FIRST, AW_ROSE = AW_PAST_FIRST, AW_FELL, AW_GREW, AW_MADE,
    AW_TOOK, AW_CAME, AW_WENT, AW_GOT, AW_SAW, AW_SOLD, AW_BUILT, AW_PAID,
    AW_SPENT, AW_BROUGHT, AW_STOOD, AW_WON, AW_LED, AW_KEPT, AW_HELD,
    AW_GAVE, AW_BECAME, AW_BEGAN, AW_DREW, AW_RAN, AW_SHRANK, AW_SLID,
    AW_SANK, AW_BOUGHT, AW_LOST, AW_MET, AW_SAID, AW_TOLD, AW_THOUGHT,
    AW_FOUGHT, AW_PAST_LAST = AW_FOUGHT,
    /* "Shanghai-based": a name that describes */
    AW_BASED, AW_HEADQUARTERED, AW_LISTED,
    /* "The targets cover ...": the noun */
    AW_TARGET, AW_TARGETS, AW_GOAL, AW_GOALS,
    /* changes the lexicon does not know: "added 199,000 jobs", inflation */
    AW_ADD, AW_ADDS, AW_ADDED, AW_ADDING, AW_INFLATION, AW_GROWTH,
    /* what others expect a figure to be: "vs 1.1% forecast" */
    AW_FORECAST, AW_FORECASTS, AW_ESTIMATE, AW_ESTIMATES, AW_EXPECTATION,
    AW_EXPECTATIONS, AW_PROJECTION, AW_PROJECTIONS, AW_CONSENSUS,
    AW_MOST, /* "the range most economists had expected" */
    /* "startups raised $7 billion": funding, a level */
    AW_RAISE, AW_RAISES, AW_RAISED, AW_RAISING,
    /* changes the lexicon does not know, often in headlines */
    AW_CHANGE_FIRST, AW_CLIMB = AW_CHANGE_FIRST, AW_CLIMBS, AW_SLUMP,
    AW_SLUMPS, AW_SLOWS, AW_SOARS, AW_SURGES, AW_PLUNGES, AW_TUMBLES,
    AW_DIPS, AW_SLIPS, AW_SINKS, AW_FIRMED, AW_WEAKENED, AW_STRENGTHENED,
    AW_APPRECIATED, AW_APPRECIATES, AW_DEPRECIATED, AW_DEPRECIATES,
    AW_EASES, AW_CHANGE_LAST = AW_EASES,
    /* commitments: "pledged to have", "is meant to account for" */
    AW_PLEDGE_FIRST, AW_PLEDGED = AW_PLEDGE_FIRST, AW_PLEDGES, AW_VOWED,
    AW_VOWS, AW_PROMISED, AW_PROMISES, AW_MEANT,
    AW_PLEDGE_LAST = AW_MEANT,
    AW_SO,       /* ", so it is now ...": another clause */
    AW_PANDEMIC, /* "before the pandemic": 2019 */
    AW_PRE, AW_BEFORE,
    AW_PRIOR, /* "the prior-year period": the year before */
    AW_SAY,   /* "40% say": people */
    AW_PAY, AW_COST, AW_CHARGE, /* "will pay £1,849": a price set */
    /* a budget's projections: "projecting a deficit of", "is estimated at" */
    AW_PROJECTED, AW_PROJECTING, AW_BUDGETED, AW_ESTIMATED,
    /* a workforce changed: "laid off 15,000", "brought in 1,200 welders" */
    AW_LAID, AW_LAY, AW_LAYS, AW_HIRED,
    AW_GUIDANCE, /* "margin guidance of 20-22%": a company's own forecast */
    AW_ADVANCED, /* "yields advanced two basis points" */
    AW_PRICING, AW_PRICED, /* "traders are pricing in 80 basis points" */
    AW_FASTER, AW_SLOWER, /* "3.5 percentage points faster than GDP" */
    AW_GAIN, /* "taking its gain this year to 28%" */
    AW__N
};
/* clang-format on */
/* Two 256-bit Bloom filters over the hashes of the AW_* words looked
** for in every window (seasons, "conference", company forms). */
extern uint64_t fx_rare_bloom[2][4];
static inline bool fx_rare(uint32_t h)
{
    return (fx_rare_bloom[0][(h >> 6) & 3] >> (h & 63)) &
           (fx_rare_bloom[1][(h >> 14) & 3] >> ((h >> 8) & 63)) & 1;
}
extern uint32_t fx_aw_hash[AW__N];
extern uint8_t fx_aw_len[AW__N];
extern const char *const fx_aw_text[AW__N];
int fx_strncaseeq(const char *a, const char *b, size_t n);

/* fx_aword_id, inline for the look-backs of every figure (attrib_ctx.c
** builds the tables).  A token the lexicon knows is an AW_* word or not by
** its lexeme: the tokenizer gave it the lexeme of its spelling, with the
** same ASCII case folding as the comparison; fx_aw_of_lex holds the
** AW_* word + 1 of each lexeme (0: none).  For the others a Bloom filter
** (one probe, bits the probe's slot does not use) over the hashes of the
** AW_* words the lexicon does not know turns almost every token away
** before fx_aword_probe compares spellings. */
#define FX_AW_BLOOM_BITS 4096
extern uint8_t fx_aw_of_lex[LEX_MAX_WORDS];
extern uint64_t fx_aw_bloom[FX_AW_BLOOM_BITS / 64];
int fx_aword_probe(const char *text, const struct token *t);

static inline uint32_t fx_aw_bloom_bit(uint32_t h)
{
    return (h >> 9) & (FX_AW_BLOOM_BITS - 1);
}

/* Is i a token of the window (0 <= i < sc->n)?  One unsigned comparison
** (sc->n is never negative): the helpers below ask it of every index. */
static inline bool in_window(const struct scanner *sc, int i)
{
    return (unsigned)i < (unsigned)sc->n;
}

static inline int fx_aword_id(const struct scanner *sc, int i)
{
    if (!in_window(sc, i) || sc->tok[i].kind != TK_WORD)
        return -1;
    const struct token *t = &sc->tok[i];
    if (t->lex)
        return fx_aw_of_lex[t->lex] - 1;
    uint32_t b = fx_aw_bloom_bit(t->hash);
    if (!((fx_aw_bloom[b / 64] >> (b % 64)) & 1))
        return -1;
    return fx_aword_probe(sc->text, t);
}

static inline bool fx_aword(const struct scanner *sc, int i, int w)
{
    if (!in_window(sc, i))
        return false;
    const struct token *t = &sc->tok[i];
    return t->hash == fx_aw_hash[w] && t->kind == TK_WORD &&
           t->end - t->start == fx_aw_len[w] &&
           fx_strncaseeq(sc->text + t->start, fx_aw_text[w], fx_aw_len[w]);
}

/* helpers shared by the passes */

static inline bool fx_cell_gap(const struct scanner *sc, int j)
{
    if (j <= 0 || j >= sc->n)
        return false;
    uint32_t a = sc->tok[j - 1].end, b = sc->tok[j].start;
    return (b >= a + 2 || (b == a + 1 && sc->text[a] == '\t')) &&
           fx_blank_between(sc->text, a, b);
}

/* lex_phrase_at for one kind of phrase at token i, after the tests it
** starts with, inline so that most words are turned away without a
** call: the lexeme's phrase kinds, and when a word follows, whether it
** can come second in a phrase the lexeme starts ("percent" starts
** "percent points", and most "percent" are followed by anything else). */
static inline int phrase_len(const struct scanner *sc, int i, int kind,
                             const struct phrase **ph)
{
    if (!in_window(sc, i) || sc->tok[i].kind != TK_WORD ||
        !(lex_phrase_kinds[sc->tok[i].lex] & (1u << kind)))
        return 0;
    const struct token *u = &sc->tok[i + 1];
    if (i + 1 < sc->n && u->kind == TK_WORD &&
        !((lex_phrase_second[sc->tok[i].lex] >> (u->lex & 63)) & 1))
        return 0;
    return lex_phrase_at(sc->tok, sc->n, i, 1u << kind, ph);
}

static inline int wlen(const struct scanner *sc, int i)
{
    return (int)(sc->tok[i].end - sc->tok[i].start);
}

static inline const char *wtext(const struct scanner *sc, int i)
{
    return sc->text + sc->tok[i].start;
}

/* Is word token i exactly `s` (case-sensitive)? */
static inline bool word_is(const struct scanner *sc, int i, const char *s)
{
    return in_window(sc, i) && sc->tok[i].kind == TK_WORD &&
           wlen(sc, i) == (int)strlen(s) &&
           memcmp(wtext(sc, i), s, strlen(s)) == 0;
}

/* Is word token i the word s, in any case ("Unit", "FORECAST")? */
static inline bool word_is_ci(const struct scanner *sc, int i, const char *s)
{
    size_t n = strlen(s);
    return in_window(sc, i) && sc->tok[i].kind == TK_WORD &&
           (size_t)wlen(sc, i) == n && fx_strncaseeq(wtext(sc, i), s, n);
}

/* Is word token i exactly one of the NULL-ended `words` (case-sensitive)?
** The token is read once and a word of another first letter costs no
** strlen: word_is in a loop over the list measured each word. */
static inline bool word_among(const struct scanner *sc, int i,
                              const char *const *words)
{
    if (!in_window(sc, i) || sc->tok[i].kind != TK_WORD)
        return false;
    const char *w = wtext(sc, i);
    size_t n = (size_t)wlen(sc, i);
    for (; *words; words++)
        if ((*words)[0] == w[0] && strlen(*words) == n &&
            memcmp(w, *words, n) == 0)
            return true;
    return false;
}

static inline const struct lexeme *tlex(const struct scanner *sc, int i)
{
    return lex_get(sc->tok[i].lex);
}

static inline bool is_word(const struct scanner *sc, int i, uint32_t cls)
{
    return in_window(sc, i) && sc->tok[i].kind == TK_WORD &&
           (sc->tok[i].cls & cls) != 0;
}

static inline bool is_punct(const struct scanner *sc, int i, uint32_t cp)
{
    return in_window(sc, i) && sc->tok[i].kind == TK_PUNCT &&
           sc->tok[i].hash == cp;
}

static inline bool glued(const struct scanner *sc, int i)
{
    return i > 0 && i < sc->n && !(sc->tok[i].flags & TF_SPACE);
}

/* Is token i the word `w` (an id from lex_id)? */
static inline bool is_lex(const struct scanner *sc, int i, uint16_t id)
{
    return in_window(sc, i) && sc->tok[i].kind == TK_WORD &&
           sc->tok[i].lex == id;
}

/* The CJK character of token x, or 0. */
static inline uint32_t cjk_char(const struct scanner *sc, int x)
{
    return x >= 0 && x < sc->n && sc->tok[x].kind == TK_CJK ? sc->tok[x].hash
                                                             : 0;
}

/* Is a month name at token i (May and March only when capitalised)? */
static inline bool is_month(const struct scanner *sc, int i)
{
    if (!is_word(sc, i, LX_MONTH))
        return false;
    const struct lexeme *l = tlex(sc, i);
    return !(l->cls & LX_CAPONLY) || (sc->tok[i].flags & TF_CAP);
}

/* Does word token i look like a plural noun? */
bool fx_word_is_plural(const struct scanner *sc, int i);

/* mant * 10^exp as a double, exact when both fit (inline: every number
** and figure asks it once or more). */
static inline double fx_make_value(uint64_t mant, int exp)
{
    static const double p10[] = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double m = (double)mant;
    if (exp == 0 || mant == 0)
        return m;
    if (exp > 0 && exp <= 22)
        return m * p10[exp];
    if (exp < 0 && exp >= -22)
        return m / p10[-exp];
    return m * pow(10.0, exp);
}

/* A number token's value as an integer when it is a plain one, else -1. */
long fx_plain_int(const struct token *t);

/* Well-known words the passes test by identity. */
struct known_words {
    uint16_t to, from, by, of, in, the, and_, between, since, this_, a, an, or_,
        per, year, years, than, with_, more, that, at, for_, which, top, while_,
        but, higher, lower, on, according, across, after, ago, among, annual,
        are, average, be, been, before, down, dozen, during, earlier, had, has,
        have, hence, hundred, is, later, rate, record, said, says, thousand,
        total, up, was, were, within, yearly, sterling, every, ratio;
    /* attribution's */
    uint16_t over, above, below, against, versus, vs, last, next, who, whereas,
        although, though, times, compared, end, today, it, its, their, should,
        could, must, might, fiscal, fy, month, same, previous, respectively,
        will, would, until, till;
};
extern struct known_words fx_words;
#define KW fx_words
void fx_known_words_init(void);

#endif
