# Short-string equality and search without library calls (str.h bytes_eq,
# str.c find_bytes): every length 0..20 around the 4/8/16-byte paths, a
# difference at each position, dict keys equal but not identical, and
# search in haystacks just under and over 16 bytes.
base = "abcdefghijklmnopqrst"
mismatch = 0
for n in range(21):
    a = base[:n]
    b = "".join(list(a))  # equal text, another object
    if a != b or not (a == b) or hash(a) != hash(b):
        print("equal pair differs", n)
    for i in range(n):
        c = a[:i] + "X" + a[i + 1:]
        if a == c or c == a:
            mismatch += 1
print("mismatches seen equal:", mismatch)

d = {}
for n in range(21):
    d[base[:n]] = n
found = [d["".join(list(base[:n]))] for n in range(21)]
print(found == list(range(21)), len(d))
print(d.get(base[:7] + "?", "absent"), d.get(base[:15] + "Q", "absent"), d.get("", -1))
counts = {}
for i in range(3000):
    w = ["alpha", "beta", "gamma", "epsilon17"][i % 4] + str(i % 7)
    counts[w] = counts.get(w, 0) + 1
print(len(counts), sorted(counts.items())[:3])

# equal keys of different types and hash collisions
k = {1: "int", 2.5: "float"}
k[1.0] = "float one"
k[True] = "true"
print(k, k[1], 1.0 in k, True in k, 0 in k, False in k)
k2 = {0: "zero", -1: "minus one", -2: "minus two"}
print(k2[False], k2[-1], k2[-2.0], hash(-1) == hash(-2))

for h in ["", "a", "ab", "abc", "hello world!!", "0123456789abcdef", "0123456789abcdefg", "x" * 40 + "9"]:
    print(repr(h), h.find("9"), h.find("ef"), h.find(""), h.rfind("a"), h.count("a"),
          h.startswith("01"), h.endswith("ef"), h.replace("a", "<>"), "cd" in h, h.find("9", 3, 12))
u = "é9ü" * 3
print(u.find("9"), u.find("ü9"), u.rfind("9"), u.startswith("é9"), u.replace("9", "nine"), u.index("üé"))
