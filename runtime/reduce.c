/*
** reduce.c — reductions: ufunc.reduce/.accumulate, sum/prod/mean/std/var/
** min/max/argmin/argmax/all/any/cumsum/cumprod as np.* functions and as
** ndarray methods.
**
** Order of operations follows NumPy 1.24 so float results agree bit for bit:
** the reduction visits the input in memory order (axes sorted by stride,
** adjacent axes coalesced, like nditer); when the innermost axis is reduced,
** float add uses NumPy's pairwise summation over it (pairwise_sum in
** numpy/core/src/umath/loops_utils.h.src), otherwise results accumulate
** elementwise in order (axis=0 of a C array adds row after row). Reductions
** whose ufunc has an identity start from it (sum starts at 0.0); the others
** start from the first element.
*/
#pragma GCC optimize("no-math-errno")

#include <math.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "ufunc.h"
#include "vm.h"

/* ---- pairwise summation (NumPy's exact unrolling) ------------------------- */

#define PW_BLOCKSIZE 128
#define UF_BUFSIZE 8192 /* NumPy's default ufunc buffer size (np.getbufsize()) */
#define DEF_PAIRWISE(T, name)                                                       \
  static T name(const char *a, int64_t n, int64_t stride) {                         \
    if (n < 8) {                                                                    \
      T res = 0.;                                                                   \
      for (int64_t i = 0; i < n; i++) res += *(const T *)(a + i * stride);          \
      return res;                                                                   \
    } else if (n <= PW_BLOCKSIZE) {                                                 \
      T r[8], res;                                                                  \
      int64_t i;                                                                    \
      for (int j = 0; j < 8; j++) r[j] = *(const T *)(a + j * stride);              \
      for (i = 8; i < n - (n % 8); i += 8) {                                        \
        r[0] += *(const T *)(a + (i + 0) * stride);                                 \
        r[1] += *(const T *)(a + (i + 1) * stride);                                 \
        r[2] += *(const T *)(a + (i + 2) * stride);                                 \
        r[3] += *(const T *)(a + (i + 3) * stride);                                 \
        r[4] += *(const T *)(a + (i + 4) * stride);                                 \
        r[5] += *(const T *)(a + (i + 5) * stride);                                 \
        r[6] += *(const T *)(a + (i + 6) * stride);                                 \
        r[7] += *(const T *)(a + (i + 7) * stride);                                 \
      }                                                                             \
      res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));     \
      for (; i < n; i++) res += *(const T *)(a + i * stride);                       \
      return res;                                                                   \
    } else {                                                                        \
      int64_t n2 = n / 2;                                                           \
      n2 -= n2 % 8;                                                                 \
      return name(a, n2, stride) + name(a + n2 * stride, n - n2, stride);           \
    }                                                                               \
  }
DEF_PAIRWISE(double, pw_f64)
DEF_PAIRWISE(float, pw_f32)

/* Contiguous versions: the same arithmetic, written so gcc vectorises it. */
#define DEF_PAIRWISE_C(T, name)                                                     \
  static T name(const T *a, int64_t n) {                                            \
    if (n < 8) {                                                                    \
      T res = 0.;                                                                   \
      for (int64_t i = 0; i < n; i++) res += a[i];                                  \
      return res;                                                                   \
    } else if (n <= PW_BLOCKSIZE) {                                                 \
      T r[8], res;                                                                  \
      int64_t i, m = n - (n % 8);                                                   \
      for (int j = 0; j < 8; j++) r[j] = a[j];                                      \
      for (i = 8; i < m; i += 8)                                                    \
        for (int j = 0; j < 8; j++) r[j] += a[i + j];                               \
      res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));     \
      for (; i < n; i++) res += a[i];                                               \
      return res;                                                                   \
    } else {                                                                        \
      int64_t n2 = n / 2;                                                           \
      n2 -= n2 % 8;                                                                 \
      return name(a, n2) + name(a + n2, n - n2);                                    \
    }                                                                               \
  }
DEF_PAIRWISE_C(double, pwc_f64)
DEF_PAIRWISE_C(float, pwc_f32)

double uf_pairwise_sum_f64(const char *a, int64_t n, int64_t stride) {
  if (stride == 8) return pwc_f64((const double *)a, n);
  return pw_f64(a, n, stride);
}
float uf_pairwise_sum_f32(const char *a, int64_t n, int64_t stride) {
  if (stride == 4) return pwc_f32((const float *)a, n);
  return pw_f32(a, n, stride);
}

/* Complex: NumPy runs the same scheme over the 2n doubles of the array, so
** the thresholds count doubles (below 8, up to PW_BLOCKSIZE) and the eight
** accumulators hold four complex partial sums, combined (c0 + c1) + (c2 + c3)
** per component. Here n counts complex elements and stride is per element. */
#define DEF_PAIRWISE_CPLX(T, name)                                                  \
  static void name(const char *a, int64_t n, int64_t stride, T *re, T *im) {        \
    if (2 * n < 8) {                                                                \
      *re = 0., *im = 0.;                                                           \
      for (int64_t i = 0; i < n; i++) {                                             \
        *re += ((const T *)(a + i * stride))[0];                                    \
        *im += ((const T *)(a + i * stride))[1];                                    \
      }                                                                             \
    } else if (2 * n <= PW_BLOCKSIZE) {                                             \
      T r[4], q[4];                                                                 \
      int64_t i, m = n - (n % 4);                                                   \
      for (int j = 0; j < 4; j++) {                                                 \
        r[j] = ((const T *)(a + j * stride))[0];                                    \
        q[j] = ((const T *)(a + j * stride))[1];                                    \
      }                                                                             \
      for (i = 4; i < m; i += 4)                                                    \
        for (int j = 0; j < 4; j++) {                                               \
          r[j] += ((const T *)(a + (i + j) * stride))[0];                           \
          q[j] += ((const T *)(a + (i + j) * stride))[1];                           \
        }                                                                           \
      *re = (r[0] + r[1]) + (r[2] + r[3]);                                          \
      *im = (q[0] + q[1]) + (q[2] + q[3]);                                          \
      for (; i < n; i++) {                                                          \
        *re += ((const T *)(a + i * stride))[0];                                    \
        *im += ((const T *)(a + i * stride))[1];                                    \
      }                                                                             \
    } else { /* NumPy halves the double count and rounds it down to 8 doubles */     \
      int64_t n2 = (n - n % 8) / 2;                                                 \
      T re2, im2;                                                                   \
      name(a, n2, stride, re, im);                                                  \
      name(a + n2 * stride, n - n2, stride, &re2, &im2);                            \
      *re += re2, *im += im2;                                                       \
    }                                                                               \
  }
DEF_PAIRWISE_CPLX(double, pw_c128)
DEF_PAIRWISE_CPLX(float, pw_c64)

/* ---- reduce kernels: *acc = op(*acc, in[0..n)) -------------------------------- */

typedef void (*RLoop)(char *acc, const char *in, int64_t stride, int64_t n);

static void radd_f64(char *acc, const char *in, int64_t s, int64_t n) {
  *(double *)acc += uf_pairwise_sum_f64(in, n, s);
}
static void radd_f32(char *acc, const char *in, int64_t s, int64_t n) {
  *(float *)acc += uf_pairwise_sum_f32(in, n, s);
}
static void radd_c128(char *acc, const char *in, int64_t s, int64_t n) {
  double *o = (double *)acc, re, im;
  pw_c128(in, n, s, &re, &im);
  o[0] += re, o[1] += im;
}
static void radd_c64(char *acc, const char *in, int64_t s, int64_t n) {
  float *o = (float *)acc, re, im;
  pw_c64(in, n, s, &re, &im);
  o[0] += re, o[1] += im;
}

#define DEF_RADD_INT(T, U)                                                          \
  static void radd_##T(char *acc, const char *in, int64_t s, int64_t n) {           \
    U r = (U) * (T *)acc;                                                           \
    if (s == (int64_t)sizeof(T)) {                                                  \
      const T *x = (const T *)in;                                                   \
      for (int64_t i = 0; i < n; i++) r += (U)x[i];                                 \
    } else {                                                                        \
      for (int64_t i = 0; i < n; i++) r += (U) * (const T *)(in + i * s);           \
    }                                                                               \
    *(T *)acc = (T)r;                                                               \
  }
DEF_RADD_INT(int64_t, uint64_t)
DEF_RADD_INT(uint64_t, uint64_t)
DEF_RADD_INT(int32_t, uint32_t)
DEF_RADD_INT(uint32_t, uint32_t)

/* max/min: lanes of plain compares (vectorised as maxpd/minpd) plus a NaN
** flag; any NaN makes the result NaN, as NumPy's NaN-propagating loops do. */
#define DEF_RMINMAX_F(name, T, IT, CMP)                                                 \
  static void name(char *acc, const char *in, int64_t s, int64_t n) {               \
    T r = *(T *)acc;                                                                \
    if (r != r) return;                                                             \
    int64_t i = 0;                                                                  \
    if (s == (int64_t)sizeof(T) && n >= 32) {                                       \
      const T *x = (const T *)in;                                                   \
      T m[16];                                                                      \
      IT nan[16];                                                                   \
      for (int j = 0; j < 16; j++) m[j] = r, nan[j] = 0;                            \
      for (; i + 16 <= n; i += 16)                                                  \
        for (int j = 0; j < 16; j++) {                                              \
          T v = x[i + j];                                                           \
          m[j] = m[j] CMP v ? m[j] : v; /* ties take the later value */             \
          nan[j] |= (IT)(v != v);                                                   \
        }                                                                           \
      IT nn = 0;                                                                    \
      for (int j = 0; j < 16; j++) {                                                \
        r = r CMP m[j] ? r : m[j];                                                  \
        nn |= nan[j];                                                               \
      }                                                                             \
      if (nn) { /* restart scalar: find the NaN */                                   \
        for (i = 0; i < n && x[i] == x[i]; i++) {}                                  \
        *(T *)acc = x[i];                                                           \
        return;                                                                     \
      }                                                                             \
    }                                                                               \
    for (; i < n; i++) {                                                            \
      T v = *(const T *)(in + i * s);                                               \
      if (v != v) {                                                                 \
        r = v;                                                                      \
        break;                                                                      \
      }                                                                             \
      r = r CMP v ? r : v;                                                          \
    }                                                                               \
    *(T *)acc = r;                                                                  \
  }
