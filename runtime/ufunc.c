/*
** ufunc.c — NumPy's universal functions: the elementwise loops (generated
** per ufunc and dtype from one table, UFUNCS in ufunc.h), loop selection with
** NumPy 1.24's promotion, broadcasting, out=/dtype=/where=/casting=, the
** ufunc objects (np.add & co. with .reduce/.accumulate/.outer) and the
** operator slots of ndarray and NumPy scalars.
**
** Float arithmetic here is IEEE-exact (+ - * / sqrt in the order written;
** the build never uses -ffast-math). math-errno is switched off for this
** file so that sqrt compiles to the vector instruction: it changes no result,
** only whether libm would set errno.
*/
#pragma GCC optimize("no-math-errno")

#include "ufunc.h"

#include <dlfcn.h>
#include <malloc.h>
#include <math.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* ---- the table ---------------------------------------------------------- */

const UfDef uf_defs[UF__COUNT] = {
#define X(name, nin, cats, out, ident) {#name, nin, UFC_##cats, UFO_##out, UFI_##ident},
    UFUNCS(X)
#undef X
};

/* Errors found inside a loop; checked after the loop by the caller. */
enum { UFERR_NONE, UFERR_NEGPOW };
static _Thread_local int uf_err;

/* ---- element operations per category ---------------------------------------
** Categories: b bool, s signed int, u unsigned int, f float (float/double,
** type-generic through _Generic), c complex. Integer arithmetic wraps like
** NumPy's (done in uint64_t: signed overflow is undefined in C). */

#define U64(x) ((uint64_t)(x))
#define FN1(fn, x) _Generic((x), float: fn##f, default: fn)(x)
#define FN2(fn, x, y) _Generic((x), float: fn##f, default: fn)(x, y)
#define CRE(z) __real__(z)
#define CIM(z) __imag__(z)

static inline np_complex128 mk128(double re, double im) { return __builtin_complex(re, im); }
static inline np_complex64 mk64(float re, float im) { return __builtin_complex(re, im); }
#define CMK(T, re, im) _Generic((T){0}, np_complex64: mk64, default: mk128)(re, im)

/* NumPy's complex multiply/divide (plain formulas, Smith's division). */
#define DEF_CPLX(T, R, sfx)                                                         \
  static inline T cmul_##sfx(T a, T b) {                                            \
    R ar = CRE(a), ai = CIM(a), br = CRE(b), bi = CIM(b);                           \
    return __builtin_complex((R)(ar * br - ai * bi), (R)(ar * bi + ai * br));       \
  }                                                                                 \
  static inline T cdiv_##sfx(T a, T b) {                                            \
    R ar = CRE(a), ai = CIM(a), br = CRE(b), bi = CIM(b);                           \
    R abr = (R)fabs(br), abi = (R)fabs(bi); /* +0 for -0: 1 / -0j is inf */        \
    if (abr >= abi) {                                                               \
      if (abr == 0 && abi == 0) return __builtin_complex((R)(ar / abr), (R)(ai / abr)); \
      R rat = bi / br, scl = (R)1.0 / (br + bi * rat);                              \
      return __builtin_complex((R)((ar + ai * rat) * scl), (R)((ai - ar * rat) * scl)); \
    }                                                                               \
    R rat = br / bi, scl = (R)1.0 / (bi + br * rat);                                \
    return __builtin_complex((R)((ar * rat + ai) * scl), (R)((ai * rat - ar) * scl)); \
  }                                                                                 \
  /* np.reciprocal's own formula (1/0j is nan+nanj, not 1/(0+0j)'s inf) */        \
  static inline T crecip_##sfx(T a) {                                               \
    R ar = CRE(a), ai = CIM(a);                                                     \
    if ((ai < 0 ? -ai : ai) <= (ar < 0 ? -ar : ar)) {                               \
      R r = ai / ar, d = ar + ai * r;                                               \
      return __builtin_complex((R)((R)1 / d), (R)(-r / d));                         \
    }                                                                               \
    R r = ar / ai, d = ar * r + ai;                                                 \
    return __builtin_complex((R)(r / d), (R)((R)-1 / d));                           \
  }
DEF_CPLX(np_complex64, float, 64)
DEF_CPLX(np_complex128, double, 128)
#define CMUL(a, b) _Generic((a), np_complex64: cmul_64, default: cmul_128)(a, b)
#define CDIV(a, b) _Generic((a), np_complex64: cdiv_64, default: cdiv_128)(a, b)

/* Complex ordering as NumPy defines it (lexicographic, NaN-aware). */
#define CLT(x, y) ((CRE(x) < CRE(y) && !isnan(CIM(x)) && !isnan(CIM(y))) || (CRE(x) == CRE(y) && CIM(x) < CIM(y)))
#define CLE(x, y) ((CRE(x) < CRE(y) && !isnan(CIM(x)) && !isnan(CIM(y))) || (CRE(x) == CRE(y) && CIM(x) <= CIM(y)))
#define CISNAN(x) (isnan(CRE(x)) || isnan(CIM(x)))

/* npy_divmod: Python's floor division and modulo for floats. */
#define DEF_FDIVMOD(T, sfx)                                                         \
  static inline T fdivmod_##sfx(T a, T b, T *modulus) {                             \
    T mod = FN2(fmod, a, b);                                                        \
    if (!b) { *modulus = mod; return a / b; }                                       \
    T div = (a - mod) / b;                                                          \
    if (mod) {                                                                      \
      if ((b < 0) != (mod < 0)) { mod += b; div -= (T)1.0; }                        \
    } else {                                                                        \
      mod = FN2(copysign, (T)0, b);                                                 \
    }                                                                               \
    T floordiv;                                                                     \
    if (div) {                                                                      \
      floordiv = FN1(floor, div);                                                   \
      if (isgreater(div - floordiv, (T)0.5)) floordiv += (T)1.0;                     \
    } else {                                                                        \
      floordiv = FN2(copysign, (T)0, a / b);                                        \
    }                                                                               \
    *modulus = mod;                                                                 \
    return floordiv;                                                                \
  }                                                                                 \
  static inline T ffloordiv_##sfx(T a, T b) {                                       \
    T mod;                                                                          \
    if (!b) return a / b;                                                           \
    return fdivmod_##sfx(a, b, &mod);                                               \
  }                                                                                 \
  static inline T fremainder_##sfx(T a, T b) {                                      \
    T mod;                                                                          \
    if (!b) return FN2(fmod, a, b);                                                 \
    fdivmod_##sfx(a, b, &mod);                                                      \
    return mod;                                                                     \
  }
DEF_FDIVMOD(float, f)
DEF_FDIVMOD(double, d)
double uf_floordiv_f32(double a, double b) { return ffloordiv_f((float)a, (float)b); }
double uf_remainder_f32(double a, double b) { return fremainder_f((float)a, (float)b); }
#define FFLOORDIV(a, b) _Generic((a), float: ffloordiv_f, default: ffloordiv_d)(a, b)
#define FREMAINDER(a, b) _Generic((a), float: fremainder_f, default: fremainder_d)(a, b)

/* Integer floor division / remainder: b == 0 gives 0 (NumPy warns). */
#define S_FLOORDIV(T, a, b)                                                         \
  ((b) == 0 ? (T)0                                                                  \
   : ((b) == -1) ? (T)(0 - U64(a))                                                  \
   : (T)((a) / (b) - ((((a) % (b)) != 0) && (((a) < 0) != ((b) < 0)))))
#define S_REMAINDER(T, a, b)                                                        \
  ((b) == 0 || (b) == -1 ? (T)0                                                     \
   : (T)((((a) % (b)) != 0 && (((a) % (b)) < 0) != ((b) < 0)) ? (a) % (b) + (b) : (a) % (b)))
#define S_FMOD(T, a, b) ((b) == 0 || (b) == -1 ? (T)0 : (T)((a) % (b)))

/* Integer power (NumPy's loop: squaring, wrapping; negative → error flag). */
#define DEF_IPOW(T, sfx, NEG)                                                       \
  static inline T ipow_##sfx(T a, T b) {                                            \
    if (NEG) { uf_err = UFERR_NEGPOW; return 0; }                                   \
    if (b == 0 || a == 1) return 1;                                                 \
    uint64_t base = U64(a), out = (b & 1) ? base : 1;                               \
    uint64_t e = (uint64_t)b >> 1;                                                  \
    while (e > 0) {                                                                 \
      base *= base;                                                                 \
      if (e & 1) out *= base;                                                       \
      e >>= 1;                                                                      \
    }                                                                               \
    return (T)out;                                                                  \
  }
DEF_IPOW(int8_t, i8, b < 0)
DEF_IPOW(uint8_t, u8, 0)
DEF_IPOW(int16_t, i16, b < 0)
DEF_IPOW(uint16_t, u16, 0)
DEF_IPOW(int32_t, i32, b < 0)
DEF_IPOW(uint32_t, u32, 0)
DEF_IPOW(int64_t, i64, b < 0)
DEF_IPOW(uint64_t, u64, 0)
#define IPOW(a, b)                                                                  \
  _Generic((a), int8_t: ipow_i8, uint8_t: ipow_u8, int16_t: ipow_i16, uint16_t: ipow_u16, \
           int32_t: ipow_i32, uint32_t: ipow_u32, int64_t: ipow_i64, default: ipow_u64)(a, b)

/* Shifts: NumPy gives 0 (or -1 for negative right shifts) past the width. */
#define SHL(T, a, b) ((uint64_t)(b) < sizeof(T) * 8 ? (T)(U64(a) << (b)) : (T)0)
#define SHR(T, a, b) ((uint64_t)(b) < sizeof(T) * 8 ? (T)((a) >> (b)) : (a) < 0 ? (T)-1 : (T)0)

/* np.absolute of a complex. NumPy 1.24 on a CPU with AVX512F runs every
** complex absolute loop (strided ones and 0-d too) through its AVX512F
** code: the larger part times sqrt(1 + ratio * ratio), the square by fma,
** an infinite part giving inf and a NaN part NaN. That differs from hypot
** in the last bit for about a third of inputs, so streak does the same
** where NumPy would (checked once); elsewhere NumPy and streak call hypot.
** Python's abs() of a NumPy complex scalar is hypot on every CPU. */
static bool cabs_scaled;
#if defined(__x86_64__)
__attribute__((constructor)) static void cabs_dispatch(void) { cabs_scaled = __builtin_cpu_supports("avx512f"); }
#endif

#define DEF_CABS_SCALED(NAME, T, FABS, SQRT, FMA)                                  \
  static inline T NAME(T re, T im) {                                               \
    re = FABS(re), im = FABS(im);                                                  \
    if (re == INFINITY || im == INFINITY) return INFINITY;                         \
    if (re != re || im != im) return NAN;                                          \
    T big = re > im ? re : im, small = re > im ? im : re;                          \
    T ratio = big == 0 ? 0 : small / big;                                          \
    return SQRT(FMA(ratio, ratio, 1)) * big;                                       \
  }
