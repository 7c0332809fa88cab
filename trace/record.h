/*
** record.h — the recorder and what the trace passes share: the Recorder
** state (slot map, current snapshot, CSE chains), the emitters every pass
** uses (opt_fold.c), snapshots (snap.c), loop closing (opt_loop.c), and the
** installed-trace record the VM enters and exits through (trace.c, exit.c).
**
** Slots. The recorder keeps, for each interpreter register of the traced
** frame, the IR value it holds now (`slot[]`, 0 = "not read yet: SLOAD it
** on first use") and whether the trace wrote it (SF_WRITTEN): a snapshot
** lists exactly the written slots, since the frame itself is untouched
** until an exit.
**
** Inlined calls. A call of a Python function is recorded through: the
** callee runs in a virtual frame whose window starts where the interpreter
** puts it, right after the call's function register (vm.c: the callee's
** window begins at its first argument), so one slot map indexed relative
** to the trace's base covers every frame, and the arguments the caller
** wrote are the callee's parameters without a copy. `slot`, `sflags`,
** `snp`, `slot_im`, `base`, `fn`, `co` and `nslots` always describe the
** frame being recorded (a window into the `*0` arrays); `frames[]` is the
** stack of frames, and snapshots taken inside a callee list them
** (SnapFrame) so that an exit rebuilds the interpreter's frames.
*/
#ifndef STREAK_RECORD_H
#define STREAK_RECORD_H

#include <setjmp.h>

#include "../jit/backend.h"
#include "func.h"
#include "ir.h"
#include "trace.h"
#include "vm.h"

enum {
  SNP_COMPLEX = 0xff, /* Recorder.snp of a complex register */
  SNP_CFUNC = 0xfe,   /* ... of LOADMETH's C method (slot: its KPTR; the tag is V_EMPTY) */
};

/* Slot flags. */
enum {
  SF_WRITTEN = 1, /* written by the trace: goes into snapshots */
  SF_NONE = 2,    /* holds None (no IR value; snapshot kind NONE) */
  SF_EMPTY = 4,   /* holds <empty> (LOADMETH's second register; never read back);
                     without SF_WRITTEN: whatever a stitched instruction left (the
                     frame has it; never read back) */
  SF_RELOAD = 8,  /* written by a stitched instruction: the frame has it; read with RLOAD */
};

/* A register map: what the recorder knows of each interpreter register. */
typedef struct SlotMap {
  IRRef *slot, *slot_im;
  uint8_t *sflags, *snp;
} SlotMap;

/* One side trace of a tree (trace/tree.c): a region of TraceTree.pre. */
typedef struct TreeSide {
  uint32_t snap;         /* the pre-peel snapshot whose guards branch here */
  uint32_t start, end;   /* its instructions in pre (the last is its EXIT) */
  uint32_t snap0, snap1; /* the snapshots it took in pre */
  SlotMap map;           /* the registers at its back-edge */
  bool restart;          /* an outer side (Recorder.outer): its end writes the state
                            back and enters the trace again (EXIT with lit 1) */
} TreeSide;

/* What a loop trace keeps to be rebuilt as a tree: the recorded iteration
** before opt_loop, the root's register map at its back-edge, the sides. */
typedef struct TraceTree {
  IRTrace pre;           /* valid when pre.nins > 0 */
  SlotMap root;
  uint32_t nslots;
  TreeSide *sides;
  uint32_t nsides;
  uint32_t *presnap;     /* [final ir.nsnap] the pre-peel snapshot a body snapshot copies, or UINT32_MAX */
  uint32_t backedge;     /* pc of the loop's back-edge */
  int8_t step;           /* a range loop's step when recorded if 1 or -1, else 0 (opt_loop's bounds hoisting) */
  uint8_t *magnitude;    /* [nslots] rec_magnitude of each int register when recorded, or NULL */
  uint8_t jmagnitude;    /* the same for the range loop's index over the rest of the range */
  uint32_t failsnap[16]; /* pre-peel snapshots whose side recording failed (twice: given up) */
  uint8_t failcount[16];
  uint32_t nfail;
} TraceTree;

