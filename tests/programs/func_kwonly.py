# outcmp: exact
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep=", ", end="."):
    return sep.join(str(a) for a in args) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="!"))
def h(x, /, y, *, z):
    return x + y + z
print(h(1, 2, z=3), h(1, y=2, z=3))
try:
    h(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
