/*
** str.c — immutable UTF-8 strings (TYPE_STR): creation, interning, hashing,
** repr, indexing and slicing, operators, and the str methods.
**
** A Str keeps its UTF-8 bytes inline, NUL-terminated, with the code-point
** count and an `ascii` flag: ASCII strings (the common case) index in O(1),
** others walk the bytes. Most methods work on bytes directly, which is
** correct for UTF-8 because a valid substring match never starts or ends in
** the middle of a character.
**
** Rule for this file (see error.h): never hold malloc'd memory across a
** call that may raise. Results are sized first, then allocated as a Str and
** filled in place.
*/
#include <limits.h>
#include <string.h>

#include "str.h"
#include "unicode_db.h"
#include "dict.h"
#include "error.h"
#include "format.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "vm.h"

/* Open addressing on the string hash; interned strings live forever.
** `ascii` caches the one-character strings (chr(), s[i]) in front of it. */
struct StrTable {
  Str **slots;
  size_t cap, n;
  Str *ascii[128];
};

/* ---- allocation --------------------------------------------------------- */

/* A Str with room for nbytes (+ NUL); the caller fills data and then calls
** str_finish (or sets nchars/ascii itself). */
static Str *str_alloc(VM *vm, int64_t nbytes) {
  if (nbytes < 0 || nbytes > INT64_MAX / 2) vm_raise_memory(vm);
  /* Only the header is zeroed: the caller fills data[0..nbytes). */
  Str *s = gc_alloc_uninit(vm, &TYPE_STR, sizeof(Str) + (size_t)nbytes + 1);
  s->nbytes = nbytes;
  s->nchars = 0;
  s->hash = -1;
  s->ascii = false;
  s->interned = false;
  s->data[nbytes] = '\0';
  return s;
}

static Value str_finish(Str *s) {
  s->nchars = utf8_count(s->data, (size_t)s->nbytes);
  s->ascii = s->nchars == s->nbytes;
  return v_obj(s);
}

/* When the caller knows the character count (e.g. pieces of an ASCII str). */
static Value str_finish_n(Str *s, int64_t nchars) {
  s->nchars = nchars;
  s->ascii = nchars == s->nbytes;
  return v_obj(s);
}

Value str_new(VM *vm, const char *utf8, size_t nbytes) {
  Str *s = str_alloc(vm, (int64_t)nbytes);
  if (nbytes) memcpy(s->data, utf8, nbytes);
  return str_finish(s);
}

Value str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

Value str_printf(VM *vm, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n < sizeof small) return str_new(vm, small, (size_t)n);
  Str *s = str_alloc(vm, n);
  va_start(ap, fmt);
  vsnprintf(s->data, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return str_finish(s);
}

Value sb_finish(VM *vm, StrBuf *b) {
  /* Copy out first, free after: if the allocation raises MemoryError the
  ** buffer leaks, which is the lesser evil next to a dangling pointer. */
  Value v = str_new(vm, b->data ? b->data : "", b->len);
  sb_free(b);
  return v;
}

Value str_from_codepoint(VM *vm, uint32_t cp) {
  char buf[4];
  /* chr() and iteration make many one-character strings: share the ASCII
  ** ones, as CPython does for Latin-1. */
  if (cp < 128) {
    struct StrTable *t = vm->interned;
    if (t && t->ascii[cp]) return v_obj(t->ascii[cp]);
    buf[0] = (char)cp;
    Str *s = str_intern(vm, buf, 1);
    vm->interned->ascii[cp] = s;
    return v_obj(s);
  }
  int n = utf8_encode(cp, buf);
  Str *s = str_alloc(vm, n);
  memcpy(s->data, buf, (size_t)n);
  return str_finish_n(s, 1);
}

Value str_new_ascii(VM *vm, const char *p, size_t n) {
  Str *s = str_alloc(vm, (int64_t)n);
  memcpy(s->data, p, n);
  return str_finish_n(s, (int64_t)n);
}

Value str_from_i64(VM *vm, int64_t i) {
  char buf[24];
  char *end = buf + sizeof buf;
  char *p = util_u64_digits(end, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, 10, false);
  if (i < 0) *--p = '-';
  return str_new_ascii(vm, p, (size_t)(end - p));
}

/* ---- hashing, equality, order ------------------------------------------ */

/* Eight bytes per multiply (a byte-at-a-time FNV-1a was a tenth of a
** dict-of-str-keys loop), then a final avalanche (splitmix64) so the low
** bits are well mixed for the power-of-two tables of dict and set. The
** values are free to choose: CPython randomises str hashes per run, so no
** program's output can depend on them, except hash('') which is always 0
** there. Never -1. */
static int64_t hash_bytes(const char *p, size_t n) {
  if (n == 0) return 0;
  const uint64_t k = 0x9E3779B97F4A7C15ULL;
  uint64_t h = k ^ (uint64_t)n, w;
  for (; n >= 8; p += 8, n -= 8) {
    memcpy(&w, p, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  if (n) {
    /* the last 1-7 bytes without a variable-length copy (a library call,
    ** half of hashing a short key): two overlapping 4-byte reads, or the
    ** first, middle and last byte; with n mixed in, both cover every byte */
    if (n >= 4) {
      uint32_t lo, hi;
      memcpy(&lo, p, 4);
      memcpy(&hi, p + n - 4, 4);
      w = lo | (uint64_t)hi << 32;
    } else {
      w = (uint64_t)(unsigned char)p[0] | (uint64_t)(unsigned char)p[n / 2] << 8 |
          (uint64_t)(unsigned char)p[n - 1] << 16;
    }
    h = (h ^ w) * k;
  }
  h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27; h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  int64_t r = (int64_t)h;
  return r == -1 ? -2 : r;
}

int64_t str_hash(Str *s) {
  if (s->hash == -1) s->hash = hash_bytes(s->data, (size_t)s->nbytes);
  return s->hash;
}

/* UTF-8 byte order is code-point order. */
int str_cmp(Str *a, Str *b) {
  int64_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c) return c;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

bool str_eq_c(Str *a, const char *s) {
  size_t n = strlen(s);
  return (size_t)a->nbytes == n && bytes_eq(a->data, s, n);
}

/* ---- interning ---------------------------------------------------------- */


static void intern_grow(struct StrTable *t) {
  size_t ncap = t->cap ? t->cap * 2 : 256;
  Str **ns = util_xmalloc(ncap * sizeof *ns);
  memset(ns, 0, ncap * sizeof *ns);
  for (size_t i = 0; i < t->cap; i++) {
    Str *s = t->slots[i];
    if (!s) continue;
    size_t j = (size_t)str_hash(s) & (ncap - 1);
    while (ns[j]) j = (j + 1) & (ncap - 1);
    ns[j] = s;
  }
  free(t->slots);
  t->slots = ns;
  t->cap = ncap;
}

Str *str_intern(VM *vm, const char *text, size_t n) {
  struct StrTable *t = vm->interned;
  if (!t) {
    t = util_xmalloc(sizeof *t);
    memset(t, 0, sizeof *t);
    vm->interned = t;
  }
  if ((t->n + 1) * 2 > t->cap) intern_grow(t);
  int64_t hash = hash_bytes(text, n);
  size_t mask = t->cap - 1, j = (size_t)hash & mask;
  for (Str *s; (s = t->slots[j]) != NULL; j = (j + 1) & mask)
    if (s->hash == hash && (size_t)s->nbytes == n && bytes_eq(s->data, text, n)) return s;
  Str *s = str_alloc(vm, (int64_t)n);
  if (n) memcpy(s->data, text, n);
  str_finish(s);
  s->hash = hash;
  s->interned = true;
  t->slots[j] = s;
  t->n++;
  return s;
}

Str *str_intern_c(VM *vm, const char *s) { return str_intern(vm, s, strlen(s)); }

void str_mark_table(VM *vm) {
  struct StrTable *t = vm->interned;
  if (!t) return;
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i]) gc_mark_obj(vm, &t->slots[i]->hdr);
}

void str_free_table(VM *vm) {
  struct StrTable *t = vm->interned;
  if (!t) return;
  free(t->slots);
  free(t);
  vm->interned = NULL;
}

/* ---- code points and offsets -------------------------------------------- */

static inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Byte offset of character `ci` (0 <= ci <= nchars). */
static int64_t str_off(Str *s, int64_t ci) {
  if (s->ascii) return ci;
  int64_t off = 0;
  while (ci > 0 && off < s->nbytes) {
    off++;
    while (off < s->nbytes && is_cont((unsigned char)s->data[off])) off++;
    ci--;
  }
  return off;
}

/* Byte offset `n` characters after byte offset `off`. */
static int64_t str_advance(Str *s, int64_t off, int64_t n) {
  if (s->ascii) return off + n;
  while (n > 0 && off < s->nbytes) {
    off++;
    while (off < s->nbytes && is_cont((unsigned char)s->data[off])) off++;
    n--;
  }
  return off;
}

/* Character index of byte offset `off` (at a character boundary). */
static int64_t str_cidx(Str *s, int64_t off) {
  if (s->ascii) return off;
  int64_t ci = 0;
  for (int64_t i = 0; i < off; i++)
    if (!is_cont((unsigned char)s->data[i])) ci++;
  return ci;
}

static int64_t count_chars(const char *p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; i++)
    if (!is_cont((unsigned char)p[i])) c++;
  return c;
}

static uint32_t cp_at(const char *p, int *len) {
  uint32_t cp;
  *len = utf8_decode(p, &cp);
  return cp;
}

/* Py_UNICODE_ISSPACE */
static bool cp_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Line boundaries for splitlines. */
static bool cp_islinebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
         c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Unicode properties (UCD_* bits) of c: the run of ucd_props holding c. */
static unsigned ucd_bits(uint32_t c) {
  size_t lo = 0, hi = sizeof ucd_props / sizeof *ucd_props;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if ((ucd_props[mid] >> 11) <= c) lo = mid;
    else hi = mid;
  }
  return ucd_props[lo] & 0x7FF;
}

/* str.isprintable (and repr's escaping): ASCII inline, the rest from the
** Unicode table. */
static bool cp_isprintable(uint32_t c) {
  if (c < 128) return c >= 0x20 && c != 0x7F;
  return (ucd_bits(c) & UCD_PRINTABLE) != 0;
}

/* ---- repr --------------------------------------------------------------- */

void str_repr_into(StrBuf *b, Str *s) {
  bool sq = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
  bool dq = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
  char quote = sq && !dq ? '"' : '\'';
  sb_reserve(b, (size_t)s->nbytes + 2);
  sb_putc(b, quote);
  const char *p = s->data, *end = s->data + s->nbytes;
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
      p++;
      if (c == (unsigned char)quote || c == '\\') { sb_putc(b, '\\'); sb_putc(b, (char)c); }
      else if (c == '\n') sb_puts(b, "\\n");
      else if (c == '\t') sb_puts(b, "\\t");
      else if (c == '\r') sb_puts(b, "\\r");
      else if (c < 0x20 || c == 0x7F) sb_printf(b, "\\x%02x", c);
      else sb_putc(b, (char)c);
      continue;
    }
    int len;
    uint32_t cp = cp_at(p, &len);
    if (cp_isprintable(cp)) sb_append(b, p, (size_t)len);
    else if (cp < 0x100) sb_printf(b, "\\x%02x", cp);
    else if (cp < 0x10000) sb_printf(b, "\\u%04x", cp);
    else sb_printf(b, "\\U%08x", cp);
    p += len;
  }
  sb_putc(b, quote);
}

Value str_repr(VM *vm, Str *s) {
  StrBuf b = STRBUF_INIT;
  str_repr_into(&b, s);
  return sb_finish(vm, &b);
}

/* ---- building blocks ---------------------------------------------------- */

Value str_concat(VM *vm, Str *a, Str *b) {
  if (b->nbytes == 0) return v_obj(a);
  if (a->nbytes == 0) return v_obj(b);
  Str *s = str_alloc(vm, a->nbytes + b->nbytes);
  memcpy(s->data, a->data, (size_t)a->nbytes);
  memcpy(s->data + a->nbytes, b->data, (size_t)b->nbytes);
  return str_finish_n(s, a->nchars + b->nchars);
}

/* "".join of n Str values without a separator (BUILDSTR, f-strings): one
** allocation of the summed size. */
Value str_concat_n(VM *vm, const Value *parts, int n) {
  int64_t nbytes = 0, nchars = 0;
  for (int i = 0; i < n; i++) {
    nbytes += as_str(parts[i])->nbytes;
    nchars += as_str(parts[i])->nchars;
  }
  Str *s = str_alloc(vm, nbytes);
  char *d = s->data;
  for (int i = 0; i < n; i++) {
    Str *p = as_str(parts[i]);
    memcpy(d, p->data, (size_t)p->nbytes);
    d += p->nbytes;
  }
  return str_finish_n(s, nchars);
}

/* New Str from a byte range of s. */
static Value str_sub(VM *vm, Str *s, int64_t from, int64_t to) {
  if (from == 0 && to == s->nbytes) return v_obj(s);
  /* the shared one-character strings (split's pieces, slices) */
  if (to - from == 1 && (unsigned char)s->data[from] < 0x80) return str_from_codepoint(vm, (unsigned char)s->data[from]);
  Str *r = str_alloc(vm, to - from);
  memcpy(r->data, s->data + from, (size_t)(to - from));
  return s->ascii ? str_finish_n(r, to - from) : str_finish(r);
}

Value str_getchar(VM *vm, Str *s, int64_t index) {
  int64_t off = str_off(s, index);
  if ((unsigned char)s->data[off] < 0x80) return str_from_codepoint(vm, (unsigned char)s->data[off]);
  int64_t end = off + 1;
  while (end < s->nbytes && is_cont((unsigned char)s->data[end])) end++;
  return str_sub(vm, s, off, end);
}

static int64_t slice_count(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

Value str_slice(VM *vm, Str *s, int64_t start, int64_t stop, int64_t step) {
  int64_t n = slice_count(start, stop, step);
  if (n <= 0) return str_new(vm, "", 0);
  if (step == 1) return str_sub(vm, s, str_off(s, start), str_off(s, start + n));
  if (s->ascii) {
    Str *r = str_alloc(vm, n);
    for (int64_t i = 0; i < n; i++) r->data[i] = s->data[start + i * step];
    return str_finish_n(r, n);
  }
  /* Non-ASCII with a step: one pass to size the result, one to copy. The
  ** selected characters are lo, lo+|step|, ... ; for a negative step they
  ** are written back to front. */
  int64_t astep = step > 0 ? step : -step;
  int64_t lo = step > 0 ? start : start + (n - 1) * step;
  int64_t hi = lo + (n - 1) * astep;
  int64_t total = 0, ci = 0;
  for (const char *p = s->data, *e = s->data + s->nbytes; p < e && ci <= hi; ci++) {
    int len = 1;
    while (p + len < e && is_cont((unsigned char)p[len])) len++;
    if (ci >= lo && (ci - lo) % astep == 0) total += len;
    p += len;
  }
  Str *r = str_alloc(vm, total);
  int64_t w = step > 0 ? 0 : total;
  ci = 0;
  for (const char *p = s->data, *e = s->data + s->nbytes; p < e && ci <= hi; ci++) {
    int len = 1;
    while (p + len < e && is_cont((unsigned char)p[len])) len++;
    if (ci >= lo && (ci - lo) % astep == 0) {
      if (step > 0) { memcpy(r->data + w, p, (size_t)len); w += len; }
      else { w -= len; memcpy(r->data + w, p, (size_t)len); }
    }
    p += len;
  }
  return str_finish_n(r, n);
}

static Value str_repeat(VM *vm, Str *s, int64_t count) {
  if (count <= 0 || s->nbytes == 0) return str_new(vm, "", 0);
  if (count == 1) return v_obj(s);
  if (count > INT64_MAX / s->nchars) vm_raise(vm, &EXC_OverflowError, "repeated string is too long");
  if (s->nbytes > INT64_MAX / 4 / count) vm_raise_memory(vm);
  Str *r = str_alloc(vm, s->nbytes * count);
  for (int64_t i = 0; i < count; i++) memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
  return str_finish_n(r, s->nchars * count);
}

/* Byte-level substring search in [from, to); -1 if absent. */
static int64_t find_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
  if (nn == 0) return from <= to ? from : -1;
  if (to - from < nn) return -1;
  if (nn == 1) {
    const char *c = memchr(h + from, n[0], (size_t)(to - from));
    return c ? c - h : -1;
  }
  if (to - from <= 64) { /* memmem's setup costs more than a short search */
    for (int64_t i = from, last = to - nn; i <= last; i++) {
      const char *c = memchr(h + i, n[0], (size_t)(last - i + 1));
      if (!c) return -1;
      i = c - h;
      if (bytes_eq(c + 1, n + 1, (size_t)nn - 1)) return i;
    }
    return -1;
  }
  const char *r = memmem(h + from, (size_t)(to - from), n, (size_t)nn);
  return r ? r - h : -1;
}

