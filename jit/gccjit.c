/*
** gccjit.c — the optimising tier: IR → libgccjit (-O3, the host's -march,
** -ffp-contract=off), compiled on the tier-up thread.
**
** libgccjit has no C front end, so this file builds the same function as
** cgen.c's text directly through the gcc_jit_* API: one local per SSA value,
** one exit block per snapshot, guards as conditional jumps to the exit
** blocks, the loop body as a block that jumps to itself after the PHI
** copies. Every op has the meaning cgen.c gives it, down to how INT64_MIN
** % -1 is kept from trapping, so the tiers agree bit for bit.
**
** libgccjit is loaded with dlopen on the first compile (it is 30 MB; a
** script that never gets hot must not pay for it). Its cost is mostly fixed
** per context (driver, assembler, linker: ~40 ms), so compile() takes a batch
** of traces and builds them as functions of one context, in a child process
** (see "the compiling child"); their code then shares one shared object,
** closed when the last of them is released.
**
** libgccjit rejects -march=native, so the host is classified with
** __builtin_cpu_supports into x86-64-v2/v3/v4 and that is passed instead.
*/
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgccjit.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend.h"
#include "../runtime/random.h"
#include "../src/num.h"

/* ---- the API, loaded lazily --------------------------------------------- */

#define GCCJIT_API(_)                                                         \
  _(gcc_jit_context_acquire) _(gcc_jit_context_release)                      \
  _(gcc_jit_context_set_int_option) _(gcc_jit_context_set_bool_option)        \
  _(gcc_jit_context_set_bool_allow_unreachable_blocks)                        \
  _(gcc_jit_context_set_bool_print_errors_to_stderr)                          \
  _(gcc_jit_context_add_command_line_option) _(gcc_jit_context_compile_to_file) \
  _(gcc_jit_context_add_driver_option)                                        \
  _(gcc_jit_context_get_first_error) _(gcc_jit_context_get_type)              \
  _(gcc_jit_context_get_int_type) _(gcc_jit_type_get_pointer)                 \
  _(gcc_jit_type_get_volatile) _(gcc_jit_block_add_extended_asm)             \
  _(gcc_jit_extended_asm_set_volatile_flag) _(gcc_jit_extended_asm_add_clobber) \
  _(gcc_jit_context_new_field) _(gcc_jit_context_new_struct_type)             \
  _(gcc_jit_struct_as_type) _(gcc_jit_context_new_union_type)                 \
  _(gcc_jit_context_new_function_ptr_type) _(gcc_jit_context_new_param)       \
  _(gcc_jit_param_as_rvalue) _(gcc_jit_param_as_lvalue)                       \
  _(gcc_jit_context_new_function) _(gcc_jit_function_new_local)               \
  _(gcc_jit_function_new_block) _(gcc_jit_context_get_builtin_function)       \
  _(gcc_jit_context_new_rvalue_from_long) _(gcc_jit_context_new_rvalue_from_int) \
  _(gcc_jit_context_new_rvalue_from_double) _(gcc_jit_context_new_rvalue_from_ptr) \
  _(gcc_jit_context_new_binary_op) _(gcc_jit_context_new_unary_op)            \
  _(gcc_jit_context_new_comparison) _(gcc_jit_context_new_cast)               \
  _(gcc_jit_context_new_call) _(gcc_jit_context_new_call_through_ptr)         \
  _(gcc_jit_context_new_array_access) _(gcc_jit_lvalue_access_field)          \
  _(gcc_jit_rvalue_dereference_field) _(gcc_jit_rvalue_dereference)           \
  _(gcc_jit_lvalue_get_address) _(gcc_jit_lvalue_as_rvalue)                   \
  _(gcc_jit_block_add_assignment) _(gcc_jit_block_add_eval)                   \
  _(gcc_jit_block_end_with_conditional) _(gcc_jit_block_end_with_jump)        \
  _(gcc_jit_block_end_with_return)

typedef struct GccJitApi {
#define X(fn) __typeof__(&fn) fn;
  GCCJIT_API(X)
#undef X
} GccJitApi;

static GccJitApi api;
static bool api_ok;
static pthread_once_t api_once = PTHREAD_ONCE_INIT;
static char march_opt[32];

static void pick_march(void) {
  const char *level = "x86-64";
  __builtin_cpu_init();
  if (__builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("popcnt")) level = "x86-64-v2";
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi2"))
    level = "x86-64-v3";
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512vl"))
    level = "x86-64-v4";
  snprintf(march_opt, sizeof march_opt, "-march=%s", level);
}

static void load_api(void) {
  pick_march();
  const char *path = getenv("STREAK_LIBGCCJIT");
  void *lib = dlopen(path ? path : "libgccjit.so.0", RTLD_NOW | RTLD_LOCAL);
  if (!lib) return;
#define X(fn)                                                                 \
  *(void **)&api.fn = dlsym(lib, #fn);                                        \
  if (!api.fn) return;
  GCCJIT_API(X)
#undef X
  api_ok = true; /* the library stays loaded for the process's life */
}

static bool gj_available(void) {
  pthread_once(&api_once, load_api);
  return api_ok;
}

const char *gj_march(void) {
  pthread_once(&api_once, load_api);
  return march_opt;
}

/* libgccjit keeps (and never frees) a little global state per context, and
** PoCL keeps the LLVM objects of each kernel it builds (when its kernel
** cache is cold, as on a fresh machine): their own leaks, not ours.
** LeakSanitizer asks for this hook in ASan builds; in other builds nothing
** calls it. */
/* Default visibility: libstreak.so hides everything else, and LSan finds the
** hook by symbol lookup. */
__attribute__((visibility("default"))) const char *__lsan_default_suppressions(void);
__attribute__((visibility("default"))) const char *__lsan_default_suppressions(void) {
  return "leak:libgccjit.so\nleak:libpocl.so\nleak:libLLVM-\n";
}
/* ... and without the "Suppressions used" table at exit, which would end a
** program's stderr (the error tests compare its last line) whenever the
** tier thread happened to compile something. */
__attribute__((visibility("default"))) const char *__lsan_default_options(void);
__attribute__((visibility("default"))) const char *__lsan_default_options(void) { return "print_suppressions=0"; }

/* ---- a batch's shared result -------------------------------------------- */

typedef struct GjShared {
  void *so; /* dlopen's handle */
  atomic_int refs;
} GjShared;

static void gj_release(BackendCode *code) {
  GjShared *sh = code->handle;
  if (sh && atomic_fetch_sub(&sh->refs, 1) == 1) {
    dlclose(sh->so);
    free(sh);
  }
  memset(code, 0, sizeof *code);
}

/* ---- building one trace ------------------------------------------------- */

enum { GJ_BIG_TRACE = 800 }; /* IR instructions: compiled at -O1 (gj_compile) */

typedef struct Gj {
  gcc_jit_context *ctxt;
  gcc_jit_type *types[IRT__COUNT];
  gcc_jit_type *t_int, *t_long, *t_uchar, *t_char_ptr, *t_value_ptr, *t_ctx_ptr;
  gcc_jit_field *f_tag, *f_as, *f_i, *f_f, *f_o;       /* Value */
  gcc_jit_field *f_vm, *f_box, *f_stitch, *f_resume, *f_boxnp; /* TraceCtx */
  gcc_jit_type *t_boxfn, *t_stitchfn, *t_boxnpfn;
  gcc_jit_function *expect;                              /* __builtin_expect */
  /* per trace */
  const IRTrace *tr;
  gcc_jit_function *fn;
  gcc_jit_rvalue *base, *ctx;
  gcc_jit_lvalue **locals;      /* per instruction */
  gcc_jit_block **exits;        /* per snapshot */
  gcc_jit_block *cur;
  gcc_jit_block *loop;          /* the top of the loop body (CONT) */
  gcc_jit_block *start;         /* the first instructions (a restarting EXIT) */
  unsigned nblocks;
  uint8_t *sunk;                /* [ins] built only in the exits that store it (ir_plan_sinking) */
  uint8_t *tierup;              /* [ins] the tier-up check and its loads: left out (ir.h) */
  bool in_exit;                 /* building sunk values for an exit */
  bool counted;                 /* counted loops get a guard-free fast path (build_counted) */
} Gj;

static void build_types(Gj *g) {
  gcc_jit_context *c = g->ctxt;
  g->types[IRT_VOID] = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID);
  g->types[IRT_BOOL] = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_BOOL);
  static const struct { IRType t; int size, sign; } ints[] = {
    {IRT_I8, 1, 1}, {IRT_I16, 2, 1}, {IRT_I32, 4, 1}, {IRT_I64, 8, 1},
    {IRT_U8, 1, 0}, {IRT_U16, 2, 0}, {IRT_U32, 4, 0}, {IRT_U64, 8, 0},
  };
  for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
    g->types[ints[i].t] = api.gcc_jit_context_get_int_type(c, ints[i].size, ints[i].sign);
  g->types[IRT_F32] = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_FLOAT);
  g->types[IRT_F64] = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_DOUBLE);
  g->types[IRT_PTR] = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID_PTR);
  g->t_int = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT);
  g->t_long = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_LONG);
  g->t_uchar = api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_UNSIGNED_CHAR);
  g->t_char_ptr = api.gcc_jit_type_get_pointer(api.gcc_jit_context_get_type(c, GCC_JIT_TYPE_CHAR));

  /* struct Value { uint8_t tag; union { int64_t i; double f; void *o; } as; } */
  g->f_i = api.gcc_jit_context_new_field(c, NULL, g->types[IRT_I64], "i");
  g->f_f = api.gcc_jit_context_new_field(c, NULL, g->types[IRT_F64], "f");
  g->f_o = api.gcc_jit_context_new_field(c, NULL, g->types[IRT_PTR], "o");
  gcc_jit_field *ufields[3] = {g->f_i, g->f_f, g->f_o};
  gcc_jit_type *payload = api.gcc_jit_context_new_union_type(c, NULL, "ValuePayload", 3, ufields);
  g->f_tag = api.gcc_jit_context_new_field(c, NULL, g->t_uchar, "tag");
  g->f_as = api.gcc_jit_context_new_field(c, NULL, payload, "as");
  gcc_jit_field *vfields[2] = {g->f_tag, g->f_as};
  gcc_jit_type *value = api.gcc_jit_struct_as_type(api.gcc_jit_context_new_struct_type(c, NULL, "Value", 2, vfields));
  g->t_value_ptr = api.gcc_jit_type_get_pointer(value);

  /* struct TraceCtx (backend.h) */
  gcc_jit_type *dbl = g->types[IRT_F64], *vptr = g->types[IRT_PTR], *i32 = g->types[IRT_I32];
  gcc_jit_type *boxargs[3] = {vptr, dbl, dbl};
  g->t_boxfn = api.gcc_jit_context_new_function_ptr_type(c, NULL, vptr, 3, boxargs, 0);
  gcc_jit_type *stitchargs[4] = {vptr, g->t_value_ptr, i32, i32};
  g->t_stitchfn = api.gcc_jit_context_new_function_ptr_type(c, NULL, g->t_int, 4, stitchargs, 0);
  g->f_vm = api.gcc_jit_context_new_field(c, NULL, vptr, "vm");
  g->f_box = api.gcc_jit_context_new_field(c, NULL, g->t_boxfn, "box_complex");
  g->f_stitch = api.gcc_jit_context_new_field(c, NULL, g->t_stitchfn, "stitch");
  g->f_resume = api.gcc_jit_context_new_field(c, NULL, i32, "resume_pc");
  gcc_jit_type *boxnpargs[4] = {vptr, i32, g->types[IRT_I64], dbl};
  g->t_boxnpfn = api.gcc_jit_context_new_function_ptr_type(c, NULL, vptr, 4, boxnpargs, 0);
  g->f_boxnp = api.gcc_jit_context_new_field(c, NULL, g->t_boxnpfn, "box_np");
  gcc_jit_field *cfields[6] = {g->f_vm, g->f_box, g->f_stitch, g->f_resume,
                               api.gcc_jit_context_new_field(c, NULL, i32, "pad"), g->f_boxnp};
  gcc_jit_type *ctxt = api.gcc_jit_struct_as_type(api.gcc_jit_context_new_struct_type(c, NULL, "TraceCtx", 6, cfields));
  g->t_ctx_ptr = api.gcc_jit_type_get_pointer(ctxt);
  g->expect = api.gcc_jit_context_get_builtin_function(c, "__builtin_expect");
}

