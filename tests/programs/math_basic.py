import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100), math.sqrt(0.0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(2 ** 70))
print(type(math.floor(2.5)).__name__, math.trunc(2.9), math.trunc(-2.9), math.floor(-0.0), math.ceil(-0.5))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isfinite(math.inf))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2.0, 1), math.copysign(1, -math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, 2))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(3, 4, 12))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
