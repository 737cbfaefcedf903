/*
** progress.h: a progress bar on stderr for long work.
**
** Shown only when stderr is a terminal and the work has already taken
** longer than a moment (PROGRESS_DELAY_MS), so quick runs and pipes see
** nothing.  Colour is used only when NO_COLOR is unset and TERM is not
** "dumb".  Updates are cheap (a clock read) and redraw at most ten times a
** second; progress_finish() clears the line.
*/
#ifndef WIC_PROGRESS_H
#define WIC_PROGRESS_H

#include <stddef.h>
#include <stdint.h>

#define PROGRESS_DELAY_MS 400

struct progress {
    const char *label; /* "loading", "extracting"              */
    size_t total;      /* items expected, 0 when unknown       */
    int enabled;       /* stderr is a terminal                 */
    int colour;
    int shown;         /* drew at least once                   */
    int delay_ms;      /* PROGRESS_DELAY_MS, or the environment's
                          WICRUN_PROGRESS_DELAY_MS (for tests)   */
    int64_t started_ms, drawn_ms;
};

/* Could a bar be drawn at all (is stderr a terminal)?  For work that is
** only worth doing for a bar, such as counting what is to come. */
int progress_possible(void);

void progress_start(struct progress *p, const char *label, size_t total);
void progress_update(struct progress *p, size_t done, uint64_t bytes);
void progress_finish(struct progress *p);

#endif
