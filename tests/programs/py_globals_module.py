# globals() is the dict of the module whose code calls it, not __main__'s.
import mod_globals_helper as h
MAIN_CONST = 2
def mine():
    return sorted(k for k in globals() if not k.startswith('__'))
print(h.names())
print(mine())
print(h.count_names(2000))
t = 0
for i in range(2000):
    t += len(h.names()) + len(mine())
print(t)
globals()['ADDED'] = 3
print(ADDED, 'ADDED' in h.names())
