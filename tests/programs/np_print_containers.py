# outcmp: exact
import numpy as np
a = np.array([1.5, 2.0])
print([a, a * 2])
print((a, 3, "x"))
print({'k': a})
print([np.float64(0.5), np.int64(3), np.bool_(True), np.complex128(1j), np.float32(0.25), np.uint8(7)])
print((np.int8(1),), {'v': np.float32(0.1)})
print(str(a), repr(a), f"{a}", f"{a!r}", "%s|%r" % (a, a))
print([np.arange(3).reshape(3, 1)])
print(str([np.array(5), np.array([[1]])]))
d = {i: np.arange(i) for i in range(3)}
for k in d:
    print(k, d[k], repr(d[k]))
print(" ".join(str(x) for x in np.arange(4)), ",".join(map(str, np.linspace(0, 1, 3))))
print(f"{np.arange(3)} and {np.eye(2)}")
