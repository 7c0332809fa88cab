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
#include <string.h>

#include "dict.h"
#include "object.h"
#include "record.h"
#include "str.h"
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

static IRRef kptr(Recorder *r, const void *p) { return ir_kptr(r->ir, p); }
static IRRef kint(Recorder *r, int64_t v) { return ir_kint(r->ir, v); }
static IRRef knum(Recorder *r, double v) { return ir_knum(r->ir, v); }

/* Helper the trace calls to find a global's Value (pure: see opt_fold.c). */
const IRCallTarget rec_ct_dict_slot = {
    "dict_slot_str", (void *)dict_slot_str, IRT_PTR, 2, {IRT_PTR, IRT_PTR, 0, 0}, true};

/* ---- operands ----------------------------------------------------------- */

/* An operand: its IR value and the live Value it has now. */
typedef struct Opnd {
  IRRef ref;
  Value v;
} Opnd;

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
static IRRef rd(Recorder *r, uint32_t s) {
  if (s >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
  uint8_t f = r->sflags[s];
  if (f & (SF_NONE | SF_EMPTY)) rec_abort(r, TA_NYI_TYPE, f & SF_NONE ? "None" : "unbound");
  if (r->slot[s]) return r->slot[s];
  IRType t = irt_of_tag(r, r->base[s].tag);
  IRRef ref = fold_emit(r, IR_SLOAD, t, REF_NONE, REF_NONE, s);
  r->slot[s] = ref;
  return ref;
}

static IRRef kvalue(Recorder *r, Value v) {
  switch (v.tag) {
  case V_INT: return kint(r, v.as.i);
  case V_FLOAT: return knum(r, v.as.f);
  case V_BOOL: return ir_kbool(r->ir, v.as.i != 0);
  case V_OBJ: rec_root(r, v.as.o); return kptr(r, v.as.o);
  default: rec_abort(r, TA_NYI_TYPE, v.tag == V_NONE ? "None constant" : "constant");
  }
}

static Opnd opnd_reg(Recorder *r, uint32_t s) {
  Opnd o = {rd(r, s), r->base[s]};
  return o;
}

static Opnd opnd_rk(Recorder *r, uint32_t x) {
  if (x & BC_KBIT) {
    Value v = r->co->consts[x & ~BC_KBIT];
    Opnd o = {kvalue(r, v), v};
    return o;
  }
  return opnd_reg(r, x);
}

/* Writes register s. The tag is checked after the interpreter ran it. */
static void wr(Recorder *r, uint32_t s, IRRef ref) {
  if (s >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
  r->slot[s] = ref;
  r->sflags[s] = SF_WRITTEN;
  r->check_slot = (int32_t)s;
  r->check_tag = tag_of_irt(ir_typeof(r->ir, ref));
}

static void wr_none(Recorder *r, uint32_t s) {
  r->slot[s] = REF_NONE;
  r->sflags[s] = SF_WRITTEN | SF_NONE;
  r->check_slot = (int32_t)s;
  r->check_tag = V_NONE;
}

/* Guards that object ref (PTR) has exactly type t. */
static void guard_type(Recorder *r, IRRef ref, Type *t) {
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

/* ---- arithmetic --------------------------------------------------------- */

static void rec_arith(Recorder *r, OpCode opc, uint32_t dst, Opnd b, Opnd c) {
  bool inplace = opc >= OP_IADD && opc <= OP_IAND;
  BinOp op = (BinOp)(inplace ? opc - OP_IADD : opc - OP_ADD);
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
      if (y != 2 || __builtin_mul_overflow(x, x, &tmp)) rec_abort(r, TA_NYI_TYPE, "int ** int");
      fold_guard(r, fold2(r, IR_EQ, c.ref, kint(r, 2)), true);
      res = fold2(r, IR_MULOV, b.ref, b.ref);
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
      if (opc == OP_POW && b.v.tag == V_FLOAT && c.v.tag == V_INT && c.v.as.i == 2) {
        /* vm.c's fast path: x*x, with no overflow check */
        fold_guard(r, fold2(r, IR_EQ, c.ref, kint(r, 2)), true);
        res = fold2(r, IR_MUL, b.ref, b.ref);
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
static IRRef rec_compare(Recorder *r, CmpOp op, Opnd b, Opnd c, bool *outcome) {
  static const IROp irop[CMP__COUNT] = {IR_LT, IR_LE, IR_EQ, IR_NE, IR_GT, IR_GE};
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
  return fold2(r, irop[op], to_f64(r, b), to_f64(r, c));
}

/* The truth of register s as a BOOL ref; *outcome gets its value now. */
static IRRef rec_truth(Recorder *r, uint32_t s, bool *outcome) {
  if (r->sflags[s] & SF_NONE) {
    *outcome = false;
    return ir_kbool(r->ir, false);
  }
  Value v = r->base[s];
  IRRef ref = rd(r, s);
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

static void rec_getitem(Recorder *r, uint32_t dst, uint32_t sb, uint32_t xc) {
  Value seq = r->base[sb];
  if (seq.tag != V_OBJ) rec_abort(r, TA_NYI_TYPE, "subscript");
  Opnd idx = opnd_rk(r, xc);
  IRRef addr = item_addr(r, rd(r, sb), seq, idx);
  load_value(r, addr, item_live(seq, idx.v.as.i), false, dst);
}

static void rec_setitem(Recorder *r, uint32_t sa, uint32_t xb, uint32_t xc) {
  Value seq = r->base[sa];
  if (!is_list(seq)) rec_abort(r, TA_NYI_TYPE, "item assignment");
  Opnd idx = opnd_rk(r, xb);
  Opnd val = opnd_rk(r, xc);
  IRRef addr = item_addr(r, rd(r, sa), seq, idx);
  IRType t = ir_typeof(r->ir, val.ref);
  IRType st = t == IRT_BOOL ? IRT_I64 : t;
  fold_emit(r, IR_ASTORE, IRT_VOID, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 0), IRT_I64),
            kint(r, tag_of_irt(t)), 0);
  fold_emit(r, IR_ASTORE, IRT_VOID, fold_emit(r, IR_AREF, IRT_PTR, addr, kint(r, 1), st),
            store_payload(r, val.ref), 0);
  r->check_slot = -1;
}

/* ---- names -------------------------------------------------------------- */

/* The slot address of `name` in dict d, guarded to exist (or, with
** want_absent, guarded not to). */
static IRRef dict_slot(Recorder *r, Dict *d, Str *name, bool want_absent) {
  rec_root(r, d);
  rec_root(r, name);
  IRRef args[2] = {kptr(r, d), kptr(r, name)};
  IRRef p = fold_call_target(r, &rec_ct_dict_slot, 2, args);
  fold_guard(r, fold2(r, IR_EQ, p, kptr(r, NULL)), want_absent);
  return p;
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
  IRRef p = dict_slot(r, g, name, false);
  IRType t = ir_typeof(r->ir, v);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, kint(r, tag_of_irt(t)), 0);
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

/* Records a call of the built-in `callee` with args at registers argv..;
** the result goes to dst. */
static void rec_call_builtin(Recorder *r, uint32_t dst, uint32_t fslot, uint32_t argv, uint32_t nargs) {
  VM *vm = r->vm;
  Value fv = r->base[fslot];
  if (fv.tag != V_OBJ) rec_abort(r, TA_NYI_CALL, "a non-object");
  Obj *callee = fv.as.o;
  const char *name = callee->type == &TYPE_BUILTIN ? ((Builtin *)callee)->name
                     : callee == &TYPE_INT.hdr     ? "int"
                     : callee == &TYPE_FLOAT.hdr   ? "float"
                                                   : NULL;
  if (!name) rec_abort(r, TA_NYI_CALL, v_typename(fv));
  if (callee->type == &TYPE_BUILTIN && !is_empty(((Builtin *)callee)->self) &&
      !is_type(((Builtin *)callee)->self, &TYPE_MODULE) && !is_none(((Builtin *)callee)->self))
    rec_abort(r, TA_NYI_CALL, name);
  Opnd a[4];
  if (nargs > 4) rec_abort(r, TA_NYI_CALL, name);
  bool is_math = is_module_fn(vm, "math", callee, name);
  bool is_bi = !is_math && (is_builtin_fn(vm, callee, name) || callee->type == &TYPE_TYPE);
  if (!is_math && !is_bi) rec_abort(r, TA_NYI_CALL, name);
  IRRef fref = rd(r, fslot);
  for (uint32_t i = 0; i < nargs; i++) a[i] = opnd_reg(r, argv + i);
  IRRef res = REF_NONE;
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
      if (a[0].v.tag != V_FLOAT) rec_abort(r, TA_NYI_CALL, name);
      guard_identity(r, fref, callee);
      res = fold_call(r, name[3] == 0 ? IRCALL_log : name[3] == '2' ? IRCALL_log2 : IRCALL_log10, 1, &a[0].ref);
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
      IRCallId id = name[0] == 'a' ? IRCALL_atan2 : name[0] == 'h' ? IRCALL_hypot
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
    } else if (is_str(s)) {
      guard_type(r, a[0].ref, &TYPE_STR);
      res = fold_emit(r, IR_FLOAD, IRT_I64, a[0].ref, REF_NONE, (uint32_t)offsetof(Str, nchars));
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
    if (tag != V_INT && tag != V_FLOAT) rec_abort(r, TA_NYI_TYPE, name);
    for (uint32_t i = 1; i < nargs; i++)
      if (a[i].v.tag != tag) rec_abort(r, TA_NYI_TYPE, "mixed min/max");
    guard_identity(r, fref, callee);
    res = a[0].ref;
    for (uint32_t i = 1; i < nargs; i++) res = fold2(r, name[1] == 'i' ? IR_MIN : IR_MAX, res, a[i].ref);
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
  rec_abort(r, TA_NYI_CALL, name);
done:
  wr(r, dst, res);
}

/* ---- the loop's back-edge ------------------------------------------------ */

/* FORLOOP/LOOP that closes the traced loop: the step and the exit guard. */
static void rec_backedge(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  if (bc_op(ins) == OP_LOOP) return;
  uint32_t a = bc_a(ins), c = bc_c(ins);
  Value s0 = r->base[a], s1 = r->base[a + 1];
  if (s0.tag == V_INT) { /* range: next value, count left, step */
    if (s1.as.i <= 0) rec_abort(r, TA_LEFT_LOOP, "range ends");
    IRRef cnt = rd(r, a + 1);
    fold_guard(r, fold2(r, IR_GT, cnt, kint(r, 0)), true);
    IRRef v = rd(r, a), step = rd(r, a + 2);
    wr(r, c, v);
    wr(r, a, fold2(r, IR_ADD, v, step));
    wr(r, a + 1, fold2(r, IR_SUB, cnt, kint(r, 1)));
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
  rec_abort(r, TA_NYI_BC, "FORLOOP over an iterator");
}

/* ---- one instruction ----------------------------------------------------- */

static bool in_loop(Recorder *r, const Instr *pc) { return pc >= r->header && pc <= r->backedge; }

void rec_ins(Recorder *r, const Instr *pc) {
  Instr ins = *pc;
  OpCode op = bc_op(ins);
  uint32_t a = bc_a(ins), b = bc_b(ins), c = bc_c(ins);
  const Value *k = r->co->consts;
  r->pc = pc;
  r->snap_taken = false;
  r->check_slot = -1;
  r->nrecorded++;
  const Instr *next = pc + 1;
  switch (op) {
  case OP_NOP: break;
  case OP_MOVE:
    if (r->sflags[b] & SF_NONE) {
      wr_none(r, a);
    } else {
      if (!(r->sflags[b] & SF_WRITTEN) && r->base[b].tag == V_NONE) rec_abort(r, TA_NYI_TYPE, "None");
      wr(r, a, rd(r, b));
    }
    break;
  case OP_LOADK:
    if (k[b].tag == V_NONE) wr_none(r, a);
    else wr(r, a, kvalue(r, k[b]));
    break;
  case OP_LOADI: wr(r, a, kint(r, (int64_t)b - BC_IMM_BIAS)); break;
  case OP_LOADNONE: wr_none(r, a); break;
  case OP_LOADBOOL: wr(r, a, ir_kbool(r->ir, b != 0)); break;
  case OP_GETGLOBAL: rec_getglobal(r, a, as_str(k[b])); break;
  case OP_SETGLOBAL: rec_setglobal(r, a, as_str(k[b])); break;
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_TRUEDIV: case OP_FLOORDIV: case OP_MOD:
  case OP_POW: case OP_LSHIFT: case OP_RSHIFT: case OP_OR: case OP_XOR: case OP_AND:
  case OP_IADD: case OP_ISUB: case OP_IMUL: case OP_ITRUEDIV: case OP_IFLOORDIV: case OP_IMOD:
  case OP_IPOW: case OP_ILSHIFT: case OP_IRSHIFT: case OP_IOR: case OP_IXOR: case OP_IAND:
    rec_arith(r, op, a, opnd_rk(r, b), opnd_rk(r, c));
    break;
  case OP_NEG: {
    Opnd x = unbool(r, opnd_reg(r, b));
    if (x.v.tag == V_INT) {
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
    wr(r, a, rec_compare(r, (CmpOp)(op - OP_LT), opnd_rk(r, b), opnd_rk(r, c), &t));
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
      if (x.v.tag != V_OBJ || y.v.tag != V_OBJ) rec_abort(r, TA_NYI_TYPE, "is");
      res = fold2(r, IR_EQ, x.ref, y.ref);
    }
    if (op == OP_ISNOT) res = fold1(r, IR_NOT, res);
    wr(r, a, res);
    break;
  }
  case OP_JLT: case OP_JLE: case OP_JEQ: case OP_JNE: case OP_JGT: case OP_JGE: {
    bool t;
    IRRef cond = rec_compare(r, (CmpOp)(op - OP_JLT), opnd_rk(r, b), opnd_rk(r, c), &t);
    fold_guard(r, cond, t);
    next = t == (a != 0) ? r->co->code + bc_b(pc[1]) : pc + 2;
    break;
  }
  case OP_JMP: next = r->co->code + b; break;
  case OP_JMPIF: case OP_JMPIFNOT: {
    bool t;
    IRRef cond = rec_truth(r, a, &t);
    fold_guard(r, cond, t);
    next = t == (op == OP_JMPIF) ? r->co->code + b : pc + 1;
    break;
  }
  case OP_GETITEM: rec_getitem(r, a, b, c); break;
  case OP_SETITEM: rec_setitem(r, a, b, c); break;
  case OP_GETATTR: rec_module_attr(r, a, b, as_str(k[c])); break;
  case OP_LOADMETH:
    rec_module_attr(r, a, b, as_str(k[c]));
    if (a + 1 >= r->nslots) rec_abort(r, TA_UNEXPECTED, "register");
    r->slot[a + 1] = REF_NONE;
    r->sflags[a + 1] = SF_WRITTEN | SF_EMPTY;
    break;
  case OP_CALL:
    if (c != 0) rec_abort(r, TA_NYI_CALL, "keyword arguments");
    rec_call_builtin(r, a, a, a + 1, b);
    break;
  case OP_CALLMETH:
    if (c != 0) rec_abort(r, TA_NYI_CALL, "keyword arguments");
    if (r->base[a].tag == V_EMPTY) rec_abort(r, TA_NYI_CALL, "a method");
    rec_call_builtin(r, a, a, a + 2, b);
    break;
  case OP_FORPREP: case OP_FORLOOP: case OP_LOOP:
    rec_abort(r, TA_INNER_LOOP, NULL);
  case OP_RETURN: case OP_RETURNNONE: case OP_YIELD:
    rec_abort(r, TA_LEFT_FRAME, NULL);
  default:
    rec_abort(r, TA_NYI_BC, bc_names[op]);
  }
  if (!in_loop(r, next)) rec_abort(r, TA_LEFT_LOOP, NULL);
  r->expect = next;
}

/* Called for the loop's own back-edge instruction. */
void rec_close(Recorder *r, const Instr *pc) {
  r->pc = pc;
  r->snap_taken = false;
  r->check_slot = -1;
  rec_backedge(r, pc);
}
