/*
** object.c — the generic object protocol (dispatch on type slots, CPython's
** TypeError messages), argument binding for C functions, and the small
** built-in types that belong to no other module: type, object, NoneType,
** NotImplementedType, module, builtin_function_or_method, cell.
*/
#include "object.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "str.h"
#include "vm.h"

const char *const binop_symbol[BINOP__COUNT] = {
#define X(name, sym) sym,
    BINOPS(X)
#undef X
};
const char *const cmpop_symbol[CMP__COUNT] = {
#define X(name, sym) sym,
    CMPOPS(X)
#undef X
};
const char *const unop_symbol[UNOP__COUNT] = {
#define X(name, sym) sym,
    UNOPS(X)
#undef X
};

const char *v_typename(Value v) { return v_type(v)->name; }

#define HASH_SMALL_LIMIT (((int64_t)1 << 61) - 1) /* CPython's hash modulus */

/* ---- repr / str / truth / hash ----------------------------------------- */

Value v_repr(VM *vm, Value v) {
  if (v.tag == V_INT) return str_from_i64(vm, v.as.i); /* print(i), f"{i}": no snprintf */
  Type *t = v_type(v);
  if (t->repr) {
    vm_enter_c_why(vm, " while getting the repr of an object");
    Value r = t->repr(vm, v);
    vm_leave_c(vm);
    return r;
  }
  return str_printf(vm, "<%s object at %p>", t->name, (void *)v.as.o);
}

Value v_str(VM *vm, Value v) {
  if (is_str(v)) return v;
  if (v.tag == V_INT) return str_from_i64(vm, v.as.i);
  Type *t = v_type(v);
  if (t->str) {
    vm_enter_c_why(vm, " while getting the str of an object");
    Value r = t->str(vm, v);
    vm_leave_c(vm);
    return r;
  }
  return v_repr(vm, v);
}

bool v_truthy(VM *vm, Value v) {
  switch (v.tag) {
  case V_NONE: return false;
  case V_BOOL:
  case V_INT: return v.as.i != 0;
  case V_FLOAT: return v.as.f != 0.0;
  default: break;
  }
  Type *t = v_type(v);
  if (t->truthy) return t->truthy(vm, v);
  if (t->len) return t->len(vm, v) != 0;
  return true;
}

int64_t v_hash(VM *vm, Value v) {
  if ((v.tag == V_INT || v.tag == V_BOOL) && v.as.i > -HASH_SMALL_LIMIT && v.as.i < HASH_SMALL_LIMIT)
    return v.as.i == -1 ? -2 : v.as.i; /* num_hash's value, without its division */
  if (v.tag == V_INT || v.tag == V_BOOL || v.tag == V_FLOAT) return num_hash(vm, v);
  if (is_str(v)) return str_hash(as_str(v));
  Type *t = v_type(v);
  if (!t->hash) vm_raise(vm, &EXC_TypeError, "unhashable type: '%s'", t->name);
  vm_enter_c(vm);
  int64_t h = t->hash(vm, v);
  vm_leave_c(vm);
  return h;
}

/* ---- comparison --------------------------------------------------------- */

bool v_is(Value a, Value b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
  case V_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  case V_OBJ: return a.as.o == b.as.o;
  default: return a.as.i == b.as.i;
  }
}

static const CmpOp swapped_cmp[CMP__COUNT] = {
    [CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE, [CMP_EQ] = CMP_EQ,
    [CMP_NE] = CMP_NE, [CMP_GT] = CMP_LT, [CMP_GE] = CMP_LE};

Value v_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (num_is_number(a) && num_is_number(b)) return num_richcmp(vm, a, b, op);
  Type *ta = v_type(a), *tb = v_type(b);
  vm_enter_c_why(vm, " in comparison");
  Value r = ta->richcmp ? ta->richcmp(vm, a, b, op) : v_notimpl();
  if (is_notimpl(r) && tb->richcmp && (tb != ta || !ta->richcmp))
    r = tb->richcmp(vm, b, a, swapped_cmp[op]);
  vm_leave_c(vm);
  if (!is_notimpl(r)) return r;
  if (op == CMP_EQ) return v_bool(v_is(a, b));
  if (op == CMP_NE) return v_bool(!v_is(a, b));
  vm_raise(vm, &EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
           cmpop_symbol[op], ta->name, tb->name);
}

bool v_compare(VM *vm, Value a, Value b, CmpOp op) {
  if (a.tag == V_INT && b.tag == V_INT) {
    int64_t x = a.as.i, y = b.as.i;
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
  }
  Value r = v_richcmp(vm, a, b, op);
  return r.tag == V_BOOL ? r.as.i != 0 : v_truthy(vm, r);
}

