/*
** list.c — the sequence types: list, tuple, range, slice, Ellipsis, and
** their iterators; list.sort; the repr recursion guard shared by every
** container.
**
** Lists keep a gc_realloc'd Value array (so memory is accounted) grown
** like CPython's list_resize. Code that iterates an arbitrary iterable
** (v_next may run a generator, hence the bytecode loop and the GC) roots
** what it holds with gc_push_root, per gc.h.
*/
#include <math.h>
#include <string.h>

#include "list.h"
#include "num.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "object.h"
#include "set.h"
#include "str.h"
#include "vm.h"

/* ---- repr recursion guard ----------------------------------------------- */

/* The containers being repr'd on this thread, innermost last. Deeper than
** REPR_MAX levels are not tracked: a cycle longer than that ends in
** RecursionError from vm_enter_c instead of "[...]". */
enum { REPR_MAX = 256 };
static _Thread_local Obj *repr_stack[REPR_MAX];
static _Thread_local int repr_depth;

typedef struct ReprCall {
  Value self, result;
  Value (*body)(VM *vm, Value self);
} ReprCall;

static void repr_call(VM *vm, void *ud) {
  ReprCall *c = ud;
  c->result = c->body(vm, c->self);
}

Value seq_repr_guard(VM *vm, Value self, const char *placeholder, Value (*body)(VM *vm, Value self)) {
  for (int i = 0; i < repr_depth && i < REPR_MAX; i++)
    if (repr_stack[i] == self.as.o) return str_from_cstr(vm, placeholder);
  vm_enter_c_why(vm, " while getting the repr of an object");
  bool outer = repr_depth == 0;
  if (repr_depth < REPR_MAX) repr_stack[repr_depth] = self.as.o;
  repr_depth++;
  if (!outer) {
    Value r = body(vm, self);
    repr_depth--;
    vm_leave_c(vm);
    return r;
  }
  /* The outermost repr catches exceptions so that the stack is emptied
  ** whatever happens below it. */
  ReprCall c = {self, v_none(), body};
  bool ok = vm_protect(vm, repr_call, &c);
  repr_depth = 0;
  if (!ok) vm_throw(vm, vm->exc);
  vm_leave_c(vm);
  return c.result;
}

/* "<open>" + ", ".join(repr(x) for x in items) + "<close>"; a one-item
** tuple gets its trailing comma. `owner` is a list or tuple whose items
** are re-read after every repr, as CPython does. Item reprs are collected
** in a List first, so nothing malloc'd is held while v_repr may raise. */
static Value repr_items(VM *vm, const char *open, Value owner, const char *close, bool tuple1) {
  List *parts = list_new(vm, 0);
  for (int64_t i = 0;; i++) {
    const Value *items = is_list(owner) ? as_list(owner)->items : as_tuple(owner)->items;
    int64_t n = is_list(owner) ? as_list(owner)->n : as_tuple(owner)->n;
    if (i >= n) break;
    list_append(vm, parts, v_repr(vm, items[i]));
  }
  size_t total = strlen(open) + strlen(close) + 2;
  for (int64_t i = 0; i < parts->n; i++) total += (size_t)as_str(parts->items[i])->nbytes + 2;
  StrBuf b = STRBUF_INIT;
  sb_reserve(&b, total);
  sb_puts(&b, open);
  for (int64_t i = 0; i < parts->n; i++) {
    if (i) sb_puts(&b, ", ");
    Str *p = as_str(parts->items[i]);
    sb_append(&b, p->data, (size_t)p->nbytes);
  }
  if (tuple1 && parts->n == 1) sb_putc(&b, ',');
  sb_puts(&b, close);
  return sb_finish(vm, &b);
}

/* ---- shared helpers ----------------------------------------------------- */

int64_t seq_index(VM *vm, int64_t i, int64_t len, const char *msg) {
  if (i < 0) i += len;
  if (i < 0 || i >= len) vm_raise(vm, &EXC_IndexError, "%s", msg);
  return i;
}

/* Builtin types that never convert to an index: for these the caller's
** TypeError is raised instead of asking v_index. */
static bool never_index(Value v) {
  if (!is_obj(v)) return !is_int(v) && !is_bool(v);
  Type *t = v_type(v);
  return t == &TYPE_STR || t == &TYPE_LIST || t == &TYPE_TUPLE || t == &TYPE_DICT || t == &TYPE_SET ||
         t == &TYPE_FROZENSET || t == &TYPE_RANGE || t == &TYPE_SLICE || t == &TYPE_COMPLEX ||
         t == &TYPE_ELLIPSIS;
}

/* A subscript: returns true with *out for an index, false for a slice;
** TypeError "<what> indices must be integers or slices, not <type>". */
static bool subscript(VM *vm, Value key, const char *what, int64_t *out) {
  if (is_int(key) || is_bool(key)) { *out = key.as.i; return true; }
  if (is_type(key, &TYPE_SLICE)) return false;
  if (never_index(key))
    vm_raise(vm, &EXC_TypeError, "%s indices must be integers or slices, not %s", what, v_typename(key));
  *out = v_index(vm, key, what);
  return true;
}

/* An integer argument (list.insert, range(), …). */
static int64_t int_arg(VM *vm, Value v) {
  if (is_int(v) || is_bool(v)) return v.as.i;
  if (is_bigint(v)) vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  if (never_index(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  return v_index(vm, v, "index");
}

/* Slice bound (None handled by the caller): ints, clamped big ints, or
** anything v_index accepts. */
static int64_t slice_bound(VM *vm, Value v, const char *msg) {
  if (is_int(v) || is_bool(v)) return v.as.i;
  if (is_bigint(v)) return mpz_sgn(as_bigint(v)->z) < 0 ? INT64_MIN : INT64_MAX;
  if (never_index(v)) vm_raise(vm, &EXC_TypeError, "%s", msg);
  return v_index(vm, v, "slice");
}

/* start/stop arguments of list.index / tuple.index, clamped like CPython. */
static void index_range(VM *vm, const Args *a, int64_t len, int64_t *start, int64_t *stop) {
  static const char *msg = "slice indices must be integers or have an __index__ method";
  *start = a->argc > 1 ? slice_bound(vm, a->argv[1], msg) : 0;
  *stop = a->argc > 2 ? slice_bound(vm, a->argv[2], msg) : INT64_MAX;
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
  if (*stop < 0) { *stop += len; if (*stop < 0) *stop = 0; }
}

static int64_t slice_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1) : 0;
  return start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1) : 0;
}

/* Lexicographic comparison of two item arrays (list and tuple richcmp). */
static Value items_richcmp(VM *vm, const Value *a, int64_t na, const Value *b, int64_t nb, CmpOp op) {
  if (na != nb && (op == CMP_EQ || op == CMP_NE)) return v_bool(op == CMP_NE);
  int64_t i = 0;
  for (; i < na && i < nb; i++)
    if (!v_eq(vm, a[i], b[i])) break;
  if (i >= na || i >= nb) {
    switch (op) {
    case CMP_LT: return v_bool(na < nb);
    case CMP_LE: return v_bool(na <= nb);
    case CMP_EQ: return v_bool(na == nb);
    case CMP_NE: return v_bool(na != nb);
    case CMP_GT: return v_bool(na > nb);
    default: return v_bool(na >= nb);
    }
  }
  if (op == CMP_EQ) return v_bool(false);
  if (op == CMP_NE) return v_bool(true);
  return v_bool(v_compare(vm, a[i], b[i], op));
}

/* True if `other` may implement the operator itself (ndarray …). */
static bool other_may_handle(Value other) {
  Type *t = v_type(other);
  if (!t->binop) return false;
  return t != &TYPE_INT && t != &TYPE_BOOL && t != &TYPE_FLOAT && t != &TYPE_COMPLEX && t != &TYPE_STR &&
         t != &TYPE_LIST && t != &TYPE_TUPLE && t != &TYPE_DICT && t != &TYPE_SET &&
         t != &TYPE_FROZENSET && t != &TYPE_RANGE && t != &TYPE_NONE;
}

