/*
** format.c — the three ways Python turns values into formatted text:
**
**   format(v, spec) / f"{v:spec}"   CPython's Python/formatter_unicode.c
**   "fmt" % args                    PyUnicode_Format in unicodeobject.c
**   "fmt".format(*args, **kw)       Objects/stringlib/unicode_format.h
**
** The structure follows CPython's so that every corner (zero padding that
** is itself grouped, '=' alignment, the sign of nan, which error wins when
** several apply) comes out the same. Widths count code points.
**
** Error discipline: the format-spec path validates and converts everything
** that can raise before it appends a byte to the caller's buffer. The %
** and str.format paths call back into v_str / v_repr / v_getattr between
** appends, so they run under vm_protect and free their buffer before
** re-raising.
*/
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "list.h"
#include "error.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* Output beyond these would need gigabytes: MemoryError up front rather
** than an abort inside the scratch buffer's allocator. */
#define MAX_WIDTH ((int64_t)1 << 30)
#define MAX_FLOAT_PRECISION ((int64_t)1 << 26)

/* ====================================================================== */
/* The format-spec mini-language                                          */
/* ====================================================================== */

typedef struct Spec {
  char fill[5];       /* UTF-8 of the fill code point */
  bool fill_given;
  char align;         /* '<' '>' '=' '^' */
  char sign;          /* 0, '+', '-', ' ' */
  bool no_neg_0;      /* 'z' */
  bool alternate;     /* '#' */
  char thousands;     /* 0, ',', '_' */
  bool group4;        /* '_' with b/o/x/X: groups of four */
  int64_t width;      /* -1: none */
  int64_t precision;  /* -1: none */
  uint32_t type;      /* presentation type code point; 0: none */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Decodes the code point at s[*i] (i < n), advancing *i. */
static uint32_t next_cp(const char *s, size_t n, size_t *i) {
  (void)n;
  uint32_t cp;
  *i += (size_t)utf8_decode(s + *i, &cp);
  return cp;
}

static uint32_t peek_cp(const char *s, size_t n, size_t i) {
  if (i >= n) return 0;
  return next_cp(s, n, &i);
}

/* Digits at s[*i]: -1 if none; raises on overflow like CPython. */
static int64_t spec_integer(VM *vm, const char *s, size_t n, size_t *i) {
  int64_t acc = 0;
  size_t start = *i;
  while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
    int d = s[*i] - '0';
    if (acc > (INT64_MAX - d) / 10)
      vm_raise(vm, &EXC_ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
    (*i)++;
  }
  return *i == start ? -1 : acc;
}

_Noreturn static void unknown_type(VM *vm, uint32_t type, const char *tname) {
  if (type > 32 && type < 128)
    vm_raise(vm, &EXC_ValueError, "Unknown format code '%c' for object of type '%.200s'",
             (char)type, tname);
  vm_raise(vm, &EXC_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
           (unsigned)type, tname);
}

_Noreturn static void bad_thousands(VM *vm, char sep, uint32_t type) {
  if (type > 32 && type < 128)
    vm_raise(vm, &EXC_ValueError, "Cannot specify '%c' with '%c'.", sep, (char)type);
  vm_raise(vm, &EXC_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

/* CPython's parse_internal_render_format_spec. */
static void parse_spec(VM *vm, const char *s, size_t n, Spec *f, uint32_t default_type,
                       char default_align, const char *tname) {
  memset(f, 0, sizeof *f);
  f->fill[0] = ' ';
  f->align = default_align;
  f->width = -1;
  f->precision = -1;
  f->type = default_type;
  bool align_given = false;
  size_t i = 0;

  /* [[fill]align]: the fill is any one code point */
  size_t j = 0;
  if (n > 0) next_cp(s, n, &j);
  if (j < n && is_align(peek_cp(s, n, j))) {
    memcpy(f->fill, s, j);
    f->fill[j] = 0;
    f->fill_given = true;
    f->align = s[j];
    align_given = true;
    i = j + 1;
  } else if (n > 0 && is_align((unsigned char)s[0])) {
    f->align = s[0];
    align_given = true;
    i = 1;
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
  if (i < n && s[i] == 'z') {
    f->no_neg_0 = true;
    i++;
  }
  if (i < n && s[i] == '#') {
    f->alternate = true;
    i++;
  }
  if (!f->fill_given && i < n && s[i] == '0') {
    f->fill[0] = '0';
    f->fill[1] = 0;
    if (!align_given && default_align == '>') f->align = '=';
    i++;
  }
  f->width = spec_integer(vm, s, n, &i);
  if (i < n && s[i] == ',') {
    f->thousands = ',';
    i++;
  }
  if (i < n && s[i] == '_') {
    if (f->thousands) vm_raise(vm, &EXC_ValueError, "Cannot specify both ',' and '_'.");
    f->thousands = '_';
    i++;
  }
  if (i < n && s[i] == ',' && f->thousands == '_')
    vm_raise(vm, &EXC_ValueError, "Cannot specify both ',' and '_'.");
  if (i < n && s[i] == '.') {
    i++;
    f->precision = spec_integer(vm, s, n, &i);
    if (f->precision < 0) vm_raise(vm, &EXC_ValueError, "Format specifier missing precision");
  }
  if (i < n) {
    size_t k = i;
    uint32_t t = next_cp(s, n, &k);
    if (k < n) {
      vm_raise(vm, &EXC_ValueError, "Invalid format specifier '%.*s' for object of type '%.200s'",
               (int)n, s, tname);
    }
    f->type = t;
  }
  if (f->width > MAX_WIDTH) vm_raise_memory(vm);
  if (f->thousands) {
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      break;
    case 'b': case 'o': case 'x': case 'X':
      if (f->thousands == '_') {
        f->group4 = true;
        break;
      }
      /* fall through */
    default: bad_thousands(vm, f->thousands, f->type);
    }
  }
}

/* ---- rendering --------------------------------------------------------- */

static void put_fill(StrBuf *out, const Spec *f, int64_t n) {
  size_t len = strlen(f->fill);
  for (int64_t i = 0; i < n; i++) sb_append(out, f->fill, len);
}

/*
** Digits with thousands separators, left-padded with zeros (also grouped)
** to at least min_width characters: CPython's InsertThousandsGrouping.
** Built right to left into tmp, then reversed onto out.
*/
static void put_grouped(StrBuf *out, const char *digits, int64_t ndigits, int64_t min_width,
                        char sep, int group) {
  if (ndigits == 0) return;
  if (!sep) {
    int64_t len = ndigits > min_width ? ndigits : min_width;
    for (int64_t i = 0; i < len - ndigits; i++) sb_putc(out, '0');
    sb_append(out, digits, (size_t)ndigits);
    return;
  }
  StrBuf tmp = STRBUF_INIT;
  int64_t remaining = ndigits;
  const char *end = digits + ndigits;
  bool use_sep = false;
  for (;;) {
    int64_t want = remaining > min_width ? remaining : min_width;
    if (want < 1) want = 1;
    int64_t len = group < want ? group : want;
    int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
    int64_t n_chars = remaining < len ? remaining : len;
    if (n_chars < 0) n_chars = 0;
    if (use_sep) sb_putc(&tmp, sep);
    for (int64_t i = 0; i < n_chars; i++) sb_putc(&tmp, *--end);
    for (int64_t i = 0; i < n_zeros; i++) sb_putc(&tmp, '0');
    use_sep = true;
    remaining -= n_chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  for (size_t i = tmp.len; i > 0; i--) sb_putc(out, tmp.data[i - 1]);
  sb_free(&tmp);
}

static int64_t grouped_len(int64_t ndigits, int64_t min_width, char sep, int group) {
  if (ndigits == 0) return 0;
  if (!sep) return ndigits > min_width ? ndigits : min_width;
  int64_t count = 0, remaining = ndigits;
  bool use_sep = false;
  for (;;) {
    int64_t want = remaining > min_width ? remaining : min_width;
    if (want < 1) want = 1;
    int64_t len = group < want ? group : want;
    int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
    int64_t n_chars = remaining < len ? remaining : len;
    if (n_chars < 0) n_chars = 0;
    count += (use_sep ? 1 : 0) + n_zeros + n_chars;
    use_sep = true;
    remaining -= n_chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return count;
}

/* One formatted number, in pieces: CPython's NumberFieldWidths. */
typedef struct NumParts {
  char sign;                /* 0 or the sign character to print */
  const char *prefix;       /* "0x" etc. (already cased) */
  const char *digits;       /* integer digits, grouped */
  int64_t ndigits;
  const char *rest;         /* decimal point, fraction, exponent, '%' (or a 'c' char) */
  size_t rest_bytes;
  int64_t rest_chars;
} NumParts;

static char sign_for(char spec_sign, bool negative) {
  if (negative) return '-';
  if (spec_sign == '+') return '+';
  if (spec_sign == ' ') return ' ';
  return 0;
}

/* calc_number_widths + fill_number. With f NULL: no padding, no zero
** grouping (complex components). */
static void put_number(StrBuf *out, const Spec *f, const NumParts *p, char sep, int group,
                       bool pad) {
  int64_t nprefix = (int64_t)strlen(p->prefix);
  int64_t lead = (p->sign ? 1 : 0) + nprefix;
  int64_t min_width = 0;
  if (pad && f->fill[0] == '0' && f->fill[1] == 0 && f->align == '=')
    min_width = f->width - (lead + p->rest_chars);
  int64_t glen = grouped_len(p->ndigits, min_width, sep, group);
  int64_t npad = pad ? f->width - (lead + glen + p->rest_chars) : 0;
  int64_t lpad = 0, rpad = 0, spad = 0;
  if (npad > 0) {
    switch (f->align) {
    case '<': rpad = npad; break;
    case '^': lpad = npad / 2; rpad = npad - lpad; break;
    case '=': spad = npad; break;
    default: lpad = npad; break;
    }
  }
  put_fill(out, f, lpad);
  if (p->sign) sb_putc(out, p->sign);
  sb_puts(out, p->prefix);
  put_fill(out, f, spad);
  put_grouped(out, p->digits, p->ndigits, min_width, sep, group);
  sb_append(out, p->rest, p->rest_bytes);
  put_fill(out, f, rpad);
}

/* Splits a formatted float ("-1234.5e+10", "inf") into sign/digits/rest. */
static void split_float(const char *s, NumParts *p, char spec_sign) {
  bool neg = *s == '-';
  if (neg) s++;
  p->sign = sign_for(spec_sign, neg);
  p->prefix = "";
  p->digits = s;
  p->ndigits = 0;
  while (s[p->ndigits] >= '0' && s[p->ndigits] <= '9') p->ndigits++;
  p->rest = s + p->ndigits;
  p->rest_bytes = strlen(p->rest);
  p->rest_chars = (int64_t)p->rest_bytes;
}

static void calc_padding(int64_t nchars, int64_t width, char align, int64_t *lpad, int64_t *rpad) {
  int64_t total = width >= 0 && width > nchars ? width : nchars;
  if (align == '>')
    *lpad = total - nchars;
  else if (align == '^')
    *lpad = (total - nchars) / 2;
  else
    *lpad = 0;
  *rpad = total - nchars - *lpad;
}

/* ---- float ------------------------------------------------------------- */

static void format_float(VM *vm, StrBuf *out, double val, const Spec *f) {
  if (f->precision > INT_MAX) vm_raise(vm, &EXC_ValueError, "precision too big");
  if (f->precision > MAX_FLOAT_PRECISION) vm_raise_memory(vm);
  int precision = (int)f->precision, default_precision = 6, flags = 0;
  char type = (char)f->type;
  bool add_pct = false;
  if (f->alternate) flags |= NUM_DTSF_ALT;
  if (f->no_neg_0) flags |= NUM_DTSF_NO_NEG_0;
  if (type == 0) {
    flags |= NUM_DTSF_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  StrBuf tmp = STRBUF_INIT;
  num_double_to_string(&tmp, val, type, precision, flags);
  if (add_pct) sb_putc(&tmp, '%');
  NumParts p;
  split_float(tmp.data, &p, f->sign);
  char sep = f->type == 'n' ? 0 : f->thousands;
  put_number(out, f, &p, sep, 3, true);
  sb_free(&tmp);
}

/* ---- complex ----------------------------------------------------------- */

static void format_complex(VM *vm, StrBuf *out, double re, double im, const Spec *f) {
  if (f->precision > INT_MAX) vm_raise(vm, &EXC_ValueError, "precision too big");
  if (f->precision > MAX_FLOAT_PRECISION) vm_raise_memory(vm);
  if (f->fill[0] == '0' && f->fill[1] == 0)
    vm_raise(vm, &EXC_ValueError, "Zero padding is not allowed in complex format specifier");
  if (f->align == '=')
    vm_raise(vm, &EXC_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  int precision = (int)f->precision, default_precision = 6, flags = 0;
  char type = (char)f->type;
  bool skip_re = false, parens = false;
  if (f->alternate) flags |= NUM_DTSF_ALT;
  if (f->no_neg_0) flags |= NUM_DTSF_NO_NEG_0;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !signbit(re))
      skip_re = true;
    else
      parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  StrBuf rb = STRBUF_INIT, ib = STRBUF_INIT;
  num_double_to_string(&rb, re, type, precision, flags);
  num_double_to_string(&ib, im, type, precision, flags);
  NumParts rp, ip;
  split_float(rb.data, &rp, f->sign);
  split_float(ib.data, &ip, skip_re ? f->sign : '+');
  char sep = f->type == 'n' ? 0 : f->thousands;
  /* compose unpadded, then pad the whole */
  StrBuf body = STRBUF_INIT;
  Spec plain = *f;
  plain.width = -1;
  if (parens) sb_putc(&body, '(');
  if (!skip_re) put_number(&body, &plain, &rp, sep, 3, false);
  put_number(&body, &plain, &ip, sep, 3, false);
  sb_putc(&body, 'j');
  if (parens) sb_putc(&body, ')');
  int64_t lpad, rpad;
  calc_padding((int64_t)body.len, f->width, f->align, &lpad, &rpad);
  put_fill(out, f, lpad);
  sb_append(out, body.data, body.len);
  put_fill(out, f, rpad);
  sb_free(&rb);
  sb_free(&ib);
  sb_free(&body);
}

/* ---- int --------------------------------------------------------------- */

static void format_int(VM *vm, StrBuf *out, Value v, const Spec *f) {
  if (f->precision != -1)
    vm_raise(vm, &EXC_ValueError, "Precision not allowed in integer format specifier");
  if (f->no_neg_0)
    vm_raise(vm, &EXC_ValueError,
             "Negative zero coercion (z) not allowed in integer format specifier");
  NumParts p;
  if (f->type == 'c') {
    if (f->sign)
      vm_raise(vm, &EXC_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
      vm_raise(vm, &EXC_ValueError,
               "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (!int_fits_i64(v, &x))
      vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff) vm_raise(vm, &EXC_OverflowError, "%%c arg not in range(0x110000)");
    char ch[5];
    int len = utf8_encode((uint32_t)x, ch);
    p.sign = 0;
    p.prefix = "";
    p.digits = "";
    p.ndigits = 0;
    p.rest = ch;
    p.rest_bytes = (size_t)len;
    p.rest_chars = 1;
    put_number(out, f, &p, 0, 3, true);
    return;
  }
  int base = 10;
  const char *prefix = "";
  switch (f->type) {
  case 'b': base = 2; prefix = "0b"; break;
  case 'o': base = 8; prefix = "0o"; break;
  case 'x': base = 16; prefix = "0x"; break;
  case 'X': base = 16; prefix = "0X"; break;
  default: break;
  }
  if (v.tag == V_INT) { /* fits 64 bits: digits without GMP or malloc */
    char buf[72];
    char *end = buf + sizeof buf;
    char *d = util_u64_digits(end, v.as.i < 0 ? 0 - (uint64_t)v.as.i : (uint64_t)v.as.i, base,
                              f->type == 'X');
    p.sign = sign_for(f->sign, v.as.i < 0);
    p.prefix = f->alternate ? prefix : "";
    p.digits = d;
    p.ndigits = end - d;
    p.rest = "";
    p.rest_bytes = 0;
    p.rest_chars = 0;
    put_number(out, f, &p, f->type == 'n' ? 0 : f->thousands, f->group4 ? 4 : 3, true);
    return;
  }
  if (base == 10) int_check_str_digits(vm, v);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  size_t cap = mpz_sizeinbase(z, base) + 2;
  char *digits = malloc(cap);
  mpz_get_str(digits, f->type == 'X' ? -16 : base, z);
  mpz_clear(z);
  p.sign = sign_for(f->sign, neg);
  p.prefix = f->alternate ? prefix : "";
  p.digits = digits;
  p.ndigits = (int64_t)strlen(digits);
  p.rest = "";
  p.rest_bytes = 0;
  p.rest_chars = 0;
  char sep = f->type == 'n' ? 0 : f->thousands;
  put_number(out, f, &p, sep, f->group4 ? 4 : 3, true);
  free(digits);
}

/* ---- str --------------------------------------------------------------- */

static void format_str(VM *vm, StrBuf *out, Str *s, const Spec *f) {
  if (f->sign == ' ') vm_raise(vm, &EXC_ValueError, "Space not allowed in string format specifier");
  if (f->sign) vm_raise(vm, &EXC_ValueError, "Sign not allowed in string format specifier");
  if (f->no_neg_0)
    vm_raise(vm, &EXC_ValueError,
             "Negative zero coercion (z) not allowed in string format specifier");
  if (f->alternate)
    vm_raise(vm, &EXC_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f->align == '=')
    vm_raise(vm, &EXC_ValueError, "'=' alignment not allowed in string format specifier");
  int64_t len = s->nchars;
  size_t bytes = (size_t)s->nbytes;
  if (f->precision >= 0 && len > f->precision) {
    len = f->precision;
    size_t off = 0;
    for (int64_t i = 0; i < len; i++) {
      uint32_t cp;
      off += (size_t)utf8_decode(s->data + off, &cp);
    }
    bytes = off;
  }
  int64_t lpad, rpad;
  calc_padding(len, f->width, f->align, &lpad, &rpad);
  put_fill(out, f, lpad);
  sb_append(out, s->data, bytes);
  put_fill(out, f, rpad);
}

/* ---- dispatch ---------------------------------------------------------- */

void fmt_format_into(VM *vm, StrBuf *out, Value v, const char *spec, size_t n) {
  Spec f;
  v = v_number(vm, v); /* NumPy scalars format as the equal Python number */
  const char *tname = v_typename(v);
  if (is_str(v)) {
    if (n == 0) {
      sb_append(out, as_str(v)->data, (size_t)as_str(v)->nbytes);
      return;
    }
    parse_spec(vm, spec, n, &f, 's', '<', tname);
    if (f.type != 's') unknown_type(vm, f.type, tname);
    format_str(vm, out, as_str(v), &f);
    return;
  }
  if (v.tag == V_BOOL || v.tag == V_INT || is_bigint(v)) {
    if (n == 0) {
      if (v.tag == V_BOOL) {
        sb_puts(out, v.as.i ? "True" : "False");
      } else if (v.tag == V_INT) {
        char buf[24];
        char *end = buf + sizeof buf;
        char *d = util_u64_digits(end, v.as.i < 0 ? 0 - (uint64_t)v.as.i : (uint64_t)v.as.i, 10, false);
        if (v.as.i < 0) *--d = '-';
        sb_append(out, d, (size_t)(end - d));
      } else {
        int_check_str_digits(vm, v);
        int_repr_into(out, v);
      }
      return;
    }
    if (v.tag == V_BOOL) v = v_int(v.as.i);
    parse_spec(vm, spec, n, &f, 'd', '>', tname);
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      format_int(vm, out, v, &f);
      return;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      format_float(vm, out, int_to_double(vm, v), &f);
      return;
    default: unknown_type(vm, f.type, tname);
    }
  }
  if (v.tag == V_FLOAT) {
    if (n == 0) {
      float_repr_into(out, v.as.f);
      return;
    }
    parse_spec(vm, spec, n, &f, 0, '>', tname);
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      format_float(vm, out, v.as.f, &f);
      return;
    default: unknown_type(vm, f.type, tname);
    }
  }
  if (is_complex(v)) {
    Complex *c = as_complex(v);
    if (n == 0) {
      complex_repr_into(out, c->re, c->im);
      return;
    }
    parse_spec(vm, spec, n, &f, 0, '>', tname);
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      format_complex(vm, out, c->re, c->im, &f);
      return;
    default: unknown_type(vm, f.type, tname);
    }
  }
  if (n != 0)
    vm_raise(vm, &EXC_TypeError, "unsupported format string passed to %.200s.__format__", tname);
  Value s = v_str(vm, v);
  sb_append(out, as_str(s)->data, (size_t)as_str(s)->nbytes);
}

/*
** f"{i:05d}", f"{i:3}": an int with at most a zero flag, a width and 'd'
** is digits, a sign and padding; writes them into buf[0..cap) and returns
** the length, or -1 for every other spec (parse_spec then does it all).
*/
int fmt_int_spec_fast(int64_t i, const Str *spec, char *buf, int cap) {
  const char *s = spec->data;
  int64_t n = spec->nbytes, k = 0, width = 0;
  bool zero = n > 0 && s[0] == '0';
  if (zero) k++;
  for (; k < n && s[k] >= '0' && s[k] <= '9'; k++) {
    width = width * 10 + (s[k] - '0');
    if (width > cap - 24) return -1;
  }
  if (k < n && s[k] == 'd') k++;
  if (k != n) return -1;
  char digits[24], *end = digits + sizeof digits;
  char *p = util_u64_digits(end, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, 10, false);
  int nd = (int)(end - p), len = nd + (i < 0), pad = width > len ? (int)width - len : 0;
  char *w = buf;
  if (!zero) { memset(w, ' ', (size_t)pad); w += pad; }
  if (i < 0) *w++ = '-';
  if (zero) { memset(w, '0', (size_t)pad); w += pad; }
  memcpy(w, p, (size_t)nd);
  return (int)(w + nd - buf);
}

Value fmt_format(VM *vm, Value v, Str *spec) {
  if (v.tag == V_INT) {
    char buf[128];
    int n = fmt_int_spec_fast(v.as.i, spec, buf, (int)sizeof buf);
    if (n >= 0) return str_new_ascii(vm, buf, (size_t)n);
  }
  if (spec->nbytes == 0) {
    if (is_str(v)) return v;
    if (v.tag == V_INT) return str_from_i64(vm, v.as.i);
    if (is_bigint(v)) return int_repr(vm, v);
    if (v.tag == V_FLOAT) return float_repr(vm, v.as.f);
  }
  /* A scratch buffer kept between calls: f"{i:05d}" in a loop otherwise
  ** mallocs and frees one per value. Busy while in use (a nested format,
  ** or one that raised: then it stays busy and this falls back to a fresh
  ** buffer, which fmt_format_into never leaks as it raises before writing). */
  static _Thread_local StrBuf scratch;
  static _Thread_local bool busy;
  if (!busy) {
    busy = true;
    scratch.len = 0;
    fmt_format_into(vm, &scratch, v, spec->data, (size_t)spec->nbytes);
    busy = false;
    return str_new(vm, scratch.data ? scratch.data : "", scratch.len);
  }
  StrBuf b = STRBUF_INIT;
  fmt_format_into(vm, &b, v, spec->data, (size_t)spec->nbytes);
  return sb_finish(vm, &b);
}

/* ====================================================================== */
/* Shared helpers for % and str.format                                    */
/* ====================================================================== */

/* ascii(v): repr with non-ASCII code points escaped. */
static void put_ascii(StrBuf *out, Str *r) {
  size_t i = 0, n = (size_t)r->nbytes;
  while (i < n) {
    uint32_t cp;
    i += (size_t)utf8_decode(r->data + i, &cp);
    if (cp < 0x80)
      sb_putc(out, (char)cp);
    else if (cp < 0x100)
      sb_printf(out, "\\x%02x", cp);
    else if (cp < 0x10000)
      sb_printf(out, "\\u%04x", cp);
    else
      sb_printf(out, "\\U%08x", cp);
  }
}

Value fmt_ascii(VM *vm, Value v) {
  Str *r = as_str(v_repr(vm, v));
  if (r->ascii) return v_obj(r);
  StrBuf b = STRBUF_INIT;
  put_ascii(&b, r);
  return sb_finish(vm, &b);
}

typedef void (*ProtectedFn)(VM *vm, void *ud);

/* Runs fn with *out as its output buffer; on an exception, frees the
** buffer and re-raises. */
static Value run_protected(VM *vm, ProtectedFn fn, void *ud, StrBuf *out) {
  if (!vm_protect(vm, fn, ud)) {
    sb_free(out);
    vm_throw(vm, vm->exc);
  }
  return sb_finish(vm, out);
}

/* ====================================================================== */
/* printf-style: fmt % args                                               */
/* ====================================================================== */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PercentJob {
  Str *fmt;
  Value args;    /* the right operand */
  Value cur;     /* what getnextarg reads: args, or a dict value */
  int64_t arglen, argidx;
  bool dict;
  StrBuf out;
} PercentJob;

static Value next_arg(VM *vm, PercentJob *j) {
  int64_t idx = j->argidx;
  if (idx < j->arglen) {
    j->argidx++;
    if (j->arglen < 0) return j->cur;
    return as_tuple(j->cur)->items[idx];
  }
  vm_raise(vm, &EXC_TypeError, "not enough arguments for format string");
}

static bool is_intlike(Value v) { return v.tag == V_INT || v.tag == V_BOOL || is_bigint(v); }

/* _PyUnicode_FormatLong: "-0x00ff"-style text of an int for d/i/u/o/x/X. */
static void format_long_text(VM *vm, StrBuf *t, Value v, bool alt, int prec, char type) {
  if (v.tag == V_BOOL) v = v_int(v.as.i);
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  if (base == 10 && v.tag == V_INT) { /* "%d" of a small int: no GMP round trip */
    char buf[24], *end = buf + sizeof buf;
    uint64_t u = v.as.i < 0 ? 0 - (uint64_t)v.as.i : (uint64_t)v.as.i;
    char *digits = util_u64_digits(end, u, 10, false);
    int64_t nd = end - digits;
    if (v.as.i < 0) sb_putc(t, '-');
    for (int64_t i = nd; i < prec; i++) sb_putc(t, '0');
    sb_append(t, digits, (size_t)nd);
    return;
  }
  if (base == 10) int_check_str_digits(vm, v);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  char *digits = malloc(mpz_sizeinbase(z, base) + 2);
  mpz_get_str(digits, type == 'X' ? -16 : base, z);
  mpz_clear(z);
  int64_t nd = (int64_t)strlen(digits);
  if (neg) sb_putc(t, '-');
  if (alt && base != 10) sb_puts(t, type == 'o' ? "0o" : type == 'x' ? "0x" : "0X");
  for (int64_t i = nd; i < prec; i++) sb_putc(t, '0');
  sb_append(t, digits, (size_t)nd);
  free(digits);
}

/* unicode_format_arg_output: sign, prefix, fill and width around text. */
static void percent_output(StrBuf *out, const char *text, size_t bytes, int64_t chars, int flags,
                           int64_t width, bool sign, char ch) {
  char fill = sign && (flags & F_ZERO) ? '0' : ' ';
  char signchar = 0;
  int64_t len = chars;
  const char *p = text;
  if (sign) {
    if (len > 0 && (*p == '-' || *p == '+')) {
      signchar = *p++;
      len--;
      bytes--;
    } else if (flags & F_SIGN) {
      signchar = '+';
    } else if (flags & F_BLANK) {
      signchar = ' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  if (sign) {
    if (fill != ' ') sb_putc(out, signchar);
    if (width > len) width--;
  }
  bool alt_prefix = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
  if (alt_prefix) {
    if (fill != ' ') sb_append(out, p, 2);
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    for (int64_t i = 0; i < width - len; i++) sb_putc(out, fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) sb_putc(out, signchar);
    if (alt_prefix) sb_append(out, p, 2);
  }
  if (alt_prefix) {
    p += 2;
    bytes -= 2;
  }
  sb_append(out, p, bytes);
  for (int64_t i = len; i < width; i++) sb_putc(out, ' ');
}

static int64_t count_chars(const char *s, size_t n) { return utf8_count(s, n); }

/* One conversion: everything that can raise happens before the append. */
static void percent_one(VM *vm, PercentJob *j, uint32_t ch, int flags, int64_t width, int prec,
                        int64_t fmtpos) {
  Value v = next_arg(vm, j);
  if (ch != 's' && ch != 'r' && ch != 'a') v = v_number(vm, v); /* NumPy scalars */
  if (width > MAX_WIDTH) vm_raise_memory(vm);
  StrBuf t = STRBUF_INIT; /* filled only by non-raising code */
  bool sign = false;
  switch (ch) {
  case 's': case 'r': case 'a': {
    Value s = ch == 's' ? v_str(vm, v) : v_repr(vm, v);
    Str *str = as_str(s);
    if (ch == 'a') {
      put_ascii(&t, str);
    } else {
      sb_append(&t, str->data, (size_t)str->nbytes);
    }
    break;
  }
  case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
    Value iv = v;
    if (!is_intlike(v)) {
      bool hex = ch == 'o' || ch == 'x' || ch == 'X';
      if (v.tag == V_FLOAT && !hex) {
        iv = int_from_double(vm, v.as.f);
      } else if (hex) {
        vm_raise(vm, &EXC_TypeError, "%%%c format: an integer is required, not %.200s", (char)ch,
                 v_typename(v));
      } else {
        vm_raise(vm, &EXC_TypeError, "%%%c format: a real number is required, not %.200s",
                 (char)ch, v_typename(v));
      }
    }
    if (iv.tag == V_OBJ && (ch == 'd' || ch == 'i' || ch == 'u')) int_check_str_digits(vm, iv);
    format_long_text(vm, &t, iv, flags & F_ALT, prec, (char)(ch == 'i' || ch == 'u' ? 'd' : ch));
    sign = true;
    break;
  }
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
    if (prec > MAX_FLOAT_PRECISION) vm_raise_memory(vm);
    double x;
    if (v.tag == V_FLOAT)
      x = v.as.f;
    else if (is_intlike(v))
      x = int_to_double(vm, v);
    else
      vm_raise(vm, &EXC_TypeError, "must be real number, not %.200s", v_typename(v));
    num_double_to_string(&t, x, (char)ch, prec < 0 ? 6 : prec, (flags & F_ALT) ? NUM_DTSF_ALT : 0);
    sign = true;
    break;
  }
  case 'c': {
    uint32_t c;
    if (is_str(v)) {
      if (as_str(v)->nchars != 1) vm_raise(vm, &EXC_TypeError, "%%c requires int or char");
      utf8_decode(as_str(v)->data, &c);
    } else if (is_intlike(v)) {
      int64_t x;
      if (!int_fits_i64(v, &x) || x < 0 || x > 0x10ffff)
        vm_raise(vm, &EXC_OverflowError, "%%c arg not in range(0x110000)");
      c = (uint32_t)x;
    } else {
      vm_raise(vm, &EXC_TypeError, "%%c requires int or char");
    }
    char buf[5];
    int len = utf8_encode(c, buf);
    sb_append(&t, buf, (size_t)len);
    break;
  }
  default:
    if (ch > 32 && ch < 128)
      vm_raise(vm, &EXC_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
               (char)ch, (unsigned)ch, (long long)fmtpos);
    vm_raise(vm, &EXC_ValueError, "unsupported format character '\\x%x' (0x%x) at index %lld",
             (unsigned)ch, (unsigned)ch, (long long)fmtpos);
  }
  const char *data = t.data ? t.data : "";
  size_t bytes = t.len;
  int64_t chars = count_chars(data, t.len);
  if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && chars > prec) {
    size_t off = 0;
    for (int i = 0; i < prec; i++) {
      uint32_t cp;
      off += (size_t)utf8_decode(data + off, &cp);
    }
    bytes = off;
    chars = prec;
  }
  percent_output(&j->out, data, bytes, chars, flags, width, sign, (char)ch);
  sb_free(&t);
}

static int64_t star_arg(VM *vm, PercentJob *j) {
  Value v = next_arg(vm, j);
  if (!is_intlike(v)) vm_raise(vm, &EXC_TypeError, "* wants int");
  int64_t x;
  if (!int_fits_i64(v, &x))
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  return x;
}

static void percent_run(VM *vm, void *ud) {
  PercentJob *j = ud;
  const char *s = j->fmt->data;
  size_t n = (size_t)j->fmt->nbytes, i = 0;
  int64_t cpos = 0; /* code point index of s[i] */
  while (i < n) {
    if (s[i] != '%') {
      size_t k = i;
      while (k < n && s[k] != '%') k++;
      sb_append(&j->out, s + i, k - i);
      cpos += count_chars(s + i, k - i);
      i = k;
      continue;
    }
    i++, cpos++;
    if (i < n && s[i] == '%') {
      sb_putc(&j->out, '%');
      i++, cpos++;
      continue;
    }
    if (i < n && s[i] == '(') {
      if (!j->dict) vm_raise(vm, &EXC_TypeError, "format requires a mapping");
      i++, cpos++;
      size_t keystart = i;
      int depth = 1;
      while (i < n && depth > 0) {
        if (s[i] == ')') depth--;
        else if (s[i] == '(') depth++;
        uint32_t cp;
        i += (size_t)utf8_decode(s + i, &cp);
        cpos++;
      }
      if (depth > 0) vm_raise(vm, &EXC_ValueError, "incomplete format key");
      Value key = str_new(vm, s + keystart, i - 1 - keystart);
      j->cur = v_getitem(vm, j->args, key);
      j->arglen = -1;
      j->argidx = -2;
    }
    int flags = 0;
    int64_t width = -1;
    int prec = -1;
    uint32_t ch = 0;
    bool have = false;
    /* flags */
    while (i < n) {
      ch = (unsigned char)s[i];
      if (ch == '-') flags |= F_LJUST;
      else if (ch == '+') flags |= F_SIGN;
      else if (ch == ' ') flags |= F_BLANK;
      else if (ch == '#') flags |= F_ALT;
      else if (ch == '0') flags |= F_ZERO;
      else break;
      i++, cpos++;
    }
    /* width */
    if (i < n && s[i] == '*') {
      width = star_arg(vm, j);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++, cpos++;
    } else if (i < n && s[i] >= '0' && s[i] <= '9') {
      width = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (width > (INT64_MAX - 9) / 10) vm_raise(vm, &EXC_ValueError, "width too big");
        width = width * 10 + (s[i] - '0');
        i++, cpos++;
      }
    }
    /* precision */
    if (i < n && s[i] == '.') {
      prec = 0;
      i++, cpos++;
      if (i < n && s[i] == '*') {
        int64_t p = star_arg(vm, j);
        prec = p < 0 ? 0 : p > INT_MAX ? INT_MAX : (int)p;
        i++, cpos++;
      } else {
        while (i < n && s[i] >= '0' && s[i] <= '9') {
          if (prec > (INT_MAX - 9) / 10) vm_raise(vm, &EXC_ValueError, "precision too big");
          prec = prec * 10 + (s[i] - '0');
          i++, cpos++;
        }
      }
    }
    if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++, cpos++;
    if (i < n) {
      ch = next_cp(s, n, &i);
      cpos++;
      have = true;
    }
    if (!have) vm_raise(vm, &EXC_ValueError, "incomplete format");
    /* Only "%%" is a literal percent; "%5%" fetches an argument and then
    ** fails as an unsupported conversion, as in CPython 3.11. */
    percent_one(vm, j, ch, flags, width, prec, cpos - 1);
  }
  if (j->argidx < j->arglen && !j->dict)
    vm_raise(vm, &EXC_TypeError, "not all arguments converted during string formatting");
}

Value fmt_percent(VM *vm, Str *fmt, Value args) {
  PercentJob j;
  j.fmt = fmt;
  j.args = args;
  j.cur = args;
  if (tuple_check(args)) {
    j.arglen = as_tuple(args)->n;
    j.argidx = 0;
  } else {
    j.arglen = -1;
    j.argidx = -2;
  }
  j.dict = !tuple_check(args) && !is_str(args) && args.tag == V_OBJ && v_type(args)->getitem;
  StrBuf init = STRBUF_INIT;
  j.out = init;
  return run_protected(vm, percent_run, &j, &j.out);
}

/* ====================================================================== */
/* str.format                                                             */
/* ====================================================================== */

typedef struct FormatJob {
  Str *fmt;
  const Args *args;
  Value mapping;  /* format_map's argument, else V_EMPTY */
  int auto_state; /* 0 init, 1 auto, 2 manual */
  int64_t auto_next;
  StrBuf out;
} FormatJob;

/* Field-name integer: digits only; -1 if not an integer. */
static int64_t field_integer(VM *vm, const char *s, size_t n) {
  if (n == 0) return -1;
  int64_t acc = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    int d = s[i] - '0';
    if (acc > (INT64_MAX - d) / 10)
      vm_raise(vm, &EXC_ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

/* get_field_object: arg_name, then .attr / [key] lookups. */
static Value field_value(VM *vm, FormatJob *j, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != '.' && s[i] != '[') i++;
  int64_t idx = field_integer(vm, s, i);
  bool empty = i == 0;
  if ((empty || idx != -1) && !is_empty(j->mapping))
    vm_raise(vm, &EXC_ValueError, "Format string contains positional fields");
  if (empty || idx != -1) {
    if (j->auto_state == 0) j->auto_state = empty ? 1 : 2;
    if (j->auto_state == 2 && empty)
      vm_raise(vm, &EXC_ValueError,
               "cannot switch from manual field specification to automatic field numbering");
    if (j->auto_state == 1 && !empty)
      vm_raise(vm, &EXC_ValueError,
               "cannot switch from automatic field numbering to manual field specification");
    if (empty) idx = j->auto_next++;
  }
  Value obj;
  if (idx == -1 && !is_empty(j->mapping)) {
    obj = v_getitem(vm, j->mapping, str_new(vm, s, i));
  } else if (idx == -1) {
    Value key = str_new(vm, s, i);
    obj = v_empty();
    for (int k = 0; k < j->args->nkw; k++)
      if (str_eq(as_str(j->args->kwnames[k]), as_str(key))) obj = j->args->kwvals[k];
    if (is_empty(obj)) vm_raise_key(vm, key);
  } else {
    if (idx >= j->args->argc)
      vm_raise(vm, &EXC_IndexError, "Replacement index %lld out of range for positional args tuple",
               (long long)idx);
    obj = j->args->argv[idx];
  }
  while (i < n) {
    char c = s[i++];
    size_t start = i;
    if (c == '.') {
      while (i < n && s[i] != '.' && s[i] != '[') i++;
      if (i == start) vm_raise(vm, &EXC_ValueError, "Empty attribute in format string");
      obj = v_getattr(vm, obj, as_str(str_new(vm, s + start, i - start)));
    } else if (c == '[') {
      while (i < n && s[i] != ']') i++;
      if (i >= n) vm_raise(vm, &EXC_ValueError, "Missing ']' in format string");
      size_t end = i++;
      if (end == start) vm_raise(vm, &EXC_ValueError, "Empty attribute in format string");
      int64_t k = field_integer(vm, s + start, end - start);
      Value key = k == -1 ? str_new(vm, s + start, end - start) : v_int(k);
      obj = v_getitem(vm, obj, key);
    } else {
      vm_raise(vm, &EXC_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

static void build_format(VM *vm, FormatJob *j, const char *s, size_t n, int depth, StrBuf *out);

/* A nested {…} inside a format spec, expanded into its own buffer. */
typedef struct NestedSpec {
  FormatJob *job;
  const char *s;
  size_t n;
  int depth;
  StrBuf out;
} NestedSpec;

static void nested_run(VM *vm, void *ud) {
  NestedSpec *ns = ud;
  build_format(vm, ns->job, ns->s, ns->n, ns->depth, &ns->out);
}

/* One {field!conv:spec}; s..n is the text after '{' up to the field's end. */
static void output_field(VM *vm, FormatJob *j, const char *name, size_t nname, uint32_t conv,
                         const char *spec, size_t nspec, bool expand, int depth, StrBuf *out) {
  Value obj = field_value(vm, j, name, nname);
  if (conv) {
    if (conv == 'r' || conv == 'a') {
      obj = v_repr(vm, obj);
      if (conv == 'a') {
        StrBuf t = STRBUF_INIT;
        put_ascii(&t, as_str(obj));
        obj = sb_finish(vm, &t);
      }
    } else if (conv == 's') {
      obj = v_str(vm, obj);
    } else if (conv > 32 && conv < 127) {
      vm_raise(vm, &EXC_ValueError, "Unknown conversion specifier %c", (char)conv);
    } else {
      vm_raise(vm, &EXC_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
  }
  if (expand) {
    NestedSpec ns = {j, spec, nspec, depth - 1, STRBUF_INIT};
    Value specv = run_protected(vm, nested_run, &ns, &ns.out);
    fmt_format_into(vm, out, obj, as_str(specv)->data, (size_t)as_str(specv)->nbytes);
  } else {
    fmt_format_into(vm, out, obj, spec, nspec);
  }
}

/* MarkupIterator + parse_field + output_markup. */
static void build_format(VM *vm, FormatJob *j, const char *s, size_t n, int depth, StrBuf *out) {
  if (depth <= 0) vm_raise(vm, &EXC_ValueError, "Max string recursion exceeded");
  size_t i = 0;
  while (i < n) {
    /* literal text up to a brace */
    size_t start = i;
    char c = 0;
    while (i < n && s[i] != '{' && s[i] != '}') i++;
    if (i < n) c = s[i++];
    bool at_end = i >= n;
    size_t len = i - start;
    bool markup = c == '{' || c == '}';
    if (c == '}' && (at_end || s[i] != '}'))
      vm_raise(vm, &EXC_ValueError, "Single '}' encountered in format string");
    if (at_end && c == '{') vm_raise(vm, &EXC_ValueError, "Single '{' encountered in format string");
    if (markup) {
      if (!at_end && s[i] == c) {
        i++; /* escaped brace: keep one as literal */
        markup = false;
      } else {
        len--;
      }
    }
    sb_append(out, s + start, len);
    if (!markup) continue;
    /* parse_field */
    size_t name_start = i;
    char last = 0;
    while (i < n) {
      last = s[i++];
      if (last == '{') vm_raise(vm, &EXC_ValueError, "unexpected '{' in field name");
      if (last == '[') {
        while (i < n && s[i] != ']') i++;
        last = 0;
        continue;
      }
      if (last == '}' || last == ':' || last == '!') break;
      last = 0;
    }
    size_t name_end = last ? i - 1 : i;
    uint32_t conv = 0;
    const char *spec = "";
    size_t nspec = 0;
    bool expand = false;
    if (last == '!' || last == ':') {
      bool done = false;
      if (last == '!') {
        if (i >= n)
          vm_raise(vm, &EXC_ValueError, "end of string while looking for conversion specifier");
        conv = next_cp(s, n, &i);
        if (i < n) {
          char c2 = s[i++];
          if (c2 == '}') done = true;
          else if (c2 != ':')
            vm_raise(vm, &EXC_ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        size_t spec_start = i;
        int count = 1;
        bool closed = false;
        while (i < n) {
          char c3 = s[i++];
          if (c3 == '{') {
            expand = true;
            count++;
          } else if (c3 == '}') {
            if (--count == 0) {
              closed = true;
              break;
            }
          }
        }
        if (!closed) vm_raise(vm, &EXC_ValueError, "unmatched '{' in format spec");
        spec = s + spec_start;
        nspec = i - 1 - spec_start;
      }
    } else if (last != '}') {
      vm_raise(vm, &EXC_ValueError, "expected '}' before end of string");
    }
    output_field(vm, j, s + name_start, name_end - name_start, conv, spec, nspec, expand, depth,
                 out);
  }
}

static void format_run(VM *vm, void *ud) {
  FormatJob *j = ud;
  build_format(vm, j, j->fmt->data, (size_t)j->fmt->nbytes, 2, &j->out);
}

static Value str_format_job(VM *vm, Str *fmt, const Args *args, Value mapping) {
  FormatJob j;
  j.fmt = fmt;
  j.args = args;
  j.mapping = mapping;
  j.auto_state = 0;
  j.auto_next = 0;
  StrBuf init = STRBUF_INIT;
  j.out = init;
  return run_protected(vm, format_run, &j, &j.out);
}

Value fmt_str_format(VM *vm, Str *fmt, const Args *args) {
  return str_format_job(vm, fmt, args, v_empty());
}

/* fmt.format_map(mapping): named fields are mapping[name], positional ones
** an error. */
Value fmt_str_format_map(VM *vm, Str *fmt, Value mapping) {
  Args none = {0};
  return str_format_job(vm, fmt, &none, mapping);
}
