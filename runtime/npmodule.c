/*
** npmodule.c — the `numpy` module object: NumPy scalar types (np.float64 …,
** callable and usable as dtype=), dtype objects (dtype('float64')), the
** creation functions (array, asarray, zeros, ones, empty, full, *_like,
** arange, linspace, eye, copy), a few shape functions, constants and
** set_printoptions. Other files add their functions through the weak hooks
** np_register_ufuncs / np_register_random (array.h).
*/
#include <complex.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "array.h"
#include "ufunc.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "np_names.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* ---- NumPy scalars ------------------------------------------------------------ */

Type np_scalar_types[DT__COUNT];

/* NumPy's abstract scalar classes, for isinstance(x, np.integer) & co. */
static Type np_generic, np_number, np_integer, np_signedinteger, np_unsignedinteger, np_inexact,
    np_floating, np_complexfloating;

static void init_scalar_types(void);

/* Lazily initialised: embedders and tests make scalars without importing numpy. */
Type *np_scalar_type(DType dt) {
  if (__builtin_expect(!np_scalar_types[dt].name, 0)) init_scalar_types();
  return &np_scalar_types[dt];
}

bool is_npscalar(Value v) {
  if (v.tag != V_OBJ) return false;
  Type *t = v.as.o->type;
  return t >= &np_scalar_types[0] && t < &np_scalar_types[DT__COUNT];
}

/* Whether v is one of NumPy's scalar classes (np.float64, np.generic, ...). */
bool is_np_scalar_class(Value v) {
  if (!is_type(v, &TYPE_TYPE)) return false;
  const Type *t = (const Type *)v.as.o;
  const Type *abstract[] = {&np_generic, &np_number, &np_integer, &np_signedinteger,
                            &np_unsignedinteger, &np_inexact, &np_floating, &np_complexfloating};
  for (size_t i = 0; i < sizeof abstract / sizeof *abstract; i++)
    if (t == abstract[i]) return true;
  return t >= &np_scalar_types[0] && t < &np_scalar_types[DT__COUNT];
}

/* np.True_ / np.False_: static, so comparisons never allocate. */
static NpScalar np_bools[2] = {
    {.hdr = {.type = &np_scalar_types[DT_BOOL], .gc_next = NULL, .gc_flags = GC_STATIC, .aux = 0},
     .dtype = DT_BOOL, .v.u = 0},
    {.hdr = {.type = &np_scalar_types[DT_BOOL], .gc_next = NULL, .gc_flags = GC_STATIC, .aux = 0},
     .dtype = DT_BOOL, .v.u = 1},
};

Value np_bool_scalar(bool b) {
  if (__builtin_expect(!np_scalar_types[DT_BOOL].name, 0)) init_scalar_types();
  return v_obj(&np_bools[b ? 1 : 0]);
}

static DType sdt(Value v) { return (DType)as_npscalar(v)->dtype; }

Value np_scalar_number(VM *vm, Value v) {
  if (!is_npscalar(v)) {
    /* 0-d arrays convert like their element (float(np.array(2.5)), index) */
    if (is_array(v) && as_array(v)->ndim == 0)
      return arr_item_py(vm, (DType)as_array(v)->dtype, as_array(v)->data);
    return v_empty();
  }
  NpScalar *s = as_npscalar(v);
  switch (s->dtype) {
  case DT_FLOAT64: return v_float(s->v.d);
  case DT_INT64: return v_int(s->v.i);
  case DT_BOOL: return v_bool(s->v.bytes[0] != 0);
  default: return arr_item_py(vm, (DType)s->dtype, s->v.bytes);
  }
}

Value np_convertible_number(VM *vm, Value v, bool for_complex) {
  if (!is_array(v) || as_array(v)->ndim == 0) {
    Value n = v_number(vm, v);
    /* NumPy's complex scalars give int()/float() their real part (with a
       ComplexWarning); an array's complex element is refused as Python's is */
    if (!for_complex && is_npscalar(v) && is_complex(n)) return v_float(as_complex(n)->re);
    return n;
  }
  NdArray *a = as_array(v);
  if (a->size != 1)
    vm_raise(vm, &EXC_TypeError, "only %s-1 arrays can be converted to Python scalars",
             for_complex ? "length" : "size");
  return arr_item_py(vm, (DType)a->dtype, a->data);
}

static Value scalar_py(VM *vm, Value v) { return np_scalar_number(vm, v); }

static Value scalar_repr(VM *vm, Value self) {
  NpScalar *s = as_npscalar(self);
  if (s->dtype == DT_FLOAT64) return float_repr(vm, s->v.d);
  StrBuf b = STRBUF_INIT;
  np_scalar_repr_into(&b, (DType)s->dtype, s->v.bytes);
  return sb_finish(vm, &b);
}

static int64_t scalar_hash(VM *vm, Value self) { return v_hash(vm, scalar_py(vm, self)); }

static bool scalar_truthy(VM *vm, Value self) {
  NpScalar *s = as_npscalar(self);
  switch (s->dtype) {
  case DT_FLOAT64: return s->v.d != 0;
  case DT_INT64: return s->v.i != 0;
  case DT_BOOL: return s->v.bytes[0] != 0;
  default: return v_truthy(vm, scalar_py(vm, self));
  }
}

/* ---- inline scalar arithmetic ----
** The common cases -- float64/int64/bool NumPy scalars with each other or
** with Python bool/int/float -- computed here without the ufunc engine.
** Promotion between scalars is plain np.promote_types (Python int → int64,
** float → float64); anything else (other dtypes, //, %, **, shifts, errors)
** goes to the ufunc engine, which gives the same results more slowly. */
typedef struct FastOp {
  DType dt; /* DT_BOOL, DT_INT64 or DT_FLOAT64 */
  int64_t i;
  double d;
} FastOp;

static bool fast_operand(Value v, FastOp *o) {
  switch (v.tag) {
  case V_BOOL: o->dt = DT_BOOL; o->i = v.as.i; o->d = (double)v.as.i; return true;
  case V_INT: o->dt = DT_INT64; o->i = v.as.i; o->d = (double)v.as.i; return true;
  case V_FLOAT: o->dt = DT_FLOAT64; o->i = 0; o->d = v.as.f; return true;
  case V_OBJ: break;
  default: return false;
  }
  if (!is_npscalar(v)) return false;
  NpScalar *s = as_npscalar(v);
  switch (s->dtype) {
  case DT_FLOAT64: o->dt = DT_FLOAT64; o->i = 0; o->d = s->v.d; return true;
  case DT_INT64: o->dt = DT_INT64; o->i = s->v.i; o->d = (double)s->v.i; return true;
  case DT_BOOL: o->dt = DT_BOOL; o->i = s->v.bytes[0]; o->d = (double)o->i; return true;
  default: return false;
  }
}

static Value new_f64(VM *vm, double d) {
  NpScalar *s = gc_alloc_uninit(vm, &np_scalar_types[DT_FLOAT64], sizeof(NpScalar));
  s->dtype = DT_FLOAT64;
  s->v.d = d;
  return v_obj(s);
}

static Value new_i64(VM *vm, int64_t i) {
  NpScalar *s = gc_alloc_uninit(vm, &np_scalar_types[DT_INT64], sizeof(NpScalar));
  s->dtype = DT_INT64;
  s->v.i = i;
  return v_obj(s);
}

static Value fast_binop(VM *vm, BinOp op, const FastOp *x, const FastOp *y) {
  DType rt = dt_promote(x->dt, y->dt);
  if (rt == DT_FLOAT64 || (op == BINOP_TRUEDIV && rt == DT_INT64)) {
    double a = x->d, b = y->d;
    switch (op) {
    case BINOP_ADD: return new_f64(vm, a + b);
    case BINOP_SUB: return new_f64(vm, a - b);
    case BINOP_MUL: return new_f64(vm, a * b);
    case BINOP_TRUEDIV: return new_f64(vm, a / b);
    default: return v_empty();
    }
  }
  if (rt == DT_INT64) {
    uint64_t a = (uint64_t)x->i, b = (uint64_t)y->i;
    switch (op) {
    case BINOP_ADD: return new_i64(vm, (int64_t)(a + b));
    case BINOP_SUB: return new_i64(vm, (int64_t)(a - b));
    case BINOP_MUL: return new_i64(vm, (int64_t)(a * b));
    case BINOP_AND: return new_i64(vm, (int64_t)(a & b));
    case BINOP_OR: return new_i64(vm, (int64_t)(a | b));
    case BINOP_XOR: return new_i64(vm, (int64_t)(a ^ b));
    default: return v_empty();
    }
  }
  if (rt == DT_BOOL) {
    switch (op) {
    case BINOP_AND: return np_bool_scalar(x->i & y->i);
    case BINOP_OR: return np_bool_scalar(x->i | y->i);
    case BINOP_XOR: return np_bool_scalar(x->i ^ y->i);
    default: return v_empty();
    }
  }
  return v_empty();
}

/* A Python int no NumPy integer dtype holds (below -2**63, or 2**64 and
** up) meeting a NumPy integer or bool scalar: NumPy 1.24's scalar gives up
** (NotImplemented) and Python's int does the arithmetic, so the result is
** a Python int (np.int64(3) + 2**70 == 1180591620717411303427). */
static bool int_beyond_dtypes(Value big, Value scalar) {
  if (!is_bigint(big) || !is_npscalar(scalar)) return false;
  DType dt = sdt(scalar);
  if (!dt_is_int(dt) && dt != DT_BOOL) return false;
  const BigInt *b = as_bigint(big);
  return !(mpz_sgn(b->z) > 0 && mpz_sizeinbase(b->z, 2) <= 64);
}

static Value scalar_binop(VM *vm, BinOp op, Value a, Value b) {
  if (int_beyond_dtypes(a, b) || int_beyond_dtypes(b, a)) return v_binop(vm, op, v_number(vm, a), v_number(vm, b));
  FastOp x, y;
  if (fast_operand(a, &x) && fast_operand(b, &y)) {
    Value r = fast_binop(vm, op, &x, &y);
    if (!is_empty(r)) return r;
  }
  /* 'ab' * np.int64(3), np.int64(3) * [0]: a NumPy scalar defers to the
  ** sequence's repeat on either side, through __index__, so an integer or
  ** bool repeats it and any other dtype is refused as a non-int. */
  Value seq = is_npscalar(a) ? b : a;
  if (op == BINOP_MUL && (is_str(seq) || is_list(seq) || is_tuple(seq))) {
    Value n = is_npscalar(a) ? a : b;
    if (!dt_is_int(sdt(n)) && sdt(n) != DT_BOOL)
      vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(n));
    return is_npscalar(a) ? v_binop(vm, op, v_number(vm, a), b) : v_binop(vm, op, a, v_number(vm, b));
  }
  return np_array_binop(vm, op, a, b);
}

static Value scalar_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  FastOp x, y;
  if (fast_operand(a, &x) && fast_operand(b, &y)) {
    bool r;
    if (x.dt == DT_FLOAT64 || y.dt == DT_FLOAT64) {
      double p = x.d, q = y.d;
      switch (op) {
      case CMP_LT: r = p < q; break;
      case CMP_LE: r = p <= q; break;
      case CMP_EQ: r = p == q; break;
      case CMP_NE: r = p != q; break;
      case CMP_GT: r = p > q; break;
      default: r = p >= q; break;
      }
    } else {
      int64_t p = x.i, q = y.i;
      switch (op) {
      case CMP_LT: r = p < q; break;
      case CMP_LE: r = p <= q; break;
      case CMP_EQ: r = p == q; break;
      case CMP_NE: r = p != q; break;
      case CMP_GT: r = p > q; break;
      default: r = p >= q; break;
      }
    }
    return np_bool_scalar(r);
  }
  return np_array_richcmp(vm, a, b, op);
}

