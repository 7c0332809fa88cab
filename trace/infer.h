/*
** infer.h — static typing of whole @njit functions (Numba's nopython
** frontend) and their lowering to C (lower.c). Used by jit/dispatch.c.
**
** ## Why the AST and why C text
** The function's AST is re-parsed from the registered source text (the
** Code object gives file and first line): structured control flow (nested
** loops, if/else, early return, break/continue) maps one to one onto C, and
** the positions give TypingError its line and caret. The trace IR
** (trace/ir.h) is trace shaped — one LOOP, guards that exit to the
** interpreter — and cannot express a function's control flow, so lower.c
** writes C text directly, in cgen.c's dialect (no headers, valid for libtcc
** and gcc). The same text feeds both tiers: libtcc at once, the system C
** compiler (-O3, -ffp-contract=off) in the background (jit/dispatch.c).
**
** ## Types
** An NbTy is an index into one process-wide table of interned types:
** equal types are equal ints. Scalars are NumPy dtypes; arrays carry dtype,
** ndim and layout ('C' or 'A'); tuples their item types. The remaining kinds
** type compile-time values a function refers to (modules, @njit
** dispatchers, built-in functions, dtype objects).
*/
#ifndef STREAK_INFER_H
#define STREAK_INFER_H

#include <stdbool.h>
#include <stdint.h>

#include "../src/ast.h"
#include "../src/util.h"
#include "../src/value.h"

typedef int NbTy;
enum { NB_UNKNOWN = 0 };

typedef enum {
  NK_UNKNOWN, NK_SCALAR, NK_ARRAY, NK_TUPLE, NK_NONE, NK_STR,
  NK_MODULE,   /* ptr: Module *            */
  NK_DISP,     /* ptr: Dispatcher *        */
  NK_FUNC,     /* name: "numpy.sqrt" …     */
  NK_DTYPE,    /* dtype: np.float64 as a value (dtype= arguments, casts) */
  NK_RANGE,    /* range(...) / prange(...) object (only as a for iterable) */
  NK_VUFUNC,   /* ptr: a @vectorize ufunc (its NbUFunc Obj *), name: its name */
  NK_LIST,     /* items[0]: the item type (NB_UNKNOWN: `[]` before an append) */
  NK_OPTIONAL, /* items[0]: the type of the value when it is not None */
  NK_DICT,     /* items[0], items[1]: key and value types (NB_UNKNOWN: `{}` before a store) */
  NK_CLOSURE,  /* ptr: NbClosure *, an inner function or lambda (only called, never a value) */
  NK_SET,      /* items[0]: the item type (NB_UNKNOWN: `set()` before an add); Numba's set */
  NK_TYPEREF,  /* items[0]: a Numba type named as a value (types.unicode_type in
                  Dict.empty(...)); a scalar type is NK_DTYPE */
  NK_OPAQUE    /* anything else: an error when used */
} NbKind;

typedef struct NbTypeInfo {
  uint8_t kind;    /* NbKind */
  uint8_t dtype;   /* NK_SCALAR, NK_ARRAY, NK_DTYPE: a DType */
  uint8_t ndim;    /* NK_ARRAY */
  char layout;     /* NK_ARRAY: 'C' or 'A' */
  int n;           /* NK_TUPLE: item count */
  NbTy *items;     /* NK_TUPLE */
  void *ptr;       /* NK_MODULE, NK_DISP */
  const char *name;/* NK_FUNC, NK_MODULE, NK_OPAQUE */
} NbTypeInfo;