static int64_t repeat_count(VM *vm, Value n) {
  if (is_int(n) || is_bool(n)) return n.as.i;
  if (is_bigint(n)) {
    if (mpz_sgn(as_bigint(n)->z) < 0) return 0;
    vm_raise(vm, &EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return v_index(vm, n, "repeat");
}

static Value iter_self(VM *vm, Value self) { (void)vm; return self; }

/* memmove for Value arrays that may be NULL when empty. */
static inline void vmove(Value *dst, const Value *src, int64_t n) {
  if (n > 0) memmove(dst, src, (size_t)n * sizeof(Value));
}

/* ---- list storage ------------------------------------------------------- */

/* The capacity a list grows to for `need` items (CPython's over-allocation). */
static int64_t grown_cap(int64_t need) { return (need + (need >> 3) + 6) & ~(int64_t)3; }

static void list_reserve(VM *vm, List *l, int64_t need) {
  if (need <= l->cap) return;
  if (need > (int64_t)(SIZE_MAX / sizeof(Value) / 2)) vm_raise_memory(vm);
  int64_t ncap = grown_cap(need);
  l->items = gc_realloc(vm, l->items, (size_t)l->cap * sizeof(Value), (size_t)ncap * sizeof(Value));
  l->cap = ncap;
}

/* Gives back memory after big shrinks. */
static void list_shrink(VM *vm, List *l) {
  if (l->cap > 64 && l->n < l->cap / 4) {
    int64_t ncap = l->n * 2 > 8 ? l->n * 2 : 8;
    l->items = gc_realloc(vm, l->items, (size_t)l->cap * sizeof(Value), (size_t)ncap * sizeof(Value));
    l->cap = ncap;
  }
}

List *list_new(VM *vm, int64_t capacity) {
  List *l = gc_alloc(vm, &TYPE_LIST, sizeof(List));
  l->n = 0;
  l->cap = 0;
  l->items = NULL;
  if (capacity > 0) {
    l->items = gc_realloc(vm, NULL, 0, (size_t)capacity * sizeof(Value));
    l->cap = capacity;
  }
  return l;
}

Value list_from(VM *vm, const Value *items, int64_t n) {
  List *l = list_new(vm, n);
  if (n) memcpy(l->items, items, (size_t)n * sizeof(Value));
  l->n = n;
  return v_obj(l);
}

void list_append(VM *vm, List *l, Value v) {
  if (l->n == l->cap) list_reserve(vm, l, l->n + 1);
  l->items[l->n++] = v;
}

bool list_append_nothrow(VM *vm, List *l, Value v) {
  if (l->n == l->cap) {
    size_t more = (size_t)(grown_cap(l->n + 1) - l->cap) * sizeof(Value);
    if (vm->mem_limit && vm->bytes_allocated + more > vm->mem_limit) return false;
    list_reserve(vm, l, l->n + 1);
  }
  l->items[l->n++] = v;
  return true;
}

/* Items of a list or tuple without copying; false for other types. */
static bool seq_items(Value v, const Value **items, int64_t *n) {
  if (is_list(v)) { *items = as_list(v)->items; *n = as_list(v)->n; return true; }
  if (is_tuple(v)) { *items = as_tuple(v)->items; *n = as_tuple(v)->n; return true; }
  return false;
}

/* Element i of an int64 range (0 <= i < len): it fits, but i * step alone
** may not, so the arithmetic wraps (unsigned) and lands on the exact value. */
static int64_t range_at(const Range *r, int64_t i) {
  return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

void list_extend(VM *vm, List *l, Value iterable) {
  const Value *src;
  int64_t n;
  if (seq_items(iterable, &src, &n)) {
    list_reserve(vm, l, l->n + n);
    src = is_list(iterable) ? as_list(iterable)->items : src; /* l.extend(l): reload after growth */
    vmove(l->items + l->n, src, n);
    l->n += n;
    return;
  }
  if (is_range(iterable) && !as_range(iterable)->big) {
    Range *r = as_range(iterable);
    list_reserve(vm, l, l->n + r->len);
    for (int64_t i = 0; i < r->len; i++) l->items[l->n++] = v_int(range_at(r, i));
    return;
  }
  if (is_range(iterable)) (void)v_len(vm, iterable); /* a big range too long for a list: OverflowError */
  Value it = v_iter(vm, iterable);
  gc_push_root(vm, v_obj(l));
  gc_push_root(vm, it);
  Value x;
  while (v_next(vm, it, &x)) list_append(vm, l, x);
  gc_pop_roots(vm, 2);
}

Value list_from_iterable(VM *vm, Value iterable) {
  List *l = list_new(vm, 0);
  list_extend(vm, l, iterable);
  return v_obj(l);
}

/* Replaces l[lo:hi] by src[0:n] (src must not alias l's buffer). */
static void list_replace(VM *vm, List *l, int64_t lo, int64_t hi, const Value *src, int64_t n) {
  int64_t d = n - (hi - lo);
  if (d > 0) list_reserve(vm, l, l->n + d);
  if (l->n > hi) memmove(l->items + hi + d, l->items + hi, (size_t)(l->n - hi) * sizeof(Value));
  if (n) memcpy(l->items + lo, src, (size_t)n * sizeof(Value));
  l->n += d;
  if (d < 0) list_shrink(vm, l);
}

static void reverse_values(Value *v, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
    Value t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

/* ---- list slots --------------------------------------------------------- */

static void list_mark(VM *vm, Obj *o) {
  List *l = (List *)o;
  gc_mark_values(vm, l->items, l->n);
}

static void list_finalize(VM *vm, Obj *o) {
  List *l = (List *)o;
  if (l->items) gc_free_buf(vm, l->items, (size_t)l->cap * sizeof(Value));
  l->items = NULL;
  l->cap = l->n = 0;
}

static Value list_repr_body(VM *vm, Value self) { return repr_items(vm, "[", self, "]", false); }

static Value list_repr(VM *vm, Value self) {
  if (as_list(self)->n == 0) return str_from_cstr(vm, "[]");
  return seq_repr_guard(vm, self, "[...]", list_repr_body);
}

static Value list_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return v_notimpl();
  return items_richcmp(vm, as_list(a)->items, as_list(a)->n, as_list(b)->items, as_list(b)->n, op);
}

/* out[0, total) = items[0, n) repeated (items may be out itself): for one
** item a store each (`[0.0] * n`; a memcpy call each took 3 ms at 1e6),
** else the copies made so far copied again, log(total / n) calls. */
static void fill_repeat(Value *out, const Value *items, int64_t n, int64_t total) {
  if (n == 1) {
    Value v = items[0];
    for (int64_t i = 0; i < total; i++) out[i] = v;
    return;
  }
  if (out != items) memcpy(out, items, (size_t)n * sizeof(Value));
  for (int64_t done = n; done < total;) {
    int64_t c = done < total - done ? done : total - done;
    memcpy(out + done, out, (size_t)c * sizeof(Value));
    done += c;
  }
}

static Value list_repeat(VM *vm, const Value *items, int64_t n, int64_t count) {
  if (count <= 0 || n == 0) return v_obj(list_new(vm, 0));
  if (n > INT64_MAX / 32 / count) vm_raise_memory(vm);
  List *r = list_new(vm, n * count);
  fill_repeat(r->items, items, n, n * count);
  r->n = n * count;
  return v_obj(r);
}

static Value list_binop(VM *vm, BinOp op, Value a, Value b) {
  if (op == BINOP_ADD) {
    if (!is_list(a)) return v_notimpl();
    if (!is_list(b)) {
      if (other_may_handle(b)) return v_notimpl();
      vm_raise(vm, &EXC_TypeError, "can only concatenate list (not \"%s\") to list", v_typename(b));
    }
    List *x = as_list(a), *y = as_list(b);
    List *r = list_new(vm, x->n + y->n);
    vmove(r->items, x->items, x->n);
    vmove(r->items + x->n, y->items, y->n);
    r->n = x->n + y->n;
    return v_obj(r);
  }
  if (op == BINOP_MUL) {
    Value l = is_list(a) ? a : b, n = is_list(a) ? b : a;
    if (!v_is_intlike(n)) {
      if (other_may_handle(n)) return v_notimpl();
      vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(n));
    }
    int64_t c = repeat_count(vm, n);
    return list_repeat(vm, as_list(l)->items, as_list(l)->n, c);
  }
  return v_notimpl();
}

static Value list_inplace(VM *vm, BinOp op, Value a, Value b) {
  if (!is_list(a)) return v_notimpl();
  List *l = as_list(a);
  if (op == BINOP_ADD) {
    list_extend(vm, l, b);
    return a;
  }
  if (op == BINOP_MUL) {
    if (!v_is_intlike(b)) {
      if (other_may_handle(b)) return v_notimpl();
      vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(b));
    }
    int64_t c = repeat_count(vm, b), n = l->n;
    if (c <= 0 || n == 0) {
      l->n = 0;
      list_shrink(vm, l);
      return a;
    }
    if (n > INT64_MAX / 32 / c) vm_raise_memory(vm);
    list_reserve(vm, l, n * c);
    fill_repeat(l->items, l->items, n, n * c);
    l->n = n * c;
    return a;
  }
  return v_notimpl();
}

static int64_t list_len(VM *vm, Value self) { (void)vm; return as_list(self)->n; }

static Value gather(VM *vm, const Value *items, int64_t start, int64_t step, int64_t n) {
  List *r = list_new(vm, n);
  for (int64_t i = 0; i < n; i++) r->items[i] = items[start + i * step];
  r->n = n;
  return v_obj(r);
}

static Value list_getitem(VM *vm, Value self, Value key) {
  List *l = as_list(self);
  int64_t i;
  if (subscript(vm, key, "list", &i)) {
    i = seq_index(vm, i, l->n, "list index out of range");
    return l->items[i];
  }
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, (Slice *)key.as.o, l->n, &start, &stop, &step);
  return gather(vm, l->items, start, step, n);
}

/* The items of an assigned value, as a list/tuple Value (materialised if
** needed; copied if it is the target list itself). */
static Value assigned_seq(VM *vm, List *l, Value v, const char *notiter) {
  if (is_list(v) && as_list(v) == l) return list_from(vm, l->items, l->n);
  if (is_list(v) || is_tuple(v)) return v;
  if (!v_type(v)->iter) vm_raise(vm, &EXC_TypeError, "%s", notiter);
  return list_from_iterable(vm, v);
}

static void list_ass_slice(VM *vm, List *l, Slice *sl, Value v) {
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, sl, l->n, &start, &stop, &step);
  const Value *src = NULL;
  int64_t m = 0;
  if (step == 1) {
    Value seq = assigned_seq(vm, l, v, "can only assign an iterable");
    seq_items(seq, &src, &m);
    if (stop < start) stop = start;
    list_replace(vm, l, start, stop, src, m);
    return;
  }
  Value seq = assigned_seq(vm, l, v, "must assign iterable to extended slice");
  seq_items(seq, &src, &m);
  if (m != n)
    vm_raise(vm, &EXC_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
             (long long)m, (long long)n);
  for (int64_t k = 0; k < n; k++) l->items[start + k * step] = src[k];
}