/* ---- expression helpers ------------------------------------------------- */

static gcc_jit_rvalue *k_long(Gj *g, IRType t, int64_t v) {
  return api.gcc_jit_context_new_rvalue_from_long(g->ctxt, g->types[t], (long)v);
}

static gcc_jit_rvalue *val(Gj *g, IRRef r) {
  if (r >= REF_BIAS) return api.gcc_jit_lvalue_as_rvalue(g->locals[r - REF_BIAS]);
  const IRIns *k = ir_at(g->tr, r);
  switch ((IROp)k->op) {
  case IR_KINT:
    if (k->type == IRT_BOOL)
      return api.gcc_jit_context_new_cast(g->ctxt, NULL, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_int, k->i != 0), g->types[IRT_BOOL]);
    return k_long(g, IRT_I64, k->i);
  case IR_KNUM: return api.gcc_jit_context_new_rvalue_from_double(g->ctxt, g->types[IRT_F64], k->f);
  default: return api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, g->types[IRT_PTR], k->p);
  }
}

static gcc_jit_rvalue *bin(Gj *g, enum gcc_jit_binary_op op, IRType t, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  return api.gcc_jit_context_new_binary_op(g->ctxt, NULL, op, g->types[t], a, b);
}

static gcc_jit_rvalue *cmp(Gj *g, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  return api.gcc_jit_context_new_comparison(g->ctxt, NULL, op, a, b);
}

static gcc_jit_rvalue *cast(Gj *g, gcc_jit_rvalue *a, gcc_jit_type *t) {
  return api.gcc_jit_context_new_cast(g->ctxt, NULL, a, t);
}

static gcc_jit_rvalue *land(Gj *g, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  return bin(g, GCC_JIT_BINARY_OP_LOGICAL_AND, IRT_BOOL, a, b);
}

static gcc_jit_rvalue *lor(Gj *g, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  return bin(g, GCC_JIT_BINARY_OP_LOGICAL_OR, IRT_BOOL, a, b);
}

/* bool → int64 0/1 */
static gcc_jit_rvalue *b2i(Gj *g, gcc_jit_rvalue *b) { return cast(g, b, g->types[IRT_I64]); }

static gcc_jit_block *new_block(Gj *g) { return api.gcc_jit_function_new_block(g->fn, NULL); }

static void assign(Gj *g, IRRef ref, gcc_jit_rvalue *v) {
  api.gcc_jit_block_add_assignment(g->cur, NULL, g->locals[ref - REF_BIAS], v);
}

static gcc_jit_block *exit_block(Gj *g, uint32_t snap) {
  if (!g->exits[snap]) g->exits[snap] = new_block(g);
  return g->exits[snap];
}

/* cond, marked for gcc as rarely true (__builtin_expect(cond, 0)). */
static gcc_jit_rvalue *unlikely(Gj *g, gcc_jit_rvalue *cond) {
  if (!g->expect) return cond;
  gcc_jit_rvalue *args[2] = {cast(g, cond, g->t_long), api.gcc_jit_context_new_rvalue_from_long(g->ctxt, g->t_long, 0)};
  return cmp(g, GCC_JIT_COMPARISON_NE, api.gcc_jit_context_new_call(g->ctxt, NULL, g->expect, 2, args),
             api.gcc_jit_context_new_rvalue_from_long(g->ctxt, g->t_long, 0));
}

/* Exits through snapshot `snap` when `fail` is true. */
static void guard(Gj *g, uint32_t snap, gcc_jit_rvalue *fail) {
  fail = unlikely(g, fail);
  gcc_jit_block *next = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, fail, exit_block(g, snap), next);
  g->cur = next;
}

/* ref := cond ? a : b, through a diamond that gcc turns into a cmov/min. */
static void select_into(Gj *g, IRRef ref, gcc_jit_rvalue *cond, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  gcc_jit_block *yes = new_block(g), *no = new_block(g), *join = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, cond, yes, no);
  api.gcc_jit_block_add_assignment(yes, NULL, g->locals[ref - REF_BIAS], a);
  api.gcc_jit_block_end_with_jump(yes, NULL, join);
  api.gcc_jit_block_add_assignment(no, NULL, g->locals[ref - REF_BIAS], b);
  api.gcc_jit_block_end_with_jump(no, NULL, join);
  g->cur = join;
}

/* base[slot] */
static gcc_jit_lvalue *slot(Gj *g, uint32_t n) {
  return api.gcc_jit_context_new_array_access(g->ctxt, NULL, g->base, k_long(g, IRT_I64, n));
}

static gcc_jit_lvalue *payload(Gj *g, uint32_t n, gcc_jit_field *f) {
  gcc_jit_lvalue *as = api.gcc_jit_lvalue_access_field(slot(g, n), NULL, g->f_as);
  return api.gcc_jit_lvalue_access_field(as, NULL, f);
}

static gcc_jit_rvalue *ctx_field(Gj *g, gcc_jit_field *f) {
  return api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_rvalue_dereference_field(g->ctx, NULL, f));
}

/* *(T *)p */
static gcc_jit_lvalue *deref_as(Gj *g, gcc_jit_rvalue *p, IRType t) {
  return api.gcc_jit_rvalue_dereference(cast(g, p, api.gcc_jit_type_get_pointer(g->types[t])), NULL);
}

/* (char *)p + off */
static gcc_jit_rvalue *byte_offset(Gj *g, gcc_jit_rvalue *p, uint32_t off) {
  gcc_jit_lvalue *c = api.gcc_jit_context_new_array_access(g->ctxt, NULL, cast(g, p, g->t_char_ptr), k_long(g, IRT_I64, off));
  return api.gcc_jit_lvalue_get_address(c, NULL);
}

