/*
** record.c — the trace recorder: follows the interpreter through one loop
** iteration and emits typed IR with guards.
**
** The VM calls trace_record (trace.c) before each instruction while a
** recording is active; that calls rec_ins here with the live registers as
** they are *before* the instruction runs. The recorder specialises on what
** it sees: operand types become guards (SLOAD checks a register's tag on
** first use; loads from lists and globals check the loaded tag), branch
** directions become GUARDT/GUARDF, int arithmetic uses the overflow-checking
** ops (an overflow exits, and the interpreter makes the big int), list and
** tuple indexing is bounds-checked, callees are guarded by identity.
**
** Exactness rules the code below keeps:
**   - every guard of an instruction precedes its effects, and the snapshot
**     taken at its first guard describes the state before the instruction,
**     so an exit simply re-runs that instruction in the interpreter;
**   - what the IR computes is what vm.c computes on its fast path, op for
**     op (int→float conversion with a C cast, x**2 as x*x for POW only, the
**     ±2**53 range checks of mixed int/float comparisons, ...);
**   - the recorder predicts each result's tag, and trace_record checks the
**     prediction against the interpreter's actual result before the next
**     instruction: a misprediction aborts the trace instead of miscompiling.
**
** Anything not handled aborts the recording with a reason from
** TRACE_ABORTS (trace.h); trace.c then applies the blacklisting penalty.
*/
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "dict.h"
#include "error.h"
#include "fuse.h"
#include "mod_random.h"
#include "num.h"
#include "object.h"
#include "random.h"
#include "iterobj.h"
#include "list.h"
#include "record.h"
#include "set.h"
#include "str.h"
#include "ufunc.h"
#include "util.h"

_Static_assert(offsetof(Obj, type) == 0, "the type word is FLOAD at offset 0");
_Static_assert(offsetof(Value, tag) == 0 && offsetof(Value, as) == 8, "Value layout");
_Static_assert(sizeof(Value) == 16, "Value layout");

_Noreturn void rec_abort(Recorder *r, TraceAbort why, const char *detail) {
  r->err = why;
  r->errpc = r->pc;
  snprintf(r->errdetail, sizeof r->errdetail, "%s", detail ? detail : "");
  longjmp(r->jb, 1);
}

void rec_root(Recorder *r, const void *obj) {
  Trace *t = r->trace;
  for (uint32_t i = 0; i < t->nroots; i++)
    if (t->roots[i] == obj) return;
  if (t->nroots == t->caproots) {
    t->caproots = t->caproots ? t->caproots * 2 : 16;
    t->roots = util_xrealloc(t->roots, t->caproots * sizeof *t->roots);
  }
  t->roots[t->nroots++] = (Obj *)obj;
}

void *rec_alloc(Recorder *r, size_t n) {
  if (r->nscratch == (int)(sizeof r->scratch / sizeof r->scratch[0])) rec_abort(r, TA_TOO_LONG, "scratch");
  void *p = util_xmalloc(n ? n : 1);
  r->scratch[r->nscratch++] = p;
  return p;
}

enum { MAG_NONNEG = 0x80 };

uint8_t rec_magnitude(int64_t v) {
  uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  uint8_t m = a < (1u << 20) ? 1 : a < (1u << 27) ? 2 : 0;
  return m && v >= 0 ? m | MAG_NONNEG : m;
}

void rec_magnitude_range(uint8_t m, int64_t *lo, int64_t *hi) {
  uint8_t c = m & ~MAG_NONNEG;
  *hi = c == 1 ? (int64_t)1 << 24 : c == 2 ? (int64_t)1 << 31 : -1;
  *lo = c && (m & MAG_NONNEG) ? 0 : c ? -*hi : 0;
}

static IRRef kptr(Recorder *r, const void *p) { return ir_kptr(r->ir, p); }
static IRRef kint(Recorder *r, int64_t v) { return ir_kint(r->ir, v); }
static IRRef knum(Recorder *r, double v) { return ir_knum(r->ir, v); }

/* Helper the trace calls to see that a global is still absent (pure): no
** lookup while the dict's keys version is the recorded one. */
static const IRCallTarget rec_ct_dict_absent = {
    "dict_slot_str_since", (void *)dict_slot_str_since, IRT_PTR, 3, {IRT_PTR, IRT_PTR, IRT_I64, 0}, true, false, false};

/* ---- operands ----------------------------------------------------------- */

/* An operand: its IR value and the live Value it has now; np is the dtype
** of a NumPy scalar kept unboxed (ref is its payload), else -1. */
typedef struct Opnd {
  IRRef ref;
  Value v;
  int np;
  bool cx;   /* a Python complex: ref its real part, im its imaginary part */
  IRRef im;
} Opnd;

/* The dtype of a NumPy scalar a trace can keep unboxed, else -1. */
static int np_dt_of(Value v) {
  if (!is_npscalar(v)) return -1;
  int dt = as_npscalar(v)->dtype;
  return ir_np_payload(dt) == IRT_VOID ? -1 : dt;
}

static IRType irt_of_tag(Recorder *r, uint8_t tag) {
  switch (tag) {
  case V_INT: return IRT_I64;
  case V_FLOAT: return IRT_F64;
  case V_BOOL: return IRT_BOOL;
  case V_OBJ: return IRT_PTR;
  default: rec_abort(r, TA_NYI_TYPE, tag == V_NONE ? "None" : "unbound");
  }
}

static uint8_t tag_of_irt(IRType t) {
  switch (t) {
  case IRT_I64: return V_INT;
  case IRT_F64: return V_FLOAT;
  case IRT_BOOL: return V_BOOL;
  default: return V_OBJ;
  }
}

/* The IR value of register s (an SLOAD with a tag guard on first use). */
static bool is_loose(Recorder *r, IRRef ref) {
  if (ref < REF_BIAS) return false;
  const IRIns *ins = ir_at(r->ir, ref);
  return ins->op == IR_SLOAD && ir_sload_npdt(ins->lit) == IR_NP_F64ANY;
}

/* Register s's IR value. A float the trace has not written may be read
** `loose` (a NumPy float64 or a Python float passes) by a consumer whose
** result does not depend on which it is; every other read is strict, and
** a strict read after a loose one loads the slot again with the type
** guard. */
static IRRef rd_as(Recorder *r, uint32_t s, bool loose) {
  if (s >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
  uint8_t f = r->sflags[s];
  if (f & (SF_NONE | SF_EMPTY)) rec_abort(r, TA_NYI_TYPE, f & SF_NONE ? "None" : "unbound");
  if (r->slot[s] && !loose && is_loose(r, r->slot[s])) r->slot[s] = REF_NONE;
  if (r->slot[s]) return r->slot[s];
  /* only the loop's own frame has registers the trace did not write
  ** (record.h); SLOAD numbers slots from the trace's base */
  uint32_t abs = r->frames[r->depth].base + s;
  if (abs >= r->frames[0].top) rec_abort(r, TA_UNEXPECTED, "register"); /* a callee's: never unread */
  /* a register a stitched instruction wrote: loaded after its ICALL */
  bool reload = (f & SF_RELOAD) != 0;
  IROp op = reload ? IR_RLOAD : IR_SLOAD;
  IRRef dep = reload ? r->last_icall : REF_NONE;
  loose = loose && !reload;
  int dt = np_dt_of(r->base[s]);
  IRRef ref;
  if (is_complex(r->base[s])) {
    ref = fold_emit(r, op, IRT_F64, dep, REF_NONE, ir_sload_lit(abs, IR_NP_CRE));
    r->slot_im[s] = fold_emit(r, op, IRT_F64, dep, REF_NONE, ir_sload_lit(abs, IR_NP_CIM));
    r->snp[s] = SNP_COMPLEX;
  } else if (loose && (dt == DT_FLOAT64 || r->base[s].tag == V_FLOAT)) {
    /* the recording goes on with the kind it sees */
    ref = fold_emit(r, IR_SLOAD, IRT_F64, REF_NONE, REF_NONE, ir_sload_lit(abs, IR_NP_F64ANY));
    r->snp[s] = (uint8_t)(dt + 1);
  } else if (dt >= 0) {
    ref = fold_emit(r, op, ir_np_payload(dt), dep, REF_NONE, ir_sload_lit(abs, dt));
    r->snp[s] = (uint8_t)(dt + 1);
  } else {
    ref = fold_emit(r, op, irt_of_tag(r, r->base[s].tag), dep, REF_NONE, abs);
  }
  r->slot[s] = ref;
  if (reload) r->sflags[s] = SF_WRITTEN; /* the trace holds it now, like a value it computed */
  return ref;
}

static IRRef rd(Recorder *r, uint32_t s) { return rd_as(r, s, false); }

static IRRef kvalue(Recorder *r, Value v) {
  switch (v.tag) {
  case V_INT: return kint(r, v.as.i);
  case V_FLOAT: return knum(r, v.as.f);
  case V_BOOL: return ir_kbool(r->ir, v.as.i != 0);
  case V_OBJ: rec_root(r, v.as.o); return kptr(r, v.as.o);
  default: rec_abort(r, TA_NYI_TYPE, v.tag == V_NONE ? "None constant" : "constant");
  }
}

static Opnd opnd_reg_as(Recorder *r, uint32_t s, bool loose) {
  IRRef ref = rd_as(r, s, loose);
  Opnd o = {ref, r->base[s], -1, false, REF_NONE};
  if (r->snp[s] == SNP_COMPLEX) {
    o.cx = true;
    o.im = r->slot_im[s];
  } else {
    o.np = r->snp[s] - 1;
  }
  return o;
}

static Opnd opnd_reg(Recorder *r, uint32_t s) { return opnd_reg_as(r, s, false); }

static Opnd opnd_rk(Recorder *r, uint32_t x) {
  if (x & BC_KBIT) {
    Value v = r->co->consts[x & ~BC_KBIT];
    if (is_complex(v)) {
      Opnd o = {knum(r, as_complex(v)->re), v, -1, true, knum(r, as_complex(v)->im)};
      return o;
    }
    Opnd o = {kvalue(r, v), v, -1, false, REF_NONE};
    return o;
  }
  return opnd_reg(r, x);
}

/* A NumPy float64 the trace computed (its kind is certain). */
static bool np_f64_written(Recorder *r, uint32_t x) {
  return !(x & BC_KBIT) && (r->sflags[x] & SF_WRITTEN) && !(r->sflags[x] & (SF_NONE | SF_EMPTY)) &&
         r->snp[x] == DT_FLOAT64 + 1;
}

/* Operand x of an instruction whose result has the same kind whether x is
** a NumPy float64 or a Python float, provided the other operand y is
** surely a NumPy float64 (`s += a[i] * w`: float + np.float64 and
** np.float64 + np.float64 are both np.float64, bit for bit), or both
** operands only meet in a compare-and-branch (no value is made). Then x
** reads loose: a loop entered with `s = 0.0` still at its first iteration
** need not leave at the type guard. */
static Opnd opnd_rk_kindfree(Recorder *r, uint32_t x, uint32_t y, bool branch) {
  if (!(x & BC_KBIT) && !r->slot[x] && (np_dt_of(r->base[x]) == DT_FLOAT64 || r->base[x].tag == V_FLOAT) &&
      (np_f64_written(r, y) || (branch && !(y & BC_KBIT) && (np_dt_of(r->base[y]) == DT_FLOAT64 || r->base[y].tag == V_FLOAT))))
    return opnd_reg_as(r, x, true);
  return opnd_rk(r, x);
}

/* Writes register s. The tag is checked after the interpreter ran it. */
static void wr(Recorder *r, uint32_t s, IRRef ref) {
  if (s >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
  r->slot[s] = ref;
  r->sflags[s] = SF_WRITTEN;
  r->snp[s] = 0;
  r->check_slot = (int32_t)s;
  r->check_tag = tag_of_irt(ir_typeof(r->ir, ref));
  r->check_type = NULL;
}

/* Writes register s with a NumPy scalar of dtype dt (payload ref); the
** interpreter's result must be one (checked at the next hook call). */
static void wr_np(Recorder *r, uint32_t s, IRRef ref, int dt) {
  if (ir_typeof(r->ir, ref) != ir_np_payload(dt)) rec_abort(r, TA_UNEXPECTED, "NumPy scalar payload");
  wr(r, s, ref);
  r->snp[s] = (uint8_t)(dt + 1);
  r->check_tag = V_OBJ;
  r->check_type = ir_np_type(dt);
}

/* Writes register s with the complex (re, im); the interpreter's result
** must be a complex. */
static void wr_cx(Recorder *r, uint32_t s, IRRef re, IRRef im) {
  wr(r, s, re);
  r->slot_im[s] = im;
  r->snp[s] = SNP_COMPLEX;
  r->check_tag = V_OBJ;
  r->check_type = &TYPE_COMPLEX;
}

/* wr or wr_np, as np says. */
static void wr_val(Recorder *r, uint32_t s, IRRef ref, int np) {
  if (np >= 0) wr_np(r, s, ref, np);
  else wr(r, s, ref);
}

/* Writes register s with operand o's value. */
static void wr_opnd(Recorder *r, uint32_t s, Opnd o) {
  if (o.cx) wr_cx(r, s, o.ref, o.im);
  else wr_val(r, s, o.ref, o.np);
}

/* Marks register s as holding a value the trace never materialises (a
** dead temporary: LOADMETH's second register, a virtual tuple). */
static void wr_empty(Recorder *r, uint32_t s) {
  if (s >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
  r->slot[s] = REF_NONE;
  r->sflags[s] = SF_WRITTEN | SF_EMPTY;
  r->snp[s] = 0;
}

static void wr_none(Recorder *r, uint32_t s) {
  r->slot[s] = REF_NONE;
  r->sflags[s] = SF_WRITTEN | SF_NONE;
  r->snp[s] = 0;
  r->check_slot = (int32_t)s;
  r->check_tag = V_NONE;
  r->check_type = NULL; /* not a stale one from the operand's wr_cx */
}

/* Guards that object ref (PTR) has exactly type t. */
static bool made_obj(Recorder *r, IRRef ref, const Type *t);
static void guard_type(Recorder *r, IRRef ref, Type *t) {
  if (made_obj(r, ref, t)) return;
  IRRef ty = fold_emit(r, IR_FLOAD, IRT_PTR, ref, REF_NONE, 0);
  fold_guard(r, fold2(r, IR_EQ, ty, kptr(r, t)), true);
}

/* Guards that ref is the object o. */
static void guard_identity(Recorder *r, IRRef ref, const void *o) {
  rec_root(r, o);
  fold_guard(r, fold2(r, IR_EQ, ref, kptr(r, o)), true);
}

static IRRef to_f64(Recorder *r, Opnd o) {
  if (o.v.tag == V_FLOAT) return o.ref;
  return fold_emit(r, IR_CONV, IRT_F64, o.ref, REF_NONE, 0);
}

/* bool operands of arithmetic and comparisons act as ints */
static Opnd unbool(Recorder *r, Opnd o) {
  if (o.v.tag != V_BOOL) return o;
  o.ref = fold_emit(r, IR_CONV, IRT_I64, o.ref, REF_NONE, 0);
  o.v = v_int(o.v.as.i);
  return o;
}

static bool is_num(Value v) { return v.tag == V_INT || v.tag == V_FLOAT || v.tag == V_BOOL; }

static const int64_t EXACT53 = (int64_t)1 << 53;

/* Guards -2**53 <= x <= 2**53 (ints that convert to double exactly, as the
** interpreter's mixed int/float fast paths require). */
static void guard_exact53(Recorder *r, Opnd x) {
  if (x.v.as.i > EXACT53 || x.v.as.i < -EXACT53) rec_abort(r, TA_NYI_TYPE, "int beyond 2**53");
  IRRef biased = fold2(r, IR_ADD, x.ref, kint(r, EXACT53));
  fold_guard(r, fold2(r, IR_ULT, biased, kint(r, 2 * EXACT53 + 1)), true);
}

/* A loaded Value at address ref (PTR to a Value): checks its tag against the
** live one and loads the payload. FLOAD for dict slots, ALOAD for list and
** tuple items (their stores differ: see opt_fold.c's alias classes). */
static IRRef load_value(Recorder *r, IRRef addr, Value live, bool field, uint32_t dst) {
  IRRef tag;
  if (field) tag = fold_emit(r, IR_FLOAD, IRT_U8, addr, REF_NONE, 0);
  else tag = fold_emit(r, IR_ALOAD, IRT_U8, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 0), IRT_U8), REF_NONE, 0);
  tag = fold_emit(r, IR_CONV, IRT_I64, tag, REF_NONE, 0);
  fold_guard(r, fold2(r, IR_EQ, tag, kint(r, live.tag)), true);
  if (live.tag == V_NONE) {
    wr_none(r, dst);
    return REF_NONE;
  }
  IRType t = irt_of_tag(r, live.tag);
  IRType lt = t == IRT_BOOL ? IRT_I64 : t;
  IRRef v;
  if (field) v = fold_emit(r, IR_FLOAD, lt, addr, REF_NONE, 8);
  else v = fold_emit(r, IR_ALOAD, lt, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 1), lt), REF_NONE, 0);
  if (t == IRT_BOOL) v = fold2(r, IR_NE, v, kint(r, 0));
  wr(r, dst, v);
  return v;
}

/* The payload of a value for a store (bools are stored as 0/1 words). */
static IRRef store_payload(Recorder *r, IRRef v) {
  if (ir_typeof(r->ir, v) == IRT_BOOL) return fold_emit(r, IR_CONV, IRT_I64, v, REF_NONE, 0);
  return v;
}

static bool cmp_live(CmpOp op, int c);

/* ---- NumPy scalars -------------------------------------------------------
** A NumPy scalar is kept unboxed: its payload (ir_np_payload) with its dtype
** tracked in Opnd.np / Recorder.snp. The rules follow the interpreter
** (runtime/npmodule.c): float64/int64/bool scalars with each other and with
** Python numbers are computed inline there (float64 arithmetic in C double,
** int64 wrapping, results of np.promote_types), every other dtype goes
** through the ufunc engine, which promotes with np.promote_types as well.
** The recorder predicts the result dtype, emits exactly that computation,
** and the prediction is checked against the interpreter's result (its type,
** not only its tag) before the next instruction: a wrong one aborts. What
** NumPy would warn about (int overflow, division by zero, float32 overflow)
** exits to the interpreter instead. */

/* The dtype an operand has in NumPy's promotion (Python bool/int/float as
** bool/int64/float64), or -1. */
static int np_opnd_dt(Opnd o) {
  if (o.np >= 0) return o.np;
  switch (o.v.tag) {
  case V_BOOL: return DT_BOOL;
  case V_INT: return DT_INT64;
  case V_FLOAT: return DT_FLOAT64;
  default: return -1;
  }
}

/* The operand's live value as a plain Python number. */
static Value np_py(Recorder *r, Opnd o) { return o.np >= 0 ? np_scalar_number(r->vm, o.v) : o.v; }

/* The live payload of an integer or bool operand as the IR holds it (a
** uint64 as its bits: np_py would make a big int of one beyond 2**63). */
static int64_t np_live_i64(Recorder *r, Opnd o) {
  if (o.np == DT_UINT64) return as_npscalar(o.v)->v.i;
  return np_py(r, o).as.i;
}

static double np_live_f64(Recorder *r, Opnd o) {
  if (o.np == DT_UINT64) return (double)as_npscalar(o.v)->v.u;
  Value v = np_py(r, o);
  return v.tag == V_FLOAT ? v.as.f : (double)v.as.i;
}

/* The operand as F64 / I64 (C conversions, as the interpreter's; a uint64
** payload converts as unsigned). */
static IRRef np_f64(Recorder *r, Opnd o) {
  IRType t = ir_typeof(r->ir, o.ref);
  if (t == IRT_F64) return o.ref;
  if (t == IRT_BOOL) o.ref = fold_emit(r, IR_CONV, IRT_I64, o.ref, REF_NONE, 0);
  if (o.np == DT_UINT64) o.ref = fold_emit(r, IR_CONV, IRT_U64, o.ref, REF_NONE, 0);
  return fold_emit(r, IR_CONV, IRT_F64, o.ref, REF_NONE, 0);
}

static IRRef np_i64(Recorder *r, Opnd o) {
  IRType t = ir_typeof(r->ir, o.ref);
  if (t == IRT_BOOL) return fold_emit(r, IR_CONV, IRT_I64, o.ref, REF_NONE, 0);
  if (t != IRT_I64) rec_abort(r, TA_UNEXPECTED, "NumPy integer");
  return o.ref;
}

static bool np_fast_dt(int dt) { return dt == DT_BOOL || dt == DT_INT64 || dt == DT_FLOAT64; }

/* The two operands' dtypes, for arithmetic the trace can do. */
static void np_operands(Recorder *r, Opnd b, Opnd c, int *x, int *y) {
  *x = np_opnd_dt(b);
  *y = np_opnd_dt(c);
  if (*x < 0 || *y < 0 || dt_is_complex((DType)*x) || dt_is_complex((DType)*y))
    rec_abort(r, TA_NYI_TYPE, "NumPy scalar operands");
}

/* Guards lo <= v <= hi for an integer result of a dtype narrower than int64
** (NumPy would wrap with a warning: the interpreter decides). */
static void np_guard_int_range(Recorder *r, IRRef v, int64_t live, DType dt) {
  int bits = 8 * dt_size(dt);
  if (bits >= 64) return;
  int64_t lo = dt_is_signed(dt) ? -((int64_t)1 << (bits - 1)) : 0;
  int64_t hi = dt_is_signed(dt) ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
  if (live < lo || live > hi) rec_abort(r, TA_NYI_TYPE, "NumPy integer overflow");
  fold_guard(r, fold2(r, IR_ULT, fold2(r, IR_SUB, v, kint(r, lo)), kint(r, hi - lo + 1)), true);
}

/* Guards that a uint64 operand is below 2**63, where its payload is the
** same number as an int64 (for the signed DIVI/MODI). */
static void np_guard_u63(Recorder *r, Opnd o) {
  if (o.np != DT_UINT64) return;
  if (np_live_i64(r, o) < 0) rec_abort(r, TA_NYI_TYPE, "uint64 beyond 2**63");
  fold_guard(r, fold2(r, IR_GE, o.ref, kint(r, 0)), true);
}

/* Does x ** y (0 <= y <= 64) fit an int64? */
static bool int_pow_fits(int64_t x, int64_t y) {
  int64_t acc = 1;
  for (int64_t i = 0; i < y; i++)
    if (__builtin_mul_overflow(acc, x, &acc)) return false;
  return true;
}

/* Python's int x ** y for a constant y >= 0, by squaring: overflow guards
** (the interpreter goes on in big ints); an intermediate power overflows
** only where the result would (|base**(2**k)| <= |x**y| for 2**k <= y). */
static IRRef int_pow_const(Recorder *r, IRRef x, int64_t y) {
  IRRef acc = REF_NONE, base = x;
  for (; y; y >>= 1) {
    if (y & 1) acc = acc == REF_NONE ? base : fold2(r, IR_MULOV, acc, base);
    if (y > 1) base = fold2(r, IR_MULOV, base, base);
  }
  return acc == REF_NONE ? kint(r, 1) : acc;
}

/* The integer power loop of runtime/ufunc.c (DEF_IPOW): square and multiply
** in uint64, wrapping; the recorder has excluded negative exponents. A
** dtype narrower than 64 bits keeps the low bits of the same product. */
static int64_t rec_np_ipow(int64_t a, int64_t b) {
  if (b == 0 || a == 1) return 1;
  uint64_t base = (uint64_t)a, out = (b & 1) ? base : 1;
  for (uint64_t e = (uint64_t)b >> 1; e > 0; e >>= 1) {
    base *= base;
    if (e & 1) out *= base;
  }
  return (int64_t)out;
}

/* float32 ** float32 is powf, which is not pow rounded to float: the
** operands and the result travel as the doubles that hold them exactly. */
static double rec_np_powf(double a, double b) { return (double)powf((float)a, (float)b); }

static const IRCallTarget rec_ct_ipow = {
    "rec_np_ipow", (void *)rec_np_ipow, IRT_I64, 2, {IRT_I64, IRT_I64, 0, 0}, true, false, false};
static const IRCallTarget rec_ct_powf = {
    "rec_np_powf", (void *)rec_np_powf, IRT_F64, 2, {IRT_F64, IRT_F64, 0, 0}, true, false, false};
static const IRCallTarget rec_ct_floordivf = {
    "uf_floordiv_f32", (void *)uf_floordiv_f32, IRT_F64, 2, {IRT_F64, IRT_F64, 0, 0}, true, false, false};
static const IRCallTarget rec_ct_remainderf = {
    "uf_remainder_f32", (void *)uf_remainder_f32, IRT_F64, 2, {IRT_F64, IRT_F64, 0, 0}, true, false, false};

/* v wrapped to the width of integer dtype dt (a C cast, as the ufunc
** loop's store of its uint64 product is). */
static IRRef np_wrap_int(Recorder *r, IRRef v, DType dt) {
  IRType st = ir_np_storage(dt);
  if (st == IRT_I64 || st == IRT_U64) return v;
  return fold_emit(r, IR_CONV, IRT_I64, fold_emit(r, IR_CONV, st, v, REF_NONE, 0), REF_NONE, 0);
}

/* An integer result: + - * check overflow (int64 and narrower exit where
** NumPy would wrap and warn; uint64 wraps, as the ufunc loop the
** interpreter runs does), // and % floor with the divisor's sign (a zero
** divisor exits: NumPy gives 0 and warns), ** is the ufunc loop's
** wrapping product (a negative exponent exits: the interpreter raises). */
static IRRef np_int_arith(Recorder *r, BinOp op, DType rt, Opnd b, Opnd c) {
  IRRef u = np_i64(r, b), v = np_i64(r, c);
  int64_t p = np_live_i64(r, b), q = np_live_i64(r, c), t;
  switch (op) {
  case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: {
    IROp wrap = op == BINOP_ADD ? IR_ADD : op == BINOP_SUB ? IR_SUB : IR_MUL;
    if (rt == DT_UINT64) return fold2(r, wrap, u, v);
    bool ov = op == BINOP_ADD ? __builtin_add_overflow(p, q, &t)
            : op == BINOP_SUB ? __builtin_sub_overflow(p, q, &t)
                              : __builtin_mul_overflow(p, q, &t);
    if (ov) rec_abort(r, TA_NYI_TYPE, "NumPy integer overflow");
    IRRef res = fold2(r, op == BINOP_ADD ? IR_ADDOV : op == BINOP_SUB ? IR_SUBOV : IR_MULOV, u, v);
    np_guard_int_range(r, res, t, rt);
    return res;
  }
  case BINOP_FLOORDIV: case BINOP_MOD: {
    np_guard_u63(r, b);
    np_guard_u63(r, c);
    if (q == 0 || (p == INT64_MIN && q == -1)) rec_abort(r, TA_NYI_TYPE, "NumPy integer division");
    bool fl = op == BINOP_FLOORDIV;
    IRRef res = fold2(r, fl ? IR_DIVI : IR_MODI, u, v);
    t = fl ? p / q - (p % q != 0 && (p < 0) != (q < 0)) : p % q;
    if (!fl && t != 0 && (t < 0) != (q < 0)) t += q;
    np_guard_int_range(r, res, t, rt);
    return res;
  }
  case BINOP_POW: {
    if (c.np != DT_UINT64 && q < 0) rec_abort(r, TA_NYI_TYPE, "integer to a negative power");
    if (c.np != DT_UINT64 && c.np != DT_BOOL && c.v.tag != V_BOOL)
      fold_guard(r, fold2(r, IR_GE, v, kint(r, 0)), true);
    IRRef args[2] = {u, v};
    return np_wrap_int(r, fold_call_target(r, &rec_ct_ipow, 2, args), rt);
  }
  default:
    rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
  }
}

