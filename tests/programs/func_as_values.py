# outcmp: exact
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
table = [add, sub, max, min, pow]
for fn in table:
    print(fn(7, 3))
alias = add
print(alias is add, alias(2, 2), add == sub)
dispatch = {"add": add, "sub": sub}
for name in ["add", "sub", "add"]:
    print(name, dispatch[name](10, 4))
def get_op(sym):
    if sym == "+":
        return add
    return sub
print(get_op("+")(1, 1), get_op("-")(1, 1))
print(type(add).__name__, type(len).__name__, type(lambda: 0).__name__)
funcs = []
for i in range(3):
    def f(x, k=i):
        return x * k
    funcs.append(f)
print([g(10) for g in funcs])
