# outcmp: exact
x = 5
print(1 < x < 10, 1 < x > 10, 5 <= x <= 5, 0 < x < 3 < 10)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 3 == 3 == 3, 3 == 3 != 4)
def val(n):
    print("eval", n)
    return n
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 == 2 >= 2 != 3, "a" < "b" < "c", [1] < [2] <= [2])
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is b, a is c, a is not c, 1 in a, 3 not in a)
for i in range(-2, 8):
    if 0 <= i < 3:
        print(i, "low")
    elif 3 <= i <= 5:
        print(i, "mid")
    else:
        print(i, "out")
