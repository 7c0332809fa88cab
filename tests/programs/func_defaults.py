# outcmp: exact
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def rng(a, b=None, step=1):
    if b is None:
        a, b = 0, a
    out = []
    while (step > 0 and a < b) or (step < 0 and a > b):
        out.append(a)
        a += step
    return out
print(rng(5), rng(2, 6), rng(10, 0, -3))
def mixed(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)
print(mixed(1), mixed(1, 5, 6, 7, c=8, d=9))
