# f(*x) / [*x] of a non-iterable: CPython's messages (the callee is named
# only when *x is the call's only positional argument).
def f(*a): return a
cases = [lambda: f(*5), lambda: f(1, *None), lambda: print(*3), lambda: [*5], lambda: (1, *2.5),
         lambda: {*5}, lambda: f(*[1], *7), lambda: len(*4), lambda: f(*'ab', *range(2)), lambda: (lambda: 0)(*1),
         lambda: max(*[3, 1]), lambda: [*'xy', *[1]]]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(e)
