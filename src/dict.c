/*
** dict.c — insertion-ordered hash map (TYPE_DICT) in CPython's compact
** layout: a dense entries array in insertion order plus a sparse index
** table (open addressing with CPython's perturbation probe). Deleting
** leaves a DUMMY in the index and a hole (key V_EMPTY) in the entries;
** both go away at the next resize, which also compacts the entries.
**
** Also here: the views dict_keys / dict_values / dict_items and the three
** iterators, which raise RuntimeError when the dict changes size under
** them, as CPython does.
*/
#include <string.h>

#include "dict.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "object.h"
#include "set.h"
#include "str.h"
#include "vm.h"

enum { IX_EMPTY = -1, IX_DUMMY = -2, DICT_MINSIZE = 8, PERTURB_SHIFT = 5 };

/* Index slots are 32-bit entry indexes (dict_resize keeps dicts below 2**31
** slots): a probe of a table much larger than the caches (a memo dict) is a
** miss, and a table half as large misses half as often. */
typedef int32_t Slot;

/*
** In a table of up to 2**24 slots a slot also carries 7 bits of the key's
** hash above the entry index (SLOT_TAG_SHIFT): a probe that meets another
** key's slot then moves on without reading that entry. Why: in a memo
** dict far larger than the caches most lookups are misses, and each
** occupied slot on their probe path cost a second cache miss in the
** entries array just to compare hashes. Bigger tables need all 31 bits for
** the index and carry no tag (tag mask 0).
*/
enum { SLOT_TAG_SHIFT = 24, SLOT_TAGGED_MAX = 1 << 24 };

typedef struct SlotKey {
  int32_t ixmask;  /* the entry-index bits of a slot */
  int32_t tagmask; /* the tag bits */
  int32_t tag;     /* the key's tag, in place */
} SlotKey;

static inline SlotKey slot_key(const Dict *d, int64_t hash) {
  if (d->size > SLOT_TAGGED_MAX) return (SlotKey){0x7FFFFFFF, 0, 0};
  int32_t tag = (int32_t)(((uint64_t)hash * 0x9E3779B97F4A7C15ULL) >> 57) << SLOT_TAG_SHIFT;
  return (SlotKey){(1 << SLOT_TAG_SHIFT) - 1, 0x7F << SLOT_TAG_SHIFT, tag};
}

/* A live slot that may hold this key (cannot hold it when the tags differ). */
static inline bool slot_may_match(Slot s, SlotKey k) { return s >= 0 && (s & k.tagmask) == k.tag; }

/*
** Tables of SLOT_BITMAP_MIN slots and more also keep a bitmap of the index
** slots in use (not IX_EMPTY; a deleted one counts as in use), right after
** the index in the same buffer. Why: in a memo table far larger than L2 most
** lookups miss, and a miss that meets an empty slot cost a cache miss in the
** index just to read that slot (collatz's 600k int keys: an 8 MiB index, two
** thirds of its time); the bitmap is 1/32 of the index (256 KiB there) and
** stays in L2, so such a miss touches no other memory. Small tables fit in
** the caches anyway and skip the extra load.
*/
enum { SLOT_BITMAP_MIN = 1 << 16 };

static inline bool bitmap_has(const uint64_t *bits, uint64_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }

/* Slot i is empty by the bitmap (false when the table has none): the
** lookups' early exit, before they read the slot. */
static inline bool slot_known_empty(const Dict *d, uint64_t i) {
  return d->occupied && !bitmap_has(d->occupied, i);
}

static inline bool slot_in_use(const Dict *d, uint64_t i) {
  return d->occupied ? bitmap_has(d->occupied, i) : d->index[i] != IX_EMPTY;
}

/* Bytes of the index buffer of a table of `size` slots (the bitmap included). */
static size_t index_bytes(int64_t size) {
  size_t bytes = (size_t)size * sizeof(Slot);
  return size >= SLOT_BITMAP_MIN ? bytes + (size_t)size / 8 : bytes;
}

#define HASH_SMALL_LIMIT (((int64_t)1 << 61) - 1) /* CPython's hash modulus */

/* struct Dict and DictEntry are in dict.h (for its inline cache checks). */

static int64_t usable(int64_t size) { return size * 2 / 3; }

Dict *dict_new(VM *vm) {
  Dict *d = gc_alloc(vm, &TYPE_DICT, sizeof(Dict));
  d->used = d->nentries = d->size = 0;
  d->index = NULL;
  d->occupied = NULL;
  d->entries = NULL;
  return d;
}

int64_t dict_len(Dict *d) { return d->used; }

