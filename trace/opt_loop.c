/*
** opt_loop.c — loop peeling: turns one recorded iteration into a loop.
**
** The recorder produced one iteration, straight-line: SLOADs (where a
** register was first read), the operations, guards with snapshots, and the
** final register map F (register → IR value at the end of the iteration).
** This pass copies that iteration once more after a LOOP marker, LuaJIT
** style (lj_opt_loop.c):
**
**     pre-roll   the recorded iteration, run once on entry
**     LOOP
**     body       the copy, with every SLOAD of register s replaced by F[s]
**                (the value s holds at the start of the next iteration),
**                emitted through opt_fold.c
**     PHI F[s], body's F[s]   for each register the loop carries
**
** Why a second copy and not a jump back: the copy is re-folded with the
** pre-roll in view, so everything loop-invariant CSEs to its pre-roll
** instance and is computed once (type guards on invariant registers, global
** and attribute lookups, callee identity guards, list length and data
** loads when nothing in the loop stores to them): this is the hoisting
** (LICM) of invariant code and guards.
**
** Invariance is decided before copying, forwards over the pre-roll: an
** SLOAD is invariant iff its register is never written in the loop; a pure
** instruction iff its operands are; a load iff its operands are and no
** store in the whole trace may alias it (opt_fold.c's alias classes); a
** store or an impure call never. opt_fold.c lets a body instruction reuse a
** pre-roll one only if that one is invariant: a pre-roll value computed
** from a loop-carried value is only right in the first iteration.
**
** Snapshots in the body: each is the pre-roll snapshot with its values
** substituted, plus every register the iteration writes anywhere, at its
** loop-carried value F[s] (on an exit in iteration k, a register not yet
** written in k holds what iteration k-1 left in it, and the frame itself
** still holds the entry value).
**
** A register whose value changes type from one iteration to the next (int
** at entry, float at the end) cannot be carried: the trace is aborted
** (TYPE_INSTAB); the loop is retried later, when it is usually stable.
**
** Trace trees (tree.c): the recorded IR may hold side regions after the
** root's iteration, each entered where the guards of one snapshot fail.
** Each is copied twice after the PHIs, as SIDE code: once for the body
** (root values substituted as above) and once for the pre-roll (values as
** recorded, registers not yet written re-read from the frame), both ending
** in SPHIs that set the PHI variables and a CONT into the body. A side
** entered from the pre-roll skips the rest of the pre-roll, so it computes
** again the invariants the body reuses from there (copy_late) and the
** tier-up entry load, and no value is forwarded from a store across the
** loop edge. Registers a side
** writes are carried in the whole tree: the root's SLOAD of one becomes
** its PHI variable (one is appended to the pre-roll if the root never read
** it). The pre-roll copies of the side regions themselves become NOPs.
*/
#include <stddef.h>
#include <string.h>

#include "dtype.h"
#include "record.h"
#include "util.h"

enum { NBUCKET = 32 };

static IRRef subst_of(const IRRef *subst, uint32_t npre, IRRef ref) {
  if (ref < REF_BIAS) return ref; /* constant or none */
  uint32_t i = ref - REF_BIAS;
  return i < npre ? subst[i] : ref;
}

static bool slot_carried(const Recorder *r, uint32_t s) {
  uint8_t f = r->sflags[s];
  return (f & SF_WRITTEN) && !(f & (SF_NONE | SF_EMPTY));
}

/* Can the register an SLOAD (of the root or of a side) reads take the
** value the loop carries in it at the start of an iteration: the same IR
** type and the same kind (Python number, NumPy scalar of one dtype, or
** complex)? An np.int64 carried where the read saw a Python int would be
** given Python's overflow semantics. */
static bool sload_fits_carried(const Recorder *r, const IRIns *ins) {
  uint32_t s = ir_sload_slot(ins->lit);
  if (!slot_carried(r, s)) return false;
  int dt = ir_sload_npdt(ins->lit), want = r->snp[s] == SNP_COMPLEX ? IR_NP_CRE : r->snp[s] - 1;
  IRRef f = dt == IR_NP_CIM ? r->slot_im[s] : r->slot[s];
  /* a loose read takes either float kind: the loop body's decides */
  dt = dt == IR_NP_CIM ? IR_NP_CRE : dt == IR_NP_F64ANY && (want == DT_FLOAT64 || want == -1) ? want : dt;
  return ir_typeof(r->ir, f) == ins->type && dt == want;
}

/* Builds the body snapshot for pre-roll snapshot j. */
static uint32_t body_snap(Recorder *r, uint32_t j, const IRRef *subst, uint32_t npre, uint8_t *mark) {
  IRTrace *ir = r->ir;
  Snapshot pre = ir->snaps[j];
  uint32_t ns = ir_snap_begin(ir, pre.pc);
  for (uint32_t e = 0; e < pre.nent; e++) {
    SnapEntry se = ir->snapmap[pre.first + e];
    mark[se.slot] = 1;
    if (se.kind == SNAP_NP) ir_snap_add_np(ir, se.slot, se.dt, subst_of(subst, npre, se.ref));
    else ir_snap_add(ir, se.slot, (SnapKind)se.kind, subst_of(subst, npre, se.ref), subst_of(subst, npre, se.ref2));
  }
  /* inside an inlined call, the registers from its window up are the
  ** callee's: those the pre-roll snapshot does not list are unbound */
  uint32_t lim = r->nslots;
  for (uint32_t f = 0; f < pre.nframe; f++) {
    SnapFrame sf = ir->snapframes[pre.firstframe + f];
    if (f == 0 && sf.base < lim) lim = sf.base;
    ir_snap_frame(ir, sf.fn, sf.base, sf.callpc, sf.ret);
  }
  for (uint32_t s = 0; s < lim; s++)
    if (!mark[s]) snap_add_slot(r, s);
  for (uint32_t e = 0; e < pre.nent; e++) mark[ir->snapmap[pre.first + e].slot] = 0; /* clean for the next */
  return ns;
}

/* Does any FSTORE of the pre-roll may-alias the FLOAD at ref? */
static bool any_fstore_aliases(const IRTrace *ir, uint32_t npre, IRRef ref) {
  const IRIns *ld = ir_at(ir, ref);
  for (uint32_t i = 0; i < npre; i++)
    if (ir->ins[i].op == IR_FSTORE && fold_fstore_aliases(ir, REF_BIAS + i, ld->a, ld->lit)) return true;
  return false;
}

/* An FSTORE of an invariant value to an invariant address is redundant in
** the body when every store of the trace that may alias it is the same. */
static bool store_is_redundant(const IRTrace *ir, uint32_t npre, IRRef ref) {
  const IRIns *st = ir_at(ir, ref);
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *o = &ir->ins[i];
    if (o->op != IR_FSTORE || !fold_fstore_aliases(ir, REF_BIAS + i, st->a, st->lit)) continue;
    if (o->a != st->a || o->b != st->b || o->lit != st->lit) return false;
  }
  return true;
}


