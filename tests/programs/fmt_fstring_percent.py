# outcmp: exact
for x in [0.1234, 0.5, 1, -0.02, 1.23456, 0.0, 0.00005, 12.5]:
    print(f"{x:+.2%} {x:.1%} {x:%} {x:.0%} {x:>10.3%}")
ratio = 17 / 40
print(f"done: {ratio:.1%}")
parts = {"done": 17, "todo": 22, "blocked": 1}
total = sum(parts.values())
for k, v in parts.items():
    print(f"{k:<8}{v:>4}{v / total:>8.1%}")
print(f"{1 / 3:.2%}", f"{2 / 3:.0%}", f"{0.995:.1%}", f"{0.9995:.2%}")
print(f"{-0.0:%}", f"{1e-10:.3%}", f"{123:%}", f"{True:.0%}")
print("{:.3%}".format(0.125), format(0.5, "%"), format(1.5, "+.1%"))
