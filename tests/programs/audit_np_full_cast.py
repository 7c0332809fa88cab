# np.full / full_like fill as NumPy's copyto(casting='unsafe'): C casts (nan into
# int64, 300 into int8, complex into float), while a[i] = v and fill() convert
# as Python does (ValueError for nan into an int array).
import numpy as np
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: np.full(2, np.nan, dtype=int))
t(lambda: np.full(2, np.inf, dtype=np.int32))
t(lambda: np.full(2, 300, dtype=np.int8))
t(lambda: np.full(2, -1, dtype=np.uint8))
t(lambda: np.full(2, 1e20, dtype=np.int8))
t(lambda: np.full(2, 2.9, dtype=np.uint16))
t(lambda: np.full(2, 1 + 2j, dtype=float))
t(lambda: np.full(2, -3.5, dtype=bool))
t(lambda: np.full_like(np.arange(2), np.nan))
t(lambda: np.full_like(np.arange(2, dtype=np.uint8), 257))
t(lambda: np.full_like(np.arange(2, dtype=np.uint8), -1.5))
a = np.zeros(2, int)
def f():
    a[0] = np.nan
t(f)
def g():
    a[:] = np.nan
t(g)
def h():
    b = np.zeros(2, np.int8); b[0] = 300; return b
t(h)
def k():
    b = np.zeros(2, np.uint8); b[:] = -1; return b
t(k)
def m():
    b = np.zeros(2, np.int8); b.fill(300); return b
t(m)
def n():
    b = np.zeros(2, np.int8); b.fill(np.nan); return b
t(n)
t(lambda: np.array([300, 1], dtype=np.int8))
t(lambda: np.array([np.nan], dtype=int))
t(lambda: np.array(np.nan).astype(int))
t(lambda: np.int8(300))
t(lambda: np.int32(np.nan))