/* One installed trace: a compiled loop. */
typedef struct Trace {
  IRTrace ir;
  JitTrace *jt;        /* the backend's handle (entry pointer, tiers) */
  Code *code;          /* kept alive: traces are keyed by it */
  Dict *globals;       /* the globals the trace reads (entered only with these) */
  uint32_t *exitcount; /* [ir.nsnap] exits taken per snapshot */
  uint32_t loopid;
  uint32_t header;     /* pc of the loop header */
  Obj **roots;         /* objects the IR embeds as KPTR */
  uint32_t nroots, caproots;
  uint32_t inl_depth;  /* deepest inlined call: frames an exit may push */
  uint32_t inl_top;    /* end of the slots those frames use (relative to the base) */
  uint64_t nenter;
  TraceTree tree;      /* for side traces (trace/tree.c) */
  /* a rebuilt tree kept out until its gccjit code is in (tree.c) */
  IRTrace pend_ir;
  JitTrace *pend_jt;
  uint32_t *pend_presnap;
  char where[96];      /* "file.py:12" */
} Trace;

/* Per-loop JIT state: the trace, or the blacklisting penalty. */
typedef struct LoopInfo {
  Code *code;
  uint32_t loopid;
  Trace *trace;
  uint32_t fails;      /* aborts since the last success */
  uint32_t blacklists; /* times blacklisted: the penalty doubles each time */
  bool blacklisted;
  uint32_t rerecords;  /* traces dropped because their entry kept failing */
  uint32_t ends;       /* recordings in a row that ended with the loop (trace.c) */
  uint32_t instab;     /* recordings in a row that saw a loop-carried type change */
} LoopInfo;

typedef struct Recorder Recorder;

enum { REC_MAXDEPTH = 8 }; /* inlined calls nested deeper abort (CALL_DEPTH) */

/* One frame of the recording: the traced loop's (frames[0]) or an inlined
** call's. */
typedef struct RecFrame {
  Function *fn;
  Code *co;
  uint32_t base;        /* first slot of its window, relative to the trace's base */
  uint32_t top;         /* end of the slots live in it and its callers */
  uint32_t ret;         /* the caller's register that gets the result */
  const Instr *callpc;  /* the caller's CALL */
} RecFrame;

struct TraceState {
  VM *vm;
  Recorder *rec;       /* the recording in progress, or NULL */
  LoopInfo *loops;     /* open addressing on (code, loopid) */
  uint32_t nloops, caploops;
  Trace **traces;
  uint32_t ntraces, captraces;
  Tier *tier;
  JitStats stats;
  TraceCtx ctx;
  uint64_t nstarted, nsideexits_hot;
  /* a hot exit asks exit_resume's caller to record a side trace */
  Trace *side_trace;
  LoopInfo *side_loop;
  uint32_t side_snap;  /* the pre-peel snapshot */
  bool stitch_raised;  /* the trace left because a stitched instruction raised (exit.c) */
  uint64_t nstitches;  /* stitched instructions run (stats.nstitches at exit) */
};

