/*
** test_builtins.c — built-in functions, iterator types, math, cmath, files,
** time and sys. Expected reprs come from /usr/bin/python3 (3.11.7).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "set.h"
#include "str.h"
#include "util.h"
#include "vm.h"

static VM *vm;
/* The tests hold values in C locals across calls: keep the collector off. */
static void setup(void) {
  vm = vm_new();
  vm->gc_paused++;
}
static void teardown(void) { vm_free(vm); }
TestSuite(builtins, .init = setup, .fini = teardown);

static void run(void (*body)(VM *vm, void *ud)) {
  if (!vm_protect(vm, body, NULL)) {
    StrBuf b = STRBUF_INIT;
    exc_format_only(vm, vm->exc, &b);
    cr_assert(false, "unexpected exception: %s", b.data);
  }
}

#define VMTEST(name)                                                          \
  static void name##_body(VM *vm, void *ud);                                  \
  Test(builtins, name) { run(name##_body); }                                  \
  static void name##_body(VM *vm, void *ud)

static Module *module(VM *vm, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_c(vm, name));
  if (is_empty(m)) {
    m = v_obj(builtin_module_find(name)(vm));
    dict_set_str(vm, vm->modules, str_intern_c(vm, name), m);
  }
  return (Module *)m.as.o;
}

static Value fn(VM *vm, const char *mod, const char *name) {
  Value f = module_get(vm, mod ? module(vm, mod) : vm->builtins, name);
  cr_assert(!is_empty(f), "%s.%s missing", mod ? mod : "builtins", name);
  return f;
}

static Value callv(VM *vm, const char *mod, const char *name, int argc, const Value *argv) {
  Args a = args_pos(argc, argv);
  return vm_call(vm, fn(vm, mod, name), &a);
}

/* CALL(mod, name, args...) with Value arguments. */
#define CALL(mod, name, ...)                                                  \
  callv(vm, mod, name, (int)(sizeof((Value[]){__VA_ARGS__}) / sizeof(Value)), (Value[]){__VA_ARGS__})
#define CALL0(mod, name) callv(vm, mod, name, 0, NULL)

static Value S(VM *vm, const char *s) { return str_from_cstr(vm, s); }
#define LIST(...) list_from(vm, (Value[]){__VA_ARGS__}, (int64_t)(sizeof((Value[]){__VA_ARGS__}) / sizeof(Value)))
#define TUPLE(...) tuple_from(vm, (Value[]){__VA_ARGS__}, (int64_t)(sizeof((Value[]){__VA_ARGS__}) / sizeof(Value)))
#define I(x) v_int(x)
#define F(x) v_float(x)

static void expect(VM *vm, Value v, const char *want) {
  cr_assert_str_eq(as_str(v_repr(vm, v))->data, want);
}

static Value big(VM *vm, unsigned base, unsigned exp) {
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, base, exp);
  Value v = int_from_mpz(vm, z);
  mpz_clear(z);
  return v;
}

VMTEST(print_and_repr) {
  (void)ud;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  vm->out = f;
  CALL(NULL, "print", I(1), S(vm, "a"), F(2.5), LIST(I(1), S(vm, "x")));
  Value kwn[2] = {S(vm, "sep"), S(vm, "end")}, kwv[2] = {S(vm, "-"), S(vm, "!\n")};
  Value args[2] = {I(1), I(2)};
  Args a = {2, args, 2, kwn, kwv};
  vm_call(vm, fn(vm, NULL, "print"), &a);
  builtin_print_value(vm, S(vm, "q"));
  builtin_print_value(vm, v_none());
  fclose(f);
  vm->out = stdout;
  cr_assert_str_eq(buf, "1 a 2.5 [1, 'x']\n1-2!\n'q'\n");
  free(buf);
}

