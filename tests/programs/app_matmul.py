# outcmp: exact
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    r = identity(len(a))
    while e:
        if e & 1:
            r = matmul(r, a)
        a = matmul(a, a)
        e >>= 1
    return r
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
F = [[1, 1], [1, 0]]
print(matpow(F, 10), matpow(F, 100)[0][1])
M = [[0.5, 0.25], [0.125, 1.5]]
print(matmul(M, M))
n = 12
H = [[1 / (i + j + 1) for j in range(n)] for i in range(n)]
v = [[1.0] for _ in range(n)]
r = matmul(H, v)
print([round(x[0], 10) for x in r[:4]])
for row in matmul(identity(3), [[1, 2, 3], [4, 5, 6], [7, 8, 9]]):
    print(row)
