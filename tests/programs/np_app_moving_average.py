# outcmp: exact
import numpy as np
data = np.array([3.0, 5.0, 2.0, 8.0, 7.0, 6.0, 9.0, 4.0, 1.0, 5.0, 6.0, 8.0])


def moving_average(x, w):
    c = np.cumsum(np.concatenate([[0.0], x]))
    return (c[w:] - c[:-w]) / w


for w in [1, 2, 3, 4, 6]:
    print(w, moving_average(data, w))
ma = np.array([data[i:i + 3].mean() for i in range(len(data) - 2)])
print(np.allclose(ma, moving_average(data, 3)), np.abs(ma - moving_average(data, 3)).max() < 1e-12)
ema = np.zeros_like(data)
alpha = 0.5
ema[0] = data[0]
for i in range(1, len(data)):
    ema[i] = alpha * data[i] + (1 - alpha) * ema[i - 1]
print(ema)
d = np.diff(data)
print(d, np.sign(d), (np.diff(np.sign(d)) != 0).sum())
peaks = np.nonzero((data[1:-1] > data[:-2]) & (data[1:-1] > data[2:]))[0] + 1
print("peaks at", peaks, data[peaks])
