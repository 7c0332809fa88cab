# outcmp: exact
from numba import vectorize
import numpy as np


@vectorize
def hyp2(a, b):
    return a * a + b * b


print(hyp2(3, 4), hyp2(np.arange(4), np.arange(4)), hyp2(np.arange(3.0), 0.5))
print(hyp2(np.float32(1.5), np.float32(2)), type(hyp2(np.float32(1.5), np.float32(2))).__name__)
print(hyp2.types)
out = np.zeros(4)
hyp2(np.arange(4.0), np.ones(4), out=out)
print(out)
print(hyp2.reduce(np.arange(5.0)), hyp2.accumulate(np.array([1.0, 2.0, 3.0])))
