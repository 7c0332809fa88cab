/*
** vm.c — the bytecode interpreter: frames, calls, the dispatch loop,
** exception unwinding, generators, imports.
**
** Frames. Every activation is a window of registers on one VM-wide value
** stack, described by a Frame in a frame array. Both are reserved once at
** VM creation (mmap with MAP_NORESERVE: address space only, pages are
** touched as the program recurses), so neither ever moves: a C function
** may keep a pointer into registers (the Args it was called with) across a
** call back into Python, which a realloc'd stack (Lua's) forbids. A
** Python→Python call pushes a Frame and continues in the same C loop — no C
** recursion, so Python recursion is bounded only by recursion_limit.
**
** The callee's window starts at its first argument, which the caller left
** in R[A+1..]: on the fast path (positional arguments only, no defaults
** needed) nothing is copied. Registers above a frame's window are free, so
** C code calling back into Python (vm_call) puts the new frame right after
** the top frame's window.
**
** Stale registers. A call unbinds only the callee's locals (below
** Code.nclear: reading one before assignment is an UnboundLocalError); its
** temporaries keep whatever an earlier frame left there, since the
** compiler writes a temporary before reading it (clearing them was a third
** of a small call's cost). The collector marks every register of every
** frame, so a stale value must never point at a freed object. Objects are
** freed only by a collection, and each collection unbinds the registers
** above all frames up to the highest one written since the previous one
** (Exec.hwm, raised wherever a window or scratch area is claimed): a stale
** register inside a frame therefore holds a value that was alive at the
** last collection or was made since — Lua's stack discipline.
**
** Errors. vm_execute pushes an ErrJmp; anything raised inside longjmps to
** it. The handler adds a traceback entry for the faulting frame, looks the
** pc up in the frame's exception table, and either resumes at the handler
** or pops the frame and tries the caller (adding the caller's entry at its
** call site). Leaving the frame this vm_execute was entered with re-throws
** to the enclosing catch point. All interpreter state lives in the Frame
** (fr->pc is stored as each instruction is dispatched), so nothing in the
** dispatch loop's C locals needs to survive the longjmp.
**
** Hot loops and the JIT. Every loop back-edge (FORLOOP, LOOP) decrements a
** counter of its Code object (indexed by the loop id the instruction
** carries) and calls vm_hotloop at zero; the same back-edges are the GC's
** safe points and the interrupt checks. The interpreter state at a loop
** header is fully described by (frame base, pc, register values), which is
** what native code needs both ways: compiled code is entered at the loop
** header with a pointer to the frame's registers (values are read and
** unboxed under type guards, as the recorder saw them), and a side exit
** restores the state from its snapshot by boxing the live values back into
** their registers, storing the snapshot's pc into fr->pc and returning to
** the dispatch loop, which reloads everything from the frame. Loop state
** lives in ordinary registers too (a range loop keeps next value, count and
** step as unboxed ints in R[A..A+2]), so no hidden interpreter state exists
** for a snapshot to miss.
*/
#include "vm.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "builtins.h"
#include "compile.h"
#include "dict.h"
#include "error.h"
#include "format.h"
#include "func.h"
#include "fuse.h"
#include "gc.h"
#include "iterobj.h"
#include "list.h"
#include "mod_random.h"
#include "random.h"
#include "num.h"
#include "object.h"
#include "lex.h"
#include "parse.h"
#include "set.h"
#include "str.h"
#include "util.h"
#include "../trace/trace.h"

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NOINLINE __attribute__((noinline))
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define NOINLINE
#endif

/* Address space reserved per VM; only what a program uses is ever touched. */
enum {
  STACK_VALUES = 1 << 22, /* 64 MiB of registers */
  MAX_FRAMES = 1 << 17,
  STACK_SLACK = 64,       /* registers kept free above any frame */
  C_DEPTH_MAX = 1000,     /* nested C → Python re-entries (vm_call, repr of nested lists) */
};

typedef struct Frame {
  Function *func;
  Code *code;
  const Value *k;  /* code->consts and func->globals, copied so that a */
  Dict *globals;   /* return reloads the caller's state without pointer chasing */
  Value *base;
  const Instr *pc; /* the instruction being executed (a CALL, while a callee runs) */
  Gen *gen;        /* generator frames */
  int32_t ret;     /* caller's register for the result; -1: returns to C */
} Frame;

/* LOADMETH's inline cache, indexed by the instruction's address: the C
** method a (type, name) pair resolved to. Types and their method tables are
** static and compiled names are interned (alive as long as the VM), so an
** entry never goes stale; a collision only costs a refill. */
enum { METH_CACHE_SIZE = 256 };
typedef struct MethCache {
  Type *type;
  Obj *name;
  CFunc fn;
} MethCache;

/*
** How a call site binds its arguments to one callee (CALL's inline cache,
** indexed by the instruction's address): which parameter each keyword
** value goes to and which parameters take their defaults. Keyed by the
** callee's Code and defaults tuples, so every closure made from one def
** shares the plan. The table is cleared at each collection (vm_mark_roots):
** between two collections no object is freed, so equal pointers are the
** same objects, and a plan never outlives the code it was made for.
*/
enum { CALL_CACHE_SIZE = 256, PLAN_MAX_KW = 16 };
typedef struct CallPlan {
  const Instr *pc;
  Code *code;
  Tuple *defaults, *kwdefaults;
  uint64_t fill;  /* parameters [npos, total) set from defaults/kwdefaults */
  int16_t firstdef; /* first parameter with a default */
  uint8_t nkw;
  bool moved; /* some keyword value is not already in its parameter's register */
  uint8_t kwix[PLAN_MAX_KW]; /* keyword j's parameter */
} CallPlan;

typedef struct Exec {
  MethCache meth_cache[METH_CACHE_SIZE];
  CallPlan call_cache[CALL_CACHE_SIZE];
  Value *stack, *stack_end;
  Value *hwm; /* registers up to here may be stale (see "Stale registers") */
  Frame *frames;
  int nframes;
  bool reraise;    /* the exception being thrown already has this frame's traceback */
  bool yielded;    /* the last vm_execute ended with YIELD */
  Value echo_last; /* REPL: last expression statement's value */
  Str *empty_str;
  /* vm_jit_stitch: while set, the frame numbered stitch_nframes runs only
  ** instructions in [stitch_lo, stitch_hi) */
  int stitch_nframes;
  const Instr *stitch_lo, *stitch_hi;
  /* Generators that may need closing at exit (vm_close_generators), in the
  ** order they first suspended; a freed one leaves NULL (gen_forget). Not
  ** roots: the collector frees these generators as any other. */
  Gen **gens;
  size_t ngens, capgens, nfreegens;
  bool gens_walk;  /* vm_close_generators is walking gens: no compaction */
} Exec;

static Value vm_execute(VM *vm, int entry);
static void gen_drop(VM *vm, Gen *g);

/* Stores of unboxed results write the tag as a full 8-byte word: a 1-byte
** tag store followed by the next instruction's 8-byte load of the same
** word defeats store-to-load forwarding (a ~12-cycle stall per operand,
** measured: 3x slower float loops). */
static inline void put_tagged(Value *d, uint64_t tag, uint64_t bits) {
  memcpy(d, &tag, 8);
  memcpy((char *)d + 8, &bits, 8);
}
static inline void put_int(Value *d, int64_t i) { put_tagged(d, V_INT, (uint64_t)i); }
static inline void put_float(Value *d, double f) {
  uint64_t bits;
  memcpy(&bits, &f, 8);
  put_tagged(d, V_FLOAT, bits);
}
static inline void put_bool(Value *d, bool b) { put_tagged(d, V_BOOL, b); }
/* A Value produced by a call (returned in two registers) or copied from a
** register: stored as two 8-byte words, never through a 16-byte temporary.
** GCC otherwise spills the returned pair with a 4-byte and an 8-byte store
** and reloads it as one 16-byte vector: a failed store-to-load forwarding
** on every call result (measured: a quarter of a string loop's time). */
static inline void put_value(Value *d, Value v) { put_tagged(d, v.tag, (uint64_t)v.as.i); }
/* Register to register: 8-byte loads, which forward from the two 8-byte
** stores put_tagged made (a 16-byte load spanning them would stall). The
** empty asm keeps the pair in general registers so the copy is not merged
** back into one vector load. */
static inline void copy_value(Value *d, const Value *s) {
  uint64_t t, p;
  memcpy(&t, s, 8);
  memcpy(&p, (const char *)s + 8, 8);
  __asm__("" : "+r"(t), "+r"(p));
  memcpy(d, &t, 8);
  memcpy((char *)d + 8, &p, 8);
}
/* An empty register: only the tag word matters (the GC and the unbound
** checks look at the tag alone). */
static inline void clear_reg(Value *d) {
  uint64_t t = V_EMPTY;
  memcpy(d, &t, 8);
}

/* ======================================================================
** Frames and argument binding
** ==================================================================== */

static inline void raise_hwm(Exec *ex, Value *end) {
  if (end > ex->hwm) ex->hwm = end;
}

static inline Value *frame_top(Exec *ex) {
  if (ex->nframes == 0) return ex->stack;
  Frame *f = &ex->frames[ex->nframes - 1];
  return f->base + f->code->nregs;
}

void vm_set_recursion_limit(VM *vm, int n) {
  vm->recursion_limit = n;
  vm->frame_limit = n < MAX_FRAMES ? n : MAX_FRAMES;
}

static _Noreturn void recursion_error(VM *vm) {
  vm_raise(vm, &EXC_RecursionError, "maximum recursion depth exceeded");
}

/* Room for a frame of `nregs` registers (plus `extra` scratch) at `base`. */
static void check_frame_room(VM *vm, Value *base, size_t nregs, size_t extra) {
  Exec *ex = vm->exec;
  if (ex->nframes >= vm->frame_limit) recursion_error(vm);
  if (base + nregs + extra + STACK_SLACK > ex->stack_end) recursion_error(vm);
  raise_hwm(ex, base + nregs + extra);
}

static Frame *push_frame(VM *vm, Function *f, Value *base, int ret) {
  Exec *ex = vm->exec;
  Frame *fr = &ex->frames[ex->nframes++];
  raise_hwm(ex, base + f->code->nregs);
  fr->func = f;
  fr->code = f->code;
  fr->k = f->code->consts;
  fr->globals = f->globals;
  fr->base = base;
  fr->pc = f->code->code;
  fr->gen = NULL;
  fr->ret = ret;
  return fr;
}

/* The globals of the innermost running Python frame: globals() called from
** a module's code (or its functions) is that module's dict; __main__'s when
** no frame runs (the C API). */
Dict *vm_frame_globals(VM *vm) {
  Exec *ex = vm->exec;
  if (ex && ex->nframes) return ex->frames[ex->nframes - 1].globals;
  return vm->main ? vm->main->dict : NULL;
}

static void names_list(StrBuf *b, Str **names, int n) {
  for (int i = 0; i < n; i++) {
    if (i > 0) sb_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    sb_printf(b, "'%s'", names[i]->data);
  }
}

static _Noreturn void missing_args(VM *vm, Code *co, Str **names, int n, const char *kind) {
  Value msg;
  {
    StrBuf b = STRBUF_INIT;
    sb_printf(&b, "%s() missing %d required %s argument%s: ", co->qualname->data, n, kind,
              n == 1 ? "" : "s");
    names_list(&b, names, n);
    msg = sb_finish(vm, &b);
  }
  vm_throw(vm, exc_new_args(vm, &EXC_TypeError, tuple_from(vm, &msg, 1)));
}

static _Noreturn void too_many_positional(VM *vm, Function *f, Value *dst, int given) {
  Code *co = f->code;
  int ndef = f->defaults ? (int)f->defaults->n : 0;
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlycount; i++)
    if (!is_empty(dst[i])) kwonly_given++;
  char sig[64], kwsig[128] = "";
  bool plural;
  if (ndef) {
    snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndef, co->argcount);
    plural = true;
  } else {
    snprintf(sig, sizeof sig, "%d", co->argcount);
    plural = co->argcount != 1;
  }
  if (kwonly_given)
    snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  vm_raise(vm, &EXC_TypeError, "%s() takes %s positional argument%s but %d%s %s given",
           co->qualname->data, sig, plural ? "s" : "", given, kwsig,
           given == 1 && !kwonly_given ? "was" : "were");
}

static int param_index(Code *co, Str *name, int lo, int hi) {
  for (int i = lo; i < hi; i++)
    if (co->regnames[i] == name) return i;
  for (int i = lo; i < hi; i++)
    if (co->regnames[i] && str_eq(co->regnames[i], name)) return i;
  return -1;
}

/*
** Binds arguments to parameters with CPython's rules and messages. dst is
** the new window (nregs registers, all set here); pos/kwvals must not
** overlap it.
*/
static void bind_args(VM *vm, Function *f, Value *dst, const Value *pos, int npos,
                      const Value *kwnames, const Value *kwvals, int nkw) {
  Code *co = f->code;
  int argc = co->argcount, total = argc + co->kwonlycount;
  for (int i = 0; i < co->nregs; i++) dst[i] = v_empty();
  int n = npos < argc ? npos : argc;
  for (int i = 0; i < n; i++) dst[i] = pos[i];
  int extra = total;
  if (co->flags & CO_VARARGS) {
    dst[extra++] = npos > argc ? tuple_from(vm, pos + argc, npos - argc) : tuple_from(vm, NULL, 0);
  }
  Dict *kwd = NULL;
  if (co->flags & CO_VARKW) {
    kwd = dict_new(vm);
    dst[extra] = v_obj(kwd);
  }
  /* CPython names positional-only parameters passed by keyword in
  ** parameter order, whatever order the call gave them in. */
  bool posonly_kw[256] = {false};
  int nposonly_kw = 0;
  for (int j = 0; j < nkw; j++) {
    Str *name = as_str(kwnames[j]);
    int i = param_index(co, name, co->posonlycount, total);
    if (i < 0) {
      if (kwd) {
        dict_set(vm, kwd, kwnames[j], kwvals[j]);
        continue;
      }
      int p = param_index(co, name, 0, co->posonlycount);
      if (p >= 0) {
        if (p < 256 && !posonly_kw[p]) posonly_kw[p] = true, nposonly_kw++;
        continue;
      }
      vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'",
               co->qualname->data, name->data);
    }
    if (!is_empty(dst[i]))
      vm_raise(vm, &EXC_TypeError, "%s() got multiple values for argument '%s'",
               co->qualname->data, name->data);
    dst[i] = kwvals[j];
  }
  if (nposonly_kw) {
    Value msg;
    StrBuf b = STRBUF_INIT;
    sb_printf(&b, "%s() got some positional-only arguments passed as keyword arguments: '",
              co->qualname->data);
    for (int i = 0, k = 0; i < co->posonlycount && i < 256; i++)
      if (posonly_kw[i]) sb_printf(&b, "%s%s", k++ ? ", " : "", co->regnames[i]->data);
    sb_putc(&b, '\'');
    msg = sb_finish(vm, &b);
    vm_throw(vm, exc_new_args(vm, &EXC_TypeError, tuple_from(vm, &msg, 1)));
  }
  if (npos > argc && !(co->flags & CO_VARARGS)) too_many_positional(vm, f, dst, npos);
  if (npos < argc) {
    int ndef = f->defaults ? (int)f->defaults->n : 0;
    int firstdef = argc - ndef;
    Str *miss[256];
    int nmiss = 0;
    for (int i = npos; i < firstdef; i++)
      if (is_empty(dst[i]) && nmiss < 256) miss[nmiss++] = co->regnames[i];
    if (nmiss) missing_args(vm, co, miss, nmiss, "positional");
    for (int i = firstdef > npos ? firstdef : npos; i < argc; i++)
      if (is_empty(dst[i])) dst[i] = f->defaults->items[i - firstdef];
  }
  if (co->kwonlycount) {
    Str *miss[256];
    int nmiss = 0;
    for (int i = argc; i < total; i++) {
      if (!is_empty(dst[i])) continue;
      Value d = f->kwdefaults ? f->kwdefaults->items[i - argc] : v_empty();
      if (!is_empty(d)) dst[i] = d;
      else if (nmiss < 256) miss[nmiss++] = co->regnames[i];
    }
    if (nmiss) missing_args(vm, co, miss, nmiss, "keyword-only");
  }
  for (uint16_t i = 0; i < co->nfree; i++) dst[co->freereg + i] = f->closure[i];
}

