/*
** iterobj.c — enumerate, zip, map, filter, reversed and iter(fn, sentinel).
**
** Each object holds the iterators it draws from; since the object itself is
** reachable (from the VM's registers while a loop runs), so is everything it
** marks. What a next() call builds before calling back into Python (zip's
** and map's argument tuples, filter's candidate) is rooted for that call.
*/
#include "dict.h"
#include "iterobj.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

static Value iter_self(VM *vm, Value self) {
  (void)vm;
  return self;
}

static Value iter_repr(VM *vm, Value self) {
  return str_printf(vm, "<%s object at %p>", v_typename(self), (void *)self.as.o);
}

/* ---- enumerate -------------------------------------------------------- */


static void enumerate_mark(VM *vm, Obj *o) {
  Enumerate *e = (Enumerate *)o;
  gc_mark_value(vm, e->it);
  gc_mark_value(vm, e->index);
}

/* The next (index, item) into dst[0], dst[1] (registers or a tuple's
** items: rooted), false at the end. */
static bool enumerate_fill(VM *vm, Enumerate *e, Value *dst) {
  if (!v_next(vm, e->it, &dst[1])) return false;
  Value i = e->index;
  if (is_int(i) && i.as.i < INT64_MAX) e->index = v_int(i.as.i + 1);
  else e->index = v_binop(vm, BINOP_ADD, i, v_int(1));
  dst[0] = i;
  return true;
}

static bool enumerate_next(VM *vm, Value self, Value *out) {
  Tuple *t = tuple_new(vm, 2);
  gc_push_root(vm, v_obj(t));
  bool more = enumerate_fill(vm, (Enumerate *)self.as.o, t->items);
  gc_pop_roots(vm, 1);
  if (more) *out = v_obj(t);
  return more;
}

Value iter_enumerate(VM *vm, Value iterable, Value start) {
  Value it = v_iter(vm, iterable);
  Enumerate *e = gc_alloc(vm, &TYPE_ENUMERATE, sizeof(Enumerate));
  e->it = it;
  e->index = is_bool(start) ? v_int(start.as.i) : start;
  return v_obj(e);
}

static Value enumerate_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  if (a->argc == 0 && a->nkw == 0) /* CPython's vectorcall path words it so */
    vm_raise(vm, &EXC_TypeError, "enumerate() missing required argument 'iterable'");
  args_parse(vm, a, "enumerate", "iterable,|start", arg);
  Value start = is_empty(arg[1]) ? v_int(0) : v_index_operand(vm, arg[1]);
  if (!v_is_intlike(start))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(start));
  return iter_enumerate(vm, arg[0], start);
}

Type TYPE_ENUMERATE = {.hdr = TYPE_HEADER, .name = "enumerate", .base = &TYPE_OBJECT,
                       .mark = enumerate_mark, .repr = iter_repr, .iter = iter_self,
                       .next = enumerate_next, .ctor = enumerate_ctor};

/* ---- zip -------------------------------------------------------------- */


static void zip_mark(VM *vm, Obj *o) {
  Zip *z = (Zip *)o;
  for (int64_t i = 0; i < z->n; i++) gc_mark_value(vm, z->its[i]);
}

static const char *plural(int64_t i) { return i == 1 ? " " : "s 1-"; }

/* The next items into dst[0..n) (rooted), false at the end. */
static bool zip_fill(VM *vm, Zip *z, Value *dst) {
  if (z->done || z->n == 0) return false;
  for (int64_t i = 0; i < z->n; i++) {
    if (v_next(vm, z->its[i], &dst[i])) continue;
    z->done = true;
    if (z->strict) {
      if (i > 0)
        vm_raise(vm, &EXC_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                 (long long)(i + 1), plural(i), (long long)i);
      for (int64_t j = 1; j < z->n; j++) {
        Value x;
        if (v_next(vm, z->its[j], &x))
          vm_raise(vm, &EXC_ValueError, "zip() argument %lld is longer than argument%s%lld",
                   (long long)(j + 1), plural(j), (long long)j);
      }
    }
    return false;
  }
  return true;
}

static bool zip_next(VM *vm, Value self, Value *out) {
  Zip *z = (Zip *)self.as.o;
  if (z->done || z->n == 0) return false;
  Tuple *t = tuple_new(vm, z->n);
  gc_push_root(vm, v_obj(t));
  bool more = zip_fill(vm, z, t->items);
  gc_pop_roots(vm, 1);
  if (more) *out = v_obj(t);
  return more;
}