VMTEST(numeric) {
  (void)ud;
  Value l = LIST(CALL(NULL, "round", F(2.5)), CALL(NULL, "round", F(3.5)), CALL(NULL, "round", F(-0.5)),
                 CALL(NULL, "round", F(2.675), I(2)), CALL(NULL, "round", I(1234), I(-2)),
                 CALL(NULL, "round", I(1250), I(-2)), CALL(NULL, "divmod", I(7), I(-2)),
                 CALL(NULL, "divmod", F(7.5), I(2)), CALL(NULL, "pow", I(3), I(200), I(1000)),
                 CALL(NULL, "pow", I(2), I(-1)), CALL(NULL, "bin", I(-10)), CALL(NULL, "hex", I(255)),
                 CALL(NULL, "oct", I(8)), CALL(NULL, "ord", S(vm, "é")), CALL(NULL, "chr", I(233)),
                 CALL(NULL, "abs", I(-3)), CALL(NULL, "abs", F(-2.5)), CALL(NULL, "abs", complex_new(vm, 3, 4)));
  expect(vm, l, "[2, 4, 0, 2.67, 1200, 1200, (-4, -1), (3.0, 1.5), 1, 0.5, '-0b1010', '0xff', '0o10', 233, "
                "'é', 3, 2.5, 5.0]");
}

VMTEST(reductions) {
  (void)ud;
  Value key = S(vm, "key"), dflt = S(vm, "default");
  Value apple[2] = {S(vm, "apple"), S(vm, "fig")}, lenf = fn(vm, NULL, "len");
  Args amax = {2, apple, 1, &key, &lenf};
  Value empty = LIST(I(0));
  as_list(empty)->n = 0;
  Value seven = I(7);
  Args amin = {1, &empty, 1, &dflt, &seven};
  Value l = LIST(CALL(NULL, "min", I(3), I(1), I(2)), CALL(NULL, "max", LIST(I(1), I(5), I(3))),
                 vm_call(vm, fn(vm, NULL, "max"), &amax), vm_call(vm, fn(vm, NULL, "min"), &amin),
                 CALL(NULL, "sum", LIST(I(1), I(2), I(3)), I(10)), CALL(NULL, "sum", LIST(F(0.1), F(0.2), F(0.3))),
                 CALL(NULL, "any", LIST(I(0), I(0), I(1))), CALL(NULL, "all", empty));
  expect(vm, l, "[1, 5, 'apple', 7, 16, 0.6000000000000001, True, True]");
}

VMTEST(iterators) {
  (void)ud;
  Value tolist = v_obj(&TYPE_LIST);
  Value l = LIST(vm_call1(vm, tolist, CALL(NULL, "enumerate", S(vm, "ab"), I(1))),
                 vm_call1(vm, tolist, CALL(NULL, "zip", LIST(I(1), I(2), I(3)), S(vm, "ab"))),
                 vm_call1(vm, tolist, CALL(NULL, "map", fn(vm, NULL, "abs"), LIST(I(-1), I(2)))),
                 vm_call1(vm, tolist, CALL(NULL, "filter", v_none(), LIST(I(0), I(1), S(vm, ""), S(vm, "x")))),
                 vm_call1(vm, tolist, CALL(NULL, "reversed", LIST(I(1), I(2), I(3)))),
                 vm_call1(vm, tolist, CALL(NULL, "reversed", range_new(vm, 0, 5, 1))),
                 vm_call1(vm, tolist, CALL(NULL, "reversed", S(vm, "abc"))),
                 vm_call1(vm, tolist, CALL(NULL, "reversed", TUPLE(I(1), I(2)))),
                 CALL(NULL, "sorted", LIST(I(3), I(1), I(2))));
  expect(vm, l, "[[(1, 'a'), (2, 'b')], [(1, 'a'), (2, 'b')], [1, 2], [1, 'x'], [3, 2, 1], [4, 3, 2, 1, 0], "
                "['c', 'b', 'a'], [2, 1], [1, 2, 3]]");
  Value it = CALL(NULL, "iter", LIST(I(9)));
  expect(vm, LIST(CALL(NULL, "next", it), CALL(NULL, "next", it, S(vm, "done"))), "[9, 'done']");
}