/* Containers compare as CPython's PyObject_RichCompareBool: `is` first, so a
** NaN is found in a list that holds it (`nan in [nan]`, a dict key nan).
** Floats are unboxed here, and `is` compares their bits: two NaNs made
** apart with the same bits count as one object (CPython: two objects). */
bool v_eq(VM *vm, Value a, Value b) {
  if (v_is(a, b)) return true;
  return v_compare(vm, a, b, CMP_EQ);
}

/* ---- arithmetic --------------------------------------------------------- */

static _Noreturn void binop_error(VM *vm, const char *sym, Value a, Value b) {
  vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
           v_typename(a), v_typename(b));
}

static Value binop_slots(VM *vm, BinOp op, Value a, Value b) {
  if (num_is_number(a) && num_is_number(b)) return num_binop(vm, op, a, b);
  if (op == BINOP_ADD && is_str(a) && is_str(b)) return str_concat(vm, as_str(a), as_str(b));
  Type *ta = v_type(a), *tb = v_type(b);
  Value r = ta->binop ? ta->binop(vm, op, a, b) : v_notimpl();
  if (is_notimpl(r) && tb != ta && tb->binop) r = tb->binop(vm, op, a, b);
  return r;
}

Value v_binop(VM *vm, BinOp op, Value a, Value b) {
  Value r = binop_slots(vm, op, a, b);
  if (!is_notimpl(r)) return r;
  binop_error(vm, op == BINOP_POW ? "** or pow()" : binop_symbol[op], a, b);
}

Value v_inplace(VM *vm, BinOp op, Value a, Value b) {
  Type *ta = v_type(a);
  if (ta->inplace) {
    Value r = ta->inplace(vm, op, a, b);
    if (!is_notimpl(r)) return r;
  }
  Value r = binop_slots(vm, op, a, b);
  if (!is_notimpl(r)) return r;
  char sym[8];
  snprintf(sym, sizeof sym, "%s=", binop_symbol[op]);
  binop_error(vm, sym, a, b);
}

Value v_unop(VM *vm, UnOp op, Value a) {
  if (num_is_number(a)) return num_unop(vm, op, a);
  Type *t = v_type(a);
  if (t->unop) {
    Value r = t->unop(vm, op, a);
    if (!is_notimpl(r)) return r;
  }
  vm_raise(vm, &EXC_TypeError, "bad operand type for unary %s: '%s'", unop_symbol[op], t->name);
}

Value v_not(VM *vm, Value a) { return v_bool(!v_truthy(vm, a)); }

/* ---- containers --------------------------------------------------------- */

int64_t v_len(VM *vm, Value v) {
  Type *t = v_type(v);
  if (!t->len) vm_raise(vm, &EXC_TypeError, "object of type '%s' has no len()", t->name);
  return t->len(vm, v);
}

Value v_getitem(VM *vm, Value obj, Value key) {
  Type *t = v_type(obj);
  if (!t->getitem) {
    if (t == &TYPE_TYPE)
      vm_raise(vm, &EXC_TypeError, "type '%s' is not subscriptable", ((Type *)obj.as.o)->name);
    vm_raise(vm, &EXC_TypeError, "'%s' object is not subscriptable", t->name);
  }
  return t->getitem(vm, obj, key);
}

void v_setitem(VM *vm, Value obj, Value key, Value val) {
  Type *t = v_type(obj);
  if (!t->setitem)
    vm_raise(vm, &EXC_TypeError, "'%s' object does not support item assignment", t->name);
  t->setitem(vm, obj, key, val);
}

void v_delitem(VM *vm, Value obj, Value key) {
  Type *t = v_type(obj);
  if (!t->delitem)
    vm_raise(vm, &EXC_TypeError, "'%s' object doesn't support item deletion", t->name);
  t->delitem(vm, obj, key);
}

bool v_contains(VM *vm, Value container, Value item) {
  Type *t = v_type(container);
  if (t->contains) return t->contains(vm, container, item) != 0;
  if (!t->iter)
    vm_raise(vm, &EXC_TypeError, "argument of type '%s' is not iterable", t->name);
  Value it = v_iter(vm, container), x;
  while (v_next(vm, it, &x))
    if (v_eq(vm, x, item)) return true;
  return false;
}

Value v_iter(VM *vm, Value v) {
  Type *t = v_type(v);
  if (!t->iter) vm_raise(vm, &EXC_TypeError, "'%s' object is not iterable", t->name);
  return t->iter(vm, v);
}

bool v_next(VM *vm, Value iter, Value *out) {
  Type *t = v_type(iter);
  if (!t->next) vm_raise(vm, &EXC_TypeError, "'%s' object is not an iterator", t->name);
  return t->next(vm, iter, out);
}