static Value scalar_unop(VM *vm, UnOp op, Value a) {
  NpScalar *s = as_npscalar(a);
  if (op == UNOP_POS && (s->dtype == DT_FLOAT64 || s->dtype == DT_INT64)) return a;
  if (s->dtype == DT_FLOAT64 && op == UNOP_NEG) return new_f64(vm, -s->v.d);
  if (s->dtype == DT_INT64 && op == UNOP_NEG) return new_i64(vm, (int64_t)(0 - (uint64_t)s->v.i));
  if (s->dtype == DT_INT64 && op == UNOP_INVERT) return new_i64(vm, ~s->v.i);
  if (s->dtype == DT_BOOL && op == UNOP_INVERT) return np_bool_scalar(!s->v.bytes[0]);
  return np_array_unop(vm, op, a);
}

/* ndarray method `name` called on a NumPy scalar, as NumPy's generic type
** does it: on the scalar as a 0-d array, a 0-d result back to a scalar
** (np.float64(2).sum(), .reshape(1), .copy()). bound: (0-d array, name). */
static Value scalar_array_method(VM *vm, Value bound, const Args *a) {
  Tuple *t = as_tuple(bound);
  CFunc fn;
  if (!type_find_method(&TYPE_NDARRAY, as_str(t->items[1]), &fn)) return v_none();
  Value r = fn(vm, t->items[0], a);
  return is_array(r) ? arr_return(vm, as_array(r)) : r;
}

/* A method the scalar's type lacks: ndarray's (NumPy's generic), then for
** np.float64 and np.complex128, subclasses of float and complex, theirs. */
static Value scalar_inherited_method(VM *vm, Value self, Str *name) {
  const MethodDef *m = type_find_methoddef(&TYPE_NDARRAY, name);
  if (m) {
    Value z = v_obj(arr_from_value(vm, self, sdt(self)));
    gc_push_root(vm, z);
    Value bound = tuple_pack2(vm, z, v_obj(name));
    gc_pop_roots(vm, 1);
    gc_push_root(vm, bound);
    Value r = builtin_new(vm, m->name, scalar_array_method, bound);
    gc_pop_roots(vm, 1);
    return r;
  }
  Type *py = sdt(self) == DT_FLOAT64 ? &TYPE_FLOAT : sdt(self) == DT_COMPLEX128 ? &TYPE_COMPLEX : NULL;
  if (py && (m = type_find_methoddef(py, name))) {
    Value p = scalar_py(vm, self);
    gc_push_root(vm, p);
    Value r = builtin_new(vm, m->name, m->fn, p);
    gc_pop_roots(vm, 1);
    return r;
  }
  return v_empty();
}

/* Whether key indexes a 0-d array without an axis: None, ..., or a tuple
** of those (the empty one too). */
static bool axisless_key(Value key) {
  if (is_none(key) || is_type(key, &TYPE_ELLIPSIS)) return true;
  if (!is_tuple(key)) return false;
  Tuple *t = as_tuple(key);
  for (int64_t i = 0; i < t->n; i++)
    if (!is_none(t->items[i]) && !is_type(t->items[i], &TYPE_ELLIPSIS)) return false;
  return true;
}

/* x[key] on a NumPy scalar indexes it as a 0-d array (x[()] is x, x[...]
** a 0-d array); NumPy turns every failure into this IndexError. */
static Value scalar_getitem(VM *vm, Value self, Value key) {
  if (!axisless_key(key)) vm_raise(vm, &EXC_IndexError, "invalid index to scalar variable.");
  return arr_getitem(vm, v_obj(arr_from_value(vm, self, -1)), key);
}

static Value scalar_getattr(VM *vm, Value self, Str *name) {
  NpScalar *s = as_npscalar(self);
  DType dt = (DType)s->dtype;
  if (str_eq_c(name, "dtype")) return np_dtype_value(dt);
  if (str_eq_c(name, "itemsize") || str_eq_c(name, "nbytes")) return v_int(dt_size(dt));
  if (str_eq_c(name, "ndim")) return v_int(0);
  if (str_eq_c(name, "size")) return v_int(1);
  if (str_eq_c(name, "shape") || str_eq_c(name, "strides")) return v_obj(tuple_new(vm, 0));
  if (str_eq_c(name, "T")) return self;
  if (str_eq_c(name, "real") || str_eq_c(name, "imag")) {
    bool im = str_eq_c(name, "imag");
    if (!dt_is_complex(dt)) {
      if (!im) return self;
      unsigned char z[16] = {0};
      return arr_scalar_from(vm, dt, z);
    }
    DType rt = dt_real_of(dt);
    return arr_scalar_from(vm, rt, s->v.bytes + (im ? dt_size(rt) : 0));
  }
  return scalar_inherited_method(vm, self, name);
}

static Value scalar_item(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "item", 0, 0);
  return scalar_py(vm, self);
}

static Value scalar_astype(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "astype", 1, 1);
  int dt = np_dtype_from_value(vm, a->argv[0]);
  NpScalar *s = as_npscalar(self);
  unsigned char buf[16];
  arr_cast_strided((DType)(dt < 0 ? DT_FLOAT64 : dt), (char *)buf, 0, (DType)s->dtype,
                   (const char *)s->v.bytes, 0, 1);
  return arr_scalar_from(vm, (DType)(dt < 0 ? DT_FLOAT64 : dt), buf);
}

static Value scalar_conjugate(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "conjugate", 0, 0);
  if (!dt_is_complex(sdt(self))) return self;
  return uf_unary(vm, UF_conjugate, self);
}

/* float methods for np.float64 (a float subclass) and the floating types. */
static Value scalar_is_integer(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "is_integer", 0, 0);
  if (dt_is_int(sdt(self))) return v_bool(true); /* np.integer.is_integer */
  Value p = scalar_py(vm, self);
  if (p.tag != V_FLOAT) vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute 'is_integer'", v_typename(self));
  return v_bool(isfinite(p.as.f) && floor(p.as.f) == p.as.f);
}

static Value scalar_float_method(VM *vm, Value self, const Args *a, const char *name) {
  Value p = scalar_py(vm, self);
  CFunc fn;
  if (p.tag != V_FLOAT || !type_find_method(&TYPE_FLOAT, str_intern_c(vm, name), &fn))
    vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute '%s'", v_typename(self), name);
  return fn(vm, p, a);
}

static Value scalar_as_integer_ratio(VM *vm, Value self, const Args *a) {
  return scalar_float_method(vm, self, a, "as_integer_ratio");
}

static Value scalar_hex(VM *vm, Value self, const Args *a) { return scalar_float_method(vm, self, a, "hex"); }

static Value scalar_abs(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__abs__", 0, 0);
  NpScalar *s = as_npscalar(self);
  if (s->dtype == DT_FLOAT64) return new_f64(vm, fabs(s->v.d));
  if (s->dtype == DT_INT64) return new_i64(vm, s->v.i < 0 ? (int64_t)(0 - (uint64_t)s->v.i) : s->v.i);
  /* NumPy's scalar math takes hypot on every CPU (np.absolute of the same
  ** scalar may not: ufunc.c's cabs_d) */
  if (s->dtype == DT_COMPLEX128) return new_f64(vm, hypot(creal(s->v.c128), cimag(s->v.c128)));
  if (s->dtype == DT_COMPLEX64) {
    float h = hypotf(crealf(s->v.c64), cimagf(s->v.c64));
    return arr_scalar_from(vm, DT_FLOAT32, &h);
  }
  return uf_unary(vm, UF_absolute, self);
}

Value np_m_round(VM *vm, Value self, const Args *a);

/* round(x) gives a Python int; round(x, n) a scalar of x's dtype (np.round). */
static Value scalar_round(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__round__", 0, 1);
  if (a->argc == 1 && !is_none(a->argv[0])) return np_m_round(vm, self, a);
  Value p = scalar_py(vm, self);
  if (is_complex(p)) vm_raise(vm, &EXC_TypeError, "type complex doesn't define __round__ method");
  return num_round(vm, p, v_empty());
}

static Value scalar_divmod(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__divmod__", 1, 1);
  return uf_divmod(vm, self, a->argv[0]);
}

static Value scalar_rdivmod(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__rdivmod__", 1, 1);
  return uf_divmod(vm, a->argv[0], self);
}

static const MethodDef scalar_methods[] = {
    {"item", scalar_item},
    {"tolist", scalar_item},
    {"astype", scalar_astype},
    {"conjugate", scalar_conjugate},
    {"conj", scalar_conjugate},
    {"is_integer", scalar_is_integer},
    {"as_integer_ratio", scalar_as_integer_ratio},
    {"hex", scalar_hex}, /* float's methods read a float self: each has a wrapper here */
    {"__abs__", scalar_abs},
    {"__round__", scalar_round},
    {"round", np_m_round},
    {"__divmod__", scalar_divmod},
    {"__rdivmod__", scalar_rdivmod},
    {NULL, NULL}};

/* np.float64(x), np.int8(x), ... */
static Value scalar_ctor(VM *vm, Value self, const Args *a) {
  DType dt = (DType)((Type *)self.as.o - np_scalar_types);
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", dt_info[dt].sname);
  if (a->argc > 1)
    vm_raise(vm, &EXC_TypeError, "%s() takes at most 1 argument (%d given)", dt_info[dt].sname, a->argc);
  unsigned char buf[16] = {0};
  if (a->argc == 0) return arr_scalar_from(vm, dt, buf);
  Value x = a->argv[0];
  /* np.float64 is a Python float subclass whose constructor tries float(x)
  ** first: a one-item real array gives a scalar (complex ones fail float()) */
  if (dt == DT_FLOAT64 && is_array(x) && as_array(x)->size == 1 && !dt_is_complex((DType)as_array(x)->dtype)) {
    NdArray *c = arr_contiguous(vm, as_array(x), DT_FLOAT64);
    return arr_scalar_from(vm, dt, c->data);
  }
  if (is_array(x) || is_list(x) || is_tuple(x)) return arr_return(vm, arr_from_value(vm, x, dt));
  if (dt == DT_BOOL) return np_bool_scalar(v_truthy(vm, x));
  if (is_str(x) && dt_is_complex(dt))
    vm_raise(vm, &EXC_NotImplementedError, "streak: complex scalars from strings are not supported");
  arr_store_value(vm, dt, buf, x);
  return arr_scalar_from(vm, dt, buf);
}

static void init_abstract(Type *t, const char *name, Type *base) {
  Obj h = TYPE_HEADER;
  t->hdr = h;
  t->name = name;
  t->base = base;
}

