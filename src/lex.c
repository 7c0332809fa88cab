/*
** lex.c — the tokenizer (see lex.h for the contract).
**
** One pass over the buffer.  The state that matters between tokens is:
** the indentation stack (columns with tabs to multiples of 8, plus an
** "alternate" column with tabs counting 1, as CPython does, so that a tab
** and 8 spaces are accepted only where the two measures agree), the bracket
** stack (for implicit line joining and bracket error messages), and whether
** we are at the beginning of a logical line.
*/
#define _POSIX_C_SOURCE 200809L
#include "lex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    LEX_MAX_INDENT = 100, /* CPython's MAXINDENT */
    LEX_MAX_PAREN = 200,  /* CPython's MAXLEVEL */
    LEX_TABSIZE = 8,
};

typedef struct LexState {
    Lexer *lx;
    const char *s;
    size_t n;
    size_t pos;
    int line;          /* real file line of s[pos] */
    size_t line_start; /* byte offset of the start of that line */
    /* Column cache: tokens arrive in order, so counting characters from
    ** the previous token keeps column computation linear overall. */
    size_t cc_line_start, cc_pos;
    int cc_col;

    int indent; /* index of top of the stacks */
    int indstack[LEX_MAX_INDENT + 1];
    int altstack[LEX_MAX_INDENT + 1];

    int level; /* bracket depth */
    struct { char ch; int line, col; } parens[LEX_MAX_PAREN];

    bool atbol;        /* at the beginning of a logical line */
    bool line_has_tok; /* the current logical line produced a token */
} LexState;

/* ------------------------------------------------------------------ */
/* Token names                                                          */
/* ------------------------------------------------------------------ */

static const char *const lex_token_texts[LEX_TOKEN_COUNT] = {
#define LEX_TEXT_(name, text) text,
    LEX_SPECIAL_TOKENS(LEX_TEXT_) LEX_OP_TOKENS(LEX_TEXT_)
#undef LEX_TEXT_
#define LEX_KWTEXT_(word) #word,
    LEX_KEYWORDS(LEX_KWTEXT_)
#undef LEX_KWTEXT_
};