/* A float result (float64, int / int, float32), as the interpreter's
** float64 fast path or the ufunc loop computes it: one double operation
** (float32 operands are exact in double, and one double + - * / rounded to
** float is the float operation: 53 >= 2*24 + 2); // and % are npy_divmod,
** which is CPython's float divmod for a nonzero divisor (float32: the
** ufunc loop's own, in float); ** is C pow (powf for float32). What NumPy would warn about exits: a zero divisor,
** float32 overflow of + - * /. */
static IRRef np_float_arith(Recorder *r, BinOp op, DType rt, Opnd b, Opnd c) {
  if (rt != DT_FLOAT64 && rt != DT_FLOAT32) rec_abort(r, TA_NYI_TYPE, "NumPy result type");
  IRRef args[2] = {np_f64(r, b), np_f64(r, c)};
  double p = np_live_f64(r, b), q = np_live_f64(r, c);
  if (op == BINOP_POW) {
    if (rt == DT_FLOAT32) return fold_call_target(r, &rec_ct_powf, 2, args);
    if (args[1] == knum(r, 2.0)) return fold_call(r, IRCALL_ir_pow2, 1, args); /* constants are interned */
    return fold_call(r, IRCALL_pow, 2, args);
  }
  if (op == BINOP_TRUEDIV || op == BINOP_FLOORDIV || op == BINOP_MOD) {
    if (q == 0.0) rec_abort(r, TA_NYI_TYPE, "division by zero");
    fold_guard(r, fold2(r, IR_NE, args[1], knum(r, 0.0)), true);
    if (op != BINOP_TRUEDIV && rt == DT_FLOAT32) /* the loop's own float arithmetic */
      return fold_call_target(r, op == BINOP_FLOORDIV ? &rec_ct_floordivf : &rec_ct_remainderf, 2, args);
    if (op != BINOP_TRUEDIV)
      return fold_call(r, op == BINOP_FLOORDIV ? IRCALL_ir_py_floordiv : IRCALL_ir_py_mod, 2, args);
  } else if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL) {
    rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
  }
  IROp fop = op == BINOP_ADD ? IR_ADD : op == BINOP_SUB ? IR_SUB : op == BINOP_MUL ? IR_MUL : IR_DIV;
  IRRef res = fold2(r, fop, args[0], args[1]);
  if (rt == DT_FLOAT32) {
    double live = op == BINOP_ADD ? p + q : op == BINOP_SUB ? p - q : op == BINOP_MUL ? p * q : p / q;
    if (!(fabs((double)(float)live) < INFINITY)) rec_abort(r, TA_NYI_TYPE, "float32 overflow");
    res = fold_emit(r, IR_CONV, IRT_F64, fold_emit(r, IR_CONV, IRT_F32, res, REF_NONE, 0), REF_NONE, 0);
    fold_guard(r, fold2(r, IR_LT, fold1(r, IR_ABS, res), knum(r, INFINITY)), true);
  }
  return res;
}

static void rec_np_arith(Recorder *r, BinOp op, uint32_t dst, Opnd b, Opnd c) {
  int x, y;
  np_operands(r, b, c, &x, &y);
  DType rt = dt_promote((DType)x, (DType)y);
  bool fast = np_fast_dt(x) && np_fast_dt(y);
  bool bit = op == BINOP_AND || op == BINOP_OR || op == BINOP_XOR;
  IRRef res;
  if (bit) {
    /* the interpreter's fast path only: bool and int64 */
    if (!fast || dt_is_float(rt)) rec_abort(r, TA_NYI_TYPE, "NumPy bit operation");
    if (rt == DT_BOOL) {
      res = op == BINOP_AND ? fold2(r, IR_BAND, b.ref, c.ref)
          : op == BINOP_OR  ? fold2(r, IR_BOR, b.ref, c.ref)
                            : fold2(r, IR_NE, b.ref, c.ref);
    } else {
      res = fold2(r, op == BINOP_AND ? IR_BAND : op == BINOP_OR ? IR_BOR : IR_BXOR, np_i64(r, b), np_i64(r, c));
    }
  } else if (rt == DT_BOOL) {
    /* bool + bool is logical, bool // bool int8, ...: the ufunc engine's */
    rec_abort(r, TA_NYI_TYPE, "NumPy bool arithmetic");
  } else if (dt_is_int(rt) && op != BINOP_TRUEDIV) {
    res = np_int_arith(r, op, rt, b, c);
  } else {
    res = np_float_arith(r, op, dt_is_int(rt) ? DT_FLOAT64 : rt, b, c);
  }
  wr_np(r, dst, res, rt == DT_BOOL || dt_is_float(rt) || op != BINOP_TRUEDIV ? rt : DT_FLOAT64);
}

/* A comparison with a NumPy scalar: in double when either side is a float
** or a uint64 meets a signed integer (their common type is float64), as
** unsigned when a uint64 meets an unsigned one, else in int64 (the
** interpreter's scalar_richcmp or the ufunc engine's loop of the promoted
** type). */
static IRRef rec_np_compare(Recorder *r, CmpOp op, Opnd b, Opnd c, bool *outcome) {
  static const IROp irop[CMP__COUNT] = {IR_LT, IR_LE, IR_EQ, IR_NE, IR_GT, IR_GE};
  int x, y;
  np_operands(r, b, c, &x, &y);
  DType ct = dt_promote((DType)x, (DType)y);
  if (dt_is_float(ct)) {
    double p = np_live_f64(r, b), q = np_live_f64(r, c);
    if (p != p || q != q) *outcome = op == CMP_NE;
    else *outcome = cmp_live(op, p < q ? -1 : p > q);
    return fold2(r, irop[op], np_f64(r, b), np_f64(r, c));
  }
  int64_t p = np_live_i64(r, b), q = np_live_i64(r, c);
  IRRef u = np_i64(r, b), v = np_i64(r, c);
  if (ct == DT_UINT64) {
    /* unsigned order is the signed order of the values with the top bit flipped */
    p ^= INT64_MIN, q ^= INT64_MIN;
    u = fold2(r, IR_BXOR, u, kint(r, INT64_MIN));
    v = fold2(r, IR_BXOR, v, kint(r, INT64_MIN));
  }
  *outcome = cmp_live(op, p < q ? -1 : p > q);
  return fold2(r, irop[op], u, v);
}

/* A NumPy scalar operand of a Python built-in that converts it to the equal
** Python number first (math.*, float(), int()). */
static Opnd np_as_py(Recorder *r, Opnd o) {
  if (o.np < 0) return o;
  if (o.np == DT_UINT64) rec_abort(r, TA_NYI_TYPE, "uint64 scalar");
  o.v = np_scalar_number(r->vm, o.v);
  o.np = -1;
  return o;
}

/* ---- complex numbers -------------------------------------------------------
** A Python complex is kept as a pair of F64 values (Recorder.slot/slot_im,
** Opnd.ref/im) and boxed back by SNAP_COMPLEX. The arithmetic is num.c's
** complex_binop: a real operand becomes (x, 0.0) and takes part in the
** whole formula (the 0.0 terms matter for -0.0, infinities and NaN, and
** opt_fold folds no float identity). */

static bool is_num(Value v);
static Opnd unbool(Recorder *r, Opnd o);
static IRRef to_f64(Recorder *r, Opnd o);

static Opnd cx_of(Recorder *r, Opnd o) {
  if (o.cx) return o;
  if (o.np >= 0 || !is_num(o.v)) rec_abort(r, TA_NYI_TYPE, "complex operand");
  o = unbool(r, o);
  o.ref = to_f64(r, o);
  o.im = knum(r, 0.0);
  o.cx = true;
  return o;
}

static void rec_cx_arith(Recorder *r, BinOp op, uint32_t dst, Opnd b, Opnd c) {
  if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL) rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
  b = cx_of(r, b);
  c = cx_of(r, c);
  IRRef re, im;
  if (op == BINOP_MUL) { /* c_prod */
    re = fold2(r, IR_SUB, fold2(r, IR_MUL, b.ref, c.ref), fold2(r, IR_MUL, b.im, c.im));
    im = fold2(r, IR_ADD, fold2(r, IR_MUL, b.ref, c.im), fold2(r, IR_MUL, b.im, c.ref));
  } else {
    IROp o = op == BINOP_ADD ? IR_ADD : IR_SUB;
    re = fold2(r, o, b.ref, c.ref);
    im = fold2(r, o, b.im, c.im);
  }
  wr_cx(r, dst, re, im);
}

/* z.real, z.imag */
static void rec_cx_attr(Recorder *r, uint32_t dst, uint32_t src, Str *name) {
  Opnd z = opnd_reg(r, src);
  if (!z.cx) rec_abort(r, TA_UNEXPECTED, "complex");
  if (!strcmp(name->data, "real")) wr(r, dst, z.ref);
  else if (!strcmp(name->data, "imag")) wr(r, dst, z.im);
  else rec_abort(r, TA_NYI_TYPE, "complex attribute");
}

/* ---- arithmetic --------------------------------------------------------- */

static void rec_arith(Recorder *r, OpCode opc, uint32_t dst, Opnd b, Opnd c) {
  bool inplace = opc >= OP_IADD && opc <= OP_IAND;
  BinOp op = (BinOp)(inplace ? opc - OP_IADD : opc - OP_ADD);
  if (b.np >= 0 || c.np >= 0) {
    rec_np_arith(r, op, dst, b, c);
    return;
  }
  if (b.cx || c.cx) {
    rec_cx_arith(r, op, dst, b, c);
    return;
  }
  if (!is_num(b.v) || !is_num(c.v)) rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
  bool bitwise = op == BINOP_AND || op == BINOP_OR || op == BINOP_XOR;
  if (bitwise && (b.v.tag == V_BOOL || c.v.tag == V_BOOL)) rec_abort(r, TA_NYI_TYPE, "bool bit op");
  b = unbool(r, b);
  c = unbool(r, c);
  IRRef res;
  if (b.v.tag == V_INT && c.v.tag == V_INT) {
    int64_t x = b.v.as.i, y = c.v.as.i, tmp;
    switch (op) {
    case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: {
      bool ov = op == BINOP_ADD ? __builtin_add_overflow(x, y, &tmp)
              : op == BINOP_SUB ? __builtin_sub_overflow(x, y, &tmp)
                                : __builtin_mul_overflow(x, y, &tmp);
      if (ov) rec_abort(r, TA_NYI_TYPE, "int overflow");
      res = fold2(r, op == BINOP_ADD ? IR_ADDOV : op == BINOP_SUB ? IR_SUBOV : IR_MULOV, b.ref, c.ref);
      break;
    }
    case BINOP_TRUEDIV:
      if (y == 0) rec_abort(r, TA_NYI_TYPE, "division by zero");
      guard_exact53(r, b);
      guard_exact53(r, c);
      fold_guard(r, fold2(r, IR_NE, c.ref, kint(r, 0)), true);
      res = fold2(r, IR_DIV, to_f64(r, b), to_f64(r, c));
      break;
    case BINOP_FLOORDIV: case BINOP_MOD:
      if (y == 0 || (x == INT64_MIN && y == -1)) rec_abort(r, TA_NYI_TYPE, "int division");
      res = fold2(r, op == BINOP_FLOORDIV ? IR_DIVI : IR_MODI, b.ref, c.ref);
      break;
    case BINOP_POW:
      /* a constant exponent (a varying one would exit on every change) */
      if (y < 0 || y > 64 || !int_pow_fits(x, y) || (!ir_isconst(c.ref) && y != 2)) rec_abort(r, TA_NYI_TYPE, "int ** int");
      fold_guard(r, fold2(r, IR_EQ, c.ref, kint(r, y)), true);
      res = int_pow_const(r, b.ref, y);
      break;
    case BINOP_LSHIFT:
      if (y < 0 || y >= 63 || ((int64_t)((uint64_t)x << y) >> y) != x) rec_abort(r, TA_NYI_TYPE, "<<");
      fold_guard(r, fold2(r, IR_ULT, c.ref, kint(r, 63)), true);
      res = fold2(r, IR_SHL, b.ref, c.ref);
      break;
    case BINOP_RSHIFT:
      if (y < 0 || y >= 63) rec_abort(r, TA_NYI_TYPE, ">>");
      fold_guard(r, fold2(r, IR_ULT, c.ref, kint(r, 63)), true);
      res = fold2(r, IR_SHR, b.ref, c.ref);
      break;
    case BINOP_AND: res = fold2(r, IR_BAND, b.ref, c.ref); break;
    case BINOP_OR: res = fold2(r, IR_BOR, b.ref, c.ref); break;
    case BINOP_XOR: res = fold2(r, IR_BXOR, b.ref, c.ref); break;
    default: rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
    }
  } else {
    /* at least one float */
    switch (op) {
    case BINOP_ADD: res = fold2(r, IR_ADD, to_f64(r, b), to_f64(r, c)); break;
    case BINOP_SUB: res = fold2(r, IR_SUB, to_f64(r, b), to_f64(r, c)); break;
    case BINOP_MUL: res = fold2(r, IR_MUL, to_f64(r, b), to_f64(r, c)); break;
    case BINOP_TRUEDIV:
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
      if (c.v.tag == V_INT) {
        if (c.v.as.i == 0) rec_abort(r, TA_NYI_TYPE, "division by zero");
        fold_guard(r, fold2(r, IR_NE, c.ref, kint(r, 0)), true);
      } else {
        if (c.v.as.f == 0.0) rec_abort(r, TA_NYI_TYPE, "division by zero");
        fold_guard(r, fold2(r, IR_NE, c.ref, knum(r, 0.0)), true);
      }
      IRRef args[2] = {to_f64(r, b), to_f64(r, c)};
      if (op == BINOP_TRUEDIV) res = fold2(r, IR_DIV, args[0], args[1]);
      else res = fold_call(r, op == BINOP_FLOORDIV ? IRCALL_ir_py_floordiv : IRCALL_ir_py_mod, 2, args);
      break;
    }
    case BINOP_POW: {
      if (b.v.tag == V_FLOAT && c.v.tag == V_INT && c.v.as.i == 2) {
        /* float_pow(x, 2): pow(x, 2.0) (ir_pow2); a zero stays zero, an
        ** overflow or a subnormal square exits (OverflowError or not is the
        ** interpreter's call) */
        fold_guard(r, fold2(r, IR_EQ, c.ref, kint(r, 2)), true);
        if (b.v.as.f == 0.0) {
          fold_guard(r, fold2(r, IR_EQ, b.ref, knum(r, 0.0)), true);
          res = knum(r, 0.0);
          break;
        }
        double sq = num_pow2(b.v.as.f);
        if (!(fabs(sq) >= 0x1p-1022 && fabs(sq) < INFINITY)) rec_abort(r, TA_NYI_TYPE, "float ** 2 out of range");
        res = fold_call(r, IRCALL_ir_pow2, 1, &b.ref);
        IRRef ares = fold1(r, IR_ABS, res);
        fold_guard(r, fold2(r, IR_GE, ares, knum(r, 0x1p-1022)), true);
        fold_guard(r, fold2(r, IR_LT, ares, knum(r, INFINITY)), true);
        break;
      }
      /* float_pow's plain case: 0 < x < inf, y finite and not 0, a normal
      ** finite result; anything else exits to the interpreter */
      double x = b.v.tag == V_FLOAT ? b.v.as.f : (double)b.v.as.i;
      double y = c.v.tag == V_FLOAT ? c.v.as.f : (double)c.v.as.i;
      double p = pow(x, y);
      if (!(x > 0 && x < INFINITY && fabs(y) < INFINITY && y != 0 && fabs(p) >= 0x1p-1022 &&
            fabs(p) < INFINITY))
        rec_abort(r, TA_NYI_TYPE, "float ** special case");
      if (b.v.tag == V_INT) guard_exact53(r, b);
      if (c.v.tag == V_INT) guard_exact53(r, c);
      IRRef args[2] = {to_f64(r, b), to_f64(r, c)};
      fold_guard(r, fold2(r, IR_GT, args[0], knum(r, 0.0)), true);
      fold_guard(r, fold2(r, IR_LT, args[0], knum(r, INFINITY)), true);
      fold_guard(r, fold2(r, IR_LT, fold1(r, IR_ABS, args[1]), knum(r, INFINITY)), true);
      fold_guard(r, fold2(r, IR_NE, args[1], knum(r, 0.0)), true);
      res = fold_call(r, IRCALL_pow, 2, args);
      IRRef ares = fold1(r, IR_ABS, res);
      fold_guard(r, fold2(r, IR_GE, ares, knum(r, 0x1p-1022)), true);
      fold_guard(r, fold2(r, IR_LT, ares, knum(r, INFINITY)), true);
      break;
    }
    default: rec_abort(r, TA_NYI_TYPE, binop_symbol[op]);
    }
  }
  wr(r, dst, res);
}

/* ---- comparisons and truth ---------------------------------------------- */

static bool cmp_live(CmpOp op, int c) {
  switch (op) {
  case CMP_LT: return c < 0;
  case CMP_LE: return c <= 0;
  case CMP_EQ: return c == 0;
  case CMP_NE: return c != 0;
  case CMP_GT: return c > 0;
  default: return c >= 0;
  }
}

/* Emits the comparison; *outcome gets its value now. */
/* p OP q with p or q the hypot of abs(z) (mandelbrot's `abs(z) > 2.0`):
** num_hypot_cmp, which rarely calls hypot, and the hypot itself, now read
** only by snapshots, is computed at the exits that need it (cgen.c).
** REF_NONE if not that form. */
static IRRef hypot_cmp(Recorder *r, CmpOp op, IRRef p, IRRef q) {
  static const IRCallId ids[] = {[CMP_LT] = IRCALL_ir_hypot_lt, [CMP_LE] = IRCALL_ir_hypot_le,
                                 [CMP_GT] = IRCALL_ir_hypot_gt, [CMP_GE] = IRCALL_ir_hypot_ge};
  static const CmpOp swapped[] = {[CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE, [CMP_GT] = CMP_LT, [CMP_GE] = CMP_LE};
  if (op != CMP_LT && op != CMP_LE && op != CMP_GT && op != CMP_GE) return REF_NONE;
  const IRCallTarget *hyp = ir_call_builtin(IRCALL_hypot);
  for (int side = 0; side < 2; side++) {
    IRRef h = side ? q : p, k = side ? p : q;
    const IRIns *ins = h >= REF_BIAS ? ir_at(r->ir, h) : NULL;
    if (!ins || ins->op != IR_CALL || r->ir->calls[ins->lit] != hyp) continue;
    IRRef args[4];
    if (ir_call_args(r->ir, ins->a, args) != 2) continue;
    args[2] = k;
    return fold_call(r, ids[side ? swapped[op] : op], 3, args);
  }
  return REF_NONE;
}

/* Two strs compare by code point (str_cmp): a pure call, -1, 0 or 1. */
static int64_t rec_str_cmp(void *a, void *b) {
  int c = str_cmp(a, b);
  return (c > 0) - (c < 0);
}
static const IRCallTarget rec_ct_str_cmp = {"rec_str_cmp", (void *)rec_str_cmp, IRT_I64, 2, {IRT_PTR, IRT_PTR, 0, 0}, true, false, false};

static IRRef rec_str_compare(Recorder *r, CmpOp op, Opnd b, Opnd c, bool *outcome) {
  static const IROp irop[CMP__COUNT] = {IR_LT, IR_LE, IR_EQ, IR_NE, IR_GT, IR_GE};
  if (!ir_isconst(b.ref)) guard_type(r, b.ref, &TYPE_STR);
  if (!ir_isconst(c.ref)) guard_type(r, c.ref, &TYPE_STR);
  int live = str_cmp(as_str(b.v), as_str(c.v));
  *outcome = cmp_live(op, (live > 0) - (live < 0));
  IRRef args[2] = {b.ref, c.ref};
  return fold2(r, irop[op], fold_call_target(r, &rec_ct_str_cmp, 2, args), kint(r, 0));
}

static IRRef rec_compare(Recorder *r, CmpOp op, Opnd b, Opnd c, bool *outcome) {
  static const IROp irop[CMP__COUNT] = {IR_LT, IR_LE, IR_EQ, IR_NE, IR_GT, IR_GE};
  if (b.np >= 0 || c.np >= 0) return rec_np_compare(r, op, b, c, outcome);
  if (is_str(b.v) && is_str(c.v)) return rec_str_compare(r, op, b, c, outcome);
  if (!is_num(b.v) || !is_num(c.v)) rec_abort(r, TA_NYI_TYPE, cmpop_symbol[op]);
  if (b.v.tag == V_BOOL && c.v.tag == V_BOOL && (op == CMP_EQ || op == CMP_NE)) {
    *outcome = (b.v.as.i == c.v.as.i) == (op == CMP_EQ);
    return fold2(r, irop[op], b.ref, c.ref);
  }
  b = unbool(r, b);
  c = unbool(r, c);
  if (b.v.tag == V_INT && c.v.tag == V_INT) {
    int64_t x = b.v.as.i, y = c.v.as.i;
    *outcome = cmp_live(op, x < y ? -1 : x > y);
    return fold2(r, irop[op], b.ref, c.ref);
  }
  if (b.v.tag == V_INT) guard_exact53(r, b);
  if (c.v.tag == V_INT) guard_exact53(r, c);
  double x = b.v.tag == V_FLOAT ? b.v.as.f : (double)b.v.as.i;
  double y = c.v.tag == V_FLOAT ? c.v.as.f : (double)c.v.as.i;
  if (x != x || y != y) *outcome = op == CMP_NE;
  else *outcome = cmp_live(op, x < y ? -1 : x > y);
  IRRef p = to_f64(r, b), q = to_f64(r, c), h = hypot_cmp(r, op, p, q);
  return h != REF_NONE ? h : fold2(r, irop[op], p, q);
}

/* The truth of register s as a BOOL ref; *outcome gets its value now. */
static IRRef rec_truth(Recorder *r, uint32_t s, bool *outcome) {
  if (r->sflags[s] & SF_NONE) {
    *outcome = false;
    return ir_kbool(r->ir, false);
  }
  Value v = r->base[s];
  IRRef ref = rd(r, s);
  if (r->snp[s] == SNP_COMPLEX) {
    Complex *c = as_complex(v);
    *outcome = c->re != 0.0 || c->im != 0.0;
    return fold2(r, IR_BOR, fold2(r, IR_NE, ref, knum(r, 0.0)), fold2(r, IR_NE, r->slot_im[s], knum(r, 0.0)));
  }
  if (r->snp[s]) {
    /* a NumPy scalar: nonzero (NaN is true) */
    IRType t = ir_typeof(r->ir, ref);
    Value pv = np_scalar_number(r->vm, v);
    *outcome = pv.tag == V_FLOAT ? pv.as.f != 0.0 : pv.as.i != 0;
    if (t == IRT_BOOL) return ref;
    return fold2(r, IR_NE, ref, t == IRT_F64 ? knum(r, 0.0) : kint(r, 0));
  }
  switch (v.tag) {
  case V_BOOL: *outcome = v.as.i != 0; return ref;
  case V_INT: *outcome = v.as.i != 0; return fold2(r, IR_NE, ref, kint(r, 0));
  case V_FLOAT: *outcome = v.as.f != 0.0; return fold2(r, IR_NE, ref, knum(r, 0.0));
  case V_OBJ:
    if (is_list(v) || is_tuple(v)) {
      bool l = is_list(v);
      guard_type(r, ref, l ? &TYPE_LIST : &TYPE_TUPLE);
      IRRef n = fold_emit(r, IR_FLOAD, IRT_I64, ref, REF_NONE,
                          l ? (uint32_t)offsetof(List, n) : (uint32_t)offsetof(Tuple, n));
      *outcome = (l ? as_list(v)->n : as_tuple(v)->n) != 0;
      return fold2(r, IR_NE, n, kint(r, 0));
    }
    break;
  default:
    break;
  }
  rec_abort(r, TA_NYI_TYPE, "truth of this type");
}

/* ---- sequences ---------------------------------------------------------- */

/* Address (PTR, as an AREF of u8) of item `idx` of list/tuple `seq`, after
** the type and bounds guards (Python's negative indexes included). */
static IRRef item_addr(Recorder *r, IRRef seq, Value live, Opnd idx) {
  bool l = is_list(live);
  if (!l && !is_tuple(live)) rec_abort(r, TA_NYI_TYPE, "subscript of this type");
  if (idx.v.tag != V_INT) rec_abort(r, TA_NYI_TYPE, "non-int index");
  guard_type(r, seq, l ? &TYPE_LIST : &TYPE_TUPLE);
  IRRef n = fold_emit(r, IR_FLOAD, IRT_I64, seq, REF_NONE,
                      l ? (uint32_t)offsetof(List, n) : (uint32_t)offsetof(Tuple, n));
  int64_t len = l ? as_list(live)->n : as_tuple(live)->n, i = idx.v.as.i;
  IRRef ix = idx.ref;
  if (i < 0) {
    fold_guard(r, fold2(r, IR_LT, ix, kint(r, 0)), true);
    ix = fold2(r, IR_ADD, ix, n);
    i += len;
  }
  if (i < 0 || i >= len) rec_abort(r, TA_NYI_TYPE, "index out of range");
  fold_emit(r, IR_BOUNDS, IRT_VOID, ix, n, 0);
  IRRef bytes = fold2(r, IR_MUL, ix, kint(r, (int64_t)sizeof(Value)));
  if (l) {
    IRRef items = fold_emit(r, IR_FLOAD, IRT_PTR, seq, REF_NONE, (uint32_t)offsetof(List, items));
    return fold_emit(r, IR_AREF, IRT_PTR, items, bytes, IRT_U8);
  }
  bytes = fold2(r, IR_ADD, bytes, kint(r, (int64_t)offsetof(Tuple, items)));
  return fold_emit(r, IR_AREF, IRT_PTR, seq, bytes, IRT_U8);
}

static Value item_live(Value seq, int64_t i) {
  if (is_list(seq)) {
    List *l = as_list(seq);
    return l->items[i < 0 ? i + l->n : i];
  }
  Tuple *t = as_tuple(seq);
  return t->items[i < 0 ? i + t->n : i];
}

/* UNPACK of a tuple or list of exactly n items into R[a..a+n) (`for k, v in
** pairs`, `x, y = p`): type and length guards, then each item as a list
** item load. Another length is the interpreter's ValueError: not traced. */
static void rec_unpack_ref(Recorder *r, uint32_t a, IRRef ref, Value seq, uint32_t n) {
  bool l = is_list(seq);
  if (!l && !is_tuple(seq)) rec_abort(r, TA_NYI_TYPE, "unpacking this type");
  if ((l ? as_list(seq)->n : as_tuple(seq)->n) != (int64_t)n) rec_abort(r, TA_NYI_TYPE, "unpacking (wrong count)");
  guard_type(r, ref, l ? &TYPE_LIST : &TYPE_TUPLE);
  IRRef len = fold_emit(r, IR_FLOAD, IRT_I64, ref, REF_NONE,
                        l ? (uint32_t)offsetof(List, n) : (uint32_t)offsetof(Tuple, n));
  fold_guard(r, fold2(r, IR_EQ, len, kint(r, n)), true);
  IRRef items = l ? fold_emit(r, IR_FLOAD, IRT_PTR, ref, REF_NONE, (uint32_t)offsetof(List, items)) : ref;
  int64_t off = l ? 0 : (int64_t)offsetof(Tuple, items);
  /* ref holds the sequence whatever the writes do to R[sb] */
  for (uint32_t k = 0; k < n; k++) {
    IRRef addr = fold_emit(r, IR_AREF, IRT_PTR, items, kint(r, off + (int64_t)k * (int64_t)sizeof(Value)), IRT_U8);
    load_value(r, addr, item_live(seq, (int64_t)k), false, a + k);
  }
  r->check_slot = -1; /* several registers: their kinds were checked here */
}

static bool vt_take(Recorder *r, uint32_t s, bool shape);

/* UNPACK of register sb: a virtual tuple's items (divmod's), or the
** sequence's. */
static void rec_unpack(Recorder *r, uint32_t a, uint32_t sb, uint32_t n) {
  if (vt_take(r, sb, false)) {
    if (r->vt.n != n) rec_abort(r, TA_NYI_TYPE, "unpacking (wrong count)");
    for (uint32_t k = 0; k < n; k++)
      if (r->vt.elem[k] == REF_NONE || r->vt.np[k] >= 0 || is_complex(r->vt.live[k]))
        rec_abort(r, TA_NYI_TYPE, "unpacking a virtual tuple");
    for (uint32_t k = 0; k < n; k++) wr(r, a + k, r->vt.elem[k]);
    r->check_slot = -1;
    return;
  }
  rec_unpack_ref(r, a, rd(r, sb), r->base[sb], n);
}

static void rec_array_getitem(Recorder *r, uint32_t dst, uint32_t sb, uint32_t xc);
static void rec_array_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc);
static bool vt_take(Recorder *r, uint32_t s, bool shape);
static void rec_shape_item(Recorder *r, uint32_t dst, uint32_t xc);

