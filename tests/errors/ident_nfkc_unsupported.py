# An identifier that NFKC both maps (the fi ligature) and composes with a
# combining mark: streak lacks the composition tables and refuses it.
# oracle: differs -- streak refuses what it cannot normalise (CPython: NFKC).
ﬁ́ = 2
print(1)
