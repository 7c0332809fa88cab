# with statements over file objects: __exit__ closes the file on every way out
# (normal end, break, continue, return, an exception), items nest left to right.
with open("py_with_open.py") as f:
    first = f.readline()
    print(repr(first), f.closed)
print(f.closed)

with open("py_with_open.py") as a, open("py_with_open.py", "r") as b:
    print(a.readline() == b.readline(), a.closed, b.closed)
print(a.closed, b.closed)


def first_word(path):
    with open(path) as fh:
        return fh.readline().split()[0]


print(first_word("py_with_open.py"))


def count_lines():
    n = 0
    for i in range(6):
        with open("py_with_open.py") as fh:
            if i == 1:
                continue
            if i == 4:
                break
            n += len(fh.readlines())
    return n, fh.closed


print(count_lines())

try:
    with open("py_with_open.py") as fh:
        x = int(fh.readline())
except ValueError as e:
    print("ValueError", e, fh.closed)

with open("py_with_open.py"):
    print("no target")

holder = [None]
with open("py_with_open.py") as holder[0]:
    print(holder[0].closed)
print(holder[0].closed)


def lines():
    with open("py_with_open.py") as fh:
        for line in fh:
            if line.startswith("def "):
                yield line.rstrip()


print(list(lines()))

for bad in [5, "text", [1]]:
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)


def nested():
    try:
        with open("py_with_open.py") as fh:
            return "returned"
    finally:
        print("finally sees closed:", fh.closed)


print(nested())
