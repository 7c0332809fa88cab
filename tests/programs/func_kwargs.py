# outcmp: exact
def describe(**kwargs):
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
print(describe(), describe(a=1), describe(name="x", size=3, ok=True))
def config(host, port=80, **opts):
    print(host, port, opts, len(opts))
config("localhost")
config("example.org", 8080, debug=True, retries=3)
opts = {"port": 443, "secure": True}
config("site", **opts)
def f(a, b, c):
    return a - b * c
print(f(1, 2, 3), f(c=1, b=2, a=3), f(1, c=3, b=2), f(*[1, 2], c=10), f(**{"a": 5, "b": 1, "c": 1}))
def passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(passthrough(9, 1, c=2))
try:
    f(1, 2, 3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, a=1)
except TypeError as e:
    print("TypeError:", e)
