# Function calls: recursion, small helpers with default and keyword
# arguments, and a closure.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def make_adder(k):
    def add(x):
        return x + k
    return add


def drive(n):
    add3 = make_adder(3)
    total = 0
    for i in range(n):
        total += clamp(add3(i) % 150, hi=120) + clamp(i % 7, lo=2)
    return total


print("fib", fib(29))
print("drive", drive(3000000))