/* SLOAD of a NumPy scalar: the slot holds an object of type
** np_scalar_type(dt); its payload, widened. */
static void sload_np(Gj *g, const IRIns *ins, IRRef ref) {
  uint32_t n = ir_sload_slot(ins->lit);
  int dt = ir_sload_npdt(ins->lit);
  gcc_jit_rvalue *have = api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_lvalue_access_field(slot(g, n), NULL, g->f_tag));
  gcc_jit_block *join = NULL;
  if (dt == IR_NP_F64ANY) { /* or a Python float */
    gcc_jit_block *pyf = new_block(g), *np = new_block(g);
    join = new_block(g);
    api.gcc_jit_block_end_with_conditional(g->cur, NULL, cmp(g, GCC_JIT_COMPARISON_EQ, have, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_uchar, V_FLOAT)), pyf, np);
    g->cur = pyf;
    assign(g, ref, api.gcc_jit_lvalue_as_rvalue(payload(g, n, g->f_f)));
    api.gcc_jit_block_end_with_jump(pyf, NULL, join);
    g->cur = np;
  }
  guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_NE, have, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_uchar, V_OBJ)));
  gcc_jit_rvalue *o = api.gcc_jit_lvalue_as_rvalue(payload(g, n, g->f_o));
  gcc_jit_rvalue *ty = api.gcc_jit_lvalue_as_rvalue(deref_as(g, o, IRT_PTR));
  gcc_jit_rvalue *want = api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, g->types[IRT_PTR], (void *)ir_np_type(dt));
  guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_NE, ty, want));
  IRType st = ir_np_storage(dt);
  gcc_jit_rvalue *x = api.gcc_jit_lvalue_as_rvalue(deref_as(g, byte_offset(g, o, ir_np_offset(dt)), st));
  if (ins->type == IRT_BOOL) x = cmp(g, GCC_JIT_COMPARISON_NE, x, k_long(g, IRT_U8, 0));
  else x = cast(g, x, g->types[ins->type]);
  assign(g, ref, x);
  if (join) {
    api.gcc_jit_block_end_with_jump(g->cur, NULL, join);
    g->cur = join;
  }
}

static void build_ins(Gj *g, IRRef ref);

/* As cgen.c's put_writeback: an exit (`deferred`) stores payloads only,
** leaving tags and NumPy scalars to jit_exit_box. The sunk values it stores
** are built first, which may add blocks: returns the block it ends in. */
static gcc_jit_block *writeback(Gj *g, gcc_jit_block *blk, uint32_t snap, bool deferred) {
  const Snapshot *s = &g->tr->snaps[snap];
  const SnapEntry *e = ir_snap_entries(g->tr, snap);
  gcc_jit_block *saved = g->cur;
  g->cur = blk;
  if (g->sunk) {
    uint32_t hi;
    uint8_t *need = ir_sunk_needed(g->tr, g->sunk, snap, &hi);
    g->in_exit = true;
    for (uint32_t i = 0; i < hi; i++)
      if (need[i]) build_ins(g, REF_BIAS + i);
    g->in_exit = false;
    free(need);
    blk = g->cur;
  }
  for (uint32_t i = 0; i < s->nent; i++) {
    uint32_t n = e[i].slot;
    SnapKind kind = (SnapKind)e[i].kind;
    if (kind == SNAP_FRAME || (deferred && jit_exit_const(&e[i]))) continue;
    if (!deferred || kind == SNAP_COMPLEX) {
      gcc_jit_lvalue *tag = api.gcc_jit_lvalue_access_field(slot(g, n), NULL, g->f_tag);
      api.gcc_jit_block_add_assignment(blk, NULL, tag, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_uchar, jit_snap_tag[kind]));
    }
    gcc_jit_lvalue *dst;
    gcc_jit_rvalue *v;
    switch (kind) {
    case SNAP_INT: dst = payload(g, n, g->f_i); v = val(g, e[i].ref); break;
    case SNAP_BOOL: dst = payload(g, n, g->f_i); v = b2i(g, val(g, e[i].ref)); break;
    case SNAP_FLOAT: dst = payload(g, n, g->f_f); v = val(g, e[i].ref); break;
    case SNAP_OBJ: case SNAP_CFUNC: dst = payload(g, n, g->f_o); v = val(g, e[i].ref); break;
    case SNAP_NONE:
      if (deferred) continue;
      dst = payload(g, n, g->f_i);
      v = k_long(g, IRT_I64, 0);
      break;
    case SNAP_COMPLEX: {
      gcc_jit_rvalue *args[3] = {ctx_field(g, g->f_vm), val(g, e[i].ref), val(g, e[i].ref2)};
      dst = payload(g, n, g->f_o);
      v = api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, ctx_field(g, g->f_box), 3, args);
      break;
    }
    case SNAP_NP: {
      bool fl = ir_typeof(g->tr, e[i].ref) == IRT_F64;
      gcc_jit_rvalue *x = val(g, e[i].ref);
      if (deferred) {
        dst = payload(g, n, fl ? g->f_f : g->f_i);
        v = fl ? x : cast(g, x, g->types[IRT_I64]);
        break;
      }
      gcc_jit_rvalue *args[4] = {ctx_field(g, g->f_vm),
                                 api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->types[IRT_I32], e[i].dt),
                                 fl ? k_long(g, IRT_I64, 0) : cast(g, x, g->types[IRT_I64]),
                                 fl ? x : api.gcc_jit_context_new_rvalue_from_double(g->ctxt, g->types[IRT_F64], 0.0)};
      dst = payload(g, n, g->f_o);
      v = api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, ctx_field(g, g->f_boxnp), 4, args);
      break;
    }
    default: continue;
    }
    api.gcc_jit_block_add_assignment(blk, NULL, dst, v);
  }
  g->cur = saved;
  return blk;
}

/* libm functions gcc expands inline exactly (the rest are called by address,
** the same glibc code the tcc tier calls by name). */
static gcc_jit_function *inline_builtin(Gj *g, const IRCallTarget *ct) {
  static const IRCallId ids[] = {IRCALL_sqrt, IRCALL_fabs, IRCALL_floor, IRCALL_ceil, IRCALL_trunc, IRCALL_copysign};
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
    if (ct == ir_call_builtin(ids[i])) {
      char name[40];
      snprintf(name, sizeof name, "__builtin_%s", ct->name);
      return api.gcc_jit_context_get_builtin_function(g->ctxt, name);
    }
  return NULL;
}

static gcc_jit_rvalue *call(Gj *g, const IRIns *ins) {
  const IRCallTarget *ct = g->tr->calls[ins->lit];
  IRRef refs[4];
  gcc_jit_rvalue *args[4];
  int n = ir_call_args(g->tr, ins->a, refs);
  for (int i = 0; i < n; i++) args[i] = val(g, refs[i]);
  gcc_jit_function *bf = inline_builtin(g, ct);
  if (bf) return api.gcc_jit_context_new_call(g->ctxt, NULL, bf, n, args);
  gcc_jit_type *params[4];
  for (int i = 0; i < ct->nargs; i++) params[i] = g->types[ct->args[i]];
  gcc_jit_type *fty = api.gcc_jit_context_new_function_ptr_type(g->ctxt, NULL, g->types[ct->ret], ct->nargs, params, 0);
  gcc_jit_rvalue *fp = api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, fty, ct->addr);
  return api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, fp, n, args);
}

/* ref := a OP b, exiting through ins->snap on signed overflow: gcc's
** checked-arithmetic builtin becomes add/jo (imul/jo), where a test of
** the operands' and the result's signs took five instructions. */
static void build_ovf(Gj *g, IRRef ref, const IRIns *ins, const char *builtin, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
  gcc_jit_type *l = g->t_long, *lp = api.gcc_jit_type_get_pointer(g->t_long);
  gcc_jit_rvalue *dst = cast(g, api.gcc_jit_lvalue_get_address(g->locals[ref - REF_BIAS], NULL), lp);
  gcc_jit_rvalue *args[3] = {cast(g, a, l), cast(g, b, l), dst};
  gcc_jit_function *fn = api.gcc_jit_context_get_builtin_function(g->ctxt, builtin);
  /* not through guard's __builtin_expect: gcc then keeps the flag in a
  ** register (seto; test; jne) instead of branching on it (jo) */
  gcc_jit_block *next = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, api.gcc_jit_context_new_call(g->ctxt, NULL, fn, 3, args),
                                         exit_block(g, ins->snap), next);
  g->cur = next;
}

/* ref := ir_pow2(x) inline (src/num.h num_pow2): x*x where that is
** certainly what pow(x, 2.0) returns, else the call. */
static void build_pow2(Gj *g, IRRef ref, const IRIns *ins) {
  IRRef args[4];
  ir_call_args(g->tr, ins->a, args);
  gcc_jit_type *f64 = g->types[IRT_F64], *u64 = g->types[IRT_U64];
  gcc_jit_rvalue *x = val(g, args[0]);
  gcc_jit_lvalue *p = api.gcc_jit_function_new_local(g->fn, NULL, f64, "sq");
  api.gcc_jit_block_add_assignment(g->cur, NULL, p, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, x, x));
  gcc_jit_rvalue *pv = api.gcc_jit_lvalue_as_rvalue(p);
  gcc_jit_rvalue *fargs[3] = {x, x, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_MINUS, f64, pv)};
  gcc_jit_rvalue *e = api.gcc_jit_context_new_call(g->ctxt, NULL, api.gcc_jit_context_get_builtin_function(g->ctxt, "__builtin_fma"), 3, fargs);
  /* k = num_pow2_k[exponent field of p], p's bits read through its address */
  gcc_jit_rvalue *bits = api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_rvalue_dereference(
      cast(g, api.gcc_jit_lvalue_get_address(p, NULL), api.gcc_jit_type_get_pointer(u64)), NULL));
  gcc_jit_rvalue *field = bin(g, GCC_JIT_BINARY_OP_BITWISE_AND, IRT_U64,
                              bin(g, GCC_JIT_BINARY_OP_RSHIFT, IRT_U64, bits, k_long(g, IRT_U64, 52)), k_long(g, IRT_U64, 0x7ff));
  gcc_jit_rvalue *tab = api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, api.gcc_jit_type_get_pointer(f64), (void *)num_pow2_k);
  gcc_jit_rvalue *kv = api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_context_new_array_access(g->ctxt, NULL, tab, field));
  gcc_jit_rvalue *fast = cmp(g, GCC_JIT_COMPARISON_EQ, bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_F64, pv, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, e, kv)), pv);
  gcc_jit_block *yes = new_block(g), *no = new_block(g), *join = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, fast, yes, no);
  g->cur = yes;
  assign(g, ref, pv);
  api.gcc_jit_block_end_with_jump(yes, NULL, join);
  g->cur = no; /* pow itself: ir_pow2 would test again */
  gcc_jit_type *params[2] = {f64, f64};
  gcc_jit_type *fty = api.gcc_jit_context_new_function_ptr_type(g->ctxt, NULL, f64, 2, params, 0);
  gcc_jit_rvalue *pargs[2] = {x, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, 2.0)};
  assign(g, ref, api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, fty, (void *)num_libm_pow), 2, pargs));
  api.gcc_jit_block_end_with_jump(no, NULL, join);
  g->cur = join;
}

