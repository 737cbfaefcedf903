/*
** corpus_binding.h: what other bindings need of wic.corpus's types.
*/
#ifndef WIC_CORPUS_BINDING_H
#define WIC_CORPUS_BINDING_H

#include <lauxlib.h>
#include <lua.h>
#include <stddef.h>

#include "../runtime/corpus/corpus.h"

#define WIC_CORPUS_TYPE "wic.Corpus"
#define WIC_ARTICLE_TYPE "wic.Article"

struct corpus *wic_check_corpus(lua_State *L, int index);
const struct article *wic_check_article(lua_State *L, int index);

/* Push article i (0-based) of the corpus userdata at corpus_index. */
void wic_push_article(lua_State *L, int corpus_index, size_t i);

/* Add methods to a type's methods table (types made by wic.corpus). */
void wic_add_methods(lua_State *L, const char *type, const luaL_Reg *methods);

#endif
