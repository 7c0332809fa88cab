# Trace trees: exits inside side traces, type changes on a side path, and
# side paths writing registers the root only reads.


def overflow_in_side(n):
    # the side path's multiplication overflows int64 late: the exit must
    # hand the interpreter exact state so it makes the big int
    s = 1
    for i in range(n):
        if i % 5 == 0:
            s = s * 3
        else:
            s = s + 1
    return s


def type_change_in_side(n):
    # the side path turns an int into a float: its values cannot continue
    # the compiled loop, so the side exits at the loop header instead
    v = 0
    for i in range(n):
        if i % 4 == 3:
            v = v + 0.5
        else:
            v = v + 1
    return v


def late_flip(n):
    # the branch goes one way for a long time, then the other
    s = 0.0
    for i in range(n):
        if i < n // 2:
            s += 1.0
        else:
            s -= 0.25
    return s


def read_only_root(a):
    # the root never writes `best`; the side does
    best = a[0]
    cnt = 0
    for i in range(1, len(a)):
        if a[i] > best:
            best = a[i]
            cnt += 1
    return best, cnt


def div_in_side(xs):
    out = []
    try:
        t = 0
        for x in xs:
            if x % 3 == 0:
                t += 100 // (x - 30)
            else:
                t += x
        out.append(t)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    return out


def none_on_side(n):
    last = 0
    for i in range(n):
        if i % 9 == 8:
            last = None
        else:
            last = i
    return last


print(overflow_in_side(200))
print(type_change_in_side(1000))
print(type_change_in_side(1001))
print(late_flip(10000))
print(read_only_root([((i * 37) % 101) for i in range(2000)]))
print(div_in_side(list(range(1, 200))))
print(div_in_side(list(range(1, 29)) * 20))
print(none_on_side(1000))
print(none_on_side(1003))