/* x ^= (x >> r) (r > 0) or x ^= (x << -r) & mask, on a u32 local */
static void temper_step(Gj *g, gcc_jit_lvalue *x, int r, uint32_t mask) {
  gcc_jit_rvalue *xv = api.gcc_jit_lvalue_as_rvalue(x);
  gcc_jit_rvalue *sh = r > 0 ? bin(g, GCC_JIT_BINARY_OP_RSHIFT, IRT_U32, xv, k_long(g, IRT_U32, r))
                             : bin(g, GCC_JIT_BINARY_OP_BITWISE_AND, IRT_U32,
                                   bin(g, GCC_JIT_BINARY_OP_LSHIFT, IRT_U32, xv, k_long(g, IRT_U32, -r)), k_long(g, IRT_U32, mask));
  api.gcc_jit_block_add_assignment(g->cur, NULL, x, bin(g, GCC_JIT_BINARY_OP_BITWISE_XOR, IRT_U32, xv, sh));
}

/* The next tempered word of the MT19937 at `state` (its words at mt, the
** index in the local i), shifted right by `drop`, as a double: once all
** 624 are used, mt19937_refill (the twist) and i = 0. */
static gcc_jit_rvalue *mt_word(Gj *g, gcc_jit_rvalue *state, gcc_jit_rvalue *mt, gcc_jit_lvalue *i, int drop) {
  gcc_jit_rvalue *iv = api.gcc_jit_lvalue_as_rvalue(i);
  gcc_jit_block *twist = new_block(g), *next = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, unlikely(g, cmp(g, GCC_JIT_COMPARISON_GE, iv, k_long(g, IRT_I32, MT19937_N))),
                                         twist, next);
  gcc_jit_type *vp = g->types[IRT_PTR];
  gcc_jit_type *fty = api.gcc_jit_context_new_function_ptr_type(g->ctxt, NULL, api.gcc_jit_context_get_type(g->ctxt, GCC_JIT_TYPE_VOID), 1, &vp, 0);
  gcc_jit_rvalue *refill = api.gcc_jit_context_new_rvalue_from_ptr(g->ctxt, fty, (void *)mt19937_refill);
  api.gcc_jit_block_add_eval(twist, NULL, api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, refill, 1, &state));
  api.gcc_jit_block_add_assignment(twist, NULL, i, k_long(g, IRT_I32, 0));
  api.gcc_jit_block_end_with_jump(twist, NULL, next);
  g->cur = next;
  gcc_jit_lvalue *x = api.gcc_jit_function_new_local(g->fn, NULL, g->types[IRT_U32], "mtw");
  api.gcc_jit_block_add_assignment(g->cur, NULL, x, api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_context_new_array_access(g->ctxt, NULL, mt, iv)));
  api.gcc_jit_block_add_assignment(g->cur, NULL, i, bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_I32, iv, k_long(g, IRT_I32, 1)));
  temper_step(g, x, 11, 0);
  temper_step(g, x, -7, 0x9d2c5680U);
  temper_step(g, x, -15, 0xefc60000U);
  temper_step(g, x, 18, 0);
  gcc_jit_rvalue *w = bin(g, GCC_JIT_BINARY_OP_RSHIFT, IRT_U32, api.gcc_jit_lvalue_as_rvalue(x), k_long(g, IRT_U32, drop));
  return cast(g, w, g->types[IRT_F64]);
}

/* Is ct a uniform draw in [0, 1) from an MT19937 at its argument (NumPy's
** random(), Python's random.random())? Both states start with the MT19937. */
static bool is_mt_draw(const IRCallTarget *ct) {
  return ct->addr == (void *)nprandom_next_double || ct->addr == (void *)mt19937_random_double;
}
_Static_assert(offsetof(NpRandom, mt) == 0, "build_mt_draw reads an NpRandom as its MT19937");

/* ref := a uniform draw (is_mt_draw): rkdbl inline, two tempered words,
** only the twist a call (mt_word). After the twist the index is known to
** be 0, so gcc keeps it in a register from draw to draw; the state's mti
** is stored once a draw. (The tcc tier calls: tcc's code for the
** tempering was slower than the call, 23 against 17 ms for mc_pi.) */
static void build_mt_draw(Gj *g, IRRef ref, const IRIns *ins) {
  IRRef args[4];
  ir_call_args(g->tr, ins->a, args);
  gcc_jit_rvalue *state = val(g, args[0]);
  gcc_jit_rvalue *mt = cast(g, state, api.gcc_jit_type_get_pointer(g->types[IRT_U32]));
  gcc_jit_lvalue *mti = deref_as(g, byte_offset(g, state, (uint32_t)offsetof(MT19937, mti)), IRT_I32);
  gcc_jit_lvalue *i = api.gcc_jit_function_new_local(g->fn, NULL, g->types[IRT_I32], "mti");
  api.gcc_jit_block_add_assignment(g->cur, NULL, i, api.gcc_jit_lvalue_as_rvalue(mti));
  gcc_jit_rvalue *a = mt_word(g, state, mt, i, 5);
  gcc_jit_rvalue *b = mt_word(g, state, mt, i, 6);
  api.gcc_jit_block_add_assignment(g->cur, NULL, mti, api.gcc_jit_lvalue_as_rvalue(i));
  gcc_jit_rvalue *f64k = api.gcc_jit_context_new_rvalue_from_double(g->ctxt, g->types[IRT_F64], 67108864.0);
  gcc_jit_rvalue *sum = bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_F64, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, a, f64k), b);
  assign(g, ref, bin(g, GCC_JIT_BINARY_OP_DIVIDE, IRT_F64, sum,
                     api.gcc_jit_context_new_rvalue_from_double(g->ctxt, g->types[IRT_F64], 9007199254740992.0)));
}

/* num_hypot_cmp inline (as cgen.c prints it): x*x + y*y decides outside
** k*k (1 -+ 2**-40), the call only near k. */
static void build_hypot_cmp(Gj *g, IRRef ref, const IRIns *ins) {
  IRRef args[4];
  ir_call_args(g->tr, ins->a, args);
  int op = ir_hypot_cmp_op(g->tr->calls[ins->lit]);
  gcc_jit_type *f64 = g->types[IRT_F64];
  gcc_jit_rvalue *x = val(g, args[0]), *y = val(g, args[1]), *k = val(g, args[2]);
  gcc_jit_lvalue *sl = api.gcc_jit_function_new_local(g->fn, NULL, f64, "hs");
  gcc_jit_lvalue *kl = api.gcc_jit_function_new_local(g->fn, NULL, f64, "hk2");
  api.gcc_jit_block_add_assignment(g->cur, NULL, sl, bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_F64, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, x, x),
                                                        bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, y, y)));
  api.gcc_jit_block_add_assignment(g->cur, NULL, kl, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, k, k));
  gcc_jit_rvalue *sv = api.gcc_jit_lvalue_as_rvalue(sl), *k2 = api.gcc_jit_lvalue_as_rvalue(kl);
  gcc_jit_rvalue *ok = land(g, cmp(g, GCC_JIT_COMPARISON_GT, k, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, 0.0)),
                            land(g, cmp(g, GCC_JIT_COMPARISON_GT, k2, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, NUM_HYPOT_KMIN)),
                                 cmp(g, GCC_JIT_COMPARISON_LT, k2, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, NUM_HYPOT_KMAX))));
  gcc_jit_rvalue *above = land(g, ok, cmp(g, GCC_JIT_COMPARISON_GT, sv,
                                          bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, k2, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, 1 + NUM_HYPOT_MARGIN))));
  gcc_jit_rvalue *below = land(g, ok, cmp(g, GCC_JIT_COMPARISON_LT, sv,
                                          bin(g, GCC_JIT_BINARY_OP_MULT, IRT_F64, k2, api.gcc_jit_context_new_rvalue_from_double(g->ctxt, f64, 1 - NUM_HYPOT_MARGIN))));
  gcc_jit_block *hi = new_block(g), *rest = new_block(g), *lo = new_block(g), *near = new_block(g), *join = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, above, hi, rest);
  g->cur = hi;
  assign(g, ref, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->types[IRT_BOOL], op >= 2));
  api.gcc_jit_block_end_with_jump(hi, NULL, join);
  api.gcc_jit_block_end_with_conditional(rest, NULL, below, lo, near);
  g->cur = lo;
  assign(g, ref, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->types[IRT_BOOL], op < 2));
  api.gcc_jit_block_end_with_jump(lo, NULL, join);
  g->cur = near;
  assign(g, ref, call(g, ins));
  api.gcc_jit_block_end_with_jump(near, NULL, join);
  g->cur = join;
}

