/*
** array.h — the ndarray runtime: the array object, NumPy scalars, dtype
** objects, creation, casting, broadcasting, the N-d iterator every
** elementwise loop uses, indexing and printing. The contract between
** array.c/index.c/print.c/npmodule.c (the core), the ufunc/reduction files
** and np.random / matplotlib.
**
** ---- Representation of NumPy scalars (the choice, and why) ----
** A reduction or a single-element index returns a NumPy scalar: an NpScalar
** object of type np_scalar_type(dt) for EVERY dtype, as in NumPy, so that
** type(x) is numpy.float64, x.dtype exists, int64 arithmetic wraps,
** np.float64(1)/0 is inf and comparisons give numpy.bool_. The type tree
** follows NumPy: np.float64 subclasses float and np.complex128 complex
** (isinstance(x, float) holds); np.int64 is not an int and np.bool_ not a
** bool. np.True_/np.False_ are static singletons (no allocation for
** comparison results). Scalars print as NumPy 1.24 does, hash like the
** equal Python number, and the core accepts them wherever a number goes
** through np_scalar_number (object.h): int(), float(), math.*, formatting,
** list indices (integer scalars), range(). Arithmetic follows NumPy's scalar
** promotion (no value-based casting between scalars: np.int8(5) + 1 is
** int64); the common float64/int64/bool cases are computed inline
** (npmodule.c), the rest through the ufunc engine.
** Elements read from arrays in interpreted loops therefore allocate one
** small object each (the GC's size-class pools make that cheap).
** Numba-compiled functions return plain Python numbers, as Numba does.
**
** ---- Memory ----
** An array either owns its buffer (ARR_OWNDATA: allocated with gc_realloc,
** 64-byte aligned, freed by the finaliser), is a view (base = the array or
** object owning the memory, kept alive through the mark slot), or wraps an
** external buffer (ARR_EXTERNAL: the embedder's pointer; `release`, if not
** NULL, is called with `ctx` when the array dies).
**
** GC: like every object, a new NdArray held only in C locals is safe until
** control returns to the bytecode loop (gc.h).
*/
#ifndef STREAK_ARRAY_H
#define STREAK_ARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "dtype.h"
#include "util.h"
#include "value.h"

#define ARR_MAXDIMS 32

enum {
  ARR_C_CONTIG = 1,  /* C-contiguous (row-major, no gaps) */
  ARR_F_CONTIG = 2,  /* Fortran-contiguous */
  ARR_OWNDATA = 4,   /* `alloc` is ours (gc_realloc'd) */
  ARR_WRITEABLE = 8, /* cleared for broadcast views */
  ARR_EXTERNAL = 16  /* data belongs to the embedder */
};

typedef struct NdArray {
  Obj hdr;           /* type &TYPE_NDARRAY */
  char *data;        /* first element (may be inside `alloc` or a base's buffer) */
  int32_t ndim;
  int32_t dtype;     /* a DType */
  int32_t itemsize;
  int32_t flags;
  int64_t size;      /* product of shape */
  int64_t *shape;    /* ndim entries, in dims[] */
  int64_t *strides;  /* ndim entries, in bytes, in dims[] after shape */
  Value base;        /* V_NONE, or what keeps `data` alive (array or other object) */
  void *alloc;       /* ARR_OWNDATA: the raw allocation and its size */
  size_t alloc_size;
  void (*release)(void *ctx); /* ARR_EXTERNAL: called when the array dies (may be NULL) */
  void *release_ctx;
  int64_t dims[];    /* shape[0..ndim) then strides[0..ndim) */
} NdArray;

/* A NumPy scalar (see the header comment). */
typedef struct NpScalar {
  Obj hdr;           /* type np_scalar_type(dtype) */
  int32_t dtype;
  union {
    int64_t i; uint64_t u; double d; float f; np_complex64 c64; np_complex128 c128;
    unsigned char bytes[16];
  } v;               /* the element's bytes, as stored in an array */
} NpScalar;
static inline NpScalar *as_npscalar(Value v) { return (NpScalar *)v.as.o; }

extern Type TYPE_NDARRAY;
extern Type TYPE_NPDTYPE;  /* dtype('float64') objects */
extern Type TYPE_FLATITER; /* a.flat */

static inline bool is_array(Value v) { return is_type(v, &TYPE_NDARRAY); }
static inline NdArray *as_array(Value v) { return (NdArray *)v.as.o; }

