/*
** main.c — the `streak` command line, with python's conventions:
**   streak [options] FILE [ARGS]   streak -c CODE [ARGS]   streak - [ARGS]
**   streak -i FILE                 streak (REPL on a terminal, else stdin)
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "error.h"
#include "func.h"
#include "list.h"
#include "object.h"
#include "repl.h"
#include "str.h"
#include "streak.h"
#include "util.h"
#include "vm.h"
#include "../runtime/device.h" /* --devices (GPU engineer) */


typedef struct Options {
  const char *code;   /* -c */
  const char *script; /* FILE or "-" */
  bool interactive;   /* -i */
  int argi;           /* index of the first sys.argv entry in argv */
  const char *prog;   /* argv[0], for messages */
} Options;

static void usage(FILE *out) {
  fputs("usage: streak [option] ... [-c cmd | file | -] [arg] ...\n"
        "Runs a program in streak's Python/NumPy/Numba subset.\n\n"
        "Options:\n"
        "  -c cmd      program passed in as a string\n"
        "  -i          inspect interactively after running the script\n"
        "  -j off|on   turn the JIT compiler off or on (default on)\n"
        "  -j v        one line per trace event (start, stop, stitch, abort, blacklist)\n"
        "  -j dump     dump bytecode, IR and generated code\n"
        "  -j stats    print JIT statistics at exit\n"
        "  -j name=N   set a JIT parameter:\n",
        out);
#define X(name, dflt, doc) fprintf(out, "                %-10s %-7d %s\n", #name, (int)(dflt), doc);
  JIT_PARAMS(X)
#undef X
  fputs("  --devices   list OpenCL platforms and devices (numba.cuda) and exit\n", out);
  fputs("  --version   print the version and exit\n"
        "  -h, --help  print this help and exit\n"
        "  -           read the program from standard input\n\n"
        "With no file and standard input on a terminal, starts the interactive REPL.\n",
        out);
}

static bool set_jit_param(VM *vm, const char *arg) {
  const char *eq = strchr(arg, '=');
  size_t n = (size_t)(eq - arg);
  char *end;
  long long v = strtoll(eq + 1, &end, 10);
  if (*end || end == eq + 1) return false;
#define X(name, dflt, doc)                                                    \
  if (n == strlen(#name) && strncmp(arg, #name, n) == 0) {                    \
    vm->jitp.name = v;                                                        \
    return true;                                                              \
  }
  JIT_PARAMS(X)
#undef X
  return false;
}

static bool set_jit_flag(VM *vm, const char *arg) {
  if (strchr(arg, '=')) return set_jit_param(vm, arg);
  if (!strcmp(arg, "off")) vm->jit.on = false;
  else if (!strcmp(arg, "on")) vm->jit.on = true;
  else if (!strcmp(arg, "v")) vm->jit.verbose = true;
  else if (!strcmp(arg, "dump")) vm->jit.dump = true;
  else if (!strcmp(arg, "stats")) vm->jit.stats = true;
  else return false;
  return true;
}

/* Returns -1 to continue, else an exit status. */
static int parse_options(VM *vm, int argc, char **argv, Options *o) {
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
      puts("streak " STREAK_VERSION_STRING);
      return 0;
    }
    if (!strcmp(a, "--devices")) { /* GPU engineer: runtime/device.c */
      return device_print_devices(stdout) > 0 ? 0 : 1;
    }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      usage(stdout);
      return 0;
    }
    if (!strcmp(a, "-i")) { o->interactive = true; continue; }
    if (!strncmp(a, "-j", 2)) {
      const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
      if (!val || !set_jit_flag(vm, val)) {
        fprintf(stderr, "streak: bad -j option '%s' (see streak --help)\n", val ? val : "");
        return 2;
      }
      continue;
    }
    if (!strcmp(a, "-c")) {
      if (i + 1 >= argc) {
        fputs("Argument expected for the -c option\n", stderr);
        return 2;
      }
      o->code = argv[++i];
      o->argi = i; /* sys.argv[0] is '-c' */
      return -1;
    }
    if (!strcmp(a, "-") || a[0] != '-') {
      o->script = a;
      o->argi = i;
      return -1;
    }
    fprintf(stderr, "Unknown option: %s\nusage: streak [option] ... [-c cmd | file | -] [arg] ...\n", a);
    return 2;
  }
  o->argi = i;
  return -1;
}

