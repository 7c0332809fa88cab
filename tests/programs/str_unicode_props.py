# outcmp: exact
# Unicode case mappings and character classes beyond Latin-1 (the generated tables)
words = ["ǆemal", "ŉapa", "ﬀlag", "groß", "ΣΊΣΥΦΟΣ", "Ⓐⓑⓒ", "ꙊꙋꙌ", "ᾈᾀ", "ǰ", "Ꭰꭰ", "İstanbul", "ΑΣ.Σ", "aΣ'b", "x\u0345"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.casefold(), w.swapcase(), w.capitalize(), len(w.upper()))
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isidentifier())
chars = "Ⅻ௰፲⑩㉑𐄢٣߃੬᠗０𝟎¹₂ꘪ〇"
for ch in chars:
    print(hex(ord(ch)), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isalpha())
print([c for c in "aB\u01c5\u1f88Z" if c.istitle()], "ǅungla".istitle(), "ǄUNGLA".isupper())
print(repr("\u200b\u00ad\u0378\U0001F600\ue000\u3000é"), "\u0663\u0664".isdecimal())
print("a\u0300b".isidentifier(), "\u00b7x".isidentifier(), "x\u00b7".isidentifier(), "℘x".isidentifier())
print(sorted(set("ﬃﬄﬅ".upper())), "ǈ".lower(), "ǈ".upper(), "ǈ".title(), "ǈ".swapcase())
