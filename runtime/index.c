/*
** index.c — ndarray indexing and assignment, NumPy's rules: integers
** (negative from the end), slices (views, negative strides), `...`,
** None/np.newaxis, tuples of those, integer-array ("fancy") indexing and
** boolean masks (copies). Assignment goes through the same index analysis
** and broadcasts the value.
**
** An index is first reduced to a view over the "basic" entries, with each
** fancy entry left as a full dimension of that view; fancy entries are then
** gathered/scattered over those dimensions. NumPy places the broadcast
** index shape where the fancy entries were when they are adjacent, else
** first.
*/
#include <string.h>

#include "array.h"
#include "ufunc.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "vm.h"

typedef struct Index {
  /* the basic view */
  int ndim;
  int64_t shape[ARR_MAXDIMS], strides[ARR_MAXDIMS];
  char *data;
  bool scalar;            /* only integers: the result is an element */
  /* fancy entries: view dim and int64 index array (bounds-checked, >= 0) */
  int nfancy;
  int fdim[ARR_MAXDIMS];
  NdArray *farr[ARR_MAXDIMS];
  bool adjacent;
} Index;

static _Noreturn void bad_index(VM *vm) {
  vm_raise(vm, &EXC_IndexError,
           "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer "
           "or boolean arrays are valid indices");
}

static _Noreturn void out_of_bounds(VM *vm, int64_t i, int axis, int64_t size) {
  vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for axis %d with size %lld",
           (long long)i, axis, (long long)size);
}

static bool is_int_index(Value v) {
  if (v.tag == V_INT) return true;
  if (is_npscalar(v)) {
    DtScalar s;
    arr_scalar_info(v, &s);
    return dt_is_int(s.dtype);
  }
  return false;
}

/* Integer index array (int64) from an array-like; bool arrays stay bool. */
static NdArray *index_array(VM *vm, Value v) {
  NdArray *a;
  if (is_array(v)) a = as_array(v);
  else {
    if ((is_list(v) && as_list(v)->n == 0) || (is_tuple(v) && as_tuple(v)->n == 0))
      return arr_new(vm, DT_INT64, 1, (int64_t[]){0});
    a = arr_from_value(vm, v, -1);
  }
  if (a->dtype == DT_BOOL) return a;
  if (!dt_is_int((DType)a->dtype)) {
    if (!is_array(v)) bad_index(vm); /* a list of floats: NumPy's wording for a bad item */
    vm_raise(vm, &EXC_IndexError, "arrays used as indices must be of integer (or boolean) type");
  }
  return a->dtype == DT_INT64 ? a : arr_cast(vm, a, DT_INT64);
}

/* The positions of true elements of a bool mask, one int64 array per dim. */
static void mask_nonzero(VM *vm, NdArray *m, NdArray **out) {
  int64_t count = 0;
  NdArray *ops[1] = {m};
  ArrIter it;
  if (arr_iter_init(vm, &it, 1, ops, m->ndim, m->shape)) do {
      for (int64_t i = 0; i < it.n; i++) count += it.ptr[0][i * it.stride[0]] != 0;
    } while (arr_iter_next(&it));
  int nd = m->ndim;
  int64_t *dst[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) {
    out[d] = arr_new_uninit(vm, DT_INT64, 1, &count);
    dst[d] = (int64_t *)out[d]->data;
  }
  if (count == 0 || m->size == 0) return;
  int64_t idx[ARR_MAXDIMS] = {0}, k = 0;
  for (int64_t e = 0; e < m->size; e++) {
    char *p = m->data;
    for (int d = 0; d < nd; d++) p += idx[d] * m->strides[d];
    if (*p) {
      for (int d = 0; d < nd; d++) dst[d][k] = idx[d];
      k++;
    }
    for (int d = nd - 1; d >= 0; d--) {
      if (++idx[d] < m->shape[d]) break;
      idx[d] = 0;
    }
  }
}