/* The scalar type np.<sname> (a Type: callable as a constructor, usable as
** dtype=). Its instances are NpScalar. */
Type *np_scalar_type(DType dt);
/* A NumPy scalar as the equal plain Python number (x.item()); V_EMPTY when
** v is not a NumPy scalar. Declared for the core in object.h. */
Value np_scalar_number(VM *vm, Value v);
/* The dtype object dtype('<name>') (static, one per dtype). */
Value np_dtype_value(DType dt);
bool is_npscalar(Value v);
bool is_np_scalar_class(Value v);
/* A view of a complex array's real or imaginary parts (x.real / x.imag). */
NdArray *arr_part_view(VM *vm, NdArray *x, bool imag);
/* The view of x whose C order is x's element order `order` (ravel,
** flatten): x for 'C' (or V_EMPTY/None), its transpose for 'F', for 'A'
** the transpose when x is Fortran- but not C-contiguous, for 'K' its axes
** in memory order. */
NdArray *arr_in_order(VM *vm, NdArray *x, Value order);
/* The DType a dtype-like denotes: np.float64, np.dtype('f8') objects,
** 'float64'/'f8'/'d'/'int'/'float'... strings, Python int/float/complex/
** bool types. V_EMPTY/None → -1. Raises TypeError "data type 'x' not
** understood" / "Cannot interpret '...' as a data type". */
int np_dtype_from_value(VM *vm, Value v);

/* ---- creation -------------------------------------------------------- */

/* C-contiguous, zero-filled. Raises ValueError "negative dimensions are not
** allowed" and MemoryError. */
NdArray *arr_new(VM *vm, DType dt, int ndim, const int64_t *shape);
/* The same, contents unspecified (for results fully overwritten next). */
NdArray *arr_new_uninit(VM *vm, DType dt, int ndim, const int64_t *shape);
/* New uninitialised array laid out in NumPy's order='K' for the operands
** (ufunc outputs, *_like, copy(), astype()): the axis order of their memory
** layout, e.g. Fortran order for transposed inputs; C order otherwise.
** ops entries may be NULL. */
NdArray *arr_new_like_k(VM *vm, DType dt, int ndim, const int64_t *shape, int nops,
                        NdArray *const *ops);
/* New C-contiguous array of a's shape; dt < 0: a's dtype. Uninitialised. */
NdArray *arr_empty_like(VM *vm, const NdArray *a, int dt);
/* A view on base's memory (base: the array whose memory it is; its own base
** is followed so views never chain). Flags computed; writeable if base is. */
NdArray *arr_view(VM *vm, NdArray *base, DType dt, int ndim, const int64_t *shape,
                  const int64_t *strides, char *data);
/* Wraps an external buffer without copying (embedding API). strides NULL:
** C-contiguous. `release(ctx)` (may be NULL) runs when the array is freed. */
NdArray *arr_wrap_external(VM *vm, DType dt, int ndim, const int64_t *shape,
                           const int64_t *strides, void *data, bool writeable,
                           void (*release)(void *ctx), void *ctx);

/* np.array(obj, dtype): always a new C-contiguous array. obj: ndarray,
** scalar (→ 0-d), nested lists/tuples (ragged → ValueError like NumPy).
** dt < 0: NumPy's dtype discovery (bools → bool, ints → int64, any float →
** float64, any complex → complex128, NumPy scalars/arrays by promotion). */
NdArray *arr_from_value(VM *vm, Value obj, int dt);
/* np.asarray: obj itself when it is an ndarray of dtype dt (or dt < 0). */
NdArray *arr_as_array(VM *vm, Value obj, int dt);
/* A Python int outside int64 and uint64, for which NumPy makes an object
** array (np.array([2**64]), arr + 2**70); arr_reject_object_int raises
** streak's NotImplementedError for one (dtype=object is not supported).
** arr_from_value with no dtype (np.array), ufunc calls with an array
** operand and a non-bool result, np.full and np.where refuse them. */
bool arr_is_object_int(Value v);
void arr_reject_object_int(VM *vm, Value v);
/* Discovered dtype of a value as np.array would choose (dt rules above). */
DType arr_discover_dtype(VM *vm, Value obj);

NdArray *arr_copy(VM *vm, const NdArray *a);             /* C-contiguous copy */
NdArray *arr_cast(VM *vm, const NdArray *a, DType dt);   /* new C-contiguous array */
/* a itself if already C-contiguous (and of dtype dt when dt >= 0), else a copy. */
NdArray *arr_contiguous(VM *vm, NdArray *a, int dt);
/* How many of the n contiguous elements of dtype dt at p are nonzero (NaN
** is, -0.0 is not; a complex is nonzero if either part is). */
int64_t arr_count_nonzero(DType dt, const char *p, int64_t n);

/* ---- shape manipulation ------------------------------------------------ */

