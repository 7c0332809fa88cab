# outcmp: exact
x = None
print(x, repr(x), str(x), x is None, x is not None, x == None, type(x).__name__)
def f():
    pass
def g():
    return
def h(a=None):
    if a is None:
        a = []
    a.append(1)
    return a
print(f(), g(), h(), h(), h([5]))
print([None, None], (None,), {None: 1}[None], {"k": None})
print(None or "default", None and "x", not None, bool(None))
d = {"a": 1}
print(d.get("b"), d.get("b") is None)
lst = [3, None, 1]
print([v for v in lst if v is not None])
print(print("inner") is None)
