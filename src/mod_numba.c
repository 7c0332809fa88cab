/*
** mod_numba.c — the `numba` module: njit/jit decorators, prange, type
** objects and signatures, TypingError, thread settings, and the dotted
** submodules numba.core.errors, numba.errors, numba.types, numba.config.
**
** Compilation itself is jit/dispatch.c (dispatchers) over trace/infer.c
** (typing) and trace/lower.c (C text).
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/array.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "mod_numba.h"

Module *mod_numba_cuda_init(VM *vm);
#include "object.h"
#include "str.h"
#include "vm.h"

Type EXC_NbTypingError;
Type EXC_NbUnsupportedRewriteError;
Type EXC_NbConstantInferenceError;

/* ---- type objects ------------------------------------------------------------ */

static Value ntype_repr(VM *vm, Value self) {
  StrBuf b = STRBUF_INIT;
  nb_type_str_py(((NbTypeObj *)self.as.o)->ty, &b); /* typeof(), signatures: Python values' types */
  return sb_finish(vm, &b);
}

static int64_t ntype_hash(VM *vm, Value self) {
  (void)vm;
  return ((NbTypeObj *)self.as.o)->ty * 1000003;
}

static Value ntype_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  (void)vm;
  if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &TYPE_NB_TYPE)) return v_notimpl();
  bool eq = ((NbTypeObj *)a.as.o)->ty == ((NbTypeObj *)b.as.o)->ty;
  return v_bool(op == CMP_EQ ? eq : !eq);
}

Value nb_type_value(VM *vm, NbTy t) {
  NbTypeObj *o = gc_alloc(vm, &TYPE_NB_TYPE, sizeof(NbTypeObj));
  o->ty = t;
  return v_obj(o);
}

NbTy nb_value_type(VM *vm, Value v, const char *what) {
  if (is_type(v, &TYPE_NB_TYPE)) return ((NbTypeObj *)v.as.o)->ty;
  if (is_str(v)) {
    NbSig s;
    nb_parse_signature(vm, v, &s);
    if (s.ret) return s.ret;
  }
  vm_raise(vm, &EXC_TypeError, "%s: expected a numba type, got '%s'", what, v_typename(v));
}

/* float64[:], float64[:, ::1] … */
static Value ntype_getitem(VM *vm, Value self, Value key) {
  NbTy t = ((NbTypeObj *)self.as.o)->ty;
  const NbTypeInfo *i = nb_type(t);
  if (i->kind != NK_SCALAR) vm_raise(vm, &EXC_TypeError, "can only make array types of scalar types");
  int n = is_tuple(key) ? (int)as_tuple(key)->n : 1;
  const Value *items = is_tuple(key) ? as_tuple(key)->items : &key;
  char layout = 'A';
  for (int k = 0; k < n; k++) {
    if (!is_type(items[k], &TYPE_SLICE)) vm_raise(vm, &EXC_TypeError, "array type dimensions must be slices ':'");
    Slice *s = (Slice *)items[k].as.o;
    if (s->step.tag == V_INT && s->step.as.i == 1) {
      if (k == n - 1) layout = 'C';
      else if (k == 0 && n > 1) layout = 'F';
    }
  }
  if (layout == 'F') layout = 'A';
  return nb_type_value(vm, nb_array(i->dtype, n, layout));
}

/* float64(float64[:], int64) → a signature */
static Value ntype_call(VM *vm, Value self, const Args *a) {
  NbTy ret = ((NbTypeObj *)self.as.o)->ty;
  NbSigObj *s = gc_alloc(vm, &TYPE_NB_SIG, sizeof(NbSigObj) + sizeof(NbTy) * (size_t)(a->argc + 1));
  s->ret = ret;
  s->nargs = a->argc;
  for (int i = 0; i < a->argc; i++) s->args[i] = nb_value_type(vm, a->argv[i], "signature");
  return v_obj(s);
}

