/*
** set.c — set and frozenset, with CPython 3.11's setobject.c table layout
** and algorithms (linear probing in runs of LINEAR_PROBES, then
** perturbation; dummies on discard; the same resize thresholds and the same
** construction order for | & - ^), so that iteration order — hence printing
** — matches CPython for ints, floats and tuples, whose hashes also match.
**
** Entry states, as in CPython:
**   unused  key V_EMPTY, hash 0
**   dummy   key V_EMPTY, hash -1
**   active  anything else (a real hash is never -1)
*/
#include <string.h>

#include "set.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "vm.h"

enum { SET_MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

typedef struct SetEntry {
  Value key;
  int64_t hash;
} SetEntry;

struct Set {
  Obj hdr;
  int64_t fill;   /* active + dummy */
  int64_t used;   /* active */
  int64_t mask;   /* table size - 1 */
  int64_t finger; /* pop() search start */
  int64_t hash;   /* frozenset hash cache, -1 */
  SetEntry *table;
};

static inline bool is_active(const SetEntry *e) { return !is_empty(e->key); }
static inline bool is_unused(const SetEntry *e) { return is_empty(e->key) && e->hash == 0; }
static bool is_anyset(Value v) { return is_type(v, &TYPE_SET) || is_type(v, &TYPE_FROZENSET); }
static Set *as_set(Value v) { return (Set *)v.as.o; }

static SetEntry *table_alloc(VM *vm, int64_t size) {
  SetEntry *t = gc_realloc(vm, NULL, 0, (size_t)size * sizeof(SetEntry));
  memset(t, 0, (size_t)size * sizeof(SetEntry));
  return t;
}

static void table_free(VM *vm, SetEntry *t, int64_t mask) {
  if (t) gc_free_buf(vm, t, (size_t)(mask + 1) * sizeof(SetEntry));
}

Set *set_new(VM *vm, Type *type) {
  Set *s = gc_alloc(vm, type, sizeof(Set));
  s->table = table_alloc(vm, SET_MINSIZE);
  s->mask = SET_MINSIZE - 1;
  s->fill = s->used = s->finger = 0;
  s->hash = -1;
  return s;
}

int64_t set_len(Set *s) { return s->used; }

static inline bool keys_equal(VM *vm, Value a, Value b) {
  if (a.tag == b.tag) {
    if (a.tag == V_INT || a.tag == V_BOOL) return a.as.i == b.as.i;
    if (a.tag == V_OBJ) {
      if (a.as.o == b.as.o) return true;
      if (is_str(a) && is_str(b)) return str_eq(as_str(a), as_str(b));
    }
  }
  return v_eq(vm, a, b);
}

/* A small int hashes to itself (CPython's hash: |i| < 2**61-1 is its own
** residue), so int keys need neither a call nor a 64-bit division. */
#define HASH_SMALL_LIMIT (((int64_t)1 << 61) - 1) /* CPython's hash modulus */

static inline int64_t hash_of(VM *vm, Value key) {
  if (key.tag == V_INT || key.tag == V_BOOL) {
    int64_t i = key.as.i;
    if (i > -HASH_SMALL_LIMIT && i < HASH_SMALL_LIMIT) return i == -1 ? -2 : i;
  }
  if (is_str(key)) return str_hash(as_str(key));
  return v_hash(vm, key);
}

/* set_lookkey: the active entry holding key, or NULL. */
static SetEntry *lookkey(VM *vm, Set *so, Value key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash, mask = (uint64_t)so->mask;
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    SetEntry *entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (is_unused(entry)) return NULL;
      if (entry->hash == hash && is_active(entry) && keys_equal(vm, entry->key, key)) return entry;
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* set_insert_clean: key known absent, table without dummies. */
static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    SetEntry *entry = &table[i];
    if (is_empty(entry->key)) goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        entry++;
        if (is_empty(entry->key)) goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

/* set_table_resize: the smallest power of two > minused (at least 8). */
static void table_resize(VM *vm, Set *so, int64_t minused) {
  int64_t newsize = SET_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  SetEntry *old = so->table;
  int64_t oldmask = so->mask;
  SetEntry *table = table_alloc(vm, newsize);
  uint64_t newmask = (uint64_t)newsize - 1;
  for (int64_t i = 0; i <= oldmask; i++)
    if (is_active(&old[i])) insert_clean(table, newmask, old[i].key, old[i].hash);
  so->table = table;
  so->mask = newsize - 1;
  so->fill = so->used;
  table_free(vm, old, oldmask);
}

/* set_add_entry */
static void add_entry(VM *vm, Set *so, Value key, int64_t hash) {
  uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  SetEntry *freeslot = NULL, *entry;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (is_unused(entry)) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        if (keys_equal(vm, entry->key, key)) return; /* found active */
      } else if (entry->hash == -1 && !is_active(entry)) {
        freeslot = entry; /* the last dummy seen, as CPython 3.11 does */
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if ((uint64_t)so->fill * 5 < mask * 3) return;
  table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

void set_add(VM *vm, Set *s, Value key) { add_entry(vm, s, key, hash_of(vm, key)); }

bool set_contains(VM *vm, Set *s, Value key) { return lookkey(vm, s, key, hash_of(vm, key)) != NULL; }

static bool discard_entry(VM *vm, Set *so, Value key, int64_t hash) {
  SetEntry *e = lookkey(vm, so, key, hash);
  if (!e) return false;
  e->key = v_empty();
  e->hash = -1;
  so->used--;
  return true;
}

bool set_discard(VM *vm, Set *s, Value key) { return discard_entry(vm, s, key, hash_of(vm, key)); }

bool set_next(Set *s, int64_t *pos, Value *key) {
  while (*pos <= s->mask) {
    SetEntry *e = &s->table[(*pos)++];
    if (is_active(e)) {
      *key = e->key;
      return true;
    }
  }
  return false;
}

static bool next_entry(Set *s, int64_t *pos, SetEntry **out) {
  while (*pos <= s->mask) {
    SetEntry *e = &s->table[(*pos)++];
    if (is_active(e)) {
      *out = e;
      return true;
    }
  }
  return false;
}

static void set_clear_internal(VM *vm, Set *so) {
  table_free(vm, so->table, so->mask);
  so->table = table_alloc(vm, SET_MINSIZE);
  so->mask = SET_MINSIZE - 1;
  so->fill = so->used = 0;
}

/* ---- bulk operations (CPython's set_merge, set_update_internal, …) ------ */

static void set_merge(VM *vm, Set *so, Set *other) {
  if (other == so || other->used == 0) return;
  if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(vm, so, (so->used + other->used) * 2);
  /* Empty target of the same size and no dummies in the source: copy. */
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; i++)
      if (is_active(&other->table[i])) so->table[i] = other->table[i];
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = so->used = other->used;
    for (int64_t i = 0; i <= other->mask; i++)
      if (is_active(&other->table[i]))
        insert_clean(so->table, (uint64_t)so->mask, other->table[i].key, other->table[i].hash);
    return;
  }
  for (int64_t i = 0; i <= other->mask; i++)
    if (is_active(&other->table[i])) add_entry(vm, so, other->table[i].key, other->table[i].hash);
}

static void update_internal(VM *vm, Set *so, Value other) {
  if (is_anyset(other)) {
    set_merge(vm, so, as_set(other));
    return;
  }
  if (is_dict(other)) {
    Dict *d = as_dict(other);
    int64_t n = dict_len(d);
    if ((so->fill + n) * 5 >= so->mask * 3) table_resize(vm, so, (so->used + n) * 2);
    int64_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL)) add_entry(vm, so, k, hash_of(vm, k));
    return;
  }
  Value it = v_iter(vm, other), k;
  gc_push_root(vm, v_obj(so));
  gc_push_root(vm, it);
  while (v_next(vm, it, &k)) set_add(vm, so, k);
  gc_pop_roots(vm, 2);
}