static void setup_sys(VM *vm, int argc, char **argv, const Options *o) {
  if (o->code) list_append(vm, vm->sys_argv, str_from_cstr(vm, "-c"));
  for (int i = o->code ? o->argi + 1 : o->argi; i < argc; i++)
    list_append(vm, vm->sys_argv, str_from_cstr(vm, argv[i]));
  if (vm->sys_argv->n == 0) list_append(vm, vm->sys_argv, str_from_cstr(vm, ""));
  /* sys.path[0]: the directory of the script with symlinks resolved, as
  ** CPython's realpath of argv[0] (so modules' __file__ are absolute), or ''
  ** (the current one) for -c and stdin. */
  const char *dir = "";
  char *owned = NULL;
  if (o->script && strcmp(o->script, "-") != 0) {
    owned = realpath(o->script, NULL);
    if (!owned) owned = util_xstrdup(o->script); /* unreadable: run_main reports it */
    char *slash = strrchr(owned, '/');
    if (slash) {
      slash[slash == owned ? 1 : 0] = 0;
      dir = owned;
    }
  }
  Value d = str_from_cstr(vm, dir);
  free(owned);
  List *path = vm->sys_path;
  list_append(vm, path, d);
  /* path[0] must come first: rotate what vm_new may have put there. */
  for (int64_t k = path->n - 1; k > 0; k--) path->items[k] = path->items[k - 1];
  path->items[0] = d;
  const char *extra = getenv("STREAKPATH");
  while (extra && *extra) {
    const char *colon = strchr(extra, ':');
    size_t n = colon ? (size_t)(colon - extra) : strlen(extra);
    if (n) list_append(vm, path, str_new(vm, extra, n));
    extra = colon ? colon + 1 : NULL;
  }
}

typedef struct RunJob {
  const char *src;
  size_t len;
  const char *filename;
} RunJob;

static void run_job(VM *vm, void *ud) {
  RunJob *j = ud;
  vm_run_source(vm, vm->main, j->src, j->len, j->filename, false);
}

/* SystemExit: None → 0, int → itself, anything else is printed → 1. An int
** past a C long is CPython's PyLong_AsLong overflow, -1, exit status 255,
** printed nowhere. */
static int system_exit_status(VM *vm, Value exc) {
  Value code = v_getattr_opt(vm, exc, str_intern_c(vm, "code"));
  if (is_none(code) || is_empty(code)) return 0;
  if (code.tag == V_INT || code.tag == V_BOOL) return (int)(code.as.i & 0xFF);
  if (is_bigint(code)) return 0xFF;
  Value s = v_str(vm, code);
  fflush(vm->out);
  fprintf(stderr, "%s\n", as_str(s)->data);
  return 1;
}

/* An uncaught KeyboardInterrupt: like CPython, the process ends by SIGINT
** (status 130 in the shell) once the traceback is printed. */
static bool exit_by_sigint;

/* Prints an uncaught exception; returns the process exit status. */
static int report_exception(VM *vm) {
  Value exc = vm->exc;
  vm->exc = v_none();
  if (is_exc(exc) && type_is_subtype(exc.as.o->type, &EXC_SystemExit))
    return system_exit_status(vm, exc);
  exc_print(vm, exc, stderr);
  if (is_exc(exc) && type_is_subtype(exc.as.o->type, &EXC_KeyboardInterrupt)) {
    exit_by_sigint = true;
    return 128 + SIGINT;
  }
  return 1;
}

static int run_source(VM *vm, const char *src, size_t len, const char *filename) {
  RunJob job = {src, len, filename};
  if (vm_protect(vm, run_job, &job)) return 0;
  return report_exception(vm);
}

