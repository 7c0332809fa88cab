# Slot dunders of built-in types as bound or unbound methods:
# d.__getitem__ as a sort key, it.__next__(), str.__len__ as a key.
d = {'a': 3, 'b': 1, 'c': 2}
print(sorted(d, key=d.__getitem__))
print(list(map(d.__getitem__, 'ab')))
l = [5, 6]
print(l.__len__(), l.__getitem__(1), l.__contains__(5), 'abc'.__contains__('b'))

it = iter([1, 2])
print(it.__next__(), next(it))
print([].__class__.__name__, d.__len__())
s = {1}
print(s.__contains__(1))


print(max(d, key=d.get), min(['aa', 'b'], key=str.__len__))
import numpy as np
a = np.arange(4)
print(a.__getitem__(2), a.__len__(), list(a.__iter__()))
g = (x for x in 'ab')
print(g.__next__(), g.__iter__() is g)
try:
    iter([]).__next__()
except StopIteration as e:
    print('stop', repr(e))
d2 = {}
d2.__setitem__('k', 1); print(d2); d2.__delitem__('k'); print(d2)
print((5).__repr__(), 'x'.__repr__(), [1].__str__(), (1.5).__str__())
for bad in (lambda: (5).__len__(), lambda: d.__getitem__('zz'), lambda: d.__getitem__(), lambda: (5).__getitem__):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
r = range(5)
print(r.__getitem__(-1), r.__contains__(3), r.__len__(), 'ab'.__iter__().__next__())
print(hasattr(5, '__len__'), hasattr([], '__len__'), hasattr({}, '__getitem__'), hasattr(iter([]), '__next__'), hasattr([], '__next__'))
print(str.__len__('abc'), list.__getitem__([1, 2], 0), dict.__contains__({1: 2}, 1), min(['aa', 'b'], key=str.__len__))
print(list(map(str.__repr__, ['a'])), sorted(['bb', 'a'], key=len.__call__ if False else str.__len__))
