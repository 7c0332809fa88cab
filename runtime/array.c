/*
** array.c — the ndarray object and its machinery: dtype tables and NumPy
** 1.24 promotion, allocation (64-byte aligned, accounted by the GC), views,
** flags, reshape/transpose/broadcast, the N-d iterator, casting loops,
** conversion between elements and Python values, np.array's discovery,
** NumPy scalar types and dtype objects, and the ndarray type's attributes
** and methods. Indexing is in index.c, printing in print.c, the module in
** npmodule.c.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "array.h"
#include "ufunc.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* ---- dtype tables ---------------------------------------------------------- */

const DTypeInfo dt_info[DT__COUNT] = {
#define X(NAME, ctype, kind, chr, size, name, sname) {name, sname, kind, chr, size},
    NP_DTYPES(X)
#undef X
};

#define B DT_BOOL
#define I1 DT_INT8
#define U1 DT_UINT8
#define I2 DT_INT16
#define U2 DT_UINT16
#define I4 DT_INT32
#define U4 DT_UINT32
#define I8 DT_INT64
#define U8 DT_UINT64
#define F4 DT_FLOAT32
#define F8 DT_FLOAT64
#define C8 DT_COMPLEX64
#define C16 DT_COMPLEX128
/* np.promote_types over NP_DTYPES order, generated from NumPy 1.24. */
static const uint8_t promote_table[DT__COUNT][DT__COUNT] = {
    {B, I1, U1, I2, U2, I4, U4, I8, U8, F4, F8, C8, C16},
    {I1, I1, I2, I2, I4, I4, I8, I8, F8, F4, F8, C8, C16},
    {U1, I2, U1, I2, U2, I4, U4, I8, U8, F4, F8, C8, C16},
    {I2, I2, I2, I2, I4, I4, I8, I8, F8, F4, F8, C8, C16},
    {U2, I4, U2, I4, U2, I4, U4, I8, U8, F4, F8, C8, C16},
    {I4, I4, I4, I4, I4, I4, I8, I8, F8, F8, F8, C16, C16},
    {U4, I8, U4, I8, U4, I8, U4, I8, U8, F8, F8, C16, C16},
    {I8, I8, I8, I8, I8, I8, I8, I8, F8, F8, F8, C16, C16},
    {U8, F8, U8, F8, U8, F8, U8, F8, U8, F8, F8, C16, C16},
    {F4, F4, F4, F4, F4, F8, F8, F8, F8, F4, F8, C8, C16},
    {F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, C16, C16},
    {C8, C8, C8, C8, C8, C16, C16, C16, C16, C8, C16, C8, C16},
    {C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16},
};
#undef B
#undef I1
#undef U1
#undef I2
#undef U2
#undef I4
#undef U4
#undef I8
#undef U8
#undef F4
#undef F8
#undef C8
#undef C16

DType dt_promote(DType a, DType b) { return (DType)promote_table[a][b]; }
bool dt_can_cast_safe(DType from, DType to) { return dt_promote(from, to) == to; }

static DType unsigned_to_signed(DType t) {
  switch (t) {
  case DT_UINT8: return DT_INT8;
  case DT_UINT16: return DT_INT16;
  case DT_UINT32: return DT_INT32;
  case DT_UINT64: return DT_INT64;
  default: return t;
  }
}

/* np.min_scalar_type. float16 does not exist here: NumPy would pick it for
** floats within ±65000 (and inf/nan); promoting float16 with any dtype an
** array of kind f/c can have gives the same result as float32, which we use. */
DType dt_min_scalar_type(const DtScalar *s, bool *small_unsigned) {
  *small_unsigned = false;
  char k = dt_kind(s->dtype);
  if (k == 'b') return DT_BOOL;
  if (k == 'i' || k == 'u') {
    if (s->neg) {
      int64_t v = s->value_i;
      if (v >= INT8_MIN) return DT_INT8;
      if (v >= INT16_MIN) return DT_INT16;
      if (v >= INT32_MIN) return DT_INT32;
      return DT_INT64;
    }
    uint64_t v = s->value_u;
    if (v <= UINT8_MAX) { *small_unsigned = v <= INT8_MAX; return DT_UINT8; }
    if (v <= UINT16_MAX) { *small_unsigned = v <= INT16_MAX; return DT_UINT16; }
    if (v <= UINT32_MAX) { *small_unsigned = v <= INT32_MAX; return DT_UINT32; }
    *small_unsigned = v <= INT64_MAX;
    return DT_UINT64;
  }
  if (k == 'f') {
    if (s->dtype == DT_FLOAT32) return DT_FLOAT32;
    double v = s->re;
    if (!isfinite(v) || (v > -3.4e38 && v < 3.4e38)) return DT_FLOAT32;
    return DT_FLOAT64;
  }
  if (s->dtype == DT_COMPLEX64) return DT_COMPLEX64;
  double r = s->re, i = s->im;
  bool rf = !isfinite(r) || (r > -3.4e38 && r < 3.4e38);
  bool imf = !isfinite(i) || (i > -3.4e38 && i < 3.4e38);
  return rf && imf ? DT_COMPLEX64 : DT_COMPLEX128;
}

DType dt_result_type(int narr, const DType *arrs, int nsc, const DtScalar *scs) {
  int max_arr = -1, max_sc = -1;
  for (int i = 0; i < narr; i++)
    if (dt_kind_order(arrs[i]) > max_arr) max_arr = dt_kind_order(arrs[i]);
  for (int i = 0; i < nsc; i++)
    if (dt_kind_order(scs[i].dtype) > max_sc) max_sc = dt_kind_order(scs[i].dtype);
  bool use_min = narr > 0 && nsc > 0 && max_arr >= max_sc;
  int have = 0;
  DType r = DT_BOOL;
  for (int i = 0; i < narr; i++) r = have++ ? dt_promote(r, arrs[i]) : arrs[i];
  for (int i = 0; i < nsc; i++) {
    DType t = scs[i].dtype;
    if (use_min) {
      bool small;
      t = dt_min_scalar_type(&scs[i], &small);
      if (small && have && r != DT_BOOL && !dt_is_unsigned(r)) t = unsigned_to_signed(t);
    }
    r = have++ ? dt_promote(r, t) : t;
  }
  return r;
}

/* ---- allocation ---------------------------------------------------------- */

static void arr_finalize(VM *vm, Obj *o) {
  NdArray *a = (NdArray *)o;
  if (a->flags & ARR_OWNDATA) gc_free_buf(vm, a->alloc, a->alloc_size); /* big ones are parked (gc.c) */
  if ((a->flags & ARR_EXTERNAL) && a->release) a->release(a->release_ctx);
  a->alloc = NULL;
  a->flags &= ~(ARR_OWNDATA | ARR_EXTERNAL);
}

static void arr_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((NdArray *)o)->base); }

static NdArray *arr_alloc_header(VM *vm, DType dt, int ndim) {
  if (ndim > ARR_MAXDIMS)
    vm_raise(vm, &EXC_ValueError, "maximum supported dimension for an ndarray is %d, found %d",
             ARR_MAXDIMS, ndim);
  /* room for at least 4 dims, so that `a.shape = ...` can usually work in place */
  int cap = ndim < 4 ? 4 : ndim;
  NdArray *a = gc_alloc(vm, &TYPE_NDARRAY, sizeof(NdArray) + 2 * (size_t)cap * sizeof(int64_t));
  a->hdr.aux = (uint32_t)cap;
  a->ndim = ndim;
  a->dtype = dt;
  a->itemsize = dt_size(dt);
  a->shape = a->dims;
  a->strides = a->dims + ndim;
  a->base = v_none();
  return a;
}

