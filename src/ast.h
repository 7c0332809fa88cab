/*
** ast.h — the abstract syntax tree produced by parse.c and consumed by the
** bytecode compiler.
**
** Shape
** -----
** The tree mirrors CPython 3.11's `ast` module (same node names, same field
** names, same meaning) so that `python3 -c "import ast; print(ast.dump(...))"`
** is the reference for what a construct parses to.  Two node families:
**
**   AstExpr  — expressions:  { AstExprKind kind; AstPos pos; union { ... } }
**   AstStmt  — statements:   { AstStmtKind kind; AstPos pos; union { ... } }
**
** and a few helper records (AstArguments, AstArg, AstKeyword,
** AstComprehension, AstExceptHandler, AstAlias, AstWithItem).  Each union
** member is named after the kind in lower case (`e->binop`, `s->if_`), so a
** walker is a `switch (e->kind)` over the X-macro lists below.
**
** Sequences are (pointer, count) pairs: AstExprList, AstStmtList, ... whose
** `items` array lives in the arena.  Counts are `int`; empty lists have
** items == NULL and len == 0.  Optional children are NULL when absent.
**
** Memory
** ------
** Every node, list, and string is allocated in one AstArena and freed only
** by ast_arena_free().  The tree does NOT point into the source buffer: all
** identifiers and string literals are copied (NUL-terminated) into the arena,
** so the caller may free the source as soon as parsing returns.  The source
** text itself is not kept: a traceback printer that wants to quote a line
** should keep the source buffer (or re-read the file, as CPython does).
**
** Positions
** ---------
** Every node carries AstPos: 1-based `line`, 0-based `col` counted in
** characters (code points, not bytes) from the start of the line, and the
** exclusive end position end_line/end_col.  CPython counts columns in UTF-8
** bytes; we count characters because the caret printer wants characters.
**
** Constants
** ---------
** AST_E_Constant carries an AstConst: None, True, False, Ellipsis, small
** ints (int64), big ints (digit text without prefix or '_', plus base, for
** the runtime's GMP conversion), floats (double, strtod on the cleaned text:
** correctly rounded), imaginary literals (`3j`: the double is the imaginary
** part, real part 0), and str (decoded UTF-8 bytes + byte length; may hold
** NUL; always NUL-terminated too).  Bytes literals are rejected by the parser.
** Negative numbers are UnaryOp(USub, Constant) exactly as in CPython.
**
** Strings and f-strings
** ---------------------
** Adjacent literals are concatenated.  If none of them is an f-string, the
** result is a single Constant(str).  If any is an f-string, the result is a
** JoinedStr whose `values` are Constant(str) and FormattedValue nodes in
** order; adjacent literal pieces are merged, empty ones dropped (so
** f"" is a JoinedStr with no values).  FormattedValue holds
** the expression, `conversion` (-1 for none, or 'r', 's', 'a') and
** `format_spec` (NULL when there is no ':', else a JoinedStr — possibly with
** no values, or with nested FormattedValues for `{x:{width}}`).  The
** self-documenting form f"{x = }" becomes Constant("x = ") followed by
** FormattedValue(x, conversion='r') — or conversion -1 when a format spec
** is given and no explicit conversion (CPython 3.11's rule).
**
** Functions and lambdas
** ---------------------
** AstArguments follows CPython: posonlyargs, args, vararg (NULL if none),
** kwonlyargs with kw_defaults aligned to it (NULL entry = no default),
** kwarg (NULL if none), and defaults for the LAST len(defaults) parameters
** of posonlyargs+args.  Annotations are parsed and kept (the compiler may
** ignore them).
**
** Comprehensions
** --------------
** ListComp/SetComp/GeneratorExp have `elt`; DictComp has key/value; all have
** `generators`, an ordered list of AstComprehension {target, iter, ifs},
** one per `for` clause, the leftmost first.
**
** Expression context
** ------------------
** Name, Attribute, Subscript, Starred, List and Tuple carry `ctx`
** (Load, Store, Del) like CPython; the parser sets Store/Del on targets
** recursively.
**
** Stability: node kinds and fields may be added; existing ones keep their
** meaning.
*/
#ifndef STREAK_AST_H
#define STREAK_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* Arena                                                                */
/* ------------------------------------------------------------------ */

typedef struct AstArena AstArena;

/* Returns NULL only when out of memory. */
AstArena *ast_arena_new(void);
void ast_arena_free(AstArena *arena);
/* Zeroed, 16-byte aligned memory that lives until ast_arena_free.  Returns
** NULL when out of memory (the parser turns that into a MemoryError-ish
** SyntaxErr). */
void *ast_alloc(AstArena *arena, size_t size);
/* Copy `len` bytes and append a NUL. */
char *ast_strndup(AstArena *arena, const char *s, size_t len);
/* Total bytes handed out (for tests and statistics). */
size_t ast_arena_used(const AstArena *arena);

