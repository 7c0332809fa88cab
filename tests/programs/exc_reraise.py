# outcmp: exact
def inner():
    raise ValueError("from inner")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except ValueError as e:
    print("top caught:", e)
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    convert()
except ValueError as e:
    print("caught", repr(e), "cause:", repr(e.__cause__))
def wrap():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
try:
    wrap()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
err = TypeError("stored")
try:
    raise err
except TypeError as e:
    print(e is err, e.args)
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), str(e) == "")
