/*
** test_attrib_date.c: the article's date when the caller gives none,
** read from the text: full datelines, and wire datelines without a year
** whose year the lead's weekday settles.
*/
#include "scan_helpers.h"

#define UPERIOD(text, span, want) PERIOD(text, 0, span, want)

static void full_datelines(void)
{
    UPERIOD("Copper output climbs\n\nMarch 3, 2023\n\nCopper output rose "
            "4 percent last year.",
            "4 percent", 2022);
    UPERIOD("Published: 12 November 2024\n\nThe port handled 9 million "
            "containers this year.",
            "9 million containers", 2024);
}

/* "SANTIAGO, Mar 3 (Reuters) -": 3 March was a Friday in 2023, a
** Thursday in 2022 and a Wednesday in 2021. */
static void wire_datelines(void)
{
#define FRIDAY                                                                 \
    "Chile copper exports rise\n\n"                                           \
    "SANTIAGO, Mar 3 (Reuters) - Chile's copper exports rose 4 percent in "    \
    "2022, the central bank said on Friday.\n\n"                              \
    "Shipments to China were worth $19 billion last year, up from 2021.\n\n"  \
    "The bank expects exports of $45 billion this year."
    UPERIOD(FRIDAY, "$19 billion", 2022);
    UPERIOD(FRIDAY, "$45 billion", 2023);
    /* an abbreviated month with a full stop, a one-word agency */
    UPERIOD("WELLINGTON, Nov. 12 (APN) -- Dairy prices fell 3 percent "
            "last year, the cooperative said on Tuesday, after a weak 2023 "
            "and a weak 2023 season.",
            "3 percent", 2023);
    /* a weekday none of the years around 2022 gives the day: unknown */
    UPERIOD("SANTIAGO, Mar 3 (Reuters) - Chile's copper exports rose 4 "
            "percent in 2022, the central bank said on Sunday. Shipments "
            "were worth $19 billion last year.",
            "$19 billion", 0);
    /* no weekday in the lead: unknown, never guessed */
    UPERIOD("SANTIAGO, Mar 3 (Reuters) - Chile's copper exports rose 4 "
            "percent in 2022, the central bank said. Shipments were worth "
            "$19 billion last year, it said on Friday.",
            "$19 billion", 0);
    /* a month and a day in a sentence are no dateline */
    UPERIOD("Officials said on Friday that on Mar 3 (local time) exports "
            "were worth $19 billion last year, after 2022.",
            "$19 billion", 0);
}

int main(void)
{
    full_datelines();
    wire_datelines();
    figure_list_free(&scanned);
    return check_done();
}
