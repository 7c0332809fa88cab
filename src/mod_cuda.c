/*
** mod_cuda.c — the `numba.cuda` module: @cuda.jit kernels and device
** functions, launches, device arrays, streams and device queries, run on
** OpenCL (runtime/device.h) with kernels lowered by jit/opencl.c.
**
** Wiring: Module *mod_numba_cuda_init(VM *) creates the module, registers it
** as sys.modules['numba.cuda'] and sets it as the `cuda` attribute of the
** numba module when that is already loaded; mod_numba_init calls it.
**
** Launch semantics follow Numba: k[griddim, blockdim(, stream, sharedmem)]
** with ints or 1- to 3-tuples; global size = griddim × blockdim, local =
** blockdim. Host ndarrays passed to a kernel are copied to the device and
** back after it (synchronously); device arrays stay where they are and the
** launch is asynchronous. Errors a kernel records (index out of bounds,
** integer division by zero) are raised at the next synchronisation point:
** cuda.synchronize(), copy_to_host, a launch with host arrays.
**
** No OpenCL device: importing works, cuda.is_available() is False, and the
** first launch / allocation raises CudaSupportError (a RuntimeError).
*/
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../include/streak.h"
#include "../jit/opencl.h"
#include "../runtime/array.h"
#include "../runtime/device.h"
#include "../runtime/ufunc.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "mod_numba.h"
#include "object.h"
#include "str.h"
#include "vm.h"

Module *mod_numba_cuda_init(VM *vm);

#define DEV_MAXDIMS 8

/* ---- device memory (reference counted: views share it) ------------------------------ */

typedef struct DevMem {
  void *buf;
  size_t size;
  int refs;
} DevMem;

/* Device bytes count as heap bytes (gc_account): a DevArray is a small object,
** and without the pressure of the buffer it holds the collector would not run
** while a loop allocates results (100 calls of a 40 MB CUDA ufunc reached
** 4 GB). On PoCL the buffers are host memory anyway. */
static void devmem_unref(VM *vm, DevMem *m) {
  if (m && --m->refs == 0) {
    gc_account(vm, -(ptrdiff_t)m->size);
    dev_free(m->buf);
    free(m);
  }
}

typedef struct DevArray {
  Obj hdr;
  DevMem *mem;
  int64_t off;     /* byte offset of element 0 in mem */
  int32_t dtype, ndim, itemsize;
  int64_t size;
  int64_t shape[DEV_MAXDIMS], strides[DEV_MAXDIMS]; /* strides in bytes */
} DevArray;

Type TYPE_DEVARRAY;
static inline bool is_devarray(Value v) { return is_type(v, &TYPE_DEVARRAY); }
static inline DevArray *as_devarray(Value v) { return (DevArray *)v.as.o; }

static void devarr_finalize(VM *vm, Obj *o) {
  DevArray *d = (DevArray *)o;
  devmem_unref(vm, d->mem);
  d->mem = NULL;
}

static _Noreturn void raise_support(VM *vm) {
  vm_raise(vm, &EXC_RuntimeError, "CudaSupportError: streak runs numba.cuda on OpenCL and found no usable device: %s",
           dev_error());
}

static void ensure_device(VM *vm) {
  if (dev_ensure() < 0) raise_support(vm);
}

static bool c_contig(int nd, const int64_t *shape, const int64_t *strides, int itemsize) {
  int64_t st = itemsize;
  for (int i = nd - 1; i >= 0; i--) {
    if (shape[i] != 1 && strides[i] != st) return false;
    st *= shape[i];
  }
  return true;
}
static bool dev_c_contig(const DevArray *d) { return c_contig(d->ndim, d->shape, d->strides, d->itemsize); }

static DevArray *devarr_new(VM *vm, int dt, int nd, const int64_t *shape) {
  if (nd > DEV_MAXDIMS) vm_raise(vm, &EXC_ValueError, "device arrays have at most %d dimensions", DEV_MAXDIMS);
  ensure_device(vm);
  int64_t size = 1;
  for (int i = 0; i < nd; i++) {
    if (shape[i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
    size *= shape[i];
  }
  size_t bytes = (size_t)size * (size_t)dt_size((DType)dt);
  /* the object first (its finalizer takes a NULL mem), then the accounting
  ** (may raise MemoryError), then the buffer: nothing leaks on any failure */
  DevArray *d = gc_alloc(vm, &TYPE_DEVARRAY, sizeof(DevArray));
  d->mem = NULL;
  gc_account(vm, (ptrdiff_t)bytes);
  void *buf = dev_alloc(bytes);
  if (!buf) {
    gc_account(vm, -(ptrdiff_t)bytes);
    vm_raise(vm, &EXC_MemoryError, "%s", dev_error());
  }
  DevMem *m = util_xmalloc(sizeof *m);
  m->buf = buf;
  m->size = bytes;
  m->refs = 1;
  d->mem = m;
  d->off = 0;
  d->dtype = dt;
  d->ndim = nd;
  d->itemsize = dt_size((DType)dt);
  d->size = size;
  int64_t st = d->itemsize;
  for (int i = nd - 1; i >= 0; i--) {
    d->shape[i] = shape[i];
    d->strides[i] = st;
    st *= shape[i] ? shape[i] : 1;
  }
  return d;
}

static DevArray *devarr_view(VM *vm, DevArray *base, int nd, const int64_t *shape, const int64_t *strides, int64_t off) {
  DevArray *d = gc_alloc(vm, &TYPE_DEVARRAY, sizeof(DevArray));
  d->mem = base->mem;
  d->mem->refs++;
  d->off = off;
  d->dtype = base->dtype;
  d->itemsize = base->itemsize;
  d->ndim = nd;
  d->size = 1;
  for (int i = 0; i < nd; i++) {
    d->shape[i] = shape[i];
    d->strides[i] = strides[i];
    d->size *= shape[i];
  }
  return d;
}

/* Byte span [lo, hi) of a device array's elements within its buffer. */
static void dev_span(const DevArray *d, int64_t *lo, int64_t *hi) {
  int64_t a = d->off, b = d->off;
  for (int i = 0; i < d->ndim; i++) {
    if (d->shape[i] == 0) {
      *lo = *hi = d->off;
      return;
    }
    int64_t ext = (d->shape[i] - 1) * d->strides[i];
    if (ext < 0) a += ext;
    else b += ext;
  }
  *lo = a;
  *hi = b + d->itemsize;
}

static void check_kernel_errors(VM *vm);

static void dev_fail(VM *vm) { vm_raise(vm, &EXC_RuntimeError, "%s", dev_error()); }

/* A strided device array's bytes [*lo, *hi) read into a host buffer *tmp,
** and a host view with d's layout over them. */
static NdArray *dev_stage(VM *vm, DevArray *d, NdArray **tmp, int64_t *lo, int64_t *hi) {
  dev_span(d, lo, hi);
  *tmp = arr_new_uninit(vm, DT_UINT8, 1, (int64_t[]){*hi - *lo});
  if (dev_read(d->mem->buf, (size_t)*lo, (*tmp)->data, (size_t)(*hi - *lo)) < 0) dev_fail(vm);
  return arr_view(vm, *tmp, (DType)d->dtype, d->ndim, d->shape, d->strides, (*tmp)->data + (d->off - *lo));
}

/* device → host array h (same shape; dtype cast if needed). */
static void dev_to_host(VM *vm, DevArray *d, NdArray *h) {
  if (d->size == 0) return;
  if (dev_c_contig(d) && arr_is_c_contiguous(h) && h->dtype == d->dtype) {
    if (dev_read(d->mem->buf, (size_t)d->off, h->data, (size_t)(d->size * d->itemsize)) < 0) dev_fail(vm);
    return;
  }
  int64_t lo, hi;
  NdArray *tmp, *view = dev_stage(vm, d, &tmp, &lo, &hi);
  arr_assign(vm, h, view);
}

/* host array-like value → device array d (broadcast and cast like a[...] = v). */
static void host_to_dev(VM *vm, Value v, DevArray *d) {
  if (d->size == 0) return;
  if (is_array(v)) {
    NdArray *h = as_array(v);
    if (dev_c_contig(d) && arr_is_c_contiguous(h) && h->dtype == d->dtype && h->size == d->size) {
      if (dev_write(d->mem->buf, (size_t)d->off, h->data, (size_t)(d->size * d->itemsize)) < 0) dev_fail(vm);
      return;
    }
  }
  if (dev_c_contig(d)) {
    NdArray *tmp = arr_new_uninit(vm, (DType)d->dtype, d->ndim, d->shape);
    arr_assign_value(vm, tmp, v);
    if (dev_write(d->mem->buf, (size_t)d->off, tmp->data, (size_t)(d->size * d->itemsize)) < 0) dev_fail(vm);
    return;
  }
  int64_t lo, hi;
  NdArray *tmp, *view = dev_stage(vm, d, &tmp, &lo, &hi);
  arr_assign_value(vm, view, v);
  if (dev_write(d->mem->buf, (size_t)lo, tmp->data, (size_t)(hi - lo)) < 0) dev_fail(vm);
}

/* Numba's sentry_contiguous: a host array is transferred as one memory region, so
** it must be C- or F-contiguous once broadcast (stride 0) dimensions are dropped. */
static void sentry_contiguous(VM *vm, const NdArray *h) {
  int64_t shape[DEV_MAXDIMS], st[DEV_MAXDIMS];
  int nd = 0;
  if (h->size == 0 || h->ndim > DEV_MAXDIMS) return;
  for (int i = 0; i < h->ndim; i++) {
    if (h->strides[i] == 0) continue;
    shape[nd] = h->shape[i];
    st[nd++] = h->strides[i];
  }
  if (c_contig(nd, shape, st, h->itemsize)) return;
  int64_t want = h->itemsize;
  bool f = true;
  for (int i = 0; i < nd && f; i++) {
    if (shape[i] != 1 && st[i] != want) f = false;
    want *= shape[i];
  }
  if (!f)
    vm_raise(vm, &EXC_ValueError,
             "Array contains non-contiguous buffer and cannot be transferred as a single memory region. Please ensure "
             "contiguous buffer with numpy .ascontiguousarray()");
}

static DevArray *to_device(VM *vm, Value v) {
  NdArray *h = arr_as_array(vm, v, -1);
  sentry_contiguous(vm, h);
  DevArray *d = devarr_new(vm, h->dtype, h->ndim, h->shape);
  host_to_dev(vm, v_obj(h), d);
  return d;
}

static NdArray *copy_to_host(VM *vm, DevArray *d, Value ary) {
  check_kernel_errors(vm);
  NdArray *h;
  if (is_empty(ary) || is_none(ary)) h = arr_new_uninit(vm, (DType)d->dtype, d->ndim, d->shape);
  else {
    if (!is_array(ary)) vm_raise(vm, &EXC_TypeError, "copy_to_host(ary): ary must be a NumPy array, not '%s'", v_typename(ary));
    h = as_array(ary);
    if (h->size != d->size || h->dtype != d->dtype)
      vm_raise(vm, &EXC_ValueError, "incompatible host array: expected %lld elements of %s, got %lld of %s", (long long)d->size,
               dt_name((DType)d->dtype), (long long)h->size, dt_name((DType)h->dtype));
    if (h->ndim != d->ndim || memcmp(h->shape, d->shape, sizeof(int64_t) * (size_t)d->ndim)) {
      h = arr_reshape(vm, h, d->ndim, d->shape);
    }
  }
  dev_to_host(vm, d, h);
  check_kernel_errors(vm);
  return h;
}

/* ---- DeviceNDArray: attributes, methods, indexing --------------------------------------- */

static Value shape_tuple(VM *vm, int nd, const int64_t *v) {
  Value items[DEV_MAXDIMS];
  for (int i = 0; i < nd; i++) items[i] = v_int(v[i]);
  return tuple_from(vm, items, nd);
}

static Value devarr_getattr(VM *vm, Value self, Str *name) {
  DevArray *d = as_devarray(self);
  const char *n = name->data;
  if (!strcmp(n, "shape")) return shape_tuple(vm, d->ndim, d->shape);
  if (!strcmp(n, "strides")) return shape_tuple(vm, d->ndim, d->strides);
  if (!strcmp(n, "size")) return v_int(d->size);
  if (!strcmp(n, "ndim")) return v_int(d->ndim);
  if (!strcmp(n, "dtype")) return np_dtype_value((DType)d->dtype);
  if (!strcmp(n, "itemsize")) return v_int(d->itemsize);
  if (!strcmp(n, "nbytes")) return v_int(d->size * d->itemsize);
  if (!strcmp(n, "alloc_size")) return v_int((int64_t)d->mem->size);
  return v_empty();
}

static Value devarr_repr(VM *vm, Value self) {
  return str_printf(vm, "<numba.cuda.cudadrv.devicearray.DeviceNDArray object at %p>", (void *)self.as.o);
}

static int64_t devarr_len(VM *vm, Value self) {
  DevArray *d = as_devarray(self);
  if (d->ndim == 0) vm_raise(vm, &EXC_TypeError, "len() of unsized object");
  return d->shape[0];
}

static Value m_copy_to_host(VM *vm, Value self, const Args *a) {
  Value v[2];
  args_parse(vm, a, "copy_to_host", "|ary,stream", v);
  return v_obj(copy_to_host(vm, as_devarray(self), v[0]));
}

static Value m_copy_to_device(VM *vm, Value self, const Args *a) {
  Value v[2];
  args_parse(vm, a, "copy_to_device", "ary,|stream", v);
  DevArray *d = as_devarray(self);
  if (is_devarray(v[0])) {
    DevArray *s = as_devarray(v[0]);
    if (s->size != d->size || s->dtype != d->dtype) vm_raise(vm, &EXC_ValueError, "incompatible device array");
    if (dev_c_contig(s) && dev_c_contig(d)) {
      if (dev_copy(d->mem->buf, (size_t)d->off, s->mem->buf, (size_t)s->off, (size_t)(d->size * d->itemsize)) < 0) dev_fail(vm);
    } else {
      NdArray *h = copy_to_host(vm, s, v_empty());
      host_to_dev(vm, v_obj(h), d);
    }
    return v_none();
  }
  NdArray *h = arr_as_array(vm, v[0], -1);
  if (h->size != d->size) vm_raise(vm, &EXC_ValueError, "incompatible shape: %lld elements into a device array of %lld", (long long)h->size, (long long)d->size);
  if (h->ndim != d->ndim) h = arr_reshape(vm, h, d->ndim, d->shape);
  host_to_dev(vm, v_obj(h), d);
  return v_none();
}

static Value m_is_c_contiguous(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "is_c_contiguous", 0, 0);
  return v_bool(dev_c_contig(as_devarray(self)));
}

static Value m_is_f_contiguous(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "is_f_contiguous", 0, 0);
  DevArray *d = as_devarray(self);
  int64_t st = d->itemsize;
  for (int i = 0; i < d->ndim; i++) {
    if (d->shape[i] != 1 && d->strides[i] != st) return v_bool(false);
    st *= d->shape[i];
  }
  return v_bool(true);
}

