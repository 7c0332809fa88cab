/*
** test_api.c — the embedding API (include/streak.h), one area per suite:
** lifecycle, running code, errors, globals, calls, limits, interruption,
** threads. Only the public header is used, as an embedder would.
*/
#include <criterion/criterion.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "streak.h"

static streak_vm *vm;

static void setup(void) {
  vm = streak_open();
  cr_assert_not_null(vm);
}

static void teardown(void) {
  streak_close(vm);
  vm = NULL;
}

static const streak_error *err(void) {
  const streak_error *e = streak_last_error(vm);
  cr_assert_not_null(e, "expected an error");
  return e;
}

#define RUN_OK(src)                                                                  \
  do {                                                                               \
    streak_status st_ = streak_run_string(vm, (src), "t.py");                       \
    cr_assert_eq(st_, STREAK_OK, "run failed: %s",                                   \
                 streak_last_error(vm) ? streak_last_error(vm)->traceback : "?");    \
  } while (0)

/* ---- lifecycle and version ---------------------------------------------- */

TestSuite(lifecycle);

Test(lifecycle, version) {
  cr_assert_str_eq(streak_version(), STREAK_VERSION_STRING);
  char buf[32];
  snprintf(buf, sizeof buf, "%d.%d.%d", STREAK_VERSION_MAJOR, STREAK_VERSION_MINOR,
           STREAK_VERSION_PATCH);
  cr_assert_str_eq(buf, streak_version());
  cr_assert_eq(STREAK_VERSION_NUM, STREAK_VERSION_MAJOR * 10000 + STREAK_VERSION_MINOR * 100 +
                                       STREAK_VERSION_PATCH);
}

Test(lifecycle, open_close_many) {
  for (int i = 0; i < 20; i++) {
    streak_vm *v = streak_open();
    cr_assert_not_null(v);
    cr_assert_eq(streak_run_string(v, "x = [i * i for i in range(100)]\n", NULL), STREAK_OK);
    streak_close(v);
  }
  streak_close(NULL); /* ignored */
}

Test(lifecycle, status_names) {
  cr_assert_str_eq(streak_status_name(STREAK_OK), "STREAK_OK");
  cr_assert_str_eq(streak_status_name(STREAK_ERROR), "STREAK_ERROR");
  cr_assert_str_eq(streak_status_name(STREAK_EXIT), "STREAK_EXIT");
  cr_assert_str_eq(streak_status_name(STREAK_TYPE), "STREAK_TYPE");
  cr_assert_str_eq(streak_status_name(STREAK_NOTFOUND), "STREAK_NOTFOUND");
  cr_assert_str_eq(streak_status_name(STREAK_RANGE), "STREAK_RANGE");
  cr_assert_str_eq(streak_status_name(STREAK_INVALID), "STREAK_INVALID");
}

Test(lifecycle, userdata, .init = setup, .fini = teardown) {
  int token;
  cr_assert_null(streak_get_userdata(vm));
  streak_set_userdata(vm, &token);
  cr_assert_eq(streak_get_userdata(vm), &token);
}

Test(lifecycle, null_vm_is_invalid) {
  int64_t i;
  cr_assert_eq(streak_run_string(NULL, "x = 1\n", NULL), STREAK_INVALID);
  cr_assert_eq(streak_set_int(NULL, "x", 1), STREAK_INVALID);
  cr_assert_eq(streak_get_int(NULL, "x", &i), STREAK_INVALID);
  cr_assert_eq(streak_call(NULL, "f", 0, NULL, NULL), STREAK_INVALID);
  cr_assert_null(streak_last_error(NULL));
  streak_interrupt(NULL);
  streak_set_memory_limit(NULL, 1);
}

/* ---- running code ------------------------------------------------------- */

TestSuite(run, .init = setup, .fini = teardown);

Test(run, string_defines_globals) {
  RUN_OK("a = 6 * 7\n");
  cr_assert_null(streak_last_error(vm));
  /* __main__ persists between runs. */
  RUN_OK("b = a + 1\n");
  int64_t b = 0;
  cr_assert_eq(streak_get_int(vm, "b", &b), STREAK_OK);
  cr_assert_eq(b, 43);
  RUN_OK("name_is = __name__\n");
  const char *s;
  cr_assert_eq(streak_get_str(vm, "name_is", &s, NULL), STREAK_OK);
  cr_assert_str_eq(s, "__main__");
}

Test(run, string_null_source) {
  cr_assert_eq(streak_run_string(vm, NULL, "x.py"), STREAK_INVALID);
  cr_assert_eq(err()->status, STREAK_INVALID);
}

