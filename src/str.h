/*
** str.h — immutable UTF-8 strings (TYPE_STR), interning, and str methods.
*/
#ifndef STREAK_STR_H
#define STREAK_STR_H

#include <string.h>

#include "value.h"
#include "util.h"

Value str_new(VM *vm, const char *utf8, size_t nbytes); /* copies; valid UTF-8 assumed */
Value str_from_cstr(VM *vm, const char *s);
Value str_printf(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value sb_finish(VM *vm, StrBuf *b);          /* Str from the buffer; frees the buffer */
Str *str_intern(VM *vm, const char *s, size_t n); /* one Str per distinct text */
Str *str_intern_c(VM *vm, const char *s);
int64_t str_hash(Str *s);
int str_cmp(Str *a, Str *b);                 /* <0, 0, >0 by code point */
bool str_eq_c(Str *a, const char *s);
Value str_concat(VM *vm, Str *a, Str *b);
Value str_concat_n(VM *vm, const Value *parts, int n); /* parts: n Str values */
Value str_repr(VM *vm, Str *s);              /* 'it''s' → "it's", escapes like CPython */
void str_repr_into(StrBuf *b, Str *s);
Value str_getchar(VM *vm, Str *s, int64_t index); /* index already normalised */
Value str_slice(VM *vm, Str *s, int64_t start, int64_t stop, int64_t step);
Value str_from_codepoint(VM *vm, uint32_t cp); /* ASCII ones are shared (interned) */
Value str_from_i64(VM *vm, int64_t i);       /* str(i) for a small int, without printf */
Value str_new_ascii(VM *vm, const char *p, size_t n); /* copies n ASCII bytes */
void str_free_table(VM *vm);                 /* interned-string table, at VM shutdown */

/* Iterator: byte offset into the string (traces step it over ASCII ones). */
typedef struct StrIter {
  Obj hdr;
  Str *s;
  int64_t off;
} StrIter;
extern Type TYPE_STR_ITERATOR;
void str_mark_table(VM *vm);

/* memcmp(p, q, n) == 0 without a library call for the short texts that
** most comparisons are (dict keys, method arguments): the call and its
** size dispatch cost more than the compare itself (memcmp was a twentieth
** of a word-count loop). Two overlapping loads cover 4-16 bytes. */
static inline bool bytes_eq(const char *p, const char *q, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a0, b0, a1, b1;
    memcpy(&a0, p, 8), memcpy(&b0, q, 8);
    memcpy(&a1, p + n - 8, 8), memcpy(&b1, q + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t a0, b0, a1, b1;
    memcpy(&a0, p, 4), memcpy(&b0, q, 4);
    memcpy(&a1, p + n - 4, 4), memcpy(&b1, q + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n < 4) /* the first, middle and last byte are all of them */
    return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
  return memcmp(p, q, n) == 0;
}

/* Inline so that dict probes with str keys stay leaf functions. */
static inline bool str_eq(Str *a, Str *b) {
  if (a == b) return true;
  if (a->interned && b->interned) return false; /* one object per interned text */
  if (a->nbytes != b->nbytes) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return bytes_eq(a->data, b->data, (size_t)a->nbytes);
}

#endif