const char *lex_token_text(LexTokKind kind) {
    return (unsigned)kind < LEX_TOKEN_COUNT ? lex_token_texts[kind] : "?";
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/* Copy line `line` (1-based) of src into buf, without its line ending. */
static void lex_copy_line(char *buf, size_t bufsz, const char *src,
                          size_t len, int line) {
    buf[0] = '\0';
    if (!src || line < 1) return;
    size_t p = 0;
    int l = 1;
    while (l < line && p < len) {
        if (src[p] == '\r' && p + 1 < len && src[p + 1] == '\n') p++;
        if (src[p] == '\n' || src[p] == '\r') l++;
        p++;
    }
    if (l < line) return;
    size_t e = p;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    size_t n = e - p;
    if (n >= bufsz) {
        /* Truncate on a character boundary. */
        n = bufsz - 1;
        while (n > 0 && ((unsigned char)src[p + n] & 0xC0) == 0x80) n--;
    }
    memcpy(buf, src + p, n);
    buf[n] = '\0';
}

void lex_set_error(SyntaxErr *err, const char *kind, const char *filename,
                   const char *file_src, size_t file_len, int line, int col,
                   int end_line, int end_col, const char *msg) {
    memset(err, 0, sizeof *err);
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    snprintf(err->filename, sizeof err->filename, "%s",
             filename ? filename : "<unknown>");
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    lex_copy_line(err->text, sizeof err->text, file_src, file_len, line);
}

static const char *lex_file_src(const Lexer *lx) {
    return lx->file_src ? lx->file_src : lx->src;
}

static size_t lex_file_len(const Lexer *lx) {
    return lx->file_src ? lx->file_len : lx->len;
}

/* Record an error (the first one wins) and return false so callers can
** `return lex_fail(...)`. */
static bool lex_fail_range(LexState *st, const char *kind, int line, int col,
                           int end_line, int end_col, const char *fmt, ...) {
    Lexer *lx = st->lx;
    if (lx->err.kind) return false;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_set_error(&lx->err, kind, lx->filename, lex_file_src(lx),
                  lex_file_len(lx), line, col, end_line, end_col, msg);
    lx->err_soft = strcmp(kind, "SyntaxError") != 0;
    return false;
}

/* At the end of the (possibly truncated) buffer: if lexing stopped at an
** undecodable line, that is the error. */
static bool lex_decode_error(LexState *st) {
    Lexer *lx = st->lx;
    if (!lx->has_decode_err || lx->err.kind) return false;
    lx->err = lx->decode_err;
    return true;
}

/* ------------------------------------------------------------------ */
/* Positions                                                            */
/* ------------------------------------------------------------------ */

int lex_char_col(const char *src, size_t line_start, size_t pos) {
    int col = 0;
    for (size_t i = line_start; i < pos; i++)
        col += ((unsigned char)src[i] & 0xC0) != 0x80;
    return col;
}

static int lex_col_at(LexState *st, size_t pos) {
    if (st->cc_line_start != st->line_start || pos < st->cc_pos) {
        st->cc_line_start = st->line_start;
        st->cc_pos = st->line_start;
        st->cc_col = 0;
    }
    for (size_t i = st->cc_pos; i < pos; i++)
        st->cc_col += ((unsigned char)st->s[i] & 0xC0) != 0x80;
    st->cc_pos = pos;
    return st->cc_col + (st->line == st->lx->line0 ? st->lx->col0 : 0);
}

/* Consume a line ending at st->pos ("\n", "\r\n" or "\r"). */
static void lex_newline(LexState *st) {
    if (st->s[st->pos] == '\r' && st->pos + 1 < st->n &&
        st->s[st->pos + 1] == '\n')
        st->pos++;
    st->pos++;
    st->line++;
    st->line_start = st->pos;
}

static bool lex_is_newline(char c) { return c == '\n' || c == '\r'; }

/* ------------------------------------------------------------------ */
/* Token output                                                         */
/* ------------------------------------------------------------------ */

static bool lex_grow(Lexer *lx) {
    /* f-string fields (arena-backed) are tiny; a file gets roughly one
    ** token per 4 bytes of source. */
    int first = lx->tok_arena ? 16 : (int)(lx->len / 4 < 256 ? 256 : lx->len / 4 > (1u << 24) ? (1u << 24) : lx->len / 4);
    int ncap = lx->cap ? lx->cap * 2 : first;
    LexToken *nt;
    if (lx->tok_arena) {
        nt = ast_alloc(lx->tok_arena, (size_t)ncap * sizeof *nt);
        if (nt && lx->ntoks) memcpy(nt, lx->toks, (size_t)lx->ntoks * sizeof *nt);
    } else {
        nt = realloc(lx->toks, (size_t)ncap * sizeof *nt);
    }
    if (!nt) {
        lx->oom = true;
        return false;
    }
    lx->toks = nt;
    lx->cap = ncap;
    return true;
}

/* Emit a token spanning s[start..end) that began at (line, col). */
static bool lex_emit(LexState *st, LexTokKind kind, size_t start, size_t end,
                     int line, int col) {
    Lexer *lx = st->lx;
    if (lx->ntoks == lx->cap && !lex_grow(lx)) return false;
    LexToken *t = &lx->toks[lx->ntoks++];
    t->kind = (uint8_t)kind;
    t->in_brackets = st->level > 0;
    t->start = (uint32_t)start;
    t->len = (uint32_t)(end - start);
    t->line = line;
    t->col = col;
    t->end_line = st->line;
    t->end_col = lex_col_at(st, end);
    if (kind != LEX_NEWLINE && kind != LEX_INDENT && kind != LEX_DEDENT)
        st->line_has_tok = true;
    return true;
}

/* Zero-width token at the current position (INDENT, DEDENT, ENDMARKER,
** the NEWLINE added at end of file). */
static bool lex_emit_here(LexState *st, LexTokKind kind) {
    return lex_emit(st, kind, st->pos, st->pos, st->line,
                    lex_col_at(st, st->pos));
}

/* ------------------------------------------------------------------ */
/* Indentation                                                          */
/* ------------------------------------------------------------------ */

/* At the start of a line outside brackets: skip blank and comment-only
** lines, then compare the indentation with the stack and emit
** INDENT/DEDENT tokens. */
static bool lex_indentation(LexState *st) {
    int col, altcol;
    for (;;) {
        col = altcol = 0;
        while (st->pos < st->n) {
            char c = st->s[st->pos];
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / LEX_TABSIZE + 1) * LEX_TABSIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
            st->pos++;
        }
        if (st->pos >= st->n) return true; /* EOF: the caller finishes */
        char c = st->s[st->pos];
        if (c == '#') {
            while (st->pos < st->n && !lex_is_newline(st->s[st->pos])) st->pos++;
            if (st->pos >= st->n) return true;
            c = st->s[st->pos];
        }
        if (!lex_is_newline(c)) break;
        lex_newline(st); /* blank line: no tokens at all */
    }

    int top = st->indent;
    int line = st->line;
    if (col == st->indstack[top]) {
        if (altcol != st->altstack[top]) goto tab_error;
    } else if (col > st->indstack[top]) {
        if (top + 1 >= LEX_MAX_INDENT)
            return lex_fail_range(st, "IndentationError", line, -1, line, -1,
                                  "too many levels of indentation");
        if (altcol <= st->altstack[top]) goto tab_error;
        st->indent = ++top;
        st->indstack[top] = col;
        st->altstack[top] = altcol;
        return lex_emit_here(st, LEX_INDENT);
    } else {
        /* Find the level first: CPython reports a mismatch before any
        ** DEDENT reaches the parser. */
        int target = st->indent;
        while (target > 0 && col < st->indstack[target]) target--;
        if (col != st->indstack[target]) {
            /* CPython puts the caret at the end of the line. */
            size_t e = st->pos;
            while (e < st->n && !lex_is_newline(st->s[e])) e++;
            int ecol = lex_col_at(st, e);
            return lex_fail_range(st, "IndentationError", line, ecol, line, -1,
                                  "unindent does not match any outer "
                                  "indentation level");
        }
        if (altcol != st->altstack[target]) goto tab_error;
        while (st->indent > target) {
            st->indent--;
            if (!lex_emit_here(st, LEX_DEDENT)) return false;
        }
    }
    return true;

tab_error:
    return lex_fail_range(st, "TabError", line, -1, line, -1,
                          "inconsistent use of tabs and spaces in indentation");
}