/*
** The common call that CALL's fast path leaves: keywords that name
** parameters, omitted parameters that have defaults, no *args / **kwargs.
** Fills *p and returns true; returns false for whatever needs bind_args'
** checks and messages (and for keyword names that are not the interned
** parameter names themselves). Changes no register.
*/
static bool bind_plan(Function *fn, int npos, const Value *kwnames, int nkw, CallPlan *p) {
  Code *co = fn->code;
  int argc = co->argcount, total = argc + co->kwonlycount;
  if ((co->flags & (CO_VARARGS | CO_VARKW)) || npos > argc || total > 63 || nkw > PLAN_MAX_KW) return false;
  uint64_t given = ((uint64_t)1 << npos) - 1;
  bool moved = false;
  for (int j = 0; j < nkw; j++) {
    Obj *name = kwnames[j].as.o;
    int i = co->posonlycount;
    while (i < total && (Obj *)co->regnames[i] != name) i++;
    if (i == total || (given >> i) & 1) return false;
    given |= (uint64_t)1 << i;
    p->kwix[j] = (uint8_t)i;
    moved |= i != npos + j;
  }
  int firstdef = argc - (fn->defaults ? (int)fn->defaults->n : 0);
  for (int i = npos; i < firstdef; i++)
    if (!((given >> i) & 1)) return false;
  for (int i = argc; i < total; i++)
    if (!((given >> i) & 1) && (!fn->kwdefaults || is_empty(fn->kwdefaults->items[i - argc]))) return false;
  p->code = co;
  p->defaults = fn->defaults;
  p->kwdefaults = fn->kwdefaults;
  p->firstdef = (int16_t)firstdef;
  p->nkw = (uint8_t)nkw;
  p->moved = moved;
  uint64_t all = total == 0 ? 0 : (~(uint64_t)0 >> (64 - total));
  p->fill = all & ~given;
  return true;
}

/* Binds in place by plan p (the window starts at the first argument):
** every parameter is a positional, a keyword or a default, so only the
** other registers need clearing. */
static inline void bind_apply(const CallPlan *p, Function *fn, Value *argv, int npos) {
  Code *co = fn->code;
  int argc = co->argcount, total = argc + co->kwonlycount;
  if (p->moved) {
    Value kv[PLAN_MAX_KW]; /* keyword values may sit where another one goes */
    for (int j = 0; j < p->nkw; j++) copy_value(&kv[j], &argv[npos + j]);
    for (int j = 0; j < p->nkw; j++) copy_value(&argv[p->kwix[j]], &kv[j]);
  }
  Tuple *defs = fn->defaults, *kwdefs = fn->kwdefaults; /* loaded once: argv's stores may alias fn */
  for (uint64_t m = p->fill; m; m &= m - 1) {
    int i = __builtin_ctzll(m);
    copy_value(&argv[i], i < argc ? &defs->items[i - p->firstdef] : &kwdefs->items[i - argc]);
  }
  for (int i = total; i < co->nclear; i++) clear_reg(&argv[i]);
  for (uint16_t i = 0; i < co->nfree; i++) argv[co->freereg + i] = fn->closure[i];
}

static bool bind_fast(Function *fn, Value *argv, int npos, const Value *kwnames, int nkw) {
  CallPlan p;
  if (!bind_plan(fn, npos, kwnames, nkw, &p)) return false;
  bind_apply(&p, fn, argv, npos);
  return true;
}

/* Calls a non-Python callable. */
static Value call_c(VM *vm, Value f, const Args *a) {
  if (f.tag == V_OBJ) {
    Type *t = f.as.o->type;
    if (t == &TYPE_BUILTIN) {
      Builtin *b = (Builtin *)f.as.o;
      if (!is_empty(b->self)) return b->fn(vm, b->self, a);
    }
    if (t->call) return t->call(vm, f, a);
  }
  vm_raise(vm, &EXC_TypeError, "'%s' object is not callable", v_typename(f));
}

/* Is the call at `at`, result in register ret, the iterable of `for x in
** f(...)`: FORPREP of it next, or of the register a MOVE copies it to (the
** call's temporary is dead after)? Then the result goes straight into the
** loop's register, and a generator made by the call is the loop's alone:
** leaving the loop may close it. */
static bool feeds_for_loop(const Instr *at, int ret) {
  uint32_t r = (uint32_t)ret;
  if (bc_op(at[1]) == OP_MOVE && bc_b(at[1]) == r) r = bc_a(at[1]), at++;
  return bc_op(at[1]) == OP_FORPREP && bc_a(at[1]) == r;
}

/* Is the call at `at` the value of `x = f(...)` for an owned local x
** (compile.c owned_locals): ITERCLOSE x 1 (the old value dropped), then
** MOVE x from the call's register? Then x alone holds what the call made. */
static bool feeds_owned_local(const Instr *at, int ret) {
  uint32_t r = (uint32_t)ret;
  if (bc_op(at[1]) == OP_MOVE && bc_b(at[1]) == r) r = bc_a(at[1]), at++;
  return bc_op(at[1]) == OP_ITERCLOSE && bc_b(at[1]) == 1 && bc_op(at[2]) == OP_MOVE &&
         bc_b(at[2]) == r && bc_a(at[2]) == bc_a(at[1]);
}

/* A generator object for a call of a generator function. */
static Value make_gen(VM *vm, Function *fn, const Value *pos, int npos, const Value *kwnames,
                      const Value *kwvals, int nkw) {
  Gen *g = gen_new(vm, fn);
  bind_args(vm, fn, g->regs, pos, npos, kwnames, kwvals, nkw);
  return v_obj(g);
}

/*
** Calls f with argc values at argv (the last nkw of them keyword values
** named by kwnames), from the dispatch loop. A Python function gets a new
** frame whose window starts at argv (returns true: continue in it);
** anything else runs now and *out gets the result.
*/
static NOINLINE bool call_value(VM *vm, Value f, Value *argv, int argc, const Value *kwnames,
                                int nkw, int ret, Value *out) {
  int npos = argc - nkw;
  if (is_function(f)) {
    Function *fn = as_function(f);
    Code *co = fn->code;
    if (co->flags & CO_GENERATOR) {
      *out = make_gen(vm, fn, argv, npos, kwnames, argv + npos, nkw);
      const Instr *at = vm->exec->frames[vm->exec->nframes - 1].pc;
      if (feeds_for_loop(at, ret) || feeds_owned_local(at, ret)) ((Gen *)out->as.o)->loop_owned = true;
      return false;
    }
    size_t win = co->nregs > (size_t)argc ? co->nregs : (size_t)argc;
    check_frame_room(vm, argv, win, (size_t)argc);
    if (nkw == 0 && (co->flags & CO_SIMPLE) && argc == co->argcount) {
      for (int i = argc; i < co->nregs; i++) argv[i] = v_empty();
      for (uint16_t i = 0; i < co->nfree; i++) argv[co->freereg + i] = fn->closure[i];
    } else if (!bind_fast(fn, argv, npos, kwnames, nkw)) {
      Value *scratch = argv + win;
      memmove(scratch, argv, (size_t)argc * sizeof(Value));
      bind_args(vm, fn, argv, scratch, npos, kwnames, scratch + npos, nkw);
    }
    push_frame(vm, fn, argv, ret);
    return true;
  }
  Args a = {npos, argv, nkw, kwnames, argv + npos};
  *out = call_c(vm, f, &a);
  return false;
}

/* ======================================================================
** Errors raised by instructions
** ==================================================================== */

static NOINLINE _Noreturn void unbound(VM *vm, Code *co, uint32_t reg) {
  Str *name = reg < co->nregs ? co->regnames[reg] : NULL;
  const char *n = name ? name->data : "?";
  if (co->nfree && reg >= co->freereg && reg < (uint32_t)co->freereg + co->nfree)
    vm_raise(vm, &EXC_NameError,
             "cannot access free variable '%s' where it is not associated with a value in enclosing scope", n);
  vm_raise(vm, &EXC_UnboundLocalError,
           "cannot access local variable '%s' where it is not associated with a value", n);
}

static NOINLINE _Noreturn void name_error(VM *vm, Str *name) {
  Exec *ex = vm->exec;
  Frame *f = ex->nframes ? &ex->frames[ex->nframes - 1] : NULL;
  Code *co = f ? f->code : NULL;
  Dict *globals = f && f->func ? f->func->globals : NULL;
  vm_raise_name_error(vm, name, co ? co->regnames : NULL, co ? co->nregs : 0, globals);
}

/* An exception instance from `raise X`: a class is instantiated. */
static Value exc_instance(VM *vm, Value v, bool cause) {
  if (is_type(v, &TYPE_TYPE) && exc_is_exception_type((Type *)v.as.o)) {
    Args a = {0, NULL, 0, NULL, NULL};
    Value e = call_c(vm, v, &a);
    if (!is_exc(e))
      vm_raise(vm, &EXC_TypeError, "calling %s should have returned an instance of BaseException, not %s",
               ((Type *)v.as.o)->name, v_typename(e));
    return e;
  }
  if (is_exc(v)) return v;
  if (cause) vm_raise(vm, &EXC_TypeError, "exception causes must derive from BaseException");
  vm_raise(vm, &EXC_TypeError, "exceptions must derive from BaseException");
}

