def level3(x):
    raise ValueError("bad value: " + str(x))


def level2(x):
    level3(x * 2)


def level1(x):
    level2(x + 1)


print("starting")
level1(20)
print("not reached")
