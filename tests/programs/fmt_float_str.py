# outcmp: exact
vals = [1.0, 2.50, -0.125, 1e16, 1.5e-5, 100.0 / 3, 2.0 ** 70, 1 / 1024, 0.1 * 0.1]
for v in vals:
    print(v, str(v), repr(v), [v], (v,), {"v": v})
print(vals)
print(*vals, sep=", ")
print(str(1.0) + "!", "x" + repr(0.5))
print(1.0, 1, 1.0 == 1, [1.0, 1])
m = {"a": 0.5, "b": [1.25, 2e-9]}
print(m, str(m), repr(m))
print("%s %s %s" % (0.1, 1e22, 1e-7), "{} {}".format(1.0e21, 123.0))
for k in range(15, 19):
    print(k, 10.0 ** k, float(10 ** k + 1), 1.0 / 10 ** k)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 * 1.1, 4.35 * 100)
