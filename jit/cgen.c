/*
** cgen.c — IR → C text: one function per trace, one local per SSA value.
**
** The text is what the tcc tier compiles, what `-j dump` shows and what a
** disk cache can store; gccjit.c builds the same function through the
** gcc_jit API and must compute bit-identical results, so the two files
** follow one shape:
**
**     int trace_N(Value *base, TraceCtx *ctx) {
**       <locals>
**       <pre-roll: instructions before LOOP>
**       for (;;) { <body>  <PHI copies> }
**     x3: <write back snapshot 3>  return 3;     (one block per used snapshot)
**     }
**
** Guards are `if (ST_UNLIKELY(!cond)) goto xN;`. The text includes no
** system header (tcc runs without its own include directory and runtime
** library), so the prelude declares the few types it needs.
*/
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../src/num.h"
#include "../src/util.h"
#include "backend.h"

_Static_assert(sizeof(Value) == 16 && offsetof(Value, as) == 8, "cgen's Value mirror");
_Static_assert(offsetof(TraceCtx, box_complex) == 8 && offsetof(TraceCtx, stitch) == 16 &&
               offsetof(TraceCtx, resume_pc) == 24 && offsetof(TraceCtx, box_np) == 32 &&
               sizeof(TraceCtx) == 40,
               "cgen's TraceCtx mirror");

static const char prelude[] =
  "typedef signed char int8_t; typedef short int16_t; typedef int int32_t;\n"
  "typedef long long int64_t; typedef unsigned char uint8_t;\n"
  "typedef unsigned short uint16_t; typedef unsigned int uint32_t;\n"
  "typedef unsigned long long uint64_t;\n"
  "typedef struct Value { uint8_t tag; union { int64_t i; double f; void *o; } as; } Value;\n"
  "typedef struct TraceCtx {\n"
  "  void *vm; void *(*box_complex)(void *, double, double);\n"
  "  int (*stitch)(struct TraceCtx *, Value *, int32_t, int32_t);\n"
  "  int32_t resume_pc, pad;\n"
  "  void *(*box_np)(void *, int32_t, int64_t, double);\n"
  "} TraceCtx;\n"
  "#if defined(__GNUC__) && !defined(__TINYC__)\n"
  "#define ST_UNLIKELY(x) __builtin_expect(!!(x), 0)\n"
  "#else\n"
  "#define ST_UNLIKELY(x) (x)\n"
  "#endif\n"
  /* Overflow of a*b: via __int128 for gcc, by magnitudes for tcc (which has
  ** neither __int128 nor __builtin_mul_overflow). */
  "static inline int st_mulov(int64_t a, int64_t b, int64_t *r) {\n"
  "  *r = (int64_t)((uint64_t)a * (uint64_t)b);\n"
  "#if defined(__GNUC__) && !defined(__TINYC__)\n"
  "  __int128 p = (__int128)a * b; return p != (__int128)*r;\n"
  "#else\n"
  "  if (a >= -2147483648LL && a <= 2147483647LL && b >= -2147483648LL && b <= 2147483647LL) return 0;\n"
  "  if (a == 0 || b == 0) return 0;\n"
  "  uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a, ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;\n"
  "  if (ua > 0xffffffffffffffffULL / ub) return 1;\n"
  "  return ua * ub > ((a < 0) != (b < 0) ? 0x8000000000000000ULL : 0x7fffffffffffffffULL);\n"
  "#endif\n"
  "}\n";

typedef struct Cg {
  const IRTrace *tr;
  StrBuf *out;
  uint8_t *snap_used;  /* snapshots some guard exits through */
  char **expr;         /* [ins] the C expression of a value inlined into its one use, or NULL */
  uint8_t *sunk;       /* [ins] computed only where an exit stores it (ir_plan_sinking) */
  bool in_stub;        /* emitting sunk values for an exit */
  uint32_t *name;      /* [ins] the N of the variable vN holding it (plan_coalesce) */
  uint32_t *origin;    /* [ins] side code: the latest guard that can lead to it (side_origins) */
} Cg;

enum { INLINE_MAX = 150 }; /* longest inlined expression (ref_str's buffers hold 400) */

/* Writes the C expression for a ref: a literal for constants, vN else. */
static void put_ref(Cg *cg, IRRef r) {
  const IRIns *ins = ir_at(cg->tr, r);
  if (r >= REF_BIAS) {
    if (cg->expr && cg->expr[r - REF_BIAS]) sb_printf(cg->out, "(%s)", cg->expr[r - REF_BIAS]);
    else sb_printf(cg->out, "v%u", cg->name[r - REF_BIAS]);
    return;
  }
  switch ((IROp)ins->op) {
  case IR_KINT:
    if (ins->type == IRT_BOOL) sb_printf(cg->out, "%d", ins->i != 0);
    else if (ins->i == INT64_MIN) sb_puts(cg->out, "(-9223372036854775807LL-1)");
    else if (ins->i < 0) sb_printf(cg->out, "(%" PRId64 "LL)", ins->i);
    else sb_printf(cg->out, "%" PRId64 "LL", ins->i);
    break;
  case IR_KNUM:
    /* finite values print exactly as hex floats; others by their bits (no
    ** call: tcc would not inline one, and guards compare with inf often) */
    if (isfinite(ins->f)) sb_printf(cg->out, signbit(ins->f) ? "(%a)" : "%a", ins->f);
    else sb_printf(cg->out, "(*(const double *)&(const uint64_t){0x%" PRIx64 "ULL})", (uint64_t)ins->i);
    break;
  case IR_KPTR:
    sb_printf(cg->out, "((void *)0x%" PRIxPTR "ULL)", (uintptr_t)ins->p);
    break;
  default:
    sb_puts(cg->out, "/*?*/0");
    break;
  }
}

