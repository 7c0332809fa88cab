/*
** ir.h — the trace IR: typed SSA instructions, constants, snapshots.
**
** One trace is one IRTrace. Instructions and constants are both IRIns and are
** named by an IRRef. Constants live *below* REF_BIAS (growing down), ordinary
** instructions at and above it (growing up), as in LuaJIT: a constant is
** loop-invariant by construction, and "is this a constant?" is one compare.
**
** Every op is one line of IRDEF: its name, the kinds of its two operands and
** of its literal, the rule for its result type, and its flags. Everything
** else (the enum, the name table, the checker, the dump, both backends'
** dispatch) is derived from or switches over that table.
**
** Shape of a loop trace (what the recorder emits, what the backends expect):
**
**     SLOAD ... (entry: read and type-check interpreter slots)
**     ...       (pre-roll: runs once; invariant code the optimiser hoisted)
**     LOOP
**     ...       (body: runs every iteration; guards exit)
**     PHI a b   (loop-carried values: a is defined before LOOP, b in the body;
**               at the end of each iteration a := b, all PHIs in parallel)
**
** A trace without LOOP is straight-line code that must end in EXIT.
**
** Trace trees (trace/tree.c): after the PHIs a loop trace may hold side
** code, one region per snapshot whose exit became hot:
**
**     SIDE #N   guards with snapshot N jump here instead of exiting
**     ...       the side trace: ordinary instructions and guards
**     SPHI a b  (a PHI's first operand a := b, all SPHIs of the region at once)
**     CONT      back to the top of the loop body
**
** or, instead of SPHIs and CONT, an EXIT (the side path ended with values
** the loop cannot carry). Side code may use any value its guard dominates.
**
** Exits: every guard carries a snapshot number. When its condition fails the
** compiled code writes the snapshot's slots back into the interpreter frame as
** boxed Values and returns the snapshot number (the exit id); the VM resumes
** at the snapshot's pc. See jit/backend.h for the function ABI.
*/
#ifndef STREAK_IR_H
#define STREAK_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* ---- types -------------------------------------------------------------- */

/* IR value types: name, C type (for cgen), size in bytes. The array element
** types (I8..U64, F32) appear only as ALOAD results, ASTORE values, CONV
** operands/results and FLOAD/FSTORE fields; arithmetic is on I64, F64, BOOL.
** Complex numbers are pairs of F64 values (re, im): the optimiser sinks them
** for free, and a snapshot entry of kind SNAP_COMPLEX boxes a pair on exit. */
#define IRTYPEDEF(_)                                                          \
  _(VOID, "void", 0) _(BOOL, "_Bool", 1)                                      \
  _(I8, "int8_t", 1) _(I16, "int16_t", 2) _(I32, "int32_t", 4)                \
  _(I64, "int64_t", 8) _(U8, "uint8_t", 1) _(U16, "uint16_t", 2)              \
  _(U32, "uint32_t", 4) _(U64, "uint64_t", 8) _(F32, "float", 4)              \
  _(F64, "double", 8) _(PTR, "void *", 8)

typedef enum {
#define X(name, ctype, size) IRT_##name,
  IRTYPEDEF(X)
#undef X
  IRT__COUNT
} IRType;

extern const char *const ir_type_name[IRT__COUNT];  /* "i64", "f64", … */
extern const char *const ir_type_ctype[IRT__COUNT]; /* "int64_t", … */
extern const uint8_t ir_type_size[IRT__COUNT];

static inline bool irt_isint(IRType t) { return t >= IRT_I8 && t <= IRT_U64; }
static inline bool irt_isfloat(IRType t) { return t == IRT_F32 || t == IRT_F64; }
static inline bool irt_issigned(IRType t) { return t >= IRT_I8 && t <= IRT_I64; }

/* ---- the op table ------------------------------------------------------- */

