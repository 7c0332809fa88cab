# outcmp: exact
prices = {"apple": 1.25, "pear": 0.5, "kiwi": 2.0, "fig": 3.75}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k:>6}: {v:5.2f}")
for v in prices.values():
    print(v * 2)
print(sorted(prices), sorted(prices.values()), sorted(prices.items(), key=lambda kv: kv[1]))
print(max(prices, key=prices.get), min(prices, key=lambda k: prices[k]))
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
for k in list(prices):
    if prices[k] < 1:
        del prices[k]
print(prices)
print(list(reversed(prices)), list(reversed(prices.items())))
print(sum(prices.values()), len(prices.keys()), "fig" in prices.keys(), 2.0 in prices.values())
inv = {v: k for k, v in prices.items()}
print(inv)
