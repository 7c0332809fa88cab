/*
** ufunc.h — NumPy's universal functions, reductions and the np.* library
** functions built on them (ufunc.c, reduce.c, npfunc.c, linalg.c).
**
** Every ufunc is one row of UFUNCS below: name, number of inputs, which
** dtype categories it has loops for, and what its output dtype is. The
** elementwise loops are generated per (ufunc, dtype) from per-category
** element macros in ufunc.c, so a contiguous loop is a plain C loop gcc
** vectorises (no per-element calls through a pointer). Loops are chosen as
** NumPy 1.24 chooses them: result_type of the operands (value-based casting
** of scalars) and then the first loop, in type-number order, that type can
** be cast to safely.
**
** Inner loops report the few errors NumPy raises from inside a loop
** (integer to a negative power) through uf_loop_error, which the caller
** turns into the exception once the loop is done.
*/
#ifndef STREAK_UFUNC_H
#define STREAK_UFUNC_H

#include "array.h"
#include "dtype.h"
#include "value.h"

/* Dtype categories a ufunc has loops for. */
enum { UFC_B = 1, UFC_I = 2, UFC_F = 4, UFC_C = 8 };
#define UFC_BIFC (UFC_B | UFC_I | UFC_F | UFC_C)
#define UFC_IFC (UFC_I | UFC_F | UFC_C)
#define UFC_BIF (UFC_B | UFC_I | UFC_F)
#define UFC_IF (UFC_I | UFC_F)
#define UFC_FC (UFC_F | UFC_C)
#define UFC_BI (UFC_B | UFC_I)
/* Output dtype of a loop. */
enum {
  UFO_SAME, /* the loop's dtype */
  UFO_BOOL, /* bool (comparisons, predicates, logical_*) */
  UFO_REAL  /* real part's dtype (absolute of complex) */
};

/* name, nin, dtype categories (B bool, I ints, F floats, C complex), output
** (UFO_*), reduction identity (UFI_*). */
#define UFUNCS(X) \
  X(add, 2, BIFC, SAME, ZERO)           \
  X(subtract, 2, IFC, SAME, NONE)       \
  X(multiply, 2, BIFC, SAME, ONE)       \
  X(divide, 2, FC, SAME, NONE)          \
  X(floor_divide, 2, IF, SAME, NONE)    \
  X(remainder, 2, IF, SAME, NONE)       \
  X(fmod, 2, IF, SAME, NONE)            \
  X(power, 2, IFC, SAME, NONE)          \
  X(maximum, 2, BIFC, SAME, NONE)       \
  X(minimum, 2, BIFC, SAME, NONE)       \
  X(fmax, 2, BIFC, SAME, NONE)          \
  X(fmin, 2, BIFC, SAME, NONE)          \
  X(arctan2, 2, F, SAME, NONE)          \
  X(hypot, 2, F, SAME, ZERO)            \
  X(copysign, 2, F, SAME, NONE)         \
  X(bitwise_and, 2, BI, SAME, MINUS1)   \
  X(bitwise_or, 2, BI, SAME, ZERO)      \
  X(bitwise_xor, 2, BI, SAME, ZERO)     \
  X(left_shift, 2, I, SAME, NONE)       \
  X(right_shift, 2, I, SAME, NONE)      \
  X(equal, 2, BIFC, BOOL, NONE)         \
  X(not_equal, 2, BIFC, BOOL, NONE)     \
  X(less, 2, BIFC, BOOL, NONE)          \
  X(less_equal, 2, BIFC, BOOL, NONE)    \
  X(greater, 2, BIFC, BOOL, NONE)       \
  X(greater_equal, 2, BIFC, BOOL, NONE) \
  X(logical_and, 2, BIFC, BOOL, TRUE)   \
  X(logical_or, 2, BIFC, BOOL, FALSE)   \
  X(logical_xor, 2, BIFC, BOOL, FALSE)  \
  X(negative, 1, IFC, SAME, NONE)       \
  X(positive, 1, IFC, SAME, NONE)       \
  X(absolute, 1, BIFC, REAL, NONE)      \
  X(sign, 1, IFC, SAME, NONE)           \
  X(conjugate, 1, IFC, SAME, NONE)      \
  X(square, 1, IFC, SAME, NONE)         \
  X(reciprocal, 1, IFC, SAME, NONE)     \
  X(invert, 1, BI, SAME, NONE)          \
  X(logical_not, 1, BIFC, BOOL, NONE)   \
  X(isnan, 1, BIFC, BOOL, NONE)         \
  X(isinf, 1, BIFC, BOOL, NONE)         \
  X(isfinite, 1, BIFC, BOOL, NONE)      \
  X(signbit, 1, F, BOOL, NONE)          \
  X(sqrt, 1, FC, SAME, NONE)            \
  X(exp, 1, FC, SAME, NONE)             \
  X(exp2, 1, FC, SAME, NONE)            \
  X(expm1, 1, FC, SAME, NONE)           \
  X(log, 1, FC, SAME, NONE)             \
  X(log2, 1, FC, SAME, NONE)            \
  X(log10, 1, FC, SAME, NONE)           \
  X(log1p, 1, FC, SAME, NONE)           \
  X(sin, 1, FC, SAME, NONE)             \
  X(cos, 1, FC, SAME, NONE)             \
  X(tan, 1, FC, SAME, NONE)             \
  X(arcsin, 1, FC, SAME, NONE)          \
  X(arccos, 1, FC, SAME, NONE)          \
  X(arctan, 1, FC, SAME, NONE)          \
  X(sinh, 1, FC, SAME, NONE)            \
  X(cosh, 1, FC, SAME, NONE)            \
  X(tanh, 1, FC, SAME, NONE)            \
  X(arcsinh, 1, FC, SAME, NONE)         \
  X(arccosh, 1, FC, SAME, NONE)         \
  X(arctanh, 1, FC, SAME, NONE)         \
  X(deg2rad, 1, F, SAME, NONE)          \
  X(rad2deg, 1, F, SAME, NONE)          \
  X(floor, 1, F, SAME, NONE)            \
  X(ceil, 1, F, SAME, NONE)             \
  X(trunc, 1, F, SAME, NONE)            \
  X(rint, 1, FC, SAME, NONE)

