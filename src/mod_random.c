/*
** mod_random.c — the `random` module with CPython's exact streams.
**
** The generator is MT19937 seeded like CPython's _random (init_by_array over
** the 32-bit words of abs(seed), least significant first). Everything above
** it mirrors Lib/random.py of 3.11 step by step — _randbelow by rejection on
** getrandbits(n.bit_length()), shuffle's reversed Fisher–Yates, sample's
** pool-or-set choice, choices' bisect, gauss's cached second value — because
** a program's output depends on the exact number and order of draws.
**
** The module functions are methods bound to one hidden Random instance whose
** state is vm->pyrandom, as in CPython; random.Random(x) makes more.
*/
#include "mod_random.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

/* ---- MT19937 (reference algorithm of Matsumoto and Nishimura) ---------- */

enum { MT_M = 397 };
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

void mt19937_init_genrand(MT19937 *s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < MT19937_N; i++)
    s->mt[i] = 1812433253U * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
  s->mti = MT19937_N;
}

void mt19937_init_by_array(MT19937 *s, const uint32_t *key, size_t len) {
  uint32_t *mt = s->mt;
  mt19937_init_genrand(s, 19650218U);
  size_t i = 1, j = 0;
  size_t k = MT19937_N > len ? MT19937_N : len;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= MT19937_N) { mt[0] = mt[MT19937_N - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  for (k = MT19937_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
    i++;
    if (i >= MT19937_N) { mt[0] = mt[MT19937_N - 1]; i = 1; }
  }
  mt[0] = 0x80000000U; /* MSB is 1, assuring a non-zero initial array */
}

/* The twist, with the matrix selected arithmetically (-(y & 1) & A)
** rather than from a table: the first two loops then vectorise (their
** reads run ahead of their writes, or 227 words behind), a quarter of
** a random-number-bound loop's time (mc_pi) before. The AVX2/AVX-512
** clones (picked once at load time, as runtime/ufunc.c's float loops)
** twist in 50-70 ns where SSE2's 4-word vectors take 220: mc_pi draws
** 64k twists in 1e7 iterations. Integer operations: the same words. */
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
static void mt_generate(MT19937 *s) {
  uint32_t *mt = s->mt, y;
  int kk;
  for (kk = 0; kk < MT19937_N - MT_M; kk++) {
    y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
    mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ (-(y & 1U) & MT_MATRIX_A);
  }
  for (; kk < MT19937_N - 1; kk++) {
    y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
    mt[kk] = mt[kk + (MT_M - MT19937_N)] ^ (y >> 1) ^ (-(y & 1U) & MT_MATRIX_A);
  }
  y = (mt[MT19937_N - 1] & MT_UPPER_MASK) | (mt[0] & MT_LOWER_MASK);
  mt[MT19937_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ (-(y & 1U) & MT_MATRIX_A);
  s->mti = 0;
}

void mt19937_refill(MT19937 *s) {
  if (s->mti == MT19937_N + 1) mt19937_init_genrand(s, 5489U);
  mt_generate(s);
}

uint32_t mt19937_genrand_uint32(MT19937 *s) {
  if (s->mti >= MT19937_N) mt19937_refill(s);
  uint32_t y = s->mt[s->mti++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double mt19937_random_double(MT19937 *s) {
  uint32_t a = mt19937_genrand_uint32(s) >> 5, b = mt19937_genrand_uint32(s) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void mt19937_seed_os(MT19937 *s) {
  uint32_t key[MT19937_N];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t r = getrandom((char *)key + got, sizeof key - got, 0);
    if (r <= 0) break;
    got += (size_t)r;
  }
  if (got == sizeof key) {
    mt19937_init_by_array(s, key, MT19937_N);
    return;
  }
  /* No entropy source: time and pid, as CPython's random_seed_time_pid. */
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t k[5];
  k[0] = (uint32_t)ts.tv_sec;
  k[1] = (uint32_t)((uint64_t)ts.tv_sec >> 32);
  k[2] = (uint32_t)ts.tv_nsec;
  k[3] = (uint32_t)getpid();
  clock_gettime(CLOCK_MONOTONIC, &ts);
  k[4] = (uint32_t)ts.tv_nsec;
  mt19937_init_by_array(s, k, 5);
}

/* ---- SHA-512 (FIPS 180-4), for random.seed(str) ----------------------- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const uint8_t *p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) {
    uint64_t x = 0;
    for (int b = 0; b < 8; b++) x = (x << 8) | p[i * 8 + b];
    w[i] = x;
  }
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; i++) {
    uint64_t S1 = ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = hh + S1 + ch + sha512_k[i] + w[i];
    uint64_t S0 = ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = S0 + maj;
    hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

void mod_random_sha512(const void *data, size_t n, uint8_t out[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  const uint8_t *p = data;
  size_t left = n;
  for (; left >= 128; left -= 128, p += 128) sha512_block(h, p);
  uint8_t tail[256] = {0};
  memcpy(tail, p, left);
  tail[left] = 0x80;
  size_t tlen = left + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bits = (uint64_t)n * 8; /* the high 64 bits of the 128-bit length stay 0 */
  for (int b = 0; b < 8; b++) tail[tlen - 1 - b] = (uint8_t)(bits >> (8 * b));
  for (size_t off = 0; off < tlen; off += 128) sha512_block(h, tail + off);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) out[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
}

/* ---- Random objects --------------------------------------------------- */

typedef struct RandomObj {
  Obj hdr;
  PyRandom *st; /* &own, or vm->pyrandom for the module's hidden instance */
  PyRandom own;
} RandomObj;

Type TYPE_RANDOM;

static PyRandom *rstate(Value self) { return ((RandomObj *)self.as.o)->st; }

MT19937 *mod_random_mt(Value random_obj) { return &rstate(random_obj)->mt; }

void mod_random_free(VM *vm) {
  free(vm->pyrandom);
  vm->pyrandom = NULL;
}

/* ---- seeding ---------------------------------------------------------- */

/* Seeds from the magnitude of an integer: its 32-bit words, least
** significant first, at least one word (CPython's random_seed). */
static void seed_from_mpz(PyRandom *r, mpz_t z) {
  mpz_abs(z, z);
  size_t nwords = (mpz_sizeinbase(z, 2) + 31) / 32;
  uint32_t *key = util_xmalloc((nwords ? nwords : 1) * sizeof *key);
  size_t count = 0;
  mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
  if (count == 0) key[0] = 0, count = 1;
  mt19937_init_by_array(&r->mt, key, count);
  free(key);
}

static void seed_from_u64(PyRandom *r, uint64_t u) {
  uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
  mt19937_init_by_array(&r->mt, key, key[1] ? 2 : 1);
}

static void seed_value(VM *vm, PyRandom *r, Value a) {
  if (is_empty(a) || is_none(a)) {
    mt19937_seed_os(&r->mt);
  } else if (is_int(a) || is_bool(a)) {
    int64_t i = a.as.i;
    seed_from_u64(r, i < 0 ? (uint64_t)(-(i + 1)) + 1 : (uint64_t)i);
  } else if (is_bigint(a)) {
    mpz_t z;
    mpz_init_set(z, as_bigint(a)->z);
    seed_from_mpz(r, z);
    mpz_clear(z);
  } else if (is_str(a)) {
    /* version 2: int.from_bytes(a.encode() + sha512(a.encode()).digest()) */
    Str *s = as_str(a);
    size_t n = (size_t)s->nbytes;
    uint8_t *buf = util_xmalloc(n + 64);
    memcpy(buf, s->data, n);
    mod_random_sha512(s->data, n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 1, 0, buf);
    free(buf);
    seed_from_mpz(r, z);
    mpz_clear(z);
  } else if (is_float(a)) {
    /* CPython seeds other hashables with (size_t)hash(a) — not its abs */
    seed_from_u64(r, (uint64_t)v_hash(vm, a));
  } else {
    vm_raise(vm, &EXC_TypeError, "The only supported seed types are: None,\n"
                                 "int, float, str, bytes, and bytearray.");
  }
  r->has_gauss_next = false;
}

/* ---- the raw draws ---------------------------------------------------- */

static double rnd_double(PyRandom *r) { return mt19937_random_double(&r->mt); }

/* getrandbits(k) for 0 <= k <= 64, word order as CPython's (low word first). */
static uint64_t getrandbits64(MT19937 *mt, int k) {
  if (k == 0) return 0;
  if (k <= 32) return mt19937_genrand_uint32(mt) >> (32 - k);
  uint64_t lo = mt19937_genrand_uint32(mt);
  uint64_t hi = mt19937_genrand_uint32(mt) >> (64 - k);
  return lo | hi << 32;
}

uint64_t mt19937_getrandbits(MT19937 *s, int k) { return getrandbits64(s, k); }

static void getrandbits_mpz(PyRandom *r, uint64_t k, mpz_t out) {
  if (k == 0) {
    mpz_set_ui(out, 0);
    return;
  }
  size_t words = (size_t)((k - 1) / 32 + 1);
  uint32_t *buf = util_xmalloc(words * sizeof *buf);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t w = mt19937_genrand_uint32(&r->mt);
    if (k < 32) w >>= (32 - k);
    buf[i] = w;
    if (k < 32) break;
  }
  mpz_import(out, words, -1, sizeof *buf, 0, 0, buf);
  free(buf);
}

static int bit_length_u64(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }

/* _randbelow_with_getrandbits for 0 < n < 2**63. */
int64_t mt19937_randbelow(MT19937 *mt, int64_t n) {
  int k = bit_length_u64((uint64_t)n);
  uint64_t x = getrandbits64(mt, k);
  while (x >= (uint64_t)n) x = getrandbits64(mt, k);
  return (int64_t)x;
}

static int64_t randbelow_i64(PyRandom *r, int64_t n) { return mt19937_randbelow(&r->mt, n); }

/* _randbelow for any n > 0 held in an mpz; result into out. */
static void randbelow_mpz(PyRandom *r, const mpz_t n, mpz_t out) {
  uint64_t k = mpz_sizeinbase(n, 2);
  getrandbits_mpz(r, k, out);
  while (mpz_cmp(out, n) >= 0) getrandbits_mpz(r, k, out);
}

/* ---- argument helpers ------------------------------------------------- */

static Value norm_int(Value v) { return is_bool(v) ? v_int(v.as.i) : v; }

/* An int argument used as a count: "'float' object cannot be interpreted as an integer". */
static int64_t int_arg(VM *vm, Value v) {
  int64_t out;
  v = v_index_operand(vm, v);
  if (is_int(v) || is_bool(v)) return v.as.i;
  if (is_bigint(v) && int_fits_i64(v, &out)) return out;
  if (is_bigint(v)) vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
}

static bool small_i64(Value v, int64_t *out) {
  if (!(is_int(v) || is_bool(v))) return false;
  if (v.as.i > ((int64_t)1 << 61) || v.as.i < -((int64_t)1 << 61)) return false;
  *out = v.as.i;
  return true;
}

static Value rnd_self(VM *vm, Value self) {
  if (!is_type(self, &TYPE_RANDOM)) vm_raise(vm, &EXC_TypeError, "descriptor requires a 'Random' object");
  return self;
}

/* ---- methods ---------------------------------------------------------- */

/* seed(s, version=1): Python 2's string hash of s, as random.py computes it. */
static uint64_t seed_v1_hash(Str *s) {
  uint64_t x = 0;
  int64_t n = 0;
  for (int64_t i = 0; i < s->nbytes; n++) {
    uint32_t c;
    i += utf8_decode(s->data + i, &c);
    x = n == 0 ? (uint64_t)c << 7 : x;
    x = (1000003 * x) ^ c;
  }
  return x ^ (uint64_t)n;
}

static Value m_seed(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.seed", "!@|a,version", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  if (is_str(arg[0]) && is_int(arg[1]) && arg[1].as.i == 1) {
    seed_from_u64(r, seed_v1_hash(as_str(arg[0])));
    r->has_gauss_next = false;
  } else {
    seed_value(vm, r, arg[0]);
  }
  return v_none();
}

static Value m_random(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "Random.random", 0, 0);
  return v_float(rnd_double(rstate(rnd_self(vm, self))));
}