/* ---- bounds checks before the loop ---------------------------------------
** In a loop over range(...) with step 1 the body's index j runs from J0
** (the loop variable at the end of the pre-roll) to J0 + C0 (C0: the count
** left then; the body's last iteration runs before its count guard fails),
** with step -1 down to J0 - C0.
** A body BOUNDS(j + k, len) with len invariant then holds on every
** iteration iff it holds for J0 + k and J0 + C0 + k: those two are checked
** once at the end of the pre-roll (exiting at the loop header, where the
** state is exact, so the interpreter runs the loop and raises where the
** program does) and the body's checks go, with the overflow guards of
** j + k (the ADDOV computing J0 + C0 + k covers them). A side entered from
** the pre-roll continues into the body past those checks, so its copy makes
** them too before it continues (side_end). hoist[i]: 1 drops pre-roll
** BOUNDS i from the body, 2 makes ADDOV/SUBOV i a plain ADD/SUB there. */
typedef struct Rng {
  int64_t lo, hi;
} Rng;

typedef struct BoundsHoist {
  uint32_t n;
  int64_t k[16];
  IRRef len[16];
  IRRef step;             /* the range's step (guarded == dir) */
  int dir;                /* 1 or -1 */
  uint32_t var, cnt;      /* the loop variable's and the count's registers */
  /* the ranges prove_no_overflow assumed: of the index (if jranged) and of
  ** the invariants inv[q] */
  bool jranged;
  Rng jrange;
  uint32_t ninv;
  IRRef inv[8];
  Rng invrange[8];
} BoundsHoist;

static bool bh_any(const BoundsHoist *bh) { return bh->n || bh->jranged || bh->ninv; }

/* lo <= x <= hi, or an exit */
static void emit_within(IRTrace *ir, IRRef x, int64_t lo, int64_t hi) {
  ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_GE, IRT_BOOL, x, ir_kint(ir, lo), 0), REF_NONE, 0);
  ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_LE, IRT_BOOL, x, ir_kint(ir, hi), 0), REF_NONE, 0);
}

/* ref, or its copy in `late` (a pre-roll side's copies of the pre-roll's
** late invariants, side_end) */
static IRRef late_ref(const IRRef *late, uint32_t nroot, IRRef ref) {
  return late && ref >= REF_BIAS && ref - REF_BIAS < nroot && late[ref - REF_BIAS] ? late[ref - REF_BIAS] : ref;
}

/* The checks for the body's iterations from index j0 with c0 more after it
** (the invariants they read as copied in `late`, when not NULL). */
static void emit_range_checks(IRTrace *ir, const BoundsHoist *bh, IRRef j0, IRRef c0, const IRRef *late, uint32_t nroot) {
  IRRef step = late_ref(late, nroot, bh->step);
  if (!ir_isconst(step)) ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_EQ, IRT_BOOL, step, ir_kint(ir, bh->dir), 0), REF_NONE, 0);
  IRRef jlast = ir_emit(ir, bh->dir > 0 ? IR_ADDOV : IR_SUBOV, IRT_I64, j0, c0, 0);
  for (uint32_t q = 0; q < bh->n; q++) {
    IRRef kk = ir_kint(ir, bh->k[q]), len = late_ref(late, nroot, bh->len[q]);
    ir_emit(ir, IR_BOUNDS, IRT_VOID, bh->k[q] ? ir_emit(ir, IR_ADDOV, IRT_I64, j0, kk, 0) : j0, len, 0);
    ir_emit(ir, IR_BOUNDS, IRT_VOID, bh->k[q] ? ir_emit(ir, IR_ADDOV, IRT_I64, jlast, kk, 0) : jlast, len, 0);
  }
  if (bh->jranged) { /* the lower end, then the upper */
    ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_GE, IRT_BOOL, bh->dir > 0 ? j0 : jlast, ir_kint(ir, bh->jrange.lo), 0), REF_NONE, 0);
    ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_LE, IRT_BOOL, bh->dir > 0 ? jlast : j0, ir_kint(ir, bh->jrange.hi), 0), REF_NONE, 0);
  }
  for (uint32_t q = 0; q < bh->ninv; q++) emit_within(ir, late_ref(late, nroot, bh->inv[q]), bh->invrange[q].lo, bh->invrange[q].hi);
}

static bool index_of(const IRTrace *ir, IRRef x, IRRef jpre, int64_t *k) {
  if (x == jpre) {
    *k = 0;
    return true;
  }
  if (x < REF_BIAS) return false;
  const IRIns *ins = ir_at(ir, x);
  if ((ins->op != IR_ADDOV && ins->op != IR_SUBOV && ins->op != IR_ADD && ins->op != IR_SUB) || ins->a != jpre ||
      !ir_isconst(ins->b) || ir_at(ir, ins->b)->op != IR_KINT)
    return false;
  int64_t c = ir_at(ir, ins->b)->i;
  if (c < -(1 << 20) || c > (1 << 20)) return false;
  *k = ins->op == IR_SUBOV || ins->op == IR_SUB ? -c : c;
  return true;
}

/* Per-register facts the tree needs. */
typedef struct LoopCtx {
  Recorder *r;
  uint32_t npre, nroot;   /* pre-peel instructions; those before the first side region */
  uint8_t *region;        /* [npre] side index + 1, or 0 for the root */
  const uint8_t *written; /* [nslots] written anywhere in the tree */
  uint8_t *inv;
  IRRef *subst;           /* [npre] body values */
  IRRef *psubst;          /* [npre] pre-roll side copies' values */
  uint32_t *bsnap, *psnap;/* pre-peel snapshot -> body / pre-roll-side snapshot */
  uint8_t *mark;
  IRRef e0, cell;         /* the tier-up entry loaded in the pre-roll */
  IRRef *var, *val;       /* [2 * nslots + 1] side_end's assignments */
  BoundsHoist bh;         /* the body's bounds checks made before the loop */
  uint32_t cut;           /* the root's first branch into a side */
  IRRef *lcopy;           /* [nroot] a pre-roll side's copies of the late invariants */
} LoopCtx;

/* Is root instruction i a late invariant: one after the cut, which a side
** entered from the pre-roll skips (copy_late)? */
static bool is_late(const LoopCtx *lc, uint32_t i) { return i >= lc->cut && i < lc->nroot && lc->inv[i]; }

/* The value of register s at the side's end: its ref (and imaginary part),
** or REF_NONE when the side left it as it was at the start of the iteration. */
static bool side_value(const TreeSide *sd, uint32_t s, bool im, IRRef *out) {
  uint8_t f = sd->map.sflags[s];
  if (!(f & SF_WRITTEN) || (f & SF_EMPTY)) return false;
  *out = im ? sd->map.slot_im[s] : sd->map.slot[s];
  return true;
}

/* Does register s hold the same kind of value at the side's end as the
** root carries in its PHI variable? */
static bool side_kind_matches(const Recorder *r, const IRTrace *ir, const TreeSide *sd, uint32_t s) {
  uint8_t f = sd->map.sflags[s], rf = r->sflags[s];
  if (!(f & SF_WRITTEN) || (f & SF_EMPTY)) return true;
  if ((f & SF_NONE) || (rf & SF_NONE)) return (f & SF_NONE) && (rf & SF_NONE);
  if (!slot_carried(r, s) || sd->map.snp[s] != r->snp[s]) return false;
  return ir_typeof(ir, sd->map.slot[s]) == ir_typeof(ir, r->slot[s]);
}

static IRRef copy_ref(const LoopCtx *lc, const IRRef *sub, IRRef ref) {
  if (ref < REF_BIAS) return ref;
  uint32_t i = ref - REF_BIAS;
  if (i >= lc->npre) return ref;
  return sub[i];
}

