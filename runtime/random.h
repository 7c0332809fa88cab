/*
** random.h — NumPy 1.24's legacy global generator (np.random.seed/rand/...,
** the RandomState streams) over the shared MT19937 core of mod_random.h.
**
** The state is one NpRandom per VM (vm->nprandom), created on first use and
** seeded from the OS like NumPy's global RandomState at import. Interpreted
** np.random.* calls and (later) compiled code draw from the same state
** through the C functions below, so a program mixing both sees one stream.
**
** Every function reproduces NumPy's C code draw for draw (numpy/random/src/
** distributions, legacy/legacy-distributions.c, _bounded_integers.pyx,
** mtrand.pyx): the 53-bit double (a >> 5, b >> 6), the polar Gaussian with
** its cached second value, masked rejection for bounded integers (32-bit
** draws when the range fits 32 bits), random_interval for shuffles.
*/
#ifndef STREAK_RANDOM_H
#define STREAK_RANDOM_H

#include <stdbool.h>
#include <stdint.h>

#include "mod_random.h"
#include "value.h"

typedef struct NpRandom {
  MT19937 mt;
  bool has_gauss; /* legacy_gauss's cached second value is valid */
  double gauss;
} NpRandom;

/* vm->nprandom, created (seeded from the OS) on first use. */
NpRandom *nprandom_state(VM *vm);
/* Frees vm->nprandom (VM shutdown); safe when it was never created. */
void nprandom_free(VM *vm);

/* np.random.seed(int): mt19937_seed (= init_genrand), gauss cache reset. */
void nprandom_seed(VM *vm, uint32_t seed);
/* np.random.seed(array): init_by_array over the 32-bit words. */
void nprandom_seed_array(VM *vm, const uint32_t *key, size_t n);
/* np.random.seed(None): OS entropy. */
void nprandom_seed_os(VM *vm);

/* Raw draws on a state (what the VM-level functions below use). */
uint32_t nprandom_next_uint32(NpRandom *r);
uint64_t nprandom_next_uint64(NpRandom *r); /* high word drawn first */
double nprandom_next_double(NpRandom *r);   /* [0, 1), 53 bits */
double nprandom_next_gauss(NpRandom *r);    /* legacy_gauss */
/* A value in [0, max] by masked rejection (random_interval: shuffle). */
uint64_t nprandom_next_interval(NpRandom *r, uint64_t max);
/* random_bounded_uint64 (masked, as RandomState uses): off + [0, rng]. */
uint64_t nprandom_next_bounded_u64(NpRandom *r, uint64_t off, uint64_t rng);
int64_t nprandom_next_poisson(NpRandom *r, double lam);

/* The same on the VM's global state (for compiled code). */
double nprandom_double(VM *vm);                      /* np.random.random() */
double nprandom_gauss(VM *vm);                       /* np.random.randn() */
double nprandom_normal(VM *vm, double loc, double scale);
double nprandom_uniform(VM *vm, double low, double high);
double nprandom_exponential(VM *vm, double scale);
uint64_t nprandom_interval(VM *vm, uint64_t max);
/* np.random.randint(low, high) for low < high (high exclusive). */
int64_t nprandom_randint(VM *vm, int64_t low, int64_t high);
int64_t nprandom_poisson(VM *vm, double lam);

/* The state a RandomState object (np.random's hidden global instance
** included) draws from: traces call the raw draws above on it. */
NpRandom *nprandom_of(Value randomstate);

/* Adds np.random (also importable as `numpy.random`) to the numpy module. */
void np_register_random(VM *vm, Module *np);

#endif
