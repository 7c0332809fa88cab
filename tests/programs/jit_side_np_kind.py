# A side trace recorded where `a` was a Python int, copied into a loop body
# that carries it as np.int64: the copy must not give it Python overflow
# semantics (jit_fuzz seed 3, case 158).
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
