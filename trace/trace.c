/*
** trace.c — the trace state machine and its one catch point.
**
**   interpreter ──back-edge counter 0──▶ trace_hotloop
**        ▲                                 │ trace for this loop?  ──yes──▶ run it ─▶ exit.c ─▶ resume pc
**        │                                 │ blacklisted?          ──yes──▶ retry (the penalty ran out)
**        │                                 ▼
**        │                              start recording (vm.c switches to the recording dispatch table)
**        │                                 │
**        │      trace_record, before each instruction:
**        │         check the last prediction ─▶ record.c emits IR (opt_fold.c folds/CSEs it)
**        │         at the loop's own back-edge:
**        │            record.c step + exit guard ─▶ opt_loop.c (peel, LICM, PHIs)
**        │            ─▶ ir_check ─▶ jit/ (tcc now, gccjit in the background) ─▶ install
**        └──────── abort (any TRACE_ABORTS reason, raised with rec_abort): caught in
**                  trace_record, penalty doubled; after BLACKLIST_AFTER aborts the loop is
**                  blacklisted for a long, doubling, but finite number of iterations.
**
** Installed traces are found by (Code, loop id) in a small hash table; a
** loop with a trace keeps its back-edge counter at 0 so that every
** back-edge the interpreter takes enters the trace.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "record.h"
#include "util.h"

const char *const trace_abort_msg[TA__COUNT] = {
#define X(name, msg) msg,
    TRACE_ABORTS(X)
#undef X
};

enum {
  BLACKLIST_AFTER = 4,       /* aborts in a row before a loop is blacklisted */
  LEFT_LOOP_RETRIES = 16,    /* immediate retries after the loop ended while recording */
  INSTAB_RETRIES = 4,        /* immediate retries after a loop-carried type changed */
  BLACKLIST_BASE = 1 << 14,  /* iterations a first blacklisting lasts */
  PENALTY_MAX = 1 << 30,
};

/* ---- events ------------------------------------------------------------- */

void trace_where(Code *co, const Instr *pc, char *buf, size_t n) {
  snprintf(buf, n, "%s:%d", co->filename ? co->filename->data : "?", code_line(co, (uint32_t)(pc - co->code)));
}

void trace_event(TraceState *ts, const char *fmt, ...) {
  if (!ts->vm->jit.verbose) return;
  va_list ap;
  va_start(ap, fmt);
  fputs("[TRACE ", stderr);
  vfprintf(stderr, fmt, ap);
  fputs("]\n", stderr);
  va_end(ap);
}

/* ---- state -------------------------------------------------------------- */

static TraceState *state(VM *vm) {
  if (vm->trace) return vm->trace;
  TraceState *ts = util_xmalloc(sizeof *ts);
  memset(ts, 0, sizeof *ts);
  ts->vm = vm;
  ts->tier = tier_new(&ts->stats, &vm->interrupt);
  ts->ctx.vm = vm;
  ts->ctx.box_complex = exit_box_complex;
  ts->ctx.stitch = exit_stitch;
  ts->ctx.box_np = exit_box_np;
  vm->trace = ts;
  return ts;
}

bool trace_recording(VM *vm) { return vm->trace && vm->trace->rec; }

static uint32_t loop_hash(Code *co, uint32_t id) {
  uint64_t h = (uint64_t)(uintptr_t)co * 0x9E3779B97F4A7C15u ^ id * 0xC2B2AE3D27D4EB4Fu;
  return (uint32_t)(h >> 32);
}

static LoopInfo *loop_get(TraceState *ts, Code *co, uint32_t id) {
  if (2 * (ts->nloops + 1) > ts->caploops) {
    uint32_t oldcap = ts->caploops;
    LoopInfo *old = ts->loops;
    ts->caploops = oldcap ? oldcap * 2 : 64;
    ts->loops = util_xmalloc(ts->caploops * sizeof *ts->loops);
    memset(ts->loops, 0, ts->caploops * sizeof *ts->loops);
    for (uint32_t i = 0; i < oldcap; i++) {
      if (!old[i].code) continue;
      uint32_t j = loop_hash(old[i].code, old[i].loopid) & (ts->caploops - 1);
      while (ts->loops[j].code) j = (j + 1) & (ts->caploops - 1);
      ts->loops[j] = old[i];
    }
    free(old);
  }
  uint32_t j = loop_hash(co, id) & (ts->caploops - 1);
  while (ts->loops[j].code) {
    if (ts->loops[j].code == co && ts->loops[j].loopid == id) return &ts->loops[j];
    j = (j + 1) & (ts->caploops - 1);
  }
  ts->loops[j].code = co;
  ts->loops[j].loopid = id;
  ts->nloops++;
  return &ts->loops[j];
}

