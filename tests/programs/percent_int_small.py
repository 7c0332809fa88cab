# printf-style %d and friends of small ints (the direct path), of bools and
# of ints past 64 bits (GMP), with widths, precisions and flags.
for v in (0, 5, -5, 2**63 - 1, -2**63, 2**64, True, False, 12345):
    print("%d|%i|%u|%5d|%-5d|%05d|%.3d|%+d|% d|%x|%o" % (v, v, v, v, v, v, v, v, v, v, v))
print("%d:%s" % (3, 3), "%10.4d" % 7, "%-+8d|" % 42, "%d%%" % 50)
