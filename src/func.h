/*
** func.h — code objects (compiled bytecode of one function or module),
** function objects (code + globals + defaults + closure) and generator
** objects (a function activation that can be suspended at `yield`).
**
** Closures: a local variable that an inner function captures lives in a
** Cell (value.h) held in its register; reads and writes go through
** GETDEREF/SETDEREF. A Function keeps the cells it captured in `closure`;
** when its frame is set up they are copied into registers
** [code->freereg, code->freereg + nfree), so cell and free variables are
** accessed the same way.
*/
#ifndef STREAK_FUNC_H
#define STREAK_FUNC_H

#include <stdio.h>
#include "bytecode.h"
#include "value.h"

/* One exception-table entry: an exception raised at a pc in [start, end)
** jumps to `handler` with the exception in register `reg`. Entries may
** overlap when try statements nest; the one with the greatest depth wins. */
typedef struct ExcEntry {
  uint32_t start, end, handler;
  uint16_t reg, depth;
} ExcEntry;

/* An inlined list/set/dict comprehension's own code (it runs in its
** enclosing frame): an exception raised at a pc in [start, end) gets the
** traceback entry that CPython's separate `name` frame ("<listcomp>") gives,
** that frame being called from source line `line`. Inner ranges nest in
** outer ones. */
typedef struct CompRange {
  uint32_t start, end;
  Str *name;
  int line;
} CompRange;

/* A for loop over a call's result (`for x in gen():`), body at pc
** [start, end): an exception raised there that leaves the loop closes the
** generator in register `reg` if the loop owns it (vm.c, Gen.loop_owned),
** as CPython's drop of the iterator runs the generator's finally blocks. */
typedef struct IterLoop {
  uint32_t start, end;
  uint32_t reg;
  bool local; /* an owned local (compile.c owned_locals), spanning the function:
                 closed by the exception only when it is close()'s GeneratorExit
                 (otherwise the traceback keeps CPython's frame and local alive) */
} IterLoop;

/* Line table: a run starting at `pc` has source line `line`. */
typedef struct LineRun {
  uint32_t pc;
  int32_t line;
} LineRun;

enum {
  CO_VARARGS = 1,   /* has *args (register argcount + kwonlycount) */
  CO_VARKW = 2,     /* has **kwargs (the register after *args, if any) */
  CO_GENERATOR = 4, /* calling it makes a generator */
  CO_MODULE = 8,    /* module body */
  CO_SIMPLE = 16,   /* positional parameters only, no defaults needed to call it */
  CO_CLOSES = 32,   /* a generator whose close() may run code: it has a try, with or
                       finally, a loop owning a generator, or a `yield from` */
};

/* GETGLOBAL's inline cache (dict.h's dict_cached_str): where the name's
** entry is in globals, or in builtins while globals has not gained keys. */
typedef struct GlobalCache {
  Dict *globals;
  int64_t gix, bix;  /* entry index in globals / builtins, or -1 */
  uint64_t gversion; /* globals' keys version when bix was found */
} GlobalCache;

typedef struct Code {
  Obj hdr;
  Instr *code;
  uint32_t ncode;
  uint32_t nconsts;
  Value *consts;
  uint16_t nregs;        /* frame size */
  uint16_t argcount;     /* positional parameters (posonly included) */
  uint16_t posonlycount;
  uint16_t kwonlycount;
  uint16_t nparamregs;   /* argcount + kwonly + (*args) + (**kw) */
  uint16_t freereg;      /* first register of the free variables */
  uint16_t nfree;
  uint16_t nclear;       /* a call unbinds registers below this (locals: UnboundLocalError);
                         ** those above are temporaries, always written before read, left
                         ** as they are (vm.c: "Stale registers") */
  uint32_t flags;
  Str **regnames;        /* [nregs]: name of a local's register, or NULL */
  uint16_t *freesrc;     /* [nfree]: where MKFUNC finds each cell in the enclosing frame */
  Str *name, *qualname, *filename;
  Str *doc;              /* the docstring (a function body's first statement, a string), or NULL */
  int firstline;
  LineRun *lines;
  uint32_t nlines;
  ExcEntry *exctab;
  uint32_t nexc;
  CompRange *comps;
  uint32_t ncomps;
  IterLoop *iterloops;
  uint32_t niterloops;
  uint32_t nloops;
  int32_t *hotcount;     /* [nloops]: back-edges left before vm_hotloop */
  uint32_t *looplive;    /* [nloops]: registers below this are live at the loop's header */
  uint32_t ngcache;
  struct GlobalCache *gcache; /* [ngcache]: one per GETGLOBAL (vm.c) */
} Code;

