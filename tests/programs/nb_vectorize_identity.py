# @vectorize(identity=...): the ufunc's identity attribute, empty reductions
# giving it, and several axes at once only for a reorderable ufunc.
import numpy as np
from numba import vectorize
@vectorize(['float64(float64, float64)'], identity=0)
def fadd(a, b): return a + b
@vectorize(['int64(int64, int64)'], identity=1)
def imul(a, b): return a * b
@vectorize(['float64(float64, float64)'], identity='reorderable')
def fmx(a, b): return max(a, b)
@vectorize(['float64(float64, float64)'])
def fsub(a, b): return a - b
print(fadd.identity, imul.identity, fmx.identity, fsub.identity)
print(repr(fadd.reduce(np.array([]))), repr(imul.reduce(np.array([], dtype=np.int64))))
print(fadd.reduce(np.zeros((0, 3)), axis=0), fadd.reduce(np.zeros((2, 0)), axis=1), fadd.reduce(np.arange(6.).reshape(2, 3), axis=None))
print(fadd.reduce(np.arange(6.).reshape(2, 3)), fmx.reduce(np.arange(6.).reshape(2, 3), axis=None))
for f in (lambda: fsub.reduce(np.arange(6.).reshape(2, 3), axis=None), lambda: fmx.reduce(np.array([])), lambda: fsub.reduce(np.array([]))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(fsub.reduce(np.arange(6.)), fsub.reduce(np.arange(6.), axis=None))
