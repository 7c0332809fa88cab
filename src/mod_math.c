/*
** mod_math.c — the `math` module, after CPython 3.11's mathmodule.c.
**
** One-argument functions go through math_1, which turns libm results into
** CPython's errors exactly as it does: a NaN from a non-NaN argument is
** "math domain error" (ValueError); an infinity from a finite argument is
** "math range error" (OverflowError) for functions that can overflow and a
** domain error for the others. Integer functions (factorial, gcd, comb,
** isqrt ...) work on GMP integers of any size; log accepts ints too large
** for a double by splitting off the exponent first (CPython's loghelper).
*/
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "builtins.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

_Noreturn static void domain_error(VM *vm) { vm_raise(vm, &EXC_ValueError, "math domain error"); }
_Noreturn static void range_error(VM *vm) { vm_raise(vm, &EXC_OverflowError, "math range error"); }

/* PyFloat_AsDouble: int (any size), bool, float, NumPy's real scalars. */
static double to_double(VM *vm, Value v) {
  if (is_float(v)) return v.as.f;
  return v_to_double(vm, v);
}

/* One-argument functions are METH_O in CPython: "math.sqrt() takes exactly one argument". */
static double arg1(VM *vm, const Args *a, const char *name) {
  if (a->nkw || a->argc != 1) {
    char full[64];
    snprintf(full, sizeof full, "math.%s", name);
    args_count(vm, a, full, 1, 1);
  }
  return to_double(vm, a->argv[0]);
}

/* The checks of CPython's math_1 after computing r = f(x). */
static Value math_result(VM *vm, double x, double r, bool can_overflow) {
  if (isnan(r) && !isnan(x)) domain_error(vm);
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) range_error(vm);
    domain_error(vm);
  }
  return v_float(r);
}

#define MATH_FUNC1(name, cfunc, can_overflow)                                 \
  static Value m_##name(VM *vm, Value self, const Args *a) {                  \
    (void)self;                                                               \
    double x = arg1(vm, a, #name);                                            \
    return math_result(vm, x, cfunc(x), can_overflow);                        \
  }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

/* ---- gamma and lgamma -------------------------------------------------- */
/*
** CPython computes these itself with a Lanczos approximation (g = 6.02468,
** N = 13, coefficients from Boost) rather than calling libm; the same
** evaluation order here gives the same bits.
*/
enum { LANCZOS_N = 13, NGAMMA_INTEGRAL = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* the denominator's coefficients: x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};
static const double logpi = 1.144729885849400174143427351353058711647;

/* The rational function L_g(x) for x > 0; in 1/x for large x to avoid overflow. */
static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* sin(pi*x), exact at integers and half-integers. */
static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0), r = 0.0;
  switch ((int)round(2.0 * y)) {
  case 0: r = sin(M_PI * y); break;
  case 1: r = cos(M_PI * (y - 0.5)); break;
  case 2: r = sin(M_PI * (1.0 - y)); break; /* not -sin(pi*(y-1)): keeps +0.0 at y == 1 */
  case 3: r = -cos(M_PI * (y - 1.5)); break;
  case 4: r = sin(M_PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

static Value m_gamma(VM *vm, Value self, const Args *a) {
  (void)self;
  double x = arg1(vm, a, "gamma");
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return v_float(x);
    domain_error(vm);
  }
  if (x == 0.0) domain_error(vm);
  if (x == floor(x)) {
    if (x < 0.0) domain_error(vm);
    if (x <= NGAMMA_INTEGRAL) return v_float(gamma_integral[(int)x - 1]);
  }
  double absx = fabs(x), r;
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (isinf(r)) range_error(vm);
    return v_float(r);
  }
  if (absx > 200.0) {
    if (x < 0.0) return v_float(0.0 / sinpi(x));
    range_error(vm);
  }
  double y = absx + lanczos_g_minus_half, z;
  /* the rounding error in y, to correct the result */
  if (absx > lanczos_g_minus_half) {
    double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      double sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      double sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isinf(r)) range_error(vm);
  return v_float(r);
}