static char *read_stdin(size_t *len) {
  StrBuf b = STRBUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) sb_append(&b, chunk, n);
  if (!b.data) sb_reserve(&b, 0), b.data[0] = 0;
  *len = b.len;
  return b.data;
}

#if defined(__SANITIZE_ADDRESS__)
/* Under ASan an impossible allocation ([0] * 10**12) must still come back
** as NULL, hence MemoryError, as with the plain allocator; ASAN_OPTIONS in
** the environment still override this. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

static VM *signal_vm;
static void on_sigint(int sig) {
  (void)sig;
  if (signal_vm) signal_vm->interrupt = 1;
}

/* __main__.__file__: "<stdin>", or the script's path joined to the working
** directory without normalising, as CPython 3.9+ sets it. */
static void set_main_file(VM *vm, const char *script) {
  char cwd[4096];
  Value f;
  if (!strcmp(script, "-")) f = str_from_cstr(vm, "<stdin>");
  else if (script[0] != '/' && getcwd(cwd, sizeof cwd)) f = str_printf(vm, "%s/%s", cwd, script);
  else f = str_from_cstr(vm, script);
  module_set(vm, vm->main, "__file__", f);
}

static int run_main(VM *vm, const Options *o) {
  if (o->code) return run_source(vm, o->code, strlen(o->code), "<string>");
  if (!o->script) {
    if (isatty(STDIN_FILENO)) return repl_run(vm);
    size_t len;
    char *src = read_stdin(&len);
    set_main_file(vm, "-");
    int rc = run_source(vm, src, len, "<stdin>");
    free(src);
    return rc;
  }
  size_t len;
  char *src;
  const char *name = o->script;
  if (!strcmp(o->script, "-")) {
    src = read_stdin(&len);
    name = "<stdin>";
  } else if (!(src = util_read_file(o->script, &len))) {
    /* CPython's wording: argv[0], and the path made absolute by joining it
    ** to the working directory (no normalisation). */
    int err = errno;
    char cwd[4096];
    bool rel = o->script[0] != '/' && getcwd(cwd, sizeof cwd);
    if (err == EISDIR) { /* CPython would look for a __main__ module there */
      fprintf(stderr, "%s: can't find '__main__' module in '%s%s%s'\n", o->prog, rel ? cwd : "",
              rel ? "/" : "", o->script);
      return 1;
    }
    fprintf(stderr, "%s: can't open file '%s%s%s': [Errno %d] %s\n", o->prog, rel ? cwd : "",
            rel ? "/" : "", o->script, err, strerror(err));
    return 2;
  }
  set_main_file(vm, o->script);
  int rc = run_source(vm, src, len, name);
  free(src);
  return rc;
}

static void close_generators_job(VM *vm, void *ud) {
  (void)ud;
  vm_close_generators(vm);
}

/* CPython's finalization closes the generators left suspended (their
** finally blocks print after the program's last line); what that raises
** is printed there, never the exit status. */
static void close_generators(VM *vm) {
  if (!vm_protect(vm, close_generators_job, NULL)) vm->exc = v_none();
}

int main(int argc, char **argv) {
  VM *vm = vm_new();
  if (!vm) {
    fputs("streak: out of memory\n", stderr);
    return 1;
  }
  Options o = {.prog = argc > 0 ? argv[0] : "streak"};
  int rc = parse_options(vm, argc, argv, &o);
  if (rc >= 0) {
    vm_free(vm);
    return rc;
  }
  setup_sys(vm, argc, argv, &o);
  signal_vm = vm;
  struct sigaction sa = {0};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  rc = run_main(vm, &o);
  if (o.interactive && (o.script || o.code) && rc != 2) {
    exit_by_sigint = false;
    int rrc = repl_run(vm);
    rc = rrc;
  }
  close_generators(vm);
  fflush(vm->out);
  signal_vm = NULL;
  vm_free(vm);
  if (exit_by_sigint) {
    fflush(NULL);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
  }
  return rc;
}
