import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5), math.exp(-745.2))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(2 ** 100))
print(math.log(8, 2), math.log(100, 10), math.log(81, 3), math.log(2, 4), math.log(10 ** 50, 10))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 70), math.log2(0.125))
print(math.log10(1000), math.log10(2), math.log10(1e-5), math.log10(10 ** 30))
print(math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5), math.pow(2, 10), math.pow(-8, 3))
print(math.exp(math.log(7.5)), math.log(math.exp(3.25)))
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