static Value m_getrandbits(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "Random.getrandbits", 1, 1);
  PyRandom *r = rstate(rnd_self(vm, self));
  int64_t k = int_arg(vm, a->argv[0]);
  if (k < 0) vm_raise(vm, &EXC_ValueError, "number of bits must be non-negative");
  if (k <= 63) return v_int((int64_t)getrandbits64(&r->mt, (int)k));
  mpz_t z;
  mpz_init(z);
  getrandbits_mpz(r, (uint64_t)k, z);
  Value v = int_from_mpz(vm, z);
  mpz_clear(z);
  return v;
}

/* int(x) for randrange's non-int arguments, with 3.11's messages. */
static Value rr_index(VM *vm, Value v, const char *what) {
  v = v_number(vm, v); /* operator.index, or int() of a NumPy float as of a float */
  if (v_is_intlike(v)) return norm_int(v);
  if (is_float(v)) {
    Value i = int_from_double(vm, v.as.f);
    if (!v_compare(vm, i, v, CMP_EQ)) vm_raise(vm, &EXC_ValueError, "non-integer %s for randrange()", what);
    return i;
  }
  if (is_str(v)) { /* int('5') works, and differs from '5' (a bad literal raises in int()) */
    int_from_string(vm, as_str(v)->data, (size_t)as_str(v)->nbytes, 10);
    vm_raise(vm, &EXC_ValueError, "non-integer %s for randrange()", what);
  }
  vm_raise(vm, &EXC_TypeError,
           "int() argument must be a string, a bytes-like object or a real number, not '%s'",
           v_typename(v));
}

