# coding: iso-8859-15
# ISO-8859-15 differs from Latin-1 at 8 bytes (0xA4 is the euro sign).
print("€ Š œ é", [hex(ord(c)) for c in "€ŠšŽžŒœŸé"])
