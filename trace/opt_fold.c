/*
** opt_fold.c — every IR instruction the recorder and the loop optimiser emit
** goes through fold_emit: constant folding, a few algebraic identities, and
** common-subexpression elimination, in one forward pass as the code is
** produced (LuaJIT's FOLD/CSE engine, without the generated rule table: the
** rules are a switch per op, which is short enough here).
**
** What it assumes:
**   - Constants are interned (ir.c), so "same operands" is "same refs".
**   - PURE ops, guards with a result or a condition on SSA values, and calls
**     to pure targets are CSE'd freely: an SSA value never changes, so a
**     second identical guard is implied by the first.
**   - Loads are CSE'd only across no store that may alias them. Alias
**     classes are coarse and by construction of the recorder: FLOAD aliases
**     an FSTORE only at the same byte offset (object headers are never
**     stored, Value slots are stored at offsets 0 and 8); ALOAD aliases any
**     ASTORE; a call to an impure target aliases everything (unless it writes
**     only its own state: IRCallTarget.own_state). The type word
**     of an object (FLOAD ptr at offset 0) never changes, so it is pure.
**   - While opt_loop.c emits the loop body, instructions below cse_floor
**     (the pre-roll) may be reused only if opt_loop marked them invariant.
**   - No float identity is used (x+0.0, x*1.0 are not identities in IEEE
**     arithmetic with -0.0 and NaN payloads), and no reassociation.
*/
#include <math.h>
#include <string.h>

#include "record.h"
#include "util.h"

enum { ALIAS_BUCKETS = 32 };

void fold_reset(Recorder *r) {
  memset(r->chain, 0, sizeof r->chain);
  r->last_store = REF_NONE;
  r->cse_floor = REF_NONE;
  r->invariant = NULL;
  memset(r->fstore, 0, sizeof r->fstore);
  r->astore = REF_NONE;
}

static bool is_type_word(const IRIns *ins) {
  return ins->op == IR_FLOAD && ins->lit == 0 && ins->type == IRT_PTR;
}

/* ---- constant folding --------------------------------------------------- */

static bool kval_i(Recorder *r, IRRef ref, int64_t *out) {
  if (!ir_isconst(ref)) return false;
  IRIns *k = ir_at(r->ir, ref);
  if (k->op != IR_KINT) return false;
  *out = k->i;
  return true;
}

static bool kval_f(Recorder *r, IRRef ref, double *out) {
  if (!ir_isconst(ref)) return false;
  IRIns *k = ir_at(r->ir, ref);
  if (k->op != IR_KNUM) return false;
  *out = k->f;
  return true;
}

static IRRef kint_typed(Recorder *r, IRType t, int64_t v) {
  return t == IRT_BOOL ? ir_kbool(r->ir, v != 0) : ir_kint(r->ir, v);
}

