# outcmp: exact
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
a = random.random()
random.seed(42)
print(a == random.random())
random.seed(0)
print(random.random(), random.random())
random.seed(123456789)
print(sum(random.random() for _ in range(1000)))
random.seed(2 ** 70)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(7)
vals = [random.random() for _ in range(10000)]
print(min(vals), max(vals), len([v for v in vals if v < 0.5]))
