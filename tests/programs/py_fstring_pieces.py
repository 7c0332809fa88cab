# f-strings of several pieces (one FSTR instruction): conversions, specs,
# nested specs, every value type, errors part way.
import numpy as np, math
x = 3.14159; i = -42; big = 2**100; s = "héllo"; w = 8
print(f"{x}|{i}|{big}|{s}|{None}|{True}|{[1, 2.5, 'a']}|{(1,)}|{3+4j}|{1e300*10}|{-0.0}|{math.nan}")
print(f"{x:.3f}|{i:05d}|{big:,}|{s:>8}|{s!r}|{s!a:>12}|{x!r:^12}|{i:{w}}|{x:{w}.{2}f}|{i:x}|{i:#b}")
print(f"{np.float64(2.5)}|{np.float32(1.1)}|{np.int8(-3):4}|{np.arange(3)}|{np.float64(1/3):.5}|{np.bool_(True)}")
print(f"a{'b'}c{1}{2}{3}", f"{{}}{i}", f"{'x' * 3}{len(s)}")
d = {"k": 1}
print(f"{d['k']}{d}", f"{i=}" if False else "", f"{1:>{w}}")
try:
    print(f"{x:zz}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{[1]:>5}")
except TypeError as e:
    print("TypeError", e)
print(f"after {i}")