/* The SPHIs before the CONT at `cont`, as one parallel assignment. */
static void build_sphis(Gj *g, IRRef cont) {
  const IRTrace *tr = g->tr;
  uint32_t first = cont - REF_BIAS;
  while (first > 0 && tr->ins[first - 1].op == IR_SPHI) first--;
  for (uint32_t i = first; i < cont - REF_BIAS; i++) {
    char name[24];
    snprintf(name, sizeof name, "t%u", i + 1);
    g->locals[i] = api.gcc_jit_function_new_local(g->fn, NULL, g->types[tr->ins[i].type], name);
    api.gcc_jit_block_add_assignment(g->cur, NULL, g->locals[i], val(g, tr->ins[i].b));
  }
  for (uint32_t i = first; i < cont - REF_BIAS; i++)
    api.gcc_jit_block_add_assignment(g->cur, NULL, g->locals[tr->ins[i].a - REF_BIAS],
                                     api.gcc_jit_lvalue_as_rvalue(g->locals[i]));
}

static void build_ins(Gj *g, IRRef ref) {
  const IRTrace *tr = g->tr;
  if (g->sunk && g->sunk[ref - REF_BIAS] && !g->in_exit) return; /* built in the exits */
  if (g->tierup[ref - REF_BIAS]) return; /* this code is the last tier */
  const IRIns *ins = ir_at(tr, ref);
  IRType t = (IRType)ins->type;
  const IROpInfo *info = &ir_op_info[ins->op];
  /* operands as rvalues, except where they are no values (CARG chains) or
  ** are read elsewhere (PHI copies) */
  bool direct = ins->op != IR_CALL && ins->op != IR_CARG && ins->op != IR_PHI && ins->op != IR_SPHI && ins->op != IR_RLOAD;
  gcc_jit_rvalue *a = direct && info->mode_a == IRM_R ? val(g, ins->a) : NULL;
  gcc_jit_rvalue *b = direct && info->mode_b == IRM_R && ins->op != IR_SELECT ? val(g, ins->b) : NULL;
  gcc_jit_rvalue *zero = k_long(g, IRT_I64, 0);
  gcc_jit_type *i64 = g->types[IRT_I64];
  switch ((IROp)ins->op) {
  case IR_NOP: case IR_CARG: case IR_PHI: case IR_LOOP: case IR_SPHI:
    break;
  case IR_SIDE: /* the guards of snapshot lit jump here instead of exiting */
    g->cur = exit_block(g, ins->lit);
    break;
  case IR_CONT:
    build_sphis(g, ref);
    api.gcc_jit_block_end_with_jump(g->cur, NULL, g->loop);
    g->cur = new_block(g);
    break;
  case IR_EXIT:
    if (ins->lit) { /* restart (opt_loop.c): the state back to the frame, the trace again */
      gcc_jit_block *end = writeback(g, g->cur, ins->snap, false);
      api.gcc_jit_block_end_with_jump(end, NULL, g->start);
    } else {
      api.gcc_jit_block_end_with_jump(g->cur, NULL, exit_block(g, ins->snap));
    }
    g->cur = new_block(g);
    break;
  case IR_GUARDT: guard(g, ins->snap, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, g->types[IRT_BOOL], a)); break;
  case IR_GUARDF: guard(g, ins->snap, a); break;
  case IR_BOUNDS:
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_GE, cast(g, a, g->types[IRT_U64]), cast(g, b, g->types[IRT_U64])));
    break;
  case IR_SLOAD: case IR_RLOAD: {
    if (ir_sload_npdt(ins->lit) >= 0) {
      sload_np(g, ins, ref);
      break;
    }
    int tag = t == IRT_I64 ? V_INT : t == IRT_F64 ? V_FLOAT : t == IRT_BOOL ? V_BOOL : V_OBJ;
    gcc_jit_rvalue *have = api.gcc_jit_lvalue_as_rvalue(api.gcc_jit_lvalue_access_field(slot(g, ins->lit), NULL, g->f_tag));
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_NE, have, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_uchar, tag)));
    gcc_jit_field *f = t == IRT_F64 ? g->f_f : t == IRT_PTR ? g->f_o : g->f_i;
    gcc_jit_rvalue *v = api.gcc_jit_lvalue_as_rvalue(payload(g, ins->lit, f));
    assign(g, ref, t == IRT_BOOL ? cmp(g, GCC_JIT_COMPARISON_NE, v, zero) : v);
    break;
  }
  case IR_FLOAD:
    assign(g, ref, api.gcc_jit_lvalue_as_rvalue(deref_as(g, byte_offset(g, a, ins->lit), t)));
    break;
  case IR_VLOAD: {
    /* libgccjit 12 drops the volatile qualifier when it dereferences a
    ** pointer to volatile (the loop then tests a hoisted value forever), so a
    ** memory-clobbering asm barrier forces the load to be redone */
    gcc_jit_extended_asm *barrier = api.gcc_jit_block_add_extended_asm(g->cur, NULL, "");
    api.gcc_jit_extended_asm_set_volatile_flag(barrier, 1);
    api.gcc_jit_extended_asm_add_clobber(barrier, "memory");
    gcc_jit_type *vt = api.gcc_jit_type_get_pointer(api.gcc_jit_type_get_volatile(g->types[t]));
    gcc_jit_lvalue *lv = api.gcc_jit_rvalue_dereference(cast(g, byte_offset(g, a, ins->lit), vt), NULL);
    assign(g, ref, api.gcc_jit_lvalue_as_rvalue(lv));
    break;
  }
  case IR_FSTORE:
    api.gcc_jit_block_add_assignment(g->cur, NULL, deref_as(g, byte_offset(g, a, ins->lit), ir_typeof(tr, ins->b)), b);
    break;
  case IR_AREF: {
    gcc_jit_type *et = api.gcc_jit_type_get_pointer(g->types[ins->lit]);
    gcc_jit_lvalue *el = api.gcc_jit_context_new_array_access(g->ctxt, NULL, cast(g, a, et), b);
    assign(g, ref, cast(g, api.gcc_jit_lvalue_get_address(el, NULL), g->types[IRT_PTR]));
    break;
  }
  case IR_ALOAD: assign(g, ref, api.gcc_jit_lvalue_as_rvalue(deref_as(g, a, t))); break;
  case IR_ASTORE: api.gcc_jit_block_add_assignment(g->cur, NULL, deref_as(g, a, ir_typeof(tr, ins->b)), b); break;
  /* ints wrap: the context is compiled with -fwrapv */
  case IR_ADD: assign(g, ref, bin(g, GCC_JIT_BINARY_OP_PLUS, t, a, b)); break;
  case IR_SUB: assign(g, ref, bin(g, GCC_JIT_BINARY_OP_MINUS, t, a, b)); break;
  case IR_MUL: assign(g, ref, bin(g, GCC_JIT_BINARY_OP_MULT, t, a, b)); break;
  case IR_DIV: assign(g, ref, bin(g, GCC_JIT_BINARY_OP_DIVIDE, t, a, b)); break;
  case IR_NEG: assign(g, ref, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_MINUS, g->types[t], a)); break;
  case IR_ABS: assign(g, ref, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_ABS, g->types[t], a)); break;
  case IR_SELECT: {
    const IRIns *pair = ir_at(tr, ins->b);
    select_into(g, ref, a, val(g, pair->a), val(g, pair->b));
    break;
  }
  case IR_MIN: select_into(g, ref, cmp(g, GCC_JIT_COMPARISON_LT, b, a), b, a); break;
  case IR_MAX: select_into(g, ref, cmp(g, GCC_JIT_COMPARISON_GT, b, a), b, a); break;
  case IR_ADDOV: build_ovf(g, ref, ins, "__builtin_saddl_overflow", a, b); break;
  case IR_SUBOV: build_ovf(g, ref, ins, "__builtin_ssubl_overflow", a, b); break;
  case IR_MULOV: build_ovf(g, ref, ins, "__builtin_smull_overflow", a, b); break;
  case IR_NEGOV:
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_EQ, a, k_long(g, IRT_I64, INT64_MIN)));
    assign(g, ref, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_MINUS, i64, a));
    break;
  case IR_DIVI: {
    gcc_jit_rvalue *m1 = k_long(g, IRT_I64, -1);
    guard(g, ins->snap, lor(g, cmp(g, GCC_JIT_COMPARISON_EQ, b, zero),
                            land(g, cmp(g, GCC_JIT_COMPARISON_EQ, b, m1), cmp(g, GCC_JIT_COMPARISON_EQ, a, k_long(g, IRT_I64, INT64_MIN)))));
    gcc_jit_rvalue *q = bin(g, GCC_JIT_BINARY_OP_DIVIDE, IRT_I64, a, b);
    gcc_jit_rvalue *inexact = cmp(g, GCC_JIT_COMPARISON_NE, bin(g, GCC_JIT_BINARY_OP_MODULO, IRT_I64, a, b), zero);
    gcc_jit_rvalue *neg = cmp(g, GCC_JIT_COMPARISON_LT, bin(g, GCC_JIT_BINARY_OP_BITWISE_XOR, IRT_I64, a, b), zero);
    assign(g, ref, bin(g, GCC_JIT_BINARY_OP_MINUS, IRT_I64, q, b2i(g, land(g, inexact, neg))));
    break;
  }
  case IR_MODI: {
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_EQ, b, zero));
    gcc_jit_rvalue *ism1 = b2i(g, cmp(g, GCC_JIT_COMPARISON_EQ, b, k_long(g, IRT_I64, -1)));
    gcc_jit_rvalue *d = bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_I64, b, bin(g, GCC_JIT_BINARY_OP_MULT, IRT_I64, k_long(g, IRT_I64, 2), ism1));
    assign(g, ref, bin(g, GCC_JIT_BINARY_OP_MODULO, IRT_I64, a, d));
    gcc_jit_rvalue *r = val(g, ref);
    gcc_jit_rvalue *fix = land(g, cmp(g, GCC_JIT_COMPARISON_NE, r, zero),
                               cmp(g, GCC_JIT_COMPARISON_LT, bin(g, GCC_JIT_BINARY_OP_BITWISE_XOR, IRT_I64, r, b), zero));
    gcc_jit_rvalue *mask = api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_MINUS, i64, b2i(g, fix));
    assign(g, ref, bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_I64, r, bin(g, GCC_JIT_BINARY_OP_BITWISE_AND, IRT_I64, b, mask)));
    break;
  }
  case IR_BAND: assign(g, ref, bin(g, t == IRT_BOOL ? GCC_JIT_BINARY_OP_LOGICAL_AND : GCC_JIT_BINARY_OP_BITWISE_AND, t, a, b)); break;
  case IR_BOR: assign(g, ref, bin(g, t == IRT_BOOL ? GCC_JIT_BINARY_OP_LOGICAL_OR : GCC_JIT_BINARY_OP_BITWISE_OR, t, a, b)); break;
  case IR_BXOR: assign(g, ref, bin(g, GCC_JIT_BINARY_OP_BITWISE_XOR, t, a, b)); break;
  case IR_BNOT: assign(g, ref, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_BITWISE_NEGATE, i64, a)); break;
  case IR_NOT: assign(g, ref, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, g->types[IRT_BOOL], a)); break;
  case IR_SHL: {
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_GT, cast(g, b, g->types[IRT_U64]), api.gcc_jit_context_new_rvalue_from_long(g->ctxt, g->types[IRT_U64], 63)));
    gcc_jit_rvalue *ua = cast(g, a, g->types[IRT_U64]);
    assign(g, ref, cast(g, bin(g, GCC_JIT_BINARY_OP_LSHIFT, IRT_U64, ua, cast(g, b, g->types[IRT_U64])), i64));
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_NE, bin(g, GCC_JIT_BINARY_OP_RSHIFT, IRT_I64, val(g, ref), b), a));
    break;
  }
  case IR_SHR: {
    guard(g, ins->snap, cmp(g, GCC_JIT_COMPARISON_LT, b, zero));
    /* count = b > 63 ? 63 : b, without a branch */
    gcc_jit_rvalue *big = b2i(g, cmp(g, GCC_JIT_COMPARISON_GT, b, k_long(g, IRT_I64, 63)));
    gcc_jit_rvalue *over = bin(g, GCC_JIT_BINARY_OP_MINUS, IRT_I64, b, k_long(g, IRT_I64, 63));
    gcc_jit_rvalue *count = bin(g, GCC_JIT_BINARY_OP_MINUS, IRT_I64, b,
                                bin(g, GCC_JIT_BINARY_OP_BITWISE_AND, IRT_I64, over,
                                    api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_MINUS, i64, big)));
    assign(g, ref, bin(g, GCC_JIT_BINARY_OP_RSHIFT, IRT_I64, a, count));
    break;
  }
  case IR_LT: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_LT, a, b)); break;
  case IR_LE: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_LE, a, b)); break;
  case IR_GT: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_GT, a, b)); break;
  case IR_GE: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_GE, a, b)); break;
  case IR_EQ: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_EQ, a, b)); break;
  case IR_NE: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_NE, a, b)); break;
  case IR_ULT: assign(g, ref, cmp(g, GCC_JIT_COMPARISON_LT, cast(g, a, g->types[IRT_U64]), cast(g, b, g->types[IRT_U64]))); break;
  case IR_CONV: {
    IRType ta = ir_typeof(tr, ins->a);
    if (t == IRT_BOOL) {
      gcc_jit_rvalue *z = irt_isfloat(ta) ? api.gcc_jit_context_new_rvalue_from_double(g->ctxt, g->types[ta], 0.0)
                                          : api.gcc_jit_context_new_rvalue_from_long(g->ctxt, g->types[ta], 0);
      assign(g, ref, ta == IRT_BOOL ? a : cmp(g, GCC_JIT_COMPARISON_NE, a, z));
    } else {
      assign(g, ref, cast(g, a, g->types[t]));
    }
    break;
  }
  case IR_FTOI: {
    gcc_jit_type *dbl = g->types[IRT_F64];
    gcc_jit_rvalue *lo = api.gcc_jit_context_new_rvalue_from_double(g->ctxt, dbl, -9223372036854775808.0);
    gcc_jit_rvalue *hi = api.gcc_jit_context_new_rvalue_from_double(g->ctxt, dbl, 9223372036854775808.0);
    gcc_jit_rvalue *ok = land(g, cmp(g, GCC_JIT_COMPARISON_GE, a, lo), cmp(g, GCC_JIT_COMPARISON_LT, a, hi));
    guard(g, ins->snap, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, g->types[IRT_BOOL], ok));
    assign(g, ref, cast(g, a, i64));
    break;
  }
  case IR_CALL: {
    if (tr->calls[ins->lit] == ir_call_builtin(IRCALL_ir_pow2)) {
      build_pow2(g, ref, ins);
      break;
    }
    if (ir_hypot_cmp_op(tr->calls[ins->lit]) >= 0) {
      build_hypot_cmp(g, ref, ins);
      break;
    }
    if (is_mt_draw(tr->calls[ins->lit])) {
      build_mt_draw(g, ref, ins);
      break;
    }
    gcc_jit_rvalue *c = call(g, ins);
    if (t == IRT_VOID) api.gcc_jit_block_add_eval(g->cur, NULL, c);
    else assign(g, ref, c);
    break;
  }
  case IR_ICALL: {
    g->cur = writeback(g, g->cur, ins->snap, false);
    gcc_jit_rvalue *args[4] = {cast(g, g->ctx, g->types[IRT_PTR]), g->base,
                               api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->types[IRT_I32], (int)tr->snaps[ins->snap].pc),
                               api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->types[IRT_I32], (int)ins->lit)};
    gcc_jit_rvalue *rc = api.gcc_jit_context_new_call_through_ptr(g->ctxt, NULL, ctx_field(g, g->f_stitch), 4, args);
    gcc_jit_block *out = new_block(g), *next = new_block(g);
    api.gcc_jit_block_end_with_conditional(g->cur, NULL, cmp(g, GCC_JIT_COMPARISON_NE, rc, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_int, 0)), out, next);
    api.gcc_jit_block_end_with_return(out, NULL, api.gcc_jit_context_new_rvalue_from_int(g->ctxt, g->t_int, TRACE_EXIT_INTERP));
    g->cur = next;
    break;
  }
  default:
    break;
  }
}