int iter_next_fill(VM *vm, Value it, Value *dst, int n) {
  if (it.tag != V_OBJ) return -1;
  Type *t = it.as.o->type;
  if (t == &TYPE_ZIP && ((Zip *)it.as.o)->n == n) return zip_fill(vm, (Zip *)it.as.o, dst);
  if (t == &TYPE_ENUMERATE && n == 2) return enumerate_fill(vm, (Enumerate *)it.as.o, dst);
  return dict_items_fill(vm, it, dst, n);
}

static Value zip_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  bool strict = false;
  if (a->nkw > 1) vm_raise(vm, &EXC_TypeError, "zip() takes at most 1 keyword argument (%d given)", a->nkw);
  for (int k = 0; k < a->nkw; k++) {
    if (!str_eq_c(as_str(a->kwnames[k]), "strict"))
      vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for zip()",
               as_str(a->kwnames[k])->data);
    strict = v_truthy(vm, a->kwvals[k]);
  }
  Zip *z = gc_alloc(vm, &TYPE_ZIP, sizeof(Zip) + (size_t)a->argc * sizeof(Value));
  gc_push_root(vm, v_obj(z));
  z->strict = strict;
  for (int i = 0; i < a->argc; i++) {
    z->its[i] = v_iter(vm, a->argv[i]);
    z->n = i + 1;
  }
  gc_pop_roots(vm, 1);
  return v_obj(z);
}

Type TYPE_ZIP = {.hdr = TYPE_HEADER, .name = "zip", .base = &TYPE_OBJECT, .mark = zip_mark,
                 .repr = iter_repr, .iter = iter_self, .next = zip_next, .ctor = zip_ctor};

/* ---- map -------------------------------------------------------------- */

typedef struct Map {
  Obj hdr;
  Value fn;
  int64_t n;
  Value its[];
} Map;

static void map_mark(VM *vm, Obj *o) {
  Map *m = (Map *)o;
  gc_mark_value(vm, m->fn);
  for (int64_t i = 0; i < m->n; i++) gc_mark_value(vm, m->its[i]);
}

static bool map_next(VM *vm, Value self, Value *out) {
  Map *m = (Map *)self.as.o;
  Tuple *t = tuple_new(vm, m->n);
  gc_push_root(vm, v_obj(t));
  for (int64_t i = 0; i < m->n; i++) {
    if (!v_next(vm, m->its[i], &t->items[i])) {
      gc_pop_roots(vm, 1);
      return false;
    }
  }
  Args args = args_pos((int)m->n, t->items);
  *out = vm_call(vm, m->fn, &args);
  gc_pop_roots(vm, 1);
  return true;
}

static Value map_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "map() takes no keyword arguments");
  if (a->argc < 2) vm_raise(vm, &EXC_TypeError, "map() must have at least two arguments.");
  Map *m = gc_alloc(vm, &TYPE_MAP, sizeof(Map) + (size_t)(a->argc - 1) * sizeof(Value));
  gc_push_root(vm, v_obj(m));
  m->fn = a->argv[0];
  for (int i = 1; i < a->argc; i++) {
    m->its[i - 1] = v_iter(vm, a->argv[i]);
    m->n = i;
  }
  gc_pop_roots(vm, 1);
  return v_obj(m);
}

Type TYPE_MAP = {.hdr = TYPE_HEADER, .name = "map", .base = &TYPE_OBJECT, .mark = map_mark,
                 .repr = iter_repr, .iter = iter_self, .next = map_next, .ctor = map_ctor};

/* ---- filter ----------------------------------------------------------- */

typedef struct Filter {
  Obj hdr;
  Value fn, it;
} Filter;

static void filter_mark(VM *vm, Obj *o) {
  Filter *f = (Filter *)o;
  gc_mark_value(vm, f->fn);
  gc_mark_value(vm, f->it);
}

static bool filter_next(VM *vm, Value self, Value *out) {
  Filter *f = (Filter *)self.as.o;
  Value x;
  while (v_next(vm, f->it, &x)) {
    bool keep;
    if (is_none(f->fn) || is_type(f->fn, &TYPE_BOOL)) {
      keep = v_truthy(vm, x);
    } else {
      gc_push_root(vm, x);
      keep = v_truthy(vm, vm_call1(vm, f->fn, x));
      gc_pop_roots(vm, 1);
    }
    if (keep) {
      *out = x;
      return true;
    }
  }
  return false;
}

static Value filter_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "filter() takes no keyword arguments");
  args_count(vm, a, "filter", 2, 2);
  Value it = v_iter(vm, a->argv[1]);
  Filter *f = gc_alloc(vm, &TYPE_FILTER, sizeof(Filter));
  f->fn = a->argv[0];
  f->it = it;
  return v_obj(f);
}

