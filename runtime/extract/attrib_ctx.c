/*
** attrib_ctx.c: what attribution knows beyond one sentence (see scan.h).
**
**   names     organisations the gazetteer does not know, found where news
**             defines them: a company form ("Lianyun Technology Holdings
**             Ltd.", with its short name in ("Lianyun")), an apposition
**             ("Harlow & Finch, the department store group,"), "X said
**             it ..."; they are then matched like gazetteer names;
**   subject   the entities the article names, weighted, for its main
**             subject: the headline's first name, else the most named;
**             figures left without a subject take it when the text ends.
**
** Everything lives in fixed arrays in the scanner: no allocation, and
** every check is a bounded look at the current window.
*/
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"

/* ---- words the lexicon does not know --------------------------------- */

const char *const fx_aw_text[AW__N] = {
    [AW_SPRING] = "spring",
    [AW_SUMMER] = "summer",
    [AW_AUTUMN] = "autumn",
    [AW_WINTER] = "winter",
    [AW_QUARTER] = "quarter",
    [AW_HALF] = "half",
    [AW_CALLS] = "calls",
    [AW_CALL] = "call",
    [AW_OCCUPANCY] = "occupancy",
    [AW_UNEMPLOYMENT] = "unemployment",
    [AW_URBANIZATION] = "urbanization",
    [AW_URBANISATION] = "urbanisation",
    [AW_PARTICIPATION] = "participation",
    [AW_MARGIN] = "margin",
    [AW_MARGINS] = "margins",
    [AW_STAKE] = "stake",
    [AW_SUFFICIENCY] = "sufficiency",
    [AW_PUNCTUALITY] = "punctuality",
    [AW_COVERAGE] = "coverage",
    [AW_ATTRITION] = "attrition",
    [AW_ADOPTION] = "adoption",
    [AW_TURNOUT] = "turnout",
    [AW_UTILIZATION] = "utilization",
    [AW_UTILISATION] = "utilisation",
    [AW_VACANCY] = "vacancy",
    [AW_LITERACY] = "literacy",
    [AW_SHARE_END] = "",
    [AW_CONFERENCE] = "conference",
    [AW_SUMMIT] = "summit",
    [AW_EXPO] = "expo",
    [AW_LTD] = "ltd",
    [AW_LIMITED] = "limited",
    [AW_INC] = "inc",
    [AW_CORP] = "corp",
    [AW_CO] = "co",
    [AW_LLC] = "llc",
    [AW_PLC] = "plc",
    [AW_GMBH] = "gmbh",
    [AW_AG] = "ag",
    [AW_HOLDINGS] = "holdings",
    [AW_GROUP] = "group",
    [AW_RETAILER] = "retailer",
    [AW_SELLER] = "seller",
    [AW_MAKER] = "maker",
    [AW_MANUFACTURER] = "manufacturer",
    [AW_CHAIN] = "chain",
    [AW_OPERATOR] = "operator",
    [AW_BANK] = "bank",
    [AW_LENDER] = "lender",
    [AW_INSURER] = "insurer",
    [AW_STARTUP] = "startup",
    [AW_DEVELOPER] = "developer",
    [AW_SUPPLIER] = "supplier",
    [AW_PROVIDER] = "provider",
    [AW_BRAND] = "brand",
    [AW_CARRIER] = "carrier",
    [AW_AIRLINE] = "airline",
    [AW_GROCER] = "grocer",
    [AW_GIANT] = "giant",
    [AW_CONGLOMERATE] = "conglomerate",
    [AW_PRODUCER] = "producer",
    [AW_EXPORTER] = "exporter",
    [AW_PLATFORM] = "platform",
    [AW_RIVAL] = "rival",
    [AW_ROSE] = "rose",
    [AW_FELL] = "fell",
    [AW_GREW] = "grew",
    [AW_MADE] = "made",
    [AW_TOOK] = "took",
    [AW_CAME] = "came",
    [AW_WENT] = "went",
    [AW_GOT] = "got",
    [AW_SAW] = "saw",
    [AW_SOLD] = "sold",
    [AW_BUILT] = "built",
    [AW_PAID] = "paid",
    [AW_SPENT] = "spent",
    [AW_BROUGHT] = "brought",
    [AW_STOOD] = "stood",
    [AW_WON] = "won",
    [AW_LED] = "led",
    [AW_KEPT] = "kept",
    [AW_HELD] = "held",
    [AW_GAVE] = "gave",
    [AW_BECAME] = "became",
    [AW_BEGAN] = "began",
    [AW_DREW] = "drew",
    [AW_RAN] = "ran",
    [AW_SHRANK] = "shrank",
    [AW_SLID] = "slid",
    [AW_SANK] = "sank",
    [AW_BOUGHT] = "bought",
    [AW_LOST] = "lost",
    [AW_MET] = "met",
    [AW_SAID] = "said",
    [AW_TOLD] = "told",
    [AW_THOUGHT] = "thought",
    [AW_FOUGHT] = "fought",
    [AW_BASED] = "based",
    [AW_HEADQUARTERED] = "headquartered",
    [AW_LISTED] = "listed",
    [AW_TARGET] = "target",
    [AW_TARGETS] = "targets",
    [AW_GOAL] = "goal",
    [AW_GOALS] = "goals",
    [AW_ADD] = "add",
    [AW_ADDS] = "adds",
    [AW_ADDED] = "added",
    [AW_ADDING] = "adding",
    [AW_INFLATION] = "inflation",
    [AW_GROWTH] = "growth",
    [AW_FORECAST] = "forecast",
    [AW_FORECASTS] = "forecasts",
    [AW_ESTIMATE] = "estimate",
    [AW_ESTIMATES] = "estimates",
    [AW_EXPECTATION] = "expectation",
    [AW_EXPECTATIONS] = "expectations",
    [AW_PROJECTION] = "projection",
    [AW_PROJECTIONS] = "projections",
    [AW_CONSENSUS] = "consensus",
    [AW_MOST] = "most",
    [AW_RAISE] = "raise",
    [AW_RAISES] = "raises",
    [AW_RAISED] = "raised",
    [AW_RAISING] = "raising",
    [AW_CLIMB] = "climb",
    [AW_CLIMBS] = "climbs",
    [AW_SLUMP] = "slump",
    [AW_SLUMPS] = "slumps",
    [AW_SLOWS] = "slows",
    [AW_SOARS] = "soars",
    [AW_SURGES] = "surges",
    [AW_PLUNGES] = "plunges",
    [AW_TUMBLES] = "tumbles",
    [AW_DIPS] = "dips",
    [AW_SLIPS] = "slips",
    [AW_SINKS] = "sinks",
    [AW_FIRMED] = "firmed",
    [AW_WEAKENED] = "weakened",
    [AW_STRENGTHENED] = "strengthened",
    [AW_APPRECIATED] = "appreciated",
    [AW_APPRECIATES] = "appreciates",
    [AW_DEPRECIATED] = "depreciated",
    [AW_DEPRECIATES] = "depreciates",
    [AW_EASES] = "eases",
    [AW_PLEDGED] = "pledged",
    [AW_PLEDGES] = "pledges",
    [AW_VOWED] = "vowed",
    [AW_VOWS] = "vows",
    [AW_PROMISED] = "promised",
    [AW_PROMISES] = "promises",
    [AW_MEANT] = "meant",
    [AW_SO] = "so",
    [AW_PANDEMIC] = "pandemic",
    [AW_PRE] = "pre",
    [AW_BEFORE] = "before",
    [AW_PRIOR] = "prior",
    [AW_SAY] = "say",
    [AW_PAY] = "pay",
    [AW_COST] = "cost",
    [AW_CHARGE] = "charge",
    [AW_PROJECTED] = "projected",
    [AW_PROJECTING] = "projecting",
    [AW_BUDGETED] = "budgeted",
    [AW_ESTIMATED] = "estimated",
    [AW_LAID] = "laid",
    [AW_LAY] = "lay",
    [AW_LAYS] = "lays",
    [AW_HIRED] = "hired",
    [AW_GUIDANCE] = "guidance",
    [AW_ADVANCED] = "advanced",
    [AW_PRICING] = "pricing",
    [AW_PRICED] = "priced",
    [AW_FASTER] = "faster",
    [AW_SLOWER] = "slower",
    [AW_GAIN] = "gain",
};
uint64_t fx_rare_bloom[2][4];
uint32_t fx_aw_hash[AW__N];
uint8_t fx_aw_len[AW__N];
#define AW_SLOTS 512              /* power of two, over twice AW__N */
static int16_t aw_slot[AW_SLOTS]; /* word id + 1, 0 = empty */
uint8_t fx_aw_of_lex[LEX_MAX_WORDS];
uint32_t fx_word_flags[LEX_MAX_WORDS];
uint64_t fx_project_bloom[16];
uint64_t fx_forecast_bloom[16];
uint64_t fx_mark_bloom[16];
uint64_t fx_aw_bloom[FX_AW_BLOOM_BITS / 64];
static pthread_once_t aw_once = PTHREAD_ONCE_INIT;

