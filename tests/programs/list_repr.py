# outcmp: exact
print([], [[]], [[], []], [1], [1, 2], ["a", 'b"c', "d'e"], [1.5, -0.0, 1e100])
print([None, True, False], [(1,), (), (1, 2)], [{"k": [1]}], [1j, 2 + 3j])
print([[1, [2, [3, []]]]], repr([1, "x"]), str([1, "x"]), [range(3)])
print([len(x) for x in [[], [1], [1, 2]]])
x = [1, 2, 3]
print(f"{x}", "%s" % x, "{}".format(x), str(x) == repr(x))