static void list_del_slice(VM *vm, List *l, Slice *sl) {
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, sl, l->n, &start, &stop, &step);
  if (n <= 0) return;
  if (step == 1) {
    list_replace(vm, l, start, start + n, NULL, 0);
    return;
  }
  if (step < 0) { /* walk the same positions upwards */
    start = start + step * (n - 1);
    step = -step;
  }
  int64_t w = start;
  for (int64_t r = start; r < l->n; r++) {
    if (r < start + step * n && (r - start) % step == 0) continue;
    l->items[w++] = l->items[r];
  }
  l->n = w;
  list_shrink(vm, l);
}

static void list_setitem(VM *vm, Value self, Value key, Value val) {
  List *l = as_list(self);
  int64_t i;
  if (subscript(vm, key, "list", &i)) {
    i = seq_index(vm, i, l->n, "list assignment index out of range");
    l->items[i] = val;
    return;
  }
  list_ass_slice(vm, l, (Slice *)key.as.o, val);
}

static void list_delitem(VM *vm, Value self, Value key) {
  List *l = as_list(self);
  int64_t i;
  if (subscript(vm, key, "list", &i)) {
    i = seq_index(vm, i, l->n, "list assignment index out of range");
    list_replace(vm, l, i, i + 1, NULL, 0);
    return;
  }
  list_del_slice(vm, l, (Slice *)key.as.o);
}

static int list_contains(VM *vm, Value self, Value item) {
  List *l = as_list(self);
  for (int64_t i = 0; i < l->n; i++)
    if (v_eq(vm, l->items[i], item)) return 1;
  return 0;
}

/* Iterators over lists, forwards and backwards (ListIter: list.h). */

static void listiter_mark(VM *vm, Obj *o) {
  ListIter *it = (ListIter *)o;
  if (it->l) gc_mark_obj(vm, &it->l->hdr);
}

static bool listiter_next(VM *vm, Value self, Value *out) {
  (void)vm;
  ListIter *it = (ListIter *)self.as.o;
  if (!it->l) return false;
  if (it->i >= it->l->n) { it->l = NULL; return false; }
  *out = it->l->items[it->i++];
  return true;
}

static bool listreviter_next(VM *vm, Value self, Value *out) {
  (void)vm;
  ListIter *it = (ListIter *)self.as.o;
  if (!it->l) return false;
  if (it->i < 0 || it->i >= it->l->n) { it->l = NULL; return false; }
  *out = it->l->items[it->i--];
  return true;
}

Type TYPE_LIST_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "list_iterator", .mark = listiter_mark,
    .iter = iter_self, .next = listiter_next,
};
Type TYPE_LIST_REVITERATOR = {
    .hdr = TYPE_HEADER, .name = "list_reverseiterator", .mark = listiter_mark,
    .iter = iter_self, .next = listreviter_next,
};

static Value list_iter(VM *vm, Value self) {
  ListIter *it = gc_alloc(vm, &TYPE_LIST_ITERATOR, sizeof(ListIter));
  it->l = as_list(self);
  it->i = 0;
  return v_obj(it);
}

Value list_reversed(VM *vm, List *l) {
  ListIter *it = gc_alloc(vm, &TYPE_LIST_REVITERATOR, sizeof(ListIter));
  it->l = l;
  it->i = l->n - 1;
  return v_obj(it);
}

/* ---- sort --------------------------------------------------------------- */

/*
** list.sort: the timsort CPython 3.11 runs (its listsort.txt describes it):
** natural runs, extended to minrun by binary insertion, merged by the
** powersort rule, galloping when one run wins often. Any stable sort gives
** the same order for a consistent `<`; this one also makes the same
** comparisons, so lists holding NaN (where `<` is not an order) come out
** exactly as in CPython. Keys and values move together; values may be the
** keys themselves (no key function). Comparison specialises on homogeneous
** int, float and str keys; otherwise v_compare(<). Sorting a reversed copy
** stably and reversing back gives CPython's reverse=True.
*/
typedef enum { SK_GENERIC, SK_INT, SK_FLOAT, SK_STR } SortKind;

typedef struct Sorter {
  VM *vm;
  SortKind kind;
  Value *k, *v;   /* the keys, the values (NULL: the keys) */
  Value *tk, *tv; /* scratch for the shorter run of a merge */
  int64_t n, min_gallop, npending;
  struct { int64_t base, len; int power; } pending[85];
} Sorter;

enum { MIN_GALLOP = 7 };

static inline bool sort_lt(Sorter *s, Value a, Value b) {
  switch (s->kind) {
  case SK_INT: return a.as.i < b.as.i;
  case SK_FLOAT: return a.as.f < b.as.f;
  case SK_STR: return str_cmp(as_str(a), as_str(b)) < 0;
  default: return v_compare(s->vm, a, b, CMP_LT);
  }
}

/* n items from (sk, sv)[i] to (dk, dv)[j]; the ranges may overlap. */
static inline void sort_move(const Sorter *s, Value *dk, Value *dv, int64_t j, const Value *sk, const Value *sv,
                             int64_t i, int64_t n) {
  memmove(dk + j, sk + i, (size_t)n * sizeof(Value));
  if (s->v) memmove(dv + j, sv + i, (size_t)n * sizeof(Value));
}

static void sort_reverse(Sorter *s, int64_t lo, int64_t hi) {
  reverse_values(s->k + lo, hi - lo);
  if (s->v) reverse_values(s->v + lo, hi - lo);
}

/* [lo, start) is sorted: inserts start..hi-1 into it one by one. */
static void binarysort(Sorter *s, int64_t lo, int64_t hi, int64_t start) {
  Value *k = s->k, *v = s->v;
  if (lo == start) start++;
  for (; start < hi; start++) {
    Value pk = k[start], pv = v ? v[start] : pk;
    int64_t l = lo, r = start;
    do {
      int64_t p = l + ((r - l) >> 1);
      if (sort_lt(s, pk, k[p])) r = p;
      else l = p + 1;
    } while (l < r);
    sort_move(s, k, v, l + 1, k, v, l, start - l);
    k[l] = pk;
    if (v) v[l] = pv;
  }
}

/* The length of the run at lo: ascending (a[i] <= a[i+1]) or strictly
** descending (*descending). */
static int64_t count_run(Sorter *s, int64_t lo, int64_t hi, bool *descending) {
  Value *k = s->k;
  *descending = false;
  if (++lo == hi) return 1;
  int64_t n = 2;
  if (sort_lt(s, k[lo], k[lo - 1])) {
    *descending = true;
    for (lo++; lo < hi && sort_lt(s, k[lo], k[lo - 1]); lo++) n++;
  } else {
    for (lo++; lo < hi && !sort_lt(s, k[lo], k[lo - 1]); lo++) n++;
  }
  return n;
}

