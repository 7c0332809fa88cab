/*
** bh.c — the benchmark harness library; see bh.h. Parsers, checks,
** aggregation, and the JSON / Markdown / SVG writers.
*/
#define _POSIX_C_SOURCE 200809L
#include "bh.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- small string helpers --------------------------------------------- */

static void copy(char *dst, size_t size, const char *src) {
  if (size == 0) return;
  size_t n = strlen(src);
  if (n >= size) n = size - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

static void copy_n(char *dst, size_t size, const char *src, size_t n) {
  if (size == 0) return;
  if (n >= size) n = size - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

/* Trims [*b, *e) in place of pointers. */
static void trim(const char **b, const char **e) {
  while (*b < *e && isspace((unsigned char)**b)) (*b)++;
  while (*e > *b && isspace((unsigned char)(*e)[-1])) (*e)--;
}

/* strtod over the whole (trimmed) token; 0 on success. */
static int parse_num(const char *s, size_t len, double *out) {
  char tmp[128];
  const char *b = s, *e = s + len;
  trim(&b, &e);
  if (b == e || (size_t)(e - b) >= sizeof tmp) return -1;
  memcpy(tmp, b, (size_t)(e - b));
  tmp[e - b] = '\0';
  char *end;
  errno = 0;
  double v = strtod(tmp, &end);
  if (*end != '\0' || end == tmp) return -1;
  *out = v;
  return 0;
}

char *bh_read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  if (!buf) {
    fclose(f);
    return NULL;
  }
  for (;;) {
    if (n + 1 >= cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  buf[n] = '\0';
  fclose(f);
  return buf;
}

/* ---- key=value lists -------------------------------------------------- */

void bh_kv_set(BhKVList *l, const char *key, const char *val) {
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->kv[i].key, key) == 0) {
      copy(l->kv[i].val, sizeof l->kv[i].val, val);
      return;
    }
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    BhKV *kv = realloc(l->kv, cap * sizeof *kv);
    if (!kv) return;
    l->kv = kv;
    l->cap = cap;
  }
  copy(l->kv[l->n].key, sizeof l->kv[l->n].key, key);
  copy(l->kv[l->n].val, sizeof l->kv[l->n].val, val);
  l->n++;
}

int bh_kv_parse(const char *text, BhKVList *out) {
  int bad = 0;
  const char *p = text;
  while (*p) {
    const char *eol = strchr(p, '\n');
    if (!eol) eol = p + strlen(p);
    const char *b = p, *e = eol;
    trim(&b, &e);
    if (b < e && *b != '#') {
      const char *eq = memchr(b, '=', (size_t)(e - b));
      if (!eq || eq == b) {
        bad++;
      } else {
        const char *kb = b, *ke = eq, *vb = eq + 1, *ve = e;
        trim(&kb, &ke);
        trim(&vb, &ve);
        char key[64], val[512];
        copy_n(key, sizeof key, kb, (size_t)(ke - kb));
        copy_n(val, sizeof val, vb, (size_t)(ve - vb));
        if (key[0]) bh_kv_set(out, key, val);
        else bad++;
      }
    }
    p = *eol ? eol + 1 : eol;
  }
  return bad;
}

const char *bh_kv_get(const BhKVList *l, const char *key, const char *def) {
  if (!l) return def;
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->kv[i].key, key) == 0) return l->kv[i].val;
  return def;
}

double bh_kv_num(const BhKVList *l, const char *key, double def) {
  const char *v = bh_kv_get(l, key, NULL);
  double d;
  if (!v || parse_num(v, strlen(v), &d) != 0) return def;
  return d;
}

void bh_kv_free(BhKVList *l) {
  free(l->kv);
  l->kv = NULL;
  l->n = l->cap = 0;
}

/* ---- implementation output -------------------------------------------- */

int bh_parse_output(const char *text, BhOutput *out) {
  memset(out, 0, sizeof *out);
  const char *p = text;
  while (*p) {
    const char *eol = strchr(p, '\n');
    if (!eol) eol = p + strlen(p);
    const char *b = p, *e = eol;
    trim(&b, &e);
    const char *eq = memchr(b, '=', (size_t)(e - b));
    if (eq) {
      const char *ke = eq;
      while (ke > b && isspace((unsigned char)ke[-1])) ke--;
      size_t klen = (size_t)(ke - b);
      const char *v = eq + 1;
      while (v < e && isspace((unsigned char)*v)) v++;
      size_t vlen = (size_t)(e - v);
      double d;
#define KEY(s) (klen == sizeof(s) - 1 && memcmp(b, s, klen) == 0)
      if (KEY("time_s")) {
        if (parse_num(v, vlen, &d) == 0 && d >= 0) out->time_s = d, out->has_time = 1;
      } else if (KEY("first_s")) {
        if (parse_num(v, vlen, &d) == 0 && d >= 0) out->first_s = d, out->has_first = 1;
      } else if (KEY("checksum")) {
        if (parse_num(v, vlen, &d) == 0) out->checksum = d, out->has_checksum = 1;
      } else if (KEY("reps")) {
        if (parse_num(v, vlen, &d) == 0 && d >= 0) out->reps = (long)d, out->has_reps = 1;
      } else if (KEY("unsupported")) {
        out->unsupported = 1;
        copy_n(out->reason, sizeof out->reason, v, vlen);
      }
#undef KEY
    }
    p = *eol ? eol + 1 : eol;
  }
  if (out->unsupported) return 0;
  return out->has_time && out->has_checksum ? 0 : -1;
}

void bh_error_line(const char *text, char *buf, size_t size) {
  if (size) buf[0] = '\0';
  const char *p = text, *first = NULL, *first_e = NULL, *last = NULL, *last_e = NULL;
  int traceback = 0;
  while (*p) {
    const char *eol = strchr(p, '\n');
    if (!eol) eol = p + strlen(p);
    const char *b = p, *e = eol;
    int indented = b < e && isspace((unsigned char)*b);
    trim(&b, &e);
    if (b < e) {
      if (!first) {
        first = b, first_e = e;
        if ((size_t)(e - b) >= 9 && memcmp(b, "Traceback", 9) == 0) traceback = 1;
      }
      if (!indented && !(traceback && (size_t)(e - b) >= 9 && memcmp(b, "Traceback", 9) == 0))
        last = b, last_e = e;
    }
    p = *eol ? eol + 1 : eol;
  }
  if (traceback && last) copy_n(buf, size, last, (size_t)(last_e - last));
  else if (first) copy_n(buf, size, first, (size_t)(first_e - first));
  for (char *q = buf; *q; q++)
    if (*q == '\t' || *q == '\r' || *q == '|') *q = ' ';
}

/* ---- checks ----------------------------------------------------------- */

int bh_parse_check(const char *s, BhCheck *c) {
  const char *colon = strchr(s, ':');
  if (!colon) return -1;
  size_t k = (size_t)(colon - s);
  double tol;
  if (parse_num(colon + 1, strlen(colon + 1), &tol) != 0 || !(tol >= 0) || !isfinite(tol)) return -1;
  if (k == 3 && memcmp(s, "rel", 3) == 0) c->kind = BH_CHECK_REL;
  else if (k == 3 && memcmp(s, "abs", 3) == 0) c->kind = BH_CHECK_ABS;
  else if (k == 5 && memcmp(s, "sqrtn", 5) == 0) c->kind = BH_CHECK_SQRTN;
  else return -1;
  c->tol = tol;
  return 0;
}

