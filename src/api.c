/*
** api.c — the embedding API (include/streak.h) over the internal VM.
**
** Every entry point that may run Python code or allocate does its work in a
** small "job" function run under vm_protect, so an exception (including
** MemoryError from the embedder's cap and KeyboardInterrupt from
** streak_interrupt) comes back here as data instead of unwinding into the
** embedder. The exception is then copied into a plain `streak_error` made
** of malloc'd strings, which outlive any later garbage collection.
**
** Strings handed out (globals read, call results) are malloc'd copies kept
** in a per-VM "scratch" list. The list of the previous run is released when
** the next run or call returns, which gives the lifetime streak.h promises
** without pinning anything in the GC heap.
**
** Arrays are never copied. One passed in becomes an ndarray over the
** embedder's memory (arr_wrap_external); one handed out is described in
** place, and the VM keeps it alive for as long as the strings: it is pinned
** in vm->api_pins, whose previous list is dropped when the next run or call
** returns. An array passed back in that the VM handed out is found among
** the pins and passed as itself, not wrapped again (a wrapper would outlive
** the pin and point into freed memory).
**
** No state lives outside the streak_vm except one mutex that serialises
** VM creation and destruction (the static type objects are initialised on
** first use, and that must not race between threads opening VMs).
*/
#include "streak.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

struct streak_vm {
  VM *vm;
  void *userdata;
  bool has_error;
  streak_error error;          /* its strings are malloc'd, owned here */
  VEC(char *) scratch;         /* strings handed out since the last run */
  size_t bytes_after_gc;       /* heap size after the last collect_before_run */
};

static pthread_mutex_t api_lifecycle_lock = PTHREAD_MUTEX_INITIALIZER;

static const char INTERRUPT_MSG[] = "interrupted by embedder";

/* ---- small helpers ------------------------------------------------------ */

