/*
** trace.h — the trace state machine: hot loop → record → optimise →
** compile → install → run → exit. What the VM calls, and the one list of
** reasons a trace can be aborted.
**
**   back-edge counter hits 0 ──▶ trace_hotloop ──┬─ trace installed: run it, resume at its exit pc
**                                                ├─ blacklisted: re-arm the counter (decaying penalty)
**                                                └─ otherwise: start recording (vm.c switches its
**                                                   dispatch table; every instruction then calls
**                                                   trace_record before it runs)
**   trace_record ──▶ record.c (IR + guards + snapshots, folded and CSE'd by opt_fold.c)
**        └─ back at the loop's own back-edge: opt_loop.c peels the iteration into
**           pre-roll + LOOP + body + PHIs, jit/ compiles it, the loop's counter
**           is set to 0 so its next back-edge enters the trace.
**
** Everything the JIT keeps per VM lives in one TraceState (vm->trace),
** created on the first hot loop.
*/
#ifndef STREAK_TRACE_H
#define STREAK_TRACE_H

#include <stdbool.h>
#include <stdint.h>

#include "bytecode.h"
#include "value.h"

typedef struct Function Function;
typedef struct Code Code;

/* Why a trace was not made. One list; each reason is raised by the recorder
** or the optimiser with rec_abort() and caught in one place (trace.c). */
#define TRACE_ABORTS(X)                                                        \
  X(NYI_BC, "NYI: bytecode")                                                   \
  X(NYI_TYPE, "NYI: operand types")                                            \
  X(NYI_CALL, "NYI: call of")                                                  \
  X(CALL_DEPTH, "too deeply nested inlined call of")                           \
  X(INNER_LOOP, "inner loop in the trace")                                     \
  X(LEFT_LOOP, "left the loop while recording")                                \
  X(LEFT_FRAME, "left the frame while recording")                              \
  X(UNEXPECTED, "unexpected interpreter path")                                 \
  X(TYPE_INSTAB, "type of a loop-carried value changes")                       \
  X(ALWAYS_EXITS, "a guard always fails")                                      \
  X(TOO_LONG, "trace too long")                                                \
  X(STITCHED, "most of the loop is stitched (faster interpreted)")             \
  X(TOO_MANY, "too many traces")                                               \
  X(BAD_IR, "IR check failed")                                                 \
  X(COMPILE, "backend failed")                                                 \
  X(INTERRUPTED, "recording interrupted")

typedef enum {
#define X(name, msg) TA_##name,
  TRACE_ABORTS(X)
#undef X
  TA__COUNT
} TraceAbort;

extern const char *const trace_abort_msg[TA__COUNT];

typedef struct TraceState TraceState;

/* Called by the VM when a loop's back-edge counter reaches 0, at the
** back-edge instruction `pc` (FORLOOP or LOOP) of `fn`'s frame `base`,
** after the back-edge was decided and before the jump to the loop header.
** Returns the pc the interpreter must continue at (a trace ran and exited),
** or NULL to take the back-edge as usual (possibly now recording). */
const Instr *trace_hotloop(VM *vm, Function *fn, Value *base, const Instr *pc);

/* Recording hook: called before each instruction while recording. Returns
** false when recording ended (the VM switches back to normal dispatch). */
bool trace_record(VM *vm, Function *fn, Value *base, const Instr *pc);

/* True while a recording is in progress (the VM's dispatch table). */
bool trace_recording(VM *vm);

/* What exits need of the VM (vm.c), for calls the recorder inlined
** (trace/exit.c). fits: may `frames` more frames be pushed with registers
** up to `top`? (Else such a call raises RecursionError: the interpreter
** must make it.) push: makes the top frame's pc `callpc` (its CALL) and
** pushes fn's frame at `base`, resuming at `pc`, its result going to the
** caller's register `ret`. */
bool vm_jit_frames_fit(VM *vm, const Value *top, int frames);
/* Stitching (IR ICALL): runs the top frame from pc `from` for as long as
** its pc stays in [from, to), calls it makes running to completion; *at
** is its pc when it stopped. DONE: it reached `to`. LEFT: it went
** elsewhere (a branch, a handler of its own). RAISED: an exception left
** the callees into this frame, vm->exc set, *at the raising instruction:
** vm_jit_raise_pending continues its unwinding from there once the trace
** has returned. Traces are neither entered nor recorded meanwhile
** (vm_jit_stitching). */
enum { VM_STITCH_DONE, VM_STITCH_LEFT, VM_STITCH_RAISED };
int vm_jit_stitch(VM *vm, uint32_t from, uint32_t to, uint32_t *at);
bool vm_jit_stitching(VM *vm);
_Noreturn void vm_jit_raise_pending(VM *vm);
void vm_jit_push_frame(VM *vm, Function *fn, Value *base, int32_t ret, const Instr *callpc,
                       const Instr *pc);

/* GC: marks what the installed traces embed. */
void trace_mark(VM *vm);
/* Frees all traces; prints -j stats. */
void trace_free(VM *vm);

#endif
