# hex/bin/oct/chr take NumPy integer scalars (and np.bool_) through their
# __index__, as CPython does; a np.float64 is still refused.
import numpy as np
for f in [hex, bin, oct, chr]:
    for v in [np.bool_(True), np.int8(65), np.uint64(66), np.int64(-5) if f is not chr else np.int16(97), np.float64(65), 65.0]:
        try:
            print(f.__name__, repr(f(v)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(hex(np.uint64(2**64 - 1)), bin(np.int8(-128)), oct(np.uint16(65535)), chr(np.uint32(0x263A)))
print(''.join(chr(c) for c in np.arange(65, 75)), [hex(b) for b in np.array([0, 15, 255], dtype=np.uint8)])
