/*
** builtins.c — the builtins module: print, len, min/max, sum, sorted, the
** type objects and exception classes as values, and the table of built-in
** modules.
**
** Each function follows CPython 3.11's bltinmodule.c in behaviour and error
** text. Functions that iterate and may call back into Python (a key
** function, a generator's next) keep what they hold in a rooted tuple
** `hold`, whose slots they update as they go (gc.h: C locals are not roots).
*/
#include "builtins.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "fileobj.h"
#include "format.h"
#include "func.h"
#include "gc.h"
#include "iterobj.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "set.h"
#include "str.h"
#include "util.h"
#include "vm.h"

/* ---- helpers ---------------------------------------------------------- */

static FILE *out_stream(VM *vm) { return vm->out ? vm->out : stdout; }

/* A tuple of n slots pushed as a GC root; the caller pops it. */
static Tuple *hold_new(VM *vm, int64_t n) {
  Tuple *t = tuple_new(vm, n);
  gc_push_root(vm, v_obj(t));
  return t;
}

/* Keyword argument `name`, or V_EMPTY. */
static Value kw_get(const Args *a, const char *name) {
  for (int i = 0; i < a->nkw; i++)
    if (str_eq_c(as_str(a->kwnames[i]), name)) return a->kwvals[i];
  return v_empty();
}

/* Raises "'x' is an invalid keyword argument for f()" for any keyword not
** in `allowed` (NULL-terminated). */
static void kw_check(VM *vm, const Args *a, const char *fname, const char *const *allowed) {
  for (int i = 0; i < a->nkw; i++) {
    bool ok = false;
    for (const char *const *p = allowed; *p && !ok; p++) ok = str_eq_c(as_str(a->kwnames[i]), *p);
    if (!ok)
      vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for %s()",
               as_str(a->kwnames[i])->data, fname);
  }
}

static void no_kwargs(VM *vm, const Args *a, const char *fname) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", fname);
}

/* Calls `name` from t's method table on v, if the type has it. */
static bool call_dunder(VM *vm, Value v, const char *name, int argc, const Value *argv, Value *out) {
  CFunc fn;
  if (!type_find_method(v_type(v), str_intern_c(vm, name), &fn)) return false;
  Args a = args_pos(argc, argv);
  *out = fn(vm, v, &a);
  return true;
}

/* ---- print ------------------------------------------------------------ */

static void write_str(VM *vm, Value file, Value s) {
  Str *str = as_str(s);
  if (is_none(file)) {
    fwrite(str->data, 1, (size_t)str->nbytes, out_stream(vm));
  } else if (is_fileobj(file)) {
    fileobj_write(vm, file, str->data, (size_t)str->nbytes);
  } else {
    Value w = v_getattr(vm, file, str_intern_c(vm, "write"));
    vm_call1(vm, w, s);
  }
}

static Value bi_print(VM *vm, Value self, const Args *a) {
  (void)self;
  static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
  kw_check(vm, a, "print", allowed);
  Value sep = kw_get(a, "sep"), end = kw_get(a, "end"), file = kw_get(a, "file");
  Value flush = kw_get(a, "flush");
  if (is_empty(sep) || is_none(sep)) sep = v_empty();
  else if (!is_str(sep)) vm_raise(vm, &EXC_TypeError, "sep must be None or a string, not %s", v_typename(sep));
  if (is_empty(end) || is_none(end)) end = v_empty();
  else if (!is_str(end)) vm_raise(vm, &EXC_TypeError, "end must be None or a string, not %s", v_typename(end));
  if (is_empty(file)) file = v_none();
  for (int i = 0; i < a->argc; i++) {
    if (i > 0) {
      if (is_empty(sep)) {
        if (is_none(file)) fputc(' ', out_stream(vm));
        else write_str(vm, file, str_from_cstr(vm, " "));
      } else {
        write_str(vm, file, sep);
      }
    }
    write_str(vm, file, is_str(a->argv[i]) ? a->argv[i] : v_str(vm, a->argv[i]));
  }
  if (is_empty(end)) {
    if (is_none(file)) fputc('\n', out_stream(vm));
    else write_str(vm, file, str_from_cstr(vm, "\n"));
  } else {
    write_str(vm, file, end);
  }
  if (!is_empty(flush) && v_truthy(vm, flush)) {
    if (is_none(file)) fflush(out_stream(vm));
    else if (is_fileobj(file)) fileobj_flush(vm, file);
  }
  return v_none();
}

