# outcmp: exact
# Unicode database corner cases: special casing, final sigma, titlecase digraphs, numeric classes
print("straße".upper(), "ǅ".lower(), "ǆ".upper(), "ǆ".title(), "ΣΑΣ".lower(), "ΟΔΟΣ ΟΔΟΣ".lower())
print("ﬁne".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper())
for s in ["½", "٣", "²", "Ⅷ", "𝟘", "一", "\u00a0", "\u2028", "\x1c"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace())
print(" a\u00a0b\u2003c ".split(), "x\u2028y\x1cz\x85w".splitlines())
print(int("٣٤"), float("１２.５"), int("𝟙𝟚"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}")
print("ǳ".title(), "ǲ".upper(), "ǳ".capitalize(), "ﬃ".title())
