# outcmp: exact
d = {i: i * i for i in range(10)}
for k in list(d.keys()):
    if k % 3 == 0:
        del d[k]
print(d)
for k in list(d):
    d[k * 100] = d.pop(k)
print(d)
lst = list(range(10))
for x in lst[:]:
    if x % 2:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
