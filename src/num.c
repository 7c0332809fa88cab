/*
** num.c — int (int64 fast path + GMP big ints), bool, float and complex:
** arithmetic with Python's rules, exact int/float comparison, CPython's
** numeric hash, float repr/formatting/parsing/round, constructors, methods
** and the type objects.
**
** Every int result goes through int_from_mpz or a checked int64 path, so an
** int that fits 64 bits is always a V_INT. Error checks (division by zero,
** negative shift) happen before any mpz temporary is initialised: vm_raise
** longjmps and would leak them.
*/
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* CPython 3.11's default sys.get_int_max_str_digits(). */
#define INT_MAX_STR_DIGITS 4300
/* Numeric hash modulus: 2**61 - 1 (CPython's _PyHASH_MODULUS). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159
#define HASH_IMAG 1000003
/* Ints beyond this many bits are refused with MemoryError rather than
** letting GMP abort the process. */
#define BIGINT_MAX_BITS ((uint64_t)1 << 32)

typedef enum { K_NONE, K_INT, K_BIG, K_FLOAT, K_COMPLEX } Kind;

static Kind kind_of(Value v) {
  switch (v.tag) {
  case V_BOOL:
  case V_INT: return K_INT;
  case V_FLOAT: return K_FLOAT;
  case V_OBJ:
    if (v.as.o->type == &TYPE_INT) return K_BIG;
    if (v.as.o->type == &TYPE_COMPLEX) return K_COMPLEX;
    return K_NONE;
  default: return K_NONE;
  }
}

bool num_is_number(Value v) { return kind_of(v) != K_NONE; }

/* ====================================================================== */
/* Ints                                                                   */
/* ====================================================================== */

static void bigint_finalize(VM *vm, Obj *o) {
  (void)vm;
  mpz_clear(((BigInt *)o)->z);
}

Value int_from_mpz(VM *vm, const mpz_t z) {
  if (mpz_fits_slong_p(z)) return v_int(mpz_get_si(z));
  BigInt *b = gc_alloc(vm, &TYPE_INT, sizeof(BigInt));
  mpz_init_set(b->z, z);
  return v_obj(b);
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.tag == V_OBJ)
    mpz_set(out, as_bigint(v)->z);
  else
    mpz_set_si(out, v.as.i);
}

int int_sign(Value v) {
  if (v.tag == V_OBJ) return mpz_sgn(as_bigint(v)->z);
  return (v.as.i > 0) - (v.as.i < 0);
}

bool int_fits_i64(Value v, int64_t *out) {
  if (v.tag != V_OBJ) {
    *out = v.as.i;
    return true;
  }
  return false; /* big ints never fit: they are normalised */
}

static Value big_from_i64_neg_min(VM *vm) {
  mpz_t z;
  mpz_init_set_si(z, INT64_MIN);
  mpz_neg(z, z);
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

/* ---- int → double ------------------------------------------------------ */

double num_mpz_to_double(const mpz_t z, bool *ok) {
  *ok = true;
  size_t n = mpz_sizeinbase(z, 2);
  if (n <= 63) return (double)mpz_get_si(z); /* exact-or-correctly-rounded */
  /* Keep 55 bits plus a sticky bit: the hardware's uint64 → double
  ** conversion then rounds half-even correctly. */
  mpz_t t;
  mpz_init(t);
  mpz_abs(t, z);
  mp_bitcnt_t shift = n - 55;
  bool sticky = mpz_scan1(t, 0) < shift;
  mpz_tdiv_q_2exp(t, t, shift);
  uint64_t top = mpz_get_ui(t) | (sticky ? 1 : 0);
  mpz_clear(t);
  double d = (double)top;
  if (shift > 2000) {
    *ok = false;
    return mpz_sgn(z) < 0 ? -INFINITY : INFINITY;
  }
  d = ldexp(d, (int)shift);
  if (isinf(d)) *ok = false;
  return mpz_sgn(z) < 0 ? -d : d;
}

/*
** a / b correctly rounded (CPython's long_true_divide): scale so the
** quotient has DBL_MANT_DIG + 2 or 3 bits, round half-even using the
** remainder as a sticky bit, and let ldexp place it (exact, including
** subnormal results, because the rounding already accounted for them).
*/
double num_mpz_ratio_to_double(const mpz_t a, const mpz_t b, bool *ok) {
  *ok = true;
  bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return negate ? -0.0 : 0.0;
  mpz_t x, y, r;
  mpz_inits(x, y, r, NULL);
  mpz_abs(x, a);
  mpz_abs(y, b);
  double result;
  long diff = (long)mpz_sizeinbase(x, 2) - (long)mpz_sizeinbase(y, 2);
  if (diff > DBL_MAX_EXP) {
    *ok = false;
    result = INFINITY;
  } else if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    result = 0.0;
  } else {
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    if (shift >= 0)
      mpz_mul_2exp(y, y, (mp_bitcnt_t)shift);
    else
      mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(x, r, x, y);
    bool inexact = mpz_sgn(r) != 0;
    long x_size = (long)mpz_sizeinbase(x, 2);
    long extra = (x_size > DBL_MIN_EXP - shift ? x_size : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t xv = mpz_get_ui(x);
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = xv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) xv += mask;
    xv &= ~(2 * mask - 1);
    double dx = (double)xv;
    if (shift + x_size >= DBL_MAX_EXP &&
        (shift + x_size > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_size))) {
      *ok = false;
      result = INFINITY;
    } else {
      result = ldexp(dx, (int)shift);
    }
  }
  mpz_clears(x, y, r, NULL);
  return negate ? -result : result;
}

double int_to_double(VM *vm, Value v) {
  if (v.tag != V_OBJ) return (double)v.as.i;
  bool ok;
  double d = num_mpz_to_double(as_bigint(v)->z, &ok);
  if (!ok) vm_raise(vm, &EXC_OverflowError, "int too large to convert to float");
  return d;
}

double num_to_double(VM *vm, Value v) {
  if (v.tag == V_FLOAT) return v.as.f;
  if (kind_of(v) == K_INT || kind_of(v) == K_BIG) return int_to_double(vm, v);
  Value n = v_number(vm, v); /* NumPy scalars; anything else comes back as it was */
  if (n.tag == V_FLOAT || n.tag == V_INT || n.tag == V_BOOL || is_bigint(n)) return num_to_double(vm, n);
  vm_raise(vm, &EXC_TypeError, "must be real number, not %s", v_typename(v));
}

/* ---- double → int ------------------------------------------------------ */

Value int_from_double(VM *vm, double d) {
  if (isinf(d)) vm_raise(vm, &EXC_OverflowError, "cannot convert float infinity to integer");
  if (isnan(d)) vm_raise(vm, &EXC_ValueError, "cannot convert float NaN to integer");
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return v_int((int64_t)d);
  mpz_t z;
  mpz_init_set_d(z, d);
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

/* ---- int ↔ text -------------------------------------------------------- */

void int_check_str_digits(VM *vm, Value v) {
  if (v.tag != V_OBJ) return;
  const mpz_t *z = &as_bigint(v)->z;
  size_t n = mpz_sizeinbase(*z, 10); /* exact or one too many */
  if (n <= INT_MAX_STR_DIGITS) return;
  if (n == INT_MAX_STR_DIGITS + 1) {
    /* exact count: compare |z| with 10**4300 */
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, INT_MAX_STR_DIGITS);
    int c = mpz_cmpabs(*z, p);
    mpz_clear(p);
    if (c < 0) return;
  }
  vm_raise(vm, &EXC_ValueError,
           "Exceeds the limit (%d digits) for integer string conversion; "
           "use sys.set_int_max_str_digits() to increase the limit",
           INT_MAX_STR_DIGITS);
}

void int_repr_into(StrBuf *b, Value v) {
  if (v.tag != V_OBJ) {
    sb_printf(b, "%lld", (long long)v.as.i);
    return;
  }
  const mpz_t *z = &as_bigint(v)->z;
  size_t need = mpz_sizeinbase(*z, 10) + 2;
  sb_reserve(b, need + 1);
  mpz_get_str(b->data + b->len, 10, *z);
  b->len += strlen(b->data + b->len);
}

Value int_repr(VM *vm, Value v) {
  if (v.tag != V_OBJ) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)v.as.i);
    return str_new(vm, buf, (size_t)n);
  }
  int_check_str_digits(vm, v);
  StrBuf b = STRBUF_INIT;
  int_repr_into(&b, v);
  return sb_finish(vm, &b);
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* First code points of the Unicode decimal-digit runs (category Nd, ten
** consecutive digits each), so int("١٢") and float("١٢") work as in CPython. */
static const uint32_t unicode_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
    0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0};
static const uint32_t unicode_spaces[] = {0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
                                          0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                                          0x2028, 0x2029, 0x202f, 0x205f, 0x3000};