static void set_count(Code *co, uint32_t id, int64_t n) {
  if (id < co->nloops) co->hotcount[id] = (int32_t)(n < 1 ? 1 : n > PENALTY_MAX ? PENALTY_MAX : n);
}

/* ---- traces ------------------------------------------------------------- */

static void trace_destroy(TraceState *ts, Trace *t) {
  /* the tier thread frees the IR of a trace it is compiling */
  if (!jit_trace_drop(ts->tier, t->jt)) ir_free(&t->ir);
  tree_drop_pending(ts, t);
  tree_free(&t->tree);
  free(t->roots);
  free(t->exitcount);
  free(t);
}

void rec_free(TraceState *ts, Recorder *r) {
  if (r->trace && !r->side) trace_destroy(ts, r->trace);
  if (r->side_ir) {
    ir_free(r->side_ir);
    free(r->side_ir);
  }
  for (int i = 0; i < r->nscratch; i++) free(r->scratch[i]);
  rec_frames_free(r);
  free(r->prev);
  free(r->carried);
  free(r->presnap);
  free(r);
}

/* A recorder for code `co` (its frame `base` of `fn`, the loop closed by
** `backedge`): an empty register map. */
Recorder *rec_new(TraceState *ts, LoopInfo *li, Code *co, Function *fn, Value *base, const Instr *backedge) {
  Recorder *r = util_xmalloc(sizeof *r);
  memset(r, 0, sizeof *r);
  r->vm = ts->vm;
  r->ts = ts;
  r->loop = li;
  r->backedge = backedge;
  r->header = backedge ? co->code + bc_b(*backedge) : NULL;
  r->expect = r->header;
  r->pc = r->header;
  r->check_slot = -1;
  rec_frames_init(r, fn, co, base);
  r->vt.slot = -1;
  r->vr.slot = -1;
  r->st.kind = -1;
  fold_reset(r);
  r->t0 = jit_now_ns();
  return r;
}

static void rec_start(TraceState *ts, LoopInfo *li, Function *fn, Value *base, const Instr *pc) {
  Code *co = fn->code;
  Recorder *r = rec_new(ts, li, co, fn, base, pc);
  Trace *t = util_xmalloc(sizeof *t);
  memset(t, 0, sizeof *t);
  ir_init(&t->ir, ts->ntraces + 1);
  t->code = co;
  t->globals = fn->globals;
  t->loopid = li->loopid;
  t->header = (uint32_t)(r->header - co->code);
  trace_where(co, pc, t->where, sizeof t->where);
  t->ir.where = t->where;
  r->trace = t;
  r->ir = &t->ir;
  if (tier_mode(ts->tier) == TIERMODE_BOTH) r->swapcell = (void *const *)&t->jt;
  ts->rec = r;
  ts->nstarted++;
  trace_event(ts, "%3u start %s", t->ir.id, t->where);
}

