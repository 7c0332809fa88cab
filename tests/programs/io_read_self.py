# outcmp: exact
f = open("io_read_self.py")
text = f.read()
f.close()
lines = text.splitlines()
print(len(lines), lines[0])
print(sum(1 for l in lines if l.startswith("print")))
f = open("io_read_self.py", "r")
first = f.readline()
rest = f.readlines()
f.close()
print(repr(first), len(rest), rest[-1].rstrip())
for i, line in enumerate(open("io_read_self.py")):
    if i < 2:
        print(i, line.rstrip())
# last line