int fx_strncaseeq(const char *a, const char *b, size_t n)
{
    return strncasecmp(a, b, n) == 0;
}

_Static_assert(AW__N < 255, "fx_aw_of_lex keeps an AW_* word + 1 in a byte");

static void flag_words(const uint16_t *ids, size_t n, unsigned flag)
{
    for (size_t k = 0; k < n; k++)
        fx_word_flags[ids[k]] |= flag;
}
#define FLAG_WORDS(flag, ...)                                                  \
    do {                                                                       \
        const uint16_t ids_[] = {__VA_ARGS__};                                 \
        flag_words(ids_, sizeof ids_ / sizeof ids_[0], (flag));                \
    } while (0)

/* fx_word_flags (attrib.h) */
static void word_flags_build(void)
{
    FLAG_WORDS(WF_CLAUSE, KW.but, KW.while_, KW.whereas);
    FLAG_WORDS(WF_BE_CUE, KW.is, KW.are, KW.was, KW.were, KW.should, KW.could,
               KW.must, KW.might);
    FLAG_WORDS(WF_MODAL, KW.will, KW.would, KW.should, KW.could, KW.must,
               KW.might);
    FLAG_WORDS(WF_IS, KW.is, KW.are);
    FLAG_WORDS(WF_AND_OR, KW.and_, KW.or_);
    FLAG_WORDS(WF_ENDS_NP, KW.is, KW.are, KW.was, KW.were, KW.has, KW.have,
               KW.had, KW.which, KW.that, KW.who, KW.while_, KW.but);
    FLAG_WORDS(WF_COMPARE, KW.than, KW.from, KW.over, KW.against, KW.versus,
               KW.vs, KW.above, KW.below, KW.compared);
    FLAG_WORDS(WF_CONJ, KW.and_, KW.but, KW.while_, KW.whereas, KW.although,
               KW.though);
    FLAG_WORDS(WF_PREP, KW.in, KW.at, KW.for_, KW.on, KW.to, KW.during,
               KW.across, KW.within, KW.among);
    FLAG_WORDS(WF_BE, KW.is, KW.are, KW.was, KW.were);
    FLAG_WORDS(WF_AUX, KW.to, KW.by, KW.from, KW.a, KW.at, KW.record, KW.has,
               KW.have, KW.had, KW.been, KW.be);
    FLAG_WORDS(WF_BASE, KW.from, KW.than, KW.against, KW.versus, KW.vs);
    FLAG_WORDS(WF_SAID, KW.said, KW.says, KW.according, KW.since);
    FLAG_WORDS(WF_SAYS, KW.said, KW.says);
    FLAG_WORDS(WF_TENSE, KW.is, KW.are, KW.has, KW.have, KW.was, KW.were,
               KW.had, KW.should, KW.which, KW.who);
    for (int id = 1; id < LEX_MAX_WORDS; id++)
        if ((fx_word_flags[id] & (WF_CLAUSE | WF_BE_CUE)) ||
            (lex_get((uint16_t)id)->cls & (LX_TARGET | LX_MONTH)) ||
            (lex_phrase_kinds[id] & (1u << PH_TARGET)))
            fx_word_flags[id] |= WF_MARK;
}

