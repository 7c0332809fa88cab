# np.pad: modes constant/edge/reflect/symmetric/wrap (NumPy's chunked reflect/wrap for wide pads), pad_width/constant_values shapes, dtypes, errors
import numpy as np
a = np.arange(1, 6)
for mode in ['constant', 'edge', 'reflect', 'symmetric', 'wrap']:
    for pw in [0, 1, 3, (2, 1), (0, 4), ((1, 7),), 9]:
        print(mode, pw, np.pad(a, pw, mode))
for n in range(1, 5):
    for mode in ['edge', 'reflect', 'symmetric', 'wrap']:
        for b in range(0, 9, 3):
            for e in range(0, 10, 2):
                print(mode, n, b, e, np.pad(np.arange(n) * 10 + 1, (b, e), mode).tolist())
b = np.arange(12.0).reshape(3, 4)
for mode in ['constant', 'edge', 'reflect', 'symmetric', 'wrap']:
    print(mode)
    print(np.pad(b, ((1, 2), (3, 1)), mode))
    print(np.pad(b, [[5], [2]], mode))
print(np.pad(b, 1, constant_values=((1, 2), (3, 4))))
print(np.pad(b, (1, 2), constant_values=(7, 8)))
print(np.pad(b, 2, constant_values=[[9], [5]]))
print(repr(np.pad(np.arange(6, dtype=np.int8), 2, constant_values=300.7)))
print(repr(np.pad(np.ones(3, dtype=np.float32), 1, constant_values=np.nan)))
print(repr(np.pad(np.array([True, False]), 2)))
print(repr(np.pad(np.array([True, False]), 2, 'wrap')))
print(repr(np.pad(np.array([1 + 2j, 3j]), (1, 2), 'reflect')))
print(repr(np.pad(np.array([1 + 2j, 3j]), (1, 2), constant_values=2j)))
print(repr(np.pad(np.array(5), 3)))
print(repr(np.pad([[1, 2], [3, 4]], 1, 'symmetric')))
print(repr(np.pad(np.zeros((0, 3)), ((0, 0), (1, 1)), 'edge')))
print(repr(np.pad(np.zeros((0, 3)), 1)))
print(repr(np.pad(np.arange(8).reshape(2, 2, 2), ((1, 0), (0, 1), (2, 1)), 'reflect')))
print(repr(np.pad(np.arange(8).reshape(2, 2, 2), 1, constant_values=((1,2),(3,4),(5,6)))))
print(repr(np.pad(np.arange(6).reshape(2, 3)[:, ::2], (1, 2), 'wrap')))
print(np.pad(np.arange(4), np.int64(2)))
print(np.pad(np.arange(4), np.array([1, 2])))
print(np.pad(np.arange(4), [[1, 2]], mode='symmetric', reflect_type='even'))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: np.pad(np.ones((2, 2)), [[1, 2], [3, 4], [5, 6]]))
err(lambda: np.pad(np.ones((2, 2)), [1, 2, 3]))
err(lambda: np.pad(np.ones(3), 1.5))
err(lambda: np.pad(np.ones(3), True))
err(lambda: np.pad(np.ones(3), -1))
err(lambda: np.pad(np.ones(3), (1, -1)))
err(lambda: np.pad(np.ones(3), 1, 'foo'))
err(lambda: np.pad(np.ones(3), 1, 'edge', constant_values=3))
err(lambda: np.pad(np.ones(3), 1, 'wrap', reflect_type='even'))
err(lambda: np.pad(np.ones(3), 1, constant_values=[1, 2, 3]))
err(lambda: np.pad(np.zeros((2, 0)), 1, 'edge'))
err(lambda: np.pad(np.zeros((2, 0)), ((1, 1), (0, 0)), 'reflect'))
err(lambda: np.pad(np.ones(3), [[[1]]]))
err(lambda: np.pad(np.ones(3)))
# a small random sweep over n-d shapes, dtypes and modes
import random
random.seed(5)
for t in range(40):
    nd = random.randint(1, 3)
    sh = tuple(random.randint(1, 4) for _ in range(nd))
    mode = random.choice(['constant', 'edge', 'reflect', 'symmetric', 'wrap'])
    pw = [(random.randint(0, 6), random.randint(0, 6)) for _ in range(nd)]
    dt = random.choice([np.int64, np.float64, np.int16, np.uint8, np.complex64, bool])
    x = (np.arange(int(np.prod(sh))) % 7).astype(dt).reshape(sh)
    r = np.pad(x, pw, mode)
    print(r.dtype, r.shape, r.ravel().tolist())
# argument handling: None constants, modes that are not strings, **kwargs
err(lambda: np.pad(np.arange(3.0), 1, constant_values=None))
err(lambda: np.pad(np.arange(3), 1, constant_values=None))
err(lambda: np.pad(np.arange(3), 1, 'reflect', reflect_type='foo'))
err(lambda: np.pad(np.arange(3), np.uint8(1)))
err(lambda: np.pad(np.arange(3), [1.0, 2.0]))
err(lambda: np.pad(np.arange(3), 1, mode=None))
err(lambda: np.pad(np.arange(3), 1, mode='CONSTANT'))
err(lambda: np.pad(np.arange(3), 1, 3))
err(lambda: np.pad([1, 2], 1, foo=2))
err(lambda: np.pad(np.arange(3), 1, 'edge', end_values=2))
err(lambda: np.pad(np.arange(3).reshape(3, 1), ((1, 1),), 'wrap'))
err(lambda: np.pad(np.arange(3).reshape(3, 1), [[1], [2]], 'wrap'))
err(lambda: np.pad(np.arange(3).reshape(3, 1), [(1,), (2,)]))
err(lambda: np.pad(3.5, 2))
err(lambda: np.pad(np.array(3.5), ((1, 1),)))
err(lambda: np.pad(np.arange(4), (2, 3), 'symmetric')[::2])
