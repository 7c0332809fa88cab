# outcmp: exact
nums = list(range(-5, 16))
print([n for n in nums if n > 0 if n % 2 == 0])
print([n for n in nums if n % 3 == 0 and n != 0])
print([n if n >= 0 else -n for n in nums if n % 4 == 0])
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 21)])
words = ["Apple", "bob", "Cat", "dog", "", "Eel"]
print([w.lower() for w in words if w and w[0].isupper()])
print({w: len(w) for w in words if len(w) == 3})
print({len(w) for w in words if w})
print([(a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 12])