/* newshape may contain one -1. A view when possible, else a copy.
** ValueError "cannot reshape array of size 6 into shape (4,)". */
NdArray *arr_reshape(VM *vm, NdArray *a, int ndim, const int64_t *newshape);
NdArray *arr_ravel(VM *vm, NdArray *a);                        /* view if C-contiguous */
NdArray *arr_transpose(VM *vm, NdArray *a, const int *perm);   /* perm NULL: reverse axes */
/* Read-only view of a broadcast to shape (ndim >= a->ndim). ValueError
** "could not broadcast input array from shape (3,) into shape (2,)". */
NdArray *arr_broadcast_to(VM *vm, NdArray *a, int ndim, const int64_t *shape);
/* Broadcast shape of n arrays; ValueError "operands could not be broadcast
** together with shapes (3,) (4,) " (NumPy's text, trailing space included). */
void arr_broadcast_shapes(VM *vm, int n, NdArray *const *arrs, int *ndim, int64_t *shape);
/* Same for raw shapes. */
void arr_broadcast_shapes_raw(VM *vm, int n, const int *ndims, const int64_t *const *shapes,
                              int *ndim, int64_t *shape);

void arr_update_flags(NdArray *a); /* recompute C/F contiguity from shape/strides */
static inline bool arr_is_c_contiguous(const NdArray *a) { return (a->flags & ARR_C_CONTIG) != 0; }
/* Normalises axis (negative allowed) against ndim; AxisError-compatible
** message "axis 2 is out of bounds for array of dimension 2" (numpy's
** AxisError subclasses ValueError and IndexError; streak raises IndexError
** with NumPy's text as "numpy.AxisError" cannot be caught by its own name). */
int arr_normalize_axis(VM *vm, int64_t axis, int ndim);
int arr_normalize_axis_msg(VM *vm, int64_t axis, int ndim, const char *prefix);
NdArray *arr_transpose_axes(VM *vm, NdArray *x, int n, const int64_t *ax);
NdArray *arr_reshape_order(VM *vm, NdArray *x, int n, const int64_t *shape, Value order);
/* "(3,)", "(2, 3)", "()" into b. */
void arr_shape_repr(StrBuf *b, int ndim, const int64_t *shape);

/* Shape argument: an int or a sequence of ints (np.zeros(3), zeros((2, 3))).
** Returns ndim. TypeError "'float' object cannot be interpreted as an integer". */
int arr_parse_shape(VM *vm, Value v, int64_t *shape);
/* An index-like value (int, bool, NumPy integer scalar) as int64. */
int64_t arr_index_value(VM *vm, Value v);

/* ---- elements and values ----------------------------------------------- */

/* The element at ptr as a NumPy scalar (see representation). */
Value arr_scalar_from(VM *vm, DType dt, const void *ptr);
/* The element at ptr as a plain Python number (item(), tolist()). */
Value arr_item_py(VM *vm, DType dt, const void *ptr);
static inline Value arr_get_item_value(VM *vm, const NdArray *a, const void *ptr) {
  return arr_scalar_from(vm, (DType)a->dtype, ptr);
}
/* Stores a Python number / NumPy scalar / 0-d array into one element with
** NumPy's setitem casting (float→int truncates, complex→real drops the
** imaginary part; Python int too large: OverflowError "Python int too large
** to convert to C long"; TypeError/ValueError for non-numbers). */
void arr_store_value(VM *vm, DType dt, void *ptr, Value v);
static inline void arr_set_item_from_value(VM *vm, NdArray *a, void *ptr, Value v) {
  arr_store_value(vm, (DType)a->dtype, ptr, v);
}
/* If v is a number (Python or NumPy scalar), describes it; false otherwise.
** A 0-d array is not a scalar here (callers decide). */
bool arr_scalar_info(Value v, DtScalar *out);
/* Result of an operation: a 0-d array becomes a scalar, else the array. */
Value arr_return(VM *vm, NdArray *a);
/* a.item() semantics for one element; a.tolist(). */
Value arr_tolist(VM *vm, NdArray *a);

/* ---- casting and assignment -------------------------------------------- */

/* dst[i*ds] = (to)src[i*ss] for n elements; NumPy's C-cast semantics
** (float → int by C truncation; complex → real takes the real part; → bool
** is != 0). Contiguous same-dtype is a memcpy. */
void arr_cast_strided(DType to, char *dst, int64_t dst_stride, DType from, const char *src,
                      int64_t src_stride, int64_t n);