static bool exc_match_one(VM *vm, Value exc, Value t) {
  if (!is_type(t, &TYPE_TYPE) || !exc_is_exception_type((Type *)t.as.o))
    vm_raise(vm, &EXC_TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return type_is_subtype(v_type(exc), (Type *)t.as.o);
}

static bool exc_matches(VM *vm, Value exc, Value t) {
  if (is_tuple(t)) {
    Tuple *tt = as_tuple(t);
    bool m = false;
    for (int64_t i = 0; i < tt->n; i++)
      if (exc_match_one(vm, exc, tt->items[i])) m = true;
    return m;
  }
  return exc_match_one(vm, exc, t);
}

/* ======================================================================
** Slow paths of instructions (kept out of the dispatch loop)
** ==================================================================== */

static NOINLINE Value arith_slow(VM *vm, Code *co, Instr ins, Value b, Value c) {
  if (is_empty(b)) unbound(vm, co, bc_b(ins));
  if (is_empty(c)) unbound(vm, co, bc_c(ins));
  OpCode op = bc_op(ins);
  if ((op == OP_ADD || op == OP_IADD) && is_str(b) && is_str(c)) return str_concat(vm, as_str(b), as_str(c));
  if (op >= OP_IADD) return v_inplace(vm, (BinOp)(op - OP_IADD), b, c);
  return v_binop(vm, (BinOp)(op - OP_ADD), b, c);
}

static NOINLINE Value compare_slow(VM *vm, Code *co, Instr ins, Value b, Value c) {
  if (is_empty(b)) unbound(vm, co, bc_b(ins));
  if (is_empty(c)) unbound(vm, co, bc_c(ins));
  OpCode op = bc_op(ins);
  switch (op) {
  case OP_IS: return v_bool(v_is(b, c));
  case OP_ISNOT: return v_bool(!v_is(b, c));
  case OP_IN: return v_bool(v_contains(vm, c, b));
  case OP_NOTIN: return v_bool(!v_contains(vm, c, b));
  default: return v_richcmp(vm, b, c, (CmpOp)(op - OP_LT));
  }
}

/* JLT..JGE: the comparison's truth (rich comparisons may return anything). */
static NOINLINE bool cmpjump_slow(VM *vm, Code *co, Instr ins, Value b, Value c) {
  if (is_empty(b)) unbound(vm, co, bc_b(ins));
  if (is_empty(c)) unbound(vm, co, bc_c(ins));
  Value r = v_richcmp(vm, b, c, (CmpOp)(bc_op(ins) - OP_JLT));
  if (r.tag == V_BOOL) return r.as.i != 0;
  return v_truthy(vm, r);
}

static NOINLINE bool truthy_slow(VM *vm, Code *co, uint32_t reg, Value v) {
  if (is_empty(v)) unbound(vm, co, reg);
  return v_truthy(vm, v);
}

/*
** GETGLOBAL's cache miss: look the name up and remember where it was found
** (dict.h's inline caches). A name found in builtins stays valid while
** globals gains no key, which its keys version tells.
*/
static NOINLINE Value getglobal_fill(VM *vm, Dict *globals, Str *name, GlobalCache *gc) {
  Dict *bd = vm->builtins->dict;
  gc->globals = globals;
  gc->gix = gc->bix = -1;
  int64_t ix = dict_find_str(globals, name);
  if (ix >= 0) {
    Value v = dict_cached_str(globals, ix, name);
    if (!is_empty(v)) {
      gc->gix = ix;
      return v;
    }
    gc->globals = NULL; /* stored under an equal but different str: no cache */
    return dict_get_str(vm, globals, name);
  }
  Value v = dict_get_str(vm, globals, name); /* a non-interned equal key? */
  if (!is_empty(v)) {
    gc->globals = NULL;
    return v;
  }
  ix = dict_find_str(bd, name);
  if (ix >= 0 && !is_empty(dict_cached_str(bd, ix, name))) {
    gc->bix = ix;
    gc->gversion = dict_keys_version(globals);
    return dict_cached_str(bd, ix, name);
  }
  gc->globals = NULL;
  v = dict_get_str(vm, bd, name);
  if (is_empty(v)) name_error(vm, name);
  return v;
}

/* SETGLOBAL's cache miss: store, then remember where the entry is. */
static NOINLINE void setglobal_fill(VM *vm, Dict *globals, Str *name, Value v, GlobalCache *gc) {
  dict_set_str(vm, globals, name, v);
  gc->globals = globals;
  gc->gix = dict_find_str(globals, name);
  gc->bix = -1;
}

static NOINLINE void unpack(VM *vm, Value *dst, Value src, int n) {
  const Value *items = NULL;
  int64_t len = -1;
  if (is_tuple(src)) {
    items = as_tuple(src)->items;
    len = as_tuple(src)->n;
  } else if (is_list(src)) {
    items = as_list(src)->items;
    len = as_list(src)->n;
  }
  if (items) {
    if (len < n) vm_raise(vm, &EXC_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)len);
    if (len > n) vm_raise(vm, &EXC_ValueError, "too many values to unpack (expected %d)", n);
    if (n) memcpy(dst, items, (size_t)n * sizeof(Value));
    return;
  }
  if (!v_type(src)->iter)
    vm_raise(vm, &EXC_TypeError, "cannot unpack non-iterable %s object", v_typename(src));
  Value it = v_iter(vm, src);
  for (int i = 0; i < n; i++) {
    Value v;
    if (!v_next(vm, it, &v))
      vm_raise(vm, &EXC_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
    dst[i] = v;
  }
  Value extra;
  if (v_next(vm, it, &extra)) vm_raise(vm, &EXC_ValueError, "too many values to unpack (expected %d)", n);
}

static NOINLINE void unpack_ex(VM *vm, Value *dst, Value src, int before, int after) {
  if (!v_type(src)->iter)
    vm_raise(vm, &EXC_TypeError, "cannot unpack non-iterable %s object", v_typename(src));
  List *l = as_list(list_from_iterable(vm, src));
  int64_t n = l->n;
  if (n < before + after)
    vm_raise(vm, &EXC_ValueError, "not enough values to unpack (expected at least %d, got %lld)",
             before + after, (long long)n);
  for (int i = 0; i < before; i++) dst[i] = l->items[i];
  dst[before] = list_from(vm, l->items + before, n - before - after);
  for (int i = 0; i < after; i++) dst[before + 1 + i] = l->items[n - after + i];
}

static NOINLINE Value format_value(VM *vm, Exec *ex, Value v, Value spec, int flags) {
  switch (flags & 3) {
  case 1: v = v_repr(vm, v); break;
  case 2: v = v_str(vm, v); break;
  case 3: v = fmt_ascii(vm, v); break;
  default: break;
  }
  if (!(flags & 4)) {
    if (is_str(v)) return v;
    if (v.tag == V_INT) return str_from_i64(vm, v.as.i); /* f"{i}" */
    return fmt_format(vm, v, ex->empty_str);
  }
  if (!is_str(spec)) vm_raise(vm, &EXC_TypeError, "format spec must be a str");
  return fmt_format(vm, v, as_str(spec));
}

/* FSTR: each piece formatted straight into one buffer, so that
** f"{i:05d}:{i % 13}" makes one string, not three (the pieces were strings
** of their own, garbage at once). Formatting runs no Python code (streak
** has no classes), so the buffer is never in use twice; a format that
** raises leaves it to the next f-string. */
static NOINLINE Value build_fstr(VM *vm, Exec *ex, const Value *parts, const Str *flags) {
  static _Thread_local StrBuf b;
  b.len = 0;
  bool ascii = true; /* then the result needs no UTF-8 scan */
  for (int64_t i = 0; i < flags->nbytes; i++) {
    int f = (unsigned char)flags->data[i];
    Value v = parts[2 * i];
    if (!(f & FSTR_LITERAL) && (f & FSTR_CONV)) v = format_value(vm, ex, v, v_none(), f & FSTR_CONV);
    const Str *spec = f & FSTR_SPEC ? NULL : ex->empty_str;
    if (!spec) {
      if (!is_str(parts[2 * i + 1])) vm_raise(vm, &EXC_TypeError, "format spec must be a str");
      spec = as_str(parts[2 * i + 1]);
    }
    enum { INT_ROOM = 128 }; /* fmt_int_spec_fast's widest output, NUL included */
    int n;
    if (is_str(v) && spec->nbytes == 0) {
      sb_append(&b, as_str(v)->data, (size_t)as_str(v)->nbytes);
      ascii &= as_str(v)->ascii;
    } else if (v.tag == V_INT && (sb_reserve(&b, INT_ROOM),
                                  n = fmt_int_spec_fast(v.as.i, spec, b.data + b.len, INT_ROOM - 1)) >= 0) {
      b.len += (size_t)n; /* written in place: no copy through a scratch buffer */
      b.data[b.len] = '\0';
    } else {
      fmt_format_into(vm, &b, v, spec->data, (size_t)spec->nbytes);
      ascii = false;
    }
  }
  if (ascii) return str_new_ascii(vm, b.data ? b.data : "", b.len);
  return str_new(vm, b.data ? b.data : "", b.len);
}

static NOINLINE void dict_update_from(VM *vm, Dict *d, Value src) {
  if (!is_dict(src)) vm_raise(vm, &EXC_TypeError, "'%s' object is not a mapping", v_typename(src));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(src), &pos, &k, &v)) dict_set(vm, d, k, v);
}

/* How CPython names a callee in argument errors: "__main__.f", "print". */
static void callee_name(VM *vm, Value f, char *buf, size_t n) {
  if (f.tag == V_OBJ && f.as.o->type == &TYPE_FUNCTION) {
    Function *fn = (Function *)f.as.o;
    Value mod = dict_get_str(vm, fn->globals, str_intern_c(vm, "__name__"));
    if (is_str(mod)) snprintf(buf, n, "%s.%s", as_str(mod)->data, fn->qualname->data);
    else snprintf(buf, n, "%s", fn->qualname->data);
  } else if (f.tag == V_OBJ && f.as.o->type == &TYPE_BUILTIN) {
    snprintf(buf, n, "%s", ((Builtin *)f.as.o)->name);
  } else {
    snprintf(buf, n, "%s object", v_typename(f));
  }
}

/* [*x] or f(*x) of a non-iterable x: CPython's words, naming the callee
** (f is V_EMPTY in a display). */
static NOINLINE _Noreturn void star_not_iterable(VM *vm, Value f, Value x) {
  char name[200];
  if (is_empty(f))
    vm_raise(vm, &EXC_TypeError, "Value after * must be an iterable, not %s", v_typename(x));
  callee_name(vm, f, name, sizeof name);
  vm_raise(vm, &EXC_TypeError, "%s() argument after * must be an iterable, not %s", name, v_typename(x));
}

/* f(..., **src): src's items join the call's keywords d; a name given
** twice is an error, as are a non-mapping and a non-str key. */
static NOINLINE void call_kwargs_from(VM *vm, Value f, Dict *d, Value src) {
  char name[200];
  if (!is_dict(src)) {
    callee_name(vm, f, name, sizeof name);
    vm_raise(vm, &EXC_TypeError, "%s() argument after ** must be a mapping, not %s", name, v_typename(src));
  }
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(src), &pos, &k, &v)) {
    if (!is_str(k)) vm_raise(vm, &EXC_TypeError, "keywords must be strings");
    if (!is_empty(dict_get(vm, d, k))) {
      callee_name(vm, f, name, sizeof name);
      vm_raise(vm, &EXC_TypeError, "%s() got multiple values for keyword argument '%s'", name, as_str(k)->data);
    }
    dict_set(vm, d, k, v);
  }
}

/* set.update(src), with CPython's resizing (it decides the iteration order). */
static NOINLINE void set_update_from(VM *vm, Set *s, Value src) {
  static CFunc update;
  if (!update && !type_find_method(&TYPE_SET, str_intern_c(vm, "update"), &update)) {
    Value it = v_iter(vm, src);
    Value v;
    while (v_next(vm, it, &v)) set_add(vm, s, v);
    return;
  }
  Args a = {1, &src, 0, NULL, NULL};
  update(vm, v_obj(s), &a);
}

static NOINLINE Value make_function(VM *vm, Value *base, Instr ins, const Value *k, Dict *globals) {
  uint32_t a = bc_a(ins), c = bc_c(ins);
  Code *cc = (Code *)k[bc_b(ins)].as.o;
  Function *fn = func_new(vm, cc, globals);
  if (c & 1) fn->defaults = as_tuple(base[a + 1]);
  if (c & 2) fn->kwdefaults = as_tuple(base[a + 2]);
  for (uint16_t i = 0; i < cc->nfree; i++) fn->closure[i] = base[cc->freesrc[i]];
  return v_obj(fn);
}

/* LOADMETH: R[A] = a method's C function (as a raw pointer in an empty
** value) and R[A+1] = self; or R[A] = the attribute and R[A+1] = empty. */
static NOINLINE void load_method(VM *vm, Value *dst, Value obj, Str *name, MethCache *mc) {
  Type *t = v_type(obj);
  CFunc fn;
  if (t != &TYPE_MODULE && t != &TYPE_TYPE && type_find_method(t, name, &fn)) {
    Value m = v_empty();
    m.as.i = (int64_t)(intptr_t)fn;
    dst[0] = m;
    dst[1] = obj;
    *mc = (MethCache){t, &name->hdr, fn};
    return;
  }
  dst[0] = v_getattr(vm, obj, name);
  dst[1] = v_empty();
}

/* WITHENTER: the bound __enter__ and __exit__ of a context manager, found
** on its type as CPython's special-method lookup does. */
static NOINLINE void with_enter(VM *vm, Value mgr, Value *enter, Value *exit) {
  Type *t = v_type(mgr);
  Str *en = str_intern_c(vm, "__enter__"), *ex = str_intern_c(vm, "__exit__");
  CFunc fn;
  if (!type_find_method(t, en, &fn))
    vm_raise(vm, &EXC_TypeError, "'%s' object does not support the context manager protocol", v_typename(mgr));
  if (!type_find_method(t, ex, &fn))
    vm_raise(vm, &EXC_TypeError,
             "'%s' object does not support the context manager protocol (missed __exit__ method)",
             v_typename(mgr));
  Value bound_exit = v_getattr(vm, mgr, ex);
  *enter = v_getattr(vm, mgr, en);
  *exit = bound_exit;
}

static Value import_from(VM *vm, Value mod, Str *name);
static Value import_op(VM *vm, Dict *globals, Str *name, int flags);
static void import_star(VM *vm, Dict *globals, Value mod);

/* CALLEX: f(*args, **kwargs). */
static NOINLINE bool call_ex(VM *vm, Exec *ex, Value *base, Code *co, Instr ins, Value *out) {
  uint32_t a = bc_a(ins);
  Value f = base[a];
  Value pa = base[a + 1];
  if (!is_list(pa) && !is_tuple(pa)) base[a + 1] = pa = list_from_iterable(vm, pa);
  const Value *pitems = is_list(pa) ? as_list(pa)->items : as_tuple(pa)->items;
  int npos = (int)(is_list(pa) ? as_list(pa)->n : as_tuple(pa)->n);
  int nkw = 0;
  Tuple *kw = NULL; /* names then values */
  if (bc_b(ins)) {
    Value d = base[a + 2];
    if (!is_dict(d))
      vm_raise(vm, &EXC_TypeError, "%s argument after ** must be a mapping, not %s",
               is_function(f) ? as_function(f)->qualname->data : "function", v_typename(d));
    nkw = (int)dict_len(as_dict(d));
    kw = tuple_new(vm, 2 * nkw);
    int64_t pos = 0;
    Value key, val;
    int i = 0;
    while (dict_next(as_dict(d), &pos, &key, &val)) {
      if (!is_str(key)) vm_raise(vm, &EXC_TypeError, "keywords must be strings");
      kw->items[i] = key;
      kw->items[nkw + i] = val;
      i++;
    }
    base[a + 2] = v_obj(kw); /* keeps it alive while a C callee runs */
  }
  if (is_function(f)) {
    Value *argv = base + co->nregs;
    check_frame_room(vm, argv, (size_t)(npos + nkw), 0);
    if (npos) memcpy(argv, pitems, (size_t)npos * sizeof(Value));
    if (nkw) memcpy(argv + npos, kw->items + nkw, (size_t)nkw * sizeof(Value));
    return call_value(vm, f, argv, npos + nkw, kw ? kw->items : NULL, nkw, (int)a, out);
  }
  (void)ex;
  Args args = {npos, pitems, nkw, kw ? kw->items : NULL, kw ? kw->items + nkw : NULL};
  *out = call_c(vm, f, &args);
  return false;
}

/* ======================================================================
** Hot loops
** ==================================================================== */

void vm_hotloop(VM *vm, Code *co, const Instr *pc) {
  uint32_t id = bc_op(*pc) == OP_LOOP ? bc_c(*pc) : bc_b(pc[1]);
  if (id < co->nloops) co->hotcount[id] = (int32_t)(vm->jitp.hotloop > 0 ? vm->jitp.hotloop : 1);
}


/* ======================================================================
** The dispatch loop
** ==================================================================== */

/* Runs frames from the top one until frame `entry` returns (or yields). */
/* The keyword names of a CALL with C > 0 (a tuple constant K[C-1]): their
** count, *kwn pointing at them; 0 and NULL without keywords. */
static inline int call_kwnames(const Value *k, uint32_t C, const Value **kwn) {
  if (!C) {
    *kwn = NULL;
    return 0;
  }
  Tuple *t = as_tuple(k[C - 1]);
  *kwn = t->items;
  return (int)t->n;
}

/* CALL's plan cache missed: make the site's plan for fn (false: fn
** needs call_value's full path; the entry is left invalid). */
static NOINLINE bool call_plan_fill(CallPlan *cp, Function *fn, const Instr *pc, const Value *k,
                                    uint32_t C) {
  const Value *kwn;
  int nkw = call_kwnames(k, C, &kwn);
  cp->pc = NULL;
  if ((fn->code->flags & CO_GENERATOR) || !bind_plan(fn, (int)bc_b(*pc) - nkw, kwn, nkw, cp)) return false;
  cp->pc = pc;
  return true;
}