static const char *ctype(IRType t) { return ir_type_ctype[t]; }

static bool put_ins(Cg *cg, IRRef ref, char *err, size_t errlen);

/* The sunk values snapshot snap stores (ir_sunk_needed), computed here. */
static void put_sunk(Cg *cg, uint32_t snap) {
  if (!cg->sunk) return;
  uint32_t hi;
  uint8_t *need = ir_sunk_needed(cg->tr, cg->sunk, snap, &hi);
  char err[8];
  cg->in_stub = true;
  for (uint32_t i = 0; i < hi; i++)
    if (need[i]) put_ins(cg, REF_BIAS + i, err, sizeof err);
  cg->in_stub = false;
  free(need);
}

const uint8_t jit_snap_tag[SNAP__COUNT] = {
    [SNAP_INT] = V_INT, [SNAP_FLOAT] = V_FLOAT, [SNAP_BOOL] = V_BOOL, [SNAP_OBJ] = V_OBJ,
    [SNAP_NONE] = V_NONE, [SNAP_COMPLEX] = V_OBJ, [SNAP_NP] = V_OBJ, [SNAP_CFUNC] = V_EMPTY,
};

/* The snapshot's slots, stored as Values; an exit (`deferred`) stores the
** payloads only, jit_exit_box does the rest after the return (backend.h). */
static void put_writeback(Cg *cg, uint32_t snap, bool deferred) {
  const Snapshot *s = &cg->tr->snaps[snap];
  const SnapEntry *e = ir_snap_entries(cg->tr, snap);
  put_sunk(cg, snap);
  for (uint32_t i = 0; i < s->nent; i++) {
    unsigned slot = e[i].slot;
    SnapKind kind = (SnapKind)e[i].kind;
    if (kind == SNAP_FRAME || (deferred && (kind == SNAP_NONE || jit_exit_const(&e[i])))) continue;
    if (!deferred || kind == SNAP_COMPLEX) sb_printf(cg->out, "  base[%u].tag = %d;", slot, jit_snap_tag[kind]);
    switch (kind) {
    case SNAP_INT: sb_printf(cg->out, "  base[%u].as.i = ", slot); break;
    case SNAP_FLOAT: sb_printf(cg->out, "  base[%u].as.f = ", slot); break;
    case SNAP_BOOL: sb_printf(cg->out, "  base[%u].as.i = (int64_t)", slot); break;
    case SNAP_OBJ: case SNAP_CFUNC: sb_printf(cg->out, "  base[%u].as.o = ", slot); break;
    case SNAP_NONE: sb_printf(cg->out, "  base[%u].as.i = 0;\n", slot); continue;
    case SNAP_COMPLEX:
      sb_printf(cg->out, "  base[%u].as.o = ctx->box_complex(ctx->vm, ", slot);
      put_ref(cg, e[i].ref);
      sb_puts(cg->out, ", ");
      put_ref(cg, e[i].ref2);
      sb_puts(cg->out, ");\n");
      continue;
    case SNAP_NP: {
      bool fl = ir_typeof(cg->tr, e[i].ref) == IRT_F64;
      if (deferred) {
        sb_printf(cg->out, "  base[%u].as.%s", slot, fl ? "f = " : "i = (int64_t)");
        break;
      }
      sb_printf(cg->out, "  base[%u].as.o = ctx->box_np(ctx->vm, %u, %s", slot, e[i].dt, fl ? "0, " : "(int64_t)");
      put_ref(cg, e[i].ref);
      sb_puts(cg->out, fl ? ");\n" : ", 0.0);\n");
      continue;
    }
    default:
      continue;
    }
    put_ref(cg, e[i].ref);
    sb_puts(cg->out, ";\n");
  }
}

bool jit_exit_const(const SnapEntry *e) {
  return e->ref != REF_NONE && e->ref < REF_BIAS && e->kind != SNAP_COMPLEX && e->kind != SNAP_NONE;
}

/* The payload the exit code would have stored for constant k. */
static void const_payload(const IRIns *k, Value *v) {
  switch ((IROp)k->op) {
  case IR_KNUM: v->as.f = k->f; break;
  case IR_KPTR: v->as.o = k->p; break;
  default: v->as.i = k->type == IRT_BOOL ? k->i != 0 : k->i; break;
  }
}

void jit_exit_box(const IRTrace *tr, int exitno, Value *base, TraceCtx *ctx) {
  if (exitno < 0 || (uint32_t)exitno >= tr->nsnap) return;
  const Snapshot *s = &tr->snaps[exitno];
  const SnapEntry *e = ir_snap_entries(tr, (uint32_t)exitno);
  for (uint32_t i = 0; i < s->nent; i++) {
    Value *v = &base[e[i].slot];
    if (jit_exit_const(&e[i])) const_payload(ir_at(tr, e[i].ref), v);
    switch ((SnapKind)e[i].kind) {
    case SNAP_FRAME: break;
    case SNAP_NONE: *v = v_none(); break;
    case SNAP_NP:
      v->as.o = ctx->box_np(ctx->vm, e[i].dt, v->as.i, v->as.f);
      v->tag = V_OBJ;
      break;
    default: v->tag = jit_snap_tag[e[i].kind]; break;
    }
  }
}

static void put_guard(Cg *cg, const IRIns *ins, const char *fmt_cond_fail) {
  cg->snap_used[ins->snap] = 1;
  sb_printf(cg->out, "  if (ST_UNLIKELY(%s)) goto x%u;\n", fmt_cond_fail, ins->snap);
}

