/*
** backend.h — the backend interface: compile an IRTrace into a callable
** function, free it; plus the tier-up manager (tier.c) and the -j stats
** counters.
**
** ## The trace function ABI
**
**     int trace_fn(Value *base, TraceCtx *ctx);
**
** `base` is the interpreter frame's register window: slot n is base[n] (a
** 16-byte Value, src/value.h). The function reads its inputs with SLOAD
** (checking tags: a wrong tag exits before anything ran), runs the pre-roll
** and then the loop body until a guard fails. It never writes the frame
** except on an exit (and before an ICALL): then it stores the failing
** guard's snapshot slots and returns the snapshot number, the exit id
** (>= 0). An exit stores payloads only, and only those of values
** (complex pairs are boxed through ctx->box_complex and tagged; NumPy
** scalars, SNAP_NP, stay their raw payload); jit_exit_box completes the
** Values after the return: the constants, the tags from the snapshot's
** kinds, the NumPy scalars boxed through ctx->box_np.
** Exit blocks are most of a big trace's code, and their tag stores a
** quarter of its gccjit compile time. (Nothing collects
** between the return and jit_exit_box: the GC runs at the VM's safepoints
** only.) The VM then resumes the interpreter at tr->snaps[exit].pc with
** the frame as written. Before an ICALL (and a restart, tree.c) the
** write-back stores whole Values itself. TRACE_EXIT_INTERP (-1) means a
** stitched interpreter call left the traced range: the frame is current,
** resume at ctx->resume_pc.
**
** The generated code allocates nothing and holds no locks. It may call the
** trace's call targets (libm, runtime helpers) and ctx->box_complex /
** ctx->stitch, which may allocate; pointers the trace embeds as KPTR
** constants must be kept alive by the trace's owner.
**
** Float code is compiled without contraction or reassociation
** (-ffp-contract=off, no fast-math) unless tr->fastmath: both tiers give
** bit-identical results, and the same as the interpreter's C arithmetic.
*/
#ifndef STREAK_BACKEND_H
#define STREAK_BACKEND_H

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../src/value.h"
#include "../trace/ir.h"

#define TRACE_EXIT_INTERP (-1)

/* What compiled code may reach besides the frame. cgen.c and gccjit.c both
** mirror this layout; keep the three in step (cgen.c asserts offsets). */
typedef struct TraceCtx {
  void *vm;                                              /* VM *, for helpers */
  void *(*box_complex)(void *vm, double re, double im);  /* returns a Complex * */
  int (*stitch)(struct TraceCtx *ctx, Value *base, int32_t from_pc, int32_t to_pc);
  int32_t resume_pc;                                     /* set with TRACE_EXIT_INTERP */
  int32_t pad;
  /* a NumPy scalar of dtype dt (SNAP_NP): integer payloads (and bool) in i,
  ** float payloads in f; returns an NpScalar * */
  void *(*box_np)(void *vm, int32_t dt, int64_t i, double f);
} TraceCtx;

typedef int (*TraceFn)(Value *base, TraceCtx *ctx);

/* The Value tag of each SnapKind's slot (SNAP_NP: V_OBJ, once boxed). */
extern const uint8_t jit_snap_tag[SNAP__COUNT];

/* Completes exit `exitno`'s write-back: the slots' tags, the constants'
** payloads (jit_exit_const), its NumPy scalars boxed (cgen.c). */
void jit_exit_box(const IRTrace *tr, int exitno, Value *base, TraceCtx *ctx);
/* Does an exit leave entry e to jit_exit_box entirely (a constant: a third
** of nbody's 3467 snapshot entries), storing nothing itself? */
bool jit_exit_const(const SnapEntry *e);

/* ---- backends ----------------------------------------------------------- */

typedef enum { TIER_TCC, TIER_GCCJIT } JitTier;

