/*
** ir.c — building and checking trace IR: the tables derived from IRDEF, the
** constant pool, instruction emission, snapshots, call targets, and the
** well-formedness checker both backends run before generating code.
*/
#include "ir.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "array.h"
#include "num.h"
#include "util.h"

/* ---- tables ------------------------------------------------------------- */

const char *const ir_type_name[IRT__COUNT] = {
  "void", "bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "ptr",
};
_Static_assert(IRT__COUNT == 13, "ir_type_name follows IRTYPEDEF");

const char *const ir_type_ctype[IRT__COUNT] = {
#define X(name, ctype, size) ctype,
  IRTYPEDEF(X)
#undef X
};

const uint8_t ir_type_size[IRT__COUNT] = {
#define X(name, ctype, size) size,
  IRTYPEDEF(X)
#undef X
};

/* The IRDEF columns are written as bare words; give them values here only. */
#define N IRM_N
#define R IRM_R
#define L IRM_L
#define ANY IRTR_ANY
#define A IRTR_A
#define VOID IRT_VOID
#define BOOL IRT_BOOL
#define I64 IRT_I64
#define F64 IRT_F64
#define PTR IRT_PTR
#define PURE IRF_PURE
#define LOAD IRF_LOAD
#define STORE IRF_STORE
#define GUARD IRF_GUARD
#define K IRF_K
const IROpInfo ir_op_info[IR__COUNT] = {
#define X(name, a, b, lit, rt, flags) {#name, a, b, lit, rt, flags},
  IRDEF(X)
#undef X
};
#undef N
#undef R
#undef L
#undef ANY
#undef A
#undef VOID
#undef BOOL
#undef I64
#undef F64
#undef PTR
#undef PURE
#undef LOAD
#undef STORE
#undef GUARD
#undef K

/* ---- built-in call targets ---------------------------------------------- */

/*
** Python's float // and %, as CPython's float_floor_div/float_rem compute
** them (from fmod, so the results are exact where CPython's are). The
** divisor is never zero here: the recorder guards that first.
*/
static double py_divmod(double a, double b, double *modp) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0.0) != (mod < 0.0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, a / b);
  }
  *modp = mod;
  return floordiv;
}

double ir_py_floordiv(double a, double b) {
  double mod;
  return py_divmod(a, b, &mod);
}

double ir_py_mod(double a, double b) {
  double mod;
  py_divmod(a, b, &mod);
  return mod;
}

double ir_pow2(double x) { return num_pow2(x); }
double ir_py_hypot(double x, double y) { return num_py_hypot(x, y); }
bool ir_hypot_lt(double x, double y, double k) { return num_hypot_cmp(x, y, k, 0); }
bool ir_hypot_le(double x, double y, double k) { return num_hypot_cmp(x, y, k, 1); }
bool ir_hypot_gt(double x, double y, double k) { return num_hypot_cmp(x, y, k, 2); }
bool ir_hypot_ge(double x, double y, double k) { return num_hypot_cmp(x, y, k, 3); }

