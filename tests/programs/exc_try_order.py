# outcmp: exact
def run(v):
    print("--- run", v)
    try:
        print("try start")
        if v == 1:
            raise ValueError("bad value")
        if v == 2:
            return "returned from try"
        print("try end")
    except ValueError as e:
        print("except", e)
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally")
    print("after")
    return "normal"
for v in range(3):
    print("result:", run(v))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
