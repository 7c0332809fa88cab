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
#include "value.h"

extern Type TYPE_NB_TYPE;       /* numba.types.* objects: float64, float64[:] … */
extern Type TYPE_NB_SIG;        /* float64(float64[:]) */
extern Type TYPE_NB_DISPATCHER; /* CPUDispatcher */
extern Type EXC_NbTypingError;  /* numba.core.errors.TypingError */

typedef struct NbTypeObj { Obj hdr; NbTy ty; } NbTypeObj;
typedef struct NbSigObj { Obj hdr; NbTy ret; int nargs; NbTy args[]; } NbSigObj;

Value nb_type_value(VM *vm, NbTy t);

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
} NbOptions;

/* dispatch.c */
Value nb_dispatcher_new(VM *vm, Value pyfunc, const NbOptions *opt);
/* Compiles eagerly for a signature (TypingError on failure). */
void nb_dispatcher_add_sig(VM *vm, Value disp, const NbSig *sig);
/* Numba's typeof(value) for dispatch; NB_UNKNOWN when unsupported. */
NbTy nb_typeof(VM *vm, Value v);
/* The jitted code's own random stream (Numba keeps it apart from NumPy's). */
void *nb_rng_state(VM *vm);

#endif