#define IMAX(a, b) ((a) > (b) ? (a) : (b))
#define IMIN(a, b) ((a) < (b) ? (a) : (b))
#define DEF_RMINMAX(name, T, OP)                                                    \
  static void name(char *acc, const char *in, int64_t s, int64_t n) {               \
    T r = *(T *)acc;                                                                \
    int64_t i = 0;                                                                  \
    if (s == (int64_t)sizeof(T) && n >= 16) {                                       \
      const T *x = (const T *)in;                                                   \
      T m[8];                                                                       \
      for (int j = 0; j < 8; j++) m[j] = r;                                         \
      for (; i + 8 <= n; i += 8)                                                    \
        for (int j = 0; j < 8; j++) m[j] = OP(m[j], x[i + j]);                      \
      for (int j = 0; j < 8; j++) r = OP(r, m[j]);                                  \
    }                                                                               \
    for (; i < n; i++) r = OP(r, *(const T *)(in + i * s));                         \
    *(T *)acc = r;                                                                  \
  }
DEF_RMINMAX_F(rmax_f64, double, int64_t, >)
DEF_RMINMAX_F(rmin_f64, double, int64_t, <)
DEF_RMINMAX_F(rmax_f32, float, int32_t, >)
DEF_RMINMAX_F(rmin_f32, float, int32_t, <)
DEF_RMINMAX(rmax_i64, int64_t, IMAX)
DEF_RMINMAX(rmin_i64, int64_t, IMIN)
DEF_RMINMAX(rmax_i32, int32_t, IMAX)
DEF_RMINMAX(rmin_i32, int32_t, IMIN)

#if defined(__x86_64__)
#include <immintrin.h>
/* Contiguous float64 max/min with explicit vectors: gcc does not vectorise
** the NaN-propagating form. maxpd/minpd keep the accumulator on NaN, so NaN
** is tracked separately and wins at the end. */
#define DEF_VMM512(name, OP, SOP)                                                   \
  __attribute__((target("avx512f"))) static bool name(double *r, const double *x, int64_t n) { \
    __m512d m0 = _mm512_set1_pd(*r), m1 = m0;                                       \
    __mmask8 nan = 0;                                                               \
    int64_t i = 0;                                                                  \
    for (; i + 16 <= n; i += 16) {                                                  \
      __m512d a = _mm512_loadu_pd(x + i), b = _mm512_loadu_pd(x + i + 8);          \
      nan |= _mm512_cmp_pd_mask(a, b, _CMP_UNORD_Q);                                \
      m0 = OP(m0, a); /* ties take the later value, as NumPy's loop does */        \
      m1 = OP(m1, b);                                                               \
    }                                                                               \
    if (nan) return false;                                                          \
    double t[8], acc = *r;                                                          \
    _mm512_storeu_pd(t, OP(m0, m1));                                                \
    for (int j = 0; j < 8; j++) acc = acc SOP t[j] ? acc : t[j];                    \
    for (; i < n; i++) {                                                            \
      if (x[i] != x[i]) return false;                                               \
      acc = acc SOP x[i] ? acc : x[i];                                              \
    }                                                                               \
    *r = acc;                                                                       \
    return true;                                                                    \
  }
#define DEF_VMM256(name, OP, SOP)                                                   \
  __attribute__((target("avx2"))) static bool name(double *r, const double *x, int64_t n) { \
    __m256d m0 = _mm256_set1_pd(*r), m1 = m0, nan = _mm256_setzero_pd();            \
    int64_t i = 0;                                                                  \
    for (; i + 8 <= n; i += 8) {                                                    \
      __m256d a = _mm256_loadu_pd(x + i), b = _mm256_loadu_pd(x + i + 4);          \
      nan = _mm256_or_pd(nan, _mm256_cmp_pd(a, b, _CMP_UNORD_Q));                   \
      m0 = OP(m0, a);                                                               \
      m1 = OP(m1, b);                                                               \
    }                                                                               \
    if (_mm256_movemask_pd(nan)) return false;                                      \
    double t[4], acc = *r;                                                          \
    _mm256_storeu_pd(t, OP(m0, m1));                                                \
    for (int j = 0; j < 4; j++) acc = acc SOP t[j] ? acc : t[j];                    \
    for (; i < n; i++) {                                                            \
      if (x[i] != x[i]) return false;                                               \
      acc = acc SOP x[i] ? acc : x[i];                                              \
    }                                                                               \
    *r = acc;                                                                       \
    return true;                                                                    \
  }
DEF_VMM512(vmax512, _mm512_max_pd, >)
DEF_VMM512(vmin512, _mm512_min_pd, <)
DEF_VMM256(vmax256, _mm256_max_pd, >)
DEF_VMM256(vmin256, _mm256_min_pd, <)
static bool (*vmax_f64)(double *, const double *, int64_t);
static bool (*vmin_f64)(double *, const double *, int64_t);

static void rmax_f64v(char *acc, const char *in, int64_t s, int64_t n) {
  double r = *(double *)acc;
  if (s == 8 && vmax_f64 && r == r && vmax_f64(&r, (const double *)in, n)) {
    *(double *)acc = r;
    return;
  }
  rmax_f64(acc, in, s, n);
}
static void rmin_f64v(char *acc, const char *in, int64_t s, int64_t n) {
  double r = *(double *)acc;
  if (s == 8 && vmin_f64 && r == r && vmin_f64(&r, (const double *)in, n)) {
    *(double *)acc = r;
    return;
  }
  rmin_f64(acc, in, s, n);
}
static void vmm_init(void) {
  if (__builtin_cpu_supports("avx512f")) vmax_f64 = vmax512, vmin_f64 = vmin512;
  else if (__builtin_cpu_supports("avx2")) vmax_f64 = vmax256, vmin_f64 = vmin256;
}
#else
#define rmax_f64v rmax_f64
#define rmin_f64v rmin_f64
static void vmm_init(void) {}
#endif

/* Complex products. NumPy 1.24's multiply *reduce* loop is scalar C compiled
** for AVX2/AVX-512 targets with gcc's default FP contraction, so each step
** is re = fma(ar, br, -(ai*bi)), im = fma(ar, bi, ai*br) (the oracle's
** prod() of complex arrays shows it); reproduced here with explicit fma. */
#define DEF_RMUL_C(NAME, T, FMA)                                       \
  static void NAME(char *acc, const char *in, int64_t s, int64_t n) { \
    T *r = (T *)acc;                                                  \
    T ar = r[0], ai = r[1];                                           \
    for (int64_t i = 0; i < n; i++, in += s) {                        \
      const T *b = (const T *)in;                                     \
      T nr = FMA(ar, b[0], -(ai * b[1]));                             \
      T ni = FMA(ar, b[1], ai * b[0]);                                \
      ar = nr;                                                        \
      ai = ni;                                                        \
    }                                                                 \
    r[0] = ar;                                                        \
    r[1] = ai;                                                        \
  }
DEF_RMUL_C(rmul_c128, double, fma)
DEF_RMUL_C(rmul_c64, float, fmaf)

static RLoop fast_rloop(UfId id, DType dt) {
  switch (id) {
  case UF_multiply:
    return dt == DT_COMPLEX128 ? rmul_c128 : dt == DT_COMPLEX64 ? rmul_c64 : NULL;
  case UF_add:
    switch (dt) {
    case DT_FLOAT64: return radd_f64;
    case DT_FLOAT32: return radd_f32;
    case DT_COMPLEX128: return radd_c128;
    case DT_COMPLEX64: return radd_c64;
    case DT_INT64: return radd_int64_t;
    case DT_UINT64: return radd_uint64_t;
    case DT_INT32: return radd_int32_t;
    case DT_UINT32: return radd_uint32_t;
    default: return NULL;
    }
  case UF_maximum:
    switch (dt) {
    case DT_FLOAT64: return rmax_f64v;
    case DT_FLOAT32: return rmax_f32;
    case DT_INT64: return rmax_i64;
    case DT_INT32: return rmax_i32;
    default: return NULL;
    }
  case UF_minimum:
    switch (dt) {
    case DT_FLOAT64: return rmin_f64v;
    case DT_FLOAT32: return rmin_f32;
    case DT_INT64: return rmin_i64;
    case DT_INT32: return rmin_i32;
    default: return NULL;
    }
  default: return NULL;
  }
}

/* ---- the reduction driver ---------------------------------------------------- */

/* One axis number as NumPy reads it (PyArray_PyIntAsInt): any integer,
** NumPy's included, but not a bool, a list or a float. */
static int axis_number(VM *vm, Value v, int ndim) {
  Value n = v_number(vm, v);
  if (is_bool(n)) vm_raise(vm, &EXC_TypeError, "an integer is required");
  if (!v_is_intlike(n))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  return arr_normalize_axis(vm, v_index(vm, n, "axis"), ndim);
}

/* The single axis= of argmax/argmin/cumsum/cumprod, read as NumPy's
** PyArray_AxisConverter reads it: a bool is refused, other non-integers
** name their type. */
static int one_axis(VM *vm, Value v, int ndim) {
  if (is_bool(v_number(vm, v))) vm_raise(vm, &EXC_TypeError, "an integer is required for the axis");
  return axis_number(vm, v, ndim);
}

/* The axes named by axis= (None: all of them; a tuple: some), normalised,
** repeats kept; returns how many. */
static int axis_list(VM *vm, Value axis, int ndim, int axes[ARR_MAXDIMS]) {
  if (is_empty(axis) || is_none(axis)) {
    for (int i = 0; i < ndim; i++) axes[i] = i;
    return ndim;
  }
  if (!is_tuple(axis)) {
    /* NumPy lets sum & co. reduce a 0-d array over axis 0 or -1 (no axes) */
    if (ndim == 0 && is_int(axis) && (axis.as.i == 0 || axis.as.i == -1)) return 0;
    axes[0] = axis_number(vm, axis, ndim);
    return 1;
  }
  const Tuple *t = as_tuple(axis);
  if (t->n > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "duplicate value in 'axis'");
  for (int64_t i = 0; i < t->n; i++) axes[i] = axis_number(vm, t->items[i], ndim);
  return (int)t->n;
}

