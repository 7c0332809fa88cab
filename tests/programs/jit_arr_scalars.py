# outcmp: exact
# The tracing JIT on NumPy scalars: mixed NumPy/Python arithmetic follows the
# interpreter (result dtypes by promotion, float32 kept float32), comparisons
# give np.bool_, overflow and division by zero exit to the interpreter.
import numpy as np
import math

# mixed NumPy scalar / Python number arithmetic, results and their types
def mix(a, b, out):
    acc_i = 0
    acc_f = 0.0
    cnt = 0
    last = 0
    for i in range(len(a)):
        x = a[i]
        y = b[i]
        acc_i = acc_i + x          # int64 scalar + Python int
        acc_f = acc_f + y * 0.5    # float64 scalar * Python float
        z = x * y                  # int64 * float64
        w = x / 3                  # true division of int64
        if x > y:                  # comparison -> np.bool_
            cnt += 1
        c = x < 2.5
        if c:
            cnt += 2
        q = -y
        r = abs(q)
        last = z + w - r
        out[i] = last
    return acc_i, acc_f, cnt, last

a = np.arange(120, dtype=np.int64) % 11
b = np.linspace(0.0, 9.0, 120)
out = [0.0] * 120
res = mix(a, b, out)
print(res, out[:4])
print([type(v).__name__ for v in res])

# float32 arithmetic stays float32
def f32(a):
    s = np.float32(0)
    seven = np.float32(7)
    for i in range(a.shape[0]):
        s = s + a[i] * a[i]
        s = s - a[i] / seven
    return s
x = (np.arange(200, dtype=np.float32) * np.float32(0.1))
r = f32(x)
print(r, type(r).__name__)

# int8/int16/uint8 arithmetic: results of the promoted dtype
def small(a, b, t):
    s = 0
    v = a[0]
    for i in range(len(a)):
        v = a[i] + b[i]
        t[i] = a[i] - b[i]
        s = s + v * 2
    return s, type(v).__name__, type(s).__name__
t = np.zeros(100, dtype=np.int16)
print(small(np.arange(100, dtype=np.int8) % 50, np.arange(100, dtype=np.uint8) % 9, t), t[:12])
print(small(np.arange(100, dtype=np.int16), np.arange(100, dtype=np.int16) % 5, t), t[-12:])

# overflow of int8 + int8 mid-loop: the interpreter decides
def ovf(a, r):
    for i in range(len(a)):
        r[i] = a[i] + a[i]
    return r
print(ovf(np.arange(0, 127, dtype=np.int8), np.zeros(127, dtype=np.int64))[-5:])

# division by zero mid-loop
def divs(a, b):
    r = 0.0
    for i in range(len(a)):
        r += a[i] / b[i]
    return r
b = np.ones(100)
b[80] = 0.0
print(divs(np.arange(100.0), b))

# math functions and conversions of NumPy scalars
def conv(a):
    s = 0.0
    k = 0
    for i in range(len(a)):
        s += math.sqrt(float(a[i])) + float(a[i]) + math.sin(float(a[i]) * 0.25)
        k += int(a[i] * 1.5)
    return s, k
print(conv(np.arange(100, dtype=np.float32)))
print(conv(np.arange(100, dtype=np.int32)))
print(conv(np.arange(100, dtype=np.float64)))

# NumPy scalar constructors in a loop: np.<dtype>(x) stores x as an element
# of that dtype (truncation, wrapping, float32 rounding)
def ctors(n):
    s = np.float32(0)
    k = np.int64(0)
    b = 0
    for i in range(n):
        s = s + np.float32(i * 0.1)
        k = k + np.int16(i * 1000) + np.int64(-i)
        b += int(np.bool_(i % 3)) + int(np.uint8(i * 2.7))
    return s, k, b, type(s).__name__, type(k).__name__
print(ctors(150))
