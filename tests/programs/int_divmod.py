# outcmp: exact
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 80, 7), (-(2 ** 80), 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
def to_base(n, b):
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, d = divmod(n, b)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return ("-" if neg else "") + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
secs = 1000000
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(f"{d}d {h}h {m}m {s}s")
q, r = divmod(-1, 2 ** 65)
print(q, r)
