# for ch in s and enumerate(s), zip(s, t) over ASCII strs in traced loops
# (a byte a character: guarded), with non-ASCII strs, empty strs, a
# resumed iterator and characters compared, counted and collected.


def classify(text):
    vowels = upper = digits = spaces = 0
    for ch in text:
        if ch in ("a", "e", "i", "o", "u"):
            vowels += 1
        if "A" <= ch <= "Z":
            upper += 1
        if "0" <= ch <= "9":
            digits += 1
        if ch == " ":
            spaces += 1
    return vowels, upper, digits, spaces


def positions(text, target):
    s = 0
    last = -1
    for i, ch in enumerate(text, 1):
        if ch == target:
            s += i
            last = i
    return s, last


def diffs(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            n += 1
    return n


def resumed(text):
    it = iter(text)
    head = []
    for ch in it:
        head.append(ch)
        if ch == ":":
            break
    rest = 0
    for ch in it:
        rest += ch == "x"
    return "".join(head), rest


base = "The Quick brown fox, 42 jumps over the lazy dog 7 times: xx " * 300
print(classify(base), classify(""), classify("AEIOU" * 100))
print(classify("naïve café Über " * 100))
print(positions(base, "o"), positions("abc" * 200, "z"), positions("ümlaut " * 50, "l"))
print(diffs(base, base.upper()), diffs("abc" * 300, "abd" * 250), diffs("é" * 100, "e" * 100))
print(resumed("key:" + "xyx" * 300), resumed("no colon here " * 40))
mixed = ["plain ascii " * 20, "with é accent " * 20, "", "x"] * 20
total = 0
for s in mixed:
    for ch in s:
        total += ch == "a"
print(total)
