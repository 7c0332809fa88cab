# outcmp: exact
s = "héllo wörld"
print(s, len(s), s.upper(), s[1], s[-4:], s[::-1])
print([c for c in "héllo"], [ord(c) for c in "héllo"])
print(chr(233), chr(955), chr(0x1F600), chr(20320) + chr(22909), ord("€"), ord("😀"))
e = "日本語テキスト"
print(e, len(e), e[2], e[1:4], e.find("テ"), e.replace("語", "go"))
print("αβγ".upper(), "ΑΒΓ".lower(), "ß".upper(), len("😀😀"), "naïve café".title())
print("é" == "\u00e9", "\u00e9", "\x41\x42", "tab\tend")
print(repr("é"), repr("\n"), repr("\x00"), repr("\u200b"), repr("😀"))
print(sorted("héllo"), max("héllo"), min("wörld"))
print("Ünïcödé".lower(), "x".join("äöü"), "äöü" * 2, "ö" in "wörld")