/* The number of elements of `shape`, checked as NumPy does: the bytes,
** itemsize times each non-zero dimension in turn, must fit an intp (so
** (2**59, 0, 16) float64 is too big although empty). */
static int64_t checked_size(VM *vm, DType dt, int ndim, const int64_t *shape) {
  int64_t n = 1, nbytes = dt_size(dt);
  for (int i = 0; i < ndim; i++) {
    n *= shape[i] > 0 ? 1 : 0;
    if (shape[i] == 0) continue;
    if (shape[i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
    if (nbytes > (INT64_MAX - 64) / shape[i]) /* 64: arr_new_impl's alignment slack */
      vm_raise(vm, &EXC_ValueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    nbytes *= shape[i];
  }
  return n ? nbytes / dt_size(dt) : 0;
}

/* NumPy's size in binary units (numpy/core/_exceptions.py's
** _size_to_string): "7.28 TiB", "512 bytes". */
static void size_to_string(StrBuf *b, uint64_t nbytes) {
  static const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  int bits = 64 - (nbytes ? __builtin_clzll(nbytes) : 64);
  int unit = (bits - 1 > 1 ? bits - 1 : 1) / 10;
  double n = (double)nbytes / (double)(1ull << (10 * unit));
  if (nearbyint(n) == 1024 && unit < 6) {
    unit++;
    n /= 1024;
  }
  if (unit == 0) sb_printf(b, "%.0f %s", n, units[unit]);
  else if (nearbyint(n) < 1000) sb_printf(b, "%#.3g %s", n, units[unit]);
  else sb_printf(b, "%#.0f %s", n, units[unit]);
}

/* MemoryError with NumPy's text: "Unable to allocate 7.28 TiB for an array
** with shape (1000000, 1000000) and data type float64". */
static _Noreturn void raise_array_memory(VM *vm, DType dt, int ndim, const int64_t *shape, uint64_t nbytes) {
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "Unable to allocate ");
  size_to_string(&b, nbytes);
  sb_puts(&b, " for an array with shape (");
  for (int i = 0; i < ndim; i++) sb_printf(&b, i ? ", %lld" : "%lld", (long long)shape[i]);
  sb_printf(&b, "%s) and data type %s", ndim == 1 ? "," : "", dt_name(dt));
  Value msg = str_new(vm, b.data, b.len);
  sb_free(&b);
  vm_throw(vm, exc_new_args(vm, &EXC_MemoryError, tuple_from(vm, &msg, 1)));
}

static NdArray *arr_new_impl(VM *vm, DType dt, int ndim, const int64_t *shape, bool zero) {
  int64_t size = checked_size(vm, dt, ndim, shape);
  size_t nbytes = (size_t)size * (size_t)dt_size(dt);
  NdArray *a = arr_alloc_header(vm, dt, ndim); /* garbage if the buffer fails */
  void *buf = gc_try_realloc(vm, NULL, 0, nbytes + 64);
  if (!buf) raise_array_memory(vm, dt, ndim, shape, nbytes);
  a->alloc_size = nbytes + 64;
  a->alloc = buf;
  a->data = (char *)(((uintptr_t)a->alloc + 63) & ~(uintptr_t)63);
  if (zero) memset(a->data, 0, nbytes);
  a->flags = ARR_OWNDATA | ARR_WRITEABLE;
  a->size = size;
  int64_t st = a->itemsize;
  for (int i = ndim - 1; i >= 0; i--) {
    a->shape[i] = shape[i];
    a->strides[i] = st;
    st *= shape[i] ? shape[i] : 1;
  }
  arr_update_flags(a);
  return a;
}

NdArray *arr_new(VM *vm, DType dt, int ndim, const int64_t *shape) {
  return arr_new_impl(vm, dt, ndim, shape, true);
}
NdArray *arr_new_uninit(VM *vm, DType dt, int ndim, const int64_t *shape) {
  return arr_new_impl(vm, dt, ndim, shape, false);
}
NdArray *arr_empty_like(VM *vm, const NdArray *a, int dt) {
  return arr_new_uninit(vm, dt < 0 ? (DType)a->dtype : (DType)dt, a->ndim, a->shape);
}

/* Whether axis b should come before axis a (outer) in memory order: some
** operand spanning the shape says so and none says the opposite (nditer's
** rule; operands that disagree leave C order). */
static bool k_swap(int nops, NdArray *const *ops, int ndim, const int64_t *shape, int a, int b) {
  bool swap = false;
  for (int k = 0; k < nops; k++) {
    const NdArray *o = ops[k];
    if (!o || o->ndim != ndim) continue;
    if (o->shape[a] != shape[a] || o->shape[b] != shape[b] || shape[a] == 1 || shape[b] == 1) continue;
    int64_t sa = o->strides[a] < 0 ? -o->strides[a] : o->strides[a];
    int64_t sb = o->strides[b] < 0 ? -o->strides[b] : o->strides[b];
    if (sa == 0 || sb == 0) continue;
    if (sb > sa) swap = true;
    else if (sb < sa) return false;
  }
  return swap;
}

NdArray *arr_new_like_k(VM *vm, DType dt, int ndim, const int64_t *shape, int nops,
                        NdArray *const *ops) {
  NdArray *r = arr_new_uninit(vm, dt, ndim, shape);
  if (ndim < 2) return r;
  int perm[ARR_MAXDIMS];
  bool ident = true;
  for (int i = 0; i < ndim; i++) perm[i] = i;
  for (int i = 1; i < ndim; i++)
    for (int j = i; j > 0 && k_swap(nops, ops, ndim, shape, perm[j - 1], perm[j]); j--) {
      int t = perm[j];
      perm[j] = perm[j - 1];
      perm[j - 1] = t;
      ident = false;
    }
  if (ident) return r;
  int64_t st = r->itemsize;
  for (int i = ndim - 1; i >= 0; i--) {
    r->strides[perm[i]] = st;
    st *= shape[perm[i]] ? shape[perm[i]] : 1;
  }
  arr_update_flags(r);
  return r;
}

static Value owner_of(NdArray *base) {
  if ((base->flags & (ARR_OWNDATA | ARR_EXTERNAL)) || is_none(base->base)) return v_obj(base);
  return base->base;
}

NdArray *arr_view(VM *vm, NdArray *base, DType dt, int ndim, const int64_t *shape,
                  const int64_t *strides, char *data) {
  NdArray *a = arr_alloc_header(vm, dt, ndim);
  a->data = data;
  a->size = 1;
  for (int i = 0; i < ndim; i++) {
    a->shape[i] = shape[i];
    a->strides[i] = strides[i];
    a->size *= shape[i];
  }
  a->base = owner_of(base);
  a->flags = base->flags & ARR_WRITEABLE;
  arr_update_flags(a);
  return a;
}

NdArray *arr_wrap_external(VM *vm, DType dt, int ndim, const int64_t *shape,
                           const int64_t *strides, void *data, bool writeable,
                           void (*release)(void *ctx), void *ctx) {
  int64_t size = checked_size(vm, dt, ndim, shape);
  NdArray *a = arr_alloc_header(vm, dt, ndim);
  a->data = data;
  a->size = size;
  int64_t st = a->itemsize;
  for (int i = ndim - 1; i >= 0; i--) {
    a->shape[i] = shape[i];
    a->strides[i] = strides ? strides[i] : st;
    st *= shape[i] ? shape[i] : 1;
  }
  a->flags = ARR_EXTERNAL | (writeable ? ARR_WRITEABLE : 0);
  a->release = release;
  a->release_ctx = ctx;
  arr_update_flags(a);
  return a;
}

void arr_update_flags(NdArray *a) {
  a->flags &= ~(ARR_C_CONTIG | ARR_F_CONTIG);
  bool c = true, f = true;
  for (int i = 0; i < a->ndim; i++)
    if (a->shape[i] == 0) { a->flags |= ARR_C_CONTIG | ARR_F_CONTIG; return; }
  int64_t st = a->itemsize;
  for (int i = a->ndim - 1; i >= 0; i--) {
    if (a->shape[i] != 1) {
      if (a->strides[i] != st) { c = false; break; }
      st *= a->shape[i];
    }
  }
  st = a->itemsize;
  for (int i = 0; i < a->ndim; i++) {
    if (a->shape[i] != 1) {
      if (a->strides[i] != st) { f = false; break; }
      st *= a->shape[i];
    }
  }
  if (c) a->flags |= ARR_C_CONTIG;
  if (f) a->flags |= ARR_F_CONTIG;
}

void arr_shape_repr(StrBuf *b, int ndim, const int64_t *shape) {
  sb_putc(b, '(');
  for (int i = 0; i < ndim; i++) {
    if (i) sb_puts(b, ", ");
    sb_printf(b, "%lld", (long long)shape[i]);
  }
  if (ndim == 1) sb_putc(b, ',');
  sb_putc(b, ')');
}

int arr_normalize_axis(VM *vm, int64_t axis, int ndim) {
  if (axis < -ndim || axis >= ndim)
    vm_raise(vm, uf_axis_error(), "axis %lld is out of bounds for array of dimension %d",
             (long long)axis, ndim);
  return (int)(axis < 0 ? axis + ndim : axis);
}

/* normalize_axis_index(axis, ndim, msg_prefix): the AxisError names the
** argument ("axis1: axis 2 is out of bounds ..."). */
int arr_normalize_axis_msg(VM *vm, int64_t axis, int ndim, const char *prefix) {
  if (axis < -ndim || axis >= ndim)
    vm_raise(vm, uf_axis_error(), "%s: axis %lld is out of bounds for array of dimension %d", prefix,
             (long long)axis, ndim);
  return (int)(axis < 0 ? axis + ndim : axis);
}

/* ---- casting loops ------------------------------------------------------- */

/* Float to integer as NumPy's C casts do it on x86-64 (what gcc emits for
** (T)x), without C's undefined behaviour: cvttsd2si gives the "integer
** indefinite" INT_MIN of its width for NaN and out of range; int8, int16,
** uint8, uint16 and int32 go through the 32-bit form, int64 through the
** 64-bit one, and a uint32 (uint64) at or above 2**31 (2**63) converts
** x - 2**31 (2**63) and flips the top bit (1e20 gives 0, -1.0 all ones). */
static inline int64_t f2i64(double x) {
  return (x >= -9223372036854775808.0 && x < 9223372036854775808.0) ? (int64_t)x : INT64_MIN;
}
static inline int32_t f2i32(double x) { return (x >= -2147483648.0 && x < 2147483648.0) ? (int32_t)x : INT32_MIN; }
static inline uint32_t f2u32(double x) {
  if (!(x >= 2147483648.0)) return (uint32_t)f2i32(x); /* NaN too */
  return (uint32_t)f2i32(x - 2147483648.0) ^ ((uint32_t)1 << 31);
}
static inline uint64_t f2u64(double x) {
  if (!(x >= 9223372036854775808.0)) return (uint64_t)f2i64(x); /* NaN too */
  return (uint64_t)f2i64(x - 9223372036854775808.0) ^ ((uint64_t)1 << 63);
}

/* One element of type ft (kind fk) converted to tt (kind tk); every branch
** type-checks for every pair, the dead ones fold away. */
#define CONV(tt, tk, fk, x)                                                             \
  ((tk) == 'b'                                         ? (tt)((x) != 0)                 \
   : (((tk) == 'i' || (tk) == 'u') && sizeof(tt) <= 2 && ((fk) == 'f' || (fk) == 'c')) \
                                                       ? (tt)f2i32((double)creal(x))    \
   : ((tk) == 'i' && sizeof(tt) == 4 && ((fk) == 'f' || (fk) == 'c')) ? (tt)f2i32((double)creal(x)) \
   : ((tk) == 'i' && ((fk) == 'f' || (fk) == 'c'))     ? (tt)f2i64((double)creal(x))    \
   : ((tk) == 'u' && sizeof(tt) == 4 && ((fk) == 'f' || (fk) == 'c')) ? (tt)f2u32((double)creal(x)) \
   : ((tk) == 'u' && ((fk) == 'f' || (fk) == 'c'))     ? (tt)f2u64((double)creal(x))    \
   : ((tk) == 'f' && (fk) == 'c')                      ? (tt)creal(x)                   \
                                                       : (tt)(x))

#define CAST_FN(TO, tt, tk, FROM, ft, fk)                                               \
  static void cast_##FROM##_to_##TO(char *d, int64_t ds, const char *s, int64_t ss,      \
                                    int64_t n) {                                         \
    if (ds == (int64_t)sizeof(tt) && ss == (int64_t)sizeof(ft)) {                        \
      tt *restrict dp = (tt *)d;                                                         \
      const ft *restrict sp = (const ft *)s;                                             \
      for (int64_t i = 0; i < n; i++) dp[i] = CONV(tt, tk, fk, sp[i]);                   \
    } else {                                                                             \
      for (int64_t i = 0; i < n; i++)                                                    \
        *(tt *)(d + i * ds) = CONV(tt, tk, fk, *(const ft *)(s + i * ss));               \
    }                                                                                    \
  }

/* Expand all pairs: for each FROM (outer list), for each TO (inner list). */
#define GEN_FROM(FROM, ft, fk, fc, fs, fn, fsn)                                         \
  static void cast_from_##FROM(DType to, char *d, int64_t ds, const char *s, int64_t ss, \
                               int64_t n);
NP_DTYPES(GEN_FROM)
#undef GEN_FROM

/* The pair functions: the inner list binds TO; FROM is fixed per block. */
#define CASE_TO(TO, tt, tk, tc, ts, tn, tsn) \
  case DT_##TO: PASTE3(cast_, CUR_FROM, _to_##TO)(d, ds, s, ss, n); return;
#define PASTE3_(a, b, c) a##b##c
#define PASTE3(a, b, c) PASTE3_(a, b, c)
#define CAST_FN_X(TO, tt, tk, FROM, ft, fk) CAST_FN(TO, tt, tk, FROM, ft, fk)
#define PAIR_X(TO, tt, tk, tc, ts, tn, tsn) CAST_FN_X(TO, tt, tk, CUR_FROM, CUR_FT, CUR_FK)

#define FROM_BLOCK                                                                      \
  NP_DTYPES_B(PAIR_X)                                                                   \
  static void PASTE3(cast_from_, CUR_FROM, )(DType to, char *d, int64_t ds, const char *s, \
                                             int64_t ss, int64_t n) {                   \
    switch (to) {                                                                       \
      NP_DTYPES_B(CASE_TO)                                                              \
    default: return;                                                                    \
    }                                                                                   \
  }

#define CUR_FROM BOOL
#define CUR_FT np_bool
#define CUR_FK 'b'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM INT8
#define CUR_FT int8_t
#define CUR_FK 'i'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM UINT8
#define CUR_FT uint8_t
#define CUR_FK 'u'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM INT16
#define CUR_FT int16_t
#define CUR_FK 'i'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM UINT16
#define CUR_FT uint16_t
#define CUR_FK 'u'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM INT32
#define CUR_FT int32_t
#define CUR_FK 'i'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM UINT32
#define CUR_FT uint32_t
#define CUR_FK 'u'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM INT64
#define CUR_FT int64_t
#define CUR_FK 'i'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM UINT64
#define CUR_FT uint64_t
#define CUR_FK 'u'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM FLOAT32
#define CUR_FT float
#define CUR_FK 'f'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM FLOAT64
#define CUR_FT double
#define CUR_FK 'f'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM COMPLEX64
#define CUR_FT np_complex64
#define CUR_FK 'c'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK
#define CUR_FROM COMPLEX128
#define CUR_FT np_complex128
#define CUR_FK 'c'
FROM_BLOCK
#undef CUR_FROM
#undef CUR_FT
#undef CUR_FK

