# outcmp: exact
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x1f\x7f",
        "bell\a", "\r", "é", "\u00ff\u0100", "\U0001F600", "", " ", "'", '"', "\\n"]
for v in vals:
    print(repr(v), len(v))
print(vals)
print(r"raw\nstring", r"C:\path\to", len(r"\n"))
print("multi" "part" 'concat')
print("""triple
quoted""", '''single
triple''')
print("\u0041\u00e9\t|", "\101\x42")
