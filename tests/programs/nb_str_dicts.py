# Dicts with str keys (and str values) inside @njit code: word counts,
# literals, get, pop, `in`, iteration in insertion order, returned dicts
# passed back in, as Numba 0.56's typed dict does. (Numba refuses get and
# pop on a dict made by a literal after a loop over it.)
from numba import njit


@njit
def word_counts(text):
    counts = {}
    for w in text.split():
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


@njit
def lookups(key):
    d = {"one": 1, "two": 2, "three": 3}
    r = d.get(key, -1) if key in d else -1
    d["zéro"] = 0
    total = 0
    for k in d:
        total += len(k) * d[k]
    return r, total, d["two"], len(d)


@njit
def names_by_id(n):
    out = {}
    for i in range(n):
        out[i] = "id" + str(i)
    return out


@njit
def pairs(words):
    seen = {}
    for i, w in enumerate(words):
        seen[(w, i % 2)] = i
    return len(seen), seen[("b", 1)]


@njit
def most_common(counts):
    best = ""
    n = 0
    for k, v in counts.items():
        if v > n:
            best = k
            n = v
    return best, n


c = word_counts("the cat and the hat and the bat")
print(c)
print(lookups("three"), lookups("four"))
print(names_by_id(3))
print(pairs(["a", "b", "a", "b", "b"]))
print(most_common(c))
