# NumPy integer scalars (from sums, argmax, indexing) passed where Python
# wants an int: they work through __index__ (round's ndigits, enumerate's
# start, random's counts and bounds), and divmod(int, np scalar / array)
# reaches the NumPy operand's __rdivmod__.
import random
import numpy as np

a = np.array([3, 1, 4, 1, 5])
n = a.argmax()
k = a[1] + a[3]
print(round(3.14159, k), round(2.675, np.int8(2)), round(1234.5, np.int64(-2)))
print(list(enumerate("abc", n)), list(enumerate("xy", np.uint8(7))))
random.seed(5)
print(random.randint(np.int64(1), a.sum()), random.randrange(n), random.randrange(np.int8(2), a[4], k))
print(random.sample(range(20), k), random.choices("abcdef", k=n), random.sample([1, 2, 3], np.int16(3)))
print(divmod(10, n), divmod(-7, np.int8(2)), divmod(7.5, np.float64(2)), divmod(np.int64(9), 4))
print(divmod(10, a), divmod(10.0, np.array([3.0, -4.0])), divmod(a, 2))
q, r = divmod(100, np.uint8(7))
print(q, r, type(q).__name__, type(r).__name__)
try:
    divmod(10, np.array([1, 0]))
except Exception as e:
    print(type(e).__name__)
