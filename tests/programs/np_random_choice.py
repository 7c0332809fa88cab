# outcmp: exact
import numpy as np
np.random.seed(12345)
print(np.random.choice(10), np.random.choice(10, 5), np.random.choice(5, 3, replace=False))
print(np.random.choice(np.array([1.5, 2.5, 3.5])), np.random.choice([10, 20, 30, 40], size=(2, 3)))
print(np.random.choice(5, 5, replace=False), np.random.choice(np.arange(100, 110), 4, replace=False))
print(np.random.choice(4, 8, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice([0, 1], 10, p=[0.75, 0.25]))
print(np.random.choice(3, 3, replace=False, p=[0.5, 0.25, 0.25]))
print(type(np.random.choice(10)).__name__, np.random.choice(10, 2).dtype)
np.random.seed(2)
c = np.random.choice(6, 3000)
print(np.bincount(c))
try:
    np.random.choice(3, 5, replace=False)
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.choice(3, 2, p=[0.5, 0.6, 0.1])
except ValueError as e:
    print("ValueError:", e)