/* ---- attributes --------------------------------------------------------- */

/*
** x.__getitem__, x.__len__, ...: bound methods over a built-in type's slots,
** as CPython's slot wrappers (sorted(d, key=d.__getitem__)), offered where
** the type has the slot. Operator dunders (__add__, __eq__) are left out:
** CPython's int.__add__(1.5) is NotImplemented, which the numeric slots here
** (mixed int/float) would not say.
*/
/* The argument count of a slot dunder, named as "dict.__getitem__()". */
static void du_args(VM *vm, Value self, const Args *a, const char *dname, int n) {
  char fname[96];
  snprintf(fname, sizeof fname, "%s.%s", v_typename(self), dname);
  args_count(vm, a, fname, n, n);
}

static Value du_getitem(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__getitem__", 1);
  return v_getitem(vm, self, a->argv[0]);
}
static Value du_setitem(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__setitem__", 2);
  v_setitem(vm, self, a->argv[0], a->argv[1]);
  return v_none();
}
static Value du_delitem(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__delitem__", 1);
  v_delitem(vm, self, a->argv[0]);
  return v_none();
}
static Value du_len(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__len__", 0);
  return v_int(v_len(vm, self));
}
static Value du_contains(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__contains__", 1);
  return v_bool(v_contains(vm, self, a->argv[0]));
}
static Value du_iter(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__iter__", 0);
  return v_iter(vm, self);
}
static Value du_next(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__next__", 0);
  Value x;
  if (!v_next(vm, self, &x)) vm_throw(vm, exc_new(vm, &EXC_StopIteration, NULL));
  return x;
}
static Value du_repr(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__repr__", 0);
  return v_repr(vm, self);
}
static Value du_str(VM *vm, Value self, const Args *a) {
  du_args(vm, self, a, "__str__", 0);
  return v_str(vm, self);
}

#define SLOT_DUNDERS(X)                                                          \
  X(__getitem__, du_getitem, getitem) X(__setitem__, du_setitem, setitem)      \
  X(__delitem__, du_delitem, delitem) X(__len__, du_len, len)                  \
  X(__contains__, du_contains, contains) X(__iter__, du_iter, iter)            \
  X(__next__, du_next, next)

