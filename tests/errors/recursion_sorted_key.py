# RecursionError through sorted()'s key function
def key(x):
    return sorted([x, x + 1], key=key)[0]


key(0)
