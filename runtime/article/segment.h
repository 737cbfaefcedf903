/*
** segment.h: paragraphs, sentences and words of the article body.
**
** A paragraph is a maximal run of lines with body text (blank lines and
** boilerplate end it; a Markdown heading is one on its own).  Sentences
** split a paragraph after . ! ? (and 。！？) that are followed by space or
** the paragraph's end, allowing closing quotes and brackets in between,
** but not after an abbreviation ("Mr.", "Dec.", "U.S.", "e.g.", an
** initial "J."), not inside a number ("51.4"), and not when the next word
** starts in lower case ("... for life.” said Jiang").
**
** A word is a run of letters and digits, with apostrophes inside words
** ("Wuzhen's") and separators inside numbers ("2,507", "51.4") belonging
** to it; each CJK character is a word of its own.
*/
#ifndef WIC_SEGMENT_H
#define WIC_SEGMENT_H

#include <stddef.h>

#include "lines.h"
#include "spans.h"

/* Fill paragraphs and sentences from marked lines and count the body's
** words.  -1 when out of memory. */
int segment_text(const char *text, const struct line *lines, size_t n,
                 struct spanvec *paragraphs, struct spanvec *sentences,
                 size_t *words);

/* Split one paragraph text[start..end) into sentences. */
int segment_sentences(const char *text, size_t start, size_t end,
                      struct spanvec *out);

/* Words in s[0..n). */
size_t segment_count_words(const char *s, size_t n);

#endif
