/*
** gc.c — allocation accounting and a mark-and-sweep collector.
**
** Why collect only at safe points: the interpreter's registers are then the
** complete root set, so the hundreds of C functions that build objects never
** need to protect temporaries (Lua needs its stack discipline for this; we
** avoid it). The price is that garbage made inside one long-running C call
** waits for the next back-edge or call — a bounded delay in practice.
*/
#include "gc.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "str.h"
#include "util.h"
#include "vm.h"

enum { GC_MIN_THRESHOLD = 8u << 20 };

struct GcGray {
  Obj **items;
  size_t n, cap;
};

static bool over_limit(VM *vm, size_t extra) {
  return vm->mem_limit && vm->bytes_allocated + extra > vm->mem_limit;
}

void *gc_alloc(VM *vm, Type *type, size_t size) {
  if (over_limit(vm, size)) vm_raise_memory(vm);
  Obj *o = calloc(1, size);
  if (!o) vm_raise_memory(vm);
  vm->bytes_allocated += malloc_usable_size(o);
  o->type = type;
  o->gc_next = vm->heap;
  vm->heap = o;
  return o;
}

void *gc_realloc(VM *vm, void *p, size_t old_size, size_t new_size) {
  if (new_size == 0) {
    free(p);
    vm->bytes_allocated -= old_size <= vm->bytes_allocated ? old_size : vm->bytes_allocated;
    return NULL;
  }
  if (new_size > old_size && over_limit(vm, new_size - old_size)) vm_raise_memory(vm);
  void *q = realloc(p, new_size);
  if (!q) vm_raise_memory(vm);
  vm->bytes_allocated += new_size;
  vm->bytes_allocated -= old_size <= vm->bytes_allocated ? old_size : vm->bytes_allocated;
  return q;
}

void gc_free_buf(VM *vm, void *p, size_t size) { gc_realloc(vm, p, size, 0); }

void gc_push_root(VM *vm, Value v) {
  if (vm->nroots == vm->caproots) {
    vm->caproots = vm->caproots ? vm->caproots * 2 : 64;
    vm->roots = util_xrealloc(vm->roots, (size_t)vm->caproots * sizeof(Value));
  }
  vm->roots[vm->nroots++] = v;
}

void gc_pop_roots(VM *vm, int n) { vm->nroots -= n; }

/* ---- marking ---------------------------------------------------------- */

static void gray_push(VM *vm, Obj *o) {
  struct GcGray *g = vm->gray;
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 1024;
    g->items = util_xrealloc(g->items, g->cap * sizeof(Obj *));
  }
  g->items[g->n++] = o;
}

void gc_mark_obj(VM *vm, Obj *o) {
  if (!o || (o->gc_flags & (GC_MARKED | GC_STATIC))) return;
  o->gc_flags |= GC_MARKED;
  gray_push(vm, o);
}

void gc_mark_value(VM *vm, Value v) {
  if (v.tag == V_OBJ) gc_mark_obj(vm, v.as.o);
}

static void drain_gray(VM *vm) {
  struct GcGray *g = vm->gray;
  while (g->n > 0) {
    Obj *o = g->items[--g->n];
    if (o->type->mark) o->type->mark(vm, o);
  }
}

static void mark_roots(VM *vm) {
  gc_mark_obj(vm, (Obj *)vm->modules);
  gc_mark_obj(vm, (Obj *)vm->builtins);
  gc_mark_obj(vm, (Obj *)vm->main);
  gc_mark_obj(vm, (Obj *)vm->sys_path);
  gc_mark_obj(vm, (Obj *)vm->sys_argv);
  gc_mark_value(vm, vm->exc);
  gc_mark_value(vm, vm->handling);
  gc_mark_value(vm, vm->memory_error);
  for (int i = 0; i < vm->nroots; i++) gc_mark_value(vm, vm->roots[i]);
  str_mark_table(vm);
  vm_mark_roots(vm);
}

static void free_obj(VM *vm, Obj *o) {
  if (o->type->finalize) o->type->finalize(vm, o);
  size_t sz = malloc_usable_size(o);
  vm->bytes_allocated -= sz <= vm->bytes_allocated ? sz : vm->bytes_allocated;
  free(o);
}

static void sweep(VM *vm) {
  Obj **link = &vm->heap;
  while (*link) {
    Obj *o = *link;
    if (o->gc_flags & GC_MARKED) {
      o->gc_flags &= ~(uint32_t)GC_MARKED;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      free_obj(vm, o);
    }
  }
}

static size_t next_threshold(VM *vm) {
  size_t next = vm->bytes_allocated * 2;
  if (next < GC_MIN_THRESHOLD) next = GC_MIN_THRESHOLD;
  if (vm->mem_limit && vm->bytes_allocated < vm->mem_limit) {
    size_t half = vm->bytes_allocated + (vm->mem_limit - vm->bytes_allocated) / 2;
    if (half < next) next = half;
  }
  return next;
}

void gc_collect(VM *vm) {
  struct GcGray gray = {0};
  vm->gray = &gray;
  mark_roots(vm);
  drain_gray(vm);
  vm->gray = NULL;
  free(gray.items);
  sweep(vm);
  vm->next_gc = next_threshold(vm);
}

void gc_safepoint(VM *vm) {
  if (vm->bytes_allocated >= vm->next_gc && vm->gc_paused == 0) gc_collect(vm);
}

void gc_free_all(VM *vm) {
  while (vm->heap) {
    Obj *o = vm->heap;
    vm->heap = o->gc_next;
    free_obj(vm, o);
  }
  free(vm->roots);
  vm->roots = NULL;
  vm->nroots = vm->caproots = 0;
}
