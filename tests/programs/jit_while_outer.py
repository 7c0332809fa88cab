# While loops inside other loops: a side that leaves the while loop (by
# break, or by its test) records the code around it back to the loop's
# entry and restarts the trace there (record.c, "outer sides").
import numpy as np


def mandel(out, xmin, ymin, dx, dy, maxit):
    h, w = out.shape
    for j in range(h):
        ci = ymin + j * dy
        for i in range(w):
            cr = xmin + i * dx
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            out[j, i] = k
    return out


def collatz_lengths(n):
    total = 0
    longest = 0
    for s in range(1, n):
        x = s
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def while_else(n):
    found = 0
    missed = 0
    for a in range(n):
        b = a
        while b > 0:
            if b % 17 == 5:
                found += b
                break
            b -= 3
        else:
            missed += 1
    return found, missed


def kinds(n):
    # the code after the loop changes the kind of a value the loop carries
    acc = 0.0
    out = []
    for i in range(n):
        t = 0
        while t < i % 9:
            acc += t * 0.5
            t += 1
        if i % 5 == 0:
            acc = int(acc) // 3
        out.append(acc)
    return out[-5:], sum(out)


def shrinking(n):
    lim = n
    count = 0
    for i in range(n * 3):
        j = 0
        while j < lim:
            j += 7
            count += 1
        lim = lim - 1 if lim > 3 else n
    return count, lim


o = mandel(np.zeros((60, 80), dtype=np.int32), -2.0, -1.5, 3.0 / 80, 3.0 / 60, 64)
print(int(o.sum()), o[30, :10].tolist())
print(collatz_lengths(3000))
print(while_else(2000))
print(kinds(400))
print(shrinking(150))
