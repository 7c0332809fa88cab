# outcmp: exact
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_probable_prime(n)])
for e in [31, 61, 67, 89, 107, 127, 521]:
    print(e, is_probable_prime(2 ** e - 1))
n = 10 ** 30
while not is_probable_prime(n):
    n += 1
print("next prime after 10**30:", n, n - 10 ** 30)
print(is_probable_prime(561), is_probable_prime(2 ** 89 - 1), is_probable_prime((2 ** 61 - 1) * (2 ** 31 - 1)))
