# outcmp: exact
for s in ["hello world", "HELLO", "mIxEd CaSe", "it's a dog's life", "123abc", "", "ÉCOLE été", "o'neil mc-donald x2y"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("straße".upper())
print("abc".upper().lower() == "abc", "Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle())
