# outcmp: exact
import numpy as np
def draw():
    return (np.random.random(2).tolist(), np.random.randint(0, 100, 3).tolist(),
            np.random.permutation(5).tolist(), np.random.choice(7, 2).tolist())
np.random.seed(2024)
first = draw()
np.random.seed(2024)
second = draw()
print(first == second)
for part in first:
    print(part)
for s in [0, 1, 2, 123, 99999, 2**31, 4294967295]:
    np.random.seed(s)
    print(s, repr(np.random.random()), np.random.randint(1000000))
np.random.seed(10)
a = [np.random.random() for _ in range(3)]
np.random.seed(10)
b = np.random.random(3).tolist()
print(a == b, a)
np.random.seed(10)
c = np.random.randint(0, 10, 3)
d = np.random.random(1)
np.random.seed(10)
e = np.random.random(3)
print(c, d, e)
