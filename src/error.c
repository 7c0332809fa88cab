/*
** error.c — exception classes, raising, and CPython-style tracebacks.
*/
#include "error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "util.h"
#include "vm.h"

/* ---- the exception object ---------------------------------------------- */

static void exc_mark(VM *vm, Obj *o) {
  ExcObj *e = (ExcObj *)o;
  gc_mark_value(vm, e->args);
  gc_mark_value(vm, e->cause);
  gc_mark_value(vm, e->context);
  gc_mark_obj(vm, (Obj *)e->syn_filename);
  gc_mark_obj(vm, (Obj *)e->syn_text);
  gc_mark_obj(vm, (Obj *)e->hint);
  gc_mark_value(vm, e->filename);
  gc_mark_obj(vm, (Obj *)e->dict);
  for (int i = 0; i < e->ntb; i++) {
    gc_mark_obj(vm, (Obj *)e->tb[i].filename);
    gc_mark_obj(vm, (Obj *)e->tb[i].funcname);
  }
}

static void exc_finalize(VM *vm, Obj *o) {
  ExcObj *e = (ExcObj *)o;
  gc_free_buf(vm, e->tb, (size_t)e->captb * sizeof(TbEntry));
  e->tb = NULL;
}

static Tuple *exc_args(Value self) { return as_tuple(((ExcObj *)self.as.o)->args); }

/* str(e): '' for no args, str(arg) for one, str(args) for several. KeyError
** shows repr(key) so that `KeyError: 'x'` reads as CPython's. */
static Value exc_str(VM *vm, Value self) {
  Tuple *args = exc_args(self);
  if (args->n == 2 && type_is_subtype(self.as.o->type, &EXC_OSError)) { /* [Errno 2] No such file…: 'x' */
    Value fname = ((ExcObj *)self.as.o)->filename;
    Str *no = as_str(v_str(vm, args->items[0]));
    Str *msg = as_str(v_str(vm, args->items[1]));
    if (is_empty(fname) || is_none(fname)) return str_printf(vm, "[Errno %s] %s", no->data, msg->data);
    return str_printf(vm, "[Errno %s] %s: %s", no->data, msg->data, as_str(v_repr(vm, fname))->data);
  }
  if (args->n == 0) return str_new(vm, "", 0);
  if (args->n == 1) {
    if (type_is_subtype(self.as.o->type, &EXC_KeyError)) return v_repr(vm, args->items[0]);
    return v_str(vm, args->items[0]);
  }
  return v_str(vm, v_obj(args));
}

static Value exc_repr(VM *vm, Value self) {
  Tuple *args = exc_args(self);
  const char *name = self.as.o->type->name;
  if (args->n == 1) {
    Str *r = as_str(v_repr(vm, args->items[0]));
    return str_printf(vm, "%s(%s)", name, r->data);
  }
  Str *r = as_str(v_repr(vm, v_obj(args)));
  if (args->n == 0) return str_printf(vm, "%s()", name);
  return str_printf(vm, "%s%s", name, r->data);
}

/* The attributes an exception computes (args, __cause__, SystemExit.code, ...). */
static Value exc_builtin_attr(VM *vm, Value self, Str *name) {
  ExcObj *e = (ExcObj *)self.as.o;
  if (str_eq_c(name, "args")) return e->args;
  if (str_eq_c(name, "__cause__")) return e->cause;
  if (str_eq_c(name, "__context__")) return e->context;
  if (str_eq_c(name, "__suppress_context__")) return v_bool(e->suppress_context);
  if (str_eq_c(name, "__class__")) return v_obj(self.as.o->type);
  if (type_is_subtype(self.as.o->type, &EXC_SystemExit) && str_eq_c(name, "code")) {
    Tuple *t = as_tuple(e->args);
    return t->n == 0 ? v_none() : t->n == 1 ? t->items[0] : e->args;
  }
  if (type_is_subtype(self.as.o->type, &EXC_StopIteration) && str_eq_c(name, "value")) {
    Tuple *t = as_tuple(e->args);
    return t->n ? t->items[0] : v_none();
  }
  if (type_is_subtype(self.as.o->type, &EXC_OSError)) {
    Tuple *t = as_tuple(e->args);
    bool pair = t->n >= 2;
    if (str_eq_c(name, "errno")) return pair ? t->items[0] : v_none();
    if (str_eq_c(name, "strerror")) return pair ? t->items[1] : v_none();
    if (str_eq_c(name, "filename")) return is_empty(e->filename) ? v_none() : e->filename;
  }
  (void)vm;
  return v_empty();
}

