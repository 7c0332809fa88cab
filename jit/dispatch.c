/*
** dispatch.c — @njit dispatchers: typeof the arguments, pick or compile a
** specialisation, call native code, box the result.
**
** ## Calling convention of compiled code
**     int64_t nbw_entry(NbCtx *ctx, void **args, void *ret)
** Arguments are flattened into leaves (tuples recursively); args[k] points
** to leaf k stored as its C type: scalars in their own width (bool one
** byte, complex a {double re, im} pair), arrays as {data, obj, shape[n],
** strides[n]} (nb_aN in lower.c). The result is flattened the same way
** into 16-byte slots of `ret`: ints as int64/uint64, floats as double,
** complex as two doubles, arrays as their NdArray pointer. Errors
** (IndexError, ZeroDivisionError, …) are raised by the helpers in ctx->h,
** which longjmp through the native frames like any C code of streak.
** Arrays allocated by native code are referenced only from its locals
** until boxed: safe, because the GC runs only at the interpreter's safe
** points, never during a native call.
**
** ## Tiers
** The C text of a specialisation is compiled by libtcc at once (~1 ms).
** When its tcc code has run for 2 ms in total (or at once with
** STREAK_TIER=gccjit), the same text is compiled by the system C compiler
** (cc -O3 -march=native -ffp-contract=off -fwrapv -fno-math-errno, or
** -ffast-math with fastmath=True) into a shared object on a background
** thread; the entry pointer is swapped atomically when it is ready.
** STREAK_TIER=tcc pins the first tier. libgccjit is not used here: it has
** no C front end, and lower.c emits C (see trace/infer.h).
**
** A function with loops starts the optimised build at once, in the
** background, and its first call runs in tcc code. The build has two parts
** (CcPart): the entry, which later calls run, and, if a call is still
** running in tcc code when that is in, what the call moves to
** (build_moves): the root at the next iteration of an outer loop
** (on-stack replacement, Overload.resume), callees and prange chunks at
** their OSR points or next call (Overload.fns; lower.c). Functions whose
** loops cannot move, and cache=True, build the entry before the first call
** (compile_sig).
** STREAK_NB_OSR=1 builds synchronously and moves at the first OSR point
** (for tests).
*/
#include <alloca.h>
#include <dlfcn.h>
#include <errno.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/array.h"
#include "../runtime/parallel.h"
#include "../runtime/random.h"
#include "../src/dict.h"
#include "../src/error.h"
#include "../src/func.h"
#include "../src/gc.h"
#include "../src/list.h"
#include "../src/mod_numba.h"
#include "../src/num.h"
#include "../src/object.h"
#include "../src/parse.h"
#include "../src/set.h"
#include "../src/str.h"
#include "../src/vm.h"
#include "../trace/infer.h"
#include "backend.h"
#include "../include/streak.h"

typedef int64_t (*NbEntry)(void *ctx, void **args, void *ret);

/* Overload.tier_state. A background build makes the optimised code in two
** parts (CcPart): what calls from then on run first, and then, only while
** a call is running in tcc code, what that call moves to (NBT_OPT_MOVES). */
enum {
  NBT_TCC,          /* tcc code only */
  NBT_BUILDING,     /* the optimised build is queued or compiling */
  NBT_OPT,          /* calls run the optimised build */
  NBT_FAILED,       /* it failed (or STREAK_TIER=tcc): tcc code for good */
  NBT_ORPHAN,       /* compiling for a dispatcher that died: the tier thread frees it */
  NBT_OPT_MOVES,    /* calls run the optimised build; the part to move to is compiling */
};

typedef struct Overload {
  int nargs;
  NbTy *argtys;
  NbTy ret;
  _Atomic(NbEntry) entry;
  void *tcc_mem;
  size_t tcc_size;
  void *so;            /* dlopen handle of the optimised tier */
  char *csrc;          /* C text, kept until the optimised tier is built */
  uint64_t tcc_ns;     /* time spent in tcc code */
  uint64_t tcc_last_ns;/* the last call's (it may have moved to the optimised build) */
  _Atomic int tier_state; /* TIER_* */
  _Atomic int tcc_calls; /* calls running in tcc code (they need the CC_MOVES part) */
  _Atomic uint64_t tcc_t0; /* when the oldest of them started (now_ns) */
  void *so_moves;      /* dlopen handle of the optimised build's CC_MOVES part */
  void *volatile resume; /* the optimised build's nbw_resume, once it is loaded (OSR) */
  void **volatile fns;   /* the optimised build's nbw_fns, once it is loaded (lower.c) */
  bool has_resume, has_fns; /* the C text defines them (no failing dlsym: in the tier
                               thread, glibc's dlerror buffer would leak) */
  bool fastmath;
  char *pardiag;       /* parallel_diagnostics() text (NULL: no prange loop) */
  char *annot;         /* inspect_types() text (nb_annotate) */
  bool has_lists;      /* makes or takes lists: calls run protected, to free them (NbListReg) */
  uint64_t omitted;    /* bit i: parameter i was left to its default (Numba's types.Omitted) */
  /* global arrays the code reads (NbUnit.frozen): read-only copies made at
  ** compile time (marked by disp_mark), their descriptors, NbCtx.frozen */
  int nfrozen;
  Value *frozen;
  Value *frozen_src;   /* the global each copy was made from (nb_frozen_of) */
  char *frozen_desc;
  void **frozen_ptrs;
  struct Overload *next;
} Overload;

typedef struct NbDispatcher {
  Obj hdr;
  Value pyfunc;        /* the Function */
  NbOptions opt;
  bool eager;          /* signatures were given: no lazy compilation */
  AstArena *arena;
  AstStmt *def;
  char *filename;
  Overload *overloads; /* newest last */
  int noverloads;
  /* .signatures in compile order: this dispatcher's overloads and the
  ** specialisations other @njit functions' compiles typed it for (Numba
  ** compiles those as overloads of their own; here they are part of the
  ** caller's C text) */
  struct NbSigRec { int nargs; uint64_t omitted; NbTy *argtys; } *sigs;
  int nsigs;
} NbDispatcher;

/* ---- tier settings -------------------------------------------------------- */

/* 0: both tiers, 1: tcc only, 2: the system cc only (STREAK_TIER; and
** always 2 in libstreak.so, which has no libtcc: there a specialisation is
** built by cc before its first call) */
static int get_tier_mode(void) {
  static int mode = -1;
  if (mode < 0) {
    TierMode m = jit_tier_mode_env();
    mode = m == TIERMODE_TCC ? 1 : m == TIERMODE_GCCJIT ? 2 : 0;
    if (!jit_backend_tcc.available()) mode = 2;
  }
  return mode;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- the GC side ------------------------------------------------------------ */

/* The dispatchers an argument type names (an @njit function passed as an
** argument, NK_DISP, also inside a tuple): marked while a specialisation
** for them exists, so that no other dispatcher takes their address and so
** their type while dispatch can still match it. */
static void mark_disp_types(VM *vm, NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_DISP) gc_mark_value(vm, v_obj(i->ptr));
  if (i->kind == NK_TUPLE)
    for (int k = 0; k < i->n; k++) mark_disp_types(vm, i->items[k]);
}

static void disp_mark(VM *vm, Obj *o) {
  NbDispatcher *d = (NbDispatcher *)o;
  gc_mark_value(vm, d->pyfunc);
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    for (int i = 0; i < ov->nfrozen; i++) {
      gc_mark_value(vm, ov->frozen[i]);
      gc_mark_value(vm, ov->frozen_src[i]);
    }
    for (int i = 0; i < ov->nargs; i++) mark_disp_types(vm, ov->argtys[i]);
  }
  for (int k = 0; k < d->nsigs; k++)
    for (int i = 0; i < d->sigs[k].nargs; i++) mark_disp_types(vm, d->sigs[k].argtys[i]);
}

/* Appends a signature to d's .signatures unless it is listed. */
static void disp_note_sig(NbDispatcher *d, int nargs, const NbTy *argtys, uint64_t omitted) {
  for (int k = 0; k < d->nsigs; k++) {
    const struct NbSigRec *r = &d->sigs[k];
    if (r->nargs == nargs && r->omitted == omitted && !memcmp(r->argtys, argtys, sizeof(NbTy) * (size_t)nargs)) return;
  }
  d->sigs = util_xrealloc(d->sigs, sizeof *d->sigs * (size_t)(d->nsigs + 1));
  struct NbSigRec *r = &d->sigs[d->nsigs++];
  r->nargs = nargs;
  r->omitted = omitted;
  r->argtys = util_xmalloc(sizeof(NbTy) * (size_t)(nargs ? nargs : 1));
  memcpy(r->argtys, argtys, sizeof(NbTy) * (size_t)nargs);
}

static void overload_free(Overload *ov) {
  if (ov->tcc_mem) munmap(ov->tcc_mem, ov->tcc_size);
  if (ov->so) dlclose(ov->so);
  if (ov->so_moves) dlclose(ov->so_moves);
  free(ov->csrc);
  free(ov->pardiag);
  free(ov->annot);
  free(ov->frozen);
  free(ov->frozen_src);
  free(ov->frozen_desc);
  free(ov->frozen_ptrs);
  free(ov->argtys);
  free(ov);
}

/* An overload whose background compile is pending is handed to the tier
** thread, which frees it when the compile ends (NBT_ORPHAN). */
static void disp_finalize(VM *vm, Obj *o) {
  (void)vm;
  NbDispatcher *d = (NbDispatcher *)o;
  Overload *ov = d->overloads;
  while (ov) {
    Overload *next = ov->next;
    int building = NBT_BUILDING, resuming = NBT_OPT_MOVES;
    if (!atomic_compare_exchange_strong(&ov->tier_state, &building, NBT_ORPHAN) &&
        !atomic_compare_exchange_strong(&ov->tier_state, &resuming, NBT_ORPHAN))
      overload_free(ov);
    ov = next;
  }
  d->overloads = NULL;
  for (int k = 0; k < d->nsigs; k++) free(d->sigs[k].argtys);
  free(d->sigs);
  d->sigs = NULL;
  d->nsigs = 0;
  if (d->arena) ast_arena_free(d->arena);
  free(d->filename);
}

static Function *disp_func(NbDispatcher *d) { return as_function(d->pyfunc); }

/* ---- AST of the function ------------------------------------------------------ */

static AstStmt *find_def(AstStmtList *l, const char *name, int line) {
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    AstStmt *r = NULL;
    if (s->kind == AST_S_FunctionDef) {
      if (!strcmp(s->funcdef.name, name)) {
        if (s->pos.line == line) return s;
        for (int k = 0; k < s->funcdef.decorator_list.len; k++)
          if (s->funcdef.decorator_list.items[k]->pos.line == line) return s;
      }
      r = find_def(&s->funcdef.body, name, line);
    } else if (s->kind == AST_S_ClassDef) r = find_def(&s->classdef.body, name, line);
    else if (s->kind == AST_S_If) {
      r = find_def(&s->if_.body, name, line);
      if (!r) r = find_def(&s->if_.orelse, name, line);
    } else if (s->kind == AST_S_Try) r = find_def(&s->try_.body, name, line);
    else if (s->kind == AST_S_For) r = find_def(&s->for_.body, name, line);
    else if (s->kind == AST_S_While) r = find_def(&s->while_.body, name, line);
    if (r) return r;
  }
  return NULL;
}

/* Parses the `def` of co's function out of its source file into a new arena
** (*arena, the caller's to free). `what` is "" or "kernel " for messages. */
AstStmt *nb_parse_def(VM *vm, const Code *co, const char *what, AstArena **arena) {
  const char *fname = co->filename->data;
  size_t n0 = 0;
  const char *first = err_source_line(vm, fname, 1, &n0);
  if (!first)
    vm_raise(vm, &EXC_NbTypingError, "Cannot compile %s%s(): its source text is not available (file \"%s\").", what,
             co->name->data, fname);
  int lo = 1, hi = 1;
  size_t n = 0;
  while (err_source_line(vm, fname, hi, &n)) hi *= 2;
  while (hi - lo > 1) { /* last existing line in [lo, hi) */
    int mid = (lo + hi) / 2;
    if (err_source_line(vm, fname, mid, &n)) lo = mid;
    else hi = mid;
  }
  const char *last = err_source_line(vm, fname, lo, &n);
  size_t len = (size_t)(last + n - first);
  AstArena *ar = ast_arena_new();
  SyntaxErr err;
  AstModule *m = parse_module(ar, first, len, fname, &err);
  AstStmt *def = m ? find_def(&m->body, co->name->data, co->firstline) : NULL;
  if (!def) {
    ast_arena_free(ar);
    vm_raise(vm, &EXC_NbTypingError, "Cannot compile %s%s(): its definition was not found in \"%s\" (line %d).", what,
             co->name->data, fname, co->firstline);
  }
  *arena = ar;
  return def;
}

static void load_ast(VM *vm, NbDispatcher *d) {
  if (d->def) return;
  Code *co = disp_func(d)->code;
  d->def = nb_parse_def(vm, co, "", &d->arena);
  d->filename = util_xstrdup(co->filename->data);
}

const char *nb_disp_name(void *disp) { return disp_func((NbDispatcher *)disp)->name->data; }

bool nb_disp_info(VM *vm, void *disp, NbDispInfo *out) {
  NbDispatcher *d = disp;
  load_ast(vm, d);
  Function *f = disp_func(d);
  out->def = d->def;
  out->filename = d->filename;
  out->name = f->name->data;
  out->globals = f->globals;
  out->defaults = f->defaults;
  out->boundscheck = d->opt.boundscheck;
  out->fastmath = d->opt.fastmath;
  out->parallel = d->opt.parallel;
  out->numpy_errors = d->opt.numpy_errors;
  return true;
}

/* ---- runtime helpers called by compiled code -------------------------------------- */

/* Numba keeps two generators of its own, as numba/_random.c does: one for
** np.random.* (r) and one for the stdlib's random.* (py), each seeded from
** the OS until the code seeds it, and neither shared with the interpreter's. */
typedef struct RngEntry { VM *vm; NpRandom *r, *py; struct RngEntry *next; } RngEntry;
static RngEntry *rng_list;
static pthread_mutex_t rng_lock = PTHREAD_MUTEX_INITIALIZER;

static NpRandom *rng_new_os_seeded(void) {
  NpRandom *r = util_xmalloc(sizeof *r);
  memset(r, 0, sizeof *r);
  mt19937_seed_os(&r->mt);
  return r;
}

static RngEntry *rng_entry(VM *vm) {
  pthread_mutex_lock(&rng_lock);
  RngEntry *e = rng_list;
  for (; e; e = e->next)
    if (e->vm == vm) break;
  if (!e) {
    e = util_xmalloc(sizeof *e);
    e->vm = vm;
    e->r = rng_new_os_seeded();
    e->py = rng_new_os_seeded();
    e->next = rng_list;
    rng_list = e;
  }
  pthread_mutex_unlock(&rng_lock);
  return e;
}

void *nb_rng_state(VM *vm) { return rng_entry(vm)->r; }
void *nb_pyrng_state(VM *vm) { return rng_entry(vm)->py; }

#define CTXVM(c) (((NbCtx *)(c))->vm)
#define CTXRNG(c) ((NpRandom *)((NbCtx *)(c))->rng)
#define CTXPYRNG(c) ((NpRandom *)((NbCtx *)(c))->pyrng)

static void h_raise_index(void *ctx) { vm_raise(CTXVM(ctx), &EXC_IndexError, "index is out of bounds"); }
static void h_raise_index_msg(void *ctx, const char *msg) { vm_raise(CTXVM(ctx), &EXC_IndexError, "%s", msg); }

/* raise E(constants) in compiled code: spec is nb_raise_spec's "Name;"
** then each argument (s<len>:<bytes>, i<int>;, f<%a>;, n;, b<0|1>;). */
static void h_raise_exc(void *ctx, const char *spec) {
  VM *vm = CTXVM(ctx);
  const char *semi = strchr(spec, ';');
  char name[64];
  snprintf(name, sizeof name, "%.*s", (int)(semi - spec), spec);
  Value cls = module_get(vm, vm->builtins, name);
  Value args[16];
  int n = 0;
  for (const char *p = semi + 1; *p && n < 16; n++) {
    char kind = *p++;
    char *end = (char *)p;
    switch (kind) {
    case 's': {
      size_t len = (size_t)strtoull(p, &end, 10);
      args[n] = str_new(vm, end + 1, len);
      p = end + 1 + len;
      continue;
    }
    case 'i': args[n] = v_int(strtoll(p, &end, 10)); break;
    case 'f': args[n] = v_float(strtod(p, &end)); break;
    case 'b': args[n] = v_bool(*p == '1'); end = (char *)p + 1; break;
    default: args[n] = v_none(); break;
    }
    p = end + 1; /* the ';' */
  }
  for (int i = 0; i < n; i++) gc_push_root(vm, args[i]);
  Value e = exc_new_args(vm, (Type *)cls.as.o, tuple_from(vm, args, n));
  gc_pop_roots(vm, n);
  vm_throw(vm, e);
}
static void h_raise_zerodiv(void *ctx, int which) {
  /* Numba's messages: // and % of integers differ from Python's */
  static const char *const msgs[] = {"division by zero", "integer division by zero",
                                     "complex division by zero", "float divmod()",
                                     "0.0 to a negative or complex power", "integer modulo by zero",
                                     "0 cannot be raised to a negative power", "modulo by zero",
                                     "integer divmod by zero"};
  int n = (int)(sizeof msgs / sizeof msgs[0]);
  vm_raise(CTXVM(ctx), &EXC_ZeroDivisionError, "%s", msgs[which >= 0 && which < n ? which : 0]);
}
/* try/except in @njit code: the C text calls _setjmp on c's buffer
** itself (vm_catch_push). */
static void h_try_push(void *ctx, void *c) { vm_catch_push(CTXVM(ctx), c); }
static void h_try_pop(void *ctx, void *c) { vm_catch_pop(CTXVM(ctx), c); }

/* What Numba 0.56 raises when an exception leaves an except block or a
** try with only a finally (its RERAISE opcode is unreachable by design);
** as a raise_exc spec for chunks. */
#define NB_RERAISE_TEXT \
    "Unreachable condition reached (op code RERAISE executed)\n" \
    "-------------------------------------------------------------------------------\n" \
    "This should not have happened, a problem has occurred in Numba's internals.\n" \
    "You are currently using Numba version 0.56.4.\n\n" \
    "Please report the error message and traceback, along with a minimal reproducer\n" \
    "at: https://github.com/numba/numba/issues/new?template=bug_report.md\n\n" \
    "If more help is needed please feel free to speak to the Numba core developers\n" \
    "directly at: https://gitter.im/numba/numba\n\n" \
    "Thanks in advance for your help in improving Numba!\n\n"
static const char NB_RERAISE_MSG[] = NB_RERAISE_TEXT;
static const char NB_RERAISE_SPEC[] = "AssertionError;s584:" NB_RERAISE_TEXT;
_Static_assert(sizeof NB_RERAISE_MSG - 1 == 584, "NB_RERAISE_SPEC's length");

/* mode 0: the except block runs (bare `except:` and `except Exception:`
** both catch Exception's subclasses; KeyboardInterrupt & co. go on);
** mode 1: the exception becomes Numba's AssertionError. */
static void h_try_catch(void *ctx, void *c, int mode) {
  VM *vm = CTXVM(ctx);
  vm_catch_caught(vm, c);
  Value exc = vm->exc;
  if (!type_is_subtype(v_type(exc), &EXC_Exception)) vm_throw(vm, exc);
  vm->exc = v_none();
  if (mode == 1) vm_raise(vm, &EXC_AssertionError, "%s", NB_RERAISE_MSG);
}

