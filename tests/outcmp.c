/*
** outcmp -- compare a program's output with the oracle's expected output.
**
**   outcmp [--exact] [--last-line] [--no-markers] EXPECTED ACTUAL
**
** Exits 0 when the texts agree, 1 when they differ (printing the first
** differing line of each), 2 on usage or I/O errors.
**
** The comparison is exact except for float tokens.  SPEC.md lets a float
** computed by a transcendental function differ from the oracle in its last
** digits, so two float tokens that are textually different still agree when
**
**     |a - b| <= 1e-12 * max(|a|, |b|)
**
** and they have the same "shape" (see shape_ok): a tolerance on the value must
** not hide a formatting bug such as "1e16" vs "1e+16" or "1.50" vs "1.5".
**
** A number token starts at a digit that does not follow a letter, digit,
** '_' or '.', and is  DIGITS [ '.' DIGITS? ] [ ('e'|'E') ('+'|'-')? DIGITS ].
** It is a float token when it contains '.' or an exponent.  Signs are not
** part of a token, so they must match exactly (as must -0.0 vs 0.0).  Tokens
** inside brackets ("[0.84147098 ...]") and complex numbers ("(1.5+2.25j)")
** are found the same way.  Integer tokens always compare exactly.
**
** Options:
**   --exact       no float tolerance at all (byte comparison).
**   --last-line   compare only the last non-empty line of each file (after
**                 stripping trailing '\r'); an empty file has an empty last
**                 line.  Used for the expected last line of stderr.
**   --no-markers  drop lines made only of spaces, '^' and '~' (with at least
**                 one '^' or '~') from both texts before comparing: CPython
**                 3.11's traceback caret lines, which streak need not print.
*/
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *data;
  size_t len;
} Text;

static bool opt_exact = false;

/* Read a whole file into memory (NUL-terminated). */
static bool read_file(const char *path, Text *out) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "outcmp: cannot open %s: %s\n", path, strerror(errno));
    return false;
  }
  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  if (!buf) {
    fclose(fp);
    return false;
  }
  for (;;) {
    if (cap - len < 4096) {
      cap *= 2;
      char *nbuf = realloc(buf, cap);
      if (!nbuf) {
        free(buf);
        fclose(fp);
        return false;
      }
      buf = nbuf;
    }
    size_t got = fread(buf + len, 1, cap - len - 1, fp);
    len += got;
    if (got == 0)
      break;
  }
  bool err = ferror(fp);
  fclose(fp);
  if (err) {
    fprintf(stderr, "outcmp: error reading %s\n", path);
    free(buf);
    return false;
  }
  buf[len] = '\0';
  out->data = buf;
  out->len = len;
  return true;
}

static bool is_marker_line(const char *s, size_t n) {
  bool seen = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '^' || s[i] == '~')
      seen = true;
    else if (s[i] != ' ' && s[i] != '\r')
      return false;
  }
  return seen;
}

/* Remove CPython 3.11 caret-marker lines in place. */
static void strip_markers(Text *t) {
  size_t w = 0, i = 0;
  while (i < t->len) {
    size_t e = i;
    while (e < t->len && t->data[e] != '\n')
      e++;
    size_t next = e < t->len ? e + 1 : e;
    if (!is_marker_line(t->data + i, e - i)) {
      memmove(t->data + w, t->data + i, next - i);
      w += next - i;
    }
    i = next;
  }
  t->len = w;
  t->data[w] = '\0';
}