static char *dup_n(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static char *dup_c(const char *s) { return dup_n(s, strlen(s)); }

/* Strings in the error record are never NULL (except `file`): a failed copy
** falls back to a static empty string, which release must not free. */
static const char EMPTY[] = "";
static const char *or_empty(char *p) { return p ? p : EMPTY; }
static void free_owned(const char *p) {
  if (p && p != EMPTY) free((char *)p);
}

static void error_clear(streak_vm *s) {
  if (!s->has_error) return;
  free_owned(s->error.type);
  free_owned(s->error.message);
  free_owned(s->error.detail);
  free_owned(s->error.traceback);
  free_owned(s->error.file);
  memset(&s->error, 0, sizeof s->error);
  s->has_error = false;
}

/* An error made here rather than by Python (a missing global, a wrong type):
** the traceback is just the message line. */
static streak_status api_fail(streak_vm *s, streak_status st, const char *type,
                              const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static streak_status api_fail(streak_vm *s, streak_status st, const char *type,
                              const char *fmt, ...) {
  error_clear(s);
  char detail[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(detail, sizeof detail, fmt, ap);
  va_end(ap);
  size_t n = strlen(type) + strlen(detail) + 4;
  char *message = malloc(n);
  if (message) snprintf(message, n, "%s: %s", type, detail);
  char *tb = malloc(n + 1);
  if (tb) snprintf(tb, n + 1, "%s: %s\n", type, detail);
  s->error.status = st;
  s->error.type = or_empty(dup_c(type));
  s->error.message = or_empty(message);
  s->error.detail = or_empty(dup_c(detail));
  s->error.traceback = or_empty(tb);
  s->error.file = NULL;
  s->has_error = true;
  return st;
}

/* Start of a status-returning call: the previous error is forgotten. */
static void call_begin(streak_vm *s) { error_clear(s); }

static void scratch_free(char **items, size_t n) {
  for (size_t i = 0; i < n; i++) free(items[i]);
  free(items);
}

/* Keeps a copy of `p[0..n)` for the embedder; NULL if out of memory. */
static const char *scratch_keep(streak_vm *s, const char *p, size_t n) {
  char *copy = dup_n(p, n);
  if (copy) vec_push(s->scratch, copy);
  return copy;
}

/* ---- exceptions into streak_error -------------------------------------- */

/* SystemExit's code, as CPython's handle_system_exit computes it. */
static int exit_code_of(Value exc) {
  ExcObj *e = (ExcObj *)exc.as.o;
  if (!is_tuple(e->args) || as_tuple(e->args)->n == 0) return 0;
  if (as_tuple(e->args)->n > 1) return 1;
  Value code = as_tuple(e->args)->items[0];
  if (is_none(code)) return 0;
  if (is_int(code) || is_bool(code)) return (int)code.as.i;
  if (is_bigint(code)) return -1; /* PyLong_AsLong's overflow value */
  return 1;
}

typedef struct FormatJob {
  Value exc;
  StrBuf *full, *last;
} FormatJob;

static void format_job(VM *vm, void *ud) {
  FormatJob *j = ud;
  exc_format(vm, j->exc, j->full);
  exc_format_only(vm, j->exc, j->last);
}

/* Copies vm->exc into s->error and returns STREAK_ERROR or STREAK_EXIT. */
static streak_status record_exception(streak_vm *s) {
  VM *vm = s->vm;
  Value exc = vm->exc;
  error_clear(s);
  if (!is_exc(exc)) return api_fail(s, STREAK_ERROR, "SystemError", "error without an exception");
  ExcObj *e = (ExcObj *)exc.as.o;
  bool is_exit = type_is_subtype(e->hdr.type, &EXC_SystemExit);
  streak_status st = is_exit ? STREAK_EXIT : STREAK_ERROR;

  /* Formatting allocates (str() of the arguments): lift the cap meanwhile,
  ** or a MemoryError could never be reported. */
  size_t limit = vm->mem_limit;
  vm->mem_limit = 0;
  StrBuf full = STRBUF_INIT, last = STRBUF_INIT;
  FormatJob job = {exc, &full, &last};
  bool ok = vm_protect(vm, format_job, &job);
  vm->mem_limit = limit;

  const char *type = e->hdr.type->name;
  char *message;
  if (ok && last.len > 0) {
    /* A SyntaxError's text starts with its File/line/caret lines: the
    ** message is the last line. */
    size_t end = last.len - (last.data[last.len - 1] == '\n');
    size_t start = end;
    while (start > 0 && last.data[start - 1] != '\n') start--;
    message = dup_n(last.data + start, end - start);
  } else {
    message = dup_c(type);
  }
  s->error.status = st;
  s->error.type = or_empty(dup_c(type));
  s->error.message = or_empty(message);
  /* "Type: detail" — the class name never holds ": ", the detail may. */
  const char *colon = message ? strstr(message, ": ") : NULL;
  s->error.detail = or_empty(dup_c(colon ? colon + 2 : ""));
  if (ok && full.len > 0) {
    s->error.traceback = or_empty(dup_n(full.data, full.len));
  } else {
    char *tb = message ? malloc(strlen(message) + 2) : NULL;
    if (tb) sprintf(tb, "%s\n", message);
    s->error.traceback = or_empty(tb);
  }
  sb_free(&full);
  sb_free(&last);

  if (type_is_subtype(e->hdr.type, &EXC_SyntaxError) && e->syn_filename) {
    s->error.file = dup_c(e->syn_filename->data);
    s->error.line = e->syn_line;
  } else if (e->ntb > 0) {
    s->error.file = dup_c(e->tb[e->ntb - 1].filename->data);
    s->error.line = e->tb[e->ntb - 1].line;
  }
  s->error.exit_code = is_exit ? exit_code_of(exc) : 0;
  s->has_error = true;
  return st;
}

/* Runs `fn` protected; an exception becomes the VM's last error. */
static streak_status protect(streak_vm *s, void (*fn)(VM *, void *), void *ud) {
  if (vm_protect(s->vm, fn, ud)) return STREAK_OK;
  return record_exception(s);
}

/* ---- Value <-> streak_value --------------------------------------------- */

/* ---- arrays -------------------------------------------------------------- */

/* streak_dtype is the runtime's DType order, entry by entry */
#define API_DTYPE_SAME_(NAME, ctype, kind, chr, size, name, sname) \
  _Static_assert((int)STREAK_##NAME == (int)DT_##NAME, "streak_dtype order: " name);
NP_DTYPES(API_DTYPE_SAME_)
#undef API_DTYPE_SAME_
_Static_assert((int)DT__COUNT == (int)STREAK_COMPLEX128 + 1, "streak_dtype has every dtype");
_Static_assert(STREAK_MAXDIMS == ARR_MAXDIMS, "one dimension limit");

/* Keeps `v` alive until the run after the next one returns (run_end). */
static void pin(VM *vm, Value v) {
  if (is_empty(vm->api_pins[0])) vm->api_pins[0] = v_obj(list_new(vm, 4));
  list_append(vm, (List *)vm->api_pins[0].as.o, v);
}

static void array_out(VM *vm, NdArray *a, streak_array *out) {
  pin(vm, v_obj(a));
  out->data = a->data;
  out->dtype = (streak_dtype)a->dtype;
  out->ndim = a->ndim;
  out->shape = a->shape;
  out->strides = a->strides;
  out->writeable = (a->flags & ARR_WRITEABLE) != 0;
}

/* Does `a` describe the VM's array b exactly (an array handed out)? */
static bool describes(const streak_array *a, const NdArray *b) {
  if (a->data != (void *)b->data || (int)a->dtype != b->dtype || a->ndim != b->ndim) return false;
  int64_t st = dt_size((DType)b->dtype);
  for (int i = a->ndim - 1; i >= 0; i--) {
    int64_t want = a->strides ? a->strides[i] : st;
    if (a->shape[i] != b->shape[i] || want != b->strides[i]) return false;
    st *= a->shape[i] ? a->shape[i] : 1;
  }
  return a->writeable ? (b->flags & ARR_WRITEABLE) != 0 : true;
}

/* The pinned array that `a` describes, or NULL. */
static NdArray *pinned(VM *vm, const streak_array *a) {
  for (int p = 0; p < 2; p++) {
    if (is_empty(vm->api_pins[p])) continue;
    List *l = (List *)vm->api_pins[p].as.o;
    for (int64_t i = 0; i < l->n; i++)
      if (describes(a, as_array(l->items[i]))) return as_array(l->items[i]);
  }
  return NULL;
}

static Value array_in(VM *vm, const streak_array *a, void (*release)(void *), void *ctx) {
  NdArray *own = release ? NULL : pinned(vm, a);
  if (own) return v_obj(own);
  return v_obj(arr_wrap_external(vm, (DType)a->dtype, a->ndim, a->shape, a->strides, a->data,
                                 a->writeable != 0, release, ctx));
}

/* STREAK_OK, or STREAK_INVALID with the error set. */
static streak_status check_array_in(streak_vm *s, const streak_array *a, const char *what) {
  if (!a) return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL array", what);
  if ((unsigned)a->dtype > STREAK_COMPLEX128)
    return api_fail(s, STREAK_INVALID, "TypeError", "%s: unknown dtype %d", what, (int)a->dtype);
  if (a->ndim < 0 || a->ndim > STREAK_MAXDIMS)
    return api_fail(s, STREAK_INVALID, "ValueError", "%s: ndim %d outside 0..%d", what, a->ndim, STREAK_MAXDIMS);
  if (a->ndim > 0 && !a->shape) return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL shape", what);
  bool empty = false;
  for (int i = 0; i < a->ndim; i++) {
    if (a->shape[i] < 0) return api_fail(s, STREAK_INVALID, "ValueError", "%s: negative dimension", what);
    empty |= a->shape[i] == 0;
  }
  if (!a->data && !empty) return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL data", what);
  /* loops read elements as C objects: misaligned ones are undefined */
  int64_t align = dt_size((DType)a->dtype) / (dt_info[a->dtype].kind == 'c' ? 2 : 1);
  bool aligned = (uintptr_t)a->data % (uint64_t)align == 0;
  for (int i = 0; a->strides && i < a->ndim; i++) aligned &= a->strides[i] % align == 0;
  if (!aligned)
    return api_fail(s, STREAK_INVALID, "ValueError", "%s: data or strides not aligned to %lld bytes", what,
                    (long long)align);
  return STREAK_OK;
}

/* Converts a result for the embedder; raises only through repr(). */
static void value_out(VM *vm, streak_vm *s, Value v, streak_value *out) {
  if (is_npscalar(v)) { /* a.sum(): the equal plain number (complex stays an object) */
    Value n = np_scalar_number(vm, v);
    if (!is_type(n, &TYPE_COMPLEX)) v = n;
  }
  if (is_array(v)) {
    out->type = STREAK_TARRAY;
    array_out(vm, as_array(v), &out->as.a);
    return;
  }
  switch (v.tag) {
  case V_NONE: *out = streak_none(); return;
  case V_BOOL: *out = streak_bool((int)v.as.i); return;
  case V_INT: *out = streak_int(v.as.i); return;
  case V_FLOAT: *out = streak_float(v.as.f); return;
  default: break;
  }
  Str *text;
  if (is_str(v)) {
    out->type = STREAK_TSTR;
    text = as_str(v);
  } else {
    out->type = STREAK_TOBJECT;
    text = as_str(v_repr(vm, v));
  }
  out->as.s.ptr = scratch_keep(s, text->data, (size_t)text->nbytes);
  if (!out->as.s.ptr) vm_raise_memory(vm);
  out->as.s.len = (size_t)text->nbytes;
}

/* Converts an embedder value; `v` was checked by check_value_in. */
static Value value_in(VM *vm, const streak_value *v) {
  switch (v->type) {
  case STREAK_TNONE: return v_none();
  case STREAK_TBOOL: return v_bool(v->as.b != 0);
  case STREAK_TINT: return v_int(v->as.i);
  case STREAK_TFLOAT: return v_float(v->as.f);
  case STREAK_TSTR: return str_new(vm, v->as.s.ptr, v->as.s.len);
  case STREAK_TARRAY: return array_in(vm, &v->as.a, NULL, NULL);
  default: return v_none(); /* unreachable */
  }
}

/* STREAK_OK, or STREAK_INVALID with the error set. */
static streak_status check_value_in(streak_vm *s, const streak_value *v, const char *what) {
  if (!v) return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL value", what);
  switch (v->type) {
  case STREAK_TNONE: case STREAK_TBOOL: case STREAK_TINT: case STREAK_TFLOAT:
    return STREAK_OK;
  case STREAK_TSTR:
    if (!v->as.s.ptr && v->as.s.len > 0)
      return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL string", what);
    if (v->as.s.ptr && utf8_validate(v->as.s.ptr, v->as.s.len) >= 0)
      return api_fail(s, STREAK_INVALID, "UnicodeDecodeError", "%s: string is not valid UTF-8", what);
    return STREAK_OK;
  case STREAK_TARRAY:
    return check_array_in(s, &v->as.a, what);
  default:
    return api_fail(s, STREAK_INVALID, "TypeError", "%s: values of type %d cannot be passed in",
                    what, (int)v->type);
  }
}

static bool valid_name(const char *name) {
  return name && name[0] && utf8_validate(name, strlen(name)) < 0;
}

/* ---- version, open, close ---------------------------------------------- */

const char *streak_version(void) { return STREAK_VERSION_STRING; }

const char *streak_status_name(streak_status st) {
  switch (st) {
  case STREAK_OK: return "STREAK_OK";
  case STREAK_ERROR: return "STREAK_ERROR";
  case STREAK_EXIT: return "STREAK_EXIT";
  case STREAK_TYPE: return "STREAK_TYPE";
  case STREAK_NOTFOUND: return "STREAK_NOTFOUND";
  case STREAK_RANGE: return "STREAK_RANGE";
  case STREAK_INVALID: return "STREAK_INVALID";
  }
  return "STREAK_?";
}

streak_vm *streak_open(void) {
  streak_vm *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  pthread_mutex_lock(&api_lifecycle_lock);
  s->vm = vm_new();
  pthread_mutex_unlock(&api_lifecycle_lock);
  if (!s->vm) {
    free(s);
    return NULL;
  }
  /* Set once here, so streak_interrupt only has to write the flag. */
  s->vm->interrupt_msg = INTERRUPT_MSG;
  s->vm->user = s;
  return s;
}

void streak_close(streak_vm *s) {
  if (!s) return;
  pthread_mutex_lock(&api_lifecycle_lock);
  vm_free(s->vm);
  pthread_mutex_unlock(&api_lifecycle_lock);
  error_clear(s);
  scratch_free(s->scratch.items, s->scratch.n);
  free(s);
}

const streak_error *streak_last_error(const streak_vm *s) {
  return s && s->has_error ? &s->error : NULL;
}

/* ---- running code ------------------------------------------------------- */

typedef struct RunJob {
  const char *module;   /* NULL: __main__ */
  const char *src;
  size_t len;
  const char *filename;
  const char *path;     /* run_file: read here, inside the protected region */
  char *buf;            /* the file's text; freed by the caller */
} RunJob;

static Module *module_for(VM *vm, const char *name) {
  if (!name) return vm->main;
  Str *key = str_intern_c(vm, name);
  Value m = dict_get_str(vm, vm->modules, key);
  if (is_type(m, &TYPE_MODULE)) return (Module *)m.as.o;
  Module *mod = module_new(vm, name);
  if (is_empty(dict_get_str(vm, mod->dict, str_intern_c(vm, "__name__"))))
    dict_set_str(vm, mod->dict, str_intern_c(vm, "__name__"), v_obj(key));
  dict_set_str(vm, vm->modules, key, v_obj(mod));
  return mod;
}

static void run_job(VM *vm, void *ud) {
  RunJob *j = ud;
  if (j->path) {
    size_t len = 0;
    j->buf = util_read_file(j->path, &len);
    if (!j->buf) {
      int err = errno;
      vm_raise_errno(vm, err, str_from_cstr(vm, j->path));
    }
    j->src = j->buf;
    j->len = len;
  }
  vm_run_source(vm, module_for(vm, j->module), j->src, j->len, j->filename, false);
}

/* Shared tail of every call that runs Python: strings handed out before it
** are released, and an interrupt that was not observed is dropped. */
typedef struct RunScope {
  char **old_items;
  size_t old_n;
} RunScope;

/* Between runs no frame is live and no C code holds objects: a safe point.
** Under a memory cap, garbage left by the previous run (say, a list the
** script just dropped after a MemoryError) could make even compiling the
** next source fail, so near the cap collect now — but only once something
** worth collecting (1/16 of the cap) was allocated since the last time, so
** that an embedder calling in a loop with a nearly full heap does not pay a
** full collection per call. */
static void collect_before_run(streak_vm *s) {
  VM *vm = s->vm;
  size_t limit = vm->mem_limit;
  if (vm->gc_paused) return;
  if (limit && vm->bytes_allocated > limit - limit / 4 &&
      vm->bytes_allocated >= s->bytes_after_gc + limit / 16) {
    gc_collect(vm);
    s->bytes_after_gc = vm->bytes_allocated;
  } else {
    gc_safepoint(vm);
  }
}

static RunScope run_begin(streak_vm *s) {
  collect_before_run(s);
  RunScope r = {s->scratch.items, s->scratch.n};
  s->scratch.items = NULL;
  s->scratch.n = s->scratch.cap = 0;
  /* what was handed out so far lives until this run returns: [1] */
  s->vm->api_pins[1] = s->vm->api_pins[0];
  s->vm->api_pins[0] = v_empty();
  call_begin(s);
  return r;
}

static streak_status run_end(streak_vm *s, RunScope r, streak_status st) {
  __atomic_store_n(&s->vm->interrupt, 0, __ATOMIC_RELAXED);
  scratch_free(r.old_items, r.old_n);
  s->vm->api_pins[1] = v_empty(); /* arrays handed out before this run */
  return st;
}

static streak_status run(streak_vm *s, RunJob *job) {
  RunScope scope = run_begin(s);
  streak_status st = protect(s, run_job, job);
  free(job->buf);
  return run_end(s, scope, st);
}

streak_status streak_run_string(streak_vm *s, const char *src, const char *name) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!src) return api_fail(s, STREAK_INVALID, "ValueError", "source is NULL");
  RunJob job = {NULL, src, strlen(src), name ? name : "<string>", NULL, NULL};
  return run(s, &job);
}

streak_status streak_run_file(streak_vm *s, const char *path) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!path) return api_fail(s, STREAK_INVALID, "ValueError", "path is NULL");
  RunJob job = {NULL, NULL, 0, path, path, NULL};
  return run(s, &job);
}