static void analyse(VM *vm, NdArray *a, Value key, Index *ix) {
  Value one[1];
  const Value *items;
  int64_t n;
  if (is_tuple(key)) {
    items = as_tuple(key)->items;
    n = as_tuple(key)->n;
  } else {
    one[0] = key;
    items = one;
    n = 1;
  }
  /* count consumed dims, find the ellipsis */
  int consumed = 0, ellipsis = -1;
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i];
    if (is_type(v, &TYPE_ELLIPSIS)) {
      if (ellipsis >= 0) vm_raise(vm, &EXC_IndexError, "an index can only have a single ellipsis ('...')");
      ellipsis = (int)i;
    } else if (is_none(v)) {
    } else if (is_array(v) && as_array(v)->dtype == DT_BOOL) {
      consumed += as_array(v)->ndim;
    } else if (v.tag == V_BOOL) {
      vm_raise(vm, &EXC_NotImplementedError, "streak: indexing with a Python bool is not supported");
    } else {
      consumed++;
    }
  }
  if (consumed > a->ndim)
    vm_raise(vm, &EXC_IndexError,
             "too many indices for array: array is %d-dimensional, but %d were indexed", a->ndim,
             consumed);
  ix->ndim = 0;
  ix->data = a->data;
  ix->nfancy = 0;
  ix->scalar = ellipsis < 0;
  int ad = 0; /* current dim of a */
  /* Advanced entries (arrays, and integers too once an array is present)
  ** are adjacent unless a slice, None or ... comes between two of them. An
  ** integer still selects through the view's data: as a 0-d index it adds
  ** nothing to the broadcast shape, only to where that shape goes. */
  bool any_array = false, seen_adv = false, gap = false;
  for (int64_t i = 0; i < n; i++)
    any_array |= is_array(items[i]) || is_list(items[i]) || is_tuple(items[i]);
  ix->adjacent = true;
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i];
    if (ix->ndim >= ARR_MAXDIMS) vm_raise(vm, &EXC_IndexError, "too many dimensions");
    bool adv = is_array(v) || is_list(v) || is_tuple(v) || (any_array && is_int_index(v));
    if (adv && seen_adv && gap) ix->adjacent = false;
    if (adv) seen_adv = true, gap = false;
    else gap = seen_adv;
    if (is_int_index(v)) {
      int64_t k = arr_index_value(vm, v), len = a->shape[ad];
      if (k < -len || k >= len) out_of_bounds(vm, k, ad, len);
      if (k < 0) k += len;
      ix->data += k * a->strides[ad];
      ad++;
      continue;
    }
    ix->scalar = false;
    if (is_type(v, &TYPE_SLICE)) {
      int64_t start, stop, step;
      int64_t len = slice_indices(vm, (Slice *)v.as.o, a->shape[ad], &start, &stop, &step);
      ix->data += (len ? start : 0) * a->strides[ad];
      ix->shape[ix->ndim] = len;
      ix->strides[ix->ndim] = a->strides[ad] * step;
      ix->ndim++;
      ad++;
    } else if (is_none(v)) {
      ix->shape[ix->ndim] = 1;
      ix->strides[ix->ndim] = 0;
      ix->ndim++;
    } else if (is_type(v, &TYPE_ELLIPSIS)) {
      int k = a->ndim - consumed;
      for (int j = 0; j < k; j++, ad++) {
        ix->shape[ix->ndim] = a->shape[ad];
        ix->strides[ix->ndim] = a->strides[ad];
        ix->ndim++;
      }
    } else if (is_array(v) || is_list(v) || is_tuple(v)) {
      NdArray *ia = index_array(vm, v);
      NdArray *parts[ARR_MAXDIMS];
      int np_ = 1;
      if (ia->dtype == DT_BOOL) {
        for (int j = 0; j < ia->ndim; j++)
          if (ia->shape[j] != a->shape[ad + j])
            vm_raise(vm, &EXC_IndexError,
                     "boolean index did not match indexed array along dimension %d; dimension "
                     "is %lld but corresponding boolean dimension is %lld",
                     ad + j, (long long)a->shape[ad + j], (long long)ia->shape[j]);
        if (ia->ndim == 0)
          vm_raise(vm, &EXC_NotImplementedError, "streak: 0-d boolean indices are not supported");
        mask_nonzero(vm, ia, parts);
        np_ = ia->ndim;
      } else {
        parts[0] = ia;
      }
      for (int j = 0; j < np_; j++, ad++) {
        NdArray *p = parts[j];
        /* bounds check and normalise (copy when negatives occur) */
        int64_t len = a->shape[ad];
        bool neg = false;
        NdArray *ops[1] = {p};
        ArrIter it;
        if (arr_iter_init(vm, &it, 1, ops, p->ndim, p->shape)) do {
            for (int64_t e = 0; e < it.n; e++) {
              int64_t k = *(int64_t *)(it.ptr[0] + e * it.stride[0]);
              if (k < -len || k >= len) out_of_bounds(vm, k, ad, len);
              neg |= k < 0;
            }
          } while (arr_iter_next(&it));
        if (neg) {
          p = arr_copy(vm, p);
          int64_t *q = (int64_t *)p->data;
          for (int64_t e = 0; e < p->size; e++)
            if (q[e] < 0) q[e] += len;
        }
        ix->fdim[ix->nfancy] = ix->ndim;
        ix->farr[ix->nfancy] = p;
        ix->nfancy++;
        ix->shape[ix->ndim] = a->shape[ad];
        ix->strides[ix->ndim] = a->strides[ad];
        ix->ndim++;
      }
    } else {
      bad_index(vm);
    }
  }
  for (; ad < a->ndim; ad++) {
    ix->shape[ix->ndim] = a->shape[ad];
    ix->strides[ix->ndim] = a->strides[ad];
    ix->ndim++;
  }
  if (ix->nfancy) ix->scalar = false;
}

