/*
** parallel.h — running compiled prange chunks on OpenMP's runtime, libgomp
** (parallel.c, which loads it on first use).
**
** A prange loop of an @njit(parallel=True) function is outlined by
** trace/lower.c into a chunk function
**     void body(int64_t lo, int64_t hi, void *env, void *red)
** that runs iterations [lo, hi) with the enclosing function's variables
** copied from `env`, and writes its partial reductions into `red`.
** par_for splits [0, n) into chunks — chunk k of nc gets n/nc iterations,
** one more for the first n%nc chunks, as Numba's scheduler splits a loop
** (a float reduction then sums in Numba's order), and the reduction slot
** red + k*red_size — and runs
** them in an OpenMP parallel region. With reductions (red_size > 0) there
** is one chunk a thread and the caller combines slots 0..nc-1 in that
** order, so a result depends only on the thread count, never on
** scheduling. Without (red_size 0) there are several chunks a thread,
** handed out dynamically, so uneven iterations balance.
**
** Errors: code inside a chunk must not longjmp out of the OpenMP region.
** It calls par_fail(), which records the error and longjmps back to the
** chunk's own wrapper inside the region (same thread); par_for then
** returns the error of the lowest-numbered failing chunk, and the caller
** raises it on the main thread after the region.
**
** Nesting: a par_for reached from inside a chunk (nested prange, or a
** parallel function called from a prange body) runs serially on the
** calling thread as one chunk.
*/
#ifndef STREAK_PARALLEL_H
#define STREAK_PARALLEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef void (*ParBody)(int64_t lo, int64_t hi, void *env, void *red);

/* An error recorded by par_fail: code and two payload words (meaning up to
** the caller; dispatch.c: which helper raised and its argument). */
typedef struct ParError {
  int code;          /* 0: none */
  intptr_t a;
  const void *p;
} ParError;

/* Runs body over [0, n) in at most `nthreads` chunks (at most max_chunks).
** Returns the number of chunks run (0 when n <= 0); *err receives the
** first chunk's error (code 0 if none). */
int par_for(int64_t n, int nthreads, int max_chunks, ParBody body, void *env, void *red,
            size_t red_size, ParError *err);
/* How many chunks par_for splits [0, n) into (n > 0). */
int par_nchunks(int64_t n, int nthreads, int max_chunks, size_t red_size);
/* Chunk k of nc over [0, n): [*lo, *hi). */
void par_chunk(int64_t n, int nc, int k, int64_t *lo, int64_t *hi);
/* Records an error for the running chunk and leaves it; only valid inside
** a chunk run by par_for (par_active() true). */
_Noreturn void par_fail(int code, intptr_t a, const void *p);
/* try statements in chunk code: par_fail goes to buf (a jmp_buf the
** caller set with setjmp) until par_catch_pop(prev) or, after the
** longjmp, par_catch_take(prev), which returns the error and clears it.
** push returns prev. */
void *par_catch_push(void *buf);
void par_catch_pop(void *prev);
ParError par_catch_take(void *prev);
/* True on a thread currently running a par_for chunk. */
bool par_active(void);

#endif
