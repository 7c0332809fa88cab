/*
** bhmain.c — `bh`, the benchmark harness's command-line tool (the shell
** driver is run.sh; the library is bh.c).
**
**   bh run KERNEL IMPL MODE N THREADS REP TIMEOUT_S OUTFILE ERRFILE CMD [ARGS...]
**       Runs CMD once (stdout to OUTFILE, stderr to ERRFILE, its own process
**       group, killed after TIMEOUT_S), measures wall time and peak RSS
**       (wait4/getrusage), parses what it printed and writes one record line
**       (see bh.h) to stdout. Always exits 0 when it could run the harness
**       side: a failing CMD is a record, not a harness failure.
**   bh record KERNEL IMPL MODE N THREADS REP STATUS [MSG]
**       A record for a run that did not happen (not_installed, skipped).
**   bh conf FILE KEY [DEFAULT]
**       The value of KEY in a kernel.conf (DEFAULT, or exit 1, if absent).
**   bh best RECORDS KERNEL IMPL MODE N
**       The best warm time so far of that row in a records file ("-" if none).
**   bh predict RECORDS KERNEL IMPL MODE N N_NEXT WARM_BUDGET_S [EXPONENT]
**       The predicted wall time of one more process of that row at size
**       N_NEXT (bh_predict_wall from its fastest ok process at N, the work
**       growing as n^EXPONENT, default 1; N_NEXT = N: that process's wall
**       time; N = "-": from the largest size below N_NEXT with an ok
**       process); "-" when there is no such process.
**   bh report RECORDS META KERNELS_DIR JSON_OUT MD_OUT SVG_DIR SVG_PREFIX
**       Aggregates the records, checks checksums, writes latest.json,
**       REPORT.md and the charts (SVG_DIR/size_K.svg, threads_K.svg).
**       Exit status 0; prints "N wrong" to stderr when checksums are off.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bh.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile sig_atomic_t timed_out;
static void on_alarm(int sig) {
  (void)sig;
  timed_out = 1;
}

static void fill_key(BhRecord *r, char **argv) {
  snprintf(r->kernel, sizeof r->kernel, "%s", argv[0]);
  snprintf(r->impl, sizeof r->impl, "%s", argv[1]);
  snprintf(r->mode, sizeof r->mode, "%s", argv[2]);
  r->n = atoll(argv[3]);
  r->threads = atoi(argv[4]);
  r->rep = atoi(argv[5]);
}

static void emit(const BhRecord *r) {
  char line[2048];
  bh_format_record(r, line, sizeof line);
  fputs(line, stdout);
}

static int cmd_run(int argc, char **argv) {
  if (argc < 10) {
    fputs("usage: bh run KERNEL IMPL MODE N THREADS REP TIMEOUT_S OUTFILE ERRFILE CMD...\n", stderr);
    return 2;
  }
  BhRecord r;
  memset(&r, 0, sizeof r);
  fill_key(&r, argv);
  double timeout = atof(argv[6]);
  const char *outfile = argv[7], *errfile = argv[8];
  char **cmd = argv + 9;

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL); /* no SA_RESTART: wait4 returns EINTR */

  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("bh: fork");
    return 2;
  }
  if (pid == 0) {
    setpgid(0, 0);
    int fo = open(outfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fe = open(errfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fo < 0 || fe < 0 || dup2(fo, 1) < 0 || dup2(fe, 2) < 0) _exit(126);
    close(fo);
    close(fe);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0), close(devnull);
    execvp(cmd[0], cmd);
    fprintf(stderr, "cannot run %s: %s\n", cmd[0], strerror(errno));
    _exit(127);
  }
  setpgid(pid, pid);
  struct itimerval it;
  memset(&it, 0, sizeof it);
  it.it_value.tv_sec = (time_t)timeout;
  it.it_value.tv_usec = (suseconds_t)((timeout - floor(timeout)) * 1e6);
  if (timeout > 0) setitimer(ITIMER_REAL, &it, NULL);
  int status = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  for (;;) {
    pid_t w = wait4(pid, &status, 0, &ru);
    if (w == pid) break;
    if (w < 0 && errno == EINTR) {
      if (timed_out) {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
      }
      continue;
    }
    perror("bh: wait4");
    return 2;
  }
  double wall = now() - t0;
  memset(&it, 0, sizeof it);
  setitimer(ITIMER_REAL, &it, NULL);
  kill(-pid, SIGKILL); /* leftovers of the group, if any */

  r.wall_s = wall;
  r.rss_kb = ru.ru_maxrss;
  r.has_wall = 1;
  char *out = bh_read_file(outfile);
  char *err = bh_read_file(errfile);
  BhOutput o;
  int parsed = bh_parse_output(out ? out : "", &o);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (timed_out) {
    snprintf(r.status, sizeof r.status, "timeout");
    snprintf(r.msg, sizeof r.msg, "killed after %g s", timeout);
  } else if (code != 0) {
    snprintf(r.status, sizeof r.status, "error");
    char line[400];
    bh_error_line(err ? err : "", line, sizeof line);
    if (line[0]) snprintf(r.msg, sizeof r.msg, "%s", line);
    else if (WIFSIGNALED(status)) snprintf(r.msg, sizeof r.msg, "killed by signal %d", WTERMSIG(status));
    else snprintf(r.msg, sizeof r.msg, "exit status %d", code);
  } else if (o.unsupported) {
    snprintf(r.status, sizeof r.status, "unsupported");
    snprintf(r.msg, sizeof r.msg, "%s", o.reason);
  } else if (parsed != 0) {
    snprintf(r.status, sizeof r.status, "error");
    snprintf(r.msg, sizeof r.msg, "output has no %s line",
             !o.has_time ? "time_s=" : "checksum=");
  } else {
    snprintf(r.status, sizeof r.status, "ok");
    r.time_s = o.time_s, r.has_time = 1;
    r.checksum = o.checksum, r.has_checksum = 1;
    if (o.has_first) r.first_s = o.first_s, r.has_first = 1;
    r.reps = o.has_reps ? o.reps : 1;
  }
  free(out);
  free(err);
  emit(&r);
  return 0;
}

