/*
** libzip.c: see libzip.h.
*/
#include "libzip.h"

struct libzip_functions libzip;

static const char *const names[] = {LIBZIP_SYMBOLS(LIBRARY_NAME) NULL};
static struct library library = {"libzip.so.4", names, &libzip, 0, ""};
_Static_assert(sizeof libzip == sizeof names - sizeof(char *),
               "one pointer per libzip symbol");

int libzip_load(struct wic_error *err)
{
    return library_load(&library, err);
}