/* Replace the text by its last non-empty line (no newline). */
static void keep_last_line(Text *t) {
  size_t end = t->len;
  for (;;) {
    while (end > 0 && (t->data[end - 1] == '\n' || t->data[end - 1] == '\r'))
      end--;
    size_t start = end;
    while (start > 0 && t->data[start - 1] != '\n')
      start--;
    /* a line of only whitespace counts as empty */
    bool blank = true;
    for (size_t i = start; i < end; i++)
      if (t->data[i] != ' ' && t->data[i] != '\t')
        blank = false;
    if (!blank || start == 0) {
      if (blank)
        start = end = 0;
      memmove(t->data, t->data + start, end - start);
      t->len = end - start;
      t->data[t->len] = '\0';
      return;
    }
    end = start;
  }
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_wordch(char c) {
  return is_digit(c) || c == '_' || c == '.' || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

/* Does a number token start at position i of t? */
static bool number_starts(const Text *t, size_t i) {
  if (i >= t->len || !is_digit(t->data[i]))
    return false;
  return i == 0 || !is_wordch(t->data[i - 1]);
}

typedef struct {
  size_t start, end;   /* [start, end) in the text */
  bool has_dot;        /* mantissa contains '.' */
  size_t frac_len;     /* digits after '.' */
  bool frac_trail0;    /* fraction longer than one digit ending in '0' */
  bool has_exp;        /* has an exponent */
  char exp_sign;       /* '+', '-' or 0 */
  size_t exp_digits;   /* number of exponent digits */
} Number;

static Number scan_number(const Text *t, size_t i) {
  Number n = {0};
  const char *s = t->data;
  n.start = i;
  while (i < t->len && is_digit(s[i]))
    i++;
  if (i < t->len && s[i] == '.' && !(i + 1 < t->len && s[i + 1] == '.')) {
    n.has_dot = true;
    i++;
    size_t f0 = i;
    while (i < t->len && is_digit(s[i]))
      i++;
    n.frac_len = i - f0;
    n.frac_trail0 = n.frac_len > 1 && s[i - 1] == '0';
  }
  if (i < t->len && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    char sign = 0;
    if (j < t->len && (s[j] == '+' || s[j] == '-'))
      sign = s[j++];
    size_t d0 = j;
    while (j < t->len && is_digit(s[j]))
      j++;
    if (j > d0) {
      n.has_exp = true;
      n.exp_sign = sign;
      n.exp_digits = j - d0;
      i = j;
    }
  }
  n.end = i;
  return n;
}

static bool is_float_tok(const Number *n) { return n->has_dot || n->has_exp; }

/* Formatting shape must agree even when the values are within tolerance. */
static bool shape_ok(const Number *a, const Number *b) {
  if (a->has_exp != b->has_exp)
    return false;
  if (a->has_exp && (a->exp_sign != b->exp_sign || a->exp_digits != b->exp_digits))
    return false;
  if (!a->has_exp && a->has_dot != b->has_dot)
    return false;
  if (a->has_dot && b->has_dot && ((a->frac_len == 0) != (b->frac_len == 0)))
    return false;
  if (a->frac_trail0 || b->frac_trail0)
    return false;
  return true;
}

static bool numbers_agree(const Text *ta, const Number *a, const Text *tb, const Number *b) {
  size_t la = a->end - a->start, lb = b->end - b->start;
  if (la == lb && memcmp(ta->data + a->start, tb->data + b->start, la) == 0)
    return true;
  if (opt_exact || !is_float_tok(a) || !is_float_tok(b) || !shape_ok(a, b))
    return false;
  double va = strtod(ta->data + a->start, NULL);
  double vb = strtod(tb->data + b->start, NULL);
  if (!isfinite(va) || !isfinite(vb))
    return false;
  double scale = fmax(fabs(va), fabs(vb));
  return fabs(va - vb) <= 1e-12 * scale;
}

static size_t line_start(const Text *t, size_t pos) {
  while (pos > 0 && t->data[pos - 1] != '\n')
    pos--;
  return pos;
}

static void print_line(const char *label, const Text *t, size_t pos) {
  if (pos >= t->len) {
    printf("  %s: <end of output>\n", label);
    return;
  }
  size_t s = line_start(t, pos), e = pos;
  while (e < t->len && t->data[e] != '\n')
    e++;
  printf("  %s: %.*s\n", label, (int)(e - s), t->data + s);
}

/* Returns true when equal; otherwise reports the first difference. */
static bool compare(const Text *exp, const Text *act) {
  size_t i = 0, j = 0, line = 1;
  while (i < exp->len && j < act->len) {
    if (number_starts(exp, i) && number_starts(act, j)) {
      Number a = scan_number(exp, i), b = scan_number(act, j);
      if (!numbers_agree(exp, &a, act, &b))
        goto differ;
      i = a.end;
      j = b.end;
      continue;
    }
    if (exp->data[i] != act->data[j])
      goto differ;
    if (exp->data[i] == '\n')
      line++;
    i++;
    j++;
  }
  if (i == exp->len && j == act->len)
    return true;
differ:
  printf("outcmp: outputs differ at line %zu\n", line);
  print_line("expected", exp, i);
  print_line("actual  ", act, j);
  return false;
}

int main(int argc, char **argv) {
  bool last_line = false, no_markers = false;
  int argi = 1;
  for (; argi < argc && strncmp(argv[argi], "--", 2) == 0; argi++) {
    if (strcmp(argv[argi], "--exact") == 0)
      opt_exact = true;
    else if (strcmp(argv[argi], "--last-line") == 0)
      last_line = true;
    else if (strcmp(argv[argi], "--no-markers") == 0)
      no_markers = true;
    else if (strcmp(argv[argi], "--") == 0) {
      argi++;
      break;
    } else {
      fprintf(stderr, "outcmp: unknown option %s\n", argv[argi]);
      return 2;
    }
  }
  if (argc - argi != 2) {
    fprintf(stderr,
            "usage: outcmp [--exact] [--last-line] [--no-markers] EXPECTED ACTUAL\n");
    return 2;
  }
  Text exp, act;
  if (!read_file(argv[argi], &exp))
    return 2;
  if (!read_file(argv[argi + 1], &act))
    return 2;
  if (no_markers) {
    strip_markers(&exp);
    strip_markers(&act);
  }
  if (last_line) {
    keep_last_line(&exp);
    keep_last_line(&act);
  }
  bool same = compare(&exp, &act);
  free(exp.data);
  free(act.data);
  return same ? 0 : 1;
}
