/*
** fuse.h — array-expression fusion: what the compiler and the NumPy runtime
** share about the FUSE instruction.
**
** NumPy evaluates `np.sqrt(x**2 + np.sin(x) * np.exp(-x))` one operator at a
** time, each writing a temporary array as large as x. In a source that
** imports numpy, the compiler spots such a tree (+ - * / ** and unary -/+,
** calls of `np.ufuncname(...)` where np is a name `import numpy` binds, over
** names and number constants) and emits, besides the ordinary code, a fused
** form:
**
**     gate:  JMP gate+1          A = FZ_GATE_OPEN (a no-op jump)
**            <leaves and callees into registers R[B..], in Python's order>
**            FUSE  R[A], R[B], K[C]   K[C]: the tree as a program (below)
**            JMP   end
**            <the ordinary code for the expression into R[A]>
**     end:
**
** FUSE succeeds when every callee is a ufunc and every leaf an ndarray (all
** C-contiguous, of one shape, large enough) or a number: the runtime then
** evaluates the tree in cache-sized chunks, each operator through the same
** ufunc loops as the ordinary path, so the result is identical while no
** temporary larger than a chunk exists. Otherwise it skips the `JMP end` and
** the ordinary code runs. When the operand types can never fit (plain floats:
** `math.sqrt(dx*dx + dy*dy)`), the first miss rewrites the gate into a jump
** straight to the ordinary code, so scalar code pays one jump, unless the
** expression was fused before (the gate's A becomes FZ_GATE_PROVEN).
**
** Leaves are evaluated before any operator runs: only a NameError or
** AttributeError from a later leaf can be reported before a TypeError from an
** earlier operator, where Python would report the TypeError.
**
** The program is a Str of 7-bit bytes: the gate pc (4 x 7 bits, low first),
** the node count, then one triple per node in postfix order.
*/
#ifndef STREAK_FUSE_H
#define STREAK_FUSE_H

#include "value.h"

enum {
  FZ_LEAF = 1, /* x: register offset of the value */
  FZ_BIN,      /* x: BinOp; pops right, left */
  FZ_UN,       /* x: UnOp */
  FZ_CALL      /* x: register offset of the callee, y: number of arguments popped */
};
enum { FZ_HEADER = 5, FZ_MAXNODES = 48, FZ_MAXREGS = 48 };
enum { FZ_GATE_SHUT = 0, FZ_GATE_OPEN = 1, FZ_GATE_PROVEN = 2 };

typedef enum {
  FUSE_NEVER,   /* the operand types cannot be fused: shut the gate */
  FUSE_NOT_NOW, /* small, strided or differently shaped arrays: run the ordinary code */
  FUSE_DONE     /* *out holds the result */
} FuseResult;

static inline uint32_t fz_gate_pc(const char *prog) {
  const unsigned char *p = (const unsigned char *)prog;
  return (uint32_t)p[0] | (uint32_t)p[1] << 7 | (uint32_t)p[2] << 14 | (uint32_t)p[3] << 21;
}

/* runtime/fuse.c (absent when the NumPy runtime is not linked). */
FuseResult np_fuse_eval(VM *vm, const Str *prog, const Value *regs, Value *out)
    __attribute__((weak));

#endif
