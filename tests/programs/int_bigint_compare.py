# outcmp: exact
vals = [2 ** 65, -(2 ** 65), 0, 1, -1, 2 ** 64, 2 ** 63, -(2 ** 63), 10 ** 20, 5]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 65 > 2 ** 64 > 2 ** 63 > 0)
print(2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == 2.0 ** 53)
print(10 ** 20 < 1e21, 10 ** 20 > 1e19, 10 ** 400 > 1e308)
print(-(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(2 ** 64 in [2 ** 64], (2 ** 64) in {2 ** 64: 1})
d = {2 ** 70: "big", 3: "small"}
print(d[2 ** 70], d[3])
print(sorted(vals, reverse=True))
