# outcmp: exact
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def show(first, *rest):
    print(first, rest, type(rest).__name__, len(rest))
show(1)
show(1, 2, 3)
show(*"abc")
def maxof(*args, key=None):
    best = None
    for a in args:
        v = key(a) if key else a
        if best is None or v > best[0]:
            best = (v, a)
    return best[1] if best else None
print(maxof(3, 9, 2), maxof("aa", "b", "cccc", key=len), maxof())
def apply_all(fns, *args):
    return [fn(*args) for fn in fns]
print(apply_all([max, min, lambda *a: sum(a)], 4, 8, 1))
def nested(*a):
    def inner(*b):
        return a + b
    return inner
print(nested(1, 2)(3, 4))
