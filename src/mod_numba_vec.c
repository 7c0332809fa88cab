/*
** mod_numba_vec.c — numba.vectorize and numba.guvectorize.
**
** @vectorize makes a ufunc object (NbUFunc). Each loop is the decorated
** scalar function compiled by the @njit machinery (jit/dispatch.c) with an
** elementwise wrapper in NumPy's inner-loop layout
**     void nbw_loop(void *ctx, char **args, const int64_t *steps, int64_t n)
** (trace/lower.c, NbUnit.want_loop), so the kernel is inlined into the loop
** by the optimising tier. A call broadcasts its operands with the runtime's
** N-d iterator (runtime/array.h ArrIter) and runs the loop over each inner
** stretch; target='parallel' splits those stretches over OpenMP threads
** with prange's machinery (nb_par_run). Loops are chosen as NumPy chooses
** them: the first signature, in declaration order, that every input can be
** cast to safely (value-based casting for scalars mixed with arrays). A
** lazy @vectorize (no signatures, Numba's DUFunc) compiles a new loop for
** the operands' own dtypes when none of its loops fits.
**
** @guvectorize keeps an @njit dispatcher with the given signatures and
** calls it once per element of the broadcast loop dimensions, with views
** of the core dimensions named by the layout ('(n),()->(n)').
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../runtime/array.h"
#include "../runtime/ufunc.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "mod_numba.h"
#include "object.h"
#include "str.h"
#include "vm.h"

enum { VEC_MAXIN = ARR_ITER_MAXOP - 1, GU_MAXARGS = 8, GU_MAXCORE = 4 };

typedef struct VecLoop {
  int dts[VEC_MAXIN + 1]; /* input dtypes, then the output's */
  void *h;                /* nb_vec_compile handle */
} VecLoop;

typedef struct GuArg {
  int ncore;
  char names[GU_MAXCORE][16];
} GuArg;

/* vectorize(identity=...): None (the default), 0, 1 or "reorderable"; 0
** and 1 are what reducing an empty axis gives; any but None lets reduce
** take several axes at once. */
enum { UF_ID_NONE, UF_ID_ZERO, UF_ID_ONE, UF_ID_REORDERABLE };

typedef struct NbUFunc {
  Obj hdr;
  Value disp;           /* the @njit dispatcher of the kernel */
  Value pyfunc;
  Value cuda;           /* unused slot (V_NONE) */
  bool lazy, parallel, gu;
  int identity;         /* UF_ID_* (vectorize's identity=) */
  int nin, nout;
  VecLoop *loops;
  int nloops, caploops;
  /* guvectorize */
  GuArg args[GU_MAXARGS];
  NbSig *sigs;
  int nsigs;
} NbUFunc;

static void uf_mark(VM *vm, Obj *o) {
  NbUFunc *u = (NbUFunc *)o;
  gc_mark_value(vm, u->disp);
  gc_mark_value(vm, u->pyfunc);
}
static void uf_finalize(VM *vm, Obj *o) {
  (void)vm;
  NbUFunc *u = (NbUFunc *)o;
  free(u->loops);
  free(u->sigs);
  u->loops = NULL;
  u->sigs = NULL;
}

static const char *uf_name(NbUFunc *u) { return as_function(u->pyfunc)->name->data; }

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- loops ------------------------------------------------------------------ */

static VecLoop *add_loop(VM *vm, NbUFunc *u, const int *indts, int outdt) {
  NbTy args[VEC_MAXIN];
  for (int i = 0; i < u->nin; i++) args[i] = nb_scalar(indts[i]);
  NbTy ret = outdt >= 0 ? nb_scalar(outdt) : NB_UNKNOWN, got = NB_UNKNOWN;
  void *h = nb_vec_compile(vm, u->disp, u->nin, args, ret, &got);
  if (u->nloops == u->caploops) {
    u->caploops = u->caploops ? 2 * u->caploops : 4;
    u->loops = realloc(u->loops, sizeof(VecLoop) * (size_t)u->caploops);
  }
  VecLoop *l = &u->loops[u->nloops++];
  for (int i = 0; i < u->nin; i++) l->dts[i] = indts[i];
  l->dts[u->nin] = nb_type(got)->dtype;
  l->h = h;
  return l;
}

static int kind_order(int dt) {
  char k = dt_kind((DType)dt);
  return k == 'b' ? 0 : (k == 'i' || k == 'u') ? 1 : k == 'f' ? 2 : 3;
}

static int signed_of(int dt) {
  switch (dt) {
  case DT_UINT8: return DT_INT8;
  case DT_UINT16: return DT_INT16;
  case DT_UINT32: return DT_INT32;
  case DT_UINT64: return DT_INT64;
  default: return dt;
  }
}

/* Can operand i (array ops[i], scalar info sc[i] when 0-d) be cast safely to
** dt, with value-based casting when use_min? */
static bool can_cast_op(NdArray *a, const DtScalar *sc, bool use_min, int dt) {
  if (use_min && a->ndim == 0 && sc) {
    bool small_unsigned = false;
    DType m = dt_min_scalar_type(sc, &small_unsigned);
    if (small_unsigned && !dt_is_unsigned((DType)dt)) m = (DType)signed_of(m);
    return uf_can_cast(m, (DType)dt, "safe");
  }
  return uf_can_cast((DType)a->dtype, (DType)dt, "safe");
}

