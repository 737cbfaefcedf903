/*
** token.h: the extractor's tokenizer (internal to runtime/extract).
**
** The scanner never looks at bytes twice: the tokenizer cuts the text into
** words, numbers, punctuation, CJK characters and symbols, each with its
** byte span, a hash of its lower-cased text and its lexicon entry and
** classes, so the layers above work on small fixed-size records.  Numbers are
*parsed here
** (mantissa and power of ten) because only here is it cheap to see how
** their digits are grouped.
**
** Whitespace is not a token: it becomes flags on the next token (space
** before, line break before, blank line before).  Boilerplate ranges given
** by the caller are jumped over and leave a TK_BREAK token behind, so no
** figure can straddle them.  A URL or an e-mail address becomes one
** TK_URL token (from "http://", "www." or the word before '@' to the next
** space, without trailing punctuation): the digits inside are never
** numbers.
*/
#ifndef WIC_EXTRACT_TOKEN_H
#define WIC_EXTRACT_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "../core/span.h"

enum token_kind {
    TK_END = 0, /* end of text                                     */
    TK_WORD,    /* letters (and digits after a letter), "U.S."     */
    TK_NUM,     /* digits with separators and a decimal part       */
    TK_PUNCT,   /* one punctuation character; cp says which        */
    TK_CJK,     /* one Han or kana character                       */
    TK_SYM,     /* currency signs, degree, superscripts            */
    TK_URL,     /* a URL or e-mail address, as one token           */
    TK_BREAK,   /* a skipped range or a forced boundary            */
    TK_OTHER,   /* anything else, including invalid UTF-8          */
};

/* token.flags */
enum {
    TF_SPACE = 1 << 0,   /* whitespace (or a break) before the token     */
    TF_NEWLINE = 1 << 1, /* a line break before it                       */
    TF_BLANK = 1 << 2,   /* a blank line before it                       */
    TF_CAP = 1 << 3,     /* word starting with an upper-case letter      */
    TF_ALLCAP = 1 << 4,  /* word of two or more letters, all upper case  */
    TF_POSS = 1 << 5,    /* word followed by 's or s' (not in the span)  */
    TF_DIGIT = 1 << 6,   /* word containing a digit ("H3C", "G20")       */
    TF_KANA = 1 << 7,    /* CJK token that is Japanese kana              */
    TF_MIXED = 1 << 8,   /* word with capitals after a small first letter
                            ("eBay", "iPhone")                           */
    TF_PLAIN = 1 << 9,   /* tok_run only: a word in lower case, of none of
                            the classes the scanner notes
                            (LEX_NOTED_CLASSES), on the line, one space
                            or none after where the token before ends (or
                            its 's: TF_POSS); the sentence loop skips it
                            with one test.  A token without it may be
                            plain all the same.                          */
};

/* token.nflags: how a number was written */
enum {
    NF_COMMA = 1 << 0,    /* thousands separators                          */
    NF_DECIMAL = 1 << 1,  /* a decimal part                                */
    NF_BAD = 1 << 2,      /* malformed: "12.34.56", "1,2,3", "1234,5"      */
    NF_LEADZERO = 1 << 3, /* "0086", "007": an identifier                 */
    NF_HUGE = 1 << 4,     /* more digits than any real figure has          */
};

struct token {
    uint32_t start, end; /* byte span (for POSS words, without the 's)    */
    uint32_t hash;       /* words: tok_hash_word() of the text;
                            PUNCT, CJK, SYM: the code point              */
    uint16_t lex;        /* lexicon entry of a word, 0 when none         */
    uint8_t kind;        /* enum token_kind                              */
    uint8_t nflags;      /* numbers: NF_*                                */
    uint16_t flags;      /* TF_*                                         */
    uint8_t ndigits;     /* numbers: digits before the point (capped)    */
    uint8_t pad;
    int16_t exp; /* numbers: value = mant * 10^exp               */
    union {
        uint64_t mant; /* numbers: the digits (19 at most)             */
        uint32_t cls;  /* words: the lexeme's classes (LX_*), so the
                          scanner tests them without a lookup          */
    };
};

struct tokenizer {
    const char *text;
    size_t len, pos;
    const struct span *skip; /* sorted, disjoint ranges to jump over     */
    size_t n_skip, next_skip;
    size_t limit; /* start of the next skipped range, or len */
};

void tok_init(struct tokenizer *tz, const char *text, size_t len,
              const struct span *skip, size_t n_skip);

/* Fill *t with the next token; returns t->kind (TK_END at the end). */
int tok_next(struct tokenizer *tz, struct token *t);

/* Fill t[0, m) with the next tokens and return m: `room` of them (> 0),
** or fewer when the last is TK_END or TK_BREAK.  The same tokens as
** tok_next's but for TF_PLAIN, with one call per run (see token.c). */
int tok_run(struct tokenizer *tz, struct token *t, int room);

/* The hash of a word: of its lower-cased spelling (ASCII letters folded,
** a curly apostrophe read as '), the same for the tokenizer, the lexicon
** and every table of words. */
uint32_t tok_hash_word(const char *word, size_t len);

/* FNV-1a step, for keys of tokens that are not words (gazetteer.c). */
#define TOK_HASH_INIT 2166136261u
static inline uint32_t tok_hash_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

/* The code points the scanner asks about by name. */
enum {
    CP_EN_DASH = 0x2013,
    CP_EM_DASH = 0x2014,
    CP_MINUS = 0x2212,
    CP_EURO = 0x20AC,
    CP_POUND = 0x00A3,
    CP_YEN = 0x00A5,
    CP_FULL_YEN = 0xFFE5,
    CP_RUPEE = 0x20B9,
    CP_WON = 0x20A9,
    CP_DEGREE = 0x00B0,
    CP_SUP2 = 0x00B2,
    CP_SUP3 = 0x00B3,
    CP_PRIME = 0x2032,
    CP_IDEO_STOP = 0x3002,
    CP_FULL_COMMA = 0xFF0C,
    CP_FULL_PERCENT = 0xFF05,
    CP_FULL_LPAREN = 0xFF08,
    CP_FULL_RPAREN = 0xFF09,
    CP_FULL_COLON = 0xFF1A,
    CP_WAN = 0x4E07,  /* 万 ten thousand */
    CP_YI = 0x4EBF,   /* 亿 hundred million */
    CP_QIAN = 0x5343, /* 千 thousand */
    CP_YUAN = 0x5143, /* 元 yuan */
    CP_NIAN = 0x5E74, /* 年 year */
    CP_YUE = 0x6708,  /* 月 month */
    CP_RI = 0x65E5,   /* 日 day */
    CP_HAO = 0x53F7,  /* 号 number (identifier) */
    CP_MEI = 0x7F8E,  /* 美 (美元 US dollar) */
    CP_OU = 0x6B27,   /* 欧 (欧元 euro) */
    CP_GANG = 0x6E2F, /* 港 (港元 HK dollar) */
};

#endif