/* ------------------------------------------------------------------ */
/* Names                                                                */
/* ------------------------------------------------------------------ */

static bool lex_is_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 0x80;
}

static bool lex_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool lex_is_ident_char(unsigned char c) {
    return lex_is_ident_start(c) || lex_is_digit(c);
}

/* Decode one UTF-8 sequence (already validated). */
static unsigned lex_decode_utf8(const char *s, int *nbytes) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *nbytes = 1; return u[0]; }
    if (u[0] < 0xE0) { *nbytes = 2; return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu); }
    if (u[0] < 0xF0) {
        *nbytes = 3;
        return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    }
    *nbytes = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) |
           ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
}

/* Without Unicode tables we accept any non-ASCII character in names, except
** the common punctuation, symbol and space blocks, which CPython rejects as
** "invalid character" (e.g. a pasted '≠' or a smart quote). */
static bool lex_is_bad_unicode(unsigned cp, bool *nonprintable) {
    *nonprintable = cp == 0xA0 || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
                    cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
    if (*nonprintable) return true;
    if (cp >= 0x80 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;
    if (cp >= 0x2000 && cp <= 0x2BFF) return !(cp >= 0x2100 && cp <= 0x214F);
    if (cp >= 0x3000 && cp <= 0x3004) return true;
    if (cp >= 0x3008 && cp <= 0x3020) return true;
    if (cp >= 0xFF01 && cp <= 0xFF0F) return true;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
    return false;
}

static bool lex_check_ident_unicode(LexState *st, size_t start, size_t end,
                                    int line) {
    for (size_t p = start; p < end;) {
        int nb;
        unsigned cp = lex_decode_utf8(st->s + p, &nb);
        bool nonprint;
        if (cp >= 0x80 && lex_is_bad_unicode(cp, &nonprint)) {
            int col = lex_col_at(st, p);
            if (nonprint)
                return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                      "invalid non-printable character U+%04X", cp);
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "invalid character '%.*s' (U+%04X)", nb,
                                  st->s + p, cp);
        }
        p += (size_t)nb;
    }
    return true;
}

