/*
** dateline.h: is a line of a page the line that says when it was
** published, and by whom?
**
** These lines qualify:
**   - labelled: a label then a date, "Updated: October 17, 2019",
**     "Date :2018-05-18    Resource:", "Published 15 Dec 2015", with
**     possibly an outlet before the label ("chinadaily.com.cn Updated:",
**     "China.org.cnUpdated:") or a source after the date ("Source: X");
**   - a byline ending in its date: "By Ana Lee in Business on 27 November
**     2026" ("By" and a capitalised name; no number before the date, no
**     final full stop);
**   - bare: a date with nothing else but weekday, clock time, zone and
**     punctuation, "Tuesday, December 15, 2015, 09:34";
**   - a row of fields parted by '|', '·' or two spaces, the date in one of
**     them and the others bylines ("By X", "Author: X"), labelled fields
**     ("Source: X"), short names ("Rio de Janeiro", three words at most)
**     or filler: "December 4, 2026 | Rio de Janeiro | By X"; never a row
**     with data ("82.40%", "September 30, 2026      78.45").
** A sentence that merely contains a date ("held on Dec 12, 2015") is
** neither.  Lines longer than DATELINE_MAX_BYTES are never datelines.
*/
#ifndef WIC_DATELINE_H
#define WIC_DATELINE_H

#include <stddef.h>

#include "textscan.h"

#define DATELINE_MAX_BYTES 200

struct dateline {
    int year, month, day;
    int labelled;        /* a label ("Updated:") introduced the date  */
    struct range outlet; /* the publisher named on the line, in the
                            line's own offsets; empty when none       */
};

/* Non-zero when s[0..n) (one line, untrimmed) is a dateline. */
int dateline_parse(const char *s, size_t n, struct dateline *out);

/* Non-zero when s[0..n), the start of a paragraph, opens with a wire
** service's dateline: a place whose first word is in capitals (then
** capitalised words and commas), then its date in brackets: "MANILA,
** PHILIPPINES (3 December 2026) -", "COLUMBUS, Ohio (Dec. 1, 2026) -". */
int dateline_wire(const char *s, size_t n, struct dateline *out);

#endif
