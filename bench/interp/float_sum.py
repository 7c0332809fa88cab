# Float arithmetic in a tight loop: a midpoint-rule integral and a running
# mean/variance (Welford), all scalar floats.
def integrate(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def welford(n):
    mean = 0.0
    m2 = 0.0
    x = 0.5
    for k in range(1, n + 1):
        x = 3.7 * x * (1.0 - x)
        delta = x - mean
        mean += delta / k
        m2 += delta * (x - mean)
    return mean, m2 / (n - 1)


pi = integrate(5000000)
mean, var = welford(2800000)
print(f"pi {pi:.12f}")
print(f"mean {mean:.12f} var {var:.12f}")