/* SLOAD of a NumPy scalar: the slot holds an object of type
** np_scalar_type(dt); its payload, widened. */
static void put_sload_np(Cg *cg, const IRIns *ins, unsigned v) {
  char c[200];
  unsigned s = ir_sload_slot(ins->lit);
  int dt = ir_sload_npdt(ins->lit);
  snprintf(c, sizeof c, "base[%u].tag != %d || *(void **)base[%u].as.o != (void *)0x%" PRIxPTR "ULL", s, V_OBJ, s,
           (uintptr_t)ir_np_type(dt));
  if (dt == IR_NP_F64ANY) { /* or a Python float */
    sb_printf(cg->out, "  if (base[%u].tag == %d) v%u = base[%u].as.f; else {\n", s, V_FLOAT, v, s);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = *(double *)((char *)base[%u].as.o + %u); }\n", v, s, ir_np_offset(dt));
    return;
  }
  put_guard(cg, ins, c);
  IRType st = ir_np_storage(dt);
  sb_printf(cg->out, "  v%u = %s*(%s *)((char *)base[%u].as.o + %u);\n", v, ins->type == IRT_BOOL ? "0 != " : "",
            ctype(st), s, ir_np_offset(dt));
}

/* `vN = ` */
static void put_def(Cg *cg, IRRef ref) { sb_printf(cg->out, "  v%u = ", cg->name[ref - REF_BIAS]); }

/* A binary expression `(cast)(A op B)` */
static void put_bin(Cg *cg, const IRIns *ins, const char *op) {
  put_ref(cg, ins->a);
  sb_printf(cg->out, " %s ", op);
  put_ref(cg, ins->b);
}

/* Formats into a small scratch buffer (conditions mention refs). */
static char *ref_str(Cg *cg, IRRef r, char *buf, size_t n) {
  StrBuf *saved = cg->out;
  StrBuf tmp = STRBUF_INIT;
  cg->out = &tmp;
  put_ref(cg, r);
  cg->out = saved;
  snprintf(buf, n, "%s", tmp.data ? tmp.data : "");
  sb_free(&tmp);
  return buf;
}

static void put_wrap(Cg *cg, IRRef ref, const IRIns *ins, const char *op) {
  char a[400], b[400];
  put_def(cg, ref);
  sb_printf(cg->out, "(int64_t)((uint64_t)%s %s (uint64_t)%s);\n", ref_str(cg, ins->a, a, sizeof a), op,
            ref_str(cg, ins->b, b, sizeof b));
}

/* The SPHIs before the CONT at `cont`, as one parallel assignment. */
static void put_sphis(Cg *cg, IRRef cont) {
  const IRTrace *tr = cg->tr;
  uint32_t first = cont - REF_BIAS;
  while (first > 0 && tr->ins[first - 1].op == IR_SPHI) first--;
  char a[64], b[64];
  sb_puts(cg->out, "  {\n");
  for (uint32_t i = first; i < cont - REF_BIAS; i++)
    sb_printf(cg->out, "    %s t%u = %s;\n", ctype((IRType)tr->ins[i].type), i + 1, ref_str(cg, tr->ins[i].b, b, sizeof b));
  for (uint32_t i = first; i < cont - REF_BIAS; i++)
    sb_printf(cg->out, "    %s = t%u;\n", ref_str(cg, tr->ins[i].a, a, sizeof a), i + 1);
  sb_puts(cg->out, "  }\n");
}