Test(run, print_goes_to_output) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  cr_assert_not_null(f);
  streak_set_output(vm, f);
  RUN_OK("print('hello', 1 + 1)\n");
  fflush(f);
  cr_assert_str_eq(buf, "hello 2\n");
  streak_set_output(vm, NULL);
  fclose(f);
  free(buf);
}

Test(run, file) {
  char path[] = "/tmp/streak_api_XXXXXX";
  int fd = mkstemp(path);
  cr_assert_geq(fd, 0);
  const char *src = "def f(x):\n    return x + 1\nresult = f(41)\n";
  cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
  close(fd);
  cr_assert_eq(streak_run_file(vm, path), STREAK_OK);
  int64_t r = 0;
  cr_assert_eq(streak_get_int(vm, "result", &r), STREAK_OK);
  cr_assert_eq(r, 42);
  /* Errors in the file name it. */
  FILE *f = fopen(path, "w");
  fputs("x = 1\ny = x / 0\n", f);
  fclose(f);
  cr_assert_eq(streak_run_file(vm, path), STREAK_ERROR);
  cr_assert_str_eq(err()->file, path);
  cr_assert_eq(err()->line, 2);
  unlink(path);
}

Test(run, file_missing) {
  cr_assert_eq(streak_run_file(vm, "/nonexistent/streak/x.py"), STREAK_ERROR);
  cr_assert_str_eq(err()->type, "FileNotFoundError");
  cr_assert_str_eq(err()->message,
                   "FileNotFoundError: [Errno 2] No such file or directory: "
                   "'/nonexistent/streak/x.py'");
  cr_assert_eq(streak_run_file(vm, NULL), STREAK_INVALID);
}

Test(run, module_importable) {
  cr_assert_eq(streak_run_module(vm, "helpers", "K = 5\ndef twice(x):\n    return 2 * x\n",
                                 "helpers.py"),
               STREAK_OK);
  RUN_OK("import helpers\nv = helpers.twice(helpers.K)\nn = helpers.__name__\n");
  int64_t v = 0;
  cr_assert_eq(streak_get_int(vm, "v", &v), STREAK_OK);
  cr_assert_eq(v, 10);
  const char *n;
  cr_assert_eq(streak_get_str(vm, "n", &n, NULL), STREAK_OK);
  cr_assert_str_eq(n, "helpers");
  /* Its globals are its own. */
  cr_assert_eq(streak_get_int(vm, "K", &v), STREAK_NOTFOUND);
  /* Running into it again keeps its state. */
  cr_assert_eq(streak_run_module(vm, "helpers", "K += 1\n", NULL), STREAK_OK);
  RUN_OK("k2 = helpers.K\n");
  cr_assert_eq(streak_get_int(vm, "k2", &v), STREAK_OK);
  cr_assert_eq(v, 6);
  cr_assert_eq(streak_run_module(vm, "", "x = 1\n", NULL), STREAK_INVALID);
  cr_assert_eq(streak_run_module(vm, NULL, "x = 1\n", NULL), STREAK_INVALID);
}

/* ---- errors ------------------------------------------------------------- */

TestSuite(errors, .init = setup, .fini = teardown);

Test(errors, exception_as_data) {
  cr_assert_eq(streak_run_string(vm, "def f(a, b):\n    return a // b\n\nf(1, 0)\n", "z.py"),
               STREAK_ERROR);
  const streak_error *e = err();
  cr_assert_eq(e->status, STREAK_ERROR);
  cr_assert_str_eq(e->type, "ZeroDivisionError");
  cr_assert_str_eq(e->message, "ZeroDivisionError: integer division or modulo by zero");
  cr_assert_str_eq(e->detail, "integer division or modulo by zero");
  cr_assert_str_eq(e->file, "z.py");
  cr_assert_eq(e->line, 2);
  cr_assert(strstr(e->traceback, "Traceback (most recent call last):\n") == e->traceback);
  cr_assert_not_null(strstr(e->traceback, "  File \"z.py\", line 4, in <module>\n"));
  cr_assert_not_null(strstr(e->traceback, "  File \"z.py\", line 2, in f\n"));
  size_t n = strlen(e->traceback);
  cr_assert(n > 0 && e->traceback[n - 1] == '\n');
  /* A later success clears it. */
  RUN_OK("pass\n");
  cr_assert_null(streak_last_error(vm));
}

Test(errors, default_name_and_no_message) {
  cr_assert_eq(streak_run_string(vm, "raise KeyError('k')\n", NULL), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "KeyError: 'k'");
  cr_assert_str_eq(err()->file, "<string>");
  cr_assert_eq(streak_run_string(vm, "raise ValueError\n", NULL), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "ValueError");
  cr_assert_str_eq(err()->detail, "");
}

