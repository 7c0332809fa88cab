# helper module for import_from_alias.py (not a test program)
import mod_geometry as geo
VERSION = (1, 2, 3)
def clamp(x, lo, hi):
    return max(lo, min(hi, x))
def double_area(w, h):
    return 2 * geo.area_rect(w, h)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
