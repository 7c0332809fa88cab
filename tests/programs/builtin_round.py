# outcmp: exact
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(3.14159, 2), round(2.675, 2), round(1.25, 1), round(1.35, 1), round(-1.25, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(7), type(round(7.0)).__name__, type(round(7.0, 1)).__name__, round(7.0, 0), round(-0.0), round(-0.0, 1))
print(round(1e300, -299), round(0.1 + 0.2, 1), round(2 ** 70, -5), round(123456789, -8))
print([round(x / 8, 2) for x in range(9)])
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
