/*
** infer.c — static type inference for @njit functions (see infer.h).
**
** The algorithm is Numba's in spirit: every local variable has one type,
** the unification of everything assigned to it (int64 ∪ float64 → float64);
** the function's return type unifies all `return` values. The body is
** walked repeatedly until no local's type changes (a fixpoint: loops make a
** variable's type flow backwards), then once more in "final" mode, where an
** expression that cannot be typed is a TypingError with its line.
*/
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <gmp.h>
#include <limits.h>
#include <string.h>

#include "../runtime/array.h"
#include "../runtime/dtype.h"
#include "../src/dict.h"
#include "../src/error.h"
#include "../src/mod_numba.h"
#include "../src/func.h"
#include "../src/object.h"
#include "../src/str.h"
#include "../src/vm.h"
#include "infer.h"

/* ---- the type table ---------------------------------------------------- */

static pthread_mutex_t ty_lock = PTHREAD_MUTEX_INITIALIZER;
static NbTypeInfo *ty_tab;
static int ty_n, ty_cap;

static bool ty_same(const NbTypeInfo *a, const NbTypeInfo *b) {
  if (a->kind != b->kind || a->dtype != b->dtype || a->ndim != b->ndim || a->layout != b->layout ||
      a->n != b->n || a->ptr != b->ptr)
    return false;
  if ((a->name == NULL) != (b->name == NULL)) return false;
  if (a->name && strcmp(a->name, b->name) != 0) return false;
  for (int i = 0; i < a->n; i++)
    if (a->items[i] != b->items[i]) return false;
  return true;
}

static NbTypeInfo *ty_retired[16]; /* tables outgrown (ty_intern), still read */
static int ty_nretired;

static NbTy ty_intern(NbTypeInfo *t) {
  pthread_mutex_lock(&ty_lock);
  if (!ty_tab) {
    ty_cap = 64;
    ty_tab = util_xmalloc(sizeof *ty_tab * (size_t)ty_cap);
    memset(&ty_tab[0], 0, sizeof ty_tab[0]); /* NB_UNKNOWN */
    ty_n = 1;
  }
  for (int i = 1; i < ty_n; i++)
    if (ty_same(&ty_tab[i], t)) {
      pthread_mutex_unlock(&ty_lock);
      return i;
    }
  if (ty_n == ty_cap) {
    /* Entries are never moved: callers may hold pointers (nb_type). Grow by
    ** allocating a new table and leaking the old one would be wrong for
    ** readers on other threads; types are few, so allocate generously. */
    NbTypeInfo *nt = util_xmalloc(sizeof *nt * (size_t)ty_cap * 4);
    memcpy(nt, ty_tab, sizeof *nt * (size_t)ty_n);
    /* the old table stays valid for concurrent readers: kept, not freed
    ** (x4 each time: 16 tables are more types than memory holds) */
    if (ty_nretired < 16) ty_retired[ty_nretired++] = ty_tab;
    ty_tab = nt;
    ty_cap *= 4;
  }
  NbTypeInfo *e = &ty_tab[ty_n];
  *e = *t;
  if (t->n) {
    e->items = util_xmalloc(sizeof(NbTy) * (size_t)t->n);
    memcpy(e->items, t->items, sizeof(NbTy) * (size_t)t->n);
  }
  if (t->name) e->name = util_xstrdup(t->name);
  int r = ty_n++;
  pthread_mutex_unlock(&ty_lock);
  return r;
}

const NbTypeInfo *nb_type(NbTy t) { return &ty_tab[t]; }

NbTy nb_scalar(int dtype) {
  NbTypeInfo t = {.kind = NK_SCALAR, .dtype = (uint8_t)dtype};
  return ty_intern(&t);
}
NbTy nb_array(int dtype, int ndim, char layout) {
  NbTypeInfo t = {.kind = NK_ARRAY, .dtype = (uint8_t)dtype, .ndim = (uint8_t)ndim, .layout = layout};
  return ty_intern(&t);
}
NbTy nb_tuple(int n, const NbTy *items) {
  NbTypeInfo t = {.kind = NK_TUPLE, .n = n, .items = (NbTy *)items};
  return ty_intern(&t);
}
NbTy nb_none(void) {
  NbTypeInfo t = {.kind = NK_NONE};
  return ty_intern(&t);
}
NbTy nb_str(void) {
  NbTypeInfo t = {.kind = NK_STR};
  return ty_intern(&t);
}
NbTy nb_range(void) {
  NbTypeInfo t = {.kind = NK_RANGE};
  return ty_intern(&t);
}
NbTy nb_list(NbTy item) {
  NbTypeInfo t = {.kind = NK_LIST, .n = 1, .items = &item};
  return ty_intern(&t);
}
NbTy nb_typeref(NbTy t) {
  NbTypeInfo ti = {.kind = NK_TYPEREF, .n = 1, .items = &t};
  return ty_intern(&ti);
}
NbTy nb_tlist(NbTy item) {
  NbTypeInfo t = {.kind = NK_LIST, .n = 1, .items = &item, .layout = 'T'};
  return ty_intern(&t);
}
NbTy nb_set(NbTy item) {
  NbTypeInfo t = {.kind = NK_SET, .n = 1, .items = &item};
  return ty_intern(&t);
}
NbTy nb_dict_view(NbTy item) {
  NbTy iv[2] = {item, 1};
  NbTypeInfo t = {.kind = NK_LIST, .n = 2, .items = iv};
  return ty_intern(&t);
}
NbTy nb_dict(NbTy key, NbTy value) {
  NbTy kv[2] = {key, value};
  NbTypeInfo t = {.kind = NK_DICT, .n = 2, .items = kv};
  return ty_intern(&t);
}
NbTy nb_optional(NbTy item) {
  NbTypeInfo t = {.kind = NK_OPTIONAL, .n = 1, .items = &item};
  return ty_intern(&t);
}
NbTy nb_named(NbKind kind, const char *name, void *ptr) {
  NbTypeInfo t = {.kind = (uint8_t)kind, .name = name, .ptr = ptr};
  return ty_intern(&t);
}
NbTy nb_dtype_ty(int dtype) {
  NbTypeInfo t = {.kind = NK_DTYPE, .dtype = (uint8_t)dtype};
  return ty_intern(&t);
}

bool nb_is_int(NbTy t) { const NbTypeInfo *i = nb_type(t); return i->kind == NK_SCALAR && dt_is_int((DType)i->dtype); }
bool nb_is_float(NbTy t) { const NbTypeInfo *i = nb_type(t); return i->kind == NK_SCALAR && dt_is_float((DType)i->dtype); }
bool nb_is_complex(NbTy t) { const NbTypeInfo *i = nb_type(t); return i->kind == NK_SCALAR && dt_is_complex((DType)i->dtype); }
bool nb_is_bool(NbTy t) { const NbTypeInfo *i = nb_type(t); return i->kind == NK_SCALAR && i->dtype == DT_BOOL; }
bool nb_is_number(NbTy t) { return nb_type(t)->kind == NK_SCALAR; }

static const char *scalar_name(int dt) { return dt == DT_BOOL ? "bool" : dt_name((DType)dt); }

/* reflected: lists are Python lists seen by Numba (arguments, typeof):
** "reflected list(...)" */
static void type_str(NbTy t, StrBuf *b, bool reflected) {
  const NbTypeInfo *i = nb_type(t);
  switch (i->kind) {
  case NK_SCALAR: sb_puts(b, scalar_name(i->dtype)); break;
  case NK_ARRAY: sb_printf(b, "array(%s, %dd, %c)", scalar_name(i->dtype), i->ndim, i->layout); break;
  case NK_TUPLE: {
    bool uni = i->n > 0;
    for (int k = 1; k < i->n; k++)
      if (i->items[k] != i->items[0]) uni = false;
    if (uni) {
      sb_puts(b, "UniTuple(");
      type_str(i->items[0], b, reflected);
      sb_printf(b, " x %d)", i->n);
    } else {
      sb_puts(b, "Tuple(");
      for (int k = 0; k < i->n; k++) {
        if (k) sb_puts(b, ", ");
        type_str(i->items[k], b, reflected);
      }
      sb_puts(b, ")");
    }
    break;
  }
  case NK_NONE: sb_puts(b, "none"); break;
  case NK_STR: sb_puts(b, "unicode_type"); break;
  case NK_MODULE: sb_printf(b, "Module(%s)", i->name); break;
  case NK_DISP: sb_printf(b, "type(CPUDispatcher(<function %s>))", nb_disp_name(i->ptr)); break;
  case NK_CLOSURE: sb_printf(b, "closure(%s)", i->name); break;
  case NK_FUNC: sb_printf(b, "Function(%s)", i->name); break;
  case NK_DTYPE: sb_printf(b, "class(%s)", scalar_name(i->dtype)); break;
  case NK_TYPEREF:
    sb_puts(b, "typeref[");
    type_str(i->items[0], b, reflected);
    sb_puts(b, "]");
    break;
  case NK_RANGE: sb_puts(b, "range_state_int64"); break;
  case NK_OPAQUE: sb_printf(b, "pyobject(%s)", i->name ? i->name : "?"); break;
  case NK_VUFUNC: sb_printf(b, "Function(<ufunc '%s'>)", i->name); break;
  case NK_OPTIONAL:
    sb_puts(b, "OptionalType(");
    type_str(i->items[0], b, reflected);
    sb_puts(b, ")");
    break;
  case NK_DICT:
    sb_puts(b, "DictType[");
    for (int k = 0; k < 2; k++) {
      if (k) sb_puts(b, ",");
      if (i->items[k]) type_str(i->items[k], b, reflected);
      else sb_puts(b, "undefined");
    }
    sb_puts(b, "]<iv=None>");
    break;
  case NK_SET:
    sb_puts(b, reflected ? "reflected set(" : "set(");
    if (i->items[0]) type_str(i->items[0], b, reflected);
    else sb_puts(b, "undefined");
    sb_puts(b, ")");
    break;
  case NK_LIST:
    if (nb_is_tlist(i)) {
      sb_puts(b, "ListType[");
      type_str(i->items[0], b, reflected);
      sb_puts(b, "]");
      break;
    }
    sb_puts(b, i->n == 2 ? "dict_view(" : reflected ? "reflected list(" : "list(");
    if (i->items[0]) type_str(i->items[0], b, reflected);
    else sb_puts(b, "undefined");
    sb_puts(b, ")<iv=None>");
    break;
  default: sb_puts(b, "undefined"); break;
  }
}

void nb_type_str(NbTy t, StrBuf *b) { type_str(t, b, false); }
void nb_type_str_py(NbTy t, StrBuf *b) { type_str(t, b, true); }

static char *tystr(NbTy t, char *buf, size_t n) {
  StrBuf b = STRBUF_INIT;
  nb_type_str(t, &b);
  snprintf(buf, n, "%s", b.data ? b.data : "");
  sb_free(&b);
  return buf;
}

/* Numba's numeric unification/promotion of two scalars. */
static int promote_dt(int a, int b) {
  if (a == b) return a;
  if (a == DT_BOOL) return b == DT_BOOL ? DT_BOOL : (dt_is_int((DType)b) ? DT_INT64 : b);
  if (b == DT_BOOL) return promote_dt(b, a);
  if (dt_is_complex((DType)a) || dt_is_complex((DType)b)) {
    if ((a == DT_COMPLEX64 || a == DT_FLOAT32) && (b == DT_COMPLEX64 || b == DT_FLOAT32)) return DT_COMPLEX64;
    return DT_COMPLEX128;
  }
  if (dt_is_float((DType)a) || dt_is_float((DType)b)) {
    if (a == DT_FLOAT32 && b == DT_FLOAT32) return DT_FLOAT32;
    if ((a == DT_FLOAT32 && dt_size((DType)b) <= 2) || (b == DT_FLOAT32 && dt_size((DType)a) <= 2))
      return DT_FLOAT32;
    return DT_FLOAT64;
  }
  /* two ints */
  bool ua = dt_is_unsigned((DType)a), ub = dt_is_unsigned((DType)b);
  if (ua && ub) return DT_UINT64;
  if (!ua && !ub) return DT_INT64;
  /* mixed signedness: uint64 with a signed int → float64 (Numba) */
  int u = ua ? a : b;
  return u == DT_UINT64 ? DT_FLOAT64 : DT_INT64;
}

int nb_promote_dt(int a, int b) { return promote_dt(a, b); }

int nb_ufunc_dt(NbTy a, NbTy b) {
  const NbTypeInfo *x = nb_type(a), *y = nb_type(b);
  DType p = (DType)x->dtype, q = (DType)y->dtype;
  /* Numba's loop search (ufunc_find_matching_loop): with integer and
  ** inexact inputs mixed, an integer may cast to any float or complex, so
  ** the first loop taking the inexact input is its own type (float32 +
  ** int64 arrays: float32, where NumPy gives float64) */
  if (dt_is_int(p) && dt_is_inexact(q)) return q;
  if (dt_is_int(q) && dt_is_inexact(p)) return p;
  return dt_promote(p, q);
}

NbTy nb_unify(NbTy a, NbTy b) {
  if (a == b) return a;
  if (a == NB_UNKNOWN) return b;
  if (b == NB_UNKNOWN) return a;
  const NbTypeInfo *x = nb_type(a), *y = nb_type(b);
  if (x->kind == NK_SCALAR && y->kind == NK_SCALAR) {
    int d = promote_dt(x->dtype, y->dtype);
    /* unification keeps ints at least int64 (literals are int64) */
    return nb_scalar(d);
  }
  if (x->kind == NK_ARRAY && y->kind == NK_ARRAY && x->dtype == y->dtype && x->ndim == y->ndim)
    return nb_array(x->dtype, x->ndim, 'A');
  if (x->kind == NK_TUPLE && y->kind == NK_TUPLE && x->n == y->n) {
    NbTy items[x->n > 0 ? x->n : 1];
    for (int i = 0; i < x->n; i++) {
      items[i] = nb_unify(x->items[i], y->items[i]);
      if (!items[i]) return NB_UNKNOWN;
    }
    return nb_tuple(x->n, items);
  }
  /* a value or None: Numba's Optional */
  if (x->kind == NK_NONE || y->kind == NK_NONE) {
    NbTy v = x->kind == NK_NONE ? b : a;
    return nb_type(v)->kind == NK_OPTIONAL ? v : nb_optional(v);
  }
  if (x->kind == NK_OPTIONAL || y->kind == NK_OPTIONAL) {
    NbTy it = nb_unify(x->kind == NK_OPTIONAL ? x->items[0] : a, y->kind == NK_OPTIONAL ? y->items[0] : b);
    return it ? nb_optional(it) : NB_UNKNOWN;
  }
  if (x->kind == NK_DICT && y->kind == NK_DICT) { /* a store refines the key and value types */
    NbTy k = nb_unify(x->items[0], y->items[0]), v = nb_unify(x->items[1], y->items[1]);
    return k && v ? nb_dict(k, v) : NB_UNKNOWN;
  }
  if (x->kind == NK_SET && y->kind == NK_SET) { /* an add refines the item type, as a list's append */
    NbTy it = nb_unify(x->items[0], y->items[0]);
    return it ? nb_set(it) : NB_UNKNOWN;
  }
  if (x->kind == NK_LIST && y->kind == NK_LIST && (nb_is_tlist(x) || nb_is_tlist(y))) {
    /* a typed List's item type is set once (by the first append), never widened */
    if (!nb_is_tlist(x) || !nb_is_tlist(y) || (x->items[0] && y->items[0])) return NB_UNKNOWN;
    return nb_tlist(x->items[0] ? x->items[0] : y->items[0]);
  }
  if (x->kind == NK_LIST && y->kind == NK_LIST) { /* an append refines the item type */
    NbTy it = nb_unify(x->items[0], y->items[0]);
    return it ? nb_list(it) : NB_UNKNOWN;
  }
  return NB_UNKNOWN;
}

bool nb_safe_store(NbTy from, NbTy to) {
  if (from == to) return true;
  const NbTypeInfo *h = nb_type(from), *t = nb_type(to);
  if (nb_convert_cost(from, to) < 0) return false;
  if (h->kind != NK_SCALAR || t->kind != NK_SCALAR) return true;
  return !(dt_is_inexact((DType)h->dtype) && !dt_is_inexact((DType)t->dtype)) &&
         !(dt_is_complex((DType)h->dtype) && !dt_is_complex((DType)t->dtype));
}

/* Conversion rank between scalars for dispatch; -1 if not allowed. */
static int scalar_cost(int from, int to) {
  if (from == to) return 0;
  if (dt_is_complex((DType)from)) return dt_is_complex((DType)to) ? 2 : -1;
  if (dt_is_float((DType)from)) return dt_is_complex((DType)to) ? 3 : dt_is_float((DType)to) ? 2 : to == DT_BOOL ? -1 : 6;
  if (from == DT_BOOL) return to == DT_BOOL ? 0 : 1;
  if (dt_is_int((DType)from)) {
    if (to == DT_BOOL) return -1;
    if (dt_is_int((DType)to)) {
      if (dt_is_unsigned((DType)from) == dt_is_unsigned((DType)to))
        return dt_size((DType)to) >= dt_size((DType)from) ? 1 : 4;
      if (dt_is_unsigned((DType)from)) return dt_size((DType)to) > dt_size((DType)from) ? 1 : 4;
      return 5; /* signed → unsigned: unsafe */
    }
    return dt_is_float((DType)to) ? 3 : 4;
  }
  return -1;
}

int nb_convert_cost(NbTy from, NbTy to) {
  if (from == to) return 0;
  const NbTypeInfo *x = nb_type(from), *y = nb_type(to);
  if (x->kind == NK_SCALAR && y->kind == NK_SCALAR) return scalar_cost(x->dtype, y->dtype);
  if (x->kind == NK_ARRAY && y->kind == NK_ARRAY)
    return x->dtype == y->dtype && x->ndim == y->ndim && y->layout == 'A' ? 1 : -1;
  if (x->kind == NK_TUPLE && y->kind == NK_TUPLE && x->n == y->n) {
    int c = 0;
    for (int i = 0; i < x->n; i++) {
      int k = nb_convert_cost(x->items[i], y->items[i]);
      if (k < 0) return -1;
      c += k;
    }
    return c;
  }
  return -1;
}

/* ---- units, errors ------------------------------------------------------- */

void nb_unit_init(NbUnit *u, VM *vm) {
  memset(u, 0, sizeof *u);
  u->vm = vm;
}

void nb_unit_free(NbUnit *u) {
  for (size_t i = u->ellipses.n; i-- > 0;) { /* the AST as written again */
    u->ellipses.items[i].sub->subscript.slice = u->ellipses.items[i].orig;
    free(u->ellipses.items[i].made);
  }
  vec_free(u->ellipses);
  for (size_t i = 0; i < u->funcs.n; i++) {
    NbFunc *f = u->funcs.items[i];
    free(f->argtys);
    vec_free(f->locals);
    for (size_t k = 0; k < f->hidden.n; k++) free(f->hidden.items[k]);
    vec_free(f->hidden);
    vec_free(f->omits);
    free(f);
  }
  vec_free(u->funcs);
  for (size_t i = 0; i < u->closures.n; i++) {
    free(u->closures.items[i]->args.args.items);
    free(u->closures.items[i]);
  }
  vec_free(u->closures);
  vec_free(u->frozen);
  vec_free(u->tuple_types);
  vec_free(u->dict_types);
  vec_free(u->set_types);
  sb_free(&u->err);
  sb_free(&u->c);
  sb_free(&u->pardiag);
  sb_free(&u->warnings);
}

/* Numba's source excerpt (ir.Loc.strformat): the line before the error's
** and the error's, preceded by the function's def line and "<source
** elided>" when the def is not among them, then a caret under the error
** line's first non-blank. It ends the message, so the last line of stderr
** is the caret, as the oracle's. */
static int leading_blanks(const char *l, size_t n) {
  size_t i = 0;
  while (i < n && (l[i] == ' ' || l[i] == '\t')) i++;
  return (int)i;
}

static bool has_def(const char *l, size_t n) { return n >= 4 && memmem(l, n, "def ", 4) != NULL; }

static void source_excerpt(NbUnit *u, const char *file, int line) {
  size_t n = 0, pn = 0;
  const char *l = err_source_line(u->vm, file, line, &n);
  if (!l) return;
  const char *prev = line > 1 ? err_source_line(u->vm, file, line - 1, &pn) : NULL;
  if (!(prev && has_def(prev, pn)) && !has_def(l, n)) {
    for (int k = line - 2; k >= 1; k--) {
      size_t dn = 0;
      const char *d = err_source_line(u->vm, file, k, &dn);
      if (d && has_def(d, dn)) {
        sb_append(&u->err, d, dn);
        sb_printf(&u->err, "\n%*s<source elided>\n", 4 + leading_blanks(d, dn), "");
        break;
      }
    }
  }
  if (prev) {
    sb_append(&u->err, prev, pn);
    sb_putc(&u->err, '\n');
  }
  sb_append(&u->err, l, n);
  sb_printf(&u->err, "\n%*s^", leading_blanks(l, n), "");
}

void nb_error_at(NbUnit *u, NbFunc *f, AstPos pos, const char *fmt, ...) {
  if (u->err.len) return; /* the first error wins */
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&u->err, fmt, ap);
  va_end(ap);
  sb_printf(&u->err, "\n\nDuring: typing of %s(", f->name);
  for (int i = 0; i < f->nargs; i++) {
    if (i) sb_puts(&u->err, ", ");
    nb_type_str_py(f->argtys[i], &u->err);
  }
  sb_printf(&u->err, ")\n\nFile \"%s\", line %d:\n", f->filename, pos.line);
  source_excerpt(u, f->filename, pos.line);
}

/* f.inspect_types(): the source of f with the inferred type of every
** variable at the line that first binds it, in Numba's layout (a header
** with the signature, "# --- LINE n --- " before each line). Numba
** annotates its own IR, which streak does not have; the types are the
** same ones. */
void nb_annotate(NbUnit *u, NbFunc *f, StrBuf *b) {
  sb_printf(b, "%s (", f->name);
  for (int i = 0; i < f->nargs; i++) {
    if (i) sb_puts(b, ", ");
    nb_type_str_py(f->argtys[i], b);
  }
  sb_puts(b, f->nargs == 1 ? ",)\n" : ")\n"); /* the repr of Python's tuple */
  for (int i = 0; i < 80; i++) sb_putc(b, '-');
  sb_printf(b, "\n# File: %s\n", f->filename);
  AstStmt *def = f->def;
  int first = def->pos.line;
  for (int i = 0; i < def->funcdef.decorator_list.len; i++)
    if (def->funcdef.decorator_list.items[i]->pos.line < first) first = def->funcdef.decorator_list.items[i]->pos.line;
  for (int line = first; line <= def->pos.end_line; line++) {
    size_t n = 0;
    const char *src = err_source_line(u->vm, f->filename, line, &n);
    if (!src) break;
    size_t ind = 0;
    while (ind < n && (src[ind] == ' ' || src[ind] == '\t')) ind++;
    sb_printf(b, "%.*s# --- LINE %d --- \n", (int)ind, src, line);
    if (line == first) { /* Numba types the arguments at the first line */
      for (int i = 0; i < f->nargs; i++) {
        const char *name = def->funcdef.args->args.items[i]->name;
        sb_printf(b, "#   %s = arg(%d, name=%s)  :: ", name, i, name);
        nb_type_str_py(f->argtys[i], b);
        sb_putc(b, '\n');
      }
      sb_puts(b, "#   $return  :: ");
      nb_type_str(f->ret, b);
      sb_putc(b, '\n');
    }
    for (size_t i = (size_t)f->nargs; i < f->locals.n; i++) {
      const NbLocal *l = &f->locals.items[i];
      if (l->defpos.line != line || strstr(l->name, "__") == l->name + 2) continue; /* compiler-made: lc__, lv__ */
      sb_printf(b, "%.*s#   %s  :: ", (int)ind, src, l->name);
      nb_type_str(l->ty, b);
      sb_putc(b, '\n');
    }
    sb_printf(b, "\n%.*s\n\n", (int)n, src);
  }
  for (int i = 0; i < 80; i++) sb_putc(b, '=');
  sb_putc(b, '\n');
}

NbLocal *nb_local(NbFunc *f, const char *name) {
  for (size_t i = 0; i < f->locals.n; i++)
    if (strcmp(f->locals.items[i].name, name) == 0) return &f->locals.items[i];
  return NULL;
}

/* ---- resolving globals --------------------------------------------------- */

extern Type TYPE_NB_DISPATCHER; /* dispatch.c */

static Value find_module(VM *vm, const char *name) {
  Value m = dict_get_str(vm, vm->modules, str_intern_c(vm, name));
  return m;
}

/* Types a compile-time value (a global, a module attribute). */
static NbTy classify_value(NbUnit *u, Value v, const char *modname, const char *attr, Value *val) {
  VM *vm = u->vm;
  if (val) *val = v;
  if (v.tag == V_BOOL) return nb_scalar(DT_BOOL);
  if (v.tag == V_INT) return nb_scalar(DT_INT64);
  if (v.tag == V_FLOAT) return nb_scalar(DT_FLOAT64);
  if (is_complex(v)) return nb_scalar(DT_COMPLEX128);
  if (v.tag != V_OBJ) return nb_named(NK_OPAQUE, v_typename(v), NULL);
  if (is_type(v, &TYPE_MODULE)) {
    Module *m = (Module *)v.as.o;
    return nb_named(NK_MODULE, m->name->data, m);
  }
  if (is_type(v, &TYPE_NB_DISPATCHER)) return nb_named(NK_DISP, NULL, v.as.o);
  if (is_str(v)) return nb_str(); /* a global str: a constant, as Numba freezes it */
  if (is_tuple(v) && as_tuple(v)->n <= 64) { /* a global tuple of constants, frozen too */
    Tuple *t = as_tuple(v);
    NbTy items[t->n + 1];
    for (int64_t i = 0; i < t->n; i++) {
      items[i] = classify_value(u, t->items[i], NULL, NULL, NULL);
      int k = nb_type(items[i])->kind;
      if (k != NK_SCALAR && k != NK_STR && k != NK_TUPLE) return nb_named(NK_OPAQUE, "tuple", NULL);
    }
    return nb_tuple((int)t->n, items);
  }
  const char *ufname;
  Value ufdisp;
  bool uffound;
  if (nb_vec_ufunc(v, &ufname, 0, NULL, NULL, &ufdisp, &uffound)) return nb_named(NK_VUFUNC, ufname, v.as.o);
  if (v.as.o == (Obj *)&TYPE_NB_TYPED_LIST) return nb_named(NK_FUNC, "numba.typed.List", NULL);
  if (v.as.o == (Obj *)&TYPE_NB_TYPED_DICT) return nb_named(NK_FUNC, "numba.typed.Dict", NULL);
  if (is_type(v, &TYPE_NB_TYPE)) { /* types.int64, types.unicode_type: item types of typed containers */
    NbTy t = ((NbTypeObj *)v.as.o)->ty;
    return nb_is_scalar(t) ? nb_dtype_ty(nb_type(t)->dtype) : nb_typeref(t);
  }
  if (is_type(v, &TYPE_TYPE)) {
    Type *t = (Type *)v.as.o;
    if (t == &TYPE_INT) return nb_named(NK_FUNC, "builtins.int", NULL);
    if (t == &TYPE_FLOAT) return nb_named(NK_FUNC, "builtins.float", NULL);
    if (t == &TYPE_COMPLEX) return nb_named(NK_FUNC, "builtins.complex", NULL);
    if (t == &TYPE_BOOL) return nb_named(NK_FUNC, "builtins.bool", NULL);
    if (t == &TYPE_RANGE) return nb_named(NK_FUNC, "builtins.range", NULL);
    for (int d = 0; d < DT__COUNT; d++)
      if (np_scalar_type((DType)d) == t) return nb_dtype_ty(d);
  }
  if (is_type(v, &TYPE_NPDTYPE)) {
    int d = np_dtype_from_value(vm, v);
    if (d >= 0) return nb_dtype_ty(d);
  }
  /* a built-in or ufunc: find which module it belongs to */
  Value nm = v_getattr_opt(vm, v, str_intern_c(vm, "__name__"));
  const char *name = is_str(nm) ? as_str(nm)->data : attr;
  if (name) {
    static const char *const mods[] = {"numpy", "math", "numpy.random", "numba", "builtins", "cmath", "random"};
    char buf[128];
    if (modname) {
      snprintf(buf, sizeof buf, "%s.%s", modname, attr ? attr : name);
      return nb_named(NK_FUNC, buf, NULL);
    }
    for (size_t i = 0; i < sizeof mods / sizeof mods[0]; i++) {
      Value m = find_module(vm, mods[i]);
      if (!is_type(m, &TYPE_MODULE)) continue;
      Value w = module_get(vm, (Module *)m.as.o, name);
      if (!is_empty(w) && v_is(w, v)) {
        snprintf(buf, sizeof buf, "%s.%s", mods[i], name);
        return nb_named(NK_FUNC, buf, NULL);
      }
    }
  }
  if (is_function(v)) return nb_named(NK_OPAQUE, "function", NULL);
  return nb_named(NK_OPAQUE, v_typename(v), NULL);
}

int nb_frozen_index(const NbUnit *u, Value v) {
  for (size_t i = 0; i < u->frozen.n; i++)
    if (u->frozen.items[i].array.as.o == v.as.o) return (int)i;
  return -1;
}

static NbClosure *closure_of(const NbUnit *u, const void *disp);

