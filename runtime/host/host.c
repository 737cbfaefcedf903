/*
** host.c: one run of Lua code (see host.h).
*/
#include "host.h"

#include <errno.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "../article/html.h"
#include "../extract/gazetteer.h"
#include "../pack/libzip.h"
#include "confine.h"
#include "manifest.h"
#include "output.h"
#include "require.h"
#include "sandbox.h"

/* Registry keys are addresses (lua_rawgetp), so reading them allocates
** nothing: after a memory limit is hit, nothing can be allocated. */
static const char HOST_KEY = 'h';
static const char TRACEBACK_KEY = 't';

struct host *host_from_state(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &HOST_KEY);
    struct host *host = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return host;
}

struct corpus_options host_corpus_options(const struct host *host)
{
    struct corpus_options options = {host->threads, 1,
                                     manifest_corpus_patterns, 0};
    return options;
}

/* The manifest's corpus globs (NULL-terminated), or the default. */
static char *const *manifest_patterns(const struct pack_manifest *manifest)
{
    static char default_pattern[] = "articles/**";
    static char *const defaults[] = {default_pattern, NULL};
    if (manifest == NULL || manifest->n_corpus == 0)
        return defaults;
    return manifest->corpus;
}

struct corpus *host_corpus(struct host *host, struct wic_error *err)
{
    if (host->corpus != NULL)
        return host->corpus;
    struct corpus *corpus = malloc(sizeof *corpus);
    if (corpus == NULL) {
        wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
        return NULL;
    }
    corpus_init(corpus);
    struct corpus_options options = host_corpus_options(host);
    int status = 0;
    if (host->archive != NULL)
        status = corpus_add_archive(corpus, host->archive,
                                    manifest_patterns(host->manifest),
                                    &options, err);
    for (char **p = host->corpus_paths; status == 0 && p && *p; p++)
        status = corpus_add_path(corpus, *p, &options, err);
    if (status != 0) {
        if (err)
            host->load_error = *err;
        corpus_free(corpus);
        free(corpus);
        return NULL;
    }
    host->corpus = corpus;
    return corpus;
}

int host_pack_gazetteer(const struct pack_archive *archive,
                        const struct pack_manifest *manifest,
                        struct gazetteer **out, struct wic_error *err)
{
    *out = NULL;
    if (manifest == NULL || manifest->gazetteer == NULL)
        return 0;
    const struct pack_entry *entry =
        pack_archive_find(archive, manifest->gazetteer);
    if (entry == NULL)
        return wic_error_set(err, WIC_ERR_PACK,
                             "%s: the gazetteer %s is missing", archive->path,
                             manifest->gazetteer);
    *out = gazetteer_new_extended(gazetteer_builtin(),
                                  (const char *)entry->data, entry->size, err);
    if (*out == NULL) {
        char where[600];
        snprintf(where, sizeof where, "%s: %s", archive->path,
                 manifest->gazetteer);
        wic_error_prefix(err, where);
        if (err && err->kind == WIC_ERR_INPUT)
            err->kind = WIC_ERR_PACK;
        return -1;
    }
    return 0;
}

void host_free(struct host *host)
{
    if (host->gazetteer) {
        gazetteer_free(host->gazetteer);
        host->gazetteer = NULL;
    }
    if (host->corpus) {
        corpus_free(host->corpus);
        free(host->corpus);
        host->corpus = NULL;
    }
    free(host->traceback);
    host->traceback = NULL;
}

/* Message handler: keep the traceback aside, return the message. */
static int keep_traceback(lua_State *L)
{
    const char *message = lua_tostring(L, 1);
    if (message == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") &&
            lua_type(L, -1) == LUA_TSTRING)
            message = lua_tostring(L, -1);
        else
            message = lua_pushfstring(L, "(error object is a %s value)",
                                      luaL_typename(L, 1));
        lua_replace(L, 1);
    }
    luaL_traceback(L, L, NULL, 1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &TRACEBACK_KEY);
    lua_settop(L, 1);
    return 1;
}

static const char *entry_script(const struct host *host)
{
    return host->manifest && host->manifest->main ? host->manifest->main
                                                  : "scripts/main.lua";
}

