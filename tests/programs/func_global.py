# outcmp: exact
counter = 0
names = []
def bump():
    global counter
    counter += 1
    return counter
def record(n):
    names.append(n)
for i in range(5):
    bump()
    record(i * i)
print(counter, names)
def make_global():
    global created
    created = "now exists"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def reset():
    global counter, names
    counter = 0
    names = []
reset()
print(counter, names)
