# Strings: concatenation, join, f-strings, methods, slicing and search.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i % 13}")
    text = ",".join(parts)
    return len(text), text.count(":7"), text[1000:1011]


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 200:
            s = s[100:]
    return s


def transform(n):
    total = 0
    for i in range(n):
        w = "Word" + str(i)
        u = w.upper().replace("WORD", "w")
        if u.startswith("w1"):
            total += len(u)
        total += w.find("9")
    return total


print("build", build(750000))
print("concat", concat(2000000)[-20:])
print("transform", transform(750000))
