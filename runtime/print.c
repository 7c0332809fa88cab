/*
** print.c — NumPy 1.24's array printing (numpy/core/arrayprint.py, default
** floatmode 'maxprec', sign '-', legacy off) and NumPy scalar reprs.
**
** Floats: NumPy's Dragon4 in "unique" mode gives the shortest round-trip
** digits, cut at `precision` fractional digits with correct rounding of the
** exact binary value. We get the same digits from the C library: the
** shortest round-trip digits by trying increasing precisions of "%.*e"
** (strtod/strtof to check the round-trip), and the cut-off or extended
** digits from "%.*f"/"%.*e", which glibc rounds exactly (half-even). The
** structure follows FloatingFormat.fillFormat/__call__ and _formatArray
** line by line.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* ---- digits ---------------------------------------------------------------- */

/* |x| = d1.d2d3... * 10^exp, digits without trailing zeros (x finite). */
typedef struct Digits {
  char d[40];
  int n;
  int exp;
} Digits;

static void parse_e(const char *s, Digits *o) {
  /* s: "d.ddde[+-]xx" or "de[+-]xx" */
  o->n = 0;
  const char *p = s;
  while (*p && *p != 'e') {
    if (*p >= '0' && *p <= '9' && o->n < 39) o->d[o->n++] = *p;
    p++;
  }
  o->exp = *p == 'e' ? atoi(p + 1) : 0;
  while (o->n > 1 && o->d[o->n - 1] == '0') o->n--;
  o->d[o->n] = 0;
}

static void shortest_digits(double x, bool f32, Digits *o) {
  x = fabs(x);
  char buf[64];
  if (x == 0) {
    o->d[0] = '0'; o->d[1] = 0; o->n = 1; o->exp = 0;
    return;
  }
  int maxp = f32 ? 9 : 17;
  for (int p = 1; p <= maxp; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    bool ok = f32 ? strtof(buf, NULL) == (float)x : strtod(buf, NULL) == x;
    if (ok || p == maxp) break;
  }
  parse_e(buf, o);
}

/* Exactly rounded to `prec` digits after the first (scientific). */
static void sci_digits(double x, int prec, Digits *o) {
  char buf[96];
  snprintf(buf, sizeof buf, "%.*e", prec, fabs(x));
  parse_e(buf, o);
}

/* ---- Dragon4-like formatting --------------------------------------------- */

typedef struct Parts {
  char ip[400]; /* sign + integer part */
  char fp[400]; /* fraction digits (no '.') */
  char ex[32];  /* exponent text without 'e' ("+05"), scientific only */
} Parts;

/* positional, unique, cut at `precision` fractional digits; trim '.' (strip
** zeros) or 'k' (keep: pad with zeros to min_digits). */
static void positional(double x, bool f32, int precision, bool sign_plus, Parts *o) {
  Digits dg;
  shortest_digits(x, f32, &dg);
  int frac_needed = dg.n - 1 - dg.exp;
  const char *sign = signbit(x) ? "-" : sign_plus ? "+" : "";
  if (frac_needed > precision) {
    char buf[400];
    snprintf(buf, sizeof buf, "%.*f", precision, fabs(x));
    char *dot = strchr(buf, '.');
    if (dot) *dot = 0;
    size_t ls = strlen(sign), lb = strlen(buf);
    if (lb > sizeof o->ip - 3) lb = sizeof o->ip - 3;
    memcpy(o->ip, sign, ls);
    memcpy(o->ip + ls, buf, lb);
    o->ip[ls + lb] = 0;
    size_t lf = dot ? strlen(dot + 1) : 0;
    if (lf > sizeof o->fp - 1) lf = sizeof o->fp - 1;
    if (lf) memcpy(o->fp, dot + 1, lf);
    o->fp[lf] = 0;
    size_t l = strlen(o->fp);
    while (l > 0 && o->fp[l - 1] == '0') o->fp[--l] = 0;
    return;
  }
  /* from the shortest digits */
  char ip[400], fp[400];
  int ni = 0, nf = 0;
  if (dg.exp < 0) {
    ip[ni++] = '0';
    for (int i = 0; i < -dg.exp - 1 && nf < 390; i++) fp[nf++] = '0';
    for (int i = 0; i < dg.n && nf < 390; i++) fp[nf++] = dg.d[i];
  } else {
    for (int i = 0; i <= dg.exp && ni < 390; i++) ip[ni++] = i < dg.n ? dg.d[i] : '0';
    for (int i = dg.exp + 1; i < dg.n && nf < 390; i++) fp[nf++] = dg.d[i];
  }
  ip[ni] = 0;
  fp[nf] = 0;
  while (nf > 0 && fp[nf - 1] == '0') fp[--nf] = 0;
  if (dg.n == 1 && dg.d[0] == '0') { ip[0] = '0'; ip[1] = 0; fp[0] = 0; }
  snprintf(o->ip, sizeof o->ip, "%s%s", sign, ip);
  snprintf(o->fp, sizeof o->fp, "%s", fp);
}