void arr_cast_strided(DType to, char *dst, int64_t ds, DType from, const char *src, int64_t ss,
                      int64_t n) {
  if (n <= 0) return;
  if (to == from && ds == ss && ds == dt_size(to)) {
    memmove(dst, src, (size_t)n * (size_t)ds);
    return;
  }
  switch (from) {
#define X(NAME, ctype, kind, chr, size, name, sname) \
  case DT_##NAME: cast_from_##NAME(to, dst, ds, src, ss, n); return;
    NP_DTYPES(X)
#undef X
  default: return;
  }
}

/* ---- the iterator -------------------------------------------------------- */

static _Noreturn void broadcast_error(VM *vm, int n, NdArray *const *ops) {
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "operands could not be broadcast together with shapes ");
  for (int k = 0; k < n; k++) {
    uf_shape_repr_compact(&b, ops[k]->ndim, ops[k]->shape);
    sb_putc(&b, ' ');
  }
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
}

bool arr_iter_init(VM *vm, ArrIter *it, int nop, NdArray *const *ops, int ndim,
                   const int64_t *shape) {
  int64_t sh[ARR_MAXDIMS], st[ARR_ITER_MAXOP][ARR_MAXDIMS];
  int nd = 0;
  it->nop = nop;
  it->size = 1;
  for (int d = 0; d < ndim; d++) it->size *= shape[d];
  for (int d = 0; d < ndim; d++) {
    for (int k = 0; k < nop; k++) {
      const NdArray *a = ops[k];
      int od = d - (ndim - a->ndim);
      int64_t s = 0;
      if (od >= 0) {
        if (a->shape[od] == shape[d]) s = a->strides[od];
        else if (a->shape[od] != 1) broadcast_error(vm, nop, ops);
      }
      st[k][nd] = s;
    }
    for (int k = 0; k < nop; k++)
      if (ops[k]->ndim > ndim) broadcast_error(vm, nop, ops);
    if (shape[d] != 1) sh[nd++] = shape[d];
  }
  for (int k = 0; k < nop; k++) it->ptr[k] = ops[k]->data;
  if (it->size == 0) return false;
  /* coalesce: fold dim i into dim i+1 when every operand is contiguous across them */
  int m = 0;
  for (int d = 0; d < nd; d++) {
    if (m > 0) {
      bool ok = true;
      for (int k = 0; k < nop; k++)
        if (st[k][m - 1] != st[k][d] * sh[d]) { ok = false; break; }
      if (ok) {
        sh[m - 1] *= sh[d];
        for (int k = 0; k < nop; k++) st[k][m - 1] = st[k][d];
        continue;
      }
    }
    sh[m] = sh[d];
    for (int k = 0; k < nop; k++) st[k][m] = st[k][d];
    m++;
  }
  if (m == 0) {
    it->n = 1;
    for (int k = 0; k < nop; k++) it->stride[k] = 0;
    it->ndim = 0;
    return true;
  }
  it->n = sh[m - 1];
  for (int k = 0; k < nop; k++) it->stride[k] = st[k][m - 1];
  it->ndim = m - 1;
  for (int d = 0; d < m - 1; d++) {
    it->shape[d] = sh[d];
    it->idx[d] = 0;
    for (int k = 0; k < nop; k++) it->ostride[k][d] = st[k][d];
  }
  return true;
}

bool arr_iter_next(ArrIter *it) {
  for (int d = it->ndim - 1; d >= 0; d--) {
    for (int k = 0; k < it->nop; k++) it->ptr[k] += it->ostride[k][d];
    if (++it->idx[d] < it->shape[d]) return true;
    for (int k = 0; k < it->nop; k++) it->ptr[k] -= it->ostride[k][d] * it->shape[d];
    it->idx[d] = 0;
  }
  return false;
}

/* ---- broadcasting and shapes ------------------------------------------------ */

void arr_broadcast_shapes_raw(VM *vm, int n, const int *ndims, const int64_t *const *shapes,
                              int *ndim, int64_t *shape) {
  int nd = 0;
  for (int k = 0; k < n; k++)
    if (ndims[k] > nd) nd = ndims[k];
  for (int d = 0; d < nd; d++) shape[d] = 1;
  for (int k = 0; k < n; k++) {
    for (int i = 0; i < ndims[k]; i++) {
      int d = nd - ndims[k] + i;
      int64_t s = shapes[k][i];
      if (shape[d] == 1) shape[d] = s;
      else if (s != 1 && s != shape[d]) {
        StrBuf b = STRBUF_INIT;
        sb_puts(&b, "operands could not be broadcast together with shapes ");
        for (int j = 0; j < n; j++) {
          uf_shape_repr_compact(&b, ndims[j], shapes[j]);
          sb_putc(&b, ' ');
        }
        Value msg = sb_finish(vm, &b);
        vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
      }
    }
  }
  *ndim = nd;
}

void arr_broadcast_shapes(VM *vm, int n, NdArray *const *arrs, int *ndim, int64_t *shape) {
  int nds[ARR_ITER_MAXOP * 4];
  const int64_t *shs[ARR_ITER_MAXOP * 4];
  if (n > ARR_ITER_MAXOP * 4) vm_raise(vm, &EXC_ValueError, "too many operands");
  for (int k = 0; k < n; k++) {
    nds[k] = arrs[k]->ndim;
    shs[k] = arrs[k]->shape;
  }
  arr_broadcast_shapes_raw(vm, n, nds, shs, ndim, shape);
}

static _Noreturn void assign_broadcast_error(VM *vm, const NdArray *src, int ndim,
                                             const int64_t *shape) {
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "could not broadcast input array from shape ");
  uf_shape_repr_compact(&b, src->ndim, src->shape);
  sb_puts(&b, " into shape ");
  uf_shape_repr_compact(&b, ndim, shape);
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
}

/* Strides of `a` broadcast to shape; false if incompatible. Leading size-1
** dims of `a` beyond ndim are allowed (NumPy drops them in assignment). */
static bool broadcast_strides(const NdArray *a, int ndim, const int64_t *shape, int64_t *st) {
  int extra = a->ndim - ndim;
  for (int i = 0; i < extra; i++)
    if (a->shape[i] != 1) return false;
  for (int d = 0; d < ndim; d++) {
    int od = d - (ndim - a->ndim);
    if (od < 0) st[d] = 0;
    else if (a->shape[od] == shape[d]) st[d] = a->strides[od];
    else if (a->shape[od] == 1) st[d] = 0;
    else return false;
  }
  return true;
}

NdArray *arr_broadcast_to(VM *vm, NdArray *a, int ndim, const int64_t *shape) {
  int64_t st[ARR_MAXDIMS];
  if (ndim < a->ndim || !broadcast_strides(a, ndim, shape, st))
    assign_broadcast_error(vm, a, ndim, shape);
  NdArray *v = arr_view(vm, a, (DType)a->dtype, ndim, shape, st, a->data);
  v->flags &= ~ARR_WRITEABLE;
  return v;
}

/* ---- copies, casts, assignment -------------------------------------------- */

static bool may_share(const NdArray *a, const NdArray *b) {
  Value oa = a->base, ob = b->base;
  const void *ka = is_none(oa) ? (const void *)a : (const void *)oa.as.o;
  const void *kb = is_none(ob) ? (const void *)b : (const void *)ob.as.o;
  return ka == kb;
}

void arr_assign(VM *vm, NdArray *dst, NdArray *src) {
  int64_t st[ARR_MAXDIMS];
  if (!broadcast_strides(src, dst->ndim, dst->shape, st))
    assign_broadcast_error(vm, src, dst->ndim, dst->shape);
  if (!(dst->flags & ARR_WRITEABLE))
    vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
  if (dst->size == 0) return;
  if (src != dst && may_share(src, dst)) {
    src = arr_copy(vm, src);
    broadcast_strides(src, dst->ndim, dst->shape, st);
  }
  /* src seen with dst's ndim and broadcast strides */
  NdArray *sv = arr_alloc_header(vm, (DType)src->dtype, dst->ndim);
  sv->data = src->data;
  for (int d = 0; d < dst->ndim; d++) {
    sv->shape[d] = dst->shape[d];
    sv->strides[d] = st[d];
  }
  NdArray *ops[2] = {dst, sv};
  ArrIter it;
  if (arr_iter_init(vm, &it, 2, ops, dst->ndim, dst->shape)) do {
      arr_cast_strided((DType)dst->dtype, it.ptr[0], it.stride[0], (DType)src->dtype, it.ptr[1],
                       it.stride[1], it.n);
    } while (arr_iter_next(&it));
}

NdArray *arr_cast(VM *vm, const NdArray *a, DType dt) {
  NdArray *r = arr_new_uninit(vm, dt, a->ndim, a->shape);
  if (a->size == 0) return r;
  NdArray *ops[2] = {r, (NdArray *)a};
  ArrIter it;
  if (arr_iter_init(vm, &it, 2, ops, a->ndim, a->shape)) do {
      arr_cast_strided(dt, it.ptr[0], it.stride[0], (DType)a->dtype, it.ptr[1], it.stride[1], it.n);
    } while (arr_iter_next(&it));
  return r;
}

NdArray *arr_copy(VM *vm, const NdArray *a) { return arr_cast(vm, a, (DType)a->dtype); }

/* Nonzero bytes among the n at p: 8 at a time, each byte's bits folded
** into its low bit and counted. */
static int64_t count_nonzero_bytes(const char *p, int64_t n) {
  int64_t cnt = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, sizeof w);
    w |= w >> 4, w |= w >> 2, w |= w >> 1;
    cnt += util_count_low_bytes(w & 0x0101010101010101ull);
  }
  for (; i < n; i++) cnt += p[i] != 0;
  return cnt;
}

#define COUNT_NONZERO(T, p, n, cnt)                                         \
  do {                                                                      \
    const T *q_ = (const T *)(const void *)(p);                             \
    for (int64_t i_ = 0; i_ < (n); i_++) (cnt) += q_[i_] != 0;              \
  } while (0)

#define COUNT_NONZERO_COMPLEX(T, p, n, cnt)                                 \
  do {                                                                      \
    const T *q_ = (const T *)(const void *)(p);                             \
    for (int64_t i_ = 0; i_ < (n); i_++) (cnt) += (q_[2 * i_] != 0) | (q_[2 * i_ + 1] != 0); \
  } while (0)

int64_t arr_count_nonzero(DType dt, const char *p, int64_t n) {
  int64_t cnt = 0, sz = dt_size(dt);
  switch (dt) {
  case DT_FLOAT32: COUNT_NONZERO(float, p, n, cnt); return cnt;
  case DT_FLOAT64: COUNT_NONZERO(double, p, n, cnt); return cnt;
  case DT_COMPLEX64: COUNT_NONZERO_COMPLEX(float, p, n, cnt); return cnt;
  case DT_COMPLEX128: COUNT_NONZERO_COMPLEX(double, p, n, cnt); return cnt;
  default: break;
  }
  switch (sz) {
  case 1: return count_nonzero_bytes(p, n);
  case 2: COUNT_NONZERO(uint16_t, p, n, cnt); return cnt;
  case 4: COUNT_NONZERO(uint32_t, p, n, cnt); return cnt;
  case 8: COUNT_NONZERO(uint64_t, p, n, cnt); return cnt;
  default: /* any nonzero byte */
    for (int64_t i = 0; i < n; i++) cnt += count_nonzero_bytes(p + i * sz, sz) != 0;
    return cnt;
  }
}

