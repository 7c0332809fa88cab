/*
** parse.c — recursive-descent parser from tokens (lex.c) to the AST
** (ast.h), following CPython 3.11's grammar (Grammar/python.gram) and,
** where cheap, its error messages.
**
** Structure
**   statements:  parse_statement -> compound (if/while/for/try/with/def/
**                class/decorators) or parse_simple_stmts
**   expressions: star_expressions > named_expression > expression
**                (lambda, ternary) > disjunction > conjunction > inversion
**                > comparison > parse_binary (| ^ & << >> + - * / // % @,
**                by precedence climbing) > factor (unary) > power > primary
**                (calls, subscripts, attributes) > atom
**   strings:     parse_strings concatenates adjacent literals and parses
**                f-strings; a replacement field's expression is lexed and
**                parsed from a copy "(expr)", as CPython 3.11 does.
**
** Errors: one error path.  The first error is written to the SyntaxErr and
** we longjmp to parse_run, the single catch point.  Nothing but the token
** array is malloc'd (freed by the caller of parse_run); everything else is
** in the arena, which the caller frees.  Tokenizer errors that lie beyond a
** parser error still win, as in CPython (see parse_prefer_lexer_error).
**
** Recursion: every function that can recurse without consuming a bracket
** (unary operators, `not`, `**`, lambda and ternary chains) and every
** bracket counts depth; past PARSE_MAX_DEPTH we fail cleanly instead of
** overflowing the C stack.
*/
#define _POSIX_C_SOURCE 200809L
#include "parse.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"

enum {
    /* Bound on the depth of the tree, not only of our recursion: the
    ** compiler walks the AST recursively, so left-leaning chains (a+b+c..,
    ** a.b.c.., f()()..) count too.  CPython's compiler gives up at about
    ** the same depth (recursion limit 1000 x 3). */
    PARSE_MAX_DEPTH = 3000,
    PARSE_FSTRING_MAX_NEST = 2, /* f'{a:{b}}' is fine, one more is not */
};

typedef struct Parser {
    AstArena *arena;
    const Lexer *lx;
    const LexToken *toks;
    int ntoks, pos;
    const char *buf; /* text the token offsets refer to */
    const char *filename;
    const char *file_src;
    size_t file_len;
    SyntaxErr *err;
    jmp_buf *jmp;
    int *depth; /* shared with f-string sub-parsers */
    int *fail_line; /* line of the furthest token read when failing */
    bool fstring; /* parsing a replacement field: prefix "f-string: " */
    int prev_line, prev_col; /* end of the last consumed token */
} Parser;

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

static inline const LexToken *cur(Parser *p);

_Noreturn static void parse_vfail(Parser *p, const char *kind, int line, int col,
                                  int end_line, int end_col, bool incomplete,
                                  const char *fmt, va_list ap) {
    if (!p->err->kind) {
        *p->fail_line = cur(p)->line;
        char body[240], msg[256];
        vsnprintf(body, sizeof body, fmt, ap);
        /* Errors inside a replacement field get CPython's prefix, once. */
        bool prefix = p->fstring && strncmp(body, "f-string", 8) != 0;
        snprintf(msg, sizeof msg, "%s%s", prefix ? "f-string: " : "", body);
        lex_set_error(p->err, kind, p->filename, p->file_src, p->file_len, line,
                      col, end_line, end_col, msg);
        p->err->incomplete = incomplete;
    }
    longjmp(*p->jmp, 1);
}

_Noreturn static void parse_fail(Parser *p, const char *kind, int line, int col,
                                 int end_line, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    parse_vfail(p, kind, line, col, end_line, end_col, false, fmt, ap);
}

_Noreturn static void parse_oom(Parser *p) {
    if (!p->err->kind) {
        memset(p->err, 0, sizeof *p->err);
        p->err->kind = "MemoryError";
        snprintf(p->err->msg, sizeof p->err->msg, "out of memory while parsing");
        snprintf(p->err->filename, sizeof p->err->filename, "%s", p->filename);
    }
    longjmp(*p->jmp, 1);
}

/* Raise the tokenizer's error (we reached its LEX_ERROR token). */
_Noreturn static void parse_lexer_error(Parser *p) {
    if (!p->err->kind) *p->err = p->lx->err;
    longjmp(*p->jmp, 1);
}

/* The number of the file's last line ("a\nb\n\n" has 3). */
static int last_line_number(const Parser *p) {
    int n = 0;
    for (size_t i = 0; i < p->file_len; i++) n += p->file_src[i] == '\n';
    if (p->file_len && p->file_src[p->file_len - 1] != '\n') n++;
    return n > 0 ? n : 1;
}

/* Error over the whole token `t` (or the lexer's error if t is LEX_ERROR).
** An error at the end marker means the input stopped early; CPython then
** names the file's last line and draws no caret. */
_Noreturn static void parse_fail_tok(Parser *p, const LexToken *t, const char *kind,
                                     const char *fmt, ...) {
    if (t->kind == LEX_ERROR) parse_lexer_error(p);
    va_list ap;
    va_start(ap, fmt);
    if (t->kind == LEX_ENDMARKER && !p->fstring && p->file_src) {
        int line = last_line_number(p);
        parse_vfail(p, kind, line, -1, line, -1, true, fmt, ap);
    }
    parse_vfail(p, kind, t->line, t->col, t->end_line, t->end_col,
                t->kind == LEX_ENDMARKER, fmt, ap);
}

