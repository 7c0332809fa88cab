# A method taken from a type (float.hex, int.bit_length, str.upper) checks
# its first argument as CPython's method descriptors do: float.hex("x") and
# float.is_integer(2) are TypeErrors, not a reinterpretation of the value;
# subclass instances (bool for int, np.float64 for float) are accepted.
import numpy as np

tests = [
    lambda: float.hex(1.5), lambda: float.hex("0.5"), lambda: float.hex(1),
    lambda: float.is_integer(2), lambda: float.as_integer_ratio(3),
    lambda: float.hex(np.float64(1.5)), lambda: float.is_integer(np.float64(2.0)),
    lambda: float.as_integer_ratio(np.float64(0.75)), lambda: complex.conjugate(np.complex128(1 + 2j)),
    lambda: int.bit_length(True), lambda: bool.bit_length(5), lambda: int.bit_length(2 ** 70),
    lambda: int.bit_length(2.0), lambda: int.bit_length(np.int64(5)),
    lambda: str.upper('a'), lambda: str.upper(1), lambda: str.join(',', 'ab'),
    lambda: list.append([], 1), lambda: list.sort((1,)), lambda: dict.get({1: 2}, 1), lambda: dict.keys([]),
    lambda: tuple.count([1], 1), lambda: complex.conjugate(1), lambda: float.conjugate(1),
    lambda: frozenset.union({1}, {2}), lambda: set.union(frozenset({1}), {2}),
    lambda: float.fromhex('0x1p3'), lambda: (2.0).fromhex('0x1p1'), lambda: float.fromhex(1),
    lambda: float.hex(), lambda: str.upper(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
