/*
** tcc.c — the fast tier: cgen's C text compiled in memory by libtcc
** (about a millisecond a trace; the code runs a few times slower than gcc's).
**
** libtcc 0.9.27 keeps global state (the preprocessor, the error handler), so
** every use of it holds `tcc_lock`. Debian ships libtcc only as a static
** archive (libtcc-dev has no shared library to dlopen), so it is linked in;
** it costs ~300 KB of text that is never paged in until the first compile.
**
** The generated text includes no headers and links against nothing: we run
** tcc with -nostdlib (its runtime library libtcc1.a is not installed with
** libtcc-dev) and bind every symbol ourselves: the trace's call targets by
** name, and the few libtcc1 helpers tcc's x86-64 code generator calls for
** unsigned 64-bit ↔ float conversions.
**
** The code is relocated into pages we mmap, after which the TCCState is
** deleted at once: a compiled trace holds only its code pages.
*/
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "../src/util.h"
#include "backend.h"

#ifdef STREAK_NO_LIBTCC
/* The shared library cannot contain libtcc.a (it is not position-independent):
** there the tier reports itself unavailable and tier.c uses libgccjit alone. */
static bool tcc_available(void) { return false; }
static void tcc_release(BackendCode *code) { memset(code, 0, sizeof *code); }
static bool tcc_compile(const IRTrace *const *trs, int n, BackendCode *outs, char *err,
                        size_t errlen, BackendJob *job) {
  (void)trs, (void)n, (void)outs, (void)job;
  snprintf(err, errlen, "tcc: not available in libstreak.so");
  return false;
}
bool jit_tcc_compile_text(const char *src, const char *entry, const JitSym *syms, size_t nsyms,
                          void **fn, void **mem, size_t *size, char *err, size_t errlen) {
  (void)src, (void)entry, (void)syms, (void)nsyms, (void)fn, (void)mem, (void)size;
  snprintf(err, errlen, "tcc: not available in libstreak.so");
  return false;
}
#else
#include <libtcc.h>

static pthread_mutex_t tcc_lock = PTHREAD_MUTEX_INITIALIZER;

/* libtcc1's conversions, which tcc calls instead of inlining them. */
static double tcc_floatundidf(uint64_t x) { return (double)x; }
static float tcc_floatundisf(uint64_t x) { return (float)x; }
static uint64_t tcc_fixunsdfdi(double x) { return (uint64_t)x; }
static uint64_t tcc_fixunssfdi(float x) { return (uint64_t)x; }

static const struct { const char *name; void *addr; } tcc_runtime[] = {
  {"__floatundidf", (void *)tcc_floatundidf}, {"__floatundisf", (void *)tcc_floatundisf},
  {"__fixunsdfdi", (void *)tcc_fixunsdfdi},   {"__fixunssfdi", (void *)tcc_fixunssfdi},
};

typedef struct TccErr { char *buf; size_t len; } TccErr;

static void on_error(void *opaque, const char *msg) {
  TccErr *e = opaque;
  if (e->len && !e->buf[0]) snprintf(e->buf, e->len, "tcc: %s", msg);
}

static bool tcc_available(void) { return true; }

static void tcc_release(BackendCode *code) {
  if (code->handle) munmap(code->handle, code->size);
  memset(code, 0, sizeof *code);
}

/* Called with tcc_lock held. */
static bool compile_text_locked(const char *src, const char *entry, const JitSym *syms,
                                size_t nsyms, void **fn_out, void **mem_out, size_t *size_out,
                                char *err, size_t errlen) {
  TCCState *s = tcc_new();
  if (!s) {
    snprintf(err, errlen, "tcc: out of memory");
    return false;
  }
  TccErr e = {err, errlen};
  if (errlen) err[0] = 0;
  tcc_set_error_func(s, &e, on_error);
  tcc_set_options(s, "-nostdlib -w");
  tcc_set_output_type(s, TCC_OUTPUT_MEMORY);
  bool ok = tcc_compile_string(s, src) == 0;
  for (size_t i = 0; ok && i < sizeof tcc_runtime / sizeof tcc_runtime[0]; i++)
    tcc_add_symbol(s, tcc_runtime[i].name, tcc_runtime[i].addr);
  for (size_t i = 0; ok && i < nsyms; i++) tcc_add_symbol(s, syms[i].name, syms[i].addr);
  int size = ok ? tcc_relocate(s, NULL) : -1;
  void *mem = MAP_FAILED;
  if (size > 0) mem = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ok = mem != MAP_FAILED && tcc_relocate(s, mem) >= 0;
  void *fn = ok ? tcc_get_symbol(s, entry) : NULL;
  tcc_delete(s);
  if (!fn) {
    if (mem != MAP_FAILED) munmap(mem, (size_t)size);
    if (errlen && !err[0]) snprintf(err, errlen, "tcc: could not relocate %s", entry);
    return false;
  }
  /* tcc made the pages RWX to patch them; code is immutable from here on */
  mprotect(mem, (size_t)size, PROT_READ | PROT_EXEC);
  *fn_out = fn;
  *mem_out = mem;
  *size_out = (size_t)size;
  return true;
}

bool jit_tcc_compile_text(const char *src, const char *entry, const JitSym *syms, size_t nsyms,
                          void **fn, void **mem, size_t *size, char *err, size_t errlen) {
  pthread_mutex_lock(&tcc_lock);
  bool ok = compile_text_locked(src, entry, syms, nsyms, fn, mem, size, err, errlen);
  pthread_mutex_unlock(&tcc_lock);
  return ok;
}

/* Compiles one trace; called with tcc_lock held. */
static bool compile_one(const IRTrace *tr, BackendCode *out, char *err, size_t errlen) {
  char fname[32];
  snprintf(fname, sizeof fname, "trace_%u", tr->id);
  StrBuf src = STRBUF_INIT;
  if (!cg_emit_c(tr, fname, &src, err, errlen)) {
    sb_free(&src);
    return false;
  }
  VEC(JitSym) syms = {0};
  for (uint32_t i = 0; i < tr->ncalls; i++)
    vec_push(syms, ((JitSym){tr->calls[i]->name, tr->calls[i]->addr}));
  void *fn, *mem;
  size_t size;
  bool ok = compile_text_locked(src.data, fname, syms.items, syms.n, &fn, &mem, &size, err, errlen);
  sb_free(&src);
  vec_free(syms);
  if (!ok) return false;
  out->fn = (TraceFn)fn;
  out->handle = mem;
  out->size = size;
  out->tier = TIER_TCC;
  return true;
}

static bool tcc_compile(const IRTrace *const *trs, int n, BackendCode *outs, char *err, size_t errlen,
                        BackendJob *job) {
  (void)job; /* about a millisecond: nothing to cancel */
  pthread_mutex_lock(&tcc_lock);
  bool ok = true;
  int i = 0;
  for (; i < n && ok; i++) ok = compile_one(trs[i], &outs[i], err, errlen);
  pthread_mutex_unlock(&tcc_lock);
  if (!ok)
    for (int j = 0; j < i - 1; j++) tcc_release(&outs[j]);
  return ok;
}

#endif /* STREAK_NO_LIBTCC */

const Backend jit_backend_tcc = {
  .name = "tcc",
  .available = tcc_available,
  .compile = tcc_compile,
  .release = tcc_release,
};
