# str methods inside @njit code, with Numba 0.56's result types (isdigit,
# isdecimal, isalpha, isalnum and isupper give ints), and iteration over a
# str's characters.
from numba import njit


@njit
def cases(s):
    return s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase()


@njit
def strips(s):
    return s.strip(), s.lstrip(), s.rstrip(), s.strip("x "), s.lstrip(" x"), s.rstrip("x")


@njit
def searches(s, sub):
    return s.startswith(sub), s.endswith(sub), s.find(sub), s.rfind(sub), s.count(sub), s.replace(sub, "<>")


@njit
def tests(s):
    return (s.isdigit(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isupper(), s.isspace(), s.isnumeric(),
            s.islower(), s.istitle())


@njit
def position(s, sub):
    return s.index(sub) + s.rindex(sub)


@njit
def vowels(s):
    n = 0
    out = ""
    for c in s:
        if c in "aeioué":
            n += 1
        else:
            out = out + c.upper()
    return n, out


@njit
def words(s):
    total = 0
    for c in s.strip():
        if c.isdigit():
            total += 1
    return total


for s in ["  AbC d ", "xx hello world x", "ÉCOLE été", "", "12345", "Title Case", "\u3000 wide\u3000"]:
    print(cases(s))
    print(strips(s))
    print(tests(s))
for s, sub in [("banana", "an"), ("banana", "x"), ("été à l'été", "été"), ("abc", "")]:
    print(searches(s, sub))
print(position("abcabc", "bc"))
try:
    position("abc", "z")
except ValueError as e:
    print("ValueError", e)
print(vowels("numba élève"))
print(words(" a1b22c333 "))
