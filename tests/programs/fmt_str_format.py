# outcmp: exact
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Bob", age=42))
print("{0[1]} {1[key]} {0[0]}".format([10, 20], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:x} {:,} {:.2%}".format(3.14159, 255, 1234567, 0.256))
print("{0:>5}|{0:<5}|".format("w"))
print("{!r} {!s} {}".format("q", "q", [1, "x"]))
print("{{}} {{{}}}".format(7))
print("{a}{b}{a}".format(a="<", b="-"))
print("{} {}".format(*[1, 2]), "{x} {y}".format(**{"x": 9, "y": 8}))
tmpl = "{:<6}{:>6.1f}"
for k, v in [("a", 1.25), ("bb", 22.75), ("ccc", 333.0)]:
    print(tmpl.format(k, v))
print("{0:b} {0:o} {0:x} {0:#x} {0:e}".format(100))
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(1e-7))
