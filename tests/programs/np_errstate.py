# np.seterr / np.geterr / np.errstate with the modes streak keeps ('ignore',
# 'warn'): settings, restoring on exit (also through an exception), nesting
import numpy as np
print(np.geterr())
old = np.seterr(all="ignore")
print(old)
print(np.geterr())
print(np.seterr(divide="warn", under="warn"))
print(np.geterr())
np.seterr(**old)
print(np.geterr())
with np.errstate(divide="ignore", invalid="ignore") as e:
    print(e)
    print(np.geterr())
    r = np.array([1.0, 0.0, -1.0]) / 0.0
    print(r)
print(np.geterr())
try:
    with np.errstate(all="ignore"):
        print(np.geterr()["over"])
        raise ValueError("inside")
except ValueError as ex:
    print("caught", ex, np.geterr()["over"])
with np.errstate(over="ignore"):
    with np.errstate(all="warn"):
        print(np.geterr())
    print(np.geterr())
es = np.errstate(under="warn")
print(np.geterr()["under"])
with es:
    print(np.geterr()["under"])
print(np.geterr()["under"])
with np.errstate(invalid="ignore"):
    print(np.sqrt(np.array([-1.0, 4.0])))
try:
    np.seterr(divide="sometimes")
except KeyError as ex:
    print("KeyError", ex)
print(np.geterr())
