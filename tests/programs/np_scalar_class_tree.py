# NumPy's scalar class tree: np.float64 / np.complex128 derive from float /
# complex and also from np.floating / np.complexfloating, so isinstance(x,
# np.floating) holds for a float64 (it was False); np.issubdtype walks the
# same tree, taking a dtype, a name, a Python type or an abstract class.
import numpy as np
vals = [np.float64(1), np.float32(1), np.complex128(1), np.complex64(1), np.int64(1), np.uint8(1), np.bool_(1), 1.0, 1, 1j, True]
classes = [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating, np.complexfloating, float, complex, int, bool, np.float64, np.bool_, (np.integer, np.floating)]
for v in vals:
    print(type(v).__name__, [isinstance(v, c) for c in classes])
for t in [np.float64, np.complex128, np.float32, np.int32]:
    print(t.__name__, [issubclass(t, c) for c in classes])
print(np.float64(2.5).is_integer(), np.float64(2.5) + 1, np.float64(2.5).real, np.float64(7).__floor__() if False else 0)
print(np.issubdtype(np.float64, np.floating), np.issubdtype(np.array([1.5]).dtype, np.floating), np.issubdtype(np.complex128, np.inexact))
a = np.arange(3)
for x in [a.dtype, np.float32, 'float64', float, int, np.uint8, np.dtype('complex64'), bool, 'i4', None]:
    print(repr(x), [np.issubdtype(x, c) for c in [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating, np.complexfloating, np.bool_, np.float64, float, int, 'int64', np.int32]])
for arr in [np.zeros(2), np.zeros(2, dtype=np.int8), np.zeros(2, dtype=bool), np.zeros(2, dtype=np.complex64)]:
    kind = 'float' if np.issubdtype(arr.dtype, np.floating) else 'int' if np.issubdtype(arr.dtype, np.integer) else 'other'
    print(arr.dtype, kind)
