/*
** tree.c — side traces, merged into their loop's trace as a trace tree.
**
**   exit N of a loop trace taken hotexit times (exit.c)
**     └─▶ tree_side_start: a recorder starts at the exit's pc, with the
**         register map of N's pre-peel snapshot (values of the recorded
**         iteration), appending to a copy of the root's recorded IR
**           └─▶ ... the interpreter's path, recorded as usual ...
**               └─▶ at the loop's back-edge: tree_side_finish
**                     step + exit guard, a snapshot at the loop header, EXIT;
**                     opt_loop.c peels root and sides again as ONE loop in
**                     which the guards of N jump to the side's code, which
**                     ends by assigning the loop's PHI variables (SPHI) and
**                     continuing with the next iteration (CONT); recompiled
**                     through tier.c (tcc now, gccjit later) and swapped in.
**
** Why rebuild from the recorded iteration and not patch the compiled loop:
** a side path writes registers the root only reads (`if d < bd: bd = d`),
** so what the root's optimisation assumed invariant (hoisted SLOADs and
** everything computed from them) is not; peeling root and sides together
** decides invariance over the whole tree. Both backends write C-like code
** with gotos, so the tree is one function with the side code as blocks
** beside the loop, which LuaJIT's linear traces cannot express.
**
** A side is recorded with the pre-peel values of its snapshot: the
** registers the root wrote before the branch are those instructions, the
** others are SLOADs ("the value at the start of the iteration"), exactly as
** in the root. opt_loop.c substitutes both for the body's values. Exits
** stay exact: the side's guards carry snapshots made the same way, and a
** side whose end values the loop cannot carry (another type, a None, a
** register the root folded to a constant) ends in an EXIT at the loop
** header instead of continuing.
**
** Inlined calls: an exit inside a callee resumed the interpreter there
** (exit.c's exit_frames), so its side starts there too, with the
** snapshot's frames (record.c's rec_frames_enter) and returns through them.
*/
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"

/* ---- copies ------------------------------------------------------------- */

static void *dup_mem(const void *p, size_t n) {
  void *q = util_xmalloc(n ? n : 1);
  if (n) memcpy(q, p, n);
  return q;
}

static void ir_copy(IRTrace *dst, const IRTrace *src) {
  *dst = *src;
  dst->ins = dup_mem(src->ins, src->capins * sizeof *src->ins);
  dst->k = dup_mem(src->k, src->capk * sizeof *src->k);
  dst->snaps = dup_mem(src->snaps, src->capsnap * sizeof *src->snaps);
  dst->snapmap = dup_mem(src->snapmap, src->capsnapmap * sizeof *src->snapmap);
  dst->snapframes = dup_mem(src->snapframes, src->capsnapframes * sizeof *src->snapframes);
  dst->calls = dup_mem(src->calls, src->capcalls * sizeof *src->calls);
}

static void map_copy(SlotMap *dst, const Recorder *r) {
  uint32_t n = r->nslots ? r->nslots : 1;
  dst->slot = dup_mem(r->slot, n * sizeof *r->slot);
  dst->slot_im = dup_mem(r->slot_im, n * sizeof *r->slot_im);
  dst->sflags = dup_mem(r->sflags, n);
  dst->snp = dup_mem(r->snp, n);
}

static void map_free(SlotMap *m) {
  free(m->slot);
  free(m->slot_im);
  free(m->sflags);
  free(m->snp);
  memset(m, 0, sizeof *m);
}

static void map_into(Recorder *r, const SlotMap *m) {
  uint32_t n = r->nslots ? r->nslots : 1;
  memcpy(r->slot, m->slot, n * sizeof *r->slot);
  memcpy(r->slot_im, m->slot_im, n * sizeof *r->slot_im);
  memcpy(r->sflags, m->sflags, n);
  memcpy(r->snp, m->snp, n);
}

void tree_free(TraceTree *tree) {
  ir_free(&tree->pre);
  map_free(&tree->root);
  for (uint32_t i = 0; i < tree->nsides; i++) map_free(&tree->sides[i].map);
  free(tree->sides);
  free(tree->presnap);
  free(tree->magnitude);
  memset(tree, 0, sizeof *tree);
}