/* In sorted a[0..n): the k with a[k-1] < key <= a[k] (gallop_left) or
** a[k-1] <= key < a[k] (right), searched outwards from a[hint]. */
static int64_t gallop(Sorter *s, Value key, const Value *a, int64_t n, int64_t hint, bool right) {
  int64_t lastofs = 0, ofs = 1, maxofs;
  /* right: key < a[i] ("after"), left: a[i] < key ("before") */
#define KEY_BEFORE(i) (right ? sort_lt(s, key, a[i]) : !sort_lt(s, a[i], key))
  if (KEY_BEFORE(hint)) { /* towards lower indices */
    maxofs = hint + 1;
    while (ofs < maxofs && KEY_BEFORE(hint - ofs)) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else { /* towards higher indices */
    maxofs = n - hint;
    while (ofs < maxofs && !KEY_BEFORE(hint + ofs)) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  /* the answer is in (lastofs, ofs] */
  for (lastofs++; lastofs < ofs;) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if (KEY_BEFORE(m)) ofs = m;
    else lastofs = m + 1;
  }
#undef KEY_BEFORE
  return ofs;
}

/* Merges the runs at a (na items) and b = a + na (nb), na <= nb, with the
** first of b below a[0] and the last of a above all of b: a goes to the
** scratch arrays and the merge fills from the left. */
static void merge_lo(Sorter *s, int64_t a0, int64_t na, int64_t b, int64_t nb) {
  Value *k = s->k, *v = s->v, *tk = s->tk, *tv = s->tv;
  sort_move(s, tk, tv, 0, k, v, a0, na);
  int64_t dest = a0, a = 0, min_gallop = s->min_gallop;
#define TAKE(dk, dv, di, sk, sv, si) (dk[di] = sk[si], v ? (void)(dv[di] = sv[si]) : (void)0)
  TAKE(k, v, dest, k, v, b), dest++, b++, nb--;
  if (nb == 0) goto done;
  if (na == 1) goto copy_b;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) { /* one at a time until a run wins min_gallop times in a row */
      if (sort_lt(s, k[b], tk[a])) {
        TAKE(k, v, dest, k, v, b), dest++, b++, bcount++, acount = 0;
        if (--nb == 0) goto done;
        if (bcount >= min_gallop) break;
      } else {
        TAKE(k, v, dest, tk, tv, a), dest++, a++, acount++, bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    min_gallop++;
    do { /* galloping: whole stretches at a time */
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      int64_t x = gallop(s, k[b], tk + a, na, 0, true);
      acount = x;
      if (x) {
        sort_move(s, k, v, dest, tk, tv, a, x);
        dest += x, a += x, na -= x;
        if (na == 1) goto copy_b;
        if (na == 0) goto done; /* only with an inconsistent < */
      }
      TAKE(k, v, dest, k, v, b), dest++, b++;
      if (--nb == 0) goto done;
      x = gallop(s, tk[a], k + b, nb, 0, false);
      bcount = x;
      if (x) {
        sort_move(s, k, v, dest, k, v, b, x);
        dest += x, b += x, nb -= x;
        if (nb == 0) goto done;
      }
      TAKE(k, v, dest, tk, tv, a), dest++, a++;
      if (--na == 1) goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    s->min_gallop = ++min_gallop;
  }
done:
  if (na) sort_move(s, k, v, dest, tk, tv, a, na);
  return;
copy_b: /* the last of a goes after the rest of b */
  sort_move(s, k, v, dest, k, v, b, nb);
  TAKE(k, v, dest + nb, tk, tv, a);
}

/* As merge_lo for na >= nb: b goes to the scratch arrays and the merge
** fills from the right. */
static void merge_hi(Sorter *s, int64_t a0, int64_t na, int64_t b0, int64_t nb) {
  Value *k = s->k, *v = s->v, *tk = s->tk, *tv = s->tv;
  sort_move(s, tk, tv, 0, k, v, b0, nb);
  int64_t dest = b0 + nb - 1, a = a0 + na - 1, b = nb - 1, min_gallop = s->min_gallop;
  TAKE(k, v, dest, k, v, a), dest--, a--;
  if (--na == 0) goto done;
  if (nb == 1) goto copy_a;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (sort_lt(s, tk[b], k[a])) {
        TAKE(k, v, dest, k, v, a), dest--, a--, acount++, bcount = 0;
        if (--na == 0) goto done;
        if (acount >= min_gallop) break;
      } else {
        TAKE(k, v, dest, tk, tv, b), dest--, b--, bcount++, acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    min_gallop++;
    do {
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      int64_t x = na - gallop(s, tk[b], k + a0, na, na - 1, true);
      acount = x;
      if (x) {
        dest -= x, a -= x;
        sort_move(s, k, v, dest + 1, k, v, a + 1, x);
        na -= x;
        if (na == 0) goto done;
      }
      TAKE(k, v, dest, tk, tv, b), dest--, b--;
      if (--nb == 1) goto copy_a;
      x = nb - gallop(s, k[a], tk, nb, nb - 1, false);
      bcount = x;
      if (x) {
        dest -= x, b -= x;
        sort_move(s, k, v, dest + 1, tk, tv, b + 1, x);
        nb -= x;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto done; /* only with an inconsistent < */
      }
      TAKE(k, v, dest, k, v, a), dest--, a--;
      if (--na == 0) goto done;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    s->min_gallop = ++min_gallop;
  }
done:
  if (nb) sort_move(s, k, v, dest - (nb - 1), tk, tv, 0, nb);
  return;
copy_a: /* the first of b goes before the rest of a */
  dest -= na, a -= na;
  sort_move(s, k, v, dest + 1, k, v, a + 1, na);
  TAKE(k, v, dest, tk, tv, b);
#undef TAKE
}

/* Merges pending runs i and i+1. */
static void merge_at(Sorter *s, int64_t i) {
  int64_t a = s->pending[i].base, na = s->pending[i].len;
  int64_t b = s->pending[i + 1].base, nb = s->pending[i + 1].len;
  s->pending[i].len = na + nb;
  if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
  s->npending--;
  /* what of a is already below b's first, and of b above a's last, stays */
  int64_t x = gallop(s, s->k[b], s->k + a, na, 0, true);
  a += x, na -= x;
  if (na == 0) return;
  nb = gallop(s, s->k[a + na - 1], s->k + b, nb, nb - 1, false);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(s, a, na, b, nb);
  else merge_hi(s, a, na, b, nb);
}

/* Powersort's node power of the boundary between runs [s1, s1+n1) and
** [s1+n1, s1+n1+n2) of n items: the first bit where their midpoints' binary
** fractions of n differ. */
static int run_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int64_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
  int power = 0;
  for (;;) {
    power++;
    if (a >= n) a -= n, b -= n;
    else if (b >= n) break;
    a <<= 1, b <<= 1;
  }
  return power;
}

static void push_run(Sorter *s, int64_t base, int64_t len) {
  if (s->npending) {
    int64_t top = s->npending - 1;
    int power = run_power(s->pending[top].base, s->pending[top].len, len, s->n);
    while (s->npending > 1 && s->pending[s->npending - 2].power > power) merge_at(s, s->npending - 2);
    s->pending[s->npending - 1].power = power;
  }
  s->pending[s->npending].base = base;
  s->pending[s->npending].len = len;
  s->npending++;
}

static int64_t min_run(int64_t n) {
  int64_t r = 0;
  while (n >= 64) r |= n & 1, n >>= 1;
  return n + r;
}

static void timsort(Sorter *s) {
  int64_t n = s->n, lo = 0, minrun = min_run(n);
  s->min_gallop = MIN_GALLOP;
  s->npending = 0;
  while (lo < n) {
    bool desc;
    int64_t run = count_run(s, lo, n, &desc);
    if (desc) sort_reverse(s, lo, lo + run);
    if (run < minrun) {
      int64_t force = n - lo < minrun ? n - lo : minrun;
      binarysort(s, lo, lo + force, lo + run);
      run = force;
    }
    push_run(s, lo, run);
    lo += run;
  }
  while (s->npending > 1) {
    int64_t i = s->npending - 2;
    if (i > 0 && s->pending[i - 1].len < s->pending[i + 1].len) i--;
    merge_at(s, i);
  }
}

static SortKind sort_kind(const Value *k, int64_t n) {
  bool ints = true, floats = true, strs = true;
  for (int64_t i = 0; i < n; i++) {
    ints &= is_int(k[i]);
    floats &= is_float(k[i]);
    strs &= is_str(k[i]);
  }
  return ints ? SK_INT : floats ? SK_FLOAT : strs ? SK_STR : SK_GENERIC;
}

/*
** All small ints and no key function: equal ints are indistinguishable, so
** stability does not matter and an LSD radix sort on the raw int64s (sign
** bit flipped, 11-bit digits, digits where every element agrees skipped)
** replaces ~n log n generic comparisons with a few linear passes. Returns
** false (nothing done) if the scratch memory is unavailable.
*/
enum { RADIX_BITS = 11, RADIX_SIZE = 1 << RADIX_BITS, RADIX_PASSES = (64 + RADIX_BITS - 1) / RADIX_BITS };

static bool radix_sort_ints(Value *items, int64_t n) {
  uint64_t *a = malloc((size_t)n * sizeof *a), *b = malloc((size_t)n * sizeof *b);
  uint32_t(*count)[RADIX_SIZE] = calloc(RADIX_PASSES, sizeof *count);
  if (!a || !b || !count) {
    free(a), free(b), free(count);
    return false;
  }
  for (int64_t i = 0; i < n; i++) {
    uint64_t u = (uint64_t)items[i].as.i ^ (1ULL << 63);
    a[i] = u;
    for (int p = 0; p < RADIX_PASSES; p++) count[p][(u >> (p * RADIX_BITS)) & (RADIX_SIZE - 1)]++;
  }
  for (int p = 0; p < RADIX_PASSES; p++) {
    uint32_t *c = count[p];
    unsigned shift = (unsigned)(p * RADIX_BITS);
    if (c[(a[0] >> shift) & (RADIX_SIZE - 1)] == (uint64_t)n) continue; /* all agree */
    uint32_t sum = 0;
    for (int d = 0; d < RADIX_SIZE; d++) {
      uint32_t t = c[d];
      c[d] = sum;
      sum += t;
    }
    for (int64_t i = 0; i < n; i++) b[c[(a[i] >> shift) & (RADIX_SIZE - 1)]++] = a[i];
    uint64_t *t = a;
    a = b;
    b = t;
  }
  for (int64_t i = 0; i < n; i++) items[i] = v_int((int64_t)(a[i] ^ (1ULL << 63)));
  free(a), free(b), free(count);
  return true;
}

/* Are the (small) ints in order already? A sorted list sorts in one pass,
** as under CPython's timsort (sorted(range(10**6)): 17 -> 3 ms). Equal ints
** are indistinguishable, so stability does not matter here either. */
static bool ints_ascending(const Value *items, int64_t n) {
  for (int64_t i = 1; i < n; i++)
    if (items[i].as.i < items[i - 1].as.i) return false;
  return true;
}

typedef struct SortJob {
  List *vals; /* copy of the items; sorted in place */
  Value key;
  bool reverse;
} SortJob;

/* Scratch list of n slots (all V_NONE so the GC can mark it any time). */
static List *scratch_list(VM *vm, int64_t n) {
  List *l = list_new(vm, n);
  for (int64_t i = 0; i < n; i++) l->items[i] = v_none();
  l->n = n;
  return l;
}

static void sort_body(VM *vm, void *ud) {
  SortJob *job = ud;
  List *vals = job->vals;
  int64_t n = vals->n;
  bool has_key = !is_empty(job->key) && !is_none(job->key);
  List *keys = vals;
  int roots = 0;
  if (has_key) {
    keys = list_new(vm, n);
    gc_push_root(vm, v_obj(keys));
    roots++;
    for (int64_t i = 0; i < n; i++) {
      Value k = vm_call1(vm, job->key, vals->items[i]);
      list_append(vm, keys, k);
    }
  }
  SortKind kind = has_key || n < 256 ? SK_GENERIC : sort_kind(keys->items, n);
  if (kind == SK_INT && (ints_ascending(keys->items, n) || (n <= UINT32_MAX && radix_sort_ints(keys->items, n)))) {
    if (job->reverse) reverse_values(keys->items, n);
  } else if (n > 1) {
    if (job->reverse) {
      reverse_values(keys->items, n);
      if (has_key) reverse_values(vals->items, n);
    }
    List *tk = scratch_list(vm, n / 2 + 1), *tv = has_key ? scratch_list(vm, n / 2 + 1) : NULL;
    Sorter s = {.vm = vm, .kind = sort_kind(keys->items, n), .k = keys->items, .v = has_key ? vals->items : NULL,
                .tk = tk->items, .tv = tv ? tv->items : NULL, .n = n};
    timsort(&s);
    if (job->reverse) {
      reverse_values(keys->items, n);
      if (has_key) reverse_values(vals->items, n);
    }
  }
  gc_pop_roots(vm, roots);
}

void list_sort(VM *vm, List *l, Value key, bool reverse) {
  int64_t n = l->n;
  bool has_key = !is_empty(key) && !is_none(key);
  if (n < 2 && !has_key) return;
  SortJob job = {NULL, key, reverse};
  job.vals = as_list(list_from(vm, l->items, n));
  gc_push_root(vm, v_obj(job.vals));
  gc_push_root(vm, key);
  /* Like CPython, the list looks empty while it is sorted, and a change
  ** made meanwhile (by the key function) is detected afterwards. */
  Value *saved = l->items;
  int64_t saved_cap = l->cap;
  l->items = NULL;
  l->n = l->cap = 0;
  bool ok = vm_protect(vm, sort_body, &job);
  bool modified = l->items != NULL || l->n != 0;
  if (l->items) gc_free_buf(vm, l->items, (size_t)l->cap * sizeof(Value));
  l->items = saved;
  l->cap = saved_cap;
  l->n = n;
  if (ok) vmove(l->items, job.vals->items, n);
  gc_pop_roots(vm, 2);
  if (!ok) vm_throw(vm, vm->exc);
  if (modified) vm_raise(vm, &EXC_ValueError, "list modified during sort");
}

/* ---- list methods ------------------------------------------------------- */

static Value lm_append(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.append", 1, 1);
  list_append(vm, as_list(self), a->argv[0]);
  return v_none();
}

bool list_is_append(CFunc fn) { return fn == lm_append; }

static Value lm_extend(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.extend", 1, 1);
  list_extend(vm, as_list(self), a->argv[0]);
  return v_none();
}

static Value lm_insert(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.insert", 2, 2);
  List *l = as_list(self);
  int64_t i = int_arg(vm, a->argv[0]);
  if (i < 0) { i += l->n; if (i < 0) i = 0; }
  if (i > l->n) i = l->n;
  list_replace(vm, l, i, i, &a->argv[1], 1);
  return v_none();
}

static Value lm_pop(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.pop", 0, 1);
  List *l = as_list(self);
  int64_t i = a->argc ? int_arg(vm, a->argv[0]) : -1;
  if (l->n == 0) vm_raise(vm, &EXC_IndexError, "pop from empty list");
  i = seq_index(vm, i, l->n, "pop index out of range");
  Value v = l->items[i];
  list_replace(vm, l, i, i + 1, NULL, 0);
  return v;
}

static Value lm_remove(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.remove", 1, 1);
  List *l = as_list(self);
  for (int64_t i = 0; i < l->n; i++)
    if (v_eq(vm, l->items[i], a->argv[0])) {
      list_replace(vm, l, i, i + 1, NULL, 0);
      return v_none();
    }
  vm_raise(vm, &EXC_ValueError, "list.remove(x): x not in list");
}

static Value lm_index(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.index", 1, 3);
  List *l = as_list(self);
  int64_t start, stop;
  index_range(vm, a, l->n, &start, &stop);
  for (int64_t i = start; i < stop && i < l->n; i++)
    if (v_eq(vm, l->items[i], a->argv[0])) return v_int(i);
  Str *r = as_str(v_repr(vm, a->argv[0]));
  vm_raise(vm, &EXC_ValueError, "%s is not in list", r->data);
}

static Value lm_count(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.count", 1, 1);
  List *l = as_list(self);
  int64_t c = 0;
  for (int64_t i = 0; i < l->n; i++) c += v_eq(vm, l->items[i], a->argv[0]);
  return v_int(c);
}

/* sort's reverse= is Argument Clinic's bool(accept={int}): an int (a C int),
** not any truthy value. V_EMPTY (absent) is False. */
bool list_sort_reverse_arg(VM *vm, Value v) {
  if (is_empty(v)) return false;
  v = v_index_operand(vm, v);
  if (!v_is_intlike(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  int64_t i;
  if (!int_fits_i64(v, &i) || i > INT32_MAX || i < INT32_MIN)
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C int");
  return i != 0;
}

static Value lm_sort(VM *vm, Value self, const Args *a) {
  Value out[2];
  args_parse(vm, a, "sort", "$key,reverse", out);
  bool rev = list_sort_reverse_arg(vm, out[1]);
  list_sort(vm, as_list(self), out[0], rev);
  return v_none();
}

static Value lm_reverse(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.reverse", 0, 0);
  reverse_values(as_list(self)->items, as_list(self)->n);
  return v_none();
}

static Value lm_copy(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.copy", 0, 0);
  return list_from(vm, as_list(self)->items, as_list(self)->n);
}

static Value lm_clear(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "list.clear", 0, 0);
  list_finalize(vm, self.as.o);
  return v_none();
}

static Value list_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "list() takes no keyword arguments");
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "list expected at most 1 argument, got %d", a->argc);
  if (a->argc == 0) return v_obj(list_new(vm, 0));
  return list_from_iterable(vm, a->argv[0]);
}

