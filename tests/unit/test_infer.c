/* test_infer.c — the @njit type lattice (trace/infer.c): interning,
** Numba's printed names, unification and dispatch conversion costs. */
#include <criterion/criterion.h>
#include <string.h>

#include "../../runtime/dtype.h"
#include "../../trace/infer.h"

static void expect_str(NbTy t, const char *want) {
  StrBuf b = STRBUF_INIT;
  nb_type_str(t, &b);
  cr_expect_str_eq(b.data, want);
  sb_free(&b);
}

Test(infer, interning) {
  cr_expect_eq(nb_scalar(DT_FLOAT64), nb_scalar(DT_FLOAT64));
  cr_expect_neq(nb_scalar(DT_FLOAT64), nb_scalar(DT_INT64));
  cr_expect_eq(nb_array(DT_FLOAT64, 2, 'C'), nb_array(DT_FLOAT64, 2, 'C'));
  cr_expect_neq(nb_array(DT_FLOAT64, 2, 'C'), nb_array(DT_FLOAT64, 2, 'A'));
  NbTy items[2] = {nb_scalar(DT_INT64), nb_scalar(DT_FLOAT64)};
  cr_expect_eq(nb_tuple(2, items), nb_tuple(2, items));
}

Test(infer, names) {
  expect_str(nb_scalar(DT_FLOAT64), "float64");
  expect_str(nb_scalar(DT_BOOL), "bool");
  expect_str(nb_array(DT_INT64, 1, 'C'), "array(int64, 1d, C)");
  expect_str(nb_array(DT_FLOAT64, 2, 'A'), "array(float64, 2d, A)");
  NbTy two[2] = {nb_scalar(DT_INT64), nb_scalar(DT_INT64)};
  expect_str(nb_tuple(2, two), "UniTuple(int64 x 2)");
  NbTy mix[2] = {nb_scalar(DT_INT64), nb_scalar(DT_FLOAT64)};
  expect_str(nb_tuple(2, mix), "Tuple(int64, float64)");
  expect_str(nb_none(), "none");
  expect_str(nb_str(), "unicode_type");
}

Test(infer, unify) {
  NbTy i64 = nb_scalar(DT_INT64), f64 = nb_scalar(DT_FLOAT64), b = nb_scalar(DT_BOOL);
  cr_expect_eq(nb_unify(i64, f64), f64);
  cr_expect_eq(nb_unify(b, i64), i64);
  cr_expect_eq(nb_unify(nb_scalar(DT_FLOAT32), nb_scalar(DT_FLOAT32)), nb_scalar(DT_FLOAT32));
  cr_expect_eq(nb_unify(f64, nb_scalar(DT_COMPLEX128)), nb_scalar(DT_COMPLEX128));
  cr_expect_eq(nb_unify(nb_scalar(DT_UINT64), i64), f64);
  cr_expect_eq(nb_unify(i64, nb_str()), NB_UNKNOWN);
  cr_expect_eq(nb_unify(nb_array(DT_FLOAT64, 1, 'C'), nb_array(DT_FLOAT64, 1, 'A')), nb_array(DT_FLOAT64, 1, 'A'));
  cr_expect_eq(nb_unify(nb_array(DT_FLOAT64, 1, 'C'), nb_array(DT_INT64, 1, 'C')), NB_UNKNOWN);
  NbTy a[2] = {i64, i64}, c[2] = {f64, i64}, r[2] = {f64, i64};
  cr_expect_eq(nb_unify(nb_tuple(2, a), nb_tuple(2, c)), nb_tuple(2, r));
  cr_expect_eq(nb_unify(NB_UNKNOWN, f64), f64);
}

Test(infer, convert) {
  NbTy i64 = nb_scalar(DT_INT64), f64 = nb_scalar(DT_FLOAT64);
  cr_expect_eq(nb_convert_cost(i64, i64), 0);
  cr_expect_gt(nb_convert_cost(nb_scalar(DT_INT32), i64), 0);
  cr_expect_gt(nb_convert_cost(nb_scalar(DT_BOOL), i64), 0);
  cr_expect_gt(nb_convert_cost(f64, i64), 0); /* unsafe but allowed, as Numba */
  cr_expect_lt(nb_convert_cost(nb_scalar(DT_COMPLEX128), i64), 0);
  cr_expect_gt(nb_convert_cost(nb_array(DT_FLOAT64, 1, 'C'), nb_array(DT_FLOAT64, 1, 'A')), 0);
  cr_expect_lt(nb_convert_cost(nb_array(DT_FLOAT64, 1, 'A'), nb_array(DT_FLOAT64, 1, 'C')), 0);
  cr_expect_lt(nb_convert_cost(nb_array(DT_INT64, 1, 'C'), nb_array(DT_FLOAT64, 1, 'A')), 0);
}