/* scientific: unique digits cut at `precision`; min_digits >= 0 forces that
** many fraction digits (trim 'k'); else trailing zeros stripped. */
static void scientific(double x, bool f32, int precision, int min_digits, bool sign_plus,
                       int exp_digits, Parts *o) {
  Digits dg;
  shortest_digits(x, f32, &dg);
  if (dg.n - 1 > precision) sci_digits(x, precision, &dg);
  if (min_digits > dg.n - 1 && x != 0) sci_digits(x, min_digits, &dg);
  const char *sign = signbit(x) ? "-" : sign_plus ? "+" : "";
  snprintf(o->ip, sizeof o->ip, "%s%c", sign, dg.d[0]);
  int nf = 0;
  for (int i = 1; i < dg.n; i++) o->fp[nf++] = dg.d[i];
  while (nf < min_digits) o->fp[nf++] = '0';
  o->fp[nf] = 0;
  int e = x == 0 ? 0 : dg.exp;
  int w = exp_digits > 2 ? (exp_digits < 8 ? exp_digits : 8) : 2;
  snprintf(o->ex, sizeof o->ex, "%c%0*d", e < 0 ? '-' : '+', w, e < 0 ? -e : e);
}

/* ---- FloatingFormat ----------------------------------------------------------- */

typedef struct FloatFmt {
  bool f32, exp_format, sign_plus;
  int precision, min_digits, pad_left, pad_right, exp_size;
} FloatFmt;

static void float_fill(FloatFmt *f, const double *v, int64_t n, bool f32, bool sign_plus) {
  const NpPrintOptions *o = &np_printoptions;
  memset(f, 0, sizeof *f);
  f->f32 = f32;
  f->sign_plus = sign_plus;
  f->precision = o->precision;
  double maxv = 0, minv = INFINITY;
  int64_t nfinite = 0, nnz = 0;
  bool neginf = sign_plus;
  for (int64_t i = 0; i < n; i++) {
    double x = v[i];
    if (!isfinite(x)) {
      if (isinf(x) && x < 0) neginf = true;
      continue;
    }
    nfinite++;
    if (x != 0) {
      double a = fabs(x);
      nnz++;
      if (a > maxv) maxv = a;
      if (a < minv) minv = a;
    }
  }
  if (nnz) {
    if (maxv >= 1e8 || (!o->suppress && (minv < 0.0001 || maxv / minv > 1000.)))
      f->exp_format = true;
  }
  if (nfinite == 0) {
    f->pad_left = 0;
    f->pad_right = 0;
    f->exp_size = -1;
    f->min_digits = 0;
  } else if (f->exp_format) {
    int maxfrac = 0, maxint = 0, maxexp = 0;
    for (int64_t i = 0; i < n; i++) {
      if (!isfinite(v[i])) continue;
      Parts p;
      scientific(v[i], f32, o->precision, -1, sign_plus, -1, &p);
      int lf = (int)strlen(p.fp), li = (int)strlen(p.ip), le = (int)strlen(p.ex);
      if (lf > maxfrac) maxfrac = lf;
      if (li > maxint) maxint = li;
      if (le > maxexp) maxexp = le;
    }
    f->exp_size = maxexp - 1;
    f->precision = maxfrac;
    f->min_digits = maxfrac;
    f->pad_left = maxint;
    f->pad_right = f->exp_size + 2 + f->precision;
  } else {
    int maxfrac = 0, maxint = 0;
    for (int64_t i = 0; i < n; i++) {
      if (!isfinite(v[i])) continue;
      Parts p;
      positional(v[i], f32, o->precision, sign_plus, &p);
      int lf = (int)strlen(p.fp), li = (int)strlen(p.ip);
      if (lf > maxfrac) maxfrac = lf;
      if (li > maxint) maxint = li;
    }
    f->pad_left = maxint;
    f->pad_right = maxfrac;
    f->exp_size = -1;
    f->min_digits = 0;
  }
  if (nfinite != n) {
    int offset = f->pad_right + 1;
    int nanlen = 3, inflen = 3 + (neginf ? 1 : 0);
    if (nanlen - offset > f->pad_left) f->pad_left = nanlen - offset;
    if (inflen - offset > f->pad_left) f->pad_left = inflen - offset;
  }
}

