# outcmp: exact
import numpy as np
scores = np.array([[78, 92, 85], [64, 70, 59], [88, 95, 91], [72, 68, 80], [90, 85, 94], [55, 62, 58]])
names = ["ann", "bob", "cat", "dan", "eve", "fay"]
tot = scores.sum(axis=1)
avg = scores.mean(axis=1)
print("totals", tot, "averages", avg.round(2))
print("per subject mean", scores.mean(axis=0), "std", scores.std(axis=0).round(3))
print("best", names[tot.argmax()], "worst", names[tot.argmin()])
order = np.argsort(-tot)
for rank, i in enumerate(order):
    print(rank + 1, names[i], tot[i], f"{avg[i]:.2f}")
z = (scores - scores.mean(axis=0)) / scores.std(axis=0)
print(z.round(2))
print("above 80 in all", [names[i] for i in np.nonzero((scores > 80).all(axis=1))[0]])
print("count >= 70 per subject", (scores >= 70).sum(axis=0))
hist, edges = np.histogram(scores, bins=[50, 60, 70, 80, 90, 100])
for h, lo, hi in zip(hist, edges[:-1], edges[1:]):
    print(f"{lo:3d}-{hi:3d} {'*' * h}")
print("median-ish", np.sort(scores.ravel())[scores.size // 2], "range", scores.max() - scores.min())
