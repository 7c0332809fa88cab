# outcmp: exact
# NumPy 1.24's np.clip reads a scalar NaN bound as no bound (a deprecated
# rule); an array bound holding NaN still gives NaN
import numpy as np
f = np.array([np.nan, -np.inf, np.inf, 1.0, -0.0, 0.0, 3.0])
print(repr(np.clip(f, np.nan, 2)), repr(np.clip(f, 0, np.nan)), repr(np.clip(f, np.nan, np.nan)))
print(repr(f.clip(np.float64('nan'), 1)), repr(np.clip(f, None, np.nan)), repr(np.clip(f, np.array(np.nan), None)))
print(repr(np.clip(f, [np.nan] * 7, 2)), repr(np.clip(f, 0, np.array([np.nan]))))
print(repr(np.clip(np.arange(5), np.nan, 2)), repr(np.clip(np.arange(5, dtype=np.int8), 1, np.nan)))
print(repr(np.clip(1.0, np.nan, 0.5)), repr(np.clip(np.float32(3), 0, np.nan)))
t = 0.0
for i in range(30):
    t += np.clip(i * 0.5, np.nan, 10.0) + np.clip(float(i), 3.0, np.nan)
print(t)
