# object.__eq__ answers NotImplemented for another object, so the other
# operand decides: None == array compares elementwise, a scalar class ==
# a dtype is True (a common `a.dtype in (np.int32, np.int64)` test), and
# == between an array and a NumPy scalar class is a plain False.
import numpy as np

a = np.array([1, 2])
print(None == a, None != a, a == None, a != None)
print(np.int64 == a.dtype, np.int32 == np.dtype("int32"), np.float64 == np.dtype(float), np.int32 != np.dtype("int32"))
print(float == np.dtype(float), int == a.dtype, "float64" == np.dtype(float), np.dtype(float) == "f8")
print(a.dtype in (np.int64, np.int32), a.dtype in [np.float32, np.float64], np.float64 in [a.dtype])
print(np.float64 == a, a == np.float32, a != np.int8, a == float, a == np.generic, a == np.dtype("int64"))
print(np.float64(1.0) == np.float64, np.int8(1) != np.int8)
print(None == None, None != 0, int == int, int == float, None == 0, np.int64 == np.int64)
for dt in [np.int8, np.float32, np.complex128, np.bool_]:
    x = np.zeros(2, dtype=dt)
    kind = "int" if x.dtype in (np.int8, np.int16, np.int32, np.int64) else "float" if x.dtype in (np.float32, np.float64) else "other"
    print(dt.__name__, kind)
