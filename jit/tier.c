/*
** tier.c — two tiers and the background tier-up thread.
**
**   record → IR ──▶ tcc (≈1 ms, on the VM thread) ──▶ entry = tcc code, run
**                └─▶ queue ──▶ tier thread: gccjit, a batch per context (≈40 ms)
**                                  └─▶ atomic store: entry = gccjit code
**
** The VM reads JitTrace.entry each time it enters a trace, so the swap needs
** no handshake: a call already running in tcc code finishes there, and the
** next entry runs gccjit code. tcc code stays mapped until the trace is
** freed (the VM may be inside it while the swap happens).
**
** The thread starts with the first queued trace. It waits until nothing
** was queued for TIER_SETTLE_NS (or the oldest has waited TIER_WAIT_NS:
** a program that keeps finding traces; or a queued trace has been running
** for TIER_RUNNING_NS in one go: a long loop, sum_squares over 1e7
** elements, wants its code now), then takes the traces the VM ran
** longest while they waited first (jit_trace_run; the newest first among
** equals), as one batch up to a size (TIER_BATCH_IR): hot loops are found
** in bursts, inner loops first, and the enclosing loop's trace, found
** last, is where the time goes from then on. nbody found five traces in
** 13 ms; compiled oldest first, its outer loop's code came 320 ms after
** the start, 140 ms after its recording (a gccjit compile of a big trace
** takes 50-200 ms). Flushed or replaced traces leave the queue
** (jit_trace_cancel, jit_trace_drop); libgccjit's cost is mostly per
** context.
** STREAK_TIER=tcc|gccjit|both pins the tiers (default both); a tier that
** is not installed or fails falls back to the other.
*/
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "backend.h"

enum { TS_FIRST, TS_QUEUED, TS_COMPILING, TS_DONE };
/* A batch takes the queued traces up to TIER_BATCH_IR instructions in all
** (at least one): one context for many saves libgccjit's fixed cost (about
** 40 ms), but kmeans' seven traces in one batch took 0.45 s before the
** hot one, queued second, could swap in. */
enum { TIER_BATCH_MAX = 32, TIER_BATCH_IR = 500 };
#define TIER_SETTLE_NS 10000000u /* 10 ms */
#define TIER_WAIT_NS 30000000u   /* 30 ms */
#define TIER_RUNNING_NS 2000000u /* 2 ms */

struct Tier {
  JitStats *stats;
  TierMode mode;
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  pthread_t thread;
  bool started, stop;
  JitTrace *head, *tail; /* queued for gccjit, oldest first */
  uint64_t queued_at;    /* jit_now_ns of the last enqueue */
  int busy;              /* traces being compiled now */
  BackendJob job;        /* the tier thread's compile (gccjit: a child process) */
  BackendJob sync;       /* the VM thread's (jit_trace_compile), stopped by an interrupt */
};

void backend_job_init(BackendJob *job) {
  pthread_mutex_init(&job->mu, NULL);
  job->child = 0;
  job->cancelled = false;
  job->interrupt = NULL;
}

void backend_kill_child(int pid) {
  kill(-pid, SIGKILL); /* the child, its assembler and linker */
  kill(pid, SIGKILL);  /* ... before it made its group */
}

void backend_job_cancel(BackendJob *job) {
  pthread_mutex_lock(&job->mu);
  job->cancelled = true;
  if (job->child > 0) backend_kill_child(job->child);
  pthread_mutex_unlock(&job->mu);
}

void backend_job_destroy(BackendJob *job) { pthread_mutex_destroy(&job->mu); }

/* ---- stats -------------------------------------------------------------- */

uint64_t jit_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

uint64_t jit_stats_median_first_tier(JitStats *st) {
  uint64_t n = atomic_load(&st->nfirst);
  if (n > JIT_STAT_SAMPLES) n = JIT_STAT_SAMPLES;
  if (n == 0) return 0;
  uint64_t v[JIT_STAT_SAMPLES];
  for (uint64_t i = 0; i < n; i++) v[i] = atomic_load(&st->first_tier_ns[i]);
  qsort(v, n, sizeof v[0], cmp_u64);
  return v[n / 2];
}

static void add_first_sample(JitStats *st, uint64_t ns) {
  uint64_t i = atomic_fetch_add(&st->nfirst, 1);
  atomic_store(&st->first_tier_ns[i % JIT_STAT_SAMPLES], ns);
}