uint64_t uf_axis_mask(VM *vm, Value axis, int ndim) {
  int axes[ARR_MAXDIMS], n = axis_list(vm, axis, ndim, axes);
  uint64_t m = 0;
  for (int i = 0; i < n; i++) {
    if (m & (1ull << axes[i])) vm_raise(vm, &EXC_ValueError, "duplicate value in 'axis'");
    m |= 1ull << axes[i];
  }
  return m;
}

static bool has_identity(UfId id) { return uf_defs[id].identity != UFI_NONE; }

/* NumPy reduces a ufunc without identity over several axes only if it is
** "reorderable" (identity ReorderableNone: the min/max family); others raise. */
static void check_reorderable(VM *vm, UfId id, uint64_t mask) {
  bool reorderable = has_identity(id) || id == UF_maximum || id == UF_minimum ||
                     id == UF_fmax || id == UF_fmin;
  if (!reorderable && (mask & (mask - 1)))
    vm_raise(vm, &EXC_ValueError,
             "reduction operation '%s' is not reorderable, so at most one axis may be specified",
             uf_defs[id].name);
}

static void store_identity(VM *vm, UfId id, DType dt, char *p) {
  Value v;
  switch (uf_defs[id].identity) {
  case UFI_ZERO: v = v_int(0); break;
  case UFI_ONE: v = v_int(1); break;
  case UFI_MINUS1: v = dt_is_unsigned(dt) ? v_int(0) : v_int(-1); break;
  case UFI_TRUE: v = v_bool(true); break;
  default: v = v_bool(false); break;
  }
  if (uf_defs[id].identity == UFI_MINUS1 && dt_is_unsigned(dt)) {
    memset(p, 0xff, (size_t)dt_size(dt));
    return;
  }
  arr_store_value(vm, dt, p, v);
}

/* Accumulator dtype NumPy uses for reduce/accumulate of id over dtype dt. */
static DType reduce_dtype(UfId id, DType dt, int dtype, NdArray *out) {
  if (dtype >= 0) return (DType)dtype;
  if (out) return (DType)out->dtype;
  if ((id == UF_add || id == UF_multiply) && (dt_is_bool(dt) || dt_is_int(dt))) {
    if (dt_is_bool(dt)) return DT_INT64;
    if (dt_size(dt) < 8) return dt_is_unsigned(dt) ? DT_UINT64 : DT_INT64;
  }
  return dt;
}

static int loop_dtype(VM *vm, UfId id, DType at, int dtype) {
  /* a reduction's loop has its output type as input: dtype=float64 of a
  ** bool-valued ufunc (logical_and) has none */
  if (uf_defs[id].out == UFO_BOOL && dtype >= 0 && dtype != DT_BOOL)
    vm_raise(vm, &EXC_TypeError, "No loop matching the specified signature and casting was found for ufunc %s",
             uf_defs[id].name);
  if (uf_defs[id].out == UFO_BOOL) return DT_BOOL;
  if (id == UF_subtract && at == DT_BOOL) uf_raise_bool_subtract(vm);
  int lt = uf_resolve(id, at);
  if (lt < 0 && dtype >= 0)
    vm_raise(vm, &EXC_TypeError, "No loop matching the specified signature and casting was found for ufunc %s",
             uf_defs[id].name);
  if (lt < 0)
    vm_raise(vm, &EXC_TypeError,
             "ufunc '%s' not supported for the input types, and the inputs could not be safely "
             "coerced to any supported types according to the casting rule ''safe''",
             uf_defs[id].name);
  /* NumPy takes the float16 loop for these, as for a call (see ufunc.c) */
  if (lt == DT_FLOAT32 && (at == DT_BOOL || at == DT_INT8 || at == DT_UINT8))
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: float16 is not supported (NumPy computes ufunc '%s' of %s in float16)",
             uf_defs[id].name, dt_name(at));
  return lt;
}

typedef struct Ax {
  int64_t n, sa, sr; /* length, input stride, result stride (0: reduced) */
} Ax;

/* Sorts axes into memory order (outermost first) by the input's strides,
** drops length-1 axes and coalesces, as nditer does. Returns the count. */
static int plan_axes(const NdArray *a, const int64_t *rstrides, Ax *ax) {
  int n = 0;
  for (int d = 0; d < a->ndim; d++) {
    if (a->shape[d] == 1) continue;
    ax[n].n = a->shape[d];
    ax[n].sa = a->strides[d];
    ax[n].sr = rstrides[d];
    n++;
  }
  /* stable insertion sort: larger |input stride| first (outer) */
  for (int i = 1; i < n; i++) {
    Ax t = ax[i];
    int j = i;
    int64_t st = t.sa < 0 ? -t.sa : t.sa;
    while (j > 0) {
      int64_t sp = ax[j - 1].sa < 0 ? -ax[j - 1].sa : ax[j - 1].sa;
      if (sp >= st || st == 0 || sp == 0) break;
      ax[j] = ax[j - 1];
      j--;
    }
    ax[j] = t;
  }
  int m = 0;
  for (int i = 0; i < n; i++) {
    if (m > 0 && ax[m - 1].sa == ax[i].sa * ax[i].n && ax[m - 1].sr == ax[i].sr * ax[i].n) {
      ax[m - 1].n *= ax[i].n;
      ax[m - 1].sa = ax[i].sa;
      ax[m - 1].sr = ax[i].sr;
      continue;
    }
    ax[m++] = ax[i];
  }
  return m;
}

/* Runs acc op= a over the planned axes. r: the result data. */
/* Reduces the block formed by the innermost k axes (all reduced) at pa into
** the accumulator pr, as NumPy's buffered iterator does: the block, in
** iteration order, is cut into chunks of UF_BUFSIZE elements (gathered into
** a contiguous buffer when the block is not one strided run) and each chunk
** goes to the reduce loop. Pairwise sums therefore restart at every chunk. */
static void reduce_block(RLoop rl, int64_t isz, char *pr, char *pa, const Ax *ax, int k) {
  if (k == 1) {
    for (int64_t off = 0; off < ax[0].n; off += UF_BUFSIZE)
      rl(pr, pa + off * ax[0].sa, ax[0].sa, ax[0].n - off < UF_BUFSIZE ? ax[0].n - off : UF_BUFSIZE);
    return;
  }
  static _Thread_local _Alignas(64) char buf[UF_BUFSIZE * 16];
  int64_t idx[ARR_MAXDIMS] = {0}, total = 1;
  for (int d = 0; d < k; d++) total *= ax[d].n;
  char *p = pa;
  int64_t fill = 0;
  for (int64_t e = 0; e < total; e++) {
    memcpy(buf + fill * isz, p, (size_t)isz);
    if (++fill == UF_BUFSIZE) {
      rl(pr, buf, isz, fill);
      fill = 0;
    }
    for (int d = k - 1; d >= 0; d--) {
      p += ax[d].sa;
      if (++idx[d] < ax[d].n) break;
      p -= ax[d].sa * ax[d].n;
      idx[d] = 0;
    }
  }
  if (fill) rl(pr, buf, isz, fill);
}

/* Runs acc op= a over the planned axes. r: the result data. */
static void reduce_run(UfId id, DType lt, char *rdata, char *adata, const Ax *ax, int m) {
  UfLoop bl = uf_loop(id, lt);
  RLoop rl = fast_rloop(id, lt);
  if (m == 0) {
    char *args[3] = {rdata, adata, rdata};
    int64_t st[3] = {0, 0, 0};
    bl(args, st, 1);
    return;
  }
  /* k innermost axes that are all reduced */
  int k = 0;
  while (k < m && ax[m - 1 - k].sr == 0) k++;
  if (!rl && k > 1) k = 1;
  int outer = k ? m - k : m - 1;
  const Ax *in = &ax[m - 1];
  int64_t idx[ARR_MAXDIMS] = {0};
  char *pr = rdata, *pa = adata;
  for (;;) {
    if (k && rl) {
      reduce_block(rl, dt_size(lt), pr, pa, &ax[outer], k);
    } else if (k) {
      char *args[3] = {pr, pa, pr};
      int64_t st[3] = {0, in->sa, 0};
      bl(args, st, in->n);
    } else {
      char *args[3] = {pr, pa, pr};
      int64_t st[3] = {in->sr, in->sa, in->sr};
      bl(args, st, in->n);
    }
    int d = outer - 1;
    for (; d >= 0; d--) {
      pr += ax[d].sr;
      pa += ax[d].sa;
      if (++idx[d] < ax[d].n) break;
      pr -= ax[d].sr * ax[d].n;
      pa -= ax[d].sa * ax[d].n;
      idx[d] = 0;
    }
    if (d < 0) break;
  }
}

static _Noreturn void no_identity_error(VM *vm, UfId id) {
  vm_raise(vm, &EXC_ValueError, "zero-size array to reduction operation %s which has no identity",
           uf_defs[id].name);
}

/* Final shape of a reduction. */
static int reduced_shape(const NdArray *a, uint64_t mask, bool keepdims, int64_t *shape) {
  int nd = 0;
  for (int d = 0; d < a->ndim; d++) {
    if (mask & (1ull << d)) {
      if (keepdims) shape[nd++] = 1;
    } else {
      shape[nd++] = a->shape[d];
    }
  }
  return nd;
}

static void check_out_shape(VM *vm, NdArray *out, int nd, const int64_t *shape) {
  bool ok = out->ndim == nd;
  for (int d = 0; ok && d < nd; d++) ok = out->shape[d] == shape[d];
  if (!ok) {
    StrBuf b = STRBUF_INIT;
    sb_puts(&b, "output parameter for reduction operation has the wrong number of dimensions");
    if (out->ndim == nd) {
      sb_free(&b);
      StrBuf c = STRBUF_INIT;
      sb_puts(&c, "non-broadcastable output operand with shape ");
      uf_shape_repr_compact(&c, out->ndim, out->shape);
      sb_puts(&c, " doesn't match the broadcast shape ");
      uf_shape_repr_compact(&c, nd, shape);
      Value m = sb_finish(vm, &c);
      vm_raise(vm, &EXC_ValueError, "%s", as_str(m)->data);
    }
    Value m = sb_finish(vm, &b);
    vm_raise(vm, &EXC_ValueError, "%s", as_str(m)->data);
  }
}