Test(infer, containers_and_optional) {
  NbTy i64 = nb_scalar(DT_INT64), f64 = nb_scalar(DT_FLOAT64);
  /* lists: [] is list(undefined) until an append refines it */
  expect_str(nb_list(NB_UNKNOWN), "list(undefined)<iv=None>");
  expect_str(nb_list(i64), "list(int64)<iv=None>");
  cr_expect_eq(nb_unify(nb_list(NB_UNKNOWN), nb_list(i64)), nb_list(i64));
  cr_expect_eq(nb_unify(nb_list(i64), nb_list(f64)), nb_list(f64));
  cr_expect_eq(nb_unify(nb_list(i64), nb_list(nb_str())), NB_UNKNOWN);
  cr_expect_neq(nb_dict_view(i64), nb_list(i64)); /* a view is not a list that can leave compiled code */
  /* dicts: key and value types refined separately */
  expect_str(nb_dict(NB_UNKNOWN, NB_UNKNOWN), "DictType[undefined,undefined]<iv=None>");
  expect_str(nb_dict(i64, f64), "DictType[int64,float64]<iv=None>");
  cr_expect_eq(nb_unify(nb_dict(NB_UNKNOWN, NB_UNKNOWN), nb_dict(i64, i64)), nb_dict(i64, i64));
  cr_expect_eq(nb_unify(nb_dict(i64, i64), nb_dict(i64, f64)), nb_dict(i64, f64));
  /* a value or None: Optional, whichever side the None is on */
  expect_str(nb_optional(i64), "OptionalType(int64)");
  cr_expect_eq(nb_unify(i64, nb_none()), nb_optional(i64));
  cr_expect_eq(nb_unify(nb_none(), f64), nb_optional(f64));
  cr_expect_eq(nb_unify(nb_optional(i64), f64), nb_optional(f64));
  cr_expect_eq(nb_unify(nb_optional(i64), nb_none()), nb_optional(i64));
  cr_expect_eq(nb_unify(nb_none(), nb_none()), nb_none());
}

/* np_impl.c: which NumPy functions are operators, and which exist only in
** @njit code (their implementations are Python run by streak's @njit). */
Test(infer, numpy_function_tables) {
  cr_expect_eq(nb_np_binop_ufunc("add"), AST_OP_Add);
  cr_expect_eq(nb_np_binop_ufunc("true_divide"), AST_OP_Div);
  cr_expect_eq(nb_np_binop_ufunc("remainder"), AST_OP_Mod);
  cr_expect_eq(nb_np_binop_ufunc("sqrt"), -1);
  cr_expect_eq(nb_np_cmp_ufunc("greater_equal"), AST_CMP_GtE);
  cr_expect_eq(nb_np_cmp_ufunc("not_equal"), AST_CMP_NotEq);
  cr_expect_eq(nb_np_cmp_ufunc("add"), -1);
  cr_expect(nb_np_impl_only("median"));
  cr_expect(nb_np_impl_only("nanmean"));
  cr_expect(!nb_np_impl_only("searchsorted")); /* the interpreter's numpy has it */
  /* a callee that is not a numpy function is left alone (no unit needed) */
  NbTy math_sqrt = nb_named(NK_FUNC, "math.sqrt", NULL);
  cr_expect_eq(nb_np_impl(NULL, NULL, math_sqrt, NULL), math_sqrt);
  NbTy rand = nb_named(NK_FUNC, "numpy.random.rand", NULL);
  cr_expect_eq(nb_np_impl(NULL, NULL, rand, NULL), rand);
}

/* An inner function's call binds as Numba 0.56 inlines it: the positional
** arguments, then all the defaults appended (def g(x, a=1, b=0) called
** g(x, 2) gets b from the first default); keywords are the caller's error. */
Test(infer, closure_binding) {
  AstArg x = {.name = "x"}, a = {.name = "a"}, b = {.name = "b"}, k = {.name = "k"};
  AstArg *params[4] = {&x, &a, &b, &k}; /* k: a free variable */
  AstExpr d0 = {.kind = AST_E_Constant}, d1 = {.kind = AST_E_Constant};
  AstExpr *defs[2] = {&d0, &d1};
  AstExprList defaults = {defs, 2};
  NbClosure c = {.nparams = 3, .defaults = &defaults};
  c.args.args = (AstArgList){params, 4};
  c.def.funcdef.name = "g";
  AstExpr arg = {.kind = AST_E_Name};
  AstExpr *argv[4] = {&arg, &arg, &arg, &arg};
  AstExpr call = {.kind = AST_E_Call};
  int src[4];
  char err[200];
  call.call.args = (AstExprList){argv, 2}; /* g(x, 2) */
  cr_assert(nb_closure_bind(&c, &call, src, err, sizeof err));
  cr_expect_eq(src[0], 0);
  cr_expect_eq(src[1], 1);
  cr_expect_eq(src[2], NB_ARG_DEFAULT); /* default 2 - 2 = 0: d0, where Python takes d1 */
  call.call.args = (AstExprList){argv, 0}; /* g(): the two defaults go to x and a, b has none */
  cr_expect_not(nb_closure_bind(&c, &call, src, err, sizeof err));
  cr_expect_str_eq(err, "g() missing required argument 'b'.");
  call.call.args = (AstExprList){argv, 4};
  cr_expect_not(nb_closure_bind(&c, &call, src, err, sizeof err));
  expect_str(nb_named(NK_CLOSURE, "g", &c), "closure(g)");
}
