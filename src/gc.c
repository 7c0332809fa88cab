/*
** gc.c — allocation accounting and a mark-and-sweep collector.
**
** Why collect only at safe points: the interpreter's registers are then the
** complete root set, so the hundreds of C functions that build objects never
** need to protect temporaries (Lua needs its stack discipline for this; we
** avoid it). The price is that garbage made inside one long-running C call
** waits for the next back-edge or call — a bounded delay in practice.
*/
#include "gc.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "error.h"
#include "str.h"
#include "util.h"
#include "vm.h"

/* A collection at least every 2 MiB allocated: about an L2 cache, so the
** garbage of a loop that allocates (strings) is still in cache when the
** sweep frees it (8 MiB measured 10% slower on string-heavy programs). */
enum { GC_MIN_THRESHOLD = 2u << 20 };

/*
** Small objects come from size-class pools, not malloc: a collection frees
** most of what it sweeps and the next loop iteration allocates the same
** sizes again, so a per-class free list turns calloc/free/malloc_usable_size
** (a third of string-heavy programs' time) into a few loads and stores, and
** keeps objects of one size close together. Classes are 16-byte steps up to
** POOL_MAX; an object's class (0: malloc'd) lives in gc_flags bits 8-15, so
** freeing needs no size lookup. Pool memory goes back to the system only
** when the VM is freed (gc_free_all). Sanitizer builds use malloc for
** everything so that use-after-free stays detectable.
**
** Pooled objects are not on the heap list: the sweep walks the arenas in
** address order instead (an arena is ARENA_BYTES-aligned and holds one
** class, so a slot's arena is its address rounded down). Walking the list
** was a chain of dependent cache misses (free-list reuse scatters it over
** the heap) and was most of a collection; a linear walk is prefetched. A
** free slot carries GC_FREE; an arena the sweep finds empty is recycled
** for any class (sweep_arenas).
*/
#if defined(__SANITIZE_ADDRESS__)
#define GC_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_POOLS 0
#endif
#endif
#ifndef GC_POOLS
#define GC_POOLS 1
#endif

enum {
  POOL_GRAIN = 16,
  POOL_MAX = GC_POOLS ? 512 : 0,
  POOL_CLASSES = 512 / POOL_GRAIN + 1, /* index 0 unused: "not pooled" */
  ARENA_BYTES = 32u << 10,
  CLASS_SHIFT = 8,
  GC_FREE = 1u << 4, /* a pool slot on a free list (gc_flags; value.h uses bits 0-1) */
};

/* Phase changes (note_fresh_arena): the least fresh arena memory after
** which the allocator looks for returned frames, and how many of the
** outermost frames it compares. */
enum { PHASE_MIN = 8u << 20, PHASE_FRAMES = 16 };

typedef struct FreeObj { struct FreeObj *next; } FreeObj;
typedef struct Arena {
  struct Arena *next;
  uint32_t cls;  /* size class of every slot */
  uint32_t live; /* slots marked by the collection in progress (0 outside one) */
  bool fin;      /* has held an object whose type has a finalizer */
  bool chunked;  /* carved from a huge-page chunk (freed with it) */
  char *top;     /* end of the carved slots */
  max_align_t pad[];
} Arena;

static inline Arena *arena_of(const void *o) {
  return (Arena *)((uintptr_t)o & ~(uintptr_t)(ARENA_BYTES - 1));
}

/* All of the collector's state; vm->gray points here (allocated on the
** first allocation, freed by gc_free_all). */
struct GcGray {
  Obj **items; /* mark stack */
  size_t n, cap;
  FreeObj *free[POOL_CLASSES];
  char *bump[POOL_CLASSES], *bump_end[POOL_CLASSES];
  Arena *arenas;         /* arenas holding a class's slots */
  Arena *empty;          /* arenas a sweep found empty: reused by any class */
  size_t arena_bytes;    /* all arenas so far */
  size_t pool_bytes;     /* of vm->bytes_allocated, the pooled objects' part */
  /* phase changes (note_fresh_arena): since the last collection */
  size_t fresh_bytes;    /* arena memory taken fresh from the system */
  size_t live_bytes;     /* vm->bytes_allocated right after it */
  bool phase_checked;    /* the frames were compared once already */
  int trail_depth;       /* the frames running at it (vm_frame_trail) */
  const void *trail[2 * PHASE_FRAMES];
  char *chunk, *chunk_end; /* the huge-page chunk arenas are carved from */
  void **chunks;         /* every chunk, for gc_free_all */
  size_t nchunks;
};