/* t's slot dunder `name` bound to self, or unbound (self V_EMPTY: str.__len__). */
static Value slot_dunder(VM *vm, Type *t, Value self, Str *name) {
  if (name->nbytes < 5 || name->data[0] != '_' || name->data[1] != '_') return v_empty();
#define X(dname, fn, slot) \
  if (t->slot && str_eq_c(name, #dname)) return builtin_new(vm, #dname, fn, self);
  SLOT_DUNDERS(X)
#undef X
  if (str_eq_c(name, "__repr__")) return builtin_new(vm, "__repr__", du_repr, self);
  if (str_eq_c(name, "__str__")) return builtin_new(vm, "__str__", du_str, self);
  return v_empty();
}

Value v_getattr_opt(VM *vm, Value obj, Str *name) {
  Type *t = v_type(obj);
  if (t->getattr) {
    Value r = t->getattr(vm, obj, name);
    if (!is_empty(r)) return r;
  }
  CFunc fn;
  if (type_find_method(t, name, &fn)) return builtin_new(vm, name->data, fn, obj);
  if (str_eq_c(name, "__class__")) return v_obj(t); /* every object's, as type(x) */
  return slot_dunder(vm, t, obj, name);
}

Value v_getattr(VM *vm, Value obj, Str *name) {
  Value r = v_getattr_opt(vm, obj, name);
  if (!is_empty(r)) return r;
  vm_raise_attr_error(vm, obj, name);
}

/* CPython's messages for an attribute that cannot be set or deleted: a data
** attribute of a built-in type is a read-only member (range.start,
** complex.real, slice.step) or a getter without a setter (int.real), a method
** is read-only, and anything else is missing (built-in instances have no
** __dict__). */
static _Noreturn void attr_unwritable(VM *vm, Value obj, Str *name) {
  Type *t = v_type(obj);
  CFunc fn;
  if (t->getattr && !is_empty(t->getattr(vm, obj, name))) {
    if (t == &TYPE_RANGE || t == &TYPE_COMPLEX || t == &TYPE_SLICE || t->base == &TYPE_TUPLE)
      vm_raise(vm, &EXC_AttributeError, "readonly attribute");
    Type *owner = t; /* the type that defines it: bool's real is int's */
    while (owner->base && owner->base->getattr == t->getattr) owner = owner->base;
    vm_raise(vm, &EXC_AttributeError, "attribute '%s' of '%s' objects is not writable", name->data,
             owner->name);
  }
  if (type_find_method(t, name, &fn))
    vm_raise(vm, &EXC_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
             name->data);
  vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
}

void v_setattr(VM *vm, Value obj, Str *name, Value val) {
  Type *t = v_type(obj);
  if (!t->setattr) attr_unwritable(vm, obj, name);
  t->setattr(vm, obj, name, val);
}

/* del obj.name */
void v_delattr(VM *vm, Value obj, Str *name) {
  Type *t = v_type(obj);
  if (!t->delattr) attr_unwritable(vm, obj, name);
  t->delattr(vm, obj, name);
}

/*
** Method lookup is a linear scan of the type's table (and its bases'),
** comparing C strings: ~40 strcmp-like calls for a late method of str. A
** small direct-mapped cache keyed by (type, name hash) makes a repeated
** lookup one compare. Entries point into static MethodDef tables, so they
** never dangle; the cache is per thread because VMs may run on several.
*/
typedef struct MethodCacheEntry {
  const Type *type;
  int64_t hash;
  const MethodDef *def;
  size_t len;
  const Str *name; /* the name object last looked up: a hit without memcmp (compiled names are interned) */
} MethodCacheEntry;

enum { METHOD_CACHE_SIZE = 512 };
static _Thread_local MethodCacheEntry method_cache[METHOD_CACHE_SIZE];

static const MethodDef *find_method_slow(Type *t, Str *name) {
  for (; t; t = t->base) {
    if (!t->methods) continue;
    for (const MethodDef *m = t->methods; m->name; m++)
      if (m->name[0] == name->data[0] && str_eq_c(name, m->name)) return m;
  }
  return NULL;
}

const MethodDef *type_find_methoddef(Type *t, Str *name) { return find_method_slow(t, name); }

bool type_find_method(Type *t, Str *name, CFunc *fn) {
  int64_t h = str_hash(name);
  MethodCacheEntry *e =
      &method_cache[(((uintptr_t)t >> 4) ^ (uint64_t)h ^ ((uint64_t)h >> 17)) & (METHOD_CACHE_SIZE - 1)];
  if (e->type == t && e->hash == h &&
      (e->name == name || (e->len == (size_t)name->nbytes && memcmp(e->def->name, name->data, e->len) == 0))) {
    *fn = e->def->fn;
    return true;
  }
  const MethodDef *m = find_method_slow(t, name);
  if (!m) return false;
  *e = (MethodCacheEntry){t, h, m, (size_t)name->nbytes, name};
  *fn = m->fn;
  return true;
}

/* ---- conversions -------------------------------------------------------- */

bool v_is_intlike(Value v) { return v.tag == V_INT || v.tag == V_BOOL || is_bigint(v); }

int64_t v_index(VM *vm, Value v, const char *what) {
  if (v.tag == V_INT || v.tag == V_BOOL) return v.as.i;
  if (is_bigint(v))
    vm_raise(vm, &EXC_IndexError, "cannot fit 'int' into an index-sized integer");
  Value n = v_number(vm, v); /* NumPy integer scalars have __index__ */
  if (n.tag == V_INT || is_bigint(n)) return v_index(vm, n, what);
  vm_raise(vm, &EXC_TypeError, "%s indices must be integers or slices, not %s", what,
           v_typename(v));
}

double v_to_double(VM *vm, Value v) {
  switch (v.tag) {
  case V_FLOAT: return v.as.f;
  case V_INT:
  case V_BOOL: return (double)v.as.i;
  default: break;
  }
  if (is_bigint(v)) return int_to_double(vm, v);
  Value n = v_number(vm, v); /* a NumPy scalar's number; anything else comes back as it was */
  if (n.tag == V_FLOAT || n.tag == V_INT || n.tag == V_BOOL || is_bigint(n)) return v_to_double(vm, n);
  vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(v));
}

/* ---- argument binding ---------------------------------------------------- */

void args_count(VM *vm, const Args *a, const char *fname, int min, int max) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", fname);
  if (a->argc >= min && a->argc <= max) return;
  if (min == max && min == 0)
    vm_raise(vm, &EXC_TypeError, "%s() takes no arguments (%d given)", fname, a->argc);
  if (min == max && min == 1)
    vm_raise(vm, &EXC_TypeError, "%s() takes exactly one argument (%d given)", fname, a->argc);
  const char *dot = strrchr(fname, '.'), *bare = dot ? dot + 1 : fname;
  if (min == max) vm_raise(vm, &EXC_TypeError, "%s expected %d arguments, got %d", bare, min, a->argc);
  if (a->argc < min)
    vm_raise(vm, &EXC_TypeError, "%s expected at least %d argument%s, got %d", bare, min,
             min == 1 ? "" : "s", a->argc);
  vm_raise(vm, &EXC_TypeError, "%s expected at most %d argument%s, got %d", bare, max,
           max == 1 ? "" : "s", a->argc);
}

