/*
** compile.c — AST to register bytecode.
**
**   AstModule ──scope pass──▶ Scope tree (every name: local / cell / free /
**             │               global; which locals inner functions capture)
**             └──codegen────▶ Code objects (one per def, lambda, genexp)
**
** Registers. A function's parameters come first, then its other locals
** (cells included: a captured local's register holds its Cell), then its
** free variables (copied from the closure at frame setup), then
** temporaries, allocated stack-wise (`freereg`), as in Lua's lcode.c.
** Expressions compile either into a given register (exp_to) or into
** whatever register already holds them (exp_any: a local's own register,
** no copy), and binary operators take "RK" operands so constants need no
** load.
**
** Comprehensions. List/set/dict comprehensions are inlined into the
** enclosing frame (CPython 3.12's PEP 709 semantics, which print the same
** as 3.11 for everything streak supports): their variables live in fresh
** registers, invisible outside. Generator expressions are real nested
** generator functions taking the first iterator as their argument.
**
** try/finally. The finally body is compiled once per way out (normal exit,
** exception, and each break/continue/return that crosses it), as CPython
** 3.11 does. Exception handling uses a table of pc ranges (func.h ExcEntry);
** the code inlined for a way out is cut out of the ranges it leaves
** ("pausing" a region) so that an exception inside a finally body does not
** run the same finally body again.
**
** Jumps not yet resolved are chained through their own target fields
** (Lua's patch lists), so nothing is allocated for them.
**
** Errors. A SyntaxError is thrown with vm_throw from anywhere in here; the
** whole compilation runs under vm_protect, which frees the compiler's
** malloc'd state before the error propagates.
*/
#include "compile.h"
#include "fuse.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "parse.h"
#include "set.h"
#include "str.h"
#include "util.h"
#include "vm.h"

#define NO_JUMP BC_MAXB

/* ======================================================================
** Scopes
** ==================================================================== */

typedef enum { SC_MODULE, SC_FUNCTION, SC_BLOCK } ScopeKind;

enum {
  SYM_BOUND = 1,    /* assigned, defined, imported, deleted, loop target */
  SYM_PARAM = 2,
  SYM_GLOBAL = 4,   /* `global` declaration */
  SYM_NONLOCAL = 8, /* `nonlocal` declaration */
  SYM_USED = 16,
  SYM_FREE = 32,    /* resolved: comes from an enclosing function's cell */
  SYM_CAPTURED = 64, /* a local that an inner function captures: a cell */
  SYM_WALRUS = 128,  /* the target of an `x := v`: may change mid-expression */
  SYM_ANNOT = 256,   /* the target of a simple annotated assignment `x: int` */
  SYM_OWNED = 512    /* a local that holds what `x = f(...)` made and never lets it
                        out: its generator is closed when the frame drops it (see
                        owned_locals) */
};

typedef struct Sym {
  const char *name;
  unsigned flags;
  int reg; /* codegen: its register (locals, cells, free variables) */
  int line;
  int nuse, nkeep; /* occurrences; those that cannot let the value out (owned_locals) */
} Sym;

typedef struct Scope {
  ScopeKind kind;
  struct Scope *parent;
  const void *node; /* AstStmt FunctionDef, AstExpr Lambda/GeneratorExp/comp; NULL: module */
  VEC(Sym) syms;
  bool generator;
  bool is_genexp;
  bool reads_locals; /* names locals() or vars(): every local may be seen */
  const char *name; /* "f", "<lambda>", "<genexpr>", "<listcomp>" */
  char *qualname;
  int in_comp_iter; /* scope pass: inside a comprehension's iterable (no `:=` there) */
} Scope;

/* ======================================================================
** Compiler state
** ==================================================================== */

typedef enum { FB_LOOP, FB_TRY, FB_FINALLY, FB_HANDLER } FBKind;

/* A block the code is lexically inside, for break/continue/return: loops,
** try bodies, finally bodies waiting to run, except handlers. Lives on the
** C stack; linked innermost first. */
typedef struct FBlock {
  FBKind kind;
  struct FBlock *prev;
  int region;                     /* exception-table region it opened, or -1 */
  /* FB_LOOP */
  int breaks, continues;          /* patch lists */
  bool is_for;
  int close_reg;                  /* a for loop over a call's result: its iterator
                                  ** register, ITERCLOSE'd on the way out; else -1 */
  /* FB_FINALLY: the finally body, or (NULL) a with statement's __exit__
  ** bound method, in register exit_reg */
  const AstStmtList *finalbody;
  int exit_reg;
  /* FB_HANDLER */
  int saved;                      /* register holding the previously handled exception */
} FBlock;

typedef struct Region {
  uint32_t start;
  bool active;
  int reg, depth;
  uint32_t handler;
} Region;

typedef struct RegionSeg { uint32_t start, end; int region; } RegionSeg;

typedef struct FuncState {
  struct FuncState *prev;
  Scope *scope;     /* the function/module scope */
  Scope *cur;       /* innermost scope being compiled (a block inside a comprehension) */
  VEC(Instr) code;
  VEC(LineRun) lines;
  VEC(Value) consts;
  VEC(Str *) regnames;
  VEC(Region) regions;
  VEC(RegionSeg) segs;
  VEC(CompRange) comps; /* inlined comprehensions, for tracebacks */
  VEC(IterLoop) iterloops; /* for loops over a call's result, outer before inner */
  int freereg, maxreg;
  int nlocals;      /* registers below this are named variables */
  int nloops;
  VEC(uint32_t) looplive; /* [nloops]: registers live at each loop's header */
  int ngcache;      /* GETGLOBAL cache slots */
  int line;
  int region_depth;
  FBlock *fb;
  int lasttarget;   /* pc of the last jump target (no peephole across it) */
} FuncState;

typedef struct Compiler {
  VM *vm;
  const char *filename;
  Str *filename_str;
  const char *src;
  size_t srclen;
  bool echo;
  VEC(Scope *) scopes;
  Scope *cur;       /* scope pass: current scope */
  FuncState *fs;
  Code *result;
  const AstModule *mod;
  bool nofuse;      /* compiling the ordinary code of a fused expression */
  const char *numpy[4]; /* the names `import numpy [as x]` binds (none: no fusion) */
  int n_numpy;
} Compiler;

/* ======================================================================
** Errors
** ==================================================================== */

/* The text of source line `line` (1-based) copied into a Str, or NULL. */
static Str *source_line(Compiler *C, int line) {
  if (!C->src || line < 1) return NULL;
  const char *p = C->src, *end = C->src + C->srclen;
  for (int l = 1; l < line && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return NULL;
    p = nl + 1;
  }
  const char *e = p;
  while (e < end && *e != '\n' && *e != '\r') e++;
  return as_str(str_new(C->vm, p, (size_t)(e - p)));
}

static _Noreturn void raise_syntax_at(VM *vm, Type *type, const char *msg, Str *filename,
                                      int line, int col, Str *text) {
  Value exc = exc_new(vm, type, msg);
  ExcObj *x = (ExcObj *)exc.as.o;
  x->syn_filename = filename;
  x->syn_line = line;
  x->syn_col = col;
  x->syn_text = text;
  vm_throw(vm, exc);
}

static _Noreturn void __attribute__((format(printf, 3, 4)))
syntax_error(Compiler *C, const AstPos *pos, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int line = pos ? pos->line : 0;
  int col = pos ? pos->col : 0; /* 0-based, as error.c draws the caret */
  raise_syntax_at(C->vm, &EXC_SyntaxError, msg, C->filename_str, line, col, source_line(C, line));
}

_Noreturn void compile_raise_syntax(VM *vm, const SyntaxErr *err) {
  Type *t = &EXC_SyntaxError;
  if (err->kind && strcmp(err->kind, "IndentationError") == 0) t = &EXC_IndentationError;
  else if (err->kind && strcmp(err->kind, "TabError") == 0) t = &EXC_TabError;
  Str *fn = str_intern_c(vm, err->filename);
  Str *text = err->line > 0 ? as_str(str_from_cstr(vm, err->text)) : NULL;
  raise_syntax_at(vm, t, err->msg, fn, err->line, err->line > 0 ? err->col : 0, text);
}

/* ---- compile-time SyntaxWarnings --------------------------------------
** CPython's compiler warns of code that is sure to fail or misbehave (`x is
** 1`, `(1, 2)(3)`, `assert (x, "msg")`), printing as the warnings module
** does: "file:line: SyntaxWarning: msg" and the line, stripped. It warns
** each time the code is compiled, so a finally body's copies each warn, as
** here. It sees the AST after constant folding: `-1` and `(1, 2)` are
** constants, which lit_type and lit_folds mirror. */

static void __attribute__((format(printf, 3, 4)))
syntax_warning(Compiler *C, int line, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (C->vm->out) fflush(C->vm->out);
  fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", C->filename_str->data, line, msg);
  Str *text = source_line(C, line);
  if (text) {
    const char *p = text->data, *e = text->data + text->nbytes;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\f' || e[-1] == '\r')) e--;
    if (e > p) fprintf(stderr, "  %.*s\n", (int)(e - p), p);
  }
  fflush(stderr);
}

/* The type name of a constant, or of what a unary operator folds it to. */
static const char *const_type(const AstExpr *e) {
  if (e->kind == AST_E_Constant) {
    switch (e->constant.kind) {
    case AST_CONST_None: return "NoneType";
    case AST_CONST_True: case AST_CONST_False: return "bool";
    case AST_CONST_Ellipsis: return "ellipsis";
    case AST_CONST_Int: case AST_CONST_BigInt: return "int";
    case AST_CONST_Float: return "float";
    case AST_CONST_Imag: return "complex";
    case AST_CONST_Str: return "str";
    }
    return NULL;
  }
  if (e->kind == AST_E_UnaryOp) { /* folded when CPython's optimizer can */
    const char *t = const_type(e->unaryop.operand);
    if (!t) return NULL;
    bool intlike = !strcmp(t, "int") || !strcmp(t, "bool");
    switch (e->unaryop.op) {
    case AST_UOP_Not: return "bool";
    case AST_UOP_Invert: return intlike ? "int" : NULL;
    default:
      if (intlike) return "int";
      return !strcmp(t, "float") || !strcmp(t, "complex") ? t : NULL;
    }
  }
  if (e->kind == AST_E_Tuple) {
    for (int i = 0; i < e->seq.elts.len; i++)
      if (!const_type(e->seq.elts.items[i])) return NULL;
    return "tuple";
  }
  return NULL;
}

/* CPython's infer_type: the type of a literal or display, else NULL. */
static const char *lit_type(const AstExpr *e) {
  switch (e->kind) {
  case AST_E_Tuple: return "tuple";
  case AST_E_List: case AST_E_ListComp: return "list";
  case AST_E_Dict: case AST_E_DictComp: return "dict";
  case AST_E_Set: case AST_E_SetComp: return "set";
  case AST_E_GeneratorExp: return "generator";
  case AST_E_Lambda: return "function";
  case AST_E_JoinedStr: case AST_E_FormattedValue: return "str";
  default: return const_type(e);
  }
}

static bool is_singleton_const(const char *t) {
  return !strcmp(t, "NoneType") || !strcmp(t, "bool") || !strcmp(t, "ellipsis");
}

/* `a is 1`, `a is not ()`: the first such operator of a comparison. */
static void warn_compare(Compiler *C, const AstExpr *e) {
  const AstExpr *left = e->compare.left;
  for (int i = 0; i < e->compare.n; i++) {
    const AstExpr *right = e->compare.comparators[i];
    AstCmpOp op = e->compare.ops[i];
    if (op == AST_CMP_Is || op == AST_CMP_IsNot) {
      const char *l = const_type(left), *r = const_type(right);
      if ((l && !is_singleton_const(l)) || (r && !is_singleton_const(r))) {
        syntax_warning(C, e->pos.line, op == AST_CMP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
    }
    left = right;
  }
}

/* `(1, 2)(3)`: a literal called. */
static void warn_caller(Compiler *C, const AstExpr *e) {
  const AstExpr *f = e->call.func;
  if (f->kind == AST_E_Lambda) return; /* not among CPython's check_caller kinds */
  const char *t = lit_type(f);
  if (t) syntax_warning(C, e->pos.line, "'%s' object is not callable; perhaps you missed a comma?", t);
}

/* `5[0]`, `[1, 2]['a']`: a literal that cannot be subscripted, or by that. */
static void warn_subscript(Compiler *C, const AstExpr *e) {
  const AstExpr *v = e->subscript.value, *k = e->subscript.slice;
  const char *vt = lit_type(v);
  if (vt && (v->kind == AST_E_Set || v->kind == AST_E_SetComp || v->kind == AST_E_GeneratorExp ||
             v->kind == AST_E_Lambda ||
             ((v->kind == AST_E_Constant || v->kind == AST_E_UnaryOp) &&
              (is_singleton_const(vt) || !strcmp(vt, "int") || !strcmp(vt, "float") || !strcmp(vt, "complex"))))) {
    syntax_warning(C, e->pos.line, "'%s' object is not subscriptable; perhaps you missed a comma?", vt);
    return;
  }
  const char *kt = lit_type(k);
  if (!kt || !strcmp(kt, "int") || !strcmp(kt, "bool")) return;
  bool seq = v->kind == AST_E_Tuple || v->kind == AST_E_List || v->kind == AST_E_ListComp ||
             v->kind == AST_E_JoinedStr || v->kind == AST_E_FormattedValue ||
             (v->kind == AST_E_Constant && v->constant.kind == AST_CONST_Str);
  if (seq)
    syntax_warning(C, e->pos.line, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", vt, kt);
}

static _Noreturn void unsupported(Compiler *C, const AstPos *pos, const char *what) {
  syntax_error(C, pos, "streak: %s not supported", what);
}

/* ======================================================================
** Scope pass
** ==================================================================== */

static Scope *scope_new(Compiler *C, ScopeKind kind, Scope *parent, const void *node,
                        const char *name) {
  Scope *s = util_xmalloc(sizeof *s);
  memset(s, 0, sizeof *s);
  s->kind = kind;
  s->parent = parent;
  s->node = node;
  s->name = name;
  /* qualname, as CPython: nested in a function-like scope → parent.<locals>.name */
  if (kind == SC_MODULE) {
    s->qualname = util_xstrdup("<module>");
  } else if (!parent || parent->kind == SC_MODULE) {
    s->qualname = util_xstrdup(name);
  } else {
    size_t n = strlen(parent->qualname) + strlen(name) + 12;
    s->qualname = util_xmalloc(n);
    snprintf(s->qualname, n, "%s.<locals>.%s", parent->qualname, name);
  }
  vec_push(C->scopes, s);
  return s;
}

static Scope *scope_of(Compiler *C, const void *node) {
  for (size_t i = 0; i < C->scopes.n; i++)
    if (C->scopes.items[i]->node == node) return C->scopes.items[i];
  return NULL;
}

static Sym *sym_find(Scope *s, const char *name) {
  for (size_t i = 0; i < s->syms.n; i++)
    if (strcmp(s->syms.items[i].name, name) == 0) return &s->syms.items[i];
  return NULL;
}

static Sym *sym_add(Scope *s, const char *name, unsigned flags, int line) {
  Sym *y = sym_find(s, name);
  if (!y) {
    Sym n = {name, 0, -1, line, 0, 0};
    vec_push(s->syms, n);
    y = &s->syms.items[s->syms.n - 1];
  }
  y->flags |= flags;
  y->nuse++;
  return y;
}

static void st_expr(Compiler *C, const AstExpr *e);
static void st_stmts(Compiler *C, const AstStmtList *l);

static void st_exprs(Compiler *C, const AstExprList *l) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i]) st_expr(C, l->items[i]);
}

/* __debug__ is a constant in CPython: no binding may name it. */
static void st_check_debug(Compiler *C, const char *name, const AstPos *pos) {
  if (!strcmp(name, "__debug__")) syntax_error(C, pos, "cannot assign to __debug__");
}

static void st_bind(Compiler *C, const char *name, const AstPos *pos) {
  st_check_debug(C, name, pos);
  sym_add(C->cur, name, SYM_BOUND, pos->line);
}

static void st_use(Compiler *C, const char *name, int line) {
  sym_add(C->cur, name, SYM_USED, line);
  if (!strcmp(name, "locals") || !strcmp(name, "vars")) C->cur->reads_locals = true;
}

/* The occurrence of `name` just recorded cannot let its value out of the
** frame (owned_locals): `x = f(...)`, `for v in x`, `next(x)`, `x.send(v)`,
** `x.close()`, `x.throw(e)`, `del x`. */
static void st_keep(Compiler *C, const char *name) {
  Sym *y = sym_find(C->cur, name);
  if (y) y->nkeep++;
}

/* Does this call only step or close its argument (next(x), x.send(v))? */
static const char *call_keeps(const AstExpr *e) {
  const AstExpr *f = e->call.func;
  if (f->kind == AST_E_Name && !strcmp(f->name.id, "next") && e->call.keywords.len == 0 &&
      (e->call.args.len == 1 || e->call.args.len == 2) && e->call.args.items[0]->kind == AST_E_Name)
    return e->call.args.items[0]->name.id;
  if (f->kind == AST_E_Attribute && f->attribute.value->kind == AST_E_Name &&
      (!strcmp(f->attribute.attr, "send") || !strcmp(f->attribute.attr, "close") ||
       !strcmp(f->attribute.attr, "throw")))
    return f->attribute.value->name.id;
  return NULL;
}

