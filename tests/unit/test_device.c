/* test_device.c — runtime/device.c (OpenCL loaded with dlopen) and jit/opencl.c's
** helpers. Tests needing a device skip themselves when none is installed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../jit/opencl.h"
#include "../../runtime/device.h"
#include "dtype.h"
#include "streak.h"

static bool have_device(void) {
  if (dev_ensure() == 0) return true;
  fprintf(stderr, "test_device: skipped (%s)\n", dev_error());
  return false;
}

Test(device, listing_never_crashes) {
  FILE *f = tmpfile();
  int n = device_print_devices(f);
  cr_assert(n >= 0);
  fclose(f);
}

Test(device, buffers_round_trip) {
  if (!have_device()) cr_skip_test();
  int src[100], dst[100];
  for (int i = 0; i < 100; i++) src[i] = i * 3, dst[i] = -1;
  void *b = dev_alloc(sizeof src);
  cr_assert(b);
  cr_assert_eq(dev_write(b, 0, src, sizeof src), 0);
  cr_assert_eq(dev_read(b, 0, dst, sizeof dst), 0);
  cr_assert_eq(memcmp(src, dst, sizeof src), 0);
  void *c = dev_alloc(sizeof src);
  cr_assert_eq(dev_fill_zero(c, 0, sizeof src), 0);
  cr_assert_eq(dev_copy(c, 40, b, 0, 40), 0);
  cr_assert_eq(dev_read(c, 0, dst, sizeof dst), 0);
  cr_assert_eq(dst[0], 0);
  cr_assert_eq(dst[10], 0);
  cr_assert_eq(dst[11], 3);
  dev_free(b);
  dev_free(c);
}

Test(device, build_and_launch) {
  if (!have_device()) cr_skip_test();
  const char *src = "__kernel void k(__global int *a, int add) { a[get_global_id(0)] += add + (int)get_global_id(0); }\n";
  char *log = NULL;
  void *p = dev_build(src, "-cl-std=CL1.2", &log);
  cr_assert(p, "build failed: %s", log ? log : dev_error());
  free(log);
  void *k = dev_kernel(p, "k");
  cr_assert(k);
  int a[64] = {0};
  void *b = dev_alloc(sizeof a);
  dev_write(b, 0, a, sizeof a);
  int add = 5;
  cr_assert_eq(dev_arg_buf(k, 0, b), 0);
  cr_assert_eq(dev_arg(k, 1, sizeof add, &add), 0);
  size_t g = 64, l = 16;
  cr_assert_eq(dev_launch(k, 1, &g, &l), 0);
  cr_assert_eq(dev_finish(), 0);
  dev_read(b, 0, a, sizeof a);
  for (int i = 0; i < 64; i++) cr_assert_eq(a[i], 5 + i);
  dev_free(b);
  dev_release_kernel(k);
  dev_release_program(p);
}

Test(device, build_error_has_log) {
  if (!have_device()) cr_skip_test();
  char *log = NULL;
  void *p = dev_build("__kernel void k(__global int *a) { a[0] = undefined_name; }\n", "-cl-std=CL1.2", &log);
  cr_assert_null(p);
  cr_assert(strstr(dev_error(), "rejected"));
  cr_assert(log && strstr(log, "undefined_name"), "log: %s", log ? log : "(null)");
  free(log);
}

Test(opencl, type_names) {
  ClTy a = {.k = CK_ARRAY, .dt = DT_FLOAT32, .nd = 2, .layout = 'C'};
  StrBuf b = STRBUF_INIT;
  cl_type_str(&a, &b);
  cr_assert_str_eq(b.data, "array(float32, 2d, C)");
  b.len = 0;
  ClTy t = {.k = CK_TUPLE, .dt = DT_INT64, .nd = 3};
  cl_type_str(&t, &b);
  cr_assert_str_eq(b.data, "UniTuple(int64 x 3)");
  sb_free(&b);
  ClTy c = a;
  cr_assert(cl_ty_eq(&a, &c));
  c.layout = 'A';
  cr_assert(!cl_ty_eq(&a, &c));
}

/* ---- numba.cuda through the embedding API: errors the oracle (Numba's
** simulator, which runs kernels as Python) cannot check, and behaviour it
** lacks (@vectorize(target='cuda'), the program cache). ---- */