NbTy nb_global(NbUnit *u, NbFunc *f, const char *name, Value *val) {
  VM *vm = u->vm;
  NbDispInfo di;
  if (val) *val = v_empty();
  NbClosure *c = closure_of(u, f->disp);
  if (c) return nb_global(u, c->outer, name, val); /* an inner function sees its enclosing function's globals */
  if (!nb_disp_info(vm, f->disp, &di)) return NB_UNKNOWN;
  Str *s = str_intern_c(vm, name);
  Value v = dict_get_str(vm, di.globals, s);
  if (is_empty(v) && !strcmp(name, di.name)) return nb_named(NK_DISP, NULL, f->disp); /* eager recursion */
  if (is_empty(v)) {
    v = module_get(vm, vm->builtins, name);
    if (is_empty(v)) return NB_UNKNOWN;
    char buf[128];
    snprintf(buf, sizeof buf, "builtins.%s", name);
    if (val) *val = v;
    if (v.tag == V_OBJ && (is_type(v, &TYPE_BUILTIN) || is_type(v, &TYPE_TYPE))) return nb_named(NK_FUNC, buf, NULL);
    return classify_value(u, v, NULL, NULL, val);
  }
  if (is_array(v)) { /* frozen as a constant, as Numba does */
    Value src = v;
    if (f != u->root) v = nb_frozen_of(f->disp, f->nargs, f->argtys, v);
    NdArray *a = as_array(v);
    if (a->ndim < 1 || a->ndim > 8) return nb_named(NK_OPAQUE, "numpy.ndarray", NULL);
    if (val) *val = v;
    if (nb_frozen_index(u, v) < 0) vec_push(u->frozen, ((NbFrozen){v, src}));
    return nb_array(a->dtype, a->ndim, 'C');
  }
  return classify_value(u, v, NULL, name, val);
}

NbTy nb_attr_of_module(NbUnit *u, NbTy mod, const char *attr, Value *val) {
  const NbTypeInfo *m = nb_type(mod);
  Value v = module_get(u->vm, (Module *)m->ptr, attr);
  if (val) *val = v_empty();
  if (is_empty(v)) {
    /* submodules imported lazily (numpy.random) */
    char buf[128];
    snprintf(buf, sizeof buf, "%s.%s", m->name, attr);
    v = find_module(u->vm, buf);
    if (is_empty(v) && !strcmp(m->name, "numpy") && nb_np_impl_only(attr)) return nb_named(NK_FUNC, buf, NULL);
    if (is_empty(v)) return NB_UNKNOWN;
  }
  if (v.tag == V_OBJ && (is_type(v, &TYPE_BUILTIN) || (!is_type(v, &TYPE_MODULE) && !is_type(v, &TYPE_TYPE) &&
                                                       !is_type(v, &TYPE_NB_DISPATCHER) && !is_type(v, &TYPE_NPDTYPE) &&
                                                       !is_complex(v))))
    return classify_value(u, v, m->name, attr, val);
  return classify_value(u, v, NULL, attr, val);
}

/* print() boxes its arguments and prints their str(), as Numba's print
** does (a list prints as the Python list it becomes): what dispatch.c's
** load_c can box. A dict view cannot leave compiled code (Numba's print of
** one fails at run time), nor can a list not yet typed. */
bool nb_printable(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  switch (i->kind) {
  case NK_SCALAR: case NK_STR: case NK_ARRAY: case NK_NONE: return true;
  case NK_DTYPE: return true; /* a.dtype, np.float64: Numba prints the dtype's name */
  case NK_TUPLE:
    for (int k = 0; k < i->n; k++)
      if (!nb_printable(i->items[k])) return false;
    return true;
  case NK_LIST: return i->n == 1 && i->items[0] && nb_printable(i->items[0]);
  case NK_SET: return i->items[0] != NB_UNKNOWN;
  case NK_DICT: return i->items[0] && i->items[1] && nb_printable(i->items[0]) && nb_printable(i->items[1]);
  case NK_OPTIONAL: return nb_printable(i->items[0]); /* a tuple's item: None or the value */
  default: return false;
  }
}

/* ---- expressions ------------------------------------------------------------ */

typedef struct Walk {
  NbUnit *u;
  NbFunc *f;
  bool final;
  bool changed;
  VEC(const char *) assigned; /* every name bound in the function */
} Walk;

static Walk *cur_walk; /* the walk nb_expr_type uses after inference (lowering) */

static bool is_assigned(Walk *w, const char *name) {
  for (size_t i = 0; i < w->assigned.n; i++)
    if (strcmp(w->assigned.items[i], name) == 0) return true;
  return false;
}

#define ERR(pos, ...)                                                           \
  do {                                                                          \
    if (w->final) nb_error_at(w->u, w->f, (pos), __VA_ARGS__);                  \
    return NB_UNKNOWN;                                                          \
  } while (0)

static NbTy ty_expr(Walk *w, AstExpr *e);
static NbTy ty_expr_keep(Walk *w, AstExpr *e);

/* Numba's integer typing for arithmetic (NBEP 1): two ints give a 64-bit
** int, signed if either is (uint64 + int64 is int64, where NumPy's
** promotion, which unification uses, says float64). */
static int arith_dt(int a, int b) {
  if (a == DT_BOOL && b == DT_BOOL) return DT_INT64;
  if (dt_is_int((DType)a) && dt_is_int((DType)b))
    return dt_is_unsigned((DType)a) && dt_is_unsigned((DType)b) ? DT_UINT64 : DT_INT64;
  int d = promote_dt(a, b);
  if (dt_is_int((DType)d)) return dt_is_unsigned((DType)d) ? DT_UINT64 : DT_INT64;
  return d;
}

static NbTy ty_dot(Walk *w, AstPos pos, NbTy a, NbTy b);

/* list + list (a new list of the unified item type), list * int and
** int * list (repeated; none for n <= 0), as Numba's list operators. */
static NbTy list_binop_type(Walk *w, AstPos pos, AstBinOp op, NbTy a, NbTy b) {
  char s1[96], s2[96];
  bool typed = (nb_is_list(a) && nb_is_tlist(nb_type(a))) || (nb_is_list(b) && nb_is_tlist(nb_type(b)));
  if (typed) /* Numba's typed List has no + or * */
    ERR(pos, "No implementation of operator '%s' for the operand types %s and %s.", ast_binop_symbol(op),
        tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2));
  if (op == AST_OP_Add && nb_is_list(a) && nb_is_list(b) && nb_list_item(a) && nb_list_item(b) && nb_type(a)->n == 1 &&
      nb_type(b)->n == 1) {
    NbTy it = nb_unify(nb_list_item(a), nb_list_item(b));
    if (it) return nb_list(it);
  }
  if (op == AST_OP_Mult && ((nb_is_list(a) && nb_is_int(b)) || (nb_is_int(a) && nb_is_list(b)))) {
    NbTy l = nb_is_list(a) ? a : b;
    if (nb_list_item(l) && nb_type(l)->n == 1) return l;
  }
  if ((nb_is_list(a) && !nb_list_item(a)) || (nb_is_list(b) && !nb_list_item(b))) return NB_UNKNOWN; /* `[]` not typed yet */
  ERR(pos, "No implementation of operator '%s' for the operand types %s and %s.", ast_binop_symbol(op), tystr(a, s1, sizeof s1),
      tystr(b, s2, sizeof s2));
}

/* Converts to float32 safely: NumPy's can_cast(dt, float32) for ufuncs,
** Numba's casting rules for its math functions (uint16 goes through int32,
** which float32 cannot hold). */
static bool safe_in_float32(int dt, bool numpy) {
  return dt == DT_FLOAT32 || dt == DT_BOOL || dt == DT_INT8 || dt == DT_INT16 || dt == DT_UINT8 ||
         (numpy && dt == DT_UINT16);
}

/* The float loop Numba's ufunc search picks for an input of dtype d: its
** first loop the input casts to safely, float16's skipped ('e' is not
** supported), so bool and 8/16-bit ints take 'f' (np.sqrt of an int16
** array is float32 in @njit code; NumPy itself gives float16/float32). */
static int ufunc_float_dt(int d) { return safe_in_float32(d, true) ? DT_FLOAT32 : DT_FLOAT64; }

/* The same for a float-only binary ufunc (arctan2, hypot, copysign): 'ff'
** when each input casts to float32 safely, an integer always where an
** integer meets a float (ufunc_can_cast's mixed inputs); not the promoted
** dtype's loop (int8 with uint16 is 'ff', though they promote to int32). */
static int ufunc_float_dt2(int p, int q) {
  bool mixed = (dt_is_int((DType)p) && dt_is_float((DType)q)) || (dt_is_int((DType)q) && dt_is_float((DType)p));
  bool fp = safe_in_float32(p, true) || (mixed && dt_is_int((DType)p));
  bool fq = safe_in_float32(q, true) || (mixed && dt_is_int((DType)q));
  return fp && fq ? DT_FLOAT32 : DT_FLOAT64;
}

static NbTy binop_type(Walk *w, AstPos pos, AstBinOp op, NbTy a, NbTy b) {
  if (!a || !b) return NB_UNKNOWN;
  const NbTypeInfo *x = nb_type(a), *y = nb_type(b);
  if (x->kind == NK_STR && y->kind == NK_STR && op == AST_OP_Add) return a; /* concatenation */
  if (op == AST_OP_Mult && ((x->kind == NK_STR && nb_is_int(b)) || (nb_is_int(a) && y->kind == NK_STR))) return nb_str(); /* repeated */
  if (x->kind == NK_LIST || y->kind == NK_LIST) return list_binop_type(w, pos, op, a, b);
  char s1[96], s2[96];
  if (x->kind == NK_SCALAR && y->kind == NK_SCALAR) {
    int d = arith_dt(x->dtype, y->dtype);
    switch (op) {
    case AST_OP_Add: case AST_OP_Sub: case AST_OP_Mult: return nb_scalar(d);
    case AST_OP_Div:
      if (dt_is_complex((DType)d)) return nb_scalar(d);
      return nb_scalar(d == DT_FLOAT32 ? DT_FLOAT32 : DT_FLOAT64);
    case AST_OP_FloorDiv: case AST_OP_Mod:
      if (dt_is_complex((DType)d)) break;
      return nb_scalar(d);
    case AST_OP_Pow: /* complex64 ** complex64 is complex64 (numba_cpowf) */
      if (dt_is_complex((DType)d)) return nb_scalar(d);
      if (dt_is_int((DType)d) || d == DT_BOOL) return nb_scalar(dt_is_int((DType)y->dtype) || y->dtype == DT_BOOL ? d : DT_FLOAT64);
      if (dt_is_int((DType)y->dtype) && x->dtype == DT_FLOAT32) return nb_scalar(DT_FLOAT32);
      return nb_scalar(d);
    case AST_OP_LShift: case AST_OP_RShift: case AST_OP_BitAnd: case AST_OP_BitOr: case AST_OP_BitXor:
      if (x->dtype == DT_BOOL && y->dtype == DT_BOOL && op != AST_OP_LShift && op != AST_OP_RShift)
        return nb_scalar(DT_BOOL);
      if ((dt_is_int((DType)x->dtype) || x->dtype == DT_BOOL) && (dt_is_int((DType)y->dtype) || y->dtype == DT_BOOL)) {
        /* a shift takes its signedness from the left operand, at least
        ** 64 bits wide (Numba's BitwiseShiftOperation): uint64 >> 1 is a
        ** logical shift */
        if (op == AST_OP_LShift || op == AST_OP_RShift) return nb_scalar(dt_is_unsigned((DType)x->dtype) ? DT_UINT64 : DT_INT64);
        return nb_scalar(d);
      }
      break;
    default: break;
    }
  } else if (op == AST_OP_MatMult && x->kind == NK_ARRAY && y->kind == NK_ARRAY) {
    return ty_dot(w, pos, a, b);
  } else if ((x->kind == NK_ARRAY || y->kind == NK_ARRAY) && (x->kind == NK_ARRAY || x->kind == NK_SCALAR) &&
             (y->kind == NK_ARRAY || y->kind == NK_SCALAR) && op != AST_OP_MatMult) {
    /* whole-array arithmetic: the ufunc loop Numba picks (a scalar operand
    ** is typed by its type, not its value) */
    DType d = (DType)nb_ufunc_dt(a, b);
    if (op == AST_OP_Div && !dt_is_inexact(d)) d = (DType)ufunc_float_dt(d);
    int nd = x->kind == NK_ARRAY ? x->ndim : 0;
    if (y->kind == NK_ARRAY && y->ndim > nd) nd = y->ndim;
    if (op == AST_OP_LShift || op == AST_OP_RShift) ERR(pos, "whole-array shifts are not supported.");
    if ((op == AST_OP_FloorDiv || op == AST_OP_Mod) && dt_is_complex(d)) /* NumPy has no complex loop either */
      ERR(pos, "No implementation of operator '%s' for the operand types %s and %s (complex arrays have no %s).",
          ast_binop_symbol(op), tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2),
          op == AST_OP_Mod ? "remainder" : "floor division");
    if ((op == AST_OP_BitAnd || op == AST_OP_BitOr || op == AST_OP_BitXor) && dt_is_inexact(d))
      ERR(pos, "No implementation of operator '%s' for the operand types %s and %s (bitwise operators need integer or boolean arrays).",
          ast_binop_symbol(op), tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2));
    return nb_array(d, nd, 'C');
  } else if (x->kind == NK_TUPLE && y->kind == NK_TUPLE && op == AST_OP_Add) {
    NbTy items[x->n + y->n + 1];
    for (int i = 0; i < x->n; i++) items[i] = x->items[i];
    for (int i = 0; i < y->n; i++) items[x->n + i] = y->items[i];
    return nb_tuple(x->n + y->n, items);
  }
  ERR(pos, "No implementation of operator '%s' for the operand types %s and %s.", ast_binop_symbol(op),
      tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2));
}

static const char *const np_unary_f[] = {"sqrt", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "exp",
                                         "expm1", "log", "log2", "log10", "log1p", "sinh", "cosh", "tanh",
                                         "arcsinh", "arccosh", "arctanh", "floor", "ceil", "trunc", "rint",
                                         "fabs", "exp2", "cbrt", "deg2rad", "rad2deg", "degrees", "radians", NULL};
/* Numba 0.56's CPU math typing (numba/core/typing/mathdecl.py) has no
** math.log2 nor math.fmod, though its lowering has log2: they stay
** unknown, as in the oracle (numba.cuda types both; jit/opencl.c). */
static const char *const math_unary_f[] = {"sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1",
                                           "log", "log10", "log1p", "sinh", "cosh", "tanh", "asinh",
                                           "acosh", "atanh", "fabs", "erf", "erfc", "gamma", "lgamma",
                                           "degrees", "radians", NULL};

/* np.round, np.around, np.round_: one function in Numba (npydecl Round). */
bool nb_is_np_round(const char *base) { return !strcmp(base, "round") || !strcmp(base, "around") || !strcmp(base, "round_"); }

static bool in_list(const char *const *l, const char *s) {
  for (; *l; l++)
    if (strcmp(*l, s) == 0) return true;
  return false;
}

static AstExpr *kwarg(AstExpr *call, const char *name) {
  for (int i = 0; i < call->call.keywords.len; i++)
    if (call->call.keywords.items[i]->arg && strcmp(call->call.keywords.items[i]->arg, name) == 0)
      return call->call.keywords.items[i]->value;
  return NULL;
}

/* The keywords the handlers of these NumPy functions read: any other one
** (order=, ndmin=, np.arange's step=) would be dropped, so it is refused
** (Numba refuses order= and ndmin= too). np.random's functions that
** reach ty_call take none (those with size= are np_impl.c Python, whose
** parameters bind keywords by name). */
static const char *np_bad_keyword(const char *name, AstExpr *call) {
  static const struct { const char *fn, *kws[3]; } allowed[] = {
      {"numpy.zeros", {"shape", "dtype"}},      {"numpy.ones", {"shape", "dtype"}},
      {"numpy.empty", {"shape", "dtype"}},      {"numpy.full", {"shape", "fill_value", "dtype"}},
      {"numpy.zeros_like", {"dtype"}},          {"numpy.ones_like", {"dtype"}},
      {"numpy.empty_like", {"dtype"}},          {"numpy.full_like", {"fill_value", "dtype"}},
      {"numpy.arange", {"dtype"}},              {"numpy.array", {"dtype"}},
      {"numpy.asarray", {"dtype"}},
  };
  bool rnd = !strncmp(name, "numpy.random.", 13);
  for (int k = 0; k < call->call.keywords.len; k++) {
    const char *kw = call->call.keywords.items[k]->arg;
    if (!kw) return "**";
    if (rnd) return kw;
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
      if (strcmp(allowed[i].fn, name)) continue;
      bool ok = false;
      for (int j = 0; j < 3 && allowed[i].kws[j]; j++) ok = ok || !strcmp(allowed[i].kws[j], kw);
      if (!ok) return kw;
    }
  }
  return NULL;
}

/* The keywords of sorted(lst, ...) / lst.sort(...): Numba's reverse (a bool
** or an integer); a key function is not supported here. Returns the
** offending keyword's name, or NULL. */
static const char *bad_sort_keyword(Walk *w, AstExpr *call) {
  for (int i = 0; i < call->call.keywords.len; i++) {
    AstKeyword *k = call->call.keywords.items[i];
    if (!k->arg || strcmp(k->arg, "reverse")) return k->arg ? k->arg : "**";
    NbTy t = ty_expr(w, k->value);
    if (t && !nb_is_bool(t) && !nb_is_int(t)) return "reverse";
  }
  return NULL;
}

/* Whether items of types a and b compare by op as Numba's tuple
** comparisons need them to: numbers (complex for == and != only),
** strings, None with None, tuples item by item (their lengths may differ). */
static bool items_compare(NbTy a, NbTy b, AstCmpOp op) {
  const NbTypeInfo *x = nb_type(a), *y = nb_type(b);
  bool eq = op == AST_CMP_Eq || op == AST_CMP_NotEq;
  if (x->kind == NK_SCALAR && y->kind == NK_SCALAR)
    return eq || (!dt_is_complex((DType)x->dtype) && !dt_is_complex((DType)y->dtype));
  if (x->kind == NK_STR && y->kind == NK_STR) return true;
  if (x->kind == NK_NONE && y->kind == NK_NONE) return eq;
  if (x->kind != NK_TUPLE || y->kind != NK_TUPLE) return false;
  for (int i = 0; i < x->n && i < y->n; i++)
    if (!items_compare(x->items[i], y->items[i], op)) return false;
  return true;
}

/* Argument `i` or keyword `name` of a call, or NULL. */
AstExpr *nb_call_arg(AstExpr *call, int i, const char *name);
AstExpr *nb_call_arg(AstExpr *call, int i, const char *name) {
  if (i >= 0 && i < call->call.args.len) return call->call.args.items[i];
  return name ? kwarg(call, name) : NULL;
}

/* The dtype a dtype= argument denotes (compile-time), or -1. */
/* Numba 0.56 types the builtins int, bool and complex as functions, never
** as dtypes, and float as one only where np.empty/zeros/ones parse their
** dtype (npydecl parse_dtype: NumberClass(float64)); np.full, the *_like
** functions, arange, array and astype refuse it (py_float false). */
static int nb_dtype_arg(NbUnit *u, NbFunc *f, AstExpr *e, bool py_float) {
  if (!e) return -1;
  NbTy t = nb_expr_type(u, f, e);
  if (!t) return -1;
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_DTYPE) return i->dtype;
  if (i->kind == NK_FUNC && py_float && !strcmp(i->name, "builtins.float")) return DT_FLOAT64;
  if (e->kind == AST_E_Constant && e->constant.kind == AST_CONST_Str) {
    int d = np_dtype_from_value(u->vm, str_from_cstr(u->vm, e->constant.str.data));
    return d;
  }
  return -1;
}

/* What to add to a refused dtype argument's message: Python's own type
** names the NumPy dtype to use instead. */
static const char *dtype_hint(NbUnit *u, NbFunc *f, AstExpr *e) {
  NbTy t = e ? nb_expr_type(u, f, e) : NB_UNKNOWN;
  const NbTypeInfo *i = t ? nb_type(t) : NULL;
  if (!i || i->kind != NK_FUNC) return "";
  if (!strcmp(i->name, "builtins.int")) return " (Numba takes a NumPy dtype here: np.int64, not int)";
  if (!strcmp(i->name, "builtins.bool")) return " (Numba takes a NumPy dtype here: np.bool_, not bool)";
  if (!strcmp(i->name, "builtins.complex")) return " (Numba takes a NumPy dtype here: np.complex128, not complex)";
  if (!strcmp(i->name, "builtins.float")) return " (Numba takes a NumPy dtype here: np.float64, not float)";
  return "";
}

/* Number of dimensions of a shape argument (int → 1, UniTuple → n). */
static int shape_ndim(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_SCALAR && (dt_is_int((DType)i->dtype))) return 1;
  if (i->kind == NK_TUPLE) {
    for (int k = 0; k < i->n; k++)
      if (!nb_is_int(i->items[k])) return -1;
    return i->n;
  }
  return -1;
}

static NbTy float_result(NbTy a) {
  const NbTypeInfo *i = nb_type(a);
  return nb_scalar(i->dtype == DT_FLOAT32 ? DT_FLOAT32 : DT_FLOAT64);
}

/* The builtin sum()'s result for items of dtype d: Numba's acc = 0 (an
** int64) then acc = acc + x, so ints (uint64 too) and bools give int64,
** floats float64 (float32 items add in float64), complex complex128. */
static int builtin_sum_dt(int d) {
  if (dt_is_complex((DType)d)) return DT_COMPLEX128;
  return dt_is_float((DType)d) ? DT_FLOAT64 : DT_INT64;
}

/* The wider of two builtin_sum_dt kinds. */
static int sum_kind_max(int a, int b) {
  if (a == DT_COMPLEX128 || b == DT_COMPLEX128) return DT_COMPLEX128;
  return a == DT_FLOAT64 || b == DT_FLOAT64 ? DT_FLOAT64 : DT_INT64;
}

/* The kind the items of sum()'s iterable add up in (builtin_sum_dt), or -1
** where the iterable is not one sum() takes: a list or 1-d array of
** numbers, a non-empty tuple of numbers (Numba unrolls it), a range. *uns
** is set where an item is unsigned. */
static int sum_items_dt(NbTy t, bool *uns) {
  const NbTypeInfo *ti = nb_type(t);
  *uns = false;
  if (ti->kind == NK_RANGE) return DT_INT64;
  if (ti->kind == NK_ARRAY || ti->kind == NK_LIST) {
    NbTy it = ti->kind == NK_LIST ? nb_list_item(t) : nb_scalar(ti->dtype);
    if ((ti->kind == NK_ARRAY && ti->ndim != 1) || !it || !nb_is_number(it)) return -1;
    *uns = dt_is_unsigned((DType)nb_type(it)->dtype);
    return builtin_sum_dt(nb_type(it)->dtype);
  }
  if (ti->kind != NK_TUPLE || !ti->n) return -1;
  int d = DT_INT64;
  for (int i = 0; i < ti->n; i++) {
    if (!nb_is_number(ti->items[i])) return -1;
    *uns = *uns || dt_is_unsigned((DType)nb_type(ti->items[i])->dtype);
    d = sum_kind_max(d, builtin_sum_dt(nb_type(ti->items[i])->dtype));
  }
  return d;
}

/* The builtin sum(iterable, start=0): Numba's acc = start, then acc = acc
** + x for each item (cpython/builtins.py ol_sum), so the result is the
** widest of int64, float64, complex128 among start and the items. Numba
** types the default start as a literal 0, which meets an unsigned item as
** that item's type; a start given here is an int64 variable, which would
** not (uint64 + int64 is float64), so that pairing and start values whose
** own type would survive the loop (float32, complex64, unsigned) are
** refused rather than guessed. */
static NbTy ty_builtin_sum(Walk *w, AstExpr *e, int nargs, const NbTy *at, const NbTy *kt) {
  char s1[128], s2[128];
  int nkw = e->call.keywords.len;
  const char *kw = nkw ? e->call.keywords.items[0]->arg : NULL;
  if (nargs + nkw > 2 || (nkw && (!kw || strcmp(kw, "start"))))
    ERR(e->pos, "sum() takes an iterable and an optional start here.");
  bool uns;
  int d = sum_items_dt(at[0], &uns);
  if (d < 0) {
    if (nb_type(at[0])->kind == NK_TUPLE && !nb_type(at[0])->n)
      ERR(e->pos, "sum() of an empty tuple is not supported (Numba: neither homogeneous nor heterogeneous).");
    ERR(e->pos, "sum() of %s is not supported (lists, tuples and 1-d arrays of numbers and ranges are).",
        tystr(at[0], s1, sizeof s1));
  }
  if (nargs + nkw == 1) return nb_scalar(d);
  NbTy st = nargs == 2 ? at[1] : kt[0];
  int sd = nb_is_number(st) ? nb_type(st)->dtype : -1;
  if (sd < 0 || sd == DT_FLOAT32 || sd == DT_COMPLEX64 || dt_is_unsigned((DType)sd) || uns)
    ERR(e->pos, "sum() with start %s over %s is not supported here.", tystr(st, s1, sizeof s1),
        tystr(at[0], s2, sizeof s2));
  return nb_scalar(sum_kind_max(d, builtin_sum_dt(sd)));
}

/* The dtype sum(), prod() and cumsum() accumulate in (Numba: ints widen to
** int64/uint64, bool counts as int64). */
static int sum_dt(int d) {
  if (d == DT_BOOL || (dt_is_int((DType)d) && dt_is_signed((DType)d))) return DT_INT64;
  if (dt_is_unsigned((DType)d)) return DT_UINT64;
  return d;
}

/* Array method m called on an array of type ot (a.m(...)), or the NumPy
** function of the same name (np.m(a, ...)): `off` is the position of the
** first argument after the array, at its types. */
static NbTy ty_array_method(Walk *w, AstExpr *e, const char *m, NbTy ot, int off, const NbTy *at) {
  const NbTypeInfo *oi = nb_type(ot);
  int nargs = e->call.args.len - off, nkw = e->call.keywords.len;
  AstExpr *fn = e->call.func;
  char s1[96];
  if (!strcmp(m, "sum") || !strcmp(m, "prod")) {
    AstExpr *ax = nb_call_arg(e, off, "axis");
    if (nargs + nkw == 0) return nb_scalar(sum_dt(oi->dtype));
    if (!strcmp(m, "sum") && ax && nargs + nkw == 1) {
      NbTy axt = nb_expr_type(w->u, w->f, ax);
      if (!nb_is_int(axt)) ERR(ax->pos, "sum() axis must be an integer, not %s.", tystr(axt, s1, sizeof s1));
      if (oi->ndim == 1) return nb_scalar(sum_dt(oi->dtype));
      return nb_array(sum_dt(oi->dtype), oi->ndim - 1, 'C');
    }
  } else if (!strcmp(m, "min") || !strcmp(m, "max") || !strcmp(m, "amin") || !strcmp(m, "amax")) {
    if (nargs + nkw == 0) return nb_scalar(oi->dtype);
  } else if (!strcmp(m, "argmin") || !strcmp(m, "argmax")) {
    /* Numba's generic argmin compares with <, which complex lacks */
    if (dt_is_complex((DType)oi->dtype)) ERR(fn->pos, "%s() of a complex array is not supported (no < on complex).", m);
    if (nargs + nkw == 0) return nb_scalar(DT_INT64);
  } else if (!strcmp(m, "any") || !strcmp(m, "all")) {
    if (nargs + nkw == 0) return nb_scalar(DT_BOOL);
  } else if (!strcmp(m, "std") || !strcmp(m, "var")) {
    if (nargs + nkw == 0) return nb_scalar(oi->dtype == DT_FLOAT32 || oi->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64);
  } else if (!strcmp(m, "mean")) { /* Numba: the dtype, float64 for integers and bools */
    if (nargs + nkw == 0)
      return nb_scalar(dt_is_complex((DType)oi->dtype) || dt_is_float((DType)oi->dtype) ? oi->dtype : DT_FLOAT64);
  } else if (!strcmp(m, "cumsum") || !strcmp(m, "cumprod")) {
    if (nargs + nkw == 0) return nb_array(sum_dt(oi->dtype), 1, 'C');
  } else if (!strcmp(m, "copy") || !strcmp(m, "flatten") || !strcmp(m, "ravel")) {
    if (nargs + nkw == 0) return nb_array(oi->dtype, !strcmp(m, "copy") ? oi->ndim : 1, 'C');
  } else if (!strcmp(m, "transpose")) {
    if (nargs + nkw == 0) return oi->ndim == 1 ? ot : nb_array(oi->dtype, oi->ndim, 'A');
  } else if (!strcmp(m, "reshape")) {
    int nd = -1;
    if (nargs == 1 && nkw == 0 && nb_type(at[off])->kind == NK_TUPLE) {
      const NbTypeInfo *ti = nb_type(at[off]);
      nd = ti->n;
      for (int k = 0; k < ti->n; k++)
        if (!nb_is_int(ti->items[k])) nd = -1;
    } else if (nargs >= 1 && nkw == 0) {
      nd = nargs;
      for (int k = 0; k < nargs; k++)
        if (!nb_is_int(at[off + k])) nd = -1;
    }
    if (nd < 1 || nd > ARR_MAXDIMS) ERR(e->pos, "reshape() takes a tuple of integers or integer arguments here.");
    if (oi->layout != 'C') ERR(fn->pos, "reshape() supports contiguous array only (got %s).", tystr(ot, s1, sizeof s1));
    return nb_array(oi->dtype, nd, 'C');
  } else if (!strcmp(m, "astype")) {
    AstExpr *dte = nb_call_arg(e, off, "dtype");
    int d = nargs + nkw == 1 && dte ? nb_dtype_arg(w->u, w->f, dte, false) : -1;
    if (d < 0) ERR(e->pos, "astype() takes one dtype argument here%s.", dtype_hint(w->u, w->f, dte));
    return nb_array(d, oi->ndim, 'C');
  } else if (!strcmp(m, "argsort")) {
    if (nargs + nkw == 0 && oi->ndim == 1 && !dt_is_complex((DType)oi->dtype)) return nb_array(DT_INT64, 1, 'C');
  } else if (!strcmp(m, "sort")) {
    if (nargs + nkw == 0 && oi->ndim == 1 && !dt_is_complex((DType)oi->dtype)) return nb_none();
  } else if (!strcmp(m, "fill")) {
    if (nargs == 1 && nkw == 0 && nb_is_number(at[off])) return nb_none();
  } else if (!strcmp(m, "dot") && off == 0) { /* a.dot(b) is np.dot(a, b) */
    if (nargs == 1 && nkw == 0) return ty_dot(w, e->pos, ot, at[0]);
  } else if (!strcmp(m, "item") && off == 0) {
    if (nargs + nkw == 0) return nb_scalar(oi->dtype);
  } else
    ERR(fn->pos, "Unknown attribute '%s' of type %s.", m, tystr(ot, s1, sizeof s1));
  ERR(e->pos, "No implementation of %s() for %s with these arguments (Numba supports no axis= here).", m,
      tystr(ot, s1, sizeof s1));
}

