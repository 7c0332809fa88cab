/*
** bh.h — the benchmark harness library (bench/harness/bh.c): the parsers
** (a kernel's kernel.conf, an implementation's output, its stderr, the
** records file), checksum checks, aggregation of repeated runs, and the
** writers of bench/results/latest.json, bench/REPORT.md and the SVG charts.
** The command-line front end is bhmain.c; tests/unit/test_bench.c tests
** this file. No dependency beyond libc and libm.
*/
#ifndef BH_H
#define BH_H

#include <stddef.h>
#include <stdio.h>

/* ---- key=value lists: kernel.conf and the run's meta file ------------- */

typedef struct {
  char key[64];
  char val[512];
} BhKV;

typedef struct {
  BhKV *kv;
  size_t n, cap;
} BhKVList;

/* Parses "key=value" lines (blank lines and '#' comments skipped, spaces
** around key and value trimmed; a later key replaces an earlier one).
** Returns the number of malformed lines (no '='), which are skipped. */
int bh_kv_parse(const char *text, BhKVList *out);
void bh_kv_set(BhKVList *l, const char *key, const char *val);
const char *bh_kv_get(const BhKVList *l, const char *key, const char *def);
double bh_kv_num(const BhKVList *l, const char *key, double def);
void bh_kv_free(BhKVList *l);

/* Reads a whole file (NUL-terminated, caller frees); NULL if unreadable. */
char *bh_read_file(const char *path);

/* ---- what an implementation prints ------------------------------------ */

/* Every implementation prints, one per line (other lines are ignored):
**   first_s=SECONDS   the first call, JIT compilation included
**   time_s=SECONDS    the best warm call
**   reps=N            how many warm calls the best was taken over
**   checksum=NUMBER   the result, for the cross-implementation check
** or "unsupported=REASON" when it cannot run here (no CUDA device, ...). */
typedef struct {
  int has_time, has_first, has_checksum, has_reps, unsupported;
  double time_s, first_s, checksum;
  long reps;
  char reason[256];
} BhOutput;

/* Returns 0 when time_s and checksum were both found (or unsupported=),
** -1 otherwise (out says which were). A malformed number counts as absent. */
int bh_parse_output(const char *text, BhOutput *out);

/* The informative line of a failed run's stderr: for a Python traceback the
** exception line (the last line not indented), otherwise the first non-empty
** line; trimmed and cut to size-1 bytes; "" when stderr is empty. */
void bh_error_line(const char *stderr_text, char *buf, size_t size);

/* ---- checksum checks -------------------------------------------------- */

typedef enum { BH_CHECK_REL, BH_CHECK_ABS, BH_CHECK_SQRTN } BhCheckKind;

/* "rel:1e-9" (|a-b| <= tol*max(|a|,|b|)), "abs:0.5" (|a-b| <= tol),
** "sqrtn:8" (|a-b| <= tol/sqrt(n): a Monte Carlo estimate of n samples). */
typedef struct {
  BhCheckKind kind;
  double tol;
} BhCheck;

int bh_parse_check(const char *s, BhCheck *c);  /* 0 ok, -1 malformed */
int bh_check_ok(const BhCheck *c, double got, double ref, double n);
void bh_check_describe(const BhCheck *c, char *buf, size_t size);

/* ---- records: one line per process run -------------------------------- */

/* Tab-separated, in this order:
**   kernel impl mode n threads rep status wall_s rss_kb time_s first_s
**   checksum reps msg
** mode is "main", "size" or "threads"; status is ok, error, timeout,
** unsupported, not_installed or skipped; missing numbers are "-". */
typedef struct {
  char kernel[64], impl[64], mode[16], status[24];
  long long n;
  int threads, rep;
  double wall_s, time_s, first_s, checksum;
  long rss_kb, reps;
  int has_wall, has_time, has_first, has_checksum;
  char msg[512];
} BhRecord;

int bh_parse_record(const char *line, BhRecord *r);  /* 0 ok, -1 malformed */
/* Writes r as one line (with '\n'); tabs and newlines in msg become spaces. */
void bh_format_record(const BhRecord *r, char *buf, size_t size);

/* ---- aggregation ------------------------------------------------------ */

