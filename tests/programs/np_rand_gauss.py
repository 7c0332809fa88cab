# np.random: randn / standard_normal / normal (legacy polar method, cached
# second value), and how the cache interacts with other draws and seeding.
import numpy as np

np.random.seed(0)
print(np.random.randn())
print(np.random.randn())
print(np.random.randn(5).tolist())
print(np.random.randn(2, 2).tolist())
print(np.random.standard_normal())
print(np.random.standard_normal(3).tolist())
print(np.random.standard_normal(size=(1, 3)).tolist())

# odd count leaves a cached value that survives uniform draws
np.random.seed(1)
print(np.random.randn(3).tolist())
print(np.random.random())
print(np.random.randn())
print(np.random.randn())

# seeding clears the cache
np.random.seed(2)
print(np.random.randn())
np.random.seed(2)
print(np.random.randn(), np.random.randn())

np.random.seed(3)
print(np.random.normal())
print(np.random.normal(5.0))
print(np.random.normal(10, 2))
print(np.random.normal(-1.5, 0.25, 4).tolist())
print(np.random.normal(loc=3, scale=0.5, size=(2, 2)).tolist())
print(np.random.normal(0, 0, 2).tolist())
print(np.random.normal(scale=2.0))
print(np.random.normal(size=3).tolist())

# array parameters broadcast
print(np.random.normal([0.0, 10.0, 100.0], 1.0).tolist())
print(np.random.normal(0.0, [1.0, 2.0]).tolist())
print(np.random.normal(np.array([[0.0], [1.0]]), np.array([1.0, 2.0, 3.0])).tolist())
print(np.random.normal([1.0, 2.0], 0.5, size=(3, 2)).tolist())

np.random.seed(2024)
z = np.random.randn(10000)
print(len(z.tolist()), min(z.tolist()), max(z.tolist()))
