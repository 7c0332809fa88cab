# outcmp: exact
vals = [0.0, 1.0, 0.1, 0.0001, 0.00001, 123.456, 123456.0, 1234567.0, 1e16, 1e-16,
        3.14159265358979, -2.5e-8, 100.0, 1e5, 1e6, 999999.5, 0.000123456]
for v in vals:
    print(f"{v:g}|{v:.2g}|{v:.10g}|{v:G}|{v:#g}|{v:12.3g}|{v}")
for p in range(0, 8):
    print(p, format(2 / 3, "." + str(p) + "g"), format(12345.678, "." + str(p) + "e"))
for v in [1e-4, 1e-5, 123456.7, 1234567.8, 0.1 + 0.2, 100000.0, 1e15]:
    print("%g %.3g %#.3g %G" % (v, v, v, v), "{:g} {:.12g}".format(v, v))
print(f"{float('inf'):g} {float('nan'):G} {-0.0:g} {0:g} {42:g} {2 ** 70:g}")
print(format(1.5, "g"), format(15.0, "g"), format(1.5e300, ".3g"), format(9.9999, ".2g"))
