# random.seed(str, version=1): Python 2's string hash seeds the generator.
import random
for s in ['abc', '', 'é😀x', 'hello world' * 20, 'a']:
    random.seed(s, version=1)
    print(repr(s[:5]), random.random(), random.randint(1, 100))
    r = random.Random()
    r.seed(s, 1)
    print(r.random())
random.seed('abc', version=2); print(random.random())
random.seed(5, version=1); print(random.random())
random.seed(2.5, version=1); print(random.random())
