# outcmp: exact
for s in ["7", "42", "-42", "+5", "abc", "toolongvalue"]:
    print(f"[{s.zfill(5)}][{s.center(9)}][{s.ljust(6)}][{s.rjust(6)}][{s.center(10, '*')}][{s.ljust(7, '.')}][{s.rjust(7, '0')}]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(4) + "]")
print("x".center(0), "".zfill(3), "-".zfill(3), "1.5".zfill(6))
for i in range(1, 6):
    print(("*" * (2 * i - 1)).center(11, "."))
print("tab\there".expandtabs(4), "a\tbc\td".expandtabs())
for w in range(0, 8):
    print(repr("abc".center(w)), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "+")), repr("42".zfill(w)))
print("-7".zfill(5), "+7".zfill(5), "7-".zfill(5), "é".center(5, "·"), "日本".rjust(5, "＿"))
print("|" + "text".center(12, "=") + "|", "|" + "".center(3) + "|")
