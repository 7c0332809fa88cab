# CPython's compile-time SyntaxWarnings, printed to stderr before the
# program runs (each compiled copy of a finally body warns again); the
# program then runs as usual.
x = 1
if x is 1 or x is -1:
    pass
if x is not (1, 2) or x is None or x is ...:
    pass
try:
    pass
finally:
    x is "s"
assert (x, "always true")
for call in [lambda: (1, 2)(3), lambda: None()]:
    try:
        call()
    except TypeError as e:
        print(e)
for sub in [lambda: 5[0], lambda: [1, 2]["a"], lambda: "abc"[1.5], lambda: [1][-1]]:
    try:
        print(sub())
    except TypeError as e:
        print(e)
raise SystemExit("done")
