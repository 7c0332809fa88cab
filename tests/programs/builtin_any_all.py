# outcmp: exact
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any(c.isupper() for c in "abC"))
print(all(isinstance(x, int) for x in [1, 2, True]), any(isinstance(x, str) for x in [1, 2.0]))
def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]))
print(all(check(x) for x in [3, 2, 1, 0]))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid), any("" for _ in range(3)))