static bool over_limit(VM *vm, size_t extra) {
  return vm->mem_limit && vm->bytes_allocated + extra > vm->mem_limit;
}

static struct GcGray *gc_state(VM *vm) {
  if (!vm->gray) vm->gray = calloc(1, sizeof(struct GcGray));
  if (!vm->gray) vm_raise_memory(vm);
  return vm->gray;
}

static void *alloc_huge(size_t size);

/*
** Phase changes. After a collection the next one waits until the heap has
** doubled; but when the function that built a big structure returns, that
** structure is garbage, and until the next collection the program's next
** phase takes fresh arenas, which the kernel faults in and zeroes a page
** at a time (string_build: build()'s 64 MB of strings died on return, then
** concat() took 58 MB of fresh memory before the collection that freed
** them; a quarter of its time went to zeroing pages). So once the fresh
** arena memory since the last collection passes a quarter of the heap that
** survived it (PHASE_MIN at least), the allocator checks, once, whether a
** frame that was running at that collection has returned since, and if so
** collects at the next safe point. A heap that grows in the same frames (or
** deeper ones) never pays for it; one that grows through calls of helpers
** that return pays at most one collection per quarter of growth.
*/
static bool frames_returned(VM *vm, const struct GcGray *g) {
  const void *now[2 * PHASE_FRAMES];
  int depth = vm_frame_trail(vm, now, PHASE_FRAMES);
  if (depth < g->trail_depth) return true;
  int n = g->trail_depth < PHASE_FRAMES ? g->trail_depth : PHASE_FRAMES;
  return memcmp(now, g->trail, (size_t)n * 2 * sizeof *now) != 0;
}

static void note_fresh_arena(VM *vm, struct GcGray *g) {
  g->fresh_bytes += ARENA_BYTES;
  size_t budget = g->live_bytes / 4 > PHASE_MIN ? g->live_bytes / 4 : PHASE_MIN;
  if (g->phase_checked || g->fresh_bytes < budget) return;
  g->phase_checked = true;
  if (frames_returned(vm, g) && vm->next_gc > vm->bytes_allocated) vm->next_gc = vm->bytes_allocated;
}

static void note_collection(VM *vm, struct GcGray *g) {
  g->fresh_bytes = 0;
  g->live_bytes = vm->bytes_allocated;
  g->phase_checked = false;
  g->trail_depth = vm_frame_trail(vm, g->trail, PHASE_FRAMES);
}

/*
** Memory for a new arena. Once the heap is past ARENA_HUGE_AFTER, arenas
** are carved from 2 MiB chunks backed by transparent huge pages: a program
** that builds a large heap otherwise spends a fifth of its time in page
** faults (one per 4 KiB of fresh arena) and misses the TLB while marking.
** Small programs keep plain 32 KiB arenas (start-up RSS).
*/
enum { ARENA_CHUNK = 2u << 20, ARENA_HUGE_AFTER = 8u << 20 };

static Arena *arena_mem(VM *vm, struct GcGray *g) {
  if (g->empty) {
    Arena *a = g->empty;
    g->empty = a->next;
    return a;
  }
  g->arena_bytes += ARENA_BYTES;
  note_fresh_arena(vm, g);
  if (g->arena_bytes <= ARENA_HUGE_AFTER) {
    void *mem = NULL;
    if (posix_memalign(&mem, ARENA_BYTES, ARENA_BYTES) != 0) vm_raise_memory(vm);
    ((Arena *)mem)->chunked = false;
    return mem;
  }
  if (g->chunk == g->chunk_end) {
    void **nc = realloc(g->chunks, (g->nchunks + 1) * sizeof *nc);
    if (!nc) vm_raise_memory(vm);
    g->chunks = nc;
    char *c = alloc_huge(ARENA_CHUNK);
    if (!c || ((uintptr_t)c & (ARENA_BYTES - 1))) {
      free(c);
      vm_raise_memory(vm);
    }
    g->chunks[g->nchunks++] = c;
    g->chunk = c;
    g->chunk_end = c + ARENA_CHUNK;
  }
  Arena *a = (Arena *)g->chunk;
  g->chunk += ARENA_BYTES;
  a->chunked = true;
  return a;
}