static char tmpdir[256];

/* Writes src to <tmpdir>/name and runs it in a fresh VM; returns the VM. */
static streak_vm *run_script(const char *name, const char *src, streak_status *st) {
  if (!tmpdir[0]) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/streak-test-device.XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
  }
  char path[512];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs(src, f);
  fclose(f);
  streak_vm *vm = streak_open();
  cr_assert_not_null(vm);
  *st = streak_run_file(vm, path);
  unlink(path); /* the traceback is built: the source is no longer needed */
  rmdir(tmpdir);
  tmpdir[0] = 0;
  return vm;
}

#define KERNEL_HEAD "import numpy as np\nfrom numba import cuda, vectorize\n\n"

/* Runs src and checks it fails with exception `type` whose message holds every `want` (NULL-ended). */
static void expect_error(const char *name, const char *src, const char *type, const char *const *want) {
  streak_status st;
  streak_vm *vm = run_script(name, src, &st);
  const streak_error *e = streak_last_error(vm);
  cr_assert_eq(st, STREAK_ERROR, "%s: expected %s", name, type);
  cr_assert_str_eq(e->type, type, "%s: got %s", name, e->message);
  for (int i = 0; want[i]; i++) cr_assert(strstr(e->traceback, want[i]), "%s: '%s' not in:\n%s", name, want[i], e->traceback);
  streak_close(vm);
}

Test(cuda_errors, unsupported_construct_names_file_and_line) {
  if (!have_device()) cr_skip_test();
  expect_error("dict.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    d = {}\n    a[0] = 1\n\nk[1, 4](np.zeros(4))\n", "TypingError",
               (const char *[]){"not supported in kernels", "dict.py\", line 6", "d = {}", NULL});
  expect_error("name.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    a[0] = nothing_here\n\nk[1, 1](np.zeros(1))\n", "TypingError",
               (const char *[]){"name 'nothing_here' is not defined", "name.py\", line 6", NULL});
}

Test(cuda_errors, wrong_argument_types) {
  if (!have_device()) cr_skip_test();
  expect_error("str.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    a[0] = 1\n\nk[1, 4]('abc')\n", "TypeError",
               (const char *[]){"argument 1 of type 'str' is not supported", "str.py\", line 8", NULL});
  expect_error("eager.py", KERNEL_HEAD "@cuda.jit('void(float32[:])')\ndef k(a):\n    a[0] = 1\n\nk[1, 4](np.zeros(3))\n",
               "TypeError", (const char *[]){"No matching definition for argument type(s) array(float64, 1d, C)", NULL});
  expect_error("vecty.py", KERNEL_HEAD "@vectorize(['float32(float32)'], target='cuda')\ndef f(x):\n    return x + 1\n\nf(np.zeros(3))\n",
               "TypeError", (const char *[]){"No matching version.  GPU ufunc requires array arguments to have the exact types", NULL});
}

Test(cuda_errors, bad_launch_configuration) {
  if (!have_device()) cr_skip_test();
  expect_error("grid0.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    a[0] = 1\n\nk[0, 4](np.zeros(3))\n", "ValueError",
               (const char *[]){"griddim[0] = 0", "grid0.py\", line 8", NULL});
  expect_error("block.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    a[0] = 1\n\nk[1, (64, 32)](np.zeros(3))\n", "ValueError",
               (const char *[]){"2048 threads per block", NULL});
  expect_error("oob.py", KERNEL_HEAD "@cuda.jit\ndef k(a):\n    a[cuda.grid(1)] = 1\n\nk[1, 8](np.zeros(4))\n", "IndexError",
               (const char *[]){"out of bounds in kernel 'k'", "oob.py\", line 6)", NULL});
}

