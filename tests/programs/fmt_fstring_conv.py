# outcmp: exact
x = 3.5
s = "it's"
lst = [1, "two", 3.0]
print(f"{x!r} {s!r} {lst!r} {s!s} {lst}")
print(f"{x=}", f"{s=}", f"{lst=}")
print(f"{x = }", f"{x=:.3f}", f"{x*2=}")
n = 42
print(f"{n=}", f"{n + 1=}", f"{n=:>6}", f"{n=:#x}")
d = {"k": 1}
print(f"{d['k']=}", f"{d!r}")
t = (1, 'a')
print(f"{t}", f"{t!r}", f"{None}", f"{None!r}", f"{True=}")
print(f"{'yes' if n > 40 else 'no'} {'a' if n < 0 else 'b'}")
print(f"{s!r:>10}|{s!r:<10}|")