NdArray *uf_reduce(VM *vm, UfId id, NdArray *a, uint64_t mask, bool keepdims, int dtype,
                   NdArray *out, Value initial, const char *fname) {
  (void)fname;
  if (a->ndim < 64) mask &= (1ull << a->ndim) - 1;
  DType at = reduce_dtype(id, (DType)a->dtype, dtype, out);
  DType lt = (DType)loop_dtype(vm, id, at, dtype);
  check_reorderable(vm, id, mask);
  if ((DType)a->dtype != lt) a = arr_cast(vm, a, lt);

  /* result with keepdims shape; reduced axes get stride 0 in the plan */
  int64_t kshape[ARR_MAXDIMS], fshape[ARR_MAXDIMS];
  int knd = reduced_shape(a, mask, true, kshape);
  int fnd = reduced_shape(a, mask, keepdims, fshape);
  if (out) check_out_shape(vm, out, fnd, fshape);
  NdArray *r = arr_new_uninit(vm, lt, knd, kshape);
  int64_t rst[ARR_MAXDIMS];
  for (int d = 0; d < a->ndim; d++) rst[d] = (mask & (1ull << d)) ? 0 : r->strides[d];

  int64_t nred = 1;
  for (int d = 0; d < a->ndim; d++)
    if (mask & (1ull << d)) nred *= a->shape[d];

  NdArray *src = a;
  if (!is_empty(initial) && !is_none(initial)) {
    if (r->size > 0) {
      arr_store_value(vm, lt, r->data, initial);
      size_t total = (size_t)(r->size * r->itemsize), have = (size_t)r->itemsize;
      while (have < total) {
        size_t k = have < total - have ? have : total - have;
        memcpy(r->data + have, r->data, k);
        have += k;
      }
    }
  } else if (has_identity(id)) {
    if (r->size > 0) {
      store_identity(vm, id, lt, r->data);
      /* replicate by doubling: log2(size) memcpy calls */
      size_t total = (size_t)(r->size * r->itemsize), have = (size_t)r->itemsize;
      while (have < total) {
        size_t k = have < total - have ? have : total - have;
        memcpy(r->data + have, r->data, k);
        have += k;
      }
    }
  } else {
    if (nred == 0) {
      if (r->size > 0 || a->size == 0) no_identity_error(vm, id);
    }
    if (r->size > 0) {
      /* copy the first element along the reduced axes, reduce the rest */
      int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
      int nreduce = 0, rax = -1;
      for (int d = 0; d < a->ndim; d++) {
        sh[d] = (mask & (1ull << d)) ? 1 : a->shape[d];
        st[d] = a->strides[d];
        if ((mask & (1ull << d)) && a->shape[d] > 1) nreduce++, rax = d;
      }
      NdArray *first = arr_view(vm, a, lt, a->ndim, sh, st, a->data);
      NdArray *rv = arr_view(vm, r, lt, knd, kshape, r->strides, r->data);
      arr_assign(vm, rv, first);
      if (nreduce == 1) {
        for (int d = 0; d < a->ndim; d++) sh[d] = a->shape[d];
        sh[rax] -= 1;
        src = arr_view(vm, a, lt, a->ndim, sh, st, a->data + a->strides[rax]);
      } else if (nreduce == 0) {
        src = NULL;
      }
    }
  }
  if (src && src->size > 0 && r->size > 0) {
    Ax ax[ARR_MAXDIMS];
    int m = plan_axes(src, rst, ax);
    reduce_run(id, lt, r->data, src->data, ax, m);
  }
  NdArray *res = r;
  if (!keepdims) res = arr_reshape(vm, r, fnd, fshape);
  if (out) {
    arr_assign(vm, out, res);
    return out;
  }
  return res;
}

/* ---- accumulate ------------------------------------------------------------- */

/* Along one lane (a line along the axis) of n elements: r[0] = a[0] was
** set; r[i] = op(r[i-1], a[i]), one element per loop call (the loops may
** read ahead of their writes, so a call over the lane would not chain). */
static void accumulate_lane(UfLoop bl, char *r, int64_t rs, const char *a, int64_t as, int64_t n) {
  static const int64_t none[3] = {0, 0, 0};
  for (int64_t i = 1; i < n; i++) {
    char *args[3] = {r + (i - 1) * rs, (char *)a + i * as, r + i * rs};
    bl(args, none, 1);
  }
}

/* Lanes at least this many: a loop call per step along the axis over all
** lanes (each step makes three views); fewer: a lane at a time. */
enum { ACC_ROWWISE_LANES = 64 };

static NdArray *accumulate(VM *vm, UfId id, NdArray *a, int axis, int dtype, NdArray *out) {
  DType at = reduce_dtype(id, (DType)a->dtype, dtype, out);
  DType lt = (DType)loop_dtype(vm, id, at, dtype);
  if ((DType)a->dtype != lt) a = arr_cast(vm, a, lt);
  NdArray *r = arr_new_uninit(vm, lt, a->ndim, a->shape);
  if (a->size > 0) {
    /* r[0] = a[0]; r[i] = op(r[i-1], a[i]) along axis */
    int64_t sh[ARR_MAXDIMS];
    for (int d = 0; d < a->ndim; d++) sh[d] = a->shape[d];
    int64_t n = a->shape[axis];
    sh[axis] = 1;
    NdArray *r0 = arr_view(vm, r, lt, a->ndim, sh, r->strides, r->data);
    NdArray *a0 = arr_view(vm, a, lt, a->ndim, sh, a->strides, a->data);
    arr_assign(vm, r0, a0);
    UfLoop bl = uf_loop(id, lt);
    if (a->size / n < ACC_ROWWISE_LANES) {
      NdArray *ops[2] = {r0, a0};
      ArrIter it;
      if (arr_iter_init(vm, &it, 2, ops, a->ndim, sh)) do {
          for (int64_t j = 0; j < it.n; j++)
            accumulate_lane(bl, it.ptr[0] + j * it.stride[0], r->strides[axis], it.ptr[1] + j * it.stride[1],
                            a->strides[axis], n);
        } while (arr_iter_next(&it));
    } else {
      for (int64_t i = 1; i < n; i++) {
        NdArray *prev = arr_view(vm, r, lt, a->ndim, sh, r->strides,
                                 r->data + (i - 1) * r->strides[axis]);
        NdArray *cur = arr_view(vm, a, lt, a->ndim, sh, a->strides, a->data + i * a->strides[axis]);
        NdArray *dst = arr_view(vm, r, lt, a->ndim, sh, r->strides, r->data + i * r->strides[axis]);
        NdArray *ops[3] = {prev, cur, dst};
        ArrIter it;
        if (arr_iter_init(vm, &it, 3, ops, a->ndim, sh)) {
          do {
            bl(it.ptr, it.stride, it.n);
          } while (arr_iter_next(&it));
        }
      }
    }
  }
  if (out) {
    if (out->ndim != r->ndim) check_out_shape(vm, out, r->ndim, r->shape);
    arr_assign(vm, out, r);
    return out;
  }
  return r;
}

/* ---- argument helpers ---------------------------------------------------------- */

static int dtype_of(VM *vm, Value v) {
  if (is_empty(v) || is_none(v)) return -1;
  return np_dtype_from_value(vm, v);
}

static NdArray *out_of(VM *vm, Value v) {
  if (is_empty(v) || is_none(v)) return NULL;
  if (is_tuple(v) && as_tuple(v)->n == 1) v = as_tuple(v)->items[0];
  if (!is_array(v)) vm_raise(vm, &EXC_TypeError, "output must be an array");
  return as_array(v);
}

static bool bool_of(VM *vm, Value v) { return !is_empty(v) && v_truthy(vm, v); }

static Value result_of(VM *vm, NdArray *r, NdArray *out) {
  if (out) return v_obj(out);
  return arr_return(vm, r);
}

/* where= on reductions: masked-out elements become the identity (the
** reduction starts from initial, so they must not repeat it), or initial
** for min/max, which have none and for which repeating it changes nothing. */
static NdArray *apply_where(VM *vm, UfId id, NdArray *a, Value where, Value initial) {
  if (is_empty(where) || (is_bool(where) && where.as.i)) return a;
  bool has_init = !is_empty(initial) && !is_none(initial);
  if (!has_identity(id) && !has_init)
    vm_raise(vm, &EXC_ValueError,
             "reduction operation '%s' does not have an identity, so to use a where mask one has "
             "to specify 'initial'",
             uf_defs[id].name);
  NdArray *mask = uf_where_mask(vm, where);
  NdArray *c = arr_copy(vm, a);
  NdArray *ident = arr_new(vm, (DType)a->dtype, 0, NULL);
  if (has_identity(id)) store_identity(vm, id, (DType)a->dtype, ident->data);
  else arr_store_value(vm, (DType)a->dtype, ident->data, initial);
  Value in[3] = {v_obj(mask), v_obj(c), v_obj(ident)};
  (void)in;
  NdArray *ops[3] = {c, mask, ident};
  ArrIter it;
  if (arr_iter_init(vm, &it, 3, ops, c->ndim, c->shape)) {
    do {
      char *d = it.ptr[0], *m = it.ptr[1];
      for (int64_t i = 0; i < it.n; i++, d += it.stride[0], m += it.stride[1])
        if (!*m) memcpy(d, ident->data, (size_t)c->itemsize);
    } while (arr_iter_next(&it));
  }
  return c;
}

/* Generic reduce entry: a, axis, dtype, out, keepdims, initial, where. */
/* any() (or all(), !any) of n contiguous bools: 8 at a time, stopping at
** the first that decides it, as NumPy's loop stops. */
static bool bools_any(const char *p, int64_t n, bool any) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, sizeof w);
    if (any ? w != 0 : ((w - ones) & ~w & highs) != 0) return any; /* a true byte / a zero byte */
  }
  for (; i < n; i++)
    if ((p[i] != 0) == any) return any;
  return !any;
}

/* NumPy adds the selected items of a masked float sum run by run: its
** iterator hands the masked loop chunks of its buffer size (8192 items),
** which splits the mask's runs of True, and each run is summed pairwise
** into the result. Zeroing the masked items and summing the whole array
** groups the additions differently (last digits). */
enum { NP_BUFSIZE = 8192 };

static double masked_runs_sum(const char *x, int64_t sa, const char *mk, int64_t sm, int64_t n, bool single) {
  double acc = 0.0;
  float accf = 0.0f;
  for (int64_t i = 0; i < n;) {
    if (!mk[i * sm]) {
      i++;
      continue;
    }
    int64_t j = i + 1;
    while (j < n && mk[j * sm] && j % NP_BUFSIZE != 0) j++;
    if (single) accf += uf_pairwise_sum_f32(x + i * sa, j - i, sa);
    else acc += uf_pairwise_sum_f64(x + i * sa, j - i, sa);
    i = j;
  }
  return single ? (double)accf : acc;
}

