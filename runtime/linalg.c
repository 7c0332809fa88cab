/*
** linalg.c — np.dot, np.matmul (the @ operator), np.outer, np.inner, np.vdot,
** np.trace, and the numpy.linalg module (norm).
**
** The oracle's NumPy calls the reference (netlib) BLAS, whose ddot/dgemv/dgemm
** add the products for one output element in index order starting from 0.
** The kernels here do exactly that (i-k-j loop order, so the j loop
** vectorises without reassociating anything), which makes results bit-equal.
*/
#include <math.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "ufunc.h"
#include "vm.h"

/* C[P,M] = A[P,K] @ B[K,M], all C-contiguous of dtype T. A vector result
** column (M == 1: dot of vectors, matrix @ vector) sums in a register, in
** the same order from the same 0: through c's memory every add waited for
** the store before it (np.dot(x, x) at 1e6 took 4x NumPy's time). `bare`:
** the first product starts the sum instead of 0 + it (dot_arrays). */
#define DEF_GEMM(T, sfx, MUL, ADD)                                                  \
  static void gemm_##sfx(const T *a, const T *b, T *c, int64_t P, int64_t K, int64_t M, \
                         bool bare) {                                               \
    if (M == 1) {                                                                   \
      for (int64_t i = 0; i < P; i++) {                                             \
        T acc = bare ? MUL(a[i * K], b[0]) : (T)0;                                  \
        for (int64_t k = bare; k < K; k++) acc = ADD(acc, MUL(a[i * K + k], b[k])); \
        c[i] = acc;                                                                 \
      }                                                                             \
      return;                                                                       \
    }                                                                               \
    for (int64_t i = 0; i < P * M; i++) c[i] = 0;                                   \
    for (int64_t i = 0; i < P; i++) {                                               \
      T *ci = c + i * M;                                                            \
      for (int64_t k = 0; k < K; k++) {                                             \
        const T t = a[i * K + k];                                                   \
        const T *bk = b + k * M;                                                    \
        for (int64_t j = 0; j < M; j++) ci[j] = ADD(ci[j], MUL(t, bk[j]));          \
      }                                                                             \
    }                                                                               \
  }
#define RMUL(x, y) ((x) * (y))
#define UMUL(x, y) ((__typeof__(x))((uint64_t)(x) * (uint64_t)(y)))
#define RADD(x, y) ((x) + (y))
#define UADD(x, y) ((__typeof__(x))((uint64_t)(x) + (uint64_t)(y))) /* ints wrap, as NumPy's do */
static inline np_complex128 zmul(np_complex128 x, np_complex128 y) {
  return __builtin_complex(__real__ x * __real__ y - __imag__ x * __imag__ y,
                           __real__ x * __imag__ y + __imag__ x * __real__ y);
}
static inline np_complex64 cmul(np_complex64 x, np_complex64 y) {
  return __builtin_complex(__real__ x * __real__ y - __imag__ x * __imag__ y,
                           __real__ x * __imag__ y + __imag__ x * __real__ y);
}
DEF_GEMM(double, f64, RMUL, RADD)
DEF_GEMM(float, f32, RMUL, RADD)
DEF_GEMM(int64_t, i64, UMUL, UADD)
DEF_GEMM(uint64_t, u64, UMUL, UADD)
DEF_GEMM(int32_t, i32, UMUL, UADD)
DEF_GEMM(uint32_t, u32, UMUL, UADD)
DEF_GEMM(int16_t, i16, UMUL, UADD)
DEF_GEMM(uint16_t, u16, UMUL, UADD)
DEF_GEMM(int8_t, i8, UMUL, UADD)
DEF_GEMM(uint8_t, u8, UMUL, UADD)
DEF_GEMM(np_complex128, c128, zmul, RADD)
DEF_GEMM(np_complex64, c64, cmul, RADD)