/* NumPy functions that are array methods too: np.sum(a) is a.sum(). */
static const char *const np_method_f[] = {"sum", "prod", "min", "max", "amin", "amax", "argmin", "argmax", "mean",
                                          "cumsum", "cumprod", "copy", "ravel", "transpose", "reshape", "any",
                                          "all", "std", "var", "argsort", NULL};

/* The dtype of NumPy's unary float ufuncs on an element of dtype d. */

/* np.<ufunc>(x) / np.<ufunc>(x, y) with an array operand: the result array
** type (NumPy's dtype rules, scalars typed by their type as in Numba), or
** NB_UNKNOWN when `base` is not a ufunc handled on arrays. */
/* Is np.<base> one of the ufuncs ty_array_ufunc types? */
static bool array_ufunc_name(const char *base, int nargs) {
  static const char *const unary[] = {"sign", "abs", "absolute", "negative", "isnan", "isinf", "isfinite",
                                      "logical_not", "square", "positive", NULL};
  static const char *const binary[] = {"maximum", "minimum", "fmax", "fmin", "arctan2", "hypot", "copysign",
                                       "power", NULL};
  if (nargs == 1) return in_list(np_unary_f, base) || in_list(unary, base);
  return nb_np_binop_ufunc(base) >= 0 || nb_np_cmp_ufunc(base) >= 0 || !strncmp(base, "logical_", 8) ||
         in_list(binary, base);
}

int nb_np_complex_ufunc(const char *name, int n, const NbTy *at, NbTy *rt) {
  int res = 0, nd = 0;
#define CPLX_RESULT(s, k, r) if (!res && k == n && !strcmp(name, s)) res = r;
  NB_NP_COMPLEX_UFUNCS(CPLX_RESULT)
#undef CPLX_RESULT
  if (!res) return -1;
  for (int i = 0; i < n; i++) {
    const NbTypeInfo *ai = nb_type(at[i]);
    if (ai->kind != NK_ARRAY && ai->kind != NK_SCALAR) return -1;
    if (ai->kind == NK_ARRAY && ai->ndim > nd) nd = ai->ndim;
  }
  /* Numba's loop: the operands' ufunc dtype (a scalar by its type) */
  int d = n == 2 ? nb_ufunc_dt(at[0], at[1]) : nb_type(at[0])->dtype;
  if (!dt_is_complex((DType)d)) return -1;
  int rd = res == 'B' ? DT_BOOL : res == 'F' ? (d == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64) : d;
  *rt = nb_array(rd, nd, 'C');
  return d;
}

/* np.add, subtract, multiply, equal, not_equal of scalars, one complex:
** the operator of the loop dtype (npyfuncs' complex add & co. are the
** operators; divide and the others are not yet). */
static int complex_scalar_ufunc(const char *base, const NbTy *at, int *loop) {
  int op = nb_np_binop_ufunc(base), cmp = nb_np_cmp_ufunc(base);
  *loop = nb_ufunc_dt(at[0], at[1]);
  if (cmp == AST_CMP_Eq || cmp == AST_CMP_NotEq) return DT_BOOL;
  return op == AST_OP_Add || op == AST_OP_Sub || op == AST_OP_Mult ? *loop : -1;
}

int nb_np_scalar_ufunc(const char *base, int n, const NbTy *at, int *loop) {
  static const char *const unary[] = {"logical_not", "negative", "positive", "square", NULL};
  static const char *const minmax[] = {"maximum", "minimum", "fmax", "fmin", NULL};
  bool cplx = false;
  for (int i = 0; i < n; i++) {
    if (!nb_is_number(at[i])) return -1;
    cplx |= nb_is_complex(at[i]);
  }
  if (cplx) return n == 2 ? complex_scalar_ufunc(base, at, loop) : -1;
  if (n == 1) {
    int d = nb_type(at[0])->dtype;
    if (!in_list(unary, base)) return -1;
    /* no bool loop but logical_not's: the 'b' loop, as for arrays */
    *loop = d == DT_BOOL && base[0] != 'l' ? DT_INT8 : d;
    return base[0] == 'l' ? DT_BOOL : *loop;
  }
  if (n != 2) return -1;
  int d = nb_ufunc_dt(at[0], at[1]); /* Numba's loop search, each scalar typed by its type */
  int op = nb_np_binop_ufunc(base);
  *loop = d;
  if (nb_np_cmp_ufunc(base) >= 0 || !strncmp(base, "logical_", 8)) return strcmp(base, "logical_not") ? DT_BOOL : -1;
  if (in_list(minmax, base)) return d;
  if (!strcmp(base, "power")) op = AST_OP_Pow;
  switch (op) {
  case AST_OP_Add: case AST_OP_Mult: return d;
  case AST_OP_Div: return *loop = dt_is_inexact((DType)d) ? d : ufunc_float_dt(d); /* int8 / int8 takes 'ff' */
  case AST_OP_Sub: case AST_OP_FloorDiv: case AST_OP_Mod: case AST_OP_Pow: return *loop = d == DT_BOOL ? DT_INT8 : d;
  case AST_OP_BitAnd: case AST_OP_BitOr: case AST_OP_BitXor: return dt_is_inexact((DType)d) ? -1 : d;
  default: return -1;
  }
}

static NbTy ty_array_ufunc(Walk *w, AstExpr *e, const char *base, int nargs, const NbTy *at) {
  char s1[96];
  int nd = 0;
  NbTy crt;
  if (nb_np_complex_ufunc(base, nargs, at, &crt) >= 0) return crt;
  if (!array_ufunc_name(base, nargs)) return NB_UNKNOWN; /* np.empty_like(z) & co.: typed further on */
  for (int i = 0; i < nargs; i++) {
    const NbTypeInfo *ai = nb_type(at[i]);
    if ((ai->kind != NK_ARRAY && ai->kind != NK_SCALAR) || dt_is_complex((DType)ai->dtype))
      ERR(e->pos, "np.%s() of %s is not supported in @njit functions.", base, tystr(at[i], s1, sizeof s1));
    if (ai->kind == NK_ARRAY && ai->ndim > nd) nd = ai->ndim;
  }
  DType d = nargs == 2 ? (DType)nb_ufunc_dt(at[0], at[1]) : (DType)nb_type(at[0])->dtype;
  if (nargs == 1) {
    if (in_list(np_unary_f, base)) return nb_array(ufunc_float_dt(d), nd, 'C');
    if ((!strcmp(base, "sign") || !strcmp(base, "positive")) && d == DT_BOOL) return nb_array(DT_INT8, nd, 'C'); /* sign and positive have no bool loop: 'b' */
    if (!strcmp(base, "abs") || !strcmp(base, "absolute") || !strcmp(base, "sign") || !strcmp(base, "negative") ||
        !strcmp(base, "positive"))
      return nb_array(d, nd, 'C');
    if (!strcmp(base, "isnan") || !strcmp(base, "isinf") || !strcmp(base, "isfinite") || !strcmp(base, "logical_not"))
      return nb_array(DT_BOOL, nd, 'C');
    if (!strcmp(base, "square") && d != DT_BOOL) return nb_array(d, nd, 'C');
    return NB_UNKNOWN;
  }
  if (nb_np_binop_ufunc(base) >= 0) return binop_type(w, e->pos, (AstBinOp)nb_np_binop_ufunc(base), at[0], at[1]);
  if (nb_np_cmp_ufunc(base) >= 0 || !strncmp(base, "logical_", 8)) return nb_array(DT_BOOL, nd, 'C');
  if (!strcmp(base, "maximum") || !strcmp(base, "minimum") || !strcmp(base, "fmax") || !strcmp(base, "fmin"))
    return nb_array(d, nd, 'C');
  if (!strcmp(base, "arctan2") || !strcmp(base, "hypot") || !strcmp(base, "copysign"))
    return nb_array(ufunc_float_dt2(nb_type(at[0])->dtype, nb_type(at[1])->dtype), nd, 'C');
  if (!strcmp(base, "power") && d != DT_BOOL) return nb_array(d, nd, 'C');
  return NB_UNKNOWN;
}

/* np.array([...]) / np.array((...)) of number literals, 1-d or 2-d
** (nested, equal lengths): the element type unifies the items. */
static NbTy ty_np_array_literal(Walk *w, AstExpr *e, AstExpr *lst) {
  char s1[96];
  int nd = 1, inner = -1;
  NbTy et = NB_UNKNOWN;
  for (int i = 0; i < lst->seq.elts.len; i++) {
    AstExpr *x = lst->seq.elts.items[i];
    if (x->kind == AST_E_List || x->kind == AST_E_Tuple) {
      if (i == 0) nd = 2, inner = x->seq.elts.len;
      if (nd != 2 || x->seq.elts.len != inner) ERR(x->pos, "np.array() needs a rectangular nesting of numbers here.");
      for (int k = 0; k < x->seq.elts.len; k++) {
        NbTy t = ty_expr(w, x->seq.elts.items[k]);
        if (!t) return NB_UNKNOWN;
        if (!nb_is_number(t)) ERR(x->seq.elts.items[k]->pos, "np.array() of %s items is not supported.", tystr(t, s1, sizeof s1));
        et = nb_unify(et, t);
      }
      continue;
    }
    if (nd == 2) ERR(x->pos, "np.array() needs a rectangular nesting of numbers here.");
    NbTy t = ty_expr(w, x);
    if (!t) return NB_UNKNOWN;
    if (!nb_is_number(t)) ERR(x->pos, "np.array() of %s items is not supported.", tystr(t, s1, sizeof s1));
    et = nb_unify(et, t);
  }
  if (!et) ERR(lst->pos, "np.array() of an empty sequence cannot be typed.");
  AstExpr *dte = nb_call_arg(e, 1, "dtype");
  int d = dte ? nb_dtype_arg(w->u, w->f, dte, false) : nb_type(et)->dtype;
  if (d < 0) ERR(dte->pos, "np.array(): unsupported dtype argument%s.", dtype_hint(w->u, w->f, dte));
  return nb_array(d, nd, 'C');
}

/* np.dot(a, b) / a @ b on 1-d and 2-d float arrays of one dtype (Numba
** needs BLAS types): scalar, vector or matrix. */
static NbTy ty_dot(Walk *w, AstPos pos, NbTy a, NbTy b) {
  const NbTypeInfo *x = nb_type(a), *y = nb_type(b);
  char s1[96], s2[96];
  if (x->kind != NK_ARRAY || y->kind != NK_ARRAY || x->dtype != y->dtype || !dt_is_float((DType)x->dtype) || x->ndim > 2 ||
      y->ndim > 2)
    ERR(pos, "np.dot() / @ only supported on float arrays of one dtype with 1 or 2 dimensions here (got %s and %s).",
        tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2));
  int nd = x->ndim + y->ndim - 2;
  return nd == 0 ? nb_scalar(x->dtype) : nb_array(x->dtype, nd, 'C');
}

bool nb_bind_args(const NbDispInfo *di, const AstExpr *call, int *src, char *err, size_t errlen) {
  const AstArgList *params = &di->def->funcdef.args->args;
  int np = params->len, nargs = call->call.args.len, nd = di->defaults ? (int)di->defaults->n : 0;
  if (nargs > np) {
    snprintf(err, errlen, "%s() takes %d positional arguments but %d were given.", di->name, np, nargs);
    return false;
  }
  for (int p = 0; p < np; p++) src[p] = p < nargs ? p : INT_MIN;
  for (int j = 0; j < call->call.keywords.len; j++) {
    const char *name = call->call.keywords.items[j]->arg;
    int p = 0;
    while (p < np && strcmp(params->items[p]->name, name)) p++;
    if (p == np) {
      snprintf(err, errlen, "%s() got an unexpected keyword argument '%s'.", di->name, name);
      return false;
    }
    if (src[p] != INT_MIN) {
      snprintf(err, errlen, "%s() got multiple values for argument '%s'.", di->name, name);
      return false;
    }
    src[p] = NB_ARG_KW(j);
  }
  for (int p = 0; p < np; p++) {
    if (src[p] != INT_MIN) continue;
    if (p < np - nd) {
      snprintf(err, errlen, "%s() missing required argument '%s'.", di->name, params->items[p]->name);
      return false;
    }
    src[p] = NB_ARG_DEFAULT;
  }
  return true;
}

/* Numba 0.56 inlines a call of an inner function with the positional
** arguments followed by all the defaults (inline_closurecall.py), so
** parameter p >= nargs takes default p - nargs: def f(x, a=1, b=0) called
** f(x, 2) gets b = 1. Reproduced, as Numba's results are the contract. */
bool nb_closure_bind(const NbClosure *c, const AstExpr *call, int *src, char *err, size_t errlen) {
  int nargs = call->call.args.len, nd = c->defaults->len;
  const char *name = c->def.funcdef.name;
  if (nargs > c->nparams) {
    snprintf(err, errlen, "%s() takes %d positional arguments but %d were given.", name, c->nparams, nargs);
    return false;
  }
  for (int p = 0; p < c->nparams; p++) {
    if (p >= nargs + nd) {
      snprintf(err, errlen, "%s() missing required argument '%s'.", name, c->args.args.items[p]->name);
      return false;
    }
    src[p] = p < nargs ? p : NB_ARG_DEFAULT;
  }
  return true;
}

/* The loop of @vectorize ufunc fi that @njit code calling it with operand
** types at runs: its input types in[], its output dtype (return), and the
** kernel's typed function *g; -1 after an error. */
static int vufunc_loop(Walk *w, AstExpr *e, const NbTypeInfo *fi, int n, const NbTy *at, NbTy *in, NbFunc **g) {
  char s1[96];
  int dts[4] = {0}, loop[5] = {0};
  if (n > 3 || e->call.keywords.len) {
    if (w->final) nb_error_at(w->u, w->f, e->pos, "ufunc %s() takes its operands alone here.", fi->name);
    return -1;
  }
  for (int i = 0; i < n; i++) {
    const NbTypeInfo *ai = nb_type(at[i]);
    if (ai->kind != NK_SCALAR && ai->kind != NK_ARRAY) {
      if (w->final) nb_error_at(w->u, w->f, e->pos, "ufunc %s() of %s is not supported.", fi->name, tystr(at[i], s1, sizeof s1));
      return -1;
    }
    dts[i] = ai->dtype;
  }
  const char *name;
  Value disp;
  bool found;
  nb_vec_ufunc(v_obj((Obj *)fi->ptr), &name, n, dts, loop, &disp, &found);
  if (!found) {
    if (w->final)
      nb_error_at(w->u, w->f, e->pos, "ufunc '%s' has no loop for these %d operand types (the first is %s).", name, n,
                  tystr(at[0], s1, sizeof s1));
    return -1;
  }
  for (int i = 0; i < n; i++) in[i] = nb_scalar(loop[i]);
  *g = nb_infer_func(w->u, disp.as.o, n, in);
  if (!*g || !(*g)->ret || !nb_is_number((*g)->ret)) {
    if (*g && w->final) nb_error_at(w->u, w->f, e->pos, "ufunc '%s': its kernel must return a number.", name);
    return -1;
  }
  return loop[n] >= 0 ? loop[n] : nb_type((*g)->ret)->dtype;
}

int nb_vufunc_loop(NbUnit *u, NbFunc *f, AstExpr *e, NbTy callee, int n, const NbTy *at, NbTy *in, NbFunc **g) {
  Walk w = {.u = u, .f = f, .final = true};
  return vufunc_loop(&w, e, nb_type(callee), n, at, in, g);
}

/* An int literal, or a negated one. */
static bool int_literal(const AstExpr *e, int64_t *v) {
  bool neg = e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub;
  const AstExpr *c = neg ? e->unaryop.operand : e;
  if (c->kind != AST_E_Constant || c->constant.kind != AST_CONST_Int) return false;
  *v = neg ? -c->constant.i : c->constant.i;
  return true;
}

bool nb_folded_pow(const AstExpr *e, double *out) {
  int64_t a, b;
  if (e->kind != AST_E_BinOp || e->binop.op != AST_OP_Pow || !int_literal(e->binop.left, &a) ||
      !int_literal(e->binop.right, &b) || b >= 0 || a == 0)
    return false;
  *out = pow((double)a, (double)b); /* CPython's int ** negative int: float_pow */
  return true;
}

enum { FOLD_MAX_BITS = 128 }; /* ast_opt.c's MAX_INT_SIZE: bigger results stay unfolded */

static size_t fold_bits(const mpz_t z) { return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0; }

/* ast_opt.c's rules for ints: safe_multiply/safe_power/safe_lshift bound
** the result's size; an operation that would raise (a zero divisor, a
** negative shift) or give a float (/, ** of a negative exponent) is left
** to run time. */
static bool fold_int_z(const AstExpr *e, mpz_t out) {
  if (e->kind == AST_E_Constant) {
    if (e->constant.kind == AST_CONST_Int) mpz_set_si(out, e->constant.i);
    else if (e->constant.kind != AST_CONST_BigInt) return false;
    else if (mpz_set_str(out, e->constant.big.digits, e->constant.big.base) != 0) return false;
    return true;
  }
  if (e->kind == AST_E_UnaryOp) {
    if (e->unaryop.op == AST_UOP_Not || !fold_int_z(e->unaryop.operand, out)) return false;
    if (e->unaryop.op == AST_UOP_USub) mpz_neg(out, out);
    else if (e->unaryop.op == AST_UOP_Invert) mpz_com(out, out);
    return true;
  }
  if (e->kind != AST_E_BinOp) return false;
  mpz_t a, b;
  mpz_inits(a, b, NULL);
  bool ok = fold_int_z(e->binop.left, a) && fold_int_z(e->binop.right, b);
  size_t abits = ok ? fold_bits(a) : 0, bbits = ok ? fold_bits(b) : 0;
  if (ok) switch (e->binop.op) {
    case AST_OP_Add: mpz_add(out, a, b); break;
    case AST_OP_Sub: mpz_sub(out, a, b); break;
    case AST_OP_Mult:
      ok = !abits || !bbits || abits + bbits <= FOLD_MAX_BITS;
      if (ok) mpz_mul(out, a, b);
      break;
    case AST_OP_FloorDiv: case AST_OP_Mod:
      ok = mpz_sgn(b) != 0;
      if (ok && e->binop.op == AST_OP_FloorDiv) mpz_fdiv_q(out, a, b);
      else if (ok) mpz_fdiv_r(out, a, b);
      break;
    case AST_OP_Pow:
      ok = mpz_sgn(b) >= 0 && mpz_fits_ulong_p(b) && (!abits || !bbits || abits <= FOLD_MAX_BITS / mpz_get_ui(b));
      if (ok) mpz_pow_ui(out, a, mpz_get_ui(b));
      break;
    case AST_OP_LShift:
      ok = mpz_sgn(b) >= 0 && (!abits || (mpz_cmp_ui(b, FOLD_MAX_BITS) <= 0 && abits <= FOLD_MAX_BITS - mpz_get_ui(b)));
      if (ok) mpz_mul_2exp(out, a, abits ? mpz_get_ui(b) : 0);
      break;
    case AST_OP_RShift:
      ok = mpz_sgn(b) >= 0;
      if (ok) mpz_fdiv_q_2exp(out, a, mpz_fits_ulong_p(b) ? mpz_get_ui(b) : ~0ul >> 1);
      break;
    case AST_OP_BitAnd: mpz_and(out, a, b); break;
    case AST_OP_BitOr: mpz_ior(out, a, b); break;
    case AST_OP_BitXor: mpz_xor(out, a, b); break;
    default: ok = false; break;
    }
  mpz_clears(a, b, NULL);
  return ok;
}

NbIntFold nb_folded_int(const AstExpr *e, int64_t *v, char *big, size_t nbig) {
  if (e->kind != AST_E_BinOp && e->kind != AST_E_UnaryOp && e->kind != AST_E_Constant) return NB_FOLD_NO;
  mpz_t z;
  mpz_init(z);
  NbIntFold r = NB_FOLD_NO;
  if (fold_int_z(e, z)) {
    if (mpz_fits_slong_p(z)) {
      *v = mpz_get_si(z);
      r = NB_FOLD_I64;
    } else {
      if (big && nbig > 0) gmp_snprintf(big, nbig, "%Zd", z);
      r = NB_FOLD_BIG;
    }
  }
  mpz_clear(z);
  return r;
}

/* ---- lists (Numba's reflected list) ----------------------------------------- */

static void bind(Walk *w, const char *name, NbTy t, AstPos pos);
static void bind_target(Walk *w, AstExpr *t, NbTy ty, AstPos pos);
const char *nb_enumzip(NbUnit *u, NbFunc *f, AstExpr *it);
static void ty_for_enumzip(Walk *w, AstStmt *s, const char *which);
static NbTy iter_item(NbTy t);
static void check_cond(Walk *w, AstExpr *e);

/* Can a list hold values of type t (numbers, tuples of them, arrays, lists)? */
static bool list_item_ok(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    for (int k = 0; k < i->n; k++)
      if (!list_item_ok(i->items[k])) return false;
    return true;
  }
  return i->kind == NK_SCALAR || i->kind == NK_ARRAY || i->kind == NK_STR || (i->kind == NK_LIST && i->n == 1 && i->items[0]);
}

/* [a, b, ...]: the items unified; [] is list(undefined) until an append. */
static NbTy ty_list_literal(Walk *w, AstExpr *e) {
  char s1[96], s2[96];
  NbTy it = NB_UNKNOWN;
  for (int i = 0; i < e->seq.elts.len; i++) {
    AstExpr *x = e->seq.elts.items[i];
    NbTy t = ty_expr(w, x);
    if (!t) return NB_UNKNOWN;
    if (!list_item_ok(t)) ERR(x->pos, "Lists of %s are not supported in @njit functions.", tystr(t, s1, sizeof s1));
    NbTy u = i ? nb_unify(it, t) : t;
    if (!u) ERR(x->pos, "Cannot unify %s and %s in a list.", tystr(it, s1, sizeof s1), tystr(t, s2, sizeof s2));
    it = u;
  }
  return nb_list(it);
}

/* The name of the local holding a list comprehension's list (lower.c
** fills it with a loop). */
void nb_listcomp_name(const AstExpr *e, char *buf, size_t n) { snprintf(buf, n, "lc__%d_%d", e->pos.line, e->pos.col); }

void nb_list_call(AstExpr *call, NbListCall *lc) {
  memset(lc, 0, sizeof *lc);
  snprintf(lc->var, sizeof lc->var, "lv__%d_%d", call->pos.line, call->pos.col);
  lc->target.kind = lc->elt.kind = AST_E_Name;
  lc->target.pos = lc->elt.pos = call->pos;
  lc->target.name.id = lc->elt.name.id = lc->var;
  lc->gen.target = &lc->target;
  lc->gen.iter = call->call.args.items[0];
  lc->gens[0] = &lc->gen;
  lc->comp.kind = AST_E_ListComp;
  lc->comp.pos = call->pos;
  lc->comp.comp.elt = &lc->elt;
  lc->comp.comp.generators.items = lc->gens;
  lc->comp.comp.generators.len = 1;
}

/* [elt for target in iter if cond]: one `for`, over what a for loop takes. */
static bool ty_comp_for(Walk *w, AstComprehension *c);

/* The hidden local a comprehension fills (nb_listcomp_name) bound to t. */
static void bind_comp_local(Walk *w, AstExpr *e, NbTy t) {
  char nm[48];
  nb_listcomp_name(e, nm, sizeof nm);
  NbLocal *l = nb_local(w->f, nm);
  if (l) bind(w, l->name, t, e->pos);
  else {
    char *owned = util_xstrdup(nm);
    vec_push(w->f->hidden, owned);
    bind(w, owned, t, e->pos);
  }
}

static bool dict_key_ok(NbTy t);
static bool dict_value_ok(NbTy t);

/* {k: v for ...}: a typed dict filled as lower.c's loops fill it. */
static NbTy ty_dictcomp(Walk *w, AstExpr *e) {
  char s1[96];
  for (int g = 0; g < e->dictcomp.generators.len; g++)
    if (!ty_comp_for(w, e->dictcomp.generators.items[g])) return NB_UNKNOWN;
  NbTy kt = ty_expr(w, e->dictcomp.key), vt = ty_expr(w, e->dictcomp.value);
  if (!kt || !vt) return NB_UNKNOWN;
  if (!dict_key_ok(kt)) ERR(e->dictcomp.key->pos, "Dict keys of type %s are not supported in @njit functions.", tystr(kt, s1, sizeof s1));
  if (!dict_value_ok(vt)) ERR(e->dictcomp.value->pos, "Dict values of type %s are not supported in @njit functions.", tystr(vt, s1, sizeof s1));
  NbTy dt = nb_dict(kt, vt);
  bind_comp_local(w, e, dt);
  return dt;
}

static NbTy ty_listcomp(Walk *w, AstExpr *e) {
  for (int g = 0; g < e->comp.generators.len; g++) /* nested loops, the first outermost */
    if (!ty_comp_for(w, e->comp.generators.items[g])) return NB_UNKNOWN;
  NbTy et = ty_expr(w, e->comp.elt);
  char s1[96];
  if (!et) return NB_UNKNOWN;
  if (!list_item_ok(et)) ERR(e->comp.elt->pos, "Lists of %s are not supported in @njit functions.", tystr(et, s1, sizeof s1));
  NbTy lt = nb_list(et);
  bind_comp_local(w, e, lt);
  return lt;
}

/* One `for target in iter if ...` of a comprehension: binds the target
** and checks the conditions; false when something is not typed yet. */
static bool ty_comp_for(Walk *w, AstComprehension *c) {
  char s1[96];
  const char *ez = nb_enumzip(w->u, w->f, c->iter);
  if (ez) { /* [f(i, x) for i, x in enumerate(a)]: typed as the loop lower_for makes */
    AstStmt loop = {.kind = AST_S_For, .pos = c->iter->pos};
    loop.for_.target = c->target;
    loop.for_.iter = c->iter;
    ty_for_enumzip(w, &loop, ez);
    if (w->u->err.len) return false;
  } else {
    NbTy t = ty_expr(w, c->iter);
    if (!t) return false;
    NbTy item = iter_item(t);
    if (!item) {
      ERR(c->iter->pos, "Cannot iterate over a value of type %s in an @njit function.", tystr(t, s1, sizeof s1));
    }
    bind_target(w, c->target, item, c->target->pos);
  }
  for (int i = 0; i < c->ifs.len; i++) check_cond(w, c->ifs.items[i]);
  return true;
}

/* A typed List takes the type of its first item (an int literal is
** int64) and converts later ones as Numba's _cast does: a float into an
** int64 list is a TypingError. */
static NbTy refine_tlist(Walk *w, AstExpr *recv, NbTy lt, NbTy v, AstPos pos) {
  char s1[96], s2[96];
  NbTy item = nb_list_item(lt);
  if (item) {
    if (!nb_safe_store(v, item))
      ERR(pos, "cannot safely cast %s to %s. Please cast explicitly.", tystr(v, s1, sizeof s1), tystr(item, s2, sizeof s2));
    return lt;
  }
  if (recv->kind != AST_E_Name || !nb_local(w->f, recv->name.id))
    ERR(pos, "Cannot type the items of %s here (only a typed List held in a variable can take its item type).",
        tystr(lt, s1, sizeof s1));
  bind(w, recv->name.id, nb_tlist(v), recv->pos);
  return nb_tlist(v);
}

