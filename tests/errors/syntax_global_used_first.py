# Assigned and then used before `global`: CPython reports the use first.
def f():
    x = 1
    print(x)
    global x
