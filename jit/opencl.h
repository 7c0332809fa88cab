/*
** opencl.h — @cuda.jit functions lowered to OpenCL C (jit/opencl.c), and
** the dispatcher object src/mod_cuda.c builds around them.
**
** ## Typing
** A kernel is typed from its launch's argument types (or an eager
** signature) by a compact typer over the function's AST written for the
** kernel subset (scalars, arrays by dtype/ndim/layout/address space, small
** homogeneous int/float tuples as OpenCL vectors, compile-time values:
** modules, intrinsics, dtypes, device functions, frozen global numbers).
** Variables take the unification of every value assigned to them (a
** fixpoint over the body, Numba's rule: int ∪ float → float64). It is
** separate from trace/infer.c (the @njit typer) because kernels need
** address spaces, intrinsics and OpenCL's vector types; both follow
** Numba's promotion rules and can be merged later.
**
** ## Generated code
** One OpenCL C program per (kernel, signature): device functions become
** OpenCL functions specialised on their argument types (arrays keep their
** address space: __global, __local for cuda.shared.array, private for
** cuda.local.array). A kernel takes `__global int *__err` first and passes
** it on to device functions: an out-of-bounds index (checked by default;
** boundscheck=False or STREAK_CUDA_BOUNDSCHECK=0 turn it off) or an integer
** division by zero stores the code of its site there (the first one wins,
** in a cold branch so that loads stay vectorisable) and goes on with index
** 0 / result 0, so a kernel never touches memory outside its arrays and
** never deadlocks at a barrier; the host raises IndexError /
** ZeroDivisionError naming the kernel, file and line at the next
** synchronisation. Array arguments are
** passed as (pointer, element offset, shape[n], strides[n] in elements).
** `#pragma OPENCL FP_CONTRACT OFF` and -cl-fp32-correctly-rounded-divide-sqrt
** keep + - * / sqrt IEEE-exact as SPEC.md asks (fastmath=True lifts both).
*/
#ifndef STREAK_JIT_OPENCL_H
#define STREAK_JIT_OPENCL_H

#include <stdbool.h>
#include <stdint.h>

#include "../src/ast.h"
#include "../src/util.h"
#include "../src/value.h"

enum { CK_UNK = 0, CK_SCALAR, CK_ARRAY, CK_TUPLE, CK_VOID, CK_CT };
enum { CS_GLOBAL = 0, CS_LOCAL, CS_PRIVATE };

typedef struct ClTy {
  uint8_t k;        /* CK_* */
  uint8_t dt;       /* DType of a scalar, array element, tuple item, CT dtype */
  uint8_t nd;       /* array ndim; tuple length */
  uint8_t space;    /* array: CS_* */
  char layout;      /* array: 'C' or 'A' */
  const char *name; /* CK_CT: what it is ("cuda", "math", "cuda.grid", "dtype", ...) */
  void *ptr;        /* CK_CT: Module * or CuFunc * */
} ClTy;

/* An error site in generated code (code = index + 1). */
typedef struct ClErrSite {
  int kind; /* 0 IndexError, 1 ZeroDivisionError (integers), 2 ZeroDivisionError (complex),
               3 ValueError (math domain), 4 OverflowError (math range), 5 cmath of inf/NaN */
  int line;
  const char *func;
  const char *file;
} ClErrSite;

typedef struct CuSpec {
  int nargs;
  ClTy *argtys;
  char *src;       /* the OpenCL C text */
  void *prog, *kernel;
  bool dynshared;  /* takes a dynamic __local buffer last */
  struct CuSpec *next;
} CuSpec;

/* A @cuda.jit function (kernel or device=True function). */
typedef struct CuFunc {
  Obj hdr;
  Value pyfunc;
  bool device, eager, fastmath, boundscheck, cache;
  AstArena *arena;
  AstStmt *def;
  char *filename;
  char *name;
  CuSpec *specs;
} CuFunc;

extern Type TYPE_CUDA_DISPATCHER;

/* Loads the function's AST from its registered source (raises TypingError
** when the source is unavailable). */
void cl_load_ast(VM *vm, CuFunc *f);

/* Generates the OpenCL C program for kernel f with argument types argtys.
** On success returns a malloc'd source and sets *dynshared; on failure
** returns NULL and *err gets the message (Numba's TypingError layout with
** file, line and source line; *is_typing_error tells TypingError from
** NotImplementedError-like "unsupported" errors). Error sites are appended
** to the process-wide table (cl_err_site).
** cpu_device: the kernel is for a CPU device, whose driver runs a work-group's
** work-items one after another between barriers; a barrier-free grid-stride
** loop is then emitted as sweeps (see "grid-stride loops" in opencl.c). */
char *cl_gen_kernel(VM *vm, CuFunc *f, int nargs, const ClTy *argtys, bool cpu_device, bool *dynshared, StrBuf *err);

/* The elementwise kernel of @vectorize(target='cuda') for scalar function f
** (a device function) with input dtypes indts and result dtype outdt:
**   streak_kernel(__global int *err, {in_k, long off_k | value_k}..., out, long ooff, long n)
** where input k is passed by value when bit k of `scalars` is set. Same error
** convention as cl_gen_kernel. */
char *cl_gen_vectorize(VM *vm, CuFunc *f, int nin, const int *indts, int outdt, unsigned scalars, StrBuf *err);

/* The kernel of @guvectorize(target='cuda') for core function f whose arguments
** have types core[0..nargs) (the signature's types):
**   streak_kernel(__global int *err, {a_k, long off_k, long ls_k[, long n_k_j..., long s_k_j...]}..., long n)
** work-item i < n calls f on loop index i's core views (an argument's element
** offset plus i times its loop stride). Same error convention as cl_gen_kernel. */
char *cl_gen_guvectorize(VM *vm, CuFunc *f, int nargs, const ClTy *core, StrBuf *err);

const ClErrSite *cl_err_site(int code);

/* "float64", "array(float32, 2d, C)", "UniTuple(int64 x 2)" — Numba's names. */
void cl_type_str(const ClTy *t, StrBuf *b);
bool cl_ty_eq(const ClTy *a, const ClTy *b);

/* Per-process counts of the OpenCL program cache (src/mod_cuda.c): programs
** built from source, loaded from the disk cache, written to it, and cache
** files found unusable. */
void cuda_cache_stats(int64_t out[4]);

/* Kernel name in the generated program. */
#define CL_KERNEL_NAME "streak_kernel"

#endif
