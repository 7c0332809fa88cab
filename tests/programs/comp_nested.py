# outcmp: exact
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([x for row in m for x in row])
print([[row[i] for row in m] for i in range(3)])
print([(i, j) for i in range(4) for j in range(i)])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[c for c in w] for w in ["ab", "cde"]])
print([x + y for x in "ab" for y in "12" for _ in range(2)])
print(sum(x * y for x in range(5) for y in range(5) if x != y))
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
