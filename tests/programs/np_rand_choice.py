# outcmp: exact
# np.random.choice: uniform (randint), weighted (cdf + searchsorted),
# without replacement (permutation, or repeated weighted draws).
import numpy as np

np.random.seed(7)
print(np.random.choice(5))
print(type(np.random.choice(5)))
print(np.random.choice(5, 3).tolist())
print(np.random.choice(10, size=(2, 3)).tolist())
print(np.random.choice([10, 20, 30]))
print(np.random.choice([1.5, 2.5, 3.5], 4).tolist())
print(np.random.choice(np.array([True, False]), 5).tolist())
print(np.random.choice(['x', 'y', 'z']) if False else 'skip')

# weighted
print(np.random.choice(4, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice(4, 10, p=[0.1, 0.2, 0.3, 0.4]).tolist())
print(np.random.choice([5, 6, 7], size=(2, 2), p=[0.5, 0.0, 0.5]).tolist())
print(np.random.choice(3, 6, p=np.array([1.0, 0.0, 0.0])).tolist())

# without replacement
print(np.random.choice(10, 4, replace=False).tolist())
print(np.random.choice(5, replace=False))
print(np.random.choice([1, 2, 3, 4, 5], 5, replace=False).tolist())
print(np.random.choice(6, (2, 3), replace=False).tolist())
print(np.random.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2]).tolist())
print(np.random.choice(4, 4, replace=False, p=[0.25, 0.25, 0.25, 0.25]).tolist())
print(np.random.choice(8, 3, replace=False, p=[0.5, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05]).tolist())
print(np.random.choice(3, 0).tolist(), np.random.choice(0, 0).tolist())
print(np.random.random())
