# outcmp: exact
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
f50 = fact(50)
print(f50 // fact(48))
print(f50 % 1000003)
zeros = 0
s = str(fact(100))
i = len(s) - 1
while s[i] == '0':
    zeros += 1
    i -= 1
print('trailing zeros of 100!:', zeros)
print('digits of 100!:', len(s))
def rec_fact(n):
    return 1 if n <= 1 else n * rec_fact(n - 1)
print(rec_fact(60))
print(rec_fact(60) == fact(60))
print(fact(30) // fact(15) // fact(15))