static bool put_ins(Cg *cg, IRRef ref, char *err, size_t errlen) {
  const IRTrace *tr = cg->tr;
  const IRIns *ins = ir_at(tr, ref);
  IRType t = (IRType)ins->type;
  IRType ta = ins->a ? ir_typeof(tr, ins->a) : IRT_VOID;
  char a[400] = "", b[400] = "", c[1024];
  unsigned v = cg->name[ref - REF_BIAS];
  if (cg->expr && cg->expr[ref - REF_BIAS]) return true; /* printed where it is used */
  if (cg->sunk && cg->sunk[ref - REF_BIAS] && !cg->in_stub) return true; /* printed at exits */
  if (ir_op_info[ins->op].mode_a == IRM_R) ref_str(cg, ins->a, a, sizeof a);
  if (ir_op_info[ins->op].mode_b == IRM_R && ins->op != IR_SELECT) ref_str(cg, ins->b, b, sizeof b);
  switch ((IROp)ins->op) {
  case IR_NOP: case IR_CARG: case IR_PHI: case IR_LOOP: case IR_SPHI:
    break;
  case IR_SIDE: /* the guards of snapshot lit jump here instead of exiting */
    sb_printf(cg->out, "x%u:\n", ins->lit);
    break;
  case IR_CONT:
    put_sphis(cg, ref);
    sb_puts(cg->out, "  goto lh;\n");
    break;
  case IR_EXIT:
    if (ins->lit) { /* restart (opt_loop.c): the state back to the frame, the trace again */
      put_writeback(cg, ins->snap, false);
      sb_puts(cg->out, "  goto restart;\n");
      break;
    }
    cg->snap_used[ins->snap] = 1;
    sb_printf(cg->out, "  goto x%u;\n", ins->snap);
    break;
  case IR_GUARDT: snprintf(c, sizeof c, "!%s", a); put_guard(cg, ins, c); break;
  case IR_GUARDF: snprintf(c, sizeof c, "%s", a); put_guard(cg, ins, c); break;
  case IR_BOUNDS:
    snprintf(c, sizeof c, "(uint64_t)%s >= (uint64_t)%s", a, b);
    put_guard(cg, ins, c);
    break;
  case IR_SLOAD: case IR_RLOAD: {
    static const int tags[IRT__COUNT] = {[IRT_I64] = V_INT, [IRT_F64] = V_FLOAT, [IRT_BOOL] = V_BOOL, [IRT_PTR] = V_OBJ};
    if (ir_sload_npdt(ins->lit) >= 0) {
      put_sload_np(cg, ins, v);
      break;
    }
    snprintf(c, sizeof c, "base[%u].tag != %d", ins->lit, tags[t]);
    put_guard(cg, ins, c);
    const char *field = t == IRT_F64 ? "f" : t == IRT_PTR ? "o" : "i";
    sb_printf(cg->out, "  v%u = %sbase[%u].as.%s;\n", v, t == IRT_BOOL ? "0 != " : "", ins->lit, field);
    break;
  }
  case IR_FLOAD:
    sb_printf(cg->out, "  v%u = *(%s *)((char *)%s + %u);\n", v, ctype(t), a, ins->lit);
    break;
  case IR_VLOAD:
    sb_printf(cg->out, "  v%u = *(volatile %s *)((char *)%s + %u);\n", v, ctype(t), a, ins->lit);
    break;
  case IR_FSTORE:
    /* tcc 0.9.27 stores to a constant 64-bit address through its low 32
    ** bits (a global's slot, record.c dict_slot): through a variable */
    if (ir_isconst(ins->a))
      sb_printf(cg->out, "  { char *volatile k_ = (char *)%s; *(%s *)(k_ + %u) = %s; }\n", a, ctype(ir_typeof(tr, ins->b)),
                ins->lit, b);
    else
      sb_printf(cg->out, "  *(%s *)((char *)%s + %u) = %s;\n", ctype(ir_typeof(tr, ins->b)), a, ins->lit, b);
    break;
  case IR_AREF:
    sb_printf(cg->out, "  v%u = (void *)((%s *)%s + %s);\n", v, ctype((IRType)ins->lit), a, b);
    break;
  case IR_ALOAD:
    sb_printf(cg->out, "  v%u = *(%s *)%s;\n", v, ctype(t), a);
    break;
  case IR_ASTORE:
    sb_printf(cg->out, "  *(%s *)%s = %s;\n", ctype(ir_typeof(tr, ins->b)), a, b);
    break;
  case IR_ADD: case IR_SUB: case IR_MUL: {
    const char *op = ins->op == IR_ADD ? "+" : ins->op == IR_SUB ? "-" : "*";
    if (t == IRT_I64) {
      put_wrap(cg, ref, ins, op);
    } else {
      put_def(cg, ref);
      put_bin(cg, ins, op);
      sb_puts(cg->out, ";\n");
    }
    break;
  }
  case IR_DIV: sb_printf(cg->out, "  v%u = %s / %s;\n", v, a, b); break;
  case IR_NEG:
    if (t == IRT_I64) sb_printf(cg->out, "  v%u = (int64_t)(0 - (uint64_t)%s);\n", v, a);
    else sb_printf(cg->out, "  v%u = -%s;\n", v, a);
    break;
  case IR_ABS: /* the sign bit cleared in place: no call for tcc */
    sb_printf(cg->out, "  v%u = %s; *(uint64_t *)&v%u &= 0x7fffffffffffffffULL;\n", v, a, v);
    break;
  case IR_SELECT: {
    const IRIns *pair = ir_at(tr, ins->b);
    char x[400], y[400];
    sb_printf(cg->out, "  v%u = %s ? %s : %s;\n", v, a, ref_str(cg, pair->a, x, sizeof x), ref_str(cg, pair->b, y, sizeof y));
    break;
  }
  case IR_MIN: sb_printf(cg->out, "  v%u = %s < %s ? %s : %s;\n", v, b, a, b, a); break;
  case IR_MAX: sb_printf(cg->out, "  v%u = %s > %s ? %s : %s;\n", v, b, a, b, a); break;
  case IR_ADDOV:
    put_wrap(cg, ref, ins, "+");
    snprintf(c, sizeof c, "((%s ^ v%u) & (%s ^ v%u)) < 0", a, v, b, v);
    put_guard(cg, ins, c);
    break;
  case IR_SUBOV:
    put_wrap(cg, ref, ins, "-");
    snprintf(c, sizeof c, "((%s ^ %s) & (%s ^ v%u)) < 0", a, b, a, v);
    put_guard(cg, ins, c);
    break;
  case IR_MULOV:
    snprintf(c, sizeof c, "st_mulov(%s, %s, &v%u)", a, b, v);
    put_guard(cg, ins, c);
    break;
  case IR_NEGOV:
    snprintf(c, sizeof c, "%s == (-9223372036854775807LL-1)", a);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = -%s;\n", v, a);
    break;
  case IR_DIVI:
    snprintf(c, sizeof c, "%s == 0 || (%s == -1 && %s == (-9223372036854775807LL-1))", b, b, a);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = %s / %s - ((%s %% %s != 0) & ((%s ^ %s) < 0));\n", v, a, b, a, b, a, b);
    break;
  case IR_MODI:
    snprintf(c, sizeof c, "%s == 0", b);
    put_guard(cg, ins, c);
    /* x % -1 is 0; dividing by 1 instead keeps INT64_MIN % -1 from trapping */
    sb_printf(cg->out, "  v%u = %s %% (%s + 2 * (%s == -1));\n", v, a, b, b);
    sb_printf(cg->out, "  v%u += %s & -(int64_t)((v%u != 0) & ((v%u ^ %s) < 0));\n", v, b, v, v, b);
    break;
  case IR_BAND: put_def(cg, ref); put_bin(cg, ins, "&"); sb_puts(cg->out, ";\n"); break;
  case IR_BOR: put_def(cg, ref); put_bin(cg, ins, "|"); sb_puts(cg->out, ";\n"); break;
  case IR_BXOR: put_def(cg, ref); put_bin(cg, ins, "^"); sb_puts(cg->out, ";\n"); break;
  case IR_BNOT: sb_printf(cg->out, "  v%u = ~%s;\n", v, a); break;
  case IR_NOT: sb_printf(cg->out, "  v%u = !%s;\n", v, a); break;
  case IR_SHL:
    snprintf(c, sizeof c, "(uint64_t)%s > 63", b);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = (int64_t)((uint64_t)%s << %s);\n", v, a, b);
    snprintf(c, sizeof c, "(v%u >> %s) != %s", v, b, a);
    put_guard(cg, ins, c);
    break;
  case IR_SHR:
    snprintf(c, sizeof c, "%s < 0", b);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = %s >> (%s > 63 ? 63 : %s);\n", v, a, b, b);
    break;
  case IR_LT: sb_printf(cg->out, "  v%u = %s < %s;\n", v, a, b); break;
  case IR_LE: sb_printf(cg->out, "  v%u = %s <= %s;\n", v, a, b); break;
  case IR_GT: sb_printf(cg->out, "  v%u = %s > %s;\n", v, a, b); break;
  case IR_GE: sb_printf(cg->out, "  v%u = %s >= %s;\n", v, a, b); break;
  case IR_EQ: sb_printf(cg->out, "  v%u = %s == %s;\n", v, a, b); break;
  case IR_NE: sb_printf(cg->out, "  v%u = %s != %s;\n", v, a, b); break;
  case IR_ULT: sb_printf(cg->out, "  v%u = (uint64_t)%s < (uint64_t)%s;\n", v, a, b); break;
  case IR_CONV:
    if (t == IRT_BOOL) sb_printf(cg->out, "  v%u = %s != 0;\n", v, a);
    else sb_printf(cg->out, "  v%u = (%s)%s;\n", v, ctype(t), a);
    (void)ta;
    break;
  case IR_FTOI:
    snprintf(c, sizeof c, "!(%s >= -0x1p63 && %s < 0x1p63)", a, a);
    put_guard(cg, ins, c);
    sb_printf(cg->out, "  v%u = (int64_t)%s;\n", v, a);
    break;
  case IR_CALL: {
    const IRCallTarget *ct = tr->calls[ins->lit];
    IRRef args[4];
    int n = ir_call_args(tr, ins->a, args);
    int hop = ir_hypot_cmp_op(ct);
    if (hop >= 0) { /* num_hypot_cmp's test inline; the call only near k */
      char x[400], y[400], k[400];
      ref_str(cg, args[0], x, sizeof x);
      ref_str(cg, args[1], y, sizeof y);
      ref_str(cg, args[2], k, sizeof k);
      sb_printf(cg->out, "  { double x_ = %s, y_ = %s, k_ = %s, s_ = x_ * x_ + y_ * y_, k2_ = k_ * k_;\n", x, y, k);
      sb_printf(cg->out, "  int ok_ = k_ > 0 && k2_ > %a && k2_ < %a;\n", NUM_HYPOT_KMIN, NUM_HYPOT_KMAX);
      sb_printf(cg->out, "  if (ok_ && s_ > k2_ * %a) v%u = %d;\n", 1 + NUM_HYPOT_MARGIN, v, hop >= 2);
      sb_printf(cg->out, "  else if (ok_ && s_ < k2_ * %a) v%u = %d;\n", 1 - NUM_HYPOT_MARGIN, v, hop < 2);
      sb_printf(cg->out, "  else v%u = %s(x_, y_, k_); }\n", v, ct->name);
      break;
    }
    if (t != IRT_VOID) put_def(cg, ref);
    else sb_puts(cg->out, "  ");
    sb_printf(cg->out, "%s(", ct->name);
    for (int i = 0; i < n; i++) {
      if (i) sb_puts(cg->out, ", ");
      put_ref(cg, args[i]);
    }
    sb_puts(cg->out, ");\n");
    break;
  }
  case IR_ICALL:
    put_writeback(cg, ins->snap, false);
    sb_printf(cg->out, "  if (ctx->stitch(ctx, base, %u, %u) != 0) return %d;\n", tr->snaps[ins->snap].pc,
              ins->lit, TRACE_EXIT_INTERP);
    break;
  default:
    snprintf(err, errlen, "cgen: op %s not supported", ir_op_info[ins->op].name);
    return false;
  }
  return true;
}

