# helper module for py_globals_module.py (not a test program)
HELPER_CONST = 1
def names():
    return sorted(k for k in globals() if not k.startswith('__'))
def count_names(n):
    t = 0
    for i in range(n):
        t += len(names())
    return t
