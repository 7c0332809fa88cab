# outcmp: exact
import numpy as np
types = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
for t1 in types:
    row = []
    for t2 in types:
        r = np.ones(2, dtype=t1) + np.ones(2, dtype=t2)
        row.append(r.dtype.name)
    print(t1.__name__, ' '.join(row))
for t in types + [np.float32, np.float64, np.bool_]:
    print(t.__name__, (np.ones(2, dtype=t) * np.ones(2, dtype=np.float32)).dtype,
          (np.ones(2, dtype=t) + np.ones(2, dtype=np.complex64)).dtype,
          (np.ones(2, dtype=t) + np.ones(2, dtype=np.bool_)).dtype)
print(np.array([200], dtype=np.uint8) + np.array([100], dtype=np.int8))
print(np.array([2**63], dtype=np.uint64) + np.array([1], dtype=np.int64))
