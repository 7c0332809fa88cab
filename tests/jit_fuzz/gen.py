# gen.py SEED COUNT -- writes COUNT random scalar loop programs, separated by
# lines "#### case N", to stdout. Run by streak itself (-j off), so the test
# needs nothing but the streak binary: random is CPython's exact stream.
#
# Each program is a function with a loop (range or while; sometimes inside an
# outer loop, with a trip count of 0, 1 or many, and code after it) over a few int and
# float locals, with mixed arithmetic, comparisons, branches, early breaks,
# a variable that changes type mid-loop, list reads and writes, math calls,
# complex arithmetic, and NumPy array reads and writes (a float64, a random-dtype and a 2-D
# float32 array: NumPy scalars mixing with Python numbers, casts on stores,
# negative indexes, an occasional IndexError), calls of small helper
# functions with early returns that go either way with the data (inlined by
# the recorder; their exits resume inside the callee; one may raise from two
# calls deep); it prints every local. run.sh runs each with -j off and
# -j hotloop=1 and compares the output.
import sys
import random

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
rng = random.Random(seed)

INTS = ["a", "b", "c"]
FLOATS = ["x", "y", "z"]


def ival():
    return str(rng.choice([0, 1, 2, 3, 7, -1, -5, 100, 12345, 2 ** 40, -(2 ** 62)]))


def fval():
    return rng.choice(["0.5", "1.25", "-2.0", "3.0", "1e-3", "0.1", "-0.0", "1e300"])


def iexpr(depth):
    r = rng.random()
    if depth > 2 or r < 0.3:
        return rng.choice(INTS + ["i", ival()])
    if r < 0.38:
        return "hi(" + iexpr(depth + 1) + ", " + iexpr(depth + 1) + ")"
    op = rng.choice(["+", "-", "*", "//", "%", "&", "|", "^", "+", "-", "*"])
    rhs = iexpr(depth + 1)
    if op in ("//", "%"):
        rhs = "(" + rhs + " | 1)" if rng.random() < 0.5 else str(rng.choice([3, 7, -4, 1000]))
    return "(" + iexpr(depth + 1) + " " + op + " " + rhs + ")"


def fexpr(depth):
    r = rng.random()
    if depth > 2 or r < 0.3:
        return rng.choice(FLOATS + [fval(), "i"])
    k = rng.random()
    if k < 0.1:
        return "math.sqrt(abs(" + fexpr(depth + 1) + "))"
    if k < 0.15:
        return "math.sin(" + fexpr(depth + 1) + ")"
    if k < 0.2:
        return "min(" + fexpr(depth + 1) + ", " + fexpr(depth + 1) + ")"
    if k < 0.25:
        return "max(" + rng.choice(FLOATS) + ", " + fval() + ")"
    if k < 0.3:
        return "(" + fexpr(depth + 1) + ") ** 2"
    if k < 0.35:
        return "float(" + iexpr(depth + 1) + ")"
    if k < 0.42:
        return "hf(" + fexpr(depth + 1) + ", " + fval() + ")"
    if k < 0.45:
        return "hg(" + fexpr(depth + 1) + ")"
    op = rng.choice(["+", "-", "*", "/", "+", "*"])
    rhs = fexpr(depth + 1)
    if op == "/":
        rhs = "(" + rhs + " + 0.75)" if rng.random() < 0.5 else fval()
    return "(" + fexpr(depth + 1) + " " + op + " " + rhs + ")"


def cond():
    r = rng.random()
    if r < 0.4:
        return iexpr(1) + " " + rng.choice(["<", "<=", ">", ">=", "==", "!="]) + " " + iexpr(1)
    if r < 0.8:
        return fexpr(1) + " " + rng.choice(["<", "<=", ">", ">="]) + " " + fexpr(1)
    return "i % " + str(rng.choice([2, 3, 5, 17])) + " == 0"


ARR_DTYPES = ["np.int64", "np.int32", "np.int8", "np.uint16", "np.float32", "np.float64", "np.bool_"]