int bh_check_ok(const BhCheck *c, double got, double ref, double n) {
  if (isnan(got) || isnan(ref)) return 0;
  if (got == ref) return 1;
  if (isinf(got) || isinf(ref)) return 0;
  double d = fabs(got - ref);
  switch (c->kind) {
  case BH_CHECK_REL: return d <= c->tol * fmax(fabs(got), fabs(ref));
  case BH_CHECK_ABS: return d <= c->tol;
  case BH_CHECK_SQRTN: return n > 0 && d <= c->tol / sqrt(n);
  }
  return 0;
}

void bh_check_describe(const BhCheck *c, char *buf, size_t size) {
  switch (c->kind) {
  case BH_CHECK_REL: snprintf(buf, size, "relative difference <= %g", c->tol); break;
  case BH_CHECK_ABS: snprintf(buf, size, "absolute difference <= %g", c->tol); break;
  case BH_CHECK_SQRTN: snprintf(buf, size, "absolute difference <= %g/sqrt(n)", c->tol); break;
  }
}

/* ---- records ---------------------------------------------------------- */

enum { F_KERNEL, F_IMPL, F_MODE, F_N, F_THREADS, F_REP, F_STATUS, F_WALL, F_RSS, F_TIME,
       F_FIRST, F_CHECKSUM, F_REPS, F_MSG, F_COUNT };

static int opt_num(const char *s, size_t len, double *out, int *has) {
  if (len == 1 && s[0] == '-') {
    *has = 0;
    *out = 0;
    return 0;
  }
  if (parse_num(s, len, out) != 0) return -1;
  *has = 1;
  return 0;
}

int bh_parse_record(const char *line, BhRecord *r) {
  memset(r, 0, sizeof *r);
  const char *f[F_COUNT];
  size_t len[F_COUNT];
  const char *p = line;
  int k = 0;
  for (; k < F_COUNT; k++) {
    const char *end;
    if (k == F_MSG) {  /* the message runs to the end of the line */
      end = p + strcspn(p, "\r\n");
    } else {
      end = p + strcspn(p, "\t\r\n");
    }
    f[k] = p;
    len[k] = (size_t)(end - p);
    if (k < F_MSG) {
      if (*end != '\t') break;
      p = end + 1;
    }
  }
  if (k < F_MSG) return -1;
  if (len[F_KERNEL] == 0 || len[F_IMPL] == 0 || len[F_MODE] == 0 || len[F_STATUS] == 0) return -1;
  copy_n(r->kernel, sizeof r->kernel, f[F_KERNEL], len[F_KERNEL]);
  copy_n(r->impl, sizeof r->impl, f[F_IMPL], len[F_IMPL]);
  copy_n(r->mode, sizeof r->mode, f[F_MODE], len[F_MODE]);
  copy_n(r->status, sizeof r->status, f[F_STATUS], len[F_STATUS]);
  copy_n(r->msg, sizeof r->msg, f[F_MSG], len[F_MSG]);
  double d;
  int has;
  if (parse_num(f[F_N], len[F_N], &d) != 0) return -1;
  r->n = (long long)d;
  if (parse_num(f[F_THREADS], len[F_THREADS], &d) != 0) return -1;
  r->threads = (int)d;
  if (parse_num(f[F_REP], len[F_REP], &d) != 0) return -1;
  r->rep = (int)d;
  if (opt_num(f[F_WALL], len[F_WALL], &r->wall_s, &r->has_wall) != 0) return -1;
  if (opt_num(f[F_RSS], len[F_RSS], &d, &has) != 0) return -1;
  r->rss_kb = has ? (long)d : 0;
  if (opt_num(f[F_TIME], len[F_TIME], &r->time_s, &r->has_time) != 0) return -1;
  if (opt_num(f[F_FIRST], len[F_FIRST], &r->first_s, &r->has_first) != 0) return -1;
  if (opt_num(f[F_CHECKSUM], len[F_CHECKSUM], &r->checksum, &r->has_checksum) != 0) return -1;
  if (opt_num(f[F_REPS], len[F_REPS], &d, &has) != 0) return -1;
  r->reps = has ? (long)d : 0;
  return 0;
}

static void fmt_opt(char *buf, size_t size, int has, double v, const char *fmt) {
  if (has) snprintf(buf, size, fmt, v);
  else copy(buf, size, "-");
}

void bh_format_record(const BhRecord *r, char *buf, size_t size) {
  char wall[40], rss[40], t[40], first[40], cs[40], reps[40], msg[512];
  fmt_opt(wall, sizeof wall, r->has_wall, r->wall_s, "%.6f");
  fmt_opt(rss, sizeof rss, r->has_wall, (double)r->rss_kb, "%.0f");
  fmt_opt(t, sizeof t, r->has_time, r->time_s, "%.9g");
  fmt_opt(first, sizeof first, r->has_first, r->first_s, "%.9g");
  fmt_opt(cs, sizeof cs, r->has_checksum, r->checksum, "%.17g");
  fmt_opt(reps, sizeof reps, r->has_time, (double)r->reps, "%.0f");
  copy(msg, sizeof msg, r->msg);
  for (char *q = msg; *q; q++)
    if (*q == '\t' || *q == '\n' || *q == '\r') *q = ' ';
  snprintf(buf, size, "%s\t%s\t%s\t%lld\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r->kernel,
           r->impl, r->mode, r->n, r->threads, r->rep, r->status, wall, rss, t, first, cs, reps,
           msg);
}

/* ---- aggregation ------------------------------------------------------ */

static int same_key(const BhResult *a, const BhRecord *r) {
  return strcmp(a->kernel, r->kernel) == 0 && strcmp(a->impl, r->impl) == 0 &&
         strcmp(a->mode, r->mode) == 0 && a->n == r->n && a->threads == r->threads;
}

void bh_aggregate(const BhRecord *recs, size_t nrec, BhResults *out) {
  for (size_t i = 0; i < nrec; i++) {
    const BhRecord *rec = &recs[i];
    BhResult *a = NULL;
    for (size_t j = 0; j < out->n; j++)
      if (same_key(&out->r[j], rec)) {
        a = &out->r[j];
        break;
      }
    if (!a) {
      if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 64;
        BhResult *nr = realloc(out->r, cap * sizeof *nr);
        if (!nr) return;
        out->r = nr;
        out->cap = cap;
      }
      a = &out->r[out->n++];
      memset(a, 0, sizeof *a);
      copy(a->kernel, sizeof a->kernel, rec->kernel);
      copy(a->impl, sizeof a->impl, rec->impl);
      copy(a->mode, sizeof a->mode, rec->mode);
      copy(a->status, sizeof a->status, "ok");
      a->n = rec->n;
      a->threads = rec->threads;
    }
    a->runs++;
    if (rec->has_wall && rec->rss_kb > a->rss_kb) a->rss_kb = rec->rss_kb;
    if (strcmp(rec->status, "ok") != 0) {
      if (strcmp(a->status, "ok") == 0) {
        copy(a->status, sizeof a->status, rec->status);
        copy(a->msg, sizeof a->msg, rec->msg);
      }
      continue;
    }
    a->ok_runs++;
    if (rec->has_wall && (a->ok_runs == 1 || rec->wall_s < a->wall_s)) a->wall_s = rec->wall_s;
    if (rec->has_first && (!a->has_first || rec->first_s < a->first_s))
      a->first_s = rec->first_s, a->has_first = 1;
    if (rec->has_time && (!a->has_time || rec->time_s < a->time_s)) {
      a->time_s = rec->time_s, a->has_time = 1;
      a->reps = rec->reps;
    }
    if (rec->has_checksum) {
      /* Keep the first checksum, and the one farthest from it: bh_verify
      ** checks both, so a run that disagrees with its row is caught. */
      if (!a->has_checksum) a->checksum = a->checksum_far = rec->checksum, a->has_checksum = 1;
      else if (!(fabs(rec->checksum - a->checksum) <= fabs(a->checksum_far - a->checksum)))
        a->checksum_far = rec->checksum;
    }
  }
}