static Value randrange_big(VM *vm, PyRandom *r, Value vstart, Value vstop, Value vstep) {
  mpz_t start, stop, step, width, n, x;
  mpz_inits(start, stop, step, width, n, x, NULL);
  int_to_mpz(vstart, start);
  int_to_mpz(vstop, stop);
  int_to_mpz(vstep, step);
  mpz_sub(width, stop, start);
  const char *err = NULL;
  if (mpz_cmp_ui(step, 1) == 0) {
    if (mpz_sgn(width) > 0) {
      randbelow_mpz(r, width, x);
      mpz_add(x, x, start);
    } else {
      err = "width";
    }
  } else {
    int sg = mpz_sgn(step);
    if (sg == 0) {
      err = "zero step for randrange()";
    } else {
      mpz_add(n, width, step);
      if (sg > 0) mpz_sub_ui(n, n, 1);
      else mpz_add_ui(n, n, 1);
      mpz_fdiv_q(n, n, step);
      if (mpz_sgn(n) <= 0) {
        err = "empty range for randrange()";
      } else {
        randbelow_mpz(r, n, x);
        mpz_mul(x, x, step);
        mpz_add(x, x, start);
      }
    }
  }
  if (err) {
    Value msg;
    if (err[0] == 'w') {
      char *s1 = mpz_get_str(NULL, 10, start), *s2 = mpz_get_str(NULL, 10, stop),
           *s3 = mpz_get_str(NULL, 10, width);
      msg = str_printf(vm, "empty range for randrange() (%s, %s, %s)", s1, s2, s3);
      free(s1), free(s2), free(s3);
    } else {
      msg = str_from_cstr(vm, err);
    }
    mpz_clears(start, stop, step, width, n, x, NULL);
    vm_raise(vm, &EXC_ValueError, "%s", as_str(msg)->data);
  }
  Value res = int_from_mpz(vm, x);
  mpz_clears(start, stop, step, width, n, x, NULL);
  return res;
}