static LexTokKind lex_keyword(const char *s, size_t len) {
    static const struct { const char *word; LexTokKind kind; } kws[] = {
#define LEX_KWROW_(word) {#word, LEX_KW_##word},
        LEX_KEYWORDS(LEX_KWROW_)
#undef LEX_KWROW_
    };
    if (len < 2 || len > 8) return LEX_NAME;
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
        if (kws[i].word[0] == s[0] && strlen(kws[i].word) == len &&
            memcmp(kws[i].word, s, len) == 0)
            return kws[i].kind;
    return LEX_NAME;
}

/* True if s[0..len) is a string prefix: r, u, b, f, br, rb, fr, rf (any
** case). */
static bool lex_is_string_prefix(const char *s, size_t len) {
    if (len == 0 || len > 2) return false;
    char a = (char)(s[0] | 0x20), b = len == 2 ? (char)(s[1] | 0x20) : 0;
    if (len == 1) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) ||
           ((a == 'b' || a == 'f') && b == 'r');
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

/* After a number: a letter right after it is an error, except the
** keywords CPython 3.11 still tolerates there (`1if x else 2`). */
static bool lex_verify_end_of_number(LexState *st, size_t start, int line,
                                     int col, const char *kind) {
    size_t p = st->pos;
    if (p >= st->n || !lex_is_ident_char((unsigned char)st->s[p])) return true;
    static const char *const ok[] = {"and", "else", "for", "if", "in",
                                     "is", "not", "or"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t kl = strlen(ok[i]);
        if (p + kl <= st->n && memcmp(st->s + p, ok[i], kl) == 0) return true;
    }
    (void)start;
    return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                          "invalid %s literal", kind);
}

/* Digits of `isdig` with single '_' separators between them.  Returns
** false (error recorded) on a misplaced '_'. */
static bool lex_digits(LexState *st, bool (*isdig)(unsigned char), int line,
                       const char *kind) {
    for (;;) {
        while (st->pos < st->n && isdig((unsigned char)st->s[st->pos])) st->pos++;
        if (st->pos < st->n && st->s[st->pos] == '_') {
            if (st->pos + 1 < st->n && isdig((unsigned char)st->s[st->pos + 1])) {
                st->pos++;
                continue;
            }
            int col = lex_col_at(st, st->pos);
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "invalid %s literal", kind);
        }
        return true;
    }
}