static void pad_spaces(StrBuf *b, int n) {
  for (int i = 0; i < n; i++) sb_putc(b, ' ');
}

static void float_format(StrBuf *b, const FloatFmt *f, double x) {
  if (!isfinite(x)) {
    const char *r = isnan(x) ? (f->sign_plus ? "+nan" : "nan")
                             : x < 0 ? "-inf" : (f->sign_plus ? "+inf" : "inf");
    pad_spaces(b, f->pad_left + f->pad_right + 1 - (int)strlen(r));
    sb_puts(b, r);
    return;
  }
  Parts p;
  if (f->exp_format) {
    scientific(x, f->f32, f->precision, f->min_digits, f->sign_plus, f->exp_size, &p);
    pad_spaces(b, f->pad_left - (int)strlen(p.ip));
    sb_puts(b, p.ip);
    sb_putc(b, '.');
    sb_puts(b, p.fp);
    sb_putc(b, 'e');
    sb_puts(b, p.ex);
  } else {
    positional(x, f->f32, f->precision, f->sign_plus, &p);
    pad_spaces(b, f->pad_left - (int)strlen(p.ip));
    sb_puts(b, p.ip);
    sb_putc(b, '.');
    sb_puts(b, p.fp);
    pad_spaces(b, f->pad_right - (int)strlen(p.fp));
  }
}

/* ---- element formatters -------------------------------------------------------- */

typedef struct ElemFmt {
  DType dt;
  bool zero_d;
  int int_width;
  FloatFmt re, im;
} ElemFmt;

static double load_real(DType dt, const char *p, bool imag) {
  switch (dt) {
  case DT_FLOAT32: return *(const float *)p;
  case DT_FLOAT64: return *(const double *)p;
  case DT_COMPLEX64: return ((const float *)p)[imag];
  case DT_COMPLEX128: return ((const double *)p)[imag];
  default: return 0;
  }
}

static void int_text(char *buf, size_t n, DType dt, const char *p) {
  if (dt == DT_UINT64) {
    snprintf(buf, n, "%llu", (unsigned long long)*(const uint64_t *)p);
    return;
  }
  int64_t x;
  arr_cast_strided(DT_INT64, (char *)&x, 8, dt, p, 0, 1);
  snprintf(buf, n, "%lld", (long long)x);
}

static void format_elem(StrBuf *b, const ElemFmt *f, const char *p) {
  DType dt = f->dt;
  if (dt == DT_BOOL) {
    sb_puts(b, *p ? (f->zero_d ? "True" : " True") : "False");
  } else if (dt_is_int(dt)) {
    char buf[32];
    int_text(buf, sizeof buf, dt, p);
    pad_spaces(b, f->int_width - (int)strlen(buf));
    sb_puts(b, buf);
  } else if (dt_is_float(dt)) {
    float_format(b, &f->re, load_real(dt, p, false));
  } else {
    float_format(b, &f->re, load_real(dt, p, false));
    StrBuf t = STRBUF_INIT;
    float_format(&t, &f->im, load_real(dt, p, true));
    size_t sp = t.len;
    while (sp > 0 && t.data[sp - 1] == ' ') sp--;
    sb_append(b, t.data, sp);
    sb_putc(b, 'j');
    sb_append(b, t.data + sp, t.len - sp);
    sb_free(&t);
  }
}

