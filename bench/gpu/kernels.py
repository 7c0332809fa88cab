# bench/gpu/kernels.py — numba.cuda kernels on streak's OpenCL backend (PoCL here).
# Prints one line per measurement: name, time per launch, effective bandwidth.
# Run: STREAK=build/streak bench/gpu/run.sh   (or: streak bench/gpu/kernels.py [N])
import sys
import time
import numpy as np
from numba import cuda, vectorize


@cuda.jit
def vector_add(a, b, out):
    idx = cuda.grid(1)
    if idx < out.size:
        out[idx] = a[idx] + b[idx]


@cuda.jit
def saxpy(a, x, y, out):
    start = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(start, x.shape[0], stride):
        out[i] = a * x[i] + y[i]


@vectorize(['float32(float32, float32, float32)'], target='cuda')
def saxpy_vec(a, x, y):
    return a * x + y


@cuda.jit
def empty(a):
    i = cuda.grid(1)
    if i < 0:
        a[0] = 1.0


def best(f, reps):
    f()
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t.append(time.perf_counter() - t0)
    t.sort()
    return t[0]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
x = np.arange(n, dtype=np.float32) / np.float32(n)
y = np.ones(n, dtype=np.float32)
d_x = cuda.to_device(x)
d_y = cuda.to_device(y)
d_o = cuda.device_array_like(x)
tpb = 256
blocks = (n + tpb - 1) // tpb


def run_add():
    vector_add[blocks, tpb](d_x, d_y, d_o)
    cuda.synchronize()


def run_saxpy():
    saxpy[blocks, tpb](np.float32(2.0), d_x, d_y, d_o)
    cuda.synchronize()


def run_saxpy_fixed():
    saxpy[1024, tpb](np.float32(2.0), d_x, d_y, d_o)
    cuda.synchronize()


def run_saxpy_stream():
    # ten launches back to back, one synchronize: what the device sustains
    # without the host's per-launch round trip
    for _ in range(10):
        saxpy[blocks, tpb](np.float32(2.0), d_x, d_y, d_o)
    cuda.synchronize()


nbytes = 3 * 4 * n
t = best(run_add, 10)
print("vector_add   n=%d  %.3f ms  %.1f GB/s" % (n, t * 1e3, nbytes / t / 1e9))
ok = np.array_equal(d_o.copy_to_host(), x + y)
t = best(run_saxpy, 10)
print("saxpy_stride n=%d  %.3f ms  %.1f GB/s  (grid = n/256 blocks)" % (n, t * 1e3, nbytes / t / 1e9))
t = best(run_saxpy_stream, 5) / 10
print("saxpy_stride n=%d  %.3f ms  %.1f GB/s  (10 launches, one synchronize)" % (n, t * 1e3, nbytes / t / 1e9))
t = best(run_saxpy_fixed, 3)
print("saxpy_stride n=%d  %.3f ms  %.1f GB/s  (grid = 1024 blocks, ~38 iterations a thread)" % (n, t * 1e3, nbytes / t / 1e9))
ok = ok and np.array_equal(d_o.copy_to_host(), np.float32(2.0) * x + y)


def run_saxpy_vec():
    r = saxpy_vec(np.float32(2.0), d_x, d_y)  # device inputs: the result stays on the device
    cuda.synchronize()
    return r


t = best(run_saxpy_vec, 10)
print("saxpy @vectorize(target='cuda') n=%d  %.3f ms  %.1f GB/s  (allocates its result)" % (n, t * 1e3, nbytes / t / 1e9))
ok = ok and np.array_equal(run_saxpy_vec().copy_to_host(), np.float32(2.0) * x + y)


def run_saxpy_vec_out():
    saxpy_vec(np.float32(2.0), d_x, d_y, out=d_o)
    cuda.synchronize()


t = best(run_saxpy_vec_out, 10)
print("saxpy @vectorize(target='cuda') n=%d  %.3f ms  %.1f GB/s  (out= a device array)" % (n, t * 1e3, nbytes / t / 1e9))
m = n // 10
d_xm, d_ym, d_om = cuda.to_device(x[:m]), cuda.to_device(y[:m]), cuda.device_array(m, dtype=np.float32)
t = best(lambda: (saxpy_vec(np.float32(2.0), d_xm, d_ym), cuda.synchronize()), 20)
print("saxpy @vectorize(target='cuda') n=%d  %.3f ms  (allocates its result)" % (m, t * 1e3))
t = best(lambda: (saxpy_vec(np.float32(2.0), d_xm, d_ym, out=d_om), cuda.synchronize()), 20)
print("saxpy @vectorize(target='cuda') n=%d  %.3f ms  (out= a device array)" % (m, t * 1e3))
print("results ok:", ok)

small = cuda.device_array(1)
empty[1, 1](small)
cuda.synchronize()
k = 2000
t0 = time.perf_counter()
for _ in range(k):
    empty[1, 1](small)
cuda.synchronize()
t1 = time.perf_counter()
print("launch overhead (async, 1x1): %.1f us/launch" % ((t1 - t0) / k * 1e6))
t0 = time.perf_counter()
for _ in range(k):
    empty[1, 1](small)
    cuda.synchronize()
t1 = time.perf_counter()
print("launch + synchronize (1x1):   %.1f us/launch" % ((t1 - t0) / k * 1e6))
