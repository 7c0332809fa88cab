#!/usr/bin/env python3
"""Generates num_vectors.txt: test vectors for num.c / format.c,
with CPython 3.11 as the oracle. Run: python3 gen_num_vectors.py > num_vectors.txt

Line format (tab-separated tokens): OP ARGS... EXPECTED
Values: i:<decimal> x:<hex int> b:<0|1> f:<16 hex digits of the IEEE bits>
        c:<hexbits>,<hexbits> s:<hex of UTF-8> n:   kw:<hex name>=<value>
EXPECTED: R:<hex of the result's repr (or the str itself for string ops)>
          E:<hex of "ExcType: message">
"""
import math, random, struct, sys, operator

random.seed(20240611)
out = []

def hx(s): return s.encode('utf-8').hex()
def fbits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def enc(v):
    if v is None: return 'n:'
    if isinstance(v, bool): return 'b:%d' % v
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:' + fbits(v)
    if isinstance(v, complex): return 'c:%s,%s' % (fbits(v.real), fbits(v.imag))
    if isinstance(v, str): return 's:' + hx(v)
    if isinstance(v, list): return 'L:' + ';'.join(enc(x) for x in v)
    if isinstance(v, tuple): return 'T:' + ';'.join(enc(x) for x in v)
    if isinstance(v, dict): return 'D:' + ';'.join(enc(k) + '=' + enc(x) for k, x in v.items())
    raise TypeError(v)

def res(fn, as_str=False):
    try:
        r = fn()
        r = r if as_str else repr(r)
    except Exception as e:
        return 'E:' + hx('%s: %s' % (type(e).__name__, e))
    return 'R:' + hx(r)

def emit(*toks):
    out.append('\t'.join(toks))

BINOPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
          '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
          '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor}
CMPS = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
        '>': operator.gt, '>=': operator.ge}

# ---- values -----------------------------------------------------------------
small_ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 13, -13, 100, 255, 1000, -1000, 12345, 2**31, -2**31,
              2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
              10**20, -10**20, 3**100, -(7**50), 2**200 + 12345]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1/3, 2/3, 3.0, -3.0,
          100.0, 1e16, 1e15, 123456789012345.0, 1e17, 1e-4, 1e-5, 1.5e-5, 1e22, 1e23, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 2.0**53, 2.0**63,
          -2.0**63, 2.0**64, math.pi, math.e, -math.pi, 1e300, -1e300, 7.0, -7.0, 0.75,
          float('inf'), float('-inf'), float('nan'), 123.456, -0.001, 1234.5, 999.9999]
cplx = [0j, 1j, -1j, complex(1, 2), complex(-1.5, 0.5), complex(0, -0.0), complex(-0.0, 1),
        complex(1, -0.0), complex(1e16, 1), complex(float('inf'), float('nan')),
        complex(3, 4), complex(-2, -3), complex(0.1, 0.2), complex(1e300, 1e300), complex(2, 0)]

def rand_double():
    k = random.random()
    if k < 0.3:
        return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if k < 0.6:
        return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
    if k < 0.8:
        return round(random.uniform(-1000, 1000), random.randint(0, 6))
    return float(random.randint(-10**6, 10**6)) / random.choice([1, 2, 4, 8, 10, 100, 3])

rand_floats = [rand_double() for _ in range(400)]
# powers of two: the lopsided rounding interval of repr
rand_floats += [2.0 ** e for e in range(-1074, 1024, 7)]
rand_floats += [-2.0 ** e for e in range(-1070, 1000, 53)]

# ---- repr / str / hash of floats ------------------------------------------------
for x in floats + rand_floats:
    emit('repr', enc(x), res(lambda: x))
    if not math.isnan(x):
        emit('hash', enc(x), res(lambda: hash(x)))
for c in cplx:
    emit('repr', enc(c), res(lambda: c))
    if not (math.isnan(c.real) or math.isnan(c.imag)):
        emit('hash', enc(c), res(lambda: hash(c)))
