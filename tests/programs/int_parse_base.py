# outcmp: exact
print(int("42"), int("-42"), int("  17  "), int("+8"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0x1F", 0))
print(int("777", 8), int("0o777", 0), int("101101", 2), int("0b101", 0))
print(int("zz", 36), int("Hello", 36), int("1_000_000"), int("12", 3))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40))
print(int(3.9), int(-3.9), int(True), int(False), int(1e20))
print(int("10", 0), int("0", 0))
for s in ["12a", "", "1.5", "0x", "--1"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(str(255), repr(-255), str(2 ** 70))
