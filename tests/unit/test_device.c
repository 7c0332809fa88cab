/* test_device.c — runtime/device.c (OpenCL loaded with dlopen) and jit/opencl.c's
** helpers. Tests needing a device skip themselves when none is installed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../jit/opencl.h"
#include "../../runtime/device.h"
#include "dtype.h"

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