static Value m_reshape(VM *vm, Value self, const Args *a) {
  DevArray *d = as_devarray(self);
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "reshape() takes no keyword arguments here");
  int64_t shape[DEV_MAXDIMS];
  int nd;
  if (a->argc == 1) nd = arr_parse_shape(vm, a->argv[0], shape);
  else {
    nd = a->argc;
    if (nd > DEV_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
    for (int i = 0; i < nd; i++) shape[i] = v_index(vm, a->argv[i], "reshape");
  }
  int64_t n = 1, neg = -1;
  for (int i = 0; i < nd; i++) {
    if (shape[i] == -1 && neg < 0) neg = i;
    else n *= shape[i];
  }
  if (neg >= 0 && n > 0) shape[neg] = d->size / n, n *= shape[neg];
  if (n != d->size) vm_raise(vm, &EXC_ValueError, "cannot reshape array of size %lld into the requested shape", (long long)d->size);
  if (!dev_c_contig(d)) vm_raise(vm, &EXC_NotImplementedError, "reshape of a non-contiguous device array");
  int64_t st[DEV_MAXDIMS], s = d->itemsize;
  for (int i = nd - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i] ? shape[i] : 1;
  }
  return v_obj(devarr_view(vm, d, nd, shape, st, d->off));
}

static Value m_ravel(VM *vm, Value self, const Args *a) {
  DevArray *d = as_devarray(self);
  args_count(vm, a, "ravel", 0, 1);
  if (!dev_c_contig(d)) vm_raise(vm, &EXC_NotImplementedError, "ravel of a non-contiguous device array");
  int64_t sh = d->size, st = d->itemsize;
  return v_obj(devarr_view(vm, d, 1, &sh, &st, d->off));
}

static const MethodDef devarr_methods[] = {
    {"copy_to_host", m_copy_to_host},       {"copy_to_device", m_copy_to_device}, {"is_c_contiguous", m_is_c_contiguous},
    {"is_f_contiguous", m_is_f_contiguous}, {"reshape", m_reshape},               {"ravel", m_ravel},
    {NULL, NULL}};

/* A fake host view of d whose data pointer encodes byte offsets: NumPy's basic
** indexing (index.c) computes the view's shape, strides and offset without
** touching memory. */
#define FAKE_BASE ((char *)(uintptr_t)0x100000000000ull)

static bool basic_key(Value key, int *nints, bool *other) {
  const Value *items = is_tuple(key) ? as_tuple(key)->items : &key;
  int64_t n = is_tuple(key) ? as_tuple(key)->n : 1;
  *nints = 0;
  *other = false;
  for (int64_t i = 0; i < n; i++) {
    Value k = items[i];
    if (is_int(k) || is_bool(k)) (*nints)++;
    else if (is_type(k, &TYPE_SLICE) || is_type(k, &TYPE_ELLIPSIS) || is_none(k)) *other = true;
    else if (is_npscalar(k) && v_is_intlike(k)) (*nints)++;
    else return false;
  }
  return true;
}

/* The device view d[key], or NULL with *elem_off set when key picks one element. */
static DevArray *dev_index(VM *vm, DevArray *d, Value key, int64_t *elem_off) {
  int nints;
  bool other;
  if (!basic_key(key, &nints, &other))
    vm_raise(vm, &EXC_NotImplementedError, "streak: device arrays support basic indexing only (integers and slices)");
  if (!other && nints == d->ndim) {
    const Value *items = is_tuple(key) ? as_tuple(key)->items : &key;
    int64_t off = d->off;
    for (int i = 0; i < d->ndim; i++) {
      int64_t ix = arr_index_value(vm, items[i]);
      if (ix < 0) ix += d->shape[i];
      if (ix < 0 || ix >= d->shape[i])
        vm_raise(vm, &EXC_IndexError, "index %lld is out of bounds for axis %d with size %lld", (long long)arr_index_value(vm, items[i]), i,
                 (long long)d->shape[i]);
      off += ix * d->strides[i];
    }
    *elem_off = off;
    return NULL;
  }
  NdArray *fake = arr_wrap_external(vm, (DType)d->dtype, d->ndim, d->shape, d->strides, FAKE_BASE, true, NULL, NULL);
  Value r = arr_getitem(vm, v_obj(fake), key);
  if (!is_array(r)) vm_raise(vm, &EXC_NotImplementedError, "streak: unsupported device array index");
  NdArray *v = as_array(r);
  if (v->ndim > DEV_MAXDIMS) vm_raise(vm, &EXC_ValueError, "too many dimensions");
  return devarr_view(vm, d, v->ndim, v->shape, v->strides, d->off + (int64_t)(v->data - FAKE_BASE));
}

static Value devarr_getitem(VM *vm, Value self, Value key) {
  DevArray *d = as_devarray(self);
  int64_t off = 0;
  DevArray *v = dev_index(vm, d, key, &off);
  if (v) return v_obj(v);
  check_kernel_errors(vm);
  unsigned char buf[16];
  if (dev_read(d->mem->buf, (size_t)off, buf, (size_t)d->itemsize) < 0) dev_fail(vm);
  return arr_scalar_from(vm, (DType)d->dtype, buf);
}

static void devarr_setitem(VM *vm, Value self, Value key, Value val) {
  DevArray *d = as_devarray(self);
  int64_t off = 0;
  DevArray *v = dev_index(vm, d, key, &off);
  if (!v) {
    unsigned char buf[16];
    arr_store_value(vm, (DType)d->dtype, buf, val);
    if (dev_write(d->mem->buf, (size_t)off, buf, (size_t)d->itemsize) < 0) dev_fail(vm);
    return;
  }
  if (is_devarray(val)) val = v_obj(copy_to_host(vm, as_devarray(val), v_empty()));
  host_to_dev(vm, val, v);
}

Type TYPE_DEVARRAY = {.hdr = TYPE_HEADER, .name = "DeviceNDArray", .base = &TYPE_OBJECT,
                      .finalize = devarr_finalize, .repr = devarr_repr, .len = devarr_len,
                      .getitem = devarr_getitem, .setitem = devarr_setitem, .getattr = devarr_getattr,
                      .methods = devarr_methods};

/* ---- kernel errors ------------------------------------------------------------------------ */

static void *errflag;       /* one int on the device */
static bool errs_pending;

static void *get_errflag(VM *vm) {
  if (!errflag) {
    errflag = dev_alloc(sizeof(int));
    if (!errflag || dev_fill_zero(errflag, 0, sizeof(int)) < 0) dev_fail(vm);
  }
  return errflag;
}

static void check_kernel_errors(VM *vm) {
  if (!errs_pending || !errflag) return;
  errs_pending = false;
  int code = 0;
  if (dev_read(errflag, 0, &code, sizeof code) < 0) dev_fail(vm);
  if (!code) return;
  int zero = 0;
  dev_write(errflag, 0, &zero, sizeof zero);
  const ClErrSite *s = cl_err_site(code);
  if (!s) vm_raise(vm, &EXC_RuntimeError, "a kernel reported an unknown error (%d)", code);
  if (s->kind == 3) vm_raise(vm, &EXC_ValueError, "math domain error in kernel '%s' (File \"%s\", line %d)", s->func, s->file, s->line);
  if (s->kind == 4) vm_raise(vm, &EXC_OverflowError, "math range error in kernel '%s' (File \"%s\", line %d)", s->func, s->file, s->line);
  if (s->kind == 5)
    vm_raise(vm, &EXC_NotImplementedError, "streak: cmath of an infinite or NaN complex number in kernel '%s' (File \"%s\", line %d)",
             s->func, s->file, s->line);
  if (s->kind == 2)
    vm_raise(vm, &EXC_ZeroDivisionError, "complex division by zero in kernel '%s' (File \"%s\", line %d)", s->func, s->file, s->line);
  if (s->kind == 1)
    vm_raise(vm, &EXC_ZeroDivisionError, "integer division or modulo by zero in kernel '%s' (File \"%s\", line %d)", s->func, s->file, s->line);
  vm_raise(vm, &EXC_IndexError, "index is out of bounds in kernel '%s' (File \"%s\", line %d)", s->func, s->file, s->line);
}

/* ---- dispatchers (kernels and device functions) ------------------------------------------- */

static void cufunc_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((CuFunc *)o)->pyfunc); }

static void cufunc_finalize(VM *vm, Obj *o) {
  (void)vm;
  CuFunc *f = (CuFunc *)o;
  CuSpec *s = f->specs;
  while (s) {
    CuSpec *n = s->next;
    dev_release_kernel(s->kernel);
    dev_release_program(s->prog);
    free(s->src);
    free(s->argtys);
    free(s);
    s = n;
  }
  f->specs = NULL;
  if (f->arena) ast_arena_free(f->arena);
  f->arena = NULL;
  free(f->filename);
  free(f->name);
  f->filename = f->name = NULL;
}

static Value cufunc_repr(VM *vm, Value self) {
  CuFunc *f = (CuFunc *)self.as.o;
  return str_printf(vm, "<numba.cuda.dispatcher.CUDADispatcher object at %p>%s", (void *)f, "");
}

static const char *const LAUNCH_MSG =
    "Kernel launch configuration was not specified. Use the syntax:\n\n"
    "kernel_function[blockspergrid, threadsperblock](arg0, arg1, ..., argn)\n\n"
    "See https://numba.readthedocs.io/en/stable/cuda/kernels.html#kernel-invocation for help.";

static Value cufunc_call(VM *vm, Value self, const Args *a) {
  CuFunc *f = (CuFunc *)self.as.o;
  if (f->device) return vm_call(vm, f->pyfunc, a); /* as Numba's simulator does */
  vm_raise(vm, &EXC_ValueError, "%s", LAUNCH_MSG);
}

static Value cufunc_getattr(VM *vm, Value self, Str *name) {
  CuFunc *f = (CuFunc *)self.as.o;
  if (str_eq_c(name, "py_func")) return f->pyfunc;
  if (str_eq_c(name, "__name__")) return str_from_cstr(vm, as_function(f->pyfunc)->name->data);
  return v_empty();
}

static Value cufunc_getitem(VM *vm, Value self, Value key);

