/*
** test_nprandom.c — np.random's legacy generator (runtime/random.c) against
** NumPy 1.24's streams, and matplotlib's imsave pieces (runtime/pyplot.c).
** Expected values were produced by /usr/bin/python3 (NumPy 1.24.2,
** matplotlib 3.6.3) with the same calls; doubles are compared exactly.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "array.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "object.h"
#include "pyplot.h"
#include "random.h"
#include "str.h"
#include "util.h"
#include "vm.h"

static VM *vm;

/* The tests hold values in C locals across calls: keep the collector off. */
static void setup(void) {
  vm = vm_new();
  vm->gc_paused++;
}
static void teardown(void) { vm_free(vm); }

TestSuite(nprandom, .init = setup, .fini = teardown);

/* ---- the C API (what compiled code calls) -------------------------------- */

Test(nprandom, double_stream) {
  static const double want[] = {0x1.dbf6a3f8f84b7p-1, 0x1.43f7f410bb044p-2, 0x1.78aa6d0a2dad8p-3,
                                0x1.a2f07fd391514p-3, 0x1.22acdae20d908p-1};
  nprandom_seed(vm, 12345);
  for (int i = 0; i < 5; i++) cr_expect_eq(nprandom_double(vm), want[i], "draw %d", i);
  /* the example, in decimal */
  nprandom_seed(vm, 12345);
  cr_expect_eq(nprandom_double(vm), 0.9296160928171479);
  cr_expect_eq(nprandom_double(vm), 0.3163755545817859);
  cr_expect_eq(nprandom_double(vm), 0.18391881167709445);
}

Test(nprandom, gauss_polar_with_cache) {
  static const double want[] = {0x1.c398ef3e5cfa5p+0, 0x1.99c2cfacc8953p-2, 0x1.f51d25222c9abp-1,
                                0x1.1ed5969e3314ep+1, 0x1.de1847cb13ddap+0};
  nprandom_seed(vm, 0);
  for (int i = 0; i < 5; i++) cr_expect_eq(nprandom_gauss(vm), want[i], "draw %d", i);
  /* seeding drops the cached second value */
  nprandom_seed(vm, 0);
  cr_expect_eq(nprandom_gauss(vm), want[0]);
  nprandom_seed(vm, 0);
  cr_expect_eq(nprandom_gauss(vm), want[0]);
}

Test(nprandom, normal_uniform_exponential) {
  static const double nrm[] = {0x1.e7f5464195f14p+1, 0x1.58d8fba0904cap+1, 0x1.5e326f1b56e06p+1};
  static const double uni[] = {0x1.0d4d88897558cp+0, -0x1.d18a4a0f55b88p+0, 0x1.d8fec2d44aa9ep+0};
  static const double ex[] = {0x1.99be9cee733c6p+0, 0x1.3b4419268464bp+1, 0x1.600409970a3a0p-1};
  nprandom_seed(vm, 1);
  for (int i = 0; i < 3; i++) cr_expect_eq(nprandom_normal(vm, 3.0, 0.5), nrm[i]);
  nprandom_seed(vm, 2);
  for (int i = 0; i < 3; i++) cr_expect_eq(nprandom_uniform(vm, -2, 5), uni[i]);
  nprandom_seed(vm, 3);
  for (int i = 0; i < 3; i++) cr_expect_eq(nprandom_exponential(vm, 2.0), ex[i]);
}

Test(nprandom, randint_masked) {
  static const int64_t small[] = {-4, 5, 19, -49, 37, 22};
  static const int64_t big[] = {-571657477970, 786720735941, 1475789570504, -849795940612};
  nprandom_seed(vm, 4);
  for (int i = 0; i < 6; i++) cr_expect_eq(nprandom_randint(vm, -50, 50), small[i]);
  nprandom_seed(vm, 4);
  for (int i = 0; i < 4; i++)
    cr_expect_eq(nprandom_randint(vm, -((int64_t)1 << 40), (int64_t)1 << 41), big[i]);
  nprandom_seed(vm, 7); /* rng == 2**32 - 1: raw 32-bit draws */
  NpRandom *r = nprandom_state(vm);
  cr_expect_eq(nprandom_next_bounded_u64(r, 0, 0xffffffffULL), 327741615u);
  cr_expect_eq(nprandom_next_bounded_u64(r, 0, 0xffffffffULL), 976413892u);
  cr_expect_eq(nprandom_next_bounded_u64(r, 0, 0xffffffffULL), 3349725721u);
  cr_expect_eq(nprandom_next_bounded_u64(r, 42, 0), 42u); /* no draw for an empty range */
}

