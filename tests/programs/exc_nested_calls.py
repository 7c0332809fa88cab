# outcmp: exact
def level3(x):
    if x == 0:
        raise ZeroDivisionError("level3 got zero")
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1
print(level1(5), level1(0))
def parse_all(items):
    out = []
    errors = 0
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            errors += 1
            print("skip:", e)
    return out, errors
print(parse_all(["1", "x", "3", "", "4.0", "-7"]))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print("div", a, b)
print(safe_div(1, 4), safe_div(1, 0))
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1)
try:
    deep(50)
except KeyError as e:
    print("deep:", e)
