/*
** util.c — string buffers, growable arrays' allocator, file reading, UTF-8.
*/
#include "util.h"

#include <stdio.h>
#include <errno.h>
#include <string.h>

void *util_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("streak: out of memory\n", stderr);
    abort();
  }
  return p;
}

void *util_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("streak: out of memory\n", stderr);
    abort();
  }
  return q;
}

char *util_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(util_xmalloc(n), s, n);
}

void sb_reserve(StrBuf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 32;
  while (cap < need) cap *= 2;
  b->data = util_xrealloc(b->data, cap);
  b->cap = cap;
}

void sb_append(StrBuf *b, const char *s, size_t n) {
  sb_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void sb_putc(StrBuf *b, char c) { sb_append(b, &c, 1); }
void sb_puts(StrBuf *b, const char *s) { sb_append(b, s, strlen(s)); }

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
  char small[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    sb_append(b, small, (size_t)n);
    return;
  }
  sb_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(b, fmt, ap);
  va_end(ap);
}

void sb_free(StrBuf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

char *util_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  StrBuf b = STRBUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sb_append(&b, chunk, n);
  if (ferror(f)) { /* e.g. a directory: EISDIR */
    int err = errno;
    fclose(f);
    sb_free(&b);
    errno = err;
    return NULL;
  }
  fclose(f);
  if (!b.data) sb_reserve(&b, 0), b.data[0] = 0;
  *len = b.len;
  return b.data;
}

/* Counts the bytes that are not continuation bytes (10xxxxxx), eight at a
** time: a byte is one when its bit 7 is set and bit 6 is clear. */
int64_t utf8_count(const char *s, size_t n) {
  const uint64_t hi = 0x8080808080808080ULL;
  size_t i = 0, cont = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    cont += util_count_low_bytes((w & ~(w << 1) & hi) >> 7);
  }
  for (; i < n; i++) cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  return (int64_t)(n - cont);
}

char *util_u64_digits(char *end, uint64_t u, int base, bool upper) {
  const char *dig = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
  char *p = end;
  if (base == 10) {
    /* two digits per division: half the (slow) 64-bit divides */
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    while (u >= 100) {
      unsigned r = (unsigned)(u % 100);
      u /= 100;
      p -= 2;
      memcpy(p, pairs + 2 * r, 2);
    }
    if (u >= 10) {
      p -= 2;
      memcpy(p, pairs + 2 * u, 2);
    } else {
      *--p = (char)('0' + u);
    }
    return p;
  }
  do {
    *--p = dig[u % (unsigned)base];
    u /= (unsigned)base;
  } while (u);
  return p;
}

int utf8_decode(const char *s, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] < 0x80) { *cp = u[0]; return 1; }
  if (u[0] < 0xE0) { *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2; }
  if (u[0] < 0xF0) {
    *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return 3;
  }
  *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
        ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
  return 4;
}

bool util_in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < r[mid][0]) hi = mid;
    else if (c > r[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

int utf8_encode(uint32_t cp, char *out) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Strict UTF-8 (no overlongs, no surrogates, max U+10FFFF), as CPython's decoder. */
int64_t utf8_validate(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned c = u[i];
    size_t len;
    uint32_t min;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
    else return (int64_t)i;
    if (i + len > n) return (int64_t)i;
    for (size_t k = 1; k < len; k++)
      if ((u[i + k] & 0xC0) != 0x80) return (int64_t)i;
    uint32_t cp;
    utf8_decode(s + i, &cp);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (int64_t)i;
    i += len;
  }
  return -1;
}