struct Recorder {
  VM *vm;
  TraceState *ts;
  IRTrace *ir;
  Trace *trace;        /* being built; installed on success */
  LoopInfo *loop;
  Function *fn;
  Code *co;
  Value *base;
  const Instr *backedge; /* the FORLOOP/LOOP that closes the loop */
  const Instr *header;   /* first instruction of the loop body */
  const Instr *expect;   /* the pc the next hook call must see */
  const Instr *skip_lo, *skip_hi; /* an if-converted block: its instructions are
                            recorded already, whether the interpreter runs them or not */
  const Instr *pc;       /* the instruction being recorded */
  uint32_t nslots;      /* registers of the frame being recorded */
  IRRef *slot;
  uint8_t *sflags;
  uint8_t *snp;          /* [slot] a NumPy scalar of dtype snp-1 (payload in slot[]), or 0;
                            SNP_COMPLEX: a Python complex, slot[] its real part */
  IRRef *slot_im;        /* [slot] the imaginary part of a complex */
  /* all frames: the arrays the windows above point into */
  RecFrame frames[REC_MAXDEPTH + 1];
  uint32_t depth;        /* frames[depth] is being recorded */
  Value *base0;          /* the traced loop's frame */
  IRRef *slot0, *slot_im0;
  uint8_t *sflags0, *snp0;
  uint32_t nabs;         /* slots allocated in the *0 arrays */
  /* the result of the last instruction, checked at the next hook call */
  int32_t check_slot;
  uint8_t check_tag;
  const void *check_type; /* and for a NumPy scalar result, its type */
  /* a virtual tuple (BUILDTUPLE, a.shape) the next instruction indexes */
  struct {
    int32_t slot;        /* -1: none */
    uint32_t snap;       /* the snapshot before the instruction that made it */
    const Instr *pc;     /* that instruction */
    uint32_t n;
    IRRef elem[8];       /* BUILDTUPLE: the items */
    Value live[8];
    int8_t np[8];        /* NumPy dtype of each item, or -1 */
    IRRef arr;           /* a.shape: the array */
  } vt;
  /* a range(...) a for loop inside the trace iterates: never built (its
  ** register is marked SF_EMPTY until the FORPREP unpacks it) */
  struct {
    int32_t slot;        /* -1: none */
    IRRef start, len;    /* the step is 1 */
  } vr;
  /* inner loops unrolled into the trace: back-edges taken per loop */
  struct {
    const Instr *pc;
    uint32_t n;
  } unroll[8];
  uint32_t nunroll;
  uint32_t inner;      /* unrolled for loops being recorded now */
  IRRef innerlen[16];  /* their trip counts: loop-invariant, or the recording aborts */
  uint32_t ninnerlen;
  /* snapshot of the instruction being recorded: taken at its first guard */
  bool snap_taken;
  /* stitching (record.c): the instruction being recorded, as the recorder
  ** found it, in case it becomes an ICALL */
  struct {
    uint32_t mark;       /* ir->nins before it */
    int kind;            /* how it writes registers (STITCH_*), -1: not stitchable */
    uint32_t lo, n;      /* the registers it writes: [lo, lo + n) */
    IRRef slot[8], slot_im[8];
    uint8_t sflags[8], snp[8];
  } st;
  bool in_stitch;        /* the interpreter runs a stitched instruction */
  /* the newest C method rec_cmethod loaded, for the abort message of a
  ** CALLMETH the recorder does not know */
  Str *cmeth_name;
  uint32_t cmeth_slot;
  /* the dicts whose entry addresses the trace holds (dict_slot), and their
  ** keys_version: checked after every stitched instruction */
  Dict *sdict[8];
  uint64_t sdict_version[8];
  uint32_t nsdict;
  IRRef last_icall;      /* the newest ICALL: RLOADs depend on it */
  uint32_t nstitch;
  /* CSE: per-op chain of instructions, newest first */
  IRRef chain[IR__COUNT];
  uint32_t *prev;      /* [ins index] the previous instruction of that op */
  uint32_t capprev;
  IRRef last_store;    /* newest impure call (no load CSEs across it) */
  IRRef fstore[32];    /* newest FSTORE per byte-offset bucket (opt_fold.c) */
  IRRef astore;        /* newest ASTORE */
  IRRef cse_floor;     /* opt_loop: instructions below need invariant[] to CSE */
  const uint8_t *invariant;
  void *const *swapcell; /* &Trace.jt: the body leaves the trace when the tier-up swapped its code */
  IRRef *carried;      /* pre-roll values forwarded into the body from a store: need PHIs */
  uint32_t ncarried, capcarried;
  /* abort */
  jmp_buf jb;
  TraceAbort err;
  char errdetail[64];
  const Instr *errpc;
  void *scratch[16];   /* freed with the recorder (rec_alloc) */
  int nscratch;
  uint64_t t0;
  uint32_t nrecorded;  /* bytecodes recorded */
  /* trace trees (trace/tree.c) */
  bool side;           /* recording a side trace of trace->tree: trace is not ours */
  bool outer;          /* a side that left the loop at its end: through the enclosing
                          loops' code back to the loop's FORPREP (record.c), or, for
                          a while loop, out by a break or its test, back to its entry */
  bool outer_entry;    /* ... and is at that FORPREP's jump to the back-edge */
  bool reentered;      /* ... and has stepped into the loop's next run (at its header next) */
  uint32_t side_snap, side_start, side_snap0;
  IRTrace *side_ir;    /* the working copy of tree.pre a side records into */
  TraceTree *tree;     /* opt_loop: the sides to merge (NULL: none) */
  bool no_carry;       /* opt_fold: no store-to-load forwarding across the loop edge */
  uint32_t *presnap;   /* opt_loop's result: [ir.nsnap] body snapshot -> pre-peel snapshot */
};