/* Fancy layout: broadcast index shape B and the rest (non-fancy view dims). */
typedef struct Fancy {
  int bnd;
  int64_t bshape[ARR_MAXDIMS];
  int rnd;
  int64_t rshape[ARR_MAXDIMS], rstrides[ARR_MAXDIMS]; /* the rest, in the source view */
  int pre;            /* adjacent: rest dims placed before B in the result */
  int rnd_total;
  int64_t fstride[ARR_MAXDIMS]; /* source stride of each fancy dim */
} Fancy;

static void fancy_layout(VM *vm, Index *ix, Fancy *f) {
  int nds[ARR_MAXDIMS];
  const int64_t *shs[ARR_MAXDIMS];
  for (int k = 0; k < ix->nfancy; k++) {
    nds[k] = ix->farr[k]->ndim;
    shs[k] = ix->farr[k]->shape;
  }
  /* NumPy's text for this case */
  int nd = 0;
  for (int k = 0; k < ix->nfancy; k++)
    if (nds[k] > nd) nd = nds[k];
  int64_t sh[ARR_MAXDIMS];
  for (int d = 0; d < nd; d++) sh[d] = 1;
  for (int k = 0; k < ix->nfancy; k++)
    for (int i = 0; i < nds[k]; i++) {
      int d = nd - nds[k] + i;
      if (sh[d] == 1) sh[d] = shs[k][i];
      else if (shs[k][i] != 1 && shs[k][i] != sh[d]) {
        StrBuf b = STRBUF_INIT;
        sb_puts(&b, "shape mismatch: indexing arrays could not be broadcast together with shapes ");
        for (int j = 0; j < ix->nfancy; j++) {
          uf_shape_repr_compact(&b, nds[j], shs[j]);
          sb_putc(&b, ' ');
        }
        Value msg = sb_finish(vm, &b);
        vm_raise(vm, &EXC_IndexError, "%s", as_str(msg)->data);
      }
    }
  f->bnd = nd;
  memcpy(f->bshape, sh, sizeof(int64_t) * (size_t)nd);
  f->rnd = 0;
  f->pre = 0;
  bool isf[ARR_MAXDIMS] = {false};
  for (int k = 0; k < ix->nfancy; k++) {
    isf[ix->fdim[k]] = true;
    f->fstride[k] = ix->strides[ix->fdim[k]];
  }
  for (int d = 0; d < ix->ndim; d++) {
    if (isf[d]) continue;
    if (ix->adjacent && d < ix->fdim[0]) f->pre++;
    f->rshape[f->rnd] = ix->shape[d];
    f->rstrides[f->rnd] = ix->strides[d];
    f->rnd++;
  }
  if (!ix->adjacent) f->pre = 0;
  if (f->bnd + f->rnd > ARR_MAXDIMS) vm_raise(vm, &EXC_IndexError, "too many dimensions");
}

/* Result shape: rest[:pre] + B + rest[pre:]. */
static int result_shape(const Fancy *f, int64_t *shape) {
  int k = 0;
  for (int i = 0; i < f->pre; i++) shape[k++] = f->rshape[i];
  for (int i = 0; i < f->bnd; i++) shape[k++] = f->bshape[i];
  for (int i = f->pre; i < f->rnd; i++) shape[k++] = f->rshape[i];
  return k;
}

