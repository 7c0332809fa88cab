/*
** exit.c — leaving compiled code.
**
** A trace returns the number of the snapshot whose guard failed, after the
** compiled code itself stored that snapshot's registers into the frame as
** boxed Values (jit/backend.h's ABI). What is left here is small: count
** the exit, note a hot one, and give the VM the pc to resume at. The
** interpreter then re-runs the instruction whose guard failed, from the
** exact state before it, so every exit is exact by construction
** (snap.c explains why the state before the instruction is the right one).
**
** Side traces: an exit of the loop body taken `hotexit` times (and every
** `hotexit` times after, up to `tryside` failed attempts) asks trace.c to
** record a side trace from it, which tree.c merges into the loop's trace
** (a trace tree). An exit of the pre-roll instead means the trace's entry
** assumptions broke: the trace is flushed and the loop recorded again
** (unless the exit is a branch on a number, which takes a side too).
*/
#include <string.h>

#include "array.h"
#include "func.h"
#include "num.h"
#include "record.h"

enum { MAX_RERECORD = 2 };

/* Do snapshot e's guards only test a number (a branch of the loop body:
** `if d > 0:`)? Then the trace's entry assumptions hold and recording the
** loop again would take the same path: a side is the remedy. */
static bool branch_exit(const Trace *t, uint32_t e) {
  const IRTrace *ir = &t->ir;
  bool any = false;
  for (uint32_t i = 0; i < ir->nins; i++) {
    const IRIns *g = &ir->ins[i];
    if (!(ir_op_info[g->op].flags & IRF_GUARD) || g->snap != e) continue;
    if (g->op == IR_SLOAD && ir_sload_npdt(g->lit) == IR_NP_F64ANY) continue; /* any float passes */
    if (g->op != IR_GUARDT && g->op != IR_GUARDF) return false;
    const IRIns *c = ir_at(ir, g->a);
    if (c->op == IR_CALL && ir_hypot_cmp_op(ir->calls[c->lit]) >= 0) { /* abs(z) > 2.0 */
      any = true;
      continue;
    }
    if (c->op < IR_LT || c->op > IR_NE) return false;
    IRType ty = ir_typeof(ir, c->a);
    if (ty != IRT_F64 && ty != IRT_I64) return false;
    any = true;
  }
  return any;
}

const Instr *exit_resume(TraceState *ts, LoopInfo *li, Trace *t, int exitno) {
  atomic_fetch_add(&ts->stats.nexits, 1);
  if (exitno == TRACE_EXIT_INTERP) return t->code->code + ts->ctx.resume_pc;
  uint32_t e = (uint32_t)exitno;
  if (e >= t->ir.nsnap) abort(); /* a backend bug: no such snapshot */
  const Snapshot *s = &t->ir.snaps[e];
  uint32_t n = ++t->exitcount[e], hot = (uint32_t)ts->vm->jitp.hotexit;
  bool preroll = t->ir.loop == REF_NONE || s->ref < t->ir.loop;
  bool due = n >= hot && n % (hot ? hot : 1) == 0;
  /* A pre-roll exit asks for a side only once re-recording is used up:
  ** until then a fresh recording with the current types and path is better
  ** (a side entered from the pre-roll runs compiled but, where its values
  ** are another type, leaves at the loop header on every entry). A branch
  ** is the exception: recording again would take the same path. */
  bool sideable = !preroll || li->rerecords >= MAX_RERECORD || (due && branch_exit(t, e));
  uint32_t j = t->tree.presnap && sideable ? t->tree.presnap[e] : UINT32_MAX;
  if (due && j != UINT32_MAX && li->trace == t &&
      tree_side_wanted(t, j, (int)ts->vm->jitp.maxside, ts->vm->jitp.tryside)) {
    ts->side_trace = t; /* trace.c starts the recording at the resume pc */
    ts->side_loop = li;
    ts->side_snap = j;
  }
  if (n == hot) {
    char at[96];
    const Code *co = s->nframe ? ((const Function *)t->ir.snapframes[s->firstframe + s->nframe - 1].fn)->code : t->code;
    trace_where((Code *)co, co->code + s->pc, at, sizeof at);
    ts->nsideexits_hot++;
    trace_event(ts, "%3u exit %u hot at %s (%s)", t->ir.id, e, at, preroll ? "pre-roll" : "loop body");
    /* A trace whose pre-roll keeps failing (a register changed type for
    ** good) is useless: detach it so the loop is recorded again with what
    ** it sees now (a few times at most: a branch that flips would thrash). */
    if (preroll && !sideable && li->trace == t && li->rerecords < MAX_RERECORD) {
      li->rerecords++;
      li->trace = NULL;
      jit_trace_cancel(ts->tier, t->jt);
      jit_trace_cancel(ts->tier, t->pend_jt);
      int64_t h = ts->vm->jitp.hotloop;
      t->code->hotcount[li->loopid] = (int32_t)(h < 1 ? 1 : h);
      trace_event(ts, "%3u flushed from %s (re-record)", t->ir.id, t->where);
    }
  }
  return t->code->code + s->pc;
}