/* Binds every Name in an assignment target. */
static void st_target(Compiler *C, const AstExpr *t) {
  switch (t->kind) {
  case AST_E_Name: st_bind(C, t->name.id, &t->pos); break;
  case AST_E_Tuple:
  case AST_E_List:
    for (int i = 0; i < t->seq.elts.len; i++) st_target(C, t->seq.elts.items[i]);
    break;
  case AST_E_Starred: st_target(C, t->starred.value); break;
  case AST_E_Attribute: st_expr(C, t->attribute.value); break;
  case AST_E_Subscript:
    st_expr(C, t->subscript.value);
    st_expr(C, t->subscript.slice);
    break;
  default: break; /* codegen reports "cannot assign to …" */
  }
}

static void st_args(Compiler *C, const AstArguments *a, Scope *fn) {
  /* defaults are evaluated in the enclosing scope */
  st_exprs(C, &a->defaults);
  st_exprs(C, &a->kw_defaults);
  const AstArgList *lists[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
  for (int l = 0; l < 3; l++)
    for (int i = 0; i < lists[l]->len; i++) {
      const AstArg *arg = lists[l]->items[i];
      Sym *y = sym_find(fn, arg->name);
      if (y && (y->flags & SYM_PARAM)) {
        C->cur = fn;
        syntax_error(C, &arg->pos, "duplicate argument '%s' in function definition", arg->name);
      }
      st_check_debug(C, arg->name, &arg->pos);
      sym_add(fn, arg->name, SYM_PARAM | SYM_BOUND, arg->pos.line);
    }
  const AstArg *va[] = {a->vararg, a->kwarg};
  for (int i = 0; i < 2; i++)
    if (va[i]) {
      Sym *y = sym_find(fn, va[i]->name);
      if (y && (y->flags & SYM_PARAM))
        syntax_error(C, &va[i]->pos, "duplicate argument '%s' in function definition", va[i]->name);
      st_check_debug(C, va[i]->name, &va[i]->pos);
      sym_add(fn, va[i]->name, SYM_PARAM | SYM_BOUND, va[i]->pos.line);
    }
}

/* Comprehension scopes: the first iterable belongs to the enclosing scope. */
static void st_comp(Compiler *C, const AstExpr *e, const AstCompList *gens, const AstExpr *elt,
                    const AstExpr *val) {
  C->cur->in_comp_iter++;
  st_expr(C, gens->items[0]->iter);
  C->cur->in_comp_iter--;
  Scope *outer = C->cur;
  bool genexp = e->kind == AST_E_GeneratorExp;
  const char *name = genexp ? "<genexpr>"
                     : e->kind == AST_E_ListComp ? "<listcomp>"
                     : e->kind == AST_E_SetComp  ? "<setcomp>"
                                                 : "<dictcomp>";
  Scope *s = scope_new(C, genexp ? SC_FUNCTION : SC_BLOCK, outer, e, name);
  if (genexp) {
    s->generator = true;
    s->is_genexp = true;
    sym_add(s, ".0", SYM_PARAM | SYM_BOUND, e->pos.line);
  }
  C->cur = s;
  for (int i = 0; i < gens->len; i++) {
    const AstComprehension *g = gens->items[i];
    if (i > 0) {
      s->in_comp_iter++;
      st_expr(C, g->iter);
      s->in_comp_iter--;
    }
    st_target(C, g->target);
    st_exprs(C, &g->ifs);
  }
  if (elt) st_expr(C, elt);
  if (val) st_expr(C, val);
  C->cur = outer;
}

static bool is_comp_scope(const Scope *s) {
  return (s->kind == SC_BLOCK && s->node) || s->is_genexp;
}

/* `x := v` binds x in the nearest scope that is not a comprehension (PEP
** 572): comprehension blocks resolve it there by themselves; a generator
** expression on the way declares it nonlocal, or global when that scope is
** the module. It may not rebind a comprehension's own loop variable. */
static void st_named(Compiler *C, const AstExpr *e) {
  st_expr(C, e->namedexpr.value);
  const AstExpr *t = e->namedexpr.target;
  const char *name = t->name.id;
  st_check_debug(C, name, &t->pos);
  if (C->cur->in_comp_iter)
    syntax_error(C, &e->pos, "assignment expression cannot be used in a comprehension iterable expression");
  Scope *home = C->cur;
  for (; is_comp_scope(home); home = home->parent) {
    Sym *y = sym_find(home, name);
    if (y && (y->flags & SYM_BOUND))
      syntax_error(C, &t->pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
  }
  for (Scope *g = C->cur; g != home; g = g->parent)
    if (g->kind == SC_FUNCTION)
      sym_add(g, name, home->kind == SC_MODULE ? SYM_GLOBAL : SYM_NONLOCAL, t->pos.line);
  sym_add(home, name, SYM_BOUND | SYM_WALRUS, t->pos.line);
}

static void st_expr(Compiler *C, const AstExpr *e) {
  switch (e->kind) {
  case AST_E_BoolOp: st_exprs(C, &e->boolop.values); break;
  case AST_E_NamedExpr: st_named(C, e); break;
  case AST_E_BinOp:
    st_expr(C, e->binop.left);
    st_expr(C, e->binop.right);
    break;
  case AST_E_UnaryOp: st_expr(C, e->unaryop.operand); break;
  case AST_E_Lambda: {
    Scope *outer = C->cur;
    Scope *s = scope_new(C, SC_FUNCTION, outer, e, "<lambda>");
    s->in_comp_iter = outer->in_comp_iter; /* CPython refuses `:=` there too */
    st_args(C, e->lambda.args, s);
    C->cur = s;
    st_expr(C, e->lambda.body);
    C->cur = outer;
    break;
  }
  case AST_E_IfExp:
    st_expr(C, e->ifexp.test);
    st_expr(C, e->ifexp.body);
    st_expr(C, e->ifexp.orelse);
    break;
  case AST_E_Dict:
    st_exprs(C, &e->dict.keys);
    st_exprs(C, &e->dict.values);
    break;
  case AST_E_Set: st_exprs(C, &e->set.elts); break;
  case AST_E_ListComp:
  case AST_E_SetComp:
  case AST_E_GeneratorExp: st_comp(C, e, &e->comp.generators, e->comp.elt, NULL); break;
  case AST_E_DictComp:
    st_comp(C, e, &e->dictcomp.generators, e->dictcomp.key, e->dictcomp.value);
    break;
  case AST_E_Yield:
  case AST_E_YieldFrom: {
    Scope *s = C->cur;
    if (s->kind == SC_BLOCK) syntax_error(C, &e->pos, "'yield' inside list comprehension");
    if (s->kind == SC_MODULE) syntax_error(C, &e->pos, "'yield' outside function");
    if (s->is_genexp) syntax_error(C, &e->pos, "'yield' inside generator expression");
    s->generator = true;
    if (e->yield.value) st_expr(C, e->yield.value);
    break;
  }
  case AST_E_Compare:
    st_expr(C, e->compare.left);
    for (int i = 0; i < e->compare.n; i++) st_expr(C, e->compare.comparators[i]);
    break;
  case AST_E_Call: {
    st_expr(C, e->call.func);
    st_exprs(C, &e->call.args);
    for (int i = 0; i < e->call.keywords.len; i++) st_expr(C, e->call.keywords.items[i]->value);
    const char *kept = call_keeps(e);
    if (kept) st_keep(C, kept);
    break;
  }
  case AST_E_FormattedValue:
    st_expr(C, e->formatted.value);
    if (e->formatted.format_spec) st_expr(C, e->formatted.format_spec);
    break;
  case AST_E_JoinedStr: st_exprs(C, &e->joinedstr.values); break;
  case AST_E_Constant: break;
  case AST_E_Attribute: st_expr(C, e->attribute.value); break;
  case AST_E_Subscript:
    st_expr(C, e->subscript.value);
    st_expr(C, e->subscript.slice);
    break;
  case AST_E_Starred: st_expr(C, e->starred.value); break;
  case AST_E_Name:
    if (e->name.ctx == AST_CTX_Load) st_use(C, e->name.id, e->pos.line);
    else st_bind(C, e->name.id, &e->pos);
    break;
  case AST_E_List:
  case AST_E_Tuple: st_exprs(C, &e->seq.elts); break;
  case AST_E_Slice:
    if (e->slice.lower) st_expr(C, e->slice.lower);
    if (e->slice.upper) st_expr(C, e->slice.upper);
    if (e->slice.step) st_expr(C, e->slice.step);
    break;
  default: break;
  }
}

static void st_decl(Compiler *C, const AstStmt *s, bool global) {
  Scope *sc = C->cur;
  for (int i = 0; i < s->names.names.len; i++) {
    const char *n = s->names.names.items[i];
    Sym *y = sym_find(sc, n);
    const char *kw = global ? "global" : "nonlocal";
    if (!global && sc->kind == SC_MODULE)
      syntax_error(C, &s->pos, "nonlocal declaration not allowed at module level");
    if (y) {
      if (y->flags & SYM_PARAM) syntax_error(C, &s->pos, "name '%s' is parameter and %s", n, kw);
      if (global && (y->flags & SYM_NONLOCAL))
        syntax_error(C, &s->pos, "name '%s' is nonlocal and global", n);
      if (!global && (y->flags & SYM_GLOBAL))
        syntax_error(C, &s->pos, "name '%s' is nonlocal and global", n);
      /* CPython's symtable tries these in this order. */
      if (y->flags & SYM_USED)
        syntax_error(C, &s->pos, "name '%s' is used prior to %s declaration", n, kw);
      if (y->flags & SYM_ANNOT) syntax_error(C, &s->pos, "annotated name '%s' can't be %s", n, kw);
      if (y->flags & SYM_BOUND)
        syntax_error(C, &s->pos, "name '%s' is assigned to before %s declaration", n, kw);
    }
    y = sym_add(sc, n, global ? SYM_GLOBAL : SYM_NONLOCAL, s->pos.line);
  }
}

static void st_stmt(Compiler *C, const AstStmt *s) {
  switch (s->kind) {
  case AST_S_FunctionDef: {
    st_exprs(C, &s->funcdef.decorator_list);
    Scope *outer = C->cur;
    Scope *fn = scope_new(C, SC_FUNCTION, outer, s, s->funcdef.name);
    st_args(C, s->funcdef.args, fn);
    st_bind(C, s->funcdef.name, &s->pos);
    C->cur = fn;
    st_stmts(C, &s->funcdef.body);
    C->cur = outer;
    break;
  }
  case AST_S_ClassDef: unsupported(C, &s->pos, "'class' statements are");
  case AST_S_Return:
    if (s->return_.value) st_expr(C, s->return_.value);
    break;
  case AST_S_Delete:
    for (int i = 0; i < s->delete.targets.len; i++) {
      const AstExpr *t = s->delete.targets.items[i];
      if (t->kind == AST_E_Name && !strcmp(t->name.id, "__debug__"))
        syntax_error(C, &t->pos, "cannot delete __debug__");
      st_target(C, t);
      if (t->kind == AST_E_Name) st_keep(C, t->name.id);
    }
    break;
  case AST_S_Assign:
    st_expr(C, s->assign.value);
    for (int i = 0; i < s->assign.targets.len; i++) st_target(C, s->assign.targets.items[i]);
    if (s->assign.targets.len == 1 && s->assign.targets.items[0]->kind == AST_E_Name &&
        s->assign.value->kind == AST_E_Call)
      st_keep(C, s->assign.targets.items[0]->name.id);
    break;
  case AST_S_AugAssign:
    st_expr(C, s->augassign.value);
    if (s->augassign.target->kind == AST_E_Name) st_use(C, s->augassign.target->name.id, s->pos.line);
    st_target(C, s->augassign.target);
    break;
  case AST_S_AnnAssign:
    if (s->annassign.simple && s->annassign.target->kind == AST_E_Name) {
      const char *n = s->annassign.target->name.id;
      Sym *y = sym_find(C->cur, n);
      if (y && (y->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && C->cur->kind != SC_MODULE)
        syntax_error(C, &s->pos, "annotated name '%s' can't be %s", n,
                     y->flags & SYM_GLOBAL ? "global" : "nonlocal");
    }
    if (s->annassign.value) st_expr(C, s->annassign.value);
    st_target(C, s->annassign.target);
    if (s->annassign.simple && s->annassign.target->kind == AST_E_Name)
      sym_add(C->cur, s->annassign.target->name.id, SYM_ANNOT, s->pos.line);
    break;
  case AST_S_For:
    st_expr(C, s->for_.iter);
    if (s->for_.iter->kind == AST_E_Name) st_keep(C, s->for_.iter->name.id);
    st_target(C, s->for_.target);
    st_stmts(C, &s->for_.body);
    st_stmts(C, &s->for_.orelse);
    break;
  case AST_S_While:
    st_expr(C, s->while_.test);
    st_stmts(C, &s->while_.body);
    st_stmts(C, &s->while_.orelse);
    break;
  case AST_S_If:
    st_expr(C, s->if_.test);
    st_stmts(C, &s->if_.body);
    st_stmts(C, &s->if_.orelse);
    break;
  case AST_S_With:
    for (int i = 0; i < s->with.items.len; i++) {
      const AstWithItem *it = s->with.items.items[i];
      st_expr(C, it->context_expr);
      if (it->optional_vars) st_target(C, it->optional_vars);
    }
    st_stmts(C, &s->with.body);
    break;
  case AST_S_Raise:
    if (s->raise.exc) st_expr(C, s->raise.exc);
    if (s->raise.cause) st_expr(C, s->raise.cause);
    break;
  case AST_S_Try:
    st_stmts(C, &s->try_.body);
    for (int i = 0; i < s->try_.handlers.len; i++) {
      const AstExceptHandler *h = s->try_.handlers.items[i];
      if (h->type) st_expr(C, h->type);
      if (h->name) st_bind(C, h->name, &h->pos);
      st_stmts(C, &h->body);
    }
    st_stmts(C, &s->try_.orelse);
    st_stmts(C, &s->try_.finalbody);
    break;
  case AST_S_Assert:
    st_expr(C, s->assert_.test);
    if (s->assert_.msg) st_expr(C, s->assert_.msg);
    break;
  case AST_S_Import:
    for (int i = 0; i < s->import.names.len; i++) {
      const AstAlias *a = s->import.names.items[i];
      if (!strcmp(a->name, "numpy") && C->n_numpy < (int)(sizeof C->numpy / sizeof C->numpy[0]))
        C->numpy[C->n_numpy++] = a->asname ? a->asname : a->name; /* fusion's callees */
      if (a->asname) {
        st_bind(C, a->asname, &s->pos);
      } else {
        /* `import a.b` binds the top-level package `a`; the interned
        ** copy of the name lives as long as the VM */
        const char *dot = strchr(a->name, '.');
        const char *first = a->name;
        if (dot) first = str_intern(C->vm, a->name, (size_t)(dot - a->name))->data;
        st_bind(C, first, &s->pos);
      }
    }
    break;
  case AST_S_ImportFrom:
    for (int i = 0; i < s->importfrom.names.len; i++) {
      const AstAlias *a = s->importfrom.names.items[i];
      if (strcmp(a->name, "*") == 0) {
        if (C->cur->kind != SC_MODULE)
          syntax_error(C, &s->pos, "import * only allowed at module level");
        continue;
      }
      st_bind(C, a->asname ? a->asname : a->name, &s->pos);
    }
    break;
  case AST_S_Global: st_decl(C, s, true); break;
  case AST_S_Nonlocal: st_decl(C, s, false); break;
  case AST_S_Expr: st_expr(C, s->expr.value); break;
  case AST_S_Pass:
  case AST_S_Break:
  case AST_S_Continue: break;
  default: break;
  }
}

static void st_stmts(Compiler *C, const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) st_stmt(C, l->items[i]);
}

/*
** Can code running in scope p's frame supply a cell for `name`? Marks the
** defining local as captured, and makes intermediate functions pass it
** through as a free variable of their own.
*/
static bool st_provides(Scope *p, const char *name) {
  for (; p; p = p->parent) {
    if (p->kind == SC_MODULE) return false;
    Sym *y = sym_find(p, name);
    if (p->kind == SC_BLOCK) {
      if (y && (y->flags & SYM_BOUND)) {
        y->flags |= SYM_CAPTURED;
        return true;
      }
      continue;
    }
    if (y) {
      if (y->flags & SYM_GLOBAL) return false;
      if (y->flags & SYM_NONLOCAL) return true; /* free in p, checked on its own */
      if (y->flags & SYM_FREE) return true;
      if (y->flags & (SYM_BOUND | SYM_PARAM)) {
        y->flags |= SYM_CAPTURED;
        return true;
      }
    }
    if (st_provides(p->parent, name)) {
      y = sym_add(p, name, SYM_FREE, 0);
      return true;
    }
    return false;
  }
  return false;
}

static void st_analyze(Compiler *C) {
  /* scopes were created parents first */
  for (size_t k = 0; k < C->scopes.n; k++) {
    Scope *s = C->scopes.items[k];
    if (s->kind != SC_FUNCTION) continue;
    for (size_t i = 0; i < s->syms.n; i++) {
      Sym *y = &s->syms.items[i];
      unsigned f = y->flags;
      if (f & SYM_GLOBAL) continue;
      if (f & SYM_NONLOCAL) {
        if (!st_provides(s->parent, y->name)) {
          AstPos pos = {y->line, 0, y->line, 0};
          C->cur = s;
          syntax_error(C, &pos, "no binding for nonlocal '%s' found", y->name);
        }
        s->syms.items[i].flags |= SYM_FREE;
        continue;
      }
      if (f & (SYM_BOUND | SYM_PARAM)) continue;
      if (f & SYM_FREE) continue;
      if (st_provides(s->parent, y->name)) s->syms.items[i].flags |= SYM_FREE;
    }
  }
  /* uses inside comprehension blocks that are free in an enclosing function */
  for (size_t k = 0; k < C->scopes.n; k++) {
    Scope *s = C->scopes.items[k];
    if (s->kind != SC_BLOCK || !s->node) continue;
    for (size_t i = 0; i < s->syms.n; i++) {
      Sym *y = &s->syms.items[i];
      if (y->flags & SYM_BOUND) continue;
      /* find the enclosing function; make sure the name is known there */
      Scope *p = s->parent;
      while (p->kind == SC_BLOCK) {
        Sym *b = sym_find(p, y->name);
        if (b && (b->flags & SYM_BOUND)) break;
        p = p->parent;
      }
      if (p->kind != SC_FUNCTION) continue;
      Sym *f = sym_find(p, y->name);
      if (f) continue;
      if (st_provides(p->parent, y->name)) sym_add(p, y->name, SYM_FREE, y->line);
    }
  }
}

/* ======================================================================
** Code emission
** ==================================================================== */

static int emit(Compiler *C, Instr i) {
  FuncState *fs = C->fs;
  if (fs->code.n >= BC_MAXB - 1) {
    AstPos pos = {fs->line, 0, fs->line, 0};
    syntax_error(C, &pos, "streak: function too large");
  }
  vec_push(fs->code, i);
  uint32_t pc = (uint32_t)fs->code.n - 1;
  if (fs->lines.n == 0 || fs->lines.items[fs->lines.n - 1].line != fs->line) {
    if (fs->lines.n && fs->lines.items[fs->lines.n - 1].pc == pc) {
      fs->lines.items[fs->lines.n - 1].line = fs->line;
    } else {
      LineRun r = {pc, fs->line};
      vec_push(fs->lines, r);
    }
  }
  return (int)pc;
}

static int emitABC(Compiler *C, OpCode op, int a, int b, int c) {
  return emit(C, bc_make(op, (uint32_t)a, (uint32_t)b, (uint32_t)c));
}

static int pc_here(Compiler *C) {
  C->fs->lasttarget = (int)C->fs->code.n;
  return (int)C->fs->code.n;
}

/* ---- jumps and patch lists ---- */

static int jump_target(Compiler *C, int pc) {
  uint32_t t = bc_b(C->fs->code.items[pc]);
  return t == NO_JUMP ? -1 : (int)t;
}

static void set_target(Compiler *C, int pc, int target) {
  C->fs->code.items[pc] = bc_set_b(C->fs->code.items[pc], (uint32_t)target);
}

/* Appends jump `pc` (its target field unset) to list `*l`. */
static void jl_add(Compiler *C, int *l, int pc) {
  if (pc < 0) return;
  if (*l < 0) {
    set_target(C, pc, NO_JUMP);
    *l = pc;
    return;
  }
  int p = *l;
  for (;;) {
    int next = jump_target(C, p);
    if (next < 0) break;
    p = next;
  }
  set_target(C, pc, NO_JUMP);
  set_target(C, p, pc);
}

static void jl_patch(Compiler *C, int l, int target) {
  while (l >= 0) {
    int next = jump_target(C, l);
    set_target(C, l, target);
    l = next;
  }
}

static void jl_here(Compiler *C, int l) { jl_patch(C, l, pc_here(C)); }

static int emit_jump(Compiler *C, OpCode op, int a) {
  return emitABC(C, op, a, NO_JUMP, 0);
}

/* ---- registers ---- */

static int reg_alloc(Compiler *C, int n) {
  FuncState *fs = C->fs;
  int r = fs->freereg;
  fs->freereg += n;
  if (fs->freereg > BC_MAXA) {
    AstPos pos = {fs->line, 0, fs->line, 0};
    syntax_error(C, &pos, "streak: too many registers needed in one function");
  }
  if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
  return r;
}

static bool is_temp(Compiler *C, int r) { return r >= C->fs->nlocals; }

/* ---- constants ---- */

static bool const_same(Value a, Value b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
  case V_NONE: return true;
  case V_BOOL:
  case V_INT: return a.as.i == b.as.i;
  case V_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  case V_OBJ:
    if (a.as.o == b.as.o) return true;
    return false;
  default: return false;
  }
}

static int add_const(Compiler *C, Value v) {
  FuncState *fs = C->fs;
  if (v.tag != V_OBJ || is_str(v)) {
    size_t lim = fs->consts.n < 512 ? 0 : fs->consts.n - 512; /* bounded search */
    for (size_t i = fs->consts.n; i > lim; i--)
      if (const_same(fs->consts.items[i - 1], v)) return (int)i - 1;
  }
  vec_push(fs->consts, v);
  if (fs->consts.n > BC_MAXB) {
    AstPos pos = {fs->line, 0, fs->line, 0};
    syntax_error(C, &pos, "streak: too many constants in one function");
  }
  return (int)fs->consts.n - 1;
}

static int name_const(Compiler *C, const char *name) {
  return add_const(C, v_obj(str_intern_c(C->vm, name)));
}

/* The constant value of a literal expression (folding unary minus). */
static bool const_value(Compiler *C, const AstExpr *e, Value *out) {
  if (e->kind == AST_E_Constant) {
    const AstConst *k = &e->constant;
    switch (k->kind) {
    case AST_CONST_None: *out = v_none(); return true;
    case AST_CONST_True: *out = v_bool(true); return true;
    case AST_CONST_False: *out = v_bool(false); return true;
    case AST_CONST_Int: *out = v_int(k->i); return true;
    case AST_CONST_BigInt: *out = int_from_literal(C->vm, k->big.digits, k->big.base); return true;
    case AST_CONST_Float: *out = v_float(k->f); return true;
    case AST_CONST_Imag: *out = complex_new(C->vm, 0.0, k->f); return true;
    case AST_CONST_Str: *out = v_obj(str_intern(C->vm, k->str.data, k->str.len)); return true;
    case AST_CONST_Ellipsis: return false;
    }
    return false;
  }
  if (e->kind == AST_E_UnaryOp && e->unaryop.op == AST_UOP_USub &&
      e->unaryop.operand->kind == AST_E_Constant) {
    const AstConst *k = &e->unaryop.operand->constant;
    if (k->kind == AST_CONST_Int && k->i != INT64_MIN) {
      *out = v_int(-k->i);
      return true;
    }
    if (k->kind == AST_CONST_Float) {
      *out = v_float(-k->f);
      return true;
    }
  }
  return false;
}

/* ---- CPython's AST constant folding (Python/ast_opt.c), for displays ---- */

enum { FOLD_MAX_INT_BITS = 128 }; /* ast_opt.c's MAX_INT_SIZE */
_Static_assert((int)AST_OP_Add == (int)BINOP_ADD && (int)AST_OP_Pow == (int)BINOP_POW &&
                   (int)AST_OP_BitAnd == (int)BINOP_AND,
               "fold_const maps AstBinOp to BinOp by value");

/* _PyLong_NumBits of an int constant (bools are ints), or -1. */
static int64_t fold_int_bits(Value v) {
  if (v.tag == V_INT || v.tag == V_BOOL) {
    uint64_t m = v.as.i < 0 ? -(uint64_t)v.as.i : (uint64_t)v.as.i;
    return m ? 64 - __builtin_clzll(m) : 0;
  }
  if (!is_bigint(v)) return -1;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  int64_t bits = (int64_t)mpz_sizeinbase(z, 2);
  mpz_clear(z);
  return bits;
}

/* safe_multiply/safe_power/safe_lshift/safe_mod: operations whose constant
** result would be too big (or that format strings) are left unfolded. */
static bool fold_binop_safe(AstBinOp op, Value a, Value b) {
  int64_t abits = fold_int_bits(a), bbits = fold_int_bits(b);
  bool ints = abits >= 0 && bbits >= 0, nonzero = abits > 0 && bbits > 0;
  switch (op) {
  case AST_OP_MatMult: return false;
  case AST_OP_Mult:
    if (ints && nonzero) return abits + bbits <= FOLD_MAX_INT_BITS;
    return !is_str(a) && !is_str(b) && !is_tuple(a) && !is_tuple(b); /* sizes: not needed here */
  case AST_OP_Pow:
    if (ints && nonzero && int_sign(b) > 0) {
      int64_t e;
      if (!int_fits_i64(b, &e)) return false;
      return abits <= FOLD_MAX_INT_BITS / e;
    }
    return true;
  case AST_OP_LShift:
    if (ints && nonzero) {
      int64_t w;
      if (!int_fits_i64(b, &w) || w < 0) return false;
      return w <= FOLD_MAX_INT_BITS && abits <= FOLD_MAX_INT_BITS - w;
    }
    return true;
  case AST_OP_Mod: return !is_str(a);
  default: return true;
  }
}

typedef struct FoldOp {
  bool unary;
  int op; /* BinOp, or UnOp (-1: not) */
  Value a, b, result;
} FoldOp;

static void fold_apply(VM *vm, void *ud) {
  FoldOp *f = ud;
  if (!f->unary) f->result = v_binop(vm, (BinOp)f->op, f->a, f->b);
  else if (f->op < 0) f->result = v_bool(!v_truthy(vm, f->a));
  else f->result = v_unop(vm, (UnOp)f->op, f->a);
}

/* The value CPython's AST optimizer folds e into, if it does: literals,
** unary and binary operators on folded constants (unless they raise or
** hit the size limits above) and tuples of them. The set display below
** needs it: whether CPython sees a constant decides its iteration order. */
static bool fold_const(Compiler *C, const AstExpr *e, Value *out) {
  if (const_value(C, e, out)) return true;
  FoldOp f = {false, 0, v_none(), v_none(), v_none()};
  switch (e->kind) {
  case AST_E_Tuple: {
    const AstExprList *el = &e->seq.elts;
    if (el->len > 64) return false;
    Value items[64];
    for (int i = 0; i < el->len; i++)
      if (el->items[i]->kind == AST_E_Starred || !fold_const(C, el->items[i], &items[i])) return false;
    *out = tuple_from(C->vm, items, el->len);
    return true;
  }
  case AST_E_UnaryOp: {
    static const int unops[] = {[AST_UOP_Invert] = UNOP_INVERT, [AST_UOP_Not] = -1,
                                [AST_UOP_UAdd] = UNOP_POS, [AST_UOP_USub] = UNOP_NEG};
    if (!fold_const(C, e->unaryop.operand, &f.a)) return false;
    f.unary = true;
    f.op = unops[e->unaryop.op];
    break;
  }
  case AST_E_BinOp:
    if (!fold_const(C, e->binop.left, &f.a) || !fold_const(C, e->binop.right, &f.b) ||
        !fold_binop_safe(e->binop.op, f.a, f.b))
      return false;
    f.op = (int)e->binop.op; /* AstBinOp and BinOp list the operators in one order */
    break;
  default: return false;
  }
  if (!vm_protect(C->vm, fold_apply, &f)) {
    C->vm->exc = v_none(); /* CPython leaves an operation that raises unfolded */
    return false;
  }
  *out = f.result;
  return true;
}

/* ======================================================================
** Name resolution at codegen time
** ==================================================================== */

typedef enum { NK_LOCAL, NK_CELL, NK_GLOBAL } NameKind;
/* walrus: a local that an `x := v` assigns, so an expression must read a
** copy of it rather than its register (`x + (x := 5)` adds the old x). */
typedef struct NameRef { NameKind kind; int reg; bool walrus; } NameRef;

static NameRef resolve(Compiler *C, const char *name) {
  NameRef r = {NK_GLOBAL, -1, false};
  Scope *s = C->fs->cur;
  for (; s && s->kind == SC_BLOCK; s = s->parent) {
    Sym *y = sym_find(s, name);
    if (y && (y->flags & SYM_BOUND)) {
      r.kind = (y->flags & SYM_CAPTURED) ? NK_CELL : NK_LOCAL;
      r.reg = y->reg;
      return r;
    }
  }
  if (!s || s->kind == SC_MODULE) return r;
  Sym *y = sym_find(s, name);
  if (!y || (y->flags & SYM_GLOBAL)) return r;
  if (y->flags & SYM_FREE) {
    r.kind = NK_CELL;
    r.reg = y->reg;
    return r;
  }
  if (y->flags & (SYM_BOUND | SYM_PARAM)) {
    r.kind = (y->flags & SYM_CAPTURED) ? NK_CELL : NK_LOCAL;
    r.reg = y->reg;
    r.walrus = (y->flags & SYM_WALRUS) != 0;
    return r;
  }
  return r;
}

/* ======================================================================
** Expressions
** ==================================================================== */

static void exp_to(Compiler *C, const AstExpr *e, int dst);
static int exp_any(Compiler *C, const AstExpr *e);
static void stmts(Compiler *C, const AstStmtList *l);
static void stmt(Compiler *C, const AstStmt *s);
static void store(Compiler *C, const AstExpr *t, int src);
static void store_name(Compiler *C, const char *name, int src);
static Code *compile_function(Compiler *C, Scope *s, const AstArguments *args,
                              const AstStmtList *body, const AstExpr *lambda_body,
                              const AstExpr *comp, int line);

/* An RK operand: a constant index with BC_KBIT, or a register. */
static uint32_t exp_rk(Compiler *C, const AstExpr *e) {
  Value v;
  if (const_value(C, e, &v)) {
    int k = add_const(C, v);
    if (k <= (int)BC_MAXRK) return (uint32_t)k | BC_KBIT;
  }
  return (uint32_t)exp_any(C, e);
}

static int exp_any(Compiler *C, const AstExpr *e) {
  if (e->kind == AST_E_Name && e->name.ctx == AST_CTX_Load) {
    NameRef r = resolve(C, e->name.id);
    if (r.kind == NK_LOCAL && !r.walrus) return r.reg;
  }
  int r = reg_alloc(C, 1);
  exp_to(C, e, r);
  C->fs->freereg = r + 1;
  return r;
}

static void load_name(Compiler *C, const char *name, int dst) {
  NameRef r = resolve(C, name);
  switch (r.kind) {
  case NK_LOCAL:
    if (r.reg != dst) emitABC(C, OP_MOVE, dst, r.reg, 0);
    else emitABC(C, OP_MOVE, dst, r.reg, 0); /* still checks that it is bound */
    break;
  case NK_CELL: emitABC(C, OP_GETDEREF, dst, r.reg, 0); break;
  case NK_GLOBAL: emitABC(C, OP_GETGLOBAL, dst, name_const(C, name), C->fs->ngcache++); break;
  }
}

static void load_const(Compiler *C, Value v, int dst) {
  if (v.tag == V_NONE) emitABC(C, OP_LOADNONE, dst, 0, 0);
  else if (v.tag == V_BOOL) emitABC(C, OP_LOADBOOL, dst, (int)v.as.i, 0);
  else if (v.tag == V_INT && v.as.i >= -(int64_t)BC_IMM_BIAS && v.as.i < (int64_t)BC_IMM_BIAS)
    emitABC(C, OP_LOADI, dst, (int)(v.as.i + BC_IMM_BIAS), 0);
  else emitABC(C, OP_LOADK, dst, add_const(C, v), 0);
}

/* Compiles items into consecutive fresh registers; returns the first. */
static int exp_list(Compiler *C, const AstExprList *l) {
  int base = C->fs->freereg;
  for (int i = 0; i < l->len; i++) {
    int r = reg_alloc(C, 1);
    exp_to(C, l->items[i], r);
    C->fs->freereg = r + 1;
  }
  return base;
}

static bool has_starred(const AstExprList *l) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i]->kind == AST_E_Starred) return true;
  return false;
}