static void h_raise_value(void *ctx, const char *msg) { vm_raise(CTXVM(ctx), &EXC_ValueError, "%s", msg); }

static void fill_desc(NdArray *a, void *desc) {
  char *p = desc;
  memcpy(p, &a->data, sizeof(char *));
  void *obj = a;
  memcpy(p + 8, &obj, sizeof(void *));
  memcpy(p + 16, a->shape, sizeof(int64_t) * (size_t)a->ndim);
  memcpy(p + 16 + 8 * (size_t)a->ndim, a->strides, sizeof(int64_t) * (size_t)a->ndim);
}

static void h_arr_new(void *ctx, int dt, int ndim, const int64_t *shape, void *desc, int fill) {
  VM *vm = CTXVM(ctx);
  NdArray *a = fill == 1 ? arr_new(vm, (DType)dt, ndim, shape) : arr_new_uninit(vm, (DType)dt, ndim, shape);
  if (fill == 2) {
    int one = 1;
    Value v = dt == DT_BOOL ? v_bool(true) : v_int(one);
    char *p = a->data;
    for (int64_t i = 0; i < a->size; i++, p += a->itemsize) arr_store_value(vm, (DType)dt, p, v);
  }
  fill_desc(a, desc);
}

/* Runs f with vm->nprandom temporarily replaced by the jitted stream, so
** every NumPy algorithm is shared draw for draw. */
#define WITH_NB_RNG(ctx, stmt)                                                  \
  do {                                                                          \
    VM *vm_ = CTXVM(ctx);                                                       \
    NpRandom *g_ = nprandom_state(vm_), *mine_ = CTXRNG(ctx);                   \
    NpRandom save_ = *g_;                                                       \
    *g_ = *mine_;                                                               \
    stmt;                                                                       \
    *mine_ = *g_;                                                               \
    *g_ = save_;                                                                \
  } while (0)

static double h_rand_double(void *ctx) { return nprandom_next_double(CTXRNG(ctx)); }
/* Only code that inlines draws calls it, and only on rngfast (never NULL
** there: prange chunks, whose rngfast is NULL, draw through rand_double). */
static void h_rand_refill(void *ctx) { mt19937_refill(&((NpRandom *)((NbCtx *)ctx)->rngfast)->mt); }
static double h_rand_gauss(void *ctx) { return nprandom_next_gauss(CTXRNG(ctx)); }
static void h_rand_seed(void *ctx, int64_t s) {
  NpRandom *r = CTXRNG(ctx);
  mt19937_init_genrand(&r->mt, (uint32_t)s);
  r->has_gauss = false;
}
static int64_t h_rand_randint(void *ctx, int64_t lo, int64_t hi) {
  if (hi <= lo) vm_raise(CTXVM(ctx), &EXC_ValueError, "low >= high");
  int64_t r;
  WITH_NB_RNG(ctx, r = nprandom_randint(vm_, lo, hi));
  return r;
}
static double h_rand_uniform(void *ctx, double lo, double hi) {
  double r;
  WITH_NB_RNG(ctx, r = nprandom_uniform(vm_, lo, hi));
  return r;
}
static double h_rand_normal(void *ctx, double loc, double scale) {
  double r;
  WITH_NB_RNG(ctx, r = nprandom_normal(vm_, loc, scale));
  return r;
}

/* The stdlib's random.* in jitted code, on Numba's "py" state with
** numba/cpython/randomimpl.py's algorithms: seed is init_genrand of the
** seed's low 32 bits (not CPython's init_by_array), gauss NumPy's polar
** method with its cached second value (not CPython's Kinderman-Monahan),
** getrandbits and randrange CPython's draws. */
static void h_pyrand_seed(void *ctx, int64_t s) {
  NpRandom *r = CTXPYRNG(ctx);
  mt19937_init_genrand(&r->mt, (uint32_t)s);
  r->has_gauss = false;
}
static double h_pyrand_double(void *ctx) { return nprandom_next_double(CTXPYRNG(ctx)); }
/* Only code that inlines random.random() calls it (never prange chunks,
** which draw through pyrand_double). */
static void h_pyrand_refill(void *ctx) { mt19937_refill(&CTXPYRNG(ctx)->mt); }
static double h_pyrand_gauss(void *ctx, double mu, double sigma) { return mu + sigma * nprandom_next_gauss(CTXPYRNG(ctx)); }
/* nbits is Numba's int32: the low 32 bits, compared unsigned. */
static uint64_t h_pyrand_bits(void *ctx, int64_t nbits) {
  uint32_t k = (uint32_t)nbits;
  if (k == 0 || k >= 65) vm_raise(CTXVM(ctx), &EXC_OverflowError, "getrandbits() limited to 64 bits");
  return mt19937_getrandbits(&CTXPYRNG(ctx)->mt, (int)k);
}
/* Numba's _randrange_impl: the count by truncating division, 64-bit
** wrapping arithmetic, no error for a zero step (start comes back). */
static int64_t h_pyrand_range(void *ctx, int64_t start, int64_t stop, int64_t step) {
  int64_t n = (int64_t)((uint64_t)stop - (uint64_t)start);
  if (step < 0) { /* (n + step + 1) // step, without C's trap for INT64_MIN / -1 */
    int64_t w = (int64_t)((uint64_t)n + (uint64_t)step + 1);
    n = step == -1 ? (int64_t)(0 - (uint64_t)w) : w / step;
  }
  if (step > 1) n = (int64_t)((uint64_t)n + (uint64_t)step - 1) / step;
  if (n <= 0) vm_raise(CTXVM(ctx), &EXC_ValueError, "empty range for randrange()");
  int64_t r = mt19937_randbelow(&CTXPYRNG(ctx)->mt, n);
  return (int64_t)((uint64_t)start + (uint64_t)r * (uint64_t)step);
}

/* print() inside jitted code: Python's formatting of each value. */
static _Thread_local bool print_first;
static FILE *outf(VM *vm) { return vm->out ? vm->out : stdout; }
static void print_sep(VM *vm) {
  if (!print_first) fputc(' ', outf(vm));
  print_first = false;
}
static void print_value(VM *vm, Value v) {
  print_sep(vm);
  Str *s = as_str(v_str(vm, v));
  fwrite(s->data, 1, (size_t)s->nbytes, outf(vm));
}
static void h_print_begin(void *ctx) { (void)ctx; print_first = true; }
static void h_print_i64(void *ctx, int64_t i) { print_value(CTXVM(ctx), v_int(i)); }
static void h_print_f64(void *ctx, double d) { print_value(CTXVM(ctx), v_float(d)); }
static void h_print_bool(void *ctx, int b) { print_value(CTXVM(ctx), v_bool(b != 0)); }
static void h_print_str(void *ctx, const char *s) {
  print_sep(CTXVM(ctx));
  fputs(s, outf(CTXVM(ctx)));
}
static void h_print_c128(void *ctx, double re, double im) {
  VM *vm = CTXVM(ctx);
  Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
  c->re = re;
  c->im = im;
  print_value(vm, v_obj(c));
}
static void h_print_end(void *ctx) { fputc('\n', outf(CTXVM(ctx))); }
static Value load_c(VM *vm, NbTy t, const char *p);
/* An array, list, tuple or dict printed as Numba prints it: boxed (an
** array's view as its descriptor says), then str(). */
static void h_print_val(void *ctx, int ty, const void *p) {
  VM *vm = CTXVM(ctx);
  Value v = load_c(vm, ty, p);
  gc_push_root(vm, v);
  print_value(vm, v);
  gc_pop_roots(vm, 1);
}

/* An array operand from its descriptor: the object itself, or a view. */
static Value desc_value(VM *vm, const char *p, int ndim) {
  char *data;
  void *obj;
  memcpy(&data, p, sizeof data);
  memcpy(&obj, p + 8, sizeof obj);
  NdArray *a = obj;
  const int64_t *shape = (const int64_t *)(p + 16), *strides = (const int64_t *)(p + 16 + 8 * (size_t)ndim);
  bool same = a->ndim == ndim && a->data == data;
  for (int k = 0; same && k < ndim; k++)
    if (a->shape[k] != shape[k] || a->strides[k] != strides[k]) same = false;
  if (same) return v_obj(a);
  return v_obj(arr_view(vm, a, (DType)a->dtype, ndim, shape, strides, data));
}

/* z ** w on one element as Numba's complex_power_impl: a square by a
** multiplication, other powers by numba_cpow (numba_cpowf rounds). */
static bool numba_cpow_elem(DType dt, const char *pa, const char *pb, char *po) {
  double a[2], b[2], r[2];
  for (int k = 0; k < 2; k++) {
    a[k] = dt == DT_COMPLEX64 ? ((const float *)pa)[k] : ((const double *)pa)[k];
    b[k] = dt == DT_COMPLEX64 ? ((const float *)pb)[k] : ((const double *)pb)[k];
  }
  if (b[0] == 2.0 && b[1] == 0.0) {
    if (dt == DT_COMPLEX64) { /* float32 products, each rounded */
      float ar = (float)a[0], ai = (float)a[1];
      r[0] = (float)((float)(ar * ar) - (float)(ai * ai));
      r[1] = (float)((float)(ar * ai) + (float)(ai * ar));
    } else {
      r[0] = a[0] * a[0] - a[1] * a[1];
      r[1] = a[0] * a[1] + a[1] * a[0];
    }
  } else {
    num_c_pow(a[0], a[1], b[0], b[1], &r[0], &r[1]);
  }
  for (int k = 0; k < 2; k++) {
    if (dt == DT_COMPLEX64) ((float *)po)[k] = (float)r[k];
    else ((double *)po)[k] = r[k];
  }
  return true;
}

/* z / w on one element as Numba's complex_div (CPython's algorithm; in
** float32 for complex64, as lower.c's nb_cdivf): false for a zero w. */
#define NUMBA_CDIV(T, a, b, r)                                                     \
  do {                                                                             \
    T abr = b[0] < 0 ? -b[0] : b[0], abi = b[1] < 0 ? -b[1] : b[1];                \
    if (abr >= abi) {                                                              \
      if (abr == 0) return false;                                                  \
      T ratio = b[1] / b[0], denom = b[0] + b[1] * ratio;                          \
      r[0] = (a[0] + a[1] * ratio) / denom;                                        \
      r[1] = (a[1] - a[0] * ratio) / denom;                                        \
    } else if (abi >= abr) {                                                       \
      T ratio = b[0] / b[1], denom = b[0] * ratio + b[1];                          \
      r[0] = (a[0] * ratio + a[1]) / denom;                                        \
      r[1] = (a[1] * ratio - a[0]) / denom;                                        \
    } else                                                                         \
      r[0] = r[1] = (T)NAN;                                                        \
  } while (0)
/* One complex element function per kernel macro: complex64 in float,
** complex128 in double. */
#define NUMBA_COMPLEX_ELEM_FN(fn, KERNEL)                                          \
  static bool fn(DType dt, const char *pa, const char *pb, char *po) {             \
    if (dt == DT_COMPLEX64) {                                                      \
      float a[2], b[2], r[2];                                                      \
      memcpy(a, pa, sizeof a);                                                     \
      memcpy(b, pb, sizeof b);                                                     \
      KERNEL(float, a, b, r);                                                      \
      memcpy(po, r, sizeof r);                                                     \
    } else {                                                                       \
      double a[2], b[2], r[2];                                                     \
      memcpy(a, pa, sizeof a);                                                     \
      memcpy(b, pb, sizeof b);                                                     \
      KERNEL(double, a, b, r);                                                     \
      memcpy(po, r, sizeof r);                                                     \
    }                                                                              \
    return true;                                                                   \
  }
NUMBA_COMPLEX_ELEM_FN(numba_cdiv_elem, NUMBA_CDIV)
#undef NUMBA_CDIV

/* np.divide(z, w) on one element as Numba's np_complex_div_impl: NumPy's
** Smith's method with a reciprocal, but a zero w divides part by part
** (signed zeros kept: 1 / -0j is -inf+nanj, NumPy's is inf+nanj). */
#define NUMBA_NPDIV(T, a, b, r)                                                    \
  do {                                                                             \
    T abr = b[0] < 0 ? -b[0] : b[0], abi = b[1] < 0 ? -b[1] : b[1];                \
    if (abr >= abi) {                                                              \
      if (abr == 0 && abi == 0) {                                                  \
        r[0] = a[0] / b[0];                                                        \
        r[1] = a[1] / b[1];                                                        \
      } else {                                                                     \
        T rat = b[1] / b[0], scl = (T)1 / (b[0] + b[1] * rat);                     \
        r[0] = (a[0] + a[1] * rat) * scl;                                          \
        r[1] = (a[1] - a[0] * rat) * scl;                                          \
      }                                                                            \
    } else {                                                                       \
      T rat = b[0] / b[1], scl = (T)1 / (b[1] + b[0] * rat);                       \
      r[0] = (a[0] * rat + a[1]) * scl;                                            \
      r[1] = (a[1] * rat - a[0]) * scl;                                            \
    }                                                                              \
  } while (0)
NUMBA_COMPLEX_ELEM_FN(numba_npdiv_elem, NUMBA_NPDIV)
#undef NUMBA_COMPLEX_ELEM_FN
#undef NUMBA_NPDIV

/* x OP y of complex dtype dt in @njit code, element by element over the
** broadcast operands as Numba's ufunc loop runs its scalar operator (NumPy's
** own loops differ: small integer powers multiplied out, division by
** Smith's method with a reciprocal); elem false: division by zero. */
static NdArray *numba_complex_loop(VM *vm, Value x, Value y, DType dt, bool (*elem)(DType, const char *, const char *, char *)) {
  Value vs[2] = {x, y};
  NdArray *ops[3];
  for (int i = 0; i < 2; i++) {
    NdArray *a = is_array(vs[i]) ? as_array(vs[i]) : arr_from_value(vm, vs[i], dt);
    if (a->dtype != (int)dt) a = arr_cast(vm, a, dt);
    vs[i] = v_obj(a);
    gc_push_root(vm, vs[i]);
    ops[i + 1] = a;
  }
  int ndim;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes(vm, 2, ops + 1, &ndim, shape);
  ops[0] = arr_new(vm, dt, ndim, shape);
  ArrIter it;
  if (arr_iter_init(vm, &it, 3, ops, ndim, shape)) do {
      for (int64_t k = 0; k < it.n; k++)
        if (!elem(dt, it.ptr[1] + k * it.stride[1], it.ptr[2] + k * it.stride[2], it.ptr[0] + k * it.stride[0]))
          vm_raise(vm, &EXC_ZeroDivisionError, "complex division by zero");
    } while (arr_iter_next(&it));
  gc_pop_roots(vm, 2);
  return ops[0];
}

static void h_arr_binop(void *ctx, int op, int ka, const void *pa, int kb, const void *pb, int outdt, int outndim, void *out) {
  VM *vm = CTXVM(ctx);
  Value ops[2];
  int ks[2] = {ka, kb};
  const void *ps[2] = {pa, pb};
  for (int i = 0; i < 2; i++) {
    if (ks[i] >= 100) ops[i] = desc_value(vm, ps[i], ks[i] - 100);
    else if (ks[i] == 1) ops[i] = v_int(*(const int64_t *)ps[i]);
    else if (ks[i] == 4) ops[i] = v_bool(*(const int64_t *)ps[i] != 0);
    else if (ks[i] == 2) ops[i] = v_float(*(const double *)ps[i]);
    else {
      Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
      c->re = ((const double *)ps[i])[0];
      c->im = ((const double *)ps[i])[1];
      ops[i] = v_obj(c);
    }
  }
  if (op == BINOP_POW && dt_is_complex((DType)outdt)) {
    fill_desc(numba_complex_loop(vm, ops[0], ops[1], (DType)outdt, numba_cpow_elem), out);
    return;
  }
  /* complex results: each element pair computed by Numba's scalar rules
  ** (complex64 with an int64 in complex128, 2.0 / complex64 too: NumPy's
  ** value-based casting would stay complex64), then cast to outdt */
  int cd = outdt;
  if (dt_is_complex((DType)outdt)) {
    static const int scalar_dt[5] = {0, DT_INT64, DT_FLOAT64, DT_COMPLEX128, DT_BOOL};
    int d0 = ks[0] >= 100 ? as_array(ops[0])->dtype : scalar_dt[ks[0]];
    int d1 = ks[1] >= 100 ? as_array(ops[1])->dtype : scalar_dt[ks[1]];
    cd = nb_promote_dt(d0, d1);
    for (int i = 0; i < 2; i++) {
      gc_push_root(vm, ops[i]);
      NdArray *a = is_array(ops[i]) ? as_array(ops[i]) : arr_from_value(vm, ops[i], (DType)cd);
      ops[i] = v_obj(a->dtype == cd ? a : arr_cast(vm, a, (DType)cd));
      gc_pop_roots(vm, 1);
      gc_push_root(vm, ops[i]);
    }
    if (op == BINOP_TRUEDIV) {
      NdArray *q = numba_complex_loop(vm, ops[0], ops[1], (DType)cd, numba_cdiv_elem);
      gc_pop_roots(vm, 2);
      fill_desc(q->dtype == outdt ? q : arr_cast(vm, q, (DType)outdt), out);
      return;
    }
  }
  Value r = v_binop(vm, (BinOp)op, ops[0], ops[1]);
  if (dt_is_complex((DType)outdt)) gc_pop_roots(vm, 2);
  NdArray *a = is_array(r) ? as_array(r) : arr_from_value(vm, r, outdt);
  if (a->dtype != outdt) a = arr_cast(vm, a, (DType)outdt);
  if (a->ndim != outndim) vm_raise(vm, &EXC_ValueError, "internal: array result has %d dimensions, expected %d", a->ndim, outndim);
  fill_desc(a, out);
}

