# str.upper/lower/casefold of ASCII text a word (8 bytes) at a time (str.c
# ascii_case_copy): every ASCII character, the bytes just outside A-Z/a-z
# ('@', '[', '`', '{'), and every length around the 8-byte steps.
allc = "".join(chr(i) for i in range(128))
print(allc.upper() == "".join(c.upper() for c in allc), allc.lower() == "".join(c.lower() for c in allc))
print(repr(allc.upper()))
print(repr(allc.lower()))
for n in range(20):
    s = allc[40:40 + n] + "@[`{" + allc[90:90 + n]
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()))
