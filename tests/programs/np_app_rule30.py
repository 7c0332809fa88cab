# outcmp: exact
import numpy as np
width, steps = 41, 20
row = np.zeros(width, dtype=np.uint8)
row[width // 2] = 1
rule = 30
table = np.array([(rule >> i) & 1 for i in range(8)], dtype=np.uint8)
history = np.zeros((steps, width), dtype=np.uint8)
for s in range(steps):
    history[s] = row
    left = np.concatenate([[0], row[:-1]])
    right = np.concatenate([row[1:], [0]])
    idx = (left.astype(np.int64) << 2) | (row.astype(np.int64) << 1) | right
    row = table[idx]
for h in history:
    print(''.join('#' if v else ' ' for v in h).rstrip())
print(history.sum(axis=1))
print(history.sum(), history[:, width // 2])