/*
** Operand kinds (columns a, b, lit):
**   R  an IRRef to a value            N  unused (must be 0)
**   L  a literal: slot number, byte offset, call target, element type
** Result type rules:
**   A     the type of operand a           ANY  chosen by the emitter
**   BOOL, I64, F64, PTR, VOID  fixed
** Flags:
**   PURE   no side effect, no memory read: CSE and hoisting are free
**   LOAD   reads memory (CSE only across no aliasing store)
**   STORE  writes memory or calls out: never removed, never moved
**   GUARD  may exit: carries a snapshot (IRIns.snap)
**   K      a constant (lives below REF_BIAS)
**
** Semantics notes (where C and Python differ, the op has Python's meaning):
**   ADD/SUB/MUL/NEG on ints wrap (use them once overflow is disproved); the
**   *OV forms exit on overflow. DIVI/MODI are Python's // and % on ints (floor
**   rounding, result sign of the divisor), exiting on a zero divisor (and for
**   DIVI on INT64_MIN // -1). DIV is IEEE float division (guard b != 0 first:
**   Python raises ZeroDivisionError). Float // and % are calls (IRCALLDEF).
**   MIN/MAX have Python's min(a, b)/max(a, b) meaning: the first argument
**   unless the second is strictly smaller/greater (NaNs included).
**   SHL/SHR exit on a negative count; SHL also when bits are lost.
**   CONV converts a's type to the result type like a C cast (int→int wraps,
**   int→float rounds); FTOI is Python's int(float): truncation, exiting when
**   the value is NaN, infinite or outside int64.
**   LT…NE compare two I64, two F64 (IEEE: NaN compares false except NE), two
**   BOOL or two PTR values, giving BOOL. ULT is an unsigned I64 compare.
**   GUARDT/GUARDF exit unless a is true/false; a GUARDT with lit
**   IR_GUARD_TIERUP is opt_loop's check for code swapped in by the tier-up
**   (EQ of two VLOADs of the JitTrace's entry), which gccjit's code, the
**   last tier, leaves out with its loads. BOUNDS exits unless
**   0 <= a < b (a, b I64): the optimiser hoists it to one check per loop.
**   SLOAD reads interpreter slot `lit` of the frame (base[lit]) and checks its
**   tag against the result type (I64: V_INT, F64: V_FLOAT, BOOL: V_BOOL,
**   PTR: V_OBJ); it is a guard. With a NumPy dtype in the literal's top byte
**   (ir_sload_lit) it unboxes a NumPy scalar instead: it checks that the
**   slot holds an object of type np_scalar_type(dt) and loads its payload,
**   widened to the result type (ir_np_payload: ints I64, floats F64, bool
**   BOOL).
**   FLOAD reads the field at byte offset `lit` of the object a points to;
**   VLOAD is a volatile FLOAD, re-read on every execution (the interrupt
**   flag, the tier-up swap cell): never CSE'd, hoisted or kept in a register;
**   FSTORE writes b there. AREF is the address of element b (I64 index, in
**   elements) of an array of type `lit` whose data pointer is a; ALOAD/ASTORE
**   read/write through such an address with that element type.
**   CALL calls target `lit` of the trace's call table; a is its single
**   argument or a left-nested chain of CARG(CARG(x, y), z); the call is PURE
**   or STORE as the target says.
**   RLOAD is SLOAD after the ICALL a: it reads a slot the stitched
**   instructions wrote (never hoisted or CSE'd across another ICALL).
**   ICALL ("stitch") writes the snapshot back, runs the interpreter from the
**   snapshot's pc up to (not including) pc `lit`, and continues the trace;
**   slots it may change must be re-read with SLOAD afterwards. When the
**   interpreter leaves that range (an exception, a branch out) the trace
**   returns TRACE_EXIT_INTERP at once.
**   EXIT always exits through its snapshot.
*/
#define IRDEF(_)                                                              \
  /* constants: payload in IRIns.k */                                         \
  _(KINT,   N, N, N, ANY,  K)     /* I64 or BOOL constant */                  \
  _(KNUM,   N, N, N, F64,  K)     /* F64 constant */                          \
  _(KPTR,   N, N, N, PTR,  K)     /* pointer constant (object, table) */      \
  /* structure */                                                             \
  _(NOP,    N, N, N, VOID, PURE)  /* deleted instruction */                   \
  _(LOOP,   N, N, N, VOID, STORE) /* start of the loop body */                \
  _(PHI,    R, R, N, A,    STORE) /* a := b at the end of each iteration */   \
  _(EXIT,   N, N, N, VOID, GUARD) /* unconditional exit */                    \
  /* trace trees: side code after the PHIs (see "Trace trees" below) */       \
  _(SIDE,   N, N, L, VOID, STORE) /* side code for the guards of snapshot lit */ \
  _(SPHI,   R, R, N, A,    STORE) /* side code continuing: a := b */          \
  _(CONT,   N, N, N, VOID, STORE) /* the SPHIs at once, then the next iteration */ \
  /* guards */                                                                \
  _(GUARDT, R, N, N, VOID, GUARD)                                             \
  _(GUARDF, R, N, N, VOID, GUARD)                                             \
  _(BOUNDS, R, R, N, VOID, GUARD)                                             \
  /* interpreter slots and memory */                                          \
  _(SLOAD,  N, N, L, ANY,  GUARD | LOAD)                                      \
  _(RLOAD,  R, N, L, ANY,  GUARD | LOAD)                                      \
  _(FLOAD,  R, N, L, ANY,  LOAD)                                              \
  _(VLOAD,  R, N, L, ANY,  LOAD)  /* a VM cell (interrupt, tier-up) */       \
  _(FSTORE, R, R, L, VOID, STORE)                                             \
  _(AREF,   R, R, L, PTR,  PURE)                                              \
  _(ALOAD,  R, N, N, ANY,  LOAD)                                              \
  _(ASTORE, R, R, N, VOID, STORE)                                             \
  /* arithmetic: I64 or F64 as operand a */                                   \
  _(ADD,    R, R, N, A,    PURE)                                              \
  _(SUB,    R, R, N, A,    PURE)                                              \
  _(MUL,    R, R, N, A,    PURE)                                              \
  _(DIV,    R, R, N, F64,  PURE)                                              \
  _(NEG,    R, N, N, A,    PURE)                                              \
  _(ABS,    R, N, N, F64,  PURE)                                              \
  _(MIN,    R, R, N, A,    PURE)                                              \
  _(SELECT, R, R, N, ANY,  PURE)  /* a ? b.a : b.b (b a CARG pair) */         \
  _(MAX,    R, R, N, A,    PURE)                                              \
  _(ADDOV,  R, R, N, I64,  GUARD)                                             \
  _(SUBOV,  R, R, N, I64,  GUARD)                                             \
  _(MULOV,  R, R, N, I64,  GUARD)                                             \
  _(NEGOV,  R, N, N, I64,  GUARD)                                             \
  _(DIVI,   R, R, N, I64,  GUARD)                                             \
  _(MODI,   R, R, N, I64,  GUARD)                                             \
  /* bits (I64) */                                                            \
  _(BAND,   R, R, N, A,    PURE)  /* also BOOL and */                         \
  _(BOR,    R, R, N, A,    PURE)  /* also BOOL or */                          \
  _(BXOR,   R, R, N, A,    PURE)                                              \
  _(BNOT,   R, N, N, I64,  PURE)                                              \
  _(SHL,    R, R, N, I64,  GUARD)                                             \
  _(SHR,    R, R, N, I64,  GUARD)                                             \
  _(NOT,    R, N, N, BOOL, PURE)  /* BOOL not */                              \
  /* comparisons → BOOL */                                                    \
  _(LT,     R, R, N, BOOL, PURE)                                              \
  _(LE,     R, R, N, BOOL, PURE)                                              \
  _(GT,     R, R, N, BOOL, PURE)                                              \
  _(GE,     R, R, N, BOOL, PURE)                                              \
  _(EQ,     R, R, N, BOOL, PURE)                                              \
  _(NE,     R, R, N, BOOL, PURE)                                              \
  _(ULT,    R, R, N, BOOL, PURE)                                              \
  /* conversions */                                                           \
  _(CONV,   R, N, N, ANY,  PURE)                                              \
  _(FTOI,   R, N, N, I64,  GUARD)                                             \
  /* calls */                                                                 \
  _(CARG,   R, R, N, VOID, PURE)                                              \
  _(CALL,   R, N, L, ANY,  STORE) /* PURE if the target is */                 \
  _(ICALL,  N, N, L, VOID, GUARD | STORE)

