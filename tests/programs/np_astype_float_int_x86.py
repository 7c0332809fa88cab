# Float to integer astype as NumPy's C casts give it on x86-64: NaN and
# out-of-range values become the integer-indefinite INT_MIN of the 32- or
# 64-bit conversion, uint32/uint64 above 2**31/2**63 through x - 2**k.
import numpy as np
vals = np.array([np.nan, np.inf, -np.inf, 3e9, -3e9, 1e10, -1e10, 1e20, -1e20, 300.7, -300.7, 70000.5, -1.5, -1.0, 2.0**63, 2.0**64, 1.8e19, 0.99, -0.99])
for t in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64):
    print(t.__name__, vals.astype(t))
    print(t.__name__, vals.astype(np.float32).astype(t))
print(np.array([1 + 2j, np.nan + 0j]).astype(np.int32) if False else "")