for i in small_ints + [True, False] + [random.randint(-10**40, 10**40) for _ in range(20)]:
    emit('repr', enc(i), res(lambda: i))
    emit('hash', enc(i), res(lambda: hash(i)))
emit('repr', enc(10**4299), res(lambda: 10**4299))
emit('repr', 'x:' + '%x' % (10**4300), res(lambda: 10**4300))
emit('repr', 'x:-' + '%x' % (10**4300 - 1), res(lambda: -(10**4300 - 1)))
emit('format', 'x:' + '%x' % (10**4300), enc('x'), res(lambda: format(10**4300, 'x'), True))
emit('format', 'x:' + '%x' % (10**4300), enc('d'), res(lambda: format(10**4300, 'd'), True))
emit('pct', enc('%d'), 'x:' + '%x' % (10**4300), res(lambda: '%d' % 10**4300, True))

# ---- arithmetic --------------------------------------------------------------
numvals = small_ints + [True, False] + floats + cplx
random.shuffle(numvals)
def safe_pow(a, b):
    if isinstance(b, int) and not isinstance(b, bool) and b > 200 and isinstance(a, int) and abs(a) > 1:
        raise OverflowError('skip')
    return a ** b
for a in numvals:
    for b in numvals:
        for op, fn in BINOPS.items():
            if op == '**':
                if isinstance(b, int) and b > 300 and isinstance(a, (int, complex)) and not isinstance(a, bool) and a not in (0, 1, -1):
                    continue
                if isinstance(a, int) and isinstance(b, int) and b > 64 and abs(a) > 2:
                    continue
            if op in ('<<',) and isinstance(b, int) and b > 1000:
                continue
            if random.random() < 0.025 or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and random.random() < 0.05):
                emit('binop', op, enc(a), enc(b), res(lambda: fn(a, b)))
        for op, fn in CMPS.items():
            if random.random() < 0.03:
                emit('cmp', op, enc(a), enc(b), res(lambda: fn(a, b)))
        if random.random() < 0.05:
            emit('divmod', enc(a), enc(b), res(lambda: divmod(a, b)))
for a in numvals:
    emit('unop', '-', enc(a), res(lambda: -a))
    emit('unop', '+', enc(a), res(lambda: +a))
    emit('unop', '~', enc(a), res(lambda: ~a))
    emit('abs', enc(a), res(lambda: abs(a)))
# random float arithmetic
for _ in range(600):
    a, b = rand_double(), rand_double()
    op = random.choice(['+', '-', '*', '/', '//', '%', '**'])
    if op == '**':
        b = random.choice([b, round(b), random.uniform(-3, 3), 0.5, 1/3])
        a = random.choice([a, random.uniform(-10, 10)])
    emit('binop', op, enc(a), enc(b), res(lambda: BINOPS[op](a, b)))
# exact int/float comparison near 2**53 etc.
for base in [2**53, 2**54, 2**63, 2**64, 10**20, 2**100]:
    for d in [-2, -1, 0, 1, 2]:
        i = base + d
        for f in [float(base), float(base) + 2 * (base >> 52), float(-base)]:
            for op, fn in CMPS.items():
                emit('cmp', op, enc(i), enc(f), res(lambda: fn(i, f)))
                emit('cmp', op, enc(f), enc(-i), res(lambda: fn(f, -i)))
# big int true division
for _ in range(200):
    a = random.randint(-10**random.randint(1, 330), 10**random.randint(1, 330))
    b = random.randint(1, 10**random.randint(1, 330)) * random.choice([1, -1])
    emit('binop', '/', enc(a), enc(b), res(lambda: a / b))
for a, b in [(1, 10**400), (10**400, 10**399), (2**1100, 2**80), (3, 2**1080), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (-1, 3 * 2**1073)]:
    emit('binop', '/', enc(a), enc(b), res(lambda: a / b))