/* Stores value v (not a NumPy scalar or complex) into the Value at addr
** (a list item, a dict entry's value): the tag, then the payload. */
static void store_item(Recorder *r, IRRef addr, IRRef v) {
  IRType t = ir_typeof(r->ir, v);
  IRType st = t == IRT_BOOL ? IRT_I64 : t;
  fold_emit(r, IR_ASTORE, IRT_VOID, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 0), IRT_I64), kint(r, tag_of_irt(t)), 0);
  fold_emit(r, IR_ASTORE, IRT_VOID, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 1), st), store_payload(r, v), 0);
  r->check_slot = -1;
}

/* ---- dicts with int or str keys ------------------------------------------
** d[k], d[k] = v (a key d has), k in d, d.get(k): the entry's value slot
** by a lookup call (impure: never CSE'd or hoisted, since a stitched store
** may move the entries), its outcome guarded where it decides the path (a
** KeyError, a new key: the interpreter's), the value then loaded or
** stored as a list item's. */
static Value *rec_dict_slot_int(void *vm, void *d, int64_t k) { return dict_slot_int(vm, d, k); }
static Value *rec_dict_slot_str(void *d, void *k) { return dict_slot_str(d, k); }
static const IRCallTarget rec_ct_dict_int = {
    "rec_dict_slot_int", (void *)rec_dict_slot_int, IRT_PTR, 3, {IRT_PTR, IRT_PTR, IRT_I64, 0}, false, true, false};
static const IRCallTarget rec_ct_dict_str = {
    "rec_dict_slot_str", (void *)rec_dict_slot_str, IRT_PTR, 2, {IRT_PTR, IRT_PTR, 0, 0}, false, true, false};

/* The value slot of key k in the dict of register sd now (NULL: absent)
** into *live; false for a key other than an int or a str. */
static bool dict_key_live(Recorder *r, uint32_t sd, Opnd k, Value **live) {
  Dict *d = as_dict(r->base[sd]);
  if (k.np >= 0 || (k.v.tag != V_INT && !is_str(k.v))) return false;
  *live = is_str(k.v) ? dict_slot_str(d, as_str(k.v)) : dict_slot_int(r->vm, d, k.v.as.i);
  return true;
}

/* The lookup call for such a key (its result: the slot, or NULL). */
static IRRef dict_lookup(Recorder *r, uint32_t sd, Opnd k) {
  IRRef dr = rd(r, sd);
  guard_type(r, dr, &TYPE_DICT);
  if (is_str(k.v)) {
    guard_type(r, k.ref, &TYPE_STR);
    IRRef args[2] = {dr, k.ref};
    return fold_call_target(r, &rec_ct_dict_str, 2, args);
  }
  IRRef args[3] = {kptr(r, r->vm), dr, k.ref};
  return fold_call_target(r, &rec_ct_dict_int, 3, args);
}

static bool rec_dict_getitem(Recorder *r, uint32_t dst, uint32_t sb, uint32_t xc) {
  Opnd k = opnd_rk(r, xc);
  Value *slot;
  if (!dict_key_live(r, sb, k, &slot) || !slot) return false; /* a KeyError: stitched */
  IRRef p = dict_lookup(r, sb, k);
  fold_guard(r, fold2(r, IR_EQ, p, kptr(r, NULL)), false);
  load_value(r, p, *slot, false, dst);
  return true;
}

/* d[k] = v for a key d lacks (building a dict, counting): dict_set_nothrow
** through a helper per key kind (int, str) and payload type, guarded to
** have stored (else the interpreter runs the instruction and raises
** MemoryError). It stores whether the key is there or not, so the trace
** does not branch on it. */
#define DSET_FN(kn, kt, km, vn, vt, vm_)                                                        \
  static bool rec_dict_set_##kn##vn(void *vm, void *d, kt k, vt v) { return dict_set_nothrow(vm, d, km(k), vm_(v)); }
#define DSET_KEY(kn, kt, km, kir)                                                             \
  DSET_FN(kn, kt, km, i, int64_t, v_int) DSET_FN(kn, kt, km, f, double, v_float)             \
  DSET_FN(kn, kt, km, b, bool, v_bool) DSET_FN(kn, kt, km, o, void *, v_obj)
#define DSET_KEYS(_) _(i, int64_t, v_int, IRT_I64) _(s, void *, v_obj, IRT_PTR)
DSET_KEYS(DSET_KEY)
#define DSET_CT(kn, kir, vn, vir)                                                            \
  {"rec_dict_set_" #kn #vn, (void *)rec_dict_set_##kn##vn, IRT_BOOL, 4, {IRT_PTR, IRT_PTR, kir, vir}, false, false, true},
#define DSET_CTK(kn, kt, km, kir)                                                            \
  DSET_CT(kn, kir, i, IRT_I64) DSET_CT(kn, kir, f, IRT_F64) DSET_CT(kn, kir, b, IRT_BOOL) DSET_CT(kn, kir, o, IRT_PTR)
/* by key kind (int, str), then payload (i64, f64, bool, ptr) */
static const IRCallTarget rec_ct_dict_set[] = {DSET_KEYS(DSET_CTK)};
#undef DSET_FN
#undef DSET_KEY
#undef DSET_KEYS
#undef DSET_CT
#undef DSET_CTK

static bool rec_dict_insert(Recorder *r, uint32_t sa, Opnd k, Opnd val) {
  Dict *d = as_dict(r->base[sa]);
  for (uint32_t i = 0; i < r->nsdict && i < sizeof r->sdict / sizeof r->sdict[0]; i++)
    if (r->sdict[i] == d) return false; /* a new global: the trace's global slots move */
  IRType t = ir_typeof(r->ir, val.ref);
  int kv = t == IRT_I64 ? 0 : t == IRT_F64 ? 1 : t == IRT_BOOL ? 2 : t == IRT_PTR ? 3 : -1;
  if (kv < 0) return false;
  IRRef dr = rd(r, sa);
  guard_type(r, dr, &TYPE_DICT);
  bool str = is_str(k.v);
  if (str) guard_type(r, k.ref, &TYPE_STR);
  IRRef args[4] = {kptr(r, r->vm), dr, k.ref, val.ref};
  fold_guard(r, fold_call_target(r, &rec_ct_dict_set[4 * str + kv], 4, args), true);
  r->check_slot = -1;
  return true;
}

/* d[k] = v: for a key d has, the value stored in its slot, guarded found
** (a new key then exits: the exit's side inserts it); for a key it lacks,
** rec_dict_insert. */
static bool rec_dict_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc) {
  Opnd k = opnd_rk(r, xb), val = opnd_rk(r, xc);
  Value *slot;
  if (val.np >= 0 || val.cx || !dict_key_live(r, sa, k, &slot)) return false;
  if (!slot) return rec_dict_insert(r, sa, k, val);
  IRRef p = dict_lookup(r, sa, k);
  fold_guard(r, fold2(r, IR_EQ, p, kptr(r, NULL)), false);
  store_item(r, p, val.ref);
  return true;
}

/* d.get(k[, default]) after rec_cmethod: the lookup, and the value or the
** default as the recording found it, guarded (the other case exits). */
static bool rec_dict_get(Recorder *r, uint32_t dst, uint32_t sd, uint32_t argv, uint32_t nargs) {
  Opnd k = opnd_reg(r, argv);
  Value *slot;
  if (nargs == 2 && (r->sflags[argv + 1] & (SF_NONE | SF_EMPTY))) return false;
  if (!dict_key_live(r, sd, k, &slot) || (nargs == 1 && !slot)) return false; /* None */
  IRRef p = dict_lookup(r, sd, k);
  fold_guard(r, fold2(r, IR_EQ, p, kptr(r, NULL)), slot == NULL);
  if (slot) load_value(r, p, *slot, false, dst);
  else wr_opnd(r, dst, opnd_reg(r, argv + 1));
  return true;
}

/* k in d, k not in d: whether the lookup found it. */
static bool rec_dict_in(Recorder *r, uint32_t dst, uint32_t xb, uint32_t xc, bool negate) {
  if ((xc & BC_KBIT) || !is_dict(r->base[xc])) return false;
  Opnd k = opnd_rk(r, xb);
  Value *slot;
  if (!dict_key_live(r, xc, k, &slot)) return false;
  wr(r, dst, fold2(r, negate ? IR_EQ : IR_NE, dict_lookup(r, xc, k), kptr(r, NULL)));
  return true;
}

/* `x in (1, 2.5, 3)`, `w in ("ab", "cd")`: a constant tuple of numbers and
** strs (the compiler folds such a tuple or list display, in_operand_rk) is
** the OR of x == each item of x's kind (a number never equals a str);
** these comparisons have no side effects, so none is skipped. A NaN item
** is the interpreter's: `in` tests identity first. */
static bool rec_tuple_in(Recorder *r, uint32_t dst, uint32_t xb, uint32_t xc, bool negate) {
  if (!(xc & BC_KBIT)) return false;
  Value cv = r->co->consts[xc & ~BC_KBIT];
  Value items[16];
  int64_t n = 0;
  if (is_tuple(cv)) {
    if (as_tuple(cv)->n > 16) return false;
    for (; n < as_tuple(cv)->n; n++) items[n] = as_tuple(cv)->items[n];
  } else if (cv.tag == V_OBJ && cv.as.o->type == &TYPE_FROZENSET) {
    /* a frozenset of numbers and strs (in_operand_rk): membership is
    ** equality with some item, as for a tuple */
    int64_t pos = 0;
    Value key;
    while (set_next((Set *)cv.as.o, &pos, &key)) {
      if (n == 16) return false;
      items[n++] = key;
    }
  } else {
    return false;
  }
  bool strs = false;
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i];
    strs |= is_str(v);
    if (!(is_num(v) || is_str(v)) || (v.tag == V_FLOAT && isnan(v.as.f))) return false;
  }
  Opnd x = opnd_rk(r, xb);
  if (x.np >= 0 && strs) return false; /* NumPy's own == with a str */
  bool xstr = x.np < 0 && is_str(x.v);
  if (!xstr && x.np < 0 && !is_num(x.v)) return false;
  if (xstr && !ir_isconst(x.ref)) guard_type(r, x.ref, &TYPE_STR); /* the items skipped rely on it */
  IRRef any = ir_kbool(r->ir, false);
  for (int64_t i = 0; i < n; i++) {
    bool eq;
    if (is_str(items[i]) != xstr) continue;
    Opnd k = {kvalue(r, items[i]), items[i], -1, false, REF_NONE};
    any = fold2(r, IR_BOR, any, rec_compare(r, CMP_EQ, x, k, &eq));
  }
  wr(r, dst, negate ? fold1(r, IR_NOT, any) : any);
  return true;
}

static void rec_getitem(Recorder *r, uint32_t dst, uint32_t sb, uint32_t xc) {
  Value seq = r->base[sb];
  if (seq.tag != V_OBJ) rec_abort(r, TA_NYI_TYPE, "subscript");
  if (is_dict(seq)) {
    if (!rec_dict_getitem(r, dst, sb, xc)) rec_abort(r, TA_NYI_TYPE, "dict subscript");
    return;
  }
  if (vt_take(r, sb, true)) {
    rec_shape_item(r, dst, xc);
    return;
  }
  if (is_array(seq)) {
    rec_array_getitem(r, dst, sb, xc);
    return;
  }
  Opnd idx = opnd_rk(r, xc);
  IRRef addr = item_addr(r, rd(r, sb), seq, idx);
  load_value(r, addr, item_live(seq, idx.v.as.i), false, dst);
}

static bool rec_dict_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc);

static void rec_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc) {
  Value seq = r->base[sa];
  if (is_array(seq)) {
    rec_array_setitem(r, sa, xb, xc);
    return;
  }
  if (is_dict(seq)) {
    if (!rec_dict_setitem(r, sa, xb, xc)) rec_abort(r, TA_NYI_TYPE, "dict item assignment");
    return;
  }
  if (!is_list(seq)) rec_abort(r, TA_NYI_TYPE, "item assignment");
  Opnd idx = opnd_rk(r, xb);
  Opnd val = opnd_rk(r, xc);
  if (val.np >= 0 || val.cx) rec_abort(r, TA_NYI_TYPE, "unboxed value stored in a list");
  store_item(r, item_addr(r, rd(r, sa), seq, idx), val.ref);
}

/* ---- NumPy arrays --------------------------------------------------------
** a[i], a[i, j], ... with one integer per dimension: guards on the type,
** dtype and ndim (hoisted out of the loop by opt_loop, like the loads of
** the data pointer, shape and strides: nothing a trace does can change an
** array's header), Python's negative indexes, a BOUNDS per index (an exit:
** the interpreter raises the IndexError) and a load or store of the
** element's own type. The last dimension is indexed in elements when its
** stride is the item size at record time (guarded), else in bytes. */

_Static_assert(sizeof(((NdArray *)0)->ndim) == 4 && sizeof(((NdArray *)0)->dtype) == 4 &&
               sizeof(((NdArray *)0)->flags) == 4, "NdArray fields loaded as i32");

static IRRef arr_field_i32(Recorder *r, IRRef aref, uint32_t off) {
  return fold_emit(r, IR_CONV, IRT_I64, fold_emit(r, IR_FLOAD, IRT_I32, aref, REF_NONE, off), REF_NONE, 0);
}

/* Guards that ref is an ndarray with a's dtype and ndim. */
static void guard_array(Recorder *r, IRRef aref, const NdArray *a) {
  guard_type(r, aref, &TYPE_NDARRAY);
  IRRef dt = arr_field_i32(r, aref, (uint32_t)offsetof(NdArray, dtype));
  fold_guard(r, fold2(r, IR_EQ, dt, kint(r, a->dtype)), true);
  IRRef nd = arr_field_i32(r, aref, (uint32_t)offsetof(NdArray, ndim));
  fold_guard(r, fold2(r, IR_EQ, nd, kint(r, a->ndim)), true);
}

/* shape[k] or strides[k] of a guarded array. */
static IRRef arr_dim(Recorder *r, IRRef aref, int k, bool stride) {
  uint32_t off = stride ? (uint32_t)offsetof(NdArray, strides) : (uint32_t)offsetof(NdArray, shape);
  IRRef p = fold_emit(r, IR_FLOAD, IRT_PTR, aref, REF_NONE, off);
  return fold_emit(r, IR_FLOAD, IRT_I64, p, REF_NONE, (uint32_t)(8 * k));
}

/* The address of element idx[0..n) of array a (ref aref), after the guards. */
static IRRef arr_elem_addr(Recorder *r, IRRef aref, const NdArray *a, int n, const Opnd *idx) {
  if (n != a->ndim || n < 1) rec_abort(r, TA_NYI_TYPE, "array index that is not one int per dimension");
  IRType st = ir_np_storage(a->dtype);
  if (st == IRT_VOID) rec_abort(r, TA_NYI_TYPE, "complex array");
  guard_array(r, aref, a);
  bool unit = a->strides[n - 1] == a->itemsize;
  IRRef off = REF_NONE, last = REF_NONE;
  for (int k = 0; k < n; k++) {
    Opnd o = idx[k];
    if (o.np >= 0 ? (!dt_is_int((DType)o.np) || o.np == DT_UINT64) : o.v.tag != V_INT)
      rec_abort(r, TA_NYI_TYPE, "array index of this type");
    int64_t i = np_py(r, o).as.i;
    IRRef ix = o.ref, dim = arr_dim(r, aref, k, false);
    if (i < 0) {
      fold_guard(r, fold2(r, IR_LT, ix, kint(r, 0)), true);
      ix = fold2(r, IR_ADD, ix, dim);
      i += a->shape[k];
    }
    if (i < 0 || i >= a->shape[k]) rec_abort(r, TA_NYI_TYPE, "index out of range");
    fold_emit(r, IR_BOUNDS, IRT_VOID, ix, dim, 0);
    if (k == n - 1 && unit) {
      last = ix;
      continue;
    }
    IRRef term = fold2(r, IR_MUL, ix, arr_dim(r, aref, k, true));
    off = off ? fold2(r, IR_ADD, off, term) : term;
  }
  if (unit) fold_guard(r, fold2(r, IR_EQ, arr_dim(r, aref, n - 1, true), kint(r, a->itemsize)), true);
  IRRef p = fold_emit(r, IR_FLOAD, IRT_PTR, aref, REF_NONE, (uint32_t)offsetof(NdArray, data));
  if (off) p = fold_emit(r, IR_AREF, IRT_PTR, p, off, IRT_U8);
  return fold_emit(r, IR_AREF, IRT_PTR, p, unit ? last : kint(r, 0), st);
}

/* A loaded element as its scalar's payload. */
static IRRef np_widen(Recorder *r, IRRef x, int dt) {
  IRType pt = ir_np_payload(dt);
  if (pt == IRT_BOOL)
    return fold2(r, IR_NE, fold_emit(r, IR_CONV, IRT_I64, x, REF_NONE, 0), kint(r, 0));
  if (ir_typeof(r->ir, x) == pt) return x;
  return fold_emit(r, IR_CONV, pt, x, REF_NONE, 0);
}

/* The value to store into an array of dtype dt, cast as the interpreter's
** arr_store_value does (C casts; floats into ints truncate; NaN, infinities
** and floats beyond int64 exit: the interpreter raises or decides). */
static IRRef np_store_value(Recorder *r, Opnd val, DType dt) {
  int sdt = np_opnd_dt(val);
  if (sdt < 0 || dt_is_complex((DType)sdt)) rec_abort(r, TA_NYI_TYPE, "value stored in an array");
  IRType st = ir_np_storage(dt), vt = ir_typeof(r->ir, val.ref);
  if (dt == DT_BOOL) {
    IRRef t = vt == IRT_BOOL ? val.ref : fold2(r, IR_NE, val.ref, vt == IRT_F64 ? knum(r, 0.0) : kint(r, 0));
    return fold_emit(r, IR_CONV, IRT_U8, t, REF_NONE, 0);
  }
  if (dt_is_int(dt)) {
    IRRef i;
    if (vt == IRT_F64) {
      double x = np_live_f64(r, val);
      if (dt == DT_UINT64 || !(x >= -0x1p63 && x < 0x1p63)) rec_abort(r, TA_NYI_TYPE, "float stored in an int array");
      i = fold1(r, IR_FTOI, val.ref);
    } else {
      i = np_i64(r, val);
    }
    return st == IRT_I64 ? i : fold_emit(r, IR_CONV, st, i, REF_NONE, 0);
  }
  if (sdt == DT_UINT64) rec_abort(r, TA_NYI_TYPE, "uint64 stored in a float array");
  IRRef x = vt == IRT_BOOL ? np_i64(r, val) : val.ref;
  return ir_typeof(r->ir, x) == st ? x : fold_emit(r, IR_CONV, st, x, REF_NONE, 0);
}

/* ---- virtual tuples -------------------------------------------------------
** `a[i, j]` builds a tuple (BUILDTUPLE) and `a.shape[k]` gets one (GETATTR)
** only for the next instruction to take it apart. The trace never makes
** it: the register is marked as a dead temporary (never written back: only
** compiler temporaries qualify), and the guards of the instruction that
** uses it exit through the snapshot taken before the instruction that made
** it, so that the interpreter makes the tuple again. */

static void vt_begin(Recorder *r, uint32_t dst) {
  if (dst >= r->nslots || (r->co->regnames && r->co->regnames[dst]))
    rec_abort(r, TA_NYI_TYPE, "tuple in a variable");
  snap_ensure(r);
  r->vt.slot = (int32_t)dst;
  r->vt.snap = r->ir->cursnap;
  r->vt.pc = r->pc;
  r->vt.arr = REF_NONE;
  r->vt.n = 0;
}

/* Register s holds the virtual tuple made by the previous instruction: its
** guards now exit to before that instruction. */
static bool vt_take(Recorder *r, uint32_t s, bool shape) {
  if (r->vt.slot != (int32_t)s || (r->vt.arr != REF_NONE) != shape) return false;
  r->vt.slot = -1;
  r->ir->cursnap = r->vt.snap;
  r->snap_taken = true;
  return true;
}

static void rec_buildtuple(Recorder *r, uint32_t dst, uint32_t first, uint32_t n) {
  if (n < 1 || n > sizeof r->vt.elem / sizeof r->vt.elem[0]) rec_abort(r, TA_NYI_BC, "BUILDTUPLE");
  Opnd o[8];
  for (uint32_t k = 0; k < n; k++) o[k] = opnd_reg(r, first + k);
  vt_begin(r, dst);
  r->vt.n = n;
  for (uint32_t k = 0; k < n; k++) {
    r->vt.elem[k] = o[k].ref;
    r->vt.live[k] = o[k].v;
    r->vt.np[k] = (int8_t)o[k].np;
  }
  wr_empty(r, dst);
  r->check_slot = -1;
}

/* The integer indexes of subscript key x: the items of a virtual or
** constant tuple, or x itself. */
static int sub_indexes(Recorder *r, uint32_t x, Opnd *idx) {
  if (!(x & BC_KBIT) && vt_take(r, x, false)) {
    for (uint32_t k = 0; k < r->vt.n; k++) {
      Opnd o = {r->vt.elem[k], r->vt.live[k], r->vt.np[k], false, REF_NONE};
      idx[k] = o;
    }
    return (int)r->vt.n;
  }
  Opnd key = opnd_rk(r, x);
  if (!is_tuple(key.v)) {
    idx[0] = key;
    return 1;
  }
  Tuple *t = as_tuple(key.v);
  if (!ir_isconst(key.ref) || t->n < 1 || t->n > 8) rec_abort(r, TA_NYI_TYPE, "tuple index");
  for (int64_t k = 0; k < t->n; k++) {
    Opnd o = {kvalue(r, t->items[k]), t->items[k], -1, false, REF_NONE};
    idx[k] = o;
  }
  return (int)t->n;
}

static void rec_array_getitem(Recorder *r, uint32_t dst, uint32_t sb, uint32_t xc) {
  Opnd idx[8];
  int n = sub_indexes(r, xc, idx);
  NdArray *a = as_array(r->base[sb]);
  IRRef addr = arr_elem_addr(r, rd(r, sb), a, n, idx);
  IRRef x = fold_emit(r, IR_ALOAD, ir_np_storage(a->dtype), addr, REF_NONE, 0);
  wr_np(r, dst, np_widen(r, x, a->dtype), a->dtype);
}

static void rec_array_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc) {
  Opnd idx[8];
  int n = sub_indexes(r, xb, idx);
  NdArray *a = as_array(r->base[sa]);
  if (!(a->flags & ARR_WRITEABLE)) rec_abort(r, TA_NYI_TYPE, "read-only array");
  Opnd val = opnd_rk(r, xc);
  IRRef aref = rd(r, sa);
  IRRef addr = arr_elem_addr(r, aref, a, n, idx);
  IRRef fl = arr_field_i32(r, aref, (uint32_t)offsetof(NdArray, flags));
  fold_guard(r, fold2(r, IR_NE, fold2(r, IR_BAND, fl, kint(r, ARR_WRITEABLE)), kint(r, 0)), true);
  IRRef x = np_store_value(r, val, (DType)a->dtype);
  fold_emit(r, IR_ASTORE, IRT_VOID, addr, x, 0);
  r->check_slot = -1;
}

/* a.shape (virtual), a.size, a.ndim. */
static void rec_array_attr(Recorder *r, uint32_t dst, uint32_t src, Str *name) {
  NdArray *a = as_array(r->base[src]);
  IRRef aref = rd(r, src);
  if (!strcmp(name->data, "shape")) {
    vt_begin(r, dst);
    guard_array(r, aref, a);
    r->vt.arr = aref;
    r->vt.n = (uint32_t)a->ndim;
    wr_empty(r, dst);
    r->check_slot = -1;
  } else if (!strcmp(name->data, "size")) {
    guard_type(r, aref, &TYPE_NDARRAY);
    wr(r, dst, fold_emit(r, IR_FLOAD, IRT_I64, aref, REF_NONE, (uint32_t)offsetof(NdArray, size)));
  } else if (!strcmp(name->data, "ndim")) {
    guard_array(r, aref, a);
    wr(r, dst, kint(r, a->ndim));
  } else {
    rec_abort(r, TA_NYI_TYPE, "array attribute");
  }
}

/* a.shape[k] */
static void rec_shape_item(Recorder *r, uint32_t dst, uint32_t xc) {
  IRRef aref = r->vt.arr;
  int64_t n = r->vt.n;
  Opnd k = opnd_rk(r, xc);
  if (k.v.tag != V_INT || k.np >= 0) rec_abort(r, TA_NYI_TYPE, "shape index");
  int64_t i = k.v.as.i < 0 ? k.v.as.i + n : k.v.as.i;
  if (i < 0 || i >= n) rec_abort(r, TA_NYI_TYPE, "index out of range");
  if (!ir_isconst(k.ref)) fold_guard(r, fold2(r, IR_EQ, k.ref, kint(r, k.v.as.i)), true);
  wr(r, dst, arr_dim(r, aref, (int)i, false));
}

/* ---- names -------------------------------------------------------------- */

/* The slot address of `name` in dict d, guarded to exist (or, with
** want_absent, guarded not to). */
static IRRef dict_slot(Recorder *r, Dict *d, Str *name, bool want_absent) {
  rec_root(r, d);
  uint32_t i = 0;
  while (i < r->nsdict && r->sdict[i] != d) i++;
  if (i == r->nsdict && i < sizeof r->sdict / sizeof r->sdict[0]) {
    r->sdict[i] = d;
    r->sdict_version[i] = d->keys_version;
    r->nsdict++;
  }
  if (i == sizeof r->sdict / sizeof r->sdict[0]) r->nsdict = i + 1; /* too many for stitching */
  rec_root(r, name);
  if (want_absent) { /* still absent: a lookup finds nothing */
    IRRef args[3] = {kptr(r, d), kptr(r, name), kint(r, (int64_t)d->keys_version)};
    IRRef p = fold_call_target(r, &rec_ct_dict_absent, 3, args);
    fold_guard(r, fold2(r, IR_EQ, p, kptr(r, NULL)), true);
    return REF_NONE;
  }
  /* A present name is where it was while the entries have not moved (a
  ** resize) and its entry still holds that key object (not deleted): two
  ** loads and compares, in that order, instead of a lookup at each trace
  ** entry (spectral_norm restarts its row loop 6400 times a call). The
  ** value's address is then a constant. New keys leave it valid. */
  int64_t ix = dict_find_str(d, name);
  if (ix < 0) rec_abort(r, TA_UNEXPECTED, "global slot");
  DictEntry *e = &d->entries[ix];
  IRRef ents = fold_emit(r, IR_FLOAD, IRT_PTR, kptr(r, d), REF_NONE, (uint32_t)offsetof(Dict, entries));
  fold_guard(r, fold2(r, IR_EQ, ents, kptr(r, d->entries)), true);
  IRRef key = fold_emit(r, IR_FLOAD, IRT_PTR, kptr(r, &e->key), REF_NONE, (uint32_t)offsetof(Value, as));
  fold_guard(r, fold2(r, IR_EQ, key, kptr(r, name)), true);
  return kptr(r, &e->val);
}

