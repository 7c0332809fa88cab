# outcmp: exact
import numpy as np
a = np.zeros(4)
a.fill(3.25)
print(a)
i = np.zeros((2, 3), dtype=np.int8)
i.fill(-7)
print(i)
i.fill(300)
print(i)
b = np.zeros(3, dtype=bool)
b.fill(1)
print(b)
c = np.zeros(2, dtype=complex)
c.fill(1 - 1j)
print(c)
f = np.zeros(3, dtype=np.int32)
f.fill(2.9)
print(f)
v = np.arange(10)
v[::2].fill(0)
print(v)
m = np.arange(12).reshape(3, 4)
print(m.item(0), m.item(5), m.item(-1), m.item((2, 1)), m.item(1, 3))
print(type(m.item(0)).__name__, np.array([1.5]).item(), type(np.array([True]).item()).__name__)
try:
    m.item(12)
except IndexError as e:
    print("IndexError:", e)
try:
    m.item()
except ValueError as e:
    print("ValueError:", e)
print(np.array([[7]]).item(), np.array(3 + 4j).item(), np.uint64(5).item())