/* The AW_* words fx_projected says yes at: "projected" to "estimated",
** "guidance", "pricing", "priced" (not the words of a workforce changed
** or "advanced" between them, which it passes like any other). */
static bool projection_word(int w)
{
    return (w >= AW_PROJECTED && w <= AW_ESTIMATED) || w == AW_GUIDANCE ||
           w == AW_PRICING || w == AW_PRICED;
}

static void aw_build(void)
{
    lex_init();
    fx_known_words_init();
    word_flags_build();
    for (int w = 0; w < AW__N; w++) {
        const char *s = fx_aw_text[w] ? fx_aw_text[w] : "";
        size_t n = strlen(s);
        uint32_t h = tok_hash_word(s, n);
        fx_aw_hash[w] = n ? h : 0;
        fx_aw_len[w] = (uint8_t)n;
        if (!n)
            continue;
        uint16_t id = lex_lookup(h, s, n);
        uint32_t b = fx_aw_bloom_bit(h);
        if (id)
            fx_aw_of_lex[id] = (uint8_t)(w + 1);
        else
            fx_aw_bloom[b / 64] |= 1ull << (b % 64);
        if (!id && projection_word(w))
            fx_project_bloom[(h >> 3) & 15] |= 1ull << ((h >> 7) & 63);
        if (!id && w >= AW_FORECAST && w <= AW_CONSENSUS)
            fx_forecast_bloom[(h >> 3) & 15] |= 1ull << ((h >> 7) & 63);
        uint32_t slot = h & (AW_SLOTS - 1);
        while (aw_slot[slot])
            slot = (slot + 1) & (AW_SLOTS - 1);
        aw_slot[slot] = (int16_t)(w + 1);
    }
    for (int w = 0; w < AW__N; w++) {
        uint32_t h = fx_aw_hash[w];
        bool rare = (w >= AW_SPRING && w <= AW_WINTER) ||
                    (w >= AW_CONFERENCE && w <= AW_EXPO) ||
                    (w >= AW_LTD && w <= AW_AG) ||
                    (w >= AW_PLEDGE_FIRST && w <= AW_PLEDGE_LAST) ||
                    w == AW_PANDEMIC || w == AW_PRIOR;
        if (rare || w == AW_CALLS || w == AW_CALL || projection_word(w) ||
            (w >= AW_FORECAST && w <= AW_CONSENSUS))
            fx_mark_bloom[(h >> 3) & 15] |= 1ull << ((h >> 7) & 63);
        if (!rare)
            continue;
        fx_rare_bloom[0][(h >> 6) & 3] |= 1ull << (h & 63);
        fx_rare_bloom[1][(h >> 14) & 3] |= 1ull << ((h >> 8) & 63);
    }
    for (int id = 1; id < LEX_MAX_WORDS; id++) {
        unsigned w = fx_aw_of_lex[id] - 1u;
        if (fx_aw_of_lex[id] && projection_word(fx_aw_of_lex[id] - 1) &&
            !(lex_get((uint16_t)id)->cls & LX_STOP))
            fx_word_flags[id] |= WF_PROJECT;
        if (w >= AW_FORECAST && w <= AW_CONSENSUS)
            fx_word_flags[id] |= WF_FORECAST;
        if (w >= AW_PAST_FIRST && w <= AW_PAST_LAST)
            fx_word_flags[id] |= WF_PAST;
        const char *word = lex_get((uint16_t)id)->word;
        size_t n = word ? strlen(word) : 0;
        if (n >= 2 && word[n - 2] == 'e' && word[n - 1] == 'd')
            fx_word_flags[id] |= WF_ED;
        if (fx_aw_of_lex[id] ||
            (lex_get((uint16_t)id)->cls & (LX_CHANGE | LX_SHARE)) ||
            (lex_phrase_kinds[id] & (1u << PH_CHANGE | 1u << PH_SHARE)))
            fx_word_flags[id] |= WF_ROLE;
    }
    FLAG_WORDS(WF_FORECAST, KW.had, KW.have);
    FLAG_WORDS(WF_AND, KW.and_);
    FLAG_WORDS(WF_AFTER, KW.will, KW.would, KW.should, KW.could, KW.must,
               KW.might, KW.is, KW.are);
    for (int id = 1; id < LEX_MAX_WORDS; id++)
        fx_word_flags[id] |=
            (lex_get((uint16_t)id)->cls & LX_MONTH ? WF_AFTER : 0u) |
            (lex_get((uint16_t)id)->cls & LX_KIND ? WF_KIND : 0u);
    fx_word_flags[0] |= WF_UNKNOWN;
}

