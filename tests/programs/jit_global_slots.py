# Traces read and write globals at the entry recorded for the name, guarded
# by the dict's entries array and the entry's key: rebinding, deleting and
# re-adding a global, the dict growing, a new global inside a module-level
# hot loop, and a global shadowing a builtin must all be seen.
def f(x):
    return x + 1
def g(x):
    return x * 2
def run(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s
print(run(1000))
f = g                      # rebinding: same slot, new value
print(run(1000))
del f                      # deleted: the trace must not read it
try:
    print(run(1000))
except NameError as e:
    print("NameError", e)
def f(x):                  # re-added at a new entry
    return x - 1
print(run(1000))
for k in range(300):       # the globals dict grows (resize) while traces exist
    globals_name = "v%d" % k
print(run(1000))
total = 0
for i in range(2000):      # module-level loop: globals read and written
    total += i * 2
    if i == 1000:
        newname = 5        # a new global inside the hot loop
print(total, newname)
def uses_len(a):
    t = 0
    for i in range(len(a)):
        t += len(a)
    return t
print(uses_len([1, 2, 3] * 100))
len = lambda a: 7          # a global now shadows the builtin
print(uses_len([1, 2, 3] * 100))
del len
print(uses_len([1, 2, 3] * 100))