void bh_results_free(BhResults *rs) {
  free(rs->r);
  rs->r = NULL;
  rs->n = rs->cap = 0;
}

const BhResult *bh_find(const BhResults *rs, const char *kernel, const char *impl,
                        const char *mode, long long n, int threads) {
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->kernel, kernel) == 0 && strcmp(a->impl, impl) == 0 &&
        strcmp(a->mode, mode) == 0 && (n < 0 || a->n == n) && (threads < 0 || a->threads == threads))
      return a;
  }
  return NULL;
}

const char *const bh_ref_order[] = {"c", "numba", "numpy", "cpython", "c-omp", "pypy", "luajit", NULL};

static int is_fastmath(const char *impl) { return strstr(impl, "fastmath") != NULL; }

int bh_verify(BhResults *rs, BhConfLookup conf_of, void *ud) {
  int wrong = 0;
  for (size_t i = 0; i < rs->n; i++) {
    BhResult *a = &rs->r[i];
    a->verdict[0] = '\0';
    if (strcmp(a->status, "ok") != 0 || !a->has_checksum) continue;
    const BhKVList *conf = conf_of ? conf_of(a->kernel, ud) : NULL;
    BhCheck check = {BH_CHECK_REL, 1e-9}, fm = {BH_CHECK_REL, 1e-6};
    bh_parse_check(bh_kv_get(conf, "check", "rel:1e-9"), &check);
    bh_parse_check(bh_kv_get(conf, "check_fastmath", "rel:1e-6"), &fm);
    const BhCheck *use = is_fastmath(a->impl) ? &fm : &check;
    const char *exact = bh_kv_get(conf, "exact", NULL);
    double ref;
    int is_ref = 0;
    if (exact && parse_num(exact, strlen(exact), &ref) == 0) {
      /* fixed reference value */
    } else {
      const BhResult *r = NULL;
      for (int k = 0; bh_ref_order[k] && !r; k++)
        for (size_t j = 0; j < rs->n && !r; j++) {
          const BhResult *b = &rs->r[j];
          if (strcmp(b->kernel, a->kernel) == 0 && strcmp(b->mode, a->mode) == 0 && b->n == a->n &&
              strcmp(b->impl, bh_ref_order[k]) == 0 && strcmp(b->status, "ok") == 0 &&
              b->has_checksum)
            r = b;
        }
      if (!r) {
        /* no reference implementation ran: the first ok one of any kind */
        for (size_t j = 0; j < rs->n && !r; j++) {
          const BhResult *b = &rs->r[j];
          if (strcmp(b->kernel, a->kernel) == 0 && strcmp(b->mode, a->mode) == 0 && b->n == a->n &&
              strcmp(b->status, "ok") == 0 && b->has_checksum && !is_fastmath(b->impl))
            r = b;
        }
      }
      if (!r) r = a;
      ref = r->checksum;
      is_ref = r == a;
    }
    a->ref = ref;
    int agree = bh_check_ok(use, a->checksum_far, ref, (double)a->n);
    if (is_ref && agree) {
      copy(a->verdict, sizeof a->verdict, "ref");
    } else if (agree && bh_check_ok(use, a->checksum, ref, (double)a->n)) {
      copy(a->verdict, sizeof a->verdict, "ok");
    } else {
      copy(a->verdict, sizeof a->verdict, "WRONG");
      wrong++;
    }
  }
  return wrong;
}

/* ---- formatting ------------------------------------------------------- */

void bh_fmt_time(double s, char *buf, size_t size) {
  if (!isfinite(s) || s < 0) copy(buf, size, "-");
  else if (s >= 100) snprintf(buf, size, "%.0f s", s);
  else if (s >= 1) snprintf(buf, size, "%.2f s", s);
  else if (s >= 1e-3) snprintf(buf, size, "%.3g ms", s * 1e3);
  else snprintf(buf, size, "%.3g us", s * 1e6);
}

void bh_fmt_ratio(double r, char *buf, size_t size) {
  if (!isfinite(r) || r <= 0) copy(buf, size, "-");
  else if (r >= 100) snprintf(buf, size, "%.0fx", r);
  else if (r >= 10) snprintf(buf, size, "%.1fx", r);
  else if (r >= 0.1) snprintf(buf, size, "%.2fx", r);
  else snprintf(buf, size, "%.2gx", r);
}

double bh_breakeven(double compile_s, double t_python, double t_jit) {
  double gain = t_python - t_jit;
  if (!(gain > 0) || !isfinite(compile_s)) return -1;
  if (compile_s < 0) compile_s = 0;
  return compile_s / gain;
}

double bh_predict_wall(double wall_s, double time_s, double warm_budget_s, double n,
                       double n_next, double exponent) {
  if (!(n > 0) || !(n_next > 0) || !(time_s >= 0)) return wall_s;
  double r = pow(n_next / n, exponent > 0 ? exponent : 1.0), t = time_s;
  /* setup (up to two calls' worth in pure Python) and the first call */
  double pred = wall_s + 3.0 * t * (r - 1.0);
  pred += fmax(warm_budget_s, t * r) - fmax(warm_budget_s, t);
  return pred > 0 ? pred : 0;
}

/* ---- JSON ------------------------------------------------------------- */

void bh_json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default:
      if (*p < 0x20) fprintf(f, "\\u%04x", *p);
      else fputc(*p, f);
    }
  }
  fputc('"', f);
}

static void json_num(FILE *f, int has, double v) {
  if (has && isfinite(v)) fprintf(f, "%.17g", v);
  else fputs("null", f);
}

static int is_jit(const char *impl);

/* Every JIT row with a size series: its n* ("n_star": null when it never
** paid off, absent rows were not measured against CPython). */
static void json_breakeven(FILE *f, const BhResults *rs) {
  int first = 1;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->mode, "size") != 0 || !is_jit(a->impl)) continue;
    int seen = 0; /* one entry per (kernel, impl): its first size result */
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(rs->r[j].mode, "size") == 0 && strcmp(rs->r[j].kernel, a->kernel) == 0 &&
             strcmp(rs->r[j].impl, a->impl) == 0;
    long long ns = seen ? -1 : bh_nstar(rs, a->kernel, a->impl);
    if (ns < 0) continue;
    fputs(first ? "\n    {\"kernel\": " : ",\n    {\"kernel\": ", f);
    first = 0;
    bh_json_string(f, a->kernel);
    fputs(", \"impl\": ", f);
    bh_json_string(f, a->impl);
    if (ns > 0) fprintf(f, ", \"n_star\": %lld}", ns);
    else fputs(", \"n_star\": null}", f);
  }
}

