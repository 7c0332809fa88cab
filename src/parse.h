/*
** parse.h — source text to AST (see ast.h for the tree).
**
** Usage
**     AstArena *arena = ast_arena_new();
**     SyntaxErr err;
**     AstModule *mod = parse_module(arena, src, len, "x.py", &err);
**     if (!mod) { syntaxerr_print(&err, stderr); ... }
**     ... compile ...
**     ast_arena_free(arena);      // also after an error
**
** The parser never keeps pointers into `src` (see ast.h "Memory"), so the
** source buffer may be freed right after the call.  `filename` is copied.
**
** Errors are reported once, in `err`: the first error found wins, as in
** CPython.  SyntaxErr is a plain value (fixed buffers, nothing to free).
*/
#ifndef STREAK_PARSE_H
#define STREAK_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ast.h"

typedef struct SyntaxErr {
    /* "SyntaxError", "IndentationError" or "TabError" (static strings;
    ** both of the latter are SyntaxError subclasses in Python). */
    const char *kind;
    char msg[256];
    char filename[256];
    int line;          /* 1-based; 0 when there is no position */
    int col;           /* 0-based character offset into `text` for the caret */
    int end_line;      /* end of the offending range (caret run) */
    int end_col;       /* exclusive; == col + 1 for a single caret */
    char text[1024];   /* the offending source line, without its newline
                          (truncated if longer); "" if unknown */
    /* True when the error is only that the input ended too early: an open
    ** bracket, an unterminated triple-quoted string, a trailing backslash,
    ** or a block header still waiting for its body.  The REPL reads another
    ** line instead of reporting. */
    bool incomplete;
} SyntaxErr;

typedef enum {
    PARSE_FILE,        /* a module */
    PARSE_INTERACTIVE, /* REPL input: top-level expression statements get
                          expr.echo = true so their value is printed */
} ParseMode;

/* Parse a whole module.  Returns NULL on error and fills *err (err may not
** be NULL).  On success *err is cleared (kind == NULL). */
AstModule *parse_module(AstArena *arena, const char *src, size_t len,
                        const char *filename, SyntaxErr *err);

/* Same, with a mode. */
AstModule *parse_source(AstArena *arena, const char *src, size_t len,
                        const char *filename, ParseMode mode, SyntaxErr *err);

/* Parse a single expression (for eval(), or tests).  Surrounding whitespace
** and newlines are allowed. */
AstExpr *parse_expression(AstArena *arena, const char *src, size_t len,
                          const char *filename, SyntaxErr *err);

static inline bool parse_is_incomplete(const SyntaxErr *err) {
    return err->incomplete;
}

/* Print in CPython's layout:
**       File "x.py", line 3
**         x = (1 +
**             ^
**     SyntaxError: '(' was never closed
** The line is shown stripped of leading whitespace and indented by four
** spaces; the caret run covers col..end_col on that line. */
void syntaxerr_print(const SyntaxErr *err, FILE *out);

#endif /* STREAK_PARSE_H */