DEF_CABS_SCALED(cabs_scaled_d, double, fabs, sqrt, fma)
DEF_CABS_SCALED(cabs_scaled_f, float, fabsf, sqrtf, fmaf)
#undef DEF_CABS_SCALED

static inline double cabs_d(np_complex128 z) {
  return cabs_scaled ? cabs_scaled_d(CRE(z), CIM(z)) : hypot(CRE(z), CIM(z));
}
static inline float cabs_f(np_complex64 z) {
  return cabs_scaled ? cabs_scaled_f(CRE(z), CIM(z)) : hypotf(CRE(z), CIM(z));
}
#define CABS(z) _Generic((z), np_complex64: cabs_f, default: cabs_d)(z)
#define CFN(fn, z) _Generic((z), np_complex64: c##fn##f, default: c##fn)(z)

/* The complex loops C has no function for, by NumPy's own formulas
** (funcs.inc.src: nc_exp2, nc_expm1, nc_log1p, nc_log2, nc_log10) in the
** dtype's precision: exp2 and the logarithms scale libm's cexp/clog. */
#define DEF_CEXTRA(T, R, sfx, f)                                                    \
  static T cexp2_##sfx(T z) {                                                       \
    return cexp##f(__builtin_complex((R)(CRE(z) * (R)0.693147180559945309417232121458176568), \
                                     (R)(CIM(z) * (R)0.693147180559945309417232121458176568))); \
  }                                                                                 \
  static T cexpm1_##sfx(T z) {                                                      \
    R a = sin##f(CIM(z) / 2);                                                       \
    return __builtin_complex((R)(expm1##f(CRE(z)) * cos##f(CIM(z)) - 2 * a * a),    \
                             (R)(exp##f(CRE(z)) * sin##f(CIM(z))));                  \
  }                                                                                 \
  static T clog1p_##sfx(T z) {                                                      \
    R l = hypot##f(CRE(z) + 1, CIM(z));                                             \
    R im = atan2##f(CIM(z), CRE(z) + 1);                                            \
    return __builtin_complex(log##f(l), im);                                        \
  }                                                                                 \
  static T clog_scaled_##sfx(T z, R k) {                                            \
    T r = clog##f(z);                                                               \
    return __builtin_complex((R)(CRE(r) * k), (R)(CIM(r) * k));                     \
  }
DEF_CEXTRA(np_complex64, float, 64, f)
DEF_CEXTRA(np_complex128, double, 128, )
#undef DEF_CEXTRA
#define CEXTRA(fn, z) _Generic((z), np_complex64: fn##_64, default: fn##_128)(z)
#define CLOGK(z, k) _Generic((z), np_complex64: clog_scaled_64((z), (float)(k)), default: clog_scaled_128((z), (k)))

/* NumPy's complex power (npy_cpow): small integer exponents by repeated
** multiplication in the dtype's own precision (complex64 multiplies in
** float, so its products round as NumPy's do), others by libm's cpow /
** cpowf as NumPy calls them. */
#define DEF_CPOW(T, R, sfx, libm_cpow)                                              \
  static T cpow##sfx(T a, T b) {                                                    \
    R br = CRE(b), bi = CIM(b);                                                     \
    if (br == 0 && bi == 0) return CMK(T, 1, 0);                                    \
    if (CRE(a) == 0 && CIM(a) == 0) {                                               \
      if (br > 0 && bi == 0) return CMK(T, 0, 0);                                   \
      return CMK(T, NAN, NAN);                                                      \
    }                                                                               \
    if (bi == 0 && br == (R)(int64_t)br && br > -100 && br < 100) {                 \
      int64_t n = (int64_t)br, mask = 1;                                            \
      if (n == 1) return a;                                                         \
      if (n == 2) return cmul_##sfx(a, a);                                          \
      if (n == 3) return cmul_##sfx(cmul_##sfx(a, a), a);                           \
      T aa = CMK(T, 1, 0), p = a;                                                   \
      int64_t m = n < 0 ? -n : n;                                                   \
      while (1) {                                                                   \
        if (m & mask) aa = cmul_##sfx(aa, p);                                       \
        mask <<= 1;                                                                 \
        if (m < mask || mask <= 0) break;                                           \
        p = cmul_##sfx(p, p);                                                       \
      }                                                                             \
      if (n < 0) return cdiv_##sfx(CMK(T, 1, 0), aa);                               \
      return aa;                                                                    \
    }                                                                               \
    return libm_cpow(a, b);                                                         \
  }
DEF_CPOW(np_complex128, double, 128, cpow)
DEF_CPOW(np_complex64, float, 64, cpowf)
#define CPOW(a, b) _Generic((a), np_complex64: cpow64, default: cpow128)(a, b)

/* sign for complex (NumPy 1.24): compared with 0 by the real part, then the
** imaginary; a NaN in either part makes the real part NaN, the imaginary
** part is always 0. */
#define CSIGN_RE(a)                                                                 \
  ((CRE(a) > 0 && !isnan(CIM(a))) || (CRE(a) == 0 && CIM(a) > 0)    ? 1.0            \
   : (CRE(a) < 0 && !isnan(CIM(a))) || (CRE(a) == 0 && CIM(a) < 0) ? -1.0           \
   : CRE(a) == 0 && CIM(a) == 0                                    ? 0.0            \
                                                                   : NAN)
#define CSIGN(T, a) CMK(T, CSIGN_RE(a), 0)
/* NumPy's SIMD max/min: NaN from either side wins; equal values (±0) give b. */
#define FMAXNAN(a, b) (((a) > (b) || isnan(a)) ? (a) : (b))
#define FMINNAN(a, b) (((a) < (b) || isnan(a)) ? (a) : (b))

/* Binary ops: E_<ufunc>_<cat>(T, a, b). */
#define E_add_b(T, a, b) ((T)((a) | (b)))
#define E_add_s(T, a, b) ((T)(U64(a) + U64(b)))
#define E_add_u E_add_s
#define E_add_f(T, a, b) ((a) + (b))
#define E_add_c(T, a, b) ((a) + (b))
#define E_subtract_s(T, a, b) ((T)(U64(a) - U64(b)))
#define E_subtract_u E_subtract_s
#define E_subtract_f(T, a, b) ((a) - (b))
#define E_subtract_c(T, a, b) ((a) - (b))
#define E_multiply_b(T, a, b) ((T)((a) & (b)))
#define E_multiply_s(T, a, b) ((T)(U64(a) * U64(b)))
#define E_multiply_u E_multiply_s
#define E_multiply_f(T, a, b) ((a) * (b))
#define E_multiply_c(T, a, b) CMUL(a, b)
#define E_divide_f(T, a, b) ((a) / (b))
#define E_divide_c(T, a, b) CDIV(a, b)
#define E_floor_divide_s(T, a, b) S_FLOORDIV(T, a, b)
#define E_floor_divide_u(T, a, b) ((b) == 0 ? (T)0 : (T)((a) / (b)))
#define E_floor_divide_f(T, a, b) FFLOORDIV(a, b)
#define E_remainder_s(T, a, b) S_REMAINDER(T, a, b)
#define E_remainder_u(T, a, b) ((b) == 0 ? (T)0 : (T)((a) % (b)))
#define E_remainder_f(T, a, b) FREMAINDER(a, b)
#define E_fmod_s(T, a, b) S_FMOD(T, a, b)
#define E_fmod_u E_remainder_u
#define E_fmod_f(T, a, b) FN2(fmod, a, b)
#define E_power_s(T, a, b) IPOW(a, b)
#define E_power_u E_power_s
#define E_power_f(T, a, b) FN2(pow, a, b)
#define E_power_c(T, a, b) CPOW(a, b)
#define E_maximum_b(T, a, b) ((T)((a) | (b)))
#define E_maximum_s(T, a, b) ((a) > (b) ? (a) : (b))
#define E_maximum_u E_maximum_s
#define E_maximum_f(T, a, b) FMAXNAN(a, b)
#define E_maximum_c(T, a, b) ((CISNAN(a) || CLE(b, a)) ? (a) : (b))
#define E_minimum_b(T, a, b) ((T)((a) & (b)))
#define E_minimum_s(T, a, b) ((a) < (b) ? (a) : (b))
#define E_minimum_u E_minimum_s
#define E_minimum_f(T, a, b) FMINNAN(a, b)
#define E_minimum_c(T, a, b) ((CISNAN(a) || CLE(a, b)) ? (a) : (b))
#define E_fmax_b E_maximum_b
#define E_fmax_s E_maximum_s
#define E_fmax_u E_maximum_s
#define E_fmax_f(T, a, b) (((a) > (b) || isnan(b)) ? (a) : (b)) /* ties (±0) give b, as NumPy */
#define E_fmin_b E_minimum_b
#define E_fmin_s E_minimum_s
#define E_fmin_u E_minimum_s
#define E_fmin_f(T, a, b) (((a) < (b) || isnan(b)) ? (a) : (b))
/* NumPy's complex fmax/fmin: a NaN part in b, or a >= b (<= b) in the
** lexicographic order, keeps a */
#define E_fmax_c(T, a, b) ((CISNAN(b) || CLE(b, a)) ? (a) : (b))
#define E_fmin_c(T, a, b) ((CISNAN(b) || CLE(a, b)) ? (a) : (b))
#define E_arctan2_f(T, a, b) FN2(atan2, a, b)
#define E_hypot_f(T, a, b) FN2(hypot, a, b)
#define E_copysign_f(T, a, b) FN2(copysign, a, b)
#define E_bitwise_and_b(T, a, b) ((T)((a) & (b)))
#define E_bitwise_and_s E_bitwise_and_b
#define E_bitwise_and_u E_bitwise_and_b
#define E_bitwise_or_b(T, a, b) ((T)((a) | (b)))
#define E_bitwise_or_s E_bitwise_or_b
#define E_bitwise_or_u E_bitwise_or_b
#define E_bitwise_xor_b(T, a, b) ((T)((a) ^ (b)))
#define E_bitwise_xor_s E_bitwise_xor_b
#define E_bitwise_xor_u E_bitwise_xor_b
#define E_left_shift_s(T, a, b) SHL(T, a, b)
#define E_left_shift_u E_left_shift_s
#define E_right_shift_s(T, a, b) SHR(T, a, b)
#define E_right_shift_u(T, a, b) ((uint64_t)(b) < sizeof(T) * 8 ? (T)((a) >> (b)) : (T)0)
/* comparisons → np_bool */
#define E_equal_b(T, a, b) ((np_bool)((a) == (b)))
#define E_equal_s E_equal_b
#define E_equal_u E_equal_b
#define E_equal_f E_equal_b
#define E_equal_c(T, a, b) ((np_bool)(CRE(a) == CRE(b) && CIM(a) == CIM(b)))
#define E_not_equal_b(T, a, b) ((np_bool)((a) != (b)))
#define E_not_equal_s E_not_equal_b
#define E_not_equal_u E_not_equal_b
#define E_not_equal_f E_not_equal_b
#define E_not_equal_c(T, a, b) ((np_bool)(CRE(a) != CRE(b) || CIM(a) != CIM(b)))
#define E_less_b(T, a, b) ((np_bool)((a) < (b)))
#define E_less_s E_less_b
#define E_less_u E_less_b
#define E_less_f E_less_b
#define E_less_c(T, a, b) ((np_bool)CLT(a, b))
#define E_less_equal_b(T, a, b) ((np_bool)((a) <= (b)))
#define E_less_equal_s E_less_equal_b
#define E_less_equal_u E_less_equal_b
#define E_less_equal_f E_less_equal_b
#define E_less_equal_c(T, a, b) ((np_bool)CLE(a, b))
#define E_greater_b(T, a, b) ((np_bool)((a) > (b)))
#define E_greater_s E_greater_b
#define E_greater_u E_greater_b
#define E_greater_f E_greater_b
#define E_greater_c(T, a, b) ((np_bool)CLT(b, a))
#define E_greater_equal_b(T, a, b) ((np_bool)((a) >= (b)))
#define E_greater_equal_s E_greater_equal_b
#define E_greater_equal_u E_greater_equal_b
#define E_greater_equal_f E_greater_equal_b
#define E_greater_equal_c(T, a, b) ((np_bool)CLE(b, a))
#define CNZ(z) (CRE(z) != 0 || CIM(z) != 0)
#define E_logical_and_b(T, a, b) ((np_bool)((a) != 0 && (b) != 0))
#define E_logical_and_s E_logical_and_b
#define E_logical_and_u E_logical_and_b
#define E_logical_and_f E_logical_and_b
#define E_logical_and_c(T, a, b) ((np_bool)(CNZ(a) && CNZ(b)))
#define E_logical_or_b(T, a, b) ((np_bool)((a) != 0 || (b) != 0))
#define E_logical_or_s E_logical_or_b
#define E_logical_or_u E_logical_or_b
#define E_logical_or_f E_logical_or_b
#define E_logical_or_c(T, a, b) ((np_bool)(CNZ(a) || CNZ(b)))
#define E_logical_xor_b(T, a, b) ((np_bool)(((a) != 0) != ((b) != 0)))
#define E_logical_xor_s E_logical_xor_b
#define E_logical_xor_u E_logical_xor_b
#define E_logical_xor_f E_logical_xor_b
#define E_logical_xor_c(T, a, b) ((np_bool)(CNZ(a) != CNZ(b)))