/* recv.append(v) and friends: the list's item type becomes what also
** holds v (an int list appended a float holds floats), as Numba refines
** a list's type; only a list in a variable can be refined. */
static NbTy refine_list(Walk *w, AstExpr *recv, NbTy lt, NbTy v, AstPos pos) {
  char s1[96], s2[96];
  if (!list_item_ok(v)) ERR(pos, "Lists of %s are not supported in @njit functions.", tystr(v, s1, sizeof s1));
  if (nb_is_tlist(nb_type(lt))) return refine_tlist(w, recv, lt, v, pos);
  NbTy item = nb_list_item(lt), u = item ? nb_unify(item, v) : v;
  if (!u) ERR(pos, "Cannot add a value of type %s to %s.", tystr(v, s1, sizeof s1), tystr(lt, s2, sizeof s2));
  if (u == item) return lt;
  if (recv->kind != AST_E_Name || !nb_local(w->f, recv->name.id))
    ERR(pos, "Cannot add a value of type %s to %s here (only a list held in a variable can change its item type).",
        tystr(v, s1, sizeof s1), tystr(lt, s2, sizeof s2));
  bind(w, recv->name.id, nb_list(u), recv->pos);
  return nb_list(u);
}

static NbTy ty_list_method(Walk *w, AstExpr *e, const char *m, NbTy lt, int nargs, const NbTy *at) {
  char s1[96];
  AstExpr *recv = e->call.func->attribute.value;
  NbTy item = nb_list_item(lt);
  if (e->call.keywords.len && strcmp(m, "sort")) ERR(e->pos, "list.%s() takes no keyword arguments.", m);
  bool int0 = nargs >= 1 && (nb_is_int(at[0]) || nb_is_bool(at[0]));
  if (!strcmp(m, "append") && nargs == 1) return refine_list(w, recv, lt, at[0], e->pos) ? nb_none() : NB_UNKNOWN;
  if (!strcmp(m, "insert") && nargs == 2 && int0) return refine_list(w, recv, lt, at[1], e->pos) ? nb_none() : NB_UNKNOWN;
  if (!strcmp(m, "extend") && nargs == 1 && (nb_is_list(at[0]) || nb_is_array(at[0]))) {
    NbTy v = iter_item(at[0]);
    if (!v) return nb_none(); /* extending by an empty list of unknown type */
    return refine_list(w, recv, lt, v, e->pos) ? nb_none() : NB_UNKNOWN;
  }
  if (!strcmp(m, "clear") && nargs == 0) return nb_none();
  if (!strcmp(m, "reverse") && nargs == 0) return nb_none();
  if (!strcmp(m, "copy") && nargs == 0) return lt;
  if (!item) ERR(e->pos, "Cannot infer the type of the items of %s (append to it first).", tystr(lt, s1, sizeof s1));
  if (!strcmp(m, "pop") && (nargs == 0 || (nargs == 1 && int0))) return item;
  if ((!strcmp(m, "index") || !strcmp(m, "count")) && nargs == 1 &&
      ((nb_is_number(item) && nb_is_number(at[0])) || (nb_type(item)->kind == NK_STR && nb_type(at[0])->kind == NK_STR)))
    return nb_scalar(DT_INT64);
  if (!strcmp(m, "sort") && nargs == 0 && ((nb_is_number(item) && !nb_is_complex(item)) || nb_type(item)->kind == NK_STR)) {
    const char *bad = bad_sort_keyword(w, e);
    if (bad) ERR(e->pos, "list.sort() with keyword '%s' is not supported here (reverse takes a bool or an integer).", bad);
    return nb_none();
  }
  ERR(e->call.func->pos, "Unknown attribute '%s' of type %s (or unsupported arguments).", m, tystr(lt, s1, sizeof s1));
}

/* ---- sets (Numba's set of numbers, local to compiled code) ---------------------- */

/* Numba hashes numbers as Python does; streak's sets hold bools, signed
** ints and float64 (lower.c's nb_shash*), whose hashes it computes the same. */
static bool set_item_ok(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind != NK_SCALAR) return false;
  DType d = (DType)i->dtype;
  return d == DT_BOOL || d == DT_FLOAT64 || (dt_is_int(d) && !dt_is_unsigned(d));
}

static NbTy set_of(Walk *w, AstPos pos, NbTy item) {
  char s1[96];
  if (item && !set_item_ok(item))
    ERR(pos, "Sets of %s are not supported in @njit functions yet (bools, signed ints and float64 are).", tystr(item, s1, sizeof s1));
  return nb_set(item);
}

/* {a, b, ...}: the items unified, as Numba types a set literal. */
static NbTy ty_set_literal(Walk *w, AstExpr *e) {
  char s1[96], s2[96];
  NbTy it = NB_UNKNOWN;
  for (int i = 0; i < e->seq.elts.len; i++) {
    NbTy t = ty_expr(w, e->seq.elts.items[i]);
    if (!t) return NB_UNKNOWN;
    NbTy u = it ? nb_unify(it, t) : t;
    if (!u) ERR(e->pos, "Cannot unify %s and %s in a set.", tystr(it, s1, sizeof s1), tystr(t, s2, sizeof s2));
    it = u;
  }
  return set_of(w, e->pos, it);
}

/* set() and set(iterable) of a list or a 1-d array. */
static NbTy ty_set_call(Walk *w, AstExpr *e, int nargs, const NbTy *at) {
  char s1[96];
  if (!nargs) return nb_set(NB_UNKNOWN);
  const NbTypeInfo *a = nb_type(at[0]);
  if ((a->kind == NK_LIST && a->n == 1 && a->items[0]) || (a->kind == NK_ARRAY && a->ndim == 1))
    return set_of(w, e->pos, iter_item(at[0]));
  ERR(e->pos, "set() of %s is not supported in @njit functions yet.", tystr(at[0], s1, sizeof s1));
}

/* s.add(x) refines the set's item type as a list's append does. */
static NbTy ty_set_method(Walk *w, AstExpr *e, const char *m, NbTy st, int nargs, const NbTy *at) {
  char s1[96], s2[96];
  AstExpr *recv = e->call.func->attribute.value;
  NbTy item = nb_type(st)->items[0];
  if (e->call.keywords.len) ERR(e->pos, "set.%s() takes no keyword arguments.", m);
  if (!strcmp(m, "add") && nargs == 1) {
    NbTy u = item ? nb_unify(item, at[0]) : at[0];
    if (!u) ERR(e->pos, "Cannot add a value of type %s to %s.", tystr(at[0], s1, sizeof s1), tystr(st, s2, sizeof s2));
    if (!set_of(w, e->pos, u)) return NB_UNKNOWN;
    if (u != item) {
      if (recv->kind != AST_E_Name || !nb_local(w->f, recv->name.id))
        ERR(e->pos, "Cannot add a value of type %s to %s here (only a set held in a variable can change its item type).",
            tystr(at[0], s1, sizeof s1), tystr(st, s2, sizeof s2));
      bind(w, recv->name.id, nb_set(u), recv->pos);
    }
    return nb_none();
  }
  if (!item) ERR(e->pos, "Cannot infer the type of the items of %s (add to it first).", tystr(st, s1, sizeof s1));
  if ((!strcmp(m, "discard") || !strcmp(m, "remove")) && nargs == 1 && nb_is_number(at[0]) && !nb_is_complex(at[0]))
    return nb_none();
  if (!strcmp(m, "clear") && nargs == 0) return nb_none();
  if (!strcmp(m, "pop") && nargs == 0) return item;
  if (!strcmp(m, "copy") && nargs == 0) return st;
  if (!strcmp(m, "update") && nargs == 1) { /* a set, a list or a 1-d array of items the set's type holds */
    const NbTypeInfo *a = nb_type(at[0]);
    bool iter = (a->kind == NK_SET && a->items[0]) || (a->kind == NK_LIST && a->n == 1 && a->items[0]) ||
                (a->kind == NK_ARRAY && a->ndim == 1);
    NbTy it = iter ? iter_item(at[0]) : NB_UNKNOWN;
    if (!it || !nb_is_number(it) || nb_is_complex(it))
      ERR(e->pos, "set.update() of %s is not supported in @njit functions yet.", tystr(at[0], s1, sizeof s1));
    NbTy u = nb_unify(item, it);
    if (u != item) {
      if (!set_of(w, e->pos, u)) return NB_UNKNOWN;
      if (recv->kind != AST_E_Name || !nb_local(w->f, recv->name.id))
        ERR(e->pos, "Cannot update %s with items of type %s here.", tystr(st, s1, sizeof s1), tystr(it, s2, sizeof s2));
      bind(w, recv->name.id, nb_set(u), recv->pos);
    }
    return nb_none();
  }
  ERR(e->call.func->pos, "Unknown attribute '%s' of type %s (or unsupported arguments).", m, tystr(st, s1, sizeof s1));
}

/* ---- dicts (Numba's typed dict, local to compiled code) ------------------------ */

/* Can t be a dict key (numbers and tuples of them)? */
static bool dict_key_ok(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_TUPLE) {
    for (int k = 0; k < i->n; k++)
      if (!dict_key_ok(i->items[k])) return false;
    return true;
  }
  return i->kind == NK_STR || (i->kind == NK_SCALAR && !dt_is_complex((DType)i->dtype));
}

/* Numba forbids reflected lists as dict values. */
static bool dict_value_ok(NbTy t) { return list_item_ok(t) && !nb_is_list(t); }

/* The dict type that also holds key k and value v (NB_UNKNOWN: leave one
** as it is); refines the variable holding the dict, as a list's append. */
static NbTy refine_dict(Walk *w, AstExpr *recv, NbTy dt, NbTy k, NbTy v, AstPos pos) {
  char s1[96], s2[96], s3[96];
  const NbTypeInfo *di = nb_type(dt);
  if (k && !dict_key_ok(k)) ERR(pos, "Dict keys of type %s are not supported in @njit functions (numbers and tuples of them are).", tystr(k, s1, sizeof s1));
  if (v && !dict_value_ok(v)) ERR(pos, "Dict values of type %s are not supported in @njit functions.", tystr(v, s1, sizeof s1));
  /* the first store sets an undefined key or value type; later ones cast
  ** into it as Numba's typed dict does (a float key into int64 keys is a
  ** TypingError) */
  if ((k && di->items[0] && !nb_safe_store(k, di->items[0])) || (v && di->items[1] && !nb_safe_store(v, di->items[1])))
    ERR(pos, "cannot safely store a key of type %s and a value of type %s into %s. Please cast explicitly.",
        k ? tystr(k, s1, sizeof s1) : "?", v ? tystr(v, s2, sizeof s2) : "?", tystr(dt, s3, sizeof s3));
  NbTy nk = di->items[0] ? di->items[0] : k, nv = di->items[1] ? di->items[1] : v;
  if ((k && !nk) || (v && !nv)) ERR(pos, "Cannot store a key of type %s and a value of type %s into %s.", k ? tystr(k, s1, sizeof s1) : "?",
                                    v ? tystr(v, s2, sizeof s2) : "?", tystr(dt, s1, sizeof s1));
  NbTy nt = nb_dict(nk, nv);
  if (nt == dt) return dt;
  if (recv->kind != AST_E_Name || !nb_local(w->f, recv->name.id))
    ERR(pos, "Cannot change the key or value type of %s here (only a dict held in a variable can).", tystr(dt, s1, sizeof s1));
  bind(w, recv->name.id, nt, recv->pos);
  return nt;
}

/* {k: v, ...}: keys and values unified; {} is DictType[undefined,undefined]. */
static NbTy ty_dict_literal(Walk *w, AstExpr *e) {
  char s1[96];
  NbTy k = NB_UNKNOWN, v = NB_UNKNOWN;
  for (int i = 0; i < e->dict.keys.len; i++) {
    if (!e->dict.keys.items[i]) ERR(e->pos, "**unpacking in dict literals is not supported in @njit functions.");
    NbTy kt = ty_expr(w, e->dict.keys.items[i]), vt = ty_expr(w, e->dict.values.items[i]);
    if (!kt || !vt) return NB_UNKNOWN;
    if (!dict_key_ok(kt)) ERR(e->dict.keys.items[i]->pos, "Dict keys of type %s are not supported in @njit functions.", tystr(kt, s1, sizeof s1));
    if (!dict_value_ok(vt)) ERR(e->dict.values.items[i]->pos, "Dict values of type %s are not supported in @njit functions.", tystr(vt, s1, sizeof s1));
    k = k ? nb_unify(k, kt) : kt;
    v = v ? nb_unify(v, vt) : vt;
    if (!k || !v) ERR(e->pos, "Cannot unify the keys or the values of this dict.");
  }
  return nb_dict(k, v);
}

static NbTy dict_value(Walk *w, AstExpr *e, NbTy dt) {
  char s1[96];
  if (!nb_type(dt)->items[1]) ERR(e->pos, "Cannot infer the value type of %s (store into it first).", tystr(dt, s1, sizeof s1));
  return nb_type(dt)->items[1];
}

/* d.get/pop/setdefault/keys/values/items/clear/copy. keys(), values() and
** items() are only iterated (for loops): typed as what a loop binds. */
static NbTy ty_dict_method(Walk *w, AstExpr *e, const char *m, NbTy dt, int nargs, const NbTy *at) {
  char s1[96];
  AstExpr *recv = e->call.func->attribute.value;
  const NbTypeInfo *di = nb_type(dt);
  if (e->call.keywords.len) ERR(e->pos, "dict.%s() takes no keyword arguments.", m);
  if (!strcmp(m, "clear") && nargs == 0) return nb_none();
  if (!strcmp(m, "copy") && nargs == 0) return dt;
  if (!strcmp(m, "setdefault") && nargs == 2) {
    NbTy nt = refine_dict(w, recv, dt, at[0], at[1], e->pos);
    return nt ? nb_type(nt)->items[1] : NB_UNKNOWN;
  }
  NbTy v = dict_value(w, e, dt);
  if (!v) return NB_UNKNOWN;
  if ((!strcmp(m, "get") || !strcmp(m, "pop")) && (nargs == 1 || nargs == 2)) {
    if (!dict_key_ok(at[0])) ERR(e->call.args.items[0]->pos, "Dict keys of type %s are not supported.", tystr(at[0], s1, sizeof s1));
    if (nargs == 1) return m[0] == 'g' ? nb_optional(v) : v; /* d.get(k): None when missing */
    NbTy u = nb_unify(v, at[1]);
    if (!u) ERR(e->pos, "Cannot unify the value type %s with the default of dict.%s().", tystr(v, s1, sizeof s1), m);
    return u;
  }
  if (nargs == 0 && (!strcmp(m, "keys") || !strcmp(m, "values") || !strcmp(m, "items"))) {
    NbTy kv[2] = {di->items[0], v};
    return nb_dict_view(m[0] == 'k' ? di->items[0] : m[0] == 'v' ? v : nb_tuple(2, kv));
  }
  ERR(e->call.func->pos, "Unknown attribute '%s' of type %s (or unsupported arguments).", m, tystr(dt, s1, sizeof s1));
}

/* A tuple of arrays of one dimensionality (np.concatenate, np.stack...):
** that ndim, and the promoted dtype in *dt; -1 for anything else. */
static int array_tuple(NbTy t, int *dt) {
  const NbTypeInfo *ti = nb_type(t);
  int nd = -1;
  *dt = -1;
  for (int i = 0; ti->kind == NK_TUPLE && i < ti->n; i++) {
    const NbTypeInfo *ai = nb_type(ti->items[i]);
    if (ai->kind != NK_ARRAY || (nd >= 0 && ai->ndim != nd)) return -1;
    nd = ai->ndim;
    *dt = *dt < 0 ? ai->dtype : dt_promote((DType)*dt, (DType)ai->dtype);
  }
  return nd;
}

/* The result of calling the specialisation of disp for argument types
** full, typed now unless it is being typed (recursion). */
/* Records that g was called with the parameters in omit left to their
** defaults (Numba's Omitted types: its .signatures list such calls apart). */
static void note_omits(NbFunc *g, uint64_t omit) {
  for (size_t k = 0; k < g->omits.n; k++)
    if (g->omits.items[k] == omit) return;
  vec_push(g->omits, omit);
}

static NbTy ty_call_spec(Walk *w, AstExpr *e, void *disp, const char *name, int np, const NbTy *full, uint64_t omit) {
  for (size_t k = 0; k < w->u->funcs.n; k++) {
    NbFunc *g = w->u->funcs.items[k];
    if (g->disp != disp || g->nargs != np) continue;
    bool same = true;
    for (int i = 0; i < np; i++)
      if (g->argtys[i] != full[i]) same = false;
    if (!same) continue;
    note_omits(g, omit);
    if (g->inferring) {
      g->recursive = true;
      if (!g->ret) ERR(e->pos, "Cannot infer the return type of the recursive call to %s(); give it a non-recursive return path or an explicit signature.", name);
      return g->ret;
    }
  }
  if (w->u->err.len) return NB_UNKNOWN;
  NbFunc *g = nb_infer_func(w->u, disp, np, full);
  if (!g) return NB_UNKNOWN;
  note_omits(g, omit);
  return g->ret;
}

static NbTy ty_closure_call(Walk *w, AstExpr *e, NbClosure *c, const NbTy *at, const NbTy *kt);
static NbTy ty_str_method(Walk *w, AstExpr *e, const char *m, int nargs, const NbTy *at);

/* The str methods compiled code calls (through the str_method helper):
** name, fewest and most str arguments, result: 'S' str, 'B' bool, 'I'
** int64, 'L' list of strs. Numba 0.56's isdigit, isdecimal, isalpha, isalnum and isupper give int64
** (its code point tests return ints), the other tests bools. */
#define NB_STR_METHODS(X)                                                              \
  X(upper, 0, 0, 'S') X(lower, 0, 0, 'S') X(casefold, 0, 0, 'S') X(title, 0, 0, 'S')   \
  X(capitalize, 0, 0, 'S') X(swapcase, 0, 0, 'S') X(strip, 0, 1, 'S')                  \
  X(lstrip, 0, 1, 'S') X(rstrip, 0, 1, 'S') X(replace, 2, 2, 'S')                      \
  X(startswith, 1, 1, 'B') X(endswith, 1, 1, 'B') X(find, 1, 1, 'I') X(rfind, 1, 1, 'I') \
  X(count, 1, 1, 'I') X(index, 1, 1, 'I') X(rindex, 1, 1, 'I')                         \
  X(isdigit, 0, 0, 'I') X(isdecimal, 0, 0, 'I') X(isalpha, 0, 0, 'I') X(isalnum, 0, 0, 'I') \
  X(isspace, 0, 0, 'B') X(isnumeric, 0, 0, 'B') X(isupper, 0, 0, 'I') X(islower, 0, 0, 'B') \
  X(istitle, 0, 0, 'B') X(split, 0, 1, 'L')

static const struct { const char *name; int min, max; char res; } str_methods[] = {
#define X(n, lo, hi, r) {#n, lo, hi, r},
    NB_STR_METHODS(X)
#undef X
};

static NbTy ty_str_method(Walk *w, AstExpr *e, const char *m, int nargs, const NbTy *at) {
  char s1[96];
  if (e->call.keywords.len) ERR(e->pos, "Keyword arguments of str.%s() are not supported in @njit functions.", m);
  for (size_t k = 0; k < sizeof str_methods / sizeof str_methods[0]; k++) {
    if (strcmp(str_methods[k].name, m)) continue;
    if (nargs < str_methods[k].min || nargs > str_methods[k].max)
      ERR(e->pos, "str.%s() takes %d to %d arguments here, not %d.", m, str_methods[k].min, str_methods[k].max, nargs);
    for (int i = 0; i < nargs; i++)
      if (nb_type(at[i])->kind != NK_STR)
        ERR(e->call.args.items[i]->pos, "str.%s() takes strs here, not %s.", m, tystr(at[i], s1, sizeof s1));
    char r = str_methods[k].res;
    return r == 'S' ? nb_str() : r == 'L' ? nb_list(nb_str()) : nb_scalar(r == 'B' ? DT_BOOL : DT_INT64);
  }
  if (!strcmp(m, "join") && nargs == 1 && nb_is_list(at[0]) && nb_list_item(at[0]) == nb_str()) return nb_str();
  ERR(e->call.func->pos, "Unknown attribute '%s' of type unicode_type.", m);
}

/* math.frexp(x) (Numba: Tuple(float64, int32)), math.ldexp(x, i),
** math.gcd(a, b) of integers. */
static NbTy ty_math_int(Walk *w, AstExpr *e, const char *base, int nargs, const NbTy *at) {
  bool real0 = nargs >= 1 && nb_is_number(at[0]) && !nb_is_complex(at[0]);
  if (!strcmp(base, "frexp") && nargs == 1 && real0) {
    NbTy items[2] = {nb_scalar(DT_FLOAT64), nb_scalar(DT_INT32)};
    return nb_tuple(2, items);
  }
  if (!strcmp(base, "ldexp") && nargs == 2 && real0 && nb_is_int(at[1]))
    return nb_scalar(nb_type(at[0])->dtype == DT_FLOAT32 ? DT_FLOAT32 : DT_FLOAT64);
  if (!strcmp(base, "gcd") && nargs == 2 && nb_is_int(at[0]) && nb_is_int(at[1]))
    return nb_scalar(arith_dt(nb_type(at[0])->dtype, nb_type(at[1])->dtype));
  ERR(e->pos, "Unsupported arguments of math.%s() in @njit code.", base);
}

/* random.<base>(...) of the stdlib: the type of the calls lower.c makes
** helper calls of (those np_impl.c implements in Python are typed as calls
** of their implementation and come here only with arguments it refused). */
static NbTy ty_pyrandom(Walk *w, AstExpr *e, const char *base, int nargs, const NbTy *at) {
  static const struct { const char *name; int least, most; } funcs[] = {
#define PYRANDOM_ENTRY(n, lo, hi, impl) {#n, lo, hi},
      NB_PYRANDOM_FUNCS(PYRANDOM_ENTRY)
#undef PYRANDOM_ENTRY
  };
  int nfuncs = (int)(sizeof funcs / sizeof funcs[0]), k = -1;
  for (int i = 0; i < nfuncs; i++)
    if (!strcmp(funcs[i].name, base)) k = i;
  if (k < 0) {
    StrBuf known = STRBUF_INIT;
    for (int i = 0; i < nfuncs; i++) sb_printf(&known, "%s%s", i ? ", " : "", funcs[i].name);
    if (w->final)
      nb_error_at(w->u, w->f, e->call.func->pos, "Unknown attribute '%s' of type Module(random) (@njit code has %s, as Numba).",
                  base, known.data);
    sb_free(&known);
    return NB_UNKNOWN;
  }
  bool ok = nargs >= funcs[k].least && nargs <= funcs[k].most && e->call.keywords.len == 0;
  for (int i = 0; ok && i < nargs; i++) ok = nb_is_number(at[i]) && !nb_is_complex(at[i]);
  if (ok && !strcmp(base, "seed")) return nb_none();
  if (ok && !strcmp(base, "getrandbits")) return nb_scalar(DT_UINT64);
  if (ok && (!strcmp(base, "randint") || !strcmp(base, "randrange"))) return nb_scalar(DT_INT64);
  if (ok && (!strcmp(base, "random") || !strcmp(base, "gauss") || !strcmp(base, "normalvariate"))) return nb_scalar(DT_FLOAT64);
  StrBuf sig = STRBUF_INIT;
  for (int i = 0; i < nargs; i++) {
    if (i) sb_puts(&sig, ", ");
    nb_type_str(at[i], &sig);
  }
  if (e->call.keywords.len) sb_printf(&sig, "%s...keyword arguments", nargs ? ", " : "");
  if (w->final)
    nb_error_at(w->u, w->f, e->pos, "No implementation of function random.%s found for signature:\n \n >>> %s(%s)", base, base,
                sig.len ? sig.data : "");
  sb_free(&sig);
  return NB_UNKNOWN;
}

/* str(x): Numba 0.56 has it for str, integers and bools only. */
static NbTy ty_str_of(Walk *w, AstPos pos, NbTy t) {
  char s1[96];
  if (nb_type(t)->kind == NK_STR || nb_is_int(t) || nb_is_bool(t)) return nb_str();
  ERR(pos, "No implementation of function Function(<class 'str'>) found for signature:\n \n >>> str(%s)", tystr(t, s1, sizeof s1));
}

/* f"...{x}...": the str() of each value, joined (Numba: no format spec
** or conversion). */
static NbTy ty_fstring(Walk *w, AstExpr *e) {
  for (int i = 0; i < e->joinedstr.values.len; i++) {
    AstExpr *v = e->joinedstr.values.items[i];
    if (v->kind != AST_E_FormattedValue) continue;
    if (v->formatted.conversion != -1 || v->formatted.format_spec) ERR(v->pos, "format spec in f-strings not supported yet");
    NbTy t = ty_expr(w, v->formatted.value);
    if (!t || !ty_str_of(w, v->pos, t)) return NB_UNKNOWN;
  }
  return nb_str();
}

/* list(iterable) (and List(iterable)): typed as the comprehension
** [x for x in iterable] it is lowered as (nb_list_call). */
static NbTy ty_list_of(Walk *w, AstExpr *e) {
  NbListCall lc;
  nb_list_call(e, &lc);
  if (!nb_local(w->f, lc.var)) { /* the loop variable: a hidden local, bound by the comprehension */
    char *owned = util_xstrdup(lc.var);
    vec_push(w->f->hidden, owned);
    lc.target.name.id = lc.elt.name.id = owned;
  } else lc.target.name.id = lc.elt.name.id = nb_local(w->f, lc.var)->name;
  return ty_listcomp(w, &lc.comp);
}

/* The type a Numba type value names: types.int64 (NK_DTYPE) or
** types.unicode_type and the like (NK_TYPEREF); NB_UNKNOWN otherwise. */
static NbTy named_type(NbTy v) {
  const NbTypeInfo *i = nb_type(v);
  if (i->kind == NK_DTYPE) return nb_scalar(i->dtype);
  return i->kind == NK_TYPEREF ? i->items[0] : NB_UNKNOWN;
}

/* The item types a typed container's constructor is given (positional,
** then keywords by name): each a Numba type, as Numba requires. */
static bool typed_params(Walk *w, AstExpr *e, const char *const *params, int np, int nargs, const NbTy *at,
                         const NbTy *kt, NbTy *out) {
  char s1[96];
  if (nargs > np) ERR(e->pos, "Too many arguments (%d) for a typed container's constructor here.", nargs);
  for (int p = 0; p < np; p++) out[p] = p < nargs ? at[p] : NB_UNKNOWN;
  for (int k = 0; k < e->call.keywords.len; k++) {
    int p = 0;
    while (p < np && strcmp(params[p], e->call.keywords.items[k]->arg)) p++;
    if (p == np || out[p]) ERR(e->pos, "Unexpected keyword argument '%s'.", e->call.keywords.items[k]->arg);
    out[p] = kt[k];
  }
  for (int p = 0; p < np; p++) {
    if (!out[p]) ERR(e->pos, "Missing argument '%s'.", params[p]);
    NbTy t = named_type(out[p]);
    if (!t) ERR(e->pos, "%s must be a Numba type (numba.types.int64 ...), not %s.", params[p], tystr(out[p], s1, sizeof s1));
    out[p] = t;
  }
  return true;
}

/* numba.typed.List() / List.empty_list(item_type) / Dict() /
** Dict.empty(key_type, value_type) made inside @njit code: a typed List
** (ListType, item type set by the first append when not given) and
** Numba's typed dict, which `{}` and dict() already are. */
static NbTy ty_typed_new(Walk *w, AstExpr *e, const char *what, int nargs, const NbTy *at, const NbTy *kt) {
  char s1[96], s2[96];
  int nkw = e->call.keywords.len;
  if ((!strcmp(what, "List") || !strcmp(what, "Dict")) && nargs + nkw == 0)
    return what[0] == 'L' ? nb_tlist(NB_UNKNOWN) : nb_dict(NB_UNKNOWN, NB_UNKNOWN);
  if (!strcmp(what, "List") && nargs == 1 && !nkw) { /* List(iterable): its items, as list(iterable) */
    NbTy lt = ty_list_of(w, e);
    return lt ? nb_tlist(nb_list_item(lt)) : NB_UNKNOWN;
  }
  NbTy ty[2];
  if (!strcmp(what, "List.empty_list")) {
    static const char *const params[] = {"item_type"};
    if (!typed_params(w, e, params, 1, nargs, at, kt, ty)) return NB_UNKNOWN;
    if (!list_item_ok(ty[0])) ERR(e->pos, "Typed Lists of %s are not supported in @njit functions.", tystr(ty[0], s1, sizeof s1));
    return nb_tlist(ty[0]);
  }
  if (!strcmp(what, "Dict.empty")) {
    static const char *const params[] = {"key_type", "value_type"};
    if (!typed_params(w, e, params, 2, nargs, at, kt, ty)) return NB_UNKNOWN;
    if (!dict_key_ok(ty[0]) || !dict_value_ok(ty[1]))
      ERR(e->pos, "Typed Dicts of %s to %s are not supported in @njit functions.", tystr(ty[0], s1, sizeof s1),
          tystr(ty[1], s2, sizeof s2));
    return nb_dict(ty[0], ty[1]);
  }
  ERR(e->pos, "numba.typed.%s() with these arguments is not supported in @njit functions yet.", what);
}