# int -> float conversions (rounding of big ints)
for _ in range(200):
    a = random.getrandbits(random.randint(54, 1030)) * random.choice([1, -1])
    emit('ctor', 'float', enc(a), res(lambda: float(a)))
for a in [2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**53 + 1, 2**54 + 3, 2**63 + 2**10, 2**64 - 1]:
    emit('ctor', 'float', enc(a), res(lambda: float(a)))
# big int operations
for _ in range(300):
    a = random.randint(-2**200, 2**200)
    b = random.choice([random.randint(-2**200, 2**200), random.randint(-100, 100), random.randint(-2**70, 2**70)])
    op = random.choice(['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '**'])
    if op in ('<<', '>>'): b = random.randint(0, 200)
    if op == '**': b = random.randint(0, 20)
    emit('binop', op, enc(a), enc(b), res(lambda: BINOPS[op](a, b)))
# hashes of random ints / floats
for _ in range(100):
    a = random.randint(-2**130, 2**130)
    emit('hash', enc(a), res(lambda: hash(a)))
# pow(a, b, m)
for a, b, m in [(3, 4, 5), (2, 100, 10**9 + 7), (-3, 5, 7), (3, -1, 7), (2, -1, 4), (5, 3, -7), (2**100, 3**50, 10**30 + 1), (7, 0, 1), (1, 2, 0), (2.0, 2, 3), (0, 0, 5)]:
    emit('pow3', enc(a), enc(b), enc(m), res(lambda: pow(a, b, m)))

# ---- round ----------------------------------------------------------------------
for x in floats + rand_floats[:200] + [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, -1.5, 1e300, 5e-324, 1234.5678, 0.285, 1.0e15 + 0.5]:
    emit('round', enc(x), res(lambda: round(x)))
    for nd in [0, 1, 2, 3, -1, -2, 5, 10, 17, 300, 400, -308, -400]:
        if random.random() < 0.5 or nd in (0, 2, -1):
            emit('round', enc(x), enc(nd), res(lambda: round(x, nd)))
for i in [1234, 1250, 1350, -1250, -1350, 15, 25, -25, 10**30 + 5 * 10**10, 0, 99, True]:
    for nd in [None, 0, 2, -1, -2, -10, -40]:
        if nd is None:
            emit('round', enc(i), res(lambda: round(i)))
        else:
            emit('round', enc(i), enc(nd), res(lambda: round(i, nd)))
emit('round', enc(1j), res(lambda: round(1j)))
emit('round', enc(1.5), enc(1.5), res(lambda: round(1.5, 1.5)))

# ---- constructors ---------------------------------------------------------------
int_strs = ['0', '12', '-12', '  42  ', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0b101', '0o17', '017',
            '00', '0_0', 'abc', '', ' ', '12a', '9' * 30, '-' + '9' * 25, '1e5', '3.5', '١٢', '\u2003٣\u3000', '\x1c5\x1f', '1\u00e9', '\uff11\uff10']
for s in int_strs:
    emit('ctor', 'int', enc(s), res(lambda: int(s)))
    for base in [0, 2, 8, 16, 36, 37, 1]:
        emit('ctor', 'int', enc(s), enc(base), res(lambda: int(s, base)))
emit('ctor', 'int', enc('x' * 300), res(lambda: int('x' * 300)))
emit('ctor', 'int', enc('9' * 4301), res(lambda: int('9' * 4301)))
emit('ctor', 'int', enc('9' * 4300), res(lambda: int('9' * 4300)))
emit('ctor', 'int', enc('1' * 5000), enc(16), res(lambda: int('1' * 5000, 16)))
for v in [3.7, -3.7, 1e20, -1e30, float('inf'), float('nan'), True, 2**70, 1j, None, -0.0, 0.99]:
    emit('ctor', 'int', enc(v), res(lambda: int(v)))
emit('ctor', 'int', enc(5), enc(10), res(lambda: int(5, 10)))
emit('ctor', 'int', res(lambda: int()))
float_strs = ['1.5', '  1.5 ', '-1e3', '1_000.5', '1__0', 'inf', '-Infinity', 'nan', '-nan', 'iNf', '.5', '5.', '.', 'e5',
              '1e', '1e+', '0x1p3', 'abc', '', '1e500', '-1e-500', '1_0e1_0', '1.5_', '_1.5', '123456789012345678901234567890',
              '0.1', '1e-320', '  -0.0', '+.5e-3', '١.٥', '\u20031.5\u3000', '\x1c2\x1f', '1.5é']
for s in float_strs:
    emit('ctor', 'float', enc(s), res(lambda: float(s)))
for v in [1, -5, 2**1000, 2**1024, True, None, 1j, 2.5]:
    emit('ctor', 'float', enc(v), res(lambda: float(v)))
emit('ctor', 'float', res(lambda: float()))
cstrs = ['1+2j', '(1+2j)', ' 1j ', 'j', '-j', '+j', '1e3-2.5J', 'inf+nanj', '1', '-1.5', '1+j', '1-j', '( 1-2j )', '1 + 2j',
         'abc', '', '()', '1+2', 'j1', '1_0+2_0j', '(1+2j', 'nanj', '-infj', '1e5j', '١+٢j', '\u20031j']
for s in cstrs:
    emit('ctor', 'complex', enc(s), res(lambda: complex(s)))
for a, b in [(1, 2), (1.5, -0.0), (-0.0, 0), (1j, 2j), (1 + 2j, 3), (2, 1 + 1j), ('1', 2), (1, '2'), (None, 1), (1, None), (True, False)]:
    emit('ctor', 'complex', enc(a), enc(b), res(lambda: complex(a, b)))
emit('ctor', 'complex', enc(1 + 2j), res(lambda: complex(1 + 2j)))
emit('ctor', 'complex', enc(3), res(lambda: complex(3)))
emit('ctor', 'complex', res(lambda: complex()))
for v in [0, 1, 0.0, float('nan'), 0j, 2j, '', 'a', None]:
    emit('ctor', 'bool', enc(v), res(lambda: bool(v)))

# ---- attributes and methods -------------------------------------------------------
for v in [5, -5, True, False, 2**100, 1.5, -0.0, 1 + 2j]:
    for a in ['real', 'imag', 'numerator', 'denominator']:
        emit('attr', a, enc(v), res(lambda: getattr(v, a)))
for v in [0, 1, -1, 255, -256, 2**63, -2**63, 2**100, True]:
    emit('meth', 'bit_length', enc(v), res(lambda: v.bit_length()))
    emit('meth', 'bit_count', enc(v), res(lambda: v.bit_count()))
    emit('meth', 'conjugate', enc(v), res(lambda: v.conjugate()))
    emit('meth', 'as_integer_ratio', enc(v), res(lambda: v.as_integer_ratio()))
for v in [1.0, 1.5, -2.0, 0.1, 1e300, 5e-324, float('inf'), float('nan'), -0.0]:
    emit('meth', 'is_integer', enc(v), res(lambda: v.is_integer()))
    emit('meth', 'as_integer_ratio', enc(v), res(lambda: v.as_integer_ratio()))
    emit('meth', 'conjugate', enc(v), res(lambda: v.conjugate()))
emit('meth', 'conjugate', enc(1 + 2j), res(lambda: (1 + 2j).conjugate()))

# ---- format(value, spec) ------------------------------------------------------------
specs_int = ['', 'd', '5', '<5', '^7', '>6', '=+8', '+', '-', ' ', '05', '010,', '0=10,', ',', '_', '_b', '_x', '_o', '#_x', 'b', 'o', 'x', 'X',
             '#b', '#o', '#x', '#X', '#010x', 'c', '^5c', 'n', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 's', '.2d', 'z', '+c', '#c',
             '*^+9', 'x<5', '<05', '^05', ',x', ',s', '_,', ',_', 'abc', '10.', ',n', '3', '0', '_d', '012_', '-^10,', '=10', 'E', 'G', 'F',
             'x>20,d', '€^9', '\u00e9<4', ' 5']
ints_fmt = [0, 1, -1, 5, -5, 42, 1234, -1234, 1234567, -987654321, 2**64, -2**70, 65, 0x1F600, True, False, 10**30]
for v in ints_fmt:
    for sp in specs_int:
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))
specs_float = ['', '.0', '.1', '.3', '.10', '.17', '.20', 'e', 'E', '.0e', '.2e', '.15e', 'f', 'F', '.0f', '.2f', '.10f', 'g', 'G', '.0g', '.1g', '.2g',
               '.5g', '.16g', '.17g', '#g', '#.3g', '#.0f', '#.0e', '#', '%', '.2%', '.0%', 'n', '.3n', '10', '<10', '^10', '=10', '010', '+', ' ', '-',
               '+.2f', ' .3e', '012,.2f', '0=12,.2f', ',', ',.2f', '_.3f', ',g', ',e', '_', 'z', 'z.1f', 'z.0f', 'z.3e', 'zg', '+z.2f', 'd', 'x',
               's', 'c', '15.3e', '*^15.4g', '=+12,.2f', 'abc', '.', ',.', '.2,f', '20.10e', '.50f', '.100g', '#.5', '.3%', ',.0%', '#x']
