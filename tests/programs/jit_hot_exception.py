# outcmp: exact
# Exceptions raised from inside long-running loops, after they are hot.
def get(lst, i):
    return lst[i]
data = list(range(500))
total = 0
i = 0
try:
    while True:
        total += get(data, i)
        i += 1
except IndexError as e:
    print("stopped at", i, "total", total, e)
d = {k: k * k for k in range(300)}
k = 0
s = 0
while True:
    try:
        s += d[k]
    except KeyError:
        print("missing key", k, s)
        break
    k += 1
cnt = 0
for j in range(2000):
    try:
        cnt += 100 // (j % 500)
    except ZeroDivisionError:
        cnt -= 1
print(cnt)
def loop_return(n):
    for q in range(n):
        if q * q > 5000:
            return q
    return -1
print(loop_return(10000), loop_return(10))