static const MethodDef list_methods[] = {
    {"append", lm_append}, {"extend", lm_extend}, {"insert", lm_insert}, {"pop", lm_pop},
    {"remove", lm_remove}, {"index", lm_index}, {"count", lm_count}, {"sort", lm_sort},
    {"reverse", lm_reverse}, {"copy", lm_copy}, {"clear", lm_clear}, {NULL, NULL},
};

Type TYPE_LIST = {
    .hdr = TYPE_HEADER,
    .name = "list",
    .mark = list_mark,
    .finalize = list_finalize,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .binop = list_binop,
    .inplace = list_inplace,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .delitem = list_delitem,
    .contains = list_contains,
    .iter = list_iter,
    .ctor = list_ctor,
    .methods = list_methods,
};

/* ---- tuple -------------------------------------------------------------- */

Tuple *tuple_new(VM *vm, int64_t n) {
  if (n < 0 || n > (int64_t)(SIZE_MAX / sizeof(Value) / 2)) vm_raise_memory(vm);
  Tuple *t = gc_alloc(vm, &TYPE_TUPLE, sizeof(Tuple) + (size_t)n * sizeof(Value));
  t->n = n;
  t->hash = -1;
  for (int64_t i = 0; i < n; i++) t->items[i] = v_none();
  return t;
}

Value tuple_from(VM *vm, const Value *items, int64_t n) {
  Tuple *t = tuple_new(vm, n);
  if (n) memcpy(t->items, items, (size_t)n * sizeof(Value));
  return v_obj(t);
}

Value tuple_pack2(VM *vm, Value a, Value b) {
  Tuple *t = tuple_new(vm, 2);
  t->items[0] = a;
  t->items[1] = b;
  return v_obj(t);
}

Value tuple_from_iterable(VM *vm, Value iterable) {
  if (is_tuple(iterable)) return iterable;
  if (is_list(iterable)) return tuple_from(vm, as_list(iterable)->items, as_list(iterable)->n);
  List *l = as_list(list_from_iterable(vm, iterable));
  return tuple_from(vm, l->items, l->n);
}

static void tuple_mark(VM *vm, Obj *o) {
  Tuple *t = (Tuple *)o;
  gc_mark_values(vm, t->items, t->n);
}

static Value tuple_repr_body(VM *vm, Value self) { return repr_items(vm, "(", self, ")", true); }

static Value tuple_repr(VM *vm, Value self) {
  if (as_tuple(self)->n == 0) return str_from_cstr(vm, "()");
  return seq_repr_guard(vm, self, "(...)", tuple_repr_body);
}

/* CPython 3.11's tuplehash (xxHash-based), so tuples hash as in CPython and
** sets of tuples iterate in CPython's order. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t hash_items(VM *vm, const Value *items, int64_t n) {
  uint64_t acc = XXPRIME_5;
  for (int64_t i = 0; i < n; i++) {
    uint64_t lane = (uint64_t)v_hash(vm, items[i]);
    acc += lane * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

static int64_t tuple_hash(VM *vm, Value self) {
  Tuple *t = as_tuple(self);
  if (t->hash == -1) t->hash = hash_items(vm, t->items, t->n);
  return t->hash;
}

static Value tuple_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!tuple_check(a) || !tuple_check(b)) return v_notimpl();
  return items_richcmp(vm, as_tuple(a)->items, as_tuple(a)->n, as_tuple(b)->items, as_tuple(b)->n, op);
}

static Value tuple_binop(VM *vm, BinOp op, Value a, Value b) {
  if (op == BINOP_ADD) {
    if (!tuple_check(a)) return v_notimpl();
    if (!tuple_check(b)) {
      if (other_may_handle(b)) return v_notimpl();
      vm_raise(vm, &EXC_TypeError, "can only concatenate tuple (not \"%s\") to tuple", v_typename(b));
    }
    Tuple *x = as_tuple(a), *y = as_tuple(b);
    /* the result is a plain tuple: a struct sequence is copied */
    if (y->n == 0 && is_tuple(a)) return a;
    if (x->n == 0 && is_tuple(b)) return b;
    Tuple *r = tuple_new(vm, x->n + y->n);
    vmove(r->items, x->items, x->n);
    vmove(r->items + x->n, y->items, y->n);
    return v_obj(r);
  }
  if (op == BINOP_MUL) {
    Value t = tuple_check(a) ? a : b, n = tuple_check(a) ? b : a;
    if (!v_is_intlike(n)) {
      if (other_may_handle(n)) return v_notimpl();
      vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(n));
    }
    int64_t c = repeat_count(vm, n);
    Tuple *x = as_tuple(t);
    if (c == 1 && is_tuple(t)) return t;
    if (c <= 0 || x->n == 0) return v_obj(tuple_new(vm, 0));
    if (x->n > INT64_MAX / 32 / c) vm_raise_memory(vm);
    Tuple *r = tuple_new(vm, x->n * c);
    fill_repeat(r->items, x->items, x->n, x->n * c);
    return v_obj(r);
  }
  return v_notimpl();
}

