for i in range(3):
    print("line", i)
total = sum([1, 2, "3"])
