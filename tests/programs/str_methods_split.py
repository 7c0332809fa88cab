# outcmp: exact
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2))
print("a::b::c".split("::"), "".split(), "".split(","), "   ".split())
print("one two three".split(maxsplit=1), "x-y-z".rsplit("-", maxsplit=1))
print("1 2 3 4".split(" ", 0), "abc".split("abc"), "aXbXc".split("X", -1))
print("a\n\nb\r\nc".split("\n"))
words = "to be or not to be".split()
print(words, len(words), " ".join(reversed(words)))
csv = "name,age,city\nann,30,oslo\nbob,25,rome"
for line in csv.split("\n"):
    fields = line.split(",")
    print(fields[0].upper(), fields[1:], len(fields))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(5)))
