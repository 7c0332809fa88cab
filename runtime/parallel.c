/*
** parallel.c — par_for on OpenMP (see parallel.h). Built with -fopenmp as
** its own small static library (meson.build), so the rest of streak does
** not depend on OpenMP flags.
*/
#include "parallel.h"

#include <omp.h>
#include <setjmp.h>
#include <string.h>

typedef struct ParThread {
  jmp_buf jb;
  ParError err;
} ParThread;

enum { PAR_CHUNKS_PER_THREAD = 8 }; /* without reductions (load balance) */

static _Thread_local ParThread *cur;  /* the chunk this thread is running */

bool par_active(void) { return cur != NULL; }

int par_num_procs(void) { return omp_get_num_procs(); }

_Noreturn void par_fail(int code, intptr_t a, const void *p) {
  ParThread *t = cur;
  t->err.code = code;
  t->err.a = a;
  t->err.p = p;
  longjmp(t->jb, 1);
}

/* Runs one chunk, catching par_fail. */
static void run_chunk(ParBody body, int64_t lo, int64_t hi, void *env, void *red, ParError *out) {
  ParThread t;
  memset(&t.err, 0, sizeof t.err);
  ParThread *volatile saved = cur;
  cur = &t;
  if (setjmp(t.jb) == 0) body(lo, hi, env, red);
  cur = saved;
  *out = t.err;
}

int par_for(int64_t n, int nthreads, int max_chunks, ParBody body, void *env, void *red,
            size_t red_size, ParError *err) {
  memset(err, 0, sizeof *err);
  if (n <= 0) return 0;
  if (cur) { /* nested: serially, errors go to the enclosing chunk */
    body(0, n, env, red);
    return 1;
  }
  int nt = nthreads < 1 ? 1 : nthreads;
  /* With reductions, one chunk a thread: the result depends only on the
  ** thread count. Without, iterations can cost very different amounts
  ** (mandelbrot rows), so smaller chunks are handed out dynamically. */
  int nc = red_size ? nt : nt * PAR_CHUNKS_PER_THREAD;
  if (red_size && nc > max_chunks) nc = max_chunks;
  if ((int64_t)nc > n) nc = (int)n;
  if (nt > nc) nt = nc;
  if (nc == 1) {
    run_chunk(body, 0, n, env, red, err);
    return 1;
  }
  ParError errs[nc];
  memset(errs, 0, sizeof errs);
#pragma omp parallel for schedule(dynamic, 1) num_threads(nt)
  for (int k = 0; k < nc; k++) {
    int64_t lo = (int64_t)((__int128)n * k / nc), hi = (int64_t)((__int128)n * (k + 1) / nc);
    run_chunk(body, lo, hi, env, (char *)red + (size_t)k * red_size, &errs[k]);
  }
  for (int k = 0; k < nc; k++)
    if (errs[k].code) {
      *err = errs[k];
      break;
    }
  return nc;
}
