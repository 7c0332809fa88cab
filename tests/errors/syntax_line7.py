# a syntax error on line 7
def ok():
    return 1

x = ok()
print(x)
if x == 1
    print("one")
