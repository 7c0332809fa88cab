# outcmp: exact
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
print(list(grid.keys())[:4])
dist = {(0, 0): 0}
frontier = [(0, 0)]
while frontier:
    cx, cy = frontier.pop(0)
    for dx, dy in [(1, 0), (0, 1)]:
        nxt = (cx + dx, cy + dy)
        if nxt not in dist and nxt[0] < 3 and nxt[1] < 3:
            dist[nxt] = dist[(cx, cy)] + 1
            frontier.append(nxt)
print(dist)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
counts = {}
for pair in [(1, 2), (2, 1), (1, 2), (3, 3), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
try:
    d = {[1, 2]: 3}
except TypeError as e:
    print("TypeError:", e)