/* numpy.<name>(operands) for @njit code, the operands (kinds as
** arr_binop's: 100+ndim array, 1 int64, 2 double, 3 complex128, 4 bool)
** first made arrays of the loop's dtype loopdt, as Numba's ufunc loop
** converts them (NumPy's own casting is value-based: complex64 * 2.5 would
** stay complex64); complex power and division are Numba's kernels. */
static void h_np_ufunc(void *ctx, const char *name, int n, const int *kinds, const void **vals, int loopdt, int outdt,
                       int outnd, void *out) {
  VM *vm = CTXVM(ctx);
  Value mod = dict_get_str(vm, vm->modules, str_intern_c(vm, "numpy"));
  if (!is_type(mod, &TYPE_MODULE)) vm_raise(vm, &EXC_RuntimeError, "numpy is not available");
  Value argv[n + 1];
  for (int i = 0; i < n; i++) {
    Value v;
    if (kinds[i] >= 100) v = desc_value(vm, vals[i], kinds[i] - 100);
    else if (kinds[i] == 1) v = v_int(*(const int64_t *)vals[i]);
    else if (kinds[i] == 4) v = v_bool(*(const int64_t *)vals[i] != 0);
    else if (kinds[i] == 2) v = v_float(*(const double *)vals[i]);
    else {
      Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
      c->re = ((const double *)vals[i])[0];
      c->im = ((const double *)vals[i])[1];
      v = v_obj(c);
    }
    gc_push_root(vm, v);
    NdArray *a = is_array(v) ? as_array(v) : arr_from_value(vm, v, (DType)loopdt);
    if (a->dtype != loopdt) a = arr_cast(vm, a, (DType)loopdt);
    argv[i] = v_obj(a);
    gc_pop_roots(vm, 1);
    gc_push_root(vm, argv[i]); /* while the next ones are made */
  }
  Value r;
  bool div = !strcmp(name, "divide") || !strcmp(name, "true_divide");
  if ((div || !strcmp(name, "power")) && n == 2 && dt_is_complex((DType)loopdt))
    r = v_obj(numba_complex_loop(vm, argv[0], argv[1], (DType)loopdt, div ? numba_npdiv_elem : numba_cpow_elem));
  else {
    Value fn = module_get(vm, (Module *)mod.as.o, name);
    if (is_empty(fn)) vm_raise(vm, &EXC_AttributeError, "module 'numpy' has no attribute '%s'", name);
    Args a = args_pos(n, argv);
    r = vm_call(vm, fn, &a);
  }
  gc_push_root(vm, r);
  NdArray *arr = is_array(r) ? as_array(r) : arr_from_value(vm, r, (DType)outdt);
  if (arr->dtype != outdt) arr = arr_cast(vm, arr, (DType)outdt);
  if (arr->ndim != outnd) vm_raise(vm, &EXC_ValueError, "internal: array result has %d dimensions, expected %d", arr->ndim, outnd);
  gc_pop_roots(vm, n + 1);
  fill_desc(arr, out);
}

static void *h_box_array(void *ctx, void *desc, int ndim) {
  return desc_value(CTXVM(ctx), desc, ndim).as.o;
}

static void h_arr_assign(void *ctx, void *dst, int ndim, int kind, const void *src) {
  VM *vm = CTXVM(ctx);
  Value d = desc_value(vm, dst, ndim);
  gc_push_root(vm, d);
  Value sv = desc_value(vm, src, kind - 100);
  gc_push_root(vm, sv);
  arr_assign(vm, as_array(d), as_array(sv));
  gc_pop_roots(vm, 2);
}

/* z.real / z.imag of a complex array: a float view of one part (the same
** strides, the data shifted for imag), its own object so that the view's
** dtype is known wherever its descriptor goes. */
static void h_arr_part(void *ctx, const void *desc, int ndim, int imag, void *out) {
  VM *vm = CTXVM(ctx);
  Value zv = desc_value(vm, desc, ndim);
  gc_push_root(vm, zv);
  NdArray *z = as_array(zv);
  DType fd = z->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64;
  NdArray *v = arr_view(vm, z, fd, ndim, z->shape, z->strides, z->data + (imag ? dt_size(fd) : 0));
  gc_pop_roots(vm, 1);
  fill_desc(v, out);
}

/* np.random.<name>(args) run by the interpreter's implementation on the
** jitted stream (array results, shuffle, choice …). */
static void h_rand_call(void *ctx, const char *name, int n, const int *kinds, const void **vals, int outdt, int outnd, void *out) {
  VM *vm = CTXVM(ctx);
  Value mod = dict_get_str(vm, vm->modules, str_intern_c(vm, "numpy.random"));
  if (!is_type(mod, &TYPE_MODULE)) vm_raise(vm, &EXC_RuntimeError, "numpy.random is not available");
  Value fn = module_get(vm, (Module *)mod.as.o, name);
  if (is_empty(fn)) vm_raise(vm, &EXC_AttributeError, "module 'numpy.random' has no attribute '%s'", name);
  Value argv[n + 1];
  for (int i = 0; i < n; i++) {
    if (kinds[i] >= 100) argv[i] = desc_value(vm, vals[i], kinds[i] - 100);
    else if (kinds[i] == 3) { /* a size tuple: its count, then its items */
      const int64_t *t = vals[i];
      Value items[t[0] + 1];
      for (int64_t k = 0; k < t[0]; k++) items[k] = v_int(t[k + 1]);
      argv[i] = tuple_from(vm, items, t[0]);
    }
    else if (kinds[i] == 2) argv[i] = v_float(*(const double *)vals[i]);
    else argv[i] = v_int(*(const int64_t *)vals[i]);
    gc_push_root(vm, argv[i]); /* while the next ones are made */
  }
  Args a = args_pos(n, argv);
  Value r;
  WITH_NB_RNG(ctx, r = vm_call(vm_, fn, &a));
  gc_pop_roots(vm, n);
  if (outdt < 0) return;
  if (outnd > 0) {
    NdArray *arr = is_array(r) ? as_array(r) : arr_from_value(vm, r, outdt);
    if (arr->dtype != outdt) arr = arr_cast(vm, arr, (DType)outdt);
    fill_desc(arr, out);
    return;
  }
  if (dt_is_float((DType)outdt)) *(double *)out = v_to_double(vm, r);
  else *(int64_t *)out = arr_index_value(vm, r);
}


/* ---- lists: Numba's reflected list -------------------------------------------------------
** In compiled code a list is lower.c's nb_list: its length, capacity and
** items in the C layout of the item type (c_size/c_field below follow the
** C rules lower.c's declarations get). A list cannot outlive the call
** that made it (a returned one becomes a new Python list; a list argument
** is unboxed into one whose items are written back into the Python list
** after the call: reflection), so the call's registry (NbCtx.lists) owns
** them all and frees them when the call ends: no GC object, and a loop
** of calls reuses the memory at once (left to the collector, 16 MB lists
** made each call were fresh pages every time: half the time in faults). */
typedef struct NbListC {
  int64_t len, cap;
  char *data;
  int64_t extra[2]; /* lower.c's nb_dict shares this struct: len, n, mem (data), cap */
} NbListC;
typedef struct NbListReg { NbListC **items; size_t n, cap; } NbListReg;

static void nblist_free_all(NbListReg *r) {
  for (size_t i = 0; i < r->n; i++) {
    free(r->items[i]->data);
    free(r->items[i]);
  }
  free(r->items);
  r->items = NULL;
  r->n = r->cap = 0;
}

static NbListC *nblist_new(VM *vm, NbListReg *r, int64_t cap, int64_t itemsize) {
  if (r->n == r->cap) {
    size_t nc = r->cap ? r->cap * 2 : 16;
    NbListC **ni = realloc(r->items, nc * sizeof *ni);
    if (!ni) vm_raise_memory(vm);
    r->items = ni;
    r->cap = nc;
  }
  NbListC *l = calloc(1, sizeof *l);
  if (!l) vm_raise_memory(vm);
  r->items[r->n++] = l;
  if (cap > 0 && itemsize > 0) {
    l->data = malloc((size_t)cap * (size_t)itemsize);
    if (!l->data) vm_raise_memory(vm);
    l->cap = cap;
  }
  return l;
}
static void *h_list_new(void *ctx, int64_t cap, int64_t itemsize) {
  return nblist_new(CTXVM(ctx), ((NbCtx *)ctx)->lists, cap, itemsize);
}

/* lower.c's nb_str. */
typedef struct NbStrC { const char *p; int64_t n, nc; } NbStrC;

/* s as lower.c's nb_str, its bytes (NUL-terminated) copied into a list of
** this call, freed with it. */
static void str_to_c(VM *vm, NbListReg *reg, Str *s, NbStrC *o) {
  NbListC *l = nblist_new(vm, reg, s->nbytes + 1, 1);
  memcpy(l->data, s->data, (size_t)s->nbytes);
  l->data[s->nbytes] = 0;
  o->p = l->data;
  o->n = s->nbytes;
  o->nc = s->nchars;
}

/* args[0].<name>(args[1..n)) on strs in compiled code (infer.c's
** ty_str_method): the VM's own str method, whose Unicode cases,
** whitespace and digits are CPython's, as Numba's tables are. A str
** result goes into *out (its bytes in a list of this call, freed with
** it); an int or bool result is returned. */
static int64_t h_str_method(void *ctx, const char *name, int n, const void *args, void *out) {
  VM *vm = CTXVM(ctx);
  const NbStrC *a = args;
  Value v[4];
  for (int i = 0; i < n && i < 4; i++) {
    v[i] = str_new(vm, a[i].p, (size_t)a[i].n);
    gc_push_root(vm, v[i]);
  }
  Value m = v_getattr(vm, v[0], str_intern_c(vm, name));
  gc_push_root(vm, m);
  Value r = n == 1 ? vm_call0(vm, m) : n == 2 ? vm_call1(vm, m, v[1]) : vm_call2(vm, m, v[1], v[2]);
  gc_pop_roots(vm, n + 1);
  NbListReg *reg = ((NbCtx *)ctx)->lists;
  if (is_list(r)) { /* split(): a list of strs */
    gc_push_root(vm, r);
    List *src = as_list(r);
    NbListC *l = nblist_new(vm, reg, src->n, (int64_t)sizeof(NbStrC));
    for (int64_t k = 0; k < src->n; k++) str_to_c(vm, reg, as_str(src->items[k]), (NbStrC *)l->data + k);
    l->len = src->n;
    gc_pop_roots(vm, 1);
    memcpy(out, &l, sizeof l);
    return 0;
  }
  if (!is_str(r)) return r.as.i; /* V_INT or V_BOOL */
  str_to_c(vm, reg, as_str(r), out);
  return 0;
}

/* Size and alignment of a value of type t in lower.c's C declarations. */
static size_t c_align(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_SCALAR) return dt_is_complex((DType)i->dtype) ? 8 : dt_size((DType)i->dtype);
  if (i->kind == NK_OPTIONAL) return c_align(i->items[0]); /* { T v; _Bool some; } */
  if (i->kind == NK_DTYPE) return sizeof(int); /* lower.c's placeholder int */
  if (i->kind != NK_TUPLE) return 8; /* arrays' descriptors, list pointers */
  size_t a = i->n ? 1 : sizeof(int);
  for (int k = 0; k < i->n; k++)
    if (c_align(i->items[k]) > a) a = c_align(i->items[k]);
  return a;
}
static size_t c_round(size_t n, size_t a) { return (n + a - 1) / a * a; }
static size_t c_size(NbTy t);
/* The offset of field k of tuple type t (k == n: the end of the last). */
static size_t c_field(NbTy t, int k) {
  const NbTypeInfo *i = nb_type(t);
  size_t off = 0;
  for (int j = 0; j < k; j++) off = c_round(off, c_align(i->items[j])) + c_size(i->items[j]);
  return k < i->n ? c_round(off, c_align(i->items[k])) : off;
}
static size_t c_size(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  switch (i->kind) {
  case NK_SCALAR: return dt_is_complex((DType)i->dtype) ? 16 : dt_size((DType)i->dtype);
  case NK_ARRAY: return 16 + 16 * (size_t)i->ndim;
  case NK_STR: return sizeof(NbStrC);
  case NK_TUPLE: return i->n ? c_round(c_field(t, i->n), c_align(t)) : sizeof(int);
  case NK_OPTIONAL: return c_round(c_size(i->items[0]) + 1, c_align(t)); /* some follows v */
  case NK_DTYPE: return sizeof(int);
  default: return sizeof(void *);
  }
}

static Value list_from_c(VM *vm, NbTy item, const NbListC *l);
static Value dict_from_c(VM *vm, NbTy t, const NbListC *d);
static Value set_from_c(VM *vm, NbTy item, const NbListC *st);
static Value tlist_wrap(VM *vm, NbTy t, Value items);

/* The Python value of the item of type t at p. */
static Value load_c(VM *vm, NbTy t, const char *p) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    Value items[i->n + 1];
    for (int k = 0; k < i->n; k++) {
      items[k] = load_c(vm, i->items[k], p + c_field(t, k));
      gc_push_root(vm, items[k]);
    }
    Value r = tuple_from(vm, items, i->n);
    gc_pop_roots(vm, i->n);
    return r;
  }
  if (i->kind == NK_ARRAY) return desc_value(vm, p, i->ndim);
  if (i->kind == NK_DTYPE) return np_dtype_value((DType)i->dtype); /* known from the type */
  if (i->kind == NK_OPTIONAL) /* lower.c's { T v; _Bool some; }: a tuple's item printed */
    return p[c_size(i->items[0])] ? load_c(vm, i->items[0], p) : v_none();
  if (i->kind == NK_STR) {
    NbStrC s;
    memcpy(&s, p, sizeof s);
    return str_new(vm, s.p, (size_t)s.n);
  }
  if (i->kind == NK_LIST) {
    const NbListC *l;
    memcpy(&l, p, sizeof l);
    Value items = list_from_c(vm, i->items[0], l);
    return nb_is_tlist(i) ? tlist_wrap(vm, t, items) : items; /* a typed List comes back as one */
  }
  if (i->kind == NK_DICT) {
    const NbListC *d;
    memcpy(&d, p, sizeof d);
    return dict_from_c(vm, t, d);
  }
  if (i->kind == NK_SET) {
    const NbListC *st;
    memcpy(&st, p, sizeof st);
    return set_from_c(vm, i->items[0], st);
  }
  if (dt_is_complex((DType)i->dtype)) {
    Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
    memcpy(&c->re, p, 8);
    memcpy(&c->im, p + 8, 8);
    return v_obj(c);
  }
  if (i->dtype == DT_FLOAT32) {
    float f;
    memcpy(&f, p, sizeof f);
    return v_float(f);
  }
  if (i->dtype == DT_BOOL) return v_bool(*(const uint8_t *)p != 0);
  return arr_item_py(vm, (DType)i->dtype, p); /* a Python int or float */
}

/* lower.c's nb_set (hashes, then keys, of mask + 1 slots; -1 and -2 mark
** empty and deleted slots) as a new Python set, its items added in the
** table's order as Numba boxes a set. */
static Value set_from_c(VM *vm, NbTy item, const NbListC *st) {
  int64_t n = st->extra[0] + 1; /* mask + 1 */
  size_t sz = c_size(item);
  const int64_t *hs = (const int64_t *)st->data;
  const char *keys = st->data + (size_t)n * 8;
  Set *py = set_new(vm, &TYPE_SET);
  Value r = v_obj(py);
  gc_push_root(vm, r);
  for (int64_t i = 0; i < n; i++) {
    if ((uint64_t)hs[i] >= (uint64_t)-2) continue;
    Value k = load_c(vm, item, keys + (size_t)i * sz);
    gc_push_root(vm, k);
    set_add(vm, py, k);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  return r;
}

static Value list_from_c(VM *vm, NbTy item, const NbListC *l) {
  List *r = list_new(vm, l->len);
  gc_push_root(vm, v_obj(r));
  size_t sz = c_size(item);
  for (int64_t k = 0; k < l->len; k++) list_append(vm, r, load_c(vm, item, l->data + (size_t)k * sz));
  gc_pop_roots(vm, 1);
  return v_obj(r);
}

/* ---- numba.typed.Dict: what a dict returned by compiled code becomes ------------------
** Numba returns its typed dict: printed as a dict, repr'd with its type
** (`DictType[int64,float64]<iv=None>({1: 2.5})`), type name "Dict", not a
** dict subclass. Here it wraps a Python dict holding the items and forwards
** the mapping protocol and the methods to it. */
typedef struct NbTypedDict {
  Obj hdr;
  Value dict;
  NbTy ty;
} NbTypedDict;

static Value tdict(Value self) { return ((NbTypedDict *)self.as.o)->dict; }
static void tdict_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((NbTypedDict *)o)->dict); }
/* Numba's Dict.__str__: "{k: v, ...}" with str() of keys and values (an
** array value prints as [1. 2.]); its repr wraps that in the type. */
static void tdict_body(VM *vm, Value self, StrBuf *b) {
  Dict *d = as_dict(tdict(self));
  Value k, v;
  int64_t pos = 0;
  bool first = true;
  sb_putc(b, '{');
  while (dict_next(d, &pos, &k, &v)) {
    Str *ks = as_str(v_str(vm, k)), *vs = as_str(v_str(vm, v));
    sb_printf(b, "%s%s: %s", first ? "" : ", ", ks->data, vs->data);
    first = false;
  }
  sb_putc(b, '}');
}
/* str() of a typed container is its body; repr() wraps the body in its
** type, or in `untyped` while it has none (Numba's untyped Dict() and
** List()). */
static Value typed_text(VM *vm, Value self, void (*body)(VM *, Value, StrBuf *), bool repr, NbTy ty,
                        const char *untyped) {
  StrBuf b = STRBUF_INIT;
  if (repr) {
    if (ty) nb_type_str(ty, &b);
    else sb_puts(&b, untyped);
    sb_putc(&b, '(');
  }
  body(vm, self, &b);
  if (repr) sb_putc(&b, ')');
  return sb_finish(vm, &b);
}
static Value tdict_str(VM *vm, Value self) { return typed_text(vm, self, tdict_body, false, NB_UNKNOWN, NULL); }
static Value tdict_repr(VM *vm, Value self) {
  return typed_text(vm, self, tdict_body, true, ((NbTypedDict *)self.as.o)->ty, "None");
}
static int64_t tdict_len(VM *vm, Value self) { return v_len(vm, tdict(self)); }
static Value tdict_getitem(VM *vm, Value self, Value k) { return v_getitem(vm, tdict(self), k); }
static Value load_c(VM *vm, NbTy t, const char *p);
static void store_c(VM *vm, NbListReg *reg, Value v, NbTy t, char *p);
static bool ty_has_list(NbTy t);

/* v as a value of the dict's key or value type t, converted as Numba's
** typed dict converts (2 into float64 values is 2.0); a value that does not
** convert safely (a float into int64, a str) is Numba's TypingError. */
static Value tdict_convert(VM *vm, Value v, NbTy t, const char *what) {
  NbTy have = nb_typeof(vm, v);
  if (have && have == t) return v; /* nothing to convert (strs, arrays stay themselves) */
  bool ok = have && nb_safe_store(have, t);
  char buf[256];
  if (!ok || c_size(t) > sizeof buf || ty_has_list(t)) {
    StrBuf b = STRBUF_INIT, tb = STRBUF_INIT;
    nb_type_str(t, &tb);
    sb_printf(&b, "Failed in nopython mode pipeline (step: nopython frontend)\ncannot store a %s of type '%s' as %s %s",
              v_typename(v), v_typename(v), what, tb.data);
    sb_free(&tb);
    Value msg = sb_finish(vm, &b);
    vm_throw(vm, exc_new_args(vm, &EXC_NbTypingError, tuple_from(vm, &msg, 1)));
  }
  memset(buf, 0, sizeof buf);
  store_c(vm, NULL, v, t, buf);
  return load_c(vm, t, buf);
}

static NbTy typed_item_type(VM *vm, Value v, const char *what);

static void tdict_setitem(VM *vm, Value self, Value k, Value v) {
  NbTypedDict *d = (NbTypedDict *)self.as.o;
  if (!d->ty) d->ty = nb_dict(typed_item_type(vm, k, "key"), typed_item_type(vm, v, "value"));
  Value kc = tdict_convert(vm, k, nb_type(d->ty)->items[0], "key");
  gc_push_root(vm, kc);
  Value vc = tdict_convert(vm, v, nb_type(d->ty)->items[1], "value");
  gc_push_root(vm, vc);
  v_setitem(vm, d->dict, kc, vc);
  gc_pop_roots(vm, 2);
}
static void tdict_delitem(VM *vm, Value self, Value k) { v_delitem(vm, tdict(self), k); }
static int tdict_contains(VM *vm, Value self, Value k) { return v_contains(vm, tdict(self), k); }
static Value tdict_iter(VM *vm, Value self) { return v_iter(vm, tdict(self)); }
/* the dict's own methods, except those that store (below: they convert) */
static Value tdict_getattr(VM *vm, Value self, Str *name) {
  if (str_eq_c(name, "setdefault") || str_eq_c(name, "update") || str_eq_c(name, "copy")) return v_empty();
  return v_getattr_opt(vm, tdict(self), name);
}
static Value tdict_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  Value x = is_type(a, &TYPE_NB_TYPED_DICT) ? tdict(a) : a, y = is_type(b, &TYPE_NB_TYPED_DICT) ? tdict(b) : b;
  return v_richcmp(vm, x, y, op);
}