/* ---- record.c ---- */
/* Records the instruction at pc (live registers in r->base). Raises aborts. */
void rec_ins(Recorder *r, const Instr *pc);
/* Stitching: after an abort while recording an instruction, records it as
** an ICALL instead if it can (true: the recording goes on); then, at the
** next hook call in the frame, reads back what it wrote. */
bool rec_stitch(Recorder *r);
void rec_stitch_done(Recorder *r, const Instr *pc);
/* A side at the loop's own back-edge when its range is exhausted: records
** the loop's exit and goes on outside it (true), or false (not a range). */
bool rec_loop_end(Recorder *r, const Instr *pc);
/* An outer side back at the loop's back-edge from its FORPREP: records the
** step into the loop's new run (true; false otherwise). Unless the side
** can end at the header (rec_entry_accepts), it records that run's first
** iteration too: its registers then have the kinds the loop carries
** (`s = 0.0` becomes a NumPy float64 in `s += a[j]`). */
bool rec_loop_reenter(Recorder *r, const Instr *pc);
/* ... then at the loop's header: do the registers there pass every read
** the tree makes of the state it is entered with (its SLOADs' kinds)? Then
** the side ends there (the trace's pre-roll runs the first iteration, and
** `s = 0.0` is restarted as a Python float, not a NumPy box); else it
** records the first iteration, after which the kinds are the loop's. */
bool rec_entry_accepts(Recorder *r);
/* Records the loop's own back-edge (FORLOOP step and exit guard, or LOOP);
** pc NULL: an outer side of a while loop at the loop's entry ends there. */
void rec_close(Recorder *r, const Instr *pc);
_Noreturn void rec_abort(Recorder *r, TraceAbort why, const char *detail);
/* Adds an object the trace embeds, so that the GC keeps it. */
void rec_root(Recorder *r, const void *obj);
/* Scratch memory that lives until the recording ends (abort-safe). */
void *rec_alloc(Recorder *r, size_t n);
/* The range opt_loop may assume for an int of value v once a guard before
** the loop checks it: |x| <= 2**24 or 2**31 (0: none, v is too big), and
** x >= 0 where v is; with room to spare, so that the loop entered again
** with somewhat bigger values still passes. rec_magnitude_range: the
** range of class m (*lo > *hi for none). */
uint8_t rec_magnitude(int64_t v);
void rec_magnitude_range(uint8_t m, int64_t *lo, int64_t *hi);
/* Sets up the slot arrays for the loop's frame, code `co` (trace.c's
** rec_new; fn is NULL where tree.c rebuilds a tree without a frame). */
void rec_frames_init(Recorder *r, Function *fn, Code *co, Value *base);
void rec_frames_free(Recorder *r);
/* A side trace starting inside inlined calls (tree.c): pushes the
** snapshot's n frames, outermost first, their registers unbound. False
** when they cannot be recorded (too deep). */
bool rec_frames_enter(Recorder *r, const SnapFrame *fr, uint32_t n);


