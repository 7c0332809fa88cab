# outcmp: exact
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
first, second = [10, 20]
print(first + second)
m, n = divmod(17, 5)
print(m, n)
a = b = c = 7
print(a, b, c)
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)
i = 0
i, lst[i] = 1, 9
print(i, lst)
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
[u, v] = (3, 4)
print(u, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
