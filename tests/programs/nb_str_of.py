# str() of integers, bools and strs inside @njit code, string building
# with + and f-strings of those (Numba 0.56: no str(float), no format specs),
# ord(), chr() and str * int.
import numpy as np
from numba import njit


@njit
def labels(n):
    s = ""
    for i in range(n):
        s = s + "a" + str(i) + ","
    return s


@njit
def conversions(x, flag, name):
    return str(x), str(-x), str(flag), str(name), str(0)


@njit
def fstrings(i, name):
    return f"{name}[{i}] = {i * i}", f"{i > 2}", f"plain"


@njit
def sized_ints(a, b):
    return str(a) + "/" + str(b)


@njit
def smallest():
    x = -9223372036854775807 - 1
    return str(x)


print(labels(5))
print(conversions(1234567890123, True, "nm"))
print(fstrings(7, "v"))
print(sized_ints(np.int32(-7), np.uint64(18446744073709551615)))
print(sized_ints(np.uint8(255), np.int16(-300)))
print(len(str(10 ** 18)), str(10 ** 18)[::-1])
try:
    smallest()
except MemoryError as e:
    print("MemoryError", e)


@njit
def of_float(x):
    return "x=" + str(x)


try:
    of_float(1.5)
except Exception as e:
    print(type(e).__name__)


@njit
def caesar(s, k):
    out = ""
    for ch in s:
        out += chr((ord(ch) - 97 + k) % 26 + 97)
    return out


@njit
def code_points(s):
    return [ord(c) for c in s], chr(233) + chr(0x1F600) + chr(65), "ab" * 3, 2 * "é", "x" * -1


@njit
def bad_ord(s):
    return ord(s)


@njit
def bad_chr(i):
    return chr(i)


print(caesar("hello", 3))
print(code_points("aé😀"))
for f, arg in [(bad_ord, "ab"), (bad_ord, ""), (bad_chr, -1), (bad_chr, 0x110000)]:
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
