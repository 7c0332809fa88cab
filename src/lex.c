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
#include "nfkc_db.h"
#include "util.h"

#include <ctype.h>
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

/* NFKC for identifiers (PEP 3131), from the tables in nfkc_db.h. */
static const NfkcRun *lex_nfkc_run(unsigned cp) {
    size_t lo = 0, hi = sizeof nfkc_map / sizeof *nfkc_map;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < nfkc_map[mid].start) hi = mid;
        else if (cp >= nfkc_map[mid].start + nfkc_map[mid].len) lo = mid + 1;
        else return &nfkc_map[mid];
    }
    return NULL;
}

long lex_nfkc_ident(const char *s, size_t n, char *out) {
    bool mapped = false, marks = false;
    size_t k = 0;
    for (size_t p = 0; p < n;) {
        int nb;
        unsigned cp = lex_decode_utf8(s + p, &nb);
        const NfkcRun *r = cp < 0x80 ? NULL : lex_nfkc_run(cp);
        if (cp >= 0x80 && util_in_ranges(cp, nfkc_marks, sizeof nfkc_marks / sizeof *nfkc_marks)) marks = true;
        if (!r) {
            if (out) memcpy(out + k, s + p, (size_t)nb);
            k += (size_t)nb;
        } else if (r->kind == NFKC_REFUSE) {
            return -1;
        } else if (r->kind == NFKC_DELTA) {
            char tmp[4];
            size_t m = (size_t)utf8_encode((uint32_t)((int32_t)cp + r->arg), out ? out + k : tmp);
            k += m;
            mapped = true;
        } else {
            size_t m = strlen(nfkc_pool + r->arg);
            if (out) memcpy(out + k, nfkc_pool + r->arg, m);
            k += m;
            mapped = true;
        }
        p += (size_t)nb;
    }
    /* A mapped character next to a combining mark may compose or reorder:
    ** that needs tables streak lacks. */
    if (mapped && marks) return -1;
    return (long)k;
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
            /* CPython reports the line of the last character (a string
            ** continued by a backslash can run into the end). */
            int at = st->line;
            if (st->n > 0 && lex_is_newline(s[st->n - 1]) && st->line_start == st->n)
                at--;
            if (triple) {
                lex_fail_range(st, "SyntaxError", line, col, line, -1,
                               "unterminated triple-quoted string literal "
                               "(detected at line %d)", at);
                st->lx->err.incomplete = true;
                return false;
            }
            return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                                  "unterminated string literal (detected at "
                                  "line %d)", at);
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
    int col = lex_col_at(st, st->pos) + 1;
    if (p < st->n && lex_is_newline(st->s[p])) {
        int line = st->line;
        st->pos = p;
        lex_newline(st);
        if (st->pos < st->n || st->lx->has_decode_err) return true;
        /* "x = 1 + \" at the very end: the REPL wants another line. */
        lex_fail_range(st, "SyntaxError", line, col, line, -1, "unexpected EOF while parsing");
        st->lx->err.incomplete = true;
        st->lx->err_soft = true;
        return false;
    }
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

/* Refuses an identifier whose NFKC form streak cannot work out. */
static bool lex_check_ident_nfkc(LexState *st, size_t start, size_t end, int line, int col) {
    bool ascii = true;
    for (size_t p = start; p < end; p++) ascii &= (unsigned char)st->s[p] < 0x80;
    if (ascii || lex_nfkc_ident(st->s + start, end - start, NULL) >= 0) return true;
    return lex_fail_range(st, "SyntaxError", line, col, line, -1,
                          "streak: identifier '%.*s' needs Unicode normalization (NFKC) "
                          "that streak does not do", (int)(end - start), st->s + start);
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
    if (!lex_check_ident_nfkc(st, start, st->pos, line, col)) return false;
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

/* ------------------------------------------------------------------ */
/* Source encoding declarations (PEP 263)                              */
/* ------------------------------------------------------------------ */

/* The 8-bit encodings streak decodes: bytes below 0x80 are ASCII, and each
** byte above maps to the same code point (Latin-1) except the listed ones
** (code point 0: undefined, as Python's codec says). */
typedef struct { unsigned char byte; unsigned short cp; } LexByteMap;
static const LexByteMap lex_cp1252[] = {
    {0x80, 0x20AC}, {0x81, 0}, {0x82, 0x201A}, {0x83, 0x0192}, {0x84, 0x201E},
    {0x85, 0x2026}, {0x86, 0x2020}, {0x87, 0x2021}, {0x88, 0x02C6}, {0x89, 0x2030},
    {0x8A, 0x0160}, {0x8B, 0x2039}, {0x8C, 0x0152}, {0x8D, 0}, {0x8E, 0x017D},
    {0x8F, 0}, {0x90, 0}, {0x91, 0x2018}, {0x92, 0x2019}, {0x93, 0x201C},
    {0x94, 0x201D}, {0x95, 0x2022}, {0x96, 0x2013}, {0x97, 0x2014}, {0x98, 0x02DC},
    {0x99, 0x2122}, {0x9A, 0x0161}, {0x9B, 0x203A}, {0x9C, 0x0153}, {0x9D, 0},
    {0x9E, 0x017E}, {0x9F, 0x0178}};
static const LexByteMap lex_latin9[] = {
    {0xA4, 0x20AC}, {0xA6, 0x0160}, {0xA8, 0x0161}, {0xB4, 0x017D},
    {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178}};

typedef enum { LEX_ENC_UTF8, LEX_ENC_ASCII, LEX_ENC_LATIN1, LEX_ENC_LATIN9, LEX_ENC_CP1252, LEX_ENC_NONE } LexEnc;

/* Python's codec names and aliases for them, after normalize_encoding
** (lower case, runs of other characters than letters, digits and '.' made
** one '_'). */
static const struct { const char *name; LexEnc enc; } lex_encodings[] = {
    {"utf_8", LEX_ENC_UTF8}, {"utf8", LEX_ENC_UTF8}, {"u8", LEX_ENC_UTF8}, {"utf", LEX_ENC_UTF8},
    {"cp65001", LEX_ENC_UTF8}, {"utf8_ucs2", LEX_ENC_UTF8}, {"utf8_ucs4", LEX_ENC_UTF8},
    {"ascii", LEX_ENC_ASCII}, {"us_ascii", LEX_ENC_ASCII}, {"646", LEX_ENC_ASCII}, {"us", LEX_ENC_ASCII},
    {"iso646_us", LEX_ENC_ASCII}, {"cp367", LEX_ENC_ASCII}, {"csascii", LEX_ENC_ASCII},
    {"ibm367", LEX_ENC_ASCII}, {"iso_ir_6", LEX_ENC_ASCII}, {"ansi_x3.4_1968", LEX_ENC_ASCII},
    {"ansi_x3_4_1968", LEX_ENC_ASCII}, {"ansi_x3.4_1986", LEX_ENC_ASCII},
    {"latin_1", LEX_ENC_LATIN1}, {"latin1", LEX_ENC_LATIN1}, {"l1", LEX_ENC_LATIN1},
    {"latin", LEX_ENC_LATIN1}, {"iso8859_1", LEX_ENC_LATIN1}, {"iso_8859_1", LEX_ENC_LATIN1},
    {"iso8859", LEX_ENC_LATIN1}, {"8859", LEX_ENC_LATIN1}, {"cp819", LEX_ENC_LATIN1},
    {"ibm819", LEX_ENC_LATIN1}, {"iso_ir_100", LEX_ENC_LATIN1}, {"csisolatin1", LEX_ENC_LATIN1},
    {"iso_8859_1_1987", LEX_ENC_LATIN1},
    {"iso8859_15", LEX_ENC_LATIN9}, {"iso_8859_15", LEX_ENC_LATIN9}, {"latin9", LEX_ENC_LATIN9},
    {"l9", LEX_ENC_LATIN9}, {"cp1252", LEX_ENC_CP1252}, {"windows_1252", LEX_ENC_CP1252}};

/* The declared name on one line, as CPython's tokenizer reads it: a
** comment that is all the line holds, containing coding[:=] then
** [-\w.]+.  Returns false when the line declares nothing; *code_line is
** set false when the line holds code (the second line is then not read). */
static bool lex_cookie(const char *s, size_t n, char *name, size_t cap, bool *code_line) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
    *code_line = i < n && s[i] != '#' && s[i] != '\n' && s[i] != '\r';
    if (i >= n || s[i] != '#') return false;
    for (; i + 6 < n; i++) {
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '=')) continue;
        size_t b = i + 7;
        while (b < n && (s[b] == ' ' || s[b] == '\t')) b++;
        size_t e = b;
        while (e < n && (isalnum((unsigned char)s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.')) e++;
        if (e == b) continue;
        snprintf(name, cap, "%.*s", (int)(e - b), s + b);
        return true;
    }
    return false;
}

/* The tokenizer's get_normal_name: utf-8 and latin-1 spellings get one name
** (CPython's messages use it). */
static void lex_normal_name(const char *name, char *out, size_t cap) {
    char low[13];
    size_t i = 0;
    for (; name[i] && i < 12; i++) low[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    low[i] = 0;
    if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6)) snprintf(out, cap, "utf-8");
    else if (!strcmp(low, "latin-1") || !strcmp(low, "iso-8859-1") || !strcmp(low, "iso-latin-1") ||
             !strncmp(low, "latin-1-", 8) || !strncmp(low, "iso-8859-1-", 11) ||
             !strncmp(low, "iso-latin-1-", 12))
        snprintf(out, cap, "iso-8859-1");
    else snprintf(out, cap, "%s", name);
}

static LexEnc lex_lookup_encoding(const char *name) {
    char norm[64];
    size_t k = 0;
    bool punct = false;
    for (const char *p = name; *p && k + 2 < sizeof norm; p++) {
        if (isalnum((unsigned char)*p) || *p == '.') {
            if (punct && k) norm[k++] = '_';
            norm[k++] = (char)tolower((unsigned char)*p);
            punct = false;
        } else {
            punct = true;
        }
    }
    norm[k] = 0;
    for (size_t i = 0; i < sizeof lex_encodings / sizeof *lex_encodings; i++)
        if (!strcmp(norm, lex_encodings[i].name)) return lex_encodings[i].enc;
    return LEX_ENC_NONE;
}

/* Code point of byte c (>= 0x80) in enc; 0 when undefined. */
static unsigned lex_byte_cp(LexEnc enc, unsigned char c) {
    const LexByteMap *m = enc == LEX_ENC_CP1252 ? lex_cp1252 : enc == LEX_ENC_LATIN9 ? lex_latin9 : NULL;
    size_t n = enc == LEX_ENC_CP1252 ? sizeof lex_cp1252 / sizeof *m
               : enc == LEX_ENC_LATIN9 ? sizeof lex_latin9 / sizeof *m : 0;
    if (enc == LEX_ENC_ASCII) return 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].byte == c) return m[i].cp;
    return c;
}

/* Decodes an 8-bit source into UTF-8; false at a byte enc cannot decode. */
static bool lex_decode_8bit(LexEnc enc, const unsigned char *s, size_t len, char **out, size_t *outlen) {
    char *d = malloc(len * 3 + 1);
    size_t k = 0;
    if (!d) return false;
    for (size_t i = 0; i < len; i++) {
        unsigned cp = s[i] < 0x80 ? s[i] : lex_byte_cp(enc, s[i]);
        if (s[i] >= 0x80 && cp == 0) {
            free(d);
            return false;
        }
        if (cp < 0x80) d[k++] = (char)cp;
        else if (cp < 0x800) d[k++] = (char)(0xC0 | cp >> 6), d[k++] = (char)(0x80 | (cp & 0x3F));
        else d[k++] = (char)(0xE0 | cp >> 12), d[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)),
             d[k++] = (char)(0x80 | (cp & 0x3F));
    }
    d[k] = 0;
    *out = d;
    *outlen = k;
    return true;
}