static void gemm_bool(const np_bool *a, const np_bool *b, np_bool *c, int64_t P, int64_t K,
                      int64_t M) { /* no signed zeros: `bare` changes nothing */
  memset(c, 0, (size_t)(P * M));
  for (int64_t i = 0; i < P; i++)
    for (int64_t k = 0; k < K; k++)
      if (a[i * K + k])
        for (int64_t j = 0; j < M; j++) c[i * M + j] |= b[k * M + j];
}

static void gemm(DType dt, const char *a, const char *b, char *c, int64_t P, int64_t K,
                 int64_t M, bool bare) {
  switch (dt) {
  case DT_BOOL: gemm_bool((const np_bool *)a, (const np_bool *)b, (np_bool *)c, P, K, M); break;
#define G(D, T, s) case DT_##D: gemm_##s((const T *)a, (const T *)b, (T *)c, P, K, M, bare); break;
    G(INT8, int8_t, i8) G(UINT8, uint8_t, u8) G(INT16, int16_t, i16) G(UINT16, uint16_t, u16)
    G(INT32, int32_t, i32) G(UINT32, uint32_t, u32) G(INT64, int64_t, i64)
    G(UINT64, uint64_t, u64) G(FLOAT32, float, f32) G(FLOAT64, double, f64)
    G(COMPLEX64, np_complex64, c64) G(COMPLEX128, np_complex128, c128)
#undef G
  default: break;
  }
}

static DType pair_dtype(VM *vm, NdArray *a, NdArray *b) {
  (void)vm;
  return dt_promote((DType)a->dtype, (DType)b->dtype);
}

static _Noreturn void not_aligned(VM *vm, NdArray *a, NdArray *b, int da, int db) {
  StrBuf s = STRBUF_INIT;
  sb_puts(&s, "shapes ");
  uf_shape_repr_compact(&s, a->ndim, a->shape);
  sb_puts(&s, " and ");
  uf_shape_repr_compact(&s, b->ndim, b->shape);
  sb_printf(&s, " not aligned: %lld (dim %d) != %lld (dim %d)", (long long)a->shape[da], da,
            (long long)b->shape[db], db);
  Value m = sb_finish(vm, &s);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(m)->data);
}

/* dot(a, b) where a or b is 0-d: a multiply, but in dot's result type (both
** operands' dtypes, no value-based casting: dot(uint64 0-d, uint32) is
** uint64 where uint64 0-d * uint32 is uint32). For BLAS types with both
** operands of at most 2 dimensions NumPy's cblas_matrixproduct computes
** axpy into a zeroed result unless that has one element: 0 + x*s, so
** -0.0 products come out +0.0. */
static Value dot_scalar(VM *vm, NdArray *a, NdArray *b, DType dt) {
  Value r = uf_binary(vm, UF_multiply, v_obj(arr_cast(vm, a, dt)), v_obj(arr_cast(vm, b, dt)));
  bool axpy = dt_is_inexact(dt) && a->ndim <= 2 && b->ndim <= 2 && a->size * b->size != 1;
  if (!axpy) return r;
  NdArray *zero = arr_new(vm, dt, 0, NULL);
  memset(zero->data, 0, (size_t)dt_size(dt));
  return uf_binary(vm, UF_add, v_obj(zero), r);
}

