/*
** npfunc.c — np.* library functions built on the ufunc engine: joining
** (concatenate/stack/vstack/hstack), sorting (sort/argsort/unique/
** searchsorted), counting (bincount/histogram/count_nonzero/nonzero/where),
** diff, round, clip, isclose/allclose/array_equal, ptp, pad.
**
** Each follows the Python code of NumPy 1.24 (numpy/lib/ and
** numpy/core/numeric.py) step by step where the order of float operations
** shows in the result (histogram's bin edges and indices, round's
** multiply-rint-divide, isclose's tolerance).
*/
#include <math.h>
#include <string.h>

#include "error.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "ufunc.h"
#include "vm.h"

/* ---- helpers ------------------------------------------------------------------ */

static bool given(Value v) { return !is_empty(v) && !is_none(v); }

/* An axis= integer as NumPy reads it: through PyArray_AxisConverter when
** `strict` (concatenate, argsort: a bool is refused), else through
** int() of an index (sort, stack, diff: a bool is an axis, a float is
** "integer argument expected"); other types are never integers. */
static int64_t axis_arg(VM *vm, Value v, bool strict) {
  Value n = v_number(vm, v);
  if (strict && is_bool(n)) vm_raise(vm, &EXC_TypeError, "an integer is required for the axis");
  if (v_is_intlike(n)) return v_index(vm, n, "axis");
  if (is_float(n) && !strict) vm_raise(vm, &EXC_TypeError, "integer argument expected, got float");
  vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
}

/* The items of a list/tuple (or the rows of an array) as arrays, held in a
** GC-managed List so nothing leaks when a later step raises. */
static List *seq_arrays(VM *vm, Value seq, const char *fname) {
  int64_t n;
  if (is_list(seq)) n = as_list(seq)->n;
  else if (is_tuple(seq)) n = as_tuple(seq)->n;
  else if (is_array(seq)) n = as_array(seq)->ndim ? as_array(seq)->shape[0] : 0;
  else vm_raise(vm, &EXC_TypeError, "%s() argument must be a sequence of arrays", fname);
  if (n == 0)
    vm_raise(vm, &EXC_ValueError, "need at least one array to %s",
             strcmp(fname, "stack") ? "concatenate" : "stack");
  List *l = list_new(vm, n);
  for (int64_t i = 0; i < n; i++) {
    Value item = is_list(seq) ? as_list(seq)->items[i]
                 : is_tuple(seq) ? as_tuple(seq)->items[i]
                 : v_getitem(vm, seq, v_int(i));
    list_append(vm, l, v_obj(uf_as_array(vm, item)));
  }
  return l;
}
#define ITEM(l, i) as_array((l)->items[i])

static DType common_dtype(List *l) {
  DType dt = (DType)ITEM(l, 0)->dtype;
  for (int64_t i = 1; i < l->n; i++) dt = dt_promote(dt, (DType)ITEM(l, i)->dtype);
  return dt;
}

/* Concatenates n arrays along axis (all checked). Frees nothing. */
static NdArray *concat(VM *vm, List *l, int axis_in, bool axis_none, int dtype) {
  int n = (int)l->n;
  if (axis_none) {
    for (int i = 0; i < n; i++) l->items[i] = v_obj(arr_ravel(vm, ITEM(l, i)));
    axis_in = 0;
  }
  int nd = ITEM(l, 0)->ndim;
  if (nd == 0) vm_raise(vm, &EXC_ValueError, "zero-dimensional arrays cannot be concatenated");
  int axis = arr_normalize_axis(vm, axis_in, nd);
  int64_t shape[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) shape[d] = ITEM(l, 0)->shape[d];
  shape[axis] = 0;
  for (int i = 0; i < n; i++) {
    NdArray *a = ITEM(l, i);
    if (a->ndim != nd)
      vm_raise(vm, &EXC_ValueError,
               "all the input arrays must have same number of dimensions, but the array at index "
               "0 has %d dimension(s) and the array at index %d has %d dimension(s)",
               nd, i, a->ndim);
    for (int d = 0; d < nd; d++)
      if (d != axis && a->shape[d] != ITEM(l, 0)->shape[d])
        vm_raise(vm, &EXC_ValueError,
                 "all the input array dimensions except for the concatenation axis must match "
                 "exactly, but along dimension %d, the array at index 0 has size %lld and the "
                 "array at index %d has size %lld",
                 d, (long long)ITEM(l, 0)->shape[d], i, (long long)a->shape[d]);
    shape[axis] += a->shape[axis];
  }
  DType dt = dtype >= 0 ? (DType)dtype : common_dtype(l);
  NdArray *r = arr_new_uninit(vm, dt, nd, shape);
  int64_t off = 0;
  for (int i = 0; i < n; i++) {
    int64_t sh[ARR_MAXDIMS];
    for (int d = 0; d < nd; d++) sh[d] = shape[d];
    sh[axis] = ITEM(l, i)->shape[axis];
    NdArray *dst = arr_view(vm, r, dt, nd, sh, r->strides, r->data + off * r->strides[axis]);
    if (ITEM(l, i)->size) arr_assign(vm, dst, ITEM(l, i));
    off += sh[axis];
  }
  return r;
}

static NdArray *expand(VM *vm, NdArray *a, int nd, int at) {
  /* inserts length-1 axes: `at` < 0 means prepend until nd */
  int64_t sh[ARR_MAXDIMS];
  int k = 0;
  if (at < 0) {
    for (int d = 0; d < nd - a->ndim; d++) sh[k++] = 1;
    for (int d = 0; d < a->ndim; d++) sh[k++] = a->shape[d];
    return arr_reshape(vm, a, k, sh);
  }
  for (int d = 0; d < a->ndim; d++) {
    if (d == at) sh[k++] = 1;
    sh[k++] = a->shape[d];
  }
  if (at == a->ndim) sh[k++] = 1;
  return arr_reshape(vm, a, k, sh);
}

static Value np_concatenate(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "concatenate", "!arrays,|axis,out,$dtype,casting", v);
  List *l = seq_arrays(vm, v[0], "concatenate");
  bool none = !is_empty(v[1]) && is_none(v[1]);
  int axis = given(v[1]) ? (int)axis_arg(vm, v[1], true) : 0;
  int dt = given(v[3]) ? np_dtype_from_value(vm, v[3]) : -1;
  NdArray *r = concat(vm, l, axis, none, dt);
  if (given(v[2])) {
    arr_assign(vm, as_array(v[2]), r);
    return v[2];
  }
  return v_obj(r);
}

static Value np_stack(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "stack", "!arrays,|axis,out", v);
  List *l = seq_arrays(vm, v[0], "stack");
  int n = (int)l->n;
  for (int i = 1; i < n; i++) {
    bool same = ITEM(l, i)->ndim == ITEM(l, 0)->ndim;
    for (int d = 0; same && d < ITEM(l, 0)->ndim; d++) same = ITEM(l, i)->shape[d] == ITEM(l, 0)->shape[d];
    if (!same) vm_raise(vm, &EXC_ValueError, "all input arrays must have the same shape");
  }
  int axis = is_empty(v[1]) ? 0 : (int)axis_arg(vm, v[1], false);
  int nd = ITEM(l, 0)->ndim + 1;
  axis = arr_normalize_axis(vm, axis, nd);
  for (int i = 0; i < n; i++) l->items[i] = v_obj(expand(vm, ITEM(l, i), nd, axis));
  NdArray *r = concat(vm, l, axis, false, -1);
  return v_obj(r);
}

static Value np_vstack(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "vstack", "!tup,|$dtype", v);
  List *l = seq_arrays(vm, v[0], "vstack");
  for (int64_t i = 0; i < l->n; i++)
    if (ITEM(l, i)->ndim < 2) l->items[i] = v_obj(expand(vm, ITEM(l, i), 2, -1));
  NdArray *r = concat(vm, l, 0, false, given(v[1]) ? np_dtype_from_value(vm, v[1]) : -1);
  return v_obj(r);
}

static Value np_hstack(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "hstack", "!tup,|$dtype", v);
  List *l = seq_arrays(vm, v[0], "hstack");
  for (int64_t i = 0; i < l->n; i++)
    if (ITEM(l, i)->ndim < 1) l->items[i] = v_obj(expand(vm, ITEM(l, i), 1, -1));
  int axis = ITEM(l, 0)->ndim == 1 ? 0 : 1;
  NdArray *r = concat(vm, l, axis, false, given(v[1]) ? np_dtype_from_value(vm, v[1]) : -1);
  return v_obj(r);
}

static Value np_column_stack(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[1];
  args_parse(vm, a, "column_stack", "!tup", v);
  List *l = seq_arrays(vm, v[0], "column_stack");
  for (int64_t i = 0; i < l->n; i++)
    if (ITEM(l, i)->ndim < 2) {
      NdArray *x = ITEM(l, i)->ndim == 0 ? expand(vm, ITEM(l, i), 1, -1) : ITEM(l, i);
      l->items[i] = v_obj(expand(vm, x, 2, 1));
    }
  NdArray *r = concat(vm, l, 1, false, -1);
  return v_obj(r);
}

/* ---- element comparison (sort order: NaN last; complex lexicographic) ------- */

#define SLT(a, b) ((a) < (b))
#define FSLT(a, b) ((a) < (b) || ((b) != (b) && (a) == (a)))
/* NumPy's complex order puts the NaN-bearing values last by kind, each kind
** in order: R + Rj, then R + nanj, nan + Rj, nan + nanj. Within a kind the
** NaN parts compare as ties, so plain lexicographic < does the rest. */
#define CPLX_KIND(z) (2 * (__real__(z) != __real__(z)) + (__imag__(z) != __imag__(z)))
#define CSLT(a, b)                                                                  \
  (CPLX_KIND(a) != CPLX_KIND(b) ? CPLX_KIND(a) < CPLX_KIND(b)                       \
   : __real__(a) < __real__(b) || (!(__real__(a) > __real__(b)) && __imag__(a) < __imag__(b)))

/* Stable merge sort of n elements (and/or of indices keyed by them). */
#define DEF_SORT(T, sfx, LT)                                                        \
  static void msort_##sfx(T *a, T *tmp, int64_t n) {                                \
    if (n < 16) {                                                                   \
      for (int64_t i = 1; i < n; i++) {                                             \
        T x = a[i];                                                                 \
        int64_t j = i;                                                              \
        while (j > 0 && LT(x, a[j - 1])) { a[j] = a[j - 1]; j--; }                  \
        a[j] = x;                                                                   \
      }                                                                             \
      return;                                                                       \
    }                                                                               \
    int64_t h = n / 2;                                                              \
    msort_##sfx(a, tmp, h);                                                         \
    msort_##sfx(a + h, tmp, n - h);                                                 \
    if (!LT(a[h], a[h - 1])) return;                                                \
    memcpy(tmp, a, (size_t)h * sizeof(T));                                          \
    int64_t i = 0, j = h, k = 0;                                                    \
    while (i < h && j < n) a[k++] = LT(a[j], tmp[i]) ? a[j++] : tmp[i++];           \
    while (i < h) a[k++] = tmp[i++];                                                \
  }                                                                                 \
  static void margsort_##sfx(const T *v, int64_t *a, int64_t *tmp, int64_t n) {     \
    if (n < 16) {                                                                   \
      for (int64_t i = 1; i < n; i++) {                                             \
        int64_t x = a[i];                                                           \
        int64_t j = i;                                                              \
        while (j > 0 && LT(v[x], v[a[j - 1]])) { a[j] = a[j - 1]; j--; }            \
        a[j] = x;                                                                   \
      }                                                                             \
      return;                                                                       \
    }                                                                               \
    int64_t h = n / 2;                                                              \
    margsort_##sfx(v, a, tmp, h);                                                   \
    margsort_##sfx(v, a + h, tmp, n - h);                                           \
    memcpy(tmp, a, (size_t)h * sizeof(int64_t));                                    \
    int64_t i = 0, j = h, k = 0;                                                    \
    while (i < h && j < n) a[k++] = LT(v[a[j]], v[tmp[i]]) ? a[j++] : tmp[i++];     \
    while (i < h) a[k++] = tmp[i++];                                                \
  }                                                                                 \
  static int64_t bsearch_##sfx(const T *a, int64_t n, T key, bool right) {          \
    int64_t lo = 0, hi = n;                                                         \
    while (lo < hi) {                                                               \
      int64_t mid = lo + (hi - lo) / 2;                                             \
      if (right ? !LT(key, a[mid]) : LT(a[mid], key)) lo = mid + 1;                 \
      else hi = mid;                                                                \
    }                                                                               \
    return lo;                                                                      \
  }

/* ---- NumPy's unstable sorts (kind='quicksort', the default, and 'heapsort') --
** Their order of ties shows (argsort indices; -0.0 against 0.0 in sort), so
** these take NumPy 1.24's steps: an introsort whose partition orders first,
** middle and last element, parks the middle one (the pivot) at pr - 1 and
** scans from both ends stopping at elements equal to it; the larger part is
** pushed and the smaller one continued; parts of at most QS_SMALL + 1
** elements are finished by insertion sort, and a part popped once its depth
** budget (2 floor(log2 n), one per partition above it) is spent is
** heap-sorted. One macro serves sort (E is T, KEY(v, e) is e) and argsort
** (E is an int64 index, KEY(v, e) is v[e]). */
#define QS_SMALL 15
#define QS_STACK 128 /* > 2 log2(n): the part continued at least halves */
#define VKEY(v, e) (e)
#define IKEY(v, e) ((v)[e])
#define QS_SWAP(E, x, y) do { E t_ = (x); (x) = (y); (y) = t_; } while (0)

static int qs_depth_budget(int64_t n) {
  int msb = 0;
  while (n >>= 1) msb++;
  return 2 * msb;
}

#define DEF_UNSTABLE_SORT(T, sfx, E, KEY, LT)                                       \
  /* h is 1-based: place x at heap slot i, sifting down through h[1..n] */         \
  static void sift_##sfx(const T *v, E *h, int64_t i, int64_t n, E x) {             \
    (void)v;                                                                        \
    for (int64_t j = 2 * i; j <= n; i = j, j = 2 * i) {                             \
      if (j < n && LT(KEY(v, h[j]), KEY(v, h[j + 1]))) j++;                          \
      if (!LT(KEY(v, x), KEY(v, h[j]))) break;                                       \
      h[i] = h[j];                                                                  \
    }                                                                               \
    h[i] = x;                                                                       \
  }                                                                                 \
  static void hsort_##sfx(const T *v, E *a, int64_t n) {                            \
    E *h = a - 1;                                                                   \
    for (int64_t i = n / 2; i > 0; i--) sift_##sfx(v, h, i, n, h[i]);               \
    while (n > 1) {                                                                 \
      E x = h[n];                                                                   \
      h[n] = h[1];                                                                  \
      sift_##sfx(v, h, 1, --n, x);                                                  \
    }                                                                               \
  }                                                                                 \
  static void isort_##sfx(const T *v, E *a, int64_t pl, int64_t pr) {               \
    (void)v;                                                                        \
    for (int64_t i = pl + 1; i <= pr; i++) {                                        \
      E x = a[i];                                                                   \
      T xv = KEY(v, x);                                                             \
      int64_t j = i;                                                                \
      for (; j > pl && LT(xv, KEY(v, a[j - 1])); j--) a[j] = a[j - 1];              \
      a[j] = x;                                                                     \
    }                                                                               \
  }                                                                                 \
  /* partitions a[pl..pr] (more than QS_SMALL + 1 elements); returns the         \
  ** pivot's final place */                                                        \
  static int64_t part_##sfx(const T *v, E *a, int64_t pl, int64_t pr) {             \
    (void)v;                                                                        \
    int64_t pm = pl + ((pr - pl) >> 1);                                             \
    if (LT(KEY(v, a[pm]), KEY(v, a[pl]))) QS_SWAP(E, a[pm], a[pl]);                  \
    if (LT(KEY(v, a[pr]), KEY(v, a[pm]))) QS_SWAP(E, a[pr], a[pm]);                  \
    if (LT(KEY(v, a[pm]), KEY(v, a[pl]))) QS_SWAP(E, a[pm], a[pl]);                  \
    T pivot = KEY(v, a[pm]);                                                        \
    int64_t pi = pl, pj = pr - 1;                                                   \
    QS_SWAP(E, a[pm], a[pj]);                                                       \
    for (;;) { /* a[pl] <= pivot and a[pr - 1] == pivot bound both scans */      \
      do pi++; while (LT(KEY(v, a[pi]), pivot));                                    \
      do pj--; while (LT(pivot, KEY(v, a[pj])));                                    \
      if (pi >= pj) break;                                                          \
      QS_SWAP(E, a[pi], a[pj]);                                                     \
    }                                                                               \
    QS_SWAP(E, a[pi], a[pr - 1]);                                                   \
    return pi;                                                                      \
  }                                                                                 \
  static void qsort_##sfx(const T *v, E *a, int64_t n) {                            \
    int64_t stack[QS_STACK][2], pl = 0, pr = n - 1;                                 \
    int depth[QS_STACK], sp = 0, budget = qs_depth_budget(n);                       \
    for (;;) {                                                                      \
      if (budget < 0) {                                                             \
        hsort_##sfx(v, a + pl, pr - pl + 1);                                        \
      } else {                                                                      \
        while (pr - pl > QS_SMALL) {                                                \
          int64_t pi = part_##sfx(v, a, pl, pr);                                    \
          if (pi - pl < pr - pi) {                                                  \
            stack[sp][0] = pi + 1, stack[sp][1] = pr, pr = pi - 1;                  \
          } else {                                                                  \
            stack[sp][0] = pl, stack[sp][1] = pi - 1, pl = pi + 1;                  \
          }                                                                         \
          depth[sp++] = --budget;                                                   \
        }                                                                           \
        isort_##sfx(v, a, pl, pr);                                                  \
      }                                                                             \
      if (sp == 0) return;                                                          \
      sp--;                                                                         \
      pl = stack[sp][0], pr = stack[sp][1], budget = depth[sp];                     \
    }                                                                               \
  }

#define SORT_TYPES(Y)                                                               \
  Y(BOOL, np_bool, b, SLT) Y(INT8, int8_t, i8, SLT) Y(UINT8, uint8_t, u8, SLT)      \
  Y(INT16, int16_t, i16, SLT) Y(UINT16, uint16_t, u16, SLT)                         \
  Y(INT32, int32_t, i32, SLT) Y(UINT32, uint32_t, u32, SLT)                         \
  Y(INT64, int64_t, i64, SLT) Y(UINT64, uint64_t, u64, SLT)                         \
  Y(FLOAT32, float, f32, FSLT) Y(FLOAT64, double, f64, FSLT)                        \
  Y(COMPLEX64, np_complex64, c64, CSLT) Y(COMPLEX128, np_complex128, c128, CSLT)

