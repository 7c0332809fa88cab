# np.iinfo and np.finfo: attributes, repr, the str() tables, accepted
# arguments (types, dtypes, strings, instances) and NumPy's ValueErrors.
import numpy as np
for t in (np.float64, np.float32, np.complex64, float, 'f8', np.dtype('float32'), 1.0, np.float32(2)):
    f = np.finfo(t)
    print(repr(f))
    print(f)
    print(f.eps, f.epsneg, f.tiny, f.smallest_normal, f.smallest_subnormal, f.max, f.min, f.resolution, f.dtype)
    print(f.bits, f.precision, f.nmant, f.nexp, f.iexp, f.minexp, f.maxexp, f.machep, f.negep, type(f.eps).__name__, type(f.bits).__name__)
for t in (np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, int, 'i4', 3, np.int8(3), np.dtype('uint16')):
    i = np.iinfo(t)
    print(repr(i))
    print(i)
    print(i.min, i.max, i.bits, i.dtype, i.kind, type(i.max).__name__)
for bad in (np.float64, 'f8', np.bool_, 2.5):
    try:
        np.iinfo(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (np.int64, 'i4', 3, np.uint8, True):
    try:
        np.finfo(bad)
    except ValueError as e:
        print("ValueError", e)
print(np.finfo(np.float64).eps * 2 == 2 * np.finfo(float).eps, np.iinfo(np.int32).max + 1)
print(np.arange(5, dtype=np.int8) + np.iinfo(np.int8).max)