/* dot(a, b). NumPy multiplies operands of at most 2 dimensions with one
** element each as scalars (cblas_matrixproduct's scalar case: the bare
** product, so -0.0 @ 1.0 is -0.0); `blas_scalar` asks for that rule, which
** vdot's loop does not follow (it sums from 0). */
static Value dot_arrays(VM *vm, Value av, Value bv, bool blas_scalar) {
  NdArray *a = uf_as_array(vm, av), *b = uf_as_array(vm, bv);
  DType dt = pair_dtype(vm, a, b);
  /* a scalar operand is a multiply, but in dot's result type (both
  ** operands' dtypes, no value-based casting: dot(uint64 0-d, uint32) is
  ** uint64 where uint64 0-d * uint32 would be uint32) */
  if (a->ndim == 0 || b->ndim == 0) return dot_scalar(vm, a, b, dt);
  int ka = a->ndim - 1, kb = b->ndim >= 2 ? b->ndim - 2 : 0;
  int64_t K = a->shape[ka];
  if (b->shape[kb] != K) not_aligned(vm, a, b, ka, kb);
  if (a->ndim + b->ndim - 2 > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  /* A2 = a as (P, K); B2 = b with axis kb moved first, as (K, R) */
  NdArray *ac = arr_contiguous(vm, a, dt);
  int64_t P = 1;
  for (int d = 0; d < ka; d++) P *= a->shape[d];
  int perm[ARR_MAXDIMS], np = 0;
  perm[np++] = kb;
  for (int d = 0; d < b->ndim; d++)
    if (d != kb) perm[np++] = d;
  NdArray *bt = arr_contiguous(vm, arr_transpose(vm, b, perm), dt);
  int64_t R = 1;
  for (int d = 0; d < b->ndim; d++)
    if (d != kb) R *= b->shape[d];
  int64_t shape[ARR_MAXDIMS];
  int nd = 0;
  for (int d = 0; d < ka; d++) shape[nd++] = a->shape[d];
  for (int d = 0; d < b->ndim; d++)
    if (d != kb) shape[nd++] = b->shape[d];
  NdArray *r = arr_new(vm, dt, nd, shape);
  bool bare = blas_scalar && P == 1 && K == 1 && R == 1 && a->ndim <= 2 && b->ndim <= 2;
  if (P * R > 0) gemm(dt, ac->data, bt->data, r->data, P, K, R, bare);
  return arr_return(vm, r);
}

Value np_dot(VM *vm, Value av, Value bv) { return dot_arrays(vm, av, bv, true); }

static _Noreturn void matmul_core_error(VM *vm, int op, int dim, int64_t got, int64_t want) {
  vm_raise(vm, &EXC_ValueError,
           "matmul: Input operand %d has a mismatch in its core dimension %d, with gufunc "
           "signature (n?,k),(k,m?)->(n?,m?) (size %lld is different from %lld)",
           op, dim, (long long)got, (long long)want);
}

/* "(2,1,3)->(2,newaxis,newaxis) ": an operand in NumPy's remapped-shapes
** error, its core dimensions shown as newaxis. */
static void remapped_shape(StrBuf *b, const NdArray *x, int ncore) {
  sb_putc(b, '(');
  for (int d = 0; d < x->ndim; d++) sb_printf(b, d ? ",%lld" : "%lld", (long long)x->shape[d]);
  sb_puts(b, ")->(");
  for (int d = 0; d < x->ndim; d++) {
    if (d) sb_putc(b, ',');
    if (d < x->ndim - ncore) sb_printf(b, "%lld", (long long)x->shape[d]);
    else sb_puts(b, "newaxis");
  }
  sb_puts(b, ") ");
}

/* The stack (loop) dimensions of a and b must broadcast; else NumPy's gufunc
** error, which names both operands remapped and the output core shape. */
static void matmul_check_stacks(VM *vm, const NdArray *a, const NdArray *b, int64_t n, int64_t m) {
  int nda = a->ndim - 2, ndb = b->ndim - 2;
  for (int i = 1; i <= nda && i <= ndb; i++) {
    int64_t x = a->shape[nda - i], y = b->shape[ndb - i];
    if (x == y || x == 1 || y == 1) continue;
    StrBuf msg = STRBUF_INIT;
    sb_puts(&msg, "operands could not be broadcast together with remapped shapes "
                  "[original->remapped]: ");
    remapped_shape(&msg, a, 2);
    remapped_shape(&msg, b, 2);
    sb_printf(&msg, " and requested shape (%lld,%lld)", (long long)n, (long long)m);
    vm_raise(vm, &EXC_ValueError, "%s", as_str(sb_finish(vm, &msg))->data);
  }
}

Value np_matmul(VM *vm, Value av, Value bv) {
  NdArray *a = uf_as_array(vm, av), *b = uf_as_array(vm, bv);
  for (int k = 0; k < 2; k++) {
    NdArray *x = k ? b : a;
    if (x->ndim == 0)
      vm_raise(vm, &EXC_ValueError,
               "matmul: Input operand %d does not have enough dimensions (has 0, gufunc core "
               "with signature (n?,k),(k,m?)->(n?,m?) requires 1)",
               k);
  }
  DType dt = pair_dtype(vm, a, b);
  bool a1 = a->ndim == 1, b1 = b->ndim == 1;
  int64_t n = a1 ? 1 : a->shape[a->ndim - 2], ka = a->shape[a->ndim - 1];
  int64_t kb = b1 ? b->shape[0] : b->shape[b->ndim - 2], m = b1 ? 1 : b->shape[b->ndim - 1];
  if (ka != kb) matmul_core_error(vm, 1, 0, kb, ka);
  if (!a1 && !b1) matmul_check_stacks(vm, a, b, n, m);
  /* broadcast the stack dimensions */
  int nda = a1 ? 0 : a->ndim - 2, ndb = b1 ? 0 : b->ndim - 2;
  int ndims[2] = {nda, ndb};
  const int64_t *shapes[2] = {a->shape, b->shape};
  int nds;
  int64_t sshape[ARR_MAXDIMS];
  arr_broadcast_shapes_raw(vm, 2, ndims, shapes, &nds, sshape);
  int64_t nstack = 1;
  for (int d = 0; d < nds; d++) nstack *= sshape[d];
  /* full shapes: stack + (n, k) / (k, m) */
  int64_t fa[ARR_MAXDIMS], fb[ARR_MAXDIMS];
  for (int d = 0; d < nds; d++) fa[d] = fb[d] = sshape[d];
  fa[nds] = n, fa[nds + 1] = ka;
  fb[nds] = kb, fb[nds + 1] = m;
  NdArray *ar = a1 ? arr_reshape(vm, a, 2, (int64_t[]){1, ka}) : a;
  NdArray *br = b1 ? arr_reshape(vm, b, 2, (int64_t[]){kb, 1}) : b;
  NdArray *ab = arr_contiguous(vm, arr_broadcast_to(vm, ar, nds + 2, fa), dt);
  NdArray *bb = arr_contiguous(vm, arr_broadcast_to(vm, br, nds + 2, fb), dt);
  int64_t rs[ARR_MAXDIMS];
  int rnd = 0;
  for (int d = 0; d < nds; d++) rs[rnd++] = sshape[d];
  if (!a1) rs[rnd++] = n;
  if (!b1) rs[rnd++] = m;
  NdArray *r = arr_new(vm, dt, rnd, rs);
  int64_t isz = dt_size(dt);
  if (n * m > 0)
    for (int64_t s = 0; s < nstack; s++)
      gemm(dt, ab->data + s * n * ka * isz, bb->data + s * ka * m * isz, r->data + s * n * m * isz,
           n, ka, m, false);
  return arr_return(vm, r);
}

static Value fn_dot(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "dot", "!a,b,|out", v);
  Value r = np_dot(vm, v[0], v[1]);
  if (!is_empty(v[2]) && !is_none(v[2])) {
    arr_assign(vm, as_array(v[2]), uf_as_array(vm, r));
    return v[2];
  }
  return r;
}

