# -*- coding: latin-1 -*-
# A Latin-1 source (PEP 263): its bytes above 0x7F are characters U+0080-U+00FF.
# café au lait, 25°C, 3 µm
units = {"µm": 1e-6, "Å": 1e-10}
name = "José Müller"
print(name, len(name), name.upper(), [ord(c) for c in "éÿ "])
for k in sorted(units):
    print(repr(k), units[k])
print(f"{'été':>8}|", "\xe9" == "é")
try:
    raise ValueError("déjà vu")
except ValueError as e:
    print(e)