/* Machine code for one trace from one backend. */
typedef struct BackendCode {
  TraceFn fn;
  void *handle;     /* backend-owned (tcc: the code pages; gccjit: the result) */
  size_t size;
  JitTier tier;
} BackendCode;

/* A compile that another thread may cancel: gccjit compiles in a child
** process (gccjit.c), and a VM that is being freed kills it rather than
** waiting up to a batch's compile time (50-300 ms) at exit. A compile the
** VM's own thread waits for also stops when the VM's interrupt flag is set
** (Ctrl-C, streak_interrupt), so that it can never hold up an interrupt. */
typedef struct BackendJob {
  pthread_mutex_t mu;
  int child;      /* the compiling process (its own process group), or 0 */
  bool cancelled; /* no new compile starts; a running one is killed */
  const volatile sig_atomic_t *interrupt; /* NULL: the tier thread's job */
} BackendJob;

void backend_job_init(BackendJob *job);
void backend_job_cancel(BackendJob *job);
/* Kills a compiling child (unreaped, so its pid is still its own) and the
** assembler and linker in its process group. */
void backend_kill_child(int pid);
void backend_job_destroy(BackendJob *job);

typedef struct Backend {
  const char *name;
  /* Loads the compiler on first use (dlopen for libgccjit); false if it is
  ** not installed. Safe to call from any thread. */
  bool (*available)(void);
  /* Compiles n traces, in one compiler context where the backend can (the
  ** fixed cost of libgccjit is per context). Fills outs[0..n). Returns false
  ** and writes err if any failed (then nothing is to be released). job
  ** (may be NULL) lets another thread cancel it. */
  bool (*compile)(const IRTrace *const *trs, int n, BackendCode *outs, char *err, size_t errlen, BackendJob *job);
  void (*release)(BackendCode *code);
} Backend;

extern const Backend jit_backend_tcc;    /* tcc.c */

/* A symbol bound into tcc-compiled code (call targets, libm). */
typedef struct JitSym {
  const char *name;
  void *addr;
} JitSym;

/* Compiles C text with libtcc into fresh read+exec pages, binding `syms`
** and libtcc1's conversion helpers; *fn gets the address of `entry`, and
** (*mem, *size) the pages to munmap later. Every libtcc use in streak goes
** through here: libtcc 0.9.27 keeps global state, so one lock serialises
** all of them. False with err set on failure (and always in libstreak.so,
** which cannot contain libtcc). */
bool jit_tcc_compile_text(const char *src, const char *entry, const JitSym *syms, size_t nsyms,
                          void **fn, void **mem, size_t *size, char *err, size_t errlen);
extern const Backend jit_backend_gccjit; /* gccjit.c */
const char *gj_march(void);              /* the -march=… the gccjit tier uses */

/* ---- C text (cgen.c) ---------------------------------------------------- */

typedef struct StrBuf StrBuf;

/* Appends the declarations generated code needs (types, TraceCtx, helpers)
** and then `int <fname>(Value *base, TraceCtx *ctx)` for tr. The call
** targets are declared extern by name (the tcc tier binds them). */
bool cg_emit_c(const IRTrace *tr, const char *fname, StrBuf *out, char *err, size_t errlen);

/* ---- -j stats ----------------------------------------------------------- */

/* Counters for `-j stats`. Times are nanoseconds. The background thread adds
** to the gccjit fields, so every field is atomic; read them with
** atomic_load or just print (a torn read is impossible on 64-bit). */
#define JIT_STAT_SAMPLES 256
typedef struct JitStats {
  _Atomic uint64_t record_ns, optimise_ns, tcc_ns, gccjit_ns;
  _Atomic uint64_t ntraces, naborts, nexits, nside, nblacklist, nstitches;
  _Atomic uint64_t ntcc, ngccjit, ngccjit_batches, nswapped, ncompile_fail;
  /* first-tier compile latencies of the last JIT_STAT_SAMPLES traces */
  _Atomic uint64_t first_tier_ns[JIT_STAT_SAMPLES];
  _Atomic uint64_t nfirst;
} JitStats;