/* A view of `r` (whose shape is result_shape) with B's dims first. */
static NdArray *b_first_view(VM *vm, NdArray *r, const Fancy *f) {
  int64_t sh[ARR_MAXDIMS], st[ARR_MAXDIMS];
  int k = 0;
  for (int i = 0; i < f->bnd; i++) { sh[k] = r->shape[f->pre + i]; st[k] = r->strides[f->pre + i]; k++; }
  for (int i = 0; i < f->pre; i++) { sh[k] = r->shape[i]; st[k] = r->strides[i]; k++; }
  for (int i = f->pre + f->bnd; i < r->ndim; i++) { sh[k] = r->shape[i]; st[k] = r->strides[i]; k++; }
  NdArray *v = arr_view(vm, r, (DType)r->dtype, r->ndim, sh, st, r->data);
  return v;
}

/* Calls fn for each position of B with the source offset. */
typedef void (*FancyFn)(VM *vm, void *ud, int64_t bpos, int64_t off);

static void fancy_walk(VM *vm, Index *ix, Fancy *f, FancyFn fn, void *ud) {
  NdArray *ops[ARR_ITER_MAXOP];
  int nf = ix->nfancy;
  if (nf <= ARR_ITER_MAXOP) {
    for (int k = 0; k < nf; k++) ops[k] = ix->farr[k];
    ArrIter it;
    int64_t pos = 0;
    if (arr_iter_init(vm, &it, nf, ops, f->bnd, f->bshape)) do {
        for (int64_t e = 0; e < it.n; e++) {
          int64_t off = 0;
          for (int k = 0; k < nf; k++) off += *(int64_t *)(it.ptr[k] + e * it.stride[k]) * f->fstride[k];
          fn(vm, ud, pos++, off);
        }
      } while (arr_iter_next(&it));
    return;
  }
  /* many index arrays: broadcast each to B first */
  NdArray *bb[ARR_MAXDIMS];
  for (int k = 0; k < nf; k++) bb[k] = arr_contiguous(vm, arr_broadcast_to(vm, ix->farr[k], f->bnd, f->bshape), -1);
  int64_t nb = 1;
  for (int i = 0; i < f->bnd; i++) nb *= f->bshape[i];
  for (int64_t pos = 0; pos < nb; pos++) {
    int64_t off = 0;
    for (int k = 0; k < nf; k++) off += ((int64_t *)bb[k]->data)[pos] * f->fstride[k];
    fn(vm, ud, pos, off);
  }
}

typedef struct GatherCtx {
  Index *ix;
  Fancy *f;
  NdArray *src;     /* a, for views */
  NdArray *dstb;    /* result with B dims first */
  int64_t bcount;
  char *out;        /* rest empty: contiguous output */
  int itemsize;
  int64_t bstrides[ARR_MAXDIMS];
} GatherCtx;

static void gather_elem(VM *vm, void *ud, int64_t pos, int64_t off) {
  (void)vm;
  GatherCtx *g = ud;
  memcpy(g->out + pos * g->itemsize, g->ix->data + off, (size_t)g->itemsize);
}

static char *bpos_ptr(GatherCtx *g, NdArray *v, int64_t pos) {
  char *p = v->data;
  for (int d = g->f->bnd - 1; d >= 0; d--) {
    p += (pos % g->f->bshape[d]) * v->strides[d];
    pos /= g->f->bshape[d];
  }
  return p;
}

static void gather_block(VM *vm, void *ud, int64_t pos, int64_t off) {
  GatherCtx *g = ud;
  NdArray *d = g->dstb;
  int bnd = g->f->bnd;
  NdArray *dv = arr_view(vm, d, (DType)d->dtype, d->ndim - bnd, d->shape + bnd, d->strides + bnd,
                         bpos_ptr(g, d, pos));
  dv->flags |= ARR_WRITEABLE;
  NdArray *sv = arr_view(vm, g->src, (DType)g->src->dtype, g->f->rnd, g->f->rshape,
                         g->f->rstrides, g->ix->data + off);
  arr_assign(vm, dv, sv);
}

typedef struct { uint64_t lo, hi; } Elem16; /* a complex128 moved as one */

/* out[i] = the element at base + idx[i] * stride, n of them (indices
** checked and normalised): one index array over one axis, a typed loop. */
#define GATHER_RUN(T)                                                               \
  do {                                                                              \
    T *o_ = (T *)(void *)out;                                                       \
    for (int64_t i = 0; i < n; i++) memcpy(&o_[i], base + idx[i] * stride, sizeof(T)); \
  } while (0)

