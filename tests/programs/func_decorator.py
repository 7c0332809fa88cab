# outcmp: exact
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
calls = []
def trace(fn):
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
@trace
@shout
def both(x):
    return x * 2
print(both(21), calls[-1])
print(greet.__name__)
