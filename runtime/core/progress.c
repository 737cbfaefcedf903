/*
** progress.c: see progress.h.
*/
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int progress_possible(void)
{
    return isatty(STDERR_FILENO);
}

void progress_start(struct progress *p, const char *label, size_t total)
{
    memset(p, 0, sizeof *p);
    p->label = label;
    p->total = total;
    p->enabled = progress_possible();
    const char *no_colour = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    p->colour = p->enabled && (no_colour == NULL || no_colour[0] == '\0') &&
                !(term && strcmp(term, "dumb") == 0);
    p->started_ms = now_ms();
    /* tests set the delay to 0 to see the bar on a small corpus */
    const char *delay = getenv("WICRUN_PROGRESS_DELAY_MS");
    p->delay_ms = delay ? atoi(delay) : PROGRESS_DELAY_MS;
}

void progress_update(struct progress *p, size_t done, uint64_t bytes)
{
    if (!p->enabled)
        return;
    int64_t now = now_ms();
    if (now - p->started_ms < p->delay_ms ||
        (p->shown && now - p->drawn_ms < 100))
        return;
    p->drawn_ms = now;
    p->shown = 1;
    double seconds = (double)(now - p->started_ms) / 1000.0;
    double mb = (double)bytes / 1e6;
    char bar[31];
    int width = 30, filled = 0;
    if (p->total > 0)
        filled = (int)((double)done / (double)p->total * width);
    if (filled > width)
        filled = width;
    memset(bar, '#', (size_t)filled);
    memset(bar + filled, '.', (size_t)(width - filled));
    bar[width] = '\0';
    if (p->total > 0)
        fprintf(stderr, "\r%s%s%s [%s] %zu/%zu  %.1f MB  %.1f MB/s \x1b[K",
                p->colour ? "\x1b[36m" : "", p->label,
                p->colour ? "\x1b[0m" : "", bar, done, p->total, mb,
                seconds > 0 ? mb / seconds : 0.0);
    else
        fprintf(stderr, "\r%s %zu  %.1f MB  %.1f MB/s \x1b[K", p->label,
                done, mb, seconds > 0 ? mb / seconds : 0.0);
    fflush(stderr);
}

void progress_finish(struct progress *p)
{
    if (p->shown) {
        fputs("\r\x1b[K", stderr);
        fflush(stderr);
    }
    p->shown = 0;
}
