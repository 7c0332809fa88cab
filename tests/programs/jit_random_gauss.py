# random.gauss in traced loops: its cached second value (Lib/random.py's
# gauss_next) shared with the interpreter across trace exits, mixed with
# random(), int and float mu/sigma, seeds and getstate/setstate between.
import random


def walk(n, mu, sigma):
    x = 0.0
    for i in range(n):
        x += random.gauss(mu, sigma)
        if i % 7 == 3:
            x -= random.random()
    return x


def odd_calls(n):
    out = []
    for i in range(n):
        out.append(random.gauss() if i % 3 else random.gauss(1, 2))
    return out[-4:]


random.seed(2024)
print(walk(1001, 0.0, 1.0))
print(random.gauss(), walk(500, 5, 0.5), random.gauss(3, 0))
st = random.getstate()
a = walk(333, -1.5, 2)
random.setstate(st)
print(a == walk(333, -1.5, 2), a)
print(odd_calls(1000))
random.seed(1)
print([round(random.gauss(0, 1), 12) for _ in range(5)])
print(sum(random.gauss(10, 3) for _ in range(2001)))
r = random.Random(99)
t = 0.0
for _ in range(500):
    t += r.gauss(0, 1) + random.gauss(0, 1)
print(t)