static NbTy ty_call(Walk *w, AstExpr *e) {
  AstExpr *fn = e->call.func;
  int nargs = e->call.args.len;
  NbTy at[nargs + 1];
  char s1[96];
  if (nargs >= 1 && (e->call.args.items[0]->kind == AST_E_List || e->call.args.items[0]->kind == AST_E_Tuple) &&
      fn->kind == AST_E_Attribute && nb_type(ty_expr(w, fn->attribute.value))->kind == NK_MODULE) {
    NbTy ft0 = ty_expr(w, fn);
    const NbTypeInfo *fi0 = ft0 ? nb_type(ft0) : NULL;
    if (fi0 && fi0->kind == NK_FUNC && (!strcmp(fi0->name, "numpy.array") || !strcmp(fi0->name, "numpy.asarray"))) {
      const char *bad_kw = np_bad_keyword(fi0->name, e);
      if (bad_kw) ERR(e->pos, "%s() got an unexpected keyword argument '%s' here.", fi0->name, bad_kw);
      return ty_np_array_literal(w, e, e->call.args.items[0]);
    }
  }
  for (int i = 0; i < e->call.args.len; i++) {
    if (e->call.args.items[i]->kind == AST_E_Starred) ERR(e->call.args.items[i]->pos, "*args in calls are not supported in @njit functions.");
    at[i] = ty_expr(w, e->call.args.items[i]);
    if (!at[i]) return NB_UNKNOWN;
  }
  NbTy kt[e->call.keywords.len + 1];
  for (int i = 0; i < e->call.keywords.len; i++) {
    if (!e->call.keywords.items[i]->arg) ERR(e->pos, "**kwargs in calls are not supported in @njit functions.");
    kt[i] = ty_expr(w, e->call.keywords.items[i]->value);
    if (!kt[i]) return NB_UNKNOWN;
  }
  /* methods */
  if (fn->kind == AST_E_Attribute) {
    NbTy ot = ty_expr(w, fn->attribute.value);
    if (!ot) return NB_UNKNOWN;
    const NbTypeInfo *oi = nb_type(ot);
    const char *m = fn->attribute.attr;
    const char *impl = oi->kind == NK_ARRAY ? nb_np_method_impl(w->u, w->f, e, ot) : NULL;
    if (impl) { /* a call of its implementation on (a, args...) */
      int nkw = e->call.keywords.len;
      NbTy all[nargs + nkw + 2];
      all[0] = ot;
      for (int i = 0; i < nargs; i++) all[i + 1] = at[i];
      for (int i = 0; i < nkw; i++) all[nargs + 1 + i] = kt[i];
      NbFunc *g = w->u->err.len ? NULL : nb_np_impl_func(w->u, impl, nargs + nkw + 1, all);
      return g ? g->ret : NB_UNKNOWN;
    }
    if (oi->kind == NK_ARRAY) return ty_array_method(w, e, m, ot, 0, at);
    if (oi->kind == NK_LIST) return ty_list_method(w, e, m, ot, nargs, at);
    if (oi->kind == NK_DICT) return ty_dict_method(w, e, m, ot, nargs, at);
    if (oi->kind == NK_SET) return ty_set_method(w, e, m, ot, nargs, at);
    if (oi->kind == NK_STR) return ty_str_method(w, e, m, nargs, at);
    if (oi->kind == NK_SCALAR) {
      if (!strcmp(m, "conjugate") && nargs == 0) return ot;
      ERR(fn->pos, "Unknown attribute '%s' of type %s.", m, tystr(ot, s1, sizeof s1));
    }
    if (oi->kind != NK_MODULE && oi->kind != NK_FUNC) ERR(fn->pos, "Unknown attribute '%s' of type %s.", m, tystr(ot, s1, sizeof s1));
  }
  NbTy ft = ty_expr(w, fn);
  if (!ft) return NB_UNKNOWN;
  ft = nb_np_impl(w->u, w->f, ft, e); /* np.searchsorted & co.: a call of their @njit implementation */
  const NbTypeInfo *fi = nb_type(ft);
  if (fi->kind == NK_CLOSURE) return ty_closure_call(w, e, fi->ptr, at, kt);
  if (fi->kind == NK_DISP) {
    NbDispInfo di;
    nb_disp_info(w->u->vm, fi->ptr, &di);
    int np = di.def->funcdef.args->args.len;
    int nd = di.defaults ? (int)di.defaults->n : 0;
    int src[np + 1];
    char msg[200];
    if (!nb_bind_args(&di, e, src, msg, sizeof msg)) ERR(e->pos, "%s", msg);
    NbTy full[np + 1];
    uint64_t omit = 0;
    for (int i = 0; i < np; i++) {
      if (src[i] >= 0) full[i] = at[src[i]];
      else if (src[i] != NB_ARG_DEFAULT) full[i] = kt[-2 - src[i]];
      else {
        if (i < 64) omit |= (uint64_t)1 << i;
        Value dv = di.defaults->items[nd - (np - i)];
        full[i] = dv.tag == V_INT ? nb_scalar(DT_INT64) : dv.tag == V_FLOAT ? nb_scalar(DT_FLOAT64)
                : dv.tag == V_BOOL ? nb_scalar(DT_BOOL) : is_complex(dv) ? nb_scalar(DT_COMPLEX128)
                : dv.tag == V_NONE ? nb_none() : NB_UNKNOWN;
        if (!full[i]) ERR(e->pos, "unsupported default argument value in %s().", di.name);
      }
    }
    return ty_call_spec(w, e, fi->ptr, di.name, np, full, omit);
  }
  if (fi->kind == NK_VUFUNC) { /* the kernel on each element (arrays) or on the scalars */
    NbTy in[4];
    NbFunc *g;
    int out = vufunc_loop(w, e, fi, nargs, at, in, &g);
    if (out < 0) return NB_UNKNOWN;
    int nd = 0;
    for (int i = 0; i < nargs; i++)
      if (nb_type(at[i])->kind == NK_ARRAY && nb_type(at[i])->ndim > nd) nd = nb_type(at[i])->ndim;
    return nd ? nb_array(out, nd, 'C') : nb_scalar(out);
  }
  if (fi->kind == NK_DTYPE) {
    if (nargs != 1 || !nb_is_number(at[0])) ERR(e->pos, "%s() takes one number here.", scalar_name(fi->dtype));
    return nb_scalar(fi->dtype);
  }
  if (fi->kind != NK_FUNC) {
    if (fi->kind == NK_OPAQUE && !strcmp(fi->name, "function"))
      ERR(fn->pos, "Untyped global name '%s': cannot call a plain Python function from @njit code (decorate it with @njit).",
          fn->kind == AST_E_Name ? fn->name.id : "?");
    ERR(fn->pos, "Cannot call a value of type %s.", tystr(ft, s1, sizeof s1));
  }
  const char *name = fi->name;
  const char *dot = strrchr(name, '.');
  const char *base = dot ? dot + 1 : name;
  bool is_np = !strncmp(name, "numpy.", 6) && dot == name + 5; /* "numpy.f", no submodule */
  bool is_math = !strncmp(name, "math.", 5);
  bool is_bi = !strncmp(name, "builtins.", 9);
  bool is_rand = !strncmp(name, "numpy.random.", 13);
  if (!strncmp(name, "numba.typed.", 12)) return ty_typed_new(w, e, name + 12, nargs, at, kt);
  const char *bad_kw = np_bad_keyword(name, e);
  if (bad_kw) ERR(e->pos, "%s() got an unexpected keyword argument '%s' here.", name, bad_kw);
  if (!strcmp(name, "builtins.str") && nargs == 1) return ty_str_of(w, e->pos, at[0]);
  if (is_math && (!strcmp(base, "frexp") || !strcmp(base, "ldexp") || !strcmp(base, "gcd"))) return ty_math_int(w, e, base, nargs, at);
  if (!strcmp(name, "builtins.ord") && nargs == 1 && nb_type(at[0])->kind == NK_STR) return nb_scalar(DT_INT64);
  if (!strcmp(name, "builtins.chr") && nargs == 1 && nb_is_int(at[0])) return nb_str();
  if (!strcmp(name, "builtins.pow") && nargs == 2 && nb_is_number(at[0]) && nb_is_number(at[1]))
    return binop_type(w, e->pos, AST_OP_Pow, at[0], at[1]); /* pow(a, b) is a ** b (never folded) */
  if (!strcmp(name, "builtins.range") || !strcmp(name, "numba.prange")) {
    if (nargs < 1 || nargs > 3) ERR(e->pos, "range() takes 1 to 3 arguments.");
    for (int i = 0; i < nargs; i++)
      if (!nb_is_int(at[i]) && !nb_is_bool(at[i]))
        ERR(e->call.args.items[i]->pos, "range() arguments must be integers, not %s.", tystr(at[i], s1, sizeof s1));
    return nb_range();
  }
  if (is_bi) {
    if (!strcmp(base, "len")) {
      if (nargs == 1 && (nb_is_array(at[0]) || nb_is_list(at[0]) || nb_is_dict(at[0]) || nb_is_set(at[0]) ||
                         nb_type(at[0])->kind == NK_TUPLE || nb_type(at[0])->kind == NK_STR || nb_type(at[0])->kind == NK_RANGE))
        return nb_scalar(DT_INT64);
      ERR(e->pos, "len() of %s is not supported.", nargs ? tystr(at[0], s1, sizeof s1) : "nothing");
    }
    if (!strcmp(base, "abs") && nargs == 1 && nb_is_number(at[0])) {
      const NbTypeInfo *a = nb_type(at[0]);
      if (dt_is_complex((DType)a->dtype)) return nb_scalar(a->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64);
      if (a->dtype == DT_BOOL) return nb_scalar(DT_INT64);
      return at[0];
    }
    /* Numba's versions of these take no keyword (min/max have no key= or
    ** default=): one given is a TypingError, never ignored */
    static const char *const no_kw[] = {"min", "max", "abs", "len", "round", "divmod", "pow", "int", "float", "bool",
                                        "complex", "ord", "chr", "str", "any", "all", "hash", NULL};
    if (e->call.keywords.len && in_list(no_kw, base))
      ERR(e->pos, "%s() got an unexpected keyword argument '%s' (Numba supports none here).", base,
          e->call.keywords.items[0]->arg ? e->call.keywords.items[0]->arg : "**");
    if (nargs == 1 && nb_is_list(at[0])) { /* sum/min/max/sorted of a list of numbers */
      NbTy it = nb_list_item(at[0]);
      bool real = it && ((nb_is_number(it) && !nb_is_complex(it)) || nb_type(it)->kind == NK_STR); /* ordered items */
      if ((!strcmp(base, "min") || !strcmp(base, "max")) && real) return it;
      if (!strcmp(base, "sorted") && real) { /* a new list (also of a dict view) */
        const char *bad = bad_sort_keyword(w, e);
        if (bad) ERR(e->pos, "sorted() with keyword '%s' is not supported here (reverse takes a bool or an integer).", bad);
        return nb_list(it);
      }
    }
    /* sorted(iterable) of anything else list() takes (a 1-d array, a
    ** range, a tuple): Numba's sorted is list(iterable) sorted */
    if (!strcmp(base, "sorted") && nargs == 1 && !nb_is_list(at[0])) {
      const char *bad = bad_sort_keyword(w, e);
      if (bad) ERR(e->pos, "sorted() with keyword '%s' is not supported here (reverse takes a bool or an integer).", bad);
      NbTy lt = ty_list_of(w, e), it = nb_is_list(lt) ? nb_list_item(lt) : NB_UNKNOWN;
      if (it && ((nb_is_number(it) && !nb_is_complex(it)) || nb_type(it)->kind == NK_STR)) return lt;
      ERR(e->pos, "sorted() of %s is not supported (its items must be real numbers or strings).",
          tystr(at[0], s1, sizeof s1));
    }
    if (!strcmp(base, "sum") && nargs >= 1) return ty_builtin_sum(w, e, nargs, at, kt);
    if ((!strcmp(base, "min") || !strcmp(base, "max")) && nargs >= 1) {
      if (nargs == 1 && nb_is_array(at[0])) {
        /* Numba compares the items it iterates: rows of a 2-d array, whose
        ** truth value is then a ValueError at run time */
        if (nb_type(at[0])->ndim != 1)
          ERR(e->pos, "%s() of %s is not supported (it iterates over the rows, as Numba does).", base,
              tystr(at[0], s1, sizeof s1));
        return nb_scalar(nb_type(at[0])->dtype);
      }
      if (nargs == 1 && nb_type(at[0])->kind == NK_TUPLE) {
        const NbTypeInfo *ti = nb_type(at[0]);
        NbTy r = ti->n ? ti->items[0] : NB_UNKNOWN;
        bool uni = true, any_bool = false;
        for (int i = 0; i < ti->n; i++) {
          uni = uni && ti->items[i] == ti->items[0];
          any_bool = any_bool || nb_is_bool(ti->items[i]);
          r = nb_unify(r, ti->items[i]);
        }
        /* Numba unifies numbers (bool is not one); a tuple of bools only
        ** goes through its iterable min/max, which needs a UniTuple */
        if (any_bool && !uni) ERR(e->pos, "%s() of %s is not supported.", base, tystr(at[0], s1, sizeof s1));
        if (r && nb_is_number(r)) return r;
      }
      NbTy r = at[0];
      for (int i = 0; i < nargs; i++) {
        if (!nb_is_number(at[i]) || nb_is_complex(at[i]) || nb_is_bool(at[i]))
          ERR(e->pos, "%s() of %s is not supported.", base, tystr(at[i], s1, sizeof s1));
        r = nb_unify(r, at[i]);
      }
      return r;
    }
    if (!strcmp(base, "int") && nargs == 1 && nb_is_number(at[0]) && !nb_is_complex(at[0])) return nb_scalar(DT_INT64);
    if (!strcmp(base, "float") && nargs == 1 && nb_is_number(at[0]) && !nb_is_complex(at[0])) return nb_scalar(DT_FLOAT64);
    if (!strcmp(base, "bool") && nargs == 1 && nb_is_number(at[0])) return nb_scalar(DT_BOOL);
    if (!strcmp(base, "complex") && nargs >= 1 && nargs <= 2 && nb_is_number(at[0]) && (nargs == 1 || nb_is_number(at[1]))) {
      /* Numba's Complex template: complex64 of float32 parts only */
      bool f32 = nb_type(at[0])->dtype == DT_FLOAT32 && (nargs == 1 || nb_type(at[1])->dtype == DT_FLOAT32);
      return nb_scalar(f32 ? DT_COMPLEX64 : DT_COMPLEX128);
    }
    if (!strcmp(base, "round") && nargs == 1 && nb_is_number(at[0]) && !nb_is_complex(at[0])) return nb_scalar(DT_INT64);
    if (!strcmp(base, "dict") && nargs == 0 && !e->call.keywords.len) return nb_dict(NB_UNKNOWN, NB_UNKNOWN);
    if (!strcmp(base, "set") && nargs <= 1 && !e->call.keywords.len) return ty_set_call(w, e, nargs, at);
    if (!strcmp(base, "list") && nargs <= 1 && !e->call.keywords.len) /* list(), list(iterable): a new list */
      return nargs ? ty_list_of(w, e) : nb_list(NB_UNKNOWN);
    /* round(x, n) is a float in Numba, also for an int x (its only binary
    ** signatures take float32/float64) */
    if (!strcmp(base, "round") && nargs == 2 && nb_is_number(at[0]) && !nb_is_complex(at[0]) &&
        (nb_is_int(at[1]) || nb_is_bool(at[1])))
      return nb_scalar(nb_type(at[0])->dtype == DT_FLOAT32 ? DT_FLOAT32 : DT_FLOAT64);
    if (!strcmp(base, "divmod") && nargs == 2 && nb_is_number(at[0]) && nb_is_number(at[1])) {
      NbTy q = binop_type(w, e->pos, AST_OP_FloorDiv, at[0], at[1]);
      char s2[96];
      if (!q) ERR(e->pos, "divmod() of %s and %s is not supported.", tystr(at[0], s1, sizeof s1), tystr(at[1], s2, sizeof s2));
      NbTy items[2] = {q, q};
      return nb_tuple(2, items);
    }
    if (!strcmp(base, "print")) {
      for (int i = 0; i < nargs; i++) {
        if (!nb_printable(at[i]))
          ERR(e->call.args.items[i]->pos, "print() of %s is not supported in @njit functions.", tystr(at[i], s1, sizeof s1));
      }
      if (e->call.keywords.len) ERR(e->pos, "print() keyword arguments are not supported in @njit functions.");
      return nb_none();
    }
  }
  if (is_np && (!strcmp(base, "array") || !strcmp(base, "asarray")) && nargs == 1 && !e->call.keywords.len &&
      nb_is_list(at[0])) {
    NbTy it = nb_list_item(at[0]);
    if (!it || !nb_is_number(it)) ERR(e->pos, "np.%s() of %s is not supported in @njit functions.", base, tystr(at[0], s1, sizeof s1));
    return nb_array(nb_type(it)->dtype, 1, 'C');
  }
  if (is_np && !strcmp(base, "ascontiguousarray") && nargs == 1 && !e->call.keywords.len) {
    /* Numba's: a C-contiguous array itself, any other a C copy, a scalar
    ** a 1-element array */
    const NbTypeInfo *a = nb_type(at[0]);
    if (a->kind == NK_ARRAY) return a->layout == 'C' ? at[0] : nb_array(a->dtype, a->ndim, 'C');
    if (nb_is_number(at[0]) || nb_is_bool(at[0])) return nb_array(a->dtype, 1, 'C');
    ERR(e->pos, "np.ascontiguousarray() of %s is not supported.", tystr(at[0], s1, sizeof s1));
  }
  if (is_np && nargs >= 1 && nb_is_array(at[0]) && in_list(np_method_f, base))
    return ty_array_method(w, e, base, at[0], 1, at);
  if (is_np && nargs >= 1 && nb_is_array(at[0]) && !strcmp(base, "cumsum")) return ty_array_method(w, e, base, at[0], 1, at);
  if (is_np && (nargs == 1 || nargs == 2) && e->call.keywords.len == 0 && (nb_is_array(at[0]) || (nargs == 2 && nb_is_array(at[1])))) {
    NbTy r = ty_array_ufunc(w, e, base, nargs, at);
    if (r || w->u->err.len) return r;
  }
  int sloop, sres = is_np && !e->call.keywords.len ? nb_np_scalar_ufunc(base, nargs, at, &sloop) : -1;
  if (sres >= 0) return nb_scalar(sres); /* np.add(x, 1) of scalars: the ufunc's loop type, as Numba */
  if ((is_np && in_list(np_unary_f, base)) || (is_math && in_list(math_unary_f, base))) {
    if (nargs != 1 || e->call.keywords.len) ERR(e->pos, "%s() takes exactly one argument here (%d given).", name, nargs + e->call.keywords.len);
    if (!nb_is_number(at[0]) || nb_is_complex(at[0])) ERR(e->pos, "%s() of %s is not supported.", name, tystr(at[0], s1, sizeof s1));
    if (is_math && (!strcmp(base, "floor") || !strcmp(base, "ceil") || !strcmp(base, "trunc"))) return nb_scalar(DT_INT64);
    /* np.sqrt of a small int or a bool takes NumPy's 'f' loop, as for arrays */
    if (is_np && !nb_is_float(at[0])) return nb_scalar(ufunc_float_dt(nb_type(at[0])->dtype));
    return float_result(at[0]); /* math.sin(float32) is float32 in Numba too */
  }
  if (is_math && (!strcmp(base, "floor") || !strcmp(base, "ceil") || !strcmp(base, "trunc")) && nargs == 1 &&
      nb_is_number(at[0]) && !nb_is_complex(at[0]))
    return nb_scalar(DT_INT64);
  if ((is_np || is_math) && (!strcmp(base, "isnan") || !strcmp(base, "isinf") || !strcmp(base, "isfinite")) && nargs == 1 &&
      nb_is_number(at[0]))
    return nb_scalar(DT_BOOL);
  if ((is_np && (!strcmp(base, "abs") || !strcmp(base, "absolute"))) && nargs == 1 && nb_is_number(at[0])) {
    const NbTypeInfo *a = nb_type(at[0]);
    if (dt_is_complex((DType)a->dtype)) return nb_scalar(a->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64);
    return a->dtype == DT_BOOL ? nb_scalar(DT_BOOL) : at[0];
  }
  if (is_np && nb_is_np_round(base) && nargs >= 1 && nargs <= 2 && !e->call.keywords.len && nb_is_number(at[0]) &&
      !nb_is_bool(at[0]) && !nb_is_complex(at[0]) && (nargs == 1 || nb_is_int(at[1])))
    return at[0]; /* Numba's Round: the argument's type (ints round to themselves) */
  if (is_np && !strcmp(base, "sign") && nargs == 1 && nb_is_number(at[0]) && !nb_is_complex(at[0]))
    return nb_is_bool(at[0]) ? nb_scalar(DT_INT8) : at[0]; /* bool takes the int8 loop */
  if (((is_np && (!strcmp(base, "arctan2") || !strcmp(base, "hypot") || !strcmp(base, "power") ||
                  !strcmp(base, "copysign") || !strcmp(base, "fmod"))) ||
       (is_math && (!strcmp(base, "atan2") || !strcmp(base, "hypot") || !strcmp(base, "pow") ||
                    !strcmp(base, "copysign")))) ) {
    if (nargs != 2 || !nb_is_number(at[0]) || !nb_is_number(at[1]) || nb_is_complex(at[0]) || nb_is_complex(at[1]))
      ERR(e->pos, "%s() takes two real numbers here.", name);
    if (is_np && !strcmp(base, "power")) return binop_type(w, e->pos, AST_OP_Pow, at[0], at[1]);
    /* the float32 version (atan2f(y, x)) where a float32 meets a float32 or
    ** a type that converts to it safely (Numba's overload ranking, NumPy's
    ** 'ff->f' loop); math.pow's other versions rank first unless both are
    ** float32 */
    int d0 = nb_type(at[0])->dtype, d1 = nb_type(at[1])->dtype;
    if (is_np && strcmp(base, "fmod")) return nb_scalar(ufunc_float_dt2(d0, d1)); /* the ufunc's loop, as for arrays */
    bool f32 = is_math && !strcmp(base, "pow")
                   ? d0 == DT_FLOAT32 && d1 == DT_FLOAT32
                   : (d0 == DT_FLOAT32 || d1 == DT_FLOAT32) && safe_in_float32(d0, is_np) && safe_in_float32(d1, is_np);
    return nb_scalar(f32 ? DT_FLOAT32 : DT_FLOAT64);
  }
  if (is_np && !strcmp(base, "dot") && nargs == 2 && e->call.keywords.len == 0) return ty_dot(w, e->pos, at[0], at[1]);
  if (is_np && (!strcmp(base, "hstack") || !strcmp(base, "vstack") || !strcmp(base, "stack")) && nargs == 1 &&
      e->call.keywords.len == 0) {
    int d, nd = array_tuple(at[0], &d);
    if (nd < 1 || (base[0] == 'h' && nd > 2))
      ERR(e->pos, "np.%s() takes a tuple of arrays of one dimensionality here (1-d or 2-d for hstack; got %s).", base,
          tystr(at[0], s1, sizeof s1));
    return nb_array(d, base[0] == 's' || (base[0] == 'v' && nd == 1) ? nd + 1 : nd, 'C');
  }
  if (is_np && !strcmp(base, "clip") && nargs == 3 && e->call.keywords.len == 0 && nb_is_array(at[0]) &&
      !nb_is_complex(nb_scalar(nb_type(at[0])->dtype)) && nb_is_number(at[1]) && nb_is_number(at[2]) &&
      !nb_is_complex(at[1]) && !nb_is_complex(at[2]))
    return nb_array(nb_type(at[0])->dtype, nb_type(at[0])->ndim, 'C'); /* Numba: out = np.empty_like(a) */
  if (is_np && !strcmp(base, "unique") && nargs == 1 && e->call.keywords.len == 0 && nb_is_array(at[0]) &&
      !nb_is_complex(nb_scalar(nb_type(at[0])->dtype)))
    return nb_array(nb_type(at[0])->dtype, 1, 'C');
  if (is_np && !strcmp(base, "concatenate") && nargs == 1 && e->call.keywords.len == 0) {
    int d, nd = array_tuple(at[0], &d);
    if (nd < 1) ERR(e->pos, "np.concatenate() takes a tuple of arrays of one dimensionality here (got %s).", tystr(at[0], s1, sizeof s1));
    return nb_array(d, nd, 'C');
  }
  if (is_np && (!strcmp(base, "diff") || !strcmp(base, "sort") || !strcmp(base, "count_nonzero")) && nargs == 1 &&
      e->call.keywords.len == 0 && nb_is_array(at[0])) {
    const NbTypeInfo *ai = nb_type(at[0]);
    if (!strcmp(base, "count_nonzero")) return nb_scalar(DT_INT64);
    if (ai->ndim != 1 || dt_is_complex((DType)ai->dtype)) ERR(e->pos, "np.%s() of %s is not supported here (1-d real arrays are).", base, tystr(at[0], s1, sizeof s1));
    return nb_array(ai->dtype, 1, 'C');
  }
  if (is_np && !strcmp(base, "outer") && nargs == 2 && e->call.keywords.len == 0 && nb_is_array(at[0]) && nb_is_array(at[1]) &&
      !nb_is_complex(nb_scalar(nb_type(at[0])->dtype)) && !nb_is_complex(nb_scalar(nb_type(at[1])->dtype)))
    return nb_array(dt_promote((DType)nb_type(at[0])->dtype, (DType)nb_type(at[1])->dtype), 2, 'C');
  if (is_np && !strcmp(base, "linspace") && (nargs == 2 || nargs == 3) && e->call.keywords.len == 0) {
    for (int i = 0; i < nargs; i++)
      if (!nb_is_number(at[i]) || nb_is_complex(at[i]) || (i == 2 && !nb_is_int(at[i])))
        ERR(e->pos, "np.linspace() takes real start and stop and an integer num here.");
    return nb_array(DT_FLOAT64, 1, 'C');
  }
  if (is_np && (!strcmp(base, "nonzero") || !strcmp(base, "where")) && nargs == 1 && e->call.keywords.len == 0) {
    if (!nb_is_array(at[0]) || nb_is_complex(nb_scalar(nb_type(at[0])->dtype)))
      ERR(e->pos, "np.%s() of %s is not supported here.", base, tystr(at[0], s1, sizeof s1));
    NbTy items[ARR_MAXDIMS];
    for (int k = 0; k < nb_type(at[0])->ndim; k++) items[k] = nb_array(DT_INT64, 1, 'C');
    return nb_tuple(nb_type(at[0])->ndim, items);
  }
  if (is_np && !strcmp(base, "where") && nargs == 3 && e->call.keywords.len == 0) {
    int nd = 0;
    for (int i = 0; i < 3; i++) {
      const NbTypeInfo *ai = nb_type(at[i]);
      if ((ai->kind != NK_ARRAY && ai->kind != NK_SCALAR) || dt_is_complex((DType)ai->dtype))
        ERR(e->pos, "np.where() of %s is not supported in @njit functions.", tystr(at[i], s1, sizeof s1));
      if (ai->kind == NK_ARRAY && ai->ndim > nd) nd = ai->ndim;
    }
    if (!nd) ERR(e->pos, "np.where() with three scalars is not supported here.");
    return nb_array(dt_promote((DType)nb_type(at[1])->dtype, (DType)nb_type(at[2])->dtype), nd, 'C');
  }
  if (is_np && (!strcmp(base, "maximum") || !strcmp(base, "minimum")) && nargs == 2 && nb_is_number(at[0]) && nb_is_number(at[1]))
    return nb_unify(at[0], at[1]);
  if (is_np && (!strcmp(base, "empty") || !strcmp(base, "zeros") || !strcmp(base, "ones"))) {
    AstExpr *sh = nb_call_arg(e, 0, "shape");
    if (!sh) ERR(e->pos, "np.%s() needs a shape.", base);
    int nd = shape_ndim(nb_expr_type(w->u, w->f, sh));
    if (nd < 0) ERR(sh->pos, "np.%s() shape must be an integer or a tuple of integers.", base);
    AstExpr *dte = nb_call_arg(e, 1, "dtype");
    int d = dte ? nb_dtype_arg(w->u, w->f, dte, true) : DT_FLOAT64;
    if (d < 0) ERR(dte->pos, "np.%s(): unsupported dtype argument%s.", base, dtype_hint(w->u, w->f, dte));
    return nb_array(d, nd, 'C');
  }
  if (is_np && !strcmp(base, "full")) {
    AstExpr *sh = nb_call_arg(e, 0, "shape"), *fv = nb_call_arg(e, 1, "fill_value");
    if (!sh || !fv) ERR(e->pos, "np.full() needs a shape and a fill value.");
    int nd = shape_ndim(nb_expr_type(w->u, w->f, sh));
    if (nd < 0) ERR(sh->pos, "np.full() shape must be an integer or a tuple of integers.");
    NbTy ft = nb_expr_type(w->u, w->f, fv);
    if (!nb_is_number(ft)) ERR(fv->pos, "np.full() fill value must be a number here.");
    AstExpr *dte = nb_call_arg(e, 2, "dtype");
    int d = dte ? nb_dtype_arg(w->u, w->f, dte, false) : nb_type(ft)->dtype;
    if (d < 0) ERR(dte->pos, "np.full(): unsupported dtype argument%s.", dtype_hint(w->u, w->f, dte));
    return nb_array(d, nd, 'C');
  }
  if (is_np && (!strcmp(base, "empty_like") || !strcmp(base, "zeros_like") || !strcmp(base, "ones_like"))) {
    if (nargs < 1 || !nb_is_array(at[0])) ERR(e->pos, "np.%s() needs an array argument.", base);
    AstExpr *dte = nb_call_arg(e, 1, "dtype");
    int d = dte ? nb_dtype_arg(w->u, w->f, dte, false) : nb_type(at[0])->dtype;
    if (d < 0) ERR(dte->pos, "np.%s(): unsupported dtype argument%s.", base, dtype_hint(w->u, w->f, dte));
    return nb_array(d, nb_type(at[0])->ndim, 'C');
  }
  if (is_np && !strcmp(base, "arange")) {
    if (nargs < 1 || nargs > 3) ERR(e->pos, "np.arange() takes 1 to 3 arguments here.");
    int d = DT_INT64;
    bool any_unsigned = false;
    for (int i = 0; i < nargs; i++) {
      /* Numba's overload accepts types.Number only: bool is not one */
      if (!nb_is_number(at[i]) || nb_is_complex(at[i]) || nb_is_bool(at[i]))
        ERR(e->pos, "np.arange() arguments must be real numbers.");
      if (nb_is_float(at[i])) d = DT_FLOAT64;
      if (dt_is_unsigned((DType)nb_type(at[i])->dtype)) any_unsigned = true;
    }
    AstExpr *dte = kwarg(e, "dtype");
    if (dte) d = nb_dtype_arg(w->u, w->f, dte, false);
    /* Without a dtype and float bounds, Numba takes max() of the integer
    ** types and int64, and Numba's integer types only order within one
    ** signedness: an unsigned bound fails to type there */
    if (!dte && d != DT_FLOAT64 && any_unsigned)
      ERR(e->pos, "np.arange() of unsigned integer bounds needs a dtype argument (Numba cannot order uint against int64).");
    if (d < 0) ERR(e->pos, "np.arange(): unsupported dtype argument%s.", dtype_hint(w->u, w->f, dte));
    return nb_array(d, 1, 'C');
  }
  if (is_rand) {
    if ((!strcmp(base, "random") || !strcmp(base, "rand") || !strcmp(base, "random_sample")) && nargs == 0) return nb_scalar(DT_FLOAT64);
    if ((!strcmp(base, "random") || !strcmp(base, "random_sample") || !strcmp(base, "randn") || !strcmp(base, "standard_normal")) &&
        nargs == 1 && shape_ndim(at[0]) > 0)
      return nb_array(DT_FLOAT64, shape_ndim(at[0]), 'C');
    if (!strcmp(base, "rand") && nargs >= 1) {
      for (int i = 0; i < nargs; i++)
        if (!nb_is_int(at[i])) ERR(e->pos, "np.random.rand() dimensions must be integers.");
      return nb_array(DT_FLOAT64, nargs, 'C');
    }
    if (!strcmp(base, "shuffle") && nargs == 1 && nb_is_array(at[0])) return nb_none();
    if (!strcmp(base, "choice") && nargs == 1 && nb_is_int(at[0])) return nb_scalar(DT_INT64);
    if (!strcmp(base, "choice") && nargs == 1 && nb_is_array(at[0])) return nb_scalar(nb_type(at[0])->dtype);
    if (!strcmp(base, "permutation") && nargs == 1 && nb_is_int(at[0])) return nb_array(DT_INT64, 1, 'C');
    if (!strcmp(base, "permutation") && nargs == 1 && nb_is_array(at[0])) return nb_array(nb_type(at[0])->dtype, nb_type(at[0])->ndim, 'C');
    if ((!strcmp(base, "randn") || !strcmp(base, "standard_normal")) && nargs == 0) return nb_scalar(DT_FLOAT64);
    if (!strcmp(base, "seed") && nargs == 1 && nb_is_int(at[0])) return nb_none();
    if ((!strcmp(base, "normal") || !strcmp(base, "uniform")) && nargs <= 2 && e->call.keywords.len == 0) {
      for (int i = 0; i < nargs; i++)
        if (!nb_is_number(at[i]) || nb_is_complex(at[i])) ERR(e->pos, "np.random.%s() arguments must be real numbers.", base);
      return nb_scalar(DT_FLOAT64);
    }
    if (!strcmp(base, "randint") && nargs >= 1 && nargs <= 2 && nb_is_int(at[0]) && (nargs == 1 || nb_is_int(at[1])))
      return nb_scalar(DT_INT64);
    ERR(e->pos, "np.random.%s() with these arguments is not supported in @njit functions.", base);
  }
  if (!strncmp(name, "random.", 7)) return ty_pyrandom(w, e, base, nargs, at);
  ERR(e->pos, "Unsupported function %s() in @njit code (or unsupported argument types).", name);
}

