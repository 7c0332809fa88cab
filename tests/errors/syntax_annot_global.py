# A simple annotated name cannot be declared global in a function.
def f():
    global x
    x: int = 1


f()
