/*
** test_ufunc.c — the ufunc engine: NumPy's pairwise summation bit for bit,
** loop selection and promotion, a few loops, reductions.
** Expected values come from NumPy 1.24.2 (/usr/bin/python3) on the same
** data: x[i] = ((i * 7919) % 1000003) / 997.0 - 300.0 (exact in both).
*/
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "array.h"
#include "error.h"
#include "object.h"
#include "str.h"
#include "ufunc.h"
#include "util.h"
#include "vm.h"

static VM *vm;

/* The tests hold values in C locals across calls: keep the collector off. */
static void setup(void) {
  vm = vm_new();
  vm->gc_paused++;
  mod_numpy_init(vm);
}
static void teardown(void) { vm_free(vm); }

TestSuite(ufunc, .init = setup, .fini = teardown);

static void run(void (*body)(VM *vm, void *ud)) {
  if (!vm_protect(vm, body, NULL)) {
    StrBuf b = STRBUF_INIT;
    exc_format_only(vm, vm->exc, &b);
    cr_assert(false, "unexpected exception: %s", b.data);
  }
}

#define VMTEST(name)                                                          \
  static void name##_body(VM *vm, void *ud);                                  \
  Test(ufunc, name) { run(name##_body); }                                     \
  static void name##_body(VM *vm, void *ud)

#define N 100000
static double *data(void) {
  static double x[N];
  for (int64_t i = 0; i < N; i++) x[i] = (double)((i * 7919) % 1000003) / 997.0 - 300.0;
  return x;
}

static NdArray *data_array(VM *vm, int64_t n) {
  NdArray *a = arr_new(vm, DT_FLOAT64, 1, &n);
  memcpy(a->data, data(), (size_t)n * 8);
  return a;
}

static void expect_repr(VM *vm, Value v, const char *want) {
  cr_assert_str_eq(as_str(v_repr(vm, v))->data, want);
}

/* np.add.reduce(x[:n]) is 0.0 + pairwise_sum(x[:n]) for n <= 8192. */
Test(ufunc, pairwise_sum_bit_exact) {
  static const struct { int64_t n; double want; } cases[] = {
      {0, 0x0.0p+0},
      {5, -0x1.632496fb1f11ap+10},
      {8, -0x1.103339c5f84c0p+11},
      {9, -0x1.2dc1dc90d1865p+11},
      {100, 0x1.2328020ddd97cp+13},
      {128, 0x1.8911310b0a870p+14},
      {129, 0x1.8497df2226840p+14},
      {1000, 0x1.7ed915f43045ep+17},
      {8192, 0x1.91213e130041cp+20},
  };
  const double *x = data();
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    double got = 0.0 + uf_pairwise_sum_f64((const char *)x, cases[i].n, 8);
    cr_assert(got == cases[i].want, "n=%lld: got %a want %a", (long long)cases[i].n, got,
              cases[i].want);
  }
}

Test(ufunc, pairwise_sum_strided_equals_contiguous) {
  const double *x = data();
  static double y[2000];
  for (int i = 0; i < 1000; i++) y[2 * i] = x[i], y[2 * i + 1] = 1e300;
  cr_assert(uf_pairwise_sum_f64((const char *)y, 1000, 16) ==
            uf_pairwise_sum_f64((const char *)x, 1000, 8));
}

/* Whole-array sums go through NumPy's 8192-element buffer chunks. */
VMTEST(sum_chunks_and_axes) {
  (void)ud;
  NdArray *a = data_array(vm, N);
  NdArray *r = uf_reduce(vm, UF_add, a, ~0ull, false, -1, NULL, v_empty(), "sum");
  cr_assert(*(double *)r->data == 0x1.3366be179f744p+24, "full: %a", *(double *)r->data);
  int64_t sh[2] = {100, 1000};
  NdArray *a2 = arr_reshape(vm, a, 2, sh);
  NdArray *r0 = uf_reduce(vm, UF_add, a2, 1, false, -1, NULL, v_empty(), "sum");
  NdArray *r1 = uf_reduce(vm, UF_add, a2, 2, false, -1, NULL, v_empty(), "sum");
  cr_assert(((double *)r0->data)[7] == 0x1.22f6c9d24b7dbp+14);
  cr_assert(((double *)r1->data)[7] == 0x1.8c3c3a6a4d8b6p+17);
  /* x[::3] */
  int64_t n3 = (N + 2) / 3, st = 24;
  NdArray *s = arr_view(vm, a, DT_FLOAT64, 1, &n3, &st, a->data);
  NdArray *rs = uf_reduce(vm, UF_add, s, ~0ull, false, -1, NULL, v_empty(), "sum");
  cr_assert(*(double *)rs->data == 0x1.99d565f0148abp+22, "strided: %a", *(double *)rs->data);
  NdArray *f = arr_cast(vm, a, DT_FLOAT32);
  NdArray *rf = uf_reduce(vm, UF_add, f, ~0ull, false, -1, NULL, v_empty(), "sum");
  cr_assert((double)*(float *)rf->data == 0x1.3366bep+24);
}

VMTEST(mean_std_methods) {
  (void)ud;
  NdArray *a = data_array(vm, N);
  Value mean = v_getattr(vm, v_obj(a), str_intern_c(vm, "mean"));
  Value std = v_getattr(vm, v_obj(a), str_intern_c(vm, "std"));
  Value m = vm_call0(vm, mean), s = vm_call0(vm, std);
  /* results are numpy.float64 scalars */
  cr_assert(is_npscalar(m) && as_npscalar(m)->dtype == DT_FLOAT64);
  cr_assert(is_npscalar(s) && as_npscalar(s)->dtype == DT_FLOAT64);
  m = np_scalar_number(vm, m);
  s = np_scalar_number(vm, s);
  cr_assert(is_float(m) && m.as.f == 0x1.92eac5e03655bp+7, "mean %a", m.as.f);
  cr_assert(is_float(s) && s.as.f == 0x1.2184ca071a82fp+8, "std %a", s.as.f);
}

Test(ufunc, loop_resolution) {
  cr_assert_eq(uf_resolve(UF_add, DT_INT8), DT_INT8);
  cr_assert_eq(uf_resolve(UF_add, DT_BOOL), DT_BOOL);
  cr_assert_eq(uf_resolve(UF_subtract, DT_BOOL), DT_INT8);
  cr_assert_eq(uf_resolve(UF_divide, DT_INT32), DT_FLOAT64);
  cr_assert_eq(uf_resolve(UF_sqrt, DT_INT16), DT_FLOAT32);
  cr_assert_eq(uf_resolve(UF_sqrt, DT_INT64), DT_FLOAT64);
  cr_assert_eq(uf_resolve(UF_sqrt, DT_COMPLEX64), DT_COMPLEX64);
  cr_assert_eq(uf_resolve(UF_bitwise_and, DT_FLOAT64), -1);
  cr_assert_eq(uf_resolve(UF_floor, DT_UINT64), DT_FLOAT64);
  cr_assert_eq(uf_out_dtype(UF_absolute, DT_COMPLEX128), DT_FLOAT64);
  cr_assert_eq(uf_out_dtype(UF_less, DT_FLOAT32), DT_BOOL);
  cr_assert(uf_can_cast(DT_UINT64, DT_INT8, "same_kind"));
  cr_assert(!uf_can_cast(DT_INT64, DT_UINT8, "same_kind"));
  cr_assert(!uf_can_cast(DT_FLOAT64, DT_INT64, "same_kind"));
  cr_assert(uf_can_cast(DT_FLOAT64, DT_FLOAT32, "same_kind"));
  cr_assert(!uf_can_cast(DT_FLOAT64, DT_FLOAT32, "safe"));
}

/* Value-based casting of Python scalars: int8 array + 1 stays int8. */
VMTEST(promotion_value_based) {
  (void)ud;
  int64_t n = 3;
  NdArray *a = arr_new(vm, DT_INT8, 1, &n);
  cr_assert_eq(uf_binary_arr(vm, UF_add, v_obj(a), v_int(1))->dtype, DT_INT8);
  cr_assert_eq(uf_binary_arr(vm, UF_add, v_obj(a), v_int(200))->dtype, DT_INT16);
  cr_assert_eq(uf_binary_arr(vm, UF_add, v_obj(a), v_float(1.5))->dtype, DT_FLOAT64);
  cr_assert_eq(uf_binary_arr(vm, UF_divide, v_obj(a), v_obj(a))->dtype, DT_FLOAT64);
  NdArray *f = arr_new(vm, DT_FLOAT32, 1, &n);
  cr_assert_eq(uf_binary_arr(vm, UF_multiply, v_obj(f), v_float(2.0))->dtype, DT_FLOAT32);
  cr_assert_eq(uf_binary_arr(vm, UF_less, v_obj(f), v_int(2))->dtype, DT_BOOL);
  /* two scalars: plain promotion, 0-d result becomes a scalar */
  Value r = uf_binary(vm, UF_add, v_int(2), v_float(0.5));
  cr_assert(is_npscalar(r) && as_npscalar(r)->dtype == DT_FLOAT64);
  r = np_scalar_number(vm, r);
  cr_assert(is_float(r) && r.as.f == 2.5);
}

Test(ufunc, loops_contiguous_and_strided) {
  double x[8] = {1, -2, 3.5, -0.0, 1e300, 5, 6, 7}, y[8] = {2, 2, 2, 2, 1e300, 0, 1, 1};
  double o[8];
  char *args[3] = {(char *)x, (char *)y, (char *)o};
  int64_t st[3] = {8, 8, 8};
  uf_loop(UF_multiply, DT_FLOAT64)(args, st, 8);
  cr_assert(o[0] == 2 && o[1] == -4 && o[2] == 7 && signbit(o[3]) && isinf(o[4]));
  uf_loop(UF_floor_divide, DT_FLOAT64)(args, st, 4);
  cr_assert(o[0] == 0 && o[1] == -1 && o[2] == 1 && o[3] == 0 && signbit(o[3]));
  uf_loop(UF_remainder, DT_FLOAT64)(args, st, 3);
  cr_assert(o[0] == 1 && o[1] == 0 && o[2] == 1.5);
  /* broadcast scalar second operand, strided output */
  int64_t st2[3] = {16, 0, 16};
  uf_loop(UF_subtract, DT_FLOAT64)(args, st2, 4);
  cr_assert(o[0] == -1 && o[2] == 1.5 && o[4] == 1e300 - 2);
  int64_t a[4] = {7, -7, 7, INT64_MIN}, b[4] = {2, 2, 0, -1}, c[4];
  char *ia[3] = {(char *)a, (char *)b, (char *)c};
  uf_loop(UF_floor_divide, DT_INT64)(ia, st, 4);
  cr_assert(c[0] == 3 && c[1] == -4 && c[2] == 0 && c[3] == INT64_MIN);
  uf_loop(UF_remainder, DT_INT64)(ia, st, 4);
  cr_assert(c[0] == 1 && c[1] == 1 && c[2] == 0 && c[3] == 0);
  uf_loop(UF_add, DT_INT64)(ia, st, 4);
  cr_assert(c[3] == INT64_MAX);
}

static void add_inplace_float(VM *vm, void *ud) {
  (void)ud;
  int64_t n = 3;
  NdArray *a = arr_new(vm, DT_INT64, 1, &n);
  np_array_inplace(vm, BINOP_ADD, v_obj(a), v_float(1.5));
}

static void max_of_empty(VM *vm, void *ud) {
  (void)ud;
  int64_t z = 0;
  NdArray *e = arr_new(vm, DT_FLOAT64, 1, &z);
  uf_reduce(vm, UF_maximum, e, ~0ull, false, -1, NULL, v_empty(), "max");
}

static void expect_error(void (*body)(VM *, void *), const char *want) {
  cr_assert(!vm_protect(vm, body, NULL), "no exception raised");
  StrBuf b = STRBUF_INIT;
  exc_format_only(vm, vm->exc, &b);
  if (b.len && b.data[b.len - 1] == '\n') b.data[--b.len] = 0;
  cr_assert_str_eq(b.data, want);
  sb_free(&b);
}

Test(ufunc, errors) {
  expect_error(add_inplace_float,
               "numpy.core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'add' output "
               "from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
  expect_error(max_of_empty,
               "ValueError: zero-size array to reduction operation maximum which has no identity");
}

VMTEST(ufunc_repr) {
  (void)ud;
  expect_repr(vm, uf_object(vm, UF_divide), "<ufunc 'divide'>");
  expect_repr(vm, uf_object(vm, UF_absolute), "<ufunc 'absolute'>");
}