static Value tdict_setdefault(VM *vm, Value self, const Args *a) {
  Value ad[2];
  args_parse(vm, a, "setdefault", "key,|default", ad);
  Value k = ad[0], dflt = ad[1];
  if (!v_contains(vm, tdict(self), k)) tdict_setitem(vm, self, k, is_empty(dflt) ? v_none() : dflt);
  return v_getitem(vm, tdict(self), k);
}

static Value tdict_update(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "update", 1, 1);
  Value items = v_getattr(vm, a->argv[0], str_intern_c(vm, "items"));
  Value it = v_iter(vm, vm_call(vm, items, &(Args){0}));
  gc_push_root(vm, it);
  Value kv;
  while (v_next(vm, it, &kv)) {
    Tuple *t = as_tuple(kv);
    tdict_setitem(vm, self, t->items[0], t->items[1]);
  }
  gc_pop_roots(vm, 1);
  return v_none();
}

/* numba.typed.Dict(): an empty dict typed by its first item (repr None({})
** until then); Dict.empty(key_type, value_type): typed at once. */
static Value tdict_new(VM *vm, NbTy ty) {
  NbTypedDict *o = gc_alloc(vm, &TYPE_NB_TYPED_DICT, sizeof *o);
  o->ty = ty;
  o->dict = v_none();
  Value r = v_obj(o);
  gc_push_root(vm, r);
  o->dict = v_obj(dict_new(vm));
  gc_pop_roots(vm, 1);
  return r;
}

static Value tdict_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "Dict", 0, 0);
  return tdict_new(vm, NB_UNKNOWN);
}

static Value tdict_empty(VM *vm, Value self, const Args *a) {
  (void)self;
  Value ad[3];
  args_parse(vm, a, "empty", "key_type,value_type,|n_keys", ad);
  NbTy k = nb_value_type(vm, ad[0], "key_type"), v = nb_value_type(vm, ad[1], "value_type");
  return tdict_new(vm, nb_dict(k, v));
}

static Value tdict_copy(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "copy", 0, 0);
  NbTypedDict *o = gc_alloc(vm, &TYPE_NB_TYPED_DICT, sizeof *o);
  o->ty = ((NbTypedDict *)self.as.o)->ty;
  o->dict = v_none();
  Value r = v_obj(o);
  gc_push_root(vm, r);
  o->dict = vm_call(vm, v_getattr(vm, tdict(self), str_intern_c(vm, "copy")), &(Args){0});
  gc_pop_roots(vm, 1);
  return r;
}

static const MethodDef tdict_methods[] = {
    {"setdefault", tdict_setdefault},
    {"update", tdict_update},
    {"copy", tdict_copy},
    {NULL, NULL},
};
static const MethodDef tdict_classmethods[] = {{"empty", tdict_empty}, {NULL, NULL}};

Type TYPE_NB_TYPED_DICT = {.hdr = TYPE_HEADER, .name = "Dict", .module = "numba.typed.typeddict", .base = &TYPE_OBJECT,
                           .mark = tdict_mark, .repr = tdict_repr, .str = tdict_str, .richcmp = tdict_richcmp,
                           .len = tdict_len, .getitem = tdict_getitem, .setitem = tdict_setitem,
                           .delitem = tdict_delitem, .contains = tdict_contains, .iter = tdict_iter,
                           .getattr = tdict_getattr, .methods = tdict_methods, .ctor = tdict_ctor,
                           .classmethods = tdict_classmethods};

/* ---- numba.typed.List ---------------------------------------------------------------
** Numba's typed list: items of one type (ListType[int64]), fixed by
** List.empty_list(t) or by the first item stored, every later item
** converted to it as the typed Dict converts; printed "[1, 2]" with str()
** of the items, repr'd with its type. Here it wraps a Python list. */
typedef struct NbTypedList {
  Obj hdr;
  Value list;
  NbTy ty; /* nb_tlist(item), or NB_UNKNOWN before the first item */
} NbTypedList;

static Value tlist(Value self) { return ((NbTypedList *)self.as.o)->list; }
static void tlist_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((NbTypedList *)o)->list); }

static Value tlist_new(VM *vm, NbTy ty) {
  NbTypedList *o = gc_alloc(vm, &TYPE_NB_TYPED_LIST, sizeof *o);
  o->ty = ty;
  o->list = v_none();
  Value r = v_obj(o);
  gc_push_root(vm, r);
  o->list = v_obj(list_new(vm, 0));
  gc_pop_roots(vm, 1);
  return r;
}

/* A typed List of type t holding the Python list items. */
static Value tlist_wrap(VM *vm, NbTy t, Value items) {
  gc_push_root(vm, items);
  Value r = tlist_new(vm, t);
  ((NbTypedList *)r.as.o)->list = items;
  gc_pop_roots(vm, 1);
  return r;
}

/* The type a first item gives a typed container: Numba's typeof. */
static NbTy typed_item_type(VM *vm, Value v, const char *what) {
  NbTy t = nb_typeof(vm, v);
  if (!t || ty_has_list(t)) {
    StrBuf b = STRBUF_INIT;
    sb_printf(&b, "Failed in nopython mode pipeline (step: nopython frontend)\ncannot store a %s as the %s of a typed container",
              v_typename(v), what);
    Value msg = sb_finish(vm, &b);
    vm_throw(vm, exc_new_args(vm, &EXC_NbTypingError, tuple_from(vm, &msg, 1)));
  }
  return t;
}

/* v as an item of the list (its type fixed by the first one). */
static Value tlist_item(VM *vm, Value self, Value v) {
  NbTypedList *l = (NbTypedList *)self.as.o;
  if (!l->ty) {
    l->ty = nb_tlist(typed_item_type(vm, v, "item"));
    return v;
  }
  return tdict_convert(vm, v, nb_list_item(l->ty), "item");
}

static void tlist_body(VM *vm, Value self, StrBuf *b) {
  List *l = as_list(tlist(self));
  sb_putc(b, '[');
  for (int64_t k = 0; k < l->n; k++) sb_printf(b, "%s%s", k ? ", " : "", as_str(v_str(vm, l->items[k]))->data);
  sb_putc(b, ']');
}
static Value tlist_str(VM *vm, Value self) { return typed_text(vm, self, tlist_body, false, NB_UNKNOWN, NULL); }
static Value tlist_repr(VM *vm, Value self) {
  return typed_text(vm, self, tlist_body, true, ((NbTypedList *)self.as.o)->ty, "ListType[Undefined]");
}

static void tlist_append_value(VM *vm, Value self, Value v) {
  Value c = tlist_item(vm, self, v);
  gc_push_root(vm, c);
  list_append(vm, as_list(tlist(self)), c);
  gc_pop_roots(vm, 1);
}

static void tlist_extend_iter(VM *vm, Value self, Value iterable) {
  Value it = v_iter(vm, iterable), x;
  gc_push_root(vm, it);
  while (v_next(vm, it, &x)) tlist_append_value(vm, self, x);
  gc_pop_roots(vm, 1);
}

/* List() or List(iterable) */
static Value tlist_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value ad[1];
  args_parse(vm, a, "List", "|iterable", ad);
  Value r = tlist_new(vm, NB_UNKNOWN);
  if (is_empty(ad[0])) return r;
  gc_push_root(vm, r);
  tlist_extend_iter(vm, r, ad[0]);
  gc_pop_roots(vm, 1);
  return r;
}

static Value tlist_empty_list(VM *vm, Value self, const Args *a) {
  (void)self;
  Value ad[2];
  args_parse(vm, a, "empty_list", "item_type,|allocated", ad);
  return tlist_new(vm, nb_tlist(nb_value_type(vm, ad[0], "item_type")));
}

static Value tlist_append(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "append", 1, 1);
  tlist_append_value(vm, self, a->argv[0]);
  return v_none();
}
static Value tlist_extend(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "extend", 1, 1);
  tlist_extend_iter(vm, self, a->argv[0]);
  return v_none();
}
static Value tlist_insert(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "insert", 2, 2);
  Value args[2] = {a->argv[0], tlist_item(vm, self, a->argv[1])};
  gc_push_root(vm, args[1]);
  vm_call(vm, v_getattr(vm, tlist(self), str_intern_c(vm, "insert")), &(Args){2, args, 0, NULL, NULL});
  gc_pop_roots(vm, 1);
  return v_none();
}
static Value tlist_copy(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "copy", 0, 0);
  Value r = tlist_new(vm, ((NbTypedList *)self.as.o)->ty);
  List *src = as_list(tlist(self)), *dst = as_list(tlist(r));
  gc_push_root(vm, r);
  for (int64_t k = 0; k < src->n; k++) list_append(vm, dst, src->items[k]);
  gc_pop_roots(vm, 1);
  return r;
}

static int64_t tlist_len(VM *vm, Value self) { return v_len(vm, tlist(self)); }
/* an index reads the item; a slice is a new typed List of the same type */
static Value tlist_getitem(VM *vm, Value self, Value k) {
  Value got = v_getitem(vm, tlist(self), k);
  if (!is_type(k, &TYPE_SLICE)) return got;
  return tlist_wrap(vm, ((NbTypedList *)self.as.o)->ty, got);
}
static void tlist_setitem(VM *vm, Value self, Value k, Value v) {
  if (!is_type(k, &TYPE_SLICE)) {
    Value c = tlist_item(vm, self, v);
    gc_push_root(vm, c);
    v_setitem(vm, tlist(self), k, c);
    gc_pop_roots(vm, 1);
    return;
  }
  if (!is_type(v, &TYPE_NB_TYPED_LIST)) { /* Numba's setitem takes a typed List for a slice */
    Value msg = str_printf(vm, "Failed in nopython mode pipeline (step: nopython frontend)\nNo implementation of function "
                               "Function(<built-in function setitem>) found for a slice of a typed List and a %s",
                           v_typename(v));
    vm_throw(vm, exc_new_args(vm, &EXC_NbTypingError, tuple_from(vm, &msg, 1)));
  }
  Value items = tlist_new(vm, ((NbTypedList *)self.as.o)->ty); /* converted one by one */
  gc_push_root(vm, items);
  tlist_extend_iter(vm, items, v);
  v_setitem(vm, tlist(self), k, tlist(items));
  gc_pop_roots(vm, 1);
}
static void tlist_delitem(VM *vm, Value self, Value k) { v_delitem(vm, tlist(self), k); }
static int tlist_contains(VM *vm, Value self, Value x) { return v_contains(vm, tlist(self), x); }
static Value tlist_iter(VM *vm, Value self) { return v_iter(vm, tlist(self)); }
/* the list's own methods that only read or reorder (pop, index, sort ...) */
static Value tlist_getattr(VM *vm, Value self, Str *name) {
  if (str_eq_c(name, "append") || str_eq_c(name, "extend") || str_eq_c(name, "insert") || str_eq_c(name, "copy"))
    return v_empty();
  return v_getattr_opt(vm, tlist(self), name);
}
/* Numba's List compares with typed Lists only: with anything else both ==
** and != are False */
static Value tlist_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_type(a, &TYPE_NB_TYPED_LIST) || !is_type(b, &TYPE_NB_TYPED_LIST))
    return op == CMP_EQ || op == CMP_NE ? v_bool(false) : v_notimpl();
  return v_richcmp(vm, tlist(a), tlist(b), op);
}

static const MethodDef tlist_methods[] = {
    {"append", tlist_append}, {"extend", tlist_extend}, {"insert", tlist_insert}, {"copy", tlist_copy}, {NULL, NULL},
};
static const MethodDef tlist_classmethods[] = {{"empty_list", tlist_empty_list}, {NULL, NULL}};

Type TYPE_NB_TYPED_LIST = {.hdr = TYPE_HEADER, .name = "List", .module = "numba.typed.typedlist", .base = &TYPE_OBJECT,
                           .mark = tlist_mark, .repr = tlist_repr, .str = tlist_str, .richcmp = tlist_richcmp,
                           .len = tlist_len, .getitem = tlist_getitem, .setitem = tlist_setitem,
                           .delitem = tlist_delitem, .contains = tlist_contains, .iter = tlist_iter,
                           .getattr = tlist_getattr, .methods = tlist_methods, .ctor = tlist_ctor,
                           .classmethods = tlist_classmethods};

/* A compiled dict (lower.c's nb_dict of type t: one block of slots, keys,
** values and live flags) as a numba.typed.Dict, items in insertion order. */
static Value dict_from_c(VM *vm, NbTy t, const NbListC *d) {
  const NbTypeInfo *di = nb_type(t);
  size_t ks = c_size(di->items[0]), vs = c_size(di->items[1]), cap = (size_t)d->extra[0];
  const char *keys = d->data + cap * 8, *vals = keys + c_round(cap * ks, 8), *live = vals + c_round(cap * vs, 8);
  Dict *py = dict_new(vm);
  gc_push_root(vm, v_obj(py));
  for (int64_t e = 0; e < d->cap; e++) { /* d->cap: nb_dict's n, the entries used */
    if (!live[e]) continue;
    Value k = load_c(vm, di->items[0], keys + (size_t)e * ks);
    gc_push_root(vm, k);
    Value v = load_c(vm, di->items[1], vals + (size_t)e * vs);
    gc_push_root(vm, v);
    dict_set(vm, py, k, v);
    gc_pop_roots(vm, 2);
  }
  NbTypedDict *o = gc_alloc(vm, &TYPE_NB_TYPED_DICT, sizeof *o);
  o->dict = v_obj(py);
  o->ty = t;
  gc_pop_roots(vm, 1);
  return v_obj(o);
}

static void store_scalar(VM *vm, Value v, int dtype, char *p);

/* A typed.Dict argument's items as lower.c's nb_dict of type t: the entries
** in order, every slot empty and `pad` set, so that the compiled code
** makes the slots with its own hash at the first lookup. */
static NbListC *dict_to_c(VM *vm, NbListReg *reg, NbTy t, Dict *py) {
  const NbTypeInfo *di = nb_type(t);
  size_t ks = c_size(di->items[0]), vs = c_size(di->items[1]);
  int64_t n = dict_len(py), cap = 8;
  while (cap * 2 < (n + 1) * 3) cap *= 2;
  NbListC *d = nblist_new(vm, reg, 0, 0);
  size_t koff = (size_t)cap * 8, voff = koff + c_round((size_t)cap * ks, 8), loff = voff + c_round((size_t)cap * vs, 8);
  d->data = calloc(1, loff + (size_t)cap);
  if (!d->data) vm_raise_memory(vm);
  for (int64_t i = 0; i < cap; i++) ((int64_t *)d->data)[i] = -1;
  Value k, v;
  int64_t pos = 0, e = 0;
  while (dict_next(py, &pos, &k, &v)) {
    store_c(vm, reg, k, di->items[0], d->data + koff + (size_t)e * ks);
    store_c(vm, reg, v, di->items[1], d->data + voff + (size_t)e * vs);
    d->data[loff + (size_t)e] = 1;
    e++;
  }
  d->len = d->cap = n; /* nb_dict's len, n */
  d->extra[0] = cap;   /* its cap */
  d->extra[1] = 1;     /* its pad: no slots yet */
  return d;
}

/* Writes v (of type t: nb_typeof said so) at p in the C layout; lists
** made go to reg. */
static void store_c(VM *vm, NbListReg *reg, Value v, NbTy t, char *p) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    for (int k = 0; k < i->n; k++) store_c(vm, reg, as_tuple(v)->items[k], i->items[k], p + c_field(t, k));
  } else if (i->kind == NK_ARRAY) {
    fill_desc(as_array(v), p);
  } else if (i->kind == NK_STR) { /* the str's own bytes: the list argument holds it for the call */
    Str *s = as_str(v);
    NbStrC c = {s->data, s->nbytes, s->nchars};
    memcpy(p, &c, sizeof c);
  } else if (i->kind == NK_LIST) {
    List *src = as_list(nb_is_tlist(i) ? tlist(v) : v);
    size_t sz = c_size(i->items[0]);
    NbListC *l = nblist_new(vm, reg, src->n, (int64_t)sz);
    for (int64_t k = 0; k < src->n; k++) store_c(vm, reg, src->items[k], i->items[0], l->data + (size_t)k * sz);
    l->len = src->n;
    memcpy(p, &l, sizeof l);
  } else if (i->kind == NK_DICT) {
    NbListC *d = dict_to_c(vm, reg, t, as_dict(tdict(v)));
    memcpy(p, &d, sizeof d);
  } else if (i->kind == NK_SCALAR) {
    store_scalar(vm, v, i->dtype, p);
  }
}

/* After a call: the Python list arg gets the compiled list's items. */
static void reflect_list(VM *vm, List *dst, NbTy lt, const NbListC *l) {
  Value fresh = list_from_c(vm, nb_list_item(lt), l);
  gc_push_root(vm, fresh);
  List *f = as_list(fresh);
  dst->n = 0;
  for (int64_t k = 0; k < f->n; k++) list_append(vm, dst, f->items[k]);
  gc_pop_roots(vm, 1);
}

/* ---- prange: par_for and the helpers chunks call (runtime/parallel.h) ----------------
** Chunk code gets a copy of the context whose helper table is `par_helpers`:
** the raising helpers record the error with par_fail (the chunk stops; the
** error is raised on the main thread after the region), and the helpers that
** touch the VM (allocation, printing, random streams) run one at a time under
** a mutex and inside vm_protect, so an exception never longjmps across an
** OpenMP region. */

enum { PERR_INDEX = 1, PERR_ZERODIV, PERR_VALUE, PERR_EXC, PERR_RAISE };

static pthread_mutex_t par_lock = PTHREAD_MUTEX_INITIALIZER;

static void ph_raise_index(void *ctx) { (void)ctx; par_fail(PERR_INDEX, 0, NULL); }
static void ph_raise_index_msg(void *ctx, const char *msg) { (void)ctx; par_fail(PERR_INDEX, 0, msg); }
static void ph_raise_exc(void *ctx, const char *spec) { (void)ctx; par_fail(PERR_RAISE, 0, spec); }
static void ph_raise_zerodiv(void *ctx, int which) { (void)ctx; par_fail(PERR_ZERODIV, which, NULL); }
static void ph_raise_value(void *ctx, const char *msg) { (void)ctx; par_fail(PERR_VALUE, 0, msg); }

typedef struct PCall {
  int which;          /* NBH_* */
  void *ctx;
  intptr_t i[8];
  double d[2];
  const void *p[8];
  union { double d; int64_t i; void *p; } r;
} PCall;

