# outcmp: exact
for exc in [ValueError("v"), TypeError("t", 1), KeyError("k"), IndexError(), RuntimeError("r"),
            NotImplementedError("todo"), OverflowError("big"), AttributeError("attr"), NameError("nm"),
            ZeroDivisionError("z"), AssertionError("a"), StopIteration(5), Exception("base")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [5, -1, "x", 2.5]:
    try:
        print(validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
