def check(v):
    assert v > 0, "msg"
check(1)
check(-1)