streak_status streak_run_module(streak_vm *s, const char *module, const char *src,
                                 const char *name) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!src) return api_fail(s, STREAK_INVALID, "ValueError", "source is NULL");
  if (!valid_name(module))
    return api_fail(s, STREAK_INVALID, "ValueError", "invalid module name");
  if (strcmp(module, "__main__") == 0) module = NULL;
  RunJob job = {module, src, strlen(src), name ? name : "<string>", NULL, NULL};
  return run(s, &job);
}

/* ---- globals ------------------------------------------------------------ */

typedef struct GlobalJob {
  streak_vm *s;
  const char *name;
  const streak_value *in; /* set */
  Value found;            /* get: V_EMPTY if unbound */
  streak_value *out;      /* get_value */
} GlobalJob;

static void set_job(VM *vm, void *ud) {
  GlobalJob *j = ud;
  Value v = value_in(vm, j->in);
  dict_set_str(vm, vm->main->dict, str_intern_c(vm, j->name), v);
}

static void get_job(VM *vm, void *ud) {
  GlobalJob *j = ud;
  j->found = dict_get_str(vm, vm->main->dict, str_intern_c(vm, j->name));
  if (j->out && !is_empty(j->found)) value_out(vm, j->s, j->found, j->out);
}

streak_status streak_set_value(streak_vm *s, const char *name, const streak_value *v) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!valid_name(name)) return api_fail(s, STREAK_INVALID, "ValueError", "invalid global name");
  streak_status st = check_value_in(s, v, name);
  if (st != STREAK_OK) return st;
  GlobalJob job = {s, name, v, v_empty(), NULL};
  return protect(s, set_job, &job);
}

