# outcmp: exact
print("a  b".split(" "), "a  b".split(), " a b ".split(" "), " a b ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), ",a,".split(","), ",,".split(","))
print("abcabc".split("b"), "abc".split("c"), "ccc".split("c"))
print("  lead".split(None, 1), "trail  ".rsplit(None, 1), "a b  c   d".split(None, 2))
print("x".split("x"), "".split("x"), "x".rsplit("x", 1))
for sep in [" ", ",", ", ", None]:
    print(repr(sep), "1, 2,3 , 4".split(sep))
