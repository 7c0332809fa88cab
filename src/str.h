/*
** str.h — immutable UTF-8 strings (TYPE_STR), interning, and str methods.
*/
#ifndef STREAK_STR_H
#define STREAK_STR_H

#include "value.h"
#include "util.h"

Value str_new(VM *vm, const char *utf8, size_t nbytes); /* copies; valid UTF-8 assumed */
Value str_from_cstr(VM *vm, const char *s);
Value str_printf(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value sb_finish(VM *vm, StrBuf *b);          /* Str from the buffer; frees the buffer */
Str *str_intern(VM *vm, const char *s, size_t n); /* one Str per distinct text */
Str *str_intern_c(VM *vm, const char *s);
int64_t str_hash(Str *s);
bool str_eq(Str *a, Str *b);
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
void str_mark_table(VM *vm);

#endif