const NbTypeInfo *nb_type(NbTy t);
NbTy nb_scalar(int dtype);
NbTy nb_array(int dtype, int ndim, char layout);
NbTy nb_tuple(int n, const NbTy *items);
NbTy nb_none(void);
NbTy nb_str(void);
NbTy nb_named(NbKind kind, const char *name, void *ptr); /* module/func/disp/opaque */
NbTy nb_dtype_ty(int dtype);
NbTy nb_typeref(NbTy t); /* the NK_TYPEREF naming t */
NbTy nb_range(void);
NbTy nb_list(NbTy item); /* list(item): Numba's reflected list */
/* ListType[item]: a numba.typed.List argument. Compiled code treats it as
** a list (layout 'T' tells them apart); the dispatcher writes its items
** back into the typed List after the call, and returns one as a typed List. */
NbTy nb_tlist(NbTy item);
static inline bool nb_is_tlist(const NbTypeInfo *i) { return i->kind == NK_LIST && i->layout == 'T'; }
NbTy nb_optional(NbTy item); /* OptionalType(item): item or None */
NbTy nb_dict(NbTy key, NbTy value); /* DictType[key,value]: Numba's typed dict */
NbTy nb_set(NbTy item); /* set(item): Numba's set of numbers, local to compiled code */
/* d.keys()/values()/items(): a list of those (NK_LIST, n 2) that cannot
** leave compiled code or go into a container, as Numba's views cannot */
NbTy nb_dict_view(NbTy item);
/* Numba's printed name: int64, float64, array(float64, 1d, C),
** UniTuple(int64 x 2), Tuple(int64, float64), unicode_type, none. */
void nb_type_str(NbTy t, StrBuf *b);
void nb_type_str_py(NbTy t, StrBuf *b); /* of a Python value (an argument): lists are "reflected list(...)" */
/* Numba's unification (int64 ∪ float64 → float64, array layouts → 'A');
** NB_UNKNOWN if impossible. */
NbTy nb_unify(NbTy a, NbTy b);
/* Can a value of type `from` be passed where `to` is expected (dispatch
** with explicit signatures)? Returns a cost (0 exact) or -1. */
int nb_convert_cost(NbTy from, NbTy to);
/* Does a value of type `from` go into a typed container of item type `to`
** as Numba's _cast lets it (ints into floats, not floats into ints)? */
bool nb_safe_store(NbTy from, NbTy to);
int nb_promote_dt(int a, int b); /* scalar dtype promotion */
/* The dtype of NumPy's ufunc loop Numba picks for operands of types a and
** b (arrays and scalars): NumPy's promotion, except that with an array and
** a scalar operand an integer casts to any float (float32 array / 2 is
** float32, int64 array * float32(2) is float32 — numpy_support.ufunc_can_cast). */
int nb_ufunc_dt(NbTy a, NbTy b);

static inline bool nb_is_scalar(NbTy t) { return nb_type(t)->kind == NK_SCALAR; }
static inline bool nb_is_array(NbTy t) { return nb_type(t)->kind == NK_ARRAY; }
static inline bool nb_is_list(NbTy t) { return nb_type(t)->kind == NK_LIST; }
static inline NbTy nb_list_item(NbTy t) { return nb_type(t)->items[0]; }
static inline bool nb_is_optional(NbTy t) { return nb_type(t)->kind == NK_OPTIONAL; }
static inline bool nb_is_dict(NbTy t) { return nb_type(t)->kind == NK_DICT; }
static inline bool nb_is_set(NbTy t) { return nb_type(t)->kind == NK_SET; }
bool nb_is_int(NbTy t);     /* signed/unsigned int scalar (not bool) */
bool nb_is_float(NbTy t);
bool nb_is_complex(NbTy t);
bool nb_is_bool(NbTy t);
bool nb_is_number(NbTy t);  /* bool/int/float/complex */
bool nb_printable(NbTy t);  /* print() takes it: dispatch.c can box it */

/* ---- one typed function ------------------------------------------------ */

typedef struct NbLocal {
  const char *name;
  NbTy ty;
  AstPos defpos;
} NbLocal;

typedef struct NbUnit NbUnit;

