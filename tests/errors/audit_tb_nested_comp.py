# Nested list comprehensions: one "<listcomp>" traceback entry per level.
print([[1 // k for k in range(j, -1, -1)] for j in range(3)])