/* A side entered from the pre-roll skipped the pre-roll's invariants after
** its branch (the late ones), which the body reuses: the side computes them
** again at its end, in order, its exit (the loop header with the side's
** values) on their guards; SPHIs then give the pre-roll's variables these
** values. Returns lc->lcopy (REF_NONE where not late). */
static const IRRef *copy_late(LoopCtx *lc, uint32_t snap) {
  Recorder *r = lc->r;
  IRTrace *ir = r->ir;
  for (uint32_t i = 0; i < lc->nroot; i++) {
    lc->lcopy[i] = REF_NONE;
    if (!is_late(lc, i)) continue;
    IRIns ins = ir->ins[i]; /* a copy: emitting may move the array */
    const IROpInfo *info = &ir_op_info[ins.op];
    IRRef a = info->mode_a == IRM_R ? late_ref(lc->lcopy, lc->nroot, ins.a) : ins.a;
    IRRef b = info->mode_b == IRM_R ? late_ref(lc->lcopy, lc->nroot, ins.b) : ins.b;
    if (info->flags & IRF_GUARD) ir->cursnap = snap;
    lc->lcopy[i] = fold_emit(r, (IROp)ins.op, (IRType)ins.type, a, b, ins.lit);
  }
  return lc->lcopy;
}

/* Ends a side copy: SPHIs for the PHI variables and CONT, or the EXIT the
** side was recorded with when the loop cannot carry what it leaves. */
static void side_end(LoopCtx *lc, const TreeSide *sd, const IRIns *exit_ins, bool pre, IRRef *sub,
                     uint32_t *snapmap) {
  Recorder *r = lc->r;
  IRTrace *ir = r->ir;
  if (sd->restart) { /* the loop's next run starts over: invariants stay invariant */
    ir->cursnap = snapmap[exit_ins->snap];
    ir_emit(ir, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 1);
    return;
  }
  uint32_t n = r->nslots;
  IRRef *var = lc->var, *val = lc->val;
  uint32_t nv = 0;
  bool ok = true;
  for (uint32_t s = 0; s < n && ok; s++) {
    if (!side_kind_matches(r, ir, sd, s)) ok = false;
    if (!ok || !slot_carried(r, s)) continue;
    for (int part = 0; part < (r->snp[s] == SNP_COMPLEX ? 2 : 1); part++) {
      IRRef f = part ? r->slot_im[s] : r->slot[s], v = f;
      if (side_value(sd, s, part, &v)) {
        v = copy_ref(lc, sub, v);
      } else if (pre) { /* the register as it was at entry */
        ir->cursnap = snapmap[exit_ins->snap];
        uint32_t lit = r->snp[s] == SNP_COMPLEX ? ir_sload_lit(s, part ? IR_NP_CIM : IR_NP_CRE)
                     : r->snp[s] ? ir_sload_lit(s, r->snp[s] - 1) : s;
        v = ir_emit(ir, IR_SLOAD, ir_typeof(ir, f), REF_NONE, REF_NONE, lit);
      }
      /* a variable: a pre-roll instruction the body does not reuse */
      if (v != f && (f < REF_BIAS || f - REF_BIAS >= lc->npre || lc->inv[f - REF_BIAS])) { ok = false; break; }
      /* Two registers the root leaves equal share one PHI variable (`best =
      ** a[i]`: best and the a[i] temporary). A side that gives them different
      ** values, even by keeping one (v == f) and changing the other, cannot
      ** be expressed by assigning the variable: it must leave the loop. */
      for (uint32_t k = 0; k < nv; k++)
        if (var[k] == f && val[k] != v) ok = false;
      var[nv] = f;
      val[nv++] = v;
    }
  }
  /* a PHI variable that is also a late invariant: assigned twice */
  for (uint32_t k = 0; k < nv && ok && pre; k++)
    if (var[k] >= REF_BIAS && is_late(lc, var[k] - REF_BIAS) && val[k] != var[k]) ok = false;
  /* a copy entered from the pre-roll skipped its bounds checks: they are
  ** made here for the body's iterations from this side's end */
  IRRef j0 = REF_NONE, c0 = REF_NONE;
  if (ok && pre && bh_any(&lc->bh)) {
    if (side_value(sd, lc->bh.var, false, &j0) && side_value(sd, lc->bh.cnt, false, &c0)) {
      j0 = copy_ref(lc, sub, j0);
      c0 = copy_ref(lc, sub, c0);
      ok = ir_typeof(ir, j0) == IRT_I64 && ir_typeof(ir, c0) == IRT_I64;
    } else {
      ok = false;
    }
  }
  if (!ok) {
    ir->cursnap = snapmap[exit_ins->snap];
    ir_emit(ir, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
    return;
  }
  const IRRef *late = pre ? copy_late(lc, snapmap[exit_ins->snap]) : NULL;
  if (pre && bh_any(&lc->bh)) {
    ir->cursnap = snapmap[exit_ins->snap];
    emit_range_checks(ir, &lc->bh, j0, c0, late, lc->nroot);
  }
  if (pre && lc->e0 != REF_NONE) { /* the pre-roll's load of the entry was skipped */
    IRRef jt = ir_emit(ir, IR_FLOAD, IRT_PTR, lc->cell, REF_NONE, 0);
    var[nv] = lc->e0;
    val[nv++] = ir_emit(ir, IR_FLOAD, IRT_PTR, jt, REF_NONE, (uint32_t)offsetof(JitTrace, entry));
  }
  for (uint32_t k = 0; k < nv; k++) {
    bool dup = val[k] == var[k]; /* kept: no assignment */
    for (uint32_t q = 0; q < k; q++) dup = dup || var[q] == var[k];
    if (!dup) ir_emit(ir, IR_SPHI, ir_typeof(ir, var[k]), var[k], val[k], 0);
  }
  for (uint32_t i = 0; late && i < lc->nroot; i++)
    if (late[i] != REF_NONE && late[i] != REF_BIAS + i && ir->ins[i].type != IRT_VOID)
      ir_emit(ir, IR_SPHI, (IRType)ir->ins[i].type, REF_BIAS + i, late[i], 0);
  ir_emit(ir, IR_CONT, IRT_VOID, REF_NONE, REF_NONE, 0);
}

/* Is pre-peel snapshot j one a side recorded? */
static bool is_side_snap(const TraceTree *tree, uint32_t j) {
  for (uint32_t k = 0; k < tree->nsides; k++)
    if (j >= tree->sides[k].snap0 && j < tree->sides[k].snap1) return true;
  return false;
}

/* The snapshot a copy's guards of recorded snapshot j use: the body's (as
** for the root), or for the pre-roll copy j's entries with sub's values. */
static uint32_t copy_snap(LoopCtx *lc, uint32_t j, bool pre) {
  Recorder *r = lc->r;
  IRTrace *ir = r->ir;
  uint32_t *snapmap = pre ? lc->psnap : lc->bsnap;
  if (snapmap[j] != UINT32_MAX) return snapmap[j];
  if (!pre) return snapmap[j] = body_snap(r, j, lc->subst, lc->npre, lc->mark);
  Snapshot ps = ir->snaps[j];
  uint32_t ns = ir_snap_begin(ir, ps.pc);
  for (uint32_t e = 0; e < ps.nent; e++) {
    SnapEntry se = ir->snapmap[ps.first + e];
    if (se.kind == SNAP_NP) ir_snap_add_np(ir, se.slot, se.dt, copy_ref(lc, lc->psubst, se.ref));
    else ir_snap_add(ir, se.slot, (SnapKind)se.kind, copy_ref(lc, lc->psubst, se.ref), copy_ref(lc, lc->psubst, se.ref2));
  }
  /* a side that entered a call: the exit rebuilds the callee frames */
  for (uint32_t f = 0; f < ps.nframe; f++) {
    SnapFrame sf = ir->snapframes[ps.firstframe + f];
    ir_snap_frame(ir, sf.fn, sf.base, sf.callpc, sf.ret);
  }
  return snapmap[j] = ns;
}

/* One copy of side region sd, entered from the guards of snapshot `from`. */
static void copy_side(LoopCtx *lc, uint32_t k, bool pre) {
  Recorder *r = lc->r;
  IRTrace *ir = r->ir;
  const TreeSide *sd = &r->tree->sides[k];
  uint32_t *snapmap = pre ? lc->psnap : lc->bsnap;
  IRRef *sub = pre ? lc->psubst : lc->subst;
  uint32_t from;
  if (pre) from = is_side_snap(r->tree, sd->snap) ? lc->psnap[sd->snap] : sd->snap;
  else from = lc->bsnap[sd->snap];
  if (from == UINT32_MAX) return; /* no guard of the copy branches here */
  /* no CSE or forwarding into the side: what precedes it in the IR is not
  ** all on its path */
  memset(r->chain, 0, sizeof r->chain);
  memset(r->fstore, 0, sizeof r->fstore);
  r->astore = r->last_store = REF_NONE;
  r->cse_floor = REF_NONE;
  r->invariant = NULL;
  r->snap_taken = true;
  ir_emit(ir, IR_SIDE, IRT_VOID, REF_NONE, REF_NONE, from);
  for (uint32_t i = sd->start; i < sd->end; i++) {
    IRIns ins = ir->ins[i]; /* a copy: emitting may move the array */
    const IROpInfo *info = &ir_op_info[ins.op];
    if (i + 1 == sd->end) { /* the EXIT at the loop header */
      copy_snap(lc, ins.snap, pre);
      side_end(lc, sd, &ins, pre, sub, snapmap);
      return;
    }
    if (ins.op == IR_SLOAD && !pre) {
      uint32_t s = ir_sload_slot(ins.lit);
      if (lc->written[s]) {
        /* the value at the start of the iteration: the PHI variable */
        if (!sload_fits_carried(r, &ins)) rec_abort(r, TA_TYPE_INSTAB, "side");
        IRRef f = ir_sload_npdt(ins.lit) == IR_NP_CIM ? r->slot_im[s] : r->slot[s];
        sub[i] = f;
        continue;
      }
    }
    IRRef a = info->mode_a == IRM_R ? copy_ref(lc, sub, ins.a) : ins.a;
    IRRef b = info->mode_b == IRM_R ? copy_ref(lc, sub, ins.b) : ins.b;
    if (info->flags & IRF_GUARD) ir->cursnap = copy_snap(lc, ins.snap, pre);
    sub[i] = fold_emit(r, (IROp)ins.op, (IRType)ins.type, a, b, ins.lit);
  }
}

/* Registers only sides write get a PHI variable: the root's SLOAD, or one
** appended to the pre-roll (at the header: the frame is untouched there). */
static void side_carried(Recorder *r) {
  TraceTree *tree = r->tree;
  IRTrace *ir = r->ir;
  bool snapped = false;
  for (uint32_t s = 0; s < r->nslots; s++) {
    if (r->sflags[s]) continue;
    for (uint32_t k = 0; k < tree->nsides; k++) {
      const TreeSide *sd = &tree->sides[k];
      uint8_t f = sd->map.sflags[s];
      if (!(f & SF_WRITTEN) || (f & (SF_NONE | SF_EMPTY)) || sd->map.snp[s] == SNP_COMPLEX) continue;
      /* a loose read (a Python float or a NumPy one) cannot stand for
      ** the register in a snapshot: load it again, strictly */
      const IRIns *ld = r->slot[s] >= REF_BIAS ? ir_at(ir, r->slot[s]) : NULL;
      if (ld && ld->op == IR_SLOAD && ir_sload_npdt(ld->lit) == IR_NP_F64ANY) r->slot[s] = REF_NONE;
      if (!r->slot[s]) {
        if (!snapped) {
          snap_take(r, (uint32_t)(r->header - r->co->code));
          snapped = true;
        }
        uint8_t np = sd->map.snp[s];
        r->slot[s] = ir_emit(ir, IR_SLOAD, ir_typeof(ir, sd->map.slot[s]), REF_NONE, REF_NONE,
                             np ? ir_sload_lit(s, np - 1) : s);
        r->snp[s] = np;
      } else if (r->snp[s] == SNP_COMPLEX) {
        break;
      }
      r->sflags[s] = SF_WRITTEN;
      break;
    }
  }
}

/* Registers the root leaves equal (`x = a[i]`: x and the a[i] temporary)
** share one PHI variable, which a side that changes only one of them
** (`x = 1.0`) could not assign. In a tree each such register gets its own
** variable: a copy appended to the pre-roll (the body's copy folds away,
** so in the loop they differ only where a side makes them differ). Not for
** pointers, which CONV cannot copy: a side separating those still exits. */
static void split_shared(Recorder *r) {
  IRTrace *ir = r->ir;
  for (uint32_t s = 0; s < r->nslots; s++) {
    if (!slot_carried(r, s)) continue;
    for (int part = 0; part < (r->snp[s] == SNP_COMPLEX ? 2 : 1); part++) {
      IRRef *f = part ? &r->slot_im[s] : &r->slot[s];
      if (*f < REF_BIAS || ir_typeof(ir, *f) == IRT_PTR) continue;
      bool shared = false;
      for (uint32_t q = 0; q < s && !shared; q++)
        shared = slot_carried(r, q) && (r->slot[q] == *f || (r->snp[q] == SNP_COMPLEX && r->slot_im[q] == *f));
      if (part) shared = shared || r->slot[s] == *f;
      if (shared) *f = ir_emit(ir, IR_CONV, ir_typeof(ir, *f), *f, REF_NONE, 0);
    }
  }
}

/* ---- overflow checks that ranges rule out ---------------------------------
** An ADDOV, SUBOV, MULOV or NEGOV of the body cannot overflow when its
** operands' ranges say so, and a guard on a comparison of ranged ints that
** always holds can go. Ranges come from constants, the range loop's index
** (every iteration's lies within [j0, j0 + c0]), invariant int registers,
** and flow through + - * (as 128-bit intervals), >> k, & m, % m, // m, min,
** max and widening conversions. The index and the invariants get theirs
** from checks made once before the loop with the bounds checks
** (emit_range_checks): |x| <= 2**24 or 2**31, the size class of their
** values when the loop was recorded (rec_magnitude), so a failing check is
** rare and exits at the loop header like the bounds checks. Only the
** registers the proofs use are checked. spectral_norm's A(i, j) =
** (i+j)*(i+j+1)//2 + i + 1 loses its five overflow exits per iteration. */

static const Rng RNG_ALL = {INT64_MIN, INT64_MAX};

static Rng rng_of(const IRTrace *ir, const Rng *rg, uint32_t n, IRRef ref) {
  if (ref == REF_NONE) return RNG_ALL;
  if (ref < REF_BIAS) {
    const IRIns *k = ir_at(ir, ref);
    return k->op == IR_KINT ? (Rng){k->i, k->i} : RNG_ALL;
  }
  return ref - REF_BIAS < n ? rg[ref - REF_BIAS] : RNG_ALL;
}

/* [lo, hi] as a range, or RNG_ALL where it leaves int64 */
static Rng rng_clip(__int128 lo, __int128 hi) {
  if (lo < INT64_MIN || hi > INT64_MAX) return RNG_ALL;
  return (Rng){(int64_t)lo, (int64_t)hi};
}

static bool rng_all(Rng x) { return x.lo == INT64_MIN && x.hi == INT64_MAX; }

static Rng rng_mul(Rng a, Rng b) {
  __int128 p[4] = {(__int128)a.lo * b.lo, (__int128)a.lo * b.hi, (__int128)a.hi * b.lo, (__int128)a.hi * b.hi};
  __int128 lo = p[0], hi = p[0];
  for (int k = 1; k < 4; k++) {
    if (p[k] < lo) lo = p[k];
    if (p[k] > hi) hi = p[k];
  }
  return rng_clip(lo, hi);
}

static int64_t floordiv(int64_t a, int64_t m) { /* m > 0 */
  int64_t q = a / m;
  return q * m > a ? q - 1 : q;
}

/* The range of pre-roll instruction ins in any iteration of the body. */
static Rng rng_ins(const IRTrace *ir, const Rng *rg, uint32_t n, const IRIns *ins) {
  const IROpInfo *info = &ir_op_info[ins->op];
  Rng a = info->mode_a == IRM_R ? rng_of(ir, rg, n, ins->a) : RNG_ALL;
  Rng b = info->mode_b == IRM_R ? rng_of(ir, rg, n, ins->b) : RNG_ALL;
  bool bk = b.lo == b.hi; /* a constant b */
  switch ((IROp)ins->op) {
  case IR_ADD: case IR_ADDOV: return ins->type == IRT_I64 ? rng_clip((__int128)a.lo + b.lo, (__int128)a.hi + b.hi) : RNG_ALL;
  case IR_SUB: case IR_SUBOV: return ins->type == IRT_I64 ? rng_clip((__int128)a.lo - b.hi, (__int128)a.hi - b.lo) : RNG_ALL;
  case IR_MUL: case IR_MULOV: return ins->type == IRT_I64 ? rng_mul(a, b) : RNG_ALL;
  case IR_NEG: case IR_NEGOV: return ins->type == IRT_I64 ? rng_clip(-(__int128)a.hi, -(__int128)a.lo) : RNG_ALL;
  case IR_MIN: return ins->type == IRT_I64 ? (Rng){a.lo < b.lo ? a.lo : b.lo, a.hi < b.hi ? a.hi : b.hi} : RNG_ALL;
  case IR_MAX: return ins->type == IRT_I64 ? (Rng){a.lo > b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi} : RNG_ALL;
  case IR_SHR: return bk && b.lo >= 0 && b.lo < 63 ? (Rng){a.lo >> b.lo, a.hi >> b.lo} : RNG_ALL;
  case IR_BAND: return ins->type == IRT_I64 && bk && b.lo >= 0 ? (Rng){0, b.lo} : RNG_ALL;
  case IR_MODI: return bk && b.lo > 0 ? (Rng){0, b.lo - 1} : RNG_ALL;
  case IR_DIVI: return bk && b.lo > 0 ? (Rng){floordiv(a.lo, b.lo), floordiv(a.hi, b.lo)} : RNG_ALL;
  case IR_CONV: {
    if (ins->type != IRT_I64 || ins->a < REF_BIAS) return RNG_ALL;
    switch (ir_typeof(ir, ins->a)) {
    case IRT_BOOL: return (Rng){0, 1};
    case IRT_I8: return (Rng){INT8_MIN, INT8_MAX};
    case IRT_U8: return (Rng){0, UINT8_MAX};
    case IRT_I16: return (Rng){INT16_MIN, INT16_MAX};
    case IRT_U16: return (Rng){0, UINT16_MAX};
    case IRT_I32: return (Rng){INT32_MIN, INT32_MAX};
    case IRT_U32: return (Rng){0, UINT32_MAX};
    default: return RNG_ALL;
    }
  }
  default: return RNG_ALL;
  }
}

/* Does comparison c (of ints) hold always (1), never (0), or either (-1)? */
static int rng_compare(const IRTrace *ir, const Rng *rg, uint32_t n, const IRIns *c) {
  if (c->a < REF_BIAS && ir_at(ir, c->a)->op != IR_KINT) return -1;
  if (ir_typeof(ir, c->a) != IRT_I64 || ir_typeof(ir, c->b) != IRT_I64) return -1;
  Rng a = rng_of(ir, rg, n, c->a), b = rng_of(ir, rg, n, c->b);
  if (rng_all(a) && rng_all(b)) return -1;
  switch ((IROp)c->op) {
  case IR_LT: return a.hi < b.lo ? 1 : a.lo >= b.hi ? 0 : -1;
  case IR_LE: return a.hi <= b.lo ? 1 : a.lo > b.hi ? 0 : -1;
  case IR_GT: return a.lo > b.hi ? 1 : a.hi <= b.lo ? 0 : -1;
  case IR_GE: return a.lo >= b.hi ? 1 : a.hi < b.lo ? 0 : -1;
  case IR_EQ: return a.hi < b.lo || a.lo > b.hi ? 0 : -1;
  case IR_NE: return a.hi < b.lo || a.lo > b.hi ? 1 : -1;
  default: return -1;
  }
}

static bool is_overflow_op(IROp op) { return op == IR_ADDOV || op == IR_SUBOV || op == IR_MULOV || op == IR_NEGOV; }

/* Marks (hoist[i] = 2: a plain op in the body; 1: a guard dropped) what
** the ranges prove, and notes in bh the checks the proofs need. */
static void prove_no_overflow(Recorder *r, const uint8_t *inv, uint32_t nroot, IRRef jpre, uint8_t *hoist,
                              BoundsHoist *bh) {
  const IRTrace *ir = r->ir;
  const TraceTree *tree = &r->trace->tree;
  if (!tree->magnitude) return;
  Rng jr, none = RNG_ALL;
  rec_magnitude_range(tree->jmagnitude, &jr.lo, &jr.hi);
  Rng *rg = util_xmalloc(nroot * sizeof *rg + 1);
  uint8_t *proven = util_xmalloc(2 * (size_t)nroot + 1), *need = proven + nroot;
  memset(proven, 0, 2 * (size_t)nroot);
  bool any = false;
  for (uint32_t i = 0; i < nroot; i++) {
    const IRIns *ins = &ir->ins[i];
    rg[i] = RNG_ALL;
    if (ins->op == IR_SLOAD) {
      uint32_t s = ir_sload_slot(ins->lit);
      Rng x = none;
      if (REF_BIAS + i == jpre) x = jr;
      else if (inv[i] && ins->type == IRT_I64 && ir_sload_npdt(ins->lit) < 0 && s < tree->nslots)
        rec_magnitude_range(tree->magnitude[s], &x.lo, &x.hi);
      if (x.lo <= x.hi) rg[i] = x;
      continue;
    }
    if ((ins->op == IR_GUARDT || ins->op == IR_GUARDF) && ins->a >= REF_BIAS && !hoist[i]) {
      const IRIns *c = ir_at(ir, ins->a);
      if (c->op >= IR_LT && c->op <= IR_NE && rng_compare(ir, rg, nroot, c) == (ins->op == IR_GUARDT)) {
        proven[i] = 1;
        any = true;
      }
      continue;
    }
    rg[i] = rng_ins(ir, rg, nroot, ins);
    if (is_overflow_op((IROp)ins->op) && !rng_all(rg[i]) && !hoist[i]) {
      proven[i] = 2;
      any = true;
    }
  }
  /* the registers the proofs rest on: backwards from them through operands */
  for (uint32_t i = nroot; any && i-- > 0;) {
    if (!proven[i] && !need[i]) continue;
    const IRIns *ins = &ir->ins[i];
    const IROpInfo *info = &ir_op_info[ins->op];
    if (ins->op == IR_SLOAD) continue;
    if (info->mode_a == IRM_R && ins->a >= REF_BIAS) need[ins->a - REF_BIAS] = 1;
    if (info->mode_b == IRM_R && ins->b >= REF_BIAS) need[ins->b - REF_BIAS] = 1;
  }
  uint32_t ninv = 0;
  bool usej = false, fits = true;
  for (uint32_t i = 0; any && i < nroot; i++) {
    if (!need[i] || ir->ins[i].op != IR_SLOAD || rng_all(rg[i])) continue;
    if (REF_BIAS + i == jpre) usej = true;
    else if (ninv < sizeof bh->inv / sizeof bh->inv[0]) {
      bh->inv[ninv] = REF_BIAS + i;
      bh->invrange[ninv++] = rg[i];
    } else fits = false;
  }
  if (any && fits) {
    bh->jranged = usej;
    bh->jrange = jr;
    bh->ninv = ninv;
    for (uint32_t i = 0; i < nroot; i++)
      if (proven[i]) hoist[i] = proven[i];
  }
  free(rg);
  free(proven);
}

static void hoist_bounds(Recorder *r, const uint8_t *inv, uint32_t npre, uint32_t nroot, uint8_t *hoist, BoundsHoist *bh) {
  IRTrace *ir = r->ir;
  const Instr *be = r->backedge;
  bh->n = bh->ninv = 0;
  bh->jranged = false;
  /* the step the loop was recorded with (a rebuilt tree has no frame) */
  if (!be || bc_op(*be) != OP_FORLOOP || !r->trace || !r->trace->tree.step) return;
  uint32_t a = bc_a(*be), c = bc_c(*be);
  IRRef j0 = r->slot[c], c0 = r->slot[a + 1], step = r->slot[a + 2];
  if (!j0 || !c0 || !step || ir_typeof(ir, j0) != IRT_I64 || ir_typeof(ir, c0) != IRT_I64 || r->snp[c]) return;
  IRRef jpre = REF_NONE; /* the pre-roll's read of the loop variable */
  for (uint32_t i = 0; i < npre && jpre == REF_NONE; i++)
    if (ir->ins[i].op == IR_SLOAD && ir_sload_slot(ir->ins[i].lit) == c && ir->ins[i].type == IRT_I64) jpre = REF_BIAS + i;
  if (jpre == REF_NONE) return;
  bh->step = step;
  bh->dir = r->trace->tree.step;
  bh->var = c;
  bh->cnt = a + 1;
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *ins = &ir->ins[i];
    int64_t k;
    if (ins->op != IR_BOUNDS || !index_of(ir, ins->a, jpre, &k) ||
        !(ir_isconst(ins->b) || (ins->b >= REF_BIAS && inv[ins->b - REF_BIAS])))
      continue;
    uint32_t q = 0;
    while (q < bh->n && (bh->k[q] != k || bh->len[q] != ins->b)) q++;
    if (q == bh->n) {
      if (bh->n == sizeof bh->k / sizeof bh->k[0]) continue;
      bh->k[q] = k;
      bh->len[q] = ins->b;
      bh->n++;
    }
    hoist[i] = 1;
    const IRIns *x = ir_at(ir, ins->a);
    if (x->op == IR_ADDOV || x->op == IR_SUBOV) hoist[ins->a - REF_BIAS] = 2; /* j + k cannot overflow then */
  }
  prove_no_overflow(r, inv, nroot, jpre, hoist, bh);
  if (!bh_any(bh)) return;
  /* the checks exit at the loop header with the pre-roll's values */
  ir_snap_begin(ir, (uint32_t)(r->header - r->co->code));
  for (uint32_t s = 0; s < r->nslots; s++) snap_add_slot(r, s);
  emit_range_checks(ir, bh, j0, c0, NULL, 0);
}

