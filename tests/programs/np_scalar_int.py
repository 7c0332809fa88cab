# outcmp: exact
import numpy as np
a = np.int8(127)
print(a, repr(a), type(a).__name__)
print(a + np.int8(1), type(a + np.int8(1)).__name__)
print(np.int16(32767) + np.int16(1), np.int32(-2**31) - np.int32(1), np.int64(2**63 - 1) + np.int64(1))
print(np.uint8(0) - np.uint8(1), np.uint16(0) - np.uint16(1), np.uint32(0) - np.uint32(1), np.uint64(0) - np.uint64(1))
print(np.int8(100) * np.int8(3), np.uint8(16) * np.uint8(16), np.int8(-128) // np.int8(-1))
print(np.int64(7) // 2, np.int64(-7) // 2, np.int64(-7) % 3, np.int64(7) % -3, np.int64(7) / 2)
print(np.int8(5) + 1, type(np.int8(5) + 1).__name__, np.int8(5) + 1000, type(np.int8(5) + 1000).__name__)
print(np.int64(5) ** 2, np.int64(2) ** 62, np.int64(2) ** 63, np.int64(3) ** 0)
print(int(np.int64(2**62)) * 4, np.int64(255) & 15, np.int64(1) << 10, ~np.int64(0))
print(isinstance(np.int64(1), int), isinstance(np.int32(1), int), isinstance(np.int64(1), np.integer), isinstance(np.uint8(1), np.unsignedinteger))
print([10, 20, 30][np.int64(1)], [10, 20, 30][np.uint8(2)], range(10)[np.int32(3)], "abc"[np.int8(-1)])
print(np.int64(3) == 3, np.int64(3) == 3.0, np.int8(-1) == np.uint8(255), np.uint64(2**63) > np.int64(-1))
print(hash(np.int64(12345)) == hash(12345), {np.int64(1): 'a'}[1], f"{np.int32(42):08b}", f"{np.uint8(255):x}", "%5d|" % np.int16(-7))
try:
    np.int64(1) // np.int64(0)
    print("no error")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(np.int64(2) ** np.int64(10), abs(np.int8(-128)), -np.int8(-128), np.uint8(200) + 100)
