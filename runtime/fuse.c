/*
** fuse.c — evaluates a fused array expression (the FUSE instruction; the
** program format and the compiler's side are described in src/fuse.h).
**
** The leaves' arrays are cut into chunks of FZ_CHUNK elements; for each
** chunk every operator of the tree runs, in the tree's order, through the
** same entry points as the unfused code (np_array_binop, np_array_unop,
** uf_call) with 1-D views of the chunk as operands. The first chunk decides
** every operator's result dtype (it cannot change later: the operands are
** arrays of one shape and fixed scalars, and NumPy's value-based casting looks
** only at the scalars), and its results become that operator's buffers,
** reused as out= for the following chunks. The root writes straight into the
** result. So the values are the unfused ones — the same loops over the same
** elements, contiguous runs split at multiples of 8 like the whole arrays'
** (vector and scalar tails of the libmvec loops fall on the same elements) —
** and the only memory besides the result is a chunk per operator.
*/
#include <string.h>

#include "array.h"
#include "ufunc.h"
#include "fuse.h"
#include "object.h"

/* 64 KB of float64 per operator: the working set of a tree of a few
** operators stays in L2. A multiple of 8 (see above). */
#define FZ_CHUNK 8192
/* Below this many elements the temporaries are cheap: no fusion. */
#define FZ_MIN_SIZE (2 * FZ_CHUNK)

typedef struct FzNode {
  uint8_t kind, x, y;
  bool arr;   /* an array result (some leaf below is an array) */
  int nkids;  /* operands popped: 0 for a leaf */
  int kid[2]; /* operand nodes */
} FzNode;

/* Decodes the postfix program into nodes with operand links; false if it is
** malformed (it never is: the compiler wrote it). */
static bool fz_decode(const Str *prog, FzNode *nodes, int *nnodes) {
  const unsigned char *p = (const unsigned char *)prog->data;
  if (prog->nbytes < FZ_HEADER) return false;
  int n = p[4];
  if (n < 1 || n > FZ_MAXNODES || prog->nbytes != FZ_HEADER + 3 * n) return false;
  int stack[FZ_MAXNODES], sp = 0;
  for (int i = 0; i < n; i++) {
    const unsigned char *q = p + FZ_HEADER + 3 * i;
    FzNode *nd = &nodes[i];
    *nd = (FzNode){.kind = q[0], .x = q[1], .y = q[2]};
    nd->nkids = nd->kind == FZ_LEAF ? 0 : nd->kind == FZ_BIN ? 2 : nd->kind == FZ_UN ? 1 : nd->y;
    if (nd->nkids > 2 || nd->nkids > sp) return false;
    for (int k = nd->nkids - 1; k >= 0; k--) nd->kid[k] = stack[--sp];
    stack[sp++] = i;
  }
  *nnodes = n;
  return sp == 1;
}

static bool same_shape(const NdArray *a, const NdArray *b) {
  if (a->ndim != b->ndim) return false;
  for (int d = 0; d < a->ndim; d++)
    if (a->shape[d] != b->shape[d]) return false;
  return true;
}

/* Checks the operands: callees must be ufuncs of the right arity, leaves
** arrays or numbers. *shape gets the (common) shape of the array leaves. */
static FuseResult fz_check(FzNode *nodes, int n, const Value *regs, NdArray **shape) {
  FuseResult r = FUSE_DONE;
  *shape = NULL;
  for (int i = 0; i < n; i++) {
    FzNode *nd = &nodes[i];
    if (nd->kind == FZ_LEAF) {
      Value v = regs[nd->x];
      DtScalar s;
      if (!is_array(v)) {
        if (!arr_scalar_info(v, &s)) return FUSE_NEVER;
        continue;
      }
      NdArray *a = as_array(v);
      nd->arr = true;
      if (a->ndim == 0 || !(a->flags & ARR_C_CONTIG) || (*shape && !same_shape(*shape, a)))
        r = FUSE_NOT_NOW;
      if (!*shape) *shape = a;
      continue;
    }
    if (nd->kind == FZ_CALL) {
      Value f = regs[nd->x];
      if (!is_ufunc(f) || uf_defs[((UFunc *)f.as.o)->id].nin != nd->y) return FUSE_NEVER;
    }
    for (int k = 0; k < nd->nkids; k++) nd->arr |= nodes[nd->kid[k]].arr;
  }
  if (!*shape) return FUSE_NEVER;
  if ((*shape)->size < FZ_MIN_SIZE) return FUSE_NOT_NOW;
  return r;
}

