/*
** test_num_support.c — TEST-ONLY stand-ins for the pieces of the runtime
** (vm.c, set.c) that test_num / test_format need while those files are
** still being written. Every definition is weak, so the real ones win as
** soon as they are linked in. Not part of any build target; delete once
** vm.c and set.c exist.
*/
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "set.h"
#include "str.h"
#include "vm.h"

#define WEAK __attribute__((weak))

WEAK Type TYPE_SET = {.hdr = TYPE_HEADER, .name = "set"};
WEAK Type TYPE_FROZENSET = {.hdr = TYPE_HEADER, .name = "frozenset"};
WEAK Set *set_new(VM *vm, Type *type) { (void)type; vm_raise(vm, &EXC_RuntimeError, "no sets in test"); }
WEAK void set_add(VM *vm, Set *s, Value key) { (void)s; (void)key; vm_raise(vm, &EXC_RuntimeError, "no sets"); }
WEAK Value set_from_iterable(VM *vm, Type *type, Value it) { (void)type; (void)it; vm_raise(vm, &EXC_RuntimeError, "no sets"); }
WEAK void set_inplace_op(VM *vm, Set *s, BinOp op, Value other) { (void)s; (void)op; (void)other; vm_raise(vm, &EXC_RuntimeError, "no sets"); }

WEAK void vm_enter_c(VM *vm) { vm->c_depth++; }
WEAK void vm_mark_roots(VM *vm) { (void)vm; }
WEAK Value vm_call1(VM *vm, Value fn, Value a) { (void)fn; (void)a; vm_raise(vm, &EXC_RuntimeError, "no calls in test"); }

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
  vm->memory_error = v_empty();
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
