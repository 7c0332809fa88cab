/*
** ast.c — the AST arena, operator/kind names, and the S-expression dump.
*/
#define _POSIX_C_SOURCE 200809L
#include "ast.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Arena                                                                */
/* ------------------------------------------------------------------ */

/* Chunks are calloc'd, so bump allocation hands out zeroed memory for
** free.  Large requests get a chunk of their own, linked behind the
** current one so the current chunk keeps filling. */
enum { AST_CHUNK_SIZE = 64 * 1024, AST_ALIGN = 16 };

typedef struct AstChunk {
    struct AstChunk *next;
    size_t size, used;
    _Alignas(AST_ALIGN) unsigned char data[];
} AstChunk;

struct AstArena {
    AstChunk *head;
    size_t total;
};

AstArena *ast_arena_new(void) { return calloc(1, sizeof(AstArena)); }

void ast_arena_free(AstArena *arena) {
    if (!arena) return;
    AstChunk *c = arena->head;
    while (c) {
        AstChunk *next = c->next;
        free(c);
        c = next;
    }
    free(arena);
}

void *ast_alloc(AstArena *arena, size_t size) {
    size = (size + AST_ALIGN - 1) & ~(size_t)(AST_ALIGN - 1);
    if (size == 0) size = AST_ALIGN;
    AstChunk *c = arena->head;
    if (c && c->size - c->used >= size) {
        void *p = c->data + c->used;
        c->used += size;
        arena->total += size;
        return p;
    }
    bool big = size > AST_CHUNK_SIZE / 4;
    size_t csize = big ? size : AST_CHUNK_SIZE;
    AstChunk *nc = calloc(1, sizeof(AstChunk) + csize);
    if (!nc) return NULL;
    nc->size = csize;
    nc->used = size;
    if (big && c) {
        nc->next = c->next;
        c->next = nc;
    } else {
        nc->next = c;
        arena->head = nc;
    }
    arena->total += size;
    return nc->data;
}

char *ast_strndup(AstArena *arena, const char *s, size_t len) {
    char *d = ast_alloc(arena, len + 1);
    if (!d) return NULL;
    if (len) memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

size_t ast_arena_used(const AstArena *arena) { return arena->total; }

/* ------------------------------------------------------------------ */
/* Names                                                                */
/* ------------------------------------------------------------------ */

#define AST_NAME_(name, sym) #name,
#define AST_SYM_(name, sym) sym,
static const char *const binop_names[] = {AST_BINOPS(AST_NAME_)};
static const char *const binop_syms[] = {AST_BINOPS(AST_SYM_)};
static const char *const unaryop_names[] = {AST_UNARYOPS(AST_NAME_)};
static const char *const cmpop_names[] = {AST_CMPOPS(AST_NAME_)};
static const char *const cmpop_syms[] = {AST_CMPOPS(AST_SYM_)};
static const char *const boolop_names[] = {AST_BOOLOPS(AST_NAME_)};
static const char *const expr_names[] = {AST_EXPR_KINDS(AST_NAME_)};
static const char *const stmt_names[] = {AST_STMT_KINDS(AST_NAME_)};
#undef AST_NAME_
#undef AST_SYM_

const char *ast_binop_name(AstBinOp op) { return binop_names[op]; }
const char *ast_binop_symbol(AstBinOp op) { return binop_syms[op]; }
const char *ast_unaryop_name(AstUnaryOp op) { return unaryop_names[op]; }
const char *ast_cmpop_name(AstCmpOp op) { return cmpop_names[op]; }
const char *ast_cmpop_symbol(AstCmpOp op) { return cmpop_syms[op]; }
const char *ast_boolop_name(AstBoolOp op) { return boolop_names[op]; }
const char *ast_expr_kind_name(AstExprKind k) { return expr_names[k]; }
const char *ast_stmt_kind_name(AstStmtKind k) { return stmt_names[k]; }

/* ------------------------------------------------------------------ */
/* Dump                                                                 */
/* ------------------------------------------------------------------ */

typedef struct AstDumper {
    FILE *out;
    bool pos;
} AstDumper;

static void dump_expr(AstDumper *d, const AstExpr *e);
static void dump_block(AstDumper *d, const char *label, AstStmtList body, int ind);
static void dump_stmt(AstDumper *d, const AstStmt *s, int ind);

static void dump_pos(AstDumper *d, AstPos p) {
    if (d->pos) fprintf(d->out, " @%d:%d-%d:%d", p.line, p.col, p.end_line, p.end_col);
}

static void dump_str(AstDumper *d, const char *s, size_t len) {
    fputc('\'', d->out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '\\') fprintf(d->out, "\\%c", c);
        else if (c == '\n') fputs("\\n", d->out);
        else if (c == '\t') fputs("\\t", d->out);
        else if (c < 0x20 || c == 0x7f) fprintf(d->out, "\\x%02x", c);
        else fputc(c, d->out);
    }
    fputc('\'', d->out);
}

