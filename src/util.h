/*
** util.h — small generic pieces written once: a growable byte buffer for
** building strings, a growable-array macro, and checked arithmetic helpers.
** Memory here comes from plain malloc: StrBuf is scratch space; sb_finish
** copies the bytes into a GC-managed Str.
*/
#ifndef STREAK_UTIL_H
#define STREAK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct StrBuf {
  char *data; /* always NUL-terminated once anything was written */
  size_t len, cap;
} StrBuf;

#define STRBUF_INIT {NULL, 0, 0}
void sb_reserve(StrBuf *b, size_t extra);
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_append(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
void sb_free(StrBuf *b);

/* The sum of w's bytes when each is 0 or 1 (one multiply gathers them in
** the top byte): a popcount that needs no POPCNT instruction, which the
** portable build lacks (__builtin_popcountll became a library call). */
static inline int64_t util_count_low_bytes(uint64_t w) { return (int64_t)((w * 0x0101010101010101ull) >> 56); }

/* FNV-1a over n bytes continuing from h (the disk caches' keys and file
** checksums; start from 0xcbf29ce484222325). */
static inline uint64_t util_fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *c = p;
  for (size_t i = 0; i < n; i++) {
    h ^= c[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

/* Growable array of any element type: `VEC(int) v = {0}; vec_push(v, 3);` */
#define VEC(T) struct { T *items; size_t n, cap; }
#define vec_push(v, x)                                                        \
  do {                                                                        \
    if ((v).n == (v).cap) {                                                   \
      (v).cap = (v).cap ? (v).cap * 2 : 8;                                    \
      (v).items = util_xrealloc((v).items, (v).cap * sizeof *(v).items);      \
    }                                                                         \
    (v).items[(v).n++] = (x);                                                 \
  } while (0)
#define vec_free(v) (free((v).items), (v).items = NULL, (v).n = (v).cap = 0)

/* malloc/realloc that abort on failure: only for small internal bookkeeping
** (compiler tables, scratch); Python-visible allocations go through gc.h so
** that exhaustion raises MemoryError. */
void *util_xmalloc(size_t n);
void *util_xrealloc(void *p, size_t n);
char *util_xstrdup(const char *s);

/* Reads a whole file; NULL on error (errno set). *len gets the size. */
char *util_read_file(const char *path, size_t *len);

/* UTF-8: length in code points of valid UTF-8, decoding one code point. */
int64_t utf8_count(const char *s, size_t n);
/* Decodes the code point at s (valid UTF-8), returns its byte length. */
int utf8_decode(const char *s, uint32_t *cp);
/* Encodes cp into out (>= 4 bytes), returns the byte length. */
int utf8_encode(uint32_t cp, char *out);
/* Returns the byte offset of the first invalid byte, or -1 if valid. */
int64_t utf8_validate(const char *s, size_t n);
/* Is c in one of the n sorted, disjoint inclusive ranges r[i][0]..r[i][1]?
** (the Unicode tables of str.c and lex.c) */
bool util_in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n);

/* Digits of u in base 2..36 (lower case, or upper with `upper`), written so
** that they END at `end`; returns the first digit. No sign, no prefix. A
** buffer of 64 bytes before `end` always suffices. */
char *util_u64_digits(char *end, uint64_t u, int base, bool upper);

#endif
