# float.hex() and float.fromhex(): CPython's format, round-trips, rounding
# to nearest-even, inf/nan words, and the errors.
for x in (0.1, 1.0, -2.5, 0.0, -0.0, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'),
          float('nan'), 2.2250738585072014e-308, 123456.789):
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ("0x1p-2", "  -0X1.8P+1 ", "1.8p1", "ff", "0x.8", "0x1.", "INF", "-infinity", "nan",
          "0x1.fffffffffffffp1023", "0x1p-1075", "0x1p-1074", "0x1.00000000000008p0", "0x1.00000000000018p0"):
    print(repr(s), float.fromhex(s))
for s in ("0x", "1p", "0x1.2.3", "g", "", "0x1p1x", "0x1p1024", "0x1.fffffffffffff8p1023", "- 0x1"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.0).fromhex("0x1p3"))