Test(nprandom, shuffle_interval) {
  /* np.random.shuffle(list(range(10))) after seed(5) */
  static const int want[] = {9, 5, 2, 4, 7, 1, 0, 8, 6, 3};
  int l[10];
  for (int i = 0; i < 10; i++) l[i] = i;
  nprandom_seed(vm, 5);
  for (int i = 9; i >= 1; i--) {
    int j = (int)nprandom_interval(vm, (uint64_t)i);
    int t = l[i];
    l[i] = l[j];
    l[j] = t;
  }
  for (int i = 0; i < 10; i++) cr_expect_eq(l[i], want[i], "index %d", i);
}

Test(nprandom, poisson_mult_and_ptrs) {
  static const int64_t want[] = {3, 4, 10, 5, 3, 189, 204, 228, 189, 211};
  nprandom_seed(vm, 6);
  for (int i = 0; i < 10; i++)
    cr_expect_eq(nprandom_poisson(vm, i < 5 ? 4.5 : 200.0), want[i], "draw %d", i);
}

Test(nprandom, seed_by_array) {
  static const uint32_t key[] = {1, 2, 3};
  nprandom_seed_array(vm, key, 3);
  cr_expect_eq(nprandom_double(vm), 0x1.383fbc97230c2p-1);
  cr_expect_eq(nprandom_double(vm), 0x1.c5fd27a5da181p-1);
}

/* ---- through the interpreter ---------------------------------------------- */

typedef struct Src {
  const char *code;
  Module *mod;
} Src;

static void run_src(VM *vm, void *ud) {
  Src *s = ud;
  s->mod = module_new(vm, "__main__");
  vm_run_source(vm, s->mod, s->code, strlen(s->code), "<test>", false);
}

/* Runs code; returns repr(x) of the module's variable x, or the exception's
** last line ("TypeError: ...") when it raised. Caller frees. */
static char *eval_x(const char *code) {
  Src s = {code, NULL};
  StrBuf b = STRBUF_INIT;
  if (!vm_protect(vm, run_src, &s)) {
    exc_format_only(vm, vm->exc, &b);
    while (b.len && b.data[b.len - 1] == '\n') b.data[--b.len] = 0;
    return b.data;
  }
  Value x = module_get(vm, s.mod, "x");
  cr_assert(!is_empty(x), "no x in: %s", code);
  Value r = v_repr(vm, x);
  sb_puts(&b, as_str(r)->data);
  return b.data;
}

#define EXPECT_X(code, want)                                                  \
  do {                                                                        \
    char *got_ = eval_x(code);                                                \
    cr_expect_str_eq(got_, want, "%s", code);                                 \
    free(got_);                                                               \
  } while (0)

Test(nprandom, module_functions) {
  EXPECT_X("import numpy as np\nnp.random.seed(12345)\nx = np.random.random(3).tolist()",
           "[0.9296160928171479, 0.3163755545817859, 0.18391881167709445]");
  EXPECT_X("import numpy as np\nnp.random.seed(4)\nx = np.random.randint(-50, 50, size=6).tolist()",
           "[-4, 5, 19, -49, 37, 22]");
  EXPECT_X("import numpy as np\nnp.random.seed(5)\nx = list(range(10))\nnp.random.shuffle(x)",
           "[9, 5, 2, 4, 7, 1, 0, 8, 6, 3]");
  EXPECT_X("import numpy.random as r\nr.seed(4)\nx = r.randint(-50, 50)", "-4");
  EXPECT_X("from numpy.random import seed, randint\nseed(4)\nx = randint(-50, 50)", "-4");
  EXPECT_X("import numpy as np\nx = np.random.RandomState(12345).rand()", "0.9296160928171479");
  EXPECT_X("import numpy as np\nx = np.random.randint(0)", "ValueError: high <= 0");
  EXPECT_X("import numpy as np\nx = np.random.seed(-1)",
           "ValueError: Seed must be between 0 and 2**32 - 1");
  EXPECT_X("import numpy as np\nx = np.random.randint()",
           "TypeError: randint() takes at least 1 positional argument (0 given)");
  EXPECT_X("import numpy as np\nx = np.random.binomial(3, 0.5)",
           "NotImplementedError: streak: numpy.random.binomial is not supported");
}