/* make_new_set(type, iterable) */
static Set *make_new_set(VM *vm, Type *type, Value iterable) {
  Set *s = set_new(vm, type);
  if (!is_empty(iterable)) update_internal(vm, s, iterable);
  return s;
}

Value set_from_iterable(VM *vm, Type *type, Value iterable) {
  if (type == &TYPE_FROZENSET && is_type(iterable, &TYPE_FROZENSET)) return iterable;
  return v_obj(make_new_set(vm, type, iterable));
}

static Set *set_copy(VM *vm, Set *so) { return make_new_set(vm, so->hdr.type, v_obj(so)); }

static Set *set_intersection(VM *vm, Set *so, Value other) {
  if (is_anyset(other) && as_set(other) == so) return set_copy(vm, so);
  Set *result = set_new(vm, so->hdr.type);
  if (is_anyset(other)) {
    Set *a = so, *b = as_set(other);
    if (b->used > a->used) { Set *t = a; a = b; b = t; }
    /* iterate the smaller one (b), look up in the larger (a) */
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(b, &pos, &e))
      if (lookkey(vm, a, e->key, e->hash)) add_entry(vm, result, e->key, e->hash);
    return result;
  }
  gc_push_root(vm, v_obj(result));
  Value it = v_iter(vm, other), k;
  gc_push_root(vm, it);
  while (v_next(vm, it, &k)) {
    int64_t hash = hash_of(vm, k);
    if (lookkey(vm, so, k, hash)) {
      add_entry(vm, result, k, hash);
      if (result->used >= so->used) break;
    }
  }
  gc_pop_roots(vm, 2);
  return result;
}

