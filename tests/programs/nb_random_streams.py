# outcmp: exact
# Two generators, as in Numba: np.random.* in @njit code draws from Numba's
# own MT19937, np.random.* in the interpreter (and in traced loops) from
# NumPy's global one. Seeding one leaves the other alone; interleaved draws
# continue each stream where it was. The @njit draws cross the 624-word
# twist at even and at odd positions (randint takes one 32-bit word).
import numba
import numpy as np


@numba.njit
def nb_seed(k):
    np.random.seed(k)


@numba.njit
def nb_draw():
    return np.random.random()


@numba.njit
def nb_word():
    return np.random.randint(0, 1000)


@numba.njit
def nb_block(n):
    s = 0.0
    for i in range(n):
        s += np.random.random()
    return s


def reference(k, n):
    np.random.seed(k)
    return [np.random.random() for _ in range(n)]


ref = reference(2024, 700)

# one stream per generator, drawn alternately
nb_seed(2024)
np.random.seed(2024)
nb_vals = []
py_vals = []
for i in range(700):
    nb_vals.append(nb_draw())
    py_vals.append(np.random.random())
print(nb_vals == ref, py_vals == ref)
print(repr(nb_vals[311]), repr(nb_vals[312]), repr(py_vals[699]))

# reseeding the interpreter's generator leaves the @njit stream going
nb_seed(7)
first = [nb_draw() for _ in range(3)]
np.random.seed(7)
more = [nb_draw() for _ in range(3)]
print(first + more == reference(7, 6), repr(np.random.random()))

# a traced loop's draws (undecorated, hot) interleaved with @njit calls
nb_seed(99)
np.random.seed(99)
acc_py = 0.0
acc_nb = 0.0
for i in range(2000):
    acc_py += np.random.random()
    if i % 5 == 0:
        acc_nb += nb_draw()
print(repr(acc_py), repr(acc_nb))
np.random.seed(99)
print(repr(sum(np.random.random() for _ in range(2000))) == repr(acc_py))

# the twist at an odd position: one 32-bit word, then 311 doubles, so the
# next double's first word is the state's last and its second the new first
nb_seed(31)
w = nb_word()
s = nb_block(311)
crossing = nb_draw()
after = nb_block(400)
np.random.seed(31)
w2 = np.random.randint(0, 1000)
s2 = 0.0
for i in range(311):
    s2 += np.random.random()
crossing2 = np.random.random()
after2 = 0.0
for i in range(400):
    after2 += np.random.random()
print(w, w == w2, repr(s), s == s2, repr(crossing), crossing == crossing2, after == after2)

# traced loops whose draws take one word (randint, randrange) between the
# doubles, so that the twist falls inside a double at odd positions
np.random.seed(5)
words = 0
doubles = 0.0
for i in range(3000):
    if i % 3 == 0:
        words += np.random.randint(0, 1000)
    else:
        doubles += np.random.random()
print(words, repr(doubles))

import random
random.seed(5)
words = 0
doubles = 0.0
for i in range(3000):
    if i % 3 == 0:
        words += random.randrange(1000)
    else:
        doubles += random.random()
print(words, repr(doubles))
