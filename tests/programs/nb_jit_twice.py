# A jit decorator applied to a function that is already jitted raises
# Numba's TypeError (it did compile the wrapped function again).
from numba import njit, jit


@njit
def f(x):
    return x + 1


for deco in [njit, njit(cache=False), jit(nopython=True)]:
    try:
        g = deco(f)
        print("jitted", g(1))
    except TypeError as e:
        msg = str(e)
        print("TypeError", msg[:msg.index(" at 0x")], msg[msg.rindex(">)."):])
print(f(2), njit(f.py_func)(3))
