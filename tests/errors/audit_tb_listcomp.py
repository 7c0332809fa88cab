# A failure inside a list comprehension: CPython 3.11 runs it in a frame of
# its own, so the traceback has a "<listcomp>" entry (called from the line
# where the comprehension starts).
def f(x):
    return [
        1 / v
        for v in x
    ]


print(f([1, 2]))
print(f([1, 0]))
