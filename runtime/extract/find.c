/*
** find.c: candidate figures in one sentence window (see scan.h).
**
** A figure is read around its number, left to right:
**
**     [qualifier] [currency] NUMBER [scale]* [range] [unit | noun]
**
** The number is digits (parsed by the tokenizer), spelled words ("twenty-
** one", "two and a half", "a hundred") or a Chinese scale after digits.
** Everything around it is found by looking at most a few tokens back
** (currency, qualifier) or forward (scale, range, unit, noun), so each
** number costs a constant amount of work and the scan resumes after what
** the figure used.
**
** Most of the code says what is NOT a figure: a number glued to letters
** ("4G", "H3C" is a word already), to a hyphen after a word ("COVID-19"),
** to a colon or slash (times, dates, ratios); a number after a capitalised
** word ("Web 2.0", "Article 5") or "No."; list numbers at a line start;
** numbers side by side ("1  2  >"); durations that name a period ("the
** first six months"); "one" and spelled numbers used as words ("one of
** the", "the two countries").  A bare number without unit, scale or noun
** is only a figure after a verb like "reached".
**
** The number itself is read by number.c, currency and unit by unit.c.
*/
#include <math.h>

#include "find.h"

/* Mark a glued chain of numbers, words and joiners as an identifier;
** returns the token after it. */
static int reject_chain(struct scanner *sc, int i)
{
    sc->mark[i] |= M_IDENT;
    int j = i + 1;
    while (j < sc->n && glued(sc, j) && j - i < 64) {
        const struct token *t = &sc->tok[j];
        if (t->kind == TK_NUM || t->kind == TK_WORD ||
            (t->kind == TK_PUNCT &&
             (t->hash == '-' || t->hash == '/' || t->hash == ':' ||
              t->hash == '.' || t->hash == '_' || t->hash == '#')) ||
            (t->kind == TK_SYM &&
             (t->hash == CP_DEGREE || t->hash == CP_PRIME))) {
            if (t->kind == TK_PUNCT && t->hash == '.' &&
                (j + 1 >= sc->n || !glued(sc, j + 1)))
                break; /* a full stop */
            sc->mark[j] |= M_IDENT;
            j++;
        } else {
            break;
        }
    }
    return j;
}

/* Words that may stand right before a number without making it a name
** ("Nearly 500", "Another 20") */
#define LX_BEFORE_NUMBER                                                       \
    (LX_QUAL | LX_STOP | LX_DET | LX_CURPREFIX | LX_REACH | LX_CHANGE |        \
     LX_TARGET | LX_SHARE | LX_YEARPREP | LX_VERB | LX_ARTICLE | LX_NOW |      \
     LX_TIMEADJ | LX_KIND | LX_UNIT | LX_YEARWORD | LX_CHINA)

/* Is token j a closing quote or bracket ("PKR 2." ending a quote)? */
static bool closing_mark(const struct scanner *sc, int j)
{
    if (sc->tok[j].kind != TK_PUNCT)
        return false;
    switch (sc->tok[j].hash) {
    case '"': case '\'': case ')': case ']': case 0x201D: case 0x2019:
        return true;
    }
    return false;
}

/* Is "top" at p a verb ("arrivals top 35 million"), not a rank ("the
** top 10 counties")?  A scale after the number, or a plural subject
** before "top". */
static bool top_is_verb(const struct scanner *sc, int p)
{
    if (is_word(sc, p + 2, LX_SCALE))
        return true;
    return p > 0 && fx_word_is_plural(sc, p - 1) &&
           !(sc->tok[p - 1].flags & TF_POSS);
}