VMTEST(types) {
  (void)ud;
  Value l = LIST(CALL(NULL, "isinstance", v_bool(true), v_obj(&TYPE_INT)),
                 CALL(NULL, "isinstance", F(1), TUPLE(v_obj(&TYPE_INT), v_obj(&TYPE_STR))),
                 CALL(NULL, "isinstance", F(1), TUPLE(v_obj(&TYPE_INT), v_obj(&TYPE_FLOAT))),
                 CALL(NULL, "issubclass", v_obj(&EXC_KeyError), v_obj(&EXC_LookupError)),
                 CALL(NULL, "callable", fn(vm, NULL, "len")), CALL(NULL, "callable", I(3)),
                 CALL(NULL, "type", F(1.0)), fn(vm, NULL, "ValueError"));
  expect(vm, l, "[True, False, True, True, True, False, <class 'float'>, <class 'ValueError'>]");
}

VMTEST(math_basic) {
  (void)ud;
  Value l = LIST(CALL("math", "sqrt", I(2)), CALL("math", "exp", F(1.5)), CALL("math", "log", big(vm, 10, 400)),
                 CALL("math", "log", I(8), I(2)), CALL("math", "log10", big(vm, 10, 500)),
                 CALL("math", "floor", F(-2.5)), CALL("math", "ceil", F(2.1)),
                 CALL("math", "fsum", LIST(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1))),
                 CALL("math", "fsum", LIST(F(1e100), F(1.0), F(-1e100), F(1e-100), F(1e50), F(-1.0), F(-1e50))));
  expect(vm, l, "[1.4142135623730951, 4.4816890703380645, 921.0340371976182, 3.0, 500.0, -3, 3, 1.0, 1e-100]");
  expect(vm, CALL("math", "floor", F(1e300)),
         "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447"
         "864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090"
         "059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865"
         "459400540160");
}

VMTEST(math_ints) {
  (void)ud;
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, 10, 30);
  mpz_add_ui(z, z, 5);
  Value n = int_from_mpz(vm, z);
  mpz_clear(z);
  Value l = LIST(CALL("math", "factorial", I(25)), CALL("math", "gcd", big(vm, 2, 80), big(vm, 6, 40)),
                 CALL("math", "lcm", I(4), I(6), I(10)), CALL("math", "comb", I(50), I(20)),
                 CALL("math", "perm", I(10), I(3)), CALL("math", "isqrt", n));
  expect(vm, l, "[15511210043330985984000000, 1099511627776, 60, 47129212243960, 720, 1000000000000000]");
}

VMTEST(math_misc) {
  (void)ud;
  Value l = LIST(CALL("math", "hypot", I(3), I(4), I(12)), CALL("math", "dist", TUPLE(I(1), I(2)), TUPLE(I(4), I(6))),
                 CALL("math", "atan2", I(1), I(-1)), CALL("math", "degrees", I(1)), CALL("math", "radians", I(90)),
                 CALL("math", "frexp", F(10.0)), CALL("math", "modf", F(-2.5)), CALL("math", "ldexp", F(0.75), I(4)),
                 CALL("math", "fmod", I(-7), I(3)), CALL("math", "copysign", I(3), F(-0.0)));
  expect(vm, l, "[13.0, 5.0, 2.356194490192345, 57.29577951308232, 1.5707963267948966, (0.625, 4), "
                "(-0.5, -2.0), 12.0, -1.0, -3.0]");
  l = LIST(CALL("math", "gamma", F(5.5)), CALL("math", "lgamma", F(10.5)), CALL("math", "erf", F(0.5)),
           CALL("math", "erfc", F(0.5)), CALL("math", "expm1", F(1e-10)), CALL("math", "log1p", F(1e-10)));
  expect(vm, l, "[52.34277778455352, 13.940625219403763, 0.5204998778130465, 0.4795001221869535, "
                "1.00000000005e-10, 9.999999999500001e-11]");
}