/* ------------------------------------------------------------------ */
/* Operators — shared with the compiler.  X(Name, "symbol")             */
/* ------------------------------------------------------------------ */

#define AST_BINOPS(X)                                                  \
    X(Add, "+") X(Sub, "-") X(Mult, "*") X(MatMult, "@") X(Div, "/")   \
    X(FloorDiv, "//") X(Mod, "%") X(Pow, "**") X(LShift, "<<")         \
    X(RShift, ">>") X(BitOr, "|") X(BitXor, "^") X(BitAnd, "&")

#define AST_UNARYOPS(X) X(Invert, "~") X(Not, "not") X(UAdd, "+") X(USub, "-")

#define AST_CMPOPS(X)                                                  \
    X(Eq, "==") X(NotEq, "!=") X(Lt, "<") X(LtE, "<=") X(Gt, ">")      \
    X(GtE, ">=") X(Is, "is") X(IsNot, "is not") X(In, "in")            \
    X(NotIn, "not in")

#define AST_BOOLOPS(X) X(And, "and") X(Or, "or")

#define AST_ENUM_OP_(name, sym) AST_OP_##name,
typedef enum { AST_BINOPS(AST_ENUM_OP_) AST_BINOP_COUNT } AstBinOp;
#undef AST_ENUM_OP_
#define AST_ENUM_OP_(name, sym) AST_UOP_##name,
typedef enum { AST_UNARYOPS(AST_ENUM_OP_) AST_UNARYOP_COUNT } AstUnaryOp;
#undef AST_ENUM_OP_
#define AST_ENUM_OP_(name, sym) AST_CMP_##name,
typedef enum { AST_CMPOPS(AST_ENUM_OP_) AST_CMPOP_COUNT } AstCmpOp;
#undef AST_ENUM_OP_
#define AST_ENUM_OP_(name, sym) AST_BOOL_##name,
typedef enum { AST_BOOLOPS(AST_ENUM_OP_) AST_BOOLOP_COUNT } AstBoolOp;
#undef AST_ENUM_OP_

