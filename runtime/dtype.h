/*
** dtype.h — NumPy's element types: one X-macro list, the C type of each, and
** NumPy 1.24's type promotion (np.promote_types and value-based casting).
**
** The order of NP_DTYPES is NumPy's own type-number order (bool, byte, ubyte,
** short, ...), so "the first dtype of a kind that can hold X" searches walk
** the enum upwards. Per-dtype loops are generated from this list:
**
**     #define X(NAME, ctype, kind, chr, size, name, sname) case DT_##NAME: ...
**     NP_DTYPES(X)
**     #undef X
*/
#ifndef STREAK_DTYPE_H
#define STREAK_DTYPE_H

#include <complex.h>
#include <stdbool.h>
#include <stdint.h>

/* NumPy's bool is one byte holding 0 or 1. Never use C `bool` for element
** storage: loading another byte value into _Bool is undefined. */
typedef uint8_t np_bool;
typedef float _Complex np_complex64;
typedef double _Complex np_complex128;

/* NAME, C type, kind char, type char, itemsize, dtype name (str(dtype)),
** scalar type name (np.<sname>, printed as <class 'numpy.<sname>'>). */
#define NP_DTYPES(X)                                                  \
  X(BOOL, np_bool, 'b', '?', 1, "bool", "bool_")                      \
  X(INT8, int8_t, 'i', 'b', 1, "int8", "int8")                        \
  X(UINT8, uint8_t, 'u', 'B', 1, "uint8", "uint8")                    \
  X(INT16, int16_t, 'i', 'h', 2, "int16", "int16")                    \
  X(UINT16, uint16_t, 'u', 'H', 2, "uint16", "uint16")                \
  X(INT32, int32_t, 'i', 'i', 4, "int32", "int32")                    \
  X(UINT32, uint32_t, 'u', 'I', 4, "uint32", "uint32")                \
  X(INT64, int64_t, 'i', 'l', 8, "int64", "int64")                    \
  X(UINT64, uint64_t, 'u', 'L', 8, "uint64", "uint64")                \
  X(FLOAT32, float, 'f', 'f', 4, "float32", "float32")                \
  X(FLOAT64, double, 'f', 'd', 8, "float64", "float64")               \
  X(COMPLEX64, np_complex64, 'c', 'F', 8, "complex64", "complex64")   \
  X(COMPLEX128, np_complex128, 'c', 'D', 16, "complex128", "complex128")

/* The same list again, for nested expansion (a macro cannot expand itself:
** cast tables over (to, from) pairs use NP_DTYPES(X) inside NP_DTYPES_B(Y)).
** Keep the two identical. */
#define NP_DTYPES_B(X)                                                  \
  X(BOOL, np_bool, 'b', '?', 1, "bool", "bool_")                      \
  X(INT8, int8_t, 'i', 'b', 1, "int8", "int8")                        \
  X(UINT8, uint8_t, 'u', 'B', 1, "uint8", "uint8")                    \
  X(INT16, int16_t, 'i', 'h', 2, "int16", "int16")                    \
  X(UINT16, uint16_t, 'u', 'H', 2, "uint16", "uint16")                \
  X(INT32, int32_t, 'i', 'i', 4, "int32", "int32")                    \
  X(UINT32, uint32_t, 'u', 'I', 4, "uint32", "uint32")                \
  X(INT64, int64_t, 'i', 'l', 8, "int64", "int64")                    \
  X(UINT64, uint64_t, 'u', 'L', 8, "uint64", "uint64")                \
  X(FLOAT32, float, 'f', 'f', 4, "float32", "float32")                \
  X(FLOAT64, double, 'f', 'd', 8, "float64", "float64")               \
  X(COMPLEX64, np_complex64, 'c', 'F', 8, "complex64", "complex64")   \
  X(COMPLEX128, np_complex128, 'c', 'D', 16, "complex128", "complex128")

typedef enum DType {
#define X(NAME, ctype, kind, chr, size, name, sname) DT_##NAME,
  NP_DTYPES(X)
#undef X
  DT__COUNT
} DType;

typedef struct DTypeInfo {
  const char *name;  /* "float64" */
  const char *sname; /* "float64", "bool_" */
  char kind;         /* 'b' 'i' 'u' 'f' 'c' */
  char chr;          /* '?' 'b' 'B' ... 'D' */
  int itemsize;
} DTypeInfo;

extern const DTypeInfo dt_info[DT__COUNT];

static inline const char *dt_name(DType t) { return dt_info[t].name; }
static inline int dt_size(DType t) { return dt_info[t].itemsize; }
static inline char dt_kind(DType t) { return dt_info[t].kind; }
static inline bool dt_is_bool(DType t) { return t == DT_BOOL; }
static inline bool dt_is_int(DType t) { return dt_info[t].kind == 'i' || dt_info[t].kind == 'u'; }
static inline bool dt_is_signed(DType t) { return dt_info[t].kind == 'i'; }
static inline bool dt_is_unsigned(DType t) { return dt_info[t].kind == 'u'; }
static inline bool dt_is_float(DType t) { return t == DT_FLOAT32 || t == DT_FLOAT64; }
static inline bool dt_is_complex(DType t) { return t == DT_COMPLEX64 || t == DT_COMPLEX128; }
static inline bool dt_is_inexact(DType t) { return dt_is_float(t) || dt_is_complex(t); }
/* float32 for complex64, float64 for complex128, else t itself (a.real's dtype). */
static inline DType dt_real_of(DType t) {
  return t == DT_COMPLEX64 ? DT_FLOAT32 : t == DT_COMPLEX128 ? DT_FLOAT64 : t;
}

/* np.promote_types(a, b): a table generated from NumPy 1.24. */
DType dt_promote(DType a, DType b);

/* np.can_cast(from, to, casting='safe'). */
bool dt_can_cast_safe(DType from, DType to);

/* NumPy's "simplified kind ordering" used by value-based casting:
** bool 0, int/uint 1, float/complex 2. */
static inline int dt_kind_order(DType t) {
  char k = dt_info[t].kind;
  return k == 'b' ? 0 : (k == 'i' || k == 'u') ? 1 : 2;
}

/*
** Value-based casting (NumPy 1.24 legacy promotion, result_type with
** scalars). A scalar operand (Python number, NumPy scalar, 0-d array) is
** described by a DtScalar: its own dtype and value. When the largest kind
** among the array (ndim > 0) operands is >= the largest kind among the
** scalars, each scalar contributes its *minimal* dtype (np.min_scalar_type)
** instead — with NumPy's "small unsigned" rule: a non-negative int that fits
** the signed type of the same size promotes with a signed type as that
** signed type (int8 array + 1 → int8; int8 array + 200 → int16;
** uint8 array + (-1) → int16). Without arrays, plain promotion applies.
*/
typedef struct DtScalar {
  DType dtype;          /* the scalar's own dtype (Python int → INT64, float → FLOAT64 ...) */
  bool is_int_value;    /* value_i/value_u valid (kind b/i/u) */
  bool neg;             /* integer value is negative (value_i) else value_u */
  int64_t value_i;
  uint64_t value_u;
  double re, im;        /* kind f/c: the value (im 0 for floats) */
} DtScalar;

/* np.min_scalar_type for one scalar; *small_unsigned set as described. */
DType dt_min_scalar_type(const DtScalar *s, bool *small_unsigned);

/* result_type over `narr` array dtypes and `nsc` scalars (value-based as
** above). narr may be 0. n total must be >= 1. */
DType dt_result_type(int narr, const DType *arrs, int nsc, const DtScalar *scs);

#endif