#define Y(D, T, s, LT)                                                              \
  DEF_SORT(T, s, LT)                                                                \
  DEF_UNSTABLE_SORT(T, v##s, T, VKEY, LT)                                           \
  DEF_UNSTABLE_SORT(T, a##s, int64_t, IKEY, LT)
SORT_TYPES(Y)
#undef Y

/* np.sort's kind=: NumPy reads only the first letter, in either case. */
typedef enum { SORT_QUICK, SORT_HEAP, SORT_STABLE } SortKind;

static SortKind sort_kind(VM *vm, Value kind) {
  if (!given(kind)) return SORT_QUICK;
  if (!is_str(kind)) vm_raise(vm, &EXC_TypeError, "sort kind must be str, not %s", v_typename(kind));
  switch (as_str(kind)->data[0]) {
  case 'q': case 'Q': return SORT_QUICK;
  case 'h': case 'H': return SORT_HEAP;
  case 'm': case 'M': case 's': case 'S': return SORT_STABLE;
  default:
    vm_raise(vm, &EXC_ValueError, "sort kind must be one of 'quick', 'heap', or 'stable' (got %s)",
             as_str(v_repr(vm, kind))->data);
  }
}

static void sort_buf(DType dt, SortKind kind, char *buf, char *tmp, int64_t n) {
  switch (dt) {
#define Y(D, T, s, LT)                                                              \
  case DT_##D:                                                                      \
    if (kind == SORT_STABLE) msort_##s((T *)buf, (T *)tmp, n);                      \
    else if (kind == SORT_HEAP) hsort_v##s(NULL, (T *)buf, n);                      \
    else qsort_v##s(NULL, (T *)buf, n);                                             \
    break;
    SORT_TYPES(Y)
#undef Y
  default: break;
  }
}

static void argsort_buf(DType dt, SortKind kind, const char *vals, int64_t *idx, int64_t *tmp,
                        int64_t n) {
  for (int64_t i = 0; i < n; i++) idx[i] = i;
  switch (dt) {
#define Y(D, T, s, LT)                                                              \
  case DT_##D:                                                                      \
    if (kind == SORT_STABLE) margsort_##s((const T *)vals, idx, tmp, n);            \
    else if (kind == SORT_HEAP) hsort_a##s((const T *)vals, idx, n);                \
    else qsort_a##s((const T *)vals, idx, n);                                       \
    break;
    SORT_TYPES(Y)
#undef Y
  default: break;
  }
}

static int64_t search_buf(DType dt, const char *sorted, int64_t n, const char *key, bool right) {
  switch (dt) {
#define Y(D, T, s, LT) case DT_##D: return bsearch_##s((const T *)sorted, n, *(const T *)key, right);
    SORT_TYPES(Y)
#undef Y
  default: return 0;
  }
}

/* Applies fn to every 1-D lane of `a` along axis, through a contiguous copy.
** Sorts values in place, or with r (int64) writes argsort indices there. */
static void lanes(VM *vm, NdArray *a, int axis, SortKind kind, NdArray *r) {
  int64_t n = a->shape[axis], isz = a->itemsize;
  if (n == 0 || a->size == 0) return;
  int64_t outer = a->size / n;
  /* values, scratch, then the int64 index arrays at an 8-aligned offset */
  int64_t idx_off = (n * isz * 2 + 7) & ~(int64_t)7;
  char *buf = gc_realloc(vm, NULL, 0, (size_t)(idx_off + n * 16));
  char *tmp = buf + n * isz;
  int64_t *idx = (int64_t *)(buf + idx_off), *itmp = idx + n;
  int64_t pos[ARR_MAXDIMS] = {0};
  for (int64_t o = 0; o < outer; o++) {
    char *p = a->data;
    char *q = r ? r->data : NULL;
    for (int d = 0, j = 0; d < a->ndim; d++) {
      if (d == axis) continue;
      p += pos[j] * a->strides[d];
      if (q) q += pos[j] * r->strides[d];
      j++;
    }
    for (int64_t i = 0; i < n; i++) memcpy(buf + i * isz, p + i * a->strides[axis], (size_t)isz);
    if (!r) {
      sort_buf((DType)a->dtype, kind, buf, tmp, n);
      for (int64_t i = 0; i < n; i++) memcpy(p + i * a->strides[axis], buf + i * isz, (size_t)isz);
    } else {
      argsort_buf((DType)a->dtype, kind, buf, idx, itmp, n);
      for (int64_t i = 0; i < n; i++) *(int64_t *)(q + i * r->strides[axis]) = idx[i];
    }
    for (int j = a->ndim - 2; j >= 0; j--) {
      int d = j >= axis ? j + 1 : j;
      if (++pos[j] < a->shape[d]) break;
      pos[j] = 0;
    }
  }
  gc_realloc(vm, buf, (size_t)(idx_off + n * 16), 0);
}

/* The lane axis of np.sort / np.argsort (axis None: a flat copy). A 0-d
** array has no axis to sort (AxisError), but argsort takes it as 1-D, as
** NumPy's PyArray_ArgSort does (argsort_0d). */
static int sort_axis(VM *vm, Value axis, NdArray **a, bool strict, bool argsort_0d) {
  if (!is_empty(axis) && is_none(axis)) {
    *a = arr_copy(vm, arr_ravel(vm, *a));
    return 0;
  }
  int64_t ax = is_empty(axis) ? -1 : axis_arg(vm, axis, strict);
  if ((*a)->ndim == 0 && argsort_0d) *a = arr_ravel(vm, *a);
  return arr_normalize_axis(vm, ax, (*a)->ndim);
}

static Value np_sort(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "sort", "!a,|axis,kind,order", v);
  NdArray *x = uf_as_array(vm, v[0]);
  bool none = !is_empty(v[1]) && is_none(v[1]);
  int axis = sort_axis(vm, v[1], &x, false, false);
  SortKind kind = sort_kind(vm, v[2]);
  if (!none) x = arr_copy(vm, x);
  lanes(vm, x, axis, kind, NULL);
  return v_obj(x);
}

Value np_m_sort(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "sort", "|axis,kind,order", v);
  NdArray *x = as_array(self);
  if (!(x->flags & ARR_WRITEABLE)) vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
  int axis = arr_normalize_axis(vm, is_empty(v[0]) ? -1 : axis_arg(vm, v[0], false), x->ndim);
  lanes(vm, x, axis, sort_kind(vm, v[1]), NULL);
  return v_none();
}

static Value argsort_impl(VM *vm, Value av, Value axisv, Value kindv) {
  NdArray *x = uf_as_array(vm, av);
  int axis = sort_axis(vm, axisv, &x, true, true);
  SortKind kind = sort_kind(vm, kindv);
  NdArray *r = arr_new(vm, DT_INT64, x->ndim, x->shape);
  lanes(vm, x, axis, kind, r);
  return v_obj(r);
}

static Value np_argsort(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "argsort", "!a,|axis,kind,order", v);
  return argsort_impl(vm, v[0], v[1], v[2]);
}

Value np_m_argsort(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "argsort", "|axis,kind,order", v);
  return argsort_impl(vm, self, v[0], v[1]);
}

/* ---- append, roll, repeat, tile ------------------------------------------------------ */

/* np.append(arr, values, axis=None): both raveled and joined, or
** concatenated along axis. */
static Value np_append(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "append", "!arr,values,|axis", v);
  List *l = list_new(vm, 2);
  list_append(vm, l, v_obj(uf_as_array(vm, v[0])));
  list_append(vm, l, v_obj(uf_as_array(vm, v[1])));
  bool none = !given(v[2]);
  return v_obj(concat(vm, l, none ? 0 : (int)v_index(vm, v[2], "axis"), none, -1));
}

/* A view of a's items [from, from + len) along axis. */
static NdArray *axis_range(VM *vm, NdArray *a, int axis, int64_t from, int64_t len) {
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < a->ndim; d++) sh[d] = a->shape[d];
  sh[axis] = len;
  return arr_view(vm, a, (DType)a->dtype, a->ndim, sh, a->strides,
                  a->data + (len ? from * a->strides[axis] : 0));
}

/* x rolled by s along axis into a new array. */
static NdArray *roll_axis(VM *vm, NdArray *x, int axis, int64_t s) {
  NdArray *r = arr_new_uninit(vm, (DType)x->dtype, x->ndim, x->shape);
  int64_t n = x->shape[axis];
  if (r->size == 0) return r;
  s = ((s % n) + n) % n;
  arr_assign(vm, axis_range(vm, r, axis, s, n - s), axis_range(vm, x, axis, 0, n - s));
  arr_assign(vm, axis_range(vm, r, axis, 0, s), axis_range(vm, x, axis, n - s, s));
  return r;
}

/* np.roll(a, shift, axis=None): shifts and axes (ints or sequences)
** broadcast together, shifts of one axis add up; no axis rolls the raveled
** array and restores the shape. */
static Value np_roll(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "roll", "!a,shift,|axis", v);
  NdArray *x = uf_as_array(vm, v[0]);
  int64_t shifts[ARR_MAXDIMS], axes[ARR_MAXDIMS];
  int ns = arr_parse_shape(vm, v[1], shifts), na = 1;
  bool none = !given(v[2]);
  NdArray *src = none ? arr_ravel(vm, x) : x;
  if (none) axes[0] = 0;
  else na = arr_parse_shape(vm, v[2], axes);
  if (ns != na && ns != 1 && na != 1)
    vm_raise(vm, &EXC_ValueError, "shape mismatch: objects cannot be broadcast to a single shape");
  int64_t total[ARR_MAXDIMS] = {0};
  for (int i = 0; i < (ns > na ? ns : na); i++)
    total[arr_normalize_axis(vm, axes[na == 1 ? 0 : i], src->ndim)] += shifts[ns == 1 ? 0 : i];
  NdArray *r = arr_copy(vm, src);
  for (int d = 0; d < src->ndim; d++)
    if (total[d] && src->shape[d]) r = roll_axis(vm, r, d, total[d]);
  return v_obj(none ? arr_reshape(vm, r, x->ndim, x->shape) : r);
}

/* np.repeat(a, repeats, axis=None): each item along axis (of the raveled
** array without one) repeated; repeats an int or one count per item. */
static Value np_repeat(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "repeat", "!a,repeats,|axis", v);
  NdArray *x = uf_as_array(vm, v[0]);
  bool none = !given(v[2]);
  if (none) x = arr_ravel(vm, x);
  int axis = none ? 0 : arr_normalize_axis(vm, v_index(vm, v[2], "axis"), x->ndim);
  NdArray *reps = arr_contiguous(vm, uf_as_array_dt(vm, v[1], DT_INT64), DT_INT64);
  int64_t n = x->shape[axis], nr = reps->size, total = 0;
  if (reps->ndim > 1 || (nr != 1 && nr != n))
    vm_raise(vm, &EXC_ValueError, "operands could not be broadcast together with shape (%lld,) (%lld,)",
             (long long)n, (long long)nr);
  const int64_t *rp = (const int64_t *)reps->data;
  for (int64_t i = 0; i < n; i++) {
    if (rp[nr == 1 ? 0 : i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
    total += rp[nr == 1 ? 0 : i];
  }
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < x->ndim; d++) sh[d] = x->shape[d];
  sh[axis] = total;
  NdArray *r = arr_new_uninit(vm, (DType)x->dtype, x->ndim, sh);
  if (r->size == 0) return v_obj(r);
  for (int64_t i = 0, at = 0; i < n; i++) {
    int64_t k = rp[nr == 1 ? 0 : i];
    /* item i broadcast over its k copies (a 0-stride axis) */
    int64_t ish[ARR_MAXDIMS], ist[ARR_MAXDIMS];
    for (int d = 0; d < x->ndim; d++) ish[d] = x->shape[d], ist[d] = x->strides[d];
    ish[axis] = k, ist[axis] = 0;
    NdArray *item = arr_view(vm, x, (DType)x->dtype, x->ndim, ish, ist, x->data + i * x->strides[axis]);
    arr_assign(vm, axis_range(vm, r, axis, at, k), item);
    at += k;
  }
  return v_obj(r);
}

/* np.tile(A, reps): A (given at least len(reps) dims) broadcast over a
** leading copy axis per dim, then merged: shape s * t per dim. */
static Value np_tile(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "tile", "!A,reps", v);
  NdArray *x = uf_as_array(vm, v[0]);
  int64_t reps[ARR_MAXDIMS];
  int nreps = arr_parse_shape(vm, v[1], reps);
  int nd = nreps > x->ndim ? nreps : x->ndim;
  if (2 * nd > ARR_MAXDIMS) vm_raise(vm, &EXC_NotImplementedError, "streak: np.tile beyond 16 dims");
  int64_t wide[ARR_MAXDIMS], wst[ARR_MAXDIMS], out[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) {
    int xd = d - (nd - x->ndim), rd = d - (nd - nreps);
    int64_t s = xd >= 0 ? x->shape[xd] : 1, t = rd >= 0 ? reps[rd] : 1;
    if (t < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
    wide[2 * d] = t, wst[2 * d] = 0;
    wide[2 * d + 1] = s, wst[2 * d + 1] = xd >= 0 ? x->strides[xd] : 0;
    out[d] = s * t;
  }
  NdArray *r = arr_new_uninit(vm, (DType)x->dtype, 2 * nd, wide);
  if (r->size) arr_assign(vm, r, arr_view(vm, x, (DType)x->dtype, 2 * nd, wide, wst, x->data));
  return v_obj(arr_reshape(vm, r, nd, out));
}

/* ---- meshgrid, diag ------------------------------------------------------------------ */

/* np.meshgrid(*xi, indexing='xy', sparse=False, copy=True): a list of
** arrays, the i-th holding raveled xi along its own axis (axes 0 and 1
** swapped for 'xy'), broadcast to the full grid unless sparse. */
static Value np_meshgrid(VM *vm, Value self, const Args *a) {
  (void)self;
  for (int i = 0; i < a->nkw; i++) {
    const char *k = as_str(a->kwnames[i])->data;
    if (strcmp(k, "indexing") && strcmp(k, "sparse") && strcmp(k, "copy"))
      vm_raise(vm, &EXC_TypeError, "meshgrid() got an unexpected keyword argument '%s'", k);
  }
  Value ix = uf_kwarg(vm, a, "indexing"), sp = uf_kwarg(vm, a, "sparse");
  bool xy = true;
  if (given(ix)) {
    if (!is_str(ix) || (strcmp(as_str(ix)->data, "xy") && strcmp(as_str(ix)->data, "ij")))
      vm_raise(vm, &EXC_ValueError, "Valid values for `indexing` are 'xy' and 'ij'.");
    xy = !strcmp(as_str(ix)->data, "xy");
  }
  bool sparse = given(sp) && v_truthy(vm, sp);
  int n = a->argc;
  if (n > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "streak: meshgrid of more than %d arrays", ARR_MAXDIMS);
  List *out = list_new(vm, n);
  gc_push_root(vm, v_obj(out));
  int64_t full[ARR_MAXDIMS];
  NdArray *flat[ARR_MAXDIMS];
  int axis_of[ARR_MAXDIMS];
  for (int i = 0; i < n; i++) {
    flat[i] = arr_ravel(vm, uf_as_array(vm, a->argv[i]));
    list_append(vm, out, v_obj(flat[i])); /* keeps it alive; replaced below */
    axis_of[i] = xy && n > 1 && i < 2 ? 1 - i : i;
    full[axis_of[i]] = flat[i]->size;
  }
  for (int i = 0; i < n; i++) {
    int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
    for (int d = 0; d < n; d++) {
      bool own = d == axis_of[i];
      sh[d] = own ? full[d] : sparse ? 1 : full[d];
      st[d] = own ? flat[i]->strides[0] : 0;
    }
    out->items[i] = v_obj(arr_copy(vm, arr_view(vm, flat[i], (DType)flat[i]->dtype, n, sh, st, flat[i]->data)));
  }
  gc_pop_roots(vm, 1);
  return v_obj(out);
}

/* np.diag(v, k=0): a 1-D v on the k-th diagonal of a square 2-D array, or
** the k-th diagonal of a 2-D v (NumPy's read-only view). */
static Value np_diag(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "diag", "!v,|k", v);
  NdArray *x = uf_as_array(vm, v[0]);
  int64_t k = given(v[1]) ? v_index(vm, v[1], "k") : 0;
  if (x->ndim == 1) {
    int64_t m = x->shape[0] + (k < 0 ? -k : k), sh[2] = {m, m};
    NdArray *r = arr_new(vm, (DType)x->dtype, 2, sh);
    int64_t st = r->strides[0] + r->strides[1];
    char *start = r->data + (k >= 0 ? k * r->strides[1] : -k * r->strides[0]);
    arr_assign(vm, arr_view(vm, r, (DType)x->dtype, 1, x->shape, &st, start), x);
    return v_obj(r);
  }
  if (x->ndim != 2) vm_raise(vm, &EXC_ValueError, "Input must be 1- or 2-d.");
  int64_t rows = x->shape[0], cols = x->shape[1];
  int64_t len = k >= 0 ? (cols - k < rows ? cols - k : rows) : (rows + k < cols ? rows + k : cols);
  if (len < 0) len = 0;
  int64_t st = x->strides[0] + x->strides[1];
  char *start = x->data + (len == 0 ? 0 : k >= 0 ? k * x->strides[1] : -k * x->strides[0]);
  NdArray *d = arr_view(vm, x, (DType)x->dtype, 1, &len, &st, start);
  d->flags &= ~ARR_WRITEABLE;
  return v_obj(d);
}

/* ---- isin, average ------------------------------------------------------------------- */

static bool elem_eq(DType dt, const char *p, const char *q);
static bool elem_isnan(DType dt, const char *p);

/* np.isin(element, test_elements, invert=False): whether each element
** equals (==, so NaN never) some test element; the element's shape. As
** NumPy's in1d: few tests (len < 10 * n ** 0.145) are compared one by one
** as NumPy scalars (value-based casting: float32 0.1 is in [0.1]), more
** in the promoted dtype (here sorted and binary-searched). */
static Value np_isin(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "isin", "!element,test_elements,|assume_unique,invert", v);
  NdArray *x = uf_as_array(vm, v[0]), *t = uf_as_array(vm, v[1]);
  bool invert = given(v[3]) && v_truthy(vm, v[3]);
  if ((double)t->size < 10 * pow((double)x->size, 0.145)) {
    NdArray *tc = arr_contiguous(vm, t, (DType)t->dtype);
    NdArray *r = arr_new(vm, DT_BOOL, x->ndim, x->shape);
    for (int64_t j = 0; j < tc->size; j++) {
      Value item = arr_scalar_from(vm, (DType)tc->dtype, tc->data + j * tc->itemsize);
      NdArray *eq = arr_contiguous(vm, uf_binary_arr(vm, UF_equal, v_obj(x), item), DT_BOOL);
      for (int64_t i = 0; i < r->size; i++) r->data[i] |= eq->data[i];
    }
    if (invert)
      for (int64_t i = 0; i < r->size; i++) r->data[i] = !r->data[i];
    return v_obj(r);
  }
  DType dt = dt_promote((DType)x->dtype, (DType)t->dtype);
  NdArray *keys = arr_contiguous(vm, x, dt);
  NdArray *ts = arr_ravel(vm, arr_contiguous(vm, t, dt));
  ts = arr_copy(vm, ts);
  lanes(vm, ts, 0, SORT_QUICK, NULL);
  NdArray *r = arr_new(vm, DT_BOOL, x->ndim, x->shape);
  int64_t n = ts->size, isz = ts->itemsize;
  for (int64_t i = 0; n && i < keys->size; i++) {
    const char *key = keys->data + i * isz;
    int64_t j = search_buf(dt, ts->data, n, key, false);
    r->data[i] = j < n && elem_eq(dt, ts->data + j * isz, key);
  }
  if (invert)
    for (int64_t i = 0; i < r->size; i++) r->data[i] = !r->data[i];
  return v_obj(r);
}

