/*
** device.c — OpenCL, loaded on first use with dlopen (device.h explains the
** contract). The entry points are resolved into one table of function
** pointers; the CL headers only provide the types.
*/
#define CL_TARGET_OPENCL_VERSION 120
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#include <CL/cl.h>
#include <ctype.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "device.h"

#define CL_FUNCS(X)                                                                              \
  X(clGetPlatformIDs, cl_int, (cl_uint, cl_platform_id *, cl_uint *))                            \
  X(clGetPlatformInfo, cl_int, (cl_platform_id, cl_platform_info, size_t, void *, size_t *))     \
  X(clGetDeviceIDs, cl_int, (cl_platform_id, cl_device_type, cl_uint, cl_device_id *, cl_uint *)) \
  X(clGetDeviceInfo, cl_int, (cl_device_id, cl_device_info, size_t, void *, size_t *))           \
  X(clCreateContext, cl_context,                                                                 \
    (const cl_context_properties *, cl_uint, const cl_device_id *,                               \
     void(CL_CALLBACK *)(const char *, const void *, size_t, void *), void *, cl_int *))         \
  X(clReleaseContext, cl_int, (cl_context))                                                      \
  X(clCreateCommandQueue, cl_command_queue,                                                      \
    (cl_context, cl_device_id, cl_command_queue_properties, cl_int *))                           \
  X(clReleaseCommandQueue, cl_int, (cl_command_queue))                                           \
  X(clCreateBuffer, cl_mem, (cl_context, cl_mem_flags, size_t, void *, cl_int *))               \
  X(clReleaseMemObject, cl_int, (cl_mem))                                                        \
  X(clGetMemObjectInfo, cl_int, (cl_mem, cl_mem_info, size_t, void *, size_t *))                 \
  X(clEnqueueWriteBuffer, cl_int,                                                                \
    (cl_command_queue, cl_mem, cl_bool, size_t, size_t, const void *, cl_uint, const cl_event *, \
     cl_event *))                                                                                \
  X(clEnqueueReadBuffer, cl_int,                                                                 \
    (cl_command_queue, cl_mem, cl_bool, size_t, size_t, void *, cl_uint, const cl_event *,       \
     cl_event *))                                                                                \
  X(clEnqueueCopyBuffer, cl_int,                                                                 \
    (cl_command_queue, cl_mem, cl_mem, size_t, size_t, size_t, cl_uint, const cl_event *,        \
     cl_event *))                                                                                \
  X(clEnqueueFillBuffer, cl_int,                                                                 \
    (cl_command_queue, cl_mem, const void *, size_t, size_t, size_t, cl_uint, const cl_event *,  \
     cl_event *))                                                                                \
  X(clCreateProgramWithSource, cl_program,                                                       \
    (cl_context, cl_uint, const char **, const size_t *, cl_int *))                              \
  X(clBuildProgram, cl_int,                                                                      \
    (cl_program, cl_uint, const cl_device_id *, const char *,                                    \
     void(CL_CALLBACK *)(cl_program, void *), void *))                                           \
  X(clGetProgramBuildInfo, cl_int,                                                               \
    (cl_program, cl_device_id, cl_program_build_info, size_t, void *, size_t *))                 \
  X(clReleaseProgram, cl_int, (cl_program))                                                      \
  X(clCreateKernel, cl_kernel, (cl_program, const char *, cl_int *))                             \
  X(clReleaseKernel, cl_int, (cl_kernel))                                                        \
  X(clSetKernelArg, cl_int, (cl_kernel, cl_uint, size_t, const void *))                          \
  X(clEnqueueNDRangeKernel, cl_int,                                                              \
    (cl_command_queue, cl_kernel, cl_uint, const size_t *, const size_t *, const size_t *,       \
     cl_uint, const cl_event *, cl_event *))                                                     \
  X(clFinish, cl_int, (cl_command_queue))                                                        \
  X(clCreateProgramWithBinary, cl_program,                                                       \
    (cl_context, cl_uint, const cl_device_id *, const size_t *, const unsigned char **, cl_int *, \
     cl_int *))                                                                                  \
  X(clGetProgramInfo, cl_int, (cl_program, cl_program_info, size_t, void *, size_t *))

static struct {
#define X(name, ret, args) ret(CL_API_CALL *name) args;
  CL_FUNCS(X)
#undef X
} cl;