static bool use_min_scalar(int n, NdArray **ops) {
  int maxs = -1, maxa = -1;
  bool all_scalars = true;
  for (int i = 0; i < n; i++) {
    int k = kind_order(ops[i]->dtype);
    if (ops[i]->ndim == 0) {
      if (k > maxs) maxs = k;
    } else {
      if (k > maxa) maxa = k;
      all_scalars = false;
    }
  }
  return !all_scalars && maxa >= maxs;
}

static void scalar_infos(VM *vm, int n, NdArray **ops, DtScalar *sc, bool *has) {
  for (int i = 0; i < n; i++) {
    has[i] = false;
    if (ops[i]->ndim == 0) has[i] = arr_scalar_info(arr_scalar_from(vm, (DType)ops[i]->dtype, ops[i]->data), &sc[i]);
  }
}

static _Noreturn void no_loop(VM *vm, NbUFunc *u) {
  vm_raise(vm, &EXC_TypeError,
           "ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported "
           "types according to the casting rule ''safe''",
           uf_name(u));
}

/* The loop for operands ops (compiling one for a lazy ufunc). */
static VecLoop *resolve(VM *vm, NbUFunc *u, NdArray **ops) {
  DtScalar sc[VEC_MAXIN];
  bool has[VEC_MAXIN];
  scalar_infos(vm, u->nin, ops, sc, has);
  bool um = use_min_scalar(u->nin, ops);
  for (int li = 0; li < u->nloops; li++) {
    bool ok = true;
    for (int i = 0; i < u->nin && ok; i++) ok = can_cast_op(ops[i], has[i] ? &sc[i] : NULL, um, u->loops[li].dts[i]);
    if (ok) return &u->loops[li];
  }
  if (!u->lazy) no_loop(vm, u);
  int dts[VEC_MAXIN];
  for (int i = 0; i < u->nin; i++) {
    int d = ops[i]->dtype;
    if (d == DT_BOOL || dt_is_int((DType)d) || dt_is_float((DType)d) || dt_is_complex((DType)d)) dts[i] = d;
    else no_loop(vm, u);
  }
  return add_loop(vm, u, dts, -1);
}

typedef struct VecPar {
  void *ctx; /* set by nb_par_run (a thread's own copy when parallel) */
  NbLoopFn fn;
  char *ptr[ARR_ITER_MAXOP];
  int64_t stride[ARR_ITER_MAXOP];
  int nop;
} VecPar;

static void vec_chunk(int64_t lo, int64_t hi, void *env, void *red) {
  (void)red;
  VecPar *e = env;
  char *p[ARR_ITER_MAXOP];
  for (int k = 0; k < e->nop; k++) p[k] = e->ptr[k] + lo * e->stride[k];
  e->fn(e->ctx, p, e->stride, hi - lo);
}

/* Runs loop l over inner stretch (ptr, stride, n). */
static void run_loop(NbUFunc *u, VecLoop *l, NbCtx *ctx, char **ptr, const int64_t *stride, int64_t n) {
  NbLoopFn fn = nb_vec_loop(l->h);
  uint64_t t0 = now_ns();
  if (u->parallel && n > 1) {
    VecPar e;
    memset(&e, 0, sizeof e);
    e.fn = fn;
    e.nop = u->nin + 1;
    for (int k = 0; k < e.nop; k++) {
      e.ptr[k] = ptr[k];
      e.stride[k] = stride[k];
    }
    nb_par_run(ctx, n, vec_chunk, &e);
  } else fn(ctx, ptr, stride, n);
  nb_vec_ran(l->h, now_ns() - t0); /* parallel loops tier up too */
}

static NdArray *operand(VM *vm, Value v) {
  if (is_array(v)) return as_array(v);
  if (is_str(v)) vm_raise(vm, &EXC_TypeError, "ufunc operands must be numbers or arrays, not 'str'");
  return uf_as_array(vm, v);
}

static void shape_str(StrBuf *b, int nd, const int64_t *sh) { uf_shape_repr_compact(b, nd, sh); }