/* The PHI copies closing an iteration (all reads before any write). */
static void build_phis(Gj *g) {
  const IRTrace *tr = g->tr;
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *ins = &tr->ins[i];
    if (ins->op != IR_PHI) continue;
    char name[24];
    snprintf(name, sizeof name, "t%u", i + 1);
    g->locals[i] = api.gcc_jit_function_new_local(g->fn, NULL, g->types[ins->type], name);
    api.gcc_jit_block_add_assignment(g->cur, NULL, g->locals[i], val(g, ins->b));
  }
  for (uint32_t i = 0; i < tr->nins; i++)
    if (tr->ins[i].op == IR_PHI)
      api.gcc_jit_block_add_assignment(g->cur, NULL, g->locals[tr->ins[i].a - REF_BIAS], api.gcc_jit_lvalue_as_rvalue(g->locals[i]));
}

/* Iterations of a counted loop's fast path between two looks at its head
** guards: an interrupt is seen within this many iterations. */
enum { GJ_CHUNK = 4096 };

/* A counted loop's head values (ir.h, ir_counted_loop), built once at the
** top of its body: true when the head guards pass and the trip test holds. */
static gcc_jit_rvalue *build_head(Gj *g, const IRCounted *cnt) {
  static const enum gcc_jit_comparison cmps[IR__COUNT] = {
      [IR_LT] = GCC_JIT_COMPARISON_LT, [IR_LE] = GCC_JIT_COMPARISON_LE, [IR_GT] = GCC_JIT_COMPARISON_GT, [IR_GE] = GCC_JIT_COMPARISON_GE};
  gcc_jit_rvalue *pass = cmp(g, cmps[cnt->op], val(g, cnt->x), val(g, cnt->y));
  for (uint32_t i = g->tr->loop - REF_BIAS + 1; i < cnt->end; i++) {
    const IRIns *ins = &g->tr->ins[i];
    if (!cnt->head[i] || g->tierup[i]) continue;
    if (ins->op == IR_GUARDT) pass = land(g, pass, val(g, ins->a));
    else if (ins->op == IR_GUARDF) pass = land(g, pass, api.gcc_jit_context_new_unary_op(g->ctxt, NULL, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, g->types[IRT_BOOL], val(g, ins->a)));
    else build_ins(g, REF_BIAS + i);
  }
  return pass;
}

