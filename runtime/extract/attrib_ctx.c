/*
** attrib_ctx.c: what attribution knows beyond one sentence (see scan.h).
**
**   date      when the caller gives no date, a dateline near the top of
**             the text ("Nov. 15, 2022", "15 September 2021",
**             "07-Oct-2023") gives the article's year and month;
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

#include "scan.h"

/* ---- words the lexicon does not know --------------------------------- */

static const char *const aw_text[AW__N] = {
    [AW_SPRING] = "spring",
    [AW_SUMMER] = "summer",
    [AW_AUTUMN] = "autumn",
    [AW_WINTER] = "winter",
    [AW_QUARTER] = "quarter",
    [AW_QUARTERS] = "quarters",
    [AW_HALF] = "half",
    [AW_PERIOD] = "period",
    [AW_CALLS] = "calls",
    [AW_CALL] = "call",
    [AW_AIMS_AT] = "seeks",
    [AW_ABOVE] = "above",
    [AW_BELOW] = "below",
    [AW_OVER] = "over",
    [AW_AGAINST] = "against",
    [AW_VERSUS] = "versus",
    [AW_VS] = "vs",
    [AW_COMPARED] = "compared",
    [AW_FOLLOWED] = "followed",
    [AW_TIMES] = "times",
    [AW_LEVEL] = "level",
    [AW_PEAK] = "peak",
    [AW_OCCUPANCY] = "occupancy",
    [AW_UNEMPLOYMENT] = "unemployment",
    [AW_URBANIZATION] = "urbanization",
    [AW_URBANISATION] = "urbanisation",
    [AW_PARTICIPATION] = "participation",
    [AW_MARGIN] = "margin",
    [AW_MARGINS] = "margins",
    [AW_STAKE] = "stake",
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
    [AW_STATEMENT] = "statement",
    [AW_LET] = "let",
};
static uint32_t aw_hash[AW__N];
static uint8_t aw_len[AW__N];
static uint64_t suffix_bloom; /* company forms, by hash bit */
static pthread_once_t aw_once = PTHREAD_ONCE_INIT;

static void aw_build(void)
{
    for (int w = 0; w < AW__N; w++) {
        const char *s = aw_text[w] ? aw_text[w] : "";
        uint32_t h = TOK_HASH_INIT;
        size_t n = strlen(s);
        for (size_t k = 0; k < n; k++)
            h = tok_hash_step(h, (unsigned char)s[k]);
        aw_hash[w] = h;
        aw_len[w] = (uint8_t)n;
    }
    for (int w = AW_LTD; w <= AW_AG; w++)
        suffix_bloom |= 1ull << (aw_hash[w] & 63);
}

static void aw_init(void)
{
    pthread_once(&aw_once, aw_build);
}

bool fx_aword(const struct scanner *sc, int i, int w)
{
    if (i < 0 || i >= sc->n)
        return false;
    const struct token *t = &sc->tok[i];
    return t->kind == TK_WORD && t->hash == aw_hash[w] && aw_len[w] &&
           t->end - t->start == aw_len[w] &&
           strncasecmp(sc->text + t->start, aw_text[w], aw_len[w]) == 0;
}

/* Is token i one of the words [first, last]? */
static bool aword_in(const struct scanner *sc, int i, int first, int last)
{
    if (i < 0 || i >= sc->n || sc->tok[i].kind != TK_WORD)
        return false;
    for (int w = first; w <= last; w++)
        if (sc->tok[i].hash == aw_hash[w] && fx_aword(sc, i, w))
            return true;
    return false;
}

/* ---- the article's date from a dateline ------------------------------ */

static int month_of(const struct token *t, const char *text)
{
    (void)text;
    if (t->kind != TK_WORD)
        return 0;
    const struct lexeme *l = lex_get(t->lex);
    if (!(l->cls & LX_MONTH) || !(t->flags & (TF_CAP | TF_ALLCAP)))
        return 0;
    return l->val;
}