void bh_write_json(FILE *f, const BhReport *rep) {
  fputs("{\n  \"meta\": {", f);
  for (size_t i = 0; rep->meta && i < rep->meta->n; i++) {
    fputs(i ? ",\n    " : "\n    ", f);
    bh_json_string(f, rep->meta->kv[i].key);
    fputs(": ", f);
    bh_json_string(f, rep->meta->kv[i].val);
  }
  fputs("\n  },\n  \"kernels\": [", f);
  for (size_t k = 0; k < rep->nkernels; k++) {
    const BhKVList *conf = rep->conf_of ? rep->conf_of(rep->kernels[k], rep->ud) : NULL;
    fputs(k ? ",\n    {" : "\n    {", f);
    fputs("\"name\": ", f);
    bh_json_string(f, rep->kernels[k]);
    for (size_t i = 0; conf && i < conf->n; i++) {
      fputs(", ", f);
      bh_json_string(f, conf->kv[i].key);
      fputs(": ", f);
      bh_json_string(f, conf->kv[i].val);
    }
    fputs("}", f);
  }
  fputs("\n  ],\n  \"results\": [", f);
  const BhResults *rs = rep->results;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    fputs("\"kernel\": ", f);
    bh_json_string(f, a->kernel);
    fputs(", \"impl\": ", f);
    bh_json_string(f, a->impl);
    fputs(", \"mode\": ", f);
    bh_json_string(f, a->mode);
    fprintf(f, ", \"n\": %lld, \"threads\": %d, \"status\": ", a->n, a->threads);
    bh_json_string(f, a->status);
    fputs(", \"verdict\": ", f);
    bh_json_string(f, a->verdict);
    fputs(", \"time_s\": ", f);
    json_num(f, a->has_time, a->time_s);
    fputs(", \"first_s\": ", f);
    json_num(f, a->has_first, a->first_s);
    fputs(", \"wall_s\": ", f);
    json_num(f, a->ok_runs > 0, a->wall_s);
    fputs(", \"max_rss_kb\": ", f);
    json_num(f, a->ok_runs > 0, (double)a->rss_kb);
    fputs(", \"checksum\": ", f);
    json_num(f, a->has_checksum, a->checksum);
    fputs(", \"reference\": ", f);
    json_num(f, a->verdict[0] != '\0', a->ref);
    fprintf(f, ", \"warm_reps\": %ld, \"runs\": %d, \"ok_runs\": %d, \"message\": ", a->reps,
            a->runs, a->ok_runs);
    bh_json_string(f, a->msg);
    fputs("}", f);
  }
  fputs("\n  ],\n  \"breakeven\": [", f);
  json_breakeven(f, rs);
  fputs("\n  ]\n}\n", f);
}

/* ---- Markdown --------------------------------------------------------- */

typedef struct {
  const char *name, *what;
} ImplInfo;

static const ImplInfo impls[] = {
    {"c", "C, `gcc -O3 -march=native -ffp-contract=off` (`c/kernel.c`)"},
    {"c-fastmath", "the same C with `-ffast-math` (fastmath rows)"},
    {"c-omp", "the same C with `-fopenmp` (parallel rows)"},
    {"cpython", "CPython 3.11, pure Python over lists (`cpython.py`)"},
    {"pypy", "PyPy 3, the same `cpython.py`"},
    {"numpy", "CPython 3.11 + NumPy (`numpy_impl.py`)"},
    {"numba", "CPython 3.11 + Numba (`numba_impl.py`)"},
    {"numba-fastmath", "Numba with `fastmath=True` (fastmath rows)"},
    {"numba-cuda", "Numba `@cuda.jit` (`cuda_impl.py`; needs a CUDA device)"},
    {"luajit", "LuaJIT 2.1 (`lua/kernel.lua`)"},
    {"streak", "streak on undecorated Python (`streak.py`): the interpreter + tracing JIT"},
    {"streak-py", "streak on `cpython.py`, the very program CPython and PyPy run"},
    {"streak-numpy", "streak on `numpy_impl.py` (its NumPy runtime)"},
    {"streak-numba", "streak on `numba_impl.py` (its `@njit` / `@vectorize` / `prange`)"},
    {"streak-numba-fastmath", "streak on `numba_impl.py` with `fastmath=True`"},
    {"streak-cuda", "streak on `cuda_impl.py` (`@cuda.jit` through OpenCL)"},
};
#define NIMPLS (sizeof impls / sizeof impls[0])

static int is_streak(const char *impl) { return strncmp(impl, "streak", 6) == 0; }

/* The implementations (in the table order) that have results in mode. */
static size_t impls_present(const BhResults *rs, const char *mode, const char *kernel,
                            const char **out) {
  size_t n = 0;
  for (size_t k = 0; k < NIMPLS; k++)
    for (size_t i = 0; i < rs->n; i++)
      if (strcmp(rs->r[i].impl, impls[k].name) == 0 && strcmp(rs->r[i].mode, mode) == 0 &&
          (!kernel || strcmp(rs->r[i].kernel, kernel) == 0)) {
        out[n++] = impls[k].name;
        break;
      }
  /* implementations the table does not know, in order of appearance */
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->mode, mode) != 0 || (kernel && strcmp(a->kernel, kernel) != 0)) continue;
    int seen = 0;
    for (size_t j = 0; j < n && !seen; j++) seen = strcmp(out[j], a->impl) == 0;
    if (!seen && n < 64) out[n++] = a->impl;
  }
  return n;
}

/* Short cell text for a result: a time, or what went wrong. */
static void cell(const BhResult *a, char *buf, size_t size) {
  if (!a) copy(buf, size, "n/a");
  else if (strcmp(a->status, "not_installed") == 0) copy(buf, size, "not installed");
  else if (strcmp(a->status, "ok") != 0) copy(buf, size, a->status);
  else if (strcmp(a->verdict, "WRONG") == 0) copy(buf, size, "**WRONG**");
  else if (!a->has_time) copy(buf, size, "-");
  else bh_fmt_time(a->time_s, buf, size);
}

static int usable(const BhResult *a) {
  return a && strcmp(a->status, "ok") == 0 && strcmp(a->verdict, "WRONG") != 0 && a->has_time &&
         a->time_s > 0;
}

/* Long status text: "ok", "WRONG: ...", "error: ...". */
static void status_text(const BhResult *a, const BhKVList *conf, char *buf, size_t size) {
  if (strcmp(a->status, "ok") == 0) {
    if (strcmp(a->verdict, "WRONG") == 0) {
      BhCheck c = {BH_CHECK_REL, 1e-9};
      bh_parse_check(bh_kv_get(conf, "check", "rel:1e-9"), &c);
      if (is_fastmath(a->impl)) bh_parse_check(bh_kv_get(conf, "check_fastmath", "rel:1e-6"), &c);
      char d[96];
      bh_check_describe(&c, d, sizeof d);
      /* the failing one: the first run's checksum, or a later run's */
      double bad = bh_check_ok(&c, a->checksum, a->ref, (double)a->n) ? a->checksum_far
                                                                       : a->checksum;
      snprintf(buf, size, "**WRONG**: checksum %.17g, expected %.17g (%s)", bad, a->ref, d);
    } else if (strcmp(a->verdict, "ref") == 0) {
      copy(buf, size, "ok (reference)");
    } else {
      copy(buf, size, "ok");
    }
  } else if (strcmp(a->status, "not_installed") == 0) {
    if (a->msg[0]) snprintf(buf, size, "not installed: %s", a->msg);
    else copy(buf, size, "not installed");
  } else if (a->msg[0]) {
    snprintf(buf, size, "%s: %s", a->status, a->msg);
  } else {
    copy(buf, size, a->status);
  }
  for (char *q = buf; *q; q++)
    if (*q == '|') *q = '/';
}

