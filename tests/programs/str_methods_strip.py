# outcmp: exact
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("no-strip".strip()))
print(repr("www.example.com".strip("cmowz.")))
print(repr("\t\n tabbed \r\n".strip()), repr("--==text==--".strip("-=")))
lines = ["  a  ", "b   ", "   c"]
print([l.strip() for l in lines], [l.lstrip() for l in lines], [l.rstrip() for l in lines])
print(repr("0001200".lstrip("0")), repr("1.500".rstrip("0").rstrip(".")), repr("3.000".rstrip("0").rstrip(".")))