Type TYPE_NB_TYPE = {.hdr = TYPE_HEADER, .name = "NumbaType", .base = &TYPE_OBJECT, .repr = ntype_repr,
                     .hash = ntype_hash, .richcmp = ntype_richcmp, .getitem = ntype_getitem, .call = ntype_call};

static Value nsig_repr(VM *vm, Value self) {
  NbSigObj *s = (NbSigObj *)self.as.o;
  StrBuf b = STRBUF_INIT;
  nb_type_str(s->ret, &b);
  sb_puts(&b, "(");
  for (int i = 0; i < s->nargs; i++) {
    if (i) sb_puts(&b, ", ");
    nb_type_str(s->args[i], &b);
  }
  sb_puts(&b, ")");
  return sb_finish(vm, &b);
}

Type TYPE_NB_SIG = {.hdr = TYPE_HEADER, .name = "Signature", .base = &TYPE_OBJECT, .repr = nsig_repr};

/* ---- signature strings ----------------------------------------------------------- */

typedef struct SigP {
  VM *vm;
  const char *s, *p;
} SigP;

static void sp_ws(SigP *p) {
  while (isspace((unsigned char)*p->p)) p->p++;
}

static _Noreturn void sp_err(SigP *p, const char *what) {
  vm_raise(p->vm, &EXC_TypeError, "invalid signature '%s': %s at offset %d", p->s, what, (int)(p->p - p->s));
}

static int scalar_by_name(const char *n) {
  static const struct { const char *name; int dt; } tab[] = {
      {"float64", DT_FLOAT64}, {"f8", DT_FLOAT64}, {"double", DT_FLOAT64},  {"float_", DT_FLOAT64},
      {"float32", DT_FLOAT32}, {"f4", DT_FLOAT32}, {"single", DT_FLOAT32},  {"int64", DT_INT64},
      {"i8", DT_INT64},        {"intp", DT_INT64}, {"int_", DT_INT64},      {"int32", DT_INT32},
      {"i4", DT_INT32},        {"intc", DT_INT32}, {"int16", DT_INT16},     {"i2", DT_INT16},
      {"int8", DT_INT8},       {"i1", DT_INT8},    {"uint64", DT_UINT64},   {"u8", DT_UINT64},
      {"uintp", DT_UINT64},    {"uint32", DT_UINT32}, {"u4", DT_UINT32},    {"uint16", DT_UINT16},
      {"u2", DT_UINT16},       {"uint8", DT_UINT8}, {"u1", DT_UINT8},       {"byte", DT_UINT8},
      {"boolean", DT_BOOL},    {"b1", DT_BOOL},    {"bool_", DT_BOOL},      {"bool", DT_BOOL},
      {"complex128", DT_COMPLEX128}, {"c16", DT_COMPLEX128}, {"complex64", DT_COMPLEX64}, {"c8", DT_COMPLEX64},
  };
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (!strcmp(tab[i].name, n)) return tab[i].dt;
  return -1;
}

static NbTy sp_type(SigP *p);

static void sp_ident(SigP *p, char *buf, size_t n) {
  sp_ws(p);
  size_t k = 0;
  while ((isalnum((unsigned char)*p->p) || *p->p == '_' || *p->p == '.') && k + 1 < n) buf[k++] = *p->p++;
  buf[k] = 0;
  if (!k) sp_err(p, "expected a type name");
  /* types.float64, numba.float64 */
  char *dot = strrchr(buf, '.');
  if (dot) memmove(buf, dot + 1, strlen(dot + 1) + 1);
}

static bool sp_eat(SigP *p, char c) {
  sp_ws(p);
  if (*p->p == c) {
    p->p++;
    return true;
  }
  return false;
}

