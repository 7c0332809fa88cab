# outcmp: exact
import numpy as np
for v in [np.array(5), np.array(-2.5), np.array(True), np.array(1 + 2j), np.array(0.1),
          np.array(7, dtype=np.int8), np.array(3.5, dtype=np.float32), np.array(1e20), np.array(np.nan)]:
    print(v, repr(v), str(v), v.shape, v.ndim, v.dtype)
z = np.array(1.0 / 3)
print(z, repr(z), z * 3, repr(z * 3), type(z * 3).__name__, type(z + 0).__name__)
print(np.array(2) ** 10, type(np.array(2) ** 10).__name__, np.array([5]).sum(), np.array(5)[()])
print(f"{np.array(2.5)}", "{}".format(np.array(-1)), "%s" % np.array(7), "%d" % np.array(7), "%.3f" % np.array(2.5))
print(float(np.array(2.5)), int(np.array(9)), complex(np.array(1j)), bool(np.array(0)))
print(np.float64(2.5), f"{np.float64(2.5):.3f}", f"{np.int64(42):5d}", f"{np.float32(0.1):.10f}", format(np.float64(1 / 3), '.4e'))
