# outcmp: exact
from mod_util import clamp, double_area, VERSION
from mod_util import counter
import mod_util as u
import mod_geometry
import math as m
from math import sqrt, pi
print(clamp(15, 0, 10), clamp(-5, 0, 10), double_area(2, 3), VERSION)
c = counter()
print(c(), c(), u.counter()())
print(mod_geometry.calls, u.geo is mod_geometry)
print(m.floor(2.5), sqrt(16.0), pi == m.pi)
from mod_geometry import area_rect as ar
print(ar(5, 5), mod_geometry.calls)
