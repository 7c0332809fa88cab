/*
** astdump — parse a Python file and print its AST as an S-expression, or
** the SyntaxError in CPython's layout.  A development tool for the front end.
**
**   astdump [-p] [-i] [-e] FILE     (-p: positions, -i: interactive mode,
**                                    -e: parse FILE as one expression,
**                                    FILE "-" reads stdin)
** Exit status: 0 ok, 1 syntax error (2 if the input is merely incomplete).
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parse.h"

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    bool pos = false, inter = false, expr = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-p") == 0) pos = true;
        else if (strcmp(argv[i], "-i") == 0) inter = true;
        else if (strcmp(argv[i], "-e") == 0) expr = true;
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [-p] [-i] [-e] FILE\n");
        return 64;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { perror(path); return 66; }
    size_t len;
    char *src = read_all(f, &len);
    if (f != stdin) fclose(f);
    if (!src) { fprintf(stderr, "out of memory\n"); return 70; }

    AstArena *arena = ast_arena_new();
    SyntaxErr err;
    int rc = 0;
    if (expr) {
        AstExpr *e = parse_expression(arena, src, len, path, &err);
        if (e) { ast_dump_expr(e, stdout, pos); fputc('\n', stdout); }
        else rc = 1;
    } else {
        AstModule *m = parse_source(arena, src, len, path,
                                    inter ? PARSE_INTERACTIVE : PARSE_FILE, &err);
        if (m) ast_dump_module(m, stdout, pos);
        else rc = 1;
    }
    if (rc) {
        syntaxerr_print(&err, stdout);
        if (err.incomplete) { printf("(incomplete)\n"); rc = 2; }
    }
    ast_arena_free(arena);
    free(src);
    return rc;
}