static bool lex_is_hex(unsigned char c) {
    return lex_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static bool lex_is_oct(unsigned char c) { return c >= '0' && c <= '7'; }
static bool lex_is_bin(unsigned char c) { return c == '0' || c == '1'; }
static bool lex_is_dec(unsigned char c) { return lex_is_digit(c); }

static bool lex_radix_number(LexState *st, size_t start, int line, int col) {
    char x = (char)(st->s[st->pos + 1] | 0x20);
    bool (*isdig)(unsigned char) = x == 'x' ? lex_is_hex : x == 'o' ? lex_is_oct : lex_is_bin;
    const char *kind = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
    st->pos += 2;
    if (st->pos < st->n && st->s[st->pos] == '_') st->pos++; /* 0x_ff is legal */
    if (st->pos >= st->n || !isdig((unsigned char)st->s[st->pos])) {
        unsigned char c = st->pos < st->n ? (unsigned char)st->s[st->pos] : 0;
        int ecol = lex_col_at(st, st->pos);
        if (!lex_is_digit(c)) ecol--; /* CPython: at the last character read */
        if (x != 'x' && lex_is_digit(c))
            return lex_fail_range(st, "SyntaxError", line, ecol, line, -1,
                                  "invalid digit '%c' in %s literal", c, kind);
        return lex_fail_range(st, "SyntaxError", line, ecol, line, -1,
                              "invalid %s literal", kind);
    }
    if (!lex_digits(st, isdig, line, kind)) return false;
    unsigned char c = st->pos < st->n ? (unsigned char)st->s[st->pos] : 0;
    if (x != 'x' && lex_is_digit(c))
        return lex_fail_range(st, "SyntaxError", line, lex_col_at(st, st->pos),
                              line, -1, "invalid digit '%c' in %s literal", c,
                              kind);
    if (!lex_verify_end_of_number(st, start, line, col, kind)) return false;
    return lex_emit(st, LEX_NUMBER, start, st->pos, line, col);
}

/* Decimal integers, floats and imaginary literals. */
static bool lex_number(LexState *st) {
    size_t start = st->pos;
    int line = st->line, col = lex_col_at(st, start);
    const char *s = st->s;
    if (s[start] == '0' && start + 1 < st->n) {
        char x = (char)(s[start + 1] | 0x20);
        if (x == 'x' || x == 'o' || x == 'b') return lex_radix_number(st, start, line, col);
    }
    bool is_float = false;
    if (s[st->pos] != '.') {
        if (!lex_digits(st, lex_is_dec, line, "decimal")) return false;
    }
    if (st->pos < st->n && s[st->pos] == '.') {
        is_float = true;
        st->pos++;
        if (st->pos < st->n && lex_is_digit((unsigned char)s[st->pos]) &&
            !lex_digits(st, lex_is_dec, line, "decimal"))
            return false;
    }
    if (st->pos < st->n && (s[st->pos] | 0x20) == 'e') {
        size_t p = st->pos + 1;
        if (p < st->n && (s[p] == '+' || s[p] == '-')) p++;
        if (p >= st->n || !lex_is_digit((unsigned char)s[p]))
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "invalid decimal literal");
        st->pos = p;
        if (!lex_digits(st, lex_is_dec, line, "decimal")) return false;
        is_float = true;
    }
    bool imag = false;
    if (st->pos < st->n && (s[st->pos] | 0x20) == 'j') {
        st->pos++;
        imag = true;
    }
    if (!is_float && !imag && s[start] == '0') {
        /* "0", "00", "0_0" are fine; "0777" is not. */
        for (size_t p = start; p < st->pos; p++) {
            if (s[p] != '0' && s[p] != '_') {
                return lex_fail_range(
                    st, "SyntaxError", line, col, line, col + 1,
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers");
            }
        }
    }
    if (!lex_verify_end_of_number(st, start, line, col, imag ? "imaginary" : "decimal"))
        return false;
    return lex_emit(st, LEX_NUMBER, start, st->pos, line, col);
}

/* ------------------------------------------------------------------ */
/* Strings                                                              */
/* ------------------------------------------------------------------ */

/* st->pos is at the opening quote; `start` is where the prefix began. */
static bool lex_string(LexState *st, size_t start, int line, int col) {
    const char *s = st->s;
    char q = s[st->pos];
    bool triple = st->pos + 2 < st->n && s[st->pos + 1] == q && s[st->pos + 2] == q;
    st->pos += triple ? 3 : 1;
    for (;;) {
        if (st->pos >= st->n) {
            if (lex_decode_error(st)) return false;
            if (triple) {
                /* CPython reports the line of the last character. */
                int at = st->line;
                if (st->n > 0 && lex_is_newline(s[st->n - 1]) && st->line_start == st->n)
                    at--;
                lex_fail_range(st, "SyntaxError", line, col, line, -1,
                               "unterminated triple-quoted string literal "
                               "(detected at line %d)", at);
                st->lx->err.incomplete = true;
                return false;
            }
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "unterminated string literal (detected at "
                                  "line %d)", st->line);
        }
        char c = s[st->pos];
        if (c == '\\') {
            st->pos++;
            if (st->pos < st->n) {
                if (lex_is_newline(s[st->pos])) lex_newline(st);
                else st->pos++;
            }
            continue;
        }
        if (lex_is_newline(c)) {
            if (!triple)
                return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                      "unterminated string literal (detected "
                                      "at line %d)", st->line);
            lex_newline(st);
            continue;
        }
        if (c == q) {
            if (!triple) {
                st->pos++;
                break;
            }
            if (st->pos + 2 < st->n && s[st->pos + 1] == q && s[st->pos + 2] == q) {
                st->pos += 3;
                break;
            }
        }
        st->pos++;
    }
    return lex_emit(st, LEX_STRING, start, st->pos, line, col);
}

/* ------------------------------------------------------------------ */
/* Operators and brackets                                               */
/* ------------------------------------------------------------------ */