static int64_t rfind_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
  if (nn == 0) return from <= to ? to : -1;
  for (int64_t i = to - nn; i >= from; i--)
    if (h[i] == n[0] && bytes_eq(h + i, n, (size_t)nn)) return i;
  return -1;
}

static int64_t count_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn,
                           int64_t maxcount) {
  int64_t c = 0;
  while (c < maxcount) {
    int64_t i = find_bytes(h, from, to, n, nn);
    if (i < 0) break;
    c++;
    from = i + nn;
  }
  return c;
}

/* ---- argument helpers --------------------------------------------------- */

static Str *self_str(Value self) { return as_str(self); }

/* argno 0: the one argument, unnumbered as Argument Clinic words it */
static Str *arg_str(VM *vm, Value v, const char *fname, int argno) {
  if (!is_str(v)) {
    if (fname && argno == 0) vm_raise(vm, &EXC_TypeError, "%s() argument must be str, not %s", fname, v_argtypename(v));
    if (fname) vm_raise(vm, &EXC_TypeError, "%s() argument %d must be str, not %s", fname, argno, v_argtypename(v));
    vm_raise(vm, &EXC_TypeError, "must be str, not %s", v_typename(v));
  }
  return as_str(v);
}

/* An integer argument: "'float' object cannot be interpreted as an integer". */
static int64_t arg_int(VM *vm, Value v) {
  if (is_int(v) || is_bool(v)) return v.as.i;
  if (!v_is_intlike(v) && (is_float(v) || is_str(v) || is_none(v) || is_complex(v) || is_list(v) ||
                           is_tuple(v) || is_dict(v)))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  if (is_bigint(v)) vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C ssize_t");
  return v_index(vm, v, "index");
}

/* An Argument Clinic `int` parameter (expandtabs' tabsize, splitlines'
** keepends): CPython's _PyLong_AsInt range. */
static int arg_c_int(VM *vm, Value v) {
  int64_t x = is_bigint(v) ? INT64_MAX : arg_int(vm, v);
  if (x < INT_MIN || x > INT_MAX) vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C int");
  return (int)x;
}

/* start/end arguments of find/count/startswith: None or an int, clamped. */
static int64_t arg_slice_index(VM *vm, Value v, int64_t dflt) {
  if (is_empty(v) || is_none(v)) return dflt;
  if (is_int(v) || is_bool(v)) return v.as.i;
  if (is_bigint(v)) return mpz_sgn(as_bigint(v)->z) < 0 ? INT64_MIN : INT64_MAX;
  if (is_obj(v) && !is_str(v) && !is_list(v) && !is_tuple(v) && !is_dict(v)) return v_index(vm, v, "slice");
  vm_raise(vm, &EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/* ADJUST_INDICES over character positions, then converted to byte offsets. */
static void adjust_range(Str *s, Value vstart, Value vend, VM *vm, int64_t *bfrom, int64_t *bto,
                         bool *empty) {
  int64_t len = s->nchars;
  if (is_empty(vstart) && is_empty(vend)) { /* s.find(x): the whole string */
    *bfrom = 0;
    *bto = s->nbytes;
    *empty = false;
    return;
  }
  int64_t start = arg_slice_index(vm, vstart, 0), end = arg_slice_index(vm, vend, INT64_MAX);
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  *empty = start > len || start > end;
  if (start > len) start = len;
  if (end < start) end = start;
  *bfrom = str_off(s, start);
  *bto = str_advance(s, *bfrom, end - start);
}

/* ---- find, count, startswith ------------------------------------------- */

typedef enum { FIND, RFIND, INDEX, RINDEX } FindKind;

/* args_count for a str method named without its type (name is reused in
** other messages): keywords are refused naming the type, as CPython does. */
static void str_args(VM *vm, const Args *a, const char *name, int min, int max) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "str.%s() takes no keyword arguments", name);
  args_count(vm, a, name, min, max);
}

/* find/count/startswith… parse their arguments as CPython's stringlib does,
** with its own wording ("find() takes at least 1 argument (0 given)"). */
static void finds_args(VM *vm, const Args *a, const char *name) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "str.%s() takes no keyword arguments", name);
  if (a->argc < 1) vm_raise(vm, &EXC_TypeError, "%s() takes at least 1 argument (%d given)", name, a->argc);
  if (a->argc > 3) vm_raise(vm, &EXC_TypeError, "%s() takes at most 3 arguments (%d given)", name, a->argc);
}

static Value str_find_common(VM *vm, Value self, const Args *a, const char *name, FindKind kind) {
  finds_args(vm, a, name);
  Str *s = self_str(self);
  int64_t from, to;
  bool empty;
  adjust_range(s, a->argc > 1 ? a->argv[1] : v_empty(), a->argc > 2 ? a->argv[2] : v_empty(), vm,
               &from, &to, &empty);
  Str *sub = arg_str(vm, a->argv[0], NULL, 0); /* after the indices, as stringlib parses them */
  int64_t r = -1;
  if (!empty) {
    r = kind == FIND || kind == INDEX ? find_bytes(s->data, from, to, sub->data, sub->nbytes)
                                      : rfind_bytes(s->data, from, to, sub->data, sub->nbytes);
  }
  if (r < 0) {
    if (kind == INDEX || kind == RINDEX) vm_raise(vm, &EXC_ValueError, "substring not found");
    return v_int(-1);
  }
  return v_int(str_cidx(s, r));
}

static Value m_find(VM *vm, Value self, const Args *a) { return str_find_common(vm, self, a, "find", FIND); }
static Value m_rfind(VM *vm, Value self, const Args *a) { return str_find_common(vm, self, a, "rfind", RFIND); }
static Value m_index(VM *vm, Value self, const Args *a) { return str_find_common(vm, self, a, "index", INDEX); }
static Value m_rindex(VM *vm, Value self, const Args *a) { return str_find_common(vm, self, a, "rindex", RINDEX); }

static Value m_count(VM *vm, Value self, const Args *a) {
  finds_args(vm, a, "count");
  Str *s = self_str(self);
  int64_t from, to;
  bool empty;
  adjust_range(s, a->argc > 1 ? a->argv[1] : v_empty(), a->argc > 2 ? a->argv[2] : v_empty(), vm,
               &from, &to, &empty);
  Str *sub = arg_str(vm, a->argv[0], NULL, 0); /* after the indices, as stringlib parses them */
  if (empty) return v_int(0);
  if (sub->nbytes == 0) return v_int(count_chars(s->data + from, to - from) + 1);
  return v_int(count_bytes(s->data, from, to, sub->data, sub->nbytes, INT64_MAX));
}

static bool tailmatch(Str *s, Str *sub, int64_t from, int64_t to, bool empty, bool suffix) {
  if (empty || to - from < sub->nbytes) return false;
  int64_t at = suffix ? to - sub->nbytes : from;
  return bytes_eq(s->data + at, sub->data, (size_t)sub->nbytes);
}

static Value str_xwith(VM *vm, Value self, const Args *a, const char *name, bool suffix) {
  finds_args(vm, a, name);
  Str *s = self_str(self);
  int64_t from, to;
  bool empty;
  adjust_range(s, a->argc > 1 ? a->argv[1] : v_empty(), a->argc > 2 ? a->argv[2] : v_empty(), vm,
               &from, &to, &empty);
  Value x = a->argv[0];
  if (is_tuple(x)) {
    Tuple *t = as_tuple(x);
    for (int64_t i = 0; i < t->n; i++) {
      if (!is_str(t->items[i]))
        vm_raise(vm, &EXC_TypeError, "tuple for %s must only contain str, not %s", name,
                 v_typename(t->items[i]));
      if (tailmatch(s, as_str(t->items[i]), from, to, empty, suffix)) return v_bool(true);
    }
    return v_bool(false);
  }
  if (!is_str(x))
    vm_raise(vm, &EXC_TypeError, "%s first arg must be str or a tuple of str, not %s", name, v_typename(x));
  return v_bool(tailmatch(s, as_str(x), from, to, empty, suffix));
}