def arr_stmt(pad):
    r = rng.random()
    if r < 0.15:
        return pad + rng.choice(FLOATS) + " " + rng.choice(["+=", "-=", "="]) + " fa[" + rng.choice(["i % 6", "-1 - i % 6", "(i * 5) % 6"]) + "]" + rng.choice(["", " * 0.5", " + " + rng.choice(FLOATS)])
    if r < 0.3:
        return pad + "fa[" + rng.choice(["i % 6", "(i * 5) % 6", "-2"]) + "] = " + fexpr(1)
    if r < 0.45:
        return pad + "ka[" + rng.choice(["i % 6", "-1 - i % 6"]) + "] = " + rng.choice([iexpr(1), fexpr(1), "x > y"])
    if r < 0.6:
        return pad + rng.choice(INTS) + " = " + rng.choice(INTS + ["i"]) + " " + rng.choice(["+", "-", "*"]) + " ka[" + rng.choice(["i % 6", "(i * 3) % 6"]) + "]"
    if r < 0.7:
        return pad + "ga[i % 3, (i * 7) % 4] = " + rng.choice([fexpr(1), "ga[(i + 1) % 3, i % 4] * 0.5"])
    if r < 0.8:
        return pad + rng.choice(FLOATS) + " -= ga[i % 3, -1 - i % 4]"
    if r < 0.88:
        return pad + "if fa[i % 6] " + rng.choice(["<", ">", "<="]) + " " + rng.choice(FLOATS + ["ka[i % 6]"]) + ":\n" + pad + "    " + rng.choice(INTS) + " += 1"
    if r < 0.94:
        return pad + "t = fa[" + rng.choice(["i % 6", "i"]) + "]"
    return pad + rng.choice(FLOATS) + " = " + rng.choice(["float(fa[i % 6])", "ka[i % 6] / 3", "abs(fa[i % 6] - 1.5)", "-fa[i % 6]"])


def cx_stmt(pad):
    r = rng.random()
    if r < 0.4:
        return pad + "w = w * " + rng.choice(["w", "(0.5 - 0.25j)", "x", "i"]) + " " + rng.choice(["+", "-"]) + " " + rng.choice(["(1.5 + 0.5j)", "y", "w", "a"])
    if r < 0.6:
        return pad + rng.choice(FLOATS) + " += " + rng.choice(["abs(w)", "w.real", "w.imag"])
    if r < 0.8:
        return pad + "if abs(w) > " + rng.choice(["2.0", "1e10", "x"]) + ":\n" + pad + "    w = " + rng.choice(["0j", "w * 1e-3", "x"])
    return pad + "w = " + rng.choice(["w - 0.0", "w * -1.0", "-0.0 + w", "complex(x, y)"])


def stmt(ind):
    r = rng.random()
    pad = "    " * ind
    if r < 0.2:
        return arr_stmt(pad).split("\n")
    if r < 0.27:
        return cx_stmt(pad).split("\n")
    r = rng.random()
    if r < 0.3:
        return [pad + rng.choice(INTS) + " = " + iexpr(0)]
    if r < 0.6:
        return [pad + rng.choice(FLOATS) + " " + rng.choice(["=", "+=", "-=", "*="]) + " " + fexpr(0)]
    if r < 0.68:
        return [pad + "xs[i % n] = " + fexpr(1)]
    if r < 0.74:
        return [pad + rng.choice(FLOATS) + " += xs[(i * 7) % n]"]
    if r < 0.78:
        return [pad + "t = " + rng.choice(["t + 1", "t * 0.5", "float(t)", "i"])]
    if r < 0.82:
        return [pad + "if " + cond() + ":", pad + "    break"]
    if r < 0.86:
        return [pad + "g_count += 1"] if rng.random() < 0.5 else [pad + "c = len(xs) + i"]
    if r < 0.96:  # operations the trace stitches (the interpreter runs them)
        return [pad + rng.choice(["st.append(" + fexpr(0) + ")", "dd[i % 3] = " + iexpr(0),
                                  rng.choice(FLOATS) + " = float(str(" + fexpr(0) + "))",
                                  rng.choice(INTS) + " = hk(" + iexpr(0) + ", k=i)",
                                  rng.choice(FLOATS) + " += len(st) * 0.5"])]
    lines = [pad + "if " + cond() + ":"]
    for _ in range(rng.randint(1, 2)):
        lines += stmt(ind + 1)
    if rng.random() < 0.5:
        lines.append(pad + "else:")
        for _ in range(rng.randint(1, 2)):
            lines += stmt(ind + 1)
    return lines


