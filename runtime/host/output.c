/*
** output.c: see output.h.
**
** Open files are kept in a fixed table (not a list on the heap) so that
** output_discard_partial_files() can walk it from a signal handler.
*/
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/sanitizer.h"
#include "../pack/pack.h"

enum { MAX_OPEN_FILES = 64, MAX_PATH_BYTES = 512 };

struct open_file {
    FILE *file;  /* NULL: slot free */
    int parent;  /* descriptor of the folder the file is in */
    char temporary[MAX_PATH_BYTES];
    char final[MAX_PATH_BYTES];
};

static int folder_fd = -1;
static int discard_on_close;          /* the run failed: commits discard */
static struct wic_error first_failure; /* a commit that failed          */
static char folder_path[4096];
static struct open_file files[MAX_OPEN_FILES];

static int make_folders(const char *dir)
{
    char path[4096];
    if (strlen(dir) >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    strcpy(path, dir);
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

int output_open_folder(const char *dir, struct wic_error *err)
{
    if (make_folders(dir) != 0)
        return wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", dir,
                             strerror(errno));
    folder_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder_fd < 0)
        return wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", dir,
                             strerror(errno));
    snprintf(folder_path, sizeof folder_path, "%s", dir);
    return 0;
}

const char *output_folder(void)
{
    return folder_fd >= 0 ? folder_path : NULL;
}

/* Open (creating) each folder of `name` but the last component, without
** following symlinks; returns a descriptor and sets *base to the file's
** own name within it. */
static int open_parent(const char *name, const char **base,
                       struct wic_error *err)
{
    int fd = dup(folder_fd);
    const char *component = name;
    for (;;) {
        const char *slash = strchr(component, '/');
        if (slash == NULL)
            break;
        char part[256];
        size_t n = (size_t)(slash - component);
        memcpy(part, component, n);
        part[n] = '\0';
        if (mkdirat(fd, part, 0777) != 0 && errno != EEXIST) {
            close(fd);
            return wic_error_set(err, WIC_ERR_OUTPUT, "%s/%s: %s",
                                 folder_path, name, strerror(errno));
        }
        int next = openat(fd, part,
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        close(fd);
        if (next < 0)
            return wic_error_set(err, WIC_ERR_SANDBOX,
                                 "%s: cannot write there (%s)", name,
                                 errno == ELOOP || errno == ENOTDIR
                                     ? "a symbolic link or file is in the way"
                                     : strerror(errno));
        fd = next;
        component = slash + 1;
    }
    *base = component;
    return fd;
}

FILE *output_create(const char *name, struct wic_error *err)
{
    if (folder_fd < 0) {
        wic_error_set(err, WIC_ERR_OUTPUT, "no output folder is open");
        return NULL;
    }
    const char *problem = pack_name_problem(name);
    if (problem != NULL) {
        wic_error_set(err, WIC_ERR_SANDBOX,
                      "%s: not a path inside the output folder (%s)", name,
                      problem);
        return NULL;
    }
    struct open_file *slot = NULL;
    for (int i = 0; i < MAX_OPEN_FILES && slot == NULL; i++)
        if (files[i].file == NULL)
            slot = &files[i];
    if (slot == NULL) {
        wic_error_set(err, WIC_ERR_LIMIT,
                      "%s: more than %d output files open at once", name,
                      MAX_OPEN_FILES);
        return NULL;
    }
    const char *base;
    int parent = open_parent(name, &base, err);
    if (parent < 0)
        return NULL;
    if (strlen(base) + 20 >= MAX_PATH_BYTES) {
        close(parent);
        wic_error_set(err, WIC_ERR_OUTPUT, "%s: name too long", name);
        return NULL;
    }
    snprintf(slot->final, sizeof slot->final, "%s", base);
    snprintf(slot->temporary, sizeof slot->temporary, ".%s.partial", base);
    int fd = openat(parent, slot->temporary,
                    O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                    0666);
    FILE *file = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (file == NULL) {
        wic_error_set(err, WIC_ERR_OUTPUT, "%s/%s: %s", folder_path, name,
                      strerror(errno));
        if (fd >= 0)
            close(fd);
        close(parent);
        return NULL;
    }
    slot->parent = parent;
    slot->file = file;
    return file;
}

static struct open_file *find_slot(FILE *file)
{
    for (int i = 0; i < MAX_OPEN_FILES; i++)
        if (files[i].file == file && file != NULL)
            return &files[i];
    return NULL;
}

void output_set_outcome(int ok)
{
    discard_on_close = !ok;
}

int output_commit(FILE *file, struct wic_error *err)
{
    struct open_file *slot = find_slot(file);
    if (slot == NULL)
        return 0;
    int failed = ferror(file) | fflush(file);
    failed |= fclose(file);
    slot->file = NULL;
    if (discard_on_close) {
        unlinkat(slot->parent, slot->temporary, 0);
        close(slot->parent);
        return 0;
    }
    if (!failed &&
        renameat(slot->parent, slot->temporary, slot->parent, slot->final) ==
            0) {
        close(slot->parent);
        return 0;
    }
    int saved = errno;
    unlinkat(slot->parent, slot->temporary, 0);
    close(slot->parent);
    if (first_failure.kind == WIC_OK)
        wic_error_set(&first_failure, WIC_ERR_OUTPUT, "%s: %s", slot->final,
                      strerror(saved));
    return wic_error_set(err, WIC_ERR_OUTPUT, "%s: %s", slot->final,
                         strerror(saved));
}

int output_close_folder(int ok, struct wic_error *err)
{
    int status = 0;
    for (int i = 0; i < MAX_OPEN_FILES; i++) {
        if (files[i].file == NULL)
            continue;
        if (ok) {
            if (output_commit(files[i].file, err) != 0)
                status = -1;
        } else {
            fclose(files[i].file);
            files[i].file = NULL;
            unlinkat(files[i].parent, files[i].temporary, 0);
            close(files[i].parent);
        }
    }
    if (folder_fd >= 0)
        close(folder_fd);
    folder_fd = -1;
    if (ok && status == 0 && first_failure.kind != WIC_OK) {
        if (err)
            *err = first_failure; /* a file the script closed failed */
        status = -1;
    }
    wic_error_clear(&first_failure);
    discard_on_close = 0;
    return status;
}

void output_discard_partial_files(void)
{
    for (int i = 0; i < MAX_OPEN_FILES; i++)
        if (files[i].file != NULL)
            unlinkat(files[i].parent, files[i].temporary, 0);
}

/* A crash still removes the partial files, then dies as it would have. */
static void on_crash(int signo)
{
    output_discard_partial_files();
    raise(signo); /* SA_RESETHAND: the default action now */
}

void output_clean_up_on_crash(void)
{
    if (UNDER_SANITIZER)
        return; /* the sanitizer's own report matters more */
    static const int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
        sigaction(signals[i], &sa, NULL);
}