void tree_save_root(Recorder *r) {
  TraceTree *tree = &r->trace->tree;
  ir_copy(&tree->pre, r->ir);
  map_copy(&tree->root, r);
  tree->nslots = r->nslots;
  const Instr *be = r->backedge;
  tree->backedge = (uint32_t)(be - r->co->code);
  bool range = bc_op(*be) == OP_FORLOOP && r->base[bc_a(*be)].tag == V_INT && r->base[bc_a(*be) + 2].tag == V_INT;
  int64_t step = range ? r->base[bc_a(*be) + 2].as.i : 0;
  tree->step = step == 1 || step == -1 ? (int8_t)step : 0;
  /* the values' sizes, for opt_loop's overflow proofs (also when it
  ** rebuilds the tree later, without the frame) */
  free(tree->magnitude);
  tree->magnitude = util_xmalloc(r->nslots ? r->nslots : 1);
  for (uint32_t s = 0; s < r->nslots; s++)
    tree->magnitude[s] = r->base[s].tag == V_INT ? rec_magnitude(r->base[s].as.i) : 0;
  tree->jmagnitude = 0;
  if (tree->step && r->base[bc_a(*be) + 1].tag == V_INT && r->base[bc_c(*be)].tag == V_INT) {
    int64_t j = r->base[bc_c(*be)].as.i, c = r->base[bc_a(*be) + 1].as.i;
    /* the range ahead, [j, j + c] (or [j - c, j]); a class with the sign of j */
    uint8_t m0 = rec_magnitude(j), m1 = m0 && c >= 0 && c < ((int64_t)1 << 40) ? rec_magnitude(j + tree->step * (c + 2)) : 0;
    uint8_t c0 = m0 & 0x7f, c1 = m1 & 0x7f;
    tree->jmagnitude = m0 && m1 ? (uint8_t)((c0 > c1 ? c0 : c1) | (m0 & 0x80)) : 0;
  }
}

/* ---- wanting a side ----------------------------------------------------- */

static int fail_index(const TraceTree *tree, uint32_t snap) {
  for (uint32_t i = 0; i < tree->nfail; i++)
    if (tree->failsnap[i] == snap) return (int)i;
  return -1;
}

static bool side_given_up(const TraceTree *tree, uint32_t snap, int64_t tries);

enum { MAX_SAME_PC = 3 }; /* sides starting at one instruction */

/* Do snapshots a and b resume at the same instruction of the same code? */
static bool same_resume(const IRTrace *pre, uint32_t a, uint32_t b) {
  const Snapshot *sa = &pre->snaps[a], *sb = &pre->snaps[b];
  if (sa->pc != sb->pc || sa->nframe != sb->nframe) return false;
  return !sa->nframe || ir_snap_frames(pre, a)[sa->nframe - 1].fn == ir_snap_frames(pre, b)[sb->nframe - 1].fn;
}

bool tree_side_wanted(const Trace *t, uint32_t presnap, int maxside, int64_t tryside) {
  const TraceTree *tree = &t->tree;
  if (tree->pre.nins == 0 || presnap >= tree->pre.nsnap || tree->nsides >= (uint32_t)maxside) return false;
  if (tree->pre.snaps[presnap].nframe > REC_MAXDEPTH) return false; /* cannot be recorded */
  if (side_given_up(tree, presnap, tryside)) return false;
  /* a stitched instruction's result of another type: the side would start
  ** from a register only the frame has */
  const SnapEntry *e = ir_snap_entries(&tree->pre, presnap);
  for (uint32_t i = 0; i < tree->pre.snaps[presnap].nent; i++)
    if (e[i].kind == SNAP_FRAME) return false;
  uint32_t same = 0;
  for (uint32_t i = 0; i < tree->nsides; i++) { /* taken, or a side's own end (a whole iteration again) */
    if (tree->sides[i].snap == presnap || tree->sides[i].snap1 - 1 == presnap) return false;
    same += same_resume(&tree->pre, tree->sides[i].snap, presnap);
  }
  /* Sides growing from the same instruction again and again: guards that
  ** are not each other's negation (float compares with a NaN fail both
  ** ways) made each side's copy of the instruction exit hot in turn, a
  ** chain of whole-iteration sides up to maxside, each a rebuild and a
  ** compile. A few sides per instruction cover its real outcomes. */
  return same < MAX_SAME_PC;
}

