/*
** parallel.c — par_for on OpenMP's runtime, libgomp (see parallel.h).
**
** libgomp is loaded on the first parallel loop: linking it cost every
** start 0.3 MB of memory. The region is what gcc makes of `#pragma omp
** parallel` (a GOMP_parallel call running one function on every thread of
** libgomp's pool); the chunks are handed out by an atomic counter, as
** schedule(dynamic, 1) does. Without libgomp the chunks run serially.
*/
#include "parallel.h"

#include <dlfcn.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <string.h>

typedef void (*GompParallel)(void (*fn)(void *), void *data, unsigned nthreads, unsigned flags);

static GompParallel gomp_fn;

static void gomp_load(void) {
  void *h = dlopen("libgomp.so.1", RTLD_NOW | RTLD_LOCAL);
  *(void **)&gomp_fn = h ? dlsym(h, "GOMP_parallel") : NULL;
}

/* GOMP_parallel, or NULL when libgomp cannot be loaded (VMs on several
** threads may ask at once). */
static GompParallel gomp_parallel(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, gomp_load);
  return gomp_fn;
}

typedef struct ParThread {
  jmp_buf jb;
  jmp_buf *target;   /* where par_fail goes: jb, or a try statement's (par_catch_push) */
  ParError err;
} ParThread;

enum { PAR_CHUNKS_PER_THREAD = 8 }; /* without reductions (load balance) */

static _Thread_local ParThread *cur;  /* the chunk this thread is running */

bool par_active(void) { return cur != NULL; }

_Noreturn void par_fail(int code, intptr_t a, const void *p) {
  ParThread *t = cur;
  t->err.code = code;
  t->err.a = a;
  t->err.p = p;
  longjmp(*t->target, 1);
}

void *par_catch_push(void *buf) {
  void *prev = cur->target;
  cur->target = buf;
  return prev;
}

void par_catch_pop(void *prev) { cur->target = prev; }

ParError par_catch_take(void *prev) {
  cur->target = prev;
  ParError e = cur->err;
  memset(&cur->err, 0, sizeof cur->err);
  return e;
}

/* Runs one chunk, catching par_fail. */
static void run_chunk(ParBody body, int64_t lo, int64_t hi, void *env, void *red, ParError *out) {
  ParThread t;
  memset(&t.err, 0, sizeof t.err);
  t.target = &t.jb;
  ParThread *volatile saved = cur;
  cur = &t;
  if (setjmp(t.jb) == 0) body(lo, hi, env, red);
  cur = saved;
  *out = t.err;
}

/* With reductions, one chunk a thread: the result depends only on the
** thread count. Without, iterations can cost very different amounts
** (mandelbrot rows), so smaller chunks are handed out dynamically. */
int par_nchunks(int64_t n, int nthreads, int max_chunks, size_t red_size) {
  int nt = nthreads < 1 ? 1 : nthreads;
  int nc = red_size ? nt : nt * PAR_CHUNKS_PER_THREAD;
  if (red_size && nc > max_chunks) nc = max_chunks;
  if ((int64_t)nc > n) nc = (int)n;
  return nc;
}

void par_chunk(int64_t n, int nc, int k, int64_t *lo, int64_t *hi) {
  int64_t len = n / nc, extra = n % nc;
  *lo = len * k + (k < extra ? k : extra);
  *hi = *lo + len + (k < extra);
}

/* What every thread of the region runs: chunks until none is left. */
typedef struct ParRegion {
  ParBody body;
  void *env;
  char *red;
  size_t red_size;
  int64_t n;
  int nc;
  ParError *errs;
  atomic_int next;
} ParRegion;

static void region_main(void *arg) {
  ParRegion *p = arg;
  for (int k; (k = atomic_fetch_add_explicit(&p->next, 1, memory_order_relaxed)) < p->nc;) {
    int64_t lo, hi;
    par_chunk(p->n, p->nc, k, &lo, &hi);
    run_chunk(p->body, lo, hi, p->env, p->red + (size_t)k * p->red_size, &p->errs[k]);
  }
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
  int nc = par_nchunks(n, nt, max_chunks, red_size);
  if (nt > nc) nt = nc;
  GompParallel gomp = nc > 1 ? gomp_parallel() : NULL;
  if (!gomp) nt = 1;
  ParError errs[nc];
  memset(errs, 0, sizeof errs);
  ParRegion p = {.body = body, .env = env, .red = red, .red_size = red_size, .n = n, .nc = nc, .errs = errs};
  atomic_init(&p.next, 0);
  if (nt > 1) gomp(region_main, &p, (unsigned)nt, 0);
  else region_main(&p);
  for (int k = 0; k < nc; k++)
    if (errs[k].code) {
      *err = errs[k];
      break;
    }
  return nc;
}