NdArray *arr_contiguous(VM *vm, NdArray *a, int dt) {
  if (arr_is_c_contiguous(a) && (dt < 0 || dt == a->dtype)) return a;
  return arr_cast(vm, a, dt < 0 ? (DType)a->dtype : (DType)dt);
}

void arr_assign_value(VM *vm, NdArray *dst, Value v) {
  DtScalar s;
  if (!is_array(v) && arr_scalar_info(v, &s)) {
    if (!(dst->flags & ARR_WRITEABLE))
      vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
    if (dst->size == 0) return;
    unsigned char elem[16];
    arr_store_value(vm, (DType)dst->dtype, elem, v);
    NdArray *ops[1] = {dst};
    ArrIter it;
    int sz = dst->itemsize;
    if (arr_iter_init(vm, &it, 1, ops, dst->ndim, dst->shape)) do {
        char *p = it.ptr[0];
        if (sz == 8 && it.stride[0] == 8) {
          uint64_t x;
          memcpy(&x, elem, 8);
          uint64_t *q = (uint64_t *)p;
          for (int64_t i = 0; i < it.n; i++) q[i] = x;
        } else {
          for (int64_t i = 0; i < it.n; i++) memcpy(p + i * it.stride[0], elem, (size_t)sz);
        }
      } while (arr_iter_next(&it));
    return;
  }
  NdArray *src = is_array(v) ? as_array(v) : arr_from_value(vm, v, dst->dtype);
  arr_assign(vm, dst, src);
}

/* ---- shape manipulation ---------------------------------------------------- */

/* Strides for viewing `a` with newshape without copying (NumPy's
** _attempt_nocopy_reshape), false if impossible. */
static bool nocopy_reshape(const NdArray *a, int nd, const int64_t *ns, int64_t *nst) {
  int64_t os[ARR_MAXDIMS], ost[ARR_MAXDIMS];
  int ond = 0;
  for (int i = 0; i < a->ndim; i++)
    if (a->shape[i] != 1) { os[ond] = a->shape[i]; ost[ond] = a->strides[i]; ond++; }
  int oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < nd && oi < ond) {
    int64_t np_ = ns[ni], op = os[oi];
    while (np_ != op) {
      if (np_ < op) np_ *= ns[nj++];
      else op *= os[oj++];
    }
    for (int ok = oi; ok < oj - 1; ok++)
      if (ost[ok] != os[ok + 1] * ost[ok + 1]) return false;
    nst[nj - 1] = ost[oj - 1];
    for (int nk = nj - 1; nk > ni; nk--) nst[nk - 1] = nst[nk] * ns[nk];
    ni = nj++;
    oi = oj++;
  }
  int64_t last = ni > 0 ? nst[ni - 1] : a->itemsize;
  for (int nk = ni; nk < nd; nk++) nst[nk] = last;
  return true;
}

NdArray *arr_reshape(VM *vm, NdArray *a, int ndim, const int64_t *newshape) {
  int64_t ns[ARR_MAXDIMS] = {0};
  int unknown = -1;
  int64_t known = 1;
  if (ndim > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  for (int i = 0; i < ndim; i++) {
    ns[i] = newshape[i];
    if (ns[i] == -1) {
      if (unknown >= 0) vm_raise(vm, &EXC_ValueError, "can only specify one unknown dimension");
      unknown = i;
    } else if (ns[i] < 0) {
      vm_raise(vm, &EXC_ValueError, "negative dimensions not allowed");
    } else {
      known *= ns[i];
    }
  }
  if (unknown >= 0) {
    if (known == 0 || a->size % known != 0) goto bad;
    ns[unknown] = a->size / known;
  } else if (known != a->size) {
    goto bad;
  }
  {
    int64_t nst[ARR_MAXDIMS];
    if (a->size == 0 || !nocopy_reshape(a, ndim, ns, nst)) {
      NdArray *c = arr_copy(vm, a);
      int64_t st = c->itemsize;
      for (int i = ndim - 1; i >= 0; i--) {
        nst[i] = st;
        st *= ns[i] ? ns[i] : 1;
      }
      return arr_view(vm, c, (DType)a->dtype, ndim, ns, nst, c->data);
    }
    return arr_view(vm, a, (DType)a->dtype, ndim, ns, nst, a->data);
  }
bad:;
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "cannot reshape array of size %lld into shape ", (long long)a->size);
  /* NumPy's convert_shape_to_string: leading negatives skipped, no spaces,
     other negatives as "newaxis" */
  {
    int i = 0;
    while (i < ndim && newshape[i] < 0) i++;
    if (i == ndim) sb_puts(&b, "()");
    else {
      sb_printf(&b, "(%lld", (long long)newshape[i]);
      for (i++; i < ndim; i++) {
        if (newshape[i] < 0) sb_puts(&b, ",newaxis");
        else sb_printf(&b, ",%lld", (long long)newshape[i]);
      }
      sb_puts(&b, ndim == 1 ? ",)" : ")");
    }
  }
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
}

NdArray *arr_ravel(VM *vm, NdArray *a) {
  int64_t n = a->size;
  if (arr_is_c_contiguous(a)) {
    int64_t st = a->itemsize;
    return arr_view(vm, a, (DType)a->dtype, 1, &n, &st, a->data);
  }
  NdArray *c = arr_copy(vm, a);
  c->ndim = 1;
  c->shape = c->dims;
  c->shape[0] = n;
  c->strides = c->dims + 1;
  c->strides[0] = c->itemsize;
  arr_update_flags(c);
  return c;
}

NdArray *arr_transpose(VM *vm, NdArray *a, const int *perm) {
  int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
  for (int i = 0; i < a->ndim; i++) {
    int p = perm ? perm[i] : a->ndim - 1 - i;
    sh[i] = a->shape[p];
    st[i] = a->strides[p];
  }
  return arr_view(vm, a, (DType)a->dtype, a->ndim, sh, st, a->data);
}

/* ---- elements <-> values ------------------------------------------------------ */

bool is_npscalar(Value v);

Value np_bool_scalar(bool b);

Value arr_scalar_from(VM *vm, DType dt, const void *ptr) {
  if (dt == DT_BOOL) return np_bool_scalar(*(const np_bool *)ptr != 0);
  /* Only the header and the used bytes are written: the rest is never read. */
  NpScalar *s = gc_alloc_uninit(vm, np_scalar_type(dt), sizeof(NpScalar));
  s->dtype = dt;
  switch (dt_size(dt)) {
  case 8: memcpy(s->v.bytes, ptr, 8); break;
  case 4: memcpy(s->v.bytes, ptr, 4); break;
  case 16: memcpy(s->v.bytes, ptr, 16); break;
  default: memcpy(s->v.bytes, ptr, (size_t)dt_size(dt)); break;
  }
  return v_obj(s);
}

#define item_py arr_item_py
/* The element as a plain Python value (tolist/item). */
Value arr_item_py(VM *vm, DType dt, const void *p) {
  switch (dt) {
  case DT_BOOL: return v_bool(*(const np_bool *)p != 0);
  case DT_INT8: return v_int(*(const int8_t *)p);
  case DT_UINT8: return v_int(*(const uint8_t *)p);
  case DT_INT16: return v_int(*(const int16_t *)p);
  case DT_UINT16: return v_int(*(const uint16_t *)p);
  case DT_INT32: return v_int(*(const int32_t *)p);
  case DT_UINT32: return v_int(*(const uint32_t *)p);
  case DT_INT64: return v_int(*(const int64_t *)p);
  case DT_UINT64: {
    uint64_t u = *(const uint64_t *)p;
    if (u <= INT64_MAX) return v_int((int64_t)u);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
  }
  case DT_FLOAT32: return v_float(*(const float *)p);
  case DT_FLOAT64: return v_float(*(const double *)p);
  case DT_COMPLEX64: {
    const float *f = p;
    return complex_new(vm, f[0], f[1]);
  }
  case DT_COMPLEX128: {
    const double *f = p;
    return complex_new(vm, f[0], f[1]);
  }
  default: return v_none();
  }
}

bool arr_scalar_info(Value v, DtScalar *o) {
  memset(o, 0, sizeof *o);
  switch (v.tag) {
  case V_BOOL:
    o->dtype = DT_BOOL; o->is_int_value = true; o->value_i = v.as.i; o->value_u = (uint64_t)v.as.i;
    o->re = (double)v.as.i;
    return true;
  case V_INT:
    o->dtype = DT_INT64; o->is_int_value = true; o->value_i = v.as.i;
    o->neg = v.as.i < 0; o->value_u = (uint64_t)v.as.i; o->re = (double)v.as.i;
    return true;
  case V_FLOAT: o->dtype = DT_FLOAT64; o->re = v.as.f; return true;
  default: break;
  }
  if (is_bigint(v)) {
    BigInt *b = as_bigint(v);
    if (mpz_sgn(b->z) > 0 && mpz_sizeinbase(b->z, 2) <= 64) {
      uint64_t u = 0;
      mpz_export(&u, NULL, 1, sizeof u, 0, 0, b->z);
      o->dtype = DT_UINT64; o->is_int_value = true; o->value_u = u; o->re = (double)u;
      return true;
    }
    o->dtype = DT_FLOAT64;
    o->re = mpz_get_d(b->z);
    return true;
  }
  if (is_complex(v)) {
    o->dtype = DT_COMPLEX128; o->re = as_complex(v)->re; o->im = as_complex(v)->im;
    return true;
  }
  if (is_npscalar(v)) {
    NpScalar *s = (NpScalar *)v.as.o;
    DType dt = (DType)s->dtype;
    o->dtype = dt;
    const void *p = s->v.bytes;
    if (dt_is_int(dt) || dt == DT_BOOL) {
      o->is_int_value = true;
      if (dt == DT_UINT64) o->value_u = *(const uint64_t *)p;
      else {
        int64_t x;
        arr_cast_strided(DT_INT64, (char *)&x, 8, dt, p, 0, 1);
        o->value_i = x; o->neg = x < 0; o->value_u = (uint64_t)x;
      }
      o->re = dt == DT_UINT64 ? (double)o->value_u : (double)o->value_i;
    } else if (dt == DT_FLOAT32) {
      o->re = *(const float *)p;
    } else if (dt == DT_FLOAT64) {
      o->re = s->v.d;
    } else if (dt == DT_COMPLEX64) {
      o->re = ((const float *)p)[0]; o->im = ((const float *)p)[1];
    } else {
      o->re = ((const double *)p)[0]; o->im = ((const double *)p)[1];
    }
    return true;
  }
  return false;
}

static _Noreturn void store_type_error(VM *vm, DType dt, Value v) {
  if (dt_is_int(dt))
    vm_raise(vm, &EXC_TypeError,
             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
             v_typename(v));
  if (dt_is_complex(dt))
    vm_raise(vm, &EXC_TypeError,
             "complex() first argument must be a string or a number, not '%s'", v_typename(v));
  vm_raise(vm, &EXC_TypeError, "float() argument must be a string or a real number, not '%s'",
           v_typename(v));
}