typedef struct NbFunc {
  void *disp;             /* Dispatcher * it belongs to */
  AstStmt *def;           /* its FunctionDef */
  const char *filename;
  const char *name;
  int nargs;
  NbTy *argtys;
  NbTy ret;               /* NB_UNKNOWN while being inferred */
  bool has_return_value;
  VEC(NbLocal) locals;
  VEC(char *) hidden;     /* names of compiler-made locals (a list comprehension's list), owned */
  VEC(uint64_t) omits;    /* the calls' parameters left to their defaults (bit i: parameter i),
                             one mask per distinct kind of call: .signatures' Omitted types */
  int id;                 /* C name nbf_<id> */
  int callsites;          /* lower.c: calls of nbf_<id> emitted */
  bool swapped;           /* lower.c: in nbw_fns (see lower.c's top) */
  bool inferring, done;
  bool recursive;         /* a call of it was reached while inferring it: lower.c checks
                             the stack at its entry (deep recursion is a RecursionError) */
  bool boundscheck, fastmath, parallel;
  bool numpy_errors;      /* a ufunc kernel: division by zero does not raise (NbOptions) */
} NbFunc;

/* A compile unit: the function called from Python plus every @njit function
** it reaches, emitted together as one C text. */
enum { NB_ERR_TYPING, NB_ERR_UNSUPPORTED, NB_ERR_REWRITE, NB_ERR_CONSTINFER }; /* NbUnit.err_kind */

/* A global NumPy array an @njit function reads: Numba freezes it as a
** constant at compile time, so the dispatcher keeps a read-only copy and
** passes it in NbCtx.frozen[index]. */
typedef struct NbFrozen {
  Value array;            /* what to copy: the global, or a callee's earlier copy */
  Value source;           /* the global array itself */
} NbFrozen;

typedef struct NbEllipsis {
  AstExpr *sub, *orig;    /* the Subscript, its index as written */
  AstExpr *made;          /* the index put in its place (one malloc'd block) */
  int ndim;
} NbEllipsis;

struct NbUnit {
  VM *vm;
  VEC(NbFrozen) frozen;   /* global arrays read (nb_global) */
  VEC(NbFunc *) funcs;
  NbFunc *root;
  StrBuf err;             /* TypingError text (set → compile fails) */
  int err_kind;           /* NB_ERR_*: which exception the text goes with */
  /* lower.c */
  StrBuf c;               /* the C text */
  bool has_loops;         /* a for/while loop was lowered (dispatch.c picks the tier by it) */
  bool resumable;         /* nbw_resume was emitted: a first call may start in tcc
                             code and move to the optimised build (lower.c, OSR) */
  int nswaps;             /* slots of nbw_fns: callees and chunks whose tcc code enters
                             the optimised build's copy once it is ready, and callees'
                             resumable copies (lower.c) */
  VEC(NbTy) tuple_types;  /* tuple structs to declare */
  int ntmp;
  /* prange (lower.c): loops outlined into OpenMP chunk functions */
  StrBuf pardiag;         /* f.parallel_diagnostics() text, one block per loop */
  StrBuf warnings;        /* race warnings (printed once, at compile time) */
  int nparloops;          /* prange loops made parallel */
  /* @vectorize (mod_numba_vec.c): also emit
  **   void nbw_loop(void *ctx, char **args, const int64_t *steps, int64_t n)
  ** calling the root function elementwise (NumPy's inner-loop layout:
  ** args[0..nargs) inputs, args[nargs] the output, byte steps). */
  bool want_loop;
  uint64_t sort_fns;      /* lower.c: sort helpers emitted: bit dt nb_sort_<dt>, 16+dt nb_argsort_<dt>,
                          ** 32+dt nb_lsort_<dt>, 48+dt nb_rsort_<dt> (SortOrder) */
  bool list_fns;          /* lower.c: the list helpers (nb_list_grow, nb_list_ix) emitted */
  VEC(NbTy) dict_types;   /* lower.c: dict types whose helpers (nb_dfind<t> ...) are emitted */
  VEC(NbTy) set_types;    /* lower.c: set types whose helpers (nb_sadd<t> ...) are emitted */
  bool dict_libc;         /* lower.c: malloc/free and the hash mixers declared */
  bool str_fns;           /* lower.c: the helpers of strings made in compiled code emitted */
  VEC(struct NbClosure *) closures; /* inner functions and lambdas met (infer.c) */
  /* subscripts whose Ellipsis was replaced by full slices for this unit
  ** (infer.c expand_ellipsis); nb_unit_free puts their index back */
  VEC(NbEllipsis) ellipses;
};

