# sys.float_info and sys.version_info are struct sequences: tuples whose
# items are also attributes, with a repr naming them.
import sys

print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.radix)
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, type(vi), type(sys.float_info).__name__)
print(vi >= (3, 8), (3, 12) > vi, vi == tuple(vi), vi != (3, 11))
print(isinstance(vi, tuple), len(sys.float_info), sys.float_info[-1], 11 in vi)
print(type(vi[:]), type(vi + ()), type(vi * 1), vi.index(11), vi.count(3))
a, b, *rest = vi
print(a, b, len(rest), hash(vi) == hash(tuple(vi)), vi.n_fields)
print(str(vi) == repr(vi), [sys.float_info.mant_dig], "{0.major}.{0.minor}".format(vi))
print('%d.%d' % vi[:2], len('%d.%d.%d %s %d' % vi) > 0)
print(sys.hexversion >> 24, sys.version.startswith('%d.%d' % vi[:2]))
try:
    vi.major = 4
except AttributeError as e:
    print(e)
try:
    type(vi)()
except TypeError as e:
    print(e)
# int's own repr of a bool: '1', not bool's 'True'
print(int.__repr__(True), int.__repr__(False), int.__str__(True), repr(True))