VMTEST(cmath_values) {
  (void)ud;
  Value l = LIST(CALL("cmath", "sqrt", I(-4)), CALL("cmath", "sqrt", complex_new(vm, 3, 4)),
                 CALL("cmath", "log", complex_new(vm, 1, 1)), CALL("cmath", "log", I(8), I(2)),
                 CALL("cmath", "phase", I(-1)), CALL("cmath", "polar", complex_new(vm, 1, 1)),
                 CALL("cmath", "rect", I(2), F(0.5)), CALL("cmath", "acos", I(2)),
                 CALL("cmath", "asin", complex_new(vm, 2, 1)), CALL("cmath", "atan", complex_new(vm, 1, 2)),
                 CALL("cmath", "tanh", complex_new(vm, 1, 1)), CALL("cmath", "log10", complex_new(vm, 0, 100)),
                 CALL("cmath", "asinh", complex_new(vm, 0.5, -3)), CALL("cmath", "acosh", complex_new(vm, 0.3, 0.1)),
                 CALL("cmath", "cosh", complex_new(vm, 1, -2)), CALL("cmath", "sinh", complex_new(vm, 2, 0.5)),
                 CALL("cmath", "tan", complex_new(vm, 0.5, 0.5)));
  expect(vm, l,
         "[2j, (2+1j), (0.34657359027997264+0.7853981633974483j), (3+0j), 3.141592653589793, "
         "(1.4142135623730951, 0.7853981633974483), (1.7551651237807455+0.958851077208406j), "
         "-1.3169578969248166j, (1.063440023577752+1.4693517443681852j), (1.3389725222944935+0.40235947810852507j), "
         "(1.0839233273386946+0.2717525853195118j), (2+0.6821881769209206j), (1.7789904938267687-1.3961498617094474j), "
         "(0.10458149883937042+1.2678152194472883j), (-0.64214812471552-1.0686074213827783j), "
         "(3.1828694483371494+1.8036926955321817j), (0.40389645531602586+0.5640831412674986j)]");
}

VMTEST(files) {
  (void)ud;
  char path[] = "/tmp/streak_test_XXXXXX";
  int fd = mkstemp(path);
  close(fd);
  Value name = S(vm, path);
  Value f = CALL(NULL, "open", name, S(vm, "w"));
  Value write = v_getattr(vm, f, str_intern_c(vm, "write"));
  expect(vm, vm_call1(vm, write, S(vm, "héllo\nwor")), "9");
  vm_call1(vm, write, S(vm, "ld\r\nlast"));
  vm_call0(vm, v_getattr(vm, f, str_intern_c(vm, "close")));
  expect(vm, v_getattr(vm, f, str_intern_c(vm, "closed")), "True");
  f = CALL(NULL, "open", name);
  expect(vm, vm_call0(vm, v_getattr(vm, f, str_intern_c(vm, "readline"))), "'héllo\\n'");
  expect(vm, vm_call1(vm, v_getattr(vm, f, str_intern_c(vm, "read")), I(2)), "'wo'");
  expect(vm, vm_call1(vm, v_obj(&TYPE_LIST), f), "['rld\\n', 'last']");
  f = CALL(NULL, "open", name, S(vm, "a"));
  vm_call1(vm, v_getattr(vm, f, str_intern_c(vm, "writelines")), LIST(S(vm, "!"), S(vm, "?")));
  vm_call0(vm, v_getattr(vm, f, str_intern_c(vm, "close")));
  f = CALL(NULL, "open", name, S(vm, "r"));
  expect(vm, vm_call0(vm, v_getattr(vm, f, str_intern_c(vm, "readlines"))), "['héllo\\n', 'world\\n', 'last!?']");
  unlink(path);
}

/* CPython closes `open(p, 'w')` when its last reference goes: the next
** open() of the file sees what was written without close(). */
VMTEST(file_unclosed_writes_seen_by_next_open) {
  (void)ud;
  char path[] = "/tmp/streak_test_XXXXXX";
  int fd = mkstemp(path);
  close(fd);
  Value name = S(vm, path);
  Value f = CALL(NULL, "open", name, S(vm, "w"));
  vm_call1(vm, v_getattr(vm, f, str_intern_c(vm, "write")), S(vm, "unclosed"));
  f = CALL(NULL, "open", name);
  expect(vm, vm_call0(vm, v_getattr(vm, f, str_intern_c(vm, "read"))), "'unclosed'");
  unlink(path);
}