/* Unary ops: E_<ufunc>_<cat>(T, a). */
#define E_negative_s(T, a) ((T)(0 - U64(a)))
#define E_negative_u E_negative_s
#define E_negative_f(T, a) (-(a))
#define E_negative_c(T, a) (-(a))
#define E_positive_s(T, a) (a)
#define E_positive_u E_positive_s
#define E_positive_f E_positive_s
#define E_positive_c E_positive_s
#define E_absolute_b(T, a) (a)
#define E_absolute_s(T, a) ((a) < 0 ? (T)(0 - U64(a)) : (a))
#define E_absolute_u(T, a) (a)
#define E_absolute_f(T, a) FN1(fabs, a)
#define E_absolute_c(T, a) CABS(a)
#define E_sign_s(T, a) ((T)((a) > 0 ? 1 : (a) < 0 ? -1 : 0))
#define E_sign_u(T, a) ((T)((a) > 0 ? 1 : 0))
#define E_sign_f(T, a) ((a) > 0 ? (T)1 : (a) < 0 ? (T)-1 : (a) == 0 ? (T)0 : (a))
#define E_sign_c(T, a) CSIGN(T, a)
#define E_conjugate_s(T, a) (a)
#define E_conjugate_u E_conjugate_s
#define E_conjugate_f E_conjugate_s
#define E_conjugate_c(T, a) CMK(T, CRE(a), -CIM(a))
#define E_square_s(T, a) ((T)(U64(a) * U64(a)))
#define E_square_u E_square_s
#define E_square_f(T, a) ((a) * (a))
#define E_square_c(T, a) CMUL(a, a)
/* NumPy computes 1.0 / a and converts: inf (a == 0) becomes x86's "integer
   indefinite" INT_MIN for 32- and 64-bit ints, while int8/int16 convert
   through int32 and keep its low bits, 0. */
#define E_reciprocal_s(T, a)                                                            \
  ((T)((a) == 0 ? (sizeof(T) >= 4 ? (int64_t)(U64(1) << (8 * sizeof(T) - 1)) : 0)      \
       : (a) == 1 ? 1 : (a) == -1 ? -1 : 0))
#define E_reciprocal_u(T, a) ((T)((a) == 1 ? 1 : 0))
#define E_reciprocal_f(T, a) ((T)1.0 / (a))
#define E_reciprocal_c(T, a) _Generic((a), np_complex64: crecip_64, default: crecip_128)(a)
#define E_invert_b(T, a) ((T)!(a))
#define E_invert_s(T, a) ((T)~(a))
#define E_invert_u E_invert_s
#define E_logical_not_b(T, a) ((np_bool)((a) == 0))
#define E_logical_not_s E_logical_not_b
#define E_logical_not_u E_logical_not_b
#define E_logical_not_f E_logical_not_b
#define E_logical_not_c(T, a) ((np_bool)!CNZ(a))
#define E_isnan_b(T, a) ((void)(a), (np_bool)0)
#define E_isnan_s E_isnan_b
#define E_isnan_u E_isnan_b
#define E_isnan_f(T, a) ((np_bool)(isnan(a) != 0))
#define E_isnan_c(T, a) ((np_bool)CISNAN(a))
#define E_isinf_b E_isnan_b
#define E_isinf_s E_isnan_b
#define E_isinf_u E_isnan_b
#define E_isinf_f(T, a) ((np_bool)(isinf(a) != 0))
#define E_isinf_c(T, a) ((np_bool)(isinf(CRE(a)) || isinf(CIM(a))))
#define E_isfinite_b(T, a) ((void)(a), (np_bool)1)
#define E_isfinite_s E_isfinite_b
#define E_isfinite_u E_isfinite_b
#define E_isfinite_f(T, a) ((np_bool)(isfinite(a) != 0))
#define E_isfinite_c(T, a) ((np_bool)(isfinite(CRE(a)) && isfinite(CIM(a))))
#define E_signbit_f(T, a) ((np_bool)(signbit(a) != 0))
#define E_sqrt_f(T, a) FN1(sqrt, a)
#define E_sqrt_c(T, a) CFN(sqrt, a)
#define E_exp_f(T, a) FN1(exp, a)
#define E_exp_c(T, a) CFN(exp, a)
#define E_exp2_f(T, a) FN1(exp2, a)
#define E_expm1_f(T, a) FN1(expm1, a)
#define E_exp2_c(T, a) CEXTRA(cexp2, a)
#define E_expm1_c(T, a) CEXTRA(cexpm1, a)
#define E_log_f(T, a) FN1(log, a)
#define E_log_c(T, a) CFN(log, a)
#define E_log2_f(T, a) FN1(log2, a)
#define E_log10_f(T, a) FN1(log10, a)
#define E_log1p_f(T, a) FN1(log1p, a)
#define E_log2_c(T, a) CLOGK(a, 1.442695040888963407359924681001892137)
#define E_log10_c(T, a) CLOGK(a, 0.434294481903251827651128918916605082)
#define E_log1p_c(T, a) CEXTRA(clog1p, a)
#define E_sin_f(T, a) FN1(sin, a)
#define E_sin_c(T, a) CFN(sin, a)
#define E_cos_f(T, a) FN1(cos, a)
#define E_cos_c(T, a) CFN(cos, a)
#define E_tan_f(T, a) FN1(tan, a)
#define E_tan_c(T, a) CFN(tan, a)
#define E_arcsin_f(T, a) FN1(asin, a)
#define E_arcsin_c(T, a) CFN(asin, a)
#define E_arccos_f(T, a) FN1(acos, a)
#define E_arccos_c(T, a) CFN(acos, a)
#define E_arctan_f(T, a) FN1(atan, a)
#define E_arctan_c(T, a) CFN(atan, a)
#define E_sinh_f(T, a) FN1(sinh, a)
#define E_sinh_c(T, a) CFN(sinh, a)
#define E_cosh_f(T, a) FN1(cosh, a)
#define E_cosh_c(T, a) CFN(cosh, a)
#define E_tanh_f(T, a) FN1(tanh, a)
#define E_tanh_c(T, a) CFN(tanh, a)
#define E_arcsinh_f(T, a) FN1(asinh, a)
#define E_arcsinh_c(T, a) CFN(asinh, a)
#define E_arccosh_f(T, a) FN1(acosh, a)
#define E_arccosh_c(T, a) CFN(acosh, a)
#define E_arctanh_f(T, a) FN1(atanh, a)
#define E_arctanh_c(T, a) CFN(atanh, a)
#define E_deg2rad_f(T, a) ((a) * (T)(M_PI / 180.0))
#define E_rad2deg_f(T, a) ((a) * (T)(180.0 / M_PI))
#define E_floor_f(T, a) FN1(floor, a)
#define E_ceil_f(T, a) FN1(ceil, a)
#define E_trunc_f(T, a) FN1(trunc, a)
#define E_rint_f(T, a) FN1(rint, a)
#define E_rint_c(T, a) CMK(T, FN1(rint, CRE(a)), FN1(rint, CIM(a)))

/* ---- loop generation -------------------------------------------------------
** Y(U, O, DTNAME, ctype, cat) per supported dtype of ufunc U (output O). */
#define DT_B(Y, U, O) Y(U, O, BOOL, np_bool, b)
#define DT_I(Y, U, O)                                                               \
  Y(U, O, INT8, int8_t, s) Y(U, O, UINT8, uint8_t, u) Y(U, O, INT16, int16_t, s)    \
  Y(U, O, UINT16, uint16_t, u) Y(U, O, INT32, int32_t, s) Y(U, O, UINT32, uint32_t, u) \
  Y(U, O, INT64, int64_t, s) Y(U, O, UINT64, uint64_t, u)