/*
** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal
** digits become '0'..'9', non-ASCII spaces ' ', anything else non-ASCII a
** byte no parser accepts. Returns a Str, or V_EMPTY if s is all ASCII.
*/
static Value ascii_digits(VM *vm, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (unsigned char)s[i] < 0x80) i++;
  if (i == n) return v_empty();
  StrBuf b = STRBUF_INIT; /* nothing below raises until sb_finish */
  for (i = 0; i < n;) {
    if ((unsigned char)s[i] < 0x80) {
      sb_putc(&b, s[i++]);
      continue;
    }
    uint32_t cp;
    i += (size_t)utf8_decode(s + i, &cp);
    char out = '\x7f';
    for (size_t k = 0; k < sizeof unicode_zeros / sizeof *unicode_zeros; k++)
      if (cp >= unicode_zeros[k] && cp < unicode_zeros[k] + 10) out = (char)('0' + (cp - unicode_zeros[k]));
    for (size_t k = 0; k < sizeof unicode_spaces / sizeof *unicode_spaces; k++)
      if (cp == unicode_spaces[k]) out = ' ';
    sb_putc(&b, out);
  }
  return sb_finish(vm, &b);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Python repr of s[0:n], cut to 200 code points (CPython's "%.200R"). */
static Value repr_cut(VM *vm, const char *s, size_t n) {
  Value r = str_repr(vm, as_str(str_new(vm, s, n)));
  Str *rs = as_str(r);
  if (rs->nchars <= 200) return r;
  size_t off = 0;
  for (int i = 0; i < 200; i++) {
    uint32_t cp;
    off += (size_t)utf8_decode(rs->data + off, &cp);
  }
  return str_new(vm, rs->data, off);
}

_Noreturn static void bad_int_literal(VM *vm, const char *s, size_t n, int base) {
  Value r = repr_cut(vm, s, n);
  vm_raise(vm, &EXC_ValueError, "invalid literal for int() with base %d: %s", base,
           as_str(r)->data);
}

/*
** int(s, base): surrounding whitespace, sign, an optional 0x/0o/0b prefix
** (required to match base, or choosing it for base 0, then one optional
** underscore), digits with single underscores between them.
*/
static Value int_parse(VM *vm, const char *s, size_t n, int base, const char *orig, size_t orig_n);

Value int_from_string(VM *vm, const char *s, size_t n, int base) {
  Value t = ascii_digits(vm, s, n);
  if (!is_empty(t)) return int_parse(vm, as_str(t)->data, (size_t)as_str(t)->nbytes, base, s, n);
  return int_parse(vm, s, n, base, s, n);
}

static Value int_parse(VM *vm, const char *s, size_t n, int base, const char *orig, size_t orig_n) {
  int orig_base = base;
  if (base != 0 && (base < 2 || base > 36))
    vm_raise(vm, &EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
  const char *p = s, *end = s + n;
  while (p < end && is_space(*p)) p++;
  while (end > p && is_space(end[-1])) end--;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  bool base0_zero = false; /* base 0, leading '0' without prefix: only zeros */
  if (p + 1 < end && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      p += 2;
      if (p < end && *p == '_') p++;
    }
  }
  if (base == 0) {
    if (p < end && *p == '0') base0_zero = true;
    base = 10;
  }
  /* Digits, single underscores between them; copied for GMP. */
  size_t ndig = 0;
  bool ok = p < end;
  bool prev_digit = false;
  for (const char *q = p; q < end && ok; q++) {
    if (*q == '_') {
      ok = prev_digit && q + 1 < end && q[1] != '_';
      prev_digit = false;
    } else if (digit_value(*q) < base) {
      prev_digit = true;
      ndig++;
    } else {
      ok = false;
    }
  }
  if (ok && !prev_digit) ok = false;
  if (ok && base0_zero)
    for (const char *q = p; q < end; q++)
      if (*q != '0' && *q != '_') ok = false;
  if (!ok) bad_int_literal(vm, orig, orig_n, orig_base);
  if ((base & (base - 1)) != 0 && ndig > INT_MAX_STR_DIGITS)
    vm_raise(vm, &EXC_ValueError,
             "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
             "digits; use sys.set_int_max_str_digits() to increase the limit",
             INT_MAX_STR_DIGITS, ndig);
  /* Small values: accumulate with overflow checks. */
  if (ndig <= 18 && base <= 10) {
    int64_t acc = 0;
    for (const char *q = p; q < end; q++)
      if (*q != '_') acc = acc * base + digit_value(*q);
    return v_int(neg ? -acc : acc);
  }
  char *buf = malloc((size_t)(end - p) + 1); /* scratch: nothing below raises */
  size_t k = 0;
  for (const char *q = p; q < end; q++)
    if (*q != '_') buf[k++] = *q;
  buf[k] = 0;
  mpz_t z;
  mpz_init_set_str(z, buf, base);
  free(buf);
  if (neg) mpz_neg(z, z);
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

Value int_from_literal(VM *vm, const char *digits, int base) {
  size_t n = strlen(digits);
  char *buf = malloc(n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (digits[i] != '_') buf[k++] = digits[i];
  buf[k] = 0;
  mpz_t z;
  mpz_init_set_str(z, buf, base);
  free(buf);
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

/* ---- int arithmetic ---------------------------------------------------- */

static Value float_binop(VM *vm, BinOp op, double x, double y);

static Value int_truediv(VM *vm, Value a, Value b) {
  if (int_sign(b) == 0) vm_raise(vm, &EXC_ZeroDivisionError, "division by zero");
  const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
  if (a.tag != V_OBJ && b.tag != V_OBJ && a.as.i <= lim && a.as.i >= -lim && b.as.i <= lim &&
      b.as.i >= -lim)
    return v_float((double)a.as.i / (double)b.as.i);
  mpz_t x, y;
  mpz_inits(x, y, NULL);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  bool ok;
  double d = num_mpz_ratio_to_double(x, y, &ok);
  mpz_clears(x, y, NULL);
  if (!ok) vm_raise(vm, &EXC_OverflowError, "integer division result too large for a float");
  return v_float(d);
}

static Value int_pow(VM *vm, Value a, Value b) {
  if (int_sign(b) < 0) return float_binop(vm, BINOP_POW, int_to_double(vm, a), int_to_double(vm, b));
  if (a.tag != V_OBJ && b.tag != V_OBJ) {
    /* square-and-multiply on int64 while nothing overflows */
    int64_t base = a.as.i, e = b.as.i, r = 1;
    bool overflow = false;
    while (e > 0) {
      if ((e & 1) && __builtin_mul_overflow(r, base, &r)) {
        overflow = true;
        break;
      }
      e >>= 1;
      if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return v_int(r);
  }
  /* base 0, 1, -1 with any exponent */
  if (a.tag != V_OBJ && a.as.i >= -1 && a.as.i <= 1) {
    if (a.as.i == -1) {
      bool odd = b.tag == V_OBJ ? mpz_odd_p(as_bigint(b)->z) : (b.as.i & 1);
      return v_int(odd ? -1 : 1);
    }
    return v_int(int_sign(b) == 0 ? 1 : a.as.i);
  }
  if (b.tag == V_OBJ) vm_raise_memory(vm);
  mpz_t x;
  mpz_init(x);
  int_to_mpz(a, x);
  uint64_t bits = (uint64_t)mpz_sizeinbase(x, 2) * (uint64_t)b.as.i;
  if (bits > BIGINT_MAX_BITS) {
    mpz_clear(x);
    vm_raise_memory(vm);
  }
  mpz_pow_ui(x, x, (unsigned long)b.as.i);
  Value r = int_from_mpz(vm, x);
  mpz_clear(x);
  return r;
}

static Value int_shift(VM *vm, BinOp op, Value a, Value b) {
  if (int_sign(b) < 0) vm_raise(vm, &EXC_ValueError, "negative shift count");
  if (int_sign(a) == 0) return v_int(0);
  if (b.tag == V_OBJ) {
    if (op == BINOP_RSHIFT) return v_int(int_sign(a) < 0 ? -1 : 0);
    vm_raise(vm, &EXC_OverflowError, "too many digits in integer");
  }
  int64_t s = b.as.i;
  if (a.tag != V_OBJ) {
    int64_t x = a.as.i;
    if (op == BINOP_RSHIFT) return v_int(s >= 63 ? (x < 0 ? -1 : 0) : x >> s);
    if (s < 63) {
      int64_t r = (int64_t)((uint64_t)x << s);
      if ((r >> s) == x) return v_int(r);
    }
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(a, z);
  if (op == BINOP_RSHIFT) {
    mpz_fdiv_q_2exp(z, z, (mp_bitcnt_t)s);
  } else {
    if ((uint64_t)s + mpz_sizeinbase(z, 2) > BIGINT_MAX_BITS) {
      mpz_clear(z);
      vm_raise_memory(vm);
    }
    mpz_mul_2exp(z, z, (mp_bitcnt_t)s);
  }
  Value r = int_from_mpz(vm, z);
  mpz_clear(z);
  return r;
}

/* Floor division and modulo on int64 (y != 0, not INT64_MIN / -1). */
static int64_t floordiv_i64(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
  return q;
}
static int64_t mod_i64(int64_t x, int64_t y) {
  if (y == -1) return 0;
  int64_t m = x % y;
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  return m;
}

static Value int_binop(VM *vm, BinOp op, Value a, Value b) {
  switch (op) {
  case BINOP_TRUEDIV: return int_truediv(vm, a, b);
  case BINOP_POW: return int_pow(vm, a, b);
  case BINOP_LSHIFT:
  case BINOP_RSHIFT: return int_shift(vm, op, a, b);
  case BINOP_FLOORDIV:
    if (int_sign(b) == 0) vm_raise(vm, &EXC_ZeroDivisionError, "integer division or modulo by zero");
    break;
  case BINOP_MOD:
    if (int_sign(b) == 0) vm_raise(vm, &EXC_ZeroDivisionError, "integer modulo by zero");
    break;
  case BINOP_MATMUL: return v_notimpl();
  default: break;
  }
  if (a.tag != V_OBJ && b.tag != V_OBJ) {
    int64_t x = a.as.i, y = b.as.i, r;
    switch (op) {
    case BINOP_ADD:
      if (!__builtin_add_overflow(x, y, &r)) return v_int(r);
      break;
    case BINOP_SUB:
      if (!__builtin_sub_overflow(x, y, &r)) return v_int(r);
      break;
    case BINOP_MUL:
      if (!__builtin_mul_overflow(x, y, &r)) return v_int(r);
      break;
    case BINOP_FLOORDIV:
      if (!(x == INT64_MIN && y == -1)) return v_int(floordiv_i64(x, y));
      break;
    case BINOP_MOD: return v_int(mod_i64(x, y));
    case BINOP_AND: return v_int(x & y);
    case BINOP_OR: return v_int(x | y);
    case BINOP_XOR: return v_int(x ^ y);
    default: break;
    }
  }
  mpz_t x, y;
  mpz_inits(x, y, NULL);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  switch (op) {
  case BINOP_ADD: mpz_add(x, x, y); break;
  case BINOP_SUB: mpz_sub(x, x, y); break;
  case BINOP_MUL:
    if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > BIGINT_MAX_BITS) {
      mpz_clears(x, y, NULL);
      vm_raise_memory(vm);
    }
    mpz_mul(x, x, y);
    break;
  case BINOP_FLOORDIV: mpz_fdiv_q(x, x, y); break;
  case BINOP_MOD: mpz_fdiv_r(x, x, y); break;
  case BINOP_AND: mpz_and(x, x, y); break;
  case BINOP_OR: mpz_ior(x, x, y); break;
  case BINOP_XOR: mpz_xor(x, x, y); break;
  default: break;
  }
  Value r = int_from_mpz(vm, x);
  mpz_clears(x, y, NULL);
  return r;
}

/* ====================================================================== */
/* Floats                                                                 */
/* ====================================================================== */

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

static Value complex_pow(VM *vm, double ar, double ai, double br, double bi);

/* num_pow2_k[f]: the factor k of num_pow2_fast for squares with exponent
** field f (num.h): 1 / (1 - 2 * 1.5 * (0.009 + (|E| + 1) ln 2 * 1.3 * 2^-15))
** for E = f - 1023 within [-960, 960], else inf. */
#define POW2_MARGIN(f) (1.5 * (0.009 + (((f) > 1023 ? (f) - 1023 : 1023 - (f)) + 1) * 0.6931471805599453 * 1.3 * 0x1p-15))
#define POW2_K1(f) ((f) < 1023 - 960 || (f) > 1023 + 960 ? __builtin_inf() : 1.0 / (1.0 - 2.0 * POW2_MARGIN(f)))
#define POW2_K2(f) POW2_K1(f), POW2_K1((f) + 1)
#define POW2_K4(f) POW2_K2(f), POW2_K2((f) + 2)
#define POW2_K8(f) POW2_K4(f), POW2_K4((f) + 4)
#define POW2_K16(f) POW2_K8(f), POW2_K8((f) + 8)
#define POW2_K32(f) POW2_K16(f), POW2_K16((f) + 16)
#define POW2_K64(f) POW2_K32(f), POW2_K32((f) + 32)
#define POW2_K128(f) POW2_K64(f), POW2_K64((f) + 64)
#define POW2_K256(f) POW2_K128(f), POW2_K128((f) + 128)
#define POW2_K512(f) POW2_K256(f), POW2_K256((f) + 256)
#define POW2_K1024(f) POW2_K512(f), POW2_K512((f) + 512)
const double num_pow2_k[2048] = {POW2_K1024(0), POW2_K1024(1024)};

/* noipa: no clone specialised on y = 2.0, which gcc would fold to x*x */
__attribute__((noipa)) double num_libm_pow(double x, double y) { return pow(x, y); }

/* PyErr_SetFromErrno: the exception's args are (errno, strerror). */
static _Noreturn void raise_errno(VM *vm, Type *type, int err) {
  Value args[2] = {v_int(err), str_from_cstr(vm, strerror(err))};
  vm_throw(vm, exc_new_args(vm, type, tuple_from(vm, args, 2)));
}

/* CPython's float_pow, rule for rule (including the complex result of a
** negative base raised to a non-integer power). */
static Value float_pow(VM *vm, double iv, double iw) {
  if (iw == 0) return v_float(1.0);
  if (isnan(iv)) return v_float(iv);
  if (isnan(iw)) return v_float(iv == 1.0 ? 1.0 : iw);
  if (isinf(iw)) {
    iv = fabs(iv);
    if (iv == 1.0) return v_float(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return v_float(fabs(iw));
    return v_float(0.0);
  }
  if (isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return v_float(odd ? iv : fabs(iv));
    return v_float(odd ? copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0)
      vm_raise(vm, &EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return v_float(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != floor(iw)) return complex_pow(vm, iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return v_float(negate ? -1.0 : 1.0);
  /* errno as CPython reads it: libm's, adjusted by _Py_ADJUST_ERANGE1 */
  errno = 0;
  double ix = pow(iv, iw);
  if (negate) ix = -ix;
  int err = errno;
  if (err == 0 && isinf(ix))
    err = ERANGE;
  else if (err == ERANGE && ix == 0.0)
    err = 0;
  if (err != 0) raise_errno(vm, err == ERANGE ? &EXC_OverflowError : &EXC_ValueError, err);
  return v_float(ix);
}

/* CPython's float_divmod: quotient and remainder with Python's signs. */
static void float_divmod_parts(double vx, double wx, double *floordiv, double *mod) {
  double m = fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

static Value float_binop(VM *vm, BinOp op, double x, double y) {
  switch (op) {
  case BINOP_ADD: return v_float(x + y);
  case BINOP_SUB: return v_float(x - y);
  case BINOP_MUL: return v_float(x * y);
  case BINOP_TRUEDIV:
    if (y == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float division by zero");
    return v_float(x / y);
  case BINOP_FLOORDIV: {
    if (y == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_parts(x, y, &q, &m);
    return v_float(q);
  }
  case BINOP_MOD: {
    if (y == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m) {
      if ((y < 0) != (m < 0)) m += y;
    } else {
      m = copysign(0.0, y);
    }
    return v_float(m);
  }
  case BINOP_POW: return float_pow(vm, x, y);
  default: return v_notimpl();
  }
}

/* ====================================================================== */
/* Complex                                                                */
/* ====================================================================== */

typedef struct { double re, im; } Cx;

Value complex_new(VM *vm, double re, double im) {
  Complex *c = gc_alloc(vm, &TYPE_COMPLEX, sizeof(Complex));
  c->re = re;
  c->im = im;
  return v_obj(c);
}

static Cx to_cx(VM *vm, Value v) {
  Cx c = {0.0, 0.0};
  if (is_complex(v)) {
    c.re = as_complex(v)->re;
    c.im = as_complex(v)->im;
  } else {
    c.re = num_to_double(vm, v);
  }
  return c;
}

static Cx c_prod(Cx a, Cx b) {
  Cx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
  return r;
}

/* CPython's _Py_c_quot (Smith's method); *zero set on division by zero. */
static Cx c_quot(Cx a, Cx b, bool *zero) {
  Cx r;
  double abs_breal = b.re < 0 ? -b.re : b.re;
  double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero = true;
      r.re = r.im = 0.0;
    } else {
      double ratio = b.im / b.re;
      double denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = NAN;
  }
  return r;
}

static Cx c_powu(Cx x, long n) {
  Cx r = {1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

/* CPython's _Py_c_pow (polar form). */
static Cx c_pow(Cx a, Cx b, bool *zero) {
  Cx r;
  if (b.re == 0.0 && b.im == 0.0) {
    r.re = 1.0;
    r.im = 0.0;
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *zero = true;
    r.re = r.im = 0.0;
  } else {
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= exp(at * b.im);
      phase += b.im * log(vabs);
    }
    r.re = len * cos(phase);
    r.im = len * sin(phase);
  }
  return r;
}

void num_c_pow(double ar, double ai, double br, double bi, double *re, double *im) {
  Cx a = {ar, ai}, b = {br, bi};
  bool zero = false;
  Cx r = c_pow(a, b, &zero);
  *re = zero ? NAN : r.re;
  *im = zero ? NAN : r.im;
}

static Value complex_pow(VM *vm, double ar, double ai, double br, double bi) {
  Cx a = {ar, ai}, b = {br, bi}, p;
  bool zero = false;
  /* errno as CPython reads it: libm's (cos(inf) sets EDOM), ours for 0**-n */
  errno = 0;
  if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
    long n = (long)b.re;
    Cx one = {1.0, 0.0};
    p = n > 0 ? c_powu(a, n) : c_quot(one, c_powu(a, -n), &zero);
  } else {
    p = c_pow(a, b, &zero);
  }
  int err = zero ? EDOM : errno;
  if (isinf(p.re) || isinf(p.im)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) vm_raise(vm, &EXC_ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == ERANGE) vm_raise(vm, &EXC_OverflowError, "complex exponentiation");
  return complex_new(vm, p.re, p.im);
}

static Value complex_binop(VM *vm, BinOp op, Value va, Value vb) {
  switch (op) {
  case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: case BINOP_TRUEDIV: case BINOP_POW: break;
  default: return v_notimpl();
  }
  Cx a = to_cx(vm, va), b = to_cx(vm, vb);
  switch (op) {
  case BINOP_ADD: return complex_new(vm, a.re + b.re, a.im + b.im);
  case BINOP_SUB: return complex_new(vm, a.re - b.re, a.im - b.im);
  case BINOP_MUL: {
    Cx r = c_prod(a, b);
    return complex_new(vm, r.re, r.im);
  }
  case BINOP_TRUEDIV: {
    bool zero = false;
    Cx r = c_quot(a, b, &zero);
    if (zero) vm_raise(vm, &EXC_ZeroDivisionError, "complex division by zero");
    return complex_new(vm, r.re, r.im);
  }
  default: return complex_pow(vm, a.re, a.im, b.re, b.im);
  }
}

/* x*x + y*y is within 2**-51 of hypot(x, y)**2 (relative; 2**-1074
** absolute when it underflows), and glibc's hypot is within an ulp of the
** true value, so outside k*k (1 -+ 2**-40) the sum decides alone. lower.c's
** prelude has the same function as C text (nb_hypot_cmp) for @njit code;
** tests/programs/nb_cabs_compare.py and jit_cabs_compare.py check both. */
bool num_hypot_cmp(double x, double y, double k, int op) {
  double s = x * x + y * y, k2 = k * k;
  if (k > 0 && k2 > NUM_HYPOT_KMIN && k2 < NUM_HYPOT_KMAX) {
    if (s > k2 * (1 + NUM_HYPOT_MARGIN)) return op >= 2;
    if (s < k2 * (1 - NUM_HYPOT_MARGIN)) return op < 2;
  }
  double h = hypot(x, y);
  return op == 0 ? h < k : op == 1 ? h <= k : op == 2 ? h > k : h >= k;
}

static double complex_abs(VM *vm, double re, double im) {
  if (!isfinite(re) || !isfinite(im)) {
    if (isinf(re)) return fabs(re);
    if (isinf(im)) return fabs(im);
    return NAN;
  }
  double r = hypot(re, im);
  if (!isfinite(r)) vm_raise(vm, &EXC_OverflowError, "absolute value too large");
  return r;
}

/* ====================================================================== */
/* Generic entry points                                                   */
/* ====================================================================== */

Value num_binop(VM *vm, BinOp op, Value a, Value b) {
  Kind ka = kind_of(a), kb = kind_of(b);
  if (ka == K_NONE || kb == K_NONE) return v_notimpl();
  if (ka <= K_BIG && kb <= K_BIG) {
    if (a.tag == V_BOOL && b.tag == V_BOOL) {
      if (op == BINOP_AND) return v_bool(a.as.i & b.as.i);
      if (op == BINOP_OR) return v_bool(a.as.i | b.as.i);
      if (op == BINOP_XOR) return v_bool(a.as.i ^ b.as.i);
    }
    return int_binop(vm, op, a, b);
  }
  if (ka == K_COMPLEX || kb == K_COMPLEX) return complex_binop(vm, op, a, b);
  switch (op) {
  case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: case BINOP_TRUEDIV:
  case BINOP_FLOORDIV: case BINOP_MOD: case BINOP_POW: break;
  default: return v_notimpl();
  }
  return float_binop(vm, op, num_to_double(vm, a), num_to_double(vm, b));
}

/* Raised here rather than declined: object.c hands numbers straight to
** num_unop and expects it to finish the job. */
_Noreturn static void bad_invert(VM *vm, Value a) {
  vm_raise(vm, &EXC_TypeError, "bad operand type for unary ~: '%s'", v_typename(a));
}

Value num_unop(VM *vm, UnOp op, Value a) {
  switch (kind_of(a)) {
  case K_INT: {
    int64_t x = a.as.i;
    if (op == UNOP_POS) return v_int(x);
    if (op == UNOP_INVERT) return v_int(~x);
    if (x == INT64_MIN) return big_from_i64_neg_min(vm);
    return v_int(-x);
  }
  case K_BIG: {
    if (op == UNOP_POS) return a;
    mpz_t z;
    mpz_init(z);
    if (op == UNOP_NEG)
      mpz_neg(z, as_bigint(a)->z);
    else
      mpz_com(z, as_bigint(a)->z);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
  }
  case K_FLOAT:
    if (op == UNOP_INVERT) bad_invert(vm, a);
    return v_float(op == UNOP_NEG ? -a.as.f : a.as.f);
  case K_COMPLEX:
    if (op == UNOP_INVERT) bad_invert(vm, a);
    if (op == UNOP_NEG) return complex_new(vm, -as_complex(a)->re, -as_complex(a)->im);
    return complex_new(vm, as_complex(a)->re, as_complex(a)->im);
  default: return v_notimpl();
  }
}

Value num_abs(VM *vm, Value v) {
  switch (kind_of(v)) {
  case K_INT:
    if (v.as.i == INT64_MIN) return big_from_i64_neg_min(vm);
    return v_int(v.as.i < 0 ? -v.as.i : v.as.i);
  case K_BIG:
    return int_sign(v) < 0 ? num_unop(vm, UNOP_NEG, v) : v;
  case K_FLOAT: return v_float(fabs(v.as.f));
  case K_COMPLEX: return v_float(complex_abs(vm, as_complex(v)->re, as_complex(v)->im));
  default: return v_notimpl();
  }
}

Value num_divmod(VM *vm, Value a, Value b) {
  Kind ka = kind_of(a), kb = kind_of(b);
  if (ka == K_NONE || kb == K_NONE || ka == K_COMPLEX || kb == K_COMPLEX) return v_notimpl();
  if (ka <= K_BIG && kb <= K_BIG) {
    if (int_sign(b) == 0)
      vm_raise(vm, &EXC_ZeroDivisionError, "integer division or modulo by zero");
    Value q = int_binop(vm, BINOP_FLOORDIV, a, b);
    Value m = int_binop(vm, BINOP_MOD, a, b);
    return tuple_pack2(vm, q, m);
  }
  double x = num_to_double(vm, a), y = num_to_double(vm, b);
  if (y == 0.0) vm_raise(vm, &EXC_ZeroDivisionError, "float divmod()");
  double q, m;
  float_divmod_parts(x, y, &q, &m);
  return tuple_pack2(vm, v_float(q), v_float(m));
}

/* ---- comparison -------------------------------------------------------- */

/* Exact three-way comparison of an int with a double: -1, 0, 1, or 2 when
** unordered (nan). Like CPython: 2**53 + 1 > 2.0**53. */
static int cmp_int_double(Value i, double f) {
  if (isnan(f)) return 2;
  if (isinf(f)) return f > 0 ? -1 : 1;
  const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
  if (i.tag != V_OBJ && i.as.i <= lim && i.as.i >= -lim) {
    double d = (double)i.as.i;
    return (d > f) - (d < f);
  }
  double fl = floor(f);
  mpz_t zi, zf;
  mpz_init(zi);
  mpz_init_set_d(zf, fl);
  int_to_mpz(i, zi);
  int c = mpz_cmp(zi, zf);
  mpz_clears(zi, zf, NULL);
  c = (c > 0) - (c < 0);
  if (c == 0 && f != fl) c = -1;
  return c;
}

static int cmp_ints(Value a, Value b) {
  if (a.tag != V_OBJ && b.tag != V_OBJ) return (a.as.i > b.as.i) - (a.as.i < b.as.i);
  mpz_t x, y;
  mpz_inits(x, y, NULL);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  int c = mpz_cmp(x, y);
  mpz_clears(x, y, NULL);
  return (c > 0) - (c < 0);
}

static bool cmp_result(int c, CmpOp op) {
  if (c == 2) return op == CMP_NE; /* nan: only != holds */
  switch (op) {
  case CMP_LT: return c < 0;
  case CMP_LE: return c <= 0;
  case CMP_EQ: return c == 0;
  case CMP_NE: return c != 0;
  case CMP_GT: return c > 0;
  default: return c >= 0;
  }
}

/* Three-way comparison of two real numbers (int/float). */
static int cmp_reals(Value a, Value b) {
  Kind ka = kind_of(a), kb = kind_of(b);
  if (ka != K_FLOAT && kb != K_FLOAT) return cmp_ints(a, b);
  if (ka == K_FLOAT && kb == K_FLOAT) {
    double x = a.as.f, y = b.as.f;
    if (isnan(x) || isnan(y)) return 2;
    return (x > y) - (x < y);
  }
  if (ka == K_FLOAT) {
    int c = cmp_int_double(b, a.as.f);
    return c == 2 ? 2 : -c;
  }
  return cmp_int_double(a, b.as.f);
}

Value num_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  Kind ka = kind_of(a), kb = kind_of(b);
  if (ka == K_NONE || kb == K_NONE) return v_notimpl();
  if (ka == K_COMPLEX || kb == K_COMPLEX) {
    /* Raised here rather than declined: callers (and object.c's fast
    ** path) treat two numbers as fully handled by this function. */
    if (op != CMP_EQ && op != CMP_NE)
      vm_raise(vm, &EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
               cmpop_symbol[op], v_typename(a), v_typename(b));
    bool eq;
    if (ka == K_COMPLEX && kb == K_COMPLEX) {
      eq = as_complex(a)->re == as_complex(b)->re && as_complex(a)->im == as_complex(b)->im;
    } else {
      Value c = ka == K_COMPLEX ? a : b, r = ka == K_COMPLEX ? b : a;
      eq = as_complex(c)->im == 0.0 && cmp_reals(v_float(as_complex(c)->re), r) == 0;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
  }
  return v_bool(cmp_result(cmp_reals(a, b), op));
}

/* ---- hash -------------------------------------------------------------- */

static int64_t hash_int(Value v) {
  uint64_t x;
  bool neg;
  if (v.tag != V_OBJ) {
    neg = v.as.i < 0;
    uint64_t m = neg ? (uint64_t)0 - (uint64_t)v.as.i : (uint64_t)v.as.i;
    x = m % HASH_MODULUS;
  } else {
    neg = mpz_sgn(as_bigint(v)->z) < 0;
    x = mpz_tdiv_ui(as_bigint(v)->z, HASH_MODULUS);
  }
  int64_t h = neg ? -(int64_t)x : (int64_t)x;
  return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble (nan hashes to 0 here). */
static int64_t hash_double(double v) {
  if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0; /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

int64_t num_hash(VM *vm, Value v) {
  (void)vm;
  switch (kind_of(v)) {
  case K_INT:
  case K_BIG: return hash_int(v);
  case K_FLOAT: return hash_double(v.as.f);
  case K_COMPLEX: {
    uint64_t hr = (uint64_t)hash_double(as_complex(v)->re);
    uint64_t hi = (uint64_t)hash_double(as_complex(v)->im);
    uint64_t h = hr + HASH_IMAG * hi;
    if (h == (uint64_t)-1) h = (uint64_t)-2;
    return (int64_t)h;
  }
  default: return 0;
  }
}

/* ---- pow(a, b, m) ------------------------------------------------------ */

Value int_pow_mod(VM *vm, Value base, Value exp, Value mod) {
  Kind kb = kind_of(base), ke = kind_of(exp), km = kind_of(mod);
  if (kb > K_BIG || ke > K_BIG || km > K_BIG || !kb || !ke || !km)
    vm_raise(vm, &EXC_TypeError,
             "pow() 3rd argument not allowed unless all arguments are integers");
  if (int_sign(mod) == 0) vm_raise(vm, &EXC_ValueError, "pow() 3rd argument cannot be 0");
  mpz_t b, e, m, r;
  mpz_inits(b, e, m, r, NULL);
  int_to_mpz(base, b);
  int_to_mpz(exp, e);
  int_to_mpz(mod, m);
  bool mneg = mpz_sgn(m) < 0;
  mpz_abs(m, m);
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(b, b, m) && mpz_cmp_ui(m, 1) != 0) {
      mpz_clears(b, e, m, r, NULL);
      vm_raise(vm, &EXC_ValueError, "base is not invertible for the given modulus");
    }
    mpz_neg(e, e);
  }
  if (mpz_cmp_ui(m, 1) == 0)
    mpz_set_ui(r, 0);
  else
    mpz_powm(r, b, e, m);
  if (mneg && mpz_sgn(r) != 0) mpz_sub(r, r, m);
  Value res = int_from_mpz(vm, r);
  mpz_clears(b, e, m, r, NULL);
  return res;
}

/* ---- round ------------------------------------------------------------- */

/* round(int, negative n): nearest multiple of 10**-n, ties to even. */
static Value int_round_neg(VM *vm, Value x, int64_t n) {
  mpz_t z, p, q, r;
  mpz_inits(z, p, q, r, NULL);
  int_to_mpz(x, z);
  uint64_t k = (uint64_t)-n;
  if (k > mpz_sizeinbase(z, 10) + 1) {
    mpz_clears(z, p, q, r, NULL);
    return v_int(0);
  }
  mpz_ui_pow_ui(p, 10, (unsigned long)k);
  mpz_fdiv_qr(q, r, z, p);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  Value res = int_from_mpz(vm, q);
  mpz_clears(z, p, q, r, NULL);
  return res;
}

Value num_round(VM *vm, Value x, Value ndigits) {
  Kind k = kind_of(x);
  if (k != K_INT && k != K_BIG && k != K_FLOAT)
    vm_raise(vm, &EXC_TypeError, "type %s doesn't define __round__ method", v_typename(x));
  bool none = is_empty(ndigits) || is_none(ndigits);
  int64_t nd = 0;
  if (!none) {
    Kind kn = kind_of(ndigits);
    if (kn == K_INT)
      nd = ndigits.as.i;
    else if (kn == K_BIG)
      nd = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
    else
      vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer",
               v_typename(ndigits));
  }
  if (k != K_FLOAT) {
    if (x.tag == V_BOOL) x = v_int(x.as.i);
    if (none || nd >= 0) return x;
    return int_round_neg(vm, x, nd);
  }
  double d = x.as.f;
  if (none) return int_from_double(vm, float_round_even(d));
  if (nd > 100000) nd = 100000;
  if (nd < -100000) nd = -100000;
  bool ok;
  double r = float_round(d, (int)nd, &ok);
  if (!ok) vm_raise(vm, &EXC_OverflowError, "rounded value too large to represent");
  return v_float(r);
}

/* ====================================================================== */
/* Float <-> text, exactly as CPython does it                             */
/* ====================================================================== */

/*
** CPython formats floats through David Gay's dtoa in three modes: 0 (the
** shortest digit string that reads back to the same double: repr), 2 (n
** significant digits: 'e' and 'g') and 3 (n digits after the point: 'f').
** Here the digit strings come from glibc's printf, which is exact for any
** precision, and strtod, which is correctly rounded; the layout around the
** digits (where the point goes, when to switch to an exponent, '.0',
** padding zeros) follows CPython's format_float_short rule for rule, so
** repr(), str(), format() and %-formatting agree with CPython to the byte.
**
** Parsing accepts what float() and complex() accept: optional sign,
** decimal mantissa, exponent, "inf"/"infinity"/"nan" in any case, and
** single underscores between digits.
*/

/* ---- digit generation (what _Py_dg_dtoa returns) ---------------------- */

/*
** Digits of |d| (finite, nonzero) for one of dtoa's modes, without leading
** or trailing zeros, NUL-terminated, in a malloc'd buffer; *decpt is the
** position of the decimal point relative to the first digit. An empty
** string means the value rounded to zero in mode 3 (then *decpt is
** -ndigits, as dtoa reports it).
*/
static char *exp_digits(const char *buf, int *decpt);

static bool roundtrips(const char *s, double d) { return strtod(s, NULL) == d; }

/* Digits and exponent of an integer digit string D (no sign) meaning
** D * 10**k: leading and trailing zeros stripped, *decpt set. */
static char *scaled_digits(const char *D, int k, int *decpt) {
  while (*D == '0') D++;
  size_t m = strlen(D);
  char *out = malloc(m + 1);
  memcpy(out, D, m + 1);
  *decpt = (int)m + k;
  while (m > 1 && out[m - 1] == '0') out[--m] = 0;
  return out;
}

static char *shortest_digits(double d, int *decpt) {
  char buf[40];
  /* Fast path: any decimal of at most 15 (DBL_DIG) significant digits
  ** survives decimal -> double -> 15 digits, so if the shortest string has
  ** <= 15 digits it is d correctly rounded to 15 digits, zeros stripped;
  ** and if that 15-digit string reads back, nothing shorter can differ
  ** from it. One snprintf and one strtod instead of a binary search.
  ** (Subnormals carry fewer bits, so the guarantee holds for normals only.) */
  int lo = 1, hi = 17;
  if (fabs(d) >= DBL_MIN) {
    snprintf(buf, sizeof buf, "%.14e", d);
    if (roundtrips(buf, d)) return exp_digits(buf, decpt);
    lo = 16; /* round-tripping is monotone in the digit count */
  }
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    snprintf(buf, sizeof buf, "%.*e", mid - 1, d);
    if (roundtrips(buf, d))
      hi = mid;
    else
      lo = mid + 1;
  }
  /* At a power of two the rounding interval is narrower below d than
  ** above it, so the nearest (lo-1)-digit string may fail to read back
  ** (it lies below) while the next one up does; dtoa finds that one. */
  int e2;
  if (lo > 1 && frexp(fabs(d), &e2) == 0.5) {
    char alt[40], D[40], probe[64];
    snprintf(alt, sizeof alt, "%.*e", lo - 2, fabs(d));
    const char *e = strchr(alt, 'e');
    int n = 0;
    D[n++] = '0'; /* room for a carry */
    for (const char *p = alt; p < e; p++)
      if (*p != '.') D[n++] = *p;
    D[n] = 0;
    int k = atoi(e + 1) - (lo - 2);
    int i = n - 1;
    while (D[i] == '9') D[i--] = '0';
    D[i]++;
    snprintf(probe, sizeof probe, "%se%d", D, k);
    if (roundtrips(probe, fabs(d))) return scaled_digits(D, k, decpt);
  }
  snprintf(buf, sizeof buf, "%.*e", lo - 1, d);
  return exp_digits(buf, decpt);
}

/* Digits of a "%e"-style string "[-]d.ddde[+-]XX": leading digit, fraction,
** trailing zeros stripped; *decpt = exponent + 1. */
static char *exp_digits(const char *buf, int *decpt) {
  if (*buf == '-') buf++;
  const char *e = strchr(buf, 'e');
  size_t len = (size_t)(e - buf);
  char *out = malloc(len + 1);
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (buf[i] != '.') out[n++] = buf[i];
  while (n > 1 && out[n - 1] == '0') n--;
  out[n] = 0;
  *decpt = atoi(e + 1) + 1;
  return out;
}

static char *dtoa_digits(double d, int mode, int ndigits, int *decpt) {
  if (d == 0) {
    *decpt = 1;
    return strdup("0");
  }
  if (mode == 0) return shortest_digits(d, decpt);
  if (mode == 2) {
    if (ndigits < 1) ndigits = 1;
    size_t cap = (size_t)ndigits + 32;
    char *buf = malloc(cap);
    snprintf(buf, cap, "%.*e", ndigits - 1, d);
    char *r = exp_digits(buf, decpt);
    free(buf);
    return r;
  }
  /* mode 3: ndigits after the point (ndigits >= 0 here) */
  size_t cap = (size_t)ndigits + 330;
  char *buf = malloc(cap);
  int len = snprintf(buf, cap, "%.*f", ndigits, fabs(d));
  char *out = malloc((size_t)len + 1);
  int n = 0, intdigits = 0;
  bool seen_point = false;
  for (int i = 0; i < len; i++) {
    if (buf[i] == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) intdigits++;
    out[n++] = buf[i];
  }
  free(buf);
  int lead = 0;
  while (lead < n && out[lead] == '0') lead++;
  if (lead == n) {
    out[0] = 0;
    *decpt = -ndigits;
    return out;
  }
  memmove(out, out + lead, (size_t)(n - lead));
  n -= lead;
  while (n > 1 && out[n - 1] == '0') n--;
  out[n] = 0;
  *decpt = intdigits - lead;
  return out;
}

/* ---- layout (CPython's format_float_short) ----------------------------- */

/*
** Appends d formatted for code 'e', 'f', 'g', 'r' (upper case 'E', 'F',
** 'G' give "INF", "NAN" and 'E') with `precision`, and NUM_DTSF_* flags.
*/
void num_double_to_string(StrBuf *b, double d, char code, int precision, int flags) {
  bool upper = false;
  int mode = 0;
  switch (code) {
  case 'E': upper = true; code = 'e'; /* fall through */
  case 'e': mode = 2; precision++; break;
  case 'F': upper = true; code = 'f'; /* fall through */
  case 'f': mode = 3; break;
  case 'G': upper = true; code = 'g'; /* fall through */
  case 'g': mode = 2; if (precision == 0) precision = 1; break;
  default: code = 'r'; mode = 0; precision = 0; break;
  }
  bool add_sign = flags & NUM_DTSF_SIGN, add_dot_0 = flags & NUM_DTSF_ADD_DOT_0,
       alt = flags & NUM_DTSF_ALT, no_neg_0 = flags & NUM_DTSF_NO_NEG_0;
  if (isnan(d) || isinf(d)) {
    if (isinf(d) && d < 0)
      sb_putc(b, '-');
    else if (add_sign)
      sb_putc(b, '+');
    sb_puts(b, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    return;
  }
  int decpt;
  char *digits = dtoa_digits(d, mode, precision, &decpt);
  int64_t digits_len = (int64_t)strlen(digits);
  bool sign = signbit(d);
  if (no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
    sign = false;

  bool use_exp = false;
  int exp = 0;
  int64_t vstart, vend = digits_len, dp = decpt;
  switch (code) {
  case 'e': use_exp = true; vend = precision; break;
  case 'f': vend = dp + precision; break;
  case 'g':
    if (dp <= -4 || dp > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
    if (alt) vend = precision;
    break;
  default: /* 'r' */
    if (dp <= -4 || dp > 16) use_exp = true;
    break;
  }
  if (use_exp) {
    exp = (int)dp - 1;
    dp = 1;
  }
  vstart = dp <= 0 ? dp - 1 : 0;
  if (!use_exp && add_dot_0)
    vend = vend > dp ? vend : dp + 1;
  else
    vend = vend > dp ? vend : dp;

  if (sign)
    sb_putc(b, '-');
  else if (add_sign)
    sb_putc(b, '+');
  size_t start = b->len;
  /* zeros on the left, with the point among them when dp <= 0 */
  if (dp <= 0) {
    for (int64_t i = 0; i < dp - vstart; i++) sb_putc(b, '0');
    sb_putc(b, '.');
    for (int64_t i = 0; i < -dp; i++) sb_putc(b, '0');
  } else {
    for (int64_t i = 0; i < -vstart; i++) sb_putc(b, '0');
  }
  /* the digits, with the point among them */
  if (0 < dp && dp <= digits_len) {
    sb_append(b, digits, (size_t)dp);
    sb_putc(b, '.');
    sb_append(b, digits + dp, (size_t)(digits_len - dp));
  } else {
    sb_append(b, digits, (size_t)digits_len);
  }
  /* zeros on the right */
  if (digits_len < dp) {
    for (int64_t i = 0; i < dp - digits_len; i++) sb_putc(b, '0');
    sb_putc(b, '.');
    for (int64_t i = 0; i < vend - dp; i++) sb_putc(b, '0');
  } else {
    for (int64_t i = 0; i < vend - digits_len; i++) sb_putc(b, '0');
  }
  if (b->len > start && b->data[b->len - 1] == '.' && !alt) b->data[--b->len] = 0;
  if (use_exp) sb_printf(b, "%c%+.02d", upper ? 'E' : 'e', exp);
  free(digits);
}

void float_repr_into(StrBuf *b, double d) {
  num_double_to_string(b, d, 'r', 0, NUM_DTSF_ADD_DOT_0);
}

/* complex repr: components in repr style without '.0'; parentheses unless
** the real part is +0. */
void complex_repr_into(StrBuf *b, double re, double im) {
  if (re == 0 && !signbit(re)) {
    num_double_to_string(b, im, 'r', 0, 0);
    sb_putc(b, 'j');
    return;
  }
  sb_putc(b, '(');
  num_double_to_string(b, re, 'r', 0, 0);
  num_double_to_string(b, im, 'r', 0, NUM_DTSF_SIGN);
  sb_puts(b, "j)");
}

/* ---- parsing ----------------------------------------------------------- */

static bool match_word(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  if (n < k) return false;
  for (size_t i = 0; i < k; i++)
    if (tolower((unsigned char)s[i]) != w[i]) return false;
  return true;
}

/* Digits with single underscores between them, copied to out (without the
** underscores). Returns the number of source bytes consumed (0: no digit). */
static size_t scan_digits(const char *s, size_t n, StrBuf *out) {
  size_t i = 0;
  if (i >= n || !isdigit((unsigned char)s[i])) return 0;
  while (i < n) {
    if (isdigit((unsigned char)s[i])) {
      sb_putc(out, s[i++]);
    } else if (s[i] == '_' && i + 1 < n && isdigit((unsigned char)s[i + 1])) {
      i++;
    } else {
      break;
    }
  }
  return i;
}

/*
** The longest float literal at the start of s (sign, digits, point,
** exponent, or inf/infinity/nan); *used = bytes consumed (0 if none).
*/
bool num_parse_float_prefix(const char *s, size_t n, size_t *used, double *out) {
  size_t i = 0;
  bool neg = false;
  *used = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (match_word(s + i, n - i, "infinity")) {
    *out = neg ? -INFINITY : INFINITY;
    *used = i + 8;
    return true;
  }
  if (match_word(s + i, n - i, "inf")) {
    *out = neg ? -INFINITY : INFINITY;
    *used = i + 3;
    return true;
  }
  if (match_word(s + i, n - i, "nan")) {
    *out = neg ? -NAN : NAN;
    *used = i + 3;
    return true;
  }
  StrBuf buf = STRBUF_INIT;
  if (neg) sb_putc(&buf, '-');
  size_t k = scan_digits(s + i, n - i, &buf);
  bool any = k > 0;
  i += k;
  if (i < n && s[i] == '.') {
    sb_putc(&buf, '.');
    k = scan_digits(s + i + 1, n - i - 1, &buf);
    if (k > 0 || any) {
      i += 1 + k;
      any = true;
    }
  }
  if (!any) {
    sb_free(&buf);
    return false;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    size_t mark = buf.len;
    sb_putc(&buf, 'e');
    if (j < n && (s[j] == '+' || s[j] == '-')) sb_putc(&buf, s[j++]);
    k = scan_digits(s + j, n - j, &buf);
    if (k > 0) {
      i = j + k;
    } else {
      buf.len = mark;
      buf.data[mark] = 0;
    }
  }
  *out = strtod(buf.data, NULL);
  sb_free(&buf);
  *used = i;
  return true;
}

bool num_parse_float(const char *s, size_t n, double *out) {
  while (n > 0 && is_space(*s)) s++, n--;
  while (n > 0 && is_space(s[n - 1])) n--;
  size_t used;
  return num_parse_float_prefix(s, n, &used, out) && used == n && n > 0;
}

/* ---- round(x, n) -------------------------------------------------------- */

/*
** Correctly rounded round-half-even of x to n decimal places, done exactly
** with GMP: y = x * 10**n as a rational, N = round_half_even(y), result =
** N / 10**n correctly rounded (CPython does the same with dtoa mode 3 and
** strtod). *ok is false when the result overflows.
*/
double float_round_even(double x) {
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return r;
}

double float_round(double x, int ndigits, bool *ok) {
  *ok = true;
  if (!isfinite(x) || x == 0) return x;
  /* CPython: beyond these, x is its own rounding, or rounds to zero. */
  const int ndigits_max = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  const int ndigits_min = -(int)((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > ndigits_max) return x;
  if (ndigits < ndigits_min) return 0.0 * x;
  mpq_t q;
  mpz_t p10, n, r;
  mpq_init(q);
  mpz_inits(p10, n, r, NULL);
  mpq_set_d(q, fabs(x));
  mpz_ui_pow_ui(p10, 10, (unsigned long)abs(ndigits));
  if (ndigits >= 0) {
    mpz_mul(mpq_numref(q), mpq_numref(q), p10);
  } else {
    mpz_mul(mpq_denref(q), mpq_denref(q), p10);
  }
  mpq_canonicalize(q);
  /* n = floor(q); r = remainder; compare 2r with den for half-even */
  mpz_fdiv_qr(n, r, mpq_numref(q), mpq_denref(q));
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, mpq_denref(q));
  if (c > 0 || (c == 0 && mpz_odd_p(n))) mpz_add_ui(n, n, 1);
  double res;
  if (ndigits >= 0) {
    res = num_mpz_ratio_to_double(n, p10, ok);
  } else {
    mpz_mul(n, n, p10);
    res = num_mpz_to_double(n, ok);
  }
  mpq_clear(q);
  mpz_clears(p10, n, r, NULL);
  return copysign(res, x);
}

/* ====================================================================== */
/* Type slots, methods, constructors                                      */
/* ====================================================================== */

static Value int_repr_slot(VM *vm, Value v) { return int_repr(vm, v); }

static Value bool_repr_slot(VM *vm, Value v) {
  return str_from_cstr(vm, v.as.i ? "True" : "False");
}

Value float_repr(VM *vm, double d) {
  StrBuf sb = STRBUF_INIT;
  float_repr_into(&sb, d);
  return sb_finish(vm, &sb);
}

static Value float_repr_slot(VM *vm, Value v) { return float_repr(vm, v.as.f); }

static Value complex_repr_slot(VM *vm, Value v) {
  StrBuf sb = STRBUF_INIT;
  complex_repr_into(&sb, as_complex(v)->re, as_complex(v)->im);
  return sb_finish(vm, &sb);
}

static bool num_truthy(VM *vm, Value v) {
  (void)vm;
  switch (kind_of(v)) {
  case K_INT: return v.as.i != 0;
  case K_BIG: return true;
  case K_FLOAT: return v.as.f != 0.0;
  case K_COMPLEX: return as_complex(v)->re != 0.0 || as_complex(v)->im != 0.0;
  default: return true;
  }
}

/* bool keeps its type for & | ^ between bools; everything else is int's. */
static Value num_binop_slot(VM *vm, BinOp op, Value a, Value b) { return num_binop(vm, op, a, b); }
static Value num_unop_slot(VM *vm, UnOp op, Value a) { return num_unop(vm, op, a); }
static Value num_richcmp_slot(VM *vm, Value a, Value b, CmpOp op) {
  return num_richcmp(vm, a, b, op);
}
static int64_t num_hash_slot(VM *vm, Value v) { return num_hash(vm, v); }

static Value as_plain_int(Value v) { return v.tag == V_BOOL ? v_int(v.as.i) : v; }

static Value int_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  if (str_eq_c(name, "real") || str_eq_c(name, "numerator")) return as_plain_int(self);
  if (str_eq_c(name, "imag")) return v_int(0);
  if (str_eq_c(name, "denominator")) return v_int(1);
  return v_empty();
}

static Value float_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  if (str_eq_c(name, "real")) return self;
  if (str_eq_c(name, "imag")) return v_float(0.0);
  return v_empty();
}

static Value complex_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  if (str_eq_c(name, "real")) return v_float(as_complex(self)->re);
  if (str_eq_c(name, "imag")) return v_float(as_complex(self)->im);
  return v_empty();
}

/* ---- int methods ---- */

static Value int_bit_length(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "int.bit_length", 0, 0);
  if (self.tag == V_OBJ) return v_int((int64_t)mpz_sizeinbase(as_bigint(self)->z, 2));
  int64_t x = self.as.i;
  uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
  return v_int(m ? 64 - __builtin_clzll(m) : 0);
}

static Value int_bit_count(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "int.bit_count", 0, 0);
  if (self.tag == V_OBJ) {
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, as_bigint(self)->z);
    int64_t c = (int64_t)mpz_popcount(z);
    mpz_clear(z);
    return v_int(c);
  }
  int64_t x = self.as.i;
  uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
  return v_int(__builtin_popcountll(m));
}

static Value int_conjugate(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "int.conjugate", 0, 0);
  return as_plain_int(self);
}

static Value int_as_integer_ratio(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "int.as_integer_ratio", 0, 0);
  return tuple_pack2(vm, as_plain_int(self), v_int(1));
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"conjugate", int_conjugate},
    {"as_integer_ratio", int_as_integer_ratio},
    {NULL, NULL},
};

/* ---- float methods ---- */

static Value float_is_integer(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "float.is_integer", 0, 0);
  double d = self.as.f;
  return v_bool(isfinite(d) && floor(d) == d);
}

static Value float_conjugate(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "float.conjugate", 0, 0);
  return self;
}

static Value float_as_integer_ratio(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "float.as_integer_ratio", 0, 0);
  double d = self.as.f;
  if (isinf(d)) vm_raise(vm, &EXC_OverflowError, "cannot convert Infinity to integer ratio");
  if (isnan(d)) vm_raise(vm, &EXC_ValueError, "cannot convert NaN to integer ratio");
  mpq_t q;
  mpq_init(q);
  mpq_set_d(q, d);
  Value n = int_from_mpz(vm, mpq_numref(q));
  Value den = int_from_mpz(vm, mpq_denref(q));
  mpq_clear(q);
  return tuple_pack2(vm, n, den);
}

