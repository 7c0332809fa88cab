# the traceback of deep recursion collapses repeated frames like CPython
def f(n):
    return f(n + 1)


f(0)
