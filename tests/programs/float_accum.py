import math
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, math.fsum([0.1] * 10))
print(sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
t = 0.0
for k in range(1, 1001):
    t += 1.0 / (k * k)
print(t)
print(math.fsum(1.0 / (k * k) for k in range(1, 1001)))
h = 0.0
for k in range(1, 101):
    h += 1 / k
print(h)
p = 1.0
for k in range(1, 21):
    p *= 1.0 + 1.0 / k
print(p)
x = 0.0
for i in range(100):
    x = x * 0.5 + 1.0
print(x)
vals = [1.1, 2.2, 3.3, 4.4, 5.5]
m = sum(vals) / len(vals)
var = sum((v - m) ** 2 for v in vals) / len(vals)
print(m, var)
