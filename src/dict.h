/*
** dict.h — insertion-ordered hash map (TYPE_DICT), CPython semantics.
*/
#ifndef STREAK_DICT_H
#define STREAK_DICT_H

#include "value.h"

Dict *dict_new(VM *vm);
int64_t dict_len(Dict *d);
/* V_EMPTY if absent. Raises TypeError for unhashable keys. */
Value dict_get(VM *vm, Dict *d, Value key);
void dict_set(VM *vm, Dict *d, Value key, Value val);
bool dict_del(VM *vm, Dict *d, Value key);    /* false if absent */
/* Fast paths for string keys (globals, module attributes, kwargs). */
Value dict_get_str(VM *vm, Dict *d, Str *key);
void dict_set_str(VM *vm, Dict *d, Str *key, Value val);
/* Iteration in insertion order: start with *pos = 0. */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val);
Value dict_copy(VM *vm, Dict *d);

#endif
