# int()'s positional-only x, str()'s encoding/errors checks, __doc__.
for f in (lambda: int(x=3), lambda: int("ff", base=16), lambda: int(foo=1), lambda: int("7", 10), lambda: str(1, 2),
          lambda: str("a", "utf-8"), lambda: str(3, encoding="utf-8"), lambda: str(encoding="utf-8"), lambda: str(1, errors=3),
          lambda: str(object=5)):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
def documented(a):
    """Adds one.

    More text."""
    return a + 1
def plain():
    return 1
def not_doc():
    x = 1
    "not a docstring"
    return x
print(repr(documented.__doc__), plain.__doc__, not_doc.__doc__, (lambda: 0).__doc__)
