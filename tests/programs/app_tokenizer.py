# outcmp: exact
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in ("if", "else", "while", "def") else "ID", word))
            i = j
        elif c in "\"'":
            j = src.index(c, i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()=<>:,":
            tokens.append(("OP", c))
            i += 1
        else:
            raise ValueError(f"bad char {c!r} at {i}")
    return tokens
src = 'def f(x): if x >= 10: y = x * 2.5 + "s" else: y = f(x - 1)'
for t in tokenize(src):
    print(t)
print(len(tokenize("a=1+2")), tokenize("  "))
try:
    tokenize("a = 1 $ 2")
except ValueError as e:
    print("error:", e)
