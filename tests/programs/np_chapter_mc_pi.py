# outcmp: exact
import numpy as np


def mc_pi_numpy(n):
    x = np.random.random(n)
    y = np.random.random(n)
    inside = np.count_nonzero(x * x + y * y <= 1.0)
    return 4.0 * inside / n


np.random.seed(42)
for n in [10, 100, 1000, 10000, 100000]:
    print(n, mc_pi_numpy(n))
np.random.seed(12345)
est = mc_pi_numpy(50000)
print(est, abs(est - np.pi) < 0.05, type(est).__name__)


def mc_pi_numpy2(n):
    pts = np.random.random((n, 2))
    d = (pts ** 2).sum(axis=1)
    return 4.0 * (d <= 1.0).sum() / n, (d <= 1.0).mean() * 4


np.random.seed(0)
print(mc_pi_numpy2(20000))