static Value m_lgamma(VM *vm, Value self, const Args *a) {
  (void)self;
  double x = arg1(vm, a, "lgamma");
  if (!isfinite(x)) return v_float(isnan(x) ? x : INFINITY);
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) domain_error(vm);
    return v_float(0.0);
  }
  double absx = fabs(x);
  if (absx < 1e-20) return v_float(-log(absx));
  double r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - log(fabs(sinpi(absx))) - log(absx) - r; /* reflection */
  if (isinf(r)) range_error(vm);
  return v_float(r);
}

/* ---- floor, ceil, trunc: return ints ---------------------------------- */

static Value to_int_op(VM *vm, const Args *a, const char *name, double (*op)(double)) {
  if (a->nkw || a->argc != 1) {
    char full[64];
    snprintf(full, sizeof full, "math.%s", name);
    args_count(vm, a, full, 1, 1);
  }
  Value x = v_number(vm, a->argv[0]); /* np.float64 is a float */
  if (v_is_intlike(x)) return is_bool(x) ? v_int(x.as.i) : x;
  if (!is_float(x)) {
    if (name[0] == 't') vm_raise(vm, &EXC_TypeError, "type %s doesn't define __trunc__ method", v_typename(x));
    vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(x));
  }
  return int_from_double(vm, op(x.as.f));
}

static Value m_floor(VM *vm, Value self, const Args *a) { (void)self; return to_int_op(vm, a, "floor", floor); }
static Value m_ceil(VM *vm, Value self, const Args *a) { (void)self; return to_int_op(vm, a, "ceil", ceil); }
static Value m_trunc(VM *vm, Value self, const Args *a) { (void)self; return to_int_op(vm, a, "trunc", trunc); }

/* ---- logarithms ------------------------------------------------------- */

/* CPython's m_log family: domain errors for x <= 0 (and -inf). */
static double log_checked(VM *vm, double x, double (*f)(double)) {
  if (isfinite(x)) {
    if (x > 0.0) return f(x);
    domain_error(vm);
  }
  if (isnan(x) || x > 0) return x;
  domain_error(vm);
}

/* loghelper: ints of any size (split into mantissa * 2**e when too big). */
static double loghelper(VM *vm, Value v, double (*f)(double)) {
  if (v_is_intlike(v)) {
    if (int_sign(v) <= 0) domain_error(vm);
    if (!is_bigint(v)) return log_checked(vm, (double)v.as.i, f);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 1000) {
      bool ok;
      double d = num_mpz_to_double(z, &ok);
      mpz_clear(z);
      return log_checked(vm, d, f);
    }
    /* top 55 bits plus a sticky bit, so the conversion rounds correctly */
    size_t shift = bits - 55;
    bool sticky = mpz_scan1(z, 0) < shift;
    mpz_tdiv_q_2exp(z, z, shift);
    uint64_t top = (uint64_t)mpz_get_ui(z) | (sticky ? 1 : 0);
    mpz_clear(z);
    int e;
    double m = frexp((double)top, &e);
    return f(m) + f(2.0) * (double)((int64_t)e + (int64_t)shift);
  }
  return log_checked(vm, to_double(vm, v), f);
}

static Value m_log(VM *vm, Value self, const Args *a) {
  (void)self;
  /* math.log parses with PyArg_UnpackTuple: its own wording */
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "log() takes no keyword arguments");
  if (a->argc < 1 || a->argc > 2) vm_raise(vm, &EXC_TypeError, "math.log requires 1 to 2 arguments");
  double num = loghelper(vm, a->argv[0], log);
  if (a->argc == 1) return v_float(num);
  double den = loghelper(vm, a->argv[1], log);
  if (den == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float division by zero");
  return v_float(num / den);
}

static Value m_log2(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.log2", 1, 1);
  return v_float(loghelper(vm, a->argv[0], log2));
}

static Value m_log10(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.log10", 1, 1);
  return v_float(loghelper(vm, a->argv[0], log10));
}

