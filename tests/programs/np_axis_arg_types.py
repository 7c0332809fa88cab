# outcmp: exact
# axis= of sort/argsort/concatenate/stack/diff read as NumPy reads it:
# concatenate and argsort refuse a bool, the others take it as 0/1; a
# float, tuple, str or None is never an axis there
import numpy as np

a = np.array([[3, 1, 2], [0, 5, 4]])
for ax in [True, np.bool_(False), 1.5, np.float64(0.0), (0,), "0", None, np.int16(-1), 1]:
    for nm, f in [("sort", lambda: np.sort(a, axis=ax)), ("argsort", lambda: np.argsort(a, axis=ax)),
                  ("concatenate", lambda: np.concatenate([a, a], axis=ax)),
                  ("stack", lambda: np.stack([a, a], axis=ax)), ("diff", lambda: np.diff(a, axis=ax)),
                  ("ndarray.sort", lambda: a.copy().sort(axis=ax))]:
        try:
            r = f()
            print(ax, nm, None if r is None else r.tolist())
        except (TypeError, ValueError, IndexError) as e:
            print(ax, nm, type(e).__name__, e)