void builtin_print_value(VM *vm, Value v) {
  if (is_none(v)) return;
  Str *s = as_str(v_repr(vm, v));
  FILE *f = out_stream(vm);
  fwrite(s->data, 1, (size_t)s->nbytes, f);
  fputc('\n', f);
}

/* ---- simple functions ------------------------------------------------- */

static Value len1(VM *vm, Value x) {
  if (is_str(x)) return v_int(as_str(x)->nchars); /* len(s) in a string loop: no slot call */
  return v_int(v_len(vm, x));
}

static Value repr1(VM *vm, Value x) { return v_repr(vm, x); }

/* repr with non-ASCII escaped as \xhh, \uhhhh, \Uhhhhhhhh. */
static Value ascii1(VM *vm, Value x) { return fmt_ascii(vm, x); }

static Value abs1(VM *vm, Value x) {
  if (x.tag == V_FLOAT) return v_float(fabs(x.as.f));
  if (x.tag == V_INT && x.as.i != INT64_MIN) return v_int(x.as.i < 0 ? -x.as.i : x.as.i);
  Value r = num_abs(vm, x);
  if (!is_notimpl(r)) return r;
  if (call_dunder(vm, x, "__abs__", 0, NULL, &r)) return r;
  vm_raise(vm, &EXC_TypeError, "bad operand type for abs(): '%s'", v_typename(x));
}

/* ---- min / max -------------------------------------------------------- */

