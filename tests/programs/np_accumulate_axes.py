# ufunc.accumulate reads axis= like reduce (None: every axis; a tuple lists
# some) and then wants exactly one axis.
import numpy as np

a = np.arange(6).reshape(2, 3)
cases = [(a, None), (a, ()), (a, (0,)), (a, (0, 1)), (a, (0, 0)), (a, 1), (a, -1), (a, 2), (a, (5,)),
         (np.arange(3), None), (np.arange(3), (0,)), (np.array(5), None), (np.array(5), 0),
         (np.array(5), -1), (np.array(5), 1), (np.array(5), (0,)), (a, np.int64(1)), (a, True), (a, [0]),
         (a, (1.0,))]
for x, ax in cases:
    for f in [np.add.accumulate, np.multiply.accumulate]:
        try:
            print(x.ndim, ax, f(x, axis=ax).tolist())
        except (ValueError, IndexError, TypeError) as e:
            print(x.ndim, ax, type(e).__name__, e)
print(np.add.accumulate(a).tolist(), np.cumsum(a, axis=None).tolist())

# reductions over a 0-d array accept axis 0 and -1 (mean does not)
z = np.array(5.0)
print(np.sum(z, axis=0), np.add.reduce(z, axis=-1), np.max(z, axis=0), np.add.reduce(z, axis=()))
for f in [np.mean, np.std]:
    try:
        print(f(z, axis=0))
    except IndexError as e:  # numpy.AxisError
        print(type(e).__name__, e)
print(np.sum(a, axis=np.int64(1)), np.add.reduce(a, axis=(np.int32(0),)))

# hot loop: the JIT records accumulate with an axis
t = 0
for i in range(100):
    t += int(np.add.accumulate(a, axis=i % 2)[1, 2])
    try:
        np.add.accumulate(a, axis=None)
    except ValueError:
        t += 1
print(t)