/* avg with the reduced axes (mask) kept as length 1: a.mean(keepdims=True). */
static Value keep_dims(VM *vm, Value avg, const NdArray *x, uint64_t mask) {
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < x->ndim; d++) sh[d] = mask & (1ull << d) ? 1 : x->shape[d];
  return v_obj(arr_reshape(vm, arr_copy(vm, uf_as_array(vm, avg)), x->ndim, sh));
}

/* returned=True: (avg, scl) with scl broadcast to avg's shape when they differ. */
static Value average_pair(VM *vm, Value avg, NdArray *scl) {
  NdArray *av = uf_as_array(vm, avg);
  bool same = av->ndim == scl->ndim;
  for (int d = 0; same && d < av->ndim; d++) same = av->shape[d] == scl->shape[d];
  if (!same) scl = arr_copy(vm, arr_broadcast_to(vm, scl, av->ndim, av->shape));
  Tuple *t = tuple_new(vm, 2);
  t->items[0] = avg;
  t->items[1] = scl->ndim ? v_obj(scl) : arr_return(vm, scl);
  return v_obj(t);
}

/* np.average(a, axis=None, weights=None, returned=False, *, keepdims):
** np.mean without weights (scl: a.size / avg.size in avg's dtype), else
** sum(a * w) / sum(w) in the promoted dtype (float64 at least for ints);
** 1-D weights along an int axis. */
static Value np_average(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "average", "!a,|axis,weights,returned,$keepdims", v);
  bool returned = given(v[3]) && v_truthy(vm, v[3]), keep = given(v[4]) && v_truthy(vm, v[4]);
  NdArray *x = uf_as_array(vm, v[0]);
  if (!given(v[2])) {
    Value axis = given(v[1]) ? v[1] : v_none();
    Value avg = uf_mean(vm, v_obj(x), axis);
    if (keep && x->ndim) avg = keep_dims(vm, avg, x, uf_axis_mask(vm, axis, x->ndim));
    /* NumPy then computes scl = a.size / avg.size in Python */
    NdArray *av = uf_as_array(vm, avg);
    if (av->size == 0) vm_raise(vm, &EXC_ZeroDivisionError, "division by zero");
    if (!returned) return avg;
    NdArray *scl = arr_new(vm, (DType)av->dtype, 0, NULL);
    arr_store_value(vm, (DType)av->dtype, scl->data, v_float((double)x->size / (double)av->size));
    return average_pair(vm, avg, scl);
  }
  NdArray *w = uf_as_array(vm, v[2]);
  DType rt = dt_promote((DType)x->dtype, (DType)w->dtype);
  if (dt_is_int((DType)x->dtype) || dt_is_bool((DType)x->dtype)) rt = dt_promote(rt, DT_FLOAT64);
  bool same = x->ndim == w->ndim;
  for (int d = 0; same && d < x->ndim; d++) same = x->shape[d] == w->shape[d];
  uint64_t mask = uf_axis_mask(vm, given(v[1]) ? v[1] : v_none(), x->ndim);
  if (!same) {
    if (!given(v[1])) vm_raise(vm, &EXC_TypeError, "Axis must be specified when shapes of a and weights differ.");
    if (w->ndim != 1) vm_raise(vm, &EXC_TypeError, "1D weights expected when shapes of a and weights differ.");
    int axis = arr_normalize_axis(vm, v_index(vm, v[1], "axis"), x->ndim);
    if (w->shape[0] != x->shape[axis])
      vm_raise(vm, &EXC_ValueError, "Length of weights not compatible with specified axis.");
    int64_t sh[ARR_MAXDIMS];
    for (int d = 0; d < x->ndim; d++) sh[d] = d == axis ? w->shape[0] : 1;
    w = arr_reshape(vm, w, x->ndim, sh);
  }
  NdArray *scl = uf_reduce(vm, UF_add, w, mask, keep, rt, NULL, v_empty(), "sum");
  NdArray *zero = uf_binary_arr(vm, UF_equal, v_obj(scl), v_float(0.0));
  for (int64_t i = 0; i < zero->size; i++)
    if (zero->data[i]) vm_raise(vm, &EXC_ZeroDivisionError, "Weights sum to zero, can't be normalized");
  Value in[2] = {v_obj(x), v_obj(w)};
  NdArray *prod = uf_as_array(vm, uf_call(vm, UF_multiply, 2, in, v_empty(), rt, v_empty(), NULL));
  NdArray *tot = uf_reduce(vm, UF_add, prod, mask, keep, -1, NULL, v_empty(), "sum");
  Value avg = uf_binary(vm, UF_divide, v_obj(tot), v_obj(scl));
  return returned ? average_pair(vm, avg, scl) : avg;
}

/* ---- tril, triu ---------------------------------------------------------------------- */

/* np.tril(m, k) / np.triu(m, k): m (broadcast to (N, M) when 1-d, as
** NumPy's where(tri(N, M, k), m, 0) does) with the items above the k-th
** diagonal (tril) or below it (triu) zeroed. */
static Value triangle(VM *vm, const Args *a, const char *name, bool lower) {
  Value v[2];
  args_parse(vm, a, name, "!m,|k", v);
  NdArray *x = uf_as_array(vm, v[0]);
  int64_t k = given(v[1]) ? v_index(vm, v[1], "k") : 0;
  if (x->ndim == 0) vm_raise(vm, &EXC_TypeError, "tri() missing 1 required positional argument: 'N'");
  int64_t sh[ARR_MAXDIMS];
  int nd = x->ndim < 2 ? 2 : x->ndim;
  for (int d = 0; d < x->ndim; d++) sh[nd - x->ndim + d] = x->shape[d];
  if (x->ndim < 2) sh[0] = x->shape[0];
  NdArray *r = arr_new_uninit(vm, (DType)x->dtype, nd, sh);
  if (r->size == 0) return v_obj(r);
  arr_assign(vm, r, x);
  int64_t rows = sh[nd - 2], cols = sh[nd - 1], isz = r->itemsize;
  for (int64_t e = 0; e < r->size; e++) {
    int64_t i = (e / cols) % rows, j = e % cols;
    bool keep = lower ? j <= i + k : j >= i + k;
    if (!keep) memset(r->data + e * isz, 0, (size_t)isz);
  }
  return v_obj(r);
}

static Value np_tril(VM *vm, Value self, const Args *a) {
  (void)self;
  return triangle(vm, a, "tril", true);
}

static Value np_triu(VM *vm, Value self, const Args *a) {
  (void)self;
  return triangle(vm, a, "triu", false);
}

/* ---- median ------------------------------------------------------------------------- */

/* The lane items at index i along axis, that axis dropped (a view). */
static NdArray *axis_item(VM *vm, NdArray *a, int axis, int64_t i) {
  int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
  int m = 0;
  for (int d = 0; d < a->ndim; d++)
    if (d != axis) sh[m] = a->shape[d], st[m++] = a->strides[d];
  return arr_view(vm, a, (DType)a->dtype, m, sh, st, a->data + i * a->strides[axis]);
}

/* np.median(a, axis=None) as NumPy's _median: the mean (np.mean's dtype
** rules) of the middle one or two items of each sorted lane, and NaN for a
** lane holding a NaN (sorting puts it last). */
static Value median_impl(VM *vm, NdArray *x, Value axisv) {
  bool all = !given(axisv);
  if (all) x = arr_ravel(vm, x);
  int axis = all ? 0 : arr_normalize_axis(vm, v_index(vm, axisv, "axis"), x->ndim);
  NdArray *s = arr_copy(vm, x);
  lanes(vm, s, axis, SORT_QUICK, NULL);
  int64_t n = s->shape[axis], sh[ARR_MAXDIMS];
  for (int d = 0; d < s->ndim; d++) sh[d] = s->shape[d];
  sh[axis] = n == 0 ? 0 : n % 2 ? 1 : 2;
  int64_t first = n == 0 ? 0 : n % 2 ? n / 2 : n / 2 - 1;
  NdArray *mid = arr_view(vm, s, (DType)s->dtype, s->ndim, sh, s->strides,
                          s->data + first * s->strides[axis]);
  Value r = uf_mean(vm, v_obj(mid), v_int(axis));
  if (!dt_is_inexact((DType)s->dtype) || s->size == 0) return r;
  Value nan_lanes = uf_unary(vm, UF_isnan, v_obj(axis_item(vm, s, axis, n - 1)));
  if (is_array(r)) {
    arr_setitem(vm, r, nan_lanes, v_float(NAN));
    return r;
  }
  if (!v_truthy(vm, nan_lanes)) return r;
  _Alignas(16) unsigned char elem[16];
  arr_store_value(vm, (DType)s->dtype, elem, v_float(NAN)); /* data.dtype.type(np.nan) */
  return arr_scalar_from(vm, (DType)s->dtype, elem);
}

/* np.median over a tuple of axes and keepdims as NumPy's _ureduce: the
** reduced axes moved last and merged into one (the lane is sorted, so their
** order does not matter), the result reshaped with 1s where they were. */
static Value median_axes(VM *vm, NdArray *x, Value axisv, bool keepdims) {
  if (is_tuple(axisv)) { /* normalize_axis_tuple's errors, not a reduction's */
    uint64_t seen = 0;
    for (int64_t j = 0; j < as_tuple(axisv)->n; j++) {
      int d = arr_normalize_axis(vm, v_index(vm, as_tuple(axisv)->items[j], "axis"), x->ndim);
      if (seen >> d & 1) vm_raise(vm, &EXC_ValueError, "repeated axis");
      seen |= 1ull << d;
    }
  }
  uint64_t mask = uf_axis_mask(vm, axisv, x->ndim);
  Value r;
  if (!given(axisv) || !is_tuple(axisv)) {
    r = median_impl(vm, x, axisv);
  } else {
    int perm[ARR_MAXDIMS], nkeep = 0, k = 0;
    int64_t sh[ARR_MAXDIMS];
    for (int d = 0; d < x->ndim; d++)
      if (!(mask >> d & 1)) sh[nkeep] = x->shape[d], perm[k++] = d, nkeep++;
    for (int d = 0; d < x->ndim; d++)
      if (mask >> d & 1) perm[k++] = d;
    sh[nkeep] = -1;
    NdArray *t = arr_reshape(vm, arr_transpose(vm, x, perm), nkeep + 1, sh);
    r = median_impl(vm, t, v_int(-1));
  }
  if (!keepdims) return r;
  int64_t ks[ARR_MAXDIMS];
  for (int d = 0; d < x->ndim; d++) ks[d] = (mask >> d & 1) ? 1 : x->shape[d];
  return v_obj(arr_reshape(vm, uf_as_array(vm, r), x->ndim, ks));
}

static Value np_median(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "median", "!a,|axis,out,overwrite_input,keepdims", v);
  if (given(v[2]) && !is_none(v[2])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.median with out= is not supported");
  return median_axes(vm, uf_as_array(vm, v[0]), v[1], given(v[4]) && v_truthy(vm, v[4]));
}

/* ---- nanmedian ------------------------------------------------------------------------
** nanfunctions.py's nanmedian: _nanmedian1d (np.median of the non-NaN items)
** over all items or a 1-D array and along axes of 600 items or more
** (apply_along_axis), else _nanmedian_small's masked median: the sum of the
** two middle non-NaN items (the middle one twice for an odd count) divided
** by 2 (ints through float64, as np.ma.mean), NaN for an all-NaN lane. */

/* _nanmedian1d of a 1-D array: a NaN of its dtype when every item is NaN. */
static Value nanmedian_1d(VM *vm, NdArray *lane) {
  int64_t n = lane->size, k = 0, isz = lane->itemsize;
  NdArray *c = arr_contiguous(vm, lane, (DType)lane->dtype);
  NdArray *keep = arr_new_uninit(vm, (DType)lane->dtype, 1, &n);
  for (int64_t i = 0; i < n; i++)
    if (!elem_isnan((DType)c->dtype, c->data + i * isz)) memcpy(keep->data + k++ * isz, c->data + i * isz, (size_t)isz);
  if (k == 0) return arr_scalar_from(vm, (DType)c->dtype, c->data + (n - 1) * isz);
  return median_impl(vm, arr_view(vm, keep, (DType)keep->dtype, 1, &k, keep->strides, keep->data), v_none());
}

/* The lanes of x along axis as rows of a C-contiguous (lanes, n) array. */
static NdArray *lanes_as_rows(VM *vm, NdArray *x, int axis) {
  int perm[ARR_MAXDIMS];
  for (int d = 0, j = 0; d < x->ndim; d++)
    if (d != axis) perm[j++] = d;
  perm[x->ndim - 1] = axis;
  NdArray *t = arr_copy(vm, arr_transpose(vm, x, perm));
  int64_t sh[2] = {x->shape[axis] ? x->size / x->shape[axis] : 0, x->shape[axis]};
  return arr_reshape(vm, t, 2, sh);
}

/* x's shape without axis. */
static int shape_without(const NdArray *x, int axis, int64_t *sh) {
  int m = 0;
  for (int d = 0; d < x->ndim; d++)
    if (d != axis) sh[m++] = x->shape[d];
  return m;
}

/* apply_along_axis(_nanmedian1d, axis, x): the result dtype that of a lane's median. */
static Value nanmedian_each(VM *vm, NdArray *x, int axis) {
  NdArray *rows = lanes_as_rows(vm, x, axis);
  int64_t sh[ARR_MAXDIMS], n = rows->shape[1];
  int m = shape_without(x, axis, sh);
  NdArray *r = NULL;
  for (int64_t i = 0; i < rows->shape[0]; i++) {
    NdArray *lane = arr_view(vm, rows, (DType)rows->dtype, 1, &n, rows->strides + 1, rows->data + i * rows->strides[0]);
    Value med = nanmedian_1d(vm, lane);
    if (!r) r = arr_new(vm, (DType)uf_as_array(vm, med)->dtype, m, sh);
    arr_store_value(vm, (DType)r->dtype, r->data + i * r->itemsize, med);
  }
  return v_obj(r);
}

static Value nanmedian_small(VM *vm, NdArray *x, int axis) {
  NdArray *s = arr_copy(vm, x);
  lanes(vm, s, axis, SORT_QUICK, NULL); /* NaNs sort last, as the mask's fill does */
  NdArray *rows = lanes_as_rows(vm, s, axis);
  int64_t sh[ARR_MAXDIMS], n = rows->shape[1], isz = rows->itemsize;
  int m = shape_without(x, axis, sh);
  DType dt = (DType)x->dtype;
  NdArray *lo = arr_new(vm, dt, m, sh), *hi = arr_new(vm, dt, m, sh);
  np_bool *bad = (np_bool *)arr_new(vm, DT_BOOL, m, sh)->data; /* all-NaN lanes */
  for (int64_t i = 0; i < lo->size; i++) {
    const char *lane = rows->data + i * n * isz;
    int64_t k = 0;
    while (k < n && !elem_isnan(dt, lane + k * isz)) k++;
    bad[i] = k == 0;
    if (k == 0) continue;
    memcpy(lo->data + i * isz, lane + (k % 2 ? k / 2 : k / 2 - 1) * isz, (size_t)isz);
    memcpy(hi->data + i * isz, lane + k / 2 * isz, (size_t)isz);
  }
  NdArray *r;
  if (dt_is_inexact(dt)) {
    r = uf_binary_arr(vm, UF_add, v_obj(lo), v_obj(hi));
    Value in[2] = {v_obj(r), v_float(2.0)};
    uf_call(vm, UF_divide, 2, in, v_obj(r), -1, v_empty(), "unsafe");
  } else { /* np.ma.mean: a float64 sum, * 1. / count */
    r = uf_binary_arr(vm, UF_add, v_obj(arr_cast(vm, lo, DT_FLOAT64)), v_obj(arr_cast(vm, hi, DT_FLOAT64)));
    r = uf_binary_arr(vm, UF_divide, v_obj(uf_binary_arr(vm, UF_multiply, v_obj(r), v_float(1.0))), v_int(2));
  }
  for (int64_t i = 0; i < r->size; i++)
    if (bad[i]) arr_store_value(vm, (DType)r->dtype, r->data + i * r->itemsize, v_float(NAN));
  return v_obj(r);
}

/* normalize_axis_tuple(axis, ndim) as _ureduce calls it: an int or an
** iterable of ints, each normalized, none repeated; a bitmask. */
static uint64_t ureduce_axes(VM *vm, Value axis, int ndim) {
  if (!is_tuple(axis) && !is_list(axis)) {
    Value n = v_number(vm, axis);
    if (!v_is_intlike(n)) vm_raise(vm, &EXC_TypeError, "'%s' object is not iterable", v_typename(axis));
    axis = tuple_from(vm, &n, 1);
  }
  int64_t cnt = is_tuple(axis) ? as_tuple(axis)->n : as_list(axis)->n;
  uint64_t mask = 0;
  for (int64_t i = 0; i < cnt; i++) {
    Value item = is_tuple(axis) ? as_tuple(axis)->items[i] : as_list(axis)->items[i];
    int d = arr_normalize_axis(vm, v_index(vm, item, "axis"), ndim);
    if (mask >> d & 1) vm_raise(vm, &EXC_ValueError, "repeated axis");
    mask |= 1ull << d;
  }
  return mask;
}

/* _ureduce: a tuple of axes becomes one (the kept axes first, the reduced
** ones merged last); keepdims puts the reduced axes back as length 1. */
static Value np_nanmedian(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "nanmedian", "!a,|axis,out,overwrite_input,keepdims", v);
  if (given(v[2])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.nanmedian(out=) is not supported");
  NdArray *x0 = uf_as_array(vm, v[0]);
  bool kd = given(v[4]) && v_truthy(vm, v[4]);
  if (x0->size == 0) return uf_nanmean(vm, v_obj(x0), given(v[1]) ? v[1] : v_none(), v_bool(kd));
  uint64_t mask = given(v[1]) ? ureduce_axes(vm, v[1], x0->ndim) : (1ull << x0->ndim) - 1;
  NdArray *x = x0;
  int nred = 0, perm[ARR_MAXDIMS], np_ = 0;
  for (int d = 0; d < x0->ndim; d++)
    if (!(mask >> d & 1)) perm[np_++] = d;
  for (int d = 0; d < x0->ndim; d++)
    if (mask >> d & 1) perm[np_++] = d, nred++;
  Value r;
  if (!given(v[1]) || nred == x0->ndim || x0->ndim == 1) {
    r = nanmedian_1d(vm, arr_ravel(vm, arr_copy(vm, x)));
  } else {
    int axis = perm[x0->ndim - 1];
    if (nred > 1) {
      int64_t sh[ARR_MAXDIMS];
      int keep = x0->ndim - nred;
      for (int d = 0; d < keep; d++) sh[d] = x0->shape[perm[d]];
      sh[keep] = -1;
      x = arr_reshape(vm, arr_copy(vm, arr_transpose(vm, x0, perm)), keep + 1, sh);
      axis = keep;
    }
    r = x->shape[axis] < 600 ? nanmedian_small(vm, x, axis) : nanmedian_each(vm, x, axis);
  }
  if (!kd) return r;
  int64_t ksh[ARR_MAXDIMS];
  for (int d = 0; d < x0->ndim; d++) ksh[d] = mask >> d & 1 ? 1 : x0->shape[d];
  return v_obj(arr_reshape(vm, arr_copy(vm, uf_as_array(vm, r)), x0->ndim, ksh));
}