static void dump_list(AstDumper *d, const char *label, AstExprList l) {
    fprintf(d->out, " (%s", label);
    for (int i = 0; i < l.len; i++) {
        fputc(' ', d->out);
        if (l.items[i]) dump_expr(d, l.items[i]);
        else fputs("-", d->out);
    }
    fputc(')', d->out);
}

static void dump_opt(AstDumper *d, const AstExpr *e) {
    fputc(' ', d->out);
    if (e) dump_expr(d, e);
    else fputs("-", d->out);
}

static const char *ctx_name(AstCtx c) {
    return c == AST_CTX_Store ? " Store" : c == AST_CTX_Del ? " Del" : "";
}

static void dump_const(AstDumper *d, const AstConst *c) {
    switch (c->kind) {
    case AST_CONST_None: fputs("None", d->out); break;
    case AST_CONST_True: fputs("True", d->out); break;
    case AST_CONST_False: fputs("False", d->out); break;
    case AST_CONST_Ellipsis: fputs("Ellipsis", d->out); break;
    case AST_CONST_Int: fprintf(d->out, "%lld", (long long)c->i); break;
    case AST_CONST_BigInt: fprintf(d->out, "big%d:%s", c->big.base, c->big.digits); break;
    case AST_CONST_Float: fprintf(d->out, "%.17g", c->f); break;
    case AST_CONST_Imag: fprintf(d->out, "%.17gj", c->f); break;
    case AST_CONST_Str: dump_str(d, c->str.data, c->str.len); break;
    }
}

static void dump_arg(AstDumper *d, const AstArg *a) {
    fprintf(d->out, " %s", a->name);
    if (a->annotation) {
        fputc(':', d->out);
        dump_expr(d, a->annotation);
    }
}

static void dump_arglist(AstDumper *d, const char *label, AstArgList l) {
    if (!l.len) return;
    fprintf(d->out, " (%s", label);
    for (int i = 0; i < l.len; i++) dump_arg(d, l.items[i]);
    fputc(')', d->out);
}

static void dump_arguments(AstDumper *d, const AstArguments *a) {
    fputs("(arguments", d->out);
    dump_arglist(d, "posonly", a->posonlyargs);
    dump_arglist(d, "args", a->args);
    if (a->vararg) {
        fputs(" (vararg", d->out);
        dump_arg(d, a->vararg);
        fputc(')', d->out);
    }
    dump_arglist(d, "kwonly", a->kwonlyargs);
    if (a->kwonlyargs.len) dump_list(d, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        fputs(" (kwarg", d->out);
        dump_arg(d, a->kwarg);
        fputc(')', d->out);
    }
    if (a->defaults.len) dump_list(d, "defaults", a->defaults);
    fputc(')', d->out);
}

static void dump_keywords(AstDumper *d, AstKeywordList kws) {
    for (int i = 0; i < kws.len; i++) {
        fprintf(d->out, " (keyword %s ", kws.items[i]->arg ? kws.items[i]->arg : "**");
        dump_expr(d, kws.items[i]->value);
        fputc(')', d->out);
    }
}

static void dump_generators(AstDumper *d, AstCompList gens) {
    for (int i = 0; i < gens.len; i++) {
        const AstComprehension *g = gens.items[i];
        fputs(" (for ", d->out);
        dump_expr(d, g->target);
        fputc(' ', d->out);
        dump_expr(d, g->iter);
        for (int j = 0; j < g->ifs.len; j++) {
            fputs(" (if ", d->out);
            dump_expr(d, g->ifs.items[j]);
            fputc(')', d->out);
        }
        fputc(')', d->out);
    }
}

