# hash(None) is the oracle's (CPython hashes None by address; Debian's python3.11
# is not position-independent, so it is always 612812), so sets holding None
# iterate in CPython's order.
print(hash(None), {None, 0}, {0, None}, {None, 1, 2, 3, 4, 5, 6, 7}, {(None, 1), (1, None), (None, None)})
s = {None}
for i in range(20):
    s.add(i * 7)
print(s, hash((None,)), hash((1, None)))
d = {None: 1, 0: 2}
print(d, set(d))