Test(cuda_vectorize, device_inputs_give_device_results) {
  if (!have_device()) cr_skip_test();
  streak_status st;
  streak_vm *vm = run_script("vec.py",
                             KERNEL_HEAD "@vectorize(['float32(float32, float32)'], target='cuda')\ndef add(a, b):\n    return a + b\n\n"
                                         "x = np.arange(6, dtype=np.float32)\n"
                                         "d = cuda.to_device(x)\n"
                                         "r = add(d, x)\n"
                                         "assert type(r).__name__ == 'DeviceNDArray', type(r)\n"
                                         "assert (r.copy_to_host() == 2 * x).all()\n"
                                         "h = add(x, x)\n"
                                         "assert type(h).__name__ == 'ndarray' and h.dtype == np.float32\n"
                                         "o = cuda.device_array(6, dtype=np.float32)\n"
                                         "r2 = add(x, np.float32(1), out=o)\n"
                                         "assert type(r2).__name__ == 'DeviceNDArray'\n"
                                         "assert (o.copy_to_host() == x + 1).all()\n"
                                         "m = add(cuda.to_device(x.reshape(2, 3)), x.reshape(2, 3))\n"
                                         "assert m.shape == (2, 3) and (m.copy_to_host() == 2 * x.reshape(2, 3)).all()\n",
                             &st);
  cr_assert_eq(st, STREAK_OK, "%s", streak_last_error(vm) ? streak_last_error(vm)->traceback : "");
  streak_close(vm);
}

#define GU_HEAD                                                                                      \
  "import numpy as np\nfrom numba import cuda, guvectorize\n\n"                                        \
  "@guvectorize(['void(float32[:], float32, float32[:])', 'void(float64[:], float64, float64[:])'], " \
  "'(n),()->(n)', target='cuda')\ndef scale(x, a, out):\n    for i in range(x.shape[0]):\n        out[i] = x[i] * a\n\n"

Test(cuda_guvectorize, device_results_and_out) {
  if (!have_device()) cr_skip_test();
  streak_status st;
  streak_vm *vm = run_script("gu.py",
                             GU_HEAD "x = np.arange(12, dtype=np.float32).reshape(3, 4)\n"
                                     "d = cuda.to_device(x)\n"
                                     "r = scale(d, np.float32(2))\n"
                                     "assert type(r).__name__ == 'DeviceNDArray' and r.shape == (3, 4), type(r)\n"
                                     "assert (r.copy_to_host() == 2 * x).all()\n"
                                     "h = scale(x, 2.0)\n"
                                     "assert type(h).__name__ == 'ndarray' and h.dtype == np.float32\n"
                                     "o = cuda.device_array((3, 4), dtype=np.float32)\n"
                                     "r2 = scale(x, np.float32(3), out=o)\n"
                                     "assert r2 is o and (o.copy_to_host() == 3 * x).all()\n"
                                     "o2 = cuda.device_array((3, 4), dtype=np.float32)\n"
                                     "assert scale(d, np.float32(4), o2) is o2 and (o2.copy_to_host() == 4 * x).all()\n"
                                     "t = cuda.to_device(np.arange(24.0).reshape(2, 3, 4))\n"
                                     "r3 = scale(t, 0.5)\n"
                                     "assert r3.shape == (2, 3, 4) and (r3.copy_to_host() == np.arange(24.0).reshape(2, 3, 4) * 0.5).all()\n"
                                     "assert (scale(d[:, 1:], np.float32(1)).copy_to_host() == x[:, 1:]).all()\n",
                             &st);
  cr_assert_eq(st, STREAK_OK, "%s", streak_last_error(vm) ? streak_last_error(vm)->traceback : "");
  streak_close(vm);
}

Test(cuda_guvectorize, call_errors) {
  if (!have_device()) cr_skip_test();
  expect_error("gu1.py", GU_HEAD "scale(np.arange(4, dtype=np.int8), 1)\n", "TypeError", (const char *[]){"no matching signature", NULL});
  expect_error("gu2.py", GU_HEAD "scale(cuda.to_device(np.arange(4.0)), np.float32(1))\n", "TypeError",
               (const char *[]){"compatible signature is possible by casting but", "does not support .astype()", NULL});
  expect_error("gu3.py", GU_HEAD "scale(np.zeros((3, 4)), np.zeros(2))\n", "ValueError",
               (const char *[]){"arg #2: outer dimension mismatch", "gu3.py\", line 9", NULL});
  expect_error("gu4.py", GU_HEAD "scale(np.zeros((3, 4)), 1.0, out=np.zeros((3, 5)))\n", "ValueError",
               (const char *[]){"output shape mismatch", NULL});
  expect_error("gu5.py", GU_HEAD "scale(np.zeros(4))\n", "TypeError", (const char *[]){"invalid number of input argument", NULL});
  expect_error("gu6.py", GU_HEAD "scale(np.zeros((0, 4)), np.zeros(0))\n", "AssertionError", (const char *[]){"zero looping dimension", NULL});
  expect_error("gu7.py", GU_HEAD "o = np.zeros(4)\nscale(np.zeros(4), 1.0, o, out=o)\n", "ValueError",
               (const char *[]){"cannot specify 'out' as both a positional and keyword argument", NULL});
}

