# dict views' isdisjoint, dict.fromkeys called on the type or an instance,
# and sort()/sorted() reverse= taking an int as CPython's Argument Clinic does.
d = {'a': 1, 'b': 2}
print(d.keys().isdisjoint(['x']), d.keys().isdisjoint('xa'), d.items().isdisjoint([('a', 1)]),
      d.items().isdisjoint([('a', 2), 5]), d.keys().isdisjoint(iter([])), {}.keys().isdisjoint([1]))
print(hasattr(d.values(), 'isdisjoint'))
for bad in (5, None):
    try: d.keys().isdisjoint(bad)
    except TypeError as e: print(e)
try: d.keys().isdisjoint()
except TypeError as e: print(e)
try: d.items().isdisjoint(1, 2)
except TypeError as e: print(e)
try: d.keys().isdisjoint([[1]])
except TypeError as e: print(e)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {}.fromkeys('x', []), d.fromkeys(range(2)))
for args in [(), (1, 2, 3)]:
    try: dict.fromkeys(*args)
    except TypeError as e: print(e)
    try: {}.fromkeys(*args)
    except TypeError as e: print(e)
try: dict.fromkeys(5)
except TypeError as e: print(e)
f = dict.fromkeys
print(f('q'))

for r in [True, 1, 0, False, -5]:
    print(sorted([2, 3, 1], reverse=r), end=' ')
    l = [2, 3, 1]; l.sort(reverse=r); print(l)
for r in [None, 'x', 1.5, 2**40, []]:
    try: sorted([1], reverse=r)
    except Exception as e: print('sorted', type(e).__name__, e)
    try: [1].sort(reverse=r)
    except Exception as e: print('sort', type(e).__name__, e)
