# outcmp: exact
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
n = 10
print([n * i for i in range(3)])
def f():
    k = 3
    return [k * j for j in range(4)]
print(f())
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
ys = [y for y in range(5)]
try:
    print(y)
except NameError as e:
    print("NameError:", e)
total = sum(z for z in range(4))
print(total)
items = [[1, 2], [3]]
print([len(items) for items in items], items)