static void aw_init(void)
{
    pthread_once(&aw_once, aw_build);
}

int fx_aword_probe(const char *text, const struct token *t)
{
    for (uint32_t s = t->hash & (AW_SLOTS - 1); aw_slot[s];
         s = (s + 1) & (AW_SLOTS - 1)) {
        int w = aw_slot[s] - 1;
        if (fx_aw_hash[w] == t->hash && t->end - t->start == fx_aw_len[w] &&
            strncasecmp(text + t->start, fx_aw_text[w], fx_aw_len[w]) == 0)
            return w;
    }
    return -1;
}

/* Is token i one of the words [first, last]? */
static bool aword_in(const struct scanner *sc, int i, int first, int last)
{
    int w = fx_aword_id(sc, i);
    return w >= first && w <= last;
}

/* ---- organisations defined in the text -------------------------------- */

void fx_ctx_init(struct scanner *sc)
{
    aw_init();
    memset(&sc->ctx, 0, sizeof sc->ctx);
    sc->ctx.in_head = true;
}

static bool cap_word(const struct scanner *sc, int i)
{
    return i >= 0 && i < sc->n && sc->tok[i].kind == TK_WORD &&
           (sc->tok[i].flags & (TF_CAP | TF_ALLCAP | TF_MIXED)) &&
           !(sc->tok[i].flags & TF_DIGIT);
}

