/*
** mod_numba.h — the `numba` module (mod_numba.c) and its dispatchers
** (jit/dispatch.c): what the two share.
**
** numba type objects (numba.float64, numba.types.int32[:] …) are NbTypeObj
** values wrapping an inferred type (trace/infer.h); calling one makes a
** signature (NbSigObj). Dispatchers (@njit results) are NbDispatcher objects.
*/
#ifndef STREAK_MOD_NUMBA_H
#define STREAK_MOD_NUMBA_H

#include "../trace/infer.h"
#include <stdio.h>

#include "value.h"

extern Type TYPE_NB_TYPE;       /* numba.types.* objects: float64, float64[:] … */
extern Type TYPE_NB_SIG;        /* float64(float64[:]) */
extern Type TYPE_NB_DISPATCHER; /* CPUDispatcher */
extern Type EXC_NbTypingError;  /* numba.core.errors.TypingError */
extern Type EXC_NbUnsupportedRewriteError; /* numba.core.errors.UnsupportedRewriteError (parfors) */
extern Type EXC_NbConstantInferenceError; /* numba.core.errors.ConstantInferenceError (raise arguments) */

typedef struct NbTypeObj { Obj hdr; NbTy ty; } NbTypeObj;
typedef struct NbSigObj { Obj hdr; NbTy ret; int nargs; NbTy args[]; } NbSigObj;

Value nb_type_value(VM *vm, NbTy t);
/* The type a numba type object (or a signature string naming one) stands
** for; TypeError "<what>: expected a numba type" otherwise. */
NbTy nb_value_type(VM *vm, Value v, const char *what);
/* numba.typed.Dict and numba.typed.List (dispatch.c): the classes, whose
** instances are also what compiled code returns for its typed containers. */
extern Type TYPE_NB_TYPED_DICT, TYPE_NB_TYPED_LIST;

/* A parsed signature: ret NB_UNKNOWN when only argument types were given. */
typedef struct NbSig {
  NbTy ret;
  int nargs;
  NbTy args[32];
} NbSig;
/* Parses 'float64(float64[:])', a signature object, or a type/tuple of
** types; raises TypeError/ValueError on nonsense. */
void nb_parse_signature(VM *vm, Value v, NbSig *out);

typedef struct NbOptions {
  bool boundscheck, fastmath, parallel, cache, nogil;
  bool vec_loop;  /* @vectorize kernel: also compile the elementwise loop */
  bool numpy_errors; /* Numba's error_model='numpy' (ufunc kernels): x / 0 is inf or
                        nan and int // 0 is 0, where @njit raises ZeroDivisionError */
} NbOptions;

/* The thread count prange uses: set_num_threads(), else NUMBA_NUM_THREADS,
** else the number of CPUs (mod_numba.c). */
int nb_num_threads(void);

/* dispatch.c */
Value nb_dispatcher_new(VM *vm, Value pyfunc, const NbOptions *opt);
/* The `def` statement of a compiled function, parsed from its source file
** into a new arena (*arena: the caller frees it); `what` ("" or "kernel ")
** goes into the TypingError raised when the source or the def is missing. */
struct Code;
AstStmt *nb_parse_def(VM *vm, const struct Code *co, const char *what, AstArena **arena);
/* Compiles eagerly for a signature (TypingError on failure). */
void nb_dispatcher_add_sig(VM *vm, Value disp, const NbSig *sig);
/* Numba's typeof(value) for dispatch; NB_UNKNOWN when unsupported. */
NbTy nb_typeof(VM *vm, Value v);
/* The jitted code's own random stream (Numba keeps it apart from NumPy's). */
void *nb_rng_state(VM *vm);
/* The jitted code's stream for the stdlib's random.* (Numba's "py" state:
** apart from the interpreter's random module and from nb_rng_state). */
void *nb_pyrng_state(VM *vm);

/* ---- for @vectorize (mod_numba_vec.c) ---------------------------------- */

/* NumPy's inner-loop layout: args[0..nin) inputs, args[nin] the output. */
typedef void (*NbLoopFn)(void *ctx, char **args, const int64_t *steps, int64_t n);
/* Compiles the scalar kernel of `disp` (made with opt.vec_loop) for scalar
** argument types (ret NB_UNKNOWN: inferred; else converted to it) and
** returns an opaque handle; *ret_out gets the return type. Raises
** TypingError. */
void *nb_vec_compile(VM *vm, Value disp, int nargs, const NbTy *args, NbTy ret, NbTy *ret_out);
NbLoopFn nb_vec_loop(void *handle);          /* the current tier's loop */
void nb_vec_ran(void *handle, uint64_t ns);  /* time spent in it: tiers up */
/* A context for calling compiled code (NbCtx in trace/infer.h). */
void nb_ctx_init(VM *vm, NbCtx *ctx);
/* Runs body over [0, n) with prange's machinery (thread count, parmin,
** errors raised after the region). env's first member must be the
** `void *ctx` the chunk uses (set here). */
void nb_par_run(NbCtx *ctx, int64_t n, void (*body)(int64_t lo, int64_t hi, void *env, void *red), void *env);
/* numba.vectorize / numba.guvectorize (mod_numba_vec.c) */
Value nb_vectorize_fn(VM *vm, Value self, const Args *a);
/* @njit code calling a @vectorize ufunc (trace/infer.c, lower.c): true if
** uf is one; then *name is its name and, for operands of dtypes dts, the
** loop NumPy's safe casting picks (loop[0..n) its inputs, loop[n] its
** output, -1 for a lazy ufunc's: the kernel's own) and the kernel's @njit
** dispatcher; *found false when no loop takes them. */
bool nb_vec_ufunc(Value uf, const char **name, int n, const int *dts, int *loop, Value *disp, bool *found);
Value nb_guvectorize_fn(VM *vm, Value self, const Args *a);
/* compile counts for -j stats / STREAK_NB_STATS (dispatch.c) */
void nb_stats_print(FILE *f);

#endif