Test(errors, syntax_error) {
  cr_assert_eq(streak_run_string(vm, "x = 1\ny = (2 +\n", "s.py"), STREAK_ERROR);
  const streak_error *e = err();
  cr_assert_str_eq(e->type, "SyntaxError");
  cr_assert_str_eq(e->file, "s.py");
  cr_assert_eq(e->line, 2);
  cr_assert_not_null(strstr(e->traceback, "File \"s.py\", line 2"));
  cr_assert_eq(strncmp(e->message, "SyntaxError: ", 13), 0);
}

Test(errors, name_error) {
  cr_assert_eq(streak_run_string(vm, "print(undefined_thing)\n", "n.py"), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "NameError: name 'undefined_thing' is not defined");
}

Test(errors, system_exit_does_not_exit) {
  cr_assert_eq(streak_run_string(vm, "import sys\nsys.exit(3)\n", NULL), STREAK_EXIT);
  cr_assert_eq(err()->status, STREAK_EXIT);
  cr_assert_str_eq(err()->type, "SystemExit");
  cr_assert_eq(err()->exit_code, 3);
  cr_assert_eq(streak_run_string(vm, "raise SystemExit\n", NULL), STREAK_EXIT);
  cr_assert_eq(err()->exit_code, 0);
  cr_assert_eq(streak_run_string(vm, "import sys\nsys.exit(None)\n", NULL), STREAK_EXIT);
  cr_assert_eq(err()->exit_code, 0);
  cr_assert_eq(streak_run_string(vm, "import sys\nsys.exit('bye')\n", NULL), STREAK_EXIT);
  cr_assert_eq(err()->exit_code, 1);
  cr_assert_str_eq(err()->detail, "bye");
  /* Still alive and usable. */
  RUN_OK("alive = True\n");
}

Test(errors, caught_exceptions_are_not_errors) {
  RUN_OK("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    msg = str(e)\n");
  const char *m;
  cr_assert_eq(streak_get_str(vm, "msg", &m, NULL), STREAK_OK);
  cr_assert_str_eq(m, "division by zero");
}

/* ---- globals ------------------------------------------------------------ */

TestSuite(globals, .init = setup, .fini = teardown);

Test(globals, set_then_read_in_python) {
  cr_assert_eq(streak_set_int(vm, "i", -7), STREAK_OK);
  cr_assert_eq(streak_set_float(vm, "f", 0.5), STREAK_OK);
  cr_assert_eq(streak_set_bool(vm, "b", 42), STREAK_OK);
  cr_assert_eq(streak_set_str(vm, "s", "h\xc3\xa9llo"), STREAK_OK);
  cr_assert_eq(streak_set_none(vm, "n"), STREAK_OK);
  RUN_OK("r = repr((i, f, b, s, n, len(s)))\n");
  const char *r;
  size_t len = 0;
  cr_assert_eq(streak_get_str(vm, "r", &r, &len), STREAK_OK);
  cr_assert_str_eq(r, "(-7, 0.5, True, 'h\xc3\xa9llo', None, 5)");
  cr_assert_eq(len, strlen(r));
}

Test(globals, get_each_type) {
  RUN_OK("i = 2 ** 62\nf = 1.25\nb = False\ns = 'abc'\nbig = 2 ** 70\nl = [1, 'x']\n");
  int64_t i;
  double f;
  int b;
  const char *s;
  cr_assert_eq(streak_get_int(vm, "i", &i), STREAK_OK);
  cr_assert_eq(i, (int64_t)1 << 62);
  cr_assert_eq(streak_get_float(vm, "f", &f), STREAK_OK);
  cr_assert_eq(f, 1.25);
  cr_assert_eq(streak_get_bool(vm, "b", &b), STREAK_OK);
  cr_assert_eq(b, 0);
  cr_assert_eq(streak_get_str(vm, "s", &s, NULL), STREAK_OK);
  cr_assert_str_eq(s, "abc");
  /* Numeric promotions a Python reader would expect. */
  cr_assert_eq(streak_get_float(vm, "i", &f), STREAK_OK);
  cr_assert_eq(f, 4611686018427387904.0);
  cr_assert_eq(streak_get_int(vm, "b", &i), STREAK_OK);
  cr_assert_eq(i, 0);
  cr_assert_eq(streak_get_float(vm, "big", &f), STREAK_OK);
  cr_assert_eq(f, 1180591620717411303424.0);
  /* Ints past int64_t. */
  cr_assert_eq(streak_get_int(vm, "big", &i), STREAK_RANGE);
  cr_assert_eq(err()->status, STREAK_RANGE);
}