/* float.hex(): CPython's form, 13 hex digits after the point
** ('0x1.999999999999ap-4'; subnormals '0x0.…p-1022'; '-0x0.0p+0'). */
static Value float_hex(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "float.hex", 0, 0);
  double d = self.as.f;
  if (isnan(d)) return str_from_cstr(vm, "nan");
  if (isinf(d)) return str_from_cstr(vm, d < 0 ? "-inf" : "inf");
  const char *sign = signbit(d) ? "-" : "";
  if (d == 0) return str_printf(vm, "%s0x0.0p+0", sign);
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  int bexp = (int)(bits >> 52 & 0x7ff);
  unsigned long long mant = bits & ((1ULL << 52) - 1);
  return str_printf(vm, "%s0x%d.%013llxp%+d", sign, bexp ? 1 : 0, mant, bexp ? bexp - 1023 : -1022);
}

/* The body of a hex float literal: hex digits with at most one point (one
** digit at least), then an optional p exponent (decimal digits). */
static bool hex_float_body(const char *s) {
  int digits = 0, points = 0;
  for (; isxdigit((unsigned char)*s) || *s == '.'; s++) *s == '.' ? points++ : digits++;
  if (!digits || points > 1) return false;
  if (*s == 'p' || *s == 'P') {
    s++;
    if (*s == '+' || *s == '-') s++;
    if (!isdigit((unsigned char)*s)) return false;
    while (isdigit((unsigned char)*s)) s++;
  }
  return *s == 0;
}