/* set_swap_bodies: so takes tmp's table (used by the *_update forms). */
static void swap_bodies(Set *a, Set *b) {
  SetEntry *t = a->table; a->table = b->table; b->table = t;
  int64_t x;
  x = a->fill; a->fill = b->fill; b->fill = x;
  x = a->used; a->used = b->used; b->used = x;
  x = a->mask; a->mask = b->mask; b->mask = x;
  x = a->hash; a->hash = b->hash; b->hash = x;
}

static void intersection_update(VM *vm, Set *so, Value other) {
  Set *tmp = set_intersection(vm, so, other);
  swap_bodies(so, tmp);
}

static void difference_update_internal(VM *vm, Set *so, Value other) {
  if (is_anyset(other) && as_set(other) == so) {
    set_clear_internal(vm, so);
    return;
  }
  if (is_anyset(other)) {
    Set *o = as_set(other);
    if ((o->used >> 3) > so->used) o = set_intersection(vm, so, other);
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(o, &pos, &e)) discard_entry(vm, so, e->key, e->hash);
  } else {
    Value it = v_iter(vm, other), k;
    gc_push_root(vm, v_obj(so));
    gc_push_root(vm, it);
    while (v_next(vm, it, &k)) set_discard(vm, so, k);
    gc_pop_roots(vm, 2);
  }
  /* More than 1/4 dummies: resize them away. */
  if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4) return;
  table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Set *copy_and_difference(VM *vm, Set *so, Value other) {
  Set *r = set_copy(vm, so);
  gc_push_root(vm, v_obj(r));
  difference_update_internal(vm, r, other);
  gc_pop_roots(vm, 1);
  return r;
}

