# outcmp: exact
def render_table(headers, rows):
    widths = [len(h) for h in headers]
    for r in rows:
        for i, cell in enumerate(r):
            widths[i] = max(widths[i], len(str(cell)))
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |", sep]
    for r in rows:
        cells = []
        for cell, w in zip(r, widths):
            s = str(cell)
            cells.append(s.rjust(w) if isinstance(cell, (int, float)) else s.ljust(w))
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return "\n".join(out)
print(render_table(["name", "qty", "price"], [["apple", 3, 1.25], ["watermelon", 1, 4.5], ["fig", 12, 0.3]]))
parts = []
for i in range(1, 16):
    parts.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(parts))
html = ["<ul>"] + [f"  <li id=\"{i}\">{w}</li>" for i, w in enumerate(["a", "b&c"])] + ["</ul>"]
print("\n".join(html))
print("".join(str(d) for d in range(10)) * 3)