static Value run(VM *vm, int entry) {
  Exec *ex = vm->exec;
  Frame *fr;
  Code *co;
  const Instr *pc;
  Value *base;
  const Value *k;
  Dict *globals;
  Instr ins;

#define LOAD_FRAME()                                                           \
  do {                                                                         \
    fr = &ex->frames[ex->nframes - 1];                                         \
    co = fr->code;                                                             \
    base = fr->base;                                                           \
    k = fr->k;                                                                 \
    pc = fr->pc;                                                               \
    globals = fr->globals;                                                     \
  } while (0)

#define A bc_a(ins)
#define B bc_b(ins)
#define C bc_c(ins)
#define RA base[bc_a(ins)]
#define RB base[bc_b(ins)]
#define RC base[bc_c(ins)]
#define RKB ((bc_b(ins) & BC_KBIT) ? k[bc_b(ins) & ~BC_KBIT] : base[bc_b(ins)])
#define RKC ((bc_c(ins) & BC_KBIT) ? k[bc_c(ins) & ~BC_KBIT] : base[bc_c(ins)])
#define CHECK(v, r)                                                            \
  do {                                                                         \
    if (UNLIKELY((v).tag == V_EMPTY)) unbound(vm, co, (r));                    \
  } while (0)
#define SAFEPOINT()                                                            \
  do {                                                                         \
    if (UNLIKELY(vm->interrupt)) vm_check_interrupt(vm);                       \
    if (UNLIKELY(vm->bytes_allocated >= vm->next_gc)) gc_safepoint(vm);        \
  } while (0)
/* At 0 the JIT runs the loop's trace (then continue at its exit pc) or
** starts recording it (then dispatch through rec_labels). */
#define HOTCOUNT(id)                                                           \
  do {                                                                         \
    /* a pending interrupt is raised by the SAFEPOINT that follows, not    \
    ** skipped by re-entering a trace (traces leave on it at the header) */ \
    if (UNLIKELY(--co->hotcount[(id)] <= 0) && !vm->interrupt) {             \
      const Instr *jpc_ = trace_hotloop(vm, fr->func, base, pc);               \
      JIT_DISPATCH_TABLE();                                                    \
      if (jpc_) {                                                              \
        LOAD_FRAME(); /* an exit inside an inlined call pushed its frames */   \
        pc = jpc_;                                                             \
        DISPATCH();                                                            \
      }                                                                        \
    }                                                                          \
  } while (0)

#if defined(__GNUC__)
  static void *const labels[OP__COUNT] = {
#define BC_LABEL_(name, a, b, c, doc) &&L_##name,
      BYTECODE(BC_LABEL_)
#undef BC_LABEL_
  };
  /* While the JIT records a trace every instruction goes through
  ** L_RECORD_ first (LuaJIT's trick: the normal path costs nothing). */
  static void *const rec_labels[OP__COUNT] = {
#define BC_RECLABEL_(name, a, b, c, doc) &&L_RECORD_,
      BYTECODE(BC_RECLABEL_)
#undef BC_RECLABEL_
  };
  /* While a trace stitches the interpreter in (vm_jit_stitch) every
  ** instruction goes through L_STITCH_, which stops the range's frame once
  ** it leaves the range. */
  static void *const stitch_labels[OP__COUNT] = {
#define BC_STITCHLABEL_(name, a, b, c, doc) &&L_STITCH_,
      BYTECODE(BC_STITCHLABEL_)
#undef BC_STITCHLABEL_
  };
#define JIT_DISPATCH_TABLE()                                                   \
  (disp = UNLIKELY(ex->stitch_hi != NULL) ? stitch_labels : trace_recording(vm) ? rec_labels : labels)
  void *const *disp;
  JIT_DISPATCH_TABLE();
#define CASE(name) L_##name:
#define DISPATCH()                                                             \
  do {                                                                         \
    fr->pc = pc;                                                               \
    ins = *pc;                                                                 \
    goto *disp[bc_op(ins)];                                                    \
  } while (0)
#else
#define JIT_DISPATCH_TABLE() ((void)0)
#define CASE(name) case OP_##name:
#define DISPATCH()                                                             \
  do {                                                                         \
    fr->pc = pc;                                                               \
    ins = *pc;                                                                 \
    goto dispatch;                                                             \
  } while (0)
#endif
#define NEXT()                                                                 \
  do {                                                                         \
    pc++;                                                                      \
    DISPATCH();                                                                \
  } while (0)

  LOAD_FRAME();
  DISPATCH();

#if defined(__GNUC__)
L_RECORD_:
  if (!trace_record(vm, fr->func, base, pc)) disp = labels;
  goto *labels[bc_op(ins)];
L_STITCH_:
  if (ex->nframes == ex->stitch_nframes && (pc < ex->stitch_lo || pc >= ex->stitch_hi)) return v_none();
  goto *labels[bc_op(ins)];
#endif

#if !defined(__GNUC__)
dispatch:
  switch (bc_op(ins)) {
#endif

  CASE(NOP) { NEXT(); }
  CASE(EXTRA) { abort(); }

  CASE(MOVE) {
    CHECK(RB, B);
    copy_value(&RA, &RB);
    NEXT();
  }
  CASE(LOADK) {
    copy_value(&RA, &k[B]);
    NEXT();
  }
  CASE(LOADI) {
    put_int(&RA, (int64_t)B - BC_IMM_BIAS);
    NEXT();
  }
  CASE(LOADNONE) {
    RA = v_none();
    NEXT();
  }
  CASE(LOADBOOL) {
    put_bool(&RA, B != 0);
    NEXT();
  }
  CASE(LOADEMPTY) {
    RA = v_empty();
    NEXT();
  }
  CASE(LOADELLIPSIS) {
    RA = ellipsis_value();
    NEXT();
  }
  CASE(DELLOCAL) {
    CHECK(RA, A);
    RA = v_empty();
    NEXT();
  }

  CASE(GETGLOBAL) {
    Str *name = as_str(k[B]);
    GlobalCache *gc = &co->gcache[C];
    Value v = v_empty();
    if (LIKELY(gc->globals == globals)) {
      if (gc->gix >= 0) v = dict_cached_str(globals, gc->gix, name);
      else if (dict_keys_version(globals) == gc->gversion)
        v = dict_cached_str(vm->builtins->dict, gc->bix, name);
    }
    if (UNLIKELY(is_empty(v))) v = getglobal_fill(vm, globals, name, gc);
    put_value(&RA, v);
    NEXT();
  }
  CASE(SETGLOBAL) {
    Value v = RA;
    CHECK(v, A);
    GlobalCache *gc = &co->gcache[C];
    Value *slot = gc->globals == globals ? dict_cached_slot_str(globals, gc->gix, as_str(k[B])) : NULL;
    if (LIKELY(slot != NULL)) *slot = v;
    else setglobal_fill(vm, globals, as_str(k[B]), v, gc);
    NEXT();
  }
  CASE(DELGLOBAL) {
    if (!dict_del(vm, globals, k[B])) name_error(vm, as_str(k[B]));
    NEXT();
  }
  CASE(MKCELL) {
    put_value(&RA, cell_new(vm, RA));
    NEXT();
  }
  CASE(GETDEREF) {
    Value v = ((Cell *)RB.as.o)->v;
    CHECK(v, B);
    put_value(&RA, v);
    NEXT();
  }
  CASE(SETDEREF) {
    Value v = RB;
    CHECK(v, B);
    ((Cell *)RA.as.o)->v = v;
    NEXT();
  }
  CASE(DELDEREF) {
    Cell *c = (Cell *)RA.as.o;
    CHECK(c->v, A);
    c->v = v_empty();
    NEXT();
  }

  /* ---- arithmetic ---- */
  CASE(ADD)
  CASE(IADD) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT) {
      if (LIKELY(c.tag == V_INT)) {
        int64_t r;
        if (LIKELY(!__builtin_add_overflow(b.as.i, c.as.i, &r))) {
          put_int(&RA, r);
          NEXT();
        }
      } else if (c.tag == V_FLOAT) {
        put_float(&RA, (double)b.as.i + c.as.f);
        NEXT();
      }
    } else if (b.tag == V_FLOAT) {
      if (LIKELY(c.tag == V_FLOAT)) {
        put_float(&RA, b.as.f + c.as.f);
        NEXT();
      }
      if (c.tag == V_INT) {
        put_float(&RA, b.as.f + (double)c.as.i);
        NEXT();
      }
    } else if (b.tag == V_OBJ && c.tag == V_OBJ && b.as.o->type == &TYPE_STR && c.as.o->type == &TYPE_STR) {
      put_value(&RA, str_concat(vm, as_str(b), as_str(c))); /* s += t */
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(SUB)
  CASE(ISUB) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT) {
      if (LIKELY(c.tag == V_INT)) {
        int64_t r;
        if (LIKELY(!__builtin_sub_overflow(b.as.i, c.as.i, &r))) {
          put_int(&RA, r);
          NEXT();
        }
      } else if (c.tag == V_FLOAT) {
        put_float(&RA, (double)b.as.i - c.as.f);
        NEXT();
      }
    } else if (b.tag == V_FLOAT) {
      if (LIKELY(c.tag == V_FLOAT)) {
        put_float(&RA, b.as.f - c.as.f);
        NEXT();
      }
      if (c.tag == V_INT) {
        put_float(&RA, b.as.f - (double)c.as.i);
        NEXT();
      }
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(MUL)
  CASE(IMUL) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT) {
      if (LIKELY(c.tag == V_INT)) {
        int64_t r;
        if (LIKELY(!__builtin_mul_overflow(b.as.i, c.as.i, &r))) {
          put_int(&RA, r);
          NEXT();
        }
      } else if (c.tag == V_FLOAT) {
        put_float(&RA, (double)b.as.i * c.as.f);
        NEXT();
      }
    } else if (b.tag == V_FLOAT) {
      if (LIKELY(c.tag == V_FLOAT)) {
        put_float(&RA, b.as.f * c.as.f);
        NEXT();
      }
      if (c.tag == V_INT) {
        put_float(&RA, b.as.f * (double)c.as.i);
        NEXT();
      }
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(TRUEDIV)
  CASE(ITRUEDIV) {
    Value b = RKB, c = RKC;
    const int64_t exact = (int64_t)1 << 53;
    if (b.tag == V_FLOAT) {
      if (c.tag == V_FLOAT && c.as.f != 0.0) {
        put_float(&RA, b.as.f / c.as.f);
        NEXT();
      }
      if (c.tag == V_INT && c.as.i != 0) {
        put_float(&RA, b.as.f / (double)c.as.i);
        NEXT();
      }
    } else if (b.tag == V_INT) {
      if (c.tag == V_INT && c.as.i != 0 && b.as.i <= exact && b.as.i >= -exact &&
          c.as.i <= exact && c.as.i >= -exact) {
        put_float(&RA, (double)b.as.i / (double)c.as.i);
        NEXT();
      }
      if (c.tag == V_FLOAT && c.as.f != 0.0) {
        put_float(&RA, (double)b.as.i / c.as.f);
        NEXT();
      }
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(FLOORDIV)
  CASE(IFLOORDIV) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT && c.as.i > 0) {
      if ((c.as.i & (c.as.i - 1)) == 0) { /* n // 2: an arithmetic shift floors too */
        put_int(&RA, b.as.i >> __builtin_ctzll((uint64_t)c.as.i));
        NEXT();
      }
      int64_t q = b.as.i / c.as.i;
      if ((b.as.i % c.as.i) < 0) q--;
      put_int(&RA, q);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(MOD)
  CASE(IMOD) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT && c.as.i > 0) {
      if ((c.as.i & (c.as.i - 1)) == 0) { /* n % 8: a mask is the floor modulo (no idiv) */
        put_int(&RA, b.as.i & (c.as.i - 1));
        NEXT();
      }
      int64_t r = b.as.i % c.as.i;
      if (r < 0) r += c.as.i;
      put_int(&RA, r);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(LSHIFT)
  CASE(ILSHIFT) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT && c.as.i >= 0 && c.as.i < 63) {
      int64_t r = (int64_t)((uint64_t)b.as.i << c.as.i);
      if ((r >> c.as.i) == b.as.i) {
        put_int(&RA, r);
        NEXT();
      }
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(RSHIFT)
  CASE(IRSHIFT) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT && c.as.i >= 0) {
      put_int(&RA, c.as.i >= 63 ? (b.as.i < 0 ? -1 : 0) : b.as.i >> c.as.i);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(AND)
  CASE(IAND) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT) {
      put_int(&RA, b.as.i & c.as.i);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(OR)
  CASE(IOR) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT) {
      put_int(&RA, b.as.i | c.as.i);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(XOR)
  CASE(IXOR) {
    Value b = RKB, c = RKC;
    if (b.tag == V_INT && c.tag == V_INT) {
      put_int(&RA, b.as.i ^ c.as.i);
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(POW)
  CASE(IPOW)
  CASE(MATMUL)
  CASE(IMATMUL) {
    Value b = RKB, c = RKC;
    if (bc_op(ins) == OP_POW && b.tag == V_FLOAT && c.tag == V_INT && c.as.i == 2 && num_pow2_fast(b.as.f)) {
      put_float(&RA, b.as.f * b.as.f); /* what float_pow's pow(x, 2.0) returns */
      NEXT();
    }
    put_value(&RA, arith_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(NEG) {
    Value b = RB;
    if (b.tag == V_INT && b.as.i != INT64_MIN) put_int(&RA, -b.as.i);
    else if (b.tag == V_FLOAT) put_float(&RA, -b.as.f);
    else {
      CHECK(b, B);
      put_value(&RA, v_unop(vm, UNOP_NEG, b));
    }
    NEXT();
  }
  CASE(POS) {
    Value b = RB;
    CHECK(b, B);
    put_value(&RA, (b.tag == V_INT || b.tag == V_FLOAT) ? b : v_unop(vm, UNOP_POS, b));
    NEXT();
  }
  CASE(INVERT) {
    Value b = RB;
    CHECK(b, B);
    put_value(&RA, b.tag == V_INT ? v_int(~b.as.i) : v_unop(vm, UNOP_INVERT, b));
    NEXT();
  }
  CASE(NOT) {
    Value b = RB;
    bool t;
    if (b.tag == V_BOOL || b.tag == V_INT) t = b.as.i != 0;
    else if (b.tag == V_NONE) t = false;
    else t = truthy_slow(vm, co, B, b);
    put_bool(&RA, !t);
    NEXT();
  }

  /* ---- comparisons ---- */
#define CMP_FAST(cop)                                                          \
  {                                                                            \
    Value b = RKB, c = RKC;                                                    \
    if (b.tag == V_INT && c.tag == V_INT) {                                    \
      put_bool(&RA, b.as.i cop c.as.i);                                          \
      NEXT();                                                                  \
    }                                                                          \
    if (b.tag == V_FLOAT && c.tag == V_FLOAT) {                                \
      put_bool(&RA, b.as.f cop c.as.f);                                          \
      NEXT();                                                                  \
    }                                                                          \
    const int64_t ex53 = (int64_t)1 << 53;                                     \
    if (b.tag == V_FLOAT && c.tag == V_INT && c.as.i <= ex53 && c.as.i >= -ex53) { \
      put_bool(&RA, b.as.f cop(double) c.as.i);                                  \
      NEXT();                                                                  \
    }                                                                          \
    if (b.tag == V_INT && c.tag == V_FLOAT && b.as.i <= ex53 && b.as.i >= -ex53) { \
      put_bool(&RA, (double)b.as.i cop c.as.f);                                  \
      NEXT();                                                                  \
    }                                                                          \
    put_value(&RA, compare_slow(vm, co, ins, b, c));                           \
    NEXT();                                                                    \
  }
  CASE(LT) CMP_FAST(<)
  CASE(LE) CMP_FAST(<=)
  CASE(GT) CMP_FAST(>)
  CASE(GE) CMP_FAST(>=)
  CASE(EQ) CMP_FAST(==)
  CASE(NE) CMP_FAST(!=)
#undef CMP_FAST
#define CMPJ_FAST(cop)                                                         \
  {                                                                            \
    Value b = RKB, c = RKC;                                                    \
    bool t;                                                                    \
    const int64_t ex53 = (int64_t)1 << 53;                                     \
    if (b.tag == V_INT && c.tag == V_INT) t = b.as.i cop c.as.i;               \
    else if (b.tag == V_FLOAT && c.tag == V_FLOAT) t = b.as.f cop c.as.f;      \
    else if (b.tag == V_FLOAT && c.tag == V_INT && c.as.i <= ex53 && c.as.i >= -ex53) \
      t = b.as.f cop(double) c.as.i;                                           \
    else if (b.tag == V_INT && c.tag == V_FLOAT && b.as.i <= ex53 && b.as.i >= -ex53) \
      t = (double)b.as.i cop c.as.f;                                           \
    else t = cmpjump_slow(vm, co, ins, b, c);                                  \
    if (t == (A != 0)) {                                                       \
      pc = co->code + bc_b(pc[1]);                                             \
      DISPATCH();                                                              \
    }                                                                          \
    pc += 2;                                                                   \
    DISPATCH();                                                                \
  }
  CASE(JLT) CMPJ_FAST(<)
  CASE(JLE) CMPJ_FAST(<=)
  CASE(JGT) CMPJ_FAST(>)
  CASE(JGE) CMPJ_FAST(>=)
  CASE(JEQ) CMPJ_FAST(==)
  CASE(JNE) CMPJ_FAST(!=)
#undef CMPJ_FAST
  CASE(IN)
  CASE(NOTIN) {
    Value b = RKB, c = RKC;
    if (c.tag == V_OBJ && c.as.o->type == &TYPE_DICT && b.tag != V_EMPTY) {
      bool in = !is_empty(dict_get(vm, (Dict *)c.as.o, b));
      put_bool(&RA, in == (bc_op(ins) == OP_IN));
      NEXT();
    }
    put_value(&RA, compare_slow(vm, co, ins, b, c));
    NEXT();
  }
  CASE(IS)
  CASE(ISNOT) {
    put_value(&RA, compare_slow(vm, co, ins, RKB, RKC));
    NEXT();
  }

  /* ---- control flow ---- */
  CASE(JMP) {
    pc = co->code + B;
    DISPATCH();
  }
  CASE(JMPIF) {
    Value v = RA;
    bool t;
    if (v.tag == V_BOOL || v.tag == V_INT) t = v.as.i != 0;
    else if (v.tag == V_NONE) t = false;
    else t = truthy_slow(vm, co, A, v);
    if (t) {
      pc = co->code + B;
      DISPATCH();
    }
    NEXT();
  }
  CASE(JMPIFNOT) {
    Value v = RA;
    bool t;
    if (v.tag == V_BOOL || v.tag == V_INT) t = v.as.i != 0;
    else if (v.tag == V_NONE) t = false;
    else t = truthy_slow(vm, co, A, v);
    if (!t) {
      pc = co->code + B;
      DISPATCH();
    }
    NEXT();
  }
  CASE(FUSE) {
    Value r;
    FuseResult fz = np_fuse_eval ? np_fuse_eval(vm, as_str(k[C]), base + B, &r) : FUSE_NEVER;
    Instr *gate = co->code + fz_gate_pc(as_str(k[C])->data);
    if (fz == FUSE_DONE) {
      RA = r;
      if (bc_a(*gate) == FZ_GATE_OPEN) *gate = bc_make(OP_JMP, FZ_GATE_PROVEN, bc_b(*gate), 0);
      NEXT(); /* the JMP over the ordinary code */
    }
    if (fz == FUSE_NEVER && bc_a(*gate) == FZ_GATE_OPEN) /* shut: straight to the ordinary code */
      *gate = bc_make(OP_JMP, FZ_GATE_SHUT, (uint32_t)(pc + 2 - co->code), 0);
    pc += 2;
    DISPATCH();
  }
  CASE(LOOP) {
    HOTCOUNT(C);
    SAFEPOINT();
    pc = co->code + B;
    DISPATCH();
  }
  CASE(FORPREP) {
    Value *s = &RA;
    Value it = s[0];
    if (it.tag == V_OBJ) {
      Type *t = it.as.o->type;
      if (t == &TYPE_RANGE && !((Range *)it.as.o)->big) { /* int64 range */
        Range *r = (Range *)it.as.o;
        s[0] = v_int(r->start);
        s[1] = v_int(r->len);
        s[2] = v_int(r->step);
      } else if (t == &TYPE_LIST || t == &TYPE_TUPLE) {
        s[1] = v_int(0);
      } else {
        s[0] = v_iter(vm, it);
        s[1] = v_none();
      }
    } else {
      CHECK(it, A);
      s[0] = v_iter(vm, it);
      s[1] = v_none();
    }
    pc = co->code + B;
    DISPATCH();
  }
  CASE(FORLOOP) {
    Value *s = &RA;
    if (s[0].tag == V_INT) { /* range: next value, count left, step */
      if (s[1].as.i > 0) {
        put_int(&base[C], s[0].as.i);
        s[0].as.i = (int64_t)((uint64_t)s[0].as.i + (uint64_t)s[2].as.i);
        s[1].as.i--;
        goto backedge;
      }
      pc += 2;
      DISPATCH();
    }
    if (s[1].tag == V_INT) { /* list or tuple by index, as their iterators do */
      Obj *o = s[0].as.o;
      int64_t i = s[1].as.i;
      if (o->type == &TYPE_LIST) {
        List *l = (List *)o;
        if (i < l->n) {
          copy_value(&base[C], &l->items[i]);
          s[1].as.i = i + 1;
          goto backedge;
        }
      } else {
        Tuple *t = (Tuple *)o;
        if (i < t->n) {
          copy_value(&base[C], &t->items[i]);
          s[1].as.i = i + 1;
          goto backedge;
        }
      }
      pc += 2;
      DISPATCH();
    }
    {
      Value v;
      if (v_next(vm, s[0], &v)) {
        put_value(&base[C], v);
        goto backedge;
      }
    }
    pc += 2;
    DISPATCH();
  backedge:
    HOTCOUNT(bc_b(pc[1]));
    SAFEPOINT();
    pc = co->code + B;
    DISPATCH();
  }
  CASE(FORLOOPN) { /* for a, b in ...: the item's n parts into R[C..C+n) */
    Value *s = &RA;
    int n = (int)bc_a(pc[1]);
    if (s[1].tag == V_INT && s[0].tag != V_INT) { /* list or tuple by index */
      Obj *o = s[0].as.o;
      int64_t i = s[1].as.i, len = o->type == &TYPE_LIST ? ((List *)o)->n : ((Tuple *)o)->n;
      if (i < len) {
        Value x = o->type == &TYPE_LIST ? ((List *)o)->items[i] : ((Tuple *)o)->items[i];
        s[1].as.i = i + 1;
        if (is_tuple(x) && as_tuple(x)->n == n) {
          for (int k = 0; k < n; k++) copy_value(&base[C + k], &as_tuple(x)->items[k]);
        } else {
          unpack(vm, base + C, x, n);
        }
        goto backedge;
      }
      pc += 2;
      DISPATCH();
    }
    if (s[0].tag == V_INT) { /* a range's ints cannot be unpacked: TypeError */
      if (s[1].as.i > 0) {
        Value x = v_int(s[0].as.i);
        s[0].as.i = (int64_t)((uint64_t)s[0].as.i + (uint64_t)s[2].as.i);
        s[1].as.i--;
        unpack(vm, base + C, x, n);
        goto backedge;
      }
      pc += 2;
      DISPATCH();
    }
    int got = iter_next_fill(vm, s[0], base + C, n);
    if (got < 0) {
      Value v;
      got = v_next(vm, s[0], &v);
      if (got) unpack(vm, base + C, v, n);
    }
    if (got) goto backedge; /* FORLOOP's */
    pc += 2;
    DISPATCH();
  }
  CASE(GETITER) {
    Value v = RB;
    CHECK(v, B);
    put_value(&RA, v_iter(vm, v));
    NEXT();
  }

  /* ---- containers ---- */
  CASE(BUILDLIST) {
    put_value(&RA, list_from(vm, base + B, C));
    NEXT();
  }
  CASE(BUILDTUPLE) {
    put_value(&RA, tuple_from(vm, base + B, C));
    NEXT();
  }
  CASE(BUILDSET) {
    Set *s = set_new(vm, &TYPE_SET);
    for (uint32_t i = 0; i < C; i++) set_add(vm, s, base[B + i]);
    RA = v_obj(s);
    NEXT();
  }
  CASE(BUILDDICT) {
    Dict *d = dict_new(vm);
    for (uint32_t i = 0; i < C; i++) dict_set(vm, d, base[B + 2 * i], base[B + 2 * i + 1]);
    RA = v_obj(d);
    NEXT();
  }
  CASE(BUILDSLICE) {
    put_value(&RA, slice_new(vm, base[B], base[B + 1], C == 3 ? base[B + 2] : v_none()));
    NEXT();
  }
  CASE(FSTR) {
    put_value(&RA, build_fstr(vm, ex, base + B, as_str(k[C])));
    NEXT();
  }
  CASE(FORMAT) {
    put_value(&RA, format_value(vm, ex, base[B], base[B + 1], (int)C));
    NEXT();
  }
  CASE(LISTAPPEND) {
    Value v = RB;
    CHECK(v, B);
    list_append(vm, as_list(RA), v);
    NEXT();
  }
  CASE(LISTEXTEND) {
    Value v = RB;
    CHECK(v, B);
    if (UNLIKELY(!v_type(v)->iter)) star_not_iterable(vm, C ? base[A - 1] : v_empty(), v);
    list_extend(vm, as_list(RA), v);
    NEXT();
  }
  CASE(LISTTOTUPLE) {
    List *l = as_list(RB);
    put_value(&RA, tuple_from(vm, l->items, l->n));
    NEXT();
  }
  CASE(SETADD) {
    Value v = RB;
    CHECK(v, B);
    set_add(vm, (Set *)RA.as.o, v);
    NEXT();
  }
  CASE(SETUPDATE) {
    Value v = RB;
    CHECK(v, B);
    set_update_from(vm, (Set *)RA.as.o, v);
    NEXT();
  }
  CASE(DICTSET) {
    Value kv = RB, vv = RC;
    CHECK(kv, B);
    CHECK(vv, C);
    dict_set(vm, as_dict(RA), kv, vv);
    NEXT();
  }
  CASE(DICTUPDATE) {
    Value v = RB;
    CHECK(v, B);
    if (C) call_kwargs_from(vm, base[A - 2], as_dict(RA), v); /* a call's keywords: callee in R[A-2] */
    else dict_update_from(vm, as_dict(RA), v);
    NEXT();
  }
  CASE(UNPACK) {
    Value v = RB;
    CHECK(v, B);
    if (v.tag == V_OBJ && v.as.o->type == &TYPE_TUPLE && ((Tuple *)v.as.o)->n == (int64_t)C) {
      Tuple *t = (Tuple *)v.as.o;
      for (uint32_t i = 0; i < C; i++) base[A + i] = t->items[i];
      NEXT();
    }
    unpack(vm, base + A, v, (int)C);
    NEXT();
  }
  CASE(UNPACKEX) {
    Value v = RB;
    CHECK(v, B);
    unpack_ex(vm, base + A, v, (int)C, (int)bc_b(pc[1]));
    pc += 2;
    DISPATCH();
  }

  /* ---- subscripts and attributes ---- */
  CASE(GETITEM) {
    Value o = RB, key = RKC;
    if (o.tag == V_OBJ && key.tag == V_INT) {
      Type *t = o.as.o->type;
      int64_t i = key.as.i;
      if (t == &TYPE_LIST) {
        List *l = (List *)o.as.o;
        if (i < 0) i += l->n;
        if ((uint64_t)i < (uint64_t)l->n) {
          copy_value(&RA, &l->items[i]);
          NEXT();
        }
      } else if (t == &TYPE_TUPLE) {
        Tuple *tu = (Tuple *)o.as.o;
        if (i < 0) i += tu->n;
        if ((uint64_t)i < (uint64_t)tu->n) {
          copy_value(&RA, &tu->items[i]);
          NEXT();
        }
      }
    }
    if (o.tag == V_OBJ && o.as.o->type == &TYPE_DICT && key.tag != V_EMPTY) {
      Value v = dict_get(vm, (Dict *)o.as.o, key);
      if (UNLIKELY(is_empty(v))) vm_raise_key(vm, key); /* dict_getitem's error: no __missing__ on dict */
      put_value(&RA, v);
      NEXT();
    }
    CHECK(o, B);
    CHECK(key, C);
    put_value(&RA, v_getitem(vm, o, key));
    NEXT();
  }
  CASE(SETITEM) {
    Value o = RA, key = RKB, val = RKC;
    CHECK(val, C);
    if (o.tag == V_OBJ && key.tag == V_INT && o.as.o->type == &TYPE_LIST) {
      List *l = (List *)o.as.o;
      int64_t i = key.as.i;
      if (i < 0) i += l->n;
      if ((uint64_t)i < (uint64_t)l->n) {
        l->items[i] = val;
        NEXT();
      }
    }
    if (o.tag == V_OBJ && o.as.o->type == &TYPE_DICT && key.tag != V_EMPTY) {
      dict_set(vm, (Dict *)o.as.o, key, val);
      NEXT();
    }
    CHECK(o, A);
    CHECK(key, B);
    v_setitem(vm, o, key, val);
    NEXT();
  }
  CASE(DELITEM) {
    Value o = RA, key = RKB;
    CHECK(o, A);
    CHECK(key, B);
    v_delitem(vm, o, key);
    NEXT();
  }
  CASE(GETATTR) {
    Value o = RB;
    CHECK(o, B);
    put_value(&RA, v_getattr(vm, o, as_str(k[C])));
    NEXT();
  }
  CASE(SETATTR) {
    Value o = RA, v = RC;
    CHECK(o, A);
    CHECK(v, C);
    v_setattr(vm, o, as_str(k[B]), v);
    NEXT();
  }
  CASE(DELATTR) {
    Value o = RA;
    CHECK(o, A);
    v_delattr(vm, o, as_str(k[B]));
    NEXT();
  }
  CASE(LOADMETH) {
    Value o = RB;
    CHECK(o, B);
    MethCache *mc = &ex->meth_cache[((uintptr_t)pc / sizeof(Instr)) & (METH_CACHE_SIZE - 1)];
    if (LIKELY(o.tag == V_OBJ && mc->type == o.as.o->type && mc->name == k[C].as.o)) {
      copy_value(&base[A + 1], &RB); /* first: B may be A */
      put_tagged(&RA, V_EMPTY, (uint64_t)(intptr_t)mc->fn);
      NEXT();
    }
    load_method(vm, base + A, o, as_str(k[C]), mc);
    NEXT();
  }

  /* ---- calls ---- */
  CASE(CALL) {
    Value *fa = base + A;
    Value f = fa[0];
    if (f.tag == V_OBJ && f.as.o->type == &TYPE_FUNCTION) {
      Function *fn = (Function *)f.as.o;
      Code *cc = fn->code;
      Value *nb = fa + 1;
      Value *end = nb + cc->nregs;
      if (LIKELY(ex->nframes < vm->frame_limit && end + STACK_SLACK <= ex->stack_end)) {
        raise_hwm(ex, end);
        if (LIKELY(C == 0 && (cc->flags & CO_SIMPLE) && B == cc->argcount)) {
          for (Value *r = nb + B, *e = nb + cc->nclear; r < e; r++) clear_reg(r);
          for (uint16_t i = 0; i < cc->nfree; i++) copy_value(&nb[cc->freereg + i], &fn->closure[i]);
        } else {
          /* keywords and defaults, bound in place (clamp(x, hi=120)):
          ** everything bind_fast declines takes call_value's full path */
          CallPlan *cp = &ex->call_cache[((uintptr_t)pc / sizeof(Instr)) & (CALL_CACHE_SIZE - 1)];
          if (UNLIKELY(cp->pc != pc || cp->code != cc || cp->defaults != fn->defaults ||
                       cp->kwdefaults != fn->kwdefaults) &&
              !call_plan_fill(cp, fn, pc, k, C))
            goto call_slow;
          bind_apply(cp, fn, nb, (int)B - cp->nkw); /* the plan was made for this pc's C */
        }
        Frame *nf = &ex->frames[ex->nframes++];
        nf->func = fn;
        nf->code = cc;
        nf->k = cc->consts;
        nf->globals = fn->globals;
        nf->base = nb; /* nf->pc: DISPATCH stores it */
        nf->gen = NULL;
        nf->ret = (int32_t)A;
        fr = nf;
        co = cc;
        base = nb;
        k = cc->consts;
        pc = cc->code;
        globals = fn->globals;
        SAFEPOINT();
        DISPATCH();
      }
    }
  call_slow: {
      Value out;
      const Value *kwn;
      int nkw = call_kwnames(k, C, &kwn);
      if (f.tag == V_OBJ && f.as.o->type == &TYPE_BUILTIN && !is_empty(((Builtin *)f.as.o)->self)) {
        Builtin *bf = (Builtin *)f.as.o; /* len(x), chr(i): no call_value round trip */
        if (bf->fn1 && B == 1 && nkw == 0) {
          out = bf->fn1(vm, fa[1]);
        } else {
          Args a = {(int)B - nkw, fa + 1, nkw, kwn, fa + 1 + ((int)B - nkw)};
          out = bf->fn(vm, bf->self, &a);
        }
        put_value(&base[A], out);
        NEXT();
      }
      if (f.tag == V_OBJ && f.as.o->type == &TYPE_TYPE && ((Type *)f.as.o)->ctor) {
        Args a = {(int)B - nkw, fa + 1, nkw, kwn, fa + 1 + ((int)B - nkw)}; /* str(i), int(s) */
        out = ((Type *)f.as.o)->ctor(vm, f, &a);
        put_value(&base[A], out);
        NEXT();
      }
      if (call_value(vm, f, fa + 1, (int)B, kwn, nkw, (int)A, &out)) {
        LOAD_FRAME();
        SAFEPOINT();
        DISPATCH();
      }
      put_value(&base[A], out);
      NEXT();
    }
  }
  CASE(CALLMETH) {
    Value *fa = base + A;
    const Value *kwn;
    int nkw = call_kwnames(k, C, &kwn);
    Value out;
    if (fa[0].tag == V_EMPTY) { /* a C method with self in R[A+1] */
      CFunc fn = (CFunc)(intptr_t)fa[0].as.i;
      Args a = {(int)B - nkw, fa + 2, nkw, kwn, fa + 2 + (B - nkw)};
      out = fn(vm, fa[1], &a);
      put_value(&base[A], out);
      NEXT();
    }
    if (call_value(vm, fa[0], fa + 2, (int)B, kwn, nkw, (int)A, &out)) {
      LOAD_FRAME();
      SAFEPOINT();
      DISPATCH();
    }
    put_value(&base[A], out);
    NEXT();
  }
  CASE(CALLEX) {
    Value out;
    if (call_ex(vm, ex, base, co, ins, &out)) {
      LOAD_FRAME();
      SAFEPOINT();
      DISPATCH();
    }
    put_value(&base[A], out);
    NEXT();
  }
  {
    Value rv;
  CASE(RETURN)
    rv = RA;
    CHECK(rv, A);
    goto do_return;
  CASE(RETURNNONE)
    rv = v_none();
  do_return : {
    int idx = ex->nframes - 1;
    int ret = fr->ret;
    if (fr->gen) {
      fr->gen->state = GEN_DONE;
      ex->yielded = false;
    }
    ex->nframes--;
    if (idx == entry) return rv;
    fr--; /* the caller's Frame sits right below (the array never moves) */
    co = fr->code;
    base = fr->base;
    k = fr->k;
    pc = fr->pc;
    globals = fr->globals;
    put_value(&base[ret], rv);
    NEXT();
  }
  }
  CASE(MKFUNC) {
    put_value(&RA, make_function(vm, base, ins, k, globals));
    NEXT();
  }
  CASE(SEND) {
    Value out, thrown = fr->gen ? fr->gen->pending_throw : v_empty();
    bool more;
    if (is_empty(thrown)) {
      more = vm_iter_send(vm, RA, base[A + 1], &out);
    } else {
      fr->gen->pending_throw = v_empty();
      more = vm_iter_throw(vm, RA, thrown, &out);
    }
    put_value(&base[C], out);
    if (more) NEXT();
    pc = co->code + B; /* exhausted: out is its return value */
    DISPATCH();
  }
  CASE(YIELD) {
    Value v = RB;
    CHECK(v, B);
    Gen *g = fr->gen;
    memcpy(g->regs, base, co->nregs * sizeof(Value));
    g->regs[A] = v_none();
    g->pc = (uint32_t)(pc + 1 - co->code);
    ex->nframes--;
    ex->yielded = true;
    return v;
  }

  /* ---- exceptions ---- */
  CASE(RAISE) {
    if (B == 2) {
      if (!is_exc(vm->handling)) vm_raise(vm, &EXC_RuntimeError, "No active exception to reraise");
      ex->reraise = true;
      vm_throw(vm, vm->handling);
    }
    Value v = RA;
    CHECK(v, A);
    Value e = exc_instance(vm, v, false);
    if (B == 1) {
      Value cause = base[A + 1];
      ExcObj *x = (ExcObj *)e.as.o;
      x->cause = is_none(cause) ? v_none() : exc_instance(vm, cause, true);
      x->suppress_context = true;
    }
    vm_throw(vm, e);
  }
  CASE(RERAISE) {
    ex->reraise = true;
    vm_throw(vm, RA);
  }
  CASE(PUSHEXC) {
    base[A + 1] = vm->handling;
    vm->handling = RA;
    NEXT();
  }
  CASE(POPEXC) {
    vm->handling = RA;
    NEXT();
  }
  CASE(ITERCLOSE) {
    Value it = RA;
    if (it.tag == V_OBJ && it.as.o->type == &TYPE_GENERATOR && ((Gen *)it.as.o)->loop_owned)
      gen_drop(vm, (Gen *)it.as.o);
    NEXT();
  }
  CASE(WITHENTER) {
    Value o = RB;
    CHECK(o, B);
    with_enter(vm, o, &RA, &base[C]);
    NEXT();
  }
  CASE(EXCMATCH) {
    put_bool(&RA, exc_matches(vm, RB, RC));
    NEXT();
  }
  CASE(ASSERTFAIL) {
    Value e;
    if (B) {
      Value m = RA;
      e = exc_new_args(vm, &EXC_AssertionError, tuple_from(vm, &m, 1));
    } else {
      e = exc_new(vm, &EXC_AssertionError, NULL);
    }
    vm_throw(vm, e);
  }

  /* ---- modules ---- */
  CASE(IMPORT) {
    put_value(&RA, import_op(vm, globals, as_str(k[B]), (int)C));
    NEXT();
  }
  CASE(IMPORTFROM) {
    put_value(&RA, import_from(vm, RB, as_str(k[C])));
    NEXT();
  }
  CASE(IMPORTSTAR) {
    import_star(vm, globals, RA);
    NEXT();
  }
  CASE(ECHO) {
    /* sys.displayhook: the REPL shows each expression statement's value as
    ** it runs (`for i in range(3): i` prints 0 1 2) and binds it to `_`. */
    if (!is_none(RA) && !is_empty(RA)) {
      dict_set_str(vm, vm->builtins->dict, str_intern_c(vm, "_"), RA);
      builtin_print_value(vm, RA);
    }
    ex->echo_last = RA;
    NEXT();
  }

#if !defined(__GNUC__)
  default: abort();
  }
#endif
#undef A
#undef B
#undef C
}

/* ======================================================================
** Entering the loop and unwinding
** ==================================================================== */

/* A StopIteration leaving a generator's frame becomes a RuntimeError
** caused by it (PEP 479), so it cannot end a loop over the generator. */
static NOINLINE Value stop_iteration_escaped(VM *vm, Value stop) {
  gc_push_root(vm, stop);
  Value e = exc_new(vm, &EXC_RuntimeError, "generator raised StopIteration");
  ExcObj *x = (ExcObj *)e.as.o;
  x->cause = stop;
  x->context = stop;
  x->suppress_context = true;
  gc_pop_roots(vm, 1);
  return e;
}

/* The traceback entries of a frame stopped at pc: one per comprehension
** inlined there (innermost first, each called from the line where the next
** one starts), then the frame's own. */
static void add_frame_tb(VM *vm, Value exc, const Code *co, uint32_t pc) {
  int line = code_line(co, pc);
  const CompRange *inner = NULL;
  for (;;) {
    const CompRange *next = NULL; /* the innermost range around pc inside `inner` */
    for (uint32_t i = 0; i < co->ncomps; i++) {
      const CompRange *r = &co->comps[i];
      bool inside = pc >= r->start && pc < r->end && r != inner &&
                    (!inner || (r->start <= inner->start && r->end >= inner->end));
      if (inside && (!next || r->end - r->start < next->end - next->start)) next = r;
    }
    if (!next) break;
    exc_add_tb(vm, exc, co->filename, next->name, line);
    line = next->line;
    inner = next;
  }
  exc_add_tb(vm, exc, co->filename, co->name, line);
}

/* An exception at pc leaves the loops around pc that do not hold the
** handler (`handler` -1: none, the frame is left): their owned generators
** are closed first, innermost first, as CPython drops the loop's iterator
** while unwinding to the handler. The exception stays in vm->exc. */
static NOINLINE void close_left_loops(VM *vm, Frame *fr, uint32_t pc, int64_t handler) {
  Code *co = fr->code;
  for (uint32_t i = co->niterloops; i-- > 0;) { /* nested loops come after their outer one */
    const IterLoop *l = &co->iterloops[i];
    if (pc < l->start || pc >= l->end) continue;
    if (handler >= l->start && handler < l->end) continue;
    if (l->local && !(fr->gen && is_exc(vm->exc) && type_is_subtype(v_type(vm->exc), &EXC_GeneratorExit)))
      continue;
    Value it = fr->base[l->reg];
    if (!is_gen(it) || !((Gen *)it.as.o)->loop_owned) continue;
    Value exc = vm->exc;
    gc_push_root(vm, exc);
    gen_drop(vm, (Gen *)it.as.o);
    gc_pop_roots(vm, 1);
    vm->exc = exc;
  }
}

/* Finds the handler for an exception in the top frame, adding traceback
** entries and popping frames down to `entry`. Returns false when the
** exception leaves frame `entry`. */
static bool unwind(VM *vm, int entry) {
  Exec *ex = vm->exec;
  Value exc = vm->exc;
  bool first = true;
  while (ex->nframes > entry) {
    Frame *fr = &ex->frames[ex->nframes - 1];
    Code *co = fr->code;
    uint32_t pc = (uint32_t)(fr->pc - co->code);
    if (!(first && ex->reraise) && is_exc(exc))
      add_frame_tb(vm, exc, co, pc);
    first = false;
    ex->reraise = false;
    const ExcEntry *best = NULL;
    for (uint32_t i = 0; i < co->nexc; i++) {
      const ExcEntry *e = &co->exctab[i];
      if (pc >= e->start && pc < e->end && (!best || e->depth > best->depth)) best = e;
    }
    if (co->niterloops) {
      close_left_loops(vm, fr, pc, best ? (int64_t)best->handler : -1);
      exc = vm->exc;
    }
    if (best) {
      fr->base[best->reg] = exc;
      fr->pc = co->code + best->handler;
      vm->exc = v_none();
      return true;
    }
    if (fr->gen) {
      fr->gen->state = GEN_DONE;
      if (is_exc(exc) && type_is_subtype(v_type(exc), &EXC_StopIteration)) /* PEP 479 */
        exc = vm->exc = stop_iteration_escaped(vm, exc);
    }
    ex->nframes--;
  }
  ex->reraise = false;
  return false;
}

/* Runs frames from the top one until frame `entry` returns or yields. A
** non-empty `throw` is raised in the top frame first, at its pc (how
** generator.close() delivers GeneratorExit at the suspended yield). */
static Value vm_execute_throw(VM *vm, int entry, Value throw) {
  ErrJmp ej;
  ej.prev = vm->errjmp;
  vm->errjmp = &ej;
  int nroots = vm->nroots;
  int cdepth = vm->c_depth;
  if (setjmp(ej.buf) != 0) {
    vm->errjmp = &ej;
    vm->nroots = nroots;
    vm->c_depth = cdepth;
    if (!unwind(vm, entry)) {
      vm->errjmp = ej.prev;
      longjmp(ej.prev->buf, 1); /* vm->exc is still set */
    }
  }
  else if (!is_empty(throw)) vm_throw(vm, throw);
  Value r = run(vm, entry);
  vm->errjmp = ej.prev;
  return r;
}

static Value vm_execute(VM *vm, int entry) { return vm_execute_throw(vm, entry, v_empty()); }

/* ======================================================================
** Public entry points
** ==================================================================== */

bool vm_protect(VM *vm, void (*fn)(VM *vm, void *ud), void *ud) {
  ErrJmp ej;
  ej.prev = vm->errjmp;
  vm->errjmp = &ej;
  int nroots = vm->nroots, cdepth = vm->c_depth;
  int nframes = vm->exec ? vm->exec->nframes : 0;
  Value handling = vm->handling;
  if (setjmp(ej.buf) == 0) {
    fn(vm, ud);
    vm->errjmp = ej.prev;
    return true;
  }
  vm->errjmp = ej.prev;
  vm->nroots = nroots;
  vm->c_depth = cdepth;
  vm->handling = handling;
  if (vm->exec) {
    vm->exec->nframes = nframes;
    vm->exec->reraise = false;
  }
  return false;
}

void vm_catch_push(VM *vm, VmCatch *c) {
  c->ej.prev = vm->errjmp;
  vm->errjmp = &c->ej;
  c->nroots = vm->nroots;
  c->cdepth = vm->c_depth;
  c->nframes = vm->exec ? vm->exec->nframes : 0;
  c->handling = vm->handling;
}

void vm_catch_pop(VM *vm, VmCatch *c) { vm->errjmp = c->ej.prev; }

void vm_catch_caught(VM *vm, VmCatch *c) {
  vm->errjmp = c->ej.prev;
  vm->nroots = c->nroots;
  vm->c_depth = c->cdepth;
  vm->handling = c->handling;
  if (vm->exec) {
    vm->exec->nframes = c->nframes;
    vm->exec->reraise = false;
  }
}

void vm_enter_c(VM *vm) {
  if (++vm->c_depth > C_DEPTH_MAX) {
    vm->c_depth--;
    recursion_error(vm);
  }
}

void vm_enter_c_why(VM *vm, const char *why) {
  if (++vm->c_depth > C_DEPTH_MAX) {
    vm->c_depth--;
    vm_raise(vm, &EXC_RecursionError, "maximum recursion depth exceeded%s", why);
  }
}

void vm_check_interrupt(VM *vm) {
  if (!vm->interrupt) return;
  vm->interrupt = 0;
  vm_throw(vm, exc_new(vm, &EXC_KeyboardInterrupt, vm->interrupt_msg));
}

Value vm_call(VM *vm, Value f, const Args *a) {
  if (!is_function(f)) {
    vm_enter_c(vm);
    Value r = call_c(vm, f, a);
    vm_leave_c(vm);
    return r;
  }
  Exec *ex = vm->exec;
  Function *fn = as_function(f);
  Code *co = fn->code;
  if (co->flags & CO_GENERATOR)
    return make_gen(vm, fn, a->argv, a->argc, a->kwnames, a->kwvals, a->nkw);
  Value *top = frame_top(ex);
  int argc = a->argc + a->nkw;
  check_frame_room(vm, top, co->nregs, (size_t)argc);
  Value *scratch = top + co->nregs;
  if (a->argc) memcpy(scratch, a->argv, (size_t)a->argc * sizeof(Value));
  if (a->nkw) memcpy(scratch + a->argc, a->kwvals, (size_t)a->nkw * sizeof(Value));
  bind_args(vm, fn, top, scratch, a->argc, a->kwnames, scratch + a->argc, a->nkw);
  vm_enter_c(vm);
  push_frame(vm, fn, top, -1);
  Value r = vm_execute(vm, ex->nframes - 1);
  vm_leave_c(vm);
  return r;
}

Value vm_call0(VM *vm, Value fn) {
  Args a = {0, NULL, 0, NULL, NULL};
  return vm_call(vm, fn, &a);
}

Value vm_call1(VM *vm, Value fn, Value x) {
  Value argv[1] = {x};
  Args a = {1, argv, 0, NULL, NULL};
  return vm_call(vm, fn, &a);
}

Value vm_call2(VM *vm, Value fn, Value x, Value y) {
  Value argv[2] = {x, y};
  Args a = {2, argv, 0, NULL, NULL};
  return vm_call(vm, fn, &a);
}

/* Registers g, suspended for the first time, for vm_close_generators. The
** array keeps the order; it is compacted (freed entries dropped) rather
** than grown while half of it is free. */
static void gen_register(VM *vm, Gen *g) {
  Exec *ex = vm->exec;
  if (!(g->func->code->flags & CO_CLOSES)) return;
  if (ex->ngens == ex->capgens && ex->nfreegens * 2 >= ex->ngens && ex->ngens && !ex->gens_walk) {
    size_t n = 0;
    for (size_t i = 0; i < ex->ngens; i++)
      if (ex->gens[i]) {
        ex->gens[i]->regidx = (int64_t)n;
        ex->gens[n++] = ex->gens[i];
      }
    ex->ngens = n;
    ex->nfreegens = 0;
  }
  if (ex->ngens == ex->capgens) {
    size_t cap = ex->capgens ? ex->capgens * 2 : 64;
    Gen **p = realloc(ex->gens, cap * sizeof *p);
    if (!p) vm_raise_memory(vm);
    ex->gens = p;
    ex->capgens = cap;
  }
  g->regidx = (int64_t)ex->ngens;
  ex->gens[ex->ngens++] = g;
}

void vm_gen_forget(VM *vm, Gen *g) {
  Exec *ex = vm->exec;
  if (!ex || g->regidx < 0) return;
  ex->gens[g->regidx] = NULL;
  ex->nfreegens++;
  g->regidx = -1;
}

/* Resumes a suspended or new generator; with `throw` set, raises it at the
** yield where the generator is suspended instead of sending None. */
static bool gen_resume(VM *vm, Gen *g, Value throw, Value *out) {
  if (g->state == GEN_DONE) return false;
  if (g->state == GEN_RUNNING) vm_raise(vm, &EXC_ValueError, "generator already executing");
  Exec *ex = vm->exec;
  Code *co = g->func->code;
  Value *top = frame_top(ex);
  check_frame_room(vm, top, co->nregs, 0);
  memcpy(top, g->regs, co->nregs * sizeof(Value));
  vm_enter_c(vm);
  Frame *fr = push_frame(vm, g->func, top, -1);
  fr->pc = co->code + g->pc;
  if (!is_empty(throw)) fr->pc--; /* the YIELD: its handlers and its line */
  fr->gen = g;
  g->state = GEN_RUNNING;
  ex->yielded = false;
  Value v = vm_execute_throw(vm, ex->nframes - 1, throw);
  vm_leave_c(vm);
  if (ex->yielded) {
    ex->yielded = false;
    if (!g->registered) {
      g->registered = true;
      gen_register(vm, g);
    }
    g->state = GEN_SUSPENDED;
    *out = v;
    return true;
  }
  g->state = GEN_DONE;
  g->retval = v;
  return false;
}

bool vm_gen_resume(VM *vm, Gen *g, Value *out) { return gen_resume(vm, g, v_empty(), out); }

/* One step of `yield from it` (SEND): its next value, or with v not
** None it.send(v); false when it is exhausted, *out then its return value
** (a generator's; None for other iterators). */
bool vm_iter_send(VM *vm, Value it, Value v, Value *out) {
  if (is_type(it, &TYPE_GENERATOR)) {
    Gen *g = (Gen *)it.as.o;
    if (g->state == GEN_CREATED && !is_none(v))
      vm_raise(vm, &EXC_TypeError, "can't send non-None value to a just-started generator");
    if (vm_gen_send(vm, g, v, out)) return true;
    *out = gen_take_retval(g);
    return false;
  }
  if (is_none(v)) {
    if (v_next(vm, it, out)) return true;
    *out = v_none();
    return false;
  }
  Value send = v_getattr(vm, it, str_intern_c(vm, "send"));
  *out = vm_call1(vm, send, v);
  return true;
}

/* Raises exc in g where it is suspended (generator.throw, close): at a
** yield from, in its subiterator instead (the SEND that resumes throws it
** there). Returns as gen_resume; a new or finished generator raises it
** at once (a new one is finished by it, as CPython). */
static bool gen_throw_in(VM *vm, Gen *g, Value exc, Value *out) {
  if (g->state == GEN_RUNNING) vm_raise(vm, &EXC_ValueError, "generator already executing");
  if (g->state != GEN_SUSPENDED) {
    g->state = GEN_DONE;
    vm_throw(vm, exc);
  }
  Instr at = g->func->code->code[g->pc - 1];
  if (bc_op(at) == OP_YIELD && bc_c(at) == 1) {
    g->pending_throw = exc;
    return gen_resume(vm, g, v_empty(), out);
  }
  return gen_resume(vm, g, exc, out);
}

bool vm_gen_throw(VM *vm, Gen *g, Value exc, Value *out) { return gen_throw_in(vm, g, exc_instance(vm, exc, false), out); }

/* exc thrown into the subiterator of a yield from: its throw() (a
** generator's, or a method of that name), or raised here when it has none. */
bool vm_iter_throw(VM *vm, Value it, Value exc, Value *out) {
  if (is_type(it, &TYPE_GENERATOR)) {
    Gen *g = (Gen *)it.as.o;
    if (gen_throw_in(vm, g, exc, out)) return true;
    *out = gen_take_retval(g);
    return false;
  }
  Value m = v_getattr_opt(vm, it, str_intern_c(vm, "throw"));
  if (is_empty(m)) vm_throw(vm, exc);
  *out = vm_call1(vm, m, exc);
  return true;
}

bool vm_gen_send(VM *vm, Gen *g, Value v, Value *out) {
  if (g->state == GEN_SUSPENDED) /* the value of the yield expression it waits at */
    g->regs[bc_a(g->func->code->code[g->pc - 1])] = v;
  return gen_resume(vm, g, v_empty(), out);
}

typedef struct GenCloseJob {
  Gen *g;
  Value exc;
  bool yielded;
} GenCloseJob;

static void gen_close_job(VM *vm, void *ud) {
  GenCloseJob *j = ud;
  Value v;
  j->yielded = gen_throw_in(vm, j->g, j->exc, &v);
}

/*
** generator.close(), as CPython: GeneratorExit is raised at the yield where
** the generator is suspended, so its finally blocks and with-exits run. It
** ending with GeneratorExit or StopIteration (or returning) is a clean
** close; another exception propagates; yielding again is a RuntimeError.
*/
void vm_gen_close(VM *vm, Gen *g) {
  if (g->state == GEN_RUNNING) vm_raise(vm, &EXC_ValueError, "generator already executing");
  if (g->state != GEN_SUSPENDED) {
    g->state = GEN_DONE;
    return;
  }
  GenCloseJob job = {g, exc_new(vm, &EXC_GeneratorExit, NULL), false};
  if (!vm_protect(vm, gen_close_job, &job)) {
    Value e = vm->exc;
    if (is_exc(e) && (type_is_subtype(v_type(e), &EXC_GeneratorExit) ||
                      type_is_subtype(v_type(e), &EXC_StopIteration))) {
      vm->exc = v_none();
      return;
    }
    vm_throw(vm, e);
  }
  if (job.yielded) vm_raise(vm, &EXC_RuntimeError, "generator ignored GeneratorExit");
}

typedef struct GenDropJob {
  Gen *g;
} GenDropJob;

static void gen_drop_job(VM *vm, void *ud) { vm_gen_close(vm, ((GenDropJob *)ud)->g); }

/* What CPython does when the last reference to a suspended generator goes:
** close it, and print what that raises ("Exception ignored in: ...")
** instead of raising it. The exception being handled is kept. */
static void gen_drop(VM *vm, Gen *g) {
  if (g->state != GEN_SUSPENDED) return;
  /* dropped once: even if it yields again (RuntimeError below), nothing
  ** closes it a second time, as nothing could in CPython */
  g->loop_owned = false;
  vm_gen_forget(vm, g);
  Value handling = vm->handling;
  gc_push_root(vm, handling);
  GenDropJob job = {g};
  if (!vm_protect(vm, gen_drop_job, &job)) {
    Value e = vm->exc;
    vm->exc = v_none();
    gc_push_root(vm, e);
    Exec *ex = vm->exec;
    /* raised by close() itself (it yielded again): CPython's hook shows
    ** the frame that dropped the generator */
    if (is_exc(e) && ((ExcObj *)e.as.o)->ntb == 0 && ex->nframes > 0) {
      Frame *fr = &ex->frames[ex->nframes - 1];
      exc_add_tb(vm, e, fr->code->filename, fr->code->name, code_line(fr->code, (uint32_t)(fr->pc - fr->code->code)));
    }
    exc_print_unraisable(vm, e, v_obj(g), stderr);
    gc_pop_roots(vm, 1);
  }
  vm->handling = handling;
  gc_pop_roots(vm, 1);
}

/* The generators still suspended at exit, oldest first; those that closing
** them makes and leaves suspended too (each gets its turn: the loops run
** to the end of the array as it grows). */
void vm_close_generators(VM *vm) {
  Exec *ex = vm->exec;
  ex->gens_walk = true;
  /* one a loop or local owns first waits for its owner (a suspended
  ** generator: closing that closes it, after the owner's own finally,
  ** as in CPython); then those whose owner left by an exception */
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < ex->ngens; i++) {
      Gen *g = ex->gens[i];
      if (g && g->state == GEN_SUSPENDED && (pass == 1 || !g->loop_owned)) gen_drop(vm, g);
    }
  ex->gens_walk = false;
}

bool vm_jit_stitching(VM *vm) { return vm->exec && vm->exec->stitch_hi; }

int vm_jit_stitch(VM *vm, uint32_t from, uint32_t to, uint32_t *at) {
  Exec *ex = vm->exec;
  Frame *fr = &ex->frames[ex->nframes - 1];
  Code *co = fr->code;
  int outer_n = ex->stitch_nframes;
  const Instr *outer_lo = ex->stitch_lo, *outer_hi = ex->stitch_hi;
  ex->stitch_nframes = ex->nframes;
  ex->stitch_lo = co->code + from;
  ex->stitch_hi = co->code + to;
  fr->pc = ex->stitch_lo;
  int entry = ex->nframes - 1;
  ErrJmp ej;
  ej.prev = vm->errjmp;
  vm->errjmp = &ej;
  int nroots = vm->nroots, cdepth = vm->c_depth;
  volatile int rc = VM_STITCH_DONE;
  if (setjmp(ej.buf) != 0) {
    vm->errjmp = &ej;
    vm->nroots = nroots;
    vm->c_depth = cdepth;
    /* the callees' handlers only: this frame's are the caller's to find */
    if (!unwind(vm, entry + 1)) rc = VM_STITCH_RAISED;
  }
  if (rc == VM_STITCH_DONE) {
    run(vm, entry);
    if (fr->pc != ex->stitch_hi) rc = VM_STITCH_LEFT;
    /* the trace's loop has no safe point of its own: what the stitched
    ** instructions allocate is collected here (the frame is written back) */
    else if (UNLIKELY(vm->bytes_allocated >= vm->next_gc)) gc_safepoint(vm);
  }
  vm->errjmp = ej.prev;
  ex->stitch_nframes = outer_n;
  ex->stitch_lo = outer_lo;
  ex->stitch_hi = outer_hi;
  *at = (uint32_t)(fr->pc - co->code);
  return rc;
}

_Noreturn void vm_jit_raise_pending(VM *vm) { longjmp(vm->errjmp->buf, 1); }

bool vm_jit_frames_fit(VM *vm, const Value *top, int frames) {
  Exec *ex = vm->exec;
  /* CALL's fast-path test for each of the frames, with the slack
  ** call_value's argument scratch could need */
  return ex->nframes + frames < vm->frame_limit &&
         top + 2 * STACK_SLACK <= ex->stack_end;
}

void vm_jit_push_frame(VM *vm, Function *fn, Value *base, int32_t ret, const Instr *callpc,
                       const Instr *pc) {
  Exec *ex = vm->exec;
  ex->frames[ex->nframes - 1].pc = callpc;
  push_frame(vm, fn, base, ret)->pc = pc;
}

int vm_frame_trail(VM *vm, const void **out, int max) {
  Exec *ex = vm->exec;
  if (!ex) return 0;
  for (int i = 0; i < ex->nframes && i < max; i++) {
    out[2 * i] = ex->frames[i].func;
    out[2 * i + 1] = ex->frames[i].base;
  }
  return ex->nframes;
}

void vm_mark_roots(VM *vm) {
  Exec *ex = vm->exec;
  if (!ex) return;
  Value *top = ex->stack;
  for (int i = 0; i < ex->nframes; i++) {
    Frame *f = &ex->frames[i];
    gc_mark_obj(vm, (Obj *)f->func);
    gc_mark_obj(vm, (Obj *)f->gen);
    for (uint16_t r = 0; r < f->code->nregs; r++) gc_mark_value(vm, f->base[r]);
    if (f->base + f->code->nregs > top) top = f->base + f->code->nregs;
  }
  /* what the sweep frees may be referenced by registers above the frames:
  ** unbind them (see "Stale registers") */
  for (Value *r = top; r < ex->hwm; r++) clear_reg(r);
  ex->hwm = top;
  gc_mark_value(vm, ex->echo_last);
  gc_mark_obj(vm, (Obj *)ex->empty_str);
  trace_mark(vm);
  /* objects die in the sweep that follows: forget every call plan */
  memset(ex->call_cache, 0, sizeof ex->call_cache);
}

/* ---- running source ---------------------------------------------------- */

typedef struct CompileJob {
  const AstModule *mod;
  const char *filename;
  const char *src;
  size_t len;
  bool echo;
  Code *co;
} CompileJob;

static void compile_job(VM *vm, void *ud) {
  CompileJob *j = ud;
  j->co = compile_module(vm, j->mod, j->filename, j->src, j->len, j->echo);
}

/* Compiles source text into a module Code object. */
static Code *compile_source(VM *vm, const char *src, size_t len, const char *filename, bool echo) {
  AstArena *arena = ast_arena_new();
  if (!arena) vm_raise_memory(vm);
  SyntaxErr err;
  AstModule *am = parse_source(arena, src, len, filename, echo ? PARSE_INTERACTIVE : PARSE_FILE, &err);
  if (!am) {
    ast_arena_free(arena);
    compile_raise_syntax(vm, &err);
  }
  CompileJob job = {am, filename, src, len, echo, NULL};
  bool ok = vm_protect(vm, compile_job, &job);
  ast_arena_free(arena);
  if (!ok) vm_throw(vm, vm->exc);
  return job.co;
}

Value vm_run_source(VM *vm, Module *mod, const char *src, size_t len, const char *filename,
                    bool echo) {
  /* A file declaring Latin-1 (etc.) is decoded first: tracebacks quote the
  ** decoded lines, and the lexer sees UTF-8 only. */
  char *decoded = NULL;
  size_t decoded_len = 0;
  SyntaxErr err;
  int dec = echo ? 0 : lex_decode_source(src, len, filename, &decoded, &decoded_len, &err);
  if (dec < 0) compile_raise_syntax(vm, &err);
  if (dec > 0) len = decoded_len;
  src = err_register_source(vm, filename, dec > 0 ? decoded : src, len);
  free(decoded);
  Code *co = compile_source(vm, src, len, filename, echo);
  if (vm->jit.dump) disasm_code(vm, co, stderr);
  Exec *ex = vm->exec;
  /* __doc__: the docstring, else None (a REPL line keeps what is there) */
  Str *docname = str_intern_c(vm, "__doc__");
  if (co->doc || is_empty(dict_get_str(vm, mod->dict, docname)))
    dict_set_str(vm, mod->dict, docname, co->doc ? v_obj(co->doc) : v_none());
  Function *fn = func_new(vm, co, mod->dict);
  Value *top = frame_top(ex);
  check_frame_room(vm, top, co->nregs, 0);
  for (uint16_t i = 0; i < co->nregs; i++) top[i] = v_empty();
  Value saved_echo = ex->echo_last;
  ex->echo_last = v_none();
  vm_enter_c(vm);
  push_frame(vm, fn, top, -1);
  vm_execute(vm, ex->nframes - 1);
  vm_leave_c(vm);
  Value r = ex->echo_last;
  ex->echo_last = saved_echo;
  return echo ? r : v_none();
}

/* ======================================================================
** Imports
** ==================================================================== */

static Value modules_get(VM *vm, Str *name) { return dict_get_str(vm, vm->modules, name); }

static bool file_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

typedef struct LoadJob {
  Module *mod;
  const char *path;
  char *src;
} LoadJob;

static void load_job(VM *vm, void *ud) {
  LoadJob *j = ud;
  size_t len;
  j->src = util_read_file(j->path, &len);
  if (!j->src) vm_raise(vm, &EXC_ImportError, "cannot read '%s': %s", j->path, strerror(errno));
  vm_run_source(vm, j->mod, j->src, len, j->path, false);
}

/* Loads `fullname` from file `path`; registered before it runs. */
static Value load_module_file(VM *vm, Str *fullname, const char *path, bool package,
                              const char *pkgdir) {
  Module *m = module_new(vm, fullname->data);
  module_set(vm, m, "__file__", str_from_cstr(vm, path));
  if (package) {
    Value p = list_from(vm, NULL, 0);
    list_append(vm, as_list(p), str_from_cstr(vm, pkgdir));
    module_set(vm, m, "__path__", p);
    module_set(vm, m, "__package__", v_obj(fullname));
  } else {
    const char *dot = strrchr(fullname->data, '.');
    module_set(vm, m, "__package__",
               dot ? str_new(vm, fullname->data, (size_t)(dot - fullname->data)) : str_from_cstr(vm, ""));
  }
  dict_set_str(vm, vm->modules, fullname, v_obj(m));
  LoadJob job = {m, path, NULL};
  gc_push_root(vm, v_obj(m));
  bool ok = vm_protect(vm, load_job, &job);
  gc_pop_roots(vm, 1);
  free(job.src);
  if (!ok) {
    Value exc = vm->exc;
    dict_del(vm, vm->modules, v_obj(fullname));
    vm_throw(vm, exc);
  }
  /* the module may have replaced itself in sys.modules */
  Value r = modules_get(vm, fullname);
  return is_empty(r) ? v_obj(m) : r;
}

/* Searches `dir` for name.py or name/__init__.py. */
static Value find_in_dir(VM *vm, Str *fullname, const char *dir, const char *leaf) {
  StrBuf b = STRBUF_INIT;
  if (dir[0]) sb_printf(&b, "%s/", dir);
  size_t dirlen = b.len;
  sb_printf(&b, "%s.py", leaf);
  if (file_exists(b.data)) {
    Value path = sb_finish(vm, &b);
    return load_module_file(vm, fullname, as_str(path)->data, false, NULL);
  }
  b.len = dirlen;
  sb_printf(&b, "%s/__init__.py", leaf);
  if (file_exists(b.data)) {
    Value path = sb_finish(vm, &b);
    Str *p = as_str(path);
    Value pkgdir = str_new(vm, p->data, (size_t)p->nbytes - strlen("/__init__.py"));
    return load_module_file(vm, fullname, p->data, true, as_str(pkgdir)->data);
  }
  sb_free(&b);
  return v_empty();
}

static _Noreturn void no_module(VM *vm, Str *name) {
  Value msg = str_printf(vm, "No module named '%s'", name->data);
  vm_throw(vm, exc_new_args(vm, &EXC_ModuleNotFoundError, tuple_from(vm, &msg, 1)));
}

Value vm_import(VM *vm, Str *name) {
  Value m = modules_get(vm, name);
  if (!is_empty(m)) return m;
  const char *dot = strrchr(name->data, '.');
  if (dot) {
    Str *parent = str_intern(vm, name->data, (size_t)(dot - name->data));
    Value pm = vm_import(vm, parent);
    m = modules_get(vm, name); /* importing the parent may have imported it */
    if (!is_empty(m)) return m;
    Value path = is_type(pm, &TYPE_MODULE) ? module_get(vm, (Module *)pm.as.o, "__path__") : v_empty();
    if (!is_list(path)) {
      Value msg = str_printf(vm, "No module named '%s'; '%s' is not a package", name->data, parent->data);
      vm_throw(vm, exc_new_args(vm, &EXC_ModuleNotFoundError, tuple_from(vm, &msg, 1)));
    }
    List *pl = as_list(path);
    for (int64_t i = 0; i < pl->n; i++) {
      if (!is_str(pl->items[i])) continue;
      Value r = find_in_dir(vm, name, as_str(pl->items[i])->data, dot + 1);
      if (!is_empty(r)) {
        v_setattr(vm, pm, str_intern_c(vm, dot + 1), r);
        return r;
      }
    }
    no_module(vm, name);
  }
  Module *(*init)(VM *) = builtin_module_find(name->data);
  if (init) {
    Module *bm = init(vm);
    dict_set_str(vm, vm->modules, name, v_obj(bm));
    return v_obj(bm);
  }
  List *sp = vm->sys_path;
  for (int64_t i = 0; sp && i < sp->n; i++) {
    if (!is_str(sp->items[i])) continue;
    Value r = find_in_dir(vm, name, as_str(sp->items[i])->data, name->data);
    if (!is_empty(r)) return r;
  }
  no_module(vm, name);
}

/* The package a relative import in a module with these globals is relative to. */
static Str *resolve_relative(VM *vm, Dict *globals, Str *name, int level) {
  Value pkg = dict_get_str(vm, globals, str_intern_c(vm, "__package__"));
  Value modname = dict_get_str(vm, globals, str_intern_c(vm, "__name__"));
  const char *base;
  size_t blen;
  if (is_str(pkg) && as_str(pkg)->nbytes > 0) {
    base = as_str(pkg)->data;
    blen = (size_t)as_str(pkg)->nbytes;
  } else if (is_str(modname) && !is_empty(dict_get_str(vm, globals, str_intern_c(vm, "__path__")))) {
    base = as_str(modname)->data;
    blen = (size_t)as_str(modname)->nbytes;
  } else {
    vm_raise(vm, &EXC_ImportError, "attempted relative import with no known parent package");
  }
  for (int i = 1; i < level; i++) {
    const char *d = NULL;
    for (size_t j = blen; j > 0; j--)
      if (base[j - 1] == '.') {
        d = base + j - 1;
        break;
      }
    if (!d) vm_raise(vm, &EXC_ImportError, "attempted relative import beyond top-level package");
    blen = (size_t)(d - base);
  }
  StrBuf b = STRBUF_INIT;
  sb_append(&b, base, blen);
  if (name->nbytes) {
    sb_putc(&b, '.');
    sb_append(&b, name->data, (size_t)name->nbytes);
  }
  Str *r = str_intern(vm, b.data, b.len);
  sb_free(&b);
  return r;
}

static Value import_op(VM *vm, Dict *globals, Str *name, int flags) {
  int level = flags >> 1;
  if (level > 0) name = resolve_relative(vm, globals, name, level);
  Value m = vm_import(vm, name);
  if ((flags & 1) || !strchr(name->data, '.')) return m;
  const char *dot = strchr(name->data, '.');
  return vm_import(vm, str_intern(vm, name->data, (size_t)(dot - name->data)));
}

static Value import_from(VM *vm, Value mod, Str *name) {
  Value v = v_getattr_opt(vm, mod, name);
  if (!is_empty(v)) return v;
  Str *modname = NULL;
  if (is_type(mod, &TYPE_MODULE)) {
    Module *m = (Module *)mod.as.o;
    modname = m->name;
    if (!is_empty(module_get(vm, m, "__path__"))) { /* a submodule of a package */
      Value full = str_printf(vm, "%s.%s", modname->data, name->data);
      Str *fn = str_intern(vm, as_str(full)->data, (size_t)as_str(full)->nbytes);
      Value sub = modules_get(vm, fn);
      if (is_empty(sub)) {
        List *pl = as_list(module_get(vm, m, "__path__"));
        for (int64_t i = 0; i < pl->n && is_empty(sub); i++)
          if (is_str(pl->items[i])) sub = find_in_dir(vm, fn, as_str(pl->items[i])->data, name->data);
        if (!is_empty(sub)) v_setattr(vm, mod, name, sub);
      }
      if (!is_empty(sub)) return sub;
    }
    Value file = module_get(vm, m, "__file__");
    vm_raise(vm, &EXC_ImportError, "cannot import name '%s' from '%s' (%s)", name->data,
             modname->data, is_str(file) ? as_str(file)->data : "unknown location");
  }
  vm_raise(vm, &EXC_ImportError, "cannot import name '%s'", name->data);
}

static void import_star(VM *vm, Dict *globals, Value mod) {
  if (!is_type(mod, &TYPE_MODULE)) return;
  Module *m = (Module *)mod.as.o;
  Value all = module_get(vm, m, "__all__");
  if (is_list(all) || is_tuple(all)) {
    const Value *items = is_list(all) ? as_list(all)->items : as_tuple(all)->items;
    int64_t n = is_list(all) ? as_list(all)->n : as_tuple(all)->n;
    for (int64_t i = 0; i < n; i++)
      if (is_str(items[i])) dict_set(vm, globals, items[i], v_getattr(vm, mod, as_str(items[i])));
    return;
  }
  int64_t pos = 0;
  Value key, val;
  while (dict_next(m->dict, &pos, &key, &val))
    if (is_str(key) && as_str(key)->data[0] != '_') dict_set(vm, globals, key, val);
}

/* ======================================================================
** VM lifetime
** ==================================================================== */

static void *reserve(size_t bytes) {
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

VM *vm_new(void) {
  VM *vm = calloc(1, sizeof *vm);
  if (!vm) return NULL;
  Exec *ex = calloc(1, sizeof *ex);
  if (!ex) {
    free(vm);
    return NULL;
  }
  ex->stack = reserve((size_t)STACK_VALUES * sizeof(Value));
  ex->frames = reserve((size_t)MAX_FRAMES * sizeof(Frame));
  if (!ex->stack || !ex->frames) {
    if (ex->stack) munmap(ex->stack, (size_t)STACK_VALUES * sizeof(Value));
    if (ex->frames) munmap(ex->frames, (size_t)MAX_FRAMES * sizeof(Frame));
    free(ex);
    free(vm);
    return NULL;
  }
  ex->stack_end = ex->stack + STACK_VALUES;
  ex->hwm = ex->stack;
  ex->echo_last = v_none();
  vm->exec = ex;
  vm_set_recursion_limit(vm, 1000);
  vm->out = stdout;
  vm->exc = v_none();
  vm->handling = v_none();
  vm->memory_error = v_empty();
  vm->api_pins[0] = vm->api_pins[1] = v_empty();
  vm->next_gc = 8u << 20;
  vm->big_gc_limit = 16u << 20; /* gc.c BIG_GC_MIN until the first collection */
  vm_jit_defaults(vm);
  num_init_types();
  func_init_types();
  /* Nothing can be caught yet: running out of memory here aborts. */
  vm->memory_error = exc_new(vm, &EXC_MemoryError, NULL);
  ex->empty_str = str_intern(vm, "", 0);
  vm->modules = dict_new(vm);
  vm->sys_path = list_new(vm, 0);
  vm->sys_argv = list_new(vm, 0);
  builtins_init(vm);
  dict_set_str(vm, vm->modules, str_intern_c(vm, "builtins"), v_obj(vm->builtins));
  vm->main = module_new(vm, "__main__");
  module_set(vm, vm->main, "__package__", v_none());
  dict_set_str(vm, vm->modules, str_intern_c(vm, "__main__"), v_obj(vm->main));
  return vm;
}

void vm_free(VM *vm) {
  if (!vm) return;
  Exec *ex = vm->exec;
  trace_free(vm);
  vm->exec = NULL;
  gc_free_all(vm);
  str_free_table(vm);
  err_free_sources(vm);
  mod_random_free(vm);
  nprandom_free(vm);
  if (ex) {
    free(ex->gens);
    munmap(ex->stack, (size_t)STACK_VALUES * sizeof(Value));
    munmap(ex->frames, (size_t)MAX_FRAMES * sizeof(Frame));
    free(ex);
  }
  free(vm);
}