typedef struct Param {
  const char *name;
  size_t len;
  bool optional, kwonly;
} Param;

enum { MAX_PARAMS = 16 };

static int parse_spec(const char *spec, Param *ps) {
  int n = 0;
  bool optional = false, kwonly = false;
  for (const char *p = spec; *p;) {
    if (*p == ',') { p++; continue; }
    if (*p == '|') { optional = true; p++; continue; }
    if (*p == '$') { kwonly = optional = true; p++; continue; }
    const char *end = p;
    while (*end && *end != ',' && *end != '|' && *end != '$') end++;
    ps[n++] = (Param){p, (size_t)(end - p), optional, kwonly};
    p = end;
  }
  return n;
}

/* Positional-only calls that bind cleanly (the usual case: d.get(k, 0))
** need only the counts from the spec, not the names: one pass over it. */
static bool args_parse_fast(const Args *a, const char *spec, Value *out) {
  int n = 0, nreq = -1, npos = -1;
  bool in_name = false;
  for (const char *p = spec; *p; p++) {
    char c = *p;
    if (c == ',' || c == '|' || c == '$') {
      in_name = false;
      if (c == '|' && nreq < 0) nreq = n;
      if (c == '$') {
        if (nreq < 0) nreq = n;
        if (npos < 0) npos = n;
      }
    } else if (!in_name) {
      in_name = true;
      n++;
    }
  }
  if (nreq < 0) nreq = n;
  if (npos < 0) npos = n;
  if (a->argc < nreq || a->argc > npos) return false; /* the full path words the error */
  for (int i = 0; i < n; i++) out[i] = i < a->argc ? a->argv[i] : v_empty();
  return true;
}

/* "'a', 'b', and 'c'": names as CPython lists them in binding errors. */
static void param_names(StrBuf *b, const Param *ps, const int *idx, int n) {
  for (int i = 0; i < n; i++) {
    if (i > 0) sb_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    sb_printf(b, "'%.*s'", (int)ps[idx[i]].len, ps[idx[i]].name);
  }
}

/* Binding errors worded as for a Python def (NumPy's functions written in
** Python): unexpected or repeated keywords, then too many positional
** arguments, then the missing ones (positional first, then keyword-only). */
static void args_check_py(VM *vm, const Args *a, const char *fname, const Param *ps, int n,
                          int npos, const Value *out, int nself) {
  int nreq = 0;
  while (nreq < npos && !ps[nreq].optional) nreq++;
  if (a->argc > npos) {
    int given = a->argc + nself, most = npos + nself, least = nreq + nself;
    if (nreq == npos)
      vm_raise(vm, &EXC_TypeError, "%s() takes %d positional argument%s but %d %s given", fname, most,
               most == 1 ? "" : "s", given, given == 1 ? "was" : "were");
    vm_raise(vm, &EXC_TypeError, "%s() takes from %d to %d positional arguments but %d %s given",
             fname, least, most, given, given == 1 ? "was" : "were");
  }
  for (int kwonly = 0; kwonly < 2; kwonly++) {
    int idx[MAX_PARAMS], m = 0;
    for (int i = 0; i < n; i++)
      if (ps[i].kwonly == kwonly && !ps[i].optional && is_empty(out[i])) idx[m++] = i;
    if (!m) continue;
    StrBuf b = STRBUF_INIT;
    sb_printf(&b, "%s() missing %d required %s argument%s: ", fname, m,
              kwonly ? "keyword-only" : "positional", m == 1 ? "" : "s");
    param_names(&b, ps, idx, m);
    vm_raise(vm, &EXC_TypeError, "%s", as_str(sb_finish(vm, &b))->data);
  }
}

/* Index of the parameter named kw, or n. */
static int param_index(const Param *ps, int n, Str *kw) {
  int i = 0;
  while (i < n && !(ps[i].len == (size_t)kw->nbytes && memcmp(ps[i].name, kw->data, ps[i].len) == 0)) i++;
  return i;
}

