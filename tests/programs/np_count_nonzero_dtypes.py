# np.count_nonzero / np.nonzero over every dtype (whole arrays counted by
# one loop per dtype, bools and 1-byte ints 8 bytes at a time): -0.0 is
# zero, NaN is not, a complex with one nonzero part is nonzero.
import numpy as np

vals = [0, 1, -1, 2, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 127, 0, 0, 3]
for dt in (np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, np.float32, np.float64):
    a = np.array(vals).astype(dt)
    print(dt.__name__, np.count_nonzero(a), np.count_nonzero(a[::2]), np.count_nonzero(a.reshape(3, 7)), np.nonzero(a)[0])
f = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 1e-300, 0.0, 0.0, 0.0])
print(np.count_nonzero(f), np.count_nonzero(f.astype(np.float32)), np.flatnonzero(f))
c = np.array([0j, 1j, 1 + 0j, -0.0 + 0j, complex(0.0, -0.0), complex(np.nan, 0), 0j, 2 + 2j])
print(np.count_nonzero(c), np.count_nonzero(c.astype(np.complex64)), np.nonzero(c))
b = (np.arange(1000) % 37 == 0) | (np.arange(1000) > 995)
print(np.count_nonzero(b), np.count_nonzero(b[1:]), np.count_nonzero(b.reshape(40, 25).T), np.argwhere(b.reshape(40, 25))[:4])
print(np.count_nonzero(np.zeros(0)), np.count_nonzero(np.ones((3, 0))), np.count_nonzero(7), np.count_nonzero(0.0))
print(np.count_nonzero(np.eye(4), axis=0), np.count_nonzero(np.eye(4)[:, :2], axis=1))
