# a list too large for memory: MemoryError, not a crash
x = [0] * 10 ** 12
print(len(x))
