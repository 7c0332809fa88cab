/*
** random.c — np.random: NumPy 1.24's legacy RandomState, draw for draw.
**
** The module functions are methods bound to one hidden RandomState whose
** state is vm->nprandom (as NumPy's np.random.* are methods of the global
** RandomState instance); np.random.RandomState(seed) makes more.
**
** Each function follows mtrand.pyx / _common.pyx / _bounded_integers.pyx:
** the same argument conversions, the same error messages, and above all the
** same number and order of draws, since a program's output depends on them.
*/
#include "random.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

/* ======================================================================
** The state and the raw draws
** ==================================================================== */

static NpRandom *nprandom_create(VM *vm) {
  NpRandom *r = util_xmalloc(sizeof *r);
  memset(r, 0, sizeof *r);
  mt19937_seed_os(&r->mt);
  vm->nprandom = r;
  return r;
}

NpRandom *nprandom_state(VM *vm) { return vm->nprandom ? vm->nprandom : nprandom_create(vm); }

void nprandom_free(VM *vm) {
  free(vm->nprandom);
  vm->nprandom = NULL;
}

static void reset_gauss(NpRandom *r) {
  r->has_gauss = false;
  r->gauss = 0.0;
}

void nprandom_seed(VM *vm, uint32_t seed) {
  NpRandom *r = nprandom_state(vm);
  mt19937_init_genrand(&r->mt, seed);
  reset_gauss(r);
}

void nprandom_seed_array(VM *vm, const uint32_t *key, size_t n) {
  NpRandom *r = nprandom_state(vm);
  mt19937_init_by_array(&r->mt, key, n);
  reset_gauss(r);
}

void nprandom_seed_os(VM *vm) {
  NpRandom *r = nprandom_state(vm);
  mt19937_seed_os(&r->mt);
  reset_gauss(r);
}

