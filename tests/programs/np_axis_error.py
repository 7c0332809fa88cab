# An axis out of range raises numpy.AxisError, which derives from both
# ValueError and IndexError, as np.AxisError names it.
import numpy as np

a = np.arange(6.0).reshape(2, 3)
cases = [lambda: np.sum(a, axis=3), lambda: a.mean(axis=-3), lambda: np.cumsum(a, axis=2),
         lambda: a.max(axis=(0, 2)), lambda: np.add.reduce(a, axis=4)]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValueError), isinstance(e, IndexError), e)
for exc in (np.AxisError, ValueError, IndexError):
    try:
        a.sum(axis=5)
    except exc as e:
        print("caught as", exc.__name__, e)
print(issubclass(np.AxisError, ValueError), issubclass(np.AxisError, IndexError))
print(np.AxisError.__name__)
