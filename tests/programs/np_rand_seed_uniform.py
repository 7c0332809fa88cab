# outcmp: exact
# np.random legacy MT19937: seeding and the 53-bit uniform doubles.
import numpy as np

np.random.seed(12345)
print(np.random.random(3).tolist())
print(np.random.random())
print(repr(np.random.random_sample()))
print(np.random.sample(2).tolist())
print(np.random.ranf(2).tolist())
print(np.random.rand())
a = np.random.rand(2, 3)
print(a.shape, a.dtype, a.tolist())
b = np.random.random((2, 2))
print(b.shape, b.tolist())
c = np.random.random_sample(size=[3])
print(c.tolist())
print(np.random.random(0).tolist(), np.random.random((2, 0)).shape)

# re-seeding restarts the stream
for s in [0, 1, 42, 2**32 - 1, 123456789]:
    np.random.seed(s)
    print(s, np.random.random(), np.random.rand(2).tolist())

np.random.seed(42)
x = np.random.random(1000)
print(x[:3].tolist(), x[-3:].tolist())
print(sum(x.tolist()))
np.random.seed(True)
print(np.random.random())
np.random.seed(np.int32(7))
print(np.random.random())
np.random.seed(np.uint8(7))
print(np.random.random())

# array seeds use init_by_array
np.random.seed([1, 2, 3])
print(np.random.random(3).tolist())
np.random.seed((0,))
print(np.random.random())
np.random.seed(np.array([2**32 - 1, 0, 5]))
print(np.random.random(2).tolist())
np.random.seed([7])
print(np.random.random())
