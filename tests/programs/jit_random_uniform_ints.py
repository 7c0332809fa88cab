# random.uniform(a, b) in traced loops with int, float and mixed bounds:
# CPython takes ints as doubles and the difference of two ints exactly;
# bounds past 2**61, big ints and bools take its generic path.
import random


def draws(a, b, n):
    s = 0.0
    last = None
    for _ in range(n):
        last = random.uniform(a, b)
        s += last
    return s, last


random.seed(12345)
for a, b in [(-3, 3), (0, 10), (5, -5), (-3, 2.5), (0.5, 7), (1.25, -1.75), (2**60, 2**61),
             (-(2**61), 2**61), (2**61 - 1, -(2**61)), (2**61 + 1, 0), (2**70, 2**70 + 1),
             (True, 3), (0, 0), (7, 7.0), (-(2**53) - 1, 2**53 + 1)]:
    print(a, b, draws(a, b, 300))
print(random.random())
xs = [random.uniform(-3, 3) for _ in range(2000)]
print(sum(xs), min(xs), max(xs))
