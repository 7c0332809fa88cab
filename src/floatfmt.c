/*
** floatfmt.c — float ↔ text, exactly as CPython does it.
**
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
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

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
  /* Round-tripping is monotone in the digit count: binary search 1..17. */
  int lo = 1, hi = 17;
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

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

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
