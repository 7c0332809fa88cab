# np.random: uniform, exponential, standard_exponential, poisson (small
# lambda by multiplication, large by PTRS), with scalar and array parameters.
import numpy as np

np.random.seed(99)
print(np.random.uniform())
print(np.random.uniform(5))
print(np.random.uniform(-1, 1))
print(np.random.uniform(2, 3, 4).tolist())
print(np.random.uniform(low=10, high=0, size=(2, 2)).tolist())
print(np.random.uniform(1, 1, 2).tolist())
print(np.random.uniform([0, 10, 100], [1, 11, 101]).tolist())
print(np.random.uniform(0, [1, 2, 3], size=(2, 3)).tolist())

print(np.random.exponential())
print(np.random.exponential(2.0))
print(np.random.exponential(0.5, 3).tolist())
print(np.random.exponential([1.0, 10.0]).tolist())
print(np.random.standard_exponential())
print(np.random.standard_exponential(3).tolist())

print(np.random.poisson())
print(type(np.random.poisson(3)))
print(np.random.poisson(3, 10).tolist())
print(np.random.poisson(0.5, 10).tolist())
print(np.random.poisson(0, 3).tolist())
print(np.random.poisson(10, 10).tolist())
print(np.random.poisson(55.5, 10).tolist())
print(np.random.poisson(1e6, 3).tolist())
print(np.random.poisson([1, 20, 300]).tolist())
print(np.random.poisson(lam=4.0, size=(2, 3)).tolist())
print(np.random.random())