static Value m_startswith(VM *vm, Value self, const Args *a) { return str_xwith(vm, self, a, "startswith", false); }
static Value m_endswith(VM *vm, Value self, const Args *a) { return str_xwith(vm, self, a, "endswith", true); }

/* ---- split, join, strip ------------------------------------------------- */

/* Whitespace test on the character at byte offset i; *len gets its size. */
static bool space_at(Str *s, int64_t i, int *len) {
  unsigned char c = (unsigned char)s->data[i];
  if (c < 0x80) { *len = 1; return cp_isspace(c); }
  return cp_isspace(cp_at(s->data + i, len));
}

/* Start offset of the character ending just before byte offset i. */
static int64_t prev_char(Str *s, int64_t i) {
  i--;
  while (i > 0 && is_cont((unsigned char)s->data[i])) i--;
  return i;
}

static bool space_before(Str *s, int64_t i, int64_t *start) {
  *start = prev_char(s, i);
  int len;
  return space_at(s, *start, &len);
}

static void split_parse(VM *vm, const Args *a, const char *name, Str **sep, int64_t *maxsplit) {
  Value out[2];
  args_parse(vm, a, name, "|sep,maxsplit", out);
  /* maxsplit is converted while the arguments are parsed, sep checked after */
  *maxsplit = is_empty(out[1]) ? -1 : arg_int(vm, out[1]);
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  *sep = NULL;
  if (!is_empty(out[0]) && !is_none(out[0])) {
    if (!is_str(out[0])) vm_raise(vm, &EXC_TypeError, "must be str or None, not %s", v_typename(out[0]));
    *sep = as_str(out[0]);
    if ((*sep)->nbytes == 0) vm_raise(vm, &EXC_ValueError, "empty separator");
  }
}

static Value m_split(VM *vm, Value self, const Args *a) {
  Str *s = self_str(self), *sep;
  int64_t maxsplit;
  split_parse(vm, a, "split", &sep, &maxsplit);
  List *out = list_new(vm, 0);
  int64_t n = s->nbytes, i = 0;
  if (sep) {
    while (maxsplit-- > 0) {
      int64_t j = find_bytes(s->data, i, n, sep->data, sep->nbytes);
      if (j < 0) break;
      list_append(vm, out, str_sub(vm, s, i, j));
      i = j + sep->nbytes;
    }
    list_append(vm, out, str_sub(vm, s, i, n));
    return v_obj(out);
  }
  int len;
  for (;;) {
    while (i < n && space_at(s, i, &len)) i += len;
    if (i >= n) break;
    if (maxsplit-- <= 0) {
      /* The remainder keeps its trailing whitespace. */
      list_append(vm, out, str_sub(vm, s, i, n));
      break;
    }
    int64_t j = i;
    while (j < n && !space_at(s, j, &len)) j += len;
    list_append(vm, out, str_sub(vm, s, i, j));
    i = j;
  }
  return v_obj(out);
}

static void list_reverse_items(List *l) {
  for (int64_t i = 0, j = l->n - 1; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

static Value m_rsplit(VM *vm, Value self, const Args *a) {
  Str *s = self_str(self), *sep;
  int64_t maxsplit;
  split_parse(vm, a, "rsplit", &sep, &maxsplit);
  List *out = list_new(vm, 0);
  int64_t j = s->nbytes;
  if (sep) {
    while (maxsplit-- > 0) {
      int64_t i = rfind_bytes(s->data, 0, j, sep->data, sep->nbytes);
      if (i < 0) break;
      list_append(vm, out, str_sub(vm, s, i + sep->nbytes, j));
      j = i;
    }
    list_append(vm, out, str_sub(vm, s, 0, j));
  } else {
    int64_t st;
    for (;;) {
      while (j > 0 && space_before(s, j, &st)) j = st;
      if (j <= 0) break;
      if (maxsplit-- <= 0) {
        list_append(vm, out, str_sub(vm, s, 0, j));
        break;
      }
      int64_t i = j;
      while (i > 0 && !space_before(s, i, &st)) i = st;
      list_append(vm, out, str_sub(vm, s, i, j));
      j = i;
    }
  }
  list_reverse_items(out);
  return v_obj(out);
}

static Value m_join(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.join", 1, 1);
  Str *sep = self_str(self);
  Value it = a->argv[0];
  if (!is_list(it) && !is_tuple(it)) {
    if (!v_type(it)->iter) vm_raise(vm, &EXC_TypeError, "can only join an iterable");
    it = list_from_iterable(vm, it);
  }
  const Value *items = is_list(it) ? as_list(it)->items : as_tuple(it)->items;
  int64_t n = is_list(it) ? as_list(it)->n : as_tuple(it)->n;
  if (n == 1 && is_str(items[0])) return items[0];
  int64_t total = 0, chars = 0;
  for (int64_t i = 0; i < n; i++) {
    if (!is_str(items[i]))
      vm_raise(vm, &EXC_TypeError, "sequence item %lld: expected str instance, %s found", (long long)i,
               v_typename(items[i]));
    total += as_str(items[i])->nbytes;
    chars += as_str(items[i])->nchars;
  }
  if (n > 1) { total += sep->nbytes * (n - 1); chars += sep->nchars * (n - 1); }
  Str *r = str_alloc(vm, total);
  char *w = r->data;
  for (int64_t i = 0; i < n; i++) {
    if (i && sep->nbytes) { memcpy(w, sep->data, (size_t)sep->nbytes); w += sep->nbytes; }
    Str *p = as_str(items[i]);
    memcpy(w, p->data, (size_t)p->nbytes);
    w += p->nbytes;
  }
  return str_finish_n(r, chars);
}

/* Is the character at byte offset i in `chars` (NULL: whitespace)? */
static bool strip_member(Str *s, int64_t i, Str *chars, int *len) {
  if (!chars) return space_at(s, i, len);
  unsigned char c = (unsigned char)s->data[i];
  if (c < 0x80) { *len = 1; return memchr(chars->data, c, (size_t)chars->nbytes) != NULL; }
  *len = 1;
  while (i + *len < s->nbytes && is_cont((unsigned char)s->data[i + *len])) (*len)++;
  return find_bytes(chars->data, 0, chars->nbytes, s->data + i, *len) >= 0;
}

static Value str_strip_common(VM *vm, Value self, const Args *a, const char *name, bool left, bool right) {
  str_args(vm, a, name, 0, 1);
  Str *s = self_str(self), *chars = NULL;
  if (a->argc == 1 && !is_none(a->argv[0])) {
    if (!is_str(a->argv[0])) vm_raise(vm, &EXC_TypeError, "%s arg must be None or str", name);
    chars = as_str(a->argv[0]);
  }
  int64_t i = 0, j = s->nbytes;
  int len;
  if (left)
    while (i < j && strip_member(s, i, chars, &len)) i += len;
  if (right)
    while (j > i) {
      int64_t st = prev_char(s, j);
      if (!strip_member(s, st, chars, &len)) break;
      j = st;
    }
  return str_sub(vm, s, i, j);
}

static Value m_strip(VM *vm, Value self, const Args *a) { return str_strip_common(vm, self, a, "strip", true, true); }
static Value m_lstrip(VM *vm, Value self, const Args *a) { return str_strip_common(vm, self, a, "lstrip", true, false); }
static Value m_rstrip(VM *vm, Value self, const Args *a) { return str_strip_common(vm, self, a, "rstrip", false, true); }

static Value m_replace(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.replace", 2, 3);
  Str *s = self_str(self);
  Str *old = arg_str(vm, a->argv[0], "replace", 1), *new = arg_str(vm, a->argv[1], "replace", 2);
  int64_t maxc = a->argc > 2 ? arg_int(vm, a->argv[2]) : -1;
  if (maxc < 0) maxc = INT64_MAX;
  int64_t n, first = 0; /* where the first replacement goes: the copy loop starts there */
  if (maxc == 0) return v_obj(s);
  if (old->nbytes == 0) {
    n = s->nchars + 1 < maxc ? s->nchars + 1 : maxc;
  } else {
    first = find_bytes(s->data, 0, s->nbytes, old->data, old->nbytes);
    if (first < 0) return v_obj(s);
    n = 1 + count_bytes(s->data, first + old->nbytes, s->nbytes, old->data, old->nbytes, maxc - 1);
  }
  int64_t total = s->nbytes + n * (new->nbytes - old->nbytes);
  Str *r = str_alloc(vm, total);
  char *w = r->data;
  int64_t i = 0;
  for (int64_t k = 0; k < n; k++) {
    int64_t j;
    if (k == 0) {
      j = first;
    } else if (old->nbytes == 0) {
      j = str_advance(s, i, 1);
    } else {
      j = find_bytes(s->data, i, s->nbytes, old->data, old->nbytes);
    }
    memcpy(w, s->data + i, (size_t)(j - i)); w += j - i;
    memcpy(w, new->data, (size_t)new->nbytes); w += new->nbytes;
    i = j + old->nbytes;
  }
  memcpy(w, s->data + i, (size_t)(s->nbytes - i));
  /* Whole characters were swapped (an empty `old` inserts between them). */
  return str_finish_n(r, s->nchars + n * (new->nchars - old->nchars));
}

/* ---- case --------------------------------------------------------------- */

static inline bool a_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool a_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool a_digit(int c) { return c >= '0' && c <= '9'; }

static bool cp_has(uint32_t c, unsigned bits) { return (ucd_bits(c) & bits) != 0; }
static bool cp_isupper(uint32_t c) { return c < 128 ? a_upper((int)c) : cp_has(c, UCD_UPPER); }
static bool cp_islower(uint32_t c) { return c < 128 ? a_lower((int)c) : cp_has(c, UCD_LOWER); }
static bool cp_istitle(uint32_t c) { return c >= 128 && cp_has(c, UCD_TITLE); }
static bool cp_iscased(uint32_t c) { return cp_has(c, UCD_UPPER | UCD_LOWER | UCD_TITLE); }
static bool cp_isalpha(uint32_t c) {
  return c < 128 ? a_upper((int)c) || a_lower((int)c) : cp_has(c, UCD_ALPHA);
}
/* Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric. */
static bool cp_isalnum(uint32_t c) {
  return c < 128 ? cp_isalpha(c) || a_digit((int)c) : cp_has(c, UCD_ALPHA | UCD_NUMERIC);
}

#define IN_RANGES(c, t) util_in_ranges((c), (t), sizeof(t) / sizeof *(t))

/* XID_Continue: XID_Start and alphanumerics, minus a few, plus marks and
** connectors (the generator stores the two differences). */
static bool cp_isidcontinue(uint32_t c) {
  if (c < 128) return c == '_' || cp_isalnum(c);
  if (IN_RANGES(c, ucd_xid_continue_extra)) return true;
  return cp_has(c, UCD_XID_START | UCD_ALPHA | UCD_NUMERIC) && !IN_RANGES(c, ucd_xid_not_continue);
}

/* c in one of the delta runs? Then its single-code-point mapping. */
static bool case_run(const UcdCaseRun *runs, size_t n, uint32_t c, uint32_t *out) {
  size_t lo = 0, hi = n;
  if (n == 0 || c < runs[0].lo) return false;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (runs[mid].lo <= c) lo = mid;
    else hi = mid;
  }
  const UcdCaseRun *r = &runs[lo];
  uint32_t d = c - r->lo;
  if (d % r->stride != 0 || d / r->stride >= r->n) return false;
  *out = (uint32_t)((int32_t)c + r->delta);
  return true;
}
#define CASE_RUN(t, c, out) case_run((t), sizeof(t) / sizeof *(t), (c), (out))

/* A mapping to several code points (special casing)? Returns the count. */
static int case_special(uint32_t c, int kind, uint32_t out[3]) {
  size_t lo = 0, hi = sizeof ucd_special / sizeof *ucd_special;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ucd_special[mid].cp < c) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < sizeof ucd_special / sizeof *ucd_special && ucd_special[lo].cp == c; lo++) {
    if (ucd_special[lo].kind != kind) continue;
    int n = 0;
    while (n < 3 && ucd_special[lo].to[n]) { out[n] = ucd_special[lo].to[n]; n++; }
    return n;
  }
  return 0;
}

