import random
random.seed(42)
print([random.uniform(0, 10) for _ in range(5)])
print([random.uniform(-1, 1) for _ in range(3)], random.uniform(5, 5), random.uniform(10, 0))
print([random.gauss(0, 1) for _ in range(6)])
print([random.gauss(100, 15) for _ in range(3)])
random.seed(11)
g = [random.gauss(0, 1) for _ in range(2000)]
mean = sum(g) / len(g)
print(round(mean, 6), round(sum((x - mean) ** 2 for x in g) / len(g), 6))
