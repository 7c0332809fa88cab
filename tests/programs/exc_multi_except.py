# outcmp: exact
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return "a" + 1
    return "ok"
for k in range(6):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)
for k in range(5):
    try:
        risky(k)
    except ArithmeticError:
        print(k, "ArithmeticError")
    except LookupError as e:
        print(k, "LookupError", type(e).__name__)
    except:
        print(k, "bare except")
