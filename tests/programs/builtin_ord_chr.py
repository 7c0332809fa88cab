# outcmp: exact
for c in "Az09 ~\n\té€😀":
    print(repr(c), ord(c), repr(chr(ord(c))))
print([chr(i) for i in range(65, 91)])
print("".join(chr(i) for i in range(0x3b1, 0x3ba)))
def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
print(chr(0x10FFFF) == "\U0010ffff", ord(chr(1114111)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