static Value vec_call(VM *vm, NbUFunc *u, const Args *a) {
  int nin = u->nin;
  if (a->argc < nin || a->argc > nin + 1)
    vm_raise(vm, &EXC_TypeError, "%s() takes from %d to %d positional arguments but %d were given", uf_name(u), nin, nin + 1,
             a->argc);
  Value out = a->argc == nin + 1 ? a->argv[nin] : v_empty();
  for (int k = 0; k < a->nkw; k++) {
    Str *kn = as_str(a->kwnames[k]);
    if (str_eq_c(kn, "out")) out = a->kwvals[k];
    else if (str_eq_c(kn, "casting") || str_eq_c(kn, "order")) continue;
    else vm_raise(vm, &EXC_TypeError, "%s() got an unsupported keyword argument '%s'", uf_name(u), kn->data);
  }
  if (is_tuple(out) && as_tuple(out)->n == 1) out = as_tuple(out)->items[0];
  if (!is_empty(out) && is_none(out)) out = v_empty();
  if (!is_empty(out) && !is_array(out)) vm_raise(vm, &EXC_TypeError, "return arrays must be of ArrayType");
  int nroots = 0;
  NdArray *ops[ARR_ITER_MAXOP];
  for (int i = 0; i < nin; i++) {
    ops[i] = operand(vm, a->argv[i]);
    gc_push_root(vm, v_obj(ops[i]));
    nroots++;
  }
  VecLoop *l = resolve(vm, u, ops);
  for (int i = 0; i < nin; i++)
    if (ops[i]->dtype != l->dts[i]) {
      ops[i] = arr_cast(vm, ops[i], (DType)l->dts[i]);
      gc_push_root(vm, v_obj(ops[i]));
      nroots++;
    }
  int ndim = 0;
  int64_t shape[ARR_MAXDIMS];
  int odt = l->dts[nin];
  NdArray *res;
  NdArray *outa = is_empty(out) ? NULL : as_array(out);
  if (outa) ops[nin] = outa;
  arr_broadcast_shapes(vm, outa ? nin + 1 : nin, ops, &ndim, shape);
  if (outa) {
    bool same = outa->ndim == ndim;
    for (int k = 0; same && k < ndim; k++) same = outa->shape[k] == shape[k];
    if (!same) {
      StrBuf b1 = STRBUF_INIT, b2 = STRBUF_INIT;
      shape_str(&b1, outa->ndim, outa->shape);
      shape_str(&b2, ndim, shape);
      Value msg = str_printf(vm, "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s", b1.data,
                             b2.data);
      sb_free(&b1);
      sb_free(&b2);
      vm_throw(vm, exc_new_args(vm, &EXC_ValueError, tuple_from(vm, &msg, 1)));
    }
    if (outa->dtype != odt && !uf_can_cast((DType)odt, (DType)outa->dtype, "same_kind"))
      uf_raise_output_cast(vm, uf_name(u), (DType)odt, (DType)outa->dtype, "same_kind");
  }
  bool direct = outa && outa->dtype == odt;
  for (int i = 0; direct && i < nin; i++) direct = !uf_bad_overlap(outa, ops[i]);
  res = direct ? outa : arr_new_uninit(vm, (DType)odt, ndim, shape);
  gc_push_root(vm, v_obj(res));
  nroots++;
  ops[nin] = res;
  NbCtx ctx;
  nb_ctx_init(vm, &ctx);
  ArrIter it;
  if (arr_iter_init(vm, &it, nin + 1, ops, ndim, shape)) do {
      run_loop(u, l, &ctx, it.ptr, it.stride, it.n);
    } while (arr_iter_next(&it));
  if (outa && res != outa) arr_assign(vm, outa, res);
  gc_pop_roots(vm, nroots);
  if (outa) return out;
  return arr_return(vm, res);
}

/* ---- reduce / accumulate -------------------------------------------------------- */

/* Prepares a contiguous copy of `av` in the loop's input dtype with `axis`
** moved last; returns it and fills rows/len/loop. */
static NdArray *red_prepare(VM *vm, NbUFunc *u, Value av, Value axisv, const char *what, int *axis_out, int *perm,
                            VecLoop **lp, NdArray **orig) {
  if (u->nin != 2 || u->gu) vm_raise(vm, &EXC_ValueError, "%s only supported for binary functions", what);
  NdArray *a = arr_as_array(vm, av, -1);
  gc_push_root(vm, v_obj(a));
  NdArray *two[2] = {a, a};
  VecLoop *l = resolve(vm, u, two);
  *lp = l;
  int axis = 0;
  if (!is_empty(axisv) && is_none(axisv)) {
    if (a->ndim > 1 && u->identity == UF_ID_NONE)
      vm_raise(vm, &EXC_ValueError, "reduction operation '%s' is not reorderable, so at most one axis may be specified",
               uf_name(u));
    a = arr_ravel(vm, arr_contiguous(vm, a, -1));
    gc_push_root(vm, v_obj(a));
    gc_pop_roots(vm, 1);
  } else if (!is_empty(axisv)) {
    if (a->ndim == 0) vm_raise(vm, uf_axis_error(), "axis %lld is out of bounds for array of dimension 0", (long long)v_index(vm, axisv, "axis"));
    axis = arr_normalize_axis(vm, v_index(vm, axisv, "axis"), a->ndim);
  }
  if (a->ndim == 0) vm_raise(vm, &EXC_TypeError, "cannot %s on a scalar", !strcmp(what, "reduce") ? "reduce" : "accumulate");
  *orig = a;
  int k = 0;
  for (int d = 0; d < a->ndim; d++)
    if (d != axis) perm[k++] = d;
  perm[k] = axis;
  NdArray *t = axis == a->ndim - 1 ? a : arr_transpose(vm, a, perm);
  gc_push_root(vm, v_obj(t));
  NdArray *c = arr_cast(vm, t, (DType)l->dts[0]);
  gc_pop_roots(vm, 2);
  *axis_out = axis;
  return c;
}