static void pcall_run(VM *vm, void *ud) {
  (void)vm;
  PCall *c = ud;
  void *ctx = c->ctx;
  switch (c->which) {
  case NBH_arr_new: h_arr_new(ctx, (int)c->i[0], (int)c->i[1], c->p[0], (void *)c->p[1], (int)c->i[2]); break;
  case NBH_rand_double: c->r.d = h_rand_double(ctx); break;
  case NBH_rand_gauss: c->r.d = h_rand_gauss(ctx); break;
  case NBH_rand_seed: h_rand_seed(ctx, (int64_t)c->i[0]); break;
  case NBH_rand_randint: c->r.i = h_rand_randint(ctx, (int64_t)c->i[0], (int64_t)c->i[1]); break;
  case NBH_rand_uniform: c->r.d = h_rand_uniform(ctx, c->d[0], c->d[1]); break;
  case NBH_rand_normal: c->r.d = h_rand_normal(ctx, c->d[0], c->d[1]); break;
  case NBH_print_begin: h_print_begin(ctx); break;
  case NBH_print_i64: h_print_i64(ctx, (int64_t)c->i[0]); break;
  case NBH_print_f64: h_print_f64(ctx, c->d[0]); break;
  case NBH_print_bool: h_print_bool(ctx, (int)c->i[0]); break;
  case NBH_print_str: h_print_str(ctx, c->p[0]); break;
  case NBH_print_c128: h_print_c128(ctx, c->d[0], c->d[1]); break;
  case NBH_print_end: h_print_end(ctx); break;
  case NBH_print_val: h_print_val(ctx, (int)c->i[0], c->p[0]); break;
  case NBH_arr_binop:
    h_arr_binop(ctx, (int)c->i[0], (int)c->i[1], c->p[0], (int)c->i[2], c->p[1], (int)c->i[3], (int)c->i[4], (void *)c->p[2]);
    break;
  case NBH_box_array: c->r.p = h_box_array(ctx, (void *)c->p[0], (int)c->i[0]); break;
  case NBH_list_new: c->r.p = h_list_new(ctx, (int64_t)c->i[0], (int64_t)c->i[1]); break;
  case NBH_str_method: c->r.i = h_str_method(ctx, c->p[0], (int)c->i[0], c->p[1], (void *)c->p[2]); break;
  case NBH_arr_assign: h_arr_assign(ctx, (void *)c->p[0], (int)c->i[0], (int)c->i[1], c->p[1]); break;
  case NBH_arr_part: h_arr_part(ctx, c->p[0], (int)c->i[0], (int)c->i[1], (void *)c->p[1]); break;
  case NBH_rand_call:
    h_rand_call(ctx, c->p[0], (int)c->i[0], c->p[1], (const void **)c->p[2], (int)c->i[1], (int)c->i[2], (void *)c->p[3]);
    break;
  case NBH_np_ufunc:
    h_np_ufunc(ctx, c->p[0], (int)c->i[0], c->p[1], (const void **)c->p[2], (int)c->i[1], (int)c->i[2], (int)c->i[3],
               (void *)c->p[3]);
    break;
  case NBH_pyrand_seed: h_pyrand_seed(ctx, (int64_t)c->i[0]); break;
  case NBH_pyrand_double: c->r.d = h_pyrand_double(ctx); break;
  case NBH_pyrand_gauss: c->r.d = h_pyrand_gauss(ctx, c->d[0], c->d[1]); break;
  case NBH_pyrand_bits: c->r.i = (int64_t)h_pyrand_bits(ctx, (int64_t)c->i[0]); break;
  case NBH_pyrand_range: c->r.i = h_pyrand_range(ctx, (int64_t)c->i[0], (int64_t)c->i[1], (int64_t)c->i[2]); break;
  default: break;
  }
}

/* Runs one VM-touching helper from a chunk: serialised, exceptions recorded. */
static void pcall(PCall *c) {
  VM *vm = CTXVM(c->ctx);
  pthread_mutex_lock(&par_lock);
  bool ok = vm_protect(vm, pcall_run, c);
  Value exc = vm->exc;
  pthread_mutex_unlock(&par_lock);
  if (!ok) par_fail(PERR_EXC, 0, exc.tag == V_OBJ ? (const void *)exc.as.o : NULL);
}

#define PC(W) PCall c_ = {.which = NBH_##W, .ctx = ctx}
static void ph_arr_new(void *ctx, int dt, int ndim, const int64_t *shape, void *desc, int fill) {
  PC(arr_new);
  c_.i[0] = dt; c_.i[1] = ndim; c_.i[2] = fill; c_.p[0] = shape; c_.p[1] = desc;
  pcall(&c_);
}
static double ph_rand_double(void *ctx) { PC(rand_double); pcall(&c_); return c_.r.d; }
static double ph_rand_gauss(void *ctx) { PC(rand_gauss); pcall(&c_); return c_.r.d; }
static void ph_rand_seed(void *ctx, int64_t s) { PC(rand_seed); c_.i[0] = (intptr_t)s; pcall(&c_); }
static int64_t ph_rand_randint(void *ctx, int64_t lo, int64_t hi) {
  PC(rand_randint);
  c_.i[0] = (intptr_t)lo; c_.i[1] = (intptr_t)hi;
  pcall(&c_);
  return c_.r.i;
}
static double ph_rand_uniform(void *ctx, double lo, double hi) { PC(rand_uniform); c_.d[0] = lo; c_.d[1] = hi; pcall(&c_); return c_.r.d; }
static double ph_rand_normal(void *ctx, double lo, double hi) { PC(rand_normal); c_.d[0] = lo; c_.d[1] = hi; pcall(&c_); return c_.r.d; }
static void ph_print_begin(void *ctx) { PC(print_begin); pcall(&c_); }
static void ph_print_i64(void *ctx, int64_t i) { PC(print_i64); c_.i[0] = (intptr_t)i; pcall(&c_); }
static void ph_print_f64(void *ctx, double d) { PC(print_f64); c_.d[0] = d; pcall(&c_); }
static void ph_print_bool(void *ctx, int b) { PC(print_bool); c_.i[0] = b; pcall(&c_); }
static void ph_print_str(void *ctx, const char *s) { PC(print_str); c_.p[0] = s; pcall(&c_); }
static void ph_print_c128(void *ctx, double re, double im) { PC(print_c128); c_.d[0] = re; c_.d[1] = im; pcall(&c_); }
static void ph_print_end(void *ctx) { PC(print_end); pcall(&c_); }
static void ph_print_val(void *ctx, int ty, const void *p) { PC(print_val); c_.i[0] = ty; c_.p[0] = p; pcall(&c_); }
static void ph_arr_binop(void *ctx, int op, int ka, const void *pa, int kb, const void *pb, int outdt, int outndim, void *out) {
  PC(arr_binop);
  c_.i[0] = op; c_.i[1] = ka; c_.i[2] = kb; c_.i[3] = outdt; c_.i[4] = outndim;
  c_.p[0] = pa; c_.p[1] = pb; c_.p[2] = out;
  pcall(&c_);
}
static void *ph_list_new(void *ctx, int64_t cap, int64_t isz) { PC(list_new); c_.i[0] = (intptr_t)cap; c_.i[1] = (intptr_t)isz; pcall(&c_); return c_.r.p; }
static int64_t ph_str_method(void *ctx, const char *name, int n, const void *args, void *out) {
  PC(str_method);
  c_.p[0] = name; c_.i[0] = n; c_.p[1] = args; c_.p[2] = out;
  pcall(&c_);
  return c_.r.i;
}
static void *ph_box_array(void *ctx, void *desc, int ndim) { PC(box_array); c_.p[0] = desc; c_.i[0] = ndim; pcall(&c_); return c_.r.p; }
static void ph_arr_assign(void *ctx, void *dst, int ndim, int kind, const void *src) {
  PC(arr_assign);
  c_.p[0] = dst; c_.i[0] = ndim; c_.i[1] = kind; c_.p[1] = src;
  pcall(&c_);
}
static void ph_arr_part(void *ctx, const void *desc, int ndim, int imag, void *out) {
  PC(arr_part);
  c_.p[0] = desc; c_.i[0] = ndim; c_.i[1] = imag; c_.p[1] = out;
  pcall(&c_);
}
static void ph_rand_call(void *ctx, const char *name, int n, const int *kinds, const void **vals, int outdt, int outnd, void *out) {
  PC(rand_call);
  c_.p[0] = name; c_.i[0] = n; c_.p[1] = kinds; c_.p[2] = vals; c_.i[1] = outdt; c_.i[2] = outnd; c_.p[3] = out;
  pcall(&c_);
}
static void ph_np_ufunc(void *ctx, const char *name, int n, const int *kinds, const void **vals, int loopdt, int outdt,
                        int outnd, void *out) {
  PC(np_ufunc);
  c_.p[0] = name; c_.i[0] = n; c_.p[1] = kinds; c_.p[2] = vals; c_.i[1] = loopdt; c_.i[2] = outdt; c_.i[3] = outnd;
  c_.p[3] = out;
  pcall(&c_);
}
static void ph_pyrand_seed(void *ctx, int64_t s) { PC(pyrand_seed); c_.i[0] = (intptr_t)s; pcall(&c_); }
static double ph_pyrand_double(void *ctx) { PC(pyrand_double); pcall(&c_); return c_.r.d; }
static double ph_pyrand_gauss(void *ctx, double mu, double sigma) {
  PC(pyrand_gauss);
  c_.d[0] = mu; c_.d[1] = sigma;
  pcall(&c_);
  return c_.r.d;
}
static uint64_t ph_pyrand_bits(void *ctx, int64_t nbits) { PC(pyrand_bits); c_.i[0] = (intptr_t)nbits; pcall(&c_); return (uint64_t)c_.r.i; }
static int64_t ph_pyrand_range(void *ctx, int64_t start, int64_t stop, int64_t step) {
  PC(pyrand_range);
  c_.i[0] = (intptr_t)start; c_.i[1] = (intptr_t)stop; c_.i[2] = (intptr_t)step;
  pcall(&c_);
  return c_.r.i;
}
#undef PC
static int64_t h_par_for(void *ctx, int64_t n, void *body, void *env, void *red, int64_t red_size, int64_t maxc,
                         int64_t heavy);
#define ph_par_for h_par_for
static void h_osr_moved(void *ctx);
#define ph_osr_moved h_osr_moved
#define ph_rand_refill h_rand_refill /* never called in chunks: their rngfast is NULL */
#define ph_pyrand_refill h_pyrand_refill /* nor this: their inlined draws use the helpers */

/* try statements in functions a chunk calls: the catch point is the
** chunk's (par_catch_push; VmCatch's prev holds the one before it), and
** every error recorded there counts as an Exception. */
static void ph_try_push(void *ctx, void *c) {
  (void)ctx;
  ((VmCatch *)c)->ej.prev = par_catch_push(((VmCatch *)c)->ej.buf);
}
static void ph_try_pop(void *ctx, void *c) {
  (void)ctx;
  par_catch_pop(((VmCatch *)c)->ej.prev);
}
static void ph_try_catch(void *ctx, void *c, int mode) {
  (void)ctx;
  par_catch_take(((VmCatch *)c)->ej.prev);
  if (mode == 1) par_fail(PERR_RAISE, 0, NB_RERAISE_SPEC);
}

static void *const par_helpers[NBH__COUNT] = {
#define X(name) (void *)ph_##name,
    NB_HELPERS(X)
#undef X
};

static _Atomic int64_t par_loops_run, par_loops_serial;

/* heavy: the body has an inner loop or calls a function, so even a short
** loop is worth the threads (parmin counts cheap iterations). */
static int64_t h_par_for(void *ctx, int64_t n, void *body, void *env, void *red, int64_t red_size, int64_t maxc,
                         int64_t heavy) {
  VM *vm = CTXVM(ctx);
  ParBody fn = (ParBody)body;
  if (n <= 0) return 0;
  int nth = nb_num_threads();
  if (par_active() || nth <= 1 || n < (heavy ? 2 : vm->jitp.parmin)) {
    /* serial: this thread, the caller's context (errors raise directly);
    ** reductions still in the chunks the threads would run, so that a
    ** float sum adds up as Numba's does (it always splits the loop) */
    atomic_fetch_add(&par_loops_serial, 1);
    int nc = red_size && !par_active() ? par_nchunks(n, nth, (int)maxc, (size_t)red_size) : 1;
    for (int k = 0; k < nc; k++) {
      int64_t lo, hi;
      par_chunk(n, nc, k, &lo, &hi);
      fn(lo, hi, env, (char *)red + k * red_size);
    }
    return nc;
  }
  atomic_fetch_add(&par_loops_run, 1);
  NbCtx pctx = *(NbCtx *)ctx;
  memcpy(pctx.h, par_helpers, sizeof par_helpers);
  pctx.rngfast = NULL;
  pctx.stack_floor = NULL; /* the threads' stacks are their own */
  void *saved = *(void **)env;
  *(void **)env = &pctx;
  ParError err;
  int nc = par_for(n, nth, (int)maxc, fn, env, red, (size_t)red_size, &err);
  *(void **)env = saved;
  switch (err.code) {
  case 0: break;
  case PERR_INDEX:
    if (err.p) h_raise_index_msg(ctx, err.p);
    h_raise_index(ctx);
    break;
  case PERR_ZERODIV: h_raise_zerodiv(ctx, (int)err.a); break;
  case PERR_VALUE: h_raise_value(ctx, err.p); break;
  case PERR_RAISE: h_raise_exc(ctx, err.p); break;
  default:
    if (err.p) vm_throw(vm, v_obj((Obj *)err.p));
    vm_raise(vm, &EXC_RuntimeError, "an error occurred in a prange loop");
  }
  return nc;
}

/* ---- statistics (-j stats, STREAK_NB_STATS=1) ---------------------------------------- */

static _Atomic int64_t st_tcc, st_cc, st_cc_bg, st_osr, st_cache_hits, st_cache_writes, st_cache_bad;

static void h_osr_moved(void *ctx) {
  (void)ctx;
  atomic_fetch_add(&st_osr, 1);
}

void nb_stats_print(FILE *f) {
  fprintf(f, "numba: %lld compiles (%lld tcc, %lld cc, %lld cc in the background), %lld calls moved by OSR, %lld cache hits, %lld cache writes, %lld bad cache files; prange: %lld loops parallel, %lld serial\n",
          (long long)(st_tcc + st_cc + st_cc_bg), (long long)st_tcc, (long long)st_cc, (long long)st_cc_bg, (long long)st_osr,
          (long long)st_cache_hits, (long long)st_cache_writes, (long long)st_cache_bad, (long long)par_loops_run,
          (long long)par_loops_serial);
}
static void stats_atexit(void) { nb_stats_print(stderr); }
static void stats_register(VM *vm) {
  static bool done;
  if (done) return;
  const char *e = getenv("STREAK_NB_STATS");
  if (vm->jit.stats || (e && *e && strcmp(e, "0"))) {
    done = true;
    atexit(stats_atexit);
  }
}

static void *const helpers[NBH__COUNT] = {
#define X(name) (void *)h_##name,
    NB_HELPERS(X)
#undef X
};

/* ---- the disk cache (cache=True) --------------------------------------------------------
** The key is a 128-bit hash of: the streak version, the CPU (model name and
** flags from /proc/cpuinfo: the code is built with -march=native), the C
** compiler and flags (STREAK_CC, fastmath), and the generated C text. The C
** text is the whole compile unit — the function, every @njit function it
** calls, the globals it froze as constants and the argument types — so an
** edit anywhere it depends on changes the key; file mtimes play no part.
** Files are `<dir>/<name>.<key>.so`, dir = STREAK_CACHE_DIR or
** `.streak-cache/` beside the script; each .so carries its key as the
** symbol nbw_cache_key, checked after dlopen: a corrupt file (dlopen fails)
** or a foreign one (another key) is ignored and replaced. Files are written
** to a temporary name and renamed into place (atomic). */

static const char *cpu_id(void) {
  static char id[2048];
  static bool done;
  if (done) return id;
  done = true;
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return id;
  char line[8192];
  bool model = false, flags = false;
  size_t n = 0;
  while (fgets(line, sizeof line, f) && !(model && flags)) {
    if ((!model && !strncmp(line, "model name", 10)) || (!flags && !strncmp(line, "flags", 5))) {
      if (line[0] == 'm') model = true;
      else flags = true;
      uint64_t h = util_fnv1a(0xcbf29ce484222325ull, line, strlen(line));
      n += (size_t)snprintf(id + n, sizeof id - n, "%016llx", (unsigned long long)h);
    }
  }
  fclose(f);
  return id;
}

static void cache_key(const char *csrc, bool fastmath, char out[33]) {
  const char *cc = getenv("STREAK_CC");
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "streak %s|%s|%s|%s|", STREAK_VERSION_STRING, cpu_id(), cc && *cc ? cc : "cc", fastmath ? "fast" : "ieee");
  uint64_t h1 = util_fnv1a(0xcbf29ce484222325ull, b.data, b.len), h2 = util_fnv1a(0x84222325cbf29ce4ull, b.data, b.len);
  sb_free(&b);
  h1 = util_fnv1a(h1, csrc, strlen(csrc));
  h2 = util_fnv1a(h2 ^ 0x9e3779b97f4a7c15ull, csrc, strlen(csrc));
  snprintf(out, 33, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
}

/* The cache directory for a script (created); false if unusable. */
static bool cache_dir(const char *script, char *out, size_t n) {
  const char *env = getenv("STREAK_CACHE_DIR");
  if (env && *env) snprintf(out, n, "%s", env);
  else {
    const char *slash = strrchr(script, '/');
    if (slash) snprintf(out, n, "%.*s/.streak-cache", (int)(slash - script), script);
    else snprintf(out, n, ".streak-cache");
  }
  if (mkdir(out, 0777) != 0 && errno != EEXIST) return false;
  return access(out, W_OK | X_OK) == 0;
}

static bool copy_file_atomic(const char *from, const char *to) {
  char tmp[1200];
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%lx", to, (long)getpid(), (unsigned long)pthread_self());
  FILE *in = fopen(from, "rb");
  if (!in) return false;
  FILE *out = fopen(tmp, "wb");
  bool ok = out != NULL;
  char buf[65536];
  size_t k;
  while (ok && (k = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, k, out) == k;
  fclose(in);
  if (out) ok = (fflush(out) == 0) & (fsync(fileno(out)) == 0) & (fclose(out) == 0) && ok;
  if (ok) ok = rename(tmp, to) == 0;
  if (!ok) unlink(tmp);
  return ok;
}

/* Loads a cached object; NULL (and nothing kept open) unless it is ours. */
static void *cache_load(const char *path, const char *key, NbEntry *fn) {
  if (access(path, R_OK) != 0) return NULL;
  void *so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!so) {
    atomic_fetch_add(&st_cache_bad, 1);
    return NULL;
  }
  const char *k = dlsym(so, "nbw_cache_key");
  void *e = dlsym(so, "nbw_entry");
  if (!k || !e || strcmp(k, key)) {
    dlclose(so);
    atomic_fetch_add(&st_cache_bad, 1);
    return NULL;
  }
  *fn = (NbEntry)e;
  return so;
}

/* ---- compiling C text ---------------------------------------------------------------- */

