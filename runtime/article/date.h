/*
** date.h: calendar dates written the ways news pages write them.
**
** Recognised (a time and zone after the date are consumed too):
**     2015-12-15  2015/12/15  2015.12.15  2015-12-15T09:34:00+08:00
**     2015年12月15日
**     December 15, 2015   Dec 15, 2015   Dec. 15 2015   Dec 15th, 2015
**     15 December 2015    15 Dec 2015
**     Tuesday, December 15, 2015, 09:34   Tue, 15 Dec 2015 09:34:00 +0800
** All-numeric day/month orders other than year-first are ambiguous
** (12/11/2015) and are deliberately not read.  Every date is checked
** against the calendar (no 30 February), with years 1800-2200.
**
** These are plain functions of bytes, no state, so the extractor and the
** bindings can reuse them on any string.
*/
#ifndef WIC_DATE_H
#define WIC_DATE_H

#include <stddef.h>

/* Non-zero when y-m-d is a real calendar day in the accepted years. */
int date_valid(int year, int month, int day);

/* Parse one date at the very start of s[0..len).  Returns the bytes it
** covers (date, and a following time and zone), or 0 when s does not
** start with a date or the date is not a real day.  The byte after the
** date must not continue a word or number ("2015-12-150" is no date). */
size_t date_parse(const char *s, size_t len, int *year, int *month,
                  int *day);

/* The first date in s[0..len) that starts a word: returns 1 and its
** range in *start, *end, or 0.  Linear in len. */
int date_find(const char *s, size_t len, int *year, int *month, int *day,
              size_t *start, size_t *end);

/* date_find, trying only the starts up to `last` (a date holds its year:
** none starts after the last run of four digits, where a caller that
** found it may stop). */
int date_find_upto(const char *s, size_t len, size_t last, int *year,
                   int *month, int *day, size_t *start, size_t *end);

/* Month number (1-12) of the English month name or abbreviation that
** s[0..len) starts with, capitalised ("Dec", "DECEMBER", "Sept");
** the name's length in *used.  0 when none. */
int date_month_name(const char *s, size_t len, size_t *used);

/* Length of an English weekday name or abbreviation at s, capitalised
** ("Tue", "Tuesday", "Thurs"), or 0. */
size_t date_weekday_name(const char *s, size_t len);

/* Length of a clock time at s ("09:34", "9:34:00", "09:34 am",
** "09:34:00+08:00", "09:34 GMT+8"), or 0. */
size_t date_time_len(const char *s, size_t len);

#endif