Test(globals, type_mismatch) {
  RUN_OK("s = 'abc'\nf = 1.5\nl = [1]\n");
  int64_t i = 99;
  double f;
  int b;
  const char *s;
  cr_assert_eq(streak_get_int(vm, "s", &i), STREAK_TYPE);
  cr_assert_eq(i, 99, "output untouched on error");
  cr_assert_str_eq(err()->type, "TypeError");
  cr_assert_str_eq(err()->message, "TypeError: global 's' is str, not int");
  cr_assert_eq(streak_get_int(vm, "f", &i), STREAK_TYPE);
  cr_assert_eq(streak_get_float(vm, "s", &f), STREAK_TYPE);
  cr_assert_eq(streak_get_str(vm, "f", &s, NULL), STREAK_TYPE);
  cr_assert_eq(streak_get_bool(vm, "l", &b), STREAK_TYPE);
}

Test(globals, not_found) {
  int64_t i;
  cr_assert_eq(streak_get_int(vm, "nope", &i), STREAK_NOTFOUND);
  cr_assert_eq(err()->status, STREAK_NOTFOUND);
  cr_assert_str_eq(err()->message, "NameError: name 'nope' is not defined");
  cr_assert_null(err()->file);
}

Test(globals, invalid_arguments) {
  int64_t i;
  cr_assert_eq(streak_set_int(vm, NULL, 1), STREAK_INVALID);
  cr_assert_eq(streak_set_int(vm, "", 1), STREAK_INVALID);
  cr_assert_eq(streak_set_str(vm, "s", NULL), STREAK_INVALID);
  cr_assert_eq(streak_set_str(vm, "s", "bad \xff utf8"), STREAK_INVALID);
  cr_assert_eq(streak_get_int(vm, "x", NULL), STREAK_INVALID);
  cr_assert_eq(streak_get_int(vm, NULL, &i), STREAK_INVALID);
  streak_value v = streak_int(1);
  v.type = STREAK_TOBJECT;
  cr_assert_eq(streak_set_value(vm, "a", &v), STREAK_INVALID);
  cr_assert_eq(streak_set_value(vm, "a", NULL), STREAK_INVALID);
}

Test(globals, get_value_any_type) {
  RUN_OK("l = [1, 'x', 2.5]\nn = None\nbig = 10 ** 20\ns = 'q'\n");
  streak_value v;
  cr_assert_eq(streak_get_value(vm, "l", &v), STREAK_OK);
  cr_assert_eq(v.type, STREAK_TOBJECT);
  cr_assert_str_eq(v.as.s.ptr, "[1, 'x', 2.5]");
  cr_assert_eq(streak_get_value(vm, "n", &v), STREAK_OK);
  cr_assert_eq(v.type, STREAK_TNONE);
  cr_assert_eq(streak_get_value(vm, "big", &v), STREAK_OK);
  cr_assert_eq(v.type, STREAK_TOBJECT);
  cr_assert_str_eq(v.as.s.ptr, "100000000000000000000");
  cr_assert_eq(streak_get_value(vm, "s", &v), STREAK_OK);
  cr_assert_eq(v.type, STREAK_TSTR);
  cr_assert_eq(v.as.s.len, 1);
}