/* The interpreter's calls and the C API share one state. */
Test(nprandom, shared_state) {
  char *got = eval_x("import numpy as np\nnp.random.seed(12345)\nx = np.random.random()");
  free(got);
  cr_expect_eq(nprandom_double(vm), 0.3163755545817859);
}

/* ---- matplotlib ------------------------------------------------------------- */

Test(nprandom, pyplot_imports_and_unsupported) {
  EXPECT_X("import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nx = plt.__name__",
           "'matplotlib.pyplot'");
  EXPECT_X("from matplotlib import pyplot as plt\nx = plt.get_cmap('hot').N", "256");
  EXPECT_X("import matplotlib.pyplot as plt\nx = plt.cm.viridis.name", "'viridis'");
  EXPECT_X("import matplotlib.pyplot as plt\nx = plt.plot([1, 2])",
           "NotImplementedError: streak: matplotlib.pyplot.plot is not supported (only imsave)");
  EXPECT_X("import matplotlib.pyplot as plt\nx = plt.show()",
           "NotImplementedError: streak: matplotlib.pyplot.show is not supported (only imsave)");
  char *got = eval_x("import matplotlib.pyplot as plt\nx = plt.imsave('/tmp/x.png', [[1]], cmap='nope')");
  const char *want = "ValueError: 'nope' is not a valid value for cmap; supported values are "
                     "'Accent', 'Accent_r', 'Blues', ";
  cr_expect(strncmp(got, want, strlen(want)) == 0, "%s", got);
  cr_expect(strstr(got, "'viridis', 'viridis_r', 'winter', 'winter_r'") != NULL, "%s", got);
  free(got);
}

/* The byte colours of Normalize + Colormap.__call__(bytes=True), from matplotlib. */
Test(nprandom, colorize_matches_matplotlib) {
  static const double x[6] = {0.0, 0.3, 0.7, 1.0, -2.0, 5.5};
  static const struct {
    const char *cmap;
    double vmin, vmax;
    uint8_t rgba[24];
  } cases[] = {
      {"viridis", NAN, NAN, {56, 86, 139, 255, 51, 96, 141, 255, 45, 110, 142, 255, 41, 120, 142, 255, 68, 1, 84, 255, 253, 231, 36, 255}},
      {"hot", NAN, NAN, {189, 0, 0, 255, 215, 0, 0, 255, 252, 0, 0, 255, 255, 23, 0, 255, 10, 0, 0, 255, 255, 255, 255, 255}},
      {"gray", NAN, NAN, {68, 68, 68, 255, 78, 78, 78, 255, 92, 92, 92, 255, 102, 102, 102, 255, 0, 0, 0, 255, 255, 255, 255, 255}},
      {"magma", NAN, NAN, {87, 20, 125, 255, 102, 26, 128, 255, 124, 35, 129, 255, 140, 41, 128, 255, 0, 0, 3, 255, 251, 252, 191, 255}},
      {"inferno", 0, 1, {0, 0, 3, 255, 106, 23, 110, 255, 243, 119, 25, 255, 252, 254, 164, 255, 0, 0, 3, 255, 252, 254, 164, 255}},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    uint8_t out[24];
    cr_assert(pyplot_colorize_f64(x, 2, 3, cases[c].cmap, cases[c].vmin, cases[c].vmax, out));
    for (int i = 0; i < 24; i++)
      cr_expect_eq(out[i], cases[c].rgba[i], "%s byte %d", cases[c].cmap, i);
  }
  uint8_t out[24];
  cr_expect(!pyplot_colorize_f64(x, 2, 3, "no-such-map", NAN, NAN, out));
}

Test(nprandom, imsave_writes_png) {
  char path[] = "/tmp/streak_test_nprandom_XXXXXX.png";
  int fd = mkstemps(path, 4);
  cr_assert(fd >= 0);
  close(fd);
  char code[256];
  snprintf(code, sizeof code,
           "import numpy as np\nimport matplotlib.pyplot as plt\n"
           "x = plt.imsave('%s', np.arange(12.0).reshape(3, 4), cmap='gray')", path);
  char *got = eval_x(code);
  cr_expect_str_eq(got, "None");
  free(got);
  FILE *f = fopen(path, "rb");
  cr_assert(f);
  unsigned char head[24];
  cr_assert_eq(fread(head, 1, sizeof head, f), sizeof head);
  fclose(f);
  remove(path);
  cr_expect(memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0);
  cr_expect(memcmp(head + 12, "IHDR", 4) == 0);
  cr_expect_eq(head[19], 4); /* width 4 */
  cr_expect_eq(head[23], 3); /* height 3 */
}
