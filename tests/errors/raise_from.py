def parse(s):
    try:
        int(s)
    except ValueError as e:
        raise TypeError("cannot parse") from e


parse("x")