/* ---- opt_fold.c: every instruction goes through here ---- */
/* May an FSTORE at `st` write the field `lit` of the object at `a`? */
bool fold_fstore_aliases(const IRTrace *ir, IRRef st, IRRef a, uint32_t lit);
/* Emits op with constant folding, algebraic simplification and CSE.
** Guards take the current snapshot (taken lazily, see snap_ensure). */
IRRef fold_emit(Recorder *r, IROp op, IRType t, IRRef a, IRRef b, uint32_t lit);
IRRef fold2(Recorder *r, IROp op, IRRef a, IRRef b);  /* type from the table */
IRRef fold1(Recorder *r, IROp op, IRRef a);
IRRef fold_call(Recorder *r, IRCallId id, int n, const IRRef *args);
IRRef fold_call_target(Recorder *r, const IRCallTarget *ct, int n, const IRRef *args);
/* A guard that exits unless cond (BOOL) is true / false. */
void fold_guard(Recorder *r, IRRef cond, bool want);
void fold_reset(Recorder *r);   /* forgets the CSE chains (a new trace) */
void fold_rechain(Recorder *r, const uint8_t *skip); /* chains of an IR copied in */

/* ---- snap.c ---- */
/* Makes sure the current instruction has a snapshot (state before it). */
void snap_ensure(Recorder *r);
/* Starts a snapshot of the recorder's current slot map resuming at pc. */
void snap_take(Recorder *r, uint32_t pc);
SnapKind snap_kind_of(IRType t);
/* Adds register s's current value to the snapshot being built. */
void snap_add_slot(Recorder *r, uint32_t s);

/* ---- opt_loop.c ---- */
/* Turns the recorded iteration into pre-roll + LOOP + body + PHIs. */
void opt_loop(Recorder *r);

/* ---- exit.c ---- */
/* Called with the exit number a trace returned: counts it and gives the
** pc to resume at. */
const Instr *exit_resume(TraceState *ts, LoopInfo *li, Trace *t, int exitno);
/* An exit inside inlined calls: rebuilds their interpreter frames above the
** loop's frame at base; returns the pc to resume at, in the innermost. */
const Instr *exit_frames(TraceState *ts, Trace *t, uint32_t exitno, Value *base);
/* May the trace's exits push their frames above base? (The interpreter
** would raise RecursionError at such a call: the loop then runs there.) */
bool exit_frames_fit(TraceState *ts, const Trace *t, Value *base);
/* The TraceCtx callbacks compiled code uses. */
void *exit_box_complex(void *vm, double re, double im);
void *exit_box_np(void *vm, int32_t dt, int64_t i, double f);
int exit_stitch(TraceCtx *ctx, Value *base, int32_t from_pc, int32_t to_pc);

/* ---- tree.c ---- */
/* Keeps the recorded iteration and register map of a root trace (before
** opt_loop) so that side traces can be merged into it later. */
void tree_save_root(Recorder *r);
/* Starts recording the side trace ts->side_trace asked for, at pc. */
void tree_side_start(TraceState *ts, Function *fn, Value *base, const Instr *pc);
/* At the loop's back-edge pc (or, pc NULL, a while loop's outer side at the
** loop's entry): closes the side, rebuilds and recompiles the tree. */
void tree_side_finish(TraceState *ts, Recorder *r, const Instr *pc);
/* A side recording aborted: remember the snapshot (given up after two). */
void tree_side_failed(Recorder *r);
/* Should a hot exit of pre-peel snapshot presnap record a side? */
bool tree_side_wanted(const Trace *t, uint32_t presnap, int maxside, int64_t tryside);
void tree_free(TraceTree *tree);
/* A trace's pending rebuild: installed once its gccjit code is in (at an
** entry, when the old code is not running), or dropped. */
void tree_install_pending(TraceState *ts, Trace *t);
void tree_drop_pending(TraceState *ts, Trace *t);

/* ---- trace.c ---- */
Recorder *rec_new(TraceState *ts, LoopInfo *li, Code *co, Function *fn, Value *base, const Instr *backedge);
void rec_free(TraceState *ts, Recorder *r);
void trace_event(TraceState *ts, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void trace_where(Code *co, const Instr *pc, char *buf, size_t n);
/* -j dump: a trace's (or tree's: kind "TREE") IR and generated C on stderr. */
void trace_dump_ir_c(const IRTrace *ir, const char *kind);

#endif
