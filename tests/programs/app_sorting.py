# outcmp: exact
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])
def mergesort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = mergesort(a[:mid]), mergesort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print(data[:12])
s1, s2, s3 = quicksort(data), mergesort(data), insertion(data)
print(s1 == s2 == s3 == sorted(data), s1[:10], s1[-5:])
print(quicksort(["pear", "apple", "fig"]), mergesort([3.5, -1.0, 2.25]), insertion([]))