/* A float or complex sum with a where= mask: over one 1-D array, or every
** axis of a C-contiguous one (NumPy's iterator makes it 1-D), exactly as
** NumPy groups it (masked_runs_sum; true with *res set); other shapes and
** options refused rather than summed in another order (false: not a
** masked float sum). */
static bool masked_float_sum(VM *vm, UfId id, NdArray *a, Value axis, Value dtype, Value outv, Value keepdims,
                             Value initial, Value where, Value *res) {
  if (id != UF_add || is_empty(where) || (is_bool(where) && where.as.i)) return false;
  int dt = dtype_of(vm, dtype); /* -1: none given */
  DType rt = dt < 0 ? (DType)a->dtype : (DType)dt;
  bool fl = rt == DT_FLOAT64 || rt == DT_FLOAT32 || rt == DT_COMPLEX128 || rt == DT_COMPLEX64;
  if (!fl) return false;
  NdArray *m = uf_where_mask(vm, where);
  bool all_axes = is_empty(axis) || is_none(axis) || (a->ndim == 1 && is_int(axis) && (axis.as.i == 0 || axis.as.i == -1));
  bool flat = a->ndim == 1 || arr_is_c_contiguous(a);
  bool same_mask = m->ndim == 0 || (m->ndim == a->ndim && (a->ndim == 1 || arr_is_c_contiguous(m)) &&
                                    memcmp(m->shape, a->shape, (size_t)a->ndim * sizeof a->shape[0]) == 0);
  if (!flat || !all_axes || !same_mask || rt != (DType)a->dtype || (rt != DT_FLOAT64 && rt != DT_FLOAT32) ||
      !is_empty(outv) || bool_of(vm, keepdims) || !(is_empty(initial) || is_none(initial)))
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: a float sum with where= is supported over all of one array with a mask of its shape "
             "(NumPy's order of additions)");
  NdArray *r = arr_new(vm, rt, 0, NULL);
  /* flat: a 1-D array by its stride, else C-contiguous items (the mask too) */
  int64_t sa = a->ndim == 1 ? a->strides[0] : a->itemsize;
  int64_t sm = m->ndim == 0 ? 0 : m->ndim == 1 ? m->strides[0] : 1;
  double v = masked_runs_sum(a->data, sa, m->data, sm, a->size, rt == DT_FLOAT32);
  if (rt == DT_FLOAT32) *(float *)r->data = (float)v;
  else *(double *)r->data = v;
  *res = arr_return(vm, r);
  return true;
}

static Value do_reduce(VM *vm, UfId id, Value av, Value axis, Value dtype, Value outv,
                       Value keepdims, Value initial, Value where, const char *fname) {
  NdArray *a = uf_as_array(vm, av);
  if ((id == UF_logical_or || id == UF_logical_and) && a->dtype == DT_BOOL && arr_is_c_contiguous(a) &&
      is_empty(axis) && is_empty(outv) && is_empty(keepdims) && is_empty(initial) && is_empty(where)) {
    NdArray *r = arr_new(vm, DT_BOOL, 0, NULL);
    r->data[0] = bools_any(a->data, a->size, id == UF_logical_or);
    return arr_return(vm, r);
  }
  NdArray *out = out_of(vm, outv);
  uint64_t mask = uf_axis_mask(vm, axis, a->ndim);
  Value res;
  if (masked_float_sum(vm, id, a, axis, dtype, outv, keepdims, initial, where, &res)) return res;
  a = apply_where(vm, id, a, where, initial);
  NdArray *r = uf_reduce(vm, id, a, mask, bool_of(vm, keepdims), dtype_of(vm, dtype), out,
                         initial, fname);
  return result_of(vm, r, out);
}

/* Reduction names → ufunc, for min/max/sum/prod/all/any. */
typedef struct RedSpec {
  const char *name;
  UfId id;
  bool has_dtype; /* sum/prod take dtype=; min/max/all/any do not */
} RedSpec;

static Value red_common(VM *vm, const RedSpec *rs, Value self, const Args *a, bool method) {
  Value v[7] = {0};
  Value arr = self;
  if (rs->has_dtype) {
    if (method) args_parse(vm, a, rs->name, "|axis,dtype,out,keepdims,initial,where", v + 1);
    else args_parse(vm, a, rs->name, "!a,|axis,dtype,out,keepdims,initial,where", v);
  } else {
    Value w[6] = {0};
    if (method) args_parse(vm, a, rs->name, "|axis,out,keepdims,initial,where", w + 1);
    else args_parse(vm, a, rs->name, "!a,|axis,out,keepdims,initial,where", w);
    v[0] = w[0], v[1] = w[1], v[2] = v_empty(), v[3] = w[2], v[4] = w[3], v[5] = w[4], v[6] = w[5];
  }
  if (!method) arr = v[0];
  if (rs->id == UF_logical_and || rs->id == UF_logical_or) {
    NdArray *x = uf_as_array(vm, arr);
    if (x->dtype != DT_BOOL) arr = v_obj(arr_cast(vm, x, DT_BOOL));
  }
  return do_reduce(vm, rs->id, arr, v[1], v[2], v[3], v[4], v[5], v[6], rs->name);
}

#define RED_FUNCS(Y)                                                                \
  Y(sum, UF_add, true) Y(prod, UF_multiply, true) Y(max, UF_maximum, false)         \
  Y(min, UF_minimum, false) Y(amax, UF_maximum, false) Y(amin, UF_minimum, false)   \
  Y(all, UF_logical_and, false) Y(any, UF_logical_or, false)

#define Y(nm, uid, hd)                                                              \
  static const RedSpec rs_##nm = {#nm, uid, hd};                                    \
  static Value fn_##nm(VM *vm, Value self, const Args *a) {                         \
    return red_common(vm, &rs_##nm, self, a, false);                                \
  }                                                                                 \
  __attribute__((unused)) static Value m_##nm(VM *vm, Value self, const Args *a) {  \
    return red_common(vm, &rs_##nm, self, a, true);                                 \
  }
RED_FUNCS(Y)
#undef Y

/* ---- nansum / nanmax / nanmin / nanmean (numpy/lib/nanfunctions.py) ----------- */

/* np.copyto(c, val, where=mask, casting='unsafe') for a C-contiguous c and
** a mask of its shape (0-d ones included, which indexing would refuse). */
static void fill_where(VM *vm, NdArray *c, NdArray *mask, Value val) {
  const NdArray *m = arr_contiguous(vm, mask, DT_BOOL);
  for (int64_t k = 0; k < c->size; k++)
    if (m->data[k]) arr_store_value(vm, (DType)c->dtype, c->data + k * c->itemsize, val);
}

/* a with its NaNs as val (NumPy's _replace_nan: a copy), or a itself for a
** dtype without NaNs; *nans: the NaN mask, or NULL. */
static NdArray *nans_replaced(VM *vm, Value av, int val, NdArray **nans) {
  NdArray *a = uf_as_array(vm, av);
  *nans = NULL;
  if (!dt_is_inexact((DType)a->dtype)) return a;
  *nans = uf_as_array(vm, uf_unary(vm, UF_isnan, v_obj(a)));
  NdArray *c = arr_copy(vm, a);
  fill_where(vm, c, *nans, v_int(val));
  return c;
}

static NdArray *nans_as_zero(VM *vm, Value av, NdArray **nans) { return nans_replaced(vm, av, 0, nans); }

/* nanmean/nanvar/nanstd of an inexact array: dtype= must be inexact too. */
static int nan_stat_dtype(VM *vm, Value dtype) {
  int dt = dtype_of(vm, dtype);
  if (dt >= 0 && !dt_is_inexact((DType)dt)) vm_raise(vm, &EXC_TypeError, "If a is inexact, then dtype must be inexact");
  return dt;
}

static Value fn_nansum(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "nansum", "!a,|axis,dtype,out,keepdims,initial,where", v);
  NdArray *nans;
  NdArray *c = nans_as_zero(vm, v[0], &nans);
  return do_reduce(vm, UF_add, v_obj(c), v[1], v[2], v[3], v[4], v[5], v[6], "add");
}

/* np.nanprod: np.prod of a with its NaNs as 1. */
static Value fn_nanprod(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "nanprod", "!a,|axis,dtype,out,keepdims,initial,where", v);
  NdArray *nans;
  NdArray *c = nans_replaced(vm, v[0], 1, &nans);
  return do_reduce(vm, UF_multiply, v_obj(c), v[1], v[2], v[3], v[4], v[5], v[6], "multiply");
}

/* np.nanmax / np.nanmin: fmax / fmin reductions, which skip NaNs (an
** all-NaN lane stays NaN). */
static Value nan_extreme(VM *vm, const Args *a, const char *name, UfId id) {
  Value v[6];
  args_parse(vm, a, name, "!a,|axis,out,keepdims,initial,where", v);
  return do_reduce(vm, id, v[0], v[1], v_empty(), v[2], v[3], v[4], v[5], id == UF_fmax ? "fmax" : "fmin");
}

static Value fn_nanmax(VM *vm, Value self, const Args *a) {
  (void)self;
  return nan_extreme(vm, a, "nanmax", UF_fmax);
}

static Value fn_nanmin(VM *vm, Value self, const Args *a) {
  (void)self;
  return nan_extreme(vm, a, "nanmin", UF_fmin);
}

static Value mean_impl(VM *vm, Value av, Value axis, Value dtype, Value outv, Value keepdims);
static void no_stat_where(VM *vm, Value where, const char *fname);

