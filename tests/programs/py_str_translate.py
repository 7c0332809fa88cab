# str.translate, str.maketrans (str.maketrans and 'x'.maketrans) and
# str.format_map, with CPython's errors for bad tables and fields.
try:
    print('str.maketrans(1)', '->', repr(str.maketrans(1)))
except Exception as e:
    print('str.maketrans(1)', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans({1.5: 2})', '->', repr(str.maketrans({1.5: 2})))
except Exception as e:
    print('str.maketrans({1.5: 2})', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans({"ab": 2})', '->', repr(str.maketrans({"ab": 2})))
except Exception as e:
    print('str.maketrans({"ab": 2})', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans(1, "a")', '->', repr(str.maketrans(1, "a")))
except Exception as e:
    print('str.maketrans(1, "a")', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("a", 1)', '->', repr(str.maketrans("a", 1)))
except Exception as e:
    print('str.maketrans("a", 1)', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("a", "b", 3)', '->', repr(str.maketrans("a", "b", 3)))
except Exception as e:
    print('str.maketrans("a", "b", 3)', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("ab", "c")', '->', repr(str.maketrans("ab", "c")))
except Exception as e:
    print('str.maketrans("ab", "c")', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans()', '->', repr(str.maketrans()))
except Exception as e:
    print('str.maketrans()', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("a","b","c","d")', '->', repr(str.maketrans("a","b","c","d")))
except Exception as e:
    print('str.maketrans("a","b","c","d")', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("ab", "cd", "ez")', '->', repr(str.maketrans("ab", "cd", "ez")))
except Exception as e:
    print('str.maketrans("ab", "cd", "ez")', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans({"a": 1, 98: "x", "c": None})', '->', repr(str.maketrans({"a": 1, 98: "x", "c": None})))
except Exception as e:
    print('str.maketrans({"a": 1, 98: "x", "c": None})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: 1.5})', '->', repr("abc".translate({97: 1.5})))
except Exception as e:
    print('"abc".translate({97: 1.5})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: 0x110000})', '->', repr("abc".translate({97: 0x110000})))
except Exception as e:
    print('"abc".translate({97: 0x110000})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: -1})', '->', repr("abc".translate({97: -1})))
except Exception as e:
    print('"abc".translate({97: -1})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate(["x"]*98)', '->', repr("abc".translate(["x"]*98)))
except Exception as e:
    print('"abc".translate(["x"]*98)', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate(5)', '->', repr("abc".translate(5)))
except Exception as e:
    print('"abc".translate(5)', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate()', '->', repr("abc".translate()))
except Exception as e:
    print('"abc".translate()', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: 2**70})', '->', repr("abc".translate({97: 2**70})))
except Exception as e:
    print('"abc".translate({97: 2**70})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate("xyzxyz"*20)', '->', repr("abc".translate("xyzxyz"*20)))
except Exception as e:
    print('"abc".translate("xyzxyz"*20)', 'EXC', type(e).__name__, e)
try:
    print('"{0}".format_map({})', '->', repr("{0}".format_map({})))
except Exception as e:
    print('"{0}".format_map({})', 'EXC', type(e).__name__, e)
try:
    print('"{}".format_map({})', '->', repr("{}".format_map({})))
except Exception as e:
    print('"{}".format_map({})', 'EXC', type(e).__name__, e)
try:
    print('"{a}".format_map({})', '->', repr("{a}".format_map({})))
except Exception as e:
    print('"{a}".format_map({})', 'EXC', type(e).__name__, e)
try:
    print('"{a}".format_map(5)', '->', repr("{a}".format_map(5)))
except Exception as e:
    print('"{a}".format_map(5)', 'EXC', type(e).__name__, e)
try:
    print('"{a.real}{b[0]}".format_map({"a": 3, "b": "q"})', '->', repr("{a.real}{b[0]}".format_map({"a": 3, "b": "q"})))
except Exception as e:
    print('"{a.real}{b[0]}".format_map({"a": 3, "b": "q"})', 'EXC', type(e).__name__, e)
try:
    print('"x".format_map()', '->', repr("x".format_map()))
except Exception as e:
    print('"x".format_map()', 'EXC', type(e).__name__, e)
try:
    print('"x".format_map({}, 1)', '->', repr("x".format_map({}, 1)))
except Exception as e:
    print('"x".format_map({}, 1)', 'EXC', type(e).__name__, e)
try:
    print('"a".maketrans("a", "b")', '->', repr("a".maketrans("a", "b")))
except Exception as e:
    print('"a".maketrans("a", "b")', 'EXC', type(e).__name__, e)
try:
    print('"{a:{b}}".format_map({"a": 1.5, "b": ".3f"})', '->', repr("{a:{b}}".format_map({"a": 1.5, "b": ".3f"})))
except Exception as e:
    print('"{a:{b}}".format_map({"a": 1.5, "b": ".3f"})', 'EXC', type(e).__name__, e)
try:
    print('"x".translate({})', '->', repr("x".translate({})))
except Exception as e:
    print('"x".translate({})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: "", 98: "BB"})', '->', repr("abc".translate({97: "", 98: "BB"})))
except Exception as e:
    print('"abc".translate({97: "", 98: "BB"})', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({ord("a"): ord("é")})', '->', repr("abc".translate({ord("a"): ord("é")})))
except Exception as e:
    print('"abc".translate({ord("a"): ord("é")})', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans("ab", "cd", "")', '->', repr(str.maketrans("ab", "cd", "")))
except Exception as e:
    print('str.maketrans("ab", "cd", "")', 'EXC', type(e).__name__, e)
try:
    print('"héllo wörld".translate(str.maketrans("éö", "eo", " "))', '->', repr("héllo wörld".translate(str.maketrans("éö", "eo", " "))))
except Exception as e:
    print('"héllo wörld".translate(str.maketrans("éö", "eo", " "))', 'EXC', type(e).__name__, e)
try:
    print('"abc".translate({97: True})', '->', repr("abc".translate({97: True})))
except Exception as e:
    print('"abc".translate({97: True})', 'EXC', type(e).__name__, e)
try:
    print('"aXa".translate({ord("a"): "é€😀"})', '->', repr("aXa".translate({ord("a"): "é€😀"})))
except Exception as e:
    print('"aXa".translate({ord("a"): "é€😀"})', 'EXC', type(e).__name__, e)
try:
    print('"".translate(5)', '->', repr("".translate(5)))
except Exception as e:
    print('"".translate(5)', 'EXC', type(e).__name__, e)
try:
    print('"ab".translate([1])', '->', repr("ab".translate([1])))
except Exception as e:
    print('"ab".translate([1])', 'EXC', type(e).__name__, e)
try:
    print('"{x!r:>6}|{y}".format_map({"x": "q", "y": [1]})', '->', repr("{x!r:>6}|{y}".format_map({"x": "q", "y": [1]})))
except Exception as e:
    print('"{x!r:>6}|{y}".format_map({"x": "q", "y": [1]})', 'EXC', type(e).__name__, e)
try:
    print('"{x}".format_map({"x": 1, "y": 2})', '->', repr("{x}".format_map({"x": 1, "y": 2})))
except Exception as e:
    print('"{x}".format_map({"x": 1, "y": 2})', 'EXC', type(e).__name__, e)
try:
    print('str.maketrans({"é": "e", True: 5})', '->', repr(str.maketrans({"é": "e", True: 5})))
except Exception as e:
    print('str.maketrans({"é": "e", True: 5})', 'EXC', type(e).__name__, e)
try:
    print('"{{}}{a}".format_map({"a": 0})', '->', repr("{{}}{a}".format_map({"a": 0})))
except Exception as e:
    print('"{{}}{a}".format_map({"a": 0})', 'EXC', type(e).__name__, e)
table = str.maketrans('aeiou', '12345', ' ')
total = 0
for w in ['hello world', 'streak is fast', 'quiet']:
    t = w.translate(table)
    total += len(t)
    print(t, '{w}:{n:>3}'.format_map({'w': w, 'n': len(t)}))
print(total)
