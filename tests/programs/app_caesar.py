# outcmp: exact
def shift(text, k):
    out = []
    for c in text:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog, née 1999!"
for k in [0, 1, 3, 13, 25, -1, 52]:
    print(k, shift(msg, k))
enc = shift(msg, 7)
freq = {}
for c in enc.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
common = max(sorted(freq), key=lambda c: freq[c])
guess = (ord(common) - ord("e")) % 26
print(common, guess, shift(enc, -guess) == msg)
def vigenere(text, key, sign=1):
    out = []
    ki = 0
    for c in text:
        if c.isalpha() and c.isascii():
            out.append(shift(c, sign * (ord(key[ki % len(key)]) - 97)))
            ki += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere("attack at dawn", "lemon")
print(v, vigenere(v, "lemon", -1))