/* list/tuple/set display into dst; kind: OP_BUILDLIST, OP_BUILDTUPLE, OP_BUILDSET */
static void display_ex(Compiler *C, const AstExprList *elts, OpCode kind, int dst, bool call_args);

static void display(Compiler *C, const AstExprList *elts, OpCode kind, int dst) {
  display_ex(C, elts, kind, dst, false);
}

/* call_args: the positional arguments of a call, built just above the
** callee's register; when they are just *a, a LISTEXTEND of a non-iterable
** names the callee (its C = 1) as CPython's CALL_FUNCTION_EX does. */
static void display_ex(Compiler *C, const AstExprList *elts, OpCode kind, int dst, bool call_args) {
  int save = C->fs->freereg;
  if (kind == OP_BUILDSET && elts->len > 2 && !has_starred(elts)) {
    /* CPython builds a constant set display by updating an empty set from
    ** a frozenset constant; the iteration order follows from that. */
    Value vals[64] = {{0}};
    int n = 0;
    for (; n < elts->len && n < 64; n++) {
      if (!fold_const(C, elts->items[n], &vals[n])) break;
      if (vals[n].tag == V_OBJ && !is_str(vals[n]) && !is_bigint(vals[n]) && !is_complex(vals[n]) &&
          !is_tuple(vals[n]))
        break;
    }
    if (n == elts->len) {
      Value fz = set_from_iterable(C->vm, &TYPE_FROZENSET, tuple_from(C->vm, vals, n));
      /* CPython's constant merging rebuilds it from its own order */
      int64_t pos = 0;
      int m = 0;
      Value key;
      while (m < n && set_next((Set *)fz.as.o, &pos, &key)) vals[m++] = key;
      fz = set_from_iterable(C->vm, &TYPE_FROZENSET, tuple_from(C->vm, vals, m));
      int t = reg_alloc(C, 1);
      emitABC(C, OP_BUILDSET, dst, 0, 0);
      emitABC(C, OP_LOADK, t, add_const(C, fz), 0);
      emitABC(C, OP_SETUPDATE, dst, t, 0);
      C->fs->freereg = save;
      return;
    }
  }
  if (!has_starred(elts) && elts->len <= 64) {
    int base = exp_list(C, elts);
    emitABC(C, kind, dst, base, elts->len);
    C->fs->freereg = save;
    return;
  }
  bool set = kind == OP_BUILDSET;
  int acc = dst;
  if (kind == OP_BUILDTUPLE || is_temp(C, dst) == false) acc = reg_alloc(C, 1);
  emitABC(C, set ? OP_BUILDSET : OP_BUILDLIST, acc, 0, 0);
  for (int i = 0; i < elts->len; i++) {
    const AstExpr *x = elts->items[i];
    int s2 = C->fs->freereg;
    if (x->kind == AST_E_Starred) {
      int r = exp_any(C, x->starred.value);
      emitABC(C, set ? OP_SETUPDATE : OP_LISTEXTEND, acc, r, call_args && acc == dst && elts->len == 1);
    } else {
      int r = exp_any(C, x);
      emitABC(C, set ? OP_SETADD : OP_LISTAPPEND, acc, r, 0);
    }
    C->fs->freereg = s2;
  }
  if (kind == OP_BUILDTUPLE) emitABC(C, OP_LISTTOTUPLE, dst, acc, 0);
  else if (acc != dst) emitABC(C, OP_MOVE, dst, acc, 0);
  C->fs->freereg = save;
}

