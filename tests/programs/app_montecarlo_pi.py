# outcmp: exact
import random
random.seed(42)
def estimate(n):
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n, inside
for n in [10, 100, 1000, 10000]:
    print(n, estimate(n))
random.seed(2024)
pi_est, hits = estimate(20000)
print(pi_est, hits, abs(pi_est - 3.141592653589793) < 0.05)