static int64_t tuple_len(VM *vm, Value self) { (void)vm; return as_tuple(self)->n; }

static Value tuple_getitem(VM *vm, Value self, Value key) {
  Tuple *t = as_tuple(self);
  int64_t i;
  if (subscript(vm, key, "tuple", &i)) {
    i = seq_index(vm, i, t->n, "tuple index out of range");
    return t->items[i];
  }
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, (Slice *)key.as.o, t->n, &start, &stop, &step);
  if (step == 1 && n == t->n && is_tuple(self)) return self;
  Tuple *r = tuple_new(vm, n);
  for (int64_t k = 0; k < n; k++) r->items[k] = t->items[start + k * step];
  return v_obj(r);
}

static int tuple_contains(VM *vm, Value self, Value item) {
  Tuple *t = as_tuple(self);
  for (int64_t i = 0; i < t->n; i++)
    if (v_eq(vm, t->items[i], item)) return 1;
  return 0;
}

typedef struct TupleIter {
  Obj hdr;
  Tuple *t;
  int64_t i;
} TupleIter;

static void tupleiter_mark(VM *vm, Obj *o) {
  TupleIter *it = (TupleIter *)o;
  if (it->t) gc_mark_obj(vm, &it->t->hdr);
}

static bool tupleiter_next(VM *vm, Value self, Value *out) {
  (void)vm;
  TupleIter *it = (TupleIter *)self.as.o;
  if (!it->t) return false;
  if (it->i >= it->t->n) { it->t = NULL; return false; }
  *out = it->t->items[it->i++];
  return true;
}

static Type TYPE_TUPLE_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "tuple_iterator", .mark = tupleiter_mark,
    .iter = iter_self, .next = tupleiter_next,
};

static Value tuple_iter(VM *vm, Value self) {
  TupleIter *it = gc_alloc(vm, &TYPE_TUPLE_ITERATOR, sizeof(TupleIter));
  it->t = as_tuple(self);
  it->i = 0;
  return v_obj(it);
}

static Value tm_index(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "tuple.index", 1, 3);
  Tuple *t = as_tuple(self);
  int64_t start, stop;
  index_range(vm, a, t->n, &start, &stop);
  for (int64_t i = start; i < stop && i < t->n; i++)
    if (v_eq(vm, t->items[i], a->argv[0])) return v_int(i);
  vm_raise(vm, &EXC_ValueError, "tuple.index(x): x not in tuple");
}

static Value tm_count(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "tuple.count", 1, 1);
  Tuple *t = as_tuple(self);
  int64_t c = 0;
  for (int64_t i = 0; i < t->n; i++) c += v_eq(vm, t->items[i], a->argv[0]);
  return v_int(c);
}

static Value tuple_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "tuple() takes no keyword arguments");
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "tuple expected at most 1 argument, got %d", a->argc);
  if (a->argc == 0) return v_obj(tuple_new(vm, 0));
  return tuple_from_iterable(vm, a->argv[0]);
}

static const MethodDef tuple_methods[] = {{"index", tm_index}, {"count", tm_count}, {NULL, NULL}};

Type TYPE_TUPLE = {
    .hdr = TYPE_HEADER,
    .name = "tuple",
    .mark = tuple_mark,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .binop = tuple_binop,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .ctor = tuple_ctor,
    .methods = tuple_methods,
};

/* ---- struct sequences ------------------------------------------------------ */

static Value structseq_repr_body(VM *vm, Value self) {
  const StructSeqType *t = (const StructSeqType *)self.as.o->type;
  Tuple *tu = as_tuple(self);
  /* the items' reprs first: one may raise, and the buffer is malloc'd */
  List *parts = list_new(vm, tu->n);
  for (int64_t i = 0; i < tu->n; i++) list_append(vm, parts, v_repr(vm, tu->items[i]));
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "%s(", t->type.name);
  for (int64_t i = 0; i < parts->n; i++) {
    Str *r = as_str(parts->items[i]);
    sb_printf(&b, "%s%s=", i ? ", " : "", t->fields[i]);
    sb_append(&b, r->data, (size_t)r->nbytes);
  }
  sb_putc(&b, ')');
  return sb_finish(vm, &b);
}

static Value structseq_repr(VM *vm, Value self) {
  return seq_repr_guard(vm, self, "(...)", structseq_repr_body);
}

/* The named fields, and CPython's n_fields / n_sequence_fields /
** n_unnamed_fields (every field of these is named and in the sequence). */
static Value structseq_getattr(VM *vm, Value self, Str *name) {
  const StructSeqType *t = (const StructSeqType *)self.as.o->type;
  Tuple *tu = as_tuple(self);
  for (int64_t i = 0; i < tu->n; i++)
    if (str_eq_c(name, t->fields[i])) return tu->items[i];
  if (str_eq_c(name, "n_fields") || str_eq_c(name, "n_sequence_fields")) return v_int(tu->n);
  if (str_eq_c(name, "n_unnamed_fields")) return v_int(0);
  (void)vm;
  return v_empty();
}

void structseq_type_init(StructSeqType *t, const char *name, const char *const *fields) {
  t->type = (Type){
      .hdr = TYPE_HEADER, .name = name, .base = &TYPE_TUPLE, .mark = tuple_mark,
      .repr = structseq_repr, .hash = tuple_hash, .richcmp = tuple_richcmp,
      .binop = tuple_binop, .len = tuple_len, .getitem = tuple_getitem,
      .contains = tuple_contains, .iter = tuple_iter, .getattr = structseq_getattr,
  };
  t->fields = fields;
}

Value structseq_new(VM *vm, StructSeqType *t, const Value *items) {
  int64_t n = 0;
  while (t->fields[n]) n++;
  Tuple *tu = gc_alloc(vm, &t->type, sizeof(Tuple) + (size_t)n * sizeof(Value));
  tu->n = n;
  tu->hash = -1;
  if (n) memcpy(tu->items, items, (size_t)n * sizeof(Value));
  return v_obj(tu);
}

/* ---- range -------------------------------------------------------------- */

/* A range whose start, stop, step and length all fit int64 keeps them in
** Range's int64 fields (the VM's FORPREP fast path reads them). Any other
** range is "big": r->big holds (start, stop, step, len) as int values and
** the int64 fields are zero; every operation then works on int values
** (CPython's longrange). */

static Value ri_add(VM *vm, Value a, Value b) { return num_binop(vm, BINOP_ADD, a, b); }
static Value ri_sub(VM *vm, Value a, Value b) { return num_binop(vm, BINOP_SUB, a, b); }
static Value ri_mul(VM *vm, Value a, Value b) { return num_binop(vm, BINOP_MUL, a, b); }
static bool ri_lt(VM *vm, Value a, Value b) { return num_richcmp(vm, a, b, CMP_LT).as.i != 0; }
static bool ri_eq(VM *vm, Value a, Value b) { return num_richcmp(vm, a, b, CMP_EQ).as.i != 0; }

enum { RG_START, RG_STOP, RG_STEP, RG_LEN };

/* Field k of r as an int value, whatever the representation. */
static Value rg(Range *r, int k) {
  if (r->big) return r->big->items[k];
  int64_t f[4] = {r->start, r->stop, r->step, r->len};
  return v_int(f[k]);
}

static Range *range_alloc(VM *vm, int64_t start, int64_t stop, int64_t step, int64_t len) {
  Range *r = gc_alloc(vm, &TYPE_RANGE, sizeof(Range));
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = len;
  r->big = NULL;
  return r;
}

/* range(start, stop, step) from int values (small or big; no bools). */
static Value range_make(VM *vm, Value start, Value stop, Value step) {
  if (int_sign(step) == 0) vm_raise(vm, &EXC_ValueError, "range() arg 3 must not be zero");
  int64_t a, b, c;
  if (int_fits_i64(start, &a) && int_fits_i64(stop, &b) && int_fits_i64(step, &c)) {
    uint64_t len = 0;
    if (c > 0 && a < b) len = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)c + 1;
    else if (c < 0 && a > b) len = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)c) + 1;
    if (len <= (uint64_t)INT64_MAX) return v_obj(range_alloc(vm, a, b, c, (int64_t)len));
  }
  /* len = (hi - lo - 1) // |step| + 1 when the range is not empty */
  Value len = v_int(0), one = v_int(1);
  if (int_sign(step) > 0 && ri_lt(vm, start, stop))
    len = ri_add(vm, num_binop(vm, BINOP_FLOORDIV, ri_sub(vm, ri_sub(vm, stop, start), one), step), one);
  else if (int_sign(step) < 0 && ri_lt(vm, stop, start))
    len = ri_add(vm, num_binop(vm, BINOP_FLOORDIV, ri_sub(vm, ri_sub(vm, start, stop), one),
                               num_unop(vm, UNOP_NEG, step)), one);
  Range *r = range_alloc(vm, 0, 0, 0, 0);
  Value f[4] = {start, stop, step, len};
  r->big = as_tuple(tuple_from(vm, f, 4));
  return v_obj(r);
}

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
  return range_make(vm, v_int(start), v_int(stop), v_int(step));
}

