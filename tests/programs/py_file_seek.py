# Text files: seek/tell/seekable (the byte offset is the cookie for UTF-8),
# and io.UnsupportedOperation (an OSError and a ValueError) for refused operations.
import random

path = '/tmp/streak_py_file_seek_%d.txt' % random.randrange(10**12)
with open(path, 'w') as f:
    print(f.tell(), f.seekable())
    f.write('héllo\nworld\n')
    print(f.tell())
with open(path, 'a+') as f:
    f.write('more\n')
    print(f.seek(0), repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)))
    f.seek(pos)
    print(repr(f.read(3)), f.seek(0, 2), repr(f.read()), f.seek(0, 1))
    f.seek(0)
    print(f.readlines())
    for args in [(1, 1), (-1, 2), (0, 3), (-5,)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
with open(path, 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(f.read(), f.tell())
with open(path, 'w') as f:
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
f.close()
try:
    f.tell()
except ValueError as e:
    print(e)