static void rec_getglobal(Recorder *r, uint32_t dst, Str *name) {
  Dict *g = r->fn->globals;
  Value *p = dict_slot_str(g, name);
  if (p) {
    load_value(r, dict_slot(r, g, name, false), *p, true, dst);
    return;
  }
  dict_slot(r, g, name, true);
  Dict *bd = r->vm->builtins->dict;
  p = dict_slot_str(bd, name);
  if (!p) rec_abort(r, TA_NYI_TYPE, "undefined global");
  load_value(r, dict_slot(r, bd, name, false), *p, true, dst);
}

static void rec_setglobal(Recorder *r, uint32_t src, Str *name) {
  Dict *g = r->fn->globals;
  if (!dict_slot_str(g, name)) rec_abort(r, TA_NYI_TYPE, "new global");
  IRRef v = rd(r, src);
  if (r->snp[src]) rec_abort(r, TA_NYI_TYPE, "NumPy scalar stored in a global");
  IRRef p = dict_slot(r, g, name, false);
  IRType t = ir_typeof(r->ir, v);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, kint(r, tag_of_irt(t)), 0);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, store_payload(r, v), 8);
  r->check_slot = -1;
}

/* A closure cell's contents (register cell holds the Cell: the bytecode
** guarantees it), read like a global: tag guard, payload. */
static IRRef cell_value_addr(Recorder *r, uint32_t cell) {
  return fold_emit(r, IR_AREF, IRT_PTR, rd(r, cell), kint(r, (int64_t)offsetof(Cell, v)), IRT_U8);
}

static void rec_getderef(Recorder *r, uint32_t dst, uint32_t cell) {
  Value live = ((Cell *)r->base[cell].as.o)->v;
  load_value(r, cell_value_addr(r, cell), live, true, dst);
}

static void rec_setderef(Recorder *r, uint32_t cell, uint32_t src) {
  IRRef v = rd(r, src);
  if (r->snp[src]) rec_abort(r, TA_NYI_TYPE, "unboxed value stored in a cell");
  IRRef p = cell_value_addr(r, cell);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, kint(r, tag_of_irt(ir_typeof(r->ir, v))), 0);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, store_payload(r, v), 8);
  r->check_slot = -1;
}

/* module.attr: the module by identity, the attribute through its dict. */
static void rec_module_attr(Recorder *r, uint32_t dst, uint32_t src, Str *name) {
  Value m = r->base[src];
  if (!is_type(m, &TYPE_MODULE)) rec_abort(r, TA_NYI_TYPE, "attribute of this type");
  Module *mod = (Module *)m.as.o;
  Value *p = dict_slot_str(mod->dict, name);
  if (!p) rec_abort(r, TA_NYI_TYPE, "module attribute");
  guard_identity(r, rd(r, src), mod);
  load_value(r, dict_slot(r, mod->dict, name, false), *p, true, dst);
}

/* ---- calls -------------------------------------------------------------- */

/* Built-in callees the recorder knows, by name in builtins or math. */
#define REC_MATH1(X)                                                           \
  X(sqrt) X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(exp) X(expm1)         \
  X(log1p) X(sinh) X(cosh) X(tanh)

static bool is_module_fn(VM *vm, const char *module, Obj *callee, const char *name) {
  Value mv = dict_get_str(vm, vm->modules, str_intern_c(vm, module));
  if (!is_type(mv, &TYPE_MODULE)) return false;
  Value f = dict_get_str(vm, ((Module *)mv.as.o)->dict, str_intern_c(vm, name));
  return f.tag == V_OBJ && f.as.o == callee;
}

static bool is_builtin_fn(VM *vm, Obj *callee, const char *name) {
  Value f = dict_get_str(vm, vm->builtins->dict, str_intern_c(vm, name));
  return f.tag == V_OBJ && f.as.o == callee;
}

/* Guards that a float result is finite (math functions raise otherwise;
** the interpreter decides what happens then). */
static void guard_finite(Recorder *r, IRRef x) {
  fold_guard(r, fold2(r, IR_LT, fold1(r, IR_ABS, x), knum(r, INFINITY)), true);
}

static IRRef math_arg(Recorder *r, Opnd o) {
  if (!is_num(o.v)) rec_abort(r, TA_NYI_TYPE, "math argument");
  o = unbool(r, o);
  return to_f64(r, o);
}

/* The dtype of a NumPy scalar type the trace can construct (np.float32),
** else -1. */
static int np_ctor_dtype(Value f) {
  if (f.tag != V_OBJ || f.as.o->type != &TYPE_TYPE) return -1;
  for (int dt = 0; dt < DT__COUNT; dt++)
    if (ir_np_type(dt) == (const void *)f.as.o) return ir_np_storage(dt) == IRT_VOID ? -1 : dt;
  return -1;
}

/* np.<dtype>(x) of a number: npmodule.c's scalar_ctor stores x as an
** element of that dtype (arr_store_value), as an array store does. */
static void rec_np_ctor(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs, int dt) {
  if (nargs != 1) rec_abort(r, TA_NYI_CALL, "NumPy scalar type");
  Opnd x = opnd_reg(r, argv);
  if (x.cx) rec_abort(r, TA_NYI_TYPE, "complex to a NumPy scalar");
  guard_identity(r, rd(r, fslot), r->base[fslot].as.o);
  IRRef v = np_store_value(r, x, (DType)dt);
  wr_np(r, dst, np_widen(r, v, dt), dt);
}

/* ---- random draws ----------------------------------------------------------
** np.random's scalar draws and random.random/uniform are calls of the
** generators the interpreter uses (runtime/random.c, src/mod_random.c) on
** the same state, so the numbers come in the same order whether a draw ran
** compiled or interpreted. The calls are impure (never CSE'd, hoisted or
** dropped) but touch only the generator's state, which no trace loads. Parameters combine with the draw as the interpreter's
** f_uniform / f_normal / m_uniform do; what would raise exits first. */

typedef enum {
  DRAW_UNIT, DRAW_GAUSS, DRAW_UNIFORM, DRAW_NORMAL, DRAW_PY_UNIT, DRAW_PY_UNIFORM, DRAW_PY_GAUSS,
  DRAW_PY_RANDRANGE, DRAW_PY_RANDINT, DRAW_NP_RANDINT /* ints */
} DrawKind;

static const struct {
  const char *module, *name;
  DrawKind kind;
  uint8_t minargs, maxargs;
} rec_draws[] = {
    {"numpy.random", "random", DRAW_UNIT, 0, 0},
    {"numpy.random", "random_sample", DRAW_UNIT, 0, 0},
    {"numpy.random", "rand", DRAW_UNIT, 0, 0},
    {"numpy.random", "randn", DRAW_GAUSS, 0, 0},
    {"numpy.random", "standard_normal", DRAW_GAUSS, 0, 0},
    {"numpy.random", "uniform", DRAW_UNIFORM, 0, 2},
    {"numpy.random", "normal", DRAW_NORMAL, 0, 2},
    {"numpy.random", "randint", DRAW_NP_RANDINT, 1, 2},
    {"random", "random", DRAW_PY_UNIT, 0, 0},
    {"random", "uniform", DRAW_PY_UNIFORM, 2, 2},
    {"random", "gauss", DRAW_PY_GAUSS, 0, 2},
    {"random", "randrange", DRAW_PY_RANDRANGE, 1, 2},
    {"random", "randint", DRAW_PY_RANDINT, 2, 2},
};

static const IRCallTarget rec_ct_np_double = {
    "nprandom_next_double", (void *)nprandom_next_double, IRT_F64, 1, {IRT_PTR, 0, 0, 0}, false, true, false};
static const IRCallTarget rec_ct_np_gauss = {
    "nprandom_next_gauss", (void *)nprandom_next_gauss, IRT_F64, 1, {IRT_PTR, 0, 0, 0}, false, true, false};
static const IRCallTarget rec_ct_py_double = {
    "mt19937_random_double", (void *)mt19937_random_double, IRT_F64, 1, {IRT_PTR, 0, 0, 0}, false, true, false};
static const IRCallTarget rec_ct_py_gauss = {
    "mod_random_gauss_z", (void *)mod_random_gauss_z, IRT_F64, 1, {IRT_PTR, 0, 0, 0}, false, true, false};
static const IRCallTarget rec_ct_py_randbelow = {
    "mt19937_randbelow", (void *)mt19937_randbelow, IRT_I64, 2, {IRT_PTR, IRT_I64, 0, 0}, false, true, false};
static const IRCallTarget rec_ct_np_bounded = {
    "nprandom_next_bounded_u64", (void *)nprandom_next_bounded_u64, IRT_I64, 3, {IRT_PTR, IRT_I64, IRT_I64, 0}, false, true, false};

/* An int argument of randint/randrange: a Python int (what else they
** take, floats and big ints, the interpreter does). */
static IRRef draw_int(Recorder *r, uint32_t argv, uint32_t i) {
  if (r->base[argv + i].tag != V_INT) rec_abort(r, TA_NYI_TYPE, "random int parameter");
  return rd(r, argv + i);
}

/* random.randrange(stop), randrange(start, stop), randint(a, b): start +
** _randbelow(width), the width > 0 (else the interpreter raises), and
** np.random.randint(high), randint(low, high): low + a masked draw in
** [0, high - 1 - low], low < high; both give Python ints. */
static IRRef rec_int_draw(Recorder *r, DrawKind kind, IRRef state, uint32_t argv, uint32_t nargs) {
  IRRef lo = nargs == 2 ? draw_int(r, argv, 0) : kint(r, 0);
  IRRef hi = draw_int(r, argv, nargs - 1);
  if (kind == DRAW_NP_RANDINT) {
    fold_guard(r, fold2(r, IR_LT, lo, hi), true);
    IRRef args[3] = {state, lo, fold2(r, IR_SUB, fold2(r, IR_SUB, hi, kint(r, 1)), lo)};
    return fold_call_target(r, &rec_ct_np_bounded, 3, args);
  }
  if (kind == DRAW_PY_RANDINT) hi = fold2(r, IR_ADDOV, hi, kint(r, 1));
  IRRef width = fold2(r, IR_SUBOV, hi, lo);
  fold_guard(r, fold2(r, IR_GT, width, kint(r, 0)), true);
  IRRef args[2] = {state, width};
  return fold2(r, IR_ADD, lo, fold_call_target(r, &rec_ct_py_randbelow, 2, args));
}

/* A numeric parameter of np.random as the double real_value makes of it,
** or dflt when absent. */
static IRRef draw_param(Recorder *r, uint32_t argv, uint32_t nargs, uint32_t i, double dflt, double *live) {
  if (i >= nargs) {
    *live = dflt;
    return knum(r, dflt);
  }
  Opnd o = opnd_reg(r, argv + i);
  if (o.cx || np_opnd_dt(o) < 0) rec_abort(r, TA_NYI_TYPE, "random parameter");
  *live = np_live_f64(r, o);
  return np_f64(r, o);
}

/* Records the call at fslot if it is a known draw; false if it is not. */
static bool rec_random_draw(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs) {
  Value fv = r->base[fslot];
  if (fv.tag != V_OBJ || fv.as.o->type != &TYPE_BUILTIN) return false;
  Builtin *bf = (Builtin *)fv.as.o;
  size_t k = 0, n = sizeof rec_draws / sizeof rec_draws[0];
  while (k < n && (strcmp(bf->name, rec_draws[k].name) || !is_module_fn(r->vm, rec_draws[k].module, fv.as.o, bf->name)))
    k++;
  if (k == n) return false;
  DrawKind kind = rec_draws[k].kind;
  if (nargs < rec_draws[k].minargs || nargs > rec_draws[k].maxargs) rec_abort(r, TA_NYI_CALL, bf->name);
  guard_identity(r, rd(r, fslot), bf); /* its self, hence its state, comes with it */
  bool py = kind == DRAW_PY_UNIT || kind == DRAW_PY_UNIFORM || kind == DRAW_PY_GAUSS || kind == DRAW_PY_RANDRANGE ||
            kind == DRAW_PY_RANDINT;
  IRRef state = kptr(r, py ? (void *)mod_random_mt(bf->self) : (void *)nprandom_of(bf->self));
  rec_root(r, bf);
  if (kind >= DRAW_PY_RANDRANGE) {
    wr(r, dst, rec_int_draw(r, kind, state, argv, nargs));
    return true;
  }
  double p, q;
  IRRef a = REF_NONE, b = REF_NONE;
  IRRef span = REF_NONE;
  if (kind == DRAW_PY_UNIFORM) {
    /* m_uniform: an int within 2**61 counts as its double, and the
    ** difference of two such ints is taken exactly; other arguments take
    ** its generic path */
    IRRef x[2];
    for (int i = 0; i < 2; i++) {
      Value v = r->base[argv + i];
      x[i] = rd(r, argv + i);
      if (v.tag == V_FLOAT) continue;
      const int64_t lim = (int64_t)1 << 61;
      if (v.tag != V_INT || v.as.i > lim || v.as.i < -lim) rec_abort(r, TA_NYI_TYPE, "uniform");
      fold_guard(r, fold2(r, IR_LE, x[i], kint(r, lim)), true);
      fold_guard(r, fold2(r, IR_GE, x[i], kint(r, -lim)), true);
    }
    bool ints = r->base[argv].tag == V_INT && r->base[argv + 1].tag == V_INT;
    a = ir_typeof(r->ir, x[0]) == IRT_F64 ? x[0] : fold_emit(r, IR_CONV, IRT_F64, x[0], REF_NONE, 0);
    b = ir_typeof(r->ir, x[1]) == IRT_F64 ? x[1] : fold_emit(r, IR_CONV, IRT_F64, x[1], REF_NONE, 0);
    span = ints ? fold_emit(r, IR_CONV, IRT_F64, fold2(r, IR_SUB, x[1], x[0]), REF_NONE, 0) : fold2(r, IR_SUB, b, a);
  } else if (kind == DRAW_PY_GAUSS) { /* mu + z * sigma, any sigma */
    a = draw_param(r, argv, nargs, 0, 0.0, &p);
    b = draw_param(r, argv, nargs, 1, 1.0, &q);
  } else if (kind == DRAW_UNIFORM || kind == DRAW_NORMAL) {
    a = draw_param(r, argv, nargs, 0, 0.0, &p);
    b = draw_param(r, argv, nargs, 1, 1.0, &q);
    if (kind == DRAW_UNIFORM) {
      /* uniform_range_check: an infinite or NaN range raises OverflowError */
      if (!isfinite(q - p)) rec_abort(r, TA_NYI_TYPE, "uniform range");
      guard_finite(r, fold2(r, IR_SUB, b, a));
    } else {
      /* a negative scale raises; 0 and NaN are left to the interpreter */
      if (!(q > 0.0)) rec_abort(r, TA_NYI_TYPE, "normal scale");
      fold_guard(r, fold2(r, IR_GT, b, knum(r, 0.0)), true);
    }
  }
  const IRCallTarget *ct = kind == DRAW_PY_GAUSS                          ? &rec_ct_py_gauss
                           : py                                           ? &rec_ct_py_double
                           : kind == DRAW_GAUSS || kind == DRAW_NORMAL ? &rec_ct_np_gauss
                                                                        : &rec_ct_np_double;
  IRRef res = fold_call_target(r, ct, 1, &state);
  if (kind == DRAW_PY_UNIFORM) /* a + (b - a) * u */
    res = fold2(r, IR_ADD, a, fold2(r, IR_MUL, span, res));
  else if (kind == DRAW_UNIFORM) /* low + (high - low) * u */
    res = fold2(r, IR_ADD, a, fold2(r, IR_MUL, fold2(r, IR_SUB, b, a), res));
  else if (kind == DRAW_NORMAL) /* loc + scale * g */
    res = fold2(r, IR_ADD, a, fold2(r, IR_MUL, b, res));
  else if (kind == DRAW_PY_GAUSS) /* mu + z * sigma */
    res = fold2(r, IR_ADD, a, fold2(r, IR_MUL, res, b));
  wr(r, dst, res);
  return true;
}

/* ---- NumPy ufuncs of one scalar ----------------------------------------------
** np.sqrt(x), np.sin(x), ... of a float64 or int64 NumPy scalar or a Python
** float or int (all computed in float64, giving np.float64): the ufunc
** engine runs its float64 loop over one element, which is the libm
** function (runtime/ufunc.c's E_<name>_f; the libmvec loops take only runs
** of 4 or 8, sqrt is IEEE). NumPy warns about domain errors and
** overflow but does not raise: no guards. */
#define REC_UFUNC1(X)                                                           \
  X(sqrt, sqrt) X(sin, sin) X(cos, cos) X(tan, tan) X(arcsin, asin)             \
  X(arccos, acos) X(arctan, atan) X(exp, exp) X(expm1, expm1) X(log, log)       \
  X(log2, log2) X(log10, log10) X(log1p, log1p) X(sinh, sinh) X(cosh, cosh)     \
  X(tanh, tanh)

/* Records the call at fslot if it is such a ufunc call; false if not. */
static bool rec_ufunc_scalar(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs) {
  static const struct { UfId uf; IRCallId call; } fns[] = {
#define X(u, c) {UF_##u, IRCALL_##c},
      REC_UFUNC1(X)
#undef X
  };
  Value fv = r->base[fslot];
  if (!is_ufunc(fv)) return false;
  UFunc *uf = (UFunc *)fv.as.o;
  size_t k = 0, n = sizeof fns / sizeof fns[0];
  while (k < n && fns[k].uf != uf->id) k++;
  if (k == n || nargs != 1) rec_abort(r, TA_NYI_CALL, uf->name);
  Opnd x = opnd_reg(r, argv);
  bool ok = x.np >= 0 ? x.np == DT_FLOAT64 || x.np == DT_INT64 : !x.cx && (x.v.tag == V_FLOAT || x.v.tag == V_INT);
  if (!ok) rec_abort(r, TA_NYI_TYPE, uf->name); /* other dtypes have other loops (float16, float32) */
  guard_identity(r, rd(r, fslot), uf);
  IRRef arg = np_f64(r, x);
  wr_np(r, dst, fold_call(r, fns[k].call, 1, &arg), DT_FLOAT64);
  return true;
}

/* Does type t pass isinstance's test against cls (a type, or a tuple of
** types)? -1: another kind of cls (the interpreter's TypeError). */
static int isinstance_of(Type *t, Value cls) {
  if (is_type(cls, &TYPE_TYPE)) return (Type *)cls.as.o == &TYPE_OBJECT || type_is_subtype(t, (Type *)cls.as.o);
  if (!is_tuple(cls)) return -1;
  int res = 0;
  for (int64_t i = 0; i < as_tuple(cls)->n && !res; i++) {
    Value c = as_tuple(cls)->items[i];
    if (!is_type(c, &TYPE_TYPE)) return -1;
    res = isinstance_of(t, c);
  }
  return res;
}

/* The constant result of isinstance(x, ...): x's type fixed. */
static bool isinstance_result(Recorder *r, uint32_t dst, Opnd x, int res) {
  if (x.cx) rec_abort(r, TA_NYI_CALL, "isinstance");
  if (x.np < 0 && x.v.tag == V_OBJ) guard_type(r, x.ref, v_type(x.v));
  else if (x.np < 0 && x.v.tag != V_INT && x.v.tag != V_FLOAT && x.v.tag != V_BOOL) rec_abort(r, TA_NYI_CALL, "isinstance");
  wr(r, dst, ir_kbool(r->ir, res != 0));
  return true;
}

/* isinstance(x, C), C a type or a tuple of types, guarded to be those
** objects (`(int, float)` stays a virtual tuple of its items): decided by
** x's type, which the trace fixes (its IR type and NumPy kind, both read
** strictly, or a guard on an object's type word), so the result is a
** constant. Complex values are the interpreter's. */
static bool rec_isinstance(Recorder *r, uint32_t dst, uint32_t argv) {
  if (vt_take(r, argv + 1, false)) { /* first: its guards exit before the BUILDTUPLE */
    Opnd x = opnd_reg(r, argv);
    int res = 0;
    for (uint32_t k = 0; k < r->vt.n; k++) {
      Value c = r->vt.live[k];
      if (r->vt.np[k] >= 0 || r->vt.elem[k] == REF_NONE || !is_type(c, &TYPE_TYPE)) rec_abort(r, TA_NYI_CALL, "isinstance");
      guard_identity(r, r->vt.elem[k], c.as.o);
      res = res || isinstance_of(v_type(x.v), c);
    }
    return isinstance_result(r, dst, x, res);
  }
  Opnd x = opnd_reg(r, argv), cls = opnd_reg(r, argv + 1);
  if (cls.v.tag != V_OBJ || cls.np >= 0) return false;
  int res = isinstance_of(v_type(x.v), cls.v);
  if (res < 0) return false;
  guard_identity(r, cls.ref, cls.v.as.o);
  return isinstance_result(r, dst, x, res);
}

/* round(x) and round(x, n) of a float as num_round computes them (pure
** helpers); an overflow of round(x, n) comes back as inf. */
static double rec_round0(double x) { return float_round_even(x); }
static double rec_roundn(double x, int64_t nd) {
  bool ok;
  double r = float_round(x, (int)(nd > 100000 ? 100000 : nd < -100000 ? -100000 : nd), &ok);
  return ok ? r : INFINITY;
}
static const IRCallTarget rec_ct_round0 = {"rec_round0", (void *)rec_round0, IRT_F64, 1, {IRT_F64, 0, 0, 0}, true, false, false};
static const IRCallTarget rec_ct_roundn = {
    "rec_roundn", (void *)rec_roundn, IRT_F64, 2, {IRT_F64, IRT_I64, 0, 0}, true, false, false};

/* round(x) of a float: an int (FTOI exits where it would be a big int, or
** NaN and infinities raise); of an int or bool: the int. round(x, n) of a
** float and an int: a float, guarded finite (an overflow, an infinite x:
** the interpreter's). False for other operands (NumPy scalars round to
** their own types): stitched. */
static bool rec_round(Recorder *r, uint32_t dst, Opnd *a, uint32_t nargs) {
  if (a[0].np >= 0 || a[0].cx || (nargs == 2 && (a[1].np >= 0 || a[1].v.tag != V_INT))) return false;
  Opnd x = unbool(r, a[0]);
  if (nargs == 1 && x.v.tag == V_INT) {
    wr(r, dst, x.ref);
    return true;
  }
  if (x.v.tag != V_FLOAT) return false;
  if (nargs == 1) {
    if (!(fabs(float_round_even(x.v.as.f)) < 0x1p63)) return false;
    wr(r, dst, fold1(r, IR_FTOI, fold_call_target(r, &rec_ct_round0, 1, &x.ref)));
    return true;
  }
  if (!isfinite(rec_roundn(x.v.as.f, a[1].v.as.i))) return false;
  IRRef args[2] = {x.ref, a[1].ref};
  IRRef res = fold_call_target(r, &rec_ct_roundn, 2, args);
  guard_finite(r, res);
  wr(r, dst, res);
  return true;
}

/* q, m = divmod(x, y) of ints or floats, taken apart by the next
** instruction (an UNPACK of two): x // y and x % y, as CPython computes
** both parts, left a virtual tuple (rec_unpack), so no tuple is made.
** A zero divisor (and INT64_MIN // -1) exits: the interpreter raises. */
static void rec_divmod(Recorder *r, uint32_t dst, Opnd x, Opnd y) {
  const Instr *nx = r->pc + 1;
  if (bc_op(*nx) != OP_UNPACK || bc_b(*nx) != dst || bc_c(*nx) != 2 || r->depth != 0)
    rec_abort(r, TA_NYI_CALL, "divmod");
  if (x.np >= 0 || y.np >= 0 || x.cx || y.cx || !is_num(x.v) || !is_num(y.v)) rec_abort(r, TA_NYI_TYPE, "divmod");
  x = unbool(r, x);
  y = unbool(r, y);
  IRRef q, m;
  Value ql, ml;
  if (x.v.tag == V_INT && y.v.tag == V_INT) {
    int64_t a = x.v.as.i, b = y.v.as.i;
    if (b == 0 || (a == INT64_MIN && b == -1)) rec_abort(r, TA_NYI_TYPE, "int division");
    int64_t d = a / b, md = a % b;
    if (md != 0 && (md < 0) != (b < 0)) {
      d--;
      md += b;
    }
    q = fold2(r, IR_DIVI, x.ref, y.ref);
    m = fold2(r, IR_MODI, x.ref, y.ref);
    ql = v_int(d);
    ml = v_int(md);
  } else {
    double a = x.v.tag == V_INT ? (double)x.v.as.i : x.v.as.f, b = y.v.tag == V_INT ? (double)y.v.as.i : y.v.as.f;
    if (b == 0.0) rec_abort(r, TA_NYI_TYPE, "division by zero");
    if (y.v.tag == V_INT) fold_guard(r, fold2(r, IR_NE, y.ref, kint(r, 0)), true);
    else fold_guard(r, fold2(r, IR_NE, y.ref, knum(r, 0.0)), true);
    IRRef args[2] = {to_f64(r, x), to_f64(r, y)};
    q = fold_call(r, IRCALL_ir_py_floordiv, 2, args);
    m = fold_call(r, IRCALL_ir_py_mod, 2, args);
    ql = v_float(ir_py_floordiv(a, b));
    ml = v_float(ir_py_mod(a, b));
  }
  vt_begin(r, dst);
  r->vt.n = 2;
  r->vt.elem[0] = q;
  r->vt.elem[1] = m;
  r->vt.live[0] = ql;
  r->vt.live[1] = ml;
  r->vt.np[0] = r->vt.np[1] = -1;
  wr_empty(r, dst);
  r->check_slot = -1;
}

/* Records a call of the built-in `callee` with args at registers argv..;
** the result goes to dst. */
/* ---- strings made in a trace ------------------------------------------
** str(i) of an int and s + t of two strs are the interpreter's own
** functions (str_from_i64, str_concat) called from the trace; NULL under
** the memory cap (guarded: the interpreter runs the instruction and
** raises). They allocate: the loop leaves at its header for the collector
** (opt_loop.c). */
static bool str_room(VM *vm, int64_t n) {
  return !vm->mem_limit || vm->bytes_allocated + 256 + (size_t)n <= vm->mem_limit;
}
static void *rec_str_int(void *vmp, int64_t i) {
  VM *vm = vmp;
  return str_room(vm, 24) ? str_from_i64(vm, i).as.o : NULL;
}
static void *rec_str_concat(void *vmp, void *a, void *b) {
  VM *vm = vmp;
  Str *x = a, *y = b;
  return str_room(vm, x->nbytes + y->nbytes) ? str_concat(vm, x, y).as.o : NULL;
}
static const IRCallTarget rec_ct_str_int = {
    "rec_str_int", (void *)rec_str_int, IRT_PTR, 2, {IRT_PTR, IRT_I64, 0, 0}, false, false, true};
static const IRCallTarget rec_ct_str_concat = {
    "rec_str_concat", (void *)rec_str_concat, IRT_PTR, 3, {IRT_PTR, IRT_PTR, IRT_PTR, 0}, false, false, true};