/* The counts CPython's C argument parsers check first: all arguments
** against all parameters, then the positional ones. */
static void args_check_counts(VM *vm, const Args *a, const char *fname, const Param *ps, int n, int npos) {
  int given = a->argc + a->nkw, nreq = 0;
  while (nreq < npos && !ps[nreq].optional) nreq++;
  if (given > n)
    vm_raise(vm, &EXC_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, n,
             a->argc == 0 ? "keyword " : "", n == 1 ? "" : "s", given);
  if (a->argc <= npos) return;
  if (npos == 0) vm_raise(vm, &EXC_TypeError, "%s() takes no positional arguments", fname);
  vm_raise(vm, &EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
           nreq < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s", a->argc);
}

void args_parse(VM *vm, const Args *a, const char *fname, const char *spec, Value *out) {
  bool py_style = spec[0] == '!', pos0 = spec[0] == '#';
  if (py_style || pos0) spec++;
  int nself = py_style && spec[0] == '@'; /* a method of a Python class: counts include self */
  spec += nself;
  if (a->nkw == 0 && args_parse_fast(a, spec, out)) return;
  Param ps[MAX_PARAMS];
  int n = parse_spec(spec, ps), npos = 0;
  while (npos < n && !ps[npos].kwonly) npos++;
  if (py_style) {
    for (int i = 0; i < n; i++) out[i] = i < a->argc && i < npos ? a->argv[i] : v_empty();
    for (int k = 0; k < a->nkw; k++) {
      Str *kw = as_str(a->kwnames[k]);
      int i = 0;
      while (i < n && !(ps[i].len == (size_t)kw->nbytes && memcmp(ps[i].name, kw->data, ps[i].len) == 0)) i++;
      if (i == n)
        vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw->data);
      if (!is_empty(out[i]))
        vm_raise(vm, &EXC_TypeError, "%s() got multiple values for argument '%s'", fname, kw->data);
      out[i] = a->kwvals[k];
    }
    args_check_py(vm, a, fname, ps, n, npos, out, nself);
    return;
  }
  args_check_counts(vm, a, fname, ps, n, npos);
  for (int i = 0; i < n; i++) out[i] = i < a->argc ? a->argv[i] : v_empty();
  /* CPython (_PyArg_UnpackKeywords) reports a missing argument before a
  ** keyword it does not know */
  int bad = -1;
  for (int k = 0; k < a->nkw; k++) {
    Str *kw = as_str(a->kwnames[k]);
    int i = param_index(ps, n, kw);
    if (i == n || i < a->argc) {
      if (bad < 0) bad = k;
      continue;
    }
    out[i] = a->kwvals[k];
  }
  for (int i = 0; i < n; i++)
    if (!ps[i].optional && is_empty(out[i]))
      vm_raise(vm, &EXC_TypeError, "%s() missing required argument '%.*s' (pos %d)", fname,
               (int)ps[i].len, ps[i].name, pos0 ? i : i + 1);
  if (bad < 0) return;
  Str *kw = as_str(a->kwnames[bad]);
  int i = param_index(ps, n, kw);
  if (i < n)
    vm_raise(vm, &EXC_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
             kw->data, i + 1);
  vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for %s()", kw->data, fname);
}

/* ---- type, object, None, NotImplemented ---------------------------------- */

static Value type_repr(VM *vm, Value self) {
  return str_printf(vm, "<class '%s'>", ((Type *)self.as.o)->name);
}

static Value type_call(VM *vm, Value self, const Args *a) {
  Type *t = (Type *)self.as.o;
  if (!t->ctor) vm_raise(vm, &EXC_TypeError, "cannot create '%s' instances", t->name);
  return t->ctor(vm, self, a);
}

static bool method_in(const MethodDef *defs, Str *name) {
  for (const MethodDef *m = defs; m->name; m++)
    if (str_eq_c(name, m->name)) return true;
  return false;
}

static Value type_getattr(VM *vm, Value self, Str *name) {
  Type *t = (Type *)self.as.o;
  /* Like CPython's static types: name "numpy.int8" is __module__ "numpy", __name__ "int8". */
  const char *dot = t->module ? NULL : strrchr(t->name, '.');
  if (str_eq_c(name, "__name__") && t->shown_name) return str_from_cstr(vm, t->shown_name);
  if (str_eq_c(name, "__name__") || str_eq_c(name, "__qualname__"))
    return str_from_cstr(vm, dot ? dot + 1 : t->name);
  if (str_eq_c(name, "__module__")) {
    if (dot) return str_new(vm, t->name, (size_t)(dot - t->name));
    return str_from_cstr(vm, t->module ? t->module : "builtins");
  }
  for (const MethodDef *md = t->classmethods; md && md->name; md++)
    if (str_eq_c(name, md->name)) return builtin_new(vm, md->name, md->fn, self);
  CFunc fn; /* int.bit_length etc.: unbound methods called with self first */
  if (type_find_method(t, name, &fn)) {
    Value m = builtin_new(vm, name->data, fn, v_empty());
    Type *owner = t; /* the base-most type defining it, as CPython names it (int.bit_length) */
    for (Type *u = t; u; u = u->base)
      if (u->methods && method_in(u->methods, name)) owner = u;
    ((Builtin *)m.as.o)->owner = owner;
    return m;
  }
  Value d = slot_dunder(vm, t, v_empty(), name);
  if (!is_empty(d)) {
    Builtin *b = (Builtin *)d.as.o;
    b->owner = t;
    /* These few are method descriptors in CPython, the rest slot wrappers. */
    bool method = ((t == &TYPE_LIST || t == &TYPE_DICT) && str_eq_c(name, "__getitem__")) ||
                  ((t == &TYPE_DICT || t == &TYPE_SET || t == &TYPE_FROZENSET) && str_eq_c(name, "__contains__"));
    b->slot_wrapper = !method;
  }
  return d;
}

