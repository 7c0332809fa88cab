/*
** test_random.c — the `random` module against CPython 3.11's streams.
** Expected values were produced by /usr/bin/python3 (3.11.7) with the same
** calls; results are compared through repr, exactly.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "mod_random.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

static VM *vm;
static Module *rnd;

/* The tests hold values in C locals across calls: keep the collector off. */
static void setup(void) {
  vm = vm_new();
  vm->gc_paused++;
}
static void teardown(void) {
  vm_free(vm);
  rnd = NULL;
}

TestSuite(random, .init = setup, .fini = teardown);

/* Runs body under vm_protect; an exception fails the test with its text. */
static void run(void (*body)(VM *vm, void *ud)) {
  if (!vm_protect(vm, body, NULL)) {
    StrBuf b = STRBUF_INIT;
    exc_format_only(vm, vm->exc, &b);
    cr_assert(false, "unexpected exception: %s", b.data);
  }
}

#define VMTEST(name)                                                          \
  static void name##_body(VM *vm, void *ud);                                  \
  Test(random, name) { run(name##_body); }                                    \
  static void name##_body(VM *vm, void *ud)

static Value callv(VM *vm, const char *fn, int argc, const Value *argv) {
  if (!rnd) {
    rnd = mod_random_init(vm);
    dict_set_str(vm, vm->modules, str_intern_c(vm, "random"), v_obj(rnd));
  }
  Value f = module_get(vm, rnd, fn);
  cr_assert(!is_empty(f), "random.%s missing", fn);
  Args a = args_pos(argc, argv);
  return vm_call(vm, f, &a);
}

static Value call0(VM *vm, const char *fn) { return callv(vm, fn, 0, NULL); }
static Value call1(VM *vm, const char *fn, Value x) { return callv(vm, fn, 1, &x); }
static Value call2(VM *vm, const char *fn, Value x, Value y) {
  Value v[2] = {x, y};
  return callv(vm, fn, 2, v);
}
static Value call3(VM *vm, const char *fn, Value x, Value y, Value z) {
  Value v[3] = {x, y, z};
  return callv(vm, fn, 3, v);
}

static void expect(VM *vm, Value v, const char *want) {
  Str *r = as_str(v_repr(vm, v));
  cr_assert_str_eq(r->data, want);
}

/* Collects n results of f() into a list. */
#define COLLECT(n, expr)                                                      \
  ({                                                                          \
    List *l_ = list_new(vm, 0);                                               \
    for (int i_ = 0; i_ < (n); i_++) list_append(vm, l_, (expr));             \
    v_obj(l_);                                                                \
  })

Test(random, mt19937_reference) {
  MT19937 s;
  mt19937_init_genrand(&s, 5489U);
  cr_assert_eq(mt19937_genrand_uint32(&s), 3499211612U);
  uint32_t key[4] = {0x123, 0x234, 0x345, 0x456};
  mt19937_init_by_array(&s, key, 4);
  uint32_t want[5] = {1067595299U, 955945823U, 477289528U, 4107218783U, 4228976476U};
  for (int i = 0; i < 5; i++) cr_assert_eq(mt19937_genrand_uint32(&s), want[i]);
}

Test(random, sha512_vectors) {
  uint8_t h[64];
  char hex[129];
  mod_random_sha512("abc", 3, h);
  for (int i = 0; i < 64; i++) sprintf(hex + 2 * i, "%02x", h[i]);
  cr_assert_str_eq(hex, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  const char *two = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  mod_random_sha512(two, strlen(two), h);
  for (int i = 0; i < 64; i++) sprintf(hex + 2 * i, "%02x", h[i]);
  cr_assert_str_eq(hex, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
                        "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
}

VMTEST(seed42_random) {
  (void)ud;
  call1(vm, "seed", v_int(42));
  expect(vm, COLLECT(5, call0(vm, "random")),
         "[0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, "
         "0.7364712141640124]");
}

VMTEST(seed42_randint) {
  (void)ud;
  call1(vm, "seed", v_int(42));
  expect(vm, COLLECT(10, call2(vm, "randint", v_int(1), v_int(100))), "[82, 15, 4, 95, 36, 32, 29, 18, 95, 14]");
}

VMTEST(choice_str) {
  (void)ud;
  call1(vm, "seed", v_int(7));
  Value s = str_from_cstr(vm, "abcdefg");
  expect(vm, COLLECT(10, call1(vm, "choice", s)), "['c', 'b', 'd', 'f', 'a', 'a', 'g', 'e', 'a', 'c']");
}

VMTEST(shuffle) {
  (void)ud;
  call1(vm, "seed", v_int(1));
  Value l = COLLECT(20, v_int(i_));
  call1(vm, "shuffle", l);
  expect(vm, l, "[11, 5, 17, 19, 9, 0, 16, 1, 15, 6, 10, 13, 14, 12, 7, 3, 8, 2, 18, 4]");
}

VMTEST(sample) {
  (void)ud;
  call1(vm, "seed", v_int(3));
  expect(vm, call2(vm, "sample", range_new(vm, 0, 100, 1), v_int(10)), "[30, 75, 69, 16, 47, 77, 60, 80, 74, 8]");
  call1(vm, "seed", v_int(3));
  Value pop = COLLECT(8, v_int(i_ + 1));
  expect(vm, call2(vm, "sample", pop, v_int(5)), "[4, 5, 7, 2, 3]");
  call1(vm, "seed", v_int(16));
  expect(vm, call2(vm, "sample", range_new(vm, 0, 1000, 1), v_int(30)),
         "[370, 480, 492, 291, 426, 232, 457, 5, 419, 874, 673, 728, 265, 243, 650, 227, 10, 303, "
         "309, 834, 343, 682, 145, 974, 761, 616, 317, 22, 808, 225]");
}

VMTEST(gauss_uniform) {
  (void)ud;
  call1(vm, "seed", v_int(5));
  expect(vm, COLLECT(4, call2(vm, "gauss", v_int(0), v_int(1))),
         "[-1.1788417512306717, -1.1481606807908016, 0.6694689143859696, -2.293910094631911]");
  call1(vm, "seed", v_int(5));
  expect(vm, COLLECT(3, call2(vm, "uniform", v_int(-1), v_int(1))),
         "[0.24580338977940386, 0.4835739785214588, 0.5903871311313933]");
}

VMTEST(seed_kinds) {
  (void)ud;
  call1(vm, "seed", v_int(-99));
  expect(vm, call0(vm, "random"), "0.40397807494366633");
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, 2, 100);
  mpz_add_ui(z, z, 12345);
  Value big = int_from_mpz(vm, z);
  mpz_clear(z);
  call1(vm, "seed", big);
  expect(vm, call0(vm, "random"), "0.44487310994347073");
  call1(vm, "seed", str_from_cstr(vm, "hello"));
  expect(vm, call0(vm, "random"), "0.3537754404730722");
  call1(vm, "seed", v_float(1.5));
  expect(vm, call0(vm, "random"), "0.551763726942059");
}

VMTEST(getrandbits) {
  (void)ud;
  call1(vm, "seed", v_int(0));
  static const int ks[] = {1, 31, 32, 33, 64, 100};
  expect(vm, COLLECT(6, call1(vm, "getrandbits", v_int(ks[i_]))),
         "[1, 827307999, 3255389356, 3823568514, 4776171008201404212, 513868133461680832233190503674]");
}

VMTEST(randrange) {
  (void)ud;
  call1(vm, "seed", v_int(11));
  List *l = list_new(vm, 0);
  list_append(vm, l, call3(vm, "randrange", v_int(0), v_int(100), v_int(7)));
  list_append(vm, l, call1(vm, "randrange", v_int(50)));
  list_append(vm, l, call2(vm, "randrange", v_int(-10), v_int(10)));
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, 10, 30);
  list_append(vm, l, call1(vm, "randrange", int_from_mpz(vm, z)));
  mpz_clear(z);
  expect(vm, v_obj(l), "[49, 35, 4, 780797157184699260681239349366]");
}

VMTEST(choices) {
  (void)ud;
  Value kname = str_from_cstr(vm, "k"), wname = str_from_cstr(vm, "weights");
  Value pop = str_from_cstr(vm, "abc");
  call1(vm, "seed", v_int(12));
  Value kv = v_int(5);
  Args a = {1, &pop, 1, &kname, &kv};
  expect(vm, vm_call(vm, module_get(vm, rnd, "choices"), &a), "['b', 'b', 'b', 'a', 'a']");
  call1(vm, "seed", v_int(12));
  Value w = COLLECT(3, v_int((int[]){1, 5, 10}[i_]));
  Value names[2] = {wname, kname}, vals[2] = {w, kv};
  Args b = {1, &pop, 2, names, vals};
  expect(vm, vm_call(vm, module_get(vm, rnd, "choices"), &b), "['c', 'c', 'c', 'b', 'a']");
}

VMTEST(distributions) {
  (void)ud;
  call1(vm, "seed", v_int(13));
  expect(vm, COLLECT(3, call2(vm, "normalvariate", v_int(2), v_int(3))),
         "[-1.9406334286745128, 8.288124181828621, -0.10210516388923008]");
  call1(vm, "seed", v_int(14));
  expect(vm, COLLECT(3, call1(vm, "expovariate", v_float(1.5))),
         "[0.07531780632241056, 0.8084190472743659, 0.7037823696852133]");
  call1(vm, "seed", v_int(15));
  expect(vm, COLLECT(3, call3(vm, "triangular", v_int(0), v_int(10), v_int(3))),
         "[8.440176262729858, 0.5913043326107409, 5.701094719091996]");
  call1(vm, "seed", v_int(17));
  List *l = list_new(vm, 0);
  list_append(vm, l, call2(vm, "gammavariate", v_float(0.5), v_int(1)));
  list_append(vm, l, call2(vm, "gammavariate", v_float(2.5), v_int(2)));
  list_append(vm, l, call2(vm, "betavariate", v_int(2), v_int(3)));
  expect(vm, v_obj(l), "[2.3693275161690432, 9.04912605445941, 0.8299376753226928]");
}

VMTEST(state_roundtrip) {
  (void)ud;
  call1(vm, "seed", v_int(99));
  Value st = call0(vm, "getstate");
  Value first = COLLECT(3, call0(vm, "random"));
  call1(vm, "setstate", st);
  Value again = COLLECT(3, call0(vm, "random"));
  cr_assert_str_eq(as_str(v_repr(vm, first))->data, as_str(v_repr(vm, again))->data);
}

/* Each error: the exception class and CPython's message. */
static Value (*err_thunk)(VM *vm);
static void run_thunk(VM *vm, void *ud) {
  (void)ud;
  err_thunk(vm);
}

static void expect_error(Value (*thunk)(VM *vm), Type *type, const char *msg) {
  err_thunk = thunk;
  bool ok = vm_protect(vm, run_thunk, NULL);
  cr_assert(!ok, "expected %s", msg);
  cr_assert_eq(vm->exc.as.o->type, type);
  StrBuf b = STRBUF_INIT;
  exc_format_only(vm, vm->exc, &b);
  cr_assert_str_eq(b.data, msg);
  sb_free(&b);
}

static Value err_empty_choice(VM *vm) { return call1(vm, "choice", COLLECT(0, v_none())); }
static Value err_empty_range(VM *vm) { return call2(vm, "randrange", v_int(5), v_int(5)); }
static Value err_randint(VM *vm) { return call2(vm, "randint", v_int(3), v_int(1)); }
static Value err_sample(VM *vm) { return call2(vm, "sample", range_new(vm, 0, 3, 1), v_int(4)); }
static Value err_zero_step(VM *vm) { return call3(vm, "randrange", v_int(0), v_int(10), v_int(0)); }
static Value err_float(VM *vm) { return call1(vm, "randrange", v_float(2.5)); }

Test(random, errors) {
  expect_error(err_empty_choice, &EXC_IndexError, "IndexError: Cannot choose from an empty sequence\n");
  expect_error(err_empty_range, &EXC_ValueError, "ValueError: empty range for randrange() (5, 5, 0)\n");
  expect_error(err_randint, &EXC_ValueError, "ValueError: empty range for randrange() (3, 2, -1)\n");
  expect_error(err_sample, &EXC_ValueError, "ValueError: Sample larger than population or is negative\n");
  expect_error(err_zero_step, &EXC_ValueError, "ValueError: zero step for randrange()\n");
  expect_error(err_float, &EXC_ValueError, "ValueError: non-integer arg 1 for randrange()\n");
}

/* tests/programs/random_extras.py, step by step. */
VMTEST(extras_program) {
  (void)ud;
  call1(vm, "seed", v_int(5));
  List *l = list_new(vm, 0);
  list_append(vm, l, call1(vm, "getrandbits", v_int(8)));
  list_append(vm, l, call1(vm, "getrandbits", v_int(70)));
  list_append(vm, l, call1(vm, "getrandbits", v_int(1)));
  Value kname = str_from_cstr(vm, "k"), wname = str_from_cstr(vm, "weights");
  Value pop = range_new(vm, 0, 10, 1), five = v_int(5);
  Args a = {1, &pop, 1, &kname, &five};
  list_append(vm, l, vm_call(vm, module_get(vm, rnd, "choices"), &a));
  Value ab = str_from_cstr(vm, "ab"), w = COLLECT(2, v_int(i_ ? 3 : 1));
  Value names[2] = {wname, kname}, vals[2] = {w, v_int(6)};
  Args b = {1, &ab, 2, names, vals};
  list_append(vm, l, vm_call(vm, module_get(vm, rnd, "choices"), &b));
  list_append(vm, l, call2(vm, "normalvariate", v_int(0), v_int(1)));
  list_append(vm, l, call1(vm, "expovariate", v_float(2.0)));
  list_append(vm, l, call3(vm, "triangular", v_int(0), v_int(1), v_float(0.5)));
  list_append(vm, l, call2(vm, "betavariate", v_int(2), v_int(3)));
  list_append(vm, l, call2(vm, "lognormvariate", v_int(0), v_int(1)));
  list_append(vm, l, call2(vm, "vonmisesvariate", v_int(0), v_int(1)));
  expect(vm, v_obj(l),
         "[159, 419511924428904912953, 1, [6, 8, 6, 5, 8], ['b', 'a', 'a', 'a', 'b', 'b'], "
         "-0.22779206422197645, 0.14339504482183482, 0.6333828405403152, 0.3025853264659394, "
         "0.4344728856661127, 0.31132394935053986]");
}
