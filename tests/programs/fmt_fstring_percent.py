# outcmp: exact
for x in [0.1234, 0.5, 1, -0.02, 1.23456, 0.0, 0.00005, 12.5]:
    print(f"{x:+.2%} {x:.1%} {x:%} {x:.0%} {x:>10.3%}")
ratio = 17 / 40
print(f"done: {ratio:.1%}")
