/*
** scan.c: figure_scan(), the sentence loop, and emitting figures.
**
** The loop pulls tokens into a fixed window until a sentence ends (a
** full stop before a capital, a blank line, a line break that does not
** continue a sentence, a boilerplate range) or the window is full, then
** runs the passes described in scan.h (context.c, table.c, find.c,
** bare.c, attrib*.c) and appends the figures found.  As tokens arrive it
** notes what the window holds (scan.h: window), so passes a window
** cannot use are skipped, and which tokens find and context look at
** (start_at, context_at), so they need not walk every token.
**
** Some answers need the whole article: a "¥" is CNY only in a Chinese
** article, and "104 million (US$14.65 million)" is in yuan only if the
** article is about China.  Those figures get a placeholder unit and are
** fixed in one pass over this scan's figures at the end.
*/
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"

/* Placeholder units, told apart from real ones by address: one array, so
** that the article's end tells the many figures with a unit of their own
** by one comparison (pending_of).  Each holds the code it would print. */
enum {
    P_YEN,    /* "¥": CNY in a Chinese article, else JPY             */
    P_POUND,  /* "pounds": GBP in Britain, else lb                   */
    P_CENT,   /* cents of the article's money                        */
    P_DOLLAR, /* a bare "$": USD unless the page says whose          */
    P_SHARED, /* P_SHARED + k: the k-th shared word (U_RUPEE + k)    */
    P__N = P_SHARED + U_SHARED_LAST - U_SHARED_FIRST + 1
};
static const char pending[P__N][4] = {"JPY", "GBP", "USD", "USD",
                                      "INR", "MXN", "KES", "KWD",
                                      "SAR", "IRR", "DKK"};
_Static_assert(P__N == 11, "a code above for each placeholder");
static const char pending_implicit[] = "count";

/* Which placeholder u is, or -1 (by address: the bytes may be equal). */
static int pending_of(const char *u)
{
    uintptr_t d = (uintptr_t)u - (uintptr_t)pending;
    return d < sizeof pending ? (int)(d / sizeof pending[0]) : -1;
}

/* ---- emitting figures ------------------------------------------------ */

/* ASCII capitals in p[0, len) to lower case, eight bytes at a time (a
** byte at a time cost more than the copy): a byte is a capital when its
** low seven bits are 'A'..'Z' and its top bit is clear.  Rounds len up
** to a multiple of eight: the caller's buffer has the room, and what it
** changes there is written over or not copied. */
static void lower_ascii(char *p, size_t len)
{
    const uint64_t ones = 0x0101010101010101u, top = ones * 0x80;
    for (size_t k = 0; k < len; k += 8) {
        uint64_t x;
        memcpy(&x, p + k, 8);
        uint64_t low = x & ~top;
        uint64_t from_a = low + ones * (0x80 - 'A');
        uint64_t past_z = low + ones * (0x80 - 'Z' - 1);
        x |= (from_a & ~past_z & ~x & top) >> 2;
        memcpy(p + k, &x, 8);
    }
}

enum { PHRASE_MAX = 256 }; /* bytes of a copied phrase, NUL included */

/* Is the text of tokens [a, b) what copy_phrase makes of them: the
** tokens one space apart or glued, none lower-casing would change (no
** ASCII capital, or one that keeps its case), not too long? */
static bool plain_slice(const struct scanner *sc, int a, int b, bool keep_case)
{
    if (sc->tok[b - 1].end - sc->tok[a].start > PHRASE_MAX - 1)
        return false;
    for (int i = a; i < b; i++) {
        const struct token *t = &sc->tok[i];
        if (i > a &&
            (t->flags & TF_SPACE ? t->start != t[-1].end + 1 ||
                                       sc->text[t[-1].end] != ' '
                                 : t->start != t[-1].end))
            return false;
        if (keep_case || (t->flags & TF_ALLCAP) ||
            (t->end - t->start == 1 && (t->flags & TF_CAP)))
            continue; /* copied as it is */
        if (t->kind == TK_WORD) {
            if (t->flags & (TF_CAP | TF_MIXED))
                return false; /* a capital, lowered */
        } else {
            for (uint32_t k = t->start; k < t->end; k++)
                if (sc->text[k] >= 'A' && sc->text[k] <= 'Z')
                    return false;
        }
    }
    return true;
}