/* Computed attributes first (they are data descriptors in CPython), then
** what the program set. */
static Value exc_getattr(VM *vm, Value self, Str *name) {
  ExcObj *e = (ExcObj *)self.as.o;
  Value v = exc_builtin_attr(vm, self, name);
  if (!is_empty(v)) return v;
  if (str_eq_c(name, "__dict__")) {
    if (!e->dict) e->dict = dict_new(vm);
    return v_obj(e->dict);
  }
  return e->dict ? dict_get_str(vm, e->dict, name) : v_empty();
}

/* The attributes CPython lets a program set on an exception (it keeps the
** rest in a __dict__, which these objects lack). */
static void exc_setattr(VM *vm, Value self, Str *name, Value val) {
  ExcObj *e = (ExcObj *)self.as.o;
  bool link = str_eq_c(name, "__cause__") || str_eq_c(name, "__context__");
  if (link && !is_none(val) && !is_exc(val))
    vm_raise(vm, &EXC_TypeError, "exception %s must be None or derive from BaseException",
             str_eq_c(name, "__cause__") ? "cause" : "context");
  if (str_eq_c(name, "args")) {
    e->args = tuple_from_iterable(vm, val);
  } else if (str_eq_c(name, "__cause__")) {
    e->cause = val;
    e->suppress_context = true;
  } else if (str_eq_c(name, "__context__")) {
    e->context = val;
  } else if (str_eq_c(name, "__suppress_context__")) {
    if (val.tag != V_BOOL) vm_raise(vm, &EXC_TypeError, "attribute value type must be bool");
    e->suppress_context = val.as.i != 0;
  } else if (!is_empty(exc_builtin_attr(vm, self, name))) {
    /* computed from args here (SystemExit.code, OSError.errno, ...) */
    vm_raise(vm, &EXC_NotImplementedError, "streak: setting an exception's '%s' is not supported",
             name->data);
  } else {
    if (str_eq_c(name, "__dict__"))
      vm_raise(vm, &EXC_NotImplementedError, "streak: replacing an exception's __dict__ is not supported");
    if (!e->dict) e->dict = dict_new(vm);
    dict_set_str(vm, e->dict, name, val);
  }
}

static void exc_delattr(VM *vm, Value self, Str *name) {
  ExcObj *e = (ExcObj *)self.as.o;
  if (!e->dict || !dict_del(vm, e->dict, v_obj(name)))
    vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute '%s'", self.as.o->type->name,
             name->data);
}

static Value exc_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  (void)vm;
  if (op != CMP_EQ && op != CMP_NE) return v_notimpl();
  bool same = a.tag == b.tag && a.as.o == b.as.o;
  return v_bool(op == CMP_EQ ? same : !same);
}

static int64_t exc_hash(VM *vm, Value self) {
  (void)vm;
  return (int64_t)((uintptr_t)self.as.o >> 4);
}

Value exc_new_args(VM *vm, Type *type, Value args_tuple) {
  ExcObj *e = gc_alloc(vm, type, sizeof(ExcObj));
  e->args = args_tuple;
  e->cause = v_none();
  e->context = v_none();
  e->filename = v_empty();
  return v_obj(e);
}

Value exc_new(VM *vm, Type *type, const char *msg) {
  if (!msg) return exc_new_args(vm, type, tuple_from(vm, NULL, 0));
  Value m = str_from_cstr(vm, msg);
  return exc_new_args(vm, type, tuple_from(vm, &m, 1));
}

/* The OSError subclass CPython picks for errno err (OSError itself for
** the rest). */
static Type *oserror_type(int err) {
  switch (err) {
  case ENOENT: return &EXC_FileNotFoundError;
  case EEXIST: return &EXC_FileExistsError;
  case EACCES: case EPERM: return &EXC_PermissionError;
  case EISDIR: return &EXC_IsADirectoryError;
  case ENOTDIR: return &EXC_NotADirectoryError;
  default: return &EXC_OSError;
  }
}

