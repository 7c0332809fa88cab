# float() of strings: the short decimal fast path (exact: digits and a power of
# ten as doubles) against the general parser, signs, zeros, limits, errors.
vals = ["0", "-0", "+0", "00012", "1.5", "-2.25", ".5", "5.", "-.5", "123456789012345", "1234567890123456", "0.1", "0.3",
        "3.14159265358979", "9007199254740993", "0.000000000000000000001", "1.0000000000000000000001", "12345.678901234",
        "99999999999999.9", "  7 ", "1_000", "1e5", "-1E-5", "inf", "-nan", "0.1234567890123456789", ".", "-", "1.2.3", "+-1", "", "0x10"]
for v in vals:
    try:
        x = float(v)
        print(repr(v), repr(x))
    except ValueError as e:
        print(repr(v), "ValueError", e)
import random
random.seed(3)
bad = 0
for i in range(20000):
    s = "%d.%0*d" % (random.randint(0, 10**7), random.randint(0, 8), random.randint(0, 10**8))
    if float(s) != float(s.lstrip("0") or "0"):
        bad += 1
print("checked", bad)
print(sum(float("%d.%d" % (i, i * 7 % 1000)) for i in range(5000)))
