/*
** test_containers_support.c — TEST-ONLY stand-ins for the parts of vm.c
** that test_containers needs (vm.c is being written in parallel). Every
** definition is weak, so the real ones win as soon as vm.c is linked in.
** Not part of any build target; delete once vm.c exists.
*/
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "object.h"
#include "str.h"
#include "vm.h"

#define WEAK __attribute__((weak))

WEAK void vm_enter_c(VM *vm) {
  if (++vm->c_depth > 200) {
    vm->c_depth--;
    vm_raise(vm, &EXC_RecursionError, "maximum recursion depth exceeded");
  }
}

WEAK void vm_mark_roots(VM *vm) { (void)vm; }

WEAK Value vm_call(VM *vm, Value fn, const Args *args) {
  Type *t = v_type(fn);
  if (t->call) return t->call(vm, fn, args);
  if (is_type(fn, &TYPE_TYPE) && ((Type *)fn.as.o)->ctor) return ((Type *)fn.as.o)->ctor(vm, fn, args);
  vm_raise(vm, &EXC_TypeError, "'%s' object is not callable", t->name);
}

WEAK Value vm_call1(VM *vm, Value fn, Value a) {
  Args args = args_pos(1, &a);
  return vm_call(vm, fn, &args);
}

WEAK bool vm_protect(VM *vm, void (*fn)(VM *vm, void *ud), void *ud) {
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

WEAK VM *vm_new(void) {
  VM *vm = calloc(1, sizeof(VM));
  vm->exc = v_none();
  vm->handling = v_none();
  vm->recursion_limit = 1000;
  vm->memory_error = exc_new(vm, &EXC_MemoryError, NULL);
  return vm;
}

WEAK void vm_free(VM *vm) {
  gc_free_all(vm);
  str_free_table(vm);
  free(vm->roots);
  free(vm);
}