typedef struct SetArrayJob {
  const char *name;
  const streak_array *a;
  void (*release)(void *ctx);
  void *ctx;
  NdArray *made;
} SetArrayJob;

static void set_array_job(VM *vm, void *ud) {
  SetArrayJob *j = ud;
  Value v = array_in(vm, j->a, j->release, j->ctx);
  j->made = as_array(v);
  dict_set_str(vm, vm->main->dict, str_intern_c(vm, j->name), v);
}

streak_status streak_set_array(streak_vm *s, const char *name, const streak_array *a,
                               void (*release)(void *ctx), void *ctx) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!valid_name(name)) return api_fail(s, STREAK_INVALID, "ValueError", "invalid global name");
  streak_status st = check_array_in(s, a, name);
  if (st != STREAK_OK) return st;
  SetArrayJob job = {name, a, release, ctx, NULL};
  st = protect(s, set_array_job, &job);
  /* a failed call leaves the memory with the embedder: the wrapper, if
  ** made, dies unreferenced and must not call release */
  if (st != STREAK_OK && job.made) job.made->release = NULL;
  return st;
}

streak_status streak_set_none(streak_vm *s, const char *name) {
  streak_value v = streak_none();
  return streak_set_value(s, name, &v);
}
streak_status streak_set_bool(streak_vm *s, const char *name, int b) {
  streak_value v = streak_bool(b);
  return streak_set_value(s, name, &v);
}
streak_status streak_set_int(streak_vm *s, const char *name, int64_t i) {
  streak_value v = streak_int(i);
  return streak_set_value(s, name, &v);
}
streak_status streak_set_float(streak_vm *s, const char *name, double f) {
  streak_value v = streak_float(f);
  return streak_set_value(s, name, &v);
}
streak_status streak_set_str(streak_vm *s, const char *name, const char *str) {
  if (!s) return STREAK_INVALID;
  if (!str) {
    call_begin(s);
    return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL string", name ? name : "?");
  }
  streak_value v = streak_str(str);
  return streak_set_value(s, name, &v);
}