static void dict_display(Compiler *C, const AstExpr *e, int dst) {
  int save = C->fs->freereg;
  int n = e->dict.keys.len;
  bool spread = false;
  for (int i = 0; i < n; i++)
    if (!e->dict.keys.items[i]) spread = true;
  if (!spread && n <= 32) {
    int base = C->fs->freereg;
    for (int i = 0; i < n; i++) {
      int r = reg_alloc(C, 2);
      exp_to(C, e->dict.keys.items[i], r);
      exp_to(C, e->dict.values.items[i], r + 1);
    }
    emitABC(C, OP_BUILDDICT, dst, base, n);
    C->fs->freereg = save;
    return;
  }
  int acc = is_temp(C, dst) ? dst : reg_alloc(C, 1);
  emitABC(C, OP_BUILDDICT, acc, 0, 0);
  for (int i = 0; i < n; i++) {
    int s2 = C->fs->freereg;
    if (!e->dict.keys.items[i]) {
      int r = exp_any(C, e->dict.values.items[i]);
      emitABC(C, OP_DICTUPDATE, acc, r, 0);
    } else {
      int k = reg_alloc(C, 2);
      exp_to(C, e->dict.keys.items[i], k);
      exp_to(C, e->dict.values.items[i], k + 1);
      emitABC(C, OP_DICTSET, acc, k, k + 1);
    }
    C->fs->freereg = s2;
  }
  if (acc != dst) emitABC(C, OP_MOVE, dst, acc, 0);
  C->fs->freereg = save;
}

static OpCode cmp_opcode(AstCmpOp op);

/* Conditional jumps: adds to *l a jump taken when truth(e) == cond. */
static void jump_if(Compiler *C, const AstExpr *e, bool cond, int *l) {
  int save = C->fs->freereg;
  switch (e->kind) {
  case AST_E_UnaryOp:
    if (e->unaryop.op == AST_UOP_Not) {
      jump_if(C, e->unaryop.operand, !cond, l);
      return;
    }
    break;
  case AST_E_BoolOp: {
    bool is_and = e->boolop.op == AST_BOOL_And;
    int n = e->boolop.values.len;
    if (is_and != cond) {
      /* and/false or or/true: any operand decides */
      for (int i = 0; i < n; i++) jump_if(C, e->boolop.values.items[i], cond, l);
    } else {
      int skip = -1;
      for (int i = 0; i < n - 1; i++) jump_if(C, e->boolop.values.items[i], !cond, &skip);
      jump_if(C, e->boolop.values.items[n - 1], cond, l);
      jl_here(C, skip);
    }
    return;
  }
  case AST_E_Constant: {
    Value v;
    if (e->constant.kind == AST_CONST_True || e->constant.kind == AST_CONST_False ||
        e->constant.kind == AST_CONST_None) {
      (void)const_value(C, e, &v);
      bool t = v.tag == V_BOOL && v.as.i;
      if (t == cond) jl_add(C, l, emit_jump(C, OP_JMP, 0));
      return;
    }
    if (e->constant.kind == AST_CONST_Int) {
      if ((e->constant.i != 0) == cond) jl_add(C, l, emit_jump(C, OP_JMP, 0));
      return;
    }
    break;
  }
  default: break;
  }
  if (e->kind == AST_E_Compare && e->compare.n == 1) {
    OpCode op = cmp_opcode(e->compare.ops[0]);
    if (op >= OP_LT && op <= OP_GE) {
      /* fused compare and branch; the target lives in the EXTRA word */
      uint32_t a = exp_rk(C, e->compare.left);
      uint32_t b = exp_rk(C, e->compare.comparators[0]);
      int saveline = C->fs->line;
      C->fs->line = e->pos.line;
      emitABC(C, (OpCode)(OP_JLT + (op - OP_LT)), cond ? 1 : 0, (int)a, (int)b);
      jl_add(C, l, emit_jump(C, OP_EXTRA, 0));
      C->fs->line = saveline;
      C->fs->freereg = save;
      return;
    }
  }
  int r = exp_any(C, e);
  int saveline = C->fs->line;
  C->fs->line = e->pos.line;
  jl_add(C, l, emit_jump(C, cond ? OP_JMPIF : OP_JMPIFNOT, r));
  C->fs->line = saveline;
  C->fs->freereg = save;
}

static OpCode cmp_opcode(AstCmpOp op) {
  switch (op) {
  case AST_CMP_Eq: return OP_EQ;
  case AST_CMP_NotEq: return OP_NE;
  case AST_CMP_Lt: return OP_LT;
  case AST_CMP_LtE: return OP_LE;
  case AST_CMP_Gt: return OP_GT;
  case AST_CMP_GtE: return OP_GE;
  case AST_CMP_Is: return OP_IS;
  case AST_CMP_IsNot: return OP_ISNOT;
  case AST_CMP_In: return OP_IN;
  case AST_CMP_NotIn: return OP_NOTIN;
  default: return OP_EQ;
  }
}

static OpCode binop_opcode(AstBinOp op, bool inplace) {
  static const BinOp map[] = {
      [AST_OP_Add] = BINOP_ADD,       [AST_OP_Sub] = BINOP_SUB,      [AST_OP_Mult] = BINOP_MUL,
      [AST_OP_MatMult] = BINOP_MATMUL, [AST_OP_Div] = BINOP_TRUEDIV, [AST_OP_FloorDiv] = BINOP_FLOORDIV,
      [AST_OP_Mod] = BINOP_MOD,       [AST_OP_Pow] = BINOP_POW,      [AST_OP_LShift] = BINOP_LSHIFT,
      [AST_OP_RShift] = BINOP_RSHIFT, [AST_OP_BitOr] = BINOP_OR,     [AST_OP_BitXor] = BINOP_XOR,
      [AST_OP_BitAnd] = BINOP_AND,
  };
  return (OpCode)((inplace ? OP_IADD : OP_ADD) + map[op]);
}

/* The right operand of `in`: a tuple or list display of constants is one
** tuple constant, and a set display of numbers and strs one frozenset
** constant, as CPython makes them, instead of a container built for every
** test (and a trace compares with the items it knows). */
static uint32_t in_operand_rk(Compiler *C, const AstExpr *e) {
  if (e->kind == AST_E_List || e->kind == AST_E_Tuple || e->kind == AST_E_Set) {
    const AstExprList *el = &e->seq.elts;
    Value items[64], t;
    int i = 0;
    for (; i < el->len && i < 64; i++) {
      if (el->items[i]->kind == AST_E_Starred || !fold_const(C, el->items[i], &items[i])) break;
      Value v = items[i];
      if (e->kind == AST_E_Set && v.tag != V_INT && v.tag != V_FLOAT && v.tag != V_BOOL && !is_str(v)) break;
    }
    if (i == el->len) {
      t = tuple_from(C->vm, items, el->len);
      if (e->kind == AST_E_Set) t = set_from_iterable(C->vm, &TYPE_FROZENSET, t);
      int k = add_const(C, t);
      if (k <= (int)BC_MAXRK) return (uint32_t)k | BC_KBIT;
    }
  }
  return exp_rk(C, e);
}

static void compare(Compiler *C, const AstExpr *e, int dst) {
  warn_compare(C, e);
  int save = C->fs->freereg;
  int n = e->compare.n;
  if (n == 1) {
    AstCmpOp op = e->compare.ops[0];
    uint32_t a = exp_rk(C, e->compare.left);
    uint32_t b = op == AST_CMP_In || op == AST_CMP_NotIn ? in_operand_rk(C, e->compare.comparators[0])
                                                         : exp_rk(C, e->compare.comparators[0]);
    C->fs->line = e->pos.line;
    emitABC(C, cmp_opcode(e->compare.ops[0]), dst, (int)a, (int)b);
    C->fs->freereg = save;
    return;
  }
  /* chained: a < b < c evaluates b once; stops at the first false */
  int end = -1;
  uint32_t a = exp_rk(C, e->compare.left);
  for (int i = 0; i < n; i++) {
    uint32_t b;
    if (i < n - 1) {
      int r = reg_alloc(C, 1);
      exp_to(C, e->compare.comparators[i], r);
      b = (uint32_t)r;
    } else {
      b = exp_rk(C, e->compare.comparators[i]);
    }
    C->fs->line = e->pos.line;
    emitABC(C, cmp_opcode(e->compare.ops[i]), dst, (int)a, (int)b);
    if (i < n - 1) jl_add(C, &end, emit_jump(C, OP_JMPIFNOT, dst));
    a = b;
  }
  jl_here(C, end);
  C->fs->freereg = save;
}

/* Keyword-name tuple constant for a call. */
static int kwnames_const(Compiler *C, const AstKeywordList *kws) {
  Tuple *t = tuple_new(C->vm, kws->len);
  for (int i = 0; i < kws->len; i++) t->items[i] = v_obj(str_intern_c(C->vm, kws->items[i]->arg));
  vec_push(C->fs->consts, v_obj(t));
  return (int)C->fs->consts.n - 1;
}

static void call(Compiler *C, const AstExpr *e, int dst) {
  warn_caller(C, e);
  FuncState *fs = C->fs;
  int save = fs->freereg;
  const AstExprList *args = &e->call.args;
  const AstKeywordList *kws = &e->call.keywords;
  bool ex = has_starred(args);
  for (int i = 0; i < kws->len; i++) {
    if (!kws->items[i]->arg) ex = true;
    for (int j = 0; j < i; j++)
      if (kws->items[i]->arg && kws->items[j]->arg && strcmp(kws->items[i]->arg, kws->items[j]->arg) == 0)
        syntax_error(C, &kws->items[i]->pos, "keyword argument repeated: %s", kws->items[i]->arg);
  }
  int base = (is_temp(C, dst) && dst == fs->freereg - 1) ? dst : reg_alloc(C, 1);
  if (ex) {
    exp_to(C, e->call.func, base);
    int pa = reg_alloc(C, 2);
    /* positional: a list (CALLEX accepts list or tuple) */
    display_ex(C, args, OP_BUILDLIST, pa, true);
    int has_kw = kws->len > 0;
    if (has_kw) {
      /* DICTUPDATE with C = 1 merges f(**d) keywords (duplicates raise);
      ** a name after the first ** goes through a one-item dict for that */
      emitABC(C, OP_BUILDDICT, pa + 1, 0, 0);
      bool after_star = false;
      for (int i = 0; i < kws->len; i++) {
        int s2 = fs->freereg;
        const AstKeyword *k = kws->items[i];
        if (!k->arg) {
          int r = exp_any(C, k->value);
          emitABC(C, OP_DICTUPDATE, pa + 1, r, 1);
          after_star = true;
        } else {
          int one = after_star ? reg_alloc(C, 1) : pa + 1;
          if (after_star) emitABC(C, OP_BUILDDICT, one, 0, 0);
          int kr = reg_alloc(C, 2);
          emitABC(C, OP_LOADK, kr, name_const(C, k->arg), 0);
          exp_to(C, k->value, kr + 1);
          emitABC(C, OP_DICTSET, one, kr, kr + 1);
          if (after_star) emitABC(C, OP_DICTUPDATE, pa + 1, one, 1);
        }
        fs->freereg = s2;
      }
    }
    fs->line = e->pos.line;
    emitABC(C, OP_CALLEX, base, has_kw, 0);
  } else {
    int nargs = args->len + kws->len;
    OpCode op = OP_CALL;
    const AstExpr *fn = e->call.func;
    if (fn->kind == AST_E_Attribute) {
      /* obj.m(args): no bound-method object */
      reg_alloc(C, 1);
      int s2 = fs->freereg;
      int obj = exp_any(C, fn->attribute.value);
      fs->line = fn->pos.line;
      emitABC(C, OP_LOADMETH, base, obj, name_const(C, fn->attribute.attr));
      fs->freereg = s2;
      op = OP_CALLMETH;
    } else {
      exp_to(C, fn, base);
    }
    for (int i = 0; i < args->len; i++) {
      int r = reg_alloc(C, 1);
      exp_to(C, args->items[i], r);
      fs->freereg = r + 1;
    }
    for (int i = 0; i < kws->len; i++) {
      int r = reg_alloc(C, 1);
      exp_to(C, kws->items[i]->value, r);
      fs->freereg = r + 1;
    }
    int kc = kws->len ? kwnames_const(C, kws) + 1 : 0;
    fs->line = e->pos.line;
    emitABC(C, op, base, nargs, kc);
  }
  if (dst != base) emitABC(C, OP_MOVE, dst, base, 0);
  fs->freereg = save;
}

/* The value (and spec) of an f-string's {…} into registers r, r+1; its
** flags (FSTR_*, which FORMAT's C shares). */
static int formatted_operands(Compiler *C, const AstExpr *e, int r) {
  exp_to(C, e->formatted.value, r);
  int flags = e->formatted.conversion == 'r' ? 1 : e->formatted.conversion == 's' ? 2 : e->formatted.conversion == 'a' ? 3 : 0;
  if (e->formatted.format_spec) {
    C->fs->freereg = r + 2;
    exp_to(C, e->formatted.format_spec, r + 1);
    flags |= FSTR_SPEC;
  }
  C->fs->line = e->pos.line;
  return flags;
}

/* An f-string: one {…} alone is a FORMAT; several pieces are one FSTR,
** which formats each into one buffer (no string per piece). */
static void joined_str(Compiler *C, const AstExpr *e, int dst) {
  const AstExprList *vals = &e->joinedstr.values;
  if (vals->len == 0) {
    emitABC(C, OP_LOADK, dst, add_const(C, v_obj(str_intern(C->vm, "", 0))), 0);
    return;
  }
  if (vals->len == 1) {
    exp_to(C, vals->items[0], dst);
    return;
  }
  int save = C->fs->freereg;
  int base = reg_alloc(C, 2 * vals->len);
  char flags[vals->len];
  for (int i = 0; i < vals->len; i++) {
    const AstExpr *p = vals->items[i];
    C->fs->freereg = base + 2 * vals->len;
    if (p->kind == AST_E_FormattedValue) {
      flags[i] = (char)formatted_operands(C, p, base + 2 * i);
    } else {
      exp_to(C, p, base + 2 * i); /* a literal piece */
      flags[i] = FSTR_LITERAL;
    }
  }
  emitABC(C, OP_FSTR, dst, base, add_const(C, str_new(C->vm, flags, (size_t)vals->len)));
  C->fs->freereg = save;
}

static void formatted(Compiler *C, const AstExpr *e, int dst) {
  int save = C->fs->freereg;
  int r = reg_alloc(C, 2);
  int flags = formatted_operands(C, e, r);
  emitABC(C, OP_FORMAT, dst, r, flags);
  C->fs->freereg = save;
}