/* copy_phrase for a phrase plain_slice turns away: built token by token
** in a buffer.  Out of line: its buffer and registers would make every
** call of copy_phrase set up a frame, which most need not. */
static __attribute__((noinline)) const char *
copy_phrase_rebuilt(struct scanner *sc, int a, int b, bool keep_case)
{
    char buf[PHRASE_MAX + 8]; /* lower_ascii may round up by 7 */
    size_t n = 0;
    for (int i = a; i < b; i++) {
        const struct token *t = &sc->tok[i];
        if (i > a && (t->flags & TF_SPACE) && n < PHRASE_MAX - 1)
            buf[n++] = ' ';
        /* acronyms keep their capitals: GDP, R&D */
        bool lower = !keep_case && !(t->flags & TF_ALLCAP) &&
                     !(t->end - t->start == 1 && (t->flags & TF_CAP));
        size_t len = t->end - t->start, room = PHRASE_MAX - 1 - n;
        if (len > room)
            len = room;
        memcpy(buf + n, sc->text + t->start, len);
        if (lower)
            lower_ascii(buf + n, len);
        n += len;
    }
    return figure_list_strdup(sc->out, buf, n);
}

/* Copy tokens [a, b) into the arena: single spaces for any whitespace,
** lower case unless `keep_case` or the word is an acronym.  Most phrases
** are written so already, and are copied from the text at once. */
static const char *copy_phrase(struct scanner *sc, int a, int b, bool keep_case)
{
    if (plain_slice(sc, a, b, keep_case))
        return figure_list_strdup(sc->out, sc->text + sc->tok[a].start,
                                  sc->tok[b - 1].end - sc->tok[a].start);
    return copy_phrase_rebuilt(sc, a, b, keep_case);
}

static const char *role_names[] = {"level", "change", "share", "target"};

/* A phrase emit copied: tokens [a, b) of the window, and the copy. */
struct phrase_copy {
    int a, b;
    const char *copy;
};

/* copy_phrase, once for figures of a window that share the phrase
** ("revenue rose 5% to $3 billion"): they share the copy. */
static const char *copy_once(struct scanner *sc, struct phrase_copy *last,
                             int a, int b, bool keep_case)
{
    if (a != last->a || b != last->b) {
        last->a = a;
        last->b = b;
        last->copy = copy_phrase(sc, a, b, keep_case);
    }
    return last->copy;
}

/* One more amount in currency u: sc->currency_main is the first (in
** unit order) of those written most, the dollar aside, so the article's
** end need not look through every unit. */
static void count_currency(struct scanner *sc, int u)
{
    unsigned n = ++sc->currency_seen[u];
    unsigned most = sc->currency_seen[sc->currency_main];
    if (u != U_USD && (n > most || (n == most && u < sc->currency_main)))
        sc->currency_main = u;
}

/* Is c a world market price in dollars ("$2,400 an ounce", "$70 a
** barrel")?  Those are the US's whoever writes "$". */
static bool world_price(const struct scanner *sc, const struct cand *c)
{
    static const char *const per[] = {"ounce", "barrel", "bushel", "troy",
                                      "mmbtu", NULL};
    int k = c->t1 + c->post;
    if (!(is_lex(sc, k, KW.a) || is_lex(sc, k, KW.an) || is_lex(sc, k, KW.per)))
        return false;
    return word_among(sc, k + 1, per);
}

/* Is e named in the window before token t ("Kuwait's ministry said ...
** 5.1 billion dinars"; not a name after the figure, which may be
** another party's: "Rs 6.8 lakh crore, as Pakistan raised theirs")? */
static bool named_before(const struct scanner *sc,
                         const struct gazetteer_entry *e, int t)
{
    for (int x = 0; x < t; x++)
        if (sc->mention[x] == e)
            return true;
    return false;
}

