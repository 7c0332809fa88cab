/*
** num.h — numbers: int (small + GMP big), bool, float, complex. Python's
** semantics exactly: floor division and modulo signs, true division, **
** with negative and float exponents, exact comparisons between ints and
** floats, CPython's numeric hash (mod 2**61-1) so that hash(1) ==
** hash(1.0) == hash(True) and sets of numbers iterate in CPython's order.
*/
#ifndef STREAK_NUM_H
#define STREAK_NUM_H

#include "value.h"
#include "util.h"

/* Generic numeric operations over int/bool/float/complex (any mix);
** V_NOTIMPL if an operand is not a number. Raise ZeroDivisionError
** ("division by zero", "integer division or modulo by zero", "float
** division by zero", "float modulo", "complex division by zero", "0.0
** cannot be raised to a negative power"), OverflowError. */
Value num_binop(VM *vm, BinOp op, Value a, Value b);
Value num_unop(VM *vm, UnOp op, Value a);
Value num_richcmp(VM *vm, Value a, Value b, CmpOp op);
int64_t num_hash(VM *vm, Value v);
bool num_is_number(Value v);              /* int, bool, float, complex, big int */

/* Ints. */
Value int_from_mpz(VM *vm, const mpz_t z); /* normalises to V_INT when it fits */
void int_to_mpz(Value v, mpz_t out);       /* v: small/big int or bool; out initialised */
Value int_from_string(VM *vm, const char *s, size_t n, int base); /* int("..", base) rules; ValueError */
Value int_from_literal(VM *vm, const char *digits, int base);     /* compiler: big literals */
Value int_from_double(VM *vm, double d);   /* int(3.7) → 3; OverflowError/ValueError for inf/nan */
void int_repr_into(StrBuf *b, Value v);
Value int_repr(VM *vm, Value v);
int int_sign(Value v);
double int_to_double(VM *vm, Value v);     /* OverflowError: int too large to convert to float */
bool int_fits_i64(Value v, int64_t *out);
Value int_pow_mod(VM *vm, Value base, Value exp, Value mod); /* pow(a, b, m) */

/* Floats. */
void float_repr_into(StrBuf *b, double d); /* repr: shortest round-trip, '1e+16', 'inf', 'nan' */
Value float_repr(VM *vm, double d);
Value float_from_string(VM *vm, const char *s, size_t n); /* float("1e3"), "inf", "-nan", ValueError */
double float_round(double x, int ndigits, bool *ok); /* round(x, n) correctly rounded like CPython */

/* Complex. */
Value complex_new(VM *vm, double re, double im);
void complex_repr_into(StrBuf *b, double re, double im); /* (1+2j), 1j, (-0-1j), (nan+infj) */

void num_init_types(void);

#endif