floats_fmt = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 1 / 3, 123.456, -1234.5, 1234567.891, 1e16, 1e-5, 1e20, 1e22, 1.5e-7, 1e100,
              123456789.0, 9.999999, 0.0001, 0.00001, -0.001, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
              100.0, 1e15, 12345678901234567890.0, 0.05, 0.15, 0.25, 0.35, 2.675]
for v in floats_fmt:
    for sp in specs_float:
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))
for v in rand_floats[:150]:
    for sp in random.sample(specs_float, 12):
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))
specs_cplx = ['', '.2f', '>20', '<20', '^20', '*^25', 'e', '.3e', 'g', '.2g', 'G', 'n', '+', ' ', '-', ',.2f', '_', '10', '#', '#.0f',
              'z.1f', '.0', '.1', '.5', '=10', '05', '0<10', '%', 's', 'd', '+.3f', ',']
for v in cplx + [complex(1234.5, -6789.25), complex(-0.0, -0.0), complex(1e-7, 1e7)]:
    for sp in specs_cplx:
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))
specs_str = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', '.0', '^.3', '=10', '+', ' ', '#', 'z', 'd', ',', '_', '05', '0<5', '€>6',
             'x^10s', '.10', '3', 'ab', '-']
for v in ['', 'a', 'abc', 'hello world', 'é', 'naïve café', '日本語', '😀x']:
    for sp in specs_str:
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))
for v in [None]:
    for sp in ['', 'x', '10']:
        emit('format', enc(v), enc(sp), res(lambda: format(v, sp), True))

