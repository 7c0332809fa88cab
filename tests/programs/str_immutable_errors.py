# outcmp: exact
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[20])
except IndexError as e:
    print("IndexError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print(ord("ab"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc".index("z"))
except ValueError as e:
    print("ValueError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = "I" + s[1:]
print(t, s)
