lst = []
lst.foo()