static Set *set_difference(VM *vm, Set *so, Value other) {
  int64_t other_size;
  if (is_anyset(other)) other_size = as_set(other)->used;
  else if (is_dict(other)) other_size = dict_len(as_dict(other));
  else return copy_and_difference(vm, so, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(vm, so, other);
  Set *result = set_new(vm, so->hdr.type);
  int64_t pos = 0;
  SetEntry *e;
  while (next_entry(so, &pos, &e)) {
    bool in = is_dict(other) ? !is_empty(dict_get(vm, as_dict(other), e->key))
                             : lookkey(vm, as_set(other), e->key, e->hash) != NULL;
    if (!in) add_entry(vm, result, e->key, e->hash);
  }
  return result;
}

static void symmetric_difference_update(VM *vm, Set *so, Value other) {
  if (is_anyset(other) && as_set(other) == so) {
    set_clear_internal(vm, so);
    return;
  }
  if (is_dict(other)) {
    Dict *d = as_dict(other);
    int64_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL)) {
      int64_t hash = hash_of(vm, k);
      if (!discard_entry(vm, so, k, hash)) add_entry(vm, so, k, hash);
    }
    return;
  }
  Set *o = is_anyset(other) ? as_set(other) : make_new_set(vm, so->hdr.type, other);
  int64_t pos = 0;
  SetEntry *e;
  while (next_entry(o, &pos, &e)) {
    Value k = e->key;
    int64_t hash = e->hash;
    if (!discard_entry(vm, so, k, hash)) add_entry(vm, so, k, hash);
  }
}

static Set *set_symmetric_difference(VM *vm, Set *so, Value other) {
  Set *r = make_new_set(vm, so->hdr.type, other);
  symmetric_difference_update(vm, r, v_obj(so));
  return r;
}

static bool set_issubset(VM *vm, Set *so, Set *other) {
  if (so->used > other->used) return false;
  int64_t pos = 0;
  SetEntry *e;
  while (next_entry(so, &pos, &e))
    if (!lookkey(vm, other, e->key, e->hash)) return false;
  return true;
}

void set_inplace_op(VM *vm, Set *s, BinOp op, Value other) {
  switch (op) {
  case BINOP_OR: update_internal(vm, s, other); break;
  case BINOP_AND: intersection_update(vm, s, other); break;
  case BINOP_SUB: difference_update_internal(vm, s, other); break;
  case BINOP_XOR: symmetric_difference_update(vm, s, other); break;
  default: break;
  }
}

Value set_fold_constant(VM *vm, const Value *items, int64_t n) {
  Set *first = set_new(vm, &TYPE_FROZENSET);
  for (int64_t i = 0; i < n; i++) set_add(vm, first, items[i]);
  Set *folded = set_new(vm, &TYPE_FROZENSET);
  int64_t pos = 0;
  SetEntry *e;
  while (next_entry(first, &pos, &e)) add_entry(vm, folded, e->key, e->hash);
  return v_obj(folded);
}

/* ---- slots -------------------------------------------------------------- */

static void set_mark(VM *vm, Obj *o) {
  Set *s = (Set *)o;
  for (int64_t i = 0; i <= s->mask; i++)
    if (is_active(&s->table[i])) gc_mark_value(vm, s->table[i].key);
}

static void set_finalize(VM *vm, Obj *o) {
  Set *s = (Set *)o;
  table_free(vm, s->table, s->mask);
  s->table = NULL;
}

static Value set_repr_body(VM *vm, Value self) {
  Set *s = as_set(self);
  List *parts = list_new(vm, s->used);
  int64_t pos = 0;
  Value k;
  while (set_next(s, &pos, &k)) list_append(vm, parts, v_repr(vm, k));
  bool frozen = is_type(self, &TYPE_FROZENSET);
  size_t total = 16;
  for (int64_t i = 0; i < parts->n; i++) total += (size_t)as_str(parts->items[i])->nbytes + 2;
  StrBuf b = STRBUF_INIT;
  sb_reserve(&b, total);
  sb_puts(&b, frozen ? "frozenset({" : "{");
  for (int64_t i = 0; i < parts->n; i++) {
    if (i) sb_puts(&b, ", ");
    Str *p = as_str(parts->items[i]);
    sb_append(&b, p->data, (size_t)p->nbytes);
  }
  sb_puts(&b, frozen ? "})" : "}");
  return sb_finish(vm, &b);
}