/* ---- percentile, quantile ------------------------------------------------------------
** NumPy 1.24's _quantile step for step, with the same ufuncs on arrays of the
** same shapes, so that dtypes (value-based casting of the 0-d operands of a
** scalar q included), roundings and NaN lanes come out as NumPy's: each lane
** sorted (the order statistics partition would find), the axis moved first,
** virtual indexes from the method, neighbours taken, then _lerp's
** a + (b - a) * t, replaced by b - (b - a) * (1 - t) where t >= 0.5. */

typedef enum { QM_LINEAR, QM_LOWER, QM_HIGHER, QM_NEAREST, QM_MIDPOINT, QM_ALPHABETA } QuantMethod;

static const struct {
  const char *name;
  int method; /* -1: a method streak does not implement */
  double alpha, beta;
} quant_methods[] = { /* NumPy's _QuantileMethods, in its order */
    {"inverted_cdf", -1, 0, 0},           {"averaged_inverted_cdf", -1, 0, 0},
    {"closest_observation", -1, 0, 0},    {"interpolated_inverted_cdf", QM_ALPHABETA, 0, 1},
    {"hazen", QM_ALPHABETA, 0.5, 0.5},    {"weibull", QM_ALPHABETA, 0, 0},
    {"linear", QM_LINEAR, 1, 1},          {"median_unbiased", QM_ALPHABETA, 1 / 3.0, 1 / 3.0},
    {"normal_unbiased", QM_ALPHABETA, 3 / 8.0, 3 / 8.0}, {"lower", QM_LOWER, 0, 0},
    {"higher", QM_HIGHER, 0, 0},          {"midpoint", QM_MIDPOINT, 0, 0},
    {"nearest", QM_NEAREST, 0, 0}};
enum { QUANT_NMETHODS = sizeof quant_methods / sizeof quant_methods[0] };

static int quant_method(VM *vm, Value m, const char *fname) {
  for (int i = 0; is_str(m) && i < QUANT_NMETHODS; i++) {
    if (!str_eq_c(as_str(m), quant_methods[i].name)) continue;
    if (quant_methods[i].method < 0)
      vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s(method='%s') is not supported", fname,
               quant_methods[i].name);
    return i;
  }
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "dict_keys([");
  for (int i = 0; i < QUANT_NMETHODS; i++) sb_printf(&b, "%s'%s'", i ? ", " : "", quant_methods[i].name);
  sb_puts(&b, "])");
  Value r = v_repr(vm, m);
  char msg[640];
  snprintf(msg, sizeof msg, "%s is not a valid method. Use one of: %s", as_str(r)->data, b.data);
  sb_free(&b);
  vm_raise(vm, &EXC_ValueError, "%s", msg);
}

/* take(s, idx, axis=0) for the flat indexes idx (shape qnd/qshape): an array
** of shape qshape + s.shape[1:] (0-d for a 1-D s and a scalar q). */
static NdArray *quant_take(VM *vm, NdArray *s, const int64_t *idx, int qnd, const int64_t *qshape, int64_t nq) {
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < qnd; d++) sh[d] = qshape[d];
  for (int d = 1; d < s->ndim; d++) sh[qnd + d - 1] = s->shape[d];
  NdArray *r = arr_new(vm, (DType)s->dtype, qnd + s->ndim - 1, sh);
  int64_t slab = r->size / (nq ? nq : 1);
  for (int64_t k = 0; k < nq; k++) {
    NdArray *src = axis_item(vm, s, 0, idx[k] < 0 ? idx[k] + s->shape[0] : idx[k]);
    NdArray *dst = arr_view(vm, r, (DType)r->dtype, s->ndim - 1, sh + qnd, r->strides + qnd,
                            r->data + k * slab * r->itemsize);
    arr_assign(vm, dst, src);
  }
  return r;
}

/* q as the float64 (or, for quantile, integer) array NumPy computes with,
** checked to lie in [0, 1] as _quantile_is_valid does. */
static NdArray *quant_q(VM *vm, Value q, bool percent, const char *fname) {
  Value qv = percent ? uf_binary(vm, UF_divide, q, v_int(100)) : q;
  NdArray *Q = uf_as_array(vm, qv);
  DType dt = (DType)Q->dtype;
  if (dt == DT_BOOL || dt_is_int(dt)) Q = arr_cast(vm, Q, DT_INT64);
  else if (dt != DT_FLOAT64)
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s with q of dtype %s is not supported", fname, dt_name(dt));
  else Q = arr_copy(vm, Q);
  for (int64_t i = 0; i < Q->size; i++) {
    double x = Q->dtype == DT_FLOAT64 ? ((double *)Q->data)[i] : (double)((int64_t *)Q->data)[i];
    if (isnan(x)) vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s of a NaN q is not supported", fname);
    if (x < 0 || x > 1)
      vm_raise(vm, &EXC_ValueError, percent ? "Percentiles must be in the range [0, 100]"
                                            : "Quantiles must be in the range [0, 1]");
  }
  return Q;
}

/* result[..., lanes whose last sorted item is NaN] = nan (a 0-d result:
** the data's own NaN scalar, as NumPy's arr.dtype.type(np.nan)). */
static Value quant_nan_lanes(VM *vm, NdArray *s, Value result) {
  if (!dt_is_inexact((DType)s->dtype) || s->shape[0] == 0) return result;
  NdArray *last = axis_item(vm, s, 0, s->shape[0] - 1);
  NdArray *mask = arr_contiguous(vm, uf_as_array(vm, uf_unary(vm, UF_isnan, v_obj(last))), DT_BOOL);
  int64_t lane = mask->size;
  if (!arr_count_nonzero(DT_BOOL, mask->data, lane)) return result;
  if (!is_array(result)) {
    _Alignas(16) unsigned char elem[16];
    arr_store_value(vm, (DType)s->dtype, elem, v_float(NAN));
    return arr_scalar_from(vm, (DType)s->dtype, elem);
  }
  NdArray *r = (NdArray *)result.as.o;
  for (int64_t k = 0; k < r->size; k++)
    if (((np_bool *)mask->data)[k % lane]) arr_store_value(vm, (DType)r->dtype, r->data + k * r->itemsize, v_float(NAN));
  return result;
}

static Value quantile_impl(VM *vm, const Args *a, bool percent) {
  const char *fname = percent ? "percentile" : "quantile";
  Value v[8];
  args_parse(vm, a, fname, "!a,q,|axis,out,overwrite_input,method,keepdims,$interpolation", v);
  if (given(v[3])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s(out=) is not supported", fname);
  if (given(v[4]) && v_truthy(vm, v[4]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s(overwrite_input=True) is not supported", fname);
  if (given(v[2]) && is_tuple(v[2]))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.%s over a tuple of axes is not supported", fname);
  Value mname = given(v[7]) ? v[7] : given(v[5]) ? v[5] : v_empty();
  int mi = is_empty(mname) ? 6 : quant_method(vm, mname, fname);
  int method = quant_methods[mi].method;
  NdArray *Q = quant_q(vm, v[1], percent, fname);
  NdArray *x0 = uf_as_array(vm, v[0]), *x = x0;
  bool all = !given(v[2]);
  if (all) x = arr_ravel(vm, x);
  int axis = all ? 0 : arr_normalize_axis(vm, v_index(vm, v[2], "axis"), x->ndim);
  if (x->ndim == 0) x = arr_ravel(vm, x);
  NdArray *s = arr_copy(vm, x);
  lanes(vm, s, axis, SORT_QUICK, NULL);
  int perm[ARR_MAXDIMS];
  perm[0] = axis;
  for (int d = 0, j = 1; d < s->ndim; d++)
    if (d != axis) perm[j++] = d;
  s = arr_transpose(vm, s, perm); /* np.moveaxis(arr, axis, 0) */
  int64_t n = s->shape[0], nq = Q->size;
  if (n == 0 && nq) vm_raise(vm, &EXC_IndexError, "cannot do a non-empty take from an empty axes.");
  /* the neighbours' indexes in an array the collector owns: a ufunc below
  ** may raise (bool subtract) and unwind past this frame */
  NdArray *ixbuf = arr_new(vm, DT_INT64, 1, (int64_t[]){(nq + 1) * 2});
  int64_t *prev = (int64_t *)ixbuf->data, *next = prev + nq + 1;
  int64_t gsh[ARR_MAXDIMS];
  for (int d = 0; d < Q->ndim; d++) gsh[d] = Q->shape[d];
  for (int d = 1; d < s->ndim; d++) gsh[Q->ndim + d - 1] = 1;
  NdArray *G = arr_new(vm, DT_FLOAT64, Q->ndim + s->ndim - 1, gsh);
  bool take_only = method == QM_LOWER || method == QM_HIGHER || method == QM_NEAREST ||
                   (method == QM_LINEAR && Q->dtype == DT_INT64);
  for (int64_t k = 0; k < nq; k++) {
    double qk = Q->dtype == DT_FLOAT64 ? ((double *)Q->data)[k] : (double)((int64_t *)Q->data)[k];
    double m1 = (double)(n - 1) * qk, vi;
    switch (method) {
    case QM_LOWER: prev[k] = (int64_t)floor(m1); continue;
    case QM_HIGHER: prev[k] = (int64_t)ceil(m1); continue;
    case QM_NEAREST: prev[k] = (int64_t)rint(m1); continue;
    case QM_LINEAR:
      if (Q->dtype == DT_INT64) {
        prev[k] = (n - 1) * ((int64_t *)Q->data)[k];
        continue;
      }
      vi = m1;
      break;
    case QM_MIDPOINT: vi = 0.5 * (floor(m1) + ceil(m1)); break;
    default: {
      double al = quant_methods[mi].alpha, be = quant_methods[mi].beta;
      vi = ((double)n * qk + (al + qk * (1 - al - be))) - 1;
    }
    }
    double pf = floor(vi);
    if (vi >= (double)(n - 1)) pf = -1;
    else if (vi < 0) pf = 0;
    prev[k] = (int64_t)pf;
    next[k] = pf < 0 || vi < 0 ? prev[k] : prev[k] + 1;
    double gamma = vi - pf;
    if (method == QM_MIDPOINT) gamma = fmod(vi, 1.0) == 0 ? 0.0 : 0.5;
    ((double *)G->data)[k] = gamma;
  }
  Value result;
  if (take_only) {
    result = arr_return(vm, quant_take(vm, s, prev, Q->ndim, Q->shape, nq));
  } else {
    Value lo = arr_return(vm, quant_take(vm, s, prev, Q->ndim, Q->shape, nq));
    Value hi = arr_return(vm, quant_take(vm, s, next, Q->ndim, Q->shape, nq));
    Value t = Q->ndim + s->ndim - 1 == 0 ? arr_return(vm, G) : v_obj(G);
    Value diff = uf_binary(vm, UF_subtract, hi, lo);
    Value lerp = v_obj(uf_as_array(vm, uf_binary(vm, UF_add, lo, uf_binary(vm, UF_multiply, diff, t))));
    Value in[2] = {hi, uf_binary(vm, UF_multiply, diff, uf_binary(vm, UF_subtract, v_int(1), t))};
    uf_call(vm, UF_subtract, 2, in, lerp, -1, uf_binary(vm, UF_greater_equal, t, v_float(0.5)), NULL);
    result = arr_return(vm, (NdArray *)lerp.as.o);
  }
  result = quant_nan_lanes(vm, s, result);
  if (given(v[6]) && v_truthy(vm, v[6])) { /* q's dims, then the input's with axis (or all) kept as 1 */
    NdArray *r = uf_as_array(vm, result);
    int64_t ksh[ARR_MAXDIMS];
    int kn = 0;
    for (int d = 0; d < Q->ndim; d++) ksh[kn++] = Q->shape[d];
    for (int d = 0; d < x0->ndim; d++) ksh[kn++] = all || d == axis ? 1 : x0->shape[d];
    result = v_obj(arr_reshape(vm, arr_copy(vm, r), kn, ksh));
  }
  return result;
}

static Value np_percentile(VM *vm, Value self, const Args *a) { (void)self; return quantile_impl(vm, a, true); }
static Value np_quantile(VM *vm, Value self, const Args *a) { (void)self; return quantile_impl(vm, a, false); }

/* ---- unique ------------------------------------------------------------------------- */

static bool elem_eq(DType dt, const char *p, const char *q) {
  switch (dt) {
  case DT_FLOAT32: return *(const float *)p == *(const float *)q;
  case DT_FLOAT64: return *(const double *)p == *(const double *)q;
  case DT_COMPLEX64: return *(const np_complex64 *)p == *(const np_complex64 *)q;
  case DT_COMPLEX128: return *(const np_complex128 *)p == *(const np_complex128 *)q;
  default: return memcmp(p, q, (size_t)dt_size(dt)) == 0;
  }
}

static bool elem_isnan(DType dt, const char *p) {
  switch (dt) {
  case DT_FLOAT32: return isnan(*(const float *)p);
  case DT_FLOAT64: return isnan(*(const double *)p);
  case DT_COMPLEX64: return isnan(__real__ * (const np_complex64 *)p) || isnan(__imag__ * (const np_complex64 *)p);
  case DT_COMPLEX128: return isnan(__real__ * (const np_complex128 *)p) || isnan(__imag__ * (const np_complex128 *)p);
  default: return false;
  }
}

static Value np_unique(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "unique", "!ar,|return_index,return_inverse,return_counts,axis,$equal_nan", v);
  bool ridx = given(v[1]) && v_truthy(vm, v[1]), rinv = given(v[2]) && v_truthy(vm, v[2]);
  bool rcnt = given(v[3]) && v_truthy(vm, v[3]);
  bool eqnan = !given(v[5]) || v_truthy(vm, v[5]);
  if (given(v[4])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.unique(axis=) is not supported");
  NdArray *x = arr_contiguous(vm, arr_ravel(vm, uf_as_array(vm, v[0])), -1);
  DType dt = (DType)x->dtype;
  int64_t n = x->size, isz = x->itemsize;
  NdArray *perm = arr_new(vm, DT_INT64, 1, &n);
  NdArray *itmp = arr_new(vm, DT_INT64, 1, &n);
  argsort_buf(dt, SORT_STABLE, x->data, (int64_t *)perm->data, (int64_t *)itmp->data, n);
  const int64_t *pi = (const int64_t *)perm->data;
  /* mask of first elements of runs */
  NdArray *mask = arr_new(vm, DT_BOOL, 1, &n);
  int64_t nu = 0;
  bool seen_nan = false;
  for (int64_t i = 0; i < n; i++) {
    const char *cur = x->data + pi[i] * isz;
    bool first;
    if (i == 0) first = true;
    else if (eqnan && elem_isnan(dt, cur)) first = !seen_nan;
    else first = !elem_eq(dt, cur, x->data + pi[i - 1] * isz);
    if (elem_isnan(dt, cur)) seen_nan = true;
    mask->data[i] = first;
    nu += first;
  }
  NdArray *u = arr_new_uninit(vm, dt, 1, &nu);
  NdArray *ix = ridx ? arr_new(vm, DT_INT64, 1, &nu) : NULL;
  NdArray *cnt = rcnt ? arr_new(vm, DT_INT64, 1, &nu) : NULL;
  NdArray *inv = rinv ? arr_new(vm, DT_INT64, 1, &n) : NULL;
  int64_t k = -1;
  for (int64_t i = 0; i < n; i++) {
    if (mask->data[i]) {
      k++;
      memcpy(u->data + k * isz, x->data + pi[i] * isz, (size_t)isz);
      if (ix) ((int64_t *)ix->data)[k] = pi[i];
    }
    if (cnt) ((int64_t *)cnt->data)[k]++;
    if (inv) ((int64_t *)inv->data)[pi[i]] = k;
  }
  if (!ridx && !rinv && !rcnt) return v_obj(u);
  Value items[4];
  int ni = 0;
  items[ni++] = v_obj(u);
  if (ix) items[ni++] = v_obj(ix);
  if (inv) items[ni++] = v_obj(inv);
  if (cnt) items[ni++] = v_obj(cnt);
  return tuple_from(vm, items, ni);
}

/* ---- searchsorted ------------------------------------------------------------------ */

static bool side_right(VM *vm, Value side) {
  if (!given(side)) return false;
  if (is_str(side)) {
    const char *s = as_str(side)->data;
    if (s[0] == 'r' || s[0] == 'R') return true;
    if (s[0] == 'l' || s[0] == 'L') return false;
  }
  Value r = v_repr(vm, side);
  vm_raise(vm, &EXC_ValueError, "search side must be 'left' or 'right' (got %s)", as_str(r)->data);
}

static Value searchsorted_impl(VM *vm, Value av, Value vv, Value side, Value sorter) {
  NdArray *x = uf_as_array(vm, av);
  if (x->ndim != 1) vm_raise(vm, &EXC_ValueError, "object too deep for desired array");
  /* NumPy searches in the promotion of both dtypes, a Python number's
     dtype taken as is (no value-based casting): 0.1 is searched in a
     float32 array as float64 */
  NdArray *k0 = is_array(vv) ? as_array(vv) : arr_from_value(vm, vv, -1);
  DType dt = dt_promote((DType)x->dtype, (DType)k0->dtype);
  NdArray *xs = arr_contiguous(vm, x, dt);
  if (given(sorter)) {
    NdArray *s = uf_as_array_dt(vm, sorter, DT_INT64);
    NdArray *t = arr_new_uninit(vm, dt, 1, &x->size);
    const int64_t *si = (const int64_t *)arr_contiguous(vm, s, DT_INT64)->data;
    for (int64_t i = 0; i < x->size; i++) {
      if (si[i] < 0 || si[i] >= x->size) vm_raise(vm, &EXC_ValueError, "Sorter index out of range.");
      memcpy(t->data + i * t->itemsize, xs->data + si[i] * xs->itemsize, (size_t)t->itemsize);
    }
    xs = t;
  }
  bool right = side_right(vm, side);
  NdArray *keys = arr_contiguous(vm, k0, dt);
  NdArray *r = arr_new(vm, DT_INT64, keys->ndim, keys->shape);
  for (int64_t i = 0; i < keys->size; i++)
    ((int64_t *)r->data)[i] = search_buf(dt, xs->data, xs->size, keys->data + i * keys->itemsize, right);
  return arr_return(vm, r);
}

static Value np_searchsorted(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "searchsorted", "!a,v,|side,sorter", v);
  return searchsorted_impl(vm, v[0], v[1], v[2], v[3]);
}

Value np_m_searchsorted(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "searchsorted", "v,|side,sorter", v);
  return searchsorted_impl(vm, self, v[0], v[1], v[2]);
}

/* ---- digitize -------------------------------------------------------------------------- */

/* compiled_base.c's check_array_monotonic on bins as float64: 1 increasing
** (or all equal, or empty), -1 decreasing, 0 neither; NaNs compare as C does. */
static int bins_monotonic(const double *a, int64_t n) {
  if (n == 0) return 1;
  int64_t i = 1;
  while (i < n && a[i] == a[0]) i++;
  if (i == n) return 1;
  double last = a[0], next = a[i];
  bool up = last < next;
  for (i++; i < n; i++) {
    last = next, next = a[i];
    if (up ? last > next : last < next) return 0;
  }
  return up ? 1 : -1;
}

/* np.digitize(x, bins, right=False) as function_base.py: searchsorted with
** the sides swapped, on the reversed bins (results inverted) when they
** decrease. */
static Value np_digitize(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "digitize", "!x,bins,|right", v);
  NdArray *x = uf_as_array(vm, v[0]), *bins = uf_as_array(vm, v[1]);
  if (dt_is_complex((DType)x->dtype)) vm_raise(vm, &EXC_TypeError, "x may not be complex");
  if (dt_is_complex((DType)bins->dtype))
    vm_raise(vm, &EXC_TypeError, "Cannot cast array data from dtype('%s') to dtype('float64') according to the rule 'safe'",
             dt_name((DType)bins->dtype));
  if (bins->ndim > 1) vm_raise(vm, &EXC_ValueError, "object too deep for desired array");
  if (bins->ndim < 1) vm_raise(vm, &EXC_ValueError, "object of too small depth for desired array");
  NdArray *fb = arr_contiguous(vm, bins, DT_FLOAT64);
  int mono = bins_monotonic((const double *)fb->data, fb->size);
  if (mono == 0) vm_raise(vm, &EXC_ValueError, "bins must be monotonically increasing or decreasing");
  const char *sd = given(v[2]) && v_truthy(vm, v[2]) ? "left" : "right";
  Value side = str_new(vm, sd, strlen(sd));
  if (mono == 1) return searchsorted_impl(vm, v_obj(bins), v_obj(x), side, v_empty());
  int64_t st = -bins->strides[0], n = bins->shape[0];
  NdArray *rev = arr_view(vm, bins, (DType)bins->dtype, 1, &n, &st, bins->data + (n - 1) * bins->strides[0]);
  return uf_binary(vm, UF_subtract, v_int(n), searchsorted_impl(vm, v_obj(rev), v_obj(x), side, v_empty()));
}

