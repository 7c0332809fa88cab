# Lists of strs inside @njit code: literals, split, join, `in`, index,
# count, append, comprehensions, list arguments (reflected back) and
# results, as Numba 0.56 runs them.
from numba import njit


@njit
def fields(line):
    parts = line.split(",")
    return parts, len(parts), "-".join(parts), parts[1]


@njit
def words(text):
    ws = text.split()
    return ws, " ".join(ws), len(ws)


@njit
def membership(s):
    known = ["red", "green", "blue"]
    return s in known, s not in known, known.count(s)


@njit
def build(n):
    out = ["start"]
    for i in range(n):
        out.append("item" + str(i))
    out.append("end")
    return out


@njit
def upper_all(names):
    return [n.upper() for n in names if n != ""]


@njit
def rename(names):
    for i in range(len(names)):
        names[i] = names[i] + "!"
    names.append("new")
    return names.index("new")


@njit
def longest(names):
    best = ""
    for n in names:
        if len(n) > len(best):
            best = n
    return best


@njit
def tally(csv):
    total = 0
    for field in csv.split(";"):
        if field.strip().isdigit():
            total += 1
    return total


print(fields("a,b,,c"))
print(fields("é,ü"))
print(words("  the quick\tbrown  fox "))
print(membership("green"), membership("black"))
print(build(3))
print(upper_all(["ab", "", "çd"]))
names = ["x", "yy"]
print(rename(names), names)
print(longest(["a", "abc", "ab"]))
print(tally("1; 22 ;x;  ;333"))


@njit
def ordered(names):
    s = sorted(names)
    names.sort()
    return s, min(names), max(names)


print(ordered(["pear", "apple", "Zoo", "été", "apple", "e"]))