Value np_m_dot(VM *vm, Value self, const Args *a) {
  Value v[2];
  args_parse(vm, a, "dot", "b,|out", v);
  return np_dot(vm, self, v[0]);
}

static Value fn_matmul(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_count(vm, a, "matmul", 2, 2);
  v[0] = a->argv[0], v[1] = a->argv[1];
  Value out = uf_kwarg(vm, a, "out");
  Value r = np_matmul(vm, v[0], v[1]);
  if (!is_empty(out) && !is_none(out)) {
    arr_assign(vm, as_array(out), uf_as_array(vm, r));
    return out;
  }
  return r;
}

static Value fn_outer(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "outer", "!a,b,|out", v);
  NdArray *x = arr_ravel(vm, uf_as_array(vm, v[0])), *y = arr_ravel(vm, uf_as_array(vm, v[1]));
  NdArray *xc = arr_reshape(vm, x, 2, (int64_t[]){x->size, 1});
  NdArray *yr = arr_reshape(vm, y, 2, (int64_t[]){1, y->size});
  Value in[2] = {v_obj(xc), v_obj(yr)};
  return uf_call(vm, UF_multiply, 2, in, v[2], -1, v_empty(), NULL);
}

static Value fn_inner(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "inner", "!a,b", v);
  NdArray *x = uf_as_array(vm, v[0]), *y = uf_as_array(vm, v[1]);
  /* a 0-d operand is a multiply (dot's case), not a contraction */
  if ((x->ndim <= 1 && y->ndim <= 1) || x->ndim == 0 || y->ndim == 0) return np_dot(vm, v[0], v[1]);
  /* inner(a, b) = dot(a, swapaxes(b, -1, -2)) generalised: b's last axis */
  int perm[ARR_MAXDIMS];
  for (int d = 0; d < y->ndim; d++) perm[d] = d;
  if (y->ndim >= 2) {
    perm[y->ndim - 1] = y->ndim - 2;
    perm[y->ndim - 2] = y->ndim - 1;
  }
  return np_dot(vm, v[0], v_obj(arr_transpose(vm, y, perm)));
}