/* np.nanmean: the sum of the non-NaN items over their count (NaN for an
** all-NaN lane); np.mean for a dtype without NaNs. v: a, axis, dtype, out, keepdims. */
static Value nanmean_impl(VM *vm, const Value *v) {
  if (!is_empty(v[3]) && !is_none(v[3]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.nanmean(out=) is not supported");
  NdArray *nans;
  NdArray *c = nans_as_zero(vm, v[0], &nans);
  if (!nans) return mean_impl(vm, v_obj(c), v[1], v[2], v[3], v[4]);
  nan_stat_dtype(vm, v[2]);
  NdArray *keep = uf_as_array(vm, uf_unary(vm, UF_logical_not, v_obj(nans)));
  Value tot = do_reduce(vm, UF_add, v_obj(c), v[1], v[2], v_empty(), v[4], v_empty(), v_empty(), "add");
  Value cnt = do_reduce(vm, UF_add, v_obj(keep), v[1], np_dtype_value(DT_INT64), v_empty(), v[4], v_empty(),
                        v_empty(), "add");
  Value in[2] = {tot, cnt};
  if (is_array(tot)) { /* np.divide(tot, cnt, out=tot, casting='unsafe') */
    uf_call(vm, UF_divide, 2, in, tot, -1, v_empty(), "unsafe");
    return tot;
  }
  /* tot.dtype.type(tot / cnt) */
  NdArray *q = uf_as_array(vm, uf_call(vm, UF_divide, 2, in, v_empty(), -1, v_empty(), NULL));
  DType dt = (DType)uf_as_array(vm, tot)->dtype;
  return arr_return(vm, q->dtype == (int32_t)dt ? q : arr_cast(vm, q, dt));
}

static Value fn_nanmean(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "nanmean", "!a,|axis,dtype,out,keepdims,where", v);
  no_stat_where(vm, v[5], "nanmean");
  return nanmean_impl(vm, v);
}

Value uf_nanmean(VM *vm, Value a, Value axis, Value keepdims) {
  Value v[5] = {a, axis, v_empty(), v_empty(), keepdims};
  return nanmean_impl(vm, v);
}

/* ---- mean / var / std (numpy/core/_methods.py) ------------------------------- */

static int64_t count_reduce_items(NdArray *a, uint64_t mask) {
  int64_t n = 1;
  for (int d = 0; d < a->ndim; d++)
    if (mask & (1ull << d)) n *= a->shape[d];
  return n;
}

/* mean/var/std count their items with normalize_axis_index first, which
** has no 0-d exception for axis 0 or -1. */
static uint64_t stat_axis_mask(VM *vm, Value axis, int ndim) {
  if (ndim == 0 && is_int(axis)) arr_normalize_axis(vm, axis.as.i, ndim);
  return uf_axis_mask(vm, axis, ndim);
}

static Value mean_impl(VM *vm, Value av, Value axis, Value dtype, Value outv, Value keepdims) {
  NdArray *a = uf_as_array(vm, av);
  NdArray *out = out_of(vm, outv);
  uint64_t mask = stat_axis_mask(vm, axis, a->ndim);
  int dt = dtype_of(vm, dtype);
  int64_t rcount = count_reduce_items(a, mask);
  if (dt < 0 && (dt_is_int((DType)a->dtype) || dt_is_bool((DType)a->dtype))) dt = DT_FLOAT64;
  NdArray *r = uf_reduce(vm, UF_add, a, mask, bool_of(vm, keepdims), dt, out, v_empty(), "mean");
  /* ret = true_divide(ret, rcount) in the result's dtype (unsafe casting) */
  NdArray *cnt = arr_new(vm, DT_INT64, 0, NULL);
  *(int64_t *)cnt->data = rcount;
  Value in[2] = {v_obj(r), v_obj(cnt)};
  if (r->ndim == 0 && !out) {
    /* scalar: ret.dtype.type(ret / rcount) */
    Value q = uf_call(vm, UF_divide, 2, in, v_empty(), -1, v_empty(), NULL);
    NdArray *qa = uf_as_array(vm, q);
    if (qa->dtype != r->dtype) qa = arr_cast(vm, qa, (DType)r->dtype);
    return arr_return(vm, qa);
  }
  uf_call(vm, UF_divide, 2, in, v_obj(r), -1, v_empty(), "unsafe");
  return out ? v_obj(out) : arr_return(vm, r);
}

Value uf_mean(VM *vm, Value a, Value axis) {
  return mean_impl(vm, a, axis, v_empty(), v_empty(), v_empty());
}

static Value var_impl(VM *vm, Value av, Value axis, Value dtype, Value outv, Value ddofv,
                      Value keepdims, bool std) {
  NdArray *a = uf_as_array(vm, av);
  NdArray *out = out_of(vm, outv);
  uint64_t mask = stat_axis_mask(vm, axis, a->ndim);
  int dt = dtype_of(vm, dtype);
  int64_t ddof = is_empty(ddofv) ? 0 : v_index(vm, ddofv, "ddof");
  int64_t rcount = count_reduce_items(a, mask);
  int sdt = dt;
  if (dt < 0 && (dt_is_int((DType)a->dtype) || dt_is_bool((DType)a->dtype))) sdt = DT_FLOAT64;
  /* arrmean = umr_sum(arr, axis, dtype, keepdims=True) / rcount */
  NdArray *arrmean = uf_reduce(vm, UF_add, a, mask, true, sdt, NULL, v_empty(), "var");
  NdArray *cnt = arr_new(vm, DT_INT64, 0, NULL);
  *(int64_t *)cnt->data = rcount;
  Value in[2] = {v_obj(arrmean), v_obj(cnt)};
  uf_call(vm, UF_divide, 2, in, v_obj(arrmean), -1, v_empty(), "unsafe");
  /* x = arr - arrmean; x = x * x (or x * conj(x) for complex → real) */
  NdArray *x = uf_binary_arr(vm, UF_subtract, v_obj(a), v_obj(arrmean));
  if (dt_is_complex((DType)x->dtype)) {
    NdArray *c = uf_as_array(vm, uf_unary(vm, UF_conjugate, v_obj(x)));
    NdArray *p = uf_binary_arr(vm, UF_multiply, v_obj(x), v_obj(c));
    /* real part */
    DType rt = dt_real_of((DType)p->dtype);
    int64_t st[ARR_MAXDIMS];
    for (int d = 0; d < p->ndim; d++) st[d] = p->strides[d];
    x = arr_view(vm, p, rt, p->ndim, p->shape, st, p->data);
  } else {
    Value xin[2] = {v_obj(x), v_obj(x)};
    uf_call(vm, UF_multiply, 2, xin, v_obj(x), -1, v_empty(), NULL);
  }
  NdArray *ret = uf_reduce(vm, UF_add, x, mask, bool_of(vm, keepdims), dt, out, v_empty(), "var");
  int64_t rc = rcount - ddof;
  if (rc < 0) rc = 0;
  NdArray *rcn = arr_new(vm, DT_INT64, 0, NULL);
  *(int64_t *)rcn->data = rc;
  Value in2[2] = {v_obj(ret), v_obj(rcn)};
  if (ret->ndim == 0 && !out) {
    Value q = uf_call(vm, UF_divide, 2, in2, v_empty(), -1, v_empty(), NULL);
    NdArray *qa = uf_as_array(vm, q);
    if (qa->dtype != ret->dtype) qa = arr_cast(vm, qa, (DType)ret->dtype);
    if (std) {
      Value s = uf_unary(vm, UF_sqrt, v_obj(qa));
      NdArray *sa = uf_as_array(vm, s);
      if (sa->dtype != ret->dtype) sa = arr_cast(vm, sa, (DType)ret->dtype);
      return arr_return(vm, sa);
    }
    return arr_return(vm, qa);
  }
  uf_call(vm, UF_divide, 2, in2, v_obj(ret), -1, v_empty(), "unsafe");
  /* um.sqrt(ret, out=ret): same_kind, so an integer dtype= is NumPy's
  ** UFuncTypeError here (the 0-d case above casts instead) */
  if (std) uf_call(vm, UF_sqrt, 1, (Value[]){v_obj(ret)}, v_obj(ret), -1, v_empty(), NULL);
  return out ? v_obj(out) : arr_return(vm, ret);
}

/* where= on mean/var/std/nanmean: NumPy counts only the selected items;
** streak has no such count, so it refuses rather than ignore the mask. */
static void no_stat_where(VM *vm, Value where, const char *fname) {
  if (is_empty(where) || (is_bool(where) && where.as.i)) return;
  vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s(where=) is not supported", fname);
}

static Value fn_mean(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "mean", "!a,|axis,dtype,out,keepdims,where", v);
  no_stat_where(vm, v[5], "mean");
  return mean_impl(vm, v[0], v[1], v[2], v[3], v[4]);
}
static Value m_mean(VM *vm, Value self, const Args *a) {
  Value v[5];
  args_parse(vm, a, "mean", "|axis,dtype,out,keepdims,where", v);
  no_stat_where(vm, v[4], "mean");
  return mean_impl(vm, self, v[0], v[1], v[2], v[3]);
}
static Value fn_var(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "var", "!a,|axis,dtype,out,ddof,keepdims,where", v);
  no_stat_where(vm, v[6], "var");
  return var_impl(vm, v[0], v[1], v[2], v[3], v[4], v[5], false);
}
static Value m_var(VM *vm, Value self, const Args *a) {
  Value v[6];
  args_parse(vm, a, "var", "|axis,dtype,out,ddof,keepdims,where", v);
  no_stat_where(vm, v[5], "var");
  return var_impl(vm, self, v[0], v[1], v[2], v[3], v[4], false);
}
static Value fn_std(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "std", "!a,|axis,dtype,out,ddof,keepdims,where", v);
  no_stat_where(vm, v[6], "std");
  return var_impl(vm, v[0], v[1], v[2], v[3], v[4], v[5], true);
}
static Value m_std(VM *vm, Value self, const Args *a) {
  Value v[6];
  args_parse(vm, a, "std", "|axis,dtype,out,ddof,keepdims,where", v);
  no_stat_where(vm, v[5], "std");
  return var_impl(vm, self, v[0], v[1], v[2], v[3], v[4], true);
}

/* ---- nanvar / nanstd (numpy/lib/nanfunctions.py) ------------------------------- */

/* An int64 0-d array or array op b, as NumPy's `cnt - ddof` (ddof may be a float). */
static NdArray *nan_dof(VM *vm, NdArray *cnt, Value ddofv) {
  return uf_binary_arr(vm, UF_subtract, v_obj(cnt), is_empty(ddofv) ? v_int(0) : ddofv);
}