/* ---- two-argument float functions ------------------------------------- */

static void arg2(VM *vm, const Args *a, const char *name, double *x, double *y) {
  char full[32];
  snprintf(full, sizeof full, "math.%s", name);
  args_count(vm, a, full, 2, 2);
  *x = to_double(vm, a->argv[0]);
  *y = to_double(vm, a->argv[1]);
}

static Value m_pow(VM *vm, Value self, const Args *a) {
  (void)self;
  double x, y, r;
  arg2(vm, a, "pow", &x, &y);
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? copysign(0.0, x) : 0.0;
    } else { /* y is infinite */
      if (fabs(x) == 1.0) r = 1.0;
      else if (y > 0 && fabs(x) > 1.0) r = y;
      else if (y < 0 && fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return v_float(r);
  }
  r = pow(x, y);
  if (isnan(r)) domain_error(vm);
  if (isinf(r)) {
    if (x == 0.0) domain_error(vm);
    range_error(vm);
  }
  return v_float(r);
}

static Value m_atan2(VM *vm, Value self, const Args *a) {
  (void)self;
  double y, x;
  arg2(vm, a, "atan2", &y, &x);
  return v_float(atan2(y, x));
}

static Value m_fmod(VM *vm, Value self, const Args *a) {
  (void)self;
  double x, y;
  arg2(vm, a, "fmod", &x, &y);
  if (isinf(y) && isfinite(x)) return v_float(x);
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) domain_error(vm);
  return v_float(r);
}

static Value m_copysign(VM *vm, Value self, const Args *a) {
  (void)self;
  double x, y;
  arg2(vm, a, "copysign", &x, &y);
  return v_float(copysign(x, y));
}

static Value m_remainder(VM *vm, Value self, const Args *a) {
  (void)self;
  double x, y;
  arg2(vm, a, "remainder", &x, &y);
  if (isnan(x)) return v_float(x);
  if (isnan(y)) return v_float(y);
  if (isinf(x) || y == 0.0) domain_error(vm);
  return v_float(remainder(x, y));
}

static Value m_nextafter(VM *vm, Value self, const Args *a) {
  (void)self;
  double x, y;
  arg2(vm, a, "nextafter", &x, &y);
  return v_float(nextafter(x, y));
}

static Value m_ulp(VM *vm, Value self, const Args *a) {
  (void)self;
  double x = arg1(vm, a, "ulp");
  if (isnan(x)) return v_float(x);
  x = fabs(x);
  if (isinf(x)) return v_float(x);
  double x2 = nextafter(x, INFINITY);
  if (isinf(x2)) return v_float(x - nextafter(x, -INFINITY));
  return v_float(x2 - x);
}

static Value m_modf(VM *vm, Value self, const Args *a) {
  (void)self;
  double x = arg1(vm, a, "modf"), ip;
  if (isinf(x)) return tuple_pack2(vm, v_float(copysign(0.0, x)), v_float(x));
  double fp = modf(x, &ip);
  return tuple_pack2(vm, v_float(fp), v_float(ip));
}

static Value m_frexp(VM *vm, Value self, const Args *a) {
  (void)self;
  double x = arg1(vm, a, "frexp");
  int e = 0;
  if (isnan(x) || isinf(x) || x == 0.0) return tuple_pack2(vm, v_float(x), v_int(0));
  double m = frexp(x, &e);
  return tuple_pack2(vm, v_float(m), v_int(e));
}

static Value m_ldexp(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.ldexp", 2, 2);
  double x = to_double(vm, a->argv[0]);
  Value iv = a->argv[1];
  if (!v_is_intlike(iv)) vm_raise(vm, &EXC_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_fits_i64(iv, &e)) e = int_sign(iv) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0.0 || !isfinite(x)) return v_float(x);
  if (e > 100000) range_error(vm);
  if (e < -100000) return v_float(copysign(0.0, x));
  double r = ldexp(x, (int)e);
  if (isinf(r)) range_error(vm);
  return v_float(r);
}