static void fmt_n(long long n, char *buf, size_t size) {
  if (n >= 1000 && n % 1000 == 0) {
    int e = 0;
    long long m = n;
    while (m % 10 == 0) m /= 10, e++;
    if (m == 1) snprintf(buf, size, "1e%d", e);
    else if (m < 10) snprintf(buf, size, "%llde%d", m, e);
    else snprintf(buf, size, "%lld", n);
  } else {
    snprintf(buf, size, "%lld", n);
  }
}

static long long main_n(const BhResults *rs, const char *kernel) {
  for (size_t i = 0; i < rs->n; i++)
    if (strcmp(rs->r[i].kernel, kernel) == 0 && strcmp(rs->r[i].mode, "main") == 0)
      return rs->r[i].n;
  return -1;
}

static const BhResult *main_result(const BhResults *rs, const char *kernel, const char *impl) {
  return bh_find(rs, kernel, impl, "main", -1, -1);
}

/* The fastest usable streak row of a kernel (main mode). */
static const BhResult *best_streak(const BhResults *rs, const char *kernel) {
  const BhResult *best = NULL;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->kernel, kernel) != 0 || strcmp(a->mode, "main") != 0 || !is_streak(a->impl) ||
        is_fastmath(a->impl) || !usable(a))
      continue;
    if (!best || a->time_s < best->time_s) best = a;
  }
  return best;
}

static void sizes_of(const BhResults *rs, const char *kernel, long long *sizes, size_t *ns) {
  *ns = 0;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->kernel, kernel) != 0 || strcmp(a->mode, "size") != 0) continue;
    size_t j = 0;
    while (j < *ns && sizes[j] != a->n) j++;
    if (j == *ns && *ns < 32) sizes[(*ns)++] = a->n;
  }
  for (size_t i = 1; i < *ns; i++)
    for (size_t j = i; j > 0 && sizes[j - 1] > sizes[j]; j--) {
      long long t = sizes[j];
      sizes[j] = sizes[j - 1];
      sizes[j - 1] = t;
    }
}

static void threads_of(const BhResults *rs, const char *kernel, int *th, size_t *nt) {
  *nt = 0;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if (strcmp(a->kernel, kernel) != 0 || strcmp(a->mode, "threads") != 0) continue;
    size_t j = 0;
    while (j < *nt && th[j] != a->threads) j++;
    if (j == *nt && *nt < 256) th[(*nt)++] = a->threads;
  }
  for (size_t i = 1; i < *nt; i++)
    for (size_t j = i; j > 0 && th[j - 1] > th[j]; j--) {
      int t = th[j];
      th[j] = th[j - 1];
      th[j - 1] = t;
    }
}

static int is_jit(const char *impl) {
  return (strncmp(impl, "numba", 5) == 0 || is_streak(impl) || strcmp(impl, "pypy") == 0 ||
          strcmp(impl, "luajit") == 0) &&
         !is_fastmath(impl) && strstr(impl, "cuda") == NULL;
}

/* N* of one JIT row at one size against CPython, with its compile cost;
** -2 when either side has no usable result there. */
static double breakeven_at(const BhResults *rs, const char *kernel, const char *impl, long long n,
                           double *compile_s) {
  const BhResult *a = bh_find(rs, kernel, impl, "size", n, -1);
  const BhResult *py = bh_find(rs, kernel, "cpython", "size", n, -1);
  if (!usable(a) || !a->has_first || !usable(py)) return -2;
  double comp = a->first_s - a->time_s;
  if (comp < 0) comp = 0;
  *compile_s = comp;
  return bh_breakeven(comp, py->time_s, a->time_s);
}

long long bh_nstar(const BhResults *rs, const char *kernel, const char *impl) {
  long long sizes[32];
  size_t ns;
  sizes_of(rs, kernel, sizes, &ns);
  int measured = 0;
  for (size_t j = 0; j < ns; j++) {
    double comp, be = breakeven_at(rs, kernel, impl, sizes[j], &comp);
    if (be == -2) continue;
    measured = 1;
    if (be >= 0 && be <= 1) return sizes[j];
  }
  return measured ? 0 : -1;
}

/* "1e5", "never" (measured, never paid off) or "-" (not measured). */
static void nstar_text(long long nstar, char *buf, size_t size) {
  if (nstar > 0) fmt_n(nstar, buf, size);
  else copy(buf, size, nstar == 0 ? "never" : "-");
}

static void md_meta(FILE *f, const BhReport *rep) {
  const BhKVList *m = rep->meta;
  fputs("| | |\n|---|---|\n", f);
  for (size_t i = 0; m && i < m->n; i++) {
    if (strcmp(m->kv[i].key, "note") == 0) continue;
    char v[512];
    copy(v, sizeof v, m->kv[i].val);
    for (char *q = v; *q; q++)
      if (*q == '|') *q = '/';
    fprintf(f, "| %s | %s |\n", m->kv[i].key, v);
  }
  fputc('\n', f);
}

/* One line per kernel with a size series: n* of every JIT. */
static void md_nstar_summary(FILE *f, const BhReport *rep) {
  const BhResults *rs = rep->results;
  const char *cols[64], *jits[64];
  size_t nc = impls_present(rs, "size", NULL, cols), nj = 0;
  for (size_t c = 0; c < nc; c++)
    if (is_jit(cols[c])) jits[nj++] = cols[c];
  fputs("Break-even size n* per kernel (details in each kernel's section):\n\n| kernel |", f);
  for (size_t j = 0; j < nj; j++) fprintf(f, " %s |", jits[j]);
  fputs("\n|---|", f);
  for (size_t j = 0; j < nj; j++) fputs("---:|", f);
  fputc('\n', f);
  for (size_t k = 0; k < rep->nkernels; k++) {
    long long sizes[32];
    size_t ns;
    sizes_of(rs, rep->kernels[k], sizes, &ns);
    if (ns == 0) continue;
    fprintf(f, "| [%s](#%s-sizes) |", rep->kernels[k], rep->kernels[k]);
    for (size_t j = 0; j < nj; j++) {
      char t[32];
      if (bh_find(rs, rep->kernels[k], jits[j], "size", -1, -1))
        nstar_text(bh_nstar(rs, rep->kernels[k], jits[j]), t, sizeof t);
      else
        copy(t, sizeof t, "n/a");
      fprintf(f, " %s |", t);
    }
    fputc('\n', f);
  }
  fputc('\n', f);
}