/* ---- nonzero / count_nonzero / where ---------------------------------------------- */

static bool elem_nonzero(DType dt, const char *p) {
  switch (dt) {
  case DT_FLOAT32: return *(const float *)p != 0;
  case DT_FLOAT64: return *(const double *)p != 0;
  case DT_COMPLEX64: return *(const np_complex64 *)p != 0;
  case DT_COMPLEX128: return *(const np_complex128 *)p != 0;
  default:
    for (int i = 0; i < dt_size(dt); i++)
      if (p[i]) return true;
    return false;
  }
}

static Value nonzero_impl(VM *vm, Value av) {
  NdArray *x = uf_as_array(vm, av);
  if (x->ndim == 0) {
    int64_t one = 1;
    x = arr_reshape(vm, x, 1, &one);
  }
  NdArray *c = arr_contiguous(vm, x, -1);
  DType dt = (DType)c->dtype;
  int64_t cnt = arr_count_nonzero(dt, c->data, c->size);
  Value items[ARR_MAXDIMS];
  int64_t *cols[ARR_MAXDIMS];
  for (int d = 0; d < c->ndim; d++) {
    NdArray *r = arr_new(vm, DT_INT64, 1, &cnt);
    items[d] = v_obj(r);
    cols[d] = (int64_t *)r->data;
  }
  int64_t idx[ARR_MAXDIMS] = {0}, k = 0;
  for (int64_t i = 0; i < c->size; i++) {
    if (elem_nonzero(dt, c->data + i * c->itemsize)) {
      for (int d = 0; d < c->ndim; d++) cols[d][k] = idx[d];
      k++;
    }
    for (int d = c->ndim - 1; d >= 0; d--) {
      if (++idx[d] < c->shape[d]) break;
      idx[d] = 0;
    }
  }
  return tuple_from(vm, items, c->ndim);
}

static Value np_nonzero(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[1];
  args_parse(vm, a, "nonzero", "!a", v);
  return nonzero_impl(vm, v[0]);
}

Value np_m_nonzero(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "nonzero", 0, 0);
  return nonzero_impl(vm, self);
}

static Value np_flatnonzero(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[1];
  args_parse(vm, a, "flatnonzero", "!a", v);
  NdArray *x = arr_ravel(vm, uf_as_array(vm, v[0]));
  Value t = nonzero_impl(vm, v_obj(x));
  return as_tuple(t)->items[0];
}

static Value np_argwhere(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[1];
  args_parse(vm, a, "argwhere", "!a", v);
  NdArray *x = uf_as_array(vm, v[0]);
  Value t = nonzero_impl(vm, v_obj(x));
  int nd = (int)as_tuple(t)->n;
  int64_t cnt = as_array(as_tuple(t)->items[0])->size;
  int64_t shape[2] = {cnt, x->ndim};
  NdArray *r = arr_new(vm, DT_INT64, 2, shape);
  for (int d = 0; d < nd && d < x->ndim; d++) {
    int64_t *col = (int64_t *)as_array(as_tuple(t)->items[d])->data;
    for (int64_t i = 0; i < cnt; i++) ((int64_t *)r->data)[i * x->ndim + d] = col[i];
  }
  return v_obj(r);
}

static Value np_count_nonzero(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "count_nonzero", "!a,|axis,$keepdims", v);
  NdArray *x = uf_as_array(vm, v[0]);
  if (!given(v[1]) && !given(v[2])) {
    NdArray *c = arr_contiguous(vm, x, -1);
    return v_int(arr_count_nonzero((DType)c->dtype, c->data, c->size));
  }
  NdArray *b = x->dtype == DT_BOOL ? x : arr_cast(vm, x, DT_BOOL);
  uint64_t mask = uf_axis_mask(vm, v[1], x->ndim);
  NdArray *r = uf_reduce(vm, UF_add, b, mask, given(v[2]) && v_truthy(vm, v[2]), DT_INT64, NULL,
                         v_empty(), "count_nonzero");
  return arr_return(vm, r);
}

/* np.where's inner loop for an element of 1, 2, 4 or 8 bytes with the
** output and condition contiguous and each choice contiguous or a scalar
** (stride 0): a typed select that gcc vectorises. False: not that case. */
#define WHERE_RUN(T)                                                                \
  do {                                                                              \
    T *o_ = (T *)(void *)ptr[0];                                                    \
    const char *c_ = ptr[1];                                                        \
    const T *p_ = (const T *)(const void *)ptr[2], *q_ = (const T *)(const void *)ptr[3]; \
    if (st[2] && st[3])                                                             \
      for (int64_t i = 0; i < n; i++) o_[i] = c_[i] ? p_[i] : q_[i];                \
    else if (st[2])                                                                 \
      for (int64_t i = 0; i < n; i++) o_[i] = c_[i] ? p_[i] : q_[0];                \
    else if (st[3])                                                                 \
      for (int64_t i = 0; i < n; i++) o_[i] = c_[i] ? p_[0] : q_[i];                \
    else                                                                            \
      for (int64_t i = 0; i < n; i++) o_[i] = c_[i] ? p_[0] : q_[0];                \
  } while (0)

static bool where_run(size_t isz, char *const *ptr, const int64_t *st, int64_t n) {
  int64_t s = (int64_t)isz;
  if (st[0] != s || st[1] != 1 || (st[2] != s && st[2] != 0) || (st[3] != s && st[3] != 0)) return false;
  switch (isz) {
  case 1: WHERE_RUN(uint8_t); return true;
  case 2: WHERE_RUN(uint16_t); return true;
  case 4: WHERE_RUN(uint32_t); return true;
  case 8: WHERE_RUN(uint64_t); return true;
  default: return false;
  }
}

static Value np_where(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "where() takes no keyword arguments");
  if (a->argc == 0) /* NumPy's Python-level dispatcher words it */
    vm_raise(vm, &EXC_TypeError, "where() missing 1 required positional argument: 'condition'");
  if (a->argc == 1) return nonzero_impl(vm, a->argv[0]);
  if (a->argc != 3) vm_raise(vm, &EXC_ValueError, "either both or neither of x and y should be given");
  NdArray *cond = uf_as_array_dt(vm, a->argv[0], DT_BOOL);
  Value ops[2] = {a->argv[1], a->argv[2]};
  for (int i = 0; i < 2; i++) arr_reject_object_int(vm, ops[i]);
  DType dt = arr_result_type(vm, 2, ops);
  NdArray *x = uf_as_array_dt(vm, ops[0], dt), *y = uf_as_array_dt(vm, ops[1], dt);
  NdArray *all[3] = {cond, x, y};
  int nd;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes(vm, 3, all, &nd, shape);
  NdArray *r = arr_new_uninit(vm, dt, nd, shape);
  NdArray *io[4] = {r, cond, x, y};
  ArrIter it;
  size_t isz = (size_t)dt_size(dt);
  if (arr_iter_init(vm, &it, 4, io, nd, shape)) {
    do {
      if (where_run(isz, it.ptr, it.stride, it.n)) continue;
      char *o = it.ptr[0], *c = it.ptr[1], *p = it.ptr[2], *q = it.ptr[3];
      for (int64_t i = 0; i < it.n; i++) {
        memcpy(o, *c ? p : q, isz);
        o += it.stride[0], c += it.stride[1], p += it.stride[2], q += it.stride[3];
      }
    } while (arr_iter_next(&it));
  }
  return v_obj(r); /* a 0-d result stays an array, as in NumPy */
}

/* ---- bincount / histogram ------------------------------------------------------------ */

static Value bincount_impl(VM *vm, Value xv, Value weights, int64_t minlength) {
  NdArray *x0 = uf_as_array(vm, xv);
  if (x0->ndim != 1) vm_raise(vm, &EXC_ValueError, "object too deep for desired array");
  if (!dt_is_int((DType)x0->dtype) && !dt_is_bool((DType)x0->dtype) && x0->size > 0)
    vm_raise(vm, &EXC_TypeError, "Cannot cast array data from dtype('%s') to dtype('int64') according to the rule 'safe'",
             dt_name((DType)x0->dtype));
  NdArray *x = arr_contiguous(vm, x0, DT_INT64);
  if (minlength < 0) vm_raise(vm, &EXC_ValueError, "'minlength' must not be negative");
  const int64_t *xi = (const int64_t *)x->data;
  int64_t mx = -1;
  for (int64_t i = 0; i < x->size; i++) {
    if (xi[i] < 0) vm_raise(vm, &EXC_ValueError, "'list' argument must have no negative elements");
    if (xi[i] > mx) mx = xi[i];
  }
  int64_t n = mx + 1 > minlength ? mx + 1 : minlength;
  if (!given(weights)) {
    NdArray *r = arr_new(vm, DT_INT64, 1, &n);
    for (int64_t i = 0; i < x->size; i++) ((int64_t *)r->data)[xi[i]]++;
    return v_obj(r);
  }
  NdArray *w = arr_contiguous(vm, uf_as_array(vm, weights), DT_FLOAT64);
  if (w->size != x->size) vm_raise(vm, &EXC_ValueError, "The weights and list don't have the same length.");
  NdArray *r = arr_new(vm, DT_FLOAT64, 1, &n);
  for (int64_t i = 0; i < x->size; i++) ((double *)r->data)[xi[i]] += ((const double *)w->data)[i];
  return v_obj(r);
}

static Value np_bincount(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "bincount", "!x,|weights,minlength", v);
  return bincount_impl(vm, v[0], v[1], given(v[2]) ? v_index(vm, v[2], "minlength") : 0);
}

static double elem_double(DType dt, const char *p) {
  double d;
  arr_cast_strided(DT_FLOAT64, (char *)&d, 8, dt, p, 0, 1);
  return d;
}

static Value np_histogram(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "histogram", "!a,|bins,range,density,weights", v);
  NdArray *x = arr_contiguous(vm, arr_ravel(vm, uf_as_array(vm, v[0])), -1);
  NdArray *w = given(v[4]) ? arr_contiguous(vm, arr_ravel(vm, uf_as_array(vm, v[4])), -1) : NULL;
  if (w && w->size != x->size) vm_raise(vm, &EXC_ValueError, "weights should have the same shape as a.");
  DType xt = (DType)x->dtype;
  NdArray *edges;
  bool uniform = false;
  double first = 0, last = 1;
  int64_t nb = 10;
  NdArray *binsa = given(v[1]) && !v_is_intlike(v[1]) ? uf_as_array(vm, v[1]) : NULL;
  if (binsa && binsa->ndim == 0) binsa = NULL;
  if (!binsa) {
    if (given(v[1])) nb = v_index(vm, v[1], "bins");
    if (nb < 1) vm_raise(vm, &EXC_ValueError, "`bins` must be positive, when an integer");
    DType bt = xt;
    if (given(v[2])) {
      Value r0 = v_getitem(vm, v[2], v_int(0)), r1 = v_getitem(vm, v[2], v_int(1));
      first = v_to_double(vm, r0);
      last = v_to_double(vm, r1);
      if (first > last) vm_raise(vm, &EXC_ValueError, "max must be larger than min in range parameter.");
      if (!isfinite(first) || !isfinite(last)) {
        Value s0 = v_repr(vm, r0), s1 = v_repr(vm, r1);
        vm_raise(vm, &EXC_ValueError, "supplied range of [%s, %s] is not finite", as_str(s0)->data,
                 as_str(s1)->data);
      }
      Value ops[3] = {r0, r1, v_obj(x)};
      bt = arr_result_type(vm, 3, ops);
    } else if (x->size == 0) {
      first = 0, last = 1;
    } else {
      NdArray *mn = uf_reduce(vm, UF_minimum, x, ~0ull, false, -1, NULL, v_empty(), "min");
      NdArray *mxa = uf_reduce(vm, UF_maximum, x, ~0ull, false, -1, NULL, v_empty(), "max");
      first = elem_double(xt, mn->data);
      last = elem_double(xt, mxa->data);
      if (!isfinite(first) || !isfinite(last)) {
        Value s0 = v_repr(vm, arr_return(vm, mn)), s1 = v_repr(vm, arr_return(vm, mxa));
        vm_raise(vm, &EXC_ValueError, "autodetected range of [%s, %s] is not finite",
                 as_str(s0)->data, as_str(s1)->data);
      }
    }
    if (first == last) first -= 0.5, last += 0.5;
    if (!dt_is_float(bt) && !dt_is_complex(bt)) bt = DT_FLOAT64;
    if (dt_is_complex(bt)) bt = DT_FLOAT64;
    /* np.linspace(first, last, nb + 1, dtype=bt) */
    int64_t ne = nb + 1;
    NdArray *e = arr_new(vm, DT_FLOAT64, 1, &ne);
    double *ed = (double *)e->data, delta = last - first, step = delta / (double)nb;
    for (int64_t i = 0; i < ne; i++) ed[i] = step == 0 ? (double)i / (double)nb * delta + first
                                                        : (double)i * step + first;
    ed[nb] = last;
    edges = bt == DT_FLOAT64 ? e : arr_cast(vm, e, bt);
    uniform = bt == DT_FLOAT64;
  } else {
    edges = arr_contiguous(vm, binsa, -1);
    nb = edges->size - 1;
    for (int64_t i = 0; i < nb; i++)
      if (elem_double((DType)edges->dtype, edges->data + i * edges->itemsize) >
          elem_double((DType)edges->dtype, edges->data + (i + 1) * edges->itemsize))
        vm_raise(vm, &EXC_ValueError, "`bins` must increase monotonically, when an array");
  }
  DType nt = w ? (DType)w->dtype : DT_INT64;
  NdArray *n = arr_new(vm, nt == DT_INT64 ? DT_INT64 : DT_FLOAT64, 1, &nb);
  NdArray *ed = arr_contiguous(vm, edges, DT_FLOAT64);
  const double *e = (const double *)ed->data;
  NdArray *xd = arr_contiguous(vm, x, DT_FLOAT64);
  NdArray *wd = w ? arr_contiguous(vm, w, DT_FLOAT64) : NULL;
  const double *xs = (const double *)xd->data;
  if (uniform) {
    /* NumPy's fast path for equal bins, block by block (BLOCK = 65536) */
    double norm_denom = last - first;
    for (int64_t i = 0; i < x->size; i++) {
      double t = xs[i];
      if (!(t >= first && t <= last)) continue;
      double f = ((t - first) / norm_denom) * (double)nb;
      int64_t k = (int64_t)f;
      if (k == nb) k--;
      if (t < e[k]) k--;
      if (t >= e[k + 1] && k != nb - 1) k++;
      if (wd) ((double *)n->data)[k] += ((const double *)wd->data)[i];
      else ((int64_t *)n->data)[k]++;
    }
  } else {
    /* cumulative counts by binary search over the sorted data */
    NdArray *s = arr_copy(vm, xd);
    NdArray *sw = NULL;
    if (wd) {
      int64_t sz = x->size;
      NdArray *perm = arr_new(vm, DT_INT64, 1, &sz), *tmp = arr_new(vm, DT_INT64, 1, &sz);
      argsort_buf(DT_FLOAT64, SORT_QUICK, xd->data, (int64_t *)perm->data, (int64_t *)tmp->data, sz);
      sw = arr_new(vm, DT_FLOAT64, 1, &sz);
      for (int64_t i = 0; i < sz; i++) {
        int64_t p = ((int64_t *)perm->data)[i];
        ((double *)s->data)[i] = xs[p];
        ((double *)sw->data)[i] = ((const double *)wd->data)[p];
      }
    } else {
      NdArray *tmp = arr_new(vm, DT_FLOAT64, 1, &s->size);
      sort_buf(DT_FLOAT64, SORT_QUICK, s->data, tmp->data, s->size);
    }
    const double *sd = (const double *)s->data;
    int64_t prev = 0;
    double cw_prev = 0;
    for (int64_t b = 0; b <= nb; b++) {
      int64_t c = search_buf(DT_FLOAT64, s->data, s->size, (const char *)&e[b], b == nb);
      if (b > 0) {
        if (sw) {
          double cw = 0;
          for (int64_t i = 0; i < c; i++) cw += ((double *)sw->data)[i];
          ((double *)n->data)[b - 1] = cw - cw_prev;
          cw_prev = cw;
        } else {
          ((int64_t *)n->data)[b - 1] = c - prev;
        }
      } else if (sw) {
        for (int64_t i = 0; i < c; i++) cw_prev += ((double *)sw->data)[i];
      }
      prev = c;
    }
    (void)sd;
  }
  Value hist = v_obj(n);
  if (given(v[3]) && v_truthy(vm, v[3])) {
    NdArray *db = arr_new(vm, DT_FLOAT64, 1, &nb);
    for (int64_t i = 0; i < nb; i++) ((double *)db->data)[i] = e[i + 1] - e[i];
    NdArray *tot = uf_reduce(vm, UF_add, n, ~0ull, false, -1, NULL, v_empty(), "sum");
    Value q = uf_binary(vm, UF_divide, hist, v_obj(db));
    hist = uf_binary(vm, UF_divide, q, arr_return(vm, tot));
  }
  Value items[2] = {hist, v_obj(edges)};
  return tuple_from(vm, items, 2);
}

/* ---- diff --------------------------------------------------------------------------- */