/* ---- predicates and conversions --------------------------------------- */

static Value m_isnan(VM *vm, Value self, const Args *a) { (void)self; return v_bool(isnan(arg1(vm, a, "isnan"))); }
static Value m_isinf(VM *vm, Value self, const Args *a) { (void)self; return v_bool(isinf(arg1(vm, a, "isinf"))); }
static Value m_isfinite(VM *vm, Value self, const Args *a) {
  (void)self;
  return v_bool(isfinite(arg1(vm, a, "isfinite")));
}

static Value m_isclose(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[4];
  args_parse(vm, a, "isclose", "a,b,$rel_tol,abs_tol", arg);
  double x = to_double(vm, arg[0]), y = to_double(vm, arg[1]);
  double rel = is_empty(arg[2]) ? 1e-09 : to_double(vm, arg[2]);
  double abs_tol = is_empty(arg[3]) ? 0.0 : to_double(vm, arg[3]);
  if (rel < 0.0 || abs_tol < 0.0) vm_raise(vm, &EXC_ValueError, "tolerances must be non-negative");
  if (x == y) return v_bool(true);
  if (isinf(x) || isinf(y)) return v_bool(false);
  double diff = fabs(y - x);
  return v_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || diff <= abs_tol);
}

static Value m_degrees(VM *vm, Value self, const Args *a) {
  (void)self;
  return v_float(arg1(vm, a, "degrees") * (180.0 / M_PI));
}

static Value m_radians(VM *vm, Value self, const Args *a) {
  (void)self;
  return v_float(arg1(vm, a, "radians") * (M_PI / 180.0));
}

/* ---- integer functions ------------------------------------------------ */

/* PyNumber_Index: an int, or a NumPy integer scalar as its int. */
static Value index_value(VM *vm, Value v) {
  Value n = v_number(vm, v);
  if (!v_is_intlike(n))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  return n;
}


static Value mpz_result(VM *vm, mpz_t z) {
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

/* The ints' size cap (num.c's BIGINT_MAX_BITS): a result estimated larger
** is refused with MemoryError, as GMP would abort the process instead. */
static bool too_many_bits(double bits) { return bits > 4294967296.0; }

static Value m_factorial(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.factorial", 1, 1);
  Value x = index_value(vm, a->argv[0]);
  int64_t n;
  if (!int_fits_i64(x, &n)) {
    if (int_sign(x) < 0) vm_raise(vm, &EXC_ValueError, "factorial() not defined for negative values");
    vm_raise(vm, &EXC_OverflowError, "factorial() argument should not exceed %ld", (long)INT64_MAX);
  }
  if (n < 0) vm_raise(vm, &EXC_ValueError, "factorial() not defined for negative values");
  if (n < 21) {
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++) r *= i;
    return v_int(r);
  }
  /* Stirling: log2(n!) ~ n (log2 n - log2 e) */
  if (too_many_bits((double)n * (log2((double)n) - 1.4426950408889634))) vm_raise_memory(vm);
  mpz_t z;
  mpz_init(z);
  mpz_fac_ui(z, (unsigned long)n);
  return mpz_result(vm, z);
}

static Value m_gcd(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "math.gcd() takes no keyword arguments");
  mpz_t g, x;
  mpz_inits(g, x, NULL);
  for (int i = 0; i < a->argc; i++) {
    Value v = v_number(vm, a->argv[i]);
    if (!v_is_intlike(v)) {
      mpz_clears(g, x, NULL);
      index_value(vm, a->argv[i]); /* raises */
    }
    int_to_mpz(v, x);
    mpz_gcd(g, g, x);
  }
  mpz_clear(x);
  return mpz_result(vm, g);
}