/* nanvar step for step: the NaN-free count and sum (keepdims) give the
** mean, divided in place; arr - mean with the NaNs back at 0, squared
** (times its conjugate, real part, for complex), summed, divided by
** count - ddof; NaN where that is <= 0. np.var when a has no NaNs. */
static Value nanvar_impl(VM *vm, Value av, Value axis, Value dtype, Value outv, Value ddofv,
                         Value keepdims, bool std) {
  NdArray *nans;
  NdArray *arr = nans_as_zero(vm, av, &nans);
  if (!nans) return var_impl(vm, v_obj(arr), axis, dtype, outv, ddofv, keepdims, std);
  const char *fname = std ? "nanstd" : "nanvar";
  int dt = nan_stat_dtype(vm, dtype);
  if (!is_empty(outv) && !is_none(outv)) vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s(out=) is not supported", fname);
  uint64_t mask = uf_axis_mask(vm, axis, arr->ndim);
  NdArray *keep = uf_as_array(vm, uf_unary(vm, UF_logical_not, v_obj(nans)));
  NdArray *cnt = uf_reduce(vm, UF_add, keep, mask, true, DT_INT64, NULL, v_empty(), "add");
  NdArray *avg = uf_reduce(vm, UF_add, arr, mask, true, dt, NULL, v_empty(), "add");
  Value in[2] = {v_obj(avg), v_obj(cnt)};
  uf_call(vm, UF_divide, 2, in, v_obj(avg), -1, v_empty(), "unsafe");
  Value sub[2] = {v_obj(arr), v_obj(avg)};
  uf_call(vm, UF_subtract, 2, sub, v_obj(arr), -1, v_empty(), "unsafe");
  fill_where(vm, arr, nans, v_int(0));
  NdArray *sqr = arr;
  if (dt_is_complex((DType)arr->dtype)) {
    Value m[2] = {v_obj(arr), uf_unary(vm, UF_conjugate, v_obj(arr))};
    uf_call(vm, UF_multiply, 2, m, v_obj(arr), -1, v_empty(), NULL);
    sqr = arr_part_view(vm, arr, false);
  } else {
    Value m[2] = {v_obj(arr), v_obj(arr)};
    uf_call(vm, UF_multiply, 2, m, v_obj(arr), -1, v_empty(), NULL);
  }
  bool kd = bool_of(vm, keepdims);
  NdArray *var = uf_reduce(vm, UF_add, sqr, mask, kd, dt, NULL, v_empty(), "add");
  if (!kd) cnt = uf_reduce(vm, UF_add, keep, mask, false, DT_INT64, NULL, v_empty(), "add");
  NdArray *dof = nan_dof(vm, cnt, ddofv);
  Value q[2] = {v_obj(var), v_obj(dof)};
  uf_call(vm, UF_divide, 2, q, v_obj(var), -1, v_empty(), "unsafe");
  NdArray *bad = uf_binary_arr(vm, UF_less_equal, v_obj(dof), v_int(0));
  if (arr_count_nonzero(DT_BOOL, arr_contiguous(vm, bad, DT_BOOL)->data, bad->size))
    fill_where(vm, var, bad, v_float(NAN));
  if (std) uf_call(vm, UF_sqrt, 1, (Value[]){v_obj(var)}, v_obj(var), -1, v_empty(), NULL);
  return arr_return(vm, var);
}

static Value fn_nanvar(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "nanvar", "!a,|axis,dtype,out,ddof,keepdims,$where", v);
  no_stat_where(vm, v[6], "nanvar");
  return nanvar_impl(vm, v[0], v[1], v[2], v[3], v[4], v[5], false);
}

static Value fn_nanstd(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  args_parse(vm, a, "nanstd", "!a,|axis,dtype,out,ddof,keepdims,$where", v);
  no_stat_where(vm, v[6], "nanstd");
  return nanvar_impl(vm, v[0], v[1], v[2], v[3], v[4], v[5], true);
}

/* ---- argmin / argmax ----------------------------------------------------------- */

/* Index of the first max (min) of n elements at stride; NaN wins (first NaN). */
#define DEF_ARG(T, sfx, ISNAN, LESS)                                                \
  static int64_t argmax_##sfx(const char *p, int64_t s, int64_t n) {                \
    T best = *(const T *)p;                                                         \
    int64_t bi = 0;                                                                 \
    if (ISNAN(best)) return 0;                                                      \
    for (int64_t i = 1; i < n; i++) {                                               \
      T x = *(const T *)(p + i * s);                                                \
      if (ISNAN(x)) return i;                                                       \
      if (LESS(best, x)) best = x, bi = i;                                          \
    }                                                                               \
    return bi;                                                                      \
  }                                                                                 \
  static int64_t argmin_##sfx(const char *p, int64_t s, int64_t n) {                \
    T best = *(const T *)p;                                                         \
    int64_t bi = 0;                                                                 \
    if (ISNAN(best)) return 0;                                                      \
    for (int64_t i = 1; i < n; i++) {                                               \
      T x = *(const T *)(p + i * s);                                                \
      if (ISNAN(x)) return i;                                                       \
      if (LESS(x, best)) best = x, bi = i;                                          \
    }                                                                               \
    return bi;                                                                      \
  }
/* The same over a contiguous run, vectorised: each chunk's max (min) by
** the reduction's loop (rl: NaN if the chunk has one), or by a plain loop
** that gcc vectorises for integers; then, in the first chunk whose max
** beats the ones before (or that has a NaN), the first element equal to
** it (the first NaN). -0.0 == 0.0 there as in the scan's comparisons. */
enum { ARG_CHUNK = 512 };
#define DEF_ARG_RUN(T, sfx, ISNAN)                                                  \
  static int64_t argrun_##sfx(const T *x, int64_t n, bool max, RLoop rl) {          \
    T best = x[0];                                                                  \
    int64_t at = 0;                                                                 \
    if (ISNAN(best)) return 0;                                                      \
    for (int64_t c = 0; c < n; c += ARG_CHUNK) {                                    \
      int64_t e = c + ARG_CHUNK < n ? c + ARG_CHUNK : n;                            \
      T m = x[c];                                                                   \
      if (rl) rl((char *)&m, (const char *)(x + c), sizeof(T), e - c);              \
      else if (max)                                                                 \
        for (int64_t i = c; i < e; i++) m = x[i] > m ? x[i] : m;                    \
      else                                                                          \
        for (int64_t i = c; i < e; i++) m = x[i] < m ? x[i] : m;                    \
      if (ISNAN(m))                                                                 \
        for (int64_t i = c;; i++)                                                   \
          if (ISNAN(x[i])) return i;                                                \
      if (max ? m > best : m < best) best = m, at = c;                              \
    }                                                                               \
    while (!(x[at] == best)) at++;                                                  \
    return at;                                                                      \
  }
#define NONAN(x) ((void)(x), 0)
#define FNAN(x) ((x) != (x))
#define CNAN(x) (isnan(__real__(x)) || isnan(__imag__(x)))
#define LT(a, b) ((a) < (b))
#define CLT2(a, b) (__real__(a) < __real__(b) || (__real__(a) == __real__(b) && __imag__(a) < __imag__(b)))
DEF_ARG(np_bool, b, NONAN, LT)
DEF_ARG(int8_t, i8, NONAN, LT)
DEF_ARG(uint8_t, u8, NONAN, LT)
DEF_ARG(int16_t, i16, NONAN, LT)
DEF_ARG(uint16_t, u16, NONAN, LT)
DEF_ARG(int32_t, i32, NONAN, LT)
DEF_ARG(uint32_t, u32, NONAN, LT)
DEF_ARG(int64_t, i64, NONAN, LT)
DEF_ARG(uint64_t, u64, NONAN, LT)
DEF_ARG(float, f32, FNAN, LT)
DEF_ARG(double, f64, FNAN, LT)
DEF_ARG(np_complex64, c64, CNAN, CLT2)
DEF_ARG(np_complex128, c128, CNAN, CLT2)
DEF_ARG_RUN(int8_t, i8, NONAN)
DEF_ARG_RUN(uint8_t, u8, NONAN)
DEF_ARG_RUN(int16_t, i16, NONAN)
DEF_ARG_RUN(uint16_t, u16, NONAN)
DEF_ARG_RUN(int32_t, i32, NONAN)
DEF_ARG_RUN(uint32_t, u32, NONAN)
DEF_ARG_RUN(int64_t, i64, NONAN)
DEF_ARG_RUN(uint64_t, u64, NONAN)
DEF_ARG_RUN(float, f32, FNAN)
DEF_ARG_RUN(double, f64, FNAN)

/* argmax/argmin of n contiguous elements of dtype dt by the vectorised
** run, or -1 for the dtypes it does not cover (bool, complex). */
static int64_t arg_run(DType dt, const char *p, int64_t n, bool max) {
  RLoop rl = fast_rloop(max ? UF_maximum : UF_minimum, dt);
  switch (dt) {
#define R(D, s, T) case DT_##D: return argrun_##s((const T *)(const void *)p, n, max, rl);
    R(INT8, i8, int8_t) R(UINT8, u8, uint8_t) R(INT16, i16, int16_t) R(UINT16, u16, uint16_t)
    R(INT32, i32, int32_t) R(UINT32, u32, uint32_t) R(INT64, i64, int64_t) R(UINT64, u64, uint64_t)
    R(FLOAT32, f32, float) R(FLOAT64, f64, double)
#undef R
  default: return -1;
  }
}

typedef int64_t (*ArgFn)(const char *p, int64_t s, int64_t n);
static ArgFn arg_fn(DType dt, bool max) {
  static const ArgFn mx[DT__COUNT] = {argmax_b, argmax_i8, argmax_u8, argmax_i16, argmax_u16,
                                      argmax_i32, argmax_u32, argmax_i64, argmax_u64,
                                      argmax_f32, argmax_f64, argmax_c64, argmax_c128};
  static const ArgFn mn[DT__COUNT] = {argmin_b, argmin_i8, argmin_u8, argmin_i16, argmin_u16,
                                      argmin_i32, argmin_u32, argmin_i64, argmin_u64,
                                      argmin_f32, argmin_f64, argmin_c64, argmin_c128};
  return max ? mx[dt] : mn[dt];
}