static void make_function(Compiler *C, Scope *s, const AstArguments *a, int dst,
                          const AstStmtList *body, const AstExpr *lambda_body, int line) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int base = reg_alloc(C, 3);
  int flags = 0;
  if (a && a->defaults.len) {
    int d = exp_list(C, &a->defaults);
    emitABC(C, OP_BUILDTUPLE, base + 1, d, a->defaults.len);
    fs->freereg = base + 3;
    flags |= 1;
  }
  bool anykw = false;
  if (a)
    for (int i = 0; i < a->kw_defaults.len; i++)
      if (a->kw_defaults.items[i]) anykw = true;
  if (anykw) {
    int d = fs->freereg;
    for (int i = 0; i < a->kw_defaults.len; i++) {
      int r = reg_alloc(C, 1);
      if (a->kw_defaults.items[i]) exp_to(C, a->kw_defaults.items[i], r);
      else emitABC(C, OP_LOADEMPTY, r, 0, 0);
      fs->freereg = r + 1;
    }
    emitABC(C, OP_BUILDTUPLE, base + 2, d, a->kw_defaults.len);
    fs->freereg = base + 3;
    flags |= 2;
  }
  Code *co = compile_function(C, s, a, body, lambda_body, NULL, line);
  fs->line = line;
  emitABC(C, OP_MKFUNC, base, add_const(C, v_obj(co)), flags);
  if (dst != base) emitABC(C, OP_MOVE, dst, base, 0);
  fs->freereg = save;
}

/* ---- comprehensions ---- */

typedef struct CompCtx {
  const AstExpr *e;
  int acc;     /* accumulator register (list/set/dict) or -1 for a generator */
} CompCtx;

/* Allocates registers for the block's variables (cells get fresh cells). */
static void block_enter(Compiler *C, Scope *b) {
  for (size_t i = 0; i < b->syms.n; i++) {
    Sym *y = &b->syms.items[i];
    if (!(y->flags & SYM_BOUND)) continue;
    y->reg = reg_alloc(C, 1);
    if (y->flags & SYM_CAPTURED) {
      emitABC(C, OP_LOADEMPTY, y->reg, 0, 0);
      emitABC(C, OP_MKCELL, y->reg, 0, 0);
    }
    /* name it, for UnboundLocalError-style messages */
    while (C->fs->regnames.n <= (size_t)y->reg) vec_push(C->fs->regnames, NULL);
    C->fs->regnames.items[y->reg] = str_intern_c(C->vm, y->name);
  }
  b->parent = C->fs->cur; /* a block compiled inside a copied finally body */
  C->fs->cur = b;
}

/* A new loop id; `live` registers (all below it) are live at its header:
** the ones above are temporaries of finished statements, which the JIT
** leaves out of its snapshots at the header. */
static int loop_id(FuncState *fs, int live) {
  vec_push(fs->looplive, (uint32_t)live);
  return fs->nloops++;
}

static int for_target_reg(Compiler *C, const AstExpr *target) {
  if (target->kind == AST_E_Name) {
    NameRef r = resolve(C, target->name.id);
    if (r.kind == NK_LOCAL) return r.reg;
  }
  return -1;
}

/* `for a, b in ...`: the number of targets FORLOOPN unpacks the item into
** (no tuple per item where the iterator can give the items: zip,
** enumerate, sequences of tuples), or 0. */
static int for_unpack_count(const AstExpr *target) {
  if (target->kind != AST_E_Tuple && target->kind != AST_E_List) return 0;
  const AstExprList *el = &target->seq.elts;
  if (el->len < 1 || el->len > 16) return 0;
  for (int i = 0; i < el->len; i++)
    if (el->items[i]->kind == AST_E_Starred) return 0;
  return el->len;
}

/* The loop variable(s) of a for loop or comprehension: the register
** FORLOOP(N) writes (*n items unpacked from there, or 0) and the stores
** from it into the target; *live is set to the registers live at the
** header. */
static int for_target(Compiler *C, const AstExpr *target, int *n, int *live) {
  FuncState *fs = C->fs;
  int var = for_target_reg(C, target);
  *n = var < 0 ? for_unpack_count(target) : 0;
  if (var >= 0) {
    *live = fs->freereg;
    return var;
  }
  var = reg_alloc(C, *n ? *n : 1);
  *live = fs->freereg;
  if (!*n) {
    store(C, target, var);
    return var;
  }
  for (int i = 0; i < *n; i++) store(C, target->seq.elts.items[i], var + i);
  return var;
}

static void emit_forloop(Compiler *C, int st, int body, int var, int n, int live) {
  emitABC(C, n ? OP_FORLOOPN : OP_FORLOOP, st, body, var);
  emitABC(C, OP_EXTRA, n, loop_id(C->fs, live), 0);
}

/* Returns the pc of the loop's body (after FORPREP). */
static int comp_loop(Compiler *C, const CompCtx *cc, const AstCompList *gens, int i,
                     int first_iter_reg) {
  FuncState *fs = C->fs;
  const AstComprehension *g = gens->items[i];
  int save = fs->freereg;
  int st = reg_alloc(C, 3);
  if (i == 0) {
    emitABC(C, OP_MOVE, st, first_iter_reg, 0);
  } else {
    exp_to(C, g->iter, st);
  }
  fs->line = g->iter->pos.line;
  int prep = emit_jump(C, OP_FORPREP, st);
  int body = pc_here(C);
  int n, live;
  int var = for_target(C, g->target, &n, &live);
  int cont = -1;
  for (int k = 0; k < g->ifs.len; k++) jump_if(C, g->ifs.items[k], false, &cont);
  if (i + 1 < gens->len) {
    comp_loop(C, cc, gens, i + 1, -1);
  } else {
    const AstExpr *e = cc->e;
    int s2 = fs->freereg;
    switch (e->kind) {
    case AST_E_ListComp: {
      int r = exp_any(C, e->comp.elt);
      emitABC(C, OP_LISTAPPEND, cc->acc, r, 0);
      break;
    }
    case AST_E_SetComp: {
      int r = exp_any(C, e->comp.elt);
      emitABC(C, OP_SETADD, cc->acc, r, 0);
      break;
    }
    case AST_E_DictComp: {
      int k = reg_alloc(C, 2);
      exp_to(C, e->dictcomp.key, k);
      exp_to(C, e->dictcomp.value, k + 1);
      emitABC(C, OP_DICTSET, cc->acc, k, k + 1);
      break;
    }
    default: { /* generator expression */
      int r = exp_any(C, e->comp.elt);
      int t = reg_alloc(C, 1);
      emitABC(C, OP_YIELD, t, r, 0);
      break;
    }
    }
    fs->freereg = s2;
  }
  int check = pc_here(C);
  jl_patch(C, cont, check);
  set_target(C, prep, check);
  fs->line = g->iter->pos.line;
  emit_forloop(C, st, body, var, n, live);
  fs->freereg = save;
  return body;
}

static void comprehension(Compiler *C, const AstExpr *e, int dst) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  Scope *b = scope_of(C, e);
  const AstCompList *gens = e->kind == AST_E_DictComp ? &e->dictcomp.generators : &e->comp.generators;
  if (e->kind == AST_E_GeneratorExp) {
    /* gen = <genexpr>(iter(first iterable)) */
    int base = reg_alloc(C, 2);
    exp_to(C, gens->items[0]->iter, base + 1);
    fs->line = e->pos.line;
    emitABC(C, OP_GETITER, base + 1, base + 1, 0);
    Code *co = compile_function(C, b, NULL, NULL, NULL, e, e->pos.line);
    fs->line = e->pos.line;
    emitABC(C, OP_MKFUNC, base, add_const(C, v_obj(co)), 0);
    emitABC(C, OP_CALL, base, 1, 0);
    if (dst != base) emitABC(C, OP_MOVE, dst, base, 0);
    fs->freereg = save;
    return;
  }
  int acc = is_temp(C, dst) ? dst : reg_alloc(C, 1);
  /* the first iterable is evaluated in the enclosing scope */
  int it = reg_alloc(C, 1);
  exp_to(C, gens->items[0]->iter, it);
  fs->line = e->pos.line;
  emitABC(C, e->kind == AST_E_ListComp ? OP_BUILDLIST : e->kind == AST_E_SetComp ? OP_BUILDSET : OP_BUILDDICT,
          acc, 0, 0);
  Scope *outer = fs->cur;
  block_enter(C, b);
  CompCtx cc = {e, acc};
  /* CPython runs the comprehension in a frame of its own, from its first
  ** FOR_ITER on (iter() of the first iterable stays outside, in this frame) */
  size_t range = fs->comps.n;
  vec_push(fs->comps, ((CompRange){0, 0, str_intern_c(C->vm, b->name), e->pos.line}));
  int body = comp_loop(C, &cc, gens, 0, it);
  fs->comps.items[range].start = (uint32_t)body;
  fs->comps.items[range].end = (uint32_t)pc_here(C);
  fs->cur = outer;
  if (acc != dst) emitABC(C, OP_MOVE, dst, acc, 0);
  fs->freereg = save;
}

/* Expressions that compute into their destination in one final
** instruction (after evaluating operands), so the destination may be a
** named local that the expression itself reads. */
static bool direct_ok(const AstExpr *e) {
  switch (e->kind) {
  case AST_E_Constant:
  case AST_E_Name:
  case AST_E_BinOp:
  case AST_E_UnaryOp:
  case AST_E_Attribute:
  case AST_E_Subscript:
  case AST_E_Call:
  case AST_E_Lambda:
  case AST_E_JoinedStr:
  case AST_E_FormattedValue:
    return true;
  case AST_E_Compare: return e->compare.n == 1;
  case AST_E_List:
  case AST_E_Tuple: return !has_starred(&e->seq.elts) && e->seq.elts.len <= 64;
  case AST_E_Set: return !has_starred(&e->set.elts) && e->set.elts.len <= 64;
  default: return false;
  }
}

/* ---- array-expression fusion (src/fuse.h) ---- */

/* Callees worth fusing: NumPy's elementwise ufuncs by name (the runtime
** checks that the object really is a ufunc). */
static bool fz_ufunc_name(const char *s) {
  static const char *const names[] = {
      "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
      "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh",
      "abs", "absolute", "fabs", "floor", "ceil", "trunc", "rint", "sign", "square", "negative",
      "positive", "reciprocal", "conj", "conjugate", "add", "subtract", "multiply", "divide",
      "true_divide", "power", "maximum", "minimum", "fmax", "fmin", "arctan2", "hypot",
      "copysign"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(s, names[i])) return true;
  return false;
}

/* e names the numpy module (as imported somewhere in this source) */
static bool fz_numpy_name(Compiler *C, const AstExpr *e) {
  if (e->kind != AST_E_Name) return false;
  for (int i = 0; i < C->n_numpy; i++)
    if (!strcmp(e->name.id, C->numpy[i])) return true;
  return false;
}

typedef struct FzBuild {
  int nodes, regs, calls, ops;
  unsigned char prog[FZ_HEADER + 3 * FZ_MAXNODES];
  const AstExpr *loads[FZ_MAXREGS]; /* what goes into the registers, in order */
} FzBuild;

static bool fz_node(FzBuild *b, int kind, int x, int y) {
  if (b->nodes == FZ_MAXNODES) return false;
  unsigned char *q = b->prog + FZ_HEADER + 3 * b->nodes++;
  q[0] = (unsigned char)kind, q[1] = (unsigned char)x, q[2] = (unsigned char)y;
  return true;
}

static bool fz_load(FzBuild *b, const AstExpr *e) {
  if (b->regs == FZ_MAXREGS) return false;
  b->loads[b->regs] = e;
  return true;
}

static bool fz_leaf(FzBuild *b, const AstExpr *e) {
  return fz_load(b, e) && fz_node(b, FZ_LEAF, b->regs++, 0);
}

static bool fz_number(Compiler *C, const AstExpr *e) {
  Value v;
  return const_value(C, e, &v) && (v.tag == V_INT || v.tag == V_FLOAT);
}

/* Appends e's nodes in postfix order and its loads in Python's evaluation
** order; false if e is not a fusable tree. */
static bool fz_walk(Compiler *C, const AstExpr *e, FzBuild *b) {
  switch (e->kind) {
  case AST_E_Name: return e->name.ctx == AST_CTX_Load && fz_leaf(b, e);
  case AST_E_Constant: return fz_number(C, e) && fz_leaf(b, e);
  case AST_E_UnaryOp: {
    if (fz_number(C, e)) return fz_leaf(b, e); /* -1.5 */
    AstUnaryOp op = e->unaryop.op;
    if (op != AST_UOP_USub && op != AST_UOP_UAdd) return false;
    b->ops++;
    return fz_walk(C, e->unaryop.operand, b) &&
           fz_node(b, FZ_UN, op == AST_UOP_USub ? UNOP_NEG : UNOP_POS, 0);
  }
  case AST_E_BinOp: {
    AstBinOp op = e->binop.op;
    if (op != AST_OP_Add && op != AST_OP_Sub && op != AST_OP_Mult && op != AST_OP_Div &&
        op != AST_OP_Pow)
      return false;
    b->ops++;
    return fz_walk(C, e->binop.left, b) && fz_walk(C, e->binop.right, b) &&
           fz_node(b, FZ_BIN, (int)(binop_opcode(op, false) - OP_ADD), 0);
  }
  case AST_E_Call: {
    const AstExpr *fn = e->call.func;
    int nargs = e->call.args.len;
    if (fn->kind != AST_E_Attribute || !fz_numpy_name(C, fn->attribute.value) ||
        !fz_ufunc_name(fn->attribute.attr) || e->call.keywords.len || nargs < 1 || nargs > 2 ||
        has_starred(&e->call.args))
      return false;
    int callee = b->regs;
    if (!fz_load(b, fn)) return false;
    b->regs++, b->calls++, b->ops++;
    for (int i = 0; i < nargs; i++)
      if (!fz_walk(C, e->call.args.items[i], b)) return false;
    return fz_node(b, FZ_CALL, callee, nargs);
  }
  default: return false;
  }
}

/* Emits the fused form of e followed by its ordinary code (layout in
** src/fuse.h); false (nothing emitted) if e is not worth fusing: a source
** that does not import numpy (scalar code would pay the gate's jump for
** nothing), fewer than two operators with a np.ufunc call among them, or
** three without. */
static bool fuse_expr(Compiler *C, const AstExpr *e, int dst) {
  FzBuild b = {0};
  if (C->nofuse || !C->n_numpy || !fz_walk(C, e, &b) || b.ops < (b.calls ? 2 : 3)) return false;
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int gate = emitABC(C, OP_JMP, FZ_GATE_OPEN, 0, 0);
  set_target(C, gate, pc_here(C));
  int base = reg_alloc(C, b.regs);
  for (int i = 0; i < b.regs; i++) {
    exp_to(C, b.loads[i], base + i);
    fs->freereg = base + b.regs;
  }
  for (int i = 0; i < 4; i++) b.prog[i] = (unsigned char)((uint32_t)gate >> (7 * i) & 0x7f);
  b.prog[4] = (unsigned char)b.nodes;
  Value prog = str_new(C->vm, (const char *)b.prog, (size_t)(FZ_HEADER + 3 * b.nodes));
  fs->line = e->pos.line;
  emitABC(C, OP_FUSE, dst, base, add_const(C, prog));
  int end = emit_jump(C, OP_JMP, 0);
  fs->freereg = save;
  pc_here(C);
  C->nofuse = true;
  exp_to(C, e, dst);
  C->nofuse = false;
  set_target(C, end, pc_here(C));
  return true;
}