/* The slots carved so far in arena a: the class's bump pointer while a is
** the arena being carved (the allocation fast path does not keep a->top
** current: that would touch the arena header on every allocation). */
static inline char *arena_end(const struct GcGray *g, const Arena *a) {
  char *b = g->bump[a->cls];
  return b && arena_of(b - 1) == a ? b : a->top;
}

/* Class c has no free slot and no room left in the arena being carved:
** carve from a new (or recycled) one. */
static __attribute__((noinline)) Obj *pool_refill(VM *vm, unsigned c) {
  struct GcGray *g = gc_state(vm);
  size_t sz = (size_t)c * POOL_GRAIN;
  if (g->bump[c]) arena_of(g->bump[c] - 1)->top = g->bump[c];
  Arena *a = arena_mem(vm, g);
  a->next = g->arenas;
  a->cls = c;
  a->live = 0;
  a->fin = false;
  a->top = (char *)a->pad;
  g->arenas = a;
  g->bump[c] = (char *)a->pad + sz;
  g->bump_end[c] = (char *)a + ARENA_BYTES;
  return (Obj *)a->pad;
}

/* The header of a pool slot of class c, now an object of `type`. */
static inline __attribute__((always_inline)) void *pool_init(VM *vm, struct GcGray *g, Obj *o, Type *type,
                                                             unsigned c, bool zero) {
  if (zero) memset(o, 0, (size_t)c * POOL_GRAIN);
  o->gc_flags = c << CLASS_SHIFT;
  o->aux = 0;
  o->gc_next = NULL;
  if (type->finalize) arena_of(o)->fin = true;
  vm->bytes_allocated += (size_t)c * POOL_GRAIN;
  g->pool_bytes += (size_t)c * POOL_GRAIN;
  o->type = type;
  return o;
}

/* The allocations that are not a pop from a free list or a bump: a new
** arena, an object too big for the pools (malloc'd, on the heap list), or
** the first allocation (no GC state yet). Out of line, and reached by tail
** calls, so that the fast path saves no registers. */
static __attribute__((noinline)) void *alloc_slow(VM *vm, Type *type, size_t size, bool zero) {
  if (size <= POOL_MAX) {
    unsigned c = (unsigned)((size + POOL_GRAIN - 1) / POOL_GRAIN);
    Obj *o = pool_refill(vm, c);
    return pool_init(vm, vm->gray, o, type, c, zero);
  }
  Obj *o = calloc(1, size);
  if (!o) vm_raise_memory(vm);
  vm->bytes_allocated += malloc_usable_size(o);
  o->gc_next = vm->heap;
  vm->heap = o;
  o->type = type;
  return o;
}

static inline __attribute__((always_inline)) void *alloc_obj(VM *vm, Type *type, size_t size,
                                                             bool zero) {
  if (over_limit(vm, size)) vm_raise_memory(vm);
  struct GcGray *g = vm->gray;
  if (size > POOL_MAX || !g) return alloc_slow(vm, type, size, zero);
  unsigned c = (unsigned)((size + POOL_GRAIN - 1) / POOL_GRAIN);
  FreeObj *f = g->free[c];
  if (f) {
    /* the sweep left the free list cold: fetch the next allocation's
    ** slot now, or popping it is a cache miss then */
    g->free[c] = f->next;
    if (f->next) __builtin_prefetch(f->next, 1);
    return pool_init(vm, g, (Obj *)f, type, c, zero);
  }
  if ((uintptr_t)g->bump_end[c] - (uintptr_t)g->bump[c] >= (size_t)c * POOL_GRAIN) {
    Obj *o = (Obj *)g->bump[c];
    g->bump[c] += (size_t)c * POOL_GRAIN;
    return pool_init(vm, g, o, type, c, zero);
  }
  return alloc_slow(vm, type, size, zero);
}

void *gc_alloc(VM *vm, Type *type, size_t size) { return alloc_obj(vm, type, size, true); }
void *gc_alloc_uninit(VM *vm, Type *type, size_t size) { return alloc_obj(vm, type, size, false); }

