print("hello")
s = "unterminated
print(s)