/* The one catch point's cleanup: a recording that failed. */
static void rec_failed(TraceState *ts, Recorder *r) {
  VM *vm = ts->vm;
  LoopInfo *li = r->loop;
  char where[96], at[96];
  if (r->side) { /* the root trace stays as it is */
    if (r->errpc) trace_where(r->co, r->errpc, at, sizeof at); /* maybe in an inlined callee */
    else trace_where(r->trace->code, r->backedge, at, sizeof at);
    trace_event(ts, "%3u side abort -- %s%s%s at %s", r->trace->ir.id, trace_abort_msg[r->err],
                r->errdetail[0] ? " " : "", r->errdetail, at);
    atomic_fetch_add(&ts->stats.naborts, 1);
    tree_side_failed(r);
    ts->rec = NULL;
    rec_free(ts, r);
    return;
  }
  trace_where(li->code, r->backedge, where, sizeof where);
  if (r->errpc) trace_where(r->co, r->errpc, at, sizeof at); /* maybe in an inlined callee */
  else trace_where(li->code, r->backedge, at, sizeof at);
  trace_event(ts, "--- abort %s -- %s%s%s at %s", where, trace_abort_msg[r->err], r->errdetail[0] ? " " : "",
              r->errdetail, at);
  atomic_fetch_add(&ts->stats.naborts, 1);
  /* The loop ended (or left through a break or a return) in the iteration
  ** recorded: no fault of the loop's. Record again from the next back-edge,
  ** the start of its next run, instead of after a penalty: a penalty that is
  ** a multiple of the trip count (56 = 2 * 28) would land on the last
  ** iteration again. */
  /* Likewise a loop-carried register that changed type during the recorded
  ** iteration: most often the recording began at the first iteration,
  ** which converts what the code before the loop set (`bd = 1e300` becoming
  ** a NumPy float64 in `bd = d`); the next iteration is the typical one. */
  bool instab = r->err == TA_TYPE_INSTAB && li->instab < INSTAB_RETRIES;
  if (instab || ((r->err == TA_LEFT_LOOP || r->err == TA_LEFT_FRAME) && li->ends < LEFT_LOOP_RETRIES)) {
    if (instab) li->instab++;
    else li->ends++;
    set_count(li->code, li->loopid, 1);
    ts->rec = NULL;
    rec_free(ts, r);
    return;
  }
  li->fails++;
  int64_t penalty = vm->jitp.hotloop * ((int64_t)1 << (li->fails < 20 ? li->fails : 20));
  if (li->fails >= BLACKLIST_AFTER) {
    li->blacklisted = true;
    li->blacklists++;
    penalty = (int64_t)BLACKLIST_BASE << (li->blacklists < 16 ? li->blacklists - 1 : 15);
    if (penalty > PENALTY_MAX) penalty = PENALTY_MAX;
    atomic_fetch_add(&ts->stats.nblacklist, 1);
    trace_event(ts, "--- blacklist %s (retry after %lld iterations)", where, (long long)penalty);
  }
  set_count(li->code, li->loopid, penalty);
  ts->rec = NULL;
  rec_free(ts, r);
}

void trace_dump_ir_c(const IRTrace *ir, const char *kind) {
  FILE *f = stderr;
  fprintf(f, "---- %s %u IR\n", kind, ir->id);
  ir_dump(f, ir);
  StrBuf sb = STRBUF_INIT;
  char err[256] = "";
  char fname[32];
  snprintf(fname, sizeof fname, "trace_%u", ir->id);
  if (cg_emit_c(ir, fname, &sb, err, sizeof err)) {
    fprintf(f, "---- %s %u C\n", kind, ir->id);
    fwrite(sb.data, 1, sb.len, f);
  }
  sb_free(&sb);
}

static void dump_trace(TraceState *ts, Trace *t) {
  fprintf(stderr, "---- TRACE %u %s: bytecode\n", t->ir.id, t->where);
  disasm_code(ts->vm, t->code, stderr);
  trace_dump_ir_c(&t->ir, "TRACE");
}

/* At the loop's back-edge: close the loop, optimise, compile, install. */
static void rec_finish(TraceState *ts, Recorder *r, const Instr *pc) {
  VM *vm = ts->vm;
  /* a stitch costs some 15 ns (write-back, interpreter entry, guards on
  ** the results), a compiled bytecode saves 2-4 ns over the interpreter */
  if (r->nstitch && r->nrecorded < (uint64_t)vm->jitp.stitchmin * r->nstitch) rec_abort(r, TA_STITCHED, NULL);
  if (r->side) {
    tree_side_finish(ts, r, pc);
    return;
  }
  rec_close(r, pc);
  uint64_t t1 = jit_now_ns();
  atomic_fetch_add(&ts->stats.record_ns, t1 - r->t0);
  tree_save_root(r);
  opt_loop(r);
  r->trace->tree.presnap = r->presnap;
  r->presnap = NULL;
  uint64_t t2 = jit_now_ns();
  atomic_fetch_add(&ts->stats.optimise_ns, t2 - t1);
  Trace *t = r->trace;
  char err[200] = "";
  if (!ir_check(&t->ir, err, sizeof err)) {
    if (vm->jit.dump) ir_dump(stderr, &t->ir);
    rec_abort(r, TA_BAD_IR, err);
  }
  if (ts->ntraces >= (uint64_t)vm->jitp.maxtrace) rec_abort(r, TA_TOO_MANY, NULL);
  t->jt = jit_trace_compile(ts->tier, &t->ir, err, sizeof err);
  if (!t->jt) rec_abort(r, TA_COMPILE, err);
  t->exitcount = util_xmalloc((t->ir.nsnap ? t->ir.nsnap : 1) * sizeof *t->exitcount);
  memset(t->exitcount, 0, (t->ir.nsnap ? t->ir.nsnap : 1) * sizeof *t->exitcount);
  if (ts->ntraces == ts->captraces) {
    ts->captraces = ts->captraces ? ts->captraces * 2 : 16;
    ts->traces = util_xrealloc(ts->traces, ts->captraces * sizeof *ts->traces);
  }
  ts->traces[ts->ntraces++] = t;
  r->trace = NULL;
  LoopInfo *li = r->loop;
  li->trace = t;
  li->fails = 0;
  li->ends = 0;
  li->instab = 0;
  li->blacklisted = false;
  trace_event(ts, "%3u stop %s loop, %u bytecodes, %u IR, %u snapshots, %.3f ms", t->ir.id, t->where,
              r->nrecorded, t->ir.nins, t->ir.nsnap, (double)(jit_now_ns() - r->t0) * 1e-6);
  if (vm->jit.dump) dump_trace(ts, t);
  r->co->hotcount[li->loopid] = 0; /* the next back-edge enters the trace */
  ts->rec = NULL;
  rec_free(ts, r);
}

