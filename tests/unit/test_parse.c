/*
** test_parse.c — the front end: tokens (lex.c), the tree (ast.c dump) and
** the parser's results and errors (parse.c).  Expected trees were checked
** against CPython 3.11's `ast` module; expected errors against its
** messages and caret printing.
*/
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                              */
/* ------------------------------------------------------------------ */

/* Parse src and return the one-line-per-statement dump (caller frees), or
** NULL on error (err filled). */
static char *dump_src(const char *src, ParseMode mode, bool pos, SyntaxErr *err) {
    AstArena *a = ast_arena_new();
    SyntaxErr local;
    if (!err) err = &local;
    AstModule *m = parse_source(a, src, strlen(src), "t.py", mode, err);
    char *buf = NULL;
    size_t len = 0;
    if (m) {
        FILE *f = open_memstream(&buf, &len);
        ast_dump_module(m, f, pos);
        fclose(f);
    }
    ast_arena_free(a);
    return buf;
}

/* Dump of a single expression: parse_expression + ast_dump_expr. */
static char *dump_expr(const char *src) {
    AstArena *a = ast_arena_new();
    SyntaxErr err;
    AstExpr *e = parse_expression(a, src, strlen(src), "t.py", &err);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (e) ast_dump_expr(e, f, false);
    else fprintf(f, "ERROR %s: %s", err.kind, err.msg);
    fclose(f);
    ast_arena_free(a);
    return buf;
}

static void expect_expr(const char *src, const char *want) {
    char *got = dump_expr(src);
    cr_expect_str_eq(got, want, "source: %s", src);
    free(got);
}

static void expect_module(const char *src, const char *want) {
    SyntaxErr err;
    char *got = dump_src(src, PARSE_FILE, false, &err);
    cr_assert_not_null(got, "unexpected error for %s: %s", src, err.msg);
    cr_expect_str_eq(got, want, "source: %s", src);
    free(got);
}

static SyntaxErr parse_err(const char *src) {
    SyntaxErr err;
    char *got = dump_src(src, PARSE_FILE, false, &err);
    cr_assert_null(got, "expected an error for: %s\ngot: %s", src, got ? got : "");
    return err;
}

/* Error kind, message and CPython-style 0-based columns. */
static void expect_err(const char *src, const char *kind, const char *msg, int line,
                       int col) {
    SyntaxErr e = parse_err(src);
    cr_expect_str_eq(e.kind, kind, "source: %s", src);
    cr_expect_str_eq(e.msg, msg, "source: %s", src);
    cr_expect_eq(e.line, line, "source: %s (line %d)", src, e.line);
    cr_expect_eq(e.col, col, "source: %s (col %d)", src, e.col);
}

static char *print_err(const SyntaxErr *e) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    syntaxerr_print(e, f);
    fclose(f);
    return buf;
}

static void expect_printed(const char *src, const char *want) {
    SyntaxErr e = parse_err(src);
    char *got = print_err(&e);
    cr_expect_str_eq(got, want, "source: %s", src);
    free(got);
}

/* Token kinds of src as a space-separated string of their texts. */
static char *tokens(const char *src) {
    Lexer lx;
    cr_assert(lex_run(&lx, src, strlen(src), "t.py", 1, 0, NULL, 0, NULL));
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (int i = 0; i < lx.ntoks; i++) {
        const LexToken *t = &lx.toks[i];
        if (i) fputc(' ', f);
        if (t->kind == LEX_NAME || t->kind == LEX_NUMBER || t->kind == LEX_STRING)
            fprintf(f, "%.*s", (int)t->len, src + t->start);
        else
            fputs(lex_token_text(t->kind), f);
    }
    fclose(f);
    lex_free(&lx);
    return buf;
}

static void expect_tokens(const char *src, const char *want) {
    char *got = tokens(src);
    cr_expect_str_eq(got, want, "source: %s", src);
    free(got);
}