static pthread_mutex_t dev_lock = PTHREAD_MUTEX_INITIALIZER;
static int state;        /* 0 not tried, 1 ready, -1 failed */
static char init_error[512];
static void *libcl;
static cl_platform_id platform;
static cl_device_id device;
static cl_context context;
static cl_command_queue queue;
static char devname[256], platname[256], devext[4096];
static cl_device_type devtype;
static size_t max_wg;
static cl_ulong max_local;

static _Thread_local char errbuf[1024];

const char *dev_error(void) { return errbuf[0] ? errbuf : init_error; }

static void set_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void set_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errbuf, sizeof errbuf, fmt, ap);
  va_end(ap);
}

static const char *cl_errname(cl_int e) {
  switch (e) {
#define E(n) case n: return #n;
    E(CL_DEVICE_NOT_FOUND) E(CL_DEVICE_NOT_AVAILABLE) E(CL_COMPILER_NOT_AVAILABLE)
    E(CL_MEM_OBJECT_ALLOCATION_FAILURE) E(CL_OUT_OF_RESOURCES) E(CL_OUT_OF_HOST_MEMORY)
    E(CL_BUILD_PROGRAM_FAILURE) E(CL_INVALID_VALUE) E(CL_INVALID_PLATFORM) E(CL_INVALID_DEVICE)
    E(CL_INVALID_CONTEXT) E(CL_INVALID_MEM_OBJECT) E(CL_INVALID_BUFFER_SIZE) E(CL_INVALID_PROGRAM)
    E(CL_INVALID_KERNEL_NAME) E(CL_INVALID_KERNEL) E(CL_INVALID_ARG_INDEX) E(CL_INVALID_ARG_VALUE)
    E(CL_INVALID_ARG_SIZE) E(CL_INVALID_KERNEL_ARGS) E(CL_INVALID_WORK_DIMENSION)
    E(CL_INVALID_WORK_GROUP_SIZE) E(CL_INVALID_WORK_ITEM_SIZE) E(CL_INVALID_GLOBAL_OFFSET)
    E(CL_INVALID_GLOBAL_WORK_SIZE) E(CL_INVALID_BUILD_OPTIONS)
#undef E
  default: return "OpenCL error";
  }
}

/* ---- loading and device choice ------------------------------------------------ */

static int load_library(void) {
  const char *names[] = {"libOpenCL.so.1", "libOpenCL.so"};
  for (size_t i = 0; i < 2 && !libcl; i++) libcl = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
  if (!libcl) {
    snprintf(init_error, sizeof init_error,
             "no OpenCL runtime: cannot load libOpenCL.so.1 (install an OpenCL ICD loader and a "
             "driver, e.g. ocl-icd-libopencl1 and pocl-opencl-icd)");
    return -1;
  }
#define X(name, ret, args)                                                                        \
  *(void **)&cl.name = dlsym(libcl, #name);                                                       \
  if (!cl.name) {                                                                                 \
    snprintf(init_error, sizeof init_error, "the OpenCL library lacks %s", #name);                \
    return -1;                                                                                    \
  }
  CL_FUNCS(X)
#undef X
  return 0;
}

typedef struct DevEntry {
  cl_platform_id p;
  cl_device_id d;
  int pi, di;
} DevEntry;

/* Every device of every platform; *n entries (at most cap). */
static int list_devices(DevEntry *out, int cap) {
  cl_platform_id plats[16];
  cl_uint np = 0;
  if (cl.clGetPlatformIDs(16, plats, &np) != CL_SUCCESS) np = 0;
  int n = 0;
  for (cl_uint i = 0; i < np && i < 16; i++) {
    cl_device_id devs[16];
    cl_uint nd = 0;
    if (cl.clGetDeviceIDs(plats[i], CL_DEVICE_TYPE_ALL, 16, devs, &nd) != CL_SUCCESS) continue;
    for (cl_uint k = 0; k < nd && k < 16 && n < cap; k++) out[n++] = (DevEntry){plats[i], devs[k], (int)i, (int)k};
  }
  return n;
}

static void dev_str(cl_device_id d, cl_device_info what, char *buf, size_t n) {
  buf[0] = 0;
  if (cl.clGetDeviceInfo(d, what, n, buf, NULL) != CL_SUCCESS) buf[0] = 0;
  buf[n - 1] = 0;
}

static void plat_str(cl_platform_id p, cl_platform_info what, char *buf, size_t n) {
  buf[0] = 0;
  if (cl.clGetPlatformInfo(p, what, n, buf, NULL) != CL_SUCCESS) buf[0] = 0;
  buf[n - 1] = 0;
}

static bool icontains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++)
    if (!strncasecmp(hay, needle, n)) return true;
  return n == 0;
}