/* Longest operator at s[pos]; returns its length (0 if none). */
static int lex_operator(const char *s, size_t avail, LexTokKind *kind) {
    char c0 = s[0], c1 = avail > 1 ? s[1] : 0, c2 = avail > 2 ? s[2] : 0;
#define OP3(a, b, c, k) if (c0 == (a) && c1 == (b) && c2 == (c)) { *kind = (k); return 3; }
#define OP2(a, b, k) if (c0 == (a) && c1 == (b)) { *kind = (k); return 2; }
    OP3('*', '*', '=', LEX_DOUBLESTAREQUAL)
    OP3('/', '/', '=', LEX_DOUBLESLASHEQUAL)
    OP3('<', '<', '=', LEX_LEFTSHIFTEQUAL)
    OP3('>', '>', '=', LEX_RIGHTSHIFTEQUAL)
    OP3('.', '.', '.', LEX_ELLIPSIS)
    OP2('=', '=', LEX_EQEQUAL)
    OP2('!', '=', LEX_NOTEQUAL)
    OP2('<', '>', LEX_NOTEQUAL) /* only with barry_as_FLUFL; parser rejects */
    OP2('<', '=', LEX_LESSEQUAL)
    OP2('>', '=', LEX_GREATEREQUAL)
    OP2('<', '<', LEX_LEFTSHIFT)
    OP2('>', '>', LEX_RIGHTSHIFT)
    OP2('*', '*', LEX_DOUBLESTAR)
    OP2('/', '/', LEX_DOUBLESLASH)
    OP2('+', '=', LEX_PLUSEQUAL)
    OP2('-', '=', LEX_MINEQUAL)
    OP2('*', '=', LEX_STAREQUAL)
    OP2('/', '=', LEX_SLASHEQUAL)
    OP2('%', '=', LEX_PERCENTEQUAL)
    OP2('&', '=', LEX_AMPEREQUAL)
    OP2('|', '=', LEX_VBAREQUAL)
    OP2('^', '=', LEX_CIRCUMFLEXEQUAL)
    OP2('@', '=', LEX_ATEQUAL)
    OP2('-', '>', LEX_RARROW)
    OP2(':', '=', LEX_COLONEQUAL)
#undef OP3
#undef OP2
    switch (c0) {
    case '(': *kind = LEX_LPAR; return 1;
    case ')': *kind = LEX_RPAR; return 1;
    case '[': *kind = LEX_LSQB; return 1;
    case ']': *kind = LEX_RSQB; return 1;
    case '{': *kind = LEX_LBRACE; return 1;
    case '}': *kind = LEX_RBRACE; return 1;
    case ':': *kind = LEX_COLON; return 1;
    case ',': *kind = LEX_COMMA; return 1;
    case ';': *kind = LEX_SEMI; return 1;
    case '+': *kind = LEX_PLUS; return 1;
    case '-': *kind = LEX_MINUS; return 1;
    case '*': *kind = LEX_STAR; return 1;
    case '/': *kind = LEX_SLASH; return 1;
    case '|': *kind = LEX_VBAR; return 1;
    case '&': *kind = LEX_AMPER; return 1;
    case '<': *kind = LEX_LESS; return 1;
    case '>': *kind = LEX_GREATER; return 1;
    case '=': *kind = LEX_EQUAL; return 1;
    case '.': *kind = LEX_DOT; return 1;
    case '%': *kind = LEX_PERCENT; return 1;
    case '~': *kind = LEX_TILDE; return 1;
    case '^': *kind = LEX_CIRCUMFLEX; return 1;
    case '@': *kind = LEX_AT; return 1;
    case '!': *kind = LEX_EXCLAMATION; return 1;
    default: return 0;
    }
}

static bool lex_bracket(LexState *st, LexTokKind kind, int line, int col) {
    char c = st->s[st->pos];
    if (kind == LEX_LPAR || kind == LEX_LSQB || kind == LEX_LBRACE) {
        if (st->level >= LEX_MAX_PAREN)
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "too many nested parentheses");
        st->parens[st->level].ch = c;
        st->parens[st->level].line = line;
        st->parens[st->level].col = col;
        st->level++;
        return true;
    }
    if (st->level == 0)
        return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                              "unmatched '%c'", c);
    char open = st->parens[st->level - 1].ch;
    int oline = st->parens[st->level - 1].line;
    if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
        (open == '{' && c != '}')) {
        if (oline != line)
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "closing parenthesis '%c' does not match "
                                  "opening parenthesis '%c' on line %d",
                                  c, open, oline);
        return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                              "closing parenthesis '%c' does not match "
                              "opening parenthesis '%c'", c, open);
    }
    st->level--;
    return true;
}

