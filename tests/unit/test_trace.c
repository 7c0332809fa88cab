/*
** test_trace.c — the trace recorder, the optimiser and the state machine:
** folding and CSE on a bare Recorder; programs run with the JIT off and with
** every loop traced at once (hotloop=1), which must print the same; exits
** at every kind of guard (overflow, type change, bounds, branch), and the
** blacklisting that decays.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../trace/record.h"
#include "util.h"
#include "vm.h"

/* ---- fold and CSE on a bare recorder ------------------------------------ */

static Recorder *bare_recorder(IRTrace *ir) {
  Recorder *r = calloc(1, sizeof *r);
  r->ir = ir;
  ir_init(ir, 1);
  fold_reset(r);
  r->snap_taken = true;
  ir_snap_begin(ir, 0);
  return r;
}

static void free_recorder(Recorder *r) {
  ir_free(r->ir);
  free(r->prev);
  free(r->carried);
  free(r);
}

Test(trace_fold, constants_fold) {
  IRTrace ir;
  Recorder *r = bare_recorder(&ir);
  IRRef k = fold2(r, IR_ADD, ir_kint(&ir, 2), ir_kint(&ir, 40));
  cr_assert(ir_isconst(k) && ir_at(&ir, k)->i == 42);
  IRRef f = fold2(r, IR_MUL, ir_knum(&ir, 1.5), ir_knum(&ir, 2.0));
  cr_assert(ir_isconst(f) && ir_at(&ir, f)->f == 3.0);
  /* Python's floor division and modulo signs */
  IRRef d = fold2(r, IR_DIVI, ir_kint(&ir, -7), ir_kint(&ir, 2));
  cr_assert_eq(ir_at(&ir, d)->i, -4);
  IRRef m = fold2(r, IR_MODI, ir_kint(&ir, -7), ir_kint(&ir, 2));
  cr_assert_eq(ir_at(&ir, m)->i, 1);
  m = fold2(r, IR_MODI, ir_kint(&ir, 7), ir_kint(&ir, -2));
  cr_assert_eq(ir_at(&ir, m)->i, -1);
  /* an overflowing ADDOV is not folded: it must exit at run time */
  IRRef ov = fold2(r, IR_ADDOV, ir_kint(&ir, INT64_MAX), ir_kint(&ir, 1));
  cr_assert(!ir_isconst(ov));
  cr_assert_eq(ir.nins, 1);
  free_recorder(r);
}

Test(trace_fold, no_float_identities) {
  IRTrace ir;
  Recorder *r = bare_recorder(&ir);
  IRRef x = ir_emit(&ir, IR_SLOAD, IRT_F64, REF_NONE, REF_NONE, 0);
  /* x + 0.0 is not x (x = -0.0), x * 1.0 must stay a multiply too */
  cr_assert_neq(fold2(r, IR_ADD, x, ir_knum(&ir, 0.0)), x);
  cr_assert_neq(fold2(r, IR_MUL, x, ir_knum(&ir, 1.0)), x);
  IRRef i = ir_emit(&ir, IR_SLOAD, IRT_I64, REF_NONE, REF_NONE, 1);
  cr_assert_eq(fold2(r, IR_ADD, i, ir_kint(&ir, 0)), i);
  /* x == x is not true for floats (NaN), is for ints */
  cr_assert(!ir_isconst(fold2(r, IR_EQ, x, x)));
  cr_assert(ir_isconst(fold2(r, IR_EQ, i, i)));
  free_recorder(r);
}

Test(trace_fold, cse_and_loads) {
  IRTrace ir;
  Recorder *r = bare_recorder(&ir);
  IRRef x = ir_emit(&ir, IR_SLOAD, IRT_F64, REF_NONE, REF_NONE, 0);
  IRRef a = fold2(r, IR_MUL, x, x);
  cr_assert_eq(fold2(r, IR_MUL, x, x), a);
  IRRef p = ir_emit(&ir, IR_SLOAD, IRT_PTR, REF_NONE, REF_NONE, 1);
  IRRef l1 = fold_emit(r, IR_FLOAD, IRT_I64, p, REF_NONE, 24);
  cr_assert_eq(fold_emit(r, IR_FLOAD, IRT_I64, p, REF_NONE, 24), l1);
  /* a store to the same field: the next load forwards the stored value */
  IRRef v = ir_kint(&ir, 5);
  fold_emit(r, IR_FSTORE, IRT_VOID, p, v, 24);
  cr_assert_eq(fold_emit(r, IR_FLOAD, IRT_I64, p, REF_NONE, 24), v);
  /* a store to another field does not disturb the first */
  fold_emit(r, IR_FSTORE, IRT_VOID, p, v, 32);
  cr_assert_eq(fold_emit(r, IR_FLOAD, IRT_I64, p, REF_NONE, 24), v);
  free_recorder(r);
}

/* ---- programs: JIT off and hotloop=1 print the same --------------------- */

typedef struct Job {
  const char *src;
} Job;

static void run_job(VM *v, void *ud) {
  Job *j = ud;
  vm_run_source(v, v->main, j->src, strlen(j->src), "t.py", false);
}

