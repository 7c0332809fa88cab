# outcmp: exact
a = [1, 2, 3]
for i in [0, 2, 3, -3, -4, 100]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
print(a)