void jit_stats_print(JitStats *st, FILE *f) {
  double ms = 1e-6;
  fprintf(f, "jit: traces %llu, aborts %llu, exits %llu, side traces %llu, blacklisted %llu, stitches %llu\n",
          (unsigned long long)st->ntraces, (unsigned long long)st->naborts, (unsigned long long)st->nexits,
          (unsigned long long)st->nside, (unsigned long long)st->nblacklist, (unsigned long long)st->nstitches);
  fprintf(f, "jit: record %.3f ms, optimise %.3f ms\n", (double)st->record_ns * ms, (double)st->optimise_ns * ms);
  fprintf(f, "jit: tcc %llu traces %.3f ms (median first tier %.3f ms)\n", (unsigned long long)st->ntcc,
          (double)st->tcc_ns * ms, (double)jit_stats_median_first_tier(st) * ms);
  fprintf(f, "jit: gccjit %llu traces in %llu batches %.3f ms, %llu swapped in, %llu compile failures\n",
          (unsigned long long)st->ngccjit, (unsigned long long)st->ngccjit_batches, (double)st->gccjit_ns * ms,
          (unsigned long long)st->nswapped, (unsigned long long)st->ncompile_fail);
}

/* ---- compiling ---------------------------------------------------------- */

static bool compile_with(Tier *tier, BackendJob *job, const Backend *be, const IRTrace *const *trs, int n,
                         BackendCode *outs, char *err, size_t errlen) {
  uint64_t t0 = jit_now_ns();
  bool ok = be->available() && be->compile(trs, n, outs, err, errlen, job);
  if (!ok && errlen && !err[0]) snprintf(err, errlen, "%s: not available", be->name);
  uint64_t dt = jit_now_ns() - t0;
  JitStats *st = tier->stats;
  if (!st) return ok;
  if (!ok) {
    atomic_fetch_add(&st->ncompile_fail, 1);
  } else if (be == &jit_backend_tcc) {
    atomic_fetch_add(&st->tcc_ns, dt);
    atomic_fetch_add(&st->ntcc, (uint64_t)n);
  } else {
    atomic_fetch_add(&st->gccjit_ns, dt);
    atomic_fetch_add(&st->ngccjit, (uint64_t)n);
    atomic_fetch_add(&st->ngccjit_batches, 1);
  }
  return ok;
}

static void release_code(JitTrace *t);

static uint64_t ran_so_far(JitTrace *t, uint64_t now) {
  uint64_t since = atomic_load_explicit(&t->running_since, memory_order_relaxed);
  return atomic_load_explicit(&t->ran_ns, memory_order_relaxed) + (since && since < now ? now - since : 0);
}

/* Takes the queued trace of at most `room` instructions that ran longest,
** the newest among equals (the queue is short); NULL if none fits. */
static JitTrace *take_hottest(Tier *tier, uint32_t room) {
  uint64_t now = jit_now_ns(), best = 0;
  JitTrace **pick = NULL, *prev = NULL, *pickprev = NULL;
  for (JitTrace **p = &tier->head; *p; prev = *p, p = &(*p)->next) {
    uint64_t ran = ran_so_far(*p, now);
    if ((*p)->queued.nins <= room && (!pick || ran >= best)) {
      pick = p;
      pickprev = prev;
      best = ran;
    }
  }
  if (!pick) return NULL;
  JitTrace *t = *pick;
  *pick = t->next;
  if (tier->tail == t) tier->tail = pickprev;
  t->next = NULL;
  return t;
}

int jit_trace_run_for(JitTrace *t, JitTrace *queued, Value *base, TraceCtx *ctx) {
  if (atomic_load_explicit(&queued->state, memory_order_relaxed) != TS_QUEUED) return jit_entry(t)(base, ctx);
  uint64_t t0 = jit_now_ns();
  atomic_store_explicit(&queued->running_since, t0, memory_order_relaxed);
  int e = jit_entry(t)(base, ctx);
  atomic_store_explicit(&queued->running_since, 0, memory_order_relaxed);
  atomic_fetch_add_explicit(&queued->ran_ns, jit_now_ns() - t0, memory_order_relaxed);
  return e;
}

