# outcmp: exact
log = []
def f(x):
    try:
        log.append("try")
        if x:
            return "early"
        log.append("no early")
    finally:
        log.append("finally")
    return "late"
print(f(True), log)
log.clear()
print(f(False), log)
def g():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally in iteration", i)
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(k())
