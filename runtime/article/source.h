/*
** source.h: the phrases with which a page credits its publisher.
**
**     Source: Xinhua                    a source line (or a "Source:" field)
**     ... (from Jiaxing Daily)          a source tail ending the last line
**     Presented by China Daily.         a footer credit
**
** Each finder returns the name as a range of its input, so the caller can
** both mark the phrase as boilerplate and copy the name as the outlet.
** Names must pass source_name_ok(): we would rather report no outlet than
** a fragment of a sentence.
*/
#ifndef WIC_SOURCE_H
#define WIC_SOURCE_H

#include <stddef.h>

#include "textscan.h"

/* A plausible publisher name: 2-60 bytes, 1-6 words, starting with a
** letter or a non-ASCII character, without sentence punctuation. */
int source_name_ok(const char *s, size_t n);

/* s starts with a "Source:" style label ("Source:", "Source :",
** "Resource:", "来源："): returns the bytes of the label and colon and sets
** *value to the field after it (up to a '|', a run of two spaces, or the
** end; trimmed, possibly empty).  0 when there is no such label. */
size_t source_label(const char *s, size_t n, struct range *value);

/* The whole (trimmed) line is a source line: "Source: Xinhua" or
** "(Source: Xinhua)".  *name is set (possibly empty). */
int source_line(const char *s, size_t n, struct range *name);

/* The line ends with "(from X)" or "(Source: X)" with a valid name X:
** returns the offset of the '(' and sets *name; else returns n. */
size_t source_tail(const char *s, size_t n, struct range *name);

/* "Presented by X" somewhere in s: returns 1 and sets *name. */
int source_presented_by(const char *s, size_t n, struct range *name);

#endif
