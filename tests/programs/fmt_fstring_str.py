# outcmp: exact
words = ["a", "abc", "hello", "streak!", "longer than ten"]
for s in words:
    print(f"[{s:>10}][{s:<10}][{s:^9}][{s:*^11}][{s:.3}][{s:>8.2}]")
name = "World"
print(f"Hello, {name}!", f"{name!r}", f"{name!s}", f"{name:}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{'':-^20}")
print(f"{{literal}} {{{name}}}")
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for item, qty, price in table:
    print(f"{item:<10}{qty:>5}{price:>8.2f}{qty * price:>10.2f}")
print(f"{'héllo':>8}|{'日本':^6}|")
x = "multi"
print(f"a {x} b {x.upper()} c {len(x)} d {x[1:3]}")