int lex_decode_source(const char *src, size_t len, const char *filename,
                      char **out, size_t *outlen, SyntaxErr *err) {
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    size_t p = bom ? 3 : 0;
    char name[64], normal[64], msg[200];
    int line = 0;
    for (int ln = 1; ln <= 2 && p < len; ln++) {
        const char *nl = memchr(src + p, '\n', len - p);
        size_t n = nl ? (size_t)(nl - (src + p)) : len - p;
        bool code_line;
        if (lex_cookie(src + p, n, name, sizeof name, &code_line)) {
            line = ln;
            break;
        }
        if (code_line || !nl) return 0;
        p += n + 1;
    }
    if (!line) return 0;
    lex_normal_name(name, normal, sizeof normal);
    LexEnc enc = lex_lookup_encoding(normal);
    if (enc == LEX_ENC_UTF8) return 0;
    if (bom) {
        snprintf(msg, sizeof msg, "encoding problem: %s with BOM", normal);
        lex_set_error(err, "SyntaxError", filename, NULL, 0, 0, -1, 0, -1, msg);
        return -1;
    }
    if (enc == LEX_ENC_NONE) {
        snprintf(msg, sizeof msg,
                 "streak: source encoding '%s' is not supported (UTF-8, Latin-1, "
                 "ISO-8859-15, cp1252 and ASCII are)", name);
        lex_set_error(err, "SyntaxError", filename, src, len, line, -1, line, -1, msg);
        return -1;
    }
    if (!lex_decode_8bit(enc, (const unsigned char *)src, len, out, outlen)) {
        snprintf(msg, sizeof msg, "encoding problem: %s", normal);
        lex_set_error(err, "SyntaxError", filename, NULL, 0, 0, -1, 0, -1, msg);
        return -1;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Unicode character names for \N{...}                                */
/* ------------------------------------------------------------------ */

/* GENERATED from CPython 3.11's unicodedata (Unicode 14.0), sorted by name:
** a subset, not the full database (which is megabytes): ASCII, Latin-1 and
** Latin Extended-A, Greek, basic Cyrillic, general punctuation, currency,
** letterlike symbols and number forms, arrows, mathematical operators,
** box drawing, block elements, geometric shapes, miscellaneous symbols,
** dingbats and emoticons.  CJK UNIFIED IDEOGRAPH-XXXX is computed.  Other
** names are reported as unknown, so a program is rejected rather than
** given a wrong character.  Regenerate with:
**   ranges = [(0x20,0x7E),(0xA0,0x17F),(0x370,0x3FF),(0x400,0x45F),
**             (0x2010,0x205E),(0x20A0,0x20C0),(0x2100,0x215F),(0x2190,0x21FF),
**             (0x2200,0x22FF),(0x2500,0x25FF),(0x2600,0x26FF),(0x2700,0x27BF),
**             (0x1F600,0x1F64F)]
**   sorted((unicodedata.name(chr(c)), c) for a, z in ranges
**          for c in range(a, z + 1) if unicodedata.name(chr(c), None)) */
static const struct { const char *name; unsigned cp; } lex_uninames[] = {
    {"ACCOUNT OF", 0x2100}, {"ACUTE ACCENT", 0xB4}, {"ADDRESSED TO THE SUBJECT", 0x2101},
    {"ADI SHAKTI", 0x262C}, {"AIRPLANE", 0x2708}, {"AKTIESELSKAB", 0x214D},
    {"ALEF SYMBOL", 0x2135}, {"ALEMBIC", 0x2697}, {"ALL EQUAL TO", 0x224C},
    {"ALMOST EQUAL OR EQUAL TO", 0x224A}, {"ALMOST EQUAL TO", 0x2248},
    {"ALTERNATE ONE-WAY LEFT WAY TRAFFIC", 0x26D5}, {"AMPERSAND", 0x26}, {"ANCHOR", 0x2693},
    {"ANGLE", 0x2220}, {"ANGRY FACE", 0x1F620}, {"ANGSTROM SIGN", 0x212B},
    {"ANGUISHED FACE", 0x1F627}, {"ANKH", 0x2625}, {"ANTICLOCKWISE CONTOUR INTEGRAL", 0x2233},
    {"ANTICLOCKWISE OPEN CIRCLE ARROW", 0x21BA}, {"ANTICLOCKWISE TOP SEMICIRCLE ARROW", 0x21B6},
    {"APOSTROPHE", 0x27}, {"APPROACHES THE LIMIT", 0x2250},
    {"APPROXIMATELY BUT NOT ACTUALLY EQUAL TO", 0x2246}, {"APPROXIMATELY EQUAL TO", 0x2245},
    {"APPROXIMATELY EQUAL TO OR THE IMAGE OF", 0x2252}, {"AQUARIUS", 0x2652}, {"ARIES", 0x2648},
    {"ASCENDING NODE", 0x260A}, {"ASSERTION", 0x22A6}, {"ASTERISK", 0x2A},
    {"ASTERISK OPERATOR", 0x2217}, {"ASTERISM", 0x2042}, {"ASTONISHED FACE", 0x1F632},
    {"ASTRONOMICAL SYMBOL FOR URANUS", 0x26E2}, {"ASYMPTOTICALLY EQUAL TO", 0x2243},
    {"ATOM SYMBOL", 0x269B}, {"AUSTRAL SIGN", 0x20B3},
    {"BACK-TILTED SHADOWED WHITE RIGHTWARDS ARROW", 0x27AB}, {"BALLOON-SPOKED ASTERISK", 0x2749},
    {"BALLOT BOX", 0x2610}, {"BALLOT BOX WITH CHECK", 0x2611}, {"BALLOT BOX WITH X", 0x2612},
    {"BALLOT X", 0x2717}, {"BASEBALL", 0x26BE}, {"BEAMED EIGHTH NOTES", 0x266B},
    {"BEAMED SIXTEENTH NOTES", 0x266C}, {"BECAUSE", 0x2235}, {"BET SYMBOL", 0x2136},
    {"BETWEEN", 0x226C}, {"BIOHAZARD SIGN", 0x2623}, {"BITCOIN SIGN", 0x20BF},
    {"BLACK CENTRE WHITE STAR", 0x272C}, {"BLACK CHESS BISHOP", 0x265D},
    {"BLACK CHESS KING", 0x265A}, {"BLACK CHESS KNIGHT", 0x265E}, {"BLACK CHESS PAWN", 0x265F},
    {"BLACK CHESS QUEEN", 0x265B}, {"BLACK CHESS ROOK", 0x265C}, {"BLACK CIRCLE", 0x25CF},
    {"BLACK CIRCLE WITH TWO WHITE DOTS", 0x2689}, {"BLACK CIRCLE WITH WHITE DOT RIGHT", 0x2688},
    {"BLACK CLUB SUIT", 0x2663}, {"BLACK CROSS ON SHIELD", 0x26E8}, {"BLACK DIAMOND", 0x25C6},
    {"BLACK DIAMOND MINUS WHITE X", 0x2756}, {"BLACK DIAMOND SUIT", 0x2666},
    {"BLACK DOWN-POINTING SMALL TRIANGLE", 0x25BE}, {"BLACK DOWN-POINTING TRIANGLE", 0x25BC},
    {"BLACK DRAUGHTS KING", 0x26C3}, {"BLACK DRAUGHTS MAN", 0x26C2}, {"BLACK FLAG", 0x2691},
    {"BLACK FLORETTE", 0x273F}, {"BLACK FOUR POINTED STAR", 0x2726}, {"BLACK HEART SUIT", 0x2665},
    {"BLACK LEFT LANE MERGE", 0x26D8}, {"BLACK LEFT POINTING INDEX", 0x261A},
    {"BLACK LEFT-POINTING POINTER", 0x25C4}, {"BLACK LEFT-POINTING SMALL TRIANGLE", 0x25C2},
    {"BLACK LEFT-POINTING TRIANGLE", 0x25C0}, {"BLACK LEFTWARDS BULLET", 0x204C},
    {"BLACK LOWER LEFT TRIANGLE", 0x25E3}, {"BLACK LOWER RIGHT TRIANGLE", 0x25E2},
    {"BLACK MEDIUM SMALL SQUARE", 0x25FE}, {"BLACK MEDIUM SQUARE", 0x25FC},
    {"BLACK MOON LILITH", 0x26B8}, {"BLACK NIB", 0x2712}, {"BLACK PARALLELOGRAM", 0x25B0},
    {"BLACK QUESTION MARK ORNAMENT", 0x2753}, {"BLACK RECTANGLE", 0x25AC},
    {"BLACK RIGHT POINTING INDEX", 0x261B}, {"BLACK RIGHT-POINTING POINTER", 0x25BA},
    {"BLACK RIGHT-POINTING SMALL TRIANGLE", 0x25B8}, {"BLACK RIGHT-POINTING TRIANGLE", 0x25B6},
    {"BLACK RIGHTWARDS ARROW", 0x27A1}, {"BLACK RIGHTWARDS ARROWHEAD", 0x27A4},
    {"BLACK RIGHTWARDS BULLET", 0x204D}, {"BLACK SAFETY SCISSORS", 0x2700},
    {"BLACK SCISSORS", 0x2702}, {"BLACK SHOGI PIECE", 0x2617}, {"BLACK SMALL SQUARE", 0x25AA},
    {"BLACK SMILING FACE", 0x263B}, {"BLACK SNOWMAN", 0x26C7}, {"BLACK SPADE SUIT", 0x2660},
    {"BLACK SQUARE", 0x25A0}, {"BLACK STAR", 0x2605}, {"BLACK SUN WITH RAYS", 0x2600},
    {"BLACK TELEPHONE", 0x260E}, {"BLACK TRUCK", 0x26DF},
    {"BLACK TWO-WAY LEFT WAY TRAFFIC", 0x26D6}, {"BLACK UNIVERSAL RECYCLING SYMBOL", 0x267B},
    {"BLACK UP-POINTING SMALL TRIANGLE", 0x25B4}, {"BLACK UP-POINTING TRIANGLE", 0x25B2},
    {"BLACK UPPER LEFT TRIANGLE", 0x25E4}, {"BLACK UPPER RIGHT TRIANGLE", 0x25E5},
    {"BLACK VERTICAL RECTANGLE", 0x25AE}, {"BLACK-FEATHERED NORTH EAST ARROW", 0x27B6},
    {"BLACK-FEATHERED RIGHTWARDS ARROW", 0x27B5}, {"BLACK-FEATHERED SOUTH EAST ARROW", 0x27B4},
    {"BLACK-LETTER CAPITAL C", 0x212D}, {"BLACK-LETTER CAPITAL H", 0x210C},
    {"BLACK-LETTER CAPITAL I", 0x2111}, {"BLACK-LETTER CAPITAL R", 0x211C},
    {"BLACK-LETTER CAPITAL Z", 0x2128}, {"BOWTIE", 0x22C8},
    {"BOX DRAWINGS DOUBLE DOWN AND HORIZONTAL", 0x2566},
    {"BOX DRAWINGS DOUBLE DOWN AND LEFT", 0x2557}, {"BOX DRAWINGS DOUBLE DOWN AND RIGHT", 0x2554},
    {"BOX DRAWINGS DOUBLE HORIZONTAL", 0x2550}, {"BOX DRAWINGS DOUBLE UP AND HORIZONTAL", 0x2569},
    {"BOX DRAWINGS DOUBLE UP AND LEFT", 0x255D}, {"BOX DRAWINGS DOUBLE UP AND RIGHT", 0x255A},
    {"BOX DRAWINGS DOUBLE VERTICAL", 0x2551},
    {"BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL", 0x256C},
    {"BOX DRAWINGS DOUBLE VERTICAL AND LEFT", 0x2563},
    {"BOX DRAWINGS DOUBLE VERTICAL AND RIGHT", 0x2560},
    {"BOX DRAWINGS DOWN DOUBLE AND HORIZONTAL SINGLE", 0x2565},
    {"BOX DRAWINGS DOWN DOUBLE AND LEFT SINGLE", 0x2556},
    {"BOX DRAWINGS DOWN DOUBLE AND RIGHT SINGLE", 0x2553},
    {"BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LIGHT", 0x2530},
    {"BOX DRAWINGS DOWN HEAVY AND LEFT LIGHT", 0x2512},
    {"BOX DRAWINGS DOWN HEAVY AND LEFT UP LIGHT", 0x2527},
    {"BOX DRAWINGS DOWN HEAVY AND RIGHT LIGHT", 0x250E},
    {"BOX DRAWINGS DOWN HEAVY AND RIGHT UP LIGHT", 0x251F},
    {"BOX DRAWINGS DOWN HEAVY AND UP HORIZONTAL LIGHT", 0x2541},
    {"BOX DRAWINGS DOWN LIGHT AND HORIZONTAL HEAVY", 0x252F},
    {"BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY", 0x2511},
    {"BOX DRAWINGS DOWN LIGHT AND LEFT UP HEAVY", 0x2529},
    {"BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY", 0x250D},
    {"BOX DRAWINGS DOWN LIGHT AND RIGHT UP HEAVY", 0x2521},
    {"BOX DRAWINGS DOWN LIGHT AND UP HORIZONTAL HEAVY", 0x2547},
    {"BOX DRAWINGS DOWN SINGLE AND HORIZONTAL DOUBLE", 0x2564},
    {"BOX DRAWINGS DOWN SINGLE AND LEFT DOUBLE", 0x2555},
    {"BOX DRAWINGS DOWN SINGLE AND RIGHT DOUBLE", 0x2552},
    {"BOX DRAWINGS HEAVY DOUBLE DASH HORIZONTAL", 0x254D},
    {"BOX DRAWINGS HEAVY DOUBLE DASH VERTICAL", 0x254F}, {"BOX DRAWINGS HEAVY DOWN", 0x257B},
    {"BOX DRAWINGS HEAVY DOWN AND HORIZONTAL", 0x2533},
    {"BOX DRAWINGS HEAVY DOWN AND LEFT", 0x2513}, {"BOX DRAWINGS HEAVY DOWN AND RIGHT", 0x250F},
    {"BOX DRAWINGS HEAVY HORIZONTAL", 0x2501}, {"BOX DRAWINGS HEAVY LEFT", 0x2578},
    {"BOX DRAWINGS HEAVY LEFT AND LIGHT RIGHT", 0x257E},
    {"BOX DRAWINGS HEAVY QUADRUPLE DASH HORIZONTAL", 0x2509},
    {"BOX DRAWINGS HEAVY QUADRUPLE DASH VERTICAL", 0x250B}, {"BOX DRAWINGS HEAVY RIGHT", 0x257A},
    {"BOX DRAWINGS HEAVY TRIPLE DASH HORIZONTAL", 0x2505},
    {"BOX DRAWINGS HEAVY TRIPLE DASH VERTICAL", 0x2507}, {"BOX DRAWINGS HEAVY UP", 0x2579},
    {"BOX DRAWINGS HEAVY UP AND HORIZONTAL", 0x253B}, {"BOX DRAWINGS HEAVY UP AND LEFT", 0x251B},
    {"BOX DRAWINGS HEAVY UP AND LIGHT DOWN", 0x257F}, {"BOX DRAWINGS HEAVY UP AND RIGHT", 0x2517},
    {"BOX DRAWINGS HEAVY VERTICAL", 0x2503},
    {"BOX DRAWINGS HEAVY VERTICAL AND HORIZONTAL", 0x254B},
    {"BOX DRAWINGS HEAVY VERTICAL AND LEFT", 0x252B},
    {"BOX DRAWINGS HEAVY VERTICAL AND RIGHT", 0x2523},
    {"BOX DRAWINGS LEFT DOWN HEAVY AND RIGHT UP LIGHT", 0x2545},
    {"BOX DRAWINGS LEFT HEAVY AND RIGHT DOWN LIGHT", 0x252D},
    {"BOX DRAWINGS LEFT HEAVY AND RIGHT UP LIGHT", 0x2535},
    {"BOX DRAWINGS LEFT HEAVY AND RIGHT VERTICAL LIGHT", 0x253D},
    {"BOX DRAWINGS LEFT LIGHT AND RIGHT DOWN HEAVY", 0x2532},
    {"BOX DRAWINGS LEFT LIGHT AND RIGHT UP HEAVY", 0x253A},
    {"BOX DRAWINGS LEFT LIGHT AND RIGHT VERTICAL HEAVY", 0x254A},
    {"BOX DRAWINGS LEFT UP HEAVY AND RIGHT DOWN LIGHT", 0x2543},
    {"BOX DRAWINGS LIGHT ARC DOWN AND LEFT", 0x256E},
    {"BOX DRAWINGS LIGHT ARC DOWN AND RIGHT", 0x256D},
    {"BOX DRAWINGS LIGHT ARC UP AND LEFT", 0x256F},
    {"BOX DRAWINGS LIGHT ARC UP AND RIGHT", 0x2570}, {"BOX DRAWINGS LIGHT DIAGONAL CROSS", 0x2573},
    {"BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT", 0x2572},
    {"BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT", 0x2571},
    {"BOX DRAWINGS LIGHT DOUBLE DASH HORIZONTAL", 0x254C},
    {"BOX DRAWINGS LIGHT DOUBLE DASH VERTICAL", 0x254E}, {"BOX DRAWINGS LIGHT DOWN", 0x2577},
    {"BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", 0x252C},
    {"BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510}, {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT LEFT", 0x2574},
    {"BOX DRAWINGS LIGHT LEFT AND HEAVY RIGHT", 0x257C},
    {"BOX DRAWINGS LIGHT QUADRUPLE DASH HORIZONTAL", 0x2508},
    {"BOX DRAWINGS LIGHT QUADRUPLE DASH VERTICAL", 0x250A}, {"BOX DRAWINGS LIGHT RIGHT", 0x2576},
    {"BOX DRAWINGS LIGHT TRIPLE DASH HORIZONTAL", 0x2504},
    {"BOX DRAWINGS LIGHT TRIPLE DASH VERTICAL", 0x2506}, {"BOX DRAWINGS LIGHT UP", 0x2575},
    {"BOX DRAWINGS LIGHT UP AND HEAVY DOWN", 0x257D},
    {"BOX DRAWINGS LIGHT UP AND HORIZONTAL", 0x2534}, {"BOX DRAWINGS LIGHT UP AND LEFT", 0x2518},
    {"BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", 0x253C},
    {"BOX DRAWINGS LIGHT VERTICAL AND LEFT", 0x2524},
    {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C},
    {"BOX DRAWINGS RIGHT DOWN HEAVY AND LEFT UP LIGHT", 0x2546},
    {"BOX DRAWINGS RIGHT HEAVY AND LEFT DOWN LIGHT", 0x252E},
    {"BOX DRAWINGS RIGHT HEAVY AND LEFT UP LIGHT", 0x2536},
    {"BOX DRAWINGS RIGHT HEAVY AND LEFT VERTICAL LIGHT", 0x253E},
    {"BOX DRAWINGS RIGHT LIGHT AND LEFT DOWN HEAVY", 0x2531},
    {"BOX DRAWINGS RIGHT LIGHT AND LEFT UP HEAVY", 0x2539},
    {"BOX DRAWINGS RIGHT LIGHT AND LEFT VERTICAL HEAVY", 0x2549},
    {"BOX DRAWINGS RIGHT UP HEAVY AND LEFT DOWN LIGHT", 0x2544},
    {"BOX DRAWINGS UP DOUBLE AND HORIZONTAL SINGLE", 0x2568},
    {"BOX DRAWINGS UP DOUBLE AND LEFT SINGLE", 0x255C},
    {"BOX DRAWINGS UP DOUBLE AND RIGHT SINGLE", 0x2559},
    {"BOX DRAWINGS UP HEAVY AND DOWN HORIZONTAL LIGHT", 0x2540},
    {"BOX DRAWINGS UP HEAVY AND HORIZONTAL LIGHT", 0x2538},
    {"BOX DRAWINGS UP HEAVY AND LEFT DOWN LIGHT", 0x2526},
    {"BOX DRAWINGS UP HEAVY AND LEFT LIGHT", 0x251A},
    {"BOX DRAWINGS UP HEAVY AND RIGHT DOWN LIGHT", 0x251E},
    {"BOX DRAWINGS UP HEAVY AND RIGHT LIGHT", 0x2516},
    {"BOX DRAWINGS UP LIGHT AND DOWN HORIZONTAL HEAVY", 0x2548},
    {"BOX DRAWINGS UP LIGHT AND HORIZONTAL HEAVY", 0x2537},
    {"BOX DRAWINGS UP LIGHT AND LEFT DOWN HEAVY", 0x252A},
    {"BOX DRAWINGS UP LIGHT AND LEFT HEAVY", 0x2519},
    {"BOX DRAWINGS UP LIGHT AND RIGHT DOWN HEAVY", 0x2522},
    {"BOX DRAWINGS UP LIGHT AND RIGHT HEAVY", 0x2515},
    {"BOX DRAWINGS UP SINGLE AND HORIZONTAL DOUBLE", 0x2567},
    {"BOX DRAWINGS UP SINGLE AND LEFT DOUBLE", 0x255B},
    {"BOX DRAWINGS UP SINGLE AND RIGHT DOUBLE", 0x2558},
    {"BOX DRAWINGS VERTICAL DOUBLE AND HORIZONTAL SINGLE", 0x256B},
    {"BOX DRAWINGS VERTICAL DOUBLE AND LEFT SINGLE", 0x2562},
    {"BOX DRAWINGS VERTICAL DOUBLE AND RIGHT SINGLE", 0x255F},
    {"BOX DRAWINGS VERTICAL HEAVY AND HORIZONTAL LIGHT", 0x2542},
    {"BOX DRAWINGS VERTICAL HEAVY AND LEFT LIGHT", 0x2528},
    {"BOX DRAWINGS VERTICAL HEAVY AND RIGHT LIGHT", 0x2520},
    {"BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY", 0x253F},
    {"BOX DRAWINGS VERTICAL LIGHT AND LEFT HEAVY", 0x2525},
    {"BOX DRAWINGS VERTICAL LIGHT AND RIGHT HEAVY", 0x251D},
    {"BOX DRAWINGS VERTICAL SINGLE AND HORIZONTAL DOUBLE", 0x256A},
    {"BOX DRAWINGS VERTICAL SINGLE AND LEFT DOUBLE", 0x2561},
    {"BOX DRAWINGS VERTICAL SINGLE AND RIGHT DOUBLE", 0x255E}, {"BROKEN BAR", 0xA6},
    {"BULLET", 0x2022}, {"BULLET OPERATOR", 0x2219}, {"BULLSEYE", 0x25CE}, {"CADA UNA", 0x2106},
    {"CADUCEUS", 0x2624}, {"CANCER", 0x264B}, {"CAPRICORN", 0x2651}, {"CAR SLIDING", 0x26D0},
    {"CARE OF", 0x2105}, {"CARET", 0x2038}, {"CARET INSERTION POINT", 0x2041}, {"CASTLE", 0x26EB},
    {"CAT FACE WITH TEARS OF JOY", 0x1F639}, {"CAT FACE WITH WRY SMILE", 0x1F63C},
    {"CAUTION SIGN", 0x2621}, {"CEDI SIGN", 0x20B5}, {"CEDILLA", 0xB8}, {"CENT SIGN", 0xA2},
    {"CENTRE LINE SYMBOL", 0x2104}, {"CERES", 0x26B3}, {"CHAINS", 0x26D3},
    {"CHARACTER TIE", 0x2040}, {"CHECK MARK", 0x2713}, {"CHI RHO", 0x2627}, {"CHIRON", 0x26B7},
    {"CHURCH", 0x26EA}, {"CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK", 0x25D5},
    {"CIRCLE WITH LEFT HALF BLACK", 0x25D0}, {"CIRCLE WITH LOWER HALF BLACK", 0x25D2},
    {"CIRCLE WITH RIGHT HALF BLACK", 0x25D1}, {"CIRCLE WITH UPPER HALF BLACK", 0x25D3},
    {"CIRCLE WITH UPPER RIGHT QUADRANT BLACK", 0x25D4}, {"CIRCLE WITH VERTICAL FILL", 0x25CD},
    {"CIRCLED ASTERISK OPERATOR", 0x229B}, {"CIRCLED CROSSING LANES", 0x26D2},
    {"CIRCLED DASH", 0x229D}, {"CIRCLED DIVISION SLASH", 0x2298}, {"CIRCLED DOT OPERATOR", 0x2299},
    {"CIRCLED EQUALS", 0x229C}, {"CIRCLED HEAVY WHITE RIGHTWARDS ARROW", 0x27B2},
    {"CIRCLED MINUS", 0x2296}, {"CIRCLED OPEN CENTRE EIGHT POINTED STAR", 0x2742},
    {"CIRCLED PLUS", 0x2295}, {"CIRCLED RING OPERATOR", 0x229A}, {"CIRCLED TIMES", 0x2297},
    {"CIRCLED WHITE STAR", 0x272A}, {"CIRCUMFLEX ACCENT", 0x5E},
    {"CLOCKWISE CONTOUR INTEGRAL", 0x2232}, {"CLOCKWISE INTEGRAL", 0x2231},
    {"CLOCKWISE OPEN CIRCLE ARROW", 0x21BB}, {"CLOCKWISE TOP SEMICIRCLE ARROW", 0x21B7},
    {"CLOSE UP", 0x2050}, {"CLOUD", 0x2601}, {"COFFIN", 0x26B0}, {"COLON", 0x3A},
    {"COLON EQUALS", 0x2254}, {"COLON SIGN", 0x20A1}, {"COMET", 0x2604}, {"COMMA", 0x2C},
    {"COMMERCIAL AT", 0x40}, {"COMMERCIAL MINUS SIGN", 0x2052}, {"COMPLEMENT", 0x2201},
    {"CONFOUNDED FACE", 0x1F616}, {"CONFUSED FACE", 0x1F615}, {"CONJUNCTION", 0x260C},
    {"CONTAINS AS MEMBER", 0x220B}, {"CONTAINS AS NORMAL SUBGROUP", 0x22B3},
    {"CONTAINS AS NORMAL SUBGROUP OR EQUAL TO", 0x22B5},
    {"CONTAINS WITH LONG HORIZONTAL STROKE", 0x22FA}, {"CONTAINS WITH OVERBAR", 0x22FD},
    {"CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FB},
    {"CONTOUR INTEGRAL", 0x222E}, {"COPTIC CAPITAL LETTER DEI", 0x3EE},
    {"COPTIC CAPITAL LETTER FEI", 0x3E4}, {"COPTIC CAPITAL LETTER GANGIA", 0x3EA},
    {"COPTIC CAPITAL LETTER HORI", 0x3E8}, {"COPTIC CAPITAL LETTER KHEI", 0x3E6},
    {"COPTIC CAPITAL LETTER SHEI", 0x3E2}, {"COPTIC CAPITAL LETTER SHIMA", 0x3EC},
    {"COPTIC SMALL LETTER DEI", 0x3EF}, {"COPTIC SMALL LETTER FEI", 0x3E5},
    {"COPTIC SMALL LETTER GANGIA", 0x3EB}, {"COPTIC SMALL LETTER HORI", 0x3E9},
    {"COPTIC SMALL LETTER KHEI", 0x3E7}, {"COPTIC SMALL LETTER SHEI", 0x3E3},
    {"COPTIC SMALL LETTER SHIMA", 0x3ED}, {"COPYRIGHT SIGN", 0xA9}, {"CORRESPONDS TO", 0x2258},
    {"CROSS MARK", 0x274C}, {"CROSS OF JERUSALEM", 0x2629}, {"CROSS OF LORRAINE", 0x2628},
    {"CROSSED SWORDS", 0x2694}, {"CROSSING LANES", 0x26CC}, {"CRUZEIRO SIGN", 0x20A2},
    {"CRYING CAT FACE", 0x1F63F}, {"CRYING FACE", 0x1F622}, {"CUBE ROOT", 0x221B},
    {"CUP ON BLACK SQUARE", 0x26FE}, {"CURLY LOGICAL AND", 0x22CF}, {"CURLY LOGICAL OR", 0x22CE},
    {"CURLY LOOP", 0x27B0}, {"CURRENCY SIGN", 0xA4},
    {"CURVED STEM PARAGRAPH SIGN ORNAMENT", 0x2761}, {"CYRILLIC CAPITAL LETTER A", 0x410},
    {"CYRILLIC CAPITAL LETTER BE", 0x411},
    {"CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", 0x406},
    {"CYRILLIC CAPITAL LETTER CHE", 0x427}, {"CYRILLIC CAPITAL LETTER DE", 0x414},
    {"CYRILLIC CAPITAL LETTER DJE", 0x402}, {"CYRILLIC CAPITAL LETTER DZE", 0x405},
    {"CYRILLIC CAPITAL LETTER DZHE", 0x40F}, {"CYRILLIC CAPITAL LETTER E", 0x42D},
    {"CYRILLIC CAPITAL LETTER EF", 0x424}, {"CYRILLIC CAPITAL LETTER EL", 0x41B},
    {"CYRILLIC CAPITAL LETTER EM", 0x41C}, {"CYRILLIC CAPITAL LETTER EN", 0x41D},
    {"CYRILLIC CAPITAL LETTER ER", 0x420}, {"CYRILLIC CAPITAL LETTER ES", 0x421},
    {"CYRILLIC CAPITAL LETTER GHE", 0x413}, {"CYRILLIC CAPITAL LETTER GJE", 0x403},
    {"CYRILLIC CAPITAL LETTER HA", 0x425}, {"CYRILLIC CAPITAL LETTER HARD SIGN", 0x42A},
    {"CYRILLIC CAPITAL LETTER I", 0x418}, {"CYRILLIC CAPITAL LETTER I WITH GRAVE", 0x40D},
    {"CYRILLIC CAPITAL LETTER IE", 0x415}, {"CYRILLIC CAPITAL LETTER IE WITH GRAVE", 0x400},
    {"CYRILLIC CAPITAL LETTER IO", 0x401}, {"CYRILLIC CAPITAL LETTER JE", 0x408},
    {"CYRILLIC CAPITAL LETTER KA", 0x41A}, {"CYRILLIC CAPITAL LETTER KJE", 0x40C},
    {"CYRILLIC CAPITAL LETTER LJE", 0x409}, {"CYRILLIC CAPITAL LETTER NJE", 0x40A},
    {"CYRILLIC CAPITAL LETTER O", 0x41E}, {"CYRILLIC CAPITAL LETTER PE", 0x41F},
    {"CYRILLIC CAPITAL LETTER SHA", 0x428}, {"CYRILLIC CAPITAL LETTER SHCHA", 0x429},
    {"CYRILLIC CAPITAL LETTER SHORT I", 0x419}, {"CYRILLIC CAPITAL LETTER SHORT U", 0x40E},
    {"CYRILLIC CAPITAL LETTER SOFT SIGN", 0x42C}, {"CYRILLIC CAPITAL LETTER TE", 0x422},
    {"CYRILLIC CAPITAL LETTER TSE", 0x426}, {"CYRILLIC CAPITAL LETTER TSHE", 0x40B},
    {"CYRILLIC CAPITAL LETTER U", 0x423}, {"CYRILLIC CAPITAL LETTER UKRAINIAN IE", 0x404},
    {"CYRILLIC CAPITAL LETTER VE", 0x412}, {"CYRILLIC CAPITAL LETTER YA", 0x42F},
    {"CYRILLIC CAPITAL LETTER YERU", 0x42B}, {"CYRILLIC CAPITAL LETTER YI", 0x407},
    {"CYRILLIC CAPITAL LETTER YU", 0x42E}, {"CYRILLIC CAPITAL LETTER ZE", 0x417},
    {"CYRILLIC CAPITAL LETTER ZHE", 0x416}, {"CYRILLIC SMALL LETTER A", 0x430},
    {"CYRILLIC SMALL LETTER BE", 0x431}, {"CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", 0x456},
    {"CYRILLIC SMALL LETTER CHE", 0x447}, {"CYRILLIC SMALL LETTER DE", 0x434},
    {"CYRILLIC SMALL LETTER DJE", 0x452}, {"CYRILLIC SMALL LETTER DZE", 0x455},
    {"CYRILLIC SMALL LETTER DZHE", 0x45F}, {"CYRILLIC SMALL LETTER E", 0x44D},
    {"CYRILLIC SMALL LETTER EF", 0x444}, {"CYRILLIC SMALL LETTER EL", 0x43B},
    {"CYRILLIC SMALL LETTER EM", 0x43C}, {"CYRILLIC SMALL LETTER EN", 0x43D},
    {"CYRILLIC SMALL LETTER ER", 0x440}, {"CYRILLIC SMALL LETTER ES", 0x441},
    {"CYRILLIC SMALL LETTER GHE", 0x433}, {"CYRILLIC SMALL LETTER GJE", 0x453},
    {"CYRILLIC SMALL LETTER HA", 0x445}, {"CYRILLIC SMALL LETTER HARD SIGN", 0x44A},
    {"CYRILLIC SMALL LETTER I", 0x438}, {"CYRILLIC SMALL LETTER I WITH GRAVE", 0x45D},
    {"CYRILLIC SMALL LETTER IE", 0x435}, {"CYRILLIC SMALL LETTER IE WITH GRAVE", 0x450},
    {"CYRILLIC SMALL LETTER IO", 0x451}, {"CYRILLIC SMALL LETTER JE", 0x458},
    {"CYRILLIC SMALL LETTER KA", 0x43A}, {"CYRILLIC SMALL LETTER KJE", 0x45C},
    {"CYRILLIC SMALL LETTER LJE", 0x459}, {"CYRILLIC SMALL LETTER NJE", 0x45A},
    {"CYRILLIC SMALL LETTER O", 0x43E}, {"CYRILLIC SMALL LETTER PE", 0x43F},
    {"CYRILLIC SMALL LETTER SHA", 0x448}, {"CYRILLIC SMALL LETTER SHCHA", 0x449},
    {"CYRILLIC SMALL LETTER SHORT I", 0x439}, {"CYRILLIC SMALL LETTER SHORT U", 0x45E},
    {"CYRILLIC SMALL LETTER SOFT SIGN", 0x44C}, {"CYRILLIC SMALL LETTER TE", 0x442},
    {"CYRILLIC SMALL LETTER TSE", 0x446}, {"CYRILLIC SMALL LETTER TSHE", 0x45B},
    {"CYRILLIC SMALL LETTER U", 0x443}, {"CYRILLIC SMALL LETTER UKRAINIAN IE", 0x454},
    {"CYRILLIC SMALL LETTER VE", 0x432}, {"CYRILLIC SMALL LETTER YA", 0x44F},
    {"CYRILLIC SMALL LETTER YERU", 0x44B}, {"CYRILLIC SMALL LETTER YI", 0x457},
    {"CYRILLIC SMALL LETTER YU", 0x44E}, {"CYRILLIC SMALL LETTER ZE", 0x437},
    {"CYRILLIC SMALL LETTER ZHE", 0x436}, {"DAGGER", 0x2020}, {"DALET SYMBOL", 0x2138},
    {"DARK SHADE", 0x2593}, {"DASHED TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279F},
    {"DEGREE CELSIUS", 0x2103}, {"DEGREE FAHRENHEIT", 0x2109}, {"DEGREE SIGN", 0xB0},
    {"DELTA EQUAL TO", 0x225C}, {"DESCENDING NODE", 0x260B}, {"DIAERESIS", 0xA8},
    {"DIAMOND OPERATOR", 0x22C4}, {"DIE FACE-1", 0x2680}, {"DIE FACE-2", 0x2681},
    {"DIE FACE-3", 0x2682}, {"DIE FACE-4", 0x2683}, {"DIE FACE-5", 0x2684}, {"DIE FACE-6", 0x2685},
    {"DIFFERENCE BETWEEN", 0x224F}, {"DIGIT EIGHT", 0x38}, {"DIGIT FIVE", 0x35},
    {"DIGIT FOUR", 0x34}, {"DIGIT NINE", 0x39}, {"DIGIT ONE", 0x31}, {"DIGIT SEVEN", 0x37},
    {"DIGIT SIX", 0x36}, {"DIGIT THREE", 0x33}, {"DIGIT TWO", 0x32}, {"DIGIT ZERO", 0x30},
    {"DIGRAM FOR GREATER YANG", 0x268C}, {"DIGRAM FOR GREATER YIN", 0x268F},
    {"DIGRAM FOR LESSER YANG", 0x268E}, {"DIGRAM FOR LESSER YIN", 0x268D},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT EIGHT", 0x2787},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT FIVE", 0x2784},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT FOUR", 0x2783},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT NINE", 0x2788},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT ONE", 0x2780},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT SEVEN", 0x2786},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT SIX", 0x2785},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT THREE", 0x2782},
    {"DINGBAT CIRCLED SANS-SERIF DIGIT TWO", 0x2781},
    {"DINGBAT CIRCLED SANS-SERIF NUMBER TEN", 0x2789},
    {"DINGBAT NEGATIVE CIRCLED DIGIT EIGHT", 0x277D},
    {"DINGBAT NEGATIVE CIRCLED DIGIT FIVE", 0x277A},
    {"DINGBAT NEGATIVE CIRCLED DIGIT FOUR", 0x2779},
    {"DINGBAT NEGATIVE CIRCLED DIGIT NINE", 0x277E},
    {"DINGBAT NEGATIVE CIRCLED DIGIT ONE", 0x2776},
    {"DINGBAT NEGATIVE CIRCLED DIGIT SEVEN", 0x277C},
    {"DINGBAT NEGATIVE CIRCLED DIGIT SIX", 0x277B},
    {"DINGBAT NEGATIVE CIRCLED DIGIT THREE", 0x2778},
    {"DINGBAT NEGATIVE CIRCLED DIGIT TWO", 0x2777},
    {"DINGBAT NEGATIVE CIRCLED NUMBER TEN", 0x277F},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT EIGHT", 0x2791},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FIVE", 0x278E},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FOUR", 0x278D},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT NINE", 0x2792},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE", 0x278A},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SEVEN", 0x2790},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX", 0x278F},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT THREE", 0x278C},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT TWO", 0x278B},
    {"DINGBAT NEGATIVE CIRCLED SANS-SERIF NUMBER TEN", 0x2793}, {"DISABLED CAR", 0x26CD},
    {"DISAPPOINTED BUT RELIEVED FACE", 0x1F625}, {"DISAPPOINTED FACE", 0x1F61E},
    {"DIVIDES", 0x2223}, {"DIVISION SIGN", 0xF7}, {"DIVISION SLASH", 0x2215},
    {"DIVISION TIMES", 0x22C7}, {"DIVORCE SYMBOL", 0x26AE}, {"DIZZY FACE", 0x1F635},
    {"DOES NOT CONTAIN AS MEMBER", 0x220C}, {"DOES NOT CONTAIN AS NORMAL SUBGROUP", 0x22EB},
    {"DOES NOT CONTAIN AS NORMAL SUBGROUP OR EQUAL", 0x22ED}, {"DOES NOT DIVIDE", 0x2224},
    {"DOES NOT FORCE", 0x22AE}, {"DOES NOT PRECEDE", 0x2280},
    {"DOES NOT PRECEDE OR EQUAL", 0x22E0}, {"DOES NOT PROVE", 0x22AC},
    {"DOES NOT SUCCEED", 0x2281}, {"DOES NOT SUCCEED OR EQUAL", 0x22E1}, {"DOLLAR SIGN", 0x24},
    {"DONG SIGN", 0x20AB}, {"DOT MINUS", 0x2238}, {"DOT OPERATOR", 0x22C5}, {"DOT PLUS", 0x2214},
    {"DOTTED CIRCLE", 0x25CC}, {"DOTTED CROSS", 0x205C}, {"DOUBLE CURLY LOOP", 0x27BF},
    {"DOUBLE DAGGER", 0x2021}, {"DOUBLE EXCLAMATION MARK", 0x203C},
    {"DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F}, {"DOUBLE INTEGRAL", 0x222C},
    {"DOUBLE INTERSECTION", 0x22D2}, {"DOUBLE LOW LINE", 0x2017},
    {"DOUBLE LOW-9 QUOTATION MARK", 0x201E}, {"DOUBLE PRIME", 0x2033},
    {"DOUBLE QUESTION MARK", 0x2047}, {"DOUBLE SUBSET", 0x22D0}, {"DOUBLE SUPERSET", 0x22D1},
    {"DOUBLE UNION", 0x22D3}, {"DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AB},
    {"DOUBLE VERTICAL LINE", 0x2016}, {"DOUBLE-STRUCK CAPITAL C", 0x2102},
    {"DOUBLE-STRUCK CAPITAL GAMMA", 0x213E}, {"DOUBLE-STRUCK CAPITAL H", 0x210D},
    {"DOUBLE-STRUCK CAPITAL N", 0x2115}, {"DOUBLE-STRUCK CAPITAL P", 0x2119},
    {"DOUBLE-STRUCK CAPITAL PI", 0x213F}, {"DOUBLE-STRUCK CAPITAL Q", 0x211A},
    {"DOUBLE-STRUCK CAPITAL R", 0x211D}, {"DOUBLE-STRUCK CAPITAL Z", 0x2124},
    {"DOUBLE-STRUCK ITALIC CAPITAL D", 0x2145}, {"DOUBLE-STRUCK ITALIC SMALL D", 0x2146},
    {"DOUBLE-STRUCK ITALIC SMALL E", 0x2147}, {"DOUBLE-STRUCK ITALIC SMALL I", 0x2148},
    {"DOUBLE-STRUCK ITALIC SMALL J", 0x2149}, {"DOUBLE-STRUCK N-ARY SUMMATION", 0x2140},
    {"DOUBLE-STRUCK SMALL GAMMA", 0x213D}, {"DOUBLE-STRUCK SMALL PI", 0x213C},
    {"DOUBLED FEMALE SIGN", 0x26A2}, {"DOUBLED MALE SIGN", 0x26A3},
    {"DOWN RIGHT DIAGONAL ELLIPSIS", 0x22F1}, {"DOWN TACK", 0x22A4}, {"DOWNWARDS ARROW", 0x2193},
    {"DOWNWARDS ARROW FROM BAR", 0x21A7}, {"DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW", 0x21F5},
    {"DOWNWARDS ARROW WITH CORNER LEFTWARDS", 0x21B5},
    {"DOWNWARDS ARROW WITH DOUBLE STROKE", 0x21DF}, {"DOWNWARDS ARROW WITH TIP LEFTWARDS", 0x21B2},
    {"DOWNWARDS ARROW WITH TIP RIGHTWARDS", 0x21B3}, {"DOWNWARDS DASHED ARROW", 0x21E3},
    {"DOWNWARDS DOUBLE ARROW", 0x21D3}, {"DOWNWARDS HARPOON WITH BARB LEFTWARDS", 0x21C3},
    {"DOWNWARDS HARPOON WITH BARB RIGHTWARDS", 0x21C2}, {"DOWNWARDS PAIRED ARROWS", 0x21CA},
    {"DOWNWARDS TWO HEADED ARROW", 0x21A1}, {"DOWNWARDS WHITE ARROW", 0x21E9},
    {"DOWNWARDS ZIGZAG ARROW", 0x21AF}, {"DRACHMA SIGN", 0x20AF},
    {"DRAFTING POINT RIGHTWARDS ARROW", 0x279B}, {"DRIVE SLOW SIGN", 0x26DA}, {"EARTH", 0x2641},
    {"EAST SYRIAC CROSS", 0x2671}, {"EIGHT PETALLED OUTLINED BLACK FLORETTE", 0x2741},
    {"EIGHT POINTED BLACK STAR", 0x2734}, {"EIGHT POINTED PINWHEEL STAR", 0x2735},
    {"EIGHT POINTED RECTILINEAR BLACK STAR", 0x2737}, {"EIGHT SPOKED ASTERISK", 0x2733},
    {"EIGHT TEARDROP-SPOKED PROPELLER ASTERISK", 0x274A}, {"EIGHTH NOTE", 0x266A},
    {"ELEMENT OF", 0x2208}, {"ELEMENT OF WITH DOT ABOVE", 0x22F5},
    {"ELEMENT OF WITH LONG HORIZONTAL STROKE", 0x22F2}, {"ELEMENT OF WITH OVERBAR", 0x22F6},
    {"ELEMENT OF WITH TWO HORIZONTAL STROKES", 0x22F9}, {"ELEMENT OF WITH UNDERBAR", 0x22F8},
    {"ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F3}, {"EM DASH", 0x2014},
    {"EMPTY SET", 0x2205}, {"EN DASH", 0x2013}, {"END OF PROOF", 0x220E}, {"ENVELOPE", 0x2709},
    {"EQUAL AND PARALLEL TO", 0x22D5}, {"EQUAL TO BY DEFINITION", 0x225D},
    {"EQUAL TO OR GREATER-THAN", 0x22DD}, {"EQUAL TO OR LESS-THAN", 0x22DC},
    {"EQUAL TO OR PRECEDES", 0x22DE}, {"EQUAL TO OR SUCCEEDS", 0x22DF}, {"EQUALS COLON", 0x2255},
    {"EQUALS SIGN", 0x3D}, {"EQUIANGULAR TO", 0x225A}, {"EQUIVALENT TO", 0x224D},
    {"ESTIMATED SYMBOL", 0x212E}, {"ESTIMATES", 0x2259}, {"EULER CONSTANT", 0x2107},
    {"EURO SIGN", 0x20AC}, {"EURO-CURRENCY SIGN", 0x20A0}, {"EXCESS", 0x2239},
    {"EXCLAMATION MARK", 0x21}, {"EXCLAMATION QUESTION MARK", 0x2049},
    {"EXPRESSIONLESS FACE", 0x1F611}, {"FACE SAVOURING DELICIOUS FOOD", 0x1F60B},
    {"FACE SCREAMING IN FEAR", 0x1F631}, {"FACE THROWING A KISS", 0x1F618},
    {"FACE WITH COLD SWEAT", 0x1F613}, {"FACE WITH LOOK OF TRIUMPH", 0x1F624},
    {"FACE WITH MEDICAL MASK", 0x1F637}, {"FACE WITH NO GOOD GESTURE", 0x1F645},
    {"FACE WITH OK GESTURE", 0x1F646}, {"FACE WITH OPEN MOUTH", 0x1F62E},
    {"FACE WITH OPEN MOUTH AND COLD SWEAT", 0x1F630}, {"FACE WITH ROLLING EYES", 0x1F644},
    {"FACE WITH STUCK-OUT TONGUE", 0x1F61B},
    {"FACE WITH STUCK-OUT TONGUE AND TIGHTLY-CLOSED EYES", 0x1F61D},
    {"FACE WITH STUCK-OUT TONGUE AND WINKING EYE", 0x1F61C}, {"FACE WITH TEARS OF JOY", 0x1F602},
    {"FACE WITHOUT MOUTH", 0x1F636}, {"FACSIMILE SIGN", 0x213B},
    {"FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE", 0x26DE}, {"FARSI SYMBOL", 0x262B},
    {"FEARFUL FACE", 0x1F628}, {"FEMALE SIGN", 0x2640}, {"FEMININE ORDINAL INDICATOR", 0xAA},
    {"FERRY", 0x26F4}, {"FIGURE DASH", 0x2012}, {"FIRST QUARTER MOON", 0x263D},
    {"FISHEYE", 0x25C9}, {"FIVE DOT PUNCTUATION", 0x2059}, {"FLAG IN HOLE", 0x26F3},
    {"FLEUR-DE-LIS", 0x269C}, {"FLORAL HEART", 0x2766}, {"FLOWER", 0x2698},
    {"FLOWER PUNCTUATION MARK", 0x2055}, {"FLUSHED FACE", 0x1F633}, {"FOR ALL", 0x2200},
    {"FORCES", 0x22A9}, {"FOUNTAIN", 0x26F2}, {"FOUR BALLOON-SPOKED ASTERISK", 0x2723},
    {"FOUR CLUB-SPOKED ASTERISK", 0x2725}, {"FOUR DOT MARK", 0x205B},
    {"FOUR DOT PUNCTUATION", 0x2058}, {"FOUR TEARDROP-SPOKED ASTERISK", 0x2722},
    {"FOURTH ROOT", 0x221C}, {"FRACTION NUMERATOR ONE", 0x215F}, {"FRACTION SLASH", 0x2044},
    {"FRENCH FRANC SIGN", 0x20A3}, {"FRONT-TILTED SHADOWED WHITE RIGHTWARDS ARROW", 0x27AC},
    {"FROWNING FACE WITH OPEN MOUTH", 0x1F626}, {"FUEL PUMP", 0x26FD}, {"FULL BLOCK", 0x2588},
    {"FULL STOP", 0x2E}, {"FUNERAL URN", 0x26B1}, {"GEAR", 0x2699}, {"GEAR WITH HANDLES", 0x26EE},
    {"GEAR WITHOUT HUB", 0x26ED}, {"GEMINI", 0x264A}, {"GEOMETRIC PROPORTION", 0x223A},
    {"GEOMETRICALLY EQUAL TO", 0x2251}, {"GEOMETRICALLY EQUIVALENT TO", 0x224E},
    {"GERMAN PENNY SIGN", 0x20B0}, {"GIMEL SYMBOL", 0x2137}, {"GRAVE ACCENT", 0x60},
    {"GREATER-THAN BUT NOT EQUAL TO", 0x2269}, {"GREATER-THAN BUT NOT EQUIVALENT TO", 0x22E7},
    {"GREATER-THAN EQUAL TO OR LESS-THAN", 0x22DB}, {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREATER-THAN OR EQUIVALENT TO", 0x2273}, {"GREATER-THAN OR LESS-THAN", 0x2277},
    {"GREATER-THAN OVER EQUAL TO", 0x2267}, {"GREATER-THAN SIGN", 0x3E},
    {"GREATER-THAN WITH DOT", 0x22D7}, {"GREEK ANO TELEIA", 0x387}, {"GREEK BETA SYMBOL", 0x3D0},
    {"GREEK CAPITAL DOTTED LUNATE SIGMA SYMBOL", 0x3FE}, {"GREEK CAPITAL KAI SYMBOL", 0x3CF},
    {"GREEK CAPITAL LETTER ALPHA", 0x391}, {"GREEK CAPITAL LETTER ALPHA WITH TONOS", 0x386},
    {"GREEK CAPITAL LETTER ARCHAIC SAMPI", 0x372}, {"GREEK CAPITAL LETTER BETA", 0x392},
    {"GREEK CAPITAL LETTER CHI", 0x3A7}, {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER EPSILON", 0x395}, {"GREEK CAPITAL LETTER EPSILON WITH TONOS", 0x388},
    {"GREEK CAPITAL LETTER ETA", 0x397}, {"GREEK CAPITAL LETTER ETA WITH TONOS", 0x389},
    {"GREEK CAPITAL LETTER GAMMA", 0x393}, {"GREEK CAPITAL LETTER HETA", 0x370},
    {"GREEK CAPITAL LETTER IOTA", 0x399}, {"GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA},
    {"GREEK CAPITAL LETTER IOTA WITH TONOS", 0x38A}, {"GREEK CAPITAL LETTER KAPPA", 0x39A},
    {"GREEK CAPITAL LETTER LAMDA", 0x39B}, {"GREEK CAPITAL LETTER MU", 0x39C},
    {"GREEK CAPITAL LETTER NU", 0x39D}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER OMEGA WITH TONOS", 0x38F}, {"GREEK CAPITAL LETTER OMICRON", 0x39F},
    {"GREEK CAPITAL LETTER OMICRON WITH TONOS", 0x38C},
    {"GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA", 0x376}, {"GREEK CAPITAL LETTER PHI", 0x3A6},
    {"GREEK CAPITAL LETTER PI", 0x3A0}, {"GREEK CAPITAL LETTER PSI", 0x3A8},
    {"GREEK CAPITAL LETTER RHO", 0x3A1}, {"GREEK CAPITAL LETTER SAN", 0x3FA},
    {"GREEK CAPITAL LETTER SHO", 0x3F7}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER TAU", 0x3A4}, {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3A5},
    {"GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB},
    {"GREEK CAPITAL LETTER UPSILON WITH TONOS", 0x38E}, {"GREEK CAPITAL LETTER XI", 0x39E},
    {"GREEK CAPITAL LETTER YOT", 0x37F}, {"GREEK CAPITAL LETTER ZETA", 0x396},
    {"GREEK CAPITAL LUNATE SIGMA SYMBOL", 0x3F9},
    {"GREEK CAPITAL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x3FF},
    {"GREEK CAPITAL REVERSED LUNATE SIGMA SYMBOL", 0x3FD}, {"GREEK CAPITAL THETA SYMBOL", 0x3F4},
    {"GREEK DIALYTIKA TONOS", 0x385}, {"GREEK KAI SYMBOL", 0x3D7}, {"GREEK KAPPA SYMBOL", 0x3F0},
    {"GREEK LETTER ARCHAIC KOPPA", 0x3D8}, {"GREEK LETTER DIGAMMA", 0x3DC},
    {"GREEK LETTER KOPPA", 0x3DE}, {"GREEK LETTER SAMPI", 0x3E0}, {"GREEK LETTER STIGMA", 0x3DA},
    {"GREEK LETTER YOT", 0x3F3}, {"GREEK LOWER NUMERAL SIGN", 0x375},
    {"GREEK LUNATE EPSILON SYMBOL", 0x3F5}, {"GREEK LUNATE SIGMA SYMBOL", 0x3F2},
    {"GREEK NUMERAL SIGN", 0x374}, {"GREEK PHI SYMBOL", 0x3D5}, {"GREEK PI SYMBOL", 0x3D6},
    {"GREEK QUESTION MARK", 0x37E}, {"GREEK REVERSED LUNATE EPSILON SYMBOL", 0x3F6},
    {"GREEK RHO SYMBOL", 0x3F1}, {"GREEK RHO WITH STROKE SYMBOL", 0x3FC},
    {"GREEK SMALL DOTTED LUNATE SIGMA SYMBOL", 0x37C}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC}, {"GREEK SMALL LETTER ARCHAIC KOPPA", 0x3D9},
    {"GREEK SMALL LETTER ARCHAIC SAMPI", 0x373}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER CHI", 0x3C7}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER DIGAMMA", 0x3DD}, {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD}, {"GREEK SMALL LETTER ETA", 0x3B7},
    {"GREEK SMALL LETTER ETA WITH TONOS", 0x3AE}, {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER HETA", 0x371},
    {"GREEK SMALL LETTER IOTA", 0x3B9}, {"GREEK SMALL LETTER IOTA WITH DIALYTIKA", 0x3CA},
    {"GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS", 0x390},
    {"GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF}, {"GREEK SMALL LETTER KAPPA", 0x3BA},
    {"GREEK SMALL LETTER KOPPA", 0x3DF}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER NU", 0x3BD},
    {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK SMALL LETTER OMEGA WITH TONOS", 0x3CE},
    {"GREEK SMALL LETTER OMICRON", 0x3BF}, {"GREEK SMALL LETTER OMICRON WITH TONOS", 0x3CC},
    {"GREEK SMALL LETTER PAMPHYLIAN DIGAMMA", 0x377}, {"GREEK SMALL LETTER PHI", 0x3C6},
    {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER PSI", 0x3C8},
    {"GREEK SMALL LETTER RHO", 0x3C1}, {"GREEK SMALL LETTER SAMPI", 0x3E1},
    {"GREEK SMALL LETTER SAN", 0x3FB}, {"GREEK SMALL LETTER SHO", 0x3F8},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER STIGMA", 0x3DB},
    {"GREEK SMALL LETTER TAU", 0x3C4}, {"GREEK SMALL LETTER THETA", 0x3B8},
    {"GREEK SMALL LETTER UPSILON", 0x3C5}, {"GREEK SMALL LETTER UPSILON WITH DIALYTIKA", 0x3CB},
    {"GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0},
    {"GREEK SMALL LETTER UPSILON WITH TONOS", 0x3CD}, {"GREEK SMALL LETTER XI", 0x3BE},
    {"GREEK SMALL LETTER ZETA", 0x3B6}, {"GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL", 0x37D},
    {"GREEK SMALL REVERSED LUNATE SIGMA SYMBOL", 0x37B}, {"GREEK THETA SYMBOL", 0x3D1},
    {"GREEK TONOS", 0x384}, {"GREEK UPSILON WITH ACUTE AND HOOK SYMBOL", 0x3D3},
    {"GREEK UPSILON WITH DIAERESIS AND HOOK SYMBOL", 0x3D4},
    {"GREEK UPSILON WITH HOOK SYMBOL", 0x3D2}, {"GREEK YPOGEGRAMMENI", 0x37A},
    {"GRIMACING FACE", 0x1F62C}, {"GRINNING CAT FACE WITH SMILING EYES", 0x1F638},
    {"GRINNING FACE", 0x1F600}, {"GRINNING FACE WITH SMILING EYES", 0x1F601},
    {"GUARANI SIGN", 0x20B2}, {"HAMMER AND PICK", 0x2692}, {"HAMMER AND SICKLE", 0x262D},
    {"HAPPY PERSON RAISING ONE HAND", 0x1F64B}, {"HEADSTONE GRAVEYARD SYMBOL", 0x26FC},
    {"HEAR-NO-EVIL MONKEY", 0x1F649}, {"HEAVY ASTERISK", 0x2731}, {"HEAVY BALLOT X", 0x2718},
    {"HEAVY BLACK CURVED DOWNWARDS AND RIGHTWARDS ARROW", 0x27A5},
    {"HEAVY BLACK CURVED UPWARDS AND RIGHTWARDS ARROW", 0x27A6}, {"HEAVY BLACK HEART", 0x2764},
    {"HEAVY BLACK-FEATHERED NORTH EAST ARROW", 0x27B9},
    {"HEAVY BLACK-FEATHERED RIGHTWARDS ARROW", 0x27B8},
    {"HEAVY BLACK-FEATHERED SOUTH EAST ARROW", 0x27B7}, {"HEAVY CHECK MARK", 0x2714},
    {"HEAVY CHEVRON SNOWFLAKE", 0x2746}, {"HEAVY CIRCLE WITH STROKE AND TWO DOTS ABOVE", 0x26E3},
    {"HEAVY CONCAVE-POINTED BLACK RIGHTWARDS ARROW", 0x27A8},
    {"HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW", 0x27A0}, {"HEAVY DIVISION SIGN", 0x2797},
    {"HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT", 0x275E},
    {"HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT", 0x275D},
    {"HEAVY EIGHT POINTED RECTILINEAR BLACK STAR", 0x2738},
    {"HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK", 0x274B},
    {"HEAVY EXCLAMATION MARK ORNAMENT", 0x2762}, {"HEAVY EXCLAMATION MARK SYMBOL", 0x2757},
    {"HEAVY FOUR BALLOON-SPOKED ASTERISK", 0x2724}, {"HEAVY GREEK CROSS", 0x271A},
    {"HEAVY HEART EXCLAMATION MARK ORNAMENT", 0x2763},
    {"HEAVY LEFT-POINTING ANGLE BRACKET ORNAMENT", 0x2770},
    {"HEAVY LEFT-POINTING ANGLE QUOTATION MARK ORNAMENT", 0x276E},
    {"HEAVY LOW DOUBLE COMMA QUOTATION MARK ORNAMENT", 0x2760},
    {"HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT", 0x275F},
    {"HEAVY LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AD}, {"HEAVY MINUS SIGN", 0x2796},
    {"HEAVY MULTIPLICATION X", 0x2716}, {"HEAVY NORTH EAST ARROW", 0x279A},
    {"HEAVY OPEN CENTRE CROSS", 0x271C}, {"HEAVY OUTLINED BLACK STAR", 0x272E},
    {"HEAVY PLUS SIGN", 0x2795}, {"HEAVY RIGHT-POINTING ANGLE BRACKET ORNAMENT", 0x2771},
    {"HEAVY RIGHT-POINTING ANGLE QUOTATION MARK ORNAMENT", 0x276F},
    {"HEAVY RIGHTWARDS ARROW", 0x2799}, {"HEAVY ROUND-TIPPED RIGHTWARDS ARROW", 0x279C},
    {"HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT", 0x275C},
    {"HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT", 0x275B},
    {"HEAVY SOUTH EAST ARROW", 0x2798}, {"HEAVY SPARKLE", 0x2748},
    {"HEAVY TEARDROP-SHANKED RIGHTWARDS ARROW", 0x27BB},
    {"HEAVY TEARDROP-SPOKED ASTERISK", 0x273D},
    {"HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK", 0x2743},
    {"HEAVY TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279E},
    {"HEAVY UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AE}, {"HEAVY VERTICAL BAR", 0x275A},
    {"HEAVY WEDGE-TAILED RIGHTWARDS ARROW", 0x27BD},
    {"HEAVY WHITE DOWN-POINTING TRIANGLE", 0x26DB}, {"HEAVY WIDE-HEADED RIGHTWARDS ARROW", 0x2794},
    {"HELMET WITH WHITE CROSS", 0x26D1}, {"HERMITIAN CONJUGATE MATRIX", 0x22B9},
    {"HIGH VOLTAGE SIGN", 0x26A1}, {"HISTORIC SITE", 0x26EC}, {"HOMOTHETIC", 0x223B},
    {"HORIZONTAL BAR", 0x2015}, {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HORIZONTAL MALE WITH STROKE SIGN", 0x26A9}, {"HOT BEVERAGE", 0x2615},
    {"HOT SPRINGS", 0x2668}, {"HRYVNIA SIGN", 0x20B4}, {"HUSHED FACE", 0x1F62F},
    {"HYPHEN", 0x2010}, {"HYPHEN BULLET", 0x2043}, {"HYPHEN-MINUS", 0x2D},
    {"HYPHENATION POINT", 0x2027}, {"ICE SKATE", 0x26F8}, {"IDENTICAL TO", 0x2261},
    {"IMAGE OF", 0x22B7}, {"IMAGE OF OR APPROXIMATELY EQUAL TO", 0x2253}, {"INCREMENT", 0x2206},
    {"INDIAN RUPEE SIGN", 0x20B9}, {"INFINITY", 0x221E}, {"INFORMATION SOURCE", 0x2139},
    {"INTEGRAL", 0x222B}, {"INTERCALATE", 0x22BA}, {"INTERLOCKED FEMALE AND MALE SIGN", 0x26A4},
    {"INTERROBANG", 0x203D}, {"INTERSECTION", 0x2229}, {"INVERSE BULLET", 0x25D8},
    {"INVERSE WHITE CIRCLE", 0x25D9}, {"INVERTED EXCLAMATION MARK", 0xA1},
    {"INVERTED LAZY S", 0x223E}, {"INVERTED OHM SIGN", 0x2127}, {"INVERTED PENTAGRAM", 0x26E7},
    {"INVERTED QUESTION MARK", 0xBF}, {"INVERTED UNDERTIE", 0x2054},
    {"JAPANESE BANK SYMBOL", 0x26FB}, {"JUNO", 0x26B5}, {"JUPITER", 0x2643},
    {"KELVIN SIGN", 0x212A}, {"KIP SIGN", 0x20AD}, {"KISSING CAT FACE WITH CLOSED EYES", 0x1F63D},
    {"KISSING FACE", 0x1F617}, {"KISSING FACE WITH CLOSED EYES", 0x1F61A},
    {"KISSING FACE WITH SMILING EYES", 0x1F619}, {"L B BAR SYMBOL", 0x2114},
    {"LARGE CIRCLE", 0x25EF}, {"LARI SIGN", 0x20BE}, {"LAST QUARTER MOON", 0x263E},
    {"LATIN CAPITAL LETTER A", 0x41}, {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1},
    {"LATIN CAPITAL LETTER A WITH BREVE", 0x102}, {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4}, {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
    {"LATIN CAPITAL LETTER A WITH MACRON", 0x100}, {"LATIN CAPITAL LETTER A WITH OGONEK", 0x104},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5}, {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3},
    {"LATIN CAPITAL LETTER AE", 0xC6}, {"LATIN CAPITAL LETTER B", 0x42},
    {"LATIN CAPITAL LETTER C", 0x43}, {"LATIN CAPITAL LETTER C WITH ACUTE", 0x106},
    {"LATIN CAPITAL LETTER C WITH CARON", 0x10C}, {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
    {"LATIN CAPITAL LETTER C WITH CIRCUMFLEX", 0x108},
    {"LATIN CAPITAL LETTER C WITH DOT ABOVE", 0x10A}, {"LATIN CAPITAL LETTER D", 0x44},
    {"LATIN CAPITAL LETTER D WITH CARON", 0x10E}, {"LATIN CAPITAL LETTER D WITH STROKE", 0x110},
    {"LATIN CAPITAL LETTER E", 0x45}, {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"LATIN CAPITAL LETTER E WITH BREVE", 0x114}, {"LATIN CAPITAL LETTER E WITH CARON", 0x11A},
    {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
    {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB},
    {"LATIN CAPITAL LETTER E WITH DOT ABOVE", 0x116}, {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8},
    {"LATIN CAPITAL LETTER E WITH MACRON", 0x112}, {"LATIN CAPITAL LETTER E WITH OGONEK", 0x118},
    {"LATIN CAPITAL LETTER ENG", 0x14A}, {"LATIN CAPITAL LETTER ETH", 0xD0},
    {"LATIN CAPITAL LETTER F", 0x46}, {"LATIN CAPITAL LETTER G", 0x47},
    {"LATIN CAPITAL LETTER G WITH BREVE", 0x11E}, {"LATIN CAPITAL LETTER G WITH CEDILLA", 0x122},
    {"LATIN CAPITAL LETTER G WITH CIRCUMFLEX", 0x11C},
    {"LATIN CAPITAL LETTER G WITH DOT ABOVE", 0x120}, {"LATIN CAPITAL LETTER H", 0x48},
    {"LATIN CAPITAL LETTER H WITH CIRCUMFLEX", 0x124},
    {"LATIN CAPITAL LETTER H WITH STROKE", 0x126}, {"LATIN CAPITAL LETTER I", 0x49},
    {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD}, {"LATIN CAPITAL LETTER I WITH BREVE", 0x12C},
    {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
    {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF},
    {"LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130}, {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC},
    {"LATIN CAPITAL LETTER I WITH MACRON", 0x12A}, {"LATIN CAPITAL LETTER I WITH OGONEK", 0x12E},
    {"LATIN CAPITAL LETTER I WITH TILDE", 0x128}, {"LATIN CAPITAL LETTER J", 0x4A},
    {"LATIN CAPITAL LETTER J WITH CIRCUMFLEX", 0x134}, {"LATIN CAPITAL LETTER K", 0x4B},
    {"LATIN CAPITAL LETTER K WITH CEDILLA", 0x136}, {"LATIN CAPITAL LETTER L", 0x4C},
    {"LATIN CAPITAL LETTER L WITH ACUTE", 0x139}, {"LATIN CAPITAL LETTER L WITH CARON", 0x13D},
    {"LATIN CAPITAL LETTER L WITH CEDILLA", 0x13B},
    {"LATIN CAPITAL LETTER L WITH MIDDLE DOT", 0x13F},
    {"LATIN CAPITAL LETTER L WITH STROKE", 0x141}, {"LATIN CAPITAL LETTER M", 0x4D},
    {"LATIN CAPITAL LETTER N", 0x4E}, {"LATIN CAPITAL LETTER N WITH ACUTE", 0x143},
    {"LATIN CAPITAL LETTER N WITH CARON", 0x147}, {"LATIN CAPITAL LETTER N WITH CEDILLA", 0x145},
    {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1}, {"LATIN CAPITAL LETTER O", 0x4F},
    {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3}, {"LATIN CAPITAL LETTER O WITH BREVE", 0x14E},
    {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6},
    {"LATIN CAPITAL LETTER O WITH DOUBLE ACUTE", 0x150},
    {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2}, {"LATIN CAPITAL LETTER O WITH MACRON", 0x14C},
    {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8}, {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5},
    {"LATIN CAPITAL LETTER P", 0x50}, {"LATIN CAPITAL LETTER Q", 0x51},
    {"LATIN CAPITAL LETTER R", 0x52}, {"LATIN CAPITAL LETTER R WITH ACUTE", 0x154},
    {"LATIN CAPITAL LETTER R WITH CARON", 0x158}, {"LATIN CAPITAL LETTER R WITH CEDILLA", 0x156},
    {"LATIN CAPITAL LETTER S", 0x53}, {"LATIN CAPITAL LETTER S WITH ACUTE", 0x15A},
    {"LATIN CAPITAL LETTER S WITH CARON", 0x160}, {"LATIN CAPITAL LETTER S WITH CEDILLA", 0x15E},
    {"LATIN CAPITAL LETTER S WITH CIRCUMFLEX", 0x15C}, {"LATIN CAPITAL LETTER T", 0x54},
    {"LATIN CAPITAL LETTER T WITH CARON", 0x164}, {"LATIN CAPITAL LETTER T WITH CEDILLA", 0x162},
    {"LATIN CAPITAL LETTER T WITH STROKE", 0x166}, {"LATIN CAPITAL LETTER THORN", 0xDE},
    {"LATIN CAPITAL LETTER U", 0x55}, {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
    {"LATIN CAPITAL LETTER U WITH BREVE", 0x16C}, {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"LATIN CAPITAL LETTER U WITH DOUBLE ACUTE", 0x170},
    {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9}, {"LATIN CAPITAL LETTER U WITH MACRON", 0x16A},
    {"LATIN CAPITAL LETTER U WITH OGONEK", 0x172},
    {"LATIN CAPITAL LETTER U WITH RING ABOVE", 0x16E},
    {"LATIN CAPITAL LETTER U WITH TILDE", 0x168}, {"LATIN CAPITAL LETTER V", 0x56},
    {"LATIN CAPITAL LETTER W", 0x57}, {"LATIN CAPITAL LETTER W WITH CIRCUMFLEX", 0x174},
    {"LATIN CAPITAL LETTER X", 0x58}, {"LATIN CAPITAL LETTER Y", 0x59},
    {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD}, {"LATIN CAPITAL LETTER Y WITH CIRCUMFLEX", 0x176},
    {"LATIN CAPITAL LETTER Y WITH DIAERESIS", 0x178}, {"LATIN CAPITAL LETTER Z", 0x5A},
    {"LATIN CAPITAL LETTER Z WITH ACUTE", 0x179}, {"LATIN CAPITAL LETTER Z WITH CARON", 0x17D},
    {"LATIN CAPITAL LETTER Z WITH DOT ABOVE", 0x17B}, {"LATIN CAPITAL LIGATURE IJ", 0x132},
    {"LATIN CAPITAL LIGATURE OE", 0x152}, {"LATIN CROSS", 0x271D}, {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1}, {"LATIN SMALL LETTER A WITH BREVE", 0x103},
    {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2}, {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0}, {"LATIN SMALL LETTER A WITH MACRON", 0x101},
    {"LATIN SMALL LETTER A WITH OGONEK", 0x105}, {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5},
    {"LATIN SMALL LETTER A WITH TILDE", 0xE3}, {"LATIN SMALL LETTER AE", 0xE6},
    {"LATIN SMALL LETTER B", 0x62}, {"LATIN SMALL LETTER C", 0x63},
    {"LATIN SMALL LETTER C WITH ACUTE", 0x107}, {"LATIN SMALL LETTER C WITH CARON", 0x10D},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7}, {"LATIN SMALL LETTER C WITH CIRCUMFLEX", 0x109},
    {"LATIN SMALL LETTER C WITH DOT ABOVE", 0x10B}, {"LATIN SMALL LETTER D", 0x64},
    {"LATIN SMALL LETTER D WITH CARON", 0x10F}, {"LATIN SMALL LETTER D WITH STROKE", 0x111},
    {"LATIN SMALL LETTER DOTLESS I", 0x131}, {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER E WITH BREVE", 0x115},
    {"LATIN SMALL LETTER E WITH CARON", 0x11B}, {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB}, {"LATIN SMALL LETTER E WITH DOT ABOVE", 0x117},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8}, {"LATIN SMALL LETTER E WITH MACRON", 0x113},
    {"LATIN SMALL LETTER E WITH OGONEK", 0x119}, {"LATIN SMALL LETTER ENG", 0x14B},
    {"LATIN SMALL LETTER ETH", 0xF0}, {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67}, {"LATIN SMALL LETTER G WITH BREVE", 0x11F},
    {"LATIN SMALL LETTER G WITH CEDILLA", 0x123}, {"LATIN SMALL LETTER G WITH CIRCUMFLEX", 0x11D},
    {"LATIN SMALL LETTER G WITH DOT ABOVE", 0x121}, {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER H WITH CIRCUMFLEX", 0x125}, {"LATIN SMALL LETTER H WITH STROKE", 0x127},
    {"LATIN SMALL LETTER I", 0x69}, {"LATIN SMALL LETTER I WITH ACUTE", 0xED},
    {"LATIN SMALL LETTER I WITH BREVE", 0x12D}, {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE},
    {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF}, {"LATIN SMALL LETTER I WITH GRAVE", 0xEC},
    {"LATIN SMALL LETTER I WITH MACRON", 0x12B}, {"LATIN SMALL LETTER I WITH OGONEK", 0x12F},
    {"LATIN SMALL LETTER I WITH TILDE", 0x129}, {"LATIN SMALL LETTER J", 0x6A},
    {"LATIN SMALL LETTER J WITH CIRCUMFLEX", 0x135}, {"LATIN SMALL LETTER K", 0x6B},
    {"LATIN SMALL LETTER K WITH CEDILLA", 0x137}, {"LATIN SMALL LETTER KRA", 0x138},
    {"LATIN SMALL LETTER L", 0x6C}, {"LATIN SMALL LETTER L WITH ACUTE", 0x13A},
    {"LATIN SMALL LETTER L WITH CARON", 0x13E}, {"LATIN SMALL LETTER L WITH CEDILLA", 0x13C},
    {"LATIN SMALL LETTER L WITH MIDDLE DOT", 0x140}, {"LATIN SMALL LETTER L WITH STROKE", 0x142},
    {"LATIN SMALL LETTER LONG S", 0x17F}, {"LATIN SMALL LETTER M", 0x6D},
    {"LATIN SMALL LETTER N", 0x6E}, {"LATIN SMALL LETTER N PRECEDED BY APOSTROPHE", 0x149},
    {"LATIN SMALL LETTER N WITH ACUTE", 0x144}, {"LATIN SMALL LETTER N WITH CARON", 0x148},
    {"LATIN SMALL LETTER N WITH CEDILLA", 0x146}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O", 0x6F}, {"LATIN SMALL LETTER O WITH ACUTE", 0xF3},
    {"LATIN SMALL LETTER O WITH BREVE", 0x14F}, {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER O WITH DOUBLE ACUTE", 0x151}, {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
    {"LATIN SMALL LETTER O WITH MACRON", 0x14D}, {"LATIN SMALL LETTER O WITH STROKE", 0xF8},
    {"LATIN SMALL LETTER O WITH TILDE", 0xF5}, {"LATIN SMALL LETTER P", 0x70},
    {"LATIN SMALL LETTER Q", 0x71}, {"LATIN SMALL LETTER R", 0x72},
    {"LATIN SMALL LETTER R WITH ACUTE", 0x155}, {"LATIN SMALL LETTER R WITH CARON", 0x159},
    {"LATIN SMALL LETTER R WITH CEDILLA", 0x157}, {"LATIN SMALL LETTER S", 0x73},
    {"LATIN SMALL LETTER S WITH ACUTE", 0x15B}, {"LATIN SMALL LETTER S WITH CARON", 0x161},
    {"LATIN SMALL LETTER S WITH CEDILLA", 0x15F}, {"LATIN SMALL LETTER S WITH CIRCUMFLEX", 0x15D},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER T", 0x74},
    {"LATIN SMALL LETTER T WITH CARON", 0x165}, {"LATIN SMALL LETTER T WITH CEDILLA", 0x163},
    {"LATIN SMALL LETTER T WITH STROKE", 0x167}, {"LATIN SMALL LETTER THORN", 0xFE},
    {"LATIN SMALL LETTER U", 0x75}, {"LATIN SMALL LETTER U WITH ACUTE", 0xFA},
    {"LATIN SMALL LETTER U WITH BREVE", 0x16D}, {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LATIN SMALL LETTER U WITH DOUBLE ACUTE", 0x171}, {"LATIN SMALL LETTER U WITH GRAVE", 0xF9},
    {"LATIN SMALL LETTER U WITH MACRON", 0x16B}, {"LATIN SMALL LETTER U WITH OGONEK", 0x173},
    {"LATIN SMALL LETTER U WITH RING ABOVE", 0x16F}, {"LATIN SMALL LETTER U WITH TILDE", 0x169},
    {"LATIN SMALL LETTER V", 0x76}, {"LATIN SMALL LETTER W", 0x77},
    {"LATIN SMALL LETTER W WITH CIRCUMFLEX", 0x175}, {"LATIN SMALL LETTER X", 0x78},
    {"LATIN SMALL LETTER Y", 0x79}, {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD},
    {"LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177}, {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
    {"LATIN SMALL LETTER Z", 0x7A}, {"LATIN SMALL LETTER Z WITH ACUTE", 0x17A},
    {"LATIN SMALL LETTER Z WITH CARON", 0x17E}, {"LATIN SMALL LETTER Z WITH DOT ABOVE", 0x17C},
    {"LATIN SMALL LIGATURE IJ", 0x133}, {"LATIN SMALL LIGATURE OE", 0x153},
    {"LEFT CLOSED ENTRY", 0x26DC}, {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"LEFT FIVE EIGHTHS BLOCK", 0x258B},
    {"LEFT HALF BLACK CIRCLE", 0x25D6}, {"LEFT HALF BLOCK", 0x258C},
    {"LEFT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22C9}, {"LEFT ONE EIGHTH BLOCK", 0x258F},
    {"LEFT ONE QUARTER BLOCK", 0x258E}, {"LEFT PARENTHESIS", 0x28}, {"LEFT RIGHT ARROW", 0x2194},
    {"LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE", 0x21FC},
    {"LEFT RIGHT ARROW WITH STROKE", 0x21AE}, {"LEFT RIGHT ARROW WITH VERTICAL STROKE", 0x21F9},
    {"LEFT RIGHT DOUBLE ARROW", 0x21D4}, {"LEFT RIGHT DOUBLE ARROW WITH STROKE", 0x21CE},
    {"LEFT RIGHT OPEN-HEADED ARROW", 0x21FF}, {"LEFT RIGHT WAVE ARROW", 0x21AD},
    {"LEFT SEMIDIRECT PRODUCT", 0x22CB}, {"LEFT SEVEN EIGHTHS BLOCK", 0x2589},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"LEFT SQUARE BRACKET", 0x5B},
    {"LEFT SQUARE BRACKET WITH QUILL", 0x2045}, {"LEFT TACK", 0x22A3},
    {"LEFT THREE EIGHTHS BLOCK", 0x258D}, {"LEFT THREE QUARTERS BLOCK", 0x258A},
    {"LEFT-HANDED INTERLACED PENTAGRAM", 0x26E6},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"LEFT-SHADED WHITE RIGHTWARDS ARROW", 0x27AA}, {"LEFT-TO-RIGHT EMBEDDING", 0x202A},
    {"LEFT-TO-RIGHT OVERRIDE", 0x202D}, {"LEFTWARDS ARROW", 0x2190},
    {"LEFTWARDS ARROW FROM BAR", 0x21A4}, {"LEFTWARDS ARROW OVER RIGHTWARDS ARROW", 0x21C6},
    {"LEFTWARDS ARROW TO BAR", 0x21E4},
    {"LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR", 0x21B9},
    {"LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FA}, {"LEFTWARDS ARROW WITH HOOK", 0x21A9},
    {"LEFTWARDS ARROW WITH LOOP", 0x21AB}, {"LEFTWARDS ARROW WITH STROKE", 0x219A},
    {"LEFTWARDS ARROW WITH TAIL", 0x21A2}, {"LEFTWARDS ARROW WITH VERTICAL STROKE", 0x21F7},
    {"LEFTWARDS DASHED ARROW", 0x21E0}, {"LEFTWARDS DOUBLE ARROW", 0x21D0},
    {"LEFTWARDS DOUBLE ARROW WITH STROKE", 0x21CD},
    {"LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON", 0x21CB},
    {"LEFTWARDS HARPOON WITH BARB DOWNWARDS", 0x21BD},
    {"LEFTWARDS HARPOON WITH BARB UPWARDS", 0x21BC}, {"LEFTWARDS OPEN-HEADED ARROW", 0x21FD},
    {"LEFTWARDS PAIRED ARROWS", 0x21C7}, {"LEFTWARDS SQUIGGLE ARROW", 0x21DC},
    {"LEFTWARDS TRIPLE ARROW", 0x21DA}, {"LEFTWARDS TWO HEADED ARROW", 0x219E},
    {"LEFTWARDS WAVE ARROW", 0x219C}, {"LEFTWARDS WHITE ARROW", 0x21E6}, {"LEO", 0x264C},
    {"LESS-THAN BUT NOT EQUAL TO", 0x2268}, {"LESS-THAN BUT NOT EQUIVALENT TO", 0x22E6},
    {"LESS-THAN EQUAL TO OR GREATER-THAN", 0x22DA}, {"LESS-THAN OR EQUAL TO", 0x2264},
    {"LESS-THAN OR EQUIVALENT TO", 0x2272}, {"LESS-THAN OR GREATER-THAN", 0x2276},
    {"LESS-THAN OVER EQUAL TO", 0x2266}, {"LESS-THAN SIGN", 0x3C}, {"LESS-THAN WITH DOT", 0x22D6},
    {"LIBRA", 0x264E}, {"LIGHT LEFT TORTOISE SHELL BRACKET ORNAMENT", 0x2772},
    {"LIGHT RIGHT TORTOISE SHELL BRACKET ORNAMENT", 0x2773}, {"LIGHT SHADE", 0x2591},
    {"LIGHT VERTICAL BAR", 0x2758}, {"LIGHTNING", 0x2607}, {"LINE SEPARATOR", 0x2028},
    {"LIRA SIGN", 0x20A4}, {"LIVRE TOURNOIS SIGN", 0x20B6}, {"LOGICAL AND", 0x2227},
    {"LOGICAL OR", 0x2228}, {"LOUDLY CRYING FACE", 0x1F62D}, {"LOW ASTERISK", 0x204E},
    {"LOW LINE", 0x5F}, {"LOWER BLADE SCISSORS", 0x2703}, {"LOWER FIVE EIGHTHS BLOCK", 0x2585},
    {"LOWER HALF BLOCK", 0x2584}, {"LOWER HALF CIRCLE", 0x25E1},
    {"LOWER HALF INVERSE WHITE CIRCLE", 0x25DB}, {"LOWER LEFT QUADRANT CIRCULAR ARC", 0x25DF},
    {"LOWER LEFT TRIANGLE", 0x25FA}, {"LOWER ONE EIGHTH BLOCK", 0x2581},
    {"LOWER ONE QUARTER BLOCK", 0x2582}, {"LOWER RIGHT DROP-SHADOWED WHITE SQUARE", 0x274F},
    {"LOWER RIGHT PENCIL", 0x270E}, {"LOWER RIGHT QUADRANT CIRCULAR ARC", 0x25DE},
    {"LOWER RIGHT SHADOWED WHITE SQUARE", 0x2751}, {"LOWER RIGHT TRIANGLE", 0x25FF},
    {"LOWER SEVEN EIGHTHS BLOCK", 0x2587}, {"LOWER THREE EIGHTHS BLOCK", 0x2583},
    {"LOWER THREE QUARTERS BLOCK", 0x2586}, {"LOZENGE", 0x25CA}, {"MACRON", 0xAF},
    {"MALE AND FEMALE SIGN", 0x26A5}, {"MALE SIGN", 0x2642},
    {"MALE WITH STROKE AND MALE AND FEMALE SIGN", 0x26A7}, {"MALE WITH STROKE SIGN", 0x26A6},
    {"MALTESE CROSS", 0x2720}, {"MANAT SIGN", 0x20BC}, {"MAP SYMBOL FOR LIGHTHOUSE", 0x26EF},
    {"MARRIAGE SYMBOL", 0x26AD}, {"MASCULINE ORDINAL INDICATOR", 0xBA}, {"MEASURED ANGLE", 0x2221},
    {"MEASURED BY", 0x225E}, {"MEDIUM BLACK CIRCLE", 0x26AB},
    {"MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT", 0x276A},
    {"MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT", 0x276B},
    {"MEDIUM LEFT CURLY BRACKET ORNAMENT", 0x2774}, {"MEDIUM LEFT PARENTHESIS ORNAMENT", 0x2768},
    {"MEDIUM LEFT-POINTING ANGLE BRACKET ORNAMENT", 0x276C},
    {"MEDIUM RIGHT CURLY BRACKET ORNAMENT", 0x2775}, {"MEDIUM RIGHT PARENTHESIS ORNAMENT", 0x2769},
    {"MEDIUM RIGHT-POINTING ANGLE BRACKET ORNAMENT", 0x276D}, {"MEDIUM SHADE", 0x2592},
    {"MEDIUM SMALL WHITE CIRCLE", 0x26AC}, {"MEDIUM VERTICAL BAR", 0x2759},
    {"MEDIUM WHITE CIRCLE", 0x26AA}, {"MERCURY", 0x263F}, {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7}, {"MIDLINE HORIZONTAL ELLIPSIS", 0x22EF}, {"MILL SIGN", 0x20A5},
    {"MINUS SIGN", 0x2212}, {"MINUS TILDE", 0x2242}, {"MINUS-OR-PLUS SIGN", 0x2213},
    {"MODELS", 0x22A7}, {"MONOGRAM FOR YANG", 0x268A}, {"MONOGRAM FOR YIN", 0x268B},
    {"MOUNTAIN", 0x26F0}, {"MUCH GREATER-THAN", 0x226B}, {"MUCH LESS-THAN", 0x226A},
    {"MULTIMAP", 0x22B8}, {"MULTIPLICATION SIGN", 0xD7}, {"MULTIPLICATION X", 0x2715},
    {"MULTISET", 0x228C}, {"MULTISET MULTIPLICATION", 0x228D}, {"MULTISET UNION", 0x228E},
    {"MUSIC FLAT SIGN", 0x266D}, {"MUSIC NATURAL SIGN", 0x266E}, {"MUSIC SHARP SIGN", 0x266F},
    {"N-ARY COPRODUCT", 0x2210}, {"N-ARY INTERSECTION", 0x22C2}, {"N-ARY LOGICAL AND", 0x22C0},
    {"N-ARY LOGICAL OR", 0x22C1}, {"N-ARY PRODUCT", 0x220F}, {"N-ARY SUMMATION", 0x2211},
    {"N-ARY UNION", 0x22C3}, {"NABLA", 0x2207}, {"NAIRA SIGN", 0x20A6}, {"NAND", 0x22BC},
    {"NARROW NO-BREAK SPACE", 0x202F},
    {"NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE", 0x22AF},
    {"NEGATIVE SQUARED CROSS MARK", 0x274E}, {"NEITHER A SUBSET OF NOR EQUAL TO", 0x2288},
    {"NEITHER A SUPERSET OF NOR EQUAL TO", 0x2289},
    {"NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO", 0x2247},
    {"NEITHER GREATER-THAN NOR EQUAL TO", 0x2271},
    {"NEITHER GREATER-THAN NOR EQUIVALENT TO", 0x2275},
    {"NEITHER GREATER-THAN NOR LESS-THAN", 0x2279}, {"NEITHER LESS-THAN NOR EQUAL TO", 0x2270},
    {"NEITHER LESS-THAN NOR EQUIVALENT TO", 0x2274},
    {"NEITHER LESS-THAN NOR GREATER-THAN", 0x2278}, {"NEPTUNE", 0x2646}, {"NEUTER", 0x26B2},
    {"NEUTRAL FACE", 0x1F610}, {"NEW SHEQEL SIGN", 0x20AA}, {"NO ENTRY", 0x26D4},
    {"NO-BREAK SPACE", 0xA0}, {"NON-BREAKING HYPHEN", 0x2011}, {"NOR", 0x22BD},
    {"NORDIC MARK SIGN", 0x20BB}, {"NORMAL SUBGROUP OF", 0x22B2},
    {"NORMAL SUBGROUP OF OR EQUAL TO", 0x22B4}, {"NORTH EAST ARROW", 0x2197},
    {"NORTH EAST DOUBLE ARROW", 0x21D7}, {"NORTH WEST ARROW", 0x2196},
    {"NORTH WEST ARROW TO CORNER", 0x21F1}, {"NORTH WEST ARROW TO LONG BAR", 0x21B8},
    {"NORTH WEST DOUBLE ARROW", 0x21D6}, {"NOT A SUBSET OF", 0x2284},
    {"NOT A SUPERSET OF", 0x2285}, {"NOT ALMOST EQUAL TO", 0x2249}, {"NOT AN ELEMENT OF", 0x2209},
    {"NOT ASYMPTOTICALLY EQUAL TO", 0x2244}, {"NOT EQUAL TO", 0x2260},
    {"NOT EQUIVALENT TO", 0x226D}, {"NOT GREATER-THAN", 0x226F}, {"NOT IDENTICAL TO", 0x2262},
    {"NOT LESS-THAN", 0x226E}, {"NOT NORMAL SUBGROUP OF", 0x22EA},
    {"NOT NORMAL SUBGROUP OF OR EQUAL TO", 0x22EC}, {"NOT PARALLEL TO", 0x2226},
    {"NOT SIGN", 0xAC}, {"NOT SQUARE IMAGE OF OR EQUAL TO", 0x22E2},
    {"NOT SQUARE ORIGINAL OF OR EQUAL TO", 0x22E3}, {"NOT TILDE", 0x2241}, {"NOT TRUE", 0x22AD},
    {"NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27AF},
    {"NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW", 0x27B1}, {"NUMBER SIGN", 0x23},
    {"NUMERO SIGN", 0x2116}, {"OHM SIGN", 0x2126}, {"ONE DOT LEADER", 0x2024},
    {"OPEN CENTRE ASTERISK", 0x2732}, {"OPEN CENTRE BLACK STAR", 0x272B},
    {"OPEN CENTRE CROSS", 0x271B}, {"OPEN CENTRE TEARDROP-SPOKED ASTERISK", 0x273C},
    {"OPEN-OUTLINED RIGHTWARDS ARROW", 0x27BE}, {"OPHIUCHUS", 0x26CE}, {"OPPOSITION", 0x260D},
    {"ORIGINAL OF", 0x22B6}, {"ORTHODOX CROSS", 0x2626}, {"OUNCE SIGN", 0x2125},
    {"OUTLINED BLACK STAR", 0x272D}, {"OUTLINED GREEK CROSS", 0x2719},
    {"OUTLINED LATIN CROSS", 0x271F}, {"OUTLINED WHITE STAR", 0x269D}, {"OVERLINE", 0x203E},
    {"PALLAS", 0x26B4}, {"PARAGRAPH SEPARATOR", 0x2029}, {"PARALLEL TO", 0x2225},
    {"PARTIAL DIFFERENTIAL", 0x2202}, {"PARTIALLY-RECYCLED PAPER SYMBOL", 0x267D},
    {"PEACE SYMBOL", 0x262E}, {"PENCIL", 0x270F}, {"PENSIVE FACE", 0x1F614}, {"PENTAGRAM", 0x26E4},
    {"PER MILLE SIGN", 0x2030}, {"PER SIGN", 0x214C}, {"PER TEN THOUSAND SIGN", 0x2031},
    {"PERCENT SIGN", 0x25}, {"PERMANENT PAPER SIGN", 0x267E}, {"PERSEVERING FACE", 0x1F623},
    {"PERSON BOWING DEEPLY", 0x1F647}, {"PERSON FROWNING", 0x1F64D},
    {"PERSON RAISING BOTH HANDS IN CELEBRATION", 0x1F64C}, {"PERSON WITH BALL", 0x26F9},
    {"PERSON WITH FOLDED HANDS", 0x1F64F}, {"PERSON WITH POUTING FACE", 0x1F64E},
    {"PESETA SIGN", 0x20A7}, {"PESO SIGN", 0x20B1}, {"PICK", 0x26CF}, {"PILCROW SIGN", 0xB6},
    {"PINWHEEL STAR", 0x272F}, {"PISCES", 0x2653}, {"PITCHFORK", 0x22D4},
    {"PLANCK CONSTANT", 0x210E}, {"PLANCK CONSTANT OVER TWO PI", 0x210F}, {"PLUS SIGN", 0x2B},
    {"PLUS-MINUS SIGN", 0xB1}, {"PLUTO", 0x2647}, {"POP DIRECTIONAL FORMATTING", 0x202C},
    {"POUND SIGN", 0xA3}, {"POUTING CAT FACE", 0x1F63E}, {"POUTING FACE", 0x1F621},
    {"PRECEDES", 0x227A}, {"PRECEDES BUT NOT EQUIVALENT TO", 0x22E8},
    {"PRECEDES OR EQUAL TO", 0x227C}, {"PRECEDES OR EQUIVALENT TO", 0x227E},
    {"PRECEDES UNDER RELATION", 0x22B0}, {"PRESCRIPTION TAKE", 0x211E}, {"PRIME", 0x2032},
    {"PROPERTY LINE", 0x214A}, {"PROPORTION", 0x2237}, {"PROPORTIONAL TO", 0x221D},
    {"QUADRANT LOWER LEFT", 0x2596}, {"QUADRANT LOWER RIGHT", 0x2597},
    {"QUADRANT UPPER LEFT", 0x2598},
    {"QUADRANT UPPER LEFT AND LOWER LEFT AND LOWER RIGHT", 0x2599},
    {"QUADRANT UPPER LEFT AND LOWER RIGHT", 0x259A},
    {"QUADRANT UPPER LEFT AND UPPER RIGHT AND LOWER LEFT", 0x259B},
    {"QUADRANT UPPER LEFT AND UPPER RIGHT AND LOWER RIGHT", 0x259C},
    {"QUADRANT UPPER RIGHT", 0x259D}, {"QUADRANT UPPER RIGHT AND LOWER LEFT", 0x259E},
    {"QUADRANT UPPER RIGHT AND LOWER LEFT AND LOWER RIGHT", 0x259F}, {"QUADRUPLE PRIME", 0x2057},
    {"QUARTER NOTE", 0x2669}, {"QUESTION EXCLAMATION MARK", 0x2048}, {"QUESTION MARK", 0x3F},
    {"QUESTIONED EQUAL TO", 0x225F}, {"QUINCUNX", 0x26BB}, {"QUOTATION MARK", 0x22},
    {"RADIOACTIVE SIGN", 0x2622}, {"RAIN", 0x26C6}, {"RAISED FIST", 0x270A},
    {"RAISED HAND", 0x270B}, {"RATIO", 0x2236}, {"RECYCLED PAPER SYMBOL", 0x267C},
    {"RECYCLING SYMBOL FOR GENERIC MATERIALS", 0x267A},
    {"RECYCLING SYMBOL FOR TYPE-1 PLASTICS", 0x2673},
    {"RECYCLING SYMBOL FOR TYPE-2 PLASTICS", 0x2674},
    {"RECYCLING SYMBOL FOR TYPE-3 PLASTICS", 0x2675},
    {"RECYCLING SYMBOL FOR TYPE-4 PLASTICS", 0x2676},
    {"RECYCLING SYMBOL FOR TYPE-5 PLASTICS", 0x2677},
    {"RECYCLING SYMBOL FOR TYPE-6 PLASTICS", 0x2678},
    {"RECYCLING SYMBOL FOR TYPE-7 PLASTICS", 0x2679}, {"REFERENCE MARK", 0x203B},
    {"REGISTERED SIGN", 0xAE}, {"RELIEVED FACE", 0x1F60C}, {"RESPONSE", 0x211F},
    {"RESTRICTED LEFT ENTRY-1", 0x26E0}, {"RESTRICTED LEFT ENTRY-2", 0x26E1},
    {"REVERSE SOLIDUS", 0x5C}, {"REVERSED DOUBLE PRIME", 0x2036},
    {"REVERSED PILCROW SIGN", 0x204B}, {"REVERSED PRIME", 0x2035},
    {"REVERSED ROTATED FLORAL HEART BULLET", 0x2619}, {"REVERSED SANS-SERIF CAPITAL L", 0x2143},
    {"REVERSED SEMICOLON", 0x204F}, {"REVERSED TILDE", 0x223D}, {"REVERSED TILDE EQUALS", 0x22CD},
    {"REVERSED TRIPLE PRIME", 0x2037}, {"RIGHT ANGLE", 0x221F}, {"RIGHT ANGLE WITH ARC", 0x22BE},
    {"RIGHT ARROW WITH SMALL CIRCLE", 0x21F4}, {"RIGHT CURLY BRACKET", 0x7D},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"RIGHT HALF BLACK CIRCLE", 0x25D7},
    {"RIGHT HALF BLOCK", 0x2590}, {"RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT", 0x22CA},
    {"RIGHT ONE EIGHTH BLOCK", 0x2595}, {"RIGHT PARENTHESIS", 0x29},
    {"RIGHT SEMIDIRECT PRODUCT", 0x22CC}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT SQUARE BRACKET", 0x5D}, {"RIGHT SQUARE BRACKET WITH QUILL", 0x2046},
    {"RIGHT TACK", 0x22A2}, {"RIGHT TRIANGLE", 0x22BF},
    {"RIGHT-HANDED INTERLACED PENTAGRAM", 0x26E5},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"RIGHT-SHADED WHITE RIGHTWARDS ARROW", 0x27A9}, {"RIGHT-TO-LEFT EMBEDDING", 0x202B},
    {"RIGHT-TO-LEFT OVERRIDE", 0x202E}, {"RIGHTWARDS ARROW", 0x2192},
    {"RIGHTWARDS ARROW FROM BAR", 0x21A6}, {"RIGHTWARDS ARROW OVER LEFTWARDS ARROW", 0x21C4},
    {"RIGHTWARDS ARROW TO BAR", 0x21E5}, {"RIGHTWARDS ARROW WITH CORNER DOWNWARDS", 0x21B4},
    {"RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE", 0x21FB},
    {"RIGHTWARDS ARROW WITH HOOK", 0x21AA}, {"RIGHTWARDS ARROW WITH LOOP", 0x21AC},
    {"RIGHTWARDS ARROW WITH STROKE", 0x219B}, {"RIGHTWARDS ARROW WITH TAIL", 0x21A3},
    {"RIGHTWARDS ARROW WITH VERTICAL STROKE", 0x21F8}, {"RIGHTWARDS DASHED ARROW", 0x21E2},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2}, {"RIGHTWARDS DOUBLE ARROW WITH STROKE", 0x21CF},
    {"RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON", 0x21CC},
    {"RIGHTWARDS HARPOON WITH BARB DOWNWARDS", 0x21C1},
    {"RIGHTWARDS HARPOON WITH BARB UPWARDS", 0x21C0}, {"RIGHTWARDS OPEN-HEADED ARROW", 0x21FE},
    {"RIGHTWARDS PAIRED ARROWS", 0x21C9}, {"RIGHTWARDS SQUIGGLE ARROW", 0x21DD},
    {"RIGHTWARDS TRIPLE ARROW", 0x21DB}, {"RIGHTWARDS TWO HEADED ARROW", 0x21A0},
    {"RIGHTWARDS WAVE ARROW", 0x219D}, {"RIGHTWARDS WHITE ARROW", 0x21E8},
    {"RIGHTWARDS WHITE ARROW FROM WALL", 0x21F0}, {"RING EQUAL TO", 0x2257},
    {"RING IN EQUAL TO", 0x2256}, {"RING OPERATOR", 0x2218}, {"ROTATED CAPITAL Q", 0x213A},
    {"ROTATED FLORAL HEART BULLET", 0x2767}, {"ROTATED HEAVY BLACK HEART BULLET", 0x2765},
    {"RUBLE SIGN", 0x20BD}, {"RUPEE SIGN", 0x20A8}, {"SAGITTARIUS", 0x2650}, {"SAILBOAT", 0x26F5},
    {"SALTIRE", 0x2613}, {"SATURN", 0x2644}, {"SCALES", 0x2696}, {"SCORPIUS", 0x264F},
    {"SCRIPT CAPITAL B", 0x212C}, {"SCRIPT CAPITAL E", 0x2130}, {"SCRIPT CAPITAL F", 0x2131},
    {"SCRIPT CAPITAL H", 0x210B}, {"SCRIPT CAPITAL I", 0x2110}, {"SCRIPT CAPITAL L", 0x2112},
    {"SCRIPT CAPITAL M", 0x2133}, {"SCRIPT CAPITAL P", 0x2118}, {"SCRIPT CAPITAL R", 0x211B},
    {"SCRIPT SMALL E", 0x212F}, {"SCRIPT SMALL G", 0x210A}, {"SCRIPT SMALL L", 0x2113},
    {"SCRIPT SMALL O", 0x2134}, {"SCRUPLE", 0x2108}, {"SECTION SIGN", 0xA7},
    {"SEE-NO-EVIL MONKEY", 0x1F648}, {"SEMICOLON", 0x3B}, {"SEMISEXTILE", 0x26BA},
    {"SERVICE MARK", 0x2120}, {"SESQUIQUADRATE", 0x26BC}, {"SET MINUS", 0x2216},
    {"SEXTILE", 0x26B9}, {"SHADOWED WHITE CIRCLE", 0x274D}, {"SHADOWED WHITE LATIN CROSS", 0x271E},
    {"SHADOWED WHITE STAR", 0x2730}, {"SHAMROCK", 0x2618}, {"SHINTO SHRINE", 0x26E9},
    {"SINE WAVE", 0x223F}, {"SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B},
    {"SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039}, {"SINGLE LOW-9 QUOTATION MARK", 0x201A},
    {"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A},
    {"SIX PETALLED BLACK AND WHITE FLORETTE", 0x273E}, {"SIX POINTED BLACK STAR", 0x2736},
    {"SIXTEEN POINTED ASTERISK", 0x273A}, {"SKIER", 0x26F7}, {"SKULL AND CROSSBONES", 0x2620},
    {"SLEEPING FACE", 0x1F634}, {"SLEEPY FACE", 0x1F62A}, {"SLIGHTLY FROWNING FACE", 0x1F641},
    {"SLIGHTLY SMILING FACE", 0x1F642}, {"SMALL CONTAINS AS MEMBER", 0x220D},
    {"SMALL CONTAINS WITH OVERBAR", 0x22FE},
    {"SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22FC},
    {"SMALL ELEMENT OF", 0x220A}, {"SMALL ELEMENT OF WITH OVERBAR", 0x22F7},
    {"SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", 0x22F4},
    {"SMILING CAT FACE WITH HEART-SHAPED EYES", 0x1F63B},
    {"SMILING CAT FACE WITH OPEN MOUTH", 0x1F63A}, {"SMILING FACE WITH HALO", 0x1F607},
    {"SMILING FACE WITH HEART-SHAPED EYES", 0x1F60D}, {"SMILING FACE WITH HORNS", 0x1F608},
    {"SMILING FACE WITH OPEN MOUTH", 0x1F603},
    {"SMILING FACE WITH OPEN MOUTH AND COLD SWEAT", 0x1F605},
    {"SMILING FACE WITH OPEN MOUTH AND SMILING EYES", 0x1F604},
    {"SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES", 0x1F606},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A}, {"SMILING FACE WITH SUNGLASSES", 0x1F60E},
    {"SMIRKING FACE", 0x1F60F}, {"SNOWFLAKE", 0x2744}, {"SNOWMAN", 0x2603},
    {"SNOWMAN WITHOUT SNOW", 0x26C4}, {"SOCCER BALL", 0x26BD}, {"SOFT HYPHEN", 0xAD},
    {"SOLIDUS", 0x2F}, {"SOM SIGN", 0x20C0}, {"SOUND RECORDING COPYRIGHT", 0x2117},
    {"SOUTH EAST ARROW", 0x2198}, {"SOUTH EAST ARROW TO CORNER", 0x21F2},
    {"SOUTH EAST DOUBLE ARROW", 0x21D8}, {"SOUTH WEST ARROW", 0x2199},
    {"SOUTH WEST DOUBLE ARROW", 0x21D9}, {"SPACE", 0x20}, {"SPARKLE", 0x2747},
    {"SPARKLES", 0x2728}, {"SPEAK-NO-EVIL MONKEY", 0x1F64A}, {"SPESMILO SIGN", 0x20B7},
    {"SPHERICAL ANGLE", 0x2222}, {"SQUARE CAP", 0x2293}, {"SQUARE CUP", 0x2294},
    {"SQUARE FOUR CORNERS", 0x26F6}, {"SQUARE IMAGE OF", 0x228F},
    {"SQUARE IMAGE OF OR EQUAL TO", 0x2291}, {"SQUARE IMAGE OF OR NOT EQUAL TO", 0x22E4},
    {"SQUARE ORIGINAL OF", 0x2290}, {"SQUARE ORIGINAL OF OR EQUAL TO", 0x2292},
    {"SQUARE ORIGINAL OF OR NOT EQUAL TO", 0x22E5}, {"SQUARE ROOT", 0x221A},
    {"SQUARE WITH DIAGONAL CROSSHATCH FILL", 0x25A9}, {"SQUARE WITH HORIZONTAL FILL", 0x25A4},
    {"SQUARE WITH LEFT HALF BLACK", 0x25E7},
    {"SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK", 0x25EA},
    {"SQUARE WITH ORTHOGONAL CROSSHATCH FILL", 0x25A6}, {"SQUARE WITH RIGHT HALF BLACK", 0x25E8},
    {"SQUARE WITH UPPER LEFT DIAGONAL HALF BLACK", 0x25E9},
    {"SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL", 0x25A7},
    {"SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL", 0x25A8}, {"SQUARE WITH VERTICAL FILL", 0x25A5},
    {"SQUARED DOT OPERATOR", 0x22A1}, {"SQUARED KEY", 0x26BF}, {"SQUARED MINUS", 0x229F},
    {"SQUARED PLUS", 0x229E}, {"SQUARED SALTIRE", 0x26DD}, {"SQUARED TIMES", 0x22A0},
    {"SQUAT BLACK RIGHTWARDS ARROW", 0x27A7}, {"STAFF OF AESCULAPIUS", 0x2695},
    {"STAFF OF HERMES", 0x269A}, {"STAR AND CRESCENT", 0x262A}, {"STAR EQUALS", 0x225B},
    {"STAR OF DAVID", 0x2721}, {"STAR OPERATOR", 0x22C6}, {"STRESS OUTLINED WHITE STAR", 0x2729},
    {"STRICTLY EQUIVALENT TO", 0x2263}, {"SUBSET OF", 0x2282}, {"SUBSET OF OR EQUAL TO", 0x2286},
    {"SUBSET OF WITH NOT EQUAL TO", 0x228A}, {"SUCCEEDS", 0x227B},
    {"SUCCEEDS BUT NOT EQUIVALENT TO", 0x22E9}, {"SUCCEEDS OR EQUAL TO", 0x227D},
    {"SUCCEEDS OR EQUIVALENT TO", 0x227F}, {"SUCCEEDS UNDER RELATION", 0x22B1}, {"SUN", 0x2609},
    {"SUN BEHIND CLOUD", 0x26C5}, {"SUPERSCRIPT ONE", 0xB9}, {"SUPERSCRIPT THREE", 0xB3},
    {"SUPERSCRIPT TWO", 0xB2}, {"SUPERSET OF", 0x2283}, {"SUPERSET OF OR EQUAL TO", 0x2287},
    {"SUPERSET OF WITH NOT EQUAL TO", 0x228B}, {"SURFACE INTEGRAL", 0x222F},
    {"SWUNG DASH", 0x2053}, {"SYMBOL FOR SAMARITAN SOURCE", 0x214F}, {"TAPE DRIVE", 0x2707},
    {"TAURUS", 0x2649}, {"TEARDROP-BARBED RIGHTWARDS ARROW", 0x27BA},
    {"TEARDROP-SPOKED ASTERISK", 0x273B}, {"TELEPHONE LOCATION SIGN", 0x2706},
    {"TELEPHONE SIGN", 0x2121}, {"TENGE SIGN", 0x20B8}, {"TENT", 0x26FA},
    {"THERE DOES NOT EXIST", 0x2204}, {"THERE EXISTS", 0x2203}, {"THEREFORE", 0x2234},
    {"THREE DOT PUNCTUATION", 0x2056}, {"THREE LINES CONVERGING LEFT", 0x269F},
    {"THREE LINES CONVERGING RIGHT", 0x269E}, {"THREE RIGHTWARDS ARROWS", 0x21F6},
    {"THREE-D BOTTOM-LIGHTED RIGHTWARDS ARROWHEAD", 0x27A3},
    {"THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD", 0x27A2}, {"THUNDER CLOUD AND RAIN", 0x26C8},
    {"THUNDERSTORM", 0x2608}, {"TIGHT TRIFOLIATE SNOWFLAKE", 0x2745}, {"TILDE", 0x7E},
    {"TILDE OPERATOR", 0x223C}, {"TIRED FACE", 0x1F62B}, {"TIRONIAN SIGN ET", 0x204A},
    {"TRADE MARK SIGN", 0x2122}, {"TRIANGLE-HEADED RIGHTWARDS ARROW", 0x279D},
    {"TRIANGULAR BULLET", 0x2023}, {"TRICOLON", 0x205D}, {"TRIGRAM FOR EARTH", 0x2637},
    {"TRIGRAM FOR FIRE", 0x2632}, {"TRIGRAM FOR HEAVEN", 0x2630}, {"TRIGRAM FOR LAKE", 0x2631},
    {"TRIGRAM FOR MOUNTAIN", 0x2636}, {"TRIGRAM FOR THUNDER", 0x2633},
    {"TRIGRAM FOR WATER", 0x2635}, {"TRIGRAM FOR WIND", 0x2634}, {"TRIPLE INTEGRAL", 0x222D},
    {"TRIPLE PRIME", 0x2034}, {"TRIPLE TILDE", 0x224B},
    {"TRIPLE VERTICAL BAR RIGHT TURNSTILE", 0x22AA}, {"TRUE", 0x22A8}, {"TUGRIK SIGN", 0x20AE},
    {"TURKISH LIRA SIGN", 0x20BA}, {"TURNED AMPERSAND", 0x214B},
    {"TURNED BLACK SHOGI PIECE", 0x26CA}, {"TURNED CAPITAL F", 0x2132},
    {"TURNED GREEK SMALL LETTER IOTA", 0x2129}, {"TURNED SANS-SERIF CAPITAL G", 0x2141},
    {"TURNED SANS-SERIF CAPITAL L", 0x2142}, {"TURNED SANS-SERIF CAPITAL Y", 0x2144},
    {"TURNED SMALL F", 0x214E}, {"TURNED WHITE SHOGI PIECE", 0x26C9},
    {"TWELVE POINTED BLACK STAR", 0x2739}, {"TWO ASTERISKS ALIGNED VERTICALLY", 0x2051},
    {"TWO DOT LEADER", 0x2025}, {"TWO DOT PUNCTUATION", 0x205A}, {"UMBRELLA", 0x2602},
    {"UMBRELLA ON GROUND", 0x26F1}, {"UMBRELLA WITH RAIN DROPS", 0x2614},
    {"UNAMUSED FACE", 0x1F612}, {"UNDERTIE", 0x203F}, {"UNION", 0x222A},
    {"UNIVERSAL RECYCLING SYMBOL", 0x2672}, {"UNMARRIED PARTNERSHIP SYMBOL", 0x26AF},
    {"UP DOWN ARROW", 0x2195}, {"UP DOWN ARROW WITH BASE", 0x21A8},
    {"UP DOWN DOUBLE ARROW", 0x21D5}, {"UP DOWN WHITE ARROW", 0x21F3},
    {"UP RIGHT DIAGONAL ELLIPSIS", 0x22F0}, {"UP TACK", 0x22A5},
    {"UP-POINTING TRIANGLE WITH LEFT HALF BLACK", 0x25ED},
    {"UP-POINTING TRIANGLE WITH RIGHT HALF BLACK", 0x25EE}, {"UPPER BLADE SCISSORS", 0x2701},
    {"UPPER HALF BLOCK", 0x2580}, {"UPPER HALF CIRCLE", 0x25E0},
    {"UPPER HALF INVERSE WHITE CIRCLE", 0x25DA}, {"UPPER LEFT QUADRANT CIRCULAR ARC", 0x25DC},
    {"UPPER LEFT TRIANGLE", 0x25F8}, {"UPPER ONE EIGHTH BLOCK", 0x2594},
    {"UPPER RIGHT DROP-SHADOWED WHITE SQUARE", 0x2750}, {"UPPER RIGHT PENCIL", 0x2710},
    {"UPPER RIGHT QUADRANT CIRCULAR ARC", 0x25DD}, {"UPPER RIGHT SHADOWED WHITE SQUARE", 0x2752},
    {"UPPER RIGHT TRIANGLE", 0x25F9}, {"UPSIDE-DOWN FACE", 0x1F643}, {"UPWARDS ARROW", 0x2191},
    {"UPWARDS ARROW FROM BAR", 0x21A5}, {"UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW", 0x21C5},
    {"UPWARDS ARROW WITH DOUBLE STROKE", 0x21DE}, {"UPWARDS ARROW WITH TIP LEFTWARDS", 0x21B0},
    {"UPWARDS ARROW WITH TIP RIGHTWARDS", 0x21B1}, {"UPWARDS DASHED ARROW", 0x21E1},
    {"UPWARDS DOUBLE ARROW", 0x21D1}, {"UPWARDS HARPOON WITH BARB LEFTWARDS", 0x21BF},
    {"UPWARDS HARPOON WITH BARB RIGHTWARDS", 0x21BE}, {"UPWARDS PAIRED ARROWS", 0x21C8},
    {"UPWARDS TWO HEADED ARROW", 0x219F}, {"UPWARDS WHITE ARROW", 0x21E7},
    {"UPWARDS WHITE ARROW FROM BAR", 0x21EA}, {"UPWARDS WHITE ARROW ON PEDESTAL", 0x21EB},
    {"UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR", 0x21EC},
    {"UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR", 0x21ED},
    {"UPWARDS WHITE DOUBLE ARROW", 0x21EE}, {"UPWARDS WHITE DOUBLE ARROW ON PEDESTAL", 0x21EF},
    {"URANUS", 0x2645}, {"VERSICLE", 0x2123}, {"VERTICAL ELLIPSIS", 0x22EE},
    {"VERTICAL FOUR DOTS", 0x205E}, {"VERTICAL LINE", 0x7C},
    {"VERTICAL MALE WITH STROKE SIGN", 0x26A8}, {"VERY MUCH GREATER-THAN", 0x22D9},
    {"VERY MUCH LESS-THAN", 0x22D8}, {"VESTA", 0x26B6}, {"VICTORY HAND", 0x270C},
    {"VIRGO", 0x264D}, {"VOLUME INTEGRAL", 0x2230}, {"VULGAR FRACTION FIVE EIGHTHS", 0x215D},
    {"VULGAR FRACTION FIVE SIXTHS", 0x215A}, {"VULGAR FRACTION FOUR FIFTHS", 0x2158},
    {"VULGAR FRACTION ONE EIGHTH", 0x215B}, {"VULGAR FRACTION ONE FIFTH", 0x2155},
    {"VULGAR FRACTION ONE HALF", 0xBD}, {"VULGAR FRACTION ONE NINTH", 0x2151},
    {"VULGAR FRACTION ONE QUARTER", 0xBC}, {"VULGAR FRACTION ONE SEVENTH", 0x2150},
    {"VULGAR FRACTION ONE SIXTH", 0x2159}, {"VULGAR FRACTION ONE TENTH", 0x2152},
    {"VULGAR FRACTION ONE THIRD", 0x2153}, {"VULGAR FRACTION SEVEN EIGHTHS", 0x215E},
    {"VULGAR FRACTION THREE EIGHTHS", 0x215C}, {"VULGAR FRACTION THREE FIFTHS", 0x2157},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"VULGAR FRACTION TWO FIFTHS", 0x2156},
    {"VULGAR FRACTION TWO THIRDS", 0x2154}, {"WARNING SIGN", 0x26A0}, {"WEARY CAT FACE", 0x1F640},
    {"WEARY FACE", 0x1F629}, {"WEDGE-TAILED RIGHTWARDS ARROW", 0x27BC},
    {"WEST SYRIAC CROSS", 0x2670}, {"WHEEL OF DHARMA", 0x2638}, {"WHEELCHAIR SYMBOL", 0x267F},
    {"WHITE BULLET", 0x25E6}, {"WHITE CHESS BISHOP", 0x2657}, {"WHITE CHESS KING", 0x2654},
    {"WHITE CHESS KNIGHT", 0x2658}, {"WHITE CHESS PAWN", 0x2659}, {"WHITE CHESS QUEEN", 0x2655},
    {"WHITE CHESS ROOK", 0x2656}, {"WHITE CIRCLE", 0x25CB},
    {"WHITE CIRCLE WITH DOT RIGHT", 0x2686}, {"WHITE CIRCLE WITH LOWER LEFT QUADRANT", 0x25F5},
    {"WHITE CIRCLE WITH LOWER RIGHT QUADRANT", 0x25F6}, {"WHITE CIRCLE WITH TWO DOTS", 0x2687},
    {"WHITE CIRCLE WITH UPPER LEFT QUADRANT", 0x25F4},
    {"WHITE CIRCLE WITH UPPER RIGHT QUADRANT", 0x25F7}, {"WHITE CLUB SUIT", 0x2667},
    {"WHITE DIAMOND", 0x25C7}, {"WHITE DIAMOND CONTAINING BLACK SMALL DIAMOND", 0x25C8},
    {"WHITE DIAMOND IN SQUARE", 0x26CB}, {"WHITE DIAMOND SUIT", 0x2662},
    {"WHITE DOWN POINTING INDEX", 0x261F}, {"WHITE DOWN-POINTING SMALL TRIANGLE", 0x25BF},
    {"WHITE DOWN-POINTING TRIANGLE", 0x25BD}, {"WHITE DRAUGHTS KING", 0x26C1},
    {"WHITE DRAUGHTS MAN", 0x26C0}, {"WHITE EXCLAMATION MARK ORNAMENT", 0x2755},
    {"WHITE FLAG", 0x2690}, {"WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE", 0x26FF},
    {"WHITE FLORETTE", 0x2740}, {"WHITE FOUR POINTED STAR", 0x2727},
    {"WHITE FROWNING FACE", 0x2639}, {"WHITE HEART SUIT", 0x2661},
    {"WHITE HEAVY CHECK MARK", 0x2705}, {"WHITE LEFT LANE MERGE", 0x26D9},
    {"WHITE LEFT POINTING INDEX", 0x261C}, {"WHITE LEFT-POINTING POINTER", 0x25C5},
    {"WHITE LEFT-POINTING SMALL TRIANGLE", 0x25C3}, {"WHITE LEFT-POINTING TRIANGLE", 0x25C1},
    {"WHITE MEDIUM SMALL SQUARE", 0x25FD}, {"WHITE MEDIUM SQUARE", 0x25FB}, {"WHITE NIB", 0x2711},
    {"WHITE PARALLELOGRAM", 0x25B1}, {"WHITE QUESTION MARK ORNAMENT", 0x2754},
    {"WHITE RECTANGLE", 0x25AD}, {"WHITE RIGHT POINTING INDEX", 0x261E},
    {"WHITE RIGHT-POINTING POINTER", 0x25BB}, {"WHITE RIGHT-POINTING SMALL TRIANGLE", 0x25B9},
    {"WHITE RIGHT-POINTING TRIANGLE", 0x25B7}, {"WHITE SCISSORS", 0x2704},
    {"WHITE SHOGI PIECE", 0x2616}, {"WHITE SMALL SQUARE", 0x25AB}, {"WHITE SMILING FACE", 0x263A},
    {"WHITE SPADE SUIT", 0x2664}, {"WHITE SQUARE", 0x25A1},
    {"WHITE SQUARE CONTAINING BLACK SMALL SQUARE", 0x25A3},
    {"WHITE SQUARE WITH LOWER LEFT QUADRANT", 0x25F1},
    {"WHITE SQUARE WITH LOWER RIGHT QUADRANT", 0x25F2},
    {"WHITE SQUARE WITH ROUNDED CORNERS", 0x25A2},
    {"WHITE SQUARE WITH UPPER LEFT QUADRANT", 0x25F0},
    {"WHITE SQUARE WITH UPPER RIGHT QUADRANT", 0x25F3},
    {"WHITE SQUARE WITH VERTICAL BISECTING LINE", 0x25EB}, {"WHITE STAR", 0x2606},
    {"WHITE SUN WITH RAYS", 0x263C}, {"WHITE TELEPHONE", 0x260F},
    {"WHITE TWO-WAY LEFT WAY TRAFFIC", 0x26D7}, {"WHITE UP POINTING INDEX", 0x261D},
    {"WHITE UP-POINTING SMALL TRIANGLE", 0x25B5}, {"WHITE UP-POINTING TRIANGLE", 0x25B3},
    {"WHITE UP-POINTING TRIANGLE WITH DOT", 0x25EC}, {"WHITE VERTICAL RECTANGLE", 0x25AF},
    {"WHITE-FEATHERED RIGHTWARDS ARROW", 0x27B3}, {"WINKING FACE", 0x1F609}, {"WON SIGN", 0x20A9},
    {"WORRIED FACE", 0x1F61F}, {"WREATH PRODUCT", 0x2240}, {"WRITING HAND", 0x270D},
    {"XOR", 0x22BB}, {"YEN SIGN", 0xA5}, {"YIN YANG", 0x262F},
    {"Z NOTATION BAG MEMBERSHIP", 0x22FF},
};

bool lex_unicode_lookup(const char *name, size_t len, unsigned *cp) {
    char key[128];
    if (len == 0 || len >= sizeof key) return false;
    for (size_t i = 0; i < len; i++) /* names match case-insensitively */
        key[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
    key[len] = '\0';
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof cjk - 1 && memcmp(key, cjk, sizeof cjk - 1) == 0) {
        char *end;
        unsigned long v = strtoul(key + sizeof cjk - 1, &end, 16);
        bool ok = *end == '\0' && (len == sizeof cjk - 1 + 4 || len == sizeof cjk - 1 + 5);
        if (ok && ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
                   (v >= 0x20000 && v <= 0x2A6DF))) {
            *cp = (unsigned)v;
            return true;
        }
        return false;
    }
    size_t lo = 0, hi = sizeof lex_uninames / sizeof lex_uninames[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(key, lex_uninames[mid].name);
        if (c == 0) {
            *cp = lex_uninames[mid].cp;
            return true;
        }
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return false;
}
