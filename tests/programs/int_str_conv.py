# outcmp: exact
for n in [0, 7, -7, 2 ** 100, -(3 ** 50), 10 ** 18, 999999999999999999999]:
    s = str(n)
    print(s, len(s), repr(n), int(s) == n)
print(int(7.99), int(-7.99), int(1e15), int(-0.5), int(2.5e20))
print(round(7.5), round(8.5), round(-7.5), int(float(2 ** 60)))
print(str(True), str(False), str(None))
print(int("007"), int("-0"), str(-0))
print(f"{2 ** 70}", "%d" % 2 ** 70, "{}".format(-(2 ** 70)))
print(f"{2 ** 70:,}", f"{-(10 ** 25):_}")