/* Reduction identities. */
enum { UFI_NONE, UFI_ZERO, UFI_ONE, UFI_MINUS1, UFI_TRUE, UFI_FALSE };

typedef enum UfId {
#define X(name, nin, cats, out, ident) UF_##name,
  UFUNCS(X)
#undef X
  UF__COUNT
} UfId;

/* An inner loop: args[0..nin) inputs, args[nin] output, byte steps. */
typedef void (*UfLoop)(char **args, const int64_t *steps, int64_t n);

typedef struct UfDef {
  const char *name;
  int nin;
  int cats;
  int out;
  int identity;
} UfDef;
extern const UfDef uf_defs[UF__COUNT];

/* The ufunc object (np.add): a callable with .reduce/.accumulate/.outer. */
typedef struct UFunc {
  Obj hdr;
  UfId id;
  const char *name; /* the name it prints with: np.abs is 'absolute' */
} UFunc;
extern Type TYPE_UFUNC;
static inline bool is_ufunc(Value v) { return is_type(v, &TYPE_UFUNC); }
Value uf_object(VM *vm, UfId id); /* the (one) ufunc object for id */

/* Loop for (id, dtype) or NULL. */
UfLoop uf_loop(UfId id, DType dt);
/* Loop dtype NumPy picks for inputs of result type rt; -1 if none. */
int uf_resolve(UfId id, DType rt);
/* Output dtype of the loop of dtype dt. */
DType uf_out_dtype(UfId id, DType dt);

/* Calls ufunc id on nin operands (arrays, numbers, NumPy scalars,
** array-likes). out: V_EMPTY/None or an ndarray (or 1-tuple of one); dtype:
** -1 or the loop dtype; where: V_EMPTY or a boolean array-like; casting:
** "same_kind" (NULL) or "unsafe"/"safe"/"no"/"equiv". Returns out when
** given, else the result (0-d results as scalars). */
Value uf_call(VM *vm, UfId id, int nin, const Value *in, Value out, int dtype, Value where,
              const char *casting);
static inline Value uf_binary(VM *vm, UfId id, Value a, Value b) {
  Value in[2] = {a, b};
  return uf_call(vm, id, 2, in, v_empty(), -1, v_empty(), NULL);
}
static inline Value uf_unary(VM *vm, UfId id, Value a) {
  return uf_call(vm, id, 1, &a, v_empty(), -1, v_empty(), NULL);
}
/* The same, returning an array (never a scalar). */
NdArray *uf_binary_arr(VM *vm, UfId id, Value a, Value b);
/* divmod(a, b) of arrays and NumPy scalars: (a // b, a % b) as np.divmod
** gives them (the __divmod__ and __rdivmod__ methods). */
Value uf_divmod(VM *vm, Value a, Value b);

/* np.can_cast(from, to, casting) for casting "no", "equiv", "safe",
** "same_kind", "unsafe". */
/* A where= mask as a bool array: NumPy casts an array to bool by the 'safe'
** rule (other objects convert to bool directly). */
NdArray *uf_where_mask(VM *vm, Value where);
bool uf_can_cast(DType from, DType to, const char *casting);
/* casting= validated ('no' ... 'unsafe'; NULL when not given). */
const char *uf_casting_arg(VM *vm, Value v);
/* Raises NumPy's UFuncTypeError for an output cast. */
_Noreturn void uf_raise_output_cast(VM *vm, const char *ufname, DType from, DType to,
                                    const char *casting);
