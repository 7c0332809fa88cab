# outcmp: exact
def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x * 2
print(check(5))
try:
    check(-3)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), str(e) == "")
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, "never shown"
assert 1 < 2 < 3
print("asserts passed")
