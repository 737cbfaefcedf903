/*
** words.c: the words the passes ask about by name, and word tests they
** share.
**
** The passes compare lexicon ids, not strings: KW.to, KW.said are looked
** up once (thread-safe, on the first scan) and kept in fx_words.  The
** tests here read a token as a word: its plain integer value, whether it
** is a plural.
*/
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "scan.h"

struct known_words fx_words;
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static void kw_build(void)
{
    KW.to = lex_id("to");
    KW.from = lex_id("from");
    KW.by = lex_id("by");
    KW.of = lex_id("of");
    KW.in = lex_id("in");
    KW.the = lex_id("the");
    KW.and_ = lex_id("and");
    KW.between = lex_id("between");
    KW.since = lex_id("since");
    KW.this_ = lex_id("this");
    KW.a = lex_id("a");
    KW.an = lex_id("an");
    KW.or_ = lex_id("or");
    KW.per = lex_id("per");
    KW.every = lex_id("every");
    KW.ratio = lex_id("ratio");
    KW.year = lex_id("year");
    KW.years = lex_id("years");
    KW.than = lex_id("than");
    KW.with_ = lex_id("with");
    KW.more = lex_id("more");
    KW.that = lex_id("that");
    KW.at = lex_id("at");
    KW.for_ = lex_id("for");
    KW.which = lex_id("which");
    KW.while_ = lex_id("while");
    KW.but = lex_id("but");
    KW.higher = lex_id("higher");
    KW.lower = lex_id("lower");
    KW.on = lex_id("on");
    KW.sterling = lex_id("sterling");
    KW.top = lex_id("top");
    KW.according = lex_id("according");
    KW.across = lex_id("across");
    KW.after = lex_id("after");
    KW.ago = lex_id("ago");
    KW.among = lex_id("among");
    KW.annual = lex_id("annual");
    KW.are = lex_id("are");
    KW.average = lex_id("average");
    KW.be = lex_id("be");
    KW.been = lex_id("been");
    KW.before = lex_id("before");
    KW.down = lex_id("down");
    KW.dozen = lex_id("dozen");
    KW.during = lex_id("during");
    KW.earlier = lex_id("earlier");
    KW.had = lex_id("had");
    KW.has = lex_id("has");
    KW.have = lex_id("have");
    KW.hence = lex_id("hence");
    KW.hundred = lex_id("hundred");
    KW.is = lex_id("is");
    KW.later = lex_id("later");
    KW.rate = lex_id("rate");
    KW.record = lex_id("record");
    KW.said = lex_id("said");
    KW.says = lex_id("says");
    KW.thousand = lex_id("thousand");
    KW.total = lex_id("total");
    KW.up = lex_id("up");
    KW.was = lex_id("was");
    KW.were = lex_id("were");
    KW.within = lex_id("within");
    KW.yearly = lex_id("yearly");
    KW.over = lex_id("over");
    KW.above = lex_id("above");
    KW.below = lex_id("below");
    KW.against = lex_id("against");
    KW.versus = lex_id("versus");
    KW.vs = lex_id("vs");
    KW.last = lex_id("last");
    KW.next = lex_id("next");
    KW.who = lex_id("who");
    KW.whereas = lex_id("whereas");
    KW.although = lex_id("although");
    KW.though = lex_id("though");
    KW.times = lex_id("times");
    KW.compared = lex_id("compared");
    KW.end = lex_id("end");
    KW.today = lex_id("today");
    KW.it = lex_id("it");
    KW.its = lex_id("its");
    KW.their = lex_id("their");
    KW.should = lex_id("should");
    KW.could = lex_id("could");
    KW.must = lex_id("must");
    KW.might = lex_id("might");
    KW.fiscal = lex_id("fiscal");
    KW.fy = lex_id("fy");
    KW.month = lex_id("month");
    KW.same = lex_id("same");
    KW.previous = lex_id("previous");
    KW.respectively = lex_id("respectively");
    KW.will = lex_id("will");
    KW.would = lex_id("would");
    KW.until = lex_id("until");
    KW.till = lex_id("till");
}

void fx_known_words_init(void)
{
    lex_init();
    pthread_once(&kw_once, kw_build);
}

/* After "Tel:", how many tokens of the line may still be a number. */
long fx_plain_int(const struct token *t)
{
    if (t->kind != TK_NUM || t->nflags || t->ndigits > 9 || t->exp != 0)
        return -1;
    return (long)t->mant;
}

static bool is_vowel(char c)
{
    c = (char)(c | 32);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A word in -is that is a plural: a vowel, one consonant, then -is
** ("Pakistanis", "Israelis", "taxis"), not -sis or -tis ("analysis",
** "arthritis"), a double consonant ("tennis") or a short word ("axis"). */
static bool plural_in_is(const char *w, size_t n)
{
    if (n < 5)
        return false;
    char c = (char)(w[n - 3] | 32);
    return !is_vowel(c) && c != 's' && c != 't' && is_vowel(w[n - 4]);
}

bool fx_word_is_plural(const struct scanner *sc, int i)
{
    const struct token *t = &sc->tok[i];
    if (t->kind != TK_WORD)
        return false;
    const struct lexeme *l = tlex(sc, i);
    if (l->cls & LX_PLURAL)
        return true;
    if (l->cls & (LX_STOP | LX_DET))
        return false;
    size_t n = t->end - t->start;
    const char *w = sc->text + t->start;
    if (n < 3 || (w[n - 1] != 's' && w[n - 1] != 'S'))
        return false;
    char a = (char)(w[n - 2] | 32);
    if (a == 's' || a == 'u')
        return false; /* business, status */
    if (a == 'i' && !plural_in_is(w, n))
        return false; /* analysis, tennis */
    return !(t->flags & TF_DIGIT);
}