/* Calling an exception class: ValueError("bad", 3). OSError(errno,
** strerror[, filename]) keeps (errno, strerror) as its args, and OSError
** itself becomes the subclass the errno names, as in CPython. */
static Value exc_ctor(VM *vm, Value self, const Args *a) {
  Type *t = (Type *)self.as.o;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", t->name);
  if (type_is_subtype(t, &EXC_OSError) && a->argc >= 2 && a->argc <= 5) {
    if (t == &EXC_OSError && a->argv[0].tag == V_INT) t = oserror_type((int)a->argv[0].as.i);
    Value e = exc_new_args(vm, t, tuple_from(vm, a->argv, a->argc >= 3 ? 2 : a->argc));
    if (a->argc >= 3) ((ExcObj *)e.as.o)->filename = a->argv[2];
    return e;
  }
  return exc_new_args(vm, t, tuple_from(vm, a->argv, a->argc));
}

_Noreturn void vm_raise_errno(VM *vm, int err, Value filename) {
  Value args[2] = {v_int(err), str_from_cstr(vm, strerror(err))};
  gc_push_root(vm, filename);
  gc_push_root(vm, args[1]);
  Value e = exc_new_args(vm, oserror_type(err), tuple_from(vm, args, 2));
  gc_pop_roots(vm, 2);
  ((ExcObj *)e.as.o)->filename = filename;
  vm_throw(vm, e);
}

static const MethodDef exc_methods[] = {{NULL, NULL}};

/* BaseException's base is spelled `object` in EXC_TYPES. */
#define EXC_object TYPE_OBJECT
#define X(cls, basecls)                                                        \
  Type EXC_##cls = {                                                           \
      .hdr = TYPE_HEADER, .name = #cls, .base = &EXC_##basecls,                \
      .mark = exc_mark, .finalize = exc_finalize, .repr = exc_repr,            \
      .str = exc_str, .hash = exc_hash, .richcmp = exc_richcmp,                \
      .getattr = exc_getattr, .setattr = exc_setattr, .delattr = exc_delattr, .ctor = exc_ctor, .methods = exc_methods};
EXC_TYPES(X)
#undef X

bool type_is_subtype(Type *t, Type *base) {
  for (; t; t = t->base)
    if (t == base || (t->base2 && type_is_subtype(t->base2, base))) return true;
  return false;
}

bool exc_is_exception_type(Type *t) { return type_is_subtype(t, &EXC_BaseException); }

/* ---- raising ----------------------------------------------------------- */

_Noreturn void vm_throw(VM *vm, Value exc) {
  ExcObj *e = (ExcObj *)exc.as.o;
  /* Implicit chaining, as CPython sets __context__ when raising inside an
  ** except block. Never make an exception its own context. */
  if (is_none(e->context) && is_exc(vm->handling) && vm->handling.as.o != exc.as.o)
    e->context = vm->handling;
  vm->exc = exc;
  if (!vm->errjmp) {
    fputs("streak: fatal: exception raised with no handler\n", stderr);
    exc_print(vm, exc, stderr);
    abort();
  }
  longjmp(vm->errjmp->buf, 1);
}

_Noreturn void vm_raise(VM *vm, Type *type, const char *fmt, ...) {
  StrBuf b = STRBUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  /* The buffer must be released before anything that can raise. */
  Value msg = str_new(vm, b.data ? b.data : "", b.len);
  sb_free(&b);
  vm_throw(vm, exc_new_args(vm, type, tuple_from(vm, &msg, 1)));
}

_Noreturn void vm_raise_key(VM *vm, Value key) {
  vm_throw(vm, exc_new_args(vm, &EXC_KeyError, tuple_from(vm, &key, 1)));
}

/* Raising MemoryError must not allocate: reuse the preallocated instance. */
_Noreturn void vm_raise_memory(VM *vm) {
  if (is_empty(vm->memory_error)) {
    fputs("streak: out of memory during start-up\n", stderr);
    abort();
  }
  ExcObj *e = (ExcObj *)vm->memory_error.as.o;
  e->ntb = 0;
  e->context = v_none();
  e->cause = v_none();
  vm_throw(vm, vm->memory_error);
}