/* CPython's _PyUnicode_To{Lower,Upper,Title,Folded}Full: the full case
** mapping of c into out (1 to 3 code points); returns the count. */
static int case_map(uint32_t c, int kind, uint32_t out[3]) {
  if (c < 128) {
    out[0] = kind == UCD_MAP_LOWER || kind == UCD_MAP_FOLD ? (a_upper((int)c) ? c + 32 : c)
                                                            : (a_lower((int)c) ? c - 32 : c);
    return 1;
  }
  int n = case_special(c, kind, out);
  if (n) return n;
  out[0] = c;
  switch (kind) {
  case UCD_MAP_TITLE: /* stored where it differs from upper case */
    if (CASE_RUN(ucd_title, c, out)) return 1;
    return case_map(c, UCD_MAP_UPPER, out);
  case UCD_MAP_FOLD: /* stored where it differs from lower case */
    if (CASE_RUN(ucd_casefold, c, out)) return 1;
    return case_map(c, UCD_MAP_LOWER, out);
  case UCD_MAP_UPPER: CASE_RUN(ucd_upper, c, out); return 1;
  default: CASE_RUN(ucd_lower, c, out); return 1;
  }
}

static bool cp_isignorable(uint32_t c) { return cp_has(c, UCD_CASE_IGNORABLE); }

/* Lowercase of capital sigma at byte i of s (CPython's handle_capital_sigma):
** final form when preceded by a cased letter and not followed by one,
** case-ignorable characters skipped on both sides. */
static uint32_t lower_sigma(Str *s, int64_t i, int len) {
  const char *p = s->data;
  int64_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    do j--; while (j > 0 && is_cont((unsigned char)p[j]));
    int l;
    c = cp_at(p + j, &l);
    if (!cp_isignorable(c)) { found = true; break; }
  }
  if (!found || !cp_iscased(c)) return 0x3C3;
  for (j = i + len; j < s->nbytes;) {
    int l;
    c = cp_at(p + j, &l);
    if (!cp_isignorable(c)) return cp_iscased(c) ? 0x3C3 : 0x3C2;
    j += l;
  }
  return 0x3C2;
}

typedef enum { C_UPPER, C_LOWER, C_FOLD, C_SWAP, C_TITLE, C_CAPITALIZE } CaseOp;

/* Eight ASCII bytes at once: each byte in [lo, hi] gets its 0x20 bit
** flipped. Every byte is below 0x80, so adding 0x80 - lo (or 0x7F - hi) to
** it sets its top bit exactly when it is >= lo (> hi) and never carries
** into the next byte. */
static inline uint64_t ascii_case_word(uint64_t w, unsigned lo, unsigned hi) {
  const uint64_t ones = 0x0101010101010101ULL;
  uint64_t ge_lo = w + ones * (0x80 - lo), gt_hi = w + ones * (0x7F - hi);
  return w ^ ((ge_lo & ~gt_hi & ones * 0x80) >> 2);
}

/* upper() or lower() of n ASCII bytes into dst, a word at a time (a byte
** loop was most of upper() on a short word). */
static void ascii_case_copy(char *dst, const char *src, int64_t n, bool upper) {
  unsigned lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, src + i, 8);
    w = ascii_case_word(w, lo, hi);
    memcpy(dst + i, &w, 8);
  }
  for (; i < n; i++) {
    unsigned c = (unsigned char)src[i];
    dst[i] = (char)(c >= lo && c <= hi ? c ^ 0x20 : c);
  }
}

static Value str_case(VM *vm, Value self, const Args *a, const char *name, CaseOp op) {
  args_count(vm, a, name, 0, 0);
  Str *s = self_str(self);
  if (s->ascii && (op == C_UPPER || op == C_LOWER || op == C_FOLD)) { /* the common case */
    Str *r = str_alloc(vm, s->nbytes);
    ascii_case_copy(r->data, s->data, s->nbytes, op == C_UPPER);
    return str_finish_n(r, s->nbytes);
  }
  /* Nothing below raises, so the StrBuf cannot leak. */
  StrBuf b = STRBUF_INIT;
  sb_reserve(&b, (size_t)s->nbytes + 8);
  bool prev_cased = false;
  for (int64_t i = 0; i < s->nbytes;) {
    int len;
    uint32_t c = cp_at(s->data + i, &len), out[3];
    int kind;
    switch (op) {
    case C_UPPER: kind = UCD_MAP_UPPER; break;
    case C_LOWER: kind = UCD_MAP_LOWER; break;
    case C_FOLD: kind = UCD_MAP_FOLD; break;
    case C_SWAP: kind = cp_isupper(c) ? UCD_MAP_LOWER : cp_islower(c) ? UCD_MAP_UPPER : -1; break;
    case C_TITLE: kind = prev_cased ? UCD_MAP_LOWER : UCD_MAP_TITLE; break;
    default: kind = i == 0 ? UCD_MAP_TITLE : UCD_MAP_LOWER; break;
    }
    int n = 1;
    out[0] = c;
    if (kind == UCD_MAP_LOWER && c == 0x3A3) out[0] = lower_sigma(s, i, len);
    else if (kind >= 0) n = case_map(c, kind, out);
    for (int k = 0; k < n; k++) {
      char buf[4];
      sb_append(&b, buf, (size_t)utf8_encode(out[k], buf));
    }
    if (op == C_TITLE) prev_cased = cp_iscased(c);
    i += len;
  }
  return sb_finish(vm, &b);
}