static cl_device_type dtype_of(cl_device_id d) {
  cl_device_type t = 0;
  cl.clGetDeviceInfo(d, CL_DEVICE_TYPE, sizeof t, &t, NULL);
  return t;
}

/* The index in e[0..n) chosen by STREAK_OPENCL_DEVICE or the default rule; -1 + message. */
static int choose(DevEntry *e, int n) {
  if (n == 0) return -1;
  const char *sel = getenv("STREAK_OPENCL_DEVICE");
  if (sel && *sel) {
    int pi, di;
    char tail;
    if (sscanf(sel, "%d:%d%c", &pi, &di, &tail) == 2) {
      for (int i = 0; i < n; i++)
        if (e[i].pi == pi && e[i].di == di) return i;
      return -1;
    }
    if (!strcasecmp(sel, "gpu") || !strcasecmp(sel, "cpu") || !strcasecmp(sel, "accelerator")) {
      cl_device_type want = !strcasecmp(sel, "gpu") ? CL_DEVICE_TYPE_GPU
                            : !strcasecmp(sel, "cpu") ? CL_DEVICE_TYPE_CPU
                                                       : CL_DEVICE_TYPE_ACCELERATOR;
      for (int i = 0; i < n; i++)
        if (dtype_of(e[i].d) & want) return i;
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char dn[256], pn[256];
      dev_str(e[i].d, CL_DEVICE_NAME, dn, sizeof dn);
      plat_str(e[i].p, CL_PLATFORM_NAME, pn, sizeof pn);
      if (icontains(dn, sel) || icontains(pn, sel)) return i;
    }
    return -1;
  }
  for (int i = 0; i < n; i++)
    if (dtype_of(e[i].d) & CL_DEVICE_TYPE_GPU) return i;
  return 0;
}

static int init_locked(void) {
  if (state) return state > 0 ? 0 : -1;
  state = -1;
  if (load_library() < 0) return -1;
  DevEntry e[64];
  int n = list_devices(e, 64);
  if (n == 0) {
    snprintf(init_error, sizeof init_error, "no OpenCL device found (no platform or device is installed; "
             "pocl-opencl-icd provides a CPU device)");
    return -1;
  }
  int c = choose(e, n);
  if (c < 0) {
    snprintf(init_error, sizeof init_error, "STREAK_OPENCL_DEVICE='%s' matches no OpenCL device (see streak --devices)",
             getenv("STREAK_OPENCL_DEVICE"));
    return -1;
  }
  platform = e[c].p;
  device = e[c].d;
  dev_str(device, CL_DEVICE_NAME, devname, sizeof devname);
  dev_str(device, CL_DEVICE_EXTENSIONS, devext, sizeof devext);
  plat_str(platform, CL_PLATFORM_NAME, platname, sizeof platname);
  devtype = dtype_of(device);
  cl.clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof max_wg, &max_wg, NULL);
  cl.clGetDeviceInfo(device, CL_DEVICE_LOCAL_MEM_SIZE, sizeof max_local, &max_local, NULL);
  cl_int err = 0;
  cl_context_properties props[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)platform, 0};
  context = cl.clCreateContext(props, 1, &device, NULL, NULL, &err);
  if (!context) {
    snprintf(init_error, sizeof init_error, "cannot create an OpenCL context on '%s': %s (%d)", devname, cl_errname(err), err);
    return -1;
  }
  queue = cl.clCreateCommandQueue(context, device, 0, &err);
  if (!queue) {
    snprintf(init_error, sizeof init_error, "cannot create an OpenCL command queue on '%s': %s (%d)", devname, cl_errname(err), err);
    cl.clReleaseContext(context);
    return -1;
  }
  state = 1;
  return 0;
}

int dev_ensure(void) {
  if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) == 1) return 0;
  pthread_mutex_lock(&dev_lock);
  int r = init_locked();
  pthread_mutex_unlock(&dev_lock);
  if (r < 0) set_err("%s", init_error);
  return r;
}

bool dev_available(void) { return dev_ensure() == 0; }
const char *dev_name(void) { return devname; }
const char *dev_platform_name(void) { return platname; }
bool dev_is_gpu(void) { return (devtype & CL_DEVICE_TYPE_GPU) != 0; }
bool dev_has_fp64(void) { return strstr(devext, "cl_khr_fp64") != NULL; }
bool dev_has_int64_atomics(void) { return strstr(devext, "cl_khr_int64_base_atomics") != NULL; }
size_t dev_max_work_group(void) { return max_wg; }
size_t dev_max_local_mem(void) { return (size_t)max_local; }