void bh_write_markdown(FILE *f, const BhReport *rep) {
  const BhResults *rs = rep->results;
  const BhKVList *m = rep->meta;
  const char *prefix = rep->svg_prefix ? rep->svg_prefix : "results";
  char buf[1024], t1[64], t2[64];

  fputs("# streak benchmark report\n\n", f);
  fprintf(f,
          "Generated by `%s` on %s from `bench/results/records.tsv`; the same data is in "
          "`bench/results/latest.json`. streak is compared with C, CPython, PyPy, NumPy, Numba "
          "and LuaJIT on the kernels of the Numba chapter and a few classics.\n\n",
          bh_kv_get(m, "command", "./dev bench"), bh_kv_get(m, "date", "?"));
  const char *note = bh_kv_get(m, "note", NULL);
  if (note && note[0]) fprintf(f, "> **Note.** %s\n\n", note);

  fputs("## Machine and versions\n\n", f);
  md_meta(f, rep);

  fputs("## Method\n\n", f);
  fprintf(f,
          "- Every implementation builds the same input (integer formulas, exact in every "
          "language), calls the kernel once (the *first call*: JIT compilation included), then "
          "calls it again until %s s of warm calls have run (at least once) and prints the best "
          "warm call (*warm time*) and a checksum.\n"
          "- Each implementation runs as its own process, up to %s time(s), the "
          "implementations interleaved (round-robin) in the same run; times are the best over "
          "the processes (the `runs` column). The kernels keep to a time budget (%s s): every "
          "kernel gets a share of what is left (more for kernels with size or thread scaling); "
          "every row runs once and thread scaling once per thread count, then the size series, "
          "each size only when its predicted wall time fits the share and %s s (else "
          "`skipped`), then more processes for the rows that fit in the rest of the share. "
          "*Process wall* (start-up, imports and compilation included) and *peak RSS* come from "
          "`getrusage` in the C runner (`bench/harness/bhmain.c`).\n"
          "- Checksums are compared across implementations (against C, else Numba, NumPy, "
          "CPython, or against an exact value); a run whose checksum is off is shown as "
          "**WRONG** and its time is not reported; every process of a row is checked, so one "
          "that disagrees makes the row WRONG. fastmath rows are checked with a looser "
          "tolerance.\n"
          "- A run that fails shows `error: <the exception line of its stderr>`, `timeout` "
          "(limit %s s per process) or `unsupported`; an implementation file that does not "
          "exist for a kernel shows `n/a`; a peer that is not installed shows `not installed`.\n"
          "- Ratios are *peer time / streak time*: above 1 streak is faster, below 1 slower.\n\n",
          bh_kv_get(m, "warm_budget_s", "?"), bh_kv_get(m, "process_reps", "?"),
          bh_kv_get(m, "kernel_time_s", "?"), bh_kv_get(m, "size_limit_s", "?"),
          bh_kv_get(m, "timeout_s", "?"));
  fputs("Implementations:\n\n", f);
  for (size_t k = 0; k < NIMPLS; k++) fprintf(f, "- `%s`: %s\n", impls[k].name, impls[k].what);
  fputc('\n', f);

  /* Summary: warm time matrix. */
  const char *cols[64];
  size_t nc = impls_present(rs, "main", NULL, cols);
  fputs("## Warm time per kernel\n\nBest warm call; `n` is the problem size of each kernel "
        "(see its section).\n\n| kernel | n |",
        f);
  for (size_t c = 0; c < nc; c++) fprintf(f, " %s |", cols[c]);
  fputs("\n|---|---:|", f);
  for (size_t c = 0; c < nc; c++) fputs("---:|", f);
  fputc('\n', f);
  for (size_t k = 0; k < rep->nkernels; k++) {
    long long n = main_n(rs, rep->kernels[k]);
    if (n < 0) continue;
    fmt_n(n, t1, sizeof t1);
    fprintf(f, "| [%s](#%s) | %s |", rep->kernels[k], rep->kernels[k], t1);
    for (size_t c = 0; c < nc; c++) {
      cell(main_result(rs, rep->kernels[k], cols[c]), buf, sizeof buf);
      fprintf(f, " %s |", buf);
    }
    fputc('\n', f);
  }
  fputc('\n', f);

  /* Ratios against each peer. */
  const char *peers[64];
  size_t np = 0;
  for (size_t c = 0; c < nc; c++)
    if (!is_streak(cols[c])) peers[np++] = cols[c];
  fputs("## streak against each peer\n\nWarm time of the peer / warm time of streak's fastest "
        "correct row for the kernel (which one is named). Above 1: streak is faster.\n\n"
        "| kernel | streak (best row) |",
        f);
  for (size_t c = 0; c < np; c++) fprintf(f, " vs %s |", peers[c]);
  fputs("\n|---|---|", f);
  for (size_t c = 0; c < np; c++) fputs("---:|", f);
  fputc('\n', f);
  for (size_t k = 0; k < rep->nkernels; k++) {
    if (main_n(rs, rep->kernels[k]) < 0) continue;
    const BhResult *s = best_streak(rs, rep->kernels[k]);
    if (s) {
      bh_fmt_time(s->time_s, t1, sizeof t1);
      fprintf(f, "| %s | %s (`%s`) |", rep->kernels[k], t1, s->impl);
    } else {
      fprintf(f, "| %s | no correct run |", rep->kernels[k]);
    }
    for (size_t c = 0; c < np; c++) {
      const BhResult *p = main_result(rs, rep->kernels[k], peers[c]);
      if (s && usable(p)) bh_fmt_ratio(p->time_s / s->time_s, t2, sizeof t2);
      else copy(t2, sizeof t2, "-");
      fprintf(f, " %s |", t2);
    }
    fputc('\n', f);
  }
  fputc('\n', f);

  /* Per kernel. */
  fputs("## Kernels\n\n", f);
  for (size_t k = 0; k < rep->nkernels; k++) {
    const char *kn = rep->kernels[k];
    long long n = main_n(rs, kn);
    if (n < 0) continue;
    const BhKVList *conf = rep->conf_of ? rep->conf_of(kn, rep->ud) : NULL;
    fmt_n(n, t1, sizeof t1);
    fprintf(f, "### %s\n\n", kn);
    const char *title = bh_kv_get(conf, "title", NULL);
    const char *desc = bh_kv_get(conf, "what", NULL);
    if (title) fprintf(f, "**%s**%s%s. ", title, desc ? ": " : "", desc ? desc : "");
    fprintf(f, "n = %s (%s). ", t1, bh_kv_get(conf, "n_means", "elements"));
    BhCheck c = {BH_CHECK_REL, 1e-9};
    bh_parse_check(bh_kv_get(conf, "check", "rel:1e-9"), &c);
    bh_check_describe(&c, buf, sizeof buf);
    const char *exact = bh_kv_get(conf, "exact", NULL);
    fprintf(f, "Checksum check: %s%s%s.\n\n", buf, exact ? " from the exact value " : "",
            exact ? exact : "");
    const char *rows[64];
    size_t nr = impls_present(rs, "main", kn, rows);
    const BhResult *cref = main_result(rs, kn, "c");
    fputs("| implementation | warm | first call | process wall | peak RSS | vs C | checksum | "
          "runs | status |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n",
          f);
    for (size_t r = 0; r < nr; r++) {
      const BhResult *a = main_result(rs, kn, rows[r]);
      char warm[64], first[64], wall[64], rss[64], vsc[64], cs[64], st[1024];
      cell(a, warm, sizeof warm);
      if (a && usable(a) && a->has_first) bh_fmt_time(a->first_s, first, sizeof first);
      else copy(first, sizeof first, "-");
      if (a && a->ok_runs > 0) {
        bh_fmt_time(a->wall_s, wall, sizeof wall);
        snprintf(rss, sizeof rss, "%.1f MB", (double)a->rss_kb / 1024.0);
      } else {
        copy(wall, sizeof wall, "-");
        copy(rss, sizeof rss, "-");
      }
      if (usable(a) && usable(cref)) bh_fmt_ratio(a->time_s / cref->time_s, vsc, sizeof vsc);
      else copy(vsc, sizeof vsc, "-");
      if (a && a->has_checksum) snprintf(cs, sizeof cs, "%.12g", a->checksum);
      else copy(cs, sizeof cs, "-");
      status_text(a, conf, st, sizeof st);
      fprintf(f, "| %s | %s | %s | %s | %s | %s | %s | %d | %s |\n", rows[r], warm, first, wall,
              rss, vsc, cs, a ? a->runs : 0, st);
    }
    fputs("\n`vs C` is the warm time relative to C's (above 1: slower than C).\n\n", f);
  }

  /* Thread scaling. */
  int any = 0;
  for (size_t k = 0; k < rep->nkernels; k++) {
    const char *kn = rep->kernels[k];
    int th[256];
    size_t nt;
    threads_of(rs, kn, th, &nt);
    if (nt == 0) continue;
    if (!any) {
      fputs("## Thread scaling\n\nWarm time with 1..nproc threads (`OMP_NUM_THREADS`, "
            "`NUMBA_NUM_THREADS`) and the speed-up over 1 thread. On a 2-core shared machine "
            "the ideal is 2x.\n\n",
            f);
      any = 1;
    }
    const char *rows[64];
    size_t nr = impls_present(rs, "threads", kn, rows);
    long long tn = -1;
    for (size_t i = 0; i < rs->n; i++)
      if (strcmp(rs->r[i].kernel, kn) == 0 && strcmp(rs->r[i].mode, "threads") == 0) tn = rs->r[i].n;
    fmt_n(tn, t1, sizeof t1);
    fprintf(f, "### %s (n = %s)\n\n![speed-up vs threads: %s](%s/threads_%s.svg)\n\n| "
               "implementation |",
            kn, t1, kn, prefix, kn);
    for (size_t j = 0; j < nt; j++) fprintf(f, " %d thread%s |", th[j], th[j] == 1 ? "" : "s");
    fputs(" speed-up |\n|---|", f);
    for (size_t j = 0; j <= nt; j++) fputs("---:|", f);
    fputc('\n', f);
    for (size_t r = 0; r < nr; r++) {
      fprintf(f, "| %s |", rows[r]);
      const BhResult *one = bh_find(rs, kn, rows[r], "threads", -1, th[0]);
      const BhResult *top = bh_find(rs, kn, rows[r], "threads", -1, th[nt - 1]);
      for (size_t j = 0; j < nt; j++) {
        cell(bh_find(rs, kn, rows[r], "threads", -1, th[j]), buf, sizeof buf);
        fprintf(f, " %s |", buf);
      }
      if (usable(one) && usable(top)) bh_fmt_ratio(one->time_s / top->time_s, t2, sizeof t2);
      else copy(t2, sizeof t2, "-");
      fprintf(f, " %s |\n", t2);
    }
    fputc('\n', f);
  }

  /* Size scaling and break-even. */
  any = 0;
  for (size_t k = 0; k < rep->nkernels; k++) {
    const char *kn = rep->kernels[k];
    long long sizes[32];
    size_t ns;
    sizes_of(rs, kn, sizes, &ns);
    if (ns == 0) continue;
    if (!any) {
      fputs("## Size scaling and JIT break-even\n\n"
            "Warm time per call against the problem size. For each JIT (Numba, streak, PyPy, "
            "LuaJIT) the compile cost is C = first call - warm call, and the chapter's "
            "break-even point is N* = C / (t_python - t_jit) calls, t_python being CPython's "
            "warm time at the same size: below 1, a single call (compilation included) already "
            "beats CPython. n* is the smallest measured size where N* <= 1; `never` means the "
            "JIT was not faster than CPython at any measured size; `-` that it was not "
            "measured at a size where CPython ran too.\n\n",
            f);
      md_nstar_summary(f, rep);
      any = 1;
    }
    const char *rows[64];
    size_t nr = impls_present(rs, "size", kn, rows);
    fprintf(f, "### %s: sizes\n\n![time vs size: %s](%s/size_%s.svg)\n\n| implementation |", kn, kn,
            prefix, kn);
    for (size_t j = 0; j < ns; j++) {
      fmt_n(sizes[j], t1, sizeof t1);
      fprintf(f, " n=%s |", t1);
    }
    fputs("\n|---|", f);
    for (size_t j = 0; j < ns; j++) fputs("---:|", f);
    fputc('\n', f);
    for (size_t r = 0; r < nr; r++) {
      fprintf(f, "| %s |", rows[r]);
      for (size_t j = 0; j < ns; j++) {
        cell(bh_find(rs, kn, rows[r], "size", sizes[j], -1), buf, sizeof buf);
        fprintf(f, " %s |", buf);
      }
      fputc('\n', f);
    }
    fputs("\nBreak-even against CPython (`C` compile cost; `N*` calls to break even):\n\n"
          "| JIT |",
          f);
    for (size_t j = 0; j < ns; j++) {
      fmt_n(sizes[j], t1, sizeof t1);
      fprintf(f, " n=%s |", t1);
    }
    fputs(" n* |\n|---|", f);
    for (size_t j = 0; j <= ns; j++) fputs("---:|", f);
    fputc('\n', f);
    for (size_t r = 0; r < nr; r++) {
      if (!is_jit(rows[r])) continue;
      fprintf(f, "| %s |", rows[r]);
      for (size_t j = 0; j < ns; j++) {
        double comp, be = breakeven_at(rs, kn, rows[r], sizes[j], &comp);
        if (be == -2) {
          fputs(" - |", f);
          continue;
        }
        bh_fmt_time(comp, t1, sizeof t1);
        if (be < 0) copy(t2, sizeof t2, "never");
        else if (be < 10) snprintf(t2, sizeof t2, "%.2g", be);
        else snprintf(t2, sizeof t2, "%.0f", be);
        fprintf(f, " C=%s, N*=%s |", t1, t2);
      }
      nstar_text(bh_nstar(rs, kn, rows[r]), t1, sizeof t1);
      fprintf(f, " %s |\n", t1);
    }
    fputc('\n', f);
  }

  /* Failures. */
  int nfail = 0;
  for (size_t i = 0; i < rs->n; i++) {
    const BhResult *a = &rs->r[i];
    if ((strcmp(a->status, "ok") == 0 && strcmp(a->verdict, "WRONG") != 0) ||
        strcmp(a->status, "not_installed") == 0 || strcmp(a->status, "skipped") == 0)
      continue;
    if (!nfail++) fputs("## Every failed or wrong run\n\n", f);
    const BhKVList *conf = rep->conf_of ? rep->conf_of(a->kernel, rep->ud) : NULL;
    status_text(a, conf, buf, sizeof buf);
    fmt_n(a->n, t1, sizeof t1);
    if (strcmp(a->mode, "threads") == 0)
      fprintf(f, "- %s / %s (%s, n=%s, %d threads): %s\n", a->kernel, a->impl, a->mode, t1,
              a->threads, buf);
    else
      fprintf(f, "- %s / %s (%s, n=%s): %s\n", a->kernel, a->impl, a->mode, t1, buf);
  }
  if (nfail) fputc('\n', f);
}

