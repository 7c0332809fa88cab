/*
** value.h — tagged values, the heap-object header, type objects, and the
** object layouts every module shares.
**
** A Value is 16 bytes: a tag and a 64-bit payload. None, bool, int (64-bit)
** and float live in the payload, so float and small-int arithmetic never
** allocates (the interpreter's hot path, and what traces unbox). Everything
** else is a heap Obj whose first field is its Type.
**
** Ints: a Value with tag V_INT holds any int that fits int64_t. An int that
** leaves 64 bits becomes a BigInt object (GMP) whose type is also &TYPE_INT;
** results that fit 64 bits again are always normalised back to V_INT, so two
** equal ints never differ in representation.
*/
#ifndef STREAK_VALUE_H
#define STREAK_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gmp.h>

typedef struct VM VM;
typedef struct Obj Obj;
typedef struct Type Type;
typedef struct Str Str;

typedef enum {
  V_EMPTY = 0, /* internal: unbound local, empty slot, "no value" */
  V_NONE,
  V_BOOL,
  V_INT,
  V_FLOAT,
  V_OBJ,
  V_NOTIMPL /* internal: a binop/richcmp slot declines (Python's NotImplemented) */
} ValueTag;

typedef struct Value {
  uint8_t tag;
  union {
    int64_t i; /* V_INT; V_BOOL as 0/1 */
    double f;  /* V_FLOAT */
    Obj *o;    /* V_OBJ */
  } as;
} Value;

static inline Value v_empty(void) { Value v = {.tag = V_EMPTY, .as.i = 0}; return v; }
static inline Value v_none(void) { Value v = {.tag = V_NONE, .as.i = 0}; return v; }
static inline Value v_notimpl(void) { Value v = {.tag = V_NOTIMPL, .as.i = 0}; return v; }
static inline Value v_bool(bool b) { Value v = {.tag = V_BOOL, .as.i = b}; return v; }
static inline Value v_int(int64_t i) { Value v = {.tag = V_INT, .as.i = i}; return v; }
static inline Value v_float(double f) { Value v = {.tag = V_FLOAT, .as.f = f}; return v; }
static inline Value v_obj(void *o) { Value v = {.tag = V_OBJ, .as.o = (Obj *)o}; return v; }

static inline bool is_empty(Value v) { return v.tag == V_EMPTY; }
static inline bool is_none(Value v) { return v.tag == V_NONE; }
static inline bool is_notimpl(Value v) { return v.tag == V_NOTIMPL; }
static inline bool is_bool(Value v) { return v.tag == V_BOOL; }
static inline bool is_int(Value v) { return v.tag == V_INT; } /* small int only */
static inline bool is_float(Value v) { return v.tag == V_FLOAT; }
static inline bool is_obj(Value v) { return v.tag == V_OBJ; }

/* ---- heap objects ------------------------------------------------------ */

enum { GC_MARKED = 1, GC_STATIC = 2 /* static object: never freed, never on the heap list */ };

struct Obj {
  Type *type;
  Obj *gc_next;   /* all heap objects of a VM, for sweeping */
  uint32_t gc_flags;
  uint32_t aux;   /* free for the type's own use */
};

/* Operators shared by the compiler, the VM, the runtime and (later) the JIT. */
#define BINOPS(X) \
  X(ADD, "+") X(SUB, "-") X(MUL, "*") X(MATMUL, "@") X(TRUEDIV, "/") \
  X(FLOORDIV, "//") X(MOD, "%") X(POW, "**") X(LSHIFT, "<<") X(RSHIFT, ">>") \
  X(OR, "|") X(XOR, "^") X(AND, "&")
typedef enum {
#define X(name, sym) BINOP_##name,
  BINOPS(X)
#undef X
  BINOP__COUNT
} BinOp;

#define CMPOPS(X) X(LT, "<") X(LE, "<=") X(EQ, "==") X(NE, "!=") X(GT, ">") X(GE, ">=")
typedef enum {
#define X(name, sym) CMP_##name,
  CMPOPS(X)
#undef X
  CMP__COUNT
} CmpOp;

