# outcmp: exact
import random
random.seed(42)
items = list(range(10))
print(random.choice(items), random.choice("abcdef"), random.choice((1, 2, 3)))
random.shuffle(items)
print(items)
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4))
print(random.sample(items, 3), sorted(random.sample(range(1000), 10)))
random.seed(3)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], len(deck))
print([random.choice(deck) for _ in range(4)])