static NbTy sp_type(SigP *p) {
  char name[64];
  sp_ident(p, name, sizeof name);
  NbTy t;
  if (!strcmp(name, "UniTuple")) {
    if (!sp_eat(p, '(')) sp_err(p, "expected '('");
    NbTy it = sp_type(p);
    if (!sp_eat(p, ',')) sp_err(p, "expected ','");
    sp_ws(p);
    int n = (int)strtol(p->p, (char **)&p->p, 10);
    if (!sp_eat(p, ')')) sp_err(p, "expected ')'");
    if (n < 0 || n > 32) sp_err(p, "bad tuple length");
    NbTy items[33];
    for (int i = 0; i < n; i++) items[i] = it;
    t = nb_tuple(n, items);
  } else if (!strcmp(name, "Tuple")) {
    if (!sp_eat(p, '(')) sp_err(p, "expected '('");
    bool inner = sp_eat(p, '(');
    NbTy items[33];
    int n = 0;
    if (!sp_eat(p, ')')) {
      do {
        if (n >= 32) sp_err(p, "tuple too long");
        items[n++] = sp_type(p);
      } while (sp_eat(p, ','));
      if (!sp_eat(p, ')')) sp_err(p, "expected ')'");
    } else inner = false;
    if (inner && !sp_eat(p, ')')) sp_err(p, "expected ')'");
    t = nb_tuple(n, items);
  } else if (!strcmp(name, "void") || !strcmp(name, "none")) {
    t = nb_none();
  } else if (!strcmp(name, "array") || !strcmp(name, "Array")) {
    if (!sp_eat(p, '(')) sp_err(p, "expected '('");
    char dn[64];
    sp_ident(p, dn, sizeof dn);
    int dt = scalar_by_name(dn);
    if (dt < 0) sp_err(p, "unknown dtype");
    if (!sp_eat(p, ',')) sp_err(p, "expected ','");
    sp_ws(p);
    int nd = (int)strtol(p->p, (char **)&p->p, 10);
    if (*p->p == 'd') p->p++;
    char layout = 'A';
    if (sp_eat(p, ',')) {
      sp_ws(p);
      if (*p->p == '\'' || *p->p == '"') p->p++;
      layout = *p->p == 'C' ? 'C' : 'A';
      p->p++;
      if (*p->p == '\'' || *p->p == '"') p->p++;
    }
    if (!sp_eat(p, ')')) sp_err(p, "expected ')'");
    if (nd < 1 || nd > 8) sp_err(p, "bad number of dimensions");
    t = nb_array(dt, nd, layout);
  } else {
    int dt = scalar_by_name(name);
    if (dt < 0) sp_err(p, "unknown type name");
    t = nb_scalar(dt);
  }
  sp_ws(p);
  if (*p->p == '[') {
    p->p++;
    int nd = 0;
    char layout = 'A';
    for (;;) {
      sp_ws(p);
      if (*p->p != ':') sp_err(p, "expected ':' in an array type");
      p->p++;
      nd++;
      if (*p->p == ':') {
        p->p++;
        sp_ws(p);
        if (*p->p == '1') {
          p->p++;
          layout = 'C';
        } else sp_err(p, "expected '::1'");
      } else layout = 'A';
      if (sp_eat(p, ']')) break;
      if (!sp_eat(p, ',')) sp_err(p, "expected ',' or ']'");
    }
    const NbTypeInfo *i = nb_type(t);
    if (i->kind != NK_SCALAR) sp_err(p, "arrays of non-scalar types are not supported");
    t = nb_array(i->dtype, nd, layout);
  }
  return t;
}

