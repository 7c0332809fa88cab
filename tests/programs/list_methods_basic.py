# outcmp: exact
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "end"); print(a)
a.insert(-1, "before-end"); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.count(1), a.count(42))
a.reverse(); print(a)
b = a.copy()
b.append("copy-only")
print(a, b, len(a), len(b))
a.clear(); print(a, len(a))
nums = [5, 2, 8, 2, 9, 1]
print(nums.index(2, 2), nums.count(2))
nums += [0]
print(nums)
