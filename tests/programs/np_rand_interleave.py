# One global stream: every np.random function draws from it in order; a
# RandomState has its own.
import numpy as np

np.random.seed(31337)
print(np.random.random())
print(np.random.randn())
print(np.random.randint(100))
l = list(range(8))
np.random.shuffle(l)
print(l)
print(np.random.randn())
print(np.random.choice(8, 3).tolist())
print(np.random.uniform(0, 10, 2).tolist())
print(np.random.normal(0, 1, 3).tolist())
print(np.random.permutation(5).tolist())
print(np.random.randint(0, 2**33, 2).tolist())
print(np.random.rand(3).tolist())

rs = np.random.RandomState(12345)
print(rs.random_sample(3).tolist())
print(rs.randn(2).tolist())
print(rs.randint(0, 10, 5).tolist())
rs.seed(12345)
print(rs.rand(3).tolist())
rs2 = np.random.RandomState([1, 2, 3])
print(rs2.random())
print(np.random.random())   # the global stream is untouched by rs

from numpy.random import seed, rand
seed(5)
print(rand(2).tolist())
import numpy.random as npr
npr.seed(5)
print(npr.rand(2).tolist())

def mc_pi(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n

np.random.seed(0)
print(mc_pi(20000))
np.random.seed(0)
xs = np.random.random(20000)
ys = np.random.random(20000)
print(sum(1 for a, b in zip(xs.tolist(), ys.tolist()) if a * a + b * b < 1.0))