#define CHECK(call, what)                                                   \
  do {                                                                      \
    cl_int e_ = (call);                                                     \
    if (e_ != CL_SUCCESS) {                                                 \
      set_err("OpenCL %s failed: %s (%d)", what, cl_errname(e_), (int)e_); \
      return -1;                                                            \
    }                                                                       \
  } while (0)

/* ---- buffers ---------------------------------------------------------------------- */

/* A pool of freed buffers, as Numba's and CuPy's memory managers keep: a call
** that allocates its result (a CUDA ufunc, a host argument's staging copy)
** gets back a buffer of the same size instead of a new cl_mem, which costs a
** driver allocation and first-touch page faults each time (~2.5 ms for 4 MB
** on PoCL). Reuse is safe because the one command queue is in-order: a
** kernel still reading a freed buffer runs before anything later enqueued on
** its next owner. The pool is bounded in entries and bytes; the oldest entry
** goes first when it is full. STREAK_DEVICE_POOL=0 turns it off: every free
** releases at once (to chase a suspected use of freed device memory, or to
** measure what the pool saves). */
#define POOL_SLOTS 16
#define POOL_MAX_BYTES ((size_t)256 << 20)

typedef struct PoolEntry { cl_mem mem; size_t size; } PoolEntry;
static PoolEntry pool[POOL_SLOTS];
static int pool_n;
static size_t pool_bytes;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

/* The buffer size behind a request: zero-sized arrays still get a valid cl_mem. */
static size_t buf_size(size_t size) { return size ? size : 16; }

static bool pool_enabled(void) {
  static int on = -1;
  if (on < 0) {
    const char *e = getenv("STREAK_DEVICE_POOL");
    on = !(e && !strcmp(e, "0"));
  }
  return on;
}

static cl_mem pool_take(size_t size) {
  cl_mem m = NULL;
  pthread_mutex_lock(&pool_lock);
  for (int i = pool_n - 1; i >= 0; i--)
    if (pool[i].size == size) {
      m = pool[i].mem;
      pool_bytes -= size;
      memmove(&pool[i], &pool[i + 1], sizeof *pool * (size_t)(pool_n - i - 1));
      pool_n--;
      break;
    }
  pthread_mutex_unlock(&pool_lock);
  return m;
}

/* Keeps m for reuse; false when it is too big to keep (the caller releases it). */
static bool pool_put(cl_mem m, size_t size) {
  if (size > POOL_MAX_BYTES / 4 || !pool_enabled()) return false;
  cl_mem evict[POOL_SLOTS];
  int nevict = 0;
  pthread_mutex_lock(&pool_lock);
  while (pool_n && (pool_n == POOL_SLOTS || pool_bytes + size > POOL_MAX_BYTES)) {
    evict[nevict++] = pool[0].mem;
    pool_bytes -= pool[0].size;
    memmove(&pool[0], &pool[1], sizeof *pool * (size_t)(pool_n - 1));
    pool_n--;
  }
  pool[pool_n++] = (PoolEntry){m, size};
  pool_bytes += size;
  pthread_mutex_unlock(&pool_lock);
  for (int i = 0; i < nevict; i++) cl.clReleaseMemObject(evict[i]);
  return true;
}

void *dev_alloc(size_t size) {
  if (dev_ensure() < 0) return NULL;
  cl_mem m = pool_take(buf_size(size));
  if (m) return m;
  cl_int err = 0;
  m = cl.clCreateBuffer(context, CL_MEM_READ_WRITE, buf_size(size), NULL, &err);
  if (!m) set_err("cannot allocate %zu bytes on the OpenCL device: %s (%d)", size, cl_errname(err), err);
  return m;
}

void dev_free(void *buf) {
  if (!buf || state != 1) return;
  size_t size = 0;
  if (cl.clGetMemObjectInfo((cl_mem)buf, CL_MEM_SIZE, sizeof size, &size, NULL) == CL_SUCCESS && pool_put((cl_mem)buf, size)) return;
  cl.clReleaseMemObject((cl_mem)buf);
}

int dev_write(void *buf, size_t off, const void *src, size_t n) {
  if (!n) return 0;
  CHECK(cl.clEnqueueWriteBuffer(queue, (cl_mem)buf, CL_TRUE, off, n, src, 0, NULL, NULL), "write");
  return 0;
}