#define DT_F(Y, U, O) Y(U, O, FLOAT32, float, f) Y(U, O, FLOAT64, double, f)
#define DT_C(Y, U, O) Y(U, O, COMPLEX64, np_complex64, c) Y(U, O, COMPLEX128, np_complex128, c)
#define T_BIFC(Y, U, O) DT_B(Y, U, O) DT_I(Y, U, O) DT_F(Y, U, O) DT_C(Y, U, O)
#define T_IFC(Y, U, O) DT_I(Y, U, O) DT_F(Y, U, O) DT_C(Y, U, O)
#define T_BIF(Y, U, O) DT_B(Y, U, O) DT_I(Y, U, O) DT_F(Y, U, O)
#define T_IF(Y, U, O) DT_I(Y, U, O) DT_F(Y, U, O)
#define T_FC(Y, U, O) DT_F(Y, U, O) DT_C(Y, U, O)
#define T_BI(Y, U, O) DT_B(Y, U, O) DT_I(Y, U, O)
#define T_F(Y, U, O) DT_F(Y, U, O)
#define T_I(Y, U, O) DT_I(Y, U, O)

#define OT_SAME(T) T
#define OT_BOOL(T) np_bool
#define OT_REAL(T) __typeof__(__real__(*(T *)0))

/* Float loops get AVX-512/AVX2 clones (picked once at load time by ifunc):
** the same IEEE operations, wider vectors. */
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define CLONES_f __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CLONES_f
#endif
#define CLONES_b
#define CLONES_s
#define CLONES_u
#define CLONES_c

#define GEN_2(U, O, D, T, K)                                                        \
  CLONES_##K static void loop_##U##_##D(char **args, const int64_t *st, int64_t n) {           \
    typedef T TI;                                                                   \
    typedef OT_##O(T) TO;                                                           \
    const char *p0 = args[0], *p1 = args[1];                                        \
    char *p2 = args[2];                                                             \
    const int64_t s0 = st[0], s1 = st[1], s2 = st[2];                               \
    if (s2 == (int64_t)sizeof(TO)) {                                                \
      TO *o = (TO *)p2;                                                             \
      if (s0 == (int64_t)sizeof(TI) && s1 == (int64_t)sizeof(TI)) {                 \
        const TI *x = (const TI *)p0, *y = (const TI *)p1;                          \
        if ((const void *)x == (const void *)o && sizeof(TI) == sizeof(TO)) {       \
          /* in place (a += b, reductions along axis 0): written so the  */        \
          /* vectoriser's overlap check is only between o and y          */        \
          for (int64_t i = 0; i < n; i++) {                                         \
            TI a = *(const TI *)(o + i), b = y[i];                                  \
            o[i] = E_##U##_##K(TI, a, b);                                           \
          }                                                                         \
          return;                                                                   \
        }                                                                           \
        for (int64_t i = 0; i < n; i++) {                                           \
          TI a = x[i], b = y[i];                                                    \
          o[i] = E_##U##_##K(TI, a, b);                                             \
        }                                                                           \
        return;                                                                     \
      }                                                                             \
      if (s0 == (int64_t)sizeof(TI) && s1 == 0) {                                   \
        const TI *x = (const TI *)p0;                                               \
        const TI b = *(const TI *)p1;                                               \
        for (int64_t i = 0; i < n; i++) {                                           \
          TI a = x[i];                                                              \
          o[i] = E_##U##_##K(TI, a, b);                                             \
        }                                                                           \
        return;                                                                     \
      }                                                                             \
      if (s0 == 0 && s1 == (int64_t)sizeof(TI)) {                                   \
        const TI *y = (const TI *)p1;                                               \
        const TI a = *(const TI *)p0;                                               \
        for (int64_t i = 0; i < n; i++) {                                           \
          TI b = y[i];                                                              \
          o[i] = E_##U##_##K(TI, a, b);                                             \
        }                                                                           \
        return;                                                                     \
      }                                                                             \
    }                                                                               \
    for (int64_t i = 0; i < n; i++, p0 += s0, p1 += s1, p2 += s2) {                 \
      TI a = *(const TI *)p0, b = *(const TI *)p1;                                  \
      *(TO *)p2 = E_##U##_##K(TI, a, b);                                            \
    }                                                                               \
  }

#define GEN_1(U, O, D, T, K)                                                        \
  CLONES_##K static void loop_##U##_##D(char **args, const int64_t *st, int64_t n) {           \
    typedef T TI;                                                                   \
    typedef OT_##O(T) TO;                                                           \
    const char *p0 = args[0];                                                       \
    char *p1 = args[1];                                                             \
    const int64_t s0 = st[0], s1 = st[1];                                           \
    if (s0 == (int64_t)sizeof(TI) && s1 == (int64_t)sizeof(TO)) {                   \
      const TI *x = (const TI *)p0;                                                 \
      TO *o = (TO *)p1;                                                             \
      for (int64_t i = 0; i < n; i++) {                                             \
        TI a = x[i];                                                                \
        o[i] = E_##U##_##K(TI, a);                                                  \
      }                                                                             \
      return;                                                                       \
    }                                                                               \
    for (int64_t i = 0; i < n; i++, p0 += s0, p1 += s1) {                           \
      TI a = *(const TI *)p0;                                                       \
      *(TO *)p1 = E_##U##_##K(TI, a);                                               \
    }                                                                               \
  }

#define X(name, nin, cats, out, ident) T_##cats(GEN_##nin, name, out)
UFUNCS(X)
#undef X

#define TAB_ENTRY(U, O, D, T, K) [DT_##D] = loop_##U##_##D,
static UfLoop uf_loops[UF__COUNT][DT__COUNT] = {
#define X(name, nin, cats, out, ident) [UF_##name] = {T_##cats(TAB_ENTRY, name, out)},
    UFUNCS(X)
#undef X
};

UfLoop uf_loop(UfId id, DType dt) { return uf_loops[id][dt]; }

/* ---- libmvec ---------------------------------------------------------------
** glibc's vector math (≤4 ulp, SPEC.md allows it for transcendentals), looked
** up with dlsym so the build needs no extra library. Used only on contiguous
** float64 runs; the scalar loop handles the tail and strided data. */
#if defined(__x86_64__)
#include <immintrin.h>
typedef __m512d (*Mvec8)(__m512d);
typedef __m256d (*Mvec4)(__m256d);
static Mvec8 mvec8[UF__COUNT];
static Mvec4 mvec4[UF__COUNT];

__attribute__((target("avx512f"))) static int64_t mvec_run8(Mvec8 f, const double *x, double *o,
                                                            int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) _mm512_storeu_pd(o + i, f(_mm512_loadu_pd(x + i)));
  return i;
}
__attribute__((target("avx2"))) static int64_t mvec_run4(Mvec4 f, const double *x, double *o,
                                                         int64_t n) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) _mm256_storeu_pd(o + i, f(_mm256_loadu_pd(x + i)));
  return i;
}

#define MVEC_FUNCS(Y) Y(exp, exp) Y(log, log) Y(sin, sin) Y(cos, cos) Y(tan, tan) \
  Y(arcsin, asin) Y(arccos, acos) Y(arctan, atan) Y(sinh, sinh) Y(cosh, cosh)    \
  Y(tanh, tanh) Y(exp2, exp2) Y(expm1, expm1) Y(log2, log2) Y(log10, log10)        \
  Y(log1p, log1p) Y(arcsinh, asinh) Y(arccosh, acosh) Y(arctanh, atanh)

