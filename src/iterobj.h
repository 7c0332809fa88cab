/*
** iterobj.h — the lazy iterator types behind enumerate, zip, map, filter
** and reversed. Each is a Type whose value is the built-in itself (calling
** `zip(...)` runs its ctor slot); the objects iterate through v_iter/v_next
** and return themselves from iter().
*/
#ifndef STREAK_ITEROBJ_H
#define STREAK_ITEROBJ_H

#include "value.h"

extern Type TYPE_ENUMERATE, TYPE_ZIP, TYPE_MAP, TYPE_FILTER, TYPE_REVERSED, TYPE_CALLITER;

/* Their layouts where traces read them (trace/record.c). */
typedef struct Enumerate {
  Obj hdr;
  Value it, index;
} Enumerate;

typedef struct Zip {
  Obj hdr;
  int64_t n;
  bool strict, done;
  Value its[];
} Zip;

/* C entry points (also the ctor slots' cores). */
Value iter_enumerate(VM *vm, Value iterable, Value start);   /* start: int value */
Value iter_reversed(VM *vm, Value seq);  /* TypeError "'set' object is not reversible" */
Value iter_callable(VM *vm, Value fn, Value sentinel); /* iter(fn, sentinel) */
/* `for a, b in zip(x, y)` / `enumerate(x)` without a tuple per item: the
** next item's n parts into dst (registers: rooted). 1: filled; 0: the
** iterator is exhausted; -1: not a zip of n, nor an enumerate or a dict's
** items with n == 2 (then v_next and unpack). */
int iter_next_fill(VM *vm, Value it, Value *dst, int n);

#endif