/* In block blk, where the trip test holds: n := min(trip, GJ_CHUNK), trip
** being how many more times it holds (x steps towards y by one). trip is 0
** only for 2**64 (x <= y from INT64_MIN to INT64_MAX): a whole chunk.
** Returns the block after. */
static gcc_jit_block *build_chunk_size(Gj *g, gcc_jit_block *blk, const IRCounted *cnt, gcc_jit_lvalue *n) {
  gcc_jit_type *u64 = g->types[IRT_U64];
  bool up = cnt->op == IR_LT || cnt->op == IR_LE, incl = cnt->op == IR_LE || cnt->op == IR_GE;
  gcc_jit_rvalue *x = val(g, cnt->x), *y = val(g, cnt->y), *one = api.gcc_jit_context_new_rvalue_from_long(g->ctxt, u64, 1);
  gcc_jit_rvalue *trip = bin(g, GCC_JIT_BINARY_OP_MINUS, IRT_U64, cast(g, up ? y : x, u64), cast(g, up ? x : y, u64));
  gcc_jit_lvalue *t = api.gcc_jit_function_new_local(g->fn, NULL, u64, "trip");
  api.gcc_jit_block_add_assignment(blk, NULL, t, incl ? bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_U64, trip, one) : trip);
  gcc_jit_rvalue *tv = api.gcc_jit_lvalue_as_rvalue(t);
  gcc_jit_block *part = new_block(g), *whole = new_block(g), *after = new_block(g);
  gcc_jit_rvalue *small = cmp(g, GCC_JIT_COMPARISON_LT, bin(g, GCC_JIT_BINARY_OP_MINUS, IRT_U64, tv, one),
                              api.gcc_jit_context_new_rvalue_from_long(g->ctxt, u64, GJ_CHUNK));
  api.gcc_jit_block_end_with_conditional(blk, NULL, small, part, whole);
  api.gcc_jit_block_add_assignment(part, NULL, n, cast(g, tv, g->types[IRT_I64]));
  api.gcc_jit_block_add_assignment(whole, NULL, n, k_long(g, IRT_I64, GJ_CHUNK));
  api.gcc_jit_block_end_with_jump(part, NULL, after);
  api.gcc_jit_block_end_with_jump(whole, NULL, after);
  return after;
}

/* The top of a counted loop's body: its head values once; then, if the
** head guards pass and the trip test holds, up to GJ_CHUNK iterations of
** the body without a guard (a plain counted loop: gcc may vectorise it)
** and back to the top. Otherwise g->cur goes on with the body as it is,
** which runs the head guards and the trip test (the last iteration, or an
** exit). */
static void build_counted(Gj *g, const IRCounted *cnt) {
  gcc_jit_lvalue *n = api.gcc_jit_function_new_local(g->fn, NULL, g->types[IRT_I64], "chunk");
  gcc_jit_lvalue *k = api.gcc_jit_function_new_local(g->fn, NULL, g->types[IRT_I64], "k");
  gcc_jit_block *pre = new_block(g), *fast = new_block(g), *slow = new_block(g);
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, build_head(g, cnt), pre, slow);
  pre = build_chunk_size(g, pre, cnt, n);
  api.gcc_jit_block_add_assignment(pre, NULL, k, k_long(g, IRT_I64, 0));
  api.gcc_jit_block_end_with_jump(pre, NULL, fast);
  g->cur = fast;
  for (uint32_t i = g->tr->loop - REF_BIAS + 1; i < cnt->end; i++)
    if (!cnt->head[i] && REF_BIAS + i != cnt->guard) build_ins(g, REF_BIAS + i);
  build_phis(g);
  gcc_jit_rvalue *kv = api.gcc_jit_lvalue_as_rvalue(k);
  api.gcc_jit_block_add_assignment(g->cur, NULL, k, bin(g, GCC_JIT_BINARY_OP_PLUS, IRT_I64, kv, k_long(g, IRT_I64, 1)));
  api.gcc_jit_block_end_with_conditional(g->cur, NULL, cmp(g, GCC_JIT_COMPARISON_LT, kv, api.gcc_jit_lvalue_as_rvalue(n)), fast, g->loop);
  g->cur = slow;
}

/* Marks the tier-up check (ir.h) and the loads only it reads. */
static uint8_t *plan_tierup(const IRTrace *tr) {
  uint8_t *m = calloc(tr->nins + 1, 1);
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *gd = &tr->ins[i];
    if (gd->op != IR_GUARDT || gd->lit != IR_GUARD_TIERUP) continue;
    const IRIns *eq = ir_at(tr, gd->a), *e = ir_at(tr, eq->a);
    if (eq->op != IR_EQ || e->op != IR_VLOAD || ir_at(tr, e->a)->op != IR_VLOAD) continue;
    m[i] = m[gd->a - REF_BIAS] = m[eq->a - REF_BIAS] = m[e->a - REF_BIAS] = 1;
  }
  return m;
}

static void build_trace(Gj *g, const IRTrace *tr, const char *fname) {
  gcc_jit_context *c = g->ctxt;
  g->tr = tr;
  g->locals = calloc(tr->nins + 1, sizeof *g->locals);
  g->exits = calloc(tr->nsnap + 1, sizeof *g->exits);
  g->sunk = getenv("STREAK_CGEN_NOSINK") ? NULL : ir_plan_sinking(tr);
  g->tierup = plan_tierup(tr);
  gcc_jit_param *params[2] = {api.gcc_jit_context_new_param(c, NULL, g->t_value_ptr, "base"),
                              api.gcc_jit_context_new_param(c, NULL, g->t_ctx_ptr, "ctx")};
  g->fn = api.gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_EXPORTED, g->t_int, fname, 2, params, 0);
  g->base = api.gcc_jit_param_as_rvalue(params[0]);
  g->ctx = api.gcc_jit_param_as_rvalue(params[1]);
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *ins = &tr->ins[i];
    if (ins->type == IRT_VOID || ins->op == IR_PHI || ins->op == IR_NOP || ins->op == IR_SPHI) continue;
    char name[24];
    snprintf(name, sizeof name, "v%u", i + 1);
    g->locals[i] = api.gcc_jit_function_new_local(g->fn, NULL, g->types[ins->type], name);
  }
  gcc_jit_block *entry = new_block(g);
  g->start = new_block(g); /* a restart's target */
  api.gcc_jit_block_end_with_jump(entry, NULL, g->start);
  g->cur = g->start;
  gcc_jit_block *loop = NULL;
  IRCounted cnt = {0};
  bool counted = g->counted && ir_counted_loop(tr, &cnt);
  uint32_t end = ir_body_end(tr);
  for (uint32_t i = 0; i < end; i++) {
    IRRef ref = REF_BIAS + i;
    if (ref == tr->loop) {
      loop = new_block(g);
      api.gcc_jit_block_end_with_jump(g->cur, NULL, loop);
      g->cur = loop;
      g->loop = loop;
      if (counted) build_counted(g, &cnt);
      continue;
    }
    /* a counted loop's head values were built at its top */
    const IRIns *ins = &tr->ins[i];
    if (counted && cnt.head[i] && ins->op != IR_GUARDT && ins->op != IR_GUARDF) continue;
    build_ins(g, ref);
  }
  bool *side = calloc(tr->nsnap + 1, sizeof *side);
  if (loop) {
    build_phis(g);
    api.gcc_jit_block_end_with_jump(g->cur, NULL, loop);
    /* side code (trace trees): the exit blocks of the snapshots it replaces */
    g->cur = new_block(g);
    for (uint32_t i = end; i < tr->nins; i++) {
      if (tr->ins[i].op == IR_PHI) continue;
      if (tr->ins[i].op == IR_SIDE) {
        /* the block before it ends in CONT or EXIT; an unreachable rest */
        api.gcc_jit_block_end_with_return(g->cur, NULL, api.gcc_jit_context_new_rvalue_from_int(c, g->t_int, TRACE_EXIT_INTERP));
        side[tr->ins[i].lit] = true;
      }
      build_ins(g, REF_BIAS + i);
    }
    api.gcc_jit_block_end_with_return(g->cur, NULL, api.gcc_jit_context_new_rvalue_from_int(c, g->t_int, TRACE_EXIT_INTERP));
  } else {
    /* a trace ends in EXIT, leaving an empty unreachable block */
    api.gcc_jit_block_end_with_return(g->cur, NULL, api.gcc_jit_context_new_rvalue_from_int(c, g->t_int, TRACE_EXIT_INTERP));
  }
  for (uint32_t s = 0; s < tr->nsnap; s++) {
    if (!g->exits[s] || side[s]) continue;
    gcc_jit_block *end = writeback(g, g->exits[s], s, true);
    api.gcc_jit_block_end_with_return(end, NULL, api.gcc_jit_context_new_rvalue_from_int(c, g->t_int, (int)s));
  }
  free(side);
  free(cnt.head);
  free(g->locals);
  free(g->exits);
  free(g->sunk);
  free(g->tierup);
  g->tierup = NULL;
  g->locals = NULL;
  g->exits = NULL;
  g->sunk = NULL;
}