#define MVEC_LOOP(U, fn)                                                            \
  static void mloop_##U(char **args, const int64_t *st, int64_t n) {                \
    if (st[0] == 8 && st[1] == 8) {                                                 \
      const double *x = (const double *)args[0];                                    \
      double *o = (double *)args[1];                                                \
      int64_t done = mvec8[UF_##U] ? mvec_run8(mvec8[UF_##U], x, o, n)              \
                                   : mvec_run4(mvec4[UF_##U], x, o, n);             \
      for (int64_t i = done; i < n; i++) o[i] = fn(x[i]);                           \
      return;                                                                       \
    }                                                                               \
    loop_##U##_FLOAT64(args, st, n);                                                \
  }
MVEC_FUNCS(MVEC_LOOP)
#undef MVEC_LOOP

void uf_mvec_init(void) {
  static bool done;
  if (done) return;
  done = true;
  if (getenv("STREAK_NO_MVEC")) return;
  bool has512 = __builtin_cpu_supports("avx512f"), has2 = __builtin_cpu_supports("avx2");
  if (!has512 && !has2) return;
  void *h = dlopen("libmvec.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!h) return;
#define MVEC_LOOKUP(U, fn)                                                          \
  {                                                                                 \
    void *p8 = has512 ? dlsym(h, "_ZGVeN8v_" #fn) : NULL;                           \
    void *p4 = has2 ? dlsym(h, "_ZGVdN4v_" #fn) : NULL;                             \
    if (p8) memcpy(&mvec8[UF_##U], &p8, sizeof p8);                                 \
    if (p4) memcpy(&mvec4[UF_##U], &p4, sizeof p4);                                 \
    if (p8 || p4) uf_loops[UF_##U][DT_FLOAT64] = mloop_##U;                         \
  }
  MVEC_FUNCS(MVEC_LOOKUP)
#undef MVEC_LOOKUP
}
#else
void uf_mvec_init(void) {}
#endif

/* ---- sqrt ------------------------------------------------------------------
** gcc keeps a scalar errno check around sqrt() unless the whole file is built
** with -fno-math-errno (the optimize pragma cannot change it), so the
** contiguous float sqrt loops use the vector instruction directly. IEEE sqrt
** is correctly rounded: every width gives the same bits. */
#if defined(__x86_64__)
__attribute__((target("avx512f"))) static void sqrt_f64_512(const double *x, double *o, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) _mm512_storeu_pd(o + i, _mm512_sqrt_pd(_mm512_loadu_pd(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x[i])));
}
__attribute__((target("avx512f"))) static void sqrt_f32_512(const float *x, float *o, int64_t n) {
  int64_t i = 0;
  for (; i + 16 <= n; i += 16) _mm512_storeu_ps(o + i, _mm512_sqrt_ps(_mm512_loadu_ps(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x[i])));
}
__attribute__((target("avx2"))) static void sqrt_f64_256(const double *x, double *o, int64_t n) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) _mm256_storeu_pd(o + i, _mm256_sqrt_pd(_mm256_loadu_pd(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x[i])));
}
__attribute__((target("avx2"))) static void sqrt_f32_256(const float *x, float *o, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) _mm256_storeu_ps(o + i, _mm256_sqrt_ps(_mm256_loadu_ps(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x[i])));
}
static void sqrt_f64_128(const double *x, double *o, int64_t n) {
  int64_t i = 0;
  for (; i + 2 <= n; i += 2) _mm_storeu_pd(o + i, _mm_sqrt_pd(_mm_loadu_pd(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x[i])));
}
static void sqrt_f32_128(const float *x, float *o, int64_t n) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) _mm_storeu_ps(o + i, _mm_sqrt_ps(_mm_loadu_ps(x + i)));
  for (; i < n; i++) o[i] = _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x[i])));
}
static void (*sqrt_f64_v)(const double *, double *, int64_t) = sqrt_f64_128;
static void (*sqrt_f32_v)(const float *, float *, int64_t) = sqrt_f32_128;

static void vloop_sqrt_f64(char **args, const int64_t *st, int64_t n) {
  if (st[0] == 8 && st[1] == 8) sqrt_f64_v((const double *)args[0], (double *)args[1], n);
  else loop_sqrt_FLOAT64(args, st, n);
}
static void vloop_sqrt_f32(char **args, const int64_t *st, int64_t n) {
  if (st[0] == 4 && st[1] == 4) sqrt_f32_v((const float *)args[0], (float *)args[1], n);
  else loop_sqrt_FLOAT32(args, st, n);
}

/* np.absolute of complex128 where NumPy takes its AVX512F code (cabs_d):
** eight at a time with that code's operations (deinterleave, |re| |im|,
** larger * sqrt(fma(r, r, 1)), inf then NaN forced), the rest one by one
** through cabs_scaled_d, inlined here where fma is an instruction (the
** generic loop calls libm's). */
__attribute__((target("avx512f,fma"))) static void cabs_loop_512(char **args, const int64_t *st, int64_t n) {
  const char *in = args[0];
  char *out = args[1];
  int64_t i = 0;
  if (st[0] == 16 && st[1] == 8) {
    const double *x = (const double *)(const void *)in;
    double *o = (double *)(void *)out;
    const __m512i ire = _mm512_setr_epi64(0, 2, 4, 6, 8, 10, 12, 14), iim = _mm512_setr_epi64(1, 3, 5, 7, 9, 11, 13, 15);
    const __m512d inf = _mm512_set1_pd(INFINITY), nan = _mm512_set1_pd(NAN), one = _mm512_set1_pd(1.0);
    for (; i + 8 <= n; i += 8) {
      __m512d a = _mm512_loadu_pd(x + 2 * i), b = _mm512_loadu_pd(x + 2 * i + 8);
      __m512d re = _mm512_abs_pd(_mm512_permutex2var_pd(a, ire, b));
      __m512d im = _mm512_abs_pd(_mm512_permutex2var_pd(a, iim, b));
      __mmask8 isinf = _mm512_cmp_pd_mask(re, inf, _CMP_EQ_OQ) | _mm512_cmp_pd_mask(im, inf, _CMP_EQ_OQ);
      __mmask8 isnan = _mm512_cmp_pd_mask(re, im, _CMP_UNORD_Q);
      __m512d big = _mm512_max_pd(re, im), small = _mm512_min_pd(re, im);
      __mmask8 div = _mm512_cmp_pd_mask(big, _mm512_setzero_pd(), _CMP_NEQ_OQ);
      __m512d ratio = _mm512_maskz_div_pd(div, small, big);
      __m512d h = _mm512_mul_pd(_mm512_sqrt_pd(_mm512_fmadd_pd(ratio, ratio, one)), big);
      h = _mm512_mask_mov_pd(h, isnan, nan);
      h = _mm512_mask_mov_pd(h, isinf, inf);
      _mm512_storeu_pd(o + i, h);
    }
  }
  for (; i < n; i++) {
    const double *z = (const double *)(const void *)(in + i * st[0]);
    *(double *)(void *)(out + i * st[1]) = cabs_scaled_d(z[0], z[1]);
  }
}

static void uf_sqrt_init(void) {
  if (__builtin_cpu_supports("avx512f")) sqrt_f64_v = sqrt_f64_512, sqrt_f32_v = sqrt_f32_512;
  else if (__builtin_cpu_supports("avx2")) sqrt_f64_v = sqrt_f64_256, sqrt_f32_v = sqrt_f32_256;
  uf_loops[UF_sqrt][DT_FLOAT64] = vloop_sqrt_f64;
  uf_loops[UF_sqrt][DT_FLOAT32] = vloop_sqrt_f32;
  if (cabs_scaled && __builtin_cpu_supports("fma")) uf_loops[UF_absolute][DT_COMPLEX128] = cabs_loop_512;
}
#else
static void uf_sqrt_init(void) {}
#endif

/* ---- type resolution ---------------------------------------------------- */

static int cat_of(DType t) {
  switch (dt_kind(t)) {
  case 'b': return UFC_B;
  case 'i': case 'u': return UFC_I;
  case 'f': return UFC_F;
  default: return UFC_C;
  }
}

/* Ufuncs whose type resolver is NumPy's "simple uniform" one (loop chosen
** from result_type of all operands); the others use the default resolver,
** which tests each operand against each loop in turn (value-based for
** scalars), so e.g. uint8_array ^ 256 picks int16 where + picks uint16. */
static bool uniform_resolver(UfId id) {
  switch (id) {
  case UF_add: case UF_subtract: case UF_multiply: case UF_maximum: case UF_minimum:
  case UF_fmax: case UF_fmin: case UF_equal: case UF_not_equal: case UF_less:
  case UF_less_equal: case UF_greater: case UF_greater_equal:
    return true;
  default:
    return false;
  }
}

static DType signed_of(DType t) {
  switch (t) {
  case DT_UINT8: return DT_INT8;
  case DT_UINT16: return DT_INT16;
  case DT_UINT32: return DT_INT32;
  case DT_UINT64: return DT_INT64;
  default: return t;
  }
}

/* The default type resolver's linear search; -1 if no loop fits. With
** out_dt >= 0 only loops whose output is out_dt count (dtype=out_dt). */
static int resolve_default(VM *vm, UfId id, int nin, const Value *ops, int out_dt) {
  DType dts[4];
  DtScalar sc[4];
  bool is_sc[4];
  int max_arr = -1, max_sc = -1;
  for (int i = 0; i < nin; i++) {
    Value v = ops[i];
    is_sc[i] = false;
    if (is_array(v) && as_array(v)->ndim > 0) {
      dts[i] = (DType)as_array(v)->dtype;
      if (dt_kind_order(dts[i]) > max_arr) max_arr = dt_kind_order(dts[i]);
      continue;
    }
    Value sv = is_array(v) ? arr_scalar_from(vm, (DType)as_array(v)->dtype, as_array(v)->data) : v;
    if (!arr_scalar_info(sv, &sc[i])) return -2;
    dts[i] = sc[i].dtype;
    is_sc[i] = true;
    if (dt_kind_order(dts[i]) > max_sc) max_sc = dt_kind_order(dts[i]);
  }
  bool use_min = max_arr >= 0 && max_sc >= 0 && max_arr >= max_sc;
  for (int t = 0; t < DT__COUNT; t++) {
    if (!uf_loops[id][t] || (out_dt >= 0 && (int)uf_out_dtype(id, (DType)t) != out_dt)) continue;
    bool ok = true;
    for (int i = 0; ok && i < nin; i++) {
      DType from = dts[i];
      if (is_sc[i] && use_min) {
        bool small_unsigned = false;
        from = dt_min_scalar_type(&sc[i], &small_unsigned);
        if (small_unsigned && !dt_is_unsigned((DType)t)) from = signed_of(from);
      }
      ok = dt_can_cast_safe(from, (DType)t);
    }
    if (ok) return t;
  }
  return -1;
}

int uf_resolve(UfId id, DType rt) {
  const UfDef *d = &uf_defs[id];
  if (id == UF_divide && (dt_is_bool(rt) || dt_is_int(rt))) return DT_FLOAT64;
  for (int t = 0; t < DT__COUNT; t++)
    if ((d->cats & cat_of((DType)t)) && dt_can_cast_safe(rt, (DType)t)) return t;
  return -1;
}

DType uf_out_dtype(UfId id, DType dt) {
  switch (uf_defs[id].out) {
  case UFO_BOOL: return DT_BOOL;
  case UFO_REAL: return dt_real_of(dt);
  default: return dt;
  }
}

static int kind_rank(DType t) {
  switch (dt_kind(t)) {
  case 'b': return 0;
  case 'u': return 1;
  case 'i': return 2;
  case 'f': return 3;
  default: return 4;
  }
}

bool uf_can_cast(DType from, DType to, const char *casting) {
  if (!casting || !strcmp(casting, "same_kind"))
    return dt_can_cast_safe(from, to) || kind_rank(from) <= kind_rank(to);
  if (!strcmp(casting, "unsafe")) return true;
  if (!strcmp(casting, "safe")) return dt_can_cast_safe(from, to);
  return from == to; /* "no", "equiv" */
}

/* The UFuncTypeError family: TypeError subclasses with NumPy's names. */
Type UF_EXC_OUTPUT_CASTING, UF_EXC_NO_LOOP, UF_EXC_CASTING, UF_EXC_AXIS;
static void uf_init_exc_types(void) {
  static bool done;
  if (done) return;
  done = true;
  UF_EXC_OUTPUT_CASTING = EXC_TypeError;
  UF_EXC_OUTPUT_CASTING.name = "numpy.core._exceptions._UFuncOutputCastingError";
  UF_EXC_OUTPUT_CASTING.base = &EXC_TypeError;
  UF_EXC_OUTPUT_CASTING.shown_name = "UFuncTypeError"; /* NumPy's _display_as_base */
  UF_EXC_CASTING = UF_EXC_OUTPUT_CASTING;
  UF_EXC_CASTING.name = "numpy.core._exceptions._UFuncInputCastingError";
  UF_EXC_NO_LOOP = UF_EXC_OUTPUT_CASTING;
  UF_EXC_NO_LOOP.name = "numpy.core._exceptions._UFuncNoLoopError";
  UF_EXC_AXIS = EXC_ValueError; /* class AxisError(ValueError, IndexError) */
  UF_EXC_AXIS.name = "numpy.AxisError";
  UF_EXC_AXIS.base = &EXC_ValueError;
  UF_EXC_AXIS.base2 = &EXC_IndexError;
}

Type *uf_axis_error(void) {
  uf_init_exc_types();
  return &UF_EXC_AXIS;
}

static const char *uf_display_name(UfId id) { return uf_defs[id].name; }

_Noreturn void uf_raise_output_cast(VM *vm, const char *ufname, DType from, DType to,
                                    const char *casting) {
  uf_init_exc_types();
  vm_raise(vm, &UF_EXC_OUTPUT_CASTING,
           "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule '%s'",
           ufname, dt_name(from), dt_name(to), casting ? casting : "same_kind");
}

_Noreturn void uf_raise_bool_subtract(VM *vm) {
  vm_raise(vm, &EXC_TypeError,
           "numpy boolean subtract, the `-` operator, is not supported, use the "
           "bitwise_xor, the `^` operator, or the logical_xor function instead.");
}

static _Noreturn void raise_no_loop(VM *vm, UfId id) {
  vm_raise(vm, &EXC_TypeError,
           "ufunc '%s' not supported for the input types, and the inputs could not be safely "
           "coerced to any supported types according to the casting rule ''safe''",
           uf_display_name(id));
}

/* ---- operands --------------------------------------------------------------- */

NdArray *uf_as_array(VM *vm, Value v) {
  if (is_array(v)) return as_array(v);
  return arr_from_value(vm, v, -1);
}

NdArray *uf_as_array_dt(VM *vm, Value v, DType dt) {
  if (is_array(v)) {
    NdArray *a = as_array(v);
    return a->dtype == (int32_t)dt ? a : arr_cast(vm, a, dt);
  }
  DtScalar s;
  if (arr_scalar_info(v, &s)) {
    NdArray *a = arr_new_uninit(vm, dt, 0, NULL);
    arr_store_value(vm, dt, a->data, v);
    return a;
  }
  return arr_from_value(vm, v, (int)dt);
}

NdArray *uf_where_mask(VM *vm, Value where) {
  if (is_array(where) && as_array(where)->dtype != DT_BOOL)
    vm_raise(vm, &EXC_TypeError, "Cannot cast array data from dtype('%s') to dtype('bool') according to the rule 'safe'",
             dt_name((DType)as_array(where)->dtype));
  return uf_as_array_dt(vm, where, DT_BOOL);
}

Value uf_kwarg(VM *vm, const Args *a, const char *name) {
  (void)vm;
  for (int i = 0; i < a->nkw; i++)
    if (!strcmp(as_str(a->kwnames[i])->data, name)) return a->kwvals[i];
  return v_empty();
}

static Value owner(NdArray *a) { return is_none(a->base) ? v_obj(a) : a->base; }

bool uf_bad_overlap(const NdArray *out, const NdArray *in) {
  if (!v_is(owner((NdArray *)out), owner((NdArray *)in))) return false;
  if (out->data != in->data || out->ndim != in->ndim) return true;
  for (int d = 0; d < out->ndim; d++)
    if (out->shape[d] != in->shape[d] || out->strides[d] != in->strides[d]) return true;
  return false;
}

static void run_loop(VM *vm, UfId id, DType lt, int nop, NdArray *const *ops, int ndim,
                     const int64_t *shape) {
  UfLoop f = uf_loops[id][lt];
  ArrIter it;
  uf_err = UFERR_NONE;
  if (arr_iter_init(vm, &it, nop, ops, ndim, shape)) {
    do {
      f(it.ptr, it.stride, it.n);
    } while (arr_iter_next(&it));
  }
  if (uf_err == UFERR_NEGPOW) {
    uf_err = UFERR_NONE;
    vm_raise(vm, &EXC_ValueError, "Integers to negative integer powers are not allowed.");
  }
}

/* Copies src into dst where mask is true (all broadcast to dst's shape). */
static void masked_copy(VM *vm, NdArray *dst, NdArray *src, NdArray *mask) {
  NdArray *ops[3] = {dst, src, mask};
  ArrIter it;
  int64_t sz = dst->itemsize;
  if (!arr_iter_init(vm, &it, 3, ops, dst->ndim, dst->shape)) return;
  do {
    char *d = it.ptr[0], *s = it.ptr[1], *m = it.ptr[2];
    for (int64_t i = 0; i < it.n; i++, d += it.stride[0], s += it.stride[1], m += it.stride[2])
      if (*m) memcpy(d, s, (size_t)sz);
  } while (arr_iter_next(&it));
}

/* NumPy's iterator errors print shapes without spaces: (5,1), (3,). */
void uf_shape_repr_compact(StrBuf *b, int ndim, const int64_t *shape) {
  sb_putc(b, '(');
  for (int d = 0; d < ndim; d++) sb_printf(b, d ? ",%lld" : "%lld", (long long)shape[d]);
  if (ndim == 1) sb_putc(b, ',');
  sb_putc(b, ')');
}

static _Noreturn void nonbroadcastable_out(VM *vm, NdArray *out, int ndim, const int64_t *shape) {
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "non-broadcastable output operand with shape ");
  uf_shape_repr_compact(&b, out->ndim, out->shape);
  sb_puts(&b, " doesn't match the broadcast shape ");
  uf_shape_repr_compact(&b, ndim, shape);
  Value m = sb_finish(vm, &b);
  vm_raise(vm, &EXC_ValueError, "%s", as_str(m)->data);
}