/*
** A large new buffer (a big dict's tables) gets transparent huge pages:
** hash tables are read at random, and with 4 KiB pages nearly every probe
** of a table of several MiB also misses the TLB (the page walk costs as
** much as the miss itself). Only fresh allocations: a buffer that grows by
** realloc (a list) is walked in order, which the TLB handles well.
*/
enum { HUGE_PAGE = 2u << 20, HUGE_BUF = 4u << 20 };

static void *alloc_huge(size_t size) {
  void *q = NULL;
  size_t rounded = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
  if (posix_memalign(&q, HUGE_PAGE, rounded) != 0) return malloc(size);
#ifdef MADV_HUGEPAGE
  madvise(q, rounded, MADV_HUGEPAGE);
#endif
  return q;
}

/*
** Big temporaries (NumPy results) die at the next collection, not at once
** as under reference counting, and until then every new one is fresh
** memory the kernel must fault in and zero: that cost `a < b` at 1e7
** elements 10x NumPy's time. So fresh big buffers bring the collection
** forward: past BIG_GC_PER_OBJ bytes of them per object that survived
** the last collection (at least BIG_GC_MIN), the next safe point collects,
** and the buffers freed there are reused (malloc's heap, array.c's parked
** buffers) instead of new pages. Marking costs about 50 ns an object and
** fresh memory about 0.2 ns a byte, so a collection costs at most about a
** quarter of the faults it saves; a NumPy script with a few thousand live
** objects collects every 16 MiB of temporaries.
*/
enum { BIG_GC_MIN = 16u << 20, BIG_GC_PER_OBJ = 1024 };

static void note_big_buffer(VM *vm, size_t size) {
  vm->big_since_gc += size;
  if (vm->big_since_gc >= vm->big_gc_limit && vm->next_gc > vm->bytes_allocated) vm->next_gc = vm->bytes_allocated;
}

/*
** Big buffers the collector frees are parked for reuse instead of going
** back to the system (BufPark; runtime/array.c's NumPy data, list items and
** dict tables alike). A loop like `a = a + 1.0` at 1e7 elements makes an
** 80 MB temporary per iteration, `out = [0.0] * n` a 16 MB list per call;
** fresh memory from the kernel costs a zeroed page per 4 KiB touched (three
** quarters of that loop's time), and a fresh madvised region may stall
** while the kernel compacts memory for its huge pages (`a[::2].copy()` at
** 1e7, 40 MB: 95 ms every other call, 4.3 ms with the parked buffer;
** malloc could rarely hand a 2 MiB-aligned block back out). A parked
** buffer serves a request of up to its size, down to 4/5 of it. Parked
** buffers are not counted by the GC and are bounded: BUFPARK_N entries,
** BUFPARK_MAX bytes, per thread. A collection often frees several
** iterations' temporaries at once (np.clip(x + y, -1, 1) at 1e6: six 8 MB
** buffers every third call); with 4 entries two of them went back to the
** system each time and came back as fresh huge pages, whose zeroing (and
** the kernel's compaction for them) stalled every third call by ~100 ms
** on a busy machine. 16 entries keep a steady loop off fresh memory.
*/
enum { BUFPARK_N = 16 };
#define BUFPARK_MAX ((size_t)256 << 20)
typedef struct BufPark {
  void *p[BUFPARK_N];
  size_t size[BUFPARK_N];
  size_t total;
} BufPark;
static _Thread_local BufPark bufpark;

/* Big buffers (NumPy data, long lists' items) are left out of forked
** children (MADV_DONTFORK): the gccjit tier compiles in a child process
** (jit/gccjit.c), which never reads them, and a loop that writes a big
** array while a batch compiles would otherwise copy every page it touches
** (copy-on-write: 200 MB swept a page at a time took 6x as long). Only
** buffers alloc_huge made (2 MiB-aligned, the whole rounded range theirs)
** are marked, and the mark comes off before one goes back to malloc. */
static void big_buffer_fork(void *p, size_t size, bool inherit) {
#ifdef MADV_DONTFORK
  if (!p || ((uintptr_t)p & (HUGE_PAGE - 1))) return;
  size_t rounded = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
  madvise(p, rounded, inherit ? MADV_DOFORK : MADV_DONTFORK);
#else
  (void)p, (void)size, (void)inherit;
#endif
}