static void exp_to(Compiler *C, const AstExpr *e, int dst) {
  FuncState *fs = C->fs;
  if (!is_temp(C, dst) && !direct_ok(e)) {
    int save = fs->freereg;
    int t = reg_alloc(C, 1);
    exp_to(C, e, t);
    emitABC(C, OP_MOVE, dst, t, 0);
    fs->freereg = save;
    return;
  }
  int saveline = fs->line;
  fs->line = e->pos.line;
  int save = fs->freereg;
  Value v;
  if ((e->kind == AST_E_BinOp || e->kind == AST_E_Call || e->kind == AST_E_UnaryOp) &&
      fuse_expr(C, e, dst)) {
    fs->freereg = save;
    fs->line = saveline;
    return;
  }
  switch (e->kind) {
  case AST_E_Constant:
    if (e->constant.kind == AST_CONST_Ellipsis) emitABC(C, OP_LOADELLIPSIS, dst, 0, 0);
    else if (const_value(C, e, &v)) load_const(C, v, dst);
    break;
  case AST_E_Name:
    if (e->name.ctx != AST_CTX_Load) syntax_error(C, &e->pos, "invalid syntax");
    load_name(C, e->name.id, dst);
    break;
  case AST_E_BinOp: {
    uint32_t a = exp_rk(C, e->binop.left);
    uint32_t b = exp_rk(C, e->binop.right);
    fs->line = e->pos.line;
    emitABC(C, binop_opcode(e->binop.op, false), dst, (int)a, (int)b);
    break;
  }
  case AST_E_UnaryOp: {
    if (const_value(C, e, &v)) {
      load_const(C, v, dst);
      break;
    }
    int r = exp_any(C, e->unaryop.operand);
    fs->line = e->pos.line;
    OpCode op = e->unaryop.op == AST_UOP_Not    ? OP_NOT
                : e->unaryop.op == AST_UOP_USub ? OP_NEG
                : e->unaryop.op == AST_UOP_UAdd ? OP_POS
                                                : OP_INVERT;
    emitABC(C, op, dst, r, 0);
    break;
  }
  case AST_E_BoolOp: {
    int end = -1;
    bool is_and = e->boolop.op == AST_BOOL_And;
    for (int i = 0; i < e->boolop.values.len; i++) {
      exp_to(C, e->boolop.values.items[i], dst);
      fs->freereg = save;
      if (i < e->boolop.values.len - 1) jl_add(C, &end, emit_jump(C, is_and ? OP_JMPIFNOT : OP_JMPIF, dst));
    }
    jl_here(C, end);
    break;
  }
  case AST_E_IfExp: {
    int els = -1, end = -1;
    jump_if(C, e->ifexp.test, false, &els);
    exp_to(C, e->ifexp.body, dst);
    jl_add(C, &end, emit_jump(C, OP_JMP, 0));
    jl_here(C, els);
    exp_to(C, e->ifexp.orelse, dst);
    jl_here(C, end);
    break;
  }
  case AST_E_Compare: compare(C, e, dst); break;
  case AST_E_Call: call(C, e, dst); break;
  case AST_E_Attribute: {
    int r = exp_any(C, e->attribute.value);
    fs->line = e->pos.line;
    emitABC(C, OP_GETATTR, dst, r, name_const(C, e->attribute.attr));
    break;
  }
  case AST_E_Subscript: {
    warn_subscript(C, e);
    int r = exp_any(C, e->subscript.value);
    uint32_t k = exp_rk(C, e->subscript.slice);
    fs->line = e->pos.line;
    emitABC(C, OP_GETITEM, dst, r, (int)k);
    break;
  }
  case AST_E_Slice: {
    int r = reg_alloc(C, 3);
    const AstExpr *parts[3] = {e->slice.lower, e->slice.upper, e->slice.step};
    for (int i = 0; i < 3; i++) {
      if (parts[i]) exp_to(C, parts[i], r + i);
      else if (i < 2) emitABC(C, OP_LOADNONE, r + i, 0, 0);
      fs->freereg = r + 3;
    }
    emitABC(C, OP_BUILDSLICE, dst, r, e->slice.step ? 3 : 2);
    break;
  }
  case AST_E_List: display(C, &e->seq.elts, OP_BUILDLIST, dst); break;
  case AST_E_Tuple: display(C, &e->seq.elts, OP_BUILDTUPLE, dst); break;
  case AST_E_Set: display(C, &e->set.elts, OP_BUILDSET, dst); break;
  case AST_E_Dict: dict_display(C, e, dst); break;
  case AST_E_ListComp:
  case AST_E_SetComp:
  case AST_E_DictComp:
  case AST_E_GeneratorExp: comprehension(C, e, dst); break;
  case AST_E_Lambda:
    make_function(C, scope_of(C, e), e->lambda.args, dst, NULL, e->lambda.body, e->pos.line);
    break;
  case AST_E_JoinedStr: joined_str(C, e, dst); break;
  case AST_E_FormattedValue: formatted(C, e, dst); break;
  case AST_E_Yield: {
    int r;
    if (e->yield.value) r = exp_any(C, e->yield.value);
    else {
      r = reg_alloc(C, 1);
      emitABC(C, OP_LOADNONE, r, 0, 0);
    }
    fs->line = e->pos.line;
    emitABC(C, OP_YIELD, dst, r, 0);
    break;
  }
  case AST_E_YieldFrom: {
    /* PEP 380: each value the subiterator yields is yielded; what is sent
    ** in goes to its send() (None: next()), what is thrown in to its
    ** throw() (vm.c's gen_throw_in); its return value is the expression's */
    int st = reg_alloc(C, 3);
    exp_to(C, e->yield.value, st);
    emitABC(C, OP_GETITER, st, st, 0);
    emitABC(C, OP_LOADNONE, st + 1, 0, 0);
    int loop = pc_here(C);
    int send = emitABC(C, OP_SEND, st, NO_JUMP, st + 2);
    emitABC(C, OP_YIELD, st + 1, st + 2, 1);
    emitABC(C, OP_JMP, 0, loop, 0);
    set_target(C, send, pc_here(C));
    emitABC(C, OP_MOVE, dst, st + 2, 0);
    break;
  }
  case AST_E_Starred: syntax_error(C, &e->pos, "can't use starred expression here");
  case AST_E_NamedExpr:
    exp_to(C, e->namedexpr.value, dst);
    store_name(C, e->namedexpr.target->name.id, dst);
    break;
  default: syntax_error(C, &e->pos, "invalid syntax");
  }
  fs->freereg = save;
  fs->line = saveline;
}

/* ======================================================================
** Assignment targets
** ==================================================================== */

static void store_name(Compiler *C, const char *name, int src) {
  NameRef r = resolve(C, name);
  switch (r.kind) {
  case NK_LOCAL:
    if (r.reg != src) emitABC(C, OP_MOVE, r.reg, src, 0);
    break;
  case NK_CELL: emitABC(C, OP_SETDEREF, r.reg, src, 0); break;
  case NK_GLOBAL: emitABC(C, OP_SETGLOBAL, src, name_const(C, name), C->fs->ngcache++); break;
  }
}

static const char *target_desc(const AstExpr *t) {
  switch (t->kind) {
  case AST_E_Constant:
    if (t->constant.kind == AST_CONST_None || t->constant.kind == AST_CONST_True ||
        t->constant.kind == AST_CONST_False || t->constant.kind == AST_CONST_Ellipsis)
      return t->constant.kind == AST_CONST_Ellipsis ? "ellipsis" : NULL;
    return "literal";
  case AST_E_Call: return "function call";
  case AST_E_BinOp:
  case AST_E_UnaryOp: return "expression";
  case AST_E_BoolOp: return "expression";
  case AST_E_Compare: return "comparison";
  case AST_E_Lambda: return "lambda";
  case AST_E_IfExp: return "conditional expression";
  case AST_E_ListComp: return "list comprehension";
  case AST_E_SetComp: return "set comprehension";
  case AST_E_DictComp: return "dict comprehension";
  case AST_E_GeneratorExp: return "generator expression";
  case AST_E_Dict: return "dict literal";
  case AST_E_Set: return "set display";
  case AST_E_JoinedStr:
  case AST_E_FormattedValue: return "f-string expression";
  default: return "expression";
  }
}

static void store(Compiler *C, const AstExpr *t, int src) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int saveline = fs->line;
  fs->line = t->pos.line;
  switch (t->kind) {
  case AST_E_Name: store_name(C, t->name.id, src); break;
  case AST_E_Attribute: {
    int r = exp_any(C, t->attribute.value);
    fs->line = t->pos.line;
    emitABC(C, OP_SETATTR, r, name_const(C, t->attribute.attr), src);
    break;
  }
  case AST_E_Subscript: {
    int r = exp_any(C, t->subscript.value);
    uint32_t k = exp_rk(C, t->subscript.slice);
    fs->line = t->pos.line;
    emitABC(C, OP_SETITEM, r, (int)k, src);
    break;
  }
  case AST_E_Tuple:
  case AST_E_List: {
    const AstExprList *el = &t->seq.elts;
    int star = -1;
    for (int i = 0; i < el->len; i++)
      if (el->items[i]->kind == AST_E_Starred) {
        if (star >= 0) syntax_error(C, &el->items[i]->pos, "multiple starred expressions in assignment");
        star = i;
      }
    int base = reg_alloc(C, el->len);
    if (star < 0) {
      emitABC(C, OP_UNPACK, base, src, el->len);
    } else {
      emitABC(C, OP_UNPACKEX, base, src, star);
      emitABC(C, OP_EXTRA, 0, el->len - star - 1, 0);
    }
    for (int i = 0; i < el->len; i++) {
      const AstExpr *x = el->items[i];
      store(C, x->kind == AST_E_Starred ? x->starred.value : x, base + i);
    }
    break;
  }
  case AST_E_Starred: syntax_error(C, &t->pos, "starred assignment target must be in a list or tuple");
  default: {
    const char *d = target_desc(t);
    if (!d) {
      const char *k = t->constant.kind == AST_CONST_None ? "None" : t->constant.kind == AST_CONST_True ? "True" : "False";
      syntax_error(C, &t->pos, "cannot assign to %s", k);
    }
    if (t->kind == AST_E_Call || t->kind == AST_E_Constant || t->kind == AST_E_Compare)
      syntax_error(C, &t->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?", d);
    syntax_error(C, &t->pos, "cannot assign to %s", d);
  }
  }
  fs->freereg = save;
  fs->line = saveline;
}

/* Before the frame returns: its owned locals drop their generators, lowest
** register first (CPython clears the frame's locals in order). */
static void close_owned_locals(Compiler *C) {
  Scope *s = C->fs->scope;
  int last = -1;
  for (;;) { /* ascending register order */
    int next = -1;
    for (size_t i = 0; i < s->syms.n; i++) {
      const Sym *y = &s->syms.items[i];
      if ((y->flags & SYM_OWNED) && y->reg > last && (next < 0 || y->reg < next)) next = y->reg;
    }
    if (next < 0) return;
    emitABC(C, OP_ITERCLOSE, next, 0, 0);
    last = next;
  }
}

/* Is `name` an owned local of the function being compiled? Its register, else -1. */
static int owned_reg(Compiler *C, const char *name) {
  if (C->fs->cur != C->fs->scope) return -1; /* inside a comprehension block */
  Sym *y = sym_find(C->fs->scope, name);
  return y && (y->flags & SYM_OWNED) ? y->reg : -1;
}

static void del_target(Compiler *C, const AstExpr *t) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  fs->line = t->pos.line;
  switch (t->kind) {
  case AST_E_Name: {
    NameRef r = resolve(C, t->name.id);
    if (r.kind == NK_LOCAL && owned_reg(C, t->name.id) == r.reg) emitABC(C, OP_ITERCLOSE, r.reg, 0, 0);
    if (r.kind == NK_LOCAL) emitABC(C, OP_DELLOCAL, r.reg, name_const(C, t->name.id), 0);
    else if (r.kind == NK_CELL) emitABC(C, OP_DELDEREF, r.reg, 0, 0);
    else emitABC(C, OP_DELGLOBAL, 0, name_const(C, t->name.id), 0);
    break;
  }
  case AST_E_Attribute: {
    int r = exp_any(C, t->attribute.value);
    fs->line = t->pos.line;
    emitABC(C, OP_DELATTR, r, name_const(C, t->attribute.attr), 0);
    break;
  }
  case AST_E_Subscript: {
    int r = exp_any(C, t->subscript.value);
    uint32_t k = exp_rk(C, t->subscript.slice);
    fs->line = t->pos.line;
    emitABC(C, OP_DELITEM, r, (int)k, 0);
    break;
  }
  case AST_E_Tuple:
  case AST_E_List:
    for (int i = 0; i < t->seq.elts.len; i++) del_target(C, t->seq.elts.items[i]);
    break;
  default: syntax_error(C, &t->pos, "cannot delete %s", target_desc(t) ? target_desc(t) : "literal");
  }
  fs->freereg = save;
}

/* ======================================================================
** Exception regions and ways out of blocks
** ==================================================================== */

static int region_open(Compiler *C, int reg) {
  FuncState *fs = C->fs;
  Region r = {(uint32_t)fs->code.n, true, reg, ++fs->region_depth, 0};
  vec_push(fs->regions, r);
  return (int)fs->regions.n - 1;
}

static void region_pause(Compiler *C, int id) {
  FuncState *fs = C->fs;
  Region *r = &fs->regions.items[id];
  if (!r->active) return;
  if (fs->code.n > r->start) {
    RegionSeg s = {r->start, (uint32_t)fs->code.n, id};
    vec_push(fs->segs, s);
  }
  r->active = false;
}

static void region_resume(Compiler *C, int id) {
  Region *r = &C->fs->regions.items[id];
  r->active = true;
  r->start = (uint32_t)C->fs->code.n;
}

static void region_close(Compiler *C, int id) {
  region_pause(C, id);
  C->fs->region_depth--;
}

static void fb_push(Compiler *C, FBlock *fb, FBKind kind, int region) {
  memset(fb, 0, sizeof *fb);
  fb->kind = kind;
  fb->region = region;
  fb->breaks = fb->continues = -1;
  fb->close_reg = -1;
  fb->prev = C->fs->fb;
  C->fs->fb = fb;
}

static void fb_pop(Compiler *C) { C->fs->fb = C->fs->fb->prev; }

/* A with statement's way out: R[x](None, None, None). The exception
** path passes no exception either and re-raises whatever __exit__ returns:
** streak's one context manager, the file object, ignores its arguments and
** returns False (CPython's rule, for it). */
static void call_exit(Compiler *C, int x) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int f = reg_alloc(C, 4);
  emitABC(C, OP_MOVE, f, x, 0);
  for (int i = 1; i <= 3; i++) emitABC(C, OP_LOADNONE, f + i, 0, 0);
  emitABC(C, OP_CALL, f, 3, 0);
  fs->freereg = save;
}

/*
** Emits what leaving every block from the innermost up to (not including)
** `stop` needs: restore the handled exception when leaving except blocks,
** run finally bodies. Each finally body runs outside the regions of the
** blocks already left. Returns with those regions still paused; call
** exit_done after emitting the jump.
*/
static void exit_blocks(Compiler *C, FBlock *stop) {
  FuncState *fs = C->fs;
  for (FBlock *fb = fs->fb; fb && fb != stop; fb = fb->prev) {
    if (fb->region >= 0) region_pause(C, fb->region);
    if (fb->kind == FB_HANDLER) {
      emitABC(C, OP_POPEXC, fb->saved, 0, 0);
    } else if (fb->kind == FB_LOOP && fb->close_reg >= 0) {
      emitABC(C, OP_ITERCLOSE, fb->close_reg, 0, 0);
    } else if (fb->kind == FB_FINALLY) {
      FBlock *keep = fs->fb;
      fs->fb = fb->prev;
      if (fb->finalbody) stmts(C, fb->finalbody);
      else call_exit(C, fb->exit_reg);
      fs->fb = keep;
    }
  }
}

static void exit_done(Compiler *C, FBlock *stop) {
  for (FBlock *fb = C->fs->fb; fb && fb != stop; fb = fb->prev)
    if (fb->region >= 0) region_resume(C, fb->region);
}

/* ======================================================================
** Statements
** ==================================================================== */

static void assign(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  const AstExprList *tg = &s->assign.targets;
  const AstExpr *val = s->assign.value;
  if (tg->len == 1) {
    const AstExpr *t = tg->items[0];
    if (t->kind == AST_E_Name) {
      NameRef r = resolve(C, t->name.id);
      if (r.kind == NK_LOCAL && owned_reg(C, t->name.id) == r.reg) {
        /* the old value is dropped after the new one is stored: close it
        ** between (nothing runs between the store and the drop) */
        int tmp = reg_alloc(C, 1);
        exp_to(C, val, tmp);
        emitABC(C, OP_ITERCLOSE, r.reg, 1, 0);
        emitABC(C, OP_MOVE, r.reg, tmp, 0);
        fs->freereg = save;
        return;
      }
      if (r.kind == NK_LOCAL) {
        exp_to(C, val, r.reg);
        fs->freereg = save;
        return;
      }
    }
    /* a, b = x, y: no tuple */
    if ((t->kind == AST_E_Tuple || t->kind == AST_E_List) &&
        (val->kind == AST_E_Tuple || val->kind == AST_E_List) &&
        t->seq.elts.len == val->seq.elts.len && !has_starred(&t->seq.elts) &&
        !has_starred(&val->seq.elts)) {
      int base = exp_list(C, &val->seq.elts);
      for (int i = 0; i < t->seq.elts.len; i++) store(C, t->seq.elts.items[i], base + i);
      fs->freereg = save;
      return;
    }
  }
  int r = exp_any(C, val);
  for (int i = 0; i < tg->len; i++) store(C, tg->items[i], r);
  fs->freereg = save;
}

static void augassign(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  const AstExpr *t = s->augassign.target;
  OpCode op = binop_opcode(s->augassign.op, true);
  switch (t->kind) {
  case AST_E_Name: {
    NameRef r = resolve(C, t->name.id);
    if (r.kind == NK_LOCAL && !r.walrus) {
      uint32_t v = exp_rk(C, s->augassign.value);
      fs->line = s->pos.line;
      emitABC(C, op, r.reg, r.reg, (int)v);
    } else {
      int tmp = reg_alloc(C, 1);
      load_name(C, t->name.id, tmp);
      uint32_t v = exp_rk(C, s->augassign.value);
      fs->line = s->pos.line;
      emitABC(C, op, tmp, tmp, (int)v);
      store_name(C, t->name.id, tmp);
    }
    break;
  }
  case AST_E_Attribute: {
    int obj = exp_any(C, t->attribute.value);
    int tmp = reg_alloc(C, 1);
    int k = name_const(C, t->attribute.attr);
    fs->line = t->pos.line;
    emitABC(C, OP_GETATTR, tmp, obj, k);
    uint32_t v = exp_rk(C, s->augassign.value);
    fs->line = s->pos.line;
    emitABC(C, op, tmp, tmp, (int)v);
    emitABC(C, OP_SETATTR, obj, k, tmp);
    break;
  }
  case AST_E_Subscript: {
    int obj = exp_any(C, t->subscript.value);
    int key;
    if (t->subscript.slice->kind == AST_E_Name || t->subscript.slice->kind == AST_E_Constant) {
      uint32_t rk = exp_rk(C, t->subscript.slice);
      key = (int)rk;
    } else {
      key = reg_alloc(C, 1);
      exp_to(C, t->subscript.slice, key);
    }
    int tmp = reg_alloc(C, 1);
    fs->line = t->pos.line;
    emitABC(C, OP_GETITEM, tmp, obj, key);
    uint32_t v = exp_rk(C, s->augassign.value);
    fs->line = s->pos.line;
    emitABC(C, op, tmp, tmp, (int)v);
    emitABC(C, OP_SETITEM, obj, key, tmp);
    break;
  }
  default: syntax_error(C, &t->pos, "'%s' is an illegal expression for augmented assignment", target_desc(t));
  }
  fs->freereg = save;
}