static bool casts_to_float16(DType t) { return t == DT_BOOL || t == DT_INT8 || t == DT_UINT8; }

/* NumPy's float ufuncs have float16 loops, which it takes when every input
** casts to float16 safely (bool, int8, uint8: even uint8 with int8, whose
** common type int16 would not); we have no float16, and computing in
** float32 instead would print other values and dtypes, so we refuse. */
static void need_no_float16(VM *vm, UfId id, int nin, const Value *ops, DType rt, DType lt) {
  if (lt != DT_FLOAT32 || uf_out_dtype(id, lt) == DT_BOOL) return;
  bool small = casts_to_float16(rt);
  for (int i = 0; !small && i < nin; i++) {
    small = is_array(ops[i]) && casts_to_float16((DType)as_array(ops[i])->dtype);
    for (int j = 0; small && j < nin; j++)
      small = is_array(ops[j]) && casts_to_float16((DType)as_array(ops[j])->dtype);
  }
  if (small)
    vm_raise(vm, &EXC_NotImplementedError,
             "streak: float16 is not supported (NumPy computes ufunc '%s' of %s in float16)",
             uf_display_name(id), dt_name(rt));
}

/* Whether an int beyond 64 bits among the inputs makes NumPy compute in
** an object array that streak cannot give: with an array operand, unless
** the result is bool anyway (a comparison of float64 values answers alike).
** Scalar-only calls (np.float64(1) + 2**70) keep NumPy's scalar results. */
static bool object_int_matters(UfId id, int nin, const Value *in) {
  if (uf_defs[id].out == UFO_BOOL) return false;
  for (int i = 0; i < nin; i++)
    if (is_array(in[i]) || is_list(in[i]) || is_tuple(in[i])) return true;
  return false;
}

/* The dtype of operand v as the input-casting error names it. */
static DType operand_dtype(Value v) {
  DtScalar s;
  if (is_array(v)) return (DType)as_array(v)->dtype;
  return arr_scalar_info(v, &s) ? s.dtype : DT_FLOAT64;
}

/* The loop for dtype=dt as NumPy's legacy type_tuple_type_resolver picks it
** (dtype= is signature (None, ..., dt)): first a loop whose output is dt and
** whose inputs take the operands by safe casting (value-based for scalars);
** else the homogeneous loop (dt, ..., dt), whose inputs must then cast under
** the `casting` rule (an _UFuncInputCastingError); else no loop at all. */
static int resolve_dtype_kw(VM *vm, UfId id, int nin, const Value *ops, DType dt,
                            const char *casting) {
  int lt = resolve_default(vm, id, nin, ops, (int)dt);
  if (lt >= 0) return lt;
  if (!uf_loops[id][dt] || uf_out_dtype(id, dt) != dt)
    vm_raise(vm, &EXC_TypeError, "No loop matching the specified signature and casting was found for ufunc %s",
             uf_display_name(id));
  for (int i = 0; i < nin; i++) {
    DType from = operand_dtype(ops[i]);
    if (uf_can_cast(from, dt, casting)) continue;
    uf_init_exc_types();
    char which[16] = "";
    if (nin > 1) snprintf(which, sizeof which, " %d", i);
    vm_raise(vm, &UF_EXC_CASTING, "Cannot cast ufunc '%s' input%s from dtype('%s') to dtype('%s') with casting rule '%s'",
             uf_display_name(id), which, dt_name(from), dt_name(dt), casting ? casting : "same_kind");
  }
  return (int)dt;
}

