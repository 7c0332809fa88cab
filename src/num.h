/*
** num.h — numbers: int (small + GMP big), bool, float, complex. Python's
** semantics exactly: floor division and modulo signs, true division, **
** with negative and float exponents, exact comparisons between ints and
** floats, CPython's numeric hash (mod 2**61-1) so that hash(1) ==
** hash(1.0) == hash(True) and sets of numbers iterate in CPython's order.
*/
#ifndef STREAK_NUM_H
#define STREAK_NUM_H

#include <string.h>

#include "value.h"
#include "util.h"

/* Generic numeric operations over int/bool/float/complex (any mix);
** V_NOTIMPL if an operand is not a number. Raise ZeroDivisionError
** ("division by zero", "integer division or modulo by zero", "float
** division by zero", "float modulo", "complex division by zero", "0.0
** cannot be raised to a negative power"), OverflowError. */
Value num_binop(VM *vm, BinOp op, Value a, Value b);
Value num_unop(VM *vm, UnOp op, Value a);  /* ~float / ~complex raise TypeError */
Value num_richcmp(VM *vm, Value a, Value b, CmpOp op); /* ordering a complex raises TypeError */
int64_t num_hash(VM *vm, Value v);
bool num_is_number(Value v);              /* int, bool, float, complex, big int */

/* Ints. */
Value int_from_mpz(VM *vm, const mpz_t z); /* normalises to V_INT when it fits */
void int_to_mpz(Value v, mpz_t out);       /* v: small/big int or bool; out initialised */
Value int_from_string(VM *vm, const char *s, size_t n, int base); /* int("..", base) rules; ValueError */
Value int_from_literal(VM *vm, const char *digits, int base);     /* compiler: big literals */
Value int_from_double(VM *vm, double d);   /* int(3.7) → 3; OverflowError/ValueError for inf/nan */
void int_repr_into(StrBuf *b, Value v);
Value int_repr(VM *vm, Value v);
int int_sign(Value v);
double int_to_double(VM *vm, Value v);     /* OverflowError: int too large to convert to float */
bool int_fits_i64(Value v, int64_t *out);
Value int_pow_mod(VM *vm, Value base, Value exp, Value mod); /* pow(a, b, m) */

/* Floats. */

/* pow(x, 2.0) as glibc computes it, without the call when the answer is
** certain. glibc's pow (ARM's optimized routines) is exp(2 log x) with an
** error before its final rounding of at most 0.009 ULP from exp plus
** |2 ln x| * 1.3 * 2^-15 ULP from log (its documented bounds; misroundings
** measured here come within 0.008 ULP of a midpoint near 1 and 0.0098 near
** 2^-900). So when the exact square x*x + e (e exact by fma) is farther
** than that bound from a rounding midpoint, pow returns the rounded square
** p: |e * k| rounds away in p + e * k, k = 1 / (1 - 2 * margin), with the
** margin 1.5 times the bound at p's binary exponent (num_pow2_k, indexed by
** p's exponent field: no branch on the range; k = 1.028 near 1, 1.1 at
** 2^960). Squares under 2^-960 (where e may be inexact) or over 2^960,
** infinite and NaN ones have k = inf: p + e * inf is never p, the call is
** made. CPython's float ** 2 and NumPy's float64 scalar ** 2 are that pow
** call. */
/* Numba's numba_cpow: CPython's _Py_c_pow (polar form), nan+nanj where it
** reports a domain error (0 to a negative or complex power). */
void num_c_pow(double ar, double ai, double br, double bi, double *re, double *im);
double num_libm_pow(double x, double y); /* pow itself: gcc rewrites pow(x, 2.0) as x*x */
extern const double num_pow2_k[2048];   /* (jit/gccjit.c inlines the test) */
/* Is x*x the result of pow(x, 2.0)? */
static inline bool num_pow2_fast(double x) {
  double p = x * x;
  uint64_t bits;
  memcpy(&bits, &p, sizeof bits);
  return p + __builtin_fma(x, x, -p) * num_pow2_k[(bits >> 52) & 0x7ff] == p;
}
static inline double num_pow2(double x) { return num_pow2_fast(x) ? x * x : num_libm_pow(x, 2.0); }

void float_repr_into(StrBuf *b, double d); /* repr: shortest round-trip, '1e+16', 'inf', 'nan' */
Value float_repr(VM *vm, double d);
Value float_from_string(VM *vm, const char *s, size_t n); /* float("1e3"), "inf", "-nan", ValueError */
double float_round(double x, int ndigits, bool *ok); /* round(x, n) correctly rounded like CPython */
double float_round_even(double x); /* round(x) before the int: halves to even, like CPython */
double num_py_hypot(double x, double y); /* math.hypot(x, y): CPython's algorithm (mod_math.c), not libm's */
/* hypot(x, y) OP k (op 0 <, 1 <=, 2 >, 3 >=), exactly as libm's hypot
** decides it (abs(z) > 2.0), mostly without calling it (num.c). The traces
** (cgen.c, gccjit.c) and @njit code (lower.c) inline the same test with
** these constants (as text: for lower.c's prelude): k*k within
** (KMIN, KMAX), and x*x + y*y beyond k*k (1 -+ MARGIN). */
#define NUM_HYPOT_KMIN 0x1p-960
#define NUM_HYPOT_KMAX 0x1p960
#define NUM_HYPOT_MARGIN 0x1p-40
bool num_hypot_cmp(double x, double y, double k, int op);

/* Complex. */
Value complex_new(VM *vm, double re, double im);
void complex_repr_into(StrBuf *b, double re, double im); /* (1+2j), 1j, (-0-1j), (nan+infj) */

/* Extras shared with builtins (abs, divmod, round) and format.c. */
Value num_abs(VM *vm, Value v);              /* V_NOTIMPL if not a number */
Value num_divmod(VM *vm, Value a, Value b);  /* (a // b, a % b) tuple; V_NOTIMPL if not numbers */
Value num_round(VM *vm, Value x, Value ndigits); /* ndigits V_EMPTY/None: to int */
double num_to_double(VM *vm, Value v);       /* int/bool/float; OverflowError for huge ints */
void int_check_str_digits(VM *vm, Value v);  /* ValueError past the 4300-digit str() limit */

/* Exact conversions (no VM): *ok false on overflow. Both correctly rounded. */
double num_mpz_to_double(const mpz_t z, bool *ok);
double num_mpz_ratio_to_double(const mpz_t a, const mpz_t b, bool *ok); /* b != 0 */

/* CPython's PyOS_double_to_string: code 'e' 'f' 'g' 'r' ('E' 'F' 'G' for
** upper case), precision, NUM_DTSF_* flags; appends to b. */
enum { NUM_DTSF_SIGN = 1, NUM_DTSF_ADD_DOT_0 = 2, NUM_DTSF_ALT = 4, NUM_DTSF_NO_NEG_0 = 8 };
void num_double_to_string(StrBuf *b, double d, char code, int precision, int flags);
/* float() syntax: the longest float literal at the start of s (underscores
** between digits allowed); and a whole string with surrounding whitespace. */
bool num_parse_float_prefix(const char *s, size_t n, size_t *used, double *out);
bool num_parse_float(const char *s, size_t n, double *out);

void num_init_types(void);

#endif