static Value minmax(VM *vm, const Args *a, CmpOp op, const char *name) {
  static const char *const allowed[] = {"key", "default", NULL};
  if (a->argc == 0) vm_raise(vm, &EXC_TypeError, "%s expected at least 1 argument, got 0", name);
  kw_check(vm, a, name, allowed);
  Value key = kw_get(a, "key"), dflt = kw_get(a, "default");
  if (is_empty(key)) key = v_none();
  if (a->argc > 1 && !is_empty(dflt))
    vm_raise(vm, &EXC_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  Tuple *hold = hold_new(vm, 4); /* iterator, best, best key, item */
  Value seq = a->argc == 1 ? a->argv[0] : tuple_from(vm, a->argv, a->argc);
  Value *it = &hold->items[0], *best = &hold->items[1], *bestkey = &hold->items[2], *item = &hold->items[3];
  *it = v_iter(vm, seq);
  *best = v_empty();
  Value x;
  while (v_next(vm, *it, &x)) {
    *item = x;
    Value k = is_none(key) ? x : vm_call1(vm, key, x);
    if (is_empty(*best)) {
      *best = x, *bestkey = k;
    } else {
      bool better;
      if (is_float(k) && is_float(*bestkey))
        better = op == CMP_GT ? k.as.f > bestkey->as.f : k.as.f < bestkey->as.f;
      else if (is_int(k) && is_int(*bestkey))
        better = op == CMP_GT ? k.as.i > bestkey->as.i : k.as.i < bestkey->as.i;
      else
        better = v_compare(vm, k, *bestkey, op);
      if (better) *best = x, *bestkey = k;
    }
  }
  Value res = *best;
  gc_pop_roots(vm, 1);
  if (is_empty(res)) {
    if (!is_empty(dflt)) return dflt;
    vm_raise(vm, &EXC_ValueError, "%s() arg is an empty sequence", name);
  }
  return res;
}

static Value bi_max(VM *vm, Value self, const Args *a) { (void)self; return minmax(vm, a, CMP_GT, "max"); }
static Value bi_min(VM *vm, Value self, const Args *a) { (void)self; return minmax(vm, a, CMP_LT, "min"); }

/* ---- sum -------------------------------------------------------------- */

static Value add_fast(VM *vm, Value acc, Value x) {
  int64_t r;
  if (is_int(acc) && is_int(x) && !__builtin_add_overflow(acc.as.i, x.as.i, &r)) return v_int(r);
  if (is_float(acc) && is_float(x)) return v_float(acc.as.f + x.as.f);
  if (is_float(acc) && is_int(x)) return v_float(acc.as.f + (double)x.as.i);
  return v_binop(vm, BINOP_ADD, acc, x);
}

static Value bi_sum(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  if (a->argc < 1) vm_raise(vm, &EXC_TypeError, "sum() takes at least 1 positional argument (0 given)");
  args_parse(vm, a, "sum", "iterable,|start", arg);
  Value start = is_empty(arg[1]) ? v_int(0) : arg[1];
  if (is_str(start)) {
    v_iter(vm, arg[0]); /* CPython takes the iterator first: "'int' object is not iterable" wins */
    vm_raise(vm, &EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  Tuple *hold = hold_new(vm, 2);
  hold->items[1] = start;
  if (is_list(arg[0]) || is_tuple(arg[0])) {
    /* by index, as their iterators do (no iterator object, no call per
    ** item; an __add__ may change the list: its length is read again) */
    hold->items[0] = arg[0];
    for (int64_t i = 0;; i++) {
      Value seq = hold->items[0];
      int64_t n = is_list(seq) ? as_list(seq)->n : as_tuple(seq)->n;
      if (i >= n) break;
      Value x = is_list(seq) ? as_list(seq)->items[i] : as_tuple(seq)->items[i];
      hold->items[1] = add_fast(vm, hold->items[1], x);
    }
  } else {
    hold->items[0] = v_iter(vm, arg[0]);
    Value x;
    while (v_next(vm, hold->items[0], &x)) hold->items[1] = add_fast(vm, hold->items[1], x);
  }
  Value res = hold->items[1];
  gc_pop_roots(vm, 1);
  return res;
}

/* ---- round ------------------------------------------------------------ */

static Value bi_round(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2], r;
  args_parse(vm, a, "round", "number,|ndigits", arg);
  Value x = arg[0], nd = v_index_operand(vm, arg[1]);
  if (v_is_intlike(x) || is_float(x)) return num_round(vm, x, nd);
  bool has_nd = !is_empty(nd) && !is_none(nd);
  if (has_nd ? call_dunder(vm, x, "__round__", 1, &nd, &r) : call_dunder(vm, x, "__round__", 0, NULL, &r))
    return r;
  vm_raise(vm, &EXC_TypeError, "type %s doesn't define __round__ method", v_typename(x));
}

/* ---- sorted / reversed / iter / next --------------------------------- */

static Value bi_sorted(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc != 1) vm_raise(vm, &EXC_TypeError, "sorted expected 1 argument, got %d", a->argc);
  static const char *const allowed[] = {"key", "reverse", NULL};
  kw_check(vm, a, "sort", allowed);
  Value key = kw_get(a, "key"), rev = kw_get(a, "reverse");
  if (is_empty(key)) key = v_none();
  bool reverse = list_sort_reverse_arg(vm, rev);
  Value l = list_from_iterable(vm, a->argv[0]);
  gc_push_root(vm, l);
  list_sort(vm, as_list(l), key, reverse);
  gc_pop_roots(vm, 1);
  return l;
}

static Value bi_iter(VM *vm, Value self, const Args *a);
static Value bi_next(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "next", 1, 2);
  Value it = a->argv[0], x;
  if (!v_type(it)->next)
    vm_raise(vm, &EXC_TypeError, "'%s' object is not an iterator", v_typename(it));
  if (v_next(vm, it, &x)) return x;
  if (a->argc == 2) return a->argv[1];
  gen_raise_stop(vm, it);
}

/* ---- predicates over iterables --------------------------------------- */

static Value any_all(VM *vm, const Args *a, const char *name, bool want) {
  args_count(vm, a, name, 1, 1);
  Tuple *hold = hold_new(vm, 1);
  hold->items[0] = v_iter(vm, a->argv[0]);
  Value x;
  bool found = false;
  while (!found && v_next(vm, hold->items[0], &x)) found = v_truthy(vm, x) == want;
  gc_pop_roots(vm, 1);
  return v_bool(want ? found : !found);
}

static Value bi_any(VM *vm, Value self, const Args *a) { (void)self; return any_all(vm, a, "any", true); }
static Value bi_all(VM *vm, Value self, const Args *a) { (void)self; return any_all(vm, a, "all", false); }

/* ---- types ------------------------------------------------------------ */

