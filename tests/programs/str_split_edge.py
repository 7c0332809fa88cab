# outcmp: exact
print("a  b".split(" "), "a  b".split(), " a b ".split(" "), " a b ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), ",a,".split(","), ",,".split(","))
print("abcabc".split("b"), "abc".split("c"), "ccc".split("c"))
print("  lead".split(None, 1), "trail  ".rsplit(None, 1), "a b  c   d".split(None, 2))
print("x".split("x"), "".split("x"), "x".rsplit("x", 1))
for sep in [" ", ",", ", ", None]:
    print(repr(sep), "1, 2,3 , 4".split(sep))
print("a\tb\nc  d\r\ne".split(), "a\tb\nc".split("\t"), "  x  ".split(" "))
print("k=v; k2=v2;".split(";"), [p.strip() for p in "k=v; k2=v2;".split(";") if p.strip()])
print("1,2,3".split(",", 5), "1,2,3".rsplit(",", 0), "1 2 3".rsplit(maxsplit=1))
print("ab".split("ab"), "abab".split("ab"), "aXbXc".split("X", 1), "aXbXc".rsplit("X", 1))
for s in ["", " ", "a", " a ", "a b"]:
    print(repr(s), s.split(), s.split(" "), s.rsplit(None, 1))
