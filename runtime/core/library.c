/*
** library.c: see library.h.
**
** One mutex serialises first loads: a load happens once per library and
** process, and afterwards the check under the lock costs nothing next to
** the HTML page or zip it guards.  A library is never closed: its
** functions may be called until exit.
*/
#include "library.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void open_library(struct library *lib)
{
    void *handle = dlopen(lib->file, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        snprintf(lib->message, sizeof lib->message, "cannot load %s: %s",
                 lib->file, why ? why : "unknown error");
        lib->state = -1;
        return;
    }
    for (size_t i = 0; lib->names[i]; i++) {
        void *address = dlsym(handle, lib->names[i]);
        memcpy((char *)lib->table + i * sizeof address, &address,
               sizeof address);
        if (address == NULL) {
            snprintf(lib->message, sizeof lib->message,
                     "cannot load %s: it has no %s", lib->file,
                     lib->names[i]);
            lib->state = -1;
            return;
        }
    }
    lib->state = 1;
}

int library_load(struct library *lib, struct wic_error *err)
{
    pthread_mutex_lock(&lock);
    if (lib->state == 0)
        open_library(lib);
    int state = lib->state;
    pthread_mutex_unlock(&lock);
    if (state < 0)
        return wic_error_set(err, WIC_ERR_INPUT, "%s", lib->message);
    return 0;
}