static void dict_free_tables(VM *vm, Dict *d) {
  if (d->index) gc_free_buf(vm, d->index, index_bytes(d->size));
  if (d->entries) gc_free_buf(vm, d->entries, (size_t)usable(d->size) * sizeof(DictEntry));
  d->index = NULL;
  d->occupied = NULL;
  d->entries = NULL;
  d->size = d->used = d->nentries = 0;
  d->keys_version++; /* entry addresses change (traces keep them: record.c) */
}

/* Index slot for a key known to be absent (never reuses dummies, like
** CPython's find_empty_slot). */
static Slot *empty_slot(Dict *d, int64_t hash) {
  uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  while (slot_in_use(d, i)) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  if (d->occupied) d->occupied[i >> 6] |= (uint64_t)1 << (i & 63); /* the caller fills it */
  return &d->index[i];
}

/* The table size dict_resize picks for at least `minused` items. */
static int64_t table_size(int64_t minused) {
  int64_t size = DICT_MINSIZE;
  while (usable(size) < minused) size <<= 1;
  return size;
}

/* The `minused` of the resize an insertion into a full table makes. */
static int64_t grown_minused(const Dict *d) { return d->used * 3 > 5 ? d->used * 3 : 5; }

/* Rebuilds the tables with room for at least `minused` items (compacts). */
static void dict_resize(VM *vm, Dict *d, int64_t minused) {
  int64_t size = table_size(minused);
  if (size > ((int64_t)1 << 31)) vm_raise_memory(vm); /* Slot holds entry indexes */
  Slot *index = gc_realloc(vm, NULL, 0, index_bytes(size));
  DictEntry *entries = gc_realloc(vm, NULL, 0, (size_t)usable(size) * sizeof(DictEntry));
  for (int64_t i = 0; i < size; i++) index[i] = IX_EMPTY;
  uint64_t *occupied = NULL;
  if (size >= SLOT_BITMAP_MIN) {
    occupied = (uint64_t *)(index + size);
    memset(occupied, 0, (size_t)size / 8);
  }
  int64_t n = 0;
  for (int64_t i = 0; i < d->nentries; i++)
    if (!is_empty(d->entries[i].key)) entries[n++] = d->entries[i];
  int64_t used = d->used;
  dict_free_tables(vm, d);
  d->index = index;
  d->occupied = occupied;
  d->entries = entries;
  d->size = size;
  d->used = used;
  d->nentries = n;
  for (int64_t i = 0; i < n; i++) *empty_slot(d, entries[i].hash) = (Slot)i | slot_key(d, entries[i].hash).tag;
}

/* A small int hashes to itself (CPython's hash: |i| < 2**61-1 is its own
** residue), so int keys need neither a call nor a 64-bit division. */
static inline int64_t hash_of(VM *vm, Value key) {
  if (key.tag == V_INT || key.tag == V_BOOL) {
    int64_t i = key.as.i;
    if (i > -HASH_SMALL_LIMIT && i < HASH_SMALL_LIMIT) return i == -1 ? -2 : i;
  }
  if (is_str(key)) return str_hash(as_str(key));
  return v_hash(vm, key);
}

/* Key equality without a call for the common cases. */
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

/* The same key for sure, without calling anything: one object, or equal
** small ints. */
static inline bool keys_identical(Value a, Value b) {
  return a.tag == b.tag && a.as.i == b.as.i && (a.tag == V_OBJ || a.tag == V_INT || a.tag == V_BOOL);
}

/* Whether entry key k equals a str key without calling anything: 1 or 0
** when both are str (a word-count loop looks up a fresh string equal to
** the stored key every time), -1 otherwise (keys_equal decides). */
static inline int str_keys_match(Value k, Value key) {
  if (!is_str(key) || !is_str(k)) return -1;
  return str_eq(as_str(k), as_str(key));
}

