# coding: utf-16
# oracle: differs -- streak decodes UTF-8, Latin-1, ISO-8859-15, cp1252 and
#   ASCII sources only, and names the declaration (CPython runs no code
#   either: this ASCII file is not UTF-16).
print(1)