#define UNOPS(X) X(NEG, "-") X(POS, "+") X(INVERT, "~")
typedef enum {
#define X(name, sym) UNOP_##name,
  UNOPS(X)
#undef X
  UNOP__COUNT
} UnOp;

extern const char *const binop_symbol[BINOP__COUNT];
extern const char *const cmpop_symbol[CMP__COUNT];
extern const char *const unop_symbol[UNOP__COUNT];

/*
** Arguments of a call, as the VM passes them: positional values, then
** keyword names (Str values) and their values. Nothing here is owned.
*/
typedef struct Args {
  int argc;
  const Value *argv;
  int nkw;
  const Value *kwnames; /* Str values */
  const Value *kwvals;
} Args;

/* A function written in C. `self` is the bound object for methods, the type
** for constructors, and V_NONE for plain built-in functions. */
typedef Value (*CFunc)(VM *vm, Value self, const Args *args);

typedef struct MethodDef {
  const char *name;
  CFunc fn;
} MethodDef;

/*
** A type. Type objects are values themselves (`type(x)`, `int`, `str`,
** exception classes), so a Type starts with an Obj header whose type is
** &TYPE_TYPE. Every slot may be NULL, meaning "not supported"; the generic
** operations in object.c turn a NULL into Python's TypeError.
*/
struct Type {
  Obj hdr;
  const char *name;
  const char *module;      /* __module__; NULL means "builtins" */
  const char *shown_name;  /* __name__ when it differs from __qualname__ (NumPy's
                              _display_as_base); NULL: the same */
  Type *base;              /* bool→int, the exception tree */
  Type *base2;             /* a second base, for an exception that derives from two
                              (numpy.AxisError: ValueError and IndexError) */
  /* GC */
  void (*mark)(VM *vm, Obj *self);     /* mark children with gc_mark_value */
  void (*finalize)(VM *vm, Obj *self); /* free malloc'd buffers (not children) */
  /* protocol */
  Value (*repr)(VM *vm, Value self);   /* returns a Str value */
  Value (*str)(VM *vm, Value self);    /* NULL: use repr */
  int64_t (*hash)(VM *vm, Value self); /* NULL: unhashable; never returns -1 */
  Value (*richcmp)(VM *vm, Value a, Value b, CmpOp op); /* bool or V_NOTIMPL */
  Value (*binop)(VM *vm, BinOp op, Value a, Value b);   /* V_NOTIMPL to decline */
  Value (*inplace)(VM *vm, BinOp op, Value a, Value b); /* NULL/V_NOTIMPL: use binop */
  Value (*unop)(VM *vm, UnOp op, Value a);
  bool (*truthy)(VM *vm, Value self);  /* NULL: len() != 0 if len, else true */
  int64_t (*len)(VM *vm, Value self);
  Value (*getitem)(VM *vm, Value self, Value key);
  void (*setitem)(VM *vm, Value self, Value key, Value val);
  void (*delitem)(VM *vm, Value self, Value key);
  int (*contains)(VM *vm, Value self, Value item); /* 0/1; NULL: iterate */
  Value (*iter)(VM *vm, Value self);
  bool (*next)(VM *vm, Value self, Value *out);    /* iterators: false when done */
  Value (*getattr)(VM *vm, Value self, Str *name); /* V_EMPTY if absent; then methods are tried */
  void (*setattr)(VM *vm, Value self, Str *name, Value val);
  Value (*call)(VM *vm, Value self, const Args *args); /* callable instances */
  CFunc ctor;                       /* calling the type itself: int(x), list(it) */
  const MethodDef *methods;         /* {NULL, NULL}-terminated */
  void (*delattr)(VM *vm, Value self, Str *name); /* del x.name; NULL: not deletable */
  const MethodDef *classmethods;    /* read on the type, called with the type as self
                                       (numba.typed.Dict.empty) */
};

/* Types every module may need. Each is defined by the module that owns it. */
extern Type TYPE_TYPE, TYPE_OBJECT, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT,
    TYPE_COMPLEX, TYPE_STR, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_SET,
    TYPE_FROZENSET, TYPE_RANGE, TYPE_SLICE, TYPE_ELLIPSIS, TYPE_MODULE,
    TYPE_BUILTIN, TYPE_CELL, TYPE_NOTIMPLEMENTED;