/* ------------------------------------------------------------------ */
/* Main loop                                                            */
/* ------------------------------------------------------------------ */

static bool lex_eof(LexState *st) {
    if (st->level > 0) {
        int bl = st->parens[st->level - 1].line, bc = st->parens[st->level - 1].col;
        lex_fail_range(st, "SyntaxError", bl, bc, bl, -1, "'%c' was never closed",
                       st->parens[st->level - 1].ch);
        st->lx->err.incomplete = true;
        st->lx->err_bracket_line = bl;
        return false;
    }
    if (st->line_has_tok && !lex_emit_here(st, LEX_NEWLINE)) return false;
    while (st->indent > 0) {
        st->indent--;
        if (!lex_emit_here(st, LEX_DEDENT)) return false;
    }
    return lex_emit_here(st, LEX_ENDMARKER);
}

static bool lex_backslash(LexState *st) {
    size_t p = st->pos + 1;
    if (p < st->n && lex_is_newline(st->s[p])) {
        st->pos = p;
        lex_newline(st);
        return true;
    }
    int col = lex_col_at(st, st->pos) + 1;
    if (p >= st->n) {
        if (lex_decode_error(st)) return false;
        lex_fail_range(st, "SyntaxError", st->line, col, st->line, -1,
                       "unexpected EOF while parsing");
        st->lx->err.incomplete = true;
        st->lx->err_soft = true;
        return false;
    }
    lex_fail_range(st, "SyntaxError", st->line, col, st->line, -1,
                   "unexpected character after line continuation character");
    st->lx->err_soft = true;
    return false;
}

static bool lex_name_or_string(LexState *st) {
    size_t start = st->pos;
    int line = st->line, col = lex_col_at(st, start);
    while (st->pos < st->n && lex_is_ident_char((unsigned char)st->s[st->pos]))
        st->pos++;
    size_t len = st->pos - start;
    if (st->pos < st->n && (st->s[st->pos] == '"' || st->s[st->pos] == '\'') &&
        lex_is_string_prefix(st->s + start, len))
        return lex_string(st, start, line, col);
    if (!lex_check_ident_unicode(st, start, st->pos, line)) return false;
    return lex_emit(st, lex_keyword(st->s + start, len), start, st->pos, line, col);
}

/* Produce the next token(s); false on error or at the end. */
static bool lex_step(LexState *st, bool *done) {
    if (st->atbol) {
        st->atbol = false;
        if (st->level == 0 && !lex_indentation(st)) return false;
    }
    const char *s = st->s;
    while (st->pos < st->n && (s[st->pos] == ' ' || s[st->pos] == '\t' || s[st->pos] == '\f'))
        st->pos++;
    if (st->pos >= st->n) {
        *done = true;
        if (lex_decode_error(st)) return false;
        return lex_eof(st);
    }
    unsigned char c = (unsigned char)s[st->pos];
    if (c == '#') {
        while (st->pos < st->n && !lex_is_newline(s[st->pos])) st->pos++;
        return true;
    }
    if (lex_is_newline((char)c)) {
        if (st->level > 0 || !st->line_has_tok) {
            lex_newline(st);
            if (st->level == 0) st->atbol = true;
            return true;
        }
        size_t start = st->pos;
        int line = st->line, col = lex_col_at(st, start);
        if (!lex_emit(st, LEX_NEWLINE, start, start + 1, line, col)) return false;
        lex_newline(st);
        st->atbol = true;
        st->line_has_tok = false;
        return true;
    }
    if (c == '\\') return lex_backslash(st);
    if (lex_is_ident_start(c)) return lex_name_or_string(st);
    if (lex_is_digit(c) || (c == '.' && st->pos + 1 < st->n &&
                            lex_is_digit((unsigned char)s[st->pos + 1])))
        return lex_number(st);
    size_t start = st->pos;
    int line = st->line, col = lex_col_at(st, start);
    if (c == '"' || c == '\'') return lex_string(st, start, line, col);
    LexTokKind kind;
    int oplen = lex_operator(s + start, st->n - start, &kind);
    if (oplen == 0)
        return lex_fail_range(st, "SyntaxError", line, col, line, col + 1,
                              "invalid syntax");
    bool bracket = kind == LEX_LPAR || kind == LEX_RPAR || kind == LEX_LSQB ||
                   kind == LEX_RSQB || kind == LEX_LBRACE || kind == LEX_RBRACE;
    if (bracket && !lex_bracket(st, kind, line, col)) return false;
    st->pos += (size_t)oplen;
    return lex_emit(st, kind, start, st->pos, line, col);
}

