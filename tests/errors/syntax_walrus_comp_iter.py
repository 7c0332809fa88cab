def f(xs):
    return [x for x in (ys := xs)]