/* free() of a big buffer (parked or not). */
static void big_buffer_free(void *p, size_t size) {
  big_buffer_fork(p, size, true);
  free(p);
}

/* A parked buffer of need to need + need/4 bytes, or NULL. */
static void *park_take(size_t need) {
  BufPark *c = &bufpark;
  for (int i = 0; i < BUFPARK_N; i++) {
    if (c->p[i] && c->size[i] >= need && c->size[i] - need <= need / 4) {
      void *p = c->p[i];
      c->total -= c->size[i];
      c->p[i] = NULL;
      return p;
    }
  }
  return NULL;
}

/* Parks p (size bytes) if there is room, evicting the oldest-placed. */
static bool park_put(void *p, size_t size) {
  BufPark *c = &bufpark;
  if (!p || size < HUGE_BUF || size > BUFPARK_MAX) return false;
  int slot = -1;
  for (int i = 0; i < BUFPARK_N && slot < 0; i++)
    if (!c->p[i]) slot = i;
  while (slot < 0 || c->total + size > BUFPARK_MAX) {
    int v = -1;
    for (int i = 0; i < BUFPARK_N && v < 0; i++)
      if (c->p[i]) v = i;
    if (v < 0) return false;
    big_buffer_free(c->p[v], c->size[v]);
    c->total -= c->size[v];
    c->p[v] = NULL;
    if (slot < 0) slot = v;
  }
  c->p[slot] = p;
  c->size[slot] = size;
  c->total += size;
  return true;
}

void *gc_try_realloc(VM *vm, void *p, size_t old_size, size_t new_size) {
  if (new_size > old_size && over_limit(vm, new_size - old_size)) return NULL;
  void *q = NULL;
  if (!p && new_size >= HUGE_BUF) {
    q = park_take(new_size);
    if (!q) {
      q = alloc_huge(new_size);
      if (!q) return NULL;
      big_buffer_fork(q, new_size, false);
      note_big_buffer(vm, new_size);
    }
  } else {
    if (old_size >= HUGE_BUF) big_buffer_fork(p, old_size, true); /* realloc may free it */
    q = realloc(p, new_size);
    if (!q && old_size >= HUGE_BUF) big_buffer_fork(p, old_size, false); /* p stays */
  }
  if (!q) return NULL;
  vm->bytes_allocated += new_size;
  vm->bytes_allocated -= old_size <= vm->bytes_allocated ? old_size : vm->bytes_allocated;
  return q;
}

void *gc_realloc(VM *vm, void *p, size_t old_size, size_t new_size) {
  if (new_size == 0) {
    if (!park_put(p, old_size)) {
      if (old_size >= HUGE_BUF) big_buffer_free(p, old_size);
      else free(p);
    }
    vm->bytes_allocated -= old_size <= vm->bytes_allocated ? old_size : vm->bytes_allocated;
    return NULL;
  }
  void *q = gc_try_realloc(vm, p, old_size, new_size);
  if (!q) vm_raise_memory(vm);
  return q;
}

void gc_free_buf(VM *vm, void *p, size_t size) { gc_realloc(vm, p, size, 0); }

void gc_account(VM *vm, ptrdiff_t delta) {
  if (delta > 0) {
    if (over_limit(vm, (size_t)delta)) vm_raise_memory(vm);
    vm->bytes_allocated += (size_t)delta;
  } else {
    size_t d = (size_t)-delta;
    vm->bytes_allocated -= d <= vm->bytes_allocated ? d : vm->bytes_allocated;
  }
}

void gc_push_root(VM *vm, Value v) {
  if (vm->nroots == vm->caproots) {
    vm->caproots = vm->caproots ? vm->caproots * 2 : 64;
    vm->roots = util_xrealloc(vm->roots, (size_t)vm->caproots * sizeof(Value));
  }
  vm->roots[vm->nroots++] = v;
}

void gc_pop_roots(VM *vm, int n) { vm->nroots -= n; }

/* ---- marking ---------------------------------------------------------- */

static void gray_push(VM *vm, Obj *o) {
  struct GcGray *g = vm->gray;
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 1024;
    g->items = util_xrealloc(g->items, g->cap * sizeof(Obj *));
  }
  g->items[g->n++] = o;
}