/* Looks a global up (no conversion); STREAK_NOTFOUND as a NameError. */
static streak_status lookup(streak_vm *s, const char *name, void *out, Value *found,
                            streak_value *conv) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!valid_name(name)) return api_fail(s, STREAK_INVALID, "ValueError", "invalid global name");
  if (!out) return api_fail(s, STREAK_INVALID, "ValueError", "%s: NULL output pointer", name);
  GlobalJob job = {s, name, NULL, v_empty(), conv};
  streak_status st = protect(s, get_job, &job);
  if (st != STREAK_OK) return st;
  if (is_empty(job.found))
    return api_fail(s, STREAK_NOTFOUND, "NameError", "name '%s' is not defined", name);
  *found = job.found;
  return STREAK_OK;
}

static streak_status wrong_type(streak_vm *s, const char *name, Value v, const char *want) {
  return api_fail(s, STREAK_TYPE, "TypeError", "global '%s' is %s, not %s", name,
                  v_typename(v), want);
}

streak_status streak_get_int(streak_vm *s, const char *name, int64_t *out) {
  Value v;
  streak_status st = lookup(s, name, out, &v, NULL);
  if (st != STREAK_OK) return st;
  if (is_int(v) || is_bool(v)) {
    *out = v.as.i;
    return STREAK_OK;
  }
  if (is_bigint(v))
    return api_fail(s, STREAK_RANGE, "OverflowError", "global '%s' does not fit int64_t", name);
  return wrong_type(s, name, v, "int");
}

