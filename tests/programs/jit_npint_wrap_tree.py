# NumPy int64 scalars that wrap (with RuntimeWarnings) in a loop whose trace
# grows sides: -j hotloop=1 ends with -inf instead of 1000 (a JIT bug found
# by jit_fuzz seed 3 at the end of a session; it predates that session's
# changes: see tests/known_failures.txt).
import numpy as np
def hi(p, q):
    if p % 3 == 0:
        return p + q
    r = p - q
    if r > 1000:
        return 1000
    return r
def f():
    a = 1
    ka = (np.arange(6) * 1).astype(np.bool_)
    for o in range(3):
        for i in range(300):
            c = 5 + i
            if i % 2 == 0:
                a = a
            b = i * ka[i % 6]
            a = hi(((-5 - c) * (a * a)), b)
    return [a, b, c]
print(f())
