/*
** format.h — CPython's format-spec mini-language, %-formatting and
** str.format, shared by f-strings, format(), str.format and `%`.
*/
#ifndef STREAK_FORMAT_H
#define STREAK_FORMAT_H

#include "value.h"
#include "util.h"

/* format(v, spec) for any value: int, bool, float, complex, str use the full
** mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type]);
** others accept only an empty spec (→ str(v)), else TypeError
** "unsupported format string passed to list.__format__". */
Value fmt_format(VM *vm, Value v, Str *spec);
/* ascii(v): repr(v) with non-ASCII code points escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
Value fmt_ascii(VM *vm, Value v);
void fmt_format_into(VM *vm, StrBuf *out, Value v, const char *spec, size_t speclen);
/* format(i, spec) for the specs an int's f"{i:05d}" mostly has (a zero
** flag, a width, 'd'): its length in buf[0..cap), or -1 for any other. */
int fmt_int_spec_fast(int64_t i, const Str *spec, char *buf, int cap);

/* `fmt % args` for strings (args a tuple, a dict for %(name)s, or one value). */
Value fmt_percent(VM *vm, Str *fmt, Value args);

/* str.format(*args, **kwargs): {}, {0}, {name}, {0.real}, {0[1]}, {!r}, {:spec}, nested {:{w}}. */
Value fmt_str_format(VM *vm, Str *fmt, const Args *args);
Value fmt_str_format_map(VM *vm, Str *fmt, Value mapping);

#endif
