/*
** compile.h — AST (ast.h) to register bytecode (bytecode.h).
**
** Two passes over a module: a scope pass resolving every name to a local
** register, a cell, a free variable or a global (CPython's rules: a name
** assigned anywhere in a function is local to it unless declared `global`
** or `nonlocal`; comprehensions are scopes of their own whose first
** iterable is evaluated outside), then code generation, one Code object per
** function, lambda and generator expression. List, set and dict
** comprehensions are compiled inline (as CPython 3.12 does), with their
** variables in fresh registers of the enclosing frame.
**
** Errors CPython reports at compile time ('return' outside function,
** 'break' outside loop, …) and unsupported constructs (`class`, `with`,
** `async`, `:=`) raise SyntaxError with the file, line and source text.
*/
#ifndef STREAK_COMPILE_H
#define STREAK_COMPILE_H

#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "func.h"

/* Compiles a parsed module. `src` (may be NULL) supplies the source line
** quoted by SyntaxErrors. With `echo`, expression statements flagged by
** the parser (AstStmt.expr.echo) print their value (REPL). Raises
** SyntaxError. */
Code *compile_module(VM *vm, const AstModule *mod, const char *filename,
                     const char *src, size_t srclen, bool echo);

/* Raises the parser's SyntaxErr as a SyntaxError exception. */
struct SyntaxErr;
_Noreturn void compile_raise_syntax(VM *vm, const struct SyntaxErr *err);

#endif