/* Is [a, b) a name the gazetteer already knows (or part of one)? */
static bool known_name(const struct scanner *sc, int a, int b)
{
    for (int x = a; x < b; x++) {
        const struct gazetteer_entry *e;
        if (sc->tok[x].kind == TK_WORD &&
            gazetteer_match(sc->gz, sc->text, sc->tok, sc->n, x, &e) > 0)
            return true;
        const struct gazetteer_entry *d;
        if (fx_dyn_match(sc, x, &d) > 0)
            return true;
    }
    return false;
}

/* The tokens a place takes at the start of a company's name when more
** follows: "Jiaxing Lanyu Intelligent Equipment Co., Ltd." is Lanyu's,
** not Jiaxing's, and only the rest says whether the company is known. */
static int leading_place(const struct scanner *sc, int s, int e)
{
    const struct gazetteer_entry *g;
    int m = sc->tok[s].kind == TK_WORD
                ? gazetteer_match(sc->gz, sc->text, sc->tok, sc->n, s, &g)
                : 0;
    return m > 0 && !organisation(g) && s + m < e ? m : 0;
}

/* Copy tokens [a, b) into buf, single spaces where the text has any. */
static void copy_name(const struct scanner *sc, int a, int b, char *buf)
{
    size_t n = 0;
    for (int x = a; x < b; x++) {
        const struct token *t = &sc->tok[x];
        if (x > a && (t->flags & TF_SPACE) && n < DYN_NAME - 1)
            buf[n++] = ' ';
        for (uint32_t k = t->start; k < t->end && n < DYN_NAME - 1; k++)
            buf[n++] = sc->text[k];
    }
    buf[n] = '\0';
}

/* Register tokens [a, b) as an organisation named `canonical` (NULL: the
** tokens themselves); returns the entry or NULL when full. */
static struct gazetteer_entry *dyn_add(struct scanner *sc, int a, int b,
                                       const char *canonical)
{
    struct attrib_ctx *cx = &sc->ctx;
    if (cx->n_dyn >= DYN_MAX || b <= a || b - a > 12)
        return NULL;
    int k = cx->n_dyn++;
    struct gazetteer_entry *e = &cx->dyn[k];
    memset(e, 0, sizeof *e);
    if (canonical) {
        e->canonical = canonical;
    } else {
        copy_name(sc, a, b, cx->dyn_name[k]);
        e->canonical = cx->dyn_name[k];
    }
    e->name = e->canonical;
    e->kind = GK_COMPANY;
    e->n_keys = (uint8_t)(b - a);
    for (int x = a; x < b; x++)
        e->keys[x - a] = sc->tok[x].hash;
    if (!canonical && !cx->prepass && !(sc->mark[a] & M_MENTION)) {
        /* the name itself, already passed by the context pass */
        sc->mention[a] = e;
        for (int x = a; x < b; x++)
            sc->mark[x] |= M_MENTION;
        sc->last_kind[GK_COMPANY] = e;
        fx_ctx_seen(sc, e);
    }
    return e;
}

int fx_dyn_match(const struct scanner *sc, int i,
                 const struct gazetteer_entry **out)
{
    const struct attrib_ctx *cx = &sc->ctx;
    int best = 0;
    for (int k = 0; k < cx->n_dyn; k++) {
        const struct gazetteer_entry *e = &cx->dyn[k];
        if (e->keys[0] != sc->tok[i].hash || i + e->n_keys > sc->n ||
            e->n_keys <= best)
            continue;
        int m = 1;
        while (m < e->n_keys && sc->tok[i + m].hash == e->keys[m] &&
               sc->tok[i + m].kind != TK_NUM)
            m++;
        if (m == e->n_keys) {
            best = m;
            *out = e;
        }
    }
    return best;
}

/* A run of name tokens ending before token e: capitalised words and '&'
** ("Harlow & Finch"), at most `max` tokens; returns its first token. */
static int name_run_back(const struct scanner *sc, int e, int max)
{
    int s = e;
    while (s > 0 && e - s < max &&
           (cap_word(sc, s - 1) ||
            (is_punct(sc, s - 1, '&') && cap_word(sc, s - 2))))
        s--;
    while (s < e &&
           (is_word(sc, s, LX_DET | LX_STOP | LX_ARTICLE) || is_month(sc, s)))
        s++; /* "The", "In" */
    return s;
}

