/*
** test_array.c — the ndarray core (runtime/array.c, index.c, print.c):
** NumPy 1.24 promotion and value-based casting, the broadcasting iterator,
** reshape views, casting loops, np.array discovery, indexing and printing.
** Expected values come from /usr/bin/python3 with numpy 1.24.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "array.h"
#include "error.h"
#include "format.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

static VM *vm;

/* The tests hold arrays in C locals: keep the collector off. */
static void setup(void) {
  vm = vm_new();
  vm->gc_paused++;
}
static void teardown(void) { vm_free(vm); }

TestSuite(array, .init = setup, .fini = teardown);

static void run(void (*body)(VM *vm, void *ud)) {
  if (!vm_protect(vm, body, NULL)) {
    StrBuf b = STRBUF_INIT;
    exc_format_only(vm, vm->exc, &b);
    cr_assert(false, "unexpected exception: %s", b.data);
  }
}

static DtScalar py_int(int64_t v) {
  DtScalar s;
  arr_scalar_info(v_int(v), &s);
  return s;
}

Test(array, promote_types) {
  cr_assert_eq(dt_promote(DT_INT8, DT_UINT8), DT_INT16);
  cr_assert_eq(dt_promote(DT_INT64, DT_UINT64), DT_FLOAT64);
  cr_assert_eq(dt_promote(DT_FLOAT32, DT_INT32), DT_FLOAT64);
  cr_assert_eq(dt_promote(DT_COMPLEX64, DT_FLOAT64), DT_COMPLEX128);
  cr_assert_eq(dt_promote(DT_BOOL, DT_BOOL), DT_BOOL);
}

Test(array, value_based_casting) {
  DType i8 = DT_INT8, u8 = DT_UINT8, f32 = DT_FLOAT32, b = DT_BOOL;
  DtScalar one = py_int(1), neg = py_int(-1), big = py_int(300), mid = py_int(200);
  cr_assert_eq(dt_result_type(1, &i8, 1, &one), DT_INT8);
  cr_assert_eq(dt_result_type(1, &i8, 1, &big), DT_INT16);
  cr_assert_eq(dt_result_type(1, &i8, 1, &mid), DT_INT16);
  cr_assert_eq(dt_result_type(1, &u8, 1, &neg), DT_INT16);
  cr_assert_eq(dt_result_type(1, &f32, 1, &big), DT_FLOAT32);
  cr_assert_eq(dt_result_type(1, &b, 1, &one), DT_INT64);
  DtScalar half;
  arr_scalar_info(v_float(1.5), &half);
  cr_assert_eq(dt_result_type(1, &i8, 1, &half), DT_FLOAT64);
  cr_assert_eq(dt_result_type(1, &f32, 1, &half), DT_FLOAT32);
  cr_assert_eq(dt_result_type(0, NULL, 1, &one), DT_INT64);
}

static void body_iter(VM *vm, void *ud) {
  (void)ud;
  int64_t sh[2] = {3, 4};
  NdArray *a = arr_new(vm, DT_FLOAT64, 2, sh);
  NdArray *row = arr_new(vm, DT_FLOAT64, 1, &sh[1]);
  NdArray *ops[2] = {a, a};
  ArrIter it;
  cr_assert(arr_iter_init(vm, &it, 2, ops, 2, sh));
  cr_assert_eq(it.n, 12); /* contiguous operands coalesce into one loop */
  cr_assert_eq(it.stride[0], 8);
  cr_assert(!arr_iter_next(&it));
  NdArray *ops2[2] = {a, row};
  cr_assert(arr_iter_init(vm, &it, 2, ops2, 2, sh));
  int chunks = 1;
  cr_assert_eq(it.n, 4);
  while (arr_iter_next(&it)) chunks++;
  cr_assert_eq(chunks, 3);
  NdArray *t = arr_transpose(vm, a, NULL);
  cr_assert(!arr_is_c_contiguous(t));
  cr_assert(arr_is_c_contiguous(a));
}
Test(array, iterator) { run(body_iter); }

static void body_reshape(VM *vm, void *ud) {
  (void)ud;
  int64_t n = 24, sh[3] = {2, -1, 4};
  NdArray *a = arr_new(vm, DT_INT32, 1, &n);
  NdArray *r = arr_reshape(vm, a, 3, sh);
  cr_assert_eq(r->shape[1], 3);
  cr_assert_eq(r->data, a->data); /* a view */
  cr_assert(is_none(a->base) && r->base.as.o == (Obj *)a);
  NdArray *t = arr_transpose(vm, r, NULL);
  int64_t flat = 24;
  NdArray *f = arr_reshape(vm, t, 1, &flat);
  cr_assert_neq(f->data, a->data); /* transposed data needs a copy */
}
Test(array, reshape) { run(body_reshape); }

Test(array, cast_loops) {
  double src[4] = {1.7, -1.7, 300.5, 0.0};
  int64_t i64[4];
  uint8_t u8[4];
  np_bool b[4];
  arr_cast_strided(DT_INT64, (char *)i64, 8, DT_FLOAT64, (const char *)src, 8, 4);
  arr_cast_strided(DT_UINT8, (char *)u8, 1, DT_FLOAT64, (const char *)src, 8, 4);
  arr_cast_strided(DT_BOOL, (char *)b, 1, DT_FLOAT64, (const char *)src, 8, 4);
  cr_assert(i64[0] == 1 && i64[1] == -1 && i64[2] == 300);
  cr_assert(u8[0] == 1 && u8[1] == 255 && u8[2] == 44);
  cr_assert(b[0] == 1 && b[3] == 0);
}