/* Error over a node's range. */
_Noreturn static void parse_fail_node(Parser *p, AstPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    parse_vfail(p, "SyntaxError", pos.line, pos.col, pos.end_line, pos.end_col,
                false, fmt, ap);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

static inline const LexToken *cur(Parser *p) { return &p->toks[p->pos]; }
static inline int kind(Parser *p) { return p->toks[p->pos].kind; }
static inline int kind_at(Parser *p, int k) {
    int i = p->pos + k;
    return p->toks[i < p->ntoks ? i : p->ntoks - 1].kind;
}

static const LexToken *advance(Parser *p) {
    const LexToken *t = cur(p);
    if (t->kind == LEX_ENDMARKER || t->kind == LEX_ERROR) return t;
    p->pos++;
    if (t->kind != LEX_NEWLINE && t->kind != LEX_INDENT && t->kind != LEX_DEDENT) {
        p->prev_line = t->end_line;
        p->prev_col = t->end_col;
    }
    return t;
}

static bool accept(Parser *p, int k) {
    if (kind(p) != k) return false;
    advance(p);
    return true;
}

_Noreturn static void parse_invalid(Parser *p) {
    const LexToken *t = cur(p);
    /* As CPython: a stray INDENT/DEDENT is an indentation problem. */
    if (t->kind == LEX_INDENT || t->kind == LEX_DEDENT)
        parse_fail(p, "IndentationError", t->line, -1, t->line, -1,
                   t->kind == LEX_INDENT ? "unexpected indent" : "unexpected unindent");
    parse_fail_tok(p, t, "SyntaxError", "invalid syntax");
}

/* The ':' of a compound statement.  CPython says "expected ':'" when the
** line ends there (or always, for its "forced" tokens: def, try, else,
** finally), and "invalid syntax" otherwise. */
static void expect_block_colon(Parser *p, bool forced) {
    if (kind(p) == LEX_COLON) {
        advance(p);
        return;
    }
    if (forced || kind(p) == LEX_NEWLINE)
        parse_fail_tok(p, cur(p), "SyntaxError", "expected ':'");
    parse_invalid(p);
}

static const LexToken *expect(Parser *p, int k) {
    if (kind(p) != k) {
        if (k == LEX_COLON) parse_fail_tok(p, cur(p), "SyntaxError", "expected ':'");
        parse_invalid(p);
    }
    return advance(p);
}

static void enter(Parser *p) {
    if (++*p->depth > PARSE_MAX_DEPTH)
        parse_fail_tok(p, cur(p), "SyntaxError",
                       "too many nested expressions: source too complex to parse");
}

static void leave(Parser *p) { --*p->depth; }

/* Left-leaning chains deepen the tree without recursing here: charge each
** link, and give the budget back when the chain is complete. */
static void chain_link(Parser *p, int *links) {
    enter(p);
    ++*links;
}

static void chain_end(Parser *p, int links) { *p->depth -= links; }

/* ------------------------------------------------------------------ */
/* Allocation                                                           */
/* ------------------------------------------------------------------ */

static void *palloc(Parser *p, size_t n) {
    void *m = ast_alloc(p->arena, n);
    if (!m) parse_oom(p);
    return m;
}

static const char *pstrndup(Parser *p, const char *s, size_t n) {
    char *d = ast_strndup(p->arena, s, n);
    if (!d) parse_oom(p);
    return d;
}

/* A name token's text, NFKC-normalised as CPython stores identifiers. */
static const char *name_text(Parser *p, const LexToken *t, size_t *len) {
    const char *s = p->buf + t->start;
    bool ascii = true;
    for (size_t i = 0; i < t->len; i++) ascii &= (unsigned char)s[i] < 0x80;
    long n = ascii ? -1 : lex_nfkc_ident(s, t->len, NULL);
    if (n < 0) {
        *len = t->len;
        return s;
    }
    char *d = palloc(p, (size_t)n + 1);
    lex_nfkc_ident(s, t->len, d);
    d[n] = 0;
    *len = (size_t)n;
    return d;
}

static const char *tok_str(Parser *p, const LexToken *t) {
    size_t n;
    const char *s = name_text(p, t, &n);
    return pstrndup(p, s, n);
}

static bool tok_is(Parser *p, const LexToken *t, const char *s) {
    size_t n = strlen(s);
    return t->len == n && memcmp(p->buf + t->start, s, n) == 0;
}

/* Growable arrays live in the arena: doubling wastes at most the final
** size, and an error path needs no cleanup. */
static void *grow_array(Parser *p, void *old, int len, int *cap, size_t elsize) {
    int ncap = *cap ? *cap * 2 : 4;
    void *n = palloc(p, (size_t)ncap * elsize);
    if (len) memcpy(n, old, (size_t)len * elsize);
    *cap = ncap;
    return n;
}

#define PUSH(p, list, cap, x)                                                  \
    do {                                                                       \
        if ((list).len == (cap))                                               \
            (list).items = grow_array((p), (list).items, (list).len, &(cap),   \
                                      sizeof *(list).items);                   \
        (list).items[(list).len++] = (x);                                      \
    } while (0)

/* Byte buffer for decoded strings. */
typedef struct PBuf {
    char *data;
    size_t len, cap;
} PBuf;

static void pbuf_put(Parser *p, PBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 32;
        while (ncap < b->len + n + 1) ncap *= 2;
        char *nd = palloc(p, ncap);
        if (b->len) memcpy(nd, b->data, b->len);
        b->data = nd;
        b->cap = ncap;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void pbuf_putc(Parser *p, PBuf *b, char c) { pbuf_put(p, b, &c, 1); }

/* Encode a code point as UTF-8 (lone surrogates are encoded as their
** 3-byte form, like Python's surrogatepass). */
static void pbuf_put_cp(Parser *p, PBuf *b, unsigned cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    pbuf_put(p, b, u, n);
}

/* ------------------------------------------------------------------ */
/* Node construction                                                    */
/* ------------------------------------------------------------------ */

typedef struct { int line, col; } Loc;

static Loc loc_tok(const LexToken *t) { return (Loc){t->line, t->col}; }
static Loc loc_here(Parser *p) { return loc_tok(cur(p)); }
static Loc loc_expr(const AstExpr *e) { return (Loc){e->pos.line, e->pos.col}; }

/* Span from `start` to the end of the last consumed token. */
static AstPos span(Parser *p, Loc start) {
    return (AstPos){start.line, start.col, p->prev_line, p->prev_col};
}

static AstExpr *mk_expr(Parser *p, AstExprKind k, Loc start) {
    AstExpr *e = palloc(p, sizeof *e);
    e->kind = k;
    e->pos = span(p, start);
    return e;
}

static AstStmt *mk_stmt(Parser *p, AstStmtKind k, Loc start) {
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = k;
    s->pos = span(p, start);
    return s;
}

static AstExpr *mk_name(Parser *p, const LexToken *t) {
    AstExpr *e = palloc(p, sizeof *e);
    e->kind = AST_E_Name;
    e->pos = (AstPos){t->line, t->col, t->end_line, t->end_col};
    e->name.id = tok_str(p, t);
    return e;
}

static AstExpr *mk_const(Parser *p, AstConstKind k, Loc start) {
    AstExpr *e = mk_expr(p, AST_E_Constant, start);
    e->constant.kind = k;
    return e;
}

static const char *expect_name(Parser *p) {
    if (kind(p) != LEX_NAME) parse_invalid(p);
    return tok_str(p, advance(p));
}

/* ------------------------------------------------------------------ */
/* Forward declarations                                                 */
/* ------------------------------------------------------------------ */

static AstExpr *parse_expr(Parser *p);
static AstExpr *parse_named_expression(Parser *p);
static AstExpr *parse_star_expressions(Parser *p);
static AstExpr *parse_star_named_expression(Parser *p);
static AstExpr *parse_disjunction(Parser *p);
static AstExpr *parse_bitwise_or(Parser *p);
static AstExpr *parse_factor(Parser *p);
static AstExpr *parse_yield_expr(Parser *p);
static AstArguments *parse_params(Parser *p, bool is_lambda);
static void parse_statement(Parser *p, AstStmtList *out, int *cap);

/* ------------------------------------------------------------------ */
/* Targets                                                              */
/* ------------------------------------------------------------------ */

/* CPython's _PyPegen_get_expr_name: how messages name an expression. */
static const char *expr_name(const AstExpr *e) {
    switch (e->kind) {
    case AST_E_Attribute: return "attribute";
    case AST_E_Subscript: return "subscript";
    case AST_E_Starred: return "starred";
    case AST_E_Name: return "name";
    case AST_E_List: return "list";
    case AST_E_Tuple: return "tuple";
    case AST_E_Lambda: return "lambda";
    case AST_E_Call: return "function call";
    case AST_E_BoolOp: case AST_E_BinOp: case AST_E_UnaryOp: return "expression";
    case AST_E_GeneratorExp: return "generator expression";
    case AST_E_Yield: case AST_E_YieldFrom: return "yield expression";
    case AST_E_ListComp: return "list comprehension";
    case AST_E_SetComp: return "set comprehension";
    case AST_E_DictComp: return "dict comprehension";
    case AST_E_Dict: return "dict literal";
    case AST_E_Set: return "set display";
    case AST_E_JoinedStr: case AST_E_FormattedValue: return "f-string expression";
    case AST_E_Constant:
        switch (e->constant.kind) {
        case AST_CONST_None: return "None";
        case AST_CONST_True: return "True";
        case AST_CONST_False: return "False";
        case AST_CONST_Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case AST_E_Compare: return "comparison";
    case AST_E_IfExp: return "conditional expression";
    case AST_E_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* First sub-expression that cannot be a target, or NULL if all is well. */
static AstExpr *invalid_target(AstExpr *e, AstCtx ctx) {
    switch (e->kind) {
    case AST_E_Name:
    case AST_E_Attribute:
    case AST_E_Subscript:
        return NULL;
    case AST_E_Starred:
        if (ctx == AST_CTX_Del) return e;
        return invalid_target(e->starred.value, ctx);
    case AST_E_List:
    case AST_E_Tuple:
        for (int i = 0; i < e->seq.elts.len; i++) {
            AstExpr *bad = invalid_target(e->seq.elts.items[i], ctx);
            if (bad) return bad;
        }
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(AstExpr *e, AstCtx ctx) {
    switch (e->kind) {
    case AST_E_Name: e->name.ctx = ctx; break;
    case AST_E_Attribute: e->attribute.ctx = ctx; break;
    case AST_E_Subscript: e->subscript.ctx = ctx; break;
    case AST_E_Starred:
        e->starred.ctx = ctx;
        set_ctx(e->starred.value, ctx);
        break;
    case AST_E_List:
    case AST_E_Tuple:
        e->seq.ctx = ctx;
        for (int i = 0; i < e->seq.elts.len; i++) set_ctx(e->seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Validate a Store/Del target and set its context.  `hint` asks for the
** "here. Maybe you meant '=='" form CPython uses for `f() = 1`. */
static void check_target(Parser *p, AstExpr *e, AstCtx ctx, bool hint) {
    AstExpr *bad = invalid_target(e, ctx);
    if (bad) {
        const char *what = expr_name(bad);
        if (ctx == AST_CTX_Del) parse_fail_node(p, bad->pos, "cannot delete %s", what);
        bool named_const = bad->kind == AST_E_Constant &&
                           (bad->constant.kind == AST_CONST_True ||
                            bad->constant.kind == AST_CONST_False ||
                            bad->constant.kind == AST_CONST_None);
        if (hint && bad == e && !named_const && e->kind != AST_E_GeneratorExp &&
            e->kind != AST_E_Compare && e->kind != AST_E_BoolOp &&
            e->kind != AST_E_IfExp && e->kind != AST_E_Lambda &&
            e->kind != AST_E_NamedExpr && e->kind != AST_E_Yield &&
            e->kind != AST_E_YieldFrom)
            parse_fail_node(p, bad->pos,
                            "cannot assign to %s here. Maybe you meant '==' "
                            "instead of '='?", what);
        if (bad->kind == AST_E_Yield || bad->kind == AST_E_YieldFrom)
            parse_fail_node(p, bad->pos, "assignment to yield expression not possible");
        parse_fail_node(p, bad->pos, "cannot assign to %s", what);
    }
    set_ctx(e, ctx);
}

/* One element of a target list (for, del, with ... as, comprehension):
** bitwise_or level, so that `for x in y` stops before `in`. */
static AstExpr *parse_target_elem(Parser *p) {
    if (kind(p) == LEX_STAR) {
        Loc start = loc_here(p);
        advance(p);
        AstExpr *v = parse_target_elem(p);
        AstExpr *e = mk_expr(p, AST_E_Starred, start);
        e->starred.value = v;
        return e;
    }
    return parse_bitwise_or(p);
}

static bool starts_target(int k) {
    return k == LEX_NAME || k == LEX_LPAR || k == LEX_LSQB || k == LEX_STAR;
}

/* star_targets: elem (',' elem)* [','] -> a Tuple when there is a comma. */
static AstExpr *parse_target_list(Parser *p, AstCtx ctx, bool *bare_tuple) {
    Loc start = loc_here(p);
    AstExpr *first = parse_target_elem(p);
    AstExpr *res = first;
    if (bare_tuple) *bare_tuple = kind(p) == LEX_COMMA;
    if (kind(p) == LEX_COMMA) {
        AstExprList elts = {0};
        int cap = 0;
        PUSH(p, elts, cap, first);
        while (accept(p, LEX_COMMA)) {
            if (!starts_target(kind(p))) break;
            PUSH(p, elts, cap, parse_target_elem(p));
        }
        res = mk_expr(p, AST_E_Tuple, start);
        res->seq.elts = elts;
    }
    check_target(p, res, ctx, false);
    return res;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

static AstExpr *parse_number(Parser *p) {
    const LexToken *t = cur(p);
    Loc start = loc_tok(t);
    advance(p);
    /* Strip '_' separators. */
    char small[64];
    char *txt = t->len < sizeof small ? small : palloc(p, t->len + 1);
    size_t n = 0;
    for (uint32_t i = 0; i < t->len; i++)
        if (p->buf[t->start + i] != '_') txt[n++] = p->buf[t->start + i];
    txt[n] = '\0';

    if (txt[n - 1] == 'j' || txt[n - 1] == 'J') {
        txt[n - 1] = '\0';
        AstExpr *e = mk_const(p, AST_CONST_Imag, start);
        e->constant.f = strtod(txt, NULL);
        return e;
    }
    int base = 10;
    const char *digits = txt;
    if (txt[0] == '0' && n > 1) {
        char x = (char)(txt[1] | 0x20);
        if (x == 'x') base = 16;
        else if (x == 'o') base = 8;
        else if (x == 'b') base = 2;
        if (base != 10) digits += 2;
    }
    if (base == 10 && strpbrk(txt, ".eE")) {
        AstExpr *e = mk_const(p, AST_CONST_Float, start);
        e->constant.f = strtod(txt, NULL);
        return e;
    }
    uint64_t v = 0;
    bool big = false;
    for (const char *c = digits; *c; c++) {
        unsigned d = (unsigned)(*c <= '9' ? *c - '0' : (*c | 0x20) - 'a' + 10);
        if (v > (UINT64_MAX - d) / (unsigned)base) {
            big = true;
            break;
        }
        v = v * (unsigned)base + d;
    }
    if (big || v > (uint64_t)INT64_MAX) {
        while (digits[0] == '0' && digits[1]) digits++;
        AstExpr *e = mk_const(p, AST_CONST_BigInt, start);
        e->constant.big.digits = pstrndup(p, digits, strlen(digits));
        e->constant.big.base = base;
        return e;
    }
    AstExpr *e = mk_const(p, AST_CONST_Int, start);
    e->constant.i = (int64_t)v;
    return e;
}

/* ------------------------------------------------------------------ */
/* Strings                                                              */
/* ------------------------------------------------------------------ */

typedef struct StrTok {
    const LexToken *tok;
    bool raw, fstr;
    const char *body; /* between the quotes */
    size_t len;
    size_t body_off;  /* offset of body in p->buf */
} StrTok;

static void strtok_init(Parser *p, const LexToken *t, StrTok *st) {
    const char *s = p->buf + t->start;
    size_t i = 0;
    bool bytes = false;
    st->tok = t;
    st->raw = st->fstr = false;
    while (s[i] != '\'' && s[i] != '"') {
        char c = (char)(s[i] | 0x20);
        if (c == 'r') st->raw = true;
        else if (c == 'f') st->fstr = true;
        else if (c == 'b') bytes = true;
        i++;
    }
    if (bytes)
        parse_fail(p, "SyntaxError", t->line, t->col, t->end_line, t->end_col,
                   "bytes literals are not supported");
    char q = s[i];
    size_t qlen = (i + 2 < t->len && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
    st->body = s + i + qlen;
    st->len = t->len - i - 2 * qlen;
    st->body_off = t->start + i + qlen;
}

_Noreturn static void unicode_error(Parser *p, const LexToken *t, size_t from,
                                    size_t to, const char *what) {
    (void)t; /* like CPython, point at the end of the string */
    parse_fail(p, "SyntaxError", p->prev_line, p->prev_col, p->prev_line, -1,
               "(unicode error) 'unicodeescape' codec can't decode bytes in "
               "position %zu-%zu: %s", from, to, what);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Decode the escape at s[*i] == '\\' (non-raw string) into b. */
static void decode_escape(Parser *p, PBuf *b, const char *s, size_t n,
                          size_t *i, const LexToken *t) {
    size_t at = *i;
    size_t j = at + 1;
    if (j >= n) { /* can only be a lone trailing backslash in an f-string part */
        pbuf_putc(p, b, '\\');
        *i = j;
        return;
    }
    char c = s[j++];
    switch (c) {
    case '\n': break;
    case '\r': if (j < n && s[j] == '\n') j++; break;
    case '\\': pbuf_putc(p, b, '\\'); break;
    case '\'': pbuf_putc(p, b, '\''); break;
    case '"': pbuf_putc(p, b, '"'); break;
    case 'a': pbuf_putc(p, b, '\a'); break;
    case 'b': pbuf_putc(p, b, '\b'); break;
    case 'f': pbuf_putc(p, b, '\f'); break;
    case 'n': pbuf_putc(p, b, '\n'); break;
    case 'r': pbuf_putc(p, b, '\r'); break;
    case 't': pbuf_putc(p, b, '\t'); break;
    case 'v': pbuf_putc(p, b, '\v'); break;
    case '0': case '1': case '2': case '3':
    case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++)
            v = v * 8 + (unsigned)(s[j++] - '0');
        pbuf_put_cp(p, b, v);
        break;
    }
    case 'x': case 'u': case 'U': {
        int need = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        unsigned v = 0;
        for (int k = 0; k < need; k++) {
            int h = j < n ? hexval(s[j]) : -1;
            if (h < 0)
                unicode_error(p, t, at, j - 1,
                              c == 'x' ? "truncated \\xXX escape"
                              : c == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape");
            v = v * 16 + (unsigned)h;
            j++;
        }
        if (v > 0x10FFFF) unicode_error(p, t, at, j - 1, "illegal Unicode character");
        pbuf_put_cp(p, b, v);
        break;
    }
    case 'N': {
        /* \N{NAME}; CPython's messages for the malformed cases. */
        if (j >= n || s[j] != '{') unicode_error(p, t, at, j - 1, "malformed \\N character escape");
        size_t close = j + 1;
        while (close < n && s[close] != '}') close++;
        if (close >= n || close == j + 1)
            unicode_error(p, t, at, close >= n ? n - 1 : j, "malformed \\N character escape");
        unsigned cp;
        if (!lex_unicode_lookup(s + j + 1, close - j - 1, &cp))
            unicode_error(p, t, at, close, "unknown Unicode character name");
        pbuf_put_cp(p, b, cp);
        j = close + 1;
        break;
    }
    default:
        /* Unknown escapes keep the backslash (CPython warns). */
        pbuf_putc(p, b, '\\');
        j--;
        break;
    }
    *i = j;
}

static void decode_plain(Parser *p, PBuf *b, const StrTok *st) {
    if (st->raw) {
        pbuf_put(p, b, st->body, st->len);
        return;
    }
    size_t i = 0;
    while (i < st->len) {
        size_t k = i;
        while (k < st->len && st->body[k] != '\\') k++;
        pbuf_put(p, b, st->body + i, k - i);
        i = k;
        if (i < st->len) decode_escape(p, b, st->body, st->len, &i, st->tok);
    }
}

/* Builder for JoinedStr values: pending literal text, then nodes. */
typedef struct FParts {
    AstExprList values;
    int cap;
    PBuf lit;
    Loc lit_start;
    bool has_lit;
    bool is_f; /* some f-string seen: result is a JoinedStr */
} FParts;

static AstExpr *mk_str(Parser *p, const char *s, size_t n, AstPos pos) {
    AstExpr *e = palloc(p, sizeof *e);
    e->kind = AST_E_Constant;
    e->pos = pos;
    e->constant.kind = AST_CONST_Str;
    e->constant.str.data = pstrndup(p, s, n);
    e->constant.str.len = n;
    return e;
}

static void fparts_flush(Parser *p, FParts *fp, AstPos pos) {
    if (fp->lit.len) PUSH(p, fp->values, fp->cap, mk_str(p, fp->lit.data, fp->lit.len, pos));
    fp->lit.len = 0;
}

/* Position cursor inside a string token, to give replacement-field
** expressions real file positions. */
typedef struct FCursor {
    const char *s;
    size_t off; /* offset in s */
    int line, col;
} FCursor;

static void fcursor_to(FCursor *c, size_t off) {
    for (; c->off < off; c->off++) {
        unsigned char ch = (unsigned char)c->s[c->off];
        if (ch == '\n') {
            c->line++;
            c->col = 0;
        } else if ((ch & 0xC0) != 0x80) {
            c->col++;
        }
    }
}

typedef struct FState {
    Parser *p;
    const StrTok *st;
    FCursor cur; /* positions of st->body */
} FState;

/* CPython 3.11 reports f-string errors at the end of the string. */
_Noreturn static void fstring_error(FState *fs, size_t at, const char *msg) {
    (void)at;
    parse_fail(fs->p, "SyntaxError", fs->p->prev_line, fs->p->prev_col,
               fs->p->prev_line, -1, "%s", msg);
}

static void fstring_body(FState *fs, size_t *i, int level, FParts *out, AstPos whole);

/* Parse the expression text s[from..to) as "(text)". */
static AstExpr *fstring_compile_expr(FState *fs, size_t from, size_t to) {
    Parser *p = fs->p;
    const char *s = fs->st->body;
    size_t n = to - from;
    char *buf = palloc(p, n + 3);
    buf[0] = '(';
    memcpy(buf + 1, s + from, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    fcursor_to(&fs->cur, from);
    Lexer sub;
    if (!lex_run(&sub, buf, n + 2, p->filename, fs->cur.line, fs->cur.col - 1,
                 p->file_src, p->file_len, p->arena))
        parse_oom(p);
    Parser sp = *p;
    sp.lx = &sub;
    sp.toks = sub.toks;
    sp.ntoks = sub.ntoks;
    sp.pos = 0;
    sp.buf = buf;
    sp.fstring = true;
    AstExpr *e = parse_star_expressions(&sp);
    while (kind(&sp) == LEX_NEWLINE) advance(&sp);
    if (kind(&sp) != LEX_ENDMARKER) parse_invalid(&sp);
    return e;
}

/* At s[*i] == '{': one replacement field. */
static void fstring_field(FState *fs, size_t *i, int level, FParts *out, AstPos whole) {
    Parser *p = fs->p;
    const char *s = fs->st->body;
    size_t n = fs->st->len;
    size_t field = *i;
    size_t k = *i + 1;
    if (level >= PARSE_FSTRING_MAX_NEST) fstring_error(fs, field, "f-string: expressions nested too deeply");
    size_t expr_start = k;
    char quote = 0;
    bool triple = false;
    char parens[200];
    int depth = 0;
    for (; k < n; k++) {
        char ch = s[k];
        if (ch == '\\')
            fstring_error(fs, k, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (!triple || (k + 2 < n && s[k + 1] == quote && s[k + 2] == quote))) {
                if (triple) k += 2;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            triple = k + 2 < n && s[k + 1] == ch && s[k + 2] == ch;
            if (triple) k += 2;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            if (depth >= (int)sizeof parens)
                fstring_error(fs, k, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
            continue;
        }
        if (ch == '#') fstring_error(fs, k, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                           ch == '<' || ch == '>')) {
            char next = k + 1 < n ? s[k + 1] : 0;
            if (next == '=' && ch != ':' && ch != '}') {
                k++; /* != == <= >= */
                continue;
            }
            if (ch == '<' || ch == '>') continue;
            break;
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            if (depth == 0) {
                char msg[64];
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                fstring_error(fs, k, msg);
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                char msg[128];
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'", ch, open);
                fstring_error(fs, k, msg);
            }
        }
    }
    if (quote) fstring_error(fs, k, "f-string: unterminated string");
    if (depth) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parens[depth - 1]);
        fstring_error(fs, k, msg);
    }
    if (k >= n) fstring_error(fs, k, "f-string: expecting '}'");
    size_t expr_end = k;
    bool blank = true;
    for (size_t j = expr_start; j < expr_end; j++)
        if (s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' && s[j] != '\f') blank = false;
    if (blank) fstring_error(fs, k, "f-string: empty expression not allowed");

    AstExpr *value = fstring_compile_expr(fs, expr_start, expr_end);

    /* f"{x = }": the text, '=' and trailing whitespace become literal. */
    bool selfdoc = false;
    if (s[k] == '=') {
        k++;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f')) k++;
        selfdoc = true;
        if (!out->has_lit) {
            fcursor_to(&fs->cur, field);
            out->lit_start = (Loc){fs->cur.line, fs->cur.col};
            out->has_lit = true;
        }
        pbuf_put(p, &out->lit, s + expr_start, k - expr_start);
    }
    int conversion = -1;
    if (k < n && s[k] == '!') {
        k++;
        if (k >= n) fstring_error(fs, k, "f-string: expecting '}'");
        char c = s[k++];
        if (c != 's' && c != 'r' && c != 'a')
            fstring_error(fs, k, "f-string: invalid conversion character: "
                                 "expected 's', 'r', or 'a'");
        conversion = c;
    }
    AstExpr *spec = NULL;
    if (k < n && s[k] == ':') {
        k++;
        FParts sp = {0};
        sp.is_f = true;
        fstring_body(fs, &k, level + 1, &sp, whole);
        fparts_flush(p, &sp, whole);
        spec = palloc(p, sizeof *spec);
        spec->kind = AST_E_JoinedStr;
        spec->pos = whole;
        spec->joinedstr.values = sp.values;
    }
    if (k >= n || s[k] != '}') fstring_error(fs, k, "f-string: expecting '}'");
    k++;
    if (selfdoc && conversion == -1 && !spec) conversion = 'r';

    fparts_flush(p, out, whole);
    out->has_lit = false;
    AstExpr *fv = palloc(p, sizeof *fv);
    fv->kind = AST_E_FormattedValue;
    fv->pos = whole;
    fv->formatted.value = value;
    fv->formatted.conversion = conversion;
    fv->formatted.format_spec = spec;
    PUSH(p, out->values, out->cap, fv);
    *i = k;
}

/* Literal text and fields up to the end of the body, or (level > 0, a
** format spec) up to its closing '}'. */
static void fstring_body(FState *fs, size_t *i, int level, FParts *out, AstPos whole) {
    Parser *p = fs->p;
    const char *s = fs->st->body;
    size_t n = fs->st->len;
    size_t k = *i;
    while (k < n) {
        char ch = s[k];
        if (ch == '{' || ch == '}') {
            if (level == 0 && k + 1 < n && s[k + 1] == ch) {
                pbuf_putc(p, &out->lit, ch);
                k += 2;
                continue;
            }
            if (ch == '}') {
                if (level == 0) fstring_error(fs, k, "f-string: single '}' is not allowed");
                break;
            }
            fstring_field(fs, &k, level, out, whole);
            continue;
        }
        if (ch == '\\' && !fs->st->raw && k + 1 < n && s[k + 1] != '{' && s[k + 1] != '}') {
            decode_escape(p, &out->lit, s, n, &k, fs->st->tok);
            continue;
        }
        pbuf_putc(p, &out->lit, ch);
        k++;
    }
    *i = k;
}

/* One or more adjacent STRING tokens. */
static AstExpr *parse_strings(Parser *p) {
    Loc start = loc_here(p);
    int first = p->pos;
    bool any_f = false;
    while (kind(p) == LEX_STRING) {
        StrTok st;
        strtok_init(p, cur(p), &st);
        any_f |= st.fstr;
        advance(p);
    }
    AstPos whole = span(p, start);
    FParts fp = {0};
    for (int t = first; t < p->pos; t++) {
        StrTok st;
        strtok_init(p, &p->toks[t], &st);
        if (!st.fstr) {
            decode_plain(p, &fp.lit, &st);
            continue;
        }
        FState fs = {p, &st, {st.body, 0, 0, 0}};
        /* Body position: the token's start plus prefix and quotes, which
        ** are ASCII and on the token's first line. */
        fs.cur.line = p->toks[t].line;
        fs.cur.col = p->toks[t].col + (int)(st.body_off - p->toks[t].start);
        size_t i = 0;
        fstring_body(&fs, &i, 0, &fp, whole);
    }
    if (!any_f) return mk_str(p, fp.lit.len ? fp.lit.data : "", fp.lit.len, whole);
    fparts_flush(p, &fp, whole);
    AstExpr *e = mk_expr(p, AST_E_JoinedStr, start);
    e->joinedstr.values = fp.values;
    return e;
}

/* ------------------------------------------------------------------ */
/* Atoms                                                                */
/* ------------------------------------------------------------------ */

static bool starts_expression(int k) {
    switch (k) {
    case LEX_NAME: case LEX_NUMBER: case LEX_STRING: case LEX_LPAR:
    case LEX_LSQB: case LEX_LBRACE: case LEX_KW_None: case LEX_KW_True:
    case LEX_KW_False: case LEX_ELLIPSIS: case LEX_KW_lambda: case LEX_KW_not:
    case LEX_TILDE:
        return true;
    default:
        return false;
    }
}

/* Inside brackets, `[1 2]` is most likely a missing comma (CPython's
** invalid_expression rule). */
static void check_missing_comma(Parser *p, const AstExpr *prev) {
    const LexToken *t = cur(p);
    if (!t->in_brackets || !starts_expression(t->kind)) return;
    if (prev->kind == AST_E_Name && t->kind == LEX_STRING) return;
    if (prev->kind == AST_E_Lambda || prev->kind == AST_E_IfExp) return;
    AstExpr *next = parse_expr(p);
    parse_fail(p, "SyntaxError", prev->pos.line, prev->pos.col, next->pos.end_line,
               next->pos.end_col, "invalid syntax. Perhaps you forgot a comma?");
}

/* comprehension clauses: ('for' targets 'in' disjunction ('if' disjunction)*)+ */
static AstCompList parse_comp_for(Parser *p) {
    AstCompList gens = {0};
    int cap = 0;
    while (kind(p) == LEX_KW_for) {
        advance(p);
        AstComprehension *c = palloc(p, sizeof *c);
        c->target = parse_target_list(p, AST_CTX_Store, NULL);
        if (kind(p) != LEX_KW_in) parse_invalid(p);
        advance(p);
        c->iter = parse_disjunction(p);
        int icap = 0;
        while (accept(p, LEX_KW_if)) PUSH(p, c->ifs, icap, parse_disjunction(p));
        PUSH(p, gens, cap, c);
    }
    if (kind(p) == LEX_KW_async) parse_fail_tok(p, cur(p), "SyntaxError", "'async' is not supported");
    return gens;
}

static void check_comp_elt(Parser *p, const AstExpr *elt) {
    if (elt->kind == AST_E_Starred)
        parse_fail_node(p, elt->pos, "iterable unpacking cannot be used in comprehension");
}

static AstExpr *mk_comp(Parser *p, AstExprKind k, AstExpr *elt, Loc start) {
    check_comp_elt(p, elt);
    AstCompList gens = parse_comp_for(p);
    AstExpr *e = mk_expr(p, k, start);
    e->comp.elt = elt;
    e->comp.generators = gens;
    return e;
}

/* Elements after the first of a list/tuple/set display, up to `close`. */
static void parse_display_rest(Parser *p, AstExprList *elts, int *cap, int close) {
    for (;;) {
        check_missing_comma(p, elts->items[elts->len - 1]);
        if (kind(p) == close) return;
        expect(p, LEX_COMMA);
        if (kind(p) == close) return;
        PUSH(p, *elts, *cap, parse_star_named_expression(p));
    }
}

static AstExpr *parse_paren(Parser *p) {
    Loc start = loc_here(p);
    advance(p);
    if (accept(p, LEX_RPAR)) {
        AstExpr *e = mk_expr(p, AST_E_Tuple, start);
        return e;
    }
    if (kind(p) == LEX_KW_yield) {
        AstExpr *e = parse_yield_expr(p);
        expect(p, LEX_RPAR);
        return e;
    }
    AstExpr *first = parse_star_named_expression(p);
    if (kind(p) == LEX_KW_for) {
        AstExpr *e = mk_comp(p, AST_E_GeneratorExp, first, start);
        expect(p, LEX_RPAR);
        e->pos = span(p, start);
        return e;
    }
    if (kind(p) == LEX_RPAR) {
        advance(p);
        if (first->kind == AST_E_Starred)
            parse_fail_node(p, first->pos, "cannot use starred expression here");
        return first;
    }
    AstExprList elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    parse_display_rest(p, &elts, &cap, LEX_RPAR);
    advance(p);
    AstExpr *e = mk_expr(p, AST_E_Tuple, start);
    e->seq.elts = elts;
    return e;
}

static AstExpr *parse_list(Parser *p) {
    Loc start = loc_here(p);
    advance(p);
    AstExprList elts = {0};
    int cap = 0;
    if (kind(p) != LEX_RSQB) {
        AstExpr *first = parse_star_named_expression(p);
        if (kind(p) == LEX_KW_for) {
            AstExpr *e = mk_comp(p, AST_E_ListComp, first, start);
            expect(p, LEX_RSQB);
            e->pos = span(p, start);
            return e;
        }
        PUSH(p, elts, cap, first);
        parse_display_rest(p, &elts, &cap, LEX_RSQB);
    }
    advance(p);
    AstExpr *e = mk_expr(p, AST_E_List, start);
    e->seq.elts = elts;
    return e;
}

/* One dict item: key ':' value, or '**' mapping (key NULL). */
static void parse_dict_item(Parser *p, AstExpr **key, AstExpr **value) {
    if (accept(p, LEX_DOUBLESTAR)) {
        *key = NULL;
        *value = parse_bitwise_or(p);
        return;
    }
    *key = parse_expr(p);
    if (kind(p) != LEX_COLON) /* CPython: at the key's last character */
        parse_fail(p, "SyntaxError", (*key)->pos.end_line, (*key)->pos.end_col - 1,
                   (*key)->pos.end_line, -1, "':' expected after dictionary key");
    advance(p);
    if (kind(p) == LEX_RBRACE || kind(p) == LEX_COMMA) {
        const LexToken *colon = &p->toks[p->pos - 1];
        parse_fail_tok(p, colon, "SyntaxError", "expression expected after dictionary key and ':'");
    }
    *value = parse_expr(p);
}

static AstExpr *parse_dict_rest(Parser *p, Loc start, AstExpr *key, AstExpr *value) {
    AstExprList keys = {0}, values = {0};
    int kcap = 0, vcap = 0;
    PUSH(p, keys, kcap, key);
    PUSH(p, values, vcap, value);
    for (;;) {
        check_missing_comma(p, values.items[values.len - 1]);
        if (kind(p) == LEX_RBRACE) break;
        expect(p, LEX_COMMA);
        if (kind(p) == LEX_RBRACE) break;
        parse_dict_item(p, &key, &value);
        PUSH(p, keys, kcap, key);
        PUSH(p, values, vcap, value);
    }
    advance(p);
    AstExpr *e = mk_expr(p, AST_E_Dict, start);
    e->dict.keys = keys;
    e->dict.values = values;
    return e;
}

static AstExpr *parse_brace(Parser *p) {
    Loc start = loc_here(p);
    advance(p);
    if (accept(p, LEX_RBRACE)) return mk_expr(p, AST_E_Dict, start);
    if (kind(p) == LEX_DOUBLESTAR) {
        AstExpr *k, *v;
        parse_dict_item(p, &k, &v);
        if (kind(p) == LEX_KW_for)
            parse_fail_tok(p, cur(p), "SyntaxError",
                           "dict unpacking cannot be used in dict comprehension");
        return parse_dict_rest(p, start, k, v);
    }
    AstExpr *first = parse_star_named_expression(p);
    if (kind(p) == LEX_COLON && first->kind != AST_E_Starred) {
        advance(p);
        AstExpr *value = parse_expr(p);
        if (kind(p) == LEX_KW_for) {
            AstCompList gens = parse_comp_for(p);
            expect(p, LEX_RBRACE);
            AstExpr *e = mk_expr(p, AST_E_DictComp, start);
            e->dictcomp.key = first;
            e->dictcomp.value = value;
            e->dictcomp.generators = gens;
            return e;
        }
        return parse_dict_rest(p, start, first, value);
    }
    if (kind(p) == LEX_KW_for) {
        AstExpr *e = mk_comp(p, AST_E_SetComp, first, start);
        expect(p, LEX_RBRACE);
        e->pos = span(p, start);
        return e;
    }
    AstExprList elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    parse_display_rest(p, &elts, &cap, LEX_RBRACE);
    advance(p);
    AstExpr *e = mk_expr(p, AST_E_Set, start);
    e->set.elts = elts;
    return e;
}

static AstExpr *parse_atom(Parser *p) {
    const LexToken *t = cur(p);
    Loc start = loc_tok(t);
    switch (t->kind) {
    case LEX_NAME:
        advance(p);
        return mk_name(p, t);
    case LEX_NUMBER:
        return parse_number(p);
    case LEX_STRING:
        return parse_strings(p);
    case LEX_KW_None:
        advance(p);
        return mk_const(p, AST_CONST_None, start);
    case LEX_KW_True:
        advance(p);
        return mk_const(p, AST_CONST_True, start);
    case LEX_KW_False:
        advance(p);
        return mk_const(p, AST_CONST_False, start);
    case LEX_ELLIPSIS:
        advance(p);
        return mk_const(p, AST_CONST_Ellipsis, start);
    case LEX_LPAR: {
        enter(p);
        AstExpr *e = parse_paren(p);
        leave(p);
        return e;
    }
    case LEX_LSQB: {
        enter(p);
        AstExpr *e = parse_list(p);
        leave(p);
        return e;
    }
    case LEX_LBRACE: {
        enter(p);
        AstExpr *e = parse_brace(p);
        leave(p);
        return e;
    }
    case LEX_KW_await:
        parse_fail_tok(p, t, "SyntaxError", "'await' is not supported");
    default:
        parse_invalid(p);
    }
}

/* ------------------------------------------------------------------ */
/* Primary: calls, subscripts, attributes                               */
/* ------------------------------------------------------------------ */

static void parse_call_args(Parser *p, AstExprList *args, AstKeywordList *kws, Loc open) {
    int acap = 0, kcap = 0;
    bool seen_kw = false, seen_dstar = false;
    while (kind(p) != LEX_RPAR) {
        Loc astart = loc_here(p);
        const AstExpr *last = NULL;
        if (kind(p) == LEX_STAR) {
            if (seen_dstar)
                parse_fail_tok(p, cur(p), "SyntaxError", "iterable argument unpacking "
                               "follows keyword argument unpacking");
            advance(p);
            AstExpr *v = parse_expr(p);
            AstExpr *e = mk_expr(p, AST_E_Starred, astart);
            e->starred.value = v;
            PUSH(p, *args, acap, e);
            last = e;
        } else if (kind(p) == LEX_DOUBLESTAR) {
            advance(p);
            AstKeyword *kw = palloc(p, sizeof *kw);
            kw->value = parse_expr(p);
            kw->pos = span(p, astart);
            PUSH(p, *kws, kcap, kw);
            seen_dstar = true;
            last = kw->value;
        } else if (kind(p) == LEX_NAME && kind_at(p, 1) == LEX_EQUAL) {
            const LexToken *nt = advance(p);
            advance(p);
            AstKeyword *kw = palloc(p, sizeof *kw);
            kw->arg = tok_str(p, nt);
            kw->value = parse_expr(p);
            kw->pos = span(p, astart);
            for (int i = 0; i < kws->len; i++)
                if (kws->items[i]->arg && strcmp(kws->items[i]->arg, kw->arg) == 0)
                    parse_fail_node(p, kw->pos, "keyword argument repeated: %s", kw->arg);
            PUSH(p, *kws, kcap, kw);
            seen_kw = true;
            last = kw->value;
        } else {
            AstExpr *e = parse_named_expression(p);
            if (kind(p) == LEX_EQUAL) { /* range: expression through '=' */
                advance(p);
                if (e->kind == AST_E_Constant &&
                    (e->constant.kind == AST_CONST_True || e->constant.kind == AST_CONST_False ||
                     e->constant.kind == AST_CONST_None))
                    parse_fail_node(p, span(p, astart), "cannot assign to %s", expr_name(e));
                parse_fail_node(p, span(p, astart),
                                "expression cannot contain assignment, perhaps "
                                "you meant \"==\"?");
            }
            if (kind(p) == LEX_KW_for) {
                bool alone = args->len == 0 && kws->len == 0;
                e = mk_comp(p, AST_E_GeneratorExp, e, astart);
                if (!alone || kind(p) != LEX_RPAR)
                    parse_fail_node(p, e->pos, "Generator expression must be parenthesized");
                advance(p);
                /* A sole generator argument spans the call's parentheses. */
                e->pos = span(p, open);
                PUSH(p, *args, acap, e);
                return;
            }
            /* CPython points at the token after the argument. */
            if (seen_dstar)
                parse_fail_tok(p, cur(p), "SyntaxError",
                               "positional argument follows keyword argument unpacking");
            if (seen_kw)
                parse_fail_tok(p, cur(p), "SyntaxError",
                               "positional argument follows keyword argument");
            PUSH(p, *args, acap, e);
            last = e;
        }
        check_missing_comma(p, last);
        if (!accept(p, LEX_COMMA)) break;
    }
    expect(p, LEX_RPAR);
}

static AstExpr *parse_slice_item(Parser *p) {
    Loc start = loc_here(p);
    if (kind(p) == LEX_STAR) {
        advance(p);
        AstExpr *v = parse_bitwise_or(p);
        AstExpr *e = mk_expr(p, AST_E_Starred, start);
        e->starred.value = v;
        return e;
    }
    AstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (kind(p) != LEX_COLON) {
        lower = parse_named_expression(p);
        if (kind(p) != LEX_COLON) return lower;
    }
    advance(p);
    int k = kind(p);
    if (k != LEX_COLON && k != LEX_COMMA && k != LEX_RSQB) upper = parse_expr(p);
    if (accept(p, LEX_COLON)) {
        k = kind(p);
        if (k != LEX_COMMA && k != LEX_RSQB) step = parse_expr(p);
    }
    AstExpr *e = mk_expr(p, AST_E_Slice, start);
    e->slice.lower = lower;
    e->slice.upper = upper;
    e->slice.step = step;
    return e;
}

/* slices: one item, or items with commas -> Tuple (as in a[i, j]). */
static AstExpr *parse_slices(Parser *p) {
    Loc start = loc_here(p);
    AstExpr *first = parse_slice_item(p);
    if (kind(p) != LEX_COMMA) {
        check_missing_comma(p, first);
        if (first->kind != AST_E_Starred) return first;
    }
    AstExprList elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    while (accept(p, LEX_COMMA)) {
        if (kind(p) == LEX_RSQB) break;
        AstExpr *it = parse_slice_item(p);
        PUSH(p, elts, cap, it);
        check_missing_comma(p, it);
    }
    AstExpr *e = mk_expr(p, AST_E_Tuple, start);
    e->seq.elts = elts;
    return e;
}

static AstExpr *parse_primary(Parser *p) {
    Loc start = loc_here(p);
    AstExpr *e = parse_atom(p);
    int links = 0;
    for (;;) {
        int k = kind(p);
        if (k == LEX_DOT || k == LEX_LPAR || k == LEX_LSQB) chain_link(p, &links);
        if (k == LEX_DOT) {
            advance(p);
            const char *attr = expect_name(p);
            AstExpr *a = mk_expr(p, AST_E_Attribute, start);
            a->attribute.value = e;
            a->attribute.attr = attr;
            e = a;
        } else if (k == LEX_LPAR) {
            Loc open = loc_here(p);
            enter(p);
            advance(p);
            AstExpr *c = palloc(p, sizeof *c);
            c->kind = AST_E_Call;
            c->call.func = e;
            parse_call_args(p, &c->call.args, &c->call.keywords, open);
            c->pos = span(p, start);
            leave(p);
            e = c;
        } else if (k == LEX_LSQB) {
            enter(p);
            advance(p);
            AstExpr *sl = parse_slices(p);
            expect(p, LEX_RSQB);
            leave(p);
            AstExpr *s = mk_expr(p, AST_E_Subscript, start);
            s->subscript.value = e;
            s->subscript.slice = sl;
            e = s;
        } else {
            chain_end(p, links);
            return e;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Operators                                                            */
/* ------------------------------------------------------------------ */

static AstExpr *parse_power(Parser *p) {
    Loc start = loc_here(p);
    AstExpr *base = parse_primary(p);
    if (kind(p) != LEX_DOUBLESTAR) return base;
    advance(p);
    enter(p);
    AstExpr *exp = parse_factor(p); /* right-assoc; binds -x on the right */
    leave(p);
    AstExpr *e = mk_expr(p, AST_E_BinOp, start);
    e->binop.left = base;
    e->binop.op = AST_OP_Pow;
    e->binop.right = exp;
    return e;
}

static AstExpr *parse_factor(Parser *p) {
    AstUnaryOp op;
    switch (kind(p)) {
    case LEX_PLUS: op = AST_UOP_UAdd; break;
    case LEX_MINUS: op = AST_UOP_USub; break;
    case LEX_TILDE: op = AST_UOP_Invert; break;
    default: return parse_power(p);
    }
    Loc start = loc_here(p);
    advance(p);
    enter(p);
    AstExpr *operand = parse_factor(p);
    leave(p);
    AstExpr *e = mk_expr(p, AST_E_UnaryOp, start);
    e->unaryop.op = op;
    e->unaryop.operand = operand;
    return e;
}

/* Binding power of a binary operator token (0: not one). */
static int binop_prec(int k, AstBinOp *op) {
    switch (k) {
    case LEX_VBAR: *op = AST_OP_BitOr; return 1;
    case LEX_CIRCUMFLEX: *op = AST_OP_BitXor; return 2;
    case LEX_AMPER: *op = AST_OP_BitAnd; return 3;
    case LEX_LEFTSHIFT: *op = AST_OP_LShift; return 4;
    case LEX_RIGHTSHIFT: *op = AST_OP_RShift; return 4;
    case LEX_PLUS: *op = AST_OP_Add; return 5;
    case LEX_MINUS: *op = AST_OP_Sub; return 5;
    case LEX_STAR: *op = AST_OP_Mult; return 6;
    case LEX_SLASH: *op = AST_OP_Div; return 6;
    case LEX_DOUBLESLASH: *op = AST_OP_FloorDiv; return 6;
    case LEX_PERCENT: *op = AST_OP_Mod; return 6;
    case LEX_AT: *op = AST_OP_MatMult; return 6;
    default: return 0;
    }
}

/* Precedence climbing over the left-associative binary operators. */
static AstExpr *parse_binary(Parser *p, int min_prec) {
    Loc start = loc_here(p);
    AstExpr *left = parse_factor(p);
    int links = 0;
    for (;;) {
        AstBinOp op;
        int prec = binop_prec(kind(p), &op);
        if (prec == 0 || prec < min_prec) {
            chain_end(p, links);
            return left;
        }
        chain_link(p, &links);
        advance(p);
        AstExpr *right = parse_binary(p, prec + 1);
        AstExpr *e = mk_expr(p, AST_E_BinOp, start);
        e->binop.left = left;
        e->binop.op = op;
        e->binop.right = right;
        left = e;
    }
}

static AstExpr *parse_bitwise_or(Parser *p) { return parse_binary(p, 1); }

/* Comparison operator at the current token (consumed), or false. */
static bool parse_cmpop(Parser *p, AstCmpOp *op) {
    switch (kind(p)) {
    case LEX_EQEQUAL: *op = AST_CMP_Eq; break;
    case LEX_NOTEQUAL:
        if (tok_is(p, cur(p), "<>")) parse_invalid(p);
        *op = AST_CMP_NotEq;
        break;
    case LEX_LESS: *op = AST_CMP_Lt; break;
    case LEX_LESSEQUAL: *op = AST_CMP_LtE; break;
    case LEX_GREATER: *op = AST_CMP_Gt; break;
    case LEX_GREATEREQUAL: *op = AST_CMP_GtE; break;
    case LEX_KW_in: *op = AST_CMP_In; break;
    case LEX_KW_is:
        if (kind_at(p, 1) == LEX_KW_not) {
            advance(p);
            *op = AST_CMP_IsNot;
        } else {
            *op = AST_CMP_Is;
        }
        break;
    case LEX_KW_not:
        if (kind_at(p, 1) != LEX_KW_in) return false;
        advance(p);
        *op = AST_CMP_NotIn;
        break;
    default:
        return false;
    }
    advance(p);
    return true;
}

static AstExpr *parse_comparison(Parser *p) {
    Loc start = loc_here(p);
    AstExpr *left = parse_bitwise_or(p);
    AstCmpOp op;
    if (!parse_cmpop(p, &op)) return left;
    /* Chains are short; collect in small arena arrays. */
    struct { AstCmpOp *items; int len; } ops = {0};
    AstExprList cmps = {0};
    int ocap = 0, ccap = 0;
    do {
        PUSH(p, ops, ocap, op);
        PUSH(p, cmps, ccap, parse_bitwise_or(p));
    } while (parse_cmpop(p, &op));
    AstExpr *e = mk_expr(p, AST_E_Compare, start);
    e->compare.left = left;
    e->compare.n = ops.len;
    e->compare.ops = ops.items;
    e->compare.comparators = cmps.items;
    return e;
}

static AstExpr *parse_inversion(Parser *p) {
    if (kind(p) != LEX_KW_not) return parse_comparison(p);
    Loc start = loc_here(p);
    advance(p);
    enter(p);
    AstExpr *operand = parse_inversion(p);
    leave(p);
    AstExpr *e = mk_expr(p, AST_E_UnaryOp, start);
    e->unaryop.op = AST_UOP_Not;
    e->unaryop.operand = operand;
    return e;
}

/* a and b and c -> one BoolOp with three values (likewise `or`). */
static AstExpr *parse_boolop(Parser *p, int tok, AstBoolOp op,
                             AstExpr *(*sub)(Parser *)) {
    Loc start = loc_here(p);
    AstExpr *first = sub(p);
    if (kind(p) != tok) return first;
    AstExprList vals = {0};
    int cap = 0;
    PUSH(p, vals, cap, first);
    while (accept(p, tok)) PUSH(p, vals, cap, sub(p));
    AstExpr *e = mk_expr(p, AST_E_BoolOp, start);
    e->boolop.op = op;
    e->boolop.values = vals;
    return e;
}

static AstExpr *parse_conjunction(Parser *p) {
    return parse_boolop(p, LEX_KW_and, AST_BOOL_And, parse_inversion);
}

static AstExpr *parse_disjunction(Parser *p) {
    return parse_boolop(p, LEX_KW_or, AST_BOOL_Or, parse_conjunction);
}

static AstExpr *parse_lambda(Parser *p) {
    Loc start = loc_here(p);
    advance(p);
    AstArguments *args = parse_params(p, true);
    if (kind(p) != LEX_COLON) parse_invalid(p);
    advance(p);
    AstExpr *body = parse_expr(p);
    AstExpr *e = mk_expr(p, AST_E_Lambda, start);
    e->lambda.args = args;
    e->lambda.body = body;
    return e;
}

/* expression: lambda | disjunction ['if' disjunction 'else' expression] */
static AstExpr *parse_expr(Parser *p) {
    enter(p);
    AstExpr *res;
    if (kind(p) == LEX_KW_lambda) {
        res = parse_lambda(p);
    } else {
        Loc start = loc_here(p);
        AstExpr *body = parse_disjunction(p);
        res = body;
        if (kind(p) == LEX_KW_if) {
            advance(p);
            AstExpr *test = parse_disjunction(p);
            if (kind(p) != LEX_KW_else)
                parse_fail(p, "SyntaxError", start.line, start.col, p->prev_line, p->prev_col,
                           "expected 'else' after 'if' expression");
            advance(p);
            AstExpr *orelse = parse_expr(p);
            res = mk_expr(p, AST_E_IfExp, start);
            res->ifexp.test = test;
            res->ifexp.body = body;
            res->ifexp.orelse = orelse;
        }
    }
    leave(p);
    return res;
}

/* named_expression: NAME ':=' expression | expression */
static AstExpr *parse_named_expression(Parser *p) {
    if (kind(p) == LEX_NAME && kind_at(p, 1) == LEX_COLONEQUAL) {
        Loc start = loc_here(p);
        AstExpr *target = mk_name(p, advance(p));
        target->name.ctx = AST_CTX_Store;
        advance(p);
        AstExpr *value = parse_expr(p);
        AstExpr *e = mk_expr(p, AST_E_NamedExpr, start);
        e->namedexpr.target = target;
        e->namedexpr.value = value;
        return e;
    }
    AstExpr *e = parse_expr(p);
    if (kind(p) == LEX_COLONEQUAL)
        parse_fail_node(p, e->pos, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

/* '*' bitwise_or, or else the given rule (the star_* rules differ only there) */
static AstExpr *parse_starred_or(Parser *p, AstExpr *(*otherwise)(Parser *)) {
    if (kind(p) != LEX_STAR) return otherwise(p);
    Loc start = loc_here(p);
    advance(p);
    AstExpr *v = parse_bitwise_or(p);
    AstExpr *e = mk_expr(p, AST_E_Starred, start);
    e->starred.value = v;
    return e;
}

static AstExpr *parse_star_named_expression(Parser *p) {
    return parse_starred_or(p, parse_named_expression);
}

static AstExpr *parse_star_expression(Parser *p) { return parse_starred_or(p, parse_expr); }

/* star_expressions: a, *b, c -> Tuple; a single one stays itself. */
static AstExpr *parse_star_expressions(Parser *p) {
    Loc start = loc_here(p);
    AstExpr *first = parse_star_expression(p);
    if (kind(p) != LEX_COMMA) return first;
    AstExprList elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    while (accept(p, LEX_COMMA)) {
        if (!starts_expression(kind(p)) && kind(p) != LEX_STAR &&
            kind(p) != LEX_MINUS && kind(p) != LEX_PLUS && kind(p) != LEX_KW_await)
            break;
        PUSH(p, elts, cap, parse_star_expression(p));
    }
    AstExpr *e = mk_expr(p, AST_E_Tuple, start);
    e->seq.elts = elts;
    return e;
}

static AstExpr *parse_yield_expr(Parser *p) {
    Loc start = loc_here(p);
    advance(p);
    if (accept(p, LEX_KW_from)) {
        AstExpr *v = parse_expr(p);
        AstExpr *e = mk_expr(p, AST_E_YieldFrom, start);
        e->yield.value = v;
        return e;
    }
    AstExpr *v = NULL;
    int k = kind(p);
    if (k != LEX_RPAR && k != LEX_NEWLINE && k != LEX_SEMI && k != LEX_EQUAL &&
        k != LEX_RSQB && k != LEX_RBRACE && k != LEX_ENDMARKER)
        v = parse_star_expressions(p);
    AstExpr *e = mk_expr(p, AST_E_Yield, start);
    e->yield.value = v;
    return e;
}

/* ------------------------------------------------------------------ */
/* Parameters (def and lambda)                                          */
/* ------------------------------------------------------------------ */

static AstArg *parse_param(Parser *p, bool is_lambda, bool star) {
    Loc start = loc_here(p);
    AstArg *a = palloc(p, sizeof *a);
    a->name = expect_name(p);
    if (!is_lambda && accept(p, LEX_COLON))
        a->annotation = star && kind(p) == LEX_STAR ? parse_star_expression(p)
                                                    : parse_expr(p);
    a->pos = span(p, start);
    return a;
}

static void check_duplicate_param(Parser *p, AstArguments *args, AstArg *a) {
    AstArgList lists[] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].len; i++)
            if (lists[l].items[i] != a && strcmp(lists[l].items[i]->name, a->name) == 0)
                goto dup;
    if (args->vararg && args->vararg != a && strcmp(args->vararg->name, a->name) == 0) goto dup;
    if (args->kwarg && args->kwarg != a && strcmp(args->kwarg->name, a->name) == 0) goto dup;
    return;
dup:
    parse_fail_node(p, a->pos, "duplicate argument '%s' in function definition", a->name);
}

/* Parameters up to ')' (def) or ':' (lambda); the closer is not consumed. */
static AstArguments *parse_params(Parser *p, bool is_lambda) {
    int close = is_lambda ? LEX_COLON : LEX_RPAR;
    AstArguments *args = palloc(p, sizeof *args);
    int acap = 0, kcap = 0, kdcap = 0, dcap = 0;
    bool seen_star = false, seen_slash = false;
    const LexToken *bare_star = NULL;
    while (kind(p) != close) {
        const LexToken *t = cur(p);
        if (args->kwarg)
            parse_fail_tok(p, t, "SyntaxError", "arguments cannot follow var-keyword argument");
        if (t->kind == LEX_SLASH) {
            if (seen_slash) parse_fail_tok(p, t, "SyntaxError", "/ may appear only once");
            if (seen_star) parse_fail_tok(p, t, "SyntaxError", "/ must be ahead of *");
            if (args->args.len == 0 && kind_at(p, 1) == LEX_COMMA) /* CPython's rule: "/" ',' */
                parse_fail_tok(p, t, "SyntaxError", "at least one argument must precede /");
            if (args->args.len == 0) parse_invalid(p);
            advance(p);
            seen_slash = true;
            args->posonlyargs = args->args;
            args->args = (AstArgList){0};
            acap = 0;
        } else if (t->kind == LEX_STAR) {
            if (seen_star) parse_fail_tok(p, t, "SyntaxError", "* argument may appear only once");
            advance(p);
            seen_star = true;
            if (kind(p) == LEX_COMMA || kind(p) == close) {
                bare_star = t;
            } else {
                args->vararg = parse_param(p, is_lambda, true);
                check_duplicate_param(p, args, args->vararg);
            }
        } else if (t->kind == LEX_DOUBLESTAR) {
            advance(p);
            args->kwarg = parse_param(p, is_lambda, false);
            check_duplicate_param(p, args, args->kwarg);
        } else if (t->kind == LEX_NAME) {
            AstArg *a = parse_param(p, is_lambda, false);
            AstExpr *def = NULL;
            if (accept(p, LEX_EQUAL)) def = parse_expr(p);
            if (seen_star) {
                PUSH(p, args->kwonlyargs, kcap, a);
                PUSH(p, args->kw_defaults, kdcap, def);
            } else {
                PUSH(p, args->args, acap, a);
                if (def) PUSH(p, args->defaults, dcap, def);
                else if (args->defaults.len)
                    parse_fail_node(p, a->pos, "non-default argument follows default argument");
            }
            check_duplicate_param(p, args, a);
        } else {
            parse_invalid(p);
        }
        if (kind(p) == close) break;
        if (kind(p) != LEX_COMMA) {
            if (kind(p) == LEX_EQUAL && t->kind == LEX_STAR)
                parse_fail_tok(p, cur(p), "SyntaxError", "var-positional argument cannot have default value");
            if (kind(p) == LEX_EQUAL && t->kind == LEX_DOUBLESTAR)
                parse_fail_tok(p, cur(p), "SyntaxError", "var-keyword argument cannot have default value");
            parse_invalid(p);
        }
        advance(p);
    }
    if (bare_star && args->kwonlyargs.len == 0)
        parse_fail(p, "SyntaxError", bare_star->line, bare_star->col, bare_star->end_line,
                   bare_star->end_col, "named arguments must follow bare *");
    return args;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                               */
/* ------------------------------------------------------------------ */

static void parse_simple_stmts(Parser *p, AstStmtList *out, int *cap);

/* After the ':' of a compound statement: an indented block, or simple
** statements on the same line. */
static AstStmtList parse_block(Parser *p, const char *what, int header_line) {
    AstStmtList body = {0};
    int cap = 0;
    if (kind(p) != LEX_NEWLINE) {
        parse_simple_stmts(p, &body, &cap);
        return body;
    }
    advance(p);
    if (kind(p) != LEX_INDENT)
        parse_fail_tok(p, cur(p), "IndentationError",
                       "expected an indented block after %s on line %d", what, header_line);
    advance(p);
    enter(p);
    while (kind(p) != LEX_DEDENT) parse_statement(p, &body, &cap);
    advance(p);
    leave(p);
    return body;
}

/* ------------------------------------------------------------------ */
/* Compound statements                                                  */
/* ------------------------------------------------------------------ */

/* Condition of if/elif/while: a named_expression, with CPython's hints
** for a stray '='. */
static AstExpr *parse_condition(Parser *p) {
    AstExpr *e = parse_named_expression(p);
    if (kind(p) == LEX_EQUAL && kind_at(p, 1) != LEX_EQUAL) {
        Loc start = loc_expr(e);
        if (e->kind == AST_E_Name) {
            advance(p);
            parse_bitwise_or(p);
            parse_fail_node(p, span(p, start),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (e->kind != AST_E_Compare && e->kind != AST_E_BoolOp &&
            e->kind != AST_E_IfExp && e->kind != AST_E_Lambda &&
            e->kind != AST_E_List && e->kind != AST_E_Tuple &&
            e->kind != AST_E_GeneratorExp && !(e->kind == AST_E_Constant &&
            (e->constant.kind == AST_CONST_True || e->constant.kind == AST_CONST_False ||
             e->constant.kind == AST_CONST_None)))
            parse_fail_node(p, e->pos, "cannot assign to %s here. Maybe you meant "
                                       "'==' instead of '='?", expr_name(e));
    }
    return e;
}

static AstStmt *parse_if(Parser *p, const char *what) {
    const LexToken *kw = advance(p); /* 'if' or 'elif' */
    Loc start = loc_tok(kw);
    AstExpr *test = parse_condition(p);
    expect_block_colon(p, false);
    AstStmtList body = parse_block(p, what, kw->line);
    AstStmtList orelse = {0};
    if (kind(p) == LEX_KW_elif) {
        int cap = 0;
        enter(p); /* elif nests an If in orelse */
        PUSH(p, orelse, cap, parse_if(p, "'elif' statement"));
        leave(p);
    } else if (kind(p) == LEX_KW_else) {
        const LexToken *e = advance(p);
        expect_block_colon(p, true);
        orelse = parse_block(p, "'else' statement", e->line);
    }
    AstStmt *s = mk_stmt(p, AST_S_If, start);
    s->if_.test = test;
    s->if_.body = body;
    s->if_.orelse = orelse;
    return s;
}

static AstStmtList parse_else_block(Parser *p) {
    if (kind(p) != LEX_KW_else) return (AstStmtList){0};
    const LexToken *e = advance(p);
    expect_block_colon(p, true);
    return parse_block(p, "'else' statement", e->line);
}

static AstStmt *parse_while(Parser *p) {
    const LexToken *kw = advance(p);
    Loc start = loc_tok(kw);
    AstExpr *test = parse_condition(p);
    expect_block_colon(p, false);
    AstStmtList body = parse_block(p, "'while' statement", kw->line);
    AstStmtList orelse = parse_else_block(p);
    AstStmt *s = mk_stmt(p, AST_S_While, start);
    s->while_.test = test;
    s->while_.body = body;
    s->while_.orelse = orelse;
    return s;
}

static AstStmt *parse_for(Parser *p) {
    const LexToken *kw = advance(p);
    Loc start = loc_tok(kw);
    AstExpr *target = parse_target_list(p, AST_CTX_Store, NULL);
    if (kind(p) != LEX_KW_in) parse_invalid(p);
    advance(p);
    AstExpr *iter = parse_star_expressions(p);
    expect_block_colon(p, false);
    AstStmtList body = parse_block(p, "'for' statement", kw->line);
    AstStmtList orelse = parse_else_block(p);
    AstStmt *s = mk_stmt(p, AST_S_For, start);
    s->for_.target = target;
    s->for_.iter = iter;
    s->for_.body = body;
    s->for_.orelse = orelse;
    return s;
}

static AstStmt *parse_try(Parser *p) {
    const LexToken *kw = advance(p);
    Loc start = loc_tok(kw);
    expect_block_colon(p, true);
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = AST_S_Try;
    s->try_.body = parse_block(p, "'try' statement", kw->line);
    int hcap = 0;
    while (kind(p) == LEX_KW_except) {
        const LexToken *ek = advance(p);
        AstExceptHandler *h = palloc(p, sizeof *h);
        if (kind(p) == LEX_STAR) parse_fail_tok(p, cur(p), "SyntaxError", "'except*' is not supported");
        if (kind(p) != LEX_COLON) {
            h->type = parse_expr(p);
            if (kind(p) == LEX_COMMA) {
                Loc tstart = loc_expr(h->type);
                while (accept(p, LEX_COMMA)) parse_expr(p);
                parse_fail_node(p, span(p, tstart),
                                "multiple exception types must be parenthesized");
            }
            if (accept(p, LEX_KW_as)) h->name = expect_name(p);
        }
        expect_block_colon(p, false);
        h->body = parse_block(p, "'except' statement", ek->line);
        h->pos = span(p, loc_tok(ek));
        PUSH(p, s->try_.handlers, hcap, h);
    }
    if (s->try_.handlers.len) s->try_.orelse = parse_else_block(p);
    if (kind(p) == LEX_KW_finally) {
        const LexToken *fk = advance(p);
        expect_block_colon(p, true);
        s->try_.finalbody = parse_block(p, "'finally' statement", fk->line);
    }
    if (!s->try_.handlers.len && !s->try_.finalbody.len)
        parse_fail_tok(p, cur(p), "SyntaxError", "expected 'except' or 'finally' block");
    s->pos = span(p, start);
    return s;
}

/* Index of the token after the bracket matching the '(' at p->pos. */
static int matching_paren_end(Parser *p) {
    int depth = 0;
    for (int i = p->pos; i < p->ntoks; i++) {
        int k = p->toks[i].kind;
        if (k == LEX_LPAR || k == LEX_LSQB || k == LEX_LBRACE) depth++;
        else if (k == LEX_RPAR || k == LEX_RSQB || k == LEX_RBRACE) {
            if (--depth == 0) return i + 1;
        } else if (k == LEX_ENDMARKER || k == LEX_ERROR) {
            return i;
        }
    }
    return p->ntoks - 1;
}

static AstWithItem *parse_with_item(Parser *p) {
    AstWithItem *it = palloc(p, sizeof *it);
    it->context_expr = parse_expr(p);
    if (accept(p, LEX_KW_as)) {
        it->optional_vars = parse_target_elem(p);
        check_target(p, it->optional_vars, AST_CTX_Store, false);
    }
    return it;
}

static AstStmt *parse_with(Parser *p) {
    const LexToken *kw = advance(p);
    Loc start = loc_tok(kw);
    AstWithItemList items = {0};
    int cap = 0;
    /* with (a as b, c as d): -- parenthesized items when ')' is followed
    ** directly by ':'. */
    int after = kind(p) == LEX_LPAR ? matching_paren_end(p) : -1;
    if (after >= 0 && p->toks[after].kind == LEX_COLON) {
        advance(p);
        while (kind(p) != LEX_RPAR) {
            PUSH(p, items, cap, parse_with_item(p));
            if (!accept(p, LEX_COMMA)) break;
        }
        expect(p, LEX_RPAR);
    } else {
        do PUSH(p, items, cap, parse_with_item(p));
        while (accept(p, LEX_COMMA));
    }
    expect_block_colon(p, false);
    AstStmtList body = parse_block(p, "'with' statement", kw->line);
    AstStmt *s = mk_stmt(p, AST_S_With, start);
    s->with.items = items;
    s->with.body = body;
    return s;
}

static AstStmt *parse_funcdef(Parser *p, AstExprList decorators, Loc start) {
    const LexToken *kw = advance(p);
    const char *name = expect_name(p);
    if (kind(p) != LEX_LPAR) parse_fail_tok(p, cur(p), "SyntaxError", "expected '('");
    advance(p);
    enter(p);
    AstArguments *args = parse_params(p, false);
    leave(p);
    expect(p, LEX_RPAR);
    AstExpr *returns = NULL;
    if (accept(p, LEX_RARROW)) returns = parse_expr(p);
    expect_block_colon(p, true);
    AstStmtList body = parse_block(p, "function definition", kw->line);
    AstStmt *s = mk_stmt(p, AST_S_FunctionDef, start);
    s->funcdef.name = name;
    s->funcdef.args = args;
    s->funcdef.body = body;
    s->funcdef.decorator_list = decorators;
    s->funcdef.returns = returns;
    return s;
}

static AstStmt *parse_classdef(Parser *p, AstExprList decorators, Loc start) {
    const LexToken *kw = advance(p);
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = AST_S_ClassDef;
    s->classdef.name = expect_name(p);
    if (kind(p) == LEX_LPAR) {
        Loc open = loc_here(p);
        enter(p);
        advance(p);
        parse_call_args(p, &s->classdef.bases, &s->classdef.keywords, open);
        leave(p);
    }
    expect_block_colon(p, false);
    s->classdef.body = parse_block(p, "class definition", kw->line);
    s->classdef.decorator_list = decorators;
    s->pos = span(p, start);
    return s;
}

static AstStmt *parse_decorated(Parser *p) {
    AstExprList decs = {0};
    int cap = 0;
    while (accept(p, LEX_AT)) {
        PUSH(p, decs, cap, parse_named_expression(p));
        expect(p, LEX_NEWLINE);
    }
    /* CPython 3.11 starts a decorated definition's position at 'def'. */
    if (kind(p) == LEX_KW_def) return parse_funcdef(p, decs, loc_here(p));
    if (kind(p) == LEX_KW_class) return parse_classdef(p, decs, loc_here(p));
    if (kind(p) == LEX_KW_async) parse_fail_tok(p, cur(p), "SyntaxError", "'async' is not supported");
    parse_invalid(p);
}

/* ------------------------------------------------------------------ */
/* Simple statements                                                    */
/* ------------------------------------------------------------------ */

static bool at_stmt_end(Parser *p) {
    int k = kind(p);
    return k == LEX_NEWLINE || k == LEX_SEMI || k == LEX_ENDMARKER;
}

/* Is there another '=' at bracket depth 0 before the end of the
** statement?  (Chooses between CPython's two "cannot assign" forms.) */
static bool more_assignments_ahead(Parser *p) {
    int depth = 0;
    for (int i = p->pos + 1; i < p->ntoks; i++) { /* p->pos is the '=' */
        int k = p->toks[i].kind;
        if (k == LEX_LPAR || k == LEX_LSQB || k == LEX_LBRACE) depth++;
        else if (k == LEX_RPAR || k == LEX_RSQB || k == LEX_RBRACE) depth--;
        else if (depth == 0 && (k == LEX_NEWLINE || k == LEX_SEMI || k == LEX_ENDMARKER ||
                                k == LEX_ERROR))
            return false;
        else if (depth == 0 && (k == LEX_EQUAL || k == LEX_COLONEQUAL)) return true;
    }
    return false;
}

static bool augassign_op(int k, AstBinOp *op) {
    switch (k) {
    case LEX_PLUSEQUAL: *op = AST_OP_Add; return true;
    case LEX_MINEQUAL: *op = AST_OP_Sub; return true;
    case LEX_STAREQUAL: *op = AST_OP_Mult; return true;
    case LEX_ATEQUAL: *op = AST_OP_MatMult; return true;
    case LEX_SLASHEQUAL: *op = AST_OP_Div; return true;
    case LEX_DOUBLESLASHEQUAL: *op = AST_OP_FloorDiv; return true;
    case LEX_PERCENTEQUAL: *op = AST_OP_Mod; return true;
    case LEX_DOUBLESTAREQUAL: *op = AST_OP_Pow; return true;
    case LEX_LEFTSHIFTEQUAL: *op = AST_OP_LShift; return true;
    case LEX_RIGHTSHIFTEQUAL: *op = AST_OP_RShift; return true;
    case LEX_VBAREQUAL: *op = AST_OP_BitOr; return true;
    case LEX_CIRCUMFLEXEQUAL: *op = AST_OP_BitXor; return true;
    case LEX_AMPEREQUAL: *op = AST_OP_BitAnd; return true;
    default: return false;
    }
}

static AstExpr *parse_rhs(Parser *p) {
    return kind(p) == LEX_KW_yield ? parse_yield_expr(p) : parse_star_expressions(p);
}

static AstStmt *parse_expr_stmt(Parser *p) {
    Loc start = loc_here(p);
    bool paren_first = kind(p) == LEX_LPAR;
    AstExpr *e = parse_rhs(p);
    AstBinOp op;
    int k = kind(p);
    if (k == LEX_EQUAL) {
        AstExprList targets = {0};
        int cap = 0;
        bool first = true;
        AstExpr *value = e;
        while (kind(p) == LEX_EQUAL) {
            check_target(p, value, AST_CTX_Store, first && !more_assignments_ahead(p));
            first = false;
            PUSH(p, targets, cap, value);
            advance(p);
            value = parse_rhs(p);
        }
        AstStmt *s = mk_stmt(p, AST_S_Assign, start);
        s->assign.targets = targets;
        s->assign.value = value;
        return s;
    }
    if (augassign_op(k, &op)) {
        if (e->kind != AST_E_Name && e->kind != AST_E_Attribute && e->kind != AST_E_Subscript)
            parse_fail_node(p, e->pos, "'%s' is an illegal expression for augmented assignment",
                            expr_name(e));
        set_ctx(e, AST_CTX_Store);
        advance(p);
        AstExpr *value = parse_rhs(p);
        AstStmt *s = mk_stmt(p, AST_S_AugAssign, start);
        s->augassign.target = e;
        s->augassign.op = op;
        s->augassign.value = value;
        return s;
    }
    if (k == LEX_COLON) {
        /* Only an annotation makes this an annotated assignment. */
        if (!starts_expression(kind_at(p, 1)) && kind_at(p, 1) != LEX_MINUS &&
            kind_at(p, 1) != LEX_PLUS)
            parse_invalid(p);
        if (e->kind == AST_E_Tuple || e->kind == AST_E_List)
            parse_fail_node(p, e->pos, "only single target (not %s) can be annotated",
                            e->kind == AST_E_Tuple ? "tuple" : "list");
        if (e->kind != AST_E_Name && e->kind != AST_E_Attribute && e->kind != AST_E_Subscript)
            parse_fail_node(p, e->pos, "illegal target for annotation");
        set_ctx(e, AST_CTX_Store);
        advance(p);
        AstExpr *ann = parse_expr(p);
        AstExpr *value = NULL;
        if (accept(p, LEX_EQUAL)) value = parse_rhs(p);
        AstStmt *s = mk_stmt(p, AST_S_AnnAssign, start);
        s->annassign.target = e;
        s->annassign.annotation = ann;
        s->annassign.value = value;
        s->annassign.simple = e->kind == AST_E_Name && !paren_first;
        return s;
    }
    if (k == LEX_COLONEQUAL && e->kind != AST_E_Name)
        parse_fail_node(p, e->pos, "cannot use assignment expressions with %s", expr_name(e));
    /* `match x:` can only be a match statement, which we do not parse. */
    if (e->kind == AST_E_Name && strcmp(e->name.id, "match") == 0 &&
        (starts_expression(kind(p)) || kind(p) == LEX_MINUS || kind(p) == LEX_STAR))
        parse_fail_node(p, e->pos, "'match' statements are not supported");
    /* print "x" -> CPython's legacy hint. */
    if (e->kind == AST_E_Name && (strcmp(e->name.id, "print") == 0 ||
                                  strcmp(e->name.id, "exec") == 0) &&
        starts_expression(kind(p)) && kind(p) != LEX_LPAR) {
        AstExpr *arg = parse_star_expressions(p);
        parse_fail(p, "SyntaxError", e->pos.line, e->pos.col, arg->pos.end_line,
                   arg->pos.end_col, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                   e->name.id, e->name.id);
    }
    AstStmt *s = mk_stmt(p, AST_S_Expr, start);
    s->expr.value = e;
    return s;
}

static void parse_dotted_name(Parser *p, PBuf *b) {
    const LexToken *t = cur(p);
    if (t->kind != LEX_NAME) parse_invalid(p);
    advance(p);
    size_t n;
    const char *s = name_text(p, t, &n);
    pbuf_put(p, b, s, n);
    while (kind(p) == LEX_DOT) {
        advance(p);
        t = cur(p);
        if (t->kind != LEX_NAME) parse_invalid(p);
        advance(p);
        pbuf_putc(p, b, '.');
        s = name_text(p, t, &n);
        pbuf_put(p, b, s, n);
    }
}

static AstStmt *parse_import(Parser *p, Loc start) {
    advance(p);
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = AST_S_Import;
    int cap = 0;
    do {
        Loc astart = loc_here(p);
        AstAlias *a = palloc(p, sizeof *a);
        PBuf b = {0};
        parse_dotted_name(p, &b);
        a->name = b.data;
        if (accept(p, LEX_KW_as)) a->asname = expect_name(p);
        a->pos = span(p, astart);
        PUSH(p, s->import.names, cap, a);
    } while (accept(p, LEX_COMMA));
    s->pos = span(p, start);
    return s;
}

static AstStmt *parse_from_import(Parser *p, Loc start) {
    advance(p);
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = AST_S_ImportFrom;
    for (;;) {
        if (accept(p, LEX_DOT)) s->importfrom.level += 1;
        else if (accept(p, LEX_ELLIPSIS)) s->importfrom.level += 3;
        else break;
    }
    if (kind(p) != LEX_KW_import || s->importfrom.level == 0) {
        PBuf b = {0};
        parse_dotted_name(p, &b);
        s->importfrom.module = b.data;
    }
    if (kind(p) != LEX_KW_import) parse_invalid(p);
    advance(p);
    int cap = 0;
    if (kind(p) == LEX_STAR) {
        Loc astart = loc_here(p);
        advance(p);
        AstAlias *a = palloc(p, sizeof *a);
        a->name = "*";
        a->pos = span(p, astart);
        PUSH(p, s->importfrom.names, cap, a);
    } else {
        bool paren = accept(p, LEX_LPAR);
        for (;;) {
            Loc astart = loc_here(p);
            AstAlias *a = palloc(p, sizeof *a);
            a->name = expect_name(p);
            if (accept(p, LEX_KW_as)) a->asname = expect_name(p);
            a->pos = span(p, astart);
            PUSH(p, s->importfrom.names, cap, a);
            if (!accept(p, LEX_COMMA)) break;
            if (paren && kind(p) == LEX_RPAR) break;
            if (!paren && at_stmt_end(p))
                parse_fail_tok(p, cur(p), "SyntaxError",
                               "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(p, LEX_RPAR);
    }
    s->pos = span(p, start);
    return s;
}

static AstStmt *parse_names_stmt(Parser *p, AstStmtKind k, Loc start) {
    advance(p);
    AstStmt *s = palloc(p, sizeof *s);
    s->kind = k;
    int cap = 0;
    do PUSH(p, s->names.names, cap, expect_name(p));
    while (accept(p, LEX_COMMA));
    s->pos = span(p, start);
    return s;
}

static AstStmt *parse_simple_stmt(Parser *p) {
    const LexToken *t = cur(p);
    Loc start = loc_tok(t);
    AstStmt *s;
    switch (t->kind) {
    case LEX_KW_pass:
        advance(p);
        return mk_stmt(p, AST_S_Pass, start);
    case LEX_KW_break:
        advance(p);
        return mk_stmt(p, AST_S_Break, start);
    case LEX_KW_continue:
        advance(p);
        return mk_stmt(p, AST_S_Continue, start);
    case LEX_KW_return: {
        advance(p);
        AstExpr *v = at_stmt_end(p) ? NULL : parse_star_expressions(p);
        s = mk_stmt(p, AST_S_Return, start);
        s->return_.value = v;
        return s;
    }
    case LEX_KW_raise: {
        advance(p);
        AstExpr *exc = NULL, *cause = NULL;
        if (!at_stmt_end(p)) {
            exc = parse_expr(p);
            if (accept(p, LEX_KW_from)) cause = parse_expr(p);
        }
        s = mk_stmt(p, AST_S_Raise, start);
        s->raise.exc = exc;
        s->raise.cause = cause;
        return s;
    }
    case LEX_KW_global:
        return parse_names_stmt(p, AST_S_Global, start);
    case LEX_KW_nonlocal:
        return parse_names_stmt(p, AST_S_Nonlocal, start);
    case LEX_KW_del: {
        advance(p);
        bool bare;
        AstExpr *targets = parse_target_list(p, AST_CTX_Del, &bare);
        if (!at_stmt_end(p)) parse_invalid(p);
        s = mk_stmt(p, AST_S_Delete, start);
        int cap = 0;
        if (bare) { /* del a, b: two targets; del (a, b): one Tuple */
            s->delete.targets = targets->seq.elts;
        } else {
            PUSH(p, s->delete.targets, cap, targets);
        }
        return s;
    }
    case LEX_KW_assert: {
        advance(p);
        AstExpr *test = parse_expr(p);
        AstExpr *msg = accept(p, LEX_COMMA) ? parse_expr(p) : NULL;
        s = mk_stmt(p, AST_S_Assert, start);
        s->assert_.test = test;
        s->assert_.msg = msg;
        return s;
    }
    case LEX_KW_import:
        return parse_import(p, start);
    case LEX_KW_from:
        return parse_from_import(p, start);
    default:
        return parse_expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void parse_simple_stmts(Parser *p, AstStmtList *out, int *cap) {
    for (;;) {
        PUSH(p, *out, *cap, parse_simple_stmt(p));
        if (kind(p) == LEX_NEWLINE) break;
        if (kind(p) != LEX_SEMI) parse_invalid(p);
        advance(p);
        if (kind(p) == LEX_NEWLINE) break;
    }
    advance(p);
}

static void parse_statement(Parser *p, AstStmtList *out, int *cap) {
    const LexToken *t = cur(p);
    AstExprList nodecs = {0};
    AstStmt *s;
    switch (t->kind) {
    case LEX_KW_if: s = parse_if(p, "'if' statement"); break;
    case LEX_KW_while: s = parse_while(p); break;
    case LEX_KW_for: s = parse_for(p); break;
    case LEX_KW_try: s = parse_try(p); break;
    case LEX_KW_with: s = parse_with(p); break;
    case LEX_KW_def: s = parse_funcdef(p, nodecs, loc_tok(t)); break;
    case LEX_KW_class: s = parse_classdef(p, nodecs, loc_tok(t)); break;
    case LEX_AT: s = parse_decorated(p); break;
    case LEX_INDENT:
        parse_fail(p, "IndentationError", t->line, -1, t->line, -1, "unexpected indent");
    case LEX_KW_async:
        parse_fail_tok(p, t, "SyntaxError", "'async' is not supported");
    default:
        enter(p);
        parse_simple_stmts(p, out, cap);
        leave(p);
        return;
    }
    PUSH(p, *out, *cap, s);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                         */
/* ------------------------------------------------------------------ */

static AstModule *parse_file(Parser *p) {
    AstModule *mod = palloc(p, sizeof *mod);
    mod->filename = p->filename;
    int cap = 0;
    while (kind(p) == LEX_NEWLINE) advance(p);
    while (kind(p) != LEX_ENDMARKER) parse_statement(p, &mod->body, &cap);
    return mod;
}

/* The single catch point.  No locals are live across the longjmp. */
static void *parse_run(Parser *p, void *(*rule)(Parser *)) {
    jmp_buf jb;
    p->jmp = &jb;
    if (setjmp(jb)) return NULL;
    return rule(p);
}

/* CPython tokenizes the rest of the file after a parser error; a
** tokenizer error there replaces the parser's (an unclosed bracket only if
** it was opened on an earlier line than the parser error). */
static void parse_prefer_lexer_error(const Lexer *lx, SyntaxErr *err, int fail_line) {
    if (!lx->err.kind || !err->kind || strcmp(err->kind, "MemoryError") == 0) return;
    if (memcmp(err, &lx->err, sizeof *err) == 0) return;
    if (lx->err_bracket_line ? lx->err_bracket_line < fail_line : !lx->err_soft) *err = lx->err;
}

static void *rule_file(Parser *p) { return parse_file(p); }

static void *rule_eval(Parser *p) {
    /* eval() ignores leading whitespace, hence the INDENT/DEDENT. */
    while (kind(p) == LEX_NEWLINE || kind(p) == LEX_INDENT) advance(p);
    AstExpr *e = parse_star_expressions(p);
    while (kind(p) == LEX_NEWLINE || kind(p) == LEX_DEDENT) advance(p);
    if (kind(p) != LEX_ENDMARKER) parse_invalid(p);
    return e;
}

static void *parse_entry(AstArena *arena, const char *src, size_t len,
                         const char *filename, ParseMode mode, SyntaxErr *err,
                         void *(*rule)(Parser *)) {
    memset(err, 0, sizeof *err);
    if (!filename) filename = "<string>";
    if (len > UINT32_MAX - 4) {
        lex_set_error(err, "SyntaxError", filename, NULL, 0, 0, -1, 0, -1, "source too large");
        return NULL;
    }
    Lexer lx;
    int depth = 0, fail_line = 0;
    Parser p = {0};
    p.arena = arena;
    p.err = err;
    p.filename = ast_strndup(arena, filename, strlen(filename));
    bool ok = p.filename && lex_run(&lx, src, len, filename, 1, 0, NULL, 0, NULL);
    if (!ok) {
        if (p.filename) lex_free(&lx);
        memset(err, 0, sizeof *err);
        err->kind = "MemoryError";
        snprintf(err->msg, sizeof err->msg, "out of memory while parsing");
        snprintf(err->filename, sizeof err->filename, "%s", filename);
        return NULL;
    }
    p.lx = &lx;
    p.toks = lx.toks;
    p.ntoks = lx.ntoks;
    p.buf = src;
    p.file_src = src;
    p.file_len = len;
    p.depth = &depth;
    p.fail_line = &fail_line;
    p.prev_line = 1;
    void *res = parse_run(&p, rule);
    /* The REPL, like CPython's, reports the parser's error as is: input
    ** that merely ends early must stay "incomplete". */
    if (!res && mode != PARSE_INTERACTIVE) parse_prefer_lexer_error(&lx, err, fail_line);
    lex_free(&lx);
    return res;
}

AstModule *parse_source(AstArena *arena, const char *src, size_t len,
                        const char *filename, ParseMode mode, SyntaxErr *err) {
    AstModule *mod = parse_entry(arena, src, len, filename, mode, err, rule_file);
    if (mod && mode == PARSE_INTERACTIVE)
        for (int i = 0; i < mod->body.len; i++)
            if (mod->body.items[i]->kind == AST_S_Expr) mod->body.items[i]->expr.echo = true;
    return mod;
}

AstModule *parse_module(AstArena *arena, const char *src, size_t len,
                        const char *filename, SyntaxErr *err) {
    return parse_source(arena, src, len, filename, PARSE_FILE, err);
}

AstExpr *parse_expression(AstArena *arena, const char *src, size_t len,
                          const char *filename, SyntaxErr *err) {
    return parse_entry(arena, src, len, filename, PARSE_FILE, err, rule_eval);
}

/* ------------------------------------------------------------------ */
/* Printing                                                             */
/* ------------------------------------------------------------------ */

/* CPython's print_error_text, with 0-based columns. */
void syntaxerr_print(const SyntaxErr *e, FILE *out) {
    /* Errors without a position (bad source encoding) are one line. */
    if (e->line > 0) fprintf(out, "  File \"%s\", line %d\n", e->filename, e->line);
    if (e->text[0]) {
        int col = e->col, end_col = e->end_col;
        if (e->end_line > e->line) { /* a range over lines: mark to line end */
            end_col = 0;
            for (const char *c = e->text; *c; c++) end_col += ((unsigned char)*c & 0xC0) != 0x80;
        }
        int reps = end_col > col ? end_col - col : 1;
        const char *text = e->text;
        while (*text == ' ' || *text == '\t' || *text == '\f') {
            text++;
            col--;
        }
        int len = 0; /* in characters */
        for (const char *c = text; *c; c++) len += ((unsigned char)*c & 0xC0) != 0x80;
        if (col > len) col = len;
        fprintf(out, "    %s\n", text);
        if (col >= 0 && e->col >= 0) {
            fprintf(out, "    %*s", col, "");
            for (int i = 0; i < reps; i++) fputc('^', out);
            fputc('\n', out);
        }
    }
    fprintf(out, "%s: %s\n", e->kind ? e->kind : "SyntaxError", e->msg);
}
