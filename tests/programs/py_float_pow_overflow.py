# float ** float overflowing: CPython raises OverflowError from errno, whose
# args are (errno, strerror), not one string.
for base, exp in [(10.0, 400), (2, 10000.0), (-10.0, 401.0)]:
    try:
        base ** exp
    except OverflowError as e:
        print(repr(e), e.args, e.args[0], str(e))
print(10.0 ** -400, (-8.0) ** 3.0)