/* The short name defined at k: ("Lianyun" or the "Company"). */
static void short_name(struct scanner *sc, int k, struct gazetteer_entry *e,
                       int dyn_index)
{
    if (!is_punct(sc, k, '(') ||
        !(is_punct(sc, k + 1, '"') || is_punct(sc, k + 1, 0x201C)))
        return;
    int a = k + 2, b = a;
    while (b < sc->n && b < a + 4 && cap_word(sc, b))
        b++;
    if (b == a || !(is_punct(sc, b, '"') || is_punct(sc, b, 0x201D)))
        return;
    copy_name(sc, a, b, sc->ctx.dyn_name[dyn_index]);
    e->canonical = e->name = sc->ctx.dyn_name[dyn_index];
    dyn_add(sc, a, b, e->canonical);
}

/* "Tidewell Logistics Holdings, Inc." is "Tidewell" where the text says
** so: its first word, when that is no word the lexicon or the gazetteer
** knows, is registered as a short form of the full name (fx_ctx_finish
** gives the full name's figures the short form once the text used it). */
static void first_word_alias(struct scanner *sc, int s, int full)
{
    const struct gazetteer_entry *e;
    if (sc->tok[s].lex || !(sc->tok[s].flags & TF_CAP) ||
        (sc->tok[s].flags & TF_ALLCAP) ||
        gazetteer_match(sc->gz, sc->text, sc->tok, sc->n, s, &e) > 0)
        return;
    for (int k = 0; k < sc->ctx.n_dyn; k++)
        if (sc->ctx.dyn[k].n_keys == 1 &&
            sc->ctx.dyn[k].keys[0] == sc->tok[s].hash)
            return; /* defined already */
    int k = sc->ctx.n_dyn;
    if (dyn_add(sc, s, s + 1, NULL)) {
        sc->ctx.dyn_full[k] = (uint8_t)(full + 1);
        sc->ctx.n_alias++;
    }
}

/* "Lianyun Technology Holdings Ltd.", "Jiaxing Sanli Co., Ltd." */
static void company_form(struct scanner *sc, int i)
{
    int e = i; /* the name ends before the company forms */
    while (e > 0 && (aword_in(sc, e - 1, AW_LTD, AW_GROUP) ||
                     is_punct(sc, e - 1, ',') || is_punct(sc, e - 1, '.')))
        e--;
    int s = name_run_back(sc, e, 5);
    if (e - s < 1)
        return;
    int k = i + 1; /* past the forms after i: "Co., Ltd." */
    while (k < sc->n && k < i + 6 &&
           (aword_in(sc, k, AW_LTD, AW_AG) || is_punct(sc, k, '.') ||
            is_punct(sc, k, ',')))
        k++;
    const struct gazetteer_entry *known;
    int index = -1, place = leading_place(sc, s, e);
    if (fx_dyn_match(sc, s, &known) == e - s) {
        index = (int)(known - sc->ctx.dyn); /* named before: "SOURCE X Ltd." */
    } else if (!known_name(sc, s + place, e)) {
        index = sc->ctx.n_dyn;
        const struct gazetteer_entry *d = dyn_add(sc, s, e, NULL);
        if (!d)
            return;
        fx_ctx_seen(sc, d); /* a company form: the company the release is
                               about, most likely */
    }
    if (index >= 0 && sc->ctx.dyn[index].canonical == sc->ctx.dyn_name[index])
        short_name(sc, k, &sc->ctx.dyn[index], index);
    if (index >= 0 && e - s - place >= 2)
        first_word_alias(sc, s + place, index); /* "Jiaxing Lanyu ...": Lanyu */
}

static bool org_noun(const struct scanner *sc, int h);

/* "Harlow & Finch, the department store group, said ..." */
static void apposition_name(struct scanner *sc)
{
    int k = 0;
    while (k < sc->n && k < 5 &&
           (cap_word(sc, k) || (k > 0 && is_punct(sc, k, '&'))))
        k++;
    if (k == 0 || !is_punct(sc, k, ',') ||
        !is_word(sc, k + 1, LX_DET | LX_ARTICLE))
        return;
    int j = k + 2;
    for (; j < sc->n && j < k + 12; j++) {
        if (sc->tok[j].kind == TK_PUNCT)
            break;
        if (is_word(sc, j, LX_STOP) || is_word(sc, j, LX_VERB))
            return; /* "a partner at a consultancy": a person */
    }
    if (!is_punct(sc, j, ',') || j < k + 3)
        return;
    bool org = org_noun(sc, j - 1);
    int s = name_run_back(sc, k, 5);
    if (org && s < k && !known_name(sc, s, k))
        dyn_add(sc, s, k, NULL);
}

