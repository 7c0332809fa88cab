# Type errors of built-in arguments, in CPython's order and words: a None
# argument is "None" in Argument Clinic's messages, slice indices and
# maxsplit are converted before the substring/separator is checked, int()
# checks its base before its string, sum() takes the iterator first.
import math


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


t("'abc'.count(1, 'q')", lambda: 'abc'.count(1, 'q'))
t("'abc'.find(1, 1.5)", lambda: 'abc'.find(1, 1.5))
t("'abc'.rindex(1, [1])", lambda: 'abc'.rindex(1, [1]))
t("'abc'.startswith(1, 'x')", lambda: 'abc'.startswith(1, 'x'))
t("'abc'.find(None)", lambda: 'abc'.find(None))
t("'abc'.removeprefix(None)", lambda: 'abc'.removeprefix(None))
t("'abc'.removesuffix(1.5)", lambda: 'abc'.removesuffix(1.5))
t("'abc'.replace('a', None)", lambda: 'abc'.replace('a', None))
t("'abc'.replace(None, 1)", lambda: 'abc'.replace(None, 1))
t("'a b'.split(1, None)", lambda: 'a b'.split(1, None))
t("'a b'.rsplit(1, 2**70)", lambda: 'a b'.rsplit(1, 2**70))
t("'a b'.split(None, 2**70)", lambda: 'a b'.split(None, 2**70))
t("'a\\nb'.splitlines(None)", lambda: 'a\nb'.splitlines(None))
t("'a\\nb'.splitlines(2**40)", lambda: 'a\nb'.splitlines(2**40))
t("'a\\nb'.splitlines(2)", lambda: 'a\nb'.splitlines(2))
t("'a\\tb'.expandtabs(2**70)", lambda: 'a\tb'.expandtabs(2**70))
t("'a\\tb'.expandtabs(2**40)", lambda: 'a\tb'.expandtabs(2**40))
t("format(1, None)", lambda: format(1, None))
t("str(1, None)", lambda: str(1, None))
t("int(1, None)", lambda: int(1, None))
t("int([1], 1.5)", lambda: int([1], 1.5))
t("int(1, -1)", lambda: int(1, -1))
t("int(1, 2**70)", lambda: int(1, 2**70))
t("int(1, 10)", lambda: int(1, 10))
t("int('z', 36)", lambda: int('z', 36))
t("sum(1, 'q')", lambda: sum(1, 'q'))
t("sum([], '')", lambda: sum([], ''))
t("range(3).index(1.5)", lambda: range(3).index(1.5))
t("range(3).index('q')", lambda: range(3).index('q'))
t("range(3).index(7)", lambda: range(3).index(7))
t("range(3).index(2.0)", lambda: range(3).index(2.0))
t("math.sqrt(None)", lambda: math.sqrt(None))
t("math.floor(None)", lambda: math.floor(None))
t("math.atan2(None, 1)", lambda: math.atan2(None, 1))
import random
t("random.randint('5', 2)", lambda: random.randint('5', 2))
t("random.randrange(1, 'y')", lambda: random.randrange(1, 'y'))
t("random.randrange(1, 5, '2')", lambda: random.randrange(1, 5, '2'))
for x, y, z in [(1j, 2, 3), ('5', 2, 3), (2, 2, 1.5), (1.5, 'a', 3), ((1,), 2, 3), (2, 1j, 3), (1j, 'a', 3), (2, 2, 'z')]:
    t(f"pow({x!r}, {y!r}, {z!r})", lambda: pow(x, y, z))
