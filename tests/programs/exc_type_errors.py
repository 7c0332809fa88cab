# outcmp: exact
def one(a):
    return a
def zero():
    return 0
cases = [
    lambda: 1 + None,
    lambda: [1] + (2,),
    lambda: "x" * "y",
    lambda: {} + {},
    lambda: 1 < "a",
    lambda: [1] < 1,
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 & 1.0,
    lambda: "%d" % "x",
    lambda: "{:d}".format("s"),
    lambda: f"{'s':d}",
    lambda: int([1]),
    lambda: sorted([1, "a"]),
    lambda: hash([]),
    lambda: len(None),
    lambda: one(),
    lambda: one(1, 2),
    lambda: zero(x=1),
    lambda: "abc"[1:2:0],
    lambda: iter(5),
    lambda: next([1]),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