streak_status streak_get_bool(streak_vm *s, const char *name, int *out) {
  Value v;
  streak_status st = lookup(s, name, out, &v, NULL);
  if (st != STREAK_OK) return st;
  if (!is_bool(v)) return wrong_type(s, name, v, "bool");
  *out = (int)v.as.i;
  return STREAK_OK;
}

typedef struct ToDoubleJob { Value v; double d; } ToDoubleJob;
static void to_double_job(VM *vm, void *ud) {
  ToDoubleJob *j = ud;
  j->d = v_to_double(vm, j->v);
}

streak_status streak_get_float(streak_vm *s, const char *name, double *out) {
  Value v;
  streak_status st = lookup(s, name, out, &v, NULL);
  if (st != STREAK_OK) return st;
  if (is_float(v)) {
    *out = v.as.f;
    return STREAK_OK;
  }
  if (!is_int(v) && !is_bool(v) && !is_bigint(v)) return wrong_type(s, name, v, "float");
  /* A big int may be too large for a double: OverflowError, as float(). */
  ToDoubleJob job = {v, 0.0};
  st = protect(s, to_double_job, &job);
  if (st == STREAK_OK) *out = job.d;
  else s->error.status = st = STREAK_RANGE;
  return st;
}

streak_status streak_get_str(streak_vm *s, const char *name, const char **out, size_t *len) {
  Value v;
  streak_status st = lookup(s, name, out, &v, NULL);
  if (st != STREAK_OK) return st;
  if (!is_str(v)) return wrong_type(s, name, v, "str");
  const char *copy = scratch_keep(s, as_str(v)->data, (size_t)as_str(v)->nbytes);
  if (!copy) return api_fail(s, STREAK_ERROR, "MemoryError", "out of memory");
  *out = copy;
  if (len) *len = (size_t)as_str(v)->nbytes;
  return STREAK_OK;
}