static Value m_upper(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.upper", C_UPPER); }
static Value m_lower(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.lower", C_LOWER); }
static Value m_casefold(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.casefold", C_FOLD); }
static Value m_swapcase(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.swapcase", C_SWAP); }
static Value m_title(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.title", C_TITLE); }
static Value m_capitalize(VM *vm, Value self, const Args *a) { return str_case(vm, self, a, "str.capitalize", C_CAPITALIZE); }

/* ---- predicates --------------------------------------------------------- */

typedef enum { P_DECIMAL, P_DIGIT, P_NUMERIC, P_ALPHA, P_ALNUM, P_SPACE, P_PRINTABLE, P_ASCII } Pred;

static Value str_pred(VM *vm, Value self, const Args *a, const char *name, Pred p) {
  args_count(vm, a, name, 0, 0);
  Str *s = self_str(self);
  if (s->nbytes == 0) return v_bool(p == P_PRINTABLE || p == P_ASCII);
  for (int64_t i = 0; i < s->nbytes;) {
    int len;
    uint32_t c = cp_at(s->data + i, &len);
    i += len;
    bool ok;
    switch (p) {
    case P_DECIMAL: ok = c < 128 ? a_digit((int)c) : cp_has(c, UCD_DECIMAL); break;
    case P_DIGIT: ok = c < 128 ? a_digit((int)c) : cp_has(c, UCD_DIGIT); break;
    case P_NUMERIC: ok = c < 128 ? a_digit((int)c) : cp_has(c, UCD_NUMERIC); break;
    case P_ALPHA: ok = cp_isalpha(c); break;
    case P_ALNUM: ok = cp_isalnum(c); break;
    case P_SPACE: ok = cp_isspace(c); break;
    case P_PRINTABLE: ok = cp_isprintable(c); break;
    default: ok = c < 128; break;
    }
    if (!ok) return v_bool(false);
  }
  return v_bool(true);
}

static Value m_isdigit(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isdigit", P_DIGIT); }
static Value m_isdecimal(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isdecimal", P_DECIMAL); }
static Value m_isnumeric(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isnumeric", P_NUMERIC); }
static Value m_isalpha(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isalpha", P_ALPHA); }
static Value m_isalnum(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isalnum", P_ALNUM); }
static Value m_isspace(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isspace", P_SPACE); }
static Value m_isprintable(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isprintable", P_PRINTABLE); }
static Value m_isascii(VM *vm, Value self, const Args *a) { return str_pred(vm, self, a, "str.isascii", P_ASCII); }

/* isupper/islower: some cased character of that case, none lower/upper
** or titlecase. */
static Value str_isxcase(VM *vm, Value self, const Args *a, const char *name, bool upper) {
  args_count(vm, a, name, 0, 0);
  Str *s = self_str(self);
  bool cased = false;
  for (int64_t i = 0; i < s->nbytes;) {
    int len;
    uint32_t c = cp_at(s->data + i, &len);
    i += len;
    if ((upper ? cp_islower(c) : cp_isupper(c)) || cp_istitle(c)) return v_bool(false);
    if (upper ? cp_isupper(c) : cp_islower(c)) cased = true;
  }
  return v_bool(cased);
}

static Value m_isupper(VM *vm, Value self, const Args *a) { return str_isxcase(vm, self, a, "str.isupper", true); }
static Value m_islower(VM *vm, Value self, const Args *a) { return str_isxcase(vm, self, a, "str.islower", false); }

static Value m_istitle(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.istitle", 0, 0);
  Str *s = self_str(self);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < s->nbytes;) {
    int len;
    uint32_t c = cp_at(s->data + i, &len);
    i += len;
    if (cp_isupper(c) || cp_istitle(c)) {
      if (prev_cased) return v_bool(false);
      prev_cased = cased = true;
    } else if (cp_islower(c)) {
      if (!prev_cased) return v_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return v_bool(cased);
}

static Value m_isidentifier(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.isidentifier", 0, 0);
  Str *s = self_str(self);
  if (s->nbytes == 0) return v_bool(false);
  for (int64_t i = 0; i < s->nbytes;) {
    int len;
    uint32_t c = cp_at(s->data + i, &len);
    bool ok = i == 0 ? c == '_' || (c < 128 ? cp_isalpha(c) : cp_has(c, UCD_XID_START)) : cp_isidcontinue(c);
    if (!ok) return v_bool(false);
    i += len;
  }
  return v_bool(true);
}

/* ---- padding and layout ------------------------------------------------- */

/* A Str of `left` fills, s, `right` fills. */
static Value str_pad(VM *vm, Str *s, int64_t left, int64_t right, const char *fill, int fl) {
  if (left <= 0 && right <= 0) return v_obj(s);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  Str *r = str_alloc(vm, (left + right) * fl + s->nbytes);
  char *w = r->data;
  for (int64_t i = 0; i < left; i++, w += fl) memcpy(w, fill, (size_t)fl);
  memcpy(w, s->data, (size_t)s->nbytes);
  w += s->nbytes;
  for (int64_t i = 0; i < right; i++, w += fl) memcpy(w, fill, (size_t)fl);
  return str_finish_n(r, s->nchars + left + right);
}

static Value str_justify(VM *vm, Value self, const Args *a, const char *name, int how) {
  str_args(vm, a, name, 1, 2);
  Str *s = self_str(self);
  int64_t width = arg_int(vm, a->argv[0]);
  const char *fill = " ";
  int fl = 1;
  if (a->argc > 1) {
    Value f = a->argv[1];
    if (!is_str(f))
      vm_raise(vm, &EXC_TypeError, "The fill character must be a unicode character, not %s", v_typename(f));
    if (as_str(f)->nchars != 1)
      vm_raise(vm, &EXC_TypeError, "The fill character must be exactly one character long");
    fill = as_str(f)->data;
    fl = (int)as_str(f)->nbytes;
  }
  int64_t marg = width - s->nchars;
  if (marg <= 0) return v_obj(s);
  if (how < 0) return str_pad(vm, s, 0, marg, fill, fl);
  if (how > 0) return str_pad(vm, s, marg, 0, fill, fl);
  int64_t left = marg / 2 + (marg & width & 1);
  return str_pad(vm, s, left, marg - left, fill, fl);
}

static Value m_ljust(VM *vm, Value self, const Args *a) { return str_justify(vm, self, a, "ljust", -1); }
static Value m_rjust(VM *vm, Value self, const Args *a) { return str_justify(vm, self, a, "rjust", 1); }
static Value m_center(VM *vm, Value self, const Args *a) { return str_justify(vm, self, a, "center", 0); }

static Value m_zfill(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.zfill", 1, 1);
  Str *s = self_str(self);
  int64_t width = arg_int(vm, a->argv[0]);
  int64_t fill = width - s->nchars;
  if (fill <= 0) return v_obj(s);
  Value v = str_pad(vm, s, fill, 0, "0", 1);
  Str *r = as_str(v);
  if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
    r->data[0] = s->data[0];
    r->data[fill] = '0';
  }
  return v;
}

static Value m_expandtabs(VM *vm, Value self, const Args *a) {
  Value out[1];
  args_parse(vm, a, "expandtabs", "|tabsize", out);
  int64_t tab = is_empty(out[0]) ? 8 : arg_c_int(vm, out[0]);
  Str *s = self_str(self);
  /* Pass 1 sizes, pass 2 writes. */
  int64_t total = 0, col = 0;
  for (int pass = 0; pass < 2; pass++) {
    Str *r = pass ? str_alloc(vm, total) : NULL;
    int64_t w = 0;
    col = 0;
    for (int64_t i = 0; i < s->nbytes; i++) {
      char c = s->data[i];
      if (c == '\t') {
        int64_t k = tab > 0 ? tab - col % tab : 0;
        if (r) memset(r->data + w, ' ', (size_t)k);
        w += k;
        col += k;
        continue;
      }
      if (r) r->data[w] = c;
      w++;
      if (c == '\n' || c == '\r') col = 0;
      else if (!is_cont((unsigned char)c)) col++;
    }
    if (r) return str_finish(r);
    total = w;
  }
  return v_none(); /* not reached */
}

static Value m_splitlines(VM *vm, Value self, const Args *a) {
  Value out[1];
  args_parse(vm, a, "splitlines", "|keepends", out);
  bool keep = !is_empty(out[0]) && arg_c_int(vm, out[0]) != 0;
  Str *s = self_str(self);
  List *l = list_new(vm, 0);
  int64_t i = 0, n = s->nbytes;
  while (i < n) {
    int64_t j = i;
    int len = 1;
    uint32_t c = 0;
    while (j < n) {
      c = cp_at(s->data + j, &len);
      if (cp_islinebreak(c)) break;
      j += len;
    }
    int64_t eol = j;
    if (j < n) {
      j += len;
      if (c == '\r' && j < n && s->data[j] == '\n') j++;
    }
    list_append(vm, l, str_sub(vm, s, i, keep ? j : eol));
    i = j;
  }
  return v_obj(l);
}

static Value str_partition_common(VM *vm, Value self, const Args *a, bool right) {
  args_count(vm, a, right ? "str.rpartition" : "str.partition", 1, 1);
  Str *s = self_str(self);
  if (!is_str(a->argv[0])) vm_raise(vm, &EXC_TypeError, "must be str, not %s", v_typename(a->argv[0]));
  Str *sep = as_str(a->argv[0]);
  if (sep->nbytes == 0) vm_raise(vm, &EXC_ValueError, "empty separator");
  int64_t i = right ? rfind_bytes(s->data, 0, s->nbytes, sep->data, sep->nbytes)
                    : find_bytes(s->data, 0, s->nbytes, sep->data, sep->nbytes);
  Tuple *t = tuple_new(vm, 3);
  Value empty = str_new(vm, "", 0);
  if (i < 0) {
    t->items[0] = right ? empty : v_obj(s);
    t->items[1] = empty;
    t->items[2] = right ? v_obj(s) : empty;
  } else {
    t->items[0] = str_sub(vm, s, 0, i);
    t->items[1] = v_obj(sep);
    t->items[2] = str_sub(vm, s, i + sep->nbytes, s->nbytes);
  }
  return v_obj(t);
}

static Value m_partition(VM *vm, Value self, const Args *a) { return str_partition_common(vm, self, a, false); }
static Value m_rpartition(VM *vm, Value self, const Args *a) { return str_partition_common(vm, self, a, true); }

static Value m_removeprefix(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.removeprefix", 1, 1);
  Str *s = self_str(self), *p = arg_str(vm, a->argv[0], "removeprefix", 0);
  if (p->nbytes <= s->nbytes && memcmp(s->data, p->data, (size_t)p->nbytes) == 0)
    return str_sub(vm, s, p->nbytes, s->nbytes);
  return v_obj(s);
}

static Value m_removesuffix(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.removesuffix", 1, 1);
  Str *s = self_str(self), *p = arg_str(vm, a->argv[0], "removesuffix", 0);
  if (p->nbytes && p->nbytes <= s->nbytes &&
      memcmp(s->data + s->nbytes - p->nbytes, p->data, (size_t)p->nbytes) == 0)
    return str_sub(vm, s, 0, s->nbytes - p->nbytes);
  return v_obj(s);
}

static Value m_format(VM *vm, Value self, const Args *a) { return fmt_str_format(vm, self_str(self), a); }

static Value m_format_map(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.format_map", 1, 1);
  return fmt_str_format_map(vm, self_str(self), a->argv[0]);
}

/* ---- translate / maketrans ------------------------------------------------ */

/* table[cp] for str.translate: V_EMPTY when the table has no entry (a
** LookupError from a non-dict table's __getitem__, as CPython catches). */
typedef struct TableGet {
  Value table, key, result;
} TableGet;

static void table_get_job(VM *vm, void *ud) {
  TableGet *g = ud;
  g->result = v_getitem(vm, g->table, g->key);
}

static Value translate_lookup(VM *vm, Value table, uint32_t cp) {
  if (is_dict(table)) return dict_get(vm, as_dict(table), v_int(cp));
  TableGet g = {table, v_int(cp), v_empty()};
  if (vm_protect(vm, table_get_job, &g)) return g.result;
  if (!type_is_subtype(vm->exc.as.o->type, &EXC_LookupError)) vm_throw(vm, vm->exc);
  return v_empty();
}

static void translate_put(VM *vm, StrBuf *b, uint32_t cp, Value r) {
  char buf[4];
  if (is_empty(r)) {
    sb_append(b, buf, (size_t)utf8_encode(cp, buf));
  } else if (is_str(r)) {
    sb_append(b, as_str(r)->data, (size_t)as_str(r)->nbytes);
  } else if (r.tag == V_INT || r.tag == V_BOOL || is_bigint(r)) {
    if (r.tag == V_OBJ || r.as.i < 0 || r.as.i >= 0x110000)
      vm_raise(vm, &EXC_ValueError, "character mapping must be in range(0x110000)");
    sb_append(b, buf, (size_t)utf8_encode((uint32_t)r.as.i, buf));
  } else if (!is_none(r)) {
    vm_raise(vm, &EXC_TypeError, "character mapping must return integer, None or str");
  }
}

typedef struct TranslateJob {
  Str *s;
  Value table;
  StrBuf out;
} TranslateJob;

static void translate_job(VM *vm, void *ud) {
  TranslateJob *j = ud;
  for (int64_t i = 0; i < j->s->nbytes;) {
    int len;
    uint32_t cp = cp_at(j->s->data + i, &len);
    i += len;
    translate_put(vm, &j->out, cp, translate_lookup(vm, j->table, cp));
  }
}

/* The output is built in a malloc'd buffer, so the walk runs protected:
** a bad mapping value frees it before the error goes on. */
static Value m_translate(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "str.translate", 1, 1);
  TranslateJob j = {self_str(self), a->argv[0], STRBUF_INIT};
  if (!vm_protect(vm, translate_job, &j)) {
    sb_free(&j.out);
    vm_throw(vm, vm->exc);
  }
  return sb_finish(vm, &j.out);
}

/* str.maketrans(dict): str keys of one character become their code points. */
static Value maketrans_dict(VM *vm, Value arg) {
  if (!is_dict(arg))
    vm_raise(vm, &EXC_TypeError, "if you give only one argument to maketrans it must be a dict");
  Value r = v_obj(dict_new(vm));
  gc_push_root(vm, r);
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(arg), &pos, &k, &v)) {
    if (is_str(k)) {
      if (as_str(k)->nchars != 1)
        vm_raise(vm, &EXC_ValueError, "string keys in translate table must be of length 1");
      int len;
      k = v_int(cp_at(as_str(k)->data, &len));
    } else if (k.tag != V_INT && k.tag != V_BOOL && !is_bigint(k)) {
      vm_raise(vm, &EXC_TypeError, "keys in translate table must be strings or integers");
    }
    dict_set(vm, as_dict(r), k, v);
  }
  gc_pop_roots(vm, 1);
  return r;
}

/* str.maketrans(x[, y[, z]]): a static method, so self (str or the type) is unused. */
static Value m_maketrans(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "str.maketrans", 1, 3);
  if (a->argc == 1) return maketrans_dict(vm, a->argv[0]);
  if (!is_str(a->argv[0]))
    vm_raise(vm, &EXC_TypeError,
             "first maketrans argument must be a string if there is a second argument");
  Str *x = as_str(a->argv[0]), *y = arg_str(vm, a->argv[1], "maketrans", 2);
  Str *z = a->argc == 3 ? arg_str(vm, a->argv[2], "maketrans", 3) : NULL;
  if (x->nchars != y->nchars)
    vm_raise(vm, &EXC_ValueError, "the first two maketrans arguments must have equal length");
  Value r = v_obj(dict_new(vm));
  gc_push_root(vm, r);
  for (int64_t i = 0, k = 0; i < x->nbytes;) {
    int lx, ly;
    uint32_t cx = cp_at(x->data + i, &lx), cy = cp_at(y->data + k, &ly);
    i += lx, k += ly;
    dict_set(vm, as_dict(r), v_int(cx), v_int(cy));
  }
  for (int64_t i = 0; z && i < z->nbytes;) {
    int len;
    uint32_t cz = cp_at(z->data + i, &len);
    i += len;
    dict_set(vm, as_dict(r), v_int(cz), v_none());
  }
  gc_pop_roots(vm, 1);
  return r;
}

/* ---- slots -------------------------------------------------------------- */

static Value str_repr_slot(VM *vm, Value self) { return str_repr(vm, as_str(self)); }
static Value str_str_slot(VM *vm, Value self) { (void)vm; return self; }
static int64_t str_hash_slot(VM *vm, Value self) { (void)vm; return str_hash(as_str(self)); }
static int64_t str_len_slot(VM *vm, Value self) { (void)vm; return as_str(self)->nchars; }

static Value str_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  (void)vm;
  if (!is_str(a) || !is_str(b)) return v_notimpl();
  Str *x = as_str(a), *y = as_str(b);
  if (op == CMP_EQ) return v_bool(str_eq(x, y));
  if (op == CMP_NE) return v_bool(!str_eq(x, y));
  int c = str_cmp(x, y);
  switch (op) {
  case CMP_LT: return v_bool(c < 0);
  case CMP_LE: return v_bool(c <= 0);
  case CMP_GT: return v_bool(c > 0);
  default: return v_bool(c >= 0);
  }
}

/* True if `other` belongs to a type that may implement the operator itself
** (e.g. an ndarray), so the sequence should decline rather than raise. */
static bool other_may_handle(Value other) {
  Type *t = v_type(other);
  if (!t->binop) return false;
  return t != &TYPE_INT && t != &TYPE_BOOL && t != &TYPE_FLOAT && t != &TYPE_COMPLEX && t != &TYPE_STR &&
         t != &TYPE_LIST && t != &TYPE_TUPLE && t != &TYPE_DICT && t != &TYPE_SET &&
         t != &TYPE_FROZENSET && t != &TYPE_RANGE && t != &TYPE_NONE;
}

/* Repeat count for `seq * n`: an int (small or big) or bool. */
static int64_t repeat_count(VM *vm, Value n) {
  if (is_int(n) || is_bool(n)) return n.as.i;
  if (is_bigint(n)) {
    if (mpz_sgn(as_bigint(n)->z) < 0) return 0;
    vm_raise(vm, &EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return v_index(vm, n, "repeat");
}

static Value str_binop(VM *vm, BinOp op, Value a, Value b) {
  switch (op) {
  case BINOP_ADD:
    if (is_str(a) && is_str(b)) return str_concat(vm, as_str(a), as_str(b));
    if (is_str(a) && !other_may_handle(b))
      vm_raise(vm, &EXC_TypeError, "can only concatenate str (not \"%s\") to str", v_typename(b));
    return v_notimpl();
  case BINOP_MUL: {
    Value s = is_str(a) ? a : b, n = is_str(a) ? b : a;
    if (v_is_intlike(n)) return str_repeat(vm, as_str(s), repeat_count(vm, n));
    if (other_may_handle(n)) return v_notimpl();
    vm_raise(vm, &EXC_TypeError, "can't multiply sequence by non-int of type '%s'", v_typename(n));
  }
  case BINOP_MOD:
    if (is_str(a)) return fmt_percent(vm, as_str(a), b);
    return v_notimpl();
  default:
    return v_notimpl();
  }
}

static Value str_getitem(VM *vm, Value self, Value key) {
  Str *s = as_str(self);
  if (is_type(key, &TYPE_SLICE)) {
    int64_t start, stop, step;
    slice_indices(vm, (Slice *)key.as.o, s->nchars, &start, &stop, &step);
    return str_slice(vm, s, start, stop, step);
  }
  if (!v_is_intlike(key) && (!is_obj(key) || !other_may_handle(key)))
    vm_raise(vm, &EXC_TypeError, "string indices must be integers, not '%s'", v_typename(key));
  int64_t i = (is_int(key) || is_bool(key)) ? key.as.i : v_index(vm, key, "string");
  i = seq_index(vm, i, s->nchars, "string index out of range");
  return str_getchar(vm, s, i);
}

static int str_contains(VM *vm, Value self, Value item) {
  if (!is_str(item))
    vm_raise(vm, &EXC_TypeError, "'in <string>' requires string as left operand, not %s", v_typename(item));
  Str *s = as_str(self), *sub = as_str(item);
  return find_bytes(s->data, 0, s->nbytes, sub->data, sub->nbytes) >= 0;
}

static void striter_mark(VM *vm, Obj *o) { gc_mark_obj(vm, &((StrIter *)o)->s->hdr); }
static Value iter_self(VM *vm, Value self) { (void)vm; return self; }

static bool striter_next(VM *vm, Value self, Value *out) {
  StrIter *it = (StrIter *)self.as.o;
  Str *s = it->s;
  if (it->off >= s->nbytes) return false;
  int64_t end = it->off + 1;
  while (end < s->nbytes && is_cont((unsigned char)s->data[end])) end++;
  *out = str_sub(vm, s, it->off, end);
  it->off = end;
  return true;
}

Type TYPE_STR_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "str_ascii_iterator", .mark = striter_mark,
    .iter = iter_self, .next = striter_next,
};

static Value str_iter(VM *vm, Value self) {
  StrIter *it = gc_alloc(vm, &TYPE_STR_ITERATOR, sizeof(StrIter));
  it->s = as_str(self);
  it->off = 0;
  return v_obj(it);
}

static Value str_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc == 1 && a->nkw == 0) { /* str(x): no argument parsing */
    Value x = a->argv[0];
    return x.tag == V_INT ? str_from_i64(vm, x.as.i) : v_str(vm, x);
  }
  Value out[3];
  args_parse(vm, a, "str", "|object,encoding,errors", out);
  for (int i = 1; i < 3; i++) /* decoding: streak has no bytes objects, so every case is an error */
    if (!is_empty(out[i]) && !is_str(out[i]))
      vm_raise(vm, &EXC_TypeError, "str() argument '%s' must be str, not %s", i == 1 ? "encoding" : "errors",
               v_argtypename(out[i]));
  if (!is_empty(out[1]) || !is_empty(out[2])) {
    if (is_empty(out[0])) return str_new(vm, "", 0);
    if (is_str(out[0])) vm_raise(vm, &EXC_TypeError, "decoding str is not supported");
    vm_raise(vm, &EXC_TypeError, "decoding to str: need a bytes-like object, %s found", v_typename(out[0]));
  }
  if (is_empty(out[0])) return str_new(vm, "", 0);
  return v_str(vm, out[0]);
}

static const MethodDef str_methods[] = {
    {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
    {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},
    {"split", m_split}, {"rsplit", m_rsplit}, {"join", m_join},
    {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"replace", m_replace},
    {"upper", m_upper}, {"lower", m_lower}, {"casefold", m_casefold}, {"swapcase", m_swapcase},
    {"title", m_title}, {"capitalize", m_capitalize},
    {"isdigit", m_isdigit}, {"isdecimal", m_isdecimal}, {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha}, {"isalnum", m_isalnum}, {"isspace", m_isspace},
    {"isprintable", m_isprintable}, {"isascii", m_isascii}, {"isupper", m_isupper},
    {"islower", m_islower}, {"istitle", m_istitle}, {"isidentifier", m_isidentifier},
    {"ljust", m_ljust}, {"rjust", m_rjust}, {"center", m_center}, {"zfill", m_zfill},
    {"expandtabs", m_expandtabs}, {"splitlines", m_splitlines},
    {"partition", m_partition}, {"rpartition", m_rpartition},
    {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
    {"format", m_format}, {"format_map", m_format_map},
    {"translate", m_translate}, {"maketrans", m_maketrans}, {NULL, NULL},
};

static const MethodDef str_classmethods[] = {{"maketrans", m_maketrans}, {NULL, NULL}};

Type TYPE_STR = {
    .hdr = TYPE_HEADER,
    .name = "str",
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .binop = str_binop,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .ctor = str_ctor,
    .methods = str_methods,
    .classmethods = str_classmethods,
};