Value uf_call(VM *vm, UfId id, int nin, const Value *in, Value outv, int dtype, Value where,
              const char *casting) {
  Value ops[3];
  NdArray *arrs[4];
  for (int i = 0; i < nin; i++) {
    Value v = in[i];
    DtScalar s;
    if (object_int_matters(id, nin, in)) arr_reject_object_int(vm, v);
    if (!is_array(v) && !arr_scalar_info(v, &s)) {
      if (!is_list(v) && !is_tuple(v))
        vm_raise(vm, &EXC_TypeError,
                 "ufunc '%s' not supported for the input types, and the inputs could not be "
                 "safely coerced to any supported types according to the casting rule ''safe''",
                 uf_display_name(id));
      v = v_obj(arr_from_value(vm, v, -1));
    }
    ops[i] = v;
  }
  NdArray *out = NULL;
  if (is_tuple(outv) && as_tuple(outv)->n == 1) outv = as_tuple(outv)->items[0];
  if (!is_empty(outv) && !is_none(outv)) {
    if (!is_array(outv)) vm_raise(vm, &EXC_TypeError, "return arrays must be of ArrayType");
    out = as_array(outv);
  }
  int lt;
  if (dtype >= 0) {
    lt = resolve_dtype_kw(vm, id, nin, ops, (DType)dtype, casting);
  } else {
    DType rt = arr_result_type(vm, nin, ops);
    if (rt == DT_BOOL && id == UF_subtract) uf_raise_bool_subtract(vm);
    if (rt == DT_BOOL && id == UF_negative)
      vm_raise(vm, &EXC_TypeError,
               "The numpy boolean negative, the `-` operator, is not supported, use the `~` "
               "operator or the logical_not function instead.");
    /* sign and positive have no bool loop, and their resolver (one dtype in,
    ** the same out) will not cast bool up to int8 as the others do */
    if (rt == DT_BOOL && nin == 1 && (id == UF_sign || id == UF_positive)) {
      uf_init_exc_types();
      vm_raise(vm, &UF_EXC_NO_LOOP,
               "ufunc '%s' did not contain a loop with signature matching types "
               "<class 'numpy.dtype[bool_]'> -> None",
               uf_display_name(id));
    }
    if (id == UF_divide && (dt_is_bool(rt) || dt_is_int(rt))) {
      lt = DT_FLOAT64;
    } else if (!uniform_resolver(id) && nin == 2) {
      lt = resolve_default(vm, id, nin, ops, -1);
      if (lt == -2) lt = uf_resolve(id, rt);
    } else {
      lt = uf_resolve(id, rt);
    }
    if (lt < 0) raise_no_loop(vm, id);
    need_no_float16(vm, id, nin, ops, rt, (DType)lt);
  }
  DType ot = uf_out_dtype(id, (DType)lt);
  for (int i = 0; i < nin; i++) arrs[i] = uf_as_array_dt(vm, ops[i], (DType)lt);

  int ndim;
  int64_t shape[ARR_MAXDIMS];
  if (out) {
    arrs[nin] = out;
    arr_broadcast_shapes(vm, nin + 1, arrs, &ndim, shape);
    bool same = ndim == out->ndim;
    for (int d = 0; same && d < ndim; d++) same = shape[d] == out->shape[d];
    if (!same) nonbroadcastable_out(vm, out, ndim, shape);
    if (!(out->flags & ARR_WRITEABLE))
      vm_raise(vm, &EXC_ValueError, "output array is read-only");
    if (ot != (DType)out->dtype && !uf_can_cast(ot, (DType)out->dtype, casting))
      uf_raise_output_cast(vm, uf_display_name(id), ot, (DType)out->dtype, casting);
  } else if (!is_empty(where) && !is_bool(where)) {
    /* NumPy broadcasts the where= mask with the operands: it can widen the
    ** result, and a broadcast error lists it */
    arrs[nin] = uf_where_mask(vm, where);
    arr_broadcast_shapes(vm, nin + 1, arrs, &ndim, shape);
  } else {
    arr_broadcast_shapes(vm, nin, arrs, &ndim, shape);
  }

  bool direct = out && ot == (DType)out->dtype && is_empty(where);
  for (int i = 0; direct && i < nin; i++)
    if (uf_bad_overlap(out, arrs[i])) direct = false;
  NdArray *orig[3] = {NULL, NULL, NULL}; /* the inputs' own layouts decide order='K' */
  for (int i = 0; i < nin && i < 3; i++) orig[i] = is_array(ops[i]) ? as_array(ops[i]) : NULL;
  NdArray *res = direct ? out : arr_new_like_k(vm, ot, ndim, shape, nin < 3 ? nin : 3, orig);
  arrs[nin] = res;
  run_loop(vm, id, (DType)lt, nin + 1, arrs, ndim, shape);

  if (!is_empty(where) && !(is_bool(where) && where.as.i)) {
    NdArray *mask = uf_where_mask(vm, where);
    NdArray *dst = out ? out : arr_new(vm, ot, ndim, shape);
    NdArray *src = (DType)dst->dtype == ot ? res : arr_cast(vm, res, (DType)dst->dtype);
    masked_copy(vm, dst, src, mask);
    return out ? outv : v_obj(dst);
  }
  if (out) {
    if (res != out) arr_assign(vm, out, res);
    return outv;
  }
  return arr_return(vm, res);
}

NdArray *uf_binary_arr(VM *vm, UfId id, Value a, Value b) {
  Value r = uf_binary(vm, id, a, b);
  if (is_array(r)) return as_array(r);
  return uf_as_array(vm, r);
}

/* ---- operators ----------------------------------------------------------- */

static bool operand_ok(Value v) {
  DtScalar s;
  return is_array(v) || is_list(v) || is_tuple(v) || arr_scalar_info(v, &s);
}

static int binop_ufunc(BinOp op) {
  switch (op) {
  case BINOP_ADD: return UF_add;
  case BINOP_SUB: return UF_subtract;
  case BINOP_MUL: return UF_multiply;
  case BINOP_TRUEDIV: return UF_divide;
  case BINOP_FLOORDIV: return UF_floor_divide;
  case BINOP_MOD: return UF_remainder;
  case BINOP_POW: return UF_power;
  case BINOP_LSHIFT: return UF_left_shift;
  case BINOP_RSHIFT: return UF_right_shift;
  case BINOP_OR: return UF_bitwise_or;
  case BINOP_XOR: return UF_bitwise_xor;
  case BINOP_AND: return UF_bitwise_and;
  default: return -1;
  }
}

/* NumPy's fast_scalar_power: `array ** scalar` for a few exponents is a
** unary ufunc instead of power (sqrt(-0.0) is -0.0 where pow gives 0.0;
** bool ** 2 is square's int8). Kinds of exponent: */
enum { POW_NONE, POW_INT, POW_FLOAT };

static int power_exponent(VM *vm, Value e, double *x) {
  if (is_array(e)) {
    NdArray *z = as_array(e);
    if (z->ndim != 0 || !(dt_is_int((DType)z->dtype) || dt_is_float((DType)z->dtype))) return POW_NONE;
    e = arr_item_py(vm, (DType)z->dtype, z->data);
  } else if (is_npscalar(e)) {
    DType dt = (DType)as_npscalar(e)->dtype;
    if (!dt_is_int(dt) && !dt_is_float(dt)) return POW_NONE;
    e = np_scalar_number(vm, e);
  }
  switch (e.tag) {
  case V_BOOL:
  case V_INT: *x = (double)e.as.i; return POW_INT;
  case V_FLOAT: *x = e.as.f; return POW_FLOAT;
  default: return POW_NONE; /* an int beyond a C long, a complex: plain power */
  }
}

/* The result of a ** e by a unary ufunc, or V_EMPTY when power must run.
** out: V_EMPTY (a new result), or the array to write: a itself for a **= e
** (inplace), or a buffer of the result's dtype (the fused evaluator). */
static Value fast_scalar_power(VM *vm, NdArray *a, Value e, Value out, bool inplace) {
  double x;
  int kind = power_exponent(vm, e, &x);
  if (kind == POW_NONE) return v_empty();
  Value av = v_obj(a);
  if (dt_is_inexact((DType)a->dtype)) {
    UfId id;
    if (x == 1.0) id = UF_positive;
    else if (x == -1.0) id = UF_reciprocal;
    else if (x == 0.5) id = UF_sqrt;
    else if (x == 2.0) id = UF_square;
    else if (x == 0.0) {
      NdArray *r = is_array(out) ? as_array(out)
                                 : arr_new_like_k(vm, (DType)a->dtype, a->ndim, a->shape, 1, &a);
      arr_assign_value(vm, r, v_int(1));
      return v_obj(r);
    } else return v_empty();
    return uf_call(vm, id, 1, &av, out, -1, v_empty(), NULL);
  }
  if (x != 2.0) return v_empty();
  if (kind == POW_FLOAT && dt_is_int((DType)a->dtype) && !inplace) {
    /* int ** 2.0 squares in float64, not square(int) cast afterwards */
    NdArray *f = is_array(out) ? as_array(out) : arr_cast(vm, a, DT_FLOAT64);
    if (is_array(out)) arr_assign(vm, f, a);
    Value fv = v_obj(f);
    return uf_call(vm, UF_square, 1, &fv, fv, -1, v_empty(), NULL);
  }
  return uf_call(vm, UF_square, 1, &av, out, -1, v_empty(), NULL);
}

/* The Python type an element of dtype dt becomes in an object array. */
static const char *element_typename(DType dt) {
  return dt == DT_BOOL ? "bool" : dt_is_int(dt) ? "int" : dt_is_complex(dt) ? "complex" : "float";
}

/* arr op None: NumPy computes in an object array, so the first element's
** own operation raises, naming the element's Python type ('int' and
** 'NoneType'). An empty array gives an empty object array: left to the
** generic error. */
static void none_operand_error(VM *vm, BinOp op, Value a, Value b) {
  static const char *const syms[BINOP__COUNT] = {
#define X(name, sym) [BINOP_##name] = sym,
      BINOPS(X)
#undef X
  };
  Value arr = is_array(a) ? a : b;
  if (!(is_none(a) || is_none(b)) || !is_array(arr) || as_array(arr)->size == 0) return;
  const char *elem = element_typename((DType)as_array(arr)->dtype);
  vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", syms[op],
           op == BINOP_POW ? " or pow()" : "", is_array(a) ? elem : "NoneType",
           is_array(a) ? "NoneType" : elem);
}

/* A NumPy complex scalar with anything but an array: NumPy's complex
** scalars have no // or % (NotImplemented, so Python words the TypeError:
** "unsupported operand type(s) for //"); arrays raise the ufunc's. */
static bool is_complex_npscalar(Value v) {
  return is_npscalar(v) && dt_is_complex((DType)as_npscalar(v)->dtype);
}
static bool complex_scalars(Value a, Value b) {
  return !is_array(a) && !is_array(b) && (is_complex_npscalar(a) || is_complex_npscalar(b));
}

Value np_array_binop_into(VM *vm, BinOp op, Value a, Value b, Value out) {
  if (!operand_ok(a) || !operand_ok(b)) {
    if (op != BINOP_MATMUL) none_operand_error(vm, op, a, b);
    return v_notimpl();
  }
  if (op == BINOP_MATMUL) return np_matmul(vm, a, b);
  if (op == BINOP_POW && is_array(a)) {
    Value r = fast_scalar_power(vm, as_array(a), b, out, false);
    if (!is_empty(r)) return r;
  }
  if ((op == BINOP_FLOORDIV || op == BINOP_MOD) && complex_scalars(a, b)) return v_notimpl();
  int id = binop_ufunc(op);
  if (id < 0) return v_notimpl();
  Value in[2] = {a, b};
  return uf_call(vm, (UfId)id, 2, in, out, -1, v_empty(), NULL);
}

Value np_array_binop(VM *vm, BinOp op, Value a, Value b) {
  return np_array_binop_into(vm, op, a, b, v_empty());
}

Value np_array_inplace(VM *vm, BinOp op, Value a, Value b) {
  if (!is_array(a) || !operand_ok(b)) return v_notimpl();
  if (op == BINOP_MATMUL) {
    /* NumPy 1.24: a @= b is not supported in place. */
    vm_raise(vm, &EXC_TypeError,
             "In-place matrix multiplication is not (yet) supported. Use 'a = a @ b' instead of "
             "'a @= b'.");
  }
  if (op == BINOP_POW) {
    Value r = fast_scalar_power(vm, as_array(a), b, a, true);
    if (!is_empty(r)) return r;
  }
  int id = binop_ufunc(op);
  if (id < 0) return v_notimpl();
  Value in[2] = {a, b};
  return uf_call(vm, (UfId)id, 2, in, a, -1, v_empty(), NULL);
}

/* An array-like operand as an array (a list converted once), or NULL
** for a scalar. */
static NdArray *cmp_operand_array(VM *vm, Value *v) {
  if (is_array(*v)) return as_array(*v);
  if (!is_list(*v) && !is_tuple(*v)) return NULL;
  NdArray *x = arr_from_value(vm, *v, -1);
  *v = v_obj(x);
  return x;
}

