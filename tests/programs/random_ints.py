# outcmp: exact
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randint(-100, 100) for _ in range(5)])
print(random.randint(0, 2 ** 64), random.randrange(10 ** 20))
random.seed(1)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
random.seed(99)
print([random.randrange(-10, 10, 3) for _ in range(8)], random.randint(5, 5))
