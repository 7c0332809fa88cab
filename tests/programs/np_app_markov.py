# outcmp: exact
import numpy as np
P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
print(P.sum(axis=1))
state = np.array([1.0, 0.0, 0.0])
for step in range(1, 31):
    state = state @ P
    if step in (1, 2, 3, 5, 10, 20, 30):
        print(step, state, repr(state.sum()))
M = np.eye(3)
for _ in range(16):
    M = M @ P
print(M)
print(np.abs(M[0] - state).max() < 1e-3)
counts = np.zeros(3, dtype=int)
np.random.seed(4)
s = 0
for _ in range(2000):
    r = np.random.random()
    s = np.searchsorted(np.cumsum(P[s]), r, side='right')
    counts[s] += 1
print(counts, counts / counts.sum())