/* An inner `def` or a lambda of an @njit function, as Numba inlines them:
** typed and lowered as a function nbf_<id> of its own whose parameters are
** those written, then one per free variable (a local of the enclosing
** function it reads), passed from the caller's variable of that name at
** each call, so it sees the value current at the call as in Python. One
** per enclosing specialisation and def; NbFunc.disp of its
** specialisations points to it. */
typedef struct NbClosure {
  AstStmt def;            /* FunctionDef: the parameters, then the free variables */
  AstArguments args;
  AstStmt ret;            /* a lambda: `return <body>`, its one statement */
  AstStmt *retp;
  const void *node;       /* the def statement or lambda expression (the key) */
  NbFunc *outer;          /* the enclosing specialisation */
  int nparams;            /* parameters written; def's args after them are free variables */
  const AstExprList *defaults; /* as written: for the last defaults->len parameters */
} NbClosure;
/* Binds call e of closure c as Numba 0.56 does (positional arguments only;
** src[p] for p < c->nparams; NB_ARG_DEFAULT: default p - nargs, see infer.c). */
bool nb_closure_bind(const NbClosure *c, const AstExpr *call, int *src, char *err, size_t errlen);
/* Does f read the free variables of c under their own names (f is c's
** enclosing function, or an inner function of it that got them all as
** free variables too)? Elsewhere (an @njit function or inner function c
** was passed to as an argument) a call reads them from the closure's
** value: a struct of their values at the point it was passed, of type
** nb_closure_env(c) (a tuple). */
bool nb_closure_by_name(NbUnit *u, NbFunc *f, const NbClosure *c);
NbTy nb_closure_env(const NbClosure *c);
/* Numba's dead branch pruning: `x is None` / `x is not None` on an
** argument x of f that is never reassigned, typed none or neither none nor
** optional, is known at compile time: 1 true, 0 false, -1 not known. The
** dead branch of such an `if` is neither typed nor lowered. */
int nb_static_cond(NbUnit *u, NbFunc *f, const AstExpr *test);
/* Is s such an `if` whose live branch ends in return or raise, so that
** the statements after it are dead as well (neither typed nor lowered)? */
bool nb_pruned_rest(NbUnit *u, NbFunc *f, const AstStmt *s);
/* A slice of constant integers (or omitted parts) applied to n items, as
** Python's slice.indices: the first index, the step, the count. False for
** another slice (Numba slices tuples by literal slices only). */
bool nb_const_slice(const AstExpr *sl, int n, int64_t *start, int64_t *step, int64_t *count);

/* Provided by jit/dispatch.c: the AST, file and options of a dispatcher. */
typedef struct NbDispInfo {
  AstStmt *def;
  const char *filename;
  const char *name;
  Dict *globals;
  Tuple *defaults;
  bool boundscheck, fastmath, parallel, numpy_errors;
} NbDispInfo;
bool nb_disp_info(VM *vm, void *disp, NbDispInfo *out);
const char *nb_disp_name(void *disp); /* its function's name (type names in messages) */
/* Binds the arguments of `call` (positional, then keywords by name) to the
** parameters of the @njit function di: src[p] is the positional argument
** p takes (>= 0), keyword j (NB_ARG_KW(j)), or its default
** (NB_ARG_DEFAULT). False with Python's message in err when they do not
** fit. */
enum { NB_ARG_DEFAULT = -1 };
#define NB_ARG_KW(j) (-2 - (j))
bool nb_bind_args(const NbDispInfo *di, const AstExpr *call, int *src, char *err, size_t errlen);

