/*
** list.h — list (TYPE_LIST), tuple (TYPE_TUPLE), range, slice and their
** iterators.
*/
#ifndef STREAK_LIST_H
#define STREAK_LIST_H

#include "value.h"

List *list_new(VM *vm, int64_t capacity);     /* n = 0 */
Value list_from(VM *vm, const Value *items, int64_t n);
void list_append(VM *vm, List *l, Value v);
/* list_append for compiled traces: false, and nothing appended, where the
** memory cap forbids growing (the interpreter then raises MemoryError at
** the instruction, the trace having exited before it). */
bool list_append_nothrow(VM *vm, List *l, Value v);
/* Is fn list.append's C method (LOADMETH's result for it)? */
bool list_is_append(CFunc fn);

/* A list's iterator (the recorder follows zip/enumerate over one). `l`
** becomes NULL once exhausted, as in CPython, so later appends are not
** seen. */
typedef struct ListIter {
  Obj hdr;
  List *l;
  int64_t i;
} ListIter;
extern Type TYPE_LIST_ITERATOR; /* forwards */
extern Type TYPE_LIST_REVITERATOR; /* reversed(list): i counts down */
/* iter(range) and reversed(range) within int64: the value to give next,
** the step, the count left (the recorder steps one as rangeiter_next). */
typedef struct RangeIter {
  Obj hdr;
  int64_t next, step, left;
} RangeIter;
extern Type TYPE_RANGE_ITERATOR;
void list_extend(VM *vm, List *l, Value iterable);
Value list_from_iterable(VM *vm, Value iterable);
/* Stable sort in place (timsort-compatible results: stable, by `<`),
** with optional key function (V_NONE/V_EMPTY: none) and reverse. */
void list_sort(VM *vm, List *l, Value key, bool reverse);
bool list_sort_reverse_arg(VM *vm, Value v); /* reverse=: an int, as CPython */

/* A tuple or a struct sequence (CPython's PyTuple_Check; is_tuple is exact). */
static inline bool tuple_check(Value v) {
  return is_tuple(v) || (is_obj(v) && v.as.o->type->base == &TYPE_TUPLE);
}

Tuple *tuple_new(VM *vm, int64_t n);          /* items are V_NONE; fill them */
Value tuple_from(VM *vm, const Value *items, int64_t n);
Value tuple_from_iterable(VM *vm, Value iterable);
Value tuple_pack2(VM *vm, Value a, Value b);

/* A struct sequence (sys.float_info, sys.version_info): a tuple whose items
** are also named attributes, and whose repr names them. The Type comes
** first, so an instance's type is a StructSeqType. */
typedef struct StructSeqType {
  Type type;
  const char *const *fields; /* NULL-terminated, one name per item */
} StructSeqType;
/* Fills t in as a subtype of tuple called `name` ("sys.float_info"); once,
** before the first structseq_new. */
void structseq_type_init(StructSeqType *t, const char *name, const char *const *fields);
Value structseq_new(VM *vm, StructSeqType *t, const Value *items); /* one item per field */

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step); /* step != 0 */
Value slice_new(VM *vm, Value start, Value stop, Value step);
/* Resolves a slice against a length like PySlice_AdjustIndices; returns the
** slice length. Raises ValueError "slice step cannot be zero". */
int64_t slice_indices(VM *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

/* Normalises a possibly negative index; raises IndexError `msg` if out of range. */
int64_t seq_index(VM *vm, int64_t i, int64_t len, const char *msg);

/* reversed() support: iterators walking a range / a list backwards. */
Value range_reversed(VM *vm, Range *r);
Value list_reversed(VM *vm, List *l);

/* The Ellipsis singleton (`...`), of type TYPE_ELLIPSIS. */
Value ellipsis_value(void);

/* Repr of a container that may contain itself (list, tuple, dict, set):
** returns `placeholder` ("[...]") if `self` is already being repr'd further
** up, else body(vm, self). Recovers its bookkeeping if body raises. */
Value seq_repr_guard(VM *vm, Value self, const char *placeholder, Value (*body)(VM *vm, Value self));

#endif