static void emit(struct scanner *sc)
{
    size_t base = sc->out->count;
    struct phrase_copy noun = {-1, -1, NULL}, metric = {-1, -1, NULL};
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        struct figure *f = figure_list_push(sc->out);
        if (!f) {
            sc->failed = 1;
            return;
        }
        f->start = sc->tok[c->t0].start;
        f->end = sc->tok[c->t1 - 1].end;
        double v = fx_make_value(c->mant, c->exp);
        if (c->range) {
            f->low = c->neg ? -v : v;
            f->high = fx_make_value(c->mant2, c->exp2);
        }
        f->value = c->neg ? -v : v;
        /* most units print their own code: only those from U_USD_CENT to
        ** the shared words, and an implicit count, may take a placeholder
        ** (one test for the others) */
        _Static_assert(U_USD_CENT < U_YEN_SIGN && U_YEN_SIGN < U_POUND_WORD &&
                           U_POUND_WORD < U_DOLLAR &&
                           U_DOLLAR < U_SHARED_FIRST,
                       "the units that may take a placeholder are together");
        if ((unsigned)(c->unit - U_USD_CENT) > U_SHARED_LAST - U_USD_CENT &&
            !(c->implicit && c->unit == U_COUNT))
            f->unit = lex_units[c->unit ? c->unit : U_COUNT].code;
        else if (c->unit == U_YEN_SIGN)
            f->unit = pending[P_YEN];
        else if (c->unit == U_POUND_WORD && !c->implicit)
            f->unit = pending[P_POUND];
        else if (c->unit == U_USD_CENT && !c->implicit &&
                 !word_is(sc, c->t1 - 2, "US") && !word_is(sc, c->t1 - 2, "U.S."))
            f->unit = pending[P_CENT]; /* (not "63 US cents") */
        else if (c->unit == U_DOLLAR && !world_price(sc, c))
            f->unit = pending[P_DOLLAR];
        else if (c->unit >= U_SHARED_FIRST && c->unit <= U_SHARED_LAST) {
            int own = c->own_subject && c->subject &&
                              named_before(sc, c->subject, c->t0)
                          ? fx_country_currency(c->unit, c->subject->country)
                          : 0; /* "Kuwait's ... 5.1 billion dinars" */
            f->unit = own ? lex_units[own].code
                          : pending[P_SHARED + c->unit - U_SHARED_FIRST];
        }
        else if (c->implicit && c->unit == U_COUNT)
            f->unit = pending_implicit;
        else
            f->unit = lex_units[c->unit ? c->unit : U_COUNT].code;
        f->implicit = c->implicit;
        if (c->noun0 >= 0)
            f->noun = copy_once(sc, &noun, c->noun0, c->noun1, true);
        f->approx = lex_qual_name[c->qual];
        f->role = role_names[c->role];
        f->period = c->period;
        if (c->subject && c->subject == sc->ctx.last_entry) {
            f->subject = sc->ctx.last_copy; /* one copy for a run of them */
        } else if (c->subject) {
            f->subject = figure_list_strdup(sc->out, c->subject->canonical,
                                            strlen(c->subject->canonical));
            sc->ctx.last_entry = c->subject;
            sc->ctx.last_copy = f->subject;
        }
        if (c->metric0 >= 0)
            f->metric = copy_once(sc, &metric, c->metric0, c->metric1, false);
        if (c->pair >= 0)
            f->pair = (int)(base + (size_t)c->pair - sc->first);
        if (lex_is_currency_code(c->unit) && !c->implicit)
            count_currency(sc, c->unit);
        else if (c->unit == U_DOLLAR && !c->implicit) {
            count_currency(sc, U_USD); /* what cents are of (cent_currency) */
            sc->currency_seen[U_DOLLAR]++; /* ... unless the page says */
        }
        else if (c->unit >= U_SHARED_FIRST && c->unit <= U_SHARED_LAST &&
                 !c->implicit)
            count_currency(sc, c->unit);
    }
}

/* The currency "cents" are of: the one with cents the article writes
** most, the page's dollar (`home`) when it writes none or as many. */
static int cent_currency(const struct scanner *sc, int home)
{
    static const uint8_t with_cents[] = {U_EUR, U_HKD, U_AUD,
                                         U_CAD, U_SGD, U_NZD};
    int best = home;
    for (size_t k = 0; k < sizeof with_cents; k++)
        if (sc->currency_seen[with_cents[k]] > sc->currency_seen[best])
            best = with_cents[k];
    return best;
}

