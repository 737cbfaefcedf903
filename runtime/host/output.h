/*
** output.h: the output folder, the one place a pack may write.
**
** Every file is written under a temporary name (".NAME.partial") in its
** final folder and renamed over NAME when the script closes it, or when
** the run ends well; so a reader never sees a half-written report, and a
** failed run leaves the previous results as they were.  Paths are checked
** like pack entry names (relative, no "..") and every folder on the way
** is opened with O_NOFOLLOW under the output folder's descriptor, so a
** symlink planted in the output folder cannot lead a write elsewhere.
*/
#ifndef WIC_OUTPUT_H
#define WIC_OUTPUT_H

#include <stdio.h>

#include "../core/error.h"

/* Create (like mkdir -p) and open the output folder. */
int output_open_folder(const char *dir, struct wic_error *err);
const char *output_folder(void); /* NULL when none is open */

/* A new file `name` (relative to the folder) open for writing. */
FILE *output_create(const char *name, struct wic_error *err);

/* Close a file from output_create and move it into place.  Returns 0, or
** -1 with `err` set.  A FILE not from output_create (or already
** discarded) is left alone and 0 returned. */
int output_commit(FILE *file, struct wic_error *err);

/* Say how the run ended before the Lua state is closed: files the state's
** finalizers close from then on are committed (ok) or discarded. */
void output_set_outcome(int ok);

/* Remove partial files if the process crashes (SIGSEGV, SIGBUS, ...). */
void output_clean_up_on_crash(void);

/* End of run: commit (ok != 0) or discard every file still open, then
** close the folder.  Also fails when a file the script closed could not be
** committed. */
int output_close_folder(int ok, struct wic_error *err);

/* Remove every partial file; only async-signal-safe calls. */
void output_discard_partial_files(void);

#endif