/* ---- inlining ------------------------------------------------------------
** tcc keeps a value in a register only within one expression: every `vN =`
** statement is a store and every use a load, and a chain of dependent float
** ops pays a store-to-load forwarding delay per op. So a pure value with
** exactly one use, later in the same straight-line region (the pre-roll,
** the loop body, one side block), is printed inside that use instead. A
** load moves to its use only when nothing between them may store; values a
** snapshot or a PHI mentions are never inlined. gcc makes the same code of
** either form. */

static bool may_store(const IRIns *ins) {
  return (ir_op_info[ins->op].flags & IRF_STORE) || ins->op == IR_CALL || ins->op == IR_ICALL;
}

/* The expression of ins (operands printed by put_ref), or false. */
static bool inline_expr(Cg *cg, const IRIns *ins, char *out, size_t n) {
  IRType t = (IRType)ins->type;
  char a[400] = "", b[400] = "";
  if (ir_op_info[ins->op].mode_a == IRM_R) ref_str(cg, ins->a, a, sizeof a);
  if (ir_op_info[ins->op].mode_b == IRM_R) ref_str(cg, ins->b, b, sizeof b);
  static const char *const cmp[] = {[IR_LT] = "<", [IR_LE] = "<=", [IR_GT] = ">", [IR_GE] = ">=",
                                    [IR_EQ] = "==", [IR_NE] = "!="};
  int len;
  switch ((IROp)ins->op) {
  case IR_ADD: case IR_SUB: case IR_MUL: {
    const char *op = ins->op == IR_ADD ? "+" : ins->op == IR_SUB ? "-" : "*";
    if (t == IRT_I64) len = snprintf(out, n, "(int64_t)((uint64_t)%s %s (uint64_t)%s)", a, op, b);
    else len = snprintf(out, n, "%s %s %s", a, op, b);
    break;
  }
  case IR_DIV: len = snprintf(out, n, "%s / %s", a, b); break;
  case IR_NEG:
    len = t == IRT_I64 ? snprintf(out, n, "(int64_t)(0 - (uint64_t)%s)", a) : snprintf(out, n, "-%s", a);
    break;
  case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_EQ: case IR_NE:
    len = snprintf(out, n, "%s %s %s", a, cmp[ins->op], b);
    break;
  case IR_ULT: len = snprintf(out, n, "(uint64_t)%s < (uint64_t)%s", a, b); break;
  case IR_CONV:
    len = t == IRT_BOOL ? snprintf(out, n, "%s != 0", a) : snprintf(out, n, "(%s)%s", ctype(t), a);
    break;
  case IR_AREF: len = snprintf(out, n, "(void *)((%s *)%s + %s)", ctype((IRType)ins->lit), a, b); break;
  case IR_ALOAD: len = snprintf(out, n, "*(%s *)%s", ctype(t), a); break;
  case IR_FLOAD: len = snprintf(out, n, "*(%s *)((char *)%s + %u)", ctype(t), a, ins->lit); break;
  default: return false;
  }
  return len > 0 && len <= INLINE_MAX && (size_t)len < n;
}

