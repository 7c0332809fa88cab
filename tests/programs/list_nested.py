# outcmp: exact
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = 1
print(grid)
bad = [[0] * 3] * 2
bad[0][0] = 9
print(bad, bad[0] is bad[1])
nested = [1, [2, [3, [4, [5]]]], 6]
print(nested, nested[1][1][1][0], len(nested))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(nested))
t = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in t] for i in range(3)]
print(transposed)
print([list(col) for col in zip(*t)])
print(sum(sum(r) for r in t), max(max(r) for r in t))
tri = []
for i in range(6):
    row = [1] * (i + 1)
    for j in range(1, i):
        row[j] = tri[i - 1][j - 1] + tri[i - 1][j]
    tri.append(row)
for row in tri:
    print(row)
