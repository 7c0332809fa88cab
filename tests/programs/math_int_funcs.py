# outcmp: exact
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(17, 0))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.comb(5, 2), math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.comb(10, 0))
print(math.perm(5, 2), math.perm(10, 10), math.perm(20, 5), math.perm(5, 0), math.perm(5))
print(math.trunc(3.99), math.trunc(-3.99), math.floor(1e20), math.ceil(-1e-9), math.isqrt(99), math.isqrt(10 ** 40))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
