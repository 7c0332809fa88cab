def f():
    return 1


f.tag = "x"
del f.tag
print("deleted")
del f.tag