/* Set up the state and push the entry chunk (in protected mode, so a
** failure here is an error, not a panic).  Upvalue: the script path or
** NULL in a pack. */
static int prepare(lua_State *L)
{
    struct host *host = host_from_state(L);
    const char *script_path = lua_touserdata(L, 1);
    luaL_openlibs(L);
    if (!host->sandboxed) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", script_path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        else
            strcpy(dir, ".");
        require_install_unsandboxed(L, dir);
        if (luaL_loadfilex(L, script_path, "bt") != LUA_OK)
            return lua_error(L);
        return 1;
    }
    sandbox_push_env(L, host->archive);
    const char *main_name = entry_script(host);
    const struct pack_entry *entry =
        pack_archive_find(host->archive, main_name);
    lua_pushfstring(L, "@%s", main_name);
    if (luaL_loadbufferx(L, (const char *)entry->data, entry->size,
                         lua_tostring(L, -1), "t") != LUA_OK)
        return lua_error(L);
    lua_pushvalue(L, -3);
    lua_setupvalue(L, -2, 1);
    return 1;
}

static void set_script_error(struct host *host, lua_State *L,
                             enum wic_error_kind kind, struct wic_error *err)
{
    /* nothing here may allocate: the state may be out of memory */
    const char *message =
        lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    enum limit_kind hit = limits_hit();
    if (hit == LIMIT_SANDBOX) {
        kind = WIC_ERR_SANDBOX;
        if (message == NULL || strstr(message, "sandbox:") == NULL)
            message = limits_message();
    } else if (hit != LIMIT_NONE) {
        kind = WIC_ERR_LIMIT;
        if (message == NULL || strstr(message, "limit exceeded") == NULL)
            message = limits_message();
    } else if (host->load_error.kind != WIC_OK && message != NULL &&
               strstr(message, host->load_error.message) != NULL) {
        /* the run's corpus could not be loaded: an input error */
        if (err)
            *err = host->load_error;
        return;
    }
    if (message == NULL)
        message = "unknown error";
    /* name the pack or script when the message has no location */
    const char *source = host->sandboxed ? host->archive->path : NULL;
    if (source != NULL && strchr(message, ':') == NULL)
        wic_error_set(err, kind, "%s: %s", source, message);
    else
        wic_error_set(err, kind, "%s", message);
    /* one line: the traceback, if any, goes to host->traceback */
    char *newline = strchr(err->message, '\n');
    if (newline)
        *newline = '\0';
    free(host->traceback);
    host->traceback = NULL;
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &TRACEBACK_KEY) == LUA_TSTRING)
        host->traceback = strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
}

int host_run(struct host *host, const char *script_path,
             struct wic_error *err)
{
    if (host->sandboxed &&
        pack_archive_find(host->archive, entry_script(host)) == NULL)
        return wic_error_set(err, WIC_ERR_PACK,
                             "%s: the entry script %s is missing",
                             host->archive->path, entry_script(host));
    if (!host->sandboxed) {
        FILE *f = fopen(script_path, "r");
        if (f == NULL)
            return wic_error_set(err, WIC_ERR_INPUT, "%s: %s", script_path,
                                 strerror(errno));
        fclose(f);
    }
    lua_State *L = limits_new_state(&host->limits);
    if (L == NULL)
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    lua_pushlightuserdata(L, host);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &HOST_KEY);
    int status = 0;
    lua_pushcfunction(L, prepare);
    lua_pushlightuserdata(L, (void *)script_path);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) { /* a syntax error */
        set_script_error(host, L, WIC_ERR_SCRIPT, err);
        status = -1;
    }
    if (status == 0 && host->out_dir &&
        output_open_folder(host->out_dir, err) != 0)
        status = -1;
    if (status == 0 && host->out_dir)
        output_clean_up_on_crash();
    /* libraries loaded on first use must be in before Landlock shuts the
    ** file system: a script may read HTML or open a pack */
    if (status == 0 && host->confine &&
        (html_load(err) != 0 || libzip_load(err) != 0 ||
         confine_process(host->out_dir, err) != 0))
        status = -1;
    if (status == 0 && limits_start_clock(L, &host->limits) != 0)
        status = wic_error_set(err, WIC_ERR_INPUT,
                               "cannot start the CPU clock: %s",
                               strerror(errno));
    if (status == 0) {
        lua_pushcfunction(L, keep_traceback);
        lua_insert(L, -2);
        if (lua_pcall(L, 0, 0, -2) != LUA_OK) {
            set_script_error(host, L, WIC_ERR_SCRIPT, err);
            status = -1;
        }
    }
    /* Close the state first: its finalizers close the files a script left
    ** open, committing or discarding them by the outcome; then nothing can
    ** touch a FILE the output layer closes. */
    if (output_folder() != NULL)
        output_set_outcome(status == 0);
    limits_closing();
    lua_close(L); /* finalizers still run under the clock's backstop */
    if (output_folder() != NULL) {
        struct wic_error close_err;
        wic_error_clear(&close_err);
        if (output_close_folder(status == 0, &close_err) != 0 &&
            status == 0) {
            if (err)
                *err = close_err;
            status = -1;
        }
    }
    limits_release();
    return status;
}
