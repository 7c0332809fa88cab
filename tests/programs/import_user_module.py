# outcmp: exact
import mod_geometry
import mod_geometry
print(__name__)
print(mod_geometry.PI_APPROX, mod_geometry.area_rect(3, 4), round(mod_geometry.area_circle(1), 6))
print(mod_geometry.describe("box", 1, 2, 3), mod_geometry.calls)
mod_geometry.PI_APPROX = 3.0
print(mod_geometry.PI_APPROX, type(mod_geometry).__name__)
import mod_geometry as g2
print(g2.PI_APPROX, g2 is mod_geometry)
