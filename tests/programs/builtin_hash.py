# outcmp: exact
for v in [0, 1, 5, -1, -2, 100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), True, False]:
    print(v, hash(v))
for v in [0.0, 1.0, 1.5, -0.5, 2.0 ** 62, 0.1, float("inf"), -float("inf")]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0.5)))
print(hash(None) == hash(None), hash(3 + 0j), hash(1j))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