void gc_mark_obj(VM *vm, Obj *o) {
  if (!o || (o->gc_flags & (GC_MARKED | GC_STATIC))) return;
  o->gc_flags |= GC_MARKED;
  if ((o->gc_flags >> CLASS_SHIFT) & 0xFF) arena_of(o)->live++; /* pooled: see sweep_arenas */
  if (o->type->mark) gray_push(vm, o); /* leaves (str, float…) need no visit */
}

void gc_mark_value(VM *vm, Value v) {
  if (v.tag == V_OBJ) gc_mark_obj(vm, v.as.o);
}

/* A big list's items are objects scattered over the heap: touching their
** headers one after another is a chain of cache misses, so fetch a few
** items ahead while marking the current one. */
void gc_mark_values(VM *vm, const Value *v, int64_t n) {
  enum { AHEAD = 8 };
  for (int64_t i = 0; i < n; i++) {
    if (i + AHEAD < n && v[i + AHEAD].tag == V_OBJ) __builtin_prefetch(v[i + AHEAD].as.o, 1);
    if (v[i].tag == V_OBJ) gc_mark_obj(vm, v[i].as.o);
  }
}

static void drain_gray(VM *vm) {
  struct GcGray *g = vm->gray;
  while (g->n > 0) {
    Obj *o = g->items[--g->n];
    o->type->mark(vm, o);
  }
}

static void mark_roots(VM *vm) {
  gc_mark_obj(vm, (Obj *)vm->modules);
  gc_mark_obj(vm, (Obj *)vm->builtins);
  gc_mark_obj(vm, (Obj *)vm->main);
  gc_mark_obj(vm, (Obj *)vm->sys_path);
  gc_mark_obj(vm, (Obj *)vm->sys_argv);
  gc_mark_value(vm, vm->exc);
  gc_mark_value(vm, vm->handling);
  gc_mark_value(vm, vm->memory_error);
  gc_mark_value(vm, vm->api_pins[0]);
  gc_mark_value(vm, vm->api_pins[1]);
  for (int i = 0; i < vm->nroots; i++) gc_mark_value(vm, vm->roots[i]);
  str_mark_table(vm);
  vm_mark_roots(vm);
}

static void uncount(VM *vm, size_t bytes) {
  vm->bytes_allocated -= bytes <= vm->bytes_allocated ? bytes : vm->bytes_allocated;
}

static void free_obj(VM *vm, Obj *o) {
  if (o->type->finalize) o->type->finalize(vm, o);
  if ((o->gc_flags >> CLASS_SHIFT) & 0xFF) {
    o->gc_flags = GC_FREE; /* the sweep puts the slot on its free list and
                              settles the pooled bytes (sweep_arenas) */
    return;
  }
  uncount(vm, malloc_usable_size(o));
  free(o);
}

/*
** Pooled objects: every arena, slot by slot. The free lists are rebuilt
** from scratch (the sweep reads every slot's header anyway), so that an
** arena left with no live slot can leave its class: it goes on the empty
** list and the next arena any class needs is that one. Why: fresh memory
** is expensive (a page fault and zeroing per page, a fifth of a
** string-heavy program's time), and a phase that allocates one size
** (750k list items of 64 bytes) would otherwise leave its arenas unusable
** to the next phase's sizes, which then grows the heap instead.
**
** Marking counts each arena's live slots, so that an arena none of whose
** slots was marked, and that never held an object with a finalizer, is
** recycled without visiting its slots: that is most arenas when a loop
** makes short-lived strings, and walking them was most of each collection
** there (a cache miss per slot). The pooled objects' bytes are then
** settled from the live counts (pool_bytes) rather than object by object.
*/
static bool arena_dead(const Arena *a) { return a->live == 0 && !a->fin; }