/* float.fromhex(s): a class method, so self is float or a float, unused. */
static Value float_fromhex(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "float.fromhex", 1, 1);
  Value sv = a->argv[0];
  if (!is_str(sv)) vm_raise(vm, &EXC_TypeError, "bad argument type for built-in operation");
  const Str *str = as_str(sv);
  size_t lo = 0, hi = (size_t)str->nbytes;
  while (lo < hi && isspace((unsigned char)str->data[lo])) lo++;
  while (hi > lo && isspace((unsigned char)str->data[hi - 1])) hi--;
  char buf[512];
  if (hi - lo + 3 > sizeof buf) vm_raise(vm, &EXC_ValueError, "invalid hexadecimal floating-point string");
  const char *t = str->data + lo;
  size_t n = hi - lo, k = 0;
  if (n && (*t == '+' || *t == '-')) buf[k++] = *t++, n--;
  char word[16] = {0};
  for (size_t i = 0; i < n && i < sizeof word - 1; i++) word[i] = (char)tolower((unsigned char)t[i]);
  if (n < sizeof word && (!strcmp(word, "inf") || !strcmp(word, "infinity") || !strcmp(word, "nan"))) {
    double v = word[0] == 'n' ? NAN : INFINITY;
    return v_float(k && buf[0] == '-' ? -v : v);
  }
  if (n >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) t += 2, n -= 2;
  buf[k++] = '0', buf[k++] = 'x';
  memcpy(buf + k, t, n);
  buf[k + n] = 0;
  if (!hex_float_body(buf + k)) vm_raise(vm, &EXC_ValueError, "invalid hexadecimal floating-point string");
  double v = strtod(buf, NULL); /* rounds to nearest, ties to even, as CPython */
  if (isinf(v)) vm_raise(vm, &EXC_OverflowError, "hexadecimal value too large to represent as a float");
  return v_float(v);
}

