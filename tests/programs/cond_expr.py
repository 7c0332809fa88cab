# outcmp: exact
for n in range(-3, 4):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, n if n % 2 else -n, "even" if n % 2 == 0 else "odd")
a, b = 7, 9
print(a if a > b else b, (a if a < b else b) * 2)
f = (lambda x: x * 2) if a > 5 else (lambda x: x + 2)
print(f(10))
lst = [x if x % 3 else "fizz" for x in range(1, 10)]
print(lst)
print(1 / a if a else "inf")
x = 0
print(1 / x if x else "div by zero avoided")
def classify(v):
    return "big" if v > 100 else "medium" if v > 10 else "small"
print([classify(v) for v in [5, 50, 500]])