void tree_side_failed(Recorder *r) {
  TraceTree *tree = &r->trace->tree;
  int i = fail_index(tree, r->side_snap);
  if (i < 0 && tree->nfail < sizeof tree->failsnap / sizeof tree->failsnap[0]) {
    i = (int)tree->nfail++;
    tree->failsnap[i] = r->side_snap;
    tree->failcount[i] = 0;
  }
  if (i >= 0 && tree->failcount[i] < 255) tree->failcount[i]++;
}

static bool side_given_up(const TraceTree *tree, uint32_t snap, int64_t tries) {
  int i = fail_index(tree, snap);
  if (i < 0) return tree->nfail >= sizeof tree->failsnap / sizeof tree->failsnap[0];
  return tree->failcount[i] >= tries;
}

/* ---- recording a side ----------------------------------------------------- */

void tree_side_start(TraceState *ts, Function *fn, Value *base, const Instr *pc) {
  Trace *t = ts->side_trace;
  LoopInfo *li = ts->side_loop;
  uint32_t j = ts->side_snap;
  ts->side_trace = NULL;
  ts->side_loop = NULL;
  if (ts->rec || !t || li->trace != t || fn->code != t->code || fn->globals != t->globals) return;
  if (side_given_up(&t->tree, j, ts->vm->jitp.tryside)) return;
  const IRTrace *pre = &t->tree.pre;
  if (j >= pre->nsnap) return;
  /* inside inlined calls the exit resumed in the innermost callee (exit.c's
  ** exit_frames pushed the frames): the side starts there */
  const Snapshot *s = &pre->snaps[j];
  const SnapFrame *fr = s->nframe ? ir_snap_frames(pre, j) : NULL;
  const Code *rco = fr ? ((const Function *)fr[s->nframe - 1].fn)->code : t->code;
  if (pc != rco->code + s->pc) return;
  /* the loop's back-edge: the FORLOOP/LOOP whose loop id is the trace's */
  const Instr *backedge = NULL;
  for (const Instr *p = t->code->code + t->header; p < t->code->code + t->code->ncode; p++) {
    OpCode op = bc_op(*p);
    if ((bc_is_forloop(op) && bc_b(p[1]) == t->loopid) || (op == OP_LOOP && bc_c(*p) == t->loopid)) {
      backedge = p;
      break;
    }
  }
  if (!backedge) return;
  Recorder *r = rec_new(ts, li, fn->code, fn, base, backedge);
  r->side = true;
  r->trace = t;
  r->side_ir = util_xmalloc(sizeof *r->side_ir);
  ir_copy(r->side_ir, pre);
  r->ir = r->side_ir;
  r->side_snap = j;
  r->side_start = r->ir->nins;
  r->side_snap0 = r->ir->nsnap;
  r->expect = pc;
  r->pc = pc;
  if (fr && !rec_frames_enter(r, fr, s->nframe)) {
    rec_free(ts, r);
    return;
  }
  /* the registers as the snapshot describes them: the instructions the
  ** root had computed before the branch (slots relative to the loop's
  ** frame, callee registers included) */
  const SnapEntry *e = ir_snap_entries(pre, j);
  for (uint32_t i = 0; i < s->nent; i++) {
    if (e[i].slot >= r->frames[r->depth].top) { /* snap.c lists only live frames' slots */
      rec_free(ts, r);
      return;
    }
  }
  for (uint32_t i = 0; i < s->nent; i++) {
    uint32_t slot = e[i].slot;
    r->sflags0[slot] = SF_WRITTEN;
    r->slot_im0[slot] = REF_NONE;
    r->snp0[slot] = 0;
    switch ((SnapKind)e[i].kind) {
    case SNAP_NONE: r->sflags0[slot] |= SF_NONE; r->slot0[slot] = REF_NONE; break;
    case SNAP_COMPLEX: r->slot0[slot] = e[i].ref; r->slot_im0[slot] = e[i].ref2; r->snp0[slot] = SNP_COMPLEX; break;
    case SNAP_NP: r->slot0[slot] = e[i].ref; r->snp0[slot] = (uint8_t)(e[i].dt + 1); break;
    case SNAP_CFUNC: r->slot0[slot] = e[i].ref; r->snp0[slot] = SNP_CFUNC; break;
    default: r->slot0[slot] = e[i].ref; break;
    }
  }
  ts->rec = r;
  ts->nstarted++;
  char at[96];
  trace_where((Code *)rco, pc, at, sizeof at);
  trace_event(ts, "%3u side start at %s (snapshot %u)", t->ir.id, at, j);
}