static int64_t identity_hash(VM *vm, Value self) {
  (void)vm;
  return (int64_t)((uintptr_t)self.as.o >> 4);
}

/* object.__eq__: True for the same object, else NotImplemented, so the
** other operand's __eq__ runs (None == array compares elementwise,
** np.int32 == np.dtype('int32') is True); v_richcmp falls back to identity. */
static Value identity_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  (void)vm;
  if ((op != CMP_EQ && op != CMP_NE) || !v_is(a, b)) return v_notimpl();
  return v_bool(op == CMP_EQ);
}

/* type(x) → x's type; type(name, bases, dict) is not supported. */
static Value type_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc == 1 && a->nkw == 0) return v_obj(v_type(a->argv[0]));
  if (a->argc + a->nkw != 3) vm_raise(vm, &EXC_TypeError, "type() takes 1 or 3 arguments");
  vm_raise(vm, &EXC_TypeError, "type() takes 1 argument");
}

Type TYPE_TYPE = {.hdr = TYPE_HEADER, .name = "type", .base = &TYPE_OBJECT,
                  .repr = type_repr, .hash = identity_hash, .richcmp = identity_richcmp,
                  .getattr = type_getattr, .call = type_call, .ctor = type_ctor};

static Value object_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "object", 0, 0);
  vm_raise(vm, &EXC_TypeError, "streak: bare object() instances are not supported");
}

Type TYPE_OBJECT = {.hdr = TYPE_HEADER, .name = "object", .ctor = object_ctor};

static Value none_repr(VM *vm, Value self) {
  (void)self;
  return str_new(vm, "None", 4);
}
static int64_t none_hash(VM *vm, Value self) {
  (void)vm, (void)self;
  /* CPython hashes None by its address; the oracle's python3.11 is not
  ** position-independent, so that is always 612812 there, and sets holding
  ** None ({None, 0}, tuples with None) iterate in its order only with it */
  return 612812;
}
static Value none_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "NoneType", 0, 0);
  return v_none();
}
Type TYPE_NONE = {.hdr = TYPE_HEADER, .name = "NoneType", .base = &TYPE_OBJECT,
                  .repr = none_repr, .hash = none_hash, .richcmp = identity_richcmp,
                  .ctor = none_ctor};

static Value notimpl_repr(VM *vm, Value self) {
  (void)self;
  return str_from_cstr(vm, "NotImplemented");
}
Type TYPE_NOTIMPLEMENTED = {.hdr = TYPE_HEADER, .name = "NotImplementedType",
                            .base = &TYPE_OBJECT, .repr = notimpl_repr};

/* ---- cells (closure variables) ------------------------------------------- */

static void cell_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((Cell *)o)->v); }
Type TYPE_CELL = {.hdr = TYPE_HEADER, .name = "cell", .base = &TYPE_OBJECT, .mark = cell_mark};

/* ---- built-in functions and bound methods --------------------------------- */

static void builtin_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((Builtin *)o)->self); }

static Value builtin_call(VM *vm, Value self, const Args *a) {
  Builtin *b = (Builtin *)self.as.o;
  if (is_empty(b->self)) { /* unbound method taken from a type: first arg is self */
    const char *owner = b->owner ? b->owner->name : "object";
    if (a->argc < 1)
      vm_raise(vm, &EXC_TypeError, "unbound method %s.%s() needs an argument", owner, b->name);
    /* The C function reads self as its own type's payload: float.hex("x")
    ** must be refused, not reinterpret the str. */
    if (b->owner && !type_is_subtype(v_type(a->argv[0]), b->owner)) {
      if (b->slot_wrapper)
        vm_raise(vm, &EXC_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", b->name, owner,
                 v_typename(a->argv[0]));
      vm_raise(vm, &EXC_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               b->name, owner, v_typename(a->argv[0]));
    }
    Args rest = {a->argc - 1, a->argv + 1, a->nkw, a->kwnames, a->kwvals};
    CFunc fn = b->fn, sub;
    /* float.hex(np.float64(x)): a subclass instance stored as an object, not
    ** the float payload fn reads; its own type's method unwraps it. */
    if ((b->owner == &TYPE_FLOAT || b->owner == &TYPE_COMPLEX) && a->argv[0].tag == V_OBJ &&
        v_type(a->argv[0]) != b->owner && type_find_method(v_type(a->argv[0]), str_intern_c(vm, b->name), &sub))
      fn = sub;
    /* int.__repr__(True) is '1': int's own repr, where the instance's type
    ** would say 'True' (int has no __str__ of its own: int.__str__ is bool's) */
    if (fn == du_repr && b->owner == &TYPE_INT && is_bool(a->argv[0])) return fn(vm, v_int(a->argv[0].as.i), &rest);
    return fn(vm, a->argv[0], &rest);
  }
  return b->fn(vm, b->self, a);
}

