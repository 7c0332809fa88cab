# helper module for import_user_module.py (not a test program)
import math
PI_APPROX = 3.14
calls = 0
print("mod_geometry loaded, __name__ =", __name__)
def area_circle(r):
    global calls
    calls += 1
    return math.pi * r * r
def area_rect(w, h):
    global calls
    calls += 1
    return w * h
def describe(shape, *dims):
    return shape + "(" + ", ".join(str(d) for d in dims) + ")"
if __name__ == "__main__":
    print("never printed on import")