static Value m_inspect_opencl(VM *vm, Value self, const Args *a) {
  args_count(vm, a, "inspect_opencl", 0, 0);
  CuFunc *f = (CuFunc *)self.as.o;
  Dict *d = dict_new(vm);
  Value dv = v_obj(d);
  gc_push_root(vm, dv);
  for (CuSpec *s = f->specs; s; s = s->next) {
    StrBuf b = STRBUF_INIT;
    for (int i = 0; i < s->nargs; i++) {
      if (i) sb_puts(&b, ", ");
      cl_type_str(&s->argtys[i], &b);
    }
    Value k = sb_finish(vm, &b);
    gc_push_root(vm, k);
    dict_set(vm, d, k, str_from_cstr(vm, s->src ? s->src : ""));
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  return dv;
}

static const MethodDef cufunc_methods[] = {{"inspect_opencl", m_inspect_opencl}, {NULL, NULL}};

Type TYPE_CUDA_DISPATCHER = {.hdr = TYPE_HEADER, .name = "CUDADispatcher", .base = &TYPE_OBJECT, .mark = cufunc_mark,
                             .finalize = cufunc_finalize, .repr = cufunc_repr, .call = cufunc_call,
                             .getattr = cufunc_getattr, .getitem = cufunc_getitem, .methods = cufunc_methods};

/* Numba's typeof for a kernel argument. */
static ClTy arg_type(VM *vm, CuFunc *f, int i, Value v) {
  ClTy t;
  memset(&t, 0, sizeof t);
  if (is_devarray(v)) {
    DevArray *d = as_devarray(v);
    t.k = CK_ARRAY;
    t.dt = (uint8_t)d->dtype;
    t.nd = (uint8_t)d->ndim;
    t.layout = dev_c_contig(d) ? 'C' : 'A';
    t.space = CS_GLOBAL;
    return t;
  }
  if (is_array(v)) {
    NdArray *h = as_array(v);
    if (h->ndim > DEV_MAXDIMS || h->ndim == 0)
      vm_raise(vm, &EXC_TypeError, "kernel %s(): argument %d: %d-D arrays are not supported", f->name, i + 1, h->ndim);
    t.k = CK_ARRAY;
    t.dt = (uint8_t)h->dtype;
    t.nd = (uint8_t)h->ndim;
    t.layout = 'C'; /* host arrays are passed as C-contiguous copies when they are not */
    t.space = CS_GLOBAL;
    return t;
  }
  t.k = CK_SCALAR;
  if (is_bool(v)) t.dt = DT_BOOL;
  else if (is_int(v)) t.dt = DT_INT64;
  else if (is_float(v)) t.dt = DT_FLOAT64;
  else if (is_npscalar(v)) t.dt = (uint8_t)((NpScalar *)v.as.o)->dtype;
  else if (is_complex(v)) t.dt = DT_COMPLEX128;
  else if (is_bigint(v)) vm_raise(vm, &EXC_OverflowError, "kernel %s(): argument %d: int too large to convert to int64", f->name, i + 1);
  else
    vm_raise(vm, &EXC_TypeError, "kernel %s(): argument %d of type '%s' is not supported (arrays, device arrays and numbers are)",
             f->name, i + 1, v_typename(v));
  return t;
}

static ClTy nbty_to_cl(VM *vm, NbTy nt) {
  const NbTypeInfo *i = nb_type(nt);
  ClTy t;
  memset(&t, 0, sizeof t);
  if (i->kind == NK_SCALAR) {
    t.k = CK_SCALAR;
    t.dt = i->dtype;
    return t;
  }
  if (i->kind == NK_ARRAY) {
    t.k = CK_ARRAY;
    t.dt = i->dtype;
    t.nd = i->ndim;
    t.layout = i->layout == 'C' ? 'C' : 'A';
    t.space = CS_GLOBAL;
    return t;
  }
  StrBuf b = STRBUF_INIT;
  nb_type_str(nt, &b);
  Value s = sb_finish(vm, &b);
  vm_raise(vm, &EXC_TypeError, "kernel signatures take numbers and arrays; %s is not supported", as_str(s)->data);
}

/* Can an argument of type `a` be passed where the signature says `p`? */
static bool sig_accepts(const ClTy *p, const ClTy *a) {
  if (p->k == CK_ARRAY) return a->k == CK_ARRAY && a->dt == p->dt && a->nd == p->nd && (p->layout == 'A' || a->layout == 'C');
  if (p->k == CK_SCALAR && a->k == CK_SCALAR) return dt_kind_order((DType)a->dt) <= dt_kind_order((DType)p->dt);
  return false;
}

/* Grid-stride loops as sweeps: for CPU devices (STREAK_CUDA_SWEEPS=0 turns it off). */
static bool sweeps_wanted(void) {
  const char *e = getenv("STREAK_CUDA_SWEEPS");
  if (e && !strcmp(e, "0")) return false;
  return dev_ensure() == 0 && !dev_is_gpu();
}

static CuSpec *new_spec(VM *vm, CuFunc *f, int n, const ClTy *tys) {
  StrBuf err = STRBUF_INIT;
  bool dyn = false;
  char *src = cl_gen_kernel(vm, f, n, tys, sweeps_wanted(), &dyn, &err);
  if (!src) {
    Value msg = sb_finish(vm, &err);
    vm_raise(vm, &EXC_NbTypingError, "%s", as_str(msg)->data);
  }
  sb_free(&err);
  if (getenv("STREAK_CUDA_DUMP")) fprintf(stderr, "---- OpenCL C for kernel %s ----\n%s\n", f->name, src);
  CuSpec *s = util_xmalloc(sizeof *s);
  memset(s, 0, sizeof *s);
  s->nargs = n;
  s->argtys = util_xmalloc(sizeof(ClTy) * (size_t)(n ? n : 1));
  memcpy(s->argtys, tys, sizeof(ClTy) * (size_t)n);
  s->src = src;
  s->dynshared = dyn;
  CuSpec **pp = &f->specs;
  while (*pp) pp = &(*pp)->next;
  *pp = s;
  return s;
}

static _Noreturn void no_match(VM *vm, CuFunc *f, int n, const ClTy *tys) {
  StrBuf b = STRBUF_INIT;
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(&b, ", ");
    cl_type_str(&tys[i], &b);
  }
  Value s = sb_finish(vm, &b);
  vm_raise(vm, &EXC_TypeError, "No matching definition for argument type(s) %s (kernel %s)", as_str(s)->data, f->name);
}

static CuSpec *find_spec(VM *vm, CuFunc *f, int n, const ClTy *tys) {
  for (CuSpec *s = f->specs; s; s = s->next) {
    if (s->nargs != n) continue;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) ok = f->eager ? sig_accepts(&s->argtys[i], &tys[i]) : cl_ty_eq(&s->argtys[i], &tys[i]);
    if (ok) return s;
  }
  if (f->eager) no_match(vm, f, n, tys);
  return new_spec(vm, f, n, tys);
}

/* ---- program builds and the disk cache (cache=True) ----------------------------------------
** Built programs are kept per process in their CuSpec. With cache=True the
** program binary is also stored as `<dir>/<kernel>.<key>.clbin`, dir =
** STREAK_CACHE_DIR or `.streak-cache/` beside the script (@njit's scheme,
** jit/dispatch.c). The key is a 128-bit hash of the streak version, the
** device's identity (platform, device, driver and OpenCL versions), the build
** options, the signature and the generated OpenCL C text (which holds every
** device function it calls and the globals it froze), so an edit anywhere the
** kernel depends on changes the key. The file starts with a line naming its
** key; a file that is foreign, truncated or rejected by the driver is counted
** bad, rebuilt from source and replaced (written to a temporary name and
** renamed into place). */

static _Atomic int64_t st_builds, st_hits, st_writes, st_bad;

void cuda_cache_stats(int64_t out[4]) {
  out[0] = st_builds;
  out[1] = st_hits;
  out[2] = st_writes;
  out[3] = st_bad;
}

static void stats_atexit(void) {
  int64_t s[4];
  cuda_cache_stats(s);
  fprintf(stderr, "cuda: %lld OpenCL builds, %lld cache hits, %lld cache writes, %lld bad cache files\n", (long long)s[0],
          (long long)s[1], (long long)s[2], (long long)s[3]);
}

static void stats_register(VM *vm) {
  static bool done;
  const char *e = getenv("STREAK_NB_STATS");
  if (!done && (vm->jit.stats || (e && *e && strcmp(e, "0")))) {
    done = true;
    atexit(stats_atexit);
  }
}

static void cache_key(const char *opts, const char *sig, const char *src, char out[33]) {
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "streak %s|%s|%s|%s|", STREAK_VERSION_STRING, dev_identity(), opts, sig);
  sb_puts(&b, src);
  uint64_t h1 = util_fnv1a(0xcbf29ce484222325ull, b.data, b.len), h2 = util_fnv1a(0x84222325cbf29ce4ull ^ 0x9e3779b97f4a7c15ull, b.data, b.len);
  sb_free(&b);
  snprintf(out, 33, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
}

/* The cache file of a kernel (its directory created); false if unusable. */
static bool cache_path(const char *script, const char *name, const char *key, char *out, size_t n) {
  char dir[1024];
  const char *env = getenv("STREAK_CACHE_DIR");
  const char *slash = script ? strrchr(script, '/') : NULL;
  if (env && *env) snprintf(dir, sizeof dir, "%s", env);
  else if (slash) snprintf(dir, sizeof dir, "%.*s/.streak-cache", (int)(slash - script), script);
  else snprintf(dir, sizeof dir, ".streak-cache");
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) return false;
  if (access(dir, W_OK | X_OK) != 0) return false;
  snprintf(out, n, "%s/%s.%s.clbin", dir, name, key);
  return true;
}

/* A cached program, or NULL (counted bad when the file exists but is unusable).
** The header line carries the key and the binary's length and hash: drivers
** are not robust against truncated binaries (PoCL asserts). */
static void *cache_load(const char *path, const char *key, const char *opts) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char head[128], fkey[64];
  unsigned long long size = 0, hash = 0;
  void *prog = NULL;
  if (fgets(head, sizeof head, f) && sscanf(head, "streak-clbin %40s %llu %llx", fkey, &size, &hash) == 3 && !strcmp(fkey, key) &&
      size > 0 && size < (1ull << 31)) {
    unsigned char *bin = malloc((size_t)size + 1);
    if (bin && fread(bin, 1, (size_t)size + 1, f) == size && util_fnv1a(0xcbf29ce484222325ull, bin, (size_t)size) == hash)
      prog = dev_build_binary(bin, (size_t)size, opts);
    free(bin);
  }
  fclose(f);
  if (!prog) st_bad++;
  return prog;
}

static void cache_store(const char *path, const char *key, void *prog) {
  size_t n = 0;
  unsigned char *bin = dev_program_binary(prog, &n);
  if (!bin) return;
  char tmp[1300];
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  bool ok = f && fprintf(f, "streak-clbin %s %zu %016llx\n", key, n, (unsigned long long)util_fnv1a(0xcbf29ce484222325ull, bin, n)) > 0 &&
            fwrite(bin, 1, n, f) == n;
  if (f) ok = (fclose(f) == 0) && ok;
  if (ok) ok = rename(tmp, path) == 0;
  if (!ok) unlink(tmp);
  else st_writes++;
  free(bin);
}

/* Raises RuntimeError with the build log and the generated lines it points at. */
static _Noreturn void build_failed(VM *vm, const char *name, const char *filename, const char *src, char *log) {
  StrBuf b = STRBUF_INIT;
  sb_printf(&b, "OpenCL build of kernel '%s' (File \"%s\") failed: %s\n", name, filename ? filename : "?", dev_error());
  const char *p = log;
  int shown = 0;
  while (p && (p = strstr(p, ":")) && shown < 5) {
    int ln = 0, col = 0;
    if (sscanf(p, ":%d:%d: error", &ln, &col) == 2 && ln > 0) {
      const char *q = src;
      for (int k = 1; k < ln && q; k++) {
        q = strchr(q, '\n');
        if (q) q++;
      }
      if (q) {
        const char *e = strchr(q, '\n');
        sb_printf(&b, "generated source line %d: %.*s\n", ln, (int)(e ? e - q : (long)strlen(q)), q);
        shown++;
      }
    }
    p++;
  }
  sb_printf(&b, "build log:\n%s", log ? log : "(empty)");
  free(log);
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_RuntimeError, "%s", as_str(msg)->data);
}

/* Builds src (or loads it from the disk cache) and creates its kernel. */
static void build_program(VM *vm, const CuFunc *f, const char *sig, const char *src, void **prog_out, void **kernel_out) {
  ensure_device(vm);
  stats_register(vm);
  const char *opts = f->fastmath ? "-w -cl-std=CL1.2 -cl-fast-relaxed-math -cl-mad-enable"
                                 : "-w -cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt";
  char key[33], path[1200];
  bool cached = f->cache;
  void *prog = NULL;
  if (cached) {
    cache_key(opts, sig, src, key);
    cached = cache_path(f->filename, f->name, key, path, sizeof path);
    if (cached && (prog = cache_load(path, key, opts))) st_hits++;
  }
  if (!prog) {
    char *log = NULL;
    prog = dev_build(src, opts, &log);
    st_builds++;
    if (!prog) build_failed(vm, f->name, f->filename, src, log);
    free(log);
    if (cached) cache_store(path, key, prog);
  }
  void *k = dev_kernel(prog, CL_KERNEL_NAME);
  if (!k) {
    dev_release_program(prog);
    dev_fail(vm);
  }
  *prog_out = prog;
  *kernel_out = k;
}

static void sig_string(int n, const ClTy *tys, StrBuf *b) {
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(b, ", ");
    cl_type_str(&tys[i], b);
  }
}

