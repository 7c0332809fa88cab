# A bare / first in a parameter list followed by a comma.
def f(/, a):
    pass
