/*
** bytecode.h — the register bytecode: instruction layout and the one opcode
** table. The enum, the name table, the operand kinds used by the
** disassembler and the dispatch-label table of vm.c are all generated from
** BYTECODE(X); nothing is kept in sync by hand.
**
** Instruction word (64 bits, like Lua's but wider so that no function ever
** needs an EXTRAARG for registers, constants or jump targets):
**
**     63        44 43        24 23       8 7      0
**    +------------+------------+----------+--------+
**    |     C      |     B      |    A     |   op   |
**    +------------+------------+----------+--------+
**        20 bits      20 bits    16 bits    8 bits
**
** A is always a register (≤ 65535 per frame). B and C are registers,
** constant indices, jump targets (absolute pc), counts or small immediates.
** An "RK" operand (kind RK) is a register, or a constant when bit 19 is set:
** `x + 1` needs no separate load of the 1.
**
** Registers are a window of the VM-wide value stack: R[0..nparams) are the
** parameters, then the other locals (cells and free variables included),
** then temporaries. A call puts the callee in R[A] and the arguments in
** R[A+1..]; the callee's frame starts at the first argument, so arguments
** are never copied on the fast path.
**
** Operand kinds (for the disassembler):
**   _  unused        R  register      K  constant      RK register or constant
**   N  number/count  J  jump target   I  signed immediate (B - IMM_BIAS)
*/
#ifndef STREAK_BYTECODE_H
#define STREAK_BYTECODE_H

#include <stdint.h>

typedef uint64_t Instr;

