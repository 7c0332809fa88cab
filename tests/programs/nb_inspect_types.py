# f.inspect_types(file=...): the header with the signature, each argument's
# and variable's inferred type, one block per compiled signature.
import random
import numba
import numpy as np


@numba.njit
def scaled_sum(arr, k):
    total = 0.0
    for i in range(len(arr)):
        v = arr[i] ** 2
        total += v * k
    return total


print(scaled_sum(np.arange(4.0), 2), scaled_sum(np.arange(4.0), 2.5))

path = "/tmp/streak_inspect_types_%d.txt" % random.randrange(10**12)
fh = open(path, "w")
scaled_sum.inspect_types(file=fh)
fh.close()
fh = open(path)
lines = fh.read().split("\n")
fh.close()

headers = [l for l in lines if l.startswith("scaled_sum (")]
print(headers)
print(lines[1] == "-" * 80, sum(1 for l in lines if l == "=" * 80))


def typed(name, ty):
    # a line "#   name ... :: ty" (Numba: "name = <ir expr>  :: ty")
    for l in lines:
        s = l.strip()
        if s.startswith("#"):
            s = s[1:].strip()
        if s.startswith(name + " ") and s.endswith(":: " + ty):
            return True
    return False


print(typed("arr = arg(0, name=arr)", "array(float64, 1d, C)"))
print(typed("k = arg(1, name=k)", "int64"), typed("k = arg(1, name=k)", "float64"))
print(typed("total", "float64"), typed("v", "float64"), typed("i", "int64"))
print(typed("total", "int64"))
