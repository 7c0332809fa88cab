/*
** test_jit.c — the trace IR and both backends, on IR built by hand (the
** recorder is not needed): the IR checker and dump; Python semantics of the
** integer ops, guards, snapshots and exits, identical under tcc and gccjit;
** the two measuring loops of the JIT issue (a scalar float sum and a sum of
** squares over a float64 array) bit-identical to plain C, with compile
** latencies and per-iteration times printed beside gcc -O3 -march=native;
** and the tier-up thread swapping gccjit code in.
*/
#include <criterion/criterion.h>
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../jit/backend.h"
#include "../../runtime/array.h"
#include "../../src/util.h"

/* ---- helpers ------------------------------------------------------------ */

typedef struct BoxedComplex { double re, im; } BoxedComplex;
static BoxedComplex boxes[16];
static int nboxes;

static void *box_complex(void *vm, double re, double im) {
  (void)vm;
  BoxedComplex *b = &boxes[nboxes++ % 16];
  b->re = re;
  b->im = im;
  return b;
}

static TraceCtx test_ctx = {.vm = NULL, .box_complex = box_complex};

static bool compile1(const Backend *be, const IRTrace *tr, BackendCode *out) {
  char err[256] = "";
  bool ok = be->compile(&tr, 1, out, err, sizeof err, NULL);
  if (!ok) fprintf(stderr, "%s: %s\n", be->name, err);
  return ok;
}

static bool have_gccjit(void) {
  if (jit_backend_gccjit.available()) return true;
  fprintf(stderr, "test_jit: libgccjit not installed; gccjit checks skipped\n");
  return false;
}

/* The backends a test runs its trace through: tcc, and gccjit where it is
** installed. */
static int backends_to_test(const Backend *bes[2]) {
  bes[0] = &jit_backend_tcc;
  bes[1] = &jit_backend_gccjit;
  return have_gccjit() ? 2 : 1;
}

static void assert_ir_ok(const IRTrace *tr) {
  char err[200];
  cr_assert(ir_check(tr, err, sizeof err), "%s", err);
}

/* A straight-line trace: r = op(slot0, slot1) written to slot 2, then EXIT
** through snapshot 1. Guards of the op exit through snapshot 0 (nothing
** written), so the exit id tells which path was taken. */
static void binop_trace(IRTrace *tr, uint32_t id, IROp op, IRType ta, IRType tb) {
  ir_init(tr, id);
  ir_snap_begin(tr, 10);
  IRRef a = ir_sload(tr, 0, ta), b = ir_sload(tr, 1, tb);
  IRRef r = ir_emit2(tr, op, a, b);
  IRType tr_ = ir_typeof(tr, r);
  ir_snap_begin(tr, 20);
  ir_snap_add(tr, 2, tr_ == IRT_F64 ? SNAP_FLOAT : tr_ == IRT_BOOL ? SNAP_BOOL : SNAP_INT, r, REF_NONE);
  ir_emit(tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
}

/* ---- IR ----------------------------------------------------------------- */

Test(jit_ir, constants_are_interned) {
  IRTrace tr;
  ir_init(&tr, 1);
  cr_assert_eq(ir_kint(&tr, 5), ir_kint(&tr, 5));
  cr_assert_neq(ir_kint(&tr, 5), ir_kint(&tr, 6));
  cr_assert_neq(ir_kint(&tr, 1), ir_kbool(&tr, true));
  cr_assert_neq(ir_knum(&tr, 0.0), ir_knum(&tr, -0.0));
  cr_assert_eq(ir_knum(&tr, 0.5), ir_knum(&tr, 0.5));
  cr_assert(ir_isconst(ir_kint(&tr, 0)));
  cr_assert_eq(ir_at(&tr, ir_knum(&tr, 0.5))->f, 0.5);
  ir_free(&tr);
}

Test(jit_ir, table_and_checker) {
  cr_assert_str_eq(ir_op_info[IR_ADDOV].name, "ADDOV");
  cr_assert(ir_op_info[IR_ADDOV].flags & IRF_GUARD);
  cr_assert(ir_op_info[IR_ADD].flags & IRF_PURE);
  IRTrace tr;
  char err[200];
  binop_trace(&tr, 1, IR_ADD, IRT_I64, IRT_F64); /* mixed types */
  cr_assert_not(ir_check(&tr, err, sizeof err));
  cr_assert(strstr(err, "ADD"), "%s", err);
  ir_free(&tr);
  binop_trace(&tr, 1, IR_ADDOV, IRT_I64, IRT_I64);
  cr_assert(ir_check(&tr, err, sizeof err), "%s", err);
  ir_free(&tr);
  ir_init(&tr, 2); /* no LOOP, no EXIT */
  ir_sload(&tr, 0, IRT_I64);
  cr_assert_not(ir_check(&tr, err, sizeof err));
  ir_free(&tr);
}

/* Snapshots inside inlined calls list their frames, outermost first. */
Test(jit_ir, snapshot_frames) {
  IRTrace tr;
  char err[200];
  int fa, fb;
  ir_init(&tr, 3);
  ir_snap_begin(&tr, 7);
  IRRef x = ir_sload(&tr, 0, IRT_I64);
  uint32_t s = ir_snap_begin(&tr, 2);
  ir_snap_add(&tr, 5, SNAP_INT, x, REF_NONE);
  ir_snap_frame(&tr, &fa, 4, 9, 3);
  ir_snap_frame(&tr, &fb, 8, 1, 2);
  ir_emit(&tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  cr_assert(ir_check(&tr, err, sizeof err), "%s", err);
  cr_assert_eq(tr.snaps[s].nframe, 2);
  cr_assert_eq(tr.snaps[0].nframe, 0);
  const SnapFrame *f = ir_snap_frames(&tr, s);
  cr_assert(f[0].fn == &fa && f[0].base == 4 && f[0].callpc == 9 && f[0].ret == 3);
  cr_assert(f[1].fn == &fb && f[1].base == 8 && f[1].callpc == 1 && f[1].ret == 2);
  tr.snapframes[tr.snaps[s].firstframe + 1].base = 4; /* a callee's window above its caller's */
  cr_assert_not(ir_check(&tr, err, sizeof err));
  cr_assert(strstr(err, "order"), "%s", err);
  ir_free(&tr);
}

Test(jit_ir, dump) {
  IRTrace tr;
  binop_trace(&tr, 7, IR_MODI, IRT_I64, IRT_I64);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ir_dump(f, &tr);
  fclose(f);
  cr_assert(strstr(buf, "---- TRACE 7 IR"), "%s", buf);
  cr_assert(strstr(buf, "0001 >  i64 SLOAD  #0"), "%s", buf);
  cr_assert(strstr(buf, "MODI   0001 0002  {snap #0}"), "%s", buf);
  cr_assert(strstr(buf, "#1 pc=20  [2]=INT: 0003"), "%s", buf);
  free(buf);
  StrBuf c = STRBUF_INIT;
  char err[200];
  cr_assert(cg_emit_c(&tr, "trace_7", &c, err, sizeof err), "%s", err);
  cr_assert(strstr(c.data, "int trace_7(Value *base, TraceCtx *ctx)"));
  sb_free(&c);
  ir_free(&tr);
}

/* ---- Python semantics, both tiers --------------------------------------- */

static int64_t py_floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) q--;
  return q;
}

