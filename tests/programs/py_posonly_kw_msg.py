# CPython 3.11 quotes the joined list of positional-only parameters passed
# by keyword once ('a, b') and names them in parameter order.
def po(a, b, /, c):
    return a + b + c


def po_kw(a, /, **kw):
    return a, sorted(kw.items())


for call in (lambda: po(c=3, b=2, a=1), lambda: po(1, b=2, c=3), lambda: po(a=1, b=2, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
print(po_kw(1, a=2))