static void if_stmt(Compiler *C, const AstStmt *s) {
  int els = -1;
  C->fs->line = s->pos.line;
  jump_if(C, s->if_.test, false, &els);
  stmts(C, &s->if_.body);
  if (s->if_.orelse.len) {
    int end = -1;
    jl_add(C, &end, emit_jump(C, OP_JMP, 0));
    jl_here(C, els);
    stmts(C, &s->if_.orelse);
    jl_here(C, end);
  } else {
    jl_here(C, els);
  }
}

static void while_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  FBlock fb;
  fb_push(C, &fb, FB_LOOP, -1);
  int top = pc_here(C);
  int live = fs->freereg;
  int exit = -1;
  fs->line = s->pos.line;
  jump_if(C, s->while_.test, false, &exit);
  stmts(C, &s->while_.body);
  int cont = pc_here(C);
  jl_patch(C, fb.continues, cont);
  fs->line = s->pos.line;
  emitABC(C, OP_LOOP, 0, top, loop_id(fs, live));
  fb_pop(C);
  jl_here(C, exit);
  stmts(C, &s->while_.orelse);
  jl_here(C, fb.breaks);
}

static void for_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int st = reg_alloc(C, 3);
  exp_to(C, s->for_.iter, st);
  fs->line = s->pos.line;
  int prep = emit_jump(C, OP_FORPREP, st);
  FBlock fb;
  fb_push(C, &fb, FB_LOOP, -1);
  fb.is_for = true;
  int body = pc_here(C);
  /* `for x in f(...)`: the loop may own a generator that f makes (vm.c
  ** call_value), to be closed when a break, return or exception leaves the
  ** loop, as CPython's drop of the iterator closes it */
  size_t owned = fs->iterloops.n;
  if (s->for_.iter->kind == AST_E_Call) {
    fb.close_reg = st;
    vec_push(fs->iterloops, ((IterLoop){(uint32_t)body, 0, (uint32_t)st, false}));
  }
  int n, live;
  int var = for_target(C, s->for_.target, &n, &live);
  stmts(C, &s->for_.body);
  int check = pc_here(C);
  jl_patch(C, fb.continues, check);
  set_target(C, prep, check);
  fs->line = s->pos.line;
  emit_forloop(C, st, body, var, n, live);
  if (fb.close_reg >= 0) fs->iterloops.items[owned].end = (uint32_t)pc_here(C);
  fb_pop(C);
  fs->freereg = save;
  stmts(C, &s->for_.orelse);
  jl_here(C, fb.breaks);
}

static void break_continue(Compiler *C, const AstStmt *s, bool is_break) {
  FBlock *loop = C->fs->fb;
  while (loop && loop->kind != FB_LOOP) loop = loop->prev;
  if (!loop) {
    if (is_break) syntax_error(C, &s->pos, "'break' outside loop");
    syntax_error(C, &s->pos, "'continue' not properly in loop");
  }
  C->fs->line = s->pos.line;
  exit_blocks(C, loop);
  if (is_break && loop->close_reg >= 0) emitABC(C, OP_ITERCLOSE, loop->close_reg, 0, 0);
  int j = emit_jump(C, OP_JMP, 0);
  jl_add(C, is_break ? &loop->breaks : &loop->continues, j);
  exit_done(C, loop);
}

static void return_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  if (fs->scope->kind == SC_MODULE) syntax_error(C, &s->pos, "'return' outside function");
  int save = fs->freereg;
  bool crossing = false;
  for (FBlock *fb = fs->fb; fb; fb = fb->prev)
    if (fb->kind == FB_FINALLY || fb->kind == FB_HANDLER || fb->region >= 0) crossing = true;
  fs->line = s->pos.line;
  if (!s->return_.value) {
    exit_blocks(C, NULL);
    fs->line = s->pos.line;
    close_owned_locals(C);
    emitABC(C, OP_RETURNNONE, 0, 0, 0);
    exit_done(C, NULL);
    return;
  }
  int r;
  if (crossing) { /* evaluated (an unbound local raises) inside the try */
    r = reg_alloc(C, 1);
    exp_to(C, s->return_.value, r);
  } else {
    r = exp_any(C, s->return_.value);
  }
  exit_blocks(C, NULL);
  fs->line = s->pos.line;
  close_owned_locals(C);
  emitABC(C, OP_RETURN, r, 0, 0);
  exit_done(C, NULL);
  fs->freereg = save;
}

static void raise_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  if (!s->raise.exc) {
    fs->line = s->pos.line;
    emitABC(C, OP_RAISE, 0, 2, 0);
    return;
  }
  int r = reg_alloc(C, 2);
  exp_to(C, s->raise.exc, r);
  if (s->raise.cause) {
    fs->freereg = r + 2;
    exp_to(C, s->raise.cause, r + 1);
  }
  fs->line = s->pos.line;
  emitABC(C, OP_RAISE, r, s->raise.cause ? 1 : 0, 0);
  fs->freereg = save;
}

static void assert_stmt(Compiler *C, const AstStmt *s) {
  if (s->assert_.test->kind == AST_E_Tuple && s->assert_.test->seq.elts.len > 0)
    syntax_warning(C, s->pos.line, "assertion is always true, perhaps remove parentheses?");
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int ok = -1;
  fs->line = s->pos.line;
  jump_if(C, s->assert_.test, true, &ok);
  int r = reg_alloc(C, 1);
  if (s->assert_.msg) exp_to(C, s->assert_.msg, r);
  fs->line = s->pos.line;
  emitABC(C, OP_ASSERTFAIL, r, s->assert_.msg ? 1 : 0, 0);
  jl_here(C, ok);
  fs->freereg = save;
}

/*
**   try: body / except E as n: h / else: orelse
**
**       [region R: body]          ; exceptions → H with the exception in e
**       orelse
**       JMP end
**   H:  PUSHEXC e                 ; e+1 = previous handled exception
**       [region K (cleanup): match clauses, handler bodies]
**         EXCMATCH t, e, E ; JMPIFNOT t, next ; n = e ; h ; n = None; del n
**         POPEXC e+1 ; JMP end
**         ...
**         RERAISE e               ; nothing matched
**   K:  POPEXC e+1 ; RERAISE x    ; an exception escaping a handler
**   end:
*/
static void try_except(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int e = reg_alloc(C, 2);
  int x = reg_alloc(C, 1);
  int end = -1;
  FBlock fb;
  int R = region_open(C, e);
  fb_push(C, &fb, FB_TRY, R);
  stmts(C, &s->try_.body);
  fb_pop(C);
  region_close(C, R);
  stmts(C, &s->try_.orelse);
  jl_add(C, &end, emit_jump(C, OP_JMP, 0));
  /* handler */
  fs->regions.items[R].handler = (uint32_t)pc_here(C);
  fs->line = s->try_.handlers.len ? s->try_.handlers.items[0]->pos.line : s->pos.line;
  emitABC(C, OP_PUSHEXC, e, 0, 0);
  int K = region_open(C, x);
  FBlock hb;
  fb_push(C, &hb, FB_HANDLER, K);
  hb.saved = e + 1;
  for (int i = 0; i < s->try_.handlers.len; i++) {
    const AstExceptHandler *h = s->try_.handlers.items[i];
    int next = -1;
    int s2 = fs->freereg;
    if (h->type) {
      int t = reg_alloc(C, 1);
      exp_to(C, h->type, t);
      fs->line = h->pos.line;
      emitABC(C, OP_EXCMATCH, t, e, t);
      jl_add(C, &next, emit_jump(C, OP_JMPIFNOT, t));
      fs->freereg = s2;
    } else if (i != s->try_.handlers.len - 1) {
      syntax_error(C, &h->pos, "default 'except:' must be last");
    }
    if (h->name) store_name(C, h->name, e);
    stmts(C, &h->body);
    if (h->name) {
      int t = reg_alloc(C, 1);
      emitABC(C, OP_LOADNONE, t, 0, 0);
      store_name(C, h->name, t);
      AstExpr n;
      memset(&n, 0, sizeof n);
      n.kind = AST_E_Name;
      n.pos = h->pos;
      n.name.id = h->name;
      n.name.ctx = AST_CTX_Del;
      del_target(C, &n);
      fs->freereg = s2;
    }
    emitABC(C, OP_POPEXC, e + 1, 0, 0);
    region_pause(C, K);
    jl_add(C, &end, emit_jump(C, OP_JMP, 0));
    region_resume(C, K);
    jl_here(C, next);
  }
  emitABC(C, OP_RERAISE, e, 0, 0);
  fb_pop(C);
  region_close(C, K);
  fs->regions.items[K].handler = (uint32_t)pc_here(C);
  emitABC(C, OP_POPEXC, e + 1, 0, 0);
  emitABC(C, OP_RERAISE, x, 0, 0);
  jl_here(C, end);
  fs->freereg = save;
}

/* What a finally block or a with's __exit__ call emits (cleanup_tail);
** arg: the register holding __exit__. */
typedef void (*Cleanup)(Compiler *C, const AstStmt *s, int arg);

/* The end of region R, whose cleanup runs on every way out (registers: f
** and f+1 for the exception being handled, e for one the cleanup raises):
** the cleanup on the normal way out, then R's handler, which runs it again
** with the exception being handled and re-raises that (or the cleanup's). */
static void cleanup_tail(Compiler *C, int R, int f, int e, Cleanup run, const AstStmt *s, int arg) {
  FuncState *fs = C->fs;
  run(C, s, arg);
  int end = -1;
  jl_add(C, &end, emit_jump(C, OP_JMP, 0));
  fs->regions.items[R].handler = (uint32_t)pc_here(C);
  emitABC(C, OP_PUSHEXC, f, 0, 0);
  int K = region_open(C, e);
  FBlock hb;
  fb_push(C, &hb, FB_HANDLER, K);
  hb.saved = f + 1;
  run(C, s, arg);
  fb_pop(C);
  emitABC(C, OP_POPEXC, f + 1, 0, 0);
  emitABC(C, OP_RERAISE, f, 0, 0);
  region_close(C, K);
  fs->regions.items[K].handler = (uint32_t)pc_here(C);
  emitABC(C, OP_POPEXC, f + 1, 0, 0);
  emitABC(C, OP_RERAISE, e, 0, 0);
  jl_here(C, end);
}

static void run_finalbody(Compiler *C, const AstStmt *s, int arg) {
  (void)arg;
  stmts(C, &s->try_.finalbody);
}

/*
**   try: body finally: fin
**
**       [region R: body]
**       fin                       ; normal way out
**       JMP end
**   R:  PUSHEXC f                 ; the exception is being handled during fin
**       [region K: fin]
**       POPEXC f+1 ; RERAISE f
**   K:  POPEXC f+1 ; RERAISE x
**   end:
*/
static void try_finally(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int f = reg_alloc(C, 2);
  int x = reg_alloc(C, 1);
  FBlock fb;
  int R = region_open(C, f);
  fb_push(C, &fb, FB_FINALLY, R);
  fb.finalbody = &s->try_.finalbody;
  if (s->try_.handlers.len) try_except(C, s);
  else stmts(C, &s->try_.body);
  fb_pop(C);
  region_close(C, R);
  cleanup_tail(C, R, f, x, run_finalbody, s, 0);
  fs->freereg = save;
}

/* __exit__(None, None, None), at the with statement's line */
static void run_with_exit(Compiler *C, const AstStmt *s, int x) {
  C->fs->line = s->pos.line;
  call_exit(C, x);
}

/*
**   with m as t: body          (several items nest, the first outermost)
**
**       m = <expr> ; WITHENTER m, m, x  ; m = __enter__, x = __exit__
**       CALL m                    ; m = m()
**       [region R: t = m ; body]
**       x(None, None, None)       ; normal way out (break/return: exit_blocks)
**       JMP end
**   R:  PUSHEXC f
**       [region K: x(None, None, None)]
**       POPEXC f+1 ; RERAISE f
**   K:  POPEXC f+1 ; RERAISE e
**   end:
*/
static void with_items(Compiler *C, const AstStmt *s, int item) {
  FuncState *fs = C->fs;
  if (item == s->with.items.len) {
    stmts(C, &s->with.body);
    return;
  }
  const AstWithItem *it = s->with.items.items[item];
  int save = fs->freereg;
  int x = reg_alloc(C, 1);
  int m = reg_alloc(C, 1);
  exp_to(C, it->context_expr, m);
  fs->line = s->pos.line;
  emitABC(C, OP_WITHENTER, m, m, x);
  emitABC(C, OP_CALL, m, 0, 0);
  int f = reg_alloc(C, 2);
  int e = reg_alloc(C, 1);
  FBlock fb;
  int R = region_open(C, f);
  fb_push(C, &fb, FB_FINALLY, R);
  fb.exit_reg = x;
  if (it->optional_vars) store(C, it->optional_vars, m);
  with_items(C, s, item + 1);
  fb_pop(C);
  region_close(C, R);
  cleanup_tail(C, R, f, e, run_with_exit, s, x);
  fs->freereg = save;
}

static void import_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  for (int i = 0; i < s->import.names.len; i++) {
    const AstAlias *a = s->import.names.items[i];
    int save = fs->freereg;
    int r = reg_alloc(C, 1);
    fs->line = s->pos.line;
    bool dotted = strchr(a->name, '.') != NULL;
    emitABC(C, OP_IMPORT, r, name_const(C, a->name), a->asname ? 1 : 0);
    if (a->asname) {
      store_name(C, a->asname, r);
    } else if (dotted) {
      const char *dot = strchr(a->name, '.');
      char buf[256];
      size_t n = (size_t)(dot - a->name);
      if (n >= sizeof buf) n = sizeof buf - 1;
      memcpy(buf, a->name, n);
      buf[n] = 0;
      store_name(C, str_intern_c(C->vm, buf)->data, r);
    } else {
      store_name(C, a->name, r);
    }
    fs->freereg = save;
  }
}

static void importfrom_stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int m = reg_alloc(C, 1);
  fs->line = s->pos.line;
  const char *mod = s->importfrom.module ? s->importfrom.module : "";
  emitABC(C, OP_IMPORT, m, name_const(C, mod), 1 | (s->importfrom.level << 1));
  for (int i = 0; i < s->importfrom.names.len; i++) {
    const AstAlias *a = s->importfrom.names.items[i];
    if (strcmp(a->name, "*") == 0) {
      emitABC(C, OP_IMPORTSTAR, m, 0, 0);
      continue;
    }
    int r = reg_alloc(C, 1);
    emitABC(C, OP_IMPORTFROM, r, m, name_const(C, a->name));
    store_name(C, a->asname ? a->asname : a->name, r);
    fs->freereg = m + 1;
  }
  fs->freereg = save;
}

static void funcdef(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  int n = s->funcdef.decorator_list.len;
  int decos = fs->freereg;
  /* decorators are evaluated first, applied last-to-first */
  for (int i = 0; i < n; i++) {
    int r = reg_alloc(C, 1);
    exp_to(C, s->funcdef.decorator_list.items[i], r);
    fs->freereg = r + 1;
  }
  int f = reg_alloc(C, 1);
  make_function(C, scope_of(C, s), s->funcdef.args, f, &s->funcdef.body, NULL, s->pos.line);
  fs->line = s->pos.line;
  for (int i = n - 1; i >= 0; i--) {
    int b = reg_alloc(C, 2);
    emitABC(C, OP_MOVE, b, decos + i, 0);
    emitABC(C, OP_MOVE, b + 1, f, 0);
    fs->line = s->funcdef.decorator_list.items[i]->pos.line;
    emitABC(C, OP_CALL, b, 1, 0);
    emitABC(C, OP_MOVE, f, b, 0);
    fs->freereg = f + 1;
  }
  fs->line = s->pos.line;
  store_name(C, s->funcdef.name, f);
  fs->freereg = save;
}