static const MethodDef float_classmethods[] = {{"fromhex", float_fromhex}, {NULL, NULL}};

static const MethodDef float_methods[] = {
    {"hex", float_hex},
    {"fromhex", float_fromhex},
    {"is_integer", float_is_integer},
    {"conjugate", float_conjugate},
    {"as_integer_ratio", float_as_integer_ratio},
    {NULL, NULL},
};

/* ---- complex methods ---- */

static Value complex_conjugate(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "complex.conjugate", 0, 0);
  return complex_new(vm, as_complex(self)->re, -as_complex(self)->im);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate},
    {NULL, NULL},
};

/* ---- constructors ---- */

static Value int_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  for (int i = 0; i < a->nkw; i++) /* x is positional-only; CPython's wording for int() */
    if (!str_eq_c(as_str(a->kwnames[i]), "base"))
      vm_raise(vm, &EXC_TypeError, "'%s' is an invalid keyword argument for int()", as_str(a->kwnames[i])->data);
  Value arg[2];
  args_parse(vm, a, "int", "|x,base", arg);
  Value x = arg[0], base = arg[1];
  if (is_empty(x)) {
    if (!is_empty(base)) vm_raise(vm, &EXC_TypeError, "int() missing string argument");
    return v_int(0);
  }
  if (!is_empty(base)) { /* the base is checked first, as CPython's long_new_impl does */
    Kind kb = kind_of(base);
    if (kb != K_INT && kb != K_BIG)
      vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer",
               v_typename(base));
    int64_t b = kb == K_INT ? base.as.i : -1;
    if (b != 0 && (b < 2 || b > 36))
      vm_raise(vm, &EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x)) vm_raise(vm, &EXC_TypeError, "int() can't convert non-string with explicit base");
    return int_from_string(vm, as_str(x)->data, (size_t)as_str(x)->nbytes, (int)b);
  }
  if (x.tag == V_OBJ) x = np_convertible_number(vm, x, false); /* NumPy scalars, size-1 arrays */
  switch (kind_of(x)) {
  case K_INT:
  case K_BIG: return as_plain_int(x);
  case K_FLOAT: return int_from_double(vm, x.as.f);
  default: break;
  }
  if (is_str(x)) return int_from_string(vm, as_str(x)->data, (size_t)as_str(x)->nbytes, 10);
  vm_raise(vm, &EXC_TypeError,
           "int() argument must be a string, a bytes-like object or a real number, not '%s'",
           v_typename(x));
}

