/*
** snap.c — snapshot construction.
**
** A snapshot is the interpreter state a guard exits to: the bytecode pc to
** resume at and, for every register the trace has written so far, the IR
** value it holds (with how to box it). Registers the trace never wrote are
** left out: the frame is untouched while compiled code runs, so they still
** hold what they held at trace entry, which is exactly the interpreter's
** state.
**
** The recorder takes a snapshot lazily, when the first guard of a bytecode
** is emitted, describing the state *before* that bytecode: an exit re-runs
** the whole instruction in the interpreter, so the guards of one
** instruction must all precede its effects (the recorder emits them so).
** The loop optimiser builds the loop body's snapshots itself (opt_loop.c).
**
** `slot` numbers are relative to the trace's base in every frame (see
** record.h on inlined calls), so the `*0` arrays are used here.
*/
#include "record.h"

SnapKind snap_kind_of(IRType t) {
  switch (t) {
  case IRT_I64: return SNAP_INT;
  case IRT_F64: return SNAP_FLOAT;
  case IRT_BOOL: return SNAP_BOOL;
  default: return SNAP_OBJ;
  }
}

void snap_add_slot(Recorder *r, uint32_t s) {
  IRTrace *ir = r->ir;
  uint8_t f = r->sflags0[s];
  if (f & SF_RELOAD) ir_snap_add(ir, s, SNAP_FRAME, REF_NONE, REF_NONE);
  if (!(f & SF_WRITTEN) || (f & SF_EMPTY)) return;
  if (f & SF_NONE) ir_snap_add(ir, s, SNAP_NONE, REF_NONE, REF_NONE);
  else if (r->snp0[s] == SNP_COMPLEX) ir_snap_add(ir, s, SNAP_COMPLEX, r->slot0[s], r->slot_im0[s]);
  else if (r->snp0[s] == SNP_CFUNC) ir_snap_add(ir, s, SNAP_CFUNC, r->slot0[s], REF_NONE);
  else if (r->snp0[s]) ir_snap_add_np(ir, s, r->snp0[s] - 1, r->slot0[s]);
  else ir_snap_add(ir, s, snap_kind_of(ir_typeof(ir, r->slot0[s])), r->slot0[s], REF_NONE);
}

/* Inside inlined calls the snapshot lists every frame's written slots
** (relative to the trace's base) and the frames themselves; the slots of a
** callee it does not list are unbound in the interpreter (exit.c clears
** them). */
void snap_take(Recorder *r, uint32_t pc) {
  ir_snap_begin(r->ir, pc);
  for (uint32_t s = 0; s < r->frames[r->depth].top; s++) snap_add_slot(r, s);
  for (uint32_t d = 1; d <= r->depth; d++) {
    const RecFrame *f = &r->frames[d];
    ir_snap_frame(r->ir, f->fn, f->base, (uint32_t)(f->callpc - r->frames[d - 1].co->code), f->ret);
  }
}

void snap_ensure(Recorder *r) {
  if (r->snap_taken) return;
  snap_take(r, (uint32_t)(r->pc - r->co->code));
  r->snap_taken = true;
}