/* Is the call that CARG u belongs to sunk? */
static bool carg_sunk(const Cg *cg, uint32_t u) {
  const IRTrace *tr = cg->tr;
  for (uint32_t j = u + 1; j < tr->nins; j++) {
    const IRIns *ins = &tr->ins[j];
    if ((ins->op == IR_CARG || ins->op == IR_CALL) && ins->a == REF_BIAS + u) {
      if (ins->op == IR_CALL) return cg->sunk[j];
      u = j;
    }
  }
  return false;
}

/* Which values are printed at their use (cg->expr). `end`: the body's end. */
static void plan_inline(Cg *cg, uint32_t end) {
  const IRTrace *tr = cg->tr;
  uint32_t n = tr->nins;
  uint32_t *uses = calloc(n + 1, sizeof *uses), *user = calloc(n + 1, sizeof *user);
  uint32_t *region = calloc(n + 1, sizeof *region);
  cg->expr = calloc(n + 1, sizeof *cg->expr);
  uint32_t reg = 0;
  for (uint32_t i = 0; i < n; i++) {
    const IRIns *ins = &tr->ins[i];
    if (REF_BIAS + i == tr->loop || i == end || ins->op == IR_SIDE) reg++;
    region[i] = reg;
    bool pinned = ins->op == IR_PHI || ins->op == IR_SPHI;
    const IRRef ops[2] = {ir_op_info[ins->op].mode_a == IRM_R ? ins->a : REF_NONE,
                          ir_op_info[ins->op].mode_b == IRM_R ? ins->b : REF_NONE};
    for (int k = 0; k < 2; k++) {
      if (ops[k] < REF_BIAS) continue;
      uses[ops[k] - REF_BIAS] += pinned ? 2 : 1;
      user[ops[k] - REF_BIAS] = i;
    }
  }
  for (uint32_t e = 0; e < tr->nsnapmap; e++) { /* exits and stitches store them */
    const SnapEntry *se = &tr->snapmap[e];
    if (se->ref >= REF_BIAS) uses[se->ref - REF_BIAS] += 2;
    if (se->ref2 >= REF_BIAS) uses[se->ref2 - REF_BIAS] += 2;
  }
  /* coalesced[i]: writes into a PHI variable (plan_coalesce) up to i; no
  ** expression moves past one (it may read the variable's old value) */
  uint32_t *coalesced = calloc(n + 1, sizeof *coalesced);
  for (uint32_t i = 0; i < n; i++) coalesced[i + 1] = coalesced[i] + (cg->name[i] != i + 1);
  char buf[400];
  for (uint32_t i = 0; i < n; i++) {
    const IRIns *ins = &tr->ins[i];
    if (uses[i] != 1 || ins->type == IRT_VOID || (ir_op_info[ins->op].flags & IRF_GUARD)) continue;
    uint32_t u = user[i];
    if (u > i && coalesced[u] != coalesced[i + 1]) continue;
    bool load = ins->op == IR_ALOAD || ins->op == IR_FLOAD;
    if (u <= i || region[u] != region[i] || (load && tr->ins[u].op == IR_CARG)) continue;
    if (cg->sunk && (cg->sunk[u] || (tr->ins[u].op == IR_CARG && carg_sunk(cg, u)))) continue; /* printed at exits */
    /* tcc 0.9.27 drops a level of `*(T **)(*(T **)CONST)`: a load from a
    ** constant address stays a statement */
    if (load && ir_isconst(ins->a)) continue;
    bool clean = true;
    for (uint32_t j = i + 1; load && j < u && clean; j++) clean = !may_store(&tr->ins[j]);
    if (!clean) continue;
    if (inline_expr(cg, ins, buf, sizeof buf)) cg->expr[i] = strdup(buf);
  }
  free(uses);
  free(user);
  free(region);
  free(coalesced);
}

