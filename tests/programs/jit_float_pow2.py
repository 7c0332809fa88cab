# outcmp: exact
# x ** 2 is pow(x, 2.0) for Python floats (CPython's float_pow) and NumPy
# float64 scalars, which differs from x*x in the last bit for some x: these
# are such values. The interpreter, and traces in both tiers, must give
# pow's bits, and CPython's errors for overflow.
import numpy as np

hard = [-1.9015398415359499, -0.42800988677705032, 2.6888973332319095, -0.85795961876100435,
        3.9734504151167656, 2.4474863495678862, -3.920955114749245, 3.2848154752914898,
        -3.6644254768486526, 2.6481017210009794, -3.9518315871522267, -3.6056241725814857]
easy = [0.0, -0.0, 1.0, 0.5, 3.0, 1e-200, 1e150, -2.5e-150, 7.0e-160, 1.1]


def squares(xs, reps):
    out = []
    for r in range(reps):
        for x in xs:
            out.append(x ** 2)
    return out


def np_squares(a, reps):
    s = []
    for r in range(reps):
        for i in range(len(a)):
            s.append(a[i] ** 2)
    return s


def total(xs, reps):
    t = 0.0
    for r in range(reps):
        for x in xs:
            t += x ** 2
    return t


r = squares(hard, 30)
print(r[:12])
print(all(r[i] == r[i % 12] for i in range(len(r))))
print(squares(easy, 1))
a = np.array(hard + easy)
r2 = np_squares(a, 20)
print([float(v) for v in r2[:22]])
print(total(hard, 100))
for bad in [1e200, -3e160]:
    try:
        print(bad ** 2)
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(squares([1.5, 2.5, 1e300], 40)[-1])
except OverflowError as e:
    print("OverflowError in loop", e)
print(np.float64(1e200) ** 2)
