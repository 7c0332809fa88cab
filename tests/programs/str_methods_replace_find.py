# outcmp: exact
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("xyz", "q"), s.replace("at", ""))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "".replace("", "x"))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 20), s.find("dog"), s.find(""), s.find("t", -5))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"), s.rfind("at"))
print(s.index("sat"), s.rindex("at"))
print(s.count("the"), s.count("at"), s.count("a"), s.count(""), "aaaa".count("aa"), s.count("t", 10, 20))
for sub in ["cat", "dog"]:
    try:
        print(sub, s.index(sub))
    except ValueError as e:
        print(sub, "ValueError:", e)
try:
    s.rindex("zebra")
except ValueError as e:
    print("ValueError:", e)
text = "mississippi"
pos = text.find("ss")
while pos != -1:
    print("ss at", pos)
    pos = text.find("ss", pos + 1)