static Value uf_reduce_m(VM *vm, Value self, const Args *a) {
  NbUFunc *u = (NbUFunc *)self.as.o;
  Value v[4];
  args_parse(vm, a, "reduce", "array,|axis,dtype,out", v);
  int axis, perm[ARR_MAXDIMS];
  VecLoop *l;
  NdArray *orig;
  NdArray *c = red_prepare(vm, u, v[0], v[1], "reduce", &axis, perm, &l, &orig);
  gc_push_root(vm, v_obj(c));
  int nd = c->ndim;
  int64_t len = c->shape[nd - 1], rows = len ? c->size / len : 0;
  if (len == 0 && u->identity != UF_ID_ZERO && u->identity != UF_ID_ONE)
    vm_raise(vm, &EXC_ValueError, "zero-size array to reduction operation %s which has no identity", uf_name(u));
  int odt = l->dts[2], idt = l->dts[0];
  NdArray *res = arr_new_uninit(vm, (DType)odt, nd - 1, c->shape);
  if (len == 0) { /* every result is the identity */
    int64_t id = u->identity == UF_ID_ONE;
    arr_cast_strided((DType)odt, res->data, dt_size((DType)odt), DT_INT64, (const char *)&id, 0, res->size);
    gc_pop_roots(vm, 1);
    return arr_return(vm, res);
  }
  gc_push_root(vm, v_obj(res));
  NbCtx ctx;
  nb_ctx_init(vm, &ctx);
  NbLoopFn fn = nb_vec_loop(l->h);
  uint64_t t0 = now_ns();
  int isz = dt_size((DType)idt), osz = dt_size((DType)odt);
  for (int64_t r = 0; r < rows; r++) {
    char acc[16], accin[16];
    const char *row = c->data + r * len * isz;
    memcpy(accin, row, (size_t)isz);
    for (int64_t j = 1; j < len; j++) {
      char *args[3] = {accin, (char *)row + j * isz, acc};
      int64_t steps[3] = {0, 0, 0};
      fn(&ctx, args, steps, 1);
      arr_cast_strided((DType)idt, accin, 0, (DType)odt, acc, 0, 1);
    }
    if (len == 1) arr_cast_strided((DType)odt, acc, 0, (DType)idt, accin, 0, 1);
    memcpy(res->data + r * osz, acc, (size_t)osz);
  }
  nb_vec_ran(l->h, now_ns() - t0);
  gc_pop_roots(vm, 2);
  return arr_return(vm, res);
}

static Value uf_accumulate_m(VM *vm, Value self, const Args *a) {
  NbUFunc *u = (NbUFunc *)self.as.o;
  Value v[4];
  args_parse(vm, a, "accumulate", "array,|axis,dtype,out", v);
  int axis, perm[ARR_MAXDIMS];
  VecLoop *l;
  NdArray *orig;
  NdArray *c = red_prepare(vm, u, v[0], v[1], "accumulate", &axis, perm, &l, &orig);
  gc_push_root(vm, v_obj(c));
  int nd = c->ndim;
  int64_t len = c->shape[nd - 1], rows = len ? c->size / len : 0;
  int odt = l->dts[2], idt = l->dts[0];
  NdArray *res = arr_new_uninit(vm, (DType)odt, nd, c->shape);
  gc_push_root(vm, v_obj(res));
  NbCtx ctx;
  nb_ctx_init(vm, &ctx);
  NbLoopFn fn = nb_vec_loop(l->h);
  uint64_t t0 = now_ns();
  int isz = dt_size((DType)idt), osz = dt_size((DType)odt);
  for (int64_t r = 0; r < rows; r++) {
    const char *row = c->data + r * len * isz;
    char *orow = res->data + r * len * osz;
    char accin[16];
    memcpy(accin, row, (size_t)isz);
    arr_cast_strided((DType)odt, orow, 0, (DType)idt, row, 0, 1);
    for (int64_t j = 1; j < len; j++) {
      char *args[3] = {accin, (char *)row + j * isz, orow + j * osz};
      int64_t steps[3] = {0, 0, 0};
      fn(&ctx, args, steps, 1);
      arr_cast_strided((DType)idt, accin, 0, (DType)odt, orow + j * osz, 0, 1);
    }
  }
  nb_vec_ran(l->h, now_ns() - t0);
  NdArray *out = res;
  if (axis != nd - 1) {
    int inv[ARR_MAXDIMS];
    for (int d = 0; d < nd; d++) inv[perm[d]] = d;
    NdArray *t = arr_transpose(vm, res, inv);
    gc_push_root(vm, v_obj(t));
    out = arr_copy(vm, t);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 2);
  return v_obj(out);
}

/* ---- guvectorize ------------------------------------------------------------------ */

/* '(n),()->(n)' → u->args, nin, nout. */
static void parse_layout(VM *vm, NbUFunc *u, const char *s) {
  int n = 0, nin = -1;
  const char *p = s;
  while (*p) {
    while (*p == ' ' || *p == ',') p++;
    if (*p == '-' && p[1] == '>') {
      nin = n;
      p += 2;
      continue;
    }
    if (!*p) break;
    if (*p != '(' || n >= GU_MAXARGS) vm_raise(vm, &EXC_ValueError, "not a valid gufunc signature: %s", s);
    p++;
    GuArg *g = &u->args[n++];
    g->ncore = 0;
    while (*p && *p != ')') {
      while (*p == ' ' || *p == ',') p++;
      if (*p == ')') break;
      int k = 0;
      if (g->ncore >= GU_MAXCORE) vm_raise(vm, &EXC_ValueError, "not a valid gufunc signature: %s", s);
      while (*p && *p != ',' && *p != ')' && *p != ' ' && k < 15) g->names[g->ncore][k++] = *p++;
      g->names[g->ncore][k] = 0;
      if (!k) vm_raise(vm, &EXC_ValueError, "not a valid gufunc signature: %s", s);
      g->ncore++;
    }
    if (*p != ')') vm_raise(vm, &EXC_ValueError, "not a valid gufunc signature: %s", s);
    p++;
  }
  if (nin < 0 || nin == n) vm_raise(vm, &EXC_ValueError, "not a valid gufunc signature: %s", s);
  u->nin = nin;
  u->nout = n - nin;
}

typedef struct DimBind { const char *name; int64_t size; } DimBind;