/* X(name, A kind, B kind, C kind, "what it does") */
#define BYTECODE(X)                                                                 \
  /* moves and loads */                                                             \
  X(NOP, _, _, _, "nothing")                                                        \
  X(MOVE, R, R, _, "R[A] = R[B] (UnboundLocalError if R[B] is an unbound local)")   \
  X(LOADK, R, K, _, "R[A] = K[B]")                                                  \
  X(LOADI, R, I, _, "R[A] = small int B")                                           \
  X(LOADNONE, R, _, _, "R[A] = None")                                               \
  X(LOADBOOL, R, N, _, "R[A] = bool(B)")                                            \
  X(LOADEMPTY, R, _, _, "R[A] = <empty> (unbinds a local)")                         \
  X(LOADELLIPSIS, R, _, _, "R[A] = Ellipsis")                                       \
  X(DELLOCAL, R, K, _, "R[A] must be bound (name K[B]); then unbind it")            \
  /* names */                                                                       \
  X(GETGLOBAL, R, K, N, "R[A] = globals[K[B]], else builtins[K[B]], else NameError; C: cache slot") \
  X(SETGLOBAL, R, K, N, "globals[K[B]] = R[A]; C: cache slot (where the entry is)")  \
  X(DELGLOBAL, _, K, _, "del globals[K[B]]")                                        \
  X(MKCELL, R, _, _, "R[A] = cell(R[A]) (a captured local; may be empty)")          \
  X(GETDEREF, R, R, _, "R[A] = cell R[B]'s contents")                               \
  X(SETDEREF, R, R, _, "cell R[A]'s contents = R[B]")                               \
  X(DELDEREF, R, _, _, "unbind cell R[A]'s contents")                               \
  /* arithmetic: ADD..AND follow value.h's BINOPS order; IADD.. are a op= b */      \
  X(ADD, R, RK, RK, "R[A] = RK[B] + RK[C]")                                         \
  X(SUB, R, RK, RK, "R[A] = RK[B] - RK[C]")                                         \
  X(MUL, R, RK, RK, "R[A] = RK[B] * RK[C]")                                         \
  X(MATMUL, R, RK, RK, "R[A] = RK[B] @ RK[C]")                                      \
  X(TRUEDIV, R, RK, RK, "R[A] = RK[B] / RK[C]")                                     \
  X(FLOORDIV, R, RK, RK, "R[A] = RK[B] // RK[C]")                                   \
  X(MOD, R, RK, RK, "R[A] = RK[B] % RK[C]")                                         \
  X(POW, R, RK, RK, "R[A] = RK[B] ** RK[C]")                                        \
  X(LSHIFT, R, RK, RK, "R[A] = RK[B] << RK[C]")                                     \
  X(RSHIFT, R, RK, RK, "R[A] = RK[B] >> RK[C]")                                     \
  X(OR, R, RK, RK, "R[A] = RK[B] | RK[C]")                                          \
  X(XOR, R, RK, RK, "R[A] = RK[B] ^ RK[C]")                                         \
  X(AND, R, RK, RK, "R[A] = RK[B] & RK[C]")                                         \
  X(IADD, R, RK, RK, "R[A] = RK[B] += RK[C] (in place where the type allows)")      \
  X(ISUB, R, RK, RK, "R[A] = RK[B] -= RK[C]")                                       \
  X(IMUL, R, RK, RK, "R[A] = RK[B] *= RK[C]")                                       \
  X(IMATMUL, R, RK, RK, "R[A] = RK[B] @= RK[C]")                                    \
  X(ITRUEDIV, R, RK, RK, "R[A] = RK[B] /= RK[C]")                                   \
  X(IFLOORDIV, R, RK, RK, "R[A] = RK[B] //= RK[C]")                                 \
  X(IMOD, R, RK, RK, "R[A] = RK[B] %= RK[C]")                                       \
  X(IPOW, R, RK, RK, "R[A] = RK[B] **= RK[C]")                                      \
  X(ILSHIFT, R, RK, RK, "R[A] = RK[B] <<= RK[C]")                                   \
  X(IRSHIFT, R, RK, RK, "R[A] = RK[B] >>= RK[C]")                                   \
  X(IOR, R, RK, RK, "R[A] = RK[B] |= RK[C]")                                        \
  X(IXOR, R, RK, RK, "R[A] = RK[B] ^= RK[C]")                                       \
  X(IAND, R, RK, RK, "R[A] = RK[B] &= RK[C]")                                       \
  X(NEG, R, R, _, "R[A] = -R[B]")                                                   \
  X(POS, R, R, _, "R[A] = +R[B]")                                                   \
  X(INVERT, R, R, _, "R[A] = ~R[B]")                                                \
  X(NOT, R, R, _, "R[A] = not R[B]")                                                \
  /* comparisons: LT..GE follow value.h's CMPOPS order */                           \
  X(LT, R, RK, RK, "R[A] = RK[B] < RK[C]")                                          \
  X(LE, R, RK, RK, "R[A] = RK[B] <= RK[C]")                                         \
  X(EQ, R, RK, RK, "R[A] = RK[B] == RK[C]")                                         \
  X(NE, R, RK, RK, "R[A] = RK[B] != RK[C]")                                         \
  X(GT, R, RK, RK, "R[A] = RK[B] > RK[C]")                                          \
  X(GE, R, RK, RK, "R[A] = RK[B] >= RK[C]")                                         \
  X(IS, R, RK, RK, "R[A] = RK[B] is RK[C]")                                         \
  X(ISNOT, R, RK, RK, "R[A] = RK[B] is not RK[C]")                                  \
  X(IN, R, RK, RK, "R[A] = RK[B] in RK[C]")                                         \
  X(NOTIN, R, RK, RK, "R[A] = RK[B] not in RK[C]")                                  \
  /* control flow */                                                                \
  X(JMP, _, J, _, "pc = B")                                                         \
  X(JMPIF, R, J, _, "if R[A] is true: pc = B")                                      \
  X(JMPIFNOT, R, J, _, "if R[A] is false: pc = B")                                  \
  X(FUSE, R, R, K, "R[A] = fused array expression K[C] over R[B..] (src/fuse.h); if not fused, skip the next instruction") \
  /* compare and branch: JLT..JGE follow CMPOPS; next word: EXTRA with target B */   \
  X(JLT, N, RK, RK, "if (RK[B] < RK[C]) == A: pc = target")                         \
  X(JLE, N, RK, RK, "if (RK[B] <= RK[C]) == A: pc = target")                        \
  X(JEQ, N, RK, RK, "if (RK[B] == RK[C]) == A: pc = target")                        \
  X(JNE, N, RK, RK, "if (RK[B] != RK[C]) == A: pc = target")                        \
  X(JGT, N, RK, RK, "if (RK[B] > RK[C]) == A: pc = target")                         \
  X(JGE, N, RK, RK, "if (RK[B] >= RK[C]) == A: pc = target")                        \
  X(LOOP, _, J, N, "back-edge of a while loop: count loop C hot, safe point, pc = B") \
  X(FORPREP, R, J, _, "R[A] = iteration state of R[A] (range/list/tuple/iterator); pc = B") \
  X(FORLOOP, R, J, R, "next item of state R[A..A+2] into R[C] and pc = B (back-edge), or fall through; next word: loop id") \
  X(FORLOOPN, R, J, R, "FORLOOP unpacking the item into R[C..C+n) (for a, b in ...), n = next word's A") \
  X(GETITER, R, R, _, "R[A] = iter(R[B])")                                          \
  X(EXTRA, _, N, _, "not executed: operand word of the previous instruction")       \
  /* containers */                                                                  \
  X(BUILDLIST, R, R, N, "R[A] = [R[B], ..., R[B+C-1]]")                             \
  X(BUILDTUPLE, R, R, N, "R[A] = (R[B], ..., R[B+C-1])")                            \
  X(BUILDSET, R, R, N, "R[A] = {R[B], ..., R[B+C-1]}")                              \
  X(BUILDDICT, R, R, N, "R[A] = {R[B]: R[B+1], ...} (C pairs)")                     \
  X(BUILDSLICE, R, R, N, "R[A] = slice(R[B], R[B+1], R[B+2] if C == 3 else None)")  \
  X(FSTR, R, R, K, "R[A] = f-string of parts in R[B..], two registers each (value, spec); K[C]: a flag byte per part, FSTR_*") \
  X(FORMAT, R, R, N, "R[A] = format(conv(R[B]), R[B+1] if C&4); C&3: 0, !r, !s, !a") \
  X(LISTAPPEND, R, R, _, "R[A].append(R[B])")                                       \
  X(LISTEXTEND, R, R, _, "R[A].extend(R[B])")                                       \
  X(LISTTOTUPLE, R, R, _, "R[A] = tuple(list R[B])")                                \
  X(SETADD, R, R, _, "R[A].add(R[B])")                                              \
  X(SETUPDATE, R, R, _, "R[A].update(R[B])")                                        \
  X(DICTSET, R, R, R, "R[A][R[B]] = R[C] (displays, comprehensions)")               \
  X(DICTUPDATE, R, R, _, "R[A].update(R[B]) (** in a display)")                     \
  X(UNPACK, R, R, N, "R[A..A+C) = the C items of R[B]")                             \
  X(UNPACKEX, R, R, N, "R[A..A+C), R[A+C] = list(middle), R[A+C+1..]: next word B = count after") \
  /* subscripts and attributes */                                                   \
  X(GETITEM, R, R, RK, "R[A] = R[B][RK[C]]")                                        \
  X(SETITEM, R, RK, RK, "R[A][RK[B]] = RK[C]")                                      \
  X(DELITEM, R, RK, _, "del R[A][RK[B]]")                                           \
  X(GETATTR, R, R, K, "R[A] = R[B].K[C]")                                           \
  X(SETATTR, R, K, R, "R[A].K[B] = R[C]")                                           \
  X(DELATTR, R, K, _, "del R[A].K[B]")                                              \
  X(LOADMETH, R, R, K, "R[A], R[A+1] = method K[C] of R[B] and self (or attribute, <empty>)") \
  /* calls */                                                                       \
  X(CALL, R, N, N, "R[A] = R[A](R[A+1..A+B]); C>0: the last len(K[C-1]) args are keywords named by tuple K[C-1]") \
  X(CALLMETH, R, N, N, "R[A] = R[A](self R[A+1], R[A+2..A+B+1]); C as in CALL")     \
  X(CALLEX, R, N, _, "R[A] = R[A](*R[A+1], **R[A+2] if B)")                         \
  X(RETURN, R, _, _, "return R[A]")                                                 \
  X(RETURNNONE, _, _, _, "return None")                                             \
  X(MKFUNC, R, K, N, "R[A] = function(code K[B]); C&1: defaults R[A+1]; C&2: kw defaults R[A+2]") \
  X(YIELD, R, R, N, "suspend, yielding R[B]; on resume R[A] = sent value (None); C=1: in yield from (throw() goes to R[A-1])") \
  X(SEND, R, J, R, "R[C] = next(R[A]) if R[A+1] is None else R[A].send(R[A+1]); exhausted: R[C] = its return value, pc = B") \
  /* exceptions */                                                                  \
  X(RAISE, R, N, _, "B=0: raise R[A]; B=1: raise R[A] from R[A+1]; B=2: bare raise") \
  X(RERAISE, R, _, _, "re-raise R[A] without a new traceback entry")               \
  X(PUSHEXC, R, _, _, "entering an except block: R[A+1] = handled exception; handled = R[A]") \
  X(POPEXC, R, _, _, "leaving an except block: handled exception = R[A]")           \
  X(ITERCLOSE, R, _, _, "leaving a for loop by break/return: close R[A] if the loop owns that generator") \
  X(EXCMATCH, R, R, R, "R[A] = exception R[B] matches class or tuple R[C]")         \
  X(WITHENTER, R, R, R, "R[A] = R[B].__enter__, R[C] = R[B].__exit__ (TypeError without them)") \
  X(ASSERTFAIL, R, N, _, "raise AssertionError(R[A] if B else nothing)")            \
  /* modules */                                                                     \
  X(IMPORT, R, K, N, "R[A] = import K[B]; C=0: top-level package, C=1: the module itself") \
  X(IMPORTFROM, R, R, K, "R[A] = from module R[B] import K[C]")                     \
  X(IMPORTSTAR, R, _, _, "from module R[A] import *")                               \
  X(ECHO, R, _, _, "REPL: print repr(R[A]) unless None")

