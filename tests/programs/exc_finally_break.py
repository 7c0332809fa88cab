# outcmp: exact
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("while finally", n)
def search(items, target):
    for it in items:
        try:
            if it == target:
                return "found"
        finally:
            print("checked", it)
    return "missing"
print(search([1, 2, 3], 2), search([1], 9))
for i in range(3):
    try:
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            print("inner finally", i)
    except KeyError as e:
        print("caught", e)
        continue
    print("end of iteration", i)
