# outcmp: exact
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFFFF; print(x)
x |= 0x10000; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 41
d["b"] = d.get("b", 0) + 1
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
l2 = lst
l2 += [99]
print(lst, l2 is lst)
n = 2 ** 62
n += n
print(n)
n -= 2 ** 63 + 5
print(n)