uint64_t jit_stats_median_first_tier(JitStats *st); /* ns; 0 if none */
void jit_stats_print(JitStats *st, FILE *f);
uint64_t jit_now_ns(void);

/* ---- tiers (tier.c) ----------------------------------------------------- */

/* STREAK_TIER=tcc|gccjit|both (default both): which tiers run. */
typedef enum { TIERMODE_BOTH, TIERMODE_TCC, TIERMODE_GCCJIT } TierMode;

/* One compiled trace. `entry` is what the VM calls; it starts as the first
** tier's code and is swapped (release store) to gccjit code when the
** background thread has it. The VM loads it with jit_entry() each time it
** enters the trace, so a swap takes effect at the next entry. */
typedef struct JitTrace {
  _Atomic(TraceFn) entry;
  const IRTrace *ir;      /* not owned; must live until jit_trace_free */
  BackendCode first, second;
  IRTrace queued;         /* internal: the tier thread's (shallow) copy of *ir */
  bool abandoned;         /* internal: freed while compiling (jit_trace_drop) */
  _Atomic int state;      /* internal: queued / compiling / done */
  struct JitTrace *next;  /* internal: pending queue */
  uint64_t queued_ns;     /* internal: when it was queued */
  /* the time the VM ran it while it waited in the queue (jit_trace_run) */
  _Atomic uint64_t ran_ns, running_since;
} JitTrace;

static inline TraceFn jit_entry(JitTrace *t) {
  return atomic_load_explicit(&t->entry, memory_order_acquire);
}

/* Runs t (jit_entry) and, while `queued` waits for gccjit, notes the time
** it runs there: the tier thread compiles where the time goes first. queued
** is t itself, or the code that will replace t (a trace tree whose install
** waits for its gccjit code, while t runs: it never runs itself). */
int jit_trace_run_for(JitTrace *t, JitTrace *queued, Value *base, TraceCtx *ctx);
static inline int jit_trace_run(JitTrace *t, Value *base, TraceCtx *ctx) { return jit_trace_run_for(t, t, base, ctx); }

typedef struct Tier Tier;

/* One per VM. Starts no thread until a trace needs tiering up. interrupt:
** the VM's flag, which stops a compile the VM's thread waits for (NULL:
** nothing stops it). */
Tier *tier_new(JitStats *stats, const volatile sig_atomic_t *interrupt);
/* Waits for the background thread to finish and frees all pending work. */
void tier_free(Tier *tier);
TierMode tier_mode(const Tier *tier);
/* The tier pinned by STREAK_TIER=tcc|gccjit|both (default both). */
TierMode jit_tier_mode_env(void);

/* Compiles tr with the first tier now (tcc; gccjit when pinned or when tcc
** failed) and, in mode both, queues it for gccjit. NULL + err on failure. */
JitTrace *jit_trace_compile(Tier *tier, const IRTrace *tr, char *err, size_t errlen);
/* Frees the trace's code, waiting if the background thread compiles it now. */
void jit_trace_free(Tier *tier, JitTrace *t);
/* Like jit_trace_free, but without waiting for a gccjit compile of t in
** progress: the tier thread then frees t, and the arrays of t's IR with it
** (true: the caller must not free them; the IRTrace struct itself may go). */
bool jit_trace_drop(Tier *tier, JitTrace *t);
/* Takes t off the gccjit queue (a flushed trace is never entered again:
** its compile would only delay the others); a compile in progress goes on. */
void jit_trace_cancel(Tier *tier, JitTrace *t);
/* Has t's code settled: no gccjit compile of it queued or running? */
bool jit_trace_settled(JitTrace *t);
/* Waits until no trace is queued or compiling (tests, benchmarks, -j dump). */
void tier_sync(Tier *tier);

#endif
