# outcmp: exact
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1, 2], start=100))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([1j, 2, 0.5]), sum([True, True, 5]))
print(sum([[1], [2, 3], []], []), sum(((1,), (2,)), ()), sum(x * x for x in range(10)))
print(sum([2 ** 64, 2 ** 64, -1]), sum(range(-5, 5)), sum([-0.0]), sum([], 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