void nb_parse_signature(VM *vm, Value v, NbSig *out) {
  memset(out, 0, sizeof *out);
  if (is_type(v, &TYPE_NB_SIG)) {
    NbSigObj *s = (NbSigObj *)v.as.o;
    out->ret = s->ret;
    out->nargs = s->nargs < 32 ? s->nargs : 32;
    memcpy(out->args, s->args, sizeof(NbTy) * (size_t)out->nargs);
    return;
  }
  if (is_type(v, &TYPE_NB_TYPE)) { /* njit(float64): return type only — Numba rejects it */
    vm_raise(vm, &EXC_TypeError, "a signature needs argument types, e.g. float64(float64)");
  }
  if (is_tuple(v)) {
    Tuple *t = as_tuple(v);
    out->nargs = (int)(t->n < 32 ? t->n : 32);
    for (int i = 0; i < out->nargs; i++) out->args[i] = nb_value_type(vm, t->items[i], "signature");
    return;
  }
  if (!is_str(v)) vm_raise(vm, &EXC_TypeError, "invalid signature: expected a string or a numba signature, got '%s'", v_typename(v));
  SigP p = {vm, as_str(v)->data, as_str(v)->data};
  NbTy first = sp_type(&p);
  if (sp_eat(&p, '(')) {
    out->ret = first;
    if (!sp_eat(&p, ')')) {
      do {
        if (out->nargs >= 32) sp_err(&p, "too many arguments");
        out->args[out->nargs++] = sp_type(&p);
      } while (sp_eat(&p, ','));
      if (!sp_eat(&p, ')')) sp_err(&p, "expected ')'");
    }
  } else {
    out->ret = first; /* a bare type: callers use it as a type */
    out->nargs = -1;
  }
  sp_ws(&p);
  if (*p.p) sp_err(&p, "unexpected text");
  if (out->nargs < 0) out->nargs = 0;
}

/* ---- decorators ------------------------------------------------------------------- */

enum { MODE_NOPYTHON = 0, MODE_OBJECT = 1 };

typedef struct DecoState {
  Obj hdr;
  Value sigs;   /* V_NONE, a list of signatures */
  NbOptions opt;
  int mode;
} DecoState;

static void deco_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((DecoState *)o)->sigs); }
static Type TYPE_NB_DECO = {.hdr = TYPE_HEADER, .name = "numba_decorator", .base = &TYPE_OBJECT, .mark = deco_mark};

static Value make_dispatcher(VM *vm, DecoState *st, Value fn) {
  if (st->mode == MODE_OBJECT) {
    fprintf(stderr, "NumbaWarning: object mode (nopython=False): '%s' runs in the interpreter.\n",
            is_function(fn) ? as_function(fn)->name->data : "?");
    return fn;
  }
  if (is_type(fn, &TYPE_NB_DISPATCHER)) { /* Numba's decorators.py */
    Str *r = as_str(v_repr(vm, fn));
    vm_raise(vm, &EXC_TypeError, "A jit decorator was called on an already jitted function %s.  If trying to access the "
             "original python function, use the %s.py_func attribute.", r->data, r->data);
  }
  Value d = nb_dispatcher_new(vm, fn, &st->opt);
  gc_push_root(vm, d);
  if (is_list(st->sigs)) {
    List *l = as_list(st->sigs);
    for (int64_t i = 0; i < l->n; i++) {
      NbSig s;
      nb_parse_signature(vm, l->items[i], &s);
      nb_dispatcher_add_sig(vm, d, &s);
    }
  }
  gc_pop_roots(vm, 1);
  return d;
}

static Value deco_apply(VM *vm, Value self, const Args *a) {
  DecoState *st = (DecoState *)self.as.o;
  if (a->argc != 1 || a->nkw) vm_raise(vm, &EXC_TypeError, "the numba decorator takes one function");
  return make_dispatcher(vm, st, a->argv[0]);
}

static bool opt_bool(VM *vm, Value v) { return v_truthy(vm, v); }

