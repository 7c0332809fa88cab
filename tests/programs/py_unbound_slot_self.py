# Slot dunders taken from a type (str.__len__, list.__getitem__) check self
# as CPython's slot wrappers ("requires a 'str' object but received a
# 'int'") and method descriptors (list.__getitem__, dict.__contains__) do,
# rather than running on whatever they are given.
tests = [
    lambda: str.__len__('abc'), lambda: str.__len__(5), lambda: list.__getitem__((1, 2), 0),
    lambda: dict.__getitem__({1: 2}, 1), lambda: dict.__contains__([1], 1), lambda: list.__len__([1, 2]),
    lambda: tuple.__len__([1]), lambda: str.__contains__('abc', 'b'), lambda: str.__getitem__(['x'], 0),
    lambda: set.__len__({1}), lambda: list.__setitem__({}, 0, 1), lambda: range.__len__([1]),
    lambda: set.__contains__(frozenset(), 1), lambda: frozenset.__contains__({1}, 1),
    lambda: float.__repr__(1), lambda: list.__repr__((1,)), lambda: int.__str__(2 ** 70),
    lambda: sorted(['b', 'A'], key=str.lower), lambda: list(map(str.strip, [' a ', 'b '])),
    lambda: sorted([[2], [1, 1]], key=list.__len__), lambda: list(map(str.__len__, ['a', 'bb'])),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