/* "group", "retailer", "rival": a word that says a company is named. */
static bool org_noun(const struct scanner *sc, int h)
{
    return aword_in(sc, h, AW_ORG_FIRST, AW_ORG_LAST) ||
           fx_aword(sc, h, AW_GROUP) ||
           (is_word(sc, h, LX_KIND) && tlex(sc, h)->val == GK_COMPANY);
}

/* "Greenbasket said it was ...": an organisation speaks of itself. */
static void said_it(struct scanner *sc, int p)
{
    int q = p + 1;
    if (is_lex(sc, q, KW.on) && cap_word(sc, q + 1))
        q += 2; /* "said on Tuesday it" */
    if (is_lex(sc, q, KW.that))
        q++;
    const struct token *t = &sc->tok[q < sc->n ? q : p];
    if (q >= sc->n || t->kind != TK_WORD || t->end - t->start != 2 ||
        strncasecmp(sc->text + t->start, "it", 2) != 0)
        return;
    int s = name_run_back(sc, p, 3);
    if (s == p ||
        (s > 0 && sc->tok[s - 1].kind != TK_PUNCT && !org_noun(sc, s - 1)))
        return; /* at the start, or "chemicals group Rheinchem said it" */
    for (int x = s; x < p; x++)
        if (sc->tok[x].kind == TK_WORD && sc->tok[x].lex)
            return; /* a known word: "The company said it" */
    if (!known_name(sc, s, p))
        dyn_add(sc, s, p, NULL);
}

/* A dateline ("BEIJING, July 13 (Xinhua) --", "HANGZHOU, China, Nov.
** 15, 2022 /PRNewswire/ --"): the token where it ends, or 0. */
static int dateline_end(const struct scanner *sc)
{
    int k = 0;
    while (k < 3 && k < sc->n && sc->tok[k].kind == TK_WORD &&
           (sc->tok[k].flags & TF_ALLCAP))
        k++;
    if (k > 0 && is_punct(sc, k, ':'))
        return k; /* "BENGALURU: ..." */
    if (k == 0 || !is_punct(sc, k, ','))
        return 0;
    for (int x = k + 1; x < sc->n && x < 30; x++) {
        if (is_punct(sc, x, CP_EM_DASH) || is_punct(sc, x, CP_EN_DASH) ||
            (is_punct(sc, x, '-') &&
             (is_punct(sc, x + 1, '-') || !glued(sc, x))))
            return x; /* "--", "—", or " - " */
    }
    return 0;
}

void fx_ctx_said(struct scanner *sc, int i)
{
    said_it(sc, i);
}

/* Company forms ("Ltd.", "Inc.") where releases define the company: in
** the first windows of the text (the lead), not in every window. */
#define FORM_WINDOWS 16

static void company_forms(struct scanner *sc)
{
    /* a form is a capitalised word, and every capitalised word is noted
    ** in context_at or name_at (scan.h): the two lists, merged in token
    ** order, hold a third of the tokens or less */
    int a = 0, b = 0;
    while (a < sc->n_context || b < sc->n_name) {
        int i = b == sc->n_name || (a < sc->n_context &&
                                    sc->context_at[a] < sc->name_at[b])
                    ? sc->context_at[a++]
                    : sc->name_at[b++];
        const struct token *t = &sc->tok[i];
        if (i >= 1 && (t->flags & (TF_CAP | TF_ALLCAP)) &&
            t->kind == TK_WORD && fx_rare(t->hash) &&
            aword_in(sc, i, AW_LTD, AW_AG) &&
            !(is_punct(sc, i + 1, '-') && glued(sc, i + 1)))
            company_form(sc, i);
    }
}

void fx_ctx_window(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    if (sc->n == 0)
        return;
    cx->para_start =
        cx->windows == 0 || cx->after_break || (sc->tok[0].flags & TF_BLANK);
    cx->after_break = false;
    if (cx->para_start) {
        cx->para_year = 0;
        cx->para_subject = NULL;
    }
    int d = dateline_end(sc);
    for (int x = 0; x < d; x++)
        sc->mark[x] |= M_ATTR;
    cx->dateline = d ? d + 1 : 0;
    /* names defined here are matched by the context pass that follows */
    cx->prepass = true;
    apposition_name(sc);
    if (cx->windows < FORM_WINDOWS)
        company_forms(sc);
    cx->prepass = false;
}