static void init_scalar_types(void) {
  static char names[DT__COUNT][32];
  if (np_generic.name) return;
  init_abstract(&np_generic, "numpy.generic", &TYPE_OBJECT);
  init_abstract(&np_number, "numpy.number", &np_generic);
  init_abstract(&np_integer, "numpy.integer", &np_number);
  init_abstract(&np_signedinteger, "numpy.signedinteger", &np_integer);
  init_abstract(&np_unsignedinteger, "numpy.unsignedinteger", &np_integer);
  init_abstract(&np_inexact, "numpy.inexact", &np_number);
  init_abstract(&np_floating, "numpy.floating", &np_inexact);
  init_abstract(&np_complexfloating, "numpy.complexfloating", &np_inexact);
  for (int i = 0; i < DT__COUNT; i++) {
    Type *t = &np_scalar_types[i];
    Obj h = TYPE_HEADER;
    t->hdr = h;
    snprintf(names[i], sizeof names[i], "numpy.%s", dt_info[i].sname);
    t->name = names[i];
    /* np.float64/complex128 derive from float/complex as in NumPy
    ** (isinstance(x, float)), and through the second base from
    ** np.floating/np.complexfloating (isinstance(x, np.floating)). */
    DType dt = (DType)i;
    t->base2 = dt == DT_FLOAT64 ? &np_floating : dt == DT_COMPLEX128 ? &np_complexfloating : NULL;
    t->base = dt == DT_BOOL            ? &np_generic
              : dt == DT_FLOAT64       ? &TYPE_FLOAT
              : dt == DT_COMPLEX128    ? &TYPE_COMPLEX
              : dt_is_signed(dt)       ? &np_signedinteger
              : dt_is_unsigned(dt)     ? &np_unsignedinteger
              : dt == DT_FLOAT32       ? &np_floating
                                       : &np_complexfloating;
    t->repr = scalar_repr;
    t->hash = scalar_hash;
    t->richcmp = scalar_richcmp;
    t->binop = scalar_binop;
    t->unop = scalar_unop;
    t->truthy = scalar_truthy;
    t->getattr = scalar_getattr;
    t->getitem = scalar_getitem;
    t->ctor = scalar_ctor;
    t->methods = scalar_methods;
  }
}

/* ---- dtype objects ------------------------------------------------------------ */

typedef struct NpDType {
  Obj hdr;
  int32_t dt;
} NpDType;

static NpDType dtype_objs[DT__COUNT] = {
#define X(NAME, ctype, kind, chr, size, name, sname) \
  {{&TYPE_NPDTYPE, NULL, GC_STATIC, 0}, DT_##NAME},
    NP_DTYPES(X)
#undef X
};

Value np_dtype_value(DType dt) { return v_obj(&dtype_objs[dt]); }

static const struct { const char *name; DType dt; } dtype_names[] = {
    {"bool", DT_BOOL},        {"bool_", DT_BOOL},       {"?", DT_BOOL},
    {"b1", DT_BOOL},          {"bool8", DT_BOOL},       {"int8", DT_INT8},
    {"i1", DT_INT8},          {"b", DT_INT8},           {"byte", DT_INT8},
    {"uint8", DT_UINT8},      {"u1", DT_UINT8},         {"B", DT_UINT8},
    {"ubyte", DT_UINT8},      {"int16", DT_INT16},      {"i2", DT_INT16},
    {"h", DT_INT16},          {"short", DT_INT16},      {"uint16", DT_UINT16},
    {"u2", DT_UINT16},        {"H", DT_UINT16},         {"ushort", DT_UINT16},
    {"int32", DT_INT32},      {"i4", DT_INT32},         {"i", DT_INT32},
    {"intc", DT_INT32},       {"uint32", DT_UINT32},    {"u4", DT_UINT32},
    {"I", DT_UINT32},         {"uintc", DT_UINT32},     {"int64", DT_INT64},
    {"i8", DT_INT64},         {"l", DT_INT64},          {"q", DT_INT64},
    {"int", DT_INT64},        {"int_", DT_INT64},       {"long", DT_INT64},
    {"longlong", DT_INT64},   {"intp", DT_INT64},       {"p", DT_INT64},
    {"uint64", DT_UINT64},    {"u8", DT_UINT64},        {"L", DT_UINT64},
    {"Q", DT_UINT64},         {"uint", DT_UINT64},      {"ulonglong", DT_UINT64},
    {"uintp", DT_UINT64},     {"float32", DT_FLOAT32},  {"f4", DT_FLOAT32},
    {"f", DT_FLOAT32},        {"single", DT_FLOAT32},   {"float64", DT_FLOAT64},
    {"f8", DT_FLOAT64},       {"d", DT_FLOAT64},        {"float", DT_FLOAT64},
    {"double", DT_FLOAT64},   {"float_", DT_FLOAT64},   {"complex64", DT_COMPLEX64},
    {"c8", DT_COMPLEX64},     {"F", DT_COMPLEX64},      {"csingle", DT_COMPLEX64},
    {"complex128", DT_COMPLEX128}, {"c16", DT_COMPLEX128}, {"D", DT_COMPLEX128},
    {"complex", DT_COMPLEX128}, {"complex_", DT_COMPLEX128}, {"cdouble", DT_COMPLEX128},
};

int np_dtype_from_value(VM *vm, Value v) {
  if (is_empty(v) || is_none(v)) return -1;
  if (is_type(v, &TYPE_NPDTYPE)) return ((NpDType *)v.as.o)->dt;
  if (is_type(v, &TYPE_TYPE)) {
    Type *t = (Type *)v.as.o;
    if (t >= &np_scalar_types[0] && t < &np_scalar_types[DT__COUNT]) return (int)(t - np_scalar_types);
    if (t == &TYPE_FLOAT) return DT_FLOAT64;
    if (t == &TYPE_INT) return DT_INT64;
    if (t == &TYPE_BOOL) return DT_BOOL;
    if (t == &TYPE_COMPLEX) return DT_COMPLEX128;
    vm_raise(vm, &EXC_TypeError, "streak: dtype %s is not supported", t->name);
  }
  if (is_str(v)) {
    const char *s = as_str(v)->data;
    const char *q = s;
    if (*q == '<' || *q == '=' || *q == '|') q++;
    for (size_t i = 0; i < sizeof dtype_names / sizeof dtype_names[0]; i++)
      if (!strcmp(dtype_names[i].name, q) && (q == s || strlen(q) <= 3)) return dtype_names[i].dt;
    vm_raise(vm, &EXC_TypeError, "data type '%s' not understood", s);
  }
  Value r = v_repr(vm, v);
  vm_raise(vm, &EXC_TypeError, "Cannot interpret '%s' as a data type", as_str(r)->data);
}

static Value dtype_repr(VM *vm, Value self) {
  return str_printf(vm, "dtype('%s')", dt_name((DType)((NpDType *)self.as.o)->dt));
}
static Value dtype_str(VM *vm, Value self) {
  return str_from_cstr(vm, dt_name((DType)((NpDType *)self.as.o)->dt));
}
static int64_t dtype_hash(VM *vm, Value self) {
  (void)vm;
  return 0x5f3759df + ((NpDType *)self.as.o)->dt;
}

static Value dtype_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (op != CMP_EQ && op != CMP_NE) return v_notimpl();
  if (!is_type(a, &TYPE_NPDTYPE)) { Value t = a; a = b; b = t; }
  int x = ((NpDType *)a.as.o)->dt;
  int y = -2;
  if (is_type(b, &TYPE_NPDTYPE) || is_type(b, &TYPE_TYPE) || is_str(b)) {
    /* an unknown name compares unequal rather than raising */
    if (is_str(b)) {
      const char *s = as_str(b)->data;
      for (size_t i = 0; i < sizeof dtype_names / sizeof dtype_names[0]; i++)
        if (!strcmp(dtype_names[i].name, s)) y = dtype_names[i].dt;
    } else if (is_type(b, &TYPE_TYPE)) {
      Type *t = (Type *)b.as.o;
      if ((t >= &np_scalar_types[0] && t < &np_scalar_types[DT__COUNT]) || t == &TYPE_FLOAT ||
          t == &TYPE_INT || t == &TYPE_BOOL || t == &TYPE_COMPLEX)
        y = np_dtype_from_value(vm, b);
    } else {
      y = ((NpDType *)b.as.o)->dt;
    }
  }
  return v_bool((x == y) == (op == CMP_EQ));
}

static Value dtype_getattr(VM *vm, Value self, Str *name) {
  DType dt = (DType)((NpDType *)self.as.o)->dt;
  const DTypeInfo *in = &dt_info[dt];
  if (str_eq_c(name, "name")) return str_from_cstr(vm, in->name);
  if (str_eq_c(name, "itemsize")) return v_int(in->itemsize);
  if (str_eq_c(name, "kind")) return str_new(vm, &in->kind, 1);
  if (str_eq_c(name, "char")) return str_new(vm, &in->chr, 1);
  if (str_eq_c(name, "type")) return v_obj(np_scalar_type(dt));
  if (str_eq_c(name, "str")) {
    char buf[8];
    snprintf(buf, sizeof buf, "%c%c%d", in->itemsize == 1 ? '|' : '<', in->kind, in->itemsize);
    return str_from_cstr(vm, buf);
  }
  return v_empty();
}

static Value dtype_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[1];
  args_parse(vm, a, "dtype", "dtype", arg);
  int dt = np_dtype_from_value(vm, arg[0]);
  return np_dtype_value(dt < 0 ? DT_FLOAT64 : (DType)dt);
}

Type TYPE_NPDTYPE = {.hdr = TYPE_HEADER, .name = "numpy.dtype", .repr = dtype_repr,
                     .str = dtype_str, .hash = dtype_hash, .richcmp = dtype_richcmp,
                     .getattr = dtype_getattr, .ctor = dtype_ctor};

/* ---- creation functions ---------------------------------------------------------- */

static int dtype_arg(VM *vm, Value v, int dflt) {
  int dt = np_dtype_from_value(vm, v);
  return dt < 0 ? dflt : dt;
}

static void check_order(VM *vm, Value order) {
  if (is_empty(order) || is_none(order)) return;
  if (is_str(order) && (str_eq_c(as_str(order), "C") || str_eq_c(as_str(order), "K") ||
                        str_eq_c(as_str(order), "A")))
    return;
  vm_raise(vm, &EXC_NotImplementedError, "streak: only order='C' is supported");
}

static Value np_array(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[5];
  args_parse(vm, a, "array", "#object,|dtype,$copy,order,ndmin", arg);
  check_order(vm, arg[3]);
  int dt = np_dtype_from_value(vm, arg[1]);
  bool copy = is_empty(arg[2]) || v_truthy(vm, arg[2]);
  NdArray *r = copy ? arr_from_value(vm, arg[0], dt) : arr_as_array(vm, arg[0], dt);
  if (!is_empty(arg[4]) && !is_none(arg[4])) {
    int64_t nmin = arr_index_value(vm, arg[4]);
    if (nmin > r->ndim) {
      int64_t sh[ARR_MAXDIMS];
      int64_t k = nmin - r->ndim;
      for (int64_t i = 0; i < k; i++) sh[i] = 1;
      for (int i = 0; i < r->ndim; i++) sh[k + i] = r->shape[i];
      r = arr_reshape(vm, r, (int)nmin, sh);
    }
  }
  return v_obj(r);
}

static bool order_is_c(Value order);

static Value np_asarray(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "asarray", "#a,|dtype,order", arg);
  check_order(vm, arg[2]);
  NdArray *x = arr_as_array(vm, arg[0], np_dtype_from_value(vm, arg[1]));
  return v_obj(order_is_c(arg[2]) ? arr_contiguous(vm, x, -1) : x);
}

/* A C-contiguous array (a copy only where needed); scalars become 1-d. */
static Value np_ascontiguousarray(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "ascontiguousarray", "a,|dtype", arg);
  NdArray *x = arr_contiguous(vm, arr_as_array(vm, arg[0], np_dtype_from_value(vm, arg[1])), -1);
  if (x->ndim == 0) {
    int64_t one = 1;
    x = arr_reshape(vm, x, 1, &one);
  }
  return v_obj(x);
}