static Value np_diff(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "diff", "!a,|n,axis,prepend,append", v);
  int64_t n = given(v[1]) ? v_index(vm, v[1], "n") : 1;
  NdArray *x = uf_as_array(vm, v[0]);
  if (n == 0) return v_obj(x);
  if (n < 0) vm_raise(vm, &EXC_ValueError, "order must be non-negative but got %lld", (long long)n);
  if (x->ndim == 0) vm_raise(vm, &EXC_ValueError, "diff requires input that is at least one dimensional");
  int axis = arr_normalize_axis(vm, is_empty(v[2]) ? -1 : axis_arg(vm, v[2], false), x->ndim);
  for (int k = 0; k < 2; k++) {
    Value pa = v[3 + k];
    if (!given(pa)) continue;
    NdArray *p = uf_as_array(vm, pa);
    if (p->ndim == 0) {
      int64_t sh[ARR_MAXDIMS];
      for (int d = 0; d < x->ndim; d++) sh[d] = d == axis ? 1 : x->shape[d];
      p = arr_broadcast_to(vm, p, x->ndim, sh);
    }
    List *parts = list_new(vm, 2);
    list_append(vm, parts, v_obj(k ? x : p));
    list_append(vm, parts, v_obj(k ? p : x));
    x = concat(vm, parts, axis, false, -1);
  }
  for (int64_t it = 0; it < n; it++) {
    int64_t len = x->shape[axis];
    int64_t sh[ARR_MAXDIMS];
    for (int d = 0; d < x->ndim; d++) sh[d] = x->shape[d];
    sh[axis] = len > 0 ? len - 1 : 0;
    NdArray *hi = arr_view(vm, x, (DType)x->dtype, x->ndim, sh, x->strides,
                           len > 0 ? x->data + x->strides[axis] : x->data);
    NdArray *lo = arr_view(vm, x, (DType)x->dtype, x->ndim, sh, x->strides, x->data);
    UfId op = x->dtype == DT_BOOL ? UF_not_equal : UF_subtract;
    x = uf_binary_arr(vm, op, v_obj(hi), v_obj(lo));
  }
  return v_obj(x);
}

/* ---- round ---------------------------------------------------------------------------- */

static double power_of_ten(int64_t n) {
  static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  double ret;
  if (n < 9) {
    ret = p10[n];
  } else {
    ret = 1e9;
    while (n-- > 9) ret *= 10.;
  }
  return ret;
}

/* x rounded to dec decimals, as a new array of x's dtype. */
static NdArray *round_arr(VM *vm, NdArray *x, int64_t dec) {
  DType dt = (DType)x->dtype;
  if (dt_is_bool(dt)) {
    /* not an integer to PyArray_Round: rint of bool (a float16 loop, refused
    ** there), or x * 10**dec (x / 10**-dec) into a bool output */
    if (dec == 0) return uf_as_array(vm, uf_unary(vm, UF_rint, v_obj(x)));
    uf_raise_output_cast(vm, dec > 0 ? "multiply" : "divide", DT_FLOAT64, DT_BOOL, "same_kind");
  }
  if (dec >= 0 && dt_is_int(dt)) return arr_copy(vm, x);
  if (dt_is_complex(dt)) {
    /* NumPy rounds the real and imaginary parts as float arrays: scaling
       by a complex 10 and dividing by it back would round differently */
    NdArray *res = arr_copy(vm, x);
    for (int imag = 0; imag < 2; imag++)
      arr_assign(vm, arr_part_view(vm, res, imag), round_arr(vm, arr_part_view(vm, x, imag), dec));
    return res;
  }
  bool neg = dec < 0;
  double f = power_of_ten(neg ? -dec : dec);
  Value fv = v_float(f);
  if (dt_is_int(dt)) {
    NdArray *t = uf_binary_arr(vm, UF_divide, v_obj(x), fv);
    uf_call(vm, UF_rint, 1, (Value[]){v_obj(t)}, v_obj(t), -1, v_empty(), NULL);
    uf_call(vm, UF_multiply, 2, (Value[]){v_obj(t), fv}, v_obj(t), -1, v_empty(), NULL);
    return arr_cast(vm, t, dt);
  }
  NdArray *t = uf_binary_arr(vm, neg ? UF_divide : UF_multiply, v_obj(x), fv);
  if ((DType)t->dtype != dt) t = arr_cast(vm, t, dt);
  uf_call(vm, UF_rint, 1, (Value[]){v_obj(t)}, v_obj(t), -1, v_empty(), NULL);
  uf_call(vm, neg ? UF_multiply : UF_divide, 2, (Value[]){v_obj(t), fv}, v_obj(t), -1, v_empty(),
          "unsafe");
  return t;
}

/* Like a ufunc, round gives a scalar for a 0-d array as for a scalar. */
static Value round_impl(VM *vm, Value av, Value decv, Value outv) {
  int64_t dec = given(decv) ? v_index(vm, decv, "decimals") : 0;
  NdArray *res = round_arr(vm, uf_as_array(vm, av), dec);
  if (!given(outv)) return arr_return(vm, res);
  arr_assign(vm, as_array(outv), res);
  return outv;
}

static Value np_round(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "round_", "!a,|decimals,out", v); /* np.round is round_ in NumPy 1.24 */
  return round_impl(vm, v[0], v[1], v[2]);
}

static Value np_around(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "around", "!a,|decimals,out", v);
  return round_impl(vm, v[0], v[1], v[2]);
}

Value np_m_round(VM *vm, Value self, const Args *a) {
  Value v[2];
  args_parse(vm, a, "round", "|decimals,out", v);
  return round_impl(vm, self, v[0], v[1]);
}

/* ---- clip / ptp ------------------------------------------------------------------------ */

/* NumPy 1.24 takes a scalar NaN bound for no bound (deprecated: _clip in
** numpy/core/_methods.py replaces it by -inf / inf before the ufunc). */
static Value clip_bound(VM *vm, Value v, double unbounded) {
  if (!given(v) || uf_as_array(vm, v)->ndim != 0) return v;
  Value nan = uf_call(vm, UF_isnan, 1, &v, v_empty(), -1, v_empty(), NULL);
  return v_truthy(vm, nan) ? v_float(unbounded) : v;
}

static Value clip_impl(VM *vm, Value av, Value mn, Value mx, Value out) {
  if (!given(mn) && !given(mx)) vm_raise(vm, &EXC_ValueError, "One of max or min must be given");
  mn = clip_bound(vm, mn, -INFINITY);
  mx = clip_bound(vm, mx, INFINITY);
  Value ops[3];
  int n = 0;
  ops[n++] = av;
  if (given(mn)) ops[n++] = mn;
  if (given(mx)) ops[n++] = mx;
  DType dt = arr_result_type(vm, n, ops);
  if (n == 3) { /* one np.clip ufunc call in NumPy: its broadcast error names all three */
    NdArray *arrs[3];
    for (int i = 0; i < 3; i++) arrs[i] = uf_as_array(vm, ops[i]);
    int nd;
    int64_t shape[ARR_MAXDIMS];
    arr_broadcast_shapes(vm, 3, arrs, &nd, shape);
  }
  Value r = av;
  Value in[2];
  bool scalar = !is_array(av) || as_array(av)->ndim == 0;
  if (given(mn)) {
    in[0] = r, in[1] = mn;
    r = uf_call(vm, UF_maximum, 2, in, v_empty(), dt, v_empty(), NULL);
    if (!is_array(r)) r = v_obj(uf_as_array_dt(vm, r, dt));
  }
  if (given(mx)) {
    in[0] = r, in[1] = mx;
    r = uf_call(vm, UF_minimum, 2, in, v_empty(), dt, v_empty(), NULL);
  }
  if (given(out)) {
    arr_assign(vm, as_array(out), uf_as_array(vm, r));
    return out;
  }
  if (is_array(r) && scalar && as_array(r)->ndim == 0) return arr_return(vm, as_array(r));
  return r;
}

static Value np_clip(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "clip", "!a,a_min,a_max,|out", v);
  return clip_impl(vm, v[0], v[1], v[2], v[3]);
}

Value np_m_clip(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "clip", "|min,max,out", v);
  return clip_impl(vm, self, v[0], v[1], v[2]);
}

static Value ptp_impl(VM *vm, Value av, Value axis, Value keepdims) {
  NdArray *x = uf_as_array(vm, av);
  uint64_t mask = uf_axis_mask(vm, axis, x->ndim);
  bool kd = given(keepdims) && v_truthy(vm, keepdims);
  NdArray *mx = uf_reduce(vm, UF_maximum, x, mask, kd, -1, NULL, v_empty(), "max");
  NdArray *mn = uf_reduce(vm, UF_minimum, x, mask, kd, -1, NULL, v_empty(), "min");
  return uf_binary(vm, UF_subtract, v_obj(mx), v_obj(mn));
}

static Value np_ptp(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "ptp", "!a,|axis,out,keepdims", v);
  return ptp_impl(vm, v[0], v[1], v[3]);
}

Value np_m_ptp(VM *vm, Value self, const Args *a) {
  Value v[3];
  args_parse(vm, a, "ptp", "|axis,out,keepdims", v);
  return ptp_impl(vm, self, v[0], v[2]);
}

/* ---- isclose / allclose / array_equal ----------------------------------------------- */

static NdArray *isclose_arr(VM *vm, Value av, Value bv, Value rtolv, Value atolv, Value eqnanv) {
  double rtol = given(rtolv) ? v_to_double(vm, rtolv) : 1e-05;
  double atol = given(atolv) ? v_to_double(vm, atolv) : 1e-08;
  bool eqnan = given(eqnanv) && v_truthy(vm, eqnanv);
  NdArray *x = uf_as_array(vm, av);
  NdArray *y0 = uf_as_array(vm, bv);
  Value yops[2] = {v_obj(y0), v_float(1.0)};
  DType ydt = arr_result_type(vm, 2, yops);
  NdArray *y = uf_as_array_dt(vm, v_obj(y0), ydt);
  /* within_tol: |x - y| <= atol + rtol * |y| */
  Value d = uf_unary(vm, UF_absolute, uf_binary(vm, UF_subtract, v_obj(x), v_obj(y)));
  Value tol = uf_binary(vm, UF_add, v_float(atol),
                        uf_binary(vm, UF_multiply, v_float(rtol), uf_unary(vm, UF_absolute, v_obj(y))));
  NdArray *r = uf_binary_arr(vm, UF_less_equal, d, tol);
  if (r->ndim == 0 || !is_array(v_obj(r))) r = arr_copy(vm, r);
  /* non-finite pairs: equal, or both NaN with equal_nan */
  NdArray *xd = dt_is_complex((DType)x->dtype) ? x : arr_cast(vm, x, DT_FLOAT64);
  NdArray *yd = dt_is_complex((DType)y->dtype) ? y : arr_cast(vm, y, DT_FLOAT64);
  if (dt_is_complex((DType)xd->dtype) || dt_is_complex((DType)yd->dtype)) return r;
  NdArray *ops[3] = {r, xd, yd};
  ArrIter it;
  if (arr_iter_init(vm, &it, 3, ops, r->ndim, r->shape)) {
    do {
      char *o = it.ptr[0], *p = it.ptr[1], *q = it.ptr[2];
      for (int64_t i = 0; i < it.n; i++) {
        double xv = *(double *)p, yv = *(double *)q;
        if (!(isfinite(xv) && isfinite(yv))) *o = (xv == yv) || (eqnan && isnan(xv) && isnan(yv));
        o += it.stride[0], p += it.stride[1], q += it.stride[2];
      }
    } while (arr_iter_next(&it));
  }
  return r;
}

static Value np_isclose(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "isclose", "!a,b,|rtol,atol,equal_nan", v);
  return arr_return(vm, isclose_arr(vm, v[0], v[1], v[2], v[3], v[4]));
}

static bool all_true(NdArray *r) {
  for (int64_t i = 0; i < r->size; i++)
    if (!r->data[i]) return false;
  return true;
}

static Value np_allclose(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "allclose", "!a,b,|rtol,atol,equal_nan", v);
  NdArray *r = arr_contiguous(vm, isclose_arr(vm, v[0], v[1], v[2], v[3], v[4]), -1);
  return v_bool(all_true(r));
}

static Value np_array_equal(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "array_equal", "!a1,a2,|equal_nan", v);
  NdArray *x = uf_as_array(vm, v[0]), *y = uf_as_array(vm, v[1]);
  if (x->ndim != y->ndim) return v_bool(false);
  for (int d = 0; d < x->ndim; d++)
    if (x->shape[d] != y->shape[d]) return v_bool(false);
  NdArray *r = arr_contiguous(vm, uf_binary_arr(vm, UF_equal, v_obj(x), v_obj(y)), -1);
  if (given(v[2]) && v_truthy(vm, v[2])) {
    NdArray *nx = arr_contiguous(vm, uf_as_array(vm, uf_unary(vm, UF_isnan, v_obj(x))), -1);
    NdArray *ny = arr_contiguous(vm, uf_as_array(vm, uf_unary(vm, UF_isnan, v_obj(y))), -1);
    for (int64_t i = 0; i < r->size; i++) {
      if (nx->data[i] != ny->data[i]) return v_bool(false);
      if (nx->data[i]) r->data[i] = 1;
    }
  }
  return v_bool(all_true(r));
}

static Value np_array_equiv(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "array_equiv", "!a1,a2", v);
  NdArray *x = uf_as_array(vm, v[0]), *y = uf_as_array(vm, v[1]);
  NdArray *r = arr_contiguous(vm, uf_binary_arr(vm, UF_equal, v_obj(x), v_obj(y)), -1);
  return v_bool(all_true(r));
}

/* ---- angle ------------------------------------------------------------------------- */

static Value np_angle(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "angle", "!z,|deg", v);
  NdArray *z = uf_as_array(vm, v[0]);
  Value re, im;
  if (dt_is_complex((DType)z->dtype)) {
    DType rt = dt_real_of((DType)z->dtype);
    NdArray *r = arr_view(vm, z, rt, z->ndim, z->shape, z->strides, z->data);
    NdArray *i = arr_view(vm, z, rt, z->ndim, z->shape, z->strides, z->data + dt_size(rt));
    re = v_obj(r), im = v_obj(i);
  } else {
    re = is_array(v[0]) ? v[0] : v_obj(z);
    im = v_int(0);
  }
  Value r = uf_binary(vm, UF_arctan2, im, re);
  if (given(v[1]) && v_truthy(vm, v[1])) r = uf_binary(vm, UF_multiply, r, v_float(180.0 / M_PI));
  return r;
}

/* ---- interp ---------------------------------------------------------------------------
** NumPy 1.24's np.interp: the period handling of function_base.py, then
** compiled_base.c's arr_interp / arr_interp_complex loop for loop (its
** binary search with a guess, its slope formulas, its NaN fix-up), so that
** every rounding and every answer for unsorted or NaN sample points is NumPy's. */

/* An operand as PyArray_ContiguousFromAny(obj, dt, nd, nd) makes it (nd -1:
** any): a contiguous copy of dtype dt, NumPy's errors for a complex operand
** of a real dt and for a wrong number of dimensions. */
static NdArray *interp_operand(VM *vm, Value v, DType dt, int nd) {
  NdArray *x = uf_as_array(vm, v);
  if (dt == DT_FLOAT64 && dt_is_complex((DType)x->dtype)) {
    if (!is_array(v) && !is_npscalar(v))
      vm_raise(vm, &EXC_TypeError, "float() argument must be a string or a real number, not 'complex'");
    vm_raise(vm, &EXC_TypeError, "Cannot cast %s from dtype('%s') to dtype('float64') according to the rule 'safe'",
             x->ndim ? "array data" : "scalar", dt_name((DType)x->dtype));
  }
  if (nd >= 0 && x->ndim > nd) vm_raise(vm, &EXC_ValueError, "object too deep for desired array");
  if (nd >= 0 && x->ndim < nd) vm_raise(vm, &EXC_ValueError, "object of too small depth for desired array");
  return arr_contiguous(vm, x, dt);
}

/* binary_search_with_guess: i with arr[i] <= key < arr[i + 1] (-1 below
** arr[0], len above arr[len - 1]), looking first around the previous answer. */
static int64_t interp_search(double key, const double *arr, int64_t len, int64_t guess) {
  enum { CACHE = 8 }; /* LIKELY_IN_CACHE_SIZE */
  int64_t imin = 0, imax = len;
  if (key > arr[len - 1]) return len;
  if (key < arr[0]) return -1;
  if (len <= 4) {
    int64_t i = 1;
    while (i < len && key >= arr[i]) i++;
    return i - 1;
  }
  if (guess > len - 3) guess = len - 3;
  if (guess < 1) guess = 1;
  if (key < arr[guess]) {
    if (key >= arr[guess - 1]) return guess - 1;
    imax = guess - 1;
    if (guess > CACHE && key >= arr[guess - CACHE]) imin = guess - CACHE;
  } else {
    if (key < arr[guess + 1]) return guess;
    if (key < arr[guess + 2]) return guess + 1;
    imin = guess + 2;
    if (guess < len - CACHE - 1 && key < arr[guess + CACHE]) imax = guess + CACHE;
  }
  while (imin < imax) {
    int64_t mid = imin + ((imax - imin) >> 1);
    if (key >= arr[mid]) imin = mid + 1;
    else imax = mid;
  }
  return imin - 1;
}

/* slope * (x - dx[j]) + dy[j], retried from the right end when NaN, and
** dy[j] when both ends are equal (an infinite pair): arr_interp's fix-up.
** dy here is one real component at a stride of `st` doubles. */
static double interp_lerp(double slope, double x, const double *dx, const double *dy, int64_t j, int st) {
  double r = slope * (x - dx[j]) + dy[j * st];
  if (!isnan(r)) return r;
  r = slope * (x - dx[j + 1]) + dy[(j + 1) * st];
  if (isnan(r) && dy[j * st] == dy[(j + 1) * st]) r = dy[j * st];
  return r;
}

