/*
** scan.h: state shared by the three passes of figure_scan (internal).
**
** figure_scan (scan.c) reads the text one sentence at a time into a fixed
** token window, then runs three passes over that window:
**
**   context  (scan.c)    years, dates, relative times, identifiers and
**                        gazetteer mentions, marked per token;
**   find     (find.c)    candidate figures: number, scale, range, unit,
**                        currency, qualifier, counted noun, pairs;
**   attrib   (attrib.c)  role, period, subject and metric of each one.
**
** Every pass walks the window once, and every look-back or look-ahead a
** pass makes is bounded by a small constant, so the whole scan is linear
** in the text whatever it contains.  A sentence longer than SENT_MAX
** tokens is cut: attribution never sees past the window anyway.
**
** What must outlive a sentence (the last province or city named, whether
** the article is Chinese, figures whose currency depends on the whole
** article) lives in the scanner and is resolved when the text ends.
*/
#ifndef WIC_EXTRACT_SCAN_H
#define WIC_EXTRACT_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figure.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "token.h"

#define SENT_MAX 384

/* per-token marks set by the context pass and by find */
enum {
    M_YEAR = 1 << 0,    /* a year: anchors periods, never a figure     */
    M_DATE = 1 << 1,    /* a day of a date or a date part              */
    M_IDENT = 1 << 2,   /* part of an identifier (phone, code, ...)    */
    M_MENTION = 1 << 3, /* inside a gazetteer mention                  */
    M_USED = 1 << 4,    /* inside a figure's span                      */
};

/* time cues */
enum { TC_NONE = 0, TC_YEAR, TC_SINCE, TC_REL, TC_NOW, TC_BYFUTURE };

enum { ROLE_LEVEL = 0, ROLE_CHANGE, ROLE_SHARE, ROLE_TARGET };

struct cand {
    int t0, t1;           /* token span [t0, t1) reported as the figure  */
    int post;             /* tokens after t1 that qualify it ("or more") */
    int qs;               /* first token of the qualifier, or t0         */
    uint64_t mant, mant2; /* low / high (mant2 only for ranges)       */
    int exp, exp2;
    bool neg, range, implicit, spelled;
    uint8_t unit;          /* U_*                                          */
    uint8_t qual;          /* Q_*                                          */
    uint8_t role;          /* ROLE_*                                       */
    int noun0, noun1;      /* counted noun tokens [noun0, noun1), or -1    */
    int pair;              /* index of the partner in the sentence, or -1 */
    int period;
    const struct gazetteer_entry *subject;
    int metric0, metric1; /* metric tokens, or -1                    */
};

struct scanner {
    const char *text;
    size_t len;
    const struct extract_options *opt;
    const struct gazetteer *gz;
    int year; /* article year, 0 if unknown */
    struct figure_list *out;
    size_t first; /* out->count when the scan started */

    /* the sentence window */
    struct token tok[SENT_MAX + 1];
    uint8_t mark[SENT_MAX + 1];
    int16_t cue_kind[SENT_MAX + 1]; /* TC_* at the cue's first token   */
    int16_t cue_year[SENT_MAX + 1];
    const struct gazetteer_entry *mention[SENT_MAX + 1]; /* at 1st tok */
    int n;
    struct cand cand[SENT_MAX / 2 + 1];
    int n_cand;

    /* article state */
    const struct gazetteer_entry *last_kind[GK__N];
    bool chinese, japanese, british;
    int ident_left; /* "Tel:" seen: numbers in the next tokens of the
                       line are identifiers; counts down                */
    unsigned currency_seen[U__N];
    int failed; /* out of memory */
};

/* find.c: fill sc->cand from the window */
void fx_find_figures(struct scanner *sc);

/* attrib.c: role, period, subject, metric for every candidate */
void fx_attribute(struct scanner *sc);

/* helpers shared by the passes */
static inline const struct lexeme *tlex(const struct scanner *sc, int i)
{
    return lex_get(sc->tok[i].lex);
}

static inline bool is_word(const struct scanner *sc, int i, uint32_t cls)
{
    return i >= 0 && i < sc->n && sc->tok[i].kind == TK_WORD &&
           (sc->tok[i].cls & cls) != 0;
}

static inline bool is_punct(const struct scanner *sc, int i, uint32_t cp)
{
    return i >= 0 && i < sc->n && sc->tok[i].kind == TK_PUNCT &&
           sc->tok[i].hash == cp;
}

static inline bool glued(const struct scanner *sc, int i)
{
    return i > 0 && i < sc->n && !(sc->tok[i].flags & TF_SPACE);
}

/* Is token i the word `w` (an id from lex_id)? */
static inline bool is_lex(const struct scanner *sc, int i, uint16_t id)
{
    return i >= 0 && i < sc->n && sc->tok[i].kind == TK_WORD &&
           sc->tok[i].lex == id;
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

/* mant * 10^exp as a double, exact when both fit. */
double fx_make_value(uint64_t mant, int exp);

/* A number token's value as an integer when it is a plain one, else -1. */
long fx_plain_int(const struct token *t);

/* Well-known words the passes test by identity. */
struct known_words {
    uint16_t to, from, by, of, in, the, and_, between, since, this_, a, an, or_,
        per, year, years, than, with_, more, that, at, for_, which, top, while_,
        but, higher, lower, on, according, across, after, ago, among, annual,
        are, average, be, been, before, down, dozen, during, earlier, had, has,
        have, hence, hundred, is, later, rate, record, said, says, thousand,
        total, up, was, were, within, yearly, sterling;
};
extern struct known_words fx_words;
#define KW fx_words
void fx_known_words_init(void);

#endif
