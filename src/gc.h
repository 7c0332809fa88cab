/*
** gc.h — allocation and the tracing garbage collector.
**
** Mark-and-sweep over a list of all heap objects. Collection happens ONLY at
** the interpreter's safe points (loop back-edges and calls, via
** gc_safepoint), never inside an allocation. Consequence for C code: a new
** object held only in a C local is safe until control returns to the
** bytecode loop. The one exception is C code that calls back into Python
** (vm_call from a builtin such as sorted(key=f)): anything it holds across
** that call must be pushed with gc_push_root and popped afterwards.
**
** Memory accounting covers objects and their malloc'd buffers (through
** gc_realloc), so an embedder's memory cap and allocation failure both turn
** into MemoryError.
*/
#ifndef STREAK_GC_H
#define STREAK_GC_H

#include "value.h"

/* A zeroed object of `size` bytes with hdr.type = type, on the heap list. */
void *gc_alloc(VM *vm, Type *type, size_t size);
/* Like gc_alloc, but only the Obj header is initialised: for objects whose
** creator writes every other field at once (strings). */
void *gc_alloc_uninit(VM *vm, Type *type, size_t size);
/* Buffers owned by objects (list items, dict tables): accounted; raises
** MemoryError on failure. gc_realloc(vm, p, old, 0) frees. */
void *gc_realloc(VM *vm, void *p, size_t old_size, size_t new_size);
/* gc_realloc for a bigger buffer that returns NULL (p untouched) instead of
** raising: for callers with their own MemoryError text (NumPy's). */
void *gc_try_realloc(VM *vm, void *p, size_t old_size, size_t new_size);
void gc_free_buf(VM *vm, void *p, size_t size);
/* For buffers a module parks outside the heap for reuse (runtime/array.c's
** cache of big freed array buffers): delta < 0 stops counting a parked
** buffer, delta > 0 counts it again when it is reused (MemoryError past the
** embedder's limit, as gc_realloc). */
void gc_account(VM *vm, ptrdiff_t delta);

/* Called by type mark slots for each child. */
void gc_mark_value(VM *vm, Value v);
void gc_mark_obj(VM *vm, Obj *o);
/* Marks n values (list/tuple items), prefetching the objects ahead. */
void gc_mark_values(VM *vm, const Value *v, int64_t n);

/* Temporary roots for C code calling back into Python. */
void gc_push_root(VM *vm, Value v);
void gc_pop_roots(VM *vm, int n);

/* Runs a collection if enough was allocated since the last one. */
void gc_safepoint(VM *vm);
void gc_collect(VM *vm);
/* Frees every object (VM shutdown). */
void gc_free_all(VM *vm);

#endif