static void stmt(Compiler *C, const AstStmt *s) {
  FuncState *fs = C->fs;
  int save = fs->freereg;
  fs->line = s->pos.line;
  switch (s->kind) {
  case AST_S_Expr: {
    const AstExpr *v = s->expr.value;
    /* REPL input echoes every expression statement of the module scope,
    ** nested in for/if/with… too, as CPython's 'single' mode does. */
    bool echo = C->echo && fs->scope->kind == SC_MODULE;
    if (v->kind == AST_E_Constant && !echo) break; /* docstrings */
    int save = fs->freereg;
    int r = exp_any(C, v);
    if (v->kind == AST_E_Name && !echo && r < save) /* a bare local: copied, so an unbound one raises */
      exp_to(C, v, reg_alloc(C, 1));
    fs->freereg = save;
    if (echo) {
      fs->line = s->pos.line;
      emitABC(C, OP_ECHO, r, 0, 0);
    }
    break;
  }
  case AST_S_Assign: assign(C, s); break;
  case AST_S_AugAssign: augassign(C, s); break;
  case AST_S_AnnAssign:
    if (s->annassign.value) {
      int r = exp_any(C, s->annassign.value);
      store(C, s->annassign.target, r);
    }
    break;
  case AST_S_If: if_stmt(C, s); break;
  case AST_S_While: while_stmt(C, s); break;
  case AST_S_For: for_stmt(C, s); break;
  case AST_S_Break: break_continue(C, s, true); break;
  case AST_S_Continue: break_continue(C, s, false); break;
  case AST_S_Return: return_stmt(C, s); break;
  case AST_S_Pass: break;
  case AST_S_FunctionDef: funcdef(C, s); break;
  case AST_S_Raise: raise_stmt(C, s); break;
  case AST_S_Try:
    if (s->try_.finalbody.len) try_finally(C, s);
    else try_except(C, s);
    break;
  case AST_S_Assert: assert_stmt(C, s); break;
  case AST_S_Delete:
    for (int i = 0; i < s->delete.targets.len; i++) del_target(C, s->delete.targets.items[i]);
    break;
  case AST_S_Import: import_stmt(C, s); break;
  case AST_S_ImportFrom: importfrom_stmt(C, s); break;
  case AST_S_Global:
  case AST_S_Nonlocal: break;
  case AST_S_ClassDef: unsupported(C, &s->pos, "'class' statements are");
  case AST_S_With: with_items(C, s, 0); break;
  default: syntax_error(C, &s->pos, "invalid syntax");
  }
  fs->freereg = save;
}

static void stmts(Compiler *C, const AstStmtList *l) {
  for (int i = 0; i < l->len; i++) stmt(C, l->items[i]);
}

/* ======================================================================
** Functions
** ==================================================================== */

static void fs_free(FuncState *fs) {
  vec_free(fs->code);
  vec_free(fs->lines);
  vec_free(fs->consts);
  vec_free(fs->regnames);
  vec_free(fs->regions);
  vec_free(fs->segs);
  vec_free(fs->comps);
  vec_free(fs->iterloops);
  vec_free(fs->looplive);
  free(fs);
}

static FuncState *fs_open(Compiler *C, Scope *s) {
  FuncState *fs = util_xmalloc(sizeof *fs);
  memset(fs, 0, sizeof *fs);
  fs->prev = C->fs;
  fs->scope = s;
  fs->cur = s;
  fs->lasttarget = -1;
  C->fs = fs;
  return fs;
}

static void *copy_out(VM *vm, const void *p, size_t n) {
  if (n == 0) return NULL;
  void *q = gc_realloc(vm, NULL, 0, n);
  memcpy(q, p, n);
  return q;
}

/* Does closing a generator running co run any of its code? Only a try,
** with or finally (an exception region), a loop that owns a generator, or a
** `yield from` (its subiterator is closed) does. */
static bool gen_closes(const Code *co) {
  if (co->nexc || co->niterloops) return true;
  for (uint32_t i = 0; i < co->ncode; i++)
    if (bc_op(co->code[i]) == OP_SEND) return true;
  return false;
}

/* Turns the finished FuncState into a Code object and pops it. */
static Code *fs_close(Compiler *C, const char *name, const char *qualname, int firstline) {
  VM *vm = C->vm;
  FuncState *fs = C->fs;
  Code *co = code_new(vm);
  co->ncode = (uint32_t)fs->code.n;
  co->code = copy_out(vm, fs->code.items, fs->code.n * sizeof(Instr));
  co->nconsts = (uint32_t)fs->consts.n;
  co->consts = copy_out(vm, fs->consts.items, fs->consts.n * sizeof(Value));
  co->nlines = (uint32_t)fs->lines.n;
  co->lines = copy_out(vm, fs->lines.items, fs->lines.n * sizeof(LineRun));
  co->nregs = (uint16_t)(fs->maxreg + 1);
  while (fs->regnames.n < co->nregs) vec_push(fs->regnames, NULL);
  co->regnames = copy_out(vm, fs->regnames.items, co->nregs * sizeof(Str *));
  co->nclear = (uint16_t)fs->nlocals; /* comprehension variables are named temporaries */
  for (uint16_t r = co->nclear; r < co->nregs; r++)
    if (fs->regnames.items[r]) co->nclear = (uint16_t)(r + 1);
  co->nexc = (uint32_t)fs->segs.n;
  if (co->nexc) {
    co->exctab = gc_realloc(vm, NULL, 0, co->nexc * sizeof(ExcEntry));
    for (size_t i = 0; i < fs->segs.n; i++) {
      RegionSeg *sg = &fs->segs.items[i];
      Region *r = &fs->regions.items[sg->region];
      ExcEntry x = {sg->start, sg->end, r->handler, (uint16_t)r->reg, (uint16_t)r->depth};
      co->exctab[i] = x;
    }
  }
  co->ncomps = (uint32_t)fs->comps.n;
  co->comps = copy_out(vm, fs->comps.items, fs->comps.n * sizeof(CompRange));
  co->niterloops = (uint32_t)fs->iterloops.n;
  co->iterloops = copy_out(vm, fs->iterloops.items, fs->iterloops.n * sizeof(IterLoop));
  co->nloops = (uint32_t)fs->nloops;
  if (co->nloops) {
    co->hotcount = gc_realloc(vm, NULL, 0, co->nloops * sizeof(int32_t));
    for (uint32_t i = 0; i < co->nloops; i++) co->hotcount[i] = (int32_t)vm->jitp.hotloop;
    co->looplive = gc_realloc(vm, NULL, 0, co->nloops * sizeof(uint32_t));
    memcpy(co->looplive, fs->looplive.items, co->nloops * sizeof(uint32_t));
  }
  co->ngcache = (uint32_t)fs->ngcache;
  if (co->ngcache) {
    co->gcache = gc_realloc(vm, NULL, 0, co->ngcache * sizeof(GlobalCache));
    for (uint32_t i = 0; i < co->ngcache; i++) co->gcache[i] = (GlobalCache){NULL, -1, -1, 0};
  }
  co->name = str_intern_c(vm, name);
  co->qualname = str_intern_c(vm, qualname);
  co->filename = C->filename_str;
  co->firstline = firstline;
  C->fs = fs->prev;
  fs_free(fs);
  return co;
}

/* Assigns registers to a function scope's variables. */
static void assign_registers(Compiler *C, Scope *s, const AstArguments *a, Code *co_info[1]) {
  (void)co_info;
  FuncState *fs = C->fs;
  int r = 0;
  /* parameters in CPython's order: positional, keyword-only, *args, **kw */
  if (a) {
    const AstArgList *lists[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int l = 0; l < 3; l++)
      for (int i = 0; i < lists[l]->len; i++) sym_find(s, lists[l]->items[i]->name)->reg = r++;
    if (a->vararg) sym_find(s, a->vararg->name)->reg = r++;
    if (a->kwarg) sym_find(s, a->kwarg->name)->reg = r++;
  } else if (s->is_genexp) {
    sym_find(s, ".0")->reg = r++;
  }
  /* other locals, then free variables */
  for (size_t i = 0; i < s->syms.n; i++) {
    Sym *y = &s->syms.items[i];
    if ((y->flags & SYM_PARAM) || (y->flags & (SYM_GLOBAL | SYM_FREE))) continue;
    if (!(y->flags & SYM_BOUND)) continue;
    y->reg = r++;
  }
  int freereg = r;
  for (size_t i = 0; i < s->syms.n; i++) {
    Sym *y = &s->syms.items[i];
    if (!(y->flags & SYM_FREE) || (y->flags & SYM_GLOBAL)) continue;
    y->reg = r++;
  }
  if (r > BC_MAXA - 16) {
    AstPos pos = {fs->line, 0, fs->line, 0};
    syntax_error(C, &pos, "streak: too many local variables");
  }
  fs->nlocals = r;
  fs->freereg = fs->maxreg = r;
  for (int i = 0; i < r; i++) vec_push(fs->regnames, NULL);
  for (size_t i = 0; i < s->syms.n; i++) {
    Sym *y = &s->syms.items[i];
    if (y->reg >= 0 && !(y->flags & SYM_GLOBAL) &&
        (y->flags & (SYM_BOUND | SYM_PARAM | SYM_FREE)))
      fs->regnames.items[y->reg] = str_intern_c(C->vm, y->name);
  }
  (void)freereg;
}

/*
** A local whose every occurrence is `x = f(...)`, `for v in x`, `next(x)`,
** `x.send/close/throw(...)` or `del x` never lets its value out of the
** frame: a generator that such an assignment's call made (vm.c marks it,
** seeing the ITERCLOSE x 1 that follows the call) is held by x alone, and
** CPython closes it when x drops it: reassigned, deleted, or the frame
** left by a return (ITERCLOSE before it) or by close()'s GeneratorExit
** (an IterLoop spanning the function; another exception's traceback keeps
** CPython's frame, so the generator lives on, here until exit). Not where locals()/vars() may read it, nor where
** `next` may not be the builtin.
*/
/* Does an inlined comprehension in function s (a block scope, running in
** s's frame) name `name`? Its occurrences there are not counted in s. */
static bool named_in_blocks(Compiler *C, Scope *s, const char *name) {
  for (size_t k = 0; k < C->scopes.n; k++) {
    Scope *b = C->scopes.items[k];
    if (b->kind != SC_BLOCK) continue;
    Scope *home = b;
    while (home && home->kind == SC_BLOCK) home = home->parent;
    if (home == s && sym_find(b, name)) return true;
  }
  return false;
}

static void owned_locals(Compiler *C, Scope *s) {
  if (s->kind != SC_FUNCTION || s->reads_locals) return;
  for (Scope *m = s; m; m = m->parent) {
    Sym *n = sym_find(m, "next");
    if (n && (n->flags & (SYM_BOUND | SYM_PARAM))) return;
  }
  for (size_t i = s->syms.n; i-- > 0;) { /* closed lowest register first: pushed last */
    Sym *y = &s->syms.items[i];
    if (y->reg < 0 || y->nuse == 0 || y->nkeep != y->nuse || !(y->flags & SYM_BOUND) ||
        (y->flags & (SYM_PARAM | SYM_GLOBAL | SYM_NONLOCAL | SYM_FREE | SYM_CAPTURED | SYM_WALRUS)) ||
        named_in_blocks(C, s, y->name))
      continue;
    y->flags |= SYM_OWNED;
  }
  /* IterLoops are closed from the last: locals (outermost) go first, by
  ** descending register, so that the lowest register closes first */
  int regs[64], n = 0;
  for (size_t i = 0; i < s->syms.n && n < 64; i++)
    if (s->syms.items[i].flags & SYM_OWNED) regs[n++] = s->syms.items[i].reg;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (regs[j] > regs[i]) { int t = regs[i]; regs[i] = regs[j]; regs[j] = t; }
  for (int i = 0; i < n; i++) vec_push(C->fs->iterloops, ((IterLoop){0, UINT32_MAX, (uint32_t)regs[i], true}));
  for (size_t i = 0; i < s->syms.n; i++)
    if ((s->syms.items[i].flags & SYM_OWNED) && n == 64) s->syms.items[i].flags &= ~(unsigned)SYM_OWNED;
}

/* A body's docstring: its first statement when that is a string literal. */
static Str *body_docstring(Compiler *C, const AstStmtList *body) {
  const AstStmt *first = body && body->len ? body->items[0] : NULL;
  if (!first || first->kind != AST_S_Expr || first->expr.value->kind != AST_E_Constant ||
      first->expr.value->constant.kind != AST_CONST_Str)
    return NULL;
  const AstExpr *c = first->expr.value;
  return as_str(str_new(C->vm, c->constant.str.data, c->constant.str.len));
}

static Code *compile_function(Compiler *C, Scope *s, const AstArguments *a,
                              const AstStmtList *body, const AstExpr *lambda_body,
                              const AstExpr *comp, int line) {
  FuncState *parent = C->fs;
  FuncState *fs = fs_open(C, s);
  fs->line = line;
  assign_registers(C, s, a, NULL);
  owned_locals(C, s);
  /* cells for captured locals (parameters keep their value) */
  for (size_t i = 0; i < s->syms.n; i++) {
    Sym *y = &s->syms.items[i];
    if ((y->flags & SYM_CAPTURED) && !(y->flags & (SYM_FREE | SYM_GLOBAL)))
      emitABC(C, OP_MKCELL, y->reg, 0, 0);
  }
  if (body) {
    stmts(C, body);
    close_owned_locals(C);
    emitABC(C, OP_RETURNNONE, 0, 0, 0);
  } else if (lambda_body) {
    if (s->generator) {
      int r = exp_any(C, lambda_body);
      (void)r;
      emitABC(C, OP_RETURNNONE, 0, 0, 0);
    } else {
      int r = exp_any(C, lambda_body);
      fs->line = lambda_body->pos.line;
      emitABC(C, OP_RETURN, r, 0, 0);
    }
  } else if (comp) {
    /* generator expression body: loops over .0 (register 0) */
    const AstCompList *gens = &comp->comp.generators;
    block_enter(C, s); /* binds the comprehension targets in this frame */
    fs->cur = s;
    CompCtx cc = {comp, -1};
    comp_loop(C, &cc, gens, 0, 0);
    emitABC(C, OP_RETURNNONE, 0, 0, 0);
  }
  /* closure layout */
  int nfree = 0;
  for (size_t i = 0; i < s->syms.n; i++)
    if ((s->syms.items[i].flags & SYM_FREE) && !(s->syms.items[i].flags & SYM_GLOBAL)) nfree++;
  uint16_t freesrc[nfree ? nfree : 1];
  int freereg = -1, k = 0;
  for (size_t i = 0; i < s->syms.n; i++) {
    Sym *y = &s->syms.items[i];
    if (!(y->flags & SYM_FREE) || (y->flags & SYM_GLOBAL)) continue;
    if (freereg < 0) freereg = y->reg;
    /* where the enclosing frame keeps this cell */
    FuncState *inner = C->fs;
    C->fs = parent;
    NameRef ref = resolve(C, y->name);
    C->fs = inner;
    freesrc[k++] = (uint16_t)ref.reg;
  }
  int nparams = 0;
  int argcount = 0, posonly = 0, kwonly = 0;
  uint32_t flags = 0;
  if (a) {
    posonly = a->posonlyargs.len;
    argcount = posonly + a->args.len;
    kwonly = a->kwonlyargs.len;
    nparams = argcount + kwonly;
    if (a->vararg) {
      flags |= CO_VARARGS;
      nparams++;
    }
    if (a->kwarg) {
      flags |= CO_VARKW;
      nparams++;
    }
  } else if (comp) {
    argcount = nparams = 1;
  }
  if (s->generator) flags |= CO_GENERATOR;
  if (!(flags & (CO_VARARGS | CO_VARKW)) && kwonly == 0 && !s->generator) flags |= CO_SIMPLE;
  Code *co = fs_close(C, s->name, s->qualname, line);
  if (s->generator && gen_closes(co)) flags |= CO_CLOSES;
  co->doc = body_docstring(C, body);
  co->argcount = (uint16_t)argcount;
  co->posonlycount = (uint16_t)posonly;
  co->kwonlycount = (uint16_t)kwonly;
  co->nparamregs = (uint16_t)nparams;
  co->flags = flags;
  co->nfree = (uint16_t)nfree;
  co->freereg = (uint16_t)(freereg < 0 ? 0 : freereg);
  if (nfree) {
    co->freesrc = gc_realloc(C->vm, NULL, 0, (size_t)nfree * sizeof(uint16_t));
    memcpy(co->freesrc, freesrc, (size_t)nfree * sizeof(uint16_t));
  }
  return co;
}

/* ======================================================================
** Entry point
** ==================================================================== */

static void free_compiler(Compiler *C) {
  while (C->fs) {
    FuncState *p = C->fs->prev;
    fs_free(C->fs);
    C->fs = p;
  }
  for (size_t i = 0; i < C->scopes.n; i++) {
    Scope *s = C->scopes.items[i];
    vec_free(s->syms);
    free(s->qualname);
    free(s);
  }
  vec_free(C->scopes);
}

static void compile_body(VM *vm, void *ud) {
  (void)vm;
  Compiler *C = ud;
  Scope *m = scope_new(C, SC_MODULE, NULL, NULL, "<module>");
  C->cur = m;
  st_stmts(C, &C->mod->body);
  st_analyze(C);
  FuncState *fs = fs_open(C, m);
  fs->line = C->mod->body.len ? C->mod->body.items[0]->pos.line : 1;
  fs->nlocals = 0;
  stmts(C, &C->mod->body);
  emitABC(C, OP_RETURNNONE, 0, 0, 0);
  Code *co = fs_close(C, "<module>", "<module>", 1);
  co->flags = CO_MODULE;
  co->doc = body_docstring(C, &C->mod->body);
  C->result = co;
}

Code *compile_module(VM *vm, const AstModule *mod, const char *filename, const char *src,
                     size_t srclen, bool echo) {
  Compiler C;
  memset(&C, 0, sizeof C);
  C.vm = vm;
  C.filename = filename;
  C.filename_str = str_intern_c(vm, filename);
  C.src = src;
  C.srclen = srclen;
  C.echo = echo;
  C.mod = mod;
  bool ok = vm_protect(vm, compile_body, &C);
  free_compiler(&C);
  if (!ok) vm_throw(vm, vm->exc);
  return C.result;
}