/* All runs of one (kernel, impl, mode, n, threads). Times are the best
** (minimum) over the ok runs, the RSS the largest; status is "ok" only when
** every run was ok, otherwise the first failing run's status and message.
** verdict is filled by bh_verify: "ok", "WRONG", "ref" (the reference
** itself) or "" (not checked: failed run). */
typedef struct {
  char kernel[64], impl[64], mode[16], status[24], verdict[16];
  long long n;
  int threads, runs, ok_runs;
  double wall_s, time_s, first_s, checksum, ref;
  double checksum_far; /* the ok run's checksum farthest from `checksum` */
  long rss_kb, reps;
  int has_time, has_first, has_checksum;
  char msg[512];
} BhResult;

typedef struct {
  BhResult *r;
  size_t n, cap;
} BhResults;

void bh_aggregate(const BhRecord *recs, size_t nrec, BhResults *out);
void bh_results_free(BhResults *rs);
/* The result for a key, or NULL; threads < 0 matches any. */
const BhResult *bh_find(const BhResults *rs, const char *kernel, const char *impl,
                        const char *mode, long long n, int threads);

/* Checks every ok result's checksum against its kernel's reference: the
** value `exact` when the kernel conf gives one, else the checksum of the
** first ok implementation in bh_ref_order at the same mode and n. Both the
** first run's checksum and the one farthest from it must pass, so a run
** that disagrees with the other runs of its row is WRONG too. Kernel
** confs are looked up through conf_of (NULL: defaults). Returns the number
** of WRONG results. */
extern const char *const bh_ref_order[];
typedef const BhKVList *(*BhConfLookup)(const char *kernel, void *ud);
int bh_verify(BhResults *rs, BhConfLookup conf_of, void *ud);

/* ---- writers ---------------------------------------------------------- */

/* JSON string literal of s (quotes included) into f. */
void bh_json_string(FILE *f, const char *s);

typedef struct {
  const BhKVList *meta;       /* machine, versions, method (meta.tsv) */
  const BhResults *results;   /* aggregated and verified */
  BhConfLookup conf_of;
  void *ud;
  const char *const *kernels; /* kernel names in report order */
  size_t nkernels;
  const char *svg_prefix;     /* path of the charts relative to the report */
} BhReport;

void bh_write_json(FILE *f, const BhReport *rep);
void bh_write_markdown(FILE *f, const BhReport *rep);

typedef struct {
  const char *name;
  size_t n;
  const double *x, *y;  /* points with y <= 0 (log) or non-finite are skipped */
} BhSeries;

typedef struct {
  const char *title, *xlabel, *ylabel;
  int logx, logy;
  int ideal;  /* draw y = x (ideal speed-up) */
} BhChart;

/* A line chart; returns the number of points drawn. */
int bh_write_svg(FILE *f, const BhChart *c, const BhSeries *s, size_t ns);

/* Formatting helpers shared by the writers (and tested). */
void bh_fmt_time(double seconds, char *buf, size_t size);  /* "12.3 ms" etc. */
void bh_fmt_ratio(double r, char *buf, size_t size);       /* "3.4x", "0.012x" */
/* Calls to break even, C / (t_py - t_jit); < 0 when the JIT never pays. */
double bh_breakeven(double compile_s, double t_python, double t_jit);

/* The chapter's break-even size of a JIT row: the smallest size of the
** kernel's size series where one call, compilation included, beats CPython
** (N* <= 1). Returns that n; 0 when the JIT was measured against CPython at
** some size but never paid off; -1 when it was never measured. */
long long bh_nstar(const BhResults *rs, const char *kernel, const char *impl);

/* ---- scheduling (run.sh's time budget) --------------------------------- */

/* The predicted wall time of one process at size n_next, from a process at
** size n that took wall_s with warm calls of time_s and warm_budget_s of
** warm calls. The work grows as n^exponent (2 for an n x n grid); input
** setup and the first call grow with it (about three calls' worth: the
** compile part of the first call does not grow); the warm loop takes
** max(budget, one call); start-up is constant. */
double bh_predict_wall(double wall_s, double time_s, double warm_budget_s, double n,
                       double n_next, double exponent);

#endif