/* ---- lagging induction variables ------------------------------------------
** A range loop's FORLOOP sets j := idx, then idx += step: the body's j is
** the previous iteration's idx, a PHI of a PHI (j := idx, idx := idx +
** step). That is a first-order recurrence, which gcc 12's vectoriser does
** not take; yet idx == j + step holds at the body's entry (the pre-roll
** computed idx as ADD j step) and every iteration keeps it, so j's next
** value is also j + step, an induction of its own. */
static void lagging_inductions(Recorder *r, const IRRef *phis, IRRef *bodyv, uint32_t nphi, uint32_t npre) {
  IRTrace *ir = r->ir;
  /* only the FORLOOP's own registers: every path to the loop header (a side
  ** that continues the loop too) ends with that FORLOOP, which keeps
  ** idx == j + step; a side could break such a relation between variables
  ** of the program (`j = i; i += 1` and a side doing `i += 5`) */
  const Instr *be = r->backedge;
  if (!be || bc_op(*be) != OP_FORLOOP) return;
  IRRef jvar = r->slot[bc_c(*be)], idxvar = r->slot[bc_a(*be)];
  for (uint32_t p = 0; p < nphi; p++) {
    IRRef f = phis[p], f2 = bodyv[p];
    if (f != jvar || f2 != idxvar) continue;
    if (f2 < REF_BIAS || f2 - REF_BIAS >= npre || ir_typeof(ir, f) != IRT_I64) continue;
    const IRIns *pre = ir_at(ir, f2); /* idx = ADD j step in the pre-roll */
    if (pre->op != IR_ADD || pre->a != f) continue;
    IRRef step = pre->b;
    if (!ir_isconst(step) && !(step - REF_BIAS < npre && r->invariant[step - REF_BIAS])) continue;
    for (uint32_t q = 0; q < nphi; q++) { /* idx carried as idx + step */
      const IRIns *next = phis[q] == f2 && bodyv[q] >= REF_BIAS ? ir_at(ir, bodyv[q]) : NULL;
      if (!next || next->op != IR_ADD || next->a != f2 || next->b != step) continue;
      bodyv[p] = fold_emit(r, IR_ADD, IRT_I64, f, step, 0);
      break;
    }
  }
}

