# outcmp: exact
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return min(xs), max(xs), mean
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
print(stats([1, 2]))
def split_name(full):
    first, _, last = full.partition(" ")
    return first, last
print(split_name("Ada Lovelace"), split_name("Plato"))
def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i * i > x:
            return i
    return None
print(early(-1), early(10), early(0), early(1))
def nothing():
    return
print(nothing())
