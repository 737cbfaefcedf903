/*
** markdown.h: the YAML front matter of a Markdown article.
**
**     ---
**     title: "Wuzhen opens its doors"
**     date: 2019-10-20
**     outlet: Example Daily          (or source:, publisher:)
**     ---
**
** Only flat "key: value" lines are read (quotes around a value are
** dropped); anything else in the block is ignored, since a news article
** needs nothing more and a YAML parser would be a dependency for nothing.
** A block that never closes is not front matter: the text is kept whole.
** The rest of a Markdown file is kept as it is (see article.h).
*/
#ifndef WIC_MARKDOWN_H
#define WIC_MARKDOWN_H

#include <stddef.h>

#include "textscan.h"

struct front_matter {
    struct range title, date, outlet; /* values in text; empty if absent */
    size_t body; /* where the text after the block starts; 0 if no block */
};

/* Read a front matter block at the start of text[0..len).  Returns 1
** when there is one. */
int markdown_front_matter(const char *text, size_t len,
                          struct front_matter *fm);

#endif
