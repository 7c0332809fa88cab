def use(x):
    with x as y:
        print(y)


use(42)