/* Types (and, on success, returns) the specialisation of `disp` for argtys
** in unit u, creating it if needed. NULL with u->err set on a typing
** failure. */
NbFunc *nb_infer_func(NbUnit *u, void *disp, int nargs, const NbTy *argtys);
/* A call e of @vectorize ufunc `callee` with n operands of types at: the
** loop's input types in[], the kernel typed for them *g, and the output
** dtype; -1 after reporting an error. */
int nb_vufunc_loop(NbUnit *u, NbFunc *f, AstExpr *e, NbTy callee, int n, const NbTy *at, NbTy *in, NbFunc **g);
/* The type of expression e in f (after inference; used by lower.c). An
** optional value is used as its value (unwrapped: None there is Numba's
** TypeError) except where nb_expr_type_keep is asked: assignments,
** returns, `is None` tests. */
NbTy nb_expr_type(NbUnit *u, NbFunc *f, AstExpr *e);
/* Argument i of call (or its keyword name), NULL if absent. */
AstExpr *nb_call_arg(AstExpr *call, int i, const char *name);
bool nb_is_np_round(const char *base); /* np.round / np.around / np.round_ (one function in Numba) */
/* np_impl.c: the @njit implementation (Python, as Numba's) of a NumPy
** function for this call's argument types, or callee itself. */
NbTy nb_np_impl(NbUnit *u, NbFunc *f, NbTy callee, AstExpr *call);
/* The stdlib's random.* that @njit code has, as Numba 0.56 has them
** (typing/randomdecl.py, cpython/randomimpl.py): name, least and most
** arguments (real numbers; shuffle's an array), and whether np_impl.c's
** Python module implements it (random_<name>) or lower.c calls a helper. */
#define NB_PYRANDOM_FUNCS(X)                                                                    \
  X(seed, 1, 1, false) X(random, 0, 0, false) X(getrandbits, 1, 1, false)                       \
  X(randint, 2, 2, false) X(randrange, 1, 3, false) X(gauss, 2, 2, false)                       \
  X(normalvariate, 2, 2, false) X(uniform, 2, 2, true) X(triangular, 2, 3, true)                \
  X(expovariate, 1, 1, true) X(paretovariate, 1, 1, true) X(weibullvariate, 2, 2, true)         \
  X(gammavariate, 2, 2, true) X(betavariate, 2, 2, true) X(lognormvariate, 2, 2, true)          \
  X(vonmisesvariate, 2, 2, true) X(shuffle, 1, 1, true)
/* NumPy ufuncs that are Python operators on arrays (np.add(x, y) is x + y,
** np.less(x, y) is x < y): typed and fused as the operator. */
#define NB_NP_BINOP_UFUNCS(X)                                                                   \
  X("add", AST_OP_Add) X("subtract", AST_OP_Sub) X("multiply", AST_OP_Mult)                     \
  X("divide", AST_OP_Div) X("true_divide", AST_OP_Div) X("floor_divide", AST_OP_FloorDiv)       \
  X("remainder", AST_OP_Mod) X("mod", AST_OP_Mod) X("bitwise_and", AST_OP_BitAnd)               \
  X("bitwise_or", AST_OP_BitOr) X("bitwise_xor", AST_OP_BitXor)
#define NB_NP_CMP_UFUNCS(X)                                                                     \
  X("equal", AST_CMP_Eq) X("not_equal", AST_CMP_NotEq) X("less", AST_CMP_Lt)                   \
  X("less_equal", AST_CMP_LtE) X("greater", AST_CMP_Gt) X("greater_equal", AST_CMP_GtE)
