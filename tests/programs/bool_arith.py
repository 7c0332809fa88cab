# outcmp: exact
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, True & False, True | False, True ^ True)
print(sum([True, True, False, True]), [True] * 3, max(True, 2), min(False, -1))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("0"), bool([]), bool([0]),
      bool({}), bool({0: 0}), bool(()), bool(None), bool(0j), bool(range(0)), bool(set()))
print(str(True), repr(False), int(True), float(True), complex(True))
print(True and 3, False and 3, True or 3, False or 3, not 3, not 0)
flags = [x > 2 for x in range(6)]
print(flags, flags.count(True), sum(flags))
print(type(True).__name__, isinstance(True, int), isinstance(1, bool))
print(True + 0.5, 3 * False, f"{True}", f"{True:d}", "%s %d" % (False, False))
print({True: "yes", False: "no"}[3 > 2], ["no", "yes"][True])
print(hash(True), hash(False), True < 2, False < True)