enum { IRF_PURE = 1, IRF_LOAD = 2, IRF_STORE = 4, IRF_GUARD = 8, IRF_K = 16 };
enum { IRM_N = 0, IRM_R = 1, IRM_L = 2 }; /* operand kinds */
enum { IRTR_ANY = 0x80, IRTR_A = 0x81 };  /* result rules besides fixed types */

typedef enum {
#define X(name, a, b, lit, rt, flags) IR_##name,
  IRDEF(X)
#undef X
  IR__COUNT
} IROp;

typedef struct IROpInfo {
  const char *name;
  uint8_t mode_a, mode_b, mode_lit; /* IRM_* */
  uint8_t result;                   /* an IRType or IRTR_ANY / IRTR_A */
  uint8_t flags;                    /* IRF_* */
} IROpInfo;

extern const IROpInfo ir_op_info[IR__COUNT];

/* ---- instructions ------------------------------------------------------- */

typedef uint32_t IRRef;
#define REF_BIAS 0x40000000u /* first instruction; constants are below */
#define REF_NONE 0u          /* "no operand" (below every constant) */

enum { IR_GUARD_TIERUP = 1 }; /* GUARDT's lit (see above) */

typedef struct IRIns {
  uint8_t op;    /* IROp */
  uint8_t type;  /* IRType of the result */
  uint16_t snap; /* guards: snapshot number (the exit id) */
  uint32_t lit;  /* literal operand */
  union {
    struct { IRRef a, b; };          /* operands */
    int64_t i; double f; void *p;    /* constants: KINT, KNUM, KPTR */
  };
} IRIns;
_Static_assert(sizeof(IRIns) == 16, "IRIns is meant to stay 16 bytes");

