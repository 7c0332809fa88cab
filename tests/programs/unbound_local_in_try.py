# An unbound local read by `return x` inside a try, and a bare `x`
# statement, raise UnboundLocalError where the handler catches it.
def f():
    try:
        return x
    except NameError:
        return "caught"
    x = 1
print(f())
def f2():
    for i in range(3):
        try:
            return (x)
        except UnboundLocalError as e:
            print("ule", e)
            return "c2"
    x = 1
print(f2())
def g():
    try:
        x
        print("no error")
    except UnboundLocalError:
        print("caught g")
    x = 1
g()
def h():
    x = 5
    x
    del x
    try:
        x
    except NameError as e:
        print(type(e).__name__, e)
h()