static int year_of(const struct token *t)
{
    long v = fx_plain_int(t);
    return t->kind == TK_NUM && t->ndigits == 4 && v >= 1900 && v <= 2100
               ? (int)v
               : 0;
}

static int day_of(const struct token *t)
{
    long v = fx_plain_int(t);
    return t->kind == TK_NUM && v >= 1 && v <= 31 && t->ndigits <= 2 ? (int)v
                                                                      : 0;
}

static bool punct(const struct token *t, uint32_t cp)
{
    return t->kind == TK_PUNCT && t->hash == cp;
}

/* A full date starting at token i of `t` (n tokens): sets year, month. */
static bool date_at(const struct token *t, int n, int i, const char *text,
                    int *year, int *month)
{
    int m, d, y;
    /* Nov 15, 2022 / Nov. 15, 2022 / November 15 2022 */
    if ((m = month_of(&t[i], text))) {
        int k = i + 1;
        if (k < n && punct(&t[k], '.'))
            k++;
        if (k < n && (d = day_of(&t[k]))) {
            k++;
            if (k < n && punct(&t[k], ','))
                k++;
            if (k < n && (y = year_of(&t[k]))) {
                *year = y, *month = m;
                return true;
            }
        }
        return false;
    }
    if (i + 2 >= n)
        return false;
    /* 15 September 2021 */
    if ((d = day_of(&t[i])) && (m = month_of(&t[i + 1], text)) &&
        (y = year_of(&t[i + 2]))) {
        *year = y, *month = m;
        return true;
    }
    /* 2022-11-15, 2022/11/15 */
    if ((y = year_of(&t[i])) && i + 4 < n &&
        (punct(&t[i + 1], '-') || punct(&t[i + 1], '/')) &&
        t[i + 2].kind == TK_NUM && t[i + 3].hash == t[i + 1].hash &&
        t[i + 3].kind == TK_PUNCT && day_of(&t[i + 4])) {
        long mm = fx_plain_int(&t[i + 2]);
        if (mm >= 1 && mm <= 12) {
            *year = y, *month = (int)mm;
            return true;
        }
    }
    /* 07-Oct-2023 */
    if (day_of(&t[i]) && i + 4 < n && punct(&t[i + 1], '-') &&
        (m = month_of(&t[i + 2], text)) && punct(&t[i + 3], '-') &&
        (y = year_of(&t[i + 4]))) {
        *year = y, *month = m;
        return true;
    }
    return false;
}

#define DATELINE_TOKENS 120

void fx_guess_date(struct scanner *sc, const struct span *skip,
                   size_t n_skip)
{
    struct tokenizer tz;
    struct token t[DATELINE_TOKENS];
    int n = 0;
    tok_init(&tz, sc->text, sc->len, skip, n_skip);
    while (n < DATELINE_TOKENS) {
        int k = tok_next(&tz, &t[n]);
        if (k == TK_END)
            break;
        if (k != TK_BREAK)
            n++;
    }
    for (int i = 0; i < n; i++) {
        int y, m;
        if (date_at(t, n, i, sc->text, &y, &m)) {
            sc->year = y;
            sc->month = m;
            return;
        }
    }
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
    while (s < e && (is_word(sc, s, LX_DET | LX_STOP | LX_ARTICLE) ||
                     is_month(sc, s)))
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

/* "Lianyun Technology Holdings Ltd.", "Jiaxing Sanli Co., Ltd." */
static void company_form(struct scanner *sc, int i)
{
    int e = i; /* the name ends before the company forms */
    while (e > 0 && (aword_in(sc, e - 1, AW_LTD, AW_GROUP) ||
                     is_punct(sc, e - 1, ',') || is_punct(sc, e - 1, '.')))
        e--;
    int s = name_run_back(sc, e, 5);
    if (e - s < 1 || e > i || known_name(sc, s, e))
        return;
    int k = i + 1; /* past the forms after i: "Co., Ltd." */
    while (k < sc->n && k < i + 6 &&
           (aword_in(sc, k, AW_LTD, AW_AG) || is_punct(sc, k, '.') ||
            is_punct(sc, k, ',')))
        k++;
    int index = sc->ctx.n_dyn;
    struct gazetteer_entry *d = dyn_add(sc, s, e, NULL);
    if (d)
        short_name(sc, k, d, index);
}

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
    int h = j - 1;
    bool org = aword_in(sc, h, AW_ORG_FIRST, AW_ORG_LAST) ||
               fx_aword(sc, h, AW_GROUP) ||
               (is_word(sc, h, LX_KIND) && tlex(sc, h)->val == GK_COMPANY);
    int s = name_run_back(sc, k, 5);
    if (org && s < k && !known_name(sc, s, k))
        dyn_add(sc, s, k, NULL);
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
    if (s == p || (s > 0 && sc->tok[s - 1].kind != TK_PUNCT))
        return;
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
    if (sc->n < 3 || sc->tok[0].kind != TK_WORD ||
        !(sc->tok[0].flags & TF_ALLCAP) || !is_punct(sc, 1, ','))
        return 0;
    for (int x = 2; x < sc->n && x < 30; x++) {
        if (is_punct(sc, x, CP_EM_DASH) || is_punct(sc, x, CP_EN_DASH) ||
            (is_punct(sc, x, '-') && is_punct(sc, x + 1, '-')))
            return x;
    }
    return 0;
}

