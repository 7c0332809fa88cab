# outcmp: exact
for s in ["hello world", "HELLO", "mIxEd CaSe", "it's a dog's life", "123abc", "", "ÉCOLE été", "o'neil mc-donald x2y"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("straße".upper())
print("abc".upper().lower() == "abc", "Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle())
names = ["ada lovelace", "ALAN TURING", "grace hopper"]
for n in names:
    print(n.title(), n.upper(), n.lower(), n.capitalize())
print("one two".title().swapcase(), "Ab Cd".istitle(), "ab cd".istitle(), "ÀB".lower())
print([w.upper() for w in "a bc def".split()], "x".upper() * 3, "MiXeD".lower().upper())
print("hello world".title() == "Hello World", "123".upper(), "".title(), "a1b2".title())