Test(globals, strings_stay_valid_until_next_run) {
  RUN_OK("a = 'first'\nb = 'second'\n");
  const char *a, *b;
  cr_assert_eq(streak_get_str(vm, "a", &a, NULL), STREAK_OK);
  cr_assert_eq(streak_get_str(vm, "b", &b, NULL), STREAK_OK);
  cr_assert_eq(streak_set_str(vm, "a", "changed"), STREAK_OK);
  cr_assert_str_eq(a, "first");
  cr_assert_str_eq(b, "second");
  /* They may be passed back in to the next call. */
  streak_value arg = streak_str(b);
  streak_value res;
  cr_assert_eq(streak_call(vm, "len", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.as.i, 6);
}

Test(globals, embedded_nul_in_string) {
  RUN_OK("s = 'a\\x00b'\n");
  const char *s;
  size_t len;
  cr_assert_eq(streak_get_str(vm, "s", &s, &len), STREAK_OK);
  cr_assert_eq(len, 3);
  cr_assert_eq(memcmp(s, "a\0b", 4), 0);
}

/* ---- calls -------------------------------------------------------------- */

TestSuite(call, .init = setup, .fini = teardown);

Test(call, all_value_types) {
  RUN_OK("def show(*args):\n    return repr(args)\n");
  streak_value args[5] = {streak_none(), streak_bool(1), streak_int(-3), streak_float(2.5),
                          streak_str("s")};
  streak_value res;
  cr_assert_eq(streak_call(vm, "show", 5, args, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TSTR);
  cr_assert_str_eq(res.as.s.ptr, "(None, True, -3, 2.5, 's')");
}

Test(call, result_types) {
  RUN_OK("def ident(x):\n    return x\n"
         "def nothing():\n    pass\n"
         "def pair():\n    return (1, 2)\n"
         "def big():\n    return 2 ** 64\n");
  streak_value res, arg = streak_float(-0.25);
  cr_assert_eq(streak_call(vm, "ident", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TFLOAT);
  cr_assert_eq(res.as.f, -0.25);
  arg = streak_bool(0);
  cr_assert_eq(streak_call(vm, "ident", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TBOOL);
  cr_assert_eq(res.as.b, 0);
  cr_assert_eq(streak_call(vm, "nothing", 0, NULL, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TNONE);
  cr_assert_eq(streak_call(vm, "pair", 0, NULL, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TOBJECT);
  cr_assert_str_eq(res.as.s.ptr, "(1, 2)");
  cr_assert_eq(streak_call(vm, "big", 0, NULL, &res), STREAK_OK);
  cr_assert_str_eq(res.as.s.ptr, "18446744073709551616");
  cr_assert_eq(streak_call(vm, "pair", 0, NULL, NULL), STREAK_OK, "result may be NULL");
}

Test(call, many_arguments_and_gc) {
  RUN_OK("def total(*xs):\n"
         "    junk = [[i] * 10 for i in range(20000)]\n"
         "    return sum(len(x) for x in xs)\n");
  streak_value args[40];
  for (int i = 0; i < 40; i++) args[i] = streak_str("abcdefgh");
  streak_value res;
  cr_assert_eq(streak_call(vm, "total", 40, args, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TINT);
  cr_assert_eq(res.as.i, 320);
}

Test(call, builtin_and_errors) {
  streak_value arg = streak_str("four"), res;
  cr_assert_eq(streak_call(vm, "len", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.as.i, 4);
  cr_assert_eq(streak_call(vm, "no_such_function", 0, NULL, &res), STREAK_NOTFOUND);
  cr_assert_str_eq(err()->message, "NameError: name 'no_such_function' is not defined");
  arg = streak_int(5);
  cr_assert_eq(streak_call(vm, "len", 1, &arg, &res), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "TypeError: object of type 'int' has no len()");
  RUN_OK("x = 3\n");
  cr_assert_eq(streak_call(vm, "x", 0, NULL, &res), STREAK_ERROR);
  cr_assert_str_eq(err()->type, "TypeError");
  cr_assert_eq(streak_call(vm, "len", -1, NULL, &res), STREAK_INVALID);
  cr_assert_eq(streak_call(vm, "len", 1, NULL, &res), STREAK_INVALID);
  cr_assert_eq(streak_call(vm, NULL, 0, NULL, &res), STREAK_INVALID);
  streak_value bad = streak_str("\xc3");
  cr_assert_eq(streak_call(vm, "len", 1, &bad, &res), STREAK_INVALID);
}

Test(call, raising_function) {
  RUN_OK("def f(x):\n    if x > 2:\n        raise ValueError(f'too big: {x}')\n    return x\n");
  streak_value arg = streak_int(3), res;
  cr_assert_eq(streak_call(vm, "f", 1, &arg, &res), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "ValueError: too big: 3");
  cr_assert_str_eq(err()->file, "t.py");
  cr_assert_eq(err()->line, 3);
  arg = streak_int(2);
  cr_assert_eq(streak_call(vm, "f", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.as.i, 2);
}

Test(call, exit_from_call) {
  RUN_OK("import sys\ndef stop():\n    sys.exit(7)\n");
  cr_assert_eq(streak_call(vm, "stop", 0, NULL, NULL), STREAK_EXIT);
  cr_assert_eq(err()->exit_code, 7);
}

/* ---- arrays: NumPy arrays over C memory, no copies ---------------------- */

TestSuite(arrays, .init = setup, .fini = teardown);

static int released;
static void count_release(void *ctx) { released += *(int *)ctx; }

Test(arrays, wrap_read_write_in_place) {
  double buf[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  streak_array a = {buf, STREAK_FLOAT64, 2, shape, NULL, 1};
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_OK);
  RUN_OK("import numpy as np\ns = float(a.sum())\nt = str(a.T)\na[1, :] *= 10\nb = a[:, ::2]\nb[0, 0] = -1.0\n");
  double sum;
  cr_assert_eq(streak_get_float(vm, "s", &sum), STREAK_OK);
  cr_assert_eq(sum, 21.0);
  const char *t;
  cr_assert_eq(streak_get_str(vm, "t", &t, NULL), STREAK_OK);
  cr_assert_str_eq(t, "[[1. 4.]\n [2. 5.]\n [3. 6.]]");
  /* the stores went to buf, through the view too */
  cr_assert_eq(buf[0], -1.0);
  cr_assert_eq(buf[3], 40.0);
  cr_assert_eq(buf[5], 60.0);
}

Test(arrays, strided_and_readonly) {
  int32_t buf[10];
  for (int i = 0; i < 10; i++) buf[i] = i;
  int64_t shape[1] = {5}, strides[1] = {-8};
  streak_array a = {&buf[8], STREAK_INT32, 1, shape, strides, 0}; /* 8, 6, 4, 2, 0 */
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_OK);
  RUN_OK("r = repr(a)\nd = str(a.dtype)\n");
  const char *r;
  cr_assert_eq(streak_get_str(vm, "r", &r, NULL), STREAK_OK);
  cr_assert_str_eq(r, "array([8, 6, 4, 2, 0], dtype=int32)");
  cr_assert_eq(streak_run_string(vm, "a[0] = 1\n", "t.py"), STREAK_ERROR);
  cr_assert_str_eq(err()->message, "ValueError: assignment destination is read-only");
  cr_assert_eq(buf[8], 8);
}

Test(arrays, release_when_unreachable) {
  static float buf[4];
  int64_t shape[1] = {4};
  int one = 1;
  released = 0;
  streak_array a = {buf, STREAK_FLOAT32, 1, shape, NULL, 1};
  cr_assert_eq(streak_set_array(vm, "a", &a, count_release, &one), STREAK_OK);
  RUN_OK("v = a[1:]\na = None\n");
  RUN_OK("x = [0] * 100000\n"); /* collections: v still holds the memory */
  cr_assert_eq(released, 0);
  RUN_OK("v = None\nfor i in range(200000):\n    s = str(i)\n");
  RUN_OK("pass\n");
  cr_assert_eq(released, 1);
  cr_assert_eq(streak_set_array(vm, "c", &a, count_release, &one), STREAK_OK);
  streak_close(vm); /* at the latest when the VM closes */
  vm = streak_open();
  cr_assert_eq(released, 2);
}

Test(arrays, results_and_round_trip) {
  RUN_OK("import numpy as np\n"
         "def grid(n):\n    return np.arange(n * 2, dtype=np.int64).reshape(n, 2)\n"
         "def total(m):\n    return m.sum()\n"
         "def same(m):\n    return m\n");
  streak_value arg = streak_int(3), res;
  cr_assert_eq(streak_call(vm, "grid", 1, &arg, &res), STREAK_OK);
  cr_assert_eq(res.type, STREAK_TARRAY);
  cr_assert_eq(res.as.a.dtype, STREAK_INT64);
  cr_assert_eq(res.as.a.ndim, 2);
  cr_assert_eq(res.as.a.shape[0], 3);
  cr_assert_eq(res.as.a.shape[1], 2);
  cr_assert_eq(res.as.a.strides[0], 16);
  cr_assert(res.as.a.writeable);
  const int64_t *g = res.as.a.data;
  cr_assert_eq(g[5], 5);
  /* handed back: the VM's own array, not a wrapper (a NumPy scalar
  ** result comes back as a plain int) */
  streak_value back = res, sum, ident;
  cr_assert_eq(streak_call(vm, "total", 1, &back, &sum), STREAK_OK);
  cr_assert_eq(sum.type, STREAK_TINT);
  cr_assert_eq(sum.as.i, 15);
  cr_assert_eq(streak_call(vm, "same", 1, &back, &ident), STREAK_OK);
  cr_assert_eq(ident.as.a.data, res.as.a.data);
  /* valid until the next call returns: passed to that very call */
  cr_assert_eq(streak_call(vm, "total", 1, &ident, &sum), STREAK_OK);
  cr_assert_eq(sum.as.i, 15);
  /* an array a global holds stays valid across runs that collect */
  RUN_OK("keep = grid(2)\n");
  streak_array k;
  cr_assert_eq(streak_get_array(vm, "keep", &k), STREAK_OK);
  RUN_OK("for i in range(200000):\n    s = str(i)\n");
  RUN_OK("pass\n");
  cr_assert_eq(((const int64_t *)k.data)[3], 3);
  cr_assert_eq(k.shape[0], 2);
}

Test(arrays, c_memory_into_a_call) {
  RUN_OK("def scale(v, k):\n    for i in range(len(v)):\n        v[i] *= k\n    return v.dtype.name\n");
  uint8_t buf[100];
  for (int i = 0; i < 100; i++) buf[i] = (uint8_t)i;
  int64_t shape[1] = {100};
  streak_array a = {buf, STREAK_UINT8, 1, shape, NULL, 1};
  streak_value args[2] = {streak_array_value(&a), streak_int(3)}, res;
  cr_assert_eq(streak_call(vm, "scale", 2, args, &res), STREAK_OK);
  cr_assert_str_eq(res.as.s.ptr, "uint8");
  cr_assert_eq(buf[10], 30);
  cr_assert_eq(buf[99], (uint8_t)(99 * 3)); /* uint8 wraps as NumPy's */
}

Test(arrays, get_array) {
  RUN_OK("import numpy as np\nz = np.zeros((2, 2), dtype=np.complex128)\nz[1, 0] = 1 + 2j\nn = 5\n");
  streak_array a;
  cr_assert_eq(streak_get_array(vm, "z", &a), STREAK_OK);
  cr_assert_eq(a.dtype, STREAK_COMPLEX128);
  const double *d = a.data;
  cr_assert_eq(d[4], 1.0);
  cr_assert_eq(d[5], 2.0);
  cr_assert_eq(streak_get_array(vm, "n", &a), STREAK_TYPE);
  cr_assert_eq(streak_get_array(vm, "nope", &a), STREAK_NOTFOUND);
  streak_value v;
  cr_assert_eq(streak_get_value(vm, "z", &v), STREAK_OK);
  cr_assert_eq(v.type, STREAK_TARRAY);
}

Test(arrays, invalid_arrays) {
  double buf[4];
  int64_t shape[2] = {2, 2}, neg[1] = {-1}, odd[1] = {4}, every_other[1] = {16};
  streak_array a = {buf, STREAK_FLOAT64, 2, shape, NULL, 1};
  a.dtype = (streak_dtype)99;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.dtype = STREAK_FLOAT64;
  a.ndim = STREAK_MAXDIMS + 1;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.ndim = 1;
  a.shape = neg;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.shape = shape;
  a.data = NULL;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.data = (char *)buf + 4; /* misaligned for float64 */
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.data = buf;
  a.strides = odd;
  a.ndim = 1;
  a.shape = shape;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_INVALID);
  a.strides = every_other;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_OK);
  int64_t huge[2] = {INT64_MAX / 2, 4};
  a.ndim = 2;
  a.shape = huge;
  a.strides = NULL;
  cr_assert_eq(streak_set_array(vm, "a", &a, NULL, NULL), STREAK_ERROR);
  cr_assert_eq(streak_set_array(vm, "a", NULL, NULL, NULL), STREAK_INVALID);
}

/* ---- memory ------------------------------------------------------------- */

TestSuite(memory, .init = setup, .fini = teardown);

Test(memory, cap_raises_memory_error) {
  cr_assert_gt(streak_memory_used(vm), 0);
  streak_set_memory_limit(vm, (size_t)8 << 20);
  streak_status st = streak_run_string(vm,
                                       "hog = []\n"
                                       "for i in range(10000000):\n"
                                       "    hog.append([i] * 100)\n",
                                       "hog.py");
  cr_assert_eq(st, STREAK_ERROR);
  cr_assert_str_eq(err()->type, "MemoryError");
  cr_assert_str_eq(err()->file, "hog.py");
  cr_assert_eq(err()->line, 3);
  /* Drop the hog (with the cap lifted: even compiling needs memory), then
  ** the VM works under the cap again: the next run collects first. */
  streak_set_memory_limit(vm, 0);
  RUN_OK("del hog\n");
  streak_set_memory_limit(vm, (size_t)8 << 20);
  RUN_OK("keep = [[i] * 10 for i in range(10000)]\ns = sum(range(1000))\n");
  int64_t s = 0;
  cr_assert_eq(streak_get_int(vm, "s", &s), STREAK_OK);
  cr_assert_eq(s, 499500);
  streak_set_memory_limit(vm, 0);
  RUN_OK("big = [0] * 3000000\n");
}

Test(memory, cap_can_be_caught) {
  streak_set_memory_limit(vm, (size_t)8 << 20);
  RUN_OK("try:\n"
         "    x = [0] * 10000000\n"
         "except MemoryError:\n"
         "    caught = True\n");
  int b = 0;
  cr_assert_eq(streak_get_bool(vm, "caught", &b), STREAK_OK);
  cr_assert_eq(b, 1);
}

Test(memory, cap_on_set_and_call) {
  streak_set_memory_limit(vm, streak_memory_used(vm) + 1024);
  char big[8192];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  cr_assert_eq(streak_set_str(vm, "s", big), STREAK_ERROR);
  cr_assert_str_eq(err()->type, "MemoryError");
  streak_set_memory_limit(vm, 0);
  cr_assert_eq(streak_set_str(vm, "s", big), STREAK_OK);
}

/* ---- interruption ------------------------------------------------------- */

TestSuite(interrupt, .init = setup, .fini = teardown, .timeout = 30);

typedef struct Interrupter {
  streak_vm *vm;
  atomic_int done;
} Interrupter;

static void *interrupter(void *arg) {
  Interrupter *it = arg;
  struct timespec pause = {0, 50 * 1000 * 1000};
  while (!atomic_load(&it->done)) {
    nanosleep(&pause, NULL);
    streak_interrupt(it->vm);
  }
  return NULL;
}

Test(interrupt, from_another_thread) {
  Interrupter it = {vm, 0};
  pthread_t th;
  cr_assert_eq(pthread_create(&th, NULL, interrupter, &it), 0);
  streak_status st = streak_run_string(vm, "while True:\n    pass\n", "spin.py");
  atomic_store(&it.done, 1);
  pthread_join(th, NULL);
  cr_assert_eq(st, STREAK_ERROR);
  cr_assert_str_eq(err()->type, "KeyboardInterrupt");
  cr_assert_str_eq(err()->message, "KeyboardInterrupt: interrupted by embedder");
  cr_assert_str_eq(err()->file, "spin.py");
  /* The VM goes on working. */
  RUN_OK("after = 1\n");
}

Test(interrupt, inside_called_function) {
  RUN_OK("def spin():\n    n = 0\n    while True:\n        n += 1\n");
  Interrupter it = {vm, 0};
  pthread_t th;
  cr_assert_eq(pthread_create(&th, NULL, interrupter, &it), 0);
  streak_status st = streak_call(vm, "spin", 0, NULL, NULL);
  atomic_store(&it.done, 1);
  pthread_join(th, NULL);
  cr_assert_eq(st, STREAK_ERROR);
  cr_assert_str_eq(err()->type, "KeyboardInterrupt");
}

Test(interrupt, pending_request_stops_next_run_then_clears) {
  streak_interrupt(vm);
  cr_assert_eq(streak_run_string(vm, "while True:\n    pass\n", NULL), STREAK_ERROR);
  cr_assert_str_eq(err()->type, "KeyboardInterrupt");
  RUN_OK("n = 0\nfor i in range(100000):\n    n += i\n");
}

Test(interrupt, script_may_catch_it) {
  Interrupter it = {vm, 0};
  pthread_t th;
  cr_assert_eq(pthread_create(&th, NULL, interrupter, &it), 0);
  streak_status st = streak_run_string(vm,
                                       "try:\n"
                                       "    while True:\n"
                                       "        pass\n"
                                       "except KeyboardInterrupt:\n"
                                       "    stopped = True\n",
                                       NULL);
  atomic_store(&it.done, 1);
  pthread_join(th, NULL);
  cr_assert_eq(st, STREAK_OK);
  int b = 0;
  cr_assert_eq(streak_get_bool(vm, "stopped", &b), STREAK_OK);
  cr_assert_eq(b, 1);
}

static streak_vm *alarm_vm;
static void on_alarm(int sig) {
  (void)sig;
  streak_interrupt(alarm_vm); /* async-signal-safe by contract */
}

Test(interrupt, from_signal_handler) {
  alarm_vm = vm;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  cr_assert_eq(sigaction(SIGALRM, &sa, NULL), 0);
  struct itimerval tv = {{0, 100000}, {0, 100000}}; /* every 100 ms until stopped */
  cr_assert_eq(setitimer(ITIMER_REAL, &tv, NULL), 0);
  streak_status st = streak_run_string(vm, "x = 0\nwhile True:\n    x = x + 1\n", NULL);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  cr_assert_eq(st, STREAK_ERROR);
  cr_assert_str_eq(err()->type, "KeyboardInterrupt");
}

/* ---- several VMs on several threads ------------------------------------- */

TestSuite(threads, .timeout = 60);

typedef struct Worker {
  int id;
  int64_t result;
  streak_status st;
} Worker;

static void *worker(void *arg) {
  Worker *w = arg;
  streak_vm *v = streak_open();
  if (!v) {
    w->st = STREAK_ERROR;
    return NULL;
  }
  streak_set_int(v, "k", w->id);
  w->st = streak_run_string(v,
                            "def work(k):\n"
                            "    d = {}\n"
                            "    for i in range(20000):\n"
                            "        d[str(i)] = i * k\n"
                            "    return sum(d.values())\n"
                            "r = work(k)\n",
                            "worker.py");
  if (w->st == STREAK_OK) w->st = streak_get_int(v, "r", &w->result);
  streak_close(v);
  return NULL;
}

Test(threads, one_vm_per_thread) {
  enum { N = 4 };
  pthread_t th[N];
  Worker w[N];
  for (int i = 0; i < N; i++) {
    w[i] = (Worker){i + 1, 0, STREAK_ERROR};
    cr_assert_eq(pthread_create(&th[i], NULL, worker, &w[i]), 0);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < N; i++) {
    cr_assert_eq(w[i].st, STREAK_OK, "worker %d: %s", i, streak_status_name(w[i].st));
    cr_assert_eq(w[i].result, (int64_t)(i + 1) * 199990000);
  }
}