void fx_ctx_window(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    if (sc->n == 0)
        return;
    cx->para_start = cx->windows == 0 || cx->after_break ||
                     (sc->tok[0].flags & TF_BLANK);
    cx->after_break = false;
    if (cx->para_start) {
        cx->para_year = 0;
        cx->para_subject = NULL;
    }
    int d = dateline_end(sc);
    for (int x = 0; x < d; x++)
        sc->mark[x] |= M_ATTR;
    apposition_name(sc);
    for (int i = 1; i < sc->n; i++) {
        const struct token *t = &sc->tok[i];
        if (t->kind != TK_WORD)
            continue;
        if ((t->flags & (TF_CAP | TF_ALLCAP)) &&
            ((suffix_bloom >> (t->hash & 63)) & 1) &&
            aword_in(sc, i, AW_LTD, AW_AG) &&
            !(is_punct(sc, i + 1, '-') && glued(sc, i + 1)))
            company_form(sc, i);
        else if (t->lex == KW.said || t->lex == KW.says)
            said_it(sc, i);
    }
}

/* ---- the article's main subject --------------------------------------- */

void fx_ctx_seen(struct scanner *sc, const struct gazetteer_entry *e)
{
    struct attrib_ctx *cx = &sc->ctx;
    unsigned w = e->kind == GK_ORGANISATION ? 1 : 2;
    for (int k = 0; k < cx->n_seen; k++)
        if (cx->seen[k] == e || strcmp(cx->seen[k]->canonical,
                                       e->canonical) == 0) {
            cx->seen_weight[k] += w;
            return;
        }
    if (cx->n_seen < SEEN_MAX) {
        cx->seen[cx->n_seen] = e;
        cx->seen_weight[cx->n_seen++] = w;
    }
}

void fx_ctx_finish(struct scanner *sc)
{
    struct attrib_ctx *cx = &sc->ctx;
    const struct gazetteer_entry *main = cx->head_subject;
    if (!main) {
        unsigned best = 0;
        for (int k = 0; k < cx->n_seen; k++)
            if (cx->seen_weight[k] > best) {
                best = cx->seen_weight[k];
                main = cx->seen[k];
            }
        if (best < 3)
            main = NULL; /* named once in passing: no main subject */
    }
    if (!main)
        return;
    const char *s = NULL;
    for (size_t i = sc->first; i < sc->out->count; i++) {
        struct figure *f = &sc->out->items[i];
        if (f->subject)
            continue;
        if (!s)
            s = figure_list_strdup(sc->out, main->canonical,
                                   strlen(main->canonical));
        if (!s) {
            sc->failed = 1;
            return;
        }
        f->subject = s;
    }
}
