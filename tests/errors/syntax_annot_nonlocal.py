# nonlocal then annotated: CPython refuses it at compile time.
def g():
    y = 1

    def f():
        nonlocal y
        y: int = 2
    return f