void arr_store_value(VM *vm, DType dt, void *ptr, Value v) {
  if (v.tag == V_OBJ && is_npscalar(v) && as_npscalar(v)->dtype == (int32_t)dt) {
    memcpy(ptr, as_npscalar(v)->v.bytes, (size_t)dt_size(dt)); /* a[i] = b[j], same dtype */
    return;
  }
  switch (v.tag) {
  case V_BOOL:
  case V_INT: {
    int64_t x = v.as.i;
    arr_cast_strided(dt, ptr, 0, DT_INT64, (const char *)&x, 0, 1);
    return;
  }
  case V_FLOAT: {
    double x = v.as.f;
    if (dt_is_int(dt)) {
      if (isnan(x)) vm_raise(vm, &EXC_ValueError, "cannot convert float NaN to integer");
      if (isinf(x)) vm_raise(vm, &EXC_OverflowError, "cannot convert float infinity to integer");
      if (dt == DT_UINT64 ? !(x > -9.3e18 && x < 1.85e19) : !(x >= -9223372036854775808.0 && x < 9223372036854775808.0))
        vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C long");
      /* through int(), then wrapped into the dtype (not the array cast's
      ** x86 conversion: 1e10 stored into int32 is 1410065408) */
      if (x >= 9223372036854775808.0) {
        uint64_t u = (uint64_t)x;
        arr_cast_strided(dt, ptr, 0, DT_UINT64, (const char *)&u, 0, 1);
      } else {
        int64_t i = (int64_t)x;
        arr_cast_strided(dt, ptr, 0, DT_INT64, (const char *)&i, 0, 1);
      }
      return;
    }
    arr_cast_strided(dt, ptr, 0, DT_FLOAT64, (const char *)&x, 0, 1);
    return;
  }
  default: break;
  }
  if (is_bigint(v)) {
    DtScalar s;
    arr_scalar_info(v, &s);
    if (dt_is_inexact(dt)) {
      double d = int_to_double(vm, v);
      arr_cast_strided(dt, ptr, 0, DT_FLOAT64, (const char *)&d, 0, 1);
      return;
    }
    if (s.dtype == DT_UINT64 && dt != DT_INT64) {
      arr_cast_strided(dt, ptr, 0, DT_UINT64, (const char *)&s.value_u, 0, 1);
      return;
    }
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C long");
  }
  if (is_complex(v)) {
    if (!dt_is_complex(dt))
      store_type_error(vm, dt, v);
    np_complex128 c = CMPLX(as_complex(v)->re, as_complex(v)->im);
    arr_cast_strided(dt, ptr, 0, DT_COMPLEX128, (const char *)&c, 0, 1);
    return;
  }
  if (is_npscalar(v)) {
    NpScalar *s = (NpScalar *)v.as.o;
    if (dt_is_int(dt) && dt_is_float((DType)s->dtype)) {
      /* NumPy converts through int(): NaN, inf and huge values raise */
      arr_store_value(vm, dt, ptr, v_float(s->dtype == DT_FLOAT32 ? (double)s->v.f : s->v.d));
      return;
    }
    arr_cast_strided(dt, ptr, 0, (DType)s->dtype, (const char *)s->v.bytes, 0, 1);
    return;
  }
  if (is_array(v)) {
    NdArray *a = as_array(v);
    if (a->size != 1)
      vm_raise(vm, &EXC_ValueError, "setting an array element with a sequence.");
    arr_cast_strided(dt, ptr, 0, (DType)a->dtype, a->data, 0, 1);
    return;
  }
  if (is_list(v) || is_tuple(v))
    vm_raise(vm, &EXC_ValueError, "setting an array element with a sequence.");
  if (is_str(v)) {
    Str *s = as_str(v);
    if (dt_is_int(dt)) {
      Value iv = int_from_string(vm, s->data, (size_t)s->nbytes, 10);
      arr_store_value(vm, dt, ptr, iv);
      return;
    }
    if (dt != DT_BOOL && !dt_is_complex(dt)) {
      Value fv = float_from_string(vm, s->data, (size_t)s->nbytes);
      arr_store_value(vm, dt, ptr, fv);
      return;
    }
  }
  store_type_error(vm, dt, v);
}

Value arr_return(VM *vm, NdArray *a) {
  if (a->ndim == 0) return arr_scalar_from(vm, (DType)a->dtype, a->data);
  return v_obj(a);
}

static Value tolist_rec(VM *vm, NdArray *a, int d, char *p) {
  if (d == a->ndim) return item_py(vm, (DType)a->dtype, p);
  List *l = list_new(vm, a->shape[d]);
  for (int64_t i = 0; i < a->shape[d]; i++)
    list_append(vm, l, tolist_rec(vm, a, d + 1, p + i * a->strides[d]));
  return v_obj(l);
}

Value arr_tolist(VM *vm, NdArray *a) { return tolist_rec(vm, a, 0, a->data); }

/* ---- np.array: discovery and filling ---------------------------------------------- */

typedef struct Discover {
  int ndim;
  int64_t shape[ARR_MAXDIMS];
  bool have_dtype;
  DType dtype;
  int ragged_depth; /* -1: consistent; else the dims that were consistent */
  Value object_int;  /* an int beyond 64 bits met (NumPy's object dtype), or V_EMPTY */
} Discover;

static bool seq_items(Value v, int64_t *n, const Value **items) {
  if (is_list(v)) { *n = as_list(v)->n; *items = as_list(v)->items; return true; }
  if (is_tuple(v)) { *n = as_tuple(v)->n; *items = as_tuple(v)->items; return true; }
  return false;
}

static void disc_dtype(Discover *ds, DType t) {
  ds->dtype = ds->have_dtype ? dt_promote(ds->dtype, t) : t;
  ds->have_dtype = true;
}

static void disc_ragged(Discover *ds, int d) {
  if (ds->ragged_depth < 0 || d < ds->ragged_depth) ds->ragged_depth = d;
}

/* Second pass: every sequence at depth d has length shape[d], leaves are at
** depth ndim (arrays count with their own dims), and collects the dtype. */
static void discover_check(VM *vm, Discover *ds, Value v, int d) {
  int64_t n;
  const Value *items;
  if (seq_items(v, &n, &items)) {
    if (d >= ds->ndim || ds->shape[d] != n) { disc_ragged(ds, d); return; }
    for (int64_t i = 0; i < n; i++) discover_check(vm, ds, items[i], d + 1);
    return;
  }
  if (is_array(v)) {
    NdArray *a = as_array(v);
    if (d + a->ndim != ds->ndim) { disc_ragged(ds, d < ds->ndim ? d : ds->ndim); return; }
    for (int i = 0; i < a->ndim; i++)
      if (a->shape[i] != ds->shape[d + i]) { disc_ragged(ds, d + i); return; }
    disc_dtype(ds, (DType)a->dtype);
    return;
  }
  if (d != ds->ndim) { disc_ragged(ds, d); return; }
  if (arr_is_object_int(v) && is_empty(ds->object_int)) ds->object_int = v;
  DtScalar s;
  if (arr_scalar_info(v, &s)) { disc_dtype(ds, s.dtype); return; }
  if (is_none(v)) vm_raise(vm, &EXC_TypeError, "streak: arrays of None (dtype=object) are not supported");
  if (is_str(v)) vm_raise(vm, &EXC_TypeError, "streak: string arrays are not supported");
  vm_raise(vm, &EXC_TypeError,
           "streak: cannot make an array from '%s' objects (dtype=object is not supported)",
           v_typename(v));
}

static void fill_rec(VM *vm, NdArray *a, Value v, int d, char *p) {
  if (is_list(v) || is_tuple(v)) {
    int64_t n = is_list(v) ? as_list(v)->n : as_tuple(v)->n;
    const Value *items = is_list(v) ? as_list(v)->items : as_tuple(v)->items;
    int64_t st = a->strides[d];
    DType dt = (DType)a->dtype;
    if (d == a->ndim - 1) {
      /* fast paths for the common leaf lists */
      if (dt == DT_FLOAT64) {
        double *q = (double *)p;
        for (int64_t i = 0; i < n; i++) {
          Value x = items[i];
          if (x.tag == V_FLOAT) q[i] = x.as.f;
          else if (x.tag == V_INT) q[i] = (double)x.as.i;
          else arr_store_value(vm, dt, q + i, x);
        }
        return;
      }
      if (dt == DT_INT64) {
        int64_t *q = (int64_t *)p;
        for (int64_t i = 0; i < n; i++) {
          Value x = items[i];
          if (x.tag == V_INT) q[i] = x.as.i;
          else arr_store_value(vm, dt, q + i, x);
        }
        return;
      }
    }
    for (int64_t i = 0; i < n; i++) fill_rec(vm, a, items[i], d + 1, p + i * st);
    return;
  }
  if (is_array(v)) {
    NdArray *src = as_array(v);
    NdArray *dst = arr_view(vm, a, (DType)a->dtype, a->ndim - d, a->shape + d, a->strides + d, p);
    dst->flags |= ARR_WRITEABLE;
    arr_assign(vm, dst, src);
    return;
  }
  arr_store_value(vm, (DType)a->dtype, p, v);
}

static _Noreturn void ragged_error(VM *vm, Discover *ds) {
  StrBuf b = STRBUF_INIT;
  sb_printf(&b,
            "setting an array element with a sequence. The requested array has an "
            "inhomogeneous shape after %d dimensions. The detected shape was ",
            ds->ragged_depth);
  arr_shape_repr(&b, ds->ragged_depth, ds->shape);
  sb_puts(&b, " + inhomogeneous part.");
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
}

static void discover_value(VM *vm, Discover *ds, Value obj) {
  memset(ds, 0, sizeof *ds);
  ds->ragged_depth = -1;
  ds->object_int = v_empty();
  /* first pass: the shape along first elements */
  Value v = obj;
  int64_t n;
  const Value *items;
  while (ds->ndim < ARR_MAXDIMS) {
    if (seq_items(v, &n, &items)) {
      ds->shape[ds->ndim++] = n;
      if (n == 0) break;
      v = items[0];
    } else if (is_array(v)) {
      NdArray *a = as_array(v);
      for (int i = 0; i < a->ndim && ds->ndim < ARR_MAXDIMS; i++) ds->shape[ds->ndim++] = a->shape[i];
      break;
    } else {
      break;
    }
  }
  discover_check(vm, ds, obj, 0);
  if (ds->ragged_depth >= 0) ragged_error(vm, ds);
  if (!ds->have_dtype) { ds->dtype = DT_FLOAT64; ds->have_dtype = true; }
}

bool arr_is_object_int(Value v) {
  if (!is_bigint(v)) return false;
  /* big ints are never in int64's range: only positive ones up to 2**64-1 fit (uint64) */
  mpz_srcptr z = as_bigint(v)->z;
  return mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) > 64;
}

void arr_reject_object_int(VM *vm, Value v) {
  if (!arr_is_object_int(v)) return;
  Value r = v_repr(vm, v);
  vm_raise(vm, &EXC_NotImplementedError,
           "streak: NumPy makes an object array for the int %.40s%s (beyond 64 bits); dtype=object "
           "is not supported",
           as_str(r)->data, as_str(r)->nbytes > 40 ? "..." : "");
}

DType arr_discover_dtype(VM *vm, Value obj) {
  if (is_array(obj)) return (DType)as_array(obj)->dtype;
  DtScalar s;
  if (arr_scalar_info(obj, &s)) return s.dtype;
  Discover ds;
  discover_value(vm, &ds, obj);
  return ds.dtype;
}