/* -j v: what the recorder could not compile and left to the interpreter
** (the reason the abandoned recording gave). */
static void stitch_event(TraceState *ts, Recorder *r) {
  char at[96];
  trace_where(r->co, r->pc, at, sizeof at);
  trace_event(ts, "%3u stitch %s -- %s%s%s at %s", r->trace->ir.id, bc_names[bc_op(*r->pc)], trace_abort_msg[r->err],
              r->errdetail[0] ? " " : "", r->errdetail, at);
}

bool trace_record(VM *vm, Function *fn, Value *base, const Instr *pc) {
  TraceState *ts = vm->trace;
  Recorder *r = ts ? ts->rec : NULL;
  if (!r) return false;
  if (setjmp(r->jb)) {
    if (rec_stitch(r)) { /* the interpreter runs the instruction */
      stitch_event(ts, r);
      return true;
    }
    rec_failed(ts, r);
    return false;
  }
  if (r->in_stitch) {
    /* the stitched instruction runs: its callees (frames above) are not
    ** recorded; back in the frame, what it wrote is read back */
    if (base > r->base) return true;
    r->in_stitch = false;
    if (base != r->base || fn->code != r->co) rec_abort(r, TA_LEFT_FRAME, NULL);
    if (pc != r->expect) rec_abort(r, TA_UNEXPECTED, "after a stitched instruction");
    rec_stitch_done(r, pc);
  }
  r->pc = pc;
  if (base != r->base || fn->code != r->co) rec_abort(r, TA_LEFT_FRAME, NULL);
  if (pc != r->expect) rec_abort(r, TA_UNEXPECTED, bc_names[bc_op(*pc)]);
  if (r->check_slot >= 0 && (base[r->check_slot].tag != r->check_tag ||
                             (r->check_type && r->check_tag == V_OBJ && base[r->check_slot].as.o->type != r->check_type))) {
    r->pc = pc - 1;
    rec_abort(r, TA_UNEXPECTED, "result type");
  }
  if (r->skip_hi) {
    if (pc >= r->skip_lo && pc < r->skip_hi) { /* single-word moves (record.c: if_convert) */
      r->expect = pc + 1;
      return true;
    }
    r->skip_hi = NULL;
  }
  if (r->ir->nins > (uint32_t)vm->jitp.maxrecord) rec_abort(r, TA_TOO_LONG, NULL);
  if (r->outer && r->depth == 0 && pc == r->header && bc_op(*r->backedge) == OP_LOOP) {
    tree_side_finish(ts, r, NULL); /* a while loop's outer side at the loop's entry */
    return false;
  }
  if (r->reentered && r->depth == 0 && pc == r->header) {
    r->reentered = false;
    if (rec_entry_accepts(r)) {
      tree_side_finish(ts, r, NULL); /* an outer side at the loop's next run */
      return false;
    }
  }
  if (pc == r->backedge && r->depth == 0) {
    if (rec_loop_end(r, pc) || rec_loop_reenter(r, pc)) return true; /* an outer side goes on */
    rec_finish(ts, r, pc);
    return false;
  }
  rec_ins(r, pc);
  return true;
}

/* ---- entering traces ------------------------------------------------------ */