/* ---- call targets ------------------------------------------------------- */

/* A C function the trace may call: by name in generated C (the tcc tier
** binds the name to `addr`), by address in the gccjit tier. Up to 4 args. */
typedef struct IRCallTarget {
  const char *name; /* a C identifier, unique per trace */
  void *addr;
  uint8_t ret;      /* IRType */
  uint8_t nargs;
  uint8_t args[4];  /* IRTypes */
  bool pure;        /* no side effect: CSE/hoist/dead-code removal allowed */
  bool own_state;   /* impure, but writes only memory no trace loads (a random
                       generator's state): the trace's loads stay CSE'd and
                       hoisted across it */
  bool allocates;   /* makes heap objects: a loop calling it leaves at its
                       header when the collector is due (opt_loop.c) */
} IRCallTarget;

/* May a call to ct change what the trace's loads read? */
static inline bool ir_call_stores(const IRCallTarget *ct) { return !ct->pure && !ct->own_state; }

/* libm and the Python float helpers every trace may use: name, result,
** argument count, argument types (the first's, the others'). `ir_call_builtin(IRCALL_sqrt)` gives the
** target. The libm functions are correctly rounded or identical in both tiers
** because both call the same glibc code. */
#define IRCALLDEF(_)                                                          \
  _(sqrt, F64, 1, F64, F64) _(sin, F64, 1, F64, F64) _(cos, F64, 1, F64, F64) \
  _(tan, F64, 1, F64, F64) _(asin, F64, 1, F64, F64)                          \
  _(acos, F64, 1, F64, F64) _(atan, F64, 1, F64, F64)                         \
  _(atan2, F64, 2, F64, F64) _(exp, F64, 1, F64, F64)                         \
  _(expm1, F64, 1, F64, F64) _(log, F64, 1, F64, F64)                         \
  _(log2, F64, 1, F64, F64) _(log10, F64, 1, F64, F64)                        \
  _(log1p, F64, 1, F64, F64) _(pow, F64, 2, F64, F64)                         \
  _(sinh, F64, 1, F64, F64) _(cosh, F64, 1, F64, F64)                         \
  _(tanh, F64, 1, F64, F64) _(floor, F64, 1, F64, F64)                        \
  _(ceil, F64, 1, F64, F64) _(trunc, F64, 1, F64, F64)                        \
  _(fabs, F64, 1, F64, F64) _(fmod, F64, 2, F64, F64)                         \
  _(hypot, F64, 2, F64, F64) _(copysign, F64, 2, F64, F64)                    \
  _(ir_py_floordiv, F64, 2, F64, F64) /* Python float //; b != 0 */           \
  _(ir_py_mod, F64, 2, F64, F64)      /* Python float %;  b != 0 */         \
  _(ir_pow2, F64, 1, F64, F64)        /* pow(x, 2.0) exactly (num_pow2) */ \
  _(ir_py_hypot, F64, 2, F64, F64)    /* math.hypot (num_py_hypot) */     \
  _(ir_hypot_lt, BOOL, 3, F64, F64)   /* hypot(x, y) < k (num_hypot_cmp); */ \
  _(ir_hypot_le, BOOL, 3, F64, F64)   /* these four in this order */          \
  _(ir_hypot_gt, BOOL, 3, F64, F64) _(ir_hypot_ge, BOOL, 3, F64, F64)