/* Frees the unmarked pooled objects; returns how many survived. */
static size_t sweep_arenas(VM *vm) {
  size_t survivors = 0, live_bytes = 0;
  struct GcGray *g = vm->gray;
  memset(g->free, 0, sizeof g->free);
  Arena **link = &g->arenas;
  for (Arena *a = *link; a; a = *link) {
    unsigned c = a->cls;
    size_t sz = (size_t)c * POOL_GRAIN;
    FreeObj *before = g->free[c];
    uint32_t live = 0;
    bool dead = arena_dead(a);
    a->live = 0;
    for (char *p = (char *)a->pad, *end = dead ? p : arena_end(g, a); p < end; p += sz) {
      Obj *o = (Obj *)p;
      if (o->gc_flags & GC_MARKED) {
        o->gc_flags &= ~(uint32_t)GC_MARKED;
        live++;
        continue;
      }
      if (!(o->gc_flags & GC_FREE)) free_obj(vm, o);
      FreeObj *f = (FreeObj *)o;
      f->next = g->free[c];
      g->free[c] = f;
    }
    survivors += live;
    live_bytes += live * sz;
    if (live != 0) {
      link = &a->next;
      continue;
    }
    g->free[c] = before; /* none of its slots stays on a free list */
    if (g->bump[c] && arena_of(g->bump[c] - 1) == a) g->bump[c] = g->bump_end[c] = NULL;
    *link = a->next;
    a->next = g->empty;
    g->empty = a;
  }
  uncount(vm, g->pool_bytes - live_bytes);
  g->pool_bytes = live_bytes;
  return survivors;
}

/* Frees every unmarked object; returns how many objects survived. */
static size_t sweep(VM *vm) {
  size_t survivors = sweep_arenas(vm);
  Obj **link = &vm->heap;
  while (*link) {
    Obj *o = *link;
    if (o->gc_flags & GC_MARKED) {
      o->gc_flags &= ~(uint32_t)GC_MARKED;
      survivors++;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      free_obj(vm, o);
    }
  }
  return survivors;
}

static size_t next_threshold(VM *vm) {
  size_t next = vm->bytes_allocated * 2;
  if (next < GC_MIN_THRESHOLD) next = GC_MIN_THRESHOLD;
  if (vm->mem_limit && vm->bytes_allocated < vm->mem_limit) {
    size_t half = vm->bytes_allocated + (vm->mem_limit - vm->bytes_allocated) / 2;
    if (half < next) next = half;
  }
  return next;
}

void gc_collect(VM *vm) {
  struct GcGray *g = gc_state(vm);
  mark_roots(vm);
  drain_gray(vm);
  free(g->items); /* the mark stack is only needed while marking */
  g->items = NULL;
  g->n = g->cap = 0;
  size_t survivors = sweep(vm);
  note_collection(vm, g);
  vm->next_gc = next_threshold(vm);
  vm->big_since_gc = 0;
  size_t by_objects = survivors * (size_t)BIG_GC_PER_OBJ;
  vm->big_gc_limit = by_objects > BIG_GC_MIN ? by_objects : BIG_GC_MIN;
}

void gc_safepoint(VM *vm) {
  if (vm->bytes_allocated >= vm->next_gc && vm->gc_paused == 0) gc_collect(vm);
}

/* VM shutdown: only objects with a finalizer need a visit (buffers they
** own); the arenas themselves are freed wholesale below. */
static void finalize_arenas(VM *vm) {
  struct GcGray *g = vm->gray;
  for (Arena *a = g->arenas; a; a = a->next) {
    if (!a->fin) continue;
    size_t sz = (size_t)a->cls * POOL_GRAIN;
    for (char *p = (char *)a->pad, *end = arena_end(g, a); p < end; p += sz) {
      Obj *o = (Obj *)p;
      if (!(o->gc_flags & GC_FREE) && o->type->finalize) o->type->finalize(vm, o);
    }
  }
}

void gc_free_all(VM *vm) {
  if (vm->gray) finalize_arenas(vm);
  while (vm->heap) {
    Obj *o = vm->heap;
    vm->heap = o->gc_next;
    free_obj(vm, o);
  }
  free(vm->roots);
  vm->roots = NULL;
  vm->nroots = vm->caproots = 0;
  struct GcGray *g = vm->gray;
  if (g) {
    for (int pass = 0; pass < 2; pass++)
      for (Arena *a = pass ? g->empty : g->arenas, *next; a; a = next) {
        next = a->next;
        if (!a->chunked) free(a);
      }
    for (size_t i = 0; i < g->nchunks; i++) free(g->chunks[i]);
    free(g->chunks);
    free(g->items);
    free(g);
    vm->gray = NULL;
  }
}
