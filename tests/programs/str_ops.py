# outcmp: exact
a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * a, a * 0, a * -1, (a + b) * 2)
print("b" in a, "bc" in a, "ac" in a, "" in a, "z" not in a)
print(a < b, a == "abc", a != b, "abc" < "abcd", "B" < "a", "10" < "9")
print(ord("A"), ord("a"), ord("0"), ord(" "), chr(65), chr(97) + chr(98), chr(48))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(len(""), len("a"), len("abc" * 100), str(123) + "4", int("12") + 4)
s = ""
for i in range(5):
    s += str(i)
print(s, s[::-1], s * 2)
print(a[0] + b[-1], "-" * 20)
print(str([1, 2]), str((1,)), str({}), str(3.0), str(-0.5))
