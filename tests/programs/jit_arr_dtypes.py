# outcmp: exact
# The tracing JIT on arrays of every real dtype: element loads (a NumPy
# scalar of the dtype, kept unboxed in the trace), stores with NumPy's casts,
# negative indexes, 2-D indexing, len/shape/size/ndim. One set of loops per
# dtype so that each dtype gets its own compiled trace in every mode.
import numpy as np

def total_bool_(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_bool_(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_bool_(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_bool_(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.bool_)
s = total_bool_(a)
print("bool_", s, type(s).__name__)
b = back_bool_(a, np.zeros(150, dtype=np.bool_))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.bool_).reshape(8, 12)
print(grid_bool_(g), g[7, -4:])
f = fill_bool_(np.zeros(100, dtype=np.bool_), 1.5)
print(f[:6], f[-2:])

def total_int8(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_int8(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_int8(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_int8(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.int8)
s = total_int8(a)
print("int8", s, type(s).__name__)
b = back_int8(a, np.zeros(150, dtype=np.int8))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.int8).reshape(8, 12)
print(grid_int8(g), g[7, -4:])
f = fill_int8(np.zeros(100, dtype=np.int8), 1.5)
print(f[:6], f[-2:])

def total_uint8(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_uint8(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_uint8(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_uint8(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.uint8)
s = total_uint8(a)
print("uint8", s, type(s).__name__)
b = back_uint8(a, np.zeros(150, dtype=np.uint8))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.uint8).reshape(8, 12)
print(grid_uint8(g), g[7, -4:])
f = fill_uint8(np.zeros(100, dtype=np.uint8), 1.5)
print(f[:6], f[-2:])

def total_int16(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_int16(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_int16(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_int16(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.int16)
s = total_int16(a)
print("int16", s, type(s).__name__)
b = back_int16(a, np.zeros(150, dtype=np.int16))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.int16).reshape(8, 12)
print(grid_int16(g), g[7, -4:])
f = fill_int16(np.zeros(100, dtype=np.int16), 1.5)
print(f[:6], f[-2:])

def total_uint16(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_uint16(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_uint16(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_uint16(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.uint16)
s = total_uint16(a)
print("uint16", s, type(s).__name__)
b = back_uint16(a, np.zeros(150, dtype=np.uint16))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.uint16).reshape(8, 12)
print(grid_uint16(g), g[7, -4:])
f = fill_uint16(np.zeros(100, dtype=np.uint16), 1.5)
print(f[:6], f[-2:])

def total_int32(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_int32(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_int32(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_int32(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.int32)
s = total_int32(a)
print("int32", s, type(s).__name__)
b = back_int32(a, np.zeros(150, dtype=np.int32))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.int32).reshape(8, 12)
print(grid_int32(g), g[7, -4:])
f = fill_int32(np.zeros(100, dtype=np.int32), 1.5)
print(f[:6], f[-2:])

def total_uint32(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_uint32(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_uint32(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_uint32(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.uint32)
s = total_uint32(a)
print("uint32", s, type(s).__name__)
b = back_uint32(a, np.zeros(150, dtype=np.uint32))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.uint32).reshape(8, 12)
print(grid_uint32(g), g[7, -4:])
f = fill_uint32(np.zeros(100, dtype=np.uint32), 1.5)
print(f[:6], f[-2:])

def total_int64(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_int64(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_int64(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_int64(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.int64)
s = total_int64(a)
print("int64", s, type(s).__name__)
b = back_int64(a, np.zeros(150, dtype=np.int64))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.int64).reshape(8, 12)
print(grid_int64(g), g[7, -4:])
f = fill_int64(np.zeros(100, dtype=np.int64), 1.5)
print(f[:6], f[-2:])

def total_uint64(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_uint64(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_uint64(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_uint64(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.uint64)
s = total_uint64(a)
print("uint64", s, type(s).__name__)
b = back_uint64(a, np.zeros(150, dtype=np.uint64))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.uint64).reshape(8, 12)
print(grid_uint64(g), g[7, -4:])
f = fill_uint64(np.zeros(100, dtype=np.uint64), 1.5)
print(f[:6], f[-2:])

def total_float32(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_float32(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_float32(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_float32(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.float32)
s = total_float32(a)
print("float32", s, type(s).__name__)
b = back_float32(a, np.zeros(150, dtype=np.float32))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.float32).reshape(8, 12)
print(grid_float32(g), g[7, -4:])
f = fill_float32(np.zeros(100, dtype=np.float32), 1.5)
print(f[:6], f[-2:])

def total_float64(a):
    s = a[0]
    for i in range(1, len(a)):
        s = s + a[i]
    return s

def back_float64(a, b):
    n = a.shape[0]
    for i in range(1, n + 1):
        b[i - 1] = a[-i]
    return b

def grid_float64(g):
    t = 0
    for k in range(g.size):
        i = k // g.shape[1]
        j = k % g.shape[-1]
        g[i, j] = g[i, j] + g.ndim
        t += int(g[i, j] > 2)
    return t

def fill_float64(b, x):
    for i in range(len(b)):
        b[i] = x + i * 0.75
    return b

a = (np.arange(150) % 7).astype(np.float64)
s = total_float64(a)
print("float64", s, type(s).__name__)
b = back_float64(a, np.zeros(150, dtype=np.float64))
print(b[:9], b.dtype)
g = (np.arange(96) % 3).astype(np.float64).reshape(8, 12)
print(grid_float64(g), g[7, -4:])
f = fill_float64(np.zeros(100, dtype=np.float64), 1.5)
print(f[:6], f[-2:])