typedef struct Function {
  Obj hdr;
  Code *code;
  Dict *globals;
  Tuple *defaults;       /* for the last len(defaults) positional params, or NULL */
  Tuple *kwdefaults;     /* [kwonlycount], V_EMPTY = required; or NULL */
  Str *name, *qualname;
  Dict *dict;            /* user attributes (f.calls = 0), or NULL until the first */
  Value closure[];       /* [code->nfree] Cells */
} Function;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct Gen {
  Obj hdr;
  Function *func;
  Value *regs;           /* saved register window [func->code->nregs] */
  uint32_t pc;           /* where to resume */
  int state;
  Value retval;          /* what it returned, once GEN_DONE (StopIteration.value) */
  Value pending_throw;   /* thrown in at a yield from: its SEND throws it to the subiterator */
  bool loop_owned;       /* made by the call of `for x in f(...)`: only that loop's
                            register holds it, so leaving the loop closes it (vm.c) */
  bool registered;       /* has been put in vm.c's list of generators to close at exit */
  int64_t regidx;        /* its index in that list while there, else -1 */
} Gen;

extern Type TYPE_CODE, TYPE_FUNCTION, TYPE_GENERATOR;

static inline bool is_function(Value v) { return is_type(v, &TYPE_FUNCTION); }
static inline Function *as_function(Value v) { return (Function *)v.as.o; }
static inline bool is_gen(Value v) { return is_type(v, &TYPE_GENERATOR); }

Code *code_new(VM *vm);
/* Source line of the instruction at pc (binary search of the line table). */
int code_line(const Code *co, uint32_t pc);

Function *func_new(VM *vm, Code *co, Dict *globals);
Value cell_new(VM *vm, Value v);
Gen *gen_new(VM *vm, Function *f);

/* Resumes a generator (vm.c): true with *out = the next value, false when
** it is exhausted. Raises ValueError "generator already executing". */
bool vm_gen_resume(VM *vm, Gen *g, Value *out);
bool vm_gen_send(VM *vm, Gen *g, Value v, Value *out); /* generator.send(v) */
bool vm_iter_send(VM *vm, Value it, Value v, Value *out); /* a step of `yield from it` (OP_SEND) */
Value gen_take_retval(Gen *g);                /* a finished generator's return value, once */
bool vm_gen_throw(VM *vm, Gen *g, Value exc, Value *out); /* generator.throw(exc) */
bool vm_iter_throw(VM *vm, Value it, Value exc, Value *out); /* throw() at a `yield from it` */
_Noreturn void gen_raise_stop(VM *vm, Value it); /* StopIteration (with it's return value) */
/* generator.close() (vm.c): raises GeneratorExit at the suspended yield so
** that finally blocks run; RuntimeError if the generator yields again. */
void vm_gen_close(VM *vm, Gen *g);
/* Closes every generator still suspended, oldest first, as CPython's
** finalization does at exit; what one raises is printed, as CPython's
** "Exception ignored in: <generator ...>". */
void vm_close_generators(VM *vm);
void vm_gen_forget(VM *vm, Gen *g); /* g is being freed: out of that list */

/* Hot-loop hook (vm.c): a loop back-edge's counter reached zero. The JIT
** recorder starts here; for now it just re-arms the counter. */
void vm_hotloop(VM *vm, Code *co, const Instr *pc);

/* Bytecode listing for `-j dump` and tests (disasm.c); nested code objects
** are listed after their parent. */
void disasm_code(VM *vm, const Code *co, FILE *out);

void func_init_types(void);

#endif
