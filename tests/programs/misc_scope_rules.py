# outcmp: exact
x = "global"
def f():
    print("f sees", x)
def g():
    x = "local to g"
    def h():
        print("h sees", x)
    h()
    return x
f()
g()
def shadow_param(x):
    x = x * 2
    return x
print(shadow_param(4), x)
def counter_demo():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(5):
        bump()
    return count
print(counter_demo())
def uses_before_assign():
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return z
uses_before_assign()
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = "visible after if"
print(block_var)