/* A str made by a call of target ct: guarded made (not the cap), into dst. */
static void wr_made_str(Recorder *r, uint32_t dst, const IRCallTarget *ct, int n, IRRef *args) {
  IRRef s = fold_call_target(r, ct, n, args);
  fold_guard(r, fold2(r, IR_NE, s, kptr(r, NULL)), true);
  wr(r, dst, s);
  r->check_type = &TYPE_STR;
}

/* str(x) of an int (a new str) or of a str (x itself); false otherwise. */
static bool rec_str_call(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs) {
  if (r->base[fslot].as.o != &TYPE_STR.hdr || nargs != 1 || (r->sflags[argv] & (SF_NONE | SF_EMPTY))) return false;
  Opnd x = opnd_reg(r, argv);
  if (x.np >= 0 || x.cx || (x.v.tag != V_INT && !is_str(x.v))) return false;
  guard_identity(r, rd(r, fslot), &TYPE_STR);
  if (x.v.tag == V_OBJ) {
    if (!ir_isconst(x.ref)) guard_type(r, x.ref, &TYPE_STR);
    wr(r, dst, x.ref);
    r->check_type = &TYPE_STR;
    return true;
  }
  IRRef args[2] = {kptr(r, r->vm), x.ref};
  wr_made_str(r, dst, &rec_ct_str_int, 2, args);
  return true;
}

/* s + t, s += t of two strs: str_concat; false for other operands. */
static bool rec_str_add(Recorder *r, uint32_t dst, uint32_t xb, uint32_t xc) {
  Value b = (xb & BC_KBIT) ? r->co->consts[xb & ~BC_KBIT] : r->base[xb];
  Value c = (xc & BC_KBIT) ? r->co->consts[xc & ~BC_KBIT] : r->base[xc];
  if (!is_str(b) || !is_str(c)) return false;
  if ((!(xb & BC_KBIT) && (r->sflags[xb] & (SF_NONE | SF_EMPTY))) ||
      (!(xc & BC_KBIT) && (r->sflags[xc] & (SF_NONE | SF_EMPTY))))
    return false;
  Opnd x = opnd_rk(r, xb), y = opnd_rk(r, xc);
  if (x.np >= 0 || y.np >= 0) return false;
  if (!ir_isconst(x.ref)) guard_type(r, x.ref, &TYPE_STR);
  if (!ir_isconst(y.ref)) guard_type(r, y.ref, &TYPE_STR);
  IRRef args[3] = {kptr(r, r->vm), x.ref, y.ref};
  wr_made_str(r, dst, &rec_ct_str_concat, 3, args);
  return true;
}

static void rec_call_builtin(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs) {
  VM *vm = r->vm;
  Value fv = r->base[fslot];
  if (fv.tag != V_OBJ) rec_abort(r, TA_NYI_CALL, "a non-object");
  if (rec_random_draw(r, dst, fslot, argv, nargs) || rec_ufunc_scalar(r, dst, fslot, argv, nargs)) return;
  int ctor = np_ctor_dtype(fv);
  if (ctor >= 0) {
    rec_np_ctor(r, dst, fslot, argv, nargs, ctor);
    return;
  }
  if (rec_str_call(r, dst, fslot, argv, nargs)) return;
  Obj *callee = fv.as.o;
  const char *name = callee->type == &TYPE_BUILTIN ? ((Builtin *)callee)->name
                     : callee == &TYPE_INT.hdr     ? "int"
                     : callee == &TYPE_FLOAT.hdr   ? "float"
                     : callee == &TYPE_COMPLEX.hdr ? "complex"
                                                   : NULL;
  if (!name) rec_abort(r, TA_NYI_CALL, callee->type == &TYPE_TYPE ? ((Type *)callee)->name : v_typename(fv));
  if (callee->type == &TYPE_BUILTIN && !is_empty(((Builtin *)callee)->self) &&
      !is_type(((Builtin *)callee)->self, &TYPE_MODULE) && !is_none(((Builtin *)callee)->self))
    rec_abort(r, TA_NYI_CALL, name);
  Opnd a[4];
  if (nargs > 4) rec_abort(r, TA_NYI_CALL, name);
  bool is_math = is_module_fn(vm, "math", callee, name);
  bool is_bi = !is_math && (is_builtin_fn(vm, callee, name) || callee->type == &TYPE_TYPE);
  if (!is_math && !is_bi) rec_abort(r, TA_NYI_CALL, name);
  IRRef fref = rd(r, fslot);
  if (is_bi && nargs == 2 && !strcmp(name, "isinstance") && rec_isinstance(r, dst, argv)) {
    guard_identity(r, fref, callee);
    return;
  }
  for (uint32_t i = 0; i < nargs; i++) a[i] = opnd_reg(r, argv + i);
  IRRef res = REF_NONE;
  if (is_bi && nargs == 1 && !strcmp(name, "abs") && a[0].cx) {
    /* num.c's complex_abs: infinities and NaN, and an overflowing result,
    ** exit to the interpreter; else hypot(re, im) */
    Complex *z = as_complex(a[0].v);
    double h = hypot(z->re, z->im);
    if (!(fabs(z->re) < INFINITY && fabs(z->im) < INFINITY && h < INFINITY)) rec_abort(r, TA_NYI_TYPE, "abs");
    guard_identity(r, fref, callee);
    IRRef args[2] = {a[0].ref, a[0].im};
    if (fabs(z->re) < 0x1p511 && fabs(z->im) < 0x1p511) {
      /* then hypot cannot overflow: no guard reads it (see hypot_cmp) */
      IRRef lim = knum(r, 0x1p511);
      fold_guard(r, fold2(r, IR_LT, fold1(r, IR_ABS, a[0].ref), lim), true);
      fold_guard(r, fold2(r, IR_LT, fold1(r, IR_ABS, a[0].im), lim), true);
      res = fold_call(r, IRCALL_hypot, 2, args);
    } else {
      guard_finite(r, a[0].ref);
      guard_finite(r, a[0].im);
      res = fold_call(r, IRCALL_hypot, 2, args);
      guard_finite(r, res);
    }
    wr(r, dst, res);
    return;
  }
  if (is_bi && nargs == 1 && !strcmp(name, "abs") && (a[0].np == DT_FLOAT64 || a[0].np == DT_INT64)) {
    /* abs of a NumPy scalar is one of its dtype */
    guard_identity(r, fref, callee);
    if (a[0].np == DT_FLOAT64) {
      res = fold1(r, IR_ABS, a[0].ref);
    } else {
      if (np_py(r, a[0]).as.i == INT64_MIN) rec_abort(r, TA_NYI_TYPE, "abs");
      res = fold2(r, IR_MAX, a[0].ref, fold1(r, IR_NEGOV, a[0].ref));
    }
    wr_np(r, dst, res, a[0].np);
    return;
  }
  /* the others see a NumPy scalar as the equal Python number; min, max
  ** and abs return the object itself (or one of its dtype) */
  if ((nargs == 1 || nargs == 2) && !strcmp(name, "round") && rec_round(r, dst, a, nargs)) {
    guard_identity(r, fref, callee);
    return;
  }
  if (nargs == 2 && !strcmp(name, "divmod")) {
    guard_identity(r, fref, callee);
    rec_divmod(r, dst, a[0], a[1]);
    return;
  }
  bool keeps = !strcmp(name, "min") || !strcmp(name, "max") || !strcmp(name, "abs");
  for (uint32_t i = 0; i < nargs; i++) {
    if (a[i].np >= 0 && keeps) rec_abort(r, TA_NYI_TYPE, name);
    a[i] = np_as_py(r, a[i]);
  }
  if (is_math) {
    static const struct { const char *name; IRCallId id; } f1[] = {
#define X(n) {#n, IRCALL_##n},
        REC_MATH1(X)
#undef X
    };
    for (size_t i = 0; i < sizeof f1 / sizeof f1[0] && nargs == 1; i++) {
      if (strcmp(name, f1[i].name)) continue;
      guard_identity(r, fref, callee);
      IRRef x = math_arg(r, a[0]);
      res = fold_call(r, f1[i].id, 1, &x);
      guard_finite(r, res);
      goto done;
    }
    if (nargs == 1 && (!strcmp(name, "log") || !strcmp(name, "log2") || !strcmp(name, "log10"))) {
      /* an int (loghelper): its double, a domain error (exit) unless > 0 */
      Opnd x = unbool(r, a[0]);
      if (x.v.tag != V_FLOAT && x.v.tag != V_INT) rec_abort(r, TA_NYI_CALL, name);
      guard_identity(r, fref, callee);
      if (x.v.tag == V_INT) fold_guard(r, fold2(r, IR_GT, x.ref, kint(r, 0)), true);
      IRRef xf = to_f64(r, x);
      res = fold_call(r, name[3] == 0 ? IRCALL_log : name[3] == '2' ? IRCALL_log2 : IRCALL_log10, 1, &xf);
      guard_finite(r, res);
      goto done;
    }
    if (nargs == 1 && !strcmp(name, "fabs")) {
      guard_identity(r, fref, callee);
      res = fold1(r, IR_ABS, math_arg(r, a[0]));
      goto done;
    }
    if (nargs == 1 && (!strcmp(name, "floor") || !strcmp(name, "ceil") || !strcmp(name, "trunc"))) {
      guard_identity(r, fref, callee);
      Opnd x = unbool(r, a[0]);
      if (x.v.tag == V_INT) {
        res = x.ref;
      } else if (x.v.tag == V_FLOAT) {
        double fx = name[0] == 'f' ? floor(x.v.as.f) : name[0] == 'c' ? ceil(x.v.as.f) : trunc(x.v.as.f);
        if (!(fabs(fx) < 0x1p63)) rec_abort(r, TA_NYI_TYPE, "big int result");
        IRCallId id = name[0] == 'f' ? IRCALL_floor : name[0] == 'c' ? IRCALL_ceil : IRCALL_trunc;
        res = fold1(r, IR_FTOI, fold_call(r, id, 1, &x.ref));
      } else {
        rec_abort(r, TA_NYI_TYPE, name);
      }
      goto done;
    }
    if (nargs == 2 && (!strcmp(name, "atan2") || !strcmp(name, "hypot") || !strcmp(name, "pow") ||
                       !strcmp(name, "copysign") || !strcmp(name, "fmod"))) {
      guard_identity(r, fref, callee);
      IRRef xs[2] = {math_arg(r, a[0]), math_arg(r, a[1])};
      IRCallId id = name[0] == 'a' ? IRCALL_atan2 : name[0] == 'h' ? IRCALL_ir_py_hypot
                    : name[0] == 'p' ? IRCALL_pow : name[0] == 'c' ? IRCALL_copysign : IRCALL_fmod;
      /* finite arguments: math.pow and fmod treat infinities specially */
      guard_finite(r, xs[0]);
      guard_finite(r, xs[1]);
      if (id == IRCALL_fmod) fold_guard(r, fold2(r, IR_NE, xs[1], knum(r, 0.0)), true);
      res = fold_call(r, id, 2, xs);
      if (id != IRCALL_copysign) guard_finite(r, res);
      goto done;
    }
    rec_abort(r, TA_NYI_CALL, name);
  }
  /* builtins */
  if (nargs == 1 && !strcmp(name, "len")) {
    Value s = a[0].v;
    guard_identity(r, fref, callee);
    if (is_list(s) || is_tuple(s)) {
      bool l = is_list(s);
      guard_type(r, a[0].ref, l ? &TYPE_LIST : &TYPE_TUPLE);
      res = fold_emit(r, IR_FLOAD, IRT_I64, a[0].ref, REF_NONE,
                      l ? (uint32_t)offsetof(List, n) : (uint32_t)offsetof(Tuple, n));
    } else if (is_array(s) && as_array(s)->ndim >= 1) {
      guard_array(r, a[0].ref, as_array(s));
      res = arr_dim(r, a[0].ref, 0, false);
    } else if (is_str(s)) {
      guard_type(r, a[0].ref, &TYPE_STR);
      res = fold_emit(r, IR_FLOAD, IRT_I64, a[0].ref, REF_NONE, (uint32_t)offsetof(Str, nchars));
    } else if (is_dict(s)) {
      guard_type(r, a[0].ref, &TYPE_DICT);
      res = fold_emit(r, IR_FLOAD, IRT_I64, a[0].ref, REF_NONE, (uint32_t)offsetof(Dict, used));
    } else {
      rec_abort(r, TA_NYI_TYPE, "len of this type");
    }
    goto done;
  }
  if (nargs == 1 && !strcmp(name, "abs")) {
    guard_identity(r, fref, callee);
    Opnd x = unbool(r, a[0]);
    if (x.v.tag == V_FLOAT) res = fold1(r, IR_ABS, x.ref);
    else if (x.v.tag == V_INT && x.v.as.i != INT64_MIN) res = fold2(r, IR_MAX, x.ref, fold1(r, IR_NEGOV, x.ref));
    else rec_abort(r, TA_NYI_TYPE, "abs");
    goto done;
  }
  if (nargs >= 2 && (!strcmp(name, "min") || !strcmp(name, "max"))) {
    uint8_t tag = a[0].v.tag;
    bool same = tag == V_INT || tag == V_FLOAT;
    for (uint32_t i = 1; i < nargs; i++) same = same && a[i].v.tag == tag;
    guard_identity(r, fref, callee);
    if (same) {
      res = a[0].ref;
      for (uint32_t i = 1; i < nargs; i++) res = fold2(r, name[1] == 'i' ? IR_MIN : IR_MAX, res, a[i].ref);
      goto done;
    }
    /* mixed bool/int/float: Python keeps the first operand unless a later
    ** one compares strictly smaller (greater), and returns that object as
    ** it is, so the result's type depends on the outcomes: they are
    ** guarded, like a branch */
    Opnd best = a[0];
    for (uint32_t i = 1; i < nargs; i++) {
      bool t;
      IRRef c = rec_compare(r, name[1] == 'i' ? CMP_LT : CMP_GT, a[i], best, &t);
      fold_guard(r, c, t);
      if (t) best = a[i];
    }
    res = best.ref;
    goto done;
  }
  if (nargs == 1 && !strcmp(name, "float") && is_num(a[0].v)) {
    guard_identity(r, fref, callee);
    res = to_f64(r, unbool(r, a[0]));
    goto done;
  }
  if (nargs == 1 && !strcmp(name, "int") && is_num(a[0].v)) {
    guard_identity(r, fref, callee);
    Opnd x = unbool(r, a[0]);
    if (x.v.tag == V_FLOAT) {
      if (!(fabs(x.v.as.f) < 0x1p63)) rec_abort(r, TA_NYI_TYPE, "big int result");
      res = fold1(r, IR_FTOI, x.ref);
    } else {
      res = x.ref;
    }
    goto done;
  }
  if (nargs >= 1 && nargs <= 2 && !strcmp(name, "complex") && is_num(a[0].v) &&
      (nargs == 1 || is_num(a[1].v))) {
    /* complex(re[, im]) of real numbers: float(re) + float(im)*1j exactly */
    guard_identity(r, fref, callee);
    IRRef re = to_f64(r, unbool(r, a[0]));
    IRRef im = nargs == 2 ? to_f64(r, unbool(r, a[1])) : knum(r, 0.0);
    wr_cx(r, dst, re, im);
    return;
  }
  rec_abort(r, TA_NYI_CALL, name);
done:
  wr(r, dst, res);
}

/* ---- fused array expressions ------------------------------------------------
** FUSE (src/fuse.h) evaluates an expression tree over arrays in chunks; it
** can succeed only when some leaf is an ndarray (runtime/fuse.c fz_check),
** and when it does not, the VM skips the JMP after it and runs the
** ordinary code for the expression. With every leaf a number, a NumPy
** scalar or a complex, kept typed by their own guards, it can never
** succeed: the trace records nothing for it and follows the ordinary code. */
static const Instr *rec_fuse(Recorder *r, const Instr *pc) {
  const Str *prog = as_str(r->co->consts[bc_c(*pc)]);
  const unsigned char *p = (const unsigned char *)prog->data;
  uint32_t base = bc_b(*pc), n = prog->nbytes >= FZ_HEADER ? p[4] : 0;
  if (prog->nbytes != FZ_HEADER + 3 * n) rec_abort(r, TA_UNEXPECTED, "FUSE program");
  for (uint32_t i = 0; i < n; i++) {
    const unsigned char *node = p + FZ_HEADER + 3 * i;
    if (node[0] != FZ_LEAF) continue;
    Opnd o = opnd_reg(r, base + node[1]);
    if (!o.cx && o.np < 0 && !is_num(o.v)) rec_abort(r, TA_NYI_TYPE, "fused array expression");
  }
  return pc + 2;
}

/* ---- inlined calls -------------------------------------------------------
** A call of a Python function is recorded through (record.h, "Inlined
** calls"): the callee is guarded by identity (which fixes its code,
** defaults and globals), its frame is set up in the slot map as vm.c sets
** up the interpreter's (arguments in place, keywords and defaults bound as
** bind_fast binds them, every other register unbound), and its RETURN
** writes the caller's result register. An exit inside the callee resumes
** the interpreter inside it: the snapshot lists the frames and exit.c
** rebuilds them. */

/* Points the window fields at frames[depth]. */
static void frame_window(Recorder *r) {
  const RecFrame *f = &r->frames[r->depth];
  r->fn = f->fn;
  r->co = f->co;
  r->base = r->base0 + f->base;
  r->nslots = f->co->nregs;
  r->slot = r->slot0 + f->base;
  r->slot_im = r->slot_im0 + f->base;
  r->sflags = r->sflags0 + f->base;
  r->snp = r->snp0 + f->base;
}

/* Grows the slot arrays to at least n slots (new ones unread). */
static void frames_grow(Recorder *r, uint32_t n) {
  uint32_t cap = r->nabs * 2 > n ? r->nabs * 2 : n;
  r->slot0 = util_xrealloc(r->slot0, cap * sizeof *r->slot0);
  r->slot_im0 = util_xrealloc(r->slot_im0, cap * sizeof *r->slot_im0);
  r->sflags0 = util_xrealloc(r->sflags0, cap);
  r->snp0 = util_xrealloc(r->snp0, cap);
  memset(r->slot0 + r->nabs, 0, (cap - r->nabs) * sizeof *r->slot0);
  memset(r->slot_im0 + r->nabs, 0, (cap - r->nabs) * sizeof *r->slot_im0);
  memset(r->sflags0 + r->nabs, 0, cap - r->nabs);
  memset(r->snp0 + r->nabs, 0, cap - r->nabs);
  r->nabs = cap;
  frame_window(r);
}

void rec_frames_init(Recorder *r, Function *fn, Code *co, Value *base) {
  r->base0 = base;
  r->depth = 0;
  RecFrame *f = &r->frames[0];
  f->fn = fn;
  f->co = co;
  f->base = 0;
  f->top = co->nregs;
  f->ret = 0;
  f->callpc = NULL;
  frames_grow(r, f->top ? f->top : 1);
}

void rec_frames_free(Recorder *r) {
  free(r->slot0);
  free(r->slot_im0);
  free(r->sflags0);
  free(r->snp0);
}

/* Forward: rec_frames_enter marks callee registers unbound. */
static void slot_unbound(Recorder *r, uint32_t s);

bool rec_frames_enter(Recorder *r, const SnapFrame *fr, uint32_t n) {
  if (r->depth + n > REC_MAXDEPTH) return false;
  for (uint32_t i = 0; i < n; i++) {
    Function *fn = (Function *)fr[i].fn;
    const RecFrame *caller = &r->frames[r->depth];
    uint32_t top = fr[i].base + fn->code->nregs;
    if (fr[i].base < caller->base || top > UINT16_MAX) return false;
    if (top > r->nabs) frames_grow(r, top);
    caller = &r->frames[r->depth];
    RecFrame *f = &r->frames[r->depth + 1];
    f->fn = fn;
    f->co = fn->code;
    f->base = fr[i].base;
    f->top = top > caller->top ? top : caller->top;
    f->ret = fr[i].ret;
    f->callpc = caller->co->code + fr[i].callpc;
    r->depth++;
    frame_window(r);
    /* as after the CALL: unbound until the snapshot lists them (exit.c
    ** cleared the ones it does not) */
    for (uint32_t s = 0; s < fn->code->nregs; s++) slot_unbound(r, s);
  }
  return true;
}

/* What the recorder knows about one register. */
typedef struct SlotState {
  IRRef ref, im;
  uint8_t flags, np;
} SlotState;

static SlotState slot_get(Recorder *r, uint32_t s) {
  SlotState st = {r->slot[s], r->slot_im[s], r->sflags[s], r->snp[s]};
  return st;
}

static void slot_set(Recorder *r, uint32_t s, SlotState st) {
  r->slot[s] = st.ref;
  r->slot_im[s] = st.im;
  r->sflags[s] = st.flags;
  r->snp[s] = st.np;
}

/* Register s of a new frame: unbound (vm.c clears it). */
static void slot_unbound(Recorder *r, uint32_t s) {
  SlotState st = {REF_NONE, REF_NONE, SF_WRITTEN | SF_EMPTY, 0};
  slot_set(r, s, st);
}

/* Register s gets the constant v (a default argument). */
static void slot_const(Recorder *r, uint32_t s, Value v) {
  if (v.tag == V_NONE) wr_none(r, s);
  else wr(r, s, kvalue(r, v));
}

/* The call at pc of the function in register fslot with nargs arguments
** from register argv on (the last of them keyword values named by the
** constant tuple kwc - 1, when kwc is not 0). Returns the pc the
** interpreter goes to: the callee's first instruction. */
static const Instr *rec_call_inline(Recorder *r, const Instr *pc, uint32_t fslot, uint32_t argv,
                                    uint32_t nargs, uint32_t kwc) {
  Function *fn = as_function(r->base[fslot]);
  Code *co = fn->code;
  const char *name = co->name->data;
  if (co->flags & CO_GENERATOR) rec_abort(r, TA_NYI_CALL, "a generator function");
  if (r->depth == REC_MAXDEPTH) rec_abort(r, TA_CALL_DEPTH, name);
  const Value *kwn = NULL;
  int nkw = 0;
  if (kwc) {
    Tuple *t = as_tuple(r->co->consts[kwc - 1]);
    kwn = t->items;
    nkw = (int)t->n;
  }
  int npos = (int)nargs - nkw, argc = co->argcount, total = argc + co->kwonlycount;
  if (argv + nargs > r->nslots || npos < 0) rec_abort(r, TA_UNEXPECTED, "register");
  for (uint32_t i = 0; i < nargs; i++)
    if ((r->sflags[argv + i] & (SF_WRITTEN | SF_EMPTY)) != SF_WRITTEN) rec_abort(r, TA_NYI_CALL, "argument register");
  /* bind_fast's rules; what it declines (bind_args' errors and cases) aborts */
  bool simple = nkw == 0 && (co->flags & CO_SIMPLE) && npos == argc;
  int firstdef = argc - (fn->defaults ? (int)fn->defaults->n : 0);
  uint64_t given = npos >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << npos) - 1;
  int kwix[16];
  if (!simple) {
    if ((co->flags & (CO_VARARGS | CO_VARKW)) || npos > argc || total > 63 || nkw > 16)
      rec_abort(r, TA_NYI_CALL, "these arguments");
    for (int j = 0; j < nkw; j++) {
      int i = co->posonlycount;
      while (i < total && (Obj *)co->regnames[i] != kwn[j].as.o) i++;
      if (i == total || (given >> i) & 1) rec_abort(r, TA_NYI_CALL, "these keyword arguments");
      given |= (uint64_t)1 << i;
      kwix[j] = i;
    }
    for (int i = npos; i < firstdef; i++)
      if (!((given >> i) & 1)) rec_abort(r, TA_NYI_CALL, "missing arguments");
    for (int i = argc; i < total; i++)
      if (!((given >> i) & 1) && (!fn->kwdefaults || is_empty(fn->kwdefaults->items[i - argc])))
        rec_abort(r, TA_NYI_CALL, "missing arguments");
  }
  guard_identity(r, rd(r, fslot), fn);
  SlotState kv[16];
  for (int j = 0; j < nkw; j++) kv[j] = slot_get(r, argv + (uint32_t)(npos + j));
  /* the callee's frame */
  const RecFrame *caller = &r->frames[r->depth];
  uint32_t nb = caller->base + argv, top = nb + co->nregs;
  if (top > UINT16_MAX) rec_abort(r, TA_TOO_LONG, "registers"); /* SnapEntry.slot */
  if (top > r->nabs) frames_grow(r, top);
  RecFrame *f = &r->frames[r->depth + 1];
  f->fn = fn;
  f->co = co;
  f->base = nb;
  f->top = top > r->frames[r->depth].top ? top : r->frames[r->depth].top;
  f->ret = fslot;
  f->callpc = pc;
  r->depth++;
  frame_window(r);
  for (uint32_t i = (uint32_t)npos; i < co->nregs; i++) slot_unbound(r, i);
  for (int j = 0; j < nkw; j++) slot_set(r, (uint32_t)kwix[j], kv[j]);
  for (int i = npos > firstdef ? npos : firstdef; i < argc; i++)
    if (!((given >> i) & 1)) slot_const(r, (uint32_t)i, fn->defaults->items[i - firstdef]);
  for (int i = argc; i < total; i++)
    if (!((given >> i) & 1)) slot_const(r, (uint32_t)i, fn->kwdefaults->items[i - argc]);
  for (uint16_t i = 0; i < co->nfree; i++) slot_const(r, co->freereg + i, fn->closure[i]); /* cells */
  r->check_slot = -1;
  Trace *t = r->trace;
  if (r->depth > t->inl_depth) t->inl_depth = r->depth;
  if (f->top > t->inl_top) t->inl_top = f->top;
  return co->code;
}

/* RETURN of register src (or None) from an inlined call: the value goes to
** the caller's result register. Returns the pc after the caller's CALL. */
static const Instr *rec_return(Recorder *r, uint32_t src, bool none) {
  SlotState v = {REF_NONE, REF_NONE, SF_WRITTEN | SF_NONE, 0};
  if (!none) {
    if (r->sflags[src] & SF_EMPTY) rec_abort(r, TA_NYI_TYPE, "unbound");
    if (!(r->sflags[src] & SF_NONE)) rd(r, src);
    v = slot_get(r, src);
  }
  const RecFrame *f = &r->frames[r->depth];
  uint32_t ret = f->ret, oldtop = f->top, win = f->base;
  const Instr *callpc = f->callpc;
  r->depth--;
  frame_window(r);
  /* slots above every live frame are nobody's now */
  for (uint32_t s = r->frames[r->depth].top; s < oldtop; s++) {
    r->slot0[s] = REF_NONE;
    r->sflags0[s] = 0;
    r->snp0[s] = 0;
  }
  /* the caller's temporaries the callee's window covered are dead (the
  ** compiler allocates them as a stack above the call): leaving the
  ** callee's values there would make exits box them and the loop carry
  ** them */
  for (uint32_t s = win - r->frames[r->depth].base; s < r->nslots; s++)
    if (!r->co->regnames || !r->co->regnames[s]) wr_empty(r, s);
  if (v.flags & SF_NONE) wr_none(r, ret);
  else if (v.np == SNP_COMPLEX) wr_cx(r, ret, v.ref, v.im);
  else if (v.np) wr_np(r, ret, v.ref, v.np - 1);
  else wr(r, ret, v.ref);
  return callpc + 1;
}

/* ---- the loop's back-edge ------------------------------------------------ */

