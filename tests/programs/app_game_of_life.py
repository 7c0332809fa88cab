# outcmp: exact
W, H = 12, 10
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 5), (8, 6), (8, 7)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
show(live)
for gen in range(1, 9):
    live = step(live)
    print("gen", gen, "alive", len(live), sorted(live)[:4])
show(live)
