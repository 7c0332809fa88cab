# outcmp: exact
import numpy as np
np.random.seed(1234)
steps = np.random.choice([-1, 1], size=(5, 100))
walks = steps.cumsum(axis=1)
print(walks[:, -1], walks.max(axis=1), walks.min(axis=1))
print(np.abs(walks).argmax(axis=1))
hit = (np.abs(walks) >= 10).any(axis=1)
print(hit, (np.abs(walks) >= 10).argmax(axis=1))
print(walks[0, :20])
np.random.seed(99)
pos = np.zeros((4, 2), dtype=np.int64)
moves = np.array([[0, 1], [1, 0], [0, -1], [-1, 0]])
for t in range(50):
    pos += moves[np.random.randint(0, 4, size=4)]
print(pos, (pos ** 2).sum(axis=1))