static void gather_run(int itemsize, char *out, const char *base, int64_t stride, const int64_t *idx, int64_t n) {
  switch (itemsize) {
  case 1: GATHER_RUN(uint8_t); break;
  case 2: GATHER_RUN(uint16_t); break;
  case 4: GATHER_RUN(uint32_t); break;
  case 8: GATHER_RUN(uint64_t); break;
  case 16: GATHER_RUN(Elem16); break;
  default:
    for (int64_t i = 0; i < n; i++) memcpy(out + i * itemsize, base + idx[i] * stride, (size_t)itemsize);
  }
}

static Value fancy_get(VM *vm, NdArray *a, Index *ix) {
  Fancy f;
  fancy_layout(vm, ix, &f);
  int64_t rs[ARR_MAXDIMS];
  int rnd = result_shape(&f, rs);
  NdArray *r = arr_new_uninit(vm, (DType)a->dtype, rnd, rs);
  if (r->size == 0) return v_obj(r);
  if (f.rnd == 0 && ix->nfancy == 1 && arr_is_c_contiguous(ix->farr[0]) && ix->farr[0]->size == r->size) {
    gather_run(a->itemsize, r->data, ix->data, f.fstride[0], (const int64_t *)ix->farr[0]->data, r->size);
    return v_obj(r);
  }
  GatherCtx g = {.ix = ix, .f = &f, .src = a, .itemsize = a->itemsize, .out = r->data};
  if (f.rnd == 0) {
    fancy_walk(vm, ix, &f, gather_elem, &g);
  } else {
    g.dstb = b_first_view(vm, r, &f);
    fancy_walk(vm, ix, &f, gather_block, &g);
  }
  return v_obj(r);
}

typedef struct ScatterCtx {
  GatherCtx g;
  NdArray *valb; /* value broadcast to the result shape, B dims first */
} ScatterCtx;

static void scatter_elem(VM *vm, void *ud, int64_t pos, int64_t off) {
  (void)vm;
  ScatterCtx *s = ud;
  memcpy(s->g.ix->data + off, bpos_ptr(&s->g, s->valb, pos), (size_t)s->g.itemsize);
}

static void scatter_block(VM *vm, void *ud, int64_t pos, int64_t off) {
  ScatterCtx *s = ud;
  NdArray *v = s->valb;
  int bnd = s->g.f->bnd;
  NdArray *sv = arr_view(vm, v, (DType)v->dtype, v->ndim - bnd, v->shape + bnd, v->strides + bnd,
                         bpos_ptr(&s->g, v, pos));
  NdArray *dv = arr_view(vm, s->g.src, (DType)s->g.src->dtype, s->g.f->rnd, s->g.f->rshape,
                         s->g.f->rstrides, s->g.ix->data + off);
  dv->flags |= ARR_WRITEABLE;
  arr_assign(vm, dv, sv);
}

static void fancy_set(VM *vm, NdArray *a, Index *ix, Value val) {
  Fancy f;
  fancy_layout(vm, ix, &f);
  int64_t rs[ARR_MAXDIMS];
  int rnd = result_shape(&f, rs);
  /* the value, cast to a's dtype and broadcast to the result shape */
  NdArray *v = arr_new_uninit(vm, (DType)a->dtype, rnd, rs);
  if (v->size == 0) return;
  NdArray *src = is_array(val) ? as_array(val) : arr_from_value(vm, val, a->dtype);
  /* NumPy drops a value's extra leading 1-long axes (y[[0, 1], 0] = a row
     of shape (1, 2)); its message names the shapes before that */
  int lead = 0;
  while (src->ndim - lead > rnd && src->shape[lead] == 1) lead++;
  NdArray *trimmed = lead == 0 ? src
                               : arr_view(vm, src, (DType)src->dtype, src->ndim - lead,
                                          src->shape + lead, src->strides + lead, src->data);
  {
    bool ok = trimmed->ndim <= rnd;
    for (int i = 0; ok && i < trimmed->ndim; i++) {
      int64_t s = trimmed->shape[trimmed->ndim - 1 - i], d = rs[rnd - 1 - i];
      if (s != 1 && s != d) ok = false;
    }
    if (!ok) {
      StrBuf b = STRBUF_INIT;
      sb_puts(&b, "shape mismatch: value array of shape ");
      uf_shape_repr_compact(&b, src->ndim, src->shape);
      sb_puts(&b, " could not be broadcast to indexing result of shape ");
      uf_shape_repr_compact(&b, rnd, rs);
      Value msg = sb_finish(vm, &b);
      vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
    }
  }
  arr_assign(vm, v, trimmed);
  ScatterCtx s = {.g = {.ix = ix, .f = &f, .src = a, .itemsize = a->itemsize}};
  s.valb = b_first_view(vm, v, &f);
  fancy_walk(vm, ix, &f, f.rnd == 0 ? scatter_elem : scatter_block, &s);
}

