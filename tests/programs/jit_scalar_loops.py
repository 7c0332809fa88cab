# The tracing JIT on scalar loops: ints, floats, bools, range and while loops,
# Python's // and % signs, true division, float ** int. Every loop runs long
# enough to be traced (hotloop 56) and prints exact results.
def fsum(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

def isum(n):
    s = 0
    for i in range(n):
        s += i * i - 3 * i
    return s

def divmods(n):
    a = 0
    b = 0.0
    for i in range(-n, n, 3):
        a += i // 7 - i % 7 + (-i) // 5 + (-i) % 5 + i // -3 + i % -3
        b += i / 7 + (i * 0.25) // 3 + (i * 0.25) % 3 + (i * 0.5) % -2.5
    return a, b

def powers(n):
    t = 0.0
    x = 1.0001
    for i in range(n):
        t += x ** 2 + (i * 0.001) ** 2 + 1.5 ** (i % 7) + 2.0 ** -0.5
    return t

def collatz_max(limit):
    best = 0
    arg = 0
    n0 = 1
    while n0 < limit:
        n = n0
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best:
            best = steps
            arg = n0
        n0 += 1
    return arg, best

def bools(n):
    c = 0
    flag = False
    for i in range(n):
        flag = not flag
        if flag and i % 3 != 0:
            c += 1
        c += (i > 50) + True
    return c, flag

def bits(n):
    h = 0
    for i in range(n):
        h = ((h << 5) ^ (h >> 3) ^ i) & 0xFFFFFFFF
        h |= i & 7
    return h

def countdown(n):
    t = 0
    for i in range(n, 0, -2):
        t += i
    return t

print(fsum(100000))
print(isum(100000))
print(divmods(3000))
print(powers(5000))
print(collatz_max(3000))
print(bools(1000))
print(bits(10000))
print(countdown(10001))
