# outcmp: exact
a = b = c = [0]
b.append(1)
print(a, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
if x:
    pass
elif y:
    pass
else:
    pass
def empty():
    pass
print(empty())
i = 0
while i < 3: i += 1
print(i)
if i == 3: print("one-liner if")
for k in range(2): print("one-liner for", k)
v = 1; w = 2; print(v + w)
lst = [1, 2, 3, 4]
del lst[1], lst[1]
print(lst)
n = 5
n = -n
n = +n
n = not n
print(n)
long_expr = (1 +
             2 +
             3)
total = 1 + \
    2
print(long_expr, total)
data = [
    1,
    2,
]
print(data, {
    "k": "v",
})
print(__name__)