# ---- % formatting ------------------------------------------------------------------
def pct(fmt, args):
    return fmt % args
pct_cases = [
    ('%d', 5), ('%d', -5), ('%5d', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 3), ('% d', 3), ('%+05d', 3), ('%-05d|', 3), ('%.3d', 5),
    ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%#x', -255), ('%#o', 8), ('%o', 8), ('%#10x', 255), ('%#010x', 255), ('%-#10x|', 255),
    ('%i', 3.9), ('%u', -3), ('%d', 1.5), ('%d', True), ('%x', True), ('%d', 2**70), ('%x', 2**70), ('%d', 'a'), ('%x', 1.5), ('%d', 1j),
    ('%f', 3.14159), ('%.2f', 2.675), ('%10.3f', -3.14159), ('%-10.3f|', 3.14159), ('%010.3f', -3.14159), ('%+.2e', -0.0), ('%e', 12345.678),
    ('%E', 1e-10), ('%g', 1e-5), ('%G', 1e20), ('%g', 123456789), ('%#g', 1.0), ('%#.0f', 1), ('% 05.1f', 3.14159), ('%f', 'a'), ('%e', 10**400),
    ('%f', float('inf')), ('%05f', float('inf')), ('%f', float('nan')), ('%+f', float('nan')), ('%.0f', 0.5), ('%.0f', 1.5), ('%f', 2**60),
    ('%s', 'abc'), ('%10s|', 'abc'), ('%-10s|', 'abc'), ('%.2s', 'abc'), ('%5.1s|', 'abc'), ('%r', 'abc'), ('%a', 'é'), ('%r', 'é'), ('%s', 1.5),
    ('%s', None), ('%s', True), ('%r', 1e16), ('%s', -0.0), ('%s', 1 + 2j), ('%05s', 'ab'),
    ('%c', 65), ('%c', 'x'), ('%5c|', 'x'), ('%c', 'ab'), ('%c', -1), ('%c', 1.5), ('%c', 0x1F600), ('%c', 0x110000),
    ('%z', 1), ('%', ()), ('abc%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', ()), ('abc', 5), ('%%', ()), ('100%%', ()), ('%d%%', 5),
    ('%*d', (5, 3)), ('%-*d|', (5, 3)), ('%*d', (-5, 3)), ('%.*f', (2, 3.14159)), ('%*.*f', (8, 2, 3.14159)), ('%.*s', (-1, 'abc')), ('%*d', ('a', 3)),
    ('%ld', 5), ('%hd', 5), ('%Ld', 5), ('%s and %s', ('a', 'b')), ('%(a)s', 5), ('é%s', 'ü'), ('é%y', 1), ('%5%', ()), ('%5%', (1,)), ('%-%', ()), ('%.%', (1,)), ('%s', ()), ('%d', ()),
    ('%s', [1, 2]), ('%.3r', 'abcdef'), ('%x', -1), ('%o', -8), ('%#o', 0), ('%#x', 0), ('%.0d', 0), ('%+x', 10), ('% x', 10), ('%+#x', 10),
    ('%e', 0.0), ('%g', 0.0001), ('%g', 100000.0), ('%g', 1000000.0), ('%.3g', 1234.5), ('%#.3g', 1.0), ('%10.4e|', 1234.5), ('%-+12.3e|', 1234.5),
    ('%d', -0.0), ('%i', -2.5), ('%s', 10**30), ('%d', 10**30), ('%-3c|', 'a'), ('%03c', 'a'),
]
for fmt, args in pct_cases:
    if isinstance(args, tuple):
        emit('pctt', enc(fmt), *[enc(a) for a in args], res(lambda: pct(fmt, args), True))
    elif isinstance(args, list):
        pass
    else:
        emit('pct', enc(fmt), enc(args), res(lambda: pct(fmt, args), True))