static Value jit_common(VM *vm, const Args *a, bool njit) {
  DecoState *st = gc_alloc(vm, &TYPE_NB_DECO, sizeof(DecoState));
  Value stv = v_obj(st);
  gc_push_root(vm, stv);
  st->sigs = v_none();
  st->opt.boundscheck = true; /* streak's default (SPEC.md) */
  /* plain @jit too: Numba 0.56 would fall back to object mode where
  ** nopython mode fails, but streak types less than Numba, so a fallback
  ** here could print what Numba's nopython code would not (a dict for a
  ** typed Dict, big ints for wrapped ones): a TypingError says so instead */
  st->mode = MODE_NOPYTHON;
  bool nopython_given = false;
  for (int k = 0; k < a->nkw; k++) {
    Str *n = as_str(a->kwnames[k]);
    Value v = a->kwvals[k];
    if (str_eq_c(n, "nopython")) {
      nopython_given = true;
      if (!opt_bool(vm, v)) st->mode = MODE_OBJECT;
    } else if (str_eq_c(n, "forceobj")) {
      if (opt_bool(vm, v)) st->mode = MODE_OBJECT;
    } else if (str_eq_c(n, "boundscheck")) st->opt.boundscheck = is_none(v) ? true : opt_bool(vm, v);
    else if (str_eq_c(n, "fastmath")) st->opt.fastmath = opt_bool(vm, v);
    else if (str_eq_c(n, "parallel")) st->opt.parallel = opt_bool(vm, v);
    else if (str_eq_c(n, "cache")) st->opt.cache = opt_bool(vm, v);
    else if (str_eq_c(n, "nogil")) st->opt.nogil = opt_bool(vm, v);
    else if (str_eq_c(n, "error_model")) {
      /* 'numpy': float division by zero gives inf/nan instead of raising
      ** (Numba's ufunc kernels); another name is Numba's KeyError */
      if (!is_str(v) || (!str_eq_c(as_str(v), "numpy") && !str_eq_c(as_str(v), "python"))) vm_raise_key(vm, v);
      st->opt.numpy_errors = str_eq_c(as_str(v), "numpy");
    } else if (str_eq_c(n, "inline") || str_eq_c(n, "looplift") ||
             str_eq_c(n, "target") || str_eq_c(n, "debug") || str_eq_c(n, "locals") || str_eq_c(n, "no_cpython_wrapper") ||
             str_eq_c(n, "no_cfunc_wrapper") || str_eq_c(n, "_nrt") || str_eq_c(n, "signature_or_function"))
      ;
    else vm_raise(vm, &EXC_KeyError, "Unrecognized options: {'%s'}", n->data);
  }
  (void)nopython_given;
  Value fn = v_empty();
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "%s() takes at most one positional argument", njit ? "njit" : "jit");
  if (a->argc == 1) {
    Value x = a->argv[0];
    if (is_function(x) || is_type(x, &TYPE_NB_DISPATCHER)) fn = x;
    else if (is_list(x)) st->sigs = x;
    else if (is_str(x) || is_type(x, &TYPE_NB_SIG) || is_tuple(x)) {
      List *l = list_new(vm, 1);
      list_append(vm, l, x);
      st->sigs = v_obj(l);
    } else vm_raise(vm, &EXC_TypeError, "invalid argument to %s(): '%s'", njit ? "njit" : "jit", v_typename(x));
  }
  Value r = is_empty(fn) ? builtin_new(vm, njit ? "njit" : "jit", deco_apply, stv) : make_dispatcher(vm, st, fn);
  gc_pop_roots(vm, 1);
  return r;
}

static Value nb_njit(VM *vm, Value self, const Args *a) {
  (void)self;
  return jit_common(vm, a, true);
}
static Value nb_jit(VM *vm, Value self, const Args *a) {
  (void)self;
  return jit_common(vm, a, false);
}

/* prange in interpreted code (py_func, object mode): range. */
static Value nb_prange(VM *vm, Value self, const Args *a) {
  (void)self;
  Value rng = module_get(vm, vm->builtins, "range");
  return vm_call(vm, rng, a);
}

static int64_t num_threads, max_threads;

static int64_t default_threads(void) {
  const char *e = getenv("NUMBA_NUM_THREADS");
  if (e && atoll(e) > 0) return atoll(e);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int nb_num_threads(void) {
  if (!max_threads) max_threads = default_threads();
  return (int)(num_threads ? num_threads : max_threads);
}

static Value nb_set_num_threads(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "set_num_threads", 1, 1);
  int64_t n = v_index(vm, a->argv[0], "set_num_threads");
  if (!max_threads) max_threads = default_threads();
  if (n < 1 || n > max_threads)
    vm_raise(vm, &EXC_ValueError, "The number of threads must be between 1 and %lld", (long long)max_threads);
  num_threads = n;
  return v_none();
}