static Value repr_of(VM *vm, const char *src) {
  Module *m = vm->main;
  vm_run_source(vm, m, src, strlen(src), "<test>", false);
  return module_get(vm, m, "r");
}

static void body_print(VM *vm, void *ud) {
  (void)ud;
  struct { const char *src, *want; } cases[] = {
      {"import numpy as np\nr = repr(np.array([1.5, 2.0, -3.25]))", "array([ 1.5 ,  2.  , -3.25])"},
      {"import numpy as np\nr = str(np.array([1e-5, 1.0, 1e5]))", "[1.e-05 1.e+00 1.e+05]"},
      {"import numpy as np\nr = repr(np.arange(3, dtype=np.int32))", "array([0, 1, 2], dtype=int32)"},
      {"import numpy as np\nr = str(np.array([True, False]))", "[ True False]"},
      {"import numpy as np\nr = repr(np.array([1+2j, 3-4j]))", "array([1.+2.j, 3.-4.j])"},
      {"import numpy as np\nr = repr(np.zeros((0, 3)))", "array([], shape=(0, 3), dtype=float64)"},
      {"import numpy as np\nr = str(np.array([np.nan, np.inf, 1.5]))", "[nan inf 1.5]"},
      {"import numpy as np\nr = str(np.arange(6).reshape(2, 3))", "[[0 1 2]\n [3 4 5]]"},
      {"import numpy as np\nr = repr(np.float32(0.1))", "0.1"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Value r = repr_of(vm, cases[i].src);
    cr_assert(is_str(r));
    cr_assert_str_eq(as_str(r)->data, cases[i].want);
  }
}
Test(array, printing) { run(body_print); }

static void body_index(VM *vm, void *ud) {
  (void)ud;
  const char *src =
      "import numpy as np\n"
      "x = np.arange(24).reshape(2, 3, 4)\n"
      "r = repr([x[1, :, ::2].tolist(), x[np.array([1, 0]), :, np.array([3, 2])].tolist(),\n"
      "          x[..., -1].tolist(), x[:, None, 1].shape])\n";
  Value r = repr_of(vm, src);
  cr_assert_str_eq(as_str(r)->data,
                   "[[[12, 14], [16, 18], [20, 22]], [[15, 19, 23], [2, 6, 10]], "
                   "[[3, 7, 11], [15, 19, 23]], (2, 1, 4)]");
}
Test(array, indexing) { run(body_index); }

static void body_error(VM *vm, void *ud) {
  (void)ud;
  const char *src = "import numpy as np\nnp.arange(5)[10]\n";
  vm_run_source(vm, vm->main, src, strlen(src), "<test>", false);
}
Test(array, index_error_text) {
  cr_assert(!vm_protect(vm, body_error, NULL));
  StrBuf b = STRBUF_INIT;
  exc_format_only(vm, vm->exc, &b);
  cr_assert_str_eq(b.data, "IndexError: index 10 is out of bounds for axis 0 with size 5\n");
  sb_free(&b);
}

/* NumPy scalars: every dtype is an NpScalar with NumPy's type tree and
** scalar arithmetic (int64 wraps, float64 / 0 is inf, comparisons give the
** np.True_/np.False_ singletons), usable where the core wants a number. */
static void body_scalars(VM *vm, void *ud) {
  (void)ud;
  double d = 2.5;
  int64_t big = INT64_MAX;
  np_bool t = 1;
  Value f = arr_scalar_from(vm, DT_FLOAT64, &d);
  Value i = arr_scalar_from(vm, DT_INT64, &big);
  cr_assert(is_npscalar(f) && is_npscalar(i));
  cr_assert_str_eq(v_typename(f), "numpy.float64");
  cr_assert(v_type(f)->base == &TYPE_FLOAT);       /* isinstance(x, float) */
  cr_assert(v_type(i)->base != &TYPE_INT);         /* np.int64 is not an int */
  cr_assert(v_is(arr_scalar_from(vm, DT_BOOL, &t), arr_scalar_from(vm, DT_BOOL, &t)));
  Value w = v_binop(vm, BINOP_ADD, i, v_int(1));
  cr_assert(is_npscalar(w) && as_npscalar(w)->dtype == DT_INT64 && as_npscalar(w)->v.i == INT64_MIN);
  Value q = v_binop(vm, BINOP_TRUEDIV, f, v_int(0));
  cr_assert(is_npscalar(q) && isinf(as_npscalar(q)->v.d));
  Value c = v_richcmp(vm, v_float(1.0), f, CMP_LT);
  cr_assert(is_npscalar(c) && as_npscalar(c)->dtype == DT_BOOL && v_truthy(vm, c));
  int8_t s8 = 5;
  Value p = v_binop(vm, BINOP_ADD, arr_scalar_from(vm, DT_INT8, &s8), v_int(1));
  cr_assert_eq(as_npscalar(p)->dtype, DT_INT64); /* no value-based casting between scalars */
  cr_assert_eq(v_index(vm, arr_scalar_from(vm, DT_INT8, &s8), "list"), 5);
  cr_assert(v_to_double(vm, f) == 2.5);
  Value txt = fmt_format(vm, f, as_str(str_from_cstr(vm, ".2f")));
  cr_assert_str_eq(as_str(txt)->data, "2.50");
  cr_assert_str_eq(as_str(v_repr(vm, f))->data, "2.5");
  cr_assert(v_hash(vm, f) == v_hash(vm, v_float(2.5)));
}
Test(array, numpy_scalars) { run(body_scalars); }