NdArray *arr_from_value(VM *vm, Value obj, int dt) {
  if (is_array(obj)) return arr_cast(vm, as_array(obj), dt < 0 ? (DType)as_array(obj)->dtype : (DType)dt);
  DtScalar s;
  if (dt < 0) arr_reject_object_int(vm, obj);
  if (arr_scalar_info(obj, &s)) {
    NdArray *a = arr_new(vm, dt < 0 ? s.dtype : (DType)dt, 0, NULL);
    arr_store_value(vm, (DType)a->dtype, a->data, obj);
    return a;
  }
  if (is_range(obj)) obj = list_from_iterable(vm, obj);
  Discover ds;
  discover_value(vm, &ds, obj);
  if (dt < 0) arr_reject_object_int(vm, ds.object_int);
  NdArray *a = arr_new(vm, dt < 0 ? ds.dtype : (DType)dt, ds.ndim, ds.shape);
  if (a->size) fill_rec(vm, a, obj, 0, a->data);
  return a;
}

NdArray *arr_as_array(VM *vm, Value obj, int dt) {
  if (is_array(obj) && (dt < 0 || as_array(obj)->dtype == dt)) return as_array(obj);
  return arr_from_value(vm, obj, dt);
}

DType arr_result_type(VM *vm, int n, const Value *ops) {
  DType arrs[16];
  DtScalar scs[16];
  int na = 0, ns = 0;
  if (n > 16) n = 16;
  for (int i = 0; i < n; i++) {
    Value v = ops[i];
    if (is_array(v)) {
      NdArray *a = as_array(v);
      if (a->ndim == 0) {
        arr_scalar_info(arr_scalar_from(vm, (DType)a->dtype, a->data), &scs[ns++]);
      } else {
        arrs[na++] = (DType)a->dtype;
      }
    } else if (arr_scalar_info(v, &scs[ns])) {
      ns++;
    } else {
      NdArray *a = arr_from_value(vm, v, -1);
      if (a->ndim == 0) arr_scalar_info(arr_scalar_from(vm, (DType)a->dtype, a->data), &scs[ns++]);
      else arrs[na++] = (DType)a->dtype;
    }
  }
  return dt_result_type(na, arrs, ns, scs);
}

/* ---- shape arguments -------------------------------------------------------- */

int arr_parse_shape(VM *vm, Value v, int64_t *shape) {
  int64_t n;
  const Value *items;
  if (seq_items(v, &n, &items)) {
    if (n > ARR_MAXDIMS)
      vm_raise(vm, &EXC_ValueError, "maximum supported dimension for an ndarray is %d, found %lld",
               ARR_MAXDIMS, (long long)n);
    for (int64_t i = 0; i < n; i++) shape[i] = arr_index_value(vm, items[i]);
    return (int)n;
  }
  shape[0] = arr_index_value(vm, v);
  return 1;
}

int64_t arr_index_value(VM *vm, Value v) {
  if (v.tag == V_INT || v.tag == V_BOOL) return v.as.i;
  if (is_npscalar(v)) {
    NpScalar *s = (NpScalar *)v.as.o;
    if (dt_is_int((DType)s->dtype)) {
      int64_t x;
      arr_cast_strided(DT_INT64, (char *)&x, 8, (DType)s->dtype, (const char *)s->v.bytes, 0, 1);
      return x;
    }
  }
  if (is_bigint(v)) vm_raise(vm, &EXC_ValueError, "Maximum allowed dimension exceeded");
  vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
}

/* Shape from a method's positional args: reshape(2, 3) or reshape((2, 3)). */
static int shape_from_args(VM *vm, const Args *a, int from, int64_t *shape) {
  int n = a->argc - from;
  if (n == 1) return arr_parse_shape(vm, a->argv[from], shape);
  if (n > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  for (int i = 0; i < n; i++) shape[i] = arr_index_value(vm, a->argv[from + i]);
  return n;
}

/* ---- ndarray methods ---------------------------------------------------------- */

#define SELF as_array(self)

static void no_kw(VM *vm, const Args *a, const char *name) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", name);
}

/* Ignores order='C' (the only layout streak produces). */
static void check_order_kw(VM *vm, const Args *a, const char *fname) {
  for (int i = 0; i < a->nkw; i++) {
    Str *k = as_str(a->kwnames[i]);
    if (!str_eq_c(k, "order"))
      vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for %s()", k->data, fname);
    Value o = a->kwvals[i];
    if (!is_str(o) || (!str_eq_c(as_str(o), "C") && !str_eq_c(as_str(o), "A")))
      vm_raise(vm, &EXC_NotImplementedError, "streak: only order='C' is supported");
  }
}

static Value m_copy(VM *vm, Value self, const Args *a) {
  check_order_kw(vm, a, "copy");
  args_count(vm, &(Args){a->argc, a->argv, 0, NULL, NULL}, "copy", 0, 0);
  return v_obj(arr_copy(vm, SELF));
}

static Value m_reshape(VM *vm, Value self, const Args *a) {
  Value order = v_empty();
  for (int i = 0; i < a->nkw; i++) {
    Str *k = as_str(a->kwnames[i]);
    if (!str_eq_c(k, "order"))
      vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for this function", k->data);
    order = a->kwvals[i];
  }
  if (a->argc == 0) vm_raise(vm, &EXC_TypeError, "reshape() takes exactly 1 argument (0 given)");
  int64_t shape[ARR_MAXDIMS];
  int n = shape_from_args(vm, a, 0, shape);
  return v_obj(arr_reshape_order(vm, SELF, n, shape, order));
}

/* reshape(x, shape, order): 'F' reads and fills in Fortran order, which is
** the C reshape of x.T to the reversed shape, transposed back; 'A' is 'F'
** for a Fortran-only array; 'K' is refused as NumPy refuses it. */
NdArray *arr_reshape_order(VM *vm, NdArray *x, int n, const int64_t *shape, Value order) {
  char c = 'C';
  if (!is_empty(order) && !is_none(order)) {
    arr_in_order(vm, x, order); /* validates it */
    c = (char)(as_str(order)->data[0] & ~0x20);
  }
  if (c == 'K') vm_raise(vm, &EXC_ValueError, "order 'K' is not permitted for reshaping");
  bool fortran_only = (x->flags & ARR_F_CONTIG) && !(x->flags & ARR_C_CONTIG);
  if (c == 'C' || (c == 'A' && !fortran_only)) return arr_reshape(vm, x, n, shape);
  int64_t rev[ARR_MAXDIMS];
  for (int i = 0; i < n; i++) rev[i] = shape[n - 1 - i];
  return arr_transpose(vm, arr_reshape(vm, arr_transpose(vm, x, NULL), n, rev), NULL);
}

/* x's axes in memory order: by decreasing |stride|, ties in C order (NumPy's
** PyArray_CreateSortedStridePerm); negative strides are not flipped. */
static NdArray *memory_order_view(VM *vm, NdArray *x) {
  int perm[ARR_MAXDIMS];
  for (int i = 0; i < x->ndim; i++) {
    int j = i;
    int64_t s = llabs(x->strides[i]);
    for (; j > 0 && llabs(x->strides[perm[j - 1]]) < s; j--) perm[j] = perm[j - 1];
    perm[j] = i;
  }
  return arr_transpose(vm, x, perm);
}

NdArray *arr_in_order(VM *vm, NdArray *x, Value order) {
  if (is_empty(order) || is_none(order)) return x;
  if (!is_str(order)) vm_raise(vm, &EXC_TypeError, "order must be str, not %s", v_typename(order));
  const char *s = as_str(order)->data;
  char c = s[0] && !s[1] ? s[0] : 0;
  bool fortran_only = (x->flags & ARR_F_CONTIG) && !(x->flags & ARR_C_CONTIG);
  if (c == 'C' || c == 'c') return x;
  if (c == 'F' || c == 'f') return arr_transpose(vm, x, NULL);
  if (c == 'A' || c == 'a') return fortran_only ? arr_transpose(vm, x, NULL) : x;
  if (c == 'K' || c == 'k') return memory_order_view(vm, x);
  vm_raise(vm, &EXC_ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got '%s')", s);
}

/* ravel/flatten's order, positional or keyword. */
static Value order_arg(VM *vm, const Args *a, const char *fname) {
  Value v[1];
  args_parse(vm, a, fname, "!|order", v);
  return v[0];
}

static Value m_ravel(VM *vm, Value self, const Args *a) {
  return v_obj(arr_ravel(vm, arr_in_order(vm, SELF, order_arg(vm, a, "ravel"))));
}

static Value m_flatten(VM *vm, Value self, const Args *a) {
  NdArray *c = arr_copy(vm, arr_in_order(vm, SELF, order_arg(vm, a, "flatten")));
  int64_t n = c->size;
  return v_obj(arr_reshape(vm, c, 1, &n));
}

/* astype(dtype, order='K', casting='unsafe', subok, copy=True). */
static Value m_astype(VM *vm, Value self, const Args *a) {
  Value arg[5];
  args_parse(vm, a, "astype", "#dtype,|order,casting,subok,copy", arg);
  int dt = np_dtype_from_value(vm, arg[0]);
  if (dt < 0) dt = DT_FLOAT64;
  NdArray *x = SELF;
  const char *casting = uf_casting_arg(vm, arg[2]);
  if (casting && !uf_can_cast((DType)x->dtype, (DType)dt, casting))
    vm_raise(vm, &EXC_TypeError, "Cannot cast array data from dtype('%s') to dtype('%s') according to the rule '%s'",
             dt_name((DType)x->dtype), dt_name((DType)dt), casting);
  char order = 'K';
  if (!is_empty(arg[1]) && !is_none(arg[1])) {
    arr_in_order(vm, x, arg[1]); /* validates it */
    order = (char)(as_str(arg[1])->data[0] & ~0x20);
    bool fortran_only = (x->flags & ARR_F_CONTIG) && !(x->flags & ARR_C_CONTIG);
    if (order == 'A') order = fortran_only ? 'F' : 'C';
  }
  bool copy = is_empty(arg[4]) || v_truthy(vm, arg[4]);
  bool laid_out = order == 'K' || (order == 'C' ? (x->flags & ARR_C_CONTIG) : (x->flags & ARR_F_CONTIG));
  if (!copy && x->dtype == dt && laid_out) return self;
  /* order='F' (or 'A' of a Fortran-only array): a C copy of x.T, transposed back */
  if (order == 'F') return v_obj(arr_transpose(vm, arr_cast(vm, arr_transpose(vm, x, NULL), (DType)dt), NULL));
  if (order == 'C' || arr_is_c_contiguous(x)) return v_obj(arr_cast(vm, x, (DType)dt));
  NdArray *r = arr_new_like_k(vm, (DType)dt, x->ndim, x->shape, 1, &x); /* 'K' keeps a transposed layout */
  arr_assign(vm, r, x);
  return v_obj(r);
}

static Value m_fill(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "fill", 1, 1);
  DtScalar s;
  if (!arr_scalar_info(a->argv[0], &s) && !(is_array(a->argv[0]) && as_array(a->argv[0])->size == 1))
    store_type_error(vm, (DType)SELF->dtype, a->argv[0]);
  NdArray *dst = SELF;
  unsigned char elem[16];
  arr_store_value(vm, (DType)dst->dtype, elem, a->argv[0]);
  arr_assign_value(vm, dst, arr_scalar_from(vm, (DType)dst->dtype, elem));
  return v_none();
}

static Value m_tolist(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "tolist", 0, 0);
  return arr_tolist(vm, SELF);
}