static bool order_is_c(Value order) {
  return is_str(order) && str_eq_c(as_str(order), "C");
}

static Value np_copy(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "copy", "!a,|order", arg);
  check_order(vm, arg[1]);
  if (!is_array(arg[0]) || order_is_c(arg[1])) return v_obj(arr_from_value(vm, arg[0], -1));
  NdArray *x = as_array(arg[0]); /* order='K' */
  NdArray *r = arr_new_like_k(vm, (DType)x->dtype, x->ndim, x->shape, 1, &x);
  arr_assign(vm, r, x);
  return v_obj(r);
}

/* np.full and full_like fill through multiarray.copyto(casting='unsafe'):
** the value becomes an array of its own dtype, then C-casts (nan into int64
** is INT64_MIN, 300 into int8 is 44), unlike a[i] = v's Python conversion. */
static void fill_unsafe(VM *vm, NdArray *r, Value fill) {
  if (is_bigint(fill)) { /* an object array in NumPy: converted per element */
    arr_assign_value(vm, r, fill);
    return;
  }
  arr_assign_value(vm, r, v_obj(arr_cast(vm, arr_from_value(vm, fill, -1), (DType)r->dtype)));
}

static NdArray *new_filled(VM *vm, Value shape, int dt, Value fill) {
  int64_t sh[ARR_MAXDIMS];
  int nd = arr_parse_shape(vm, shape, sh);
  /* np.empty is zeroed too: a program that prints one prints the same
  ** every run (NumPy's is uninitialised; fresh pages are zero there too) */
  NdArray *r = is_empty(fill) ? arr_new(vm, (DType)dt, nd, sh) : arr_new_uninit(vm, (DType)dt, nd, sh);
  if (!is_empty(fill)) fill_unsafe(vm, r, fill);
  return r;
}

static Value np_zeros(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "zeros", "#shape,|dtype,order", arg);
  check_order(vm, arg[2]);
  return v_obj(new_filled(vm, arg[0], dtype_arg(vm, arg[1], DT_FLOAT64), v_empty()));
}

static Value np_empty(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "empty", "#shape,|dtype,order", arg);
  check_order(vm, arg[2]);
  return v_obj(new_filled(vm, arg[0], dtype_arg(vm, arg[1], DT_FLOAT64), v_empty()));
}

static Value np_ones(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "ones", "!shape,|dtype,order", arg);
  check_order(vm, arg[2]);
  return v_obj(new_filled(vm, arg[0], dtype_arg(vm, arg[1], DT_FLOAT64), v_int(1)));
}

static Value np_full(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[4];
  args_parse(vm, a, "full", "!shape,fill_value,|dtype,order", arg);
  check_order(vm, arg[3]);
  int dt = np_dtype_from_value(vm, arg[2]);
  if (dt < 0) {
    if (is_array(arg[1])) {
      dt = as_array(arg[1])->dtype;
    } else {
      arr_reject_object_int(vm, arg[1]);
      dt = arr_discover_dtype(vm, arg[1]);
    }
  }
  return v_obj(new_filled(vm, arg[0], dt, arg[1]));
}

/* *_like: order='K' (the default) keeps the prototype's memory layout. */
static NdArray *like(VM *vm, Value proto, Value dtype, Value fill, Value order) {
  NdArray *p = arr_as_array(vm, proto, -1);
  int dt = dtype_arg(vm, dtype, p->dtype);
  NdArray *r = order_is_c(order) ? arr_new_uninit(vm, (DType)dt, p->ndim, p->shape)
                                 : arr_new_like_k(vm, (DType)dt, p->ndim, p->shape, 1, &p);
  if (!is_empty(fill)) fill_unsafe(vm, r, fill);
  else memset(r->data, 0, (size_t)(r->size * r->itemsize));
  return r;
}

static Value np_zeros_like(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "zeros_like", "!a,|dtype,order", arg);
  return v_obj(like(vm, arg[0], arg[1], v_empty(), arg[2]));
}
static Value np_empty_like(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "empty_like", "!prototype,|dtype,order", arg);
  return v_obj(like(vm, arg[0], arg[1], v_empty(), arg[2]));
}
static Value np_ones_like(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "ones_like", "!a,|dtype,order", arg);
  return v_obj(like(vm, arg[0], arg[1], v_int(1), arg[2]));
}
static Value np_full_like(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[4];
  args_parse(vm, a, "full_like", "!a,fill_value,|dtype,order", arg);
  return v_obj(like(vm, arg[0], arg[2], arg[1], arg[3]));
}

static bool is_floatish(Value v) {
  DtScalar s;
  return arr_scalar_info(v, &s) && dt_is_inexact(s.dtype);
}

static double num_d(VM *vm, Value v) {
  DtScalar s;
  if (!arr_scalar_info(v, &s))
    vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for -: '%s' and 'int'", v_typename(v));
  if (dt_is_complex(s.dtype))
    vm_raise(vm, &EXC_NotImplementedError, "streak: complex arange is not supported");
  if (s.is_int_value) return s.neg ? (double)s.value_i : (double)s.value_u;
  return s.re;
}

/* NumPy's length computation: (stop - start) / step with the operands'
** own arithmetic (exact for Python ints, then one rounding to a float;
** float32 for NumPy float32 scalars), ceil'd; the plain-double version
** loses np.arange(2**62, 2**62 + 3). */
static bool arange_exact_quotient(VM *vm, Value start, Value stop, Value step, double *q) {
  Value ops[3] = {start, stop, step};
  DtScalar s;
  for (int i = 0; i < 3; i++)
    if (!arr_scalar_info(ops[i], &s) || dt_is_complex(s.dtype)) return false;
  Value r = v_binop(vm, BINOP_TRUEDIV, v_binop(vm, BINOP_SUB, stop, start), step);
  *q = num_d(vm, r);
  return true;
}

/* NumPy fills a bool arange from its first two items by the dtype's fill
** function, which bool lacks. */
static void arange_check_bool(VM *vm, int dt, int64_t len) {
  if (dt == DT_BOOL && len > 2)
    vm_raise(vm, &EXC_TypeError, "arange() is only supported for booleans when the result has at most length 2.");
}

static Value np_arange(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[4];
  if (a->argc == 0 && a->nkw == 0) vm_raise(vm, &EXC_TypeError, "arange() requires stop to be specified.");
  args_parse(vm, a, "arange", "start,|stop,step,dtype", arg);
  Value start = arg[0], stop = arg[1], step = arg[2];
  if (is_empty(stop) || is_none(stop)) { stop = start; start = v_int(0); }
  if (is_empty(step) || is_none(step)) step = v_int(1);
  int dt = np_dtype_from_value(vm, arg[3]);
  bool flt = is_floatish(start) || is_floatish(stop) || is_floatish(step);
  if (dt < 0) {
    DtScalar s[3];
    arr_scalar_info(start, &s[0]);
    arr_scalar_info(stop, &s[1]);
    arr_scalar_info(step, &s[2]);
    /* "intentionally made to be at least NPY_LONG" (NumPy's ctors.c):
    ** np.arange(np.int8(5)) is int64, float32 scalars give float64 */
    DType r = DT_INT64;
    for (int i = 0; i < 3; i++) r = dt_promote(r, s[i].dtype);
    dt = r;
  }
  int64_t len;
  if (!flt && start.tag == V_INT && stop.tag == V_INT && step.tag == V_INT) {
    int64_t b = start.as.i, s = step.as.i;
    double q;
    arange_exact_quotient(vm, start, stop, step, &q); /* ZeroDivisionError for step 0 */
    len = q > 0 ? (int64_t)ceil(q) : 0;
    arange_check_bool(vm, dt, len);
    NdArray *r = arr_new_uninit(vm, (DType)dt, 1, &len);
    if (dt == DT_INT64) {
      int64_t *p = (int64_t *)r->data;
      for (int64_t i = 0; i < len; i++) p[i] = b + i * s;
    } else {
      for (int64_t i = 0; i < len; i++) {
        int64_t x = b + i * s;
        arr_cast_strided((DType)dt, r->data + i * r->itemsize, 0, DT_INT64, (const char *)&x, 0, 1);
      }
    }
    return v_obj(r);
  }
  double b = num_d(vm, start), e = num_d(vm, stop), s = num_d(vm, step);
  double q;
  /* Python numbers raise ZeroDivisionError for a zero step; NumPy scalars
  ** give an infinite or NaN length */
  if (!arange_exact_quotient(vm, start, stop, step, &q)) {
    if (s == 0) vm_raise(vm, &EXC_ZeroDivisionError, "division by zero");
    q = (e - b) / s;
  }
  if (isnan(q)) vm_raise(vm, &EXC_ValueError, "arange: cannot compute length");
  if (isinf(q) || q > (double)((int64_t)1 << 48))
    vm_raise(vm, &EXC_ValueError, "Maximum allowed size exceeded");
  len = q > 0 ? (int64_t)ceil(q) : 0;
  arange_check_bool(vm, dt, len);
  /* the second item is start + step in the operands' own arithmetic */
  double b1 = num_d(vm, v_binop(vm, BINOP_ADD, start, step));
  NdArray *r = arr_new_uninit(vm, (DType)dt, 1, &len);
  /* NumPy fills buffer[0] = start, buffer[1] = start + step in the result
  ** dtype, then start + i*delta with delta = buffer[1] - buffer[0]. */
  if (dt == DT_FLOAT64) {
    double *p = (double *)r->data;
    double d = b1 - b;
    for (int64_t i = 0; i < len; i++) p[i] = b + (double)i * d;
    if (len > 1) p[1] = b1;
  } else {
    unsigned char e0[16], e1[16];
    arr_cast_strided((DType)dt, (char *)e0, 0, DT_FLOAT64, (const char *)&b, 0, 1);
    arr_cast_strided((DType)dt, (char *)e1, 0, DT_FLOAT64, (const char *)&b1, 0, 1);
    if (dt_is_inexact((DType)dt)) {
      double x0, x1;
      arr_cast_strided(DT_FLOAT64, (char *)&x0, 0, (DType)dt, (const char *)e0, 0, 1);
      arr_cast_strided(DT_FLOAT64, (char *)&x1, 0, (DType)dt, (const char *)e1, 0, 1);
      if (dt == DT_FLOAT32) {
        float f0 = (float)x0, fd = (float)x1 - (float)x0;
        float *p = (float *)r->data;
        for (int64_t i = 0; i < len; i++) p[i] = f0 + (float)i * fd;
      } else {
        double d = x1 - x0;
        for (int64_t i = 0; i < len; i++) {
          double x = x0 + (double)i * d;
          arr_cast_strided((DType)dt, r->data + i * r->itemsize, 0, DT_FLOAT64, (const char *)&x, 0, 1);
        }
      }
    } else {
      int64_t i0, i1;
      arr_cast_strided(DT_INT64, (char *)&i0, 0, (DType)dt, (const char *)e0, 0, 1);
      arr_cast_strided(DT_INT64, (char *)&i1, 0, (DType)dt, (const char *)e1, 0, 1);
      int64_t d = i1 - i0;
      for (int64_t i = 0; i < len; i++) {
        int64_t x = i0 + i * d;
        arr_cast_strided((DType)dt, r->data + i * r->itemsize, 0, DT_INT64, (const char *)&x, 0, 1);
      }
    }
    if (len > 0) memcpy(r->data, e0, (size_t)r->itemsize);
    if (len > 1) memcpy(r->data + r->itemsize, e1, (size_t)r->itemsize);
  }
  return v_obj(r);
}