/* NumPy ufuncs of complex arrays that @njit code runs as NumPy's loop of
** Numba's loop dtype (the np_ufunc helper): name, operand count, result
** ('S' the loop dtype, 'B' bool, 'F' its real dtype).
** The transcendental ones are np_impl.c's (NB_COMPLEX_UFUNCS). */
#define NB_NP_COMPLEX_UFUNCS(X)                                                                 \
  X("sign", 1, 'S') X("positive", 1, 'S') X("negative", 1, 'S') X("logical_not", 1, 'B')       \
  X("abs", 1, 'F') X("absolute", 1, 'F') X("angle", 1, 'F')                                    \
  X("isnan", 1, 'B') X("isinf", 1, 'B') X("isfinite", 1, 'B')                                  \
  X("add", 2, 'S') X("subtract", 2, 'S') X("multiply", 2, 'S') X("divide", 2, 'S')             \
  X("true_divide", 2, 'S') X("power", 2, 'S') X("maximum", 2, 'S')                            \
  X("minimum", 2, 'S') X("fmax", 2, 'S') X("fmin", 2, 'S') X("equal", 2, 'B')                  \
  X("not_equal", 2, 'B') X("less", 2, 'B') X("less_equal", 2, 'B') X("greater", 2, 'B')        \
  X("greater_equal", 2, 'B') X("logical_and", 2, 'B') X("logical_or", 2, 'B')                  \
  X("logical_xor", 2, 'B')