typedef enum {
#define BC_ENUM_(name, a, b, c, doc) OP_##name,
  BYTECODE(BC_ENUM_)
#undef BC_ENUM_
  OP__COUNT
} OpCode;

_Static_assert(OP__COUNT <= 256, "opcode must fit 8 bits");
/* vm.c and compile.c map BinOp/CmpOp to opcodes by offset. */
_Static_assert(OP_AND - OP_ADD == 12 && OP_IAND - OP_IADD == 12, "BINOPS order");
_Static_assert(OP_GE - OP_LT == 5 && OP_JGE - OP_JLT == 5, "CMPOPS order");

/* Operand kinds, for the disassembler. */
enum { BCK__, BCK_R, BCK_K, BCK_RK, BCK_N, BCK_J, BCK_I };

/* ---- field access ------------------------------------------------------ */

#define BC_MAXA 0xFFFF
#define BC_MAXB 0xFFFFF
#define BC_MAXC 0xFFFFF
#define BC_KBIT 0x80000u           /* RK: constant flag */
#define BC_MAXRK (BC_KBIT - 1)     /* registers/constants addressable by RK */
#define BC_IMM_BIAS 0x80000        /* LOADI: B - bias */

/* FSTR's flag byte of a part: the conversion (1 !r, 2 !s, 3 !a), a format
** spec in the part's second register, or a literal str. */
enum { FSTR_CONV = 3, FSTR_SPEC = 4, FSTR_LITERAL = 8 };