/* A node's value for the current chunk; out: V_EMPTY or its buffer. */
static Value fz_apply(VM *vm, const FzNode *nd, const Value *vals, const Value *regs, Value out) {
  Value a = vals[nd->kid[0]];
  switch (nd->kind) {
  case FZ_BIN: {
    Value b = vals[nd->kid[1]];
    if (!nd->arr) return v_binop(vm, (BinOp)nd->x, a, b);
    return np_array_binop_into(vm, (BinOp)nd->x, a, b, out);
  }
  case FZ_UN:
    if (!nd->arr) return v_unop(vm, (UnOp)nd->x, a);
    return np_array_unop_into(vm, (UnOp)nd->x, a, out);
  default: {
    Value in[2] = {a, nd->y > 1 ? vals[nd->kid[1]] : v_empty()};
    return uf_call(vm, ((UFunc *)regs[nd->x].as.o)->id, nd->y, in, out, -1, v_empty(), NULL);
  }
  }
}

/* Points a private 1-D view at n elements from data. */
static void fz_point(NdArray *v, char *data, int64_t n) {
  v->data = data;
  v->shape[0] = n;
  v->size = n;
}

static NdArray *fz_view1(VM *vm, NdArray *base, char *data, int64_t n) {
  int64_t stride = base->itemsize;
  return arr_view(vm, base, (DType)base->dtype, 1, &n, &stride, data);
}

FuseResult np_fuse_eval(VM *vm, const Str *prog, const Value *regs, Value *out) {
  FzNode nodes[FZ_MAXNODES];
  int n;
  if (!fz_decode(prog, nodes, &n)) return FUSE_NEVER;
  NdArray *shape;
  FuseResult ok = fz_check(nodes, n, regs, &shape);
  if (ok != FUSE_DONE) return ok;
  int root = n - 1;
  int64_t total = shape->size;
  Value vals[FZ_MAXNODES];
  NdArray *bufs[FZ_MAXNODES] = {0}; /* leaves: chunk views; operators: chunk buffers */
  NdArray *result = NULL;
  for (int64_t lo = 0; lo < total; lo += FZ_CHUNK) {
    int64_t len = total - lo < FZ_CHUNK ? total - lo : FZ_CHUNK;
    for (int i = 0; i < n; i++) {
      const FzNode *nd = &nodes[i];
      if (nd->kind == FZ_LEAF) {
        vals[i] = regs[nd->x];
        if (!nd->arr) continue;
        NdArray *a = as_array(vals[i]);
        char *p = a->data + lo * a->itemsize;
        if (!bufs[i]) bufs[i] = fz_view1(vm, a, p, len);
        fz_point(bufs[i], p, len);
        vals[i] = v_obj(bufs[i]);
        continue;
      }
      Value dst = v_empty();
      if (nd->arr && bufs[i]) {
        char *p = i == root ? result->data + lo * result->itemsize : bufs[i]->data;
        fz_point(bufs[i], p, len);
        dst = v_obj(bufs[i]);
      }
      vals[i] = fz_apply(vm, nd, vals, regs, dst);
      if (nd->arr && !bufs[i]) {
        /* an operator over arrays gives an array (nothing has been written
        ** anywhere yet if not: the ordinary code decides) */
        if (!is_array(vals[i]) || as_array(vals[i])->ndim != 1) return FUSE_NEVER;
        if (i != root) bufs[i] = as_array(vals[i]);
      }
    }
    if (!result) {
      NdArray *first = as_array(vals[root]);
      result = arr_new_uninit(vm, (DType)first->dtype, shape->ndim, shape->shape);
      memcpy(result->data, first->data, (size_t)(len * first->itemsize));
      bufs[root] = fz_view1(vm, result, result->data, len);
    }
  }
  *out = v_obj(result);
  return FUSE_DONE;
}
