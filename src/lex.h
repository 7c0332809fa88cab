/*
** lex.h — the tokenizer.
**
** The lexer turns a whole source buffer into an array of tokens up front
** (one growing array, no per-token allocation), following CPython 3.11's
** tokenizer: INDENT/DEDENT from an indentation stack, NEWLINE only at the
** end of logical lines (none inside brackets, none for blank or comment
** lines), backslash continuation, and string/number scanning.  Tokens only
** delimit text: numbers and strings are decoded later by the parser.
**
** A tokenizer error does not stop the parser at once: the lexer records the
** error in `err`, emits a final LEX_ERROR token and stops.  The parser
** raises it when it reaches that token, or — mirroring CPython, which
** tokenizes the rest of the file after a parser error — prefers it over a
** parser error found earlier (see parse.c: parse_fail).
*/
#ifndef STREAK_LEX_H
#define STREAK_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "parse.h"

/* X(NAME, "text used in messages") */
#define LEX_SPECIAL_TOKENS(X)                                          \
    X(ENDMARKER, "end of file") X(NEWLINE, "newline")                  \
    X(INDENT, "indent") X(DEDENT, "dedent") X(NAME, "name")            \
    X(NUMBER, "number") X(STRING, "string") X(ERROR, "error")

#define LEX_OP_TOKENS(X)                                               \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]")                \
    X(LBRACE, "{") X(RBRACE, "}") X(COLON, ":") X(COMMA, ",")          \
    X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*")               \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<")              \
    X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%")          \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")              \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^")             \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**")         \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=")            \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=")      \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")                        \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=")                 \
    X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                     \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=")             \
    X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=")             \
    X(EXCLAMATION, "!") /* only inside f-string replacement fields */

/* Keywords: X(Word) makes LEX_KW_Word. */
#define LEX_KEYWORDS(X)                                                \
    X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await)  \
    X(break) X(class) X(continue) X(def) X(del) X(elif) X(else)        \
    X(except) X(finally) X(for) X(from) X(global) X(if) X(import)      \
    X(in) X(is) X(lambda) X(nonlocal) X(not) X(or) X(pass) X(raise)    \
    X(return) X(try) X(while) X(with) X(yield)

typedef enum {
#define LEX_ENUM_TOK_(name, text) LEX_##name,
    LEX_SPECIAL_TOKENS(LEX_ENUM_TOK_)
    LEX_OP_TOKENS(LEX_ENUM_TOK_)
#undef LEX_ENUM_TOK_
#define LEX_ENUM_KW_(word) LEX_KW_##word,
    LEX_KEYWORDS(LEX_ENUM_KW_)
#undef LEX_ENUM_KW_
    LEX_TOKEN_COUNT
} LexTokKind;

/* "(" for LEX_LPAR, "if" for LEX_KW_if, "name" for LEX_NAME. */
const char *lex_token_text(LexTokKind kind);

typedef struct LexToken {
    uint8_t kind;         /* LexTokKind */
    uint8_t in_brackets;  /* token lies inside () [] {} */
    uint32_t start;       /* byte offset in the lexer's buffer */
    uint32_t len;         /* bytes */
    int32_t line, col;    /* 1-based line, 0-based column in characters */
    int32_t end_line, end_col;
} LexToken;

typedef struct Lexer {
    const char *src;
    size_t len;
    const char *filename;

    /* Where this buffer sits in the real file: an f-string expression is
    ** lexed from a copy, and its tokens must carry file positions.  Line
    ** numbers are offset by line0 - 1; columns on the first line by col0. */
    int line0, col0;
    /* The full file, for quoting the offending line in errors. */
    const char *file_src;
    size_t file_len;

    /* Output. */
    LexToken *toks;
    int ntoks, cap;
    AstArena *tok_arena; /* if set, `toks` lives there; else malloc'd */

    /* First tokenizer error (kind == NULL if none). */
    SyntaxErr err;
    int err_bracket_line; /* for "'(' was never closed": the bracket's line,
                             else 0 */
    /* CPython's tokenizer reports some errors only through a status code
    ** (indentation, TabError, line continuation): those do not replace a
    ** parser error found earlier.  The others do. */
    bool err_soft;
    /* The first line that is not valid UTF-8 (or holds a NUL): lexing
    ** stops at its start and reports this, as CPython's line reader does. */
    SyntaxErr decode_err;
    bool has_decode_err;
    bool oom;
} Lexer;

/* Tokenize src[0..len).  `file_src` may be NULL (then src is the file).
** Always ends the token array with LEX_ENDMARKER or LEX_ERROR.  Returns
** false only when out of memory. */
bool lex_run(Lexer *lx, const char *src, size_t len, const char *filename,
             int line0, int col0, const char *file_src, size_t file_len,
             AstArena *tok_arena);
void lex_free(Lexer *lx);

/* Fill err with kind/msg and the position, quoting line `line` from
** file_src.  Shared with the parser. */
void lex_set_error(SyntaxErr *err, const char *kind, const char *filename,
                   const char *file_src, size_t file_len, int line, int col,
                   int end_line, int end_col, const char *msg);

/* Validate UTF-8 (and reject NUL bytes) as CPython's file reader does;
** fills err and returns false on the first bad byte.  If bad_line_start is
** not NULL it receives the offset of the start of the offending line. */
bool lex_check_source(const char *src, size_t len, const char *filename,
                      SyntaxErr *err, size_t *bad_line_start);

/* PEP 263: finds a "coding" declaration on the first two lines.  Returns 0
** when the source is UTF-8 (declared or not: nothing to do), 1 when it was
** declared Latin-1, ISO-8859-15, cp1252 or ASCII and decoded to UTF-8 into
** *out (malloc'd, *outlen bytes), and -1 with err filled for an encoding
** streak lacks, a byte the encoding cannot decode, or a BOM with a
** non-UTF-8 declaration (CPython's "encoding problem" messages). */
int lex_decode_source(const char *src, size_t len, const char *filename,
                      char **out, size_t *outlen, SyntaxErr *err);

/* An identifier's NFKC form (PEP 3131: `ﬁ`, `µ` and `fi`, `μ` are one
** name) written to out when out is not NULL; returns its length in bytes,
** or -1 when streak cannot normalise it (the lexer has refused it). */
long lex_nfkc_ident(const char *s, size_t n, char *out);

/* Code point of a Unicode character name (for \N{...} escapes), case-insensitive;
** false if unknown.  Covers a generated subset of the database (lex.c). */
bool lex_unicode_lookup(const char *name, size_t len, unsigned *cp);

/* Character column of byte offset `pos` on the line starting at byte
** `line_start` (counts UTF-8 lead bytes). */
int lex_char_col(const char *src, size_t line_start, size_t pos);

#endif /* STREAK_LEX_H */