static Value nb_get_num_threads(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "get_num_threads", 0, 0);
  if (!max_threads) max_threads = default_threads();
  return v_int(num_threads ? num_threads : max_threads);
}

static Value nb_typeof_fn(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "typeof", 1, 1);
  NbTy t = nb_typeof(vm, a->argv[0]);
  if (!t) vm_raise(vm, &EXC_ValueError, "cannot determine Numba type of %s", v_typename(a->argv[0]));
  return nb_type_value(vm, t);
}

static Value nb_unituple(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "UniTuple", 2, 2);
  NbTy it = nb_value_type(vm, a->argv[0], "UniTuple");
  int64_t n = v_index(vm, a->argv[1], "UniTuple");
  if (n < 0 || n > 32) vm_raise(vm, &EXC_ValueError, "UniTuple length out of range");
  NbTy items[33];
  for (int i = 0; i < n; i++) items[i] = it;
  return nb_type_value(vm, nb_tuple((int)n, items));
}

static Value nb_tuple_t(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "Tuple", 1, 1);
  Value x = a->argv[0];
  if (!is_tuple(x) && !is_list(x)) vm_raise(vm, &EXC_TypeError, "Tuple() takes a tuple of types");
  int64_t n = is_tuple(x) ? as_tuple(x)->n : as_list(x)->n;
  const Value *items = is_tuple(x) ? as_tuple(x)->items : as_list(x)->items;
  if (n > 32) vm_raise(vm, &EXC_ValueError, "Tuple too long");
  NbTy t[33];
  for (int64_t i = 0; i < n; i++) t[i] = nb_value_type(vm, items[i], "Tuple");
  return nb_type_value(vm, nb_tuple((int)n, t));
}

static Value nb_array_t(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "Array", "dtype,ndim,layout", v);
  NbTy dt = nb_value_type(vm, v[0], "Array");
  if (!nb_is_scalar(dt)) vm_raise(vm, &EXC_TypeError, "Array() dtype must be a scalar type");
  int64_t nd = v_index(vm, v[1], "Array");
  char layout = is_str(v[2]) && as_str(v[2])->data[0] == 'C' ? 'C' : 'A';
  if (nd < 1 || nd > 8) vm_raise(vm, &EXC_ValueError, "Array() ndim out of range");
  return nb_type_value(vm, nb_array(nb_type(dt)->dtype, (int)nd, layout));
}

static void add_types(VM *vm, Module *m) {
  static const struct { const char *name; int dt; } scal[] = {
      {"float64", DT_FLOAT64}, {"f8", DT_FLOAT64}, {"double", DT_FLOAT64}, {"float32", DT_FLOAT32},
      {"f4", DT_FLOAT32},      {"int64", DT_INT64}, {"i8", DT_INT64},      {"intp", DT_INT64},
      {"int32", DT_INT32},     {"i4", DT_INT32},    {"intc", DT_INT32},    {"int16", DT_INT16},
      {"i2", DT_INT16},        {"int8", DT_INT8},   {"i1", DT_INT8},       {"uint64", DT_UINT64},
      {"u8", DT_UINT64},       {"uintp", DT_UINT64}, {"uint32", DT_UINT32}, {"u4", DT_UINT32},
      {"uint16", DT_UINT16},   {"u2", DT_UINT16},   {"uint8", DT_UINT8},   {"u1", DT_UINT8},
      {"byte", DT_UINT8},      {"boolean", DT_BOOL}, {"b1", DT_BOOL},      {"bool_", DT_BOOL},
      {"complex128", DT_COMPLEX128}, {"c16", DT_COMPLEX128}, {"complex64", DT_COMPLEX64}, {"c8", DT_COMPLEX64},
  };
  for (size_t i = 0; i < sizeof scal / sizeof scal[0]; i++) module_set(vm, m, scal[i].name, nb_type_value(vm, nb_scalar(scal[i].dt)));
  module_set(vm, m, "void", nb_type_value(vm, nb_none()));
  module_set(vm, m, "none", nb_type_value(vm, nb_none()));
  module_set(vm, m, "unicode_type", nb_type_value(vm, nb_str()));
  module_add_func(vm, m, "UniTuple", nb_unituple);
  module_add_func(vm, m, "Tuple", nb_tuple_t);
  module_add_func(vm, m, "Array", nb_array_t);
}