static void free_inline(Cg *cg) {
  if (!cg->expr) return;
  for (uint32_t i = 0; i <= cg->tr->nins; i++) free(cg->expr[i]);
  free(cg->expr);
  cg->expr = NULL;
}

/* ---- coalescing ----------------------------------------------------------
** A value the body computes for a PHI is computed into the PHI's variable
** itself (`v48 = v48 + v85;`, no copy at the end of the iteration) where
** nothing reads the variable's old value after that point: no later
** instruction, side code, snapshot of a later guard, sunk value or other
** PHI. The loop-carried chain then passes through memory once per
** iteration instead of three times (tcc keeps every variable in memory).
** Only ops printed as one assignment whose operands are read before it
** (not the overflow checks, which read them after) qualify. */

static bool coalescable(IROp op) {
  switch (op) {
  case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_NEG: case IR_BAND: case IR_BOR:
  case IR_BXOR: case IR_CONV: case IR_ALOAD: case IR_FLOAD: case IR_MIN: case IR_MAX:
    return true;
  default:
    return false;
  }
}

/* Does anything after instruction `from` read ref x (but PHI `phi`)? A
** side region whose guards all come before `from` runs instead of the rest
** of that iteration, so it reads the value `from` would overwrite, and
** counts as before (a tree's side code for a pre-loop guard may read a
** PHI's first value). */
static bool read_after(const Cg *cg, IRRef x, uint32_t from, uint32_t phi) {
  const IRTrace *tr = cg->tr;
  for (uint32_t j = from + 1; j < tr->nins; j++) {
    if (cg->origin[j] < from) continue;
    const IRIns *ins = &tr->ins[j];
    const IROpInfo *info = &ir_op_info[ins->op];
    if (j != phi && ((info->mode_a == IRM_R && ins->a == x) || (info->mode_b == IRM_R && ins->b == x))) return true;
    if (!(info->flags & IRF_GUARD) && ins->op != IR_EXIT && ins->op != IR_ICALL) continue;
    const Snapshot *sn = &tr->snaps[ins->snap];
    const SnapEntry *e = ir_snap_entries(tr, ins->snap);
    for (uint32_t q = 0; q < sn->nent; q++)
      if (e[q].ref == x || e[q].ref2 == x) return true;
  }
  for (uint32_t j = 0; cg->sunk && j < tr->nins; j++) {
    const IRIns *ins = &tr->ins[j];
    if (cg->sunk[j] && (ins->a == x || ins->b == x)) return true;
  }
  return false;
}

static bool enters_side(const IRIns *ins) {
  return (ir_op_info[ins->op].flags & IRF_GUARD) || ins->op == IR_EXIT || ins->op == IR_ICALL;
}

/* cg->origin: for each instruction of side code the latest instruction of
** the loop or the pre-loop part whose guard can lead to it (a side of a
** side inherits its parent's); UINT32_MAX elsewhere or when unknown. */
static void side_origins(Cg *cg, uint32_t end) {
  const IRTrace *tr = cg->tr;
  uint32_t *last = malloc((tr->nsnap + 1) * sizeof *last); /* [snap] its latest guard */
  for (uint32_t s = 0; s <= tr->nsnap; s++) last[s] = UINT32_MAX;
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *ins = &tr->ins[i];
    if (enters_side(ins) && ins->snap < tr->nsnap && (last[ins->snap] == UINT32_MAX || i > last[ins->snap]))
      last[ins->snap] = i;
  }
  uint32_t origin = UINT32_MAX;
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *ins = &tr->ins[i];
    if (i >= end && ins->op == IR_SIDE) {
      uint32_t g = ins->lit < tr->nsnap ? last[ins->lit] : UINT32_MAX;
      origin = g == UINT32_MAX || g >= i ? UINT32_MAX : g >= end ? cg->origin[g] : g;
    }
    cg->origin[i] = i >= end ? origin : UINT32_MAX;
  }
  free(last);
}

static void plan_coalesce(Cg *cg, uint32_t end) {
  const IRTrace *tr = cg->tr;
  for (uint32_t i = 0; i < tr->nins; i++) cg->name[i] = i + 1;
  side_origins(cg, end);
  if (tr->loop == REF_NONE) return;
  uint32_t lo = tr->loop - REF_BIAS;
  for (uint32_t p = end; p < tr->nins; p++) {
    const IRIns *phi = &tr->ins[p];
    if (phi->op != IR_PHI || phi->b < REF_BIAS || phi->b - REF_BIAS <= lo || phi->b - REF_BIAS >= end) continue;
    uint32_t b = phi->b - REF_BIAS, a = phi->a - REF_BIAS;
    if (!coalescable((IROp)tr->ins[b].op) || tr->ins[b].type != phi->type || cg->name[b] != b + 1) continue;
    bool shared = false; /* b feeds another PHI, or a is another's source */
    for (uint32_t q = end; q < tr->nins && !shared; q++)
      shared = q != p && tr->ins[q].op == IR_PHI && (tr->ins[q].b == phi->b || tr->ins[q].b == phi->a);
    if (shared || read_after(cg, phi->a, b, p)) continue;
    cg->name[b] = cg->name[a];
  }
}