/* The constant an expression parses to. */
static AstConst const_of(AstArena *a, const char *src) {
    SyntaxErr err;
    AstExpr *e = parse_expression(a, src, strlen(src), "t.py", &err);
    cr_assert_not_null(e, "%s: %s", src, err.msg);
    cr_assert_eq(e->kind, AST_E_Constant, "%s is not a constant", src);
    return e->constant;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

Test(lex, indentation) {
    expect_tokens("if x:\n    y\n    z\nw\n",
                  "if x : newline indent y newline z newline dedent w newline end of file");
    expect_tokens("if a:\n  if b:\n    c\nd\n",
                  "if a : newline indent if b : newline indent c newline dedent dedent "
                  "d newline end of file");
    /* blank lines, comments and trailing whitespace make no tokens */
    expect_tokens("x\n\n   \n# c\n    # indented comment\ny  # t\n",
                  "x newline y newline end of file");
    /* a missing final newline is supplied; open blocks are closed */
    expect_tokens("if x:\n  y", "if x : newline indent y newline dedent end of file");
}

Test(lex, implicit_joining_and_continuation) {
    expect_tokens("x = (1,\n     2)\n", "x = ( 1 , 2 ) newline end of file");
    expect_tokens("x = [1,\n\n  # c\n 2]\n", "x = [ 1 , 2 ] newline end of file");
    expect_tokens("x = 1 + \\\n    2\n", "x = 1 + 2 newline end of file");
    expect_tokens("a; b\n", "a ; b newline end of file");
}

Test(lex, operators) {
    expect_tokens("a **= b // c >>= d -> e := f ... @= !=",
                  "a **= b // c >>= d -> e := f ... @= != newline end of file");
    expect_tokens("x<<=1<2", "x <<= 1 < 2 newline end of file");
}

Test(lex, numbers_and_strings) {
    expect_tokens("0x_ff 1_000 1. .5 1e-3 3j 1e3J 0o17 0b1",
                  "0x_ff 1_000 1. .5 1e-3 3j 1e3J 0o17 0b1 newline end of file");
    expect_tokens("r'a\\'b' f\"{x}\" '''t\n''' u'x' Rb'y'",
                  "r'a\\'b' f\"{x}\" '''t\n''' u'x' Rb'y' newline end of file");
    /* 1if is the number 1 then `if` (CPython 3.11 accepts it) */
    expect_tokens("1if x else 2", "1 if x else 2 newline end of file");
}

Test(lex, tabs) {
    /* a tab is 8 columns; consistent use is fine */
    expect_tokens("if x:\n\ty\n\tz\n", "if x : newline indent y newline z newline dedent end of file");
    expect_err("if 1:\n\tx\n        y\n", "TabError",
               "inconsistent use of tabs and spaces in indentation", 3, -1);
}

Test(lex, positions_in_characters) {
    Lexer lx;
    const char *src = "s = 'héllo' + x\n";
    cr_assert(lex_run(&lx, src, strlen(src), "t.py", 1, 0, NULL, 0, NULL));
    cr_assert_eq(lx.toks[2].kind, LEX_STRING);
    cr_expect_eq(lx.toks[2].col, 4);
    cr_expect_eq(lx.toks[2].end_col, 11); /* 7 characters, 8 bytes */
    cr_expect_eq(lx.toks[4].col, 14);
    lex_free(&lx);
}

/* ------------------------------------------------------------------ */
/* Constants                                                            */
/* ------------------------------------------------------------------ */

Test(constants, integers) {
    AstArena *a = ast_arena_new();
    AstConst c = const_of(a, "1_000_000");
    cr_expect_eq(c.kind, AST_CONST_Int);
    cr_expect_eq(c.i, 1000000);
    cr_expect_eq(const_of(a, "0xff").i, 255);
    cr_expect_eq(const_of(a, "0o_17").i, 15);
    cr_expect_eq(const_of(a, "0B1010").i, 10);
    cr_expect_eq(const_of(a, "000").i, 0);
    cr_expect_eq(const_of(a, "9223372036854775807").i, INT64_MAX);
    c = const_of(a, "9223372036854775808");
    cr_expect_eq(c.kind, AST_CONST_BigInt);
    cr_expect_str_eq(c.big.digits, "9223372036854775808");
    cr_expect_eq(c.big.base, 10);
    c = const_of(a, "0xFFFF_ffff_ffff_ffff_ff");
    cr_expect_eq(c.kind, AST_CONST_BigInt);
    cr_expect_str_eq(c.big.digits, "FFFFffffffffffffff");
    cr_expect_eq(c.big.base, 16);
    ast_arena_free(a);
}

Test(constants, floats_and_imaginary) {
    AstArena *a = ast_arena_new();
    AstConst c = const_of(a, "1.");
    cr_expect_eq(c.kind, AST_CONST_Float);
    cr_expect_eq(c.f, 1.0);
    cr_expect_eq(const_of(a, ".5").f, 0.5);
    cr_expect_eq(const_of(a, "1e-3").f, 1e-3);
    cr_expect_eq(const_of(a, "1_000.5").f, 1000.5);
    cr_expect_eq(const_of(a, "0.1").f, 0.1); /* correctly rounded */
    cr_expect(isinf(const_of(a, "1e400").f));
    c = const_of(a, "3j");
    cr_expect_eq(c.kind, AST_CONST_Imag);
    cr_expect_eq(c.f, 3.0);
    cr_expect_eq(const_of(a, "1e3J").f, 1000.0);
    cr_expect_eq(const_of(a, "0.0j").f, 0.0);
    cr_expect_eq(const_of(a, "None").kind, AST_CONST_None);
    cr_expect_eq(const_of(a, "True").kind, AST_CONST_True);
    cr_expect_eq(const_of(a, "...").kind, AST_CONST_Ellipsis);
    ast_arena_free(a);
}

Test(constants, strings) {
    AstArena *a = ast_arena_new();
    AstConst c = const_of(a, "'a\\tb\\n\\\\\\'\\\"'");
    cr_expect_eq(c.kind, AST_CONST_Str);
    cr_expect_str_eq(c.str.data, "a\tb\n\\'\"");
    cr_expect_str_eq(const_of(a, "'\\x41\\u00e9\\U0001F600\\101'").str.data, "Aé😀A");
    cr_expect_str_eq(const_of(a, "r'\\n\\x'").str.data, "\\n\\x");
    cr_expect_str_eq(const_of(a, "'a' \"b\" '''c'''").str.data, "abc");
    cr_expect_str_eq(const_of(a, "'line\\\ncont'").str.data, "linecont");
    cr_expect_str_eq(const_of(a, "'\\d'").str.data, "\\d"); /* unknown escape kept */
    cr_expect_str_eq(const_of(a, "u'x'").str.data, "x");
    c = const_of(a, "'a\\0b'");
    cr_expect_eq(c.str.len, 3);
    cr_expect_eq(memcmp(c.str.data, "a\0b", 3), 0);
    cr_expect_str_eq(const_of(a, "'''one\ntwo'''").str.data, "one\ntwo");
    ast_arena_free(a);
}

/* ------------------------------------------------------------------ */
/* f-strings                                                            */
/* ------------------------------------------------------------------ */

Test(fstring, parts) {
    expect_expr("f'a{x}b'",
                "(JoinedStr (Constant 'a') (FormattedValue (Name x)) (Constant 'b'))");
    expect_expr("f'{x!r:>{w}.{p}f}'",
                "(JoinedStr (FormattedValue (Name x) !r (JoinedStr (Constant '>') "
                "(FormattedValue (Name w)) (Constant '.') (FormattedValue (Name p)) "
                "(Constant 'f'))))");
    expect_expr("f'{{lit}} {{'", "(JoinedStr (Constant '{lit} {'))");
    expect_expr("f''", "(JoinedStr)");
    expect_expr("f'{d[\"k\"]}'",
                "(JoinedStr (FormattedValue (Subscript (Name d) (Constant 'k'))))");
    expect_expr("f'{a!s}{b!a}{c:}'",
                "(JoinedStr (FormattedValue (Name a) !s) (FormattedValue (Name b) !a) "
                "(FormattedValue (Name c) (JoinedStr)))");
    expect_expr("f'{x == y}{a != b}{a < b}'",
                "(JoinedStr (FormattedValue (Compare (Name x) Eq (Name y))) "
                "(FormattedValue (Compare (Name a) NotEq (Name b))) "
                "(FormattedValue (Compare (Name a) Lt (Name b))))");
    expect_expr("f'\\t{x}\\n'",
                "(JoinedStr (Constant '\\t') (FormattedValue (Name x)) (Constant '\\n'))");
    expect_expr("rf'\\d{x}'", "(JoinedStr (Constant '\\\\d') (FormattedValue (Name x)))");
}

Test(fstring, self_documenting) {
    expect_expr("f'{x=}'", "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !r))");
    expect_expr("f'{x = }'", "(JoinedStr (Constant 'x = ') (FormattedValue (Name x) !r))");
    /* a format spec without a conversion formats with format(), not repr */
    expect_expr("f'{x=:.2f}'",
                "(JoinedStr (Constant 'x=') (FormattedValue (Name x) (JoinedStr (Constant '.2f'))))");
    expect_expr("f'{x=!s}'", "(JoinedStr (Constant 'x=') (FormattedValue (Name x) !s))");
    expect_expr("f'a{x=}'", "(JoinedStr (Constant 'ax=') (FormattedValue (Name x) !r))");
}

Test(fstring, concatenation) {
    expect_expr("'a' f'{b}' 'c' f'd'",
                "(JoinedStr (Constant 'a') (FormattedValue (Name b)) (Constant 'cd'))");
}

Test(fstring, errors) {
    expect_err("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 5);
    expect_err("f'{x!z}'\n", "SyntaxError",
               "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8);
    expect_err("f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 5);
    expect_err("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 4);
    expect_err("f'{a#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7);
    expect_err("f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 14);
    expect_err("f'{a\\n}'\n", "SyntaxError",
               "f-string expression part cannot include a backslash", 1, 8);
    SyntaxErr e = parse_err("f'{a b}'\n");
    cr_expect_str_eq(e.msg, "f-string: invalid syntax. Perhaps you forgot a comma?");
}

/* ------------------------------------------------------------------ */
/* Expressions                                                          */
/* ------------------------------------------------------------------ */

Test(expr, precedence) {
    expect_expr("-2**2", "(UnaryOp USub (BinOp Pow (Constant 2) (Constant 2)))");
    expect_expr("2**-1", "(BinOp Pow (Constant 2) (UnaryOp USub (Constant 1)))");
    expect_expr("2**3**2", "(BinOp Pow (Constant 2) (BinOp Pow (Constant 3) (Constant 2)))");
    expect_expr("a - b - c", "(BinOp Sub (BinOp Sub (Name a) (Name b)) (Name c))");
    expect_expr("a + b * c", "(BinOp Add (Name a) (BinOp Mult (Name b) (Name c)))");
    expect_expr("a | b ^ c & d << e + f @ g",
                "(BinOp BitOr (Name a) (BinOp BitXor (Name b) (BinOp BitAnd (Name c) "
                "(BinOp LShift (Name d) (BinOp Add (Name e) (BinOp MatMult (Name f) (Name g)))))))");
    expect_expr("not a == b", "(UnaryOp Not (Compare (Name a) Eq (Name b)))");
    expect_expr("a or b and not c",
                "(BoolOp Or (Name a) (BoolOp And (Name b) (UnaryOp Not (Name c))))");
    expect_expr("a and b and c", "(BoolOp And (Name a) (Name b) (Name c))");
    expect_expr("a if b else c if d else e",
                "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))");
    expect_expr("~-+x", "(UnaryOp Invert (UnaryOp USub (UnaryOp UAdd (Name x))))");
    expect_expr("lambda: a if b else c",
                "(Lambda (arguments) (IfExp (Name b) (Name a) (Name c)))");
    expect_expr("-x.y", "(UnaryOp USub (Attribute (Name x) y))");
}

Test(expr, comparisons) {
    expect_expr("a < b <= c != d",
                "(Compare (Name a) Lt (Name b) LtE (Name c) NotEq (Name d))");
    expect_expr("a not in b is not c in d",
                "(Compare (Name a) NotIn (Name b) IsNot (Name c) In (Name d))");
}

Test(expr, primaries) {
    expect_expr("f(a, *b, c=1, **d)",
                "(Call (Name f) (Name a) (Starred (Name b)) (keyword c (Constant 1)) "
                "(keyword ** (Name d)))");
    expect_expr("sum(x for x in y)",
                "(Call (Name sum) (GeneratorExp (Name x) (for (Name x Store) (Name y))))");
    expect_expr("a[1:2, ::3]",
                "(Subscript (Name a) (Tuple (Slice (Constant 1) (Constant 2) -) (Slice - - (Constant 3))))");
    expect_expr("a[..., None]", "(Subscript (Name a) (Tuple (Constant Ellipsis) (Constant None)))");
    expect_expr("a[i, j]", "(Subscript (Name a) (Tuple (Name i) (Name j)))");
    expect_expr("a[:]", "(Subscript (Name a) (Slice - - -))");
    expect_expr("a.b(c)[d]", "(Subscript (Call (Attribute (Name a) b) (Name c)) (Name d))");
    expect_expr("numba.njit(parallel=True)",
                "(Call (Attribute (Name numba) njit) (keyword parallel (Constant True)))");
}

Test(expr, displays) {
    expect_expr("()", "(Tuple)");
    expect_expr("(x,)", "(Tuple (Name x))");
    expect_expr("(x)", "(Name x)");
    expect_expr("[*a, b]", "(List (Starred (Name a)) (Name b))");
    expect_expr("{}", "(Dict (keys) (values))");
    expect_expr("{1: 2, **d}", "(Dict (keys (Constant 1) -) (values (Constant 2) (Name d)))");
    expect_expr("{1, 2}", "(Set (Constant 1) (Constant 2))");
    expect_expr("[x for x in y if x for z in x]",
                "(ListComp (Name x) (for (Name x Store) (Name y) (if (Name x))) "
                "(for (Name z Store) (Name x)))");
    expect_expr("{k: v for k, v in d}",
                "(DictComp (Name k) (Name v) (for (Tuple (Name k Store) (Name v Store) Store) (Name d)))");
    expect_expr("{x for x in y}", "(SetComp (Name x) (for (Name x Store) (Name y)))");
    expect_expr("(x for x in y)", "(GeneratorExp (Name x) (for (Name x Store) (Name y)))");
    expect_expr("(y := 3)", "(NamedExpr (Name y Store) (Constant 3))");
    expect_expr("a, *b", "(Tuple (Name a) (Starred (Name b)))");
    expect_expr("(yield x)", "(Yield (Name x))");
}

Test(expr, lambda_params) {
    expect_expr("lambda a, b=1, /, c=2, *args, d, e=3, **kw: a",
                "(Lambda (arguments (posonly a b) (args c) (vararg args) (kwonly d e) "
                "(kw_defaults - (Constant 3)) (kwarg kw) (defaults (Constant 1) (Constant 2))) (Name a))");
    expect_expr("lambda *, k: k", "(Lambda (arguments (kwonly k) (kw_defaults -)) (Name k))");
}

/* ------------------------------------------------------------------ */
/* Statements                                                           */
/* ------------------------------------------------------------------ */

Test(stmt, assignments) {
    expect_module("a = b = 1\n",
                  "(Module\n  (Assign (targets (Name a Store) (Name b Store)) (Constant 1)))\n");
    expect_module("a, *b = c\n",
                  "(Module\n  (Assign (targets (Tuple (Name a Store) (Starred (Name b Store) Store) "
                  "Store)) (Name c)))\n");
    expect_module("(a, b), c[0], d.e = x\n",
                  "(Module\n  (Assign (targets (Tuple (Tuple (Name a Store) (Name b Store) Store) "
                  "(Subscript (Name c) (Constant 0) Store) (Attribute (Name d) e Store) Store)) (Name x)))\n");
    expect_module("x //= 2\n", "(Module\n  (AugAssign (Name x Store) FloorDiv (Constant 2)))\n");
    expect_module("x @= 2\n", "(Module\n  (AugAssign (Name x Store) MatMult (Constant 2)))\n");
    expect_module("x: int = 3\n",
                  "(Module\n  (AnnAssign (Name x Store) (Name int) (Constant 3) simple))\n");
    expect_module("(x): int\n", "(Module\n  (AnnAssign (Name x Store) (Name int) -))\n");
}

Test(stmt, compound) {
    expect_module("if a:\n    pass\nelif b:\n    pass\nelse:\n    x\n",
                  "(Module\n  (If (Name a)\n    (body\n      (Pass))\n    (orelse\n"
                  "      (If (Name b)\n        (body\n          (Pass))\n        (orelse\n"
                  "          (Expr (Name x)))))))\n");
    expect_module("for i, j in x, y:\n  break\nelse:\n  continue\n",
                  "(Module\n  (For (Tuple (Name i Store) (Name j Store) Store) "
                  "(Tuple (Name x) (Name y))\n    (body\n      (Break))\n    (orelse\n"
                  "      (Continue))))\n");
    expect_module("while x: y; z\n",
                  "(Module\n  (While (Name x)\n    (body\n      (Expr (Name y))\n"
                  "      (Expr (Name z)))))\n");
    expect_module("try:\n  pass\nexcept (A, B) as e:\n  raise E() from e\nexcept:\n  raise\n"
                  "finally:\n  pass\n",
                  "(Module\n  (Try\n    (body\n      (Pass))\n    (except (Tuple (Name A) (Name B)) e\n"
                  "      (body\n        (Raise (Call (Name E)) (Name e))))\n    (except - -\n"
                  "      (body\n        (Raise - -)))\n    (finally\n      (Pass))))\n");
}

Test(stmt, defs) {
    expect_module("@cuda.jit('void(float32[:])')\ndef f(a, *, b=1, **k) -> int:\n  return a, b\n",
                  "(Module\n  (FunctionDef f (decorators (Call (Attribute (Name cuda) jit) "
                  "(Constant 'void(float32[:])'))) (arguments (args a) (kwonly b) "
                  "(kw_defaults (Constant 1)) (kwarg k)) (returns (Name int))\n    (body\n"
                  "      (Return (Tuple (Name a) (Name b))))))\n");
    expect_module("class C(B, metaclass=M):\n  x = 1\n",
                  "(Module\n  (ClassDef C (bases (Name B)) (keyword metaclass (Name M))\n"
                  "    (body\n      (Assign (targets (Name x Store)) (Constant 1)))))\n");
}

Test(stmt, simple) {
    expect_module("import x, x.y as z\nfrom . import a\nfrom ..m import (b, c as d,)\n"
                  "from x import *\n",
                  "(Module\n  (Import x x.y:z)\n  (ImportFrom 1 - a)\n  (ImportFrom 2 m b c:d)\n"
                  "  (ImportFrom 0 x *))\n");
    expect_module("del a, b[0]\ndel (a, b)\n",
                  "(Module\n  (Delete (Name a Del) (Subscript (Name b) (Constant 0) Del))\n"
                  "  (Delete (Tuple (Name a Del) (Name b Del) Del)))\n");
    expect_module("global a, b\nassert x, 'm'\nwith a as b, c: pass\n",
                  "(Module\n  (Global a b)\n  (Assert (Name x) (Constant 'm'))\n"
                  "  (With (item (Name a) (Name b Store)) (item (Name c) -)\n    (body\n      (Pass))))\n");
}

Test(stmt, positions) {
    char *got = dump_src("x = f(a,\n      b)\n", PARSE_FILE, true, NULL);
    cr_assert_not_null(got);
    cr_expect_str_eq(got,
                     "(Module\n  (Assign @1:0-2:8 (targets (Name @1:0-1:1 x Store)) "
                     "(Call @1:4-2:8 (Name @1:4-1:5 f) (Name @1:6-1:7 a) (Name @2:6-2:7 b))))\n");
    free(got);
    got = dump_src("s = 'é' + f'{y}'\n", PARSE_FILE, true, NULL);
    cr_expect(strstr(got, "(Name @1:13-1:14 y)") != NULL, "%s", got);
    free(got);
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

Test(errors, tokenizer) {
    expect_err("x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 4);
    expect_err("x = )\n", "SyntaxError", "unmatched ')'", 1, 4);
    expect_err("x = (]\n", "SyntaxError",
               "closing parenthesis ']' does not match opening parenthesis '('", 1, 5);
    expect_err("x = (1,\n]\n", "SyntaxError",
               "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 0);
    expect_err("x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4);
    expect_err("x = \"\"\"abc\n\n", "SyntaxError",
               "unterminated triple-quoted string literal (detected at line 2)", 1, 4);
    expect_err("x = 1a\n", "SyntaxError", "invalid decimal literal", 1, 4);
    expect_err("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 5);
    expect_err("x = 0777\n", "SyntaxError",
               "leading zeros in decimal integer literals are not permitted; use an 0o "
               "prefix for octal integers", 1, 4);
    expect_err("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 6);
    expect_err("x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 6);
    expect_err("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 5);
    expect_err("x = \\ y\n", "SyntaxError",
               "unexpected character after line continuation character", 1, 5);
    expect_err("x = 1 ≠ 2\n", "SyntaxError", "invalid character '≠' (U+2260)", 1, 6);
    expect_err("x = b'abc'\n", "SyntaxError", "bytes literals are not supported", 1, 4);
    expect_err("x = '\\x4'\n", "SyntaxError",
               "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
               "truncated \\xXX escape", 1, 9);
}

Test(errors, indentation) {
    expect_err("if x:\n  y=1\n z=2\n", "IndentationError",
               "unindent does not match any outer indentation level", 3, 4);
    expect_err("if x:\ny=1\n", "IndentationError",
               "expected an indented block after 'if' statement on line 1", 2, 0);
    expect_err("def f():\n\n\nreturn 1\n", "IndentationError",
               "expected an indented block after function definition on line 1", 4, 0);
    expect_err("  x=1\n", "IndentationError", "unexpected indent", 1, -1);
    expect_err("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, -1);
}

Test(errors, parser) {
    expect_err("f() = 1\n", "SyntaxError",
               "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0);
    expect_err("x + 1 = 2\n", "SyntaxError",
               "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0);
    expect_err("True = 1\n", "SyntaxError", "cannot assign to True", 1, 0);
    expect_err("(a, f()) = 1\n", "SyntaxError", "cannot assign to function call", 1, 4);
    expect_err("x = = 1\n", "SyntaxError", "invalid syntax", 1, 4);
    expect_err("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 4);
    expect_err("[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1);
    expect_err("print 'hi'\n", "SyntaxError",
               "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0);
    expect_err("if x = 1:\n  pass\n", "SyntaxError",
               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3);
    expect_err("f(x for x in y, 1)\n", "SyntaxError",
               "Generator expression must be parenthesized", 1, 2);
    expect_err("f(a=1, 2)\n", "SyntaxError", "positional argument follows keyword argument", 1, 8);
    expect_err("f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 7);
    expect_err("def f(a=1, b): pass\n", "SyntaxError",
               "non-default argument follows default argument", 1, 11);
    expect_err("def f(a, a): pass\n", "SyntaxError",
               "duplicate argument 'a' in function definition", 1, 9);
    expect_err("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 6);
    expect_err("del f()\n", "SyntaxError", "cannot delete function call", 1, 4);
    expect_err("a, b += 1\n", "SyntaxError",
               "'tuple' is an illegal expression for augmented assignment", 1, 0);
    expect_err("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 0);
    expect_err("from x import a,\n", "SyntaxError",
               "trailing comma not allowed without surrounding parentheses", 1, 16);
    expect_err("try:\n pass\nexcept A, B:\n pass\n", "SyntaxError",
               "multiple exception types must be parenthesized", 3, 7);
    expect_err("[*x for x in y]\n", "SyntaxError",
               "iterable unpacking cannot be used in comprehension", 1, 1);
    expect_err("(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0);
    expect_err("x = {1: 2, 3 4}\n", "SyntaxError", "':' expected after dictionary key", 1, 11);
    /* a tokenizer error later in the file beats a parser error (CPython) */
    expect_err("x = = 1\ny = \"abc\n", "SyntaxError",
               "unterminated string literal (detected at line 2)", 2, 4);
    /* ... and an unclosed bracket beats an error found on a later line */
    expect_err("x = (1 + 2\ny = 3\nprint(x)\n", "SyntaxError", "'(' was never closed", 1, 4);
}

Test(errors, encoding) {
    const char src[] = "x = 1\ny = '\xff'\n";
    SyntaxErr e = parse_err(src);
    cr_expect_str_eq(e.msg, "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, "
                            "but no encoding declared; see https://peps.python.org/pep-0263/ "
                            "for details");
    AstArena *a = ast_arena_new();
    SyntaxErr err;
    cr_expect_null(parse_module(a, "x = 1\0\n", 7, "t.py", &err));
    cr_expect_str_eq(err.msg, "source code cannot contain null bytes");
    ast_arena_free(a);
}

Test(errors, printing) {
    expect_printed("x = (1 +\n",
                   "  File \"t.py\", line 1\n    x = (1 +\n        ^\n"
                   "SyntaxError: '(' was never closed\n");
    expect_printed("if x:\n    y = (1,\n         2) 3\n",
                   "  File \"t.py\", line 3\n    2) 3\n       ^\nSyntaxError: invalid syntax\n");
    expect_printed("f() = 1\n",
                   "  File \"t.py\", line 1\n    f() = 1\n    ^^^\n"
                   "SyntaxError: cannot assign to function call here. Maybe you meant '==' "
                   "instead of '='?\n");
    /* no caret when it would point into the stripped indentation */
    expect_printed("x = 1\n    y = 2\n",
                   "  File \"t.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n");
    expect_printed("if x:\n    y=1\n  z=2\n",
                   "  File \"t.py\", line 3\n    z=2\n       ^\n"
                   "IndentationError: unindent does not match any outer indentation level\n");
    /* the caret counts characters, not bytes */
    expect_printed("s = 'é' $\n",
                   "  File \"t.py\", line 1\n    s = 'é' $\n            ^\nSyntaxError: invalid syntax\n");
}

Test(errors, nesting_limits) {
    char *src = malloc(300000);
    /* 200 parentheses: the tokenizer's limit */
    strcpy(src, "x = ");
    for (int i = 0; i < 201; i++) strcat(src, "(");
    strcat(src, "1\n");
    SyntaxErr e = parse_err(src);
    cr_expect_str_eq(e.msg, "too many nested parentheses");
    /* unary chains, and long left-leaning chains (deep trees) */
    strcpy(src, "x = ");
    memset(src + 4, '-', 100000);
    strcpy(src + 100004, "1\n");
    e = parse_err(src);
    cr_expect_str_eq(e.kind, "SyntaxError");
    strcpy(src, "x = 1");
    for (int i = 0; i < 50000; i++) strcat(src + 4 + 2 * i, "+1");
    e = parse_err(src);
    cr_expect_str_eq(e.kind, "SyntaxError");
    /* 100 levels of indentation */
    src[0] = '\0';
    size_t n = 0;
    for (int i = 0; i < 101; i++) n += (size_t)sprintf(src + n, "%*sif x:\n", i, "");
    sprintf(src + n, "%*spass\n", 101, "");
    e = parse_err(src);
    cr_expect_str_eq(e.msg, "too many levels of indentation");
    free(src);
}

/* ------------------------------------------------------------------ */
/* REPL support                                                         */
/* ------------------------------------------------------------------ */

static bool incomplete(const char *src) {
    AstArena *a = ast_arena_new();
    SyntaxErr err;
    AstModule *m = parse_source(a, src, strlen(src), "<stdin>", PARSE_INTERACTIVE, &err);
    ast_arena_free(a);
    return !m && parse_is_incomplete(&err);
}

Test(repl, incomplete_input) {
    cr_expect(incomplete("x = (1 +\n"));
    cr_expect(incomplete("if x:\n"));
    cr_expect(incomplete("def f(a,\n"));
    cr_expect(incomplete("s = '''abc\n"));
    cr_expect(incomplete("x = 1 + \\\n"));
    cr_expect(incomplete("@dec\n"));
    cr_expect(incomplete("try:\n  pass\n"));
    cr_expect(incomplete("if x:\n  pass\nelse:\n"));
    cr_expect(!incomplete("x = (1 2\n"));
    cr_expect(!incomplete("x +\n"));
    cr_expect(!incomplete("x = )\n"));
}

Test(repl, echo) {
    char *got = dump_src("x = 1\nx + 1\n", PARSE_INTERACTIVE, false, NULL);
    cr_expect_str_eq(got, "(Module\n  (Assign (targets (Name x Store)) (Constant 1))\n"
                          "  (Expr echo (BinOp Add (Name x) (Constant 1))))\n");
    free(got);
    got = dump_src("x + 1\n", PARSE_FILE, false, NULL);
    cr_expect_str_eq(got, "(Module\n  (Expr (BinOp Add (Name x) (Constant 1))))\n");
    free(got);
}

/* ------------------------------------------------------------------ */
/* Arena                                                                */
/* ------------------------------------------------------------------ */

Test(arena, zeroed_aligned_and_large) {
    AstArena *a = ast_arena_new();
    for (int i = 0; i < 10000; i++) {
        unsigned char *p = ast_alloc(a, (size_t)(i % 97) + 1);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % 16, 0);
        for (int j = 0; j < i % 97 + 1; j++) cr_assert_eq(p[j], 0);
        memset(p, 0xAB, (size_t)(i % 97) + 1);
    }
    char *big = ast_alloc(a, 1 << 20);
    cr_assert_not_null(big);
    cr_expect_eq(big[(1 << 20) - 1], 0);
    cr_expect_str_eq(ast_strndup(a, "hello", 3), "hel");
    cr_expect_geq(ast_arena_used(a), (size_t)(1 << 20));
    ast_arena_free(a);
}
