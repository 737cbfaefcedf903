/*
** libzip.h: libzip, loaded on first use (see core/library.h).
**
** zip_reader.c and build.c call libzip through the table `libzip`
** (`libzip.zip_open(...)`) after libzip_load() has succeeded, so that a
** run reading plain files never loads libzip and OpenSSL behind it.
*/
#ifndef WIC_PACK_LIBZIP_H
#define WIC_PACK_LIBZIP_H

#include <zip.h>

#include "../core/library.h"

#define LIBZIP_SYMBOLS(X)                                                  \
    X(zip_open) X(zip_close) X(zip_discard) X(zip_get_num_entries)         \
    X(zip_get_name) X(zip_stat_index) X(zip_file_get_external_attributes)  \
    X(zip_fopen_index) X(zip_fread) X(zip_fclose) X(zip_file_strerror)     \
    X(zip_strerror) X(zip_error_init_with_code) X(zip_error_strerror)      \
    X(zip_error_fini) X(zip_source_buffer) X(zip_source_free)              \
    X(zip_file_add) X(zip_set_file_compression) X(zip_file_set_dostime)    \
    X(zip_file_set_external_attributes)

struct libzip_functions {
    LIBZIP_SYMBOLS(LIBRARY_FIELD)
};

extern struct libzip_functions libzip;

/* Load libzip if it is not loaded yet: 0, or -1 with err set. */
int libzip_load(struct wic_error *err);

#endif