/* ---- SVG -------------------------------------------------------------- */

static const char *const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                      "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
                                      "#000000", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896"};

static void svg_text(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '<') fputs("&lt;", f);
    else if (*s == '>') fputs("&gt;", f);
    else if (*s == '&') fputs("&amp;", f);
    else if (*s == '"') fputs("&quot;", f);
    else fputc(*s, f);
  }
}

/* 1, 2 or 5 times a power of ten, near raw. */
static double nice_step(double raw) {
  if (!(raw > 0) || !isfinite(raw)) return 1;
  double mag = pow(10, floor(log10(raw))), f = raw / mag;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
}

static int point_ok(const BhChart *c, double x, double y) {
  if (!isfinite(x) || !isfinite(y)) return 0;
  if (c->logx && x <= 0) return 0;
  if (c->logy && y <= 0) return 0;
  return 1;
}

int bh_write_svg(FILE *f, const BhChart *c, const BhSeries *s, size_t ns) {
  const double W = 640, H = 400, L = 70, R = 170, T = 40, B = 50;
  double xmin = INFINITY, xmax = -INFINITY, ymin = INFINITY, ymax = -INFINITY;
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < s[i].n; j++) {
      double x = s[i].x[j], y = s[i].y[j];
      if (!point_ok(c, x, y)) continue;
      double tx = c->logx ? log10(x) : x, ty = c->logy ? log10(y) : y;
      xmin = fmin(xmin, tx), xmax = fmax(xmax, tx);
      ymin = fmin(ymin, ty), ymax = fmax(ymax, ty);
    }
  int empty = !(xmin <= xmax);
  if (empty) xmin = 0, xmax = 1, ymin = 0, ymax = 1;
  if (c->ideal) {
    double lo = fmin(xmin, ymin), hi = fmax(xmax, ymax);
    ymin = fmin(ymin, lo), ymax = fmax(ymax, hi);
  }
  if (c->logx) xmin = floor(xmin), xmax = ceil(xmax);
  if (c->logy) ymin = floor(ymin), ymax = ceil(ymax);
  if (!c->logy && !c->logx && c->ideal) ymin = fmin(ymin, 0), xmin = fmin(xmin, 0);
  if (!c->logy && ymin > 0) ymin = 0;
  if (xmax - xmin < 1e-12) xmin -= 0.5, xmax += 0.5;
  if (ymax - ymin < 1e-12) ymin -= 0.5, ymax += 0.5;
  /* linear axes: round to 1/2/5 steps; x steps of at least 1 when every x
  ** is an integer (thread counts) */
  int xint = 1;
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < s[i].n; j++)
      if (isfinite(s[i].x[j]) && s[i].x[j] != floor(s[i].x[j])) xint = 0;
  double xstep = c->logx ? 1 : nice_step((xmax - xmin) / 5), ystep = c->logy ? 1 : nice_step((ymax - ymin) / 5);
  if (!c->logx && xint && xstep < 1) xstep = 1;
  if (!c->logx) xmin = floor(xmin / xstep) * xstep, xmax = ceil(xmax / xstep - 1e-9) * xstep;
  if (!c->logy) ymin = floor(ymin / ystep) * ystep, ymax = ceil(ymax / ystep - 1e-9) * ystep;
  double pw = W - L - R, ph = H - T - B;