/* The unit of f, written in the k-th word several countries share: the
** page's country's currency; when the page names none that uses it, the
** usual one of a sign before the number ("Sh40.6 trillion"), but a count
** of a word after it: "20 shillings" in a speech of 1843. */
static void shared_currency(struct scanner *sc, struct figure *f, int k,
                            int *page)
{
    if (page[k] < 0) /* once per word and article: it weighs every name */
        page[k] = fx_page_currency(sc, U_SHARED_FIRST + k);
    int u = page[k];
    char c0 = sc->text[f->start];
    if (!u && ((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z') ||
               f->value >= 1e6))
        u = U_SHARED_FIRST + k; /* (its code is the usual one's); a sign
                                   or millions are money of today */
    if (u) {
        f->unit = lex_units[u].code;
        return;
    }
    const char *s = sc->text + f->start, *e = sc->text + f->end, *w = e;
    while (w > s && w[-1] != ' ')
        w--;
    f->unit = "count";
    f->implicit = false;
    f->noun = figure_list_strdup(sc->out, w, (size_t)(e - w));
    if (!f->noun)
        sc->failed = 1;
}

/* Currencies that depend on the whole article. */
static void finish_article(struct scanner *sc)
{
    struct figure *items = sc->out->items;
    /* bare dollars were counted as the US's: move them to the page's own
    ** ("$2.85 a litre, up 12 cents" on a Stats NZ page) */
    int home = sc->dollar_home       ? sc->dollar_home
               : sc->dollar_masthead ? sc->dollar_masthead
                                     : U_USD;
    if (home == U_USD && !sc->dollar_home) {
        int page = fx_page_dollar(sc);
        if (page)
            home = page;
    }
    unsigned bare = sc->currency_seen[U_DOLLAR];
    if (home != U_USD && bare) {
        sc->currency_seen[U_USD] -= bare;
        sc->currency_seen[home] += bare;
        for (int u = 1; u < U__N; u++)
            if (u != U_USD && lex_is_currency_code(u) &&
                sc->currency_seen[u] > sc->currency_seen[sc->currency_main])
                sc->currency_main = u;
    }
    /* the currency of implicit amounts: the article's main one, a shared
    ** word's (counted as such: emit) the page's country's */
    int best = sc->currency_main;
    unsigned best_seen = sc->currency_seen[best];
    best = fx_page_currency(sc, best);
    int page[U_SHARED_LAST - U_SHARED_FIRST + 1]; /* shared_currency's */
    for (size_t w = 0; w < sizeof page / sizeof page[0]; w++)
        page[w] = -1;
    int yen = fx_yen_currency(sc);
    for (size_t i = sc->first; i < sc->out->count; i++) {
        struct figure *f = &items[i];
        int k = pending_of(f->unit);
        if (k < 0)
            continue; /* most figures */
        if (k == P_YEN)
            f->unit = lex_units[yen].code;
        else if (k == P_CENT) /* cents of the article's money */
            f->unit = lex_units[cent_currency(sc, home)].code;
        else if (k == P_POUND) /* money in Britain, else weight */
            f->unit = sc->british ? "GBP" : "lb";
        else if (k == P_DOLLAR) /* the dollars it says it uses */
            f->unit = lex_units[home].code;
        else
            shared_currency(sc, f, k - P_SHARED, page);
    }
    for (size_t i = sc->first; i < sc->out->count; i++) {
        struct figure *f = &items[i];
        if (f->unit != pending_implicit)
            continue;
        const char *partner =
            f->pair >= 0 ? items[sc->first + (size_t)f->pair].unit : NULL;
        const char *u = NULL;
        if (sc->chinese && partner && strcmp(partner, "CNY") != 0)
            u = "CNY";
        else if (best && best_seen &&
                 (!partner || strcmp(partner, lex_units[best].code) != 0))
            u = lex_units[best].code;
        if (u) {
            f->unit = u;
        } else {
            f->unit = "count";
            f->implicit = false;
        }
    }
}

/* ---- the sentence loop ----------------------------------------------- */

/* Bare numbers stated of a ratio are multiples, not counts: "the ratio
** of urban to rural income narrowed to 2.01, from 2.04".  A figure with
** a unit of its own in between ends the ratio's reach. */
static void bare_ratios(struct scanner *sc)
{
    const struct cand *last = NULL; /* the last one made a multiple */
    for (int ci = 0; ci < sc->n_cand; ci++) {
        struct cand *c = &sc->cand[ci];
        if (c->unit != U_COUNT || c->noun0 >= 0 || c->sexp || c->implicit)
            continue;
        for (int x = c->qs - 1; x >= 0 && x >= c->qs - 16; x--) {
            if ((sc->mark[x] & M_USED) &&
                !(last && x >= last->t0 && x < last->t1))
                break; /* another figure: "2.01, from 2.04" passes */
            if (is_lex(sc, x, KW.ratio)) {
                c->unit = U_X;
                last = c;
                break;
            }
        }
    }
}

static void flush(struct scanner *sc)
{
    if (sc->n == 0)
        return;
    fx_context_pass(sc);
    fx_table_line(sc);
    if (sc->window & W_NUMBER) {
        fx_find_figures(sc);
        bare_ratios(sc);
    }
    fx_attribute(sc);
    emit(sc);
    /* the marks back to zero: blocks of a constant size are cleared by
    ** a few stores, with no call (windows are short); the pointers in
    ** two halves, which the compiler clears with vector stores (the
    ** whole block it cleared with "rep stos", slow to start) */
    for (int k = 0; k < sc->n; k += MARK_BLOCK) {
        memset(&sc->mark[k], 0, MARK_BLOCK * sizeof sc->mark[0]);
        memset(&sc->cue_kind[k], 0, MARK_BLOCK * sizeof sc->cue_kind[0]);
        memset(&sc->cue_year[k], 0, MARK_BLOCK * sizeof sc->cue_year[0]);
        memset(&sc->mention[k], 0, MARK_BLOCK / 2 * sizeof sc->mention[0]);
        memset(&sc->mention[k + MARK_BLOCK / 2], 0,
               MARK_BLOCK / 2 * sizeof sc->mention[0]);
    }
    sc->n = 0;
    sc->n_cand = 0;
    sc->window = 0;
    sc->n_start = sc->n_context = sc->n_name = 0;
}

/* The token read into sc->tok[sc->n] starts a new window: flush the
** window before it and move it, and the `pending` tokens read after it,
** to the front (the passes touch no token past the window's end). */
static void flush_before(struct scanner *sc, int pending)
{
    int at = sc->n;
    flush(sc);
    /* (one call for all: a copy of the first, then a call for the rest,
    ** cost more on the many windows that have a rest) */
    memmove(&sc->tok[0], &sc->tok[at],
            (size_t)(pending + 1) * sizeof sc->tok[0]);
}

static bool ends_sentence(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == CP_IDEO_STOP;
}

/* Does a sentence end before token t, read in at sc->tok[n] (n > 0)? */
static bool boundary_before(const struct scanner *sc, int n,
                            const struct token *t)
{
    const struct token *prev = t - 1;
    /* the common case first: on the same line after a word or number */
    if (!(t->flags & (TF_BLANK | TF_NEWLINE)) && prev->kind != TK_PUNCT)
        return false;
    if (t->flags & TF_BLANK)
        return true;
    bool prev_end = prev->kind == TK_PUNCT && ends_sentence(prev->hash);
    if (t->flags & TF_NEWLINE) {
        if (prev_end)
            return true;
        /* a wrapped line goes on in lower case or with a number; not a
        ** line of cells, a table's row or header, whose next line is the
        ** next row ("2025   2026" over "    millions of dollars", "... year
        ** ago" over "3rd quarter  1,903,412"); a list's "- Net debt was
        ** cut by 15\n  per cent." goes on */
        if (sc->window & (W_GAP | W_TAB))
            return true;
        if ((t->kind == TK_WORD && !(t->flags & TF_CAP)) ||
            (t->kind == TK_NUM && prev->kind == TK_WORD &&
             (prev->cls & LX_STOP)))
            return false;
        return true;
    }
    if (!prev_end) {
        /* "... percent." He said: a closing quote or bracket after it */
        if (n >= 2 && prev->kind == TK_PUNCT &&
            (prev->hash == '"' || prev->hash == ')' || prev->hash == '\'') &&
            sc->tok[n - 2].kind == TK_PUNCT &&
            ends_sentence(sc->tok[n - 2].hash))
            return (t->flags & TF_SPACE) && (t->flags & TF_CAP);
        return false;
    }
    if (prev->hash == '!' || prev->hash == '?' || prev->hash == CP_IDEO_STOP)
        return true;
    if (n >= 2 && is_punct(sc, n - 2, '.') && glued(sc, n - 1) &&
        t->start >= prev->end + 2 && sc->text[prev->end] == ' ' &&
        sc->text[prev->end + 1] == ' ')
        return false; /* "...  -6.2": a table's empty cell, not an end */
    if (!(t->flags & TF_SPACE))
        return false;
    if (n >= 2 && sc->tok[n - 2].kind == TK_WORD && glued(sc, n - 1)) {
        const struct token *w = &sc->tok[n - 2];
        if (w->cls & LX_ABBREV) /* (a word's cls: its lexeme's) */
            return false;
        if (w->end - w->start == 1 && (w->flags & TF_CAP))
            return false; /* an initial: "J. Smith" */
    }
    if (t->kind == TK_WORD)
        return (t->flags & TF_CAP) != 0;
    return t->kind == TK_NUM || t->kind == TK_CJK || t->kind == TK_PUNCT;
}

/* The word t at `at`, which the context pass looks at: in context_at,
** or in name_at when all the pass could do there is find a name (no
** digit, no class it asks about) and the gazetteer has none starting
** with it.  Most capitalised words and words before a full stop are
** such, and the pass need not visit them. */
static inline void note_context_word(struct scanner *sc,
                                     const struct token *t, int at)
{
    if (!(t->flags & TF_DIGIT) && !(t->cls & FX_CONTEXT_CLASSES) &&
        !gazetteer_may_start(t->flags & TF_CAP ? sc->gz_cap_first
                                               : sc->gz_low_first,
                             t->hash))
        sc->name_at[sc->n_name++] = (int16_t)at;
    else
        sc->context_at[sc->n_context++] = (int16_t)at;
}

/* Is the word at `at` in context_at or name_at already? */
static bool noted_for_context(const struct scanner *sc, int at)
{
    return (sc->n_context > 0 && sc->context_at[sc->n_context - 1] == at) ||
           (sc->n_name > 0 && sc->name_at[sc->n_name - 1] == at);
}

/* What the passes want noted of a word, by its lexeme (note_word): */
enum {
    NOTE_START = 1,   /* a figure may start at it: "five", "twice", "a"  */
    NOTE_NUMBER = 2,  /* the window has a number: W_NUMBER              */
    NOTE_CELLS = 4,   /* a scale word, as a caption's: W_CELLS          */
    NOTE_CONTEXT = 8, /* the context pass looks at it                   */
    NOTE_TIME = 16,   /* ... in lower case, only where a time phrase may
                         start: "the", "to", "this", "at" (note_word)    */
};
static uint8_t word_notes[LEX_MAX_WORDS];
/* a word of none of these classes is noted for its case alone: TF_PLAIN
** (token.h) skips it */
_Static_assert(((LX_FOLD | LX_NUMWORD | LX_HALF | LX_ARTICLE | LX_SCALE |
                 FX_CONTEXT_CLASSES) &
                ~LEX_NOTED_CLASSES) == 0,
               "LEX_NOTED_CLASSES has the classes word_notes asks about");

/* word_notes from the lexemes' classes (a word token's t->cls are its
** lexeme's): of the units and verbs the context pass asks about only
** "year", "month", "said", "says", "sterling" and "dollar(s)" (scan.h). */
static void word_notes_build(void)
{
    for (int id = 0; id < LEX_MAX_WORDS; id++) {
        uint32_t cls = lex_get((uint16_t)id)->cls;
        uint8_t w = 0;
        if (cls & (LX_FOLD | LX_NUMWORD | LX_HALF | LX_ARTICLE))
            w |= NOTE_START;
        if (cls & (LX_FOLD | LX_NUMWORD | LX_HALF | LX_SCALE))
            w |= NOTE_NUMBER;
        if (cls & LX_SCALE)
            w |= NOTE_CELLS;
        bool asked = (cls & (LX_UNIT | LX_VERB)) &&
                     (id == KW.year || id == KW.month || id == KW.said ||
                      id == KW.says || id == KW.sterling ||
                      lex_get((uint16_t)id)->unit == U_DOLLAR ||
                      lex_get((uint16_t)id)->unit == U_JPY);
        if ((cls & FX_CONTEXT_NOTED) || asked)
            w |= NOTE_CONTEXT;
        /* of what the context pass asks, only whether a time phrase
        ** starts here (context.c: with no capital, digit or glued "."
        ** after it, the walk does nothing else with such a word) */
        if ((cls & FX_CONTEXT_NOTED) == LX_TIMEPHRASE && !asked &&
            !fx_single_word_time_phrase)
            w |= NOTE_TIME;
        word_notes[id] = w;
    }
}

static void note_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    fx_known_words_init(); /* (KW, for word_notes_build) */
    fx_context_init();     /* (fx_single_word_time_phrase) */
    pthread_once(&once, word_notes_build);
}

