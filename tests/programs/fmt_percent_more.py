# outcmp: exact
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for name, n, v in rows:
    print("%-8s|%5d|%8.3f|%08.2f|%+.1e" % (name, n, v, v, v))
for v in [0, 1, -1, 0.5, 1e-5, 123456, 1234567, 1e100, float('inf'), float('nan')]:
    print("%g|%.3g|%10.4g|%-10g|%e" % (v, v, v, v, v))
for n in [0, 1, 17, -17, 2 ** 33]:
    print("%o %x %X %#o %#X %5x %-5x| %03x" % (n, n, n, n, n, n, n, n))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%5.1f%%" % 99.44)
print("%s" % [1.0, 'a', None], "%r" % {'a': 1})
print("%3s|%-3s|" % ('toolong', 'x'))
