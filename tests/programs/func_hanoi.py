# outcmp: exact
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
for m in moves:
    print("move disk %d from %s to %s" % m)
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[:3], moves[-1])
pegs = {"A": list(range(6, 0, -1)), "B": [], "C": []}
def solve(n, s, d, v):
    if n:
        solve(n - 1, s, v, d)
        pegs[d].append(pegs[s].pop())
        solve(n - 1, v, d, s)
solve(6, "A", "C", "B")
print(pegs)