/* Build the program of a spec on the device (once). */
static void build_spec(VM *vm, CuFunc *f, CuSpec *s) {
  if (s->kernel) return;
  StrBuf sb = STRBUF_INIT;
  sig_string(s->nargs, s->argtys, &sb);
  char sig[2048];
  snprintf(sig, sizeof sig, "%s", sb.data ? sb.data : "");
  sb_free(&sb);
  void *prog = NULL, *k = NULL;
  build_program(vm, f, sig, s->src, &prog, &k);
  s->prog = prog;
  s->kernel = k;
}

/* ---- launch configurations ------------------------------------------------------------------ */

typedef struct LaunchCfg {
  Obj hdr;
  Value kernel;
  int dims;
  int64_t grid[3], block[3];
  int64_t shared_bytes;
} LaunchCfg;

static void launch_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((LaunchCfg *)o)->kernel); }
static Value launch_call(VM *vm, Value self, const Args *a);
static Type TYPE_CUDA_LAUNCH = {.hdr = TYPE_HEADER, .name = "_LaunchConfiguration", .base = &TYPE_OBJECT,
                                .mark = launch_mark, .call = launch_call};

/* Numba's normalize_kernel_dimensions: an int or a sequence of up to 3 integers. */
static int parse_dim(VM *vm, Value v, int64_t *out, const char *what) {
  out[0] = out[1] = out[2] = 1;
  bool seq = is_tuple(v) || is_list(v);
  int64_t n = seq ? (is_tuple(v) ? as_tuple(v)->n : as_list(v)->n) : 1;
  const Value *items = seq ? (is_tuple(v) ? as_tuple(v)->items : as_list(v)->items) : &v;
  bool ok = n <= 3;
  for (int64_t i = 0; i < n && ok; i++) ok = v_is_intlike(items[i]) || (is_npscalar(items[i]) && v_is_intlike(items[i]));
  if (!ok) {
    Value lst = list_from(vm, items, n);
    gc_push_root(vm, lst);
    Value r = v_repr(vm, lst);
    if (n > 3) vm_raise(vm, &EXC_ValueError, "%s must be a sequence of 1, 2 or 3 integers, got %s", what, as_str(r)->data);
    vm_raise(vm, &EXC_TypeError, "%s must be a sequence of integers, got %s", what, as_str(r)->data);
  }
  for (int64_t i = 0; i < n; i++) out[i] = arr_index_value(vm, items[i]);
  return n ? (int)n : 1;
}

static Value cufunc_getitem(VM *vm, Value self, Value key) {
  CuFunc *f = (CuFunc *)self.as.o;
  if (f->device) vm_raise(vm, &EXC_TypeError, "device function '%s' cannot be launched; call it from a kernel", f->name);
  if (!is_tuple(key) || as_tuple(key)->n < 2 || as_tuple(key)->n > 4)
    vm_raise(vm, &EXC_ValueError, "must specify at least the griddim and blockdim: kernel[blocks, threads](...)");
  Tuple *t = as_tuple(key);
  LaunchCfg *c = gc_alloc(vm, &TYPE_CUDA_LAUNCH, sizeof(LaunchCfg));
  c->kernel = self;
  int gd = parse_dim(vm, t->items[0], c->grid, "griddim");
  int bd = parse_dim(vm, t->items[1], c->block, "blockdim");
  c->dims = gd > bd ? gd : bd;
  for (int i = 0; i < 3; i++) {
    if (c->grid[i] < 1) vm_raise(vm, &EXC_ValueError, "invalid launch configuration: griddim[%d] = %lld (must be >= 1)", i, (long long)c->grid[i]);
    if (c->block[i] < 1) vm_raise(vm, &EXC_ValueError, "invalid launch configuration: blockdim[%d] = %lld (must be >= 1)", i, (long long)c->block[i]);
  }
  int64_t threads = c->block[0] * c->block[1] * c->block[2];
  if (threads > 1024)
    vm_raise(vm, &EXC_ValueError, "invalid launch configuration: %lld threads per block (CUDA allows at most 1024)", (long long)threads);
  if (t->n == 4) {
    Value sm = t->items[3];
    if (!v_is_intlike(sm)) vm_raise(vm, &EXC_TypeError, "sharedmem must be an int, not '%s'", v_typename(sm));
    c->shared_bytes = arr_index_value(vm, sm);
    if (c->shared_bytes < 0) vm_raise(vm, &EXC_ValueError, "sharedmem must be >= 0");
  }
  return v_obj(c);
}

typedef struct HostArg {
  NdArray *orig, *copy; /* copy: the contiguous array uploaded (may be orig) */
  void *buf;
} HostArg;

static void free_host_args(HostArg *h, int n) {
  for (int i = 0; i < n; i++) dev_free(h[i].buf);
}

static Value launch_call(VM *vm, Value self, const Args *a) {
  LaunchCfg *c = (LaunchCfg *)self.as.o;
  CuFunc *f = (CuFunc *)c->kernel.as.o;
  if (a->nkw) vm_raise(vm, &EXC_TypeError, "kernel %s() takes positional arguments only", f->name);
  int n = a->argc;
  if (n > 64) vm_raise(vm, &EXC_TypeError, "too many kernel arguments");
  ClTy tys[64];
  for (int i = 0; i < n; i++) {
    tys[i] = arg_type(vm, f, i, a->argv[i]);
    if (is_array(a->argv[i])) sentry_contiguous(vm, as_array(a->argv[i]));
  }
  CuSpec *s = find_spec(vm, f, n, tys);
  build_spec(vm, f, s);
  size_t threads = (size_t)(c->block[0] * c->block[1] * c->block[2]);
  if (threads > dev_max_work_group())
    vm_raise(vm, &EXC_ValueError, "invalid launch configuration: %zu threads per block exceed the OpenCL device's work-group limit %zu (%s)",
             threads, dev_max_work_group(), dev_name());
  void *k = s->kernel;
  void *ef = get_errflag(vm);
  /* host arrays: contiguous copies on the device, in and back */
  HostArg host[64];
  int nhost = 0;
  bool failed = false;
  unsigned ai = 0;
  if (dev_arg_buf(k, ai++, ef) < 0) dev_fail(vm);
  for (int i = 0; i < n && !failed; i++) {
    Value v = a->argv[i];
    const ClTy *p = &s->argtys[i];
    if (p->k == CK_ARRAY) {
      void *buf;
      int64_t off, nd, shape[DEV_MAXDIMS], st[DEV_MAXDIMS];
      int isz;
      if (is_devarray(v)) {
        DevArray *d = as_devarray(v);
        buf = d->mem->buf;
        isz = d->itemsize;
        off = d->off / isz;
        nd = d->ndim;
        for (int k2 = 0; k2 < nd; k2++) {
          shape[k2] = d->shape[k2];
          st[k2] = d->strides[k2] / isz;
        }
        if (d->off % isz) failed = true;
      } else {
        NdArray *h = as_array(v);
        NdArray *cp = arr_contiguous(vm, h, -1);
        HostArg *ha = &host[nhost];
        ha->orig = h;
        ha->copy = cp;
        ha->buf = dev_alloc((size_t)(cp->size * cp->itemsize));
        if (!ha->buf) {
          failed = true;
          break;
        }
        nhost++;
        if (dev_write(ha->buf, 0, cp->data, (size_t)(cp->size * cp->itemsize)) < 0) {
          failed = true;
          break;
        }
        buf = ha->buf;
        isz = cp->itemsize;
        off = 0;
        nd = cp->ndim;
        for (int k2 = 0; k2 < nd; k2++) {
          shape[k2] = cp->shape[k2];
          st[k2] = cp->strides[k2] / isz;
        }
      }
      if (dev_arg_buf(k, ai++, buf) < 0 || dev_arg(k, ai++, 8, &off) < 0) failed = true;
      for (int k2 = 0; k2 < nd && !failed; k2++)
        if (dev_arg(k, ai++, 8, &shape[k2]) < 0) failed = true;
      for (int k2 = 0; k2 < nd && !failed; k2++)
        if (dev_arg(k, ai++, 8, &st[k2]) < 0) failed = true;
    } else {
      unsigned char bytes[16] = {0};
      arr_store_value(vm, (DType)p->dt, bytes, v);
      if (dev_arg(k, ai++, (size_t)dt_size((DType)p->dt), bytes) < 0) failed = true;
    }
  }
  if (!failed && s->dynshared) {
    int64_t sz = c->shared_bytes;
    if (dev_arg_local(k, ai++, (size_t)sz) < 0 || dev_arg(k, ai++, 8, &sz) < 0) failed = true;
  }
  size_t global[3], local[3];
  for (int i = 0; i < 3; i++) {
    global[i] = (size_t)(c->grid[i] * c->block[i]);
    local[i] = (size_t)c->block[i];
  }
  if (!failed && dev_launch(k, c->dims, global, local) < 0) failed = true;
  errs_pending = true;
  if (failed) {
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", dev_error());
    free_host_args(host, nhost);
    vm_raise(vm, &EXC_RuntimeError, "launching kernel '%s' failed: %s", f->name, msg);
  }
  if (nhost) {
    for (int i = 0; i < nhost; i++) {
      HostArg *ha = &host[i];
      if (!(ha->orig->flags & ARR_WRITEABLE)) continue;
      if (dev_read(ha->buf, 0, ha->copy->data, (size_t)(ha->copy->size * ha->copy->itemsize)) < 0) {
        failed = true;
        break;
      }
    }
    free_host_args(host, nhost);
    if (failed) dev_fail(vm);
    for (int i = 0; i < nhost; i++)
      if (host[i].copy != host[i].orig && (host[i].orig->flags & ARR_WRITEABLE)) arr_assign(vm, host[i].orig, host[i].copy);
    check_kernel_errors(vm);
  }
  return v_none();
}

/* ---- @cuda.jit --------------------------------------------------------------------------------- */

typedef struct JitState {
  Obj hdr;
  Value sigs; /* None or a list of signatures */
  bool device, fastmath, boundscheck, cache;
} JitState;

static void jitst_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((JitState *)o)->sigs); }
static Type TYPE_CUDA_JITSTATE = {.hdr = TYPE_HEADER, .name = "cuda_jit_decorator", .base = &TYPE_OBJECT, .mark = jitst_mark};

static Value make_cufunc(VM *vm, JitState *st, Value fn) {
  if (is_type(fn, &TYPE_CUDA_DISPATCHER)) fn = ((CuFunc *)fn.as.o)->pyfunc;
  if (!is_function(fn)) vm_raise(vm, &EXC_TypeError, "cuda.jit: expected a function, got '%s'", v_typename(fn));
  CuFunc *f = gc_alloc(vm, &TYPE_CUDA_DISPATCHER, sizeof(CuFunc));
  f->pyfunc = fn;
  f->device = st->device;
  f->fastmath = st->fastmath;
  f->boundscheck = st->boundscheck;
  f->cache = st->cache;
  f->name = util_xstrdup(as_function(fn)->name->data);
  Value fv = v_obj(f);
  gc_push_root(vm, fv);
  cl_load_ast(vm, f);
  if (is_list(st->sigs) && !f->device) {
    List *l = as_list(st->sigs);
    for (int64_t i = 0; i < l->n; i++) {
      NbSig sig;
      nb_parse_signature(vm, l->items[i], &sig);
      ClTy tys[32];
      for (int k = 0; k < sig.nargs; k++) tys[k] = nbty_to_cl(vm, sig.args[k]);
      if (sig.ret && nb_type(sig.ret)->kind != NK_NONE)
        vm_raise(vm, &EXC_TypeError, "kernel %s: a kernel's signature must return void", f->name);
      new_spec(vm, f, sig.nargs, tys);
    }
    f->eager = l->n > 0;
  }
  gc_pop_roots(vm, 1);
  return fv;
}

static Value jit_apply(VM *vm, Value self, const Args *a) {
  if (a->argc != 1 || a->nkw) vm_raise(vm, &EXC_TypeError, "the cuda.jit decorator takes one function");
  return make_cufunc(vm, (JitState *)self.as.o, a->argv[0]);
}

static bool env_boundscheck(void) {
  const char *e = getenv("STREAK_CUDA_BOUNDSCHECK");
  return !(e && !strcmp(e, "0"));
}