/* One real component of linspace's samples, NumPy's way, every operation
** in T (float64, or float32 for float32 array endpoints, as NumPy's float32
** loops round): arange(num) times step (or i / div * delta when the step is
** 0), plus start; the endpoint is stop exactly. p steps by `stride`
** doubles; cx: a complex part, where NumPy's complex division by div
** multiplies by 1 / div. */
#define DEF_LINSPACE_FILL(name, T)                                                     \
  static void name(double *p, int stride, int64_t num, int64_t div, T start, T stop, T step, \
                   bool step_zero, bool endpoint, bool cx) {                           \
    T delta = stop - start;                                                            \
    for (int64_t i = 0; i < num; i++) {                                                \
      T y = div <= 0 ? (T)i * delta                                                    \
            : step_zero ? (cx ? (T)i * ((T)1 / (T)div) : (T)i / (T)div) * delta        \
                        : (T)i * step;                                                 \
      p[i * stride] = (double)(y + start);                                             \
    }                                                                                  \
    if (endpoint && num > 1) p[(num - 1) * stride] = (double)stop;                     \
  }
DEF_LINSPACE_FILL(linspace_fill, double)
DEF_LINSPACE_FILL(linspace_fill_f32, float)
#undef DEF_LINSPACE_FILL

/* linspace's endpoints as arrays of the working dtype (NumPy computes in
** result_type(start * 1.0, stop * 1.0): complex128 or float64), broadcast. */
static DType linspace_operands(VM *vm, Value start, Value stop, NdArray **a, NdArray **b) {
  *a = arr_from_value(vm, start, -1);
  *b = arr_from_value(vm, stop, -1);
  DType work = dt_is_complex((DType)(*a)->dtype) || dt_is_complex((DType)(*b)->dtype) ? DT_COMPLEX128
                                                                                        : DT_FLOAT64;
  NdArray *pair[2] = {*b, *a}; /* delta = stop - start names them in this order */
  int nd;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes(vm, 2, pair, &nd, shape);
  *a = arr_contiguous(vm, arr_broadcast_to(vm, arr_cast(vm, *a, work), nd, shape), -1);
  *b = arr_contiguous(vm, arr_broadcast_to(vm, arr_cast(vm, *b, work), nd, shape), -1);
  return work;
}

/* Moves linspace's sample axis (the first) to `axis`, as np.moveaxis. */
static NdArray *linspace_move_axis(VM *vm, NdArray *y, Value axisv) {
  if (is_empty(axisv)) return y;
  int axis = arr_normalize_axis(vm, arr_index_value(vm, axisv), y->ndim);
  if (axis == 0) return y;
  int perm[ARR_MAXDIMS], k = 0;
  for (int d = 0; d < y->ndim; d++) {
    if (d == axis) perm[d] = 0;
    else perm[d] = ++k;
  }
  return arr_transpose(vm, y, perm);
}

static Value np_linspace(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[7];
  args_parse(vm, a, "linspace", "!start,stop,|num,endpoint,retstep,dtype,axis", arg);
  int64_t num = is_empty(arg[2]) ? 50 : arr_index_value(vm, arg[2]);
  bool endpoint = is_empty(arg[3]) || v_truthy(vm, arg[3]);
  bool retstep = !is_empty(arg[4]) && v_truthy(vm, arg[4]);
  if (num < 0) vm_raise(vm, &EXC_ValueError, "Number of samples, %lld, must be non-negative.", (long long)num);
  NdArray *sa, *sb;
  DType work = linspace_operands(vm, arg[0], arg[1], &sa, &sb);
  /* dt = result_type(start * 1.0, stop * 1.0, float(num)): single precision
     when float32 (complex64) arrays give it */
  Value rops[3] = {uf_binary(vm, UF_multiply, arg[0], v_float(1.0)), uf_binary(vm, UF_multiply, arg[1], v_float(1.0)),
                   v_float((double)num)};
  DType rdt = arr_result_type(vm, 3, rops);
  bool single = rdt == DT_FLOAT32 || rdt == DT_COMPLEX64;
  int dt = np_dtype_from_value(vm, arg[5]);
  if (dt < 0 && single) dt = rdt;
  bool cx = work == DT_COMPLEX128;
  int parts = cx ? 2 : 1;
  int64_t m = sa->size, div = endpoint ? num - 1 : num; /* m: samples per step */
  const double *start = (const double *)sa->data, *stop = (const double *)sb->data;
  NdArray *stepa = arr_new_uninit(vm, work, sa->ndim, sa->shape);
  double *step = (double *)stepa->data;
  bool step_zero = false; /* NumPy's any(step == 0): then every sample takes i / div * delta */
  for (int64_t j = 0; j < m && div > 0; j++) {
    bool zero = true;
    for (int c = 0; c < parts; c++) {
      /* complex / div is NumPy's Smith division: times the reciprocal 1 / div */
      double d = stop[j * parts + c] - start[j * parts + c];
      float f = (float)stop[j * parts + c] - (float)start[j * parts + c];
      step[j * parts + c] = single ? (double)(cx ? f * (1.0f / (float)div) : f / (float)div)
                                   : cx ? d * (1.0 / (double)div) : d / (double)div;
      zero = zero && step[j * parts + c] == 0;
    }
    step_zero = step_zero || zero;
  }
  int64_t shape[ARR_MAXDIMS + 1];
  shape[0] = num;
  memcpy(shape + 1, sa->shape, (size_t)sa->ndim * sizeof shape[0]);
  NdArray *y = arr_new_uninit(vm, work, sa->ndim + 1, shape);
  double *p = (double *)y->data;
  for (int64_t j = 0; j < m; j++)
    for (int c = 0; c < parts; c++) {
      int64_t k = j * parts + c;
      if (single)
        linspace_fill_f32(p + k, (int)(m * parts), num, div, (float)start[k], (float)stop[k],
                          div > 0 ? (float)step[k] : NAN, step_zero, endpoint, cx);
      else
        linspace_fill(p + k, (int)(m * parts), num, div, start[k], stop[k], div > 0 ? step[k] : NAN,
                      step_zero, endpoint, cx);
    }
  y = linspace_move_axis(vm, y, arg[6]);
  if (dt >= 0 && dt_is_int((DType)dt) && !cx) {
    Value ops[1] = {v_obj(y)};
    y = as_array(uf_call(vm, UF_floor, 1, ops, v_obj(y), -1, v_empty(), NULL));
  }
  Value r = v_obj(dt < 0 || dt == (int)work ? y : arr_cast(vm, y, (DType)dt));
  if (!retstep) return r;
  Value st;
  if (div <= 0) st = v_float(NAN);
  else if (stepa->ndim > 0) st = v_obj(single ? arr_cast(vm, stepa, rdt) : stepa);
  else if (single) st = arr_return(vm, arr_cast(vm, stepa, rdt));
  else st = cx ? complex_new(vm, step[0], step[1]) : v_float(step[0]);
  return tuple_pack2(vm, r, st);
}

/* ---- logspace, geomspace (numpy/core/function_base.py) ------------------------------ */

/* logspace: power(base, linspace(start, stop, num, endpoint, axis=axis)),
** then astype(dtype) when one is given. */
static Value logspace_impl(VM *vm, Value start, Value stop, Value num, Value endpoint, Value base,
                           Value dtype, Value axis) {
  Value la[7] = {start, stop, num, endpoint, v_bool(false), v_none(), axis};
  Args args = args_pos(7, la);
  Value y = np_linspace(vm, v_none(), &args);
  NdArray *r = uf_as_array(vm, uf_binary(vm, UF_power, base, y));
  int dt = np_dtype_from_value(vm, dtype);
  return v_obj(dt < 0 || dt == r->dtype ? r : arr_cast(vm, r, (DType)dt));
}

static Value np_logspace(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "logspace", "!start,stop,|num,endpoint,base,dtype,axis", v);
  return logspace_impl(vm, v[0], v[1], is_empty(v[2]) ? v_int(50) : v[2], is_empty(v[3]) ? v_bool(true) : v[3],
                       is_empty(v[4]) ? v_float(10.0) : v[4], is_empty(v[5]) ? v_none() : v[5],
                       is_empty(v[6]) ? v_int(0) : v[6]);
}

static bool any_true(VM *vm, Value mask) {
  NdArray *m = arr_contiguous(vm, uf_as_array(vm, mask), DT_BOOL);
  return arr_count_nonzero(DT_BOOL, m->data, m->size) != 0;
}

/* ufunc id on x in place where mask is true (NumPy's out=x, where=mask). */
static void in_place_where(VM *vm, UfId id, NdArray *x, Value operand, Value mask) {
  Value in[2] = {v_obj(x), operand};
  uf_call(vm, id, uf_defs[id].nin, in, v_obj(x), -1, mask, NULL);
}

/* geomspace: the endpoints in the result dtype, purely imaginary pairs
** rotated to the real axis and negative pairs negated (out_sign undoes
** both), logspace of their log10s with the endpoints put back exactly. */
static Value np_geomspace(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "geomspace", "!start,stop,|num,endpoint,dtype,axis", v);
  Value num = is_empty(v[2]) ? v_int(50) : v[2], endpoint = is_empty(v[3]) ? v_bool(true) : v[3];
  Value dtype = is_empty(v[4]) ? v_none() : v[4];
  NdArray *s0 = uf_as_array(vm, v[0]), *e0 = uf_as_array(vm, v[1]);
  if (any_true(vm, uf_binary(vm, UF_equal, v_obj(s0), v_int(0))) ||
      any_true(vm, uf_binary(vm, UF_equal, v_obj(e0), v_int(0))))
    vm_raise(vm, &EXC_ValueError, "Geometric sequence cannot include zero");
  int want = np_dtype_from_value(vm, dtype);
  Value ops[4] = {v_obj(s0), v_obj(e0), v_float(v_to_double(vm, num)),
                  v_obj(arr_new(vm, want < 0 ? DT_FLOAT64 : (DType)want, 0, NULL))};
  DType dt = arr_result_type(vm, 4, ops);
  NdArray *start = arr_cast(vm, s0, dt), *stop = arr_cast(vm, e0, dt), *pair[2] = {start, stop};
  int nd;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes(vm, 2, pair, &nd, shape);
  NdArray *sign = arr_new(vm, dt, nd, shape);
  arr_assign_value(vm, sign, v_int(1));
  if (dt_is_complex(dt)) {
    Value im = uf_binary(vm, UF_logical_and,
                         uf_binary(vm, UF_equal, v_obj(arr_part_view(vm, start, false)), v_float(0.0)),
                         uf_binary(vm, UF_equal, v_obj(arr_part_view(vm, stop, false)), v_float(0.0)));
    if (any_true(vm, im)) {
      Value si = v_obj(arr_cast(vm, arr_part_view(vm, start, true), dt));
      Value ei = v_obj(arr_cast(vm, arr_part_view(vm, stop, true), dt));
      uf_call(vm, UF_positive, 1, &si, v_obj(start), -1, im, NULL);
      uf_call(vm, UF_positive, 1, &ei, v_obj(stop), -1, im, NULL);
      in_place_where(vm, UF_multiply, sign, complex_new(vm, 0.0, 1.0), im);
    }
  }
  Value neg = uf_binary(vm, UF_logical_and, uf_binary(vm, UF_equal, uf_unary(vm, UF_sign, v_obj(start)), v_int(-1)),
                        uf_binary(vm, UF_equal, uf_unary(vm, UF_sign, v_obj(stop)), v_int(-1)));
  if (any_true(vm, neg)) {
    in_place_where(vm, UF_negative, start, v_empty(), neg);
    in_place_where(vm, UF_negative, stop, v_empty(), neg);
    in_place_where(vm, UF_negative, sign, v_empty(), neg);
  }
  Value r = logspace_impl(vm, uf_unary(vm, UF_log10, v_obj(start)), uf_unary(vm, UF_log10, v_obj(stop)), num,
                          endpoint, v_float(10.0), dtype, v_int(0));
  int64_t n = arr_index_value(vm, num);
  if (n > 0) arr_setitem(vm, r, v_int(0), v_obj(start));
  if (n > 1 && v_truthy(vm, endpoint)) arr_setitem(vm, r, v_int(-1), v_obj(stop));
  NdArray *y = linspace_move_axis(vm, uf_binary_arr(vm, UF_multiply, v_obj(sign), r), v[5]);
  DType out = want < 0 ? dt : (DType)want;
  return v_obj(y->dtype == (int)out ? y : arr_cast(vm, y, out));
}