#define PX(v) (L + ((v) - xmin) / (xmax - xmin) * pw)
#define PY(v) (T + ph - ((v) - ymin) / (ymax - ymin) * ph)
  fprintf(f,
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
          "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">\n",
          W, H, W, H);
  fprintf(f, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>\n", W, H);
  fprintf(f, "<text x=\"%.1f\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">", L + pw / 2);
  svg_text(f, c->title ? c->title : "");
  fputs("</text>\n", f);
  /* grid and ticks */
  int nxt = (int)lround((xmax - xmin) / xstep), nyt = (int)lround((ymax - ymin) / ystep);
  if (nxt < 1) nxt = 1;
  if (nyt < 1) nyt = 1;
  for (int i = 0; i <= nxt; i++) {
    double v = xmin + (xmax - xmin) * i / nxt, px = PX(v);
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", px, T,
            px, T + ph);
    char lab[32];
    if (c->logx) snprintf(lab, sizeof lab, "1e%d", (int)lround(v));
    else snprintf(lab, sizeof lab, "%.4g", fabs(v) < 1e-12 * xstep ? 0.0 : v);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", px, T + ph + 16,
            lab);
  }
  for (int i = 0; i <= nyt; i++) {
    double v = ymin + (ymax - ymin) * i / nyt, py = PY(v);
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", L, py,
            L + pw, py);
    char lab[32];
    if (c->logy) snprintf(lab, sizeof lab, "1e%d", (int)lround(v));
    else snprintf(lab, sizeof lab, "%.4g", fabs(v) < 1e-12 * ystep ? 0.0 : v);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", L - 6, py + 4, lab);
  }
  fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
             "stroke=\"#333\"/>\n",
          L, T, pw, ph);
  fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", L + pw / 2, H - 10);
  svg_text(f, c->xlabel ? c->xlabel : "");
  fprintf(f, "</text>\n<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 "
             "%.1f)\">",
          T + ph / 2, T + ph / 2);
  svg_text(f, c->ylabel ? c->ylabel : "");
  fputs("</text>\n", f);
  if (c->ideal && !empty) {
    double a = fmax(xmin, ymin), b = fmin(xmax, ymax);
    if (a < b)
      fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" "
                 "stroke-dasharray=\"4 4\"/>\n",
              PX(a), PY(a), PX(b), PY(b));
  }
  int drawn = 0;
  size_t legend = 0;
  for (size_t i = 0; i < ns; i++) {
    const char *col = palette[i % (sizeof palette / sizeof palette[0])];
    int pts = 0;
    for (size_t j = 0; j < s[i].n; j++) pts += point_ok(c, s[i].x[j], s[i].y[j]);
    if (pts == 0) continue;
    fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", col);
    for (size_t j = 0; j < s[i].n; j++) {
      double x = s[i].x[j], y = s[i].y[j];
      if (!point_ok(c, x, y)) continue;
      fprintf(f, "%.1f,%.1f ", PX(c->logx ? log10(x) : x), PY(c->logy ? log10(y) : y));
    }
    fputs("\"/>\n", f);
    for (size_t j = 0; j < s[i].n; j++) {
      double x = s[i].x[j], y = s[i].y[j];
      if (!point_ok(c, x, y)) continue;
      fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
              PX(c->logx ? log10(x) : x), PY(c->logy ? log10(y) : y), col);
      drawn++;
    }
    double ly = T + 10 + 18.0 * (double)legend++;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
               "stroke-width=\"2\"/>\n",
            W - R + 12, ly, W - R + 32, ly, col);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\">", W - R + 38, ly + 4);
    svg_text(f, s[i].name);
    fputs("</text>\n", f);
  }
  if (drawn == 0)
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#999\">no data</text>\n",
            L + pw / 2, T + ph / 2);
  fputs("</svg>\n", f);
#undef PX
#undef PY
  return drawn;
}