typedef struct GetArrayJob { Value v; streak_array *out; } GetArrayJob;
static void get_array_job(VM *vm, void *ud) {
  GetArrayJob *j = ud;
  array_out(vm, as_array(j->v), j->out);
}

streak_status streak_get_array(streak_vm *s, const char *name, streak_array *out) {
  Value v;
  streak_status st = lookup(s, name, out, &v, NULL);
  if (st != STREAK_OK) return st;
  if (!is_array(v)) return wrong_type(s, name, v, "numpy.ndarray");
  GetArrayJob job = {v, out};
  return protect(s, get_array_job, &job);
}

streak_status streak_get_value(streak_vm *s, const char *name, streak_value *out) {
  Value v;
  return lookup(s, name, out, &v, out);
}

/* ---- calls -------------------------------------------------------------- */

typedef struct CallJob {
  streak_vm *s;
  const char *fname;
  int argc;
  const streak_value *argv;
  streak_value *result;
  bool not_found;
} CallJob;

static void call_job(VM *vm, void *ud) {
  CallJob *j = ud;
  Str *name = str_intern_c(vm, j->fname);
  Value fn = dict_get_str(vm, vm->main->dict, name);
  if (is_empty(fn)) fn = dict_get_str(vm, vm->builtins->dict, name);
  if (is_empty(fn)) {
    j->not_found = true;
    return;
  }
  /* The arguments live in a Tuple (a GC object, so nothing to free on an
  ** exception) that is rooted while the callee runs and may collect. */
  Tuple *args = tuple_new(vm, j->argc);
  gc_push_root(vm, v_obj(args));
  for (int i = 0; i < j->argc; i++) args->items[i] = value_in(vm, &j->argv[i]);
  Args a = args_pos(j->argc, args->items);
  Value r = vm_call(vm, fn, &a);
  gc_pop_roots(vm, 1);
  if (j->result) {
    gc_push_root(vm, r);
    value_out(vm, j->s, r, j->result);
    gc_pop_roots(vm, 1);
  }
}