/* Collects the elements the formatter sees (the edges when summarising). */
typedef struct Collect {
  const NdArray *a;
  bool summary;
  int edge;
  double *re, *im;
  int64_t n, cap;
  bool any_int;
  int64_t imax, imin;
  uint64_t umax;
} Collect;

static void collect_elem(Collect *c, const char *p) {
  DType dt = (DType)c->a->dtype;
  if (dt_is_inexact(dt)) {
    if (c->n == c->cap) {
      c->cap = c->cap ? c->cap * 2 : 64;
      c->re = util_xrealloc(c->re, (size_t)c->cap * sizeof(double));
      c->im = util_xrealloc(c->im, (size_t)c->cap * sizeof(double));
    }
    c->re[c->n] = load_real(dt, p, false);
    c->im[c->n] = dt_is_complex(dt) ? load_real(dt, p, true) : 0;
    c->n++;
  } else if (dt_is_int(dt)) {
    if (dt == DT_UINT64) {
      uint64_t u = *(const uint64_t *)p;
      if (!c->any_int || u > c->umax) c->umax = u;
      if (!c->any_int || (int64_t)(u >> 1) < c->imin) c->imin = (int64_t)(u >> 1);
    } else {
      int64_t x;
      arr_cast_strided(DT_INT64, (char *)&x, 8, dt, p, 0, 1);
      if (!c->any_int || x > c->imax) c->imax = x;
      if (!c->any_int || x < c->imin) c->imin = x;
    }
    c->any_int = true;
  }
}

static void collect_rec(Collect *c, int d, const char *p) {
  const NdArray *a = c->a;
  if (d == a->ndim) {
    collect_elem(c, p);
    return;
  }
  int64_t n = a->shape[d];
  if (c->summary && n > 2 * c->edge) {
    for (int64_t i = 0; i < c->edge; i++) collect_rec(c, d + 1, p + i * a->strides[d]);
    for (int64_t i = n - c->edge; i < n; i++) collect_rec(c, d + 1, p + i * a->strides[d]);
  } else {
    for (int64_t i = 0; i < n; i++) collect_rec(c, d + 1, p + i * a->strides[d]);
  }
}

static void make_format(ElemFmt *f, const NdArray *a, bool summary) {
  memset(f, 0, sizeof *f);
  f->dt = (DType)a->dtype;
  f->zero_d = a->ndim == 0;
  if (f->dt == DT_BOOL) return;
  Collect c = {.a = a, .summary = summary, .edge = np_printoptions.edgeitems};
  collect_rec(&c, 0, a->data);
  if (dt_is_int(f->dt)) {
    char buf[32];
    int w = 0;
    if (c.any_int) {
      if (f->dt == DT_UINT64) {
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)c.umax);
        w = (int)strlen(buf);
      } else {
        snprintf(buf, sizeof buf, "%lld", (long long)c.imax);
        w = (int)strlen(buf);
        snprintf(buf, sizeof buf, "%lld", (long long)c.imin);
        if ((int)strlen(buf) > w) w = (int)strlen(buf);
      }
    }
    f->int_width = w;
  } else {
    bool f32 = f->dt == DT_FLOAT32 || f->dt == DT_COMPLEX64;
    float_fill(&f->re, c.re, c.n, f32, false);
    if (dt_is_complex(f->dt)) float_fill(&f->im, c.im, c.n, f32, true);
  }
  free(c.re);
  free(c.im);
}

/* ---- _formatArray ------------------------------------------------------------ */

typedef struct Fmt {
  const NdArray *a;
  ElemFmt ef;
  const char *sep;
  bool summary;
  int edge;
  int linewidth;
} Fmt;

static void extend_line(StrBuf *s, StrBuf *line, const char *word, size_t wlen, int width,
                        const char *next_prefix) {
  bool wrap = (int)(line->len + wlen) > width;
  if (line->len <= strlen(next_prefix)) wrap = false;
  if (wrap) {
    size_t l = line->len;
    while (l > 0 && line->data[l - 1] == ' ') l--;
    sb_append(s, line->data, l);
    sb_putc(s, '\n');
    line->len = 0;
    sb_puts(line, next_prefix);
  }
  sb_append(line, word, wlen);
}

