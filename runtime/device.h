/*
** device.h — the OpenCL device runtime under numba.cuda (src/mod_cuda.c):
** device choice, buffers, program builds and kernel launches.
**
** OpenCL is loaded lazily: the first call that needs a device dlopen()s
** libOpenCL.so.1 (the ICD loader) and resolves the entry points with dlsym;
** nothing here runs at start-up, and streak does not link -lOpenCL. With no
** loader, no platform or no device, dev_ensure() fails with a message in
** dev_error() and every later call fails the same way (the caller raises).
**
** Device choice: STREAK_OPENCL_DEVICE = "P:D" (platform and device index,
** as `streak --devices` lists them), "gpu", "cpu", or a substring of the
** device or platform name (case-insensitive). Default: the first GPU of any
** platform, else the first device.
**
** One context and one in-order command queue per process, shared by every
** VM; calls are serialised by one mutex. Launches are asynchronous (as CUDA
** launches are): reads block, and dev_finish() waits for everything.
**
** Handles are opaque pointers (cl_mem, cl_program, cl_kernel). Every
** function returns 0 / non-NULL on success and -1 / NULL with dev_error()
** set on failure; none of them raises.
*/
#ifndef STREAK_DEVICE_H
#define STREAK_DEVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Loads OpenCL and picks the device (once). 0 on success. */
int dev_ensure(void);
/* True when a device can be used (loads OpenCL on first call). */
bool dev_available(void);
/* The last error's text (thread-local). */
const char *dev_error(void);

/* About the chosen device (after dev_ensure). */
const char *dev_name(void);
const char *dev_platform_name(void);
bool dev_is_gpu(void);
bool dev_has_fp64(void);
bool dev_has_int64_atomics(void);
size_t dev_max_work_group(void);
size_t dev_max_local_mem(void);

/* Buffers (device memory). size 0 allocates a minimal buffer. */
void *dev_alloc(size_t size);
void dev_free(void *buf);
int dev_write(void *buf, size_t off, const void *src, size_t n);       /* blocking */
int dev_read(void *buf, size_t off, void *dst, size_t n);              /* blocking */
int dev_copy(void *dst, size_t doff, void *src, size_t soff, size_t n);
int dev_fill_zero(void *buf, size_t off, size_t n);

/* Builds OpenCL C source. On failure returns NULL; *log (malloc'd, may be
** NULL) gets the build log, dev_error() a one-line reason. */
void *dev_build(const char *src, const char *options, char **log);
void dev_release_program(void *prog);
/* Program binaries (the disk cache of @cuda.jit(cache=True)): the built binary
** of prog (malloc'd, *size bytes), and a program built from such a binary. */
void *dev_program_binary(void *prog, size_t *size);
void *dev_build_binary(const void *bin, size_t size, const char *options);
/* Platform, device, driver and OpenCL version of the chosen device: binaries
** are only valid for the device and driver that built them. */
const char *dev_identity(void);
void *dev_kernel(void *prog, const char *name);
void dev_release_kernel(void *kernel);

/* Kernel arguments: plain bytes, a buffer, or __local memory of a size. */
int dev_arg(void *kernel, unsigned idx, size_t size, const void *val);
int dev_arg_buf(void *kernel, unsigned idx, void *buf);
int dev_arg_local(void *kernel, unsigned idx, size_t size);
/* Enqueues an NDRange: global and local sizes per dimension (dims 1..3). */
int dev_launch(void *kernel, int dims, const size_t *global, const size_t *local);
/* Waits for every enqueued command. */
int dev_finish(void);

/* `streak --devices`: every platform and device; the chosen one marked '*'.
** Returns the number of devices (0 if none, the reason printed). */
int device_print_devices(FILE *out);

#endif