static Value fn_vdot(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "vdot", "!a,b", v);
  NdArray *x = arr_ravel(vm, uf_as_array(vm, v[0])), *y = arr_ravel(vm, uf_as_array(vm, v[1]));
  /* NumPy reshapes b to a's length (PyArray_Ravel of both, then a 1-D view) */
  if (x->size != y->size)
    vm_raise(vm, &EXC_ValueError, "cannot reshape array of size %lld into shape (%lld,)", (long long)y->size,
             (long long)x->size);
  if (dt_is_complex((DType)x->dtype)) x = uf_as_array(vm, uf_unary(vm, UF_conjugate, v_obj(x)));
  return dot_arrays(vm, v_obj(x), v_obj(y), false);
}

/* The offset-th diagonal of axes p and q as NumPy's a.diagonal(offset,
** axis1, axis2): a read-only view with both axes removed and the diagonal
** appended as the last axis (PyArray_Diagonal's checks, in its order). */
static NdArray *diagonal_view(VM *vm, NdArray *x, int64_t k, int64_t ax1, int64_t ax2) {
  if (x->ndim < 2) vm_raise(vm, &EXC_ValueError, "diag requires an array of at least two dimensions");
  int p = arr_normalize_axis_msg(vm, ax1, x->ndim, "axis1");
  int q = arr_normalize_axis_msg(vm, ax2, x->ndim, "axis2");
  if (p == q) vm_raise(vm, &EXC_ValueError, "axis1 and axis2 cannot be the same");
  int64_t rows = x->shape[p], cols = x->shape[q];
  int64_t n = k >= 0 ? (rows < cols - k ? rows : cols - k) : (rows + k < cols ? rows + k : cols);
  if (n < 0) n = 0;
  int64_t shape[ARR_MAXDIMS], st[ARR_MAXDIMS];
  int nd = 0;
  for (int d = 0; d < x->ndim; d++)
    if (d != p && d != q) shape[nd] = x->shape[d], st[nd++] = x->strides[d];
  shape[nd] = n, st[nd++] = x->strides[p] + x->strides[q];
  char *start = x->data + (n == 0 ? 0 : k >= 0 ? k * x->strides[q] : -k * x->strides[p]);
  NdArray *d = arr_view(vm, x, (DType)x->dtype, nd, shape, st, start);
  d->flags &= ~ARR_WRITEABLE;
  return d;
}