static Value m_lcm(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "math.lcm() takes no keyword arguments");
  mpz_t l, x;
  mpz_inits(l, x, NULL);
  mpz_set_ui(l, 1);
  for (int i = 0; i < a->argc; i++) {
    Value v = v_number(vm, a->argv[i]);
    if (!v_is_intlike(v)) {
      mpz_clears(l, x, NULL);
      index_value(vm, a->argv[i]); /* raises */
    }
    int_to_mpz(v, x);
    mpz_lcm(l, l, x);
  }
  mpz_clear(x);
  return mpz_result(vm, l);
}

static Value m_isqrt(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.isqrt", 1, 1);
  Value x = index_value(vm, a->argv[0]);
  if (int_sign(x) < 0) vm_raise(vm, &EXC_ValueError, "isqrt() argument must be nonnegative");
  mpz_t z;
  mpz_init(z);
  int_to_mpz(x, z);
  mpz_sqrt(z, z);
  return mpz_result(vm, z);
}

/* comb(n, k) and perm(n, k): validated n, k as int64 where they must fit. */
static void nk_args(VM *vm, const Args *a, Value *n, Value *k) {
  *n = index_value(vm, a->argv[0]);
  *k = index_value(vm, a->argv[1]);
  if (int_sign(*n) < 0) vm_raise(vm, &EXC_ValueError, "n must be a non-negative integer");
  if (int_sign(*k) < 0) vm_raise(vm, &EXC_ValueError, "k must be a non-negative integer");
}

static Value m_comb(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.comb", 2, 2);
  Value vn, vk;
  nk_args(vm, a, &vn, &vk);
  mpz_t n, k, r;
  mpz_inits(n, k, r, NULL);
  int_to_mpz(vn, n);
  int_to_mpz(vk, k);
  if (mpz_cmp(k, n) > 0) {
    mpz_clears(n, k, r, NULL);
    return v_int(0);
  }
  mpz_sub(r, n, k);
  if (mpz_cmp(r, k) < 0) mpz_set(k, r); /* k = min(k, n - k) */
  if (!mpz_fits_ulong_p(k)) {
    mpz_clears(n, k, r, NULL);
    vm_raise(vm, &EXC_OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
  }
  double kd = mpz_get_d(k), nd = mpz_get_d(n);
  if (kd > 0 && too_many_bits(kd * log2(2.718281828459045 * nd / kd))) { /* comb <= (e n / k)**k */
    mpz_clears(n, k, r, NULL);
    vm_raise_memory(vm);
  }
  mpz_bin_ui(r, n, mpz_get_ui(k));
  mpz_clears(n, k, NULL);
  return mpz_result(vm, r);
}

static Value m_perm(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.perm", 1, 2);
  if (a->argc == 1 || is_none(a->argv[1])) {
    Args one = args_pos(1, a->argv);
    return m_factorial(vm, self, &one);
  }
  Value vn, vk;
  nk_args(vm, a, &vn, &vk);
  mpz_t n, k, r;
  mpz_inits(n, k, r, NULL);
  int_to_mpz(vn, n);
  int_to_mpz(vk, k);
  if (mpz_cmp(k, n) > 0) {
    mpz_clears(n, k, r, NULL);
    return v_int(0);
  }
  if (!mpz_fits_ulong_p(k)) {
    mpz_clears(n, k, r, NULL);
    vm_raise(vm, &EXC_OverflowError, "k must not exceed %ld", (long)INT64_MAX);
  }
  unsigned long kk = mpz_get_ui(k);
  if (kk > 0 && too_many_bits((double)kk * log2(mpz_get_d(n)))) { /* perm <= n**k */
    mpz_clears(n, k, r, NULL);
    vm_raise_memory(vm);
  }
  mpz_set_ui(r, 1);
  for (unsigned long i = 0; i < kk; i++) {
    mpz_mul(r, r, n);
    mpz_sub_ui(n, n, 1);
  }
  mpz_clears(n, k, NULL);
  return mpz_result(vm, r);
}

/* ---- iterable reductions ---------------------------------------------- */

static Value m_prod(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  if (a->argc == 0) /* its positional-only iterable: counted before the keywords */
    vm_raise(vm, &EXC_TypeError, "prod() takes exactly 1 positional argument (0 given)");
  args_parse(vm, a, "prod", "iterable,$start", arg);
  Tuple *hold = tuple_new(vm, 2);
  gc_push_root(vm, v_obj(hold));
  hold->items[0] = v_iter(vm, arg[0]);
  hold->items[1] = is_empty(arg[1]) ? v_int(1) : arg[1];
  Value x;
  while (v_next(vm, hold->items[0], &x)) {
    Value acc = hold->items[1];
    int64_t r;
    if (is_int(acc) && is_int(x) && !__builtin_mul_overflow(acc.as.i, x.as.i, &r)) hold->items[1] = v_int(r);
    else if (is_float(acc) && is_float(x)) hold->items[1] = v_float(acc.as.f * x.as.f);
    else hold->items[1] = v_binop(vm, BINOP_MUL, acc, x);
  }
  Value res = hold->items[1];
  gc_pop_roots(vm, 1);
  return res;
}

/* Exact sum of floats: Shewchuk's non-overlapping partials, rounded
** half-even at the end (CPython's math_fsum). A double sum never needs
** more than about 40 partials, so a fixed array suffices. */
static Value m_fsum(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.fsum", 1, 1);
  enum { MAXP = 128 };
  double p[MAXP], special_sum = 0.0, inf_sum = 0.0;
  int n = 0;
  Tuple *hold = tuple_new(vm, 1);
  gc_push_root(vm, v_obj(hold));
  hold->items[0] = v_iter(vm, a->argv[0]);
  Value item;
  while (v_next(vm, hold->items[0], &item)) {
    double x = to_double(vm, item), xsave = x;
    int i = 0;
    for (int j = 0; j < n; j++) {
      double y = p[j];
      if (fabs(x) < fabs(y)) {
        double t = x;
        x = y, y = t;
      }
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) vm_raise(vm, &EXC_OverflowError, "intermediate overflow in fsum");
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else if (n < MAXP) {
        p[n++] = x;
      }
    }
  }
  gc_pop_roots(vm, 1);
  if (special_sum != 0.0) {
    if (isnan(inf_sum)) vm_raise(vm, &EXC_ValueError, "-inf + inf in fsum");
    return v_float(special_sum);
  }
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return v_float(hi);
}