static const JitSym libm_syms[] = {
    {"sqrt", (void *)sqrt},   {"sin", (void *)sin},       {"cos", (void *)cos},       {"tan", (void *)tan},
    {"asin", (void *)asin},   {"acos", (void *)acos},     {"atan", (void *)atan},     {"atan2", (void *)atan2},
    {"exp", (void *)exp},     {"expm1", (void *)expm1},   {"log", (void *)log},       {"log2", (void *)log2},
    {"log10", (void *)log10}, {"log1p", (void *)log1p},   {"pow", (void *)pow},       {"sinh", (void *)sinh},
    {"cosh", (void *)cosh},   {"tanh", (void *)tanh},     {"asinh", (void *)asinh},   {"acosh", (void *)acosh},
    {"atanh", (void *)atanh}, {"floor", (void *)floor},   {"ceil", (void *)ceil},     {"trunc", (void *)trunc},
    {"fabs", (void *)fabs},   {"fmod", (void *)fmod},     {"hypot", (void *)hypot},   {"copysign", (void *)copysign},
    {"rint", (void *)rint},   {"exp2", (void *)exp2},     {"cbrt", (void *)cbrt},     {"erf", (void *)erf},
    {"erfc", (void *)erfc},   {"tgamma", (void *)tgamma}, {"lgamma", (void *)lgamma},
    {"sqrtf", (void *)sqrtf}, {"sinf", (void *)sinf},     {"cosf", (void *)cosf},     {"tanf", (void *)tanf},
    {"asinf", (void *)asinf}, {"acosf", (void *)acosf},   {"atanf", (void *)atanf},   {"expf", (void *)expf},
    {"expm1f", (void *)expm1f}, {"logf", (void *)logf},   {"log2f", (void *)log2f},   {"log10f", (void *)log10f},
    {"log1pf", (void *)log1pf}, {"sinhf", (void *)sinhf}, {"coshf", (void *)coshf},   {"tanhf", (void *)tanhf},
    {"asinhf", (void *)asinhf}, {"acoshf", (void *)acoshf}, {"atanhf", (void *)atanhf}, {"floorf", (void *)floorf},
    {"ceilf", (void *)ceilf}, {"truncf", (void *)truncf}, {"fabsf", (void *)fabsf},   {"rintf", (void *)rintf},
    {"exp2f", (void *)exp2f}, {"cbrtf", (void *)cbrtf},   {"erff", (void *)erff},     {"erfcf", (void *)erfcf},
    {"tgammaf", (void *)tgammaf}, {"lgammaf", (void *)lgammaf}, {"atan2f", (void *)atan2f}, {"hypotf", (void *)hypotf},
    {"fmodf", (void *)fmodf}, {"copysignf", (void *)copysignf}, {"powf", (void *)powf},
    {"memset", (void *)memset}, {"memcpy", (void *)memcpy}, {"memmove", (void *)memmove}, {"realloc", (void *)realloc},
    {"memcmp", (void *)memcmp}, {"malloc", (void *)malloc}, {"free", (void *)free}, {"qsort", (void *)qsort},
    {"frexp", (void *)frexp}, {"ldexp", (void *)ldexp}, {"ldexpf", (void *)ldexpf},
    {"_setjmp", (void *)_setjmp}, /* try statements (h_try_push) */
};

static bool compile_tcc(const char *src, Overload *ov, char *err, size_t errlen) {
  void *fn, *mem;
  size_t size;
  if (!jit_tcc_compile_text(src, "nbw_entry", libm_syms, sizeof libm_syms / sizeof libm_syms[0],
                            &fn, &mem, &size, err, errlen))
    return false;
  ov->tcc_mem = mem;
  ov->tcc_size = size;
  atomic_store(&ov->entry, (NbEntry)fn);
  atomic_fetch_add(&st_tcc, 1);
  return true;
}

/* The optimising tier: the system C compiler on the same text. */
static bool copy_file_atomic(const char *from, const char *to);

/* Builds in flight: a process that exits while one runs in the background
** stops its cc (SIGTERM: the driver deletes its own temporary files) and
** removes the directory, which nothing would remove otherwise. A build's
** directory is made, written and handed to cc, and later emptied, under
** cc_jobs_lock, so that the exit handler sees every directory that exists. */
typedef struct CcJob {
  char dir[512], cpath[600], sopath[600];
  pid_t pid;
  struct CcJob *next;
} CcJob;
static pthread_mutex_t cc_jobs_lock = PTHREAD_MUTEX_INITIALIZER;
static CcJob *cc_jobs;
static bool cc_exiting;

/* The two parts of the optimised build (lower.c's NB_ENTRY_ONLY and
** NB_MOVES_ONLY): nbw_entry and what it calls, which the calls run once it
** is loaded, and what a call running in tcc code moves to (nbw_fns,
** nbw_resume): cc compiles each faster than the whole (nbody: 0.17 and
** 0.07 s, against 0.3 s), and the second is only needed while such a call
** runs. */
typedef enum { CC_ENTRY, CC_MOVES } CcPart;

static void cc_job_clean(CcJob *j) {
  unlink(j->cpath);
  unlink(j->sopath);
  rmdir(j->dir);
}

/* Tier threads running, under cc_jobs_lock. */
static int tier_threads;
static pthread_cond_t tier_threads_done = PTHREAD_COND_INITIALIZER;

/* Also waits (a second at most) for the tier threads to see their builds
** fail, so that they free what they own before the process ends. */
static void cc_jobs_at_exit(void) {
  pthread_mutex_lock(&cc_jobs_lock);
  cc_exiting = true;
  for (CcJob *j = cc_jobs; j; j = j->next) {
    if (j->pid > 0 && kill(j->pid, SIGTERM) == 0) waitpid(j->pid, NULL, 0);
    cc_job_clean(j);
  }
  cc_jobs = NULL;
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_sec += 1;
  while (tier_threads > 0)
    if (pthread_cond_timedwait(&tier_threads_done, &cc_jobs_lock, &until) != 0) break;
  pthread_mutex_unlock(&cc_jobs_lock);
}

static void cc_jobs_init(void) { atexit(cc_jobs_at_exit); }

/* Makes j's directory, writes the C text and starts cc on it (pid -1 on
** failure; err says why). */
static pid_t cc_job_start(CcJob *j, const char *src, bool fastmath, CcPart part, char *err, size_t errlen) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, cc_jobs_init);
  const char *tmpdir = getenv("TMPDIR");
  if (!tmpdir || !*tmpdir) tmpdir = "/tmp";
  snprintf(j->dir, sizeof j->dir, "%s/streak-nb.XXXXXX", tmpdir);
  j->pid = -1;
  pthread_mutex_lock(&cc_jobs_lock);
  if (cc_exiting) {
    snprintf(err, errlen, "exiting");
  } else if (!mkdtemp(j->dir)) {
    snprintf(err, errlen, "cannot create a temporary directory");
  } else {
    j->next = cc_jobs;
    cc_jobs = j;
    snprintf(j->cpath, sizeof j->cpath, "%s/f.c", j->dir);
    snprintf(j->sopath, sizeof j->sopath, "%s/f.so", j->dir);
    FILE *f = fopen(j->cpath, "w");
    bool ok = f != NULL;
    if (f) {
      fputs(src, f);
      ok = fclose(f) == 0;
    }
    const char *cc = getenv("STREAK_CC");
    if (!cc || !*cc) cc = "cc";
    /* -nostdlib: libc resolves at dlopen from the process (its start files
    ** and link-time search cost more than the rest of the link). libm is
    ** linked: a reference without its symbol version would bind to glibc's
    ** oldest exp, log, pow…, the slower wrappers (mandelbrot 11% slower). */
    /* -fno-tree-slp-vectorize: GCC 12's SLP vectoriser drops a
    ** (double)(float) round trip of a value pair that meets constants at a
    ** phi (complex64 ** complex64 returned the unrounded complex128 power;
    ** -O1 and -fno-tree-slp-vectorize keep it). Loops still vectorise. */
    const char *argv[] = {cc, "-DNB_OPT", part == CC_ENTRY ? "-DNB_ENTRY_ONLY" : "-DNB_MOVES_ONLY", "-O3", "-march=native", "-fwrapv", "-fno-strict-aliasing", "-fPIC", "-shared",
                          "-fno-tree-slp-vectorize",
                          "-w", "-nostdlib", fastmath ? "-ffast-math" : "-ffp-contract=off", "-fno-math-errno", "-o",
                          j->sopath, j->cpath, "-lm", "-lgcc", NULL};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    extern char **environ;
    if (!ok || posix_spawnp(&j->pid, cc, &fa, NULL, (char *const *)argv, environ) != 0) j->pid = -1;
    posix_spawn_file_actions_destroy(&fa);
    if (j->pid < 0) snprintf(err, errlen, "cannot write the C text or start cc");
  }
  pthread_mutex_unlock(&cc_jobs_lock);
  return j->pid;
}

/* Loads j's shared object (unless the exit handler took the job) and
** removes its files; keep: a copy is stored there first. */
static void *cc_job_finish(CcJob *j, bool built, const char *keep) {
  void *so = NULL;
  pthread_mutex_lock(&cc_jobs_lock);
  bool mine = false;
  for (CcJob **p = &cc_jobs; *p; p = &(*p)->next)
    if (*p == j) {
      *p = j->next;
      mine = true;
      break;
    }
  if (mine) {
    if (built) so = dlopen(j->sopath, RTLD_NOW | RTLD_LOCAL);
    if (so && keep && copy_file_atomic(j->sopath, keep)) atomic_fetch_add(&st_cache_writes, 1);
    cc_job_clean(j);
  }
  pthread_mutex_unlock(&cc_jobs_lock);
  return so;
}

/* Builds part of src and returns its symbol sym (NULL on failure; err
** says why), the shared object in *so_out. keep: when not NULL, the shared
** object is also stored there (atomically) for the disk cache. */
static void *compile_cc(const char *src, bool fastmath, CcPart part, const char *sym, void **so_out, char *err,
                        size_t errlen, const char *keep) {
  CcJob job;
  pid_t pid = cc_job_start(&job, src, fastmath, part, err, errlen);
  int status = 0;
  bool ok = pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (pid > 0 && !ok) snprintf(err, errlen, "cc failed");
  void *so = cc_job_finish(&job, ok, keep);
  void *fn = so ? dlsym(so, sym) : NULL;
  if (ok && !fn) snprintf(err, errlen, "dlopen: %s", so ? dlerror() : "the process is exiting");
  if (!fn && so) dlclose(so);
  *so_out = fn ? so : NULL;
  return fn;
}

/* Builds the CC_MOVES part and lets tcc code running a call of ov move
** there: its root at an OSR point (nbw_resume), its callees and prange
** chunks at their next call or a callee's OSR point (nbw_fns). */
static void build_moves(Overload *ov) {
  char err[256];
  void *so = NULL;
  if (!compile_cc(ov->csrc, ov->fastmath, CC_MOVES, ov->has_fns ? "nbw_fns" : "nbw_resume", &so, err, sizeof err, NULL))
    return;
  atomic_fetch_add(&st_cc_bg, 1);
  ov->so_moves = so;
  void *r = ov->has_resume ? dlsym(so, "nbw_resume") : NULL;
  if (r) __atomic_store_n(&ov->resume, r, __ATOMIC_RELEASE);
  void **t = ov->has_fns ? dlsym(so, "nbw_fns") : NULL;
  if (t) __atomic_store_n(&ov->fns, t, __ATOMIC_RELEASE);
}

/*
** Is a call running in tcc code long enough to be worth the CC_MOVES part?
** Waits while one runs (the calls before it may have been short) until it
** has run for half the time the entry part took to build (about what the
** moves part takes): the first call, which started with the build, is
** there at once; bench/kernels/kmeans's 17 ms calls end first. Building
** for nothing is not free: on a machine whose two CPUs share a core, the
** compile slows the calls running meanwhile to half speed.
*/
static bool long_tcc_call(Overload *ov, uint64_t build_ns) {
  for (;;) {
    if (atomic_load(&ov->tcc_calls) == 0 || atomic_load(&ov->tier_state) != NBT_OPT_MOVES) return false;
    pthread_mutex_lock(&cc_jobs_lock);
    bool exiting = cc_exiting;
    pthread_mutex_unlock(&cc_jobs_lock);
    if (exiting) return false;
    uint64_t ran = now_ns() - atomic_load(&ov->tcc_t0);
    if (ran >= build_ns / 2) return true;
    uint64_t nap = build_ns / 2 - ran;
    struct timespec ts = {0, (long)(nap < 5000000 ? nap : 5000000)};
    nanosleep(&ts, NULL);
  }
}

static void *tier_thread(void *arg) {
  Overload *ov = arg;
  char err[256];
  void *so = NULL;
  uint64_t t0 = now_ns();
  NbEntry fn = (NbEntry)compile_cc(ov->csrc, ov->fastmath, CC_ENTRY, "nbw_entry", &so, err, sizeof err, NULL);
  if (fn) {
    atomic_fetch_add(&st_cc_bg, 1);
    ov->so = so;
    atomic_store(&ov->entry, fn);
  }
  /* after the entry's store: a call that starts in tcc code from now on
  ** counts itself first and then reads the entry, this one (disp_call) */
  bool moves = (ov->has_fns || ov->has_resume) && atomic_load(&ov->tcc_calls) > 0;
  int next = !fn ? NBT_FAILED : moves ? NBT_OPT_MOVES : NBT_OPT;
  int building = NBT_BUILDING;
  if (atomic_compare_exchange_strong(&ov->tier_state, &building, next)) {
    if (next == NBT_OPT_MOVES) {
      if (long_tcc_call(ov, now_ns() - t0)) build_moves(ov);
      int resuming = NBT_OPT_MOVES;
      if (!atomic_compare_exchange_strong(&ov->tier_state, &resuming, NBT_OPT)) overload_free(ov);
    }
  } else {
    overload_free(ov); /* its dispatcher died meanwhile */
  }
  pthread_mutex_lock(&cc_jobs_lock);
  tier_threads--;
  pthread_cond_broadcast(&tier_threads_done);
  pthread_mutex_unlock(&cc_jobs_lock);
  return NULL;
}

static bool one_cpu(void) {
  static int n;
  if (!n) n = sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 2 : 1;
  return n == 1;
}

/* Waits for ov's background build to end; its tier_state then. */
static int wait_tier(Overload *ov) {
  pthread_mutex_lock(&cc_jobs_lock);
  while (atomic_load(&ov->tier_state) == NBT_BUILDING) pthread_cond_wait(&tier_threads_done, &cc_jobs_lock);
  pthread_mutex_unlock(&cc_jobs_lock);
  return atomic_load(&ov->tier_state);
}

static void tier_up_async(Overload *ov) {
  int expect = NBT_TCC;
  if (!atomic_compare_exchange_strong(&ov->tier_state, &expect, NBT_BUILDING)) return;
  pthread_t th;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_mutex_lock(&cc_jobs_lock);
  tier_threads++;
  pthread_mutex_unlock(&cc_jobs_lock);
  if (pthread_create(&th, &at, tier_thread, ov) != 0) {
    atomic_store(&ov->tier_state, NBT_FAILED);
    pthread_mutex_lock(&cc_jobs_lock);
    tier_threads--;
    pthread_mutex_unlock(&cc_jobs_lock);
  }
  pthread_attr_destroy(&at);
}

/* A function with loops: its optimised build starts now, in the background
** (STREAK_NB_OSR=1: synchronously, with its tcc code kept as the entry, so
** that every call moves to the optimised build at its first OSR point). */
/* STREAK_NB_OSR=1 (the corpus's forced mode), read once. */
static bool osr_test_mode(void) {
  static int sync = -1;
  if (sync < 0) sync = getenv("STREAK_NB_OSR") && !strcmp(getenv("STREAK_NB_OSR"), "1");
  return sync;
}

static void start_osr(Overload *ov) {
  if (!osr_test_mode()) {
    tier_up_async(ov);
    return;
  }
  char err[256];
  if (compile_cc(ov->csrc, ov->fastmath, CC_ENTRY, "nbw_entry", &ov->so, err, sizeof err, NULL)) {
    atomic_fetch_add(&st_cc, 1);
    atomic_store(&ov->tier_state, NBT_OPT);
    build_moves(ov);
  }
}

/* ---- typeof and (un)boxing ---------------------------------------------------------------- */

NbTy nb_typeof(VM *vm, Value v) {
  (void)vm;
  switch (v.tag) {
  case V_BOOL: return nb_scalar(DT_BOOL);
  case V_INT: return nb_scalar(DT_INT64);
  case V_FLOAT: return nb_scalar(DT_FLOAT64);
  case V_NONE: return nb_none();
  default: break;
  }
  if (v.tag != V_OBJ) return NB_UNKNOWN;
  if (is_complex(v)) return nb_scalar(DT_COMPLEX128);
  if (is_array(v)) {
    NdArray *a = as_array(v);
    if (a->ndim < 1 || a->ndim > 8) return NB_UNKNOWN;
    return nb_array(a->dtype, a->ndim, arr_is_c_contiguous(a) ? 'C' : 'A');
  }
  if (is_npscalar(v)) return nb_scalar(((NpScalar *)v.as.o)->dtype);
  if (is_tuple(v)) {
    Tuple *t = as_tuple(v);
    if (t->n > 32) return NB_UNKNOWN;
    NbTy items[33];
    for (int64_t i = 0; i < t->n; i++) {
      items[i] = nb_typeof(vm, t->items[i]);
      if (!items[i]) return NB_UNKNOWN;
    }
    return nb_tuple((int)t->n, items);
  }
  if (is_str(v)) return nb_str();
  /* an @njit function passed as an argument: the callee is specialised for
  ** it (Numba's type(CPUDispatcher(...))); its leaf carries nothing */
  if (is_type(v, &TYPE_NB_DISPATCHER)) return nb_named(NK_DISP, NULL, v.as.o);
  if (is_type(v, &TYPE_NB_TYPED_DICT)) return ((NbTypedDict *)v.as.o)->ty;
  if (is_type(v, &TYPE_NB_TYPED_LIST)) return ((NbTypedList *)v.as.o)->ty;
  if (is_list(v)) { /* its first item's type, which every item must have (Numba's unboxing) */
    List *l = as_list(v);
    if (l->n == 0) return NB_UNKNOWN;
    NbTy it = nb_typeof(vm, l->items[0]);
    const NbTypeInfo *ii = nb_type(it);
    if (!it || ii->kind == NK_NONE) return NB_UNKNOWN;
    for (int64_t i = 1; i < l->n; i++)
      if (nb_typeof(vm, l->items[i]) != it) return NB_UNKNOWN;
    return nb_list(it);
  }
  return NB_UNKNOWN;
}

static int count_leaves(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_OPTIONAL) return count_leaves(i->items[0]) + 1; /* the value's, then its flag */
  if (i->kind != NK_TUPLE) return 1;
  int n = 0;
  for (int k = 0; k < i->n; k++) n += count_leaves(i->items[k]);
  return n;
}

enum { LEAF_SIZE = 16 + 16 * 8 };

/* Writes value v (already known to convert to t) as leaves into buf. */
static void unbox(VM *vm, NbListReg *reg, Value v, NbTy t, char (*buf)[LEAF_SIZE], void **args, int *k) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    Tuple *tp = as_tuple(v);
    for (int j = 0; j < i->n; j++) unbox(vm, reg, tp->items[j], i->items[j], buf, args, k);
    return;
  }
  char *p = buf[*k];
  args[*k] = p;
  (*k)++;
  memset(p, 0, LEAF_SIZE);
  if (i->kind == NK_ARRAY || i->kind == NK_LIST || i->kind == NK_DICT) {
    store_c(vm, reg, v, t, p);
    return;
  }
  if (i->kind == NK_STR) { /* lower.c's nb_str: the str's own bytes, alive for the call (argv holds it) */
    Str *s = as_str(v);
    const char *d = s->data;
    int64_t n = s->nbytes, nc = s->nchars;
    memcpy(p, &d, sizeof d);
    memcpy(p + 8, &n, 8);
    memcpy(p + 16, &nc, 8);
    return;
  }
  if (i->kind != NK_SCALAR) return;
  store_scalar(vm, v, i->dtype, p);
}