# helpers the loops call: early returns whose direction varies with the
# data, results of either type, and a raise two calls deep
HELPERS = """def hf(v, lo):
    if v < lo:
        return lo
    if v > 2.0:
        return v - 2.0
    return v * 0.5
def hi(p, q):
    if p % 3 == 0:
        return p + q
    r = p - q
    if r > 1000:
        return 1000
    return r
def hc(v):
    if v > 1e250:
        raise ValueError("big")
    return v
def hk(p, k=0):
    if k == 97:
        raise KeyError(p)
    return p - k
def hg(v):
    w = hf(v, -1.0)
    if w > 0.25:
        return hc(w * 3.0) + 1.0
    return w""".split("\n")


def program():
    out = ["import math", "import numpy as np", "g_count = 0"] + HELPERS + ["def f(n):", "    global g_count"]
    for v in INTS:
        out.append("    " + v + " = " + ival())
    for v in FLOATS:
        out.append("    " + v + " = " + fval())
    out.append("    t = 0")
    out.append("    st = []")
    out.append("    dd = {}")
    out.append("    w = " + rng.choice(["0j", "(1 + 2j)", "-0.0 - 0.0j"]))
    out.append("    xs = [" + ", ".join(fval() for _ in range(5)) + "]")
    out.append("    n = len(xs)")
    out.append("    fa = np.array([" + ", ".join(fval() for _ in range(6)) + "])")
    out.append("    ka = (np.arange(6) * " + str(rng.choice([1, 3, 50, -7])) + ").astype(" + rng.choice(ARR_DTYPES) + ")")
    out.append("    ga = np.arange(12, dtype=np.float32).reshape(3, 4)" + rng.choice(["", ".T.copy().T"]))
    # a third of the loops run inside an outer loop: the inner loop's trace
    # (and its side traces) is entered again and again, its trip count
    # varying with the outer variable (0, 1, many)
    ind = 1
    if rng.random() < 0.35:
        outer_trips = rng.randint(0, 12) if rng.random() < 0.6 else rng.randint(20, 60)
        out.append("    for o in range(" + str(outer_trips) + "):")
        ind = 2
    pad = "    " * ind
    trips = rng.choice([str(rng.randint(0, 150)), "o * " + str(rng.randint(1, 30)) if ind == 2 else "40", "300"])
    kind = rng.random()
    if kind < 0.6:
        out.append(pad + "for i in range(" + trips + "):")
    elif kind < 0.7:
        # enumerate() and zip() over arrays: i counts as range's would,
        # e is an array item (a NumPy scalar) added into t
        out.append(pad + "ea = (np.arange(" + trips + ") % 7 - 2).astype(" + rng.choice(ARR_DTYPES) + ")")
        if rng.random() < 0.5:
            out.append(pad + "for i, e in enumerate(ea):")
        else:
            out.append(pad + "for i, e in zip(list(range(" + trips + ")), ea):")
        out.append(pad + "    t += e")
    else:
        out.append(pad + "i = 0")
        out.append(pad + "while i < " + trips + ":")
        out.append(pad + "    i += 1")
    for _ in range(rng.randint(2, 7)):
        out += stmt(ind + 1)
    # code after the inner loop in the outer one: a side leaving the inner
    # loop records it on its way back to the loop's entry (outer sides)
    if ind == 2 and rng.random() < 0.5:
        for _ in range(rng.randint(1, 2)):
            out += stmt(2)
    out.append("    return [a, b, c, x, y, z, t, w, xs, g_count, fa, ka, ga, st[-3:], len(st), sorted(dd.items())]")
    out.append("try:")
    out.append("    print(f(5))")
    out.append("except Exception as e:")
    out.append("    print(type(e).__name__)")
    return "\n".join(out)


for k in range(count):
    print("#### case " + str(k))
    print(program())
