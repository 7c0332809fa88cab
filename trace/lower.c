/*
** lower.c — typed @njit functions → C text (see infer.h for why C text).
**
** Every function of a unit becomes `static RET nbf_<id>(void *ctx, ...)`;
** one entry wrapper `nbw_entry(ctx, args, ret)` unpacks the flattened
** arguments the dispatcher prepared and flattens the result back (see
** jit/dispatch.c). The text includes no headers: it is compiled by libtcc
** (fast tier) and by gcc -O3 -ffp-contract=off -fwrapv (optimising tier).
**
** Every sub-expression that is not a variable or a literal is evaluated
** into a fresh temporary, in Python's left-to-right order; that keeps side
** effects (random draws, calls, allocation) ordered, and gcc folds the
** temporaries away. Python semantics kept: floor division and modulo
** signs, ZeroDivisionError, negative indices wrap, IndexError bounds checks
** (unless boundscheck=False), int64 arithmetic wraps like Numba's.
**
** ## On-stack replacement (OSR) of the root function
** A call that runs for long (the chapter's mandelbrot) should not wait for
** gcc, nor run to its end in tcc's code, several times slower. So the root
** function is lowered twice. The first copy, nbf_<id>, has an OSR point at
** the start of each iteration of its outer loops (the outermost two levels
** of range, array and while loops): in the tcc build only (#ifndef NB_OPT),
** once the dispatcher has published the optimised build's nbw_resume
** (NbCtx.osr), it saves the locals and the loop state (counters, bounds,
** for-else flags of the enclosing loops) into the state struct nbosr_<id>,
** calls nbw_resume and returns. The second copy, nbr_<id> (optimised build
** only), jumps from its entry to the same OSR point, restores the state and
** goes on (not in units with parallel loops or loops in callees: see
** lower_osr). Only the loops' own variables and
** the locals are live there: every other temporary is local to one
** statement. The resumed copy has loops with two entries, which gcc
** optimises less, so ordinary calls use nbf_<id>, which has none.
**
** ## Entering the optimised build at calls
** Where the loops are in callees (mandelbrot's pixel function, nbody's
** advance) or in prange chunks, the time goes into many calls of them. In
** the tcc build, each such function and chunk first looks for the
** optimised build's table nbw_fns (published through NbCtx.fns) and, once
** it is there, calls its own optimised copy instead; the caller stays in
** tcc code, which costs little. Only where both compilers pass the
** arguments and the result alike (abi_alike). A callee called once for
** a long time (nbody's advance) also has OSR points of its own
** (lower_callee_osr).
*/
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../runtime/array.h"
#include "../runtime/dtype.h"
#include "../src/num.h"
#include "../src/object.h"
#include "../src/set.h"
#include "../src/str.h"
#include "../src/vm.h"
#include "infer.h"

AstExpr *nb_call_arg(AstExpr *call, int i, const char *name);

typedef struct V {
  NbTy ty;
  char s[48]; /* a C variable name, a literal, or a short pure scalar expression (pure()) */
} V;

typedef struct LoopCtx {
  int brk_flag; /* >0: the loop has an else: `break` sets this flag var */
} LoopCtx;

/* A variable an OSR point saves: a loop's counter, bound or flag. */
typedef struct OsrVar {
  char ct[32], name[48];
} OsrVar;

enum { OSR_NONE, OSR_SAVE, OSR_RESUME, OSR_CALLEE };
enum { OSR_MAXDEPTH = 2, OSR_MAXVARS = 16 };

/* A range loop's accesses arr[..., var + off, ...] proven in bounds by one
** test before the loop (bc_prove): flag is the C variable holding it. */
enum { BC_MAXACC = 16 };
typedef struct BcLoop {
  const char *var;
  char flag[24];
  int nacc;
  struct { const char *arr; int dim; int64_t off; } acc[BC_MAXACC];
} BcLoop;

typedef struct Lw {
  NbUnit *u;
  NbFunc *f;
  StrBuf *o;          /* function bodies */
  StrBuf *decl;       /* tuple typedefs */
  LoopCtx loops[64];
  int nloops;
  StrBuf *chunks;     /* prange chunk functions (emitted before the bodies) */
  bool in_par;        /* lowering a chunk: nested prange runs serially */
  /* OSR (see the top): which copy of the root is being lowered */
  int osr;
  int osr_pts;        /* OSR points so far in this copy */
  int osr_slot;       /* OSR_CALLEE: nbw_fns's slot of the function's nbr_<id> */
  int osr_depth;      /* enclosing loops with OSR points */
  int osr_blocked;    /* enclosing loops without: no points below them */
  OsrVar osrv[OSR_MAXVARS]; /* the enclosing loops' variables, outermost first */
  int nosrv;
  StrBuf osrfields;   /* the state struct's loop fields (the SAVE copy's) */
  int nloops_lowered;  /* loops lowered so far (all functions) */
  StrBuf swaptab;     /* nbw_fns's entries (see "Entering the optimised build") */
  /* range loops whose index accesses are proven in bounds (bc_prove) */
  struct BcLoop *bc[8];
  int nbc;
  /* try statements (lower_try): the catch points active where lowering is,
  ** outermost first, each with the loop depth it was opened at, so that a
  ** return, break or continue unlinks those it leaves */
  struct { int id, nloops; } trys[16];
  int ntrys;
  bool has_try;       /* the function has one: its locals are volatile (setjmp) */
} Lw;

enum { NB_PAR_MAXCHUNKS = 64 }; /* reduction slots on the parent's stack */

#define NB_STR_(x) #x
#define NB_STR(x) NB_STR_(x)

static const char prelude[] =
    "typedef signed char int8_t; typedef short int16_t; typedef int int32_t; typedef long long int64_t;\n"
    "typedef unsigned char uint8_t; typedef unsigned short uint16_t; typedef unsigned int uint32_t;\n"
    "typedef unsigned long long uint64_t;\n"
    "#define INT64_MAX_ 9223372036854775807LL\n"
    "typedef struct { double re, im; } nb_c128;\n"
    "typedef struct { float re, im; } nb_c64;\n"
    "typedef struct { void *h[40]; void *vm; void *rng; void *rngfast; void **osr; void *osrst; void *fns; int osrtest;\n"
    "  void **frozen; char *stack_floor; void *lists; void *pyrng; } NbCtx;\n"
    /* try statements: the catch point in the function's own frame (h_try_push) */
    "int _setjmp(void *) __attribute__((returns_twice));\n"
    "double sqrt(double); double sin(double); double cos(double); double tan(double);\n"
    "double asin(double); double acos(double); double atan(double); double atan2(double, double);\n"
    "double exp(double); double expm1(double); double log(double); double log2(double); double log10(double);\n"
    "double log1p(double); double pow(double, double); double sinh(double); double cosh(double);\n"
    "double tanh(double); double asinh(double); double acosh(double); double atanh(double);\n"
    "double floor(double); double ceil(double); double trunc(double); double fabs(double);\n"
    "double fmod(double, double); double hypot(double, double); double copysign(double, double);\n"
    "double rint(double); double exp2(double); double cbrt(double); double erf(double); double erfc(double);\n"
    "double tgamma(double); double lgamma(double);\n"
    /* float32 arguments: the float functions, as Numba calls them */
    "float sqrtf(float); float sinf(float); float cosf(float); float tanf(float); float asinf(float);\n"
    "float acosf(float); float atanf(float); float expf(float); float expm1f(float); float logf(float);\n"
    "float log2f(float); float log10f(float); float log1pf(float); float sinhf(float); float coshf(float);\n"
    "float tanhf(float); float asinhf(float); float acoshf(float); float atanhf(float); float floorf(float);\n"
    "float ceilf(float); float truncf(float); float fabsf(float); float rintf(float); float exp2f(float);\n"
    "float cbrtf(float); float erff(float); float erfcf(float); float tgammaf(float); float lgammaf(float);\n"
    "float atan2f(float, float); float hypotf(float, float); float fmodf(float, float);\n"
    "float copysignf(float, float); float powf(float, float);\n"
    "#define NBH(i, T) ((T)(((NbCtx *)ctx)->h[i]))\n"
    /* the raising helpers never return (they longjmp): telling gcc lets it
    ** keep array data in registers across a loop's bounds checks */
    "typedef void (*nb_raise_fn)(void *) __attribute__((noreturn));\n"
    "typedef void (*nb_raise_i_fn)(void *, int) __attribute__((noreturn));\n"
    "typedef void (*nb_raise_s_fn)(void *, const char *) __attribute__((noreturn));\n"
    /* np.random.random(): runtime/random.c's rkdbl inlined (NpRandom starts
    ** with its MT19937); every draw in a prange chunk (rngfast NULL)
    ** through the helper (index 3: NBH_rand_double) */
    "typedef struct { uint32_t mt[624]; int mti; } nb_mt;\n"
    /* a statement, the tempering spelled out, in the optimised build; tcc's
    ** code for it was slower than a call of the helper (compiled by gcc):
    ** mc_pi's tcc code 22 -> 16.8 ms */
    "#ifndef NB_OPT\n"
    "#define NB_RAND(t) (t = NBH(3, double (*)(void *))(ctx))\n"
    "#define NB_PYRAND(t) (t = NBH(31, double (*)(void *))(ctx))\n"
    "#else\n"
    /* one tempered word at i_, the twist (index 29: NBH_rand_refill) out of
    ** line when all 624 are used; after it i_ is known to be 0, so gcc keeps
    ** the index in a register from draw to draw, as Numba's code does */
    "#define NB_MTWORD_OF(s_, i_, y_, refill_) do { if (__builtin_expect(i_ >= 624, 0)) {\\\n"
    "    NBH(refill_, void (*)(void *))(ctx); i_ = 0; } y_ = s_->mt[i_++];\\\n"
    "    y_ ^= y_ >> 11; y_ ^= (y_ << 7) & 0x9d2c5680U; y_ ^= (y_ << 15) & 0xefc60000U; y_ ^= y_ >> 18; } while (0)\n"
    "#define NB_MTWORD(s_, i_, y_) NB_MTWORD_OF(s_, i_, y_, 29)\n"
    "#define NB_RAND(t) do { nb_mt *s_ = nb_rng_; if (s_) { int i_ = s_->mti; uint32_t a_, b_;\\\n"
    "    NB_MTWORD(s_, i_, a_); NB_MTWORD(s_, i_, b_); s_->mti = i_;\\\n"
    "    t = ((a_ >> 5) * 67108864.0 + (b_ >> 6)) / 9007199254740992.0; } else t = NBH(3, double (*)(void *))(ctx); } while (0)\n"
    /* the stdlib's random.random(): the same draw on Numba's "py" state
    ** (nb_pyrng_), its twist helper 35 (NBH_pyrand_refill), else helper
    ** 31 (NBH_pyrand_double) */
    "#define NB_PYRAND(t) do { nb_mt *s_ = nb_pyrng_; if (s_) { int i_ = s_->mti; uint32_t a_, b_;\\\n"
    "    NB_MTWORD_OF(s_, i_, a_, 35); NB_MTWORD_OF(s_, i_, b_, 35); s_->mti = i_;\\\n"
    "    t = ((a_ >> 5) * 67108864.0 + (b_ >> 6)) / 9007199254740992.0; } else t = NBH(31, double (*)(void *))(ctx); } while (0)\n"
    "#endif\n"
    "static inline nb_c128 nb_mkc(double re, double im) { nb_c128 z; z.re = re; z.im = im; return z; }\n"
    "static inline double nb_bits(uint64_t u) { union { uint64_t u; double d; } x; x.u = u; return x.d; }\n"
    "static inline nb_c128 nb_cadd(nb_c128 a, nb_c128 b) { return nb_mkc(a.re + b.re, a.im + b.im); }\n"
    "static inline nb_c128 nb_csub(nb_c128 a, nb_c128 b) { return nb_mkc(a.re - b.re, a.im - b.im); }\n"
    "static inline nb_c128 nb_cmul(nb_c128 a, nb_c128 b) {\n"
    "  return nb_mkc(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re); }\n"
    /* -x flips the sign bit, a NaN's too, as gcc's code and Numba's fneg
    ** do; tcc compiles -x as a subtraction from -0.0, which leaves a NaN's
    ** sign as it is (math.copysign(1.0, -x) would depend on the tier) */
    "#ifndef NB_OPT\n"
    "static double nb_fneg(double x) { union { double d; uint64_t u; } v; v.d = x; v.u ^= 0x8000000000000000ULL; return v.d; }\n"
    "static float nb_fnegf(float x) { union { float f; uint32_t u; } v; v.f = x; v.u ^= 0x80000000U; return v.f; }\n"
    "#define NB_FNEG(x) nb_fneg(x)\n"
    "#define NB_FNEGF(x) nb_fnegf(x)\n"
    "#else\n"
    "#define NB_FNEG(x) (-(x))\n"
    "#define NB_FNEGF(x) (-(x))\n"
    "#endif\n"
    "static inline nb_c128 nb_cneg(nb_c128 a) { return nb_mkc(NB_FNEG(a.re), NB_FNEG(a.im)); }\n"
    "static nb_c128 nb_cdiv(void *ctx, nb_c128 a, nb_c128 b) {\n"
    "  double abs_breal = b.re < 0 ? -b.re : b.re, abs_bimag = b.im < 0 ? -b.im : b.im;\n"
    "  if (abs_breal >= abs_bimag) {\n"
    "    if (abs_breal == 0.0) { NBH(1, nb_raise_i_fn)(ctx, 2); return nb_mkc(0, 0); }\n"
    "    double ratio = b.im / b.re, denom = b.re + b.im * ratio;\n"
    "    return nb_mkc((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);\n"
    "  } else if (abs_bimag >= abs_breal) {\n"
    "    double ratio = b.re / b.im, denom = b.re * ratio + b.im;\n"
    "    return nb_mkc((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);\n"
    "  }\n"
    "  return nb_mkc(nb_bits(0x7ff8000000000000ULL), nb_bits(0x7ff8000000000000ULL));\n"
    "}\n"
    /* complex64 arithmetic in float32, as Numba compiles it: every
    ** operation rounded to float (the operands are float values, so a
    ** product is exact in double and one rounding gives float32's) */
    "static inline nb_c128 nb_c64round(nb_c128 a) { return nb_mkc((float)a.re, (float)a.im); }\n"
    "static inline nb_c128 nb_cmulf(nb_c128 a, nb_c128 b) {\n"
    "  return nb_mkc((float)((float)(a.re * b.re) - (float)(a.im * b.im)), (float)((float)(a.re * b.im) + (float)(a.im * b.re))); }\n"
    "static nb_c128 nb_cdivf(void *ctx, nb_c128 a, nb_c128 b) {\n"
    "  float ar = (float)a.re, ai = (float)a.im, br = (float)b.re, bi = (float)b.im;\n"
    "  float abr = br < 0 ? -br : br, abi = bi < 0 ? -bi : bi;\n"
    "  if (abr >= abi) {\n"
    "    if (abr == 0.0f) { NBH(1, nb_raise_i_fn)(ctx, 2); return nb_mkc(0, 0); }\n"
    "    float ratio = (float)(bi / br), denom = (float)(br + (float)(bi * ratio));\n"
    "    return nb_mkc((float)((float)(ar + (float)(ai * ratio)) / denom), (float)((float)(ai - (float)(ar * ratio)) / denom));\n"
    "  } else if (abi >= abr) {\n"
    "    float ratio = (float)(br / bi), denom = (float)((float)(br * ratio) + bi);\n"
    "    return nb_mkc((float)((float)((float)(ar * ratio) + ai) / denom), (float)((float)((float)(ai * ratio) - ar) / denom));\n"
    "  }\n"
    "  return nb_mkc(nb_bits(0x7ff8000000000000ULL), nb_bits(0x7ff8000000000000ULL));\n"
    "}\n"
    "#define NB_IMIN (-9223372036854775807LL - 1)\n"
    "static inline int64_t nb_ifloordiv(void *ctx, int64_t a, int64_t b) {\n"
    "  if (b == 0) { NBH(1, nb_raise_i_fn)(ctx, 1); return 0; }\n"
    "  if (b == -1) return a == NB_IMIN ? 0 : (int64_t)(0ULL - (uint64_t)a); /* Numba: min // -1 is 0 */\n"
    "  int64_t q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }\n"
    "static inline int64_t nb_imod(void *ctx, int64_t a, int64_t b) {\n"
    "  if (b == 0) { NBH(1, nb_raise_i_fn)(ctx, 5); return 0; }\n"
    "  if (b == -1) return 0;\n"
    "  int64_t r = a % b; if (r != 0 && ((r < 0) != (b < 0))) r += b; return r; }\n"
    "static inline uint64_t nb_ufloordiv(void *ctx, uint64_t a, uint64_t b) {\n"
    "  if (b == 0) { NBH(1, nb_raise_i_fn)(ctx, 1); return 0; } return a / b; }\n"
    "static inline uint64_t nb_umod(void *ctx, uint64_t a, uint64_t b) {\n"
    "  if (b == 0) { NBH(1, nb_raise_i_fn)(ctx, 5); return 0; } return a % b; }\n"
    "static double nb_fmod_py(void *ctx, double vx, double wx) {\n"
    "  if (wx == 0.0) { NBH(1, nb_raise_i_fn)(ctx, 7); return 0; }\n"
    "  double mod = fmod(vx, wx);\n"
    "  if (mod) { if ((wx < 0) != (mod < 0)) mod += wx; } else mod = copysign(0.0, wx);\n"
    "  return mod; }\n"
    "static double nb_ffloordiv(void *ctx, double vx, double wx) {\n"
    "  if (wx == 0.0) { NBH(1, nb_raise_i_fn)(ctx, 0); return 0; }\n"
    "  double mod = fmod(vx, wx), div = (vx - mod) / wx, floordiv;\n"
    "  if (mod) { if ((wx < 0) != (mod < 0)) div -= 1.0; }\n"
    "  if (div) { floordiv = floor(div); if (div - floordiv > 0.5) floordiv += 1.0; }\n"
    "  else floordiv = copysign(0.0, vx / wx);\n"
    "  return floordiv; }\n"
    /* The optimised build comes in two parts (jit/dispatch.c): NB_ENTRY_ONLY,
    ** nbw_entry and what it calls, which the calls from then on run, and,
    ** only while a call is running in tcc code, NB_MOVES_ONLY: what that
    ** call moves to (nbw_fns: callees' and chunks' copies, resumable copies
    ** nbr_<id>; nbw_resume). Each leaves out what only the other needs. */
    "#if defined(NB_OPT) && !defined(NB_ENTRY_ONLY)\n"
    "#define NB_MOVES 1\n"
    "#endif\n"
    "#ifdef NB_OPT\n"
    "__attribute__((noinline, cold))\n"
    "#endif\n"
    "static int64_t nb_ix(void *ctx, int64_t i, int64_t n) {\n"
    "  if (i < 0) i += n; if ((uint64_t)i >= (uint64_t)n) NBH(0, nb_raise_fn)(ctx); return i; }\n"
    "#define NBIX(p, i, n) ((p) ? (i) : nb_ix(ctx, (i), (n)))\n"
    "#ifdef NB_OPT\n"
    "__attribute__((noinline, cold))\n"
    "#endif\n"
    "static double nb_fdivz(void *ctx) { NBH(1, nb_raise_i_fn)(ctx, 0); return 0; }\n"

    /* Numba's int ** int: the wrapped product, then through a double
    ** (12345 ** 4 is 23225462820950624); 0 ** -n raises, 1 and -1 ** -n
    ** are 1 and -1 ** n, others ** -n are 0 */
    "static inline int64_t nb_ipow(void *ctx, int64_t a, int64_t b) {\n"
    "  if (b < 0) { if (a == 0) NBH(1, nb_raise_i_fn)(ctx, 6); return a == 1 ? 1 : a == -1 ? 1 - 2 * (b & 1) : 0; }\n"
    "  int64_t r = 1; while (b) { if (b & 1) r *= a; b >>= 1; a *= a; } return (int64_t)(double)r; }\n"
    /* NumPy's power loop in Numba: 1 / 0 ** n through a double, cast to int */
    "static inline int64_t nb_np_ipow(void *ctx, int64_t a, int64_t b) {\n"
    "  return b < 0 && a == 0 ? (int64_t)(-9223372036854775807LL - 1) : nb_ipow(ctx, a, b); }\n"
    "static inline uint64_t nb_upow(uint64_t a, uint64_t b) {\n"
    "  uint64_t r = 1; while (b) { if (b & 1) r *= a; b >>= 1; a *= a; } return (uint64_t)(double)r; }\n"
    "static inline double nb_fpowu(double a, uint64_t e) {\n"
    "  double r = 1.0; while (e) { if (e & 1) r *= a; e >>= 1; a *= a; } return r; }\n"
    "static inline float nb_fpowu32(float a, uint64_t e) {\n"
    "  float r = 1.0f; while (e) { if (e & 1) r *= a; e >>= 1; a *= a; } return r; }\n"
    "static inline double nb_fpowi(double a, int64_t b) {\n"
    "  return b < 0 ? 1.0 / nb_fpowu(a, 0ULL - (uint64_t)b) : nb_fpowu(a, (uint64_t)b); }\n"
    "static inline float nb_fpowi32(float a, int64_t b) {\n"
    "  return b < 0 ? 1.0f / nb_fpowu32(a, 0ULL - (uint64_t)b) : nb_fpowu32(a, (uint64_t)b); }\n"
    /* the same under Python's error model: 1 / 0 raises (0.0 ** -1, and a
    ** power that underflows to 0 before it is inverted) */
    "static inline double nb_fpowz(void *ctx, double a, int64_t b) {\n"
    "  if (b >= 0) return nb_fpowu(a, (uint64_t)b);\n"
    "  double r = nb_fpowu(a, 0ULL - (uint64_t)b); return r != 0 ? 1.0 / r : nb_fdivz(ctx); }\n"
    "static inline float nb_fpowz32(void *ctx, float a, int64_t b) {\n"
    "  if (b >= 0) return nb_fpowu32(a, (uint64_t)b);\n"
    "  float r = nb_fpowu32(a, 0ULL - (uint64_t)b); return r != 0 ? 1.0f / r : (float)nb_fdivz(ctx); }\n"
    /* round(x, n): Numba's algorithm, not CPython's correctly rounded one:
    ** x scaled by 10 ** n (nb_fpowi, as Numba's float ** int), rint, scaled
    ** back; an infinite scaled value leaves x. f32: float32's round, whose
    ** rint is float32's (the scaling is float64, as Numba types it) */
    "static double nb_round_nd(double x, int64_t nd, int f32) {\n"
    "  if (x != x || x - x != 0.0) return x;\n"
    "  double p1, p2 = 1.0, y;\n"
    "  if (nd >= 0) {\n"
    "    if (nd > 22) { p1 = nb_fpowi(10.0, nd - 22); p2 = 1e22; } else p1 = nb_fpowi(10.0, nd);\n"
    "    y = (x * p1) * p2;\n"
    "    if (y == y && y - y != 0.0) return x;\n"
    "    return ((f32 ? (double)rintf((float)y) : rint(y)) / p2) / p1; }\n"
    "  p1 = nb_fpowi(10.0, -nd); y = x / p1;\n"
    "  return (f32 ? (double)rintf((float)y) : rint(y)) * p1; }\n"
    /* Numba's numba_cpow: CPython's _Py_c_pow, whose domain error (0 to
    ** a negative or complex power) gives nan+nanj, not an exception */
    "static nb_c128 nb_cpow(nb_c128 a, nb_c128 b) {\n"
    "  if (b.re == 0.0 && b.im == 0.0) return nb_mkc(1.0, 0.0);\n"
    "  if (a.re == 0.0 && a.im == 0.0) {\n"
    "    if (b.im != 0.0 || b.re < 0.0) return nb_mkc(nb_bits(0x7ff8000000000000ULL), nb_bits(0x7ff8000000000000ULL));\n"
    "    return nb_mkc(0.0, 0.0); }\n"
    "  double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;\n"
    "  if (b.im != 0.0) { len /= exp(at * b.im); phase += b.im * log(vabs); }\n"
    "  return nb_mkc(len * cos(phase), len * sin(phase)); }\n"
    "static int64_t nb_slice(void *ctx, int64_t len, int hs, int64_t start, int he, int64_t stop, int64_t step, int64_t *ostart) {\n"
    "  if (step == 0) { NBH(7, nb_raise_s_fn)(ctx, \"slice step cannot be zero\"); return 0; }\n"
    "  int64_t lower = step > 0 ? 0 : -1, upper = step > 0 ? len : len - 1;\n"
    "  if (!hs) start = step < 0 ? upper : lower;\n"
    "  else if (start < 0) { start += len; if (start < lower) start = lower; } else if (start > upper) start = upper;\n"
    "  if (!he) stop = step < 0 ? lower : upper;\n"
    "  else if (stop < 0) { stop += len; if (stop < lower) stop = lower; } else if (stop > upper) stop = upper;\n"
    "  *ostart = start;\n"
    "  if (step > 0) return stop > start ? (stop - start - 1) / step + 1 : 0;\n"
    "  return start > stop ? (start - stop - 1) / (-step) + 1 : 0; }\n"
    "static inline double nb_sign(double x) { return x > 0 ? 1.0 : x < 0 ? -1.0 : x; }\n"
    /* abs(z) < k, <=, >, >= (op 0..3): num.c's num_hypot_cmp */
    "static inline _Bool nb_hypot_cmp(double x, double y, double k, int op) {\n"
    "  double s = x * x + y * y, k2 = k * k;\n"
    "  if (k > 0 && k2 > " NB_STR(NUM_HYPOT_KMIN) " && k2 < " NB_STR(NUM_HYPOT_KMAX) ") {\n"
    "    if (s > k2 * (1 + " NB_STR(NUM_HYPOT_MARGIN) ")) return op >= 2;\n"
    "    if (s < k2 * (1 - " NB_STR(NUM_HYPOT_MARGIN) ")) return op < 2; }\n"
    "  double h = hypot(x, y);\n"
    "  return op == 0 ? h < k : op == 1 ? h <= k : op == 2 ? h > k : h >= k; }\n"
    /* the byte range [lo, hi) a view touches (nd dims of an nb_aN at p) */
    "static void nb_extent(const void *p, int nd, int isz, char **lo, char **hi) {\n"
    "  char *d = *(char *const *)p; const int64_t *sh = (const int64_t *)((const char *)p + 16), *st = sh + nd;\n"
    "  *lo = d; *hi = d + isz;\n"
    "  for (int k = 0; k < nd; k++) { if (sh[k] == 0) { *hi = *lo; return; }\n"
    "    if (st[k] < 0) *lo += (sh[k] - 1) * st[k]; else *hi += (sh[k] - 1) * st[k]; } }\n"
    /* does view a (na dims) share memory with view b, other than being the very same view? */
    "static int nb_overlaps(const void *a, int na, int ia, const void *b, int nb, int ib) {\n"
    "  if (na == nb && *(char *const *)a == *(char *const *)b) {\n"
    "    const int64_t *x = (const int64_t *)((const char *)a + 16), *y = (const int64_t *)((const char *)b + 16); int k = 0;\n"
    "    while (k < 2 * na && x[k] == y[k]) k++;\n"
    "    if (k == 2 * na) return 0; }\n"
    "  char *l1, *h1, *l2, *h2; nb_extent(a, na, ia, &l1, &h1); nb_extent(b, nb, ib, &l2, &h2);\n"
    "  return l1 < h2 && l2 < h1; }\n"
    /* NumPy's array // and % (no exception: x // 0 is 0 for ints, inf/nan for floats) */
    "static inline int64_t nb_np_ifdiv(int64_t a, int64_t b) {\n"
    "  if (b == 0) return 0; if (b == -1) return a == NB_IMIN ? 0 : (int64_t)(0ULL - (uint64_t)a);\n"
    "  int64_t q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }\n"
    "static inline int64_t nb_np_imod(int64_t a, int64_t b) {\n"
    "  if (b == 0 || b == -1) return 0; int64_t r = a % b; if (r != 0 && ((r < 0) != (b < 0))) r += b; return r; }\n"
    "static inline double nb_np_ffdiv(double vx, double wx) {\n"
    "  if (wx == 0.0) return vx / wx;\n"
    "  double mod = fmod(vx, wx), div = (vx - mod) / wx, floordiv;\n"
    "  if (mod) { if ((wx < 0) != (mod < 0)) div -= 1.0; }\n"
    "  if (div) { floordiv = floor(div); if (div - floordiv > 0.5) floordiv += 1.0; }\n"
    "  else floordiv = copysign(0.0, vx / wx);\n"
    "  return floordiv; }\n"
    "static inline double nb_np_fmod(double vx, double wx) {\n"
    "  if (wx == 0.0) return fmod(vx, wx);\n"
    "  double mod = fmod(vx, wx);\n"
    "  if (mod) { if ((wx < 0) != (mod < 0)) mod += wx; } else mod = copysign(0.0, wx);\n"
    "  return mod; }\n"
    "static inline nb_c128 nb_c64load(const nb_c64 *p) { return nb_mkc(p->re, p->im); }\n"
    "static inline void nb_c64store(nb_c64 *p, nb_c128 v) { p->re = (float)v.re; p->im = (float)v.im; }\n"
    "typedef struct { char *data; void *obj; int64_t shape[1]; int64_t strides[1]; } nb_a1;\n"
    "typedef struct { char *data; void *obj; int64_t shape[2]; int64_t strides[2]; } nb_a2;\n"
    "typedef struct { char *data; void *obj; int64_t shape[3]; int64_t strides[3]; } nb_a3;\n"
    "typedef struct { char *data; void *obj; int64_t shape[4]; int64_t strides[4]; } nb_a4;\n"
    "typedef struct { char *data; void *obj; int64_t shape[5]; int64_t strides[5]; } nb_a5;\n"
    "typedef struct { char *data; void *obj; int64_t shape[6]; int64_t strides[6]; } nb_a6;\n"
    "typedef struct { char *data; void *obj; int64_t shape[7]; int64_t strides[7]; } nb_a7;\n"
    "typedef struct { char *data; void *obj; int64_t shape[8]; int64_t strides[8]; } nb_a8;\n"
    /* a list: its items in the C layout of the item type (jit/dispatch.c's NbListC) */
    "typedef struct { int64_t len, cap; char *data; } nb_list;\n"
    /* a str: its UTF-8 bytes (NUL-terminated: a literal, or a str argument's
    ** own buffer, alive for the call), their count and the code points' */
    "typedef struct { const char *p; int64_t n, nc; } nb_str;\n"
    /* a dict: live entries, entries used, one block (slots int64[cap], keys,
    ** values, live flags) of cap slots; made by the list_new helper (the
    ** call's registry frees mem with it: dispatch.c's NbListC) */
    "typedef struct { int64_t len, n; char *mem; int64_t cap, pad; } nb_dict;\n"
    /* a set: items used, slots filled (used or deleted), one block (hashes
    ** int64[mask + 1], then the keys) (NbListC too) */
    "typedef struct { int64_t len, fill; char *mem; int64_t mask, pad; } nb_set; /* pad: pop()'s finger */\n"
    "static inline int64_t nb_r8(int64_t n) { return (n + 7) & ~7LL; }\n"
    "int memcmp(const void *, const void *, unsigned long);\n"
    "static int nb_strcmp(nb_str a, nb_str b) {\n"
    "  int c = memcmp(a.p, b.p, (unsigned long)(a.n < b.n ? a.n : b.n));\n"
    "  return c ? c : (a.n > b.n) - (a.n < b.n); }\n";

/* ---- C types ------------------------------------------------------------ */

static void declare_tuple(Lw *w, NbTy t);

static const char *dt_ctype(int dt) {
  switch (dt) {
  case DT_BOOL: return "_Bool";
  case DT_INT8: return "int8_t";
  case DT_UINT8: return "uint8_t";
  case DT_INT16: return "int16_t";
  case DT_UINT16: return "uint16_t";
  case DT_INT32: return "int32_t";
  case DT_UINT32: return "uint32_t";
  case DT_INT64: return "int64_t";
  case DT_UINT64: return "uint64_t";
  case DT_FLOAT32: return "float";
  case DT_FLOAT64: return "double";
  default: return "nb_c128";
  }
}

/* Element storage type in arrays (bool is a byte; complex64 is a float pair). */
static const char *elem_ctype(int dt) {
  if (dt == DT_BOOL) return "uint8_t";
  if (dt == DT_COMPLEX64) return "nb_c64";
  return dt_ctype(dt);
}

static void ctype(Lw *w, NbTy t, char *buf, size_t n) {
  const NbTypeInfo *i = nb_type(t);
  switch (i->kind) {
  case NK_SCALAR: snprintf(buf, n, "%s", dt_ctype(i->dtype)); break;
  case NK_ARRAY: snprintf(buf, n, "nb_a%d", i->ndim); break;
  case NK_TUPLE:
    declare_tuple(w, t);
    snprintf(buf, n, "nb_t%d", t);
    break;
  case NK_LIST: snprintf(buf, n, "nb_list *"); break;
  case NK_STR: snprintf(buf, n, "nb_str"); break;
  case NK_DICT: snprintf(buf, n, "nb_dict *"); break;
  case NK_SET: snprintf(buf, n, "nb_set *"); break;
  case NK_CLOSURE: ctype(w, nb_closure_env(i->ptr), buf, n); break; /* its free variables' values */
  case NK_OPTIONAL:
    declare_tuple(w, t); /* { T v; _Bool some; } */
    snprintf(buf, n, "nb_o%d", t);
    break;
  default: snprintf(buf, n, "int"); break;
  }
}

static void declare_tuple(Lw *w, NbTy t) {
  for (size_t k = 0; k < w->u->tuple_types.n; k++)
    if (w->u->tuple_types.items[k] == t) return;
  const NbTypeInfo *i = nb_type(t);
  char items[i->n + 1][32];
  for (int k = 0; k < i->n; k++) ctype(w, i->items[k], items[k], sizeof items[k]);
  vec_push(w->u->tuple_types, t);
  if (i->kind == NK_OPTIONAL) {
    sb_printf(w->decl, "typedef struct { %s v; _Bool some; } nb_o%d;\n", items[0], t);
    return;
  }
  sb_printf(w->decl, "typedef struct { ");
  for (int k = 0; k < i->n; k++) sb_printf(w->decl, "%s f%d; ", items[k], k);
  if (i->n == 0) sb_puts(w->decl, "int dummy; ");
  sb_printf(w->decl, "} nb_t%d;\n", t);
}

/* ---- emission helpers ---------------------------------------------------- */

/* A variable, or a field path of one (v_z, t12.f0.re). */
static bool is_var_path(const char *s) {
  if (!isalpha((unsigned char)*s) && *s != '_') return false;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.') return false;
  return true;
}

/* dst = src, one scalar field at a time. */
static void copy_fields(Lw *w, NbTy ty, const char *dst, const char *src) {
  const NbTypeInfo *i = nb_type(ty);
  if (i->kind == NK_SCALAR && dt_is_complex((DType)i->dtype)) {
    sb_printf(w->o, "%s.re = %s.re; %s.im = %s.im;\n", dst, src, dst, src);
  } else if (i->kind == NK_ARRAY) {
    sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj;", dst, src, dst, src);
    for (int k = 0; k < i->ndim; k++)
      sb_printf(w->o, " %s.shape[%d] = %s.shape[%d]; %s.strides[%d] = %s.strides[%d];", dst, k, src, k, dst, k, src, k);
    sb_puts(w->o, "\n");
  } else if (i->kind == NK_TUPLE) {
    for (int k = 0; k < i->n; k++) {
      char d[160], s[160];
      snprintf(d, sizeof d, "%s.f%d", dst, k);
      snprintf(s, sizeof s, "%s.f%d", src, k);
      copy_fields(w, i->items[k], d, s);
    }
  } else if (i->kind == NK_OPTIONAL) {
    char d[160], s[160];
    snprintf(d, sizeof d, "%s.v", dst);
    snprintf(s, sizeof s, "%s.v", src);
    copy_fields(w, i->items[0], d, s);
    sb_printf(w->o, "%s.some = %s.some;\n", dst, src);
  } else sb_printf(w->o, "%s = %s;\n", dst, src);
}

/* `dst = src;` (declaring dst with C type ct when ct is given). A struct
** copied from a variable goes field by field: tcc copies any struct by
** calling memmove (gcc's code is the same either way). */
static void emit_copy(Lw *w, NbTy ty, const char *ct, const char *dst, const char *src) {
  const NbTypeInfo *i = nb_type(ty);
  bool is_struct = i->kind == NK_ARRAY || i->kind == NK_TUPLE || i->kind == NK_OPTIONAL || i->kind == NK_STR ||
                   (i->kind == NK_SCALAR && dt_is_complex((DType)i->dtype));
  if (is_struct && is_var_path(src) && strlen(dst) < 64 && strlen(src) < 64) {
    if (ct) sb_printf(w->o, "%s %s;\n", ct, dst);
    copy_fields(w, ty, dst, src);
  } else if (ct) sb_printf(w->o, "%s %s = %s;\n", ct, dst, src);
  else sb_printf(w->o, "%s = %s;\n", dst, src);
}

/* Declares `ctype name = <fmt>;` for a fresh temporary named prefix + number. */
static V vdecl(Lw *w, NbTy ty, const char *ct, char prefix, const char *fmt, va_list ap) {
  V v;
  v.ty = ty;
  snprintf(v.s, sizeof v.s, "%c%d", prefix, w->u->ntmp++);
  StrBuf init = STRBUF_INIT;
  sb_vprintf(&init, fmt, ap);
  emit_copy(w, ty, ct, v.s, init.data ? init.data : "");
  sb_free(&init);
  return v;
}

/* The initialiser of a variable of type ty: a complex one spelled out, as
** tcc clears a struct with `= {0}` by calling memset. */
static const char *zero_init(NbTy ty) {
  const NbTypeInfo *i = nb_type(ty);
  if (i->kind == NK_SCALAR) return dt_is_complex((DType)i->dtype) ? "{0.0, 0.0}" : "0";
  if (i->kind == NK_LIST || i->kind == NK_DICT || i->kind == NK_SET) return "0";
  return "{0}";
}

static V tmp(Lw *w, NbTy ty, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static V tmp(Lw *w, NbTy ty, const char *fmt, ...) {
  char ct[32];
  ctype(w, ty, ct, sizeof ct);
  va_list ap;
  va_start(ap, fmt);
  V v = vdecl(w, ty, ct, 't', fmt, ap);
  va_end(ap);
  return v;
}

static V lit(NbTy ty, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A scalar computed from operands that nothing changes before its use (a
** subexpression's temporaries, locals an expression cannot rebind): kept as
** the expression `(...)`, printed where it is used, when it is short;
** else a temporary. tcc keeps every temporary in memory: the expressions
** save a store and a load each (nbody's tcc code: 20 per pair of bodies). */
static V pure(Lw *w, NbTy ty, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static V pure(Lw *w, NbTy ty, const char *fmt, ...) {
  char buf[sizeof ((V *)0)->s];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n > 0 && (size_t)n + 2 < sizeof buf) return lit(ty, "(%s)", buf);
  va_start(ap, fmt);
  char ct[32];
  ctype(w, ty, ct, sizeof ct);
  V v = vdecl(w, ty, ct, 't', fmt, ap);
  va_end(ap);
  return v;
}

/* A new temporary, cleared, or not where the caller assigns every field
** next (a cleared complex is two more stores in tcc code). */
static V decl_var(Lw *w, NbTy ty, bool clear) {
  V v;
  v.ty = ty;
  snprintf(v.s, sizeof v.s, "t%d", w->u->ntmp++);
  char ct[32];
  ctype(w, ty, ct, sizeof ct);
  if (clear) sb_printf(w->o, "%s %s = %s;\n", ct, v.s, zero_init(ty));
  else sb_printf(w->o, "%s %s;\n", ct, v.s);
  return v;
}

static V decl_uninit(Lw *w, NbTy ty) { return decl_var(w, ty, false); }

static V decl_tmp(Lw *w, NbTy ty) { return decl_var(w, ty, true); }

static V lit(NbTy ty, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static V lit(NbTy ty, const char *fmt, ...) {
  V v;
  v.ty = ty;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(v.s, sizeof v.s, fmt, ap);
  va_end(ap);
  return v;
}

static V kdouble(double d, NbTy ty) {
  if (isfinite(d) && d != 0.0) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.17g", d);
    if (!strpbrk(buf, ".e")) strcat(buf, ".0");
    return lit(ty, "%s", buf);
  }
  uint64_t u;
  memcpy(&u, &d, 8);
  return lit(ty, "nb_bits(0x%llxULL)", (unsigned long long)u);
}

static V kint(int64_t i) {
  if (i == INT64_MIN) return lit(nb_scalar(DT_INT64), "(-9223372036854775807LL - 1)");
  return lit(nb_scalar(DT_INT64), i < 0 ? "(%lldLL)" : "%lldLL", (long long)i); /* -%s must not read --3LL */
}

_Static_assert(NBH_rand_double == 3, "the prelude's NB_RAND calls helper 3");
_Static_assert(NBH_rand_refill == 29, "the prelude's NB_MTWORD calls helper 29");
_Static_assert(NBH_pyrand_double == 31, "the prelude's NB_PYRAND calls helper 31");
_Static_assert(NBH_pyrand_refill == 35, "the prelude's NB_PYRAND calls helper 35");
_Static_assert(NBH_raise_index == 0, "the prelude's nb_ix calls helper 0");
_Static_assert(NBH__COUNT <= (int)(sizeof ((NbCtx *)0)->h / sizeof(void *)), "NbCtx.h (and the prelude's h[40]) holds every helper");

static int hcall_ix(const char *name) {
  static const char *const names[] = {
#define X(n) #n,
      NB_HELPERS(X)
#undef X
  };
  for (int i = 0; i < NBH__COUNT; i++)
    if (!strcmp(names[i], name)) return i;
  return -1;
}
#define H(name) hcall_ix(#name)

static V lower_expr(Lw *w, AstExpr *e);
static V lower_expr_keep(Lw *w, AstExpr *e);
static void c_string(StrBuf *o, const char *s, size_t n);
static void lower_stmts(Lw *w, AstStmtList *l);
static void try_unwind(Lw *w, int nloops);
static void lower_try(Lw *w, AstStmt *s);
static bool stmts_try(const AstStmtList *l);

static NbTy T(Lw *w, AstExpr *e) { return nb_expr_type(w->u, w->f, e); }

static int sdt(NbTy t) { return nb_type(t)->dtype; }

static V list_convert(Lw *w, V v, NbTy to);
static V dict_convert(Lw *w, V v, NbTy to);
static V set_convert(Lw *w, V v, NbTy to);

/* Converts v to type `to` (numbers, tuples elementwise, array layouts). */
static V conv(Lw *w, V v, NbTy to) {
  if (v.ty == to || !to) return v;
  const NbTypeInfo *a = nb_type(v.ty), *b = nb_type(to);
  if (a->kind == NK_SCALAR && b->kind == NK_SCALAR) {
    bool ca = dt_is_complex((DType)a->dtype), cb = dt_is_complex((DType)b->dtype);
    if (b->dtype == DT_COMPLEX64 && a->dtype != DT_COMPLEX64 && a->dtype != DT_FLOAT32) /* rounds to float32 */
      return tmp(w, to, ca ? "nb_c64round(%s)" : "nb_mkc((float)(%s), 0.0)", v.s);
    if (cb && ca) return lit(to, "%s", v.s);
    if (cb) return tmp(w, to, "nb_mkc((double)(%s), 0.0)", v.s);
    if (ca) return tmp(w, to, "(%s)(%s.re)", dt_ctype(b->dtype), v.s);
    if (b->dtype == DT_BOOL) return pure(w, to, "%s != 0", v.s);
    return pure(w, to, "(%s)(%s)", dt_ctype(b->dtype), v.s);
  }
  if (a->kind == NK_ARRAY && b->kind == NK_ARRAY) return lit(to, "%s", v.s);
  if (a->kind == NK_LIST && b->kind == NK_LIST) return list_convert(w, v, to);
  if (a->kind == NK_DICT && b->kind == NK_DICT) return dict_convert(w, v, to);
  if (a->kind == NK_SET && b->kind == NK_SET) return set_convert(w, v, to);
  if (b->kind == NK_OPTIONAL) { /* a value, None, or another optional */
    V r = decl_tmp(w, to);
    if (a->kind == NK_NONE) return r;
    if (a->kind == NK_OPTIONAL) {
      sb_printf(w->o, "if ((%s.some = %s.some)) {\n", r.s, v.s);
      V x = conv(w, lit(a->items[0], "%s.v", v.s), b->items[0]);
      char d[64];
      snprintf(d, sizeof d, "%s.v", r.s);
      emit_copy(w, b->items[0], NULL, d, x.s);
      sb_puts(w->o, "}\n");
      return r;
    }
    V x = conv(w, v, b->items[0]);
    char d[64];
    snprintf(d, sizeof d, "%s.v", r.s);
    emit_copy(w, b->items[0], NULL, d, x.s);
    sb_printf(w->o, "%s.some = 1;\n", r.s);
    return r;
  }
  if (a->kind == NK_TUPLE && b->kind == NK_TUPLE && a->n == b->n) {
    V r = decl_tmp(w, to);
    for (int i = 0; i < a->n; i++) {
      V item = lit(a->items[i], "%s.f%d", v.s, i);
      V c = conv(w, item, b->items[i]);
      sb_printf(w->o, "%s.f%d = %s;\n", r.s, i, c.s);
    }
    return r;
  }
  return lit(to, "%s", v.s);
}

static V truthy(Lw *w, V v) {
  const NbTypeInfo *i = nb_type(v.ty);
  NbTy b = nb_scalar(DT_BOOL);
  if (i->kind == NK_NONE) return lit(b, "0");
  if (i->kind == NK_SCALAR && dt_is_complex((DType)i->dtype)) return tmp(w, b, "(%s.re != 0 || %s.im != 0)", v.s, v.s);
  if (i->kind == NK_SCALAR) return lit(b, "(%s != 0)", v.s);
  return lit(b, "1");
}

/* ---- arrays ------------------------------------------------------------- */

/* Wraps/bounds-checks index value idx for dimension k of array a; not
** where `proven` (a bc_prove flag, when true) says 0 <= idx < shape. */
static V index_check(Lw *w, V a, int k, V idx, const char *proven) {
  /* in a loop whose bounds are proven, one expression (tcc keeps a
  ** temporary in memory; gcc unswitches on the flag either way) */
  if (proven && w->f->boundscheck && idx.ty == nb_scalar(DT_INT64)) {
    char e[sizeof idx.s];
    int n = snprintf(e, sizeof e, "NBIX(%s, %s, %s.shape[%d])", proven, idx.s, a.s, k);
    if (n > 0 && (size_t)n + 2 < sizeof e) return lit(idx.ty, "(%s)", e);
  }
  V i = tmp(w, nb_scalar(DT_INT64), "(int64_t)(%s)", idx.s);
  if (proven) sb_printf(w->o, "if (!%s) {\n", proven);
  sb_printf(w->o, "if (%s < 0) %s += %s.shape[%d];\n", i.s, i.s, a.s, k);
  if (w->f->boundscheck)
    sb_printf(w->o, "if ((uint64_t)%s >= (uint64_t)%s.shape[%d]) NBH(%d, nb_raise_fn)(ctx);\n", i.s, a.s, k,
              H(raise_index));
  if (proven) sb_puts(w->o, "}\n");
  return i;
}

static bool const_int_expr(AstExpr *e, int64_t *v);

/* e is `var`, `var + c`, `c + var` or `var - c` (c a small int literal). */
static bool index_of_var(AstExpr *e, const char *var, int64_t *off) {
  if (e->kind == AST_E_Name) {
    *off = 0;
    return !strcmp(e->name.id, var);
  }
  if (e->kind != AST_E_BinOp || (e->binop.op != AST_OP_Add && e->binop.op != AST_OP_Sub)) return false;
  AstExpr *l = e->binop.left, *r = e->binop.right;
  int64_t c;
  if (l->kind == AST_E_Name && !strcmp(l->name.id, var) && const_int_expr(r, &c)) *off = e->binop.op == AST_OP_Add ? c : -c;
  else if (e->binop.op == AST_OP_Add && r->kind == AST_E_Name && !strcmp(r->name.id, var) && const_int_expr(l, &c)) *off = c;
  else return false;
  return *off > -(1 << 30) && *off < (1 << 30);
}

/* The flag proving component k (AST ie) of a subscript of array variable
** arr, or NULL. A loop's flag includes its enclosing proven loops' (see
** bc_prove): the innermost flag serves them all, so that a loop tests
** one flag, which gcc unswitches on (heat2d's u[i - 1, j]). */
static const char *bc_proven(Lw *w, const char *arr, int k, AstExpr *ie) {
  for (int j = w->nbc - 1; arr && j >= 0; j--) {
    BcLoop *b = w->bc[j];
    int64_t off;
    if (!index_of_var(ie, b->var, &off)) continue;
    for (int q = 0; q < b->nacc; q++)
      if (b->acc[q].dim == k && b->acc[q].off == off && !strcmp(b->acc[q].arr, arr)) return w->bc[w->nbc - 1]->flag;
  }
  return NULL;
}

/* The C lvalue expression of element (idx...) of a: "*(T *)(addr)". */
static void elem_ref(Lw *w, V a, int nidx, V *idx, char *out, size_t n) {
  (void)w;
  const NbTypeInfo *ai = nb_type(a.ty);
  const char *et = elem_ctype(ai->dtype);
  StrBuf b = STRBUF_INIT;
  if (ai->layout == 'C' && nidx == ai->ndim) {
    /* row-major linear index */
    for (int k = 0; k < nidx; k++) {
      if (k == 0) sb_printf(&b, "%s", idx[0].s);
      else {
        StrBuf c = STRBUF_INIT;
        sb_printf(&c, "(%s) * %s.shape[%d] + %s", b.data, a.s, k, idx[k].s);
        sb_free(&b);
        b = c;
      }
    }
    snprintf(out, n, "((%s *)%s.data)[%s]", et, a.s, b.data);
  } else {
    for (int k = 0; k < nidx; k++) sb_printf(&b, " + %s * %s.strides[%d]", idx[k].s, a.s, k);
    snprintf(out, n, "(*(%s *)(%s.data%s))", et, a.s, b.data ? b.data : "");
  }
  sb_free(&b);
}

static V load_elem(Lw *w, int dt, const char *ref) {
  NbTy t = nb_scalar(dt);
  if (dt == DT_COMPLEX64) return tmp(w, t, "nb_c64load(&%s)", ref);
  if (dt == DT_BOOL) return tmp(w, t, "(%s != 0)", ref);
  return tmp(w, t, "%s", ref);
}

static void store_elem(Lw *w, int dt, const char *ref, V v) {
  V c = conv(w, v, nb_scalar(dt));
  if (dt == DT_COMPLEX64) sb_printf(w->o, "nb_c64store(&%s, %s);\n", ref, c.s);
  else sb_printf(w->o, "%s = (%s)%s;\n", ref, elem_ctype(dt), c.s);
}

/* Lowers the indices of a subscript of array a (the variable arr, or
** NULL for another expression); returns count. */
static int lower_indices(Lw *w, V a, const char *arr, AstExpr *sl, V *idx) {
  int nidx = sl->kind == AST_E_Tuple ? sl->seq.elts.len : 1;
  AstExpr **ie = sl->kind == AST_E_Tuple ? sl->seq.elts.items : &sl;
  for (int k = 0; k < nidx; k++) idx[k] = lower_expr(w, ie[k]);
  for (int k = 0; k < nidx; k++) idx[k] = index_check(w, a, k, idx[k], bc_proven(w, arr, k, ie[k]));
  return nidx;
}

/* a[i...] with fewer indices than dimensions: a view. */
static V subview(Lw *w, V a, int nidx, V *idx, NbTy rt) {
  const NbTypeInfo *ai = nb_type(a.ty);
  V r = decl_tmp(w, rt);
  sb_printf(w->o, "%s.data = %s.data", r.s, a.s);
  for (int k = 0; k < nidx; k++) sb_printf(w->o, " + %s * %s.strides[%d]", idx[k].s, a.s, k);
  sb_printf(w->o, ";\n%s.obj = %s.obj;\n", r.s, a.s);
  for (int k = nidx; k < ai->ndim; k++)
    sb_printf(w->o, "%s.shape[%d] = %s.shape[%d]; %s.strides[%d] = %s.strides[%d];\n", r.s, k - nidx, a.s, k, r.s,
              k - nidx, a.s, k);
  return r;
}

/* Emits nested loops over every element of a (C order); `ptr` names a
** char * to the current element inside the body. Returns the depth to close. */
static int open_elem_loops(Lw *w, V a, char *ptr, size_t n) {
  const NbTypeInfo *ai = nb_type(a.ty);
  int id = w->u->ntmp++;
  sb_printf(w->o, "{ char *p%d_0 = %s.data;\n", id, a.s);
  for (int k = 0; k < ai->ndim; k++) {
    sb_printf(w->o, "for (int64_t i%d_%d = 0; i%d_%d < %s.shape[%d]; i%d_%d++) { char *p%d_%d = p%d_%d + i%d_%d * %s.strides[%d];\n",
              id, k, id, k, a.s, k, id, k, id, k + 1, id, k, id, k, a.s, k);
  }
  snprintf(ptr, n, "p%d_%d", id, ai->ndim);
  return ai->ndim + 1;
}

static void close_loops(Lw *w, int depth) {
  for (int i = 0; i < depth; i++) sb_puts(w->o, "}\n");
}

static V array_size(Lw *w, V a) {
  const NbTypeInfo *ai = nb_type(a.ty);
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "1");
  for (int k = 0; k < ai->ndim; k++) sb_printf(&b, " * %s.shape[%d]", a.s, k);
  V r = tmp(w, nb_scalar(DT_INT64), "%s", b.data);
  sb_free(&b);
  return r;
}

/* New array of type rt with shape from `shape` (a C expression list). */
static V alloc_array(Lw *w, NbTy rt, const char *shape_init, int fill) {
  const NbTypeInfo *ri = nb_type(rt);
  V r = decl_tmp(w, rt);
  int id = w->u->ntmp++;
  sb_printf(w->o, "{ int64_t shp%d[%d] = {%s};\n", id, ri->ndim, shape_init);
  sb_printf(w->o, "NBH(%d, void (*)(void *, int, int, const int64_t *, void *, int))(ctx, %d, %d, shp%d, &%s, %d); }\n",
            H(arr_new), ri->dtype, ri->ndim, id, r.s, fill);
  return r;
}

/* Indexes array a with subscript sl. All-integer full indexing: writes the
** element lvalue to ref and returns false. Otherwise builds the view (type rt)
** into *view and returns true. */
static bool lower_index(Lw *w, V a, AstExpr *arr, AstExpr *sl, NbTy rt, char *ref, size_t n, V *view) {
  const NbTypeInfo *ai = nb_type(a.ty);
  int nidx = sl->kind == AST_E_Tuple ? sl->seq.elts.len : 1;
  AstExpr **ie = sl->kind == AST_E_Tuple ? sl->seq.elts.items : &sl;
  bool any_slice = false;
  for (int k = 0; k < nidx; k++)
    if (ie[k]->kind == AST_E_Slice) any_slice = true;
  V idx[ARR_MAXDIMS];
  if (!any_slice) {
    nidx = lower_indices(w, a, arr->kind == AST_E_Name ? arr->name.id : NULL, sl, idx);
    if (nidx < ai->ndim) {
      *view = subview(w, a, nidx, idx, rt);
      return true;
    }
    elem_ref(w, a, nidx, idx, ref, n);
    return false;
  }
  NbTy i64 = nb_scalar(DT_INT64);
  V r = decl_tmp(w, rt);
  sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj;\n", r.s, a.s, r.s, a.s);
  int j = 0;
  for (int k = 0; k < nidx; k++) {
    if (ie[k]->kind != AST_E_Slice) {
      V i = conv(w, lower_expr(w, ie[k]), i64);
      V c = index_check(w, a, k, i, NULL);
      sb_printf(w->o, "%s.data += %s * %s.strides[%d];\n", r.s, c.s, a.s, k);
      continue;
    }
    AstExpr *parts[3] = {ie[k]->slice.lower, ie[k]->slice.upper, ie[k]->slice.step};
    V pv[3];
    bool has[3];
    for (int q = 0; q < 3; q++) {
      has[q] = parts[q] && nb_type(T(w, parts[q]))->kind != NK_NONE;
      pv[q] = has[q] ? conv(w, lower_expr(w, parts[q]), i64) : kint(q == 2 ? 1 : 0);
    }
    int id = w->u->ntmp++;
    sb_printf(w->o, "{ int64_t st%d = 0; int64_t n%d = nb_slice(ctx, %s.shape[%d], %d, %s, %d, %s, %s, &st%d);\n", id, id, a.s, k,
              has[0], pv[0].s, has[1], pv[1].s, pv[2].s, id);
    sb_printf(w->o, "%s.data += st%d * %s.strides[%d]; %s.shape[%d] = n%d; %s.strides[%d] = %s.strides[%d] * %s; }\n", r.s, id,
              a.s, k, r.s, j, id, r.s, j, a.s, k, pv[2].s);
    j++;
  }
  for (int k = nidx; k < ai->ndim; k++, j++)
    sb_printf(w->o, "%s.shape[%d] = %s.shape[%d]; %s.strides[%d] = %s.strides[%d];\n", r.s, j, a.s, k, r.s, j, a.s, k);
  *view = r;
  return true;
}

/* dst[...] = v for an array view dst: a scalar fills, an array is copied
** (broadcast and cast by the runtime). */
static int list_loop(Lw *w, V l, char *ref, size_t n);

static void assign_array(Lw *w, V dst, V v) {
  const NbTypeInfo *di = nb_type(dst.ty), *vi = nb_type(v.ty);
  if (vi->kind == NK_LIST) { /* a 1-d view from a list of numbers (infer.c seq_into), item by item */
    V d = tmp(w, dst.ty, "%s", dst.s), l = tmp(w, v.ty, "%s", v.s);
    sb_printf(w->o, "if (%s.shape[0] != %s->len) NBH(%d, nb_raise_s_fn)(ctx, \"cannot assign slice from input of different size\");\n",
              d.s, l.s, H(raise_value));
    char src[160], ref[200];
    int id = list_loop(w, l, src, sizeof src);
    snprintf(ref, sizeof ref, "(*(%s *)(%s.data + li%d * %s.strides[0]))", elem_ctype(di->dtype), d.s, id, d.s);
    store_elem(w, di->dtype, ref, lit(vi->items[0], "%s", src));
    sb_puts(w->o, "}\n");
    return;
  }
  if (vi->kind == NK_TUPLE) { /* a 1-d view from a UniTuple (infer.c seq_into), item by item */
    V d = tmp(w, dst.ty, "%s", dst.s);
    sb_printf(w->o, "if (%s.shape[0] != %d) NBH(%d, nb_raise_s_fn)(ctx, \"cannot assign slice from input of different size\");\n",
              d.s, vi->n, H(raise_value));
    for (int k = 0; k < vi->n; k++) {
      char ref[200];
      snprintf(ref, sizeof ref, "(*(%s *)(%s.data + %d * %s.strides[0]))", elem_ctype(di->dtype), d.s, k, d.s);
      store_elem(w, di->dtype, ref, lit(vi->items[k], "%s.f%d", v.s, k));
    }
    return;
  }
  if (vi->kind == NK_SCALAR) {
    char p[32], ref[96];
    int depth = open_elem_loops(w, dst, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(di->dtype), p);
    store_elem(w, di->dtype, ref, v);
    close_loops(w, depth);
    return;
  }
  V d = tmp(w, dst.ty, "%s", dst.s);
  V src = tmp(w, v.ty, "%s", v.s);
  sb_printf(w->o, "NBH(%d, void (*)(void *, void *, int, int, const void *))(ctx, &%s, %d, %d, &%s);\n", H(arr_assign), d.s,
            di->ndim, 100 + vi->ndim, src.s);
}

/* ---- binary operators ------------------------------------------------------ */

static bool const_int_expr(AstExpr *e, int64_t *v) {
  if (e->kind == AST_E_Constant && e->constant.kind == AST_CONST_Int) {
    *v = e->constant.i;
    return true;
  }
  if (e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub && e->unaryop.operand->kind == AST_E_Constant &&
      e->unaryop.operand->constant.kind == AST_CONST_Int) {
    *v = -e->unaryop.operand->constant.i;
    return true;
  }
  return false;
}

/* ---- shift counts LLVM knows ------------------------------------------------
** Numba's shifts are LLVM's shl/ashr: a count the optimiser proves constant
** and >= the width folds to poison, which comes out as 0 (x << 70 is 0,
** also for x < 0 and for >>), while a count known only at run time is
** masked by the machine (x << s with s = 70 from an argument is x << 6).
** Constant counts here: a literal or folded expression, and a local whose
** one binding in the function is `name = <int constant>` (shift_count_const;
** also Numba's literal axis of a.sum(axis=k)). */

typedef struct ShiftScan {
  const char *id;
  int nconst;   /* `id = constant` statements */
  bool other;   /* any other binding of id */
  int64_t k;
} ShiftScan;

static bool target_binds(const AstExpr *t, const char *id) {
  switch (t->kind) {
  case AST_E_Name: return !strcmp(t->name.id, id);
  case AST_E_Starred: return target_binds(t->starred.value, id);
  case AST_E_Tuple: case AST_E_List:
    for (int i = 0; i < t->seq.elts.len; i++)
      if (target_binds(t->seq.elts.items[i], id)) return true;
    return false;
  default: return false;
  }
}

static void shift_scan_stmts(ShiftScan *sc, const AstStmtList *l);

static void shift_scan_stmt(ShiftScan *sc, const AstStmt *s) {
  switch (s->kind) {
  case AST_S_Assign:
    for (int i = 0; i < s->assign.targets.len; i++) {
      const AstExpr *t = s->assign.targets.items[i];
      int64_t k;
      if (t->kind == AST_E_Name && !strcmp(t->name.id, sc->id) && nb_folded_int(s->assign.value, &k, NULL, 0) == NB_FOLD_I64) {
        sc->nconst++;
        sc->k = k;
      } else if (target_binds(t, sc->id)) sc->other = true;
    }
    break;
  case AST_S_AugAssign: sc->other |= target_binds(s->augassign.target, sc->id); break;
  case AST_S_AnnAssign: sc->other |= target_binds(s->annassign.target, sc->id); break;
  case AST_S_Delete: sc->other = true; break;
  case AST_S_For:
    sc->other |= target_binds(s->for_.target, sc->id);
    shift_scan_stmts(sc, &s->for_.body);
    shift_scan_stmts(sc, &s->for_.orelse);
    break;
  case AST_S_While: shift_scan_stmts(sc, &s->while_.body); shift_scan_stmts(sc, &s->while_.orelse); break;
  case AST_S_If: shift_scan_stmts(sc, &s->if_.body); shift_scan_stmts(sc, &s->if_.orelse); break;
  case AST_S_With:
    for (int i = 0; i < s->with.items.len; i++)
      if (s->with.items.items[i]->optional_vars) sc->other |= target_binds(s->with.items.items[i]->optional_vars, sc->id);
    shift_scan_stmts(sc, &s->with.body);
    break;
  case AST_S_Try:
    shift_scan_stmts(sc, &s->try_.body);
    for (int i = 0; i < s->try_.handlers.len; i++) shift_scan_stmts(sc, &s->try_.handlers.items[i]->body);
    shift_scan_stmts(sc, &s->try_.orelse);
    shift_scan_stmts(sc, &s->try_.finalbody);
    break;
  case AST_S_FunctionDef: sc->other |= !strcmp(s->funcdef.name, sc->id); break;
  default: break;
  }
}

static void shift_scan_stmts(ShiftScan *sc, const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) shift_scan_stmt(sc, l->items[i]);
}

static bool shift_count_const(Lw *w, const AstExpr *rhs, int64_t *k) {
  if (!rhs) return false;
  if (nb_folded_int(rhs, k, NULL, 0) == NB_FOLD_I64) return true;
  if (rhs->kind != AST_E_Name) return false;
  const AstStmt *def = w->f->def;
  const AstArguments *a = def->funcdef.args;
  for (int i = 0; i < a->args.len; i++)
    if (!strcmp(a->args.items[i]->name, rhs->name.id)) return false;
  ShiftScan sc = {.id = rhs->name.id};
  shift_scan_stmts(&sc, &def->funcdef.body);
  *k = sc.k;
  return sc.nconst == 1 && !sc.other;
}

static V array_binop(Lw *w, int op, V a, V b, NbTy rt) {
  /* operands passed by kind: 100+ndim array desc, 1 int64, 2 double, 3 complex, 4 bool */
  V r = decl_tmp(w, rt);
  V ops[2] = {a, b};
  int kinds[2];
  char names[2][48];
  for (int k = 0; k < 2; k++) {
    const NbTypeInfo *i = nb_type(ops[k].ty);
    if (i->kind == NK_ARRAY) {
      kinds[k] = 100 + i->ndim;
      snprintf(names[k], sizeof names[k], "%s", ops[k].s);
    } else {
      V c;
      if (dt_is_complex((DType)i->dtype)) { kinds[k] = 3; c = conv(w, ops[k], nb_scalar(DT_COMPLEX128)); }
      else if (dt_is_float((DType)i->dtype)) { kinds[k] = 2; c = conv(w, ops[k], nb_scalar(DT_FLOAT64)); }
      else if (i->dtype == DT_BOOL) { kinds[k] = 4; c = conv(w, ops[k], nb_scalar(DT_INT64)); }
      else { kinds[k] = 1; c = conv(w, ops[k], nb_scalar(DT_INT64)); }
      V t = tmp(w, c.ty, "%s", c.s);
      snprintf(names[k], sizeof names[k], "%s", t.s);
    }
  }
  const NbTypeInfo *ri = nb_type(rt);
  sb_printf(w->o, "NBH(%d, void (*)(void *, int, int, const void *, int, const void *, int, int, void *))(ctx, %d, %d, &%s, %d, &%s, %d, %d, &%s);\n",
            H(arr_binop), op, kinds[0], names[0], kinds[1], names[1], ri->dtype, ri->ndim, r.s);
  return r;
}

static V lower_dot(Lw *w, V a, V b, NbTy rt);

static V binop(Lw *w, AstPos pos, AstBinOp op, V a, V b, NbTy rt, AstExpr *rhs);
static void str_fns(Lw *w);

/* divmod(a, b): floor division and remainder, one zero test with
** Numba's message ("integer divmod by zero"; floats: "modulo by zero"). */
static V lower_divmod(Lw *w, V a, V b, NbTy rt) {
  NbTy qt = nb_type(rt)->items[0];
  if (w->f->numpy_errors || w->in_par) { /* the numpy error model: no raise (binop) */
    V q = binop(w, (AstPos){0}, AST_OP_FloorDiv, a, b, qt, NULL), m = binop(w, (AstPos){0}, AST_OP_Mod, a, b, qt, NULL);
    V r = decl_tmp(w, rt);
    sb_printf(w->o, "%s.f0 = %s; %s.f1 = %s;\n", r.s, q.s, r.s, m.s);
    return r;
  }
  int d = sdt(qt);
  const char *ct = dt_ctype(d);
  V x = conv(w, a, qt), y = conv(w, b, qt);
  V r = decl_tmp(w, rt);
  bool fl = dt_is_float((DType)d), uns = dt_is_unsigned((DType)d);
  sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_i_fn)(ctx, %d);\n", y.s, H(raise_zerodiv), fl ? 7 : 8);
  sb_printf(w->o, "%s.f0 = (%s)%s(ctx, %s, %s); %s.f1 = (%s)%s(ctx, %s, %s);\n", r.s, ct,
            fl ? "nb_ffloordiv" : uns ? "nb_ufloordiv" : "nb_ifloordiv", x.s, y.s, r.s, ct,
            fl ? "nb_fmod_py" : uns ? "nb_umod" : "nb_imod", x.s, y.s);
  return r;
}

static V list_binop(Lw *w, AstBinOp op, V a, V b, NbTy rt, bool inplace);

static V binop(Lw *w, AstPos pos, AstBinOp op, V a, V b, NbTy rt, AstExpr *rhs) {
  (void)pos;
  const NbTypeInfo *ri = nb_type(rt);
  if (op == AST_OP_MatMult && nb_is_array(a.ty) && nb_is_array(b.ty)) return lower_dot(w, a, b, rt);
  if (ri->kind == NK_STR) {
    str_fns(w);
    if (op == AST_OP_Mult) { /* s * n, n * s */
      bool sfirst = nb_type(a.ty)->kind == NK_STR;
      return tmp(w, rt, "nb_strrep(ctx, %s, (int64_t)%s)", sfirst ? a.s : b.s, sfirst ? b.s : a.s);
    }
    return tmp(w, rt, "nb_strcat(ctx, %s, %s)", a.s, b.s);
  }
  if (ri->kind == NK_ARRAY) return array_binop(w, (int)op, a, b, rt);
  if (ri->kind == NK_LIST) return list_binop(w, op, a, b, rt, false);
  if (ri->kind == NK_TUPLE) { /* tuple concatenation */
    V r = decl_tmp(w, rt);
    const NbTypeInfo *x = nb_type(a.ty), *y = nb_type(b.ty);
    for (int i = 0; i < x->n; i++) sb_printf(w->o, "%s.f%d = %s.f%d;\n", r.s, i, a.s, i);
    for (int i = 0; i < y->n; i++) sb_printf(w->o, "%s.f%d = %s.f%d;\n", r.s, x->n + i, b.s, i);
    return r;
  }
  int d = ri->dtype;
  bool cplx = dt_is_complex((DType)d);
  if (op == AST_OP_Pow) {
    int64_t k;
    if (cplx) { /* Numba squares by a multiplication, other powers by numba_cpow(f) */
      V x = conv(w, a, rt), y = conv(w, b, rt);
      bool f32 = d == DT_COMPLEX64;
      return tmp(w, rt, "%s.re == 2.0 && %s.im == 0.0 ? %s(%s, %s) : %s(nb_cpow(%s, %s))", y.s, y.s, f32 ? "nb_cmulf" : "nb_cmul", x.s,
                 x.s, f32 ? "nb_c64round" : "", x.s, y.s);
    }
    bool int_exp = nb_is_int(b.ty) || nb_is_bool(b.ty);
    if (dt_is_int((DType)d)) {
      V x = conv(w, a, rt), y = conv(w, b, rt);
      bool uns = dt_is_unsigned((DType)d);
      if (rhs && const_int_expr(rhs, &k) && k == 2) return tmp(w, rt, "(%s)(double)(%s * %s)", dt_ctype(d), x.s, x.s);
      return uns ? tmp(w, rt, "nb_upow(%s, %s)", x.s, y.s) : tmp(w, rt, "nb_ipow(ctx, %s, %s)", x.s, y.s);
    }
    V x = conv(w, a, rt);
    if (int_exp) {
      V y = conv(w, b, nb_scalar(DT_INT64));
      if (rhs && const_int_expr(rhs, &k) && k == 2) return tmp(w, rt, "%s * %s", x.s, x.s);
      if (rhs && const_int_expr(rhs, &k) && k == 1) return x;
      if (w->in_par) /* a prange body: NumPy's rules, 0.0 ** -1 is inf (Numba leaves the element unset) */
        return tmp(w, rt, "%s(%s, %s)", d == DT_FLOAT32 ? "nb_fpowi32" : "nb_fpowi", x.s, y.s);
      return tmp(w, rt, "%s(ctx, %s, %s)", d == DT_FLOAT32 ? "nb_fpowz32" : "nb_fpowz", x.s, y.s);
    }
    V y = conv(w, b, nb_scalar(DT_FLOAT64));
    V xd = conv(w, x, nb_scalar(DT_FLOAT64));
    return tmp(w, rt, "(%s)pow(%s, %s)", dt_ctype(d), xd.s, y.s);
  }
  /* NumPy's results where Python raises: @vectorize kernels, and prange
  ** bodies (Numba compiles a parfor's body with the numpy error model) */
  bool npe = (w->f->numpy_errors || w->in_par) && !cplx;
  if (op == AST_OP_Div) {
    V x = conv(w, a, rt), y = conv(w, b, rt);
    if (cplx) return tmp(w, rt, "%s(ctx, %s, %s)", d == DT_COMPLEX64 ? "nb_cdivf" : "nb_cdiv", x.s, y.s);
    if (npe) return pure(w, rt, "%s / %s", x.s, y.s);
    /* the divisor tested inline, no call (tcc does not inline functions) */
    return pure(w, rt, "%s != 0 ? %s / %s : (%s)nb_fdivz(ctx)", y.s, x.s, y.s, dt_ctype(d));
  }
  V x = conv(w, a, rt), y = conv(w, b, rt);
  /* by zero under NumPy's rules: x / 0 (floor division of floats), nan
  ** (float remainder), 0 (ints); the helpers, which raise, not called */
  char byzero[200] = "";
  if (npe && (op == AST_OP_FloorDiv || op == AST_OP_Mod)) {
    if (!dt_is_float((DType)d)) snprintf(byzero, sizeof byzero, "%s == 0 ? (%s)0 : ", y.s, dt_ctype(d));
    else if (op == AST_OP_Mod) snprintf(byzero, sizeof byzero, "%s == 0 ? nb_bits(0x7ff8000000000000ULL) : ", y.s);
    else snprintf(byzero, sizeof byzero, "%s == 0 ? %s / %s : ", y.s, x.s, y.s);
  }
  /* by a positive power of two, a signed int's floor division is its
  ** arithmetic shift and its remainder the low bits, for either sign: no
  ** division and its sign fix-up, which kept gcc from vectorising loops */
  int64_t k2;
  bool pow2 = rhs && dt_is_int((DType)d) && !dt_is_unsigned((DType)d) && const_int_expr(rhs, &k2) && k2 > 0 &&
              (k2 & (k2 - 1)) == 0;
  switch (op) {
  case AST_OP_Add: case AST_OP_Sub: case AST_OP_Mult:
    if (d == DT_COMPLEX64) { /* float32 operations */
      if (op == AST_OP_Mult) return tmp(w, rt, "nb_cmulf(%s, %s)", x.s, y.s);
      char c = op == AST_OP_Add ? '+' : '-';
      return tmp(w, rt, "nb_mkc((float)(%s.re %c %s.re), (float)(%s.im %c %s.im))", x.s, c, y.s, x.s, c, y.s);
    }
    if (cplx) { /* field by field: no struct passing (tcc copies structs slowly) */
      V r = decl_uninit(w, rt);
      if (op == AST_OP_Mult)
        sb_printf(w->o, "%s.re = %s.re * %s.re - %s.im * %s.im; %s.im = %s.re * %s.im + %s.im * %s.re;\n", r.s, x.s, y.s, x.s,
                  y.s, r.s, x.s, y.s, x.s, y.s);
      else
        sb_printf(w->o, "%s.re = %s.re %c %s.re; %s.im = %s.im %c %s.im;\n", r.s, x.s, op == AST_OP_Add ? '+' : '-', y.s, r.s,
                  x.s, op == AST_OP_Add ? '+' : '-', y.s);
      return r;
    }
    return pure(w, rt, "%s %c %s", x.s, op == AST_OP_Add ? '+' : op == AST_OP_Sub ? '-' : '*', y.s);
  case AST_OP_FloorDiv:
    if (dt_is_float((DType)d)) return tmp(w, rt, "%s(%s)nb_ffloordiv(ctx, %s, %s)", byzero, dt_ctype(d), x.s, y.s);
    if (pow2) return pure(w, rt, "(%s)(%s >> %d)", dt_ctype(d), x.s, __builtin_ctzll((uint64_t)k2));
    return tmp(w, rt, "%s%s(ctx, %s, %s)", byzero, dt_is_unsigned((DType)d) ? "nb_ufloordiv" : "nb_ifloordiv", x.s, y.s);
  case AST_OP_Mod:
    if (dt_is_float((DType)d)) return tmp(w, rt, "%s(%s)nb_fmod_py(ctx, %s, %s)", byzero, dt_ctype(d), x.s, y.s);
    if (pow2) return pure(w, rt, "(%s)(%s & %lldLL)", dt_ctype(d), x.s, (long long)(k2 - 1));
    return tmp(w, rt, "%s%s(ctx, %s, %s)", byzero, dt_is_unsigned((DType)d) ? "nb_umod" : "nb_imod", x.s, y.s);
  case AST_OP_LShift: case AST_OP_RShift: {
    int64_t k;
    if (shift_count_const(w, rhs, &k) && (k < 0 || k >= 8 * (int64_t)dt_size((DType)d))) return lit(rt, "(%s)0", dt_ctype(d));
    if (op == AST_OP_RShift) return pure(w, rt, "%s >> (%s & 63)", x.s, y.s);
    return pure(w, rt, "(%s)((uint64_t)%s << (%s & 63))", dt_ctype(d), x.s, y.s);
  }
  case AST_OP_BitAnd: return pure(w, rt, "%s & %s", x.s, y.s);
  case AST_OP_BitOr: return pure(w, rt, "%s | %s", x.s, y.s);
  case AST_OP_BitXor: return pure(w, rt, "%s ^ %s", x.s, y.s);
  default: break;
  }
  return lit(rt, "0");
}

static const char *cmp_c(AstCmpOp op) {
  switch (op) {
  case AST_CMP_Eq: case AST_CMP_Is: return "==";
  case AST_CMP_NotEq: case AST_CMP_IsNot: return "!=";
  case AST_CMP_Lt: return "<";
  case AST_CMP_LtE: return "<=";
  case AST_CMP_Gt: return ">";
  case AST_CMP_GtE: return ">=";
  default: return "==";
  }
}

static V list_contains(Lw *w, V x, V l);
static V cset_contains(Lw *w, V x, V s);
static V dict_find(Lw *w, V d, V k);

static V compare1(Lw *w, AstCmpOp op, V a, V b);
static V range_contains(Lw *w, V x, V r);

/* Tuples a OP b as Numba's tupleobj.py: == item by item (False for
** different lengths); an ordering decided by the first items that differ
** (!=), else by the lengths. */
static V tuple_compare(Lw *w, AstCmpOp op, V a, V b) {
  NbTy bt = nb_scalar(DT_BOOL);
  const NbTypeInfo *x = nb_type(a.ty), *y = nb_type(b.ty);
  bool eq = op == AST_CMP_Eq || op == AST_CMP_NotEq;
  if (eq && x->n != y->n) return lit(bt, "%d", op == AST_CMP_NotEq);
  V r = decl_tmp(w, bt);
  sb_printf(w->o, "%s = 1;\n", r.s);
  int label = w->u->ntmp++;
  for (int i = 0; i < x->n && i < y->n; i++) {
    V ai = lit(x->items[i], "%s.f%d", a.s, i), bi = lit(y->items[i], "%s.f%d", b.s, i);
    if (eq) {
      V c = compare1(w, AST_CMP_Eq, ai, bi);
      sb_printf(w->o, "%s = %s && %s;\n", r.s, r.s, c.s);
      continue;
    }
    V ne = compare1(w, AST_CMP_NotEq, ai, bi);
    sb_printf(w->o, "if (%s) {\n", ne.s);
    V c = compare1(w, op, ai, bi);
    sb_printf(w->o, "%s = %s; goto nbtc%d; }\n", r.s, c.s, label);
  }
  if (eq) return op == AST_CMP_Eq ? r : lit(bt, "(!%s)", r.s);
  int n = x->n, m = y->n;
  bool len_cmp = op == AST_CMP_Lt ? n < m : op == AST_CMP_LtE ? n <= m : op == AST_CMP_Gt ? n > m : n >= m;
  sb_printf(w->o, "%s = %d;\nnbtc%d:;\n", r.s, len_cmp, label);
  return r;
}

/* x in t for a tuple t: x == some item. */
static V tuple_contains(Lw *w, V v, V t) {
  const NbTypeInfo *ti = nb_type(t.ty);
  V r = decl_tmp(w, nb_scalar(DT_BOOL));
  sb_printf(w->o, "%s = 0;\n", r.s);
  for (int i = 0; i < ti->n; i++) {
    V c = compare1(w, AST_CMP_Eq, v, lit(ti->items[i], "%s.f%d", t.s, i));
    sb_printf(w->o, "%s = %s || %s;\n", r.s, r.s, c.s);
  }
  return r;
}

/* v in a for an array a: v == some element, in C order, stopping at the
** first (Numba's array_contains over np.nditer; NaN is never found). */
static V array_contains(Lw *w, V v, V a) {
  const NbTypeInfo *ai = nb_type(a.ty);
  V r = decl_tmp(w, nb_scalar(DT_BOOL)), x0 = tmp(w, v.ty, "%s", v.s), arr = tmp(w, a.ty, "%s", a.s);
  char p[32], ref[96];
  int label = w->u->ntmp++;
  int depth = open_elem_loops(w, arr, p, sizeof p);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(ai->dtype), p);
  V c = compare1(w, AST_CMP_Eq, load_elem(w, ai->dtype, ref), x0);
  sb_printf(w->o, "if (%s) { %s = 1; goto nbac%d; }\n", c.s, r.s, label);
  close_loops(w, depth);
  sb_printf(w->o, "nbac%d:;\n", label);
  return r;
}

static V compare1(Lw *w, AstCmpOp op, V a, V b) {
  NbTy bt = nb_scalar(DT_BOOL);
  const NbTypeInfo *x = nb_type(a.ty), *y = nb_type(b.ty);
  if (x->kind == NK_TUPLE && y->kind == NK_TUPLE && op != AST_CMP_In && op != AST_CMP_NotIn && op != AST_CMP_Is &&
      op != AST_CMP_IsNot)
    return tuple_compare(w, op, a, b);
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_RANGE) {
    V r = range_contains(w, a, b);
    return op == AST_CMP_In ? r : lit(bt, "(!%s)", r.s);
  }
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_TUPLE) {
    V r = tuple_contains(w, a, b);
    return op == AST_CMP_In ? r : lit(bt, "(!%s)", r.s);
  }
  if (x->kind == NK_STR && y->kind == NK_STR && (op == AST_CMP_In || op == AST_CMP_NotIn)) {
    str_fns(w);
    return tmp(w, bt, "%snb_strin(%s, %s)", op == AST_CMP_In ? "" : "!", a.s, b.s);
  }
  if (x->kind == NK_STR && y->kind == NK_STR && op != AST_CMP_Is && op != AST_CMP_IsNot)
    return tmp(w, bt, "nb_strcmp(%s, %s) %s 0", a.s, b.s, cmp_c(op));
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_DICT) {
    V i = dict_find(w, b, a);
    return lit(bt, "(%s %s 0)", i.s, op == AST_CMP_In ? ">=" : "<");
  }
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_SET) {
    V r = cset_contains(w, a, b);
    return op == AST_CMP_In ? r : lit(bt, "(!%s)", r.s);
  }
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_LIST) {
    V r = list_contains(w, a, b);
    return op == AST_CMP_In ? r : lit(bt, "(!%s)", r.s);
  }
  if ((op == AST_CMP_In || op == AST_CMP_NotIn) && y->kind == NK_ARRAY) {
    V r = array_contains(w, a, b);
    return op == AST_CMP_In ? r : lit(bt, "(!%s)", r.s);
  }
  if (x->kind != NK_SCALAR || y->kind != NK_SCALAR) {
    bool same = x->kind == y->kind;
    bool eq = op == AST_CMP_Eq || op == AST_CMP_Is;
    return lit(bt, "%d", eq ? same : !same);
  }
  int d = nb_promote_dt(x->dtype, y->dtype);
  NbTy ct = nb_scalar(d);
  V p = conv(w, a, ct), q = conv(w, b, ct);
  if (dt_is_complex((DType)d)) {
    bool eq = op == AST_CMP_Eq || op == AST_CMP_Is;
    return tmp(w, bt, eq ? "(%s.re == %s.re && %s.im == %s.im)" : "(%s.re != %s.re || %s.im != %s.im)", p.s, q.s, p.s, q.s);
  }
  return pure(w, bt, "%s %s %s", p.s, cmp_c(op), q.s);
}

/* ---- calls ------------------------------------------------------------------ */

static const char *cfunc_for(const char *base) {
  static const char *const map[][2] = {
      {"arcsin", "asin"}, {"arccos", "acos"}, {"arctan", "atan"}, {"arcsinh", "asinh"}, {"arccosh", "acosh"},
      {"arctanh", "atanh"}, {"absolute", "fabs"}, {"gamma", "tgamma"}, {"arctan2", "atan2"}, {"power", "pow"},
  };
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (!strcmp(map[i][0], base)) return map[i][1];
  return base;
}

/* The call of @vectorize ufunc kernel g on C operands x[] (already of its
** input types), as an expression of dtype rd's C type. */
static void vufunc_apply(StrBuf *b, const NbFunc *g, char (*x)[96], int n, int rd) {
  sb_printf(b, "(%s)nbf_%d(ctx", dt_ctype(rd), g->id);
  for (int i = 0; i < n; i++) sb_printf(b, ", %s", x[i]);
  sb_puts(b, ")");
}

/* A @vectorize ufunc called on scalars: its kernel, on the loop's types. */
static V lower_vufunc_call(Lw *w, AstExpr *e, NbTy callee, NbTy rt) {
  int n = e->call.args.len;
  V a[4];
  NbTy at[4], in[4];
  for (int i = 0; i < n && i < 4; i++) {
    a[i] = lower_expr(w, e->call.args.items[i]);
    at[i] = a[i].ty;
  }
  NbFunc *g;
  int out = nb_vufunc_loop(w->u, w->f, e, callee, n, at, in, &g);
  if (out < 0) return lit(rt, "0");
  g->callsites++;
  char x[4][96];
  for (int i = 0; i < n; i++) snprintf(x[i], sizeof x[i], "%s", conv(w, a[i], in[i]).s);
  StrBuf b = STRBUF_INIT;
  vufunc_apply(&b, g, x, n, out);
  V r = tmp(w, nb_scalar(out), "%s", b.data);
  sb_free(&b);
  return conv(w, r, rt);
}

/* Arrays (a view as its descriptor says), containers, and uint64 (which
** the int64 helper would print negative) print as the Python value
** dispatch.c's print_val boxes from their C layout; the NbTy in the text
** is this process's, which the cache key (the text) pins. */
static bool print_boxed(const NbTypeInfo *ti) {
  return ti->kind == NK_ARRAY || ti->kind == NK_TUPLE || ti->kind == NK_LIST || ti->kind == NK_DICT || ti->kind == NK_SET ||
         (ti->kind == NK_SCALAR && ti->dtype == DT_UINT64);
}

/* print_begin .. print_end print one argument each. */
static void print_value(Lw *w, V v) {
  const NbTypeInfo *ti = nb_type(v.ty);
  if (ti->kind == NK_OPTIONAL) { /* None, or the value (Numba boxes the optional) */
    V o = tmp(w, v.ty, "%s", v.s);
    sb_printf(w->o, "if (!%s.some) NBH(%d, void (*)(void *, const char *))(ctx, \"None\");\nelse {\n", o.s, H(print_str));
    print_value(w, lit(ti->items[0], "%s.v", o.s));
    sb_puts(w->o, "}\n");
  } else if (print_boxed(ti)) {
    V t = tmp(w, v.ty, "%s", v.s);
    sb_printf(w->o, "NBH(%d, void (*)(void *, int, const void *))(ctx, %d, &%s);\n", H(print_val), v.ty, t.s);
  } else if (ti->kind == NK_NONE) sb_printf(w->o, "NBH(%d, void (*)(void *, const char *))(ctx, \"None\");\n", H(print_str));
  else if (ti->kind == NK_DTYPE) /* str(np.dtype): its name */
    sb_printf(w->o, "NBH(%d, void (*)(void *, const char *))(ctx, \"%s\");\n", H(print_str), dt_name((DType)ti->dtype));
  else if (ti->kind == NK_STR) sb_printf(w->o, "NBH(%d, void (*)(void *, const char *))(ctx, %s.p);\n", H(print_str), v.s);
  else if (ti->dtype == DT_BOOL) sb_printf(w->o, "NBH(%d, void (*)(void *, int))(ctx, %s);\n", H(print_bool), v.s);
  else if (dt_is_complex((DType)ti->dtype))
    sb_printf(w->o, "NBH(%d, void (*)(void *, double, double))(ctx, %s.re, %s.im);\n", H(print_c128), v.s, v.s);
  else if (dt_is_float((DType)ti->dtype))
    sb_printf(w->o, "NBH(%d, void (*)(void *, double))(ctx, (double)%s);\n", H(print_f64), v.s);
  else sb_printf(w->o, "NBH(%d, void (*)(void *, int64_t))(ctx, (int64_t)%s);\n", H(print_i64), v.s);
}

/* Every argument is evaluated before anything prints, as in Python (an
** argument that raises leaves no partial line). */
static V lower_print(Lw *w, AstExpr *e) {
  int n = e->call.args.len;
  V vals[n + 1];
  for (int i = 0; i < n; i++) {
    AstExpr *a = e->call.args.items[i];
    if (a->kind != AST_E_Constant || a->constant.kind != AST_CONST_Str) vals[i] = lower_expr_keep(w, a);
  }
  sb_printf(w->o, "NBH(%d, void (*)(void *))(ctx);\n", H(print_begin));
  for (int i = 0; i < n; i++) {
    AstExpr *a = e->call.args.items[i];
    if (a->kind == AST_E_Constant && a->constant.kind == AST_CONST_Str) {
      sb_printf(w->o, "NBH(%d, void (*)(void *, const char *))(ctx, \"", H(print_str));
      for (size_t k = 0; k < a->constant.str.len; k++) {
        unsigned char c = (unsigned char)a->constant.str.data[k];
        if (c == '"' || c == '\\') sb_printf(w->o, "\\%c", c);
        else if (c < 32 || c >= 127) sb_printf(w->o, "\\%03o", c);
        else sb_putc(w->o, (char)c);
      }
      sb_puts(w->o, "\");\n");
    } else print_value(w, vals[i]);
  }
  sb_printf(w->o, "NBH(%d, void (*)(void *))(ctx);\n", H(print_end));
  return lit(nb_none(), "0");
}

/* ---- whole-array expressions: fused elementwise kernels ----------------------
** An array-valued expression tree of arithmetic, comparisons and NumPy
** ufuncs (`np.sqrt(a*a + b*b)`) becomes one loop: its leaves (arrays, and
** scalars evaluated once, in Python's order) go into an env struct, and a
** chunk function `nbchunk_K(lo, hi, env, red)` computes elements [lo, hi)
** of the C-contiguous result (broadcasting the leaves, Numba's
** first-non-1 rule). A parallel=True function runs it through par_for
** (runtime/parallel.c) — serially below `-j parmin` elements — so each
** element is computed by the same code whatever the thread count: results
** are bit-identical. Element semantics are NumPy's (x // 0 is 0, no
** ZeroDivisionError). Complex operands and other operations keep the
** generic helper (arr_binop). */

enum { EW_MAXLEAVES = 32 };

typedef struct EwLeaf {
  V v;       /* the value in the parent */
  bool arr;
  int dt, ndim;
} EwLeaf;

typedef struct Ew {
  EwLeaf l[EW_MAXLEAVES];
  int n, nd;
  bool contig;  /* emitting the unit-stride loop */
  int next;     /* next leaf while emitting */
} Ew;

/* "numpy.X" called by e: X, else NULL. */
static const char *np_call_base(Lw *w, AstExpr *e) {
  if (e->kind != AST_E_Call) return NULL;
  AstExpr *fn = e->call.func;
  /* a method call (a.sum()) is not a function: do not type `a.sum` */
  if (fn->kind == AST_E_Attribute && nb_type(T(w, fn->attribute.value))->kind != NK_MODULE) return NULL;
  if (fn->kind != AST_E_Attribute && fn->kind != AST_E_Name) return NULL;
  const NbTypeInfo *fi = nb_type(T(w, e->call.func));
  if (fi->kind != NK_FUNC || strncmp(fi->name, "numpy.", 6) || strchr(fi->name + 6, '.')) return NULL;
  return fi->name + 6;
}

static const char *const ew_unary_f[] = {"sqrt", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "exp", "expm1", "log",
                                         "log2", "log10", "log1p", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh",
                                         "floor", "ceil", "trunc", "rint", "fabs", "exp2", "cbrt", "deg2rad", "rad2deg",
                                         "degrees", "radians", "abs", "absolute", "sign", "negative", "isnan", "isinf",
                                         "isfinite", "logical_not", "square", "positive", NULL};
static const char *const ew_binary_f[] = {"maximum", "minimum", "arctan2", "hypot", "copysign", "power", "fmax", "fmin",
                                          "logical_and", "logical_or", "logical_xor",
#define EW_UFUNC_NAME(n, op) n,
                                          NB_NP_BINOP_UFUNCS(EW_UFUNC_NAME) NB_NP_CMP_UFUNCS(EW_UFUNC_NAME)
#undef EW_UFUNC_NAME
                                          NULL};

static bool in_names(const char *const *l, const char *s) {
  for (; *l; l++)
    if (!strcmp(*l, s)) return true;
  return false;
}

static bool ew_operand_ok(Lw *w, AstExpr *e) {
  const NbTypeInfo *i = nb_type(T(w, e));
  return (i->kind == NK_ARRAY || i->kind == NK_SCALAR) && !dt_is_complex((DType)i->dtype);
}

/* Is call e one of a @vectorize ufunc (a global name: typing any other
** callee here could report an error of its own)? */
static bool is_vufunc_call(Lw *w, AstExpr *e) {
  return e->call.func->kind == AST_E_Name && nb_type(T(w, e->call.func))->kind == NK_VUFUNC;
}

/* Is e an array-valued node the fused kernel computes? */
static bool ew_node(Lw *w, AstExpr *e) {
  const NbTypeInfo *ti = nb_type(T(w, e));
  if (ti->kind != NK_ARRAY || ti->ndim < 1 || dt_is_complex((DType)ti->dtype)) return false;
  switch (e->kind) {
  case AST_E_BinOp: {
    if (!ew_operand_ok(w, e->binop.left) || !ew_operand_ok(w, e->binop.right)) return false;
    bool isint = ti->dtype == DT_BOOL || dt_is_int((DType)ti->dtype);
    switch (e->binop.op) {
    case AST_OP_Add: case AST_OP_Mult: case AST_OP_Div: return true;
    case AST_OP_Sub: case AST_OP_FloorDiv: case AST_OP_Mod: case AST_OP_Pow: return ti->dtype != DT_BOOL;
    case AST_OP_BitAnd: case AST_OP_BitOr: case AST_OP_BitXor: return isint;
    default: return false;
    }
  }
  case AST_E_UnaryOp:
    return (e->unaryop.op == AST_UOP_USub || e->unaryop.op == AST_UOP_UAdd || e->unaryop.op == AST_UOP_Invert) &&
           ew_operand_ok(w, e->unaryop.operand);
  case AST_E_Compare: return e->compare.n == 1 && ew_operand_ok(w, e->compare.left) && ew_operand_ok(w, e->compare.comparators[0]);
  case AST_E_Call: {
    const char *b = np_call_base(w, e);
    int n = e->call.args.len;
    if (is_vufunc_call(w, e)) { /* the kernel on each element */
      if (n > 3 || e->call.keywords.len) return false;
      for (int i = 0; i < n; i++)
        if (!ew_operand_ok(w, e->call.args.items[i])) return false;
      return true;
    }
    if (!b || e->call.keywords.len) return false;
    if (!((n == 1 && in_names(ew_unary_f, b)) || (n == 2 && in_names(ew_binary_f, b)) || (n == 3 && !strcmp(b, "where"))))
      return false;
    for (int i = 0; i < n; i++)
      if (!ew_operand_ok(w, e->call.args.items[i])) return false;
    return true;
  }
  default: return false;
  }
}

/* The operands of a kernel node, in evaluation order. */
static int ew_children(AstExpr *e, AstExpr **out) {
  switch (e->kind) {
  case AST_E_BinOp: out[0] = e->binop.left; out[1] = e->binop.right; return 2;
  case AST_E_UnaryOp: out[0] = e->unaryop.operand; return 1;
  case AST_E_Compare: out[0] = e->compare.left; out[1] = e->compare.comparators[0]; return 2;
  case AST_E_Call:
    for (int i = 0; i < e->call.args.len; i++) out[i] = e->call.args.items[i];
    return e->call.args.len;
  default: return 0;
  }
}

/* Evaluates the leaves of kernel node e in the parent; false if too many. */
static bool ew_leaves(Lw *w, AstExpr *e, Ew *ew) {
  AstExpr *ch[3];
  int n = ew_children(e, ch);
  for (int i = 0; i < n; i++) {
    if (ew_node(w, ch[i])) {
      if (!ew_leaves(w, ch[i], ew)) return false;
      continue;
    }
    if (ew->n == EW_MAXLEAVES) return false;
    V v = lower_expr(w, ch[i]);
    const NbTypeInfo *vi = nb_type(v.ty);
    EwLeaf *l = &ew->l[ew->n++];
    l->v = tmp(w, v.ty, "%s", v.s);
    l->arr = vi->kind == NK_ARRAY;
    l->dt = vi->dtype;
    l->ndim = l->arr ? vi->ndim : 0;
  }
  return true;
}

/* C cast of kernel value x (dtype from) to dtype to. */
static void ew_cast(const V *x, int to, char *out, size_t n) {
  if (to == DT_BOOL) snprintf(out, n, "(%s != 0)", x->s);
  else snprintf(out, n, "((%s)%s)", dt_ctype(to), x->s);
}

static V ew_val(Lw *w, int dt, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static V ew_val(Lw *w, int dt, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  V v = vdecl(w, nb_scalar(dt), dt_ctype(dt), 'x', fmt, ap);
  va_end(ap);
  return v;
}

static V ew_emit(Lw *w, AstExpr *e, Ew *ew);

static V ew_binop(Lw *w, AstBinOp op, V a, V b, int rd) {
  char x[96], y[96];
  ew_cast(&a, rd, x, sizeof x);
  ew_cast(&b, rd, y, sizeof y);
  const char *T = dt_ctype(rd);
  bool flt = dt_is_float((DType)rd), uns = dt_is_unsigned((DType)rd);
  switch (op) {
  case AST_OP_Add: return rd == DT_BOOL ? ew_val(w, rd, "%s | %s", x, y) : ew_val(w, rd, "(%s)(%s + %s)", T, x, y);
  case AST_OP_Mult: return rd == DT_BOOL ? ew_val(w, rd, "%s & %s", x, y) : ew_val(w, rd, "(%s)(%s * %s)", T, x, y);
  case AST_OP_Sub: return ew_val(w, rd, "(%s)(%s - %s)", T, x, y);
  case AST_OP_Div: return ew_val(w, rd, "%s / %s", x, y);
  case AST_OP_FloorDiv:
    if (flt) return ew_val(w, rd, "(%s)nb_np_ffdiv(%s, %s)", T, x, y);
    if (uns) return ew_val(w, rd, "%s ? (%s)(%s / %s) : 0", y, T, x, y);
    return ew_val(w, rd, "(%s)nb_np_ifdiv(%s, %s)", T, x, y);
  case AST_OP_Mod:
    if (flt) return ew_val(w, rd, "(%s)nb_np_fmod(%s, %s)", T, x, y);
    if (uns) return ew_val(w, rd, "%s ? (%s)(%s %% %s) : 0", y, T, x, y);
    return ew_val(w, rd, "(%s)nb_np_imod(%s, %s)", T, x, y);
  case AST_OP_Pow:
    if (flt) return ew_val(w, rd, "(%s)pow((double)%s, (double)%s)", T, x, y);
    return uns ? ew_val(w, rd, "(%s)nb_upow(%s, %s)", T, x, y) : ew_val(w, rd, "(%s)nb_np_ipow(ctx, %s, %s)", T, x, y);
  case AST_OP_BitAnd: return ew_val(w, rd, "(%s)(%s & %s)", T, x, y);
  case AST_OP_BitOr: return ew_val(w, rd, "(%s)(%s | %s)", T, x, y);
  case AST_OP_BitXor: return ew_val(w, rd, "(%s)(%s ^ %s)", T, x, y);
  default: return ew_val(w, rd, "0");
  }
}

static V ew_call(Lw *w, const char *b, V *a, int n, int rd) {
  char x[96], y[96];
  const char *T = dt_ctype(rd);
  int ad = sdt(a[0].ty);
  bool aflt = dt_is_float((DType)ad);
  if (n == 3) { /* np.where(c, x, y) */
    ew_cast(&a[1], rd, x, sizeof x);
    ew_cast(&a[2], rd, y, sizeof y);
    return ew_val(w, rd, "%s != 0 ? %s : %s", a[0].s, x, y);
  }
  if (n == 2) {
    ew_cast(&a[0], rd, x, sizeof x);
    ew_cast(&a[1], rd, y, sizeof y);
    if (!strcmp(b, "maximum") || !strcmp(b, "minimum")) { /* NumPy: a NaN operand wins */
      const char *c = !strcmp(b, "maximum") ? ">=" : "<=";
      if (dt_is_float((DType)rd)) return ew_val(w, rd, "(%s %s %s || %s != %s) ? %s : %s", x, c, y, x, x, x, y);
      return ew_val(w, rd, "%s %s %s ? %s : %s", x, c, y, x, y);
    }
    if (!strcmp(b, "power")) return ew_binop(w, AST_OP_Pow, a[0], a[1], rd);
    if (!strncmp(b, "logical_", 8)) /* the truth of each operand */
      return ew_val(w, rd, "(%s != 0) %s (%s != 0)", a[0].s, b[8] == 'a' ? "&&" : b[8] == 'o' ? "||" : "!=", a[1].s);
    if (!strcmp(b, "fmax") || !strcmp(b, "fmin")) { /* NumPy: a NaN operand loses */
      const char *c = !strcmp(b, "fmax") ? ">=" : "<=";
      if (dt_is_float((DType)rd)) return ew_val(w, rd, "(%s %s %s || %s != %s) ? %s : %s", x, c, y, y, y, x, y);
      return ew_val(w, rd, "%s %s %s ? %s : %s", x, c, y, x, y);
    }
    if (rd == DT_FLOAT32) return ew_val(w, rd, "%sf(%s, %s)", cfunc_for(b), x, y); /* Numba's 'ff' loop: atan2f */
    return ew_val(w, rd, "(%s)%s((double)%s, (double)%s)", T, cfunc_for(b), x, y);
  }
  snprintf(x, sizeof x, "%s", a[0].s);
  if (!strcmp(b, "isnan") || !strcmp(b, "isinf") || !strcmp(b, "isfinite")) {
    if (!aflt) return ew_val(w, rd, "%d", !strcmp(b, "isfinite"));
    if (!strcmp(b, "isnan")) return ew_val(w, rd, "%s != %s", x, x);
    if (!strcmp(b, "isinf")) return ew_val(w, rd, "(%s - %s != %s - %s && %s == %s)", x, x, x, x, x, x);
    return ew_val(w, rd, "(%s - %s == 0)", x, x);
  }
  if (!strcmp(b, "abs") || !strcmp(b, "absolute")) {
    if (aflt) return ew_val(w, rd, "(%s)fabs((double)%s)", T, x);
    if (ad == DT_BOOL || dt_is_unsigned((DType)ad)) return ew_val(w, rd, "%s", x);
    return ew_val(w, rd, "(%s)(%s < 0 ? -%s : %s)", T, x, x, x);
  }
  if (!strcmp(b, "positive")) return ew_val(w, rd, "(%s)%s", T, x);
  if (!strcmp(b, "negative")) return ew_val(w, rd, "(%s)(-%s)", T, x);
  if (!strcmp(b, "logical_not")) return ew_val(w, rd, "%s == 0", x);
  if (!strcmp(b, "square")) return ew_binop(w, AST_OP_Mult, a[0], a[0], rd);
  if (!strcmp(b, "sign")) {
    if (aflt) return ew_val(w, rd, "(%s)nb_sign((double)%s)", T, x);
    return ew_val(w, rd, "(%s)(%s > 0 ? 1 : %s < 0 ? -1 : 0)", T, x, x);
  }
  if (!strcmp(b, "degrees") || !strcmp(b, "rad2deg") || !strcmp(b, "radians") || !strcmp(b, "deg2rad")) {
    bool todeg = !strcmp(b, "degrees") || !strcmp(b, "rad2deg");
    return ew_val(w, rd, "(%s)((double)%s * %s)", T, x, todeg ? "(180.0 / 3.141592653589793)" : "(3.141592653589793 / 180.0)");
  }
  return ew_val(w, rd, "(%s)%s((double)%s)", T, cfunc_for(b), x);
}

/* A @vectorize ufunc's kernel on elements a[] (ew_emit). */
static V ew_vufunc(Lw *w, AstExpr *e, V *a, int n, int rd) {
  NbTy at[4], in[4];
  for (int i = 0; i < n; i++) at[i] = T(w, e->call.args.items[i]);
  NbFunc *g;
  int out = nb_vufunc_loop(w->u, w->f, e, T(w, e->call.func), n, at, in, &g);
  if (out < 0) return ew_val(w, rd, "0");
  g->callsites++;
  char x[4][96];
  for (int i = 0; i < n; i++) ew_cast(&a[i], nb_type(in[i])->dtype, x[i], sizeof x[i]);
  StrBuf b = STRBUF_INIT;
  vufunc_apply(&b, g, x, n, out);
  V r = ew_val(w, out, "%s", b.data);
  sb_free(&b);
  return r;
}

/* x OP y on kernel values (an operator or np.add & co.). */
static V ew_binop_node(Lw *w, AstBinOp op, V *a, int rd) {
  /* integer with inexact operands: the loop's type is the inexact one
  ** (nb_ufunc_dt), but Numba's kernel does the scalar operation, typed
  ** by the scalar rules (float32 with int32 in float64), and casts */
  int p = nb_type(a[0].ty)->dtype, q = nb_type(a[1].ty)->dtype;
  if ((dt_is_int((DType)p) && dt_is_inexact((DType)q)) || (dt_is_int((DType)q) && dt_is_inexact((DType)p))) {
    int cd = nb_promote_dt(p, q);
    if (cd != rd && dt_is_inexact((DType)rd)) {
      V r = ew_binop(w, op, a[0], a[1], cd);
      return ew_val(w, rd, "(%s)%s", dt_ctype(rd), r.s);
    }
  }
  return ew_binop(w, op, a[0], a[1], rd);
}

/* x OP y compared in the operands' common type (ch: their expressions). */
static V ew_compare(Lw *w, AstCmpOp op, V *a, AstExpr **ch) {
  int cd = nb_ufunc_dt(T(w, ch[0]), T(w, ch[1]));
  char x[96], y[96];
  ew_cast(&a[0], cd, x, sizeof x);
  ew_cast(&a[1], cd, y, sizeof y);
  return ew_val(w, DT_BOOL, "%s %s %s", x, cmp_c(op), y);
}

/* Emits the element computation of kernel node e (inside the loop). */
static V ew_emit(Lw *w, AstExpr *e, Ew *ew) {
  AstExpr *ch[3];
  int n = ew_children(e, ch);
  V a[3];
  for (int i = 0; i < n; i++) {
    if (ew_node(w, ch[i])) {
      a[i] = ew_emit(w, ch[i], ew);
      continue;
    }
    int j = ew->next++;
    EwLeaf *l = &ew->l[j];
    if (!l->arr) {
      a[i] = lit(l->v.ty, "c%d", j);
      continue;
    }
    char ld[96];
    if (ew->contig) snprintf(ld, sizeof ld, "((const %s *)p%d)[q_]", elem_ctype(l->dt), j);
    else snprintf(ld, sizeof ld, "(*(const %s *)(p%d + q_ * s%d))", elem_ctype(l->dt), j, j);
    a[i] = l->dt == DT_BOOL ? ew_val(w, DT_BOOL, "%s != 0", ld) : ew_val(w, l->dt, "%s", ld);
  }
  int rd = nb_type(T(w, e))->dtype;
  switch (e->kind) {
  case AST_E_BinOp: return ew_binop_node(w, e->binop.op, a, rd);
  case AST_E_UnaryOp: {
    char x[96];
    ew_cast(&a[0], rd, x, sizeof x);
    if (e->unaryop.op == AST_UOP_UAdd) return ew_val(w, rd, "%s", x); /* np.positive: the cast */
    if (e->unaryop.op == AST_UOP_Invert) return rd == DT_BOOL ? ew_val(w, rd, "!%s", x) : ew_val(w, rd, "(%s)~%s", dt_ctype(rd), x);
    if (rd == DT_FLOAT64 || rd == DT_FLOAT32) /* tcc's -x keeps a NaN's sign (see NB_FNEG) */
      return ew_val(w, rd, "%s(%s)", rd == DT_FLOAT32 ? "NB_FNEGF" : "NB_FNEG", x);
    return ew_val(w, rd, "(%s)(-%s)", dt_ctype(rd), x);
  }
  case AST_E_Compare: return ew_compare(w, e->compare.ops[0], a, ch);
  case AST_E_Call:
    if (is_vufunc_call(w, e)) return ew_vufunc(w, e, a, n, rd);
    if (nb_np_binop_ufunc(np_call_base(w, e)) >= 0) return ew_binop_node(w, (AstBinOp)nb_np_binop_ufunc(np_call_base(w, e)), a, rd);
    if (nb_np_cmp_ufunc(np_call_base(w, e)) >= 0) return ew_compare(w, (AstCmpOp)nb_np_cmp_ufunc(np_call_base(w, e)), a, ch);
    return ew_call(w, np_call_base(w, e), a, n, rd);
  default: return ew_val(w, rd, "0");
  }
}

/* One copy of the kernel's row loop: unit-stride (contig) or strided. */
static void ew_row_loop(Lw *w, AstExpr *e, Ew *ew, int rdt) {
  ew->next = 0;
  sb_puts(w->o, "for (int64_t q_ = 0; q_ < m_; q_++) {\n");
  V r = ew_emit(w, e, ew);
  char c[96];
  ew_cast(&r, rdt, c, sizeof c);
  if (ew->contig) sb_printf(w->o, "((%s *)o_)[q_] = (%s)%s;\n}\n", elem_ctype(rdt), elem_ctype(rdt), c);
  else sb_printf(w->o, "*(%s *)(o_ + q_ * so_) = (%s)%s;\n}\n", elem_ctype(rdt), elem_ctype(rdt), c);
}

/* Lowers kernel node e (result type rt) as described above, into a new
** array, or with dst into that array (in-place operators: elements are
** computed and stored in order, as Numba's in-place ufunc loop does). */
static V ew_lower(Lw *w, AstExpr *e, NbTy rt, const V *dst) {
  Ew ew;
  memset(&ew, 0, sizeof ew);
  if (dst) rt = dst->ty;
  const NbTypeInfo *ri = nb_type(rt);
  int nd = ew.nd = ri->ndim, id = w->u->ntmp++;
  if (!ew_leaves(w, e, &ew)) {
    nb_error_at(w->u, w->f, e->pos, "Array expression too large (more than %d operands).", EW_MAXLEAVES);
    return lit(rt, "0");
  }
  for (int j = 0; j < ew.n; j++)
    if (ew.l[j].arr && ew.l[j].ndim > nd) {
      nb_error_at(w->u, w->f, e->pos, "non-broadcastable output operand: a %d-d operand cannot be stored into a %d-d array.",
                  ew.l[j].ndim, nd);
      return lit(rt, "0");
    }
  /* has_loops stays as it is: a loop-free function with array
  ** expressions starts in tcc code and tiers up in the background */
  char ct[32];
  /* env: ctx first (par_for's chunks get their own context there) */
  StrBuf envt = STRBUF_INIT;
  sb_printf(&envt, "typedef struct { void *ctx; nb_a%d o;", nd);
  for (int j = 0; j < ew.n; j++) {
    ctype(w, ew.l[j].v.ty, ct, sizeof ct);
    sb_printf(&envt, " %s %c%d;", ct, ew.l[j].arr ? 'a' : 'c', j);
  }
  sb_printf(&envt, " } nbenv_%d;\n", id);
  sb_puts(w->decl, envt.data);
  sb_free(&envt);

  /* the chunk function */
  StrBuf *parent = w->o, cb = STRBUF_INIT;
  w->o = &cb;
  sb_printf(w->o, "/* array expression of %s, line %d */\nstatic void nbchunk_%d(int64_t lo, int64_t hi, void *envp, void *redp) {\n",
            w->f->name, e->pos.line, id);
  sb_printf(w->o, "nbenv_%d *e_ = (nbenv_%d *)envp;\nvoid *ctx = e_->ctx; (void)ctx; /* helpers raise through it */\n"
                 "int64_t ix_[%d], rem_ = lo;\n", id, id, nd);
  sb_printf(w->o, "for (int k_ = %d; k_ >= 0; k_--) { ix_[k_] = rem_ %% e_->o.shape[k_]; rem_ /= e_->o.shape[k_]; }\n", nd - 1);
  for (int j = 0; j < ew.n; j++) {
    EwLeaf *l = &ew.l[j];
    if (!l->arr) {
      ctype(w, l->v.ty, ct, sizeof ct);
      sb_printf(w->o, "const %s c%d = e_->c%d;\n", ct, j, j);
      continue;
    }
    int off = nd - l->ndim;
    sb_printf(w->o, "int64_t bs%d[%d];\n", j, nd);
    for (int k = 0; k < nd; k++) {
      if (k < off) sb_printf(w->o, "bs%d[%d] = 0;\n", j, k);
      else sb_printf(w->o, "bs%d[%d] = e_->a%d.shape[%d] == 1 ? 0 : e_->a%d.strides[%d];\n", j, k, j, k - off, j, k - off);
    }
  }
  sb_printf(w->o, "for (int64_t j_ = lo; j_ < hi;) {\n");
  sb_printf(w->o, "int64_t m_ = e_->o.shape[%d] - ix_[%d]; if (m_ > hi - j_) m_ = hi - j_;\n", nd - 1, nd - 1);
  sb_printf(w->o, "char *o_ = e_->o.data");
  for (int k = 0; k < nd; k++) sb_printf(w->o, " + ix_[%d] * e_->o.strides[%d]", k, k);
  sb_printf(w->o, ";\nint64_t so_ = e_->o.strides[%d];\n", nd - 1);
  StrBuf unit = STRBUF_INIT;
  sb_printf(&unit, "so_ == %d", dt_size((DType)ri->dtype));
  for (int j = 0; j < ew.n; j++) {
    if (!ew.l[j].arr) continue;
    sb_printf(w->o, "const char *p%d = e_->a%d.data", j, j);
    for (int k = 0; k < nd; k++) sb_printf(w->o, " + ix_[%d] * bs%d[%d]", k, j, k);
    sb_printf(w->o, ";\nint64_t s%d = bs%d[%d];\n", j, j, nd - 1);
    sb_printf(&unit, " && s%d == %d", j, dt_size((DType)ew.l[j].dt));
  }
  sb_printf(w->o, "if (%s) {\n", unit.data);
  sb_free(&unit);
  ew.contig = true;
  ew_row_loop(w, e, &ew, ri->dtype);
  sb_puts(w->o, "} else {\n");
  ew.contig = false;
  ew_row_loop(w, e, &ew, ri->dtype);
  sb_puts(w->o, "}\n");
  sb_printf(w->o, "j_ += m_; ix_[%d] = 0;\n", nd - 1);
  sb_printf(w->o, "for (int k_ = %d; k_ >= 0; k_--) { if (++ix_[k_] < e_->o.shape[k_]) break; ix_[k_] = 0; }\n", nd - 2);
  sb_puts(w->o, "}\n(void)redp;\n}\n\n");
  w->o = parent;
  sb_puts(w->chunks, cb.data);
  sb_free(&cb);

  /* the parent: leaves, broadcast shape, result, the loop */
  V r = decl_tmp(w, rt);
  sb_printf(w->o, "{ nbenv_%d env%d; int64_t shp%d[%d];\nenv%d.ctx = ctx;\n", id, id, id, nd, id);
  for (int k = 0; k < nd; k++) {
    if (dst) sb_printf(w->o, "shp%d[%d] = %s.shape[%d];\n", id, k, dst->s, k);
    else sb_printf(w->o, "shp%d[%d] = 1;\n", id, k);
  }
  for (int j = 0; j < ew.n; j++) {
    EwLeaf *l = &ew.l[j];
    sb_printf(w->o, "env%d.%c%d = %s;\n", id, l->arr ? 'a' : 'c', j, l->v.s);
    for (int k = 0; l->arr && k < l->ndim; k++) {
      int ok = nd - l->ndim + k;
      if (dst)
        sb_printf(w->o, "if (%s.shape[%d] != 1 && %s.shape[%d] != shp%d[%d]) NBH(%d, nb_raise_s_fn)(ctx, "
                  "\"unable to broadcast argument %d to output array\");\n", l->v.s, k, l->v.s, k, id, ok, H(raise_value), j);
      else
        sb_printf(w->o, "if (%s.shape[%d] != 1) { if (shp%d[%d] == 1) shp%d[%d] = %s.shape[%d]; else if (shp%d[%d] != %s.shape[%d]) "
                  "NBH(%d, nb_raise_s_fn)(ctx, \"unable to broadcast argument %d to output array\"); }\n",
                  l->v.s, k, id, ok, id, ok, l->v.s, k, id, ok, l->v.s, k, H(raise_value), j);
    }
  }
  if (dst) sb_printf(w->o, "env%d.o = %s;\n", id, dst->s);
  else
    sb_printf(w->o, "NBH(%d, void (*)(void *, int, int, const int64_t *, void *, int))(ctx, %d, %d, shp%d, &env%d.o, 0);\n",
              H(arr_new), ri->dtype, nd, id, id);
  sb_printf(w->o, "int64_t n%d = 1", id);
  for (int k = 0; k < nd; k++) sb_printf(w->o, " * shp%d[%d]", id, k);
  sb_puts(w->o, ";\n");
  if (w->f->parallel && !w->in_par) {
    /* in place with an operand overlapping the target (other than the
    ** target itself): Numba's parallel functions compute the right-hand
    ** side first (NumPy's semantics), so go through a temporary */
    sb_printf(w->o, "int ovl%d = 0;\n", id);
    for (int j = 0; dst && j < ew.n; j++)
      if (ew.l[j].arr)
        sb_printf(w->o, "ovl%d |= nb_overlaps(&env%d.o, %d, %d, &env%d.a%d, %d, %d);\n", id, id, nd, dt_size((DType)ri->dtype), id,
                  j, ew.l[j].ndim, dt_size((DType)ew.l[j].dt));
    V target = decl_tmp(w, rt);
    sb_printf(w->o, "%s = env%d.o;\n", target.s, id);
    sb_printf(w->o, "if (ovl%d) NBH(%d, void (*)(void *, int, int, const int64_t *, void *, int))(ctx, %d, %d, shp%d, &env%d.o, 0);\n",
              id, H(arr_new), ri->dtype, nd, id, id);
    sb_printf(w->o, "char red%d[1];\nNBH(%d, int64_t (*)(void *, int64_t, void *, void *, void *, int64_t, int64_t, int64_t))(ctx, n%d, "
              "(void *)nbchunk_%d, &env%d, red%d, 0, %d, 0);\n", id, H(par_for), id, id, id, id, NB_PAR_MAXCHUNKS);
    if (dst) {
      sb_printf(w->o, "if (ovl%d) { int64_t j%d = 0;\n", id, id);
      char p[32];
      int depth = open_elem_loops(w, target, p, sizeof p);
      sb_printf(w->o, "*(%s *)%s = ((%s *)env%d.o.data)[j%d++];\n", elem_ctype(ri->dtype), p, elem_ctype(ri->dtype), id, id);
      close_loops(w, depth);
      sb_printf(w->o, "env%d.o = %s; }\n", id, target.s);
    }
    sb_printf(&w->u->pardiag, "  Array expression (%s line %d): parallel elementwise loop (OpenMP chunk function nbchunk_%d).\n",
              w->f->name, e->pos.line, id);
  } else sb_printf(w->o, "if (n%d > 0) nbchunk_%d(0, n%d, &env%d, 0);\n", id, id, id, id);
  sb_printf(w->o, "%s = env%d.o; }\n", r.s, id);
  return r;
}

/* A call of np_impl.c's implementation `impl` on values v[0..n). */
static V lower_impl_call(Lw *w, const char *impl, V *v, int n) {
  NbTy at[n + 1];
  for (int i = 0; i < n; i++) at[i] = v[i].ty;
  NbFunc *g = nb_np_impl_func(w->u, impl, n, at);
  if (!g) return lit(nb_none(), "0");
  g->callsites++;
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "nbf_%d(ctx", g->id);
  for (int i = 0; i < n; i++) sb_printf(&b, ", %s", conv(w, v[i], g->argtys[i]).s);
  sb_puts(&b, ")");
  V r = tmp(w, g->ret, "%s", b.data);
  sb_free(&b);
  return r;
}

static V lower_impl_call2(Lw *w, const char *impl, V x, V y) {
  V v[2] = {x, y};
  return lower_impl_call(w, impl, v, 2);
}

/* ---- advanced indexing: a[mask], a[int_array] (1-d, as Numba) ------------------ */

/* Is subscript e of a 1-d array indexed by an array? */
static bool fancy_index(Lw *w, AstExpr *e) {
  return nb_is_array(T(w, e->subscript.value)) && e->subscript.slice->kind != AST_E_Tuple &&
         e->subscript.slice->kind != AST_E_Slice && nb_is_array(T(w, e->subscript.slice));
}

/* Emits `for (k_ ...) { ... }` over the selected positions of 1-d array a:
** the loop body sees the position of a in `pos` (an int64 C variable).
** Returns the number of blocks to close. */
static int open_fancy_loop(Lw *w, V a, V ix, char *pos, size_t n) {
  const NbTypeInfo *ii = nb_type(ix.ty);
  int id = w->u->ntmp++;
  snprintf(pos, n, "ps%d", id);
  if (ii->dtype == DT_BOOL) {
    sb_printf(w->o, "if (%s.shape[0] != %s.shape[0]) NBH(%d, nb_raise_fn)(ctx);\n", ix.s, a.s, H(raise_index));
    sb_printf(w->o, "for (int64_t ps%d = 0; ps%d < %s.shape[0]; ps%d++) { if (!*(uint8_t *)(%s.data + ps%d * %s.strides[0])) continue;\n",
              id, id, a.s, id, ix.s, id, ix.s);
    return 1;
  }
  sb_printf(w->o, "for (int64_t k%d = 0; k%d < %s.shape[0]; k%d++) { int64_t ps%d = (int64_t)*(%s *)(%s.data + k%d * %s.strides[0]);\n",
            id, id, ix.s, id, id, elem_ctype(ii->dtype), ix.s, id, ix.s);
  sb_printf(w->o, "if (ps%d < 0) ps%d += %s.shape[0];\nif ((uint64_t)ps%d >= (uint64_t)%s.shape[0]) NBH(%d, nb_raise_fn)(ctx);\n", id,
            id, a.s, id, a.s, H(raise_index));
  return 1;
}

/* The number of positions fancy index ix selects in a. */
static V fancy_count(Lw *w, V a, V ix) {
  if (nb_type(ix.ty)->dtype != DT_BOOL) return tmp(w, nb_scalar(DT_INT64), "%s.shape[0]", ix.s);
  V c = decl_tmp(w, nb_scalar(DT_INT64));
  char pos[32];
  int depth = open_fancy_loop(w, a, ix, pos, sizeof pos);
  sb_printf(w->o, "%s++;\n", c.s);
  close_loops(w, depth);
  return c;
}

/* a[ix]: a new 1-d array of the selected elements. */
static V fancy_get(Lw *w, V a, V ix, NbTy rt) {
  int dt = nb_type(a.ty)->dtype;
  V n = fancy_count(w, a, ix);
  V r = alloc_array(w, rt, n.s, 0);
  V j = decl_tmp(w, nb_scalar(DT_INT64));
  char pos[32], ref[256], out[256];
  int depth = open_fancy_loop(w, a, ix, pos, sizeof pos);
  snprintf(ref, sizeof ref, "(*(%s *)(%s.data + %s * %s.strides[0]))", elem_ctype(dt), a.s, pos, a.s);
  snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", elem_ctype(dt), r.s, j.s);
  sb_printf(w->o, "%s = %s;\n", out, ref);
  close_loops(w, depth);
  return r;
}

/* a[ix] = v: a scalar fills the selection, a 1-d array (of the selection's
** size, or 1) is copied into it in order. */
static void fancy_set(Lw *w, V a, V ix, V v) {
  int dt = nb_type(a.ty)->dtype;
  const NbTypeInfo *vi = nb_type(v.ty);
  V src = tmp(w, v.ty, "%s", v.s), j = decl_tmp(w, nb_scalar(DT_INT64));
  if (vi->kind == NK_ARRAY) {
    V n = fancy_count(w, a, ix);
    sb_printf(w->o, "if (%s.shape[0] != %s && %s.shape[0] != 1) NBH(%d, nb_raise_s_fn)(ctx, \"cannot assign "
              "slice from input of different size\");\n", src.s, n.s, src.s, H(raise_value));
  }
  char pos[32], ref[256];
  int depth = open_fancy_loop(w, a, ix, pos, sizeof pos);
  snprintf(ref, sizeof ref, "(*(%s *)(%s.data + %s * %s.strides[0]))", elem_ctype(dt), a.s, pos, a.s);
  if (vi->kind == NK_ARRAY) {
    char sref[256];
    snprintf(sref, sizeof sref, "(*(%s *)(%s.data + (%s.shape[0] == 1 ? 0 : %s++) * %s.strides[0]))", elem_ctype(vi->dtype), src.s,
             src.s, j.s, src.s);
    store_elem(w, dt, ref, load_elem(w, vi->dtype, sref));
  } else store_elem(w, dt, ref, src);
  close_loops(w, depth);
}

/* np.dot(a, b) / a @ b: naive loops (one accumulation per output element,
** in index order); a 1-d a is a 1×k matrix, a 1-d b a k×1 one. */
static V lower_dot(Lw *w, V a, V b, NbTy rt) {
  const NbTypeInfo *x = nb_type(a.ty), *y = nb_type(b.ty), *ri = nb_type(rt);
  const char *ct = dt_ctype(x->dtype);
  static const char *const kinds[] = {"vector", "matrix"};
  int id = w->u->ntmp++;
  V A = tmp(w, a.ty, "%s", a.s), B = tmp(w, b.ty, "%s", b.s);
  /* M, K, N and the strides of A (row, col) and B (row, col) */
  sb_printf(w->o, "int64_t M%d = %s, K%d = %s.shape[%d], N%d = %s;\n", id, x->ndim == 2 ? "0" : "1", id, A.s, x->ndim - 1, id,
            y->ndim == 2 ? "0" : "1");
  if (x->ndim == 2) sb_printf(w->o, "M%d = %s.shape[0];\n", id, A.s);
  if (y->ndim == 2) sb_printf(w->o, "N%d = %s.shape[1];\n", id, B.s);
  sb_printf(w->o, "if (%s.shape[0] != K%d) NBH(%d, nb_raise_s_fn)(ctx, \"incompatible array sizes for np.dot(a, b) "
            "(%s * %s)\");\n", B.s, id, H(raise_value), kinds[x->ndim - 1], kinds[y->ndim - 1]);
  sb_printf(w->o, "int64_t ar%d = %s, ac%d = %s.strides[%d], br%d = %s.strides[0], bc%d = %s;\n", id,
            "0", id, A.s, x->ndim - 1, id, B.s, id, "0");
  if (x->ndim == 2) sb_printf(w->o, "ar%d = %s.strides[0];\n", id, A.s);
  if (y->ndim == 2) sb_printf(w->o, "bc%d = %s.strides[1];\n", id, B.s);
  V r;
  char out[160];
  if (ri->kind == NK_ARRAY) {
    char shp[64];
    if (ri->ndim == 2) snprintf(shp, sizeof shp, "M%d, N%d", id, id);
    else snprintf(shp, sizeof shp, "%s%d", x->ndim == 2 ? "M" : "N", id);
    r = alloc_array(w, rt, shp, 0);
    snprintf(out, sizeof out, "((%s *)%s.data)[i_ * N%d + j_]", ct, r.s, id);
  } else {
    r = decl_tmp(w, rt);
    snprintf(out, sizeof out, "%s", r.s);
  }
  sb_printf(w->o, "for (int64_t i_ = 0; i_ < M%d; i_++) for (int64_t j_ = 0; j_ < N%d; j_++) { %s acc_ = 0;\n", id, id, ct);
  sb_printf(w->o, "for (int64_t k_ = 0; k_ < K%d; k_++) acc_ += *(%s *)(%s.data + i_ * ar%d + k_ * ac%d) * *(%s *)(%s.data + k_ * br%d + j_ * bc%d);\n",
            id, ct, A.s, id, id, ct, B.s, id, id);
  sb_printf(w->o, "%s = acc_; }\n", out);
  return r;
}

/* np.linspace(start, stop, num=50): NumPy's i * step + start, the last
** element exactly stop; a negative num fails in Numba's np.empty. */
static V lower_linspace(Lw *w, V *args, int nargs, NbTy rt) {
  NbTy f64 = nb_scalar(DT_FLOAT64);
  V lo = conv(w, args[0], f64), hi = conv(w, args[1], f64);
  V n = nargs > 2 ? tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", args[2].s) : kint(50);
  sb_printf(w->o, "if (%s < 0) NBH(%d, nb_raise_s_fn)(ctx, \"negative dimensions not allowed\");\n",
            n.s, H(raise_value));
  V r = alloc_array(w, rt, n.s, 0);
  sb_printf(w->o, "{ double *d_ = (double *)%s.data; double div_ = (double)(%s - 1), delta_ = %s - %s;\n", r.s, n.s, hi.s, lo.s);
  sb_printf(w->o, "if (%s > 1) { double step_ = delta_ / div_;\n"
            "if (step_ == 0) { for (int64_t i_ = 0; i_ < %s; i_++) d_[i_] = (i_ / div_) * delta_ + %s; }\n"
            "else for (int64_t i_ = 0; i_ < %s; i_++) d_[i_] = i_ * step_ + %s;\n"
            "d_[%s - 1] = %s; } else if (%s == 1) d_[0] = %s; }\n",
            n.s, n.s, lo.s, n.s, lo.s, n.s, hi.s, n.s, lo.s);
  return r;
}

static V copy_array(Lw *w, V a, NbTy rt);

/* Numba's quicksort (numba/misc/quicksort.py: median of three, insertion
** sort below 15 elements, the larger partition pushed) step for step, so
** that ties (-0.0 and 0.0, NaNs) land where Numba puts them: on the values
** (np.sort, a.sort(): `E(i)` A[i]) or on an index array R
** over them (argsort: int64_t, `E(i)` A[R[i]]). lt is the order's C
** expression of a and b. */
static void emit_quicksort(StrBuf *o, const char *name, const char *et, bool arg, const char *lt) {
  const char *ity = arg ? "int64_t" : et;
  sb_printf(o, "#define NB_LT(a, b) (%s)\n#define NB_SW(x, y) { %s t_ = x; x = y; y = t_; }\n", lt, ity);
  sb_printf(o, "#define E(i) %s\n", arg ? "A[R[i]]" : "R[i]");
  sb_printf(o, "static void %s(%s%s *A, int64_t *Rv, int64_t n) {\n", name, arg ? "const " : "", et);
  sb_printf(o, "  %s *R = %s;\n", ity, arg ? "Rv" : "A");
  if (arg) sb_puts(o, "  for (int64_t i = 0; i < n; i++) R[i] = i;\n");
  else sb_puts(o, "  (void)Rv;\n");
  sb_printf(o,
            "  if (n < 2) return;\n"
            "  int64_t stl[100], sth[100]; int ns = 1; stl[0] = 0; sth[0] = n - 1;\n"
            "  while (ns > 0) { ns--; int64_t low = stl[ns], high = sth[ns];\n"
            "    while (high - low >= 15) {\n"
            "      int64_t mid = (low + high) >> 1;\n"
            "      if (NB_LT(E(mid), E(low))) NB_SW(R[low], R[mid]);\n"
            "      if (NB_LT(E(high), E(mid))) NB_SW(R[high], R[mid]);\n"
            "      if (NB_LT(E(mid), E(low))) NB_SW(R[low], R[mid]);\n"
            "      %s pivot = E(mid);\n      NB_SW(R[high], R[mid]);\n"
            "      int64_t i = low, j = high - 1;\n"
            "      for (;;) { while (i < high && NB_LT(E(i), pivot)) i++; while (j >= low && NB_LT(pivot, E(j))) j--;\n"
            "        if (i >= j) break; NB_SW(R[i], R[j]); i++; j--; }\n"
            "      NB_SW(R[i], R[high]);\n"
            "      if (high - i > i - low) { if (high > i) { stl[ns] = i + 1; sth[ns] = high; ns++; } high = i - 1; }\n"
            "      else { if (i > low) { stl[ns] = low; sth[ns] = i - 1; ns++; } low = i + 1; } }\n"
            "    for (int64_t i = low + 1; i <= high; i++) { %s k = R[i]; %s v = %s; int64_t j = i;\n"
            "      while (j > low && NB_LT(v, E(j - 1))) { R[j] = R[j - 1]; j--; } R[j] = k; } } }\n"
            "#undef NB_LT\n#undef NB_SW\n#undef E\n",
            et, ity, et, arg ? "A[k]" : "k");
}

/* The orders of Numba's quicksorts: arrays' lt_floats, under which a NaN
** is greater than anything, NaN included; lists' plain a < b (sorted(),
** list.sort()) and, reversed, a > b: NaNs stay where the partitions leave
** them. The bit offset of each order's helpers in NbUnit.sort_fns. */
typedef enum { SORT_NAN_LAST = 0, SORT_LIST_LT = 32, SORT_LIST_GT = 48 } SortOrder;

static const char *sort_lt(SortOrder o) {
  return o == SORT_NAN_LAST ? "(b) != (b) || (a) < (b)" : o == SORT_LIST_LT ? "(a) < (b)" : "(a) > (b)";
}

/* The name of the quicksort of dtype dt in order o, emitted once per unit. */
static const char *sort_fn(Lw *w, int dt, SortOrder o, char *name, size_t n) {
  snprintf(name, n, o == SORT_NAN_LAST ? "nb_sort_%d" : o == SORT_LIST_LT ? "nb_lsort_%d" : "nb_rsort_%d", dt);
  if (!(w->u->sort_fns & ((uint64_t)1 << (dt + (int)o)))) {
    w->u->sort_fns |= (uint64_t)1 << (dt + (int)o);
    emit_quicksort(w->decl, name, elem_ctype(dt), false, sort_lt(o));
  }
  return name;
}

/* Sorts C-contiguous 1-d array r in place, as Numba's np.sort / a.sort(). */
static void sort_inplace(Lw *w, V r) {
  int dt = nb_type(r.ty)->dtype;
  char name[32];
  sb_printf(w->o, "%s((%s *)%s.data, 0, %s.shape[0]);\n", sort_fn(w, dt, SORT_NAN_LAST, name, sizeof name), elem_ctype(dt), r.s,
            r.s);
}

/* Sorts the items of list l (numbers) in place as Numba's list quicksort,
** reversed (a > b) where the reverse keyword's value rev (NULL: none) is
** true. */
static void sort_list_items(Lw *w, V l, AstExpr *rev) {
  int dt = sdt(nb_list_item(l.ty));
  const char *et = elem_ctype(dt);
  char fwd[32], back[32];
  sort_fn(w, dt, SORT_LIST_LT, fwd, sizeof fwd);
  if (!rev) {
    sb_printf(w->o, "%s((%s *)%s->data, 0, %s->len);\n", fwd, et, l.s, l.s);
    return;
  }
  V r = lower_expr(w, rev);
  sort_fn(w, dt, SORT_LIST_GT, back, sizeof back);
  sb_printf(w->o, "(%s ? %s : %s)((%s *)%s->data, 0, %s->len);\n", r.s, back, fwd, et, l.s, l.s);
}

/* sorted(lst) / lst.sort() in place on list l (Numba's listobj sort). */
static void sort_list(Lw *w, V l, AstExpr *rev) {
  if (nb_type(nb_list_item(l.ty))->kind != NK_STR) {
    sort_list_items(w, l, rev);
    return;
  }
  str_fns(w); /* equal strings are alike: any sort gives Numba's order */
  sb_printf(w->o, "nb_strsort(%s, %s);\n", l.s, rev ? lower_expr(w, rev).s : "0");
}

/* np.argsort(a) / a.argsort() (1-d): the quicksort above on indices. */
static V argsort(Lw *w, V a) {
  int dt = nb_type(a.ty)->dtype;
  const char *et = elem_ctype(dt);
  if (!(w->u->sort_fns & ((uint64_t)1 << (dt + 16)))) {
    w->u->sort_fns |= (uint64_t)1 << (dt + 16);
    char name[32];
    snprintf(name, sizeof name, "nb_argsort_%d", dt);
    emit_quicksort(w->decl, name, et, true, sort_lt(SORT_NAN_LAST));
  }
  V c = nb_type(a.ty)->layout == 'C' ? a : copy_array(w, a, nb_array(dt, 1, 'C'));
  V r = alloc_array(w, nb_array(DT_INT64, 1, 'C'), lit(NB_UNKNOWN, "%s.shape[0]", c.s).s, 0);
  sb_printf(w->o, "nb_argsort_%d((const %s *)%s.data, (int64_t *)%s.data, %s.shape[0]);\n", dt, et, c.s, r.s, c.s);
  return r;
}

/* np.concatenate((a, b, ...)): the operands' elements in C order, one after
** the other (axis 0; the other extents must agree). */
static V lower_concat(Lw *w, AstExpr *tup, NbTy rt) {
  V t = lower_expr(w, tup);
  const NbTypeInfo *ti = nb_type(t.ty), *ri = nb_type(rt);
  int nd = ri->ndim;
  V n0 = tmp(w, nb_scalar(DT_INT64), "0");
  for (int i = 0; i < ti->n; i++) {
    sb_printf(w->o, "%s += %s.f%d.shape[0];\n", n0.s, t.s, i);
    for (int k = 1; k < nd; k++)
      sb_printf(w->o, "if (%s.f%d.shape[%d] != %s.f0.shape[%d]) NBH(%d, nb_raise_s_fn)(ctx, \"all the input array "
                "dimensions except for the concatenation axis must match exactly\");\n", t.s, i, k, t.s, k, H(raise_value));
  }
  StrBuf sh = STRBUF_INIT;
  sb_puts(&sh, n0.s);
  for (int k = 1; k < nd; k++) sb_printf(&sh, ", %s.f0.shape[%d]", t.s, k);
  V r = alloc_array(w, rt, sh.data, 0);
  sb_free(&sh);
  V j = decl_tmp(w, nb_scalar(DT_INT64));
  for (int i = 0; i < ti->n; i++) {
    V a = lit(ti->items[i], "%s.f%d", t.s, i);
    int adt = nb_type(ti->items[i])->dtype;
    char p[32], ref[96], out[160];
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(adt), p);
    snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", elem_ctype(ri->dtype), r.s, j.s);
    store_elem(w, ri->dtype, out, load_elem(w, adt, ref));
    close_loops(w, depth);
  }
  return r;
}

/* np.stack(tup) and np.vstack of 1-d arrays (a new first axis: the arrays,
** all of one shape, one after the other in C order), np.hstack of 2-d
** arrays (along axis 1: row by row). hstack of 1-d arrays and vstack of
** n-d ones are np.concatenate. */
static V lower_stack(Lw *w, AstExpr *tup, NbTy rt, bool rows) {
  V t = lower_expr(w, tup);
  const NbTypeInfo *ti = nb_type(t.ty), *ri = nb_type(rt);
  int nd = nb_type(ti->items[0])->ndim;
  StrBuf sh = STRBUF_INIT;
  V n1 = tmp(w, nb_scalar(DT_INT64), "0");
  for (int i = 0; i < ti->n; i++) {
    for (int k = rows ? 0 : 0; k < nd; k++) {
      if (rows && k == 1) continue;
      sb_printf(w->o, "if (%s.f%d.shape[%d] != %s.f0.shape[%d]) NBH(%d, nb_raise_s_fn)(ctx, \"%s\");\n", t.s, i, k, t.s, k,
                H(raise_value), rows ? "all the input array dimensions except for the concatenation axis must match exactly"
                                     : "all input arrays must have the same shape");
    }
    if (rows) sb_printf(w->o, "%s += %s.f%d.shape[1];\n", n1.s, t.s, i);
  }
  if (rows) sb_printf(&sh, "%s.f0.shape[0], %s", t.s, n1.s);
  else {
    sb_printf(&sh, "%d", ti->n);
    for (int k = 0; k < nd; k++) sb_printf(&sh, ", %s.f0.shape[%d]", t.s, k);
  }
  V r = alloc_array(w, rt, sh.data, 0);
  sb_free(&sh);
  V j = decl_tmp(w, nb_scalar(DT_INT64));
  const char *et = elem_ctype(ri->dtype);
  if (rows) sb_printf(w->o, "for (int64_t r_ = 0; r_ < %s.shape[0]; r_++) {\n", r.s);
  for (int i = 0; i < ti->n; i++) {
    V a = lit(ti->items[i], "%s.f%d", t.s, i);
    int adt = nb_type(ti->items[i])->dtype;
    char ref[256], out[160];
    if (rows) {
      sb_printf(w->o, "for (int64_t c_ = 0; c_ < %s.shape[1]; c_++) {\n", a.s);
      snprintf(ref, sizeof ref, "(*(%s *)(%s.data + r_ * %s.strides[0] + c_ * %s.strides[1]))", elem_ctype(adt), a.s, a.s, a.s);
      snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", et, r.s, j.s);
      store_elem(w, ri->dtype, out, load_elem(w, adt, ref));
      sb_puts(w->o, "}\n");
      continue;
    }
    char p[32];
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(adt), p);
    snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", et, r.s, j.s);
    store_elem(w, ri->dtype, out, load_elem(w, adt, ref));
    close_loops(w, depth);
  }
  if (rows) sb_puts(w->o, "}\n");
  return r;
}

static void shape_list(V a, int ndim, StrBuf *b);
static V copy_array(Lw *w, V a, NbTy rt);

/* np.clip(a, lo, hi) as Numba: into a new array of a's dtype, each element
** min(max(x, lo), hi) with Python's min and max (a nan bound changes
** nothing, a nan element stays nan). */
static V lower_clip(Lw *w, V a, V lo, V hi, NbTy rt) {
  const NbTypeInfo *ai = nb_type(a.ty), *ri = nb_type(rt);
  int cd = nb_promote_dt(nb_promote_dt(ai->dtype, sdt(lo.ty)), sdt(hi.ty));
  if (dt_is_int((DType)cd) && (dt_is_unsigned((DType)cd) != dt_is_unsigned((DType)ai->dtype))) cd = DT_FLOAT64;
  NbTy ct = nb_scalar(cd == DT_BOOL ? DT_INT64 : cd);
  V l = conv(w, lo, ct), h = conv(w, hi, ct);
  V r = copy_array(w, a, rt); /* then clipped in place, in C order */
  V n = array_size(w, r);
  char ref[160];
  int id = w->u->ntmp++;
  sb_printf(w->o, "for (int64_t ci%d = 0; ci%d < %s; ci%d++) {\n", id, id, n.s, id);
  snprintf(ref, sizeof ref, "((%s *)%s.data)[ci%d]", elem_ctype(ri->dtype), r.s, id);
  V x = conv(w, load_elem(w, ri->dtype, ref), ct);
  V m = tmp(w, ct, "%s > %s ? %s : %s", l.s, x.s, l.s, x.s);
  V c = tmp(w, ct, "%s < %s ? %s : %s", h.s, m.s, h.s, m.s);
  store_elem(w, ri->dtype, ref, conv(w, c, nb_scalar(ri->dtype)));
  sb_puts(w->o, "}\n");
  return r;
}

/* np.unique(a): the sorted distinct elements of a flattened (Numba's: every
** nan kept, as nan != nan). */
static V lower_unique(Lw *w, V a, NbTy rt) {
  V s = copy_array(w, a, rt);
  sort_inplace(w, s);
  const char *et = elem_ctype(nb_type(rt)->dtype);
  V n = tmp(w, nb_scalar(DT_INT64), "%s.shape[0] > 0", s.s);
  sb_printf(w->o, "for (int64_t i_ = 1; i_ < %s.shape[0]; i_++) %s += ((%s *)%s.data)[i_] != ((%s *)%s.data)[i_ - 1];\n", s.s, n.s,
            et, s.s, et, s.s);
  V r = alloc_array(w, rt, n.s, 0);
  sb_printf(w->o, "for (int64_t i_ = 0, j_ = 0; i_ < %s.shape[0]; i_++) if (i_ == 0 || ((%s *)%s.data)[i_] != ((%s *)%s.data)[i_ - 1]) "
            "((%s *)%s.data)[j_++] = ((%s *)%s.data)[i_];\n", s.s, et, s.s, et, s.s, et, r.s, et, s.s);
  return r;
}

/* np.nonzero(a) / np.where(a): a tuple of ndim int64 arrays, the
** coordinates of the true elements in C order. */
static V lower_nonzero(Lw *w, V a, NbTy rt) {
  const NbTypeInfo *ai = nb_type(a.ty);
  NbTy i64a = nb_array(DT_INT64, 1, 'C');
  char p[32], ref[96];
  V c = decl_tmp(w, nb_scalar(DT_INT64));
  int depth = open_elem_loops(w, a, p, sizeof p);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(ai->dtype), p);
  V b = truthy(w, load_elem(w, ai->dtype, ref));
  sb_printf(w->o, "%s += %s;\n", c.s, b.s);
  close_loops(w, depth);
  V r = decl_tmp(w, rt);
  for (int k = 0; k < ai->ndim; k++) {
    V o = alloc_array(w, i64a, c.s, 0);
    sb_printf(w->o, "%s.f%d = %s;\n", r.s, k, o.s);
  }
  V j = decl_tmp(w, nb_scalar(DT_INT64));
  depth = open_elem_loops(w, a, p, sizeof p);
  int lid;
  sscanf(p, "p%d_", &lid);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(ai->dtype), p);
  b = truthy(w, load_elem(w, ai->dtype, ref));
  sb_printf(w->o, "if (%s) {", b.s);
  for (int k = 0; k < ai->ndim; k++) sb_printf(w->o, " ((int64_t *)%s.f%d.data)[%s] = i%d_%d;", r.s, k, j.s, lid, k);
  sb_printf(w->o, " %s++; }\n", j.s);
  close_loops(w, depth);
  return r;
}

/* np.diff(a) (1-d), np.outer(a, b), np.count_nonzero(a), np.sort(a). */
static V lower_np_misc(Lw *w, const char *base, V *args, NbTy rt) {
  const NbTypeInfo *ai = nb_type(args[0].ty), *ri = nb_type(rt);
  char p[32], ref[160];
  if (!strcmp(base, "count_nonzero")) {
    V c = decl_tmp(w, rt);
    int depth = open_elem_loops(w, args[0], p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(ai->dtype), p);
    V b = truthy(w, load_elem(w, ai->dtype, ref));
    sb_printf(w->o, "%s += %s;\n", c.s, b.s);
    close_loops(w, depth);
    return c;
  }
  if (!strcmp(base, "sort")) {
    V r = copy_array(w, args[0], rt);
    sort_inplace(w, r);
    return r;
  }
  const char *et = elem_ctype(ri->dtype);
  if (!strcmp(base, "diff")) {
    V a = args[0];
    V n = tmp(w, nb_scalar(DT_INT64), "%s.shape[0] > 0 ? %s.shape[0] - 1 : 0", a.s, a.s);
    V r = alloc_array(w, rt, n.s, 0);
    sb_printf(w->o, "for (int64_t i_ = 0; i_ < %s; i_++) { %s x_ = *(%s *)(%s.data + i_ * %s.strides[0]), y_ = *(%s *)(%s.data + "
              "(i_ + 1) * %s.strides[0]); ((%s *)%s.data)[i_] = %s; }\n", n.s, et, et, a.s, a.s, et, a.s, a.s, et, r.s,
              ri->dtype == DT_BOOL ? "x_ != y_" : "y_ - x_");
    return r;
  }
  /* outer */
  V a = copy_array(w, args[0], nb_array(ri->dtype, 1, 'C'));
  V b = copy_array(w, args[1], nb_array(ri->dtype, 1, 'C'));
  char shp[128];
  snprintf(shp, sizeof shp, "%s.shape[0], %s.shape[0]", a.s, b.s);
  V r = alloc_array(w, rt, shp, 0);
  sb_printf(w->o, "for (int64_t i_ = 0; i_ < %s.shape[0]; i_++) for (int64_t j_ = 0; j_ < %s.shape[0]; j_++) ((%s *)%s.data)[i_ * "
            "%s.shape[0] + j_] = (%s)(((%s *)%s.data)[i_] * ((%s *)%s.data)[j_]);\n", a.s, b.s, et, r.s, b.s, et, et, a.s, et, b.s);
  return r;
}

/* ---- array methods (a.sum() … and np.sum(a) …) -------------------------------- */

/* Shape initialiser "a.shape[0], a.shape[1] …" of array a. */
static void shape_list(V a, int ndim, StrBuf *b) {
  for (int k = 0; k < ndim; k++) sb_printf(b, "%s%s.shape[%d]", k ? ", " : "", a.s, k);
}

/* A fresh C-contiguous copy of a with element type dt (astype, copy, flatten). */
static V copy_array(Lw *w, V a, NbTy rt) {
  const NbTypeInfo *oi = nb_type(a.ty), *ri = nb_type(rt);
  StrBuf sh = STRBUF_INIT;
  if (ri->ndim == oi->ndim) shape_list(a, oi->ndim, &sh);
  else sb_puts(&sh, array_size(w, a).s); /* flatten */
  V r = alloc_array(w, rt, sh.data, 0);
  sb_free(&sh);
  V j = decl_tmp(w, nb_scalar(DT_INT64));
  char p[32], ref[96], out[160];
  int depth = open_elem_loops(w, a, p, sizeof p);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(oi->dtype), p);
  snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", elem_ctype(ri->dtype), r.s, j.s);
  store_elem(w, ri->dtype, out, load_elem(w, oi->dtype, ref));
  close_loops(w, depth);
  return r;
}

/* acc = acc OP x for sum/prod style accumulation in type acc.ty. */
static void accumulate(Lw *w, V acc, V x, bool mul) {
  V xc = conv(w, x, acc.ty);
  if (nb_is_complex(acc.ty)) {
    if (mul) sb_printf(w->o, "%s = nb_cmul(%s, %s);\n", acc.s, acc.s, xc.s);
    else sb_printf(w->o, "%s = nb_cadd(%s, %s);\n", acc.s, acc.s, xc.s);
  } else sb_printf(w->o, "%s = %s %c %s;\n", acc.s, acc.s, mul ? '*' : '+', xc.s);
}

/* a.sum(axis=k): accumulates every element into its output slot in C order
** (Numba's loop, so the float rounding matches). */
static V sum_axis(Lw *w, V a, AstExpr *axe, NbTy rt) {
  const NbTypeInfo *oi = nb_type(a.ty);
  V ax = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", lower_expr(w, axe).s);
  int64_t kc;
  if (shift_count_const(w, axe, &kc)) { /* Numba's literal axis: a negative one counts from the end */
    sb_printf(w->o, "if (%s < 0) %s += %d;\n", ax.s, ax.s, oi->ndim);
    sb_printf(w->o, "if ((uint64_t)%s >= %d) NBH(%d, nb_raise_s_fn)(ctx, \"axis is out of bounds\");\n", ax.s,
              oi->ndim, H(raise_value));
  } else { /* a run-time axis: Numba's array_sum_impl_axis checks, no wrapping */
    sb_printf(w->o, "if (%s < 0 || %s > 3) NBH(%d, nb_raise_s_fn)(ctx, \"Numba does not support sum with axis parameter "
              "outside the range 0 to 3.\");\n", ax.s, ax.s, H(raise_value));
    sb_printf(w->o, "if (%s >= %d) NBH(%d, nb_raise_s_fn)(ctx, \"axis is out of bounds for array\");\n", ax.s, oi->ndim,
              H(raise_value));
  }
  NbTy acc_t = nb_scalar(nb_type(rt)->dtype);
  int id = w->u->ntmp++;
  /* output strides (in elements) per input dimension: 0 along the axis */
  sb_printf(w->o, "int64_t os%d[%d]; { int64_t s_ = 1; for (int k_ = %d; k_ >= 0; k_--) { if (k_ == %s) { os%d[k_] = 0; continue; } "
            "os%d[k_] = s_; s_ *= %s.shape[k_]; } }\n", id, oi->ndim, oi->ndim - 1, ax.s, id, id, a.s);
  V r;
  char optr[64];
  if (nb_type(rt)->kind == NK_ARRAY) {
    r = decl_tmp(w, rt);
    int sid = w->u->ntmp++;
    sb_printf(w->o, "{ int64_t shp%d[%d]; int j_ = 0; for (int k_ = 0; k_ < %d; k_++) if (k_ != %s) shp%d[j_++] = %s.shape[k_];\n", sid,
              oi->ndim - 1, oi->ndim, ax.s, sid, a.s);
    sb_printf(w->o, "NBH(%d, void (*)(void *, int, int, const int64_t *, void *, int))(ctx, %d, %d, shp%d, &%s, 1); }\n", H(arr_new),
              nb_type(rt)->dtype, oi->ndim - 1, sid, r.s);
    snprintf(optr, sizeof optr, "%s.data", r.s);
  } else {
    r = decl_tmp(w, acc_t);
    snprintf(optr, sizeof optr, "(char *)&%s", r.s);
  }
  char p[32];
  int depth = open_elem_loops(w, a, p, sizeof p);
  /* open_elem_loops names its indices i<id>_<k>; the id is the tmp before p */
  int lid;
  sscanf(p, "p%d_", &lid);
  StrBuf off = STRBUF_INIT;
  sb_puts(&off, "0");
  for (int k = 0; k < oi->ndim; k++) sb_printf(&off, " + i%d_%d * os%d[%d]", lid, k, id, k);
  char ref[96], out[160];
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(oi->dtype), p);
  snprintf(out, sizeof out, "((%s *)%s)[%s]", elem_ctype(nb_type(acc_t)->dtype), optr, off.data);
  sb_free(&off);
  V x = conv(w, load_elem(w, oi->dtype, ref), acc_t);
  if (nb_is_complex(acc_t)) sb_printf(w->o, "%s = nb_cadd(%s, %s);\n", out, out, x.s);
  else sb_printf(w->o, "%s = %s + %s;\n", out, out, x.s);
  close_loops(w, depth);
  return r;
}

/* argmin/argmax: the first extreme element's flat index; the first NaN
** wins (NumPy). */
static V arg_extreme(Lw *w, V a, bool mn) {
  const NbTypeInfo *oi = nb_type(a.ty);
  V n = array_size(w, a);
  sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"attempt to get %s of an empty sequence\");\n", n.s,
            H(raise_value), mn ? "argmin" : "argmax");
  V best = decl_tmp(w, nb_scalar(oi->dtype));
  V bi = decl_tmp(w, nb_scalar(DT_INT64)), k = decl_tmp(w, nb_scalar(DT_INT64));
  sb_printf(w->o, "%s = -1;\n", bi.s);
  int label = w->u->ntmp++;
  char p[32], ref[96];
  int depth = open_elem_loops(w, a, p, sizeof p);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(oi->dtype), p);
  V x = load_elem(w, oi->dtype, ref);
  if (dt_is_float((DType)oi->dtype)) sb_printf(w->o, "if (%s != %s) { %s = %s; goto nbarg%d; }\n", x.s, x.s, bi.s, k.s, label);
  sb_printf(w->o, "if (%s < 0 || %s %s %s) { %s = %s; %s = %s; }\n", bi.s, x.s, mn ? "<" : ">", best.s, best.s, x.s, bi.s, k.s);
  sb_printf(w->o, "%s++;\n", k.s);
  close_loops(w, depth);
  sb_printf(w->o, "nbarg%d:;\n", label);
  return bi;
}

/* Numba's mean (and std, var) divide the sum by the size as Python does:
** an empty array is a ZeroDivisionError ("complex division by zero" for
** complex sums), except under the numpy error model (prange bodies, ufunc
** kernels), where the division gives nan as below. */
static void empty_mean_check(Lw *w, V n, bool cplx) {
  if (w->f->numpy_errors || w->in_par) return;
  sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_i_fn)(ctx, %d);\n", n.s, H(raise_zerodiv), cplx ? 2 : 0);
}

/* a.m(args) for an array a, or np.m(a, args): `off` is the index of the
** first argument after the array in e's arguments. Types were checked by
** infer.c (ty_array_method). */
/* a.item(): the only element (Numba's ValueError otherwise). */
static V lower_item(Lw *w, V a, NbTy rt) {
  const NbTypeInfo *oi = nb_type(a.ty);
  static const char msg[] = "item(): can only convert an array of size 1 to a Python scalar";
  char spec[128];
  int n = snprintf(spec, sizeof spec, "ValueError;s%zu:%s", strlen(msg), msg);
  V size = array_size(w, a);
  sb_printf(w->o, "if (%s != 1) NBH(%d, nb_raise_s_fn)(ctx, ", size.s, H(raise_exc));
  c_string(w->o, spec, (size_t)n);
  sb_puts(w->o, ");\n");
  char p[32], ref[96];
  V r = decl_tmp(w, rt);
  int depth = open_elem_loops(w, a, p, sizeof p);
  snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(oi->dtype), p);
  V x = load_elem(w, oi->dtype, ref);
  sb_printf(w->o, "%s = %s;\n", r.s, x.s);
  close_loops(w, depth);
  return r;
}

static V lower_array_method(Lw *w, AstExpr *e, const char *m, V a, int off, NbTy rt) {
  const NbTypeInfo *oi = nb_type(a.ty);
  char p[32], ref[96];
  const char *et = elem_ctype(oi->dtype);
  int nargs = e->call.args.len - off;
  if (!strcmp(m, "dot") && off == 0) return lower_dot(w, a, lower_expr(w, e->call.args.items[0]), rt);
  if (!strcmp(m, "item") && off == 0) return lower_item(w, a, rt);
  if ((!strcmp(m, "sum") || !strcmp(m, "prod") || !strcmp(m, "mean")) && nb_call_arg(e, off, "axis"))
    return sum_axis(w, a, nb_call_arg(e, off, "axis"), rt);
  if (!strcmp(m, "sum") || !strcmp(m, "mean") || !strcmp(m, "prod")) {
    bool mean = !strcmp(m, "mean"), mul = !strcmp(m, "prod");
    /* Numba's mean adds up in its result type (float32 for float32) and
    ** divides in double: c / arr.size, converted to the result type */
    NbTy acc_t = !mean || !nb_is_complex(rt) ? rt : nb_scalar(DT_COMPLEX128);
    V acc = decl_tmp(w, acc_t);
    if (mul) sb_printf(w->o, "%s = %s;\n", acc.s, nb_is_complex(acc_t) ? "nb_mkc(1.0, 0.0)" : "1");
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    accumulate(w, acc, load_elem(w, oi->dtype, ref), mul);
    close_loops(w, depth);
    if (!mean) return acc;
    V n = array_size(w, a);
    empty_mean_check(w, n, nb_is_complex(acc_t));
    if (nb_is_complex(acc_t))
      return conv(w, tmp(w, acc_t, "nb_mkc(%s.re / (double)%s, %s.im / (double)%s)", acc.s, n.s, acc.s, n.s), rt);
    return tmp(w, rt, "(%s)((double)%s / (double)%s)", dt_ctype(sdt(rt)), acc.s, n.s);
  }
  if (!strcmp(m, "min") || !strcmp(m, "max") || !strcmp(m, "amin") || !strcmp(m, "amax")) {
    bool mn = !strcmp(m, "min") || !strcmp(m, "amin");
    V n = array_size(w, a);
    sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"zero-size array to reduction operation %s which has no identity\");\n",
              n.s, H(raise_value), mn ? "minimum" : "maximum");
    V acc = decl_tmp(w, rt);
    V first = decl_tmp(w, nb_scalar(DT_BOOL));
    sb_printf(w->o, "%s = 1;\n", first.s);
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    V x = load_elem(w, oi->dtype, ref);
    const char *cmp = mn ? "<" : ">";
    if (dt_is_complex((DType)oi->dtype)) /* Numba orders complex by real part, then imaginary part */
      sb_printf(w->o, "if (%s || %s.re %s %s.re || (%s.re == %s.re && %s.im %s %s.im)) { %s = %s; %s = 0; }\n", first.s, x.s, cmp,
                acc.s, x.s, acc.s, x.s, cmp, acc.s, acc.s, x.s, first.s);
    else /* NaN propagates like NumPy's minimum/maximum */
      sb_printf(w->o, "if (%s || %s %s %s || %s != %s) { %s = %s; %s = 0; }\n", first.s, x.s, cmp, acc.s, x.s, x.s, acc.s, x.s,
                first.s);
    if (dt_is_float((DType)oi->dtype)) sb_printf(w->o, "if (%s != %s) break;\n", acc.s, acc.s);
    close_loops(w, depth);
    return acc;
  }
  if (!strcmp(m, "argmin") || !strcmp(m, "argmax")) return arg_extreme(w, a, !strcmp(m, "argmin"));
  if (!strcmp(m, "any") || !strcmp(m, "all")) {
    bool any = !strcmp(m, "any");
    V r = tmp(w, rt, "%d", !any);
    int label = w->u->ntmp++;
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    V b = truthy(w, load_elem(w, oi->dtype, ref));
    sb_printf(w->o, "if (%s%s) { %s = %d; goto nbany%d; }\n", any ? "" : "!", b.s, r.s, any, label);
    close_loops(w, depth);
    sb_printf(w->o, "nbany%d:;\n", label);
    return r;
  }
  if (!strcmp(m, "std") || !strcmp(m, "var")) {
    /* Numba: the mean, then the sum of squared distances, over the size */
    NbTy mt = nb_scalar(dt_is_complex((DType)oi->dtype) ? DT_COMPLEX128 : dt_is_float((DType)oi->dtype) ? oi->dtype : DT_FLOAT64);
    V sum = decl_tmp(w, mt);
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    accumulate(w, sum, load_elem(w, oi->dtype, ref), false);
    close_loops(w, depth);
    V n = array_size(w, a);
    empty_mean_check(w, n, nb_is_complex(mt));
    V mean = nb_is_complex(mt) ? tmp(w, mt, "nb_mkc(%s.re / (double)%s, %s.im / (double)%s)", sum.s, n.s, sum.s, n.s)
                               : tmp(w, mt, "(%s)(%s / (double)%s)", dt_ctype(sdt(mt)), sum.s, n.s);
    V ssd = decl_tmp(w, nb_scalar(DT_FLOAT64)); /* Numba's ssd = 0 then += float32: a float64 */
    depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    V x = conv(w, load_elem(w, oi->dtype, ref), mt);
    if (nb_is_complex(mt))
      sb_printf(w->o, "{ double dr_ = %s.re - %s.re, di_ = %s.im - %s.im; %s += dr_ * dr_ + di_ * di_; }\n", x.s, mean.s, x.s,
                mean.s, ssd.s);
    else sb_printf(w->o, "{ %s d_ = %s - %s; %s += d_ * d_; }\n", dt_ctype(sdt(mt)), x.s, mean.s, ssd.s);
    close_loops(w, depth);
    V var = tmp(w, rt, "(%s)(%s / (double)%s)", dt_ctype(sdt(rt)), ssd.s, n.s);
    if (!strcmp(m, "var")) return var;
    return tmp(w, rt, "(%s)sqrt((double)%s)", dt_ctype(sdt(rt)), var.s);
  }
  if (!strcmp(m, "cumsum") || !strcmp(m, "cumprod")) {
    bool mul = !strcmp(m, "cumprod");
    V n = array_size(w, a);
    V r = alloc_array(w, rt, n.s, 0);
    NbTy acc_t = nb_scalar(nb_type(rt)->dtype);
    V acc = decl_tmp(w, acc_t), j = decl_tmp(w, nb_scalar(DT_INT64));
    if (mul) sb_printf(w->o, "%s = %s;\n", acc.s, nb_is_complex(acc_t) ? "nb_mkc(1.0, 0.0)" : "1");
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    accumulate(w, acc, load_elem(w, oi->dtype, ref), mul);
    char out[160];
    snprintf(out, sizeof out, "((%s *)%s.data)[%s++]", elem_ctype(nb_type(acc_t)->dtype), r.s, j.s);
    store_elem(w, nb_type(acc_t)->dtype, out, acc);
    close_loops(w, depth);
    return r;
  }
  if (!strcmp(m, "copy") || !strcmp(m, "flatten")) return copy_array(w, a, rt);
  if (!strcmp(m, "astype")) return nb_type(rt)->dtype == oi->dtype && oi->layout == 'C' ? a : copy_array(w, a, rt);
  if (!strcmp(m, "ravel")) {
    if (oi->layout != 'C') return copy_array(w, a, rt);
    V n = array_size(w, a);
    V r = decl_tmp(w, rt);
    sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj; %s.shape[0] = %s; %s.strides[0] = %d;\n", r.s, a.s, r.s, a.s, r.s, n.s,
              r.s, dt_size((DType)oi->dtype));
    return r;
  }
  if (!strcmp(m, "transpose")) {
    if (oi->ndim == 1) return a;
    V r = decl_tmp(w, rt);
    sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj;\n", r.s, a.s, r.s, a.s);
    for (int k = 0; k < oi->ndim; k++)
      sb_printf(w->o, "%s.shape[%d] = %s.shape[%d]; %s.strides[%d] = %s.strides[%d];\n", r.s, k, a.s, oi->ndim - 1 - k, r.s, k, a.s,
                oi->ndim - 1 - k);
    return r;
  }
  if (!strcmp(m, "reshape")) {
    int nd = nb_type(rt)->ndim;
    V dims[ARR_MAXDIMS];
    if (nargs == 1 && nb_type(T(w, e->call.args.items[off]))->kind == NK_TUPLE) {
      V t = lower_expr(w, e->call.args.items[off]);
      for (int k = 0; k < nd; k++) dims[k] = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s.f%d", t.s, k);
    } else
      for (int k = 0; k < nd; k++) dims[k] = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", lower_expr(w, e->call.args.items[off + k]).s);
    V n = array_size(w, a);
    V r = decl_tmp(w, rt);
    /* one dimension may be -1: inferred from the size */
    V known = tmp(w, nb_scalar(DT_INT64), "1");
    V neg = tmp(w, nb_scalar(DT_INT64), "-1");
    for (int k = 0; k < nd; k++) {
      sb_printf(w->o, "if (%s < 0) { if (%s >= 0 || %s != -1) NBH(%d, nb_raise_s_fn)(ctx, \"%s\"); %s = %d; } else %s *= %s;\n",
                dims[k].s, neg.s, dims[k].s, H(raise_value), "can only specify one unknown dimension", neg.s, k, known.s, dims[k].s);
      sb_printf(w->o, "%s.shape[%d] = %s;\n", r.s, k, dims[k].s);
    }
    sb_printf(w->o, "if (%s >= 0) { if (%s == 0 || %s %% %s) NBH(%d, nb_raise_s_fn)(ctx, \"total size of new array must be unchanged\"); %s.shape[%s] = %s / %s; }\n",
              neg.s, known.s, n.s, known.s, H(raise_value), r.s, neg.s, n.s, known.s);
    sb_printf(w->o, "else if (%s != %s) NBH(%d, nb_raise_s_fn)(ctx, \"total size of new array must be unchanged\");\n",
              known.s, n.s, H(raise_value));
    sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj; %s.strides[%d] = %d;\n", r.s, a.s, r.s, a.s, r.s, nd - 1, dt_size((DType)oi->dtype));
    for (int k = nd - 2; k >= 0; k--) sb_printf(w->o, "%s.strides[%d] = %s.strides[%d] * %s.shape[%d];\n", r.s, k, r.s, k + 1, r.s, k + 1);
    return r;
  }
  if (!strcmp(m, "argsort")) return argsort(w, a);
  if (!strcmp(m, "sort")) {
    if (oi->layout == 'C') sort_inplace(w, a);
    else { /* sort a contiguous copy, then store it back */
      V c = copy_array(w, a, nb_array(oi->dtype, 1, 'C'));
      sort_inplace(w, c);
      V j = decl_tmp(w, nb_scalar(DT_INT64));
      sb_printf(w->o, "for (; %s < %s.shape[0]; %s++) *(%s *)(%s.data + %s * %s.strides[0]) = ((%s *)%s.data)[%s];\n", j.s, a.s, j.s, et,
                a.s, j.s, a.s, et, c.s, j.s);
    }
    return lit(nb_none(), "0");
  }
  if (!strcmp(m, "fill")) {
    V v = lower_expr(w, e->call.args.items[off]);
    int depth = open_elem_loops(w, a, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", et, p);
    store_elem(w, oi->dtype, ref, v);
    close_loops(w, depth);
    return lit(nb_none(), "0");
  }
  nb_error_at(w->u, w->f, e->pos, "Internal: cannot lower array method %s().", m);
  return lit(rt, "0");
}

static const char *const np_method_names[] = {"sum", "prod", "min", "max", "amin", "amax", "argmin", "argmax", "mean",
                                              "cumsum", "cumprod", "copy", "ravel", "transpose", "reshape", "any",
                                              "all", "std", "var", "argsort", NULL};

static V list_slice(Lw *w, V l, AstExpr *sl);
static void list_ref(Lw *w, V l, const char *i, char *out, size_t n);
static int list_loop(Lw *w, V l, char *ref, size_t n);
static void dict_store(Lw *w, V d, V k, V v);
static V dict_get(Lw *w, V d, V k);
static void dict_fns(Lw *w, NbTy t);
static V list_method(Lw *w, AstExpr *e, const char *m, V l, NbTy rt);
static V lower_listcomp(Lw *w, AstExpr *e);
static V list_alloc(Lw *w, NbTy lt, const char *cap);
static V dict_method(Lw *w, AstExpr *e, const char *m, V d, NbTy rt);
static V dict_new(Lw *w, NbTy dt);
static V set_method(Lw *w, AstExpr *e, const char *m, V st);
static V set_make(Lw *w, AstExpr *e, NbTy st);

/* len/min/max/sorted of a list. */
static V list_builtin(Lw *w, const char *base, V l0, NbTy rt, AstExpr *rev) {
  V l = tmp(w, l0.ty, "%s", l0.s);
  if (!strcmp(base, "len")) return tmp(w, rt, "%s->len", l.s);
  if (!strcmp(base, "sorted")) {
    V r = list_slice(w, l, &(AstExpr){.kind = AST_E_Slice});
    sort_list(w, r, rev);
    return r;
  }
  char ref[200];
  V acc = decl_tmp(w, rt);
  bool mn = !strcmp(base, "min");
  sb_printf(w->o, "if (%s->len == 0) NBH(%d, nb_raise_s_fn)(ctx, \"%s() arg is an empty sequence\");\n", l.s, H(raise_value), base);
  int id = list_loop(w, l, ref, sizeof ref);
  V x = conv(w, lit(nb_list_item(l.ty), "%s", ref), rt);
  V c = compare1(w, mn ? AST_CMP_Lt : AST_CMP_Gt, x, acc);
  sb_printf(w->o, "if (li%d == 0 || %s) %s = %s;\n", id, c.s, acc.s, x.s);
  sb_puts(w->o, "}\n");
  return acc;
}

/* acc = acc + x, x converted to acc's type first (Numba's int64 + float32
** adds in float64). */
static void sum_add(Lw *w, V acc, V x) {
  V s2 = binop(w, (AstPos){0}, AST_OP_Add, acc, conv(w, x, acc.ty), acc.ty, NULL);
  sb_printf(w->o, "%s = %s;\n", acc.s, s2.s);
}

/* Adds the items of a range() call's values (start, stop, step as int64)
** to acc, counting trips as enumerate()/zip() do (ez_leaf) so a large
** step cannot carry the counter past INT64_MAX. */
static void sum_range(Lw *w, const V *r, int na, V acc) {
  NbTy i64 = nb_scalar(DT_INT64);
  V st = tmp(w, i64, "%s", na >= 2 ? r[0].s : "0"), sp = tmp(w, i64, "%s", na >= 2 ? r[1].s : r[0].s);
  V sk = tmp(w, i64, "%s", na >= 3 ? r[2].s : "1");
  sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", sk.s, H(raise_value));
  V trip = tmp(w, i64, "%s > 0 ? (%s > %s ? (%s - %s - 1) / %s + 1 : 0) : (%s > %s ? (%s - %s - 1) / (-%s) + 1 : 0)", sk.s,
               sp.s, st.s, sp.s, st.s, sk.s, st.s, sp.s, st.s, sp.s, sk.s);
  int id = w->u->ntmp++;
  sb_printf(w->o, "for (int64_t s%d = 0; s%d < %s; s%d++) {\n", id, id, trip.s, id);
  sum_add(w, acc, tmp(w, i64, "%s + s%d * %s", st.s, id, sk.s));
  sb_puts(w->o, "}\n");
}

/* The builtin sum(iterable, start=0) (infer.c ty_builtin_sum): Numba's acc
** = start, then acc = acc + x item by item, in rt. The iterable is
** evaluated before start, as written. */
static V builtin_sum(Lw *w, AstExpr *e, NbTy rt) {
  AstExpr *ie = e->call.args.items[0], *se = nb_call_arg(e, 1, "start");
  const NbTypeInfo *ti = nb_type(T(w, ie));
  NbTy i64 = nb_scalar(DT_INT64);
  V it = lit(NB_UNKNOWN, "0"), r[3];
  int na = ti->kind == NK_RANGE ? ie->call.args.len : 0;
  for (int q = 0; q < na; q++) r[q] = tmp(w, i64, "%s", conv(w, lower_expr(w, ie->call.args.items[q]), i64).s);
  if (ti->kind != NK_RANGE) it = tmp(w, T(w, ie), "%s", lower_expr(w, ie).s);
  V acc = decl_tmp(w, rt);
  if (se) sb_printf(w->o, "%s = %s;\n", acc.s, conv(w, lower_expr(w, se), rt).s);
  if (ti->kind == NK_RANGE) {
    sum_range(w, r, na, acc);
  } else if (ti->kind == NK_TUPLE) { /* Numba unrolls it (literal_unroll) */
    for (int i = 0; i < ti->n; i++) sum_add(w, acc, lit(ti->items[i], "%s.f%d", it.s, i));
  } else if (ti->kind == NK_LIST) {
    char ref[200];
    list_loop(w, it, ref, sizeof ref);
    sum_add(w, acc, lit(nb_list_item(it.ty), "%s", ref));
    sb_puts(w->o, "}\n");
  } else {
    char p[32], ref[96];
    int depth = open_elem_loops(w, it, p, sizeof p);
    snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(ti->dtype), p);
    sum_add(w, acc, load_elem(w, ti->dtype, ref));
    close_loops(w, depth);
  }
  return acc;
}

/* `nbf_<id>(ctx, all...)`: the call of disp's specialisation for the
** types of all (converted to its parameter types). */
static V call_spec(Lw *w, void *disp, int np, const V *all, NbTy rt) {
  NbTy at[np + 1];
  at[np] = NB_UNKNOWN; /* set for gcc: a call without arguments reads none */
  for (int i = 0; i < np; i++) at[i] = all[i].ty;
  NbFunc *g = nb_infer_func(w->u, disp, np, at);
  if (!g) return lit(rt, "0");
  g->callsites++;
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "nbf_%d(ctx", g->id);
  for (int i = 0; i < np; i++) {
    V c = conv(w, all[i], g->argtys[i]);
    sb_printf(&b, ", %s", c.s);
  }
  sb_puts(&b, ")");
  V r;
  if (nb_type(g->ret)->kind == NK_NONE) {
    sb_printf(w->o, "%s;\n", b.data);
    r = lit(nb_none(), "0");
  } else r = tmp(w, g->ret, "%s", b.data);
  sb_free(&b);
  return r;
}

static V str_of(Lw *w, V v);
static V lower_math_int(Lw *w, const char *base, V *args, NbTy rt);
static V closure_free(Lw *w, const char *name);
static V closure_value(Lw *w, NbClosure *c);
static V str_method(Lw *w, AstExpr *e, const char *m, V self, NbTy rt);

/* A call of an inner function: the arguments written (Python's order),
** the defaults, then the caller's variables it reads (infer.c's
** ty_closure_call). */
static V lower_closure_call(Lw *w, AstExpr *e, NbClosure *c, NbTy rt) {
  int nargs = e->call.args.len, nkw = e->call.keywords.len, n = c->args.args.len;
  V args[nargs + 1], kwv[nkw + 1], all[n + 1];
  for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
  for (int j = 0; j < nkw; j++) kwv[j] = lower_expr(w, e->call.keywords.items[j]->value);
  int src[n + 1];
  char msg[200];
  if (!nb_closure_bind(c, e, src, msg, sizeof msg)) {
    nb_error_at(w->u, w->f, e->pos, "%s", msg); /* inference reported it first */
    return lit(rt, "0");
  }
  for (int p = 0; p < c->nparams; p++) {
    if (src[p] >= 0) all[p] = args[src[p]];
    else if (src[p] != NB_ARG_DEFAULT) all[p] = kwv[-2 - src[p]];
    else all[p] = lower_expr(w, c->defaults->items[p - nargs]); /* Numba's binding: nb_closure_bind */
  }
  bool by_name = nb_closure_by_name(w->u, w->f, c);
  V fv = by_name ? lit(NB_UNKNOWN, "0") : tmp(w, T(w, e->call.func), "%s", lower_expr(w, e->call.func).s);
  NbTy env = nb_closure_env(c);
  for (int p = c->nparams; p < n; p++) {
    const char *name = c->args.args.items[p]->name;
    if (by_name) all[p] = closure_free(w, name);
    else all[p] = lit(nb_type(env)->items[p - c->nparams], "%s.f%d", fv.s, p - c->nparams);
  }
  return call_spec(w, c, n, all, rt);
}

/* The value of free variable name where it is read by name: the local, or
** the struct of an inner function's own free variables. */
static V closure_free(Lw *w, const char *name) {
  NbTy t = nb_local(w->f, name)->ty;
  if (nb_type(t)->kind == NK_CLOSURE && nb_closure_by_name(w->u, w->f, nb_type(t)->ptr)) return closure_value(w, nb_type(t)->ptr);
  return lit(t, "v_%s", name);
}

/* Inner function c as a value (passed as an argument, assigned): its
** free variables' current values (nb_closure_env). */
static V closure_value(Lw *w, NbClosure *c) {
  NbTy env = nb_closure_env(c);
  int nf = nb_type(env)->n;
  V fields[nf + 1];
  for (int i = 0; i < nf; i++) fields[i] = closure_free(w, c->args.args.items[c->nparams + i]->name);
  V r = decl_tmp(w, env);
  for (int i = 0; i < nf; i++) sb_printf(w->o, "%s.f%d = %s;\n", r.s, i, fields[i].s);
  return lit(nb_named(NK_CLOSURE, c->def.funcdef.name, c), "%s", r.s);
}

/* The stdlib's random.* that are helper calls on Numba's "py" state
** (dispatch.c's h_pyrand_*); integer arguments as Numba's int64 (floats
** truncated), randint(a, b) as randrange(a, b + 1). */
static V lower_pyrandom(Lw *w, const char *base, V *args, int nargs, NbTy rt) {
  NbTy i64 = nb_scalar(DT_INT64), f64 = nb_scalar(DT_FLOAT64);
  if (!strcmp(base, "random")) { /* inlined in the optimised build (NB_PYRAND) */
    V r = decl_uninit(w, f64);
    sb_printf(w->o, "NB_PYRAND(%s);\n", r.s);
    return r;
  }
  if (!strcmp(base, "gauss") || !strcmp(base, "normalvariate")) {
    V mu = conv(w, args[0], f64), sigma = conv(w, args[1], f64);
    return tmp(w, rt, "NBH(%d, double (*)(void *, double, double))(ctx, %s, %s)", H(pyrand_gauss), mu.s, sigma.s);
  }
  V ints[3];
  for (int i = 0; i < nargs; i++) ints[i] = conv(w, args[i], i64);
  if (!strcmp(base, "seed")) {
    sb_printf(w->o, "NBH(%d, void (*)(void *, int64_t))(ctx, %s);\n", H(pyrand_seed), ints[0].s);
    return lit(nb_none(), "0");
  }
  if (!strcmp(base, "getrandbits")) return tmp(w, rt, "NBH(%d, uint64_t (*)(void *, int64_t))(ctx, %s)", H(pyrand_bits), ints[0].s);
  V start = nargs > 1 ? ints[0] : kint(0), stop = nargs > 1 ? ints[1] : ints[0], step = nargs > 2 ? ints[2] : kint(1);
  if (!strcmp(base, "randint")) stop = tmp(w, i64, "(int64_t)((uint64_t)%s + 1)", stop.s);
  return tmp(w, rt, "NBH(%d, int64_t (*)(void *, int64_t, int64_t, int64_t))(ctx, %s, %s, %s)", H(pyrand_range), start.s, stop.s,
             step.s);
}

/* range(...) as a value (len(range(...)), x in range(...)): int64_t
** nbr<id>[3] holding start, stop and step, a zero step refused as Numba's
** range() does. */
static V lower_range_value(Lw *w, AstExpr *e) {
  NbTy i64 = nb_scalar(DT_INT64);
  int na = e->call.args.len;
  V r[3];
  for (int q = 0; q < na && q < 3; q++) r[q] = tmp(w, i64, "%s", conv(w, lower_expr(w, e->call.args.items[q]), i64).s);
  int id = w->u->ntmp++;
  sb_printf(w->o, "int64_t nbr%d[3] = {%s, %s, %s};\n", id, na >= 2 ? r[0].s : "0", na >= 2 ? r[1].s : r[0].s,
            na >= 3 ? r[2].s : "1");
  sb_printf(w->o, "if (nbr%d[2] == 0) NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", id, H(raise_value));
  return lit(T(w, e), "nbr%d", id);
}

/* len(r): the trip count of a for loop over r. */
static V range_len(Lw *w, V r) {
  return tmp(w, nb_scalar(DT_INT64),
             "%s[2] > 0 ? (%s[1] > %s[0] ? (%s[1] - %s[0] - 1) / %s[2] + 1 : 0) : (%s[0] > %s[1] ? (%s[0] - %s[1] - 1) / (-%s[2]) + 1 : 0)",
             r.s, r.s, r.s, r.s, r.s, r.s, r.s, r.s, r.s, r.s, r.s);
}

/* x in r, as Numba's impl_contains: an int or bool tested by bounds and
** step; a float or complex first found integral (else False); anything
** else False. */
static V range_contains(Lw *w, V x, V r) {
  NbTy bt = nb_scalar(DT_BOOL), i64 = nb_scalar(DT_INT64);
  const NbTypeInfo *xi = nb_type(x.ty);
  if (xi->kind != NK_SCALAR) return lit(bt, "0");
  V res = decl_tmp(w, bt);
  int depth = 0;
  V v = x;
  if (dt_is_complex((DType)xi->dtype)) {
    V z = tmp(w, x.ty, "%s", x.s);
    sb_printf(w->o, "if (%s.im == 0 && fmod((double)%s.re, 1.0) == 0) {\n", z.s, z.s);
    v = tmp(w, i64, "(int64_t)%s.re", z.s);
    depth++;
  } else if (dt_is_float((DType)xi->dtype)) {
    V f = tmp(w, x.ty, "%s", x.s);
    sb_printf(w->o, "if (fmod((double)%s, 1.0) == 0) {\n", f.s);
    v = tmp(w, i64, "(int64_t)%s", f.s);
    depth++;
  } else v = tmp(w, i64, "(int64_t)%s", x.s);
  sb_printf(w->o,
            "%s = !((%s[2] > 0 && (%s < %s[0] || %s >= %s[1])) || (%s[2] < 0 && (%s <= %s[1] || %s > %s[0]))) && "
            "(%s - %s[0]) %% %s[2] == 0;\n",
            res.s, r.s, v.s, r.s, v.s, r.s, r.s, v.s, r.s, v.s, r.s, v.s, r.s, r.s);
  close_loops(w, depth);
  return res;
}

/* np.<ufunc> on real scalars alone (nb_np_scalar_ufunc): the kernel the
** fused loops run on one element, the operands cast to the loop dtype. */
static V lower_scalar_ufunc(Lw *w, AstExpr *e, const char *base, int loop, int rd) {
  V a[2];
  AstExpr **ch = e->call.args.items;
  int n = e->call.args.len;
  for (int i = 0; i < n; i++) a[i] = lower_expr(w, ch[i]);
  if (dt_is_complex((DType)loop)) { /* the operator, in the loop dtype */
    NbTy lt = nb_scalar(loop);
    V x = conv(w, a[0], lt), y = conv(w, a[1], lt);
    if (nb_np_cmp_ufunc(base) >= 0) return compare1(w, (AstCmpOp)nb_np_cmp_ufunc(base), x, y);
    return binop(w, e->pos, (AstBinOp)nb_np_binop_ufunc(base), x, y, lt, ch[1]);
  }
  if (nb_np_cmp_ufunc(base) >= 0) return ew_compare(w, (AstCmpOp)nb_np_cmp_ufunc(base), a, ch);
  if (!strcmp(base, "positive")) return conv(w, a[0], nb_scalar(loop));
  if (!strcmp(base, "negative") && dt_is_float((DType)loop)) /* the sign bit, as NB_FNEG */
    return ew_val(w, loop, "%s(%s)", loop == DT_FLOAT32 ? "NB_FNEGF" : "NB_FNEG", conv(w, a[0], nb_scalar(loop)).s);
  if (!strcmp(base, "power")) return ew_binop(w, AST_OP_Pow, a[0], a[1], loop);
  if (nb_np_binop_ufunc(base) >= 0) return ew_binop(w, (AstBinOp)nb_np_binop_ufunc(base), a[0], a[1], loop);
  return ew_call(w, base, a, n, rd);
}

static V lower_call(Lw *w, AstExpr *e) {
  NbTy rt = T(w, e);
  AstExpr *fn = e->call.func;
  int nargs = e->call.args.len;
  if (nb_type(rt)->kind == NK_RANGE) return lower_range_value(w, e);
  /* methods on arrays / scalars */
  if (fn->kind == AST_E_Attribute) {
    NbTy ot = T(w, fn->attribute.value);
    const NbTypeInfo *oi = nb_type(ot);
    const char *m = fn->attribute.attr;
    const char *impl = oi->kind == NK_ARRAY ? nb_np_method_impl(w->u, w->f, e, ot) : NULL;
    if (impl) { /* a.clip(lo, hi) & co.: the receiver, then the arguments in order */
      int nkw = e->call.keywords.len;
      V v[nargs + nkw + 2];
      v[0] = lower_expr(w, fn->attribute.value);
      v[0] = tmp(w, v[0].ty, "%s", v[0].s);
      for (int i = 0; i < nargs; i++) v[i + 1] = lower_expr(w, e->call.args.items[i]);
      for (int i = 0; i < nkw; i++) v[nargs + 1 + i] = lower_expr(w, e->call.keywords.items[i]->value);
      return lower_impl_call(w, impl, v, nargs + nkw + 1);
    }
    if (oi->kind == NK_ARRAY) return lower_array_method(w, e, m, lower_expr(w, fn->attribute.value), 0, rt);
    if (oi->kind == NK_LIST) {
      V l = lower_expr(w, fn->attribute.value);
      return list_method(w, e, m, tmp(w, ot, "%s", l.s), rt);
    }
    if (oi->kind == NK_STR) return str_method(w, e, m, lower_expr(w, fn->attribute.value), rt);
    if (oi->kind == NK_SET) return set_method(w, e, m, lower_expr(w, fn->attribute.value));
    if (oi->kind == NK_DICT) {
      V d = lower_expr(w, fn->attribute.value);
      return dict_method(w, e, m, tmp(w, ot, "%s", d.s), nb_expr_type_keep(w->u, w->f, e));
    }
    if (oi->kind == NK_SCALAR && !strcmp(m, "conjugate")) {
      V z = lower_expr(w, fn->attribute.value);
      if (dt_is_complex((DType)oi->dtype)) return tmp(w, rt, "nb_mkc(%s.re, -%s.im)", z.s, z.s);
      return z;
    }
  }
  NbTy ft = nb_np_impl(w->u, w->f, T(w, fn), e); /* as inference picked it */
  const NbTypeInfo *fi = nb_type(ft);
  V args[nargs + 1];
  if (fi->kind == NK_DISP) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    int nkw = e->call.keywords.len;
    V kwv[nkw + 1];
    for (int j = 0; j < nkw; j++) kwv[j] = lower_expr(w, e->call.keywords.items[j]->value);
    NbDispInfo di;
    nb_disp_info(w->u->vm, fi->ptr, &di);
    int np = di.def->funcdef.args->args.len;
    int nd = di.defaults ? (int)di.defaults->n : 0;
    int src[np + 1];
    char msg[200];
    if (!nb_bind_args(&di, e, src, msg, sizeof msg)) {
      nb_error_at(w->u, w->f, e->pos, "%s", msg); /* inference reported it first */
      return lit(rt, "0");
    }
    V all[np + 1];
    for (int i = 0; i < np; i++) {
      if (src[i] != NB_ARG_DEFAULT) all[i] = src[i] >= 0 ? args[src[i]] : kwv[-2 - src[i]];
      else {
        Value dv = di.defaults->items[nd - (np - i)];
        if (dv.tag == V_INT) all[i] = kint(dv.as.i);
        else if (dv.tag == V_FLOAT) all[i] = kdouble(dv.as.f, nb_scalar(DT_FLOAT64));
        else if (dv.tag == V_BOOL) all[i] = lit(nb_scalar(DT_BOOL), "%d", (int)dv.as.i);
        else if (is_complex(dv)) {
          V re = kdouble(as_complex(dv)->re, nb_scalar(DT_FLOAT64)), im = kdouble(as_complex(dv)->im, nb_scalar(DT_FLOAT64));
          all[i] = tmp(w, nb_scalar(DT_COMPLEX128), "nb_mkc(%s, %s)", re.s, im.s);
        } else all[i] = lit(nb_none(), "0");
      }
    }
    return call_spec(w, fi->ptr, np, all, rt);
  }
  if (fi->kind == NK_CLOSURE) return lower_closure_call(w, e, fi->ptr, rt);
  if (fi->kind == NK_VUFUNC) return lower_vufunc_call(w, e, ft, rt); /* scalars: arrays went to ew_lower */
  if (fi->kind == NK_DTYPE) {
    V a = lower_expr(w, e->call.args.items[0]);
    return conv(w, a, rt);
  }
  const char *name = fi->name;
  const char *dot = strrchr(name, '.');
  const char *base = dot ? dot + 1 : name;
  if (!strncmp(name, "builtins.", 9) && !strcmp(base, "print")) return lower_print(w, e);
  bool is_np = dot == name + 5 && !strncmp(name, "numpy.", 6); /* numpy.<name>, no submodule */
  bool is_rand = !strncmp(name, "numpy.random.", 13);
  if (is_np && !e->call.keywords.len && nargs <= 2 && nb_is_scalar(rt)) {
    NbTy at[2];
    int loop;
    for (int i = 0; i < nargs; i++) at[i] = T(w, e->call.args.items[i]);
    int rd = nb_np_scalar_ufunc(base, nargs, at, &loop);
    if (rd >= 0) return lower_scalar_ufunc(w, e, base, loop, rd);
  }
  if (is_np && !strcmp(base, "ascontiguousarray")) {
    V a = lower_expr(w, e->call.args.items[0]);
    if (a.ty == rt) return a; /* already C-contiguous: the same array, as Numba */
    if (nb_is_array(a.ty)) return copy_array(w, a, rt);
    V r = alloc_array(w, rt, "1", 0);
    char ref[96];
    snprintf(ref, sizeof ref, "((%s *)%s.data)[0]", elem_ctype(nb_type(rt)->dtype), r.s);
    store_elem(w, nb_type(rt)->dtype, ref, a);
    return r;
  }
  if (is_np && nargs >= 1 && e->call.args.items[0]->kind != AST_E_List && in_names(np_method_names, base) &&
      nb_is_array(T(w, e->call.args.items[0])))
    return lower_array_method(w, e, base, lower_expr(w, e->call.args.items[0]), 1, rt);
  if (is_np && (!strcmp(base, "array") || !strcmp(base, "asarray")) && nargs >= 1 &&
      (e->call.args.items[0]->kind == AST_E_List || e->call.args.items[0]->kind == AST_E_Tuple)) {
    /* a literal: allocate, then store the items in order */
    AstExpr *lst = e->call.args.items[0];
    const NbTypeInfo *ri = nb_type(rt);
    int n0 = lst->seq.elts.len, n1 = ri->ndim == 2 ? lst->seq.elts.items[0]->seq.elts.len : 0;
    char shp[48], ref[96];
    if (ri->ndim == 2) snprintf(shp, sizeof shp, "%d, %d", n0, n1);
    else snprintf(shp, sizeof shp, "%d", n0);
    V r = alloc_array(w, rt, shp, 0);
    for (int i = 0, k = 0; i < n0; i++) {
      AstExpr *x = lst->seq.elts.items[i];
      int m = ri->ndim == 2 ? n1 : 1;
      for (int j = 0; j < m; j++, k++) {
        V v = lower_expr(w, ri->ndim == 2 ? x->seq.elts.items[j] : x);
        snprintf(ref, sizeof ref, "((%s *)%s.data)[%d]", elem_ctype(ri->dtype), r.s, k);
        store_elem(w, ri->dtype, ref, v);
      }
    }
    return r;
  }
  if (is_np && !strcmp(base, "concatenate")) return lower_concat(w, e->call.args.items[0], rt);
  if (is_np && (!strcmp(base, "hstack") || !strcmp(base, "vstack") || !strcmp(base, "stack"))) {
    int ind = nb_type(nb_type(T(w, e->call.args.items[0]))->items[0])->ndim;
    if ((base[0] == 'h' && ind == 1) || (base[0] == 'v' && ind > 1)) return lower_concat(w, e->call.args.items[0], rt);
    return lower_stack(w, e->call.args.items[0], rt, base[0] == 'h');
  }
  if (is_np && !strcmp(base, "clip") && nargs == 3) {
    for (int i = 0; i < 3; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    return lower_clip(w, args[0], args[1], args[2], rt);
  }
  if (is_np && !strcmp(base, "unique")) return lower_unique(w, lower_expr(w, e->call.args.items[0]), rt);
  if (is_np && (!strcmp(base, "nonzero") || !strcmp(base, "where")) && nargs == 1) return lower_nonzero(w, lower_expr(w, e->call.args.items[0]), rt);
  if (is_np && (!strcmp(base, "diff") || !strcmp(base, "sort") || !strcmp(base, "count_nonzero") || !strcmp(base, "outer"))) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    return lower_np_misc(w, base, args, rt);
  }
  if (is_np && !strcmp(base, "dot")) {
    V x = lower_expr(w, e->call.args.items[0]);
    return lower_dot(w, x, lower_expr(w, e->call.args.items[1]), rt);
  }
  if (is_np && !strcmp(base, "linspace")) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    return lower_linspace(w, args, nargs, rt);
  }
  if (is_np && (!strcmp(base, "empty") || !strcmp(base, "zeros") || !strcmp(base, "ones"))) {
    AstExpr *sh = nb_call_arg(e, 0, "shape");
    V s = lower_expr(w, sh);
    const NbTypeInfo *si = nb_type(s.ty);
    StrBuf b = STRBUF_INIT;
    if (si->kind == NK_TUPLE)
      for (int k = 0; k < si->n; k++) sb_printf(&b, "%s(int64_t)%s.f%d", k ? ", " : "", s.s, k);
    else sb_printf(&b, "(int64_t)%s", s.s);
    V r = alloc_array(w, rt, b.data, !strcmp(base, "empty") ? 0 : !strcmp(base, "zeros") ? 1 : 2);
    sb_free(&b);
    return r;
  }
  if (is_np && !strcmp(base, "full")) {
    V s = lower_expr(w, nb_call_arg(e, 0, "shape"));
    V fv = lower_expr(w, nb_call_arg(e, 1, "fill_value"));
    const NbTypeInfo *si = nb_type(s.ty), *ri = nb_type(rt);
    StrBuf b = STRBUF_INIT;
    if (si->kind == NK_TUPLE)
      for (int k = 0; k < si->n; k++) sb_printf(&b, "%s(int64_t)%s.f%d", k ? ", " : "", s.s, k);
    else sb_printf(&b, "(int64_t)%s", s.s);
    V r = alloc_array(w, rt, b.data, 0);
    sb_free(&b);
    V n = array_size(w, r);
    char ref[128];
    snprintf(ref, sizeof ref, "((%s *)%s.data)[k_]", elem_ctype(ri->dtype), r.s);
    sb_printf(w->o, "for (int64_t k_ = 0; k_ < %s; k_++) {\n", n.s);
    store_elem(w, ri->dtype, ref, fv);
    sb_puts(w->o, "}\n");
    return r;
  }
  if (is_np && (!strcmp(base, "empty_like") || !strcmp(base, "zeros_like") || !strcmp(base, "ones_like"))) {
    V a = lower_expr(w, e->call.args.items[0]);
    const NbTypeInfo *ai = nb_type(a.ty);
    StrBuf b = STRBUF_INIT;
    for (int k = 0; k < ai->ndim; k++) sb_printf(&b, "%s%s.shape[%d]", k ? ", " : "", a.s, k);
    V r = alloc_array(w, rt, b.data, !strcmp(base, "empty_like") ? 0 : !strcmp(base, "zeros_like") ? 1 : 2);
    sb_free(&b);
    return r;
  }
  if (is_np && !strcmp(base, "arange")) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    int d = sdt(nb_array(nb_type(rt)->dtype, 1, 'C')) ;
    bool flt = false;
    for (int i = 0; i < nargs; i++)
      if (nb_is_float(args[i].ty)) flt = true;
    NbTy ct = nb_scalar(flt ? DT_FLOAT64 : DT_INT64);
    V start = nargs >= 2 ? conv(w, args[0], ct) : (flt ? kdouble(0, ct) : kint(0));
    V stop = nargs >= 2 ? conv(w, args[1], ct) : conv(w, args[0], ct);
    V step = nargs >= 3 ? conv(w, args[2], ct) : (flt ? lit(ct, "1.0") : kint(1));
    /* Numba's length is ceil((stop - start) / step) with true division,
    ** also for integers, and a zero step (0 or 0.0) raises first */
    sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"Maximum allowed size exceeded\");\n", step.s, H(raise_value));
    V n = tmp(w, nb_scalar(DT_INT64), "(int64_t)ceil((double)(%s - %s) / (double)%s)", stop.s, start.s, step.s);
    sb_printf(w->o, "if (%s < 0) %s = 0;\n", n.s, n.s);
    V r = alloc_array(w, rt, n.s, 0);
    sb_printf(w->o, "for (int64_t k_ = 0; k_ < %s; k_++) ((%s *)%s.data)[k_] = (%s)(%s + k_ * %s);\n", n.s, elem_ctype(d), r.s,
              elem_ctype(d), start.s, step.s);
    return r;
  }
  if (is_rand) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    if (!strcmp(base, "seed")) {
      sb_printf(w->o, "NBH(%d, void (*)(void *, int64_t))(ctx, (int64_t)%s);\n", H(rand_seed), args[0].s);
      return lit(nb_none(), "0");
    }
    if (!nb_is_array(rt) && (!strcmp(base, "random") || !strcmp(base, "rand") || !strcmp(base, "random_sample")))
    {
      V r = decl_uninit(w, nb_scalar(DT_FLOAT64));
      sb_printf(w->o, "NB_RAND(%s);\n", r.s);
      return conv(w, r, rt);
    }
    if (!nb_is_array(rt) && (!strcmp(base, "randn") || !strcmp(base, "standard_normal")))
      return tmp(w, rt, "NBH(%d, double (*)(void *))(ctx)", H(rand_gauss));
    if (!strcmp(base, "normal") || !strcmp(base, "uniform")) {
      NbTy f64 = nb_scalar(DT_FLOAT64);
      bool nrm = !strcmp(base, "normal");
      V a0 = nargs > 0 ? conv(w, args[0], f64) : lit(f64, "0.0");
      V a1 = nargs > 1 ? conv(w, args[1], f64) : lit(f64, "1.0");
      return tmp(w, rt, "NBH(%d, double (*)(void *, double, double))(ctx, %s, %s)", nrm ? H(rand_normal) : H(rand_uniform), a0.s, a1.s);
    }
    if (nb_is_array(rt) || !strcmp(base, "shuffle") || !strcmp(base, "choice")) {
      int id = w->u->ntmp++;
      sb_printf(w->o, "int kd%d[%d]; const void *vl%d[%d];\n", id, nargs + 1, id, nargs + 1);
      for (int i = 0; i < nargs; i++) {
        const NbTypeInfo *ai = nb_type(args[i].ty);
        int kind;
        V c;
        if (ai->kind == NK_ARRAY) { kind = 100 + ai->ndim; c = tmp(w, args[i].ty, "%s", args[i].s); }
        else if (ai->kind == NK_TUPLE) { /* a size: int64_t[] of its count, then its items */
          kind = 3;
          c = lit(args[i].ty, "sz%d_%d", id, i);
          sb_printf(w->o, "int64_t %s[%d] = {%d", c.s, ai->n + 1, ai->n);
          for (int k = 0; k < ai->n; k++) sb_printf(w->o, ", (int64_t)%s.f%d", args[i].s, k);
          sb_puts(w->o, "};\n");
          sb_printf(w->o, "kd%d[%d] = %d; vl%d[%d] = %s;\n", id, i, kind, id, i, c.s);
          continue;
        }
        else if (dt_is_float((DType)ai->dtype)) { kind = 2; c = tmp(w, nb_scalar(DT_FLOAT64), "(double)%s", args[i].s); }
        else { kind = 1; c = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", args[i].s); }
        sb_printf(w->o, "kd%d[%d] = %d; vl%d[%d] = &%s;\n", id, i, kind, id, i, c.s);
      }
      const NbTypeInfo *ri = nb_type(rt);
      V r = ri->kind == NK_NONE ? lit(rt, "0") : decl_tmp(w, ri->kind == NK_ARRAY ? rt : nb_scalar(dt_is_float((DType)ri->dtype) ? DT_FLOAT64 : DT_INT64));
      sb_printf(w->o, "NBH(%d, void (*)(void *, const char *, int, const int *, const void **, int, int, void *))(ctx, \"%s\", %d, kd%d, vl%d, %d, %d, %s%s);\n",
                H(rand_call), base, nargs, id, id, ri->kind == NK_NONE ? -1 : ri->dtype, ri->kind == NK_ARRAY ? ri->ndim : 0,
                ri->kind == NK_NONE ? "" : "&", ri->kind == NK_NONE ? "(void *)0" : r.s);
      return ri->kind == NK_SCALAR ? conv(w, r, rt) : r;
    }
    if (!strcmp(base, "randint")) {
      NbTy i64 = nb_scalar(DT_INT64);
      V lo = nargs > 1 ? conv(w, args[0], i64) : kint(0);
      V hi = nargs > 1 ? conv(w, args[1], i64) : conv(w, args[0], i64);
      return tmp(w, rt, "NBH(%d, int64_t (*)(void *, int64_t, int64_t))(ctx, %s, %s)", H(rand_randint), lo.s, hi.s);
    }
  }
  if (!strncmp(name, "random.", 7)) {
    for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
    return lower_pyrandom(w, base, args, nargs, rt);
  }
  if (!strncmp(name, "numba.typed.", 12)) { /* List(), Dict.empty(...): the arguments are types, known now */
    NbTy t = nb_expr_type_keep(w->u, w->f, e);
    if (!strcmp(name, "numba.typed.List") && nargs == 1) { /* List(iterable): list(iterable), a new list of the same layout */
      NbListCall lc;
      nb_list_call(e, &lc);
      return lit(t, "%s", lower_listcomp(w, &lc.comp).s);
    }
    return nb_is_list(t) ? list_alloc(w, t, "0") : dict_new(w, t);
  }
  if (!strcmp(name, "builtins.set")) return set_make(w, e, rt);
  if (!strcmp(name, "builtins.list")) { /* the iterable is the comprehension's: not evaluated here */
    if (!nargs) return list_alloc(w, rt, "0");
    NbListCall lc;
    nb_list_call(e, &lc);
    return lower_listcomp(w, &lc.comp);
  }
  if (!strcmp(name, "builtins.sorted") && nargs == 1 && !nb_is_list(nb_expr_type_keep(w->u, w->f, e->call.args.items[0]))) {
    NbListCall lc; /* sorted(iterable): list(iterable), then sorted in place */
    nb_list_call(e, &lc);
    V r = lower_listcomp(w, &lc.comp);
    sort_list(w, r, nb_call_arg(e, -1, "reverse"));
    return r;
  }
  if (!strcmp(name, "builtins.sum")) return builtin_sum(w, e, rt); /* its range() is not a value */
  for (int i = 0; i < nargs; i++) args[i] = lower_expr(w, e->call.args.items[i]);
  if (!strcmp(name, "builtins.str")) return str_of(w, args[0]);
  if (!strncmp(name, "math.", 5) && (!strcmp(base, "frexp") || !strcmp(base, "ldexp") || !strcmp(base, "gcd")))
    return lower_math_int(w, base, args, rt);
  if (!strcmp(name, "builtins.ord")) {
    str_fns(w);
    return tmp(w, rt, "nb_ord(ctx, %s)", args[0].s);
  }
  if (!strcmp(name, "builtins.chr")) {
    str_fns(w);
    return tmp(w, rt, "nb_chr(ctx, (int64_t)%s)", args[0].s);
  }
  if (!strcmp(name, "builtins.pow")) return binop(w, e->pos, AST_OP_Pow, args[0], args[1], rt, e->call.args.items[1]);
  if (nargs == 1 && nb_is_list(args[0].ty) && !strncmp(name, "builtins.", 9) &&
      (!strcmp(base, "len") || !strcmp(base, "min") || !strcmp(base, "max") || !strcmp(base, "sorted")))
    return list_builtin(w, base, args[0], rt, nb_call_arg(e, -1, "reverse"));
  if (!strcmp(name, "builtins.dict")) return dict_new(w, nb_expr_type_keep(w->u, w->f, e));
  if (is_np && nargs == 1 && nb_is_list(args[0].ty)) { /* np.array(lst), np.asarray(lst) */
    V l = tmp(w, args[0].ty, "%s", args[0].s);
    char shp[64];
    snprintf(shp, sizeof shp, "%s->len", l.s);
    V r = alloc_array(w, rt, shp, 0);
    char ref[200], dst[200];
    int id = list_loop(w, l, ref, sizeof ref);
    snprintf(dst, sizeof dst, "((%s *)%s.data)[li%d]", elem_ctype(sdt(rt)), r.s, id);
    store_elem(w, sdt(rt), dst, lit(nb_list_item(l.ty), "%s", ref));
    sb_puts(w->o, "}\n");
    return r;
  }
  if (!strcmp(name, "builtins.len")) {
    const NbTypeInfo *ai = nb_type(args[0].ty);
    if (ai->kind == NK_TUPLE) return kint(ai->n);
    if (ai->kind == NK_RANGE) return range_len(w, args[0]);
    if (ai->kind == NK_STR) return tmp(w, rt, "%s.nc", args[0].s);
    if (ai->kind == NK_DICT || ai->kind == NK_SET) return tmp(w, rt, "%s->len", args[0].s);
    return tmp(w, rt, "%s.shape[0]", args[0].s);
  }
  if (!strcmp(name, "builtins.abs") || (is_np && (!strcmp(base, "abs") || !strcmp(base, "absolute")))) {
    const NbTypeInfo *ai = nb_type(args[0].ty);
    if (dt_is_complex((DType)ai->dtype)) return tmp(w, rt, "(%s)hypot(%s.re, %s.im)", dt_ctype(sdt(rt)), args[0].s, args[0].s);
    if (dt_is_float((DType)ai->dtype)) return tmp(w, rt, "(%s)fabs(%s)", dt_ctype(sdt(rt)), args[0].s);
    if (ai->dtype == DT_BOOL || dt_is_unsigned((DType)ai->dtype)) return conv(w, args[0], rt);
    V x = conv(w, args[0], rt);
    return tmp(w, rt, "%s < 0 ? -%s : %s", x.s, x.s, x.s);
  }
  if (!strcmp(name, "builtins.min") || !strcmp(name, "builtins.max") || (is_np && (!strcmp(base, "minimum") || !strcmp(base, "maximum")))) {
    bool mn = !strcmp(base, "min") || !strcmp(base, "minimum");
    if (nargs == 1 && nb_is_array(args[0].ty)) {
      /* min(array): like array.min() */
      AstExpr fake = *e;
      (void)fake;
      const NbTypeInfo *oi = nb_type(args[0].ty);
      V a = args[0];
      char p[32];
      V n = array_size(w, a);
      sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"%s() arg is an empty sequence\");\n", n.s,
                H(raise_value), base);
      V acc = decl_tmp(w, rt);
      V first = decl_tmp(w, nb_scalar(DT_BOOL));
      sb_printf(w->o, "%s = 1;\n", first.s);
      int depth = open_elem_loops(w, a, p, sizeof p);
      char ref[96];
      snprintf(ref, sizeof ref, "(*(%s *)%s)", elem_ctype(oi->dtype), p);
      V x = load_elem(w, oi->dtype, ref);
      sb_printf(w->o, "if (%s || %s %s %s) { %s = %s; %s = 0; }\n", first.s, x.s, mn ? "<" : ">", acc.s, acc.s, x.s, first.s);
      close_loops(w, depth);
      return acc;
    }
    V items[64];
    int n = 0;
    if (nargs == 1 && nb_type(args[0].ty)->kind == NK_TUPLE) {
      const NbTypeInfo *ti = nb_type(args[0].ty);
      for (int k = 0; k < ti->n && n < 64; k++) items[n++] = lit(ti->items[k], "%s.f%d", args[0].s, k);
    } else
      for (int k = 0; k < nargs && n < 64; k++) items[n++] = args[k];
    V r = decl_tmp(w, rt);
    V c0 = conv(w, items[0], rt);
    sb_printf(w->o, "%s = %s;\n", r.s, c0.s);
    for (int k = 1; k < n; k++) {
      V c = conv(w, items[k], rt);
      if (is_np && dt_is_float((DType)sdt(rt)))
        sb_printf(w->o, "if (%s %s %s || %s != %s) %s = %s;\n", c.s, mn ? "<" : ">", r.s, c.s, c.s, r.s, c.s);
      else sb_printf(w->o, "if (%s %s %s) %s = %s;\n", c.s, mn ? "<" : ">", r.s, r.s, c.s);
    }
    return r;
  }
  if (!strcmp(name, "builtins.int") || !strcmp(name, "builtins.float") || !strcmp(name, "builtins.bool")) {
    if (!strcmp(name, "builtins.bool")) return truthy(w, args[0]);
    return conv(w, args[0], rt);
  }
  if (!strcmp(name, "builtins.complex")) {
    NbTy f64 = nb_scalar(DT_FLOAT64);
    if (nargs == 1) return conv(w, args[0], rt);
    V re = conv(w, args[0], f64), im = conv(w, args[1], f64);
    return tmp(w, rt, "nb_mkc(%s, %s)", re.s, im.s);
  }
  if (!strcmp(name, "builtins.round") && nargs == 2) {
    int d = sdt(rt);
    V x = conv(w, args[0], nb_scalar(DT_FLOAT64)), n = conv(w, args[1], nb_scalar(DT_INT64));
    return tmp(w, rt, "(%s)nb_round_nd(%s, %s, %d)", dt_ctype(d), x.s, n.s, d == DT_FLOAT32);
  }
  if (is_np && nb_is_np_round(base) && nb_is_scalar(rt)) {
    /* Numba's scalar np.round: rint (half to even) in the float's own
    ** width; with decimals its round_ndigits in float64 (nb_round_nd,
    ** also for float32 and ints), converted back */
    if (!nb_is_float(rt)) return nargs == 1 ? args[0] : tmp(w, rt, "(%s)nb_round_nd((double)%s, %s, 0)", dt_ctype(sdt(rt)),
                                                            args[0].s, conv(w, args[1], nb_scalar(DT_INT64)).s);
    if (nargs == 1) return tmp(w, rt, "%s(%s)", sdt(rt) == DT_FLOAT32 ? "rintf" : "rint", args[0].s);
    V n = conv(w, args[1], nb_scalar(DT_INT64));
    return tmp(w, rt, "(%s)nb_round_nd((double)%s, %s, 0)", dt_ctype(sdt(rt)), args[0].s, n.s);
  }
  if (!strcmp(name, "builtins.divmod")) return lower_divmod(w, args[0], args[1], rt);
  if (!strcmp(name, "builtins.round")) {
    V x = conv(w, args[0], nb_scalar(DT_FLOAT64));
    return tmp(w, rt, "(int64_t)rint(%s)", x.s);
  }
  bool is_math = !strncmp(name, "math.", 5);
  if ((is_np || is_math) && (!strcmp(base, "isnan") || !strcmp(base, "isinf") || !strcmp(base, "isfinite"))) {
    if (!nb_is_float(args[0].ty)) return lit(rt, "%d", !strcmp(base, "isfinite"));
    V x = conv(w, args[0], nb_scalar(DT_FLOAT64));
    if (!strcmp(base, "isnan")) return tmp(w, rt, "(%s != %s)", x.s, x.s);
    if (!strcmp(base, "isinf")) return tmp(w, rt, "(%s - %s != %s - %s && %s == %s)", x.s, x.s, x.s, x.s, x.s, x.s);
    return tmp(w, rt, "(%s - %s == 0.0)", x.s, x.s);
  }
  if (is_math && (!strcmp(base, "floor") || !strcmp(base, "ceil") || !strcmp(base, "trunc"))) {
    if (nb_is_int(args[0].ty) || nb_is_bool(args[0].ty)) return conv(w, args[0], rt);
    V x = conv(w, args[0], nb_scalar(DT_FLOAT64));
    return tmp(w, rt, "(int64_t)%s(%s)", base, x.s);
  }
  if (is_np && !strcmp(base, "sign")) {
    if (nb_is_float(args[0].ty)) {
      V x = conv(w, args[0], nb_scalar(DT_FLOAT64));
      return tmp(w, rt, "(%s)nb_sign(%s)", dt_ctype(sdt(rt)), x.s);
    }
    return tmp(w, rt, "(%s)(%s > 0 ? 1 : %s < 0 ? -1 : 0)", dt_ctype(sdt(rt)), args[0].s, args[0].s);
  }
  if (is_np && !strcmp(base, "power")) return binop(w, e->pos, AST_OP_Pow, args[0], args[1], rt, e->call.args.items[1]);
  if ((is_np || is_math) && nargs <= 2) {
    const char *cf = cfunc_for(base);
    if (!strcmp(base, "degrees") || !strcmp(base, "rad2deg") || !strcmp(base, "radians") || !strcmp(base, "deg2rad")) {
      bool todeg = !strcmp(base, "degrees") || !strcmp(base, "rad2deg");
      const char *k = todeg ? "(180.0 / 3.141592653589793)" : "(3.141592653589793 / 180.0)";
      if (rt == nb_scalar(DT_FLOAT32) && args[0].ty == rt) /* in float, by the constant rounded to float */
        return tmp(w, rt, "(%s * (float)%s)", args[0].s, k);
      V x = conv(w, args[0], nb_scalar(DT_FLOAT64));
      return tmp(w, rt, "(%s)(%s * %s)", dt_ctype(sdt(rt)), x.s, k);
    }
    NbTy f64 = nb_scalar(DT_FLOAT64), f32 = nb_scalar(DT_FLOAT32);
    if (rt == f32) { /* sinf(x): Numba's float32 call, the operands cast to the 'f' loop's float32 */
      V x = conv(w, args[0], f32);
      if (nargs == 1) return tmp(w, rt, "%sf(%s)", cf, x.s);
      V y = conv(w, args[1], f32);
      return tmp(w, rt, "%sf(%s, %s)", cf, x.s, y.s);
    }
    if (nargs == 1) {
      V x = conv(w, args[0], f64);
      return tmp(w, rt, "(%s)%s(%s)", dt_ctype(sdt(rt)), cf, x.s);
    }
    V x = conv(w, args[0], f64), y = conv(w, args[1], f64);
    return tmp(w, rt, "(%s)%s(%s, %s)", dt_ctype(sdt(rt)), cf, x.s, y.s);
  }
  nb_error_at(w->u, w->f, e->pos, "Internal: cannot lower a call to %s().", name);
  return lit(rt, "0");
}

/* ---- expressions ---------------------------------------------------------------- */

static V const_value(Lw *w, Value v, NbTy t) {
  if (v.tag == V_BOOL) return lit(t, "%d", (int)v.as.i);
  if (v.tag == V_INT) return kint(v.as.i);
  if (v.tag == V_FLOAT) return kdouble(v.as.f, t);
  if (is_complex(v)) {
    V re = kdouble(as_complex(v)->re, nb_scalar(DT_FLOAT64)), im = kdouble(as_complex(v)->im, nb_scalar(DT_FLOAT64));
    return tmp(w, t, "nb_mkc(%s, %s)", re.s, im.s);
  }
  return lit(t, "0");
}

static V str_const(Lw *w, const char *s, size_t n);

/* A global str or tuple of constants (frozen, as Numba freezes them). */
static V frozen_const(Lw *w, Value v, NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_STR) return str_const(w, as_str(v)->data, (size_t)as_str(v)->nbytes);
  if (i->kind != NK_TUPLE) return const_value(w, v, t);
  V items[i->n + 1];
  for (int k = 0; k < i->n; k++) items[k] = frozen_const(w, as_tuple(v)->items[k], i->items[k]);
  V r = decl_tmp(w, t);
  for (int k = 0; k < i->n; k++) sb_printf(w->o, "%s.f%d = %s;\n", r.s, k, items[k].s);
  return r;
}

/* z of `abs(z)` (builtins.abs, np.abs, np.absolute) with z a complex128
** scalar, else NULL. */
static AstExpr *cabs_arg(Lw *w, AstExpr *e) {
  if (e->kind != AST_E_Call || e->call.args.len != 1 || e->call.keywords.len) return NULL;
  const NbTypeInfo *fi = nb_type(T(w, e->call.func));
  if (fi->kind != NK_FUNC || (strcmp(fi->name, "builtins.abs") && strcmp(fi->name, "numpy.abs") &&
                              strcmp(fi->name, "numpy.absolute")))
    return NULL;
  AstExpr *z = e->call.args.items[0];
  return T(w, z) == nb_scalar(DT_COMPLEX128) ? z : NULL;
}

/* A literal int or float: its value. */
static bool const_number(AstExpr *e, double *out) {
  if (e->kind != AST_E_Constant) return false;
  if (e->constant.kind == AST_CONST_Float) *out = e->constant.f;
  else if (e->constant.kind == AST_CONST_Int) *out = (double)e->constant.i;
  else return false;
  return true;
}

/* nb_hypot_cmp's test against squares with a constant k, its thresholds
** computed here: the common case costs tcc's code no call. */
static bool cabs_compare_inline(Lw *w, V z, double k, int code, V *out) {
  double k2 = k * k;
  if (!(k > 0 && k2 > NUM_HYPOT_KMIN && k2 < NUM_HYPOT_KMAX)) return false;
  NbTy f64 = nb_scalar(DT_FLOAT64);
  V hi = kdouble(k2 * (1 + NUM_HYPOT_MARGIN), f64), lo = kdouble(k2 * (1 - NUM_HYPOT_MARGIN), f64), kv = kdouble(k, f64);
  V sq = tmp(w, f64, "%s.re * %s.re + %s.im * %s.im", z.s, z.s, z.s, z.s);
  *out = tmp(w, nb_scalar(DT_BOOL), "%s > %s ? %d : %s < %s ? %d : nb_hypot_cmp(%s.re, %s.im, %s, %d)", sq.s, hi.s,
             code >= 2, sq.s, lo.s, code < 2, z.s, z.s, kv.s, code);
  return true;
}

/* `abs(z) OP k` or `k OP abs(z)` (OP an order, k a real scalar): the
** escape test of mandelbrot, by nb_hypot_cmp (prelude). Operands are
** evaluated left to right; abs has no effect of its own. */
static bool lower_cabs_compare(Lw *w, AstExpr *e, V *out) {
  if (e->compare.n != 1) return false;
  AstCmpOp op = e->compare.ops[0];
  AstExpr *l = e->compare.left, *r = e->compare.comparators[0];
  AstExpr *zl = cabs_arg(w, l), *zr = zl ? NULL : cabs_arg(w, r);
  AstExpr *other = zl ? r : l;
  const NbTypeInfo *oi = nb_type(T(w, other));
  if ((!zl && !zr) || oi->kind != NK_SCALAR || dt_is_complex((DType)oi->dtype)) return false;
  int code = op == AST_CMP_Lt ? 0 : op == AST_CMP_LtE ? 1 : op == AST_CMP_Gt ? 2 : op == AST_CMP_GtE ? 3 : -1;
  if (code < 0) return false;
  if (zr) code ^= 2; /* k < abs(z) is abs(z) > k */
  NbTy f64 = nb_scalar(DT_FLOAT64);
  V z, k;
  if (zl) {
    z = lower_expr(w, zl);
    k = conv(w, lower_expr(w, r), f64);
  } else {
    k = conv(w, lower_expr(w, l), f64);
    z = lower_expr(w, zr);
  }
  double kc;
  if (const_number(other, &kc) && cabs_compare_inline(w, z, kc, code, out)) return true;
  *out = tmp(w, nb_scalar(DT_BOOL), "nb_hypot_cmp(%s.re, %s.im, %s, %d)", z.s, z.s, k.s, code);
  return true;
}

/* The array an index applies to: a local variable as itself (nothing in an
** expression can rebind one: streak's subset has no `:=`, callees cannot
** reach the caller's locals), else a temporary. tcc copied the whole
** struct at every `x[i]` (nbody's tcc code: 4 loads and stores more per
** element access). */
static V array_of(Lw *w, AstExpr *arr, V base) {
  if (arr->kind == AST_E_Name && nb_local(w->f, arr->name.id)) return base;
  return tmp(w, base.ty, "%s", base.s);
}

/* An int scalar narrower than 64 bits: Numba negates and inverts it in
** its own type and then widens the result (-uint8(200) is 56, as uint64). */
static bool narrow_int(NbTy ty) {
  const NbTypeInfo *i = nb_type(ty);
  return i->kind == NK_SCALAR && dt_is_int((DType)i->dtype) && dt_size((DType)i->dtype) < 8;
}

static V narrow_unary(Lw *w, char op, V a, NbTy t) {
  const char *src = dt_ctype(nb_type(a.ty)->dtype);
  return tmp(w, t, "(%s)(%s)(%c%s)", dt_ctype(nb_type(t)->dtype), src, op, a.s);
}

/* ---- lists (Numba's reflected list) ------------------------------------------- */

/* A list is an nb_list * (dispatch.c's NbListC inside a GC object that
** frees the items); the items sit in the C layout of the item type, so
** l->data is a C array of it. New lists come from the list_new helper;
** growth is realloc here. Nothing collects during a compiled call, so a
** list made in one lives until the call returns (as arrays do). */
static void list_fns(Lw *w) {
  if (w->u->list_fns) return;
  w->u->list_fns = true;
  sb_puts(w->decl, "void *realloc(void *, unsigned long);\n");
  sb_printf(w->decl,
            "static void nb_list_grow(void *ctx, nb_list *l, int64_t need, int64_t isz) {\n"
            "  int64_t cap = l->cap < 4 ? 4 : l->cap;\n"
            "  while (cap < need) cap *= 2;\n"
            "  char *d = (char *)realloc(l->data, (unsigned long)(cap * isz));\n"
            "  if (!d) NBH(%d, nb_raise_s_fn)(ctx, \"MemoryError;\");\n"
            "  l->data = d; l->cap = cap; }\n",
            H(raise_exc));
  sb_printf(w->decl,
            "static int64_t nb_list_ix(void *ctx, int64_t i, int64_t n, const char *msg) {\n"
            "  if (i < 0) i += n;\n"
            "  if ((uint64_t)i >= (uint64_t)n) NBH(%d, nb_raise_s_fn)(ctx, msg);\n"
            "  return i; }\n",
            H(raise_index_msg));
}

static void item_ctype(Lw *w, NbTy lt, char *ct, size_t n) { ctype(w, nb_list_item(lt), ct, n); }

/* A new list of type lt with room for cap (C text) items, length 0. */
static V list_alloc(Lw *w, NbTy lt, const char *cap) {
  list_fns(w);
  char ct[32];
  item_ctype(w, lt, ct, sizeof ct);
  if (!nb_list_item(lt)) snprintf(ct, sizeof ct, "int64_t");
  return tmp(w, lt, "NBH(%d, nb_list *(*)(void *, int64_t, int64_t))(ctx, %s, (int64_t)sizeof(%s))", H(list_new), cap, ct);
}

/* The lvalue of item i (C text, in range) of list l. */
static void list_ref(Lw *w, V l, const char *i, char *out, size_t n) {
  char ct[32];
  item_ctype(w, l.ty, ct, sizeof ct);
  int len = snprintf(out, n, "((%s *)%s->data)[%s]", ct, l.s, i);
  if (len < 0 || (size_t)len >= n) nb_error_at(w->u, w->f, w->f->def->pos, "Internal: list item reference too long.");
}

/* Opens `for (li<id> = 0; li<id> < l->len; li<id>++) {` over l's items
** (the length read each time); ref gets the current item's lvalue. */
static int list_loop(Lw *w, V l, char *ref, size_t n) {
  int id = w->u->ntmp++;
  char ix[16];
  snprintf(ix, sizeof ix, "li%d", id);
  list_ref(w, l, ix, ref, n);
  sb_printf(w->o, "for (int64_t %s = 0; %s < %s->len; %s++) {\n", ix, ix, l.s, ix);
  return id;
}

/* l.append(v) (v converted to the item type). */
static void list_push(Lw *w, V l, V v) {
  list_fns(w);
  char ct[32], ref[160];
  item_ctype(w, l.ty, ct, sizeof ct);
  V x = conv(w, v, nb_list_item(l.ty));
  sb_printf(w->o, "if (%s->len == %s->cap) nb_list_grow(ctx, %s, %s->len + 1, (int64_t)sizeof(%s));\n", l.s, l.s, l.s, l.s, ct);
  snprintf(ref, sizeof ref, "%s->len", l.s);
  char dst[200];
  list_ref(w, l, ref, dst, sizeof dst);
  emit_copy(w, nb_list_item(l.ty), NULL, dst, x.s);
  sb_printf(w->o, "%s->len++;\n", l.s);
}

/* An index into l checked as Numba does (msg: "getitem out of range"...;
** a typed List says "list index out of range" for all). */
static V list_index(Lw *w, V l, V i, const char *msg) {
  list_fns(w);
  if (nb_is_tlist(nb_type(l.ty))) msg = "list index out of range";
  V x = conv(w, i, nb_scalar(DT_INT64));
  return tmp(w, nb_scalar(DT_INT64), "nb_list_ix(ctx, %s, %s->len, \"%s\")", x.s, l.s, msg);
}

/* A new list of type `to` holding the items of v converted: a literal
** typed before an append refined its variable ([1, 2] then .append(2.5)). */
static V list_convert(Lw *w, V v, NbTy to) {
  if (v.ty == to || !nb_list_item(v.ty)) return lit(to, "%s", v.s);
  if (!strncmp(v.s, "v_", 2))
    nb_error_at(w->u, w->f, (AstPos){w->f->def->pos.line, 0, w->f->def->pos.line, 0},
                "Cannot use the list %s as %s: a list keeps the item type it was made with.", v.s + 2,
                "a list of another item type");
  V src = tmp(w, v.ty, "%s", v.s);
  V r = list_alloc(w, to, "0");
  char ref[160];
  list_loop(w, src, ref, sizeof ref);
  list_push(w, r, lit(nb_list_item(v.ty), "%s", ref));
  sb_puts(w->o, "}\n");
  return r;
}

/* Appends the first n (C text) items of src to dst, n read once (src may
** be dst). */
static void list_append_all(Lw *w, V dst, V src, const char *n) {
  int id = w->u->ntmp++;
  char ref[160], ix[16];
  snprintf(ix, sizeof ix, "ap%d", id);
  list_ref(w, src, ix, ref, sizeof ref);
  sb_printf(w->o, "{ int64_t apn%d = %s;\nfor (int64_t %s = 0; %s < apn%d; %s++) {\n", id, n, ix, ix, id, ix);
  list_push(w, dst, lit(nb_list_item(src.ty), "%s", ref));
  sb_puts(w->o, "}\n}\n");
}

/* a + b and a * n / n * a on lists: a new list of type rt, or, inplace
** (`l += x`, `l *= n`), a itself extended as Python's list does. */
static V list_binop(Lw *w, AstBinOp op, V a, V b, NbTy rt, bool inplace) {
  if (op == AST_OP_Add) {
    V x = tmp(w, a.ty, "%s", a.s), y = tmp(w, b.ty, "%s", b.s);
    char cap[200], n[80];
    snprintf(cap, sizeof cap, "%s->len + %s->len", x.s, y.s);
    V r = inplace ? x : list_alloc(w, rt, cap);
    snprintf(n, sizeof n, "%s->len", x.s);
    if (!inplace) list_append_all(w, r, x, n);
    snprintf(n, sizeof n, "%s->len", y.s);
    list_append_all(w, r, y, n);
    return r;
  }
  if (nb_is_int(a.ty)) { /* n * l */
    V t = a;
    a = b, b = t;
  }
  V x = tmp(w, a.ty, "%s", a.s), k = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", b.s);
  char cap[200], n[80];
  snprintf(cap, sizeof cap, "%s > 0 ? %s->len * %s : 0", k.s, x.s, k.s);
  V r = x;
  if (!inplace) r = list_alloc(w, rt, cap);
  V n0 = tmp(w, nb_scalar(DT_INT64), "%s->len", x.s);
  if (inplace) sb_printf(w->o, "if (%s <= 0) %s->len = 0;\n", k.s, x.s);
  snprintf(n, sizeof n, "%s", n0.s);
  int id = w->u->ntmp++;
  sb_printf(w->o, "for (int64_t rp%d = %d; rp%d < %s; rp%d++) {\n", id, inplace ? 1 : 0, id, k.s, id);
  list_append_all(w, r, x, n);
  sb_puts(w->o, "}\n");
  return r;
}

static V lower_list_literal(Lw *w, AstExpr *e, NbTy lt) {
  int n = e->seq.elts.len;
  char cap[24];
  snprintf(cap, sizeof cap, "%d", n);
  V r = list_alloc(w, lt, cap);
  for (int i = 0; i < n; i++) list_push(w, r, lower_expr(w, e->seq.elts.items[i]));
  return r;
}

/* [elt for target in iter if cond]: the hidden local (nb_listcomp_name)
** filled by a for loop lowered like any other (lower_for), whose body is
** `if cond: <local>.append(elt)`, built here on the stack. */
static void lower_for(Lw *w, AstStmt *s);
static void set_fns(Lw *w, NbTy t);
/* The loops of a comprehension e around statement app, built from the
** innermost out (`for t in it: if c: ...`, the first generator
** outermost) on the stack, and lowered as for loops. */
static void lower_comp_loops(Lw *w, AstExpr *e, AstCompList *gens, AstStmt *app) {
  int ng = gens->len;
  AstStmt conds[ng], loops[ng];
  AstStmt *bodies[ng], *inner_of[ng];
  AstExpr bands[ng];
  AstStmt *inner = app;
  for (int g = ng - 1; g >= 0; g--) {
    AstComprehension *c = gens->items[g];
    AstExpr *test = NULL;
    if (c->ifs.len == 1) test = c->ifs.items[0];
    else if (c->ifs.len > 1) {
      bands[g] = (AstExpr){.kind = AST_E_BoolOp, .pos = e->pos};
      bands[g].boolop.op = AST_BOOL_And;
      bands[g].boolop.values = c->ifs;
      test = &bands[g];
    }
    if (test) {
      inner_of[g] = inner;
      conds[g] = (AstStmt){.kind = AST_S_If, .pos = e->pos};
      conds[g].if_.test = test;
      conds[g].if_.body.items = &inner_of[g];
      conds[g].if_.body.len = 1;
      inner = &conds[g];
    }
    bodies[g] = inner;
    loops[g] = (AstStmt){.kind = AST_S_For, .pos = e->pos};
    loops[g].for_.target = c->target;
    loops[g].for_.iter = c->iter;
    loops[g].for_.body.items = &bodies[g];
    loops[g].for_.body.len = 1;
    inner = &loops[g];
  }
  lower_for(w, &loops[0]);
}

/* The hidden local a comprehension builds its result in (nb_listcomp_name),
** NULL after an internal error if inference did not make it. */
static NbLocal *comp_local(Lw *w, AstExpr *e, const char *what) {
  char nm[48];
  nb_listcomp_name(e, nm, sizeof nm);
  NbLocal *l = nb_local(w->f, nm);
  if (!l) nb_error_at(w->u, w->f, e->pos, "Internal: %s comprehension not typed.", what);
  return l;
}

/* {k: v for ...}: the hidden local (nb_listcomp_name) made empty, then
** `local[k] = v` in the comprehension's loops. */
static V lower_dictcomp(Lw *w, AstExpr *e) {
  NbLocal *l = comp_local(w, e, "dict");
  if (!l) return lit(T(w, e), "0");
  V dv = lit(l->ty, "v_%s", l->name);
  sb_printf(w->o, "v_%s = %s;\n", l->name, dict_new(w, l->ty).s);
  AstExpr name = {.kind = AST_E_Name, .pos = e->pos};
  name.name.id = l->name;
  AstExpr sub = {.kind = AST_E_Subscript, .pos = e->pos};
  sub.subscript.value = &name;
  sub.subscript.slice = e->dictcomp.key;
  AstExpr *tg[1] = {&sub};
  AstStmt st = {.kind = AST_S_Assign, .pos = e->pos};
  st.assign.targets = (AstExprList){tg, 1};
  st.assign.value = e->dictcomp.value;
  lower_comp_loops(w, e, &e->dictcomp.generators, &st);
  return dv;
}

static V lower_listcomp(Lw *w, AstExpr *e) {
  NbLocal *l = comp_local(w, e, "list");
  if (!l) return lit(T(w, e), "0");
  V lv = lit(l->ty, "v_%s", l->name);
  sb_printf(w->o, "v_%s = %s;\n", l->name, list_alloc(w, l->ty, "0").s);
  AstExpr name = {.kind = AST_E_Name, .pos = e->pos};
  name.name.id = l->name;
  AstExpr attr = {.kind = AST_E_Attribute, .pos = e->pos};
  attr.attribute.value = &name;
  attr.attribute.attr = "append";
  AstExpr *argv[1] = {e->comp.elt};
  AstExpr call = {.kind = AST_E_Call, .pos = e->pos};
  call.call.func = &attr;
  call.call.args.items = argv;
  call.call.args.len = 1;
  AstStmt app = {.kind = AST_S_Expr, .pos = e->pos};
  app.expr.value = &call;
  lower_comp_loops(w, e, &e->comp.generators, &app);
  return lv;
}

/* l[a:b:c]: a new list (Python's slice rules, nb_slice). */
static V list_slice(Lw *w, V l, AstExpr *sl) {
  AstExpr *parts[3] = {sl->slice.lower, sl->slice.upper, sl->slice.step};
  V p[3];
  for (int k = 0; k < 3; k++) p[k] = parts[k] ? conv(w, lower_expr(w, parts[k]), nb_scalar(DT_INT64)) : kint(k == 2 ? 1 : 0);
  V st = decl_tmp(w, nb_scalar(DT_INT64));
  V n = tmp(w, nb_scalar(DT_INT64), "nb_slice(ctx, %s->len, %d, %s, %d, %s, %s, &%s)", l.s, parts[0] != NULL, p[0].s,
            parts[1] != NULL, p[1].s, p[2].s, st.s);
  V r = list_alloc(w, l.ty, n.s);
  int id = w->u->ntmp++;
  char ix[128], ref[256];
  sb_printf(w->o, "for (int64_t li%d = 0; li%d < %s; li%d++) {\n", id, id, n.s, id);
  snprintf(ix, sizeof ix, "%s + li%d * %s", st.s, id, p[2].s);
  list_ref(w, l, ix, ref, sizeof ref);
  list_push(w, r, lit(nb_list_item(l.ty), "%s", ref));
  sb_puts(w->o, "}\n");
  return r;
}

/* x in l: a linear search with ==. */
static V list_contains(Lw *w, V x, V l) {
  NbTy it = nb_list_item(l.ty);
  V r = decl_tmp(w, nb_scalar(DT_BOOL));
  if (!it) return r;
  char ref[160];
  list_loop(w, l, ref, sizeof ref);
  V c = compare1(w, AST_CMP_Eq, x, lit(it, "%s", ref));
  sb_printf(w->o, "if (%s) { %s = 1; break; }\n}\n", c.s, r.s);
  return r;
}

static V list_method(Lw *w, AstExpr *e, const char *m, V l, NbTy rt) {
  int nargs = e->call.args.len;
  V a[2];
  for (int i = 0; i < nargs && i < 2; i++) a[i] = lower_expr(w, e->call.args.items[i]);
  NbTy it = nb_list_item(l.ty);
  char ct[32], ref[200], ix[96];
  item_ctype(w, l.ty, ct, sizeof ct);
  int id = w->u->ntmp++;
  if (!strcmp(m, "append")) {
    list_push(w, l, a[0]);
    return lit(rt, "0");
  }
  if (!strcmp(m, "clear")) {
    sb_printf(w->o, "%s->len = 0;\n", l.s);
    return lit(rt, "0");
  }
  if (!strcmp(m, "copy")) return list_slice(w, l, &(AstExpr){.kind = AST_E_Slice});
  if (!strcmp(m, "extend")) {
    V src = tmp(w, a[0].ty, "%s", a[0].s);
    bool arr = nb_is_array(a[0].ty);
    V n = arr ? tmp(w, nb_scalar(DT_INT64), "%s.shape[0]", src.s) : tmp(w, nb_scalar(DT_INT64), "%s->len", src.s);
    sb_printf(w->o, "for (int64_t li%d = 0; li%d < %s; li%d++) {\n", id, id, n.s, id);
    snprintf(ix, sizeof ix, "li%d", id);
    V x;
    if (arr) {
      V ixv = lit(nb_scalar(DT_INT64), "li%d", id);
      elem_ref(w, src, 1, &ixv, ref, sizeof ref);
      x = load_elem(w, sdt(a[0].ty), ref);
    } else {
      list_ref(w, src, ix, ref, sizeof ref);
      x = lit(nb_list_item(a[0].ty), "%s", ref);
    }
    list_push(w, l, x);
    sb_puts(w->o, "}\n");
    return lit(rt, "0");
  }
  if (!strcmp(m, "reverse")) {
    sb_printf(w->o, "for (int64_t li%d = 0, lj%d = %s->len - 1; li%d < lj%d; li%d++, lj%d--) {\n", id, id, l.s, id, id, id, id);
    snprintf(ix, sizeof ix, "li%d", id);
    list_ref(w, l, ix, ref, sizeof ref);
    char ref2[200], ix2[16];
    snprintf(ix2, sizeof ix2, "lj%d", id);
    list_ref(w, l, ix2, ref2, sizeof ref2);
    sb_printf(w->o, "%s t_ = %s; %s = %s; %s = t_;\n}\n", ct, ref, ref, ref2, ref2);
    return lit(rt, "0");
  }
  if (!strcmp(m, "insert")) {
    V i = conv(w, a[0], nb_scalar(DT_INT64));
    /* Python clamps the position into [0, len] */
    V p = tmp(w, nb_scalar(DT_INT64), "%s < 0 ? (%s + %s->len < 0 ? 0 : %s + %s->len) : (%s > %s->len ? %s->len : %s)", i.s,
              i.s, l.s, i.s, l.s, i.s, l.s, l.s, i.s);
    list_push(w, l, a[1]); /* room, and the new item at the end ... */
    snprintf(ix, sizeof ix, "%s->len - 1", l.s);
    list_ref(w, l, ix, ref, sizeof ref);
    V x = tmp(w, it, "%s", ref);
    sb_printf(w->o, "for (int64_t li%d = %s->len - 1; li%d > %s; li%d--) ", id, l.s, id, p.s, id); /* ... moved to p */
    snprintf(ix, sizeof ix, "li%d", id);
    char ref2[200], ix2[32];
    list_ref(w, l, ix, ref, sizeof ref);
    snprintf(ix2, sizeof ix2, "li%d - 1", id);
    list_ref(w, l, ix2, ref2, sizeof ref2);
    sb_printf(w->o, "%s = %s;\n", ref, ref2);
    list_ref(w, l, p.s, ref, sizeof ref);
    sb_printf(w->o, "%s = %s;\n", ref, x.s);
    return lit(rt, "0");
  }
  if (!strcmp(m, "pop")) {
    list_fns(w);
    sb_printf(w->o, "if (%s->len == 0) NBH(%d, nb_raise_s_fn)(ctx, \"pop from empty list\");\n", l.s, H(raise_index_msg));
    V i = nargs ? list_index(w, l, a[0], "pop index out of range") : tmp(w, nb_scalar(DT_INT64), "%s->len - 1", l.s);
    list_ref(w, l, i.s, ref, sizeof ref);
    V r = tmp(w, it, "%s", ref);
    sb_printf(w->o, "for (int64_t li%d = %s; li%d < %s->len - 1; li%d++) ", id, i.s, id, l.s, id);
    char ref2[200], ix2[32];
    snprintf(ix, sizeof ix, "li%d", id);
    list_ref(w, l, ix, ref, sizeof ref);
    snprintf(ix2, sizeof ix2, "li%d + 1", id);
    list_ref(w, l, ix2, ref2, sizeof ref2);
    sb_printf(w->o, "%s = %s;\n%s->len--;\n", ref, ref2, l.s);
    return r;
  }
  if (!strcmp(m, "index") || !strcmp(m, "count")) {
    bool idx = !strcmp(m, "index");
    V r = tmp(w, rt, "%s", idx ? "-1" : "0");
    int lid = list_loop(w, l, ref, sizeof ref);
    V c = compare1(w, AST_CMP_Eq, lit(it, "%s", ref), a[0]);
    if (idx) sb_printf(w->o, "if (%s) { %s = li%d; break; }\n}\n", c.s, r.s, lid);
    else sb_printf(w->o, "if (%s) %s++;\n}\n", c.s, r.s);
    if (idx)
      sb_printf(w->o, "if (%s < 0) NBH(%d, nb_raise_s_fn)(ctx, \"%s not in list\");\n", r.s, H(raise_value),
                nb_is_tlist(nb_type(l.ty)) ? "item" : "value");
    return r;
  }
  if (!strcmp(m, "sort")) {
    sort_list(w, l, nb_call_arg(e, -1, "reverse"));
    return lit(rt, "0");
  }
  nb_error_at(w->u, w->f, e->pos, "Internal: list.%s not lowered.", m);
  return lit(rt, "0");
}

/* a is b / a is not b (eq false) where None or optional values meet: an
** optional is None when its flag is clear; two plain values are the same
** object only when both are None. */
static V lower_is(Lw *w, bool eq, V a, V b) {
  NbTy bt = nb_scalar(DT_BOOL);
  const NbTypeInfo *x = nb_type(a.ty), *y = nb_type(b.ty);
  if (x->kind == NK_OPTIONAL && y->kind == NK_NONE) return lit(bt, "(%s%s.some)", eq ? "!" : "!!", a.s);
  if (y->kind == NK_OPTIONAL && x->kind == NK_NONE) return lit(bt, "(%s%s.some)", eq ? "!" : "!!", b.s);
  if (x->kind == NK_OPTIONAL || y->kind == NK_OPTIONAL) {
    nb_error_at(w->u, w->f, w->f->def->pos, "'is' between %s values is not supported in @njit functions (compare with None).",
                x->kind == NK_OPTIONAL ? "optional" : "these");
    return lit(bt, "0");
  }
  return compare1(w, eq ? AST_CMP_Is : AST_CMP_IsNot, a, b);
}

/* The helpers of strings made in compiled code: their bytes are a list's
** (list_new), which the call's registry frees. */
static void str_fns(Lw *w) {
  if (w->u->str_fns) return;
  w->u->str_fns = true;
  list_fns(w);
  sb_printf(w->decl,
            "void *memcpy(void *, const void *, unsigned long);\n"
            "static nb_str nb_strnew(void *ctx, int64_t n, int64_t nc) {\n"
            "  nb_list *l = NBH(%d, nb_list *(*)(void *, int64_t, int64_t))(ctx, n + 1, 1);\n"
            "  l->data[n] = 0; nb_str s; s.p = l->data; s.n = n; s.nc = nc; return s; }\n"
            "static nb_str nb_strcat(void *ctx, nb_str a, nb_str b) {\n"
            "  nb_str s = nb_strnew(ctx, a.n + b.n, a.nc + b.nc);\n"
            "  memcpy((char *)s.p, a.p, (unsigned long)a.n); memcpy((char *)s.p + a.n, b.p, (unsigned long)b.n); return s; }\n"
            /* the byte offset of code point i (0 <= i <= nc) */
            "static int64_t nb_stroff(nb_str s, int64_t i) {\n"
            "  if (s.n == s.nc) return i;\n"
            "  int64_t o = 0; for (; i > 0; i--) { o++; while (o < s.n && ((unsigned char)s.p[o] & 0xC0) == 0x80) o++; } return o; }\n"
            /* s[start::step], len code points (nb_slice's), as a new str */
            "static nb_str nb_strslice(void *ctx, nb_str s, int64_t start, int64_t step, int64_t len) {\n"
            "  int64_t n = 0;\n"
            "  for (int64_t k = 0; k < len; k++) { int64_t o = nb_stroff(s, start + k * step), e = nb_stroff(s, start + k * step + 1); n += e - o; }\n"
            "  nb_str r = nb_strnew(ctx, n, len); char *d = (char *)r.p;\n"
            "  for (int64_t k = 0; k < len; k++) { int64_t o = nb_stroff(s, start + k * step), e = nb_stroff(s, start + k * step + 1);\n"
            "    memcpy(d, s.p + o, (unsigned long)(e - o)); d += e - o; }\n"
            "  return r; }\n"
            "static nb_str nb_stridx(void *ctx, nb_str s, int64_t i) {\n"
            "  if (i < 0) i += s.nc;\n"
            "  if ((uint64_t)i >= (uint64_t)s.nc) NBH(%d, nb_raise_s_fn)(ctx, \"string index out of range\");\n"
            "  return nb_strslice(ctx, s, i, 1, 1); }\n"
            "static int nb_strin(nb_str sub, nb_str s) {\n"
            "  for (int64_t i = 0; i + sub.n <= s.n; i++) if (memcmp(s.p + i, sub.p, (unsigned long)sub.n) == 0) return 1;\n"
            "  return 0; }\n"
            /* str(int): the digits of v, after a '-' when neg */
            "static nb_str nb_strdig(void *ctx, uint64_t v, int neg) {\n"
            "  char b[24]; int k = 24;\n"
            "  do { b[--k] = (char)('0' + v %% 10); v /= 10; } while (v);\n"
            "  if (neg) b[--k] = '-';\n"
            "  nb_str s = nb_strnew(ctx, 24 - k, 24 - k); memcpy((char *)s.p, b + k, (unsigned long)(24 - k)); return s; }\n"
            /* a str dict key's hash (FNV-1a of its bytes) and equality */
            "static uint64_t nb_strhash(nb_str s) {\n"
            "  uint64_t h = 1469598103934665603ULL;\n"
            "  for (int64_t i = 0; i < s.n; i++) { h ^= (unsigned char)s.p[i]; h *= 1099511628211ULL; } return h; }\n"
            "static int nb_streq(nb_str a, nb_str b) { return a.n == b.n && memcmp(a.p, b.p, (unsigned long)a.n) == 0; }\n"
            /* a list of strs sorted in place (equal strs cannot be told apart, so
            ** an unstable sort gives Python's result) */
            "void qsort(void *, unsigned long, unsigned long, int (*)(const void *, const void *));\n"
            "static int nb_strcmpv(const void *a, const void *b) { return nb_strcmp(*(const nb_str *)a, *(const nb_str *)b); }\n"
            "static int nb_strcmpr(const void *a, const void *b) { return nb_strcmp(*(const nb_str *)b, *(const nb_str *)a); }\n"
            "static void nb_strsort(nb_list *l, int rev) {\n"
            "  qsort(l->data, (unsigned long)l->len, sizeof(nb_str), rev ? nb_strcmpr : nb_strcmpv); }\n"
            /* s * n */
            "static nb_str nb_strrep(void *ctx, nb_str s, int64_t k) {\n"
            "  if (k < 0) k = 0;\n"
            "  nb_str r = nb_strnew(ctx, s.n * k, s.nc * k);\n"
            "  for (int64_t i = 0; i < k; i++) memcpy((char *)r.p + i * s.n, s.p, (unsigned long)s.n);\n"
            "  return r; }\n"
            /* ord(s) and chr(i), with Numba 0.56's errors */
            "static int64_t nb_ord(void *ctx, nb_str s) {\n"
            "  if (s.nc != 1) NBH(%d, nb_raise_s_fn)(ctx, \"TypeError;s26:ord() expected a character\");\n"
            "  const unsigned char *p = (const unsigned char *)s.p;\n"
            "  if (p[0] < 0x80) return p[0];\n"
            "  if (p[0] < 0xE0) return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);\n"
            "  if (p[0] < 0xF0) return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);\n"
            "  return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F); }\n"
            "static nb_str nb_chr(void *ctx, int64_t c) {\n"
            "  if (c < 0 || c > 0x10ffff) NBH(%d, nb_raise_s_fn)(ctx, \"ValueError;s32:chr() arg not in range(0x10ffff)\");\n"
            "  unsigned char b[4]; int n;\n"
            "  if (c < 0x80) { b[0] = (unsigned char)c; n = 1; }\n"
            "  else if (c < 0x800) { b[0] = (unsigned char)(0xC0 | (c >> 6)); b[1] = (unsigned char)(0x80 | (c & 0x3F)); n = 2; }\n"
            "  else if (c < 0x10000) { b[0] = (unsigned char)(0xE0 | (c >> 12)); b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));\n"
            "    b[2] = (unsigned char)(0x80 | (c & 0x3F)); n = 3; }\n"
            "  else { b[0] = (unsigned char)(0xF0 | (c >> 18)); b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));\n"
            "    b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (unsigned char)(0x80 | (c & 0x3F)); n = 4; }\n"
            "  nb_str r = nb_strnew(ctx, n, 1); memcpy((char *)r.p, b, (unsigned long)n); return r; }\n"
            /* sep.join(l) of a list of strs */
            "static nb_str nb_strjoin(void *ctx, nb_str sep, nb_list *l) {\n"
            "  const nb_str *it = (const nb_str *)l->data; int64_t n = 0, nc = 0;\n"
            "  for (int64_t i = 0; i < l->len; i++) { n += it[i].n; nc += it[i].nc; }\n"
            "  if (l->len > 1) { n += sep.n * (l->len - 1); nc += sep.nc * (l->len - 1); }\n"
            "  nb_str r = nb_strnew(ctx, n, nc); char *d = (char *)r.p;\n"
            "  for (int64_t i = 0; i < l->len; i++) {\n"
            "    if (i) { memcpy(d, sep.p, (unsigned long)sep.n); d += sep.n; }\n"
            "    memcpy(d, it[i].p, (unsigned long)it[i].n); d += it[i].n; }\n"
            "  return r; }\n"
            /* Numba 0.56's str() of the smallest int64 fails to allocate */
            "static nb_str nb_stri(void *ctx, int64_t v) {\n"
            "  if (v == -9223372036854775807LL - 1)\n"
            "    NBH(%d, nb_raise_s_fn)(ctx, \"MemoryError;s39:Allocation failed (probably too large).\");\n"
            "  return nb_strdig(ctx, v < 0 ? (uint64_t)-v : (uint64_t)v, v < 0); }\n",
            H(list_new), H(raise_index_msg), H(raise_exc), H(raise_exc), H(raise_exc));
}

/* s[i] or s[a:b:c]: a new str. */
static V str_subscript(Lw *w, V s, AstExpr *sl) {
  str_fns(w);
  NbTy i64 = nb_scalar(DT_INT64);
  if (sl->kind != AST_E_Slice) return tmp(w, s.ty, "nb_stridx(ctx, %s, %s)", s.s, conv(w, lower_expr(w, sl), i64).s);
  AstExpr *parts[3] = {sl->slice.lower, sl->slice.upper, sl->slice.step};
  V p[3];
  for (int k = 0; k < 3; k++) p[k] = parts[k] ? conv(w, lower_expr(w, parts[k]), i64) : kint(k == 2 ? 1 : 0);
  V st = decl_tmp(w, i64);
  V n = tmp(w, i64, "nb_slice(ctx, %s.nc, %d, %s, %d, %s, %s, &%s)", s.s, parts[0] != NULL, p[0].s, parts[1] != NULL, p[1].s, p[2].s,
            st.s);
  return tmp(w, s.ty, "nb_strslice(ctx, %s, %s, %s, %s)", s.s, st.s, p[2].s, n.s);
}

static V str_const(Lw *w, const char *s, size_t n);

/* str(v) of a str, an integer or a bool (ty_str_of). */
static V str_of(Lw *w, V v) {
  if (nb_type(v.ty)->kind == NK_STR) return v;
  str_fns(w);
  if (nb_is_bool(v.ty)) {
    V t = str_const(w, "True", 4), f = str_const(w, "False", 5);
    return tmp(w, nb_str(), "%s ? %s : %s", v.s, t.s, f.s);
  }
  if (dt_is_unsigned((DType)nb_type(v.ty)->dtype)) return tmp(w, nb_str(), "nb_strdig(ctx, (uint64_t)%s, 0)", v.s);
  return tmp(w, nb_str(), "nb_stri(ctx, (int64_t)%s)", v.s);
}

/* math.frexp, math.ldexp, math.gcd (infer.c's ty_math_int). */
static V lower_math_int(Lw *w, const char *base, V *args, NbTy rt) {
  sb_puts(w->decl, "double frexp(double, int *); double ldexp(double, int); float ldexpf(float, int);\n");
  if (!strcmp(base, "frexp")) { /* inf and nan: themselves and 0, as Numba */
    V x = tmp(w, nb_scalar(DT_FLOAT64), "(double)%s", args[0].s);
    V r = decl_tmp(w, rt);
    sb_printf(w->o, "if (%s - %s != 0) { %s.f0 = %s; %s.f1 = 0; } else { int e_ = 0; %s.f0 = frexp(%s, &e_); %s.f1 = e_; }\n",
              x.s, x.s, r.s, x.s, r.s, r.s, x.s, r.s);
    return r;
  }
  if (!strcmp(base, "ldexp")) {
    bool f32 = nb_type(rt)->dtype == DT_FLOAT32;
    return tmp(w, rt, "%s((%s)%s, (int)%s)", f32 ? "ldexpf" : "ldexp", f32 ? "float" : "double", args[0].s, args[1].s);
  }
  /* gcd: Euclid on the magnitudes */
  const char *ct = dt_ctype(nb_type(rt)->dtype);
  bool uns = dt_is_unsigned((DType)nb_type(rt)->dtype);
  V a = tmp(w, rt, "(%s)%s", ct, args[0].s), b = tmp(w, rt, "(%s)%s", ct, args[1].s);
  if (!uns) sb_printf(w->o, "if (%s < 0) %s = -%s;\nif (%s < 0) %s = -%s;\n", a.s, a.s, a.s, b.s, b.s, b.s);
  sb_printf(w->o, "while (%s) { %s t_ = %s %% %s; %s = %s; %s = t_; }\n", b.s, ct, a.s, b.s, a.s, b.s, b.s);
  return a;
}

/* self.m(args) (infer.c's ty_str_method): the str_method helper runs the
** VM's str method on copies. */
static V str_method(Lw *w, AstExpr *e, const char *m, V self, NbTy rt) {
  str_fns(w);
  if (!strcmp(m, "join")) {
    V sep = tmp(w, self.ty, "%s", self.s);
    return tmp(w, rt, "nb_strjoin(ctx, %s, %s)", sep.s, lower_expr(w, e->call.args.items[0]).s);
  }
  int n = e->call.args.len + 1;
  V parts[n];
  parts[0] = tmp(w, self.ty, "%s", self.s);
  for (int i = 1; i < n; i++) parts[i] = tmp(w, nb_str(), "%s", lower_expr(w, e->call.args.items[i - 1]).s);
  int id = w->u->ntmp++;
  sb_printf(w->o, "nb_str sa%d[%d];\n", id, n);
  for (int i = 0; i < n; i++) sb_printf(w->o, "sa%d[%d] = %s;\n", id, i, parts[i].s);
  char call[160];
  snprintf(call, sizeof call, "NBH(%d, int64_t (*)(void *, const char *, int, const void *, void *))(ctx, \"%s\", %d, sa%d, ",
           H(str_method), m, n, id);
  if (nb_type(rt)->kind == NK_STR || nb_is_list(rt)) { /* written into r */
    V r = decl_tmp(w, rt);
    sb_printf(w->o, "%s&%s);\n", call, r.s);
    return r;
  }
  return tmp(w, rt, "(%s)%s0)", nb_is_bool(rt) ? "_Bool" : "int64_t", call);
}

/* f"a{x}b": the parts' str() joined. */
static V lower_fstring(Lw *w, AstExpr *e) {
  V acc = str_const(w, "", 0);
  str_fns(w);
  for (int i = 0; i < e->joinedstr.values.len; i++) {
    AstExpr *v = e->joinedstr.values.items[i];
    V part = v->kind == AST_E_FormattedValue ? str_of(w, lower_expr(w, v->formatted.value)) : lower_expr(w, v);
    acc = tmp(w, nb_str(), "nb_strcat(ctx, %s, %s)", acc.s, part.s);
  }
  return acc;
}

/* A str literal as an nb_str. */
static V str_const(Lw *w, const char *s, size_t n) {
  int64_t nc = 0;
  for (size_t i = 0; i < n; i++) nc += ((unsigned char)s[i] & 0xC0) != 0x80; /* UTF-8 lead bytes */
  V r = decl_uninit(w, nb_str());
  sb_printf(w->o, "%s.p = ", r.s);
  c_string(w->o, s, n);
  sb_printf(w->o, "; %s.n = %zu; %s.nc = %lld;\n", r.s, n, r.s, (long long)nc);
  return r;
}

/* ---- dicts (Numba's typed dict; local to compiled code) ------------------------ */

/* ---- sets: Numba's setobj.py ---------------------------------------------------
** An nb_set is Numba's set payload: a table of mask + 1 slots (a power of
** two, at least 16), each a hash (-1 empty, -2 deleted) and a key. Lookups
** probe 3 slots linearly, then perturb as CPython's sets do; a table grows
** 4x when 2 * used reaches its size and shrinks on removal when 4 * max(2 *
** used, 16) fits in it; literals and set(iterable) start at the first size
** of at least twice their item count. Iteration goes through the slots in
** order, so with Python's hashes of numbers (Numba's, and the fallback -43
** for -1 and -2) `for x in s` visits items in Numba's order. */
/* malloc/free and the hash mixers, declared once for dicts and sets. */
static void libc_decls(Lw *w) {
  if (w->u->dict_libc) return;
  w->u->dict_libc = true;
  sb_puts(w->decl, "void *malloc(unsigned long); void free(void *);\n"
                   "static inline uint64_t nb_hmix(uint64_t h, uint64_t x) { h ^= x; h *= 0x9E3779B97F4A7C15ULL; return h ^ (h >> 31); }\n"
                   "static inline uint64_t nb_hf(double f) { union { double d; uint64_t u; } b; b.d = f; return b.u; }\n");
}

/* Python's hash of an int and of a float (numba/cpython/hashing.py: the
** value modulo 2**61 - 1, -1 made -2; a float's by 28-bit chunks of its
** mantissa; inf +-314159; nan 0, where Numba draws a random hash). */
static const char SET_HASH_C[] =
    "static int64_t nb_shash_i(int64_t v) {\n"
    "  uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v; int64_t h = (int64_t)(a % 0x1FFFFFFFFFFFFFFFULL);\n"
    "  if (v < 0) h = -h; return h == -1 ? -2 : h; }\n"
    "double frexp(double, int *);\n"
    "static int64_t nb_shash_f(double v) {\n"
    "  const uint64_t P = 0x1FFFFFFFFFFFFFFFULL;\n"
    "  if (v != v) return 0;\n"
    "  if (v == 1.0 / 0.0) return 314159; if (v == -1.0 / 0.0) return -314159;\n"
    "  int e; double m = frexp(v, &e); int64_t sign = 1;\n"
    "  if (m < 0) { sign = -1; m = -m; }\n"
    "  uint64_t x = 0;\n"
    "  while (m != 0.0) { x = ((x << 28) & P) | x >> 33; m *= 268435456.0; e -= 28;\n"
    "    uint64_t y = (uint64_t)m; m -= (double)y; x += y; if (x >= P) x -= P; }\n"
    "  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);\n"
    "  x = ((x << e) & P) | x >> (61 - e);\n"
    "  int64_t h = (int64_t)x * sign; return h == -1 ? -2 : h; }\n";

/* Numba's KeyError texts (raise_exc specs carry their length). */
#define SET_POP_EMPTY "set.pop(): empty set"
#define SET_REMOVE_MISSING "set.remove(): key not in set"

/* Per set type t, once: Numba's payload operations on nb_set. */
static void set_fns(Lw *w, NbTy t) {
  for (size_t k = 0; k < w->u->set_types.n; k++)
    if (w->u->set_types.items[k] == t) return;
  if (!w->u->set_types.n) sb_puts(w->decl, SET_HASH_C);
  vec_push(w->u->set_types, t);
  libc_decls(w);
  NbTy it = nb_type(t)->items[0];
  char kt[32];
  ctype(w, it, kt, sizeof kt);
  const char *hf = nb_is_float(it) ? "nb_shash_f" : "nb_shash_i";
  StrBuf *o = w->decl;
  sb_printf(o,
            "static inline int64_t *nb_sh%d(nb_set *s) { return (int64_t *)s->mem; }\n"
            "static inline %s *nb_sk%d(nb_set *s) { return (%s *)(s->mem + (s->mask + 1) * 8); }\n"
            "static inline int64_t nb_shv%d(%s k) { int64_t h = %s(k); return (uint64_t)h < (uint64_t)-2 ? h : -43; }\n",
            t, kt, t, kt, t, kt, hf);
  sb_printf(o,
            "static void nb_salloc%d(void *ctx, nb_set *s, int64_t n) {\n"
            "  s->mem = (char *)malloc((unsigned long)(n * 8 + n * (int64_t)sizeof(%s)));\n"
            "  if (!s->mem) NBH(%d, nb_raise_s_fn)(ctx, \"MemoryError;\");\n"
            "  for (int64_t i = 0; i < n; i++) ((int64_t *)s->mem)[i] = -1;\n"
            "  s->mask = n - 1; s->len = s->fill = s->pad = 0; }\n",
            t, kt, H(raise_exc));
  /* _lookup: the slot of k (1), or where to insert it (0): the first
  ** deleted slot on its chain, else the empty slot ending it */
  sb_printf(o,
            "static int nb_slook%d(nb_set *s, %s k, int64_t h, int ins, int64_t *at) {\n"
            "  int64_t *hs = nb_sh%d(s); %s *ks = nb_sk%d(s);\n"
            "  uint64_t m = (uint64_t)s->mask, i = (uint64_t)h & m, pt = (uint64_t)h, fr = (uint64_t)-1;\n"
            "  for (int p = 0;; p++) {\n"
            "    int64_t eh = hs[i];\n"
            "    if (eh == h && ks[i] == k) { *at = (int64_t)i; return 1; }\n"
            "    if (eh == -1) { *at = (int64_t)(fr != (uint64_t)-1 ? fr : i); return 0; }\n"
            "    if (ins && eh == -2 && fr == (uint64_t)-1) fr = i;\n"
            "    if (p < 3) i = (i + 1) & m; else { pt >>= 5; i = (i * 5 + 1 + pt) & m; } } }\n",
            t, kt, t, kt, t);
  sb_printf(o,
            "static void nb_sput%d(nb_set *s, int64_t at, %s k, int64_t h) {\n"
            "  int64_t old = nb_sh%d(s)[at]; nb_sh%d(s)[at] = h; nb_sk%d(s)[at] = k; s->len++; if (old == -1) s->fill++; }\n"
            "static void nb_sresize%d(void *ctx, nb_set *s, int64_t n) {\n"
            "  nb_set old = *s; int64_t *oh = nb_sh%d(&old), at; %s *ok = nb_sk%d(&old);\n"
            "  nb_salloc%d(ctx, s, n);\n"
            "  for (int64_t i = 0; i <= old.mask; i++)\n"
            "    if ((uint64_t)oh[i] < (uint64_t)-2) { nb_slook%d(s, ok[i], oh[i], 1, &at); nb_sput%d(s, at, ok[i], oh[i]); }\n"
            "  free(old.mem); }\n",
            t, kt, t, t, t, t, t, kt, t, t, t, t);
  /* upsize / downsize: the table for `items` used entries */
  sb_printf(o,
            "static void nb_supsize%d(void *ctx, nb_set *s, int64_t items) {\n"
            "  int64_t min = items << 1, n = s->mask + 1;\n"
            "  if (min >= n) { do n <<= 2; while (min >= n); nb_sresize%d(ctx, s, n); } }\n"
            "static void nb_sdownsize%d(void *ctx, nb_set *s, int64_t items) {\n"
            "  int64_t min = items << 1, n = s->mask + 1; if (min < 16) min = 16;\n"
            "  if ((min << 2) <= n && 16 < n) { while (min <= (n >> 1)) n >>= 1; nb_sresize%d(ctx, s, n); } }\n",
            t, t, t, t);
  sb_printf(o,
            "static void nb_sadd%d(void *ctx, nb_set *s, %s k) {\n"
            "  int64_t h = nb_shv%d(k), at;\n"
            "  if (nb_slook%d(s, k, h, 1, &at)) return;\n"
            "  nb_sput%d(s, at, k, h); nb_supsize%d(ctx, s, s->len); }\n"
            "static int nb_sdiscard%d(void *ctx, nb_set *s, %s k) {\n"
            "  int64_t h = nb_shv%d(k), at;\n"
            "  if (!nb_slook%d(s, k, h, 0, &at)) return 0;\n"
            "  nb_sh%d(s)[at] = -2; s->len--; nb_sdownsize%d(ctx, s, s->len);\n"
            "  return 1; }\n",
            t, kt, t, t, t, t, t, kt, t, t, t, t);
  /* s.update(x) of a set x: presized for both, x's items in its order, then shrunk */
  sb_printf(o,
            "static void nb_supdate%d(void *ctx, nb_set *s, nb_set *x) {\n"
            "  nb_supsize%d(ctx, s, s->len + x->len);\n"
            "  for (int64_t i = 0; i <= x->mask; i++)\n"
            "    if ((uint64_t)nb_sh%d(x)[i] < (uint64_t)-2) nb_sadd%d(ctx, s, nb_sk%d(x)[i]);\n"
            "  nb_sdownsize%d(ctx, s, s->len); }\n",
            t, t, t, t, t, t);
  /* pop(): the next used slot after the finger (Numba's _next_entry) */
  sb_printf(o,
            "static %s nb_spop%d(void *ctx, nb_set *s) {\n"
            "  if (!s->len) NBH(%d, nb_raise_s_fn)(ctx, \"KeyError;s%zu:%s\");\n"
            "  uint64_t i = (uint64_t)s->pad;\n"
            "  do i = (i + 1) & (uint64_t)s->mask; while ((uint64_t)nb_sh%d(s)[i] >= (uint64_t)-2);\n"
            "  s->pad = (int64_t)i; %s k = nb_sk%d(s)[i];\n"
            "  nb_sh%d(s)[i] = -2; s->len--; nb_sdownsize%d(ctx, s, s->len);\n"
            "  return k; }\n",
            kt, t, H(raise_exc), strlen(SET_POP_EMPTY), SET_POP_EMPTY, t, kt, t, t, t);
  /* copy(): the payload as it is (its finger reset), or, with deleted slots, re-added into a
  ** table sized for the used entries (Numba's SetInstance.copy) */
  sb_printf(o,
            "static void nb_scopy%d(void *ctx, nb_set *d, nb_set *s) {\n"
            "  if (s->len == s->fill) {\n"
            "    nb_salloc%d(ctx, d, s->mask + 1);\n"
            "    for (int64_t i = 0; i <= s->mask; i++) { nb_sh%d(d)[i] = nb_sh%d(s)[i]; nb_sk%d(d)[i] = nb_sk%d(s)[i]; }\n"
            "    d->len = s->len; d->fill = s->fill; return; }\n"
            "  int64_t n = 16, at; while (n < 2 * s->len) n <<= 1;\n"
            "  nb_salloc%d(ctx, d, n);\n"
            "  for (int64_t i = 0; i <= s->mask; i++)\n"
            "    if ((uint64_t)nb_sh%d(s)[i] < (uint64_t)-2) {\n"
            "      nb_slook%d(d, nb_sk%d(s)[i], nb_sh%d(s)[i], 1, &at); nb_sput%d(d, at, nb_sk%d(s)[i], nb_sh%d(s)[i]); } }\n",
            t, t, t, t, t, t, t, t, t, t, t, t, t, t);
}

/* A new empty set of type st sized for n items (C text; NULL: set()). */
static V cset_new(Lw *w, NbTy st, const char *n) {
  list_fns(w);
  set_fns(w, st);
  V r = tmp(w, st, "(nb_set *)NBH(%d, nb_list *(*)(void *, int64_t, int64_t))(ctx, 0, 0)", H(list_new));
  if (!n) sb_printf(w->o, "nb_salloc%d(ctx, %s, 16);\n", st, r.s);
  else sb_printf(w->o, "{ int64_t n_ = 16; while (n_ < 2 * (%s)) n_ <<= 1; nb_salloc%d(ctx, %s, n_); }\n", n, st, r.s);
  return r;
}

static void cset_add(Lw *w, V st, V x) {
  V k = conv(w, x, nb_type(st.ty)->items[0]);
  sb_printf(w->o, "nb_sadd%d(ctx, %s, %s);\n", st.ty, st.s, k.s);
}

/* The value CPython's compiler folds a constant item of a set display to:
** numbers, signs, and + - * ** of ints that stay in int64 (and of
** floats); false where this cannot tell (the display is then refused). */
static bool set_const_value(const AstExpr *e, Value *out) {
  Value a, b;
  if (e->kind == AST_E_Constant) {
    switch (e->constant.kind) {
    case AST_CONST_Int: *out = v_int(e->constant.i); return true;
    case AST_CONST_Float: *out = v_float(e->constant.f); return true;
    case AST_CONST_True: case AST_CONST_False: *out = v_bool(e->constant.kind == AST_CONST_True); return true;
    default: return false;
    }
  }
  if (e->kind == AST_E_UnaryOp && (e->unaryop.op == AST_UOP_USub || e->unaryop.op == AST_UOP_UAdd)) {
    if (!set_const_value(e->unaryop.operand, &a) || a.tag == V_BOOL) return false;
    bool neg = e->unaryop.op == AST_UOP_USub;
    if (a.tag == V_FLOAT) *out = v_float(neg ? -a.as.f : a.as.f);
    else if (neg && a.as.i == INT64_MIN) return false;
    else *out = v_int(neg ? -a.as.i : a.as.i);
    return true;
  }
  if (e->kind != AST_E_BinOp || !set_const_value(e->binop.left, &a) || !set_const_value(e->binop.right, &b)) return false;
  if (a.tag == V_BOOL || b.tag == V_BOOL) return false;
  AstBinOp op = e->binop.op;
  if (a.tag == V_INT && b.tag == V_INT) {
    int64_t r = 1;
    if (op == AST_OP_Add && !__builtin_add_overflow(a.as.i, b.as.i, &r)) { *out = v_int(r); return true; }
    if (op == AST_OP_Sub && !__builtin_sub_overflow(a.as.i, b.as.i, &r)) { *out = v_int(r); return true; }
    if (op == AST_OP_Mult && !__builtin_mul_overflow(a.as.i, b.as.i, &r)) { *out = v_int(r); return true; }
    if (op != AST_OP_Pow || b.as.i < 0 || b.as.i > 64) return false;
    for (int64_t k = 0; k < b.as.i; k++)
      if (__builtin_mul_overflow(r, a.as.i, &r)) return false;
    *out = v_int(r);
    return true;
  }
  double x = a.tag == V_FLOAT ? a.as.f : (double)a.as.i, y = b.tag == V_FLOAT ? b.as.f : (double)b.as.i;
  if (op == AST_OP_Add) *out = v_float(x + y);
  else if (op == AST_OP_Sub) *out = v_float(x - y);
  else if (op == AST_OP_Mult) *out = v_float(x * y);
  else return false;
  return true;
}

/* Is e made of constants only (CPython's compiler folds it)? */
static bool set_const_tree(const AstExpr *e) {
  if (e->kind == AST_E_Constant) return true;
  if (e->kind == AST_E_UnaryOp) return set_const_tree(e->unaryop.operand);
  if (e->kind == AST_E_BinOp) return set_const_tree(e->binop.left) && set_const_tree(e->binop.right);
  return false;
}

/* {a, b, ...} as Numba builds it. CPython compiles a display of n > 2
** constants to BUILD_SET 0 + SET_UPDATE of a frozenset constant, which
** Numba turns into a set of the frozenset's items (in its CPython order,
** set_fold_constant) and an update of an empty set from it; other
** displays are built with their items added last to first (lowering.py:
** "Insert in reverse order, as Python does"). */
static V set_literal(Lw *w, AstExpr *e, NbTy st) {
  int n = e->seq.elts.len;
  Value vals[n + 1];
  bool consts = n > 2;
  for (int i = 0; i < n && consts; i++) consts = set_const_tree(e->seq.elts.items[i]);
  for (int i = 0; i < n && consts; i++)
    if (!set_const_value(e->seq.elts.items[i], &vals[i])) { /* folded by CPython as this cannot tell */
      nb_error_at(w->u, w->f, e->seq.elts.items[i]->pos,
                  "This constant item of a set display is not supported in @njit functions yet.");
      return lit(st, "0");
    }
  char cnt[24];
  if (!consts) {
    V items[n + 1];
    for (int i = 0; i < n; i++) items[i] = lower_expr(w, e->seq.elts.items[i]);
    snprintf(cnt, sizeof cnt, "%d", n);
    V r = cset_new(w, st, cnt);
    for (int i = n - 1; i >= 0; i--) cset_add(w, r, items[i]);
    return r;
  }
  Set *fz = (Set *)set_fold_constant(w->u->vm, vals, n).as.o;
  int64_t m = set_len(fz), pos = 0;
  Value order[m + 1];
  for (int64_t k = 0; k < m && set_next(fz, &pos, &order[k]); k++) {}
  snprintf(cnt, sizeof cnt, "%lld", (long long)m);
  V x = cset_new(w, st, cnt);
  for (int64_t k = m - 1; k >= 0; k--) {
    Value v = order[k];
    V item = v.tag == V_FLOAT ? kdouble(v.as.f, nb_scalar(DT_FLOAT64)) : lit(nb_scalar(DT_INT64), "%lldLL", (long long)v.as.i);
    cset_add(w, x, item);
  }
  V r = cset_new(w, st, NULL);
  sb_printf(w->o, "nb_supdate%d(ctx, %s, %s);\n", st, r.s, x.s);
  return r;
}

/* {a, b, ...}, set() or set(iterable) made as a set of type st (which
** the variable it is assigned to may have refined: {1, 2} then .add(2.5)
** holds floats from the start, as Numba types it). set(iterable) is
** presized for its length and takes the items in order. */
static V set_make(Lw *w, AstExpr *e, NbTy st) {
  if (!nb_type(st)->items[0]) st = nb_set(nb_scalar(DT_INT64)); /* set() never added to: any layout will do */
  if (e->kind == AST_E_Set) return set_literal(w, e, st);
  if (!e->call.args.len) return cset_new(w, st, NULL);
  V src = lower_expr(w, e->call.args.items[0]);
  V c = tmp(w, src.ty, "%s", src.s);
  bool lst = nb_is_list(c.ty);
  char n[64];
  snprintf(n, sizeof n, "%s%s", c.s, lst ? "->len" : ".shape[0]");
  V r = cset_new(w, st, n);
  int id = w->u->ntmp++;
  char ref[200];
  sb_printf(w->o, "for (int64_t si%d = 0; si%d < %s; si%d++) {\n", id, id, n, id);
  V ix = lit(nb_scalar(DT_INT64), "si%d", id);
  if (lst) {
    list_ref(w, c, ix.s, ref, sizeof ref);
    cset_add(w, r, lit(nb_list_item(c.ty), "%s", ref));
  } else {
    elem_ref(w, c, 1, &ix, ref, sizeof ref);
    cset_add(w, r, load_elem(w, sdt(c.ty), ref));
  }
  sb_puts(w->o, "}\n");
  return r;
}

/* `name = <a set made here>` with name a set variable: made with the
** variable's type (set_make). */
static bool set_made_for(Lw *w, AstStmt *s) {
  if (s->assign.targets.len != 1 || s->assign.targets.items[0]->kind != AST_E_Name) return false;
  AstExpr *v = s->assign.value;
  NbLocal *l = nb_local(w->f, s->assign.targets.items[0]->name.id);
  if (!l || !nb_is_set(l->ty)) return false;
  if (v->kind == AST_E_Set) return true;
  return v->kind == AST_E_Call && nb_is_set(T(w, v)) && v->call.func->kind == AST_E_Name &&
         !strcmp(v->call.func->name.id, "set");
}

/* Only an empty set() changes type (set(undefined) to what its adds
** gave); a set made with other items keeps its table. */
static V set_convert(Lw *w, V v, NbTy to) {
  if (!nb_type(v.ty)->items[0]) return lit(to, "%s", v.s);
  nb_error_at(w->u, w->f, w->f->def->pos, "A set of %s cannot become a set of another item type here.",
              nb_type(nb_type(v.ty)->items[0])->kind == NK_SCALAR ? dt_name((DType)sdt(nb_type(v.ty)->items[0])) : "?");
  return lit(to, "0");
}

static V cset_contains(Lw *w, V x, V s) {
  set_fns(w, s.ty);
  NbTy it = nb_type(s.ty)->items[0];
  V k = conv(w, x, it);
  V st = tmp(w, s.ty, "%s", s.s);
  V r = decl_tmp(w, nb_scalar(DT_BOOL));
  sb_printf(w->o, "{ int64_t at_; %s = nb_slook%d(%s, %s, nb_shv%d(%s), 0, &at_); }\n", r.s, s.ty, st.s, k.s, s.ty, k.s);
  return r;
}

/* s.update(x): Numba's set_update, x a set, a list or a 1-d array: the
** table presized for both, x's items added in order, then shrunk. */
static void set_update(Lw *w, V s, V x0) {
  V x = tmp(w, x0.ty, "%s", x0.s);
  if (nb_is_set(x.ty)) {
    if (x.ty == s.ty) {
      sb_printf(w->o, "nb_supdate%d(ctx, %s, %s);\n", s.ty, s.s, x.s);
      return;
    }
    set_fns(w, x.ty);
  }
  bool lst = nb_is_list(x.ty), st = nb_is_set(x.ty);
  char n[64], ref[200];
  snprintf(n, sizeof n, "%s%s", x.s, lst || st ? "->len" : ".shape[0]");
  sb_printf(w->o, "nb_supsize%d(ctx, %s, %s->len + %s);\n", s.ty, s.s, s.s, n);
  int id = w->u->ntmp++;
  V ix = lit(nb_scalar(DT_INT64), "su%d", id);
  if (st) { /* another item type: its used slots in order */
    sb_printf(w->o, "for (int64_t su%d = 0; su%d <= %s->mask; su%d++) {\n", id, id, x.s, id);
    sb_printf(w->o, "if ((uint64_t)nb_sh%d(%s)[su%d] >= (uint64_t)-2) continue;\n", x.ty, x.s, id);
    cset_add(w, s, lit(nb_type(x.ty)->items[0], "nb_sk%d(%s)[su%d]", x.ty, x.s, id));
  } else if (lst) {
    sb_printf(w->o, "for (int64_t su%d = 0; su%d < %s; su%d++) {\n", id, id, n, id);
    list_ref(w, x, ix.s, ref, sizeof ref);
    cset_add(w, s, lit(nb_list_item(x.ty), "%s", ref));
  } else {
    sb_printf(w->o, "for (int64_t su%d = 0; su%d < %s; su%d++) {\n", id, id, n, id);
    elem_ref(w, x, 1, &ix, ref, sizeof ref);
    cset_add(w, s, load_elem(w, sdt(x.ty), ref));
  }
  sb_printf(w->o, "}\nnb_sdownsize%d(ctx, %s, %s->len);\n", s.ty, s.s, s.s);
}

static V set_method(Lw *w, AstExpr *e, const char *m, V s0) {
  V s = tmp(w, s0.ty, "%s", s0.s);
  set_fns(w, s.ty);
  if (!strcmp(m, "clear")) {
    sb_printf(w->o, "free(%s->mem); nb_salloc%d(ctx, %s, 16);\n", s.s, s.ty, s.s);
    return lit(nb_none(), "0");
  }
  if (!strcmp(m, "pop")) return tmp(w, nb_type(s.ty)->items[0], "nb_spop%d(ctx, %s)", s.ty, s.s);
  if (!strcmp(m, "copy")) {
    list_fns(w);
    V r = tmp(w, s.ty, "(nb_set *)NBH(%d, nb_list *(*)(void *, int64_t, int64_t))(ctx, 0, 0)", H(list_new));
    sb_printf(w->o, "nb_scopy%d(ctx, %s, %s);\n", s.ty, r.s, s.s);
    return r;
  }
  V x = lower_expr(w, e->call.args.items[0]);
  if (!strcmp(m, "update")) {
    set_update(w, s, x);
    return lit(nb_none(), "0");
  }
  if (!strcmp(m, "add")) cset_add(w, s, x);
  else {
    V k = conv(w, x, nb_type(s.ty)->items[0]);
    if (!strcmp(m, "remove"))
      sb_printf(w->o, "if (!nb_sdiscard%d(ctx, %s, %s)) NBH(%d, nb_raise_s_fn)(ctx, \"KeyError;s%zu:%s\");\n", s.ty, s.s,
                k.s, H(raise_exc), strlen(SET_REMOVE_MISSING), SET_REMOVE_MISSING);
    else sb_printf(w->o, "nb_sdiscard%d(ctx, %s, %s);\n", s.ty, s.s, k.s);
  }
  return lit(nb_none(), "0");
}

/* Per dict type t, once: its accessors and the hash table of nb_dict (open
** addressing, linear probing over cap slots holding entry indices or -1;
** entries kept in insertion order, a deleted one marked dead and skipped;
** grown, and compacted, when used entries pass 2/3 of the slots). */
static void dict_fns(Lw *w, NbTy t) {
  for (size_t k = 0; k < w->u->dict_types.n; k++)
    if (w->u->dict_types.items[k] == t) return;
  vec_push(w->u->dict_types, t);
  list_fns(w);
  const NbTypeInfo *di = nb_type(t), *ki = nb_type(di->items[0]);
  char kt[32], vt[32];
  ctype(w, di->items[0], kt, sizeof kt);
  ctype(w, di->items[1], vt, sizeof vt);
  StrBuf *o = w->decl;
  libc_decls(w);
  if (nb_type(di->items[0])->kind == NK_STR || ki->kind == NK_TUPLE) str_fns(w); /* str keys: nb_strhash, nb_streq */
  /* the hash and equality of keys, field by field */
  sb_printf(o, "static uint64_t nb_dh%d(%s k) { uint64_t h = 0x345678ULL;", t, kt);
  StrBuf eq = STRBUF_INIT;
  int n = ki->kind == NK_TUPLE ? ki->n : 1;
  for (int f = 0; f < n; f++) {
    NbTy ft = ki->kind == NK_TUPLE ? ki->items[f] : di->items[0];
    char fld[16] = "";
    if (ki->kind == NK_TUPLE) snprintf(fld, sizeof fld, ".f%d", f);
    bool fl = nb_is_float(ft), st = nb_type(ft)->kind == NK_STR;
    sb_printf(o, " h = nb_hmix(h, %s(k%s));", fl ? "nb_hf" : st ? "nb_strhash" : "(uint64_t)", fld);
    /* floats compare by their bits, as Numba's typed dict does (0.0 and -0.0
    ** are two keys; a nan key is found again) */
    if (fl) sb_printf(&eq, "%snb_hf(a%s) == nb_hf(b%s)", f ? " && " : "", fld, fld);
    else if (st) sb_printf(&eq, "%snb_streq(a%s, b%s)", f ? " && " : "", fld, fld);
    else sb_printf(&eq, "%sa%s == b%s", f ? " && " : "", fld, fld);
  }
  sb_puts(o, " return h; }\n");
  sb_printf(o, "static inline int nb_deq%d(%s a, %s b) { return %s; }\n", t, kt, kt, n ? eq.data : "1");
  sb_free(&eq);
  sb_printf(o,
            "static inline %s *nb_dk%d(nb_dict *d) { return (%s *)(d->mem + d->cap * 8); }\n"
            "static inline %s *nb_dv%d(nb_dict *d) { return (%s *)(d->mem + d->cap * 8 + nb_r8(d->cap * (int64_t)sizeof(%s))); }\n"
            "static inline uint8_t *nb_dl%d(nb_dict *d) { return (uint8_t *)(d->mem + d->cap * 8 + nb_r8(d->cap * (int64_t)sizeof(%s)) + nb_r8(d->cap * (int64_t)sizeof(%s))); }\n",
            kt, t, kt, vt, t, vt, kt, t, kt, vt);
  /* a dict from a typed.Dict argument comes without its slots (pad set):
  ** made at its first lookup (dispatch.c cannot hash as this code does) */
  sb_printf(o,
            "static void nb_dslot%d(nb_dict *d, int64_t e);\n"
            "static void nb_dindex%d(nb_dict *d) {\n"
            "  d->pad = 0;\n"
            "  for (int64_t e = 0; e < d->n; e++) if (nb_dl%d(d)[e]) nb_dslot%d(d, e); }\n",
            t, t, t, t);
  sb_printf(o,
            "static int64_t nb_dfind%d(nb_dict *d, %s k) {\n"
            "  if (!d->cap) return -1;\n"
            "  if (d->pad) nb_dindex%d(d);\n"
            "  int64_t *sl = (int64_t *)d->mem; %s *ks = nb_dk%d(d); uint8_t *lv = nb_dl%d(d); uint64_t m = (uint64_t)d->cap - 1;\n"
            "  for (uint64_t i = nb_dh%d(k) & m;; i = (i + 1) & m) {\n"
            "    int64_t e = sl[i];\n"
            "    if (e < 0) return -1;\n"
            "    if (lv[e] && nb_deq%d(ks[e], k)) return e; } }\n",
            t, kt, t, kt, t, t, t, t);
  sb_printf(o,
            "static void nb_dslot%d(nb_dict *d, int64_t e) {\n"
            "  int64_t *sl = (int64_t *)d->mem; uint64_t m = (uint64_t)d->cap - 1, i = nb_dh%d(nb_dk%d(d)[e]) & m;\n"
            "  while (sl[i] >= 0) i = (i + 1) & m;\n"
            "  sl[i] = e; }\n",
            t, t, t);
  sb_printf(o,
            "static void nb_dgrow%d(void *ctx, nb_dict *d) {\n"
            "  int64_t cap = 8; while (cap * 2 < (d->len + 1) * 3) cap *= 2;\n"
            "  nb_dict nd = {0, 0, 0, cap, 0};\n"
            "  nd.mem = (char *)malloc((unsigned long)(cap * 8 + nb_r8(cap * (int64_t)sizeof(%s)) + nb_r8(cap * (int64_t)sizeof(%s)) + cap));\n"
            "  if (!nd.mem) NBH(%d, nb_raise_s_fn)(ctx, \"MemoryError;\");\n"
            "  for (int64_t i = 0; i < cap; i++) ((int64_t *)nd.mem)[i] = -1;\n"
            "  for (int64_t e = 0; e < d->n; e++) {\n"
            "    if (!nb_dl%d(d)[e]) continue;\n"
            "    int64_t j = nd.n++;\n"
            "    nb_dk%d(&nd)[j] = nb_dk%d(d)[e]; nb_dv%d(&nd)[j] = nb_dv%d(d)[e]; nb_dl%d(&nd)[j] = 1;\n"
            "    nb_dslot%d(&nd, j); }\n"
            "  free(d->mem); d->mem = nd.mem; d->cap = cap; d->n = nd.n; }\n",
            t, kt, vt, H(raise_exc), t, t, t, t, t, t, t);
  sb_printf(o,
            "static int64_t nb_dput%d(void *ctx, nb_dict *d, %s k) {\n"
            "  int64_t e = nb_dfind%d(d, k);\n"
            "  if (e >= 0) return e;\n"
            "  if ((d->n + 1) * 3 > d->cap * 2) nb_dgrow%d(ctx, d);\n"
            "  e = d->n++; d->len++;\n"
            "  nb_dk%d(d)[e] = k; nb_dl%d(d)[e] = 1; nb_dslot%d(d, e);\n"
            "  return e; }\n",
            t, kt, t, t, t, t, t);
}

static V dict_new(Lw *w, NbTy dt) {
  list_fns(w);
  return tmp(w, dt, "(nb_dict *)NBH(%d, nb_list *(*)(void *, int64_t, int64_t))(ctx, 0, 0)", H(list_new));
}

/* The entry index of key k in d (C text), or -1. */
static V dict_find(Lw *w, V d, V k) {
  dict_fns(w, d.ty);
  V kc = conv(w, k, nb_type(d.ty)->items[0]);
  return tmp(w, nb_scalar(DT_INT64), "nb_dfind%d(%s, %s)", d.ty, d.s, kc.s);
}

/* d[k] = v. */
static void dict_store(Lw *w, V d, V k, V v) {
  dict_fns(w, d.ty);
  const NbTypeInfo *di = nb_type(d.ty);
  V kc = conv(w, k, di->items[0]), vc = conv(w, v, di->items[1]);
  V e = tmp(w, nb_scalar(DT_INT64), "nb_dput%d(ctx, %s, %s)", d.ty, d.s, kc.s);
  char dst[160];
  snprintf(dst, sizeof dst, "nb_dv%d(%s)[%s]", d.ty, d.s, e.s);
  emit_copy(w, di->items[1], NULL, dst, vc.s);
}

static void raise_key_error(Lw *w, const char *cond) {
  sb_printf(w->o, "if (%s) NBH(%d, nb_raise_s_fn)(ctx, \"KeyError;\");\n", cond, H(raise_exc));
}

/* The value at entry e (C text, a live entry) of d. */
static V dict_value_at(Lw *w, V d, V e) { return tmp(w, nb_type(d.ty)->items[1], "nb_dv%d(%s)[%s]", d.ty, d.s, e.s); }

static V dict_get(Lw *w, V d, V k) {
  V e = dict_find(w, d, k);
  char c[64];
  snprintf(c, sizeof c, "%s < 0", e.s);
  raise_key_error(w, c);
  return dict_value_at(w, d, e);
}

static int dict_loop(Lw *w, V d);

/* A new dict of type `to` with d's entries converted (a literal typed
** before a store refined its variable). */
static V dict_convert(Lw *w, V v, NbTy to) {
  const NbTypeInfo *a = nb_type(v.ty);
  if (v.ty == to || !a->items[0] || !a->items[1]) return lit(to, "%s", v.s);
  if (!strncmp(v.s, "v_", 2))
    nb_error_at(w->u, w->f, w->f->def->pos, "Cannot use the dict %s as a dict of other key or value types: a dict keeps its types.",
                v.s + 2);
  V src = tmp(w, v.ty, "%s", v.s), r = dict_new(w, to);
  int id = dict_loop(w, src);
  dict_store(w, r, lit(a->items[0], "nb_dk%d(%s)[de%d]", v.ty, src.s, id), lit(a->items[1], "nb_dv%d(%s)[de%d]", v.ty, src.s, id));
  sb_puts(w->o, "}\n");
  return r;
}

static V lower_dict_literal(Lw *w, AstExpr *e, NbTy dt) {
  V d = dict_new(w, dt);
  for (int i = 0; i < e->dict.keys.len; i++) {
    V k = lower_expr(w, e->dict.keys.items[i]);
    dict_store(w, d, k, lower_expr(w, e->dict.values.items[i]));
  }
  return d;
}

/* Opens a loop over d's live entries: `for (de<id> ...) { if dead continue;`. */
static int dict_loop(Lw *w, V d) {
  dict_fns(w, d.ty);
  int id = w->u->ntmp++;
  sb_printf(w->o, "for (int64_t de%d = 0; de%d < %s->n; de%d++) {\nif (!nb_dl%d(%s)[de%d]) continue;\n", id, id, d.s, id, d.ty, d.s,
            id);
  return id;
}

static V dict_method(Lw *w, AstExpr *e, const char *m, V d, NbTy rt) {
  int nargs = e->call.args.len;
  V a[2];
  for (int i = 0; i < nargs && i < 2; i++) a[i] = lower_expr(w, e->call.args.items[i]);
  const NbTypeInfo *di = nb_type(d.ty);
  dict_fns(w, d.ty);
  if (!strcmp(m, "clear")) {
    sb_printf(w->o, "free(%s->mem); %s->mem = 0; %s->cap = %s->n = %s->len = %s->pad = 0;\n", d.s, d.s, d.s, d.s, d.s, d.s);
    return lit(rt, "0");
  }
  if (!strcmp(m, "copy")) {
    V r = dict_new(w, d.ty);
    int id = dict_loop(w, d);
    dict_store(w, r, lit(di->items[0], "nb_dk%d(%s)[de%d]", d.ty, d.s, id), lit(di->items[1], "nb_dv%d(%s)[de%d]", d.ty, d.s, id));
    sb_puts(w->o, "}\n");
    return r;
  }
  if (!strcmp(m, "keys") || !strcmp(m, "values") || !strcmp(m, "items")) { /* a list of them, iterated by the loop */
    char cap[64];
    snprintf(cap, sizeof cap, "%s->len", d.s);
    V l = list_alloc(w, rt, cap);
    int id = dict_loop(w, d);
    V k = lit(di->items[0], "nb_dk%d(%s)[de%d]", d.ty, d.s, id), v = lit(di->items[1], "nb_dv%d(%s)[de%d]", d.ty, d.s, id);
    if (m[0] == 'i') {
      V t = decl_tmp(w, nb_list_item(rt));
      char f0[64], f1[64];
      snprintf(f0, sizeof f0, "%s.f0", t.s);
      snprintf(f1, sizeof f1, "%s.f1", t.s);
      emit_copy(w, di->items[0], NULL, f0, k.s);
      emit_copy(w, di->items[1], NULL, f1, v.s);
      list_push(w, l, t);
    } else list_push(w, l, m[0] == 'k' ? k : v);
    sb_puts(w->o, "}\n");
    return l;
  }
  if (!strcmp(m, "setdefault")) {
    V e0 = dict_find(w, d, a[0]);
    sb_printf(w->o, "if (%s < 0) {\n", e0.s);
    dict_store(w, d, a[0], a[1]);
    sb_printf(w->o, "%s = nb_dfind%d(%s, %s);\n}\n", e0.s, d.ty, d.s, conv(w, a[0], di->items[0]).s);
    return dict_value_at(w, d, e0);
  }
  /* get, pop */
  V e0 = dict_find(w, d, a[0]);
  V r = decl_tmp(w, rt);
  sb_printf(w->o, "if (%s >= 0) {\n", e0.s);
  V val = dict_value_at(w, d, e0);
  V c = conv(w, val, rt);
  emit_copy(w, rt, NULL, r.s, c.s);
  if (m[0] == 'p') sb_printf(w->o, "nb_dl%d(%s)[%s] = 0; %s->len--;\n", d.ty, d.s, e0.s, d.s);
  sb_puts(w->o, "} else {\n");
  if (nargs == 2) {
    V dv = conv(w, a[1], rt);
    emit_copy(w, rt, NULL, r.s, dv.s);
  } else if (m[0] == 'p') raise_key_error(w, "1");
  sb_puts(w->o, "}\n"); /* get(k) without a default: the optional stays None */
  return r;
}

/* numpy.<name> on operands v[0..n) by the np_ufunc helper: NumPy's loop
** of dtype loopdt (complex operands, NB_NP_COMPLEX_UFUNCS). */
static V lower_np_ufunc(Lw *w, const char *name, V *v, int n, int loopdt, NbTy rt) {
  int id = w->u->ntmp++;
  sb_printf(w->o, "int kd%d[%d]; const void *vl%d[%d];\n", id, n, id, n);
  for (int i = 0; i < n; i++) {
    const NbTypeInfo *ai = nb_type(v[i].ty);
    int kind = ai->kind == NK_ARRAY ? 100 + ai->ndim
               : dt_is_complex((DType)ai->dtype) ? 3
               : dt_is_float((DType)ai->dtype) ? 2
               : ai->dtype == DT_BOOL ? 4 : 1;
    NbTy ct = kind == 3 ? nb_scalar(DT_COMPLEX128) : kind == 2 ? nb_scalar(DT_FLOAT64) : nb_scalar(DT_INT64);
    V c = tmp(w, kind >= 100 ? v[i].ty : ct, "%s", kind >= 100 ? v[i].s : conv(w, v[i], ct).s);
    sb_printf(w->o, "kd%d[%d] = %d; vl%d[%d] = &%s;\n", id, i, kind, id, i, c.s);
  }
  const NbTypeInfo *ri = nb_type(rt);
  V r = decl_tmp(w, rt);
  sb_printf(w->o, "NBH(%d, void (*)(void *, const char *, int, const int *, const void **, int, int, int, void *))(ctx, \"%s\", %d, kd%d, vl%d, %d, %d, %d, &%s);\n",
            H(np_ufunc), name, n, id, id, loopdt, ri->dtype, ri->ndim, r.s);
  return r;
}

/* An operator or np.<ufunc> call on a complex array that lower_np_ufunc
** computes: the ufunc's name and loop dtype, else NULL. */
static const char *complex_ufunc_node(Lw *w, AstExpr *e, int *loopdt) {
  NbTy at[2], rt;
  const char *name = NULL;
  int n = 0;
  if (e->kind == AST_E_UnaryOp && (e->unaryop.op == AST_UOP_USub || e->unaryop.op == AST_UOP_UAdd)) {
    name = e->unaryop.op == AST_UOP_USub ? "negative" : "positive";
    at[n++] = T(w, e->unaryop.operand);
  } else if (e->kind == AST_E_Compare && e->compare.n == 1 &&
             (e->compare.ops[0] == AST_CMP_Eq || e->compare.ops[0] == AST_CMP_NotEq)) {
    name = e->compare.ops[0] == AST_CMP_Eq ? "equal" : "not_equal";
    at[n++] = T(w, e->compare.left);
    at[n++] = T(w, e->compare.comparators[0]);
  } else if (e->kind == AST_E_Call && !e->call.keywords.len && e->call.args.len <= 2) {
    name = np_call_base(w, e);
    if (!name || nb_np_impl(w->u, w->f, T(w, e->call.func), e) != T(w, e->call.func)) return NULL;
    for (; n < e->call.args.len; n++) at[n] = T(w, e->call.args.items[n]);
  }
  if (!name) return NULL;
  bool arr = false;
  for (int i = 0; i < n; i++) arr |= nb_is_array(at[i]);
  if (!arr) return NULL;
  *loopdt = nb_np_complex_ufunc(name, n, at, &rt);
  return *loopdt >= 0 ? name : NULL;
}

static V lower_complex_ufunc(Lw *w, AstExpr *e, const char *name, int loopdt, NbTy rt) {
  AstExpr *ch[2];
  int n = ew_children(e, ch);
  V v[2];
  for (int i = 0; i < n; i++) v[i] = lower_expr(w, ch[i]);
  return lower_np_ufunc(w, name, v, n, loopdt, rt);
}

/* e's value as produced: an optional one stays optional (lower_expr
** unwraps). */
static V lower_expr_keep(Lw *w, AstExpr *e) {
  NbTy t = nb_expr_type_keep(w->u, w->f, e);
  if (w->u->err.len) return lit(t, "0");
  if (nb_is_array(t) && ew_node(w, e)) return ew_lower(w, e, t, NULL);
  int loopdt;
  const char *cuf = nb_is_array(t) ? complex_ufunc_node(w, e, &loopdt) : NULL;
  if (cuf) return lower_complex_ufunc(w, e, cuf, loopdt, t);
  switch (e->kind) {
  case AST_E_Constant:
    switch (e->constant.kind) {
    case AST_CONST_None: return lit(t, "0");
    case AST_CONST_True: return lit(t, "1");
    case AST_CONST_False: return lit(t, "0");
    case AST_CONST_Int: return kint(e->constant.i);
    case AST_CONST_Float: return kdouble(e->constant.f, t);
    case AST_CONST_Imag: {
      V im = kdouble(e->constant.f, nb_scalar(DT_FLOAT64));
      return tmp(w, t, "nb_mkc(0.0, %s)", im.s);
    }
    case AST_CONST_Str: return str_const(w, e->constant.str.data, e->constant.str.len);
    default: return lit(t, "0");
    }
  case AST_E_Name: {
    if (nb_local(w->f, e->name.id)) return closure_free(w, e->name.id); /* an inner function read by name: its value */
    Value val;
    NbTy gt = nb_global(w->u, w->f, e->name.id, &val);
    if (nb_type(gt)->kind == NK_SCALAR) return const_value(w, val, t);
    if (nb_type(gt)->kind == NK_STR || nb_type(gt)->kind == NK_TUPLE) return frozen_const(w, val, gt);
    if (nb_type(gt)->kind == NK_ARRAY) { /* a frozen global array */
      char ct[32];
      ctype(w, gt, ct, sizeof ct);
      return lit(t, "(*(%s *)((NbCtx *)ctx)->frozen[%d])", ct, nb_frozen_index(w->u, val));
    }
    return lit(t, "0");
  }
  case AST_E_Attribute: {
    NbTy ot = T(w, e->attribute.value);
    const NbTypeInfo *o = nb_type(ot);
    const char *a = e->attribute.attr;
    if (o->kind == NK_MODULE) {
      Value val;
      NbTy at = nb_attr_of_module(w->u, ot, a, &val);
      if (nb_type(at)->kind == NK_SCALAR) return const_value(w, val, t);
      return lit(t, "0");
    }
    V v = lower_expr(w, e->attribute.value);
    if (o->kind == NK_ARRAY) {
      if (!strcmp(a, "shape") || !strcmp(a, "strides")) {
        V r = decl_tmp(w, t);
        for (int k = 0; k < o->ndim; k++) sb_printf(w->o, "%s.f%d = %s.%s[%d];\n", r.s, k, v.s, a, k);
        return r;
      }
      if (!strcmp(a, "size")) return array_size(w, v);
      if (!strcmp(a, "ndim")) return kint(o->ndim);
      if (!strcmp(a, "itemsize")) return kint(dt_size((DType)o->dtype));
      if (!strcmp(a, "T")) {
        if (o->ndim == 1) return v;
        V r = decl_tmp(w, t);
        sb_printf(w->o, "%s.data = %s.data; %s.obj = %s.obj;\n", r.s, v.s, r.s, v.s);
        for (int k = 0; k < o->ndim; k++)
          sb_printf(w->o, "%s.shape[%d] = %s.shape[%d]; %s.strides[%d] = %s.strides[%d];\n", r.s, k, v.s, o->ndim - 1 - k, r.s, k,
                    v.s, o->ndim - 1 - k);
        return r;
      }
      if (!strcmp(a, "real") && !dt_is_complex((DType)o->dtype)) return v;
      if (!strcmp(a, "real") || !strcmp(a, "imag")) { /* a float view object (dispatch.c h_arr_part) */
        V z = tmp(w, ot, "%s", v.s), r = decl_tmp(w, t);
        sb_printf(w->o, "NBH(%d, void (*)(void *, const void *, int, int, void *))(ctx, &%s, %d, %d, &%s);\n", H(arr_part), z.s,
                  o->ndim, a[0] == 'i', r.s);
        return r;
      }
      return lit(t, "0");
    }
    if (o->kind == NK_SCALAR) {
      if (dt_is_complex((DType)o->dtype)) return tmp(w, t, "%s.%s", v.s, !strcmp(a, "real") ? "re" : "im");
      if (!strcmp(a, "real")) return v;
      return lit(t, "0");
    }
    return lit(t, "0");
  }
  case AST_E_BinOp: {
    double folded;
    int64_t iv;
    if (nb_folded_pow(e, &folded)) return kdouble(folded, t);
    if (nb_folded_int(e, &iv, NULL, 0) == NB_FOLD_I64) return kint(iv);
    V a = lower_expr(w, e->binop.left);
    V b = lower_expr(w, e->binop.right);
    return binop(w, e->pos, e->binop.op, a, b, t, e->binop.right);
  }
  case AST_E_UnaryOp: {
    int64_t iv;
    if (nb_folded_int(e, &iv, NULL, 0) == NB_FOLD_I64) return kint(iv);
    V a = lower_expr(w, e->unaryop.operand);
    switch (e->unaryop.op) {
    case AST_UOP_Not: {
      V b = truthy(w, a);
      return tmp(w, t, "!%s", b.s);
    }
    case AST_UOP_UAdd: return conv(w, a, t);
    case AST_UOP_USub: {
      if (nb_is_array(t)) return array_binop(w, (int)AST_OP_Mult, a, kint(-1), t);
      if (narrow_int(a.ty)) return narrow_unary(w, '-', a, t);
      V x = conv(w, a, t);
      if (nb_is_complex(t)) return tmp(w, t, "nb_cneg(%s)", x.s);
      if (nb_is_float(t)) return tmp(w, t, "%s(%s)", sdt(t) == DT_FLOAT32 ? "NB_FNEGF" : "NB_FNEG", x.s);
      return tmp(w, t, "-%s", x.s);
    }
    case AST_UOP_Invert:
      if (nb_is_bool(t)) return tmp(w, t, "!%s", a.s);
      if (narrow_int(a.ty)) return narrow_unary(w, '~', a, t);
      {
        V x = conv(w, a, t);
        return tmp(w, t, "~%s", x.s);
      }
    default: return a;
    }
  }
  case AST_E_BoolOp: {
    V r = decl_tmp(w, t);
    int n = e->boolop.values.len;
    int depth = 0;
    for (int i = 0; i < n; i++) {
      V v = lower_expr(w, e->boolop.values.items[i]);
      V c = conv(w, v, t);
      sb_printf(w->o, "%s = %s;\n", r.s, c.s);
      if (i < n - 1) {
        V b = truthy(w, r);
        sb_printf(w->o, "if (%s%s) {\n", e->boolop.op == AST_BOOL_And ? "" : "!", b.s);
        depth++;
      }
    }
    close_loops(w, depth);
    return r;
  }
  case AST_E_Compare: {
    V hc;
    if (lower_cabs_compare(w, e, &hc)) return hc;
    if (e->compare.n == 1 && (e->compare.ops[0] == AST_CMP_Is || e->compare.ops[0] == AST_CMP_IsNot))
      return lower_is(w, e->compare.ops[0] == AST_CMP_Is, lower_expr_keep(w, e->compare.left),
                      lower_expr_keep(w, e->compare.comparators[0]));
    V r = decl_tmp(w, nb_scalar(DT_BOOL));
    V l = lower_expr(w, e->compare.left);
    int depth = 0;
    for (int i = 0; i < e->compare.n; i++) {
      V rr = lower_expr(w, e->compare.comparators[i]);
      V c = compare1(w, e->compare.ops[i], l, rr);
      sb_printf(w->o, "%s = %s;\n", r.s, c.s);
      if (i < e->compare.n - 1) {
        sb_printf(w->o, "if (%s) {\n", r.s);
        depth++;
      }
      l = rr;
    }
    close_loops(w, depth);
    return r;
  }
  case AST_E_IfExp: {
    int known = nb_static_cond(w->u, w->f, e->ifexp.test);
    if (known >= 0) return conv(w, lower_expr(w, known ? e->ifexp.body : e->ifexp.orelse), t); /* as infer.c */
    V r = decl_tmp(w, t);
    V c = lower_expr(w, e->ifexp.test);
    V b = truthy(w, c);
    sb_printf(w->o, "if (%s) {\n", b.s);
    V x = lower_expr(w, e->ifexp.body);
    x = conv(w, x, t);
    sb_printf(w->o, "%s = %s;\n} else {\n", r.s, x.s);
    V y = lower_expr(w, e->ifexp.orelse);
    y = conv(w, y, t);
    sb_printf(w->o, "%s = %s;\n}\n", r.s, y.s);
    return r;
  }
  case AST_E_Tuple: {
    int n = e->seq.elts.len;
    V items[n + 1];
    for (int i = 0; i < n; i++) items[i] = lower_expr_keep(w, e->seq.elts.items[i]);
    V r = decl_tmp(w, t);
    for (int i = 0; i < n; i++) sb_printf(w->o, "%s.f%d = %s;\n", r.s, i, items[i].s);
    return r;
  }
  case AST_E_Call: return lower_call(w, e);
  case AST_E_List: return lower_list_literal(w, e, t);
  case AST_E_Dict: return lower_dict_literal(w, e, t);
  case AST_E_Set: return set_make(w, e, t);
  case AST_E_ListComp: return lower_listcomp(w, e);
  case AST_E_DictComp: return lower_dictcomp(w, e);
  case AST_E_Subscript: {
    NbTy bt = T(w, e->subscript.value);
    const NbTypeInfo *b = nb_type(bt);
    V base = lower_expr(w, e->subscript.value);
    if (b->kind == NK_DICT) {
      V d = tmp(w, bt, "%s", base.s);
      return dict_get(w, d, lower_expr(w, e->subscript.slice));
    }
    if (b->kind == NK_STR) return str_subscript(w, tmp(w, bt, "%s", base.s), e->subscript.slice);
    if (b->kind == NK_LIST) {
      V l = tmp(w, bt, "%s", base.s);
      if (e->subscript.slice->kind == AST_E_Slice) return list_slice(w, l, e->subscript.slice);
      V i = list_index(w, l, lower_expr(w, e->subscript.slice), "getitem out of range");
      char ref[200];
      list_ref(w, l, i.s, ref, sizeof ref);
      return tmp(w, t, "%s", ref);
    }
    AstExpr *fancy_ix;
    const char *fancy = b->kind == NK_ARRAY ? nb_np_fancy2d(w->u, w->f, e, &fancy_ix) : NULL;
    if (fancy) return lower_impl_call2(w, fancy, tmp(w, bt, "%s", base.s), lower_expr(w, fancy_ix));
    if (b->kind == NK_ARRAY && fancy_index(w, e)) {
      V a = tmp(w, bt, "%s", base.s);
      return fancy_get(w, a, lower_expr(w, e->subscript.slice), t);
    }
    if (b->kind == NK_ARRAY) {
      V a = array_of(w, e->subscript.value, base);
      char ref[512];
      V view;
      if (lower_index(w, a, e->subscript.value, e->subscript.slice, t, ref, sizeof ref, &view)) return view;
      return load_elem(w, b->dtype, ref);
    }
    if (b->kind == NK_TUPLE) {
      AstExpr *sl = e->subscript.slice;
      int64_t k;
      if (const_int_expr(sl, &k)) {
        if (k < 0) k += b->n;
        return tmp(w, t, "%s.f%lld", base.s, (long long)k);
      }
      int64_t start, step, count;
      if (nb_const_slice(sl, b->n, &start, &step, &count)) {
        V r = decl_tmp(w, t);
        for (int64_t j = 0; j < count; j++) sb_printf(w->o, "%s.f%lld = %s.f%lld;\n", r.s, (long long)j, base.s, (long long)(start + j * step));
        return r;
      }
      V i = lower_expr(w, sl);
      V ix = tmp(w, nb_scalar(DT_INT64), "(int64_t)%s", i.s);
      sb_printf(w->o, "if (%s < 0) %s += %d;\n", ix.s, ix.s, b->n);
      sb_printf(w->o, "if ((uint64_t)%s >= %d) NBH(%d, nb_raise_s_fn)(ctx, \"tuple index out of range\");\n", ix.s, b->n,
                H(raise_index_msg));
      V r = decl_tmp(w, t);
      sb_printf(w->o, "switch (%s) {", ix.s);
      for (int j = 0; j < b->n; j++) sb_printf(w->o, " case %d: %s = %s.f%d; break;", j, r.s, base.s, j);
      sb_puts(w->o, " }\n");
      return r;
    }
    return lit(t, "0");
  }
  case AST_E_Lambda: return closure_value(w, nb_type(t)->ptr);
  case AST_E_JoinedStr: return lower_fstring(w, e);
  default:
    nb_error_at(w->u, w->f, e->pos, "Internal: cannot lower this expression.");
    return lit(t, "0");
  }
}

/* e's value as used: an optional one unwrapped, None raising Numba's
** TypeError ("expected int64, got None"). */
static V lower_expr(Lw *w, AstExpr *e) {
  V v = lower_expr_keep(w, e);
  if (!nb_is_optional(v.ty)) return v;
  NbTy it = nb_type(v.ty)->items[0];
  StrBuf msg = STRBUF_INIT, spec = STRBUF_INIT;
  sb_puts(&msg, "expected ");
  nb_type_str(it, &msg);
  sb_puts(&msg, ", got None");
  sb_printf(&spec, "TypeError;s%zu:%s", msg.len, msg.data);
  V o = tmp(w, v.ty, "%s", v.s);
  sb_printf(w->o, "if (!%s.some) NBH(%d, nb_raise_s_fn)(ctx, ", o.s, H(raise_exc));
  c_string(w->o, spec.data, spec.len);
  sb_puts(w->o, ");\n");
  sb_free(&msg);
  sb_free(&spec);
  return lit(it, "%s.v", o.s);
}

/* ---- statements ---------------------------------------------------------------- */

static void assign_to(Lw *w, AstExpr *target, V v) {
  if (target->kind == AST_E_Name) {
    NbLocal *l = nb_local(w->f, target->name.id);
    V c = conv(w, v, l->ty);
    char dst[64];
    snprintf(dst, sizeof dst, "v_%s", target->name.id);
    emit_copy(w, l->ty, NULL, dst, c.s);
    return;
  }
  if (target->kind == AST_E_Tuple || target->kind == AST_E_List) {
    const NbTypeInfo *ti = nb_type(v.ty);
    V t = tmp(w, v.ty, "%s", v.s); /* evaluate once before binding (a, b = b, a) */
    for (int i = 0; i < target->seq.elts.len; i++) assign_to(w, target->seq.elts.items[i], lit(ti->items[i], "%s.f%d", t.s, i));
    return;
  }
  if (target->kind == AST_E_Subscript) {
    NbTy bt = T(w, target->subscript.value);
    V base = lower_expr(w, target->subscript.value);
    if (nb_is_dict(bt)) {
      V d = tmp(w, bt, "%s", base.s);
      dict_store(w, d, lower_expr(w, target->subscript.slice), v);
      return;
    }
    if (nb_is_list(bt)) {
      V l = tmp(w, bt, "%s", base.s);
      V i = list_index(w, l, lower_expr(w, target->subscript.slice), "setitem out of range");
      char ref[200];
      list_ref(w, l, i.s, ref, sizeof ref);
      emit_copy(w, nb_list_item(bt), NULL, ref, conv(w, v, nb_list_item(bt)).s);
      return;
    }
    V a = fancy_index(w, target) ? tmp(w, bt, "%s", base.s) : array_of(w, target->subscript.value, base);
    if (fancy_index(w, target)) {
      fancy_set(w, a, lower_expr(w, target->subscript.slice), v);
      return;
    }
    char ref[512];
    V view;
    if (lower_index(w, a, target->subscript.value, target->subscript.slice, T(w, target), ref, sizeof ref, &view))
      assign_array(w, view, v);
    else store_elem(w, nb_type(bt)->dtype, ref, v);
  }
}

/* ---- prange: outlining into OpenMP chunk functions (runtime/parallel.h) ---- */

enum { RED_NONE, RED_ADD, RED_MUL, RED_MIN, RED_MAX, RED_PLAIN, RED_BAD };

typedef struct ParVar {
  const char *name;
  int red;         /* RED_NONE, one reduction form, or RED_BAD (mixed) */
  int kind;        /* after classification: the reduction, or RED_PLAIN (private) */
  int line;        /* first assignment */
  bool killed;     /* assigned unconditionally (not from itself) before any reduction use: private */
  bool plain;      /* a conditional plain assignment */
  bool selfdep;    /* a plain assignment reads the value of the previous iteration */
  bool adds, subs; /* RED_ADD by + and by -: Numba refuses the two together */
} ParVar;

typedef struct ParScan {
  ParVar vars[64];
  int n;
  const char *loopvar;
  bool unsupported; /* return / break at the loop's own level */
  int nlevel;       /* nested loop depth while scanning */
  int ncond;        /* nested if depth */
  bool heavy;       /* an inner loop or a function call: iterations cost an unknown, maybe large, amount */
} ParScan;

/* Does pred hold for e or any subexpression? Unknown shapes: conservatively yes. */
typedef bool (*ExprPred)(AstExpr *e, const void *arg);

static bool expr_any(AstExpr *e, ExprPred pred, const void *arg) {
  if (!e) return false;
  if (pred(e, arg)) return true;
  switch (e->kind) {
  case AST_E_Name:
  case AST_E_Constant: return false;
  case AST_E_BinOp: return expr_any(e->binop.left, pred, arg) || expr_any(e->binop.right, pred, arg);
  case AST_E_UnaryOp: return expr_any(e->unaryop.operand, pred, arg);
  case AST_E_BoolOp:
    for (int i = 0; i < e->boolop.values.len; i++)
      if (expr_any(e->boolop.values.items[i], pred, arg)) return true;
    return false;
  case AST_E_IfExp:
    return expr_any(e->ifexp.test, pred, arg) || expr_any(e->ifexp.body, pred, arg) || expr_any(e->ifexp.orelse, pred, arg);
  case AST_E_Compare:
    if (expr_any(e->compare.left, pred, arg)) return true;
    for (int i = 0; i < e->compare.n; i++)
      if (expr_any(e->compare.comparators[i], pred, arg)) return true;
    return false;
  case AST_E_Call:
    if (expr_any(e->call.func, pred, arg)) return true;
    for (int i = 0; i < e->call.args.len; i++)
      if (expr_any(e->call.args.items[i], pred, arg)) return true;
    for (int i = 0; i < e->call.keywords.len; i++)
      if (expr_any(e->call.keywords.items[i]->value, pred, arg)) return true;
    return false;
  case AST_E_Attribute: return expr_any(e->attribute.value, pred, arg);
  case AST_E_Subscript: return expr_any(e->subscript.value, pred, arg) || expr_any(e->subscript.slice, pred, arg);
  case AST_E_Tuple:
  case AST_E_List:
    for (int i = 0; i < e->seq.elts.len; i++)
      if (expr_any(e->seq.elts.items[i], pred, arg)) return true;
    return false;
  case AST_E_Slice:
    return expr_any(e->slice.lower, pred, arg) || expr_any(e->slice.upper, pred, arg) || expr_any(e->slice.step, pred, arg);
  default: return true;
  }
}

static bool is_name(AstExpr *e, const void *name) { return e->kind == AST_E_Name && !strcmp(e->name.id, name); }

/* Does expression e mention `name`? */
static bool mentions(AstExpr *e, const char *name) { return expr_any(e, is_name, name); }

/* A call of a plain name other than a cheap builtin: another jitted
** function, whose cost per call is unknown. */
static bool calls_function(AstExpr *e, const void *arg) {
  (void)arg;
  if (e->kind != AST_E_Call || e->call.func->kind != AST_E_Name) return false;
  static const char *const cheap[] = {"abs", "min", "max", "int", "float", "bool", "complex", "len", "range", "round"};
  for (size_t i = 0; i < sizeof cheap / sizeof *cheap; i++)
    if (!strcmp(e->call.func->name.id, cheap[i])) return false;
  return true;
}

static ParVar *par_var(ParScan *ps, const char *name, int line) {
  for (int i = 0; i < ps->n; i++)
    if (!strcmp(ps->vars[i].name, name)) return &ps->vars[i];
  if (ps->n >= 64) return NULL;
  ParVar *v = &ps->vars[ps->n++];
  memset(v, 0, sizeof *v);
  v->name = name;
  v->line = line;
  return v;
}

/* Notes whether a RED_ADD update of `name` adds or subtracts. */
static void par_sign(ParScan *ps, const char *name, int kind, bool sub) {
  if (kind != RED_ADD) return;
  for (int i = 0; i < ps->n; i++)
    if (!strcmp(ps->vars[i].name, name)) {
      if (sub) ps->vars[i].subs = true;
      else ps->vars[i].adds = true;
    }
}

/* One assignment to `name` in the body, in program order. */
static void par_note(ParScan *ps, const char *name, int kind, int line, bool selfdep) {
  ParVar *v = par_var(ps, name, line);
  if (!v || v->killed) return;
  if (kind == RED_PLAIN) {
    if (selfdep) v->selfdep = true;
    else if (!ps->nlevel && !ps->ncond && v->red == RED_NONE) v->killed = true;
    else v->plain = true;
    return;
  }
  if (v->red == RED_NONE) v->red = kind;
  else if (v->red != kind) v->red = RED_BAD;
}

/* Is `call` builtins min/max(name, e) or (e, name)? Returns RED_MIN/MAX or 0. */
static int minmax_red(Lw *w, AstExpr *call, const char *name) {
  if (call->kind != AST_E_Call || call->call.args.len != 2 || call->call.keywords.len) return 0;
  const NbTypeInfo *fi = nb_type(T(w, call->call.func));
  if (fi->kind != NK_FUNC) return 0;
  bool mn = !strcmp(fi->name, "builtins.min") || !strcmp(fi->name, "numpy.minimum");
  bool mx = !strcmp(fi->name, "builtins.max") || !strcmp(fi->name, "numpy.maximum");
  if (!mn && !mx) return 0;
  AstExpr *a = call->call.args.items[0], *b = call->call.args.items[1];
  bool an = a->kind == AST_E_Name && !strcmp(a->name.id, name), bn = b->kind == AST_E_Name && !strcmp(b->name.id, name);
  if (an == bn) return 0;
  if (mentions(an ? b : a, name)) return 0;
  return mn ? RED_MIN : RED_MAX;
}

static void par_scan_target(ParScan *ps, AstExpr *t, int kind, int line, bool selfdep) {
  if (t->kind == AST_E_Name) par_note(ps, t->name.id, kind, line, selfdep);
  else if (t->kind == AST_E_Tuple || t->kind == AST_E_List)
    for (int i = 0; i < t->seq.elts.len; i++) par_scan_target(ps, t->seq.elts.items[i], RED_PLAIN, line, selfdep);
}

/* The expression of a statement (its right-hand side, test or value), if any. */
static AstExpr *stmt_expr(AstStmt *s) {
  switch (s->kind) {
  case AST_S_Assign: return s->assign.value;
  case AST_S_AnnAssign: return s->annassign.value;
  case AST_S_AugAssign: return s->augassign.value;
  case AST_S_Expr: return s->expr.value;
  case AST_S_If: return s->if_.test;
  case AST_S_While: return s->while_.test;
  default: return NULL;
  }
}

static void par_scan(Lw *w, ParScan *ps, AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    if (!ps->heavy) ps->heavy = expr_any(stmt_expr(s), calls_function, NULL);
    switch (s->kind) {
    case AST_S_Assign: {
      AstExpr *v = s->assign.value;
      for (int k = 0; k < s->assign.targets.len; k++) {
        AstExpr *t = s->assign.targets.items[k];
        if (t->kind == AST_E_Name && s->assign.targets.len == 1) {
          const char *nm = t->name.id;
          int r = minmax_red(w, v, nm);
          if (!r && v->kind == AST_E_BinOp && v->binop.left->kind == AST_E_Name && !strcmp(v->binop.left->name.id, nm) &&
              !mentions(v->binop.right, nm))
            r = v->binop.op == AST_OP_Add || v->binop.op == AST_OP_Sub ? RED_ADD : v->binop.op == AST_OP_Mult ? RED_MUL : 0;
          if (!r && v->kind == AST_E_BinOp && v->binop.right->kind == AST_E_Name && !strcmp(v->binop.right->name.id, nm) &&
              !mentions(v->binop.left, nm))
            r = v->binop.op == AST_OP_Add ? RED_ADD : v->binop.op == AST_OP_Mult ? RED_MUL : 0;
          if (r) {
            par_note(ps, nm, r, s->pos.line, false);
            par_sign(ps, nm, r, v->binop.op == AST_OP_Sub);
          } else par_note(ps, nm, RED_PLAIN, s->pos.line, mentions(v, nm));
        } else par_scan_target(ps, t, RED_PLAIN, s->pos.line, false);
      }
      break;
    }
    case AST_S_AnnAssign:
      if (s->annassign.value) par_scan_target(ps, s->annassign.target, RED_PLAIN, s->pos.line, mentions(s->annassign.value, s->annassign.target->kind == AST_E_Name ? s->annassign.target->name.id : ""));
      break;
    case AST_S_AugAssign: {
      AstExpr *t = s->augassign.target;
      if (t->kind == AST_E_Name) {
        int op = s->augassign.op;
        int r = op == AST_OP_Add || op == AST_OP_Sub ? RED_ADD : op == AST_OP_Mult ? RED_MUL : RED_PLAIN;
        if (mentions(s->augassign.value, t->name.id)) r = RED_PLAIN;
        par_note(ps, t->name.id, r, s->pos.line, r == RED_PLAIN);
        par_sign(ps, t->name.id, r, op == AST_OP_Sub);
      }
      break;
    }
    case AST_S_For:
      par_scan_target(ps, s->for_.target, RED_PLAIN, s->pos.line, false);
      ps->heavy = true;
      ps->nlevel++;
      par_scan(w, ps, &s->for_.body);
      ps->nlevel--;
      par_scan(w, ps, &s->for_.orelse);
      break;
    case AST_S_While:
      ps->heavy = true;
      ps->nlevel++;
      par_scan(w, ps, &s->while_.body);
      ps->nlevel--;
      par_scan(w, ps, &s->while_.orelse);
      break;
    case AST_S_If:
      ps->ncond++;
      par_scan(w, ps, &s->if_.body);
      par_scan(w, ps, &s->if_.orelse);
      ps->ncond--;
      break;
    case AST_S_Return: case AST_S_Try: ps->unsupported = true; break;
    case AST_S_Break:
      if (!ps->nlevel) ps->unsupported = true;
      break;
    default: break;
    }
  }
}

/* Race check: subscript stores whose index never depends on the loop
** variable or on anything assigned in the body write one element from
** every iteration. */
static bool index_invariant(ParScan *ps, AstExpr *idx) {
  if (mentions(idx, ps->loopvar)) return false;
  for (int i = 0; i < ps->n; i++)
    if (mentions(idx, ps->vars[i].name)) return false;
  /* calls (random draws …) may differ per iteration */
  return idx->kind == AST_E_Constant || idx->kind == AST_E_Name || idx->kind == AST_E_Tuple || idx->kind == AST_E_BinOp ||
         idx->kind == AST_E_UnaryOp;
}

static void par_race_stores(Lw *w, ParScan *ps, AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    AstExpr *tg = NULL;
    if (s->kind == AST_S_Assign && s->assign.targets.len == 1) tg = s->assign.targets.items[0];
    else if (s->kind == AST_S_AugAssign) tg = s->augassign.target;
    if (tg && tg->kind == AST_E_Subscript && nb_is_array(T(w, tg->subscript.value)) && !nb_is_array(T(w, tg)) &&
        index_invariant(ps, tg->subscript.slice))
      sb_printf(&w->u->warnings,
                "%s:%d: NumbaParallelSafetyWarning: prange loop races: every iteration writes the same array element "
                "(the index does not depend on the loop variable '%s').\n",
                w->f->filename, s->pos.line, ps->loopvar);
    if (s->kind == AST_S_For) par_race_stores(w, ps, &s->for_.body);
    else if (s->kind == AST_S_While) par_race_stores(w, ps, &s->while_.body);
    else if (s->kind == AST_S_If) {
      par_race_stores(w, ps, &s->if_.body);
      par_race_stores(w, ps, &s->if_.orelse);
    }
  }
}

static const char *red_name(int k) {
  switch (k) {
  case RED_ADD: return "+=";
  case RED_MUL: return "*=";
  case RED_MIN: return "min";
  case RED_MAX: return "max";
  default: return "?";
  }
}

/* The identity of reduction `kind` for a scalar of type t, as C. */
static void red_identity(NbTy t, int kind, char *out, size_t n) {
  int dt = sdt(t);
  if (dt_is_complex((DType)dt)) {
    snprintf(out, n, kind == RED_MUL ? "nb_mkc(1.0, 0.0)" : "nb_mkc(0.0, 0.0)");
    return;
  }
  if (kind == RED_ADD) { snprintf(out, n, "0"); return; }
  if (kind == RED_MUL) { snprintf(out, n, "1"); return; }
  bool mn = kind == RED_MIN;
  if (dt_is_float((DType)dt)) {
    snprintf(out, n, "(%s)nb_bits(%s)", dt_ctype(dt), mn ? "0x7ff0000000000000ULL" : "0xfff0000000000000ULL");
    return;
  }
  int bits = dt_size((DType)dt) * 8;
  if (dt == DT_BOOL) snprintf(out, n, mn ? "1" : "0");
  else if (dt_is_unsigned((DType)dt)) snprintf(out, n, mn ? "(%s)~0ULL" : "(%s)0", dt_ctype(dt));
  else if (mn) snprintf(out, n, "(%s)%lldLL", dt_ctype(dt), (long long)(bits == 64 ? INT64_MAX : (1LL << (bits - 1)) - 1));
  else snprintf(out, n, "(%s)(%lldLL - 1)", dt_ctype(dt), (long long)(bits == 64 ? -INT64_MAX : -(1LL << (bits - 1)) + 1));
}

/* Combines partial p into variable v (C names) for reduction kind. */
static void red_combine(Lw *w, NbTy t, int kind, const char *v, const char *p) {
  bool cx = nb_is_complex(t);
  switch (kind) {
  case RED_ADD:
    if (cx) sb_printf(w->o, "%s = nb_cadd(%s, %s);\n", v, v, p);
    else sb_printf(w->o, "%s = (%s)(%s + %s);\n", v, dt_ctype(sdt(t)), v, p);
    break;
  case RED_MUL:
    if (cx) sb_printf(w->o, "%s = nb_cmul(%s, %s);\n", v, v, p);
    else sb_printf(w->o, "%s = (%s)(%s * %s);\n", v, dt_ctype(sdt(t)), v, p);
    break;
  case RED_MIN: sb_printf(w->o, "if (%s < %s) %s = %s;\n", p, v, v, p); break;
  case RED_MAX: sb_printf(w->o, "if (%s > %s) %s = %s;\n", p, v, v, p); break;
  default: break;
  }
}

/* nb_rng_, the generator state for inlined draws, read once from ctx: gcc
** would reload it after every store through a pointer (the code is built
** with -fno-strict-aliasing). nb_pyrng_ the same for the stdlib's
** random.random(), NULL where nb_rng_ is (prange chunks). */
static void rng_local(Lw *w) {
  sb_puts(w->o, "nb_mt *nb_rng_ = (nb_mt *)((NbCtx *)ctx)->rngfast;\n(void)nb_rng_;\n");
  sb_puts(w->o, "nb_mt *nb_pyrng_ = nb_rng_ ? (nb_mt *)((NbCtx *)ctx)->pyrng : (nb_mt *)0;\n(void)nb_pyrng_;\n");
}

/* ---- entering the optimised build at calls (see the top) -------------------- */

enum { ABI_MIXED, ABI_INT, ABI_SSE, ABI_MEMORY };

/* How the SysV ABI passes a value of type t: tcc classifies a struct of
** at most 16 bytes as a whole (all of it in integer registers, or all in
** SSE ones) where gcc classifies each eightbyte, so a small struct that
** mixes integers and floats (ABI_MIXED) travels differently. Arrays are
** larger than 16 bytes: in memory for both. */
static int abi_class(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  switch (i->kind) {
  case NK_SCALAR: return dt_is_float((DType)i->dtype) || dt_is_complex((DType)i->dtype) ? ABI_SSE : ABI_INT;
  case NK_ARRAY: return ABI_MEMORY;
  case NK_CLOSURE: return abi_class(nb_closure_env(i->ptr));
  case NK_OPTIONAL: { /* { T v; _Bool some; } */
    int c = abi_class(i->items[0]);
    return c == ABI_INT ? ABI_INT : c == ABI_MEMORY ? ABI_MEMORY : ABI_MIXED;
  }
  case NK_TUPLE: {
    int c = ABI_INT, first = -1;
    for (int k = 0; k < i->n; k++) {
      int ck = abi_class(i->items[k]);
      if (ck == ABI_MEMORY) return ABI_MEMORY;
      if (ck == ABI_MIXED || (first >= 0 && ck != first)) c = ABI_MIXED;
      else c = first = ck;
    }
    return c;
  }
  default: return ABI_INT;
  }
}

static bool abi_alike(NbFunc *f) {
  if (abi_class(f->ret) == ABI_MIXED) return false;
  for (int i = 0; i < f->nargs; i++)
    if (abi_class(f->argtys[i]) == ABI_MIXED) return false;
  return true;
}

/* The next slot of nbw_fns, holding the optimised build's `name`. */
static int swap_slot(Lw *w, const char *name) {
  sb_printf(&w->swaptab, "(void *)%s, ", name);
  return w->u->nswaps++;
}

/* tcc build only: once the optimised build is loaded, calls its copy of
** function `name` (C type fty, a pointer) with `args` and returns. */
static void swap_stub(Lw *w, const char *name, const char *fty, const char *args, bool returns) {
  int k = swap_slot(w, name);
  /* STREAK_NB_OSR=1 (osrtest) leaves a function with OSR points to them */
  sb_printf(w->o, "#ifndef NB_OPT\nif (((NbCtx *)ctx)->fns%s) {\nvoid **t_ = *(void **volatile *)((NbCtx *)ctx)->fns;\n",
            w->osr == OSR_CALLEE ? " && !((NbCtx *)ctx)->osrtest" : "");
  if (returns) sb_printf(w->o, "if (t_) return ((%s)t_[%d])(%s);\n", fty, k, args);
  else sb_printf(w->o, "if (t_) {\n((%s)t_[%d])(%s);\nreturn;\n}\n", fty, k, args);
  sb_puts(w->o, "}\n#endif\n");
}

static bool is_prange_iter(Lw *w, AstExpr *it) {
  if (it->kind != AST_E_Call) return false;
  const NbTypeInfo *fi = nb_type(T(w, it->call.func));
  return fi->kind == NK_FUNC && fi->name && !strcmp(fi->name, "numba.prange");
}

/* Numba's UnsupportedRewriteError (its parfor pass refuses the loop). */
static void rewrite_error(Lw *w, AstPos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void rewrite_error(Lw *w, AstPos pos, const char *fmt, ...) {
  if (!w->u->err.len) w->u->err_kind = NB_ERR_REWRITE;
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  nb_error_at(w->u, w->f, pos, "Failed in nopython mode pipeline (step: convert to parfors)\n%s", msg);
}

/* Lowers `for target in prange(...)` as a par_for over an outlined chunk
** function; false (nothing emitted) when the loop must stay serial. */
/* A list, dict or set shared by a prange loop's iterations (a local the body
** does not assign) changed by the body: its items and buffers would race. */
typedef struct ListRace { Lw *w; ParScan *ps; const char *name; } ListRace;

static bool shared_list(ListRace *r, AstExpr *e) {
  if (e->kind != AST_E_Name) return false;
  NbLocal *l = nb_local(r->w->f, e->name.id);
  if (!l || (!nb_is_list(l->ty) && !nb_is_dict(l->ty) && !nb_is_set(l->ty))) return false;
  for (int i = 0; i < r->ps->n; i++)
    if (!strcmp(r->ps->vars[i].name, e->name.id)) return false;
  r->name = e->name.id;
  return true;
}

static bool list_mutation(AstExpr *e, const void *arg) {
  static const char *const muts[] = {"append", "insert", "extend", "pop", "clear", "reverse", "sort", "setdefault",
                                     "add", "discard", "remove", NULL};
  if (e->kind != AST_E_Call || e->call.func->kind != AST_E_Attribute) return false;
  return in_names(muts, e->call.func->attribute.attr) && shared_list((ListRace *)arg, e->call.func->attribute.value);
}

static const char *prange_list_race(ListRace *r, AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    AstExpr *t = s->kind == AST_S_Assign && s->assign.targets.len == 1 ? s->assign.targets.items[0]
               : s->kind == AST_S_AugAssign ? s->augassign.target
               : s->kind == AST_S_Delete && s->delete.targets.len ? s->delete.targets.items[0] : NULL;
    if (t && t->kind == AST_E_Subscript && shared_list(r, t->subscript.value)) return r->name;
    AstExpr *e = stmt_expr(s);
    if (e && expr_any(e, list_mutation, r) && r->name) return r->name;
    const char *n = NULL;
    if (s->kind == AST_S_For) n = prange_list_race(r, &s->for_.body);
    else if (s->kind == AST_S_While) n = prange_list_race(r, &s->while_.body);
    else if (s->kind == AST_S_If) n = prange_list_race(r, &s->if_.body);
    if (!n && s->kind == AST_S_If) n = prange_list_race(r, &s->if_.orelse);
    if (n) return n;
  }
  return NULL;
}

static bool lower_prange(Lw *w, AstStmt *s) {
  AstExpr *it = s->for_.iter;
  if (s->for_.orelse.len || s->for_.target->kind != AST_E_Name) return false;
  int64_t kstep = 1;
  if (it->call.args.len == 3 && !(const_int_expr(it->call.args.items[2], &kstep) && kstep == 1)) {
    rewrite_error(w, s->pos, "Only constant step size of 1 is supported for prange");
    return true;
  }
  ParScan ps;
  memset(&ps, 0, sizeof ps);
  ps.loopvar = s->for_.target->name.id;
  par_scan(w, &ps, &s->for_.body);
  int loopno = ++w->u->nparloops;
  if (ps.unsupported) {
    sb_printf(&w->u->pardiag, "  Loop #%d (%s line %d): prange kept serial: its body contains return, break or try.\n", loopno,
              w->f->name, s->pos.line);
    return false;
  }
  ListRace lr = {w, &ps, NULL};
  const char *shared = prange_list_race(&lr, &s->for_.body);
  if (shared) {
    nb_error_at(w->u, w->f, s->pos, "The %s '%s' is changed inside a prange loop, whose iterations run in parallel; "
                "fill it in a serial loop (or write into an array).", nb_is_dict(nb_local(w->f, shared)->ty) ? "dict" : "list",
                shared);
    return true;
  }
  w->u->has_loops = true;
  w->nloops_lowered++;
  NbFunc *f = w->f;
  /* reductions: variables defined outside the loop, updated only by one
  ** reduction form */
  StrBuf reds = STRBUF_INIT;
  for (int i = 0; i < ps.n; i++) {
    ParVar *v = &ps.vars[i];
    NbLocal *l = nb_local(f, v->name);
    v->kind = RED_PLAIN;
    if (!l || v->killed) continue;
    bool isred = v->red >= RED_ADD && v->red <= RED_MAX && !v->plain && !v->selfdep && nb_is_scalar(l->ty) &&
                 !nb_is_bool(l->ty) && !(nb_is_complex(l->ty) && (v->red == RED_MIN || v->red == RED_MAX));
    if (isred && v->adds && v->subs) {
      rewrite_error(w, s->pos, "Reduction variable %s has multiple conflicting reduction operators.", v->name);
      return true;
    }
    if (isred) {
      v->kind = v->red;
      sb_printf(&reds, "%s%s (%s)", reds.len ? ", " : "", v->name, red_name(v->kind));
    } else if (v->selfdep || v->red != RED_NONE)
      sb_printf(&w->u->warnings,
                "%s:%d: NumbaParallelSafetyWarning: prange loop races: '%s' is written by every iteration and read "
                "from the previous one, but is not a reduction (+=, -=, *=, min, max).\n",
                f->filename, v->line, v->name);
  }
  par_race_stores(w, &ps, &s->for_.body);
  sb_printf(&w->u->pardiag, "  Loop #%d (%s line %d): prange -> parallel (OpenMP chunk function nbchunk_%d).\n", loopno,
            f->name, s->pos.line, loopno);
  sb_printf(&w->u->pardiag, "    reductions: %s\n", reds.len ? reds.data : "none");
  sb_free(&reds);

  /* trip count in the parent */
  int id = w->u->ntmp++;
  int n = it->call.args.len;
  V a[3];
  for (int i = 0; i < n; i++) a[i] = conv(w, lower_expr(w, it->call.args.items[i]), nb_scalar(DT_INT64));
  V start = n >= 2 ? a[0] : kint(0), stop = n >= 2 ? a[1] : a[0], step = n >= 3 ? a[2] : kint(1);
  V st = tmp(w, nb_scalar(DT_INT64), "%s", start.s);
  V sp = tmp(w, nb_scalar(DT_INT64), "%s", stop.s);
  V sk = tmp(w, nb_scalar(DT_INT64), "%s", step.s);
  sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", sk.s,
            H(raise_value));
  V trip = tmp(w, nb_scalar(DT_INT64), "%s > 0 ? (%s > %s ? (%s - %s - 1) / %s + 1 : 0) : (%s > %s ? (%s - %s - 1) / (-%s) + 1 : 0)",
               sk.s, sp.s, st.s, sp.s, st.s, sk.s, st.s, sp.s, st.s, sp.s, sk.s);

  /* env and reduction structs */
  char ct[64];
  StrBuf envt = STRBUF_INIT, redt = STRBUF_INIT;
  sb_printf(&envt, "typedef struct { void *ctx; int64_t st, sk;");
  sb_puts(&redt, "typedef struct {");
  for (size_t i = 0; i < f->locals.n; i++) {
    NbLocal *l = &f->locals.items[i];
    ctype(w, l->ty, ct, sizeof ct);
    sb_printf(&envt, " %s *v_%s;", ct, l->name);
  }
  for (int i = 0; i < ps.n; i++)
    if (ps.vars[i].kind != RED_PLAIN && nb_local(f, ps.vars[i].name)) {
      ctype(w, nb_local(f, ps.vars[i].name)->ty, ct, sizeof ct);
      sb_printf(&redt, " %s r_%s;", ct, ps.vars[i].name);
    }
  sb_printf(&envt, " } nbenv_%d;\n", id);
  sb_printf(&redt, " char pad_[64]; } nbred_%d;\n", id);
  sb_puts(w->decl, envt.data);
  sb_puts(w->decl, redt.data);
  sb_free(&envt);
  sb_free(&redt);

  /* the chunk function */
  StrBuf *parent = w->o;
  StrBuf cb = STRBUF_INIT;
  w->o = &cb;
  sb_printf(w->o, "/* prange loop of %s, line %d */\nstatic void nbchunk_%d(int64_t lo, int64_t hi, void *envp, void *redp) {\n",
            f->name, s->pos.line, id);
  sb_printf(w->o, "nbenv_%d *e_ = (nbenv_%d *)envp;\nvoid *ctx = e_->ctx;\n", id, id);
  rng_local(w);
  char cname[32];
  snprintf(cname, sizeof cname, "nbchunk_%d", id);
  swap_stub(w, cname, "void (*)(int64_t, int64_t, void *, void *)", "lo, hi, envp, redp", false);
  for (size_t i = 0; i < f->locals.n; i++) {
    NbLocal *l = &f->locals.items[i];
    ctype(w, l->ty, ct, sizeof ct);
    sb_printf(w->o, "%s v_%s = *e_->v_%s;\n", ct, l->name, l->name);
  }
  for (int i = 0; i < ps.n; i++)
    if (ps.vars[i].kind != RED_PLAIN && nb_local(f, ps.vars[i].name)) {
      char idn[96];
      red_identity(nb_local(f, ps.vars[i].name)->ty, ps.vars[i].kind, idn, sizeof idn);
      sb_printf(w->o, "v_%s = %s;\n", ps.vars[i].name, idn);
    }
  bool saved_in_par = w->in_par;
  int saved_nloops = w->nloops, saved_nbc = w->nbc;
  w->in_par = true;
  w->nloops = 0;
  w->nbc = 0; /* the enclosing loops' bounds flags are the parent function's locals */
  if (w->nloops < 64) w->loops[w->nloops].brk_flag = 0;
  w->nloops++;
  sb_printf(w->o, "for (int64_t k_ = lo; k_ < hi; k_++) {\n");
  assign_to(w, s->for_.target, lit(nb_scalar(DT_INT64), "(e_->st + k_ * e_->sk)"));
  lower_stmts(w, &s->for_.body);
  sb_puts(w->o, "}\n");
  w->nloops = saved_nloops;
  w->in_par = saved_in_par;
  w->nbc = saved_nbc;
  for (int i = 0; i < ps.n; i++)
    if (ps.vars[i].kind != RED_PLAIN && nb_local(f, ps.vars[i].name))
      sb_printf(w->o, "((nbred_%d *)redp)->r_%s = v_%s;\n", id, ps.vars[i].name, ps.vars[i].name);
  sb_puts(w->o, "(void)ctx; (void)redp;\n}\n\n");
  w->o = parent;
  sb_puts(w->chunks, cb.data);
  sb_free(&cb);

  /* the call and the combination, in chunk order */
  sb_printf(w->o, "{ nbenv_%d env%d; nbred_%d red%d[%d];\n", id, id, id, id, NB_PAR_MAXCHUNKS);
  sb_printf(w->o, "env%d.ctx = ctx; env%d.st = %s; env%d.sk = %s;\n", id, id, st.s, id, sk.s);
  for (size_t i = 0; i < f->locals.n; i++) sb_printf(w->o, "env%d.v_%s = &v_%s;\n", id, f->locals.items[i].name, f->locals.items[i].name);
  /* red_size 0 tells par_for there is nothing to combine (it may then
  ** use more chunks than NB_PAR_MAXCHUNKS; red is never indexed) */
  bool reduces = false;
  for (int i = 0; i < ps.n; i++) reduces |= ps.vars[i].kind != RED_PLAIN && nb_local(f, ps.vars[i].name);
  char rsize[48] = "0";
  if (reduces) snprintf(rsize, sizeof rsize, "(int64_t)sizeof(nbred_%d)", id);
  sb_printf(w->o,
            "int64_t nc%d = NBH(%d, int64_t (*)(void *, int64_t, void *, void *, void *, int64_t, int64_t, int64_t))(ctx, %s, "
            "(void *)nbchunk_%d, &env%d, red%d, %s, %d, %d);\n",
            id, H(par_for), trip.s, id, id, id, rsize, NB_PAR_MAXCHUNKS, ps.heavy);
  sb_printf(w->o, "for (int64_t c_ = 0; c_ < nc%d; c_++) {\n", id);
  for (int i = 0; i < ps.n; i++)
    if (ps.vars[i].kind != RED_PLAIN && nb_local(f, ps.vars[i].name)) {
      char vn[80], pn[96];
      snprintf(vn, sizeof vn, "v_%s", ps.vars[i].name);
      snprintf(pn, sizeof pn, "red%d[c_].r_%s", id, ps.vars[i].name);
      red_combine(w, nb_local(f, ps.vars[i].name)->ty, ps.vars[i].kind, vn, pn);
    }
  sb_puts(w->o, "}\n}\n");
  return true;
}

const char *nb_enumzip(NbUnit *u, NbFunc *f, AstExpr *it);

/* One iterable of an enumerate()/zip() loop: a list or array evaluated
** once (src), or a range's start and step; or enumerate's start (st). */
typedef struct EzSrc { V src, st, sk; } EzSrc;

static void ez_leaf(Lw *w, AstExpr *a, V len, EzSrc *l);

/* enumerate(x, start)? */
static bool ez_start(Lw *w, AstExpr *it) {
  return it->call.args.len == 2 && !strcmp(nb_enumzip(w->u, w->f, it), "enumerate");
}

/* Evaluates the iterables of enumerate()/zip() call it, nested calls
** included, in Python's order into leaves[*nl...], lowering len to the
** shortest's length. */
static void ez_bounds(Lw *w, AstExpr *it, V len, EzSrc *leaves, int *nl) {
  NbTy i64 = nb_scalar(DT_INT64);
  if (ez_start(w, it)) { /* enumerate(x, start): x, then start, after the leaves of x */
    AstExpr *x = it->call.args.items[0];
    if (nb_enumzip(w->u, w->f, x)) ez_bounds(w, x, len, leaves, nl);
    else ez_leaf(w, x, len, &leaves[(*nl)++]);
    leaves[(*nl)++].st = tmp(w, i64, "%s", conv(w, lower_expr(w, it->call.args.items[1]), i64).s);
    return;
  }
  for (int j = 0; j < it->call.args.len; j++) {
    AstExpr *a = it->call.args.items[j];
    if (nb_enumzip(w->u, w->f, a)) {
      ez_bounds(w, a, len, leaves, nl);
      continue;
    }
    ez_leaf(w, a, len, &leaves[(*nl)++]);
  }
}

/* Evaluates iterable a of an enumerate()/zip() loop into l. */
static void ez_leaf(Lw *w, AstExpr *a, V len, EzSrc *l) {
  NbTy i64 = nb_scalar(DT_INT64);
  const NbTypeInfo *ai = nb_type(T(w, a));
  if (ai->kind == NK_RANGE) {
    int na = a->call.args.len;
    V r[3];
    for (int q = 0; q < na; q++) r[q] = conv(w, lower_expr(w, a->call.args.items[q]), i64);
    l->st = tmp(w, i64, "%s", na >= 2 ? r[0].s : "0");
    V sp = tmp(w, i64, "%s", na >= 2 ? r[1].s : r[0].s);
    l->sk = tmp(w, i64, "%s", na >= 3 ? r[2].s : "1");
    sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", l->sk.s,
              H(raise_value));
    V trip = tmp(w, i64, "%s > 0 ? (%s > %s ? (%s - %s - 1) / %s + 1 : 0) : (%s > %s ? (%s - %s - 1) / (-%s) + 1 : 0)", l->sk.s,
                 sp.s, l->st.s, sp.s, l->st.s, l->sk.s, l->st.s, sp.s, l->st.s, sp.s, l->sk.s);
    sb_printf(w->o, "if (%s < %s) %s = %s;\n", trip.s, len.s, len.s, trip.s);
    l->src = lit(NB_UNKNOWN, "0");
  } else {
    V v = lower_expr(w, a);
    l->src = tmp(w, v.ty, "%s", v.s);
    const char *n0 = ai->kind == NK_LIST ? "->len" : ".shape[0]";
    sb_printf(w->o, "if (%s%s < %s) %s = %s%s;\n", l->src.s, n0, len.s, len.s, l->src.s, n0);
  }
}

/* The item of enumerate()/zip() call it at iteration it<id>: a tuple of
** the index (enumerate) and each iterable's item (a tuple for a nested
** call), from the leaves ez_bounds evaluated. */
static V ez_item(Lw *w, AstExpr *it, const char *which, int id, const EzSrc *leaves, int *nl) {
  bool start = ez_start(w, it);
  int n = start ? 1 : it->call.args.len, k = 0;
  NbTy i64 = nb_scalar(DT_INT64), items[n + 2];
  V vals[n + 2], ix = lit(i64, "it%d", id);
  if (!strcmp(which, "enumerate")) items[k] = i64, vals[k++] = ix;
  for (int j = 0; j < n; j++, k++) {
    AstExpr *a = it->call.args.items[j];
    const char *sub = nb_enumzip(w->u, w->f, a);
    if (sub) {
      vals[k] = ez_item(w, a, sub, id, leaves, nl);
      items[k] = vals[k].ty;
      continue;
    }
    const EzSrc *l = &leaves[(*nl)++];
    const NbTypeInfo *ai = nb_type(T(w, a));
    if (ai->kind == NK_RANGE) {
      items[k] = i64;
      vals[k] = tmp(w, i64, "%s + it%d * %s", l->st.s, id, l->sk.s);
    } else if (ai->kind == NK_LIST) {
      char ref[200], ixs[16];
      snprintf(ixs, sizeof ixs, "it%d", id);
      list_ref(w, l->src, ixs, ref, sizeof ref);
      items[k] = ai->items[0];
      vals[k] = tmp(w, items[k], "%s", ref);
    } else if (ai->ndim > 1) {
      items[k] = nb_array(ai->dtype, ai->ndim - 1, ai->layout);
      vals[k] = subview(w, l->src, 1, &ix, items[k]);
    } else {
      char ref[256];
      elem_ref(w, l->src, 1, &ix, ref, sizeof ref);
      items[k] = nb_scalar(ai->dtype);
      vals[k] = load_elem(w, ai->dtype, ref);
    }
  }
  if (start) vals[0] = tmp(w, i64, "%s + it%d", leaves[(*nl)++].st.s, id);
  V t = decl_tmp(w, nb_tuple(k, items));
  for (int q = 0; q < k; q++) sb_printf(w->o, "%s.f%d = %s;\n", t.s, q, vals[q].s);
  return t;
}

/* The iterables under enumerate()/zip() call it, nested calls included. */
static int ez_count(Lw *w, AstExpr *it) {
  bool start = ez_start(w, it);
  int c = start, n = start ? 1 : it->call.args.len; /* enumerate's start: a leaf of its own */
  for (int j = 0; j < n; j++)
    c += nb_enumzip(w->u, w->f, it->call.args.items[j]) ? ez_count(w, it->call.args.items[j]) : 1;
  return c;
}

/* Opens `for (it<id> = 0; it < n; it++) {` over enumerate(x) / zip(x, ...)
** of ranges, arrays, lists and such calls (n: the shortest) and binds the
** target. */
static void open_enumzip(Lw *w, AstStmt *s, const char *which, int id) {
  AstExpr *it = s->for_.iter;
  EzSrc leaves[ez_count(w, it) + 1];
  int nl = 0;
  V len = decl_tmp(w, nb_scalar(DT_INT64));
  sb_printf(w->o, "%s = INT64_MAX_;\n", len.s);
  ez_bounds(w, it, len, leaves, &nl);
  sb_printf(w->o, "for (int64_t it%d = 0; it%d < %s; it%d++) {\n", id, id, len.s, id);
  nl = 0;
  assign_to(w, s->for_.target, ez_item(w, it, which, id, leaves, &nl));
}

/* ---- OSR points (see the top) ------------------------------------------------ */

/* Saves (into *os_) or restores point k's state: every local, then the
** enclosing loops' variables. */
static void osr_copy(Lw *w, int k, bool save) {
  for (size_t i = 0; i < w->f->locals.n; i++) {
    const char *n = w->f->locals.items[i].name;
    sb_printf(w->o, save ? "os_->v_%s = v_%s;\n" : "v_%s = os_->v_%s;\n", n, n);
  }
  for (int j = 0; j < w->nosrv; j++) {
    if (save) sb_printf(w->o, "os_->k%d_%d = %s;\n", k, j, w->osrv[j].name);
    else sb_printf(w->o, "%s = os_->k%d_%d;\n", w->osrv[j].name, k, j);
  }
}

/* Called where a loop's body opens, before its first statement: n < 0 for
** a loop without OSR points (nor any below it), else its n variables, and
** the point is emitted when the depth allows. Returns osr_close's mark. */
static int osr_open(Lw *w, const OsrVar *vars, int n) {
  if (w->osr == OSR_NONE || w->in_par || w->osr_blocked || n < 0 || w->osr_depth >= OSR_MAXDEPTH ||
      w->nosrv + n > OSR_MAXVARS) {
    w->osr_blocked++;
    return -1;
  }
  int mark = w->nosrv;
  memcpy(w->osrv + w->nosrv, vars, (size_t)n * sizeof *vars);
  w->nosrv += n;
  w->osr_depth++;
  int k = ++w->osr_pts;
  if (w->osr != OSR_RESUME) /* the state struct's fields for this point */
    for (int j = 0; j < w->nosrv; j++) sb_printf(&w->osrfields, " %s k%d_%d;", w->osrv[j].ct, k, j);
  if (w->osr == OSR_CALLEE) { /* the state on this frame; the resumed copy's result is ours */
    char rt[32];
    ctype(w, w->f->ret, rt, sizeof rt);
    sb_puts(w->o, "#ifndef NB_OPT\nif (((NbCtx *)ctx)->fns && *(void **volatile *)((NbCtx *)ctx)->fns) {\n");
    sb_printf(w->o, "nbosr_%d osb_, *os_ = &osb_;\nos_->at = %d;\n", w->f->id, k);
    osr_copy(w, k, true);
    sb_printf(w->o, "NBH(%d, void (*)(void *))(ctx);\n", H(osr_moved));
    sb_printf(w->o, "return ((%s (*)(void *, nbosr_%d *))(*(void ***)((NbCtx *)ctx)->fns)[%d])(ctx, os_);\n}\n#endif\n",
              rt, w->f->id, w->osr_slot);
  } else if (w->osr == OSR_SAVE) {
    sb_puts(w->o, "#ifndef NB_OPT\nif (os_ && *(void *volatile *)((NbCtx *)ctx)->osr) {\n");
    sb_printf(w->o, "os_->at = %d;\n", k);
    osr_copy(w, k, true);
    sb_printf(w->o, "os_->done = 1;\nNBH(%d, void (*)(void *))(ctx);\n", H(osr_moved));
    sb_puts(w->o, "((int64_t (*)(void *, void *))*((NbCtx *)ctx)->osr)(ctx, os_);\n");
    V z = decl_tmp(w, w->f->ret);
    sb_printf(w->o, "return %s;\n}\n#endif\n", z.s);
  } else {
    sb_printf(w->o, "if (0) {\nosr%d:;\n", k);
    osr_copy(w, k, false);
    sb_puts(w->o, "}\n");
  }
  return mark;
}

static void osr_close(Lw *w, int mark) {
  if (mark < 0) {
    w->osr_blocked--;
    return;
  }
  w->nosrv = mark;
  w->osr_depth--;
}

static OsrVar osr_var(Lw *w, NbTy ty, const char *name) {
  OsrVar v;
  if (ty == NB_UNKNOWN) snprintf(v.ct, sizeof v.ct, "int");
  else ctype(w, ty, v.ct, sizeof v.ct);
  snprintf(v.name, sizeof v.name, "%s", name);
  return v;
}

/* ---- bounds checks proven before a range loop ------------------------------
** In `for v in range(a, b)` (a constant positive step), an access
** arr[..., v + c, ...] of an array variable the loop never assigns, with v
** never assigned in it, is in bounds for every iteration when
** a + c >= 0 and b + c <= arr.shape[dim]. One flag before the loop tests
** all such accesses; where it holds, their wrap and check are skipped
** (`if (!flag) {...}`: gcc unswitches the loop on it). nbody: 4.0 -> 3.3
** ms. Not in the resumable OSR copy, whose loops are entered by a jump
** past the flag. */

typedef struct BcScan {
  Lw *w;
  BcLoop *b;
  const char *assigned[64];
  int nassigned;
  bool bad;
} BcScan;

static void bc_assigned(BcScan *sc, AstExpr *t) {
  if (t->kind == AST_E_Name) {
    if (sc->nassigned == 64) sc->bad = true;
    else sc->assigned[sc->nassigned++] = t->name.id;
  } else if (t->kind == AST_E_Tuple || t->kind == AST_E_List) {
    for (int i = 0; i < t->seq.elts.len; i++) bc_assigned(sc, t->seq.elts.items[i]);
  }
}

static bool bc_note(AstExpr *e, const void *arg) {
  BcScan *sc = (BcScan *)arg;
  if (e->kind != AST_E_Subscript || e->subscript.value->kind != AST_E_Name || !nb_is_array(T(sc->w, e->subscript.value)))
    return false;
  const char *arr = e->subscript.value->name.id;
  if (!nb_local(sc->w->f, arr)) return false; /* a global: tested as v_<name> */
  AstExpr *sl = e->subscript.slice;
  int n = sl->kind == AST_E_Tuple ? sl->seq.elts.len : 1;
  AstExpr **ie = sl->kind == AST_E_Tuple ? sl->seq.elts.items : &sl;
  BcLoop *b = sc->b;
  for (int k = 0; k < n; k++) {
    int64_t off;
    if (!index_of_var(ie[k], b->var, &off)) continue;
    bool have = false;
    for (int q = 0; q < b->nacc && !have; q++) have = b->acc[q].dim == k && b->acc[q].off == off && !strcmp(b->acc[q].arr, arr);
    if (have || b->nacc == BC_MAXACC) continue;
    b->acc[b->nacc].arr = arr;
    b->acc[b->nacc].dim = k;
    b->acc[b->nacc++].off = off;
  }
  return false;
}

static void bc_expr(BcScan *sc, AstExpr *e) {
  if (e && expr_any(e, bc_note, sc)) sc->bad = true; /* a kind expr_any does not know */
}

static void bc_scan(BcScan *sc, AstStmtList *l) {
  for (int i = 0; i < l->len && !sc->bad; i++) {
    AstStmt *st = l->items[i];
    switch (st->kind) {
    case AST_S_Assign:
      for (int k = 0; k < st->assign.targets.len; k++) {
        bc_assigned(sc, st->assign.targets.items[k]);
        bc_expr(sc, st->assign.targets.items[k]);
      }
      bc_expr(sc, st->assign.value);
      break;
    case AST_S_AugAssign:
      bc_assigned(sc, st->augassign.target);
      bc_expr(sc, st->augassign.target);
      bc_expr(sc, st->augassign.value);
      break;
    case AST_S_AnnAssign:
      bc_assigned(sc, st->annassign.target);
      bc_expr(sc, st->annassign.value);
      break;
    case AST_S_For:
      bc_assigned(sc, st->for_.target);
      bc_expr(sc, st->for_.iter);
      bc_scan(sc, &st->for_.body);
      bc_scan(sc, &st->for_.orelse);
      break;
    case AST_S_While:
    case AST_S_If:
      bc_expr(sc, st->kind == AST_S_If ? st->if_.test : st->while_.test);
      bc_scan(sc, st->kind == AST_S_If ? &st->if_.body : &st->while_.body);
      bc_scan(sc, st->kind == AST_S_If ? &st->if_.orelse : &st->while_.orelse);
      break;
    case AST_S_Expr: bc_expr(sc, st->expr.value); break;
    case AST_S_Return: bc_expr(sc, st->return_.value); break;
    case AST_S_Raise: bc_expr(sc, st->raise.exc); break;
    case AST_S_Assert: bc_expr(sc, st->assert_.test); break;
    case AST_S_Pass: case AST_S_Break: case AST_S_Continue: break;
    default: sc->bad = true; break;
    }
  }
}

/* Scans loop s (variable var, start st, stop sp as C values) and emits
** its flag into *b; false when nothing can be proven. */
static bool bc_prove(Lw *w, AstStmt *s, BcLoop *b, const char *var, V st, V sp) {
  if (w->osr == OSR_RESUME || !w->f->boundscheck) return false;
  memset(b, 0, sizeof *b);
  b->var = var;
  BcScan sc = {.w = w, .b = b};
  bc_scan(&sc, &s->for_.body);
  for (int i = 0; i < sc.nassigned && !sc.bad; i++) {
    if (!strcmp(sc.assigned[i], var)) sc.bad = true;
    for (int q = 0; q < b->nacc; q++)
      if (!strcmp(b->acc[q].arr, sc.assigned[i])) b->acc[q--] = b->acc[--b->nacc];
  }
  if (sc.bad || !b->nacc) return false;
  snprintf(b->flag, sizeof b->flag, "bc%d", w->u->ntmp++);
  sb_printf(w->o, "int %s = %s && (%s >= %s || (1", b->flag, w->nbc ? w->bc[w->nbc - 1]->flag : "1", st.s, sp.s);
  for (int q = 0; q < b->nacc; q++) {
    long long off = (long long)b->acc[q].off;
    sb_printf(w->o, " && %s >= %lldLL && %s <= v_%s.shape[%d] - %lldLL", st.s, -off, sp.s, b->acc[q].arr, b->acc[q].dim, off);
  }
  sb_puts(w->o, "));\n");
  return true;
}

static bool stmts_loop(const AstStmtList *l);

/*
** An innermost range loop whose accesses bc_prove proved in bounds is
** written twice, `if (bcN) { the loop with NBIX(1, ...) } else { the loop
** as it is }`: the index checks then leave the loop gcc optimises, which
** vectorises it where it can (heat2d's stencil), instead of a test of bcN
** on every access that gcc 12 does not unswitch. Only a loop without
** labels in its text (an OSR resume point, argmin's and any's gotos), and not
** nested, so that the text at most doubles.
*/
enum { UNSWITCH_MAX = 64u << 10 };

static void unswitch_bounds(Lw *w, size_t at, const char *flag) {
  StrBuf *o = w->o;
  size_t n = o->len - at;
  if (n > UNSWITCH_MAX || memmem(o->data + at, n, ":;\n", 3)) return;
  char *loop = util_xmalloc(n + 1);
  memcpy(loop, o->data + at, n);
  loop[n] = 0;
  o->len = at;
  o->data[at] = 0;
  char pat[40];
  snprintf(pat, sizeof pat, "NBIX(%s, ", flag);
  size_t np = strlen(pat);
  sb_printf(o, "if (%s) {\n", flag);
  for (const char *p = loop, *q; *p; p = q + np) {
    q = strstr(p, pat);
    if (!q) {
      sb_puts(o, p);
      break;
    }
    sb_append(o, p, (size_t)(q - p));
    sb_puts(o, "NBIX(1, ");
  }
  sb_puts(o, "} else {\n");
  sb_append(o, loop, n);
  sb_puts(o, "}\n");
  free(loop);
}

/* `for (it<id> = 0; it<id> < <c><len>; ...) {` over the items of array
** or list c, with its OSR point (c and the index saved, after the nv
** variables in ov). */
static int open_index_loop(Lw *w, V c, const char *len, int id, OsrVar *ov, int nv) {
  char ix[24];
  snprintf(ix, sizeof ix, "it%d", id);
  sb_printf(w->o, "for (int64_t %s = 0; %s < %s%s; %s++) {\n", ix, ix, c.s, len, ix);
  ov[nv++] = osr_var(w, c.ty, c.s);
  ov[nv++] = osr_var(w, nb_scalar(DT_INT64), ix);
  return osr_open(w, ov, nv);
}

static void lower_for(Lw *w, AstStmt *s) {
  if (w->f->parallel && !w->in_par && is_prange_iter(w, s->for_.iter) && lower_prange(w, s)) return;
  w->u->has_loops = true;
  w->nloops_lowered++;
  AstExpr *it = s->for_.iter;
  const char *ez = nb_enumzip(w->u, w->f, it);
  NbTy itt = ez ? NB_UNKNOWN : T(w, it);
  const NbTypeInfo *ii = nb_type(itt);
  int flag = 0;
  if (s->for_.orelse.len) {
    flag = 1 + w->u->ntmp++;
    sb_printf(w->o, "int brk%d = 0;\n", flag);
  }
  if (w->nloops < 64) w->loops[w->nloops].brk_flag = flag;
  w->nloops++;
  int id = w->u->ntmp++;
  /* OSR: the loop's variables (and the for-else flag, 0 at every point) */
  OsrVar ov[4];
  int nv = 0, osr;
  char ix[24];
  BcLoop bcl;
  bool bcl_on = false;
  size_t loop_at = 0; /* where the loop's text starts (unswitch_bounds) */
  if (flag) {
    snprintf(ix, sizeof ix, "brk%d", flag);
    ov[nv++] = osr_var(w, NB_UNKNOWN, ix);
  }
  if (ez) {
    open_enumzip(w, s, ez, id);
    osr = osr_open(w, NULL, -1);
  } else if (ii->kind == NK_RANGE) {
    int n = it->call.args.len;
    V a[3];
    for (int i = 0; i < n; i++) a[i] = conv(w, lower_expr(w, it->call.args.items[i]), nb_scalar(DT_INT64));
    V start = n >= 2 ? a[0] : kint(0), stop = n >= 2 ? a[1] : a[0];
    int64_t k = 1;
    bool kstep = n < 3 || const_int_expr(it->call.args.items[2], &k);
    V st = tmp(w, nb_scalar(DT_INT64), "%s", start.s);
    V sp = tmp(w, nb_scalar(DT_INT64), "%s", stop.s);
    ov[nv++] = osr_var(w, sp.ty, sp.s);
    if (kstep && k == 0) sb_printf(w->o, "NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", H(raise_value));
    if (kstep && k > 0 && s->for_.target->kind == AST_E_Name && w->nbc < 8)
      bcl_on = bc_prove(w, s, &bcl, s->for_.target->name.id, st, sp);
    loop_at = w->o->len;
    /* a step past 1 could carry the counter past INT64_MAX (range(M - 1, M,
    ** 5) looped for ever): a step that would overflow ends the loop */
    if (kstep && (k == 1 || k == -1)) {
      sb_printf(w->o, "for (int64_t it%d = %s; it%d %s %s; it%d += %lldLL) {\n", id, st.s, id, k > 0 ? "<" : ">", sp.s, id,
                (long long)k);
    } else if (kstep) {
      sb_printf(w->o, "for (int64_t it%d = %s; it%d %s %s; it%d = it%d %s %lldLL ? %s : it%d + %lldLL) {\n", id, st.s, id,
                k > 0 ? "<" : ">", sp.s, id, id, k > 0 ? ">" : "<",
                k > 0 ? (long long)(INT64_MAX - k) : (long long)(INT64_MIN - k), sp.s, id, (long long)k);
    } else {
      V sk = tmp(w, nb_scalar(DT_INT64), "%s", a[2].s);
      ov[nv++] = osr_var(w, sk.ty, sk.s);
      sb_printf(w->o, "if (%s == 0) NBH(%d, nb_raise_s_fn)(ctx, \"range() arg 3 must not be zero\");\n", sk.s, H(raise_value));
      sb_printf(w->o, "for (int64_t it%d = %s; %s > 0 ? it%d < %s : it%d > %s; it%d = (%s > 0 ? it%d > INT64_MAX_ - %s : it%d < -INT64_MAX_ - 1 - %s) ? %s : it%d + %s) {\n",
                id, st.s, sk.s, id, sp.s, id, sp.s, id, sk.s, id, sk.s, id, sk.s, sp.s, id, sk.s);
    }
    snprintf(ix, sizeof ix, "it%d", id);
    ov[nv++] = osr_var(w, nb_scalar(DT_INT64), ix);
    osr = osr_open(w, ov, nv);
    assign_to(w, s->for_.target, lit(nb_scalar(DT_INT64), "it%d", id));
  } else if (ii->kind == NK_ARRAY) {
    V a = tmp(w, itt, "%s", lower_expr(w, it).s);
    osr = open_index_loop(w, a, ".shape[0]", id, ov, nv);
    snprintf(ix, sizeof ix, "it%d", id);
    V ixv = lit(nb_scalar(DT_INT64), "it%d", id);
    if (ii->ndim > 1) { /* rows: views */
      assign_to(w, s->for_.target, subview(w, a, 1, &ixv, nb_array(ii->dtype, ii->ndim - 1, ii->layout)));
    } else {
      char ref[256];
      elem_ref(w, a, 1, &ixv, ref, sizeof ref);
      V x = load_elem(w, ii->dtype, ref);
      assign_to(w, s->for_.target, x);
    }
  } else if (ii->kind == NK_DICT) { /* the keys of the live entries, in insertion order */
    V d = tmp(w, itt, "%s", lower_expr(w, it).s);
    dict_fns(w, itt);
    osr = open_index_loop(w, d, "->n", id, ov, nv);
    sb_printf(w->o, "if (!nb_dl%d(%s)[it%d]) continue;\n", itt, d.s, id);
    assign_to(w, s->for_.target, tmp(w, ii->items[0], "nb_dk%d(%s)[it%d]", itt, d.s, id));
  } else if (ii->kind == NK_SET) { /* the used slots in table order, as Numba iterates */
    V st = tmp(w, itt, "%s", lower_expr(w, it).s);
    set_fns(w, itt);
    osr = open_index_loop(w, st, "->mask + 1", id, ov, nv);
    sb_printf(w->o, "if ((uint64_t)nb_sh%d(%s)[it%d] >= (uint64_t)-2) continue;\n", itt, st.s, id);
    assign_to(w, s->for_.target, tmp(w, ii->items[0], "nb_sk%d(%s)[it%d]", itt, st.s, id));
  } else if (ii->kind == NK_LIST) { /* the length read each time: the body may append */
    V l = tmp(w, itt, "%s", lower_expr(w, it).s);
    osr = open_index_loop(w, l, "->len", id, ov, nv);
    snprintf(ix, sizeof ix, "it%d", id);
    char ref[200];
    list_ref(w, l, ix, ref, sizeof ref);
    assign_to(w, s->for_.target, tmp(w, ii->items[0], "%s", ref));
  } else if (ii->kind == NK_STR) { /* its code points, one str each */
    V sv = tmp(w, itt, "%s", lower_expr(w, it).s);
    str_fns(w);
    osr = open_index_loop(w, sv, ".nc", id, ov, nv);
    assign_to(w, s->for_.target, tmp(w, itt, "nb_strslice(ctx, %s, it%d, 1, 1)", sv.s, id));
  } else { /* homogeneous tuple */
    V tv = lower_expr(w, it);
    V tt = tmp(w, itt, "%s", tv.s);
    NbTy et = ii->items[0];
    for (int k = 1; k < ii->n; k++) et = nb_unify(et, ii->items[k]);
    sb_printf(w->o, "for (int it%d = 0; it%d < %d; it%d++) {\n", id, id, ii->n, id);
    osr = osr_open(w, NULL, -1);
    V x = decl_tmp(w, et);
    sb_printf(w->o, "switch (it%d) {", id);
    for (int k = 0; k < ii->n; k++) {
      V c = lit(ii->items[k], "%s.f%d", tt.s, k);
      if (ii->items[k] != et) {
        sb_printf(w->o, " case %d: {\n", k);
        V cc = conv(w, c, et);
        sb_printf(w->o, "%s = %s; break; }", x.s, cc.s);
      } else sb_printf(w->o, " case %d: %s = %s; break;", k, x.s, c.s);
    }
    sb_puts(w->o, " }\n");
    assign_to(w, s->for_.target, x);
  }
  if (bcl_on) w->bc[w->nbc++] = &bcl;
  lower_stmts(w, &s->for_.body);
  if (bcl_on) w->nbc--;
  osr_close(w, osr);
  sb_puts(w->o, "}\n");
  if (bcl_on && !stmts_loop(&s->for_.body)) unswitch_bounds(w, loop_at, bcl.flag);
  w->nloops--;
  if (flag) {
    sb_printf(w->o, "if (!brk%d) {\n", flag);
    lower_stmts(w, &s->for_.orelse);
    sb_puts(w->o, "}\n");
  }
}


/* `t op= v` as the expression `t op v` (its type and its lowering) */
static AstExpr augassign_binop(const AstStmt *s) {
  AstExpr e;
  memset(&e, 0, sizeof e);
  e.kind = AST_E_BinOp;
  e.pos = s->pos;
  e.binop.left = s->augassign.target;
  e.binop.op = s->augassign.op;
  e.binop.right = s->augassign.value;
  return e;
}
/* `z = a + b` (or -) of complex values into a local complex z: the
** fields straight into z (each reads only the same field of a and b), no
** temporary to copy: mandelbrot's z*z + c in tcc code passes through
** memory once less per iteration. */
static bool complex_sum_into(Lw *w, AstStmt *s) {
  if (s->assign.targets.len != 1 || s->assign.targets.items[0]->kind != AST_E_Name) return false;
  AstExpr *v = s->assign.value;
  if (v->kind != AST_E_BinOp || (v->binop.op != AST_OP_Add && v->binop.op != AST_OP_Sub)) return false;
  const char *name = s->assign.targets.items[0]->name.id;
  NbLocal *l = nb_local(w->f, name);
  NbTy t = l ? l->ty : 0;
  if (!t || nb_type(t)->kind != NK_SCALAR || !dt_is_complex((DType)nb_type(t)->dtype)) return false;
  if (T(w, v) != t || T(w, v->binop.left) != t || T(w, v->binop.right) != t) return false;
  V a = lower_expr(w, v->binop.left), b = lower_expr(w, v->binop.right);
  char op = v->binop.op == AST_OP_Add ? '+' : '-';
  sb_printf(w->o, "v_%s.re = %s.re %c %s.re; v_%s.im = %s.im %c %s.im;\n", name, a.s, op, b.s, name, a.s, op, b.s);
  return true;
}

/* A C string literal of n bytes. */
static void c_string(StrBuf *o, const char *s, size_t n) {
  sb_putc(o, '"');
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c == '"' || c == '\\') sb_printf(o, "\\%c", c);
    else if (c < 32 || c >= 127 || c == '?') sb_printf(o, "\\%03o", c);
    else sb_putc(o, (char)c);
  }
  sb_putc(o, '"');
}

/* raise exc (or, with exc NULL, assert's AssertionError(msg) unless cond):
** the helper builds the exception from its spec and raises it. */
/* ---- try statements ------------------------------------------------------------
** As Numba 0.56 runs them (infer.c checks the forms): the body under a
** catch point set in this frame, VmCatch nbt<id> linked by h_try_push and
** _setjmp on it; an exception (of Exception's subclasses) lands in the
** except block, one leaving an except block or a try without one is
** Numba's RERAISE AssertionError (the block's own catch point, mode 1);
** else runs after the body, finally after all. A return, break or
** continue leaving a body unlinks its catch points first (try_unwind). */

enum { NB_CATCH_WORDS = (int)((sizeof(VmCatch) + 7) / 8) };

/* Whether the statement list holds a try statement, at any depth. */
static bool stmts_try(const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *st = l->items[i];
    switch (st->kind) {
    case AST_S_Try: return true;
    case AST_S_For: case AST_S_While: case AST_S_If: {
      const AstStmtList *a = st->kind == AST_S_For ? &st->for_.body : st->kind == AST_S_While ? &st->while_.body : &st->if_.body;
      const AstStmtList *b = st->kind == AST_S_For ? &st->for_.orelse : st->kind == AST_S_While ? &st->while_.orelse : &st->if_.orelse;
      if (stmts_try(a) || stmts_try(b)) return true;
      break;
    }
    default: break;
    }
  }
  return false;
}

/* Unlinks the catch points opened at loop depth >= nloops (0: all, for a
** return), innermost first. */
static void try_unwind(Lw *w, int nloops) {
  for (int k = w->ntrys - 1; k >= 0 && w->trys[k].nloops >= nloops; k--)
    sb_printf(w->o, "NBH(%d, void (*)(void *, void *))(ctx, nbt%d);\n", H(try_pop), w->trys[k].id);
}

/* Lowers l under a new catch point; on an exception h_try_catch runs
** with mode, then `on_exc` (NULL: nothing) when it returns. */
static void lower_protected(Lw *w, AstStmtList *l, int mode, AstStmtList *on_exc, AstStmtList *orelse) {
  int id = w->u->ntmp++;
  sb_printf(w->o, "int64_t nbt%d[%d];\nNBH(%d, void (*)(void *, void *))(ctx, nbt%d);\nif (_setjmp(nbt%d) == 0) {\n", id,
            NB_CATCH_WORDS, H(try_push), id, id);
  if (w->ntrys < 16) {
    w->trys[w->ntrys].id = id;
    w->trys[w->ntrys].nloops = w->nloops;
  }
  w->ntrys++;
  lower_stmts(w, l);
  w->ntrys--;
  sb_printf(w->o, "NBH(%d, void (*)(void *, void *))(ctx, nbt%d);\n", H(try_pop), id);
  if (orelse) lower_stmts(w, orelse);
  sb_printf(w->o, "} else {\nNBH(%d, void (*)(void *, void *, int))(ctx, nbt%d, %d);\n", H(try_catch), id, mode);
  if (on_exc) lower_protected(w, on_exc, 1, NULL, NULL);
  sb_puts(w->o, "}\n");
}

static void lower_try(Lw *w, AstStmt *s) {
  if (w->in_par || w->ntrys >= 16) {
    nb_error_at(w->u, w->f, s->pos, w->in_par ? "A try statement in a prange loop's body is not supported."
                                              : "try statements nested more than 16 deep are not supported.");
    return;
  }
  w->osr_blocked++; /* no OSR point may jump into a try body */
  bool handled = s->try_.handlers.len > 0;
  lower_protected(w, &s->try_.body, handled ? 0 : 1, handled ? &s->try_.handlers.items[0]->body : NULL, &s->try_.orelse);
  lower_stmts(w, &s->try_.finalbody);
  w->osr_blocked--;
}

static void lower_raise(Lw *w, AstExpr *exc, AstExpr *msg, const char *cond) {
  StrBuf spec = STRBUF_INIT;
  if (nb_raise_spec(w->u, w->f, exc, msg, &spec)) {
    if (cond) sb_printf(w->o, "if (!%s) ", cond);
    sb_printf(w->o, "NBH(%d, nb_raise_s_fn)(ctx, ", H(raise_exc));
    c_string(w->o, spec.data, spec.len);
    sb_puts(w->o, ");\n");
  }
  sb_free(&spec);
}

static void lower_stmt(Lw *w, AstStmt *s) {
  if (w->u->err.len) return;
  sb_printf(w->o, "/* line %d */\n", s->pos.line);
  switch (s->kind) {
  case AST_S_Assign: {
    if (complex_sum_into(w, s)) break;
    V v = set_made_for(w, s) ? set_make(w, s->assign.value, nb_local(w->f, s->assign.targets.items[0]->name.id)->ty)
                             : lower_expr_keep(w, s->assign.value);
    if (s->assign.targets.len > 1) v = tmp(w, v.ty, "%s", v.s);
    for (int i = 0; i < s->assign.targets.len; i++) assign_to(w, s->assign.targets.items[i], v);
    break;
  }
  case AST_S_AnnAssign:
    if (s->annassign.value) assign_to(w, s->annassign.target, lower_expr_keep(w, s->annassign.value));
    break;
  case AST_S_AugAssign: {
    AstExpr *tg = s->augassign.target;
    if (tg->kind == AST_E_Name && nb_is_array(nb_local(w->f, tg->name.id)->ty)) {
      NbLocal *l = nb_local(w->f, tg->name.id);
      V cur = lit(l->ty, "v_%s", tg->name.id);
      AstExpr fake = augassign_binop(s);
      if (ew_node(w, &fake)) {
        ew_lower(w, &fake, T(w, &fake), &cur);
        break;
      }
      V v = lower_expr(w, s->augassign.value);
      /* a complex array's a OP= b is Numba's ufunc with out=a (np.true_divide:
      ** NumPy's division kernel, not the operator's scalar one; operands
      ** cast to the loop dtype, not promoted by the scalar rules) */
      static const char *const inplace_ufunc[] = {[AST_OP_Add] = "add", [AST_OP_Sub] = "subtract",
                                                  [AST_OP_Mult] = "multiply", [AST_OP_Div] = "true_divide",
                                                  [AST_OP_Pow] = "power"};
      unsigned op = (unsigned)s->augassign.op;
      const char *uf = op < sizeof inplace_ufunc / sizeof inplace_ufunc[0] ? inplace_ufunc[op] : NULL;
      NbTy at[2] = {cur.ty, v.ty}, urt;
      int loopdt = uf && dt_is_complex((DType)nb_type(cur.ty)->dtype) ? nb_np_complex_ufunc(uf, 2, at, &urt) : -1;
      V ops[2] = {cur, v};
      V r = loopdt >= 0 ? lower_np_ufunc(w, uf, ops, 2, loopdt, urt)
                        : binop(w, s->pos, s->augassign.op, cur, v, T(w, &fake), s->augassign.value);
      assign_array(w, cur, r);
    } else if (tg->kind == AST_E_Name && nb_is_list(nb_local(w->f, tg->name.id)->ty)) {
      NbLocal *l = nb_local(w->f, tg->name.id);
      V v = lower_expr(w, s->augassign.value);
      list_binop(w, s->augassign.op, lit(l->ty, "v_%s", tg->name.id), v, l->ty, true);
    } else if (tg->kind == AST_E_Name) {
      NbLocal *l = nb_local(w->f, tg->name.id);
      V cur = lit(l->ty, "v_%s", tg->name.id);
      V v = lower_expr(w, s->augassign.value);
      NbTy rt = nb_unify(l->ty, l->ty);
      /* the operation's own result type, then converted to the variable's */
      AstExpr fake = augassign_binop(s);
      rt = T(w, &fake);
      V r = binop(w, s->pos, s->augassign.op, cur, v, rt, s->augassign.value);
      V c = conv(w, r, l->ty);
      sb_printf(w->o, "v_%s = %s;\n", tg->name.id, c.s);
    } else if (tg->kind == AST_E_Subscript && (nb_is_list(T(w, tg->subscript.value)) || nb_is_dict(T(w, tg->subscript.value)))) {
      /* lst[i] op= v, d[k] op= v: container and index evaluated once */
      NbTy bt = T(w, tg->subscript.value);
      V c = tmp(w, bt, "%s", lower_expr(w, tg->subscript.value).s);
      V ix = lower_expr(w, tg->subscript.slice);
      ix = tmp(w, ix.ty, "%s", ix.s);
      AstExpr fake = augassign_binop(s);
      if (nb_is_dict(bt)) {
        V cur = dict_get(w, c, ix);
        V v = lower_expr(w, s->augassign.value);
        dict_store(w, c, ix, binop(w, s->pos, s->augassign.op, cur, v, T(w, &fake), s->augassign.value));
        break;
      }
      V i = list_index(w, c, ix, "getitem out of range");
      char ref[200];
      list_ref(w, c, i.s, ref, sizeof ref);
      V cur = tmp(w, nb_list_item(bt), "%s", ref);
      V v = lower_expr(w, s->augassign.value);
      V r = binop(w, s->pos, s->augassign.op, cur, v, T(w, &fake), s->augassign.value);
      emit_copy(w, nb_list_item(bt), NULL, ref, conv(w, r, nb_list_item(bt)).s);
    } else if (tg->kind == AST_E_Subscript && fancy_index(w, tg)) {
      /* a[ix] op= v: get, operate, set (ix evaluated once) */
      NbTy bt = T(w, tg->subscript.value);
      V base = lower_expr(w, tg->subscript.value);
      V a = tmp(w, bt, "%s", base.s);
      V ixv = lower_expr(w, tg->subscript.slice);
      V ix = tmp(w, ixv.ty, "%s", ixv.s);
      V cur = fancy_get(w, a, ix, T(w, tg));
      V v = lower_expr(w, s->augassign.value);
      AstExpr fake = augassign_binop(s);
      fancy_set(w, a, ix, binop(w, s->pos, s->augassign.op, cur, v, T(w, &fake), s->augassign.value));
    } else if (tg->kind == AST_E_Subscript) {
      NbTy bt = T(w, tg->subscript.value);
      V base = lower_expr(w, tg->subscript.value);
      V a = array_of(w, tg->subscript.value, base);
      char ref[512];
      V view;
      int dt = nb_type(bt)->dtype;
      bool isview = lower_index(w, a, tg->subscript.value, tg->subscript.slice, T(w, tg), ref, sizeof ref, &view);
      V cur = isview ? view : load_elem(w, dt, ref);
      AstExpr fake = augassign_binop(s);
      NbTy rt = T(w, &fake);
      if (isview && ew_node(w, &fake)) {
        /* the kernel reads the target through its own leaf (tg again) */
        ew_lower(w, &fake, rt, &view);
        break;
      }
      V v = lower_expr(w, s->augassign.value);
      V r = binop(w, s->pos, s->augassign.op, cur, v, rt, s->augassign.value);
      if (isview) assign_array(w, view, r);
      else store_elem(w, dt, ref, r);
    }
    break;
  }
  case AST_S_For: lower_for(w, s); break;
  case AST_S_While: {
    if (nb_static_cond(w->u, w->f, s->while_.test) == 0) { /* no loop (infer.c) */
      lower_stmts(w, &s->while_.orelse);
      break;
    }
    w->u->has_loops = true;
    w->nloops_lowered++;
    int flag = 0;
    if (s->while_.orelse.len) {
      flag = 1 + w->u->ntmp++;
      sb_printf(w->o, "int brk%d = 0;\n", flag);
    }
    if (w->nloops < 64) w->loops[w->nloops].brk_flag = flag;
    w->nloops++;
    sb_puts(w->o, "for (;;) {\n");
    OsrVar ov;
    char bn[24];
    snprintf(bn, sizeof bn, "brk%d", flag);
    if (flag) ov = osr_var(w, NB_UNKNOWN, bn);
    int osr = osr_open(w, &ov, flag ? 1 : 0);
    V c = lower_expr(w, s->while_.test);
    V b = truthy(w, c);
    sb_printf(w->o, "if (!%s) break;\n", b.s);
    lower_stmts(w, &s->while_.body);
    osr_close(w, osr);
    sb_puts(w->o, "}\n");
    w->nloops--;
    if (flag) {
      sb_printf(w->o, "if (!brk%d) {\n", flag);
      lower_stmts(w, &s->while_.orelse);
      sb_puts(w->o, "}\n");
    }
    break;
  }
  case AST_S_If: {
    int known = nb_static_cond(w->u, w->f, s->if_.test);
    if (known >= 0) { /* a branch Numba prunes: only the live one */
      lower_stmts(w, known ? &s->if_.body : &s->if_.orelse);
      break;
    }
    V c = lower_expr(w, s->if_.test);
    V b = truthy(w, c);
    sb_printf(w->o, "if (%s) {\n", b.s);
    lower_stmts(w, &s->if_.body);
    if (s->if_.orelse.len) {
      sb_puts(w->o, "} else {\n");
      lower_stmts(w, &s->if_.orelse);
    }
    sb_puts(w->o, "}\n");
    break;
  }
  case AST_S_Return: {
    if (nb_type(w->f->ret)->kind == NK_NONE) {
      if (s->return_.value) lower_expr(w, s->return_.value);
      try_unwind(w, 0);
      sb_puts(w->o, "return 0;\n");
      break;
    }
    V v = s->return_.value ? lower_expr_keep(w, s->return_.value) : lit(nb_none(), "0");
    V c = conv(w, v, w->f->ret);
    if (w->ntrys) c = tmp(w, w->f->ret, "%s", c.s); /* computed inside the try */
    try_unwind(w, 0);
    sb_printf(w->o, "return %s;\n", c.s);
    break;
  }
  case AST_S_Expr:
    if (s->expr.value->kind != AST_E_Constant) lower_expr(w, s->expr.value);
    break;
  case AST_S_Delete: /* del d[k] (infer.c allows dict items only) */
    for (int i = 0; i < s->delete.targets.len; i++) {
      AstExpr *t = s->delete.targets.items[i];
      NbTy dt = T(w, t->subscript.value);
      V d = tmp(w, dt, "%s", lower_expr(w, t->subscript.value).s);
      V e = dict_find(w, d, lower_expr(w, t->subscript.slice));
      char c[64];
      snprintf(c, sizeof c, "%s < 0", e.s);
      raise_key_error(w, c);
      sb_printf(w->o, "nb_dl%d(%s)[%s] = 0; %s->len--;\n", dt, d.s, e.s, d.s);
    }
    break;
  case AST_S_Break: {
    try_unwind(w, w->nloops);
    int flag = w->nloops > 0 && w->nloops <= 64 ? w->loops[w->nloops - 1].brk_flag : 0;
    if (flag) sb_printf(w->o, "{ brk%d = 1; break; }\n", flag);
    else sb_puts(w->o, "break;\n");
    break;
  }
  case AST_S_Continue:
    try_unwind(w, w->nloops);
    sb_puts(w->o, "continue;\n");
    break;
  case AST_S_Try: lower_try(w, s); break;
  case AST_S_Raise: lower_raise(w, s->raise.exc, NULL, NULL); break;
  case AST_S_Assert: {
    V c = truthy(w, lower_expr(w, s->assert_.test));
    lower_raise(w, NULL, s->assert_.msg, c.s);
    break;
  }
  default: break;
  }
}

static void lower_stmts(Lw *w, AstStmtList *l) {
  for (int i = 0; i < l->len && !w->u->err.len; i++) {
    lower_stmt(w, l->items[i]);
    if (nb_pruned_rest(w->u, w->f, l->items[i])) break; /* dead after a pruned branch's return */
  }
}

/* The entry of a recursive function: deep recursion raises RecursionError
** (Numba's code would overflow the C stack) while a margin of the stack is
** left for raising it. */
static void stack_check(Lw *w) {
  static const char msg[] = "maximum recursion depth exceeded";
  sb_printf(w->o, "if ((char *)__builtin_frame_address(0) < ((NbCtx *)ctx)->stack_floor) NBH(%d, nb_raise_s_fn)(ctx, \"RecursionError;s%zu:%s\");\n",
            H(raise_exc), sizeof msg - 1, msg);
}

/* `static RET nbf_<id>(void *ctx, T p_<arg>, ...)` */
static void func_head(Lw *w, NbFunc *f, StrBuf *head) {
  char ct[32];
  ctype(w, f->ret, ct, sizeof ct);
  sb_printf(head, "static %s nbf_%d(void *ctx", ct, f->id);
  AstArguments *a = f->def->funcdef.args;
  for (int i = 0; i < f->nargs; i++) {
    ctype(w, f->argtys[i], ct, sizeof ct);
    sb_printf(head, ", %s p_%s", ct, a->args.items[i]->name);
  }
  sb_puts(head, ")");
}

/* The optimised build's callees called from one place only are inlined
** there as gcc would inline a static function called once, although
** nbw_fns takes their address (nbody's advance: 20% faster). */
static void inline_swapped(Lw *w, StrBuf *protos) {
  sb_puts(protos, "#ifdef NB_OPT\n");
  for (size_t i = 0; i < w->u->funcs.n; i++) {
    NbFunc *f = w->u->funcs.items[i];
    if (!f->swapped || f->callsites != 1) continue;
    func_head(w, f, protos);
    sb_puts(protos, " __attribute__((always_inline));\n");
  }
  sb_puts(protos, "#endif\n");
}

/* The swap stub of callee f (see the top). */
static void swap_callee(Lw *w, NbFunc *f) {
  AstArguments *a = f->def->funcdef.args;
  char name[32], ct[32];
  StrBuf fty = STRBUF_INIT, args = STRBUF_INIT;
  snprintf(name, sizeof name, "nbf_%d", f->id);
  ctype(w, f->ret, ct, sizeof ct);
  sb_printf(&fty, "%s (*)(void *", ct);
  sb_puts(&args, "ctx");
  for (int i = 0; i < f->nargs; i++) {
    ctype(w, f->argtys[i], ct, sizeof ct);
    sb_printf(&fty, ", %s", ct);
    sb_printf(&args, ", p_%s", a->args.items[i]->name);
  }
  sb_puts(&fty, ")");
  swap_stub(w, name, fty.data, args.data, true);
  f->swapped = true;
  sb_free(&fty);
  sb_free(&args);
}

/* Lowers f as nbf_<id>, or for OSR as nbf_<id> with OSR points (OSR_SAVE:
** the root's, its state from the dispatcher; OSR_CALLEE: a callee's, see
** lower_callee_osr) or as nbr_<id>, which starts at the OSR point os_->at
** of the SAVE copy's npts (OSR_RESUME). */
static void lower_func(Lw *w, NbFunc *f, StrBuf *protos, int osr, int npts) {
  w->f = f;
  w->nloops = 0;
  w->osr = osr;
  w->osr_pts = w->osr_depth = w->osr_blocked = w->nosrv = 0;
  char rt[32], ct[32];
  ctype(w, f->ret, rt, sizeof rt);
  StrBuf head = STRBUF_INIT;
  AstArguments *a = f->def->funcdef.args;
  if (osr == OSR_RESUME) {
    sb_printf(&head, "static %s nbr_%d(void *ctx, nbosr_%d *os_)", rt, f->id, f->id);
  } else {
    func_head(w, f, &head);
    sb_printf(protos, "%s;\n", head.data);
  }
  sb_printf(w->o, "/* %s */\n%s {\n", f->name, head.data);
  sb_free(&head);
  /* a local changed in a try body and read after the longjmp must be in
  ** memory: volatile, as setjmp requires (gcc keeps others in registers) */
  w->has_try = stmts_try(&f->def->funcdef.body);
  w->ntrys = 0;
  for (size_t i = 0; i < f->locals.n; i++) {
    NbLocal *l = &f->locals.items[i];
    ctype(w, l->ty, ct, sizeof ct);
    sb_printf(w->o, "%s%s v_%s = %s;\n", w->has_try ? "volatile " : "", ct, l->name, zero_init(l->ty));
  }
  rng_local(w);
  if (f->recursive && osr != OSR_RESUME) stack_check(w);
  /* the rest goes to `rest`, after a swap stub when the body has loops */
  StrBuf *out = w->o, rest = STRBUF_INIT;
  bool swappable = (osr == OSR_NONE || osr == OSR_CALLEE) && f != w->u->root && !w->u->want_loop && abi_alike(f);
  if (osr == OSR_CALLEE) { /* the resumable copy's slot, before the chunks' */
    char rname[32];
    snprintf(rname, sizeof rname, "nbr_%d", f->id);
    w->osr_slot = swap_slot(w, rname);
  }
  int loops_before = w->nloops_lowered;
  if (swappable) w->o = &rest;
  if (osr == OSR_SAVE) {
    /* only the dispatcher's call gets the state: recursive calls run on */
    sb_printf(w->o, "#ifndef NB_OPT\nnbosr_%d *os_ = (nbosr_%d *)((NbCtx *)ctx)->osrst;\n", f->id, f->id);
    sb_puts(w->o, "((NbCtx *)ctx)->osrst = 0;\n#endif\n");
  }
  if (osr == OSR_RESUME) {
    sb_puts(w->o, "switch (os_->at) {\n");
    for (int k = 1; k <= npts; k++) sb_printf(w->o, "case %d: goto osr%d;\n", k, k);
    sb_puts(w->o, "default: break;\n}\n");
  } else {
    for (int i = 0; i < f->nargs; i++) {
      const char *n = a->args.items[i]->name;
      V p = lit(f->argtys[i], "p_%s", n);
      V c = conv(w, p, nb_local(f, n)->ty);
      char dst[64];
      if (snprintf(dst, sizeof dst, "v_%s", n) < (int)sizeof dst)
        emit_copy(w, c.ty, NULL, dst, c.s); /* field by field: tcc copies a struct with memmove */
      else
        sb_printf(w->o, "v_%s = %s;\n", n, c.s);
    }
  }
  lower_stmts(w, &f->def->funcdef.body);
  if (nb_type(f->ret)->kind == NK_NONE) sb_puts(w->o, "return 0;\n");
  else {
    V z = decl_tmp(w, f->ret);
    sb_printf(w->o, "return %s;\n", z.s);
  }
  sb_puts(w->o, "}\n\n");
  if (!swappable) return;
  w->o = out;
  if (w->nloops_lowered > loops_before) swap_callee(w, f);
  if (rest.data) sb_puts(w->o, rest.data);
  sb_free(&rest);
}

/* Flattened leaves of a type (what the dispatcher passes). */
static void wrap_arg(Lw *w, NbTy t, const char *dst, int *k) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    for (int j = 0; j < i->n; j++) {
      char sub[128];
      snprintf(sub, sizeof sub, "%s.f%d", dst, j);
      wrap_arg(w, i->items[j], sub, k);
    }
    return;
  }
  char ct[32];
  ctype(w, t, ct, sizeof ct);
  if (i->kind == NK_NONE) {
    sb_printf(w->o, "%s = 0;\n", dst);
    (*k)++;
    return;
  }
  sb_printf(w->o, "%s = *(%s *)args[%d];\n", dst, ct, (*k)++);
}

static void wrap_ret(Lw *w, NbTy t, const char *src, int *k) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    for (int j = 0; j < i->n; j++) {
      char sub[128];
      snprintf(sub, sizeof sub, "%s.f%d", src, j);
      wrap_ret(w, i->items[j], sub, k);
    }
    return;
  }
  if (i->kind == NK_OPTIONAL) { /* the value's slots, then the flag's */
    char sub[128];
    snprintf(sub, sizeof sub, "%s.v", src);
    sb_printf(w->o, "if (%s.some) {\n", src);
    wrap_ret(w, i->items[0], sub, k);
    sb_puts(w->o, "}\n");
    sb_printf(w->o, "*(int64_t *)((char *)ret + %d) = %s.some;\n", (*k)++ * 16, src);
    return;
  }
  int slot = (*k)++;
  if (i->kind == NK_STR)
    sb_printf(w->o, "*(const char **)((char *)ret + %d) = %s.p; *(int64_t *)((char *)ret + %d) = %s.n;\n", slot * 16, src,
              slot * 16 + 8, src);
  else if (i->kind == NK_LIST || i->kind == NK_DICT || i->kind == NK_SET)
    sb_printf(w->o, "*(void **)((char *)ret + %d) = (void *)%s;\n", slot * 16, src);
  else if (i->kind == NK_ARRAY)
    sb_printf(w->o, "*(void **)((char *)ret + %d) = NBH(%d, void *(*)(void *, void *, int))(ctx, &%s, %d);\n", slot * 16,
              H(box_array), src, i->ndim);
  else if (i->kind == NK_SCALAR) {
    int d = i->dtype;
    if (dt_is_complex((DType)d)) sb_printf(w->o, "*(nb_c128 *)((char *)ret + %d) = %s;\n", slot * 16, src);
    else if (dt_is_float((DType)d)) sb_printf(w->o, "*(double *)((char *)ret + %d) = (double)%s;\n", slot * 16, src);
    else if (dt_is_unsigned((DType)d)) sb_printf(w->o, "*(uint64_t *)((char *)ret + %d) = (uint64_t)%s;\n", slot * 16, src);
    else sb_printf(w->o, "*(int64_t *)((char *)ret + %d) = (int64_t)%s;\n", slot * 16, src);
  }
}

/* One copy of @vectorize's element loop: out[i] = f(in0[i], ...), steps
** constant (the element sizes) when contig, else the locals s0.. */
static void vec_loop_body(Lw *w, NbFunc *f, bool contig) {
  sb_puts(w->o, "for (int64_t i = 0; i < n; i++) {\n");
  StrBuf call = STRBUF_INIT;
  sb_printf(&call, "nbf_%d(ctx", f->id);
  char ref[128], step[64];
  for (int i = 0; i < f->nargs; i++) {
    int dt = sdt(f->argtys[i]);
    if (contig) snprintf(step, sizeof step, "(int64_t)sizeof(%s)", elem_ctype(dt));
    else snprintf(step, sizeof step, "s%d", i);
    snprintf(ref, sizeof ref, "(*(%s *)(a%d + i * %s))", elem_ctype(dt), i, step);
    V x = load_elem(w, dt, ref);
    sb_printf(&call, ", %s", x.s);
  }
  sb_puts(&call, ")");
  int rdt = sdt(f->ret);
  V r = tmp(w, f->ret, "%s", call.data);
  sb_free(&call);
  if (contig) snprintf(step, sizeof step, "(int64_t)sizeof(%s)", elem_ctype(rdt));
  else snprintf(step, sizeof step, "s%d", f->nargs);
  snprintf(ref, sizeof ref, "(*(%s *)(a%d + i * %s))", elem_ctype(rdt), f->nargs, step);
  store_elem(w, rdt, ref, r);
  sb_puts(w->o, "}\n");
}

/* OSR (see the top): the state struct, then (optimised build only) the
** root's resumable copy and nbw_resume(ctx, state), which finishes the
** call and stores its result as nbw_entry would; u->resumable says so.
** Not with parallel loops (a second copy would duplicate their chunks),
** nor with loops in callees, which move by their own OSR points and at
** their next call: a second caller of the callees would change gcc's
** inlining (nbody's advance, 18% slower). With no prange loop, the copy
** adds no diagnostics; its array-expression chunks are the optimised
** build's only. */
/* The state struct nbosr_<id> of f's OSR points (w->osrfields: the loops'
** fields its SAVE copy collected). */
static void osr_typedef(Lw *w, StrBuf *decl, NbFunc *f) {
  char ct[32];
  sb_puts(decl, "typedef struct { int64_t at, done; void *ret;");
  for (size_t i = 0; i < f->locals.n; i++) {
    ctype(w, f->locals.items[i].ty, ct, sizeof ct);
    sb_printf(decl, " %s v_%s;", ct, f->locals.items[i].name);
  }
  sb_printf(decl, "%s } nbosr_%d;\n", w->osrfields.data ? w->osrfields.data : "", f->id);
}

/* OSR inside a callee (OSR_CALLEE): nbody's `advance` is called once and
** runs its loops for the whole call, so moving at its next call is not
** enough. Its tcc copy has OSR points like the root's, keeping the state
** on its own frame; its resumable copy nbr_<id> (optimised build only,
** slot w->osr_slot of nbw_fns) returns the function's result, which the
** point returns to its caller in tcc code. Lowers f (not the root, no
** prange: a second copy would duplicate its chunks) with both copies. */
static void lower_callee_osr(Lw *w, NbFunc *f, StrBuf *protos, StrBuf *decl) {
  StrBuf saved = w->osrfields;
  memset(&w->osrfields, 0, sizeof w->osrfields);
  lower_func(w, f, protos, OSR_CALLEE, 0);
  int npts = w->osr_pts;
  osr_typedef(w, decl, f);
  sb_puts(w->o, "#ifdef NB_MOVES\n");
  lower_func(w, f, NULL, OSR_RESUME, npts);
  sb_puts(w->o, "#endif\n");
  sb_free(&w->osrfields);
  w->osrfields = saved;
}

/* Does the statement list hold a for or while loop (at any depth)? */
static bool stmts_loop(const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *st = l->items[i];
    switch (st->kind) {
    case AST_S_For: case AST_S_While: return true;
    case AST_S_If:
      if (stmts_loop(&st->if_.body) || stmts_loop(&st->if_.orelse)) return true;
      break;
    case AST_S_Try:
      if (stmts_loop(&st->try_.body) || stmts_loop(&st->try_.orelse) || stmts_loop(&st->try_.finalbody)) return true;
      for (int k = 0; k < st->try_.handlers.len; k++)
        if (stmts_loop(&st->try_.handlers.items[k]->body)) return true;
      break;
    default: break;
    }
  }
  return false;
}

static void lower_osr(Lw *w, StrBuf *decl, StrBuf *chunks, int npts, bool callee_loops) {
  NbUnit *u = w->u;
  NbFunc *f = u->root;
  char ct[32];
  osr_typedef(w, decl, f);
  if (!npts || u->nparloops || callee_loops) return;
  sb_puts(chunks, "#ifdef NB_MOVES\n");
  sb_puts(w->o, "#ifdef NB_MOVES\n");
  lower_func(w, f, NULL, OSR_RESUME, npts);
  sb_puts(chunks, "#endif\n");
  ctype(w, f->ret, ct, sizeof ct);
  sb_printf(w->o, "int64_t nbw_resume(void *ctx, void *st) {\nvoid *ret = ((nbosr_%d *)st)->ret;\n", f->id);
  sb_printf(w->o, "%s r = nbr_%d(ctx, (nbosr_%d *)st);\n", ct, f->id, f->id);
  int k = 0;
  wrap_ret(w, f->ret, "r", &k);
  sb_puts(w->o, "(void)ret; (void)r; return 0;\n}\n#endif\n");
  u->resumable = true;
}

bool nb_lower_unit(NbUnit *u) {
  StrBuf decl = STRBUF_INIT, body = STRBUF_INIT, protos = STRBUF_INIT, chunks = STRBUF_INIT;
  Lw w;
  memset(&w, 0, sizeof w);
  w.u = u;
  w.o = &body;
  w.decl = &decl;
  w.chunks = &chunks;
  /* functions may be added while lowering (never: inference already found them) */
  bool osr = !u->want_loop, callee_loops = false;
  int npts = 0;
  for (size_t i = 0; i < u->funcs.n && !u->err.len; i++) {
    NbFunc *f = u->funcs.items[i];
    int before = w.nloops_lowered;
    if (f != u->root && !u->want_loop && !f->parallel && abi_alike(f) && stmts_loop(&f->def->funcdef.body))
      lower_callee_osr(&w, f, &protos, &decl);
    else
      lower_func(&w, f, &protos, osr && f == u->root ? OSR_SAVE : OSR_NONE, 0);
    if (f == u->root) npts = w.osr_pts;
    else if (w.nloops_lowered > before) callee_loops = true;
  }
  if (osr && !u->err.len) lower_osr(&w, &decl, &chunks, npts, callee_loops);
  if (!u->err.len) {
    NbFunc *f = u->root;
    w.f = f;
    if (u->want_loop) {
      /* @vectorize: NumPy's inner-loop shape over the root function. The
      ** pointers and steps are read once into locals (the generated code is
      ** built with -fno-strict-aliasing, so gcc would reload them after
      ** every store), and contiguous operands get their own copy of the
      ** loop with constant steps, which gcc vectorises. */
      sb_puts(&body, "void nbw_loop(void *ctx, char **args, const int64_t *steps, int64_t n) {\n");
      sb_puts(&body, "int contig = 1;\n");
      for (int i = 0; i <= f->nargs; i++) {
        const char *ct = elem_ctype(sdt(i < f->nargs ? f->argtys[i] : f->ret));
        sb_printf(&body, "char *a%d = args[%d]; int64_t s%d = steps[%d]; contig &= s%d == (int64_t)sizeof(%s);\n", i, i, i, i,
                  i, ct);
      }
      sb_puts(&body, "if (contig) {\n");
      vec_loop_body(&w, f, true);
      sb_puts(&body, "} else {\n");
      vec_loop_body(&w, f, false);
      sb_puts(&body, "}\n}\n");
    }
    sb_puts(&body, "#ifndef NB_MOVES_ONLY\nint64_t nbw_entry(void *ctx, void **args, void *ret) {\n");
    if (u->want_loop) sb_puts(&body, "if (!args) { *(void **)ret = (void *)nbw_loop; return 1; }\n");
    char ct[32];
    int k = 0;
    StrBuf call = STRBUF_INIT;
    sb_printf(&call, "nbf_%d(ctx", f->id);
    for (int i = 0; i < f->nargs; i++) {
      ctype(&w, f->argtys[i], ct, sizeof ct);
      sb_printf(&body, "%s a%d;\n", ct, i);
      char dst[16];
      snprintf(dst, sizeof dst, "a%d", i);
      wrap_arg(&w, f->argtys[i], dst, &k);
      sb_printf(&call, ", a%d", i);
    }
    sb_puts(&call, ")");
    ctype(&w, f->ret, ct, sizeof ct);
    if (osr) sb_printf(&body, "nbosr_%d os_; os_.at = os_.done = 0; os_.ret = ret; ((NbCtx *)ctx)->osrst = &os_;\n", f->id);
    sb_printf(&body, "%s r = %s;\n", ct, call.data);
    sb_free(&call);
    if (osr) sb_puts(&body, "if (os_.done) return 0; /* nbw_resume returned the result */\n");
    k = 0;
    wrap_ret(&w, f->ret, "r", &k);
    sb_puts(&body, "(void)ret; (void)r; return 0;\n}\n#endif\n");
  }
  if (u->nswaps) {
    sb_printf(&body, "#ifdef NB_MOVES\nvoid *nbw_fns[] = { %s};\n#endif\n", w.swaptab.data);
    inline_swapped(&w, &protos);
  }
  sb_puts(&u->c, prelude);
  if (decl.data) sb_puts(&u->c, decl.data);
  if (protos.data) sb_puts(&u->c, protos.data);
  if (chunks.data) sb_puts(&u->c, chunks.data);
  if (body.data) sb_puts(&u->c, body.data);
  sb_free(&chunks);
  sb_free(&decl);
  sb_free(&w.osrfields);
  sb_free(&w.swaptab);
  sb_free(&body);
  sb_free(&protos);
  return !u->err.len;
}