/* a[mask] with a mask of a's full shape: one pass, no index arrays. */
static bool full_mask(const NdArray *a, Value key) {
  if (!is_array(key)) return false;
  NdArray *m = as_array(key);
  if (m->dtype != DT_BOOL || m->ndim != a->ndim || a->ndim == 0) return false;
  for (int d = 0; d < a->ndim; d++)
    if (m->shape[d] != a->shape[d]) return false;
  return true;
}

/* ---- a[mask] with a mask of a's full shape ----------------------------
** One pass in C order, no index arrays, a loop per element size (a 16-byte
** complex moves as one struct). Masks are often half true at random (an
** escape-time iteration's `active`), so the loops do not branch on them:
** a gather writes every element and advances by the mask bit (the last
** writes past the result go to a sink), a scatter selects. They are also
** often false in long runs (late in an escape-time loop most points are
** done): a contiguous mask is read 8 bytes at a time and a block of 8
** false elements skipped, as NumPy skips false runs. */

/* Where the elements from i on that a mask stride ms may select start:
** past the contiguous mask's all-false 8-byte blocks at i (i % 8 == 0). */
static inline int64_t mask_skip_false(const char *mp, int64_t ms, int64_t i, int64_t n) {
  uint64_t w;
  if (ms != 1) return i;
  while (i + 8 <= n && (memcpy(&w, mp + i, sizeof w), w == 0)) i += 8;
  return i;
}

#define MASK_SIZES(X) X(1, uint8_t) X(2, uint16_t) X(4, uint32_t) X(8, uint64_t) X(16, Elem16)

#define MASK_GATHER(SZ, T)                                                                            \
  static char *mask_gather_##SZ(const char *mp, int64_t ms, const char *ap, int64_t as, int64_t n,   \
                                char *out, char *end) {                                              \
    T *o = (T *)(void *)out, *e = (T *)(void *)end, sink;                                            \
    for (int64_t i = 0; i < n;) {                                                                     \
      i = mask_skip_false(mp, ms, i, n);                                                              \
      for (int64_t hi = i + 8 < n ? i + 8 : n; i < hi; i++) {                                         \
        T v;                                                                                          \
        memcpy(&v, ap + i * as, SZ);                                                                  \
        *(o < e ? o : &sink) = v;                                                                     \
        o += mp[i * ms] != 0;                                                                         \
      }                                                                                               \
    }                                                                                                 \
    return (char *)o;                                                                                 \
  }
MASK_SIZES(MASK_GATHER)
#undef MASK_GATHER

/* a[mask] = src[k], k counting the true elements from *k (src has n items;
** a one-item src is broadcast); or a[mask] = the element at src when n == 0. */
#define MASK_SCATTER(SZ, T)                                                                           \
  static void mask_scatter_##SZ(const char *mp, int64_t ms, char *ap, int64_t as, int64_t n,          \
                                const char *src, int64_t nsrc, int64_t *k) {                          \
    const T *sv = (const T *)(const void *)src;                                                       \
    if (nsrc <= 1 && ms == 1 && as == SZ) { /* one value, contiguous: a select gcc vectorises */     \
      T v = sv[0], *at = (T *)(void *)ap;                                                             \
      for (int64_t i = 0; i < n; i++) at[i] = mp[i] ? v : at[i];                                      \
      return;                                                                                         \
    }                                                                                                 \
    int64_t j = *k, last = nsrc > 0 ? nsrc - 1 : 0, step = nsrc > 1;                                  \
    for (int64_t i = 0; i < n;) {                                                                     \
      i = mask_skip_false(mp, ms, i, n);                                                              \
      for (int64_t hi = i + 8 < n ? i + 8 : n; i < hi; i++) {                                         \
        bool on = mp[i * ms] != 0;                                                                    \
        T old, v = sv[j < last ? j : last];                                                           \
        memcpy(&old, ap + i * as, SZ);                                                                \
        T w = on ? v : old;                                                                           \
        memcpy(ap + i * as, &w, SZ);                                                                  \
        j += on & step;                                                                               \
      }                                                                                               \
    }                                                                                                 \
    *k = j;                                                                                           \
  }
