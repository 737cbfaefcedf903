/*
** dateline.h: is a line of a page the line that says when it was
** published, and by whom?
**
** Two kinds of line qualify:
**   - labelled: a label then a date, "Updated: October 17, 2019",
**     "Date :2018-05-18    Resource:", "Published 15 Dec 2015", with
**     possibly an outlet before the label ("chinadaily.com.cn Updated:",
**     "China.org.cnUpdated:") or a source after the date ("Source: X");
**   - bare: a date with nothing else but weekday, clock time, zone and
**     punctuation, "Tuesday, December 15, 2015, 09:34".
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
** service's dateline: a place in capitals, then its date in brackets,
** "MANILA, PHILIPPINES (3 December 2026) -". */
int dateline_wire(const char *s, size_t n, struct dateline *out);

#endif
