/*
** test_bench.c — the benchmark harness (bench/harness/bh.c): its parsers
** (kernel.conf, an implementation's output, stderr, records), checksum
** checks, aggregation, and the JSON / Markdown / SVG writers.
** bh.c is compiled into this test directly, so the test needs nothing from
** libstreak.
*/
#include "../../bench/harness/bh.c"

#include <criterion/criterion.h>

/* Captures what a writer prints. */
typedef struct {
  char *buf;
  size_t len;
  FILE *f;
} Capture;

static void cap_open(Capture *c) {
  c->buf = NULL;
  c->len = 0;
  c->f = open_memstream(&c->buf, &c->len);
  cr_assert(c->f != NULL);
}

static const char *cap_close(Capture *c) {
  fclose(c->f);
  return c->buf;
}

static int count(const char *hay, const char *needle) {
  int n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

/* ---- kernel.conf ---- */

Test(bench_conf, parses_keys_comments_and_spaces) {
  BhKVList l = {0};
  int bad = bh_kv_parse("# a comment\n\ntitle = Sum of squares \nn=1000000\r\n"
                        "sizes=1000 10000\nno equals here\n=novalue\nn=5\n",
                        &l);
  cr_expect_eq(bad, 2);
  cr_expect_str_eq(bh_kv_get(&l, "title", ""), "Sum of squares");
  cr_expect_str_eq(bh_kv_get(&l, "sizes", ""), "1000 10000");
  cr_expect_eq(bh_kv_num(&l, "n", 0), 5, "a later key replaces an earlier one");
  cr_expect_eq(l.n, 3);
  cr_expect_str_eq(bh_kv_get(&l, "missing", "dflt"), "dflt");
  cr_expect_eq(bh_kv_num(&l, "title", -1), -1, "not a number: the default");
  cr_expect_null(bh_kv_get(NULL, "x", NULL));
  bh_kv_free(&l);
}

Test(bench_conf, value_may_contain_equals) {
  BhKVList l = {0};
  bh_kv_parse("what=a = b + c\nempty=\n", &l);
  cr_expect_str_eq(bh_kv_get(&l, "what", ""), "a = b + c");
  cr_expect_str_eq(bh_kv_get(&l, "empty", "x"), "");
  bh_kv_free(&l);
}

/* ---- implementation output ---- */

Test(bench_output, parses_the_protocol_lines) {
  BhOutput o;
  int rc = bh_parse_output("some banner\nfirst_s=0.5\ntime_s=1.25e-3\nreps=17\n"
                           "checksum=333284.0827453776\n",
                           &o);
  cr_expect_eq(rc, 0);
  cr_expect(o.has_first && o.has_time && o.has_reps && o.has_checksum);
  cr_expect_float_eq(o.first_s, 0.5, 1e-15);
  cr_expect_float_eq(o.time_s, 1.25e-3, 1e-15);
  cr_expect_eq(o.reps, 17);
  cr_expect_eq(o.checksum, 333284.0827453776);
  cr_expect_eq(o.unsupported, 0);
}

Test(bench_output, integer_and_negative_checksums_and_crlf) {
  BhOutput o;
  cr_expect_eq(bh_parse_output("time_s=0.1\r\nchecksum=46723541\r\n", &o), 0);
  cr_expect_eq(o.checksum, 46723541.0);
  cr_expect_eq(bh_parse_output("  time_s = 0.1\nchecksum=-0.16901644126443155", &o), 0,
               "no final newline, spaces around the key");
  cr_expect_eq(o.checksum, -0.16901644126443155);
  cr_expect_eq(o.has_first, 0);
}

Test(bench_output, missing_or_malformed_values_fail) {
  BhOutput o;
  cr_expect_eq(bh_parse_output("time_s=0.1\n", &o), -1, "no checksum");
  cr_expect_eq(bh_parse_output("checksum=1\n", &o), -1, "no time");
  cr_expect_eq(bh_parse_output("time_s=fast\nchecksum=1\n", &o), -1);
  cr_expect_eq(o.has_time, 0);
  cr_expect_eq(bh_parse_output("time_s=-1\nchecksum=1\n", &o), -1, "negative time");
  cr_expect_eq(bh_parse_output("time_s=0.1\nchecksum=1.5x\n", &o), -1, "trailing junk");
  cr_expect_eq(bh_parse_output("time_s=\nchecksum=\n", &o), -1);
  cr_expect_eq(bh_parse_output("", &o), -1);
  cr_expect_eq(bh_parse_output("checksum=nan\ntime_s=1\n", &o), 0, "nan is a value (checked later)");
}

Test(bench_output, unsupported) {
  BhOutput o;
  cr_expect_eq(bh_parse_output("unsupported=no CUDA device\n", &o), 0);
  cr_expect_eq(o.unsupported, 1);
  cr_expect_str_eq(o.reason, "no CUDA device");
}

/* ---- stderr ---- */

Test(bench_stderr, traceback_gives_the_exception_line) {
  char buf[128];
  bh_error_line("Traceback (most recent call last):\n"
                "  File \"streak.py\", line 4, in <module>\n"
                "    x = (np.arange(n) * 7919 % 10007) / 10007.0\n"
                "TypeError: unsupported operand type(s) for *: 'numpy.ndarray' and 'int'\n\n",
                buf, sizeof buf);
  cr_expect_str_eq(buf, "TypeError: unsupported operand type(s) for *: 'numpy.ndarray' and 'int'");
}

Test(bench_stderr, plain_message_gives_the_first_line) {
  char buf[128];
  bh_error_line("\n  streak: cannot open foo.py\nsecond line\n", buf, sizeof buf);
  cr_expect_str_eq(buf, "streak: cannot open foo.py");
  bh_error_line("", buf, sizeof buf);
  cr_expect_str_eq(buf, "");
  bh_error_line("a\tb|c", buf, sizeof buf);
  cr_expect_str_eq(buf, "a b c", "tabs and table bars are blanked");
  bh_error_line("0123456789", buf, 5);
  cr_expect_str_eq(buf, "0123", "cut to size");
}

Test(bench_stderr, traceback_with_notes_after_the_exception) {
  char buf[128];
  bh_error_line("Traceback (most recent call last):\n  File \"x.py\", line 1\n"
                "ModuleNotFoundError: No module named 'numba'\n",
                buf, sizeof buf);
  cr_expect_str_eq(buf, "ModuleNotFoundError: No module named 'numba'");
}

/* ---- checks ---- */

Test(bench_check, parse) {
  BhCheck c;
  cr_expect_eq(bh_parse_check("rel:1e-9", &c), 0);
  cr_expect_eq(c.kind, BH_CHECK_REL);
  cr_expect_eq(c.tol, 1e-9);
  cr_expect_eq(bh_parse_check("abs:0.5", &c), 0);
  cr_expect_eq(c.kind, BH_CHECK_ABS);
  cr_expect_eq(bh_parse_check("sqrtn:8", &c), 0);
  cr_expect_eq(c.kind, BH_CHECK_SQRTN);
  cr_expect_eq(bh_parse_check("rel:0", &c), 0);
  cr_expect_eq(bh_parse_check("rel", &c), -1);
  cr_expect_eq(bh_parse_check("ulp:4", &c), -1);
  cr_expect_eq(bh_parse_check("rel:-1", &c), -1);
  cr_expect_eq(bh_parse_check("rel:x", &c), -1);
  cr_expect_eq(bh_parse_check("rel:inf", &c), -1);
}

Test(bench_check, tolerances) {
  BhCheck rel = {BH_CHECK_REL, 1e-9}, exact = {BH_CHECK_REL, 0}, ab = {BH_CHECK_ABS, 0.5},
          mc = {BH_CHECK_SQRTN, 8};
  cr_expect(bh_check_ok(&rel, 333284.08274539874, 333284.0827453776, 0));
  cr_expect_not(bh_check_ok(&rel, 333284.09, 333284.0827453776, 0));
  cr_expect(bh_check_ok(&exact, 46723541, 46723541, 0));
  cr_expect_not(bh_check_ok(&exact, 46697182, 46723541, 0), "the FMA-contracted mandelbrot");
  cr_expect(bh_check_ok(&ab, 1.4, 1.0, 0));
  cr_expect_not(bh_check_ok(&ab, 1.6, 1.0, 0));
  /* Monte Carlo: 8/sqrt(1e6) = 0.008 */
  cr_expect(bh_check_ok(&mc, 3.145, 3.141592653589793, 1e6));
  cr_expect_not(bh_check_ok(&mc, 3.16, 3.141592653589793, 1e6));
  cr_expect_not(bh_check_ok(&mc, 3.145, 3.141592653589793, 0), "no n: no tolerance");
  cr_expect_not(bh_check_ok(&rel, NAN, NAN, 0), "NaN is never right");
  cr_expect_not(bh_check_ok(&rel, INFINITY, 1e308, 0));
  cr_expect(bh_check_ok(&rel, INFINITY, INFINITY, 0));
  char d[64];
  bh_check_describe(&mc, d, sizeof d);
  cr_expect_str_eq(d, "absolute difference <= 8/sqrt(n)");
}

/* ---- records ---- */

static BhRecord rec(const char *kernel, const char *impl, const char *mode, long long n,
                    int threads, int rep, const char *status, double t, double cs) {
  BhRecord r;
  memset(&r, 0, sizeof r);
  snprintf(r.kernel, sizeof r.kernel, "%s", kernel);
  snprintf(r.impl, sizeof r.impl, "%s", impl);
  snprintf(r.mode, sizeof r.mode, "%s", mode);
  snprintf(r.status, sizeof r.status, "%s", status);
  r.n = n, r.threads = threads, r.rep = rep;
  if (strcmp(status, "ok") == 0) {
    r.has_wall = 1, r.wall_s = t * 10, r.rss_kb = 1000 + rep;
    r.has_time = 1, r.time_s = t;
    r.has_first = 1, r.first_s = t * 3;
    r.has_checksum = 1, r.checksum = cs;
    r.reps = 5;
  }
  return r;
}

Test(bench_record, round_trip) {
  BhRecord a = rec("sum_squares", "numba", "size", 10000000, 2, 3, "ok", 0.00123, 333284.0827453776);
  snprintf(a.msg, sizeof a.msg, "a\tmessage\nwith breaks");
  char line[2048];
  bh_format_record(&a, line, sizeof line);
  cr_expect_eq(count(line, "\t"), 13, "14 fields");
  cr_expect_eq(line[strlen(line) - 1], '\n');
  BhRecord b;
  cr_assert_eq(bh_parse_record(line, &b), 0);
  cr_expect_str_eq(b.kernel, "sum_squares");
  cr_expect_str_eq(b.impl, "numba");
  cr_expect_str_eq(b.mode, "size");
  cr_expect_eq(b.n, 10000000);
  cr_expect_eq(b.threads, 2);
  cr_expect_eq(b.rep, 3);
  cr_expect_str_eq(b.status, "ok");
  cr_expect_eq(b.time_s, 0.00123);
  cr_expect_float_eq(b.first_s, a.first_s, 1e-12, "times keep 9 digits");
  cr_expect_eq(b.checksum, 333284.0827453776, "checksums survive exactly");
  cr_expect_eq(b.rss_kb, 1003);
  cr_expect_eq(b.reps, 5);
  cr_expect_str_eq(b.msg, "a message with breaks");
}

Test(bench_record, failed_run_has_dashes) {
  BhRecord a = rec("mc_pi", "pypy", "main", 1000000, 0, 1, "not_installed", 0, 0);
  snprintf(a.msg, sizeof a.msg, "pypy3 not found");
  char line[2048];
  bh_format_record(&a, line, sizeof line);
  cr_expect_str_eq(line, "mc_pi\tpypy\tmain\t1000000\t0\t1\tnot_installed\t-\t-\t-\t-\t-\t-\tpypy3 not found\n");
  BhRecord b;
  cr_assert_eq(bh_parse_record(line, &b), 0);
  cr_expect_eq(b.has_time + b.has_first + b.has_checksum + b.has_wall, 0);
  cr_expect_str_eq(b.msg, "pypy3 not found");
}

Test(bench_record, malformed) {
  BhRecord b;
  cr_expect_eq(bh_parse_record("", &b), -1);
  cr_expect_eq(bh_parse_record("k\ti\tmain\t10\t0\t1\tok", &b), -1, "too few fields");
  cr_expect_eq(bh_parse_record("k\ti\tmain\tten\t0\t1\tok\t-\t-\t-\t-\t-\t-\t", &b), -1, "bad n");
  cr_expect_eq(bh_parse_record("k\ti\tmain\t10\t0\t1\tok\t1\t2\tx\t-\t-\t-\t", &b), -1, "bad time");
  cr_expect_eq(bh_parse_record("\ti\tmain\t10\t0\t1\tok\t-\t-\t-\t-\t-\t-\t", &b), -1, "no kernel");
  cr_expect_eq(bh_parse_record("k\ti\tmain\t10\t0\t1\tok\t-\t-\t-\t-\t-\t-\t", &b), 0, "empty msg");
}

/* ---- aggregation and verification ---- */

static const BhKVList *test_conf(const char *kernel, void *ud) {
  BhKVList *confs = ud;
  if (strcmp(kernel, "mc_pi") == 0) return &confs[1];
  return &confs[0];
}

Test(bench_aggregate, best_of_runs) {
  BhRecord rs[] = {
      rec("k", "c", "main", 100, 0, 1, "ok", 0.002, 10.0),
      rec("k", "c", "main", 100, 0, 2, "ok", 0.001, 10.0),
      rec("k", "c", "main", 100, 0, 3, "ok", 0.003, 10.0),
      rec("k", "streak", "main", 100, 0, 1, "ok", 0.5, 10.0),
      rec("k", "streak", "main", 100, 0, 2, "error", 0, 0),
      rec("k", "streak", "main", 100, 0, 3, "timeout", 0, 0),
      rec("k", "c", "size", 1000, 0, 1, "ok", 0.01, 100.0),
  };
  snprintf(rs[4].msg, sizeof rs[4].msg, "first failure");
  snprintf(rs[5].msg, sizeof rs[5].msg, "second failure");
  BhResults out = {0};
  bh_aggregate(rs, sizeof rs / sizeof rs[0], &out);
  cr_assert_eq(out.n, 3);
  const BhResult *c = bh_find(&out, "k", "c", "main", -1, -1);
  cr_assert_not_null(c);
  cr_expect_eq(c->runs, 3);
  cr_expect_eq(c->ok_runs, 3);
  cr_expect_eq(c->time_s, 0.001);
  cr_expect_eq(c->first_s, 0.003);
  cr_expect_eq(c->wall_s, 0.01);
  cr_expect_eq(c->rss_kb, 1003, "the largest RSS");
  cr_expect_str_eq(c->status, "ok");
  const BhResult *s = bh_find(&out, "k", "streak", "main", 100, 0);
  cr_assert_not_null(s);
  cr_expect_str_eq(s->status, "error", "one failure makes the row fail");
  cr_expect_str_eq(s->msg, "first failure");
  cr_expect_eq(s->ok_runs, 1);
  cr_expect_not_null(bh_find(&out, "k", "c", "size", 1000, -1));
  cr_expect_null(bh_find(&out, "k", "c", "size", 10000, -1));
  bh_results_free(&out);
}

Test(bench_verify, wrong_checksum_is_flagged) {
  BhRecord rs[] = {
      rec("k", "numpy", "main", 100, 0, 1, "ok", 0.002, 10.0 + 1e-12),
      rec("k", "c", "main", 100, 0, 1, "ok", 0.001, 10.0),
      rec("k", "streak", "main", 100, 0, 1, "ok", 0.0001, 11.0),
      rec("k", "numba-fastmath", "main", 100, 0, 1, "ok", 0.0001, 10.0 + 1e-7),
      rec("k", "c-fastmath", "main", 100, 0, 1, "ok", 0.0001, 10.1),
      rec("k", "streak-numba", "main", 100, 0, 1, "error", 0, 0),
      rec("k", "cpython", "size", 1000, 0, 1, "ok", 0.1, 99.0),
      rec("k", "streak", "size", 1000, 0, 1, "ok", 0.1, 99.0),
  };
  BhKVList confs[2] = {{0}, {0}};
  bh_kv_parse("check=rel:1e-9\n", &confs[0]);
  BhResults out = {0};
  bh_aggregate(rs, sizeof rs / sizeof rs[0], &out);
  int wrong = bh_verify(&out, test_conf, confs);
  cr_expect_eq(wrong, 2);
  cr_expect_str_eq(bh_find(&out, "k", "c", "main", -1, -1)->verdict, "ref");
  cr_expect_str_eq(bh_find(&out, "k", "numpy", "main", -1, -1)->verdict, "ok");
  cr_expect_str_eq(bh_find(&out, "k", "streak", "main", -1, -1)->verdict, "WRONG");
  cr_expect_eq(bh_find(&out, "k", "streak", "main", -1, -1)->ref, 10.0);
  cr_expect_str_eq(bh_find(&out, "k", "numba-fastmath", "main", -1, -1)->verdict, "ok",
                   "fastmath rows get the looser default rel:1e-6");
  cr_expect_str_eq(bh_find(&out, "k", "c-fastmath", "main", -1, -1)->verdict, "WRONG");
  cr_expect_str_eq(bh_find(&out, "k", "streak-numba", "main", -1, -1)->verdict, "");
  /* no C at that size: CPython is the reference */
  cr_expect_str_eq(bh_find(&out, "k", "cpython", "size", -1, -1)->verdict, "ref");
  cr_expect_str_eq(bh_find(&out, "k", "streak", "size", -1, -1)->verdict, "ok");
  bh_results_free(&out);
  bh_kv_free(&confs[0]);
}

Test(bench_verify, exact_reference) {
  BhRecord rs[] = {
      rec("mc_pi", "c", "main", 1000000, 0, 1, "ok", 0.002, 3.1451),
      rec("mc_pi", "streak", "main", 1000000, 0, 1, "ok", 0.002, 3.1300),
      rec("mc_pi", "numba", "main", 1000000, 0, 1, "ok", 0.002, 3.1400),
  };
  BhKVList confs[2] = {{0}, {0}};
  bh_kv_parse("exact=3.141592653589793\ncheck=sqrtn:8\n", &confs[1]);
  BhResults out = {0};
  bh_aggregate(rs, 3, &out);
  cr_expect_eq(bh_verify(&out, test_conf, confs), 1);
  cr_expect_str_eq(bh_find(&out, "mc_pi", "c", "main", -1, -1)->verdict, "ok", "not the reference");
  cr_expect_str_eq(bh_find(&out, "mc_pi", "streak", "main", -1, -1)->verdict, "WRONG");
  cr_expect_str_eq(bh_find(&out, "mc_pi", "numba", "main", -1, -1)->verdict, "ok");
  bh_results_free(&out);
  bh_kv_free(&confs[1]);
}

Test(bench_verify, a_run_that_disagrees_with_its_row_is_wrong) {
  BhRecord rs[] = {
      rec("k", "c", "main", 100, 0, 1, "ok", 0.001, 10.0),
      rec("k", "c", "main", 100, 0, 2, "ok", 0.001, 10.0),
      rec("k", "numba", "main", 100, 0, 1, "ok", 0.001, 10.0),
      rec("k", "numba", "main", 100, 0, 2, "ok", 0.001, 10.5),
      rec("k", "numba", "main", 100, 0, 3, "ok", 0.001, 10.0),
      rec("k", "c", "size", 1000, 0, 1, "ok", 0.001, 7.0),
      rec("k", "c", "size", 1000, 0, 2, "ok", 0.001, 8.0),
  };
  BhKVList confs[2] = {{0}, {0}};
  BhResults out = {0};
  bh_aggregate(rs, sizeof rs / sizeof rs[0], &out);
  const BhResult *nb = bh_find(&out, "k", "numba", "main", -1, -1);
  cr_expect_eq(nb->checksum, 10.0, "the first run's checksum is the row's");
  cr_expect_eq(nb->checksum_far, 10.5, "the farthest one is kept");
  cr_expect_eq(bh_verify(&out, test_conf, confs), 2);
  cr_expect_str_eq(nb->verdict, "WRONG", "one run of three was off");
  cr_expect_str_eq(bh_find(&out, "k", "c", "main", -1, -1)->verdict, "ref");
  cr_expect_str_eq(bh_find(&out, "k", "c", "size", -1, -1)->verdict, "WRONG",
                   "even the reference, when its own runs disagree");
  /* the report names the run that was off */
  const char *kernels[] = {"k"};
  BhReport rep = {NULL, &out, test_conf, confs, kernels, 1, "results"};
  Capture c;
  cap_open(&c);
  bh_write_markdown(c.f, &rep);
  const char *md = cap_close(&c);
  cr_expect(strstr(md, "**WRONG**: checksum 10.5, expected 10 ") != NULL, "%s", md);
  free(c.buf);
  bh_results_free(&out);
}

/* ---- scheduling ---- */

Test(bench_schedule, predicted_wall_time) {
  /* start-up only (warm calls far below the budget): the warm loop stays at
  ** the budget, setup + first call grow 3 * 1 us * 9 */
  cr_expect_float_eq(bh_predict_wall(1.2, 1e-6, 0.1, 1000, 10000, 1), 1.2 + 27e-6, 1e-12);
  /* CPython-like: 0.1 s per call at 1e5 -> 1 s at 1e6: setup and first call
  ** 3 * 0.9 s more, the warm loop max(0.1, 1) - max(0.1, 0.1) = 0.9 s more */
  cr_expect_float_eq(bh_predict_wall(0.5, 0.1, 0.1, 1e5, 1e6, 1), 0.5 + 2.7 + 0.9, 1e-9);
  /* an n x n grid: side 100 -> 1000 is 100 times the work */
  cr_expect_float_eq(bh_predict_wall(0.5, 0.01, 0.1, 100, 1000, 2), 0.5 + 2.97 + 0.9, 1e-9);
  /* the same size: the process itself */
  cr_expect_float_eq(bh_predict_wall(0.7, 0.05, 0.1, 1e5, 1e5, 1), 0.7, 1e-12);
  /* never negative, even scaling down */
  cr_expect(bh_predict_wall(0.01, 1.0, 0.1, 1e6, 1e3, 1) >= 0);
  cr_expect_eq(bh_predict_wall(0.3, 0.1, 0.1, 0, 1e3, 1), 0.3, "no size: no scaling");
  cr_expect_float_eq(bh_predict_wall(0.5, 0.1, 0.1, 1e5, 1e6, 0), 0.5 + 2.7 + 0.9, 1e-9,
                     "exponent 0 (absent): linear");
}

/* ---- formatting ---- */

Test(bench_format, times_ratios_breakeven) {
  char b[32];
  bh_fmt_time(1.5e-6, b, sizeof b);
  cr_expect_str_eq(b, "1.5 us");
  bh_fmt_time(0.0123, b, sizeof b);
  cr_expect_str_eq(b, "12.3 ms");
  bh_fmt_time(2.5, b, sizeof b);
  cr_expect_str_eq(b, "2.50 s");
  bh_fmt_time(-1, b, sizeof b);
  cr_expect_str_eq(b, "-");
  bh_fmt_ratio(160, b, sizeof b);
  cr_expect_str_eq(b, "160x");
  bh_fmt_ratio(12.34, b, sizeof b);
  cr_expect_str_eq(b, "12.3x");
  bh_fmt_ratio(2.5, b, sizeof b);
  cr_expect_str_eq(b, "2.50x");
  bh_fmt_ratio(0.0123, b, sizeof b);
  cr_expect_str_eq(b, "0.012x");
  bh_fmt_ratio(0, b, sizeof b);
  cr_expect_str_eq(b, "-");
  /* the chapter: C = 0.5 s, t_py = 8 s, t_jit = 0.05 s: well under one call */
  cr_expect_float_eq(bh_breakeven(0.5, 8.0, 0.05), 0.5 / 7.95, 1e-12);
  cr_expect_eq(bh_breakeven(0.5, 0.01, 0.05), -1, "JIT slower: never");
  cr_expect_eq(bh_breakeven(-0.1, 1.0, 0.5), 0, "noise below zero counts as no compile cost");
}

/* ---- writers ---- */

Test(bench_json, string_escaping) {
  Capture c;
  cap_open(&c);
  bh_json_string(c.f, "a\"b\\c\nd\te\x01");
  cr_expect_str_eq(cap_close(&c), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  free(c.buf);
}

/* A small run: two kernels, a WRONG streak row, an error, a peer that is
** not installed, thread and size scaling. */
static BhResults sample(BhKVList *confs) {
  BhRecord rs[] = {
      rec("sum_squares", "c", "main", 1000000, 0, 1, "ok", 0.001, 10.0),
      rec("sum_squares", "cpython", "main", 1000000, 0, 1, "ok", 0.1, 10.0),
      rec("sum_squares", "pypy", "main", 1000000, 0, 1, "not_installed", 0, 0),
      rec("sum_squares", "numba", "main", 1000000, 0, 1, "ok", 0.002, 10.0),
      rec("sum_squares", "streak", "main", 1000000, 0, 1, "ok", 0.004, 10.0),
      rec("sum_squares", "streak-numba", "main", 1000000, 0, 1, "error", 0, 0),
      rec("sum_squares", "streak-py", "main", 1000000, 0, 1, "ok", 0.00007, 12.0),
      rec("sum_squares", "cpython", "size", 1000, 0, 1, "ok", 0.0001, 1.0),
      rec("sum_squares", "numba", "size", 1000, 0, 1, "ok", 0.00001, 1.0),
      rec("sum_squares", "cpython", "size", 100000, 0, 1, "ok", 0.01, 100.0),
      rec("sum_squares", "numba", "size", 100000, 0, 1, "ok", 0.0001, 100.0),
      rec("parallel_sum", "c-omp", "threads", 2000000, 1, 1, "ok", 0.004, 5.0),
      rec("parallel_sum", "c-omp", "threads", 2000000, 2, 1, "ok", 0.002, 5.0),
      rec("parallel_sum", "c", "main", 1000, 0, 1, "ok", 0.001, 5.0),
  };
  snprintf(rs[2].msg, sizeof rs[2].msg, "pypy3 not found");
  snprintf(rs[5].msg, sizeof rs[5].msg, "ModuleNotFoundError: No module named 'numba'");
  /* numba: first call 0.5 s at every size */
  rs[8].first_s = 0.5 + rs[8].time_s;
  rs[10].first_s = 0.005 + rs[10].time_s;
  bh_kv_parse("title=Sum of squares\ncheck=rel:1e-9\n", &confs[0]);
  BhResults out = {0};
  bh_aggregate(rs, sizeof rs / sizeof rs[0], &out);
  bh_verify(&out, test_conf, confs);
  return out;
}

Test(bench_breakeven, nstar_per_row) {
  BhKVList confs[2] = {{0}, {0}};
  BhResults out = sample(confs);
  cr_expect_eq(bh_nstar(&out, "sum_squares", "numba"), 100000, "N* = 0.51 at 1e5");
  cr_expect_eq(bh_nstar(&out, "sum_squares", "streak"), -1, "no size series");
  cr_expect_eq(bh_nstar(&out, "parallel_sum", "c-omp"), -1);
  bh_results_free(&out);
  bh_kv_free(&confs[0]);
  /* slower than CPython at every size: never */
  BhRecord rs[] = {
      rec("k", "cpython", "size", 1000, 0, 1, "ok", 0.001, 1.0),
      rec("k", "pypy", "size", 1000, 0, 1, "ok", 0.002, 1.0),
      rec("k", "cpython", "size", 10000, 0, 1, "ok", 0.01, 1.0),
      rec("k", "pypy", "size", 10000, 0, 1, "error", 0, 0),
  };
  BhResults o2 = {0};
  bh_aggregate(rs, 4, &o2);
  bh_verify(&o2, NULL, NULL);
  cr_expect_eq(bh_nstar(&o2, "k", "pypy"), 0);
  bh_results_free(&o2);
}

Test(bench_markdown, rows_errors_wrong_and_ratios) {
  BhKVList confs[2] = {{0}, {0}}, meta = {0};
  BhResults out = sample(confs);
  bh_kv_parse("date=2026-01-01\nmachine=test box\nnote=noisy\n", &meta);
  const char *kernels[] = {"sum_squares", "parallel_sum"};
  BhReport rep = {&meta, &out, test_conf, confs, kernels, 2, "results"};
  Capture c;
  cap_open(&c);
  bh_write_markdown(c.f, &rep);
  const char *md = cap_close(&c);
  cr_expect(strstr(md, "# streak benchmark report") != NULL);
  cr_expect(strstr(md, "| machine | test box |") != NULL, "meta table");
  cr_expect(strstr(md, "> **Note.** noisy") != NULL);
  /* the streak-py row is wrong: flagged, its time not shown */
  cr_expect(strstr(md, "| streak-py | **WRONG** |") != NULL, "%s", md);
  cr_expect(strstr(md, "**WRONG**: checksum 12, expected 10") != NULL);
  cr_expect(strstr(md, "70 us") == NULL, "a wrong run's time is never reported");
  cr_expect(strstr(md, "error: ModuleNotFoundError: No module named 'numba'") != NULL);
  cr_expect(strstr(md, "| pypy | not installed |") != NULL);
  cr_expect(strstr(md, "| checksum | runs | status |") != NULL, "how many processes a row had");
  cr_expect(strstr(md, " | 10 | 1 | ok (reference) |") != NULL, "%s", md);
  /* best correct streak row is `streak` (4 ms): C 1 ms -> 0.25x, CPython 100 ms -> 25x */
  cr_expect(strstr(md, "| sum_squares | 4 ms (`streak`) |") != NULL, "%s", md);
  cr_expect(strstr(md, " 0.25x |") != NULL);
  cr_expect(strstr(md, " 25.0x |") != NULL);
  /* thread scaling: 4 ms -> 2 ms is 2x */
  cr_expect(strstr(md, "![speed-up vs threads: parallel_sum](results/threads_parallel_sum.svg)") != NULL);
  cr_expect(strstr(md, "| c-omp | 4 ms | 2 ms | 2.00x |") != NULL, "%s", md);
  /* break-even: n=1e3 C=0.5 s, gain 90 us -> never under 1; n=1e5 C=5 ms, gain 9.9 ms -> 0.51 */
  cr_expect(strstr(md, "| numba | C=500 ms, N*=5556 | C=5 ms, N*=0.51 | 1e5 |") != NULL, "%s", md);
  /* the per-kernel summary of n*, linking each kernel's size section */
  cr_expect(strstr(md, "| kernel | numba |\n|---|---:|\n| [sum_squares](#sum_squares-sizes) | 1e5 |") !=
                NULL,
            "%s", md);
  cr_expect(strstr(md, "### sum_squares: sizes") != NULL);
  cr_expect(strstr(md, "## Every failed or wrong run") != NULL);
  cr_expect(strstr(md, "- sum_squares / streak-numba (main, n=1e6): error: ModuleNotFoundError") != NULL);
  cr_expect(strstr(md, "- sum_squares / pypy") == NULL, "not installed is not a failure");
  free(c.buf);
  bh_results_free(&out);
  bh_kv_free(&confs[0]);
  bh_kv_free(&meta);
}

Test(bench_json, results_document) {
  BhKVList confs[2] = {{0}, {0}}, meta = {0};
  BhResults out = sample(confs);
  bh_kv_parse("date=2026-01-01\n", &meta);
  const char *kernels[] = {"sum_squares", "parallel_sum"};
  BhReport rep = {&meta, &out, test_conf, confs, kernels, 2, "results"};
  Capture c;
  cap_open(&c);
  bh_write_json(c.f, &rep);
  const char *js = cap_close(&c);
  cr_expect(strstr(js, "\"meta\": {\n    \"date\": \"2026-01-01\"") != NULL, "%s", js);
  cr_expect(strstr(js, "{\"name\": \"sum_squares\", \"title\": \"Sum of squares\"") != NULL);
  cr_expect(strstr(js, "\"impl\": \"pypy\", \"mode\": \"main\", \"n\": 1000000, \"threads\": 0, "
                       "\"status\": \"not_installed\", \"verdict\": \"\", \"time_s\": null") != NULL);
  cr_expect(strstr(js, "\"verdict\": \"WRONG\"") != NULL);
  cr_expect_eq(count(js, "\"kernel\": "), (int)out.n + 1, "every result and one n*");
  cr_expect(strstr(js, "\"breakeven\": [\n    {\"kernel\": \"sum_squares\", \"impl\": \"numba\", "
                       "\"n_star\": 100000}\n  ]") != NULL,
            "%s", js);
  /* balanced brackets */
  int depth = 0, in_str = 0;
  for (const char *p = js; *p; p++) {
    if (in_str) {
      if (*p == '\\') p++;
      else if (*p == '"') in_str = 0;
    } else if (*p == '"') in_str = 1;
    else if (*p == '{' || *p == '[') depth++;
    else if (*p == '}' || *p == ']') cr_assert(--depth >= 0);
  }
  cr_expect_eq(depth, 0);
  free(c.buf);
  bh_results_free(&out);
  bh_kv_free(&confs[0]);
  bh_kv_free(&meta);
}

Test(bench_svg, lines_legend_and_skipped_points) {
  double x1[] = {1e3, 1e4, 1e5}, y1[] = {1e-5, 1e-4, 1e-3};
  double x2[] = {1e3, 1e4, 1e5}, y2[] = {1e-3, 0, NAN};
  BhSeries s[] = {{"numba", 3, x1, y1}, {"cpython <&>", 3, x2, y2}};
  BhChart ch = {"sum_squares: time", "n", "seconds", 1, 1, 0};
  Capture c;
  cap_open(&c);
  int drawn = bh_write_svg(c.f, &ch, s, 2);
  const char *svg = cap_close(&c);
  cr_expect_eq(drawn, 4, "zero and NaN cannot be drawn on a log axis");
  cr_expect(strncmp(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"", 39) == 0);
  cr_expect(strstr(svg, "</svg>\n") != NULL);
  cr_expect_eq(count(svg, "<polyline"), 2);
  cr_expect_eq(count(svg, "<circle"), 4);
  cr_expect(strstr(svg, "cpython &lt;&amp;&gt;") != NULL, "legend text is escaped");
  cr_expect(strstr(svg, ">1e-5<") != NULL && strstr(svg, ">1e-3<") != NULL, "decade ticks");
  cr_expect(strstr(svg, "nan") == NULL && strstr(svg, "inf") == NULL);
  free(c.buf);
}

Test(bench_svg, empty_chart_and_ideal_line) {
  BhChart ch = {"t", "threads", "speed-up", 0, 0, 1};
  Capture c;
  cap_open(&c);
  cr_expect_eq(bh_write_svg(c.f, &ch, NULL, 0), 0);
  const char *svg = cap_close(&c);
  cr_expect(strstr(svg, "no data") != NULL);
  free(c.buf);
  double x[] = {1, 2}, y[] = {1, 1.8};
  BhSeries s[] = {{"c-omp", 2, x, y}};
  cap_open(&c);
  cr_expect_eq(bh_write_svg(c.f, &ch, s, 1), 2);
  svg = cap_close(&c);
  cr_expect(strstr(svg, "stroke-dasharray") != NULL, "the ideal y = x line");
  cr_expect(strstr(svg, "no data") == NULL);
  free(c.buf);
}