/* Waits (tier->mu held) for queued traces, and for the queue to settle. */
static bool wait_work(Tier *tier) {
  for (;;) {
    if (tier->stop) return false;
    if (!tier->head) {
      pthread_cond_wait(&tier->work, &tier->mu);
      continue;
    }
    uint64_t due = tier->queued_at + TIER_SETTLE_NS, now = jit_now_ns();
    if (tier->head->queued_ns + TIER_WAIT_NS < due) due = tier->head->queued_ns + TIER_WAIT_NS;
    for (JitTrace *t = tier->head; t; t = t->next) { /* one run that goes on: the loop of the moment */
      uint64_t since = atomic_load_explicit(&t->running_since, memory_order_relaxed);
      if (since && since + TIER_RUNNING_NS < due) due = since + TIER_RUNNING_NS;
    }
    if (now >= due) return true;
    struct timespec ts = {.tv_sec = (time_t)(due / 1000000000u), .tv_nsec = (long)(due % 1000000000u)};
    pthread_cond_timedwait(&tier->work, &tier->mu, &ts);
  }
}

static void *tier_main(void *arg) {
  Tier *tier = arg;
  pthread_mutex_lock(&tier->mu);
  for (;;) {
    if (!wait_work(tier)) break;
    JitTrace *batch[TIER_BATCH_MAX];
    const IRTrace *irs[TIER_BATCH_MAX];
    BackendCode outs[TIER_BATCH_MAX];
    int n = 0;
    uint32_t nins = 0;
    JitTrace *t;
    while (n < TIER_BATCH_MAX && (t = take_hottest(tier, !n ? UINT32_MAX : nins < TIER_BATCH_IR ? TIER_BATCH_IR - nins : 0))) {
      nins += t->queued.nins;
      atomic_store(&t->state, TS_COMPILING);
      irs[n] = &t->queued;
      batch[n++] = t;
    }
    tier->busy = n;
    pthread_mutex_unlock(&tier->mu);

    char err[256] = "";
    memset(outs, 0, sizeof outs);
    bool ok = compile_with(tier, &tier->job, &jit_backend_gccjit, irs, n, outs, err, sizeof err);

    pthread_mutex_lock(&tier->mu);
    for (int i = 0; i < n; i++) {
      JitTrace *t = batch[i];
      if (t->abandoned) { /* jit_trace_drop left it to us, with its IR */
        if (ok && outs[i].fn) jit_backend_gccjit.release(&outs[i]);
        release_code(t);
        ir_free(&t->queued);
        free(t);
        continue;
      }
      if (ok && outs[i].fn) {
        t->second = outs[i];
        atomic_store_explicit(&t->entry, outs[i].fn, memory_order_release);
        if (tier->stats) atomic_fetch_add(&tier->stats->nswapped, 1);
      }
      atomic_store(&t->state, TS_DONE);
    }
    tier->busy = 0;
    pthread_cond_broadcast(&tier->done);
  }
  pthread_mutex_unlock(&tier->mu);
  return NULL;
}

/* STREAK_TIER, shared by traces and @njit dispatch. */
TierMode jit_tier_mode_env(void) {
  const char *s = getenv("STREAK_TIER");
  if (!s || !*s || strcmp(s, "both") == 0) return TIERMODE_BOTH;
  if (strcmp(s, "tcc") == 0) return TIERMODE_TCC;
  if (strcmp(s, "gccjit") == 0) return TIERMODE_GCCJIT;
  fprintf(stderr, "streak: STREAK_TIER=%s is not tcc, gccjit or both; using both\n", s);
  return TIERMODE_BOTH;
}

Tier *tier_new(JitStats *stats, const volatile sig_atomic_t *interrupt) {
  Tier *tier = calloc(1, sizeof *tier);
  if (!tier) return NULL;
  tier->stats = stats;
  tier->mode = jit_tier_mode_env();
  pthread_mutex_init(&tier->mu, NULL);
  pthread_condattr_t ca; /* wait_work's deadlines are jit_now_ns times */
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&tier->work, &ca);
  pthread_condattr_destroy(&ca);
  pthread_cond_init(&tier->done, NULL);
  backend_job_init(&tier->job);
  backend_job_init(&tier->sync);
  tier->sync.interrupt = interrupt;
  return tier;
}

TierMode tier_mode(const Tier *tier) { return tier->mode; }

void tier_free(Tier *tier) {
  if (!tier) return;
  pthread_mutex_lock(&tier->mu);
  tier->stop = true;
  for (JitTrace *t = tier->head; t; t = t->next) atomic_store(&t->state, TS_DONE);
  tier->head = tier->tail = NULL;
  pthread_cond_broadcast(&tier->work);
  pthread_mutex_unlock(&tier->mu);
  backend_job_cancel(&tier->job); /* a batch compiling now is not waited for */
  if (tier->started) pthread_join(tier->thread, NULL);
  backend_job_destroy(&tier->job);
  backend_job_destroy(&tier->sync);
  pthread_mutex_destroy(&tier->mu);
  pthread_cond_destroy(&tier->work);
  pthread_cond_destroy(&tier->done);
  free(tier);
}

