# repr of a very deeply nested list: RecursionError, not a C stack overflow
x = []
for i in range(100000):
    x = [x]
print("built")
print(x)
