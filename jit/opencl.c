/*
** opencl.c — @cuda.jit kernels and device functions → OpenCL C
** (opencl.h describes the typing and the generated code).
**
** Each expression is lowered to a C string and a type in one walk (EV);
** a function body is walked until the variables' types stop changing
** (typing passes, output discarded), then once more for the text. All
** strings live in one arena freed at the end, so an error can longjmp out
** of any depth without leaking.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/array.h"
#include "../src/dict.h"
#include "../src/error.h"
#include "../src/func.h"
#include "../src/mod_numba.h"
#include "../src/object.h"
#include "../src/parse.h"
#include "../src/str.h"
#include "../src/vm.h"
#include "opencl.h"

/* ---- types --------------------------------------------------------------------- */

static ClTy ty_scalar(int dt) { return (ClTy){.k = CK_SCALAR, .dt = (uint8_t)dt}; }
static ClTy ty_array(int dt, int nd, char layout, int space) {
  return (ClTy){.k = CK_ARRAY, .dt = (uint8_t)dt, .nd = (uint8_t)nd, .layout = layout, .space = (uint8_t)space};
}
static ClTy ty_tuple(int dt, int n) { return (ClTy){.k = CK_TUPLE, .dt = (uint8_t)dt, .nd = (uint8_t)n}; }
static ClTy ty_ct(const char *name, void *ptr) { return (ClTy){.k = CK_CT, .name = name, .ptr = ptr}; }
static ClTy ty_void(void) { return (ClTy){.k = CK_VOID}; }

bool cl_ty_eq(const ClTy *a, const ClTy *b) {
  if (a->k != b->k) return false;
  switch (a->k) {
  case CK_SCALAR: return a->dt == b->dt;
  case CK_ARRAY: return a->dt == b->dt && a->nd == b->nd && a->layout == b->layout && a->space == b->space;
  case CK_TUPLE: return a->dt == b->dt && a->nd == b->nd;
  case CK_CT: return a->ptr == b->ptr && a->dt == b->dt && (a->name == b->name || (a->name && b->name && !strcmp(a->name, b->name)));
  default: return true;
  }
}

void cl_type_str(const ClTy *t, StrBuf *b) {
  switch (t->k) {
  case CK_SCALAR: sb_puts(b, t->dt == DT_BOOL ? "bool" : dt_name((DType)t->dt)); break;
  case CK_ARRAY:
    sb_printf(b, "array(%s, %dd, %c)", t->dt == DT_BOOL ? "bool" : dt_name((DType)t->dt), t->nd, t->layout);
    break;
  case CK_TUPLE: sb_printf(b, "UniTuple(%s x %d)", dt_name((DType)t->dt), t->nd); break;
  case CK_VOID: sb_puts(b, "none"); break;
  case CK_CT: sb_printf(b, "%s", t->name ? t->name : "?"); break;
  default: sb_puts(b, "undefined"); break;
  }
}

static const char *ctype(int dt) {
  switch (dt) {
  case DT_BOOL: return "bool";
  case DT_INT8: return "char";
  case DT_UINT8: return "uchar";
  case DT_INT16: return "short";
  case DT_UINT16: return "ushort";
  case DT_INT32: return "int";
  case DT_UINT32: return "uint";
  case DT_INT64: return "long";
  case DT_UINT64: return "ulong";
  case DT_FLOAT32: return "float";
  case DT_FLOAT64: return "double";
  /* OpenCL C has no complex type: (re, im) in a two-vector, as NumPy lays it out */
  case DT_COMPLEX64: return "float2";
  case DT_COMPLEX128: return "double2";
  default: return "__unsupported_type";
  }
}
/* Every NumPy dtype has an OpenCL C form (bool as uchar in memory, complex as a two-vector). */
static bool cl_dt_ok(int dt) { return dt >= 0 && dt < DT__COUNT; }
static bool is_cx(int dt) { return dt_is_complex((DType)dt); }
/* Suffix of the complex helpers (__cmul_f, __cmul_d, ...) for a complex dtype. */
static const char *cx_sfx(int dt) { return dt == DT_COMPLEX64 ? "f" : "d"; }
/* Storage type of an array element (OpenCL has no bool in memory). */
static const char *etype(int dt) { return dt == DT_BOOL ? "uchar" : ctype(dt); }

/* Numba's arithmetic promotion: NumPy's, with integers widened to 64 bits. */
static int arith_dt(int a, int b) {
  if (a == DT_BOOL && b == DT_BOOL) return DT_INT64;
  int r = dt_promote((DType)a, (DType)b);
  if (r == DT_BOOL || dt_is_int((DType)r)) r = dt_is_unsigned((DType)r) ? DT_UINT64 : DT_INT64;
  return r;
}

/* ---- generator state ------------------------------------------------------------ */

typedef struct Var {
  const char *name;
  ClTy ty;
  bool nonneg;   /* every value assigned is known >= 0 */
  bool param;
} Var;

typedef struct Fn {
  CuFunc *cf;
  AstStmt *def;
  int nargs;
  ClTy args[32];
  ClTy ret;
  bool has_ret;
  VEC(Var) vars;
  bool kernel, busy, done;
  int id;
  char cname[96];
} Fn;

typedef struct Blk { struct Blk *next; size_t used, cap; char data[]; } Blk;

typedef struct EV {
  ClTy t;
  const char *c;    /* C expression (arrays: the variable prefix) */
  bool nn;          /* known non-negative */
  bool cst;         /* compile-time number: ci / cf */
  bool isf;
  int64_t ci;
  double cf;
} EV;

enum { H_FLOORDIV = 1, H_MOD = 2, H_IPOW = 4, H_ATOMF32 = 8, H_ATOMF64 = 16, H_MINMAX = 32, H_IDIV = 64, H_CPLX = 128, H_ATOMINC = 256, H_CMATH = 512 };

typedef struct ClGen {
  VM *vm;
  jmp_buf jb;
  StrBuf *err;
  Blk *arena;
  VEC(Fn *) fns;
  StrBuf funcs;     /* device function definitions, callees first */
  Fn *fn;           /* function being walked */
  AstPos pos;       /* statement being walked (for errors found below the expression level) */
  bool final;       /* the text-producing pass */
  bool changed;     /* a variable's type changed in this pass */
  StrBuf *out;      /* statements of the current pass */
  StrBuf storage;   /* __local / private array storage of the current function */
  int ind, ntmp, nstore;
  unsigned helpers;
  bool fp64, i64atom, dynshared, fastmath, boundscheck;
  bool sweeps;      /* grid-stride loops as sweeps (CPU devices) */
  const char *filename;
  VEC(StrBuf *) live; /* gen_fn's buffers: freed by free_gen when an error longjmps out */
} ClGen;

static void *galloc(ClGen *g, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!g->arena || g->arena->used + n > g->arena->cap) {
    size_t cap = n > 65536 ? n : 65536;
    Blk *b = util_xmalloc(sizeof(Blk) + cap);
    b->next = g->arena;
    b->used = 0;
    b->cap = cap;
    g->arena = b;
  }
  void *p = g->arena->data + g->arena->used;
  g->arena->used += n;
  return p;
}

