# a string too large for memory: MemoryError
s = "a" * 10 ** 13
print(len(s))