typedef enum {
#define X(name, ret, n, a0, a1) IRCALL_##name,
  IRCALLDEF(X)
#undef X
  IRCALL__COUNT
} IRCallId;

const IRCallTarget *ir_call_builtin(IRCallId id);
/* 0..3 for ir_hypot_lt, _le, _gt, _ge (num_hypot_cmp's op), else -1. */
int ir_hypot_cmp_op(const IRCallTarget *ct);
double ir_py_floordiv(double a, double b);
double ir_py_mod(double a, double b);
double ir_pow2(double x);
double ir_py_hypot(double x, double y);
bool ir_hypot_lt(double x, double y, double k);
bool ir_hypot_le(double x, double y, double k);
bool ir_hypot_gt(double x, double y, double k);
bool ir_hypot_ge(double x, double y, double k);

/* ---- NumPy scalars ------------------------------------------------------ */

/* A NumPy scalar (runtime/array.h NpScalar) kept unboxed in a trace is its
** payload widened to an arithmetic type; the recorder tracks its dtype. An
** SLOAD that unboxes one carries the dtype in its literal's top byte. */
enum { IR_SLOAD_NPSHIFT = 24 };
static inline uint32_t ir_sload_lit(uint32_t slot, int dt) {
  return slot | (uint32_t)(dt + 1) << IR_SLOAD_NPSHIFT;
}
static inline uint32_t ir_sload_slot(uint32_t lit) { return lit & ((1u << IR_SLOAD_NPSHIFT) - 1); }
static inline int ir_sload_npdt(uint32_t lit) { return (int)(lit >> IR_SLOAD_NPSHIFT) - 1; }
/* Two pseudo-dtypes unbox a Python complex the same way: its real or its
** imaginary part (an SLOAD each; the recorder keeps the pair). A third
** accepts a NumPy float64 or a Python float alike (record.c's loose reads:
** where the result's kind does not depend on which it is). */
enum { IR_NP_CRE = 64, IR_NP_CIM = 65, IR_NP_F64ANY = 66 };
/* The element type of dtype dt in memory (I8 ... F64; BOOL is U8), and the
** type its value has in the IR (I64 for every integer, F64 for floats,
** BOOL). VOID for dtypes traces cannot hold (complex). */
IRType ir_np_storage(int dt);
IRType ir_np_payload(int dt);
/* np_scalar_type(dt) (&TYPE_COMPLEX for the pseudo-dtypes), and the byte
** offset of the payload in such an object. */
const void *ir_np_type(int dt);
uint32_t ir_np_offset(int dt);

/* ---- snapshots ---------------------------------------------------------- */

/* How an exit boxes one slot. */
#define SNAPKINDDEF(_)                                                        \
  _(INT)     /* ref (I64)  → V_INT */                                         \
  _(FLOAT)   /* ref (F64)  → V_FLOAT */                                       \
  _(BOOL)    /* ref (BOOL) → V_BOOL */                                        \
  _(OBJ)     /* ref (PTR)  → V_OBJ */                                         \
  _(NONE)    /* no ref     → V_NONE */                                        \
  _(COMPLEX) /* ref, ref2 (F64 re, im) → a new complex (TraceCtx.box_complex) */ \
  _(NP)      /* ref (ir_np_payload(dt)) → a new NumPy scalar of dtype SnapEntry.dt \
             ** (TraceCtx.box_np) */                                          \
  _(CFUNC)   /* ref (PTR constant) → V_EMPTY with that payload: the C method \
             ** LOADMETH puts in its register (vm.c load_method) */           \
  _(FRAME)   /* no ref: the frame has it (a stitched instruction wrote it; the \
             ** exit stores nothing, and a body copy does not add the carried value) */

typedef enum {
#define X(name) SNAP_##name,
  SNAPKINDDEF(X)
#undef X
  SNAP__COUNT
} SnapKind;

typedef struct SnapEntry {
  uint16_t slot;  /* interpreter register, relative to the trace's base */
  uint8_t kind;   /* SnapKind */
  uint8_t dt;     /* SNAP_NP: the NumPy dtype (a DType); else 0 */
  IRRef ref, ref2;
} SnapEntry;

