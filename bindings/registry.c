/*
** registry.c: every C module of wic, in one table (see registry.h).
*/
#include "registry.h"

#include <stddef.h>

const struct wic_binding wic_bindings[] = {
    {"wic.corpus", luaopen_wic_corpus},
    {"wic.figures", luaopen_wic_figures},
    {"wic.hash", luaopen_wic_hash},
    {NULL, NULL},
};
