# `global G` in @njit code: reading G is fine (Numba freezes its value),
# assigning it is refused by Numba 0.56 (STORE_GLOBAL is an unsupported
# opcode). streak compiled the assignment as a local one, returning a value
# the oracle never computes; it is an error now, and G is left alone.
from numba import njit

G = 1
SCALE = 2.0


@njit
def bump(x):
    global G
    G = G + x
    return G


@njit
def scaled(x):
    global SCALE
    return SCALE * x


print(scaled(3.0))
try:
    print(bump(3))
except Exception:
    print("bump: error")
print(G)