/* Does the recorded loop (root and sides: ins[0, n)) call a helper that
** makes heap objects? */
static bool loop_allocates(const IRTrace *ir, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (ir->ins[i].op == IR_CALL && ir->calls[ir->ins[i].lit]->allocates) return true;
  return false;
}

void opt_loop(Recorder *r) {
  IRTrace *ir = r->ir;
  TraceTree *tree = r->tree && r->tree->nsides ? r->tree : NULL;
  uint32_t nroot = tree ? tree->sides[0].start : ir->nins;
  /* registers written anywhere in the tree */
  uint8_t *written = rec_alloc(r, r->nslots);
  for (uint32_t s = 0; s < r->nslots; s++) {
    written[s] = (r->sflags[s] & SF_WRITTEN) != 0;
    for (uint32_t k = 0; tree && k < tree->nsides; k++)
      written[s] |= !tree->sides[k].restart && (tree->sides[k].map.sflags[s] & SF_WRITTEN) != 0;
  }
  if (tree) {
    side_carried(r);
    split_shared(r);
  }
  uint32_t npre = ir->nins;
  uint32_t nsnap_pre = ir->nsnap;
  LoopCtx lc = {.r = r, .npre = npre, .nroot = nroot, .e0 = REF_NONE, .cell = REF_NONE, .written = written};
  lc.region = rec_alloc(r, npre + 4 * (size_t)npre * sizeof(IRRef) + 2 * (size_t)nsnap_pre * sizeof(uint32_t));
  memset(lc.region, 0, npre);
  lc.subst = (IRRef *)(void *)(lc.region + ((npre + 7) & ~7u));
  lc.psubst = lc.subst + npre;
  lc.bsnap = (uint32_t *)(lc.psubst + npre);
  lc.psnap = lc.bsnap + nsnap_pre;
  for (uint32_t k = 0; tree && k < tree->nsides; k++)
    for (uint32_t i = tree->sides[k].start; i < tree->sides[k].end; i++) lc.region[i] = (uint8_t)(k + 1);
  /* a tree is rebuilt from a copy of the recorded IR: the body's CSE with
  ** the pre-roll needs the root's chains (the sides are not on its path) */
  if (tree) fold_rechain(r, lc.region);
  /* a side entered from the pre-roll skips the rest of it and continues
  ** the body: the invariants after the first branch into a side (the cut)
  ** are computed again by those sides (copy_late; a restarting side never
  ** enters the body) */
  uint32_t cut = npre;
  for (uint32_t k = 0; tree && k < tree->nsides; k++) {
    IRRef first = ir->snaps[tree->sides[k].snap].ref;
    if (tree->sides[k].restart || is_side_snap(tree, tree->sides[k].snap)) continue;
    if (first >= REF_BIAS && first - REF_BIAS < nroot && first - REF_BIAS < cut) cut = first - REF_BIAS;
  }

  /* type stability of the carried registers (the root's; sides are checked
  ** where they are copied) */
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *ins = &ir->ins[i];
    if (ins->op != IR_SLOAD || !written[ir_sload_slot(ins->lit)] || lc.region[i]) continue;
    uint32_t s = ir_sload_slot(ins->lit);
    if (!sload_fits_carried(r, ins)) {
      rec_abort(r, TA_TYPE_INSTAB, r->co->regnames && r->co->regnames[s] ? r->co->regnames[s]->data : NULL);
    }
  }

  /* which stores the trace contains (for the invariance of loads) */
  bool any_call_store = false, any_astore = false, fstore_bucket[NBUCKET] = {false};
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *ins = &ir->ins[i];
    if (ins->op == IR_FSTORE) fstore_bucket[(ins->lit / 8) % NBUCKET] = true;
    else if (ins->op == IR_ASTORE) any_astore = true;
    else if (ins->op == IR_ICALL || (ins->op == IR_CALL && ir_call_stores(ir->calls[ins->lit]))) any_call_store = true;
  }

  /* invariance, forwards */
  uint8_t *inv = rec_alloc(r, npre);
  lc.inv = inv;
  lc.cut = cut;
  lc.lcopy = rec_alloc(r, (nroot + 1) * sizeof *lc.lcopy);
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *ins = &ir->ins[i];
    const IROpInfo *info = &ir_op_info[ins->op];
    bool ok;
    bool opnds = (info->mode_a != IRM_R || ins->a < REF_BIAS || inv[ins->a - REF_BIAS]) &&
                 (info->mode_b != IRM_R || ins->b < REF_BIAS || inv[ins->b - REF_BIAS]);
    switch (ins->op) {
    case IR_SLOAD: ok = !written[ir_sload_slot(ins->lit)]; break;
    case IR_FLOAD:
      ok = opnds && ((ins->lit == 0 && ins->type == IRT_PTR) ||
                     (!any_call_store && !(fstore_bucket[(ins->lit / 8) % NBUCKET] &&
                                           any_fstore_aliases(ir, npre, REF_BIAS + i))));
      break;
    case IR_ALOAD: ok = opnds && !any_call_store && !any_astore; break;
    case IR_CALL: ok = opnds && ir->calls[ins->lit]->pure; break;
    case IR_EXIT: case IR_ICALL: case IR_FSTORE: case IR_ASTORE: case IR_LOOP: case IR_PHI:
    case IR_VLOAD:
      ok = false;
      break;
    default: ok = opnds; break;
    }
    inv[i] = ok && !lc.region[i]; /* those after the cut: pre-roll sides compute them again (copy_late) */
  }
  /* tier-up: the pre-roll notes which code runs; the body's first guard
  ** leaves (at the loop header) once the background compile swapped in
  ** faster code, so that a long loop entered once still gets it. The loads
  ** bypass CSE on purpose; gcc may hoist them, which only matters for code
  ** that is already the last tier. */
  IRRef cell = REF_NONE, e0 = REF_NONE;
  if (r->swapcell) {
    cell = ir_kptr(ir, r->swapcell);
    IRRef jt = ir_emit(ir, IR_FLOAD, IRT_PTR, cell, REF_NONE, 0);
    e0 = ir_emit(ir, IR_FLOAD, IRT_PTR, jt, REF_NONE, (uint32_t)offsetof(JitTrace, entry));
  }
  lc.e0 = e0;
  lc.cell = cell;
  uint8_t *hoist = rec_alloc(r, npre);
  memset(hoist, 0, npre);
  hoist_bounds(r, inv, npre, nroot, hoist, &lc.bh);

  /* the body. Its first guards leave at the loop header, where the
  ** interpreter's state is exactly the loop-carried slots: one on the VM's
  ** interrupt flag (Ctrl-C, streak_interrupt) so that a compiled loop can
  ** always be stopped, one for the tier-up swap described above. */
  ir_loop(ir);
  ir_snap_begin(ir, (uint32_t)(r->header - r->co->code));
  for (uint32_t s = 0; s < r->nslots; s++) snap_add_slot(r, s);
  _Static_assert(sizeof r->vm->interrupt == 4, "the interrupt flag is loaded as an i32");
  IRRef flag = ir_emit(ir, IR_VLOAD, IRT_I32, ir_kptr(ir, (const void *)&r->vm->interrupt),
                       REF_NONE, 0);
  ir_emit(ir, IR_GUARDT, IRT_VOID,
          ir_emit(ir, IR_EQ, IRT_BOOL, ir_emit(ir, IR_CONV, IRT_I64, flag, REF_NONE, 0),
                  ir_kint(ir, 0), 0),
          REF_NONE, 0);
  if (loop_allocates(ir, npre)) {
    /* the collector runs at the interpreter's safe points only: a loop
    ** that makes objects (lists it drops again) leaves here when one is
    ** due, the frame then holding every live value, and the interpreter's
    ** next back-edge collects and enters the trace again */
    _Static_assert(sizeof r->vm->next_gc == 8 && sizeof r->vm->bytes_allocated == 8, "loaded as i64");
    IRRef used = ir_emit(ir, IR_VLOAD, IRT_I64, ir_kptr(ir, (const void *)&r->vm->bytes_allocated), REF_NONE, 0);
    IRRef next = ir_emit(ir, IR_VLOAD, IRT_I64, ir_kptr(ir, (const void *)&r->vm->next_gc), REF_NONE, 0);
    ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_ULT, IRT_BOOL, used, next, 0), REF_NONE, 0);
  }
  if (r->swapcell) {
    IRRef jt = ir_emit(ir, IR_VLOAD, IRT_PTR, cell, REF_NONE, 0);
    IRRef e = ir_emit(ir, IR_VLOAD, IRT_PTR, jt, REF_NONE, (uint32_t)offsetof(JitTrace, entry));
    ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_EQ, IRT_BOOL, e, e0, 0), REF_NONE, IR_GUARD_TIERUP);
  }
  r->cse_floor = ir->loop;
  r->invariant = inv;
  r->snap_taken = true; /* snapshots are set here, not by snap_ensure */
  IRRef *subst = lc.subst;
  uint32_t *bsnap = lc.bsnap;
  for (uint32_t j = 0; j < nsnap_pre; j++) bsnap[j] = lc.psnap[j] = UINT32_MAX;
  /* marks for every slot a snapshot may list: a side's inlined calls may
  ** reach past the slots the rebuilding recorder has */
  size_t nmark = r->nabs > r->nslots ? r->nabs : r->nslots;
  for (uint32_t e = 0; e < ir->nsnapmap; e++)
    if (ir->snapmap[e].slot >= nmark) nmark = (size_t)ir->snapmap[e].slot + 1;
  uint8_t *mark = rec_alloc(r, nmark + 2 * (2 * (size_t)r->nslots + 1) * sizeof(IRRef) + 8);
  memset(mark, 0, nmark);
  lc.mark = mark;
  lc.var = (IRRef *)(void *)(mark + ((nmark + 7) & ~(size_t)7));
  lc.val = lc.var + 2 * r->nslots + 1;
  for (uint32_t i = 0; i < npre; i++) {
    if (lc.region[i]) continue; /* side code: copied after the PHIs */
    IRIns ins = ir->ins[i]; /* a copy: emitting may move the array */
    const IROpInfo *info = &ir_op_info[ins.op];
    if (ins.op == IR_SLOAD) {
      uint32_t s = ir_sload_slot(ins.lit);
      if (written[s] || inv[i]) { /* else: past a branch to a side, loaded again */
        subst[i] = !written[s] ? REF_BIAS + i : ir_sload_npdt(ins.lit) == IR_NP_CIM ? r->slot_im[s] : r->slot[s];
        continue;
      }
    }
    IRRef a = info->mode_a == IRM_R ? subst_of(subst, npre, ins.a) : ins.a;
    IRRef b = info->mode_b == IRM_R ? subst_of(subst, npre, ins.b) : ins.b;
    if (hoist[i] == 1) { /* checked before the loop */
      subst[i] = REF_NONE;
      continue;
    }
    if (hoist[i] == 2 && inv[i]) { /* the pre-roll's value (its guard passed there) */
      subst[i] = REF_BIAS + i;
      continue;
    }
    if (hoist[i] == 2) { /* cannot overflow */
      static const IROp plain[] = {[IR_ADDOV] = IR_ADD, [IR_SUBOV] = IR_SUB, [IR_MULOV] = IR_MUL, [IR_NEGOV] = IR_NEG};
      subst[i] = fold_emit(r, plain[ins.op], (IRType)ins.type, a, b, 0);
      continue;
    }
    if (ins.op == IR_FSTORE && a == ins.a && b == ins.b && !any_call_store &&
        store_is_redundant(ir, npre, REF_BIAS + i)) {
      subst[i] = REF_NONE; /* the pre-roll stored the same value there already */
      continue;
    }
    if (info->flags & IRF_GUARD) {
      if (bsnap[ins.snap] == UINT32_MAX) bsnap[ins.snap] = body_snap(r, ins.snap, subst, npre, mark);
      ir->cursnap = bsnap[ins.snap];
    }
    subst[i] = fold_emit(r, (IROp)ins.op, (IRType)ins.type, a, b, ins.lit);
  }

  /* PHIs for the carried registers and the values forwarded from a store
  ** of the previous iteration (one per distinct pre-roll value) */
  uint32_t ncand = 2 * r->nslots + r->ncarried;
  IRRef *phis = rec_alloc(r, ncand * sizeof *phis), *bodyv = rec_alloc(r, ncand * sizeof *bodyv);
  uint32_t nphi = 0;
  for (uint32_t s = 0; s < ncand; s++) {
    IRRef f;
    if (s < r->nslots) {
      if (!slot_carried(r, s)) continue;
      f = r->slot[s];
    } else if (s < 2 * r->nslots) { /* the imaginary parts of complex registers */
      if (!slot_carried(r, s - r->nslots) || r->snp[s - r->nslots] != SNP_COMPLEX) continue;
      f = r->slot_im[s - r->nslots];
    } else {
      f = r->carried[s - 2 * r->nslots];
    }
    if (f < REF_BIAS) continue;
    IRRef bf = subst_of(subst, npre, f);
    if (bf == f) continue;
    bool dup = false;
    for (uint32_t p = 0; p < nphi && !dup; p++) dup = phis[p] == f;
    if (dup) continue;
    bodyv[nphi] = bf;
    phis[nphi++] = f;
  }
  lagging_inductions(r, phis, bodyv, nphi, npre);
  for (uint32_t p = 0; p < nphi; p++) ir_phi(ir, phis[p], bodyv[p]);
  /* the side code: for the body, then for the pre-roll */
  for (uint32_t k = 0; tree && k < tree->nsides; k++) copy_side(&lc, k, false);
  for (uint32_t i = 0; tree && i < npre; i++) lc.psubst[i] = lc.region[i] ? REF_NONE : REF_BIAS + i;
  for (uint32_t k = 0; tree && k < tree->nsides; k++) copy_side(&lc, k, true);
  if (tree) { /* the recorded side regions are not pre-roll code */
    for (uint32_t i = 0; i < npre; i++)
      if (lc.region[i]) memset(&ir->ins[i], 0, sizeof ir->ins[i]), ir->ins[i].op = IR_NOP;
    for (uint32_t k = 0; k < tree->nsides; k++)
      for (uint32_t j = tree->sides[k].snap0; j < tree->sides[k].snap1; j++) ir->snaps[j].nent = 0;
  }
  r->invariant = NULL;
  r->cse_floor = REF_NONE;
  /* which recorded snapshot each snapshot copies (hot exits grow sides) */
  r->presnap = util_xmalloc((ir->nsnap ? ir->nsnap : 1) * sizeof *r->presnap);
  for (uint32_t j = 0; j < ir->nsnap; j++) r->presnap[j] = j < nsnap_pre ? j : UINT32_MAX;
  for (uint32_t j = 0; j < nsnap_pre; j++) {
    if (bsnap[j] != UINT32_MAX) r->presnap[bsnap[j]] = j;
    if (lc.psnap[j] != UINT32_MAX) r->presnap[lc.psnap[j]] = j;
  }
}
