# outcmp: exact
text = "banana bandana cabana"
for sub in ["a", "an", "ana", "ban", "x", "na "]:
    print(sub, text.count(sub), text.startswith(sub), text.endswith(sub), text.find(sub), text.rfind(sub))
files = ["main.c", "util.h", "test.py", "README", "setup.py", "lib.c"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.endswith((".c", ".h"))])
print([f for f in files if f.startswith(("m", "R", "s"))])
urls = ["http://a.org", "https://b.com", "ftp://c.net"]
for u in urls:
    print(u, u.startswith("http"), u.startswith("https"), u[u.find("://") + 3:])
print("aaa".count("a", 1), "aaa".count("a", 0, 2), "".count("a"), "abc".count("abcd"))
