# outcmp: exact
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name="x"):
    return "hi " + name
print(hello(), hello(name="bo"))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("square")
def square(x):
    return x * x
print(sorted(registry), [registry[k](7) for k in sorted(registry)], double(4))
def clamp(lo, hi):
    def deco(fn):
        def wrapper(x):
            return max(lo, min(hi, fn(x)))
        return wrapper
    return deco
@clamp(0, 100)
def scale(x):
    return x * 10
print([scale(v) for v in [-5, 3, 50]])