static Value cuda_jit(VM *vm, Value self, const Args *a) {
  (void)self;
  JitState *st = gc_alloc(vm, &TYPE_CUDA_JITSTATE, sizeof(JitState));
  Value stv = v_obj(st);
  gc_push_root(vm, stv);
  st->sigs = v_none();
  st->boundscheck = env_boundscheck();
  for (int k = 0; k < a->nkw; k++) {
    Str *n = as_str(a->kwnames[k]);
    Value v = a->kwvals[k];
    if (str_eq_c(n, "device")) st->device = v_truthy(vm, v);
    else if (str_eq_c(n, "fastmath")) st->fastmath = v_truthy(vm, v);
    else if (str_eq_c(n, "boundscheck")) st->boundscheck = is_none(v) ? env_boundscheck() : v_truthy(vm, v);
    else if (str_eq_c(n, "cache")) st->cache = v_truthy(vm, v);
    else if (str_eq_c(n, "debug") || str_eq_c(n, "inline") || str_eq_c(n, "opt") || str_eq_c(n, "lineinfo") ||
             str_eq_c(n, "link") || str_eq_c(n, "max_registers") || str_eq_c(n, "extensions"))
      ;
    else vm_raise(vm, &EXC_KeyError, "Unrecognized options: {'%s'}", n->data);
  }
  if (a->argc > 1) vm_raise(vm, &EXC_TypeError, "cuda.jit() takes at most one positional argument");
  Value r;
  if (a->argc == 1 && (is_function(a->argv[0]) || is_type(a->argv[0], &TYPE_CUDA_DISPATCHER))) {
    r = make_cufunc(vm, st, a->argv[0]);
  } else {
    if (a->argc == 1) {
      Value x = a->argv[0];
      if (is_list(x)) st->sigs = x;
      else if (is_str(x) || is_type(x, &TYPE_NB_SIG) || is_tuple(x)) st->sigs = list_from(vm, &x, 1);
      else if (!is_none(x)) vm_raise(vm, &EXC_TypeError, "invalid argument to cuda.jit(): '%s'", v_typename(x));
    }
    r = builtin_new(vm, "jit", jit_apply, stv);
  }
  gc_pop_roots(vm, 1);
  return r;
}

/* ---- @vectorize(target='cuda') ------------------------------------------------------------------
** numba.cuda._streak_vectorize(signatures, function) is the hook
** src/mod_numba_vec.c calls. Each signature's elementwise kernel is generated
** at decoration (typing errors show there, as in Numba) and built at its first
** call. Calls follow Numba's CUDAUFuncMechanism: arrays must have a
** signature's exact dtypes (casting='no'), Python and NumPy scalars match
** exactly first and are then coerced, inputs broadcast; the result is a
** device array when any input (or out=) is one, else a host array. */

enum { CUV_MAXIN = 8 };

/* A built kernel of a loop for one pattern of scalar (by value) inputs. */
typedef struct CuVecProg {
  unsigned scalars;
  char *src;
  void *prog, *kernel;
  struct CuVecProg *next;
} CuVecProg;

typedef struct CuVecLoop {
  int dts[CUV_MAXIN + 1]; /* inputs, then the result */
  CuVecProg *progs;       /* the first (all arrays) is generated at decoration */
} CuVecLoop;

typedef struct CuUFunc {
  Obj hdr;
  Value dev; /* the scalar function as a device=True CuFunc */
  int nin, nloops;
  CuVecLoop *loops;
} CuUFunc;

static void cuuf_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((CuUFunc *)o)->dev); }

static void cuuf_finalize(VM *vm, Obj *o) {
  (void)vm;
  CuUFunc *u = (CuUFunc *)o;
  for (int i = 0; i < u->nloops; i++) {
    CuVecProg *p = u->loops[i].progs;
    while (p) {
      CuVecProg *nx = p->next;
      dev_release_kernel(p->kernel);
      dev_release_program(p->prog);
      free(p->src);
      free(p);
      p = nx;
    }
  }
  free(u->loops);
  u->loops = NULL;
  u->nloops = 0;
}

static const char *cuuf_name(CuUFunc *u) { return ((CuFunc *)u->dev.as.o)->name; }

static Value cuuf_repr(VM *vm, Value self) {
  return str_printf(vm, "<numba.cuda.vectorizers.CUDAUFuncDispatcher object at %p>", (void *)self.as.o);
}

static Value cuuf_getattr(VM *vm, Value self, Str *name) {
  CuUFunc *u = (CuUFunc *)self.as.o;
  if (str_eq_c(name, "__name__")) return str_from_cstr(vm, cuuf_name(u));
  if (str_eq_c(name, "py_func")) return ((CuFunc *)u->dev.as.o)->pyfunc;
  return v_empty();
}

/* One operand of a call: a host array, a device array or a scalar. */
typedef struct VecOp {
  Value v;
  NdArray *host;
  DevArray *dev;
  int dt;       /* its dtype (a scalar's np.asarray dtype) */
  bool scalar;
} VecOp;

static bool vec_is_scalar(Value v) {
  return is_int(v) || is_bool(v) || is_float(v) || is_bigint(v) || is_complex(v) || (is_npscalar(v) && ((NpScalar *)v.as.o)->dtype != DT_BOOL);
}

/* Numba's _resolve_signature: exact match (scalars included), else arrays exact and scalars coerced. */
static CuVecLoop *vec_resolve(VM *vm, CuUFunc *u, const VecOp *ops) {
  CuVecLoop *match = NULL;
  int nmatch = 0;
  bool any_scalar = false;
  for (int i = 0; i < u->nin; i++) any_scalar |= ops[i].scalar;
  for (int pass = any_scalar ? 0 : 1; pass < 2 && !nmatch; pass++) {
    for (int l = 0; l < u->nloops; l++) {
      bool ok = true;
      for (int i = 0; i < u->nin && ok; i++) ok = (pass == 1 && ops[i].scalar) || ops[i].dt == u->loops[l].dts[i];
      if (ok && !nmatch++) match = &u->loops[l];
    }
  }
  if (!nmatch)
    vm_raise(vm, &EXC_TypeError, "No matching version.  GPU ufunc requires array arguments to have the exact types.  This behaves like regular ufunc with casting='no'.");
  if (nmatch > 1)
    vm_raise(vm, &EXC_TypeError, "Failed to resolve ufunc due to ambiguous signature. Too many untyped scalars. Use numpy dtype object to type tag.");
  return match;
}

/* Lowers loop l for the scalar pattern (raises TypingError). */
static CuVecProg *vec_gen(VM *vm, CuUFunc *u, CuVecLoop *l, unsigned scalars) {
  CuFunc *df = (CuFunc *)u->dev.as.o;
  StrBuf err = STRBUF_INIT;
  char *src = cl_gen_vectorize(vm, df, u->nin, l->dts, l->dts[u->nin], scalars, &err);
  if (!src) {
    Value msg = sb_finish(vm, &err);
    vm_raise(vm, &EXC_NbTypingError, "%s", as_str(msg)->data);
  }
  sb_free(&err);
  if (getenv("STREAK_CUDA_DUMP")) fprintf(stderr, "---- OpenCL C for cuda ufunc %s ----\n%s\n", df->name, src);
  CuVecProg *p = util_xmalloc(sizeof *p);
  memset(p, 0, sizeof *p);
  p->scalars = scalars;
  p->src = src;
  CuVecProg **pp = &l->progs;
  while (*pp) pp = &(*pp)->next;
  *pp = p;
  return p;
}

/* The built kernel of loop l for the scalar pattern. */
static void *vec_kernel(VM *vm, CuUFunc *u, CuVecLoop *l, unsigned scalars) {
  CuVecProg *p = l->progs;
  while (p && p->scalars != scalars) p = p->next;
  if (!p) p = vec_gen(vm, u, l, scalars);
  if (!p->kernel) {
    char sig[256];
    int n = snprintf(sig, sizeof sig, "vectorize/%x:", scalars);
    for (int i = 0; i <= u->nin; i++) n += snprintf(sig + n, sizeof sig - (size_t)n, "%s%s", i ? "," : "", dt_name((DType)l->dts[i]));
    build_program(vm, (CuFunc *)u->dev.as.o, sig, p->src, &p->prog, &p->kernel);
  }
  return p->kernel;
}

/* Sets the kernel arguments of array input k: a device buffer of n elements of
** dtype dt (a contiguous device array as it is, anything else uploaded, broadcast,
** into a buffer appended to tmp). Returns false on an OpenCL failure. */
static bool vec_array_arg(VM *vm, void *k, unsigned *ai, VecOp *op, int dt, int nd, const int64_t *shape, int64_t n, void **tmp,
                          int *ntmp) {
  DevArray *d = op->dev;
  if (d && dev_c_contig(d) && d->off % d->itemsize == 0 && d->size == n) {
    int64_t off = d->off / d->itemsize;
    return dev_arg_buf(k, (*ai)++, d->mem->buf) == 0 && dev_arg(k, (*ai)++, 8, &off) == 0;
  }
  NdArray *h = d ? copy_to_host(vm, d, v_empty()) : op->host;
  h = arr_contiguous(vm, arr_broadcast_to(vm, h, nd, shape), dt);
  size_t bytes = (size_t)(h->size * h->itemsize);
  void *b = dev_alloc(bytes);
  if (!b) return false;
  tmp[(*ntmp)++] = b;
  int64_t off = 0;
  return dev_write(b, 0, h->data, bytes) == 0 && dev_arg_buf(k, (*ai)++, b) == 0 && dev_arg(k, (*ai)++, 8, &off) == 0;
}

static Value cuuf_call(VM *vm, Value self, const Args *a) {
  CuUFunc *u = (CuUFunc *)self.as.o;
  Value outv = v_none();
  for (int k = 0; k < a->nkw; k++) {
    Str *kn = as_str(a->kwnames[k]);
    if (str_eq_c(kn, "out")) outv = a->kwvals[k];
    else if (!str_eq_c(kn, "stream")) vm_raise(vm, &EXC_TypeError, "%s() got an unexpected keyword argument '%s'", cuuf_name(u), kn->data);
  }
  if (a->argc != u->nin)
    vm_raise(vm, &EXC_TypeError, "%s() takes %d positional argument%s but %d were given", cuuf_name(u), u->nin, u->nin == 1 ? "" : "s", a->argc);
  ensure_device(vm);
  VecOp ops[CUV_MAXIN];
  const int64_t *shapes[CUV_MAXIN];
  int nds[CUV_MAXIN];
  int64_t one = 1;
  bool any_dev = false;
  for (int i = 0; i < u->nin; i++) {
    VecOp *op = &ops[i];
    memset(op, 0, sizeof *op);
    op->v = a->argv[i];
    if (is_devarray(op->v)) {
      op->dev = as_devarray(op->v);
      op->dt = op->dev->dtype;
      shapes[i] = op->dev->shape;
      nds[i] = op->dev->ndim;
      any_dev = true;
    } else if (vec_is_scalar(op->v)) {
      op->scalar = true;
      op->dt = arr_as_array(vm, op->v, -1)->dtype;
      shapes[i] = &one;
      nds[i] = 1;
    } else {
      op->host = arr_as_array(vm, op->v, -1);
      op->v = v_obj(op->host);
      op->dt = op->host->dtype;
      shapes[i] = op->host->shape;
      nds[i] = op->host->ndim;
    }
  }
  CuVecLoop *l = vec_resolve(vm, u, ops);
  int nd = 0;
  int64_t shape[ARR_MAXDIMS];
  arr_broadcast_shapes_raw(vm, u->nin, nds, shapes, &nd, shape);
  int64_t n = 1;
  for (int i = 0; i < nd; i++) n *= shape[i];
  int rdt = l->dts[u->nin];
  DevArray *dout = NULL;
  NdArray *hout = NULL;
  if (is_devarray(outv)) {
    dout = as_devarray(outv);
    if (dout->size != n || dout->dtype != rdt || !dev_c_contig(dout))
      vm_raise(vm, &EXC_ValueError, "out= must be a C-contiguous %s device array of %lld elements", dt_name((DType)rdt), (long long)n);
    any_dev = true;
  } else if (!is_none(outv)) {
    if (!is_array(outv)) vm_raise(vm, &EXC_TypeError, "out= must be an array, not '%s'", v_typename(outv));
    hout = as_array(outv);
    if (hout->ndim != nd || memcmp(hout->shape, shape, sizeof(int64_t) * (size_t)nd) || hout->dtype != rdt)
      vm_raise(vm, &EXC_AssertionError, "out= must have the result's shape and dtype %s", dt_name((DType)rdt));
  }
  if (!dout) dout = devarr_new(vm, rdt, nd, shape);
  Value keep = v_obj(dout);
  gc_push_root(vm, keep);
  unsigned scalars = 0;
  for (int i = 0; i < u->nin; i++) scalars |= (unsigned)ops[i].scalar << i;
  void *k = vec_kernel(vm, u, l, scalars);
  void *tmp[CUV_MAXIN];
  int ntmp = 0;
  unsigned ai = 0;
  bool failed = dev_arg_buf(k, ai++, get_errflag(vm)) < 0;
  for (int i = 0; i < u->nin && !failed; i++) {
    if (ops[i].scalar) {
      unsigned char bytes[16] = {0};
      arr_store_value(vm, (DType)l->dts[i], bytes, ops[i].v);
      failed = dev_arg(k, ai++, (size_t)dt_size((DType)l->dts[i]), bytes) < 0;
    } else failed = !vec_array_arg(vm, k, &ai, &ops[i], l->dts[i], nd, shape, n, tmp, &ntmp);
  }
  int64_t ooff = dout->off / dout->itemsize;
  if (!failed) failed = dev_arg_buf(k, ai++, dout->mem->buf) < 0 || dev_arg(k, ai++, 8, &ooff) < 0 || dev_arg(k, ai++, 8, &n) < 0;
  size_t local = 64, global = (size_t)((n + 63) / 64 * 64);
  if (!failed && n > 0) failed = dev_launch(k, 1, &global, &local) < 0;
  errs_pending = true;
  for (int i = 0; i < ntmp; i++) dev_free(tmp[i]);
  if (failed) dev_fail(vm);
  Value r;
  if (any_dev) {
    r = keep;
    if (dout->ndim != nd || memcmp(dout->shape, shape, sizeof(int64_t) * (size_t)nd)) {
      int64_t st[DEV_MAXDIMS], sz = dout->itemsize;
      for (int i = nd - 1; i >= 0; i--) st[i] = sz, sz *= shape[i] ? shape[i] : 1;
      r = v_obj(devarr_view(vm, dout, nd, shape, st, dout->off));
    }
  } else r = v_obj(copy_to_host(vm, dout, hout ? v_obj(hout) : v_empty()));
  gc_pop_roots(vm, 1);
  return r;
}

