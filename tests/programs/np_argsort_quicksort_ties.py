# The default sort kind is NumPy's introsort (median-of-three quicksort,
# insertion sort below 17 elements, heapsort past the depth budget): its
# order of ties shows in argsort and in -0.0/0.0 of float64 sort.
import random
import numpy as np

print(np.argsort(np.array([1, 0] * 10)))
print(np.array([1, 0] * 10).argsort(kind='stable'))
print(np.argsort(np.array([1, 0] * 10), kind='heapsort'))

random.seed(11)
for n in [1, 2, 3, 15, 16, 17, 18, 33, 64, 100, 257, 1200]:
    for dt in [np.int8, np.uint16, np.int32, np.int64, np.uint64, np.float32, np.float64, np.bool_, np.complex128]:
        vals = [random.randrange(3) for _ in range(n)]
        a = np.array(vals).astype(dt)
        if dt is np.float64:
            a[::7] = np.nan
        s = np.argsort(a)
        h = np.argsort(a, kind='heap')
        # a checksum keeps the expected file small while every index counts
        print(n, dt.__name__, s[:12], int((s * np.arange(n)).sum()), int((h * np.arange(n)).sum()))
        assert (np.argsort(a, kind='mergesort') == np.argsort(a, kind='stable')).all()

m = np.array([random.randrange(3) for _ in range(96)]).reshape(4, 24)
print(np.argsort(m, axis=0))
print(m.argsort(axis=1))
print(np.argsort(m, axis=None)[:30])

f = np.array([0.0, -0.0] * 20 + [1.0, -1.0])
print(np.sort(f))
g = f.copy()
g.sort()
print(g, np.sort(f, kind='stable'))
z = np.array([complex(1, np.nan), complex(np.nan, 1), 2 + 1j, complex(np.nan, np.nan), 1 + 2j, complex(0, np.nan)])
print(np.sort(z), np.argsort(z))

for k in ['Q', 'h', 'merge', 'bogus', 3]:
    try:
        print(k, np.argsort(np.array([2, 1, 2]), kind=k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# a median-of-three killer (McIlroy's adversary): runs out of depth budget
# and finishes its parts with heapsort
k = np.array([0,25,0,24,1,24,2,24,2,23,3,23,4,23,4,22,5,22,6,22,6,21,7,21,8,9,33,32,32,32,31,31,31,30,30,30,29,29,29,28,28,28,27,27,27,26,26,26,25,0,1,1,2,3,3,4,5,5,6,7,7,8,21,20,20,20,19,19,19,18,18,18,17,17,17,16,16,16,15,15,15,14,14,14,13,13,13,12,12,12,11,11,11,10,10,10,9,9,25,8])
print(np.argsort(k), np.argsort(k.astype(np.float32))[:20])

# hot loop: the JIT records argsort calls
tot = 0
x = np.array([2, 0, 1, 0, 2, 1] * 5)
for i in range(100):
    tot += int(np.argsort(x[i % 7:])[i % 5]) + int(x.argsort()[3])
print(tot)