/* Euclidean norm of n values, as CPython 3.11's math.hypot and math.dist
** compute it (so the last bit agrees): the values scaled by a power of two
** to just below 1, each square split exactly (Veltkamp) into hi*hi,
** 2*hi*lo and lo*lo, summed with three compensation terms onto 1.0, the
** square root corrected once by the residual of its own square. */
static void split27(double x, double *hi, double *lo) {
  double t = x * 134217729.0; /* 2**27 + 1 */
  *hi = t - (t - x);
  *lo = x - *hi;
}

static void add_comp(double *csum, double *frac, double x) {
  double old = *csum;
  *csum += x;
  *frac += (old - *csum) + x;
}

static double vector_norm(int64_t n, double *v, double max, bool found_nan) {
  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int e;
  frexp(max, &e);
  if (e < -1023) { /* subnormal: scale up first (2**-e would overflow) */
    for (int64_t i = 0; i < n; i++) v[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
  }
  double scale = ldexp(1.0, -e), csum = 1.0, f1 = 0.0, f2 = 0.0, f3 = 0.0, hi, lo;
  for (int64_t i = 0; i < n; i++) {
    split27(v[i] * scale, &hi, &lo);
    add_comp(&csum, &f1, hi * hi);
    add_comp(&csum, &f2, 2.0 * hi * lo);
    f3 += lo * lo;
  }
  double h = sqrt(csum - 1.0 + (f1 + f2 + f3));
  split27(h, &hi, &lo);
  add_comp(&csum, &f1, -hi * hi);
  add_comp(&csum, &f2, -2.0 * hi * lo);
  add_comp(&csum, &f3, -lo * lo);
  double x = csum - 1.0 + (f1 + f2 + f3);
  return (h + x / (2.0 * h)) / scale;
}

double num_py_hypot(double x, double y) {
  double v[2] = {fabs(x), fabs(y)};
  return vector_norm(2, v, v[0] > v[1] ? v[0] : v[1], isnan(x) || isnan(y));
}

static double *vals_from(VM *vm, Value seq, int64_t *n, double *max, bool *nan, const char *what) {
  Value l = list_from_iterable(vm, seq);
  List *list = as_list(l);
  *n = list->n;
  double *v = gc_realloc(vm, NULL, 0, (size_t)(list->n ? list->n : 1) * sizeof(double));
  *max = 0.0, *nan = false;
  for (int64_t i = 0; i < list->n; i++) {
    Value x = v_number(vm, list->items[i]);
    if (!(is_float(x) || v_is_intlike(x))) {
      gc_free_buf(vm, v, (size_t)(list->n ? list->n : 1) * sizeof(double));
      vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(x));
    }
    v[i] = fabs(to_double(vm, x));
    (void)what;
    *nan |= isnan(v[i]);
    if (v[i] > *max) *max = v[i];
  }
  return v;
}