/* Builds the batch as one context and writes it to so_path (in the
** compiling child). */
static bool gj_build_file(const IRTrace *const *trs, int n, const char *so_path, char *err, size_t errlen) {
  Gj g = {0};
  g.ctxt = api.gcc_jit_context_acquire();
  if (!g.ctxt) {
    snprintf(err, errlen, "gccjit: no context");
    return false;
  }
  gcc_jit_context *c = g.ctxt;
  bool fastmath = false;
  for (int i = 0; i < n; i++) fastmath |= trs[i]->fastmath;
  /* -O3, but -O1 for a batch with a big trace (nbody's unrolled step, 1500
  ** instructions): -O3 took 1.9 s there and -O1 0.8 s for code as fast, so
  ** the tier swaps in a second earlier; small traces lose up to 2x at -O1 */
  uint32_t biggest = 0;
  for (int i = 0; i < n; i++)
    if (trs[i]->nins > biggest) biggest = trs[i]->nins;
  api.gcc_jit_context_set_int_option(c, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, biggest > GJ_BIG_TRACE ? 1 : 3);
  api.gcc_jit_context_set_bool_option(c, GCC_JIT_BOOL_OPTION_DEBUGINFO, 0);
  api.gcc_jit_context_set_bool_allow_unreachable_blocks(c, 1);
  api.gcc_jit_context_set_bool_print_errors_to_stderr(c, 0);
  api.gcc_jit_context_add_command_line_option(c, march_opt);
  api.gcc_jit_context_add_command_line_option(c, "-mtune=generic");
  api.gcc_jit_context_add_command_line_option(c, "-fwrapv");
  api.gcc_jit_context_add_command_line_option(c, "-fno-strict-aliasing");
  api.gcc_jit_context_add_command_line_option(c, "-fno-math-errno");
  /* contraction and reassociation only where every trace of the batch allows
  ** it; a batch mixes fastmath traces with others only rarely */
  api.gcc_jit_context_add_command_line_option(c, fastmath ? "-ffast-math" : "-ffp-contract=off");
  /* The link into a shared object costs more than compiling a small trace:
  ** without the start files and libc's link-time search it takes 12 ms
  ** less (libc resolves at dlopen from the process, as for the @njit cc
  ** build; libm stays linked so that exp, pow… bind to their current
  ** symbol versions, not glibc's oldest wrappers). */
  api.gcc_jit_context_add_driver_option(c, "-nostdlib");
  api.gcc_jit_context_add_driver_option(c, "-lm");
  api.gcc_jit_context_add_driver_option(c, "-lgcc");
  /* STREAK_GCCJIT_DUMP=1 prints the assembly (tuning the tier by hand) */
  const char *dump = getenv("STREAK_GCCJIT_DUMP");
  if (dump && *dump == '1') api.gcc_jit_context_set_bool_option(c, GCC_JIT_BOOL_OPTION_DUMP_GENERATED_CODE, 1);
  build_types(&g);
  /* STREAK_GCCJIT_NOCOUNTED=1: no fast paths for counted loops (comparing) */
  const char *nocounted = getenv("STREAK_GCCJIT_NOCOUNTED");
  g.counted = biggest <= GJ_BIG_TRACE && !(nocounted && *nocounted == '1');
  for (int i = 0; i < n; i++) {
    char name[40];
    snprintf(name, sizeof name, "trace_%u_%d", trs[i]->id, i);
    build_trace(&g, trs[i], name);
  }
  api.gcc_jit_context_compile_to_file(c, GCC_JIT_OUTPUT_KIND_DYNAMIC_LIBRARY, so_path);
  const char *msg = api.gcc_jit_context_get_first_error(c);
  if (msg) snprintf(err, errlen, "gccjit: %s", msg);
  return msg == NULL;
}

/* ---- the compiling child ------------------------------------------------ */

/* libgccjit compiles in a child process forked for each batch, in a fresh
** temporary directory that the child's TMPDIR points at (libgccjit's and
** the driver's files go there), and the VM loads the shared object it
** leaves. A batch takes 50-300 ms that cannot be interrupted in-process,
** so a program that ended meanwhile used to wait for it at exit; now
** backend_job_cancel kills the child and its assembler and linker (one
** process group) and the directory is removed here. The child also keeps
** the driver's signal handlers, libgccjit's memory and a compiler crash
** away from the VM. The child runs only libgccjit and this file: nothing
** that another thread of the VM might have held a lock in at the fork
** (glibc's fork makes malloc safe in the child). */

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb, (void)flag, (void)ftw;
  remove(path);
  return 0;
}

static void rm_tree(const char *dir) { nftw(dir, rm_entry, 8, FTW_DEPTH | FTW_PHYS); }

static void child_compile(const IRTrace *const *trs, int n, const char *dir, const char *so_path, int errfd,
                          pid_t parent) {
  prctl(PR_SET_PDEATHSIG, SIGKILL); /* a VM killed outright does not leave it compiling */
  if (getppid() != parent) _exit(1);
  setpgid(0, 0);
  setenv("TMPDIR", dir, 1);
  char err[256] = "";
  bool ok = gj_build_file(trs, n, so_path, err, sizeof err);
  if (!ok && write(errfd, err, strlen(err)) < 0) ok = false;
  _exit(ok ? 0 : 1);
}

/* Forks the compiling child (under job's lock, so that a cancel sees it);
** -1 with err set if it could not start. */
static pid_t spawn_child(const IRTrace *const *trs, int n, const char *dir, const char *so_path, int fds[2],
                         BackendJob *job, char *err, size_t errlen) {
  if (job) pthread_mutex_lock(&job->mu);
  pid_t pid = -1;
  if (job && job->cancelled) {
    snprintf(err, errlen, "gccjit: cancelled");
  } else {
    pid_t self = getpid();
    pid = fork();
    if (pid == 0) child_compile(trs, n, dir, so_path, fds[1], self);
    if (pid < 0) snprintf(err, errlen, "gccjit: fork failed");
    if (pid > 0) setpgid(pid, pid); /* the child does it too: whichever runs first */
    if (pid > 0 && job) job->child = pid;
  }
  if (job) pthread_mutex_unlock(&job->mu);
  return pid;
}

/* How long a compiling child may take. A batch takes 50-300 ms; a child
** still there after this is stuck, and its traces stay in the interpreter.
** (Under ASan it can be: GCC 12's sanitizer allocator is not fork-safe as
** glibc's malloc is, and a fork while another thread held its lock leaves
** the child waiting on that lock for ever.) */
enum { GJ_CHILD_LIMIT_MS = 20000, GJ_POLL_MS = 10 };

/* True once the child has exited (it stays unreaped). */
static bool child_exited(pid_t pid) {
  siginfo_t si;
  si.si_pid = 0;
  while (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) != 0)
    if (errno != EINTR) return true; /* not our child any more: nothing to wait for */
  return si.si_pid != 0;
}

/* Waits until the child exits, or kills it at the limit or when the job's
** interrupt flag is set; NULL, or why it was killed. The pipe's other end
** closes when the child exits, which ends a wait early. */
static const char *await_child(pid_t pid, int errfd, const BackendJob *job) {
  uint64_t until = jit_now_ns() + (uint64_t)GJ_CHILD_LIMIT_MS * 1000000u;
  struct pollfd pf = {.fd = errfd, .events = POLLIN};
  while (!child_exited(pid)) {
    const char *why = job && job->interrupt && *job->interrupt ? "gccjit: interrupted"
                      : jit_now_ns() >= until ? "gccjit: the compile was stuck; stopped"
                                          : NULL;
    if (why) {
      backend_kill_child(pid);
      return why;
    }
    if (poll(&pf, 1, GJ_POLL_MS) > 0) pf.fd = -1; /* it wrote or closed: the exit is near */
  }
  return NULL;
}

/* Waits for the child; false with err set unless it compiled. It is reaped
** only after job forgets it, so a cancel never signals a reused pid. */
static bool wait_child(pid_t pid, int errfd, BackendJob *job, char *err, size_t errlen) {
  const char *killed = await_child(pid, errfd, job);
  siginfo_t si;
  while (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT) != 0 && errno == EINTR) {
  }
  if (job) {
    pthread_mutex_lock(&job->mu);
    if (job->child == pid) job->child = 0;
    pthread_mutex_unlock(&job->mu);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (killed) {
    snprintf(err, errlen, "%s", killed);
    return false;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  ssize_t got = read(errfd, err, errlen ? errlen - 1 : 0);
  if (got > 0) err[got] = 0;
  else if (WIFSIGNALED(status)) snprintf(err, errlen, "gccjit: the compiling process died (signal %d)", WTERMSIG(status));
  else snprintf(err, errlen, "gccjit: compile failed");
  return false;
}

static bool gj_compile(const IRTrace *const *trs, int n, BackendCode *outs, char *err, size_t errlen,
                       BackendJob *job) {
  if (!gj_available()) {
    snprintf(err, errlen, "gccjit: libgccjit.so.0 could not be loaded");
    return false;
  }
  for (int i = 0; i < n; i++)
    if (!ir_check(trs[i], err, errlen)) return false;
  const char *tmp = getenv("TMPDIR");
  char dir[512], so_path[600];
  snprintf(dir, sizeof dir, "%s/streak-gj.XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    snprintf(err, errlen, "gccjit: cannot create a temporary directory");
    return false;
  }
  snprintf(so_path, sizeof so_path, "%s/traces.so", dir);
  int fds[2];
  bool ok = pipe2(fds, O_CLOEXEC) == 0;
  if (!ok) {
    snprintf(err, errlen, "gccjit: pipe failed");
  } else {
    pid_t pid = spawn_child(trs, n, dir, so_path, fds, job, err, errlen);
    close(fds[1]);
    ok = pid > 0 && wait_child(pid, fds[0], job, err, errlen);
    close(fds[0]);
  }
  void *so = ok ? dlopen(so_path, RTLD_NOW | RTLD_LOCAL) : NULL;
  if (ok && !so) snprintf(err, errlen, "gccjit: dlopen: %s", dlerror());
  rm_tree(dir);
  GjShared *sh = so ? malloc(sizeof *sh) : NULL;
  if (so && !sh) snprintf(err, errlen, "gccjit: out of memory");
  for (int i = 0; sh && i < n; i++) {
    char name[40];
    snprintf(name, sizeof name, "trace_%u_%d", trs[i]->id, i);
    outs[i].fn = (TraceFn)dlsym(so, name);
    outs[i].handle = sh;
    outs[i].size = 0;
    outs[i].tier = TIER_GCCJIT;
  }
  if (sh) {
    sh->so = so;
    atomic_init(&sh->refs, n);
  } else if (so) {
    dlclose(so);
  }
  return sh != NULL;
}

const Backend jit_backend_gccjit = {
  .name = "gccjit",
  .available = gj_available,
  .compile = gj_compile,
  .release = gj_release,
};