Type TYPE_FILTER = {.hdr = TYPE_HEADER, .name = "filter", .base = &TYPE_OBJECT,
                    .mark = filter_mark, .repr = iter_repr, .iter = iter_self,
                    .next = filter_next, .ctor = filter_ctor};

/* ---- reversed --------------------------------------------------------- */

/* A sequence walked backwards by index (tuple, str, dict keys, or any type
** with len and getitem). Lists and ranges use their own reverse iterators. */
typedef struct Reversed {
  Obj hdr;
  Value seq;
  int64_t index; /* next index to yield; -1 when done */
} Reversed;

static void reversed_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((Reversed *)o)->seq); }

static bool reversed_next(VM *vm, Value self, Value *out) {
  Reversed *r = (Reversed *)self.as.o;
  if (r->index < 0) return false;
  int64_t i = r->index--;
  Value seq = r->seq;
  if (is_tuple(seq)) *out = as_tuple(seq)->items[i];
  else if (is_list(seq)) {
    if (i >= as_list(seq)->n) {
      r->index = -1;
      return false;
    }
    *out = as_list(seq)->items[i];
  } else *out = v_getitem(vm, seq, v_int(i));
  return true;
}

Value iter_reversed(VM *vm, Value seq) {
  if (is_list(seq)) return list_reversed(vm, as_list(seq));
  if (is_range(seq)) return range_reversed(vm, as_range(seq));
  Type *t = v_type(seq);
  /* dicts and their views (types private to dict.c, so known by name):
  ** iterate a snapshot in insertion order, backwards */
  if (is_dict(seq) || strcmp(t->name, "dict_keys") == 0 || strcmp(t->name, "dict_values") == 0 ||
      strcmp(t->name, "dict_items") == 0)
    seq = list_from_iterable(vm, seq);
  else if (!t->len || !t->getitem || t == &TYPE_SET || t == &TYPE_FROZENSET || t == &TYPE_TYPE)
    vm_raise(vm, &EXC_TypeError, "'%s' object is not reversible", t->name);
  int64_t n = v_len(vm, seq);
  Reversed *r = gc_alloc(vm, &TYPE_REVERSED, sizeof(Reversed));
  r->seq = seq;
  r->index = n - 1;
  return v_obj(r);
}

static Value reversed_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "reversed() takes no keyword arguments");
  /* an Argument Clinic count: not METH_O's "takes exactly one argument" */
  if (a->argc != 1) vm_raise(vm, &EXC_TypeError, "reversed expected 1 argument, got %d", a->argc);
  return iter_reversed(vm, a->argv[0]);
}

static Value reversed_len_hint(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__length_hint__", 0, 0);
  return v_int(((Reversed *)self.as.o)->index + 1);
}

static const MethodDef reversed_methods[] = {{"__length_hint__", reversed_len_hint}, {NULL, NULL}};

Type TYPE_REVERSED = {.hdr = TYPE_HEADER, .name = "reversed", .base = &TYPE_OBJECT,
                      .mark = reversed_mark, .repr = iter_repr, .iter = iter_self,
                      .next = reversed_next, .ctor = reversed_ctor, .methods = reversed_methods};

/* ---- iter(callable, sentinel) ----------------------------------------- */

typedef struct CallIter {
  Obj hdr;
  Value fn, sentinel; /* fn V_EMPTY once exhausted */
} CallIter;

static void calliter_mark(VM *vm, Obj *o) {
  CallIter *c = (CallIter *)o;
  gc_mark_value(vm, c->fn);
  gc_mark_value(vm, c->sentinel);
}

static bool calliter_next(VM *vm, Value self, Value *out) {
  CallIter *c = (CallIter *)self.as.o;
  if (is_empty(c->fn)) return false;
  Value v = vm_call0(vm, c->fn);
  if (v_eq(vm, v, c->sentinel)) {
    c->fn = v_empty();
    return false;
  }
  *out = v;
  return true;
}

Value iter_callable(VM *vm, Value fn, Value sentinel) {
  Type *t = v_type(fn);
  if (!(t->call || t == &TYPE_TYPE || t == &TYPE_FUNCTION || t == &TYPE_BUILTIN))
    vm_raise(vm, &EXC_TypeError, "iter(v, w): v must be callable");
  CallIter *c = gc_alloc(vm, &TYPE_CALLITER, sizeof(CallIter));
  c->fn = fn;
  c->sentinel = sentinel;
  return v_obj(c);
}

Type TYPE_CALLITER = {.hdr = TYPE_HEADER, .name = "callable_iterator", .base = &TYPE_OBJECT,
                      .mark = calliter_mark, .repr = iter_repr, .iter = iter_self,
                      .next = calliter_next};
