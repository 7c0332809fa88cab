/*
** set.h — set and frozenset with CPython's table layout, so that iteration
** order (and so printing) matches CPython for ints and tuples.
*/
#ifndef STREAK_SET_H
#define STREAK_SET_H

#include "value.h"

Set *set_new(VM *vm, Type *type);             /* &TYPE_SET or &TYPE_FROZENSET */
void set_add(VM *vm, Set *s, Value key);
bool set_contains(VM *vm, Set *s, Value key);
bool set_discard(VM *vm, Set *s, Value key);
int64_t set_len(Set *s);
bool set_next(Set *s, int64_t *pos, Value *key); /* table order, *pos from 0 */
Value set_from_iterable(VM *vm, Type *type, Value iterable);
/* s |= other, s &= other, s -= other, s ^= other (op BINOP_OR/AND/SUB/XOR)
** with any iterable, like update / intersection_update / difference_update
** / symmetric_difference_update (used by the dict views). */
void set_inplace_op(VM *vm, Set *s, BinOp op, Value other);
/* The frozenset constant CPython 3.11's compiler makes of a set display
** whose n > 2 items are all constants ({1, 2, 3}, `for x in {...}`): built
** from the items in order, then rebuilt from its own iteration order (as
** merge_consts does). `{...}` then runs BUILD_SET 0 + SET_UPDATE (a
** set_inplace_op OR into an empty set). Matching this keeps literal sets
** printing in CPython's order. */
Value set_fold_constant(VM *vm, const Value *items, int64_t n);

#endif
