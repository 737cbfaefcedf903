/*
** figure_format.h: writing figures as JSON Lines, CSV or a table.
**
** These writers are how the extractor is measured and how `wicrun
** extract` prints, so their output is stable: fields in the order of
** docs/figures.md, absent optional fields omitted (JSON) or empty (CSV),
** integers printed as integers (37730000000, never 3.773e+10), other
** numbers with the fewest digits that read back to the same double.
** Strings are escaped for any input: invalid UTF-8 becomes U+FFFD, so
** every line is valid JSON whatever the text held.
**
** `text` is the scanned text (the one figure offsets refer to); it gives
** each figure's "text" field.  All writers return 0, or -1 on a write
** error.
*/
#ifndef WIC_FIGURE_FORMAT_H
#define WIC_FIGURE_FORMAT_H

#include <stddef.h>
#include <stdio.h>

#include "../core/textbuf.h"
#include "figure.h"

/* Append to a buffer (returns -1 when it ran out of memory). */
int figure_format_jsonl(struct textbuf *b, const char *doc,
                        const struct figure *figures, size_t count,
                        const char *text);
int figure_format_csv_header(struct textbuf *b);
int figure_format_csv(struct textbuf *b, const char *doc,
                      const struct figure *figures, size_t count,
                      const char *text);
int figure_format_table(struct textbuf *b, const char *doc,
                        const struct figure *figures, size_t count,
                        const char *text);
void figure_json_string(struct textbuf *b, const char *s, size_t n);

/* The same, written to a stream. */
int figure_write_jsonl(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text);

/* The CSV header line: doc,start,end,text,value,low,high,unit,noun,
** implicit,approx,role,period,subject,metric,pair (CRLF-terminated). */
int figure_write_csv_header(FILE *out);

/* RFC 4180 rows, one per figure, without the header. */
int figure_write_csv(FILE *out, const char *doc, const struct figure *figures,
                     size_t count, const char *text);

/* Aligned columns for people: span, value, unit, approx, role, period,
** subject, metric, text (shortened to one line). */
int figure_write_table(FILE *out, const char *doc, const struct figure *figures,
                       size_t count, const char *text);

/* `v` as the writers print it, into buf (at least 32 bytes); "null" for
** NaN and infinities.  Returns buf. */
char *figure_format_number(char *buf, size_t size, double v);

/* `n` bytes of `s` as a JSON string with quotes. */
void figure_write_json_string(FILE *out, const char *s, size_t n);

#endif
