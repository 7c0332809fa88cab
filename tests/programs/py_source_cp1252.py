#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# A cp1252 source: 0x80-0x9F are the Windows punctuation, not C1 controls.
print("“quoted” € 5 – …", [hex(ord(c)) for c in "€ŠŸ¤"])