static int cmd_record(int argc, char **argv) {
  if (argc < 7) {
    fputs("usage: bh record KERNEL IMPL MODE N THREADS REP STATUS [MSG]\n", stderr);
    return 2;
  }
  BhRecord r;
  memset(&r, 0, sizeof r);
  fill_key(&r, argv);
  snprintf(r.status, sizeof r.status, "%s", argv[6]);
  if (argc > 7) snprintf(r.msg, sizeof r.msg, "%s", argv[7]);
  emit(&r);
  return 0;
}

static int cmd_conf(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: bh conf FILE KEY [DEFAULT]\n", stderr);
    return 2;
  }
  char *text = bh_read_file(argv[0]);
  BhKVList l = {0};
  if (text) bh_kv_parse(text, &l);
  free(text);
  const char *v = bh_kv_get(&l, argv[1], argc > 2 ? argv[2] : NULL);
  int rc = 1;
  if (v) {
    puts(v);
    rc = 0;
  }
  bh_kv_free(&l);
  return rc;
}

/* Reads a records file; returns the count, *out malloc'd. */
static size_t load_records(const char *path, BhRecord **out) {
  char *text = bh_read_file(path);
  *out = NULL;
  if (!text) return 0;
  size_t n = 0, cap = 0;
  BhRecord *rs = NULL;
  char *save = NULL;
  for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (line[0] == '#' || line[0] == '\0') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 256;
      BhRecord *nr = realloc(rs, cap * sizeof *nr);
      if (!nr) break;
      rs = nr;
    }
    if (bh_parse_record(line, &rs[n]) == 0) n++;
    else fprintf(stderr, "bh: skipping malformed record: %.80s\n", line);
  }
  free(text);
  *out = rs;
  return n;
}

static int cmd_best(int argc, char **argv) {
  if (argc < 5) {
    fputs("usage: bh best RECORDS KERNEL IMPL MODE N\n", stderr);
    return 2;
  }
  BhRecord *recs;
  size_t n = load_records(argv[0], &recs);
  double best = INFINITY;
  long long sz = atoll(argv[4]);
  for (size_t i = 0; i < n; i++)
    if (strcmp(recs[i].kernel, argv[1]) == 0 && strcmp(recs[i].impl, argv[2]) == 0 &&
        strcmp(recs[i].mode, argv[3]) == 0 && recs[i].n == sz && recs[i].has_time &&
        recs[i].time_s < best)
      best = recs[i].time_s;
  if (isfinite(best)) printf("%.9g\n", best);
  else puts("-");
  free(recs);
  return 0;
}

