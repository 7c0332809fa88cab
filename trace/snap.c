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
  uint8_t f = r->sflags[s];
  if (!(f & SF_WRITTEN) || (f & SF_EMPTY)) return;
  if (f & SF_NONE) ir_snap_add(ir, s, SNAP_NONE, REF_NONE, REF_NONE);
  else if (r->snp[s] == SNP_COMPLEX) ir_snap_add(ir, s, SNAP_COMPLEX, r->slot[s], r->slot_im[s]);
  else if (r->snp[s]) ir_snap_add_np(ir, s, r->snp[s] - 1, r->slot[s]);
  else ir_snap_add(ir, s, snap_kind_of(ir_typeof(ir, r->slot[s])), r->slot[s], REF_NONE);
}

void snap_take(Recorder *r, uint32_t pc) {
  ir_snap_begin(r->ir, pc);
  for (uint32_t s = 0; s < r->nslots; s++) snap_add_slot(r, s);
}

void snap_ensure(Recorder *r) {
  if (r->snap_taken) return;
  snap_take(r, (uint32_t)(r->pc - r->co->code));
  r->snap_taken = true;
}