static Value np_eye(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[5];
  args_parse(vm, a, "eye", "!N,|M,k,dtype,order", arg);
  check_order(vm, arg[4]);
  int64_t n = arr_index_value(vm, arg[0]);
  int64_t m = is_empty(arg[1]) || is_none(arg[1]) ? n : arr_index_value(vm, arg[1]);
  int64_t k = is_empty(arg[2]) ? 0 : arr_index_value(vm, arg[2]);
  int dt = dtype_arg(vm, arg[3], DT_FLOAT64);
  int64_t sh[2] = {n, m};
  NdArray *r = arr_new(vm, (DType)dt, 2, sh);
  unsigned char one[16];
  arr_store_value(vm, (DType)dt, one, v_int(1));
  for (int64_t i = 0; i < n; i++) {
    int64_t j = i + k;
    if (j >= 0 && j < m) memcpy(r->data + i * r->strides[0] + j * r->strides[1], one, (size_t)r->itemsize);
  }
  return v_obj(r);
}

static Value np_identity(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "identity", "n,|dtype", arg);
  Value av[1] = {arg[0]};
  Value kn[1], kv[1];
  Args b = {1, av, 0, kn, kv};
  if (!is_empty(arg[1])) {
    kn[0] = str_from_cstr(vm, "dtype");
    kv[0] = arg[1];
    b.nkw = 1;
  }
  return np_eye(vm, self, &b);
}

/* ---- shape functions (np.reshape, np.shape, ...) ------------------------------------ */

static Value np_reshape(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[3];
  args_parse(vm, a, "reshape", "a,newshape,|order", arg);
  int64_t sh[ARR_MAXDIMS];
  int n = arr_parse_shape(vm, arg[1], sh);
  return v_obj(arr_reshape_order(vm, arr_as_array(vm, arg[0], -1), n, sh, arg[2]));
}

static Value np_ravel(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "ravel", "a,|order", arg);
  return v_obj(arr_ravel(vm, arr_in_order(vm, arr_as_array(vm, arg[0], -1), arg[1])));
}

static Value np_transpose(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "transpose", "a,|axes", arg);
  NdArray *x = arr_as_array(vm, arg[0], -1);
  if (is_empty(arg[1]) || is_none(arg[1])) return v_obj(arr_transpose(vm, x, NULL));
  int64_t ax[ARR_MAXDIMS];
  int n = arr_parse_shape(vm, arg[1], ax);
  return v_obj(arr_transpose_axes(vm, x, n, ax));
}

/* np.f(a, ...) where NumPy's f is the array method of the same name
** (fromnumeric.py's _wrapfunc): a.f(...) on np.asanyarray(a). */
static Value forward_to_method(VM *vm, const Args *a, const char *name) {
  if (a->argc < 1)
    vm_raise(vm, &EXC_TypeError, "%s() missing 1 required positional argument: 'a'", name);
  Value x = is_array(a->argv[0]) ? a->argv[0] : v_obj(arr_as_array(vm, a->argv[0], -1));
  gc_push_root(vm, x);
  Value method = v_getattr(vm, x, str_intern_c(vm, name));
  gc_push_root(vm, method);
  Value r = vm_call(vm, method, &(Args){a->argc - 1, a->argv + 1, a->nkw, a->kwnames, a->kwvals});
  gc_pop_roots(vm, 2);
  return r;
}

static Value np_squeeze(VM *vm, Value self, const Args *a) {
  (void)self;
  return forward_to_method(vm, a, "squeeze");
}

static Value np_swapaxes(VM *vm, Value self, const Args *a) {
  (void)self;
  return forward_to_method(vm, a, "swapaxes");
}

/* np.expand_dims(a, axis): a view with 1-long axes inserted at the given
** positions (an int or a tuple, counted in the result's dims). */
static Value np_expand_dims(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "expand_dims", "!a,axis", arg);
  NdArray *x = arr_as_array(vm, arg[0], -1);
  int64_t ax[ARR_MAXDIMS];
  int n = arr_parse_shape(vm, arg[1], ax);
  int nd = x->ndim + n;
  if (nd > ARR_MAXDIMS)
    vm_raise(vm, &EXC_ValueError, "maximum supported dimension for an ndarray is %d, found %d", ARR_MAXDIMS, nd);
  bool inserted[ARR_MAXDIMS] = {false};
  for (int i = 0; i < n; i++) {
    int d = arr_normalize_axis(vm, ax[i], nd);
    if (inserted[d]) vm_raise(vm, &EXC_ValueError, "repeated axis");
    inserted[d] = true;
  }
  int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
  for (int d = 0, k = 0; d < nd; d++) {
    if (inserted[d]) {
      sh[d] = 1;
      st[d] = k < x->ndim ? x->strides[k] * x->shape[k] : x->itemsize;
    } else {
      sh[d] = x->shape[k];
      st[d] = x->strides[k];
      k++;
    }
  }
  return v_obj(arr_view(vm, x, (DType)x->dtype, nd, sh, st, x->data));
}

/* A view of x with the axes marked in `rev` reversed. */
static NdArray *flipped(VM *vm, NdArray *x, const bool *rev) {
  int64_t st[ARR_MAXDIMS];
  char *data = x->data;
  for (int d = 0; d < x->ndim; d++) {
    st[d] = rev[d] ? -x->strides[d] : x->strides[d];
    if (rev[d] && x->shape[d] > 0) data += (x->shape[d] - 1) * x->strides[d];
  }
  return arr_view(vm, x, (DType)x->dtype, x->ndim, x->shape, st, data);
}

/* np.flip(m, axis=None): every axis, or the given one(s), reversed (a view). */
static Value np_flip(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "flip", "!m,|axis", arg);
  NdArray *x = arr_as_array(vm, arg[0], -1);
  bool rev[ARR_MAXDIMS] = {false};
  /* NumPy indexes m[::-1, ...]: a 0-d m[()] is its element */
  if (x->ndim == 0 && (is_empty(arg[1]) || is_none(arg[1])))
    return arr_scalar_from(vm, (DType)x->dtype, x->data);
  if (is_empty(arg[1]) || is_none(arg[1])) {
    for (int d = 0; d < x->ndim; d++) rev[d] = true;
  } else {
    int64_t ax[ARR_MAXDIMS];
    int n = arr_parse_shape(vm, arg[1], ax);
    for (int i = 0; i < n; i++) {
      int d = arr_normalize_axis(vm, ax[i], x->ndim);
      if (rev[d]) vm_raise(vm, &EXC_ValueError, "repeated axis");
      rev[d] = true;
    }
  }
  return v_obj(flipped(vm, x, rev));
}

/* np.fliplr / np.flipud: axis 1 / axis 0 reversed. */
static Value flip_one_axis(VM *vm, const Args *a, const char *name, int axis) {
  Value arg[1];
  args_parse(vm, a, name, "!m", arg);
  NdArray *x = arr_as_array(vm, arg[0], -1);
  if (x->ndim <= axis) vm_raise(vm, &EXC_ValueError, "Input must be >= %d-d.", axis + 1);
  bool rev[ARR_MAXDIMS] = {false};
  rev[axis] = true;
  return v_obj(flipped(vm, x, rev));
}

static Value np_fliplr(VM *vm, Value self, const Args *a) {
  (void)self;
  return flip_one_axis(vm, a, "fliplr", 1);
}

static Value np_flipud(VM *vm, Value self, const Args *a) {
  (void)self;
  return flip_one_axis(vm, a, "flipud", 0);
}

static Value np_shape(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "shape", 1, 1);
  NdArray *x = arr_as_array(vm, a->argv[0], -1);
  Tuple *t = tuple_new(vm, x->ndim);
  for (int i = 0; i < x->ndim; i++) t->items[i] = v_int(x->shape[i]);
  return v_obj(t);
}

static Value np_ndim(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "ndim", 1, 1);
  return v_int(arr_as_array(vm, a->argv[0], -1)->ndim);
}

static Value np_size(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "size", 1, 1);
  return v_int(arr_as_array(vm, a->argv[0], -1)->size);
}

static Value np_result_type(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "result_type() takes no keyword arguments");
  Value ops[16];
  int n = 0;
  for (int i = 0; i < a->argc && n < 16; i++) {
    Value v = a->argv[i];
    if (is_type(v, &TYPE_NPDTYPE) || is_type(v, &TYPE_TYPE) || is_str(v)) {
      int dt = np_dtype_from_value(vm, v);
      int64_t one = 1;
      ops[n++] = v_obj(arr_new(vm, (DType)dt, 1, &one));
    } else {
      ops[n++] = v;
    }
  }
  if (n == 0) vm_raise(vm, &EXC_ValueError, "at least one array or dtype is required");
  return np_dtype_value(arr_result_type(vm, n, ops));
}

static Value np_promote_types(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "promote_types", 2, 2);
  int x = np_dtype_from_value(vm, a->argv[0]), y = np_dtype_from_value(vm, a->argv[1]);
  return np_dtype_value(dt_promote((DType)(x < 0 ? DT_FLOAT64 : x), (DType)(y < 0 ? DT_FLOAT64 : y)));
}

/* The NumPy scalar class of np.issubdtype's argument: an abstract class
** (np.floating) as is, anything else through np.dtype(arg).type. */
static Type *scalar_class_of(VM *vm, Value v) {
  if (is_np_scalar_class(v)) return (Type *)v.as.o;
  int dt = np_dtype_from_value(vm, v);
  return np_scalar_type((DType)(dt < 0 ? DT_FLOAT64 : dt));
}

static Value np_issubdtype(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "issubdtype", "!arg1,arg2", v);
  return v_bool(type_is_subtype(scalar_class_of(vm, v[0]), scalar_class_of(vm, v[1])));
}

/* ---- printing options ---------------------------------------------------------------- */

NpPrintOptions np_printoptions = {8, 1000, 3, 75, false};

/* ---- np.iinfo, np.finfo ---------------------------------------------------- */

/* Machine limits of an integer or a floating dtype (numpy/core/getlimits.py):
** the object remembers its dtype and computes each attribute when read. */
typedef struct NpLimits {
  Obj hdr;
  int32_t dt;
} NpLimits;