static Type TYPE_CUDA_UFUNC = {.hdr = TYPE_HEADER, .name = "CUDAUFuncDispatcher", .base = &TYPE_OBJECT, .mark = cuuf_mark,
                               .finalize = cuuf_finalize, .repr = cuuf_repr, .getattr = cuuf_getattr, .call = cuuf_call};

static Value cuda_streak_vectorize(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc != 2 || a->nkw) vm_raise(vm, &EXC_TypeError, "_streak_vectorize(signatures, function)");
  Value sigs = a->argv[0];
  if (is_str(sigs) || is_type(sigs, &TYPE_NB_SIG)) sigs = list_from(vm, &sigs, 1);
  if (!is_list(sigs) || as_list(sigs)->n == 0)
    vm_raise(vm, &EXC_TypeError, "@vectorize(target='cuda') needs a list of signatures such as ['float32(float32, float32)']");
  gc_push_root(vm, sigs);
  JitState st = {.device = true, .boundscheck = env_boundscheck()};
  Value dev = make_cufunc(vm, &st, a->argv[1]);
  gc_push_root(vm, dev);
  CuFunc *df = (CuFunc *)dev.as.o;
  int nin = as_function(df->pyfunc)->code->argcount;
  if (nin < 1 || nin > CUV_MAXIN)
    vm_raise(vm, &EXC_NotImplementedError, "streak: @vectorize(target='cuda') supports 1 to %d inputs (%s() has %d)", CUV_MAXIN, df->name, nin);
  CuUFunc *u = gc_alloc(vm, &TYPE_CUDA_UFUNC, sizeof(CuUFunc));
  u->dev = dev;
  u->nin = nin;
  Value uv = v_obj(u);
  gc_push_root(vm, uv);
  List *l = as_list(sigs);
  u->loops = util_xmalloc(sizeof(CuVecLoop) * (size_t)l->n);
  memset(u->loops, 0, sizeof(CuVecLoop) * (size_t)l->n);
  for (int64_t i = 0; i < l->n; i++) {
    NbSig sig;
    nb_parse_signature(vm, l->items[i], &sig);
    if (sig.nargs != nin)
      vm_raise(vm, &EXC_TypeError, "signature %lld of %s() has %d arguments, the function %d", (long long)i, df->name, sig.nargs, nin);
    CuVecLoop *lp = &u->loops[u->nloops];
    for (int k = 0; k <= nin; k++) {
      NbTy t = k < nin ? sig.args[k] : sig.ret;
      const NbTypeInfo *ti = nb_type(t);
      if (!t || ti->kind != NK_SCALAR) vm_raise(vm, &EXC_TypeError, "@vectorize(target='cuda') signatures take scalar types only");
      lp->dts[k] = ti->dtype;
    }
    vec_gen(vm, u, lp, 0); /* typing errors show at decoration, as in Numba */
    u->nloops++;
  }
  gc_pop_roots(vm, 3);
  return uv;
}

/* ---- @guvectorize(target='cuda') ------------------------------------------------------------------
** numba.cuda._streak_guvectorize(signatures, function, layout) is the hook
** src/mod_numba_vec.c calls: Numba's CUDAGUFuncVectorize and its
** GenerializedUFunc (numba/np/ufunc/deviceufunc.py). The layout is parsed as
** numba's sigparse does and must have one output; each signature's kernel is
** generated at decoration (cl_gen_guvectorize) and built at its first call.
** A call schedules like GUFuncEngine: core dimensions are bound by name, the
** loop dimensions are the largest outer shape and every other input's outer
** shape must equal it or be () / (1,) (read with loop stride 0); the kernel is
** the one whose input dtypes match exactly, else the first whose dtypes cast
** safely to the inputs' (host inputs are then cast; device arrays cannot be).
** The result stays on the device when an input or out= is a device array. */

enum { CUG_MAXARGS = 8, CUG_MAXCORE = 4, CUG_SYMLEN = 32 };

typedef struct CuGuLoop {
  int dts[CUG_MAXARGS];   /* argument dtypes; the last is the output's */
  ClTy core[CUG_MAXARGS]; /* the core function's argument types (the signature's) */
  char *src;
  void *prog, *kernel;
} CuGuLoop;

typedef struct CuGUFunc {
  Obj hdr;
  Value dev; /* the core function as a device=True CuFunc */
  int nin, nargs, nloops;
  int ncore[CUG_MAXARGS];
  char sym[CUG_MAXARGS][CUG_MAXCORE][CUG_SYMLEN];
  CuGuLoop *loops;
} CuGUFunc;

static void cugu_mark(VM *vm, Obj *o) { gc_mark_value(vm, ((CuGUFunc *)o)->dev); }

static void cugu_free_loop(CuGuLoop *l) {
  dev_release_kernel(l->kernel);
  dev_release_program(l->prog);
  free(l->src);
  memset(l, 0, sizeof *l);
}

static void cugu_finalize(VM *vm, Obj *o) {
  (void)vm;
  CuGUFunc *u = (CuGUFunc *)o;
  for (int i = 0; i < u->nloops; i++) cugu_free_loop(&u->loops[i]);
  free(u->loops);
  u->loops = NULL;
  u->nloops = 0;
}

static Value cugu_repr(VM *vm, Value self) {
  return str_printf(vm, "<numba.cuda.vectorizers.CUDAGenerializedUFunc object at %p>", (void *)self.as.o);
}

static Value cugu_getattr(VM *vm, Value self, Str *name) {
  (void)vm;
  CuGUFunc *u = (CuGUFunc *)self.as.o;
  if (str_eq_c(name, "py_func")) return ((CuFunc *)u->dev.as.o)->pyfunc;
  return v_empty();
}

/* -- the layout: numba.np.ufunc.sigparse.parse_signature -- */

/* Python's tokenize over the whitespace-free layout, as far as sigparse looks:
** names, numbers, '->', single characters; after the last token of a non-empty
** string a NEWLINE (""), then the end. */
typedef struct GuLex { const char *p; bool nl; } GuLex;
typedef struct GuTok { char s[CUG_SYMLEN]; bool name, eof; } GuTok;

static bool gu_namec(char c, bool first) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9'); }

static void gu_tok(GuLex *lx, GuTok *t) {
  memset(t, 0, sizeof *t);
  const char *p = lx->p;
  if (!*p) {
    t->eof = lx->nl;
    lx->nl = true;
    return;
  }
  size_t n = 1;
  if (gu_namec(*p, true)) {
    t->name = true;
    while (gu_namec(p[n], false)) n++;
  } else if (*p >= '0' && *p <= '9') {
    while (gu_namec(p[n], false) || p[n] == '.') n++;
  } else if (p[0] == '-' && p[1] == '>') n = 2;
  snprintf(t->s, sizeof t->s, "%.*s", (int)n, p);
  lx->p += n;
}

static _Noreturn void gu_bad(VM *vm, const GuTok *t) { vm_raise(vm, &EXC_ValueError, "bad token in signature \"%s\"", t->s); }

/* One '(a,b)' group's names into argument n. */
static void gu_group(VM *vm, CuGUFunc *u, GuLex *lx, int n) {
  GuTok t;
  if (n >= CUG_MAXARGS) vm_raise(vm, &EXC_NotImplementedError, "streak: @guvectorize(target='cuda') supports at most %d arguments", CUG_MAXARGS);
  u->ncore[n] = 0;
  for (gu_tok(lx, &t); t.eof || strcmp(t.s, ")"); gu_tok(lx, &t)) {
    if (t.name) {
      if (u->ncore[n] == CUG_MAXCORE)
        vm_raise(vm, &EXC_NotImplementedError, "streak: @guvectorize(target='cuda') supports at most %d core dimensions an argument", CUG_MAXCORE);
      snprintf(u->sym[n][u->ncore[n]++], CUG_SYMLEN, "%s", t.s);
    } else if (t.eof || strcmp(t.s, ",")) gu_bad(vm, &t);
  }
}

/* sigparse's parse(): groups of s into arguments first..; returns the next free index. */
static int gu_groups(VM *vm, CuGUFunc *u, const char *s, int first) {
  GuLex lx = {s, *s == 0};
  GuTok t;
  int n = first;
  gu_tok(&lx, &t);
  while (!t.eof) {
    if (t.name || strcmp(t.s, "(")) gu_bad(vm, &t);
    gu_group(vm, u, &lx, n++);
    gu_tok(&lx, &t);
    if (!t.eof) gu_tok(&lx, &t); /* sigparse reads past a ',' and past anything else too */
  }
  return n;
}

static bool gu_defined(const CuGUFunc *u, const char *sym) {
  for (int i = 0; i < u->nin; i++)
    for (int k = 0; k < u->ncore[i]; k++)
      if (!strcmp(u->sym[i][k], sym)) return true;
  return false;
}

/* NameError for output symbols no input names (sorted, as sigparse reports them). */
static void gu_check_outputs(VM *vm, const CuGUFunc *u) {
  const char *undef[CUG_MAXARGS * CUG_MAXCORE];
  int n = 0;
  for (int i = u->nin; i < u->nargs; i++)
    for (int k = 0; k < u->ncore[i]; k++) {
      const char *s = u->sym[i][k];
      bool dup = false;
      for (int j = 0; j < n && !dup; j++) dup = !strcmp(undef[j], s);
      if (dup || gu_defined(u, s)) continue;
      int j = n++;
      for (; j > 0 && strcmp(undef[j - 1], s) > 0; j--) undef[j] = undef[j - 1];
      undef[j] = s;
    }
  if (!n) return;
  StrBuf b = STRBUF_INIT;
  for (int j = 0; j < n; j++) sb_printf(&b, "%s%s", j ? "," : "", undef[j]);
  Value msg = sb_finish(vm, &b);
  vm_raise(vm, &EXC_NameError, "undefined output symbols: %s", as_str(msg)->data);
}

