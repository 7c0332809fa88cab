# outcmp: exact
# np.random.shuffle / permutation: Fisher-Yates from the end with
# random_interval (masked 32- or 64-bit draws).
import numpy as np

np.random.seed(10)
l = list(range(10))
np.random.shuffle(l)
print(l)
a = np.arange(10)
np.random.shuffle(a)
print(a.tolist())
f = np.array([0.0, 0.5, 1.0, 1.5, 2.0, 2.5])
np.random.shuffle(f)
print(f.tolist())
s = ['a', 'b', 'c', 'd', 'e']
np.random.shuffle(s)
print(s)
one = [1]
np.random.shuffle(one)
print(one)
empty = []
np.random.shuffle(empty)
print(empty)

# 2-D: rows are shuffled
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m.tolist())
m3 = np.arange(24).reshape(4, 3, 2)
np.random.shuffle(m3)
print(m3.tolist())

# a strided view is shuffled in place, through the view
b = np.arange(10)
np.random.shuffle(b[::2])
print(b.tolist())
c = np.arange(12).reshape(3, 4)
np.random.shuffle(c[:, 1])
print(c.tolist())

# permutation
print(np.random.permutation(10).tolist())
print(np.random.permutation(1).tolist(), np.random.permutation(0).tolist())
print(np.random.permutation([10, 20, 30, 40]).tolist())
x = np.array([1.5, 2.5, 3.5, 4.5, 5.5])
p = np.random.permutation(x)
print(p.tolist(), x.tolist())
print(np.random.permutation(np.arange(9).reshape(3, 3)).tolist())
print(np.random.permutation(np.int64(5)).tolist())
big = np.random.permutation(1000)
print(big[:10].tolist(), sorted(big.tolist()) == list(range(1000)))
print(np.random.random())