static Value m_item(VM *vm, Value self, const Args *a) {
  no_kw(vm, a, "item");
  NdArray *x = SELF;
  if (a->argc == 0) {
    if (x->size != 1)
      vm_raise(vm, &EXC_ValueError, "can only convert an array of size 1 to a Python scalar");
    char *p = x->data;
    return item_py(vm, (DType)x->dtype, p);
  }
  int64_t idx[ARR_MAXDIMS];
  int n = a->argc == 1 && is_tuple(a->argv[0]) ? arr_parse_shape(vm, a->argv[0], idx)
                                                : shape_from_args(vm, a, 0, idx);
  char *p = x->data;
  if (n == 1) {
    int64_t i = idx[0];
    if (i < -x->size || i >= x->size) vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for size %lld", (long long)i, (long long)x->size);
    if (i < 0) i += x->size;
    for (int d = x->ndim - 1; d >= 0; d--) {
      p += (i % x->shape[d]) * x->strides[d];
      i /= x->shape[d];
    }
  } else {
    if (n != x->ndim) vm_raise(vm, &EXC_ValueError, "incorrect number of indices for array");
    for (int d = 0; d < n; d++) {
      int64_t i = idx[d];
      if (i < -x->shape[d] || i >= x->shape[d])
        vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for axis %d with size %lld",
                 (long long)i, d, (long long)x->shape[d]);
      if (i < 0) i += x->shape[d];
      p += i * x->strides[d];
    }
  }
  return item_py(vm, (DType)x->dtype, p);
}

static Value m_transpose(VM *vm, Value self, const Args *a) {
  no_kw(vm, a, "transpose");
  NdArray *x = SELF;
  if (a->argc == 0 || (a->argc == 1 && is_none(a->argv[0]))) return v_obj(arr_transpose(vm, x, NULL));
  int64_t ax[ARR_MAXDIMS];
  int n = shape_from_args(vm, a, 0, ax);
  return v_obj(arr_transpose_axes(vm, x, n, ax));
}

/* x.transpose(axes) with NumPy's checks of the n axes given. */
NdArray *arr_transpose_axes(VM *vm, NdArray *x, int n, const int64_t *ax) {
  if (n != x->ndim) vm_raise(vm, &EXC_ValueError, "axes don't match array");
  int perm[ARR_MAXDIMS];
  bool seen[ARR_MAXDIMS] = {false};
  for (int i = 0; i < n; i++) {
    perm[i] = arr_normalize_axis(vm, ax[i], x->ndim);
    if (seen[perm[i]]) vm_raise(vm, &EXC_ValueError, "repeated axis in transpose");
    seen[perm[i]] = true;
  }
  return arr_transpose(vm, x, perm);
}

static Value m_swapaxes(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "swapaxes", 2, 2);
  NdArray *x = SELF;
  int perm[ARR_MAXDIMS];
  for (int i = 0; i < x->ndim; i++) perm[i] = i;
  int p = arr_normalize_axis_msg(vm, arr_index_value(vm, a->argv[0]), x->ndim, "axis1");
  int q = arr_normalize_axis_msg(vm, arr_index_value(vm, a->argv[1]), x->ndim, "axis2");
  perm[p] = q;
  perm[q] = p;
  return v_obj(arr_transpose(vm, x, perm));
}

/* PyArray_ConvertMultiAxis refuses a bool axis with its own wording. */
static void squeeze_refuse_bool(VM *vm, Value axis) {
  if (!is_tuple(axis)) {
    if (is_bool(v_number(vm, axis))) vm_raise(vm, &EXC_TypeError, "an integer is required for the axis");
    return;
  }
  const Tuple *t = as_tuple(axis);
  for (int64_t i = 0; i < t->n; i++)
    if (is_bool(v_number(vm, t->items[i])))
      vm_raise(vm, &EXC_TypeError, "integers are required for the axis tuple elements");
}

static Value m_squeeze(VM *vm, Value self, const Args *a) {
  Value arg[1];
  args_parse(vm, a, "squeeze", "|axis", arg);
  NdArray *x = SELF;
  int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
  bool drop[ARR_MAXDIMS] = {false};
  if (is_empty(arg[0]) || is_none(arg[0])) {
    for (int i = 0; i < x->ndim; i++) drop[i] = x->shape[i] == 1;
  } else {
    /* NumPy parses axis= as reductions do: repeats raise, and a 0-d array
    ** accepts a plain 0 or -1 (but not (0,)) as no axes at all */
    squeeze_refuse_bool(vm, arg[0]);
    uint64_t mask = uf_axis_mask(vm, arg[0], x->ndim);
    for (int d = 0; d < x->ndim; d++) {
      if (!(mask & (1ull << d))) continue;
      if (x->shape[d] != 1)
        vm_raise(vm, &EXC_ValueError, "cannot select an axis to squeeze out which has size not equal to one");
      drop[d] = true;
    }
  }
  int m = 0;
  for (int i = 0; i < x->ndim; i++)
    if (!drop[i]) { sh[m] = x->shape[i]; st[m] = x->strides[i]; m++; }
  return v_obj(arr_view(vm, x, (DType)x->dtype, m, sh, st, x->data));
}

static Value m_view(VM *vm, Value self, const Args *a) {
  Value arg[1];
  args_parse(vm, a, "view", "|dtype", arg);
  NdArray *x = SELF;
  int dt = np_dtype_from_value(vm, is_empty(arg[0]) ? v_none() : arg[0]);
  if (dt < 0 || dt == x->dtype) return v_obj(arr_view(vm, x, (DType)x->dtype, x->ndim, x->shape, x->strides, x->data));
  if (dt_size((DType)dt) != x->itemsize || (x->ndim && !arr_is_c_contiguous(x)))
    vm_raise(vm, &EXC_NotImplementedError, "streak: view() with a dtype of another size is not supported");
  NdArray *v = arr_view(vm, x, (DType)dt, x->ndim, x->shape, x->strides, x->data);
  return v_obj(v);
}

/* divmod(a, b): (a // b, a % b) as NumPy's np.divmod gives them. */
static Value m_divmod(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__divmod__", 1, 1);
  return uf_divmod(vm, self, a->argv[0]);
}

static Value m_rdivmod(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__rdivmod__", 1, 1);
  return uf_divmod(vm, a->argv[0], self);
}

static const MethodDef core_methods[] = {
    {"__divmod__", m_divmod},         {"__rdivmod__", m_rdivmod},
    {"copy", m_copy},         {"reshape", m_reshape},     {"ravel", m_ravel},
    {"flatten", m_flatten},   {"astype", m_astype},       {"fill", m_fill},
    {"tolist", m_tolist},     {"item", m_item},           {"transpose", m_transpose},
    {"swapaxes", m_swapaxes}, {"squeeze", m_squeeze},     {"view", m_view},
    {NULL, NULL},
};

/* The method table: ours plus np_array_methods_ext (ufunc engineer's), merged once. */
static MethodDef *merged_methods;
void arr_init_methods(void) {
  if (merged_methods) return;
  size_t n1 = 0, n2 = 0;
  while (core_methods[n1].name) n1++;
  if (np_array_methods_ext)
    while (np_array_methods_ext[n2].name) n2++;
  merged_methods = util_xmalloc((n1 + n2 + 1) * sizeof(MethodDef));
  size_t k = 0;
  /* extension methods first: they may override a core one deliberately */
  for (size_t i = 0; i < n2; i++) merged_methods[k++] = np_array_methods_ext[i];
  for (size_t i = 0; i < n1; i++) merged_methods[k++] = core_methods[i];
  merged_methods[k].name = NULL;
  merged_methods[k].fn = NULL;
  TYPE_NDARRAY.methods = merged_methods;
}

/* ---- attributes --------------------------------------------------------------- */

static Value shape_tuple(VM *vm, int n, const int64_t *v) {
  Tuple *t = tuple_new(vm, n);
  for (int i = 0; i < n; i++) t->items[i] = v_int(v[i]);
  return v_obj(t);
}

NdArray *arr_part_view(VM *vm, NdArray *x, bool imag) {
  DType rt = dt_real_of((DType)x->dtype);
  return arr_view(vm, x, rt, x->ndim, x->shape, x->strides, x->data + (imag ? dt_size(rt) : 0));
}

Value arr_flat_new(VM *vm, NdArray *a);
static Value arr_flags_new(VM *vm, NdArray *a);
static char *flat_elem_ptr(NdArray *a, int64_t i);

static Value arr_getattr(VM *vm, Value self, Str *name) {
  NdArray *x = SELF;
  const char *s = name->data;
  switch (s[0]) {
  case 'T': if (!strcmp(s, "T")) return v_obj(arr_transpose(vm, x, NULL)); break;
  case 'b': if (!strcmp(s, "base")) return x->base; break;
  case 'd': if (!strcmp(s, "dtype")) return np_dtype_value((DType)x->dtype); break;
  case 'f':
    if (!strcmp(s, "flat")) return arr_flat_new(vm, x);
    if (!strcmp(s, "flags")) return arr_flags_new(vm, x);
    break;
  case 'i':
    if (!strcmp(s, "itemsize")) return v_int(x->itemsize);
    if (!strcmp(s, "imag")) {
      if (dt_is_complex((DType)x->dtype)) return v_obj(arr_part_view(vm, x, true));
      NdArray *z = arr_new(vm, (DType)x->dtype, x->ndim, x->shape);
      z->flags &= ~ARR_WRITEABLE;
      return v_obj(z);
    }
    break;
  case 'n':
    if (!strcmp(s, "ndim")) return v_int(x->ndim);
    if (!strcmp(s, "nbytes")) return v_int(x->size * x->itemsize);
    break;
  case 'r':
    if (!strcmp(s, "real")) {
      if (dt_is_complex((DType)x->dtype)) return v_obj(arr_part_view(vm, x, false));
      return self;
    }
    break;
  case 's':
    if (!strcmp(s, "shape")) return shape_tuple(vm, x->ndim, x->shape);
    if (!strcmp(s, "size")) return v_int(x->size);
    if (!strcmp(s, "strides")) return shape_tuple(vm, x->ndim, x->strides);
    break;
  default: break;
  }
  return v_empty();
}