/* The word t of the window (note_token): most words want nothing noted,
** and need no more than the first test.  With the token after it read
** (`next_read`), "the", "to" and the like need not be noted for the
** context pass when no time phrase can start at them: the pass would
** visit them for nothing (a glued "." after one notes it again). */
static inline __attribute__((always_inline)) void
note_word(struct scanner *sc, const struct token *t, bool next_read)
{
    unsigned w = word_notes[t->lex];
    if (t->flags & (TF_CAP | TF_MIXED | TF_DIGIT))
        w |= NOTE_CONTEXT; /* a name, "eBay", "FY24" */
    else if ((w & NOTE_TIME) && next_read && !(t->flags & TF_ALLCAP) &&
             !fx_time_phrase_second(t, t + 1))
        w &= ~(unsigned)NOTE_CONTEXT;
    if (!w)
        return;
    int at = (int)(t - sc->tok);
    if (w & NOTE_NUMBER)
        sc->window |= W_NUMBER | (w & NOTE_CELLS ? W_CELLS : 0);
    if (w & NOTE_START)
        sc->start_at[sc->n_start++] = (int16_t)at;
    if (w & NOTE_CONTEXT)
        note_context_word(sc, t, at);
}

/* What token t, at `at` in the window, tells the passes (scan.h:
** window, start_at, context_at): numbers and the words fx_find_figures
** starts a figure at ("five", "twice", "half", "a" before "million"); a
** scale word, "'000", or ")" closing a line ("... (%)") may make a
** caption; and the tokens the context pass looks at.  Inline: every
** token asks, and most want nothing. */
static inline __attribute__((always_inline)) void
note_token(struct scanner *sc, const struct token *t, int at)
{
    switch (t->kind) {
    case TK_WORD:
        note_word(sc, t, false);
        break;
    case TK_NUM:
        sc->window |= W_NUMBER;
        sc->start_at[sc->n_start++] = (int16_t)at;
        sc->context_at[sc->n_context++] = (int16_t)at;
        break;
    case TK_PUNCT:
        if (t->hash == '\'' ||
            (t->hash == ')' && (t->end >= sc->len || sc->text[t->end] == '\n' ||
                                sc->text[t->end] == '\r')))
            sc->window |= W_CELLS;
        /* "tmall.com": a word before a glued "." may be a name */
        if (t->hash == '.' && at > 0 && !(t->flags & TF_SPACE) &&
            t[-1].kind == TK_WORD && !noted_for_context(sc, at - 1))
            note_context_word(sc, t - 1, at - 1);
        break;
    case TK_CJK:
    case TK_SYM:
        sc->window |= t->kind == TK_CJK ? W_CJK : 0;
        sc->context_at[sc->n_context++] = (int16_t)at;
        break;
    }
}

