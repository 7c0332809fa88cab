# NumPy 1.24's == and != on arrays give up on operands they cannot compare
# elementwise (a str, shapes that do not broadcast) and answer a plain
# False / True (with a warning on stderr); other objects compare
# elementwise, all unequal. Ordering comparisons still raise.
import numpy as np

a = np.array([1, 2])
m = np.zeros((2, 2))
for v in ["a", "", [1, 2, 3], (1, 2, 3), np.array([1, 2, 3]), np.ones((3, 2))]:
    print(repr(a == v), repr(a != v), repr(v == a), repr(v != a))
print(repr(m == [1, 2, 3]), repr(m != np.arange(3)), repr(m == np.ones((2, 1))))
for v in [None, {}, print, 1 + 2j, [[1, 2], [1, 2]], (2, 1)]:
    print(repr(a == v), repr(a != v))
print(repr(np.float64(1.5) == "x"), repr(np.int64(1) != "x"), repr(np.array(3) == "3"))
if a == "a":
    print("unreachable")
else:
    print("str is never equal")
try:
    print(a < [1, 2, 3])
except ValueError as e:
    print("ValueError", e)
try:
    print(np.equal(a, [1, 2, 3]))
except ValueError as e:
    print("ValueError", e)
