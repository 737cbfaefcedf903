/*
** walk.h: the articles under a folder, one at a time.
**
** A folder of articles is read depth first, each folder's names sorted,
** so the order is the same on every machine.  The walk holds the sorted
** names of the folders on the current path only, never the list of every
** file: `wicrun extract` over ten million files needs no more memory than
** over ten.  Loading a corpus for a script uses the same walk and keeps
** what it yields.
**
** Only files with an article extension (.txt, .md, .html, see
** article_format_from_name) are yielded; hidden names are skipped.  A
** link to nowhere named like an article is yielded too, so that reading
** it reports it: the run must say that something was left out.
*/
#ifndef WIC_WALK_H
#define WIC_WALK_H

#include <stddef.h>

#include "../article/article.h"
#include "../core/error.h"

enum { WALK_MAX_DEPTH = 32 };

/* One folder being read: its sorted names, and which one comes next. */
struct walk_folder {
    char *path;   /* the folder, as it is opened                  */
    char *prefix; /* the ids of its files start with this ("2019/") */
    char **names; /* each name after one byte saying its type       */
    size_t count, next;
    unsigned long long device, inode; /* to notice a link loop      */
};

struct folder_walk {
    struct walk_folder folders[WALK_MAX_DEPTH + 1];
    int depth; /* folders open; 0 when the walk is over */
};

/* Start walking `dir` (ids are relative to it).  Returns 0, or -1 with
** `err` set when the folder cannot be read. */
int folder_walk_start(struct folder_walk *walk, const char *dir,
                      struct wic_error *err);

/* The next article: sets *path and *id (malloc'd, the caller frees them)
** and *format, and returns 1; returns 0 when the walk is over.  Returns -1
** with `err` set when a folder inside cannot be read, is nested too
** deeply, or is a link back to a folder the walk is in, when a path is too
** long, or when memory runs out; that entry is skipped and the walk can go
** on. */
int folder_walk_next(struct folder_walk *walk, char **path, char **id,
                     enum article_format *format, struct wic_error *err);

/* Free what the walk holds (safe at any point, and twice). */
void folder_walk_free(struct folder_walk *walk);

#endif