static bool is_ellipsis(const AstExpr *e) { return e->kind == AST_E_Constant && e->constant.kind == AST_CONST_Ellipsis; }

/* a[..., i] & co. on an array of ndim dimensions: the Ellipsis replaced by
** the full slices it stands for, in the AST itself while this unit is
** compiled (every later pass and lower.c see plain slices); nb_unit_free
** puts the index back, as another compile may see another ndim. False
** after an error. */
static bool expand_ellipsis(Walk *w, AstExpr *e, int ndim) {
  NbUnit *u = w->u;
  for (size_t i = 0; i < u->ellipses.n; i++) {
    if (u->ellipses.items[i].sub != e) continue;
    if (u->ellipses.items[i].ndim == ndim) return true;
    nb_error_at(u, w->f, e->pos, "Indexing with '...' arrays of different dimensions in one compile is not supported.");
    return false;
  }
  AstExpr *sl = e->subscript.slice;
  int n = sl->kind == AST_E_Tuple ? sl->seq.elts.len : 1;
  AstExpr **idx = sl->kind == AST_E_Tuple ? sl->seq.elts.items : &e->subscript.slice;
  int at = -1;
  for (int i = 0; i < n; i++) {
    if (!is_ellipsis(idx[i])) continue;
    if (at >= 0) {
      nb_error_at(u, w->f, idx[i]->pos, "an index can only have a single ellipsis ('...').");
      return false;
    }
    at = i;
  }
  if (at < 0) return true;
  if (n == 1 && e->subscript.ctx == AST_CTX_Load) { /* Numba has no lowering for it */
    nb_error_at(u, w->f, e->pos, "No definition for lowering <built-in function getitem>(array, ...): a[...] is not supported "
                "in @njit functions.");
    return false;
  }
  int nfull = ndim - (n - 1);
  if (nfull < 0) nfull = 0; /* too many indices: ty_subscript says so */
  int m = n - 1 + nfull;
  /* one block: the Tuple, its item pointers, the slices */
  char *blk = calloc(1, sizeof(AstExpr) * (size_t)(1 + nfull) + sizeof(AstExpr *) * (size_t)(m ? m : 1));
  if (!blk) {
    nb_error_at(u, w->f, e->pos, "Out of memory.");
    return false;
  }
  AstExpr *tup = (AstExpr *)blk, *slices = tup + 1;
  AstExpr **items = (AstExpr **)(slices + nfull);
  tup->kind = AST_E_Tuple;
  tup->pos = sl->pos;
  tup->seq.ctx = AST_CTX_Load;
  tup->seq.elts.items = items;
  tup->seq.elts.len = m;
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (i != at) {
      items[k++] = idx[i];
      continue;
    }
    for (int j = 0; j < nfull; j++) {
      slices[j].kind = AST_E_Slice;
      slices[j].pos = idx[i]->pos;
      items[k++] = &slices[j];
    }
  }
  NbEllipsis rec = {e, sl, (AstExpr *)blk, ndim};
  vec_push(u->ellipses, rec);
  /* a single remaining index is written without the tuple, as Python's AST has it */
  e->subscript.slice = m == 1 ? items[0] : tup;
  return true;
}

static NbTy ty_subscript(Walk *w, AstExpr *e) {
  NbTy bt = ty_expr(w, e->subscript.value);
  if (!bt) return NB_UNKNOWN;
  const NbTypeInfo *b = nb_type(bt);
  if (b->kind == NK_ARRAY && !expand_ellipsis(w, e, b->ndim)) return NB_UNKNOWN;
  AstExpr *sl = e->subscript.slice;
  char s1[96], s2[96];
  AstExpr *fancy_ix;
  const char *fancy = b->kind == NK_ARRAY ? nb_np_fancy2d(w->u, w->f, e, &fancy_ix) : NULL;
  if (fancy) { /* m[rows], m[:, cols]: a call of the implementation */
    NbTy args[2] = {bt, ty_expr(w, fancy_ix)};
    NbFunc *g = args[1] && !w->u->err.len ? nb_np_impl_func(w->u, fancy, 2, args) : NULL;
    return g ? g->ret : NB_UNKNOWN;
  }
  if (b->kind == NK_ARRAY) {
    int nidx = sl->kind == AST_E_Tuple ? sl->seq.elts.len : 1;
    AstExpr **idx = sl->kind == AST_E_Tuple ? sl->seq.elts.items : &e->subscript.slice;
    if (nidx > b->ndim) ERR(sl->pos, "too many indices for array: array is %d-dimensional, but %d were indexed.", b->ndim, nidx);
    int nint = 0;
    for (int i = 0; i < nidx; i++) {
      if (idx[i]->kind == AST_E_Slice) {
        AstExpr *parts[3] = {idx[i]->slice.lower, idx[i]->slice.upper, idx[i]->slice.step};
        for (int k = 0; k < 3; k++) {
          if (!parts[k]) continue;
          NbTy pt = ty_expr(w, parts[k]);
          if (!pt) return NB_UNKNOWN;
          if (!nb_is_int(pt) && !nb_is_bool(pt) && nb_type(pt)->kind != NK_NONE)
            ERR(parts[k]->pos, "slice indices must be integers, not %s.", tystr(pt, s1, sizeof s1));
        }
        continue;
      }
      nint++;
      NbTy it = ty_expr(w, idx[i]);
      if (it && nb_is_array(it)) {
        const NbTypeInfo *ii = nb_type(it);
        if (nidx == 1 && b->ndim == 1 && ii->ndim == 1 && (ii->dtype == DT_BOOL || dt_is_int((DType)ii->dtype)))
          return nb_array(b->dtype, 1, 'C');
        ERR(idx[i]->pos, "No implementation of getitem for %s with index %s: only a 1-d integer or boolean array "
            "indexing a 1-d array is supported.", tystr(bt, s1, sizeof s1), tystr(it, s2, sizeof s2));
      }
      if (!it) return NB_UNKNOWN;
      if (!nb_is_int(it) && !nb_is_bool(it))
        ERR(idx[i]->pos, "No implementation of getitem for %s with index %s: array indices must be integers.",
            tystr(bt, s1, sizeof s1), tystr(it, s2, sizeof s2));
    }
    if (nint == b->ndim) return nb_scalar(b->dtype);
    if (nint < nidx) return nb_array(b->dtype, b->ndim - nint, 'A');
    return nb_array(b->dtype, b->ndim - nidx, b->layout);
  }
  if (b->kind == NK_TUPLE) {
    if (sl->kind == AST_E_Constant && sl->constant.kind == AST_CONST_Int) {
      int64_t k = sl->constant.i;
      if (k < 0) k += b->n;
      if (k < 0 || k >= b->n) ERR(sl->pos, "tuple index out of range (index %lld of %s).", (long long)sl->constant.i, tystr(bt, s1, sizeof s1));
      return b->items[k];
    }
    if (sl->kind == AST_E_UnaryOp && sl->unaryop.op == AST_UOP_USub && sl->unaryop.operand->kind == AST_E_Constant &&
        sl->unaryop.operand->constant.kind == AST_CONST_Int) {
      int64_t k = b->n - sl->unaryop.operand->constant.i;
      if (k < 0 || k >= b->n) ERR(sl->pos, "tuple index out of range.");
      return b->items[k];
    }
    int64_t start, step, count;
    if (nb_const_slice(sl, b->n, &start, &step, &count)) { /* a new tuple of the items sliced */
      NbTy items[count > 0 ? count : 1];
      for (int64_t k = 0; k < count; k++) items[k] = b->items[start + k * step];
      return nb_tuple((int)count, items);
    }
    if (sl->kind == AST_E_Slice) ERR(sl->pos, "Cannot slice %s by a slice that is not constant.", tystr(bt, s1, sizeof s1));
    NbTy it = ty_expr(w, sl);
    if (!it) return NB_UNKNOWN;
    bool uni = b->n > 0;
    for (int i = 1; i < b->n; i++)
      if (b->items[i] != b->items[0]) uni = false;
    if (uni && nb_is_int(it)) return b->items[0];
    ERR(sl->pos, "Cannot index %s with %s (heterogeneous tuples need a constant index).", tystr(bt, s1, sizeof s1), tystr(it, s2, sizeof s2));
  }
  if (b->kind == NK_STR) { /* a code point, or a slice: a new str */
    if (sl->kind == AST_E_Slice) {
      AstExpr *parts[3] = {sl->slice.lower, sl->slice.upper, sl->slice.step};
      for (int k = 0; k < 3; k++) {
        NbTy pt = parts[k] ? ty_expr(w, parts[k]) : nb_scalar(DT_INT64);
        if (!pt) return NB_UNKNOWN;
        if (!nb_is_int(pt) && !nb_is_bool(pt)) ERR(parts[k]->pos, "slice indices must be integers, not %s.", tystr(pt, s1, sizeof s1));
      }
      return bt;
    }
    NbTy it = ty_expr(w, sl);
    if (!it) return NB_UNKNOWN;
    if (!nb_is_int(it) && !nb_is_bool(it)) ERR(sl->pos, "string indices must be integers, not %s.", tystr(it, s1, sizeof s1));
    return bt;
  }
  if (b->kind == NK_DICT) {
    NbTy kt = ty_expr(w, sl);
    if (!kt) return NB_UNKNOWN;
    if (!dict_key_ok(kt)) ERR(sl->pos, "Dict keys of type %s are not supported in @njit functions.", tystr(kt, s1, sizeof s1));
    return dict_value(w, e, bt);
  }
  if (b->kind == NK_LIST) {
    if (sl->kind == AST_E_Slice) {
      AstExpr *parts[3] = {sl->slice.lower, sl->slice.upper, sl->slice.step};
      for (int k = 0; k < 3; k++) {
        if (!parts[k]) continue;
        NbTy pt = ty_expr(w, parts[k]);
        if (!pt) return NB_UNKNOWN;
        if (!nb_is_int(pt) && !nb_is_bool(pt)) ERR(parts[k]->pos, "slice indices must be integers, not %s.", tystr(pt, s1, sizeof s1));
      }
      return bt;
    }
    NbTy it = ty_expr(w, sl);
    if (!it) return NB_UNKNOWN;
    if (!nb_is_int(it) && !nb_is_bool(it))
      ERR(sl->pos, "No implementation of getitem for %s with index %s: list indices must be integers.", tystr(bt, s1, sizeof s1),
          tystr(it, s2, sizeof s2));
    if (!b->items[0]) ERR(e->pos, "Cannot infer the type of the items of %s (append to it first).", tystr(bt, s1, sizeof s1));
    return b->items[0];
  }
  NbTy it = ty_expr(w, sl);
  ERR(e->pos, "No implementation of getitem for %s with index %s.", tystr(bt, s1, sizeof s1), it ? tystr(it, s2, sizeof s2) : "?");
}

static NbTy ty_closure(Walk *w, AstExpr *lambda, AstStmt *def);

/* nb_folded_int for typing: a constant past int64 is a TypingError, as
** Numba's (streak has no uint64 literals). */
static NbIntFold folded_int(Walk *w, AstExpr *e) {
  char big[64];
  int64_t v;
  NbIntFold k = nb_folded_int(e, &v, big, sizeof big);
  if (k == NB_FOLD_BIG && w->final) nb_error_at(w->u, w->f, e->pos, "Int value is too large: %s", big);
  return k;
}

static NbTy ty_expr_inner(Walk *w, AstExpr *e) {
  char s1[96], s2[96];
  switch (e->kind) {
  case AST_E_Constant:
    switch (e->constant.kind) {
    case AST_CONST_None: return nb_none();
    case AST_CONST_True: case AST_CONST_False: return nb_scalar(DT_BOOL);
    case AST_CONST_Int: return nb_scalar(DT_INT64);
    case AST_CONST_BigInt: {
      char big[64];
      int64_t v;
      if (nb_folded_int(e, &v, big, sizeof big) != NB_FOLD_BIG) ERR(e->pos, "Integer literal too large for int64.");
      ERR(e->pos, "Int value is too large: %s", big);
    }
    case AST_CONST_Float: return nb_scalar(DT_FLOAT64);
    case AST_CONST_Imag: return nb_scalar(DT_COMPLEX128);
    case AST_CONST_Str: return nb_str();
    default: ERR(e->pos, "Unsupported constant.");
    }
  case AST_E_Name: {
    NbLocal *l = nb_local(w->f, e->name.id);
    if (l) {
      if (!l->ty) ERR(e->pos, "The type of variable '%s' could not be inferred (is it assigned before use?).", e->name.id);
      return l->ty;
    }
    if (is_assigned(w, e->name.id)) {
      if (w->final) ERR(e->pos, "Variable '%s' is used before it is assigned.", e->name.id);
      return NB_UNKNOWN;
    }
    NbTy t = nb_global(w->u, w->f, e->name.id, NULL);
    if (!t) ERR(e->pos, "Untyped global name '%s': name '%s' is not defined.", e->name.id, e->name.id);
    return t;
  }
  case AST_E_BinOp: {
    double folded;
    if (nb_folded_pow(e, &folded)) return nb_scalar(DT_FLOAT64);
    switch (folded_int(w, e)) {
    case NB_FOLD_I64: return nb_scalar(DT_INT64);
    case NB_FOLD_BIG: return NB_UNKNOWN;
    case NB_FOLD_NO: break;
    }
    NbTy a = ty_expr(w, e->binop.left), b = ty_expr(w, e->binop.right);
    if (!a || !b) return NB_UNKNOWN;
    return binop_type(w, e->pos, e->binop.op, a, b);
  }
  case AST_E_UnaryOp: {
    switch (folded_int(w, e)) {
    case NB_FOLD_I64: return nb_scalar(DT_INT64);
    case NB_FOLD_BIG: return NB_UNKNOWN;
    case NB_FOLD_NO: break;
    }
    NbTy a = ty_expr(w, e->unaryop.operand);
    if (!a) return NB_UNKNOWN;
    const NbTypeInfo *i = nb_type(a);
    if (e->unaryop.op == AST_UOP_Not) {
      if (i->kind == NK_SCALAR || i->kind == NK_NONE) return nb_scalar(DT_BOOL);
      ERR(e->pos, "'not' of %s is not supported.", tystr(a, s1, sizeof s1));
    }
    if (i->kind != NK_SCALAR) {
      if (i->kind == NK_ARRAY && e->unaryop.op == AST_UOP_USub && i->dtype != DT_BOOL)
        return nb_array(i->dtype, i->ndim, 'C');
      if (i->kind == NK_ARRAY && e->unaryop.op == AST_UOP_UAdd) /* np.positive: a copy; bool takes the 'b' loop */
        return nb_array(i->dtype == DT_BOOL ? DT_INT8 : i->dtype, i->ndim, 'C');
      if (i->kind == NK_ARRAY && e->unaryop.op == AST_UOP_Invert && (i->dtype == DT_BOOL || dt_is_int((DType)i->dtype)))
        return nb_array(i->dtype, i->ndim, 'C');
      ERR(e->pos, "No implementation of unary '%s' for %s.", ast_unaryop_name(e->unaryop.op), tystr(a, s1, sizeof s1));
    }
    if (e->unaryop.op == AST_UOP_Invert) {
      if (i->dtype == DT_BOOL) return nb_scalar(DT_BOOL);
      if (!dt_is_int((DType)i->dtype)) ERR(e->pos, "Bitwise inversion of %s is not supported.", tystr(a, s1, sizeof s1));
      return nb_scalar(dt_is_unsigned((DType)i->dtype) ? DT_UINT64 : DT_INT64);
    }
    if (i->dtype == DT_BOOL || dt_is_int((DType)i->dtype)) return nb_scalar(dt_is_unsigned((DType)i->dtype) ? DT_UINT64 : DT_INT64);
    return a;
  }
  case AST_E_BoolOp: {
    NbTy r = NB_UNKNOWN;
    for (int i = 0; i < e->boolop.values.len; i++) {
      NbTy t = ty_expr(w, e->boolop.values.items[i]);
      if (!t) return NB_UNKNOWN;
      if (!nb_is_number(t)) ERR(e->boolop.values.items[i]->pos, "'%s' of %s is not supported.", ast_boolop_name(e->boolop.op), tystr(t, s1, sizeof s1));
      NbTy u2 = nb_unify(r, t);
      if (!u2) ERR(e->pos, "Cannot unify %s and %s in a boolean expression.", tystr(r, s1, sizeof s1), tystr(t, s2, sizeof s2));
      r = u2;
    }
    return r;
  }
  case AST_E_Compare: {
    if (e->compare.n == 1 && (e->compare.ops[0] == AST_CMP_Is || e->compare.ops[0] == AST_CMP_IsNot)) {
      /* x is None: optional values kept as such */
      if (!ty_expr_keep(w, e->compare.left) || !ty_expr_keep(w, e->compare.comparators[0])) return NB_UNKNOWN;
      return nb_scalar(DT_BOOL);
    }
    NbTy l = ty_expr(w, e->compare.left);
    if (!l) return NB_UNKNOWN;
    if (e->compare.n == 1) {
      NbTy r = ty_expr(w, e->compare.comparators[0]);
      if (!r) return NB_UNKNOWN;
      const NbTypeInfo *a = nb_type(l), *b = nb_type(r);
      AstCmpOp op = e->compare.ops[0];
      if ((a->kind == NK_ARRAY || b->kind == NK_ARRAY) && (a->kind == NK_ARRAY || a->kind == NK_SCALAR) &&
          (b->kind == NK_ARRAY || b->kind == NK_SCALAR) && op != AST_CMP_In && op != AST_CMP_NotIn && op != AST_CMP_Is &&
          op != AST_CMP_IsNot &&
          ((!dt_is_complex((DType)a->dtype) && !dt_is_complex((DType)b->dtype)) || op == AST_CMP_Eq || op == AST_CMP_NotEq)) {
        /* complex operands: == and != only (Numba has no ordering operators for them) */
        int nd = a->kind == NK_ARRAY ? a->ndim : 0;
        if (b->kind == NK_ARRAY && b->ndim > nd) nd = b->ndim;
        return nb_array(DT_BOOL, nd, 'C');
      }
    }
    for (int i = 0; i < e->compare.n; i++) {
      NbTy r = ty_expr(w, e->compare.comparators[i]);
      if (!r) return NB_UNKNOWN;
      AstCmpOp op = e->compare.ops[i];
      const NbTypeInfo *a = nb_type(l), *b = nb_type(r);
      bool ok = false;
      if (op == AST_CMP_Is || op == AST_CMP_IsNot) ok = true;
      else if (a->kind == NK_SCALAR && b->kind == NK_SCALAR) {
        ok = (op == AST_CMP_Eq || op == AST_CMP_NotEq) ||
             (!dt_is_complex((DType)a->dtype) && !dt_is_complex((DType)b->dtype) && op != AST_CMP_In && op != AST_CMP_NotIn);
      } else if (a->kind == NK_NONE && b->kind == NK_NONE && (op == AST_CMP_Eq || op == AST_CMP_NotEq)) ok = true;
      else if (a->kind == NK_STR && b->kind == NK_STR) ok = true; /* comparisons, and `in` as substring */
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && dict_key_ok(l) && b->kind == NK_DICT) ok = true;
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && b->kind == NK_SET && b->items[0] && a->kind == NK_SCALAR &&
               !dt_is_complex((DType)a->dtype))
        ok = true;
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && a->kind == NK_SCALAR && b->kind == NK_LIST &&
               (!b->items[0] || nb_is_number(b->items[0])))
        ok = true;
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && a->kind == NK_STR && b->kind == NK_LIST && b->items[0] == l)
        ok = true; /* a str in a list of strs */
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && a->kind == NK_SCALAR && b->kind == NK_ARRAY)
        ok = true; /* == against each element, any shape (Numba's array_contains: np.nditer) */
      else if (a->kind == NK_TUPLE && b->kind == NK_TUPLE && op != AST_CMP_In && op != AST_CMP_NotIn)
        ok = items_compare(l, r, op);
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && b->kind == NK_RANGE)
        ok = true; /* Numba's impl_contains: False for a value that is not a number */
      else if ((op == AST_CMP_In || op == AST_CMP_NotIn) && b->kind == NK_TUPLE) { /* == against each item of a UniTuple */
        ok = true;
        for (int k = 0; k < b->n; k++) ok = ok && b->items[k] == b->items[0] && items_compare(l, b->items[k], AST_CMP_Eq);
      }
      if (!ok)
        ERR(e->pos, "No implementation of comparison '%s' for %s and %s.", ast_cmpop_symbol(op), tystr(l, s1, sizeof s1), tystr(r, s2, sizeof s2));
      l = r;
    }
    return nb_scalar(DT_BOOL);
  }
  case AST_E_IfExp: {
    int known = nb_static_cond(w->u, w->f, e->ifexp.test);
    if (known >= 0) return ty_expr(w, known ? e->ifexp.body : e->ifexp.orelse); /* the dead arm pruned */
    NbTy c = ty_expr(w, e->ifexp.test);
    NbTy a = ty_expr(w, e->ifexp.body), b = ty_expr(w, e->ifexp.orelse);
    if (!c || !a || !b) return NB_UNKNOWN;
    NbTy r = nb_unify(a, b);
    if (!r) ERR(e->pos, "Cannot unify %s and %s in a conditional expression.", tystr(a, s1, sizeof s1), tystr(b, s2, sizeof s2));
    return r;
  }
  case AST_E_Tuple: {
    int n = e->seq.elts.len;
    NbTy items[n + 1];
    for (int i = 0; i < n; i++) {
      if (e->seq.elts.items[i]->kind == AST_E_Starred) ERR(e->pos, "Starred expressions are not supported in @njit functions.");
      items[i] = ty_expr_keep(w, e->seq.elts.items[i]); /* a tuple holds optional values as such */
      if (!items[i]) return NB_UNKNOWN;
    }
    return nb_tuple(n, items);
  }
  case AST_E_Call: return ty_call(w, e);
  case AST_E_Subscript: return ty_subscript(w, e);
  case AST_E_Attribute: {
    NbTy ot = ty_expr(w, e->attribute.value);
    if (!ot) return NB_UNKNOWN;
    const NbTypeInfo *o = nb_type(ot);
    const char *a = e->attribute.attr;
    if (o->kind == NK_MODULE) {
      NbTy t = nb_attr_of_module(w->u, ot, a, NULL);
      if (!t) ERR(e->pos, "Unknown attribute '%s' of module '%s'.", a, o->name);
      return t;
    }
    if (o->kind == NK_ARRAY) {
      if (!strcmp(a, "shape") || !strcmp(a, "strides")) {
        NbTy items[ARR_MAXDIMS];
        for (int i = 0; i < o->ndim; i++) items[i] = nb_scalar(DT_INT64);
        return nb_tuple(o->ndim, items);
      }
      if (!strcmp(a, "size") || !strcmp(a, "ndim") || !strcmp(a, "itemsize")) return nb_scalar(DT_INT64);
      if (!strcmp(a, "dtype")) return nb_dtype_ty(o->dtype);
      if (!strcmp(a, "T")) return o->ndim == 1 ? ot : nb_array(o->dtype, o->ndim, 'A');
      if (!strcmp(a, "real") && !dt_is_complex((DType)o->dtype)) return ot; /* the array itself, as Numba */
      if ((!strcmp(a, "real") || !strcmp(a, "imag")) && dt_is_complex((DType)o->dtype)) /* views of the parts */
        return nb_array(o->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64, o->ndim, 'A');
    }
    if (o->kind == NK_FUNC && ((!strcmp(o->name, "numba.typed.List") && !strcmp(a, "empty_list")) ||
                               (!strcmp(o->name, "numba.typed.Dict") && !strcmp(a, "empty")))) {
      char buf[64];
      snprintf(buf, sizeof buf, "%s.%s", o->name, a);
      return nb_named(NK_FUNC, buf, NULL); /* List.empty_list, Dict.empty */
    }
    if (o->kind == NK_SCALAR && (!strcmp(a, "real") || !strcmp(a, "imag"))) {
      if (dt_is_complex((DType)o->dtype)) return nb_scalar(o->dtype == DT_COMPLEX64 ? DT_FLOAT32 : DT_FLOAT64);
      return ot;
    }
    ERR(e->pos, "Unknown attribute '%s' of type %s.", a, tystr(ot, s1, sizeof s1));
  }
  case AST_E_List: return ty_list_literal(w, e);
  case AST_E_Dict: return ty_dict_literal(w, e);
  case AST_E_Set: return ty_set_literal(w, e);
  case AST_E_ListComp: return ty_listcomp(w, e);
  case AST_E_DictComp: return ty_dictcomp(w, e);
  case AST_E_SetComp: case AST_E_GeneratorExp:
    ERR(e->pos, "Comprehensions are not supported in @njit functions yet.");
  case AST_E_Lambda: return ty_closure(w, e, NULL);
  case AST_E_JoinedStr: return ty_fstring(w, e);
  case AST_E_FormattedValue: ERR(e->pos, "f-strings are not supported in @njit functions.");
  default: ERR(e->pos, "Unsupported expression (%s) in an @njit function.", ast_expr_kind_name(e->kind));
  }
}

/* The type of e as produced: optional values stay optional. */
static NbTy ty_expr_keep(Walk *w, AstExpr *e) {
  if (w->u->err.len) return NB_UNKNOWN;
  return ty_expr_inner(w, e);
}

/* The type of e as used: an optional value is unwrapped (lower.c checks
** for None there, as Numba's cast to the value's type does). */
static NbTy ty_expr(Walk *w, AstExpr *e) {
  NbTy t = ty_expr_keep(w, e);
  return t && nb_type(t)->kind == NK_OPTIONAL ? nb_type(t)->items[0] : t;
}

