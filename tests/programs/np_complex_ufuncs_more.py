# Complex loops of the transcendental ufuncs (exp2 expm1 log2 log10 log1p
# tan arcsin arccos arctan sinh cosh tanh arcsinh arccosh arctanh) for
# complex128 and complex64, arrays and scalars, special values included.
import numpy as np

names = ["exp2", "expm1", "log2", "log10", "log1p", "tan", "arcsin", "arccos", "arctan",
         "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh"]
z = np.array([1 + 2j, -0.5 + 0.25j, 0j, 2.0 - 1j, -3.0 - 0.0j, 0.75j, 1e-8 + 1e-9j])
special = np.array([complex(np.inf, 0.0), complex(0.0, np.inf), complex(np.nan, 1.0), complex(-np.inf, np.nan)])
for name in names:
    f = getattr(np, name)
    print(name)
    print(f(z))
    print(f(z.astype(np.complex64)))
    r = f(np.complex64(0.5 - 0.5j))
    print(r, type(r).__name__)
    r = f(1.5 + 0.5j)
    print(r, type(r).__name__)
    out = np.empty(3, dtype=np.complex128)
    f(z[:3], out=out)
    print(out)
    print(f(z.reshape(1, 7)[:, ::2]))
with_special = [np.log2, np.log10, np.exp2, np.tanh, np.arctan, np.sinh]
for f in with_special:
    print(f(special))
print(np.log10(np.array([1, 10, 100])) + 0j)
print(np.tan(np.array([1 + 1j, 2 + 2j])).dtype, np.tan(np.array([1 + 1j], dtype=np.complex64)).dtype)