void exc_add_tb(VM *vm, Value exc, Str *filename, Str *funcname, int line) {
  ExcObj *e = (ExcObj *)exc.as.o;
  if (e->ntb == e->captb) {
    int cap = e->captb ? e->captb * 2 : 8;
    /* Growing a traceback must not itself raise MemoryError mid-unwind. */
    TbEntry *tb = realloc(e->tb, (size_t)cap * sizeof(TbEntry));
    if (!tb) return;
    vm->bytes_allocated += (size_t)(cap - e->captb) * sizeof(TbEntry);
    e->tb = tb;
    e->captb = cap;
  }
  /* Frames are visited innermost first; CPython prints outermost first. */
  memmove(e->tb + 1, e->tb, (size_t)e->ntb * sizeof(TbEntry));
  e->tb[0] = (TbEntry){filename, funcname, line};
  e->ntb++;
}

/* ---- source registry ---------------------------------------------------- */

typedef struct SourceFile {
  struct SourceFile *next;
  char *filename;
  char *text;
  size_t len;
  size_t *line_starts; /* offsets of each line's first byte */
  size_t nlines;
} SourceFile;

const char *err_register_source(VM *vm, const char *filename, const char *src, size_t len) {
  SourceFile **link = &vm->sources;
  for (; *link; link = &(*link)->next)
    if (strcmp((*link)->filename, filename) == 0) break;
  SourceFile *sf = *link;
  if (sf) { /* the REPL reuses "<stdin>": keep only the newest text */
    free(sf->text);
    free(sf->line_starts);
  } else {
    sf = util_xmalloc(sizeof *sf);
    sf->next = NULL;
    sf->filename = util_xstrdup(filename);
    *link = sf;
  }
  sf->text = util_xmalloc(len + 1);
  memcpy(sf->text, src, len);
  sf->text[len] = 0;
  sf->len = len;
  VEC(size_t) starts = {0};
  vec_push(starts, (size_t)0);
  for (size_t i = 0; i < len; i++)
    if (src[i] == '\n' && i + 1 < len) vec_push(starts, i + 1);
  sf->line_starts = starts.items;
  sf->nlines = starts.n;
  return sf->text;
}

const char *err_source_line(VM *vm, const char *filename, int line, size_t *len) {
  for (SourceFile *sf = vm->sources; sf; sf = sf->next) {
    if (strcmp(sf->filename, filename) != 0) continue;
    if (line < 1 || (size_t)line > sf->nlines) return NULL;
    const char *start = sf->text + sf->line_starts[line - 1];
    const char *end = start;
    while (end < sf->text + sf->len && *end != '\n') end++;
    if (end > start && end[-1] == '\r') end--;
    *len = (size_t)(end - start);
    return start;
  }
  return NULL;
}

void err_free_sources(VM *vm) {
  SourceFile *sf = vm->sources;
  while (sf) {
    SourceFile *next = sf->next;
    free(sf->filename);
    free(sf->text);
    free(sf->line_starts);
    free(sf);
    sf = next;
  }
  vm->sources = NULL;
}

/* ---- formatting -------------------------------------------------------- */