static void gu_layout(VM *vm, CuGUFunc *u, Value layout) {
  if (!is_str(layout)) vm_raise(vm, &EXC_TypeError, "guvectorize: the layout must be a string such as '(n),()->(n)'");
  const char *src = as_str(layout)->data;
  char s[512];
  size_t n = 0;
  for (const char *p = src; *p && n + 1 < sizeof s; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f' && *p != '\v') s[n++] = *p;
  s[n] = 0;
  char *arrow = strstr(s, "->");
  const char *outs = "";
  if (arrow) {
    *arrow = 0;
    outs = arrow + 2;
  }
  u->nin = gu_groups(vm, u, s, 0);
  u->nargs = gu_groups(vm, u, outs, u->nin);
  gu_check_outputs(vm, u);
  if (u->nargs - u->nin != 1) vm_raise(vm, &EXC_AssertionError, "only support 1 output");
}

/* -- signatures -- */

/* The core type of argument k of a signature; raises Numba's errors. */
static ClTy gu_core_type(VM *vm, CuGUFunc *u, int k, NbTy t) {
  const NbTypeInfo *ti = nb_type(t);
  ClTy c = nbty_to_cl(vm, t);
  if (ti->kind == NK_SCALAR) {
    if (u->ncore[k] > 0) vm_raise(vm, &EXC_ValueError, "gufunc signature mismatch: ndim>0 for scalar");
    return c;
  }
  c.layout = 'A'; /* arg[__tid__, :] of the outer array */
  if (c.nd != u->ncore[k] && !(u->ncore[k] == 0 && c.nd == 1))
    vm_raise(vm, &EXC_NbTypingError,
             "guvectorize: argument %d of %s() is a %d-d array in the signature but has %d core dimension%s in the layout",
             k + 1, ((CuFunc *)u->dev.as.o)->name, c.nd, u->ncore[k], u->ncore[k] == 1 ? "" : "s");
  return c;
}

/* Adds a signature (its kernel generated now: typing errors show at decoration).
** Like Numba's kernelmap, a later signature with the same input dtypes replaces
** the earlier one in its place. */
static void gu_add(VM *vm, CuGUFunc *u, Value sigv) {
  NbSig sig;
  nb_parse_signature(vm, sigv, &sig);
  CuFunc *df = (CuFunc *)u->dev.as.o;
  if (sig.nargs != u->nargs)
    vm_raise(vm, &EXC_TypeError, "guvectorize: a signature of %s() has %d arguments, the layout %d", df->name, sig.nargs, u->nargs);
  CuGuLoop l;
  memset(&l, 0, sizeof l);
  for (int k = 0; k < sig.nargs; k++) {
    l.core[k] = gu_core_type(vm, u, k, sig.args[k]);
    l.dts[k] = l.core[k].dt;
  }
  StrBuf err = STRBUF_INIT;
  l.src = cl_gen_guvectorize(vm, df, u->nargs, l.core, &err);
  if (!l.src) {
    Value msg = sb_finish(vm, &err);
    vm_raise(vm, &EXC_NbTypingError, "%s", as_str(msg)->data);
  }
  sb_free(&err);
  if (getenv("STREAK_CUDA_DUMP")) fprintf(stderr, "---- OpenCL C for cuda gufunc %s ----\n%s\n", df->name, l.src);
  int at = u->nloops;
  for (int i = 0; i < u->nloops && at == u->nloops; i++)
    if (!memcmp(u->loops[i].dts, l.dts, sizeof(int) * (size_t)u->nin)) at = i;
  if (at < u->nloops) cugu_free_loop(&u->loops[at]);
  else u->nloops++;
  u->loops[at] = l;
}

static Type TYPE_CUDA_GUFUNC;

static Value cuda_streak_guvectorize(VM *vm, Value self, const Args *a) {
  (void)self;
  if (a->argc != 3 || a->nkw) vm_raise(vm, &EXC_TypeError, "_streak_guvectorize(signatures, function, layout)");
  Value sigs = a->argv[0];
  if (is_str(sigs) || is_type(sigs, &TYPE_NB_SIG)) sigs = list_from(vm, &sigs, 1);
  if (!is_list(sigs) || as_list(sigs)->n == 0)
    vm_raise(vm, &EXC_TypeError, "@guvectorize(target='cuda') needs a list of signatures such as ['void(float32[:], float32[:])']");
  gc_push_root(vm, sigs);
  JitState st = {.device = true, .boundscheck = env_boundscheck()};
  Value dev = make_cufunc(vm, &st, a->argv[1]);
  gc_push_root(vm, dev);
  CuGUFunc *u = gc_alloc(vm, &TYPE_CUDA_GUFUNC, sizeof(CuGUFunc));
  memset((char *)u + sizeof(Obj), 0, sizeof(CuGUFunc) - sizeof(Obj));
  u->dev = dev;
  Value uv = v_obj(u);
  gc_push_root(vm, uv);
  gu_layout(vm, u, a->argv[2]);
  List *l = as_list(sigs);
  u->loops = util_xmalloc(sizeof(CuGuLoop) * (size_t)l->n);
  for (int64_t i = 0; i < l->n; i++) gu_add(vm, u, l->items[i]);
  gc_pop_roots(vm, 3);
  return uv;
}

/* -- calls -- */

/* One argument as the kernel sees it: buffer, element offset, loop stride, core shape and strides. */
typedef struct GuView {
  void *buf;
  int64_t off, ls;
  int64_t n[CUG_MAXCORE], s[CUG_MAXCORE];
} GuView;

/* A call's state: normalised operands (device arrays; host arrays uploaded later). */
typedef struct GuCall {
  CuGUFunc *u;
  Value in[CUG_MAXARGS];   /* DevArray or host NdArray values */
  Value out;               /* V_NONE or the out= array */
  bool any_dev, out_dev;
  int64_t core[CUG_MAXARGS][CUG_MAXCORE];
  int nloop;               /* loop dimensions */
  int64_t loop[ARR_MAXDIMS], odim;
  int64_t oshape[ARR_MAXDIMS + CUG_MAXCORE];
  int ond;
  CuGuLoop *l;
} GuCall;

static int gu_ndim(Value v) { return is_devarray(v) ? as_devarray(v)->ndim : as_array(v)->ndim; }
static const int64_t *gu_shape(Value v) { return is_devarray(v) ? as_devarray(v)->shape : as_array(v)->shape; }
static int gu_dtype(Value v) { return is_devarray(v) ? as_devarray(v)->dtype : as_array(v)->dtype; }

static bool gu_same(int na, const int64_t *a, int nb, const int64_t *b) {
  return na == nb && !memcmp(a, b, sizeof(int64_t) * (size_t)na);
}

/* The arguments: out= (keyword or one extra positional), inputs normalised (np.asarray). */
static int gu_args(VM *vm, GuCall *c, const Args *a) {
  CuGUFunc *u = c->u;
  c->out = v_none();
  for (int k = 0; k < a->nkw; k++)
    if (str_eq_c(as_str(a->kwnames[k]), "out")) c->out = a->kwvals[k];
  c->out_dev = is_devarray(c->out);
  int n = a->argc < u->nin ? a->argc : u->nin, roots = 0;
  for (int i = 0; i < n; i++) {
    Value v = a->argv[i];
    if (is_devarray(v)) c->any_dev = true;
    else v = v_obj(arr_as_array(vm, v, -1));
    c->in[i] = v;
    gc_push_root(vm, v);
    roots++;
  }
  if (a->argc > u->nin + 1) vm_raise(vm, &EXC_ValueError, "too many values to unpack (expected 1)");
  if (a->argc == u->nin + 1) {
    if (!is_none(c->out)) vm_raise(vm, &EXC_ValueError, "cannot specify 'out' as both a positional and keyword argument");
    c->out = a->argv[u->nin];
    c->out_dev = is_devarray(c->out);
  }
  if (a->argc < u->nin) vm_raise(vm, &EXC_TypeError, "invalid number of input argument");
  return roots;
}

/* GUFuncEngine.schedule: core dimensions, loop dimensions, the output's shape. */
static void gu_schedule(VM *vm, GuCall *c) {
  CuGUFunc *u = c->u;
  const char *syms[CUG_MAXARGS * CUG_MAXCORE];
  int64_t sizes[CUG_MAXARGS * CUG_MAXCORE];
  int nsym = 0, best = 0;
  int64_t bestsize = -1;
  for (int i = 0; i < u->nin; i++) {
    int nd = gu_ndim(c->in[i]), nc = u->ncore[i], outer = nd - nc;
    const int64_t *sh = gu_shape(c->in[i]);
    if (nd < nc) vm_raise(vm, &EXC_ValueError, "arg #%d: insufficient inner dimension", i + 1);
    for (int k = 0; k < nc; k++) {
      int j = 0;
      while (j < nsym && strcmp(syms[j], u->sym[i][k])) j++;
      if (j == nsym) syms[nsym] = u->sym[i][k], sizes[nsym++] = sh[outer + k];
      else if (sizes[j] != sh[outer + k]) vm_raise(vm, &EXC_ValueError, "arg #%d: shape[%d] mismatch argument", i + 1, outer + k);
      c->core[i][k] = sh[outer + k];
    }
    int64_t sz = 1;
    for (int k = 0; k < outer; k++) sz *= sh[k];
    if (sz > bestsize) bestsize = sz, best = i;
  }
  c->nloop = gu_ndim(c->in[best]) - u->ncore[best];
  memcpy(c->loop, gu_shape(c->in[best]), sizeof(int64_t) * (size_t)c->nloop);
  c->odim = bestsize;
  for (int i = 0; i < u->nin; i++) {
    int outer = gu_ndim(c->in[i]) - u->ncore[i];
    const int64_t *sh = gu_shape(c->in[i]);
    if (!gu_same(outer, sh, c->nloop, c->loop) && !(outer == 0 || (outer == 1 && sh[0] == 1)))
      vm_raise(vm, &EXC_ValueError, "arg #%d: outer dimension mismatch", i + 1);
  }
  int o = u->nin;
  c->ond = c->nloop + u->ncore[o];
  memcpy(c->oshape, c->loop, sizeof(int64_t) * (size_t)c->nloop);
  for (int k = 0; k < u->ncore[o]; k++) {
    int j = 0;
    while (strcmp(syms[j], u->sym[o][k])) j++; /* gu_check_outputs: every output symbol is an input's */
    c->oshape[c->nloop + k] = sizes[j];
  }
}

/* The kernel: exact input dtypes, else the first signature whose dtypes cast
** safely to the inputs' (Numba's _search_matching_signature). */
static void gu_pick(VM *vm, GuCall *c) {
  CuGUFunc *u = c->u;
  for (int pass = 0; pass < 2; pass++)
    for (int l = 0; l < u->nloops; l++) {
      bool ok = true;
      for (int i = 0; i < u->nin && ok; i++) {
        int have = gu_dtype(c->in[i]), want = u->loops[l].dts[i];
        ok = pass ? uf_can_cast((DType)want, (DType)have, "safe") : have == want;
      }
      if (ok) {
        c->l = &u->loops[l];
        return;
      }
    }
  vm_raise(vm, &EXC_TypeError, "no matching signature");
}

/* Numba's adjust_input_types: host inputs cast to the kernel's dtypes. */
static int gu_cast_inputs(VM *vm, GuCall *c) {
  int roots = 0;
  for (int i = 0; i < c->u->nin; i++) {
    int want = c->l->dts[i];
    if (gu_dtype(c->in[i]) == want) continue;
    if (is_devarray(c->in[i]))
      vm_raise(vm, &EXC_TypeError,
               "compatible signature is possible by casting but <class 'numba.cuda.cudadrv.devicearray.DeviceNDArray'> does not support .astype()");
    c->in[i] = v_obj(arr_cast(vm, as_array(c->in[i]), (DType)want));
    gc_push_root(vm, c->in[i]);
    roots++;
  }
  return roots;
}

/* A host array on the device (any layout: copied through a contiguous buffer). */
static DevArray *gu_upload(VM *vm, NdArray *h) {
  DevArray *d = devarr_new(vm, h->dtype, h->ndim, h->shape);
  gc_push_root(vm, v_obj(d));
  host_to_dev(vm, v_obj(h), d);
  gc_pop_roots(vm, 1);
  return d;
}

/* The loop stride of d's outer dimensions collapsed to one of odim
** (DeviceNDArray.reshape without a copy). */
static int64_t gu_collapse(VM *vm, const DevArray *d, int outer, int64_t odim) {
  int64_t sz = 1, st = 0;
  for (int k = 0; k < outer; k++) sz *= d->shape[k];
  if (sz != odim) vm_raise(vm, &EXC_ValueError, "reshape changes the size of the array");
  int last = -1;
  for (int k = 0; k < outer; k++) {
    if (d->shape[k] == 1) continue;
    if (last >= 0 && d->strides[last] != d->strides[k] * d->shape[k])
      vm_raise(vm, &EXC_NotImplementedError, "operation requires copying");
    last = k;
    st = d->strides[k];
  }
  return st;
}

/* Argument k's view: GenerializedUFunc._broadcast for inputs, the reshaped result for the output. */
static void gu_view(VM *vm, const CuGUFunc *u, const ClTy *core, int k, DevArray *d, int64_t odim, GuView *v) {
  int nc = u->ncore[k], outer = d->ndim - nc, isz = d->itemsize;
  if (d->off % isz) vm_raise(vm, &EXC_NotImplementedError, "streak: a device array view at an unaligned offset");
  v->buf = d->mem->buf;
  v->off = d->off / isz;
  if ((nc == 0 && d->size == 1) || outer == 0) v->ls = 0;
  else if (outer == 1 && d->shape[0] == odim) v->ls = d->strides[0] / isz;
  else v->ls = gu_collapse(vm, d, outer, odim) / isz;
  if (core->k != CK_ARRAY) return;
  if (nc == 0) { /* '()' typed as a 1-d array: the one-element slice arg[i:i+1] */
    v->n[0] = 1;
    v->s[0] = 1;
    return;
  }
  for (int j = 0; j < nc; j++) {
    v->n[j] = d->shape[outer + j];
    v->s[j] = d->strides[outer + j] / isz;
  }
}

static bool gu_set_args(void *k, const CuGuLoop *l, int nargs, const GuView *v, int64_t n) {
  unsigned ai = 1;
  for (int i = 0; i < nargs; i++) {
    if (dev_arg_buf(k, ai++, v[i].buf) < 0 || dev_arg(k, ai++, 8, &v[i].off) < 0 || dev_arg(k, ai++, 8, &v[i].ls) < 0) return false;
    int nd = l->core[i].k == CK_ARRAY ? l->core[i].nd : 0;
    for (int j = 0; j < nd; j++)
      if (dev_arg(k, ai++, 8, &v[i].n[j]) < 0) return false;
    for (int j = 0; j < nd; j++)
      if (dev_arg(k, ai++, 8, &v[i].s[j]) < 0) return false;
  }
  return dev_arg(k, ai, 8, &n) == 0;
}

/* Work-groups small enough that a short loop still spreads over the device's cores. */
static size_t gu_local(int64_t n) {
  size_t local = 64;
  while (local > 1 && (int64_t)local * 16 > n) local /= 2;
  return local;
}

/* Runs loop l over views v (every argument's, the output's last). */
static void gu_launch(VM *vm, GuCall *c, GuView *v) {
  CuGUFunc *u = c->u;
  CuGuLoop *l = c->l;
  CuFunc *df = (CuFunc *)u->dev.as.o;
  if (!l->kernel) {
    char sig[256];
    int n = snprintf(sig, sizeof sig, "guvectorize:");
    for (int i = 0; i < u->nargs; i++) n += snprintf(sig + n, sizeof sig - (size_t)n, "%s%s", i ? "," : "", dt_name((DType)l->dts[i]));
    build_program(vm, df, sig, l->src, &l->prog, &l->kernel);
  }
  size_t local = gu_local(c->odim), global = (size_t)((c->odim + (int64_t)local - 1) / (int64_t)local) * local;
  bool failed = dev_arg_buf(l->kernel, 0, get_errflag(vm)) < 0 || !gu_set_args(l->kernel, l, u->nargs, v, c->odim);
  if (!failed) failed = dev_launch(l->kernel, 1, &global, &local) < 0;
  errs_pending = true;
  if (failed) vm_raise(vm, &EXC_RuntimeError, "launching gufunc '%s' failed: %s", df->name, dev_error());
}

/* The array the kernel writes: a new device array, or out= (a host out= is uploaded). */
static DevArray *gu_result(VM *vm, GuCall *c, bool need_conv) {
  if (need_conv || is_none(c->out)) return devarr_new(vm, c->l->dts[c->u->nin], c->ond, c->oshape);
  if (c->out_dev) return as_devarray(c->out);
  return gu_upload(vm, as_array(c->out));
}

static void gu_check_out(VM *vm, GuCall *c) {
  if (is_none(c->out)) return;
  if (!is_devarray(c->out) && !is_array(c->out)) vm_raise(vm, &EXC_AttributeError, "'%s' object has no attribute 'shape'", v_typename(c->out));
  if (!gu_same(gu_ndim(c->out), gu_shape(c->out), c->ond, c->oshape)) vm_raise(vm, &EXC_ValueError, "output shape mismatch");
}

/* Numba's post_process_result. */
static Value gu_finish(VM *vm, GuCall *c, DevArray *res, bool need_conv) {
  if (need_conv) {
    if (!is_none(c->out) && gu_dtype(c->out) != res->dtype)
      vm_raise(vm, &EXC_TypeError, "incompatible dtype: %s vs. %s", dt_name((DType)res->dtype), dt_name((DType)gu_dtype(c->out)));
    return v_obj(copy_to_host(vm, res, is_none(c->out) ? v_empty() : c->out));
  }
  if (is_none(c->out)) return v_obj(res);
  if (!c->out_dev) dev_to_host(vm, res, as_array(c->out)), check_kernel_errors(vm);
  return c->out;
}

static Value cugu_call(VM *vm, Value self, const Args *a) {
  ensure_device(vm);
  GuCall c;
  memset(&c, 0, sizeof c);
  c.u = (CuGUFunc *)self.as.o;
  CuGUFunc *u = c.u;
  int roots = gu_args(vm, &c, a);
  gu_schedule(vm, &c);
  gu_pick(vm, &c);
  gu_check_out(vm, &c);
  roots += gu_cast_inputs(vm, &c);
  bool need_conv = !c.any_dev && !c.out_dev;
  DevArray *res = gu_result(vm, &c, need_conv);
  gc_push_root(vm, v_obj(res));
  roots++;
  GuView v[CUG_MAXARGS];
  memset(v, 0, sizeof v);
  for (int i = 0; i < u->nin; i++) {
    DevArray *d = is_devarray(c.in[i]) ? as_devarray(c.in[i]) : gu_upload(vm, as_array(c.in[i]));
    gc_push_root(vm, v_obj(d));
    roots++;
    gu_view(vm, u, &c.l->core[i], i, d, c.odim, &v[i]);
  }
  if (c.odim <= 0) vm_raise(vm, &EXC_AssertionError, "zero looping dimension");
  gu_view(vm, u, &c.l->core[u->nin], u->nin, res, c.odim, &v[u->nin]);
  gu_launch(vm, &c, v);
  Value r = gu_finish(vm, &c, res, need_conv);
  gc_pop_roots(vm, roots);
  return r;
}

static Type TYPE_CUDA_GUFUNC = {.hdr = TYPE_HEADER, .name = "CUDAGenerializedUFunc", .base = &TYPE_OBJECT, .mark = cugu_mark,
                                .finalize = cugu_finalize, .repr = cugu_repr, .getattr = cugu_getattr, .call = cugu_call};

/* ---- module functions -------------------------------------------------------------------------- */

static Value cuda_to_device(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "to_device", "obj,|stream,copy,to", v);
  if (is_devarray(v[0])) return v[0];
  if (!is_empty(v[3]) && !is_none(v[3])) {
    if (!is_devarray(v[3])) vm_raise(vm, &EXC_TypeError, "to_device(to=...) must be a device array");
    Args ca = args_pos(1, &v[0]);
    m_copy_to_device(vm, v[3], &ca);
    return v[3];
  }
  return v_obj(to_device(vm, v[0]));
}