static int64_t py_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

/* Runs fn on (a, b); returns the exit id and the result slot. */
static int run_ii(TraceFn fn, int64_t a, int64_t b, int64_t *r) {
  Value base[3] = {v_int(a), v_int(b), v_none()};
  int x = fn(base, &test_ctx);
  *r = base[2].as.i;
  return x;
}

enum { NOPS = 9 };
static const IROp int_ops[NOPS] = {IR_ADDOV, IR_SUBOV, IR_MULOV, IR_DIVI, IR_MODI, IR_SHL, IR_SHR, IR_MIN, IR_MAX};

/* The expected exit (1: result, 0: guard) and result of op on Python ints. */
static int expect_ii(IROp op, int64_t a, int64_t b, int64_t *r) {
  switch (op) {
  case IR_ADDOV: return __builtin_add_overflow(a, b, r) ? 0 : 1;
  case IR_SUBOV: return __builtin_sub_overflow(a, b, r) ? 0 : 1;
  case IR_MULOV: return __builtin_mul_overflow(a, b, r) ? 0 : 1;
  case IR_DIVI:
    if (b == 0 || (a == INT64_MIN && b == -1)) return 0;
    *r = py_floordiv(a, b);
    return 1;
  case IR_MODI:
    if (b == 0) return 0;
    *r = py_mod(a, b);
    return 1;
  case IR_SHL:
    if (b < 0 || b > 63) return 0;
    *r = (int64_t)((uint64_t)a << b);
    return (*r >> b) == a ? 1 : 0;
  case IR_SHR:
    if (b < 0) return 0;
    *r = a >> (b > 63 ? 63 : b);
    return 1;
  case IR_MIN: *r = b < a ? b : a; return 1;
  case IR_MAX: *r = b > a ? b : a; return 1;
  default: return -1;
  }
}

Test(jit_semantics, int_ops_both_tiers, .timeout = 120) {
  static const int64_t vals[] = {0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 100, -100, 1 << 20,
                                 (int64_t)1 << 32, -((int64_t)1 << 32), 3037000499, -3037000500,
                                 INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1};
  const int nv = sizeof vals / sizeof vals[0];
  IRTrace trs[NOPS];
  const IRTrace *ptrs[NOPS];
  BackendCode tcc[NOPS], gj[NOPS];
  for (int i = 0; i < NOPS; i++) {
    binop_trace(&trs[i], 100 + i, int_ops[i], IRT_I64, IRT_I64);
    ptrs[i] = &trs[i];
    cr_assert(compile1(&jit_backend_tcc, &trs[i], &tcc[i]));
  }
  bool gjok = have_gccjit();
  char err[256];
  if (gjok) cr_assert(jit_backend_gccjit.compile(ptrs, NOPS, gj, err, sizeof err, NULL), "%s", err); /* one batch */
  for (int i = 0; i < NOPS; i++) {
    for (int x = 0; x < nv; x++)
      for (int y = 0; y < nv; y++) {
        int64_t want = 0, got = 0;
        int wexit = expect_ii(int_ops[i], vals[x], vals[y], &want);
        int gexit = run_ii(tcc[i].fn, vals[x], vals[y], &got);
        cr_assert_eq(gexit, wexit, "tcc %s(%ld, %ld): exit %d", ir_op_info[int_ops[i]].name, (long)vals[x], (long)vals[y], gexit);
        if (wexit == 1) cr_assert_eq(got, want, "tcc %s(%ld, %ld) = %ld", ir_op_info[int_ops[i]].name, (long)vals[x], (long)vals[y], (long)got);
        if (!gjok) continue;
        gexit = run_ii(gj[i].fn, vals[x], vals[y], &got);
        cr_assert_eq(gexit, wexit, "gccjit %s(%ld, %ld): exit %d", ir_op_info[int_ops[i]].name, (long)vals[x], (long)vals[y], gexit);
        if (wexit == 1) cr_assert_eq(got, want, "gccjit %s(%ld, %ld) = %ld", ir_op_info[int_ops[i]].name, (long)vals[x], (long)vals[y], (long)got);
      }
    jit_backend_tcc.release(&tcc[i]);
    if (gjok) jit_backend_gccjit.release(&gj[i]);
    ir_free(&trs[i]);
  }
}

