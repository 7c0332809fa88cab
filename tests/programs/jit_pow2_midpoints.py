# x ** 2 is pow(x, 2.0) (CPython's float ** 2, NumPy's float64 scalar ** 2),
# which glibc rounds differently from x * x for some squares near a rounding
# midpoint. The JIT computes x * x where that is certainly pow's answer and
# calls pow otherwise: every square below must be pow's, bit for bit.
import random
import numpy as np

random.seed(7)
xs = [random.uniform(1.0, 2.0) * 2.0 ** random.randint(-480, 480) for _ in range(60000)]
arr = np.array(xs)


def squares_of_list(xs):
    differ = 0
    h = 0
    for x in xs:
        s = x ** 2
        if s != x * x:
            differ += 1
        h ^= hash(s)
    return differ, h


def squares_of_array(a):
    differ = 0
    h = 0
    for i in range(len(a)):
        s = a[i] ** 2
        if s != a[i] * a[i]:
            differ += 1
        h ^= hash(float(s))
    return differ, h


def sum_of_squares(a):
    total = 0.0
    for i in range(len(a)):
        total += (a[i] * 1e-100) ** 2
    return total


print(squares_of_list(xs))
print(squares_of_array(arr))
print(sum_of_squares(arr))
edges = [x * 2.0 ** -40 for x in xs[:3000]] + [x * 2.0 ** 30 for x in xs[:3000]]
print(squares_of_list(edges))