static Type TYPE_NP_IINFO, TYPE_NP_FINFO;

/* The dtype NumPy's limits classes take: numeric.dtype(x), or failing
** that (a number, not a dtype-like), the dtype of type(x). */
static DType limits_dtype(VM *vm, Value v) {
  DtScalar s;
  if (!is_type(v, &TYPE_TYPE) && !is_str(v) && !is_type(v, &TYPE_NPDTYPE) && arr_scalar_info(v, &s)) return s.dtype;
  int dt = np_dtype_from_value(vm, v);
  return dt < 0 ? DT_FLOAT64 : (DType)dt;
}

static Value np_iinfo(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[1];
  args_parse(vm, a, "iinfo", "int_type", arg);
  DType dt = limits_dtype(vm, arg[0]);
  char kind = dt_kind(dt);
  if (kind != 'i' && kind != 'u') vm_raise(vm, &EXC_ValueError, "Invalid integer data type '%c'.", kind);
  NpLimits *l = gc_alloc(vm, &TYPE_NP_IINFO, sizeof *l);
  l->dt = dt;
  return v_obj(l);
}

static Value np_finfo(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[1];
  args_parse(vm, a, "finfo", "dtype", arg);
  DType dt = limits_dtype(vm, arg[0]);
  if (dt == DT_COMPLEX64) dt = DT_FLOAT32;
  if (dt == DT_COMPLEX128) dt = DT_FLOAT64;
  if (dt != DT_FLOAT32 && dt != DT_FLOAT64)
    vm_raise(vm, &EXC_ValueError, "data type <class 'numpy.%s'> not inexact", dt_info[dt].sname);
  NpLimits *l = gc_alloc(vm, &TYPE_NP_FINFO, sizeof *l);
  l->dt = dt;
  return v_obj(l);
}

static DType limits_dt(Value self) { return (DType)((NpLimits *)self.as.o)->dt; }

/* iinfo's min and max: Python ints */
static Value iinfo_bound(DType dt, bool max) {
  int bits = dt_size(dt) * 8;
  if (dt_kind(dt) == 'u') return max ? (bits == 64 ? v_empty() : v_int((int64_t)((1ull << bits) - 1))) : v_int(0);
  int64_t m = bits == 64 ? INT64_MAX : (int64_t)((1ull << (bits - 1)) - 1);
  return v_int(max ? m : -m - 1);
}

static Value iinfo_getattr(VM *vm, Value self, Str *name) {
  DType dt = limits_dt(self);
  if (str_eq_c(name, "min") || str_eq_c(name, "max")) {
    Value v = iinfo_bound(dt, name->data[1] == 'a');
    return is_empty(v) ? int_from_string(vm, "18446744073709551615", 20, 10) : v; /* uint64's max */
  }
  if (str_eq_c(name, "bits")) return v_int(dt_size(dt) * 8);
  if (str_eq_c(name, "dtype")) return np_dtype_value(dt);
  if (str_eq_c(name, "kind")) return str_new(vm, &dt_info[dt].kind, 1);
  return v_empty();
}

static void iinfo_bounds_into(VM *vm, StrBuf *b, Value self, const char *fmt) {
  Value lo = iinfo_getattr(vm, self, str_intern_c(vm, "min")), hi = iinfo_getattr(vm, self, str_intern_c(vm, "max"));
  sb_printf(b, fmt, as_str(v_str(vm, lo))->data, as_str(v_str(vm, hi))->data, dt_name(limits_dt(self)));
}

static Value iinfo_repr(VM *vm, Value self) {
  StrBuf b = STRBUF_INIT;
  iinfo_bounds_into(vm, &b, self, "iinfo(min=%s, max=%s, dtype=%s)");
  return sb_finish(vm, &b);
}

#define LIMITS_RULE "---------------------------------------------------------------\n"

static Value iinfo_str(VM *vm, Value self) {
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "Machine parameters for %s\n" LIMITS_RULE, dt_name(limits_dt(self)));
  iinfo_bounds_into(vm, &b, self, "min = %s\nmax = %s\n" LIMITS_RULE);
  return sb_finish(vm, &b);
}

/* The IEEE parameters of float32 and float64, as getlimits.py derives them. */
typedef struct FloatParams {
  int bits, precision, nmant, nexp, minexp, maxexp;
  double eps, epsneg, tiny, subnormal, max, resolution;
} FloatParams;

static FloatParams float_params(DType dt) {
  if (dt == DT_FLOAT32)
    return (FloatParams){32, 6, 23, 8, -126, 128, 0x1p-23, 0x1p-24, 0x1p-126, 0x1p-149, FLT_MAX, 1e-6};
  return (FloatParams){64, 15, 52, 11, -1022, 1024, 0x1p-52, 0x1p-53, 0x1p-1022, 0x1p-1074, DBL_MAX, 1e-15};
}

/* A value as a NumPy scalar of dt (float32 rounds it). */
static Value limits_scalar(VM *vm, DType dt, double x) {
  float f = (float)x;
  return arr_scalar_from(vm, dt, dt == DT_FLOAT32 ? (const void *)&f : (const void *)&x);
}

static Value finfo_getattr(VM *vm, Value self, Str *name) {
  DType dt = limits_dt(self);
  FloatParams p = float_params(dt);
  static const char *const ints[] = {"bits", "precision", "nmant", "nexp", "iexp", "minexp", "maxexp", "machep", "negep", NULL};
  int iv[] = {p.bits, p.precision, p.nmant, p.nexp, p.nexp, p.minexp, p.maxexp, -p.nmant, -p.nmant - 1};
  for (int i = 0; ints[i]; i++)
    if (str_eq_c(name, ints[i])) return v_int(iv[i]);
  static const char *const reals[] = {"eps", "epsneg", "tiny", "smallest_normal", "smallest_subnormal", "max", "min", "resolution", NULL};
  double rv[] = {p.eps, p.epsneg, p.tiny, p.tiny, p.subnormal, p.max, -p.max, p.resolution};
  for (int i = 0; reals[i]; i++)
    if (str_eq_c(name, reals[i])) return limits_scalar(vm, dt, rv[i]);
  if (str_eq_c(name, "dtype")) return np_dtype_value(dt);
  return v_empty();
}

static Value finfo_repr(VM *vm, Value self) {
  DType dt = limits_dt(self);
  FloatParams p = float_params(dt);
  Value parts[3] = {limits_scalar(vm, dt, p.resolution), limits_scalar(vm, dt, -p.max), limits_scalar(vm, dt, p.max)};
  return str_printf(vm, "finfo(resolution=%s, min=%s, max=%s, dtype=%s)", as_str(v_str(vm, parts[0]))->data,
                    as_str(v_str(vm, parts[1]))->data, as_str(v_str(vm, parts[2]))->data, dt_name(dt));
}

/* finfo's table: its values as '%24.16e' (float64) or '%15.7e' (float32)
** of the value rounded to the dtype, stripped, as getlimits.py prints. */
static Value finfo_str(VM *vm, Value self) {
  DType dt = limits_dt(self);
  FloatParams p = float_params(dt);
  int digits = dt == DT_FLOAT32 ? 7 : 16;
  double v[] = {p.resolution, p.eps, p.epsneg, p.tiny, p.max, p.tiny, p.subnormal};
  char s[7][40];
  for (int i = 0; i < 7; i++)
    snprintf(s[i], sizeof s[i], "%.*e", digits, dt == DT_FLOAT32 ? (double)(float)v[i] : v[i]);
  return str_printf(vm,
                    "Machine parameters for %s\n" LIMITS_RULE "precision = %3d   resolution = %s\n"
                    "machep = %6d   eps =        %s\nnegep =  %6d   epsneg =     %s\n"
                    "minexp = %6d   tiny =       %s\nmaxexp = %6d   max =        %s\nnexp =   %6d   min =        -max\n"
                    "smallest_normal = %s   smallest_subnormal = %s\n" LIMITS_RULE,
                    dt_name(dt), p.precision, s[0], -p.nmant, s[1], -p.nmant - 1, s[2], p.minexp, s[3], p.maxexp, s[4],
                    p.nexp, s[5], s[6]);
}

static Type TYPE_NP_IINFO = {.hdr = TYPE_HEADER, .name = "numpy.iinfo", .repr = iinfo_repr, .str = iinfo_str,
                             .getattr = iinfo_getattr};
static Type TYPE_NP_FINFO = {.hdr = TYPE_HEADER, .name = "numpy.finfo", .repr = finfo_repr, .str = finfo_str,
                             .getattr = finfo_getattr};