static void enqueue(Tier *tier, JitTrace *t) {
  pthread_mutex_lock(&tier->mu);
  if (!tier->started && !tier->stop) {
    tier->started = pthread_create(&tier->thread, NULL, tier_main, tier) == 0;
  }
  if (tier->started) {
    atomic_store(&t->state, TS_QUEUED);
    t->queued = *t->ir;
    if (tier->tail) tier->tail->next = t;
    else tier->head = t;
    tier->tail = t;
    tier->queued_at = t->queued_ns = jit_now_ns();
    pthread_cond_signal(&tier->work);
  }
  pthread_mutex_unlock(&tier->mu);
}

JitTrace *jit_trace_compile(Tier *tier, const IRTrace *tr, char *err, size_t errlen) {
  JitTrace *t = calloc(1, sizeof *t);
  if (!t) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  t->ir = tr;
  atomic_init(&t->state, TS_FIRST);
  const Backend *first = tier->mode == TIERMODE_GCCJIT ? &jit_backend_gccjit : &jit_backend_tcc;
  const Backend *other = first == &jit_backend_tcc ? &jit_backend_gccjit : &jit_backend_tcc;
  uint64_t t0 = jit_now_ns();
  if (errlen) err[0] = 0;
  bool ok = compile_with(tier, &tier->sync, first, &tr, 1, &t->first, err, errlen);
  if (!ok) {
    /* the other tier may still manage (not installed, or a backend bug) */
    char err2[256] = "";
    ok = compile_with(tier, &tier->sync, other, &tr, 1, &t->first, err2, sizeof err2);
    if (ok) first = other;
  }
  if (!ok) {
    free(t);
    return NULL;
  }
  if (tier->stats) {
    add_first_sample(tier->stats, jit_now_ns() - t0);
    atomic_fetch_add(&tier->stats->ntraces, 1);
  }
  atomic_init(&t->entry, t->first.fn);
  if (tier->mode == TIERMODE_BOTH && first == &jit_backend_tcc) enqueue(tier, t);
  return t;
}

static void release_code(JitTrace *t) {
  const Backend *be1 = t->first.tier == TIER_TCC ? &jit_backend_tcc : &jit_backend_gccjit;
  if (t->first.fn) be1->release(&t->first);
  if (t->second.fn) jit_backend_gccjit.release(&t->second);
}

/* Takes t off the queue; true when the tier thread is compiling it now. */
static bool unqueue(Tier *tier, JitTrace *t) {
  if (atomic_load(&t->state) == TS_QUEUED) {
    JitTrace **pp = &tier->head, *prev = NULL;
    while (*pp && *pp != t) {
      prev = *pp;
      pp = &(*pp)->next;
    }
    if (*pp) {
      *pp = t->next;
      if (tier->tail == t) tier->tail = prev;
    }
    atomic_store(&t->state, TS_DONE);
  }
  return atomic_load(&t->state) == TS_COMPILING;
}

void jit_trace_free(Tier *tier, JitTrace *t) {
  if (!t) return;
  pthread_mutex_lock(&tier->mu);
  unqueue(tier, t);
  while (atomic_load(&t->state) == TS_COMPILING) pthread_cond_wait(&tier->done, &tier->mu);
  pthread_mutex_unlock(&tier->mu);
  release_code(t);
  free(t);
}

bool jit_trace_drop(Tier *tier, JitTrace *t) {
  if (!t) return false;
  pthread_mutex_lock(&tier->mu);
  bool compiling = unqueue(tier, t);
  if (compiling) t->abandoned = true;
  pthread_mutex_unlock(&tier->mu);
  if (compiling) return true;
  release_code(t);
  free(t);
  return false;
}

void jit_trace_cancel(Tier *tier, JitTrace *t) {
  if (!t) return;
  pthread_mutex_lock(&tier->mu);
  unqueue(tier, t);
  pthread_mutex_unlock(&tier->mu);
}

bool jit_trace_settled(JitTrace *t) {
  int st = atomic_load(&t->state);
  return st == TS_FIRST || st == TS_DONE; /* never queued, or finished */
}

void tier_sync(Tier *tier) {
  pthread_mutex_lock(&tier->mu);
  while (tier->head || tier->busy) pthread_cond_wait(&tier->done, &tier->mu);
  pthread_mutex_unlock(&tier->mu);
}
