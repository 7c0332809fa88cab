# outcmp: exact
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_, last = (10, 20, 30, 40, 50)
print(first, last)
head, *tail = [1]
print(head, tail)
for x, *rest in [(1, 2, 3), (4, 5), (6,)]:
    print(x, rest)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *"ab", *(9,)]
print(merged)
t = (*merged[:2], 100)
print(t)
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(1, *args[1:]))
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2)
s = {*range(3), 5}
print(s)