/* v[0..2]: offset, axis1, axis2 (empty for the defaults 0, 0, 1). */
static NdArray *diagonal_args(VM *vm, Value av, const Value *v) {
  int64_t k = is_empty(v[0]) ? 0 : v_index(vm, v[0], "offset");
  int64_t p = is_empty(v[1]) ? 0 : v_index(vm, v[1], "axis1");
  int64_t q = is_empty(v[2]) ? 1 : v_index(vm, v[2], "axis2");
  return diagonal_view(vm, uf_as_array(vm, av), k, p, q);
}

static Value fn_diagonal(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "diagonal", "!a,|offset,axis1,axis2", v);
  return v_obj(diagonal_args(vm, v[0], v + 1));
}

Value np_m_diagonal(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "diagonal", "|offset,axis1,axis2", v);
  return v_obj(diagonal_args(vm, self, v));
}

/* The sum of the offset-th diagonal (v[0..4]: offset, axis1, axis2, dtype,
** out; no out here): diagonal(...).sum(-1) as NumPy's PyArray_Trace. */
static Value trace_impl(VM *vm, Value av, const Value *v) {
  if (!is_empty(v[4]) && !is_none(v[4]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: trace() with out= is not supported");
  NdArray *diag = diagonal_args(vm, av, v);
  int dt = is_empty(v[3]) || is_none(v[3]) ? -1 : np_dtype_from_value(vm, v[3]);
  NdArray *r = uf_reduce(vm, UF_add, diag, 1ull << (diag->ndim - 1), false, dt, NULL, v_empty(), "sum");
  return arr_return(vm, r);
}

static Value fn_trace(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "trace", "!a,|offset,axis1,axis2,dtype,out", v);
  return trace_impl(vm, v[0], v + 1);
}

Value np_m_trace(VM *vm, Value self, const Args *a) {
  Value v[5];
  args_parse(vm, a, "trace", "|offset,axis1,axis2,dtype,out", v);
  return trace_impl(vm, self, v);
}

/* ---- numpy.linalg.norm ----------------------------------------------------------------
** NumPy 1.24's norm (numpy/linalg/linalg.py) step for step through the same
** dot, ufuncs and reductions: the default 2-norm is sqrt(x.dot(x)) over the
** items in memory order (ravel order 'K'; the real and imaginary parts'
** dots added for complex), ord=inf/-inf/0/1/p and the matrix norms reduce
** |x| along the axes. The SVD norms (matrix ord 2, -2, 'nuc') are refused. */

typedef struct NormOrd {
  enum { ORD_NONE, ORD_NUM, ORD_STR } kind;
  double num;
  const char *str; /* ORD_STR */
} NormOrd;

static NormOrd norm_ord(VM *vm, Value ord) {
  NormOrd o = {ORD_NONE, 0, NULL};
  if (is_empty(ord) || is_none(ord)) return o;
  if (is_str(ord)) {
    o.kind = ORD_STR;
    o.str = as_str(ord)->data;
    return o;
  }
  o.kind = ORD_NUM;
  arr_store_value(vm, DT_FLOAT64, &o.num, ord); /* a Python or NumPy number */
  return o;
}

static bool ord_is(NormOrd o, double x) { return o.kind == ORD_NUM && o.num == x; }
static bool ord_str(NormOrd o, const char *s) { return o.kind == ORD_STR && strcmp(o.str, s) == 0; }

static Value norm_reduce(VM *vm, UfId id, Value x, uint64_t mask, bool keep) {
  return arr_return(vm, uf_reduce(vm, id, uf_as_array(vm, x), mask, keep, -1, NULL, v_empty(), "reduce"));
}

static Value norm_abs(VM *vm, NdArray *x) { return uf_unary(vm, UF_absolute, v_obj(x)); }

/* (x.conj() * x).real */
static Value norm_sq(VM *vm, NdArray *x) {
  Value p = uf_binary(vm, UF_multiply, uf_unary(vm, UF_conjugate, v_obj(x)), v_obj(x));
  NdArray *pa = uf_as_array(vm, p);
  return v_obj(dt_is_complex((DType)pa->dtype) ? arr_part_view(vm, pa, false) : pa);
}

static Value norm_reshape_ones(VM *vm, Value r, int nd, const int64_t *shape) {
  return v_obj(arr_reshape(vm, arr_copy(vm, uf_as_array(vm, r)), nd, shape));
}

static Value norm_vector(VM *vm, NdArray *x, int axis, NormOrd o, bool keep) {
  uint64_t mask = (uint64_t)1 << axis;
  if (ord_is(o, INFINITY)) return norm_reduce(vm, UF_maximum, norm_abs(vm, x), mask, keep);
  if (ord_is(o, -INFINITY)) return norm_reduce(vm, UF_minimum, norm_abs(vm, x), mask, keep);
  if (ord_is(o, 0)) {
    DType rd = dt_is_complex((DType)x->dtype) ? (x->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64) : (DType)x->dtype;
    Value nz = uf_binary(vm, UF_not_equal, v_obj(x), v_int(0));
    return norm_reduce(vm, UF_add, v_obj(arr_cast(vm, uf_as_array(vm, nz), rd)), mask, keep);
  }
  if (ord_is(o, 1)) return norm_reduce(vm, UF_add, norm_abs(vm, x), mask, keep);
  if (o.kind == ORD_NONE || ord_is(o, 2)) return uf_unary(vm, UF_sqrt, norm_reduce(vm, UF_add, norm_sq(vm, x), mask, keep));
  if (o.kind == ORD_STR) vm_raise(vm, &EXC_ValueError, "Invalid norm order '%s' for vectors", o.str);
  Value absx = norm_abs(vm, x), ordv = v_float(o.num);
  uf_call(vm, UF_power, 2, (Value[]){absx, ordv}, absx, -1, v_empty(), NULL); /* absx **= ord */
  NdArray *ret = uf_reduce(vm, UF_add, uf_as_array(vm, absx), mask, keep, -1, NULL, v_empty(), "reduce");
  Value rec = uf_call(vm, UF_reciprocal, 1, &ordv, v_empty(), ret->dtype, v_empty(), NULL);
  uf_call(vm, UF_power, 2, (Value[]){v_obj(ret), rec}, v_obj(ret), -1, v_empty(), NULL); /* ret **= ... */
  return arr_return(vm, ret);
}

static Value norm_matrix(VM *vm, NdArray *x, int row, int col, NormOrd o, bool keep) {
  int nd = x->ndim;
  if (row == col) vm_raise(vm, &EXC_ValueError, "Duplicate axes given.");
  Value ret;
  if (ord_is(o, 2) || ord_is(o, -2) || ord_str(o, "nuc")) {
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.linalg.norm of a matrix with ord=%s (singular values) is not supported",
             o.kind == ORD_STR ? "'nuc'" : o.num > 0 ? "2" : "-2");
  } else if (ord_is(o, 1) || ord_is(o, -1)) {
    int c = col > row ? col - 1 : col;
    Value s = norm_reduce(vm, UF_add, norm_abs(vm, x), (uint64_t)1 << row, false);
    ret = norm_reduce(vm, o.num > 0 ? UF_maximum : UF_minimum, s, (uint64_t)1 << c, false);
  } else if (ord_is(o, INFINITY) || ord_is(o, -INFINITY)) {
    int r = row > col ? row - 1 : row;
    Value s = norm_reduce(vm, UF_add, norm_abs(vm, x), (uint64_t)1 << col, false);
    ret = norm_reduce(vm, o.num > 0 ? UF_maximum : UF_minimum, s, (uint64_t)1 << r, false);
  } else if (o.kind == ORD_NONE || ord_str(o, "fro") || ord_str(o, "f")) {
    ret = uf_unary(vm, UF_sqrt, norm_reduce(vm, UF_add, norm_sq(vm, x), ((uint64_t)1 << row) | ((uint64_t)1 << col), false));
  } else {
    vm_raise(vm, &EXC_ValueError, "Invalid norm order for matrices.");
  }
  if (!keep) return ret;
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) sh[d] = d == row || d == col ? 1 : x->shape[d];
  return norm_reshape_ones(vm, ret, nd, sh);
}

