# outcmp: exact
vals = [1j, -1j, 1 + 0j, 0j, -0j, 1 - 0j, complex(0, 0), complex(-0.0, 0), complex(-0.0, -0.0),
        complex(1.5, -2.25), 1e20j, 1e-5 + 1e16j, complex(float("inf"), 1), complex(1, float("nan")),
        0.1 + 0.2j, 2j * 3, (1 + 2j) - (1 + 2j), complex(2, -0.0)]
for v in vals:
    print(v, repr(v), str(v))
print(complex(3, 4), abs(complex(3, 4)), complex("-1.5-2j"), complex(" 5j "))
print(f"{1 + 2j}", f"{1.5 - 0.25j!r}", f"{3 + 4j:.2f}", "%s" % (2 - 3j))
for re in [0.0, -0.0, 1.0, -2.5]:
    for im in [0.0, -0.0, 1.0, -1.0]:
        print(re, im, complex(re, im))
print([complex(i, -i) for i in range(3)], (1j, -1j))
print(repr(complex(1e-20, 1e20)), str(complex(123456789.0, 0.1)))