/* The PHI copies closing an iteration, a parallel assignment: sequenced so
** that a variable is written after the copies reading it, with a
** temporary only to break a cycle (tcc keeps every variable in memory: a
** copy through a temporary is two more stores and loads on the
** loop-carried chain). */
static void put_phis(Cg *cg) {
  const IRTrace *tr = cg->tr;
  uint32_t n = 0;
  for (uint32_t i = 0; i < tr->nins; i++) n += tr->ins[i].op == IR_PHI;
  if (!n) return;
  IRRef *dst = malloc(2 * n * sizeof *dst), *src = dst + n;
  char *tmp = calloc(n, 1); /* src[q] is temporary t<dst[q]> */
  uint32_t m = 0;
  for (uint32_t i = 0; i < tr->nins; i++)
    if (tr->ins[i].op == IR_PHI && tr->ins[i].a != tr->ins[i].b &&
        !(tr->ins[i].b >= REF_BIAS && cg->name[tr->ins[i].b - REF_BIAS] == cg->name[tr->ins[i].a - REF_BIAS])) {
      dst[m] = tr->ins[i].a;
      src[m++] = tr->ins[i].b;
    }
  char a[64], b[64];
  while (m) {
    uint32_t q = 0;
    for (; q < m; q++) { /* a copy whose target no other pending copy reads */
      bool read = false;
      for (uint32_t o = 0; o < m && !read; o++) read = o != q && !tmp[o] && src[o] == dst[q];
      if (!read) break;
    }
    if (q == m) { /* a cycle: keep the first target's value in a temporary */
      q = 0;
      sb_printf(cg->out, "    %s t%u = %s;\n", ctype(ir_typeof(tr, dst[q])), dst[q] - REF_BIAS + 1, ref_str(cg, dst[q], a, sizeof a));
      for (uint32_t o = 0; o < m; o++)
        if (!tmp[o] && src[o] == dst[q]) tmp[o] = 1;
    }
    if (tmp[q]) sb_printf(cg->out, "    %s = t%u;\n", ref_str(cg, dst[q], a, sizeof a), src[q] - REF_BIAS + 1);
    else sb_printf(cg->out, "    %s = %s;\n", ref_str(cg, dst[q], a, sizeof a), ref_str(cg, src[q], b, sizeof b));
    m--;
    dst[q] = dst[m];
    src[q] = src[m];
    tmp[q] = tmp[m];
  }
  free(dst);
  free(tmp);
}

bool cg_emit_c(const IRTrace *tr, const char *fname, StrBuf *out, char *err, size_t errlen) {
  if (!ir_check(tr, err, errlen)) return false;
  Cg cg = {.tr = tr, .out = out, .snap_used = calloc(tr->nsnap + 1, 1), .name = calloc(tr->nins + 1, sizeof(uint32_t)),
           .origin = calloc(tr->nins + 1, sizeof(uint32_t))};
  sb_puts(out, prelude);
  for (uint32_t i = 0; i < tr->ncalls; i++) {
    const IRCallTarget *ct = tr->calls[i];
    sb_printf(out, "extern %s %s(", ctype((IRType)ct->ret), ct->name);
    for (int j = 0; j < ct->nargs; j++) sb_printf(out, "%s%s", j ? ", " : "", ctype((IRType)ct->args[j]));
    sb_puts(out, ct->nargs ? ");\n" : "void);\n");
  }
  sb_printf(out, "int %s(Value *base, TraceCtx *ctx) {\n", fname);
  for (uint32_t i = 0; i < tr->nins; i++) {
    const IRIns *ins = &tr->ins[i];
    if (ins->type != IRT_VOID && ins->op != IR_PHI && ins->op != IR_NOP && ins->op != IR_SPHI)
      sb_printf(out, "  %s v%u;\n", ctype((IRType)ins->type), i + 1);
  }
  sb_puts(out, "  (void)ctx;\nrestart:;\n");
  uint32_t end = ir_body_end(tr);
  if (!getenv("STREAK_CGEN_NOSINK")) cg.sunk = ir_plan_sinking(tr);
  plan_coalesce(&cg, end); /* before the inlined expressions print names */
  if (!getenv("STREAK_CGEN_NOINLINE")) plan_inline(&cg, end);
  bool ok = true;
  for (uint32_t i = 0; i < end && ok; i++) {
    IRRef ref = REF_BIAS + i;
    if (ref == tr->loop) sb_puts(out, "  for (;;) {\n  lh:;\n");
    ok = put_ins(&cg, ref, err, errlen);
  }
  if (ok && tr->loop != REF_NONE) {
    put_phis(&cg);
    sb_puts(out, "  }\n");
  }
  /* side code (trace trees): a block per snapshot whose guards branch to it */
  uint8_t *side = calloc(tr->nsnap + 1, 1);
  for (uint32_t i = end; i < tr->nins && ok; i++) {
    if (tr->ins[i].op == IR_PHI) continue;
    if (tr->ins[i].op == IR_SIDE) side[tr->ins[i].lit] = 1;
    ok = put_ins(&cg, REF_BIAS + i, err, errlen);
  }
  for (uint32_t s = 0; ok && s < tr->nsnap; s++) {
    if (!cg.snap_used[s] || side[s]) continue;
    sb_printf(out, "x%u:\n", s);
    put_writeback(&cg, s, true);
    sb_printf(out, "  return %u;\n", s);
  }
  sb_puts(out, "}\n");
  free(side);
  free(cg.snap_used);
  free(cg.name);
  free(cg.origin);
  free(cg.sunk);
  free_inline(&cg);
  return ok;
}