static NbTy expr_type(NbUnit *u, NbFunc *f, AstExpr *e, bool keep) {
  Walk w = {.u = u, .f = f, .final = true};
  if (cur_walk && cur_walk->f == f) w.assigned = cur_walk->assigned, w.final = cur_walk->final;
  else {
    /* lowering: every local is known, so `assigned` is not needed */
  }
  Walk *save = cur_walk;
  NbTy t = keep ? ty_expr_keep(&w, e) : ty_expr(&w, e);
  cur_walk = save;
  return t;
}
NbTy nb_expr_type(NbUnit *u, NbFunc *f, AstExpr *e) { return expr_type(u, f, e, false); }
NbTy nb_expr_type_keep(NbUnit *u, NbFunc *f, AstExpr *e) { return expr_type(u, f, e, true); }

/* Can a value of type t leave compiled code (a str cannot, not even in a
** tuple: the boxing has no case for it)? */
static bool returnable(NbTy t) {
  const NbTypeInfo *ti = nb_type(t);
  if (ti->kind == NK_TUPLE) {
    for (int i = 0; i < ti->n; i++)
      if (!returnable(ti->items[i])) return false;
    return true;
  }
  if (ti->kind == NK_LIST) return ti->n == 1 && ti->items[0] && returnable(ti->items[0]); /* not a dict view */
  if (ti->kind == NK_OPTIONAL) return returnable(ti->items[0]);
  if (ti->kind == NK_STR) return true;
  if (ti->kind == NK_SET) return ti->items[0] != NB_UNKNOWN; /* a new Python set */
  if (ti->kind == NK_DICT) /* a numba.typed.Dict (dispatch.c) */
    return ti->items[0] && ti->items[1] && returnable(ti->items[0]) && returnable(ti->items[1]);
  /* a.dtype or np.float64: Numba returns np.dtype('float64') for either */
  return ti->kind == NK_SCALAR || ti->kind == NK_ARRAY || ti->kind == NK_NONE || ti->kind == NK_DTYPE;
}

/* ---- statements ----------------------------------------------------------- */

static void bind(Walk *w, const char *name, NbTy t, AstPos pos) {
  if (!t) return;
  NbLocal *l = nb_local(w->f, name);
  if (!l) {
    NbLocal nl = {name, t, pos};
    vec_push(w->f->locals, nl);
    w->changed = true;
    return;
  }
  NbTy u2 = nb_unify(l->ty, t);
  char s1[96], s2[96];
  if (!u2) {
    if (w->final || true)
      nb_error_at(w->u, w->f, pos, "Cannot unify %s and %s for '%s', defined at %s:%d.", tystr(l->ty, s1, sizeof s1),
                  tystr(t, s2, sizeof s2), name, w->f->filename, l->defpos.line);
    return;
  }
  if (u2 != l->ty) {
    l->ty = u2;
    w->changed = true;
  }
}

static void bind_target(Walk *w, AstExpr *t, NbTy ty, AstPos pos);

/* a[i] = (x, y, z) or a[i] = [x, y, z] into a 1-d view (Numba's setitem
** of a sequence: a UniTuple or a list, the items of one number type, a
** complex one only into a complex array; the lengths are checked when it
** runs). */
static bool seq_into(NbTy t, NbTy view) {
  const NbTypeInfo *ti = nb_type(t), *vi = nb_type(view);
  bool list = ti->kind == NK_LIST && !nb_is_tlist(ti);
  if ((ti->kind != NK_TUPLE && !list) || (!list && !ti->n) || vi->kind != NK_ARRAY || vi->ndim != 1 || !ti->items[0] ||
      !nb_is_number(ti->items[0]))
    return false;
  for (int k = 1; !list && k < ti->n; k++)
    if (ti->items[k] != ti->items[0]) return false;
  return !nb_is_complex(ti->items[0]) || dt_is_complex((DType)vi->dtype);
}

static void bind_target(Walk *w, AstExpr *t, NbTy ty, AstPos pos) {
  char s1[96], s2[96];
  if (!ty) return;
  if (t->kind == AST_E_Name) {
    bind(w, t->name.id, ty, t->pos);
    return;
  }
  if (t->kind == AST_E_Tuple || t->kind == AST_E_List) {
    const NbTypeInfo *i = nb_type(ty);
    if (i->kind != NK_TUPLE) {
      if (w->final) nb_error_at(w->u, w->f, pos, "Cannot unpack a value of type %s.", tystr(ty, s1, sizeof s1));
      return;
    }
    if (i->n != t->seq.elts.len) {
      if (w->final) nb_error_at(w->u, w->f, pos, "Cannot unpack %s into %d targets.", tystr(ty, s1, sizeof s1), t->seq.elts.len);
      return;
    }
    for (int k = 0; k < i->n; k++) bind_target(w, t->seq.elts.items[k], nb_type(ty)->items[k], pos);
    return;
  }
  if (t->kind == AST_E_Subscript) {
    NbTy bt = ty_expr(w, t->subscript.value);
    if (!bt) return;
    const NbTypeInfo *b = nb_type(bt);
    AstExpr *base = t->subscript.value;
    if (base->kind == AST_E_Name && !nb_local(w->f, base->name.id) && b->kind == NK_ARRAY) {
      nb_error_at(w->u, w->f, t->pos, "Cannot modify the global array '%s': @njit functions read global arrays as frozen constants.",
                  base->name.id);
      return;
    }
    if (b->kind == NK_DICT) { /* d[k] = v: the dict's types hold k and v */
      NbTy kt = ty_expr(w, t->subscript.slice);
      if (kt) refine_dict(w, base, bt, kt, ty, pos);
      return;
    }
    if (b->kind == NK_LIST) { /* lst[i] = v: v converted to the item type */
      NbTy et = ty_subscript(w, t);
      if (!et) return;
      if (t->subscript.slice->kind == AST_E_Slice) {
        if (w->final) nb_error_at(w->u, w->f, t->pos, "Assigning to a list slice is not supported in @njit functions.");
        return;
      }
      bool ok = nb_is_tlist(b) ? nb_safe_store(ty, et) : nb_convert_cost(ty, et) >= 0;
      if (!ok && w->final)
        nb_error_at(w->u, w->f, pos, "Cannot store a value of type %s into %s.", tystr(ty, s1, sizeof s1), tystr(bt, s2, sizeof s2));
      return;
    }
    if (b->kind != NK_ARRAY) {
      if (w->final) nb_error_at(w->u, w->f, t->pos, "Cannot assign into an item of %s.", tystr(bt, s1, sizeof s1));
      return;
    }
    NbTy et = ty_subscript(w, t);
    if (!et) return;
    if (!nb_is_scalar(et)) {
      if (seq_into(ty, et)) return;
      if (!nb_is_number(ty) && !nb_is_array(ty) && w->final)
        nb_error_at(w->u, w->f, pos, "Cannot assign a value of type %s to an array slice.", tystr(ty, s1, sizeof s1));
      return;
    }
    if (!nb_is_number(ty) || (nb_is_complex(ty) && !nb_is_complex(et))) {
      if (w->final)
        nb_error_at(w->u, w->f, pos, "Cannot store a value of type %s into %s.", tystr(ty, s1, sizeof s1), tystr(bt, s2, sizeof s2));
      return;
    }
    return;
  }
  if (w->final) nb_error_at(w->u, w->f, t->pos, "Unsupported assignment target in an @njit function.");
}

static void ty_stmts(Walk *w, AstStmtList *l);
static void ty_try(Walk *w, AstStmt *s);

/* The item type of `for x in <t>` for ranges and arrays (rows of an n-d
** array), or NB_UNKNOWN. */
static NbTy iter_item(NbTy t) {
  const NbTypeInfo *i = nb_type(t);
  if (i->kind == NK_RANGE) return nb_scalar(DT_INT64);
  if (i->kind == NK_ARRAY) return i->ndim == 1 ? nb_scalar(i->dtype) : nb_array(i->dtype, i->ndim - 1, i->layout);
  if (i->kind == NK_LIST) return i->items[0];
  if (i->kind == NK_DICT) return i->items[0]; /* for k in d: the keys */
  if (i->kind == NK_SET) return i->items[0];  /* in the order of its table, as Numba's */
  if (i->kind == NK_STR) return t;               /* its characters */
  if (i->kind == NK_TUPLE && i->n > 0) { /* a UniTuple: Numba cannot iterate over a heterogeneous one */
    for (int k = 1; k < i->n; k++)
      if (i->items[k] != i->items[0]) return NB_UNKNOWN;
    return i->items[0];
  }
  return NB_UNKNOWN;
}

/* `for ... in enumerate(x)` / `zip(x, y, ...)` over ranges and arrays:
** returns "enumerate" or "zip" (the arguments are typed in turn), NULL
** for any other iterable. Shared with lower.c. */
const char *nb_enumzip(NbUnit *u, NbFunc *f, AstExpr *it);
const char *nb_enumzip(NbUnit *u, NbFunc *f, AstExpr *it) {
  if (it->kind != AST_E_Call || it->call.func->kind != AST_E_Name || it->call.keywords.len) return NULL;
  const char *n = it->call.func->name.id;
  if (strcmp(n, "enumerate") && strcmp(n, "zip")) return NULL;
  if (nb_local(f, n)) return NULL;
  const NbTypeInfo *fi = nb_type(nb_global(u, f, n, NULL));
  if (fi->kind != NK_FUNC || strncmp(fi->name, "builtins.", 9)) return NULL;
  return fi->name + 9;
}

/* Binds the target of a for loop over enumerate()/zip(); false if the
** iterables are not supported (error set in the final pass). */
/* The item type of enumerate()/zip() call it (which: its name), whose
** arguments may be enumerate()/zip() calls themselves; NB_UNKNOWN if the
** iterables are not supported (error set in the final pass). */
static NbTy enumzip_item(Walk *w, AstExpr *it, const char *which) {
  int n = it->call.args.len, k = 0;
  char s1[96];
  bool en = !strcmp(which, "enumerate");
  if (en ? n != 1 && n != 2 : n < 1) {
    if (w->final) nb_error_at(w->u, w->f, it->pos, "%s() takes %s here.", which, en ? "one or two arguments" : "at least one argument");
    return NB_UNKNOWN;
  }
  if (en && n == 2) { /* enumerate(x, start) */
    NbTy st = ty_expr(w, it->call.args.items[1]);
    if (!st) return NB_UNKNOWN;
    if (!nb_is_int(st)) {
      if (w->final) nb_error_at(w->u, w->f, it->call.args.items[1]->pos, "enumerate()'s start must be an integer, not %s.", tystr(st, s1, sizeof s1));
      return NB_UNKNOWN;
    }
    n = 1;
  }
  NbTy items[n + 2];
  if (en) items[k++] = nb_scalar(DT_INT64);
  for (int i = 0; i < n; i++) {
    AstExpr *a = it->call.args.items[i];
    const char *sub = nb_enumzip(w->u, w->f, a);
    if (sub) {
      items[k] = enumzip_item(w, a, sub);
      if (!items[k++]) return NB_UNKNOWN;
      continue;
    }
    NbTy t = ty_expr(w, a);
    if (!t) return NB_UNKNOWN;
    items[k] = nb_is_dict(t) || nb_type(t)->kind == NK_STR || nb_type(t)->kind == NK_TUPLE
                   ? NB_UNKNOWN
                   : iter_item(t); /* open_enumzip walks ranges, arrays, lists */
    if (!items[k]) {
      if (w->final)
        nb_error_at(w->u, w->f, a->pos, "%s() over %s is not supported in @njit functions (ranges and arrays are).",
                    which, tystr(t, s1, sizeof s1));
      return NB_UNKNOWN;
    }
    k++;
  }
  return nb_tuple(k, items);
}

/* Binds the target of a for loop over enumerate()/zip(). */
static void ty_for_enumzip(Walk *w, AstStmt *s, const char *which) {
  NbTy t = enumzip_item(w, s->for_.iter, which);
  if (t) bind_target(w, s->for_.target, t, s->pos);
}

static void check_cond(Walk *w, AstExpr *e) {
  NbTy t = ty_expr(w, e);
  if (!t) return;
  const NbTypeInfo *i = nb_type(t);
  char s1[96];
  if (i->kind != NK_SCALAR && i->kind != NK_NONE && w->final)
    nb_error_at(w->u, w->f, e->pos, "Cannot use a value of type %s as a condition.", tystr(t, s1, sizeof s1));
}

/* Does l hold a return, or a break or continue of a loop around it? */
static bool stmts_leave(const AstStmtList *l, bool in_loop) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *s = l->items[i];
    switch (s->kind) {
    case AST_S_Return: return true;
    case AST_S_Break: case AST_S_Continue: if (!in_loop) return true; break;
    case AST_S_If: if (stmts_leave(&s->if_.body, in_loop) || stmts_leave(&s->if_.orelse, in_loop)) return true; break;
    case AST_S_For: if (stmts_leave(&s->for_.body, true) || stmts_leave(&s->for_.orelse, in_loop)) return true; break;
    case AST_S_While: if (stmts_leave(&s->while_.body, true) || stmts_leave(&s->while_.orelse, in_loop)) return true; break;
    case AST_S_Try:
      if (stmts_leave(&s->try_.body, in_loop) || stmts_leave(&s->try_.orelse, in_loop) || stmts_leave(&s->try_.finalbody, in_loop))
        return true;
      for (int k = 0; k < s->try_.handlers.len; k++)
        if (stmts_leave(&s->try_.handlers.items[k]->body, in_loop)) return true;
      break;
    default: break;
    }
  }
  return false;
}

/* try statements as Numba 0.56 takes them: `except Exception:` or a bare
** `except:` (anything else: its exception_match TypingError), no `as name`
** (its UnsupportedError, a TypingError here); lower.c runs the forms. A
** finally block is lowered on the normal paths only, so a return, break or
** continue leaving the statement is refused with one. */
static void ty_try(Walk *w, AstStmt *s) {
  for (int k = 0; k < s->try_.handlers.len; k++) {
    AstExceptHandler *h = s->try_.handlers.items[k];
    if (h->type && !(h->type->kind == AST_E_Name && !strcmp(h->type->name.id, "Exception"))) {
      nb_error_at(w->u, w->f, h->pos, "No implementation of function Function(<intrinsic exception_match>) found: "
                  "Exception matching is limited to <class 'Exception'> (use `except Exception:` or a bare `except:`).");
      return;
    }
    if (h->name) {
      nb_error_at(w->u, w->f, h->pos, "Exception object cannot be stored into variable (%s).", h->name);
      return;
    }
  }
  if (s->try_.finalbody.len) {
    bool leaves = stmts_leave(&s->try_.body, false) || stmts_leave(&s->try_.orelse, false);
    for (int k = 0; k < s->try_.handlers.len; k++) leaves |= stmts_leave(&s->try_.handlers.items[k]->body, false);
    if (leaves) {
      nb_error_at(w->u, w->f, s->pos, "A return, break or continue inside a try statement with a finally block is not "
                  "supported in @njit functions.");
      return;
    }
  }
  ty_stmts(w, &s->try_.body);
  for (int k = 0; k < s->try_.handlers.len; k++) ty_stmts(w, &s->try_.handlers.items[k]->body);
  ty_stmts(w, &s->try_.orelse);
  ty_stmts(w, &s->try_.finalbody);
}

static void ty_stmt(Walk *w, AstStmt *s) {
  char s1[96];
  if (w->u->err.len) return;
  switch (s->kind) {
  case AST_S_Assign: {
    NbTy t = ty_expr_keep(w, s->assign.value);
    for (int i = 0; i < s->assign.targets.len; i++) bind_target(w, s->assign.targets.items[i], t, s->pos);
    break;
  }
  case AST_S_AnnAssign:
    if (s->annassign.value) bind_target(w, s->annassign.target, ty_expr_keep(w, s->annassign.value), s->pos);
    break;
  case AST_S_AugAssign: {
    AstExpr *t = s->augassign.target;
    NbTy cur = ty_expr(w, t);
    NbTy v = ty_expr(w, s->augassign.value);
    if (!cur || !v) break;
    NbTy r = binop_type(w, s->pos, s->augassign.op, cur, v);
    if (!r) break;
    if (t->kind == AST_E_Name && nb_is_array(cur)) {
      if (!nb_is_array(r) && w->final) nb_error_at(w->u, w->f, s->pos, "Unsupported in-place array operation.");
    } else if (nb_is_list(cur) && r != cur) { /* l += x extends l itself: its item type stays */
      if (w->final) nb_error_at(w->u, w->f, s->pos, "In-place list operation changing the item type of %s is not supported.", tystr(cur, s1, sizeof s1));
    } else if (t->kind == AST_E_Name) bind(w, t->name.id, r, t->pos);
    else if (t->kind == AST_E_Subscript) bind_target(w, t, r, s->pos);
    else if (w->final) nb_error_at(w->u, w->f, s->pos, "Unsupported augmented assignment target.");
    break;
  }
  case AST_S_For: {
    AstExpr *it = s->for_.iter;
    const char *ez = nb_enumzip(w->u, w->f, it);
    NbTy t = ez ? NB_UNKNOWN : ty_expr(w, it);
    if (ez) ty_for_enumzip(w, s, ez);
    if (t) {
      const NbTypeInfo *i = nb_type(t);
      if (i->kind == NK_RANGE) {
        NbTy et = nb_scalar(DT_INT64);
        bind_target(w, s->for_.target, et, s->pos);
      } else if (i->kind == NK_ARRAY) {
        if (i->ndim == 1) bind_target(w, s->for_.target, nb_scalar(i->dtype), s->pos);
        else bind_target(w, s->for_.target, nb_array(i->dtype, i->ndim - 1, i->layout), s->pos); /* rows */
      } else if (i->kind == NK_STR) {
        bind_target(w, s->for_.target, t, s->pos); /* one-character strs */
      } else if (i->kind == NK_LIST || i->kind == NK_DICT || i->kind == NK_SET) {
        if (i->items[0]) bind_target(w, s->for_.target, i->items[0], s->pos);
        else if (w->final)
          nb_error_at(w->u, w->f, it->pos, "Cannot infer the type of the items of %s (append to it first).", tystr(t, s1, sizeof s1));
      } else if (i->kind == NK_TUPLE && i->n > 0) {
        NbTy et = iter_item(t);
        if (!et) { /* Numba's words */
          if (w->final) nb_error_at(w->u, w->f, it->pos, "Invalid use of getiter with parameters (%s)", tystr(t, s1, sizeof s1));
        } else bind_target(w, s->for_.target, et, s->pos);
      } else if (w->final)
        nb_error_at(w->u, w->f, it->pos, "Cannot iterate over a value of type %s in an @njit function.", tystr(t, s1, sizeof s1));
    }
    ty_stmts(w, &s->for_.body);
    ty_stmts(w, &s->for_.orelse);
    break;
  }
  case AST_S_While:
    if (nb_static_cond(w->u, w->f, s->while_.test) == 0) { /* `while 0:` CPython compiles no loop */
      ty_stmts(w, &s->while_.orelse);
      break;
    }
    check_cond(w, s->while_.test);
    ty_stmts(w, &s->while_.body);
    ty_stmts(w, &s->while_.orelse);
    break;
  case AST_S_If: {
    int known = nb_static_cond(w->u, w->f, s->if_.test);
    check_cond(w, s->if_.test);
    if (known != 0) ty_stmts(w, &s->if_.body);
    if (known != 1) ty_stmts(w, &s->if_.orelse);
    break;
  }
  case AST_S_Return: {
    NbTy t = s->return_.value ? ty_expr_keep(w, s->return_.value) : nb_none();
    if (!t) break;
    if (!returnable(t)) {
      if (w->final) nb_error_at(w->u, w->f, s->pos, "Cannot return a value of type %s from an @njit function.", tystr(t, s1, sizeof s1));
      break;
    }
    if (s->return_.value) w->f->has_return_value = true;
    NbTy r = nb_unify(w->f->ret, t);
    if (!r) {
      char s2[96];
      nb_error_at(w->u, w->f, s->pos, "Cannot unify the return types %s and %s of %s().", tystr(w->f->ret, s1, sizeof s1),
                  tystr(t, s2, sizeof s2), w->f->name);
      break;
    }
    if (r != w->f->ret) {
      w->f->ret = r;
      w->changed = true;
    }
    break;
  }
  case AST_S_Expr: {
    AstExpr *e = s->expr.value;
    if (e->kind == AST_E_Constant) break; /* docstrings */
    ty_expr(w, e);
    break;
  }
  case AST_S_FunctionDef: bind(w, s->funcdef.name, ty_closure(w, NULL, s), s->pos); break;
  case AST_S_Pass: case AST_S_Break: case AST_S_Continue: break;
  case AST_S_Global: case AST_S_Nonlocal:
    /* reading a global is LOAD_GLOBAL, but binding it is STORE_GLOBAL,
    ** which Numba's bytecode analysis refuses (and nonlocal likewise) */
    for (int i = 0; i < s->names.names.len; i++)
      if (is_assigned(w, s->names.names.items[i]) && !w->u->err.len)
        nb_error_at(w->u, w->f, s->pos, "Use of unsupported opcode (%s) found: '%s' is assigned in an @njit function.",
                    s->kind == AST_S_Global ? "STORE_GLOBAL" : "STORE_DEREF", s->names.names.items[i]);
    break;
  case AST_S_Delete:
    for (int i = 0; i < s->delete.targets.len; i++) {
      AstExpr *t = s->delete.targets.items[i];
      NbTy bt = t->kind == AST_E_Subscript ? ty_expr(w, t->subscript.value) : NB_UNKNOWN;
      if (bt && nb_is_dict(bt)) ty_subscript(w, t);
      else if (!w->u->err.len) nb_error_at(w->u, w->f, t->pos, "del is supported on dict items only in @njit functions.");
    }
    break;
  case AST_S_Raise: {
    if (!s->raise.exc || s->raise.cause) {
      nb_error_at(w->u, w->f, s->pos, s->raise.exc ? "'raise ... from' is not supported in @njit functions."
                                                    : "A bare 'raise' is not supported in @njit functions.");
      break;
    }
    StrBuf spec = STRBUF_INIT;
    nb_raise_spec(w->u, w->f, s->raise.exc, NULL, &spec);
    sb_free(&spec);
    break;
  }
  case AST_S_Assert: {
    check_cond(w, s->assert_.test);
    StrBuf spec = STRBUF_INIT;
    nb_raise_spec(w->u, w->f, NULL, s->assert_.msg, &spec);
    sb_free(&spec);
    break;
  }
  case AST_S_Try: ty_try(w, s); break;
  default:
    if (w->final || true)
      nb_error_at(w->u, w->f, s->pos, "The '%s' statement is not supported in @njit functions.",
                  s->kind == AST_S_Try ? "try" : s->kind == AST_S_With ? "with" : s->kind == AST_S_Raise ? "raise"
                  : s->kind == AST_S_Assert ? "assert" : s->kind == AST_S_Import || s->kind == AST_S_ImportFrom ? "import"
                  : s->kind == AST_S_FunctionDef ? "def" : s->kind == AST_S_ClassDef ? "class"
                  : s->kind == AST_S_Delete ? "del" : ast_stmt_kind_name(s->kind));
    break;
  }
}

/* ---- the constant arguments of raise / assert (Numba's constant inference) ---- */

/* Counts the statements of l that bind name; *def is the value of the last
** plain `name = value` among them. */
static void count_defs_target(const AstExpr *t, const char *name, int *n) {
  if (t->kind == AST_E_Name) *n += !strcmp(t->name.id, name);
  else if (t->kind == AST_E_Tuple || t->kind == AST_E_List)
    for (int i = 0; i < t->seq.elts.len; i++) count_defs_target(t->seq.elts.items[i], name, n);
}

static void count_defs(const AstStmtList *l, const char *name, int *n, const AstExpr **def) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *s = l->items[i];
    switch (s->kind) {
    case AST_S_Assign:
      for (int k = 0; k < s->assign.targets.len; k++) {
        const AstExpr *t = s->assign.targets.items[k];
        int before = *n;
        count_defs_target(t, name, n);
        if (*n > before && t->kind == AST_E_Name) *def = s->assign.value;
      }
      break;
    case AST_S_AugAssign: count_defs_target(s->augassign.target, name, n); break;
    case AST_S_AnnAssign: count_defs_target(s->annassign.target, name, n); break;
    case AST_S_FunctionDef: *n += !strcmp(s->funcdef.name, name); break;
    case AST_S_For:
      count_defs_target(s->for_.target, name, n);
      count_defs(&s->for_.body, name, n, def);
      count_defs(&s->for_.orelse, name, n, def);
      break;
    case AST_S_While: count_defs(&s->while_.body, name, n, def); count_defs(&s->while_.orelse, name, n, def); break;
    case AST_S_If: count_defs(&s->if_.body, name, n, def); count_defs(&s->if_.orelse, name, n, def); break;
    case AST_S_Try:
      count_defs(&s->try_.body, name, n, def);
      for (int k = 0; k < s->try_.handlers.len; k++) {
        const char *hn = s->try_.handlers.items[k]->name;
        *n += hn && !strcmp(hn, name);
        count_defs(&s->try_.handlers.items[k]->body, name, n, def);
      }
      count_defs(&s->try_.orelse, name, n, def);
      count_defs(&s->try_.finalbody, name, n, def);
      break;
    default: break;
    }
  }
}

/* The position of name among f's parameters, -1 if it is none of them. */
static int param_index(const NbFunc *f, const char *name) {
  const AstArguments *a = f->def->funcdef.args;
  int k = 0;
  for (int i = 0; i < a->posonlyargs.len; i++, k++)
    if (!strcmp(a->posonlyargs.items[i]->name, name)) return k;
  for (int i = 0; i < a->args.len; i++, k++)
    if (!strcmp(a->args.items[i]->name, name)) return k;
  return -1;
}

/* Why e has no constant value, in Numba's words where they are known. */
typedef struct { char why[160]; } ConstFail;

/* A global's frozen value (a str, an int, a float, a bool, None) into spec. */
static bool const_value(StrBuf *spec, Value v) {
  switch (v.tag) {
  case V_NONE: sb_puts(spec, "n;"); return true;
  case V_BOOL: sb_printf(spec, "b%d;", (int)v.as.i); return true;
  case V_INT: sb_printf(spec, "i%lld;", (long long)v.as.i); return true;
  case V_FLOAT: sb_printf(spec, "f%a;", v.as.f); return true;
  default:
    if (!is_str(v)) return false;
    sb_printf(spec, "s%lld:", (long long)as_str(v)->nbytes);
    sb_append(spec, as_str(v)->data, (size_t)as_str(v)->nbytes);
    return true;
  }
}

/* One constant argument of a raised exception into spec: s<len>:<bytes>,
** i<int>; f<%a>; n; b<0|1>; (dispatch.c's h_raise_exc decodes it). As
** Numba's constant inference: a literal, a local bound once to a constant,
** or a global holding one. */
static bool raise_arg(NbUnit *u, NbFunc *f, StrBuf *spec, const AstExpr *e, int depth, ConstFail *cf) {
  bool neg = e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub;
  const AstExpr *c = neg ? e->unaryop.operand : e;
  if (c->kind == AST_E_Name && !neg && depth < 16) {
    const char *name = c->name.id;
    int pi = param_index(f, name);
    if (pi >= 0) {
      snprintf(cf->why, sizeof cf->why, "Constant inference not possible for: arg(%d, name=%s)", pi, name);
      return false;
    }
    int n = 0;
    const AstExpr *def = NULL;
    count_defs(&f->def->funcdef.body, name, &n, &def);
    if (n == 0) {
      Value v;
      nb_global(u, f, name, &v);
      if (const_value(spec, v)) return true;
    } else if (n == 1 && def) {
      return raise_arg(u, f, spec, def, depth + 1, cf);
    } else {
      snprintf(cf->why, sizeof cf->why, "no single definition for '%s'", name);
      return false;
    }
  }
  if (c->kind != AST_E_Constant) return false;
  const AstConst *k = &c->constant;
  switch (k->kind) {
  case AST_CONST_Str:
    if (neg) return false;
    sb_printf(spec, "s%zu:", k->str.len);
    sb_append(spec, k->str.data, k->str.len);
    return true;
  case AST_CONST_Int: sb_printf(spec, "i%lld;", neg ? -(long long)k->i : (long long)k->i); return true;
  case AST_CONST_Float: sb_printf(spec, "f%a;", neg ? -k->f : k->f); return true;
  case AST_CONST_None: if (neg) return false; sb_puts(spec, "n;"); return true;
  case AST_CONST_True: case AST_CONST_False:
    if (neg) return false;
    sb_printf(spec, "b%d;", k->kind == AST_CONST_True);
    return true;
  default: return false;
  }
}

