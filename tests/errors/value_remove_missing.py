lst = [1, 2]
lst.remove(3)
