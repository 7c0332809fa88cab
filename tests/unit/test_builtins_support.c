/*
** test_builtins_support.c — TEST-ONLY stand-ins for parts of the core that
** are not written yet (vm.c, func.c), so that test_builtins.c and
** test_random.c can be built by hand against the modules that exist:
**
**   gcc -std=c17 -D_GNU_SOURCE -Isrc -Iinclude src/{util,gc,error,object,num,
**       str,list,dict,format,floatfmt,builtins,iterobj,fileobj,mod_*}.c
**       tests/unit/test_builtins_support.c tests/unit/test_random.c
**       -lcriterion -lgmp -lm
**
** Meson never compiles this file: its unit tests link the real library.
** Drop each stand-in as the real implementation lands.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "mod_random.h"
#include "object.h"
#include "set.h"
#include "str.h"
#include "vm.h"

Type TYPE_FUNCTION = {.hdr = TYPE_HEADER, .name = "function", .base = &TYPE_OBJECT};

Value vm_call(VM *vm, Value fn, const Args *args) {
  Type *t = v_type(fn);
  if (t->call) return t->call(vm, fn, args);
  vm_raise(vm, &EXC_TypeError, "'%s' object is not callable", t->name);
}
Value vm_call0(VM *vm, Value fn) { Args a = args_pos(0, NULL); return vm_call(vm, fn, &a); }
Value vm_call1(VM *vm, Value fn, Value x) { Args a = args_pos(1, &x); return vm_call(vm, fn, &a); }
Value vm_call2(VM *vm, Value fn, Value x, Value y) {
  Value v[2] = {x, y};
  Args a = args_pos(2, v);
  return vm_call(vm, fn, &a);
}

void vm_check_interrupt(VM *vm) { (void)vm; }
void vm_enter_c(VM *vm) { vm->c_depth++; }
void vm_mark_roots(VM *vm) { (void)vm; }

bool vm_protect(VM *vm, void (*fn)(VM *vm, void *ud), void *ud) {
  ErrJmp j;
  j.prev = vm->errjmp;
  int nroots = vm->nroots, depth = vm->c_depth;
  vm->errjmp = &j;
  if (setjmp(j.buf) == 0) {
    fn(vm, ud);
    vm->errjmp = j.prev;
    return true;
  }
  vm->errjmp = j.prev;
  vm->nroots = nroots;
  vm->c_depth = depth;
  return false;
}

VM *vm_new(void) {
  VM *vm = calloc(1, sizeof *vm);
  vm->next_gc = (size_t)1 << 40; /* never collect: the stand-ins mark no frames */
  vm->exc = vm->handling = vm->memory_error = v_none();
  vm->recursion_limit = 1000;
  vm->out = stdout;
  vm->modules = dict_new(vm);
  builtins_init(vm);
  return vm;
}

void vm_free(VM *vm) {
  mod_random_free(vm);
  gc_free_all(vm);
  str_free_table(vm);
  free(vm);
}
