# math functions in kernels: exp/log/trig/hyperbolic/pow/floor/ceil/fabs/hypot/copysign.
import math
import numpy as np
from numba import cuda


@cuda.jit
def fns(x, out):
    i = cuda.grid(1)
    if i < x.size:
        v = x[i]
        out[i, 0] = math.exp(v)
        out[i, 1] = math.log(v + 3.0)
        out[i, 2] = math.sin(v) + math.cos(v)
        out[i, 3] = math.tanh(v)
        out[i, 4] = math.pow(abs(v), 1.5)
        out[i, 5] = math.floor(v * 3.0) + math.ceil(v * 2.0)
        out[i, 6] = math.fabs(v) + math.hypot(v, 2.0)
        out[i, 7] = math.copysign(1.0, v) * math.sqrt(v * v + 1.0)
        out[i, 8] = math.atan(v) + math.asin(v / 3.0) + math.acos(v / 3.0)
        out[i, 9] = math.log10(v + 3.0) + math.log2(v + 3.0) + math.expm1(v) + math.log1p(v + 2.5)


x = np.linspace(-2.0, 2.0, 9)
out = np.zeros((9, 10))
fns[1, 16](x, out)
ref = np.stack([np.exp(x), np.log(x + 3), np.sin(x) + np.cos(x), np.tanh(x), np.abs(x) ** 1.5,
                np.floor(x * 3) + np.ceil(x * 2), np.abs(x) + np.hypot(x, 2.0), np.sign(x) * np.sqrt(x * x + 1),
                np.arctan(x) + np.arcsin(x / 3) + np.arccos(x / 3),
                np.log10(x + 3) + np.log2(x + 3) + np.expm1(x) + np.log1p(x + 2.5)], axis=1)
print(np.allclose(out, ref, rtol=1e-12, atol=1e-12))
print(np.round(out[4], 10))