/* Punctuation after which boundary_before may end a sentence even on the
** same line: . ! ? and the closing " ) ' after one; all ASCII below 64
** but the ideographic full stop. */
static inline bool may_end_after(const struct token *prev)
{
    const uint64_t ends = 1ull << '.' | 1ull << '!' | 1ull << '?' |
                          1ull << '"' | 1ull << ')' | 1ull << '\'';
    return prev->kind == TK_PUNCT &&
           (prev->hash < 64 ? (ends >> prev->hash) & 1
                            : prev->hash == CP_IDEO_STOP);
}

/* A word with TF_POSS ends before its 's: the token after it may start
** later than one byte after its end, a gap TF_PLAIN does not rule out. */
static inline bool gap_after_poss(const struct token *t)
{
    return (t->flags & TF_POSS) && t[1].start > t->end + 1;
}

/* Note tokens [n, end) of the window (0 < n, end <= SENT_MAX) as long
** as no sentence may end before one (boundary_before) and none follows a
** cell gap (two blanks or more); returns the first that may (or end).
** Most tokens pass, and need nothing but this loop: a plain word
** (TF_PLAIN) is on the line, glued to the token before or one space
** after it, and has nothing to note; whether a token may end a sentence
** is no question for a word. */
static int note_run(struct scanner *sc, int n, int end)
{
    const struct token *t = &sc->tok[n], *stop = &sc->tok[end];
    if (may_end_after(&t[-1]) || gap_after_poss(&t[-1]))
        return n;
    for (; t < stop; t++) {
        if (t->flags & TF_PLAIN)
            continue;
        if ((t->flags & (TF_BLANK | TF_NEWLINE)) || t->start > t[-1].end + 1 ||
            sc->text[t[-1].end] == '\t')
            break; /* (a tab: maybe a cell gap, the loop below asks) */
        if (t->kind == TK_WORD) {
            note_word(sc, t, true); /* (t + 1 < stop: read) */
            if (gap_after_poss(t))
                return (int)(t + 1 - sc->tok);
        } else {
            note_token(sc, t, (int)(t - sc->tok));
            if (may_end_after(t))
                return (int)(t + 1 - sc->tok);
        }
    }
    return (int)(t - sc->tok);
}

