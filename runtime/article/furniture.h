/*
** furniture.h: is one line of a page furniture, and of which kind?
**
** News pages saved as text keep their breadcrumbs, datelines, bylines,
** photo credits, "Latest News" headings, copyright and contact footers,
** licence numbers, pagers and share bars.  None of it is the article,
** and figures in it (phone numbers, licence codes, years) are noise.
**
** The rules are per line, by shape, and conservative: a line is furniture
** only when it matches a known pattern; a real sentence is kept even if
** it mentions a phone or a copyright.  Two rules take only the end of a
** body line ("...said.  Editor:Lucky", "... (from Jiaxing Daily)").
** The one rule that needs several lines (a closing list of sponsors)
** lives in boilerplate.c.
*/
#ifndef WIC_FURNITURE_H
#define WIC_FURNITURE_H

#include <stddef.h>

#include "dateline.h"

enum bp_kind {
    BP_NONE = 0,
    BP_BREADCRUMB, /* Home > Nation                            */
    BP_DATELINE,   /* Updated: 2015-12-15                      */
    BP_BYLINE,     /* By Shi Jing in Shanghai                  */
    BP_CAPTION,    /* ... [Photo by X/Xinhua]                  */
    BP_LINKS,      /* Latest News, MORE FROM ...               */
    BP_EDITOR,     /* Editor:Lucky                             */
    BP_SOURCE,     /* Source: Xinhua, (from Jiaxing Daily)     */
    BP_COPYRIGHT,  /* Copyright ©..., All rights reserved      */
    BP_CONTACT,    /* Tel:, Fax:, Email:, QQ:                  */
    BP_LICENCE,    /* ICP licence numbers                      */
    BP_PAGER,      /* 1 2 >, < Prev Next >                     */
    BP_PLAYER,     /* Flash player / JavaScript notices        */
    BP_LANGUAGE,   /* language switchers                       */
    BP_TOOLBAR,    /* Share | Print | Email                    */
    BP_FIELD,      /* Description:, Keywords:, Tags:           */
    BP_CREDIT,     /* Presented by China Daily.                */
    BP_SPONSORS,   /* a closing list of organisation names     */
    BP_KIND_COUNT
};

/* A short lower-case name for a kind ("dateline"), for tests and tools. */
const char *furniture_kind_name(enum bp_kind kind);

/* Classify one trimmed line s[0..n) on its own.  Returns its kind; *cut
** is where the furniture starts: 0 for the whole line, n when the line
** is body text (BP_NONE), in between when only the end is furniture.
** O(n) for lines up to FURNITURE_SHORT bytes, O(1) beyond. */
enum bp_kind furniture_line(const char *s, size_t n, size_t *cut);

/* furniture_line, with what dateline_parse() read of a BP_DATELINE line
** in *date (so that the page's date need not be read again). */
enum bp_kind furniture_line_dated(const char *s, size_t n, size_t *cut,
                                  struct dateline *date);

#define FURNITURE_SHORT 400

#endif