/* NumPy's TypeError for subtract on bools (subtract's type resolver raises it). */
_Noreturn void uf_raise_bool_subtract(VM *vm);
/* numpy.core._exceptions._UFuncOutputCastingError etc. (TypeError subclasses). */
extern Type UF_EXC_OUTPUT_CASTING, UF_EXC_NO_LOOP, UF_EXC_CASTING, UF_EXC_AXIS;
/* numpy.AxisError (an IndexError here: NumPy's also derives from ValueError), initialised. */
Type *uf_axis_error(void);

/* An operand as an array (numbers become 0-d arrays of their own dtype). */
NdArray *uf_as_array(VM *vm, Value v);
/* An operand as an array of dtype dt (cast copy when needed). */
NdArray *uf_as_array_dt(VM *vm, Value v, DType dt);
/* "(5,1)": shapes as NumPy's iterator error messages print them. */
void uf_shape_repr_compact(StrBuf *b, int ndim, const int64_t *shape);
/* keyword argument lookup (V_EMPTY if absent). */
Value uf_kwarg(VM *vm, const Args *a, const char *name);

/* Operator slots for ndarray and NumPy scalars (declared weak in array.h). */
Value np_array_binop(VM *vm, BinOp op, Value a, Value b);
Value np_array_inplace(VM *vm, BinOp op, Value a, Value b);
Value np_array_richcmp(VM *vm, Value a, Value b, CmpOp op);
Value np_array_unop(VM *vm, UnOp op, Value a);
/* The same operators written into out (V_EMPTY: a new result as above; else
** an array of the result's dtype and shape): the fused evaluator's steps. */
Value np_array_binop_into(VM *vm, BinOp op, Value a, Value b, Value out);
Value np_array_unop_into(VM *vm, UnOp op, Value a, Value out);

/* ---- reductions (reduce.c) --------------------------------------------- */

/* NumPy's pairwise summation of n doubles/floats at byte stride. */
double uf_pairwise_sum_f64(const char *a, int64_t n, int64_t stride);
float uf_pairwise_sum_f32(const char *a, int64_t n, int64_t stride);

/* Reduce with ufunc id over the axes set in axes_mask (bit k: axis k;
** all bits: every axis). dtype -1: NumPy's default for the ufunc/op.
** initial V_EMPTY: the identity (or none). Returns an array (0-d when all
** axes go and !keepdims) or `out`. */
/* np.mean(a, axis) with NumPy's dtype rules (reduce.c). */
Value uf_mean(VM *vm, Value a, Value axis);
/* np.nanmean(a, axis, keepdims=keepdims) (reduce.c). */
Value uf_nanmean(VM *vm, Value a, Value axis, Value keepdims);
NdArray *uf_reduce(VM *vm, UfId id, NdArray *a, uint64_t axes_mask, bool keepdims, int dtype,
                   NdArray *out, Value initial, const char *fname);
/* Parses axis=None/int/tuple into a mask; raises AxisError text. */
uint64_t uf_axis_mask(VM *vm, Value axis, int ndim);
/* ufunc.reduce / ufunc.accumulate (methods of the ufunc object). */
Value uf_reduce_method(VM *vm, UfId id, const Args *a);
Value uf_accumulate_method(VM *vm, UfId id, const Args *a);

/* np.sum & co. as functions and as methods; registered by np_register_ufuncs. */
void np_register_reduce(VM *vm, Module *np);
void np_register_npfunc(VM *vm, Module *np);
void np_register_linalg(VM *vm, Module *np);

/* dot / matmul / outer (linalg.c). */
Value np_dot(VM *vm, Value a, Value b);
Value np_matmul(VM *vm, Value a, Value b);

/* float32 floor_divide / remainder of one element, as the ufunc loops compute
** them (npy_divmod in float): for traces, which carry float32 values as the
** doubles that hold them exactly. */
double uf_floordiv_f32(double a, double b);
double uf_remainder_f32(double a, double b);

/* ---- libmvec (ufunc.c) ---------------------------------------------------
** Vector transcendentals from glibc's libmvec, found with dlopen at start-up;
** NULL when absent or the CPU lacks AVX-512/AVX2 (scalar libm is used). */
void uf_mvec_init(void);

/* out may overlap input `in` in a way an elementwise loop cannot handle
** (the same buffer, but not exactly the same elements in the same order):
** the result must then be computed into a temporary first. */
bool uf_bad_overlap(const NdArray *out, const NdArray *in);

#endif