/* `raise E`, `raise E(constants)` (exc) or a failing `assert test, msg`
** (exc NULL, msg the message or NULL) as the exception's spec: its class's
** name, then its arguments (raise_arg). Numba raises with constant
** arguments only (a ConstantInferenceError otherwise); the class is a
** built-in exception. */
bool nb_raise_spec(NbUnit *u, NbFunc *f, const AstExpr *exc, const AstExpr *msg, StrBuf *spec) {
  const AstExpr *cls = exc && exc->kind == AST_E_Call ? exc->call.func : exc;
  const char *name = "AssertionError";
  ConstFail cf = {"Constant inference not possible for the exception's arguments (Numba raises with constants only)."};
  const AstExpr *bad = NULL;
  if (exc) {
    Value v = v_empty();
    if (cls->kind == AST_E_Name) nb_global(u, f, cls->name.id, &v);
    if (!is_type(v, &TYPE_TYPE) || !exc_is_exception_type((Type *)v.as.o)) {
      nb_error_at(u, f, exc->pos, "@njit functions raise built-in exception classes only (ValueError, IndexError...).");
      return false;
    }
    name = ((Type *)v.as.o)->name;
  }
  sb_printf(spec, "%s;", name);
  if (exc && exc->kind == AST_E_Call) {
    if (exc->call.keywords.len) bad = exc;
    for (int i = 0; i < exc->call.args.len && !bad; i++)
      if (!raise_arg(u, f, spec, exc->call.args.items[i], 0, &cf)) bad = exc->call.args.items[i];
  } else if (msg && !raise_arg(u, f, spec, msg, 0, &cf)) {
    bad = msg;
  }
  if (!bad) return true;
  if (!u->err.len) u->err_kind = NB_ERR_CONSTINFER;
  nb_error_at(u, f, bad->pos, "Failed in nopython mode pipeline (step: nopython rewrites)\n%s", cf.why);
  return false;
}

static void ty_stmts(Walk *w, AstStmtList *l) {
  for (int i = 0; i < l->len && !w->u->err.len; i++) {
    ty_stmt(w, l->items[i]);
    if (nb_pruned_rest(w->u, w->f, l->items[i])) break;
  }
}

static void collect_target(Walk *w, AstExpr *t) {
  if (t->kind == AST_E_Name) vec_push(w->assigned, t->name.id);
  else if (t->kind == AST_E_Tuple || t->kind == AST_E_List)
    for (int i = 0; i < t->seq.elts.len; i++) collect_target(w, t->seq.elts.items[i]);
}

static void collect_assigned(Walk *w, AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    switch (s->kind) {
    case AST_S_Assign:
      for (int k = 0; k < s->assign.targets.len; k++) collect_target(w, s->assign.targets.items[k]);
      break;
    case AST_S_AugAssign: collect_target(w, s->augassign.target); break;
    case AST_S_AnnAssign: collect_target(w, s->annassign.target); break;
    case AST_S_FunctionDef: vec_push(w->assigned, s->funcdef.name); break;
    case AST_S_For:
      collect_target(w, s->for_.target);
      collect_assigned(w, &s->for_.body);
      collect_assigned(w, &s->for_.orelse);
      break;
    case AST_S_While: collect_assigned(w, &s->while_.body); collect_assigned(w, &s->while_.orelse); break;
    case AST_S_If: collect_assigned(w, &s->if_.body); collect_assigned(w, &s->if_.orelse); break;
    case AST_S_Try:
      collect_assigned(w, &s->try_.body);
      for (int k = 0; k < s->try_.handlers.len; k++) collect_assigned(w, &s->try_.handlers.items[k]->body);
      collect_assigned(w, &s->try_.orelse);
      collect_assigned(w, &s->try_.finalbody);
      break;
    default: break;
    }
  }
}

/* ---- inner functions and lambdas (NbClosure, see infer.h) -------------------- */

typedef VEC(const char *) NameVec;

static void add_name(NameVec *v, const char *n) {
  for (size_t i = 0; i < v->n; i++)
    if (!strcmp(v->items[i], n)) return;
  vec_push(*v, n);
}

static void names_stmts(const AstStmtList *l, NameVec *out);

static void names_exprs(const AstExprList *l, NameVec *out);

/* Every name an expression mentions (free variables are among them). */
static void names_expr(const AstExpr *e, NameVec *out) {
  if (!e) return;
  switch (e->kind) {
  case AST_E_Name: add_name(out, e->name.id); break;
  case AST_E_BoolOp: names_exprs(&e->boolop.values, out); break;
  case AST_E_NamedExpr: names_expr(e->namedexpr.value, out); break;
  case AST_E_BinOp: names_expr(e->binop.left, out); names_expr(e->binop.right, out); break;
  case AST_E_UnaryOp: names_expr(e->unaryop.operand, out); break;
  case AST_E_Lambda: names_exprs(&e->lambda.args->defaults, out); names_expr(e->lambda.body, out); break;
  case AST_E_IfExp:
    names_expr(e->ifexp.test, out);
    names_expr(e->ifexp.body, out);
    names_expr(e->ifexp.orelse, out);
    break;
  case AST_E_Dict: names_exprs(&e->dict.keys, out); names_exprs(&e->dict.values, out); break;
  case AST_E_Set: names_exprs(&e->set.elts, out); break;
  case AST_E_ListComp: case AST_E_SetComp: case AST_E_GeneratorExp: case AST_E_DictComp: {
    const AstCompList *g = e->kind == AST_E_DictComp ? &e->dictcomp.generators : &e->comp.generators;
    for (int i = 0; i < g->len; i++) {
      names_expr(g->items[i]->iter, out);
      names_exprs(&g->items[i]->ifs, out);
    }
    if (e->kind == AST_E_DictComp) {
      names_expr(e->dictcomp.key, out);
      names_expr(e->dictcomp.value, out);
    } else names_expr(e->comp.elt, out);
    break;
  }
  case AST_E_Compare:
    names_expr(e->compare.left, out);
    for (int i = 0; i < e->compare.n; i++) names_expr(e->compare.comparators[i], out);
    break;
  case AST_E_Call:
    names_expr(e->call.func, out);
    names_exprs(&e->call.args, out);
    for (int i = 0; i < e->call.keywords.len; i++) names_expr(e->call.keywords.items[i]->value, out);
    break;
  case AST_E_FormattedValue: names_expr(e->formatted.value, out); break;
  case AST_E_JoinedStr: names_exprs(&e->joinedstr.values, out); break;
  case AST_E_Attribute: names_expr(e->attribute.value, out); break;
  case AST_E_Subscript: names_expr(e->subscript.value, out); names_expr(e->subscript.slice, out); break;
  case AST_E_Starred: names_expr(e->starred.value, out); break;
  case AST_E_List: case AST_E_Tuple: names_exprs(&e->seq.elts, out); break;
  case AST_E_Slice:
    names_expr(e->slice.lower, out);
    names_expr(e->slice.upper, out);
    names_expr(e->slice.step, out);
    break;
  default: break;
  }
}

static void names_exprs(const AstExprList *l, NameVec *out) {
  for (int i = 0; i < l->len; i++) names_expr(l->items[i], out);
}

static void names_stmt(const AstStmt *s, NameVec *out) {
  switch (s->kind) {
  case AST_S_FunctionDef: names_exprs(&s->funcdef.args->defaults, out); names_stmts(&s->funcdef.body, out); break;
  case AST_S_Return: names_expr(s->return_.value, out); break;
  case AST_S_Delete: names_exprs(&s->delete.targets, out); break;
  case AST_S_Assign: names_exprs(&s->assign.targets, out); names_expr(s->assign.value, out); break;
  case AST_S_AugAssign: names_expr(s->augassign.target, out); names_expr(s->augassign.value, out); break;
  case AST_S_AnnAssign: names_expr(s->annassign.target, out); names_expr(s->annassign.value, out); break;
  case AST_S_For:
    names_expr(s->for_.target, out);
    names_expr(s->for_.iter, out);
    names_stmts(&s->for_.body, out);
    names_stmts(&s->for_.orelse, out);
    break;
  case AST_S_While: names_expr(s->while_.test, out); names_stmts(&s->while_.body, out); names_stmts(&s->while_.orelse, out); break;
  case AST_S_If: names_expr(s->if_.test, out); names_stmts(&s->if_.body, out); names_stmts(&s->if_.orelse, out); break;
  case AST_S_Raise: names_expr(s->raise.exc, out); break;
  case AST_S_Try:
    names_stmts(&s->try_.body, out);
    for (int k = 0; k < s->try_.handlers.len; k++) names_stmts(&s->try_.handlers.items[k]->body, out);
    names_stmts(&s->try_.orelse, out);
    names_stmts(&s->try_.finalbody, out);
    break;
  case AST_S_Assert: names_expr(s->assert_.test, out); names_expr(s->assert_.msg, out); break;
  case AST_S_Expr: names_expr(s->expr.value, out); break;
  default: break;
  }
}

static void names_stmts(const AstStmtList *l, NameVec *out) {
  for (int i = 0; i < l->len; i++) names_stmt(l->items[i], out);
}

static NbClosure *closure_of(const NbUnit *u, const void *disp) {
  for (size_t i = 0; i < u->closures.n; i++)
    if (u->closures.items[i] == disp) return u->closures.items[i];
  return NULL;
}

/* What nb_infer_func needs of closure c: its enclosing dispatcher's file
** and options, its own def and name. */
static void closure_info(NbUnit *u, NbClosure *c, NbDispInfo *di) {
  NbClosure *oc = closure_of(u, c->outer->disp);
  if (oc) closure_info(u, oc, di);
  else nb_disp_info(u->vm, c->outer->disp, di);
  di->def = &c->def;
  di->name = c->def.funcdef.name;
  di->defaults = NULL;
}

static bool const_default(const AstExpr *e) {
  if (e->kind == AST_E_UnaryOp && (e->unaryop.op == AST_UOP_USub || e->unaryop.op == AST_UOP_UAdd)) e = e->unaryop.operand;
  return e->kind == AST_E_Constant;
}

/* The free variables of an inner function (or lambda) of w->f: the names
** it reads that are locals of w->f, with the free variables of the inner
** functions among them (it passes them on when it calls those). False
** while one's type is not known yet. */
static bool closure_frees(Walk *w, AstStmt *def, AstExpr *lambda, const AstArguments *a, NameVec *frees) {
  NameVec used = {0};
  Walk inner = {.u = w->u, .f = w->f};
  if (def) {
    names_stmts(&def->funcdef.body, &used);
    collect_assigned(&inner, &def->funcdef.body);
  } else names_expr(lambda->lambda.body, &used);
  for (int i = 0; i < a->args.len; i++) vec_push(inner.assigned, a->args.items[i]->name);
  bool known = true;
  for (size_t i = 0; i < used.n && known && !w->u->err.len; i++) {
    const char *n = used.items[i];
    NbLocal *l = nb_local(w->f, n);
    if (is_assigned(&inner, n) || (!l && !is_assigned(w, n))) continue; /* its own, or a global */
    if (def && !strcmp(n, def->funcdef.name)) { /* Numba's bytecode analysis refuses a function reading itself */
      nb_error_at(w->u, w->f, def->pos, "Unsupported use of op_LOAD_CLOSURE encountered: the inner function '%s' calls itself.", n);
      break;
    }
    if (!l || !l->ty) {
      known = false;
      break;
    }
    add_name(frees, n);
    if (nb_type(l->ty)->kind != NK_CLOSURE) continue;
    NbClosure *g = nb_type(l->ty)->ptr;
    for (int k = g->nparams; k < g->args.args.len; k++) {
      const char *gn = g->args.args.items[k]->name;
      if (is_assigned(&inner, gn))
        nb_error_at(w->u, w->f, def ? def->pos : lambda->pos,
                    "The inner function '%s' that %s calls reads '%s' of the enclosing function, which %s assigns: not supported.",
                    g->def.funcdef.name, def ? def->funcdef.name : "a lambda", gn, def ? def->funcdef.name : "it");
      add_name(frees, gn);
    }
  }
  vec_free(used);
  vec_free(inner.assigned);
  return known;
}

/* The type of an inner def statement or lambda expression of w->f:
** NK_CLOSURE, its NbClosure made at the first pass that knows the types of
** its free variables. */
static NbTy ty_closure(Walk *w, AstExpr *lambda, AstStmt *def) {
  const void *node = def ? (const void *)def : (const void *)lambda;
  const char *name = def ? def->funcdef.name : "<lambda>";
  for (size_t i = 0; i < w->u->closures.n; i++) {
    NbClosure *c = w->u->closures.items[i];
    if (c->node == node && c->outer == w->f) return nb_named(NK_CLOSURE, name, c);
  }
  const AstArguments *a = def ? def->funcdef.args : lambda->lambda.args;
  AstPos pos = def ? def->pos : lambda->pos;
  if (a->vararg || a->kwarg || a->kwonlyargs.len || a->posonlyargs.len)
    ERR(pos, "Inner functions with *args, **kwargs or keyword-only parameters are not supported in @njit functions.");
  for (int i = 0; i < a->defaults.len; i++)
    if (!const_default(a->defaults.items[i])) ERR(a->defaults.items[i]->pos, "The default value of an inner function's parameter must be a constant in @njit functions.");
  NameVec frees = {0};
  if (!closure_frees(w, def, lambda, a, &frees) || w->u->err.len) {
    vec_free(frees);
    if (w->final && !w->u->err.len) ERR(pos, "Cannot infer the types of the variables that '%s' reads (are they assigned before it?).", name);
    return NB_UNKNOWN;
  }
  NbClosure *c = calloc(1, sizeof *c);
  int np = a->args.len, n = np + (int)frees.n;
  AstArg **params = util_xmalloc(sizeof(AstArg *) * (size_t)(n ? n : 1) + sizeof(AstArg) * frees.n);
  AstArg *free_args = (AstArg *)(params + (n ? n : 1));
  for (int i = 0; i < np; i++) params[i] = a->args.items[i];
  for (size_t i = 0; i < frees.n; i++) {
    free_args[i] = (AstArg){.name = frees.items[i], .pos = pos};
    params[np + (int)i] = &free_args[i];
  }
  vec_free(frees);
  c->args = *a;
  c->args.args = (AstArgList){params, n};
  c->node = node;
  c->outer = w->f;
  c->nparams = np;
  c->defaults = &a->defaults;
  c->def.kind = AST_S_FunctionDef;
  c->def.pos = pos;
  c->def.funcdef.name = name;
  c->def.funcdef.args = &c->args;
  if (def) c->def.funcdef.body = def->funcdef.body;
  else {
    c->ret.kind = AST_S_Return;
    c->ret.pos = lambda->lambda.body->pos;
    c->ret.return_.value = lambda->lambda.body;
    c->retp = &c->ret;
    c->def.funcdef.body = (AstStmtList){&c->retp, 1};
  }
  vec_push(w->u->closures, c);
  return nb_named(NK_CLOSURE, name, c);
}

bool nb_closure_by_name(NbUnit *u, NbFunc *f, const NbClosure *c) {
  if (f == c->outer) return true;
  NbClosure *caller = closure_of(u, f->disp);
  if (!caller || caller->outer != c->outer) return false;
  for (int p = c->nparams; p < c->args.args.len; p++) {
    bool found = false;
    for (int k = caller->nparams; k < caller->args.args.len && !found; k++)
      found = !strcmp(caller->args.args.items[k]->name, c->args.args.items[p]->name);
    if (!found) return false;
  }
  return true;
}

NbTy nb_closure_env(const NbClosure *c) {
  int nf = c->args.args.len - c->nparams;
  NbTy items[nf + 1];
  for (int i = 0; i < nf; i++) {
    NbLocal *l = nb_local(c->outer, c->args.args.items[c->nparams + i]->name);
    items[i] = l ? l->ty : NB_UNKNOWN;
  }
  return nb_tuple(nf, items);
}

/* A call of inner function c: the arguments bound to its parameters, then
** the caller's variables it reads (free variables), or, where the caller
** got c as an argument, the values its struct holds. */
static NbTy ty_closure_call(Walk *w, AstExpr *e, NbClosure *c, const NbTy *at, const NbTy *kt) {
  int n = c->args.args.len;
  int src[n + 1];
  NbTy full[n + 1];
  char msg[200];
  if (e->call.keywords.len) /* Numba 0.56's closure inlining fails on them (an AssertionError) */
    ERR(e->pos, "Keyword arguments in a call of the inner function '%s' are not supported in @njit functions.", c->def.funcdef.name);
  if (!nb_closure_bind(c, e, src, msg, sizeof msg)) ERR(e->pos, "%s", msg);
  for (int p = 0; p < c->nparams; p++) {
    if (src[p] >= 0) full[p] = at[src[p]];
    else if (src[p] != NB_ARG_DEFAULT) full[p] = kt[-2 - src[p]];
    else full[p] = ty_expr(w, c->defaults->items[p - e->call.args.len]); /* nb_closure_bind */
    if (!full[p]) return NB_UNKNOWN;
  }
  bool by_name = nb_closure_by_name(w->u, w->f, c);
  for (int p = c->nparams; p < n; p++) {
    const char *name = c->args.args.items[p]->name;
    NbLocal *l = nb_local(by_name ? w->f : c->outer, name);
    if (!by_name && (!l || !l->ty)) return NB_UNKNOWN;
    if (!l || !l->ty) {
      if (w->final) ERR(e->pos, "Variable '%s', which %s() reads, is used before it is assigned.", name, c->def.funcdef.name);
      return NB_UNKNOWN;
    }
    full[p] = l->ty;
  }
  return ty_call_spec(w, e, c, c->def.funcdef.name, n, full, 0);
}

static int const_truth(const AstExpr *e);

int nb_static_cond(NbUnit *u, NbFunc *f, const AstExpr *test) {
  int k = const_truth(test); /* CPython's compiler drops the dead branch of `if 0:` */
  if (k >= 0) return k;
  if (test->kind != AST_E_Compare || test->compare.n != 1) return -1;
  AstCmpOp op = test->compare.ops[0];
  if (op != AST_CMP_Is && op != AST_CMP_IsNot) return -1;
  const AstExpr *a = test->compare.left, *b = test->compare.comparators[0];
  if (a->kind == AST_E_Constant && a->constant.kind == AST_CONST_None) {
    const AstExpr *t = a;
    a = b, b = t;
  }
  if (a->kind != AST_E_Name || b->kind != AST_E_Constant || b->constant.kind != AST_CONST_None) return -1;
  const AstArguments *params = f->def->funcdef.args;
  int p = 0;
  while (p < f->nargs && p < params->args.len && strcmp(params->args.items[p]->name, a->name.id)) p++;
  if (p == f->nargs || p == params->args.len) return -1;
  Walk tmp = {.u = u, .f = f};
  collect_assigned(&tmp, &f->def->funcdef.body);
  bool reassigned = is_assigned(&tmp, a->name.id);
  vec_free(tmp.assigned);
  const NbTypeInfo *ti = nb_type(f->argtys[p]);
  if (reassigned || ti->kind == NK_OPTIONAL) return -1;
  bool none = ti->kind == NK_NONE;
  return op == AST_CMP_Is ? none : !none;
}

bool nb_pruned_rest(NbUnit *u, NbFunc *f, const AstStmt *s) {
  if (s->kind != AST_S_If) return false;
  int known = nb_static_cond(u, f, s->if_.test);
  if (known < 0) return false;
  const AstStmtList *live = known ? &s->if_.body : &s->if_.orelse;
  if (!live->len) return false;
  const AstStmt *last = live->items[live->len - 1];
  return last->kind == AST_S_Return || last->kind == AST_S_Raise || nb_pruned_rest(u, f, last);
}

/* A constant test's truth (True, False, None, numbers), or -1. */
static int const_truth(const AstExpr *e) {
  if (e->kind != AST_E_Constant) return -1;
  switch (e->constant.kind) {
  case AST_CONST_True: return 1;
  case AST_CONST_False: case AST_CONST_None: return 0;
  case AST_CONST_Int: return e->constant.i != 0;
  case AST_CONST_Float: return e->constant.f != 0;
  default: return -1;
  }
}

/* Whether a loop body leaves its own loop by break (breaks in nested loops
** leave those). */
static bool stmts_break(const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *s = l->items[i];
    if (s->kind == AST_S_Break) return true;
    if (s->kind == AST_S_If && (stmts_break(&s->if_.body) || stmts_break(&s->if_.orelse))) return true;
    if (s->kind == AST_S_For && stmts_break(&s->for_.orelse)) return true;
    if (s->kind == AST_S_While && stmts_break(&s->while_.orelse)) return true;
    if (s->kind == AST_S_Try) {
      if (stmts_break(&s->try_.body) || stmts_break(&s->try_.orelse) || stmts_break(&s->try_.finalbody)) return true;
      for (int k = 0; k < s->try_.handlers.len; k++)
        if (stmts_break(&s->try_.handlers.items[k]->body)) return true;
    }
  }
  return false;
}

static bool stmts_end(NbUnit *u, NbFunc *f, const AstStmtList *l);

/* Whether control never goes on past s: Numba's control flow graph after
** its dead branch pruning (constant tests, arguments tested against None). */
static bool stmt_ends(NbUnit *u, NbFunc *f, const AstStmt *s) {
  switch (s->kind) {
  case AST_S_Return: case AST_S_Raise: return true;
  case AST_S_Assert: return const_truth(s->assert_.test) == 0;
  case AST_S_If: {
    int known = nb_static_cond(u, f, s->if_.test);
    if (known < 0) known = const_truth(s->if_.test);
    if (known == 1) return stmts_end(u, f, &s->if_.body);
    if (known == 0) return stmts_end(u, f, &s->if_.orelse);
    return stmts_end(u, f, &s->if_.body) && stmts_end(u, f, &s->if_.orelse);
  }
  case AST_S_While: /* `while True:` ends only by break; any loop's else runs unless it breaks */
    if (stmts_break(&s->while_.body)) return false;
    return const_truth(s->while_.test) == 1 || stmts_end(u, f, &s->while_.orelse);
  case AST_S_For: return !stmts_break(&s->for_.body) && stmts_end(u, f, &s->for_.orelse);
  case AST_S_Try: { /* past it: the body and else ran, or an except block did */
    if (stmts_end(u, f, &s->try_.finalbody)) return true;
    if (!stmts_end(u, f, &s->try_.body) && !stmts_end(u, f, &s->try_.orelse)) return false;
    for (int k = 0; k < s->try_.handlers.len; k++)
      if (!stmts_end(u, f, &s->try_.handlers.items[k]->body)) return false;
    return true;
  }
  default: return false;
  }
}

static bool stmts_end(NbUnit *u, NbFunc *f, const AstStmtList *l) {
  for (int i = 0; i < l->len; i++)
    if (stmt_ends(u, f, l->items[i])) return true;
  return false;
}

/* An integer constant (also negated, or None: *given false). */
static bool slice_part(const AstExpr *e, int64_t *v, bool *given) {
  *given = false;
  if (!e || (e->kind == AST_E_Constant && e->constant.kind == AST_CONST_None)) return true;
  bool neg = e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub;
  const AstExpr *c = neg ? e->unaryop.operand : e;
  if (c->kind != AST_E_Constant || c->constant.kind != AST_CONST_Int) return false;
  *v = neg ? -c->constant.i : c->constant.i;
  *given = true;
  return true;
}

bool nb_const_slice(const AstExpr *sl, int n, int64_t *start, int64_t *step, int64_t *count) {
  if (sl->kind != AST_E_Slice) return false;
  int64_t lo = 0, hi = 0, st = 1;
  bool hl, hh, hs;
  if (!slice_part(sl->slice.lower, &lo, &hl) || !slice_part(sl->slice.upper, &hi, &hh) || !slice_part(sl->slice.step, &st, &hs))
    return false;
  if (!hs) st = 1;
  if (st == 0) return false;
  int64_t lower = st > 0 ? 0 : -1, upper = st > 0 ? n : n - 1;
  if (!hl) lo = st < 0 ? upper : lower;
  else if (lo < 0) lo = lo + n < lower ? lower : lo + n;
  else if (lo > upper) lo = upper;
  if (!hh) hi = st < 0 ? lower : upper;
  else if (hi < 0) hi = hi + n < lower ? lower : hi + n;
  else if (hi > upper) hi = upper;
  *start = lo;
  *step = st;
  *count = st > 0 ? (hi > lo ? (hi - lo - 1) / st + 1 : 0) : (lo > hi ? (lo - hi - 1) / (-st) + 1 : 0);
  return true;
}

/* Does l hold `return <value>` (not `return None`), outside inner defs? */
static bool stmts_return_value(const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) {
    const AstStmt *s = l->items[i];
    switch (s->kind) {
    case AST_S_Return:
      if (s->return_.value && !(s->return_.value->kind == AST_E_Constant && s->return_.value->constant.kind == AST_CONST_None))
        return true;
      break;
    case AST_S_If: if (stmts_return_value(&s->if_.body) || stmts_return_value(&s->if_.orelse)) return true; break;
    case AST_S_For: if (stmts_return_value(&s->for_.body) || stmts_return_value(&s->for_.orelse)) return true; break;
    case AST_S_While: if (stmts_return_value(&s->while_.body) || stmts_return_value(&s->while_.orelse)) return true; break;
    case AST_S_With: if (stmts_return_value(&s->with.body)) return true; break;
    case AST_S_Try:
      if (stmts_return_value(&s->try_.body) || stmts_return_value(&s->try_.orelse) || stmts_return_value(&s->try_.finalbody))
        return true;
      for (int k = 0; k < s->try_.handlers.len; k++)
        if (stmts_return_value(&s->try_.handlers.items[k]->body)) return true;
      break;
    default: break;
    }
  }
  return false;
}

NbFunc *nb_infer_func(NbUnit *u, void *disp, int nargs, const NbTy *argtys) {
  for (size_t k = 0; k < u->funcs.n; k++) {
    NbFunc *g = u->funcs.items[k];
    if (g->disp != disp || g->nargs != nargs) continue;
    bool same = true;
    for (int i = 0; i < nargs; i++)
      if (g->argtys[i] != argtys[i]) same = false;
    if (same) return g->done || g->inferring ? g : NULL;
  }
  NbDispInfo di;
  NbClosure *clo = closure_of(u, disp);
  if (clo) closure_info(u, clo, &di);
  else if (!nb_disp_info(u->vm, disp, &di)) return NULL;
  NbFunc *f = calloc(1, sizeof *f);
  f->disp = disp;
  f->def = di.def;
  f->filename = di.filename;
  f->name = di.name;
  f->nargs = nargs;
  f->argtys = util_xmalloc(sizeof(NbTy) * (size_t)(nargs ? nargs : 1));
  memcpy(f->argtys, argtys, sizeof(NbTy) * (size_t)nargs);
  f->id = (int)u->funcs.n;
  f->boundscheck = di.boundscheck;
  f->fastmath = di.fastmath;
  f->parallel = di.parallel;
  f->numpy_errors = di.numpy_errors;
  vec_push(u->funcs, f);
  AstArguments *a = di.def->funcdef.args;
  if (a->vararg || a->kwarg || a->kwonlyargs.len || a->posonlyargs.len) {
    nb_error_at(u, f, di.def->pos, "@njit functions with *args, **kwargs or keyword-only parameters are not supported yet.");
    return NULL;
  }
  if (a->args.len != nargs) {
    nb_error_at(u, f, di.def->pos, "%s() takes %d arguments but %d were given.", f->name, a->args.len, nargs);
    return NULL;
  }
  for (int i = 0; i < nargs; i++) {
    const NbTypeInfo *ti = nb_type(argtys[i]);
    if (ti->kind != NK_SCALAR && ti->kind != NK_ARRAY && ti->kind != NK_TUPLE && ti->kind != NK_NONE && ti->kind != NK_LIST &&
        ti->kind != NK_STR && ti->kind != NK_DICT && ti->kind != NK_SET && ti->kind != NK_CLOSURE && ti->kind != NK_DISP) {
      char s1[96];
      nb_error_at(u, f, a->args.items[i]->pos, "Argument '%s' of type %s is not supported in nopython mode.",
                  a->args.items[i]->name, tystr(argtys[i], s1, sizeof s1));
      return NULL;
    }
    NbLocal l = {a->args.items[i]->name, argtys[i], a->args.items[i]->pos};
    vec_push(f->locals, l);
  }
  Walk w = {.u = u, .f = f};
  collect_assigned(&w, &di.def->funcdef.body);
  /* no `return value` anywhere: None from the start, so that a recursive
  ** call (quicksort(a, lo, p - 1)) has its type while this one is typed */
  if (!stmts_return_value(&di.def->funcdef.body)) f->ret = nb_none();
  f->inferring = true;
  Walk *save = cur_walk;
  cur_walk = &w;
  for (int pass = 0; pass < 32; pass++) {
    w.changed = false;
    ty_stmts(&w, &di.def->funcdef.body);
    if (u->err.len) break;
    if (!w.changed) break;
  }
  if (!u->err.len) {
    w.final = true;
    ty_stmts(&w, &di.def->funcdef.body);
  }
  for (size_t i = 0; i < f->locals.n && !u->err.len; i++) { /* `x = []` never appended to */
    NbLocal *l = &f->locals.items[i];
    if (nb_is_list(l->ty) && !nb_list_item(l->ty))
      nb_error_at(u, f, l->defpos, "Cannot infer the type of variable '%s', have imprecise type: list(undefined)<iv=None>.", l->name);
    if (nb_is_dict(l->ty) && (!nb_type(l->ty)->items[0] || !nb_type(l->ty)->items[1]))
      nb_error_at(u, f, l->defpos, "Cannot infer the type of variable '%s', have imprecise type: DictType[undefined,undefined].", l->name);
  }
  cur_walk = save;
  vec_free(w.assigned);
  f->inferring = false;
  if (u->err.len) return NULL;
  if (!f->ret) f->ret = nb_none();
  if (!f->has_return_value) f->ret = nb_none();
  else if (nb_type(f->ret)->kind == NK_NONE) f->ret = nb_none();
  else if (!stmts_end(u, f, &di.def->funcdef.body)) f->ret = nb_unify(f->ret, nb_none()); /* falls off: returns None */
  f->done = true;
  return f;
}
