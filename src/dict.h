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
/* Address of key's value, or NULL (the JIT's globals access). */
Value *dict_slot_str(Dict *d, Str *key);
/* dict_slot_str for a key that was absent when d's keys_version was
** `version`: NULL at once while that version stands (no key added since). */
Value *dict_slot_str_since(Dict *d, Str *key, uint64_t version);
/* The value slot of int key `key` (equal floats and bools match, as in
** lookups: no Python code runs), or NULL. */
Value *dict_slot_int(VM *vm, Dict *d, int64_t key);
/* d[key] = val for an int or str key, without raising (the JIT's dict
** stores, trace/record.c; no Python code runs, as for dict_slot_int): false,
** d unchanged, where growing the tables would pass the memory cap (the
** interpreter then does the store and raises MemoryError). */
bool dict_set_nothrow(VM *vm, Dict *d, Value key, Value val);
/* Is fn dict.get's C method (LOADMETH's result for it)? */
bool dict_is_get(CFunc fn);
/*
** Inline caches for name lookups (GETGLOBAL): remember where a str key's
** entry is (dict_find_str), then check it with dict_cached_str, which is
** valid for as long as that entry holds that very key object, whatever
** happened to the dict meanwhile (a resize or deletion just fails the
** check). dict_keys_version changes whenever a key is added, so "name
** absent from globals" still holds while it is unchanged. Interned keys
** only (pointer comparison): compiled names are interned.
*/
int64_t dict_find_str(Dict *d, Str *key); /* entry index, or -1 */
static inline Value dict_cached_str(Dict *d, int64_t ix, Str *key);
static inline uint64_t dict_keys_version(Dict *d);
/* Iteration in insertion order: start with *pos = 0. */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val);
Value dict_copy(VM *vm, Dict *d);

/* ---- layout: public only for the inline checks above ------------------- */

typedef struct DictEntry {
  int64_t hash;
  Value key; /* V_EMPTY: deleted */
  Value val;
} DictEntry;

struct Dict {
  Obj hdr;
  int64_t used;          /* live items */
  int64_t nentries;      /* entries[0..nentries) in use, holes included */
  int64_t size;          /* index table slots (power of two), 0 before first insert */
  int32_t *index;        /* entry index per slot, or -1 empty / -2 deleted */
  uint64_t *occupied;    /* big tables: one bit per index slot, set when not -1
                            (dict.c's slot bitmap); NULL for small ones */
  DictEntry *entries;    /* capacity usable(size) */
  uint64_t keys_version; /* +1 per key added, and when the entries move */
};

/* The value at entry ix if that entry holds `key`; V_EMPTY otherwise. */
static inline Value dict_cached_str(Dict *d, int64_t ix, Str *key) {
  if ((uint64_t)ix < (uint64_t)d->nentries) {
    DictEntry *e = &d->entries[ix];
    if (e->key.as.o == (Obj *)key && e->key.tag == V_OBJ) return e->val;
  }
  return (Value){.tag = V_EMPTY, .as.i = 0};
}

static inline uint64_t dict_keys_version(Dict *d) { return d->keys_version; }

/* Like dict_cached_str, for a store (SETGLOBAL): the value's address if
** entry ix holds `key`, else NULL. Storing there is dict_set_str of a key
** already present. */
static inline Value *dict_cached_slot_str(Dict *d, int64_t ix, Str *key) {
  if ((uint64_t)ix < (uint64_t)d->nentries) {
    DictEntry *e = &d->entries[ix];
    if (e->key.as.o == (Obj *)key && e->key.tag == V_OBJ) return &e->val;
  }
  return NULL;
}

/* `for k, v in d.items()` without a tuple per item (vm.c FORLOOPN): the
** next key and value into dst[0], dst[1] (registers); 1, 0 at the end,
** -1 if `it` is not an items iterator or n is not 2. */
int dict_items_fill(VM *vm, Value it, Value *dst, int n);

/* The iterators of a dict's views (the recorder follows items()). */
typedef struct DictIter {
  Obj hdr;
  Dict *d;        /* NULL when exhausted */
  int64_t pos;
  int64_t used;   /* d->used when created; -1 once an error was raised */
  int64_t left;   /* items still expected */
} DictIter;
extern Type TYPE_DICT_KEYITER, TYPE_DICT_VALUEITER, TYPE_DICT_ITEMITER;

#endif