/* Lib/random.py's randrange; stop/step V_EMPTY when not given. */
static Value randrange(VM *vm, PyRandom *r, Value start, Value stop, Value step) {
  Value istart = rr_index(vm, start, "arg 1");
  if (is_empty(stop) || is_none(stop)) {
    if (!is_empty(step) && !(is_int(step) && step.as.i == 1))
      vm_raise(vm, &EXC_TypeError, "Missing a non-None stop argument");
    if (is_int(istart)) {
      if (istart.as.i > 0) return v_int(randbelow_i64(r, istart.as.i));
    } else if (int_sign(istart) > 0) {
      mpz_t n, x;
      mpz_inits(n, x, NULL);
      int_to_mpz(istart, n);
      randbelow_mpz(r, n, x);
      Value v = int_from_mpz(vm, x);
      mpz_clears(n, x, NULL);
      return v;
    }
    vm_raise(vm, &EXC_ValueError, "empty range for randrange()");
  }
  Value istop = rr_index(vm, stop, "stop");
  Value istep = is_empty(step) ? v_int(1) : rr_index(vm, step, "step");
  int64_t s0, s1, st;
  if (!(small_i64(istart, &s0) && small_i64(istop, &s1) && small_i64(istep, &st)))
    return randrange_big(vm, r, istart, istop, istep);
  int64_t width = s1 - s0, n;
  if (st == 1) {
    if (width > 0) return v_int(s0 + randbelow_i64(r, width));
    vm_raise(vm, &EXC_ValueError, "empty range for randrange() (%lld, %lld, %lld)", (long long)s0,
             (long long)s1, (long long)width);
  }
  if (st == 0) vm_raise(vm, &EXC_ValueError, "zero step for randrange()");
  int64_t num = st > 0 ? width + st - 1 : width + st + 1;
  n = num / st - ((num % st != 0) && ((num < 0) != (st < 0))); /* floor division */
  if (n <= 0) vm_raise(vm, &EXC_ValueError, "empty range for randrange()");
  return v_int(s0 + st * randbelow_i64(r, n));
}

static Value m_randrange(VM *vm, Value self, const Args *a) {
  Value arg[3];
  args_parse(vm, a, "Random.randrange", "!@start,|stop,step", arg);
  return randrange(vm, rstate(rnd_self(vm, self)), arg[0], arg[1], arg[2]);
}

static Value m_randint(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.randint", "!@a,b", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  int64_t lo, hi;
  if (small_i64(arg[0], &lo) && small_i64(arg[1], &hi)) {
    if (hi + 1 - lo > 0) return v_int(lo + randbelow_i64(r, hi + 1 - lo));
    return randrange(vm, r, v_int(lo), v_int(hi + 1), v_empty());
  }
  Value stop = v_binop(vm, BINOP_ADD, arg[1], v_int(1));
  return randrange(vm, r, arg[0], stop, v_empty());
}

static Value m_choice(VM *vm, Value self, const Args *a) {
  Value seq;
  args_parse(vm, a, "Random.choice", "!@seq", &seq);
  PyRandom *r = rstate(rnd_self(vm, self));
  int64_t n = v_len(vm, seq);
  if (n == 0) vm_raise(vm, &EXC_IndexError, "Cannot choose from an empty sequence");
  int64_t i = randbelow_i64(r, n);
  if (is_list(seq) && i < as_list(seq)->n) return as_list(seq)->items[i];
  return v_getitem(vm, seq, v_int(i));
}

static Value m_shuffle(VM *vm, Value self, const Args *a) {
  Value x;
  args_parse(vm, a, "Random.shuffle", "!@x", &x);
  PyRandom *r = rstate(rnd_self(vm, self));
  int64_t n = v_len(vm, x);
  for (int64_t i = n - 1; i >= 1; i--) {
    int64_t j = randbelow_i64(r, i + 1);
    if (is_list(x) && as_list(x)->n == n) {
      Value *it = as_list(x)->items, t = it[i];
      it[i] = it[j], it[j] = t;
    } else {
      Value xi = v_getitem(vm, x, v_int(i)), xj = v_getitem(vm, x, v_int(j));
      v_setitem(vm, x, v_int(i), xj);
      v_setitem(vm, x, v_int(j), xi);
    }
  }
  return v_none();
}