/* Does word p end like a verb or adverb ("Excluding", "Served",
** "Fully")?  Such a word opens a sentence without naming the number. */
static bool verb_or_adverb_shape(const struct scanner *sc, int p)
{
    int n = wlen(sc, p);
    const char *w = wtext(sc, p);
    if (n < 4)
        return false;
    return (w[n - 2] == 'l' && w[n - 1] == 'y') ||
           (w[n - 2] == 'e' && w[n - 1] == 'd') ||
           (w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g');
}

/* Is the digit number at i named by what comes before it?  Inline (its
** one caller is try_figure): most answers come after a test or two. */
__attribute__((always_inline)) static inline bool
identifier_before(struct scanner *sc, int i)
{
    int p = i - 1;
    if (p < 0)
        return false;
    const struct token *t = &sc->tok[p];
    if (glued(sc, i)) {
        switch (t->kind) {
        case TK_WORD:
        case TK_OTHER:
        case TK_URL:
        case TK_NUM:
            return true;
        case TK_SYM:
            return true; /* currencies were taken before */
        case TK_CJK:
            return t->hash == 0x5146; /* the rest of "4兆9449億円", a sum
                                      ** this reader does not add up */
        case TK_PUNCT:
            switch (t->hash) {
            case '(':
            case '[':
            case '"':
            case '\'':
            case '~':
            case '>':
            case '<':
            case ',':
            case ';':
            case CP_EM_DASH:
            case 0x2015:
            case 0x300A:
            case 0x300C:
            case 0x3010:
            case 0x3001: /* 、 */
                return false;
            case ':':
                if (wlen(sc, p) > 1)
                    return false; /* full-width: "床位：1.2万张" */
                break;
            }
            return true;
        }
        return true;
    }
    /* most numbers follow a lower-case word, which names the number only
    ** when it is "top": a name or "No" is capitalised */
    if (t->kind == TK_WORD && !(t->flags & TF_CAP))
        return is_lex(sc, p, KW.top) && !top_is_verb(sc, p);
    if (t->kind == TK_WORD) {
        const struct lexeme *l = tlex(sc, p);
        if ((l->cls & LX_IDNUM) && (t->flags & TF_CAP))
            return true; /* No 5, Number 10 */
        int u = 0;
        if ((t->flags & TF_CAP) && p > 0 && !(l->cls & LX_BEFORE_NUMBER) &&
            !(t->flags & TF_POSS) && /* "ADB's 46 economies": an owner */
            !is_word(sc, i + 1, LX_SCALE) && /* "Record 7.3 Billion" */
            !(sc->mark[p] & M_MENTION) &&
            !(sc->tok[i].nflags & NF_COMMA) &&
            !(fx_unit_after(sc, i + 1, &u) > 0 &&
              (u == U_PCT || lex_units[u].kind == UK_MEASURE)) &&
            !(fx_cell_gap(sc, i) && (fx_word_is_plural(sc, p) ||
                                     (sc->tok[i].nflags & NF_DECIMAL))))
            return true; /* Web 2.0, Article 5, Boeing 737; not a table's
                         ** "Arrivals   12,700,000" or "to Asia   902.6",
                         ** nor a percentage or a measure: "and Europe
                         ** 27.1 per cent", "Trump's 25%", "to Asia 15
                         ** tonnes"; names have no thousands separators */
        if ((t->flags & TF_CAP) && p == 0 && t->lex == 0 &&
            !(sc->tok[i].nflags & (NF_COMMA | NF_DECIMAL)) &&
            !(sc->mark[p] & M_MENTION) && !fx_cell_gap(sc, i) &&
            !(fx_unit_after(sc, i + 1, &u) > 0 && u == U_PCT) &&
            !verb_or_adverb_shape(sc, p))
            return true; /* "Windows 11 runs": a sentence's first word
                         ** names the number unless it is a known word
                         ** or reads as a verb ("Served 15 years") */
        if (is_lex(sc, p, KW.top) && !top_is_verb(sc, p))
            return true; /* "the top 10 counties": a rank */
    }
    if (t->kind == TK_PUNCT && t->hash == '.' && glued(sc, p) &&
        (is_word(sc, p - 1, LX_IDNUM) || word_is(sc, p - 1, "No")))
        return true; /* No. 1 */
    if (t->kind == TK_PUNCT && t->hash == '#')
        return true;
    return false;
}

/* A reach verb right before token q ("reached 300", "stood at 300",
** "rose to 300", "a total of 300"): a bare number there is a figure. */
static bool reach_before(const struct scanner *sc, int q)
{
    const struct phrase *ph;
    if (is_word(sc, q - 1, LX_REACH))
        return true;
    for (int s = q - 3; s < q - 1; s++)
        if (s >= 0 &&
            lex_phrase_at(sc->tok, sc->n, s, 1u << PH_REACH, &ph) == q - s)
            return true;
    if (is_lex(sc, q - 1, KW.to) && is_word(sc, q - 2, LX_CHANGE))
        return true;
    if (is_lex(sc, q - 1, KW.of) && is_lex(sc, q - 2, KW.total))
        return true;
    return false;
}

/* A qualifier phrase of two to four words ending at token p ("more
** than", "as many as"): its Q_*, with *start at its first word, or -1
** for none.  phrase_len without its bounds tests (s is in the window);
** LX_PHRASE, any phrase's first word, is in the token and turns most
** words away first.  Out of line: the call to lex_phrase_at in the loop
** made every caller save registers first, and most figures have no
** word that starts a phrase before them. */
static __attribute__((noinline)) int
qualifier_phrase(const struct scanner *sc, int p, int *start)
{
    const struct phrase *ph;
    for (int s = p >= 3 ? p - 3 : 0; s < p; s++) {
        const struct token *w = &sc->tok[s];
        if ((w->cls & LX_PHRASE) && w->kind == TK_WORD &&
            (lex_phrase_kinds[w->lex] & (1u << PH_QUAL)) &&
            lex_phrase_at(sc->tok, sc->n, s, 1u << PH_QUAL, &ph) == p - s + 1) {
            *start = s;
            return ph->arg;
        }
    }
    return -1;
}

/* Qualifier ending right before token q; sets *start.  Inline: every
** figure asks, and most answers come after a test or two. */
__attribute__((always_inline)) static inline int
qualifier_before(const struct scanner *sc, int q, int *start)
{
    *start = q;
    int p = q - 1;
    if (p < 0 || (sc->mark[p] & M_USED))
        return Q_NONE;
    const struct token *t = &sc->tok[p];
    if (t->kind == TK_PUNCT) {
        uint32_t c = t->hash;
        if (c == '~' || c == '>' || c == '<') {
            *start = p;
            return c == '~' ? Q_ABOUT : c == '>' ? Q_OVER : Q_UNDER;
        }
        return Q_NONE;
    }
    /* a qualifier phrase ends in a word of the lexicon, and a qualifier
    ** word is one: most tokens before a number are neither */
    if (t->kind != TK_WORD || t->lex == 0)
        return Q_NONE;
    /* a phrase of two to four words ending at p: only if a word before
    ** may start one (by its lexeme: most tokens that are no word have
    ** none, and qualifier_phrase tests the kind of the rest) */
    const uint16_t *kind_of = lex_phrase_kinds;
    unsigned kinds = 0;
    if (p >= 3) /* (the common case, written out) */
        kinds = kind_of[t[-3].lex] | kind_of[t[-2].lex] | kind_of[t[-1].lex];
    else
        for (int s = 0; s < p; s++)
            kinds |= kind_of[sc->tok[s].lex];
    if (kinds & (1u << PH_QUAL)) {
        int qual = qualifier_phrase(sc, p, start);
        if (qual >= 0)
            return qual;
    }
    if (t->cls & LX_QUAL) {
        *start = p;
        return tlex(sc, p)->qual;
    }
    return Q_NONE;
}

/* "B&Bs", "M&As": a letter and "s" after "&" names things counted. */
static bool acronym_plural(const struct scanner *sc, int j)
{
    const struct token *t = &sc->tok[j];
    const char *w = sc->text + t->start;
    size_t n = t->end - t->start;
    if (j >= 2 && n == 2 && (t->flags & TF_CAP) && w[1] == 's' &&
        is_punct(sc, j - 1, '&'))
        return true; /* "B&Bs" */
    /* "GPUs", "SMEs", "EVs", "ATMs": capitals and a plural s */
    if (n < 3 || n > 8 || w[n - 1] != 's')
        return false;
    for (size_t x = 0; x + 1 < n; x++)
        if (w[x] < 'A' || w[x] > 'Z')
            return false;
    return true;
}

/* Counted noun after a number at k: up to six words ending in a plural
** ("565 digital economy-based projects", "2,507 4G base stations", "15
** scientific and technological achievements", "568 registered B&Bs").
** Inline: a figure without a unit asks, and a call cost it the saving
** of the registers its loop uses. */
__attribute__((always_inline)) static inline bool
noun_after(const struct scanner *sc, int k, int *n0, int *n1)
{
    int m = k, words = 0, head = -1;
    bool quoted = false;
    const uint32_t stop = LX_STOP | LX_DET | LX_VERB | LX_REACH | LX_TARGET |
                          LX_QUAL | LX_SCALE | LX_CLOCK | LX_NOW | LX_YEARPREP |
                          LX_ARTICLE | LX_UNIT | LX_CHANGE | LX_NUMWORD |
                          LX_ORDINAL;
    while (m < sc->n && words < (head < 0 ? 6 : 4)) {
        const struct token *t = &sc->tok[m];
        if (m > k && (t->flags & TF_NEWLINE))
            break;
        /* "scientific and technological achievements": an "and" between
        ** modifiers, before any plural; not "firms and banks" */
        if (words > 0 && head < 0 && is_lex(sc, m, KW.and_) &&
            m + 1 < sc->n && sc->tok[m + 1].kind == TK_WORD &&
            !is_word(sc, m + 1, stop)) {
            m++;
            words++;
            continue;
        }
        /* a quoted name before the head: 100 new "little giant" firms */
        if (t->kind == TK_PUNCT && head < 0 &&
            (t->hash == '"' || t->hash == 0x201C || t->hash == 0x201D)) {
            if (quoted ? !glued(sc, m) || words == 0
                       : m + 1 >= sc->n || !glued(sc, m + 1) ||
                             sc->tok[m + 1].kind != TK_WORD)
                break;
            quoted = !quoted;
            m++;
            continue;
        }
        int last;
        if (t->kind == TK_NUM && m + 1 < sc->n &&
            sc->tok[m + 1].kind == TK_WORD && glued(sc, m + 1)) {
            last = m + 1; /* "4G" inside a noun phrase */
            m += 2;
        } else if (t->kind == TK_WORD) {
            /* t->cls holds the lexeme's classes: most words are in
            ** neither, and one test says so */
            if ((t->cls & (stop | LX_MONTH)) &&
                ((t->cls & stop) || is_month(sc, m)) &&
                !(words == 0 && (t->flags & TF_ALLCAP) &&
                  !(t->cls & ~(LX_STOP | LX_DET | LX_ARTICLE))))
                break; /* but "IT" in "12,000 IT specialists" is no "it" */
            last = m++;
        } else {
            break;
        }
        words++;
        while (m + 1 < sc->n &&
               (is_punct(sc, m, '-') || is_punct(sc, m, '&')) &&
               glued(sc, m) && sc->tok[m + 1].kind == TK_WORD &&
               glued(sc, m + 1)) {
            last = m + 1; /* economy-based, B&Bs */
            m += 2;
        }
        if (fx_word_is_plural(sc, last) || acronym_plural(sc, last))
            head = last;
        else if (head >= 0 && !(sc->tok[head].flags & TF_CAP) &&
                 verb_or_adverb_shape(sc, last))
            break; /* a verb after the head: "shares changed hands",
                   ** "companies building new works" */
        if (sc->tok[last].flags & TF_POSS)
            break;
    }
    if (head < 0 || (quoted && head < m))
        return false;
    *n0 = k;
    *n1 = head + 1;
    return true;
}

/* A bare number that is the base of a comparison with the figure before
** it ("rose to 260 from 183", "compared with about 1,000", "410,000 orders
** a week, against 345,000"): the candidate it is compared with, or -1. */
static int compared_base(const struct scanner *sc, int q)
{
    int p = q - 1;
    if (p < 0 || sc->n_cand == 0)
        return -1;
    bool base = is_lex(sc, p, KW.from) || is_lex(sc, p, KW.against) ||
                is_lex(sc, p, KW.versus) || is_lex(sc, p, KW.vs) ||
                (is_lex(sc, p, KW.with_) && is_lex(sc, p - 1, KW.compared));
    if (!base)
        return -1;
    int ci = sc->n_cand - 1;
    const struct cand *c = &sc->cand[ci];
    if (c->t1 > p || p - c->t1 > 12 || !c->unit || c->unit == U_X)
        return -1;
    for (int x = c->t1; x < p; x++) {
        if (sc->tok[x].kind == TK_PUNCT && sc->tok[x].hash != ',' &&
            !(sc->tok[x].hash == '-' && glued(sc, x) && glued(sc, x + 1)))
            return -1; /* another clause, a parenthesis; not "e-commerce" */
        if (is_punct(sc, x, ',') &&
            (is_lex(sc, x + 1, KW.and_) || is_lex(sc, x + 1, KW.but) ||
             is_lex(sc, x + 1, KW.which) || is_lex(sc, x + 1, KW.while_)))
            return -1; /* ", and in the number of roads, which from" */
    }
    return ci;
}

/* "sales of 19.5 billion pesos, followed by Nuevo Leon with 14.1 billion
** and Jalisco with 12.8 billion": a bare amount of the same scale listed
** after an amount of money in the sentence, with nothing but names and
** small words between and ending its clause (k: the token after it), is
** in its money.  The candidate, or -1. */
static int listed_amount(const struct scanner *sc, int q, int k, int sexp)
{
    if (sc->n_cand == 0 || sexp <= 0 ||
        !(is_lex(sc, q - 1, KW.with_) || is_lex(sc, q - 1, KW.and_) ||
          is_lex(sc, q - 1, KW.or_)))
        return -1;
    /* the amount ends its clause: not "and 3 million watched the final" */
    if (k < sc->n && !(sc->tok[k].kind == TK_PUNCT || is_lex(sc, k, KW.and_) ||
                       is_lex(sc, k, KW.or_)))
        return -1;
    int ci = sc->n_cand - 1;
    const struct cand *c = &sc->cand[ci];
    if (!is_money(c->unit) || c->sexp != sexp || c->range || c->t1 > q ||
        q - c->t1 > 16)
        return -1;
    for (int x = c->t1 + c->post; x < q; x++) {
        const struct token *t = &sc->tok[x];
        if ((t->kind == TK_PUNCT && t->hash != ',') || t->kind == TK_NUM ||
            (t->kind == TK_WORD &&
             (t->cls & (LX_CHANGE | LX_REACH | LX_TARGET | LX_UNIT))))
            return -1;
    }
    return ci;
}

/* "India accounted for 48,902 arrivals, ..., followed by Russia with
** 21,436, China with 14,205": a whole number in thousands after a name
** and "with" or "at", in a sentence that counted things before, counts
** the same things.  The count's candidate, or -1. */
static int listed_count(const struct scanner *sc, int q, int num)
{
    const struct token *t = &sc->tok[num];
    if (!(t->nflags & NF_COMMA) || t->exp != 0 ||
        !(is_lex(sc, q - 1, KW.with_) || is_lex(sc, q - 1, KW.at)) ||
        !(sc->mark[q - 2] & M_MENTION))
        return -1;
    for (int ci = sc->n_cand - 1; ci >= 0; ci--)
        if (sc->cand[ci].unit == U_COUNT && sc->cand[ci].noun0 > 0)
            return ci;
    return -1;
}

/* Before the change verb that leads to token q ("arrivals rose 12.4
** percent"): a plural that is not money ("Sales rose 5%")? */
static bool counted_subject(const struct scanner *sc, int q)
{
    int v = q - 1;
    if (is_lex(sc, v, KW.by))
        v--;
    return v >= 1 && is_word(sc, v, LX_CHANGE) && fx_word_is_plural(sc, v - 1) &&
           !fx_money_plural(sc, v - 1);
}

/* "claims fell by 20,000 to 201,000", "rose 320 points to 65,400": a
** bare number after "to" right behind a change counted in the same unit
** is the level that change reached.  The candidate, or -1. */
static int change_reached(const struct scanner *sc, int q)
{
    if (sc->n_cand == 0 || !is_lex(sc, q - 1, KW.to))
        return -1;
    int ci = sc->n_cand - 1;
    const struct cand *c = &sc->cand[ci];
    const struct token *n = &sc->tok[q];
    /* "arrivals rose 12.4 percent to 206,318": a percentage change to a
    ** whole number in thousands reaches a count */
    bool pct_to_count = c->unit == U_PCT && n->kind == TK_NUM &&
                        (n->nflags & NF_COMMA) && n->exp == 0 &&
                        counted_subject(sc, c->qs);
    if (c->t1 != q - 1 || c->range ||
        (c->unit != U_COUNT && c->unit != U_POINT && !pct_to_count))
        return -1;
    int b = c->qs - 1;
    if (is_lex(sc, b, KW.by))
        b--;
    return is_word(sc, b, LX_CHANGE) ? ci : -1;
}

/* "the Hang Seng Index jumped 1.9% to 24,112.36", "sees the index
** reaching 27,000": a bare number reached or gone to within a clause
** naming an index is a level in points. */
static bool index_level(const struct scanner *sc, int q)
{
    /* "with the CPI at 109.85", "with a CPI of 113.28" */
    if ((is_lex(sc, q - 1, KW.at) || is_lex(sc, q - 1, KW.of)) &&
        (word_is(sc, q - 2, "CPI") || word_is(sc, q - 2, "PPI") ||
         word_is(sc, q - 2, "PMI") ||
         (is_punct(sc, q - 2, ')') && word_is(sc, q - 3, "CPI"))))
        return true;
    /* "The CPI (2015=100) was 139.4 in November, compared with 139.7":
    ** an index's base year, written before, makes the sentence's bare
    ** numbers its levels */
    for (int p = q - 5; p >= 0 && q - p <= 40; p--)
        if (is_punct(sc, p, '(') && (sc->mark[p + 1] & M_YEAR) &&
            is_punct(sc, p + 2, '=') && sc->tok[p + 3].kind == TK_NUM &&
            fx_plain_int(&sc->tok[p + 3]) == 100 && is_punct(sc, p + 4, ')'))
            return true;
    if (!reach_before(sc, q) && !is_lex(sc, q - 1, KW.to))
        return false;
    for (int p = q - 1; p >= 0 && q - p <= 8; p--) {
        const struct token *t = &sc->tok[p];
        if (t->kind == TK_PUNCT && t->hash != '%' &&
            !(t->hash == '-' && glued(sc, p) && glued(sc, p + 1)))
            return false;
        if (t->kind == TK_WORD && wlen(sc, p) == 5 &&
            fx_strncaseeq(wtext(sc, p), "index", 5))
            return true;
    }
    return false;
}

/* Does "number of" open the clause before token q ("The number of
** residents has exceeded 1,900")? */
static bool number_of_before(const struct scanner *sc, int q)
{
    for (int j = q - 1; j >= 1 && q - j <= 10; j--) {
        if (sc->tok[j].kind == TK_PUNCT && !(glued(sc, j) && glued(sc, j + 1)))
            return false; /* (not the "." of "Diia.City") */
        if (is_lex(sc, j, KW.of) && word_is_ci(sc, j - 1, "number"))
            return true;
    }
    return false;
}

/* "The occupancy rate stands at 52.3%, 0.8 points above November 2025":
** points that follow a percentage in a sentence naming no index are
** percentage points (try_figure asks for a change, not a level). */
static bool points_of_a_rate(const struct scanner *sc)
{
    if (sc->n_cand == 0 || sc->cand[sc->n_cand - 1].unit != U_PCT)
        return false;
    bool rate = false; /* the percentage is a rate's, not a gauge's,
                       ** a score's or a market's ("the Topix shed 14.6
                       ** points", "the gauge up 4.6 points") */
    for (int j = 0; j < sc->n; j++) {
        if (word_is_ci(sc, j, "index") || word_is_ci(sc, j, "indices") ||
            word_is_ci(sc, j, "indexes") || word_is(sc, j, "CPI") ||
            word_is(sc, j, "PMI") || word_is_ci(sc, j, "score") ||
            word_is_ci(sc, j, "scored") || word_is_ci(sc, j, "gauge"))
            return false;
        rate |= word_is_ci(sc, j, "rate") || word_is_ci(sc, j, "ratio") ||
                word_is_ci(sc, j, "share") || word_is_ci(sc, j, "margin");
    }
    return rate;
}

/* "the yen was at 148.25 per dollar after touching 146.54": a bare number
** a reach verb leads to, close after an exchange rate in the same clause,
** is the same rate.  Its currency, or 0. */
static int rate_again(const struct scanner *sc, int q)
{
    static const char *const verbs[] = {"touching", "touched", "hitting",
                                        "hit", "reaching", "reached", NULL};
    if (sc->n_cand == 0)
        return 0;
    const struct cand *c = &sc->cand[sc->n_cand - 1];
    if (!c->implicit || !is_money(c->unit) || c->t1 >= q || q - c->t1 > 8)
        return 0;
    if (!word_among(sc, q - 1, verbs))
        return 0;
    for (int x = c->t1; x < q; x++)
        if (sc->tok[x].kind == TK_PUNCT || sc->tok[x].kind == TK_NUM)
            return 0;
    return c->unit;
}

/* "close 14 of its 31 stores", "38 of the country's 312 firms": a bare
** number before "of" and a count of the same things; sets the noun's
** tokens. */
static bool part_of_count(struct scanner *sc, int k, int *n0, int *n1)
{
    if (!is_lex(sc, k, KW.of))
        return false;
    int s = k + 1;
    if (is_lex(sc, s, KW.the) || is_lex(sc, s, KW.its) ||
        is_lex(sc, s, KW.their))
        s++;
    if (s < sc->n && sc->tok[s].kind == TK_WORD &&
        (sc->tok[s].flags & TF_POSS)) {
        s++; /* "38 of the country's 312 firms", "of China's 34" */
        if (s < sc->n && sc->tok[s].kind == TK_NUM &&
            sc->tok[s].ndigits == 4 && !sc->tok[s].nflags) {
            long y = fx_plain_int(&sc->tok[s]);
            if (y >= 1900 && y <= 2100)
                return false; /* "2 of the bank's 2024 deals": a year */
        }
    }
    struct core c2;
    if (s >= sc->n || sc->tok[s].kind != TK_NUM ||
        (sc->mark[s] & (M_YEAR | M_DATE | M_IDENT)) ||
        fx_parse_number(sc, s, &c2) < 0 || c2.end >= sc->n ||
        fx_scale_of(sc, c2.end, false))
        return false;
    return noun_after(sc, c2.end, n0, n1);
}

/* The value of the number at or just after token j (a currency sign may
** come first), with a scale word after it; 0 for none. */
static double number_at(const struct scanner *sc, int j)
{
    if (j < sc->n && sc->tok[j].kind != TK_NUM)
        j++;
    if (j >= sc->n || sc->tok[j].kind != TK_NUM)
        return 0;
    double v = fx_make_value(sc->tok[j].mant, sc->tok[j].exp);
    if (is_word(sc, j + 1, LX_SCALE))
        v = fx_make_value(sc->tok[j].mant,
                          sc->tok[j].exp + tlex(sc, j + 1)->val);
    return v;
}

/* Chinese qualifiers: 余 or 多 after the number ("420余个", "130多个":
** more than), 约/大约 (about), 超/超过/逾 (over), 近 (nearly) before it at
** q.  Q_* (Q_NONE for none); *qs moves to a qualifier before. */
static int cjk_qualifier(const struct scanner *sc, int q, int e, int k,
                         int *qs)
{
    for (int x = e; x < k && x <= e + 1; x++)
        if (sc->tok[x].kind == TK_CJK &&
            (sc->tok[x].hash == 0x4F59 || sc->tok[x].hash == 0x591A))
            return Q_OVER;
    if (q < 1 || sc->tok[q - 1].kind != TK_CJK)
        return Q_NONE;
    uint32_t h = sc->tok[q - 1].hash,
             g = q >= 2 && sc->tok[q - 2].kind == TK_CJK ? sc->tok[q - 2].hash
                                                        : 0;
    if (h == 0x7EA6) { /* 约 */
        *qs = q - 1 - (g == 0x5927); /* 大约 */
        return Q_ABOUT;
    }
    if (h == 0x8FC7 && g == 0x8D85) { /* 超过 */
        *qs = q - 2;
        return Q_OVER;
    }
    if (h == 0x8D85 || h == 0x903E) { /* 超, 逾 */
        *qs = q - 1;
        return Q_OVER;
    }
    if (h == 0x8FD1) { /* 近 */
        *qs = q - 1;
        return Q_NEARLY;
    }
    return Q_NONE;
}

/* May "X to Y" after the words before q be a range?  Not after "from"
** ("from 5 to 6" is a change's ends), nor after a change ("rose by 22
** million to 779 million", "rose 5% to 10%"), unless the change is
** forecast, a verb in its plain form after "to" or a modal ("expects
** sales to grow 2 to 4 per cent", "will rise 13% to 15%", "to raise costs
** by 2 to 3 yuan"); after "by", only a number without a scale
** (`by_ok`).  A qualifier before X is looked past when Y is many times X
** ("fell by about 8,300 to 412,000"); "grew by about 150,000 to 200,000
** jobs" is one estimate, a range.  r is the "to". */
static bool range_to_ok(const struct scanner *sc, int q, int r, bool by_ok)
{
    int qs;
    if (qualifier_before(sc, q, &qs) != Q_NONE) {
        double x = number_at(sc, q), y = number_at(sc, r + 1);
        if (!(x > 0 && y > 5 * x))
            return true;
        q = qs;
    }
    int v = q - 1;
    if (is_lex(sc, v, KW.from)) {
        /* "costs range from US$9 million to US$11 million", "fallen to
        ** 8-10 days, down from 15 to 20 days": one range (the change has
        ** its new level already); else "from" and "to" are a change's
        ** two ends */
        static const char *const spans[] = {"range", "ranges", "ranged",
                                            "ranging", "vary", "varies",
                                            "varied", "varying", NULL};
        if (word_among(sc, v - 1, spans))
            return true;
        /* "up from" and "down from" only in an aside after a comma: "went
        ** up from $5 to $7" is a change's two ends */
        return (word_is(sc, v - 1, "down") || word_is(sc, v - 1, "up")) &&
               is_punct(sc, v - 2, ',');
    }
    bool by = is_lex(sc, v, KW.by);
    if (!by && !is_word(sc, v, LX_CHANGE))
        return true;
    if (by) {
        if (!by_ok)
            return false;
        /* "raise logistics costs by": the verb a few words back */
        for (v--; v > 0 && q - v < 6 && sc->tok[v].kind == TK_WORD &&
                  !is_word(sc, v, LX_CHANGE);
             v--)
            ;
        if (v <= 0 || !is_word(sc, v, LX_CHANGE))
            return false;
    }
    static const char *const modals[] = {"will", "would", "could", "may",
                                         "might", "should", "can", "shall",
                                         NULL};
    if (is_lex(sc, v - 1, KW.to))
        return true;
    return word_among(sc, v - 1, modals);
}

/* Is "to" at r followed by a plain number and a percent or percentage
** points ("fell 5 to 7 pct", "by 0.5 to 0.7 percentage points")?  After a
** bare number that reads as one range even after a past change: the
** first number has nothing else to be ("from 31 to 36 percent" stays a
** change's two ends). */
static bool to_percent(const struct scanner *sc, int r)
{
    int j = r + 1;
    if (j >= sc->n || sc->tok[j].kind != TK_NUM || j + 1 >= sc->n)
        return false;
    j++;
    if (is_punct(sc, j, '%') || is_punct(sc, j, CP_FULL_PERCENT))
        return true;
    if (is_word(sc, j, LX_UNIT))
        return tlex(sc, j)->unit == U_PCT || tlex(sc, j)->unit == U_PP;
    const struct phrase *ph;
    return sc->tok[j].kind == TK_WORD &&
           lex_phrase_at(sc->tok, sc->n, j, 1u << PH_UNIT, &ph) &&
           (ph->arg == U_PCT || ph->arg == U_PP); /* per cent */
}

/* Does a file type open the brackets before token q: "(PDF, 6.2 MB)",
** "[DOCX 120 KB]"?  The size of a download, not a figure. */
static bool file_size_before(const struct scanner *sc, int q)
{
    static const char *const types[] = {"PDF", "pdf", "DOC", "DOCX", "XLS",
                                        "XLSX", "PPT", "PPTX", "ZIP", "CSV",
                                        "EPUB", "MP3", "MP4", NULL};
    int w = is_punct(sc, q - 1, ',') ? q - 2 : q - 1;
    if (!is_punct(sc, w - 1, '(') && !is_punct(sc, w - 1, '['))
        return false;
    return word_among(sc, w, types);
}

/* M_USED on the tokens [a, b) of a figure (a < b <= sc->n): most spans
** are a few tokens, marked with one 8-byte OR (the mask has no bits past
** b, so the marks there stay as they are; the array has the room). */
static inline void mark_used(struct scanner *sc, int a, int b)
{
    _Static_assert(SENT_MAX + 8 <= MARK_ROOM, "room for an 8-byte OR");
    int len = b - a;
    if (len > 8) {
        for (int x = a; x < b; x++)
            sc->mark[x] |= M_USED;
        return;
    }
    uint64_t bytes = ~0ull >> (64 - 8 * len), marks;
    memcpy(&marks, &sc->mark[a], 8);
    marks |= bytes & (0x0101010101010101ull * M_USED);
    memcpy(&sc->mark[a], &marks, 8);
}

/* A candidate before anything is found: no noun, metric or partner. */
static const struct cand no_cand = {
    .noun0 = -1, .noun1 = -1, .metric0 = -1, .metric1 = -1, .pair = -1};

/* *f = no_cand, in two halves: the compiler clears each with a few vector
** stores, where for the whole struct it chose a string store ("rep
** stos") and then set the fields of -1, slower to start. */
static inline void cand_start(struct cand *f)
{
    enum { HALF = sizeof *f / 2 };
    memcpy(f, &no_cand, HALF);
    memcpy((char *)f + HALF, (const char *)&no_cand + HALF, sizeof *f - HALF);
}

/* Try a figure whose number starts at token i; returns where to go on.
** Inline in its one caller: its registers are saved and its frame set up
** once per window instead of once per number. */
__attribute__((always_inline)) static inline int
try_figure(struct scanner *sc, int i)
{
    struct core c;
    if (fx_parse_number(sc, i, &c) < 0)
        return i + 1;
    /* read often, kept in a register (c's address is taken) */
    const bool spelled = c.spelled;
    struct cand f;
    cand_start(&f);
    f.mant = c.mant;
    f.exp = c.exp;
    f.spelled = spelled;
    int first = i; /* first token of the number, with a minus sign */
    /* the window's Chinese tests, asked only where it has a CJK token */
    const bool cjk = sc->window & W_CJK;
    if (cjk && i > 0 && sc->tok[i - 1].kind == TK_CJK &&
        sc->tok[i - 1].hash == 0x7B2C)
        return c.end; /* 第1家, 第3小时: an ordinal */

    /* a minus sign: " -5%", "为-1.35亿元" but not "COVID-19" or "--5" */
    if (!spelled && is_punct(sc, i - 1, '-') && glued(sc, i) &&
        (i - 1 == 0 || (sc->tok[i - 1].flags & TF_SPACE) ||
         is_punct(sc, i - 2, '(') || sc->tok[i - 2].kind == TK_CJK) &&
        !(i >= 2 && sc->tok[i - 2].kind == TK_NUM && !fx_cell_gap(sc, i - 1))) {
        f.neg = true;
        first = i - 1;
    }
    /* a plus sign: "+0.5% y/y", a change in a table; kept for rates only */
    bool plus_sign = false;
    if (!spelled && (is_punct(sc, i - 1, '+') ||
                     (i > 0 && sc->tok[i - 1].kind != TK_WORD &&
                      sc->tok[i - 1].hash == 0xB1)) && /* "(±1.2%)": a margin */
        glued(sc, i) &&
        (i - 1 == 0 || (sc->tok[i - 1].flags & TF_SPACE) ||
         is_punct(sc, i - 2, '('))) { /* "Vietnam (+41.5%)" */
        plus_sign = true;
        first = i - 1;
    }
    int pstart;
    int unit = fx_currency_before(sc, first, &pstart);
    bool money = unit != 0;
    if (money && pstart < first && sc->tok[pstart].kind == TK_WORD &&
        is_word(sc, pstart, LX_CURPREFIX) &&
        (tlex(sc, pstart)->val & PREFIX_NEEDS_AMOUNT))
        sc->prefix_money |= 1ull << (tlex(sc, pstart)->unit % 64);
    if (!spelled && !money && !f.neg && !plus_sign && identifier_before(sc, i))
        return reject_chain(sc, i);

    int k = c.end;
    /* what is glued right after the digits */
    if (!spelled && k < sc->n && glued(sc, k)) {
        const struct token *g = &sc->tok[k];
        if ((g->kind == TK_PUNCT &&
             (g->hash == ':' || g->hash == '/' || g->hash == '.' ||
              g->hash == '_' || g->hash == '@')) ||
            (g->kind == TK_SYM && g->hash == CP_DEGREE && k + 1 < sc->n &&
             glued(sc, k + 1) &&
             (sc->tok[k + 1].kind == TK_NUM ||
              sc->tok[k + 1].kind == TK_PUNCT ||
              sc->tok[k + 1].kind == TK_SYM))) {
            if (!(g->kind == TK_PUNCT && g->hash == '.' &&
                  (k + 1 >= sc->n || !glued(sc, k + 1) ||
                   closing_mark(sc, k + 1))))
                return reject_chain(sc, i); /* 9:30, 12/15, 30°21' */
        }
    }
    int suffix_unit = 0;
    int sfx =
        spelled ? SUFFIX_NONE : fx_glued_suffix(sc, k, money, &suffix_unit);
    if (sfx == SUFFIX_REJECT)
        return reject_chain(sc, i);
    /* list numbering and section numbers at a line start */
    if ((sc->tok[first].flags & TF_NEWLINE) && !spelled && !money &&
        sfx == SUFFIX_NONE) {
        const struct token *t = &sc->tok[i];
        if (t->ndigits <= 2 && !(t->nflags & NF_DECIMAL) &&
            (is_punct(sc, k, '.') || is_punct(sc, k, ')')) && glued(sc, k) &&
            (k + 1 >= sc->n || (sc->tok[k + 1].flags & TF_SPACE)))
            return reject_chain(sc, i);
        if ((t->nflags & NF_DECIMAL) && k < sc->n &&
            sc->tok[k].kind == TK_WORD && (sc->tok[k].flags & TF_CAP) &&
            !fx_scale_of(sc, k, false) && !is_word(sc, k, LX_UNIT))
            return reject_chain(sc, i);
    }

    int nscale = fx_scales_after(sc, k, money, &f.exp);
    f.sexp = f.exp - c.exp;
    k += nscale;
    bool scaled = nscale > 0;
    int plus = Q_NONE; /* a glued qualifier: "100-plus", "40-odd" */
    if (is_punct(sc, k, '-') && glued(sc, k) && glued(sc, k + 1) &&
        (word_is(sc, k + 1, "plus") || word_is(sc, k + 1, "odd"))) {
        plus = *wtext(sc, k + 1) == 'p' ? Q_OVER : Q_ABOUT;
        k += 2;
    }

    /* ranges: 5-6, 5 to 6, between 5 and 6 */
    int r = k;
    bool joined = false;
    if (is_punct(sc, r, '-') && /* not "1.6<TAB>−2.3", two cells */
        !(sc->tok[r].start > 0 && sc->text[sc->tok[r].start - 1] == '\t' &&
          sc->table.nrow >= 2) &&
        ((glued(sc, r) && glued(sc, r + 1)) ||
         (sc->text[sc->tok[r].start] != '-') ||
         ((sc->tok[r].flags & TF_SPACE) && r + 1 < sc->n &&
          (sc->tok[r + 1].flags & TF_SPACE))))
        joined = true;
    else if (is_lex(sc, r, KW.to) &&
             (range_to_ok(sc, pstart, r, !nscale) ||
              (!nscale && !money && !spelled &&
               !is_lex(sc, pstart - 1, KW.from) && to_percent(sc, r))))
        joined = true; /* not "rose by 22 million to 779 million" */
    else if (is_lex(sc, r, KW.and_) && is_lex(sc, pstart - 1, KW.between))
        joined = true;
    if (joined) {
        int s = r + 1, dummy;
        for (int j = s + 1; unit && j <= s + 2 && j < sc->n; j++)
            if (sc->tok[j].kind == TK_NUM &&
                fx_currency_before(sc, j, &dummy) == unit && dummy == s) {
                s = j; /* $5-$6, US$2.40 billion to US$2.48 billion */
                break;
            }
        struct core c2;
        bool dash = !is_lex(sc, r, KW.to) && !is_lex(sc, r, KW.and_);
        if (s < sc->n &&
            (spelled ? sc->tok[s].kind == TK_WORD
                     : sc->tok[s].kind == TK_NUM) &&
            fx_parse_number(sc, s, &c2) >= 0 && !c2.article) {
            int k2 = c2.end;
            int e2 = c2.exp, n2 = fx_scales_after(sc, k2, money, &e2);
            k2 += n2;
            if (dash && is_punct(sc, k2, '-') && glued(sc, k2) &&
                k2 + 1 < sc->n && sc->tok[k2 + 1].kind == TK_NUM)
                return reject_chain(sc, i); /* 0571-8531-1391 */
            int lo_exp = f.exp; /* "5 to 6 million": the scale of both */
            if (n2 && !nscale)
                lo_exp += e2 - c2.exp;
            else if (nscale && !n2)
                e2 += f.exp - c.exp;
            double lo = fx_make_value(f.mant, lo_exp) * (f.neg ? -1 : 1);
            double hi = fx_make_value(c2.mant, e2);
            if (!(hi > lo) && lo_exp != f.exp) {
                /* "600,000 to 1.2 million": the low end written out;
                ** "800 to 1.2 billion": in the scale below (millions) */
                bool written_out = (sc->tok[i].nflags & NF_COMMA) ||
                                   fx_make_value(f.mant, f.exp) >= 1000;
                lo_exp = written_out || lo_exp - f.exp < 6 ? f.exp
                                                           : lo_exp - 3;
                lo = fx_make_value(f.mant, lo_exp) * (f.neg ? -1 : 1);
            }
            if (hi > lo) {
                f.exp = lo_exp;
                f.range = true;
                f.mant2 = c2.mant;
                f.exp2 = e2;
                k = k2;
                scaled = scaled || n2;
                for (int x = s; x < k2; x++)
                    sc->mark[x] |= M_USED;
            } else if (dash && glued(sc, r)) {
                return reject_chain(sc, i); /* 3-1, a score */
            }
        } else if (dash && glued(sc, r) && r + 1 < sc->n &&
                   sc->tok[r + 1].kind == TK_NUM) {
            return reject_chain(sc, i); /* glued to a date, a code */
        }
    }

    /* the unit */
    int uend = k;
    if (sfx == SUFFIX_UNIT && !money) {
        unit = suffix_unit;
        uend = k + 1 > uend ? k + 1 : uend;
        k = uend;
    } else {
        int u = 0, m = fx_unit_after(sc, k, &u);
        if (m < 0)
            return c.end;
        bool dollar = unit == U_USD || unit == U_DOLLAR;
        if (m > 0 && money && u == U_USD_CENT && !dollar &&
            unit != U_YEN_SIGN) {
            f.exp += lex_units[U_USD_CENT].exp; /* "HK4.5 cents" */
            k += m;
        } else if (m > 0 && (!money || is_money(u))) {
            /* a dollar sign takes the country of the word after it ("$5
            ** Australian dollars"), which a plain "dollars" does not give */
            if (!money || u == unit || dollar)
                unit = money && (u == U_DOLLAR || !dollar) ? unit : u;
            if (!money && u == U_COUNT && sc->tok[k].kind == TK_WORD) {
                /* a unit phrase naming things: "points of sale" (not a
                ** Chinese measure word: 个, 家) */
                f.noun0 = k;
                f.noun1 = k + m;
            }
            k += m;
        }
    }

    /* "12% to 16%", "5.25%-5.5%", "52亿元至55亿元": a range with its unit
    ** written twice (money too in Chinese, where 至 "to" joins only) */
    bool zhi = cjk && k < sc->n && sc->tok[k].kind == TK_CJK &&
               sc->tok[k].hash == 0x81F3 && glued(sc, k) && glued(sc, k + 1);
    if (!f.range && (unit || zhi) && (!money || zhi) && unit != U_COUNT &&
        k + 1 < sc->n && sc->tok[k + 1].kind == TK_NUM) {
        /* (the number first: most figures have none two tokens on, and
        ** the joiner's tests below need not be asked) */
        int r2 = k, s = k + 1;
        bool to = (is_lex(sc, r2, KW.to) && range_to_ok(sc, pstart, r2, true)) ||
                  zhi;
        bool and_ = is_lex(sc, r2, KW.and_) && is_lex(sc, pstart - 1, KW.between);
        bool dash = (is_punct(sc, r2, '-') || is_punct(sc, r2, CP_EM_DASH) ||
                     is_punct(sc, r2, CP_EN_DASH)) &&
                    glued(sc, r2) && glued(sc, s); /* "12%—14%" */
        struct core c2;
        if ((to || and_ || dash) &&
            !(sc->mark[s] & (M_YEAR | M_DATE | M_IDENT)) &&
            fx_parse_number(sc, s, &c2) >= 0 && !c2.spelled) {
            int e2 = c2.exp, k2 = c2.end;
            k2 += fx_scales_after(sc, k2, false, &e2);
            int u2 = 0, su = 0, m2 = 0;
            if (fx_glued_suffix(sc, k2, false, &su) == SUFFIX_UNIT)
                u2 = su, m2 = 1;
            else
                m2 = fx_unit_after(sc, k2, &u2);
            /* not "raise its stake by 5% to 20% of the company": a
            ** change, then the share it comes to ("absorb 15% to 20% of
            ** revenue" stays a range) */
            bool share_after = to && is_lex(sc, pstart - 1, KW.by) &&
                               is_lex(sc, k2 + m2, KW.of);
            /* "30亿至50亿元": the unit written once, at the end */
            bool unit_once = !unit && zhi && u2 && u2 != U_COUNT;
            if (m2 > 0 && (u2 == unit || unit_once) &&
                (e2 - c2.exp) == (f.exp - c.exp) && !share_after &&
                fx_make_value(c2.mant, e2) > fx_make_value(f.mant, f.exp)) {
                if (unit_once) {
                    unit = u2;
                    money = is_money(u2);
                }
                f.range = true;
                f.mant2 = c2.mant;
                f.exp2 = e2;
                for (int x = s; x < k2 + m2; x++)
                    sc->mark[x] |= M_USED;
                k = k2 + m2;
            }
        }
    }

    /* the qualifier, before the currency or the number */
    int qs;
    f.qual = (uint8_t)qualifier_before(sc, pstart, &qs);
    if (f.qual == Q_NONE && is_lex(sc, pstart - 1, KW.top) &&
        top_is_verb(sc, pstart - 1)) {
        f.qual = Q_OVER; /* "arrivals top 35 million", as "topped" */
        qs = pstart - 1;
    }
    if (f.qual == Q_OVER && qs == pstart - 1 && qs > 0 &&
        lex_units[unit].kind == UK_DURATION &&
        ((sc->mark[qs - 1] & M_USED) || is_word(sc, qs - 1, LX_CHANGE))) {
        f.qual = Q_NONE; /* "grew 5% over six years": over = during */
        qs = pstart;
    }
    if (f.qual == Q_NONE && cjk)
        f.qual = (uint8_t)cjk_qualifier(sc, pstart, c.end, k, &qs);

    /* "from 5 to 6 percent": the first number takes the second's unit */
    if (!unit && !scaled && !f.range && is_lex(sc, pstart - 1, KW.from) &&
        is_lex(sc, k, KW.to)) {
        struct core c2;
        if (fx_parse_number(sc, k + 1, &c2) >= 0 && !c2.spelled) {
            int e2 = 0, n2 = fx_scales_after(sc, c2.end, false, &e2);
            int u2 = 0;
            if (fx_unit_after(sc, c2.end + n2, &u2) > 0 && u2) {
                unit = u2;
                f.exp += e2;
                scaled = n2 > 0;
            }
        }
    }

    /* counted noun; one thing in digits: "37 recorded inflation and 1
    ** province recorded deflation" (a singular then a verb) */
    if (!unit && !spelled && f.mant == 1 && f.exp == 0 && !f.range &&
        k + 1 < sc->n && sc->tok[k].kind == TK_WORD &&
        !(sc->tok[k].flags & (TF_CAP | TF_ALLCAP)) &&
        !(sc->tok[k].cls & (LX_STOP | LX_DET | LX_VERB | LX_UNIT | LX_SCALE |
                            LX_ARTICLE | LX_QUAL | LX_CHANGE)) &&
        !fx_word_is_plural(sc, k) && sc->tok[k + 1].kind == TK_WORD &&
        ((sc->tok[k + 1].cls & LX_VERB) || verb_or_adverb_shape(sc, k + 1)) &&
        !(sc->tok[k + 1].flags & TF_NEWLINE)) {
        unit = U_COUNT;
        f.noun0 = k;
        f.noun1 = k + 1;
        k++;
    } else if (!unit && noun_after(sc, k, &f.noun0, &f.noun1)) {
        int h = f.noun1 - 1;
        if (wlen(sc, h) == 8 && fx_strncaseeq(wtext(sc, h), "quarters", 8))
            return c.end; /* "in eight quarters": a span of time */
        long y = fx_plain_int(&sc->tok[first]);
        if (y >= 1990 && y <= 2100 && fx_money_plural(sc, h))
            return c.end; /* "25x expected 2027 earnings": a year's money */
        unit = U_COUNT;
        k = f.noun1;
    }
    /* "or more", "100+": a qualifier after the figure */
    const struct phrase *ph;
    int post = phrase_len(sc, k, PH_POSTQUAL, &ph);
    if (post && !f.qual)
        f.qual = (uint8_t)ph->arg;
    if (!post && is_punct(sc, k, '+') && glued(sc, k) && !f.qual) {
        f.qual = Q_OVER;
        post = 1;
    }
    f.post = post;
    if (plus && !f.qual)
        f.qual = plus;
    int before = qs - 1; /* the word before the whole figure */
    int cmp;
    if (!unit && !f.range && !is_lex(sc, k, KW.to) &&
        (cmp = compared_base(sc, qs)) >= 0) {
        /* "up from 1,100": the unit and noun of what it is compared with */
        const struct cand *p = &sc->cand[cmp];
        unit = p->unit;
        if (!scaled && p->sexp > 0 && fx_make_value(f.mant, f.exp) < 1000) {
            f.exp += p->sexp; /* "$2 billion, up from 1.5" */
            f.sexp = p->sexp;
            scaled = true;
        }
        f.noun0 = p->noun0;
        f.noun1 = p->noun1;
        if (is_money(unit) || unit == U_YEN_SIGN)
            f.implicit = true;
    } else if (!unit && !f.range && !spelled &&
               (cmp = change_reached(sc, qs)) >= 0) {
        unit = sc->cand[cmp].unit == U_PCT ? U_COUNT : sc->cand[cmp].unit;
        /* the level a change reached */
        f.noun0 = sc->cand[cmp].noun0;
        f.noun1 = sc->cand[cmp].noun1;
    } else if (!unit && !f.range && !spelled &&
               part_of_count(sc, k, &f.noun0, &f.noun1)) {
        unit = U_COUNT; /* "14 of its 31 stores" */
    } else if (!unit && !f.range && !spelled &&
               (cmp = listed_amount(sc, qs, k, f.sexp)) >= 0) {
        unit = sc->cand[cmp].unit; /* "... with 14.1 billion" */
        money = f.implicit = true;
    } else if (!unit && !f.range && !spelled && !scaled &&
               (cmp = listed_count(sc, qs, first)) >= 0) {
        unit = U_COUNT; /* "48,902 arrivals ..., followed by Russia with
                        ** 21,436" */
        f.noun0 = sc->cand[cmp].noun0;
        f.noun1 = sc->cand[cmp].noun1;
    }
    if (!unit && !spelled && !f.range && !scaled && index_level(sc, qs))
        unit = U_POINT;
    int tu, te;
    if (!unit && !spelled && !f.range && !scaled && sc->table.nrow >= 2 &&
        fx_table_cell(sc, i, &tu, &te)) {
        unit = tu; /* a table cell: "Revenue   612,418" under "US$'000" */
        f.exp += te;
        scaled = te > 0;
        if (is_money(unit))
            money = f.implicit = true;
    }
    if (!unit && !spelled && !f.range && !scaled &&
        (tu = fx_rate_currency(sc, pstart, k)) != 0) {
        unit = tu; /* "the yuan was at 7.1605 per dollar" */
        money = f.implicit = true;
    }
    if (!unit && !spelled && !f.range && !scaled &&
        (tu = rate_again(sc, qs)) != 0) {
        unit = tu; /* "... per dollar after touching 146.54" */
        money = f.implicit = true;
    }
    if (!unit) {
        if (scaled ||
            (!spelled && (reach_before(sc, qs) || is_lex(sc, qs, KW.top))) ||
            /* "the number of residents has exceeded 1,900"; not "exceeds
            ** 1913 in value", nor "its share price has exceeded 250" */
            (!spelled && is_word(sc, qs, LX_REACH) &&
             number_of_before(sc, qs)) ||
            (!f.range && fx_bare_count(sc, qs, k, &c)))
            unit = U_COUNT;
        else {
            /* "1  2  >": numbers side by side are navigation, not data;
            ** but not in a row under a table's header ("Zhu Mingyuan
            ** 41,600,000   10.40" under "Shares held   Ratio (%)") */
            if (!spelled && k < sc->n && sc->tok[k].kind == TK_NUM &&
                !(sc->table.live && sc->table.nrow >= 2) &&
                !(sc->tok[k].flags & TF_NEWLINE) &&
                !(k + 1 < sc->n && sc->tok[k + 1].kind == TK_WORD &&
                  glued(sc, k + 1)))
                sc->mark[k] |= M_IDENT;
            return c.end;
        }
    }
    int ukind = lex_units[unit].kind;
    int open = is_punct(sc, pstart - 1, '(') ? pstart : first;
    if ((is_punct(sc, open - 1, '(') || is_punct(sc, open - 1, ':')) &&
        fx_caption_scale(sc, open, k, f.mant, f.exp))
        return k; /* "Daily output (10,000 tons)", "(RMB 10,000)": the
                  ** table's scale */
    if (unit == U_MB &&
        (is_punct(sc, k, ')') || is_punct(sc, k, ']')) &&
        file_size_before(sc, open))
        return k; /* "Download the report (PDF, 6.2 MB)"; not "(ZIP, 40 GB)
                  ** of leaked mail" */
    if (plus_sign && ukind != UK_PERCENT && ukind != UK_PP)
        return reject_chain(sc, i); /* "+86 571 ...", a phone number */
    if (is_lex(sc, before, KW.of) && before > 0 &&
        (sc->tok[before - 1].flags & TF_NEWLINE) &&
        word_is_ci(sc, before - 1, "list"))
        return k; /* "list of 3 items": a page's widget of related links */
    if (spelled) {
        if (c.one && !scaled && !f.range &&
            (unit == U_COUNT || ukind == UK_DURATION))
            return c.end; /* one of the, one day; not "one to two days" */
        if (c.article && !scaled)
            return c.end;
        if (unit == U_COUNT && !scaled && is_lex(sc, before, KW.top) &&
            !top_is_verb(sc, before))
            return c.end; /* "the top ten shareholders": a rank */
        if (unit == U_COUNT && !scaled && is_word(sc, before, LX_DET) &&
            !is_word(sc, before, LX_ARTICLE) && !is_lex(sc, before, KW.its) &&
            !is_lex(sc, before, KW.their))
            return c.end; /* the two countries; not "its two plants" */
    }
    if ((ukind == UK_DURATION || spelled) && !scaled &&
        is_word(sc, before, LX_TIMEADJ | LX_ORDINAL))
        return c.end; /* the first six months, the past five years */
    if (ukind == UK_DURATION &&
        (is_lex(sc, k, KW.ago) || is_lex(sc, k, KW.later) ||
         is_lex(sc, k, KW.earlier) || is_lex(sc, k, KW.hence)))
        return k; /* "seven years ago": a time, not an amount */
    if (ukind == UK_DURATION && !scaled && !f.range &&
        (unit == U_WEEK || unit == U_MONTH || unit == U_YEAR ||
         unit == U_DECADE)) {
        if (is_lex(sc, k, KW.after) || is_lex(sc, k, KW.before))
            return k; /* "eight years after the first summit" */
        if ((is_lex(sc, k, KW.on) && k + 2 < sc->n &&
             sc->tok[k + 1].kind == TK_NUM && is_word(sc, k + 2, LX_UNIT) &&
             lex_units[tlex(sc, k + 2)->unit].kind == UK_DURATION) ||
            (is_lex(sc, before, KW.on) && is_word(sc, before - 1, LX_UNIT) &&
             lex_units[tlex(sc, before - 1)->unit].kind == UK_DURATION))
            return c.end; /* "3 months on 3 months": a comparison's spans */
        if ((is_lex(sc, before, KW.the) || is_lex(sc, before, KW.in) ||
             is_lex(sc, before, KW.same)))
            return c.end; /* "in the nine months", "lowest in six years" */
    }

    /* no real figure is over 1e30; a mantissa (below 2^64, about 1.8e19)
    ** times a power of ten up to 10 never is: most figures skip the test */
    if (f.range || f.exp + lex_units[unit].exp > 10) {
        double v = fx_make_value(f.mant, f.exp + lex_units[unit].exp);
        double v2 =
            f.range ? fx_make_value(f.mant2, f.exp2 + lex_units[unit].exp) : 0;
        if (!isfinite(v) || !isfinite(v2) || v > 1e30 || v2 > 1e30)
            return k;
    }
    f.exp += lex_units[unit].exp;
    if (f.range)
        f.exp2 += lex_units[unit].exp;

    if (unit == U_POINT && !f.range && fx_make_value(f.mant, f.exp) < 100 &&
        !is_lex(sc, qs - 1, KW.to) && !is_lex(sc, qs - 1, KW.at) &&
        points_of_a_rate(sc))
        unit = U_PP; /* "stands at 52.3%, 0.8 points above"; not "rose
                     ** 0.4% to 1,602.35 points", a level */
    f.unit = (uint8_t)unit;
    f.t0 = pstart; /* the currency, or the number with its sign */
    f.t1 = k;
    f.qs = qs < f.t0 ? qs : f.t0;
    mark_used(sc, pstart, k); /* [f.t0, f.t1), kept in registers */

    /* "37.73 billion yuan (US$5.41 billion)": the same amount twice */
    int ci = sc->n_cand;
    if (ci > 0 && is_punct(sc, f.qs - 1, '(')) {
        struct cand *p = &sc->cand[ci - 1];
        bool money_here = is_money(unit) || unit == U_YEN_SIGN;
        if (p->t1 == f.qs - 1 && money_here && p->pair < 0) {
            if ((is_money(p->unit) || p->unit == U_YEN_SIGN) &&
                p->unit != unit) {
                p->pair = ci;
                f.pair = ci - 1;
            } else if (p->unit == U_COUNT && p->noun0 < 0) {
                p->implicit = true;
                p->pair = ci;
                f.pair = ci - 1;
            }
        }
    }
    sc->cand[sc->n_cand++] = f;
    return k + post;
}

void fx_find_figures(struct scanner *sc)
{
    /* only the tokens a figure may start at (scan.h: start_at); i is
    ** where the last figure tried left off */
    int i = 0;
    for (int x = 0; x < sc->n_start && sc->n_cand < SENT_MAX / 2; x++) {
        if (sc->start_at[x] < i)
            continue;
        i = sc->start_at[x];
        const struct token *t = &sc->tok[i];
        if (sc->mark[i] & (M_USED | M_IDENT | M_YEAR | M_DATE)) {
            i++;
            continue;
        }
        if (t->kind == TK_NUM) {
            if (t->nflags & (NF_BAD | NF_LEADZERO | NF_HUGE)) {
                i = reject_chain(sc, i);
                continue;
            }
        } else if (t->kind == TK_WORD &&
                   (t->cls & (LX_FOLD | LX_NUMWORD | LX_ARTICLE | LX_HALF))) {
            /* t->cls holds the lexeme's classes */
            if ((t->cls & (LX_ARTICLE | LX_HALF)) &&
                !is_word(sc, i + 1, LX_SCALE | LX_NUMWORD | LX_ARTICLE)) {
                i++; /* "a" before anything but "hundred", "dozen" */
                continue;
            }
            if ((t->cls & LX_FOLD) && wlen(sc, i) <= 6 &&
                !is_lex(sc, i + 1, KW.the) && !is_lex(sc, i + 1, KW.its) &&
                !is_lex(sc, i + 1, KW.their) && !is_lex(sc, i + 1, KW.that) &&
                !word_is(sc, i + 1, "as") && !word_is(sc, i + 1, "what")) {
                i++; /* "met twice", "twice a year": not a multiple */
                continue;
            }
            if (t->cls & LX_FOLD) { /* threefold, "twice as fast" */
                struct cand f;
                cand_start(&f);
                f.t0 = f.qs = i;
                f.t1 = i + 1;
                f.mant = (uint64_t)tlex(sc, i)->val;
                f.unit = U_X;
                f.spelled = true;
                int qs;
                f.qual = (uint8_t)qualifier_before(sc, i, &qs);
                f.qs = qs;
                sc->mark[i] |= M_USED;
                sc->cand[sc->n_cand++] = f;
                i++;
                continue;
            }
            /* a number word, "a" or "half" before a number or scale */
        } else {
            i++;
            continue;
        }
        i = try_figure(sc, i);
    }
}