static Module *submodule(VM *vm, Module *parent, const char *full, const char *leaf) {
  Module *m = module_new(vm, full);
  module_set(vm, m, "__path__", list_from(vm, NULL, 0));
  dict_set_str(vm, vm->modules, str_intern_c(vm, full), v_obj(m));
  if (parent) module_set(vm, parent, leaf, v_obj(m));
  return m;
}

Module *mod_numba_init(VM *vm) {
  if (!EXC_NbTypingError.name) {
    EXC_NbTypingError = EXC_Exception;
    EXC_NbTypingError.name = "TypingError";
    EXC_NbTypingError.module = "numba.core.errors";
    EXC_NbTypingError.base = &EXC_Exception;
    EXC_NbTypingError.methods = EXC_Exception.methods;
    EXC_NbUnsupportedRewriteError = EXC_NbTypingError;
    EXC_NbUnsupportedRewriteError.name = "UnsupportedRewriteError";
    EXC_NbConstantInferenceError = EXC_NbTypingError;
    EXC_NbConstantInferenceError.name = "ConstantInferenceError";
  }
  Module *m = module_new(vm, "numba");
  module_set(vm, m, "__path__", list_from(vm, NULL, 0));
  /* register early so submodules can see the parent */
  dict_set_str(vm, vm->modules, str_intern_c(vm, "numba"), v_obj(m));
  module_add_func(vm, m, "njit", nb_njit);
  module_add_func(vm, m, "jit", nb_jit);
  module_add_func(vm, m, "prange", nb_prange);
  module_add_func(vm, m, "vectorize", nb_vectorize_fn);
  module_add_func(vm, m, "guvectorize", nb_guvectorize_fn);
  module_add_func(vm, m, "set_num_threads", nb_set_num_threads);
  module_add_func(vm, m, "get_num_threads", nb_get_num_threads);
  module_add_func(vm, m, "typeof", nb_typeof_fn);
  module_set(vm, m, "__version__", str_from_cstr(vm, "0.56.4"));
  module_set(vm, m, "TypingError", v_obj(&EXC_NbTypingError));
  add_types(vm, m);

  Module *types = submodule(vm, m, "numba.types", "types");
  add_types(vm, types);
  Module *core = submodule(vm, m, "numba.core", "core");
  Module *cerr = submodule(vm, core, "numba.core.errors", "errors");
  module_set(vm, cerr, "TypingError", v_obj(&EXC_NbTypingError));
  module_set(vm, cerr, "UnsupportedRewriteError", v_obj(&EXC_NbUnsupportedRewriteError));
  module_set(vm, cerr, "ConstantInferenceError", v_obj(&EXC_NbConstantInferenceError));
  module_set(vm, cerr, "NumbaError", v_obj(&EXC_Exception));
  Module *ctypes = submodule(vm, core, "numba.core.types", "types");
  add_types(vm, ctypes);
  Module *errs = submodule(vm, m, "numba.errors", "errors");
  module_set(vm, errs, "TypingError", v_obj(&EXC_NbTypingError));
  Module *typed = submodule(vm, m, "numba.typed", "typed");
  module_set(vm, typed, "Dict", v_obj(&TYPE_NB_TYPED_DICT));
  module_set(vm, typed, "List", v_obj(&TYPE_NB_TYPED_LIST));
  Module *cfg = submodule(vm, m, "numba.config", "config");
  module_set(vm, cfg, "NUMBA_NUM_THREADS", v_int(default_threads()));
  module_set(vm, cfg, "NUMBA_DEFAULT_NUM_THREADS", v_int(default_threads()));
  module_set(vm, cfg, "DISABLE_JIT", v_int(0));
  mod_numba_cuda_init(vm); /* numba.cuda: src/mod_cuda.c */
  return m;
}