static void dump_expr(AstDumper *d, const AstExpr *e) {
    FILE *o = d->out;
    fprintf(o, "(%s", ast_expr_kind_name(e->kind));
    dump_pos(d, e->pos);
    switch (e->kind) {
    case AST_E_BoolOp:
        fprintf(o, " %s", ast_boolop_name(e->boolop.op));
        for (int i = 0; i < e->boolop.values.len; i++) dump_opt(d, e->boolop.values.items[i]);
        break;
    case AST_E_NamedExpr:
        dump_opt(d, e->namedexpr.target);
        dump_opt(d, e->namedexpr.value);
        break;
    case AST_E_BinOp:
        fprintf(o, " %s", ast_binop_name(e->binop.op));
        dump_opt(d, e->binop.left);
        dump_opt(d, e->binop.right);
        break;
    case AST_E_UnaryOp:
        fprintf(o, " %s", ast_unaryop_name(e->unaryop.op));
        dump_opt(d, e->unaryop.operand);
        break;
    case AST_E_Lambda:
        fputc(' ', o);
        dump_arguments(d, e->lambda.args);
        dump_opt(d, e->lambda.body);
        break;
    case AST_E_IfExp:
        dump_opt(d, e->ifexp.test);
        dump_opt(d, e->ifexp.body);
        dump_opt(d, e->ifexp.orelse);
        break;
    case AST_E_Dict:
        dump_list(d, "keys", e->dict.keys);
        dump_list(d, "values", e->dict.values);
        break;
    case AST_E_Set:
        for (int i = 0; i < e->set.elts.len; i++) dump_opt(d, e->set.elts.items[i]);
        break;
    case AST_E_ListComp:
    case AST_E_SetComp:
    case AST_E_GeneratorExp:
        dump_opt(d, e->comp.elt);
        dump_generators(d, e->comp.generators);
        break;
    case AST_E_DictComp:
        dump_opt(d, e->dictcomp.key);
        dump_opt(d, e->dictcomp.value);
        dump_generators(d, e->dictcomp.generators);
        break;
    case AST_E_Yield:
    case AST_E_YieldFrom:
        dump_opt(d, e->yield.value);
        break;
    case AST_E_Compare:
        dump_opt(d, e->compare.left);
        for (int i = 0; i < e->compare.n; i++) {
            fprintf(o, " %s", ast_cmpop_name(e->compare.ops[i]));
            dump_opt(d, e->compare.comparators[i]);
        }
        break;
    case AST_E_Call:
        dump_opt(d, e->call.func);
        for (int i = 0; i < e->call.args.len; i++) dump_opt(d, e->call.args.items[i]);
        dump_keywords(d, e->call.keywords);
        break;
    case AST_E_FormattedValue:
        dump_opt(d, e->formatted.value);
        if (e->formatted.conversion >= 0) fprintf(o, " !%c", e->formatted.conversion);
        if (e->formatted.format_spec) dump_opt(d, e->formatted.format_spec);
        break;
    case AST_E_JoinedStr:
        for (int i = 0; i < e->joinedstr.values.len; i++) dump_opt(d, e->joinedstr.values.items[i]);
        break;
    case AST_E_Constant:
        fputc(' ', o);
        dump_const(d, &e->constant);
        break;
    case AST_E_Attribute:
        dump_opt(d, e->attribute.value);
        fprintf(o, " %s%s", e->attribute.attr, ctx_name(e->attribute.ctx));
        break;
    case AST_E_Subscript:
        dump_opt(d, e->subscript.value);
        dump_opt(d, e->subscript.slice);
        fputs(ctx_name(e->subscript.ctx), o);
        break;
    case AST_E_Starred:
        dump_opt(d, e->starred.value);
        fputs(ctx_name(e->starred.ctx), o);
        break;
    case AST_E_Name:
        fprintf(o, " %s%s", e->name.id, ctx_name(e->name.ctx));
        break;
    case AST_E_List:
    case AST_E_Tuple:
        for (int i = 0; i < e->seq.elts.len; i++) dump_opt(d, e->seq.elts.items[i]);
        fputs(ctx_name(e->seq.ctx), o);
        break;
    case AST_E_Slice:
        dump_opt(d, e->slice.lower);
        dump_opt(d, e->slice.upper);
        dump_opt(d, e->slice.step);
        break;
    case AST_EXPR_KIND_COUNT:
        break;
    }
    fputc(')', o);
}

static void dump_indent(AstDumper *d, int ind) {
    fprintf(d->out, "\n%*s", ind * 2, "");
}

static void dump_block(AstDumper *d, const char *label, AstStmtList body, int ind) {
    dump_indent(d, ind);
    fprintf(d->out, "(%s", label);
    for (int i = 0; i < body.len; i++) dump_stmt(d, body.items[i], ind + 1);
    fputc(')', d->out);
}

static void dump_aliases(AstDumper *d, AstAliasList names) {
    for (int i = 0; i < names.len; i++) {
        fprintf(d->out, " %s", names.items[i]->name);
        if (names.items[i]->asname) fprintf(d->out, ":%s", names.items[i]->asname);
    }
}