bool lex_run(Lexer *lx, const char *src, size_t len, const char *filename,
             int line0, int col0, const char *file_src, size_t file_len,
             AstArena *tok_arena) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->filename = filename;
    lx->line0 = line0;
    lx->col0 = col0;
    lx->file_src = file_src;
    lx->file_len = file_len;
    lx->tok_arena = tok_arena;

    size_t bad_start;
    if (!file_src && !lex_check_source(src, len, filename, &lx->decode_err, &bad_start)) {
        lx->has_decode_err = true;
        len = bad_start; /* stop at the start of the bad line */
    }
    LexState *st = calloc(1, sizeof *st); /* ~3 KB of stacks: keep off the C stack */
    if (!st) return false;
    st->lx = lx;
    st->s = src;
    st->n = len;
    st->line = line0;
    st->atbol = true;
    st->cc_line_start = (size_t)-1;
    /* A UTF-8 byte order mark is allowed at the very start. */
    if (line0 == 1 && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        st->pos = st->line_start = 3;
    }
    bool done = false;
    while (!done) {
        if (!lex_step(st, &done)) {
            if (lx->oom) break;
            if (lx->err.kind) {
                /* Mark where the parser must stop and raise err. */
                if (lx->ntoks == lx->cap && !lex_grow(lx)) break;
                LexToken *t = &lx->toks[lx->ntoks++];
                memset(t, 0, sizeof *t);
                t->kind = LEX_ERROR;
                t->start = (uint32_t)(st->pos < len ? st->pos : len);
                /* Where lexing stopped, not where the error points: the
                ** parser compares lines (parse_prefer_lexer_error). */
                t->line = t->end_line = st->line;
                t->col = t->end_col = 0;
            }
            break;
        }
    }
    free(st);
    return !lx->oom;
}

void lex_free(Lexer *lx) {
    if (!lx->tok_arena) free(lx->toks);
    lx->toks = NULL;
    lx->ntoks = lx->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Source validation                                                    */
/* ------------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s (0 if invalid), rejecting
** overlongs and surrogates as Python's decoder does. */
static int lex_utf8_len(const unsigned char *s, size_t avail) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if ((size_t)n > avail) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    for (int i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return n;
}

bool lex_check_source(const char *src, size_t len, const char *filename,
                      SyntaxErr *err, size_t *bad_line_start) {
    const unsigned char *u = (const unsigned char *)src;
    int line = 1;
    size_t line_start = 0;
    for (size_t p = 0; p < len;) {
        unsigned char c = u[p];
        if (bad_line_start) *bad_line_start = line_start;
        if (c < 0x80) {
            if (c == 0) {
                lex_set_error(err, "SyntaxError", filename, src, len, line, -1,
                              line, -1, "source code cannot contain null bytes");
                return false;
            }
            if (c == '\n' || (c == '\r' && !(p + 1 < len && u[p + 1] == '\n'))) {
                line++;
                line_start = p + 1;
            }
            p++;
            continue;
        }
        int n = lex_utf8_len(u + p, len - p);
        if (n == 0) {
            /* CPython's message when decoding the file fails.  No position:
            ** the message names the line. */
            char msg[256];
            snprintf(msg, sizeof msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line "
                     "%d, but no encoding declared; see "
                     "https://peps.python.org/pep-0263/ for details",
                     c, filename, line);
            lex_set_error(err, "SyntaxError", filename, NULL, 0, 0, -1, 0, -1, msg);
            return false;
        }
        p += (size_t)n;
    }
    return true;
}