VMTEST(sys_time) {
  (void)ud;
  Module *sys = module(vm, "sys");
  expect(vm, module_get(vm, sys, "maxsize"), "9223372036854775807");
  expect(vm, module_get(vm, sys, "platform"), "'linux'");
  expect(vm, v_getattr(vm, module_get(vm, sys, "float_info"), str_intern_c(vm, "epsilon")), "2.220446049250313e-16");
  expect(vm, CALL0("sys", "getrecursionlimit"), "1000");
  Value t = CALL0("time", "perf_counter");
  cr_assert(is_float(t));
  cr_assert(is_int(CALL0("time", "time_ns")));
}

/* ---- errors ------------------------------------------------------------ */

static Value (*err_thunk)(VM *vm);
static void run_thunk(VM *vm, void *ud) {
  (void)ud;
  err_thunk(vm);
}

static void expect_error(Value (*thunk)(VM *vm), const char *msg) {
  err_thunk = thunk;
  cr_assert(!vm_protect(vm, run_thunk, NULL), "expected %s", msg);
  StrBuf b = STRBUF_INIT;
  exc_format_only(vm, vm->exc, &b);
  cr_assert_str_eq(b.data, msg);
  sb_free(&b);
}

static Value e1(VM *vm) { return CALL(NULL, "max", LIST(I(0))), CALL(NULL, "max", TUPLE()); }
static Value e2(VM *vm) { return CALL(NULL, "ord", S(vm, "ab")); }
static Value e3(VM *vm) { return CALL(NULL, "chr", I(0x110000)); }
static Value e4(VM *vm) { return CALL(NULL, "isinstance", I(1), I(2)); }
static Value e5(VM *vm) { return CALL(NULL, "reversed", v_obj(set_new(vm, &TYPE_SET))); }
static Value e6(VM *vm) { return CALL(NULL, "open", S(vm, "no/such/x.txt")); }
static Value e7(VM *vm) { return CALL("math", "sqrt", I(-1)); }
static Value e8(VM *vm) { return CALL("math", "exp", I(1000)); }
static Value e9(VM *vm) { return CALL("math", "factorial", I(-1)); }
static Value e10(VM *vm) { return CALL("math", "sqrt", S(vm, "x")); }
static Value e11(VM *vm) { return CALL(NULL, "sum", LIST(S(vm, "a")), S(vm, "")); }
static Value e12(VM *vm) { return CALL(NULL, "next", CALL(NULL, "iter", TUPLE())); }
static Value e13(VM *vm) { return CALL("cmath", "log", I(0)); }
static Value e14(VM *vm) {
  Value kw = S(vm, "strict"), t = v_bool(true), args[2] = {LIST(I(1), I(2)), LIST(I(1))};
  Args a = {2, args, 1, &kw, &t};
  return vm_call1(vm, v_obj(&TYPE_LIST), vm_call(vm, fn(vm, NULL, "zip"), &a));
}
static Value e15(VM *vm) { return CALL(NULL, "divmod", F(1.0), F(0.0)); }

Test(builtins, errors) {
  expect_error(e1, "ValueError: max() arg is an empty sequence\n");
  expect_error(e2, "TypeError: ord() expected a character, but string of length 2 found\n");
  expect_error(e3, "ValueError: chr() arg not in range(0x110000)\n");
  expect_error(e4, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union\n");
  expect_error(e5, "TypeError: 'set' object is not reversible\n");
  expect_error(e6, "FileNotFoundError: [Errno 2] No such file or directory: 'no/such/x.txt'\n");
  expect_error(e7, "ValueError: math domain error\n");
  expect_error(e8, "OverflowError: math range error\n");
  expect_error(e9, "ValueError: factorial() not defined for negative values\n");
  expect_error(e10, "TypeError: must be real number, not str\n");
  expect_error(e11, "TypeError: sum() can't sum strings [use ''.join(seq) instead]\n");
  expect_error(e12, "StopIteration\n");
  expect_error(e13, "ValueError: math domain error\n");
  expect_error(e14, "ValueError: zip() argument 2 is shorter than argument 1\n");
  expect_error(e15, "ZeroDivisionError: float divmod()\n");
}