static int cmd_predict(int argc, char **argv) {
  if (argc < 7) {
    fputs("usage: bh predict RECORDS KERNEL IMPL MODE N N_NEXT WARM_BUDGET_S [EXPONENT]\n",
          stderr);
    return 2;
  }
  BhRecord *recs;
  size_t n = load_records(argv[0], &recs);
  long long sz = atoll(argv[4]), next = atoll(argv[5]);
  int below = strcmp(argv[4], "-") == 0;
  const BhRecord *best = NULL;
  for (size_t i = 0; i < n; i++) {
    const BhRecord *r = &recs[i];
    if (strcmp(r->kernel, argv[1]) != 0 || strcmp(r->impl, argv[2]) != 0 ||
        strcmp(r->mode, argv[3]) != 0 || strcmp(r->status, "ok") != 0 || !r->has_wall ||
        !r->has_time)
      continue;
    if (below ? r->n >= next || (best && r->n < best->n) : r->n != sz) continue;
    if (!best || r->n != best->n || r->wall_s < best->wall_s) best = r;
  }
  if (best) sz = best->n;
  if (best)
    printf("%.3f\n", bh_predict_wall(best->wall_s, best->time_s, atof(argv[6]), (double)sz,
                                     atof(argv[5]), argc > 7 ? atof(argv[7]) : 1.0));
  else
    puts("-");
  free(recs);
  return 0;
}

/* Kernel confs, loaded on demand from KERNELS_DIR/NAME/kernel.conf. */
typedef struct {
  const char *dir;
  char names[64][64];
  BhKVList confs[64];
  size_t n;
} ConfCache;

static const BhKVList *conf_lookup(const char *kernel, void *ud) {
  ConfCache *c = ud;
  for (size_t i = 0; i < c->n; i++)
    if (strcmp(c->names[i], kernel) == 0) return &c->confs[i];
  if (c->n == 64) return NULL;
  char path[1024];
  snprintf(path, sizeof path, "%s/%s/kernel.conf", c->dir, kernel);
  char *text = bh_read_file(path);
  size_t i = c->n++;
  snprintf(c->names[i], sizeof c->names[i], "%s", kernel);
  memset(&c->confs[i], 0, sizeof c->confs[i]);
  if (text) bh_kv_parse(text, &c->confs[i]);
  free(text);
  return &c->confs[i];
}

static void write_charts(const BhResults *rs, const char *const *kernels, size_t nk,
                         const char *dir) {
  for (size_t k = 0; k < nk; k++) {
    const char *kn = kernels[k];
    for (int pass = 0; pass < 2; pass++) {
      const char *mode = pass == 0 ? "size" : "threads";
      /* series per implementation, in order of appearance */
      const char *names[64];
      size_t nn = 0;
      for (size_t i = 0; i < rs->n; i++) {
        const BhResult *a = &rs->r[i];
        if (strcmp(a->kernel, kn) != 0 || strcmp(a->mode, mode) != 0) continue;
        size_t j = 0;
        while (j < nn && strcmp(names[j], a->impl) != 0) j++;
        if (j == nn && nn < 64) names[nn++] = a->impl;
      }
      if (nn == 0) continue;
      BhSeries series[64];
      double xs[64][64], ys[64][64];
      for (size_t j = 0; j < nn; j++) {
        size_t m = 0;
        double base = NAN;
        if (pass == 1) {
          int minth = 1 << 30;
          for (size_t i = 0; i < rs->n; i++) {
            const BhResult *a = &rs->r[i];
            if (strcmp(a->kernel, kn) == 0 && strcmp(a->mode, mode) == 0 &&
                strcmp(a->impl, names[j]) == 0 && a->threads < minth && a->has_time &&
                strcmp(a->status, "ok") == 0 && strcmp(a->verdict, "WRONG") != 0)
              minth = a->threads, base = a->time_s;
          }
        }
        for (size_t i = 0; i < rs->n && m < 64; i++) {
          const BhResult *a = &rs->r[i];
          if (strcmp(a->kernel, kn) != 0 || strcmp(a->mode, mode) != 0 ||
              strcmp(a->impl, names[j]) != 0)
            continue;
          if (strcmp(a->status, "ok") != 0 || strcmp(a->verdict, "WRONG") == 0 || !a->has_time ||
              !(a->time_s > 0))
            continue;
          xs[j][m] = pass == 0 ? (double)a->n : (double)a->threads;
          ys[j][m] = pass == 0 ? a->time_s : base / a->time_s;
          m++;
        }
        /* sort by x */
        for (size_t p = 1; p < m; p++)
          for (size_t q = p; q > 0 && xs[j][q - 1] > xs[j][q]; q--) {
            double tx = xs[j][q], ty = ys[j][q];
            xs[j][q] = xs[j][q - 1], ys[j][q] = ys[j][q - 1];
            xs[j][q - 1] = tx, ys[j][q - 1] = ty;
          }
        series[j] = (BhSeries){names[j], m, xs[j], ys[j]};
      }
      char path[1024], title[256];
      snprintf(path, sizeof path, "%s/%s_%s.svg", dir, mode, kn);
      FILE *f = fopen(path, "w");
      if (!f) {
        perror(path);
        continue;
      }
      BhChart c;
      if (pass == 0) {
        snprintf(title, sizeof title, "%s: warm time vs size", kn);
        c = (BhChart){title, "n", "seconds per call", 1, 1, 0};
      } else {
        snprintf(title, sizeof title, "%s: speed-up vs threads", kn);
        c = (BhChart){title, "threads", "speed-up over 1 thread", 0, 0, 1};
      }
      bh_write_svg(f, &c, series, nn);
      fclose(f);
    }
  }
}

