# Generator attributes (__name__, __qualname__, gi_running, gi_suspended)
# and the repr of methods taken from a type.


def outer():
    def counter(n):
        for i in range(n):
            yield it.gi_running

    it = counter(2)
    return it


g = outer()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended)
print(list(g), g.gi_running, g.gi_suspended)
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__, next(ge), ge.gi_suspended)
print(list.append, str.__len__, dict.__getitem__, int.bit_length, str.join, set.__contains__)
print(len, abs)