static Value cuda_device_array(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[5];
  args_parse(vm, a, "device_array", "shape,|dtype,strides,order,stream", v);
  int64_t shape[ARR_MAXDIMS];
  int nd = arr_parse_shape(vm, v[0], shape);
  int dt = is_empty(v[1]) ? DT_FLOAT64 : np_dtype_from_value(vm, v[1]);
  if (dt < 0) dt = DT_FLOAT64;
  DevArray *d = devarr_new(vm, dt, nd, shape);
  if (dev_fill_zero(d->mem->buf, 0, d->mem->size) < 0) dev_fail(vm);
  return v_obj(d);
}

static Value cuda_device_array_like(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[2];
  args_parse(vm, a, "device_array_like", "ary,|stream", v);
  DevArray *d;
  if (is_devarray(v[0])) {
    DevArray *s = as_devarray(v[0]);
    d = devarr_new(vm, s->dtype, s->ndim, s->shape);
  } else {
    NdArray *h = arr_as_array(vm, v[0], -1);
    d = devarr_new(vm, h->dtype, h->ndim, h->shape);
  }
  if (dev_fill_zero(d->mem->buf, 0, d->mem->size) < 0) dev_fail(vm);
  return v_obj(d);
}

static Value cuda_pinned_array(VM *vm, Value self, const Args *a) {
  (void)self;
  Value v[4];
  args_parse(vm, a, "pinned_array", "shape,|dtype,strides,order", v);
  int64_t shape[ARR_MAXDIMS];
  int nd = arr_parse_shape(vm, v[0], shape);
  int dt = is_empty(v[1]) ? DT_FLOAT64 : np_dtype_from_value(vm, v[1]);
  return v_obj(arr_new(vm, (DType)(dt < 0 ? DT_FLOAT64 : dt), nd, shape));
}

static Value cuda_synchronize(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "synchronize", 0, 0);
  if (dev_ensure() == 0) {
    if (dev_finish() < 0) dev_fail(vm);
    check_kernel_errors(vm);
  }
  return v_none();
}

static Value cuda_is_available(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "is_available", 0, 0);
  return v_bool(dev_available());
}

static Value cuda_detect(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "detect", 0, 0);
  FILE *out = vm->out ? vm->out : stdout;
  if (!dev_available()) {
    fprintf(out, "Found 0 OpenCL devices\n%s\n", dev_error());
    return v_bool(false);
  }
  fprintf(out, "Found 1 OpenCL devices\nid 0    b'%s' [SUPPORTED]\n", dev_name());
  fprintf(out, "                      Platform: %s\n                          Type: %s\n", dev_platform_name(), dev_is_gpu() ? "GPU" : "CPU");
  fprintf(out, "Summary:\n\t1/1 devices are supported\n");
  return v_bool(true);
}

static Value cuda_noop(VM *vm, Value self, const Args *a) {
  (void)vm; (void)self; (void)a;
  return v_none();
}

static Value cuda_kernel_only(VM *vm, Value self, const Args *a) {
  (void)self; (void)a;
  vm_raise(vm, &EXC_RuntimeError, "this numba.cuda function can only be called inside a @cuda.jit kernel");
}

/* Streams: launches and copies are ordered on one in-order queue. */
static Value stream_sync(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "synchronize", 0, 0);
  return cuda_synchronize(vm, v_none(), a);
}
static const MethodDef stream_methods[] = {{"synchronize", stream_sync}, {NULL, NULL}};
static Value stream_repr(VM *vm, Value self) { return str_printf(vm, "<CUDA stream %p on OpenCL>", (void *)self.as.o); }
static Type TYPE_CUDA_STREAM = {.hdr = TYPE_HEADER, .name = "Stream", .base = &TYPE_OBJECT, .repr = stream_repr, .methods = stream_methods};

static Value cuda_stream(VM *vm, Value self, const Args *a) {
  (void)self;
  args_count(vm, a, "stream", 0, 0);
  return v_obj(gc_alloc(vm, &TYPE_CUDA_STREAM, sizeof(Obj)));
}

static Module *sub(VM *vm, Module *parent, const char *full, const char *leaf) {
  Module *m = module_new(vm, full);
  module_set(vm, parent, leaf, v_obj(m));
  return m;
}

Module *mod_numba_cuda_init(VM *vm) {
  Str *key = str_intern_c(vm, "numba.cuda");
  Value have = dict_get_str(vm, vm->modules, key);
  if (is_type(have, &TYPE_MODULE)) return (Module *)have.as.o;
  Module *m = module_new(vm, "numba.cuda");
  dict_set_str(vm, vm->modules, key, v_obj(m));
  Value numba = dict_get_str(vm, vm->modules, str_intern_c(vm, "numba"));
  if (is_type(numba, &TYPE_MODULE)) module_set(vm, (Module *)numba.as.o, "cuda", v_obj(m));
  /* numba.config.ENABLE_CUDASIM: streak runs kernels on OpenCL, not in Numba's simulator */
  Value cfg = dict_get_str(vm, vm->modules, str_intern_c(vm, "numba.config"));
  if (is_type(cfg, &TYPE_MODULE)) module_set(vm, (Module *)cfg.as.o, "ENABLE_CUDASIM", v_int(0));
  module_add_func(vm, m, "jit", cuda_jit);
  module_add_func(vm, m, "_streak_vectorize", cuda_streak_vectorize);
  module_add_func(vm, m, "_streak_guvectorize", cuda_streak_guvectorize);
  module_add_func(vm, m, "to_device", cuda_to_device);
  module_add_func(vm, m, "device_array", cuda_device_array);
  module_add_func(vm, m, "device_array_like", cuda_device_array_like);
  module_add_func(vm, m, "pinned_array", cuda_pinned_array);
  module_add_func(vm, m, "mapped_array", cuda_pinned_array);
  module_add_func(vm, m, "synchronize", cuda_synchronize);
  module_add_func(vm, m, "is_available", cuda_is_available);
  module_add_func(vm, m, "detect", cuda_detect);
  module_add_func(vm, m, "stream", cuda_stream);
  module_add_func(vm, m, "default_stream", cuda_stream);
  module_add_func(vm, m, "close", cuda_noop);
  module_add_func(vm, m, "profile_start", cuda_noop);
  module_add_func(vm, m, "profile_stop", cuda_noop);
  static const char *const kfuncs[] = {"grid", "gridsize", "syncthreads", "threadfence", "threadfence_block", NULL};
  for (int i = 0; kfuncs[i]; i++) module_add_func(vm, m, kfuncs[i], cuda_kernel_only);
  module_set(vm, m, "warpsize", v_int(32));
  static const char *const dims[] = {"threadIdx", "blockIdx", "blockDim", "gridDim"};
  for (int i = 0; i < 4; i++) {
    char full[64];
    snprintf(full, sizeof full, "numba.cuda.%s", dims[i]);
    sub(vm, m, full, dims[i]);
  }
  Module *sh = sub(vm, m, "numba.cuda.shared", "shared");
  module_add_func(vm, sh, "array", cuda_kernel_only);
  Module *lo = sub(vm, m, "numba.cuda.local", "local");
  module_add_func(vm, lo, "array", cuda_kernel_only);
  Module *co = sub(vm, m, "numba.cuda.const", "const");
  module_add_func(vm, co, "array_like", cuda_kernel_only);
  Module *at = sub(vm, m, "numba.cuda.atomic", "atomic");
  static const char *const atoms[] = {"add", "sub", "max", "min", "exch", "cas", "compare_and_swap", "and_", "or_", "xor", NULL};
  for (int i = 0; atoms[i]; i++) module_add_func(vm, at, atoms[i], cuda_kernel_only);
  return m;
}