/* The slope of component dy between sample points j and j + 1: a division
** for real fp, a multiplication by 1 / dx for complex fp (as NumPy). */
static double interp_slope(const double *dx, const double *dy, int64_t j, int st) {
  if (st == 1) return (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
  double inv = 1.0 / (dx[j + 1] - dx[j]);
  return (dy[(j + 1) * st] - dy[j * st]) * inv;
}

/* left= / right=: PyFloat_AsDouble, or PyComplex_{Real,Imag}AsDouble for
** complex fp (an array of one item goes through its item). */
static void interp_fill(VM *vm, Value v, const double *dflt, int parts, double *out) {
  if (!given(v)) {
    for (int k = 0; k < parts; k++) out[k] = dflt[k];
    return;
  }
  if (is_array(v) && as_array(v)->size == 1) v = arr_item_py(vm, (DType)as_array(v)->dtype, as_array(v)->data);
  Value n = v_number(vm, v);
  if (parts == 2 && is_complex(n)) {
    out[0] = as_complex(n)->re, out[1] = as_complex(n)->im;
    return;
  }
  out[0] = v_to_double(vm, n);
  if (parts == 2) out[1] = 0.0;
}

static void interp_loop(const double *dz, int64_t lenx, const double *dx, const double *dy, int64_t lenxp,
                        int parts, const double *lval, const double *rval, double *res) {
  for (int64_t i = 0, j = 0; i < lenx; i++) {
    double x = dz[i], *r = res + i * parts;
    const double *pick = NULL;
    if (lenxp == 1) {
      pick = x < dx[0] ? lval : x > dx[0] ? rval : dy;
    } else if (isnan(x)) {
      r[0] = x;
      if (parts == 2) r[1] = 0.0;
      continue;
    } else {
      j = interp_search(x, dx, lenxp, j);
      if (j == -1) pick = lval;
      else if (j == lenxp) pick = rval;
      else if (j == lenxp - 1 || dx[j] == x) pick = dy + j * parts;
    }
    for (int k = 0; k < parts; k++)
      r[k] = pick ? pick[k] : interp_lerp(interp_slope(dx, dy + k, j, parts), x, dx, dy + k, j, parts);
  }
}

/* np.interp's period= branch: x and xp taken modulo |period|, xp sorted
** (fp with it) and extended by one point at each end. */
static void interp_periodic(VM *vm, Value period, Value *x, Value *xp, Value *fp, DType fdt) {
  if (v_truthy(vm, uf_binary(vm, UF_equal, period, v_int(0))))
    vm_raise(vm, &EXC_ValueError, "period must be a non-zero value");
  period = uf_unary(vm, UF_absolute, period);
  NdArray *ax = uf_as_array(vm, *x), *axp = uf_as_array(vm, *xp), *afp = uf_as_array(vm, *fp);
  if (dt_is_complex((DType)ax->dtype) || dt_is_complex((DType)axp->dtype))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.interp(period=) with complex x or xp is not supported");
  ax = arr_contiguous(vm, ax, DT_FLOAT64);
  axp = arr_contiguous(vm, axp, DT_FLOAT64);
  afp = arr_contiguous(vm, afp, fdt);
  if (axp->ndim != 1 || afp->ndim != 1) vm_raise(vm, &EXC_ValueError, "Data points must be 1-D sequences");
  if (axp->shape[0] != afp->shape[0]) vm_raise(vm, &EXC_ValueError, "fp and xp are not of the same length");
  *x = uf_binary(vm, UF_remainder, v_obj(ax), period);
  Value xs = uf_binary(vm, UF_remainder, v_obj(axp), period);
  Value order = argsort_impl(vm, xs, v_empty(), v_empty());
  xs = arr_getitem(vm, xs, order);
  Value fs = arr_getitem(vm, v_obj(afp), order);
  int64_t n = axp->shape[0];
  Value last = v_obj(axis_range(vm, as_array(xs), 0, n ? n - 1 : 0, n ? 1 : 0));
  Value first = v_obj(axis_range(vm, as_array(xs), 0, 0, n ? 1 : 0));
  List *lx = list_new(vm, 3), *lf = list_new(vm, 3);
  list_append(vm, lx, uf_binary(vm, UF_subtract, last, period));
  list_append(vm, lx, xs);
  list_append(vm, lx, uf_binary(vm, UF_add, first, period));
  list_append(vm, lf, v_obj(axis_range(vm, as_array(fs), 0, n ? n - 1 : 0, n ? 1 : 0)));
  list_append(vm, lf, fs);
  list_append(vm, lf, v_obj(axis_range(vm, as_array(fs), 0, 0, n ? 1 : 0)));
  *xp = v_obj(concat(vm, lx, 0, false, -1));
  *fp = v_obj(concat(vm, lf, 0, false, -1));
}

static Value np_interp(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "interp", "!x,xp,fp,|left,right,period", v);
  DType fdt = dt_is_complex((DType)uf_as_array(vm, v[2])->dtype) ? DT_COMPLEX128 : DT_FLOAT64;
  int parts = fdt == DT_COMPLEX128 ? 2 : 1;
  if (given(v[5])) {
    interp_periodic(vm, v[5], &v[0], &v[1], &v[2], fdt);
    v[3] = v[4] = v_none();
  }
  NdArray *fp = interp_operand(vm, v[2], fdt, 1), *xp = interp_operand(vm, v[1], DT_FLOAT64, 1);
  NdArray *x = interp_operand(vm, v[0], DT_FLOAT64, -1);
  int64_t lenxp = xp->size;
  if (lenxp == 0) vm_raise(vm, &EXC_ValueError, "array of sample points is empty");
  if (fp->size != lenxp) vm_raise(vm, &EXC_ValueError, "fp and xp are not of the same length.");
  NdArray *r = arr_new_uninit(vm, fdt, x->ndim, x->shape);
  const double *dy = (const double *)fp->data;
  double lval[2], rval[2];
  interp_fill(vm, v[3], dy, parts, lval);
  interp_fill(vm, v[4], dy + (lenxp - 1) * parts, parts, rval);
  interp_loop((const double *)x->data, x->size, (const double *)xp->data, dy, lenxp, parts, lval, rval,
              (double *)r->data);
  return arr_return(vm, r);
}

/* ---- tri, atleast_1d/2d/3d ------------------------------------------------------------ */

/* np.tri(N, M=None, k=0, dtype=float): greater_equal.outer(arange(N),
** arange(-k, M - k)) as dtype, i.e. 1 where j <= i + k. Integer sizes only. */
static Value np_tri(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "tri", "!N,|M,k,dtype,$like", v);
  if (given(v[4])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.tri(like=) is not supported");
  for (int i = 0; i < 3; i++)
    if (given(v[i]) && !v_is_intlike(v_number(vm, v[i])))
      vm_raise(vm, &EXC_NotImplementedError, "streak: np.tri with a non-integer %s is not supported",
               i == 0 ? "N" : i == 1 ? "M" : "k");
  int64_t n = v_index(vm, v[0], "N"), m = given(v[1]) ? v_index(vm, v[1], "M") : n;
  int64_t k = given(v[2]) ? v_index(vm, v[2], "k") : 0;
  int dt = given(v[3]) ? np_dtype_from_value(vm, v[3]) : DT_FLOAT64;
  int64_t sh[2] = {n > 0 ? n : 0, m > 0 ? m : 0};
  NdArray *r = arr_new(vm, (DType)dt, 2, sh);
  for (int64_t i = 0; i < sh[0]; i++)
    for (int64_t j = 0; j < sh[1]; j++)
      if (i >= j - k) arr_store_value(vm, (DType)dt, r->data + (i * sh[1] + j) * r->itemsize, v_int(1));
  return v_obj(r);
}

/* x viewed with length-1 axes making it `nd` dims: 0-d -> (1, ..., 1),
** 1-d (N,) -> (1, N) or (1, N, 1), 2-d (M, N) -> (M, N, 1). */
static NdArray *at_least(VM *vm, NdArray *x, int nd) {
  if (x->ndim >= nd) return x;
  int64_t sh[3] = {1, 1, 1}, st[3] = {0, 0, 0};
  int at = x->ndim == 1 && nd > 1 ? 1 : 0; /* where x's dims start */
  for (int d = 0; d < x->ndim; d++) sh[at + d] = x->shape[d], st[at + d] = x->strides[d];
  return arr_view(vm, x, (DType)x->dtype, nd, sh, st, x->data);
}

static Value atleast_impl(VM *vm, const Args *a, int nd, const char *fname) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                       as_str(a->kwnames[0])->data);
  if (a->argc == 1) return v_obj(at_least(vm, uf_as_array(vm, a->argv[0]), nd));
  List *l = list_new(vm, a->argc);
  for (int i = 0; i < a->argc; i++) list_append(vm, l, v_obj(at_least(vm, uf_as_array(vm, a->argv[i]), nd)));
  return v_obj(l);
}

static Value np_atleast_1d(VM *vm, Value self, const Args *a) { (void)self; return atleast_impl(vm, a, 1, "atleast_1d"); }
static Value np_atleast_2d(VM *vm, Value self, const Args *a) { (void)self; return atleast_impl(vm, a, 2, "atleast_2d"); }
static Value np_atleast_3d(VM *vm, Value self, const Args *a) { (void)self; return atleast_impl(vm, a, 3, "atleast_3d"); }

/* ---- split, array_split (numpy/lib/shape_base.py) ---------------------------------- */

/* Python's clamping of a slice bound i into [0, n]. */
static int64_t slice_bound(int64_t i, int64_t n) {
  if (i < 0) i += n;
  return i < 0 ? 0 : i > n ? n : i;
}

/* nsec + 1 division points in a GC-owned buffer (nothing leaks when a
** later index raises). */
static int64_t *split_points(VM *vm, int64_t nsec) {
  int64_t n = nsec + 1;
  return (int64_t *)arr_new(vm, DT_INT64, 1, &n)->data;
}

/* array_split: Ntotal from ary.shape[axis] (len(ary) for a list, as
** NumPy's AttributeError fallback), division points from the indices or
** from the section sizes (the first Ntotal % N sections one longer), then
** views sary[st:end] along axis. */
static Value array_split_impl(VM *vm, Value ary, Value ios, Value axisv) {
  int64_t axis = given(axisv) ? v_index(vm, axisv, "axis") : 0;
  int64_t ntotal;
  NdArray *x;
  if (is_array(ary)) {
    x = as_array(ary);
    if (axis >= x->ndim || axis < -x->ndim) vm_raise(vm, &EXC_IndexError, "tuple index out of range");
    ntotal = x->shape[axis < 0 ? axis + x->ndim : axis];
  } else {
    ntotal = v_len(vm, ary);
    x = uf_as_array(vm, ary);
  }
  int ax = arr_normalize_axis(vm, axis, x->ndim);
  int64_t nsec, *pts;
  bool seq = is_list(ios) || is_tuple(ios) || (is_array(ios) && as_array(ios)->ndim > 0);
  if (seq) {
    nsec = v_len(vm, ios) + 1;
    pts = split_points(vm, nsec);
    pts[0] = 0, pts[nsec] = ntotal;
    for (int64_t i = 1; i < nsec; i++) {
      Value it = v_number(vm, v_getitem(vm, ios, v_int(i - 1)));
      if (!v_is_intlike(it))
        vm_raise(vm, &EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
      pts[i] = v_index(vm, it, "index");
    }
  } else {
    Value n = v_number(vm, ios);
    nsec = is_float(n) ? (int64_t)n.as.f : v_index(vm, n, "sections");
    if (nsec <= 0) vm_raise(vm, &EXC_ValueError, "number sections must be larger than 0.");
    pts = split_points(vm, nsec);
    int64_t each = ntotal / nsec, extras = ntotal % nsec;
    pts[0] = 0;
    for (int64_t i = 0; i < nsec; i++) pts[i + 1] = pts[i] + each + (i < extras);
  }
  List *out = list_new(vm, nsec);
  int64_t n = x->shape[ax];
  for (int64_t i = 0; i < nsec; i++) {
    int64_t st = slice_bound(pts[i], n), end = slice_bound(pts[i + 1], n);
    list_append(vm, out, v_obj(axis_range(vm, x, ax, st, end > st ? end - st : 0)));
  }
  return v_obj(out);
}

static Value np_array_split(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "array_split", "!ary,indices_or_sections,|axis", v);
  return array_split_impl(vm, v[0], v[1], v[2]);
}

/* np.split: array_split, refusing sections that do not divide the axis. */
static Value np_split(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[3];
  args_parse(vm, a, "split", "!ary,indices_or_sections,|axis", v);
  Value ios = v[1];
  bool seq = is_list(ios) || is_tuple(ios) || (is_array(ios) && as_array(ios)->ndim > 0);
  if (!seq) {
    if (!is_array(v[0])) vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute 'shape'", v_typename(v[0]));
    NdArray *x = as_array(v[0]);
    int64_t axis = given(v[2]) ? v_index(vm, v[2], "axis") : 0;
    if (axis >= x->ndim || axis < -x->ndim) vm_raise(vm, &EXC_IndexError, "tuple index out of range");
    Value rem = v_binop(vm, BINOP_MOD, v_int(x->shape[axis < 0 ? axis + x->ndim : axis]), ios);
    if (v_truthy(vm, rem)) vm_raise(vm, &EXC_ValueError, "array split does not result in an equal division");
  }
  return array_split_impl(vm, v[0], v[1], v[2]);
}

/* ---- trapz, cross -------------------------------------------------------------------- */

/* Python's `lst[axis] = ...` on a list of nd items: the index checked. */
static int list_axis(VM *vm, int64_t axis, int nd) {
  if (axis < -nd || axis >= nd) vm_raise(vm, &EXC_IndexError, "list assignment index out of range");
  return (int)(axis < 0 ? axis + nd : axis);
}

/* np.diff(x) or np.diff(x, axis=axis) through np.diff itself. */
static Value diff_of(VM *vm, Value x, Value axis) {
  Value args[3] = {x, v_int(1), axis};
  Args a = args_pos(is_empty(axis) ? 1 : 3, args);
  return np_diff(vm, v_none(), &a);
}

/* np.trapz as function_base.py: d (dx, or diff(x) shaped along axis) times
** (y[1:] + y[:-1]) / 2.0, summed along axis. */
static Value np_trapz(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "trapz", "!y,|x,dx,axis", v);
  NdArray *y = uf_as_array(vm, v[0]);
  int64_t axis = is_empty(v[3]) ? -1 : v_index(vm, v[3], "axis");
  Value d = is_empty(v[2]) ? v_float(1.0) : v[2];
  if (given(v[1])) {
    NdArray *x = uf_as_array(vm, v[1]);
    if (x->ndim == 1) {
      NdArray *dd = uf_as_array(vm, diff_of(vm, v_obj(x), v_empty()));
      int64_t sh[ARR_MAXDIMS];
      for (int k = 0; k < y->ndim; k++) sh[k] = 1;
      sh[list_axis(vm, axis, y->ndim)] = dd->shape[0];
      d = v_obj(arr_reshape(vm, dd, y->ndim, sh));
    } else {
      d = diff_of(vm, v_obj(x), v_int(axis));
    }
  }
  int ax = list_axis(vm, axis, y->ndim);
  int64_t n = y->shape[ax], m = n > 0 ? n - 1 : 0;
  Value s = uf_binary(vm, UF_add, v_obj(axis_range(vm, y, ax, n > 0 ? 1 : 0, m)), v_obj(axis_range(vm, y, ax, 0, m)));
  NdArray *t = uf_as_array(vm, uf_binary(vm, UF_divide, uf_binary(vm, UF_multiply, d, s), v_float(2.0)));
  uint64_t mask = uf_axis_mask(vm, v_int(axis), t->ndim);
  return arr_return(vm, uf_reduce(vm, UF_add, t, mask, false, -1, NULL, v_empty(), "sum"));
}

/* normalize_axis_index(axis, nd, msg_prefix=name). */
static int cross_axis(VM *vm, Value v, int nd, const char *name) {
  return arr_normalize_axis_msg(vm, v_index(vm, v, name), nd, name);
}

/* x with axis moved last (np.moveaxis(x, axis, -1)), cast to dt. */
static NdArray *cross_operand(VM *vm, NdArray *x, int axis, DType dt) {
  int perm[ARR_MAXDIMS];
  for (int d = 0, j = 0; d < x->ndim; d++)
    if (d != axis) perm[j++] = d;
  perm[x->ndim - 1] = axis;
  return arr_cast(vm, arr_transpose(vm, x, perm), dt);
}

/* x[..., i]. */
static Value comp(VM *vm, NdArray *x, int i) { return v_obj(axis_item(vm, x, x->ndim - 1, i)); }

/* out = p * q (NumPy's multiply(p, q, out=out)). */
static void mul_into(VM *vm, Value p, Value q, Value out) {
  Value in[2] = {p, q};
  uf_call(vm, UF_multiply, 2, in, out, -1, v_empty(), NULL);
}

/* out -= t. */
static void sub_into(VM *vm, Value out, Value t) {
  Value in[2] = {out, t};
  uf_call(vm, UF_subtract, 2, in, out, -1, v_empty(), NULL);
}

static void neg_into(VM *vm, Value x) { uf_call(vm, UF_negative, 1, &x, x, -1, v_empty(), NULL); }