/* A source line as CPython quotes it: indented by 4, surrounding blanks stripped. */
static void put_source_line(VM *vm, StrBuf *out, const char *file, int line) {
  size_t n;
  const char *s = err_source_line(vm, file, line, &n);
  if (!s) return;
  while (n && (*s == ' ' || *s == '\t' || *s == '\f')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  if (!n) return;
  sb_puts(out, "    ");
  sb_append(out, s, n);
  sb_putc(out, '\n');
}

static void put_syntax_detail(VM *vm, ExcObj *e, StrBuf *out) {
  (void)vm;
  if (!e->syn_filename || e->syn_line < 1) return; /* e.g. undecodable source: no location */
  sb_printf(out, "  File \"%s\", line %d\n", e->syn_filename->data, e->syn_line);
  if (!e->syn_text) return;
  const char *s = e->syn_text->data;
  size_t n = (size_t)e->syn_text->nbytes;
  while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
  size_t skip = 0;
  while (skip < n && (s[skip] == ' ' || s[skip] == '\t' || s[skip] == '\f')) skip++;
  sb_puts(out, "    ");
  sb_append(out, s + skip, n - skip);
  sb_putc(out, '\n');
  if (e->syn_col < 0) return; /* no offset (TabError, unexpected indent…): no caret */
  int col = e->syn_col - (int)utf8_count(s, skip);
  if (col < 0) col = 0;
  sb_puts(out, "    ");
  for (int i = 0; i < col; i++) sb_putc(out, ' ');
  sb_puts(out, "^\n");
}

/* str(e) without raising: a failing __str__ must not hide the original error. */
typedef struct { Value exc; Value result; } StrCall;
static void call_str(VM *vm, void *ud) {
  StrCall *c = ud;
  c->result = v_str(vm, c->exc);
}

void exc_format_only(VM *vm, Value exc, StrBuf *out) {
  ExcObj *e = (ExcObj *)exc.as.o;
  put_syntax_detail(vm, e, out);
  sb_puts(out, exc.as.o->type->name);
  StrCall c = {exc, v_empty()};
  if (vm_protect(vm, call_str, &c) && is_str(c.result) && as_str(c.result)->nbytes > 0) {
    sb_puts(out, ": ");
    sb_append(out, as_str(c.result)->data, (size_t)as_str(c.result)->nbytes);
  }
  if (e->hint) sb_printf(out, ". Did you mean: '%s'?", e->hint->data);
  sb_putc(out, '\n');
}

static void put_repeated(StrBuf *out, int n) {
  if (n > 0) sb_printf(out, "  [Previous line repeated %d more time%s]\n", n, n > 1 ? "s" : "");
}

static void format_one(VM *vm, Value exc, StrBuf *out) {
  ExcObj *e = (ExcObj *)exc.as.o;
  if (e->ntb > 0) {
    sb_puts(out, "Traceback (most recent call last):\n");
    /* CPython's tb_print_internal: a frame line repeated more than
    ** TB_RECURSIVE_CUTOFF times in a row is shown that many times, then counted. */
    enum { TB_RECURSIVE_CUTOFF = 3 };
    int cnt = 0;
    for (int i = 0; i < e->ntb; i++) {
      TbEntry *t = &e->tb[i], *p = i ? &e->tb[i - 1] : NULL;
      if (!p || p->line != t->line || strcmp(p->filename->data, t->filename->data) ||
          strcmp(p->funcname->data, t->funcname->data)) {
        put_repeated(out, cnt - TB_RECURSIVE_CUTOFF);
        cnt = 0;
      }
      if (++cnt > TB_RECURSIVE_CUTOFF) continue;
      sb_printf(out, "  File \"%s\", line %d, in %s\n", t->filename->data, t->line,
                t->funcname->data);
      put_source_line(vm, out, t->filename->data, t->line);
    }
    put_repeated(out, cnt - TB_RECURSIVE_CUTOFF);
  }
  exc_format_only(vm, exc, out);
}

/* Chained exceptions print the cause/context first, like CPython. The
** depth bound guards against cycles built by user code. */
static void format_chain(VM *vm, Value exc, StrBuf *out, int depth) {
  ExcObj *e = (ExcObj *)exc.as.o;
  if (depth < 32) {
    if (is_exc(e->cause)) {
      format_chain(vm, e->cause, out, depth + 1);
      sb_puts(out, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (is_exc(e->context) && !e->suppress_context) {
      format_chain(vm, e->context, out, depth + 1);
      sb_puts(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  format_one(vm, exc, out);
}

void exc_format(VM *vm, Value exc, StrBuf *out) { format_chain(vm, exc, out, 0); }

void exc_print(VM *vm, Value exc, void *file) {
  StrBuf b = STRBUF_INIT;
  exc_format(vm, exc, &b);
  if (vm->out) fflush(vm->out);
  if (b.data) fwrite(b.data, 1, b.len, (FILE *)file);
  fflush((FILE *)file);
  sb_free(&b);
}

void exc_print_unraisable(VM *vm, Value exc, Value obj, void *file) {
  StrBuf b = STRBUF_INIT;
  Value r = v_repr(vm, obj);
  sb_printf(&b, "Exception ignored in: %s\n", as_str(r)->data);
  format_one(vm, exc, &b);
  if (vm->out) fflush(vm->out);
  if (b.data) fwrite(b.data, 1, b.len, (FILE *)file);
  fflush((FILE *)file);
  sb_free(&b);
}

/* ---- suggestions ("Did you mean") ----------------------------------------
** The same distance and thresholds as CPython 3.11's Python/suggestions.c,
** so that the same candidate is offered. */

enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_LEN = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return MOVE_COST;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
  return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
  while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
  while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
  if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
  if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) return max_cost + 1;
  if (nb < na) {
    const char *t = a; a = b; b = t;
    size_t tn = na; na = nb; nb = tn;
  }
  if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
  size_t row[SUGGEST_MAX_LEN];
  for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
  size_t result = 0;
  for (size_t bi = 0; bi < nb; bi++) {
    size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
    for (size_t i = 0; i < na; i++) {
      size_t substitute = distance + substitution_cost(b[bi], a[i]);
      distance = row[i];
      size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

typedef struct Suggest {
  Str *name;
  Str *best;
  size_t best_distance;
} Suggest;

static void suggest_consider(Suggest *s, Str *item) {
  if (str_eq(item, s->name)) return;
  size_t max = ((size_t)s->name->nbytes + (size_t)item->nbytes + 3) * MOVE_COST / 6;
  if (s->best && s->best_distance - 1 < max) max = s->best_distance - 1;
  size_t d = levenshtein(s->name->data, (size_t)s->name->nbytes, item->data,
                         (size_t)item->nbytes, max);
  if (d > max) return;
  if (!s->best || d < s->best_distance) s->best = item, s->best_distance = d;
}

static Str *suggest_from_dict(Str *name, Dict *d) {
  Suggest s = {name, NULL, SIZE_MAX};
  if (!d || dict_len(d) >= SUGGEST_MAX_ITEMS) return NULL;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) suggest_consider(&s, as_str(k));
  return s.best;
}

static _Noreturn void raise_with_hint(VM *vm, Type *type, Str *hint, const char *msg) {
  Value exc = exc_new(vm, type, msg);
  ((ExcObj *)exc.as.o)->hint = hint;
  vm_throw(vm, exc);
}

_Noreturn void vm_raise_name_error(VM *vm, Str *name, Str *const *locals, int nlocals,
                                   Dict *globals) {
  Suggest s = {name, NULL, SIZE_MAX};
  if (nlocals < SUGGEST_MAX_ITEMS)
    for (int i = 0; i < nlocals; i++)
      if (locals[i]) suggest_consider(&s, locals[i]);
  Str *hint = s.best;
  if (!hint) hint = suggest_from_dict(name, globals);
  if (!hint && vm->builtins) hint = suggest_from_dict(name, vm->builtins->dict);
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "name '%s' is not defined", name->data);
  Value msg = str_new(vm, b.data, b.len);
  sb_free(&b);
  raise_with_hint(vm, &EXC_NameError, hint, as_str(msg)->data);
}

_Noreturn void vm_raise_attr_error(VM *vm, Value obj, Str *name) {
  Str *hint = NULL;
  StrBuf b = STRBUF_INIT;
  if (is_type(obj, &TYPE_MODULE)) {
    Module *m = (Module *)obj.as.o;
    hint = suggest_from_dict(name, m->dict);
    if (np_has_public_name(m->name->data, name->data)) {
      hint = NULL; /* a similar name streak has would mislead */
      sb_printf(&b, "streak does not support %s.%s (module '%s' has no attribute '%s' here)", m->name->data,
                name->data, m->name->data, name->data);
    } else {
      sb_printf(&b, "module '%s' has no attribute '%s'", m->name->data, name->data);
    }
  } else {
    Suggest s = {name, NULL, SIZE_MAX};
    for (Type *t = v_type(obj); t; t = t->base)
      if (t->methods)
        for (const MethodDef *md = t->methods; md->name; md++)
          suggest_consider(&s, str_intern_c(vm, md->name));
    hint = s.best;
    if (is_type(obj, &TYPE_TYPE))
      sb_printf(&b, "type object '%s' has no attribute '%s'", ((Type *)obj.as.o)->name, name->data);
    else
      sb_printf(&b, "'%s' object has no attribute '%s'", v_typename(obj), name->data);
  }
  Value msg = str_new(vm, b.data, b.len);
  sb_free(&b);
  raise_with_hint(vm, &EXC_AttributeError, hint, as_str(msg)->data);
}