/* A number v written as dtype (its C type's bytes) at p. */
static void store_scalar(VM *vm, Value v, int dtype, char *p) {
  (void)vm;
  /* read the value as int/uint/double/complex */
  int64_t iv = 0;
  uint64_t uv = 0;
  double re = 0, im = 0;
  bool isint = false;
  if (v.tag == V_BOOL || v.tag == V_INT) {
    iv = v.as.i;
    uv = (uint64_t)iv;
    re = (double)iv;
    isint = true;
  } else if (v.tag == V_FLOAT) re = v.as.f;
  else if (is_complex(v)) {
    re = as_complex(v)->re;
    im = as_complex(v)->im;
  } else {
    DtScalar s;
    if (arr_scalar_info(v, &s)) {
      if (s.is_int_value) {
        isint = true;
        iv = s.value_i;
        uv = s.neg ? (uint64_t)s.value_i : s.value_u;
        if (!s.neg) iv = (int64_t)s.value_u;
        re = s.neg ? (double)s.value_i : (double)s.value_u;
      } else {
        re = s.re;
        im = s.im;
      }
    }
  }
  switch (dtype) {
#define ST(T, x) do { T tmp_ = (T)(x); memcpy(p, &tmp_, sizeof tmp_); } while (0)
  case DT_BOOL: { _Bool b = isint ? iv != 0 : (re != 0 || im != 0); memcpy(p, &b, 1); break; }
  case DT_INT8: ST(int8_t, isint ? iv : (int64_t)re); break;
  case DT_UINT8: ST(uint8_t, isint ? uv : (uint64_t)re); break;
  case DT_INT16: ST(int16_t, isint ? iv : (int64_t)re); break;
  case DT_UINT16: ST(uint16_t, isint ? uv : (uint64_t)re); break;
  case DT_INT32: ST(int32_t, isint ? iv : (int64_t)re); break;
  case DT_UINT32: ST(uint32_t, isint ? uv : (uint64_t)re); break;
  case DT_INT64: ST(int64_t, isint ? iv : (int64_t)re); break;
  case DT_UINT64: ST(uint64_t, isint ? uv : (uint64_t)re); break;
  case DT_FLOAT32: ST(float, re); break;
  case DT_FLOAT64: ST(double, re); break;
  default: {
    double z[2] = {re, im};
    memcpy(p, z, 16);
    break;
  }
#undef ST
  }
}

static Value box(VM *vm, NbTy t, const char *ret, int *k) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_OPTIONAL) { /* lower.c's wrap_ret: the value's slots, then the flag */
    int n = count_leaves(i->items[0]);
    int64_t some;
    memcpy(&some, ret + 16 * (*k + n), sizeof some);
    Value v = some ? box(vm, i->items[0], ret, k) : v_none();
    if (!some) *k += n;
    (*k)++;
    return v;
  }
  if (i->kind == NK_TUPLE) {
    Value items[i->n + 1];
    for (int j = 0; j < i->n; j++) {
      items[j] = box(vm, i->items[j], ret, k);
      gc_push_root(vm, items[j]);
    }
    Value r = tuple_from(vm, items, i->n);
    gc_pop_roots(vm, i->n);
    return r;
  }
  const char *p = ret + 16 * (*k)++;
  if (i->kind == NK_NONE) return v_none();
  if (i->kind == NK_DTYPE) return np_dtype_value((DType)i->dtype); /* known from the type: the slot is unused */
  if (i->kind == NK_LIST || i->kind == NK_DICT || i->kind == NK_SET) return load_c(vm, t, p);
  if (i->kind == NK_STR) { /* lower.c's wrap_ret: the bytes, their count */
    const char *s;
    int64_t n;
    memcpy(&s, p, sizeof s);
    memcpy(&n, p + 8, sizeof n);
    return str_new(vm, s, (size_t)n);
  }
  if (i->kind == NK_ARRAY) {
    void *obj;
    memcpy(&obj, p, sizeof obj);
    return v_obj(obj);
  }
  int d = i->dtype;
  if (d == DT_BOOL) {
    int64_t x;
    memcpy(&x, p, 8);
    return v_bool(x != 0);
  }
  if (dt_is_complex((DType)d)) {
    Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
    memcpy(&c->re, p, 8);
    memcpy(&c->im, p + 8, 8);
    return v_obj(c);
  }
  if (dt_is_float((DType)d)) {
    double x;
    memcpy(&x, p, 8);
    return v_float(x);
  }
  if (d == DT_UINT64) return arr_item_py(vm, DT_UINT64, p); /* a Python int, as Numba returns it */
  int64_t x;
  memcpy(&x, p, 8);
  return v_int(x);
}

/* ---- compiling one signature --------------------------------------------------------------- */

typedef struct CompileJob {
  NbDispatcher *d;
  int nargs;
  const NbTy *argtys;
  NbTy want_ret;
  Overload *result;
  char *errmsg;        /* malloc'd TypingError text */
  bool typing_error;
  int err_kind;        /* NB_ERR_*: the exception errmsg goes with */
  bool has_loops;
  bool osr;            /* the first call may start in tcc code: it can move to the
                          optimised build (NbUnit.resumable, NbUnit.nswaps) */
  char *csrc;
} CompileJob;

/* A declared boolean result takes any real number (x != 0): Numba's
** return conversion is unsafe casting, which argument matching is not. */
static bool return_to_bool(NbTy from, NbTy to) {
  const NbTypeInfo *x = nb_type(from), *y = nb_type(to);
  return x->kind == NK_SCALAR && y->kind == NK_SCALAR && y->dtype == DT_BOOL && !dt_is_complex((DType)x->dtype);
}

Value nb_frozen_of(void *disp, int nargs, const NbTy *argtys, Value g) {
  for (Overload *ov = ((NbDispatcher *)disp)->overloads; ov; ov = ov->next) {
    if (ov->nargs != nargs || memcmp(ov->argtys, argtys, sizeof(NbTy) * (size_t)nargs)) continue;
    for (int i = 0; i < ov->nfrozen; i++)
      if (ov->frozen_src[i].as.o == g.as.o) return ov->frozen[i];
  }
  return g;
}

/* Does frozen copy c hold exactly what array a holds now? */
static bool same_contents(const NdArray *c, NdArray *a) {
  if (c->dtype != a->dtype || c->ndim != a->ndim || !arr_is_c_contiguous(a)) return false;
  for (int k = 0; k < a->ndim; k++)
    if (c->shape[k] != a->shape[k]) return false;
  return memcmp(c->data, a->data, (size_t)a->size * (size_t)a->itemsize) == 0;
}

/* An existing frozen copy that can serve as the copy of what `want` holds:
** a callee's copy (want itself: read-only, it never changes), or another
** specialisation's copy of the same global whose contents are still the
** same (a big global read by many specialisations is copied once). */
static Value reuse_frozen(NbDispatcher *d, const NbFrozen *want) {
  if (want->array.as.o != want->source.as.o) return want->array;
  NdArray *a = as_array(want->source);
  for (Overload *ov = d->overloads; ov; ov = ov->next)
    for (int i = 0; i < ov->nfrozen; i++)
      if (ov->frozen_src[i].as.o == want->source.as.o && same_contents(as_array(ov->frozen[i]), a)) return ov->frozen[i];
  return v_empty();
}

/* Numba freezes the global arrays a function reads: read-only C-contiguous
** copies, made now, passed to every call (NbCtx.frozen). No collection can
** run before the overload is on its dispatcher (disp_mark). */
static void freeze_globals(VM *vm, NbDispatcher *d, Overload *ov, const NbUnit *u) {
  int n = (int)u->frozen.n;
  if (!n) return;
  ov->frozen = util_xmalloc(sizeof(Value) * (size_t)n);
  ov->frozen_src = util_xmalloc(sizeof(Value) * (size_t)n);
  ov->frozen_desc = calloc((size_t)n, LEAF_SIZE);
  ov->frozen_ptrs = util_xmalloc(sizeof(void *) * (size_t)n);
  if (!ov->frozen_desc) vm_raise_memory(vm);
  for (int i = 0; i < n; i++) {
    Value have = reuse_frozen(d, &u->frozen.items[i]);
    NdArray *copy = is_empty(have) ? arr_copy(vm, as_array(u->frozen.items[i].array)) : as_array(have);
    copy->flags &= ~ARR_WRITEABLE;
    ov->frozen[i] = v_obj(copy);
    ov->frozen_src[i] = u->frozen.items[i].source;
    fill_desc(copy, ov->frozen_desc + (size_t)i * LEAF_SIZE);
    ov->frozen_ptrs[i] = ov->frozen_desc + (size_t)i * LEAF_SIZE;
    ov->nfrozen = i + 1;
  }
}

/* Does a value of type t hold a list or a dict (made in the call's registry)? */
static bool ty_has_list(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_LIST || i->kind == NK_DICT) return true;
  for (int k = 0; i->kind == NK_TUPLE && k < i->n; k++)
    if (ty_has_list(i->items[k])) return true;
  return false;
}

/* The @njit functions (not closures) u typed for the root: their own
** signatures, as Numba compiles each callee apart. An eager dispatcher
** lists only its declared ones. */
static void note_callee_sigs(const NbUnit *u) {
  for (size_t k = 0; k < u->funcs.n; k++) {
    const NbFunc *g = u->funcs.items[k];
    bool closure = false;
    for (size_t i = 0; i < u->closures.n; i++) closure |= (const void *)u->closures.items[i] == g->disp;
    NbDispatcher *gd = g->disp;
    if (g == u->root || closure || gd->eager) continue;
    for (size_t m = 0; m < g->omits.n; m++) disp_note_sig(gd, g->nargs, g->argtys, g->omits.items[m]);
  }
}

static void compile_body(VM *vm, void *ud) {
  CompileJob *j = ud;
  NbUnit u;
  nb_unit_init(&u, vm);
  NbFunc *f = nb_infer_func(&u, j->d, j->nargs, j->argtys);
  if (f) {
    u.root = f;
    if (j->want_ret && j->want_ret != f->ret) {
      /* an explicit return type: convert at the end (lower.c converts returns) */
      if (nb_convert_cost(f->ret, j->want_ret) < 0 && nb_type(j->want_ret)->kind != NK_NONE && !return_to_bool(f->ret, j->want_ret)) {
        StrBuf a = STRBUF_INIT, b = STRBUF_INIT;
        nb_type_str(f->ret, &a);
        nb_type_str(j->want_ret, &b);
        nb_error_at(&u, f, f->def->pos, "The function returns %s, which cannot be converted to the declared return type %s.",
                    a.data, b.data);
        sb_free(&a);
        sb_free(&b);
      } else f->ret = j->want_ret;
    }
  }
  u.want_loop = j->d->opt.vec_loop;
  if (f && !u.err.len && u.want_loop && u.frozen.n)
    nb_error_at(&u, f, f->def->pos, "Global arrays cannot be read in @vectorize kernels; pass the array as an argument.");
  if (f && !u.err.len) nb_lower_unit(&u);
  if (f && !u.err.len && u.want_loop && u.list_fns) /* the ufunc loop's calls have no list registry */
    nb_error_at(&u, f, f->def->pos, "Lists cannot be used in @vectorize kernels.");
  if (u.err.len || !f) {
    j->typing_error = true;
    j->err_kind = u.err_kind;
    j->errmsg = util_xstrdup(u.err.len ? u.err.data : "typing failed");
    nb_unit_free(&u);
    return;
  }
  j->csrc = util_xstrdup(u.c.data);
  j->has_loops = u.has_loops;
  j->osr = u.resumable || u.nswaps;
  if (u.warnings.len) fputs(u.warnings.data, stderr);
  Overload *ov = calloc(1, sizeof *ov);
  if (u.nparloops) ov->pardiag = util_xstrdup(u.pardiag.data ? u.pardiag.data : "");
  StrBuf annot = STRBUF_INIT;
  nb_annotate(&u, f, &annot);
  ov->annot = annot.data;
  ov->nargs = j->nargs;
  ov->argtys = util_xmalloc(sizeof(NbTy) * (size_t)(j->nargs ? j->nargs : 1));
  memcpy(ov->argtys, j->argtys, sizeof(NbTy) * (size_t)j->nargs);
  ov->ret = f->ret;
  ov->fastmath = j->d->opt.fastmath;
  ov->has_resume = u.resumable;
  ov->has_lists = u.list_fns || ty_has_list(f->ret);
  for (int i = 0; i < j->nargs; i++) ov->has_lists |= ty_has_list(j->argtys[i]);
  ov->has_fns = u.nswaps > 0;
  j->result = ov; /* compile_sig frees it if freezing runs out of memory */
  freeze_globals(vm, j->d, ov, &u);
  note_callee_sigs(&u);
  nb_unit_free(&u);
}

static void compile_protected(VM *vm, void *ud) { compile_body(vm, ud); }

static Overload *compile_sig(VM *vm, NbDispatcher *d, int nargs, const NbTy *argtys, NbTy want_ret, uint64_t omit) {
  CompileJob j = {.d = d, .nargs = nargs, .argtys = argtys, .want_ret = want_ret};
  bool ok = vm_protect(vm, compile_protected, &j);
  if (!ok) {
    free(j.csrc);
    if (j.result) overload_free(j.result);
    vm_throw(vm, vm->exc);
  }
  if (j.typing_error) {
    /* Numba's first line (print(e) shows it); a rewrite error has its own */
    bool own_step = j.err_kind == NB_ERR_REWRITE || j.err_kind == NB_ERR_CONSTINFER;
    Value msg = own_step ? str_from_cstr(vm, j.errmsg)
                         : str_printf(vm, "Failed in nopython mode pipeline (step: nopython frontend)\n%s", j.errmsg);
    free(j.errmsg);
    Type *t = j.err_kind == NB_ERR_REWRITE      ? &EXC_NbUnsupportedRewriteError
              : j.err_kind == NB_ERR_CONSTINFER ? &EXC_NbConstantInferenceError
                                                : &EXC_NbTypingError;
    vm_throw(vm, exc_new_args(vm, t, tuple_from(vm, &msg, 1)));
  }
  Overload *ov = j.result;
  if (vm->jit.dump) /* -j dump: the inferred types and the C text both tiers compile */
    fprintf(stderr, "---- @njit %s: types\n%s---- @njit %s: C\n%s\n", disp_func(d)->name->data, ov->annot,
            disp_func(d)->name->data, j.csrc);
  char err[512];
  int mode = get_tier_mode();
  bool done = false;
  /* tcc's code is several times slower: a function with a loop (where one
  ** call can run for seconds, like the chapter's mandelbrot) starts its
  ** optimised build at once, and its first call moves there when it is
  ** ready (OSR points of the root; callees and prange chunks at their next
  ** call, lower.c); loop-free functions start in tcc and tier up later.
  ** The optimised build is made at once with cache=True (for the cache)
  ** and when the loops have no way to move (j.osr false). */
  char cpath[1400];
  cpath[0] = 0;
  if (d->opt.cache && mode != 1) {
    char key[33], dir[1024];
    cache_key(j.csrc, ov->fastmath, key);
    if (cache_dir(d->filename, dir, sizeof dir)) {
      snprintf(cpath, sizeof cpath, "%s/%s.%s.so", dir, disp_func(d)->name->data, key);
      /* the key travels inside the object */
      size_t len = strlen(j.csrc);
      j.csrc = realloc(j.csrc, len + 80);
      snprintf(j.csrc + len, 80, "const char nbw_cache_key[] = \"%s\";\n", key);
      NbEntry fn = NULL;
      void *so = cache_load(cpath, key, &fn);
      if (so) {
        atomic_fetch_add(&st_cache_hits, 1);
        ov->so = so;
        atomic_store(&ov->entry, fn);
        atomic_store(&ov->tier_state, NBT_OPT);
        done = true;
      }
    }
  }
  if (!done && (mode == 2 || (mode == 0 && (cpath[0] || (j.has_loops && !j.osr))))) {
    void *so = NULL;
    /* before the first call: no call will need the CC_MOVES part */
    NbEntry fn = (NbEntry)compile_cc(j.csrc, ov->fastmath, CC_ENTRY, "nbw_entry", &so, err, sizeof err,
                                     cpath[0] ? cpath : NULL);
    if (fn) {
      atomic_fetch_add(&st_cc, 1);
      ov->so = so;
      atomic_store(&ov->entry, fn);
      atomic_store(&ov->tier_state, NBT_OPT);
      done = true;
    }
  }
  if (!done) {
    if (!compile_tcc(j.csrc, ov, err, sizeof err)) {
      free(j.csrc);
      free(ov->argtys);
      free(ov);
      vm_raise(vm, &EXC_RuntimeError, "streak: internal error compiling an @njit function: %s", err);
    }
    if (mode == 1) atomic_store(&ov->tier_state, NBT_FAILED);
  }
  ov->csrc = j.csrc;
  if (!done && mode == 0 && j.osr) start_osr(ov);
  /* append */
  Overload **pp = &d->overloads;
  while (*pp) pp = &(*pp)->next;
  *pp = ov;
  d->noverloads++;
  ov->omitted = omit;
  disp_note_sig(d, nargs, argtys, omit);
  return ov;
}

/* ---- calling ------------------------------------------------------------------------------ */

/* Numba types an argument left to its default as omitted(default=value):
** its own type, so such calls compile (and list in signatures) apart. */
typedef struct NbOmitted { Obj hdr; Value value; } NbOmitted;

static void omitted_str(VM *vm, Value v, StrBuf *b) {
  sb_printf(b, "omitted(default=%s)", as_str(v_repr(vm, v))->data);
}

static Value omitted_repr(VM *vm, Value self) {
  StrBuf b = STRBUF_INIT;
  omitted_str(vm, ((NbOmitted *)self.as.o)->value, &b);
  return sb_finish(vm, &b);
}

static void omitted_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((NbOmitted *)o)->value); }

/* hashable, as signatures are the keys of .overloads */
static int64_t omitted_hash(VM *vm, Value self) { return v_hash(vm, ((NbOmitted *)self.as.o)->value) ^ 0x5bd1e995; }

static Type TYPE_NB_OMITTED;

static Value omitted_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &TYPE_NB_OMITTED)) return v_notimpl();
  bool eq = v_eq(vm, ((NbOmitted *)a.as.o)->value, ((NbOmitted *)b.as.o)->value);
  return v_bool(op == CMP_EQ ? eq : !eq);
}

static Type TYPE_NB_OMITTED = {.hdr = TYPE_HEADER, .name = "Omitted", .base = &TYPE_OBJECT, .repr = omitted_repr,
                               .mark = omitted_mark, .hash = omitted_hash, .richcmp = omitted_richcmp};

/* bit i of omit: argv[i] is its parameter's default (printed as omitted). */
static _Noreturn void no_match(VM *vm, int n, const NbTy *tys, const Value *argv, uint64_t omit) {
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "No matching definition for argument type(s) ");
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(&b, ", ");
    if ((omit >> i) & 1) omitted_str(vm, argv[i], &b);
    else if (tys[i]) nb_type_str(tys[i], &b);
    else sb_puts(&b, "pyobject");
  }
  Value msg = sb_finish(vm, &b);
  vm_throw(vm, exc_new_args(vm, &EXC_TypeError, tuple_from(vm, &msg, 1)));
}

