# outcmp: exact
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
print(acc(1), acc(2), acc("x"))
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(0))
def make_pair():
    val = 0
    def get():
        return val
    def put(v):
        nonlocal val
        val = v
    return get, put
g, p = make_pair()
print(g())
p(42)
print(g())
