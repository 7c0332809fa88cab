# outcmp: exact
def mandel(c, max_iter=50):
    z = 0j
    for i in range(max_iter):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return max_iter
w, h = 48, 20
total = 0
for row in range(h):
    y = 1.2 - 2.4 * row / (h - 1)
    line = ""
    for col in range(w):
        x = -2.1 + 2.7 * col / (w - 1)
        n = mandel(complex(x, y))
        total += n
        line += " .:-=+*#%@"[min(n, 49) // 5]
    print(line)
print("total iterations", total)
print(mandel(0j), mandel(1 + 1j), mandel(-1 + 0j), mandel(complex(-0.75, 0.1), 1000))