/* Float ops, calls, FTOI, min/max with NaN and signed zeros: the two tiers
** and C agree bit for bit. */
static uint64_t bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

Test(jit_semantics, float_ops_both_tiers, .timeout = 120) {
  enum { NF = 8 };
  IRTrace trs[NF];
  const IRTrace *ptrs[NF];
  /* 0..4: f64 binops; 5: py floordiv call; 6: sqrt(a)+sin(b); 7: FTOI(a) */
  static const IROp fops[5] = {IR_ADD, IR_MUL, IR_DIV, IR_MIN, IR_MAX};
  for (int i = 0; i < 5; i++) binop_trace(&trs[i], 200 + i, fops[i], IRT_F64, IRT_F64);
  for (int i = 5; i < NF; i++) {
    IRTrace *tr = &trs[i];
    ir_init(tr, 200 + i);
    ir_snap_begin(tr, 10);
    IRRef a = ir_sload(tr, 0, IRT_F64), b = ir_sload(tr, 1, IRT_F64), r;
    if (i == 5) {
      IRRef args[2] = {a, b};
      r = ir_call(tr, ir_call_builtin(IRCALL_ir_py_floordiv), 2, args);
    } else if (i == 6) {
      IRRef s = ir_call(tr, ir_call_builtin(IRCALL_sqrt), 1, &a);
      IRRef t = ir_call(tr, ir_call_builtin(IRCALL_sin), 1, &b);
      r = ir_emit2(tr, IR_ADD, s, t);
    } else {
      r = ir_emit1(tr, IR_FTOI, a);
    }
    ir_snap_begin(tr, 20);
    ir_snap_add(tr, 2, i == 7 ? SNAP_INT : SNAP_FLOAT, r, REF_NONE);
    ir_emit(tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  }
  BackendCode tcc[NF], gj[NF];
  for (int i = 0; i < NF; i++) {
    ptrs[i] = &trs[i];
    cr_assert(compile1(&jit_backend_tcc, &trs[i], &tcc[i]));
  }
  bool gjok = have_gccjit();
  char err[256];
  if (gjok) cr_assert(jit_backend_gccjit.compile(ptrs, NF, gj, err, sizeof err, NULL), "%s", err);
  static const double vals[] = {0.0, -0.0, 1.0, -1.5, 0.1, 3.0, 1e300, -1e-300, 9.3e18, -9.2e18, INFINITY, -INFINITY, NAN};
  const int nv = sizeof vals / sizeof vals[0];
  for (int i = 0; i < NF; i++)
    for (int x = 0; x < nv; x++)
      for (int y = 0; y < nv; y++) {
        double a = vals[x], b = vals[y], want = 0;
        int wexit = 1;
        switch (i) {
        case 0: want = a + b; break;
        case 1: want = a * b; break;
        case 2: want = a / b; break;
        case 3: want = b < a ? b : a; break;
        case 4: want = b > a ? b : a; break;
        case 5: if (b == 0.0) continue; want = ir_py_floordiv(a, b); break;
        case 6: want = sqrt(a) + sin(b); break;
        case 7: wexit = a >= -0x1p63 && a < 0x1p63; break;
        }
        for (int tier = 0; tier < (gjok ? 2 : 1); tier++) {
          Value base[3] = {v_float(a), v_float(b), v_none()};
          int got = (tier ? gj : tcc)[i].fn(base, &test_ctx);
          const char *name = tier ? "gccjit" : "tcc";
          cr_assert_eq(got, wexit, "%s trace %d (%g, %g): exit %d", name, i, a, b, got);
          if (i == 7 && wexit) cr_assert_eq(base[2].as.i, (int64_t)a);
          else if (wexit && isnan(want)) cr_assert(isnan(base[2].as.f)); /* NaN sign/payload: operand order */
          else if (wexit) cr_assert_eq(bits(base[2].as.f), bits(want), "%s trace %d (%g, %g) = %a, want %a", name, i, a, b, base[2].as.f, want);
        }
      }
  for (int i = 0; i < NF; i++) {
    jit_backend_tcc.release(&tcc[i]);
    if (gjok) jit_backend_gccjit.release(&gj[i]);
    ir_free(&trs[i]);
  }
}

/* SLOAD type guards, and every snapshot kind written back: the exit stores
** payloads (and boxes complex pairs), jit_exit_box the tags. */
Test(jit_semantics, snapshots_and_type_guards) {
  IRTrace tr;
  ir_init(&tr, 300);
  ir_snap_begin(&tr, 5);
  IRRef x = ir_sload(&tr, 0, IRT_F64);
  IRRef p = ir_sload(&tr, 1, IRT_PTR);
  IRRef c = ir_emit2(&tr, IR_LT, x, ir_knum(&tr, 0.0));
  ir_snap_begin(&tr, 42);
  ir_snap_add(&tr, 2, SNAP_BOOL, c, REF_NONE);
  ir_snap_add(&tr, 3, SNAP_NONE, REF_NONE, REF_NONE);
  ir_snap_add(&tr, 4, SNAP_COMPLEX, x, ir_knum(&tr, -2.5));
  ir_snap_add(&tr, 5, SNAP_OBJ, p, REF_NONE);
  ir_snap_add(&tr, 6, SNAP_INT, ir_kint(&tr, INT64_MIN), REF_NONE);
  ir_emit(&tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  const Backend *bes[2];
  for (int k = 0, nbe = backends_to_test(bes); k < nbe; k++) {
    BackendCode code;
    cr_assert(compile1(bes[k], &tr, &code));
    int dummy;
    Value base[7] = {v_float(-1.0), v_obj(&dummy), v_int(1), v_int(1), v_int(1), v_int(1), v_int(1)};
    cr_assert_eq(code.fn(base, &test_ctx), 1);
    cr_assert(base[2].tag == V_INT && base[2].as.i == 1 && base[3].tag == V_INT, "%s: an exit stores payloads only", bes[k]->name);
    cr_assert(base[4].tag == V_OBJ);
    jit_exit_box(&tr, 1, base, &test_ctx);
    cr_assert(base[2].tag == V_BOOL && base[2].as.i == 1);
    cr_assert(base[3].tag == V_NONE);
    cr_assert(base[4].tag == V_OBJ);
    BoxedComplex *bc = (BoxedComplex *)base[4].as.o;
    cr_assert(bc->re == -1.0 && bc->im == -2.5);
    cr_assert(base[5].tag == V_OBJ && base[5].as.o == (Obj *)&dummy);
    cr_assert(base[6].tag == V_INT && base[6].as.i == INT64_MIN);
    /* a wrong tag exits through the entry snapshot, writing nothing */
    Value bad[7] = {v_int(3), v_obj(&dummy), v_int(9)};
    cr_assert_eq(code.fn(bad, &test_ctx), 0);
    cr_assert(bad[2].tag == V_INT && bad[2].as.i == 9);
    bes[k]->release(&code);
  }
  ir_free(&tr);
}

/* NumPy scalars: an SLOAD with a dtype unboxes (checking the object's type)
** and widens the payload; a SNAP_NP entry boxes it back through box_np
** (in jit_exit_box, after the exit). */
typedef struct BoxedNp { int32_t dt; int64_t i; double f; } BoxedNp;
static BoxedNp npboxes[8];
static int nnpboxes;

static void *box_np(void *vm, int32_t dt, int64_t i, double f) {
  (void)vm;
  BoxedNp *b = &npboxes[nnpboxes++ % 8];
  b->dt = dt;
  b->i = i;
  b->f = f;
  return b;
}

static NpScalar np_scalar_of(DType dt, int64_t i, double f) {
  NpScalar s;
  memset(&s, 0, sizeof s);
  s.hdr.type = (Type *)ir_np_type(dt);
  s.dtype = dt;
  switch (dt) {
  case DT_INT8: s.v.bytes[0] = (unsigned char)(int8_t)i; break;
  case DT_FLOAT32: s.v.f = (float)f; break;
  case DT_BOOL: s.v.bytes[0] = (unsigned char)(i != 0); break;
  default: s.v.i = i; break;
  }
  return s;
}

/* A load through a pointer loaded from a constant address (the tier-up
** check's cell -> JitTrace -> entry): cgen prints single-use loads inside
** their use, and tcc 0.9.27 drops a level of `*(T **)(*(T **)CONST)`. */
static void *deref_cell[1];
Test(jit_semantics, load_through_constant_cell) {
  static void *target[1] = {(void *)0x1234};
  deref_cell[0] = target;
  IRTrace tr;
  ir_init(&tr, 302);
  ir_snap_begin(&tr, 3);
  IRRef p = ir_emit(&tr, IR_FLOAD, IRT_PTR, ir_kptr(&tr, deref_cell), REF_NONE, 0);
  IRRef e = ir_emit(&tr, IR_FLOAD, IRT_PTR, p, REF_NONE, 0);
  ir_emit(&tr, IR_GUARDT, IRT_VOID, ir_emit2(&tr, IR_EQ, e, ir_kptr(&tr, (void *)0x1234)), REF_NONE, 0);
  ir_snap_begin(&tr, 4);
  ir_emit(&tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  assert_ir_ok(&tr);
  TraceCtx ctx = {.box_complex = box_complex, .box_np = box_np};
  const Backend *bes[2];
  for (int k = 0, nbe = backends_to_test(bes); k < nbe; k++) {
    BackendCode code;
    cr_assert(compile1(bes[k], &tr, &code));
    Value base[1] = {v_int(0)};
    cr_assert_eq(code.fn(base, &ctx), 1, "%s: the loaded pointer is wrong", bes[k]->name);
    bes[k]->release(&code);
  }
  ir_free(&tr);
}

Test(jit_semantics, numpy_scalars_unboxed_and_boxed) {
  IRTrace tr;
  ir_init(&tr, 301);
  ir_snap_begin(&tr, 5);
  IRRef i8 = ir_emit(&tr, IR_SLOAD, IRT_I64, REF_NONE, REF_NONE, ir_sload_lit(0, DT_INT8));
  IRRef f32 = ir_emit(&tr, IR_SLOAD, IRT_F64, REF_NONE, REF_NONE, ir_sload_lit(1, DT_FLOAT32));
  IRRef b = ir_emit(&tr, IR_SLOAD, IRT_BOOL, REF_NONE, REF_NONE, ir_sload_lit(2, DT_BOOL));
  IRRef sum = ir_emit2(&tr, IR_ADD, i8, ir_kint(&tr, 1000));
  IRRef half = ir_emit2(&tr, IR_MUL, f32, ir_knum(&tr, 0.5));
  IRRef nb = ir_emit1(&tr, IR_NOT, b);
  ir_snap_begin(&tr, 42);
  ir_snap_add_np(&tr, 3, DT_INT16, sum);
  ir_snap_add_np(&tr, 4, DT_FLOAT32, half);
  ir_snap_add_np(&tr, 5, DT_BOOL, nb);
  ir_emit(&tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  assert_ir_ok(&tr);
  TraceCtx ctx = {.box_complex = box_complex, .box_np = box_np};
  const Backend *bes[2];
  for (int k = 0, nbe = backends_to_test(bes); k < nbe; k++) {
    BackendCode code;
    cr_assert(compile1(bes[k], &tr, &code));
    NpScalar x = np_scalar_of(DT_INT8, -7, 0), y = np_scalar_of(DT_FLOAT32, 0, 0.1), z = np_scalar_of(DT_BOOL, 1, 0);
    Value base[6] = {v_obj(&x), v_obj(&y), v_obj(&z), v_int(1), v_int(1), v_int(1)};
    nnpboxes = 0;
    cr_assert_eq(code.fn(base, &ctx), 1);
    /* the exit leaves raw payloads; jit_exit_box boxes them */
    cr_assert(base[3].tag == V_INT && base[3].as.i == 993 && base[4].tag == V_INT && nnpboxes == 0);
    jit_exit_box(&tr, 1, base, &ctx);
    BoxedNp *p = (BoxedNp *)base[3].as.o, *q = (BoxedNp *)base[4].as.o, *r = (BoxedNp *)base[5].as.o;
    cr_assert(base[3].tag == V_OBJ && p->dt == DT_INT16 && p->i == 993);
    cr_assert(base[4].tag == V_OBJ && q->dt == DT_FLOAT32 && q->f == (double)0.1f * 0.5);
    cr_assert(base[5].tag == V_OBJ && r->dt == DT_BOOL && r->i == 0);
    /* a scalar of another dtype, or a plain int, exits through the entry snapshot */
    NpScalar w = np_scalar_of(DT_INT16, -7, 0);
    Value bad[6] = {v_obj(&w), v_obj(&y), v_obj(&z), v_int(9)};
    cr_assert_eq(code.fn(bad, &ctx), 0);
    cr_assert(bad[3].tag == V_INT && bad[3].as.i == 9);
    Value bad2[6] = {v_obj(&x), v_obj(&y), v_int(1), v_int(9)};
    cr_assert_eq(code.fn(bad2, &ctx), 0);
    bes[k]->release(&code);
  }
  ir_free(&tr);
}

/* ICALL: the trace flushes its state, the interpreter (a stub) runs, the
** trace re-reads the slot it changed. */
static int stitch_calls;
static int stitch(TraceCtx *ctx, Value *base, int32_t from, int32_t to) {
  cr_assert_eq(from, 7);
  cr_assert_eq(to, 9);
  stitch_calls++;
  if (base[0].as.i > 1000) {
    ctx->resume_pc = 77;
    return 1;
  }
  base[0].as.i *= 3; /* "x = x * 3" done by the interpreter */
  return 0;
}

Test(jit_semantics, stitching) {
  IRTrace tr;
  ir_init(&tr, 400);
  ir_snap_begin(&tr, 0);
  IRRef x = ir_sload(&tr, 0, IRT_I64);
  IRRef y = ir_emit2(&tr, IR_ADDOV, x, ir_kint(&tr, 1));
  ir_snap_begin(&tr, 7);
  ir_snap_add(&tr, 0, SNAP_INT, y, REF_NONE);
  ir_emit(&tr, IR_ICALL, IRT_VOID, REF_NONE, REF_NONE, 9);
  ir_snap_begin(&tr, 9);
  IRRef z = ir_sload(&tr, 0, IRT_I64);
  ir_snap_begin(&tr, 12);
  ir_snap_add(&tr, 1, SNAP_INT, z, REF_NONE);
  ir_emit(&tr, IR_EXIT, IRT_VOID, REF_NONE, REF_NONE, 0);
  TraceCtx ctx = {.box_complex = box_complex, .stitch = stitch};
  const Backend *bes[2];
  for (int k = 0, nbe = backends_to_test(bes); k < nbe; k++) {
    BackendCode code;
    cr_assert(compile1(bes[k], &tr, &code));
    Value base[2] = {v_int(4), v_none()};
    cr_assert_eq(code.fn(base, &ctx), 3);
    cr_assert_eq(base[1].as.i, 15);
    Value big[2] = {v_int(5000), v_none()};
    cr_assert_eq(code.fn(big, &ctx), TRACE_EXIT_INTERP);
    cr_assert_eq(ctx.resume_pc, 77);
    bes[k]->release(&code);
  }
  ir_free(&tr);
}

/* ---- the two measuring loops -------------------------------------------- */

/* s = 0.0; for i in range(n): s += i * 0.5
** slots: 0 s, 1 i, 2 n. Exit 1 leaves the loop with s and i written back. */
static void build_scalar_sum(IRTrace *tr) {
  ir_init(tr, 1);
  ir_snap_begin(tr, 0);
  IRRef s = ir_sload(tr, 0, IRT_F64), i = ir_sload(tr, 1, IRT_I64), n = ir_sload(tr, 2, IRT_I64);
  ir_loop(tr);
  ir_snap_begin(tr, 30);
  ir_snap_add(tr, 0, SNAP_FLOAT, s, REF_NONE);
  ir_snap_add(tr, 1, SNAP_INT, i, REF_NONE);
  ir_emit1(tr, IR_GUARDT, ir_emit2(tr, IR_LT, i, n));
  IRRef fi = ir_conv(tr, i, IRT_F64);
  IRRef s2 = ir_emit2(tr, IR_ADD, s, ir_emit2(tr, IR_MUL, fi, ir_knum(tr, 0.5)));
  IRRef i2 = ir_emit2(tr, IR_ADD, i, ir_kint(tr, 1)); /* i < n: cannot overflow */
  ir_phi(tr, s, s2);
  ir_phi(tr, i, i2);
}

/* s = 0.0; for i in range(n): s += a[i] * a[i]   (a: float64 array)
** slots: 0 s, 1 i, 2 a's data, 3 n, 4 len(a). The bounds check is the
** hoisted form the optimiser makes of BOUNDS i, len: one n <= len before the
** loop. `bounds_in_loop` keeps it per iteration instead. */
static void build_sum_squares(IRTrace *tr, bool bounds_in_loop) {
  ir_init(tr, 2);
  ir_snap_begin(tr, 0);
  IRRef s = ir_sload(tr, 0, IRT_F64), i = ir_sload(tr, 1, IRT_I64);
  IRRef a = ir_sload(tr, 2, IRT_PTR), n = ir_sload(tr, 3, IRT_I64), len = ir_sload(tr, 4, IRT_I64);
  if (!bounds_in_loop) ir_emit1(tr, IR_GUARDT, ir_emit2(tr, IR_LE, n, len));
  ir_loop(tr);
  ir_snap_begin(tr, 40);
  ir_snap_add(tr, 0, SNAP_FLOAT, s, REF_NONE);
  ir_snap_add(tr, 1, SNAP_INT, i, REF_NONE);
  ir_emit1(tr, IR_GUARDT, ir_emit2(tr, IR_LT, i, n));
  if (bounds_in_loop) ir_emit2(tr, IR_BOUNDS, i, len);
  IRRef ref = ir_emit(tr, IR_AREF, IRT_PTR, a, i, IRT_F64);
  IRRef x = ir_emit(tr, IR_ALOAD, IRT_F64, ref, REF_NONE, 0);
  IRRef s2 = ir_emit2(tr, IR_ADD, s, ir_emit2(tr, IR_MUL, x, x));
  IRRef i2 = ir_emit2(tr, IR_ADD, i, ir_kint(tr, 1));
  ir_phi(tr, s, s2);
  ir_phi(tr, i, i2);
}

static double ref_scalar_sum(int64_t n) {
  double s = 0.0;
  for (int64_t i = 0; i < n; i++) s += (double)i * 0.5;
  return s;
}

static double ref_sum_squares(const double *a, int64_t n) {
  double s = 0.0;
  for (int64_t i = 0; i < n; i++) s += a[i] * a[i];
  return s;
}

/* The same two loops compiled by the system gcc with the reference flags,
** for timing; NULL when no gcc. */
typedef struct GccRef {
  void *lib;
  double (*scalar)(int64_t);
  double (*squares)(const double *, int64_t);
} GccRef;

static GccRef gcc_reference(void) {
  GccRef r = {0};
  char dir[] = "/tmp/streak-jitref-XXXXXX";
  if (!mkdtemp(dir)) return r;
  char src[128], so[128], cmd[512];
  snprintf(src, sizeof src, "%s/ref.c", dir);
  snprintf(so, sizeof so, "%s/ref.so", dir);
  FILE *f = fopen(src, "w");
  if (!f) return r;
  fputs("double scalar(long long n) { double s = 0.0; for (long long i = 0; i < n; i++) s += (double)i * 0.5; return s; }\n"
        "double squares(const double *a, long long n) { double s = 0.0; for (long long i = 0; i < n; i++) s += a[i] * a[i]; return s; }\n",
        f);
  fclose(f);
  snprintf(cmd, sizeof cmd, "gcc -O3 -march=native -ffp-contract=off -shared -fPIC -o %s %s 2>/dev/null", so, src);
  if (system(cmd) == 0) {
    r.lib = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    if (r.lib) {
      *(void **)&r.scalar = dlsym(r.lib, "scalar");
      *(void **)&r.squares = dlsym(r.lib, "squares");
    }
  }
  unlink(so);
  unlink(src);
  rmdir(dir);
  return r;
}

static double best_ns_per_iter(double (*run)(void *), void *arg, int64_t n, double *result) {
  double best = 1e30;
  for (int rep = 0; rep < 3; rep++) {
    uint64_t t0 = jit_now_ns();
    *result = run(arg);
    double dt = (double)(jit_now_ns() - t0) / (double)n;
    if (dt < best) best = dt;
  }
  return best;
}

typedef struct LoopRun {
  TraceFn fn;
  GccRef *ref;
  double *a;
  int64_t n;
  bool squares;
} LoopRun;

static double run_trace(void *p) {
  LoopRun *lr = p;
  Value base[5] = {v_float(0.0), v_int(0), v_obj(lr->a), v_int(lr->n), v_int(lr->n)};
  if (!lr->squares) base[2] = v_int(lr->n);
  int x = lr->fn(base, &test_ctx);
  cr_assert_eq(x, 1);
  cr_assert_eq(base[1].as.i, lr->n);
  return base[0].as.f;
}

static double run_ref(void *p) {
  LoopRun *lr = p;
  return lr->squares ? lr->ref->squares(lr->a, lr->n) : lr->ref->scalar(lr->n);
}

/* Compile latencies of both tiers, then ns/iter of tcc, gccjit and gcc's
** reference. gccjit and gcc alternate, best of 7 each, so that a busy
** machine slows both alike. */
static void measure(const char *what, IRTrace *tr, bool squares, double *a, int64_t n, double want) {
  BackendCode tcc, gj;
  uint64_t t0 = jit_now_ns();
  cr_assert(compile1(&jit_backend_tcc, tr, &tcc));
  double tcc_ms = (double)(jit_now_ns() - t0) * 1e-6;
  bool gjok = have_gccjit();
  double gj_ms = 0;
  if (gjok) {
    t0 = jit_now_ns();
    cr_assert(compile1(&jit_backend_gccjit, tr, &gj));
    gj_ms = (double)(jit_now_ns() - t0) * 1e-6;
  }
  GccRef ref = gcc_reference();
  LoopRun lr = {tcc.fn, &ref, a, n, squares};
  double got, t_tcc = best_ns_per_iter(run_trace, &lr, n, &got);
  cr_assert_eq(bits(got), bits(want), "%s tcc: %a != %a", what, got, want);
  double t_gj = 1e30, t_ref = 1e30;
  for (int round = 0; round < 7; round++) {
    if (gjok) {
      lr.fn = gj.fn;
      t0 = jit_now_ns();
      got = run_trace(&lr);
      double dt = (double)(jit_now_ns() - t0) / (double)n;
      if (dt < t_gj) t_gj = dt;
      cr_assert_eq(bits(got), bits(want), "%s gccjit: %a != %a", what, got, want);
    }
    if (ref.scalar && ref.squares) {
      t0 = jit_now_ns();
      got = run_ref(&lr);
      double dt = (double)(jit_now_ns() - t0) / (double)n;
      if (dt < t_ref) t_ref = dt;
      cr_assert_eq(bits(got), bits(want), "%s gcc -O3: %a != %a", what, got, want);
    }
  }
  if (ref.lib) dlclose(ref.lib);
  if (!gjok) t_gj = 0;
  if (!ref.scalar) t_ref = 0;
  fprintf(stderr,
          "test_jit %-24s compile: tcc %.2f ms, gccjit %.1f ms (%s) | ns/iter: tcc %.3f, gccjit %.3f, "
          "gcc -O3 -march=native %.3f (gccjit/gcc %.2f)\n",
          what, tcc_ms, gj_ms, gj_march(), t_tcc, t_gj, t_ref, t_ref > 0 ? t_gj / t_ref : 0.0);
  jit_backend_tcc.release(&tcc);
  if (gjok) jit_backend_gccjit.release(&gj);
}

Test(jit_loops, scalar_sum, .timeout = 120) {
  IRTrace tr;
  build_scalar_sum(&tr);
  int64_t n = 20000000;
  measure("s += i * 0.5", &tr, false, NULL, n, ref_scalar_sum(n));
  ir_free(&tr);
}

Test(jit_loops, sum_squares, .timeout = 120) {
  int64_t n = 10000000;
  double *a = malloc((size_t)n * sizeof *a);
  for (int64_t i = 0; i < n; i++) a[i] = (double)(i % 1000) * 0.001 - 0.3;
  double want = ref_sum_squares(a, n);
  IRTrace tr;
  build_sum_squares(&tr, false);
  measure("sum a[i]*a[i] (hoisted)", &tr, true, a, n, want);
  ir_free(&tr);
  build_sum_squares(&tr, true);
  measure("sum a[i]*a[i] (BOUNDS)", &tr, true, a, n, want);
  /* a length shorter than n: the in-loop bounds check exits with i = len */
  BackendCode code;
  cr_assert(compile1(&jit_backend_tcc, &tr, &code));
  Value base[5] = {v_float(0.0), v_int(0), v_obj(a), v_int(n), v_int(10)};
  cr_assert_eq(code.fn(base, &test_ctx), 1);
  cr_assert_eq(base[1].as.i, 10);
  cr_assert_eq(bits(base[0].as.f), bits(ref_sum_squares(a, 10)));
  jit_backend_tcc.release(&code);
  ir_free(&tr);
  free(a);
}

Test(jit_loops, tcc_latency) {
  IRTrace tr;
  build_sum_squares(&tr, true);
  enum { N = 50 };
  uint64_t ns[N];
  for (int i = 0; i < N; i++) {
    BackendCode code;
    uint64_t t0 = jit_now_ns();
    cr_assert(compile1(&jit_backend_tcc, &tr, &code));
    ns[i] = jit_now_ns() - t0;
    jit_backend_tcc.release(&code);
  }
  for (int i = 1; i < N; i++)
    for (int j = i; j > 0 && ns[j] < ns[j - 1]; j--) {
      uint64_t t = ns[j];
      ns[j] = ns[j - 1];
      ns[j - 1] = t;
    }
  fprintf(stderr, "test_jit tcc compile latency: median %.3f ms, min %.3f ms, max %.3f ms\n", ns[N / 2] * 1e-6,
          ns[0] * 1e-6, ns[N - 1] * 1e-6);
  cr_assert(ns[N / 2] < 20000000u, "tcc median compile %.1f ms", ns[N / 2] * 1e-6);
  ir_free(&tr);
}

/* libgccjit's cost is per context: one trace vs a batch of eight. */
Test(jit_loops, gccjit_latency, .timeout = 120) {
  if (!have_gccjit()) return;
  enum { N = 8 };
  IRTrace trs[N];
  const IRTrace *ptrs[N];
  BackendCode outs[N];
  char err[256];
  for (int i = 0; i < N; i++) {
    build_sum_squares(&trs[i], i & 1);
    trs[i].id = 50 + i;
    ptrs[i] = &trs[i];
  }
  uint64_t one = UINT64_MAX;
  for (int rep = 0; rep < 3; rep++) {
    uint64_t t0 = jit_now_ns();
    cr_assert(jit_backend_gccjit.compile(ptrs, 1, outs, err, sizeof err, NULL), "%s", err);
    uint64_t dt = jit_now_ns() - t0;
    if (dt < one) one = dt;
    jit_backend_gccjit.release(&outs[0]);
  }
  uint64_t t0 = jit_now_ns();
  cr_assert(jit_backend_gccjit.compile(ptrs, N, outs, err, sizeof err, NULL), "%s", err);
  uint64_t batch = jit_now_ns() - t0;
  for (int i = 0; i < N; i++) {
    jit_backend_gccjit.release(&outs[i]);
    ir_free(&trs[i]);
  }
  fprintf(stderr, "test_jit gccjit compile latency: 1 trace %.1f ms, a batch of %d traces %.1f ms\n", one * 1e-6, N,
          batch * 1e-6);
}

/* ---- tiers -------------------------------------------------------------- */

Test(jit_tier, tier_up_swaps_entry, .timeout = 120) {
  unsetenv("STREAK_TIER");
  JitStats stats;
  memset(&stats, 0, sizeof stats);
  Tier *tier = tier_new(&stats, NULL);
  cr_assert_eq(tier_mode(tier), TIERMODE_BOTH);
  IRTrace trs[3];
  JitTrace *jt[3];
  char err[256];
  for (int i = 0; i < 3; i++) {
    build_scalar_sum(&trs[i]);
    trs[i].id = 10 + i;
    jt[i] = jit_trace_compile(tier, &trs[i], err, sizeof err);
    cr_assert(jt[i], "%s", err);
    cr_assert(jt[i]->first.tier == TIER_TCC);
  }
  Value base[3] = {v_float(0.0), v_int(0), v_int(1000)};
  cr_assert_eq(jit_entry(jt[0])(base, &test_ctx), 1);
  tier_sync(tier);
  if (jit_backend_gccjit.available()) {
    for (int i = 0; i < 3; i++) cr_assert_eq(jit_entry(jt[i]), jt[i]->second.fn);
    cr_assert_eq(stats.nswapped, 3);
    cr_assert(stats.ngccjit_batches >= 1 && stats.ngccjit_batches <= 3);
  }
  Value base2[3] = {v_float(0.0), v_int(0), v_int(1000)};
  cr_assert_eq(jit_entry(jt[0])(base2, &test_ctx), 1);
  cr_assert_eq(bits(base2[0].as.f), bits(base[0].as.f));
  cr_assert_eq(stats.ntraces, 3);
  cr_assert(jit_stats_median_first_tier(&stats) > 0);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  jit_stats_print(&stats, f);
  fclose(f);
  cr_assert(strstr(buf, "median first tier"));
  free(buf);
  for (int i = 0; i < 3; i++) {
    jit_trace_free(tier, jt[i]);
    ir_free(&trs[i]);
  }
  tier_free(tier);
}

/* A compile the VM's thread waits for stops at an interrupt: a compiling
** child that hangs (ASan's allocator after a fork) must not hold up Ctrl-C
** or streak_interrupt. */
Test(jit_tier, interrupt_stops_a_waited_compile) {
  if (!jit_backend_gccjit.available()) return;
  IRTrace tr;
  build_scalar_sum(&tr);
  const IRTrace *ptr = &tr;
  BackendCode out;
  char err[256] = "";
  volatile sig_atomic_t flag = 1;
  BackendJob job;
  backend_job_init(&job);
  job.interrupt = &flag;
  cr_assert_not(jit_backend_gccjit.compile(&ptr, 1, &out, err, sizeof err, &job));
  cr_assert_str_eq(err, "gccjit: interrupted");
  flag = 0;
  cr_assert(jit_backend_gccjit.compile(&ptr, 1, &out, err, sizeof err, &job), "%s", err);
  jit_backend_gccjit.release(&out);
  backend_job_destroy(&job);
  ir_free(&tr);
}

Test(jit_tier, streak_tier_env_pins) {
  IRTrace tr;
  build_scalar_sum(&tr);
  char err[256];
  setenv("STREAK_TIER", "tcc", 1);
  Tier *tier = tier_new(NULL, NULL);
  cr_assert_eq(tier_mode(tier), TIERMODE_TCC);
  JitTrace *t = jit_trace_compile(tier, &tr, err, sizeof err);
  cr_assert(t, "%s", err);
  tier_sync(tier);
  cr_assert(t->first.tier == TIER_TCC && t->second.fn == NULL);
  jit_trace_free(tier, t);
  tier_free(tier);
  if (jit_backend_gccjit.available()) {
    setenv("STREAK_TIER", "gccjit", 1);
    tier = tier_new(NULL, NULL);
    cr_assert_eq(tier_mode(tier), TIERMODE_GCCJIT);
    t = jit_trace_compile(tier, &tr, err, sizeof err);
    cr_assert(t, "%s", err);
    cr_assert(t->first.tier == TIER_GCCJIT);
    jit_trace_free(tier, t);
    tier_free(tier);
  }
  unsetenv("STREAK_TIER");
  ir_free(&tr);
}