/* ---- the article's main subject --------------------------------------- */

void fx_ctx_seen(struct scanner *sc, const struct gazetteer_entry *e)
{
    struct attrib_ctx *cx = &sc->ctx;
    if (e >= cx->dyn && e < cx->dyn + cx->n_dyn && cx->dyn_full[e - cx->dyn])
        e = &cx->dyn[cx->dyn_full[e - cx->dyn] - 1]; /* one company */
    unsigned w = e->kind == GK_ORGANISATION ? 1 : 2;
    /* (no entry is in seen twice: the look may go either way, and the
    ** names a text goes on about are the ones it named last) */
    for (int k = cx->n_seen - 1; k >= 0; k--)
        if (cx->seen[k] == e) {
            cx->seen_weight[k] += w;
            return;
        }
    for (int k = 0; k < cx->n_seen; k++) /* an alias: "U.S." for "US" */
        if (cx->seen[k]->canonical[0] == e->canonical[0] &&
            strcmp(cx->seen[k]->canonical, e->canonical) == 0) {
            cx->seen_weight[k] += w;
            return;
        }
    if (cx->n_seen < SEEN_MAX) {
        cx->seen[cx->n_seen] = e;
        cx->seen_weight[cx->n_seen++] = w;
    }
}

/* Short forms the window uses as a name: possessive ("Tidewell's"), or
** before a verb or punctuation ("Tidewell expects", "Tidewell now",
** "shares of Tidewell."), not "Global trade slowed". */
void fx_ctx_short_names(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    if (!cx->n_alias)
        return;
    for (int x = 0; x < sc->n; x++) {
        const struct gazetteer_entry *e = sc->mention[x];
        if (!e || e < cx->dyn || e >= cx->dyn + cx->n_dyn ||
            !cx->dyn_full[e - cx->dyn])
            continue;
        const struct token *next = &sc->tok[x + 1 < sc->n ? x + 1 : x];
        if ((sc->tok[x].flags & TF_POSS) || x + 1 >= sc->n ||
            next->kind == TK_PUNCT ||
            is_word(sc, x + 1,
                    LX_VERB | LX_CHANGE | LX_REACH | LX_TARGET | LX_STOP |
                        LX_NOW))
            cx->dyn_short_used[e - cx->dyn] = true;
    }
}

/* Give figure f the subject `name`, copied into the output once (*copy
** holds the copy for the next figure); false when out of memory. */
static bool set_subject(struct scanner *sc, struct figure *f, const char *name,
                        const char **copy)
{
    if (!*copy)
        *copy = figure_list_strdup(sc->out, name, strlen(name));
    if (!*copy) {
        sc->failed = 1;
        return false;
    }
    f->subject = *copy;
    return true;
}

/* The shortest form the article uses: figures reported under a full name
** whose short form the text used take the short form. */
static void shorten_names(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    for (int k = 0; k < cx->n_dyn; k++) {
        if (!cx->dyn_full[k] || !cx->dyn_short_used[k])
            continue;
        struct gazetteer_entry *full = &cx->dyn[cx->dyn_full[k] - 1];
        const char *name = full->canonical, *s = NULL;
        full->canonical = cx->dyn[k].canonical;
        for (size_t i = sc->first; i < sc->out->count; i++) {
            struct figure *f = &sc->out->items[i];
            if (f->subject && strcmp(f->subject, name) == 0 &&
                !set_subject(sc, f, full->canonical, &s))
                return;
        }
    }
}

void fx_ctx_finish(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    shorten_names(sc);
    if (sc->failed)
        return;
    const struct gazetteer_entry *main = cx->head_subject;
    if (!main) {
        unsigned best = 0, second = 0;
        for (int k = 0; k < cx->n_seen; k++) {
            unsigned w = cx->seen_weight[k];
            if (w > best) {
                second = best;
                best = w;
                main = cx->seen[k];
            } else if (w > second) {
                second = w;
            }
        }
        if (best < 3 || best == second)
            main = NULL; /* named in passing, or no one more than another */
    }
    const char *s = NULL;
    for (size_t i = sc->first; i < sc->out->count; i++) {
        struct figure *f = &sc->out->items[i];
        if (f->subject && !f->subject[0]) {
            f->subject = NULL; /* about nothing in particular */
            continue;
        }
        if (!f->subject && main && !set_subject(sc, f, main->canonical, &s))
            return;
    }
}