static bool is_type_value(Value v) { return is_type(v, &TYPE_TYPE); }

static bool subtype_of(Type *t, Type *base) { return base == &TYPE_OBJECT || type_is_subtype(t, base); }

static int isinstance_check(VM *vm, Type *t, Value cls, int depth) {
  if (is_type_value(cls)) return subtype_of(t, (Type *)cls.as.o);
  if (is_tuple(cls) && depth < 100) {
    Tuple *tu = as_tuple(cls);
    for (int64_t i = 0; i < tu->n; i++) {
      int r = isinstance_check(vm, t, tu->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  return -1;
}

static Value bi_isinstance(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "isinstance", 2, 2);
  int r = isinstance_check(vm, v_type(a->argv[0]), a->argv[1], 0);
  if (r < 0)
    vm_raise(vm, &EXC_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return v_bool(r);
}

static Value bi_issubclass(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "issubclass", 2, 2);
  if (!is_type_value(a->argv[0])) vm_raise(vm, &EXC_TypeError, "issubclass() arg 1 must be a class");
  int r = isinstance_check(vm, (Type *)a->argv[0].as.o, a->argv[1], 0);
  if (r < 0)
    vm_raise(vm, &EXC_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return v_bool(r);
}

static Value callable1(VM *vm, Value v) {
  (void)vm;
  Type *t = v_type(v);
  bool c = t->call != NULL || t == &TYPE_TYPE || t == &TYPE_BUILTIN || t == &TYPE_FUNCTION;
  return v_bool(c);
}

/* ---- arithmetic ------------------------------------------------------- */

static Value bi_divmod(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "divmod", 2, 2);
  Value x = a->argv[0], y = a->argv[1], r;
  r = num_divmod(vm, x, y);
  if (!is_notimpl(r)) return r;
  if (call_dunder(vm, x, "__divmod__", 1, &y, &r) && !is_notimpl(r)) return r;
  if (call_dunder(vm, y, "__rdivmod__", 1, &x, &r) && !is_notimpl(r)) return r;
  vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", v_typename(x),
           v_typename(y));
}

/* pow(x, y, z) not all ints: CPython's ternary_op offers it to each operand
** type's nb_power in turn (int's declines, float's refuses any z, complex's
** refuses z once x and y convert); no taker: unsupported operand types. */
static _Noreturn void pow3_error(VM *vm, Value x, Value y, Value z) {
  const Value ops[3] = {x, y, z};
  bool numbers = true; /* x and y convert to complex */
  for (int i = 0; i < 2; i++) numbers = numbers && (v_is_intlike(ops[i]) || is_float(ops[i]) || is_complex(ops[i]));
  for (int i = 0; i < 3; i++) {
    if (is_float(ops[i]))
      vm_raise(vm, &EXC_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (is_complex(ops[i]) && numbers) vm_raise(vm, &EXC_ValueError, "complex modulo");
  }
  vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
           v_typename(x), v_typename(y), v_typename(z));
}

static Value bi_pow(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "pow", "base,exp,|mod", arg);
  if (is_empty(arg[2]) || is_none(arg[2])) return v_binop(vm, BINOP_POW, arg[0], arg[1]);
  if (!(v_is_intlike(arg[0]) && v_is_intlike(arg[1]) && v_is_intlike(arg[2])))
    pow3_error(vm, arg[0], arg[1], arg[2]);
  return int_pow_mod(vm, arg[0], arg[1], arg[2]);
}

static Value hash1(VM *vm, Value x) { return v_int(v_hash(vm, x)); }

static Value id1(VM *vm, Value v) {
  (void)vm;
  if (is_obj(v)) return v_int((int64_t)(uintptr_t)v.as.o);
  /* immediates: equal values share an identity, as CPython's cached small ints do */
  return v_int((int64_t)(((uint64_t)v.tag << 56) ^ (uint64_t)v.as.i) | 1);
}

static Value ord1(VM *vm, Value c) {
  if (!is_str(c)) vm_raise(vm, &EXC_TypeError, "ord() expected string of length 1, but %s found", v_typename(c));
  Str *s = as_str(c);
  if (s->nchars != 1)
    vm_raise(vm, &EXC_TypeError, "ord() expected a character, but string of length %lld found",
             (long long)s->nchars);
  uint32_t cp;
  utf8_decode(s->data, &cp);
  return v_int(cp);
}