MASK_SIZES(MASK_SCATTER)
#undef MASK_SCATTER

static int64_t mask_count(VM *vm, NdArray *m) {
  int64_t count = 0;
  NdArray *ops[1] = {m};
  ArrIter it;
  if (arr_iter_init(vm, &it, 1, ops, m->ndim, m->shape)) do {
      const char *p = it.ptr[0];
      if (it.stride[0] == 1) count += arr_count_nonzero(DT_BOOL, p, it.n);
      else
        for (int64_t i = 0; i < it.n; i++) count += p[i * it.stride[0]] != 0;
    } while (arr_iter_next(&it));
  return count;
}

static Value mask_get(VM *vm, NdArray *a, NdArray *m) {
  int64_t count = mask_count(vm, m);
  NdArray *r = arr_new_uninit(vm, (DType)a->dtype, 1, &count);
  int sz = a->itemsize;
  char *out = r->data, *end = r->data + count * sz;
  NdArray *ops[2] = {m, a};
  ArrIter it;
  if (count && arr_iter_init(vm, &it, 2, ops, a->ndim, a->shape)) do {
      const char *mp = it.ptr[0], *ap = it.ptr[1];
      int64_t ms = it.stride[0], as = it.stride[1];
      switch (sz) {
#define X(SZ, T) case SZ: out = mask_gather_##SZ(mp, ms, ap, as, it.n, out, end); break;
        MASK_SIZES(X)
#undef X
      default:
        for (int64_t i = 0; i < it.n; i++)
          if (mp[i * ms]) { memcpy(out, ap + i * as, (size_t)sz); out += sz; }
      }
    } while (arr_iter_next(&it));
  return v_obj(r);
}

/* a[mask] = src: src's items (nsrc of them, or one broadcast) in order. */
static void mask_set(VM *vm, NdArray *a, NdArray *m, const char *src, int64_t nsrc) {
  NdArray *ops[2] = {m, a};
  ArrIter it;
  int sz = a->itemsize;
  int64_t k = 0;
  if (arr_iter_init(vm, &it, 2, ops, a->ndim, a->shape)) do {
      const char *mp = it.ptr[0];
      char *ap = it.ptr[1];
      int64_t ms = it.stride[0], as = it.stride[1];
      switch (sz) {
#define X(SZ, T) case SZ: mask_scatter_##SZ(mp, ms, ap, as, it.n, src, nsrc, &k); break;
        MASK_SIZES(X)
#undef X
      default:
        for (int64_t i = 0; i < it.n; i++)
          if (mp[i * ms]) {
            memcpy(ap + i * as, src + (nsrc > 1 ? k : 0) * sz, (size_t)sz);
            k++;
          }
      }
    } while (arr_iter_next(&it));
}

/* a[mask] = v for an array or sequence v, by NumPy's boolean-assignment
** rules: v must be 1-D (or 0-D) with one item per true element of the
** mask, or one item; it is cast to a's dtype (unsafely, as setitem casts)
** and copied first when it shares a's memory. False: a 0-D v (the general
** path stores it). */
static bool mask_assign(VM *vm, NdArray *a, NdArray *m, Value val) {
  if (!is_array(val) && !is_list(val) && !is_tuple(val)) return false;
  NdArray *v = is_array(val) ? as_array(val) : arr_from_value(vm, val, a->dtype);
  if (v->ndim == 0) return false;
  if (v->ndim > 1)
    vm_raise(vm, &EXC_TypeError,
             "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has %d dimensions",
             v->ndim);
  int64_t count = mask_count(vm, m);
  if (v->size != count && v->size != 1)
    vm_raise(vm, &EXC_ValueError,
             "NumPy boolean array indexing assignment cannot assign %lld input values to the %lld output values "
             "where the mask is true",
             (long long)v->size, (long long)count);
  if (v->dtype != a->dtype || (v->size > 1 && v->strides[0] != v->itemsize) || uf_bad_overlap(a, v))
    v = arr_cast(vm, v, (DType)a->dtype); /* a contiguous copy */
  if (count) mask_set(vm, a, m, v->data, v->size);
  return true;
}

