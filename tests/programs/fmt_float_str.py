# outcmp: exact
vals = [1.0, 2.50, -0.125, 1e16, 1.5e-5, 100.0 / 3, 2.0 ** 70, 1 / 1024, 0.1 * 0.1]
for v in vals:
    print(v, str(v), repr(v), [v], (v,), {"v": v})
print(vals)
print(*vals, sep=", ")
print(str(1.0) + "!", "x" + repr(0.5))
print(1.0, 1, 1.0 == 1, [1.0, 1])
