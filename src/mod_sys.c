/*
** mod_sys.c — the `sys` module: argv, path, modules, exit, the standard
** streams as file objects, version information and interpreter limits.
*/
#include <float.h>
#include <stdint.h>

#include "builtins.h"
#include "error.h"
#include "fileobj.h"
#include "list.h"
#include "num.h"
#include "object.h"
#include "str.h"
#include "vm.h"

/* exit([status]): SystemExit(status); main turns it into the exit status. */
static Value s_exit(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "exit", 0, 1);
  Value args = a->argc ? tuple_from(vm, a->argv, 1) : tuple_from(vm, NULL, 0);
  vm_throw(vm, exc_new_args(vm, &EXC_SystemExit, args));
}

static Value s_getrecursionlimit(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "getrecursionlimit", 0, 0);
  return v_int(vm->recursion_limit);
}

static Value s_setrecursionlimit(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "setrecursionlimit", 1, 1);
  Value v = a->argv[0];
  if (!v_is_intlike(v))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(v));
  int64_t n;
  if (!int_fits_i64(v, &n) || n > INT32_MAX)
    vm_raise(vm, &EXC_OverflowError, "Python int too large to convert to C int");
  if (n < 1) vm_raise(vm, &EXC_ValueError, "recursion limit must be greater or equal than 1");
  vm_set_recursion_limit(vm, (int)n);
  return v_none();
}

static Value s_get_int_max_str_digits(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "get_int_max_str_digits", 0, 0);
  return v_int(4300);
}

static Value s_set_int_max_str_digits(VM *vm, Value self, const Args *a) {
  (void)self;
  Value arg[1];
  args_parse(vm, a, "set_int_max_str_digits", "maxdigits", arg);
  if (!v_is_intlike(arg[0]))
    vm_raise(vm, &EXC_TypeError, "'%s' object cannot be interpreted as an integer", v_typename(arg[0]));
  int64_t n;
  if (!int_fits_i64(arg[0], &n)) n = INT64_MAX;
  if (n != 0 && n < 640) vm_raise(vm, &EXC_ValueError, "maxdigits must be 0 or larger than 640");
  if (n != 4300)
    vm_raise(vm, &EXC_NotImplementedError, "streak: sys.set_int_max_str_digits() cannot change the limit (4300)");
  return v_none();
}

static Value s_intern(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "intern", 1, 1);
  Value s = a->argv[0];
  if (!is_str(s)) vm_raise(vm, &EXC_TypeError, "intern() argument must be str, not %s", v_argtypename(s));
  return v_obj(str_intern(vm, as_str(s)->data, (size_t)as_str(s)->nbytes));
}

static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
    "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
static const char *const version_info_fields[] = {
    "major", "minor", "micro", "releaselevel", "serial", NULL};
static StructSeqType FLOAT_INFO_TYPE, VERSION_INFO_TYPE;

static void struct_types_init(void) {
  static bool done;
  if (done) return;
  structseq_type_init(&FLOAT_INFO_TYPE, "sys.float_info", float_info_fields);
  structseq_type_init(&VERSION_INFO_TYPE, "sys.version_info", version_info_fields);
  done = true;
}

static Value float_info(VM *vm) {
  Value f[] = {v_float(DBL_MAX), v_int(DBL_MAX_EXP), v_int(DBL_MAX_10_EXP),
               v_float(DBL_MIN), v_int(DBL_MIN_EXP), v_int(DBL_MIN_10_EXP),
               v_int(DBL_DIG), v_int(DBL_MANT_DIG), v_float(DBL_EPSILON),
               v_int(FLT_RADIX), v_int(1)};
  return structseq_new(vm, &FLOAT_INFO_TYPE, f);
}

/* The oracle's version, 3.11.2 (sys.version's text cannot be CPython's). */
static Value version_info(VM *vm) {
  Value v[] = {v_int(3), v_int(11), v_int(2), str_from_cstr(vm, "final"), v_int(0)};
  return structseq_new(vm, &VERSION_INFO_TYPE, v);
}

Module *mod_sys_init(VM *vm) {
  struct_types_init();
  Module *m = module_new(vm, "sys");
  module_add_func(vm, m, "exit", s_exit);
  module_add_func(vm, m, "getrecursionlimit", s_getrecursionlimit);
  module_add_func(vm, m, "setrecursionlimit", s_setrecursionlimit);
  module_add_func(vm, m, "get_int_max_str_digits", s_get_int_max_str_digits);
  module_add_func(vm, m, "set_int_max_str_digits", s_set_int_max_str_digits);
  module_add_func(vm, m, "intern", s_intern);
  if (!vm->sys_argv) vm->sys_argv = list_new(vm, 0);
  if (!vm->sys_path) vm->sys_path = list_new(vm, 0);
  module_set(vm, m, "argv", v_obj(vm->sys_argv));
  module_set(vm, m, "path", v_obj(vm->sys_path));
  if (vm->modules) module_set(vm, m, "modules", v_obj(vm->modules));
  module_set(vm, m, "maxsize", v_int(INT64_MAX));
  module_set(vm, m, "maxunicode", v_int(0x10FFFF));
  module_set(vm, m, "float_info", float_info(vm));
  module_set(vm, m, "version", str_from_cstr(vm, "3.11.2 (streak 0.1.0) [GCC]"));
  module_set(vm, m, "version_info", version_info(vm));
  module_set(vm, m, "hexversion", v_int(0x030B02F0));
  module_set(vm, m, "platform", str_from_cstr(vm, "linux"));
  module_set(vm, m, "byteorder", str_from_cstr(vm, "little"));
  module_set(vm, m, "executable", str_from_cstr(vm, ""));
  module_set(vm, m, "stdin", fileobj_wrap(vm, stdin, "<stdin>", "r"));
  module_set(vm, m, "stdout", fileobj_wrap(vm, vm->out ? vm->out : stdout, "<stdout>", "w"));
  module_set(vm, m, "stderr", fileobj_wrap(vm, stderr, "<stderr>", "w"));
  return m;
}