Value arr_getitem(VM *vm, Value self, Value key) {
  NdArray *a = as_array(self);
  if (key.tag == V_INT && a->ndim >= 1) {
    int64_t k = key.as.i, len = a->shape[0];
    if (k < -len || k >= len) out_of_bounds(vm, k, 0, len);
    if (k < 0) k += len;
    char *p = a->data + k * a->strides[0];
    if (a->ndim == 1) return arr_scalar_from(vm, (DType)a->dtype, p);
    return v_obj(arr_view(vm, a, (DType)a->dtype, a->ndim - 1, a->shape + 1, a->strides + 1, p));
  }
  if (full_mask(a, key)) return mask_get(vm, a, as_array(key));
  Index ix;
  analyse(vm, a, key, &ix);
  if (ix.nfancy) return fancy_get(vm, a, &ix);
  if (ix.scalar && ix.ndim == 0) return arr_scalar_from(vm, (DType)a->dtype, ix.data);
  return v_obj(arr_view(vm, a, (DType)a->dtype, ix.ndim, ix.shape, ix.strides, ix.data));
}

static _Noreturn void element_gets_sequence(VM *vm) {
  vm_raise(vm, &EXC_ValueError, "setting an array element with a sequence.");
}

/* The value for a[key] = val where the target is one element (integer
** indexes only): NumPy takes no list or tuple there, and only a one-item
** array. */
static void check_element_value(VM *vm, Value val) {
  if (is_list(val) || is_tuple(val)) element_gets_sequence(vm);
  if (is_array(val) && as_array(val)->size != 1) element_gets_sequence(vm);
}

/* The value for a view target of ndim dims: a list or tuple becomes an
** array of at most ndim dims (NumPy converts it with that limit; an array
** value may have extra leading 1-long axes instead). */
static Value view_value(VM *vm, NdArray *view, Value val) {
  if (!is_list(val) && !is_tuple(val)) return val;
  NdArray *src = arr_from_value(vm, val, view->dtype);
  if (src->ndim > view->ndim)
    vm_raise(vm, &EXC_ValueError,
             "setting an array element with a sequence. The requested array would exceed the "
             "maximum number of dimension of %d.",
             view->ndim);
  return v_obj(src);
}

void arr_setitem(VM *vm, Value self, Value key, Value val) {
  NdArray *a = as_array(self);
  if (!(a->flags & ARR_WRITEABLE)) vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
  if (key.tag == V_INT && a->ndim == 1) {
    int64_t k = key.as.i, len = a->shape[0];
    if (k < -len || k >= len) out_of_bounds(vm, k, 0, len);
    if (k < 0) k += len;
    char *p = a->data + k * a->strides[0];
    if (is_array(val) || is_list(val) || is_tuple(val)) {
      check_element_value(vm, val);
      NdArray *v = arr_view(vm, a, (DType)a->dtype, 0, NULL, NULL, p);
      arr_assign_value(vm, v, val);
      return;
    }
    arr_store_value(vm, (DType)a->dtype, p, val);
    return;
  }
  if (is_list(key) && as_list(key)->n > 0) {
    /* a list of bools is a mask, with the mask's assignment rules */
    NdArray *k = arr_from_value(vm, key, -1);
    if (k->dtype == DT_BOOL) key = v_obj(k);
  }
  DtScalar sc;
  if (full_mask(a, key) && arr_scalar_info(val, &sc)) {
    _Alignas(16) unsigned char elem[16];
    arr_store_value(vm, (DType)a->dtype, elem, val);
    mask_set(vm, a, as_array(key), (const char *)elem, 1);
    return;
  }
  if (full_mask(a, key) && mask_assign(vm, a, as_array(key), val)) return;
  Index ix;
  analyse(vm, a, key, &ix);
  if (ix.nfancy) {
    fancy_set(vm, a, &ix, val);
    return;
  }
  if (ix.ndim == 0 && !is_array(val) && !is_list(val) && !is_tuple(val)) {
    arr_store_value(vm, (DType)a->dtype, ix.data, val);
    return;
  }
  if (ix.scalar && ix.ndim == 0) check_element_value(vm, val);
  NdArray *v = arr_view(vm, a, (DType)a->dtype, ix.ndim, ix.shape, ix.strides, ix.data);
  arr_assign_value(vm, v, view_value(vm, v, val));
}