static void arr_setattr(VM *vm, Value self, Str *name, Value val) {
  NdArray *x = SELF;
  if (str_eq_c(name, "shape")) {
    int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
    int n = arr_parse_shape(vm, val, sh);
    NdArray *r = arr_reshape(vm, x, n, sh);
    if (r->data != x->data || !may_share(r, x))
      vm_raise(vm, &EXC_AttributeError,
               "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
    for (int i = 0; i < n; i++) st[i] = r->strides[i];
    if (n > (int)x->hdr.aux)
      vm_raise(vm, &EXC_NotImplementedError,
               "streak: setting .shape to more than %u dimensions on this array is not supported; use reshape()",
               x->hdr.aux);
    x->ndim = n;
    x->shape = x->dims;
    x->strides = x->dims + n;
    for (int i = 0; i < n; i++) x->shape[i] = r->shape[i];
    for (int i = 0; i < n; i++) x->strides[i] = st[i];
    arr_update_flags(x);
    return;
  }
  if (str_eq_c(name, "real") || str_eq_c(name, "imag")) {
    bool im = str_eq_c(name, "imag");
    if (!dt_is_complex((DType)x->dtype)) {
      if (im) vm_raise(vm, &EXC_TypeError, "array does not have imaginary part to set");
      arr_assign_value(vm, x, val);
      return;
    }
    arr_assign_value(vm, arr_part_view(vm, x, im), val);
    return;
  }
  if (str_eq_c(name, "flat")) { /* a.flat = v: every element, values repeated cyclically */
    NdArray *src = arr_as_array(vm, val, -1);
    if (src->size == 0 || x->size == 0) return;
    src = arr_contiguous(vm, src, x->dtype);
    if (!(x->flags & ARR_WRITEABLE)) vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
    for (int64_t i = 0; i < x->size; i++)
      memcpy(flat_elem_ptr(x, i), src->data + (i % src->size) * src->itemsize, (size_t)x->itemsize);
    return;
  }
  if (arr_getattr(vm, self, name).tag != V_EMPTY)
    vm_raise(vm, &EXC_AttributeError, "attribute '%s' of 'numpy.ndarray' objects is not writable", name->data);
  vm_raise(vm, &EXC_AttributeError, "'numpy.ndarray' object has no attribute '%s'", name->data);
}

/* ---- protocol slots ---------------------------------------------------------- */

static int64_t arr_len(VM *vm, Value self) {
  if (SELF->ndim == 0) vm_raise(vm, &EXC_TypeError, "len() of unsized object");
  return SELF->shape[0];
}

static bool arr_truthy(VM *vm, Value self) {
  NdArray *x = SELF;
  if (x->size == 1) {
    Value v = item_py(vm, (DType)x->dtype, x->data);
    return v_truthy(vm, v);
  }
  if (x->size == 0) return false;
  vm_raise(vm, &EXC_ValueError,
           "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}

static Value arr_binop_slot(VM *vm, BinOp op, Value a, Value b) {
  if (np_array_binop) return np_array_binop(vm, op, a, b);
  return v_notimpl();
}
static Value arr_inplace_slot(VM *vm, BinOp op, Value a, Value b) {
  if (np_array_inplace) return np_array_inplace(vm, op, a, b);
  return v_notimpl();
}
static Value arr_richcmp_slot(VM *vm, Value a, Value b, CmpOp op) {
  if (np_array_richcmp) return np_array_richcmp(vm, a, b, op);
  return v_notimpl();
}
static Value arr_unop_slot(VM *vm, UnOp op, Value a) {
  if (np_array_unop) return np_array_unop(vm, op, a);
  return v_notimpl();
}

/* Iteration over the first axis. */
typedef struct ArrIterObj {
  Obj hdr;
  NdArray *a;
  int64_t i;
} ArrIterObj;

static void arriter_mark(VM *vm, Obj *o) { gc_mark_obj(vm, (Obj *)((ArrIterObj *)o)->a); }

static Value arriter_iter(VM *vm, Value self) { (void)vm; return self; }

static bool arriter_next(VM *vm, Value self, Value *out) {
  ArrIterObj *it = (ArrIterObj *)self.as.o;
  NdArray *a = it->a;
  if (it->i >= a->shape[0]) return false;
  char *p = a->data + it->i * a->strides[0];
  it->i++;
  if (a->ndim == 1) *out = arr_scalar_from(vm, (DType)a->dtype, p);
  else *out = v_obj(arr_view(vm, a, (DType)a->dtype, a->ndim - 1, a->shape + 1, a->strides + 1, p));
  return true;
}

static Type TYPE_ARRITER = {.hdr = TYPE_HEADER, .name = "iterator", .mark = arriter_mark,
                            .iter = arriter_iter, .next = arriter_next};

static Value arr_iter(VM *vm, Value self) {
  if (SELF->ndim == 0) vm_raise(vm, &EXC_TypeError, "iteration over a 0-d array");
  ArrIterObj *it = gc_alloc(vm, &TYPE_ARRITER, sizeof(ArrIterObj));
  it->a = SELF;
  return v_obj(it);
}

/* item in a: NumPy's (a == item).any(), so the comparison broadcasts (a
** row [1, 2] is in a 2-d array holding it) and casts by value (0.1 is in
** a float32 array holding 0.1); a plain False from == (a str) is False. */
static int arr_contains(VM *vm, Value self, Value item) {
  Value eq = v_richcmp(vm, self, item, CMP_EQ);
  if (!is_array(eq)) return v_truthy(vm, eq);
  NdArray *x = as_array(eq);
  NdArray *ops[1] = {x};
  ArrIter it;
  if (arr_iter_init(vm, &it, 1, ops, x->ndim, x->shape)) do {
      for (int64_t i = 0; i < it.n; i++)
        if (it.ptr[0][i * it.stride[0]]) return 1;
    } while (arr_iter_next(&it));
  return 0;
}

Type TYPE_NDARRAY = {
    .hdr = TYPE_HEADER,
    .name = "numpy.ndarray",
    .mark = arr_mark,
    .finalize = arr_finalize,
    .repr = arr_repr,
    .str = arr_str,
    .richcmp = arr_richcmp_slot,
    .binop = arr_binop_slot,
    .inplace = arr_inplace_slot,
    .unop = arr_unop_slot,
    .truthy = arr_truthy,
    .len = arr_len,
    .getitem = arr_getitem,
    .setitem = arr_setitem,
    .contains = arr_contains,
    .iter = arr_iter,
    .getattr = arr_getattr,
    .setattr = arr_setattr,
    .methods = core_methods,
};

/* ---- a.flat ------------------------------------------------------------------ */

typedef struct FlatIter {
  Obj hdr;
  NdArray *a;
  int64_t i;
} FlatIter;

static void flat_mark(VM *vm, Obj *o) { gc_mark_obj(vm, (Obj *)((FlatIter *)o)->a); }

#define flat_ptr flat_elem_ptr
static char *flat_elem_ptr(NdArray *a, int64_t i) {
  char *p = a->data;
  if (arr_is_c_contiguous(a)) return p + i * a->itemsize;
  for (int d = a->ndim - 1; d >= 0; d--) {
    p += (i % a->shape[d]) * a->strides[d];
    i /= a->shape[d];
  }
  return p;
}

Value arr_flat_new(VM *vm, NdArray *a) {
  FlatIter *f = gc_alloc(vm, &TYPE_FLATITER, sizeof(FlatIter));
  f->a = a;
  return v_obj(f);
}

static bool flat_next(VM *vm, Value self, Value *out) {
  FlatIter *f = (FlatIter *)self.as.o;
  if (f->i >= f->a->size) return false;
  *out = arr_scalar_from(vm, (DType)f->a->dtype, flat_ptr(f->a, f->i++));
  return true;
}

static int64_t flat_len(VM *vm, Value self) { (void)vm; return ((FlatIter *)self.as.o)->a->size; }

/* a.flat[k] and a.flat[k] = v, a.flat[slice], a.flat[...] = v via a
** raveled copy/view. */
static Value flat_getitem(VM *vm, Value self, Value key) {
  NdArray *a = ((FlatIter *)self.as.o)->a;
  if (key.tag == V_INT || is_npscalar(key)) {
    int64_t i = arr_index_value(vm, key);
    if (i < -a->size || i >= a->size)
      vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for axis 0 with size %lld",
               (long long)i, (long long)a->size);
    if (i < 0) i += a->size;
    return arr_scalar_from(vm, (DType)a->dtype, flat_ptr(a, i));
  }
  NdArray *r = arr_ravel(vm, a);
  return arr_getitem(vm, v_obj(r), key);
}

static void flat_setitem(VM *vm, Value self, Value key, Value val) {
  NdArray *a = ((FlatIter *)self.as.o)->a;
  if (key.tag == V_INT || is_npscalar(key)) {
    int64_t i = arr_index_value(vm, key);
    if (i < -a->size || i >= a->size)
      vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for axis 0 with size %lld",
               (long long)i, (long long)a->size);
    if (i < 0) i += a->size;
    arr_store_value(vm, (DType)a->dtype, flat_ptr(a, i), val);
    return;
  }
  if (!arr_is_c_contiguous(a))
    vm_raise(vm, &EXC_NotImplementedError, "streak: a.flat[...] assignment on a non-contiguous array");
  arr_setitem(vm, v_obj(arr_ravel(vm, a)), key, val);
}

Type TYPE_FLATITER = {.hdr = TYPE_HEADER, .name = "numpy.flatiter", .mark = flat_mark,
                      .iter = arriter_iter, .next = flat_next, .len = flat_len,
                      .getitem = flat_getitem, .setitem = flat_setitem};

/* ---- a.flags ---------------------------------------------------------------- */

typedef struct FlagsObj {
  Obj hdr;
  NdArray *a;
} FlagsObj;

static Type TYPE_NPFLAGS;

static void flags_mark(VM *vm, Obj *o) { gc_mark_obj(vm, (Obj *)((FlagsObj *)o)->a); }

static Value arr_flags_new(VM *vm, NdArray *a) {
  FlagsObj *f = gc_alloc(vm, &TYPE_NPFLAGS, sizeof(FlagsObj));
  f->a = a;
  return v_obj(f);
}

/* One flag by NumPy's key or attribute name; V_EMPTY if unknown. */
static Value flag_value(const NdArray *a, const char *k) {
  if (!strcmp(k, "C_CONTIGUOUS") || !strcmp(k, "C") || !strcmp(k, "c_contiguous") ||
      !strcmp(k, "CONTIGUOUS") || !strcmp(k, "contiguous"))
    return v_bool(a->flags & ARR_C_CONTIG);
  if (!strcmp(k, "F_CONTIGUOUS") || !strcmp(k, "F") || !strcmp(k, "f_contiguous") ||
      !strcmp(k, "FORTRAN") || !strcmp(k, "fortran"))
    return v_bool(a->flags & ARR_F_CONTIG);
  if (!strcmp(k, "OWNDATA") || !strcmp(k, "O") || !strcmp(k, "owndata"))
    return v_bool(is_none(a->base));
  if (!strcmp(k, "WRITEABLE") || !strcmp(k, "W") || !strcmp(k, "writeable"))
    return v_bool(a->flags & ARR_WRITEABLE);
  if (!strcmp(k, "ALIGNED") || !strcmp(k, "A") || !strcmp(k, "aligned")) return v_bool(true);
  if (!strcmp(k, "WRITEBACKIFCOPY") || !strcmp(k, "X") || !strcmp(k, "writebackifcopy"))
    return v_bool(false);
  return v_empty();
}

static Value flags_getitem(VM *vm, Value self, Value key) {
  if (!is_str(key)) vm_raise(vm, &EXC_KeyError, "Unknown flag");
  Value r = flag_value(((FlagsObj *)self.as.o)->a, as_str(key)->data);
  if (is_empty(r)) vm_raise(vm, &EXC_KeyError, "Unknown flag");
  return r;
}

static Value flags_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  if (name->data[0] < 'a' || name->data[0] > 'z') return v_empty();
  return flag_value(((FlagsObj *)self.as.o)->a, name->data);
}

static Value flags_repr(VM *vm, Value self) {
  const NdArray *a = ((FlagsObj *)self.as.o)->a;
  static const char *const keys[] = {"C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE",
                                     "ALIGNED", "WRITEBACKIFCOPY"};
  StrBuf b = STRBUF_INIT;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    sb_printf(&b, "  %s : %s\n", keys[i], flag_value(a, keys[i]).as.i ? "True" : "False");
  if (b.len) b.len--; /* no trailing newline */
  return sb_finish(vm, &b);
}

static Type TYPE_NPFLAGS = {.hdr = TYPE_HEADER, .name = "numpy.core.multiarray.flagsobj",
                            .mark = flags_mark, .repr = flags_repr, .getitem = flags_getitem,
                            .getattr = flags_getattr};

/* For the tracing JIT (trace/record.c): the type of the iterator that
** `for x in a` uses, and the offsets of its array and position. */
const Type *arr_iterobj_type(void) { return &TYPE_ARRITER; }
uint32_t arr_iterobj_offset(bool position) {
  return position ? (uint32_t)offsetof(ArrIterObj, i) : (uint32_t)offsetof(ArrIterObj, a);
}