/* dst[...] = src with broadcasting and casting. Handles overlapping memory
** (copies src first when it shares dst's buffer). */
void arr_assign(VM *vm, NdArray *dst, NdArray *src);
/* dst[...] = v for a scalar or any array-like value. */
void arr_assign_value(VM *vm, NdArray *dst, Value v);
/* result_type of ufunc operands (arrays, NumPy scalars, Python numbers,
** array-likes) with value-based casting; see dtype.h. */
DType arr_result_type(VM *vm, int n, const Value *operands);

/* ---- the N-d broadcasting iterator -------------------------------------
** Walks up to ARR_ITER_MAXOP operands already broadcast to one shape (give
** each operand's own shape/strides; missing leading dims and size-1 dims
** broadcast with stride 0). Dimensions are coalesced, so contiguous
** operands give one inner loop over everything. Use:
**
**     ArrIter it;
**     if (arr_iter_init(vm, &it, 3, ops, ndim, shape))
**       do { kernel(it.ptr, it.stride, it.n); } while (arr_iter_next(&it));
**
** ptr[k] is the start of the inner loop for operand k, stride[k] its byte
** stride in that loop (== itemsize on the contiguous fast path, 0 for a
** broadcast scalar), n the inner length. init returns false when the
** iteration is empty (size 0). The order is C order of `shape`. */
#define ARR_ITER_MAXOP 4
typedef struct ArrIter {
  int nop;
  int ndim;                              /* outer dims (innermost removed) */
  int64_t size;                          /* total elements */
  int64_t n;                             /* inner-loop length */
  int64_t stride[ARR_ITER_MAXOP];        /* inner-loop byte strides */
  char *ptr[ARR_ITER_MAXOP];             /* inner-loop starts */
  int64_t shape[ARR_MAXDIMS];            /* outer dims */
  int64_t ostride[ARR_ITER_MAXOP][ARR_MAXDIMS];
  int64_t idx[ARR_MAXDIMS];
} ArrIter;
/* Raises the broadcast ValueError if an operand does not fit shape. */
bool arr_iter_init(VM *vm, ArrIter *it, int nop, NdArray *const *ops, int ndim,
                   const int64_t *shape);
bool arr_iter_next(ArrIter *it);

/* ---- indexing (index.c) ------------------------------------------------- */

Value arr_getitem(VM *vm, Value self, Value key);
void arr_setitem(VM *vm, Value self, Value key, Value val);

/* ---- printing (print.c) -------------------------------------------------- */

Value arr_repr(VM *vm, Value self);   /* array([1., 2.]) */
Value arr_str(VM *vm, Value self);    /* [1. 2.] */
/* repr/str of a NumPy scalar of dtype dt at ptr ("0.1", "3", "(1+2j)", "True"). */
void np_scalar_repr_into(StrBuf *b, DType dt, const void *ptr);
/* NumPy print options (process-wide, like NumPy's). */
typedef struct NpPrintOptions {
  int precision, threshold, edgeitems, linewidth;
  bool suppress;
} NpPrintOptions;
extern NpPrintOptions np_printoptions;

/* ---- the numpy module and the hooks other files implement --------------- */

Module *mod_numpy_init(VM *vm);
void arr_init_methods(void); /* merges np_array_methods_ext; called by mod_numpy_init */
/* Called by mod_numpy_init; each file adds its functions/submodules to the
** numpy module. Weak: absent until the file that implements it is linked. */
void np_register_ufuncs(VM *vm, Module *np) __attribute__((weak));   /* ufunc.c / reduce.c / npfunc.c */
void np_register_random(VM *vm, Module *np) __attribute__((weak));   /* random.c: np.random */
/* Operators on arrays and NumPy scalars (either operand), implemented by the
** ufunc engineer: results follow NumPy (0-d results become scalars via
** arr_return). The ndarray and NpScalar type slots call these when linked. */
Value np_array_binop(VM *vm, BinOp op, Value a, Value b) __attribute__((weak));
Value np_array_inplace(VM *vm, BinOp op, Value a, Value b) __attribute__((weak));
Value np_array_richcmp(VM *vm, Value a, Value b, CmpOp op) __attribute__((weak));
Value np_array_unop(VM *vm, UnOp op, Value a) __attribute__((weak));
/* Extra ndarray methods (sum, mean, min, max, argmax, dot, cumsum, ...),
** {NULL, NULL}-terminated; merged into the ndarray method table at init. */
extern const MethodDef np_array_methods_ext[] __attribute__((weak));

/* For the tracing JIT: the iterator of `for x in a` (an Obj holding an
** NdArray * and an int64 position over the first axis): its type, and the
** byte offset of the array (position false) or the position (true). */
const Type *arr_iterobj_type(void);
uint32_t arr_iterobj_offset(bool position);

#endif
