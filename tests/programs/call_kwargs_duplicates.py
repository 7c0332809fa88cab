# f(**d) keywords: a name given twice, a non-mapping and a non-str key
# raise TypeError with CPython's messages; dict displays still merge.
def k(**kw): return kw
def f(a, b=2, **kw): return a, b, kw
print(k(a=1, **{"b": 2}), f(1, **{"b": 3, "c": 4}), f(**{"a": 1}, b=5, z=6))
for call in (lambda: k(a=1, **{"a": 2}), lambda: k(**{"a": 1}, **{"a": 2}), lambda: k(**{"a": 1}, a=2),
             lambda: f(**[1]), lambda: k(**{1: 2}), lambda: print(**{"sep": "-"}, sep="+")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
d = {"x": 1}
print({**d, **{"x": 2}})