/* ---- installing ------------------------------------------------------------ */

void tree_drop_pending(TraceState *ts, Trace *t) {
  if (t->pend_jt && !jit_trace_drop(ts->tier, t->pend_jt)) ir_free(&t->pend_ir);
  memset(&t->pend_ir, 0, sizeof t->pend_ir);
  t->pend_jt = NULL;
  free(t->pend_presnap);
  t->pend_presnap = NULL;
}

/* The exit counts start over with the new snapshots. */
static void reset_exitcount(Trace *t) {
  free(t->exitcount);
  t->exitcount = util_xmalloc((t->ir.nsnap ? t->ir.nsnap : 1) * sizeof *t->exitcount);
  memset(t->exitcount, 0, (t->ir.nsnap ? t->ir.nsnap : 1) * sizeof *t->exitcount);
}

/* The old code and its IR go together: its exits index its snapshots, and
** the tree's pre-peel snapshots only grow, so its presnap map stays right
** until then. */
void tree_install_pending(TraceState *ts, Trace *t) {
  if (!jit_trace_settled(t->pend_jt)) return;
  if (!jit_trace_drop(ts->tier, t->jt)) ir_free(&t->ir);
  t->ir = t->pend_ir;
  t->jt = t->pend_jt;
  t->jt->ir = &t->ir;
  memset(&t->pend_ir, 0, sizeof t->pend_ir);
  t->pend_jt = NULL;
  free(t->tree.presnap);
  t->tree.presnap = t->pend_presnap;
  t->pend_presnap = NULL;
  reset_exitcount(t);
  trace_event(ts, "%3u tree installed with its optimised code", t->ir.id);
}

/* A tree grown by an outer side replaces the old code only once its own
** gccjit code is in: until then the old code (optimised as soon as its
** smaller compile ends) exits at the end of each run, while the tree's tcc
** code would run every iteration several times slower (heat2d: 6 ms a
** call for the 250 ms of the tree's gccjit compile, against 1.4). */
static bool defer_install(TraceState *ts, const Trace *t) {
  const TraceTree *tree = &t->tree;
  return tree->nsides && tree->sides[tree->nsides - 1].restart && tier_mode(ts->tier) == TIERMODE_BOTH;
}

