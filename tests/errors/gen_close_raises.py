# A generator dropped by a loop's break whose finally raises: CPython
# prints "Exception ignored in: <generator ...>" with the traceback and
# goes on (exit status 0).
def gen():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


for x in gen():
    break
print("goes on")
