/*
** object.h — the generic object protocol: what the VM and every built-in
** calls to operate on values of any type. Each operation dispatches on the
** type's slot and raises Python's TypeError (with CPython's message) when
** the slot is missing. Fast paths for small ints and floats live in the VM;
** these are the general case.
*/
#ifndef STREAK_OBJECT_H
#define STREAK_OBJECT_H

#include "value.h"

const char *v_typename(Value v);          /* "int", "list", … */
/* The type CPython's argument parsers name in "f() argument 1 must be str,
** not X" (_PyArg_BadArgument): "None" for None, else the type's name. */
static inline const char *v_argtypename(Value v) { return v.tag == V_NONE ? "None" : v_typename(v); }

Value v_repr(VM *vm, Value v);            /* Str value */
Value v_str(VM *vm, Value v);             /* Str value */
bool v_truthy(VM *vm, Value v);
int64_t v_hash(VM *vm, Value v);          /* TypeError: unhashable type: 'list' */
bool v_eq(VM *vm, Value a, Value b);      /* identity, then ==; never raises for mismatched types */
bool v_is(Value a, Value b);              /* Python `is` */
Value v_richcmp(VM *vm, Value a, Value b, CmpOp op); /* result value (bool for builtins) */
bool v_compare(VM *vm, Value a, Value b, CmpOp op);  /* truth of a op b */
Value v_binop(VM *vm, BinOp op, Value a, Value b);
Value v_inplace(VM *vm, BinOp op, Value a, Value b); /* a op= b */
Value v_unop(VM *vm, UnOp op, Value a);
Value v_not(VM *vm, Value a);

int64_t v_len(VM *vm, Value v);           /* TypeError: object of type 'int' has no len() */
Value v_getitem(VM *vm, Value obj, Value key);
void v_setitem(VM *vm, Value obj, Value key, Value val);
void v_delitem(VM *vm, Value obj, Value key);
bool v_contains(VM *vm, Value container, Value item);
Value v_getattr(VM *vm, Value obj, Str *name);   /* AttributeError if absent */
Value v_getattr_opt(VM *vm, Value obj, Str *name); /* V_EMPTY if absent */
void v_setattr(VM *vm, Value obj, Str *name, Value val);
void v_delattr(VM *vm, Value obj, Str *name);      /* del obj.name */
Value v_iter(VM *vm, Value v);            /* TypeError: 'int' object is not iterable */
bool v_next(VM *vm, Value iter, Value *out);

/* Converts an int-like (int, bool, big int fitting int64) index; raises
** TypeError "<what> indices must be integers or slices, not float"-style
** messages via the caller-provided `what`, and IndexError/OverflowError for
** big ints: "cannot fit 'int' into an index-sized integer". */
int64_t v_index(VM *vm, Value v, const char *what);
bool v_is_intlike(Value v);               /* int (small or big) or bool */
/* NumPy scalars (runtime/npmodule.c): the equal plain Python number, or
** V_EMPTY when v is not one. v_number: that number, or v itself. v_index,
** v_to_double, int(), float(), complex() and formatting accept them. */
Value np_scalar_number(VM *vm, Value v);
static inline Value v_number(VM *vm, Value v) {
  if (v.tag != V_OBJ) return v;
  Value n = np_scalar_number(vm, v);
  return is_empty(n) ? v : n;
}
/* An integer argument as operator.index reads it: a NumPy integer scalar
** (or np.bool_) becomes its Python int; anything else is returned as is,
** for the caller's own TypeError. */
static inline Value v_index_operand(VM *vm, Value v) {
  Value n = v_number(vm, v);
  return v_is_intlike(n) ? n : v;
}
/* int(), float(), complex() of v: v_number, and also an ndarray of size 1
** (its one element, as ndarray.__int__/__float__); TypeError "only size-1
** arrays can be converted to Python scalars" for a larger array ("length-1"
** for complex(), NumPy's own wording there). For int() and float()
** (!for_complex) a NumPy complex scalar gives its real part as a float. */
Value np_convertible_number(VM *vm, Value v, bool for_complex);
double v_to_double(VM *vm, Value v);      /* int/float/bool → double; TypeError otherwise */
/* Does NumPy 1.24's `module` ("numpy", "numpy.random", ...) have the public
** name `name`? (runtime/npmodule.c: for the AttributeError of a name streak
** lacks, which then says so rather than that NumPy lacks it.) */
bool np_has_public_name(const char *module, const char *name);

/* Argument binding for C functions, like a Python def.
** spec: comma-separated parameter names; '|' starts optional ones, '$'
** starts keyword-only ones, e.g. "x,|base,$key". out[i] is V_EMPTY for an
** optional parameter not given. Raises CPython-style TypeErrors:
** "f() takes at most 2 arguments (3 given)", "f() got an unexpected
** keyword argument 'z'", "f() missing required argument 'x' (pos 1)".
** A spec starting with '!' words them as a Python def does instead ("f()
** missing 1 required positional argument: 'x'", "f() got an unexpected
** keyword argument 'z'", "f() takes from 1 to 3 positional arguments but 4
** were given"): for the NumPy functions NumPy writes in Python; "!@" for a
** method of a Python class (random.Random's), whose counts include self. A spec
** starting with '#' counts "(pos N)" from 0, as NumPy's C functions do. */
void args_parse(VM *vm, const Args *a, const char *fname, const char *spec, Value *out);
/* Positional-only check: min..max positional args, no keywords. A method
** passes "type.name": CPython's method descriptor names the type when it
** refuses keywords and in METH_NOARGS/METH_O counts ("str.upper() takes no
** arguments (1 given)"); an Argument Clinic range check names only the
** method ("center expected at least 1 argument, got 0"). */
void args_count(VM *vm, const Args *a, const char *fname, int min, int max);
static inline Args args_pos(int argc, const Value *argv) {
  Args a = {argc, argv, 0, NULL, NULL};
  return a;
}

/* Built-in functions and bound methods. */
Value builtin_new(VM *vm, const char *name, CFunc fn, Value self);
/* Looks `name` up in a type's methods (walking bases); V_EMPTY if absent.
** Returns the unbound CFunc through *fn without allocating (the VM uses this
** for `obj.method(args)` calls). */
bool type_find_method(Type *t, Str *name, CFunc *fn);
/* The same lookup, uncached, giving the definition (its name outlives any Str). */
const MethodDef *type_find_methoddef(Type *t, Str *name);

/* Modules. */
Module *module_new(VM *vm, const char *name);
void module_set(VM *vm, Module *m, const char *name, Value v);
Builtin *module_add_func(VM *vm, Module *m, const char *name, CFunc fn);
Value module_get(VM *vm, Module *m, const char *name); /* V_EMPTY if absent */



#endif