const Instr *trace_hotloop(VM *vm, Function *fn, Value *base, const Instr *pc) {
  Code *co = fn->code;
  uint32_t id = bc_loop_id(pc);
  /* a loop inside a stitched instruction (a call) runs interpreted: the
  ** trace that stitched, or the recording, continues after it */
  if (!vm->jit.on || id >= co->nloops || vm_jit_stitching(vm) || (vm->trace && vm->trace->rec && vm->trace->rec->in_stitch)) {
    set_count(co, id, vm->jitp.hotloop);
    return NULL;
  }
  TraceState *ts = state(vm);
  Recorder *rec = ts->rec;
  if (rec && rec->pc == pc && rec->base == base && rec->co == co) {
    /* the back-edge of an inner loop the recording is unrolling */
    if (!loop_get(ts, co, id)->trace) set_count(co, id, vm->jitp.hotloop);
    return NULL;
  }
  if (ts->rec) {
    /* a recording that lost its frame (an exception unwound it, or C code
    ** re-entered the interpreter): it can never finish */
    Recorder *r = ts->rec;
    r->err = TA_INTERRUPTED;
    r->errpc = NULL;
    r->errdetail[0] = 0;
    rec_failed(ts, r);
  }
  LoopInfo *li = loop_get(ts, co, id);
  Trace *t = li->trace;
  if (t) {
    co->hotcount[id] = 0;
    if (t->globals != fn->globals) {
      set_count(co, id, vm->jitp.hotloop);
      return NULL;
    }
    if (t->inl_depth && !exit_frames_fit(ts, t, base)) return NULL; /* the interpreter runs it */
    t->nenter++;
    if (t->pend_jt) tree_install_pending(ts, t);
    int e = jit_trace_run_for(t->jt, t->pend_jt ? t->pend_jt : t->jt, base, &ts->ctx);
    jit_exit_box(&t->ir, e, base, &ts->ctx);
    const Instr *rpc = exit_resume(ts, li, t, e);
    if (e >= 0 && t->ir.snaps[e].nframe) rpc = exit_frames(ts, t, (uint32_t)e, base);
    /* the back-edge that entered the trace skipped its safe point (vm.c
    ** HOTCOUNT), and a loop that allocates leaves when the collector is
    ** due (opt_loop.c): collect now, the exit having written every live
    ** value into the frame */
    if (e >= 0 && !ts->stitch_raised) gc_safepoint(vm);
    if (ts->stitch_raised) { /* a stitched instruction raised: unwind from it */
      ts->stitch_raised = false;
      ts->side_trace = NULL;
      vm_jit_raise_pending(vm);
    }
    /* after exit_frames a side starts inside the innermost callee */
    if (ts->side_trace) tree_side_start(ts, fn, base, rpc);
    return rpc;
  }
  if (li->blacklisted) {
    char where[96];
    trace_where(co, pc, where, sizeof where);
    trace_event(ts, "--- retry %s", where);
    li->blacklisted = false;
    li->fails = 0;
  }
  set_count(co, id, vm->jitp.hotloop);
  rec_start(ts, li, fn, base, pc);
  return NULL;
}

/* ---- GC and teardown ---------------------------------------------------- */

void trace_mark(VM *vm) {
  TraceState *ts = vm->trace;
  if (!ts) return;
  for (uint32_t i = 0; i < ts->ntraces; i++) {
    Trace *t = ts->traces[i];
    gc_mark_obj(vm, &t->code->hdr);
    gc_mark_obj(vm, (Obj *)t->globals);
    for (uint32_t j = 0; j < t->nroots; j++) gc_mark_obj(vm, t->roots[j]);
  }
  if (ts->rec && ts->rec->trace) {
    Trace *t = ts->rec->trace;
    for (uint32_t j = 0; j < t->nroots; j++) gc_mark_obj(vm, t->roots[j]);
  }
}

void trace_free(VM *vm) {
  TraceState *ts = vm->trace;
  if (!ts) return;
  if (ts->rec) rec_free(ts, ts->rec);
  if (vm->jit.stats) {
    atomic_store(&ts->stats.nstitches, ts->nstitches);
    jit_stats_print(&ts->stats, stderr);
    uint64_t enters = 0;
    for (uint32_t i = 0; i < ts->ntraces; i++) enters += ts->traces[i]->nenter;
    fprintf(stderr, "jit: %llu recordings started, %llu trace entries, %llu hot exits\n",
            (unsigned long long)ts->nstarted, (unsigned long long)enters,
            (unsigned long long)ts->nsideexits_hot);
  }
  for (uint32_t i = 0; i < ts->ntraces; i++) trace_destroy(ts, ts->traces[i]);
  tier_free(ts->tier);
  free(ts->traces);
  free(ts->loops);
  free(ts);
  vm->trace = NULL;
}