static inline OpCode bc_op(Instr i) { return (OpCode)(i & 0xFF); }
static inline uint32_t bc_a(Instr i) { return (uint32_t)(i >> 8) & 0xFFFF; }
static inline uint32_t bc_b(Instr i) { return (uint32_t)(i >> 24) & 0xFFFFF; }
static inline uint32_t bc_c(Instr i) { return (uint32_t)(i >> 44) & 0xFFFFF; }
static inline Instr bc_make(OpCode op, uint32_t a, uint32_t b, uint32_t c) {
  return (Instr)op | (Instr)(a & 0xFFFF) << 8 | (Instr)(b & 0xFFFFF) << 24 |
         (Instr)(c & 0xFFFFF) << 44;
}
/* The loop id of a back-edge (LOOP, or FORLOOP and its EXTRA word). */
static inline uint32_t bc_loop_id(const Instr *pc) {
  return bc_op(*pc) == OP_LOOP ? bc_c(*pc) : bc_b(pc[1]);
}
static inline int bc_is_forloop(uint32_t op) { return op == OP_FORLOOP || op == OP_FORLOOPN; }
static inline Instr bc_set_b(Instr i, uint32_t b) {
  return (i & ~((Instr)0xFFFFF << 24)) | (Instr)(b & 0xFFFFF) << 24;
}
static inline Instr bc_set_c(Instr i, uint32_t c) {
  return (i & ~((Instr)0xFFFFF << 44)) | (Instr)(c & 0xFFFFF) << 44;
}

extern const char *const bc_names[OP__COUNT];

#endif