static Value arg_impl(VM *vm, Value av, Value axis, Value outv, Value keepdims, bool max) {
  NdArray *a = uf_as_array(vm, av);
  NdArray *out = out_of(vm, outv);
  const char *nm = max ? "argmax" : "argmin";
  ArgFn f = arg_fn((DType)a->dtype, max);
  bool kd = bool_of(vm, keepdims);
  bool no_axis = is_empty(axis) || is_none(axis);
  /* a 0-d array has axis 0 (-1) as a 1-d one (NumPy's PyArray_CheckAxis) */
  if (!no_axis && a->ndim == 0) one_axis(vm, axis, 1);
  if (no_axis || a->ndim == 0) {
    if (a->size == 0) vm_raise(vm, &EXC_ValueError, "attempt to get %s of an empty sequence", nm);
    NdArray *c = arr_contiguous(vm, a, -1);
    int64_t idx = arg_run((DType)c->dtype, c->data, c->size, max);
    if (idx < 0) idx = f(c->data, c->itemsize, c->size);
    int64_t shape[ARR_MAXDIMS];
    int nd = 0;
    if (kd)
      for (int d = 0; d < a->ndim; d++) shape[nd++] = 1;
    NdArray *r = arr_new(vm, DT_INT64, nd, shape);
    *(int64_t *)r->data = idx;
    if (out) {
      arr_assign(vm, out, r);
      return v_obj(out);
    }
    return arr_return(vm, r);
  }
  int ax = one_axis(vm, axis, a->ndim);
  int64_t n = a->shape[ax];
  int64_t shape[ARR_MAXDIMS];
  int nd = 0;
  for (int d = 0; d < a->ndim; d++)
    if (d != ax) shape[nd++] = a->shape[d];
  if (n == 0) vm_raise(vm, &EXC_ValueError, "attempt to get %s of an empty sequence", nm);
  NdArray *r = arr_new(vm, DT_INT64, nd, shape);
  /* walk every position of the other axes */
  int64_t idx[ARR_MAXDIMS] = {0};
  int64_t *o = (int64_t *)r->data;
  for (int64_t k = 0; k < r->size; k++) {
    const char *p = a->data;
    for (int d = 0, j = 0; d < a->ndim; d++)
      if (d != ax) p += idx[j++] * a->strides[d];
    o[k] = f(p, a->strides[ax], n);
    for (int j = nd - 1; j >= 0; j--) {
      if (++idx[j] < shape[j]) break;
      idx[j] = 0;
    }
  }
  if (kd) {
    int64_t ks[ARR_MAXDIMS];
    for (int d = 0; d < a->ndim; d++) ks[d] = d == ax ? 1 : a->shape[d];
    r = arr_reshape(vm, r, a->ndim, ks);
  }
  if (out) {
    arr_assign(vm, out, r);
    return v_obj(out);
  }
  return arr_return(vm, r);
}

static Value fn_argmax(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "argmax", "!a,|axis,out,$keepdims", v);
  return arg_impl(vm, v[0], v[1], v[2], v[3], true);
}
static Value fn_argmin(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "argmin", "!a,|axis,out,$keepdims", v);
  return arg_impl(vm, v[0], v[1], v[2], v[3], false);
}
static Value m_argmax(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "argmax", "|axis,out,$keepdims", v);
  return arg_impl(vm, self, v[0], v[1], v[2], true);
}
static Value m_argmin(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "argmin", "|axis,out,$keepdims", v);
  return arg_impl(vm, self, v[0], v[1], v[2], false);
}

/* ---- cumsum / cumprod / ufunc.accumulate ---------------------------------------- */

static Value cum_impl(VM *vm, UfId id, Value av, Value axis, Value dtype, Value outv) {
  NdArray *a = uf_as_array(vm, av);
  NdArray *out = out_of(vm, outv);
  int ax;
  if (a->ndim == 0) { /* a 1-d array for its axis, as PyArray_CheckAxis has it */
    int64_t one = 1;
    a = arr_reshape(vm, a, 1, &one);
  }
  if (is_empty(axis) || is_none(axis)) {
    a = arr_ravel(vm, a);
    ax = 0;
  } else {
    ax = one_axis(vm, axis, a->ndim);
  }
  NdArray *r = accumulate(vm, id, a, ax, dtype_of(vm, dtype), out);
  return v_obj(r);
}

static Value fn_cumsum(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "cumsum", "!a,|axis,dtype,out", v);
  return cum_impl(vm, UF_add, v[0], v[1], v[2], v[3]);
}
static Value fn_cumprod(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "cumprod", "!a,|axis,dtype,out", v);
  return cum_impl(vm, UF_multiply, v[0], v[1], v[2], v[3]);
}
static Value m_cumsum(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "cumsum", "|axis,dtype,out", v);
  return cum_impl(vm, UF_add, self, v[0], v[1], v[2]);
}
static Value m_cumprod(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "cumprod", "|axis,dtype,out", v);
  return cum_impl(vm, UF_multiply, self, v[0], v[1], v[2]);
}

/* Reducing with a comparison takes its (bool, bool) -> bool loop, the only
** one whose output can be fed back in; NumPy casts other inputs to bool for
** it only when dtype=bool asks (the logical_* ufuncs always cast). */
static void need_reducible(VM *vm, UfId id, const NdArray *x, int dtype) {
  switch (id) {
  case UF_equal: case UF_not_equal: case UF_less: case UF_less_equal: case UF_greater:
  case UF_greater_equal:
    if (x->dtype != DT_BOOL && dtype != DT_BOOL)
      vm_raise(vm, &EXC_TypeError,
               "No loop matching the specified signature and casting was found for ufunc %s",
               uf_defs[id].name);
    break;
  default: break;
  }
}

Value uf_reduce_method(VM *vm, UfId id, const Args *a) {
  Value v[7];
  args_parse(vm, a, "reduce", "array,|axis,dtype,out,keepdims,initial,where", v);
  Value axis = is_empty(v[1]) ? v_int(0) : v[1];
  NdArray *x = uf_as_array(vm, v[0]);
  (void)uf_axis_mask(vm, axis, x->ndim); /* NumPy reads the axes before the loop */
  need_reducible(vm, id, x, dtype_of(vm, v[2]));
  if (uf_defs[id].out == UFO_BOOL && x->dtype != DT_BOOL) v[0] = v_obj(arr_cast(vm, x, DT_BOOL));
  return do_reduce(vm, id, v[0], axis, v[2], v[3], v[4], v[5], v[6], uf_defs[id].name);
}

Value uf_accumulate_method(VM *vm, UfId id, const Args *a) {
  Value v[4];
  args_parse(vm, a, "accumulate", "array,|axis,dtype,out", v);
  NdArray *x = uf_as_array(vm, v[0]);
  /* NumPy reads axis as reduce does (None is every axis, a tuple lists
  ** some), then wants exactly one; a 0-d array, which passes axis 0 or -1
  ** as reduce lets it, is refused as a scalar once its axes are read. */
  Value axis = is_empty(v[1]) ? v_int(0) : v[1];
  int axes[ARR_MAXDIMS], naxes = axis_list(vm, axis, x->ndim, axes);
  if (x->ndim == 0) vm_raise(vm, &EXC_TypeError, "cannot accumulate on a scalar");
  if (naxes != 1) vm_raise(vm, &EXC_ValueError, "accumulate does not allow multiple axes");
  int dtype = dtype_of(vm, v[2]);
  need_reducible(vm, id, x, dtype);
  return v_obj(accumulate(vm, id, x, axes[0], dtype, out_of(vm, v[3])));
}

/* ---- registration ------------------------------------------------------------- */

static Value m_abs(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "__abs__", 0, 0);
  return uf_unary(vm, UF_absolute, self);
}

static Value m_conj(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "conjugate", 0, 0);
  return uf_unary(vm, UF_conjugate, self);
}

/* Methods defined in npfunc.c / linalg.c that the ndarray table lists. */
Value np_m_dot(VM *vm, Value self, const Args *a);
Value np_m_round(VM *vm, Value self, const Args *a);
Value np_m_sort(VM *vm, Value self, const Args *a);
Value np_m_argsort(VM *vm, Value self, const Args *a);
Value np_m_nonzero(VM *vm, Value self, const Args *a);
Value np_m_clip(VM *vm, Value self, const Args *a);
Value np_m_ptp(VM *vm, Value self, const Args *a);
Value np_m_searchsorted(VM *vm, Value self, const Args *a);
Value np_m_trace(VM *vm, Value self, const Args *a);
Value np_m_diagonal(VM *vm, Value self, const Args *a);

const MethodDef np_array_methods_ext[] = {
    {"sum", m_sum},         {"prod", m_prod},       {"max", m_max},
    {"min", m_min},         {"all", m_all},         {"any", m_any},
    {"mean", m_mean},       {"var", m_var},         {"std", m_std},
    {"argmax", m_argmax},   {"argmin", m_argmin},   {"cumsum", m_cumsum},
    {"cumprod", m_cumprod}, {"__abs__", m_abs},     {"dot", np_m_dot},
    {"conj", m_conj},       {"conjugate", m_conj},
    {"round", np_m_round},  {"__round__", np_m_round}, {"sort", np_m_sort},
    {"argsort", np_m_argsort}, {"nonzero", np_m_nonzero}, {"clip", np_m_clip},
    {"ptp", np_m_ptp},      {"searchsorted", np_m_searchsorted}, {"trace", np_m_trace},
    {"diagonal", np_m_diagonal},
    {NULL, NULL},
};

void np_register_reduce(VM *vm, Module *np) {
  vmm_init();
#define Y(nm, uid, hd) module_add_func(vm, np, #nm, fn_##nm);
  RED_FUNCS(Y)
#undef Y
  module_add_func(vm, np, "mean", fn_mean);
  module_add_func(vm, np, "var", fn_var);
  module_add_func(vm, np, "std", fn_std);
  module_add_func(vm, np, "argmax", fn_argmax);
  module_add_func(vm, np, "argmin", fn_argmin);
  module_add_func(vm, np, "cumsum", fn_cumsum);
  module_add_func(vm, np, "cumprod", fn_cumprod);
  module_add_func(vm, np, "product", fn_prod);
  module_add_func(vm, np, "alltrue", fn_all);
  module_add_func(vm, np, "sometrue", fn_any);
  module_add_func(vm, np, "nansum", fn_nansum);
  module_add_func(vm, np, "nanprod", fn_nanprod);
  module_add_func(vm, np, "nanvar", fn_nanvar);
  module_add_func(vm, np, "nanstd", fn_nanstd);
  module_add_func(vm, np, "nanmax", fn_nanmax);
  module_add_func(vm, np, "nanmin", fn_nanmin);
  module_add_func(vm, np, "nanmean", fn_nanmean);
}