static Value chr1(VM *vm, Value v) {
  v = v_index_operand(vm, v);
  if (v.tag == V_INT && v.as.i >= 0 && v.as.i < 0x110000) return str_from_codepoint(vm, (uint32_t)v.as.i);
  if (!v_is_intlike(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  int64_t i;
  if (!int_fits_i64(v, &i) || i > INT32_MAX || i < INT32_MIN)
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C int");
  if (i < 0 || i >= 0x110000) vm_raise(vm, &EXC_ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(vm, (uint32_t)i);
}

static Value int_base_str(VM *vm, Value v, int base, const char *prefix) {
  v = v_index_operand(vm, v);
  if (!v_is_intlike(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  char *digits = mpz_get_str(NULL, base, z);
  mpz_clear(z);
  Value s = str_printf(vm, "%s%s%s", neg ? "-" : "", prefix, digits);
  free(digits);
  return s;
}

static Value bin1(VM *vm, Value x) { return int_base_str(vm, x, 2, "0b"); }
static Value oct1(VM *vm, Value x) { return int_base_str(vm, x, 8, "0o"); }
static Value hex1(VM *vm, Value x) { return int_base_str(vm, x, 16, "0x"); }

static Value bi_format(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_count(vm, a, "format", 1, 2); /* positional only */
  arg[0] = a->argv[0];
  arg[1] = a->argc > 1 ? a->argv[1] : v_empty();
  Str *spec = str_intern_c(vm, "");
  if (!is_empty(arg[1])) {
    if (!is_str(arg[1]))
      vm_raise(vm, &EXC_TypeError, "format() argument 2 must be str, not %s", v_argtypename(arg[1]));
    spec = as_str(arg[1]);
  }
  return fmt_format(vm, arg[0], spec);
}

/* ---- input ------------------------------------------------------------ */

static Value bi_input(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "input", 0, 1);
  if (a->argc == 1) {
    Str *p = as_str(is_str(a->argv[0]) ? a->argv[0] : v_str(vm, a->argv[0]));
    fwrite(p->data, 1, (size_t)p->nbytes, out_stream(vm));
  }
  fflush(out_stream(vm));
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    vm_raise(vm, &EXC_EOFError, "EOF when reading a line");
  }
  if (n > 0 && line[n - 1] == '\n') n--;
  if (n > 0 && line[n - 1] == '\r') n--;
  int64_t bad = utf8_validate(line, (size_t)n);
  if (bad >= 0) {
    unsigned byte = (unsigned char)line[bad];
    free(line);
    vm_raise(vm, &EXC_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %lld: invalid start byte",
             byte, (long long)bad);
  }
  /* str_new copies; it may raise MemoryError, so copy into a Str first. */
  StrBuf b = STRBUF_INIT;
  sb_append(&b, line, (size_t)n);
  free(line);
  return sb_finish(vm, &b);
}

/* ---- attributes ------------------------------------------------------- */

static Str *attr_name(VM *vm, Value v) {
  if (!is_str(v)) vm_raise(vm, &EXC_TypeError, "attribute name must be string, not '%s'", v_typename(v));
  return as_str(v);
}

static Value bi_getattr(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "getattr", 2, 3);
  Str *name = attr_name(vm, a->argv[1]);
  if (a->argc == 2) return v_getattr(vm, a->argv[0], name);
  Value v = v_getattr_opt(vm, a->argv[0], name);
  return is_empty(v) ? a->argv[2] : v;
}

static Value bi_hasattr(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "hasattr", 2, 2);
  Str *name = attr_name(vm, a->argv[1]);
  return v_bool(!is_empty(v_getattr_opt(vm, a->argv[0], name)));
}

static Value bi_setattr(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "setattr", 3, 3);
  v_setattr(vm, a->argv[0], attr_name(vm, a->argv[1]), a->argv[2]);
  return v_none();
}

static Value bi_delattr(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "delattr", 2, 2);
  v_delattr(vm, a->argv[0], attr_name(vm, a->argv[1]));
  return v_none();
}

static Value bi_globals(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "globals", 0, 0);
  Dict *g = vm_frame_globals(vm);
  if (!g) vm_raise(vm, &EXC_RuntimeError, "globals(): no __main__ module");
  return v_obj(g);
}

