# outcmp: exact
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.0, 2), divmod(-7.5, 2), divmod(2 ** 70, 10 ** 9), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(9, 0.5), pow(0, 0), pow(3, 4, 5))
print(pow(2, 1000, 10 ** 9 + 7), pow(-1, 2 ** 70), pow(10, 20), pow(1j, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(2 ** -1, (-8) ** 2, 0.0 ** 0, 4 ** 0.5)