/* Names ("Add") and source symbols ("+") for printing. */
const char *ast_binop_name(AstBinOp op);
const char *ast_binop_symbol(AstBinOp op);
const char *ast_unaryop_name(AstUnaryOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_cmpop_symbol(AstCmpOp op);
const char *ast_boolop_name(AstBoolOp op);

typedef enum { AST_CTX_Load, AST_CTX_Store, AST_CTX_Del } AstCtx;

/* ------------------------------------------------------------------ */
/* Node kinds                                                           */
/* ------------------------------------------------------------------ */

/* X(Kind, union_member) */
#define AST_EXPR_KINDS(X)                                              \
    X(BoolOp, boolop)          /* a and b and c: one node, n values */ \
    X(NamedExpr, namedexpr)    /* target := value */                   \
    X(BinOp, binop)                                                    \
    X(UnaryOp, unaryop)                                                \
    X(Lambda, lambda)                                                  \
    X(IfExp, ifexp)            /* body if test else orelse */          \
    X(Dict, dict)              /* keys[i] NULL means **values[i] */     \
    X(Set, set)                                                        \
    X(ListComp, comp)                                                  \
    X(SetComp, comp)                                                   \
    X(DictComp, dictcomp)                                              \
    X(GeneratorExp, comp)                                              \
    X(Yield, yield)            /* value may be NULL */                 \
    X(YieldFrom, yield)                                                \
    X(Compare, compare)        /* left op0 c0 op1 c1 ... (chained) */  \
    X(Call, call)                                                      \
    X(FormattedValue, formatted)                                       \
    X(JoinedStr, joinedstr)                                            \
    X(Constant, constant)                                              \
    X(Attribute, attribute)                                            \
    X(Subscript, subscript)    /* slice is an expr: Slice, Tuple... */ \
    X(Starred, starred)                                                \
    X(Name, name)                                                      \
    X(List, seq)                                                       \
    X(Tuple, seq)                                                      \
    X(Slice, slice)            /* only directly inside a subscript */

#define AST_STMT_KINDS(X)                                              \
    X(FunctionDef, funcdef)                                            \
    X(ClassDef, classdef)                                              \
    X(Return, return_)         /* value may be NULL */                 \
    X(Delete, delete)                                                  \
    X(Assign, assign)          /* t1 = t2 = value: targets {t1,t2} */  \
    X(AugAssign, augassign)                                            \
    X(AnnAssign, annassign)    /* value may be NULL */                 \
    X(For, for_)                                                       \
    X(While, while_)                                                   \
    X(If, if_)                 /* elif is an If alone in orelse */     \
    X(With, with)                                                      \
    X(Raise, raise)                                                    \
    X(Try, try_)                                                       \
    X(Assert, assert_)                                                 \
    X(Import, import)                                                  \
    X(ImportFrom, importfrom)                                          \
    X(Global, names)                                                   \
    X(Nonlocal, names)                                                 \
    X(Expr, expr)              /* expression statement */              \
    X(Pass, none)                                                      \
    X(Break, none)                                                     \
    X(Continue, none)

#define AST_ENUM_KIND_(kind, member) AST_E_##kind,
typedef enum { AST_EXPR_KINDS(AST_ENUM_KIND_) AST_EXPR_KIND_COUNT } AstExprKind;
#undef AST_ENUM_KIND_
#define AST_ENUM_KIND_(kind, member) AST_S_##kind,
typedef enum { AST_STMT_KINDS(AST_ENUM_KIND_) AST_STMT_KIND_COUNT } AstStmtKind;
#undef AST_ENUM_KIND_

const char *ast_expr_kind_name(AstExprKind kind); /* "BinOp" */
const char *ast_stmt_kind_name(AstStmtKind kind); /* "If" */

/* ------------------------------------------------------------------ */
/* Common pieces                                                        */
/* ------------------------------------------------------------------ */

typedef struct AstPos {
    int line;     /* 1-based */
    int col;      /* 0-based, in characters */
    int end_line; /* 1-based */
    int end_col;  /* 0-based, exclusive, in characters */
} AstPos;

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstArguments AstArguments;

typedef struct { AstExpr **items; int len; } AstExprList;
typedef struct { AstStmt **items; int len; } AstStmtList;
typedef struct { AstArg **items; int len; } AstArgList;
typedef struct { AstKeyword **items; int len; } AstKeywordList;
typedef struct { AstComprehension **items; int len; } AstCompList;
typedef struct { AstExceptHandler **items; int len; } AstHandlerList;
typedef struct { AstAlias **items; int len; } AstAliasList;
typedef struct { AstWithItem **items; int len; } AstWithItemList;
typedef struct { const char **items; int len; } AstNameList;

/* ------------------------------------------------------------------ */
/* Constants                                                            */
/* ------------------------------------------------------------------ */

typedef enum {
    AST_CONST_None,
    AST_CONST_True,
    AST_CONST_False,
    AST_CONST_Ellipsis,
    AST_CONST_Int,     /* fits in int64: `i` */
    AST_CONST_BigInt,  /* does not fit: `big` */
    AST_CONST_Float,   /* `f` */
    AST_CONST_Imag,    /* `f` is the imaginary part: 3j -> complex(0, 3) */
    AST_CONST_Str,     /* `str` */
} AstConstKind;

typedef struct AstConst {
    AstConstKind kind;
    union {
        int64_t i;
        double f;
        struct {
            const char *digits; /* e.g. "ffffffffffffffffff", no prefix/'_' */
            int base;           /* 2, 8, 10 or 16 */
        } big;
        struct {
            const char *data; /* decoded UTF-8, NUL-terminated */
            size_t len;       /* bytes, excluding the terminator */
        } str;
    };
} AstConst;

/* ------------------------------------------------------------------ */
/* Helper records                                                       */
/* ------------------------------------------------------------------ */

struct AstArg {
    const char *name;
    AstExpr *annotation; /* NULL if none */
    AstPos pos;
};

struct AstArguments {
    AstArgList posonlyargs; /* before '/' */
    AstArgList args;
    AstArg *vararg;         /* *args, NULL if none */
    AstArgList kwonlyargs;
    AstExprList kw_defaults; /* same length as kwonlyargs; NULL = required */
    AstArg *kwarg;          /* **kwargs, NULL if none */
    AstExprList defaults;   /* for the last len params of posonly+args */
};

struct AstKeyword {
    const char *arg; /* NULL for **mapping */
    AstExpr *value;
    AstPos pos;
};

struct AstComprehension {
    AstExpr *target; /* ctx Store */
    AstExpr *iter;
    AstExprList ifs;
    bool is_async;   /* always false: async is not parsed */
};

struct AstExceptHandler {
    AstExpr *type;    /* NULL for bare `except:` */
    const char *name; /* `as name`, NULL if none */
    AstStmtList body;
    AstPos pos;
};

struct AstAlias {
    const char *name;   /* dotted: "os.path"; "*" for `from x import *` */
    const char *asname; /* NULL if none */
    AstPos pos;
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; /* `as target`, ctx Store, NULL if none */
};

/* ------------------------------------------------------------------ */
/* Expressions                                                          */
/* ------------------------------------------------------------------ */

struct AstExpr {
    AstExprKind kind;
    AstPos pos;
    union {
        struct { AstBoolOp op; AstExprList values; } boolop;     /* >= 2 values */
        struct { AstExpr *target; AstExpr *value; } namedexpr;  /* target: Name */
        struct { AstExpr *left; AstBinOp op; AstExpr *right; } binop;
        struct { AstUnaryOp op; AstExpr *operand; } unaryop;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } ifexp;
        struct { AstExprList keys; AstExprList values; } dict;
        struct { AstExprList elts; } set;
        /* ListComp, SetComp, GeneratorExp */
        struct { AstExpr *elt; AstCompList generators; } comp;
        struct { AstExpr *key; AstExpr *value; AstCompList generators; } dictcomp;
        struct { AstExpr *value; } yield; /* Yield (value may be NULL), YieldFrom */
        struct {
            AstExpr *left;
            int n;              /* number of operators == number of comparators */
            AstCmpOp *ops;
            AstExpr **comparators;
        } compare;
        struct {
            AstExpr *func;
            AstExprList args;        /* may contain Starred (for *x) */
            AstKeywordList keywords; /* name=value and **mapping */
        } call;
        struct {
            AstExpr *value;
            int conversion;          /* -1, 'r', 's' or 'a' */
            AstExpr *format_spec;    /* JoinedStr or NULL */
        } formatted;
        struct { AstExprList values; } joinedstr; /* Constant(str) / FormattedValue */
        AstConst constant;
        struct { AstExpr *value; const char *attr; AstCtx ctx; } attribute;
        struct { AstExpr *value; AstExpr *slice; AstCtx ctx; } subscript;
        struct { AstExpr *value; AstCtx ctx; } starred;
        struct { const char *id; AstCtx ctx; } name;
        struct { AstExprList elts; AstCtx ctx; } seq; /* List, Tuple */
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; } slice; /* each may be NULL */
    };
};