/* An int argument of range(): small or big int, bool as int, __index__. */
static Value range_arg(VM *vm, Value v) {
  if (is_int(v) || is_bigint(v)) return v;
  if (is_bool(v)) return v_int(v.as.i);
  if (never_index(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  return v_int(v_index(vm, v, "index"));
}

static Value range_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "range() takes no keyword arguments");
  if (a->argc < 1) vm_raise(vm, &EXC_TypeError, "range expected at least 1 argument, got %d", a->argc);
  if (a->argc > 3) vm_raise(vm, &EXC_TypeError, "range expected at most 3 arguments, got %d", a->argc);
  if (a->argc == 1) return range_make(vm, v_int(0), range_arg(vm, a->argv[0]), v_int(1));
  Value start = range_arg(vm, a->argv[0]), stop = range_arg(vm, a->argv[1]);
  Value step = a->argc == 3 ? range_arg(vm, a->argv[2]) : v_int(1);
  return range_make(vm, start, stop, step);
}

static void range_mark(VM *vm, Obj *o) {
  Range *r = (Range *)o;
  if (r->big) gc_mark_obj(vm, &r->big->hdr);
}

static Value range_repr(VM *vm, Value self) {
  Range *r = as_range(self);
  if (!r->big) {
    if (r->step == 1) return str_printf(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
  }
  Str *a = as_str(v_repr(vm, rg(r, RG_START))), *b = as_str(v_repr(vm, rg(r, RG_STOP)));
  Value step = rg(r, RG_STEP);
  if (is_int(step) && step.as.i == 1) return str_printf(vm, "range(%s, %s)", a->data, b->data);
  return str_printf(vm, "range(%s, %s, %s)", a->data, b->data, as_str(v_repr(vm, step))->data);
}

static int64_t range_len(VM *vm, Value self) {
  Range *r = as_range(self);
  int64_t n;
  if (!r->big) return r->len;
  if (!int_fits_i64(rg(r, RG_LEN), &n)) vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

static bool range_truthy(VM *vm, Value self) {
  (void)vm;
  return int_sign(rg(as_range(self), RG_LEN)) != 0;
}

/* An index or slice bound as an int value (small or big). */
static Value index_value(VM *vm, Value v, const char *msg) {
  if (is_int(v) || is_bigint(v)) return v;
  if (is_bool(v)) return v_int(v.as.i);
  if (never_index(v)) vm_raise(vm, &EXC_TypeError, "%s", msg);
  return v_int(v_index(vm, v, "slice"));
}

/* CPython's _PySlice_GetLongIndices: slice bounds adjusted to a length
** given as an int value. */
static void slice_indices_v(VM *vm, Slice *s, Value len, Value *pstart, Value *pstop, Value *pstep) {
  static const char *msg = "slice indices must be integers or None or have an __index__ method";
  Value step = is_none(s->step) ? v_int(1) : index_value(vm, s->step, msg);
  if (int_sign(step) == 0) vm_raise(vm, &EXC_ValueError, "slice step cannot be zero");
  bool neg = int_sign(step) < 0;
  Value lower = v_int(neg ? -1 : 0), upper = neg ? ri_add(vm, len, v_int(-1)) : len;
  Value b[2] = {s->start, s->stop};
  for (int k = 0; k < 2; k++) {
    if (is_none(b[k])) {
      b[k] = (k == 0) == neg ? upper : lower;
      continue;
    }
    Value x = index_value(vm, b[k], msg);
    if (int_sign(x) < 0) {
      x = ri_add(vm, x, len);
      if (ri_lt(vm, x, lower)) x = lower;
    } else if (ri_lt(vm, upper, x)) {
      x = upper;
    }
    b[k] = x;
  }
  *pstart = b[0];
  *pstop = b[1];
  *pstep = step;
}

static Value range_getitem(VM *vm, Value self, Value key) {
  Range *r = as_range(self);
  if (!is_type(key, &TYPE_SLICE)) {
    if (!r->big && (is_int(key) || is_bool(key))) {
      int64_t i = seq_index(vm, key.as.i, r->len, "range object index out of range");
      return v_int(range_at(r, i));
    }
    if (never_index(key))
      vm_raise(vm, &EXC_TypeError, "range indices must be integers or slices, not %s", v_typename(key));
    Value i = index_value(vm, key, "");
    Value len = rg(r, RG_LEN);
    if (int_sign(i) < 0) i = ri_add(vm, i, len);
    if (int_sign(i) < 0 || !ri_lt(vm, i, len)) vm_raise(vm, &EXC_IndexError, "range object index out of range");
    return ri_add(vm, rg(r, RG_START), ri_mul(vm, i, rg(r, RG_STEP)));
  }
  /* compute_slice: element positions mapped through the range. */
  Value start, stop, step, rstart = rg(r, RG_START), rstep = rg(r, RG_STEP);
  slice_indices_v(vm, (Slice *)key.as.o, rg(r, RG_LEN), &start, &stop, &step);
  return range_make(vm, ri_add(vm, rstart, ri_mul(vm, start, rstep)), ri_add(vm, rstart, ri_mul(vm, stop, rstep)),
                    ri_mul(vm, step, rstep));
}

/* Position of int x in an int64 range r, or -1. */
static int64_t range_find_int(Range *r, int64_t x) {
  if (r->len == 0) return -1;
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
  /* x lies between start and stop, so the distance fits in uint64 */
  uint64_t d = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
  uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
  if (d % st != 0) return -1;
  return (int64_t)(d / st);
}

/* Position of int value x (small or big) in any range r, or None. */
static Value range_find(VM *vm, Range *r, Value x) {
  int64_t i;
  if (!r->big && int_fits_i64(x, &i)) {
    i = range_find_int(r, i);
    return i < 0 ? v_none() : v_int(i);
  }
  if (!r->big || int_sign(rg(r, RG_LEN)) == 0) return v_none();
  Value start = rg(r, RG_START), stop = rg(r, RG_STOP), step = rg(r, RG_STEP);
  if (int_sign(step) > 0 ? (ri_lt(vm, x, start) || !ri_lt(vm, x, stop)) : (ri_lt(vm, start, x) || !ri_lt(vm, stop, x)))
    return v_none();
  Value qr = num_divmod(vm, ri_sub(vm, x, start), step);
  if (int_sign(as_tuple(qr)->items[1]) != 0) return v_none();
  return as_tuple(qr)->items[0];
}

/* An int-valued key for O(1) membership: ints, bools, integral floats.
** *never: the key cannot equal any element (a non-integral float). */
static bool range_int_key(VM *vm, Value v, Value *out, bool *never) {
  *never = false;
  if (is_int(v) || is_bigint(v)) { *out = v; return true; }
  if (is_bool(v)) { *out = v_int(v.as.i); return true; }
  if (is_float(v)) {
    double f = v.as.f;
    if (!isfinite(f) || f != floor(f)) { *never = true; return false; }
    *out = int_from_double(vm, f);
    return true;
  }
  return false;
}

/* CPython's linear search for keys that are not ints: the position of the
** first element equal to x (None if absent), or with `count` how many are. */
static Value range_search(VM *vm, Range *r, Value x, bool count) {
  Value it = v_iter(vm, v_obj(r)), e;
  gc_push_root(vm, it);
  int64_t i = 0, c = 0;
  while (v_next(vm, it, &e)) {
    if (v_eq(vm, e, x)) {
      if (!count) { gc_pop_roots(vm, 1); return v_int(i); }
      c++;
    }
    i++;
  }
  gc_pop_roots(vm, 1);
  return count ? v_int(c) : v_none();
}

static int range_contains(VM *vm, Value self, Value item) {
  Range *r = as_range(self);
  Value x;
  bool never;
  if (range_int_key(vm, item, &x, &never)) return !is_none(range_find(vm, r, x));
  if (never) return 0;
  return !is_none(range_search(vm, r, item, false));
}

static Value range_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_range(a) || !is_range(b) || (op != CMP_EQ && op != CMP_NE)) return v_notimpl();
  Range *x = as_range(a), *y = as_range(b);
  Value len = rg(x, RG_LEN);
  bool eq;
  if (!ri_eq(vm, len, rg(y, RG_LEN))) eq = false;
  else if (int_sign(len) == 0) eq = true;
  else if (!ri_eq(vm, rg(x, RG_START), rg(y, RG_START))) eq = false;
  else if (is_int(len) && len.as.i == 1) eq = true;
  else eq = ri_eq(vm, rg(x, RG_STEP), rg(y, RG_STEP));
  return v_bool(op == CMP_EQ ? eq : !eq);
}

/* hash((len, start, step)) with start/step None where they don't matter. */
static int64_t range_hash(VM *vm, Value self) {
  Range *r = as_range(self);
  Value t[3] = {rg(r, RG_LEN), rg(r, RG_START), rg(r, RG_STEP)};
  if (int_sign(t[0]) == 0) t[1] = t[2] = v_none();
  else if (is_int(t[0]) && t[0].as.i == 1) t[2] = v_none();
  return hash_items(vm, t, 3);
}

static Value range_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  Range *r = as_range(self);
  if (str_eq_c(name, "start")) return rg(r, RG_START);
  if (str_eq_c(name, "stop")) return rg(r, RG_STOP);
  if (str_eq_c(name, "step")) return rg(r, RG_STEP);
  return v_empty();
}