/* One interpreter frame of a call the recorder inlined, live at a
** snapshot: the exit rebuilds it (trace/exit.c) so that the interpreter
** resumes inside the callee. Frames are listed outermost first; the
** snapshot's pc is in the innermost one's code, each frame's callpc in its
** caller's. */
typedef struct SnapFrame {
  const void *fn;   /* the callee (a Function; the trace keeps it alive) */
  uint32_t base;    /* its register window's first slot, relative to the trace's base */
  uint32_t callpc;  /* bytecode index of the CALL in the caller */
  uint32_t ret;     /* the caller's register that receives the result */
} SnapFrame;

typedef struct Snapshot {
  uint32_t pc;      /* bytecode index to resume at */
  uint32_t first;   /* first entry in IRTrace.snapmap */
  uint32_t nent;
  IRRef ref;        /* first instruction emitted under this snapshot */
  uint32_t count;   /* exits taken (the VM increments it; hotexit) */
  uint32_t firstframe; /* first inlined frame in IRTrace.snapframes */
  uint32_t nframe;     /* inlined calls live here (0: the trace's own frame) */
} Snapshot;

/* ---- traces ------------------------------------------------------------- */

typedef struct IRTrace {
  IRIns *ins;   uint32_t nins, capins;  /* ins[i] is ref REF_BIAS + i */
  IRIns *k;     uint32_t nk, capk;      /* k[i] is ref REF_BIAS - 1 - i */
  Snapshot *snaps; uint32_t nsnap, capsnap;
  SnapEntry *snapmap; uint32_t nsnapmap, capsnapmap;
  SnapFrame *snapframes; uint32_t nsnapframes, capsnapframes;
  const IRCallTarget **calls; uint32_t ncalls, capcalls;
  uint32_t cursnap;  /* snapshot given to guards emitted now */
  IRRef loop;        /* the LOOP instruction, or REF_NONE */
  uint32_t id;       /* trace number (names the C function "trace_<id>") */
  bool fastmath;     /* allow contraction/reassociation (@njit(fastmath=True)) */
  const char *where; /* "file.py:12" for dumps; not owned */
} IRTrace;

void ir_init(IRTrace *tr, uint32_t id);
void ir_free(IRTrace *tr);

static inline bool ir_isconst(IRRef r) { return r < REF_BIAS && r != REF_NONE; }
static inline IRIns *ir_at(const IRTrace *tr, IRRef r) {
  return r >= REF_BIAS ? &tr->ins[r - REF_BIAS] : &tr->k[REF_BIAS - 1 - r];
}
static inline IRRef ir_nextref(const IRTrace *tr) { return REF_BIAS + tr->nins; }
static inline IRType ir_typeof(const IRTrace *tr, IRRef r) { return (IRType)ir_at(tr, r)->type; }

/* Constants, interned: the same value and type give the same ref. */
IRRef ir_kint(IRTrace *tr, int64_t v);
IRRef ir_kbool(IRTrace *tr, bool v);
IRRef ir_knum(IRTrace *tr, double v);   /* by bits: 0.0 and -0.0 differ */
IRRef ir_kptr(IRTrace *tr, const void *p);

/* Appends an instruction. A GUARD op gets the current snapshot. */
IRRef ir_emit(IRTrace *tr, IROp op, IRType t, IRRef a, IRRef b, uint32_t lit);
/* Shorthands for the common shapes; the result type follows the table. */
IRRef ir_emit2(IRTrace *tr, IROp op, IRRef a, IRRef b);
IRRef ir_emit1(IRTrace *tr, IROp op, IRRef a);
IRRef ir_sload(IRTrace *tr, uint32_t slot, IRType t);
IRRef ir_conv(IRTrace *tr, IRRef a, IRType to);
IRRef ir_loop(IRTrace *tr);
IRRef ir_phi(IRTrace *tr, IRRef before, IRRef body);
/* Calls target with n args (0..4), registering it in tr->calls. */
IRRef ir_call(IRTrace *tr, const IRCallTarget *target, int n, const IRRef *args);
uint32_t ir_call_index(IRTrace *tr, const IRCallTarget *target);

