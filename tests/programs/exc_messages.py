# outcmp: exact
three = 3
nothing = None
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {1: 1}[2],
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: float("x1"),
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: [1] * 1.5,
    lambda: len(3),
    lambda: None + 1,
    lambda: three(),
    lambda: nothing[0],
    lambda: [].foo,
    lambda: (1, 2).append(3),
    lambda: int(None),
    lambda: undefined_name,
    lambda: [1, 2, 3].index(9),
    lambda: "abc".index("d"),
    lambda: divmod(1, 0),
    lambda: 2 ** 0.5 < "x",
    lambda: {[1]: 2},
    lambda: chr(-1),
    lambda: list(5),
    lambda: abs(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