/*
** Lookups come in two layers. The inline fast loop below resolves what it
** can without a call (an empty slot; the identical key: interned names,
** small ints; an equal str); at the first entry whose hash matches a key
** that is neither it hands over to the full loop (resuming the probe
** sequence where it is), which may call __eq__. Keeping
** calls out of the fast loop keeps it a leaf (no register saves), which is
** what global-name and int-key lookups spend most of their time on.
*/
static __attribute__((noinline)) int64_t lookup_slow(VM *vm, Dict *d, Value key, int64_t hash,
                                                      Slot **slot, uint64_t i, uint64_t perturb) {
  uint64_t mask = (uint64_t)d->size - 1;
  SlotKey sk = slot_key(d, hash);
  for (;;) {
    if (slot_known_empty(d, i)) return -1;
    Slot sl = d->index[i];
    if (sl == IX_EMPTY) return -1;
    if (slot_may_match(sl, sk)) {
      int64_t ix = sl & sk.ixmask;
      DictEntry *e = &d->entries[ix];
      if (e->hash == hash && keys_equal(vm, e->key, key)) {
        if (slot) *slot = &d->index[i];
        return ix;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* Entry index of key, or -1; *slot (if not NULL) gets its index slot. */
static inline int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash, Slot **slot) {
  if (d->size == 0) return -1;
  uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
  SlotKey sk = slot_key(d, hash);
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    if (slot_known_empty(d, i)) return -1;
    Slot sl = d->index[i];
    if (sl == IX_EMPTY) return -1;
    if (slot_may_match(sl, sk)) {
      int64_t ix = sl & sk.ixmask;
      DictEntry *e = &d->entries[ix];
      if (e->hash == hash) {
        int match = keys_identical(e->key, key) ? 1 : str_keys_match(e->key, key);
        if (match < 0) return lookup_slow(vm, d, key, hash, slot, i, perturb);
        if (match) {
          if (slot) *slot = &d->index[i];
          return ix;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* lookup() for a str key (no __eq__ can run: only str keys can equal it). */
static __attribute__((noinline)) int64_t lookup_str_slow(Dict *d, Str *key, int64_t hash, uint64_t i,
                                                          uint64_t perturb) {
  uint64_t mask = (uint64_t)d->size - 1;
  SlotKey sk = slot_key(d, hash);
  for (;;) {
    if (slot_known_empty(d, i)) return -1;
    Slot sl = d->index[i];
    if (sl == IX_EMPTY) return -1;
    if (slot_may_match(sl, sk)) {
      int64_t ix = sl & sk.ixmask;
      DictEntry *e = &d->entries[ix];
      if (e->key.tag == V_OBJ && (e->key.as.o == &key->hdr ||
                                  (e->hash == hash && is_str(e->key) && str_eq(as_str(e->key), key))))
        return ix;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

static inline int64_t lookup_str(Dict *d, Str *key, int64_t hash) {
  if (d->size == 0) return -1;
  uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
  SlotKey sk = slot_key(d, hash);
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    if (slot_known_empty(d, i)) return -1;
    Slot sl = d->index[i];
    if (sl == IX_EMPTY) return -1;
    if (slot_may_match(sl, sk)) {
      int64_t ix = sl & sk.ixmask;
      DictEntry *e = &d->entries[ix];
      if (e->hash == hash) {
        if (e->key.tag == V_OBJ && e->key.as.o == &key->hdr) return ix;
        return lookup_str_slow(d, key, hash, i, perturb);
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* Appends a new item (key known absent). */
static void insert_new(VM *vm, Dict *d, Value key, int64_t hash, Value val) {
  if (d->size == 0 || d->nentries >= usable(d->size)) dict_resize(vm, d, grown_minused(d));
  int64_t ix = d->nentries++;
  d->keys_version++;
  d->entries[ix].hash = hash;
  d->entries[ix].key = key;
  d->entries[ix].val = val;
  *empty_slot(d, hash) = (Slot)ix | slot_key(d, hash).tag;
  d->used++;
}

static void set_with_hash(VM *vm, Dict *d, Value key, int64_t hash, Value val) {
  int64_t ix = lookup(vm, d, key, hash, NULL);
  if (ix >= 0) d->entries[ix].val = val; /* the original key object stays */
  else insert_new(vm, d, key, hash, val);
}

bool dict_set_nothrow(VM *vm, Dict *d, Value key, Value val) {
  int64_t hash = hash_of(vm, key);
  int64_t ix = is_str(key) ? lookup_str(d, as_str(key), hash) : lookup(vm, d, key, hash, NULL);
  if (ix >= 0) {
    d->entries[ix].val = val;
    return true;
  }
  if (d->size == 0 || d->nentries >= usable(d->size)) {
    int64_t size = table_size(grown_minused(d));
    size_t more = index_bytes(size) + (size_t)usable(size) * sizeof(DictEntry);
    if (size > ((int64_t)1 << 31) || (vm->mem_limit && vm->bytes_allocated + more > vm->mem_limit)) return false;
  }
  insert_new(vm, d, key, hash, val);
  return true;
}

Value dict_get(VM *vm, Dict *d, Value key) {
  int64_t hash = hash_of(vm, key);
  int64_t ix = lookup(vm, d, key, hash, NULL);
  return ix >= 0 ? d->entries[ix].val : v_empty();
}

void dict_set(VM *vm, Dict *d, Value key, Value val) { set_with_hash(vm, d, key, hash_of(vm, key), val); }

static void delete_at(Dict *d, int64_t ix, Slot *slot) {
  *slot = IX_DUMMY;
  d->entries[ix].key = v_empty();
  d->entries[ix].val = v_empty();
  d->used--;
}

bool dict_del(VM *vm, Dict *d, Value key) {
  Slot *slot = NULL;
  int64_t ix = lookup(vm, d, key, hash_of(vm, key), &slot);
  if (ix < 0) return false;
  delete_at(d, ix, slot);
  return true;
}

Value dict_get_str(VM *vm, Dict *d, Str *key) {
  (void)vm;
  int64_t ix = lookup_str(d, key, str_hash(key));
  return ix >= 0 ? d->entries[ix].val : v_empty();
}

int64_t dict_find_str(Dict *d, Str *key) { return lookup_str(d, key, str_hash(key)); }

/* The JIT reads and writes globals through this (trace/record.c): the
** address stays valid until the dict is resized or the key deleted. */
Value *dict_slot_int(VM *vm, Dict *d, int64_t key) {
  Value k = v_int(key);
  int64_t ix = lookup(vm, d, k, hash_of(vm, k), NULL);
  return ix >= 0 ? &d->entries[ix].val : NULL;
}

Value *dict_slot_str_since(Dict *d, Str *key, uint64_t version) {
  return d->keys_version == version ? NULL : dict_slot_str(d, key);
}

Value *dict_slot_str(Dict *d, Str *key) {
  int64_t ix = lookup_str(d, key, str_hash(key));
  return ix >= 0 ? &d->entries[ix].val : NULL;
}

void dict_set_str(VM *vm, Dict *d, Str *key, Value val) {
  int64_t hash = str_hash(key);
  int64_t ix = lookup_str(d, key, hash);
  if (ix >= 0) d->entries[ix].val = val;
  else insert_new(vm, d, v_obj(key), hash, val);
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val) {
  while (*pos < d->nentries) {
    DictEntry *e = &d->entries[(*pos)++];
    if (is_empty(e->key)) continue;
    if (key) *key = e->key;
    if (val) *val = e->val;
    return true;
  }
  return false;
}

/* Like dict_next, also giving the stored hash. */
static bool dict_next_hash(Dict *d, int64_t *pos, Value *key, Value *val, int64_t *hash) {
  while (*pos < d->nentries) {
    DictEntry *e = &d->entries[(*pos)++];
    if (is_empty(e->key)) continue;
    *key = e->key;
    *val = e->val;
    *hash = e->hash;
    return true;
  }
  return false;
}

static void dict_merge(VM *vm, Dict *d, Dict *other) {
  if (other == d || other->used == 0) return;
  if (d->used == 0 && d->nentries == 0) dict_resize(vm, d, other->used);
  int64_t pos = 0, hash;
  Value k, v;
  while (dict_next_hash(other, &pos, &k, &v, &hash)) set_with_hash(vm, d, k, hash, v);
}

Value dict_copy(VM *vm, Dict *d) {
  Dict *r = dict_new(vm);
  dict_merge(vm, r, d);
  return v_obj(r);
}

/* dict.update(x) / dict(x) for a dict or an iterable of pairs. */
static void dict_update_arg(VM *vm, Dict *d, Value other) {
  if (is_dict(other)) {
    dict_merge(vm, d, as_dict(other));
    return;
  }
  Value it = v_iter(vm, other);
  gc_push_root(vm, v_obj(d));
  gc_push_root(vm, it);
  Value item;
  for (int64_t n = 0; v_next(vm, it, &item); n++) {
    const Value *kv;
    int64_t len;
    if (is_tuple(item)) { kv = as_tuple(item)->items; len = as_tuple(item)->n; }
    else if (is_list(item)) { kv = as_list(item)->items; len = as_list(item)->n; }
    else if (v_type(item)->iter) {
      List *l = as_list(list_from_iterable(vm, item));
      kv = l->items;
      len = l->n;
    } else {
      vm_raise(vm, &EXC_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
               (long long)n);
    }
    if (len != 2)
      vm_raise(vm, &EXC_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
               (long long)n, (long long)len);
    dict_set(vm, d, kv[0], kv[1]);
  }
  gc_pop_roots(vm, 2);
}

static void dict_update_kw(VM *vm, Dict *d, const Args *a) {
  for (int i = 0; i < a->nkw; i++) dict_set(vm, d, a->kwnames[i], a->kwvals[i]);
}

/* ---- slots -------------------------------------------------------------- */

static void dict_mark(VM *vm, Obj *o) {
  Dict *d = (Dict *)o;
  for (int64_t i = 0; i < d->nentries; i++) {
    if (is_empty(d->entries[i].key)) continue;
    gc_mark_value(vm, d->entries[i].key);
    gc_mark_value(vm, d->entries[i].val);
  }
}

static void dict_finalize(VM *vm, Obj *o) { dict_free_tables(vm, (Dict *)o); }

/* Joins Str parts as "{k: v, k: v}" (kv) or "[a, b]"-style (!kv). */
static Value join_parts(VM *vm, const char *open, List *parts, const char *close, bool kv) {
  size_t total = strlen(open) + strlen(close) + 1;
  for (int64_t i = 0; i < parts->n; i++) total += (size_t)as_str(parts->items[i])->nbytes + 2;
  StrBuf b = STRBUF_INIT;
  sb_reserve(&b, total);
  sb_puts(&b, open);
  for (int64_t i = 0; i < parts->n; i++) {
    if (i) sb_puts(&b, kv && (i & 1) ? ": " : ", ");
    Str *p = as_str(parts->items[i]);
    sb_append(&b, p->data, (size_t)p->nbytes);
  }
  sb_puts(&b, close);
  return sb_finish(vm, &b);
}

static Value dict_repr_body(VM *vm, Value self) {
  Dict *d = as_dict(self);
  List *parts = list_new(vm, 0);
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    list_append(vm, parts, v_repr(vm, k));
    list_append(vm, parts, v_repr(vm, v));
  }
  return join_parts(vm, "{", parts, "}", true);
}

static Value dict_repr(VM *vm, Value self) {
  if (as_dict(self)->used == 0) return str_from_cstr(vm, "{}");
  return seq_repr_guard(vm, self, "{...}", dict_repr_body);
}

static bool dict_equal(VM *vm, Dict *a, Dict *b) {
  if (a->used != b->used) return false;
  int64_t pos = 0, hash;
  Value k, v;
  while (dict_next_hash(a, &pos, &k, &v, &hash)) {
    int64_t ix = lookup(vm, b, k, hash, NULL);
    if (ix < 0 || !v_eq(vm, v, b->entries[ix].val)) return false;
  }
  return true;
}

static Value dict_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return v_notimpl();
  bool eq = dict_equal(vm, as_dict(a), as_dict(b));
  return v_bool(op == CMP_EQ ? eq : !eq);
}

static Value dict_binop(VM *vm, BinOp op, Value a, Value b) {
  if (op != BINOP_OR || !is_dict(a) || !is_dict(b)) return v_notimpl();
  Value r = dict_copy(vm, as_dict(a));
  dict_merge(vm, as_dict(r), as_dict(b));
  return r;
}

static Value dict_inplace(VM *vm, BinOp op, Value a, Value b) {
  if (op != BINOP_OR || !is_dict(a)) return v_notimpl();
  dict_update_arg(vm, as_dict(a), b);
  return a;
}

static int64_t dict_len_slot(VM *vm, Value self) { (void)vm; return as_dict(self)->used; }

static Value dict_getitem(VM *vm, Value self, Value key) {
  Value v = dict_get(vm, as_dict(self), key);
  if (is_empty(v)) vm_raise_key(vm, key);
  return v;
}

static void dict_setitem(VM *vm, Value self, Value key, Value val) { dict_set(vm, as_dict(self), key, val); }

static void dict_delitem(VM *vm, Value self, Value key) {
  if (!dict_del(vm, as_dict(self), key)) vm_raise_key(vm, key);
}

static int dict_contains(VM *vm, Value self, Value key) {
  Dict *d = as_dict(self);
  return lookup(vm, d, key, hash_of(vm, key), NULL) >= 0;
}

/* ---- iterators ---------------------------------------------------------- */

typedef enum { IT_KEYS, IT_VALUES, IT_ITEMS } IterKind;


static void dictiter_mark(VM *vm, Obj *o) {
  DictIter *it = (DictIter *)o;
  if (it->d) gc_mark_obj(vm, &it->d->hdr);
}

static Value iter_self(VM *vm, Value self) { (void)vm; return self; }

static bool dictiter_step(VM *vm, DictIter *it, Value *k, Value *v) {
  Dict *d = it->d;
  if (!d) return false;
  if (it->used != d->used) {
    it->used = -1; /* sticky, as in CPython */
    vm_raise(vm, &EXC_RuntimeError, "dictionary changed size during iteration");
  }
  if (!dict_next(d, &it->pos, k, v)) {
    it->d = NULL;
    return false;
  }
  if (it->left-- <= 0) {
    it->left = 0;
    vm_raise(vm, &EXC_RuntimeError, "dictionary keys changed during iteration");
  }
  return true;
}

static bool dictkeyiter_next(VM *vm, Value self, Value *out) {
  return dictiter_step(vm, (DictIter *)self.as.o, out, NULL);
}

static bool dictvaliter_next(VM *vm, Value self, Value *out) {
  return dictiter_step(vm, (DictIter *)self.as.o, NULL, out);
}

static bool dictitemiter_next(VM *vm, Value self, Value *out) {
  Value k, v;
  if (!dictiter_step(vm, (DictIter *)self.as.o, &k, &v)) return false;
  *out = tuple_pack2(vm, k, v);
  return true;
}

Type TYPE_DICT_KEYITER = {
    .hdr = TYPE_HEADER, .name = "dict_keyiterator", .mark = dictiter_mark,
    .iter = iter_self, .next = dictkeyiter_next,
};
Type TYPE_DICT_VALUEITER = {
    .hdr = TYPE_HEADER, .name = "dict_valueiterator", .mark = dictiter_mark,
    .iter = iter_self, .next = dictvaliter_next,
};
Type TYPE_DICT_ITEMITER = {
    .hdr = TYPE_HEADER, .name = "dict_itemiterator", .mark = dictiter_mark,
    .iter = iter_self, .next = dictitemiter_next,
};

int dict_items_fill(VM *vm, Value it, Value *dst, int n) {
  if (n != 2 || it.tag != V_OBJ || it.as.o->type != &TYPE_DICT_ITEMITER) return -1;
  return dictiter_step(vm, (DictIter *)it.as.o, &dst[0], &dst[1]);
}

static Value dictiter_new(VM *vm, Dict *d, IterKind kind) {
  Type *t = kind == IT_KEYS ? &TYPE_DICT_KEYITER : kind == IT_VALUES ? &TYPE_DICT_VALUEITER : &TYPE_DICT_ITEMITER;
  DictIter *it = gc_alloc(vm, t, sizeof(DictIter));
  it->d = d;
  it->pos = 0;
  it->used = d->used;
  it->left = d->used;
  return v_obj(it);
}

static Value dict_iter(VM *vm, Value self) { return dictiter_new(vm, as_dict(self), IT_KEYS); }

/* ---- views -------------------------------------------------------------- */

typedef struct DictView {
  Obj hdr;
  Dict *d;
} DictView;

static Type TYPE_DICT_KEYS, TYPE_DICT_VALUES, TYPE_DICT_ITEMS; /* defined below */

static Dict *view_dict(Value v) { return ((DictView *)v.as.o)->d; }
static bool is_keys_view(Value v) { return is_type(v, &TYPE_DICT_KEYS); }
static bool is_items_view(Value v) { return is_type(v, &TYPE_DICT_ITEMS); }
static bool is_setlike_view(Value v) { return is_keys_view(v) || is_items_view(v); }

static void view_mark(VM *vm, Obj *o) { gc_mark_obj(vm, &((DictView *)o)->d->hdr); }

static Value view_new(VM *vm, Dict *d, Type *t) {
  DictView *v = gc_alloc(vm, t, sizeof(DictView));
  v->d = d;
  return v_obj(v);
}

static int64_t view_len(VM *vm, Value self) { (void)vm; return view_dict(self)->used; }

static Value view_iter(VM *vm, Value self) {
  Type *t = v_type(self);
  IterKind k = t == &TYPE_DICT_KEYS ? IT_KEYS : t == &TYPE_DICT_VALUES ? IT_VALUES : IT_ITEMS;
  return dictiter_new(vm, view_dict(self), k);
}

static Value view_repr_body(VM *vm, Value self) {
  Value items = list_from_iterable(vm, self);
  List *parts = list_new(vm, as_list(items)->n);
  for (int64_t i = 0; i < as_list(items)->n; i++) list_append(vm, parts, v_repr(vm, as_list(items)->items[i]));
  char open[32];
  snprintf(open, sizeof open, "%s([", v_type(self)->name);
  return join_parts(vm, open, parts, "])", false);
}

static Value view_repr(VM *vm, Value self) { return seq_repr_guard(vm, self, "...", view_repr_body); }

static int keys_contains(VM *vm, Value self, Value key) {
  Dict *d = view_dict(self);
  return lookup(vm, d, key, hash_of(vm, key), NULL) >= 0;
}

static int items_contains(VM *vm, Value self, Value item) {
  if (!is_tuple(item) || as_tuple(item)->n != 2) return 0;
  Dict *d = view_dict(self);
  Value k = as_tuple(item)->items[0];
  int64_t ix = lookup(vm, d, k, hash_of(vm, k), NULL);
  return ix >= 0 && v_eq(vm, d->entries[ix].val, as_tuple(item)->items[1]);
}

static int values_contains(VM *vm, Value self, Value item) {
  Dict *d = view_dict(self);
  int64_t pos = 0;
  Value v;
  while (dict_next(d, &pos, NULL, &v))
    if (v_eq(vm, v, item)) return 1;
  return 0;
}

static bool setlike(Value v) {
  return is_setlike_view(v) || v_type(v) == &TYPE_SET || v_type(v) == &TYPE_FROZENSET;
}

/* Keys/items views compare equal to sets and views with the same elements. */
static Value view_richcmp(VM *vm, Value a, Value b, CmpOp op) {
  if (!setlike(a) || !setlike(b)) return v_notimpl();
  int64_t na = v_len(vm, a), nb = v_len(vm, b);
  bool sub_ab = true, sub_ba = true;
  if (op == CMP_EQ || op == CMP_NE) {
    bool eq = na == nb;
    if (eq) {
      Value it = v_iter(vm, a), x;
      while (eq && v_next(vm, it, &x)) eq = v_contains(vm, b, x);
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
  }
  Value it = v_iter(vm, a), x;
  while (sub_ab && v_next(vm, it, &x)) sub_ab = v_contains(vm, b, x);
  it = v_iter(vm, b);
  while (sub_ba && v_next(vm, it, &x)) sub_ba = v_contains(vm, a, x);
  switch (op) {
  case CMP_LE: return v_bool(sub_ab);
  case CMP_LT: return v_bool(sub_ab && na < nb);
  case CMP_GE: return v_bool(sub_ba);
  default: return v_bool(sub_ba && na > nb);
  }
}

/* & | - ^ on keys/items views give sets, as in CPython's dictviews_*. */
static Value view_binop(VM *vm, BinOp op, Value a, Value b) {
  if (op != BINOP_AND && op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR) return v_notimpl();
  if (!v_type(a)->iter || !v_type(b)->iter) return v_notimpl();
  if (op == BINOP_AND) {
    Value self = a, other = b;
    if (!is_setlike_view(self)) { self = b; other = a; }
    int64_t nself = view_dict(self)->used;
    if (v_type(other) == &TYPE_SET && nself <= v_len(vm, other)) {
      Set *r = set_new(vm, &TYPE_SET);
      set_inplace_op(vm, r, BINOP_OR, other);
      set_inplace_op(vm, r, BINOP_AND, self);
      return v_obj(r);
    }
    if (is_setlike_view(other) && view_dict(other)->used > nself) {
      Value t = self; self = other; other = t;
    }
    Set *r = set_new(vm, &TYPE_SET);
    gc_push_root(vm, v_obj(r));
    Value it = v_iter(vm, other), x;
    gc_push_root(vm, it);
    while (v_next(vm, it, &x)) {
      int in = is_keys_view(self) ? keys_contains(vm, self, x) : items_contains(vm, self, x);
      if (in) set_add(vm, r, x);
    }
    gc_pop_roots(vm, 2);
    return v_obj(r);
  }
  Value r = set_from_iterable(vm, &TYPE_SET, a);
  gc_push_root(vm, r);
  set_inplace_op(vm, (Set *)r.as.o, op, b);
  gc_pop_roots(vm, 1);
  return r;
}

/* keys/items view .isdisjoint(other): no element of other is in the view. */
static Value view_isdisjoint(VM *vm, Value self, const Args *a) {
  args_count(vm, a, is_keys_view(self) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint", 1, 1);
  Value it = v_iter(vm, a->argv[0]), x;
  gc_push_root(vm, it);
  bool disjoint = true;
  while (disjoint && v_next(vm, it, &x))
    disjoint = !(is_keys_view(self) ? keys_contains(vm, self, x) : items_contains(vm, self, x));
  gc_pop_roots(vm, 1);
  return v_bool(disjoint);
}

static const MethodDef view_methods[] = {{"isdisjoint", view_isdisjoint}, {NULL, NULL}};

static Type TYPE_DICT_KEYS = {
    .hdr = TYPE_HEADER, .name = "dict_keys", .mark = view_mark, .repr = view_repr,
    .richcmp = view_richcmp, .binop = view_binop, .len = view_len, .contains = keys_contains,
    .iter = view_iter, .methods = view_methods,
};
static Type TYPE_DICT_VALUES = {
    .hdr = TYPE_HEADER, .name = "dict_values", .mark = view_mark, .repr = view_repr,
    .len = view_len, .contains = values_contains, .iter = view_iter,
};
static Type TYPE_DICT_ITEMS = {
    .hdr = TYPE_HEADER, .name = "dict_items", .mark = view_mark, .repr = view_repr,
    .richcmp = view_richcmp, .binop = view_binop, .len = view_len, .contains = items_contains,
    .iter = view_iter, .methods = view_methods,
};

/* ---- methods ------------------------------------------------------------ */

static Value dm_get(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.get", 1, 2);
  Value v = dict_get(vm, as_dict(self), a->argv[0]);
  if (!is_empty(v)) return v;
  return a->argc > 1 ? a->argv[1] : v_none();
}

bool dict_is_get(CFunc fn) { return fn == dm_get; }

static Value dm_setdefault(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.setdefault", 1, 2);
  Dict *d = as_dict(self);
  Value key = a->argv[0];
  int64_t hash = hash_of(vm, key);
  int64_t ix = lookup(vm, d, key, hash, NULL);
  if (ix >= 0) return d->entries[ix].val;
  Value dflt = a->argc > 1 ? a->argv[1] : v_none();
  insert_new(vm, d, key, hash, dflt);
  return dflt;
}

static Value dm_pop(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.pop", 1, 2);
  Dict *d = as_dict(self);
  Slot *slot = NULL;
  int64_t ix = lookup(vm, d, a->argv[0], hash_of(vm, a->argv[0]), &slot);
  if (ix < 0) {
    if (a->argc > 1) return a->argv[1];
    vm_raise_key(vm, a->argv[0]);
  }
  Value v = d->entries[ix].val;
  delete_at(d, ix, slot);
  return v;
}

static Value dm_popitem(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.popitem", 0, 0);
  Dict *d = as_dict(self);
  if (d->used == 0) vm_raise(vm, &EXC_KeyError, "popitem(): dictionary is empty");
  int64_t ix = d->nentries - 1;
  while (is_empty(d->entries[ix].key)) ix--;
  DictEntry *e = &d->entries[ix];
  Slot *slot = NULL;
  lookup(vm, d, e->key, e->hash, &slot);
  Value r = tuple_pack2(vm, e->key, e->val);
  delete_at(d, ix, slot);
  d->nentries = ix; /* LIFO: the tail entry is reusable at once */
  return r;
}

static Value dm_update(VM *vm, Value self, const Args *a) {
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "update expected at most 1 argument, got %d", a->argc);
  if (a->argc == 1) dict_update_arg(vm, as_dict(self), a->argv[0]);
  dict_update_kw(vm, as_dict(self), a);
  return v_none();
}

static Value dm_keys(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.keys", 0, 0);
  return view_new(vm, as_dict(self), &TYPE_DICT_KEYS);
}

static Value dm_values(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.values", 0, 0);
  return view_new(vm, as_dict(self), &TYPE_DICT_VALUES);
}

static Value dm_items(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.items", 0, 0);
  return view_new(vm, as_dict(self), &TYPE_DICT_ITEMS);
}

static Value dm_copy(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.copy", 0, 0);
  return dict_copy(vm, as_dict(self));
}

static Value dm_clear(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "dict.clear", 0, 0);
  dict_free_tables(vm, as_dict(self));
  return v_none();
}

/* dict.fromkeys(iterable, value=None): a class method, so self is the dict
** type (dict.fromkeys) or a dict ({}.fromkeys) and is not used. */
static Value dm_fromkeys(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "dict.fromkeys", 1, 2);
  Value iterable = a->argv[0], val = a->argc > 1 ? a->argv[1] : v_none();
  Dict *d = dict_new(vm);
  gc_push_root(vm, v_obj(d));
  Value it = v_iter(vm, iterable), k;
  gc_push_root(vm, it);
  while (v_next(vm, it, &k)) dict_set(vm, d, k, val);
  gc_pop_roots(vm, 2);
  return v_obj(d);
}

static Value dict_ctor(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "dict expected at most 1 argument, got %d", a->argc);
  Dict *d = dict_new(vm);
  if (a->argc == 1) dict_update_arg(vm, d, a->argv[0]);
  dict_update_kw(vm, d, a);
  return v_obj(d);
}

static const MethodDef dict_methods[] = {
    {"get", dm_get}, {"setdefault", dm_setdefault}, {"pop", dm_pop}, {"popitem", dm_popitem},
    {"update", dm_update}, {"keys", dm_keys}, {"values", dm_values}, {"items", dm_items},
    {"copy", dm_copy}, {"clear", dm_clear}, {"fromkeys", dm_fromkeys}, {NULL, NULL},
};

static const MethodDef dict_classmethods[] = {{"fromkeys", dm_fromkeys}, {NULL, NULL}};

Type TYPE_DICT = {
    .hdr = TYPE_HEADER,
    .name = "dict",
    .mark = dict_mark,
    .finalize = dict_finalize,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .delitem = dict_delitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .ctor = dict_ctor,
    .methods = dict_methods,
    .classmethods = dict_classmethods,
};
