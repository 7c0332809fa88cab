# str comparisons in traced loops (a pure call of str_cmp: code point
# order, which UTF-8 byte order is) and `in` over constant tuples of strs
# and numbers, with values that change kind under the trace.


def counts(words):
    eq = lt = le = gt = ge = ne = 0
    for w in words:
        eq += w == "mid"
        ne += w != "mid"
        lt += w < "mid"
        le += w <= "mid"
        gt += w > "mid"
        ge += w >= "mid"
    return eq, ne, lt, le, gt, ge


def pairs(xs, ys):
    a = b = c = 0
    last = None
    for x, y in zip(xs, ys):
        a += x < y
        b += x == y
        c += x >= y
        last = (x > y, x <= y)
    return a, b, c, last


def member(vals):
    t = []
    for v in vals:
        t.append(v in ("a", 1, 2.5, "é", "") )
        t.append(v not in ["b", 3])
    return sum(t), t[-8:]


words = ["mid", "mi", "mida", "", "Mid", "mïd", "z", "a" * 30, "mid\x00", "\U0001f600", "m"] * 200
print(counts(words))
xs = ["é", "e", "z", "ab", "ab", "", "\u00ff", "\u0100", "\U00010000", "\uffff"] * 40
ys = ["e", "é", "y", "abc", "ab", "a", "\u0100", "\u00ff", "\uffff", "\U00010000"] * 40
print(pairs(xs, ys))
vals = ["a", "b", 1, 2.5, "é", "", 3, True, 1.0, "c"] * 100 + [None, [1], (2,), "a"]
print(member(vals))
kinds = ["x"] * 300 + [1] * 50 + ["x"] * 50 + [2.5] * 10
hits = 0
for k in kinds:
    if k in ("x", 2.5):
        hits += 1
print(hits)
