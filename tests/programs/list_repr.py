# outcmp: exact
print([], [[]], [[], []], [1], [1, 2], ["a", 'b"c', "d'e"], [1.5, -0.0, 1e100])
print([None, True, False], [(1,), (), (1, 2)], [{"k": [1]}], [1j, 2 + 3j])
print([[1, [2, [3, []]]]], repr([1, "x"]), str([1, "x"]), [range(3)])
print([len(x) for x in [[], [1], [1, 2]]])
x = [1, 2, 3]
print(f"{x}", "%s" % x, "{}".format(x), str(x) == repr(x))
a = []
for i in range(4):
    a.append([i] * i)
print(a)
print(["multi\nline", "tab\t", "\\"], [0.1 + 0.2, 1e16, -1e-7])
print([[[]]], [[], [[]], [[], []]], list(range(0)), [list(range(i)) for i in range(3)])
print(repr([None]), repr([[None, None]]), [True, [False]])