static Value bool_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "bool", 0, 1);
  if (a->argc == 0) return v_bool(false);
  return v_bool(v_truthy(vm, a->argv[0]));
}

/* "-123.45": at most 15 significant digits and 22 decimals, nothing else.
** The digits as an integer and the power of ten are then exact doubles,
** so their quotient is the correctly rounded value (strtod's), without
** the general parser's copy and strtod's setup: float(str(i)) 171 -> 32 ns. */
static bool float_fast(const char *s, size_t n, double *out) {
  static const double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  size_t i = 0;
  bool neg = false, dot = false, any = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  uint64_t m = 0;
  int sig = 0, frac = 0;
  for (; i < n; i++) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      any = true;
      if (m || c != '0') sig++;
      if (sig > 15) return false;
      m = m * 10 + (uint64_t)(c - '0');
      if (dot && ++frac > 22) return false;
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  if (!any) return false;
  double d = (double)m / p10[frac];
  *out = neg ? -d : d;
  return true;
}

Value float_from_string(VM *vm, const char *s, size_t n) {
  double d;
  if (float_fast(s, n, &d)) return v_float(d);
  Value t = ascii_digits(vm, s, n);
  bool ok = is_empty(t) ? num_parse_float(s, n, &d)
                        : num_parse_float(as_str(t)->data, (size_t)as_str(t)->nbytes, &d);
  if (!ok) {
    Value r = str_repr(vm, as_str(str_new(vm, s, n)));
    vm_raise(vm, &EXC_ValueError, "could not convert string to float: %s", as_str(r)->data);
  }
  return v_float(d);
}