static Value fn_norm(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "!norm", "x,|ord,axis,keepdims", v);
  NdArray *x = uf_as_array(vm, v[0]);
  if (!dt_is_inexact((DType)x->dtype)) x = arr_cast(vm, x, DT_FLOAT64);
  NormOrd o = norm_ord(vm, v[1]);
  bool keep = !is_empty(v[3]) && v_truthy(vm, v[3]);
  bool no_axis = is_empty(v[2]) || is_none(v[2]);
  int nd = x->ndim;
  if (no_axis && (o.kind == ORD_NONE || ((ord_str(o, "f") || ord_str(o, "fro")) && nd == 2) || (ord_is(o, 2) && nd == 1))) {
    NdArray *flat = arr_ravel(vm, arr_in_order(vm, x, str_from_cstr(vm, "K")));
    Value sq;
    if (dt_is_complex((DType)flat->dtype)) {
      NdArray *re = arr_part_view(vm, flat, false), *im = arr_part_view(vm, flat, true);
      sq = uf_binary(vm, UF_add, np_dot(vm, v_obj(re), v_obj(re)), np_dot(vm, v_obj(im), v_obj(im)));
    } else {
      sq = np_dot(vm, v_obj(flat), v_obj(flat));
    }
    Value r = uf_unary(vm, UF_sqrt, sq);
    if (!keep) return r;
    int64_t ones[ARR_MAXDIMS];
    for (int d = 0; d < nd; d++) ones[d] = 1;
    return norm_reshape_ones(vm, r, nd, ones);
  }
  int axes[ARR_MAXDIMS + 1], naxes = 0;
  if (no_axis) {
    for (int d = 0; d < nd && d <= ARR_MAXDIMS; d++) axes[naxes++] = d;
  } else if (is_tuple(v[2])) {
    Tuple *t = as_tuple(v[2]);
    for (int64_t i = 0; i < t->n && naxes <= ARR_MAXDIMS; i++) axes[naxes++] = (int)v_index(vm, t->items[i], "axis");
  } else {
    if (!num_is_number(v[2]) && !is_npscalar(v[2]))
      vm_raise(vm, &EXC_TypeError, "'axis' must be None, an integer or a tuple of integers");
    double ax; /* int(axis): a float truncates */
    arr_store_value(vm, DT_FLOAT64, &ax, v[2]);
    axes[naxes++] = is_float(v[2]) ? (int)fmax(fmin(trunc(ax), 1 << 30), -(1 << 30)) : (int)v_index(vm, v[2], "axis");
  }
  if (naxes == 1) return norm_vector(vm, x, arr_normalize_axis(vm, axes[0], nd), o, keep);
  if (naxes == 2)
    return norm_matrix(vm, x, arr_normalize_axis(vm, axes[0], nd), arr_normalize_axis(vm, axes[1], nd), o, keep);
  vm_raise(vm, &EXC_ValueError, "Improper number of dimensions to norm.");
}

static void register_numpy_linalg(VM *vm, Module *np) {
  Module *m = module_new(vm, "numpy.linalg");
  module_add_func(vm, m, "norm", fn_norm);
  module_set(vm, np, "linalg", v_obj(m));
  dict_set_str(vm, vm->modules, str_intern_c(vm, "numpy.linalg"), v_obj(m));
}

void np_register_linalg(VM *vm, Module *np) {
  module_add_func(vm, np, "dot", fn_dot);
  module_add_func(vm, np, "matmul", fn_matmul);
  module_add_func(vm, np, "outer", fn_outer);
  module_add_func(vm, np, "inner", fn_inner);
  module_add_func(vm, np, "vdot", fn_vdot);
  module_add_func(vm, np, "trace", fn_trace);
  module_add_func(vm, np, "diagonal", fn_diagonal);
  register_numpy_linalg(vm, np);
}
