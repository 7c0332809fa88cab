# Exceptions take new attributes (CPython keeps them in the instance __dict__);
# the computed ones (args, SystemExit.code, ...) win over the dict.
e = ValueError('bad', 3)
e.code = 42
e.detail = {'k': [1]}
print(e.code, e.detail, e, repr(e), e.args)
print(e.__dict__, hasattr(e, 'code'), getattr(e, 'missing', 'dflt'))
del e.code
print(hasattr(e, 'code'), e.__dict__)
try:
    del e.code
except AttributeError as x:
    print(x)
try:
    e.nothere
except AttributeError as x:
    print(x)
def check(v):
    try:
        if v < 0:
            err = ValueError('negative')
            err.value = v
            raise err
        return v
    except ValueError as err:
        return ('caught', err.value, str(err))
print(check(3), check(-2))
f = KeyError('k')
f.__dict__['x'] = 1
print(f.x, f.__dict__)
s = SystemExit(3)
print(s.code)
st = StopIteration(9)
print(st.value)