/* ------------------------------------------------------------------ */
/* Statements                                                           */
/* ------------------------------------------------------------------ */

struct AstStmt {
    AstStmtKind kind;
    AstPos pos;
    union {
        struct {
            const char *name;
            AstArguments *args;
            AstStmtList body;
            AstExprList decorator_list; /* outermost (top line) first */
            AstExpr *returns;           /* annotation, NULL if none */
        } funcdef;
        struct {
            const char *name;
            AstExprList bases;
            AstKeywordList keywords;
            AstStmtList body;
            AstExprList decorator_list;
        } classdef;
        struct { AstExpr *value; } return_;
        struct { AstExprList targets; } delete; /* ctx Del */
        struct { AstExprList targets; AstExpr *value; } assign; /* ctx Store */
        struct { AstExpr *target; AstBinOp op; AstExpr *value; } augassign;
        struct {
            AstExpr *target;
            AstExpr *annotation;
            AstExpr *value;  /* NULL for a bare `x: int` */
            bool simple;     /* target is a plain Name, not parenthesized */
        } annassign;
        struct { AstExpr *target; AstExpr *iter; AstStmtList body, orelse; } for_;
        struct { AstExpr *test; AstStmtList body, orelse; } while_;
        struct { AstExpr *test; AstStmtList body, orelse; } if_;
        struct { AstWithItemList items; AstStmtList body; } with;
        struct { AstExpr *exc; AstExpr *cause; } raise; /* both may be NULL */
        struct {
            AstStmtList body;
            AstHandlerList handlers;
            AstStmtList orelse;
            AstStmtList finalbody;
        } try_;
        struct { AstExpr *test; AstExpr *msg; } assert_;
        struct { AstAliasList names; } import;
        struct {
            const char *module; /* NULL for `from . import x` */
            AstAliasList names;
            int level;          /* number of leading dots */
        } importfrom;
        struct { AstNameList names; } names; /* Global, Nonlocal */
        struct {
            AstExpr *value;
            bool echo; /* PARSE_INTERACTIVE, top level: REPL prints repr */
        } expr;
    };
};

typedef struct AstModule {
    AstStmtList body;
    const char *filename; /* arena copy */
} AstModule;

/* ------------------------------------------------------------------ */
/* Debug dump                                                           */
/* ------------------------------------------------------------------ */

/* S-expression dump, one node per line with indentation, e.g.
**   (Module
**     (Assign @1:0-1:5 (Name x Store) (Constant 1)))
** `with_pos` adds the @line:col-end_line:end_col ranges. */
void ast_dump_module(const AstModule *mod, FILE *out, bool with_pos);
void ast_dump_expr(const AstExpr *e, FILE *out, bool with_pos);
void ast_dump_stmt(const AstStmt *s, FILE *out, bool with_pos);

#endif /* STREAK_AST_H */