/* The next item of a 1-D array's iterator `it` (live: itv) into register
** dst, its index into *ix: the caller advances it (at
** arr_iterobj_offset(true)) after every guard of the instruction. */
static void arrayiter_item(Recorder *r, IRRef it, Value itv, uint32_t dst, IRRef *ix) {
  uint32_t off_a = arr_iterobj_offset(false), off_i = arr_iterobj_offset(true);
  NdArray *arr = *(NdArray **)((char *)itv.as.o + off_a);
  int64_t pos = *(int64_t *)((char *)itv.as.o + off_i);
  if (arr->ndim != 1) rec_abort(r, TA_NYI_TYPE, "iteration over rows");
  IRType st = ir_np_storage(arr->dtype);
  if (st == IRT_VOID) rec_abort(r, TA_NYI_TYPE, "complex array");
  if (pos >= arr->shape[0]) rec_abort(r, TA_LEFT_LOOP, "array ends");
  guard_type(r, it, (Type *)arr_iterobj_type());
  IRRef aref = fold_emit(r, IR_FLOAD, IRT_PTR, it, REF_NONE, off_a);
  guard_array(r, aref, arr);
  IRRef i = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, off_i);
  fold_guard(r, fold2(r, IR_LT, i, arr_dim(r, aref, 0, false)), true);
  IRRef off = fold2(r, IR_MUL, i, arr_dim(r, aref, 0, true));
  IRRef data = fold_emit(r, IR_FLOAD, IRT_PTR, aref, REF_NONE, (uint32_t)offsetof(NdArray, data));
  IRRef addr = fold_emit(r, IR_AREF, IRT_PTR, fold_emit(r, IR_AREF, IRT_PTR, data, off, IRT_U8), kint(r, 0), st);
  IRRef x = np_widen(r, fold_emit(r, IR_ALOAD, st, addr, REF_NONE, 0), arr->dtype);
  wr_np(r, dst, x, arr->dtype);
  *ix = i;
}


/* FORLOOP/LOOP that closes the traced loop: the step and the exit guard. */
/* ---- inner loops, unrolled --------------------------------------------
** A loop inside the traced loop (in its body or in an inlined callee) is
** recorded as the interpreter runs it: `range(...)` with step 1 is kept
** virtual (record.h's vr: its register is SF_EMPTY, never read, dead once
** the FORPREP has unpacked it) and each FORLOOP step is a guard on the
** count left. The trace so specialises on the
** trip count (guards on it exit when it differs, and the exits grow sides
** as usual); at most `loopunroll` back-edges per inner loop, else the inner
** loop keeps its own trace and the outer one aborts. An unrolled body must
** not branch on data (kmeans' `if d < bd`): each copy of the branch would
** exit on its own, and the outer trace would thrash between its sides. A
** while loop's test is such a branch, so only `for` loops unroll. */

/* CALL range(args) for a for loop: start and length, no object. */
static void rec_range_call(Recorder *r, uint32_t fslot, uint32_t nargs) {
  if (nargs < 1 || nargs > 3) rec_abort(r, TA_NYI_CALL, "range");
  for (uint32_t i = 1; i <= nargs; i++)
    if (r->base[fslot + i].tag != V_INT) rec_abort(r, TA_NYI_CALL, "range of a non-int");
  if (nargs == 3 && r->base[fslot + 3].as.i != 1) rec_abort(r, TA_INNER_LOOP, "with a step other than 1");
  guard_identity(r, rd(r, fslot), &TYPE_RANGE);
  IRRef start = nargs == 1 ? kint(r, 0) : rd(r, fslot + 1);
  IRRef stop = rd(r, fslot + (nargs == 1 ? 1 : 2));
  if (nargs == 3) fold_guard(r, fold2(r, IR_EQ, rd(r, fslot + 3), kint(r, 1)), true);
  /* the overflow guard exits before the CALL, where the state is exact */
  r->vr.len = fold2(r, IR_MAX, fold2(r, IR_SUBOV, stop, start), kint(r, 0));
  r->vr.start = start;
  r->vr.slot = (int32_t)fslot;
  r->sflags[fslot] = SF_WRITTEN | SF_EMPTY;
  r->slot[fslot] = REF_NONE;
  r->snp[fslot] = 0;
}

/* One more back-edge of the inner loop closed by pc. */
static void unroll_count(Recorder *r, const Instr *pc) {
  uint32_t i = 0;
  while (i < r->nunroll && r->unroll[i].pc != pc) i++;
  if (i == r->nunroll) {
    if (i == sizeof r->unroll / sizeof r->unroll[0]) rec_abort(r, TA_INNER_LOOP, "(too many)");
    r->unroll[i].pc = pc;
    r->unroll[i].n = 0;
    r->nunroll++;
  }
  if (++r->unroll[i].n > (uint32_t)r->vm->jitp.loopunroll) rec_abort(r, TA_INNER_LOOP, "(too many iterations)");
}

/* A range FORLOOP's step (R[a..a+2]: next value, count left, step) into
** R[c]; `taken` when the loop goes on (else the guard says it ended). */
static void rec_range_step(Recorder *r, uint32_t a, uint32_t c, bool taken) {
  IRRef cnt = rd(r, a + 1);
  fold_guard(r, fold2(r, IR_GT, cnt, kint(r, 0)), taken);
  if (!taken) return;
  IRRef v = rd(r, a), step = rd(r, a + 2);
  wr(r, c, v);
  wr(r, a, fold2(r, IR_ADD, v, step));
  wr(r, a + 1, fold2(r, IR_SUB, cnt, kint(r, 1)));
}

/* The virtual tuple in register a (`for d in (-1, 0, 1)` builds it at each
** entry) as a constant, made now, when its items are constant numbers:
** nothing can tell it from the one the interpreter makes. */
static bool rec_const_vtuple(Recorder *r, uint32_t a) {
  if (r->vt.arr != REF_NONE) return false;
  Value items[8];
  for (uint32_t k = 0; k < r->vt.n; k++) {
    if (!ir_isconst(r->vt.elem[k]) || r->vt.np[k] >= 0 || !is_num(r->vt.live[k])) return false;
    items[k] = r->vt.live[k];
  }
  vt_take(r, a, false);
  Value t = tuple_from(r->vm, items, r->vt.n);
  rec_root(r, t.as.o);
  wr(r, a, kptr(r, t.as.o));
  return true;
}

/* FORPREP of an inner loop over a list or tuple (`for d in (-1, 0, 1)`,
** `for x in row`): R[a] keeps the sequence, R[a+1] the index, as vm.c's
** FORPREP. The trip count the outer trace specialises on is the tuple's
** (immutable) or the list's: the sequence itself stands for it in
** check_unrolled_counts, or the length of a list the trace just made.
** Each step is guarded, so a list that changes length only exits. */
static bool rec_seq_forprep(Recorder *r, uint32_t a) {
  if (r->vt.slot == (int32_t)a && !rec_const_vtuple(r, a)) return false;
  Value s = r->base[a];
  if (s.tag != V_OBJ || (!is_list(s) && !is_tuple(s)) || (r->sflags[a] & (SF_EMPTY | SF_NONE))) return false;
  IRRef seq = rd(r, a);
  if (!ir_isconst(seq)) guard_type(r, seq, is_list(s) ? &TYPE_LIST : &TYPE_TUPLE);
  if (r->ninnerlen == sizeof r->innerlen / sizeof r->innerlen[0]) rec_abort(r, TA_INNER_LOOP, "(too many)");
  r->innerlen[r->ninnerlen++] = made_obj(r, seq, &TYPE_LIST) ? kint(r, as_list(s)->n) : seq;
  wr(r, a + 1, kint(r, 0));
  r->inner++;
  return true;
}

/* FORPREP of an inner loop over a virtual range: the state R[a..a+2]. The
** call's result register, if the range was moved here, is a temporary of
** the for statement above its state: dead from here on. An outer side's
** FORPREP of the trace's own loop (its jump lands on the back-edge)
** starts the loop's next run: no inner loop. */
static void rec_forprep(Recorder *r, uint32_t a, const Instr *target) {
  if (r->vr.slot != (int32_t)a && !(r->outer && r->depth == 0 && target == r->backedge) && rec_seq_forprep(r, a))
    return;
  if (r->vr.slot != (int32_t)a) rec_abort(r, TA_INNER_LOOP, "(not over a range)");
  wr(r, a, r->vr.start);
  wr(r, a + 1, r->vr.len);
  wr(r, a + 2, kint(r, 1));
  if (r->outer && r->depth == 0 && target == r->backedge) {
    /* a run short enough to unroll: the enclosing loop's own trace, with
    ** this loop unrolled, is better than a tree around this one (nbody) */
    Value it = r->base[a];
    if (it.tag == V_OBJ && it.as.o->type == &TYPE_RANGE && ((Range *)it.as.o)->len <= r->vm->jitp.loopunroll)
      rec_abort(r, TA_INNER_LOOP, "(short: the enclosing loop unrolls it)");
    r->vr.slot = -1;
    r->outer_entry = true;
    return;
  }
  if (r->ninnerlen == sizeof r->innerlen / sizeof r->innerlen[0]) rec_abort(r, TA_INNER_LOOP, "(too many)");
  r->innerlen[r->ninnerlen++] = r->vr.len;
  r->vr.slot = -1;
  r->inner++;
}

/* Does ref depend on a register the loop writes (a value that changes from
** one iteration to the next)? */
static bool loop_variant(Recorder *r, IRRef ref, uint8_t *seen) {
  if (ref < REF_BIAS) return false;
  uint32_t i = ref - REF_BIAS;
  if (seen[i]) return seen[i] == 2;
  seen[i] = 1;
  const IRIns *ins = &r->ir->ins[i];
  bool v;
  if (ins->op == IR_SLOAD) v = ir_sload_slot(ins->lit) < r->nabs && (r->sflags0[ir_sload_slot(ins->lit)] & SF_WRITTEN);
  else if (ins->op == IR_ALOAD || ins->op == IR_FLOAD || ins->op == IR_VLOAD || ins->op == IR_CALL) v = true;
  else v = (ir_op_info[ins->op].mode_a == IRM_R && loop_variant(r, ins->a, seen)) ||
           (ir_op_info[ins->op].mode_b == IRM_R && loop_variant(r, ins->b, seen));
  seen[i] = v ? 2 : 1;
  return v;
}

/* An inner loop unrolled with a trip count that changes with the loop's
** iterations (`for j in range(i + 1, n)` in the loop over i) would leave
** the trace on most of them: those keep their own trace instead. */
static void check_unrolled_counts(Recorder *r) {
  if (!r->ninnerlen) return;
  uint8_t *seen = calloc(r->ir->nins + 1, 1);
  bool varies = false;
  for (uint32_t k = 0; k < r->ninnerlen && !varies; k++) varies = loop_variant(r, r->innerlen[k], seen);
  free(seen);
  if (varies) rec_abort(r, TA_INNER_LOOP, "(its trip count varies)");
}

/* A conditional branch of the recorded path: not inside an unrolled loop
** unless its direction is a constant. */
static void branch_guard(Recorder *r, IRRef cond, bool want) {
  if (r->inner && !ir_isconst(cond)) rec_abort(r, TA_INNER_LOOP, "(it branches)");
  fold_guard(r, cond, want);
}

enum { IFC_MAXMOVES = 8 };

typedef enum { IFC_NO, IFC_DONE, IFC_GUARD } IfConv;

/* An operand of an instruction in an if-converted block as a float (a
** Python float, or an np.float64: *np set): the value the block assigned
** the register earlier, else the register or constant; an int constant
** converts; else REF_NONE. */
static IRRef ifc_float(Recorder *r, uint32_t x, const uint32_t *dst, const Opnd *val, int n, bool *np) {
  if (!(x & BC_KBIT)) {
    for (int k = n - 1; k >= 0; k--)
      if (dst[k] == x) {
        const Opnd *o = &val[k];
        bool ok = !o->cx && (o->np < 0 || o->np == DT_FLOAT64) && ir_typeof(r->ir, o->ref) == IRT_F64;
        *np |= o->np == DT_FLOAT64;
        return ok ? o->ref : REF_NONE;
      }
    bool pyfloat = r->base[x].tag == V_FLOAT && !r->snp[x];
    bool npfloat = r->snp[x] && r->snp[x] != SNP_COMPLEX && r->snp[x] - 1 == DT_FLOAT64;
    if (!pyfloat && !npfloat) return REF_NONE;
    *np |= npfloat;
    return opnd_reg(r, x).ref;
  }
  Value v = r->co->consts[x & ~BC_KBIT];
  if (v.tag == V_FLOAT) return knum(r, v.as.f);
  if (v.tag == V_INT && v.as.i >= -(INT64_C(1) << 53) && v.as.i <= (INT64_C(1) << 53)) return knum(r, (double)v.as.i);
  return REF_NONE;
}

/* The same for an int operand (a Python int register or constant). */
static IRRef ifc_int(Recorder *r, uint32_t x, const uint32_t *dst, const Opnd *val, int n) {
  if (!(x & BC_KBIT)) {
    for (int k = n - 1; k >= 0; k--)
      if (dst[k] == x) return !val[k].cx && val[k].np < 0 && ir_typeof(r->ir, val[k].ref) == IRT_I64 ? val[k].ref : REF_NONE;
    if (r->base[x].tag != V_INT || r->snp[x]) return REF_NONE;
    return opnd_reg(r, x).ref;
  }
  Value v = r->co->consts[x & ~BC_KBIT];
  return v.tag == V_INT ? kint(r, v.as.i) : REF_NONE;
}

/* If-conversion (where rec_branch allows it: see there):
**     if d < bd:          JLT d bd / EXTRA ->T   (jumps past the block when false)
**         bd = d          MOVE bd d
**         best = c        MOVE best c
**                      T: ...
** A forward branch over a block of plain assignments of numbers
** (MOVE, LOADI, LOADK, LOADBOOL) and of float arithmetic (+ - * and
** negation, which cannot fail: computed whether the block runs or not)
** and int + - * (their overflow guards exit at the branch, before the
** block, so the interpreter takes over exactly) becomes, for each
** register the block assigns, SELECT(cond, value if run, value before)
** when both have one kind (the argmin of k-means, black_scholes'
** `if d > 0: ret = 1.0 - ret`, mc_pi's `if x*x + y*y <= 1.0: inside += 1`).
** The interpreter then runs the block or not as it likes: trace.c skips
** its instructions. cond: the branch condition; runs_if: the value of cond
** for which the block runs. */
static IfConv if_convert(Recorder *r, const Instr *lo, const Instr *hi, IRRef cond, bool runs_if) {
  if (hi <= lo || hi - lo > IFC_MAXMOVES) return IFC_NO;
  uint32_t dst[IFC_MAXMOVES];
  Opnd val[IFC_MAXMOVES];
  int n = 0;
  for (const Instr *p = lo; p < hi; p++) {
    OpCode op = bc_op(*p);
    uint32_t a = bc_a(*p), b = bc_b(*p);
    Opnd v;
    if (op == OP_MOVE) {
      if (r->sflags[b] & (SF_NONE | SF_EMPTY)) return IFC_NO;
      int k = n - 1;
      while (k >= 0 && dst[k] != b) k--;
      if (k >= 0) v = val[k]; /* assigned earlier in the block */
      else if (r->base[b].tag == V_INT || r->base[b].tag == V_FLOAT || r->base[b].tag == V_BOOL ||
               np_dt_of(r->base[b]) >= 0) v = opnd_reg(r, b);
      else return IFC_NO;
    } else if (op == OP_LOADI) {
      v = (Opnd){kint(r, (int64_t)b - BC_IMM_BIAS), {0}, -1, false, REF_NONE};
    } else if (op == OP_LOADBOOL) {
      v = (Opnd){ir_kbool(r->ir, b != 0), {0}, -1, false, REF_NONE};
    } else if (op == OP_LOADK && (r->co->consts[b].tag == V_INT || r->co->consts[b].tag == V_FLOAT)) {
      v = opnd_rk(r, b | BC_KBIT);
    } else if (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_NEG || op == OP_IADD || op == OP_ISUB ||
               op == OP_IMUL) {
      /* `x += 1` on a number is `x = x + 1` */
      op = op == OP_IADD ? OP_ADD : op == OP_ISUB ? OP_SUB : op == OP_IMUL ? OP_MUL : op;
      bool np = false;
      IRRef x = ifc_float(r, b, dst, val, n, &np);
      IRRef y = op == OP_NEG ? REF_NONE : ifc_float(r, bc_c(*p), dst, val, n, &np);
      static const IROp irop[] = {[OP_ADD] = IR_ADD, [OP_SUB] = IR_SUB, [OP_MUL] = IR_MUL, [OP_NEG] = IR_NEG};
      static const IROp ovop[] = {[OP_ADD] = IR_ADDOV, [OP_SUB] = IR_SUBOV, [OP_MUL] = IR_MULOV, [OP_NEG] = IR_NEGOV};
      if (x != REF_NONE && (op == OP_NEG || y != REF_NONE)) {
        Value f = {.tag = V_FLOAT};
        v = (Opnd){fold_emit(r, irop[op], IRT_F64, x, y, 0), f, np ? DT_FLOAT64 : -1, false, REF_NONE};
      } else {
        x = ifc_int(r, b, dst, val, n);
        y = op == OP_NEG ? REF_NONE : ifc_int(r, bc_c(*p), dst, val, n);
        if (x == REF_NONE || (op != OP_NEG && y == REF_NONE)) return IFC_NO;
        Value i = {.tag = V_INT};
        v = (Opnd){fold_emit(r, ovop[op], IRT_I64, x, y, 0), i, -1, false, REF_NONE};
      }
    } else {
      return IFC_NO;
    }
    if (v.cx) return IFC_NO;
    int k = 0;
    while (k < n && dst[k] != a) k++;
    dst[k] = a;
    val[k] = v;
    if (k == n) n++;
  }
  /* the registers as they are before the block: same IR type and kind */
  Opnd old[IFC_MAXMOVES];
  for (int k = 0; k < n; k++) {
    uint32_t s = dst[k];
    if (r->sflags[s] & (SF_NONE | SF_EMPTY)) return IFC_NO;
    bool number = r->base[s].tag == V_INT || r->base[s].tag == V_FLOAT || r->base[s].tag == V_BOOL;
    if (!number && np_dt_of(r->base[s]) < 0) return IFC_NO;
    old[k] = opnd_reg(r, s);
    if (old[k].cx || ir_typeof(r->ir, old[k].ref) != ir_typeof(r->ir, val[k].ref)) return IFC_NO;
    /* `bd = 1e300` then `bd = d` with d an np.float64: which kind bd has
    ** after the block depends on the branch. With a constant before (an
    ** initial sentinel: the branch nearly always goes one way, the first
    ** time) the branch is guarded instead. */
    if (old[k].np != val[k].np) return ir_isconst(old[k].ref) ? IFC_GUARD : IFC_NO;
  }
  for (int k = 0; k < n; k++) {
    IRRef yes = runs_if ? val[k].ref : old[k].ref, no = runs_if ? old[k].ref : val[k].ref;
    IRRef pair = fold_emit(r, IR_CARG, IRT_VOID, yes, no, 0);
    wr_val(r, dst[k], fold_emit(r, IR_SELECT, ir_typeof(r->ir, yes), cond, pair, 0), val[k].np);
  }
  r->check_slot = -1; /* the block may not run: the kinds were checked here */
  r->skip_lo = lo;
  r->skip_hi = hi;
  return IFC_DONE;
}

/* Does the block [lo, hi) assign a register the iteration has not written
** yet (`m = x` of a running maximum)? Outside unrolled loops such a block
** stays a branch: a select would put the compare on the loop-carried
** dependency chain, and the branch of a running maximum is predictable
** (argmax over 1e6 randoms: 6.9 ms as a branch and a side, 10.4 as a
** select), while a clamp of a value the iteration computed is not (40 ms
** as selects, 72 as branches). */
static bool carries_through(const Recorder *r, const Instr *lo, const Instr *hi) {
  for (const Instr *p = lo; p < hi && p - lo <= IFC_MAXMOVES; p++)
    if (!(r->sflags[bc_a(*p)] & SF_WRITTEN)) return true;
  return false;
}

/* Does cond depend on the value before the block of a register the block
** [lo, hi) assigns (`if x > m: m = x`, a running maximum)? */
static bool cond_reads_block(Recorder *r, IRRef cond, const Instr *lo, const Instr *hi) {
  if (cond < REF_BIAS) return false;
  uint32_t n = cond - REF_BIAS + 1;
  uint8_t *mark = calloc(n, 1);
  if (!mark) return true;
  for (const Instr *p = lo; p < hi; p++) {
    IRRef v = r->slot[bc_a(*p)];
    if (v >= REF_BIAS && v - REF_BIAS < n) mark[v - REF_BIAS] = 2; /* a value the block replaces */
  }
  bool reads = false;
  mark[n - 1] |= 1;
  for (uint32_t i = n; i-- > 0 && !reads;) { /* operands precede their users */
    if (!(mark[i] & 1)) continue;
    if (mark[i] & 2) reads = true;
    const IRIns *ins = &r->ir->ins[i];
    const IROpInfo *info = &ir_op_info[ins->op];
    if (info->mode_a == IRM_R && ins->a >= REF_BIAS) mark[ins->a - REF_BIAS] |= 1;
    if (info->mode_b == IRM_R && ins->b >= REF_BIAS) mark[ins->b - REF_BIAS] |= 1;
  }
  free(mark);
  return reads;
}

/* A conditional branch over [lo, hi) (the block that runs when cond is
** runs_if) whose recorded direction is t: if-converted inside unrolled
** loops (a branch would abort there) and where no loop-carried register
** goes through the block or the condition does not read one that does:
** a select then puts one cmov on the loop-carried chain (mc_pi's count of
** hits, an unpredictable branch), not the compare of a running maximum. */
static void rec_branch(Recorder *r, IRRef cond, bool t, const Instr *lo, const Instr *hi, bool runs_if) {
  bool convert = !ir_isconst(cond) && (r->inner || !carries_through(r, lo, hi) || !cond_reads_block(r, cond, lo, hi));
  IfConv c = convert ? if_convert(r, lo, hi, cond, runs_if) : IFC_NO;
  if (c == IFC_GUARD) fold_guard(r, cond, t);
  else if (c == IFC_NO) branch_guard(r, cond, t);
}

/* An enclosing loop's back-edge, recorded by an outer side (range for
** loops and while loops; the trace's own loop is entered only through its
** FORPREP). */
static const Instr *rec_outer_backedge(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  uint32_t a = bc_a(ins);
  if (bc_op(ins) == OP_LOOP) return r->co->code + bc_b(ins);
  if (r->base[a].tag != V_INT) rec_abort(r, TA_INNER_LOOP, "(an enclosing loop not over a range)");
  bool taken = r->base[a + 1].as.i > 0;
  rec_range_step(r, a, bc_c(ins), taken);
  return taken ? r->co->code + bc_b(ins) : pc + 2;
}

/* The recorder's state for a new instruction at pc. */
static void rec_at(Recorder *r, const Instr *pc) {
  r->pc = pc;
  r->snap_taken = false;
  r->check_slot = -1;
  r->st.kind = -1;
  r->nrecorded++;
}

bool rec_loop_end(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  uint32_t a = bc_a(ins);
  if (!r->side || r->depth || bc_op(ins) != OP_FORLOOP || r->base[a].tag != V_INT || r->base[a + 1].as.i > 0 ||
      r->inner)
    return false;
  rec_at(r, pc);
  rec_range_step(r, a, bc_c(ins), false);
  r->outer = true;
  r->outer_entry = false; /* an empty run: on to the enclosing loop again */
  r->expect = pc + 2;
  return true;
}

bool rec_loop_reenter(Recorder *r, const Instr *pc) {
  if (!r->outer_entry || r->depth) return false;
  r->outer_entry = false;
  Instr ins = *pc;
  uint32_t a = bc_a(ins);
  if (r->base[a].tag != V_INT || r->base[a + 1].as.i <= 0) return false; /* rec_loop_end's */
  rec_at(r, pc);
  rec_range_step(r, a, bc_c(ins), true);
  r->expect = r->co->code + bc_b(ins);
  r->reentered = true;
  return true;
}

/* Does v pass the guard of SLOAD ins (its tag, or its NumPy kind)? */
static bool sload_passes(const IRIns *ins, Value v) {
  int dt = ir_sload_npdt(ins->lit);
  if (dt == IR_NP_F64ANY) return v.tag == V_FLOAT || np_dt_of(v) == DT_FLOAT64;
  if (dt == IR_NP_CRE || dt == IR_NP_CIM) return is_complex(v);
  if (dt >= 0) return np_dt_of(v) == dt;
  return v.tag == tag_of_irt(ins->type);
}

bool rec_entry_accepts(Recorder *r) {
  if (r->depth) return false;
  for (uint32_t i = 0; i < r->side_start && i < r->ir->nins; i++) {
    const IRIns *ins = &r->ir->ins[i];
    if (ins->op != IR_SLOAD) continue;
    uint32_t s = ir_sload_slot(ins->lit);
    if (s >= r->nabs || !sload_passes(ins, r->base0[s])) return false;
  }
  return true;
}

/* An inner loop's back-edge: FORLOOP over a range, or a while's LOOP. */
/* An unrolled inner loop's FORLOOP over a list or tuple (rec_seq_forprep):
** the next item (item_addr's bounds guard exits where the loop would
** end), or the guard that it ends; the next pc, NULL if R[a] is no such
** loop. */
static const Instr *rec_seq_inner_step(Recorder *r, const Instr *pc) {
  uint32_t a = bc_a(*pc);
  Value s0 = r->base[a], s1 = r->base[a + 1];
  if (s0.tag != V_OBJ || (!is_list(s0) && !is_tuple(s0)) || s1.tag != V_INT) return NULL;
  int64_t n = is_list(s0) ? as_list(s0)->n : as_tuple(s0)->n;
  Opnd idx = opnd_reg(r, a + 1);
  IRRef seq = rd(r, a);
  if (s1.as.i < n) {
    unroll_count(r, pc);
    load_value(r, item_addr(r, seq, s0, idx), item_live(s0, s1.as.i), false, bc_c(*pc));
    wr(r, a + 1, fold2(r, IR_ADD, idx.ref, kint(r, 1)));
    return r->co->code + bc_b(*pc);
  }
  IRRef len = fold_emit(r, IR_FLOAD, IRT_I64, seq, REF_NONE,
                        is_list(s0) ? (uint32_t)offsetof(List, n) : (uint32_t)offsetof(Tuple, n));
  fold_guard(r, fold2(r, IR_LT, idx.ref, len), false);
  r->inner--;
  return pc + 2;
}

static const Instr *rec_inner_backedge(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  uint32_t a = bc_a(ins);
  if (bc_op(ins) == OP_FORLOOPN) rec_abort(r, TA_INNER_LOOP, "(unpacking its items)");
  if (r->outer && !r->inner && r->depth == 0) return rec_outer_backedge(r, pc);
  if (bc_op(ins) == OP_LOOP) rec_abort(r, TA_INNER_LOOP, "(a while loop)");
  const Instr *next = r->inner ? rec_seq_inner_step(r, pc) : NULL;
  if (next) return next;
  if (r->base[a].tag != V_INT || !r->inner) rec_abort(r, TA_INNER_LOOP, "(not over a range)");
  bool taken = r->base[a + 1].as.i > 0;
  if (taken) unroll_count(r, pc);
  else r->inner--;
  rec_range_step(r, a, bc_c(ins), taken);
  return taken ? r->co->code + bc_b(ins) : pc + 2;
}

static void rec_forloopn(Recorder *r, uint32_t a, uint32_t c, uint32_t n);
static void iter_item(Recorder *r, IRRef it, Value o, uint32_t dst, IRRef *ix, uint32_t *ixoff);
static void rec_dict_iter_step(Recorder *r, IRRef st, DictIter *it, Type *t, int64_t kdst, int64_t vdst);
static void rec_rangeiter_step(Recorder *r, IRRef it, RangeIter *ri, uint32_t dst);
static void rec_listreviter_step(Recorder *r, IRRef it, ListIter *li, uint32_t dst);

