# Printing arrays that come out of np.random (float, int, bool, 2-D).
import numpy as np

np.random.seed(2023)
print(np.random.random(5))
print(np.random.rand(2, 3))
print(np.random.randn(4))
print(np.random.randint(0, 100, size=(3, 4)))
print(np.random.randint(-5, 5, size=6, dtype=np.int8))
print(np.random.randint(0, 2, size=7, dtype=bool))
print(repr(np.random.uniform(0, 1, 3)))
print(repr(np.random.permutation(6)))
print(np.random.choice([1.5, 2.5, 3.5], 4))
print(np.random.normal(100, 15, (2, 2)))
print(np.random.poisson(3, 8))
print(np.random.random(()))
