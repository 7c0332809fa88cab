# RecursionError through a builtin that calls back into Python (map)
def walk(x):
    return list(map(walk, [x]))


walk(0)