for fmt, d in [('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%(a)s', {'a': 1, 'b': 2}), ('%s %(a)s', {'a': 1}), ('%(a', {'a': 1}), ('%(b)s', {'a': 1}),
               ('%(a)05.1f|%(a)x', {'a': 255}), ('abc', {'a': 1}), ('%(x)r', {'x': 'é'}), ('%(a)s %%', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a)%', {'a': 1}), ('%(a)s%%', {'a': 1})]:
    toks = []
    for k, v in d.items(): toks += [enc(k), enc(v)]
    emit('pctd', enc(fmt), *toks, res(lambda: fmt % d, True))

# ---- str.format ------------------------------------------------------------------
def sf(fmt, *a, **k): return fmt.format(*a, **k)
sf_cases = [
    ('{}', (1,), {}), ('{} {}', (1, 2), {}), ('{0} {0}', (1,), {}), ('{1} {0}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
    ('{2}', (1,), {}), ('{a}', (), {}), ('{a}', (), {'a': 5}), ('{a} {b!r}', (), {'a': 5, 'b': 'x'}), ('{', (), {}), ('}', (), {}),
    ('{{}}', (), {}), ('{{{}}}', (7,), {}), ('a{{b', (), {}), ('a}}b', (), {}), ('{0!r}', ('abc',), {}), ('{0!s}', ('abc',), {}),
    ('{0!a}', ('é',), {}), ('{!r:>10}', ('ab',), {}), ('{0!x}', (1,), {}), ('{0!r', (1,), {}), ('{0!}', (1,), {}), ('{0!rr}', (1,), {}),
    ('{0:{1}}', (1, 5), {}), ('{0:{1}{2}}', (1, 2, 3), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{:{}.{}f}', (3.14159, 10, 3), {}),
    ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}), ('{0.real}', (3,), {}), ('{0.imag}', (1 + 2j,), {}), ('{0.real:.2f}', (1.5,), {}),
    ('{0.}', (1,), {}), ('{0.nope}', (1,), {}), ('{0]}', (1,), {}), ('{0[}', (1,), {}), ('{:}', (1,), {}), ('{0:}}', (1,), {}),
    ('{:d}', ('a',), {}), ('{:s}', (1,), {}), ('{:x} {:o} {:b}', (255, 8, 5), {}), ('{:,}', (1234567,), {}), ('{:>8.3}', ('abcdef',), {}),
    ('x{}y{}z', ('é', 'ü'), {}), ('{0}{1}{0}', ('a', 'b'), {}), ('{:%}', (0.25,), {}), ('{!s:^9}', (None,), {}), ('{}', (None,), {}),
    ('{:x}', (None,), {}), ('{a.real}', (), {'a': 2.5}), ('{0{}', (1,), {}), ('{:{}}', ('a',), {}), ('{00}', ('z',), {}), ('{ }', (), {' ': 3}),
]
for fmt, a, k in sf_cases:
    toks = [enc(x) for x in a] + ['kw:%s=%s' % (hx(n), enc(v)) for n, v in k.items()]
    emit('sfmt', enc(fmt), *toks, res(lambda: sf(fmt, *a, **k), True))
for fmt, a, k in [('{0[1]}', ([5, 6],), {}), ('{0[0]x}', ([1],), {}), ('{0[5]}', ([1],), {}), ('{a[x]}', (), {'a': {'x': 3}}),
                  ('{0[x]}', ({'x': 'y'},), {}), ('{0[1]:>5}', ((1, 2.5),), {}), ('{0[1].imag}', ([1, 2j],), {}),
                  ('{}', ([1, 'a'],), {}), ('{!r:^12}', ((1, 'a'),), {}), ('{0[-1]}', ([1],), {}), ('{0[a]}', ([1],), {}), ('{:x}', ([1],), {})]:
    toks = [enc(x) for x in a] + ['kw:%s=%s' % (hx(n), enc(v)) for n, v in k.items()]
    emit('sfmt', enc(fmt), *toks, res(lambda: sf(fmt, *a, **k), True))
for fmt, args in [('%s', ([1, 2],)), ('%r', ((1, 'a'),)), ('%s', ({'a': 1},)), ('%(a)s', {'a': [1]}), ('%d', ([1],)), ('%s %s', ([1], (2,)))]:
    if isinstance(args, dict):
        toks = []
        for kk, vv in args.items(): toks += [enc(kk), enc(vv)]
        emit('pctd', enc(fmt), *toks, res(lambda: fmt % args, True))
    else:
        emit('pctt', enc(fmt), *[enc(x) for x in args], res(lambda: fmt % args, True))
emit('pct', enc('abc'), enc([]), res(lambda: 'abc' % [], True))
emit('pct', enc('%s'), enc([1]), res(lambda: '%s' % [1], True))

print('\n'.join(out))
