import numpy as np
# where= with initial on reductions: masked items are skipped, initial counted once
m = np.array([[True, True], [False, True], [False, False]])
x = np.array([[-1j, 1+2j], [complex(float("nan"), 1), -1.5+2.5j], [-1.5+2.5j, 2+0j]], dtype=np.complex64)
i = np.array([[3, -2], [5, 7], [-4, 2]], dtype=np.int16)
def show(f):
    try:
        r = f(); print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for ax in (None, 0, 1, (0, 1), -1):
    show(lambda: x.prod(axis=ax, where=m, initial=-3))
    show(lambda: np.prod(i, axis=ax, where=m, initial=-3))
    show(lambda: np.sum(i, axis=ax, where=m, initial=10))
    show(lambda: np.max(i, axis=ax, where=m, initial=-30))
    show(lambda: np.min(i, axis=ax, where=m, initial=4, keepdims=True))
    show(lambda: np.prod(i, axis=ax, where=[True, False], initial=2))
show(lambda: np.sum(i, where=np.array([1, 0])))
show(lambda: np.any(i, where=np.array([])))
show(lambda: np.all(np.array([[], []]), axis=0, where=np.array([[], []])))
show(lambda: np.add(i, 1, where=np.array([1.0, 0.0])))
show(lambda: np.sum(i, where=True, initial=1))
show(lambda: np.sum(i, where=False, initial=1))
show(lambda: np.max(i, where=[False, False]))
show(lambda: np.sum(i, where=[1, 0]))
