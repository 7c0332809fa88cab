# numba.typed.List and numba.typed.Dict made inside @njit code: List(),
# List(iterable), List.empty_list(type), Dict(), Dict.empty(key_type,
# value_type), used there and returned to the interpreter as typed
# containers; {} and dict() are typed dicts too.
import numpy as np
import numba
from numba import njit, types, typed
from numba.typed import List, Dict


def attempt(f, *args):
    try:
        print(f(*args))
    except IndexError as e:
        print("IndexError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except numba.TypingError:
        print("TypingError")


@njit
def build_list(n):
    l = List()
    for i in range(n):
        l.append(i * i)
    l.append(True)  # a bool goes into an int64 list
    l[0] = -7
    l.insert(1, 99)
    l.extend([5, 6])
    total = 0
    for x in l:
        total += x
    print(l, len(l), total, 16 in l, 17 in l, l[-1], l[1:3])
    print(l.pop(), l.pop(0), l.index(99), l.count(5))
    l.reverse()
    print(l)
    l.sort()
    print(l)
    return l


@njit
def empty_lists():
    a = List.empty_list(types.float64)
    a.append(1)  # an int into a float64 list is a float
    a.append(2.5)
    b = typed.List.empty_list(item_type=numba.types.int32)
    b.append(3)
    c = List.empty_list(types.unicode_type)
    c.append("x")
    c.append("yz")
    return a, b, c, a.copy()


@njit
def from_iterables(arr):
    p = List(range(4))
    q = List(arr)
    r = List([1.5, 2.5])
    s = List([(1, 2.0), (3, 4.0)])
    return p, q, r, s


@njit
def dicts():
    d = Dict.empty(key_type=types.int64, value_type=types.float64)
    d[1] = 2  # converted to float64
    d[5] = 3.5
    d[-2] = 0.25
    print(d, len(d), 5 in d, 6 in d, d.get(1), d.get(9), d.get(9, -1.0))
    print(d.pop(1), d)
    for k, v in d.items():
        print(k, v)
    ks = 0
    for k in d.keys():
        ks += k
    vs = 0.0
    for v in d.values():
        vs += v
    print(ks, vs, d.setdefault(7, 1.0), d)
    e = Dict.empty(types.unicode_type, types.int64)
    e["a"] = 1
    e["b"] = e["a"] + 1
    f = Dict()
    f[(1, 2)] = "t"
    g = {}
    g[2.5] = 1  # {} is typed by its first store: float64 keys, int64 values
    g[3] = 2    # an int key into float64 keys is a float
    h = dict()
    h[1] = np.arange(3)
    return d, e, f, g, h


@njit
def index_error(i):
    l = List.empty_list(types.int64)
    l.append(1)
    return l[i]


@njit
def setitem_error(i):
    l = List([1, 2])
    l[i] = 0
    return l


@njit
def pop_error():
    l = List.empty_list(types.int64)
    return l.pop()


@njit
def index_missing():
    l = List([1, 2])
    return l.index(3)


@njit
def key_error():
    d = Dict.empty(key_type=types.int64, value_type=types.int64)
    return d[3]


@njit
def float_into_int_list():
    l = List()
    l.append(1)
    l.append(2.5)
    return l


@njit
def float_key_into_int_dict():
    d = Dict.empty(key_type=types.int64, value_type=types.float64)
    d[1.5] = 1.0
    return d


@njit
def float_value_after_int():
    d = {}
    d[1] = 2
    d[2] = 1.5
    return d


@njit
def add_typed_lists():
    l = List([1.0])
    return l + l


@njit
def sum_typed(l):
    s = 0
    for x in l:
        s += x
    return s


r = build_list(4)
print(type(r).__name__, r, repr(r))
r.append(100)  # the interpreter goes on using it
print(sum_typed(r), len(r))
for x in empty_lists():
    print(repr(x))
for x in from_iterables(np.array([3, 1, 2])):
    print(repr(x))
for x in dicts():
    print(type(x).__name__, x)
attempt(index_error, 3)
attempt(index_error, -1)
attempt(setitem_error, 2)
attempt(pop_error)
attempt(index_missing)
attempt(key_error)
attempt(float_into_int_list)
attempt(float_key_into_int_dict)
attempt(float_value_after_int)
attempt(add_typed_lists)
