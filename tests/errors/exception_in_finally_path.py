def f():
    try:
        return 1
    finally:
        print("cleanup")
        raise KeyError("from finally")


f()