static int64_t py_floordiv_i(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

static int64_t py_mod_i(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

/* Returns a folded ref, or REF_NONE if op(a, b) does not fold. */
static IRRef fold_const(Recorder *r, IROp op, IRType t, IRRef a, IRRef b) {
  int64_t x = 0, y = 0;
  double f = 0, g = 0;
  IRTrace *ir = r->ir;
  bool ia = kval_i(r, a, &x), ib = kval_i(r, b, &y);
  bool fa = kval_f(r, a, &f), fb = kval_f(r, b, &g);
  switch (op) {
  case IR_ADD: case IR_SUB: case IR_MUL:
    if (ia && ib && t == IRT_I64) {
      uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
      uint64_t res = op == IR_ADD ? ux + uy : op == IR_SUB ? ux - uy : ux * uy;
      return ir_kint(ir, (int64_t)res);
    }
    if (fa && fb) return ir_knum(ir, op == IR_ADD ? f + g : op == IR_SUB ? f - g : f * g);
    /* integer identities (never for floats) */
    if (t == IRT_I64 && ib && y == 0 && (op == IR_ADD || op == IR_SUB)) return a;
    if (t == IRT_I64 && ia && x == 0 && op == IR_ADD) return b;
    if (t == IRT_I64 && ib && y == 1 && op == IR_MUL) return a;
    break;
  case IR_ADDOV: case IR_SUBOV: case IR_MULOV: {
    int64_t res;
    if (ia && ib) {
      bool ov = op == IR_ADDOV ? __builtin_add_overflow(x, y, &res)
              : op == IR_SUBOV ? __builtin_sub_overflow(x, y, &res)
                               : __builtin_mul_overflow(x, y, &res);
      if (!ov) return ir_kint(ir, res);
    }
    if (ib && y == 0 && (op == IR_ADDOV || op == IR_SUBOV)) return a;
    if (ia && x == 0 && op == IR_ADDOV) return b;
    if (ib && y == 1 && op == IR_MULOV) return a;
    break;
  }
  case IR_NEGOV:
    if (ia && x != INT64_MIN) return ir_kint(ir, -x);
    break;
  case IR_NEG:
    if (ia && t == IRT_I64) return ir_kint(ir, (int64_t)(0 - (uint64_t)x));
    if (fa) return ir_knum(ir, -f);
    break;
  case IR_DIV:
    if (fa && fb && g != 0.0) return ir_knum(ir, f / g);
    break;
  case IR_ABS:
    if (fa) return ir_knum(ir, fabs(f));
    break;
  case IR_DIVI:
    if (ia && ib && y != 0 && !(x == INT64_MIN && y == -1)) return ir_kint(ir, py_floordiv_i(x, y));
    break;
  case IR_MODI:
    if (ia && ib && y != 0 && !(x == INT64_MIN && y == -1)) return ir_kint(ir, py_mod_i(x, y));
    break;
  case IR_BAND: if (ia && ib) return kint_typed(r, t, x & y); break;
  case IR_BOR: if (ia && ib) return kint_typed(r, t, x | y); break;
  case IR_BXOR: if (ia && ib) return ir_kint(ir, x ^ y); break;
  case IR_BNOT: if (ia) return ir_kint(ir, ~x); break;
  case IR_NOT: if (ia) return ir_kbool(ir, !x); break;
  case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_EQ: case IR_NE: {
    int c = -2;
    if (ia && ib) c = x < y ? -1 : x > y;
    else if (fa && fb) {
      if (f != f || g != g) return ir_kbool(ir, op == IR_NE);
      c = f < g ? -1 : f > g;
    }
    if (c == -2) {
      /* x op x on ints, bools, pointers (not floats: NaN) */
      if (a == b && ir_typeof(ir, a) != IRT_F64)
        c = 0;
      else
        break;
    }
    bool res = op == IR_LT ? c < 0 : op == IR_LE ? c <= 0 : op == IR_GT ? c > 0
             : op == IR_GE ? c >= 0 : op == IR_EQ ? c == 0 : c != 0;
    return ir_kbool(ir, res);
  }
  case IR_ULT:
    if (ia && ib) return ir_kbool(ir, (uint64_t)x < (uint64_t)y);
    break;
  case IR_CONV:
    if (ia && t == IRT_F64) return ir_knum(ir, (double)x);
    if (ia && t == IRT_I64) return ir_kint(ir, x);
    if (ia && t == IRT_BOOL) return ir_kbool(ir, x != 0);
    break;
  default:
    break;
  }
  return REF_NONE;
}

/* ---- CSE ---------------------------------------------------------------- */

bool fold_fstore_aliases(const IRTrace *ir, IRRef st, IRRef a, uint32_t lit) {
  const IRIns *s = ir_at(ir, st);
  if (s->lit != lit) return false; /* fields at different offsets never overlap here */
  if (s->a == a) return true;
  /* two constant addresses (global slots, record.c dict_slot) at least a
  ** word apart are different fields */
  const IRIns *p = ir_at(ir, a), *q = ir_at(ir, s->a);
  if (p->op == IR_KPTR && q->op == IR_KPTR) {
    intptr_t d = (intptr_t)p->p - (intptr_t)q->p;
    if (d >= 8 || d <= -8) return false;
  }
  return true;
}

/* The newest FSTORE that may write (a, lit), or REF_NONE. */
static IRRef fstore_newest(Recorder *r, IRRef a, uint32_t lit) {
  for (IRRef st = r->chain[IR_FSTORE]; st >= REF_BIAS && st > r->last_store; st = r->prev[st - REF_BIAS])
    if (fold_fstore_aliases(r->ir, st, a, lit)) return st;
  return REF_NONE;
}


static bool cse_ok(Recorder *r, IRRef cand) {
  if (cand >= r->cse_floor || r->cse_floor == REF_NONE) return true;
  return r->invariant && r->invariant[cand - REF_BIAS];
}

/* Finds an identical earlier instruction usable for this one. */
static IRRef cse_find(Recorder *r, IROp op, IRType t, IRRef a, IRRef b, uint32_t lit) {
  IRTrace *ir = r->ir;
  uint8_t fl = ir_op_info[op].flags;
  IRRef limit = REF_NONE;
  if (op == IR_FLOAD) {
    IRIns probe = {.op = (uint8_t)op, .type = (uint8_t)t, .lit = lit};
    if (!is_type_word(&probe)) {
      limit = fstore_newest(r, a, lit);
      if (r->last_store > limit) limit = r->last_store;
    }
  } else if (op == IR_ALOAD) {
    limit = r->astore > r->last_store ? r->astore : r->last_store;
  } else if (op == IR_CALL) {
    if (!ir->calls[lit]->pure) return REF_NONE;
  } else if (fl & IRF_STORE) {
    return REF_NONE;
  } else if (op == IR_SLOAD || op == IR_EXIT || op == IR_LOOP) {
    return REF_NONE;
  }
  for (IRRef ref = r->chain[op]; ref > limit && ref >= REF_BIAS; ref = r->prev[ref - REF_BIAS]) {
    const IRIns *c = ir_at(ir, ref);
    if (c->a == a && c->b == b && c->lit == lit && c->type == t && cse_ok(r, ref)) return ref;
  }
  return REF_NONE;
}

/* Has a guard on the path here established x < y (below) or x > y, so
** that x < INT64_MAX (x > INT64_MIN)? */
static bool bounded_by_guard(Recorder *r, IRRef x, bool below) {
  for (int g = 0; g < 2; g++)
    for (IRRef ref = r->chain[g ? IR_GUARDF : IR_GUARDT]; ref >= REF_BIAS; ref = r->prev[ref - REF_BIAS]) {
      IROp op;
      IRRef y;
      if (cse_ok(r, ref) && ir_guard_relation(r->ir, ir_at(r->ir, ref), x, &op, &y) && op == (below ? IR_LT : IR_GT))
        return true;
    }
  return false;
}

static void chain_add(Recorder *r, IRRef ref, IROp op) {
  uint32_t i = ref - REF_BIAS;
  if (i >= r->capprev) {
    r->capprev = r->capprev ? r->capprev * 2 : 256;
    while (i >= r->capprev) r->capprev *= 2;
    r->prev = util_xrealloc(r->prev, r->capprev * sizeof *r->prev);
  }
  r->prev[i] = r->chain[op];
  r->chain[op] = ref;
}

static void note_store(Recorder *r, IRRef ref, const IRIns *ins) {
  if (ins->op == IR_FSTORE) r->fstore[(ins->lit / 8) % ALIAS_BUCKETS] = ref;
  else if (ins->op == IR_ASTORE) r->astore = ref;
  else if (ins->op == IR_CALL && !ir_call_stores(r->ir->calls[ins->lit])) return;
  else if (ins->op == IR_CALL || ins->op == IR_ICALL) r->last_store = ref;
}

/* Store-to-load forwarding for FLOAD: if the newest store that may alias
** it is to the same address, the load is that store's value. Across the
** loop boundary (a body load fed by a pre-roll store) this is the value the
** previous iteration stored, so it must become loop-carried (a PHI that
** opt_loop.c adds) and the address must be loop-invariant. */
static IRRef fload_forward(Recorder *r, IRType t, IRRef a, uint32_t lit) {
  IRTrace *ir = r->ir;
  IRRef st = fstore_newest(r, a, lit);
  if (st == REF_NONE || st < r->last_store) return REF_NONE;
  const IRIns *s = ir_at(ir, st);
  if (s->a != a || s->lit != lit) return REF_NONE;
  IRRef v = s->b;
  if (ir_typeof(ir, v) != t && !(ir_isconst(v) && t == IRT_U8)) return REF_NONE;
  if (r->cse_floor != REF_NONE && st < r->cse_floor) {
    if (r->no_carry) return REF_NONE; /* a side path may store something else */
    if (!ir_isconst(a) && !(a < r->cse_floor && r->invariant && r->invariant[a - REF_BIAS])) return REF_NONE;
    if (!ir_isconst(v)) {
      if (r->ncarried == r->capcarried) {
        r->capcarried = r->capcarried ? r->capcarried * 2 : 16;
        r->carried = util_xrealloc(r->carried, r->capcarried * sizeof *r->carried);
      }
      r->carried[r->ncarried++] = v;
    }
  }
  return v;
}

IRRef fold_emit(Recorder *r, IROp op, IRType t, IRRef a, IRRef b, uint32_t lit) {
  IRTrace *ir = r->ir;
  uint8_t fl = ir_op_info[op].flags;
  if (op == IR_FLOAD && !(lit == 0 && t == IRT_PTR)) {
    IRRef v = fload_forward(r, t, a, lit);
    if (v != REF_NONE) return v;
  }
  /* guards on constants */
  if (op == IR_GUARDT || op == IR_GUARDF) {
    int64_t x = 0;
    if (kval_i(r, a, &x)) {
      if ((x != 0) == (op == IR_GUARDT)) return REF_NONE;
      rec_abort(r, TA_ALWAYS_EXITS, NULL);
    }
  }
  if (op == IR_BOUNDS) {
    int64_t x = 0, y = 0;
    if (kval_i(r, a, &x) && kval_i(r, b, &y)) {
      if (x >= 0 && x < y) return REF_NONE;
      rec_abort(r, TA_ALWAYS_EXITS, NULL);
    }
  }
  if (op == IR_SELECT) { /* a decided or an empty choice */
    const IRIns *pair = ir_at(ir, b);
    int64_t x = 0;
    if (pair->a == pair->b) return pair->a;
    if (kval_i(r, a, &x)) return x ? pair->a : pair->b;
  }
  if ((fl & IRF_PURE) || op == IR_ADDOV || op == IR_SUBOV || op == IR_MULOV || op == IR_NEGOV ||
      op == IR_DIVI || op == IR_MODI || op == IR_CONV) {
    IRRef k = fold_const(r, op, t, a, b);
    if (k != REF_NONE) return k;
  }
  int64_t d = 0; /* (constants folded above) */
  /* x + 1 after a passed x < y (x - 1 after x > y) cannot overflow: a
  ** while loop's `i += 1` under `while i < n` */
  if ((op == IR_ADDOV || op == IR_SUBOV) && kval_i(r, b, &d) && d == 1 && bounded_by_guard(r, a, op == IR_ADDOV))
    return fold_emit(r, op == IR_ADDOV ? IR_ADD : IR_SUB, t, a, b, 0);
  /* Python's x // 2**k and x % 2**k (floor semantics) are an arithmetic
  ** shift and a mask: no division, no guard (tcc divides otherwise) */
  if ((op == IR_DIVI || op == IR_MODI) && kval_i(r, b, &d) && d > 1 && (d & (d - 1)) == 0) {
    if (op == IR_MODI) return fold_emit(r, IR_BAND, t, a, ir_kint(ir, d - 1), 0);
    return fold_emit(r, IR_SHR, t, a, ir_kint(ir, __builtin_ctzll((uint64_t)d)), 0);
  }
  if (op == IR_CONV && a >= REF_BIAS && ir_typeof(ir, a) == t) return a; /* a copy */
  IRRef hit = cse_find(r, op, t, a, b, lit);
  if (hit != REF_NONE) return hit;
  if (fl & IRF_GUARD) snap_ensure(r);
  IRRef ref = ir_emit(ir, op, t, a, b, lit);
  IRIns *ins = ir_at(ir, ref);
  chain_add(r, ref, op);
  if (fl & IRF_STORE) note_store(r, ref, ins);
  return ref;
}

/* The CSE chains and store notes of an IR this recorder did not emit (a
** trace tree rebuilt from its recorded copy), skipping the instructions
** marked in `skip`: as if fold_emit had emitted the rest in order. */
void fold_rechain(Recorder *r, const uint8_t *skip) {
  fold_reset(r);
  const IRTrace *ir = r->ir;
  for (uint32_t i = 0; i < ir->nins; i++) {
    const IRIns *ins = &ir->ins[i];
    if ((skip && skip[i]) || ins->op == IR_NOP) continue;
    chain_add(r, REF_BIAS + i, (IROp)ins->op);
    if (ir_op_info[ins->op].flags & IRF_STORE) note_store(r, REF_BIAS + i, ins);
  }
}

static IRType rule_type(Recorder *r, IROp op, IRRef a) {
  uint8_t rule = ir_op_info[op].result;
  if (rule == IRTR_A) return a ? ir_typeof(r->ir, a) : IRT_VOID;
  if (rule == IRTR_ANY) return IRT_VOID;
  return (IRType)rule;
}

IRRef fold2(Recorder *r, IROp op, IRRef a, IRRef b) {
  return fold_emit(r, op, rule_type(r, op, a), a, b, 0);
}

IRRef fold1(Recorder *r, IROp op, IRRef a) { return fold2(r, op, a, REF_NONE); }

IRRef fold_call_target(Recorder *r, const IRCallTarget *ct, int n, const IRRef *args) {
  /* constant folding of pure one- and two-argument float calls */
  if (ct->pure && ct->ret == IRT_F64 && n >= 1 && n <= 2) {
    double x[2];
    bool allk = true;
    for (int i = 0; i < n; i++) allk = allk && kval_f(r, args[i], &x[i]);
    if (allk) {
      double v = n == 1 ? ((double (*)(double))ct->addr)(x[0])
                        : ((double (*)(double, double))ct->addr)(x[0], x[1]);
      return ir_knum(r->ir, v);
    }
  }
  IRRef chain = REF_NONE;
  for (int i = 0; i < n; i++)
    chain = i == 0 ? args[0] : fold_emit(r, IR_CARG, IRT_VOID, chain, args[i], 0);
  return fold_emit(r, IR_CALL, (IRType)ct->ret, chain, REF_NONE, ir_call_index(r->ir, ct));
}

IRRef fold_call(Recorder *r, IRCallId id, int n, const IRRef *args) {
  return fold_call_target(r, ir_call_builtin(id), n, args);
}

void fold_guard(Recorder *r, IRRef cond, bool want) {
  fold_emit(r, want ? IR_GUARDT : IR_GUARDF, IRT_VOID, cond, REF_NONE, 0);
}
