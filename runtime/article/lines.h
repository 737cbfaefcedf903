/*
** lines.h: the article text cut into lines, and what each line is.
**
** Boilerplate is decided line by line and paragraphs are runs of lines,
** so the pipeline works on one array of these records: lines_split()
** fills the ranges, boilerplate_mark() the kind and the boilerplate part,
** and the title, date and paragraph finders read them.  A record is 28
** bytes with 32-bit offsets (articles are < 4 GiB, see core/span.h).
*/
#ifndef WIC_LINES_H
#define WIC_LINES_H

#include <stddef.h>
#include <stdint.h>

enum line_flag {
    LINE_HEADING = 1,   /* a Markdown "# heading": a paragraph of its own */
    LINE_AFTER_GAP = 2, /* blank lines come before this one              */
};

struct line {
    uint32_t start, end;           /* the line, without its '\n'         */
    uint32_t body_start, body_end; /* body text, trimmed; empty if none  */
    uint32_t bp_start, bp_end;     /* boilerplate part; empty if none    */
    uint8_t kind;                  /* enum bp_kind (furniture.h)         */
    uint8_t flags;                 /* enum line_flag                     */
};

/* Split text[0..len) at '\n' into a fresh array (NULL when out of
** memory); *n gets the count.  Blank (or whitespace-only) lines get no
** record: the next line is flagged LINE_AFTER_GAP instead, so a file of
** empty lines costs no memory.  Each line's body is its trimmed range. */
struct line *lines_split(const char *text, size_t len, size_t *n);

#endif
