# outcmp: exact
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(4):
    gs.append(lambda i=i: i)
print([g() for g in gs])
def make(n):
    return lambda: n
hs = [make(i) for i in range(4)]
print([h() for h in hs])
x = 1
def read_x():
    return x
x = 2
print(read_x())
def outer():
    y = 1
    def get():
        return y
    y = 99
    return get
print(outer()())