int dev_read(void *buf, size_t off, void *dst, size_t n) {
  if (!n) return 0;
  CHECK(cl.clEnqueueReadBuffer(queue, (cl_mem)buf, CL_TRUE, off, n, dst, 0, NULL, NULL), "read");
  return 0;
}

int dev_copy(void *dst, size_t doff, void *src, size_t soff, size_t n) {
  if (!n) return 0;
  CHECK(cl.clEnqueueCopyBuffer(queue, (cl_mem)src, (cl_mem)dst, soff, doff, n, 0, NULL, NULL), "copy");
  return 0;
}

int dev_fill_zero(void *buf, size_t off, size_t n) {
  if (!n) return 0;
  unsigned char z = 0;
  CHECK(cl.clEnqueueFillBuffer(queue, (cl_mem)buf, &z, 1, off, n, 0, NULL, NULL), "fill");
  return 0;
}

/* ---- programs and kernels ---------------------------------------------------------- */

void *dev_build(const char *src, const char *options, char **log) {
  if (log) *log = NULL;
  if (dev_ensure() < 0) return NULL;
  cl_int err = 0;
  size_t len = strlen(src);
  cl_program p = cl.clCreateProgramWithSource(context, 1, &src, &len, &err);
  if (!p) {
    set_err("OpenCL clCreateProgramWithSource failed: %s (%d)", cl_errname(err), err);
    return NULL;
  }
  err = cl.clBuildProgram(p, 1, &device, options, NULL, NULL);
  if (err != CL_SUCCESS) {
    set_err("the OpenCL compiler of '%s' rejected the kernel: %s (%d)", devname, cl_errname(err), err);
    if (log) {
      size_t n = 0;
      cl.clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, 0, NULL, &n);
      char *b = malloc(n + 1);
      if (b) {
        if (cl.clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, n, b, NULL) != CL_SUCCESS) n = 0;
        b[n] = 0;
        *log = b;
      }
    }
    cl.clReleaseProgram(p);
    return NULL;
  }
  return p;
}

void *dev_build_binary(const void *bin, size_t size, const char *options) {
  if (dev_ensure() < 0) return NULL;
  cl_int err = 0, st = 0;
  const unsigned char *b = bin;
  cl_program p = cl.clCreateProgramWithBinary(context, 1, &device, &size, &b, &st, &err);
  if (!p || err != CL_SUCCESS || st != CL_SUCCESS) {
    set_err("OpenCL clCreateProgramWithBinary failed: %s (%d)", cl_errname(err ? err : st), err ? err : st);
    if (p) cl.clReleaseProgram(p);
    return NULL;
  }
  err = cl.clBuildProgram(p, 1, &device, options, NULL, NULL);
  if (err != CL_SUCCESS) {
    set_err("OpenCL build from a program binary failed: %s (%d)", cl_errname(err), err);
    cl.clReleaseProgram(p);
    return NULL;
  }
  return p;
}

void *dev_program_binary(void *prog, size_t *size) {
  size_t n = 0;
  if (cl.clGetProgramInfo((cl_program)prog, CL_PROGRAM_BINARY_SIZES, sizeof n, &n, NULL) != CL_SUCCESS || n == 0) {
    set_err("the OpenCL driver gives no program binary");
    return NULL;
  }
  unsigned char *b = malloc(n);
  if (!b) return NULL;
  if (cl.clGetProgramInfo((cl_program)prog, CL_PROGRAM_BINARIES, sizeof b, &b, NULL) != CL_SUCCESS) {
    set_err("the OpenCL driver gives no program binary");
    free(b);
    return NULL;
  }
  *size = n;
  return b;
}

const char *dev_identity(void) {
  static char id[1024];
  if (id[0] || dev_ensure() < 0) return id;
  char drv[256] = "", ver[256] = "";
  cl.clGetDeviceInfo(device, CL_DRIVER_VERSION, sizeof drv - 1, drv, NULL);
  cl.clGetDeviceInfo(device, CL_DEVICE_VERSION, sizeof ver - 1, ver, NULL);
  snprintf(id, sizeof id, "%s|%s|%s|%s", platname, devname, drv, ver);
  return id;
}

void dev_release_program(void *prog) {
  if (prog && state == 1) cl.clReleaseProgram((cl_program)prog);
}