/* The scanner of the calling thread, kept between texts (freed when the
** thread ends): a new one for every text cost an allocation and 5 KB of
** per-token marks cleared, which flush() leaves at zero anyway.  NULL
** when out of memory. */
static pthread_key_t scanner_key;
static bool scanner_key_made;

static void scanner_key_make(void)
{
    scanner_key_made = pthread_key_create(&scanner_key, free) == 0;
}

static struct scanner *thread_scanner(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, scanner_key_make);
    struct scanner *sc =
        scanner_key_made ? pthread_getspecific(scanner_key) : NULL;
    if (sc)
        return sc;
    sc = malloc(sizeof *sc);
    if (!sc)
        return NULL;
    memset(sc->mark, 0, sizeof sc->mark);
    memset(sc->cue_kind, 0, sizeof sc->cue_kind);
    memset(sc->cue_year, 0, sizeof sc->cue_year);
    memset(sc->mention, 0, sizeof sc->mention);
    if (!scanner_key_made || pthread_setspecific(scanner_key, sc) != 0) {
        free(sc);
        return NULL;
    }
    return sc;
}

int figure_scan(const char *text, size_t len,
                const struct extract_options *options, struct figure_list *out)
{
    static const struct extract_options no_options;
    note_init();
    if (!options)
        options = &no_options;
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* offsets are 32-bit (see core/span.h) */
    /* the token and candidate arrays need no clearing; the per-token
    ** marks must start at zero, and flush() keeps them so: a scanner
    ** kept from the thread's last text has them so already */
    struct scanner *sc = thread_scanner();
    if (!sc)
        return -1;
    memset(sc, 0, offsetof(struct scanner, tok));
    sc->n = sc->n_cand = 0;
    sc->window = 0;
    sc->n_start = sc->n_context = sc->n_name = 0;
    memset(sc->last_kind, 0, sizeof sc->last_kind);
    sc->chinese = sc->japanese = sc->british = false;
    sc->dollar_home = sc->dollar_masthead = 0;
    sc->prefix_money = 0;
    memset(sc->masthead_country, 0, sizeof sc->masthead_country);
    memset(sc->dateline_country, 0, sizeof sc->dateline_country);
    sc->yen_words = 0;
    sc->ident_left = 0;
    memset(sc->currency_seen, 0, sizeof sc->currency_seen);
    sc->currency_main = 0;
    sc->failed = 0;
    sc->text = text;
    sc->len = len;
    sc->opt = options;
    sc->gz = options->gazetteer ? options->gazetteer : gazetteer_builtin();
    gazetteer_first_bits(sc->gz, &sc->gz_cap_first, &sc->gz_low_first);
    sc->year = options->year;
    sc->month = options->year ? options->month : 0;
    sc->out = out;
    sc->first = out->count;
    fx_ctx_init(sc);
    fx_read_masthead(sc);
    if (!sc->year)
        fx_guess_date(sc, options->skip, options->n_skip);

    struct tokenizer tz;
    tok_init(&tz, text, len, options->skip, options->n_skip);
    /* n is sc->n, in a register: only a flush changes sc->n, and
    ** sc->failed, so the loop tests that after each flush */
    int n = 0;
    /* tokens are read in runs straight into the window, from its end on
    ** (tok has room for one past it); tok[n, read) are read and not yet
    ** taken, and a flush moves them to the front.  Runs are short, so a
    ** flush moves few; 40 cost fewer instructions than 24 or 32 (fewer
    ** calls) and 48 or 64 (more moved) on the news, speeches and the
    ** benchmark, since one memmove moves them (flush_before). */
    enum { RUN_MAX = 40 };
    int read = 0;
    for (;;) {
        if (n == read) {
            int room = SENT_MAX + 1 - n;
            read = n + tok_run(&tz, &sc->tok[n],
                               room < RUN_MAX ? room : RUN_MAX);
        }
        /* the tokens note_run takes need no more; not the window's first
        ** nor the run's last, which may be TK_END or TK_BREAK (and so
        ** the window's tokens all stay below SENT_MAX) */
        if (n > 0) {
            n = note_run(sc, n, read - 1);
            sc->n = n;
        }
        struct token *t = &sc->tok[n];
        int k = t->kind; /* TK_END and TK_BREAK end a run */
        if (k == TK_END) {
            flush(sc);
            break;
        }
        if (k == TK_BREAK) {
            flush(sc);
            n = read = 0;
            sc->ctx.after_break = true;
            sc->table.live = sc->table.awaiting = false;
            sc->table.wide_unit = 0;
            sc->table.wide_pct = false;
            sc->table.wide_change = false;
            sc->table.ncol = 0;
            if (sc->failed)
                break;
            continue;
        }
        if ((n > 0 && boundary_before(sc, n, t)) || n == SENT_MAX) {
            flush_before(sc, read - n - 1);
            read -= n;
            n = 0;
            t = &sc->tok[0];
            if (sc->failed)
                break;
        }
        note_token(sc, t, n);
        sc->n = ++n;
        if (n >= 2 && t->start > t[-1].end + 1 && fx_cell_gap(sc, n - 1))
            sc->window |= W_CELLS | W_GAP;
        else if (n >= 2 && t->start == t[-1].end + 1 &&
                 sc->text[t[-1].end] == '\t')
            sc->window |= W_CELLS | W_TAB; /* one tab between cells */
    }
    int failed = sc->failed;
    if (!failed)
        finish_article(sc);
    if (!sc->failed)
        fx_ctx_finish(sc);
    failed = sc->failed;
    return failed ? -1 : 0;
}