/* For np.<name> on operand types at (one a complex array): the loop dtype
** (return) and result type (*rt), or -1 when the list lacks it. */
int nb_np_complex_ufunc(const char *name, int n, const NbTy *at, NbTy *rt);
/* np.<name> on real scalars alone (np.add(x, 1), np.logical_not(b)): the
** result dtype of Numba's ufunc loop, its loop dtype in *loop (the operands
** are cast to it first); -1 when not such a call. */
int nb_np_scalar_ufunc(const char *name, int n, const NbTy *at, int *loop);
int nb_np_binop_ufunc(const char *name); /* its AstBinOp, or -1 */
int nb_np_cmp_ufunc(const char *name);   /* its AstCmpOp, or -1 */
/* The specialisation of np_impl.c's implementation `impl` for argument
** types at, or NULL. */
NbFunc *nb_np_impl_func(NbUnit *u, const char *impl, int n, const NbTy *at);
/* m[rows] and m[:, cols] read from a 2-d array by a 1-d integer array: the
** implementation taking (m, index), and the index expression; or NULL. */
const char *nb_np_fancy2d(NbUnit *u, NbFunc *f, AstExpr *sub, AstExpr **index);
/* a.clip(lo, hi), a.nonzero(), a.repeat(n), a.ptp(), a.argmax(axis=k): the
** implementation taking (a, arguments..., keyword values...) of method call
** `call` on an array of type recv, or NULL. */
const char *nb_np_method_impl(NbUnit *u, NbFunc *f, AstExpr *call, NbTy recv);
/* Is numpy.<attr> one of those, missing from the interpreter's numpy? */
bool nb_np_impl_only(const char *attr);
NbTy nb_expr_type_keep(NbUnit *u, NbFunc *f, AstExpr *e);
NbLocal *nb_local(NbFunc *f, const char *name);
/* `2 ** -1` written with int literals: CPython folds it to the float
** 0.5 before Numba sees it (Numba's int ** -1 at run time is 0): its value. */
bool nb_folded_pow(const AstExpr *e, double *out);
/* Operators on int literals, which CPython's AST optimizer folds into one
** constant before Numba types it (2**63, 10**19 + 1, -2**63): NB_FOLD_I64
** with *v set when the constant is an int64, NB_FOLD_BIG when it is not
** (its decimal digits in big, for the TypingError), NB_FOLD_NO when e is
** not such an expression (or CPython leaves it unfolded). */
typedef enum { NB_FOLD_NO, NB_FOLD_I64, NB_FOLD_BIG } NbIntFold;
NbIntFold nb_folded_int(const AstExpr *e, int64_t *v, char *big, size_t nbig);
/* The hidden local a list comprehension fills (lower.c). */
void nb_listcomp_name(const AstExpr *e, char *buf, size_t n);
/* list(iterable) as the comprehension [x for x in iterable], built on the
** stack (x a hidden local named after the call's position): typed and
** lowered as one. */
typedef struct NbListCall {
  AstExpr comp, target, elt;
  AstComprehension gen;
  AstComprehension *gens[1];
  char var[48];
} NbListCall;
void nb_list_call(AstExpr *call, NbListCall *lc);
/* f.inspect_types()'s text for f (typed): its source with each variable's
** type at the line binding it first. */
void nb_annotate(NbUnit *u, NbFunc *f, StrBuf *b);
/* Resolves a global name (or module attribute) of f to a type; the
** compile-time value is stored in *val when it is a frozen constant. */
NbTy nb_global(NbUnit *u, NbFunc *f, const char *name, Value *val);
/* The NbCtx.frozen index of global array v (nb_global recorded it), or -1. */
int nb_frozen_index(const NbUnit *u, Value v);
/* What a call of disp with these argument types reads for global array g:
** the copy its existing specialisation froze, as Numba calls that compiled
** code (the global may have changed since), else g (dispatch.c). */
Value nb_frozen_of(void *disp, int nargs, const NbTy *argtys, Value g);
NbTy nb_attr_of_module(NbUnit *u, NbTy mod, const char *attr, Value *val);
/* Typing error at a node: formats u->err (one sentence, File/line, caret)
** and returns NB_UNKNOWN, or longjmps when jmp is set. */
/* The spec of `raise exc` or of a failing `assert ..., msg` (exc NULL) for
** the raise_exc helper; false (an error recorded) if not constant. */
bool nb_raise_spec(NbUnit *u, NbFunc *f, const AstExpr *exc, const AstExpr *msg, StrBuf *spec);
void nb_error_at(NbUnit *u, NbFunc *f, AstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

void nb_unit_init(NbUnit *u, VM *vm);
void nb_unit_free(NbUnit *u);

/* lower.c: C text for every function of u, plus the entry wrapper
**   int64_t nbw_entry(void *ctx, void **args, void *ret)
** (arguments and result as described in dispatch.c). false + u->err. */
bool nb_lower_unit(NbUnit *u);

/* Runtime context every compiled function gets (dispatch.c fills it). The
** C text declares the same layout. */
typedef struct NbCtx {
  void *h[40];            /* helper functions, indexed by NBH_* */
  VM *vm;
  void *rng;              /* NpRandom *: Numba's own stream */
  void *rngfast;          /* the same, for draws inlined into compiled code; NULL in
                             prange chunks, whose draws go through the locked helper */
  void **osr;             /* tcc code: where the optimised build's nbw_resume appears
                             (NULL: no on-stack replacement for this call) */
  void *osrst;            /* nbw_entry → root function: the OSR state (lower.c) */
  void *fns;              /* tcc code: where the optimised build's nbw_fns appears
                             (void **volatile *; NULL: calls stay in tcc code) */
  int osrtest;            /* STREAK_NB_OSR=1: callees with OSR points move at them,
                             not at their entry (lower.c) */
  void **frozen;          /* NbUnit.frozen's arrays: a descriptor (nb_aN) each */
  char *stack_floor;      /* recursive functions raise RecursionError when their frame
                             is below it (the calling thread's stack, less a margin;
                             NULL in prange chunks, which run on other threads) */
  void *lists;            /* dispatch.c's NbListReg: the lists made during this call (not
                             read by compiled code, which declares the fields above only) */
  void *pyrng;            /* NpRandom *: Numba's stream for the stdlib's random.* (its
                             "py" state; read by the helpers only) */
} NbCtx;

#define NB_HELPERS(X)                                                         \
  X(raise_index)      /* (ctx) IndexError */                                  \
  X(raise_zerodiv)    /* (ctx, int which) ZeroDivisionError */                \
  X(arr_new)          /* (ctx, dtype, ndim, shape*, desc*, fill) */           \
  X(rand_double)      /* (ctx) → double */                                    \
  X(rand_seed)        /* (ctx, int64) */                                      \
  X(rand_gauss)       /* (ctx) → double */                                    \
  X(rand_randint)     /* (ctx, lo, hi) → int64 */                             \
  X(raise_value)      /* (ctx, const char *msg) ValueError */                 \
  X(print_begin)      /* (ctx) */                                             \
  X(print_i64)        /* (ctx, int64) */                                      \
  X(print_f64)        /* (ctx, double) */                                     \
  X(print_bool)       /* (ctx, int) */                                        \
  X(print_str)        /* (ctx, const char *) */                               \
  X(print_c128)       /* (ctx, double, double) */                             \
  X(print_end)        /* (ctx) */                                             \
  X(rand_uniform)     /* (ctx, lo, hi) → double */                            \
  X(rand_normal)      /* (ctx, loc, scale) → double */                        \
  X(arr_binop)        /* (ctx, op, a*, b*, out*) whole-array op */            \
  X(print_val)        /* (ctx, NbTy, const void *value): print it boxed */      \
  X(box_array)        /* (ctx, desc*, ndim) → NdArray * (a view if needed) */ \
  X(arr_assign)       /* (ctx, dstdesc*, ndim, kind, src*) dst[...] = src */  \
  X(rand_call)        /* (ctx, name, n, kinds*, vals**, outdt, outnd, out*) */\
  X(par_for)          /* (ctx, n, chunk fn, env*, red*, red_size, max) → chunks */\
  X(osr_moved)        /* (ctx) a call moves to the optimised build (-j stats) */   \
  X(raise_index_msg)  /* (ctx, const char *msg) IndexError(msg) */                \
  X(raise_exc)        /* (ctx, const char *spec) raise E(constants) (nb_raise_spec) */ \
  X(list_new)         /* (ctx, cap, itemsize) → nb_list * (a list in a GC object) */ \
  X(arr_part)         /* (ctx, desc*, ndim, imag, out desc*) z.real / z.imag: a float view */ \
  X(str_method)       /* (ctx, name, n, nb_str *self_args, nb_str *out) → int64 */ \
  X(rand_refill)      /* (ctx) the twist of rngfast's MT19937: 624 new words, mti 0 */ \
  X(pyrand_seed)      /* (ctx, int64) random.seed: init_genrand of the low 32 bits */ \
  X(pyrand_double)    /* (ctx) → double random.random() */ \
  X(pyrand_gauss)     /* (ctx, mu, sigma) → double random.gauss / normalvariate */ \
  X(pyrand_bits)      /* (ctx, int64 nbits) → uint64 random.getrandbits */ \
  X(pyrand_range)     /* (ctx, start, stop, step) → int64 random.randrange */ \
  X(pyrand_refill)    /* (ctx) the twist of pyrng's MT19937 (random.random() inlined) */ \
  X(try_push)         /* (ctx, VmCatch *) a try body's catch point (its jmp_buf first) */ \
  X(try_pop)          /* (ctx, VmCatch *) the body ended normally */ \
  X(try_catch)        /* (ctx, VmCatch *, int mode) after the longjmp: 0 an except block
                         runs (others than Exception's go on), 1 Numba's RERAISE error */ \
  X(np_ufunc)         /* (ctx, name, n, kinds*, vals**, loopdt, outdt, outnd, out*) numpy.<name>
                         on operands cast to loopdt (complex operands: ufuncs of Numba's loop) */

enum {
#define X(name) NBH_##name,
  NB_HELPERS(X)
#undef X
  NBH__COUNT
};

#endif
