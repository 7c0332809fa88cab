# outcmp: exact
samples = ["123", "12.3", "abc", "ABC", "abc123", "   ", "", " a ", "\t\n", "Hello", "éà", "a_b", "-5", "A1!"]
print("sample   digit alpha space alnum upper lower")
for s in samples:
    print(f"{s!r:8} {s.isdigit()!s:5} {s.isalpha()!s:5} {s.isspace()!s:5} {s.isalnum()!s:5} {s.isupper()!s:5} {s.islower()!s:5}")
print("abc".startswith("ab"), "abc".startswith("bc"), "abc".endswith("bc"), "abc".endswith(""))
print("abc".startswith(("x", "a")), "file.py".endswith((".c", ".py")), "abc".startswith("b", 1), "abcdef".endswith("cd", 0, 4))
print("123".isdecimal(), "123".isnumeric(), "Ab".isidentifier(), "1b".isidentifier())
for s in ["", "a", "A", "1", " "]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("Ab1".isalnum(), "Ab 1".isalnum(), "ABC DEF".isupper(), "abc def!".islower())
print(all(c.isdigit() for c in "2024"), any(c.isupper() for c in "camelCase"))
print("hello".startswith("he", 0, 2), "hello".startswith("he", 1), "hello".endswith("lo", 3))