/* Compiles t->tree into t: opt_loop over root and sides, then the tiers.
** Returns false (t unchanged) when the tree cannot be built. */
static bool tree_rebuild(TraceState *ts, Trace *t, char *err, size_t errlen) {
  TraceTree *tree = &t->tree;
  Recorder *r = rec_new(ts, NULL, t->code, NULL, NULL, NULL);
  r->side = true; /* the trace is not the recorder's */
  r->trace = t;
  r->header = t->code->code + t->header;
  r->backedge = t->code->code + tree->backedge;
  if (r->nslots != tree->nslots) abort(); /* one Code, one register count */
  map_into(r, &tree->root);
  r->side_ir = util_xmalloc(sizeof *r->side_ir);
  ir_copy(r->side_ir, &tree->pre);
  r->ir = r->side_ir;
  r->tree = tree;
  r->no_carry = tree->nsides > 0;
  if (tier_mode(ts->tier) == TIERMODE_BOTH) r->swapcell = (void *const *)&t->jt;
  fold_reset(r);
  if (setjmp(r->jb)) {
    snprintf(err, errlen, "%s%s%s", trace_abort_msg[r->err], r->errdetail[0] ? " " : "", r->errdetail);
    rec_free(ts, r);
    return false;
  }
  opt_loop(r);
  IRTrace *nir = r->side_ir;
  if (!ir_check(nir, err, errlen)) {
    if (ts->vm->jit.dump) ir_dump(stderr, nir);
    rec_free(ts, r);
    return false;
  }
  tree_drop_pending(ts, t);
  if (defer_install(ts, t)) {
    t->pend_ir = *nir;
    memset(nir, 0, sizeof *nir);
    t->pend_jt = jit_trace_compile(ts->tier, &t->pend_ir, err, errlen);
    if (!t->pend_jt) {
      ir_free(&t->pend_ir);
      memset(&t->pend_ir, 0, sizeof t->pend_ir);
      rec_free(ts, r);
      return false;
    }
    t->pend_presnap = r->presnap;
    r->presnap = NULL;
    rec_free(ts, r);
    return true;
  }
  /* swap: the old code goes first, without waiting for a gccjit compile of
  ** it in progress (the tier thread then frees the IR's arrays it reads:
  ** `old` is our copy, for going back) */
  IRTrace old;
  ir_copy(&old, &t->ir);
  if (!jit_trace_drop(ts->tier, t->jt)) ir_free(&t->ir);
  t->jt = NULL;
  t->ir = *nir;
  t->jt = jit_trace_compile(ts->tier, &t->ir, err, errlen);
  if (!t->jt) {
    *nir = t->ir;
    t->ir = old;
    char err2[200];
    t->jt = jit_trace_compile(ts->tier, &t->ir, err2, sizeof err2);
    rec_free(ts, r);
    return false;
  }
  ir_free(&old);
  memset(nir, 0, sizeof *nir);
  free(tree->presnap);
  tree->presnap = r->presnap;
  r->presnap = NULL;
  reset_exitcount(t);
  rec_free(ts, r);
  return true;
}

void tree_side_finish(TraceState *ts, Recorder *r, const Instr *pc) {
  Trace *t = r->trace;
  TraceTree *tree = &t->tree;
  rec_close(r, pc);
  /* the end of the side: the state at the loop header, as an exit */
  snap_take(r, (uint32_t)(r->header - r->co->code));
  r->snap_taken = true;
  ir_emit(r->ir, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  TreeSide side = {.snap = r->side_snap, .start = r->side_start, .end = r->ir->nins,
                   .snap0 = r->side_snap0, .snap1 = r->ir->nsnap, .restart = r->outer};
  map_copy(&side.map, r);
  /* the working copy becomes the tree's recorded IR */
  IRTrace oldpre = tree->pre;
  tree->pre = *r->side_ir;
  memset(r->side_ir, 0, sizeof *r->side_ir);
  tree->sides = util_xrealloc(tree->sides, (tree->nsides + 1) * sizeof *tree->sides);
  tree->sides[tree->nsides++] = side;
  uint64_t t1 = jit_now_ns();
  atomic_fetch_add(&ts->stats.record_ns, t1 - r->t0);
  char err[200] = "";
  bool ok = tree_rebuild(ts, t, err, sizeof err);
  if (!ok) {
    /* back to the tree without this side */
    tree->nsides--;
    map_free(&tree->sides[tree->nsides].map);
    IRTrace bad = tree->pre;
    tree->pre = oldpre;
    ir_free(&bad);
    tree_side_failed(r);
    trace_event(ts, "%3u side abort -- %s", t->ir.id, err);
    atomic_fetch_add(&ts->stats.naborts, 1);
  } else {
    ir_free(&oldpre);
    atomic_fetch_add(&ts->stats.nside, 1);
    const IRTrace *nir = t->pend_jt ? &t->pend_ir : &t->ir;
    trace_event(ts, "%3u side stop: tree of %u sides, %u IR, %u snapshots, %.3f ms%s", t->ir.id, tree->nsides,
                nir->nins, nir->nsnap, (double)(jit_now_ns() - r->t0) * 1e-6,
                t->pend_jt ? " (installed with its optimised code)" : "");
    if (ts->vm->jit.dump) trace_dump_ir_c(nir, "TREE");
  }
  ts->rec = NULL;
  rec_free(ts, r);
}