static Value float_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "float", 0, 1);
  if (a->argc == 0) return v_float(0.0);
  Value x = a->argv[0];
  if (x.tag == V_OBJ) x = np_convertible_number(vm, x, false); /* NumPy scalars, size-1 arrays */
  switch (kind_of(x)) {
  case K_FLOAT: return x;
  case K_INT:
  case K_BIG: return v_float(int_to_double(vm, x));
  default: break;
  }
  if (is_str(x)) return float_from_string(vm, as_str(x)->data, (size_t)as_str(x)->nbytes);
  vm_raise(vm, &EXC_TypeError, "float() argument must be a string or a real number, not '%s'",
           v_typename(x));
}

/* CPython's complex_from_string_inner (after removing underscores). */
static bool complex_parse(const char *s, size_t n, double *re, double *im) {
  const char *end = s + n;
  double x = 0.0, y = 0.0, z;
  bool bracket = false;
  while (s < end && is_space(*s)) s++;
  if (s < end && *s == '(') {
    bracket = true;
    s++;
    while (s < end && is_space(*s)) s++;
  }
  size_t used;
  if (num_parse_float_prefix(s, (size_t)(end - s), &used, &z) && used > 0) {
    s += used;
    if (s < end && (*s == '+' || *s == '-')) {
      x = z;
      if (num_parse_float_prefix(s, (size_t)(end - s), &used, &y) && used > 0) {
        s += used;
      } else {
        y = *s == '+' ? 1.0 : -1.0;
        s++;
      }
      if (!(s < end && (*s == 'j' || *s == 'J'))) return false;
      s++;
    } else if (s < end && (*s == 'j' || *s == 'J')) {
      s++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s < end && (*s == '+' || *s == '-')) {
      y = *s == '+' ? 1.0 : -1.0;
      s++;
    } else {
      y = 1.0;
    }
    if (!(s < end && (*s == 'j' || *s == 'J'))) return false;
    s++;
  }
  while (s < end && is_space(*s)) s++;
  if (bracket) {
    if (!(s < end && *s == ')')) return false;
    s++;
    while (s < end && is_space(*s)) s++;
  }
  if (s != end) return false;
  *re = x;
  *im = y;
  return true;
}

