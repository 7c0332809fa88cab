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
*/
#include <stddef.h>
#include <string.h>

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

/* Builds the body snapshot for pre-roll snapshot j. */
static uint32_t body_snap(Recorder *r, uint32_t j, const IRRef *subst, uint32_t npre, uint8_t *mark) {
  IRTrace *ir = r->ir;
  Snapshot pre = ir->snaps[j];
  uint32_t ns = ir_snap_begin(ir, pre.pc);
  memset(mark, 0, r->nabs);
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

void opt_loop(Recorder *r) {
  IRTrace *ir = r->ir;
  uint32_t npre = ir->nins;
  uint32_t nsnap_pre = ir->nsnap;

  /* registers written, and type stability of the carried ones */
  uint8_t *written = rec_alloc(r, r->nslots);
  for (uint32_t s = 0; s < r->nslots; s++) written[s] = (r->sflags[s] & SF_WRITTEN) != 0;
  for (uint32_t i = 0; i < npre; i++) {
    const IRIns *ins = &ir->ins[i];
    if (ins->op != IR_SLOAD || !written[ir_sload_slot(ins->lit)]) continue;
    uint32_t s = ir_sload_slot(ins->lit);
    int dt = ir_sload_npdt(ins->lit), want = r->snp[s] == SNP_COMPLEX ? IR_NP_CRE : r->snp[s] - 1;
    if (!slot_carried(r, s) || ir_typeof(ir, r->slot[s]) != ins->type || (dt == IR_NP_CIM ? IR_NP_CRE : dt) != want) {
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
    inv[i] = ok;
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
  if (r->swapcell) {
    IRRef jt = ir_emit(ir, IR_VLOAD, IRT_PTR, cell, REF_NONE, 0);
    IRRef e = ir_emit(ir, IR_VLOAD, IRT_PTR, jt, REF_NONE, (uint32_t)offsetof(JitTrace, entry));
    ir_emit(ir, IR_GUARDT, IRT_VOID, ir_emit(ir, IR_EQ, IRT_BOOL, e, e0, 0), REF_NONE, 0);
  }
  r->cse_floor = ir->loop;
  r->invariant = inv;
  r->snap_taken = true; /* snapshots are set here, not by snap_ensure */
  IRRef *subst = rec_alloc(r, npre * sizeof *subst);
  uint32_t *bsnap = rec_alloc(r, nsnap_pre * sizeof *bsnap);
  for (uint32_t j = 0; j < nsnap_pre; j++) bsnap[j] = UINT32_MAX;
  uint8_t *mark = rec_alloc(r, r->nabs);
  for (uint32_t i = 0; i < npre; i++) {
    IRIns ins = ir->ins[i]; /* a copy: emitting may move the array */
    const IROpInfo *info = &ir_op_info[ins.op];
    if (ins.op == IR_SLOAD) {
      uint32_t s = ir_sload_slot(ins.lit);
      subst[i] = !written[s] ? REF_BIAS + i : ir_sload_npdt(ins.lit) == IR_NP_CIM ? r->slot_im[s] : r->slot[s];
      continue;
    }
    IRRef a = info->mode_a == IRM_R ? subst_of(subst, npre, ins.a) : ins.a;
    IRRef b = info->mode_b == IRM_R ? subst_of(subst, npre, ins.b) : ins.b;
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
  IRRef *phis = rec_alloc(r, ncand * sizeof *phis);
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
    phis[nphi++] = f;
    ir_phi(ir, f, bf);
  }
  r->invariant = NULL;
  r->cse_floor = REF_NONE;
}
