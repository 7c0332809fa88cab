# isinstance(x, C) in traced loops: C a type, a tuple display of types, a
# tuple in a variable, object; x of every kind (int, float, bool, str,
# NumPy scalars, exceptions of a class and its subclasses, None, complex),
# items whose type changes mid-loop, a class that changes, and a bad C
# (TypeError from the interpreter)

import numpy as np


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def numeric_sum(xs):
    s = 0
    skipped = 0
    for x in xs:
        if isinstance(x, str):
            skipped += 1
            continue
        if isinstance(x, (int, float)):
            s += x
    return s, skipped


def counts(xs, kinds):
    c = [0] * (len(kinds) + 1)
    for x in xs:
        c[0] += isinstance(x, object)
        for j in range(len(kinds)):
            if isinstance(x, kinds[j]):
                c[j + 1] += 1
    return c


def class_flip(xs):
    n = 0
    for i in range(len(xs)):
        cls = KeyError if i > len(xs) // 2 else LookupError
        n += isinstance(xs[i], cls)
    return n


def bad(xs):
    n = 0
    for i in range(len(xs)):
        n += isinstance(xs[i], int if i < 200 else 3)
    return n


ints = list(range(300))
mixed = [1, 2.5, "a", 3, True, None, 2j] * 60
show("ints", lambda: numeric_sum(ints))
show("mixed", lambda: numeric_sum(mixed))
show("late_str", lambda: numeric_sum(ints + ["x"] + [0.5] * 50))
kinds = (int, float, bool, str, (int, str), type(None), complex)
show("counts", lambda: counts(mixed, kinds))
npx = [np.float64(0.5), np.int64(3), np.float32(1.5), np.bool_(True)] * 60
show("numpy", lambda: counts(npx, (float, int, bool, np.floating, np.integer, np.float64)))
objs = [ValueError(1), KeyError(2), LookupError(3)] * 100
show("objs", lambda: counts(objs, (Exception, LookupError, KeyError, object, (KeyError, int))))
show("class_flip", lambda: class_flip(objs))
show("bad", lambda: bad(ints))