static Value bi_exit(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "exit", 0, 1);
  Value args = a->argc ? tuple_from(vm, a->argv, 1) : tuple_from(vm, NULL, 0);
  vm_throw(vm, exc_new_args(vm, &EXC_SystemExit, args));
}

/* ---- the module ------------------------------------------------------- */

/* X: a function taking Args (bi_NAME); X1: one of exactly one argument
** (NAME1, see Builtin's fn1), whose bi_NAME is made here. In CPython's
** order of the builtins module. */
#define BUILTIN_FUNCS(X, X1)                                                  \
  X(print) X1(len) X1(repr) X1(ascii) X1(abs) X(max) X(min) X(sum) X(round)   \
  X(sorted) X(iter) X(next) X(any) X(all) X(isinstance) X(issubclass)         \
  X1(callable) X(divmod) X(pow) X1(hash) X1(id) X1(ord) X1(chr) X1(bin)       \
  X1(oct) X1(hex) X(format) X(input) X(getattr) X(hasattr) X(setattr)         \
  X(delattr) X(globals) X(exit)

#define X(name)
#define X1(name)                                                              \
  static Value bi_##name(VM *vm, Value self, const Args *a) {                 \
    (void)self;                                                               \
    args_count(vm, a, #name, 1, 1);                                           \
    return name##1(vm, a->argv[0]);                                           \
  }
BUILTIN_FUNCS(X, X1)
#undef X
#undef X1

/* iter(x) or iter(callable, sentinel) */
static Value bi_iter(VM *vm, Value self, const Args *a) {
  (void)self;
  no_kwargs(vm, a, "iter");
  args_count(vm, a, "iter", 1, 2);
  if (a->argc == 1) return v_iter(vm, a->argv[0]);
  return iter_callable(vm, a->argv[0], a->argv[1]);
}

void builtins_init(VM *vm) {
  Module *m = module_new(vm, "builtins");
  vm->builtins = m;
  module_set(vm, m, "__name__", str_from_cstr(vm, "builtins"));
#define X(name) module_add_func(vm, m, #name, bi_##name);
#define X1(name) module_add_func(vm, m, #name, bi_##name)->fn1 = name##1;
  BUILTIN_FUNCS(X, X1)
#undef X
#undef X1
  module_add_func(vm, m, "quit", bi_exit);
  module_add_func(vm, m, "open", fileobj_open);
  static const struct { const char *name; Type *type; } types[] = {
      {"bool", &TYPE_BOOL},         {"int", &TYPE_INT},           {"float", &TYPE_FLOAT},
      {"complex", &TYPE_COMPLEX},   {"str", &TYPE_STR},           {"list", &TYPE_LIST},
      {"tuple", &TYPE_TUPLE},       {"dict", &TYPE_DICT},         {"set", &TYPE_SET},
      {"frozenset", &TYPE_FROZENSET}, {"type", &TYPE_TYPE},       {"range", &TYPE_RANGE},
      {"slice", &TYPE_SLICE},       {"object", &TYPE_OBJECT},     {"enumerate", &TYPE_ENUMERATE},
      {"zip", &TYPE_ZIP},           {"map", &TYPE_MAP},           {"filter", &TYPE_FILTER},
      {"reversed", &TYPE_REVERSED},
  };
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    module_set(vm, m, types[i].name, v_obj(types[i].type));
#define X(name, base) module_set(vm, m, #name, v_obj(&EXC_##name));
  EXC_TYPES(X)
#undef X
  /* CPython's old names for OSError: the same class (IOError is OSError) */
  module_set(vm, m, "IOError", v_obj(&EXC_OSError));
  module_set(vm, m, "EnvironmentError", v_obj(&EXC_OSError));
  module_set(vm, m, "NotImplemented", v_notimpl());
  module_set(vm, m, "Ellipsis", ellipsis_value());
  module_set(vm, m, "__debug__", v_bool(true)); /* no -O: asserts run */
}

Module *(*builtin_module_find(const char *name))(VM *vm) {
#define X(mname, init) if (strcmp(name, mname) == 0) return init;
  BUILTIN_MODULES(X)
#undef X
  return NULL;
}