static Value builtin_repr(VM *vm, Value self) {
  Builtin *b = (Builtin *)self.as.o;
  if (is_empty(b->self) && b->owner) /* list.append, str.__len__ */
    return str_printf(vm, "<%s '%s' of '%s' objects>", b->slot_wrapper ? "slot wrapper" : "method", b->name,
                      b->owner->name);
  if (is_none(b->self) || is_empty(b->self) || is_type(b->self, &TYPE_MODULE))
    return str_printf(vm, "<built-in function %s>", b->name);
  return str_printf(vm, "<built-in method %s of %s object at %p>", b->name,
                    v_typename(b->self), (void *)b->self.as.o);
}

static Value builtin_getattr(VM *vm, Value self, Str *name) {
  if (str_eq_c(name, "__name__")) return str_from_cstr(vm, ((Builtin *)self.as.o)->name);
  return v_empty();
}

Type TYPE_BUILTIN = {.hdr = TYPE_HEADER, .name = "builtin_function_or_method",
                     .base = &TYPE_OBJECT, .mark = builtin_mark, .repr = builtin_repr,
                     .hash = identity_hash, .richcmp = identity_richcmp,
                     .getattr = builtin_getattr, .call = builtin_call};

Value builtin_new(VM *vm, const char *name, CFunc fn, Value self) {
  Builtin *b = gc_alloc(vm, &TYPE_BUILTIN, sizeof(Builtin));
  b->name = name;
  b->fn = fn;
  b->self = self;
  return v_obj(b);
}

/* ---- modules ------------------------------------------------------------- */

static void module_mark(VM *vm, Obj *o) {
  Module *m = (Module *)o;
  gc_mark_obj(vm, (Obj *)m->name);
  gc_mark_obj(vm, (Obj *)m->dict);
}

static Value module_getattr(VM *vm, Value self, Str *name) {
  Module *m = (Module *)self.as.o;
  if (str_eq_c(name, "__dict__")) return v_obj(m->dict);
  return dict_get_str(vm, m->dict, name);
}

static void module_setattr(VM *vm, Value self, Str *name, Value val) {
  dict_set_str(vm, ((Module *)self.as.o)->dict, name, val);
}

static void module_delattr(VM *vm, Value self, Str *name) {
  if (!dict_del(vm, ((Module *)self.as.o)->dict, v_obj(name)))
    vm_raise(vm, &EXC_AttributeError, "'module' object has no attribute '%s'", name->data);
}

static Value module_repr(VM *vm, Value self) {
  Module *m = (Module *)self.as.o;
  Value file = dict_get_str(vm, m->dict, str_intern_c(vm, "__file__"));
  if (is_str(file)) return str_printf(vm, "<module '%s' from '%s'>", m->name->data, as_str(file)->data);
  return str_printf(vm, "<module '%s' (built-in)>", m->name->data);
}

Type TYPE_MODULE = {.hdr = TYPE_HEADER, .name = "module", .base = &TYPE_OBJECT,
                    .mark = module_mark, .repr = module_repr, .hash = identity_hash,
                    .richcmp = identity_richcmp, .getattr = module_getattr,
                    .setattr = module_setattr, .delattr = module_delattr};

Module *module_new(VM *vm, const char *name) {
  Module *m = gc_alloc(vm, &TYPE_MODULE, sizeof(Module));
  m->name = str_intern_c(vm, name);
  m->dict = dict_new(vm);
  dict_set_str(vm, m->dict, str_intern_c(vm, "__name__"), v_obj(m->name));
  return m;
}

void module_set(VM *vm, Module *m, const char *name, Value v) {
  dict_set_str(vm, m->dict, str_intern_c(vm, name), v);
}

Builtin *module_add_func(VM *vm, Module *m, const char *name, CFunc fn) {
  Value f = builtin_new(vm, name, fn, v_obj(m));
  module_set(vm, m, name, f);
  return (Builtin *)f.as.o;
}

Value module_get(VM *vm, Module *m, const char *name) {
  return dict_get_str(vm, m->dict, str_intern_c(vm, name));
}