static Value rm_count(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "range.count", 1, 1);
  Range *r = as_range(self);
  Value x = a->argv[0];
  if (is_int(x) || is_bool(x) || is_bigint(x))
    return v_int(!is_none(range_find(vm, r, is_bool(x) ? v_int(x.as.i) : x)));
  return range_search(vm, r, x, true);
}

static Value rm_index(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "range.index", 1, 1);
  Range *r = as_range(self);
  Value x = a->argv[0], i;
  bool exact_int = is_int(x) || is_bool(x) || is_bigint(x);
  if (exact_int) i = range_find(vm, r, is_bool(x) ? v_int(x.as.i) : x);
  else i = range_search(vm, r, x, false);
  if (!is_none(i)) return i;
  /* anything but an int is searched by iteration: CPython's generic words */
  if (!exact_int) vm_raise(vm, &EXC_ValueError, "sequence.index(x): x not in sequence");
  Str *s = as_str(v_repr(vm, x));
  vm_raise(vm, &EXC_ValueError, "%s is not in range", s->data);
}

static bool rangeiter_next(VM *vm, Value self, Value *out) {
  (void)vm;
  RangeIter *it = (RangeIter *)self.as.o;
  if (it->left <= 0) return false;
  *out = v_int(it->next);
  if (--it->left > 0) it->next += it->step;
  return true;
}

Type TYPE_RANGE_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "range_iterator", .iter = iter_self, .next = rangeiter_next,
};

static Value range_iter_new(VM *vm, int64_t first, int64_t step, int64_t len) {
  RangeIter *it = gc_alloc(vm, &TYPE_RANGE_ITERATOR, sizeof(RangeIter));
  it->next = first;
  it->step = step;
  it->left = len;
  return v_obj(it);
}

/* Iterator over a big range: int values throughout. */
typedef struct LongRangeIter {
  Obj hdr;
  Value next, step, left;
} LongRangeIter;

static bool longrangeiter_next(VM *vm, Value self, Value *out) {
  LongRangeIter *it = (LongRangeIter *)self.as.o;
  if (int_sign(it->left) <= 0) return false;
  *out = it->next;
  it->left = ri_add(vm, it->left, v_int(-1));
  if (int_sign(it->left) > 0) it->next = ri_add(vm, it->next, it->step);
  return true;
}

static void longrangeiter_mark(VM *vm, Obj *o) {
  LongRangeIter *it = (LongRangeIter *)o;
  gc_mark_value(vm, it->next);
  gc_mark_value(vm, it->step);
  gc_mark_value(vm, it->left);
}

static Type TYPE_LONGRANGE_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "longrange_iterator", .mark = longrangeiter_mark,
    .iter = iter_self, .next = longrangeiter_next,
};

static Value longrange_iter_new(VM *vm, Value first, Value step, Value len) {
  LongRangeIter *it = gc_alloc(vm, &TYPE_LONGRANGE_ITERATOR, sizeof(LongRangeIter));
  it->next = first;
  it->step = step;
  it->left = len;
  return v_obj(it);
}

static Value range_iter(VM *vm, Value self) {
  Range *r = as_range(self);
  if (r->big) return longrange_iter_new(vm, rg(r, RG_START), rg(r, RG_STEP), rg(r, RG_LEN));
  return range_iter_new(vm, r->start, r->step, r->len);
}

Value range_reversed(VM *vm, Range *r) {
  if (r->big) {
    Value len = rg(r, RG_LEN), step = rg(r, RG_STEP);
    if (int_sign(len) == 0) return range_iter_new(vm, 0, 1, 0);
    Value last = ri_add(vm, rg(r, RG_START), ri_mul(vm, ri_add(vm, len, v_int(-1)), step));
    return longrange_iter_new(vm, last, num_unop(vm, UNOP_NEG, step), len);
  }
  if (r->len == 0) return range_iter_new(vm, 0, 1, 0);
  /* the last element fits; -step may not (step == INT64_MIN) */
  int64_t last = range_at(r, r->len - 1);
  if (r->step == INT64_MIN)
    return longrange_iter_new(vm, v_int(last), num_unop(vm, UNOP_NEG, v_int(r->step)), v_int(r->len));
  return range_iter_new(vm, last, -r->step, r->len);
}

static const MethodDef range_methods[] = {{"count", rm_count}, {"index", rm_index}, {NULL, NULL}};

Type TYPE_RANGE = {
    .hdr = TYPE_HEADER,
    .name = "range",
    .mark = range_mark,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truthy = range_truthy,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .getattr = range_getattr,
    .ctor = range_ctor,
    .methods = range_methods,
};

/* ---- slice -------------------------------------------------------------- */

Value slice_new(VM *vm, Value start, Value stop, Value step) {
  Slice *s = gc_alloc(vm, &TYPE_SLICE, sizeof(Slice));
  s->start = is_empty(start) ? v_none() : start;
  s->stop = is_empty(stop) ? v_none() : stop;
  s->step = is_empty(step) ? v_none() : step;
  return v_obj(s);
}

int64_t slice_indices(VM *vm, Slice *s, int64_t len, int64_t *pstart, int64_t *pstop, int64_t *pstep) {
  static const char *msg = "slice indices must be integers or None or have an __index__ method";
  int64_t step = 1, start, stop;
  if (!is_none(s->step)) {
    step = slice_bound(vm, s->step, msg);
    if (step == 0) vm_raise(vm, &EXC_ValueError, "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX; /* so that -step cannot overflow */
  }
  start = is_none(s->start) ? (step < 0 ? INT64_MAX : 0) : slice_bound(vm, s->start, msg);
  stop = is_none(s->stop) ? (step < 0 ? INT64_MIN : INT64_MAX) : slice_bound(vm, s->stop, msg);
  /* PySlice_AdjustIndices */
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  *pstart = start;
  *pstop = stop;
  *pstep = step;
  return slice_len(start, stop, step);
}

static void slice_mark(VM *vm, Obj *o) {
  Slice *s = (Slice *)o;
  gc_mark_value(vm, s->start);
  gc_mark_value(vm, s->stop);
  gc_mark_value(vm, s->step);
}

static Value slice_repr(VM *vm, Value self) {
  Slice *s = (Slice *)self.as.o;
  Value parts[3] = {s->start, s->stop, s->step};
  return repr_items(vm, "slice(", tuple_from(vm, parts, 3), ")", false);
}

static Value slice_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_type(a, &TYPE_SLICE) || !is_type(b, &TYPE_SLICE)) return v_notimpl();
  Slice *x = (Slice *)a.as.o, *y = (Slice *)b.as.o;
  Value tx[3] = {x->start, x->stop, x->step}, ty[3] = {y->start, y->stop, y->step};
  return items_richcmp(vm, tx, 3, ty, 3, op);
}

static Value slice_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  Slice *s = (Slice *)self.as.o;
  if (str_eq_c(name, "start")) return s->start;
  if (str_eq_c(name, "stop")) return s->stop;
  if (str_eq_c(name, "step")) return s->step;
  return v_empty();
}

static Value sm_indices(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "slice.indices", 1, 1);
  Value lv = a->argv[0];
  if (!v_is_intlike(lv) && never_index(lv))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(lv));
  int64_t len = int_arg(vm, lv);
  if (len < 0) vm_raise(vm, &EXC_ValueError, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(vm, (Slice *)self.as.o, len, &start, &stop, &step);
  Tuple *t = tuple_new(vm, 3);
  t->items[0] = v_int(start);
  t->items[1] = v_int(stop);
  t->items[2] = v_int(step);
  return v_obj(t);
}

static Value slice_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "slice() takes no keyword arguments");
  if (a->argc < 1) vm_raise(vm, &EXC_TypeError, "slice expected at least 1 argument, got %d", a->argc);
  if (a->argc > 3) vm_raise(vm, &EXC_TypeError, "slice expected at most 3 arguments, got %d", a->argc);
  if (a->argc == 1) return slice_new(vm, v_none(), a->argv[0], v_none());
  return slice_new(vm, a->argv[0], a->argv[1], a->argc == 3 ? a->argv[2] : v_none());
}

static const MethodDef slice_methods[] = {{"indices", sm_indices}, {NULL, NULL}};

Type TYPE_SLICE = {
    .hdr = TYPE_HEADER,
    .name = "slice",
    .mark = slice_mark,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .getattr = slice_getattr,
    .ctor = slice_ctor,
    .methods = slice_methods,
};

/* ---- Ellipsis ----------------------------------------------------------- */

static Obj ellipsis_obj = {.type = &TYPE_ELLIPSIS, .gc_next = NULL, .gc_flags = GC_STATIC, .aux = 0};

Value ellipsis_value(void) { return v_obj(&ellipsis_obj); }

static Value ellipsis_repr(VM *vm, Value self) { (void)self; return str_from_cstr(vm, "Ellipsis"); }
static int64_t ellipsis_hash(VM *vm, Value self) {
  (void)vm;
  return (int64_t)(((uintptr_t)self.as.o >> 4) | ((uintptr_t)self.as.o << 60));
}
static bool ellipsis_truthy(VM *vm, Value self) { (void)vm; (void)self; return true; }

static Value ellipsis_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc || a->nkw) vm_raise(vm, &EXC_TypeError, "ellipsis takes no arguments");
  return ellipsis_value();
}

Type TYPE_ELLIPSIS = {
    .hdr = TYPE_HEADER,
    .name = "ellipsis",
    .repr = ellipsis_repr,
    .hash = ellipsis_hash,
    .truthy = ellipsis_truthy,
    .ctor = ellipsis_ctor,
};