static void rec_backedge(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  if (bc_op(ins) == OP_LOOP) return;
  uint32_t a = bc_a(ins), c = bc_c(ins);
  if (bc_op(ins) == OP_FORLOOPN) {
    rec_forloopn(r, a, c, bc_a(pc[1]));
    return;
  }
  Value s0 = r->base[a], s1 = r->base[a + 1];
  if (s0.tag == V_INT) { /* range: next value, count left, step */
    if (s1.as.i <= 0) rec_abort(r, TA_LEFT_LOOP, "range ends");
    rec_range_step(r, a, c, true);
    return;
  }
  if (s1.tag == V_INT && s0.tag == V_OBJ && (is_list(s0) || is_tuple(s0))) {
    int64_t i = s1.as.i;
    int64_t n = is_list(s0) ? as_list(s0)->n : as_tuple(s0)->n;
    if (i >= n) rec_abort(r, TA_LEFT_LOOP, "sequence ends");
    Opnd idx = opnd_reg(r, a + 1);
    IRRef addr = item_addr(r, rd(r, a), s0, idx);
    load_value(r, addr, item_live(s0, i), false, c);
    wr(r, a + 1, fold2(r, IR_ADD, idx.ref, kint(r, 1)));
    return;
  }
  /* `for x in a` over a 1-D array (the element a NumPy scalar kept
  ** unboxed), `for ch in s` over an ASCII str: the iterator's position is
  ** loaded, bounds checked (the loop's exit), stored back incremented */
  if (s1.tag == V_NONE && s0.tag == V_OBJ && (s0.as.o->type == arr_iterobj_type() || s0.as.o->type == &TYPE_STR_ITERATOR)) {
    IRRef it = rd(r, a), ix;
    uint32_t ixoff;
    iter_item(r, it, s0, c, &ix, &ixoff);
    fold_emit(r, IR_FSTORE, IRT_VOID, it, fold2(r, IR_ADD, ix, kint(r, 1)), ixoff);
    return;
  }
  if (s1.tag == V_NONE && s0.tag == V_OBJ && s0.as.o->type == &TYPE_RANGE_ITERATOR) {
    rec_rangeiter_step(r, rd(r, a), (RangeIter *)s0.as.o, c);
    return;
  }
  if (s1.tag == V_NONE && s0.tag == V_OBJ && s0.as.o->type == &TYPE_LIST_REVITERATOR) {
    rec_listreviter_step(r, rd(r, a), (ListIter *)s0.as.o, c);
    return;
  }
  if (s1.tag == V_NONE && s0.tag == V_OBJ &&
      (s0.as.o->type == &TYPE_DICT_KEYITER || s0.as.o->type == &TYPE_DICT_VALUEITER)) {
    bool keys = s0.as.o->type == &TYPE_DICT_KEYITER;
    int64_t dst = (int64_t)c;
    rec_dict_iter_step(r, rd(r, a), (DictIter *)s0.as.o, s0.as.o->type, keys ? dst : -1, keys ? -1 : dst);
    return;
  }
  rec_abort(r, TA_NYI_BC, "FORLOOP over an iterator");
}

/* The next item of list iterator `it` (live: o) into register dst, its
** index advanced in memory by the caller (*ix, after every guard of the
** instruction: an exit re-runs it from the start). */
/* The item a list iterator (forward or reversed: `type`) is at into
** R[dst]: the list not dropped, the index within it (the bounds guard of
** item_addr: else the end); returns the index. */
static IRRef list_iter_load(Recorder *r, IRRef it, Type *type, ListIter *li, uint32_t dst) {
  guard_type(r, it, type);
  IRRef l = fold_emit(r, IR_FLOAD, IRT_PTR, it, REF_NONE, (uint32_t)offsetof(ListIter, l));
  fold_guard(r, fold2(r, IR_EQ, l, kptr(r, NULL)), false);
  IRRef i = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, (uint32_t)offsetof(ListIter, i));
  Opnd idx = {i, v_int(li->i), -1, false, REF_NONE};
  Value lv = v_obj(li->l);
  load_value(r, item_addr(r, l, lv, idx), item_live(lv, li->i), false, dst);
  return i;
}

static void listiter_item(Recorder *r, IRRef it, Value o, uint32_t dst, IRRef *ix) {
  ListIter *li = (ListIter *)o.as.o;
  if (!li->l || li->i >= li->l->n) rec_abort(r, TA_LEFT_LOOP, "iterator ends");
  *ix = list_iter_load(r, it, &TYPE_LIST_ITERATOR, li, dst);
}

/* `for i in reversed(range(...))` (and iter(range(...))): list.c's
** rangeiter_next as guards and stores. The count left is guarded positive
** (else the loop ends: the interpreter's), the value goes to R[dst], the
** count is stored one less and the value stepped only while items are
** left, as there (a step past the last item could overflow). */
static void rec_rangeiter_step(Recorder *r, IRRef it, RangeIter *ri, uint32_t dst) {
  if (ri->left <= 0) rec_abort(r, TA_LEFT_LOOP, "iterator ends");
  guard_type(r, it, &TYPE_RANGE_ITERATOR);
  IRRef left = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, (uint32_t)offsetof(RangeIter, left));
  fold_guard(r, fold2(r, IR_GT, left, kint(r, 0)), true);
  IRRef next = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, (uint32_t)offsetof(RangeIter, next));
  IRRef step = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, (uint32_t)offsetof(RangeIter, step));
  IRRef left1 = fold2(r, IR_SUB, left, kint(r, 1));
  IRRef more = fold_emit(r, IR_CONV, IRT_I64, fold2(r, IR_GT, left1, kint(r, 0)), REF_NONE, 0);
  wr(r, dst, next);
  fold_emit(r, IR_FSTORE, IRT_VOID, it, left1, (uint32_t)offsetof(RangeIter, left));
  fold_emit(r, IR_FSTORE, IRT_VOID, it, fold2(r, IR_ADD, next, fold2(r, IR_MUL, step, more)),
            (uint32_t)offsetof(RangeIter, next));
  r->check_slot = -1;
}

/* `for x in reversed(lst)`: list.c's listreviter_next as guards: the list
** not dropped, the index within it (BOUNDS: else the end, the
** interpreter's, which drops the list), the item into R[dst], the index
** stored one less. */
static void rec_listreviter_step(Recorder *r, IRRef it, ListIter *li, uint32_t dst) {
  if (!li->l || li->i < 0 || li->i >= li->l->n) rec_abort(r, TA_LEFT_LOOP, "iterator ends");
  IRRef i = list_iter_load(r, it, &TYPE_LIST_REVITERATOR, li, dst);
  fold_emit(r, IR_FSTORE, IRT_VOID, it, fold2(r, IR_SUB, i, kint(r, 1)), (uint32_t)offsetof(ListIter, i));
  r->check_slot = -1;
}

/* The one-character str of ASCII code c (shared: str_from_codepoint
** interns them, so the call is pure). */
static void *rec_ascii_char(void *vm, int64_t c) { return str_from_codepoint(vm, (uint32_t)c).as.o; }
static const IRCallTarget rec_ct_ascii_char = {
    "rec_ascii_char", (void *)rec_ascii_char, IRT_PTR, 2, {IRT_PTR, IRT_I64, 0, 0}, true, false, false};

/* The next character of str iterator `it` (live: o) into register dst, its
** byte offset into *ix for the caller to advance by one: ASCII strings only
** (guarded: a str never changes), where a character is a byte. */
static void striter_item(Recorder *r, IRRef it, Value o, uint32_t dst, IRRef *ix) {
  StrIter *si = (StrIter *)o.as.o;
  if (!si->s->ascii) rec_abort(r, TA_NYI_TYPE, "iteration over a non-ASCII str");
  if (si->off >= si->s->nbytes) rec_abort(r, TA_LEFT_LOOP, "str ends");
  guard_type(r, it, &TYPE_STR_ITERATOR);
  IRRef s = fold_emit(r, IR_FLOAD, IRT_PTR, it, REF_NONE, (uint32_t)offsetof(StrIter, s));
  IRRef ascii = fold_emit(r, IR_FLOAD, IRT_U8, s, REF_NONE, (uint32_t)offsetof(Str, ascii));
  fold_guard(r, fold2(r, IR_NE, fold_emit(r, IR_CONV, IRT_I64, ascii, REF_NONE, 0), kint(r, 0)), true);
  IRRef off = fold_emit(r, IR_FLOAD, IRT_I64, it, REF_NONE, (uint32_t)offsetof(StrIter, off));
  IRRef n = fold_emit(r, IR_FLOAD, IRT_I64, s, REF_NONE, (uint32_t)offsetof(Str, nbytes));
  fold_guard(r, fold2(r, IR_LT, off, n), true);
  IRRef data = fold_emit(r, IR_AREF, IRT_PTR, s, kint(r, (int64_t)offsetof(Str, data)), IRT_U8);
  IRRef c = fold_emit(r, IR_ALOAD, IRT_U8, fold_emit(r, IR_AREF, IRT_PTR, data, off, IRT_U8), REF_NONE, 0);
  IRRef args[2] = {kptr(r, r->vm), fold_emit(r, IR_CONV, IRT_I64, c, REF_NONE, 0)};
  wr(r, dst, fold_call_target(r, &rec_ct_ascii_char, 2, args));
  *ix = off;
}

/* An iterator that zip() and enumerate() steps can take apart: a list's,
** a 1-D array's or an ASCII str's. */
static bool iter_steppable(Value o) {
  return o.tag == V_OBJ && (o.as.o->type == &TYPE_LIST_ITERATOR || o.as.o->type == arr_iterobj_type() ||
                            o.as.o->type == &TYPE_STR_ITERATOR);
}

/* The next item of such an iterator into register dst; its index into *ix
** and the offset of its index field into *ixoff, for the caller to
** advance after every guard of the instruction. */
static void iter_item(Recorder *r, IRRef it, Value o, uint32_t dst, IRRef *ix, uint32_t *ixoff) {
  if (o.as.o->type == &TYPE_LIST_ITERATOR) {
    listiter_item(r, it, o, dst, ix);
    *ixoff = (uint32_t)offsetof(ListIter, i);
  } else if (o.as.o->type == &TYPE_STR_ITERATOR) {
    striter_item(r, it, o, dst, ix);
    *ixoff = (uint32_t)offsetof(StrIter, off);
  } else {
    arrayiter_item(r, it, o, dst, ix);
    *ixoff = arr_iterobj_offset(true);
  }
}

/* `for k, v in d.items()`, `for k in d`, `for v in d.values()`: dict.c's
** dictiter_step as guards (the dict's size unchanged, an entry left, not
** a hole, items expected), the key into R[kdst] and the value into
** R[vdst] (either may be -1: not wanted), then the position and count
** stored. The end, a hole and the errors are the interpreter's. */
static void rec_dict_iter_step(Recorder *r, IRRef st, DictIter *it, Type *t, int64_t kdst, int64_t vdst) {
  Dict *d = it->d;
  if (!d || it->used != d->used || it->pos >= d->nentries || it->left <= 0) rec_abort(r, TA_LEFT_LOOP, "iterator ends");
  DictEntry *e = &d->entries[it->pos];
  if (is_empty(e->key)) rec_abort(r, TA_LEFT_LOOP, "a deleted dict entry"); /* retried at once: the next is likely no hole */
  guard_type(r, st, t);
  IRRef dr = fold_emit(r, IR_FLOAD, IRT_PTR, st, REF_NONE, (uint32_t)offsetof(DictIter, d));
  fold_guard(r, fold2(r, IR_EQ, dr, kptr(r, NULL)), false);
  IRRef used = fold_emit(r, IR_FLOAD, IRT_I64, st, REF_NONE, (uint32_t)offsetof(DictIter, used));
  IRRef dused = fold_emit(r, IR_FLOAD, IRT_I64, dr, REF_NONE, (uint32_t)offsetof(Dict, used));
  fold_guard(r, fold2(r, IR_EQ, used, dused), true);
  IRRef pos = fold_emit(r, IR_FLOAD, IRT_I64, st, REF_NONE, (uint32_t)offsetof(DictIter, pos));
  IRRef nent = fold_emit(r, IR_FLOAD, IRT_I64, dr, REF_NONE, (uint32_t)offsetof(Dict, nentries));
  fold_guard(r, fold2(r, IR_LT, pos, nent), true);
  IRRef left = fold_emit(r, IR_FLOAD, IRT_I64, st, REF_NONE, (uint32_t)offsetof(DictIter, left));
  fold_guard(r, fold2(r, IR_GT, left, kint(r, 0)), true);
  IRRef entries = fold_emit(r, IR_FLOAD, IRT_PTR, dr, REF_NONE, (uint32_t)offsetof(Dict, entries));
  IRRef at = fold2(r, IR_MUL, pos, kint(r, (int64_t)sizeof(DictEntry)));
  IRRef key = fold_emit(r, IR_AREF, IRT_PTR, entries, fold2(r, IR_ADD, at, kint(r, (int64_t)offsetof(DictEntry, key))), IRT_U8);
  if (kdst >= 0) {
    load_value(r, key, e->key, false, (uint32_t)kdst); /* its tag guard: not a hole */
  } else { /* not a hole */
    IRRef tag = fold_emit(r, IR_ALOAD, IRT_U8, key, REF_NONE, 0);
    fold_guard(r, fold2(r, IR_EQ, fold_emit(r, IR_CONV, IRT_I64, tag, REF_NONE, 0), kint(r, V_EMPTY)), false);
  }
  if (vdst >= 0) {
    IRRef val = fold_emit(r, IR_AREF, IRT_PTR, entries, fold2(r, IR_ADD, at, kint(r, (int64_t)offsetof(DictEntry, val))), IRT_U8);
    load_value(r, val, e->val, false, (uint32_t)vdst);
  }
  fold_emit(r, IR_FSTORE, IRT_VOID, st, fold2(r, IR_ADD, pos, kint(r, 1)), (uint32_t)offsetof(DictIter, pos));
  fold_emit(r, IR_FSTORE, IRT_VOID, st, fold2(r, IR_SUB, left, kint(r, 1)), (uint32_t)offsetof(DictIter, left));
  r->check_slot = -1;
}

/* `for a, b in ...` (FORLOOPN): a sequence of tuples by index, zip() of
** list or 1-D array iterators, enumerate() of one; the parts go to
** R[c..c+n) and no tuple is made. */
static void rec_forloopn(Recorder *r, uint32_t a, uint32_t c, uint32_t n) {
  Value s0 = r->base[a], s1 = r->base[a + 1];
  if (s1.tag == V_INT && s0.tag == V_OBJ && (is_list(s0) || is_tuple(s0))) {
    int64_t i = s1.as.i, len = is_list(s0) ? as_list(s0)->n : as_tuple(s0)->n;
    if (i >= len) rec_abort(r, TA_LEFT_LOOP, "sequence ends");
    Opnd idx = opnd_reg(r, a + 1);
    Value x = item_live(s0, i);
    IRRef xr = load_value(r, item_addr(r, rd(r, a), s0, idx), x, false, c);
    rec_unpack_ref(r, c, xr, x, n);
    wr(r, a + 1, fold2(r, IR_ADD, idx.ref, kint(r, 1)));
    r->check_slot = -1;
    return;
  }
  if (s1.tag != V_NONE || s0.tag != V_OBJ) rec_abort(r, TA_NYI_TYPE, "unpacking this type");
  Type *t = s0.as.o->type;
  IRRef ix[16], its[16];
  uint32_t ixoff[16];
  IRRef st = rd(r, a);
  if (t == &TYPE_ZIP) {
    Zip *z = (Zip *)s0.as.o;
    if (z->n != (int64_t)n || z->strict || z->done) rec_abort(r, TA_NYI_BC, "FORLOOP over this zip");
    for (uint32_t k = 0; k < n; k++)
      if (!iter_steppable(z->its[k]))
        rec_abort(r, TA_NYI_BC, "FORLOOP over a zip of iterators other than a list's or an array's");
    guard_type(r, st, &TYPE_ZIP);
    /* n, strict and done: a zip's length never changes; done only at its end */
    _Static_assert(offsetof(Zip, done) == offsetof(Zip, strict) + 1, "strict and done read as one u16");
    IRRef zn = fold_emit(r, IR_FLOAD, IRT_I64, st, REF_NONE, (uint32_t)offsetof(Zip, n));
    fold_guard(r, fold2(r, IR_EQ, zn, kint(r, n)), true);
    IRRef flags = fold_emit(r, IR_FLOAD, IRT_U16, st, REF_NONE, (uint32_t)offsetof(Zip, strict));
    fold_guard(r, fold2(r, IR_EQ, fold_emit(r, IR_CONV, IRT_I64, flags, REF_NONE, 0), kint(r, 0)), true);
    for (uint32_t k = 0; k < n; k++) {
      uint32_t off = (uint32_t)(offsetof(Zip, its) + k * sizeof(Value));
      its[k] = fold_emit(r, IR_FLOAD, IRT_PTR, st, REF_NONE, off + 8);
      iter_item(r, its[k], z->its[k], c + k, &ix[k], &ixoff[k]);
    }
  } else if (t == &TYPE_ENUMERATE && n == 2) {
    Enumerate *e = (Enumerate *)s0.as.o;
    if (!iter_steppable(e->it) || e->index.tag != V_INT || e->index.as.i == INT64_MAX)
      rec_abort(r, TA_NYI_BC, "FORLOOP over this enumerate");
    guard_type(r, st, &TYPE_ENUMERATE);
    IRRef tag = fold_emit(r, IR_FLOAD, IRT_U8, st, REF_NONE, (uint32_t)offsetof(Enumerate, index));
    fold_guard(r, fold2(r, IR_EQ, fold_emit(r, IR_CONV, IRT_I64, tag, REF_NONE, 0), kint(r, V_INT)), true);
    IRRef count = fold_emit(r, IR_FLOAD, IRT_I64, st, REF_NONE, (uint32_t)offsetof(Enumerate, index) + 8);
    IRRef next = fold2(r, IR_ADDOV, count, kint(r, 1)); /* a bigger index: the interpreter's */
    its[0] = fold_emit(r, IR_FLOAD, IRT_PTR, st, REF_NONE, (uint32_t)offsetof(Enumerate, it) + 8);
    iter_item(r, its[0], e->it, c + 1, &ix[0], &ixoff[0]);
    wr(r, c, count);
    fold_emit(r, IR_FSTORE, IRT_VOID, st, next, (uint32_t)offsetof(Enumerate, index) + 8);
    n = 1;
  } else if (t == &TYPE_DICT_ITEMITER && n == 2) {
    rec_dict_iter_step(r, st, (DictIter *)s0.as.o, t, c, c + 1);
    return;
  } else {
    rec_abort(r, TA_NYI_BC, "FORLOOP over an iterator");
  }
  for (uint32_t k = 0; k < n; k++) /* every guard passed: advance */
    fold_emit(r, IR_FSTORE, IRT_VOID, its[k], fold2(r, IR_ADD, ix[k], kint(r, 1)), ixoff[k]);
  r->check_slot = -1;
}

/* LOADMETH of a C method (list.append): what vm.c's load_method finds
** depends on the object's type only, so under a type guard its register
** holds that C function (V_EMPTY, SNP_CFUNC) and the next the object; the
** CALLMETH is stitched. */
static bool rec_cmethod(Recorder *r, uint32_t dst, uint32_t src, Str *name) {
  Value o = r->base[src];
  CFunc fn;
  if (o.tag != V_OBJ || r->snp[src] || r->depth != 0) return false;
  Type *t = o.as.o->type;
  if (t == &TYPE_MODULE || t == &TYPE_TYPE || !type_find_method(t, name, &fn)) return false;
  Opnd self = opnd_reg(r, src);
  guard_type(r, self.ref, t);
  wr(r, dst, kptr(r, (const void *)(intptr_t)fn));
  r->snp[dst] = SNP_CFUNC;
  wr(r, dst + 1, self.ref);
  r->check_slot = (int32_t)dst; /* the method (the object checks itself) */
  r->check_tag = V_EMPTY;
  r->check_type = NULL;
  r->cmeth_name = name;
  r->cmeth_slot = dst;
  return true;
}

/* list.append in a trace: a helper per payload type (IR calls are typed),
** false when the memory cap forbids growing the list (list.c). */
static bool rec_append_i64(void *vm, void *l, int64_t x) { return list_append_nothrow(vm, l, v_int(x)); }
static bool rec_append_f64(void *vm, void *l, double x) { return list_append_nothrow(vm, l, v_float(x)); }
static bool rec_append_bool(void *vm, void *l, bool x) { return list_append_nothrow(vm, l, v_bool(x)); }
static bool rec_append_obj(void *vm, void *l, void *o) { return list_append_nothrow(vm, l, v_obj(o)); }
static const IRCallTarget rec_ct_append[] = {
    {"rec_append_i64", (void *)rec_append_i64, IRT_BOOL, 3, {IRT_PTR, IRT_PTR, IRT_I64, 0}, false, false, true},
    {"rec_append_f64", (void *)rec_append_f64, IRT_BOOL, 3, {IRT_PTR, IRT_PTR, IRT_F64, 0}, false, false, true},
    {"rec_append_bool", (void *)rec_append_bool, IRT_BOOL, 3, {IRT_PTR, IRT_PTR, IRT_BOOL, 0}, false, false, true},
    {"rec_append_obj", (void *)rec_append_obj, IRT_BOOL, 3, {IRT_PTR, IRT_PTR, IRT_PTR, 0}, false, false, true},
};

/* list.append of a pair the trace never made (a virtual tuple:
** `pairs.append((i, x))`, `[(i, x) for ...]`): the tuple is made here, a
** helper per pair of payload types; false under the memory cap (nothing
** appended: the interpreter makes the tuple again and raises). */
static bool append_pair(VM *vm, List *l, Value a, Value b) {
  if (vm->mem_limit && vm->bytes_allocated + 256 > vm->mem_limit) return false; /* the tuple; the list checks itself */
  Value items[2] = {a, b};
  return list_append_nothrow(vm, l, tuple_from(vm, items, 2));
}
#define PAIR_KINDS(_) _(i, int64_t, v_int, IRT_I64) _(f, double, v_float, IRT_F64) _(o, void *, v_obj, IRT_PTR)
#define PAIR_FN2(ka, ta, ma, ira, kb, tb, mb, irb)                                  \
  static bool rec_append_##ka##kb(void *vm, void *l, ta a, tb b) { return append_pair(vm, l, ma(a), mb(b)); }
#define PAIR_FN1(ka, ta, ma, ira) PAIR_FN2(ka, ta, ma, ira, i, int64_t, v_int, IRT_I64) \
  PAIR_FN2(ka, ta, ma, ira, f, double, v_float, IRT_F64) PAIR_FN2(ka, ta, ma, ira, o, void *, v_obj, IRT_PTR)
PAIR_KINDS(PAIR_FN1)
#define PAIR_CT2(ka, ira, kb, irb) {"rec_append_" #ka #kb, (void *)rec_append_##ka##kb, IRT_BOOL, 4, {IRT_PTR, IRT_PTR, ira, irb}, false, false, true},
#define PAIR_CT1(ka, ta, ma, ira) PAIR_CT2(ka, ira, i, IRT_I64) PAIR_CT2(ka, ira, f, IRT_F64) PAIR_CT2(ka, ira, o, IRT_PTR)
/* by kind of the first item, then of the second: i, f, o (pair_kind) */
static const IRCallTarget rec_ct_append_pair[] = {PAIR_KINDS(PAIR_CT1)};
#undef PAIR_KINDS
#undef PAIR_FN2
#undef PAIR_FN1
#undef PAIR_CT2
#undef PAIR_CT1

/* The helper kind of a virtual tuple's item (0 int, 1 float, 2 object),
** or -1: bools, NumPy scalars and complex numbers are not passed so. */
static int pair_kind(Recorder *r, uint32_t k) {
  Value v = r->vt.live[k];
  if (r->vt.np[k] >= 0 || r->vt.elem[k] == REF_NONE || is_complex(v)) return -1;
  IRType t = ir_typeof(r->ir, r->vt.elem[k]);
  return t == IRT_I64 && v.tag == V_INT ? 0 : t == IRT_F64 && v.tag == V_FLOAT ? 1 : t == IRT_PTR && v.tag == V_OBJ ? 2 : -1;
}

/* Appends the virtual pair in register x (made by the previous
** instruction) to the list in register l; false if it is not one. Its
** guard exits to before the BUILDTUPLE. */
static bool rec_append_vpair(Recorder *r, uint32_t l, uint32_t x, bool guard_list) {
  if (r->vt.slot != (int32_t)x || r->vt.arr != REF_NONE || r->vt.n != 2 || !is_list(r->base[l])) return false;
  int k0 = pair_kind(r, 0), k1 = pair_kind(r, 1);
  if (k0 < 0 || k1 < 0) return false;
  vt_take(r, x, false); /* first: every guard from here exits to before the BUILDTUPLE */
  IRRef lst = rd(r, l);
  if (guard_list) guard_type(r, lst, &TYPE_LIST);
  IRRef args[4] = {kptr(r, r->vm), lst, r->vt.elem[0], r->vt.elem[1]};
  fold_guard(r, fold_call_target(r, &rec_ct_append_pair[3 * k0 + k1], 4, args), true);
  r->check_slot = -1;
  return true;
}

/* BUILDLIST: a list of n Nones made by the runtime, whose items the trace
** then stores (a comprehension's is empty and grows by LISTAPPEND). NULL
** under the memory cap: the guard exits before the instruction, and the
** interpreter makes the list and raises. The collector is not run here: a
** loop that allocates leaves at its header when it is due (opt_loop.c),
** where the frame holds every live value. */
static void *rec_list_make(void *vmp, int64_t n) {
  VM *vm = vmp;
  if (vm->mem_limit && vm->bytes_allocated + 256 + (size_t)n * sizeof(Value) > vm->mem_limit) return NULL;
  List *l = list_new(vm, n);
  for (int64_t i = 0; i < n; i++) l->items[i] = v_none();
  l->n = n;
  return l;
}
static const IRCallTarget rec_ct_list_make = {
    "rec_list_make", (void *)rec_list_make, IRT_PTR, 2, {IRT_PTR, IRT_I64, 0, 0}, false, false, true};

/* An empty BUILDDICT (a dict comprehension's, `d = {}`), as rec_list_make. */
static void *rec_dict_make(void *vmp) {
  VM *vm = vmp;
  if (vm->mem_limit && vm->bytes_allocated + 1024 > vm->mem_limit) return NULL;
  return dict_new(vm);
}
static const IRCallTarget rec_ct_dict_make = {
    "rec_dict_make", (void *)rec_dict_make, IRT_PTR, 1, {IRT_PTR, 0, 0, 0}, false, false, true};

/* Is ref a list, dict or str (type t) the trace made (its type needs no guard)? */
static bool made_obj(Recorder *r, IRRef ref, const Type *t) {
  if (ref < REF_BIAS) return false;
  const IRIns *ins = ir_at(r->ir, ref);
  if (ins->op != IR_CALL) return false;
  const IRCallTarget *ct = r->ir->calls[ins->lit];
  return (ct == &rec_ct_list_make && t == &TYPE_LIST) || (ct == &rec_ct_dict_make && t == &TYPE_DICT) ||
         ((ct == &rec_ct_str_int || ct == &rec_ct_str_concat) && t == &TYPE_STR);
}