static Value m_hypot(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "math.hypot() takes no keyword arguments");
  Value t = tuple_from(vm, a->argv, a->argc);
  int64_t n;
  double max;
  bool nan;
  double *v = vals_from(vm, t, &n, &max, &nan, "hypot");
  double r = vector_norm(n, v, max, nan);
  gc_free_buf(vm, v, (size_t)(n ? n : 1) * sizeof(double));
  return v_float(r);
}

static Value m_dist(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "math.dist", 2, 2);
  Value p = a->argv[0], q = a->argv[1];
  if (!is_tuple(p) && !is_list(p)) p = tuple_from_iterable(vm, p);
  if (!is_tuple(q) && !is_list(q)) q = tuple_from_iterable(vm, q);
  int64_t n = v_len(vm, p);
  if (v_len(vm, q) != n) vm_raise(vm, &EXC_ValueError, "both points must have the same number of dimensions");
  List *diffs = list_new(vm, n);
  for (int64_t i = 0; i < n; i++) {
    double x = to_double(vm, v_getitem(vm, p, v_int(i))), y = to_double(vm, v_getitem(vm, q, v_int(i)));
    list_append(vm, diffs, v_float(x - y));
  }
  int64_t m;
  double max;
  bool nan;
  double *v = vals_from(vm, v_obj(diffs), &m, &max, &nan, "dist");
  double r = vector_norm(m, v, max, nan);
  gc_free_buf(vm, v, (size_t)(m ? m : 1) * sizeof(double));
  return v_float(r);
}

#define MATH_FUNCS(X)                                                         \
  X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cbrt) X(cos) X(cosh)   \
  X(erf) X(erfc) X(exp) X(exp2) X(expm1) X(fabs) X(log1p) X(sin) X(sinh)      \
  X(sqrt) X(tan) X(tanh) X(gamma) X(lgamma) X(floor) X(ceil) X(trunc) X(log)  \
  X(log2) X(log10) X(pow) X(atan2) X(fmod) X(copysign) X(remainder)           \
  X(nextafter) X(ulp) X(modf) X(frexp) X(ldexp) X(isnan) X(isinf)             \
  X(isfinite) X(isclose) X(degrees) X(radians) X(factorial) X(gcd) X(lcm)     \
  X(isqrt) X(comb) X(perm) X(prod) X(fsum) X(hypot) X(dist)

Module *mod_math_init(VM *vm) {
  Module *m = module_new(vm, "math");
#define X(name) module_add_func(vm, m, #name, m_##name);
  MATH_FUNCS(X)
#undef X
  module_set(vm, m, "pi", v_float(M_PI));
  module_set(vm, m, "e", v_float(M_E));
  module_set(vm, m, "tau", v_float(2.0 * M_PI));
  module_set(vm, m, "inf", v_float(INFINITY));
  module_set(vm, m, "nan", v_float(NAN));
  return m;
}
