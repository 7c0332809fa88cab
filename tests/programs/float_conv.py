# outcmp: exact
for s in ["1.5", "  -2.25  ", "1e10", "1E-3", ".5", "5.", "inf", "-inf", "nan", "1_000.5", "16", "+3.0"]:
    print(repr(s), float(s))
print(float(3), float(-7), float(True), float(2 ** 62), float(10 ** 25))
for s in ["abc", "", "1.2.3"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(int(1.9999999999999998), int(-1e-300), int(5e18))
print(str(1.0), str(1.10), str(-2.500), repr(100.0), repr(1e5), repr(1e-4))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float("0.1") + float("0.2"), float("123456789012345678"))