static void rec_builddict(Recorder *r, uint32_t dst, uint32_t n) {
  if (n) rec_abort(r, TA_NYI_BC, "BUILDDICT of items");
  IRRef args[1] = {kptr(r, r->vm)};
  IRRef d = fold_call_target(r, &rec_ct_dict_make, 1, args);
  fold_guard(r, fold2(r, IR_NE, d, kptr(r, NULL)), true);
  wr(r, dst, d);
  r->check_type = &TYPE_DICT;
}

static void rec_buildlist(Recorder *r, uint32_t dst, uint32_t first, uint32_t n) {
  Opnd o[8];
  if (n > sizeof o / sizeof o[0]) rec_abort(r, TA_NYI_BC, "BUILDLIST (long)");
  for (uint32_t k = 0; k < n; k++) {
    if (r->sflags[first + k] & SF_NONE) { /* rec_list_make's item already */
      o[k].ref = REF_NONE;
      continue;
    }
    o[k] = opnd_reg(r, first + k);
    if (o[k].cx || o[k].np >= 0) rec_abort(r, TA_NYI_TYPE, "BUILDLIST of a complex or NumPy scalar");
  }
  IRRef args[2] = {kptr(r, r->vm), kint(r, n)};
  IRRef l = fold_call_target(r, &rec_ct_list_make, 2, args);
  fold_guard(r, fold2(r, IR_NE, l, kptr(r, NULL)), true);
  IRRef items = n ? fold_emit(r, IR_FLOAD, IRT_PTR, l, REF_NONE, (uint32_t)offsetof(List, items)) : REF_NONE;
  for (uint32_t k = 0; k < n; k++)
    if (o[k].ref != REF_NONE)
      store_item(r, fold_emit(r, IR_AREF, IRT_PTR, items, kint(r, (int64_t)(k * sizeof(Value))), IRT_U8), o[k].ref);
  wr(r, dst, l);
  r->check_type = &TYPE_LIST;
}

/* Appends register x to the list in register l (`lst.append(x)` after
** rec_cmethod, or a comprehension's LISTAPPEND): a helper call, guarded to
** have appended (else the interpreter runs the instruction and raises).
** False for values a Value cannot hold unboxed (complex, NumPy scalars,
** None): the instruction is stitched instead. */
static bool rec_list_append(Recorder *r, uint32_t l, uint32_t x, bool guard_list) {
  if (rec_append_vpair(r, l, x, guard_list)) return true;
  if (r->sflags[x] & (SF_NONE | SF_EMPTY) || !is_list(r->base[l])) return false;
  Opnd v = opnd_reg(r, x);
  if (v.cx || v.np >= 0) return false;
  IRType t = ir_typeof(r->ir, v.ref);
  int k = t == IRT_I64 ? 0 : t == IRT_F64 ? 1 : t == IRT_BOOL ? 2 : t == IRT_PTR ? 3 : -1;
  if (k < 0) return false;
  IRRef lst = rd(r, l);
  if (guard_list) guard_type(r, lst, &TYPE_LIST);
  IRRef args[3] = {kptr(r, r->vm), lst, v.ref};
  fold_guard(r, fold_call_target(r, &rec_ct_append[k], 3, args), true);
  return true;
}

/* ---- stitching ------------------------------------------------------------
** An instruction the recorder cannot compile (an abort NYI_BC, NYI_TYPE or
** NYI_CALL: a list append, a dict store, a call of a C function it does
** not know) need not end the trace: it becomes an ICALL, which writes the
** snapshot back and runs the interpreter for that one instruction (vm.c,
** vm_jit_stitch), and the trace goes on. What the instruction wrote is
** read back with RLOAD (type guards) when the recorder sees the next
** instruction; a call's window above its function register is dead. Only
** in the loop's own frame (an inlined callee's frame does not exist for
** the interpreter), only single-word instructions that fall through, and
** only when the abandoned recording of the instruction stored nothing and
** every register it reads is in the frame (not virtual). */

enum { STITCH_NONE, STITCH_A, STITCH_A2, STITCH_UNPACK, STITCH_CALL };

static int stitch_kind(OpCode op) {
  switch (op) {
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_MATMUL: case OP_TRUEDIV: case OP_FLOORDIV: case OP_MOD:
  case OP_POW: case OP_LSHIFT: case OP_RSHIFT: case OP_OR: case OP_XOR: case OP_AND:
  case OP_IADD: case OP_ISUB: case OP_IMUL: case OP_IMATMUL: case OP_ITRUEDIV: case OP_IFLOORDIV: case OP_IMOD:
  case OP_IPOW: case OP_ILSHIFT: case OP_IRSHIFT: case OP_IOR: case OP_IXOR: case OP_IAND:
  case OP_NEG: case OP_POS: case OP_INVERT: case OP_NOT:
  case OP_LT: case OP_LE: case OP_EQ: case OP_NE: case OP_GT: case OP_GE: case OP_IS: case OP_ISNOT:
  case OP_IN: case OP_NOTIN:
  case OP_BUILDLIST: case OP_BUILDTUPLE: case OP_BUILDSET: case OP_BUILDDICT: case OP_BUILDSLICE:
  case OP_FSTR: case OP_FORMAT: case OP_LISTTOTUPLE: case OP_GETITEM: case OP_GETATTR:
    return STITCH_A;
  case OP_LISTAPPEND: case OP_LISTEXTEND: case OP_SETADD: case OP_SETUPDATE: case OP_DICTSET:
  case OP_DICTUPDATE: case OP_SETITEM: case OP_DELITEM: case OP_SETATTR: case OP_DELATTR:
    return STITCH_NONE;
  case OP_LOADMETH: return STITCH_A2;
  case OP_UNPACK: return STITCH_UNPACK;
  case OP_CALL: case OP_CALLMETH: case OP_CALLEX: return STITCH_CALL;
  default: return -1;
  }
}

/* Remembers what the instruction may write before recording it. */
static void stitch_save(Recorder *r, Instr ins) {
  int kind = r->depth == 0 ? stitch_kind(bc_op(ins)) : -1;
  uint32_t a = bc_a(ins);
  uint32_t n = kind == STITCH_NONE ? 0 : kind == STITCH_A2 ? 2 : kind == STITCH_UNPACK ? bc_c(ins) : 1;
  if (n > 8 || a + n > r->nslots) kind = -1;
  r->st.kind = kind;
  r->st.mark = r->ir->nins;
  if (kind < 0) return;
  r->st.lo = a;
  r->st.n = n;
  for (uint32_t i = 0; i < n; i++) {
    r->st.slot[i] = r->slot[a + i];
    r->st.slot_im[i] = r->slot_im[a + i];
    r->st.sflags[i] = r->sflags[a + i];
    r->st.snp[i] = r->snp[a + i];
  }
}

/* Does the interpreter find register x (RK operand) as the trace has it?
** Not a virtual value (a tuple or range never built, a method's <empty>
** the write-back does not store). */
static bool stitch_readable(Recorder *r, uint32_t x, bool rk) {
  if (rk && (x & BC_KBIT)) return true;
  if (x >= r->nslots) return false;
  return (r->sflags[x] & (SF_WRITTEN | SF_EMPTY)) != (SF_WRITTEN | SF_EMPTY);
}

static bool stitch_range_readable(Recorder *r, uint32_t lo, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (!stitch_readable(r, lo + i, false)) return false;
  return true;
}

static bool stitch_reads_ok(Recorder *r, Instr ins) {
  OpCode op = bc_op(ins);
  uint32_t a = bc_a(ins), b = bc_b(ins), c = bc_c(ins);
  switch (op) {
  case OP_NEG: case OP_POS: case OP_INVERT: case OP_NOT: case OP_GETATTR: case OP_LOADMETH:
  case OP_LISTTOTUPLE: case OP_UNPACK:
    return stitch_readable(r, b, false);
  case OP_BUILDLIST: case OP_BUILDTUPLE: case OP_BUILDSET: return stitch_range_readable(r, b, c);
  case OP_FSTR: return stitch_range_readable(r, b, 2 * (uint32_t)as_str(r->co->consts[c])->nbytes);
  case OP_BUILDDICT: return stitch_range_readable(r, b, 2 * c);
  case OP_BUILDSLICE: return stitch_range_readable(r, b, c == 3 ? 3 : 2);
  case OP_FORMAT: return stitch_range_readable(r, b, c & 4 ? 2 : 1);
  case OP_LISTAPPEND: case OP_LISTEXTEND: case OP_SETADD: case OP_SETUPDATE: case OP_DICTUPDATE:
    return stitch_readable(r, a, false) && stitch_readable(r, b, false);
  case OP_DICTSET: return stitch_range_readable(r, a, 1) && stitch_readable(r, b, false) && stitch_readable(r, c, false);
  case OP_GETITEM: return stitch_readable(r, b, false) && stitch_readable(r, c, true);
  case OP_SETITEM: return stitch_readable(r, a, false) && stitch_readable(r, b, true) && stitch_readable(r, c, true);
  case OP_DELITEM: return stitch_readable(r, a, false) && stitch_readable(r, b, true);
  case OP_SETATTR: return stitch_readable(r, a, false) && stitch_readable(r, c, false);
  case OP_DELATTR: return stitch_readable(r, a, false);
  case OP_CALL: return stitch_range_readable(r, a, b + 1);
  case OP_CALLMETH: return stitch_range_readable(r, a, b + 2);
  case OP_CALLEX: return stitch_range_readable(r, a, b ? 3 : 2);
  default: /* binary operators and compares */
    return stitch_readable(r, b, true) && stitch_readable(r, c, true);
  }
}

/* After an abort while recording the instruction at r->pc: records it as
** an ICALL instead, if it can be (true). */
bool rec_stitch(Recorder *r) {
  if ((r->err != TA_NYI_BC && r->err != TA_NYI_TYPE && r->err != TA_NYI_CALL) || r->st.kind < 0 ||
      r->depth != 0 || r->in_stitch || r->errpc != r->pc || r->pc < r->header || r->pc >= r->backedge)
    return false;
  Instr ins = *r->pc;
  if (!stitch_reads_ok(r, ins) || r->nsdict > sizeof r->sdict / sizeof r->sdict[0]) return false;
  IRTrace *ir = r->ir;
  for (uint32_t i = r->st.mark; i < ir->nins; i++) { /* the abandoned recording stored nothing */
    const IRIns *x = &ir->ins[i];
    if ((ir_op_info[x->op].flags & IRF_STORE) || (x->op == IR_CALL && !ir->calls[x->lit]->pure)) return false;
  }
  if (setjmp(r->jb)) return false; /* emitting aborts (too long): the recording ends */
  for (uint32_t i = 0; i < r->st.n; i++) { /* as before the abandoned recording */
    uint32_t s = r->st.lo + i;
    r->slot[s] = r->st.slot[i];
    r->slot_im[s] = r->st.slot_im[i];
    r->sflags[s] = r->st.sflags[i];
    r->snp[s] = r->st.snp[i];
  }
  r->vt.slot = -1;
  r->snap_taken = false; /* the snapshot of the registers as they are now */
  r->check_slot = -1;
  const Instr *next = r->pc + 1;
  r->last_icall = fold_emit(r, IR_ICALL, IRT_VOID, REF_NONE, REF_NONE, (uint32_t)(next - r->co->code));
  r->nstitch++;
  r->in_stitch = true;
  r->expect = next;
  return true;
}

/* The hook's first call after a stitched instruction (the interpreter ran
** it; pc is the next one): its results are read back from the frame. */
void rec_stitch_done(Recorder *r, const Instr *pc) {
  r->pc = pc;
  r->snap_taken = false;
  r->check_slot = -1;
  int kind = r->st.kind;
  r->st.kind = -1;
  uint32_t lo = r->st.lo, n = r->st.n;
  if (kind == STITCH_CALL) { /* the callee's window: dead, and not what the trace has */
    for (uint32_t s = lo + 1; s < r->nslots; s++) {
      r->slot[s] = r->slot_im[s] = REF_NONE;
      r->sflags[s] = SF_EMPTY;
      r->snp[s] = 0;
    }
  }
  uint32_t id = bc_loop_id(r->backedge);
  uint32_t live = id < r->co->nloops ? r->co->looplive[id] : r->nslots;
  for (uint32_t s = lo; s < lo + n; s++) {
    r->slot[s] = r->slot_im[s] = REF_NONE;
    r->snp[s] = 0;
    uint8_t tag = r->base[s].tag;
    /* None and <empty> stay in the frame only (a read aborts), which a
    ** register live into the next iteration cannot */
    if ((tag == V_NONE || tag == V_EMPTY) && s < live) rec_abort(r, TA_NYI_TYPE, "None from a stitched instruction");
    r->sflags[s] = tag == V_NONE || tag == V_EMPTY ? SF_EMPTY : SF_RELOAD;
  }
  /* the entry addresses the trace holds (globals) are good while no key
  ** was added to their dicts */
  for (uint32_t i = 0; i < r->nsdict; i++) {
    if (r->sdict[i]->keys_version != r->sdict_version[i]) rec_abort(r, TA_NYI_TYPE, "a new global");
    IRRef v = fold_emit(r, IR_FLOAD, IRT_I64, kptr(r, r->sdict[i]), REF_NONE, (uint32_t)offsetof(Dict, keys_version));
    fold_guard(r, fold2(r, IR_EQ, v, kint(r, (int64_t)r->sdict_version[i])), true);
  }
  for (uint32_t s = lo; s < lo + n; s++)
    if (r->sflags[s] == SF_RELOAD) rd(r, s);
}

/* ---- one instruction ----------------------------------------------------- */

static bool in_loop(Recorder *r, const Instr *pc) { return pc >= r->header && pc <= r->backedge; }

/* Does the range the CALL at pc makes in register a go to a for loop's
** FORPREP, moved there or not? A comprehension makes its empty list, set
** or dict between the two. */
static bool range_for_loop(const Instr *pc, uint32_t a) {
  OpCode op = bc_op(pc[1]);
  if ((op == OP_BUILDLIST || op == OP_BUILDSET || op == OP_BUILDDICT) && bc_c(pc[1]) == 0 && bc_a(pc[1]) != a) pc++;
  return (bc_op(pc[1]) == OP_MOVE && bc_b(pc[1]) == a && bc_op(pc[2]) == OP_FORPREP && bc_a(pc[2]) == bc_a(pc[1])) ||
         (bc_op(pc[1]) == OP_FORPREP && bc_a(pc[1]) == a);
}

void rec_ins(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  OpCode op = bc_op(ins);
  uint32_t a = bc_a(ins), b = bc_b(ins), c = bc_c(ins);
  const Value *k = r->co->consts;
  rec_at(r, pc);
  stitch_save(r, ins);
  if (r->vt.slot >= 0 && r->vt.pc + 1 != pc) r->vt.slot = -1; /* unused: its register stays unreadable */
  const Instr *next = pc + 1;
  switch (op) {
  case OP_NOP: break;
  case OP_MOVE:
    if (r->vr.slot == (int32_t)b && (r->sflags[b] & SF_EMPTY)) { /* the range on to the FORPREP */
      r->sflags[a] = SF_WRITTEN | SF_EMPTY;
      r->slot[a] = REF_NONE;
      r->snp[a] = 0;
      r->vr.slot = (int32_t)a;
    } else if (r->sflags[b] & SF_NONE) {
      wr_none(r, a);
    } else {
      if (!(r->sflags[b] & SF_WRITTEN) && r->base[b].tag == V_NONE) rec_abort(r, TA_NYI_TYPE, "None");
      wr_opnd(r, a, opnd_reg(r, b));
    }
    break;
  case OP_LOADK:
    if (k[b].tag == V_NONE) wr_none(r, a);
    else wr_opnd(r, a, opnd_rk(r, b | BC_KBIT));
    break;
  case OP_LOADI: wr(r, a, kint(r, (int64_t)b - BC_IMM_BIAS)); break;
  case OP_LOADNONE: wr_none(r, a); break;
  case OP_LOADBOOL: wr(r, a, ir_kbool(r->ir, b != 0)); break;
  case OP_GETGLOBAL: rec_getglobal(r, a, as_str(k[b])); break;
  case OP_SETGLOBAL: rec_setglobal(r, a, as_str(k[b])); break;
  case OP_GETDEREF: rec_getderef(r, a, b); break;
  case OP_SETDEREF: rec_setderef(r, a, b); break;
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_TRUEDIV: case OP_FLOORDIV: case OP_MOD:
  case OP_POW: case OP_LSHIFT: case OP_RSHIFT: case OP_OR: case OP_XOR: case OP_AND:
  case OP_IADD: case OP_ISUB: case OP_IMUL: case OP_ITRUEDIV: case OP_IFLOORDIV: case OP_IMOD:
  case OP_IPOW: case OP_ILSHIFT: case OP_IRSHIFT: case OP_IOR: case OP_IXOR: case OP_IAND:
    if ((op == OP_ADD || op == OP_IADD) && rec_str_add(r, a, b, c)) break;
    if (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_TRUEDIV || op == OP_IADD || op == OP_ISUB ||
        op == OP_IMUL || op == OP_ITRUEDIV) {
      Opnd x = opnd_rk_kindfree(r, b, c, false), y = opnd_rk_kindfree(r, c, b, false);
      rec_arith(r, op, a, x, y);
    } else {
      rec_arith(r, op, a, opnd_rk(r, b), opnd_rk(r, c));
    }
    break;
  case OP_NEG: {
    Opnd x = unbool(r, opnd_reg(r, b));
    if (x.np == DT_FLOAT64) {
      wr_np(r, a, fold1(r, IR_NEG, x.ref), DT_FLOAT64);
    } else if (x.np == DT_INT64) {
      if (np_py(r, x).as.i == INT64_MIN) rec_abort(r, TA_NYI_TYPE, "int overflow");
      wr_np(r, a, fold1(r, IR_NEGOV, x.ref), DT_INT64);
    } else if (x.np >= 0) {
      rec_abort(r, TA_NYI_TYPE, "unary - of this NumPy scalar");
    } else if (x.v.tag == V_INT) {
      if (x.v.as.i == INT64_MIN) rec_abort(r, TA_NYI_TYPE, "int overflow");
      wr(r, a, fold1(r, IR_NEGOV, x.ref));
    } else if (x.v.tag == V_FLOAT) {
      wr(r, a, fold1(r, IR_NEG, x.ref));
    } else {
      rec_abort(r, TA_NYI_TYPE, "unary -");
    }
    break;
  }
  case OP_POS: {
    Opnd x = opnd_reg(r, b);
    if (x.np == DT_FLOAT64 || x.np == DT_INT64) {
      wr_np(r, a, x.ref, x.np);
      break;
    }
    if (x.v.tag != V_INT && x.v.tag != V_FLOAT) rec_abort(r, TA_NYI_TYPE, "unary +");
    wr(r, a, x.ref);
    break;
  }
  case OP_INVERT: {
    Opnd x = opnd_reg(r, b);
    if (x.v.tag != V_INT) rec_abort(r, TA_NYI_TYPE, "~");
    wr(r, a, fold1(r, IR_BNOT, x.ref));
    break;
  }
  case OP_NOT: {
    bool t;
    IRRef cond = rec_truth(r, b, &t);
    wr(r, a, fold1(r, IR_NOT, cond));
    break;
  }
  case OP_LT: case OP_LE: case OP_EQ: case OP_NE: case OP_GT: case OP_GE: {
    bool t;
    Opnd x = opnd_rk(r, b), y = opnd_rk(r, c);
    IRRef cond = rec_compare(r, (CmpOp)(op - OP_LT), x, y, &t);
    wr_val(r, a, cond, x.np >= 0 || y.np >= 0 ? DT_BOOL : -1); /* NumPy gives np.bool_ */
    break;
  }
  case OP_IS: case OP_ISNOT: {
    /* identity: None against a typed value is decided by the value's type
    ** (already guarded); two objects compare by address */
    bool nb = (b & BC_KBIT) ? k[b & ~BC_KBIT].tag == V_NONE : (r->sflags[b] & SF_NONE) != 0;
    bool nc = (c & BC_KBIT) ? k[c & ~BC_KBIT].tag == V_NONE : (r->sflags[c] & SF_NONE) != 0;
    IRRef res;
    if (nb || nc) {
      if (!nb) rd(r, b); /* a typed value: not None */
      if (!nc) rd(r, c);
      res = ir_kbool(r->ir, nb && nc);
    } else {
      Opnd x = opnd_rk(r, b), y = opnd_rk(r, c);
      if (x.v.tag != V_OBJ || y.v.tag != V_OBJ || x.np >= 0 || y.np >= 0 || x.cx || y.cx)
        rec_abort(r, TA_NYI_TYPE, "is");
      res = fold2(r, IR_EQ, x.ref, y.ref);
    }
    if (op == OP_ISNOT) res = fold1(r, IR_NOT, res);
    wr(r, a, res);
    break;
  }
  case OP_JLT: case OP_JLE: case OP_JEQ: case OP_JNE: case OP_JGT: case OP_JGE: {
    bool t;
    Opnd x = opnd_rk_kindfree(r, b, c, true), y = opnd_rk_kindfree(r, c, b, true);
    IRRef cond = rec_compare(r, (CmpOp)(op - OP_JLT), x, y, &t);
    const Instr *target = r->co->code + bc_b(pc[1]);
    rec_branch(r, cond, t, pc + 2, target, a == 0);
    next = t == (a != 0) ? target : pc + 2;
    break;
  }
  case OP_JMP: next = r->co->code + b; break;
  case OP_JMPIF: case OP_JMPIFNOT: {
    bool t;
    IRRef cond = rec_truth(r, a, &t);
    const Instr *target = r->co->code + b;
    rec_branch(r, cond, t, pc + 1, target, op == OP_JMPIFNOT);
    next = t == (op == OP_JMPIF) ? target : pc + 1;
    break;
  }
  case OP_GETITEM: rec_getitem(r, a, b, c); break;
  case OP_IN: case OP_NOTIN:
    if (!rec_dict_in(r, a, b, c, op == OP_NOTIN) && !rec_tuple_in(r, a, b, c, op == OP_NOTIN))
      rec_abort(r, TA_NYI_BC, bc_names[op]);
    break;
  case OP_UNPACK: rec_unpack(r, a, b, c); break;
  case OP_SETITEM: rec_setitem(r, a, b, c); break;
  case OP_DICTSET: /* {k: v for ...}: R[a] is the new dict */
    if (!is_dict(r->base[a]) || !rec_dict_setitem(r, a, b, c)) rec_abort(r, TA_NYI_BC, "DICTSET");
    break;
  case OP_GETATTR:
    if (is_array(r->base[b])) rec_array_attr(r, a, b, as_str(k[c]));
    else if (is_complex(r->base[b])) rec_cx_attr(r, a, b, as_str(k[c]));
    else rec_module_attr(r, a, b, as_str(k[c]));
    break;
  case OP_BUILDTUPLE: rec_buildtuple(r, a, b, c); break;
  case OP_BUILDLIST: rec_buildlist(r, a, b, c); break;
  case OP_BUILDDICT: rec_builddict(r, a, c); break;
  case OP_LOADMETH:
    if (rec_cmethod(r, a, b, as_str(k[c]))) break;
    rec_module_attr(r, a, b, as_str(k[c]));
    wr_empty(r, a + 1);
    break;
  case OP_CALL:
    if (r->base[a].tag == V_OBJ && r->base[a].as.o == &TYPE_RANGE.hdr && c == 0 && range_for_loop(pc, a)) {
      rec_range_call(r, a, b);
      break;
    }
    if (is_function(r->base[a])) {
      next = rec_call_inline(r, pc, a, a + 1, b, c);
      break;
    }
    if (c != 0) rec_abort(r, TA_NYI_CALL, "keyword arguments");
    rec_call_builtin(r, a, a, a + 1, b);
    break;
  case OP_CALLMETH:
    if (is_function(r->base[a])) { /* a module's function: vm.c's call_value */
      next = rec_call_inline(r, pc, a, a + 2, b, c);
      break;
    }
    if (c == 0 && b == 1 && r->snp[a] == SNP_CFUNC &&
        list_is_append((CFunc)(intptr_t)ir_at(r->ir, r->slot[a])->p) && rec_list_append(r, a + 1, a + 2, false)) {
      wr_none(r, a);
      break;
    }
    if (c == 0 && (b == 1 || b == 2) && r->snp[a] == SNP_CFUNC &&
        dict_is_get((CFunc)(intptr_t)ir_at(r->ir, r->slot[a])->p) && rec_dict_get(r, a, a + 1, a + 2, b))
      break;
    if (c != 0) rec_abort(r, TA_NYI_CALL, "keyword arguments");
    if (r->base[a].tag == V_EMPTY)
      rec_abort(r, TA_NYI_CALL, r->cmeth_name && r->cmeth_slot == a ? r->cmeth_name->data : "a method");
    rec_call_builtin(r, a, a, a + 2, b);
    break;
  case OP_LISTAPPEND:
    if (!rec_list_append(r, a, b, true)) rec_abort(r, TA_NYI_TYPE, "value appended");
    break;
  case OP_FUSE: next = rec_fuse(r, pc); break;
  case OP_FORPREP:
    rec_forprep(r, a, r->co->code + b);
    next = r->co->code + b;
    break;
  case OP_FORLOOP: case OP_FORLOOPN: case OP_LOOP: next = rec_inner_backedge(r, pc); break;
  case OP_RETURN: case OP_RETURNNONE:
    if (r->depth == 0) rec_abort(r, TA_LEFT_FRAME, NULL);
    next = rec_return(r, a, op == OP_RETURNNONE);
    break;
  case OP_YIELD:
    rec_abort(r, TA_LEFT_FRAME, NULL);
  case OP_ITERCLOSE: {
    /* closes only a generator (which no trace makes or steps): a range
    ** loop's counter, None, an unbound local or another object (its type
    ** guarded when the trace did not write it) need nothing */
    Value v = r->base[a];
    if (is_gen(v)) rec_abort(r, TA_NYI_BC, "ITERCLOSE of a generator");
    if (a >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
    if (!(r->sflags[a] & (SF_WRITTEN | SF_NONE | SF_EMPTY))) {
      IRRef ref = rd(r, a); /* guards the tag */
      if (v.tag == V_OBJ) guard_type(r, ref, v_type(v));
    }
    break;
  }
  default:
    rec_abort(r, TA_NYI_BC, bc_names[op]);
  }
  if (r->depth == 0 && !r->outer && !in_loop(r, next)) {
    /* a side leaving its while loop (a break, the test failing) goes on
    ** outside it as an outer side, back to the loop's entry */
    if (!r->side || r->inner || bc_op(*r->backedge) != OP_LOOP) rec_abort(r, TA_LEFT_LOOP, NULL);
    r->outer = true;
  }
  r->expect = next;
}

/* At the loop header the temporaries of the body's statements are dead
** (the compiler's looplive): forgetting them keeps them out of the header's
** snapshots and PHIs, and a side that leaves another type in one (a
** Python float where the root left a NumPy one) still continues the loop. */
static void forget_dead_temps(Recorder *r, const Instr *backedge) {
  uint32_t id = bc_loop_id(backedge);
  if (id >= r->co->nloops) return;
  for (uint32_t s = r->co->looplive[id]; s < r->frames[0].top; s++) {
    r->sflags0[s] = 0;
    r->snp0[s] = 0;
    r->slot0[s] = r->slot_im0[s] = REF_NONE;
  }
}

/* Called for the loop's own back-edge instruction, or with pc NULL for an
** outer side of a while loop back at the loop's entry (its header, from the
** code before the loop): the state there is the header's, as after the
** back-edge, which is not recorded then. */
void rec_close(Recorder *r, const Instr *pc) {
  r->pc = pc ? pc : r->header;
  r->snap_taken = false;
  r->check_slot = -1;
  if (pc) rec_backedge(r, pc);
  forget_dead_temps(r, r->backedge);
  check_unrolled_counts(r);
}