/* A set of int64 for sample's selection (open addressing, malloc'd). */
typedef struct IdxSet { int64_t *slot; size_t cap, n; } IdxSet;

static bool idxset_add(IdxSet *s, int64_t v) { /* false if present */
  if (2 * (s->n + 1) > s->cap) {
    IdxSet t = {util_xmalloc((s->cap ? s->cap * 2 : 64) * sizeof(int64_t)), s->cap ? s->cap * 2 : 64, 0};
    for (size_t i = 0; i < t.cap; i++) t.slot[i] = -1;
    for (size_t i = 0; i < s->cap; i++)
      if (s->slot[i] >= 0) idxset_add(&t, s->slot[i]);
    free(s->slot);
    *s = t;
  }
  size_t h = ((uint64_t)v * 0x9E3779B97F4A7C15ULL) & (s->cap - 1);
  while (s->slot[h] >= 0) {
    if (s->slot[h] == v) return false;
    h = (h + 1) & (s->cap - 1);
  }
  s->slot[h] = v;
  s->n++;
  return true;
}

static bool is_sequence(Value v) {
  return is_list(v) || is_tuple(v) || is_str(v) || is_range(v);
}

static Value sample_counts(VM *vm, Value self, Value population, Value k, Value counts);

static Value m_sample(VM *vm, Value self, const Args *a) {
  Value arg[3];
  args_parse(vm, a, "Random.sample", "!@population,k,$counts", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  Value pop = arg[0];
  if (!is_sequence(pop))
    vm_raise(vm, &EXC_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  if (!is_empty(arg[2]) && !is_none(arg[2])) return sample_counts(vm, self, pop, arg[1], arg[2]);
  int64_t n = v_len(vm, pop);
  arg[1] = v_index_operand(vm, arg[1]);
  if (!v_is_intlike(arg[1]) && !is_float(arg[1]))
    vm_raise(vm, &EXC_TypeError, "'<=' not supported between instances of 'int' and '%s'",
             v_typename(arg[1]));
  if (!(v_compare(vm, v_int(0), arg[1], CMP_LE) && v_compare(vm, arg[1], v_int(n), CMP_LE)))
    vm_raise(vm, &EXC_ValueError, "Sample larger than population or is negative");
  if (!v_is_intlike(arg[1]))
    vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(arg[1]));
  int64_t k = int_arg(vm, arg[1]);
  List *result = list_new(vm, k);
  int64_t setsize = 21;
  if (k > 5) {
    double e = ceil(log((double)(k * 3)) / log(4.0));
    setsize = e >= 31 ? INT64_MAX : setsize + ((int64_t)1 << (2 * (int)e));
  }
  if (n <= setsize) {
    List *pool = as_list(list_from_iterable(vm, pop));
    for (int64_t i = 0; i < k; i++) {
      int64_t j = randbelow_i64(r, n - i);
      list_append(vm, result, pool->items[j]);
      pool->items[j] = pool->items[n - i - 1];
    }
    return v_obj(result);
  }
  /* Draw every index first, then index the population: nothing raises
  ** while the malloc'd index set is alive. */
  IdxSet sel = {0};
  int64_t *picks = util_xmalloc((size_t)(k ? k : 1) * sizeof *picks);
  for (int64_t i = 0; i < k; i++) {
    int64_t j = randbelow_i64(r, n);
    while (!idxset_add(&sel, j)) j = randbelow_i64(r, n);
    picks[i] = j;
  }
  free(sel.slot);
  List *idx = list_new(vm, k);
  for (int64_t i = 0; i < k; i++) list_append(vm, idx, v_int(picks[i]));
  free(picks);
  for (int64_t i = 0; i < k; i++) list_append(vm, result, v_getitem(vm, pop, idx->items[i]));
  return v_obj(result);
}

/* bisect.bisect_right(a, x, lo, hi) over a list of numbers. */
static int64_t bisect_right(VM *vm, List *a, Value x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    Value m = a->items[mid];
    bool less = is_float(x) && is_float(m) ? x.as.f < m.as.f : v_compare(vm, x, m, CMP_LT);
    if (less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/* list(itertools.accumulate(it)) */
static List *accumulate(VM *vm, Value iterable) {
  List *out = list_new(vm, 0);
  Value it = v_iter(vm, iterable), x, total = v_empty();
  while (v_next(vm, it, &x)) {
    total = is_empty(total) ? x : v_binop(vm, BINOP_ADD, total, x);
    list_append(vm, out, total);
  }
  return out;
}

static Value sample_counts(VM *vm, Value self, Value population, Value k, Value counts) {
  int64_t n = v_len(vm, population);
  List *cum = accumulate(vm, counts);
  if (cum->n != n) vm_raise(vm, &EXC_ValueError, "The number of counts does not match the population");
  Value total = cum->items[--cum->n];
  if (!v_is_intlike(total)) vm_raise(vm, &EXC_TypeError, "Counts must be integers");
  if (int_sign(total) <= 0) vm_raise(vm, &EXC_ValueError, "Total of counts must be greater than zero");
  int64_t tot = int_arg(vm, total);
  Value argv[2] = {range_new(vm, 0, tot, 1), k};
  Value kwname = v_obj(str_intern_c(vm, "k"));
  Args sa = {1, argv, 1, &kwname, &argv[1]};
  Value sel = m_sample(vm, self, &sa);
  List *s = as_list(sel);
  for (int64_t i = 0; i < s->n; i++)
    s->items[i] = v_getitem(vm, population, v_int(bisect_right(vm, cum, s->items[i], 0, cum->n)));
  return sel;
}

static Value m_choices(VM *vm, Value self, const Args *a) {
  Value arg[4];
  args_parse(vm, a, "Random.choices", "!@population,|weights,$cum_weights,k", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  Value pop = arg[0], weights = arg[1], cum_w = arg[2];
  int64_t n = v_len(vm, pop);
  int64_t k = is_empty(arg[3]) ? 1 : int_arg(vm, arg[3]);
  List *out = list_new(vm, k > 0 ? k : 0);
  bool no_w = is_empty(weights) || is_none(weights);
  List *cum;
  if (is_empty(cum_w) || is_none(cum_w)) {
    if (no_w) {
      double fn = (double)n;
      for (int64_t i = 0; i < k; i++) {
        int64_t j = (int64_t)floor(rnd_double(r) * fn);
        list_append(vm, out, is_list(pop) && j < as_list(pop)->n ? as_list(pop)->items[j]
                                                                   : v_getitem(vm, pop, v_int(j)));
      }
      return v_obj(out);
    }
    if (v_is_intlike(weights)) {
      Value rep = v_repr(vm, weights);
      vm_raise(vm, &EXC_TypeError, "The number of choices must be a keyword argument: k=%s",
               as_str(rep)->data);
    }
    cum = accumulate(vm, weights);
  } else {
    if (!no_w) vm_raise(vm, &EXC_TypeError, "Cannot specify both weights and cumulative weights");
    cum = as_list(list_from_iterable(vm, cum_w));
  }
  if (cum->n != n) vm_raise(vm, &EXC_ValueError, "The number of weights does not match the population");
  if (n == 0) vm_raise(vm, &EXC_IndexError, "list index out of range");
  double total = v_to_double(vm, cum->items[n - 1]) + 0.0;
  if (total <= 0.0) vm_raise(vm, &EXC_ValueError, "Total of weights must be greater than zero");
  if (!isfinite(total)) vm_raise(vm, &EXC_ValueError, "Total of weights must be finite");
  for (int64_t i = 0; i < k; i++) {
    int64_t j = bisect_right(vm, cum, v_float(rnd_double(r) * total), 0, n - 1);
    list_append(vm, out, v_getitem(vm, pop, v_int(j)));
  }
  return v_obj(out);
}

/* a + (b - a) * random(), with Python's int/float arithmetic. */
static Value m_uniform(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.uniform", "!@a,b", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double u = rnd_double(r);
  int64_t ia, ib;
  bool sa = small_i64(arg[0], &ia), sb = small_i64(arg[1], &ib);
  if ((sa || is_float(arg[0])) && (sb || is_float(arg[1]))) {
    double da = sa ? (double)ia : arg[0].as.f, db = sb ? (double)ib : arg[1].as.f;
    double diff = sa && sb ? (double)(ib - ia) : db - da;
    return v_float(da + diff * u);
  }
  Value d = v_binop(vm, BINOP_SUB, arg[1], arg[0]);
  return v_binop(vm, BINOP_ADD, arg[0], v_binop(vm, BINOP_MUL, d, v_float(u)));
}

static double float_arg(VM *vm, const Value *arg, int i, double dflt) {
  return is_empty(arg[i]) ? dflt : v_to_double(vm, arg[i]);
}

static Value m_triangular(VM *vm, Value self, const Args *a) {
  Value arg[3];
  args_parse(vm, a, "Random.triangular", "!@|low,high,mode", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double u = rnd_double(r);
  double low = float_arg(vm, arg, 0, 0.0), high = float_arg(vm, arg, 1, 1.0), c = 0.5;
  if (!is_empty(arg[2]) && !is_none(arg[2])) {
    if (high - low == 0.0) return is_empty(arg[0]) ? v_float(0.0) : arg[0];
    c = (v_to_double(vm, arg[2]) - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    double t = low;
    low = high, high = t;
  }
  return v_float(low + (high - low) * sqrt(u * c));
}

static double normalvariate(PyRandom *r) {
  const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
  for (;;) {
    double u1 = rnd_double(r);
    double u2 = 1.0 - rnd_double(r);
    double z = nv_magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -log(u2)) return z;
  }
}

static Value m_normalvariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.normalvariate", "!@|mu,sigma", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double mu = float_arg(vm, arg, 0, 0.0), sigma = float_arg(vm, arg, 1, 1.0);
  return v_float(mu + normalvariate(r) * sigma);
}

static Value m_lognormvariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.lognormvariate", "!@mu,sigma", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double mu = v_to_double(vm, arg[0]), sigma = v_to_double(vm, arg[1]);
  return v_float(exp(mu + normalvariate(r) * sigma));
}

double mod_random_gauss_z(MT19937 *mt) {
  _Static_assert(offsetof(PyRandom, mt) == 0, "a PyRandom starts with its generator");
  PyRandom *r = (PyRandom *)mt;
  if (r->has_gauss_next) {
    r->has_gauss_next = false;
    return r->gauss_next;
  }
  double x2pi = rnd_double(r) * (2.0 * M_PI);
  double g2rad = sqrt(-2.0 * log(1.0 - rnd_double(r)));
  r->gauss_next = sin(x2pi) * g2rad;
  r->has_gauss_next = true;
  return cos(x2pi) * g2rad;
}

static Value m_gauss(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.gauss", "!@|mu,sigma", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double mu = float_arg(vm, arg, 0, 0.0), sigma = float_arg(vm, arg, 1, 1.0);
  return v_float(mu + mod_random_gauss_z(&r->mt) * sigma);
}

static double checked_div(VM *vm, double x, double y) {
  if (y == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float division by zero");
  return x / y;
}

static Value m_expovariate(VM *vm, Value self, const Args *a) {
  Value arg[1];
  args_parse(vm, a, "Random.expovariate", "!@lambd", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double lambd = v_to_double(vm, arg[0]);
  return v_float(checked_div(vm, -log(1.0 - rnd_double(r)), lambd));
}

static double py_fmod_pos(double x, double m) { /* Python's x % m for m > 0 */
  double mod = fmod(x, m);
  if (mod != 0.0 && (mod < 0) != (m < 0)) mod += m;
  else if (mod == 0.0) mod = copysign(0.0, m);
  return mod;
}

static Value m_vonmisesvariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.vonmisesvariate", "!@mu,kappa", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double mu = v_to_double(vm, arg[0]), kappa = v_to_double(vm, arg[1]);
  const double twopi = 2.0 * M_PI;
  if (kappa <= 1e-6) return v_float(twopi * rnd_double(r));
  double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s), z;
  for (;;) {
    double u1 = rnd_double(r);
    z = cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = rnd_double(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
  double u3 = rnd_double(r);
  return v_float(u3 > 0.5 ? py_fmod_pos(mu + acos(f), twopi) : py_fmod_pos(mu - acos(f), twopi));
}

static double py_pow(VM *vm, double x, double y) {
  if (x == 0.0 && y < 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0.0 && y != floor(y) && isfinite(y))
    vm_raise(vm, &EXC_ValueError, "math domain error"); /* Python would return a complex */
  return pow(x, y);
}

static double gammavariate(VM *vm, PyRandom *r, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) vm_raise(vm, &EXC_ValueError, "gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
    double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
    for (;;) {
      double u1 = rnd_double(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - rnd_double(r);
      double v = log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -log(1.0 - rnd_double(r)) * beta;
  double x;
  for (;;) {
    double u = rnd_double(r);
    double b = (M_E + alpha) / M_E, p = b * u;
    if (p <= 1.0) x = py_pow(vm, p, 1.0 / alpha);
    else x = -log((b - p) / alpha);
    double u1 = rnd_double(r);
    if (p > 1.0) {
      if (u1 <= py_pow(vm, x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) {
      break;
    }
  }
  return x * beta;
}

static Value m_gammavariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.gammavariate", "!@alpha,beta", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  return v_float(gammavariate(vm, r, v_to_double(vm, arg[0]), v_to_double(vm, arg[1])));
}

static Value m_betavariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.betavariate", "!@alpha,beta", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double alpha = v_to_double(vm, arg[0]), beta = v_to_double(vm, arg[1]);
  double y = gammavariate(vm, r, alpha, 1.0);
  if (y != 0.0) return v_float(y / (y + gammavariate(vm, r, beta, 1.0)));
  return v_float(0.0);
}

static Value m_paretovariate(VM *vm, Value self, const Args *a) {
  Value arg[1];
  args_parse(vm, a, "Random.paretovariate", "!@alpha", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double alpha = v_to_double(vm, arg[0]);
  double u = 1.0 - rnd_double(r);
  return v_float(py_pow(vm, u, checked_div(vm, -1.0, alpha)));
}

static Value m_weibullvariate(VM *vm, Value self, const Args *a) {
  Value arg[2];
  args_parse(vm, a, "Random.weibullvariate", "!@alpha,beta", arg);
  PyRandom *r = rstate(rnd_self(vm, self));
  double alpha = v_to_double(vm, arg[0]), beta = v_to_double(vm, arg[1]);
  double u = 1.0 - rnd_double(r);
  return v_float(alpha * py_pow(vm, -log(u), checked_div(vm, 1.0, beta)));
}

static Value m_getstate(VM *vm, Value self, const Args *a) {
  args_parse(vm, a, "Random.getstate", "!@", NULL);
  PyRandom *r = rstate(rnd_self(vm, self));
  Tuple *inner = tuple_new(vm, MT19937_N + 1);
  for (int i = 0; i < MT19937_N; i++) inner->items[i] = v_int(r->mt.mt[i]);
  inner->items[MT19937_N] = v_int(r->mt.mti);
  Value items[3] = {v_int(3), v_obj(inner), r->has_gauss_next ? v_float(r->gauss_next) : v_none()};
  return tuple_from(vm, items, 3);
}

static Value m_setstate(VM *vm, Value self, const Args *a) {
  Value state;
  args_parse(vm, a, "Random.setstate", "!@state", &state);
  PyRandom *r = rstate(rnd_self(vm, self));
  Value version = v_getitem(vm, state, v_int(0));
  if (!(is_int(version) && (version.as.i == 3 || version.as.i == 2))) {
    Value rep = v_str(vm, version);
    vm_raise(vm, &EXC_ValueError, "state with version %s passed to Random.setstate() of version 3",
             as_str(rep)->data);
  }
  if (v_len(vm, state) != 3) vm_raise(vm, &EXC_ValueError, "too many values to unpack (expected 3)");
  Value inner = v_getitem(vm, state, v_int(1)), gn = v_getitem(vm, state, v_int(2));
  if (!is_tuple(inner)) vm_raise(vm, &EXC_TypeError, "state vector must be a tuple");
  Tuple *t = as_tuple(inner);
  if (t->n != MT19937_N + 1) vm_raise(vm, &EXC_ValueError, "state vector is the wrong size");
  MT19937 mt;
  for (int i = 0; i < MT19937_N; i++) {
    mpz_t z;
    mpz_init(z);
    if (!v_is_intlike(t->items[i])) {
      mpz_clear(z);
      vm_raise(vm, &EXC_TypeError, "an integer is required");
    }
    int_to_mpz(t->items[i], z);
    mt.mt[i] = (uint32_t)mpz_get_ui(z); /* x % 2**32 */
    mpz_clear(z);
  }
  int64_t idx = int_arg(vm, t->items[MT19937_N]);
  if (idx < 0 || idx > MT19937_N) vm_raise(vm, &EXC_ValueError, "invalid state");
  mt.mti = (int)idx;
  r->mt = mt;
  r->has_gauss_next = !is_none(gn);
  r->gauss_next = r->has_gauss_next ? v_to_double(vm, gn) : 0.0;
  return v_none();
}

static Value m_randbytes(VM *vm, Value self, const Args *a) {
  (void)self, (void)a;
  vm_raise(vm, &EXC_NotImplementedError, "random.randbytes() is not supported (no bytes type)");
}

#define RANDOM_METHODS(X)                                                     \
  X(seed) X(random) X(getrandbits) X(randrange) X(randint) X(choice)          \
  X(shuffle) X(sample) X(choices) X(uniform) X(triangular) X(normalvariate)   \
  X(lognormvariate) X(gauss) X(expovariate) X(vonmisesvariate)                \
  X(gammavariate) X(betavariate) X(paretovariate) X(weibullvariate)           \
  X(getstate) X(setstate) X(randbytes)

static const MethodDef random_methods[] = {
#define X(name) {#name, m_##name},
    RANDOM_METHODS(X)
#undef X
    {NULL, NULL}};

/* random.Random(x=None) */
static Value random_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[1];
  args_parse(vm, a, "Random.__init__", "!@|x", arg);
  RandomObj *o = gc_alloc(vm, &TYPE_RANDOM, sizeof(RandomObj));
  o->st = &o->own;
  seed_value(vm, o->st, arg[0]);
  return v_obj(o);
}

static Value random_repr(VM *vm, Value self) {
  return str_printf(vm, "<random.Random object at %p>", (void *)self.as.o);
}

Type TYPE_RANDOM = {
    .hdr = TYPE_HEADER,
    .name = "Random",
    .base = &TYPE_OBJECT,
    .repr = random_repr,
    .ctor = random_ctor,
    .methods = random_methods,
};

Module *mod_random_init(VM *vm) {
  if (!vm->pyrandom) {
    vm->pyrandom = util_xmalloc(sizeof *vm->pyrandom);
    memset(vm->pyrandom, 0, sizeof *vm->pyrandom);
    mt19937_seed_os(&vm->pyrandom->mt);
  }
  RandomObj *inst = gc_alloc(vm, &TYPE_RANDOM, sizeof(RandomObj));
  inst->st = vm->pyrandom;
  Module *m = module_new(vm, "random");
  for (const MethodDef *d = random_methods; d->name; d++)
    module_set(vm, m, d->name, builtin_new(vm, d->name, d->fn, v_obj(inst)));
  module_set(vm, m, "Random", v_obj(&TYPE_RANDOM));
  return m;
}