/* Runs src in a fresh VM; returns its output (malloc'd); *ntraces gets the
** number of traces installed and *nblack the blacklistings. */
static char *run_prog(const char *src, bool jit, int64_t hotloop, uint64_t *ntraces, uint64_t *nblack) {
  VM *vm = vm_new();
  cr_assert(vm);
  char *buf = NULL;
  size_t len = 0;
  vm->out = open_memstream(&buf, &len);
  vm->jit.on = jit;
  vm->jitp.hotloop = hotloop;
  Job j = {src};
  bool ok = vm_protect(vm, run_job, &j);
  if (!ok) fprintf(vm->out, "<exception>");
  fflush(vm->out);
  if (ntraces) *ntraces = vm->trace ? vm->trace->ntraces : 0;
  if (nblack) *nblack = vm->trace ? vm->trace->stats.nblacklist : 0;
  fclose(vm->out);
  vm->out = NULL;
  vm_free(vm);
  return buf;
}

static void same_output(const char *src, uint64_t min_traces) {
  char *off = run_prog(src, false, 56, NULL, NULL);
  uint64_t n = 0;
  char *on = run_prog(src, true, 1, &n, NULL);
  cr_assert_str_eq(on, off, "program:\n%s", src);
  cr_assert_geq(n, min_traces, "expected >= %llu traces, got %llu:\n%s", (unsigned long long)min_traces,
                (unsigned long long)n, src);
  free(off);
  free(on);
}

Test(trace_programs, float_sum, .timeout = 60) {
  same_output("def f(n):\n  s = 0.0\n  for i in range(n):\n    s += i * 0.5\n  return s\nprint(f(1000))\n", 1);
}

Test(trace_programs, module_level_globals, .timeout = 60) {
  same_output("s = 0.0\nfor i in range(1000):\n  s += i * 0.5\nprint(s, i)\n", 1);
}

Test(trace_programs, while_and_lists, .timeout = 60) {
  same_output("def f(xs):\n  t = 0.0\n  n = 0\n  while n < len(xs):\n    t += xs[n] * xs[n]\n"
              "    xs[n] = t\n    n += 1\n  return t, xs[-1]\nprint(f([0.5 * i for i in range(300)]))\n", 1);
}

Test(trace_programs, for_over_list, .timeout = 60) {
  same_output("def f(xs):\n  t = 0\n  for x in xs:\n    t += x\n  return t\nprint(f(list(range(500))))\n", 1);
}

Test(trace_programs, int_overflow_exits, .timeout = 60) {
  same_output("def f():\n  s = 2 ** 62\n  for i in range(10):\n    s += 576460752303423488\n  return s\nprint(f())\n", 1);
}

Test(trace_programs, type_change_exits, .timeout = 60) {
  same_output("def f():\n  s = 0\n  for i in range(300):\n    s += 1 if i < 200 else 0.5\n  return s\n"
              "print(f())\n", 0);
  same_output("def f(xs):\n  s = 0\n  for x in xs:\n    s += x\n  return s\nprint(f([1] * 100 + [0.5] * 10))\n", 1);
}

Test(trace_programs, bounds_exit, .timeout = 60) {
  same_output("def f(xs):\n  t = 0\n  for i in range(20):\n    try:\n      t += xs[i]\n"
              "    except IndexError:\n      t -= 1\n  return t\nprint(f([1, 2, 3, 4, 5]))\n", 0);
  same_output("def f(xs, k):\n  t = 0\n  i = 0\n  while i < k:\n    t += xs[i % 7 - 3]\n    i += 1\n"
              "  return t\nprint(f(list(range(7)), 100))\n", 1);
}

Test(trace_programs, branches_and_math, .timeout = 60) {
  same_output("import math\ndef f(n):\n  a = 0.0\n  b = 0\n  for i in range(n):\n"
              "    if i % 3 == 0:\n      a += math.sqrt(i)\n    else:\n      a -= math.sin(i) * 0.5\n"
              "    b = max(b, i // 7) + abs(-i) % 5\n    if a > 1e6:\n      break\n  return a, b\n"
              "print(f(2000))\n", 1);
}

Test(trace_programs, division_semantics, .timeout = 60) {
  same_output("def f(n):\n  r = []\n  a = 0\n  b = 0.0\n  for i in range(-n, n):\n"
              "    a += i // 7 + i % 7 + (-i) // 3 - (-i) % 3\n    b += i / 7 + (i * 0.5) // 3 + (i * 0.5) % 3\n"
              "  return a, b\nprint(f(300))\n", 1);
}

Test(trace_programs, division_by_zero_exits, .timeout = 60) {
  same_output("def f():\n  t = 0.0\n  for i in range(10, -5, -1):\n    try:\n      t += 1 / i\n"
              "    except ZeroDivisionError:\n      t = -t\n  return t\nprint(f())\n", 0);
}

/* ---- blacklisting ------------------------------------------------------- */

Test(trace_state, blacklist_decays, .timeout = 60) {
  /* a set in the loop is not traced: the loop is blacklisted after a few
  ** aborts, retried later, and the program still prints the right thing */
  const char *src = "def f(n):\n  s = set()\n  for i in range(n):\n    s.add(i % 10)\n  return len(s)\n"
                    "print(f(100000))\n";
  uint64_t nt = 0, nb = 0;
  char *on = run_prog(src, true, 1, &nt, &nb);
  cr_assert_str_eq(on, "10\n");
  cr_assert_eq(nt, 0);
  cr_assert_geq(nb, 2, "blacklisted and retried: %llu", (unsigned long long)nb);
  free(on);
}
