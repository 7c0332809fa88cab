/*
** num_vectors.h — runs the CPython-generated vectors of num_vectors.txt
** (made by gen_num_vectors.py) against num.c / format.c.
** Included by test_num.c and test_format.c, each running its own ops.
**
** A line is: OP ARGS... EXPECTED (tab-separated). See gen_num_vectors.py
** for the encoding. Each case runs under vm_protect; an exception becomes
** "Type: message", compared with CPython's.
*/
#ifndef TEST_NUM_VECTORS_H
#define TEST_NUM_VECTORS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "format.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

/* Decodes hex text into a malloc'd NUL-terminated buffer. */
static char *unhex(const char *h, size_t *len) {
  size_t n = strlen(h) / 2;
  char *out = malloc(n + 1);
  for (size_t i = 0; i < n; i++) out[i] = (char)(hexval(h[2 * i]) * 16 + hexval(h[2 * i + 1]));
  out[n] = 0;
  if (len) *len = n;
  return out;
}

static double bits_to_double(const char *h) {
  uint64_t u = strtoull(h, NULL, 16);
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

static Value decode_value(VM *vm, const char *tok) {
  const char *p = tok + 2;
  switch (tok[0]) {
  case 'n': return v_none();
  case 'b': return v_bool(*p == '1');
  case 'i': return int_from_literal(vm, p, 10);
  case 'x': {
    bool neg = *p == '-';
    Value v = int_from_literal(vm, p + neg, 16);
    return neg ? num_unop(vm, UNOP_NEG, v) : v;
  }
  case 'f': return v_float(bits_to_double(p));
  case 'c': {
    const char *comma = strchr(p, ',');
    char re[17] = {0};
    memcpy(re, p, (size_t)(comma - p));
    return complex_new(vm, bits_to_double(re), bits_to_double(comma + 1));
  }
  case 's': {
    size_t n;
    char *s = unhex(p, &n);
    Value v = str_new(vm, s, n);
    free(s);
    return v;
  }
  case 'L':
  case 'T':
  case 'D': {
    /* containers: items are tokens separated by ';' (dicts: key=value) */
    Value items[64];
    int n = 0;
    char *copy = strdup(p);
    char *save = NULL;
    for (char *it = strtok_r(copy, ";", &save); it && n < 62; it = strtok_r(NULL, ";", &save)) {
      if (tok[0] == 'D') {
        char *eq = strchr(it + 2, '=');
        *eq = 0;
        items[n++] = decode_value(vm, it);
        items[n++] = decode_value(vm, eq + 1);
      } else {
        items[n++] = decode_value(vm, it);
      }
    }
    free(copy);
    if (tok[0] == 'L') return list_from(vm, items, n);
    if (tok[0] == 'T') return tuple_from(vm, items, n);
    Dict *d = dict_new(vm);
    for (int i = 0; i + 1 < n; i += 2) dict_set(vm, d, items[i], items[i + 1]);
    return v_obj(d);
  }
  default: vm_raise(vm, &EXC_RuntimeError, "bad token %s", tok);
  }
}

static BinOp binop_of(const char *s) {
  for (int i = 0; i < BINOP__COUNT; i++)
    if (strcmp(binop_symbol[i], s) == 0) return (BinOp)i;
  return BINOP__COUNT;
}
static CmpOp cmpop_of(const char *s) {
  for (int i = 0; i < CMP__COUNT; i++)
    if (strcmp(cmpop_symbol[i], s) == 0) return (CmpOp)i;
  return CMP__COUNT;
}
static UnOp unop_of(const char *s) {
  for (int i = 0; i < UNOP__COUNT; i++)
    if (strcmp(unop_symbol[i], s) == 0) return (UnOp)i;
  return UNOP__COUNT;
}

typedef struct Case {
  char **tok;
  int ntok;          /* without the expected token */
  bool as_str;       /* result is a string to compare as is (not its repr) */
  Value result;
} Case;

static Type *type_named(const char *name) {
  if (!strcmp(name, "int")) return &TYPE_INT;
  if (!strcmp(name, "float")) return &TYPE_FLOAT;
  if (!strcmp(name, "complex")) return &TYPE_COMPLEX;
  return &TYPE_BOOL;
}

static void run_case(VM *vm, void *ud) {
  Case *c = ud;
  const char *op = c->tok[0];
  Value v[16];
  c->as_str = false;
  if (!strcmp(op, "binop")) {
    Value a = decode_value(vm, c->tok[2]), b = decode_value(vm, c->tok[3]);
    BinOp o = binop_of(c->tok[1]);
    Value r = num_binop(vm, o, a, b);
    c->result = is_notimpl(r) ? v_binop(vm, o, a, b) : r;
  } else if (!strcmp(op, "cmp")) {
    Value a = decode_value(vm, c->tok[2]), b = decode_value(vm, c->tok[3]);
    CmpOp o = cmpop_of(c->tok[1]);
    Value r = num_richcmp(vm, a, b, o);
    c->result = is_notimpl(r) ? v_richcmp(vm, a, b, o) : r;
  } else if (!strcmp(op, "unop")) {
    Value a = decode_value(vm, c->tok[2]);
    UnOp o = unop_of(c->tok[1]);
    Value r = num_unop(vm, o, a);
    c->result = is_notimpl(r) ? v_unop(vm, o, a) : r;
  } else if (!strcmp(op, "abs")) {
    c->result = num_abs(vm, decode_value(vm, c->tok[1]));
  } else if (!strcmp(op, "divmod")) {
    Value a = decode_value(vm, c->tok[1]), b = decode_value(vm, c->tok[2]);
    Value r = num_divmod(vm, a, b);
    if (is_notimpl(r))
      vm_raise(vm, &EXC_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
               v_typename(a), v_typename(b));
    c->result = r;
  } else if (!strcmp(op, "hash")) {
    c->result = v_int(num_hash(vm, decode_value(vm, c->tok[1])));
  } else if (!strcmp(op, "repr")) {
    c->result = decode_value(vm, c->tok[1]);
  } else if (!strcmp(op, "round")) {
    Value x = decode_value(vm, c->tok[1]);
    Value nd = c->ntok > 2 ? decode_value(vm, c->tok[2]) : v_empty();
    c->result = num_round(vm, x, nd);
  } else if (!strcmp(op, "pow3")) {
    c->result = int_pow_mod(vm, decode_value(vm, c->tok[1]), decode_value(vm, c->tok[2]),
                            decode_value(vm, c->tok[3]));
  } else if (!strcmp(op, "ctor")) {
    Type *t = type_named(c->tok[1]);
    int n = 0;
    for (int i = 2; i < c->ntok; i++) v[n++] = decode_value(vm, c->tok[i]);
    Args a = args_pos(n, v);
    c->result = t->ctor(vm, v_obj(t), &a);
  } else if (!strcmp(op, "attr")) {
    c->result = v_getattr(vm, decode_value(vm, c->tok[2]), str_intern_c(vm, c->tok[1]));
  } else if (!strcmp(op, "meth")) {
    Value self = decode_value(vm, c->tok[2]);
    CFunc fn;
    if (!type_find_method(v_type(self), str_intern_c(vm, c->tok[1]), &fn))
      vm_raise(vm, &EXC_AttributeError, "no method %s", c->tok[1]);
    Args a = args_pos(0, v);
    c->result = fn(vm, self, &a);
  } else if (!strcmp(op, "format")) {
    c->as_str = true;
    c->result = fmt_format(vm, decode_value(vm, c->tok[1]), as_str(decode_value(vm, c->tok[2])));
  } else if (!strcmp(op, "pct") || !strcmp(op, "pctt") || !strcmp(op, "pctd")) {
    c->as_str = true;
    Str *fmt = as_str(decode_value(vm, c->tok[1]));
    int n = 0;
    for (int i = 2; i < c->ntok; i++) v[n++] = decode_value(vm, c->tok[i]);
    Value args;
    if (!strcmp(op, "pct")) {
      args = v[0];
    } else if (!strcmp(op, "pctt")) {
      args = tuple_from(vm, v, n);
    } else {
      Dict *d = dict_new(vm);
      for (int i = 0; i + 1 < n; i += 2) dict_set(vm, d, v[i], v[i + 1]);
      args = v_obj(d);
    }
    c->result = fmt_percent(vm, fmt, args);
  } else if (!strcmp(op, "sfmt")) {
    c->as_str = true;
    Str *fmt = as_str(decode_value(vm, c->tok[1]));
    Value pos[16], kwn[16], kwv[16];
    int np = 0, nk = 0;
    for (int i = 2; i < c->ntok; i++) {
      if (!strncmp(c->tok[i], "kw:", 3)) {
        char *eq = strchr(c->tok[i], '=');
        *eq = 0;
        size_t len;
        char *name = unhex(c->tok[i] + 3, &len);
        kwn[nk] = str_new(vm, name, len);
        free(name);
        kwv[nk++] = decode_value(vm, eq + 1);
        *eq = '=';
      } else {
        pos[np++] = decode_value(vm, c->tok[i]);
      }
    }
    Args a = {np, pos, nk, kwn, kwv};
    c->result = fmt_str_format(vm, fmt, &a);
  } else {
    vm_raise(vm, &EXC_RuntimeError, "unknown op %s", op);
  }
  if (!c->as_str) c->result = v_repr(vm, c->result);
}

/* Runs every line whose op is in `ops` (space-separated); returns the
** number of failures, printing the first few. */
static int run_vectors(const char *ops, int *ncases) {
  char path[4096];
  const char *env = getenv("NUM_VECTORS");
  if (env) {
    snprintf(path, sizeof path, "%s", env);
  } else {
    snprintf(path, sizeof path, "%s", __FILE__);
    char *slash = strrchr(path, '/');
    snprintf(slash ? slash + 1 : path, sizeof path - (size_t)(slash ? slash + 1 - path : 0),
             "num_vectors.txt");
  }
  FILE *f = fopen(path, "r");
  if (!f) f = fopen("tests/unit/num_vectors.txt", "r");
  if (!f) f = fopen("../tests/unit/num_vectors.txt", "r");
  if (!f) {
    fprintf(stderr, "cannot open %s\n", path);
    return -1;
  }
  VM *vm = vm_new();
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int fails = 0, n = 0, lineno = 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (line[len - 1] == '\n') line[--len] = 0;
    char *tok[40];
    int nt = 0;
    for (char *s = strtok(line, "\t"); s && nt < 40; s = strtok(NULL, "\t")) tok[nt++] = s;
    if (nt < 2) continue;
    char opname[32];
    snprintf(opname, sizeof opname, " %s ", tok[0]);
    char padded[256];
    snprintf(padded, sizeof padded, " %s ", ops);
    if (!strstr(padded, opname)) continue;
    n++;
    Case c = {tok, nt - 1, false, v_none()};
    StrBuf got = STRBUF_INIT;
    if (vm_protect(vm, run_case, &c)) {
      sb_puts(&got, "R:");
      sb_append(&got, as_str(c.result)->data, (size_t)as_str(c.result)->nbytes);
    } else {
      StrBuf e = STRBUF_INIT;
      exc_format_only(vm, vm->exc, &e);
      if (e.len && e.data[e.len - 1] == '\n') e.data[--e.len] = 0;
      sb_puts(&got, "E:");
      sb_append(&got, e.data, e.len);
      sb_free(&e);
    }
    const char *exp_tok = tok[nt - 1];
    char *expect = unhex(exp_tok + 2, NULL);
    bool ok = got.data[0] == exp_tok[0] && strcmp(got.data + 2, expect) == 0;
    if (!ok) {
      if (fails < 60) {
        fprintf(stderr, "line %d: %s", lineno, tok[0]);
        for (int i = 1; i < nt - 1; i++) {
          if (tok[i][0] == 's' && tok[i][1] == ':') {
            char *s = unhex(tok[i] + 2, NULL);
            fprintf(stderr, " s'%s'", s);
            free(s);
          } else {
            fprintf(stderr, " %.60s", tok[i]);
          }
        }
        fprintf(stderr, "\n   expected %c:%.300s\n   got      %.302s\n", exp_tok[0], expect, got.data);
      }
      fails++;
    }
    free(expect);
    sb_free(&got);
    if (n % 2000 == 0) gc_collect(vm);
  }
  free(line);
  fclose(f);
  vm_free(vm);
  *ncases = n;
  return fails;
}

#endif
