f = lambda x: x[10]


data = list(map(f, [[1], [2]]))