/* Initialiser for a static type object's header. */
#define TYPE_HEADER {.type = &TYPE_TYPE, .gc_next = NULL, .gc_flags = GC_STATIC, .aux = 0}

static inline Type *v_type(Value v) {
  switch (v.tag) {
  case V_NONE: return &TYPE_NONE;
  case V_BOOL: return &TYPE_BOOL;
  case V_INT: return &TYPE_INT;
  case V_FLOAT: return &TYPE_FLOAT;
  case V_OBJ: return v.as.o->type;
  default: return &TYPE_NOTIMPLEMENTED;
  }
}
static inline bool is_type(Value v, Type *t) { return v.tag == V_OBJ && v.as.o->type == t; }

/* ---- object layouts shared across modules ----------------------------- */

/* Immutable UTF-8 string; data is NUL-terminated (may also contain NUL). */
struct Str {
  Obj hdr;
  int64_t nbytes;
  int64_t nchars;   /* code points */
  int64_t hash;     /* -1: not yet computed */
  bool ascii;       /* nbytes == nchars: O(1) indexing */
  bool interned;
  char data[];
};

typedef struct BigInt { Obj hdr; mpz_t z; } BigInt;           /* type &TYPE_INT */
typedef struct Complex { Obj hdr; double re, im; } Complex;
typedef struct Tuple { Obj hdr; int64_t n; int64_t hash; Value items[]; } Tuple; /* hash -1: not computed */
typedef struct List { Obj hdr; int64_t n, cap; Value *items; } List;
/* A range. big == NULL: start/stop/step/len all fit int64 (the VM's FORPREP
** fast path reads them); otherwise big holds (start, stop, step, len) as int
** values and the int64 fields are 0 (list.c). */
typedef struct Range { Obj hdr; int64_t start, stop, step, len; Tuple *big; } Range;
typedef struct Slice { Obj hdr; Value start, stop, step; } Slice;
typedef struct Cell { Obj hdr; Value v; } Cell;
typedef struct Dict Dict; /* layout private to dict.c */
typedef struct Set Set;   /* layout private to set.c; type &TYPE_SET or &TYPE_FROZENSET */

typedef struct Module {
  Obj hdr;
  Str *name;
  Dict *dict;     /* the module's globals */
} Module;

/* A built-in function or a method bound to `self`. fn1, when set, is the
** same function taking its one positional argument directly: the VM's CALL
** uses it for f(x) without keywords, skipping the Args block and the
** argument-count check (len(s), chr(i) in a loop). */
typedef struct Builtin {
  Obj hdr;
  const char *name;
  CFunc fn;
  Value self;
  Value (*fn1)(VM *vm, Value x);
  struct Type *owner; /* an unbound method's type (float.hex): self must be one */
  bool slot_wrapper;  /* str.__len__: CPython words its self check differently */
} Builtin;

static inline bool is_str(Value v) { return is_type(v, &TYPE_STR); }
static inline bool is_bigint(Value v) { return is_type(v, &TYPE_INT); }
static inline bool is_complex(Value v) { return is_type(v, &TYPE_COMPLEX); }
static inline bool is_tuple(Value v) { return is_type(v, &TYPE_TUPLE); }
static inline bool is_list(Value v) { return is_type(v, &TYPE_LIST); }
static inline bool is_dict(Value v) { return is_type(v, &TYPE_DICT); }
static inline bool is_range(Value v) { return is_type(v, &TYPE_RANGE); }
static inline Str *as_str(Value v) { return (Str *)v.as.o; }
static inline BigInt *as_bigint(Value v) { return (BigInt *)v.as.o; }
static inline Complex *as_complex(Value v) { return (Complex *)v.as.o; }
static inline Tuple *as_tuple(Value v) { return (Tuple *)v.as.o; }
static inline List *as_list(Value v) { return (List *)v.as.o; }
static inline Dict *as_dict(Value v) { return (Dict *)v.as.o; }
static inline Range *as_range(Value v) { return (Range *)v.as.o; }

#endif