static Value set_repr(VM *vm, Value self) {
  if (as_set(self)->used == 0) return str_from_cstr(vm, is_type(self, &TYPE_FROZENSET) ? "frozenset()" : "set()");
  return seq_repr_guard(vm, self, is_type(self, &TYPE_FROZENSET) ? "frozenset(...)" : "set(...)", set_repr_body);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* CPython 3.11's frozenset_hash. */
static int64_t frozenset_hash(VM *vm, Value self) {
  (void)vm;
  Set *so = as_set(self);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
  hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == (uint64_t)-1) hash = 590923713ULL;
  so->hash = (int64_t)hash;
  return so->hash;
}

static Value set_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return v_notimpl();
  Set *v = as_set(a), *w = as_set(b);
  switch (op) {
  case CMP_EQ:
  case CMP_NE: {
    bool eq = v->used == w->used && !(v->hash != -1 && w->hash != -1 && v->hash != w->hash) &&
              set_issubset(vm, v, w);
    return v_bool(op == CMP_EQ ? eq : !eq);
  }
  case CMP_LE: return v_bool(set_issubset(vm, v, w));
  case CMP_GE: return v_bool(set_issubset(vm, w, v));
  case CMP_LT: return v_bool(v->used < w->used && set_issubset(vm, v, w));
  default: return v_bool(v->used > w->used && set_issubset(vm, w, v));
  }
}

static Value set_binop(VM *vm, BinOp op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return v_notimpl();
  Set *so = as_set(a);
  switch (op) {
  case BINOP_OR: {
    Set *r = set_copy(vm, so);
    if (as_set(b) != so) update_internal(vm, r, b);
    return v_obj(r);
  }
  case BINOP_AND: return v_obj(set_intersection(vm, so, b));
  case BINOP_SUB: return v_obj(set_difference(vm, so, b));
  case BINOP_XOR: return v_obj(set_symmetric_difference(vm, so, b));
  default: return v_notimpl();
  }
}

static Value set_inplace(VM *vm, BinOp op, Value a, Value b) {
  if (!is_type(a, &TYPE_SET) || !is_anyset(b)) return v_notimpl();
  if (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR) return v_notimpl();
  set_inplace_op(vm, as_set(a), op, b);
  return a;
}

static int64_t set_len_slot(VM *vm, Value self) { (void)vm; return as_set(self)->used; }

/* `x in s`: an unhashable set key is looked up as a frozenset, as CPython. */
static int set_contains_slot(VM *vm, Value self, Value key) {
  if (is_type(key, &TYPE_SET)) {
    Set *f = make_new_set(vm, &TYPE_FROZENSET, key);
    key = v_obj(f);
  }
  return set_contains(vm, as_set(self), key);
}

typedef struct SetIter {
  Obj hdr;
  Set *s;       /* NULL when exhausted */
  int64_t pos;
  int64_t used; /* s->used at creation */
  int64_t left;
} SetIter;

static void setiter_mark(VM *vm, Obj *o) {
  SetIter *it = (SetIter *)o;
  if (it->s) gc_mark_obj(vm, &it->s->hdr);
}

static Value iter_self(VM *vm, Value self) { (void)vm; return self; }

static bool setiter_next(VM *vm, Value self, Value *out) {
  SetIter *it = (SetIter *)self.as.o;
  if (!it->s) return false;
  if (it->used != it->s->used) {
    it->used = -1;
    vm_raise(vm, &EXC_RuntimeError, "Set changed size during iteration");
  }
  if (!set_next(it->s, &it->pos, out) || it->left <= 0) {
    it->s = NULL;
    return false;
  }
  it->left--;
  return true;
}

static Type TYPE_SET_ITERATOR = {
    .hdr = TYPE_HEADER, .name = "set_iterator", .mark = setiter_mark,
    .iter = iter_self, .next = setiter_next,
};

static Value set_iter(VM *vm, Value self) {
  SetIter *it = gc_alloc(vm, &TYPE_SET_ITERATOR, sizeof(SetIter));
  it->s = as_set(self);
  it->pos = 0;
  it->used = it->left = it->s->used;
  return v_obj(it);
}