static const char *gfmt(ClGen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *gfmt(ClGen *g, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = galloc(g, (size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return p;
}

static _Noreturn void gen_err(ClGen *g, AstPos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static _Noreturn void gen_err(ClGen *g, AstPos pos, const char *fmt, ...) {
  StrBuf *b = g->err;
  b->len = 0;
  sb_puts(b, "Failed in cuda mode pipeline (step: nopython frontend)\n");
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(b, fmt, ap);
  va_end(ap);
  const char *file = g->fn && g->fn->cf ? g->fn->cf->filename : g->filename;
  sb_printf(b, "\n\nFile \"%s\", line %d:", file ? file : "?", pos.line);
  size_t n = 0;
  const char *src = file ? err_source_line(g->vm, file, pos.line, &n) : NULL;
  if (src) {
    sb_putc(b, '\n');
    sb_append(b, src, n);
    sb_putc(b, '\n');
    for (int i = 0; i < pos.col; i++) sb_putc(b, ' ');
    sb_putc(b, '^');
  }
  longjmp(g->jb, 1);
}

static const char *tystr(ClGen *g, ClTy t) {
  StrBuf b = STRBUF_INIT;
  cl_type_str(&t, &b);
  const char *r = gfmt(g, "%s", b.data ? b.data : "");
  sb_free(&b);
  return r;
}

/* ---- error sites (process-wide) ---------------------------------------------------- */

static ClErrSite *sites;
static int nsites, capsites;

static int add_site(ClGen *g, int kind, int line) {
  if (!g->final) return 1;
  if (nsites == capsites) {
    capsites = capsites ? capsites * 2 : 64;
    sites = util_xrealloc(sites, sizeof *sites * (size_t)capsites);
  }
  /* names are kept for the life of the process, like the code that refers to them */
  sites[nsites] = (ClErrSite){kind, line, util_xstrdup(g->fn->cf->name), util_xstrdup(g->fn->cf->filename)};
  return ++nsites;
}

const ClErrSite *cl_err_site(int code) { return code >= 1 && code <= nsites ? &sites[code - 1] : NULL; }

/* ---- variables -------------------------------------------------------------------- */

static Var *var_find(Fn *f, const char *name) {
  for (size_t i = 0; i < f->vars.n; i++)
    if (!strcmp(f->vars.items[i].name, name)) return &f->vars.items[i];
  return NULL;
}

static ClTy unify(ClGen *g, AstPos pos, ClTy a, ClTy b, const char *what) {
  if (a.k == CK_UNK) return b;
  if (b.k == CK_UNK) return a;
  if (cl_ty_eq(&a, &b)) return a;
  if (a.k == CK_SCALAR && b.k == CK_SCALAR) return ty_scalar(arith_dt(a.dt, b.dt) == DT_INT64 && a.dt == DT_BOOL && b.dt == DT_BOOL ? DT_BOOL : arith_dt(a.dt, b.dt));
  if (a.k == CK_TUPLE && b.k == CK_TUPLE && a.nd == b.nd) return ty_tuple(arith_dt(a.dt, b.dt), a.nd);
  if (a.k == CK_ARRAY && b.k == CK_ARRAY && a.dt == b.dt && a.nd == b.nd && a.space == b.space) return ty_array(a.dt, a.nd, 'A', a.space);
  gen_err(g, pos, "Cannot unify %s and %s for '%s'", tystr(g, a), tystr(g, b), what);
}

static Var *var_assign(ClGen *g, AstPos pos, const char *name, ClTy t, bool nonneg) {
  Fn *f = g->fn;
  Var *v = var_find(f, name);
  if (!v) {
    if (t.k == CK_CT || t.k == CK_VOID) gen_err(g, pos, "cannot assign a value of type %s to '%s' in a kernel", tystr(g, t), name);
    vec_push(f->vars, ((Var){name, t, nonneg, false}));
    g->changed = true;
    return &f->vars.items[f->vars.n - 1];
  }
  ClTy u = unify(g, pos, v->ty, t, name);
  if (v->param && !cl_ty_eq(&u, &v->ty) && v->ty.k == CK_ARRAY)
    gen_err(g, pos, "cannot rebind array argument '%s' (%s) to a value of type %s", name, tystr(g, v->ty), tystr(g, t));
  if (!cl_ty_eq(&u, &v->ty)) {
    v->ty = u;
    g->changed = true;
  }
  if (v->nonneg && !nonneg) {
    v->nonneg = false;
    g->changed = true;
  }
  return v;
}

/* ---- output helpers --------------------------------------------------------------- */

static void line(ClGen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line(ClGen *g, const char *fmt, ...) {
  for (int i = 0; i < g->ind; i++) sb_puts(g->out, "  ");
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(g->out, fmt, ap);
  va_end(ap);
  sb_putc(g->out, '\n');
}

static EV ev(ClTy t, const char *c) { return (EV){.t = t, .c = c}; }
static EV ev_unk(void) { return (EV){.t = {0}, .c = "0"}; }

static const char *fconst(ClGen *g, double d, int dt) {
  if (isnan(d)) return dt == DT_FLOAT32 ? "NAN" : "((double)NAN)";
  if (isinf(d)) return d > 0 ? (dt == DT_FLOAT32 ? "INFINITY" : "((double)INFINITY)") : (dt == DT_FLOAT32 ? "(-INFINITY)" : "(-(double)INFINITY)");
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", d);
  if (!strpbrk(buf, ".e")) strcat(buf, ".0");
  return gfmt(g, dt == DT_FLOAT32 ? "((float)%s)" : "(%s)", buf);
}

static const char *iconst(ClGen *g, int64_t i) {
  if (i == INT64_MIN) return "((long)0x8000000000000000UL)";
  return gfmt(g, "((long)%lld)", (long long)i);
}

static EV ev_int(ClGen *g, int64_t i) {
  EV r = ev(ty_scalar(DT_INT64), iconst(g, i));
  r.cst = true;
  r.ci = i;
  r.nn = i >= 0;
  return r;
}
static EV ev_float(ClGen *g, double d) {
  EV r = ev(ty_scalar(DT_FLOAT64), fconst(g, d, DT_FLOAT64));
  r.cst = r.isf = true;
  r.cf = d;
  return r;
}

static const char *tystr(ClGen *g, ClTy t);

/* Conversions to and from complex: a real becomes (x, 0) (a plain vector cast
** would broadcast x into both lanes); complex to real is a typing error, as in
** Numba; complex to bool is Python's truth value. */
static const char *conv_cx(ClGen *g, EV e, int dt) {
  if (is_cx(e.t.dt) && is_cx(dt)) return gfmt(g, "convert_%s(%s)", ctype(dt), e.c);
  if (is_cx(e.t.dt)) {
    if (dt == DT_BOOL) {
      g->helpers |= H_CPLX;
      return gfmt(g, "__cnz_%s(%s)", cx_sfx(e.t.dt), e.c);
    }
    gen_err(g, g->pos, "Cannot convert %s to %s in a kernel (take .real, .imag or abs() of it)", tystr(g, e.t), dt_name((DType)dt));
  }
  int rdt = dt_real_of((DType)dt);
  const char *re = e.cst && e.isf ? fconst(g, e.cf, rdt) : gfmt(g, "((%s)(%s))", ctype(rdt), e.c);
  return gfmt(g, "((%s)(%s, (%s)0))", ctype(dt), re, ctype(rdt));
}

/* The C value of scalar e converted to dtype dt. */
static const char *conv(ClGen *g, EV e, int dt) {
  if (e.t.k == CK_SCALAR && e.t.dt == dt) return e.c;
  if (is_cx(e.t.dt) || is_cx(dt)) return conv_cx(g, e, dt);
  if (dt == DT_BOOL) return gfmt(g, "((%s) != 0)", e.c);
  if (e.cst && !e.isf && dt_is_int((DType)dt)) return gfmt(g, "((%s)%lld%s)", ctype(dt), (long long)e.ci, dt_is_unsigned((DType)dt) ? "UL" : "L");
  if (e.cst && e.isf && dt_is_float((DType)dt)) return fconst(g, e.cf, dt);
  return gfmt(g, "((%s)(%s))", ctype(dt), e.c);
}

static const char *cond_of(ClGen *g, AstPos pos, EV e) {
  if (e.t.k == CK_UNK) return "0";
  if (e.t.k != CK_SCALAR) gen_err(g, pos, "cannot use a value of type %s as a condition", tystr(g, e.t));
  if (e.t.dt == DT_BOOL) return e.c;
  if (is_cx(e.t.dt)) return conv(g, e, DT_BOOL);
  return gfmt(g, "((%s) != 0)", e.c);
}

/* ---- compile-time values ------------------------------------------------------------ */

static int dtype_of_type_value(Value v) {
  if (!is_obj(v)) return -1;
  if (v.as.o == (Obj *)&TYPE_FLOAT) return DT_FLOAT64;
  if (v.as.o == (Obj *)&TYPE_INT) return DT_INT64;
  if (v.as.o == (Obj *)&TYPE_BOOL) return DT_BOOL;
  if (v.as.o->type == &TYPE_TYPE)
    for (int dt = 0; dt < DT__COUNT; dt++)
      if ((Obj *)np_scalar_type((DType)dt) == v.as.o) return dt;
  if (is_type(v, &TYPE_NB_TYPE)) {
    const NbTypeInfo *i = nb_type(((NbTypeObj *)v.as.o)->ty);
    if (i->kind == NK_SCALAR) return i->dtype;
  }
  if (is_type(v, &TYPE_NPDTYPE)) {
    for (int dt = 0; dt < DT__COUNT; dt++)
      if (np_dtype_value((DType)dt).as.o == v.as.o) return dt;
  }
  if (is_str(v)) {
    const char *s = as_str(v)->data;
    for (int dt = 0; dt < DT__COUNT; dt++)
      if (!strcmp(dt_info[dt].name, s)) return dt;
    if (!strcmp(s, "f8") || !strcmp(s, "float") || !strcmp(s, "double")) return DT_FLOAT64;
    if (!strcmp(s, "f4")) return DT_FLOAT32;
    if (!strcmp(s, "i8") || !strcmp(s, "int")) return DT_INT64;
    if (!strcmp(s, "i4")) return DT_INT32;
  }
  return -1;
}

static const char *module_kind(Module *m) {
  const char *n = m->name->data;
  if (!strcmp(n, "numba.cuda")) return "cuda";
  if (!strcmp(n, "numpy")) return "np";
  if (!strcmp(n, "math")) return "math";
  if (!strcmp(n, "numba")) return "numba";
  return n;
}

/* A frozen global value (or module attribute) as a compile-time EV. */
static EV classify(ClGen *g, AstPos pos, Value v, const char *qname) {
  if (is_int(v)) return ev_int(g, v.as.i);
  if (is_bool(v)) {
    EV r = ev(ty_scalar(DT_BOOL), v.as.i ? "true" : "false");
    r.cst = true;
    r.ci = v.as.i;
    r.nn = true;
    return r;
  }
  if (is_float(v)) return ev_float(g, v.as.f);
  if (is_type(v, &TYPE_MODULE)) {
    Module *m = (Module *)v.as.o;
    return ev(ty_ct(module_kind(m), m), "0");
  }
  if (is_type(v, &TYPE_CUDA_DISPATCHER)) return ev(ty_ct("devfunc", v.as.o), "0");
  int dt = dtype_of_type_value(v);
  if (dt >= 0 && !is_str(v)) {
    ClTy t = ty_ct("dtype", NULL);
    t.dt = (uint8_t)dt;
    return ev(t, "0");
  }
  if (is_str(v)) return ev(ty_ct("str", v.as.o), "0");
  if (is_tuple(v)) return ev(ty_ct("tuple", v.as.o), "0");
  if (is_bigint(v)) gen_err(g, pos, "integer constant '%s' does not fit in 64 bits", qname);
  if (is_type(v, &TYPE_NDARRAY))
    gen_err(g, pos, "global array '%s' cannot be used in a kernel; pass it as an argument", qname);
  return ev(ty_ct(gfmt(g, "%s", qname), NULL), "0");
}

/* Numba's own `cuda.x` names, resolved by name. */
static EV cuda_attr(ClGen *g, AstPos pos, const char *base, const char *attr) {
  static const char *const ns[] = {"threadIdx", "blockIdx", "blockDim", "gridDim", "shared", "local", "atomic", "const",
                                   "grid", "gridsize", "syncthreads", "threadfence", "threadfence_block", "warpsize",
                                   "laneid", "syncwarp", "jit", "to_device", "device_array", "device_array_like", "cbrt",
                                   "fp16", "selp", "popc", "brev", "clz", "ffs", NULL};
  if (!strcmp(base, "cuda")) {
    for (int i = 0; ns[i]; i++)
      if (!strcmp(ns[i], attr)) {
        if (!strcmp(attr, "warpsize")) return ev_int(g, 32);
        return ev(ty_ct(gfmt(g, "cuda.%s", attr), NULL), "0");
      }
    gen_err(g, pos, "Unknown attribute '%s' of module numba.cuda", attr);
  }
  static const char *const dims[] = {"cuda.threadIdx", "cuda.blockIdx", "cuda.blockDim", "cuda.gridDim"};
  static const char *const fns[] = {"get_local_id", "get_group_id", "get_local_size", "get_num_groups"};
  for (int i = 0; i < 4; i++)
    if (!strcmp(base, dims[i])) {
      int d = !strcmp(attr, "x") ? 0 : !strcmp(attr, "y") ? 1 : !strcmp(attr, "z") ? 2 : -1;
      if (d < 0) gen_err(g, pos, "Unknown attribute '%s' of %s (x, y or z)", attr, base);
      EV r = ev(ty_scalar(DT_INT64), gfmt(g, "((long)%s(%d))", fns[i], d));
      r.nn = true;
      return r;
    }
  if (!strcmp(base, "cuda.shared") || !strcmp(base, "cuda.local") || !strcmp(base, "cuda.const")) {
    if (strcmp(attr, "array") && strcmp(attr, "array_like")) gen_err(g, pos, "Unknown attribute '%s' of %s", attr, base);
    return ev(ty_ct(gfmt(g, "%s.%s", base, attr), NULL), "0");
  }
  if (!strcmp(base, "cuda.atomic")) return ev(ty_ct(gfmt(g, "cuda.atomic.%s", attr), NULL), "0");
  gen_err(g, pos, "Unknown attribute '%s' of %s", attr, base);
}

/* ---- expressions ---------------------------------------------------------------------- */

static EV ex(ClGen *g, AstExpr *e);

static const char *ident(ClGen *g, AstPos pos, const char *name) {
  for (const char *p = name; *p; p++)
    if ((unsigned char)*p >= 0x80) gen_err(g, pos, "non-ASCII name '%s' is not supported in kernels", name);
  return name;
}

static EV ex_name(ClGen *g, AstExpr *e) {
  const char *n = e->name.id;
  Var *v = var_find(g->fn, n);
  if (v) {
    EV r = ev(v->ty, gfmt(g, "v_%s", ident(g, e->pos, n)));
    r.nn = v->nonneg;
    return r;
  }
  Function *pf = as_function(g->fn->cf->pyfunc);
  Str *key = str_intern_c(g->vm, n);
  Value val = dict_get_str(g->vm, pf->globals, key);
  if (is_empty(val)) {
    val = module_get(g->vm, g->vm->builtins, n);
    if (!is_empty(val) && !is_obj(val)) return classify(g, e->pos, val, n);
    if (!is_empty(val)) {
      int dt = dtype_of_type_value(val);
      if (dt >= 0) return classify(g, e->pos, val, n);
      if (!strcmp(n, "True") || !strcmp(n, "False") || !strcmp(n, "None")) return classify(g, e->pos, val, n);
      return ev(ty_ct(n, NULL), "0"); /* a builtin function: range, len, abs, min, max, round */
    }
    if (!g->final) return ev_unk();
    gen_err(g, e->pos, "NameError: name '%s' is not defined", n);
  }
  return classify(g, e->pos, val, n);
}

static EV ex_attr(ClGen *g, AstExpr *e) {
  EV b = ex(g, e->attribute.value);
  const char *a = e->attribute.attr;
  if (b.t.k == CK_UNK) return ev_unk();
  if (b.t.k == CK_CT) {
    const char *n = b.t.name;
    if (!strcmp(n, "cuda") || !strncmp(n, "cuda.", 5)) return cuda_attr(g, e->pos, n, a);
    if (b.t.ptr && (!strcmp(n, "np") || !strcmp(n, "math") || !strcmp(n, "numba") || !strchr(n, '.'))) {
      Module *m = b.t.ptr;
      Value v = module_get(g->vm, m, a);
      if (is_empty(v)) gen_err(g, e->pos, "Unknown attribute '%s' of module %s", a, m->name->data);
      return classify(g, e->pos, v, gfmt(g, "%s.%s", n, a));
    }
    gen_err(g, e->pos, "Unknown attribute '%s' of %s", a, n);
  }
  if (b.t.k == CK_ARRAY) {
    const char *p = b.c;
    if (!strcmp(a, "size")) {
      StrBuf s = STRBUF_INIT;
      sb_puts(&s, "(");
      for (int k = 0; k < b.t.nd; k++) sb_printf(&s, "%s%s_n%d", k ? "*" : "", p, k);
      sb_puts(&s, ")");
      EV r = ev(ty_scalar(DT_INT64), gfmt(g, "%s", s.data));
      sb_free(&s);
      r.nn = true;
      return r;
    }
    if (!strcmp(a, "ndim")) return ev_int(g, b.t.nd);
    if (!strcmp(a, "shape") || !strcmp(a, "strides")) {
      bool sh = a[1] == 'h';
      if (b.t.nd == 1) {
        EV r = ev(ty_tuple(DT_INT64, 1), sh ? gfmt(g, "%s_n0", p) : gfmt(g, "(%s_s0*%d)", p, dt_size((DType)b.t.dt)));
        r.nn = true;
        return r;
      }
      if (b.t.nd > 4) gen_err(g, e->pos, "the shape of a %d-D array is not supported in kernels", b.t.nd);
      StrBuf s = STRBUF_INIT;
      sb_printf(&s, "((long%d)(", b.t.nd);
      for (int k = 0; k < b.t.nd; k++) {
        if (sh) sb_printf(&s, "%s%s_n%d", k ? ", " : "", p, k);
        else sb_printf(&s, "%s%s_s%d*%d", k ? ", " : "", p, k, dt_size((DType)b.t.dt));
      }
      sb_puts(&s, "))");
      EV r = ev(ty_tuple(DT_INT64, b.t.nd), gfmt(g, "%s", s.data));
      sb_free(&s);
      r.nn = true;
      return r;
    }
    gen_err(g, e->pos, "Unknown attribute '%s' of type %s", a, tystr(g, b.t));
  }
  if (b.t.k == CK_SCALAR && is_cx(b.t.dt) && (!strcmp(a, "real") || !strcmp(a, "imag")))
    return ev(ty_scalar(dt_real_of((DType)b.t.dt)), gfmt(g, "(%s).%c", b.c, a[0] == 'r' ? 'x' : 'y'));
  if (b.t.k == CK_SCALAR && (!strcmp(a, "real") || !strcmp(a, "conjugate"))) return b;
  if (b.t.k == CK_SCALAR && !strcmp(a, "imag")) return ev(b.t, conv(g, ev_int(g, 0), b.t.dt));
  gen_err(g, e->pos, "Unknown attribute '%s' of type %s", a, tystr(g, b.t));
}

/* Element `k` of a tuple-typed EV. */
static EV tuple_item(ClGen *g, EV t, int k) {
  EV r = ev(ty_scalar(t.t.dt), t.t.nd == 1 ? t.c : gfmt(g, "(%s).s%d", t.c, k));
  r.nn = t.nn;
  return r;
}

/* C expression of one index into dimension k of array `a`. */
static const char *index_expr(ClGen *g, AstPos pos, EV a, int k, EV i) {
  if (i.t.k == CK_UNK) return "0";
  if (i.t.k != CK_SCALAR || !(dt_is_int((DType)i.t.dt) || i.t.dt == DT_BOOL))
    gen_err(g, pos, "array index must be an integer, not %s (array %s)", tystr(g, i.t), tystr(g, a.t));
  const char *ic = conv(g, i, DT_INT64);
  if (i.cst && i.ci >= 0 && !g->boundscheck) return ic;
  if (g->boundscheck) {
    int code = add_site(g, 0, pos.line);
    return gfmt(g, "%s(%s, %s_n%d, __bad, %d)", i.nn ? "__ixn" : "__ix", ic, a.c, k, code);
  }
  if (i.nn) return ic;
  return gfmt(g, "__wr(%s, %s_n%d)", ic, a.c, k);
}

/* Offset (in elements) of a[idx...] where idx is a list of index EVs. */
static const char *elem_offset(ClGen *g, AstPos pos, EV a, int n, const EV *idx) {
  if (n != a.t.nd)
    gen_err(g, pos, "%d-D array %s indexed with %d indices (kernels need one integer index per dimension)", a.t.nd,
            tystr(g, a.t), n);
  const char *ix[8];
  for (int k = 0; k < n; k++) ix[k] = index_expr(g, pos, a, k, idx[k]);
  StrBuf s = STRBUF_INIT;
  if (a.t.layout == 'C') { /* ((i0*n1 + i1)*n2 + i2) */
    for (int k = 0; k < n - 1; k++) sb_puts(&s, "(");
    sb_puts(&s, ix[0]);
    for (int k = 1; k < n; k++) sb_printf(&s, "*%s_n%d + %s)", a.c, k, ix[k]);
  } else {
    for (int k = 0; k < n; k++) sb_printf(&s, "%s%s*%s_s%d", k ? " + " : "", ix[k], a.c, k);
  }
  const char *r = gfmt(g, "%s", s.data);
  sb_free(&s);
  return r;
}

/* Indices of a subscript: a[i], a[i, j], a[t] with t a tuple. */
static int sub_indices(ClGen *g, AstExpr *slice, EV *idx) {
  if (slice->kind == AST_E_Tuple) {
    int n = slice->seq.elts.len;
    if (n > 8) gen_err(g, slice->pos, "too many indices");
    for (int k = 0; k < n; k++) {
      AstExpr *x = slice->seq.elts.items[k];
      if (x->kind == AST_E_Slice) gen_err(g, x->pos, "slicing arrays is not supported in kernels; index each element");
      idx[k] = ex(g, x);
    }
    return n;
  }
  if (slice->kind == AST_E_Slice) gen_err(g, slice->pos, "slicing arrays is not supported in kernels; index each element");
  EV i = ex(g, slice);
  if (i.t.k == CK_TUPLE) {
    for (int k = 0; k < i.t.nd; k++) idx[k] = tuple_item(g, i, k);
    return i.t.nd;
  }
  idx[0] = i;
  return 1;
}

static EV load_elem(ClGen *g, EV a, const char *off) {
  if (a.t.dt == DT_BOOL) return ev(ty_scalar(DT_BOOL), gfmt(g, "(%s_p[%s] != 0)", a.c, off));
  return ev(ty_scalar(a.t.dt), gfmt(g, "%s_p[%s]", a.c, off));
}

static EV ex_subscript(ClGen *g, AstExpr *e) {
  EV b = ex(g, e->subscript.value);
  if (b.t.k == CK_UNK) return ev_unk();
  if (b.t.k == CK_TUPLE || (b.t.k == CK_CT && !strcmp(b.t.name, "tuple"))) {
    EV i = ex(g, e->subscript.slice);
    if (!i.cst || i.isf) gen_err(g, e->pos, "a tuple can only be indexed by a constant integer in kernels");
    if (b.t.k == CK_CT) {
      Tuple *t = (Tuple *)b.t.ptr;
      int64_t k = i.ci < 0 ? i.ci + t->n : i.ci;
      if (k < 0 || k >= t->n) gen_err(g, e->pos, "tuple index out of range");
      return classify(g, e->pos, t->items[k], "tuple item");
    }
    int64_t k = i.ci < 0 ? i.ci + b.t.nd : i.ci;
    if (k < 0 || k >= b.t.nd) gen_err(g, e->pos, "tuple index %lld out of range for %s", (long long)i.ci, tystr(g, b.t));
    return tuple_item(g, b, (int)k);
  }
  if (b.t.k != CK_ARRAY) gen_err(g, e->pos, "'%s' is not subscriptable in a kernel", tystr(g, b.t));
  EV idx[8];
  int n = sub_indices(g, e->subscript.slice, idx);
  for (int k = 0; k < n; k++)
    if (idx[k].t.k == CK_UNK) return ev_unk();
  return load_elem(g, b, elem_offset(g, e->pos, b, n, idx));
}

static const char *opsym(AstBinOp op) { return ast_binop_symbol(op); }

/* Complex a op b: both operands become the promoted complex type first (as
** CPython and Numba do, so z * 2.0 is the full complex product), then the
** interpreter's formulas (src/num.c: c_prod, Smith's c_quot) in helpers. */
static EV binop_cx(ClGen *g, AstPos pos, AstBinOp op, EV a, EV b) {
  int rt = arith_dt(a.t.dt, b.t.dt);
  const char *x = conv(g, a, rt), *y = conv(g, b, rt), *sf = cx_sfx(rt);
  g->helpers |= H_CPLX;
  switch (op) {
  case AST_OP_Add: case AST_OP_Sub: return ev(ty_scalar(rt), gfmt(g, "(%s %s %s)", x, opsym(op), y));
  case AST_OP_Mult: return ev(ty_scalar(rt), gfmt(g, "__cmul_%s(%s, %s)", sf, x, y));
  case AST_OP_Div: {
    int code = add_site(g, 2, pos.line);
    return ev(ty_scalar(rt), gfmt(g, "__cdiv_%s(%s, %s, __bad, %d)", sf, x, y, code));
  }
  default:
    gen_err(g, pos, "operator '%s' is not supported for %s and %s in kernels (complex numbers support + - * / abs == !=)",
            opsym(op), tystr(g, a.t), tystr(g, b.t));
  }
}

/* a op b on lowered operands. */
static EV binop(ClGen *g, AstPos pos, AstBinOp op, EV a, EV b) {
  if (a.t.k == CK_UNK || b.t.k == CK_UNK) return ev_unk();
  if (a.t.k != CK_SCALAR || b.t.k != CK_SCALAR)
    gen_err(g, pos, "No implementation of '%s' for operands %s and %s in a kernel", opsym(op), tystr(g, a.t), tystr(g, b.t));
  /* constant folding for ints (shapes, loop bounds) */
  if (a.cst && b.cst && !a.isf && !b.isf && a.t.dt != DT_BOOL && b.t.dt != DT_BOOL) {
    int64_t x = a.ci, y = b.ci, r;
    bool ok = true;
    switch (op) {
    case AST_OP_Add: ok = !__builtin_add_overflow(x, y, &r); break;
    case AST_OP_Sub: ok = !__builtin_sub_overflow(x, y, &r); break;
    case AST_OP_Mult: ok = !__builtin_mul_overflow(x, y, &r); break;
    case AST_OP_FloorDiv:
      ok = y != 0 && !(x == INT64_MIN && y == -1);
      if (ok) {
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
      }
      break;
    case AST_OP_Mod:
      ok = y != 0 && !(x == INT64_MIN && y == -1);
      if (ok) {
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
      }
      break;
    default: ok = false;
    }
    if (ok) return ev_int(g, r);
  }
  if (is_cx(a.t.dt) || is_cx(b.t.dt)) return binop_cx(g, pos, op, a, b);
  int da = a.t.dt, db = b.t.dt;
  bool nn = a.nn && b.nn;
  switch (op) {
  case AST_OP_Add: case AST_OP_Sub: case AST_OP_Mult: {
    int rt = arith_dt(da, db);
    EV r = ev(ty_scalar(rt), gfmt(g, "(%s %s %s)", conv(g, a, rt), opsym(op), conv(g, b, rt)));
    r.nn = nn && op != AST_OP_Sub;
    return r;
  }
  case AST_OP_Div: {
    int rt = arith_dt(da, db);
    if (!dt_is_float((DType)rt)) rt = DT_FLOAT64;
    return ev(ty_scalar(rt), gfmt(g, "(%s / %s)", conv(g, a, rt), conv(g, b, rt)));
  }
  case AST_OP_FloorDiv: case AST_OP_Mod: {
    int rt = arith_dt(da, db);
    bool fl = op == AST_OP_FloorDiv;
    if (dt_is_float((DType)rt)) {
      g->helpers |= fl ? H_FLOORDIV : H_MOD;
      return ev(ty_scalar(rt), gfmt(g, "__%s_%s(%s, %s)", fl ? "fdiv" : "fmod", ctype(rt), conv(g, a, rt), conv(g, b, rt)));
    }
    g->helpers |= H_IDIV;
    int code = add_site(g, 1, pos.line);
    const char *f = dt_is_unsigned((DType)rt) ? (fl ? "__udiv" : "__umod") : (fl ? "__idiv" : "__imod");
    if (!dt_is_unsigned((DType)rt) && nn && b.cst && b.ci > 0) /* both non-negative: C's / and % agree */
      return (EV){.t = ty_scalar(rt), .c = gfmt(g, "(%s %s %s)", conv(g, a, rt), fl ? "/" : "%", conv(g, b, rt)), .nn = true};
    EV r = ev(ty_scalar(rt), gfmt(g, "%s(%s, %s, __bad, %d)", f, conv(g, a, rt), conv(g, b, rt), code));
    r.nn = nn || (!fl && b.cst && b.ci > 0);
    return r;
  }
  case AST_OP_Pow: {
    int rt = arith_dt(da, db);
    if (dt_is_float((DType)rt)) {
      if (b.cst && !b.isf && b.ci == 2) {
        const char *x = conv(g, a, rt);
        return ev(ty_scalar(rt), gfmt(g, "(%s * %s)", x, x));
      }
      if (b.cst && !b.isf && b.ci == 1) return ev(ty_scalar(rt), conv(g, a, rt));
      return ev(ty_scalar(rt), gfmt(g, "pow(%s, %s)", conv(g, a, rt), conv(g, b, rt)));
    }
    if (b.cst && b.ci < 0) { /* int ** negative int: float, as Numba does for constants */
      return ev(ty_scalar(DT_FLOAT64), gfmt(g, "pow(%s, %s)", conv(g, a, DT_FLOAT64), conv(g, b, DT_FLOAT64)));
    }
    g->helpers |= H_IPOW;
    EV r = ev(ty_scalar(rt), gfmt(g, "((%s)__ipow((long)%s, (long)%s))", ctype(rt), a.c, b.c));
    r.nn = a.nn;
    return r;
  }
  case AST_OP_LShift: case AST_OP_RShift: case AST_OP_BitAnd: case AST_OP_BitOr: case AST_OP_BitXor: {
    if (da == DT_BOOL && db == DT_BOOL && op != AST_OP_LShift && op != AST_OP_RShift)
      return ev(ty_scalar(DT_BOOL), gfmt(g, "(%s %s %s)", a.c, opsym(op), b.c));
    if (!(dt_is_int((DType)da) || da == DT_BOOL) || !(dt_is_int((DType)db) || db == DT_BOOL))
      gen_err(g, pos, "No implementation of '%s' for operands %s and %s", opsym(op), tystr(g, a.t), tystr(g, b.t));
    int rt = arith_dt(da, db);
    EV r = ev(ty_scalar(rt), gfmt(g, "(%s %s %s)", conv(g, a, rt), opsym(op), conv(g, b, rt)));
    r.nn = nn && op != AST_OP_LShift;
    return r;
  }
  default: gen_err(g, pos, "operator '%s' is not supported in kernels", opsym(op));
  }
}

static const char *cmp_c(AstCmpOp op) {
  switch (op) {
  case AST_CMP_Eq: return "==";
  case AST_CMP_NotEq: return "!=";
  case AST_CMP_Lt: return "<";
  case AST_CMP_LtE: return "<=";
  case AST_CMP_Gt: return ">";
  case AST_CMP_GtE: return ">=";
  case AST_CMP_Is: return "==";
  case AST_CMP_IsNot: return "!=";
  default: return NULL;
  }
}

static EV compare1(ClGen *g, AstPos pos, AstCmpOp op, EV a, EV b) {
  if (a.t.k == CK_UNK || b.t.k == CK_UNK) return ev_unk();
  const char *s = cmp_c(op);
  if (!s) gen_err(g, pos, "operator '%s' is not supported in kernels", ast_cmpop_symbol(op));
  if (a.t.k != CK_SCALAR || b.t.k != CK_SCALAR)
    gen_err(g, pos, "cannot compare %s and %s in a kernel", tystr(g, a.t), tystr(g, b.t));
  int rt = (a.t.dt == DT_BOOL && b.t.dt == DT_BOOL) ? DT_BOOL : arith_dt(a.t.dt, b.t.dt);
  if (is_cx(rt)) {
    bool ne = op == AST_CMP_NotEq || op == AST_CMP_IsNot;
    if (!ne && op != AST_CMP_Eq && op != AST_CMP_Is)
      gen_err(g, pos, "No implementation of '%s' for %s and %s in a kernel (complex numbers are unordered)", ast_cmpop_symbol(op),
              tystr(g, a.t), tystr(g, b.t));
    g->helpers |= H_CPLX;
    return ev(ty_scalar(DT_BOOL), gfmt(g, "(%s__ceq_%s(%s, %s))", ne ? "!" : "", cx_sfx(rt), conv(g, a, rt), conv(g, b, rt)));
  }
  /* unsigned vs signed when the signed side is known non-negative: compare unsigned */
  return ev(ty_scalar(DT_BOOL), gfmt(g, "(%s %s %s)", conv(g, a, rt), s, conv(g, b, rt)));
}

static EV ex_call(ClGen *g, AstExpr *e);

static EV ex(ClGen *g, AstExpr *e) {
  switch (e->kind) {
  case AST_E_Constant: {
    AstConst *c = &e->constant;
    switch (c->kind) {
    case AST_CONST_Int: return ev_int(g, c->i);
    case AST_CONST_Float: return ev_float(g, c->f);
    case AST_CONST_Imag: return ev(ty_scalar(DT_COMPLEX128), gfmt(g, "((double2)(0.0, %s))", fconst(g, c->f, DT_FLOAT64)));
    case AST_CONST_True: case AST_CONST_False: {
      EV r = ev(ty_scalar(DT_BOOL), c->kind == AST_CONST_True ? "true" : "false");
      r.cst = true;
      r.ci = c->kind == AST_CONST_True;
      r.nn = true;
      return r;
    }
    case AST_CONST_None: return ev(ty_ct("None", NULL), "0");
    case AST_CONST_Str: return ev(ty_ct("strconst", (void *)c->str.data), "0");
    default: gen_err(g, e->pos, "this constant is not supported in kernels");
    }
  }
  case AST_E_Name: return ex_name(g, e);
  case AST_E_Attribute: return ex_attr(g, e);
  case AST_E_Subscript: return ex_subscript(g, e);
  case AST_E_BinOp: return binop(g, e->pos, e->binop.op, ex(g, e->binop.left), ex(g, e->binop.right));
  case AST_E_UnaryOp: {
    EV a = ex(g, e->unaryop.operand);
    if (a.t.k == CK_UNK) return ev_unk();
    if (e->unaryop.op == AST_UOP_Not) return ev(ty_scalar(DT_BOOL), gfmt(g, "(!%s)", cond_of(g, e->pos, a)));
    if (a.t.k != CK_SCALAR) gen_err(g, e->pos, "unary '%s' is not supported on %s", ast_unaryop_name(e->unaryop.op), tystr(g, a.t));
    if (e->unaryop.op == AST_UOP_UAdd) return a;
    if (e->unaryop.op == AST_UOP_USub) {
      if (a.cst && !a.isf && a.ci != INT64_MIN) return ev_int(g, -a.ci);
      if (a.cst && a.isf) return ev_float(g, -a.cf);
      int rt = a.t.dt == DT_BOOL ? DT_INT64 : dt_is_int((DType)a.t.dt) ? arith_dt(a.t.dt, a.t.dt) : a.t.dt;
      return ev(ty_scalar(rt), gfmt(g, "(-%s)", conv(g, a, rt)));
    }
    if (a.t.dt == DT_BOOL) return ev(ty_scalar(DT_INT64), gfmt(g, "(~(long)%s)", a.c));
    if (!dt_is_int((DType)a.t.dt)) gen_err(g, e->pos, "bad operand type for unary ~: %s", tystr(g, a.t));
    int rt = arith_dt(a.t.dt, a.t.dt);
    return ev(ty_scalar(rt), gfmt(g, "(~%s)", conv(g, a, rt)));
  }
  /* The operands are joined in the generator's arena (gfmt): gen_err
  ** longjmps out of ex(), so a heap buffer held here would leak. */
  case AST_E_BoolOp: {
    const char *c = "";
    bool unk = false;
    for (int i = 0; i < e->boolop.values.len; i++) {
      EV v = ex(g, e->boolop.values.items[i]);
      if (v.t.k == CK_UNK) unk = true;
      else c = gfmt(g, "%s%s%s", c, i ? (e->boolop.op == AST_BOOL_And ? " && " : " || ") : "", cond_of(g, e->pos, v));
    }
    return unk ? ev_unk() : ev(ty_scalar(DT_BOOL), gfmt(g, "(%s)", c));
  }
  case AST_E_Compare: {
    EV left = ex(g, e->compare.left);
    const char *c = "";
    bool unk = false;
    for (int i = 0; i < e->compare.n; i++) {
      EV right = ex(g, e->compare.comparators[i]);
      EV r = compare1(g, e->pos, e->compare.ops[i], left, right);
      if (r.t.k == CK_UNK) unk = true;
      c = gfmt(g, "%s%s%s", c, i ? " && " : "", r.c);
      left = right;
    }
    return unk ? ev_unk() : ev(ty_scalar(DT_BOOL), gfmt(g, "(%s)", c));
  }
  case AST_E_IfExp: {
    EV c = ex(g, e->ifexp.test), a = ex(g, e->ifexp.body), b = ex(g, e->ifexp.orelse);
    if (c.t.k == CK_UNK || a.t.k == CK_UNK || b.t.k == CK_UNK) return ev_unk();
    if (a.t.k != CK_SCALAR || b.t.k != CK_SCALAR) gen_err(g, e->pos, "conditional expressions must give numbers in kernels");
    ClTy u = unify(g, e->pos, a.t, b.t, "if-else expression");
    EV r = ev(u, gfmt(g, "(%s ? %s : %s)", cond_of(g, e->pos, c), conv(g, a, u.dt), conv(g, b, u.dt)));
    r.nn = a.nn && b.nn;
    return r;
  }
  case AST_E_Tuple: {
    int n = e->seq.elts.len;
    if (n < 1 || n > 4) gen_err(g, e->pos, "tuples of %d items are not supported in kernels (1 to 4 numbers)", n);
    EV it[4];
    int dt = -1;
    bool nn = true;
    for (int i = 0; i < n; i++) {
      it[i] = ex(g, e->seq.elts.items[i]);
      if (it[i].t.k == CK_UNK) return ev_unk();
      if (it[i].t.k != CK_SCALAR || is_cx(it[i].t.dt))
        gen_err(g, e->pos, "tuples in kernels hold real numbers, not %s", tystr(g, it[i].t));
      dt = dt < 0 ? (it[i].t.dt == DT_BOOL ? DT_INT64 : it[i].t.dt) : arith_dt(dt, it[i].t.dt);
      nn = nn && it[i].nn;
    }
    if (n == 1) {
      EV r = ev(ty_tuple(dt, 1), conv(g, it[0], dt));
      r.nn = nn;
      return r;
    }
    const char *items = ""; /* in the arena: conv may gen_err */
    for (int i = 0; i < n; i++) items = gfmt(g, "%s%s%s", items, i ? ", " : "", conv(g, it[i], dt));
    EV r = ev(ty_tuple(dt, n), gfmt(g, "((%s%d)(%s))", ctype(dt), n == 3 ? 3 : n, items));
    r.nn = nn;
    return r;
  }
  case AST_E_Call: return ex_call(g, e);
  default: gen_err(g, e->pos, "%s expressions are not supported in kernels", ast_expr_kind_name(e->kind));
  }
}

/* ---- calls -------------------------------------------------------------------------------- */

static AstExpr *kwarg(AstExpr *call, const char *name) {
  for (int i = 0; i < call->call.keywords.len; i++) {
    AstKeyword *k = call->call.keywords.items[i];
    if (k->arg && !strcmp(k->arg, name)) return k->value;
  }
  return NULL;
}

static AstExpr *arg_or_kw(AstExpr *call, int i, const char *name) {
  if (i < call->call.args.len) return call->call.args.items[i];
  return kwarg(call, name);
}

static void nargs_check(ClGen *g, AstExpr *call, const char *fname, int lo, int hi) {
  int n = call->call.args.len;
  for (int i = 0; i < n; i++)
    if (call->call.args.items[i]->kind == AST_E_Starred) gen_err(g, call->pos, "*args are not supported in kernels");
  if (n < lo || n > hi) {
    if (lo == hi) gen_err(g, call->pos, "%s() takes %d argument%s (%d given)", fname, lo, lo == 1 ? "" : "s", n);
    gen_err(g, call->pos, "%s() takes %d to %d arguments (%d given)", fname, lo, hi, n);
  }
}

/* A compile-time shape: int or tuple of ints. */
static int ct_shape(ClGen *g, AstExpr *e, int64_t *shape) {
  if (e->kind == AST_E_Tuple) {
    int n = e->seq.elts.len;
    if (n < 1 || n > 3) gen_err(g, e->pos, "shared/local arrays have 1 to 3 dimensions");
    for (int i = 0; i < n; i++) {
      EV v = ex(g, e->seq.elts.items[i]);
      if (!v.cst || v.isf) gen_err(g, e->pos, "the shape of a shared or local array must be a constant integer (a literal or a global)");
      shape[i] = v.ci;
    }
    return n;
  }
  EV v = ex(g, e);
  if (v.t.k == CK_CT && !strcmp(v.t.name, "tuple")) {
    Tuple *t = v.t.ptr;
    if (t->n < 1 || t->n > 3) gen_err(g, e->pos, "shared/local arrays have 1 to 3 dimensions");
    for (int64_t i = 0; i < t->n; i++) {
      if (!is_int(t->items[i])) gen_err(g, e->pos, "the shape of a shared or local array must hold integers");
      shape[i] = t->items[i].as.i;
    }
    return (int)t->n;
  }
  if (!v.cst || v.isf) gen_err(g, e->pos, "the shape of a shared or local array must be a constant integer (a literal or a global)");
  shape[0] = v.ci;
  return 1;
}

static int ct_dtype(ClGen *g, AstExpr *e) {
  if (!e) return DT_FLOAT64;
  if (e->kind == AST_E_Constant && e->constant.kind == AST_CONST_Str) {
    Value s = str_from_cstr(g->vm, e->constant.str.data);
    int dt = dtype_of_type_value(s);
    if (dt < 0 || !cl_dt_ok(dt)) gen_err(g, e->pos, "unsupported dtype '%s' in a kernel", e->constant.str.data);
    return dt;
  }
  EV v = ex(g, e);
  if (v.t.k == CK_CT && !strcmp(v.t.name, "dtype") && cl_dt_ok(v.t.dt)) return v.t.dt;
  if (v.t.k == CK_CT && !strcmp(v.t.name, "str")) {
    int dt = dtype_of_type_value(v_obj(v.t.ptr));
    if (dt >= 0 && cl_dt_ok(dt)) return dt;
  }
  gen_err(g, e->pos, "dtype must be a NumPy or Numba scalar type (np.float32, float64, ...), not %s", tystr(g, v.t));
}

/* cuda.shared.array / cuda.local.array: storage declared at function top. */
static EV array_alloc(ClGen *g, AstExpr *call, bool shared) {
  const char *fname = shared ? "cuda.shared.array" : "cuda.local.array";
  AstExpr *sh = arg_or_kw(call, 0, "shape"), *dte = arg_or_kw(call, 1, "dtype");
  if (!sh) gen_err(g, call->pos, "%s() needs a shape", fname);
  int64_t shape[3];
  int nd = ct_shape(g, sh, shape);
  int dt = ct_dtype(g, dte);
  int64_t total = 1;
  for (int i = 0; i < nd; i++) {
    if (shape[i] < 0) gen_err(g, call->pos, "negative dimension in %s()", fname);
    total *= shape[i];
  }
  if (shared && !g->fn->kernel) gen_err(g, call->pos, "cuda.shared.array is only supported in kernels, not in device functions");
  int id = g->nstore++;
  const char *p = gfmt(g, "__st%d", id);
  bool dyn = shared && total == 0;
  if (dyn) {
    g->dynshared = true;
    if (nd != 1) gen_err(g, call->pos, "a dynamic shared array (shape 0) must be 1-D");
    sb_printf(&g->storage, "  __local %s *%s_p = (__local %s *)__dynsh;\n  const long %s_n0 = (long)(__dynsh_size / %d), %s_s0 = 1;\n",
              etype(dt), p, etype(dt), p, dt_size((DType)dt), p);
  } else {
    sb_printf(&g->storage, "  %s%s %s_p[%lld];\n", shared ? "__local " : "", etype(dt), p, (long long)(total ? total : 1));
    for (int i = 0; i < nd; i++) {
      int64_t st = 1;
      for (int k = i + 1; k < nd; k++) st *= shape[k];
      sb_printf(&g->storage, "  const long %s_n%d = %lld, %s_s%d = %lld;\n", p, i, (long long)shape[i], p, i, (long long)st);
    }
  }
  return ev(ty_array(dt, nd, 'C', shared ? CS_LOCAL : CS_PRIVATE), p);
}

static const char *const F1[][2] = {
    {"sqrt", "sqrt"}, {"exp", "exp"}, {"log", "log"}, {"log10", "log10"}, {"log2", "log2"}, {"log1p", "log1p"},
    {"expm1", "expm1"}, {"sin", "sin"}, {"cos", "cos"}, {"tan", "tan"}, {"asin", "asin"}, {"arcsin", "asin"},
    {"acos", "acos"}, {"arccos", "acos"}, {"atan", "atan"}, {"arctan", "atan"}, {"sinh", "sinh"}, {"cosh", "cosh"},
    {"tanh", "tanh"}, {"asinh", "asinh"}, {"arcsinh", "asinh"}, {"acosh", "acosh"}, {"arccosh", "acosh"},
    {"atanh", "atanh"}, {"arctanh", "atanh"}, {"fabs", "fabs"}, {"erf", "erf"}, {"erfc", "erfc"}, {"gamma", "tgamma"},
    {"lgamma", "lgamma"}, {"exp2", "exp2"}, {"cbrt", "cbrt"}, {"rint", "rint"}, {NULL, NULL}};

/* abs() of a complex number: CPython's and NumPy's hypot, bit for bit (helpers). */
static EV math_cx(ClGen *g, AstExpr *call, const char *mod, const char *fn, EV z) {
  if (!strcmp(fn, "abs") || !strcmp(fn, "absolute")) {
    nargs_check(g, call, fn, 1, 1);
    g->helpers |= H_CPLX;
    return ev(ty_scalar(dt_real_of((DType)z.t.dt)), gfmt(g, "__cabs_%s(%s)", cx_sfx(z.t.dt), z.c));
  }
  gen_err(g, call->pos, "%s.%s() of a complex number is not supported in kernels", !strcmp(mod, "np") ? "numpy" : mod, fn);
}

/* cmath.exp/log/sqrt/phase/isnan/isinf/isfinite: src/mod_cmath.c's code for finite
** arguments (computed in double2; complex64 in, complex64 out as Numba types it).
** CPython's errors become error sites: exp overflow (OverflowError), log(0)
** (ValueError); the special-value tables for infinite and NaN arguments are not
** ported, so such an argument raises instead of guessing. */
static EV cmath_call(ClGen *g, AstExpr *call, const char *fn) {
  nargs_check(g, call, gfmt(g, "cmath.%s", fn), 1, 1);
  EV z = ex(g, call->call.args.items[0]);
  if (z.t.k == CK_UNK) return ev_unk();
  if (z.t.k != CK_SCALAR) gen_err(g, call->pos, "cmath.%s() takes a number, not %s", fn, tystr(g, z.t));
  int ct = z.t.dt == DT_COMPLEX64 || z.t.dt == DT_FLOAT32 ? DT_COMPLEX64 : DT_COMPLEX128;
  const char *zc = conv(g, z, DT_COMPLEX128);
  g->helpers |= H_CPLX | H_CMATH;
  if (!strcmp(fn, "isnan") || !strcmp(fn, "isinf") || !strcmp(fn, "isfinite")) {
    return ev(ty_scalar(DT_BOOL), gfmt(g, "__c%s(%s)", fn, zc));
  }
  if (!strcmp(fn, "phase")) return ev(ty_scalar(dt_real_of((DType)ct)), conv(g, ev(ty_scalar(DT_FLOAT64), gfmt(g, "atan2((%s).y, (%s).x)", zc, zc)), dt_real_of((DType)ct)));
  if (strcmp(fn, "exp") && strcmp(fn, "log") && strcmp(fn, "sqrt"))
    gen_err(g, call->pos, "cmath.%s() is not supported in kernels (exp, log, sqrt, phase, isnan, isinf, isfinite are)", fn);
  int bad = add_site(g, 5, call->pos.line), err = add_site(g, fn[0] == 'e' ? 4 : 3, call->pos.line);
  EV r = ev(ty_scalar(DT_COMPLEX128), gfmt(g, "__c%s(%s, __bad, %d, %d)", fn, zc, bad, err));
  return ev(ty_scalar(ct), conv(g, r, ct));
}

static EV math_call(ClGen *g, AstExpr *call, const char *mod, const char *fn) {
  int n = call->call.args.len;
  EV a[3];
  for (int i = 0; i < n && i < 3; i++) {
    a[i] = ex(g, call->call.args.items[i]);
    if (a[i].t.k == CK_UNK) return ev_unk();
    if (a[i].t.k != CK_SCALAR) gen_err(g, call->pos, "%s.%s() takes numbers in kernels, not %s", mod, fn, tystr(g, a[i].t));
  }
  bool isnp = !strcmp(mod, "np");
  if (n >= 1 && is_cx(a[0].t.dt)) return math_cx(g, call, mod, fn, a[0]);
  for (int i = 1; i < n && i < 3; i++)
    if (is_cx(a[i].t.dt)) gen_err(g, call->pos, "%s.%s() does not take complex arguments in kernels", mod, fn);
  /* float type of the result: float32 stays, anything else becomes float64 */
  int ft = n >= 1 && a[0].t.dt == DT_FLOAT32 && (n < 2 || a[1].t.dt == DT_FLOAT32) ? DT_FLOAT32 : DT_FLOAT64;
  for (int i = 0; F1[i][0]; i++)
    if (!strcmp(fn, F1[i][0])) {
      nargs_check(g, call, fn, 1, 1);
      return ev(ty_scalar(ft), gfmt(g, "%s(%s)", F1[i][1], conv(g, a[0], ft)));
    }
  if (!strcmp(fn, "floor") || !strcmp(fn, "ceil") || !strcmp(fn, "trunc")) {
    nargs_check(g, call, fn, 1, 1);
    if (dt_is_int((DType)a[0].t.dt) && isnp) return a[0];
    const char *c = gfmt(g, "%s(%s)", fn, conv(g, a[0], ft));
    if (!isnp) return ev(ty_scalar(DT_INT64), gfmt(g, "((long)%s)", c)); /* math.floor → int */
    return ev(ty_scalar(ft), c);
  }
  if (!strcmp(fn, "atan2") || !strcmp(fn, "arctan2") || !strcmp(fn, "pow") || !strcmp(fn, "power") ||
      !strcmp(fn, "hypot") || !strcmp(fn, "copysign") || !strcmp(fn, "fmod")) {
    nargs_check(g, call, fn, 2, 2);
    if ((!strcmp(fn, "pow") || !strcmp(fn, "power")) && isnp && dt_is_int((DType)a[0].t.dt) && dt_is_int((DType)a[1].t.dt))
      return binop(g, call->pos, AST_OP_Pow, a[0], a[1]);
    const char *cf = !strcmp(fn, "arctan2") ? "atan2" : !strcmp(fn, "power") ? "pow" : fn;
    return ev(ty_scalar(ft), gfmt(g, "%s(%s, %s)", cf, conv(g, a[0], ft), conv(g, a[1], ft)));
  }
  if (!strcmp(fn, "isnan") || !strcmp(fn, "isinf") || !strcmp(fn, "isfinite")) {
    nargs_check(g, call, fn, 1, 1);
    if (!dt_is_float((DType)a[0].t.dt)) return ev(ty_scalar(DT_BOOL), !strcmp(fn, "isfinite") ? "true" : "false");
    return ev(ty_scalar(DT_BOOL), gfmt(g, "(%s(%s) != 0)", fn, a[0].c));
  }
  if (!strcmp(fn, "degrees") || !strcmp(fn, "radians") || !strcmp(fn, "rad2deg") || !strcmp(fn, "deg2rad")) {
    nargs_check(g, call, fn, 1, 1);
    bool deg = fn[0] == 'd' && fn[1] == 'e' && fn[2] == 'g' && fn[3] == 'r' ? true : !strcmp(fn, "rad2deg");
    return ev(ty_scalar(ft), gfmt(g, "(%s * %s)", conv(g, a[0], ft), deg ? fconst(g, 180.0 / M_PI, ft) : fconst(g, M_PI / 180.0, ft)));
  }
  if (!strcmp(fn, "abs") || !strcmp(fn, "absolute")) {
    nargs_check(g, call, fn, 1, 1);
    if (dt_is_float((DType)a[0].t.dt)) return ev(ty_scalar(a[0].t.dt), gfmt(g, "fabs(%s)", a[0].c));
    int rt = arith_dt(a[0].t.dt, a[0].t.dt);
    const char *x = conv(g, a[0], rt);
    EV r = ev(ty_scalar(rt), gfmt(g, "(%s < 0 ? -%s : %s)", x, x, x));
    r.nn = true;
    return r;
  }
  gen_err(g, call->pos, "%s.%s() is not supported in kernels", isnp ? "numpy" : mod, fn);
}

static EV minmax(ClGen *g, AstExpr *call, bool isMax) {
  int n = call->call.args.len;
  if (n < 2) gen_err(g, call->pos, "%s() of one value is not supported in kernels (give two or more numbers)", isMax ? "max" : "min");
  EV acc = ex(g, call->call.args.items[0]);
  g->helpers |= H_MINMAX;
  for (int i = 1; i < n; i++) {
    EV b = ex(g, call->call.args.items[i]);
    if (acc.t.k == CK_UNK || b.t.k == CK_UNK) return ev_unk();
    if (acc.t.k != CK_SCALAR || b.t.k != CK_SCALAR || is_cx(acc.t.dt) || is_cx(b.t.dt))
      gen_err(g, call->pos, "min()/max() take real numbers in kernels");
    int rt = acc.t.dt == DT_BOOL && b.t.dt == DT_BOOL ? DT_BOOL : arith_dt(acc.t.dt, b.t.dt);
    if (rt == DT_BOOL) rt = DT_INT64;
    bool nn = isMax ? (acc.nn || b.nn) : (acc.nn && b.nn);
    acc = ev(ty_scalar(rt), gfmt(g, "__%s_%s(%s, %s)", isMax ? "mx" : "mn", ctype(rt), conv(g, acc, rt), conv(g, b, rt)));
    acc.nn = nn;
  }
  return acc;
}

static EV atomic_call(ClGen *g, AstExpr *call, const char *op) {
  /* Numba 0.56 (the oracle) has no cuda.atomic.cas; later versions add it */
  if (!strcmp(op, "cas"))
    gen_err(g, call->pos, "Unknown attribute 'cas' of module numba.cuda.atomic (Numba 0.56 has compare_and_swap(ary, old, val))");
  bool cas = !strcmp(op, "compare_and_swap");
  int need = 3;
  nargs_check(g, call, gfmt(g, "cuda.atomic.%s", op), need, need);
  EV a = ex(g, call->call.args.items[0]);
  if (a.t.k == CK_UNK) return ev_unk();
  if (a.t.k != CK_ARRAY) gen_err(g, call->pos, "cuda.atomic.%s() needs an array first, not %s", op, tystr(g, a.t));
  if (a.t.space == CS_PRIVATE) gen_err(g, call->pos, "atomics on local (private) arrays are not supported");
  const char *off;
  int vi = 2;
  if (!strcmp(op, "compare_and_swap")) { /* compare_and_swap(ary, old, val): element 0 */
    EV z = ev_int(g, 0);
    EV idx[3] = {z, z, z};
    off = elem_offset(g, call->pos, a, a.t.nd, idx);
    vi = 1;
  } else {
    EV idx[8];
    int n = sub_indices(g, call->call.args.items[1], idx);
    for (int k = 0; k < n; k++)
      if (idx[k].t.k == CK_UNK) return ev_unk();
    off = elem_offset(g, call->pos, a, n, idx);
  }
  int dt = a.t.dt;
  const char *sp = a.t.space == CS_LOCAL ? "__local" : "__global";
  const char *spc = a.t.space == CS_LOCAL ? "l" : "g";
  const char *ptr = gfmt(g, "(volatile %s %s *)&%s_p[%s]", sp, etype(dt), a.c, off);
  EV v = ex(g, call->call.args.items[vi]);
  if (v.t.k == CK_UNK) return ev_unk();
  if (v.t.k != CK_SCALAR) gen_err(g, call->pos, "cuda.atomic.%s() value must be a number, not %s", op, tystr(g, v.t));
  const char *val = conv(g, v, dt);
  bool i32 = dt == DT_INT32 || dt == DT_UINT32, i64 = dt == DT_INT64 || dt == DT_UINT64;
  if (cas) {
    EV nv = ex(g, call->call.args.items[vi + 1]);
    if (nv.t.k == CK_UNK) return ev_unk();
    if (!i32 && !i64) gen_err(g, call->pos, "cuda.atomic.%s() supports int32/int64/uint32/uint64 arrays, not %s", op, tystr(g, a.t));
    if (i64) g->i64atom = true;
    return ev(ty_scalar(dt), gfmt(g, "%s(%s, %s, %s)", i64 ? "atom_cmpxchg" : "atomic_cmpxchg", ptr, val, conv(g, nv, dt)));
  }
  /* nanmax/nanmin differ from max/min only for floats */
  bool fl = dt == DT_FLOAT32 || dt == DT_FLOAT64;
  const char *opname = !strcmp(op, "add") ? "add" : !strcmp(op, "sub") ? "sub" : !strcmp(op, "max") ? "max"
                       : !strcmp(op, "min") ? "min" : !strcmp(op, "exch") ? "xchg" : !strcmp(op, "and_") ? "and"
                       : !strcmp(op, "or_") ? "or" : !strcmp(op, "xor") ? "xor" : !strcmp(op, "inc") ? "inc"
                       : !strcmp(op, "dec") ? "dec" : !strcmp(op, "nanmax") ? (fl ? "nanmax" : "max")
                       : !strcmp(op, "nanmin") ? (fl ? "nanmin" : "min") : NULL;
  if (!opname) gen_err(g, call->pos, "Unknown attribute '%s' of module numba.cuda.atomic", op);
  bool incdec = !strcmp(opname, "inc") || !strcmp(opname, "dec");
  if (incdec && dt != DT_UINT32 && dt != DT_UINT64)
    gen_err(g, call->pos, "cuda.atomic.%s() supports uint32 and uint64 arrays (as Numba does), not %s", op, tystr(g, a.t));
  if (incdec) { /* CUDA's wrapping counters: no OpenCL builtin has their semantics */
    g->i64atom |= i64;
    g->helpers |= H_ATOMINC;
    return ev(ty_scalar(dt), gfmt(g, "__at_%s_%s_%s(%s, %s)", opname, i64 ? "ul" : "u", spc, ptr, val));
  }
  if (i32 || i64) {
    if (i64) g->i64atom = true;
    return ev(ty_scalar(dt), gfmt(g, "%s_%s(%s, %s)", i64 ? "atom" : "atomic", opname, ptr, val));
  }
  if (dt == DT_FLOAT32 || dt == DT_FLOAT64) {
    if (!strcmp(opname, "and") || !strcmp(opname, "or") || !strcmp(opname, "xor"))
      gen_err(g, call->pos, "cuda.atomic.%s() needs an integer array", op);
    if (dt == DT_FLOAT64) g->i64atom = true;
    g->helpers |= dt == DT_FLOAT32 ? H_ATOMF32 : H_ATOMF64;
    return ev(ty_scalar(dt), gfmt(g, "__at_%s_%s_%s(%s, %s)", opname, dt == DT_FLOAT32 ? "f" : "d", spc, ptr, val));
  }
  gen_err(g, call->pos, "cuda.atomic.%s() on %s arrays is not supported (int32/int64/uint32/uint64/float32/float64)", op, tystr(g, a.t));
}

static Fn *infer_fn(ClGen *g, CuFunc *cf, int nargs, const ClTy *args, bool kernel, AstPos callpos);

static EV devcall(ClGen *g, AstExpr *call, CuFunc *cf) {
  if (!cf->device) gen_err(g, call->pos, "kernel '%s' cannot be called from a kernel (only device=True functions can)", cf->name);
  if (call->call.keywords.len) gen_err(g, call->pos, "keyword arguments to device functions are not supported");
  int n = call->call.args.len;
  if (n > 32) gen_err(g, call->pos, "too many arguments");
  EV a[32];
  ClTy t[32];
  for (int i = 0; i < n; i++) {
    if (call->call.args.items[i]->kind == AST_E_Starred) gen_err(g, call->pos, "*args are not supported in kernels");
    a[i] = ex(g, call->call.args.items[i]);
    if (a[i].t.k == CK_UNK) return ev_unk();
    if (a[i].t.k == CK_CT) gen_err(g, call->pos, "cannot pass %s to a device function", tystr(g, a[i].t));
    t[i] = a[i].t;
  }
  Fn *f = infer_fn(g, cf, n, t, false, call->pos);
  if (!f) return ev_unk(); /* recursion during typing */
  StrBuf s = STRBUF_INIT;
  sb_printf(&s, "%s(__bad", f->cname);
  for (int i = 0; i < n; i++) {
    if (a[i].t.k == CK_ARRAY) {
      sb_printf(&s, ", %s_p", a[i].c);
      for (int k = 0; k < a[i].t.nd; k++) sb_printf(&s, ", %s_n%d", a[i].c, k);
      for (int k = 0; k < a[i].t.nd; k++) sb_printf(&s, ", %s_s%d", a[i].c, k);
    } else sb_printf(&s, ", %s", a[i].c);
  }
  sb_puts(&s, ")");
  EV r = ev(f->has_ret ? f->ret : ty_void(), gfmt(g, "%s", s.data));
  sb_free(&s);
  return r;
}

/* complex(), complex(x), complex(re, im): complex128, as Numba types it. */
static EV complex_ctor(ClGen *g, AstExpr *e) {
  nargs_check(g, e, "complex", 0, 2);
  int n = e->call.args.len;
  EV p[2] = {ev_float(g, 0.0), ev_float(g, 0.0)};
  for (int i = 0; i < n; i++) {
    p[i] = ex(g, e->call.args.items[i]);
    if (p[i].t.k == CK_UNK) return ev_unk();
    if (p[i].t.k != CK_SCALAR) gen_err(g, e->pos, "complex() takes numbers, not %s", tystr(g, p[i].t));
  }
  if (n == 1 && is_cx(p[0].t.dt)) return ev(ty_scalar(DT_COMPLEX128), conv(g, p[0], DT_COMPLEX128));
  if (is_cx(p[0].t.dt) || is_cx(p[1].t.dt)) gen_err(g, e->pos, "complex(re, im) with a complex argument is not supported in kernels");
  return ev(ty_scalar(DT_COMPLEX128), gfmt(g, "((double2)(%s, %s))", conv(g, p[0], DT_FLOAT64), conv(g, p[1], DT_FLOAT64)));
}

/* x.conjugate(): (re, -im) for complex x, x itself for a real number. */
static EV conjugate_call(ClGen *g, AstExpr *e) {
  nargs_check(g, e, "conjugate", 0, 0);
  EV z = ex(g, e->call.func->attribute.value);
  if (z.t.k == CK_UNK) return ev_unk();
  if (z.t.k != CK_SCALAR) gen_err(g, e->pos, "Unknown attribute 'conjugate' of type %s", tystr(g, z.t));
  if (!is_cx(z.t.dt)) return z;
  g->helpers |= H_CPLX;
  return ev(z.t, gfmt(g, "__cconj_%s(%s)", cx_sfx(z.t.dt), z.c));
}

static EV ex_call(ClGen *g, AstExpr *e) {
  if (e->call.func->kind == AST_E_Attribute && !strcmp(e->call.func->attribute.attr, "conjugate")) return conjugate_call(g, e);
  EV fv = ex(g, e->call.func);
  if (fv.t.k == CK_UNK) return ev_unk();
  if (fv.t.k != CK_CT) gen_err(g, e->pos, "'%s' is not callable", tystr(g, fv.t));
  const char *n = fv.t.name;
  if (!strcmp(n, "devfunc")) return devcall(g, e, fv.t.ptr);
  if (!strcmp(n, "dtype")) { /* np.float32(x), int(x), float(x), bool(x) */
    nargs_check(g, e, dt_name((DType)fv.t.dt), 1, 1);
    EV a = ex(g, e->call.args.items[0]);
    if (a.t.k == CK_UNK) return ev_unk();
    if (a.t.k != CK_SCALAR) gen_err(g, e->pos, "cannot convert %s to %s", tystr(g, a.t), dt_name((DType)fv.t.dt));
    if (a.cst && !a.isf && fv.t.dt == DT_INT64) return a;
    if (a.cst && fv.t.dt == DT_FLOAT64) return ev_float(g, a.isf ? a.cf : (double)a.ci);
    EV r = ev(ty_scalar(fv.t.dt), conv(g, a, fv.t.dt));
    r.nn = a.nn && !dt_is_float((DType)a.t.dt);
    return r;
  }
  if (!strcmp(n, "cuda.grid") || !strcmp(n, "cuda.gridsize")) {
    nargs_check(g, e, n, 1, 1);
    EV d = ex(g, e->call.args.items[0]);
    if (!d.cst || d.isf || d.ci < 1 || d.ci > 3) gen_err(g, e->pos, "%s() takes a constant 1, 2 or 3", n);
    const char *fn = n[9] == 0 ? "get_global_id" : "get_global_size";
    EV r;
    if (d.ci == 1) r = ev(ty_scalar(DT_INT64), gfmt(g, "((long)%s(0))", fn));
    else if (d.ci == 2) r = ev(ty_tuple(DT_INT64, 2), gfmt(g, "((long2)(%s(0), %s(1)))", fn, fn));
    else r = ev(ty_tuple(DT_INT64, 3), gfmt(g, "((long3)(%s(0), %s(1), %s(2)))", fn, fn, fn));
    r.nn = true;
    return r;
  }
  if (!strcmp(n, "cuda.syncthreads")) {
    nargs_check(g, e, n, 0, 0);
    return ev(ty_void(), "barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE)");
  }
  if (!strcmp(n, "cuda.threadfence") || !strcmp(n, "cuda.threadfence_block")) {
    nargs_check(g, e, n, 0, 0);
    return ev(ty_void(), "mem_fence(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE)");
  }
  if (!strcmp(n, "cuda.shared.array") || !strcmp(n, "cuda.local.array")) {
    /* only as the right-hand side of an assignment (stmt_assign handles it) */
    gen_err(g, e->pos, "%s() must be assigned to a variable", n);
  }
  if (!strncmp(n, "cuda.atomic.", 12)) return atomic_call(g, e, n + 12);
  if (!strncmp(n, "math.", 5)) return math_call(g, e, "math", n + 5);
  if (!strncmp(n, "cmath.", 6)) return cmath_call(g, e, n + 6);
  if (!strncmp(n, "np.", 3)) return math_call(g, e, "np", n + 3);
  if (!strcmp(n, "abs")) return math_call(g, e, "builtins", "abs");
  if (!strcmp(n, "complex")) return complex_ctor(g, e);
  if (!strcmp(n, "min") || !strcmp(n, "max")) return minmax(g, e, n[1] == 'a');
  if (!strcmp(n, "len")) {
    nargs_check(g, e, "len", 1, 1);
    EV a = ex(g, e->call.args.items[0]);
    if (a.t.k == CK_UNK) return ev_unk();
    if (a.t.k == CK_TUPLE) return ev_int(g, a.t.nd);
    if (a.t.k != CK_ARRAY) gen_err(g, e->pos, "len() of %s is not supported in kernels", tystr(g, a.t));
    EV r = ev(ty_scalar(DT_INT64), gfmt(g, "%s_n0", a.c));
    r.nn = true;
    return r;
  }
  if (!strcmp(n, "round")) {
    nargs_check(g, e, "round", 1, 1);
    EV a = ex(g, e->call.args.items[0]);
    if (a.t.k == CK_UNK) return ev_unk();
    if (a.t.k != CK_SCALAR) gen_err(g, e->pos, "round() takes a number");
    if (!dt_is_float((DType)a.t.dt)) return a;
    return ev(ty_scalar(DT_INT64), gfmt(g, "((long)rint(%s))", a.c));
  }
  if (!strcmp(n, "range")) gen_err(g, e->pos, "range() can only be used as a for-loop iterable in kernels");
  if (!strcmp(n, "print")) gen_err(g, e->pos, "print() is not supported in kernels by streak's OpenCL backend");
  gen_err(g, e->pos, "Untyped global name or unsupported call '%s' in a kernel", n);
}

/* ---- statements ------------------------------------------------------------------------------ */

static void stmts(ClGen *g, AstStmtList *l);

static void assign_var(ClGen *g, AstPos pos, const char *name, EV v) {
  if (v.t.k == CK_UNK) {
    return;
  }
  if (v.t.k == CK_VOID) gen_err(g, pos, "cannot assign the result of a call that returns nothing to '%s'", name);
  Var *var = var_assign(g, pos, ident(g, pos, name), v.t, v.nn);
  ClTy t = var->ty;
  if (t.k == CK_ARRAY) {
    if (v.t.k != CK_ARRAY) gen_err(g, pos, "cannot assign %s to array variable '%s'", tystr(g, v.t), name);
    line(g, "v_%s_p = %s_p;", name, v.c);
    for (int k = 0; k < t.nd; k++) line(g, "v_%s_n%d = %s_n%d; v_%s_s%d = %s_s%d;", name, k, v.c, k, name, k, v.c, k);
    return;
  }
  if (t.k == CK_TUPLE) {
    if (v.t.k != CK_TUPLE) gen_err(g, pos, "cannot assign %s to tuple variable '%s'", tystr(g, v.t), name);
    if (t.dt == v.t.dt) line(g, "v_%s = %s;", name, v.c);
    else if (t.nd == 1) line(g, "v_%s = (%s)(%s);", name, ctype(t.dt), v.c);
    else line(g, "v_%s = convert_%s%d(%s);", name, ctype(t.dt), t.nd, v.c);
    return;
  }
  if (v.t.k != CK_SCALAR) gen_err(g, pos, "cannot assign %s to '%s'", tystr(g, v.t), name);
  line(g, "v_%s = %s;", name, conv(g, v, t.dt));
}

static void store_elem(ClGen *g, AstExpr *target, EV v) {
  EV a = ex(g, target->subscript.value);
  if (a.t.k == CK_UNK || v.t.k == CK_UNK) return;
  if (a.t.k != CK_ARRAY) gen_err(g, target->pos, "cannot assign to an item of %s in a kernel", tystr(g, a.t));
  if (v.t.k != CK_SCALAR) gen_err(g, target->pos, "cannot store %s into an element of %s", tystr(g, v.t), tystr(g, a.t));
  EV idx[8];
  int n = sub_indices(g, target->subscript.slice, idx);
  for (int k = 0; k < n; k++)
    if (idx[k].t.k == CK_UNK) return;
  const char *off = elem_offset(g, target->pos, a, n, idx);
  if (a.t.dt == DT_BOOL) line(g, "%s_p[%s] = (uchar)(%s);", a.c, off, conv(g, v, DT_BOOL));
  else line(g, "%s_p[%s] = %s;", a.c, off, conv(g, v, a.t.dt));
}

static void assign_target(ClGen *g, AstExpr *t, EV v) {
  switch (t->kind) {
  case AST_E_Name: assign_var(g, t->pos, t->name.id, v); return;
  case AST_E_Subscript: store_elem(g, t, v); return;
  case AST_E_Tuple: case AST_E_List: {
    int n = t->seq.elts.len;
    if (v.t.k == CK_UNK) return;
    if (v.t.k != CK_TUPLE || v.t.nd != n)
      gen_err(g, t->pos, "cannot unpack %s into %d targets", tystr(g, v.t), n);
    int id = g->ntmp++;
    line(g, "{");
    g->ind++;
    line(g, "%s%s __u%d = %s;", ctype(v.t.dt), n == 1 ? "" : gfmt(g, "%d", n), id, v.c);
    for (int k = 0; k < n; k++) {
      EV it = ev(ty_scalar(v.t.dt), n == 1 ? gfmt(g, "__u%d", id) : gfmt(g, "__u%d.s%d", id, k));
      it.nn = v.nn;
      assign_target(g, t->seq.elts.items[k], it);
    }
    g->ind--;
    line(g, "}");
    return;
  }
  default: gen_err(g, t->pos, "cannot assign to %s in a kernel", ast_expr_kind_name(t->kind));
  }
}

static bool is_alloc_call(ClGen *g, AstExpr *v, bool *shared) {
  if (v->kind != AST_E_Call) return false;
  AstExpr *f = v->call.func;
  if (f->kind != AST_E_Attribute || strcmp(f->attribute.attr, "array")) return false;
  EV b = ex(g, f->attribute.value);
  if (b.t.k != CK_CT) return false;
  if (!strcmp(b.t.name, "cuda.shared")) *shared = true;
  else if (!strcmp(b.t.name, "cuda.local")) *shared = false;
  else return false;
  return true;
}

static void stmt_assign(ClGen *g, AstStmt *s, AstExprList *targets, AstExpr *value) {
  bool shared = false;
  if (is_alloc_call(g, value, &shared)) {
    if (targets->len != 1 || targets->items[0]->kind != AST_E_Name)
      gen_err(g, s->pos, "a shared or local array must be assigned to one variable");
    EV a = array_alloc(g, value, shared);
    assign_var(g, s->pos, targets->items[0]->name.id, a);
    return;
  }
  /* a, b = x, y: evaluate every value first (Python's order) */
  if (targets->len == 1 && (targets->items[0]->kind == AST_E_Tuple || targets->items[0]->kind == AST_E_List) &&
      value->kind == AST_E_Tuple && value->seq.elts.len == targets->items[0]->seq.elts.len) {
    int n = value->seq.elts.len;
    EV vals[16];
    if (n > 16) gen_err(g, s->pos, "too many values to unpack in a kernel");
    line(g, "{");
    g->ind++;
    for (int i = 0; i < n; i++) {
      EV v = ex(g, value->seq.elts.items[i]);
      if (v.t.k == CK_SCALAR) {
        int id = g->ntmp++;
        line(g, "%s __v%d = %s;", ctype(v.t.dt), id, v.c);
        bool nn = v.nn;
        v = ev(v.t, gfmt(g, "__v%d", id));
        v.nn = nn;
      } else if (v.t.k != CK_UNK) gen_err(g, s->pos, "only numbers can be unpacked in kernels, not %s", tystr(g, v.t));
      vals[i] = v;
    }
    for (int i = 0; i < n; i++) assign_target(g, targets->items[0]->seq.elts.items[i], vals[i]);
    g->ind--;
    line(g, "}");
    return;
  }
  EV v = ex(g, value);
  if (v.t.k == CK_CT) gen_err(g, s->pos, "cannot assign %s to a variable in a kernel", tystr(g, v.t));
  if (targets->len == 1) {
    assign_target(g, targets->items[0], v);
    return;
  }
  assign_target(g, targets->items[0], v);
  for (int i = 1; i < targets->len; i++) assign_target(g, targets->items[i], ex(g, targets->items[0]));
}

static void stmt_augassign(ClGen *g, AstStmt *s) {
  AstExpr *t = s->augassign.target;
  EV rhs = ex(g, s->augassign.value);
  if (t->kind == AST_E_Name) {
    EV cur = ex(g, t);
    EV r = binop(g, s->pos, s->augassign.op, cur, rhs);
    assign_var(g, s->pos, t->name.id, r);
    return;
  }
  if (t->kind != AST_E_Subscript) gen_err(g, s->pos, "augmented assignment to %s is not supported in kernels", ast_expr_kind_name(t->kind));
  EV a = ex(g, t->subscript.value);
  if (a.t.k == CK_UNK || rhs.t.k == CK_UNK) return;
  if (a.t.k != CK_ARRAY) gen_err(g, s->pos, "cannot assign to an item of %s", tystr(g, a.t));
  EV idx[8];
  int n = sub_indices(g, t->subscript.slice, idx);
  for (int k = 0; k < n; k++)
    if (idx[k].t.k == CK_UNK) return;
  int id = g->ntmp++;
  line(g, "{");
  g->ind++;
  line(g, "long __o%d = %s;", id, elem_offset(g, s->pos, a, n, idx));
  EV cur = load_elem(g, a, gfmt(g, "__o%d", id));
  EV r = binop(g, s->pos, s->augassign.op, cur, rhs);
  if (r.t.k == CK_SCALAR) line(g, "%s_p[__o%d] = %s;", a.c, id, a.t.dt == DT_BOOL ? gfmt(g, "(uchar)%s", conv(g, r, DT_BOOL)) : conv(g, r, a.t.dt));
  g->ind--;
  line(g, "}");
}

/* ---- grid-stride loops on CPU devices ---------------------------------------------------------
** A CPU OpenCL driver (PoCL) runs a work-group as a loop over its work-items
** wrapped around each barrier-free region, so `for i in range(cuda.grid(1), n,
** cuda.gridsize(1))` runs one work-item's whole loop before the next: each
** thread strides through memory a grid apart and every cache line is fetched
** for one element. For such a loop at the kernel's top level we emit the same
** iterations as sweeps with a barrier in each,
**     for k < T: barrier; i = start + k*stride; if (i < n) body
** where T is the trip count of the group's first work-item (the largest, and
** the same in every work-item when n is uniform), so the driver's work-item
** loop runs inside each sweep over consecutive elements. Each work-item keeps
** its own iterations in their order; only the interleaving across work-items
** changes, which is unobservable when iterations are independent. So it is
** done only when: the kernel has no return, barrier, atomic or shared array;
** the loop's stop is uniform (constants, parameters and globals never
** assigned, their shapes); the body has no break/return, calls only
** attributes (math.sqrt, np.float32 ...) and plain built-ins (no device
** functions), never assigns the loop variable, and every array it stores to
** is stored and loaded only at [i] (an array's .shape/.size aside). */

typedef struct GsScan {
  ClGen *g;
  const char *ivar;          /* the loop variable */
  const char *written[16];   /* arrays stored to at [i] */
  int nwritten;
  const char *named[64];     /* arrays loaded at [i] or used as a.shape/a.size */
  int nnamed;
  const char *other[64];     /* names used any other way */
  int nother;
  bool bad;
} GsScan;

static bool gs_is_name(const AstExpr *e, const char *id) { return e && e->kind == AST_E_Name && !strcmp(e->name.id, id); }

static bool gs_barrier_name(const char *s) {
  static const char *const names[] = {"syncthreads", "syncthreads_count", "syncthreads_and", "syncthreads_or", "syncwarp", "atomic",
                                      "shared", "threadfence", "threadfence_block", "threadfence_system", NULL};
  for (int i = 0; names[i]; i++)
    if (!strcmp(s, names[i])) return true;
  return false;
}

static void gs_push(const char **v, int *n, int cap, const char *s, bool *bad) {
  if (*n == cap) *bad = true;
  else v[(*n)++] = s;
}

static void gs_expr(GsScan *sc, AstExpr *e);

static void gs_exprs(GsScan *sc, AstExprList *l) {
  for (int i = 0; i < l->len; i++) gs_expr(sc, l->items[i]);
}

static void gs_call(GsScan *sc, AstExpr *e) {
  static const char *const builtins[] = {"abs", "min", "max", "float", "int", "bool", "complex", "round", "len", "range", NULL};
  AstExpr *f = e->call.func;
  bool ok = f->kind == AST_E_Attribute;
  for (int i = 0; !ok && builtins[i]; i++) ok = gs_is_name(f, builtins[i]);
  if (!ok || e->call.keywords.len) sc->bad = true;
  if (f->kind == AST_E_Attribute) {
    EV fv = ex(sc->g, f); /* mod.devfn(...): a device function may write anywhere */
    if (fv.t.k == CK_CT && !strcmp(fv.t.name, "devfunc")) sc->bad = true;
    gs_expr(sc, f);
  }
  gs_exprs(sc, &e->call.args);
}

static void gs_expr(GsScan *sc, AstExpr *e) {
  if (!e || sc->bad) return;
  switch (e->kind) {
  case AST_E_BoolOp: gs_exprs(sc, &e->boolop.values); return;
  case AST_E_BinOp: gs_expr(sc, e->binop.left); gs_expr(sc, e->binop.right); return;
  case AST_E_UnaryOp: gs_expr(sc, e->unaryop.operand); return;
  case AST_E_IfExp: gs_expr(sc, e->ifexp.test); gs_expr(sc, e->ifexp.body); gs_expr(sc, e->ifexp.orelse); return;
  case AST_E_Compare:
    gs_expr(sc, e->compare.left);
    for (int i = 0; i < e->compare.n; i++) gs_expr(sc, e->compare.comparators[i]);
    return;
  case AST_E_Call: gs_call(sc, e); return;
  case AST_E_Constant: return;
  case AST_E_Attribute:
    if (gs_barrier_name(e->attribute.attr)) sc->bad = true;
    if (e->attribute.value->kind == AST_E_Name && (!strcmp(e->attribute.attr, "shape") || !strcmp(e->attribute.attr, "size")))
      gs_push(sc->named, &sc->nnamed, 64, e->attribute.value->name.id, &sc->bad);
    else gs_expr(sc, e->attribute.value);
    return;
  case AST_E_Subscript:
    if (e->subscript.value->kind == AST_E_Name && gs_is_name(e->subscript.slice, sc->ivar)) {
      gs_push(sc->named, &sc->nnamed, 64, e->subscript.value->name.id, &sc->bad);
      return;
    }
    gs_expr(sc, e->subscript.value);
    gs_expr(sc, e->subscript.slice);
    return;
  case AST_E_Name:
    if (gs_barrier_name(e->name.id)) sc->bad = true;
    gs_push(sc->other, &sc->nother, 64, e->name.id, &sc->bad);
    return;
  case AST_E_Tuple: gs_exprs(sc, &e->seq.elts); return;
  default: sc->bad = true; return;
  }
}

/* A store target of the body: a plain local, or array[i]. */
static void gs_target(GsScan *sc, AstExpr *t) {
  if (t->kind == AST_E_Name) {
    if (!strcmp(t->name.id, sc->ivar)) sc->bad = true;
    return;
  }
  if (t->kind == AST_E_Subscript && t->subscript.value->kind == AST_E_Name && gs_is_name(t->subscript.slice, sc->ivar)) {
    gs_push(sc->written, &sc->nwritten, 16, t->subscript.value->name.id, &sc->bad);
    return;
  }
  sc->bad = true;
}

static void gs_stmts(GsScan *sc, AstStmtList *l);

static void gs_stmt(GsScan *sc, AstStmt *s) {
  switch (s->kind) {
  case AST_S_Assign:
    for (int i = 0; i < s->assign.targets.len; i++) gs_target(sc, s->assign.targets.items[i]);
    gs_expr(sc, s->assign.value);
    return;
  case AST_S_AugAssign:
    gs_target(sc, s->augassign.target);
    gs_expr(sc, s->augassign.value);
    return;
  case AST_S_AnnAssign:
    gs_target(sc, s->annassign.target);
    gs_expr(sc, s->annassign.value);
    return;
  case AST_S_For:
    gs_target(sc, s->for_.target);
    gs_expr(sc, s->for_.iter);
    gs_stmts(sc, &s->for_.body);
    gs_stmts(sc, &s->for_.orelse);
    return;
  case AST_S_While:
    gs_expr(sc, s->while_.test);
    gs_stmts(sc, &s->while_.body);
    gs_stmts(sc, &s->while_.orelse);
    return;
  case AST_S_If:
    gs_expr(sc, s->if_.test);
    gs_stmts(sc, &s->if_.body);
    gs_stmts(sc, &s->if_.orelse);
    return;
  case AST_S_Expr: gs_expr(sc, s->expr.value); return;
  case AST_S_Pass:
  case AST_S_Continue: return;
  default: sc->bad = true; return;
  }
}

static void gs_stmts(GsScan *sc, AstStmtList *l) {
  for (int i = 0; i < l->len && !sc->bad; i++) gs_stmt(sc, l->items[i]);
}

static bool gs_in(const char *const *v, int n, const char *s) {
  for (int i = 0; i < n; i++)
    if (!strcmp(v[i], s)) return true;
  return false;
}

/* The body's iterations are independent: arrays written at [i] appear only as a[i] or a.shape/a.size. */
static bool gs_body_ok(ClGen *g, AstStmt *loop) {
  GsScan sc;
  memset(&sc, 0, sizeof sc);
  sc.g = g;
  sc.ivar = loop->for_.target->name.id;
  gs_stmts(&sc, &loop->for_.body);
  for (int i = 0; i < sc.nwritten && !sc.bad; i++) sc.bad = gs_in(sc.other, sc.nother, sc.written[i]);
  return !sc.bad;
}

/* How many statements of l (nested ones too) assign name. */
static int gs_assigns(AstStmtList *l, const char *name) {
  int n = 0;
  for (int i = 0; i < l->len; i++) {
    AstStmt *s = l->items[i];
    switch (s->kind) {
    case AST_S_Assign:
      for (int k = 0; k < s->assign.targets.len; k++) n += !gs_is_name(s->assign.targets.items[k], name) ? 0 : 1;
      break;
    case AST_S_AugAssign: n += gs_is_name(s->augassign.target, name); break;
    case AST_S_AnnAssign: n += gs_is_name(s->annassign.target, name); break;
    case AST_S_For: n += gs_is_name(s->for_.target, name) + gs_assigns(&s->for_.body, name) + gs_assigns(&s->for_.orelse, name); break;
    case AST_S_While: n += gs_assigns(&s->while_.body, name) + gs_assigns(&s->while_.orelse, name); break;
    case AST_S_If: n += gs_assigns(&s->if_.body, name) + gs_assigns(&s->if_.orelse, name); break;
    default: break;
    }
  }
  return n;
}

/* Is e `cuda.<fn>(1)`, or a name assigned once, at the top level before the loop, from it? */
static bool gs_intrinsic(ClGen *g, AstStmtList *body, int loop, AstExpr *e, const char *fn) {
  if (e->kind == AST_E_Name) {
    if (gs_assigns(body, e->name.id) != 1) return false;
    for (int i = 0; i < loop; i++) {
      AstStmt *s = body->items[i];
      if (s->kind == AST_S_Assign && s->assign.targets.len == 1 && gs_is_name(s->assign.targets.items[0], e->name.id))
        return gs_intrinsic(g, body, loop, s->assign.value, fn);
    }
    return false;
  }
  if (e->kind != AST_E_Call || e->call.args.len != 1 || e->call.keywords.len) return false;
  AstExpr *a = e->call.args.items[0];
  if (a->kind != AST_E_Constant || a->constant.kind != AST_CONST_Int || a->constant.i != 1) return false;
  EV f = ex(g, e->call.func);
  return f.t.k == CK_CT && !strcmp(f.t.name, fn);
}

static bool gs_uniform(AstStmtList *body, AstExpr *e);

/* A name assigned once, by a top-level statement of the kernel, from a uniform expression. */
static bool gs_uniform_name(AstStmtList *body, const char *id) {
  int n = gs_assigns(body, id);
  if (n == 0) return true; /* a parameter or a global */
  if (n > 1) return false;
  for (int i = 0; i < body->len; i++) {
    AstStmt *s = body->items[i];
    if (s->kind == AST_S_Assign && s->assign.targets.len == 1 && gs_is_name(s->assign.targets.items[0], id))
      return gs_uniform(body, s->assign.value);
  }
  return false;
}

/* Is e the same in every work-item: constants, names never assigned in the kernel (parameters,
** globals) or assigned once at the top level from such, their shapes and arithmetic? */
static bool gs_uniform(AstStmtList *body, AstExpr *e) {
  switch (e->kind) {
  case AST_E_Constant: return true;
  case AST_E_Name: return gs_uniform_name(body, e->name.id);
  case AST_E_Attribute: return gs_uniform(body, e->attribute.value);
  case AST_E_Subscript: return gs_uniform(body, e->subscript.value) && gs_uniform(body, e->subscript.slice);
  case AST_E_BinOp: return gs_uniform(body, e->binop.left) && gs_uniform(body, e->binop.right);
  case AST_E_UnaryOp: return gs_uniform(body, e->unaryop.operand);
  case AST_E_Call:
    if (!gs_is_name(e->call.func, "len") && !gs_is_name(e->call.func, "min") && !gs_is_name(e->call.func, "max")) return false;
    for (int i = 0; i < e->call.args.len; i++)
      if (!gs_uniform(body, e->call.args.items[i])) return false;
    return !e->call.keywords.len;
  default: return false;
  }
}

/* Is the top-level statement `loop` of the kernel a grid-stride loop we may run as sweeps? */
static bool gs_loop_ok(ClGen *g, AstStmt *s) {
  if (!g->sweeps || !g->fn->kernel || g->ind != 1) return false;
  AstStmtList *body = &g->fn->def->funcdef.body;
  AstExpr *it = s->for_.iter;
  if (it->call.args.len != 3 || it->call.keywords.len || s->for_.target->kind != AST_E_Name) return false;
  int loop = 0;
  while (loop < body->len && body->items[loop] != s) loop++;
  if (loop == body->len) return false;
  for (int i = 0; i < body->len; i++) {
    if (i == loop) continue;
    GsScan sc;
    memset(&sc, 0, sizeof sc);
    sc.g = g;
    sc.ivar = "";
    AstStmtList one = {&body->items[i], 1};
    gs_stmts(&sc, &one);
    if (sc.bad) return false;
  }
  return gs_intrinsic(g, body, loop, it->call.args.items[0], "cuda.grid") &&
         gs_intrinsic(g, body, loop, it->call.args.items[2], "cuda.gridsize") && gs_uniform(body, it->call.args.items[1]) &&
         gs_body_ok(g, s);
}

/* The loop as sweeps (see above); start, stop and step are the loop's. */
static void gs_emit(ClGen *g, AstStmt *s, EV start, EV stop, EV step) {
  int id = g->ntmp++;
  line(g, "{");
  g->ind++;
  line(g, "const long __b%d = %s, __e%d = %s, __d%d = %s;", id, conv(g, start, DT_INT64), id, conv(g, stop, DT_INT64), id,
       conv(g, step, DT_INT64));
  line(g, "const long __g%d = __b%d - (long)get_local_id(0);", id, id);
  line(g, "const long __t%d = __e%d > __g%d ? (__e%d - __g%d + __d%d - 1) / __d%d : 0;", id, id, id, id, id, id, id);
  line(g, "for (long __k%d = 0; __k%d < __t%d; __k%d++) {", id, id, id, id);
  g->ind++;
  line(g, "barrier(CLK_GLOBAL_MEM_FENCE);");
  line(g, "const long __i%d = __b%d + __k%d * __d%d;", id, id, id, id);
  line(g, "if (__i%d >= __e%d) continue;", id, id);
  EV iv = ev(ty_scalar(DT_INT64), gfmt(g, "__i%d", id));
  iv.nn = true;
  assign_var(g, s->pos, s->for_.target->name.id, iv);
  stmts(g, &s->for_.body);
  g->ind--;
  line(g, "}");
  g->ind--;
  line(g, "}");
}

static void stmt_for(ClGen *g, AstStmt *s) {
  AstExpr *it = s->for_.iter;
  if (s->for_.orelse.len) gen_err(g, s->pos, "for ... else is not supported in kernels");
  if (s->for_.target->kind != AST_E_Name) gen_err(g, s->pos, "the loop variable must be a plain name in kernels");
  bool ok = false;
  if (it->kind == AST_E_Call) {
    EV f = ex(g, it->call.func);
    ok = f.t.k == CK_CT && (!strcmp(f.t.name, "range") || !strcmp(f.t.name, "numba.prange") || !strcmp(f.t.name, "prange"));
  }
  if (!ok) gen_err(g, it->pos, "kernels can only loop over range(...)");
  nargs_check(g, it, "range", 1, 3);
  int n = it->call.args.len;
  EV a[3];
  for (int i = 0; i < n; i++) {
    a[i] = ex(g, it->call.args.items[i]);
    if (a[i].t.k != CK_UNK && (a[i].t.k != CK_SCALAR || !(dt_is_int((DType)a[i].t.dt) || a[i].t.dt == DT_BOOL)))
      gen_err(g, it->pos, "range() arguments must be integers, not %s", tystr(g, a[i].t));
  }
  EV start = n == 1 ? ev_int(g, 0) : a[0], stop = n == 1 ? a[0] : a[1], step = n == 3 ? a[2] : ev_int(g, 1);
  if (step.cst && step.ci == 0) gen_err(g, it->pos, "range() arg 3 must not be zero");
  if (gs_loop_ok(g, s)) {
    gs_emit(g, s, start, stop, step);
    return;
  }
  int id = g->ntmp++;
  const char *name = s->for_.target->name.id;
  EV iv = ev(ty_scalar(DT_INT64), gfmt(g, "__i%d", id));
  iv.nn = start.nn && step.nn;
  line(g, "{");
  g->ind++;
  line(g, "const long __b%d = %s, __e%d = %s, __d%d = %s;", id, conv(g, start, DT_INT64), id, conv(g, stop, DT_INT64), id,
       conv(g, step, DT_INT64));
  const char *cmp = step.cst ? (step.ci > 0 ? gfmt(g, "__i%d < __e%d", id, id) : gfmt(g, "__i%d > __e%d", id, id))
                    : step.nn ? gfmt(g, "__i%d < __e%d", id, id)
                              : gfmt(g, "(__d%d > 0 ? __i%d < __e%d : __i%d > __e%d)", id, id, id, id, id);
  line(g, "for (long __i%d = __b%d; %s; __i%d += __d%d) {", id, id, cmp, id, id);
  g->ind++;
  assign_var(g, s->pos, name, iv);
  stmts(g, &s->for_.body);
  g->ind--;
  line(g, "}");
  g->ind--;
  line(g, "}");
}

static void stmt(ClGen *g, AstStmt *s) {
  g->pos = s->pos;
  switch (s->kind) {
  case AST_S_Assign: stmt_assign(g, s, &s->assign.targets, s->assign.value); return;
  case AST_S_AnnAssign: {
    if (!s->annassign.value) return;
    AstExprList l = {&s->annassign.target, 1};
    stmt_assign(g, s, &l, s->annassign.value);
    return;
  }
  case AST_S_AugAssign: stmt_augassign(g, s); return;
  case AST_S_Expr: {
    AstExpr *e = s->expr.value;
    if (e->kind == AST_E_Constant) return; /* docstring */
    EV v = ex(g, e);
    if (v.t.k == CK_VOID) line(g, "%s;", v.c);
    else if (v.t.k != CK_UNK && v.t.k != CK_CT) line(g, "(void)(%s);", v.c);
    return;
  }
  case AST_S_If: {
    EV c = ex(g, s->if_.test);
    line(g, "if (%s) {", cond_of(g, s->pos, c));
    g->ind++;
    stmts(g, &s->if_.body);
    g->ind--;
    if (s->if_.orelse.len) {
      line(g, "} else {");
      g->ind++;
      stmts(g, &s->if_.orelse);
      g->ind--;
    }
    line(g, "}");
    return;
  }
  case AST_S_While: {
    if (s->while_.orelse.len) gen_err(g, s->pos, "while ... else is not supported in kernels");
    EV c = ex(g, s->while_.test);
    line(g, "while (%s) {", cond_of(g, s->pos, c));
    g->ind++;
    stmts(g, &s->while_.body);
    g->ind--;
    line(g, "}");
    return;
  }
  case AST_S_For: stmt_for(g, s); return;
  case AST_S_Break: line(g, "break;"); return;
  case AST_S_Continue: line(g, "continue;"); return;
  case AST_S_Pass: return;
  case AST_S_Return: {
    Fn *f = g->fn;
    if (!s->return_.value || (s->return_.value->kind == AST_E_Constant && s->return_.value->constant.kind == AST_CONST_None)) {
      if (f->has_ret && !f->kernel) line(g, "return 0;");
      else line(g, "return;");
      return;
    }
    if (f->kernel) gen_err(g, s->pos, "a kernel cannot return a value");
    EV v = ex(g, s->return_.value);
    if (v.t.k == CK_UNK) return;
    if (v.t.k != CK_SCALAR && v.t.k != CK_TUPLE) gen_err(g, s->pos, "device functions can return numbers or tuples of numbers, not %s", tystr(g, v.t));
    ClTy u = f->has_ret ? unify(g, s->pos, f->ret, v.t, "return value") : v.t;
    if (!f->has_ret || !cl_ty_eq(&u, &f->ret)) {
      f->ret = u;
      f->has_ret = true;
      g->changed = true;
    }
    if (u.k == CK_SCALAR) line(g, "return %s;", conv(g, v, u.dt));
    else if (u.dt == v.t.dt) line(g, "return %s;", v.c);
    else if (u.nd == 1) line(g, "return (%s)%s;", ctype(u.dt), v.c);
    else line(g, "return convert_%s%d(%s);", ctype(u.dt), u.nd, v.c);
    return;
  }
  case AST_S_Assert: return; /* Numba's CUDA target ignores asserts unless debug=True */
  case AST_S_Global: case AST_S_Nonlocal: return;
  default: gen_err(g, s->pos, "'%s' statements are not supported in kernels", ast_stmt_kind_name(s->kind));
  }
}

static void stmts(ClGen *g, AstStmtList *l) {
  for (int i = 0; i < l->len; i++) stmt(g, l->items[i]);
}

/* ---- functions -------------------------------------------------------------------------------- */

static void decl_param(ClGen *g, StrBuf *b, const char *name, ClTy t, bool kernel, bool first) {
  if (!first) sb_puts(b, ", ");
  if (t.k == CK_ARRAY) {
    const char *sp = t.space == CS_GLOBAL ? "__global " : t.space == CS_LOCAL ? "__local " : "";
    sb_printf(b, "%s%s *v_%s_p", sp, etype(t.dt), name);
    if (kernel) sb_printf(b, ", long v_%s_off", name);
    for (int k = 0; k < t.nd; k++) sb_printf(b, ", long v_%s_n%d", name, k);
    for (int k = 0; k < t.nd; k++) sb_printf(b, ", long v_%s_s%d", name, k);
    return;
  }
  if (t.k == CK_TUPLE) {
    sb_printf(b, "%s%s v_%s__a", ctype(t.dt), t.nd == 1 ? "" : gfmt(g, "%d", t.nd), name);
    return;
  }
  sb_printf(b, "%s v_%s__a", kernel && t.dt == DT_BOOL ? "uchar" : ctype(t.dt), name);
}

static const char *cty_of(ClGen *g, ClTy t) {
  if (t.k == CK_TUPLE) return t.nd == 1 ? ctype(t.dt) : gfmt(g, "%s%d", ctype(t.dt), t.nd);
  return ctype(t.dt);
}

/* A heap StrBuf that free_gen releases if generation fails. */
static StrBuf *live_buf(ClGen *g) {
  StrBuf *b = util_xmalloc(sizeof *b);
  *b = (StrBuf)STRBUF_INIT;
  vec_push(g->live, b);
  return b;
}

/* Releases the most recent live_buf (its text is no longer needed). */
static void live_pop(ClGen *g) {
  StrBuf *b = g->live.items[--g->live.n];
  sb_free(b);
  free(b);
}

/* Runs the typing passes and the final pass over f; appends its text to out. */
static void gen_fn(ClGen *g, Fn *f, StrBuf *out) {
  Fn *saved_fn = g->fn;
  StrBuf *saved_out = g->out;
  StrBuf *saved_storage = live_buf(g);
  *saved_storage = g->storage;
  int saved_ind = g->ind, saved_tmp = g->ntmp, saved_store = g->nstore;
  bool saved_final = g->final, saved_changed = g->changed;
  g->fn = f;
  AstArguments *args = f->def->funcdef.args;
  for (int i = 0; i < f->nargs; i++) {
    vec_push(f->vars, ((Var){args->args.items[i]->name, f->args[i], false, true}));
  }
  StrBuf *body = live_buf(g);
  for (int pass = 0;; pass++) {
    body->len = 0;
    if (body->data) body->data[0] = 0;
    g->storage = (StrBuf)STRBUF_INIT;
    g->out = body;
    g->ind = 1;
    g->ntmp = 0;
    g->nstore = 0;
    g->changed = false;
    g->final = pass >= 30;
    stmts(g, &f->def->funcdef.body);
    if (g->final) break;
    sb_free(&g->storage);
    if (!g->changed) g->final = true, pass = 29;
  }
  /* the text: signature, storage, locals, prologue, body */
  StrBuf *o = out;
  const char *ret = f->kernel ? "__kernel void" : f->has_ret ? cty_of(g, f->ret) : "void";
  sb_printf(o, f->kernel ? "%s %s(__global int *__err" : "%s %s(__global int *__bad", ret, f->cname);
  for (int i = 0; i < f->nargs; i++) decl_param(g, o, args->args.items[i]->name, f->args[i], f->kernel, false);
  /* NVIDIA's OpenCL aligns a __local argument only to its pointee: a uchar
  ** one sat at an odd address and float accesses through the cast faulted
  ** (CL_OUT_OF_RESOURCES). ulong2 gives CUDA's 16-byte alignment. */
  if (f->kernel && g->dynshared) sb_puts(o, ", __local ulong2 *__dynsh, long __dynsh_size");
  sb_puts(o, ") {\n");
  if (f->kernel) sb_puts(o, "  __global int *__bad = __err;\n");
  if (g->storage.data) sb_puts(o, g->storage.data);
  for (size_t i = 0; i < f->vars.n; i++) {
    Var *v = &f->vars.items[i];
    if (v->ty.k == CK_ARRAY) {
      if (v->param) {
        if (f->kernel) sb_printf(o, "  v_%s_p += v_%s_off;\n", v->name, v->name);
        continue;
      }
      const char *sp = v->ty.space == CS_GLOBAL ? "__global " : v->ty.space == CS_LOCAL ? "__local " : "";
      sb_printf(o, "  %s%s *v_%s_p = 0;", sp, etype(v->ty.dt), v->name);
      for (int k = 0; k < v->ty.nd; k++) sb_printf(o, " long v_%s_n%d = 0, v_%s_s%d = 0;", v->name, k, v->name, k);
      sb_putc(o, '\n');
      continue;
    }
    if (v->ty.k != CK_SCALAR && v->ty.k != CK_TUPLE) continue;
    if (v->param) sb_printf(o, "  %s v_%s = (%s)v_%s__a;\n", cty_of(g, v->ty), v->name, cty_of(g, v->ty), v->name);
    else sb_printf(o, "  %s v_%s = 0;\n", cty_of(g, v->ty), v->name);
  }
  if (body->data) sb_puts(o, body->data);
  if (!f->kernel && f->has_ret) sb_puts(o, "  return 0;\n");
  sb_puts(o, "}\n\n");
  live_pop(g); /* body */
  sb_free(&g->storage);
  g->fn = saved_fn;
  g->out = saved_out;
  g->storage = *saved_storage;
  *saved_storage = (StrBuf)STRBUF_INIT; /* now owned by g->storage again */
  live_pop(g);
  g->ind = saved_ind;
  g->ntmp = saved_tmp;
  g->nstore = saved_store;
  g->final = saved_final;
  g->changed = saved_changed;
}

static Fn *infer_fn(ClGen *g, CuFunc *cf, int nargs, const ClTy *args, bool kernel, AstPos callpos) {
  for (size_t i = 0; i < g->fns.n; i++) {
    Fn *f = g->fns.items[i];
    if (f->cf != cf || f->nargs != nargs || f->kernel != kernel) continue;
    bool same = true;
    for (int k = 0; k < nargs && same; k++) same = cl_ty_eq(&f->args[k], &args[k]);
    if (!same) continue;
    if (f->busy) gen_err(g, callpos, "recursive device function '%s' is not supported", cf->name);
    return f;
  }
  cl_load_ast(g->vm, cf);
  AstArguments *a = cf->def->funcdef.args;
  if (a->vararg || a->kwarg || a->kwonlyargs.len || a->posonlyargs.len)
    gen_err(g, cf->def->pos, "%s(): only plain positional parameters are supported in kernels", cf->name);
  if (a->args.len != nargs)
    gen_err(g, callpos, "%s() takes %d argument%s but %d were given", cf->name, a->args.len, a->args.len == 1 ? "" : "s", nargs);
  Fn *f = util_xmalloc(sizeof *f);
  memset(f, 0, sizeof *f);
  f->cf = cf;
  f->def = cf->def;
  f->nargs = nargs;
  memcpy(f->args, args, sizeof(ClTy) * (size_t)nargs);
  f->kernel = kernel;
  f->id = (int)g->fns.n;
  if (kernel) snprintf(f->cname, sizeof f->cname, "%s", CL_KERNEL_NAME);
  else snprintf(f->cname, sizeof f->cname, "df%d_%.60s", f->id, cf->name);
  vec_push(g->fns, f);
  f->busy = true;
  if (kernel) return f;
  gen_fn(g, f, &g->funcs); /* callees complete first, so they precede their callers */
  f->busy = false;
  f->done = true;
  return f;
}

static const char *PRELUDE =
    "#pragma OPENCL FP_CONTRACT OFF\n"
    /* the failing case is a cold branch: loads keep their plain index and stay vectorisable */
    "inline long __ix(long i, long n, __global int *e, int c) {\n"
    "  if (i < 0) i += n;\n"
    "  if ((ulong)i >= (ulong)n) { atomic_cmpxchg(e, 0, c); return 0; }\n"
    "  return i;\n"
    "}\n"
    "inline long __ixn(long i, long n, __global int *e, int c) {\n"
    "  if ((ulong)i >= (ulong)n) { atomic_cmpxchg(e, 0, c); return 0; }\n"
    "  return i;\n"
    "}\n"
    "inline long __wr(long i, long n) { return i < 0 ? i + n : i; }\n";

/* Complex helpers, each the interpreter's formula (src/num.c) in float2/double2,
** so kernels give the bits CPython and NumPy give:
** - product: (ar*br - ai*bi, ar*bi + ai*br), no FMA (FP_CONTRACT OFF);
** - quotient: CPython's _Py_c_quot (Smith's method), division by zero recorded
**   as a ZeroDivisionError site;
** - abs: glibc 2.36's hypot (Borges' correction step without FMA, scaled for
**   huge and tiny inputs) for double, which matches the host's libm on every
**   input tried; hypotf is sqrt in double, rounded once to float. */
static const char *CPLX_HELPERS =
    "inline double __hypot_k(double ax, double ay) {\n"
    "  double h = sqrt(ax * ax + ay * ay), t1, t2;\n"
    "  if (h <= 2.0 * ay) { double d = h - ay; t1 = ax * (2.0 * d - ax); t2 = (d - 2.0 * (ax - ay)) * d; }\n"
    "  else { double d = h - ax; t1 = 2.0 * d * (ax - 2.0 * ay); t2 = (4.0 * d - ay) * ay + d * d; }\n"
    "  return h - (t1 + t2) / (2.0 * h);\n}\n"
    "inline double __cabs_d(double2 z) {\n"
    "  double x = fabs(z.x), y = fabs(z.y);\n"
    "  if (isinf(x) || isinf(y)) return INFINITY;\n"
    "  if (isnan(x) || isnan(y)) return x + y;\n"
    "  double ax = x < y ? y : x, ay = x < y ? x : y;\n"
    "  if (ax > 0x1p+511) { if (ay <= ax * 0x1p-54) return ax + ay; return __hypot_k(ax * 0x1p-600, ay * 0x1p-600) / 0x1p-600; }\n"
    "  if (ay < 0x1p-511) { if (ax >= ay / 0x1p-54) return ax + ay; return __hypot_k(ax / 0x1p-600, ay / 0x1p-600) * 0x1p-600; }\n"
    "  if (ay <= ax * 0x1p-54) return ax + ay;\n"
    "  return __hypot_k(ax, ay);\n}\n"
    "inline float __cabs_f(float2 z) {\n"
    "  if (isinf(z.x) || isinf(z.y)) return INFINITY;\n"
    "  if (isnan(z.x) || isnan(z.y)) return z.x + z.y;\n"
    "  return (float)sqrt((double)z.x * (double)z.x + (double)z.y * (double)z.y);\n}\n";

/* cmath on double2 (needs CPLX_HELPERS' __cabs_d for hypot). Error codes: `bad`
** for a non-finite argument, `err` for CPython's OverflowError/ValueError. */
static const char *CMATH_HELPERS =
    "inline bool __cisnan(double2 z) { return isnan(z.x) || isnan(z.y); }\n"
    "inline bool __cisinf(double2 z) { return isinf(z.x) || isinf(z.y); }\n"
    "inline bool __cisfinite(double2 z) { return isfinite(z.x) && isfinite(z.y); }\n"
    "inline double __chypot(double x, double y) { return __cabs_d((double2)(x, y)); }\n"
    "inline double2 __cexp(double2 z, __global int *e, int bad, int err) {\n"
    "  if (!__cisfinite(z)) { atomic_cmpxchg(e, 0, bad); return z; }\n"
    "  double2 r;\n"
    "  if (z.x > 708.3964185322641) { double l = exp(z.x - 1.0); r = (double2)(l * cos(z.y) * M_E, l * sin(z.y) * M_E); }\n"
    "  else { double l = exp(z.x); r = (double2)(l * cos(z.y), l * sin(z.y)); }\n"
    "  if (isinf(r.x) || isinf(r.y)) atomic_cmpxchg(e, 0, err);\n"
    "  return r;\n}\n"
    "inline double2 __csqrt(double2 z, __global int *e, int bad, int err) {\n"
    "  (void)err;\n"
    "  if (!__cisfinite(z)) { atomic_cmpxchg(e, 0, bad); return z; }\n"
    "  if (z.x == 0.0 && z.y == 0.0) return (double2)(0.0, z.y);\n"
    "  double ax = fabs(z.x), ay = fabs(z.y), s, d;\n"
    "  if (ax < DBL_MIN && ay < DBL_MIN) {\n"
    "    ax = ldexp(ax, 53);\n"
    "    s = ldexp(sqrt(ax + __chypot(ax, ldexp(ay, 53))), -27);\n"
    "  } else {\n"
    "    ax /= 8.0;\n"
    "    s = 2.0 * sqrt(ax + __chypot(ax, ay / 8.0));\n"
    "  }\n"
    "  d = ay / (2.0 * s);\n"
    "  if (z.x >= 0.0) return (double2)(s, copysign(d, z.y));\n"
    "  return (double2)(d, copysign(s, z.y));\n}\n"
    "inline double2 __clog(double2 z, __global int *e, int bad, int err) {\n"
    "  if (!__cisfinite(z)) { atomic_cmpxchg(e, 0, bad); return z; }\n"
    "  double ax = fabs(z.x), ay = fabs(z.y), re;\n"
    "  if (ax > DBL_MAX / 4.0 || ay > DBL_MAX / 4.0) re = log(__chypot(ax / 2.0, ay / 2.0)) + M_LN2;\n"
    "  else if (ax < DBL_MIN && ay < DBL_MIN) {\n"
    "    if (ax > 0.0 || ay > 0.0) re = log(__chypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * M_LN2;\n"
    "    else { atomic_cmpxchg(e, 0, err); return (double2)(-INFINITY, atan2(z.y, z.x)); }\n"
    "  } else {\n"
    "    double h = __chypot(ax, ay);\n"
    "    if (0.71 <= h && h <= 1.73) { double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax; re = log1p((am - 1) * (am + 1) + an * an) / 2.0; }\n"
    "    else re = log(h);\n"
    "  }\n"
    "  return (double2)(re, atan2(z.y, z.x));\n}\n";

static void emit_cplx_helpers(ClGen *g, StrBuf *o) {
  (void)g;
  sb_puts(o, CPLX_HELPERS);
  static const char *const ts[][3] = {{"f", "float", "float2"}, {"d", "double", "double2"}};
  for (int i = 0; i < 2; i++) {
    const char *S = ts[i][0], *R = ts[i][1], *C = ts[i][2];
    sb_printf(o,
              "inline %s __cmul_%s(%s a, %s b) { return (%s)(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }\n"
              "inline %s __cconj_%s(%s a) { return (%s)(a.x, -a.y); }\n"
              "inline bool __ceq_%s(%s a, %s b) { return a.x == b.x && a.y == b.y; }\n"
              "inline bool __cnz_%s(%s a) { return a.x != 0 || a.y != 0; }\n",
              C, S, C, C, C, C, S, C, C, S, C, C, S, C);
    sb_printf(o,
              "inline %s __cdiv_%s(%s a, %s b, __global int *e, int c) {\n"
              "  %s abr = b.x < 0 ? -b.x : b.x, abi = b.y < 0 ? -b.y : b.y;\n"
              "  if (abr >= abi) {\n"
              "    if (abr == 0) { atomic_cmpxchg(e, 0, c); return (%s)(0, 0); }\n"
              "    %s r = b.y / b.x, d = b.x + b.y * r;\n"
              "    return (%s)((a.x + a.y * r) / d, (a.y - a.x * r) / d);\n"
              "  }\n"
              "  if (abi >= abr) {\n"
              "    %s r = b.x / b.y, d = b.x * r + b.y;\n"
              "    return (%s)((a.x * r + a.y) / d, (a.y * r - a.x) / d);\n"
              "  }\n"
              "  return (%s)(NAN, NAN);\n}\n",
              C, S, C, C, R, C, R, C, R, C, C);
  }
}

static void emit_helpers(ClGen *g, StrBuf *o) {
  if (g->fp64) sb_puts(o, "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
  if (g->i64atom) sb_puts(o, "#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable\n#pragma OPENCL EXTENSION cl_khr_int64_extended_atomics : enable\n");
  sb_puts(o, PRELUDE);
  const char *fts[2] = {"float", "double"};
  int nft = g->fp64 ? 2 : 1;
  if (g->helpers & H_IDIV) {
    sb_puts(o,
            "inline long __idiv(long a, long b, __global int *e, int c) {\n"
            "  if (b == 0) { atomic_cmpxchg(e, 0, c); return 0; }\n"
            "  if (b == -1) return (long)(0UL - (ulong)a);\n"
            "  long q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q;\n}\n"
            "inline long __imod(long a, long b, __global int *e, int c) {\n"
            "  if (b == 0) { atomic_cmpxchg(e, 0, c); return 0; }\n"
            "  if (b == -1) return 0;\n"
            "  long r = a % b; if (r != 0 && ((r < 0) != (b < 0))) r += b; return r;\n}\n"
            "inline ulong __udiv(ulong a, ulong b, __global int *e, int c) {\n"
            "  if (b == 0) { atomic_cmpxchg(e, 0, c); return 0; } return a / b;\n}\n"
            "inline ulong __umod(ulong a, ulong b, __global int *e, int c) {\n"
            "  if (b == 0) { atomic_cmpxchg(e, 0, c); return 0; } return a % b;\n}\n");
  }
  for (int i = 0; i < nft; i++) {
    const char *T = fts[i];
    if (g->helpers & (H_FLOORDIV | H_MOD)) {
      /* CPython's float_floor_div / float_rem */
      sb_printf(o,
                "inline %s __fmod_%s(%s a, %s b) {\n"
                "  %s m = fmod(a, b);\n"
                "  if (m != 0) { if ((b < 0) != (m < 0)) m += b; } else m = copysign((%s)0, b);\n"
                "  return m;\n}\n"
                "inline %s __fdiv_%s(%s a, %s b) {\n"
                "  %s m = fmod(a, b), d = (a - m) / b, f;\n"
                "  if (m != 0) { if ((b < 0) != (m < 0)) { m += b; d -= 1; } }\n"
                "  if (d != 0) { f = floor(d); if (d - f > (%s)0.5) f += 1; } else f = copysign((%s)0, a / b);\n"
                "  return f;\n}\n",
                T, T, T, T, T, T, T, T, T, T, T, T, T);
    }
  }
  if (g->helpers & H_CPLX) emit_cplx_helpers(g, o);
  if (g->helpers & H_CMATH) sb_puts(o, CMATH_HELPERS);
  if (g->helpers & H_IPOW)
    sb_puts(o, "inline long __ipow(long b, long e) { long r = 1; if (e < 0) return 0; while (e) { if (e & 1) r *= b; b *= b; e >>= 1; } return r; }\n");
  if (g->helpers & H_MINMAX) {
    const char *ts[] = {"char", "uchar", "short", "ushort", "int", "uint", "long", "ulong", "float", "double"};
    for (int i = 0; i < (g->fp64 ? 10 : 9); i++)
      sb_printf(o, "inline %s __mn_%s(%s a, %s b) { return b < a ? b : a; }\ninline %s __mx_%s(%s a, %s b) { return b > a ? b : a; }\n",
                ts[i], ts[i], ts[i], ts[i], ts[i], ts[i], ts[i], ts[i]);
  }
  for (int f = 0; f < 2; f++) {
    if (!(g->helpers & (f ? H_ATOMF64 : H_ATOMF32))) continue;
    const char *T = f ? "double" : "float", *U = f ? "ulong" : "uint", *cas = f ? "atom_cmpxchg" : "atomic_cmpxchg";
    const char *sfx = f ? "d" : "f";
    for (int s = 0; s < 2; s++) {
      const char *sp = s ? "__local" : "__global", *spc = s ? "l" : "g";
      /* max/min as the simulator's Python max(old, val): a NaN already stored stays, an
      ** incoming NaN is ignored; nanmax/nanmin as np.nanmax([old, val]) */
      static const char *const ops[][2] = {{"add", "o + v"}, {"sub", "o - v"}, {"max", "v > o ? v : o"},
                                            {"min", "v < o ? v : o"}, {"xchg", "v"},
                                            {"nanmax", "isnan(o) ? v : isnan(v) ? o : v > o ? v : o"},
                                            {"nanmin", "isnan(o) ? v : isnan(v) ? o : v < o ? v : o"}};
      for (int k = 0; k < 7; k++)
        sb_printf(o,
                  "inline %s __at_%s_%s_%s(volatile %s %s *p, %s v) {\n"
                  "  union { %s u; %s f; } a, b;\n"
                  "  do { a.u = *(volatile %s %s *)p; %s o = a.f; b.f = %s; } while (%s((volatile %s %s *)p, a.u, b.u) != a.u);\n"
                  "  return a.f;\n}\n",
                  T, ops[k][0], sfx, spc, sp, T, T, U, T, sp, U, T, ops[k][1], cas, sp, U);
    }
  }
  if (g->helpers & H_ATOMINC) {
    /* cuda.atomic.inc/dec on unsigned ints: the simulator's rules, in a CAS loop */
    static const char *const ops[][2] = {{"inc", "o >= v ? 0 : o + 1"}, {"dec", "(o == 0 || o > v) ? v : o - 1"}};
    for (int w = 0; w < 2; w++) {
      const char *T = w ? "ulong" : "uint", *sfx = w ? "ul" : "u", *cas = w ? "atom_cmpxchg" : "atomic_cmpxchg";
      for (int s = 0; s < 2; s++) {
        const char *sp = s ? "__local" : "__global", *spc = s ? "l" : "g";
        for (int k = 0; k < 2; k++)
          sb_printf(o,
                    "inline %s __at_%s_%s_%s(volatile %s %s *p, %s v) {\n"
                    "  %s o, n;\n"
                    "  do { o = *p; n = %s; } while (%s(p, o, n) != o);\n"
                    "  return o;\n}\n",
                    T, ops[k][0], sfx, spc, sp, T, T, T, ops[k][1], cas);
      }
    }
  }
  sb_putc(o, '\n');
}

/* The program text: the helpers the functions used, the device functions,
** then the kernel (freed here); malloc'd. */
static char *program_source(ClGen *g, StrBuf *kern) {
  StrBuf src = STRBUF_INIT;
  emit_helpers(g, &src);
  if (g->funcs.data) sb_puts(&src, g->funcs.data);
  sb_puts(&src, kern->data);
  sb_free(kern);
  return src.data;
}

static void free_gen(ClGen *g) {
  for (size_t i = 0; i < g->fns.n; i++) {
    vec_free(g->fns.items[i]->vars);
    free(g->fns.items[i]);
  }
  vec_free(g->fns);
  while (g->live.n) live_pop(g);
  vec_free(g->live);
  sb_free(&g->funcs);
  sb_free(&g->storage);
  while (g->arena) {
    Blk *n = g->arena->next;
    free(g->arena);
    g->arena = n;
  }
}

static void gen_init(ClGen *g, VM *vm, CuFunc *f, StrBuf *err) {
  memset(g, 0, sizeof *g);
  g->vm = vm;
  g->err = err;
  g->fp64 = true;
  g->fastmath = f->fastmath;
  g->boundscheck = f->boundscheck;
  g->filename = f->filename;
}

char *cl_gen_kernel(VM *vm, CuFunc *f, int nargs, const ClTy *argtys, bool cpu_device, bool *dynshared, StrBuf *err) {
  ClGen g;
  gen_init(&g, vm, f, err);
  g.sweeps = cpu_device;
  StrBuf kern = STRBUF_INIT;
  if (setjmp(g.jb)) {
    sb_free(&kern);
    free_gen(&g);
    return NULL;
  }
  Fn *k = infer_fn(&g, f, nargs, argtys, true, f->def ? f->def->pos : (AstPos){0, 0, 0, 0});
  gen_fn(&g, k, &kern);
  char *src = program_source(&g, &kern);
  *dynshared = g.dynshared;
  free_gen(&g);
  return src;
}

/* @vectorize(target='cuda'): the scalar function as a device function and an
** elementwise kernel around it. Input k is a value when bit k of `scalars` is
** set, else (pointer, element offset) to n elements: plain indexed loads that
** the device compiler can vectorise. */
char *cl_gen_vectorize(VM *vm, CuFunc *f, int nin, const int *indts, int outdt, unsigned scalars, StrBuf *err) {
  ClGen g;
  gen_init(&g, vm, f, err);
  StrBuf kern = STRBUF_INIT;
  if (setjmp(g.jb)) {
    sb_free(&kern);
    free_gen(&g);
    return NULL;
  }
  cl_load_ast(vm, f);
  ClTy tys[32];
  for (int i = 0; i < nin; i++) {
    tys[i] = ty_scalar(indts[i]);
  }
  Fn *d = infer_fn(&g, f, nin, tys, false, f->def->pos);
  if (!d->has_ret || d->ret.k != CK_SCALAR)
    gen_err(&g, f->def->pos, "a @vectorize function must return a number, not %s", d->has_ret ? tystr(&g, d->ret) : "none");
  sb_printf(&kern, "__kernel void %s(__global int *__err", CL_KERNEL_NAME);
  for (int i = 0; i < nin; i++) {
    if (scalars >> i & 1) sb_printf(&kern, ", %s in%d", etype(indts[i]), i);
    else sb_printf(&kern, ", __global const %s *in%d, long off%d", etype(indts[i]), i, i);
  }
  sb_printf(&kern, ", __global %s *out, long ooff, long n) {\n  long i = get_global_id(0);\n  if (i >= n) return;\n", etype(outdt));
  StrBuf call = STRBUF_INIT;
  sb_printf(&call, "%s(__err", d->cname);
  for (int i = 0; i < nin; i++) {
    if (scalars >> i & 1) sb_printf(&call, ", (%s)in%d", ctype(indts[i]), i);
    else sb_printf(&call, ", (%s)in%d[off%d + i]", ctype(indts[i]), i, i);
  }
  sb_puts(&call, ")");
  const char *r = conv(&g, ev(d->ret, gfmt(&g, "%s", call.data)), outdt);
  sb_free(&call);
  sb_printf(&kern, "  out[ooff + i] = (%s)(%s);\n}\n", etype(outdt), r);
  char *src = program_source(&g, &kern);
  free_gen(&g);
  return src;
}

/* @guvectorize(target='cuda'): Numba's __gufunc_ stager as OpenCL. Work-item i
** (i < n, the loop count) calls f once on loop index i's core views. Argument
** k arrives as its broadcast outer array: (pointer, element offset, loop
** stride), then, when its core type is an array, the core's shape and strides
** (elements). A scalar core type is loaded from index i (Numba's arg[__tid__]);
** an array core type is the view at index i (arg[__tid__, :, ...], or the
** one-element slice Numba takes for a '()' argument typed as a 1-D array). */
char *cl_gen_guvectorize(VM *vm, CuFunc *f, int nargs, const ClTy *core, StrBuf *err) {
  ClGen g;
  gen_init(&g, vm, f, err);
  StrBuf kern = STRBUF_INIT, call = STRBUF_INIT;
  if (setjmp(g.jb)) {
    sb_free(&kern);
    sb_free(&call);
    free_gen(&g);
    return NULL;
  }
  cl_load_ast(vm, f);
  Fn *d = infer_fn(&g, f, nargs, core, false, f->def->pos);
  sb_printf(&kern, "__kernel void %s(__global int *__err", CL_KERNEL_NAME);
  sb_printf(&call, "%s(__err", d->cname);
  for (int k = 0; k < nargs; k++) {
    const ClTy *t = &core[k];
    sb_printf(&kern, ", __global %s *a%d, long off%d, long ls%d", etype(t->dt), k, k, k);
    if (t->k != CK_ARRAY) {
      sb_printf(&call, ", (%s)a%d[off%d + i * ls%d]", ctype(t->dt), k, k, k);
      continue;
    }
    sb_printf(&call, ", a%d + off%d + i * ls%d", k, k, k);
    for (int j = 0; j < t->nd; j++) sb_printf(&kern, ", long n%d_%d", k, j);
    for (int j = 0; j < t->nd; j++) sb_printf(&kern, ", long s%d_%d", k, j);
    for (int j = 0; j < t->nd; j++) sb_printf(&call, ", n%d_%d", k, j);
    for (int j = 0; j < t->nd; j++) sb_printf(&call, ", s%d_%d", k, j);
  }
  sb_printf(&kern, ", long n) {\n  long i = get_global_id(0);\n  if (i >= n) return;\n  %s);\n}\n", call.data);
  sb_free(&call);
  char *src = program_source(&g, &kern);
  free_gen(&g);
  return src;
}

/* ---- the AST of a @cuda.jit function ------------------------------------------------------ */

void cl_load_ast(VM *vm, CuFunc *f) {
  if (f->def) return;
  Code *co = as_function(f->pyfunc)->code;
  f->def = nb_parse_def(vm, co, "kernel ", &f->arena);
  free(f->filename);
  f->filename = util_xstrdup(co->filename->data);
}