static const IRCallTarget builtin_calls[IRCALL__COUNT] = {
#define X(fname, ret, n, a0, a1)                                              \
  {#fname, (void *)fname, IRT_##ret, n, {IRT_##a0, IRT_##a1, IRT_##a1, IRT_##a1}, true, false, false},
  IRCALLDEF(X)
#undef X
};

const IRCallTarget *ir_call_builtin(IRCallId id) { return &builtin_calls[id]; }

int ir_hypot_cmp_op(const IRCallTarget *ct) {
  for (int i = 0; i < 4; i++)
    if (ct == &builtin_calls[IRCALL_ir_hypot_lt + i]) return i;
  return -1;
}

/* ---- traces ------------------------------------------------------------- */

void ir_init(IRTrace *tr, uint32_t id) {
  memset(tr, 0, sizeof *tr);
  tr->id = id;
  tr->loop = REF_NONE;
  tr->cursnap = UINT32_MAX;
}

void ir_free(IRTrace *tr) {
  free(tr->ins);
  free(tr->k);
  free(tr->snaps);
  free(tr->snapmap);
  free(tr->snapframes);
  free(tr->calls);
  memset(tr, 0, sizeof *tr);
}

#define GROW(arr, n, cap)                                                     \
  do {                                                                        \
    if ((n) == (cap)) {                                                       \
      (cap) = (cap) ? (cap) * 2 : 64;                                         \
      (arr) = util_xrealloc((arr), (size_t)(cap) * sizeof *(arr));            \
    }                                                                         \
  } while (0)

/* Constants are found by a linear scan: a trace has tens of them, and the
** scan is cheaper than keeping a hash table in step. */
static IRRef kfind(IRTrace *tr, IROp op, IRType t, int64_t bits) {
  for (uint32_t i = 0; i < tr->nk; i++) {
    IRIns *k = &tr->k[i];
    if (k->op == op && k->type == t && k->i == bits) return REF_BIAS - 1 - i;
  }
  GROW(tr->k, tr->nk, tr->capk);
  IRIns *k = &tr->k[tr->nk];
  memset(k, 0, sizeof *k);
  k->op = (uint8_t)op;
  k->type = (uint8_t)t;
  k->i = bits;
  return REF_BIAS - 1 - tr->nk++;
}

IRRef ir_kint(IRTrace *tr, int64_t v) { return kfind(tr, IR_KINT, IRT_I64, v); }
IRRef ir_kbool(IRTrace *tr, bool v) { return kfind(tr, IR_KINT, IRT_BOOL, v); }

IRRef ir_knum(IRTrace *tr, double v) {
  int64_t bits;
  memcpy(&bits, &v, sizeof bits);
  return kfind(tr, IR_KNUM, IRT_F64, bits);
}

IRRef ir_kptr(IRTrace *tr, const void *p) {
  return kfind(tr, IR_KPTR, IRT_PTR, (int64_t)(intptr_t)p);
}

IRRef ir_emit(IRTrace *tr, IROp op, IRType t, IRRef a, IRRef b, uint32_t lit) {
  GROW(tr->ins, tr->nins, tr->capins);
  IRIns *ins = &tr->ins[tr->nins];
  memset(ins, 0, sizeof *ins);
  ins->op = (uint8_t)op;
  ins->type = (uint8_t)t;
  ins->a = a;
  ins->b = b;
  ins->lit = lit;
  if (ir_op_info[op].flags & IRF_GUARD) ins->snap = (uint16_t)tr->cursnap;
  return REF_BIAS + tr->nins++;
}

/* The result type the table fixes for op with operand a (VOID if the
** emitter must choose). */
static IRType rule_type(const IRTrace *tr, IROp op, IRRef a) {
  uint8_t rule = ir_op_info[op].result;
  if (rule == IRTR_A) return a ? ir_typeof(tr, a) : IRT_VOID;
  if (rule == IRTR_ANY) return IRT_VOID;
  return (IRType)rule;
}

IRRef ir_emit2(IRTrace *tr, IROp op, IRRef a, IRRef b) {
  return ir_emit(tr, op, rule_type(tr, op, a), a, b, 0);
}

IRRef ir_emit1(IRTrace *tr, IROp op, IRRef a) { return ir_emit2(tr, op, a, REF_NONE); }

IRRef ir_sload(IRTrace *tr, uint32_t slot, IRType t) {
  return ir_emit(tr, IR_SLOAD, t, REF_NONE, REF_NONE, slot);
}

IRRef ir_conv(IRTrace *tr, IRRef a, IRType to) { return ir_emit(tr, IR_CONV, to, a, REF_NONE, 0); }

IRRef ir_loop(IRTrace *tr) {
  tr->loop = ir_emit(tr, IR_LOOP, IRT_VOID, REF_NONE, REF_NONE, 0);
  return tr->loop;
}

IRRef ir_phi(IRTrace *tr, IRRef before, IRRef body) {
  return ir_emit(tr, IR_PHI, ir_typeof(tr, before), before, body, 0);
}

uint32_t ir_call_index(IRTrace *tr, const IRCallTarget *target) {
  for (uint32_t i = 0; i < tr->ncalls; i++)
    if (tr->calls[i] == target) return i;
  GROW(tr->calls, tr->ncalls, tr->capcalls);
  tr->calls[tr->ncalls] = target;
  return tr->ncalls++;
}

IRRef ir_call(IRTrace *tr, const IRCallTarget *target, int n, const IRRef *args) {
  IRRef chain = REF_NONE;
  for (int i = 0; i < n; i++)
    chain = i == 0 ? args[0] : ir_emit(tr, IR_CARG, IRT_VOID, chain, args[i], 0);
  return ir_emit(tr, IR_CALL, (IRType)target->ret, chain, REF_NONE, ir_call_index(tr, target));
}

int ir_call_args(const IRTrace *tr, IRRef a, IRRef out[4]) {
  if (a == REF_NONE) return 0;
  const IRIns *ins = ir_at(tr, a);
  if (ins->op != IR_CARG) {
    out[0] = a;
    return 1;
  }
  int n = ir_call_args(tr, ins->a, out);
  if (n < 4) out[n++] = ins->b;
  return n;
}

/* ---- snapshots ---------------------------------------------------------- */

uint32_t ir_snap_begin(IRTrace *tr, uint32_t pc) {
  GROW(tr->snaps, tr->nsnap, tr->capsnap);
  Snapshot *s = &tr->snaps[tr->nsnap];
  s->pc = pc;
  s->first = tr->nsnapmap;
  s->nent = 0;
  s->ref = ir_nextref(tr);
  s->count = 0;
  s->firstframe = tr->nsnapframes;
  s->nframe = 0;
  tr->cursnap = tr->nsnap;
  return tr->nsnap++;
}

void ir_snap_add(IRTrace *tr, uint32_t slot, SnapKind kind, IRRef ref, IRRef ref2) {
  GROW(tr->snapmap, tr->nsnapmap, tr->capsnapmap);
  SnapEntry *e = &tr->snapmap[tr->nsnapmap++];
  e->slot = (uint16_t)slot;
  e->kind = (uint8_t)kind;
  e->dt = 0;
  e->ref = ref;
  e->ref2 = ref2;
  tr->snaps[tr->nsnap - 1].nent++;
}

void ir_snap_frame(IRTrace *tr, const void *fn, uint32_t base, uint32_t callpc, uint32_t ret) {
  GROW(tr->snapframes, tr->nsnapframes, tr->capsnapframes);
  SnapFrame *f = &tr->snapframes[tr->nsnapframes++];
  f->fn = fn;
  f->base = base;
  f->callpc = callpc;
  f->ret = ret;
  tr->snaps[tr->nsnap - 1].nframe++;
}

void ir_snap_add_np(IRTrace *tr, uint32_t slot, int dt, IRRef ref) {
  ir_snap_add(tr, slot, SNAP_NP, ref, REF_NONE);
  tr->snapmap[tr->nsnapmap - 1].dt = (uint8_t)dt;
}

/* ---- NumPy scalars ------------------------------------------------------ */

uint32_t ir_np_offset(int dt) {
  if (dt == IR_NP_F64ANY) dt = DT_FLOAT64;
  if (dt == IR_NP_CRE) return (uint32_t)offsetof(Complex, re);
  if (dt == IR_NP_CIM) return (uint32_t)offsetof(Complex, im);
  return (uint32_t)offsetof(NpScalar, v);
}

IRType ir_np_storage(int dt) {
  if (dt == IR_NP_CRE || dt == IR_NP_CIM || dt == IR_NP_F64ANY) return IRT_F64;
  static const IRType st[DT__COUNT] = {
      [DT_BOOL] = IRT_U8, [DT_INT8] = IRT_I8, [DT_UINT8] = IRT_U8, [DT_INT16] = IRT_I16,
      [DT_UINT16] = IRT_U16, [DT_INT32] = IRT_I32, [DT_UINT32] = IRT_U32, [DT_INT64] = IRT_I64,
      [DT_UINT64] = IRT_U64, [DT_FLOAT32] = IRT_F32, [DT_FLOAT64] = IRT_F64};
  return dt >= 0 && dt < DT__COUNT ? st[dt] : IRT_VOID; /* complex: VOID */
}

IRType ir_np_payload(int dt) {
  IRType t = ir_np_storage(dt);
  if (dt == DT_BOOL) return IRT_BOOL;
  return irt_isint(t) ? IRT_I64 : irt_isfloat(t) ? IRT_F64 : IRT_VOID;
}

const void *ir_np_type(int dt) {
  if (dt == IR_NP_CRE || dt == IR_NP_CIM) return &TYPE_COMPLEX;
  if (dt == IR_NP_F64ANY) dt = DT_FLOAT64;
  return np_scalar_type((DType)dt);
}

/* ---- sinking (both backends) -------------------------------------------- */

uint8_t *ir_plan_sinking(const IRTrace *tr) {
  uint32_t n = tr->nins;
  uint8_t *used = calloc(n + 1, 1), *snapped = calloc(n + 1, 1), *sunk = calloc(n + 1, 1);
  for (uint32_t i = 0; i < n; i++) {
    const IRIns *ins = &tr->ins[i];
    if (ir_op_info[ins->op].mode_a == IRM_R && ins->a >= REF_BIAS) used[ins->a - REF_BIAS] = 1;
    if (ir_op_info[ins->op].mode_b == IRM_R && ins->b >= REF_BIAS) used[ins->b - REF_BIAS] = 1;
  }
  for (uint32_t e = 0; e < tr->nsnapmap; e++) {
    const SnapEntry *se = &tr->snapmap[e];
    if (se->ref >= REF_BIAS) snapped[se->ref - REF_BIAS] = 1;
    if (se->ref2 >= REF_BIAS) snapped[se->ref2 - REF_BIAS] = 1;
  }
  for (uint32_t i = 0; i < n; i++) {
    const IRIns *ins = &tr->ins[i];
    bool pure = ins->op == IR_CALL ? tr->calls[ins->lit]->pure : (ir_op_info[ins->op].flags & IRF_PURE) != 0;
    sunk[i] = pure && snapped[i] && !used[i] && ins->type != IRT_VOID && ins->op != IR_NOP;
  }
  free(used);
  free(snapped);
  return sunk;
}

uint8_t *ir_sunk_needed(const IRTrace *tr, const uint8_t *sunk, uint32_t snap, uint32_t *hi_out) {
  const Snapshot *s = &tr->snaps[snap];
  const SnapEntry *e = ir_snap_entries(tr, snap);
  uint32_t hi = 0;
  uint8_t *need = calloc(tr->nins + 1, 1);
  for (uint32_t i = 0; i < s->nent; i++) {
    IRRef refs[2] = {e[i].ref, e[i].ref2};
    for (int k = 0; k < 2; k++)
      if (refs[k] >= REF_BIAS && sunk[refs[k] - REF_BIAS]) {
        need[refs[k] - REF_BIAS] = 1;
        if (refs[k] - REF_BIAS + 1 > hi) hi = refs[k] - REF_BIAS + 1;
      }
  }
  for (uint32_t i = hi; i-- > 0;) { /* operands that are sunk too */
    if (!need[i]) continue;
    const IRIns *ins = &tr->ins[i];
    IRRef ops[4];
    int n = ins->op == IR_CALL ? ir_call_args(tr, ins->a, ops) : 0;
    if (ins->op != IR_CALL) {
      if (ir_op_info[ins->op].mode_a == IRM_R) ops[n++] = ins->a;
      if (ir_op_info[ins->op].mode_b == IRM_R) ops[n++] = ins->b;
    }
    for (int k = 0; k < n; k++)
      if (ops[k] >= REF_BIAS && sunk[ops[k] - REF_BIAS]) need[ops[k] - REF_BIAS] = 1;
  }
  *hi_out = hi;
  return need;
}

/* ---- counted loops (both backends) -------------------------------------- */

bool ir_guard_relation(const IRTrace *tr, const IRIns *g, IRRef x, IROp *op, IRRef *y) {
  static const IROp swap[IR__COUNT] = {[IR_LT] = IR_GT, [IR_LE] = IR_GE, [IR_GT] = IR_LT, [IR_GE] = IR_LE};
  static const IROp negate[IR__COUNT] = {[IR_LT] = IR_GE, [IR_LE] = IR_GT, [IR_GT] = IR_LE, [IR_GE] = IR_LT};
  if ((g->op != IR_GUARDT && g->op != IR_GUARDF) || g->a < REF_BIAS) return false;
  const IRIns *c = ir_at(tr, g->a);
  if (!swap[c->op] || ir_typeof(tr, c->a) != IRT_I64) return false;
  IROp held = g->op == IR_GUARDT ? (IROp)c->op : negate[c->op];
  if (c->a == x) *op = held, *y = c->b;
  else if (c->b == x) *op = swap[held], *y = c->a;
  else return false;
  return true;
}

static bool is_phi_var(const IRTrace *tr, uint32_t end, IRRef r, int *step) {
  for (uint32_t i = end; i < tr->nins && tr->ins[i].op == IR_PHI; i++) {
    if (tr->ins[i].a != r) continue;
    const IRIns *nx = ir_at(tr, tr->ins[i].b);
    int64_t k = 0;
    if (tr->ins[i].b >= REF_BIAS && (nx->op == IR_ADD || nx->op == IR_SUB) && nx->a == r && ir_isconst(nx->b) &&
        ir_at(tr, nx->b)->op == IR_KINT)
      k = nx->op == IR_ADD ? ir_at(tr, nx->b)->i : -ir_at(tr, nx->b)->i;
    *step = k == 1 || k == -1 ? (int)k : 0;
    return true;
  }
  return false;
}

/* Is r the same in every iteration of the body (its head values aside)? */
static bool head_value(const IRTrace *tr, const IRCounted *c, IRRef r) {
  int step;
  if (r < REF_BIAS) return true;
  if (r < tr->loop) return !is_phi_var(tr, c->end, r, &step);
  return c->head[r - REF_BIAS];
}

/* The trip test of guard g, as x op y with x a loop-carried int stepping
** towards y. */
static bool trip_test(const IRTrace *tr, IRCounted *c, const IRIns *g) {
  if (g->a < REF_BIAS) return false;
  const IRIns *cmp = ir_at(tr, g->a);
  const IRRef cands[2] = {cmp->a, cmp->b};
  for (int k = 0; k < 2; k++) {
    IRRef x = cands[k], y;
    IROp op;
    int step;
    if (x < REF_BIAS || x >= tr->loop || !is_phi_var(tr, c->end, x, &step)) continue;
    if (!ir_guard_relation(tr, g, x, &op, &y) || y >= tr->loop || !head_value(tr, c, y)) return false;
    if (!((step == 1 && (op == IR_LT || op == IR_LE)) || (step == -1 && (op == IR_GT || op == IR_GE)))) return false;
    c->x = x, c->y = y, c->op = op;
    return true;
  }
  return false;
}

uint32_t ir_body_end(const IRTrace *tr) {
  for (uint32_t i = tr->loop != REF_NONE ? tr->loop - REF_BIAS : tr->nins; i < tr->nins; i++)
    if (tr->ins[i].op == IR_PHI || tr->ins[i].op == IR_SIDE) return i;
  return tr->nins;
}

bool ir_counted_loop(const IRTrace *tr, IRCounted *c) {
  memset(c, 0, sizeof *c);
  if (tr->loop == REF_NONE) return false;
  uint32_t lo = tr->loop - REF_BIAS + 1;
  c->end = ir_body_end(tr);
  c->head = calloc(tr->nins + 1, 1);
  bool ok = true;
  for (uint32_t i = lo; i < c->end && ok; i++) {
    const IRIns *ins = &tr->ins[i];
    const IROpInfo *info = &ir_op_info[ins->op];
    bool opnds = (info->mode_a != IRM_R || head_value(tr, c, ins->a)) && (info->mode_b != IRM_R || head_value(tr, c, ins->b));
    if (ins->op == IR_VLOAD || ((info->flags & IRF_PURE) && ins->op != IR_CARG && ins->type != IRT_VOID) ||
        ins->op == IR_GUARDT || ins->op == IR_GUARDF)
      c->head[i] = opnds;
    if (c->head[i] || !(info->flags & IRF_GUARD)) continue;
    if (ins->op == IR_SHR && ir_isconst(ins->b) && ir_at(tr, ins->b)->i >= 0) continue; /* cannot fail */
    ok = !c->guard && (ins->op == IR_GUARDT || ins->op == IR_GUARDF) && trip_test(tr, c, ins);
    c->guard = REF_BIAS + i;
  }
  if (ok && c->guard) return true;
  free(c->head);
  c->head = NULL;
  return false;
}

/* ---- checker ------------------------------------------------------------ */

#define FAIL(...) do { snprintf(err, errlen, __VA_ARGS__); return false; } while (0)

static bool valid_ref(const IRTrace *tr, IRRef r, IRRef self) {
  if (r >= REF_BIAS) return r < self;
  return r != REF_NONE && REF_BIAS - 1 - r < tr->nk;
}

static bool is_arith(IRType t) { return t == IRT_I64 || t == IRT_F64; }

/* Checks the types of one instruction's operands against its op. */
static bool check_types(const IRTrace *tr, IRRef ref, const IRIns *ins, char *err, size_t errlen) {
  IRType ta = ins->a ? ir_typeof(tr, ins->a) : IRT_VOID;
  IRType tb = ins->b ? ir_typeof(tr, ins->b) : IRT_VOID;
  IRType t = (IRType)ins->type;
  uint32_t n = ref - REF_BIAS + 1;
  switch ((IROp)ins->op) {
  case IR_ADD: case IR_SUB: case IR_MUL: case IR_MIN: case IR_MAX:
    if (!is_arith(ta) || ta != tb) FAIL("%04u: %s needs two i64 or two f64", n, ir_op_info[ins->op].name);
    break;
  case IR_DIV:
    if (ta != IRT_F64 || tb != IRT_F64) FAIL("%04u: DIV needs f64 operands", n);
    break;
  case IR_SELECT: {
    const IRIns *pair = ins->b >= REF_BIAS ? ir_at(tr, ins->b) : NULL;
    if (ta != IRT_BOOL || !pair || pair->op != IR_CARG || ir_typeof(tr, pair->a) != t || ir_typeof(tr, pair->b) != t)
      FAIL("%04u: SELECT needs a bool and a CARG pair of its type", n);
    break;
  }
  case IR_NEG:
    if (!is_arith(ta)) FAIL("%04u: NEG needs i64 or f64", n);
    break;
  case IR_ABS:
    if (ta != IRT_F64) FAIL("%04u: ABS needs f64", n);
    break;
  case IR_ADDOV: case IR_SUBOV: case IR_MULOV: case IR_DIVI: case IR_MODI:
  case IR_BXOR: case IR_SHL: case IR_SHR:
    if (ta != IRT_I64 || tb != IRT_I64) FAIL("%04u: %s needs i64 operands", n, ir_op_info[ins->op].name);
    break;
  case IR_BAND: case IR_BOR:
    if ((ta != IRT_I64 && ta != IRT_BOOL) || ta != tb) FAIL("%04u: %s needs i64 or bool operands", n, ir_op_info[ins->op].name);
    break;
  case IR_NEGOV: case IR_BNOT:
    if (ta != IRT_I64) FAIL("%04u: %s needs i64", n, ir_op_info[ins->op].name);
    break;
  case IR_NOT: case IR_GUARDT: case IR_GUARDF:
    if (ta != IRT_BOOL) FAIL("%04u: %s needs bool", n, ir_op_info[ins->op].name);
    break;
  case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_EQ: case IR_NE:
    if (ta != tb || (ta != IRT_I64 && ta != IRT_F64 && ta != IRT_BOOL && ta != IRT_PTR))
      FAIL("%04u: %s needs two operands of one type", n, ir_op_info[ins->op].name);
    break;
  case IR_ULT: case IR_BOUNDS:
    if (ta != IRT_I64 || tb != IRT_I64) FAIL("%04u: %s needs i64 operands", n, ir_op_info[ins->op].name);
    break;
  case IR_RLOAD:
    if (ta != IRT_VOID || ir_at(tr, ins->a)->op != IR_ICALL) FAIL("%04u: RLOAD must follow an ICALL", n);
    /* fall through */
  case IR_SLOAD:
    if (t != IRT_I64 && t != IRT_F64 && t != IRT_BOOL && t != IRT_PTR) FAIL("%04u: SLOAD of %s", n, ir_type_name[t]);
    if (ir_sload_npdt(ins->lit) >= 0 && ir_np_payload(ir_sload_npdt(ins->lit)) != t)
      FAIL("%04u: SLOAD of a NumPy scalar as %s", n, ir_type_name[t]);
    break;
  case IR_FLOAD:
  case IR_VLOAD:
    if (ta != IRT_PTR || t == IRT_VOID) FAIL("%04u: FLOAD needs a pointer and a type", n);
    break;
  case IR_FSTORE:
    if (ta != IRT_PTR || tb == IRT_VOID) FAIL("%04u: FSTORE needs a pointer and a value", n);
    break;
  case IR_AREF:
    if (ta != IRT_PTR || tb != IRT_I64 || ins->lit == IRT_VOID || ins->lit >= IRT__COUNT)
      FAIL("%04u: AREF needs a pointer, an i64 index and an element type", n);
    break;
  case IR_ALOAD:
    if (ir_at(tr, ins->a)->op != IR_AREF || ir_at(tr, ins->a)->lit != t) FAIL("%04u: ALOAD needs an AREF of its type", n);
    break;
  case IR_ASTORE:
    if (ir_at(tr, ins->a)->op != IR_AREF || ir_at(tr, ins->a)->lit != tb) FAIL("%04u: ASTORE needs an AREF of the value's type", n);
    break;
  case IR_CONV:
    if (ta == IRT_VOID || ta == IRT_PTR || t == IRT_VOID || t == IRT_PTR) FAIL("%04u: bad CONV %s→%s", n, ir_type_name[ta], ir_type_name[t]);
    break;
  case IR_FTOI:
    if (ta != IRT_F64) FAIL("%04u: FTOI needs f64", n);
    break;
  case IR_SPHI:
    if (ta != tb || t != ta) FAIL("%04u: SPHI operands differ in type", n);
    if (tr->loop == REF_NONE || ins->a >= tr->loop) FAIL("%04u: SPHI's first operand must precede LOOP", n);
    break;
  case IR_SIDE:
    if (ins->lit >= tr->nsnap) FAIL("%04u: SIDE of an unknown snapshot", n);
    break;
  case IR_PHI:
    if (ta != tb || t != ta) FAIL("%04u: PHI operands differ in type", n);
    if (tr->loop == REF_NONE || ins->a >= tr->loop) FAIL("%04u: PHI's first operand must precede LOOP", n);
    break;
  case IR_CALL: {
    if (ins->lit >= tr->ncalls) FAIL("%04u: CALL to unknown target %u", n, ins->lit);
    const IRCallTarget *ct = tr->calls[ins->lit];
    IRRef args[4];
    int na = ir_call_args(tr, ins->a, args);
    if (na != ct->nargs || t != ct->ret) FAIL("%04u: CALL %s: wrong arity or result", n, ct->name);
    for (int i = 0; i < na; i++)
      if (ir_typeof(tr, args[i]) != ct->args[i]) FAIL("%04u: CALL %s: argument %d type", n, ct->name, i + 1);
    break;
  }
  default:
    break;
  }
  return true;
}

bool ir_check(const IRTrace *tr, char *err, size_t errlen) {
  bool seen_loop = false, seen_phi = false, seen_side = false;
  for (uint32_t i = 0; i < tr->nins; i++) {
    IRRef ref = REF_BIAS + i;
    const IRIns *ins = &tr->ins[i];
    if (ins->op >= IR__COUNT) FAIL("%04u: bad op %u", i + 1, ins->op);
    const IROpInfo *info = &ir_op_info[ins->op];
    if (info->flags & IRF_K) FAIL("%04u: constant among instructions", i + 1);
    if (info->mode_a == IRM_R && !valid_ref(tr, ins->a, ref)) FAIL("%04u: %s: bad operand a", i + 1, info->name);
    if (info->mode_b == IRM_R && !valid_ref(tr, ins->b, ref)) FAIL("%04u: %s: bad operand b", i + 1, info->name);
    if (info->mode_a == IRM_N && ins->a) FAIL("%04u: %s takes no operand a", i + 1, info->name);
    if (info->mode_b == IRM_N && ins->b) FAIL("%04u: %s takes no operand b", i + 1, info->name);
    if (info->result != IRTR_ANY && info->result != IRTR_A && ins->type != info->result)
      FAIL("%04u: %s must be %s", i + 1, info->name, ir_type_name[info->result]);
    if (info->result == IRTR_A && ins->type != ir_typeof(tr, ins->a))
      FAIL("%04u: %s must have its operand's type", i + 1, info->name);
    if ((info->flags & IRF_GUARD) && ins->snap >= tr->nsnap) FAIL("%04u: %s has no snapshot", i + 1, info->name);
    if (ins->op == IR_ICALL && ins->snap < tr->nsnap && tr->snaps[ins->snap].pc >= ins->lit)
      FAIL("%04u: ICALL must run forward from its snapshot's pc", i + 1);
    if (ins->op == IR_LOOP) {
      if (seen_loop || ref != tr->loop) FAIL("%04u: stray LOOP", i + 1);
      seen_loop = true;
    }
    if (ins->op == IR_SIDE) seen_side = true;
    if (ins->op == IR_PHI) {
      if (seen_side) FAIL("%04u: PHI after side code", i + 1);
      seen_phi = true;
    } else if (seen_phi && !seen_side && ins->op != IR_NOP) {
      FAIL("%04u: only PHIs or side code may follow the first PHI", i + 1);
    }
    if ((ins->op == IR_SPHI || ins->op == IR_CONT) && !seen_side) FAIL("%04u: %s outside side code", i + 1, info->name);
    if (ins->op != IR_NOP && !check_types(tr, ref, ins, err, errlen)) return false;
  }
  if (tr->loop != REF_NONE && !seen_loop) FAIL("LOOP ref does not name a LOOP");
  if (!seen_loop && (tr->nins == 0 || tr->ins[tr->nins - 1].op != IR_EXIT)) FAIL("a trace without LOOP must end in EXIT");
  for (uint32_t s = 0; s < tr->nsnap; s++) {
    const Snapshot *snap = &tr->snaps[s];
    if (snap->first + snap->nent > tr->nsnapmap) FAIL("snapshot #%u: bad entries", s);
    if (snap->firstframe + snap->nframe > tr->nsnapframes) FAIL("snapshot #%u: bad frames", s);
    for (uint32_t f = 1; f < snap->nframe; f++)
      if (tr->snapframes[snap->firstframe + f].base <= tr->snapframes[snap->firstframe + f - 1].base)
        FAIL("snapshot #%u: inlined frames out of order", s);
    for (uint32_t e = 0; e < snap->nent; e++) {
      const SnapEntry *se = &tr->snapmap[snap->first + e];
      static const uint8_t want[SNAP__COUNT] = {IRT_I64, IRT_F64, IRT_BOOL, IRT_PTR, IRT_VOID, IRT_F64, IRT_VOID, IRT_PTR, IRT_VOID};
      if (se->kind >= SNAP__COUNT) FAIL("snapshot #%u: bad kind", s);
      if (se->kind == SNAP_NONE || se->kind == SNAP_FRAME) continue;
      IRType wt = se->kind == SNAP_NP ? ir_np_payload(se->dt) : (IRType)want[se->kind];
      if (wt == IRT_VOID) FAIL("snapshot #%u slot %u: no NumPy scalar of dtype %u", s, se->slot, se->dt);
      /* an entry may name any value defined before its snapshot's first
      ** guard; PHI-carried values are fine as they are defined before LOOP */
      if (!valid_ref(tr, se->ref, snap->ref) || ir_typeof(tr, se->ref) != wt)
        FAIL("snapshot #%u slot %u: ref is not a %s defined before it", s, se->slot, ir_type_name[wt]);
      if (se->kind == SNAP_COMPLEX && (!valid_ref(tr, se->ref2, snap->ref) || ir_typeof(tr, se->ref2) != IRT_F64))
        FAIL("snapshot #%u slot %u: complex needs two f64", s, se->slot);
    }
  }
  return true;
}