/* Starts a snapshot resuming at pc; entries follow with ir_snap_add. It
** becomes the current snapshot. Returns its number. */
uint32_t ir_snap_begin(IRTrace *tr, uint32_t pc);
void ir_snap_add(IRTrace *tr, uint32_t slot, SnapKind kind, IRRef ref, IRRef ref2);
/* A SNAP_NP entry: the payload ref boxed as a NumPy scalar of dtype dt. */
void ir_snap_add_np(IRTrace *tr, uint32_t slot, int dt, IRRef ref);
/* Adds an inlined frame to the snapshot being built (outermost first). */
void ir_snap_frame(IRTrace *tr, const void *fn, uint32_t base, uint32_t callpc, uint32_t ret);
static inline const SnapFrame *ir_snap_frames(const IRTrace *tr, uint32_t snap) {
  return &tr->snapframes[tr->snaps[snap].firstframe];
}
static inline const SnapEntry *ir_snap_entries(const IRTrace *tr, uint32_t snap) {
  return &tr->snapmap[tr->snaps[snap].first];
}

/* Verifies operand kinds, types, SSA order, snapshots and the loop shape.
** Returns true if well formed; else writes one line to err. Both backends
** call it first; the recorder author should call it in debug builds. */
bool ir_check(const IRTrace *tr, char *err, size_t errlen);

/* Collects the call arguments of a CALL (flattening CARG chains). */
int ir_call_args(const IRTrace *tr, IRRef a, IRRef out[4]);

/* Sinking, for both backends: a pure value that only snapshots read (the
** hypot of mandelbrot's abs(z) once num_hypot_cmp makes its comparison)
** is computed in the exits that store it, not in every iteration. Its
** operands were computed before the exit and are unchanged there (a
** loop-carried variable changes only at the PHIs, after every exit of the
** iteration). ir_plan_sinking: [nins] 1 for those values (malloc'd).
** ir_sunk_needed: [nins] 1 for the sunk values snapshot snap stores and
** the sunk values they read, to compute in IR order below *hi (malloc'd). */
uint8_t *ir_plan_sinking(const IRTrace *tr);
uint8_t *ir_sunk_needed(const IRTrace *tr, const uint8_t *sunk, uint32_t snap, uint32_t *hi);

/* What guard g (GUARDT or GUARDF of an int LT, LE, GT or GE with x as an
** operand) establishes when it passes, as x op y; false for any other g. */
bool ir_guard_relation(const IRTrace *tr, const IRIns *g, IRRef x, IROp *op, IRRef *y);

/* The index of the first instruction after a loop trace's body (its first
** PHI or side code; nins for a trace without LOOP). */
uint32_t ir_body_end(const IRTrace *tr);

/* Counted loops, for the backends. A loop body whose guards are only
**   - its trip test: GUARDT/GUARDF of a compare of x, a loop-carried int
**     whose next value is x + 1 (or x - 1), with y invariant, that holds
**     while x has not yet reached y (x < y, x <= y; x > y, x >= y), and
**   - head guards: tests of invariant values and of VLOADs (the VM's
**     interrupt flag, the tier-up cell: cells no trace store or helper
**     call writes; a signal, another thread or the VM between trace runs
**     changes them),
** passes every guard in the next `trip` iterations whenever the head
** guards pass now, where trip is how many more times the trip test holds
** (y - x, y - x + 1, x - y, x - y + 1). A backend may run those as a
** plain counted loop without guards, which gcc can vectorise, checking
** the head guards again between chunks so that an interrupt still stops
** the loop; the rest runs the body as it is. The interrupt flag is then
** seen up to a chunk later, at an iteration boundary as before.
** ir_counted_loop fills *c (c->head: [nins] 1 for the head guards and the
** instructions only they need, built once per chunk; malloc'd) or returns
** false. Only a counted loop with no other guard (SHR by a constant
** cannot fail) qualifies. */
typedef struct IRCounted {
  IRRef guard;       /* the trip test */
  IRRef x, y;
  IROp op;           /* IR_LT, IR_LE, IR_GT or IR_GE: the test is x op y */
  uint32_t end;      /* the body is ins[loop + 1 .. end) (then PHIs or SIDEs) */
  uint8_t *head;
} IRCounted;
bool ir_counted_loop(const IRTrace *tr, IRCounted *c);

/* dump.c: the IR with snapshots, LuaJIT style (`-j dump`). */
void ir_dump(FILE *f, const IRTrace *tr);
void ir_dump_ins(FILE *f, const IRTrace *tr, IRRef ref);
const char *ir_snapkind_name(SnapKind k);

#endif
