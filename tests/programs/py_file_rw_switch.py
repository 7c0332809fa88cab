# A write that follows reads on an 'r+'/'w+' file goes where CPython's
# TextIOWrapper stopped reading ahead (8192-byte chunks, so end of file for a
# small file), and a read that follows a write starts after the write.
import random

path = '/tmp/streak_py_file_rw_%d.txt' % random.randrange(10**12)
with open(path, 'w') as f:
    f.write('hello\nworld\n')
with open(path, 'r+') as f:
    print(repr(f.readline()))
    f.write('XY')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(repr(f.read(2)))
    f.write('Z')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('abc\ndef\n')
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write('X')
    print(f.tell(), repr(f.read()))

# Several chunks: each write lands on the chunk boundary after the reads.
with open(path, 'w') as f:
    for i in range(3000):
        f.write('line %05d e\n' % i)
with open(path, 'r+') as f:
    print(repr(f.readline()))
    f.write('<W1>')
    print(f.tell(), repr(f.readline()))
    f.write('<W2>')
    print(f.tell())
    for _ in range(700):
        f.readline()
    f.write('<W3>')
    print(f.tell())
    f.seek(100)
    print(repr(f.read(5)))
    f.write('<W4>')
    print(f.tell(), repr(f.read(3)))
with open(path) as f:
    text = f.read()
print([text.find(tag) for tag in ('<W1>', '<W2>', '<W3>', '<W4>')], len(text))
with open(path, 'w') as f:
    f.write('')
