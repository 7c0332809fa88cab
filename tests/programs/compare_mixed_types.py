# outcmp: exact
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 == 2 + 0j, "1" == 1, None == 0)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1.0, 2.0])
print((1, 2) < (1, 2, 0), (2,) > (1, 9), () == (), (1, "a") < (1, "b"))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples", "é" > "z")
print(None is None, [] is [], 1 != 1.0, "abc" != "abd")
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
print(range(0, 3) == range(3), range(0) == range(2, 2), [1, 2, 3] == list(range(1, 4)))
print(max("apple", "banana"), min([3, 1], [2, 9]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(1 < 2.5, 3.0 > 2, -1 < True, False < 0.5)
for op in ["<", "==", "!="]:
    try:
        if op == "<":
            print(1 < "a")
        elif op == "==":
            print([1] == "a")
        else:
            print(None != 0)
    except TypeError as e:
        print("TypeError:", e)
