import math
for deg in [0, 30, 45, 60, 90, 120, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), math.sin(r), math.cos(r))
for x in [0.0, 0.5, 1.0, -0.5, 2.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-0.0, -1.0)]:
    print(y, x, math.atan2(y, x))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4))