/* ---- inlined calls ---------------------------------------------------------
** An exit inside calls the recorder inlined resumes the interpreter inside
** the innermost callee, as if it had made the calls itself: each frame's
** registers are where vm.c's CALL would have put them (the callee's
** window starts after the caller's function register, so the compiled
** code's write-back of the snapshot already stored every register the
** trace wrote), registers the snapshot does not list are unbound (CALL
** clears them), and the frames are pushed with their callers' pcs at the
** CALLs, for the return and for tracebacks. */

/* The end of the slots the snapshot's frames use. */
static uint32_t frames_top(const IRTrace *ir, const Snapshot *s) {
  const SnapFrame *fr = &ir->snapframes[s->firstframe];
  uint32_t top = 0;
  for (uint32_t i = 0; i < s->nframe; i++) {
    uint32_t end = fr[i].base + ((const Function *)fr[i].fn)->code->nregs;
    if (end > top) top = end;
  }
  return top;
}

bool exit_frames_fit(TraceState *ts, const Trace *t, Value *base) {
  return vm_jit_frames_fit(ts->vm, base + t->inl_top, (int)t->inl_depth);
}

const Instr *exit_frames(TraceState *ts, Trace *t, uint32_t exitno, Value *base) {
  const IRTrace *ir = &t->ir;
  const Snapshot *s = &ir->snaps[exitno];
  const SnapFrame *fr = &ir->snapframes[s->firstframe];
  const SnapEntry *e = ir_snap_entries(ir, exitno);
  uint32_t lo = fr[0].base, top = frames_top(ir, s);
  uint64_t listed[64]; /* the callees' slots the write-back stored (exits can be frequent) */
  if (top - lo <= 64 * 64) {
    memset(listed, 0, sizeof listed);
    for (uint32_t i = 0; i < s->nent; i++)
      if (e[i].slot >= lo && e[i].slot < top) listed[(e[i].slot - lo) / 64] |= (uint64_t)1 << ((e[i].slot - lo) % 64);
    for (uint32_t slot = lo; slot < top; slot++)
      if (!((listed[(slot - lo) / 64] >> ((slot - lo) % 64)) & 1)) base[slot] = v_empty();
  } else {
    for (uint32_t slot = lo; slot < top; slot++) {
      bool found = false;
      for (uint32_t i = 0; i < s->nent && !found; i++) found = e[i].slot == slot;
      if (!found) base[slot] = v_empty();
    }
  }
  Code *caller = t->code;
  for (uint32_t i = 0; i < s->nframe; i++) {
    Function *fn = (Function *)fr[i].fn;
    const Instr *pc = i + 1 < s->nframe ? fn->code->code + fr[i + 1].callpc : fn->code->code + s->pc;
    vm_jit_push_frame(ts->vm, fn, base + fr[i].base, (int32_t)fr[i].ret, caller->code + fr[i].callpc, pc);
    caller = fn->code;
  }
  return caller->code + s->pc;
}

void *exit_box_complex(void *vm, double re, double im) {
  return complex_new((VM *)vm, re, im).as.o;
}

/* The payload back in the dtype's own representation (the trace only
** widened it: ints to int64, float32 to double, exactly). */
void *exit_box_np(void *vm, int32_t dt, int64_t i, double f) {
  union {
    unsigned char b[16];
#define X(NAME, ctype, kind, chr, size, name, sname) ctype NAME;
    NP_DTYPES(X)
#undef X
  } u;
  memset(&u, 0, sizeof u);
  switch ((DType)dt) {
  case DT_BOOL: u.BOOL = i != 0; break;
  case DT_FLOAT32: u.FLOAT32 = (float)f; break;
  case DT_FLOAT64: u.FLOAT64 = f; break;
  case DT_INT8: u.INT8 = (int8_t)i; break;
  case DT_UINT8: u.UINT8 = (uint8_t)i; break;
  case DT_INT16: u.INT16 = (int16_t)i; break;
  case DT_UINT16: u.UINT16 = (uint16_t)i; break;
  case DT_INT32: u.INT32 = (int32_t)i; break;
  case DT_UINT32: u.UINT32 = (uint32_t)i; break;
  case DT_INT64: u.INT64 = i; break;
  case DT_UINT64: u.UINT64 = (uint64_t)i; break;
  default: abort(); /* the recorder keeps no other dtype unboxed */
  }
  return arr_scalar_from((VM *)vm, (DType)dt, u.b).as.o;
}

/* ICALL: the compiled code wrote its snapshot back (tags and boxes
** included); the interpreter runs the stitched instructions. Non-zero
** makes the trace return TRACE_EXIT_INTERP, to resume at ctx->resume_pc;
** an exception is raised there by trace_hotloop once the trace returned. */
int exit_stitch(TraceCtx *ctx, Value *base, int32_t from_pc, int32_t to_pc) {
  (void)base;
  TraceState *ts = (TraceState *)((char *)ctx - offsetof(TraceState, ctx));
  uint32_t at;
  ts->nstitches++; /* the VM's thread only: no atomic add per stitch */
  int rc = vm_jit_stitch(ts->vm, (uint32_t)from_pc, (uint32_t)to_pc, &at);
  if (rc == VM_STITCH_DONE) return 0;
  ctx->resume_pc = (int32_t)at;
  ts->stitch_raised = rc == VM_STITCH_RAISED;
  return 1;
}