/* Runs overload best on the bound arguments argv: unboxing, the tier
** choice, the entry, reflection of list arguments, boxing. reg: the
** registry of the call's lists (NULL: the overload makes none). */
static Value call_overload(VM *vm, Overload *best, int np, Value *argv, NbListReg *reg, const NbListC **argl) {
  /* unbox; the compiled copies of list and dict arguments noted in argl */
  int nleaves = 0;
  for (int i = 0; i < np; i++) nleaves += count_leaves(best->argtys[i]);
  char (*buf)[LEAF_SIZE] = nleaves ? alloca((size_t)nleaves * LEAF_SIZE) : NULL;
  void *args[nleaves + 1];
  int k = 0;
  for (int i = 0; i < np; i++) {
    int at = k;
    unbox(vm, reg, argv[i], best->argtys[i], buf, args, &k);
    if (argl && (nb_is_list(best->argtys[i]) || nb_is_dict(best->argtys[i]))) memcpy(&argl[i], args[at], sizeof argl[i]);
  }
  int nret = count_leaves(best->ret);
  char ret[16 * (nret + 1)];
  memset(ret, 0, sizeof ret);
  NbCtx ctx;
  nb_ctx_init(vm, &ctx);
  ctx.osr = (void **)&best->resume; /* read by tcc code only */
  ctx.fns = (void *)&best->fns;
  ctx.osrtest = osr_test_mode();
  ctx.frozen = best->frozen_ptrs;
  ctx.lists = reg;
  int st = atomic_load(&best->tier_state);
  if (st == NBT_TCC && get_tier_mode() == 0 && best->tcc_ns > 2000000) tier_up_async(best);
  /* The first call ran in tcc code (moving to the optimised build if that
  ** was ready in time). On one CPU a later one that would run there for
  ** more than 2 ms waits for the build instead (at most its compile time):
  ** the two would only share the CPU. With a CPU to spare it runs on in
  ** tcc code, moving at an OSR point once the build is in: nbody's 40
  ** calls took 405 ms so, against 429 ms waiting at the second. */
  if (st == NBT_BUILDING && best->tcc_last_ns > 2000000 && one_cpu()) st = wait_tier(best);
  if (st == NBT_OPT || st == NBT_OPT_MOVES) {
    atomic_load(&best->entry)(&ctx, args, ret);
  } else {
    /* counted before the entry is read (tier_thread); a call that raises
    ** stays counted, which costs at most a build of the resumable copies */
    uint64_t t0 = now_ns();
    if (atomic_fetch_add(&best->tcc_calls, 1) == 0) atomic_store(&best->tcc_t0, t0);
    NbEntry fn = atomic_load(&best->entry);
    fn(&ctx, args, ret);
    best->tcc_last_ns = now_ns() - t0;
    best->tcc_ns += best->tcc_last_ns;
    atomic_fetch_sub(&best->tcc_calls, 1);
  }
  k = 0;
  return box(vm, best->ret, ret, &k);
}

/* After a call, also one that raised (as Numba): list arguments get their
** compiled copies' items, typed.Dict arguments their compiled dicts'. */
static void reflect_args(VM *vm, Overload *best, int np, Value *argv, const NbListC **argl) {
  for (int i = 0; i < np; i++) {
    if (!argl[i]) continue;
    if (nb_is_tlist(nb_type(best->argtys[i]))) reflect_list(vm, as_list(tlist(argv[i])), best->argtys[i], argl[i]);
    else if (nb_is_list(best->argtys[i])) reflect_list(vm, as_list(argv[i]), best->argtys[i], argl[i]);
    else ((NbTypedDict *)argv[i].as.o)->dict = tdict(dict_from_c(vm, best->argtys[i], argl[i]));
  }
}

typedef struct CallJob {
  Overload *best;
  int np;
  Value *argv;
  NbListReg *reg;
  const NbListC **argl;
  Value result;
} CallJob;

static void call_protected(VM *vm, void *ud) {
  CallJob *j = ud;
  j->result = call_overload(vm, j->best, j->np, j->argv, j->reg, j->argl);
}

static void reflect_protected(VM *vm, void *ud) {
  CallJob *j = ud;
  reflect_args(vm, j->best, j->np, j->argv, j->argl);
}

static bool ty_has_list(NbTy t);

/* Numba cannot write a list inside a list argument back: its TypeError. */
static void nested_list_arg(VM *vm, NbTy t) {
  if (!nb_is_list(t) || !ty_has_list(nb_list_item(t))) return;
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "Failed in nopython mode pipeline (step: native lowering)\ncannot reflect element of reflected container: ");
  nb_type_str_py(t, &b);
  Value msg = sb_finish(vm, &b);
  vm_throw(vm, exc_new_args(vm, &EXC_TypeError, tuple_from(vm, &msg, 1)));
}

/* A list argument nb_typeof could not type: Numba's errors. */
static void list_arg_error(VM *vm, List *l) {
  if (l->n == 0) vm_raise(vm, &EXC_ValueError, "cannot compute fingerprint of empty list");
  NbTy first = nb_typeof(vm, l->items[0]);
  for (int64_t i = 1; i < l->n && first; i++) {
    NbTy t = nb_typeof(vm, l->items[i]);
    if (t != first) {
      StrBuf a = STRBUF_INIT, b = STRBUF_INIT;
      nb_type_str(first, &a);
      if (t) nb_type_str(t, &b);
      else sb_puts(&b, v_typename(l->items[i]));
      Value msg = str_printf(vm, "can't unbox heterogeneous list: %s != %s", a.data, b.data);
      sb_free(&a);
      sb_free(&b);
      vm_throw(vm, exc_new_args(vm, &EXC_TypeError, tuple_from(vm, &msg, 1)));
    }
  }
}

static Value disp_call(VM *vm, Value self, const Args *a) {
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  Function *pf = disp_func(d);
  int np = pf->code->argcount;
  if (pf->code->flags & (CO_VARARGS | CO_VARKW) || pf->code->kwonlycount) return vm_call(vm, d->pyfunc, a);
  /* bind positional + keyword arguments */
  Value argv[np + 1];
  int nd = pf->defaults ? (int)pf->defaults->n : 0;
  if (a->argc > np) vm_raise(vm, &EXC_TypeError, "too many arguments: expected %d, got %d", np, a->argc);
  for (int i = 0; i < np; i++) argv[i] = i < a->argc ? a->argv[i] : v_empty();
  for (int k = 0; k < a->nkw; k++) {
    Str *kn = as_str(a->kwnames[k]);
    int idx = -1;
    for (int i = 0; i < np; i++)
      if (pf->code->regnames && pf->code->regnames[i] && str_eq(pf->code->regnames[i], kn)) idx = i;
    if (idx < 0) vm_raise(vm, &EXC_TypeError, "some keyword arguments unexpected");
    argv[idx] = a->kwvals[k];
  }
  uint64_t omit = 0;
  for (int i = 0; i < np; i++)
    if (is_empty(argv[i])) {
      if (i < 64) omit |= (uint64_t)1 << i;
      if (i >= np - nd) argv[i] = pf->defaults->items[nd - (np - i)];
      else vm_raise(vm, &EXC_TypeError, "missing argument '%s'", pf->code->regnames && pf->code->regnames[i] ? pf->code->regnames[i]->data : "?");
    }
  NbTy tys[np + 1];
  for (int i = 0; i < np; i++) {
    tys[i] = nb_typeof(vm, argv[i]);
    nested_list_arg(vm, tys[i]);
  }
  /* exact match first, then the cheapest conversion */
  Overload *best = NULL;
  int best_cost = 1 << 30;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    if (ov->nargs != np || ov->omitted != omit) continue; /* explicit signatures take no omitted argument */
    int cost = 0;
    for (int i = 0; i < np && cost >= 0; i++) {
      if (!tys[i]) { cost = -1; break; }
      int c = nb_convert_cost(tys[i], ov->argtys[i]);
      cost = c < 0 ? -1 : cost + c;
    }
    if (cost >= 0 && cost < best_cost) {
      best = ov;
      best_cost = cost;
    }
  }
  if (!best || (best_cost > 0 && !d->eager)) {
    if (d->eager) no_match(vm, np, tys, argv, omit);
    for (int i = 0; i < np; i++)
      if (!tys[i]) {
        if (is_list(argv[i])) list_arg_error(vm, as_list(argv[i]));
        StrBuf b = STRBUF_INIT;
        sb_printf(&b, "non-precise type pyobject\nDuring: typing of argument %d of %s(): a value of type '%s' cannot be passed to an @njit function",
                  i, pf->name->data, v_typename(argv[i]));
        Value msg = sb_finish(vm, &b);
        vm_throw(vm, exc_new_args(vm, &EXC_NbTypingError, tuple_from(vm, &msg, 1)));
      }
    best = compile_sig(vm, d, np, tys, NB_UNKNOWN, omit);
  }
  if (!best->has_lists) return call_overload(vm, best, np, argv, NULL, NULL);
  /* lists: the call's registry frees them when it ends, also by an exception;
  ** the arguments are written back either way */
  NbListReg reg = {0};
  const NbListC *argl[np + 1];
  memset(argl, 0, sizeof argl);
  CallJob job = {best, np, argv, &reg, argl, v_none()};
  bool ok = vm_protect(vm, call_protected, &job);
  Value exc = vm->exc;
  gc_push_root(vm, exc);
  gc_push_root(vm, job.result);
  bool reflected = vm_protect(vm, reflect_protected, &job);
  gc_pop_roots(vm, 2);
  nblist_free_all(&reg);
  if (!reflected) vm_throw(vm, vm->exc);
  if (!ok) vm_throw(vm, exc);
  return job.result;
}

static Value disp_repr(VM *vm, Value self) {
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  return str_printf(vm, "CPUDispatcher(<function %s at %p>)", disp_func(d)->qualname->data, (void *)disp_func(d));
}

static Value sig_tuple(VM *vm, NbDispatcher *d, const struct NbSigRec *ov) {
  Value items[ov->nargs + 1];
  Function *pf = disp_func(d);
  int nd = pf->defaults ? (int)pf->defaults->n : 0;
  for (int i = 0; i < ov->nargs; i++) { /* each item rooted while the next is made */
    if (((ov->omitted >> i) & 1) && i >= ov->nargs - nd) {
      NbOmitted *o = gc_alloc(vm, &TYPE_NB_OMITTED, sizeof(NbOmitted));
      o->value = pf->defaults->items[nd - (ov->nargs - i)];
      items[i] = v_obj(o);
    } else items[i] = nb_type_value(vm, ov->argtys[i]);
    gc_push_root(vm, items[i]);
  }
  Value t = tuple_from(vm, items, ov->nargs);
  gc_pop_roots(vm, ov->nargs);
  return t;
}

/* Waits until every optimised-tier compile of d is finished (benchmarks). */
static Value disp_wait_tier(VM *vm, Value self, const Args *a) {
  (void)vm;
  (void)a;
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    if (atomic_load(&ov->tier_state) == NBT_TCC && get_tier_mode() == 0) tier_up_async(ov);
    wait_tier(ov);
  }
  return v_none();
}

static Value disp_getattr(VM *vm, Value self, Str *name) {
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  Function *f = disp_func(d);
  if (str_eq_c(name, "signatures")) {
    List *l = list_new(vm, d->noverloads);
    Value lv = v_obj(l);
    gc_push_root(vm, lv);
    for (int k = 0; k < d->nsigs; k++) list_append(vm, l, sig_tuple(vm, d, &d->sigs[k]));
    gc_pop_roots(vm, 1);
    return lv;
  }
  if (str_eq_c(name, "overloads")) {
    Dict *o = dict_new(vm);
    Value ov_v = v_obj(o);
    gc_push_root(vm, ov_v);
    for (int n = 0; n < d->nsigs; n++) {
      Value k = sig_tuple(vm, d, &d->sigs[n]);
      gc_push_root(vm, k);
      dict_set(vm, o, k, d->pyfunc);
      gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return ov_v;
  }
  if (str_eq_c(name, "py_func")) return d->pyfunc;
  if (str_eq_c(name, "__name__")) return v_obj(f->name);
  if (str_eq_c(name, "__qualname__")) return v_obj(f->qualname);
  if (str_eq_c(name, "__doc__")) return v_none();
  if (str_eq_c(name, "__module__")) {
    Value m = dict_get_str(vm, f->globals, str_intern_c(vm, "__name__"));
    return is_empty(m) ? v_none() : m;
  }
  if (str_eq_c(name, "__wrapped__")) return d->pyfunc;
  if (str_eq_c(name, "targetoptions")) return v_none();
  return v_empty();
}

/* f.inspect_types(file=None): every compiled signature's annotated source
** (nb_annotate), to stdout or through file.write. */
static Value disp_inspect_types(VM *vm, Value self, const Args *a) {
  Value file;
  args_parse(vm, a, "inspect_types", "|file", &file);
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    if (is_empty(file) || is_none(file)) fputs(ov->annot, vm->out ? vm->out : stdout);
    else vm_call1(vm, v_getattr(vm, file, str_intern_c(vm, "write")), str_from_cstr(vm, ov->annot));
  }
  return v_none();
}

static Value disp_parallel_diagnostics(VM *vm, Value self, const Args *a) {
  (void)a;
  NbDispatcher *d = (NbDispatcher *)self.as.o;
  FILE *o = vm->out ? vm->out : stdout;
  const char *name = disp_func(d)->name->data;
  fprintf(o, "Parallel diagnostics for %s (%s):\n", name, d->opt.parallel ? "parallel=True" : "parallel=False");
  int n = 0;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    StrBuf b = STRBUF_INIT;
    for (int i = 0; i < ov->nargs; i++) {
      if (i) sb_puts(&b, ", ");
      nb_type_str(ov->argtys[i], &b);
    }
    fprintf(o, " %s(%s):\n", name, b.data ? b.data : "");
    sb_free(&b);
    if (ov->pardiag && *ov->pardiag) fputs(ov->pardiag, o);
    else fprintf(o, "  no prange loops were found%s.\n", d->opt.parallel ? "" : " (prange runs serially without parallel=True)");
    n++;
  }
  if (!n) fprintf(o, " not compiled yet: call the function first.\n");
  return v_none();
}

static const MethodDef disp_methods[] = {
    {"inspect_types", disp_inspect_types},
    {"parallel_diagnostics", disp_parallel_diagnostics},
    {"_streak_wait_tier", disp_wait_tier},
    {NULL, NULL},
};

static int64_t disp_hash(VM *vm, Value self) {
  (void)vm;
  return (int64_t)((uintptr_t)self.as.o >> 4);
}

Type TYPE_NB_DISPATCHER = {.hdr = TYPE_HEADER, .name = "CPUDispatcher", .base = &TYPE_OBJECT,
                           .mark = disp_mark, .finalize = disp_finalize, .repr = disp_repr,
                           .hash = disp_hash, .getattr = disp_getattr, .call = disp_call,
                           .methods = disp_methods};

Value nb_dispatcher_new(VM *vm, Value pyfunc, const NbOptions *opt) {
  if (!is_function(pyfunc)) vm_raise(vm, &EXC_TypeError, "njit() expects a function, got '%s'", v_typename(pyfunc));
  stats_register(vm);
  NbDispatcher *d = gc_alloc(vm, &TYPE_NB_DISPATCHER, sizeof(NbDispatcher));
  d->pyfunc = pyfunc;
  d->opt = *opt;
  return v_obj(d);
}

void nb_dispatcher_add_sig(VM *vm, Value disp, const NbSig *sig) {
  NbDispatcher *d = (NbDispatcher *)disp.as.o;
  d->eager = true;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    if (ov->nargs != sig->nargs) continue;
    bool same = true;
    for (int i = 0; i < sig->nargs; i++)
      if (ov->argtys[i] != sig->args[i]) same = false;
    if (same) return;
  }
  gc_push_root(vm, disp);
  compile_sig(vm, d, sig->nargs, sig->args, sig->ret, 0);
  gc_pop_roots(vm, 1);
}

/* ---- @vectorize support (mod_numba_vec.c) ---------------------------------------------- */

/* The lowest frame address a recursive @njit function may run at on this
** thread: its stack's low end plus a margin for raising RecursionError
** there and for the C code compiled code calls (printing, allocating). */
enum { NB_STACK_MARGIN = 256 << 10 };
static char *stack_floor(void) {
  static __thread char *floor;
  if (!floor) {
    pthread_attr_t at;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &at) == 0) {
      pthread_attr_getstack(&at, &lo, &size);
      pthread_attr_destroy(&at);
    }
    floor = lo && size > 2 * NB_STACK_MARGIN ? (char *)lo + NB_STACK_MARGIN : (char *)1;
  }
  return floor;
}

void nb_ctx_init(VM *vm, NbCtx *ctx) {
  memcpy(ctx->h, helpers, sizeof helpers);
  ctx->stack_floor = stack_floor();
  ctx->vm = vm;
  ctx->rng = ctx->rngfast = nb_rng_state(vm);
  ctx->pyrng = nb_pyrng_state(vm);
  ctx->osr = NULL;
  ctx->osrst = NULL;
  ctx->fns = NULL;
  ctx->osrtest = 0;
  ctx->frozen = NULL; /* ufunc kernels read no global arrays (compile_body) */
  ctx->lists = NULL;  /* nor make lists */
}

void *nb_vec_compile(VM *vm, Value disp, int nargs, const NbTy *args, NbTy ret, NbTy *ret_out) {
  NbDispatcher *d = (NbDispatcher *)disp.as.o;
  for (Overload *ov = d->overloads; ov; ov = ov->next) {
    if (ov->nargs != nargs) continue;
    bool same = true;
    for (int i = 0; i < nargs; i++)
      if (ov->argtys[i] != args[i]) same = false;
    if (same && (!ret || ov->ret == ret)) {
      *ret_out = ov->ret;
      return ov;
    }
  }
  gc_push_root(vm, disp);
  Overload *ov = compile_sig(vm, d, nargs, args, ret, 0);
  gc_pop_roots(vm, 1);
  if (!nb_is_scalar(ov->ret))
    vm_raise(vm, &EXC_NbTypingError, "@vectorize: %s() must return a number, not a value of another type",
             disp_func(d)->name->data);
  *ret_out = ov->ret;
  return ov;
}

NbLoopFn nb_vec_loop(void *handle) {
  Overload *ov = handle;
  NbEntry e = atomic_load(&ov->entry);
  void *lp[2] = {NULL, NULL};
  e(NULL, NULL, lp);
  return (NbLoopFn)lp[0];
}

void nb_vec_ran(void *handle, uint64_t ns) {
  Overload *ov = handle;
  if (atomic_load(&ov->tier_state) != NBT_TCC || get_tier_mode() != 0) return;
  ov->tcc_ns += ns;
  if (ov->tcc_ns > 2000000) tier_up_async(ov);
}

void nb_par_run(NbCtx *ctx, int64_t n, void (*body)(int64_t, int64_t, void *, void *), void *env) {
  char red[64];
  *(void **)env = ctx; /* h_par_for's serial path runs body with env's context as it is */
  h_par_for(ctx, n, (void *)body, env, red, 0, 64, 0);
}