static int64_t *bind_dim(DimBind *b, int *nb, const char *name) {
  for (int i = 0; i < *nb; i++)
    if (!strcmp(b[i].name, name)) return &b[i].size;
  b[*nb].name = name;
  b[*nb].size = -1;
  return &b[(*nb)++].size;
}

static Value gu_call(VM *vm, NbUFunc *u, const Args *a) {
  int nin = u->nin, nout = u->nout, nall = nin + nout;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() keyword arguments are not supported", uf_name(u));
  if (a->argc != nin && a->argc != nall)
    vm_raise(vm, &EXC_TypeError, "%s() takes %d or %d arguments (%d given)", uf_name(u), nin, nall, a->argc);
  int nroots = 0;
  NdArray *ops[GU_MAXARGS];
  for (int i = 0; i < a->argc; i++) {
    ops[i] = operand(vm, a->argv[i]);
    gc_push_root(vm, v_obj(ops[i]));
    nroots++;
  }
  /* the first signature every input casts to safely */
  int si = -1;
  for (int s = 0; s < u->nsigs && si < 0; s++) {
    bool ok = u->sigs[s].nargs == nall;
    for (int i = 0; i < nin && ok; i++) ok = uf_can_cast((DType)ops[i]->dtype, (DType)nb_type(u->sigs[s].args[i])->dtype, "safe");
    if (ok) si = s;
  }
  if (si < 0) no_loop(vm, u);
  NbSig *sig = &u->sigs[si];
  for (int i = 0; i < nin; i++) {
    int dt = nb_type(sig->args[i])->dtype;
    if (ops[i]->dtype != dt) {
      ops[i] = arr_cast(vm, ops[i], (DType)dt);
      gc_push_root(vm, v_obj(ops[i]));
      nroots++;
    }
  }
  DimBind binds[GU_MAXARGS * GU_MAXCORE];
  int nb = 0;
  int lnd[GU_MAXARGS];
  const int64_t *lsh[GU_MAXARGS];
  for (int i = 0; i < a->argc; i++) {
    GuArg *g = &u->args[i];
    if (ops[i]->ndim < g->ncore)
      vm_raise(vm, &EXC_ValueError, "%s: %s operand %d does not have enough dimensions (has %d, gufunc core with signature requires %d)",
               uf_name(u), i < nin ? "input" : "output", i, ops[i]->ndim, g->ncore);
    lnd[i] = ops[i]->ndim - g->ncore;
    lsh[i] = ops[i]->shape;
    for (int k = 0; k < g->ncore; k++) {
      int64_t *sz = bind_dim(binds, &nb, g->names[k]);
      int64_t have = ops[i]->shape[lnd[i] + k];
      if (*sz < 0) *sz = have;
      else if (*sz != have)
        vm_raise(vm, &EXC_ValueError, "%s: %s operand %d has a mismatch in its core dimension %d, with gufunc signature (size %lld is different from %lld)",
                 uf_name(u), i < nin ? "Input" : "Output", i, k, (long long)have, (long long)*sz);
    }
  }
  int ndim = 0;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes_raw(vm, nin, lnd, lsh, &ndim, shape);
  for (int o = nin; o < nall; o++) {
    GuArg *g = &u->args[o];
    if (o < a->argc) continue;
    int64_t osh[ARR_MAXDIMS];
    memcpy(osh, shape, sizeof(int64_t) * (size_t)ndim);
    for (int k = 0; k < g->ncore; k++) {
      int64_t *sz = bind_dim(binds, &nb, g->names[k]);
      if (*sz < 0) vm_raise(vm, &EXC_ValueError, "%s: cannot determine the size of output core dimension '%s'", uf_name(u), g->names[k]);
      osh[ndim + k] = *sz;
    }
    ops[o] = arr_new(vm, (DType)nb_type(sig->args[o])->dtype, ndim + g->ncore, osh);
    gc_push_root(vm, v_obj(ops[o]));
    nroots++;
    lnd[o] = ndim;
  }
  int64_t total = 1;
  for (int k = 0; k < ndim; k++) total *= shape[k];
  int64_t idx[ARR_MAXDIMS];
  memset(idx, 0, sizeof idx);
  for (int64_t t = 0; t < total; t++) {
    Value argv[GU_MAXARGS];
    for (int i = 0; i < nall; i++) {
      NdArray *op = ops[i];
      GuArg *g = &u->args[i];
      char *p = op->data;
      for (int d = 0; d < lnd[i]; d++) {
        int gd = ndim - lnd[i] + d;
        if (op->shape[d] != 1) p += idx[gd] * op->strides[d];
      }
      const NbTypeInfo *ti = nb_type(sig->args[i]);
      if (g->ncore == 0 && ti->kind == NK_SCALAR) argv[i] = arr_scalar_from(vm, (DType)op->dtype, p);
      else if (g->ncore == 0) {
        int64_t one = 1, st = op->itemsize;
        argv[i] = v_obj(arr_view(vm, op, (DType)op->dtype, 1, &one, &st, p));
      } else argv[i] = v_obj(arr_view(vm, op, (DType)op->dtype, g->ncore, op->shape + lnd[i], op->strides + lnd[i], p));
      gc_push_root(vm, argv[i]);
    }
    Args ca = args_pos(nall, argv);
    vm_call(vm, u->disp, &ca);
    gc_pop_roots(vm, nall);
    for (int k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  Value r;
  if (nout == 1) r = a->argc == nall ? a->argv[nin] : arr_return(vm, ops[nin]);
  else {
    Value items[GU_MAXARGS];
    for (int o = 0; o < nout; o++) items[o] = v_obj(ops[nin + o]);
    r = tuple_from(vm, items, nout);
  }
  gc_pop_roots(vm, nroots);
  return r;
}

/* ---- the object --------------------------------------------------------------------- */

static Value nbuf_call(VM *vm, Value self, const Args *a) {
  NbUFunc *u = (NbUFunc *)self.as.o;
  return u->gu ? gu_call(vm, u, a) : vec_call(vm, u, a);
}

static Value nbuf_repr(VM *vm, Value self) {
  NbUFunc *u = (NbUFunc *)self.as.o;
  if (u->lazy) return str_printf(vm, "<numba._DUFunc '%s'>", uf_name(u));
  return str_printf(vm, "<ufunc '%s'>", uf_name(u));
}

static Value nbuf_getattr(VM *vm, Value self, Str *name) {
  NbUFunc *u = (NbUFunc *)self.as.o;
  const char *n = name->data;
  if (!strcmp(n, "nin")) return v_int(u->nin);
  if (!strcmp(n, "nout")) return v_int(u->gu ? u->nout : 1);
  if (!strcmp(n, "nargs")) return v_int(u->nin + (u->gu ? u->nout : 1));
  if (!strcmp(n, "ntypes")) return v_int(u->gu ? u->nsigs : u->nloops);
  if (!strcmp(n, "__name__")) return v_obj(as_function(u->pyfunc)->name);
  if (!strcmp(n, "identity")) return u->identity == UF_ID_ZERO ? v_int(0) : u->identity == UF_ID_ONE ? v_int(1) : v_none();
  if (!strcmp(n, "py_func") || !strcmp(n, "__wrapped__")) return u->pyfunc;
  if (!strcmp(n, "signature")) {
    if (!u->gu) return v_none();
    StrBuf b = STRBUF_INIT;
    for (int i = 0; i < u->nin + u->nout; i++) {
      if (i == u->nin) sb_puts(&b, "->");
      else if (i) sb_puts(&b, ",");
      sb_puts(&b, "(");
      for (int k = 0; k < u->args[i].ncore; k++) sb_printf(&b, "%s%s", k ? "," : "", u->args[i].names[k]);
      sb_puts(&b, ")");
    }
    return sb_finish(vm, &b);
  }
  if (!strcmp(n, "types")) {
    int cnt = u->gu ? u->nsigs : u->nloops;
    List *l = list_new(vm, cnt);
    Value lv = v_obj(l);
    gc_push_root(vm, lv);
    for (int i = 0; i < cnt; i++) {
      char buf[32];
      int k = 0;
      if (u->gu) {
        for (int j = 0; j < u->sigs[i].nargs; j++) {
          if (j == u->nin) {
            buf[k++] = '-';
            buf[k++] = '>';
          }
          buf[k++] = dt_info[nb_type(u->sigs[i].args[j])->dtype].chr;
        }
      } else {
        for (int j = 0; j < u->nin; j++) buf[k++] = dt_info[u->loops[i].dts[j]].chr;
        buf[k++] = '-';
        buf[k++] = '>';
        buf[k++] = dt_info[u->loops[i].dts[u->nin]].chr;
      }
      buf[k] = 0;
      list_append(vm, l, str_from_cstr(vm, buf));
    }
    gc_pop_roots(vm, 1);
    return lv;
  }
  return v_empty();
}

/* Benchmarks: waits for the optimised tier of every loop. */
static Value uf_wait_tier(VM *vm, Value self, const Args *a) {
  (void)a;
  NbUFunc *u = (NbUFunc *)self.as.o;
  return vm_call0(vm, v_getattr(vm, u->disp, str_intern_c(vm, "_streak_wait_tier")));
}

static const MethodDef nbuf_methods[] = {
    {"reduce", uf_reduce_m},
    {"_streak_wait_tier", uf_wait_tier},
    {"accumulate", uf_accumulate_m},
    {NULL, NULL},
};

static Type TYPE_NB_UFUNC = {.hdr = TYPE_HEADER, .name = "ufunc", .base = &TYPE_OBJECT, .mark = uf_mark,
                             .finalize = uf_finalize, .repr = nbuf_repr, .getattr = nbuf_getattr, .call = nbuf_call,
                             .methods = nbuf_methods};

/* ---- the decorators ------------------------------------------------------------------- */

typedef struct VecDeco {
  Obj hdr;
  Value sigs;     /* V_NONE or a list */
  Value layout;   /* guvectorize: the layout string */
  NbOptions opt;
  bool parallel, gu, cuda;
  int identity; /* UF_ID_* */
} VecDeco;

static void vdeco_mark(VM *vm, Obj *o) {
  gc_mark_value(vm, ((VecDeco *)o)->sigs);
  gc_mark_value(vm, ((VecDeco *)o)->layout);
}
static Type TYPE_NB_VECDECO = {.hdr = TYPE_HEADER, .name = "numba_vectorize", .base = &TYPE_OBJECT, .mark = vdeco_mark};

static Value cuda_vectorize(VM *vm, VecDeco *st, Value fn) {
  /* numba.cuda (src/mod_cuda.c) may provide the CUDA target as
  ** numba.cuda._streak_vectorize(signatures, function[, layout]). */
  Value mod = dict_get_str(vm, vm->modules, str_intern_c(vm, "numba.cuda"));
  Value hook = v_empty();
  if (is_type(mod, &TYPE_MODULE)) hook = module_get(vm, (Module *)mod.as.o, st->gu ? "_streak_guvectorize" : "_streak_vectorize");
  if (is_empty(hook))
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: @%s(target='cuda') needs numba.cuda's vectorize support, which this build does not have; use "
             "target='cpu' or 'parallel'",
             st->gu ? "guvectorize" : "vectorize");
  Value argv[3] = {st->sigs, fn, st->layout};
  Args a = args_pos(st->gu ? 3 : 2, argv);
  return vm_call(vm, hook, &a);
}

static int identity_kind(VM *vm, Value v) {
  if (is_none(v)) return UF_ID_NONE;
  if (v.tag == V_INT && (v.as.i == 0 || v.as.i == 1)) return v.as.i ? UF_ID_ONE : UF_ID_ZERO;
  if (is_str(v) && !strcmp(as_str(v)->data, "reorderable")) return UF_ID_REORDERABLE;
  Value r = v_repr(vm, v);
  vm_raise(vm, &EXC_ValueError, "Invalid identity value %s", as_str(r)->data);
}

bool nb_vec_ufunc(Value uf, const char **name, int n, const int *dts, int *loop, Value *disp, bool *found) {
  if (!is_type(uf, &TYPE_NB_UFUNC) || ((NbUFunc *)uf.as.o)->gu) return false; /* @guvectorize: not from @njit */
  NbUFunc *u = (NbUFunc *)uf.as.o;
  *name = as_function(u->pyfunc)->name->data;
  *disp = u->disp;
  *found = false;
  if (n != u->nin || !dts) return true;
  for (int li = 0; li < u->nloops && !*found; li++) {
    bool ok = true;
    for (int i = 0; i < n && ok; i++) ok = dt_can_cast_safe((DType)dts[i], (DType)u->loops[li].dts[i]);
    if (ok) {
      memcpy(loop, u->loops[li].dts, (size_t)(n + 1) * sizeof *loop);
      *found = true;
    }
  }
  if (!*found && u->lazy) { /* compiled for the operands' own types */
    memcpy(loop, dts, (size_t)n * sizeof *loop);
    loop[n] = -1;
    *found = true;
  }
  return true;
}

static Value make_ufunc(VM *vm, VecDeco *st, Value fn) {
  if (is_type(fn, &TYPE_NB_DISPATCHER)) fn = v_getattr(vm, fn, str_intern_c(vm, "py_func"));
  if (!is_function(fn)) vm_raise(vm, &EXC_TypeError, "vectorize() expects a function, got '%s'", v_typename(fn));
  if (st->cuda) return cuda_vectorize(vm, st, fn);
  Function *f = as_function(fn);
  NbUFunc *u = gc_alloc(vm, &TYPE_NB_UFUNC, sizeof(NbUFunc));
  memset((char *)u + sizeof(Obj), 0, sizeof(NbUFunc) - sizeof(Obj));
  u->pyfunc = fn;
  u->disp = v_none();
  u->cuda = v_none();
  Value uv = v_obj(u);
  gc_push_root(vm, uv);
  u->parallel = st->parallel;
  u->gu = st->gu;
  u->identity = st->identity;
  NbOptions opt = st->opt;
  opt.vec_loop = !st->gu;
  opt.numpy_errors = true;
  if (st->gu) {
    parse_layout(vm, u, as_str(st->layout)->data);
    if (f->code->argcount != u->nin + u->nout)
      vm_raise(vm, &EXC_TypeError, "guvectorize: %s() takes %d arguments but its layout names %d", f->name->data,
               f->code->argcount, u->nin + u->nout);
  } else {
    u->nin = f->code->argcount;
    u->nout = 1;
    if (u->nin < 1 || u->nin > VEC_MAXIN)
      vm_raise(vm, &EXC_NotImplementedError, "streak: @vectorize supports 1 to %d inputs (%s() has %d)", VEC_MAXIN,
               f->name->data, u->nin);
  }
  u->disp = nb_dispatcher_new(vm, fn, &opt);
  if (!is_list(st->sigs) || as_list(st->sigs)->n == 0) {
    if (st->gu) vm_raise(vm, &EXC_TypeError, "guvectorize() requires a list of signatures");
    u->lazy = true;
  } else {
    List *l = as_list(st->sigs);
    for (int64_t i = 0; i < l->n; i++) {
      NbSig s;
      nb_parse_signature(vm, l->items[i], &s);
      if (st->gu) {
        if (s.nargs != u->nin + u->nout)
          vm_raise(vm, &EXC_TypeError, "guvectorize: signature has %d arguments, the layout %d", s.nargs, u->nin + u->nout);
        for (int k = 0; k < s.nargs; k++)
          if (!nb_is_scalar(s.args[k]) && !nb_is_array(s.args[k]))
            vm_raise(vm, &EXC_TypeError, "guvectorize: signature arguments must be numbers or arrays");
        s.ret = nb_none();
        u->sigs = realloc(u->sigs, sizeof(NbSig) * (size_t)(u->nsigs + 1));
        u->sigs[u->nsigs++] = s;
        nb_dispatcher_add_sig(vm, u->disp, &s);
        continue;
      }
      if (s.nargs != u->nin) vm_raise(vm, &EXC_TypeError, "vectorize: signature has %d arguments, %s() takes %d", s.nargs, f->name->data, u->nin);
      int dts[VEC_MAXIN];
      for (int k = 0; k < s.nargs; k++) {
        if (!nb_is_scalar(s.args[k])) vm_raise(vm, &EXC_TypeError, "vectorize: signature arguments must be scalar types");
        dts[k] = nb_type(s.args[k])->dtype;
      }
      if (s.ret && !nb_is_scalar(s.ret)) vm_raise(vm, &EXC_TypeError, "vectorize: the return type must be a scalar type");
      add_loop(vm, u, dts, s.ret ? nb_type(s.ret)->dtype : -1);
    }
  }
  gc_pop_roots(vm, 1);
  return uv;
}

static Value vdeco_apply(VM *vm, Value self, const Args *a) {
  if (a->argc != 1 || a->nkw) vm_raise(vm, &EXC_TypeError, "the vectorize decorator takes one function");
  return make_ufunc(vm, (VecDeco *)self.as.o, a->argv[0]);
}

/* Numba's DeviceVectorize / DeviceGUFuncVectorize reject cache=True and every
** target option but nopython. */
static void cuda_options(VM *vm, const VecDeco *st, const char *bad) {
  if (st->opt.cache) vm_raise(vm, &EXC_TypeError, "caching is not supported");
  if (!bad[0]) return;
  char msg[512];
  snprintf(msg, sizeof msg, "%s", bad);
  if (st->gu) vm_raise(vm, &EXC_TypeError, "The following target options are not supported: %s", msg);
  char *comma = strchr(msg, ',');
  if (comma) *comma = 0;
  vm_raise(vm, &EXC_KeyError, "Unrecognized options. cuda vectorize target does not support option: %s", msg);
}

static Value vec_common(VM *vm, const Args *a, bool gu) {
  VecDeco *st = gc_alloc(vm, &TYPE_NB_VECDECO, sizeof(VecDeco));
  st->sigs = v_none();
  st->layout = v_none();
  st->opt.boundscheck = true;
  st->gu = gu;
  Value stv = v_obj(st);
  gc_push_root(vm, stv);
  char cuda_bad[512] = ""; /* options the CUDA target rejects, in call order */
  for (int k = 0; k < a->nkw; k++) {
    Str *n = as_str(a->kwnames[k]);
    Value v = a->kwvals[k];
    if (!str_eq_c(n, "target") && !str_eq_c(n, "identity") && !str_eq_c(n, "cache") && !str_eq_c(n, "nopython"))
      snprintf(cuda_bad + strlen(cuda_bad), sizeof cuda_bad - strlen(cuda_bad), "%s'%s'", cuda_bad[0] ? ", " : "", n->data);
    if (str_eq_c(n, "target")) {
      if (!is_str(v)) vm_raise(vm, &EXC_TypeError, "target must be a string");
      const char *t = as_str(v)->data;
      if (!strcmp(t, "parallel")) st->parallel = true;
      else if (!strcmp(t, "cuda")) st->cuda = true;
      else if (strcmp(t, "cpu")) vm_raise(vm, &EXC_ValueError, "Unsupported target: %s", t);
    } else if (str_eq_c(n, "fastmath")) st->opt.fastmath = v_truthy(vm, v);
    else if (str_eq_c(n, "cache")) st->opt.cache = v_truthy(vm, v);
    else if (str_eq_c(n, "boundscheck")) st->opt.boundscheck = is_none(v) || v_truthy(vm, v);
    else if (str_eq_c(n, "identity")) st->identity = identity_kind(vm, v);
    else if (str_eq_c(n, "nopython") || str_eq_c(n, "nogil") || str_eq_c(n, "forceobj") ||
             str_eq_c(n, "writable_args"))
      ;
    else if (str_eq_c(n, "signature") && gu) st->layout = v;
    else vm_raise(vm, &EXC_KeyError, "Unrecognized options: {'%s'}", n->data);
  }
  if (st->cuda) cuda_options(vm, st, cuda_bad);
  Value fn = v_empty();
  int pos = 0;
  if (a->argc > pos && (is_function(a->argv[pos]) || is_type(a->argv[pos], &TYPE_NB_DISPATCHER))) fn = a->argv[pos++];
  if (is_empty(fn) && a->argc > pos) {
    Value x = a->argv[pos++];
    if (is_list(x)) st->sigs = x;
    else if (is_str(x) || is_type(x, &TYPE_NB_SIG) || is_tuple(x)) {
      List *l = list_new(vm, 1);
      st->sigs = v_obj(l);
      list_append(vm, l, x);
    } else vm_raise(vm, &EXC_TypeError, "invalid argument to %s(): '%s'", gu ? "guvectorize" : "vectorize", v_typename(x));
  }
  if (gu && is_none(st->layout)) {
    if (a->argc > pos && is_str(a->argv[pos])) st->layout = a->argv[pos++];
    else vm_raise(vm, &EXC_TypeError, "guvectorize() needs a layout string such as '(n),()->(n)'");
  }
  if (a->argc > pos) vm_raise(vm, &EXC_TypeError, "%s(): too many positional arguments", gu ? "guvectorize" : "vectorize");
  Value r = is_empty(fn) ? builtin_new(vm, gu ? "guvectorize" : "vectorize", vdeco_apply, stv) : make_ufunc(vm, st, fn);
  gc_pop_roots(vm, 1);
  return r;
}

Value nb_vectorize_fn(VM *vm, Value self, const Args *a) {
  (void)self;
  return vec_common(vm, a, false);
}

Value nb_guvectorize_fn(VM *vm, Value self, const Args *a) {
  (void)self;
  return vec_common(vm, a, true);
}