static void recurse(Fmt *f, StrBuf *out, int axis, const char *p, const char *hanging,
                    int width) {
  const NdArray *a = f->a;
  int left = a->ndim - axis;
  if (left == 0) {
    format_elem(out, &f->ef, p);
    return;
  }
  size_t hl = strlen(hanging);
  char *next_hanging = util_xmalloc(hl + 2);
  memcpy(next_hanging, hanging, hl);
  next_hanging[hl] = ' ';
  next_hanging[hl + 1] = 0;
  int next_width = width - 1;
  int64_t n = a->shape[axis];
  bool show = f->summary && 2 * (int64_t)f->edge < n;
  int64_t lead = show ? f->edge : 0, trail = show ? f->edge : n;
  int64_t st = a->strides[axis];
  StrBuf s = STRBUF_INIT;
  if (left == 1) {
    size_t seplen = strlen(f->sep), sepr = seplen;
    while (sepr > 0 && f->sep[sepr - 1] == ' ') sepr--;
    int elem_width = width - (int)(sepr > 1 ? sepr : 1);
    StrBuf line = STRBUF_INIT, word = STRBUF_INIT;
    sb_puts(&line, hanging);
    for (int64_t i = 0; i < lead; i++) {
      word.len = 0;
      recurse(f, &word, axis + 1, p + i * st, next_hanging, next_width);
      extend_line(&s, &line, word.data, word.len, elem_width, hanging);
      sb_puts(&line, f->sep);
    }
    if (show) {
      extend_line(&s, &line, "...", 3, elem_width, hanging);
      sb_puts(&line, f->sep);
    }
    for (int64_t i = trail; i > 1; i--) {
      word.len = 0;
      recurse(f, &word, axis + 1, p + (n - i) * st, next_hanging, next_width);
      extend_line(&s, &line, word.data, word.len, elem_width, hanging);
      sb_puts(&line, f->sep);
    }
    word.len = 0;
    recurse(f, &word, axis + 1, p + (n - 1) * st, next_hanging, next_width);
    extend_line(&s, &line, word.data, word.len, elem_width, hanging);
    sb_append(&s, line.data, line.len);
    sb_free(&line);
    sb_free(&word);
  } else {
    size_t seplen = strlen(f->sep);
    while (seplen > 0 && f->sep[seplen - 1] == ' ') seplen--;
    StrBuf line_sep = STRBUF_INIT;
    sb_append(&line_sep, f->sep, seplen);
    for (int i = 0; i < left - 1; i++) sb_putc(&line_sep, '\n');
    for (int64_t i = 0; i < lead; i++) {
      sb_puts(&s, hanging);
      recurse(f, &s, axis + 1, p + i * st, next_hanging, next_width);
      sb_append(&s, line_sep.data, line_sep.len);
    }
    if (show) {
      sb_puts(&s, hanging);
      sb_puts(&s, "...");
      sb_append(&s, line_sep.data, line_sep.len);
    }
    for (int64_t i = trail; i > 1; i--) {
      sb_puts(&s, hanging);
      recurse(f, &s, axis + 1, p + (n - i) * st, next_hanging, next_width);
      sb_append(&s, line_sep.data, line_sep.len);
    }
    sb_puts(&s, hanging);
    recurse(f, &s, axis + 1, p + (n - 1) * st, next_hanging, next_width);
    sb_free(&line_sep);
  }
  sb_putc(out, '[');
  if (s.len > hl) sb_append(out, s.data + hl, s.len - hl);
  sb_putc(out, ']');
  sb_free(&s);
  free(next_hanging);
}

/* array2string(a, separator, prefix) with linewidth already reduced by the suffix. */
static void array2string(StrBuf *out, const NdArray *a, const char *sep, const char *prefix,
                         int linewidth) {
  if (a->size == 0) {
    sb_puts(out, "[]");
    return;
  }
  Fmt f = {.a = a, .sep = sep, .edge = np_printoptions.edgeitems, .linewidth = linewidth};
  f.summary = a->size > (int64_t)np_printoptions.threshold;
  make_format(&f.ef, a, f.summary);
  size_t pl = strlen(prefix);
  char *next_prefix = util_xmalloc(pl + 2);
  next_prefix[0] = ' ';
  memset(next_prefix + 1, ' ', pl);
  next_prefix[pl + 1] = 0;
  recurse(&f, out, 0, a->data, next_prefix, linewidth);
  free(next_prefix);
}

