# outcmp: exact
for n in [0, 7, 42, -42, 255, 65535, 1000000, -1234567, 2 ** 40]:
    print(f"{n:08d}|{n:x}|{n:X}|{n:#b}|{n:#o}|{n:#x}|{n:o}|{n:,}|{n:_}|{n:+d}|{n: d}|{n:>10}|{n:<6}|{n:^9}|")
n = 3735928559
print(f"{n:x} {n:#X} {n:_x} {n:_b}")
print(f"{5:b} {-5:b} {-5:#b} {0:#x}")
print(f"{42:*>8} {42:*<8} {42:*^8} {-42:08} {-42:=8} {42:08x}")
print(f"{12345:e} {12345:.2e} {12345:f} {12345:.1%} {7:%}")
print(f"{2 ** 100:x}")
print(f"{True:d} {True} {False:>6}")
print(f"{65:c}{66:c}{955:c}")
w = 5
print(f"{'x' * w}{w * 2}")

# widths at the edge of the in-place integer fast path (vm.c build_fstr: 127 bytes)
for i in [0, -7, 2**63 - 1, -2**63, 2**70]:
    print(f"a{i:0103d}|{i:104}|{i:0110}|{i:05d}:{i % 13}")
