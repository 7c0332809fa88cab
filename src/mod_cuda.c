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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../jit/opencl.h"
#include "../runtime/array.h"
#include "../runtime/device.h"
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

static void devmem_unref(DevMem *m) {
  if (m && --m->refs == 0) {
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
  (void)vm;
  DevArray *d = (DevArray *)o;
  devmem_unref(d->mem);
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
  if (dt == DT_COMPLEX64 || dt == DT_COMPLEX128) vm_raise(vm, &EXC_TypeError, "streak: complex device arrays are not supported");
  ensure_device(vm);
  int64_t size = 1;
  for (int i = 0; i < nd; i++) {
    if (shape[i] < 0) vm_raise(vm, &EXC_ValueError, "negative dimensions are not allowed");
    size *= shape[i];
  }
  size_t bytes = (size_t)size * (size_t)dt_size((DType)dt);
  void *buf = dev_alloc(bytes);
  if (!buf) vm_raise(vm, &EXC_MemoryError, "%s", dev_error());
  DevMem *m = util_xmalloc(sizeof *m);
  m->buf = buf;
  m->size = bytes;
  m->refs = 1;
  DevArray *d = gc_alloc(vm, &TYPE_DEVARRAY, sizeof(DevArray));
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

/* device → host array h (same shape; dtype cast if needed). */
static void dev_to_host(VM *vm, DevArray *d, NdArray *h) {
  if (d->size == 0) return;
  if (dev_c_contig(d) && arr_is_c_contiguous(h) && h->dtype == d->dtype) {
    if (dev_read(d->mem->buf, (size_t)d->off, h->data, (size_t)(d->size * d->itemsize)) < 0) dev_fail(vm);
    return;
  }
  int64_t lo, hi;
  dev_span(d, &lo, &hi);
  NdArray *tmp = arr_new_uninit(vm, DT_UINT8, 1, (int64_t[]){hi - lo});
  if (dev_read(d->mem->buf, (size_t)lo, tmp->data, (size_t)(hi - lo)) < 0) dev_fail(vm);
  NdArray *view = arr_view(vm, tmp, (DType)d->dtype, d->ndim, d->shape, d->strides, tmp->data + (d->off - lo));
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
  dev_span(d, &lo, &hi);
  NdArray *tmp = arr_new_uninit(vm, DT_UINT8, 1, (int64_t[]){hi - lo});
  if (dev_read(d->mem->buf, (size_t)lo, tmp->data, (size_t)(hi - lo)) < 0) dev_fail(vm);
  NdArray *view = arr_view(vm, tmp, (DType)d->dtype, d->ndim, d->shape, d->strides, tmp->data + (d->off - lo));
  arr_assign_value(vm, view, v);
  if (dev_write(d->mem->buf, (size_t)lo, tmp->data, (size_t)(hi - lo)) < 0) dev_fail(vm);
}

static DevArray *to_device(VM *vm, Value v) {
  NdArray *h = arr_as_array(vm, v, -1);
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
    if (dt_is_complex((DType)h->dtype))
      vm_raise(vm, &EXC_TypeError, "kernel %s(): argument %d: complex arrays are not supported by streak's OpenCL backend", f->name, i + 1);
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
  else if (is_npscalar(v) && !dt_is_complex((DType)((NpScalar *)v.as.o)->dtype)) t.dt = (uint8_t)((NpScalar *)v.as.o)->dtype;
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
  if (i->kind == NK_SCALAR && !dt_is_complex((DType)i->dtype)) {
    t.k = CK_SCALAR;
    t.dt = i->dtype;
    return t;
  }
  if (i->kind == NK_ARRAY && !dt_is_complex((DType)i->dtype)) {
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

static CuSpec *new_spec(VM *vm, CuFunc *f, int n, const ClTy *tys) {
  StrBuf err = STRBUF_INIT;
  bool dyn = false;
  char *src = cl_gen_kernel(vm, f, n, tys, &dyn, &err);
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

/* Build the program of a spec on the device (once). */
static void build_spec(VM *vm, CuFunc *f, CuSpec *s) {
  if (s->kernel) return;
  ensure_device(vm);
  const char *opts = f->fastmath ? "-w -cl-std=CL1.2 -cl-fast-relaxed-math -cl-mad-enable"
                                 : "-w -cl-std=CL1.2 -cl-fp32-correctly-rounded-divide-sqrt";
  char *log = NULL;
  void *prog = dev_build(s->src, opts, &log);
  if (!prog) {
    StrBuf b = STRBUF_INIT;
    sb_printf(&b, "OpenCL build of kernel '%s' (File \"%s\") failed: %s\n", f->name, f->filename ? f->filename : "?", dev_error());
    /* quote the generated lines the log points at */
    const char *p = log;
    int shown = 0;
    while (p && (p = strstr(p, ":")) && shown < 5) {
      int ln = 0, col = 0;
      if (sscanf(p, ":%d:%d: error", &ln, &col) == 2 && ln > 0) {
        const char *q = s->src;
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
  free(log);
  void *k = dev_kernel(prog, CL_KERNEL_NAME);
  if (!k) {
    dev_release_program(prog);
    dev_fail(vm);
  }
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

static int parse_dim(VM *vm, Value v, int64_t *out, const char *what) {
  out[0] = out[1] = out[2] = 1;
  if (is_tuple(v) || is_list(v)) {
    int64_t n = is_tuple(v) ? as_tuple(v)->n : as_list(v)->n;
    const Value *items = is_tuple(v) ? as_tuple(v)->items : as_list(v)->items;
    if (n < 1 || n > 3) vm_raise(vm, &EXC_ValueError, "%s must be an int or a tuple of 1 to 3 ints, got %lld items", what, (long long)n);
    for (int64_t i = 0; i < n; i++) {
      if (!v_is_intlike(items[i]) && !(is_npscalar(items[i]) && v_is_intlike(items[i])))
        vm_raise(vm, &EXC_TypeError, "%s must hold ints, not '%s'", what, v_typename(items[i]));
      out[i] = arr_index_value(vm, items[i]);
    }
    return (int)n;
  }
  if (!v_is_intlike(v) && !is_npscalar(v)) vm_raise(vm, &EXC_TypeError, "%s must be an int or a tuple of ints, not '%s'", what, v_typename(v));
  out[0] = arr_index_value(vm, v);
  return 1;
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
  for (int i = 0; i < n; i++) tys[i] = arg_type(vm, f, i, a->argv[i]);
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
  bool device, fastmath, boundscheck;
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
    else if (str_eq_c(n, "debug") || str_eq_c(n, "inline") || str_eq_c(n, "opt") || str_eq_c(n, "lineinfo") ||
             str_eq_c(n, "cache") || str_eq_c(n, "link") || str_eq_c(n, "max_registers") || str_eq_c(n, "extensions"))
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
  module_add_func(vm, m, "jit", cuda_jit);
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