Test(cuda_guvectorize, index_error_names_the_core_function) {
  if (!have_device()) cr_skip_test();
  expect_error("guix.py",
               "import numpy as np\nfrom numba import guvectorize\n\n"
               "@guvectorize(['void(float64[:], float64[:])'], '(n)->(n)', target='cuda')\n"
               "def f(x, out):\n    for i in range(x.shape[0] + 1):\n        out[i] = x[i]\n\nf(np.zeros((2, 3)))\n",
               "IndexError", (const char *[]){"out of bounds in kernel 'f'", "guix.py\", line 7)", NULL});
}

/* Runs the cache script in a child process; its exit status is builds * 16 + hits (or 255). */
static int cache_child(const char *name, const char *src) {
  pid_t pid = fork();
  cr_assert(pid >= 0);
  if (pid == 0) {
    streak_status st;
    streak_vm *vm = run_script(name, src, &st);
    int64_t s[4];
    cuda_cache_stats(s);
    if (st != STREAK_OK) fprintf(stderr, "%s", streak_last_error(vm)->traceback);
    _exit(st != STREAK_OK || s[0] > 14 || s[1] > 15 ? 255 : (int)(s[0] * 16 + s[1]));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

Test(cuda_cache, second_process_builds_nothing) {
  /* OpenCL must not be loaded in this process: its runtime threads do not survive fork() */
  pid_t pid = fork();
  if (pid == 0) _exit(dev_ensure() == 0 ? 0 : 1);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) cr_skip_test();
  char dir[300];
  snprintf(dir, sizeof dir, "/tmp/streak-clcache.XXXXXX");
  cr_assert_not_null(mkdtemp(dir));
  setenv("STREAK_CACHE_DIR", dir, 1);
  const char *src = KERNEL_HEAD "@cuda.jit(cache=True)\ndef inc(a, by):\n    i = cuda.grid(1)\n    if i < a.size:\n        a[i] += by\n\n"
                                "a = np.zeros(10, dtype=np.int32)\n"
                                "inc[1, 16](a, 2)\n"
                                "b = np.zeros(3)\n"
                                "inc[1, 4](b, 0.5)\n"
                                "assert a.sum() == 20 and b.sum() == 1.5\n";
  cr_assert_eq(cache_child("cached.py", src), 2 * 16 + 0, "first run: two builds, no hits");
  cr_assert_eq(cache_child("cached.py", src), 0 * 16 + 2, "second run: no builds, two hits");
  /* an edited kernel is a different key: built again */
  const char *src2 = KERNEL_HEAD "@cuda.jit(cache=True)\ndef inc(a, by):\n    i = cuda.grid(1)\n    if i < a.size:\n        a[i] += by + 0\n\n"
                                 "a = np.zeros(10, dtype=np.int32)\n"
                                 "inc[1, 16](a, 2)\n";
  cr_assert_eq(cache_child("cached.py", src2), 1 * 16 + 0);
  /* a damaged file is rebuilt, not trusted */
  char cmd[700];
  snprintf(cmd, sizeof cmd, "for f in %s/*.clbin; do head -c 200 \"$f\" > \"$f.x\" && mv \"$f.x\" \"$f\"; done", dir);
  cr_assert_eq(system(cmd), 0);
  cr_assert_eq(cache_child("cached.py", src), 2 * 16 + 0);
  cr_assert_eq(cache_child("cached.py", src), 0 * 16 + 2);
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  cr_assert_eq(system(cmd), 0);
  unsetenv("STREAK_CACHE_DIR");
}