streak_status streak_call(streak_vm *s, const char *fname, int argc, const streak_value *argv,
                          streak_value *result) {
  if (!s) return STREAK_INVALID;
  call_begin(s);
  if (!valid_name(fname)) return api_fail(s, STREAK_INVALID, "ValueError", "invalid function name");
  if (argc < 0 || (argc > 0 && !argv))
    return api_fail(s, STREAK_INVALID, "ValueError", "%s: bad argument count or NULL argv", fname);
  for (int i = 0; i < argc; i++) {
    char what[64];
    snprintf(what, sizeof what, "argument %d", i + 1);
    streak_status st = check_value_in(s, &argv[i], what);
    if (st != STREAK_OK) return st;
  }
  if (result) *result = streak_none();
  RunScope scope = run_begin(s);
  CallJob job = {s, fname, argc, argv, result, false};
  streak_status st = protect(s, call_job, &job);
  if (st == STREAK_OK && job.not_found)
    st = api_fail(s, STREAK_NOTFOUND, "NameError", "name '%s' is not defined", fname);
  return run_end(s, scope, st);
}

/* ---- limits, output, interruption, userdata ----------------------------- */

void streak_set_memory_limit(streak_vm *s, size_t bytes) {
  if (!s) return;
  VM *vm = s->vm;
  vm->mem_limit = bytes;
  /* Bring the next collection forward, as gc.c does after collecting under
  ** a cap: halfway to the cap, or at once (next run) if already past it. */
  if (bytes) {
    size_t used = vm->bytes_allocated;
    size_t target = used < bytes ? used + (bytes - used) / 2 : used;
    if (target < vm->next_gc) vm->next_gc = target;
  }
}

size_t streak_memory_used(const streak_vm *s) { return s ? s->vm->bytes_allocated : 0; }

void streak_set_output(streak_vm *s, FILE *out) {
  if (s) s->vm->out = out ? out : stdout;
}

/* Only a store to the VM's volatile sig_atomic_t flag: safe in a signal
** handler. The store is atomic (lock-free on every target) so that another
** thread's write is not a data race in the C11 memory model either. */
void streak_interrupt(streak_vm *s) {
  if (s) __atomic_store_n(&s->vm->interrupt, 1, __ATOMIC_RELAXED);
}

void streak_set_userdata(streak_vm *s, void *ud) {
  if (s) s->userdata = ud;
}

void *streak_get_userdata(const streak_vm *s) { return s ? s->userdata : NULL; }
