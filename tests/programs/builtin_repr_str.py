# outcmp: exact
vals = [0, -1, 2 ** 70, 0.1, -2.5e-10, 1e16, 1 + 2j, True, None, "s", "it's", 'q"', "", [1, "a"], (1,), (), {1: "x"}, set(), {7}, range(3), -0.0]
for v in vals:
    print(str(v), "|", repr(v))
print(repr(repr("x")), str(str(1)), repr([repr(1), str(1)]))
print(str(ValueError("bad")), repr(ValueError("bad")), repr(KeyError("k")), str(KeyError("k")), repr(ZeroDivisionError()))
print(repr(ValueError("a", 2)), str(ValueError("a", 2)), repr(Exception()), str(Exception()))
nested = [1, [2.5, "x"], {"k": (None, True)}]
print(str(nested), repr(nested) == str(nested))
print(repr("a\tb"), str("a\tb"), repr(str(1.0)), str(repr(1.0)))
for v in [1e-7, 123456789.0, 2 ** 0.5]:
    print(str(v), repr(v), f"{v}", f"{v!r}", "%s|%r" % (v, v))
