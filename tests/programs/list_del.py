# outcmp: exact
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:5]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3, 4, 5, 6, 7, 8]
del b[1::3]
print(b)
del b[-2:]
print(b)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
try:
    del c[5]
except IndexError as e:
    print("IndexError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
