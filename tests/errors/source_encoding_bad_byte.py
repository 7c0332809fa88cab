# coding: cp1252
# 0x81 is undefined in cp1252: CPython stops with "encoding problem".
print("a")