bool np_has_public_name(const char *module, const char *name) {
  for (size_t i = 0; i < sizeof np_module_names / sizeof np_module_names[0]; i++) {
    const NpModuleNames *m = &np_module_names[i];
    if (strcmp(m->module, module) != 0) continue;
    int lo = 0, hi = m->n;
    while (lo < hi) { /* binary search of the sorted names */
      int mid = (lo + hi) / 2, c = strcmp(m->names[mid], name);
      if (c == 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
  }
  return false;
}

/* set_printoptions arguments 5.. that streak's printing does not implement:
** given with a value other than NumPy's default, a clear NotImplementedError
** (rather than output that silently ignores them). */
static void reject_unsupported_printoptions(VM *vm, const Value *arg) {
  static const struct { const char *name, *dflt; } opts[] = {
      {"nanstr", "nan"}, {"infstr", "inf"}, {"formatter", NULL}, {"sign", "-"},
      {"floatmode", "maxprec"}, {"legacy", NULL}};
  for (int i = 0; i < 6; i++) {
    Value v = arg[5 + i];
    if (is_empty(v) || is_none(v)) continue;
    if (opts[i].dflt && is_str(v) && str_eq_c(as_str(v), opts[i].dflt)) continue;
    if (!opts[i].dflt && v.tag == V_BOOL && !v.as.i) continue; /* legacy=False */
    vm_raise(vm, &EXC_NotImplementedError, "streak: set_printoptions(%s=) is not supported",
             opts[i].name);
  }
}

static Value np_set_printoptions(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[11];
  /* NumPy's parameters in NumPy's order (positional calls bind alike) */
  args_parse(vm, a, "set_printoptions",
             "|precision,threshold,edgeitems,linewidth,suppress,nanstr,infstr,formatter,sign,floatmode,"
             "$legacy",
             arg);
  reject_unsupported_printoptions(vm, arg);
  NpPrintOptions o = np_printoptions;
  if (!is_empty(arg[0]) && !is_none(arg[0])) o.precision = (int)arr_index_value(vm, arg[0]);
  if (!is_empty(arg[1]) && !is_none(arg[1])) {
    if (is_float(arg[1]) && isinf(arg[1].as.f)) o.threshold = INT32_MAX;
    else o.threshold = (int)arr_index_value(vm, arg[1]);
  }
  if (!is_empty(arg[2]) && !is_none(arg[2])) o.edgeitems = (int)arr_index_value(vm, arg[2]);
  if (!is_empty(arg[3]) && !is_none(arg[3])) o.linewidth = (int)arr_index_value(vm, arg[3]);
  if (!is_empty(arg[4]) && !is_none(arg[4])) o.suppress = v_truthy(vm, arg[4]);
  if (o.precision < 0) vm_raise(vm, &EXC_ValueError, "precision must be >= 0");
  np_printoptions = o;
  return v_none();
}

static Value np_get_printoptions(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "get_printoptions", 0, 0);
  Dict *d = dict_new(vm);
  const NpPrintOptions *o = &np_printoptions;
  dict_set_str(vm, d, str_intern_c(vm, "edgeitems"), v_int(o->edgeitems));
  dict_set_str(vm, d, str_intern_c(vm, "threshold"), v_int(o->threshold));
  dict_set_str(vm, d, str_intern_c(vm, "floatmode"), str_from_cstr(vm, "maxprec"));
  dict_set_str(vm, d, str_intern_c(vm, "precision"), v_int(o->precision));
  dict_set_str(vm, d, str_intern_c(vm, "suppress"), v_bool(o->suppress));
  dict_set_str(vm, d, str_intern_c(vm, "linewidth"), v_int(o->linewidth));
  dict_set_str(vm, d, str_intern_c(vm, "nanstr"), str_from_cstr(vm, "nan"));
  dict_set_str(vm, d, str_intern_c(vm, "infstr"), str_from_cstr(vm, "inf"));
  dict_set_str(vm, d, str_intern_c(vm, "sign"), str_from_cstr(vm, "-"));
  dict_set_str(vm, d, str_intern_c(vm, "formatter"), v_none());
  dict_set_str(vm, d, str_intern_c(vm, "legacy"), v_bool(false));
  return v_obj(d);
}

/* ---- floating-point error handling: seterr, geterr, errstate ----------------------
** streak reports no floating-point errors: NumPy's default ('warn') only
** writes RuntimeWarnings to stderr, so 'ignore' and 'warn' give the same
** output and are kept as settings (geterr shows them). 'raise', 'call',
** 'print' and 'log' would change what a program does or prints when an error
** happens: refused with a NotImplementedError rather than ignored. */
enum { FPE_DIVIDE, FPE_OVER, FPE_UNDER, FPE_INVALID, FPE__COUNT };
static const char *const fpe_names[FPE__COUNT] = {"divide", "over", "under", "invalid"};
static const char *const fpe_modes[] = {"ignore", "warn", "raise", "call", "print", "log"};
enum { FPM_IGNORE, FPM_WARN };
static int8_t fpe_state[FPE__COUNT] = {FPM_WARN, FPM_WARN, FPM_IGNORE, FPM_WARN};

/* The mode v names (None: -1), from the function fname's argument arg. */
static int fpe_mode(VM *vm, Value v, const char *fname, const char *arg) {
  if (is_empty(v) || is_none(v)) return -1;
  for (int m = 0; is_str(v) && m < (int)(sizeof fpe_modes / sizeof fpe_modes[0]); m++) {
    if (!str_eq_c(as_str(v), fpe_modes[m])) continue;
    if (m > FPM_WARN)
      vm_raise(vm, &EXC_NotImplementedError,
               "streak: np.%s(%s='%s') is not supported (streak does not detect floating-point errors; "
               "'ignore' and 'warn' are)", fname, arg, fpe_modes[m]);
    return m;
  }
  vm_raise_key(vm, v); /* NumPy's _errdict[mode] */
}

static Value fpe_dict(VM *vm, const int8_t *state) {
  Dict *d = dict_new(vm);
  for (int i = 0; i < FPE__COUNT; i++)
    dict_set_str(vm, d, str_intern_c(vm, fpe_names[i]), str_from_cstr(vm, fpe_modes[state[i]]));
  return v_obj(d);
}

/* seterr's arguments (all, divide, over, under, invalid) applied to the
** state: a mode not given is all's, else unchanged. */
static void fpe_apply(VM *vm, const Value *arg, const char *fname) {
  int all = fpe_mode(vm, arg[0], fname, "all");
  int8_t next[FPE__COUNT];
  for (int i = 0; i < FPE__COUNT; i++) {
    int m = fpe_mode(vm, arg[1 + i], fname, fpe_names[i]);
    next[i] = (int8_t)(m >= 0 ? m : all >= 0 ? all : fpe_state[i]);
  }
  memcpy(fpe_state, next, sizeof next);
}

static Value np_seterr(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[5];
  args_parse(vm, a, "!seterr", "|all,divide,over,under,invalid", arg);
  Value old = fpe_dict(vm, fpe_state);
  fpe_apply(vm, arg, "seterr");
  return old;
}

static Value np_geterr(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "geterr", 0, 0);
  return fpe_dict(vm, fpe_state);
}

/* np.errstate(**kwargs): a context manager that sets the modes on entry and
** restores the previous ones on exit (as NumPy's does, at __enter__: a bad
** mode raises there). */
typedef struct NpErrState {
  Obj hdr;
  Value arg[5]; /* all, divide, over, under, invalid (V_EMPTY: not given) */
  int8_t saved[FPE__COUNT];
} NpErrState;

static void errstate_mark(VM *vm, Obj *o) {
  NpErrState *e = (NpErrState *)o;
  for (int i = 0; i < 5; i++) gc_mark_value(vm, e->arg[i]);
}

static Value errstate_enter(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__enter__", 0, 0);
  NpErrState *e = (NpErrState *)self.as.o;
  memcpy(e->saved, fpe_state, sizeof e->saved);
  fpe_apply(vm, e->arg, "errstate");
  return v_none();
}

static Value errstate_exit(VM *vm, Value self, const Args *a) {
  (void)vm, (void)a;
  NpErrState *e = (NpErrState *)self.as.o;
  memcpy(fpe_state, e->saved, sizeof fpe_state);
  return v_none();
}

static const MethodDef errstate_methods[] = {
    {"__enter__", errstate_enter}, {"__exit__", errstate_exit}, {NULL, NULL}};
static Type TYPE_NP_ERRSTATE = {.hdr = TYPE_HEADER, .name = "numpy.errstate", .base = &TYPE_OBJECT,
                                .mark = errstate_mark, .methods = errstate_methods};

static Value np_errstate(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[6];
  args_parse(vm, a, "errstate", "$all,divide,over,under,invalid,call", arg);
  if (!is_empty(arg[5]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.errstate(call=) is not supported");
  NpErrState *e = gc_alloc(vm, &TYPE_NP_ERRSTATE, sizeof(NpErrState));
  memcpy(e->arg, arg, sizeof e->arg);
  memcpy(e->saved, fpe_state, sizeof e->saved);
  return v_obj(e);
}

/* np.real(x) / np.imag(x): the attribute, for arrays, scalars and array-likes. */
static Value real_imag(VM *vm, const Args *a, const char *fname) {
  Value arg[1];
  args_parse(vm, a, fname, "val", arg);
  Str *name = str_intern_c(vm, fname);
  Value x = arg[0];
  if (!is_array(x) && !is_npscalar(x) && !num_is_number(x)) x = v_obj(arr_from_value(vm, x, -1));
  return v_getattr(vm, x, name);
}
static Value np_real(VM *vm, Value self, const Args *a) { (void)self; return real_imag(vm, a, "real"); }
static Value np_imag(VM *vm, Value self, const Args *a) { (void)self; return real_imag(vm, a, "imag"); }

/* ---- module ------------------------------------------------------------------------ */

Module *mod_numpy_init(VM *vm) {
  init_scalar_types();
  arr_init_methods();
  Module *m = module_new(vm, "numpy");
  static const struct { const char *name; CFunc fn; } funcs[] = {
      {"array", np_array},           {"asarray", np_asarray},
      {"asanyarray", np_asarray},    {"ascontiguousarray", np_ascontiguousarray},
      {"copy", np_copy},             {"zeros", np_zeros},
      {"ones", np_ones},             {"empty", np_empty},
      {"full", np_full},             {"zeros_like", np_zeros_like},
      {"ones_like", np_ones_like},   {"empty_like", np_empty_like},
      {"full_like", np_full_like},   {"arange", np_arange},
      {"linspace", np_linspace},     {"logspace", np_logspace},
      {"geomspace", np_geomspace},     {"eye", np_eye},
      {"identity", np_identity},     {"reshape", np_reshape},
      {"ravel", np_ravel},           {"transpose", np_transpose},
      {"squeeze", np_squeeze},       {"swapaxes", np_swapaxes},
      {"expand_dims", np_expand_dims}, {"flip", np_flip},
      {"fliplr", np_fliplr},         {"flipud", np_flipud},
      {"shape", np_shape},           {"ndim", np_ndim},
      {"size", np_size},             {"result_type", np_result_type},
      {"promote_types", np_promote_types}, {"issubdtype", np_issubdtype},
      {"set_printoptions", np_set_printoptions},
      {"get_printoptions", np_get_printoptions},
      {"seterr", np_seterr},         {"geterr", np_geterr},
      {"errstate", np_errstate},
      {"real", np_real},             {"imag", np_imag},
      {"iinfo", np_iinfo},           {"finfo", np_finfo},
  };
  for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
    module_add_func(vm, m, funcs[i].name, funcs[i].fn);
  for (int i = 0; i < DT__COUNT; i++)
    module_set(vm, m, dt_info[i].sname, v_obj(&np_scalar_types[i]));
  static const struct { const char *name; DType dt; } aliases[] = {
      {"bool8", DT_BOOL},     {"byte", DT_INT8},         {"ubyte", DT_UINT8},
      {"short", DT_INT16},    {"ushort", DT_UINT16},     {"intc", DT_INT32},
      {"uintc", DT_UINT32},   {"int_", DT_INT64},        {"intp", DT_INT64},
      {"longlong", DT_INT64}, {"uint", DT_UINT64},       {"uintp", DT_UINT64},
      {"ulonglong", DT_UINT64}, {"single", DT_FLOAT32},  {"double", DT_FLOAT64},
      {"float_", DT_FLOAT64}, {"csingle", DT_COMPLEX64}, {"cdouble", DT_COMPLEX128},
      {"complex_", DT_COMPLEX128},
  };
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
    module_set(vm, m, aliases[i].name, v_obj(&np_scalar_types[aliases[i].dt]));
  static const struct { const char *name; Type *t; } abstract[] = {
      {"generic", &np_generic},         {"number", &np_number},
      {"integer", &np_integer},         {"signedinteger", &np_signedinteger},
      {"unsignedinteger", &np_unsignedinteger}, {"inexact", &np_inexact},
      {"floating", &np_floating},       {"complexfloating", &np_complexfloating},
  };
  for (size_t i = 0; i < sizeof abstract / sizeof abstract[0]; i++)
    module_set(vm, m, abstract[i].name, v_obj(abstract[i].t));
  module_set(vm, m, "True_", np_bool_scalar(true));
  module_set(vm, m, "False_", np_bool_scalar(false));
  module_set(vm, m, "ndarray", v_obj(&TYPE_NDARRAY));
  module_set(vm, m, "AxisError", v_obj(uf_axis_error()));
  module_set(vm, m, "dtype", v_obj(&TYPE_NPDTYPE));
  module_set(vm, m, "pi", v_float(M_PI));
  module_set(vm, m, "e", v_float(M_E));
  module_set(vm, m, "inf", v_float(INFINITY));
  module_set(vm, m, "Inf", v_float(INFINITY));
  module_set(vm, m, "infty", v_float(INFINITY));
  module_set(vm, m, "nan", v_float(NAN));
  module_set(vm, m, "NaN", v_float(NAN));
  module_set(vm, m, "newaxis", v_none());
  module_set(vm, m, "__version__", str_from_cstr(vm, "1.24.2"));
  if (np_register_ufuncs) np_register_ufuncs(vm, m);
  if (np_register_random) np_register_random(vm, m);
  return m;
}