/* ---- methods ------------------------------------------------------------ */

/* CPython's method descriptor refuses keywords naming the type: set or frozenset. */
static void set_no_kwargs(VM *vm, Value self, const Args *a, const char *name) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s.%s() takes no keyword arguments", v_typename(self), name);
}

/* args_count for a method set and frozenset share: named by self's type. */
static void set_args(VM *vm, Value self, const Args *a, const char *name, int min, int max) {
  char full[64];
  snprintf(full, sizeof full, "%s.%s", v_typename(self), name);
  args_count(vm, a, full, min, max);
}

static Value sm_add(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.add", 1, 1);
  set_add(vm, as_set(self), a->argv[0]);
  return v_none();
}

static Value sm_remove(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.remove", 1, 1);
  Value key = a->argv[0];
  if (is_type(key, &TYPE_SET)) key = v_obj(make_new_set(vm, &TYPE_FROZENSET, key));
  if (!set_discard(vm, as_set(self), key)) vm_raise_key(vm, a->argv[0]);
  return v_none();
}

static Value sm_discard(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.discard", 1, 1);
  Value key = a->argv[0];
  if (is_type(key, &TYPE_SET)) key = v_obj(make_new_set(vm, &TYPE_FROZENSET, key));
  set_discard(vm, as_set(self), key);
  return v_none();
}

static Value sm_pop(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.pop", 0, 0);
  Set *so = as_set(self);
  if (so->used == 0) vm_raise(vm, &EXC_KeyError, "pop from an empty set");
  SetEntry *entry = so->table + (so->finger & so->mask);
  SetEntry *limit = so->table + so->mask;
  while (!is_active(entry)) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = v_empty();
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

static Value sm_clear(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.clear", 0, 0);
  set_clear_internal(vm, as_set(self));
  return v_none();
}

static Value sm_copy(VM *vm, Value self, const Args *a) {
  set_args(vm, self, a, "copy", 0, 0);
  if (is_type(self, &TYPE_FROZENSET)) return self;
  return v_obj(set_copy(vm, as_set(self)));
}

static Value sm_update(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "update");
  for (int i = 0; i < a->argc; i++) update_internal(vm, as_set(self), a->argv[i]);
  return v_none();
}

static Value sm_union(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "union");
  Set *r = set_copy(vm, as_set(self));
  gc_push_root(vm, v_obj(r));
  for (int i = 0; i < a->argc; i++)
    if (!(is_anyset(a->argv[i]) && as_set(a->argv[i]) == as_set(self))) update_internal(vm, r, a->argv[i]);
  gc_pop_roots(vm, 1);
  return v_obj(r);
}

static Value sm_intersection(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "intersection");
  if (a->argc == 0) return v_obj(set_copy(vm, as_set(self)));
  Set *r = as_set(self);
  for (int i = 0; i < a->argc; i++) {
    gc_push_root(vm, v_obj(r));
    r = set_intersection(vm, r, a->argv[i]);
    gc_pop_roots(vm, 1);
  }
  return v_obj(r);
}

static Value sm_intersection_update(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "intersection_update");
  Value r = sm_intersection(vm, self, a);
  swap_bodies(as_set(self), as_set(r));
  return v_none();
}

static Value sm_difference(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "difference");
  if (a->argc == 0) return v_obj(set_copy(vm, as_set(self)));
  Set *r = set_difference(vm, as_set(self), a->argv[0]);
  gc_push_root(vm, v_obj(r));
  for (int i = 1; i < a->argc; i++) difference_update_internal(vm, r, a->argv[i]);
  gc_pop_roots(vm, 1);
  return v_obj(r);
}

static Value sm_difference_update(VM *vm, Value self, const Args *a) {
  set_no_kwargs(vm, self, a, "difference_update");
  for (int i = 0; i < a->argc; i++) difference_update_internal(vm, as_set(self), a->argv[i]);
  return v_none();
}