static void dump_stmt(AstDumper *d, const AstStmt *s, int ind) {
    FILE *o = d->out;
    dump_indent(d, ind);
    fprintf(o, "(%s", ast_stmt_kind_name(s->kind));
    dump_pos(d, s->pos);
    switch (s->kind) {
    case AST_S_FunctionDef:
        fprintf(o, " %s", s->funcdef.name);
        if (s->funcdef.decorator_list.len) dump_list(d, "decorators", s->funcdef.decorator_list);
        fputc(' ', o);
        dump_arguments(d, s->funcdef.args);
        if (s->funcdef.returns) {
            fputs(" (returns", o);
            dump_opt(d, s->funcdef.returns);
            fputc(')', o);
        }
        dump_block(d, "body", s->funcdef.body, ind + 1);
        break;
    case AST_S_ClassDef:
        fprintf(o, " %s", s->classdef.name);
        if (s->classdef.decorator_list.len) dump_list(d, "decorators", s->classdef.decorator_list);
        dump_list(d, "bases", s->classdef.bases);
        dump_keywords(d, s->classdef.keywords);
        dump_block(d, "body", s->classdef.body, ind + 1);
        break;
    case AST_S_Return:
        dump_opt(d, s->return_.value);
        break;
    case AST_S_Delete:
        for (int i = 0; i < s->delete.targets.len; i++) dump_opt(d, s->delete.targets.items[i]);
        break;
    case AST_S_Assign:
        dump_list(d, "targets", s->assign.targets);
        dump_opt(d, s->assign.value);
        break;
    case AST_S_AugAssign:
        dump_opt(d, s->augassign.target);
        fprintf(o, " %s", ast_binop_name(s->augassign.op));
        dump_opt(d, s->augassign.value);
        break;
    case AST_S_AnnAssign:
        dump_opt(d, s->annassign.target);
        dump_opt(d, s->annassign.annotation);
        dump_opt(d, s->annassign.value);
        if (s->annassign.simple) fputs(" simple", o);
        break;
    case AST_S_For:
        dump_opt(d, s->for_.target);
        dump_opt(d, s->for_.iter);
        dump_block(d, "body", s->for_.body, ind + 1);
        if (s->for_.orelse.len) dump_block(d, "orelse", s->for_.orelse, ind + 1);
        break;
    case AST_S_While:
    case AST_S_If:
        dump_opt(d, s->if_.test);
        dump_block(d, "body", s->if_.body, ind + 1);
        if (s->if_.orelse.len) dump_block(d, "orelse", s->if_.orelse, ind + 1);
        break;
    case AST_S_With:
        for (int i = 0; i < s->with.items.len; i++) {
            fputs(" (item", o);
            dump_opt(d, s->with.items.items[i]->context_expr);
            dump_opt(d, s->with.items.items[i]->optional_vars);
            fputc(')', o);
        }
        dump_block(d, "body", s->with.body, ind + 1);
        break;
    case AST_S_Raise:
        dump_opt(d, s->raise.exc);
        dump_opt(d, s->raise.cause);
        break;
    case AST_S_Try:
        dump_block(d, "body", s->try_.body, ind + 1);
        for (int i = 0; i < s->try_.handlers.len; i++) {
            const AstExceptHandler *h = s->try_.handlers.items[i];
            dump_indent(d, ind + 1);
            fputs("(except", o);
            dump_pos(d, h->pos);
            dump_opt(d, h->type);
            fprintf(o, " %s", h->name ? h->name : "-");
            dump_block(d, "body", h->body, ind + 2);
            fputc(')', o);
        }
        if (s->try_.orelse.len) dump_block(d, "orelse", s->try_.orelse, ind + 1);
        if (s->try_.finalbody.len) dump_block(d, "finally", s->try_.finalbody, ind + 1);
        break;
    case AST_S_Assert:
        dump_opt(d, s->assert_.test);
        dump_opt(d, s->assert_.msg);
        break;
    case AST_S_Import:
        dump_aliases(d, s->import.names);
        break;
    case AST_S_ImportFrom:
        fprintf(o, " %d %s", s->importfrom.level,
                s->importfrom.module ? s->importfrom.module : "-");
        dump_aliases(d, s->importfrom.names);
        break;
    case AST_S_Global:
    case AST_S_Nonlocal:
        for (int i = 0; i < s->names.names.len; i++) fprintf(o, " %s", s->names.names.items[i]);
        break;
    case AST_S_Expr:
        if (s->expr.echo) fputs(" echo", o);
        dump_opt(d, s->expr.value);
        break;
    case AST_S_Pass:
    case AST_S_Break:
    case AST_S_Continue:
    case AST_STMT_KIND_COUNT:
        break;
    }
    fputc(')', o);
}

void ast_dump_module(const AstModule *mod, FILE *out, bool with_pos) {
    AstDumper d = {out, with_pos};
    fputs("(Module", out);
    for (int i = 0; i < mod->body.len; i++) dump_stmt(&d, mod->body.items[i], 1);
    fputs(")\n", out);
}

void ast_dump_expr(const AstExpr *e, FILE *out, bool with_pos) {
    AstDumper d = {out, with_pos};
    dump_expr(&d, e);
}

void ast_dump_stmt(const AstStmt *s, FILE *out, bool with_pos) {
    AstDumper d = {out, with_pos};
    dump_stmt(&d, s, 0);
}
