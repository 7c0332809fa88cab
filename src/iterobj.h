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

/* C entry points (also the ctor slots' cores). */
Value iter_enumerate(VM *vm, Value iterable, Value start);   /* start: int value */
Value iter_reversed(VM *vm, Value seq);  /* TypeError "'set' object is not reversible" */
Value iter_callable(VM *vm, Value fn, Value sentinel); /* iter(fn, sentinel) */

#endif
