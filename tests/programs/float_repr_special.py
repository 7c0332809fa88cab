# outcmp: exact
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(float("-inf"), float("Infinity"), float("nan"), float("-NaN"))
z = -0.0
print(z, 0.0, z == 0.0, repr(-0.0), -0.0 * 5, 0.0 * -5, -0.0 + 0.0)
print(abs(-0.0), -(0.0), round(-0.4), round(-0.4, 1))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print([inf, nan, -0.0], (nan,))
print(max(1.0, inf), min(-inf, 0.0))
print(inf == inf, inf is not None, type(nan).__name__)
x = 1e300
print(x * x, -x * x)
