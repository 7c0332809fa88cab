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
#include <string.h>

#include "str.h"
#include "dict.h"
#include "error.h"
#include "format.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "vm.h"

/* ---- allocation --------------------------------------------------------- */

/* A Str with room for nbytes (+ NUL); the caller fills data and then calls
** str_finish (or sets nchars/ascii itself). */
static Str *str_alloc(VM *vm, int64_t nbytes) {
  if (nbytes < 0 || nbytes > INT64_MAX / 2) vm_raise_memory(vm);
  Str *s = gc_alloc(vm, &TYPE_STR, sizeof(Str) + (size_t)nbytes + 1);
  s->nbytes = nbytes;
  s->hash = -1;
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
  int n = utf8_encode(cp, buf);
  Str *s = str_alloc(vm, n);
  memcpy(s->data, buf, (size_t)n);
  return str_finish_n(s, 1);
}

/* ---- hashing, equality, order ------------------------------------------ */

int64_t str_hash(Str *s) {
  if (s->hash != -1) return s->hash;
  /* FNV-1a, then a final avalanche (splitmix64) so low bits are well mixed
  ** for the power-of-two tables of dict and set. */
  uint64_t h = 14695981039346656037ULL;
  for (int64_t i = 0; i < s->nbytes; i++) {
    h ^= (unsigned char)s->data[i];
    h *= 1099511628211ULL;
  }
  h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27; h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  int64_t r = (int64_t)h;
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_eq(Str *a, Str *b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return memcmp(a->data, b->data, (size_t)a->nbytes) == 0;
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
  return (size_t)a->nbytes == n && memcmp(a->data, s, n) == 0;
}

/* ---- interning ---------------------------------------------------------- */

/* Open addressing on the string hash; interned strings live forever. */
struct StrTable {
  Str **slots;
  size_t cap, n;
};

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
  /* Hash the text exactly as str_hash would, via a stack Str header. */
  Str *probe = str_alloc(vm, (int64_t)n);
  if (n) memcpy(probe->data, text, n);
  str_finish(probe);
  size_t mask = t->cap - 1, j = (size_t)str_hash(probe) & mask;
  for (Str *s; (s = t->slots[j]) != NULL; j = (j + 1) & mask)
    if (str_eq(s, probe)) return s; /* the probe Str is garbage now */
  probe->interned = true;
  t->slots[j] = probe;
  t->n++;
  return probe;
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

/* Approximation of str.isprintable for repr: ASCII exactly; for the rest
** the common non-printable ranges (controls, spaces other than ' ',
** format characters, surrogates, private use, noncharacters). */
static bool cp_isprintable(uint32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c <= 0xA0 || c == 0xAD) return false;
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
      (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF)
    return false;
  if ((c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB) || (c & 0xFFFE) == 0xFFFE)
    return false;
  if (c >= 0xE0000) return false;
  return true;
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

/* New Str from a byte range of s. */
static Value str_sub(VM *vm, Str *s, int64_t from, int64_t to) {
  if (from == 0 && to == s->nbytes) return v_obj(s);
  Str *r = str_alloc(vm, to - from);
  memcpy(r->data, s->data + from, (size_t)(to - from));
  return s->ascii ? str_finish_n(r, to - from) : str_finish(r);
}

Value str_getchar(VM *vm, Str *s, int64_t index) {
  int64_t off = str_off(s, index);
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
  if (s->nbytes > INT64_MAX / 4 / count) vm_raise_memory(vm);
  Str *r = str_alloc(vm, s->nbytes * count);
  for (int64_t i = 0; i < count; i++) memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
  return str_finish_n(r, s->nchars * count);
}

/* Byte-level substring search in [from, to); -1 if absent. */
static int64_t find_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
  if (nn == 0) return from <= to ? from : -1;
  if (to - from < nn) return -1;
  const char *r = memmem(h + from, (size_t)(to - from), n, (size_t)nn);
  return r ? r - h : -1;
}

static int64_t rfind_bytes(const char *h, int64_t from, int64_t to, const char *n, int64_t nn) {
  if (nn == 0) return from <= to ? to : -1;
  for (int64_t i = to - nn; i >= from; i--)
    if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return i;
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

static Str *arg_str(VM *vm, Value v, const char *fname, int argno) {
  if (!is_str(v)) {
    if (fname) vm_raise(vm, &EXC_TypeError, "%s() argument %d must be str, not %s", fname, argno, v_typename(v));
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
