# Strings made in traced loops: str(i) of an int (and of a str) and s + t
# of two strs are runtime calls from the trace; the loop leaves at its
# header for the collector, so the garbage strs are collected while the
# kept ones survive. Operand kinds change mid-loop (an int where a str
# was: exits to the interpreter, which raises or takes another path).


def names(n):
    keep = []
    total = 0
    for i in range(n):
        s = str(i) + "x"
        t = "k" + s + str(s)
        total += len(t)
        if i % 4000 == 0:
            keep.append(t)
    return total, keep[-3:]


def accumulate(n):
    out = ""
    for i in range(n):
        out += str(i % 10)
        out = out[-20:] if len(out) > 40 else out
    return out


def negative_and_big(n):
    c = 0
    for i in range(n):
        s = str(-i * 1000003) + str(2 ** 62 + i)
        c += len(s)
    return c


def kind_change(n):
    parts = ["a", "b", "c"]
    out = []
    for i in range(n):
        p = parts[i % 3] if i < n // 2 else i
        try:
            w = p + "!"
        except TypeError:
            w = str(p) + "?"
        if i % 2500 == 0:
            out.append(w)
    return out


print(names(60000))
print(accumulate(60000))
print(negative_and_big(30000))
print(kind_change(30000))