static int cmd_report(int argc, char **argv) {
  if (argc < 7) {
    fputs("usage: bh report RECORDS META KERNELS_DIR JSON_OUT MD_OUT SVG_DIR SVG_PREFIX\n", stderr);
    return 2;
  }
  BhRecord *recs;
  size_t nrec = load_records(argv[0], &recs);
  BhKVList meta = {0};
  char *mt = bh_read_file(argv[1]);
  if (mt) {
    /* meta is "key<TAB>value" lines: turn the first tab into '=' */
    for (char *p = mt; *p;) {
      char *eol = strchr(p, '\n');
      char *tab = strchr(p, '\t');
      if (tab && (!eol || tab < eol)) *tab = '=';
      if (!eol) break;
      p = eol + 1;
    }
    bh_kv_parse(mt, &meta);
    free(mt);
  }
  static ConfCache cache;
  cache.dir = argv[2];
  BhResults rs = {0};
  bh_aggregate(recs, nrec, &rs);
  int wrong = bh_verify(&rs, conf_lookup, &cache);
  const char *kernels[256];
  size_t nk = 0;
  for (size_t i = 0; i < rs.n && nk < 256; i++) {
    size_t j = 0;
    while (j < nk && strcmp(kernels[j], rs.r[i].kernel) != 0) j++;
    if (j == nk) kernels[nk++] = rs.r[i].kernel;
  }
  BhReport rep = {&meta, &rs, conf_lookup, &cache, kernels, nk, argv[6]};
  FILE *f = fopen(argv[3], "w");
  if (!f) {
    perror(argv[3]);
    return 1;
  }
  bh_write_json(f, &rep);
  fclose(f);
  f = fopen(argv[4], "w");
  if (!f) {
    perror(argv[4]);
    return 1;
  }
  bh_write_markdown(f, &rep);
  fclose(f);
  write_charts(&rs, kernels, nk, argv[5]);
  if (wrong) fprintf(stderr, "bh: %d result(s) with a WRONG checksum\n", wrong);
  bh_results_free(&rs);
  bh_kv_free(&meta);
  free(recs);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: bh run|record|conf|best|predict|report ...\n", stderr);
    return 2;
  }
  const char *c = argv[1];
  if (strcmp(c, "run") == 0) return cmd_run(argc - 2, argv + 2);
  if (strcmp(c, "record") == 0) return cmd_record(argc - 2, argv + 2);
  if (strcmp(c, "conf") == 0) return cmd_conf(argc - 2, argv + 2);
  if (strcmp(c, "best") == 0) return cmd_best(argc - 2, argv + 2);
  if (strcmp(c, "predict") == 0) return cmd_predict(argc - 2, argv + 2);
  if (strcmp(c, "report") == 0) return cmd_report(argc - 2, argv + 2);
  fprintf(stderr, "bh: unknown command %s\n", c);
  return 2;
}