/* The draws, inlined into the fill loops: the tempering step of
** mt19937_genrand_uint32 here, the twist (every 624 draws) through it. */
static inline uint32_t rk32(NpRandom *r) {
  MT19937 *s = &r->mt;
  if (__builtin_expect(s->mti >= MT19937_N, 0)) return mt19937_genrand_uint32(s);
  uint32_t y = s->mt[s->mti++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

static inline uint64_t rk64(NpRandom *r) {
  uint64_t hi = rk32(r);
  return hi << 32 | rk32(r);
}

/* (a * 2**26 + b) / 2**53 with a = 27 bits, b = 26 bits. */
static inline double rkdbl(NpRandom *r) {
  uint32_t a = rk32(r) >> 5, b = rk32(r) >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

/* Smallest all-ones mask >= max. */
static uint64_t gen_mask(uint64_t max) {
  uint64_t mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

/* Block fills for the big-array cases: the state index lives in a local
** and the output is restrict-qualified, so the loop does not reload the
** state after every store. Same draws, in the same order, as rk32. */
static inline uint32_t temper(uint32_t y) {
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

#define NEXT32(s, k)                                                          \
  ((k) < MT19937_N ? temper((s)->mt[(k)++])                                   \
                   : ((s)->mti = (k), tmp_ = mt19937_genrand_uint32(s), (k) = (s)->mti, tmp_))

static void fill_doubles(NpRandom *r, double *restrict o, int64_t n) {
  MT19937 *s = &r->mt;
  int k = s->mti;
  uint32_t tmp_;
  for (int64_t i = 0; i < n; i++) {
    uint32_t a, b;
    if (k <= MT19937_N - 2) { /* both words from the current block */
      a = temper(s->mt[k]) >> 5;
      b = temper(s->mt[k + 1]) >> 6;
      k += 2;
    } else {
      a = NEXT32(s, k) >> 5;
      b = NEXT32(s, k) >> 6;
    }
    o[i] = (a * 67108864.0 + b) / 9007199254740992.0;
  }
  s->mti = k;
}

/* off + masked draws in [0, rng] for 0 < rng < 2**32 - 1, stored as T. */
#define DEFINE_FILL_MASKED32(T, NAME)                                         \
  static void NAME(NpRandom *r, T *restrict o, int64_t n, uint64_t off, uint32_t rng) { \
    MT19937 *s = &r->mt;                                                      \
    uint32_t mask = (uint32_t)gen_mask(rng), v, tmp_;                         \
    int k = s->mti;                                                           \
    for (int64_t i = 0; i < n; i++) {                                         \
      do v = NEXT32(s, k) & mask;                                             \
      while (v > rng);                                                        \
      o[i] = (T)(off + v);                                                    \
    }                                                                         \
    s->mti = k;                                                               \
  }
DEFINE_FILL_MASKED32(uint64_t, fill_masked32_u64)
DEFINE_FILL_MASKED32(uint32_t, fill_masked32_u32)

uint32_t nprandom_next_uint32(NpRandom *r) { return rk32(r); }
uint64_t nprandom_next_uint64(NpRandom *r) { return rk64(r); }
double nprandom_next_double(NpRandom *r) { return rkdbl(r); }

/* legacy_gauss: the polar method; the second value is kept for the next call. */
double nprandom_next_gauss(NpRandom *r) {
  if (r->has_gauss) {
    double t = r->gauss;
    reset_gauss(r);
    return t;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * rkdbl(r) - 1.0;
    x2 = 2.0 * rkdbl(r) - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  double f = sqrt(-2.0 * log(r2) / r2);
  r->gauss = f * x1;
  r->has_gauss = true;
  return f * x2;
}

uint64_t nprandom_next_interval(NpRandom *r, uint64_t max) {
  if (max == 0) return 0;
  uint64_t mask = gen_mask(max), v;
  if (max <= 0xffffffffULL) {
    while ((v = (rk32(r) & mask)) > max) {}
  } else {
    while ((v = (rk64(r) & mask)) > max) {}
  }
  return v;
}

/* ---- bounded integers (random_bounded_*_fill with use_masked) ---------- */

/* The 8/16-bit and bool generators split one 32-bit draw into several
** values; the buffer lives for one fill (one randint call). */
typedef struct BitBuf {
  uint32_t buf;
  int bcnt;
} BitBuf;

static uint16_t buffered_u16(NpRandom *r, BitBuf *b) {
  if (!b->bcnt) {
    b->buf = rk32(r);
    b->bcnt = 1;
  } else {
    b->buf >>= 16;
    b->bcnt--;
  }
  return (uint16_t)b->buf;
}

static uint8_t buffered_u8(NpRandom *r, BitBuf *b) {
  if (!b->bcnt) {
    b->buf = rk32(r);
    b->bcnt = 3;
  } else {
    b->buf >>= 8;
    b->bcnt--;
  }
  return (uint8_t)b->buf;
}

static bool buffered_bool(NpRandom *r, BitBuf *b) {
  if (!b->bcnt) {
    b->buf = rk32(r);
    b->bcnt = 31;
  } else {
    b->buf >>= 1;
    b->bcnt--;
  }
  return (b->buf & 1U) != 0;
}

/* One value off + [0, rng] for an integer type of `bits` bits (1: bool). */
static uint64_t bounded_draw(NpRandom *r, int bits, uint64_t off, uint64_t rng, uint64_t mask,
                             BitBuf *b) {
  uint64_t v;
  if (rng == 0) return off;
  switch (bits) {
  case 1: return off + buffered_bool(r, b);
  case 8:
    if (rng == 0xff) return off + buffered_u8(r, b);
    while ((v = (buffered_u8(r, b) & mask)) > rng) {}
    return off + v;
  case 16:
    if (rng == 0xffff) return off + buffered_u16(r, b);
    while ((v = (buffered_u16(r, b) & mask)) > rng) {}
    return off + v;
  default: /* 32 and 64: 32-bit draws whenever the range fits them */
    if (rng <= 0xffffffffULL) {
      if (rng == 0xffffffffULL) return off + rk32(r);
      while ((v = (rk32(r) & mask)) > rng) {}
      return off + v;
    }
    if (rng == UINT64_MAX) return off + rk64(r);
    while ((v = (rk64(r) & mask)) > rng) {}
    return off + v;
  }
}

uint64_t nprandom_next_bounded_u64(NpRandom *r, uint64_t off, uint64_t rng) {
  BitBuf b = {0, 0};
  return bounded_draw(r, 64, off, rng, gen_mask(rng), &b);
}

/* ---- Poisson (random_poisson: multiplication below 10, PTRS above) ----- */

static double loggam(double x) {
  static const double a[10] = {8.333333333333333e-02, -2.777777777777778e-03,
                               7.936507936507937e-04, -5.952380952380952e-04,
                               8.417508417508418e-04, -1.917526917526918e-03,
                               6.410256410256410e-03, -2.955065359477124e-02,
                               1.796443723688307e-01, -1.39243221690590e+00};
  if (x == 1.0 || x == 2.0) return 0.0;
  int64_t n = x < 7.0 ? (int64_t)(7 - x) : 0;
  double x0 = x + (double)n;
  double x2 = (1.0 / x0) * (1.0 / x0);
  double lg2pi = 1.8378770664093453e+00;
  double gl0 = a[9];
  for (int k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += a[k];
  }
  double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (int64_t k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

static int64_t poisson_mult(NpRandom *r, double lam) {
  double enlam = exp(-lam), prod = 1.0;
  int64_t x = 0;
  for (;;) {
    prod *= rkdbl(r);
    if (prod > enlam)
      x++;
    else
      return x;
  }
}

static int64_t poisson_ptrs(NpRandom *r, double lam) {
  double slam = sqrt(lam), loglam = log(lam);
  double b = 0.931 + 2.53 * slam;
  double a = -0.059 + 0.02483 * b;
  double invalpha = 1.1239 + 1.1328 / (b - 3.4);
  double vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    double u = rkdbl(r) - 0.5;
    double v = rkdbl(r);
    double us = 0.5 - fabs(u);
    /* us == 0 makes this infinite: x86 converts that to INT64_MIN, which the
    ** k < 0 test below rejects; do the same without undefined behaviour */
    double kd = floor((2 * a / us + b) * u + lam + 0.43);
    int64_t k = kd >= -0x1p63 && kd < 0x1p63 ? (int64_t)kd : INT64_MIN;
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if ((log(v) + log(invalpha) - log(a / (us * us) + b)) <=
        (-lam + (double)k * loglam - loggam((double)k + 1)))
      return k;
  }
}

int64_t nprandom_next_poisson(NpRandom *r, double lam) {
  if (lam >= 10) return poisson_ptrs(r, lam);
  if (lam == 0) return 0;
  return poisson_mult(r, lam);
}

/* ---- the VM-level API -------------------------------------------------- */

double nprandom_double(VM *vm) { return nprandom_next_double(nprandom_state(vm)); }
double nprandom_gauss(VM *vm) { return nprandom_next_gauss(nprandom_state(vm)); }
double nprandom_normal(VM *vm, double loc, double scale) {
  return loc + scale * nprandom_next_gauss(nprandom_state(vm));
}
double nprandom_uniform(VM *vm, double low, double high) {
  double range = high - low;
  return low + range * nprandom_next_double(nprandom_state(vm));
}
double nprandom_exponential(VM *vm, double scale) {
  return scale * -log(1.0 - nprandom_next_double(nprandom_state(vm)));
}
uint64_t nprandom_interval(VM *vm, uint64_t max) {
  return nprandom_next_interval(nprandom_state(vm), max);
}
int64_t nprandom_randint(VM *vm, int64_t low, int64_t high) {
  uint64_t rng = (uint64_t)high - (uint64_t)low - 1;
  return (int64_t)nprandom_next_bounded_u64(nprandom_state(vm), (uint64_t)low, rng);
}
int64_t nprandom_poisson(VM *vm, double lam) { return nprandom_next_poisson(nprandom_state(vm), lam); }

/* ======================================================================
** Argument conversion
** ==================================================================== */

/* An integer value (Python int/bool, NumPy integer scalar); false otherwise.
** Big ints saturate to the int128 range, enough for every bounds check. */
static bool int128_value(Value v, __int128 *out) {
  if (is_int(v) || is_bool(v)) {
    *out = v.as.i;
    return true;
  }
  if (is_bigint(v)) {
    mpz_srcptr z = as_bigint(v)->z;
    if (mpz_sizeinbase(z, 2) > 120) {
      *out = (__int128)(mpz_sgn(z) < 0 ? -1 : 1) << 120;
      return true;
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    unsigned __int128 m = 0;
    size_t cnt = 0;
    uint64_t w[2] = {0, 0};
    mpz_export(w, &cnt, -1, sizeof w[0], 0, 0, t);
    mpz_clear(t);
    m = (unsigned __int128)w[1] << 64 | w[0];
    *out = mpz_sgn(z) < 0 ? -(__int128)m : (__int128)m;
    return true;
  }
  DtScalar s;
  if (is_npscalar(v) && arr_scalar_info(v, &s) && s.is_int_value) {
    *out = s.neg ? (__int128)s.value_i : (__int128)s.value_u;
    return true;
  }
  return false;
}

/* operator.index(v) for a count: TypeError "'float' object cannot be
** interpreted as an integer". */
static int64_t index_arg(VM *vm, Value v) {
  __int128 x;
  if (!int128_value(v, &x))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  if (x > INT64_MAX || x < INT64_MIN)
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  return (int64_t)x;
}

/* A real number parameter (Python or NumPy scalar, 0-d array). */
static bool real_value(VM *vm, Value v, double *out) {
  if (is_float(v)) {
    *out = v.as.f;
    return true;
  }
  if (is_int(v) || is_bool(v) || is_bigint(v)) {
    *out = num_to_double(vm, v);
    return true;
  }
  DtScalar s;
  if (is_npscalar(v) && arr_scalar_info(v, &s)) {
    *out = s.is_int_value ? (s.neg ? (double)s.value_i : (double)s.value_u) : s.re;
    return true;
  }
  if (is_array(v) && as_array(v)->ndim == 0) {
    NdArray *a = arr_cast(vm, as_array(v), DT_FLOAT64);
    *out = *(double *)a->data;
    return true;
  }
  return false;
}

/* Binds arguments like a Cython def, with Cython's messages ("randint()
** takes at least 1 positional argument (0 given)"). spec: names separated
** by commas, '|' before the first optional one. */
static void rargs(VM *vm, const Args *a, const char *fname, const char *spec, Value *out) {
  const char *names[8];
  size_t lens[8];
  int n = 0, nreq = -1;
  for (const char *p = spec; *p;) {
    if (*p == '|') {
      nreq = n;
      p++;
      continue;
    }
    const char *e = strchr(p, ',');
    if (!e) e = p + strlen(p);
    names[n] = p, lens[n] = (size_t)(e - p), n++;
    p = *e ? e + 1 : e;
  }
  if (nreq < 0) nreq = n;
  if (a->argc > n)
    vm_raise(vm, &EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
             nreq == n ? "exactly" : "at most", n, n == 1 ? "" : "s", a->argc);
  for (int i = 0; i < n; i++) out[i] = i < a->argc ? a->argv[i] : v_empty();
  for (int k = 0; k < a->nkw; k++) {
    Str *kw = as_str(a->kwnames[k]);
    int i = 0;
    while (i < n && !(lens[i] == (size_t)kw->nbytes && memcmp(names[i], kw->data, lens[i]) == 0)) i++;
    if (i == n) vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw->data);
    if (!is_empty(out[i]))
      vm_raise(vm, &EXC_TypeError, "%s() got multiple values for keyword argument '%s'", fname, kw->data);
    out[i] = a->kwvals[k];
  }
  int given = 0;
  while (given < nreq && !is_empty(out[given])) given++;
  if (given < nreq)
    vm_raise(vm, &EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
             nreq == n ? "exactly" : "at least", nreq, nreq == 1 ? "" : "s", a->argc);
}

/* The one argument of a METH_O method (shuffle, permutation). */
static Value one_arg(VM *vm, const Args *a, const char *fname) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "RandomState.%s() takes no keyword arguments", fname);
  if (a->argc != 1)
    vm_raise(vm, &EXC_TypeError, "RandomState.%s() takes exactly one argument (%d given)", fname, a->argc);
  return a->argv[0];
}

/* `size`: None → -1 (draw a scalar); an int or a sequence of ints → shape. */
static int size_arg(VM *vm, Value size, int64_t *shape) {
  if (is_empty(size) || is_none(size)) return -1;
  __int128 x;
  int ndim = 0;
  if (int128_value(size, &x)) {
    shape[0] = index_arg(vm, size);
    ndim = 1;
  } else if (is_tuple(size) || is_list(size) || (is_array(size) && as_array(size)->ndim == 1)) {
    Value seq = size;
    if (is_array(size)) seq = arr_tolist(vm, as_array(size));
    int64_t n = is_tuple(seq) ? as_tuple(seq)->n : as_list(seq)->n;
    const Value *items = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
    if (n > ARR_MAXDIMS)
      vm_raise(vm, &EXC_ValueError, "maximum supported dimension for an ndarray is %d, found %lld",
               ARR_MAXDIMS, (long long)n);
    for (int64_t i = 0; i < n; i++) shape[i] = index_arg(vm, items[i]);
    ndim = (int)n;
  } else {
    Value r = v_repr(vm, size);
    vm_raise(vm, &EXC_TypeError, "expected a sequence of integers or a single integer, got '%s'",
             as_str(r)->data);
  }
  for (int i = 0; i < ndim; i++)
    if (shape[i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
  return ndim;
}

/* rand(d0, d1, ...) / randn(...): the dimensions are the arguments. */
static int dims_args(VM *vm, const Args *a, const char *fname, int64_t *shape) {
  if (a->nkw)
    vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
             as_str(a->kwnames[0])->data);
  if (a->argc == 0) return -1;
  if (a->argc > ARR_MAXDIMS)
    vm_raise(vm, &EXC_ValueError, "maximum supported dimension for an ndarray is %d, found %d",
             ARR_MAXDIMS, a->argc);
  for (int i = 0; i < a->argc; i++) {
    shape[i] = index_arg(vm, a->argv[i]);
    if (shape[i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
  }
  return a->argc;
}

/* ======================================================================
** Continuous and discrete distributions with broadcast parameters
** (_common.pyx's cont / disc)
** ==================================================================== */

typedef double (*ContFn)(NpRandom *r, double a, double b);
typedef int64_t (*DiscFn)(NpRandom *r, double a, double b);

enum { CONS_NONE, CONS_NON_NEGATIVE, CONS_POISSON };

#define POISSON_LAM_MAX 9.2233720064847708e+18 /* int64 max - sqrt(int64 max) * 10 */

typedef struct Param {
  const char *name;
  int cons;
} Param;

static void check_scalar(VM *vm, double v, const Param *p) {
  if (p->cons == CONS_NON_NEGATIVE && !isnan(v) && signbit(v))
    vm_raise(vm, &EXC_ValueError, "%s < 0", p->name);
  if (p->cons == CONS_POISSON) {
    if (!(v >= 0)) vm_raise(vm, &EXC_ValueError, "%s < 0 or %s is NaN", p->name, p->name);
    if (!(v <= POISSON_LAM_MAX)) vm_raise(vm, &EXC_ValueError, "%s value too large", p->name);
  }
}

static void check_array(VM *vm, const NdArray *a, const Param *p) {
  const double *d = (const double *)a->data; /* a is C-contiguous float64 */
  for (int64_t i = 0; i < a->size; i++)
    if (p->cons == CONS_NON_NEGATIVE && !isnan(d[i]) && signbit(d[i]))
      vm_raise(vm, &EXC_ValueError, "%s < 0", p->name);
  if (p->cons != CONS_POISSON) return;
  for (int64_t i = 0; i < a->size; i++)
    if (!(d[i] >= 0)) vm_raise(vm, &EXC_ValueError, "%s < 0 or %s contains NaNs", p->name, p->name);
  for (int64_t i = 0; i < a->size; i++)
    if (!(d[i] <= POISSON_LAM_MAX)) vm_raise(vm, &EXC_ValueError, "%s value too large.", p->name);
}

typedef struct Dist {
  ContFn cont; /* one of cont / disc */
  DiscFn disc;
  int nparams;
  Param params[2];
  bool uniform; /* parameters are (low, high): the range must be finite */
} Dist;

static double f_random(NpRandom *r, double a, double b) {
  (void)a, (void)b;
  return rkdbl(r);
}
static double f_gauss(NpRandom *r, double a, double b) {
  (void)a, (void)b;
  return nprandom_next_gauss(r);
}
static double f_normal(NpRandom *r, double loc, double scale) {
  return loc + scale * nprandom_next_gauss(r);
}
static double f_uniform(NpRandom *r, double low, double high) {
  double range = high - low;
  return low + range * rkdbl(r);
}
static double f_std_exp(NpRandom *r, double a, double b) {
  (void)a, (void)b;
  return -log(1.0 - rkdbl(r));
}
static double f_exponential(NpRandom *r, double scale, double b) {
  (void)b;
  return scale * -log(1.0 - rkdbl(r));
}
static int64_t f_poisson(NpRandom *r, double lam, double b) {
  (void)b;
  return nprandom_next_poisson(r, lam);
}

static void fill_scalar_params(VM *vm, const Dist *d, NpRandom *r, double a, double b, int ndim,
                               const int64_t *shape, Value *out) {
  if (ndim < 0) {
    *out = d->cont ? v_float(d->cont(r, a, b)) : v_int(d->disc(r, a, b));
    return;
  }
  NdArray *arr = arr_new_uninit(vm, d->cont ? DT_FLOAT64 : DT_INT64, ndim, shape);
  if (d->cont) {
    double *o = (double *)arr->data;
    int64_t n = arr->size;
    /* the common distributions get loops with the draw inlined */
    if (d->cont == f_random)
      fill_doubles(r, o, n);
    else if (d->cont == f_gauss)
      for (int64_t i = 0; i < n; i++) o[i] = nprandom_next_gauss(r);
    else if (d->cont == f_uniform)
      for (int64_t i = 0; i < n; i++) o[i] = f_uniform(r, a, b);
    else if (d->cont == f_normal)
      for (int64_t i = 0; i < n; i++) o[i] = f_normal(r, a, b);
    else
      for (int64_t i = 0; i < n; i++) o[i] = d->cont(r, a, b);
  } else {
    int64_t *o = (int64_t *)arr->data;
    for (int64_t i = 0; i < arr->size; i++) o[i] = d->disc(r, a, b);
  }
  *out = v_obj(arr);
}

static void uniform_range_check(VM *vm, double low, double high) {
  if (!isfinite(high - low)) vm_raise(vm, &EXC_OverflowError, "Range exceeds valid bounds");
}

/* Some parameter is an array: broadcast them (and the output, when size is
** given), draw in C order of the output. */
static Value dist_broadcast(VM *vm, const Dist *d, NpRandom *r, NdArray **pa, int ndim,
                            const int64_t *size_shape) {
  int np = d->nparams;
  for (int i = 0; i < np; i++) check_array(vm, pa[i], &d->params[i]);
  int64_t shape[ARR_MAXDIMS];
  int ond;
  if (ndim >= 0) {
    ond = ndim;
    memcpy(shape, size_shape, sizeof(int64_t) * (size_t)ndim);
  } else {
    arr_broadcast_shapes(vm, np, pa, &ond, shape);
  }
  if (d->uniform) { /* NumPy computes high - low over the broadcast first */
    ArrIter it;
    NdArray *ops[2] = {pa[0], pa[1]};
    if (arr_iter_init(vm, &it, 2, ops, ond, shape)) do {
        for (int64_t k = 0; k < it.n; k++)
          uniform_range_check(vm, *(double *)(it.ptr[0] + k * it.stride[0]),
                              *(double *)(it.ptr[1] + k * it.stride[1]));
      } while (arr_iter_next(&it));
  }
  NdArray *out = arr_new_uninit(vm, d->cont ? DT_FLOAT64 : DT_INT64, ond, shape);
  NdArray *ops[3] = {out, pa[0], np > 1 ? pa[1] : pa[0]};
  ArrIter it;
  if (arr_iter_init(vm, &it, 3, ops, ond, shape)) do {
      for (int64_t k = 0; k < it.n; k++) {
        double a = *(double *)(it.ptr[1] + k * it.stride[1]);
        double b = np > 1 ? *(double *)(it.ptr[2] + k * it.stride[2]) : 0.0;
        char *o = it.ptr[0] + k * it.stride[0];
        if (d->cont)
          *(double *)o = d->cont(r, a, b);
        else
          *(int64_t *)o = d->disc(r, a, b);
      }
    } while (arr_iter_next(&it));
  return v_obj(out);
}

/* vals[i]: the parameter values (V_EMPTY: default given in defs[i]). */
static Value dist_call(VM *vm, const Dist *d, NpRandom *r, const Value *vals, const double *defs,
                       Value size) {
  int64_t shape[ARR_MAXDIMS];
  double sc[2] = {0, 0};
  bool scalar = true;
  for (int i = 0; i < d->nparams; i++) {
    if (is_empty(vals[i])) {
      sc[i] = defs[i];
    } else if (!real_value(vm, vals[i], &sc[i])) {
      if (!(is_array(vals[i]) || is_list(vals[i]) || is_tuple(vals[i])))
        vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(vals[i]));
      scalar = false;
    }
  }
  int ndim = size_arg(vm, size, shape);
  if (scalar) {
    for (int i = 0; i < d->nparams; i++) check_scalar(vm, sc[i], &d->params[i]);
    if (d->uniform) uniform_range_check(vm, sc[0], sc[1]);
    Value out;
    fill_scalar_params(vm, d, r, sc[0], sc[1], ndim, shape, &out);
    return out;
  }
  NdArray *pa[2];
  for (int i = 0; i < d->nparams; i++) {
    if (is_empty(vals[i])) {
      pa[i] = arr_new(vm, DT_FLOAT64, 0, NULL);
      *(double *)pa[i]->data = defs[i];
    } else {
      pa[i] = arr_contiguous(vm, arr_as_array(vm, vals[i], -1), DT_FLOAT64);
    }
  }
  return dist_broadcast(vm, d, r, pa, ndim, shape);
}

static const Dist D_RANDOM = {.cont = f_random};
static const Dist D_GAUSS = {.cont = f_gauss};
static const Dist D_NORMAL = {.cont = f_normal, .nparams = 2,
                              .params = {{"loc", CONS_NONE}, {"scale", CONS_NON_NEGATIVE}}};
static const Dist D_UNIFORM = {.cont = f_uniform, .nparams = 2,
                               .params = {{"low", CONS_NONE}, {"high", CONS_NONE}}, .uniform = true};
static const Dist D_STD_EXP = {.cont = f_std_exp};
static const Dist D_EXPONENTIAL = {.cont = f_exponential, .nparams = 1,
                                   .params = {{"scale", CONS_NON_NEGATIVE}}};
static const Dist D_POISSON = {.disc = f_poisson, .nparams = 1, .params = {{"lam", CONS_POISSON}}};

/* ======================================================================
** The Python-facing functions (methods of RandomState)
** ==================================================================== */

typedef struct RandomStateObj {
  Obj hdr;
  NpRandom *st; /* &own, or vm->nprandom for the hidden global instance */
  NpRandom own;
} RandomStateObj;

Type TYPE_NPRANDOMSTATE;

static NpRandom *rs(Value self) { return ((RandomStateObj *)self.as.o)->st; }

NpRandom *nprandom_of(Value randomstate) { return rs(randomstate); }

static Value r_random_sample(VM *vm, Value self, const Args *a) {
  Value v[1];
  rargs(vm, a, "random_sample", "|size", v);
  return dist_call(vm, &D_RANDOM, rs(self), NULL, NULL, v[0]);
}

static Value r_random(VM *vm, Value self, const Args *a) {
  Value v[1];
  rargs(vm, a, "random", "|size", v);
  return dist_call(vm, &D_RANDOM, rs(self), NULL, NULL, v[0]);
}

static Value shape_value(VM *vm, int ndim, const int64_t *shape) {
  Tuple *t = tuple_new(vm, ndim);
  for (int i = 0; i < ndim; i++) t->items[i] = v_int(shape[i]);
  return v_obj(t);
}

static Value r_rand(VM *vm, Value self, const Args *a) {
  int64_t shape[ARR_MAXDIMS];
  int ndim = dims_args(vm, a, "rand", shape);
  Value size = ndim < 0 ? v_none() : shape_value(vm, ndim, shape);
  return dist_call(vm, &D_RANDOM, rs(self), NULL, NULL, size);
}

static Value r_randn(VM *vm, Value self, const Args *a) {
  int64_t shape[ARR_MAXDIMS];
  int ndim = dims_args(vm, a, "randn", shape);
  Value size = ndim < 0 ? v_none() : shape_value(vm, ndim, shape);
  return dist_call(vm, &D_GAUSS, rs(self), NULL, NULL, size);
}

static Value r_standard_normal(VM *vm, Value self, const Args *a) {
  Value v[1];
  rargs(vm, a, "standard_normal", "|size", v);
  return dist_call(vm, &D_GAUSS, rs(self), NULL, NULL, v[0]);
}

static Value r_normal(VM *vm, Value self, const Args *a) {
  Value v[3];
  rargs(vm, a, "normal", "|loc,scale,size", v);
  static const double defs[2] = {0.0, 1.0};
  return dist_call(vm, &D_NORMAL, rs(self), v, defs, v[2]);
}

static Value r_uniform(VM *vm, Value self, const Args *a) {
  Value v[3];
  rargs(vm, a, "uniform", "|low,high,size", v);
  static const double defs[2] = {0.0, 1.0};
  return dist_call(vm, &D_UNIFORM, rs(self), v, defs, v[2]);
}

static Value r_standard_exponential(VM *vm, Value self, const Args *a) {
  Value v[1];
  rargs(vm, a, "standard_exponential", "|size", v);
  return dist_call(vm, &D_STD_EXP, rs(self), NULL, NULL, v[0]);
}

static Value r_exponential(VM *vm, Value self, const Args *a) {
  Value v[2];
  rargs(vm, a, "exponential", "|scale,size", v);
  static const double defs[1] = {1.0};
  return dist_call(vm, &D_EXPONENTIAL, rs(self), v, defs, v[1]);
}

static Value r_poisson(VM *vm, Value self, const Args *a) {
  Value v[2];
  rargs(vm, a, "poisson", "|lam,size", v);
  static const double defs[1] = {1.0};
  return dist_call(vm, &D_POISSON, rs(self), v, defs, v[1]);
}

/* ---- randint ------------------------------------------------------------ */

static int dtype_bits(DType dt) { return dt == DT_BOOL ? 1 : 8 * dt_size(dt); }

static void dtype_bounds(DType dt, __int128 *lo, __int128 *hi) {
  int bits = dtype_bits(dt);
  if (dt == DT_BOOL) {
    *lo = 0, *hi = 1;
  } else if (dt_is_unsigned(dt)) {
    *lo = 0, *hi = ((__int128)1 << bits) - 1;
  } else {
    *lo = -((__int128)1 << (bits - 1)), *hi = ((__int128)1 << (bits - 1)) - 1;
  }
}

/* int(np.array(x)) for a randint bound: ints as they are, floats truncated. */
static __int128 bound_arg(VM *vm, Value v) {
  __int128 x;
  if (int128_value(v, &x)) return x;
  double d;
  if (real_value(vm, v, &d)) {
    if (isnan(d)) vm_raise(vm, &EXC_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) vm_raise(vm, &EXC_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= 0x1p120) return (__int128)1 << 120;
    if (d <= -0x1p120) return -((__int128)1 << 120);
    return (__int128)d;
  }
  vm_raise(vm, &EXC_TypeError, "int() argument must be a string, a bytes-like object or a real "
                               "number, not '%s'", v_typename(v));
}

static void store_int(DType dt, void *p, uint64_t v) {
  switch (dtype_bits(dt)) {
  case 1: *(uint8_t *)p = (uint8_t)(v & 1); break;
  case 8: *(uint8_t *)p = (uint8_t)v; break;
  case 16: *(uint16_t *)p = (uint16_t)v; break;
  case 32: *(uint32_t *)p = (uint32_t)v; break;
  default: *(uint64_t *)p = v; break;
  }
}

/* randint's core: low..high inclusive already checked against dt. */
static Value randint_fill(VM *vm, NpRandom *r, DType dt, __int128 low, __int128 high, int ndim,
                          const int64_t *shape) {
  uint64_t rng = (uint64_t)(high - low), off = (uint64_t)low;
  int bits = dtype_bits(dt);
  uint64_t mask = gen_mask(rng);
  BitBuf b = {0, 0};
  if (ndim < 0) {
    unsigned char tmp[8];
    store_int(dt, tmp, bounded_draw(r, bits, off, rng, mask, &b));
    return arr_scalar_from(vm, dt, tmp);
  }
  NdArray *out = arr_new_uninit(vm, dt, ndim, shape);
  int isz = dt_size(dt);
  if (bits >= 32 && rng != 0 && rng < 0xffffffffULL) { /* the common case, fast */
    if (bits == 64)
      fill_masked32_u64(r, (uint64_t *)out->data, out->size, off, (uint32_t)rng);
    else
      fill_masked32_u32(r, (uint32_t *)out->data, out->size, off, (uint32_t)rng);
    return v_obj(out);
  }
  for (int64_t i = 0; i < out->size; i++)
    store_int(dt, out->data + i * isz, bounded_draw(r, bits, off, rng, mask, &b));
  return v_obj(out);
}

/* ---- randint with array bounds (_rand_<type>_broadcast) ---- */

/* Element i (C order) of a bounds array a broadcast to `shape` (a view
** from arr_broadcast_to), as bound_arg reads it. */
static __int128 bound_at(VM *vm, const NdArray *v, int64_t i) {
  const char *p = v->data;
  for (int d = v->ndim - 1; d >= 0; i /= v->shape[d], d--) p += (i % v->shape[d]) * v->strides[d];
  return bound_arg(vm, arr_item_py(vm, (DType)v->dtype, p));
}

/* NumPy's format_bounds_error: "high <= 0" when every low is 0. */
static _Noreturn void bounds_error(VM *vm, const NdArray *low) {
  for (int64_t i = 0; i < low->size; i++)
    if (bound_at(vm, low, i)) vm_raise(vm, &EXC_ValueError, "low >= high");
  vm_raise(vm, &EXC_ValueError, "high <= 0");
}

/* A shape as Python prints the tuple: "(2,)", "(2, 3)". */
static void shape_tuple_repr(StrBuf *b, const NdArray *a) {
  sb_putc(b, '(');
  for (int d = 0; d < a->ndim; d++) sb_printf(b, d ? ", %lld" : "%lld", (long long)a->shape[d]);
  sb_puts(b, a->ndim == 1 ? ",)" : ")");
}

/* PyArray_MultiIterNew over low, high and the output: their broadcast
** shape, or ValueError with its message naming the first two that disagree. */
static void multiiter_shape(VM *vm, NdArray *const arrs[3], int *ndim, int64_t *dims) {
  int nd = 0;
  for (int j = 0; j < 3; j++) nd = arrs[j]->ndim > nd ? arrs[j]->ndim : nd;
  int src[ARR_MAXDIMS];
  for (int i = 0; i < nd; i++) dims[i] = 1, src[i] = -1;
  for (int i = 0; i < nd; i++)
    for (int j = 0; j < 3; j++) {
      int k = i + arrs[j]->ndim - nd;
      if (k < 0 || arrs[j]->shape[k] == 1) continue;
      if (dims[i] == 1) {
        dims[i] = arrs[j]->shape[k];
        src[i] = j;
      } else if (dims[i] != arrs[j]->shape[k]) {
        StrBuf b = STRBUF_INIT;
        sb_printf(&b, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                      "between arg %d with shape ", src[i]);
        shape_tuple_repr(&b, arrs[src[i]]);
        sb_printf(&b, " and arg %d with shape ", j);
        shape_tuple_repr(&b, arrs[j]);
        sb_puts(&b, ".");
        vm_raise(vm, &EXC_ValueError, "%s", as_str(sb_finish(vm, &b))->data);
      }
    }
  *ndim = nd;
}

/* randint(low, high) where a bound is an array: NumPy checks the bounds
** (in its order and words), then draws each element from its own range,
** the 8/16-bit and bool buffers running on across elements. */
static Value randint_broadcast(VM *vm, NpRandom *r, NdArray *la, NdArray *ha, int ndim,
                               const int64_t *shape, DType dt) {
  __int128 lo_b, hi_b;
  dtype_bounds(dt, &lo_b, &hi_b);
  bool wide = dtype_bits(dt) == 64; /* only the 64-bit path rejects high <= lb first */
  for (int64_t i = 0; i < la->size; i++)
    if (bound_at(vm, la, i) < lo_b) vm_raise(vm, &EXC_ValueError, "low is out of bounds for %s", dt_name(dt));
  for (int64_t i = 0; i < ha->size; i++) {
    __int128 h = bound_at(vm, ha, i);
    if (wide && h - 1 < lo_b) bounds_error(vm, la);
    if (h - 1 > hi_b) vm_raise(vm, &EXC_ValueError, "high is out of bounds for %s", dt_name(dt));
  }
  NdArray *pair[2] = {la, ha};
  int bnd;
  int64_t bshape[ARR_MAXDIMS];
  arr_broadcast_shapes(vm, 2, pair, &bnd, bshape); /* np.greater(low, high - 1)'s error */
  NdArray *lb = arr_broadcast_to(vm, la, bnd, bshape), *hb = arr_broadcast_to(vm, ha, bnd, bshape);
  for (int64_t i = 0; i < lb->size; i++)
    if (bound_at(vm, lb, i) > bound_at(vm, hb, i) - 1) bounds_error(vm, la);
  if (ndim < 0) {
    ndim = bnd;
    shape = bshape;
  }
  NdArray *out = arr_new_uninit(vm, dt, ndim, shape);
  NdArray *all[3] = {la, ha, out};
  int ind;
  int64_t ishape[ARR_MAXDIMS];
  multiiter_shape(vm, all, &ind, ishape);
  /* the first out->size positions of that iteration, as NumPy's loop */
  lb = arr_broadcast_to(vm, la, ind, ishape);
  hb = arr_broadcast_to(vm, ha, ind, ishape);
  BitBuf b = {0, 0};
  int isz = dt_size(dt);
  for (int64_t i = 0; i < out->size; i++) {
    __int128 low = bound_at(vm, lb, i);
    uint64_t rng = (uint64_t)(bound_at(vm, hb, i) - 1 - low);
    uint64_t v = bounded_draw(r, dtype_bits(dt), (uint64_t)low, rng, gen_mask(rng), &b);
    store_int(dt, out->data + i * isz, v);
  }
  return v_obj(out);
}

static bool is_array_like(Value v) { return is_array(v) || is_list(v) || is_tuple(v); }

static Value randint_core(VM *vm, NpRandom *r, Value lowv, Value highv, Value size, DType dt) {
  int64_t shape[ARR_MAXDIMS];
  int ndim = size_arg(vm, size, shape);
  int64_t n = 1;
  for (int i = 0; i < ndim; i++) n *= shape[i];
  if (ndim >= 0 && n == 0) return v_obj(arr_new(vm, dt, ndim, shape));
  if (is_empty(highv) || is_none(highv)) {
    highv = lowv;
    lowv = v_int(0);
  }
  if (is_array_like(lowv) || is_array_like(highv)) {
    NdArray *la = arr_from_value(vm, lowv, -1), *ha = arr_from_value(vm, highv, -1);
    /* NumPy takes the scalar path for 0-d bounds, and for one-element 1-d
    ** ones when size is given */
    bool scalar_l = la->ndim == 0 || (la->ndim == 1 && la->size == 1 && ndim >= 0);
    bool scalar_h = ha->ndim == 0 || (ha->ndim == 1 && ha->size == 1 && ndim >= 0);
    if (!scalar_l || !scalar_h) return randint_broadcast(vm, r, la, ha, ndim, shape, dt);
    lowv = arr_item_py(vm, (DType)la->dtype, la->data);
    highv = arr_item_py(vm, (DType)ha->dtype, ha->data);
  }
  __int128 low = bound_arg(vm, lowv), high = bound_arg(vm, highv);
  high -= 1; /* the generator works on the closed interval */
  __int128 lo_b, hi_b;
  dtype_bounds(dt, &lo_b, &hi_b);
  if (low < lo_b) vm_raise(vm, &EXC_ValueError, "low is out of bounds for %s", dt_name(dt));
  if (high > hi_b) vm_raise(vm, &EXC_ValueError, "high is out of bounds for %s", dt_name(dt));
  if (low > high) vm_raise(vm, &EXC_ValueError, low == 0 ? "high <= 0" : "low >= high");
  return randint_fill(vm, r, dt, low, high, ndim, shape);
}

static Value r_randint(VM *vm, Value self, const Args *a) {
  Value v[4];
  rargs(vm, a, "randint", "low,|high,size,dtype", v);
  int dt = DT_INT64;
  if (!is_empty(v[3])) dt = np_dtype_from_value(vm, v[3]);
  if (dt < 0) dt = DT_INT64;
  if (!dt_is_int((DType)dt) && dt != DT_BOOL) {
    Value dv = v_repr(vm, np_dtype_value((DType)dt));
    vm_raise(vm, &EXC_TypeError, "Unsupported dtype %s for randint", as_str(dv)->data);
  }
  Value res = randint_core(vm, rs(self), v[0], v[1], v[2], (DType)dt);
  /* NumPy: "if size is None and dtype in (bool, int): return dtype(ret)" --
  ** the default dtype is the Python type int, so scalars are Python ints. */
  bool py_type = is_empty(v[3]) || (is_type(v[3], &TYPE_TYPE) &&
                                    (v[3].as.o == &TYPE_INT.hdr || v[3].as.o == &TYPE_BOOL.hdr));
  if (py_type && is_npscalar(res)) return np_scalar_number(vm, res);
  return res;
}

/* ---- shuffle and permutation -------------------------------------------- */

/* Swaps two equally shaped strided blocks (rows of an n-d array). */
static void swap_blocks(char *x, char *y, int ndim, const int64_t *shape, const int64_t *strides,
                        int itemsize) {
  if (ndim == 0) {
    unsigned char t[16];
    memcpy(t, x, (size_t)itemsize);
    memcpy(x, y, (size_t)itemsize);
    memcpy(y, t, (size_t)itemsize);
    return;
  }
  for (int64_t i = 0; i < shape[0]; i++)
    swap_blocks(x + i * strides[0], y + i * strides[0], ndim - 1, shape + 1, strides + 1, itemsize);
}

static void shuffle_array(NpRandom *r, NdArray *x) {
  int64_t n = x->shape[0];
  for (int64_t i = n - 1; i >= 1; i--) {
    int64_t j = (int64_t)nprandom_next_interval(r, (uint64_t)i);
    if (i == j || x->size == 0) continue;
    swap_blocks(x->data + i * x->strides[0], x->data + j * x->strides[0], x->ndim - 1,
                x->shape + 1, x->strides + 1, x->itemsize);
  }
}

static void shuffle_value(VM *vm, NpRandom *r, Value x) {
  if (is_array(x) && as_array(x)->ndim >= 1) {
    NdArray *arr = as_array(x);
    if (!(arr->flags & ARR_WRITEABLE))
      vm_raise(vm, &EXC_ValueError, "assignment destination is read-only");
    shuffle_array(r, arr);
    return;
  }
  if (is_list(x)) {
    List *l = as_list(x);
    for (int64_t i = l->n - 1; i >= 1; i--) {
      int64_t j = (int64_t)nprandom_next_interval(r, (uint64_t)i);
      Value t = l->items[i];
      l->items[i] = l->items[j];
      l->items[j] = t;
    }
    return;
  }
  int64_t n = v_len(vm, x);
  for (int64_t i = n - 1; i >= 1; i--) {
    Value vi = v_int(i), vj = v_int((int64_t)nprandom_next_interval(r, (uint64_t)i));
    Value xi = v_getitem(vm, x, vj), xj = v_getitem(vm, x, vi);
    v_setitem(vm, x, vi, xi);
    v_setitem(vm, x, vj, xj);
  }
}

static Value r_shuffle(VM *vm, Value self, const Args *a) {
  Value v[1];
  v[0] = one_arg(vm, a, "shuffle");
  shuffle_value(vm, rs(self), v[0]);
  return v_none();
}

static NdArray *arange_i64(VM *vm, int64_t n) {
  if (n < 0) n = 0;
  NdArray *out = arr_new_uninit(vm, DT_INT64, 1, &n);
  int64_t *o = (int64_t *)out->data;
  for (int64_t i = 0; i < n; i++) o[i] = i;
  return out;
}

/* Copies a strided block into contiguous memory at *dst (advancing it). */
static void gather_block(char **dst, const char *src, int ndim, const int64_t *shape,
                         const int64_t *strides, int itemsize) {
  if (ndim == 0) {
    memcpy(*dst, src, (size_t)itemsize);
    *dst += itemsize;
    return;
  }
  for (int64_t i = 0; i < shape[0]; i++)
    gather_block(dst, src + i * strides[0], ndim - 1, shape + 1, strides + 1, itemsize);
}

/* arr[idx] for an int64 index array idx into axis 0 (indices in range):
** shape idx.shape + arr.shape[1:]. */
static NdArray *take_rows(VM *vm, NdArray *arr, NdArray *idx) {
  int64_t shape[ARR_MAXDIMS];
  int ndim = idx->ndim + arr->ndim - 1;
  if (ndim > ARR_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  memcpy(shape, idx->shape, sizeof(int64_t) * (size_t)idx->ndim);
  memcpy(shape + idx->ndim, arr->shape + 1, sizeof(int64_t) * (size_t)(arr->ndim - 1));
  NdArray *out = arr_new_uninit(vm, (DType)arr->dtype, ndim, shape);
  NdArray *ic = arr_contiguous(vm, idx, DT_INT64);
  const int64_t *ix = (const int64_t *)ic->data;
  char *dst = out->data;
  for (int64_t k = 0; k < ic->size; k++)
    gather_block(&dst, arr->data + ix[k] * arr->strides[0], arr->ndim - 1, arr->shape + 1,
                 arr->strides + 1, arr->itemsize);
  return out;
}

static NdArray *permutation_n(VM *vm, NpRandom *r, int64_t n) {
  NdArray *arr = arange_i64(vm, n);
  if (arr->size) shuffle_array(r, arr);
  return arr;
}

static Value r_permutation(VM *vm, Value self, const Args *a) {
  Value v[1];
  v[0] = one_arg(vm, a, "permutation");
  NpRandom *r = rs(self);
  __int128 n;
  if (int128_value(v[0], &n)) return v_obj(permutation_n(vm, r, index_arg(vm, v[0])));
  NdArray *arr = arr_as_array(vm, v[0], -1);
  if (arr->ndim < 1) vm_raise(vm, &EXC_IndexError, "x must be an integer or at least 1-dimensional");
  if (arr->ndim == 1) {
    arr = arr_copy(vm, arr);
    if (arr->size) shuffle_array(r, arr);
    return v_obj(arr);
  }
  NdArray *idx = permutation_n(vm, r, arr->shape[0]);
  return v_obj(take_rows(vm, arr, idx));
}

/* ---- choice --------------------------------------------------------------- */

/* NumPy's searchsorted(side='right'): the number of cdf values <= u. */
static int64_t search_right(const double *cdf, int64_t n, double u) {
  int64_t lo = 0, hi = n;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    if (cdf[mid] <= u)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* cdf = cumsum(p); cdf /= cdf[-1] */
static void make_cdf(const double *p, int64_t n, double *cdf) {
  double s = 0;
  for (int64_t i = 0; i < n; i++) cdf[i] = s = s + p[i];
  double last = cdf[n - 1];
  for (int64_t i = 0; i < n; i++) cdf[i] /= last;
}

static double kahan_sum(const double *d, int64_t n) {
  double sum = d[0], c = 0.0;
  for (int64_t i = 1; i < n; i++) {
    double y = d[i] - c, t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}

/* Validates p as choice does; returns it as a contiguous float64 array. */
static NdArray *choice_p(VM *vm, Value pv, int64_t pop_size) {
  double atol = sqrt(2.220446049250313e-16);
  if (is_array(pv) && as_array(pv)->dtype == DT_FLOAT32) atol = fmax(atol, sqrt(1.1920929e-07));
  (void)v_len(vm, pv); /* d = len(p): TypeError for scalars */
  NdArray *p = arr_contiguous(vm, arr_as_array(vm, pv, -1), DT_FLOAT64);
  if (p->ndim != 1) vm_raise(vm, &EXC_ValueError, "'p' must be 1-dimensional");
  if (p->size != pop_size) vm_raise(vm, &EXC_ValueError, "'a' and 'p' must have same size");
  const double *px = (const double *)p->data;
  double p_sum = p->size ? kahan_sum(px, p->size) : 0.0;
  if (isnan(p_sum)) vm_raise(vm, &EXC_ValueError, "probabilities contain NaN");
  for (int64_t i = 0; i < p->size; i++)
    if (px[i] < 0) vm_raise(vm, &EXC_ValueError, "probabilities are not non-negative");
  if (fabs(p_sum - 1.0) > atol) vm_raise(vm, &EXC_ValueError, "probabilities do not sum to 1");
  return p;
}

/* replace=False with p: repeated draws, keeping first occurrences. */
static NdArray *choice_noreplace_p(VM *vm, NpRandom *r, NdArray *pin, int64_t size, int ndim,
                                   const int64_t *shape) {
  int64_t n = pin->size, nz = 0;
  const double *p0 = (const double *)pin->data;
  for (int64_t i = 0; i < n; i++) nz += p0[i] > 0;
  if (nz < size) vm_raise(vm, &EXC_ValueError, "Fewer non-zero entries in p than size");
  NdArray *found = arr_new(vm, DT_INT64, ndim < 0 ? 0 : ndim, shape);
  NdArray *pc = arr_copy(vm, pin), *cdfa = arr_new_uninit(vm, DT_FLOAT64, 1, &n);
  NdArray *xs = arr_new_uninit(vm, DT_FLOAT64, 1, &size);
  NdArray *seen = arr_new(vm, DT_BOOL, 1, &n);
  double *p = (double *)pc->data, *cdf = (double *)cdfa->data, *x = (double *)xs->data;
  int64_t *ff = (int64_t *)found->data;
  uint8_t *sn = (uint8_t *)seen->data;
  int64_t n_uniq = 0;
  while (n_uniq < size) {
    int64_t k = size - n_uniq;
    for (int64_t i = 0; i < k; i++) x[i] = rkdbl(r);
    for (int64_t i = 0; i < n_uniq; i++) p[ff[i]] = 0;
    make_cdf(p, n, cdf);
    for (int64_t i = 0; i < n; i++) sn[i] = 0;
    for (int64_t i = 0; i < k; i++) { /* unique values in order of first appearance */
      int64_t v = search_right(cdf, n, x[i]);
      if (v >= n || sn[v]) continue; /* v == n: cannot happen as x < 1 == cdf[-1] */
      sn[v] = 1;
      ff[n_uniq++] = v;
    }
  }
  return found;
}

static Value r_choice(VM *vm, Value self, const Args *a) {
  Value v[4];
  rargs(vm, a, "choice", "a,|size,replace,p", v);
  NpRandom *r = rs(self);
  NdArray *arr = arr_as_array(vm, v[0], -1);
  int64_t shape[ARR_MAXDIMS];
  int ndim = size_arg(vm, v[1], shape);
  int64_t size = 1;
  for (int i = 0; i < ndim; i++) size *= shape[i];
  bool replace = is_empty(v[2]) ? true : v_truthy(vm, v[2]);
  bool has_p = !is_empty(v[3]) && !is_none(v[3]);
  int64_t pop_size;
  if (arr->ndim == 0) {
    Value item = arr_scalar_from(vm, (DType)arr->dtype, arr->data);
    __int128 x;
    if (!int128_value(item, &x))
      vm_raise(vm, &EXC_ValueError, "a must be 1-dimensional or an integer");
    pop_size = index_arg(vm, item);
    if (pop_size <= 0 && (ndim < 0 || size != 0))
      vm_raise(vm, &EXC_ValueError, "a must be greater than 0 unless no samples are taken");
  } else if (arr->ndim != 1) {
    vm_raise(vm, &EXC_ValueError, "a must be 1-dimensional");
  } else {
    pop_size = arr->shape[0];
    if (pop_size == 0 && (ndim < 0 || size != 0))
      vm_raise(vm, &EXC_ValueError, "'a' cannot be empty unless no samples are taken");
  }
  NdArray *p = has_p ? choice_p(vm, v[3], pop_size) : NULL;

  NdArray *idx; /* int64, shape `shape` (or (1,)/() when size is None) */
  if (replace) {
    if (p) {
      int64_t n = p->size;
      NdArray *cdfa = arr_new_uninit(vm, DT_FLOAT64, 1, &n);
      double *cdf = (double *)cdfa->data;
      make_cdf((const double *)p->data, n, cdf);
      idx = arr_new_uninit(vm, DT_INT64, ndim < 0 ? 0 : ndim, shape);
      int64_t *ix = (int64_t *)idx->data;
      for (int64_t i = 0; i < idx->size; i++) ix[i] = search_right(cdf, n, rkdbl(r));
    } else {
      Value res = randint_core(vm, r, v_int(0), v_int(pop_size), ndim < 0 ? v_none() : shape_value(vm, ndim, shape), DT_INT64);
      if (!is_array(res)) {
        idx = arr_new_uninit(vm, DT_INT64, 0, NULL);
        *(int64_t *)idx->data = arr_index_value(vm, res);
      } else {
        idx = as_array(res);
      }
    }
  } else {
    if (size > pop_size)
      vm_raise(vm, &EXC_ValueError,
               "Cannot take a larger sample than population when 'replace=False'");
    if (p) {
      idx = choice_noreplace_p(vm, r, p, size, ndim, shape);
    } else {
      NdArray *perm = permutation_n(vm, r, pop_size);
      idx = arr_new_uninit(vm, DT_INT64, ndim < 0 ? 0 : ndim, shape);
      memcpy(idx->data, perm->data, (size_t)idx->size * sizeof(int64_t));
    }
  }
  if (ndim < 0) { /* a scalar: idx.item(0), then a[idx] */
    int64_t k = *(int64_t *)idx->data;
    if (arr->ndim == 0) return v_int(k);
    return arr_scalar_from(vm, (DType)arr->dtype, arr->data + k * arr->strides[0]);
  }
  if (arr->ndim == 0) return v_obj(idx);
  return v_obj(take_rows(vm, arr, idx));
}

/* ---- seed ------------------------------------------------------------------ */

static void cast_error(VM *vm, const char *what, Value dtv) {
  Value r = v_repr(vm, dtv);
  vm_raise(vm, &EXC_TypeError, "Cannot cast %s from %s to dtype('int64') according to the rule 'safe'",
           what, as_str(r)->data);
}

static void seed_state(VM *vm, NpRandom *r, Value s) {
  __int128 x;
  if (is_array(s) && as_array(s)->ndim == 0) s = arr_scalar_from(vm, (DType)as_array(s)->dtype, as_array(s)->data);
  if (is_empty(s) || is_none(s)) {
    mt19937_seed_os(&r->mt);
  } else if (int128_value(s, &x)) {
    if (x < 0 || x > 0xffffffffLL) vm_raise(vm, &EXC_ValueError, "Seed must be between 0 and 2**32 - 1");
    mt19937_init_genrand(&r->mt, (uint32_t)x);
  } else if (is_float(s) || is_npscalar(s)) {
    DtScalar ds;
    DType dt = is_float(s) ? DT_FLOAT64 : (arr_scalar_info(s, &ds) ? ds.dtype : DT_FLOAT64);
    cast_error(vm, "scalar", np_dtype_value(dt));
  } else if (is_str(s)) {
    Value d = str_printf(vm, "dtype('<U%lld')", (long long)as_str(s)->nchars);
    vm_raise(vm, &EXC_TypeError,
             "Cannot cast scalar from %s to dtype('int64') according to the rule 'safe'",
             as_str(d)->data);
  } else {
    NdArray *arr = arr_as_array(vm, s, -1);
    if (arr->size == 0) vm_raise(vm, &EXC_ValueError, "Seed must be non-empty");
    DType dt = (DType)arr->dtype;
    if (!dt_can_cast_safe(dt, DT_INT64)) cast_error(vm, "array data", np_dtype_value(dt));
    if (arr->ndim != 1) vm_raise(vm, &EXC_ValueError, "Seed array must be 1-d");
    NdArray *c = arr_contiguous(vm, arr, DT_INT64);
    const int64_t *d = (const int64_t *)c->data;
    for (int64_t i = 0; i < c->size; i++)
      if (d[i] < 0 || d[i] > 0xffffffffLL)
        vm_raise(vm, &EXC_ValueError, "Seed must be between 0 and 2**32 - 1");
    NdArray *key = arr_cast(vm, c, DT_UINT32);
    mt19937_init_by_array(&r->mt, (const uint32_t *)key->data, (size_t)key->size);
  }
  reset_gauss(r);
}

static Value r_seed(VM *vm, Value self, const Args *a) {
  Value v[1];
  rargs(vm, a, "seed", "|seed", v);
  seed_state(vm, rs(self), v[0]);
  return v_none();
}

/* ---- unsupported names ----------------------------------------------------- */

#define NPRANDOM_UNSUPPORTED(X) \
  X(binomial) X(beta) X(gamma) X(standard_gamma) X(chisquare) X(lognormal) X(geometric) \
  X(multinomial) X(multivariate_normal) X(laplace) X(logistic) X(gumbel) X(pareto)       \
  X(rayleigh) X(weibull) X(triangular) X(vonmises) X(wald) X(zipf) X(hypergeometric)     \
  X(negative_binomial) X(standard_cauchy) X(standard_t) X(f) X(noncentral_chisquare)     \
  X(noncentral_f) X(power) X(logseries) X(dirichlet) X(bytes) X(get_state) X(set_state)  \
  X(random_integers) X(default_rng) X(Generator) X(PCG64) X(MT19937) X(SeedSequence)

#define X(name)                                                                        \
  static Value unsup_##name(VM *vm, Value self, const Args *a) {                       \
    (void)self, (void)a;                                                               \
    vm_raise(vm, &EXC_NotImplementedError, "streak: numpy.random." #name " is not supported"); \
  }
NPRANDOM_UNSUPPORTED(X)
#undef X

/* ---- the type and the module -------------------------------------------- */

#define NPRANDOM_METHODS(X)                                                   \
  X(seed, r_seed) X(random_sample, r_random_sample) X(random, r_random)       \
  X(sample, r_random_sample) X(ranf, r_random_sample) X(rand, r_rand)         \
  X(randn, r_randn) X(standard_normal, r_standard_normal) X(normal, r_normal) \
  X(uniform, r_uniform) X(randint, r_randint) X(shuffle, r_shuffle)           \
  X(permutation, r_permutation) X(choice, r_choice)                           \
  X(exponential, r_exponential) X(standard_exponential, r_standard_exponential) \
  X(poisson, r_poisson)

static const MethodDef randomstate_methods[] = {
#define X(name, fn) {#name, fn},
    NPRANDOM_METHODS(X)
#undef X
#define X(name) {#name, unsup_##name},
    NPRANDOM_UNSUPPORTED(X)
#undef X
    {NULL, NULL}};

static Value randomstate_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[1];
  rargs(vm, a, "__init__", "|seed", v);
  RandomStateObj *o = gc_alloc(vm, &TYPE_NPRANDOMSTATE, sizeof(RandomStateObj));
  o->st = &o->own;
  seed_state(vm, o->st, v[0]);
  return v_obj(o);
}

static Value randomstate_repr(VM *vm, Value self) {
  return str_printf(vm, "RandomState(MT19937) at 0x%llX", (unsigned long long)(uintptr_t)self.as.o);
}

Type TYPE_NPRANDOMSTATE = {
    .hdr = TYPE_HEADER,
    .name = "RandomState",
    .repr = randomstate_repr,
    .ctor = randomstate_ctor,
    .methods = randomstate_methods,
};

void np_register_random(VM *vm, Module *np) {
  RandomStateObj *inst = gc_alloc(vm, &TYPE_NPRANDOMSTATE, sizeof(RandomStateObj));
  inst->st = nprandom_state(vm);
  Module *m = module_new(vm, "numpy.random");
  for (const MethodDef *d = randomstate_methods; d->name; d++)
    module_set(vm, m, d->name, builtin_new(vm, d->name, d->fn, v_obj(inst)));
  module_set(vm, m, "RandomState", v_obj(&TYPE_NPRANDOMSTATE));
  module_set(vm, np, "random", v_obj(m));
  dict_set_str(vm, vm->modules, str_intern_c(vm, "numpy.random"), v_obj(m));
}