static bool dtype_implied(DType dt) {
  return dt == DT_FLOAT64 || dt == DT_INT64 || dt == DT_BOOL || dt == DT_COMPLEX128;
}

Value arr_repr(VM *vm, Value self) {
  const NdArray *a = as_array(self);
  DType dt = (DType)a->dtype;
  bool skipdtype = dtype_implied(dt) && a->size > 0;
  const char *suffix = skipdtype ? ")" : ",";
  StrBuf b = STRBUF_INIT;
  sb_puts(&b, "array(");
  if (a->size > 0 || (a->ndim == 1 && a->shape[0] == 0)) {
    array2string(&b, a, ", ", "array(", np_printoptions.linewidth - (int)strlen(suffix));
  } else {
    sb_puts(&b, "[], shape=");
    arr_shape_repr(&b, a->ndim, a->shape);
  }
  sb_puts(&b, suffix);
  if (!skipdtype) {
    char dts[64];
    snprintf(dts, sizeof dts, "dtype=%s)", dt_name(dt));
    size_t nl = 0;
    for (size_t i = 0; i < b.len; i++)
      if (b.data[i] == '\n') nl = i + 1;
    size_t last = b.len - nl;
    if ((int)(last + strlen(dts) + 1) > np_printoptions.linewidth) sb_puts(&b, "\n      ");
    else sb_putc(&b, ' ');
    sb_puts(&b, dts);
  }
  return sb_finish(vm, &b);
}

Value arr_str(VM *vm, Value self) {
  const NdArray *a = as_array(self);
  if (a->ndim == 0) return v_str(vm, arr_scalar_from(vm, (DType)a->dtype, a->data));
  StrBuf b = STRBUF_INIT;
  array2string(&b, a, " ", "", np_printoptions.linewidth);
  return sb_finish(vm, &b);
}

/* ---- scalar repr ------------------------------------------------------------------- */

/* NumPy's float scalar repr: positional for 1e-4 <= |x| < 1e16 (or 0), else
** scientific; `leave_one_zero` gives "1.0" (floats) rather than "1" (complex parts). */
static void float_scalar_repr(StrBuf *b, double x, bool f32, bool leave_one_zero, bool sign_plus) {
  if (isnan(x)) { sb_puts(b, sign_plus ? "+nan" : "nan"); return; }
  if (isinf(x)) { sb_puts(b, x < 0 ? "-inf" : sign_plus ? "+inf" : "inf"); return; }
  double ax = fabs(x);
  Parts p;
  if (ax == 0 || (ax >= 1e-4 && ax < 1e16)) {
    positional(x, f32, 1000, sign_plus, &p);
    sb_puts(b, p.ip);
    if (p.fp[0]) {
      sb_putc(b, '.');
      sb_puts(b, p.fp);
    } else if (leave_one_zero) {
      sb_puts(b, ".0");
    }
  } else {
    scientific(x, f32, 1000, -1, sign_plus, -1, &p);
    sb_puts(b, p.ip);
    if (p.fp[0]) {
      sb_putc(b, '.');
      sb_puts(b, p.fp);
    }
    sb_putc(b, 'e');
    sb_puts(b, p.ex);
  }
}

void np_scalar_repr_into(StrBuf *b, DType dt, const void *ptr) {
  const char *p = ptr;
  if (dt == DT_BOOL) {
    sb_puts(b, *p ? "True" : "False");
  } else if (dt_is_int(dt)) {
    char buf[32];
    int_text(buf, sizeof buf, dt, p);
    sb_puts(b, buf);
  } else if (dt_is_float(dt)) {
    float_scalar_repr(b, load_real(dt, p, false), dt == DT_FLOAT32, true, false);
  } else {
    bool f32 = dt == DT_COMPLEX64;
    double re = load_real(dt, p, false), im = load_real(dt, p, true);
    if (re == 0 && !signbit(re)) {
      float_scalar_repr(b, im, f32, false, false);
      sb_putc(b, 'j');
    } else {
      sb_putc(b, '(');
      float_scalar_repr(b, re, f32, false, false);
      float_scalar_repr(b, im, f32, false, true);
      sb_puts(b, "j)");
    }
  }
}
