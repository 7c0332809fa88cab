# outcmp: exact
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = "abc"
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1:5] = [9]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[-2:] = range(3)
print(b)
c = list(range(8))
c[::-2] = "ABCD"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c[0], c[-1] = c[-1], c[0]
print(c)
