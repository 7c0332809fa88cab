/*
** vm.h — the VM: one interpreter instance (several may live in one process,
** each used by one thread at a time). Holds the heap, the module table, the
** exception state, the limits and the JIT knobs. The bytecode loop itself is
** in vm.c; its frame stack is private to vm.c behind `exec`.
*/
#ifndef STREAK_VM_H
#define STREAK_VM_H

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include "value.h"

/* A catch point: vm_execute and vm_protect push one; vm_throw longjmps to it. */
typedef struct ErrJmp {
  jmp_buf buf;
  struct ErrJmp *prev;
} ErrJmp;

/* JIT parameters, like LuaJIT's JIT_PARAMDEF: name, default, meaning.
** Reserved now so the CLI accepts `-j name=value`; the JIT issue uses them. */
#define JIT_PARAMS(X)                                                         \
  X(hotloop, 56, "loop iterations before a trace is recorded")               \
  X(hotexit, 10, "exits taken before a side trace is recorded")              \
  X(maxtrace, 1000, "maximum number of traces")                              \
  X(maxrecord, 4000, "maximum IR instructions recorded for one trace")       \
  X(maxside, 100, "maximum side traces per root trace")                      \
  X(tryside, 4, "attempts at compiling a side trace")                        \
  X(loopunroll, 15, "iterations of an inner loop unrolled into a trace")     \
  X(stitchmin, 10, "bytecodes a trace records per stitched one, at least")  \
  X(parmin, 10000, "minimum prange iterations run in parallel")

typedef struct JitParams {
#define X(name, dflt, doc) int64_t name;
  JIT_PARAMS(X)
#undef X
} JitParams;

/* -j flags: off|on|v|dump|stats. */
typedef struct JitFlags {
  bool on, verbose, dump, stats;
} JitFlags;

struct VM {
  /* heap (gc.c) */
  Obj *heap;
  size_t bytes_allocated;   /* objects + accounted buffers, now */
  size_t next_gc;           /* collect at safe points once past this */
  size_t big_since_gc;      /* bytes of fresh big buffers (gc.c HUGE_BUF) since the last collection */
  size_t big_gc_limit;      /* ... past which the next safe point collects */
  size_t mem_limit;         /* 0: none; else MemoryError past it */
  Value *roots;             /* gc_push_root stack */
  int nroots, caproots;
  int gc_paused;            /* >0: safe points do not collect */
  struct GcGray *gray;      /* mark stack (gc.c) */

  /* errors (error.c) */
  ErrJmp *errjmp;           /* innermost catch point */
  Value exc;                /* exception being thrown (vm_throw → handler) */
  Value handling;           /* exception being handled in an except block (context) */
  Value memory_error;       /* preallocated MemoryError: raising must not need memory */
  struct SourceFile *sources; /* registered source texts, for tracebacks */
  int c_depth;              /* C recursion depth (repr/eq/hash/vm_call nesting) */

  /* modules and names */
  Dict *modules;            /* sys.modules: name → Module */
  Module *builtins;         /* the builtins module */
  Module *main;             /* __main__ */
  struct StrTable *interned;/* str_intern table (str.c) */
  List *sys_path, *sys_argv;

  /* execution (vm.c) */
  struct Exec *exec;        /* frame stack etc., private to vm.c */
  int recursion_limit;      /* Python frames; RecursionError past it (1000) */
  int frame_limit;          /* min(recursion_limit, the frame array): one test per call */
  volatile sig_atomic_t interrupt; /* set from a signal handler or another thread */
  const char *interrupt_msg;       /* message for the KeyboardInterrupt/embedder stop */

  /* module state */
  struct PyRandom *pyrandom;/* CPython `random` module state (mod_random.c) */
  struct NpRandom *nprandom;/* NumPy legacy global generator (runtime/random.c) */
  FILE *out;                /* where print() writes (stdout) */

  /* JIT */
  JitFlags jit;
  JitParams jitp;
  struct TraceState *trace; /* trace/trace.h: recorder and installed traces (NULL until a loop is hot) */

  void *user;               /* embedder's pointer */
  Value api_pins[2];        /* api.c: arrays handed out to the embedder (lists
                               or V_EMPTY): [0] since the current or last run
                               began, [1] before it (dropped when it returns) */
};

/* Default JIT settings (vm_new applies them; the CLI then overrides). */
static inline void vm_jit_defaults(VM *vm) {
#define X(name, dflt, doc) vm->jitp.name = (dflt);
  JIT_PARAMS(X)
#undef X
  vm->jit.on = true;
}

/* Creates a VM with builtins and built-in modules ready; NULL if out of memory. */
VM *vm_new(void);
void vm_free(VM *vm);
void vm_set_recursion_limit(VM *vm, int n); /* sys.setrecursionlimit */

/* Runs `fn(vm, ud)` catching any exception: true on success; false with
** vm->exc set to the exception. Restores the root stack and C depth. */
bool vm_protect(VM *vm, void (*fn)(VM *vm, void *ud), void *ud);

/* vm_protect for code that calls setjmp itself (@njit try/except, whose C
** text sets its catch point in its own frame): vm_catch_push links c (its
** jmp_buf first, at offset 0, for the caller's setjmp); after a normal
** exit vm_catch_pop unlinks it; after the longjmp vm_catch_caught unlinks
** it and restores what vm_protect restores, leaving vm->exc set. */
typedef struct VmCatch {
  ErrJmp ej;
  int nroots, cdepth, nframes;
  Value handling;
} VmCatch;
void vm_catch_push(VM *vm, VmCatch *c);
void vm_catch_pop(VM *vm, VmCatch *c);
void vm_catch_caught(VM *vm, VmCatch *c);

/* Calls any callable. Raises on error. From C code, remember gc.h's rule
** about rooting objects held across this call. */
Value vm_call(VM *vm, Value fn, const Args *args);
Value vm_call0(VM *vm, Value fn);
Value vm_call1(VM *vm, Value fn, Value a);
Value vm_call2(VM *vm, Value fn, Value a, Value b);

Dict *vm_frame_globals(VM *vm); /* globals() of the running frame */
/* Compiles and runs source text as module `mod` (its dict = globals).
** Raises SyntaxError/any exception. Returns the value of the last
** expression statement when `echo` is set (REPL), else None. */
Value vm_run_source(VM *vm, Module *mod, const char *src, size_t len,
                    const char *filename, bool echo);

/* import: returns the module object, loading it (built-in table, then a
** .py file beside the main script / on sys.path) and running it once. */
Value vm_import(VM *vm, Str *name);

/* Guards C recursion (repr of nested lists, C→Python calls). */
void vm_enter_c(VM *vm);
void vm_enter_c_why(VM *vm, const char *why); /* CPython's Py_EnterRecursiveCall(why) */
static inline void vm_leave_c(VM *vm) { vm->c_depth--; }

/* Checks the interrupt flag; raises KeyboardInterrupt. Called by the VM at
** loop back-edges and calls. */
void vm_check_interrupt(VM *vm);

/* Marks the frame stack (called by gc.c). */
void vm_mark_roots(VM *vm);
/* The running frames, outermost first, as (function, registers) pairs in
** out[0..2*max): gc.c compares them across collections to see whether a
** frame has returned. Returns the number of frames (may exceed max). */
int vm_frame_trail(VM *vm, const void **out, int max);

#endif
