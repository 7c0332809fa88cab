/*
** mod_random.h — the Mersenne Twister core (MT19937, the reference
** generator of Matsumoto and Nishimura, as CPython's _random and NumPy's
** legacy RandomState use it) and the state of the `random` module.
**
** The core is plain C over a small struct so NumPy's legacy generator can
** share it: same seeding (init_genrand / init_by_array), same 32-bit output
** and the same 53-bit double, hence the same streams as CPython and NumPy.
*/
#ifndef STREAK_MOD_RANDOM_H
#define STREAK_MOD_RANDOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

#define MT19937_N 624

typedef struct MT19937 {
  uint32_t mt[MT19937_N];
  int mti; /* MT19937_N + 1: not initialised */
} MT19937;

void mt19937_init_genrand(MT19937 *s, uint32_t seed);
void mt19937_init_by_array(MT19937 *s, const uint32_t *key, size_t len);
uint32_t mt19937_genrand_uint32(MT19937 *s);
/* The twist (seeding with 5489 first when never seeded): the next 624
** words, s->mti = 0. For draws inlined into compiled code, which temper
** the words themselves and call this once they have used them all. */
void mt19937_refill(MT19937 *s);
/* [0, 1) with 53 random bits: (a*2**26 + b) / 2**53, a = 27 bits, b = 26. */
double mt19937_random_double(MT19937 *s);
/* getrandbits(k) for 0 <= k <= 64: CPython's words, the low one first, the
** last one's top bits. */
uint64_t mt19937_getrandbits(MT19937 *s, int k);
/* Lib/random.py's _randbelow(n) for 0 < n < 2**63 (randrange, randint):
** getrandbits(n.bit_length()) until below n. */
int64_t mt19937_randbelow(MT19937 *s, int64_t n);
/* Seeds from the OS (getrandom/urandom), falling back to time and pid. */
void mt19937_seed_os(MT19937 *s);

/* The `random` module's generator state (one per VM: vm->pyrandom; also
** embedded in each random.Random instance). */
typedef struct PyRandom {
  MT19937 mt;
  bool has_gauss_next; /* Lib/random.py's gauss_next is not None */
  double gauss_next;
} PyRandom;

typedef struct VM VM;
/* Frees vm->pyrandom (VM shutdown); safe when it was never created. */
void mod_random_free(VM *vm);

/* The generator a random.Random object (the module's hidden instance
** included) draws from: traces call mt19937_random_double on it. */
MT19937 *mod_random_mt(Value random_obj);
/* random.gauss's standard normal draw from the generator mod_random_mt
** gave (its PyRandom: the cached second value of Lib/random.py's gauss). */
double mod_random_gauss_z(MT19937 *mt);

/* SHA-512 of `n` bytes (random.seed(str) needs it; exposed for tests). */
void mod_random_sha512(const void *data, size_t n, uint8_t out[64]);

#endif