/* np.cross as numeric.py: the working axes moved last, the result of
** promote_types, and its component formulas with the same ufunc calls in
** the same order (a 2-D pair gives the z component alone, unmoved). */
static Value np_cross(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[6];
  args_parse(vm, a, "cross", "!a,b,|axisa,axisb,axisc,axis", v);
  for (int i = 2; i < 5; i++)
    if (given(v[5])) v[i] = v[5];
    else if (is_empty(v[i])) v[i] = v_int(-1);
  NdArray *x = uf_as_array(vm, v[0]), *y = uf_as_array(vm, v[1]);
  int axa = cross_axis(vm, v[2], x->ndim, "axisa"), axb = cross_axis(vm, v[3], y->ndim, "axisb");
  int64_t na = x->shape[axa], nb = y->shape[axb];
  if ((na != 2 && na != 3) || (nb != 2 && nb != 3))
    vm_raise(vm, &EXC_ValueError, "incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  DType dt = dt_promote((DType)x->dtype, (DType)y->dtype);
  x = cross_operand(vm, x, axa, dt);
  y = cross_operand(vm, y, axb, dt);
  NdArray *pair[2] = {axis_item(vm, x, x->ndim - 1, 0), axis_item(vm, y, y->ndim - 1, 0)};
  int nd;
  int64_t shape[ARR_MAXDIMS + 1];
  arr_broadcast_shapes(vm, 2, pair, &nd, shape);
  if (na == 3 || nb == 3) shape[nd++] = 3;
  int axc = na == 3 || nb == 3 ? cross_axis(vm, v[4], nd, "axisc") : 0;
  NdArray *cp = arr_new_uninit(vm, dt, nd, shape);
  Value a0 = comp(vm, x, 0), a1 = comp(vm, x, 1), b0 = comp(vm, y, 0), b1 = comp(vm, y, 1);
  if (na == 2 && nb == 2) {
    mul_into(vm, a0, b1, v_obj(cp));
    sub_into(vm, v_obj(cp), uf_binary(vm, UF_multiply, a1, b0));
    return v_obj(cp);
  }
  Value c0 = comp(vm, cp, 0), c1 = comp(vm, cp, 1), c2 = comp(vm, cp, 2);
  if (na == 2) {
    Value b2 = comp(vm, y, 2);
    mul_into(vm, a1, b2, c0);
    mul_into(vm, a0, b2, c1);
    neg_into(vm, c1);
    mul_into(vm, a0, b1, c2);
    sub_into(vm, c2, uf_binary(vm, UF_multiply, a1, b0));
  } else if (nb == 3) {
    Value a2 = comp(vm, x, 2), b2 = comp(vm, y, 2);
    mul_into(vm, a1, b2, c0);
    Value tmp = v_obj(uf_binary_arr(vm, UF_multiply, a2, b1));
    sub_into(vm, c0, tmp);
    mul_into(vm, a2, b0, c1);
    mul_into(vm, a0, b2, tmp);
    sub_into(vm, c1, tmp);
    mul_into(vm, a0, b1, c2);
    mul_into(vm, a1, b0, tmp);
    sub_into(vm, c2, tmp);
  } else {
    Value a2 = comp(vm, x, 2);
    mul_into(vm, a2, b1, c0);
    neg_into(vm, c0);
    mul_into(vm, a2, b0, c1);
    mul_into(vm, a0, b1, c2);
    sub_into(vm, c2, uf_binary(vm, UF_multiply, a1, b0));
  }
  int perm[ARR_MAXDIMS]; /* np.moveaxis(cp, -1, axisc) */
  for (int d = 0, j = 0; d < nd; d++) perm[d] = d == axc ? nd - 1 : j++;
  return v_obj(arr_transpose(vm, cp, perm));
}

/* ---- fromfunction ----------------------------------------------------------------------- */

/* np.fromfunction(function, shape, *, dtype=float, like=None, **kwargs): one
** call function(*np.indices(shape, dtype=dtype), **kwargs), the index
** arrays being the rows of one (len(shape), *shape) array as NumPy's are. */
static Value np_fromfunction(VM *vm, Value self, const Args *a) {
  (void)self;
  Value fn = a->argc > 0 ? a->argv[0] : v_empty(), shape = a->argc > 1 ? a->argv[1] : v_empty(), dtv = v_empty();
  if (a->argc > 2) vm_raise(vm, &EXC_TypeError, "fromfunction() takes 2 positional arguments but %d were given", a->argc);
  Value kwn[16], kwv[16];
  int nkw = 0;
  for (int i = 0; i < a->nkw; i++) {
    const char *k = as_str(a->kwnames[i])->data;
    if (!strcmp(k, "dtype")) dtv = a->kwvals[i];
    else if (!strcmp(k, "like")) {
      if (!is_none(a->kwvals[i])) vm_raise(vm, &EXC_NotImplementedError, "streak: np.fromfunction with like= is not supported");
    } else if (!strcmp(k, "function") && is_empty(fn)) fn = a->kwvals[i];
    else if (!strcmp(k, "shape") && is_empty(shape)) shape = a->kwvals[i];
    else {
      if (nkw == 16) vm_raise(vm, &EXC_NotImplementedError, "streak: np.fromfunction with over 16 keyword arguments");
      kwn[nkw] = a->kwnames[i], kwv[nkw++] = a->kwvals[i];
    }
  }
  if (is_empty(fn) || is_empty(shape))
    vm_raise(vm, &EXC_TypeError, "fromfunction() missing 1 required positional argument: '%s'", is_empty(fn) ? "function" : "shape");
  if (!is_tuple(shape) && !is_list(shape)) vm_raise(vm, &EXC_TypeError, "'%s' object is not iterable", v_typename(shape));
  int dt = np_dtype_from_value(vm, is_empty(dtv) ? v_none() : dtv);
  if (dt < 0) dt = DT_FLOAT64;
  int64_t sh[ARR_MAXDIMS + 1];
  int n = arr_parse_shape(vm, shape, sh + 1);
  sh[0] = n;
  for (int d = 1; dt == DT_BOOL && d <= n; d++)
    if (sh[d] > 2) /* np.indices' arange(dim, dtype=bool) */
      vm_raise(vm, &EXC_TypeError, "arange() is only supported for booleans when the result has at most length 2.");
  NdArray *res = arr_new(vm, (DType)dt, n + 1, sh);
  Value argv[ARR_MAXDIMS];
  for (int k = 0; k < n; k++) {
    NdArray *row = arr_view(vm, res, (DType)dt, n, sh + 1, res->strides + 1, res->data + k * res->strides[0]);
    for (int64_t e = 0; e < row->size; e++) {
      int64_t at = e, idx = 0;
      for (int d = n - 1; d >= 0; d--) {
        if (d == k) idx = at % sh[d + 1];
        at /= sh[d + 1];
      }
      arr_store_value(vm, (DType)dt, row->data + e * row->itemsize, v_int(idx));
    }
    argv[k] = v_obj(row);
  }
  Args ca = {n, argv, nkw, kwn, kwv};
  return vm_call(vm, fn, &ca);
}

/* ---- pad ------------------------------------------------------------------------------ */

/* np.pad(array, pad_width, mode, **kwargs) as numpy/lib/arraypad.py does it:
** the array is copied into the middle of a bigger one, then each axis in
** turn fills its pads along 1-d lanes (the earlier axes' full extent, the
** later axes' original extent), so constants in corners come from the last
** axis.  Every pad element is a copy of an original element (or a constant),
** so each axis's filling is worked out once as a map from lane position to
** original index (PAD_BEFORE/PAD_AFTER: the constants), replaying NumPy's
** chunked reflect/wrap loops literally: their results for pads wider than
** the axis are not plain periodic ones. */
typedef enum { PAD_CONSTANT, PAD_EDGE, PAD_REFLECT, PAD_SYMMETRIC, PAD_WRAP } PadMode;
enum { PAD_BEFORE = -1, PAD_AFTER = -2 };

/* The modes NumPy knows, with the keyword each allows; impl false: streak
** refuses the mode. */
#define PAD_MODES(X)                                          \
  X("constant", PAD_CONSTANT, "constant_values", true)        \
  X("edge", PAD_EDGE, NULL, true)                             \
  X("reflect", PAD_REFLECT, "reflect_type", true)             \
  X("symmetric", PAD_SYMMETRIC, "reflect_type", true)         \
  X("wrap", PAD_WRAP, NULL, true)                             \
  X("empty", PAD_CONSTANT, NULL, false)                       \
  X("linear_ramp", PAD_CONSTANT, "end_values", false)         \
  X("maximum", PAD_CONSTANT, "stat_length", false)            \
  X("mean", PAD_CONSTANT, "stat_length", false)               \
  X("median", PAD_CONSTANT, "stat_length", false)             \
  X("minimum", PAD_CONSTANT, "stat_length", false)
#define PAD_ENTRY(name, mode, kw, impl) {name, mode, kw, impl},
static const struct { const char *name; PadMode mode; const char *kw; bool impl; } pad_modes[] = {
    PAD_MODES(PAD_ENTRY)};
#define PAD_NMODES ((int)(sizeof pad_modes / sizeof pad_modes[0]))
static const char *const pad_kwnames[] = {"constant_values", "end_values", "stat_length", "reflect_type"};

static void pad_shape_str(StrBuf *b, const NdArray *x) {
  sb_puts(b, "(");
  for (int d = 0; d < x->ndim; d++) sb_printf(b, d ? ",%lld" : "%lld", (long long)x->shape[d]);
  sb_puts(b, x->ndim == 1 ? ",)" : ")");
}

/* NumPy's _as_pairs(x, ndim): for each axis and side, the flat index into
** the C-contiguous x of the value it takes (np.broadcast_to(x, (ndim, 2))
** past the one- and two-value shortcuts). */
static void pad_pairs(VM *vm, const NdArray *x, int ndim, int64_t (*idx)[2]) {
  bool col = x->ndim == 2 && x->shape[0] == 2 && x->shape[1] == 1;
  if (x->ndim < 3 && (x->size == 1 || (x->size == 2 && !col))) {
    for (int d = 0; d < ndim; d++) idx[d][0] = 0, idx[d][1] = x->size - 1;
    return;
  }
  int64_t rows = x->ndim == 2 ? x->shape[0] : 1, cols = x->ndim ? x->shape[x->ndim - 1] : 1;
  if (x->ndim > 2)
    vm_raise(vm, &EXC_ValueError, "input operand has more dimensions than allowed by the axis remapping");
  if ((rows != 1 && rows != ndim) || (cols != 1 && cols != 2)) {
    StrBuf b = STRBUF_INIT;
    sb_puts(&b, "operands could not be broadcast together with remapped shapes [original->remapped]: ");
    pad_shape_str(&b, x);
    sb_printf(&b, "  and requested shape (%d,2)", ndim);
    vm_raise(vm, &EXC_ValueError, "%s", as_str(sb_finish(vm, &b))->data);
  }
  for (int d = 0; d < ndim; d++)
    for (int s = 0; s < 2; s++) idx[d][s] = (rows == 1 ? 0 : d) * cols + (cols == 1 ? 0 : s);
}

/* pad_width: integers only, none negative, as pairs. */
static void pad_widths(VM *vm, Value v, int ndim, int64_t (*w)[2]) {
  NdArray *x = arr_from_value(vm, v, -1);
  if (!dt_is_signed((DType)x->dtype)) vm_raise(vm, &EXC_TypeError, "`pad_width` must be of integral type.");
  x = arr_contiguous(vm, x, DT_INT64);
  const int64_t *p = (const int64_t *)x->data;
  for (int64_t i = 0; i < x->size; i++)
    if (p[i] < 0) vm_raise(vm, &EXC_ValueError, "index can't contain negative values");
  int64_t idx[ARR_MAXDIMS][2];
  pad_pairs(vm, x, ndim, idx);
  for (int d = 0; d < ndim; d++) w[d][0] = p[idx[d][0]], w[d][1] = p[idx[d][1]];
}

/* constant_values, stored as out's dtype (NumPy assigns them to the pads). */
static void pad_constants(VM *vm, Value v, const NdArray *out, char (*c)[2][16]) {
  int ndim = out->ndim;
  if (is_none(v)) {
    /* padded[...] = None stores NaN in a float or complex array */
    if (dt_is_inexact((DType)out->dtype)) v = v_float(NAN);
    for (int d = 0; d < ndim; d++)
      for (int s = 0; s < 2; s++) arr_store_value(vm, (DType)out->dtype, c[d][s], v);
    return;
  }
  NdArray *x = arr_contiguous(vm, arr_from_value(vm, is_empty(v) ? v_int(0) : v, -1), -1);
  int64_t idx[ARR_MAXDIMS][2];
  pad_pairs(vm, x, ndim, idx);
  for (int d = 0; d < ndim; d++)
    for (int s = 0; s < 2; s++)
      arr_store_value(vm, (DType)out->dtype, c[d][s],
                      arr_scalar_from(vm, (DType)x->dtype, x->data + idx[d][s] * x->itemsize));
}

/* One pass of NumPy's _set_reflect_both over lane map m of length len. */
static void pad_reflect_pass(int64_t *m, int64_t len, int64_t *left, int64_t *right, bool include_edge) {
  int64_t eo = include_edge ? 1 : 0, old = len - *right - *left - (include_edge ? 0 : 1);
  if (*left > 0) {
    int64_t chunk = old < *left ? old : *left, start = *left - eo + chunk;
    for (int64_t i = 0; i < chunk; i++) m[*left - chunk + i] = m[start - i];
    *left -= chunk;
  }
  if (*right > 0) {
    int64_t chunk = old < *right ? old : *right, start = len - *right + eo - 2;
    for (int64_t i = 0; i < chunk; i++) m[len - *right + i] = m[start - i];
    *right -= chunk;
  }
}

/* One pass of NumPy's _set_wrap_both. */
static void pad_wrap_pass(int64_t *m, int64_t len, int64_t *left, int64_t *right) {
  int64_t period = len - *right - *left, nl = 0, nr = 0;
  if (*left > 0) {
    int64_t chunk = period < *left ? period : *left, src = len - *right - chunk;
    int64_t dst = *left > period ? *left - period : 0;
    if (*left > period) nl = *left - period;
    for (int64_t i = 0; i < chunk; i++) m[dst + i] = m[src + i];
  }
  if (*right > 0) {
    int64_t chunk = period < *right ? period : *right, dst = len - *right;
    if (*right > period) nr = *right - period;
    for (int64_t i = 0; i < chunk; i++) m[dst + i] = m[*left + i];
  }
  *left = nl, *right = nr;
}

/* The lane map of one axis: original index for each position, or PAD_*. */
static void pad_map(int64_t *m, int64_t n, int64_t b, int64_t e, PadMode mode, bool odd) {
  int64_t len = n + b + e;
  for (int64_t j = 0; j < len; j++) m[j] = j < b ? PAD_BEFORE : j >= b + n ? PAD_AFTER : j - b;
  if (mode == PAD_CONSTANT) return;
  if (mode == PAD_EDGE || (n == 1 && (mode == PAD_REFLECT || mode == PAD_SYMMETRIC))) {
    for (int64_t j = 0; j < len; j++) m[j] = j < b ? 0 : j >= b + n ? n - 1 : m[j];
    return;
  }
  (void)odd;
  while (b > 0 || e > 0) {
    if (mode == PAD_WRAP) pad_wrap_pass(m, len, &b, &e);
    else pad_reflect_pass(m, len, &b, &e, mode == PAD_SYMMETRIC);
  }
}

/* Fills the pads of axis ax along every lane of out. */
static void pad_axis(NdArray *out, const int64_t (*w)[2], const int64_t *n, int ax, const int64_t *m,
                     char (*c)[16]) {
  int nd = out->ndim;
  int64_t lo[ARR_MAXDIMS], hi[ARR_MAXDIMS], i[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) {
    lo[d] = d < ax ? 0 : d > ax ? w[d][0] : 0;
    hi[d] = d < ax ? out->shape[d] : d > ax ? w[d][0] + n[d] : 1;
    if (lo[d] >= hi[d]) return;
    i[d] = lo[d];
  }
  int64_t len = out->shape[ax], st = out->strides[ax], isz = out->itemsize;
  for (;;) {
    char *base = out->data;
    for (int d = 0; d < nd; d++) base += i[d] * out->strides[d];
    for (int64_t j = 0; j < len; j++) {
      if (j == w[ax][0]) j += n[ax];
      if (j >= len) break;
      const char *src = m[j] >= 0 ? base + (w[ax][0] + m[j]) * st : c[m[j] == PAD_BEFORE ? 0 : 1];
      memcpy(base + j * st, src, (size_t)isz);
    }
    int d = nd - 1;
    for (; d >= 0; d--) {
      if (++i[d] < hi[d]) break;
      i[d] = lo[d];
    }
    if (d < 0) return;
  }
}

static int pad_mode(VM *vm, Value v) {
  if (is_empty(v)) return 0;
  Type *t = v_type(v);
  if (t->call || t == &TYPE_TYPE || t == &TYPE_BUILTIN || is_function(v))
    vm_raise(vm, &EXC_NotImplementedError, "streak: np.pad with a callable mode is not supported");
  for (int k = 0; is_str(v) && k < PAD_NMODES; k++)
    if (str_eq_c(as_str(v), pad_modes[k].name)) {
      if (!pad_modes[k].impl)
        vm_raise(vm, &EXC_NotImplementedError, "streak: np.pad mode '%s' is not supported", pad_modes[k].name);
      return k;
    }
  vm_raise(vm, &EXC_ValueError, "mode '%s' is not supported", as_str(v_str(vm, v))->data);
}

/* NumPy's check of the keywords the mode allows (kw: constant_values, ...;
** extra: the names pad() has no parameter for, in its **kwargs). */
static void pad_check_kwargs(VM *vm, int k, const Value *kw, const char *extra) {
  StrBuf b = STRBUF_INIT;
  int bad = 0;
  if (*extra) sb_puts(&b, extra), bad++;
  for (int i = 0; i < 4; i++) {
    if (is_empty(kw[i]) || (pad_modes[k].kw && !strcmp(pad_modes[k].kw, pad_kwnames[i]))) continue;
    sb_printf(&b, "%s'%s'", bad++ ? ", " : "", pad_kwnames[i]);
  }
  if (bad)
    vm_raise(vm, &EXC_ValueError, "unsupported keyword arguments for mode '%s': {%s}", pad_modes[k].name,
             as_str(sb_finish(vm, &b))->data);
  sb_free(&b);
}

static Value np_pad(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[7];
  /* pad(array, pad_width, mode='constant', **kwargs): unknown keywords
  ** are set aside for the mode check's message */
  Value kn[8], kv[8];
  StrBuf extra = STRBUF_INIT;
  Args b = {a->argc, a->argv, 0, kn, kv};
  for (int i = 0; i < a->nkw; i++) {
    const char *name = as_str(a->kwnames[i])->data;
    bool known = !strcmp(name, "array") || !strcmp(name, "pad_width") || !strcmp(name, "mode");
    for (int j = 0; j < 4; j++) known |= !strcmp(name, pad_kwnames[j]);
    if (known && b.nkw < 8) kn[b.nkw] = a->kwnames[i], kv[b.nkw++] = a->kwvals[i];
    else sb_printf(&extra, "%s'%s'", extra.len ? ", " : "", name);
  }
  const char *xs = as_str(sb_finish(vm, &extra))->data;
  args_parse(vm, &b, "pad", "!array,pad_width,|mode,$constant_values,end_values,stat_length,reflect_type", v);
  NdArray *x = arr_as_array(vm, v[0], -1);
  int64_t w[ARR_MAXDIMS][2], n[ARR_MAXDIMS], sh[ARR_MAXDIMS];
  pad_widths(vm, v[1], x->ndim, w);
  int k = pad_mode(vm, v[2]);
  pad_check_kwargs(vm, k, v + 3, xs);
  PadMode mode = pad_modes[k].mode;
  bool odd = is_str(v[6]) && str_eq_c(as_str(v[6]), "odd");
  if (odd) vm_raise(vm, &EXC_NotImplementedError, "streak: np.pad with reflect_type='odd' is not supported");
  for (int d = 0; d < x->ndim; d++) {
    n[d] = x->shape[d];
    sh[d] = n[d] + w[d][0] + w[d][1];
    if (mode != PAD_CONSTANT && n[d] == 0 && (w[d][0] || w[d][1]) && x->size == 0)
      vm_raise(vm, &EXC_ValueError, "can't extend empty axis %d using modes other than 'constant' or 'empty'", d);
  }
  NdArray *out = arr_new(vm, (DType)x->dtype, x->ndim, sh);
  int64_t off = 0;
  for (int d = 0; d < x->ndim; d++) off += w[d][0] * out->strides[d];
  arr_assign(vm, arr_view(vm, out, (DType)out->dtype, x->ndim, n, out->strides, out->data + off), x);
  char c[ARR_MAXDIMS][2][16];
  memset(c, 0, sizeof c);
  if (mode == PAD_CONSTANT) pad_constants(vm, v[3], out, c);
  if (out->size == 0 || (mode != PAD_CONSTANT && x->size == 0)) return v_obj(out);
  for (int d = 0; d < x->ndim; d++) {
    if (!w[d][0] && !w[d][1]) continue;
    int64_t *m = (int64_t *)arr_new_uninit(vm, DT_INT64, 1, &sh[d])->data;
    pad_map(m, n[d], w[d][0], w[d][1], mode, odd);
    pad_axis(out, w, n, d, m, c[d]);
  }
  return v_obj(out);
}

/* ---- registration --------------------------------------------------------------------- */

void np_register_npfunc(VM *vm, Module *np) {
  static const struct { const char *name; CFunc fn; } funcs[] = {
      {"concatenate", np_concatenate}, {"stack", np_stack},
      {"median", np_median},           {"percentile", np_percentile},
      {"quantile", np_quantile},           {"append", np_append},
      {"roll", np_roll},               {"repeat", np_repeat},
      {"tile", np_tile},               {"meshgrid", np_meshgrid},
      {"diag", np_diag},               {"isin", np_isin},
      {"average", np_average},         {"pad", np_pad}, {"fromfunction", np_fromfunction},         {"tril", np_tril},
      {"triu", np_triu},
      {"vstack", np_vstack},           {"row_stack", np_vstack},
      {"hstack", np_hstack},           {"column_stack", np_column_stack},
      {"sort", np_sort},               {"argsort", np_argsort},
      {"unique", np_unique},           {"searchsorted", np_searchsorted},
      {"nonzero", np_nonzero},         {"flatnonzero", np_flatnonzero},
      {"argwhere", np_argwhere},       {"count_nonzero", np_count_nonzero},
      {"where", np_where},             {"bincount", np_bincount},
      {"histogram", np_histogram},     {"diff", np_diff},
      {"round", np_round},             {"around", np_around},
      {"round_", np_round},            {"clip", np_clip},
      {"ptp", np_ptp},                 {"isclose", np_isclose},
      {"allclose", np_allclose},       {"array_equal", np_array_equal},
      {"array_equiv", np_array_equiv}, {"angle", np_angle},
      {"split", np_split},             {"array_split", np_array_split},
      {"trapz", np_trapz},             {"cross", np_cross},
      {"tri", np_tri},                 {"atleast_1d", np_atleast_1d},
      {"atleast_2d", np_atleast_2d},   {"atleast_3d", np_atleast_3d},
      {"nanmedian", np_nanmedian},     {"interp", np_interp},           {"digitize", np_digitize},
  };
  for (size_t i = 0; i < sizeof funcs / sizeof *funcs; i++)
    module_add_func(vm, np, funcs[i].name, funcs[i].fn);
}
