# outcmp: exact
import numpy as np
pairs = [(np.arange(3), np.arange(4)),
         (np.zeros((2, 3)), np.zeros((3, 2))),
         (np.zeros((2, 3)), np.zeros(2)),
         (np.zeros((4, 1, 3)), np.zeros((2, 4))),
         (np.zeros((2, 3, 4)), np.zeros((3, 5)))]
for x, y in pairs:
    try:
        print(x + y)
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.multiply(x, y)
    except ValueError as e:
        print("ValueError:", e)
a = np.zeros(3)
try:
    a += np.zeros((2, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    a[:] = np.arange(4)
except ValueError as e:
    print("ValueError:", e)
try:
    np.zeros((2, 2))[0] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    print(np.arange(3) < np.arange(2))
except ValueError as e:
    print("ValueError:", e)
try:
    np.add(np.arange(3), 1, out=np.zeros(4))
except ValueError as e:
    print("ValueError:", e)
print("done")
