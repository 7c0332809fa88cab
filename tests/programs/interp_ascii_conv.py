# !a conversions use ascii(): non-ASCII code points are escaped, in
# f-strings (with and without a format spec), str.format and %a.
s = "héllo wörld ☃ \U0001F600"
print(f"{s!a}")
print(f"{s!a:>44}|")
print(f"[{s!a:^48}]")
print(f"{'plain'!a}")
print("{!a}".format(s))
print("{0!a:<46}|".format(s))
print("%a" % s)
print(f"{[s, 'x', 'ü']!a}")
print(f"{ {'ключ': 'значение'}!a}")
print(f"{('é', 1.5, None)!a}")
print(f"{3!a} {2.5!a} {True!a} {None!a}")
print(ascii(s) == f"{s!a}")
n = 0
for word in ["naïve", "café", "plain", "日本語"]:
    t = f"{word!a}"
    print(word, t, len(t), t.isascii())
    n += len(t)
print(n)
print(f"{s!r}")
print(f"{s!s}")