static Value sm_symmetric_difference(VM *vm, Value self, const Args *a) {
  set_args(vm, self, a, "symmetric_difference", 1, 1);
  return v_obj(set_symmetric_difference(vm, as_set(self), a->argv[0]));
}

static Value sm_symmetric_difference_update(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "set.symmetric_difference_update", 1, 1);
  symmetric_difference_update(vm, as_set(self), a->argv[0]);
  return v_none();
}

static Value sm_issubset(VM *vm, Value self, const Args *a) {
  set_args(vm, self, a, "issubset", 1, 1);
  Value o = a->argv[0];
  if (!is_anyset(o)) o = v_obj(make_new_set(vm, &TYPE_SET, o));
  return v_bool(set_issubset(vm, as_set(self), as_set(o)));
}

static Value sm_issuperset(VM *vm, Value self, const Args *a) {
  set_args(vm, self, a, "issuperset", 1, 1);
  Value o = a->argv[0];
  if (!is_anyset(o)) o = v_obj(make_new_set(vm, &TYPE_SET, o));
  return v_bool(set_issubset(vm, as_set(o), as_set(self)));
}

static Value sm_isdisjoint(VM *vm, Value self, const Args *a) {
  set_args(vm, self, a, "isdisjoint", 1, 1);
  Set *so = as_set(self);
  Value o = a->argv[0];
  if (is_anyset(o)) {
    Set *x = so, *y = as_set(o);
    if (x->used > y->used) { Set *t = x; x = y; y = t; }
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(x, &pos, &e))
      if (lookkey(vm, y, e->key, e->hash)) return v_bool(false);
    return v_bool(true);
  }
  gc_push_root(vm, self);
  Value it = v_iter(vm, o), k;
  gc_push_root(vm, it);
  bool disjoint = true;
  while (disjoint && v_next(vm, it, &k)) disjoint = !set_contains(vm, so, k);
  gc_pop_roots(vm, 2);
  return v_bool(disjoint);
}

static Value set_ctor_common(VM *vm, Type *t, const Args *a) {
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "%s() takes no keyword arguments", t->name);
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "%s expected at most 1 argument, got %d", t->name, a->argc);
  return set_from_iterable(vm, t, a->argc ? a->argv[0] : v_empty());
}

static Value set_ctor(VM *vm, Value self, const Args *a) { (void)self; return set_ctor_common(vm, &TYPE_SET, a); }
static Value frozenset_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  return set_ctor_common(vm, &TYPE_FROZENSET, a);
}

static const MethodDef set_methods[] = {
    {"add", sm_add}, {"remove", sm_remove}, {"discard", sm_discard}, {"pop", sm_pop},
    {"clear", sm_clear}, {"copy", sm_copy}, {"update", sm_update}, {"union", sm_union},
    {"intersection", sm_intersection}, {"intersection_update", sm_intersection_update},
    {"difference", sm_difference}, {"difference_update", sm_difference_update},
    {"symmetric_difference", sm_symmetric_difference},
    {"symmetric_difference_update", sm_symmetric_difference_update},
    {"issubset", sm_issubset}, {"issuperset", sm_issuperset}, {"isdisjoint", sm_isdisjoint},
    {NULL, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", sm_copy}, {"union", sm_union}, {"intersection", sm_intersection},
    {"difference", sm_difference}, {"symmetric_difference", sm_symmetric_difference},
    {"issubset", sm_issubset}, {"issuperset", sm_issuperset}, {"isdisjoint", sm_isdisjoint},
    {NULL, NULL},
};

Type TYPE_SET = {
    .hdr = TYPE_HEADER,
    .name = "set",
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .inplace = set_inplace,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .ctor = set_ctor,
    .methods = set_methods,
};

Type TYPE_FROZENSET = {
    .hdr = TYPE_HEADER,
    .name = "frozenset",
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .ctor = frozenset_ctor,
    .methods = frozenset_methods,
};
