/*
** builtins.h — the builtins module and the table of built-in modules.
*/
#ifndef STREAK_BUILTINS_H
#define STREAK_BUILTINS_H

#include "value.h"

/* Creates vm->builtins with every built-in function, type and exception. */
void builtins_init(VM *vm);

/* Built-in modules: name and a function creating the module object.
** One list; vm_import consults it before searching for .py files. */
#define BUILTIN_MODULES(X) \
  X("math", mod_math_init) \
  X("cmath", mod_cmath_init) \
  X("random", mod_random_init) \
  X("time", mod_time_init) \
  X("sys", mod_sys_init) \
  X("numpy", mod_numpy_init) \
  X("matplotlib", mod_matplotlib_init) \
  X("numba", mod_numba_init)

#define X(name, init) Module *init(VM *vm);
BUILTIN_MODULES(X)
#undef X

/* Returns the initialiser for a built-in module name, or NULL. */
Module *(*builtin_module_find(const char *name))(VM *vm);

/* print() core, shared with the REPL's echo. */
void builtin_print_value(VM *vm, Value v);

#endif