static Value complex_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[2];
  args_parse(vm, a, "complex", "|real,imag", arg);
  Value r = arg[0], i = arg[1];
  if (is_empty(r)) r = v_int(0);
  if (is_str(r)) {
    if (!is_empty(i))
      vm_raise(vm, &EXC_TypeError, "complex() can't take second arg if first is a string");
    double re, im;
    Value t = ascii_digits(vm, as_str(r)->data, (size_t)as_str(r)->nbytes);
    if (is_empty(t)) t = r;
    if (!complex_parse(as_str(t)->data, (size_t)as_str(t)->nbytes, &re, &im))
      vm_raise(vm, &EXC_ValueError, "complex() arg is a malformed string");
    return complex_new(vm, re, im);
  }
  if (is_str(i)) vm_raise(vm, &EXC_TypeError, "complex() second arg can't be a string");
  r = np_convertible_number(vm, r, true); /* NumPy scalars, size-1 arrays */
  if (!is_empty(i)) i = np_convertible_number(vm, i, true);
  if (!num_is_number(r))
    vm_raise(vm, &EXC_TypeError, "complex() first argument must be a string or a number, not '%s'",
             v_typename(r));
  if (!is_empty(i) && !num_is_number(i))
    vm_raise(vm, &EXC_TypeError, "complex() second argument must be a number, not '%s'",
             v_typename(i));
  Cx cr = to_cx(vm, r), ci = {0.0, 0.0};
  bool cr_is_complex = is_complex(r), ci_is_complex = false;
  if (is_empty(i)) {
    ci.re = cr.im;
  } else {
    ci = to_cx(vm, i);
    ci_is_complex = is_complex(i);
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && !is_empty(i)) ci.re += cr.im;
  return complex_new(vm, cr.re, ci.re);
}

/* ---- type objects ---- */

/* the numeric tower shares its hashing, comparison and arithmetic slots */
#define NUM_TYPE_SLOTS                                                        \
  .hash = num_hash_slot, .richcmp = num_richcmp_slot, .binop = num_binop_slot, \
  .unop = num_unop_slot, .truthy = num_truthy

Type TYPE_INT = {
    .hdr = TYPE_HEADER,
    .name = "int",
    .base = &TYPE_OBJECT,
    .finalize = bigint_finalize,
    .repr = int_repr_slot,
    NUM_TYPE_SLOTS,
    .getattr = int_getattr,
    .ctor = int_ctor,
    .methods = int_methods,
};

Type TYPE_BOOL = {
    .hdr = TYPE_HEADER,
    .name = "bool",
    .base = &TYPE_INT,
    .repr = bool_repr_slot,
    NUM_TYPE_SLOTS,
    .getattr = int_getattr,
    .ctor = bool_ctor,
    .methods = int_methods,
};

Type TYPE_FLOAT = {
    .hdr = TYPE_HEADER,
    .name = "float",
    .base = &TYPE_OBJECT,
    .repr = float_repr_slot,
    NUM_TYPE_SLOTS,
    .getattr = float_getattr,
    .ctor = float_ctor,
    .methods = float_methods,
    .classmethods = float_classmethods,
};

Type TYPE_COMPLEX = {
    .hdr = TYPE_HEADER,
    .name = "complex",
    .base = &TYPE_OBJECT,
    .repr = complex_repr_slot,
    NUM_TYPE_SLOTS,
    .getattr = complex_getattr,
    .ctor = complex_ctor,
    .methods = complex_methods,
};

void num_init_types(void) {}