/* Whether two operands' shapes broadcast together. */
static bool cmp_shapes_broadcast(VM *vm, Value *a, Value *b) {
  NdArray *x = cmp_operand_array(vm, a), *y = cmp_operand_array(vm, b);
  if (!x || !y) return true;
  for (int i = 1; i <= x->ndim && i <= y->ndim; i++) {
    int64_t m = x->shape[x->ndim - i], n = y->shape[y->ndim - i];
    if (m != n && m != 1 && n != 1) return false;
  }
  return true;
}

Value uf_divmod(VM *vm, Value a, Value b) {
  if (complex_scalars(a, b)) return v_notimpl();
  Value q = uf_binary(vm, UF_floor_divide, a, b);
  gc_push_root(vm, q);
  Value r = uf_binary(vm, UF_remainder, a, b);
  gc_pop_roots(vm, 1);
  return tuple_pack2(vm, q, r);
}

Value np_array_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (op == CMP_EQ || op == CMP_NE) {
    /* NumPy 1.24's == and != give up (with a warning) on a str or a NumPy
       scalar class operand and on shapes that do not broadcast: Python then
       compares identities, so the answer is a plain False / True */
    if (is_str(a) || is_str(b) || is_np_scalar_class(a) || is_np_scalar_class(b)) return v_notimpl();
    if (operand_ok(a) && operand_ok(b) && !cmp_shapes_broadcast(vm, &a, &b))
      return v_bool(op == CMP_NE);
  }
  if (!operand_ok(a) || !operand_ok(b)) {
    if (op == CMP_EQ || op == CMP_NE) {
      /* array == None / "str": NumPy compares elementwise, giving all False/True. */
      Value arr = is_array(a) ? a : b;
      if (!is_array(arr)) return v_notimpl();
      NdArray *x = as_array(arr);
      NdArray *r = arr_new(vm, DT_BOOL, x->ndim, x->shape);
      if (op == CMP_NE) memset(r->data, 1, (size_t)r->size);
      return arr_return(vm, r);
    }
    return v_notimpl();
  }
  static const UfId map[CMP__COUNT] = {[CMP_LT] = UF_less, [CMP_LE] = UF_less_equal,
                                       [CMP_EQ] = UF_equal, [CMP_NE] = UF_not_equal,
                                       [CMP_GT] = UF_greater, [CMP_GE] = UF_greater_equal};
  return uf_binary(vm, map[op], a, b);
}

Value np_array_unop_into(VM *vm, UnOp op, Value a, Value out) {
  UfId id = op == UNOP_NEG ? UF_negative : op == UNOP_POS ? UF_positive : UF_invert;
  return uf_call(vm, id, 1, &a, out, -1, v_empty(), NULL);
}

Value np_array_unop(VM *vm, UnOp op, Value a) { return np_array_unop_into(vm, op, a, v_empty()); }

/* ---- ufunc objects ------------------------------------------------------------ */

static UFunc uf_objs[UF__COUNT] = {
#define X(nm, nin, cats, out, ident)                                                \
  [UF_##nm] = {.hdr = {.type = &TYPE_UFUNC, .gc_next = NULL, .gc_flags = GC_STATIC, .aux = 0}, \
               .id = UF_##nm, .name = #nm},
    UFUNCS(X)
#undef X
};

Value uf_object(VM *vm, UfId id) {
  (void)vm;
  return v_obj(&uf_objs[id]);
}

static UFunc *as_ufunc(Value v) { return (UFunc *)v.as.o; }

static Value ufunc_repr(VM *vm, Value self) {
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "<ufunc '%s'>", as_ufunc(self)->name);
  return sb_finish(vm, &b);
}

static int dtype_arg(VM *vm, Value v) {
  if (is_empty(v) || is_none(v)) return -1;
  return np_dtype_from_value(vm, v);
}

const char *uf_casting_arg(VM *vm, Value v) {
  if (is_empty(v)) return NULL;
  if (!is_str(v)) vm_raise(vm, &EXC_TypeError, "casting must be str, not %s", v_typename(v));
  const char *s = as_str(v)->data;
  static const char *const ok[] = {"no", "equiv", "safe", "same_kind", "unsafe"};
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
    if (!strcmp(s, ok[i])) return ok[i];
  vm_raise(vm, &EXC_ValueError,
           "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '%s')", s);
}

static Value ufunc_call(VM *vm, Value self, const Args *a) {
  UFunc *u = as_ufunc(self);
  int nin = uf_defs[u->id].nin;
  Value out = v_empty(), where = v_empty(), dtype = v_empty(), casting = v_empty();
  for (int i = 0; i < a->nkw; i++) {
    const char *k = as_str(a->kwnames[i])->data;
    if (!strcmp(k, "out")) out = a->kwvals[i];
    else if (!strcmp(k, "where")) where = a->kwvals[i];
    else if (!strcmp(k, "dtype")) dtype = a->kwvals[i];
    else if (!strcmp(k, "casting")) casting = a->kwvals[i];
    else if (!strcmp(k, "order") || !strcmp(k, "subok") || !strcmp(k, "signature")) continue;
    else vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", u->name, k);
  }
  if (a->argc < nin)
    vm_raise(vm, &EXC_TypeError, "%s() takes from %d to %d positional arguments but %d were given",
             u->name, nin, nin + 1, a->argc);
  if (a->argc > nin + 1)
    vm_raise(vm, &EXC_TypeError, "%s() takes from %d to %d positional arguments but %d were given",
             u->name, nin, nin + 1, a->argc);
  if (a->argc == nin + 1) {
    if (!is_empty(out))
      vm_raise(vm, &EXC_TypeError, "cannot specify 'out' as both a positional and keyword argument");
    out = a->argv[nin];
  }
  /* np.sqrt(2**70), np.add(2**64, 1): NumPy computes on the Python int (an
  ** object loop: an int result, or a TypeError for math methods) */
  for (int i = 0; i < nin; i++) arr_reject_object_int(vm, a->argv[i]);
  return uf_call(vm, u->id, nin, a->argv, out, dtype_arg(vm, dtype), where,
                 uf_casting_arg(vm, casting));
}

static void need_binary(VM *vm, UFunc *u, const char *what) {
  if (uf_defs[u->id].nin != 2)
    vm_raise(vm, &EXC_ValueError, "%s only supported for binary functions", what);
}

static Value ufunc_reduce(VM *vm, Value self, const Args *a) {
  need_binary(vm, as_ufunc(self), "reduce");
  return uf_reduce_method(vm, as_ufunc(self)->id, a);
}

static Value ufunc_accumulate(VM *vm, Value self, const Args *a) {
  need_binary(vm, as_ufunc(self), "accumulate");
  return uf_accumulate_method(vm, as_ufunc(self)->id, a);
}

/* ufunc.outer(a, b): r[i..., j...] = op(a[i...], b[j...]). */
static Value ufunc_outer(VM *vm, Value self, const Args *a) {
  UFunc *u = as_ufunc(self);
  need_binary(vm, u, "outer");
  Value v[2];
  args_parse(vm, a, "outer", "A,B", v);
  NdArray *x = uf_as_array(vm, v[0]), *y = uf_as_array(vm, v[1]);
  if (x->ndim + y->ndim > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  int64_t shape[ARR_MAXDIMS];
  for (int d = 0; d < x->ndim; d++) shape[d] = x->shape[d];
  for (int d = 0; d < y->ndim; d++) shape[x->ndim + d] = 1;
  NdArray *xv = arr_reshape(vm, x, x->ndim + y->ndim, shape);
  Value in[2] = {v_obj(xv), is_array(v[1]) ? v[1] : v_obj(y)};
  if (!is_array(v[0]) && x->ndim == 0) in[0] = v[0];
  return uf_call(vm, u->id, 2, in, v_empty(), -1, v_empty(), NULL);
}

static Value ufunc_getattr(VM *vm, Value self, Str *name) {
  UFunc *u = as_ufunc(self);
  const char *n = name->data;
  if (!strcmp(n, "__name__")) return str_from_cstr(vm, u->name);
  if (!strcmp(n, "nin")) return v_int(uf_defs[u->id].nin);
  if (!strcmp(n, "nout")) return v_int(1);
  if (!strcmp(n, "nargs")) return v_int(uf_defs[u->id].nin + 1);
  if (!strcmp(n, "identity")) {
    switch (uf_defs[u->id].identity) {
    case UFI_ZERO: return v_int(0);
    case UFI_ONE: return v_int(1);
    case UFI_MINUS1: return v_int(-1);
    case UFI_TRUE: return v_bool(true);
    case UFI_FALSE: return v_bool(false);
    default: return v_none();
    }
  }
  if (!strcmp(n, "types")) {
    List *l = list_new(vm, 0);
    for (int t = 0; t < DT__COUNT; t++) {
      if (!uf_loops[u->id][t]) continue;
      char buf[8];
      int k = 0;
      for (int i = 0; i < uf_defs[u->id].nin; i++) buf[k++] = dt_info[t].chr;
      buf[k++] = '-';
      buf[k++] = '>';
      buf[k++] = dt_info[uf_out_dtype(u->id, (DType)t)].chr;
      buf[k] = 0;
      list_append(vm, l, str_from_cstr(vm, buf));
    }
    return v_obj(l);
  }
  return v_empty();
}

static const MethodDef ufunc_methods[] = {
    {"reduce", ufunc_reduce},
    {"accumulate", ufunc_accumulate},
    {"outer", ufunc_outer},
    {NULL, NULL},
};

Type TYPE_UFUNC = {
    .hdr = TYPE_HEADER,
    .name = "numpy.ufunc",
    .repr = ufunc_repr,
    .getattr = ufunc_getattr,
    .call = ufunc_call,
    .methods = ufunc_methods,
};

/* ---- registration ------------------------------------------------------------ */

void np_register_ufuncs(VM *vm, Module *np) {
  uf_init_exc_types();
  uf_mvec_init();
  uf_sqrt_init();
  /* Temporaries die at the next collection, not at once as in CPython: keep
  ** big buffers on the heap (not fresh mmaps with page faults each time) and
  ** keep freed memory for reuse. Process-wide; belongs in gc.c eventually. */
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#define X(name, nin, cats, out, ident) module_set(vm, np, #name, uf_object(vm, UF_##name));
  UFUNCS(X)
#undef X
  static const struct { const char *alias; UfId id; } aliases[] = {
      {"true_divide", UF_divide}, {"mod", UF_remainder}, {"abs", UF_absolute},
      {"conj", UF_conjugate}, {"bitwise_not", UF_invert},
  };
  for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
    module_set(vm, np, aliases[i].alias, uf_object(vm, aliases[i].id));
  module_set(vm, np, "ufunc", v_obj(&TYPE_UFUNC));
  np_register_reduce(vm, np);
  np_register_linalg(vm, np);
  np_register_npfunc(vm, np);
}