void *dev_kernel(void *prog, const char *name) {
  cl_int err = 0;
  cl_kernel k = cl.clCreateKernel((cl_program)prog, name, &err);
  if (!k) set_err("OpenCL clCreateKernel('%s') failed: %s (%d)", name, cl_errname(err), err);
  return k;
}

void dev_release_kernel(void *kernel) {
  if (kernel && state == 1) cl.clReleaseKernel((cl_kernel)kernel);
}

int dev_arg(void *kernel, unsigned idx, size_t size, const void *val) {
  CHECK(cl.clSetKernelArg((cl_kernel)kernel, idx, size, val), "clSetKernelArg");
  return 0;
}

int dev_arg_buf(void *kernel, unsigned idx, void *buf) {
  cl_mem m = (cl_mem)buf;
  CHECK(cl.clSetKernelArg((cl_kernel)kernel, idx, sizeof m, &m), "clSetKernelArg");
  return 0;
}

int dev_arg_local(void *kernel, unsigned idx, size_t size) {
  CHECK(cl.clSetKernelArg((cl_kernel)kernel, idx, size ? size : 1, NULL), "clSetKernelArg(__local)");
  return 0;
}

int dev_launch(void *kernel, int dims, const size_t *global, const size_t *local) {
  CHECK(cl.clEnqueueNDRangeKernel(queue, (cl_kernel)kernel, (cl_uint)dims, NULL, global, local, 0, NULL, NULL),
        "kernel launch");
  return 0;
}

int dev_finish(void) {
  if (state != 1) return 0;
  CHECK(cl.clFinish(queue), "clFinish");
  return 0;
}

/* ---- listing -------------------------------------------------------------------------- */

int device_print_devices(FILE *out) {
  int chosen = dev_ensure() == 0;
  if (!libcl) {
    fprintf(out, "OpenCL: %s\n", dev_error());
    return 0;
  }
  DevEntry e[64];
  int n = list_devices(e, 64);
  if (n == 0) {
    fprintf(out, "OpenCL: no platform or device found\n");
    return 0;
  }
  int lastp = -1;
  for (int i = 0; i < n; i++) {
    if (e[i].pi != lastp) {
      char pn[256], pv[256];
      plat_str(e[i].p, CL_PLATFORM_NAME, pn, sizeof pn);
      plat_str(e[i].p, CL_PLATFORM_VERSION, pv, sizeof pv);
      fprintf(out, "platform %d: %s (%s)\n", e[i].pi, pn, pv);
      lastp = e[i].pi;
    }
    char dn[256], ext[4096], ver[256];
    dev_str(e[i].d, CL_DEVICE_NAME, dn, sizeof dn);
    dev_str(e[i].d, CL_DEVICE_EXTENSIONS, ext, sizeof ext);
    dev_str(e[i].d, CL_DEVICE_VERSION, ver, sizeof ver);
    cl_device_type t = dtype_of(e[i].d);
    cl_uint cu = 0;
    cl_ulong gmem = 0, lmem = 0;
    size_t wg = 0;
    cl.clGetDeviceInfo(e[i].d, CL_DEVICE_MAX_COMPUTE_UNITS, sizeof cu, &cu, NULL);
    cl.clGetDeviceInfo(e[i].d, CL_DEVICE_GLOBAL_MEM_SIZE, sizeof gmem, &gmem, NULL);
    cl.clGetDeviceInfo(e[i].d, CL_DEVICE_LOCAL_MEM_SIZE, sizeof lmem, &lmem, NULL);
    cl.clGetDeviceInfo(e[i].d, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof wg, &wg, NULL);
    bool sel = chosen && e[i].d == device;
    fprintf(out, "  %c %d:%d %s [%s] %s\n", sel ? '*' : ' ', e[i].pi, e[i].di, dn,
            t & CL_DEVICE_TYPE_GPU ? "GPU" : t & CL_DEVICE_TYPE_CPU ? "CPU" : "accelerator", ver);
    fprintf(out, "      %u compute units, %llu MiB global, %llu KiB local, work-group <= %zu, fp64 %s, int64 atomics %s\n", cu,
            (unsigned long long)(gmem >> 20), (unsigned long long)(lmem >> 10), wg,
            strstr(ext, "cl_khr_fp64") ? "yes" : "no", strstr(ext, "cl_khr_int64_base_atomics") ? "yes" : "no");
  }
  if (!chosen) fprintf(out, "no device selected: %s\n", dev_error());
  else fprintf(out, "selected: %s (STREAK_OPENCL_DEVICE=P:D|gpu|cpu|name overrides)\n", devname);
  return n;
}
